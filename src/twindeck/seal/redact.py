"""Redacted copies: share a recording with a passage silenced, and say so (format.md §11).

The copy keeps the whole log — every leaf hash, checkpoint and the seal — so everything else still
verifies against the original seal; the audio of the chosen segments is replaced by digital
silence, and ``redactions.json`` lists them with the reason given. A verifier reports it as
"complete and unaltered except the redacted passages …, with reasons". The reason is the
redactor's statement, not the recorder's: the seal proves the rest, not why a part was removed.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from twindeck.errors import AlreadyExists, DestinationError, NotIntact, UnusableInput
from twindeck.seal.archive import REDACTIONS_NAME, ZIP_TIME, open_recording
from twindeck.seal.log import AUDIO_NAME, LOG_NAME
from twindeck.seal.verify import Report, verify_recording

MAX_REASON_CHARS = 500


def redact_recording(path: Path, spans: list[tuple[float, float, str]], target: Path) -> Report:
    """Write ``target`` (.twindeck.zip) with the segments overlapping each span silenced."""
    if target.exists():
        raise AlreadyExists(f"{target} already exists; twindeck never overwrites a file")
    if not target.name.endswith(".twindeck.zip"):
        raise UnusableInput("a redacted copy is written as NAME.twindeck.zip")
    report = verify_recording(path)
    if not report.ok:
        raise NotIntact(f"{path} is {report.verdict}: only an intact recording can be redacted")
    assert report.audio is not None
    fmt = report.audio
    files = open_recording(path)
    try:
        log = files.log[: files.log.rfind(b"\n") + 1]
        previous = json.loads(files.redactions) if files.redactions else None
        segments = []
        for line in log.split(b"\n")[:-1]:
            record = json.loads(line)
            if record.get("type") == "segment":
                segments.append((record["index"], record["offset_frames"], record["frames"]))
        size = report.frames * fmt.frame_bytes
        audio = bytearray(b"".join(bytes(b) for b in files.audio.ranges([(0, size)])))
    finally:
        files.close()
    entries = list(previous["redactions"]) if previous else []
    for start_s, end_s, reason in spans:
        reason = " ".join(reason.split())
        if not reason or len(reason) > MAX_REASON_CHARS:
            raise UnusableInput(f"a redaction needs a reason of 1–{MAX_REASON_CHARS} characters")
        lo, hi = round(start_s * fmt.rate_hz), round(end_s * fmt.rate_hz)
        hit = [(i, o, n) for i, o, n in segments if o < hi and o + n > lo]
        if not hit or not 0 <= start_s < end_s:
            raise UnusableInput(f"{start_s:.1f}–{end_s:.1f} s is not inside the recording")
        for _, offset, frames in hit:
            a = offset * fmt.frame_bytes
            audio[a : a + frames * fmt.frame_bytes] = bytes(frames * fmt.frame_bytes)
        entries.append({"first": hit[0][0], "last": hit[-1][0], "reason": reason})
    redactions = {"format": "twindeck-redactions", "version": 1, "redactions": entries}
    partial = target.with_name(target.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
            for name, data in (
                (LOG_NAME, log),
                (AUDIO_NAME, bytes(audio)),
                (REDACTIONS_NAME, json.dumps(redactions, indent=1, ensure_ascii=False).encode()),
            ):
                info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
                info.external_attr = 0o644 << 16
                info.create_system = 3
                archive.writestr(info, data)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DestinationError(f"cannot write {target}: {exc.strerror}") from exc
    return verify_recording(target)


__all__ = ["redact_recording"]
