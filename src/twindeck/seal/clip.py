"""Clips: a few minutes of a sealed recording that prove themselves (format.md §10).

A clip holds the header line, the segment lines of a stretch of the recording with the events
inside it, each with its RFC 9162 inclusion proof against the sealed root, the seal line (and any
countersignatures), and the audio of exactly those segments. It verifies on its own — no access
to the whole recording — as "a genuine excerpt of recording <code>, 12:30–13:10 of 41:07".

A clip cannot claim more than it proves: its time span comes only from segments whose inclusion
is proven, which must be consecutive, and its audio must be exactly theirs.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from twindeck.errors import AlreadyExists, DestinationError, NotARecording, NotIntact
from twindeck.seal.archive import ZIP_TIME, open_recording
from twindeck.seal.encoding import EncodingError, b64decode, parse_line, seal_code
from twindeck.seal.keys import fingerprint, verify_signature
from twindeck.seal.log import FORMAT_NAME, FORMAT_VERSION, countersign_body, seal_body
from twindeck.seal.merkle import inclusion_proof, leaf_hash, root_from_inclusion
from twindeck.seal.pcm import AudioFormat, segment_digest
from twindeck.seal.verify import clock_text, verify_recording

CLIP_NAME = "clip.json"
AUDIO_NAME = "audio.pcm"
CLIP_FORMAT = "twindeck-clip"
MAX_CLIP_JSON = 64 << 20


@dataclass
class ClipReport:
    path: str
    verdict: str = "tampered"  # intact | tampered
    recording_id: str = ""
    seal_code: str = ""
    key_fingerprint: str = ""
    start_s: float = 0.0
    end_s: float = 0.0
    recording_s: float = 0.0
    segments: int = 0
    events: list[tuple[str, float, dict[str, Any]]] = field(default_factory=list)
    countersignatures: list[tuple[str, str]] = field(default_factory=list)  # (name, fingerprint)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.verdict == "intact"

    def summary(self) -> str:
        return (
            f"a genuine excerpt of recording {self.seal_code}, "
            f"{clock_text(self.start_s)}–{clock_text(self.end_s)} of {clock_text(self.recording_s)}"
        )


def is_clip(path: Path) -> bool:
    if not path.is_file() or not zipfile.is_zipfile(path):
        return False
    with zipfile.ZipFile(path) as archive:
        return CLIP_NAME in archive.namelist()


def make_clip(path: Path, start_s: float, end_s: float, target: Path) -> ClipReport:
    """Cut [start_s, end_s) — widened to whole segments — out of an intact recording."""
    return make_clips(path, [(start_s, end_s, target)])[0]


def make_clips(path: Path, spans: list[tuple[float, float, Path]]) -> list[ClipReport]:
    """Several clips of one recording, which is verified and read once for all of them."""
    for _, _, target in spans:
        if target.exists():
            raise AlreadyExists(f"{target} already exists; twindeck never overwrites a file")
    report = verify_recording(path)
    if not report.ok:
        raise NotIntact(f"{path} is {report.verdict}: only an intact recording can be clipped")
    assert report.audio is not None
    fmt = report.audio
    for start_s, end_s, _ in spans:
        if not 0 <= start_s < end_s or start_s >= report.duration_s:
            raise ValueError(
                f"the clip must start before it ends, within 0:00–{clock_text(report.duration_s)}"
            )
    files = open_recording(path)
    out = []
    try:
        lines = files.log.split(b"\n")[:-1]
        records = [parse_line(line) for line in lines]
        leaves = [leaf_hash(line) for line, r in zip(lines, records, strict=True) if "n" in r]
        size = report.tree_size
        sealed_at = next(i for i, r in enumerate(records) if r["type"] == "seal")
        after_seal = [
            line.decode("utf-8")
            for line, r in zip(lines[sealed_at + 1 :], records[sealed_at + 1 :], strict=True)
            if r["type"] == "countersignature"
        ]
        for start_s, end_s, target in spans:
            lo, hi = round(start_s * fmt.rate_hz), round(end_s * fmt.rate_hz)
            chosen = [
                (line, r)
                for line, r in zip(lines, records, strict=True)
                if r["type"] == "segment"
                and r["offset_frames"] < hi
                and r["offset_frames"] + r["frames"] > lo
            ]
            first, last = chosen[0][1], chosen[-1][1]
            a, b = first["offset_frames"], last["offset_frames"] + last["frames"]
            chosen_n = {r["n"] for _, r in chosen}
            picked = [
                (line, r)
                for line, r in zip(lines, records, strict=True)
                if r.get("n") == 0
                or r.get("n") in chosen_n
                or (r["type"] == "event" and a <= r["at_frames"] <= b)
            ]
            entries = [
                {
                    "line": line.decode("utf-8"),
                    "proof": [p.hex() for p in inclusion_proof(r["n"], leaves[:size])],
                }
                for line, r in picked
            ]
            clip = {
                "format": CLIP_FORMAT,
                "version": 1,
                "leaves": entries,
                "seal": lines[sealed_at].decode("utf-8"),
                "after_seal": after_seal,
            }
            fb = fmt.frame_bytes
            audio = b"".join(bytes(v) for v in files.audio.ranges([(a * fb, (b - a) * fb)]))
            _write_zip(target, json.dumps(clip, indent=1, ensure_ascii=False).encode(), audio)
            out.append(verify_clip(target))
    finally:
        files.close()
    return out


def _write_zip(target: Path, clip_json: bytes, audio: bytes) -> None:
    partial = target.with_name(target.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
            for name, data in ((CLIP_NAME, clip_json), (AUDIO_NAME, audio)):
                info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
                info.external_attr = 0o644 << 16
                info.create_system = 3
                archive.writestr(info, data)
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DestinationError(f"cannot write {target}: {exc.strerror}") from exc


def verify_clip(path: Path) -> ClipReport:
    """Check a clip on its own. Raises NotARecording only for what is not a clip at all."""
    r = ClipReport(str(path))
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo(CLIP_NAME)
            if info.file_size > MAX_CLIP_JSON:
                raise NotARecording(f"{path}: {CLIP_NAME} is too large to be a clip")
            clip = json.loads(archive.read(CLIP_NAME))
            audio = archive.read(AUDIO_NAME) if AUDIO_NAME in archive.namelist() else b""
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, NotImplementedError) as exc:
        raise NotARecording(f"{path} is not a readable twindeck clip ({exc})") from exc
    if not isinstance(clip, dict) or clip.get("format") != CLIP_FORMAT or clip.get("version") != 1:
        raise NotARecording(f"{path} is not a twindeck clip of version 1")
    try:
        _check_clip(r, clip, audio)
    except (KeyError, TypeError, ValueError, AttributeError, EncodingError) as exc:
        r.problems.append(f"the clip is malformed: {exc}")
    r.verdict = "tampered" if r.problems else "intact"
    return r


def _check_clip(r: ClipReport, clip: dict[str, Any], audio: bytes) -> None:
    seal_line = str(clip["seal"]).encode()
    seal = parse_line(seal_line)
    entries = [
        (str(e["line"]).encode(), [bytes.fromhex(p) for p in e["proof"]]) for e in clip["leaves"]
    ]
    parsed = [(line, parse_line(line), proof) for line, proof in entries]
    headers = [p for p in parsed if p[1].get("type") == "header"]
    if len(headers) != 1:
        raise ValueError("a clip holds exactly one header")
    header = headers[0][1]
    if header.get("format") != FORMAT_NAME or header.get("version") != FORMAT_VERSION:
        raise ValueError("the header is not a twindeck v1 header")
    a = header["audio"]
    fmt = AudioFormat(a["encoding"], a["rate_hz"], a["channels"])
    public = b64decode(header["key"]["public"], 32)
    r.recording_id, r.key_fingerprint = header["recording_id"], fingerprint(public)
    if seal.get("type") != "seal":
        raise ValueError("the seal line is not a seal")
    size, root = seal["tree_size"], bytes.fromhex(seal["root"])
    r.seal_code, r.recording_s = seal_code(root), seal["frames"] / fmt.rate_hz
    body = seal_body(r.recording_id, size, root, seal["time"], seal["frames"], seal["end"])
    if not verify_signature(public, b64decode(seal["signature"], 64), body):
        r.problems.append("the seal's signature is not valid for the recording's key")
    if seal["code"] != r.seal_code:
        r.problems.append("the seal code does not match its root")
    # every leaf must be proven part of the sealed tree, at the place it claims
    proven = []
    for line, record, proof in parsed:
        n = record["n"]
        try:
            ok = root_from_inclusion(n, size, leaf_hash(line), proof) == root
        except ValueError:
            ok = False
        if not ok:
            what = record.get("kind") or record.get("type")
            r.problems.append(f"leaf {n} ({what}) is not proven part of the sealed recording")
            continue
        proven.append(record)
    if headers[0][1] not in proven or header["n"] != 0:
        r.problems.append("the header is not proven to be leaf 0 of the sealed recording")
    segments = sorted((x for x in proven if x["type"] == "segment"), key=lambda x: x["n"])
    if not segments:
        r.problems.append("the clip proves no audio")
        return
    for before, after in zip(segments, segments[1:], strict=False):
        if (
            after["index"] != before["index"] + 1
            or after["offset_frames"] != before["offset_frames"] + before["frames"]
        ):
            r.problems.append(
                f"segments {before['index']} and {after['index']} are not consecutive: "
                "a clip is one unbroken stretch"
            )
    start, fb = segments[0]["offset_frames"], fmt.frame_bytes
    end = segments[-1]["offset_frames"] + segments[-1]["frames"]
    r.start_s, r.end_s, r.segments = start / fmt.rate_hz, end / fmt.rate_hz, len(segments)
    if len(audio) != (end - start) * fb:
        r.problems.append(
            f"the clip's audio is {len(audio) // fb} frames, "
            f"but its proven segments hold {end - start}"
        )
    for seg in segments:
        at = (seg["offset_frames"] - start) * fb
        pcm = audio[at : at + seg["frames"] * fb]
        if segment_digest(fmt, seg["offset_frames"], pcm).hex() != seg["pcm_sha256"]:
            t = seg["offset_frames"] / fmt.rate_hz
            r.problems.append(
                f"segment {seg['index']} ({clock_text(t)}): the audio differs from what was sealed"
            )
    for ev in proven:
        if ev["type"] == "event":
            r.events.append((ev["kind"], ev["at_frames"] / fmt.rate_hz, ev["data"]))
    for text in clip.get("after_seal", []):
        cs = parse_line(str(text).encode())
        key = b64decode(cs["key"], 32)
        if cs["tree_size"] == size and verify_signature(
            key, b64decode(cs["signature"], 64), countersign_body(body, cs["name"])
        ):
            r.countersignatures.append((cs["name"], fingerprint(key)))
        else:
            r.problems.append(f"the countersignature by {fingerprint(key)} does not match the seal")


__all__ = ["ClipReport", "is_clip", "make_clip", "verify_clip"]
