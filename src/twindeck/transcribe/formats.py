"""Transcript renderings: JSON (the full data), WebVTT, SRT, plain text with times, and .docx.

Every rendering names the sealed recording (seal code) and marks words a person corrected with
an asterisk, explained in a footer, so a quote taken from any of them can be traced and checked.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from twindeck.errors import DestinationError
from twindeck.transcribe.model import INAUDIBLE, Transcript, Utterance, Word

CORRECTED_NOTE = "* a word marked with an asterisk was corrected by hand"


def clock(seconds: float, sep: str = ".", hours: bool = True) -> str:
    ms = max(0, round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    text = f"{m:02d}:{s:02d}{sep}{ms:03d}"
    return f"{h:02d}:{text}" if hours or h else text


def _word_text(w: Word) -> str:
    if w.inaudible:
        return INAUDIBLE
    return w.text + ("*" if w.corrected_from is not None else "")


def _line(u: Utterance) -> str:
    out: list[str] = []
    for w in u.words:
        text = _word_text(w)
        if not (text == INAUDIBLE and out and out[-1] == INAUDIBLE):
            out.append(text)
    return " ".join(out)


def _corrected(t: Transcript) -> bool:
    return any(w.corrected_from is not None for w in t.words)


def _header(t: Transcript) -> list[str]:
    return [
        f"Transcript of twindeck recording {t.recording_id}, seal code {t.seal_code}",
        f"Made offline by {t.engine.get('model', '?')}; times are positions in the recording.",
    ]


def to_json(t: Transcript) -> str:
    return json.dumps(t.as_json(), indent=1, ensure_ascii=False) + "\n"


def to_vtt(t: Transcript) -> str:
    out = ["WEBVTT", "", "NOTE", *_header(t)]
    if _corrected(t):
        out.append(CORRECTED_NOTE)
    out.append("")
    for u in t.utterances:
        out += [f"{clock(u.start_s)} --> {clock(u.end_s)}", f"<v {u.speaker}>{_line(u)}", ""]
    return "\n".join(out)


def to_srt(t: Transcript) -> str:
    out: list[str] = []
    for i, u in enumerate(t.utterances, 1):
        out += [
            str(i),
            f"{clock(u.start_s, ',')} --> {clock(u.end_s, ',')}",
            f"{u.speaker}: {_line(u)}",
            "",
        ]
    return "\n".join(out)


def to_text(t: Transcript) -> str:
    out = [*_header(t), ""]
    for u in t.utterances:
        out.append(f"[{clock(u.start_s, hours=False)}] {u.speaker}: {_line(u)}")
    if _corrected(t):
        out += ["", CORRECTED_NOTE]
    return "\n".join(out) + "\n"


def write_docx(t: Transcript, path: Path) -> None:
    import docx  # python-docx

    document = docx.Document()
    document.add_heading("Transcript", level=1)
    for line in _header(t):
        document.add_paragraph(line)
    for u in t.utterances:
        para = document.add_paragraph()
        para.add_run(f"[{clock(u.start_s, hours=False)}] {u.speaker}: ").bold = True
        previous = ""
        for w in u.words:
            text = _word_text(w)
            if text == INAUDIBLE and previous == INAUDIBLE:
                continue
            run = para.add_run(text + " ")
            run.italic = w.inaudible or w.corrected_from is not None
            previous = text
    if _corrected(t):
        document.add_paragraph(CORRECTED_NOTE)
    document.save(str(path))


TEXT_FORMATS: dict[str, Callable[[Transcript], str]] = {
    ".transcript.json": to_json,
    ".vtt": to_vtt,
    ".srt": to_srt,
    ".txt": to_text,
}


def write_all(machine: Transcript, shown: Transcript, stem: Path) -> list[Path]:
    """Write every format beside ``stem`` (``assessment`` -> ``assessment.vtt``, …).

    The JSON keeps the machine's transcript as it was made; the readable renderings show it
    with a person's corrections (``shown``), marked."""
    written = []
    try:
        for suffix, render in TEXT_FORMATS.items():
            path = stem.with_name(stem.name + suffix)
            partial = path.with_name(path.name + ".partial")
            partial.write_text(render(machine if suffix == ".transcript.json" else shown), "utf-8")
            partial.replace(path)
            written.append(path)
        path = stem.with_name(stem.name + ".docx")
        write_docx(shown, path)
        written.append(path)
    except OSError as exc:
        raise DestinationError(f"cannot write the transcript: {exc}") from exc
    return written


__all__ = ["clock", "to_json", "to_srt", "to_text", "to_vtt", "write_all", "write_docx"]
