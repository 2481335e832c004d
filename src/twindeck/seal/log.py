"""The records of a recording's log and the texts its signatures cover (format.md §3, §6)."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import Any, Protocol

from twindeck.seal.encoding import b64encode, canonical_json, format_time, seal_code
from twindeck.seal.keys import DeviceKey, verify_signature
from twindeck.seal.merkle import CompactTree, leaf_hash
from twindeck.seal.pcm import AudioFormat, segment_digest

FORMAT_NAME = "twindeck"
FORMAT_VERSION = 1
LOG_NAME = "log.jsonl"
AUDIO_NAME = "audio.pcm"
RESERVE_NAME = ".reserve"
LEAF_TYPES = ("header", "segment", "event")
EVENT_KINDS = (
    "start",
    "stop",
    "pause",
    "resume",
    "note",
    "check",
    "device_change",
    "input_lost",
    "input_restored",
    "dropout",
    "copy_failed",
    "recovered",
    "consent",
)
END_REASONS = ("stopped", "interrupted", "error")
MAX_NOTE_CHARS = 4000
MAX_LINE_BYTES = 64 * 1024


def note_body(recording_id: str, tree_size: int, root: bytes, time_text: str) -> bytes:
    """The signed text of a checkpoint: a C2SP tlog-checkpoint body with one extension line."""
    return (
        f"{FORMAT_NAME}/{FORMAT_VERSION} {recording_id}\n{tree_size}\n{b64encode(root)}\n"
        f"time {time_text}\n"
    ).encode("ascii")


def seal_body(
    recording_id: str, tree_size: int, root: bytes, time_text: str, frames: int, end: str
) -> bytes:
    """The signed text of a seal: the checkpoint body plus a ``seal`` line."""
    return note_body(recording_id, tree_size, root, time_text) + (
        f"seal frames={frames} end={end}\n"
    ).encode("ascii")


MAX_NAME_CHARS = 100


def countersign_body(signed_body: bytes, name: str) -> bytes:
    """What another party's device signs: the seal's (or a checkpoint's) signed body, plus the
    name it gives itself, so the name cannot be changed afterwards (format.md §6.4)."""
    if not is_party_name(name):
        raise ValueError(f"a countersigner's name is 0–{MAX_NAME_CHARS} printable characters")
    return signed_body + f"countersigner {name}\n".encode()


def countersignature_line(
    signed_body: bytes, tree_size: int, public_raw: bytes, signature: bytes, name: str
) -> bytes:
    """A checked countersignature record (format.md §6.4); raises ValueError if it does not fit."""
    if not verify_signature(public_raw, signature, countersign_body(signed_body, name)):
        raise ValueError("the countersignature does not match that checkpoint")
    record = {
        "type": "countersignature",
        "tree_size": tree_size,
        "key": b64encode(public_raw),
        "name": name,
        "signature": b64encode(signature),
    }
    return canonical_json(record) + b"\n"


def is_party_name(name: object) -> bool:
    return (
        isinstance(name, str)
        and len(name) <= MAX_NAME_CHARS
        and name == name.strip()
        and all(ch.isprintable() for ch in name)
    )


class Clock(Protocol):
    def now(self) -> tuple[str, int]:
        """(UTC time text, milliseconds elapsed since the clock started)."""
        ...


class SystemClock:
    """Wall-clock time for the record, a monotonic clock for elapsed time."""

    def __init__(self) -> None:
        self._start = time.monotonic()

    def now(self) -> tuple[str, int]:
        return format_time(dt.datetime.now(dt.UTC)), int((time.monotonic() - self._start) * 1000)


class SteppedClock:
    """A clock that advances a fixed step per reading: for test vectors and reproducible tests."""

    def __init__(self, start: dt.datetime, step_ms: int = 1000) -> None:
        self._start = start
        self._step_ms = step_ms
        self._ticks = 0

    def now(self) -> tuple[str, int]:
        elapsed = self._ticks * self._step_ms
        self._ticks += 1
        return format_time(self._start + dt.timedelta(milliseconds=elapsed)), elapsed


@dataclass(frozen=True)
class SealInfo:
    recording_id: str
    tree_size: int
    root: bytes
    frames: int
    end: str
    time: str

    @property
    def code(self) -> str:
        return seal_code(self.root)


class LogBuilder:
    """Makes the log's lines in order and keeps the tree; writes nothing itself.

    One builder feeds every copy, so all copies receive the same bytes.
    """

    def __init__(
        self,
        header: dict[str, Any],
        key: DeviceKey,
        fmt: AudioFormat,
        segment_frames: int,
        checkpoint_every: int,
    ) -> None:
        self.header = header
        self.key = key
        self.fmt = fmt
        self.segment_frames = segment_frames
        self.checkpoint_every = checkpoint_every
        self.recording_id: str = header["recording_id"]
        self.tree = CompactTree()
        self.segments = 0
        self.frames = 0
        self.sealed: SealInfo | None = None
        self.bodies: dict[int, bytes] = {}  # signed bodies of the checkpoints, by tree size

    @classmethod
    def new(
        cls,
        *,
        key: DeviceKey,
        fmt: AudioFormat,
        recording_id: str,
        started: str,
        source: dict[str, Any],
        meta: dict[str, Any],
        software: str,
        segment_frames: int | None = None,
        checkpoint_every: int = 10,
    ) -> LogBuilder:
        frames = segment_frames or fmt.rate_hz
        header = {
            "type": "header",
            "n": 0,
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "recording_id": recording_id,
            "started": started,
            "audio": {
                "encoding": fmt.encoding,
                "rate_hz": fmt.rate_hz,
                "channels": fmt.channels,
                "segment_frames": frames,
            },
            "key": {"alg": "ed25519", "public": b64encode(key.public_raw)},
            "checkpoint_every": checkpoint_every,
            "source": source,
            "meta": meta,
            "software": software,
        }
        return cls(header, key, fmt, frames, checkpoint_every)

    def copy(self) -> LogBuilder:
        other = LogBuilder(
            self.header, self.key, self.fmt, self.segment_frames, self.checkpoint_every
        )
        other.tree = self.tree.copy()
        other.segments, other.frames, other.sealed = self.segments, self.frames, self.sealed
        other.bodies = dict(self.bodies)
        return other

    def _leaf(self, record: dict[str, Any]) -> bytes:
        if self.sealed is not None:
            raise RuntimeError("the recording is sealed")
        line = canonical_json(record)
        self.tree.append(leaf_hash(line))
        return line + b"\n"

    def header_line(self) -> bytes:
        if self.tree.size:
            raise RuntimeError("the header is the first leaf")
        return self._leaf(self.header)

    def replay_leaf(self, line: bytes, record: dict[str, Any]) -> None:
        """Take an existing leaf line (recovery): same bookkeeping as writing it."""
        self.tree.append(leaf_hash(line))
        if record.get("type") == "segment":
            self.segments += 1
            self.frames += int(record["frames"])

    def segment_lines(self, pcm: bytes, clock_now: tuple[str, int]) -> bytes:
        frames, rest = divmod(len(pcm), self.fmt.frame_bytes)
        if rest or not 0 < frames <= self.segment_frames:
            raise ValueError(f"a segment holds 1–{self.segment_frames} whole frames")
        time_text, elapsed = clock_now
        line = self._leaf(
            {
                "type": "segment",
                "n": self.tree.size,
                "index": self.segments,
                "offset_frames": self.frames,
                "frames": frames,
                "pcm_sha256": segment_digest(self.fmt, self.frames, pcm).hex(),
                "time": time_text,
                "elapsed_ms": elapsed,
            }
        )
        self.segments += 1
        self.frames += frames
        if self.segments % self.checkpoint_every == 0:
            line += self.checkpoint_line(time_text)
        return line

    def event_line(self, kind: str, data: dict[str, Any], clock_now: tuple[str, int]) -> bytes:
        if kind not in EVENT_KINDS:
            raise ValueError(f"unknown event kind {kind!r}")
        time_text, elapsed = clock_now
        return self._leaf(
            {
                "type": "event",
                "n": self.tree.size,
                "kind": kind,
                "at_frames": self.frames,
                "time": time_text,
                "elapsed_ms": elapsed,
                "data": data,
            }
        )

    def checkpoint_line(self, time_text: str) -> bytes:
        root = self.tree.root()
        body = note_body(self.recording_id, self.tree.size, root, time_text)
        self.bodies[self.tree.size] = body
        record = {
            "type": "checkpoint",
            "tree_size": self.tree.size,
            "root": root.hex(),
            "time": time_text,
            "signature": b64encode(self.key.sign(body)),
        }
        return canonical_json(record) + b"\n"

    def seal_line(self, time_text: str, end: str) -> bytes:
        if end not in END_REASONS:
            raise ValueError(f"unknown end {end!r}")
        root = self.tree.root()
        body = seal_body(self.recording_id, self.tree.size, root, time_text, self.frames, end)
        info = SealInfo(self.recording_id, self.tree.size, root, self.frames, end, time_text)
        record = {
            "type": "seal",
            "tree_size": self.tree.size,
            "root": root.hex(),
            "time": time_text,
            "frames": self.frames,
            "end": end,
            "code": info.code,
            "signature": b64encode(self.key.sign(body)),
        }
        self.sealed = info
        return canonical_json(record) + b"\n"
