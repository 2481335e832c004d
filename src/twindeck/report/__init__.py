"""The assessment report: import it, split it into statements, and check it against the
transcript of the sealed recording (issue 5). Nothing is sent anywhere."""

from __future__ import annotations

from pathlib import Path


def report_text_path(recording: Path) -> Path:
    from twindeck.transcribe import transcript_stem

    stem = transcript_stem(recording)
    return stem.with_name(stem.name + ".report.txt")


__all__ = ["report_text_path"]
