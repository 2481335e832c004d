"""Listening and reading: a recording's audio as WAV with byte ranges (so the player can seek),
its transcript with corrections and notes, and transcription run in the background.

Only one transcription runs at a time (it uses every core); the page polls its progress.
"""

from __future__ import annotations

import json
import struct
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from twindeck.errors import TwindeckError
from twindeck.seal import AudioFormat, verify_recording
from twindeck.seal.log import AUDIO_NAME

WAV_HEADER_BYTES = 44


def wav_header(fmt: AudioFormat, frames: int) -> bytes:
    """A canonical 44-byte RIFF/WAVE header: PCM (1) for integers, IEEE float (3) for f32le."""
    bits = {"s16le": 16, "s24le": 24, "s32le": 32, "f32le": 32}[fmt.encoding]
    tag = 3 if fmt.encoding == "f32le" else 1
    data = frames * fmt.frame_bytes
    return b"".join(
        [
            b"RIFF", struct.pack("<I", 36 + data), b"WAVE",
            b"fmt ", struct.pack("<IHHIIHH", 16, tag, fmt.channels, fmt.rate_hz,
                                 fmt.rate_hz * fmt.frame_bytes, fmt.frame_bytes, bits),
            b"data", struct.pack("<I", data),
        ]
    )  # fmt: skip


def byte_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(start, end exclusive) of a single ``bytes=a-b`` range, or None for the whole file."""
    if not header or not header.startswith("bytes=") or "," in header:
        return None
    first, _, last = header[6:].partition("-")
    try:
        if first == "":
            start, end = max(0, size - int(last)), size
        else:
            start = int(first)
            end = min(size, int(last) + 1) if last else size
    except ValueError:
        return None
    if not 0 <= start < end <= size:
        raise ValueError("range not satisfiable")
    return start, end


def read_wav(path: Path, fmt: AudioFormat, frames: int, start: int, end: int) -> bytes:
    header = wav_header(fmt, frames)
    out = header[start:end] if start < WAV_HEADER_BYTES else b""
    a, b = max(start, WAV_HEADER_BYTES) - WAV_HEADER_BYTES, end - WAV_HEADER_BYTES
    if b > a:
        with open(path / AUDIO_NAME, "rb") as f:
            f.seek(a)
            out += f.read(b - a)
    return out


def transcript_view(recording: Path) -> dict[str, Any] | None:
    """The transcript as a person corrected it, and the recording's notes, for the page."""
    from twindeck.transcribe import transcript_stem
    from twindeck.transcribe.model import Corrections, Transcript, render_words

    stem = transcript_stem(recording)
    machine = stem.with_name(stem.name + ".transcript.json")
    if not machine.exists():
        return None
    transcript = Transcript.from_json(json.loads(machine.read_text("utf-8")))
    shown = Corrections.load(Corrections.path_for(machine), transcript.recording_id).apply(
        transcript
    )
    report = verify_recording(recording)
    return {
        "seal_code": transcript.seal_code,
        "verdict": report.verdict,
        "matches_recording": transcript.seal_root == report.root,
        "model": transcript.engine.get("model"),
        "speakers": list(shown.speakers),
        "utterances": [
            {
                "start_s": u.start_s,
                "end_s": u.end_s,
                "speaker": u.speaker,
                "text": render_words(u.words),
                "words": [
                    {
                        "start_s": w.start_s,
                        "end_s": w.end_s,
                        "text": "[inaudible]" if w.inaudible else w.text,
                        "corrected": w.corrected_from is not None,
                    }
                    for w in u.words
                ],
            }
            for u in shown.utterances
        ],
        "notes": [
            {"at_s": e.at_s, "kind": e.kind, "text": str(e.data.get("text", e.kind))}
            for e in report.events
            if e.kind in ("note", "consent", "pause", "resume", "dropout", "input_lost")
        ],
    }


@dataclass
class Job:
    name: str
    state: str = "running"  # running | done | failed
    done_s: float = 0.0
    total_s: float = 0.0
    message: str = ""
    thread: threading.Thread | None = field(default=None, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "state": self.state,
            "done_s": round(self.done_s, 1),
            "total_s": round(self.total_s, 1),
            "message": self.message,
        }


class Transcriber:
    """One background transcription at a time."""

    def __init__(self) -> None:
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def start(self, recording: Path) -> Job:
        with self._lock:
            busy = [j for j in self.jobs.values() if j.state == "running"]
            if busy and busy[0].name != recording.name:
                raise TwindeckError(
                    f"{busy[0].name} is being transcribed; "
                    "one at a time, so the machine stays usable",
                    hint="Wait for it to finish, then try again.",
                )
            if busy:
                return busy[0]
            job = Job(recording.name)
            self.jobs[recording.name] = job
            job.thread = threading.Thread(target=self._run, args=(job, recording), daemon=True)
            job.thread.start()
            return job

    def _run(self, job: Job, recording: Path) -> None:
        from twindeck.transcribe import transcribe_recording, transcript_stem
        from twindeck.transcribe.formats import write_all
        from twindeck.transcribe.model import Corrections

        def progress(done: float, total: float) -> None:
            job.done_s, job.total_s = done, total

        try:
            transcript = transcribe_recording(recording, progress=progress)
            stem = transcript_stem(recording)
            machine = stem.with_name(stem.name + ".transcript.json")
            corrections = Corrections.load(Corrections.path_for(machine), transcript.recording_id)
            write_all(transcript, corrections.apply(transcript), stem)
            job.state, job.message = "done", f"{len(transcript.words)} words"
        except TwindeckError as exc:
            job.state, job.message = "failed", str(exc)
        except Exception as exc:  # a bug: say so on the page rather than hang
            job.state, job.message = "failed", f"{type(exc).__name__}: {exc}"


__all__ = ["Transcriber", "byte_range", "read_wav", "transcript_view", "wav_header"]
