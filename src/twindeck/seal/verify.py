"""Verification of a recording, step by step as format.md §7 numbers them.

The result says what was checked, what is wrong and where (leaf, segment, time in the recording),
and what the evidence can and cannot prove. It never raises for a damaged recording: only input
that is not a recording at all raises (UnusableInput, exit 2).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from twindeck.errors import NotARecording, UnsupportedFormat
from twindeck.seal.archive import AudioBytes, RecordingFiles, open_recording
from twindeck.seal.encoding import (
    EncodingError,
    b64decode,
    is_hex64,
    normalise_code,
    parse_line,
    parse_time,
    seal_code,
)
from twindeck.seal.keys import fingerprint, verify_signature
from twindeck.seal.log import (
    END_REASONS,
    EVENT_KINDS,
    FORMAT_NAME,
    FORMAT_VERSION,
    LEAF_TYPES,
    MAX_LINE_BYTES,
    countersign_body,
    is_party_name,
    note_body,
    seal_body,
)
from twindeck.seal.merkle import CompactTree, leaf_hash
from twindeck.seal.pcm import AudioFormat, segment_prefix

SCHEMA = "twindeck.verify/1"
# Events that declare a break in live audio (§7.2); gaps after them are not warned about.
GAP_EVENTS = frozenset(
    {"pause", "resume", "dropout", "input_lost", "input_restored", "device_change", "check"}
)
UNDECLARED_GAP_MS = 2000
CHECKPOINT_FIELDS = frozenset({"type", "tree_size", "root", "time", "signature"})
SEAL_FIELDS = CHECKPOINT_FIELDS | {"frames", "end", "code"}
COUNTERSIGNATURE_FIELDS = frozenset({"type", "tree_size", "key", "name", "signature"})


@dataclass(frozen=True)
class Problem:
    """One thing wrong, with where it is. ``code`` values are listed in docs/verifying.md."""

    code: str
    message: str
    line: int | None = None
    leaf: int | None = None
    segment: int | None = None
    start_s: float | None = None
    end_s: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class Event:
    leaf: int
    kind: str
    time: str
    at_s: float
    data: dict[str, Any]


@dataclass(frozen=True)
class Countersignature:
    tree_size: int
    fingerprint: str
    name: str
    valid: bool


@dataclass
class Report:
    path: str
    verdict: str = "tampered"  # intact | incomplete | tampered
    recording_id: str = ""
    started: str = ""
    audio: AudioFormat | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    source: dict[str, Any] = field(default_factory=dict)
    software: str = ""
    key_fingerprint: str = ""
    segments: int = 0
    frames: int = 0
    tree_size: int = 0
    root: str = ""
    sealed: bool = False
    seal_time: str = ""
    seal_code: str = ""
    end: str = ""
    checkpoints: int = 0
    checkpoints_valid: int = 0
    countersignatures: list[Countersignature] = field(default_factory=list)
    timestamps: int = 0
    timestamp_checks: list[str] = field(default_factory=list)  # filled by the CLI (RFC 3161)
    redactions: list[dict[str, Any]] = field(default_factory=list)  # silenced ranges (§11)
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def duration_s(self) -> float:
        return self.frames / self.audio.rate_hz if self.audio else 0.0

    @property
    def ok(self) -> bool:
        """Intact — or intact except passages silenced by a declared redaction."""
        return self.verdict in ("intact", "redacted")

    def as_dict(self) -> dict[str, Any]:
        """The stable JSON shape documented in docs/verifying.md (schema twindeck.verify/1)."""
        return {
            "schema": SCHEMA,
            "path": self.path,
            "verdict": self.verdict,
            "recording": {
                "id": self.recording_id,
                "started": self.started,
                "duration_s": round(self.duration_s, 3),
                "frames": self.frames,
                "segments": self.segments,
                "audio": None
                if self.audio is None
                else {
                    "encoding": self.audio.encoding,
                    "rate_hz": self.audio.rate_hz,
                    "channels": self.audio.channels,
                },
                "meta": self.meta,
                "source": self.source,
                "software": self.software,
            },
            "seal": {
                "sealed": self.sealed,
                "code": self.seal_code,
                "time": self.seal_time,
                "end": self.end,
                "tree_size": self.tree_size,
                "root": self.root,
            },
            "evidence": {
                "key_fingerprint": self.key_fingerprint,
                "checkpoints": self.checkpoints,
                "checkpoints_valid": self.checkpoints_valid,
                "countersignatures": [c.__dict__ for c in self.countersignatures],
                "timestamps": self.timestamps,
                "timestamp_checks": self.timestamp_checks,
            },
            "redactions": self.redactions,
            "events": [e.__dict__ for e in self.events],
            "problems": [p.as_dict() for p in self.problems],
            "warnings": [w.as_dict() for w in self.warnings],
        }


def clock_text(seconds: float) -> str:
    """``12:11.0`` or ``1:02:03.5``: times inside a recording as a person reads them."""
    tenths = int(round(seconds * 10))
    s, t = divmod(tenths, 10)
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h}:{m:02d}:{sec:02d}.{t}" if h else f"{m}:{sec:02d}.{t}"


@dataclass
class _Segment:
    leaf: int
    index: int
    offset: int
    frames: int
    digest: str
    line: int


@dataclass
class _Leaf:
    line: int
    frames_at: int  # position in the audio when the leaf was made
    time: str


class _Verifier:
    def __init__(self, files: RecordingFiles, expect_key: str | None, expect_code: str | None):
        self.files = files
        self.report = Report(path=str(files.path))
        self.expect_key = expect_key
        self.expect_code = expect_code
        self.tree = CompactTree()
        self.fmt: AudioFormat | None = None
        self.public: bytes = b""
        self.segment_frames = 0
        self.checkpoint_every = 0
        self.segments: list[_Segment] = []
        self.leaves: list[_Leaf] = []
        self.last_time: dt.datetime | None = None
        self.last_elapsed = -1
        self.bodies: dict[int, bytes] = {}
        self.checkpoint_sizes: list[int] = []
        self.first_bad_checkpoint: int | None = None
        self.good_until = 0  # leaves proven by the last matching checkpoint
        self.misplaced = 0  # checkpoints out of place (reported once)
        self.later_mismatches = 0  # checkpoints after the first mismatching one
        self.extra_frames = 0  # audio past the last sealed segment
        self.redacted: dict[int, str] = {}  # segment index -> the reason given (§11)
        self.realtime = False
        self.last_segment_elapsed: int | None = None  # None after an event that declares a gap
        self.next_n = 1  # the n and segment index the next leaf should carry
        self.next_index = 0

    # -- reporting -------------------------------------------------------------------------
    def problem(self, code: str, message: str, **where: Any) -> None:
        self.report.problems.append(Problem(code, message, **where))

    def warn(self, code: str, message: str, **where: Any) -> None:
        self.report.warnings.append(Problem(code, message, **where))

    def seconds(self, frames: int) -> float:
        return frames / self.fmt.rate_hz if self.fmt else 0.0

    def leaf_span(self, first: int, last: int) -> str:
        """Where leaves first..last lie in the recording, as times."""
        if not self.leaves:
            return ""
        a = self.leaves[min(first, len(self.leaves) - 1)].frames_at
        b = self.leaves[min(last, len(self.leaves) - 1)].frames_at
        seg = next((s for s in self.segments if s.leaf == last), None)
        if seg is not None:
            b = seg.offset + seg.frames
        return f"{clock_text(self.seconds(a))}–{clock_text(self.seconds(b))}"

    # -- §7.1 the header -------------------------------------------------------------------
    def header(self, line: bytes) -> None:
        try:
            record = parse_line(line)
        except EncodingError as exc:
            raise NotARecording(
                f"{self.files.path}: the first log line is not a header ({exc})"
            ) from exc
        if record.get("format") != FORMAT_NAME or record.get("type") != "header":
            raise NotARecording(f"{self.files.path}: the log does not start with a twindeck header")
        version = record.get("version")
        if type(version) is not int or version != FORMAT_VERSION:  # true is not 1
            raise UnsupportedFormat(
                f"{self.files.path} is format version {record.get('version')!r}; "
                f"this twindeck reads version {FORMAT_VERSION}"
            )
        try:
            audio = record["audio"]
            self.fmt = AudioFormat(audio["encoding"], audio["rate_hz"], audio["channels"])
            self.segment_frames = int(audio["segment_frames"])
            self.checkpoint_every = int(record["checkpoint_every"])
            key = record["key"]
            if key.get("alg") != "ed25519":
                raise ValueError(f"unknown key algorithm {key.get('alg')!r}")
            self.public = b64decode(key["public"], 32)
            parse_time(record["started"])
            rid = record["recording_id"]
            if not isinstance(rid, str) or len(rid) != 32 or rid.strip("0123456789abcdef"):
                raise ValueError("recording_id is not 32 hex digits")
            if record.get("n") != 0:
                raise ValueError("the header is not leaf 0")
            if self.segment_frames < 1 or self.checkpoint_every < 1:
                raise ValueError("segment_frames and checkpoint_every must be positive")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise NotARecording(f"{self.files.path}: the header is malformed ({exc})") from exc
        r = self.report
        r.recording_id = record["recording_id"]
        r.started = record["started"]
        r.audio = self.fmt
        meta, source = record.get("meta") or {}, record.get("source") or {}
        if not isinstance(meta, dict) or not isinstance(source, dict):
            raise NotARecording(f"{self.files.path}: the header's meta and source must be objects")
        r.meta, r.source = meta, source
        r.software = str(record.get("software", ""))
        r.key_fingerprint = fingerprint(self.public)
        # live sources: their wall clock must keep pace with the audio (§7.2)
        self.realtime = r.source.get("realtime") is True or r.source.get("kind") in (
            "microphone",
            "call",
            "browser",
            "browser-call",
        )
        self.add_leaf(line, 1, record)

    def read_redactions(self, data: bytes | None) -> None:
        """§11: a redacted copy lists the segments it silenced, with reasons."""
        if data is None:
            return
        try:
            doc = json.loads(data)
            if doc.get("format") != "twindeck-redactions" or doc.get("version") != 1:
                raise ValueError("not a twindeck redactions list of version 1")
            for item in doc["redactions"]:
                first, last, reason = int(item["first"]), int(item["last"]), str(item["reason"])
                if not 0 <= first <= last or last - first > 1_000_000:
                    raise ValueError(f"segments {first}–{last}")
                for index in range(first, last + 1):
                    self.redacted[index] = reason
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            self.problem("log_damaged", f"redactions.json is malformed ({exc})")
            self.redacted = {}

    def add_leaf(self, line: bytes, line_no: int, record: dict[str, Any]) -> None:
        self.leaves.append(_Leaf(line_no, self.report.frames, str(record.get("time", ""))))
        self.tree.append(leaf_hash(line))

    # -- §7.2 the log, line by line --------------------------------------------------------
    def walk(self, lines: Sequence[bytes]) -> None:
        sealed_at: int | None = None
        for i, line in enumerate(lines[1:], start=2):
            if len(line) > MAX_LINE_BYTES:
                self.problem("log_damaged", f"log line {i} is {len(line)} bytes long", line=i)
                continue
            try:
                record = parse_line(line)
            except EncodingError as exc:
                self.problem("log_damaged", f"log line {i} is damaged: {exc}", line=i)
                continue
            kind = record.get("type")
            if sealed_at is not None and kind not in ("countersignature", "timestamp"):
                self.problem("after_seal", f"log line {i} ({kind}) comes after the seal", line=i)
                continue
            try:
                if kind in LEAF_TYPES:
                    self.leaf(line, i, record)
                elif kind == "checkpoint":
                    self.checkpoint(i, record)
                elif kind == "seal":
                    self.seal(i, record)
                    sealed_at = i
                elif kind == "countersignature":
                    self.countersignature(i, record)
                elif kind == "timestamp":
                    self.report.timestamps += 1
                else:
                    self.problem(
                        "unknown_record", f"log line {i} has unknown type {kind!r}", line=i
                    )
            except (KeyError, TypeError, ValueError, AttributeError, EncodingError) as exc:
                self.problem("log_damaged", f"log line {i} ({kind}) is malformed: {exc}", line=i)

    def check_time(self, i: int, record: dict[str, Any], leaf: int | None = None) -> None:
        moment = parse_time(record["time"])
        if self.last_time is not None and moment < self.last_time:
            self.problem(
                "time_order",
                f"log line {i} is dated {record['time']}, before the line above it "
                "(a time was edited, or lines were reordered)",
                line=i,
                leaf=leaf,
            )
        self.last_time = moment
        elapsed = record.get("elapsed_ms")
        if elapsed is not None:
            if not isinstance(elapsed, int) or elapsed < self.last_elapsed:
                self.problem(
                    "time_order", f"log line {i}: elapsed time goes backwards", line=i, leaf=leaf
                )
            if isinstance(elapsed, int):
                self.last_elapsed = elapsed

    def leaf(self, line: bytes, i: int, record: dict[str, Any]) -> None:
        r = self.report
        expected = self.tree.size
        n, want = record["n"], self.next_n
        if n != want:
            if isinstance(n, int) and n > want:
                what = f"leaves {want}–{n - 1} are missing (cut out)"
            else:
                what = f"leaf {n} appears where leaf {want} belongs (inserted or reordered)"
            self.problem("leaf_order", f"log line {i}: {what}", line=i, leaf=expected)
        if isinstance(n, int):
            self.next_n = max(want, n + 1)
        if record["type"] == "header":
            self.problem("leaf_order", f"log line {i}: a second header", line=i, leaf=expected)
        self.check_time(i, record, expected)
        if record["type"] == "segment":
            assert self.fmt is not None
            index, offset, frames = record["index"], record["offset_frames"], record["frames"]
            if not all(isinstance(v, int) for v in (index, offset, frames)):
                raise ValueError("segment numbers must be integers")
            if not is_hex64(record["pcm_sha256"]):
                raise ValueError("pcm_sha256 is not 64 hex digits")
            start, end = self.seconds(offset), self.seconds(offset + frames)
            where = {"line": i, "leaf": expected, "segment": index, "start_s": start, "end_s": end}
            if index != self.next_index:
                self.problem(
                    "segment_order",
                    f"segment {index} ({clock_text(start)}–{clock_text(end)}) found where segment "
                    f"{self.next_index} belongs: segments were cut, inserted or reordered",
                    **where,
                )
            self.next_index = max(self.next_index, index + 1)
            if offset != r.frames:
                self.problem(
                    "audio_gap",
                    f"segment {index} starts at sample {offset}, but the audio before it ends at "
                    f"sample {r.frames} ({clock_text(self.seconds(r.frames))}): "
                    "audio is missing or duplicated",
                    **where,
                )
            if not 0 < frames <= self.segment_frames:
                self.problem("segment_size", f"segment {index} claims {frames} frames", **where)
            self.check_timing(record, where)
            self.segments.append(_Segment(expected, index, offset, frames, record["pcm_sha256"], i))
            self.add_leaf(line, i, record)
            r.frames = offset + max(frames, 0)
            r.segments += 1
        elif record["type"] == "event":
            kind, at = record["kind"], record["at_frames"]
            if kind not in EVENT_KINDS:
                self.warn(
                    "unknown_event", f"log line {i}: event kind {kind!r} is not known", line=i
                )
            if not isinstance(at, int) or at != r.frames:
                self.problem(
                    "event_position",
                    f"event {kind!r} on log line {i} claims audio position {at}, "
                    f"but the audio so far ends at {r.frames}",
                    line=i,
                    leaf=expected,
                )
            if not isinstance(record["data"], dict):
                raise ValueError("event data must be an object")
            if kind in GAP_EVENTS:
                self.last_segment_elapsed = None
            self.add_leaf(line, i, record)
            r.events.append(
                Event(expected, kind, record["time"], self.seconds(r.frames), record["data"])
            )

    def check_timing(self, record: dict[str, Any], where: dict[str, Any]) -> None:
        """§7.2: in a live recording, wall time between segments must match the audio, unless
        a pause or lost input was declared. A warning: the times are the recorder's own."""
        elapsed = record.get("elapsed_ms")
        if not self.realtime or not isinstance(elapsed, int):
            return
        previous, self.last_segment_elapsed = self.last_segment_elapsed, elapsed
        if previous is None:
            return
        audio_ms = record["frames"] * 1000 // self.fmt.rate_hz if self.fmt else 0
        stall_ms = elapsed - previous - audio_ms
        if stall_ms > UNDECLARED_GAP_MS:
            self.warn(
                "undeclared_gap",
                f"before segment {record['index']} ({clock_text(where['start_s'])}) the recorder's "
                f"clock ran {(elapsed - previous) / 1000:.1f} s while {audio_ms / 1000:.1f} s of "
                "audio arrived, and no pause or lost input was declared",
                **where,
            )

    # -- §7.3 checkpoints and the seal -----------------------------------------------------
    def signed_root(self, i: int, record: dict[str, Any], what: str) -> tuple[int, bytes] | None:
        fields = CHECKPOINT_FIELDS if what == "checkpoint" else SEAL_FIELDS
        if set(record) != fields:
            raise ValueError(f"fields {sorted(set(record) ^ fields)} do not belong in a {what}")
        size, root_hex = record["tree_size"], record["root"]
        if not isinstance(size, int) or not is_hex64(root_hex):
            raise ValueError("tree_size/root malformed")
        if size != self.tree.size or (what == "checkpoint" and size in self.checkpoint_sizes):
            if what == "checkpoint" and self.misplaced:
                self.misplaced += 1  # one report for the first; the rest follow from it
                return None
            self.misplaced += what == "checkpoint"
            self.problem(
                "checkpoint_position",
                f"{what} on log line {i} covers {size} leaves but stands after leaf "
                f"{self.tree.size - 1}",
                line=i,
            )
            return None
        return size, bytes.fromhex(root_hex)

    def compare_root(self, i: int, size: int, root: bytes, what: str, time_text: str) -> bool:
        actual = self.tree.root()
        if actual == root:
            self.good_until = size
            return True
        first = self.good_until
        span = self.leaf_span(first, size - 1)
        if self.first_bad_checkpoint is None:
            self.first_bad_checkpoint = i
            self.problem(
                "inconsistent_checkpoint" if what == "checkpoint" else "seal_mismatch",
                f"the log differs from what was signed in the {what} of {time_text} "
                f"(log line {i}): the change lies in leaves {first}–{size - 1}, {span} "
                "into the recording",
                line=i,
                leaf=first,
                start_s=self.seconds(self.leaves[min(first, len(self.leaves) - 1)].frames_at),
            )
        elif what == "checkpoint":
            self.later_mismatches += 1  # summed up in finish(): they follow from the first
        else:
            self.problem(
                "seal_mismatch",
                f"the seal on log line {i} does not match either (it follows the change above)",
                line=i,
            )
        return False

    def check_signature(self, i: int, body: bytes, signature: str, what: str) -> bool:
        if verify_signature(self.public, b64decode(signature, 64), body):
            return True
        self.problem(
            "bad_signature",
            f"the signature on the {what} (log line {i}) is not valid for the recording's key "
            f"{fingerprint(self.public)}: it was altered or signed by another key",
            line=i,
        )
        return False

    def checkpoint(self, i: int, record: dict[str, Any]) -> None:
        r = self.report
        r.checkpoints += 1
        self.check_time(i, record)
        found = self.signed_root(i, record, "checkpoint")
        if found is None:
            return
        size, root = found
        body = note_body(r.recording_id, size, root, record["time"])
        sig_ok = self.check_signature(i, body, record["signature"], "checkpoint")
        root_ok = self.compare_root(i, size, root, "checkpoint", record["time"])
        if sig_ok and root_ok:
            r.checkpoints_valid += 1
            self.bodies[size] = body
        self.checkpoint_sizes.append(size)

    def seal(self, i: int, record: dict[str, Any]) -> None:
        r = self.report
        self.check_time(i, record)
        found = self.signed_root(i, record, "seal")
        r.sealed = True
        r.seal_time = record["time"]
        r.end = str(record["end"])
        r.seal_code = str(record["code"])
        if record["end"] not in END_REASONS:
            self.problem("log_damaged", f"seal end {record['end']!r} is not known", line=i)
        if found is None:
            return
        size, root = found
        r.tree_size, r.root = size, root.hex()
        body = seal_body(
            r.recording_id, size, root, record["time"], record["frames"], record["end"]
        )
        self.check_signature(i, body, record["signature"], "seal")
        self.compare_root(i, size, root, "seal", record["time"])
        self.bodies[size] = body
        if record["frames"] != r.frames:
            self.problem(
                "seal_mismatch",
                f"the seal counts {record['frames']} samples but the log holds {r.frames}",
                line=i,
            )
        if record["code"] != seal_code(root):
            self.problem(
                "seal_mismatch", f"the seal code {record['code']} does not match its root", line=i
            )

    def countersignature(self, i: int, record: dict[str, Any]) -> None:
        if set(record) != COUNTERSIGNATURE_FIELDS:
            raise ValueError(
                f"fields {sorted(set(record) ^ COUNTERSIGNATURE_FIELDS)} do not belong"
            )
        size, name = record["tree_size"], record["name"]
        if not is_party_name(name):
            raise ValueError("the countersigner's name is not 0–100 printable characters")
        public = b64decode(record["key"], 32)
        body = self.bodies.get(size)
        valid = body is not None and verify_signature(
            public, b64decode(record["signature"], 64), countersign_body(body, name)
        )
        self.report.countersignatures.append(
            Countersignature(size, fingerprint(public), name, valid)
        )
        if not valid:
            self.problem(
                "bad_countersignature",
                f"the countersignature on log line {i} by {fingerprint(public)} does not match "
                f"a signed tree of {size} leaves",
                line=i,
            )

    # -- §7.4 the audio ----------------------------------------------------------------------
    def audio(self, audio: AudioBytes, ahead: _Ahead | None = None) -> None:
        assert self.fmt is not None
        fmt, fb = self.fmt, self.fmt.frame_bytes
        r = self.report
        spans = [(s.offset * fb, s.frames * fb) for s in self.segments]
        want_bytes = r.frames * fb
        digests = list(_hash_segments(fmt, self.segments, audio, spans, ahead))
        missing_from: _Segment | None = None
        for i, (seg, got) in enumerate(zip(self.segments, digests, strict=True)):
            start, end = self.seconds(seg.offset), self.seconds(seg.offset + seg.frames)
            where = {
                "line": seg.line,
                "leaf": seg.leaf,
                "segment": seg.index,
                "start_s": start,
                "end_s": end,
            }
            if got is None:
                missing_from = missing_from or seg
                continue
            if got != seg.digest and seg.index in self.redacted and _silent(audio, spans[i]):
                self.note_redacted(seg)
                continue
            if got != seg.digest:
                self.problem(
                    "segment_changed",
                    f"segment {seg.index} ({clock_text(start)}–{clock_text(end)}): "
                    "the audio differs "
                    f"from what was sealed (sealed {seg.digest[:12]}…, found {got[:12]}…)",
                    **where,
                )
        if missing_from is not None:
            start = self.seconds(missing_from.offset)
            self.problem(
                "audio_missing",
                f"the audio stops at {clock_text(self.seconds(audio.size // fb))}, "
                "but the log seals "
                f"audio up to {clock_text(self.seconds(r.frames))}: from segment "
                f"{missing_from.index} ({clock_text(start)}) on, the audio was cut off",
                segment=missing_from.index,
                start_s=start,
            )
        if audio.size > want_bytes:
            extra = (audio.size - want_bytes) / fb
            self.extra_frames = -(-(audio.size - want_bytes) // fb)
            self.problem(
                "audio_extra",
                f"the audio runs {clock_text(self.seconds(int(extra)))} past the end of what was "
                "sealed: something was added after the recording",
                start_s=self.seconds(r.frames),
            )

    def note_redacted(self, seg: _Segment) -> None:
        reason = self.redacted[seg.index]
        last = self.report.redactions[-1] if self.report.redactions else None
        end_s = self.seconds(seg.offset + seg.frames)
        if last and last["last"] == seg.index - 1 and last["reason"] == reason:
            last["last"], last["end_s"] = seg.index, end_s
        else:
            self.report.redactions.append(
                {
                    "first": seg.index,
                    "last": seg.index,
                    "start_s": self.seconds(seg.offset),
                    "end_s": end_s,
                    "reason": reason,
                }
            )

    # -- §7.5 what the evidence supports -----------------------------------------------------
    def finish(self) -> None:
        r = self.report
        if self.expect_key is not None:
            want = normalise_code(self.expect_key)
            if want != normalise_code(r.key_fingerprint):
                self.problem(
                    "unknown_key",
                    f"the recording is signed by key {r.key_fingerprint}, "
                    f"not the expected {self.expect_key}",
                )
        if self.expect_code is not None and normalise_code(self.expect_code) != r.seal_code:
            self.problem(
                "code_mismatch",
                f"the seal code is {r.seal_code or '(none: not sealed)'}, "
                f"not the {self.expect_code} "
                "that was written down",
            )
        # Later checkpoints that fail because of the first failure: one line each, after it.
        for code, count, text in (
            ("inconsistent_checkpoint", self.later_mismatches, "do not match either"),
            ("checkpoint_position", self.misplaced - 1, "are out of place too"),
        ):
            if count > 0:
                first = next(n for n, p in enumerate(r.problems) if p.code == code)
                r.problems.insert(
                    first + 1,
                    Problem(
                        code,
                        f"{count} later checkpoint(s) {text} (they follow from the change above)",
                    ),
                )
        # Checkpoints are expected every `checkpoint_every` segments (§6.2).
        expected = {
            leaf_count
            for leaf_count in (
                s.leaf + 1 for s in self.segments if (s.index + 1) % self.checkpoint_every == 0
            )
        }
        missing = sorted(expected - set(self.checkpoint_sizes) - {r.tree_size})
        if not r.sealed and missing and missing[-1] == self.tree.size:
            missing.pop()  # a crash between a segment and its checkpoint
        if missing:
            self.warn(
                "checkpoint_missing",
                f"{len(missing)} checkpoint(s) the recorder should have written are absent "
                f"(first after leaf {missing[0] - 1}); the seal still covers the audio",
            )
        # §8: a crash leaves at most the segment in flight and a half-written last line
        crash_residue = (
            not r.sealed
            and all(p.code in ("log_truncated", "audio_extra") for p in r.problems)
            and self.extra_frames <= self.segment_frames
        )
        if r.problems and not crash_residue:
            r.verdict = "tampered"
        elif not r.sealed:
            r.verdict = "incomplete"
            self.problem(
                "not_sealed",
                f"the recording was never sealed: it ends at {clock_text(r.duration_s)} "
                "with no seal "
                "(still recording, or interrupted: run `twindeck recover`)",
            )
        else:
            r.verdict = "redacted" if r.redactions else "intact"
        if (
            r.problems
            and r.verdict == "tampered"
            and all(p.code == "not_sealed" for p in r.problems)
        ):
            r.verdict = "incomplete"
        if not r.sealed:
            r.tree_size, r.root = self.tree.size, self.tree.root().hex()


class _Ahead:
    """Segment digests computed on other cores while the log is still being read.

    It guesses the usual layout — contiguous segments of ``segment_frames`` from the start of the
    audio — and hashes those spans in batches (hashlib releases the GIL). Any segment the log
    places elsewhere is simply hashed again when it is checked."""

    BATCH = 32

    def __init__(self, fmt: AudioFormat, segment_frames: int, audio: AudioBytes) -> None:
        self.fmt = fmt
        total = audio.size // fmt.frame_bytes
        self.spans = [
            (offset, min(segment_frames, total - offset))
            for offset in range(0, total, segment_frames)
        ]
        self.index = {span: i for i, span in enumerate(self.spans)}
        self.pool = ThreadPoolExecutor(min(8, os.cpu_count() or 1))
        fb = fmt.frame_bytes
        self.batches = [
            self.pool.submit(self._batch, audio, self.spans[i : i + self.BATCH], fb)
            for i in range(0, len(self.spans), self.BATCH)
        ]

    def _batch(self, audio: AudioBytes, spans: list[tuple[int, int]], fb: int) -> list[str]:
        views = audio.ranges([(offset * fb, frames * fb) for offset, frames in spans])
        out = []
        for (offset, frames), data in zip(spans, views, strict=True):
            h = hashlib.sha256(segment_prefix(self.fmt, offset, frames))
            h.update(data)
            out.append(h.hexdigest())
        return out

    def get(self, offset: int, frames: int) -> str | None:
        i = self.index.get((offset, frames))
        if i is None:
            return None
        return self.batches[i // self.BATCH].result()[i % self.BATCH]

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _silent(audio: AudioBytes, span: tuple[int, int]) -> bool:
    """A redacted segment must be digital silence, every byte zero."""
    data = b"".join(bytes(d) for d in audio.ranges([span]))
    return len(data) == span[1] and not data.strip(b"\0")


def _hash_segments(
    fmt: AudioFormat,
    segments: Sequence[_Segment],
    audio: AudioBytes,
    spans: Sequence[tuple[int, int]],
    ahead: _Ahead | None = None,
) -> Iterator[str | None]:
    """Each segment's digest (None where the audio is too short), on all cores when possible."""

    def digest(seg: _Segment, data: bytes | memoryview) -> str | None:
        if len(data) < seg.frames * fmt.frame_bytes:
            return None
        h = hashlib.sha256(segment_prefix(fmt, seg.offset, seg.frames))
        h.update(data)
        return h.hexdigest()

    if ahead is not None:
        known = [ahead.get(seg.offset, seg.frames) if seg.frames > 0 else None for seg in segments]
        misses = [i for i, k in enumerate(known) if k is None]
        rest = iter(
            _hash_segments(fmt, [segments[i] for i in misses], audio, [spans[i] for i in misses])
        )
        for k in known:
            yield k if k is not None else next(rest)
        return
    chunks = audio.ranges(spans)
    if audio.parallel and len(segments) > 8:
        workers = min(8, os.cpu_count() or 1)
        with ThreadPoolExecutor(workers) as pool:
            yield from pool.map(digest, segments, chunks, chunksize=16)
        return
    for seg, data in zip(segments, chunks, strict=True):
        yield digest(seg, data)


def verify_recording(
    path: Path,
    *,
    expect_key: str | None = None,
    expect_code: str | None = None,
    audio: AudioBytes | None = None,
) -> Report:
    """Verify a recording folder or single file.

    ``audio`` stands in for the recording's own audio, e.g. a WAV copy (``verify --audio``).
    """
    files = open_recording(path)
    try:
        return verify_files(files, expect_key=expect_key, expect_code=expect_code, audio=audio)
    finally:
        files.close()


def verify_files(
    files: RecordingFiles,
    *,
    expect_key: str | None = None,
    expect_code: str | None = None,
    audio: AudioBytes | None = None,
) -> Report:
    v = _Verifier(files, expect_key, expect_code)
    lines = files.log.split(b"\n")
    if lines[-1] == b"":
        lines.pop()
    elif len(lines) > 1 or lines[0]:
        v.problem(
            "log_truncated",
            f"the log's last line is incomplete ({len(lines[-1])} bytes): it was cut off",
            line=len(lines),
        )
        lines.pop()
    if not lines:
        raise NotARecording(f"{files.path}: the log is empty")
    v.header(lines[0])
    v.read_redactions(files.redactions)
    source = audio if audio is not None else files.audio
    ahead = None
    if (
        source.parallel
        and v.fmt is not None
        and source.size > 8 * v.fmt.frame_bytes * v.segment_frames
    ):
        ahead = _Ahead(v.fmt, v.segment_frames, source)
    try:
        v.walk(lines)
        v.audio(source, ahead)
    finally:
        if ahead is not None:
            ahead.close()
    v.finish()
    return v.report
