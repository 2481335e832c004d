#!/usr/bin/env python3
"""Generate twindeck's known-answer test vectors (docs/format.md §9), deterministically.

    python3 spec/generate_vectors.py           # rewrite spec/vectors/
    python3 spec/generate_vectors.py --check   # regenerate in a temporary folder; fail on any
                                               # byte that differs or any verdict that changed

Every vector is made by the real writer with a fixed Ed25519 key (Ed25519 signatures are
deterministic), a stepped clock and integer-only audio, so the bytes are identical on every machine.
Valid vectors are cross-checked here against an independent twenty-line RFC 9162 implementation;
tampered vectors are named after the attack they show, and each must be reported with its
``must_report`` problem code. See spec/vectors/README.md for the layout of ``expected.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import hashlib
import json
import shutil
import struct
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from twindeck.seal import (
    AudioFormat,
    DeviceKey,
    RecordingWriter,
    SteppedClock,
    pack_recording,
    recover_recording,
    verify_recording,
)
from twindeck.seal.encoding import b64encode, canonical_json, parse_line
from twindeck.seal.redact import redact_recording

HERE = Path(__file__).resolve().parent
VECTORS = HERE / "vectors"
START = dt.datetime(2026, 11, 24, 10, 0, 0, tzinfo=dt.UTC)
RATE = 1000  # the lowest rate the format allows: small files, same code paths
MONO = AudioFormat("s16le", RATE, 1)
DEVICE_SEED = bytes(range(32))
OTHER_SEED = bytes(range(100, 132))
FOLDER = "recording.twindeck"
ZIP = "recording.twindeck.zip"


# -- integer-only audio: identical bytes everywhere, no floating point ---------------------------
def _noise(seed: int) -> Callable[[], int]:
    state = seed * 2654435761 + 1

    def nxt() -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        return state >> 48  # 16 random bits

    return nxt


def make_pcm(fmt: AudioFormat, seconds: int, seed: int) -> bytes:
    """A triangle wave (a different pitch per channel) plus a little noise."""
    rnd = _noise(seed)
    out = bytearray()
    for i in range(fmt.rate_hz * seconds):
        for ch in range(fmt.channels):
            period = 20 + 6 * ch + seed % 5
            phase = i % period
            tri = (4 * phase - period) if phase < period // 2 else (3 * period - 4 * phase)
            value = tri * 8000 // period + (rnd() % 512) - 256  # within ±8300 of 32768
            if fmt.encoding == "s16le":
                out += value.to_bytes(2, "little", signed=True)
            elif fmt.encoding == "s24le":
                out += (value * 256).to_bytes(3, "little", signed=True)
            elif fmt.encoding == "s32le":
                out += (value * 65536).to_bytes(4, "little", signed=True)
            else:  # f32le: value/32768 is exact in binary32 (|value| < 2^24)
                out += struct.pack("<f", value / 32768)
    return bytes(out)


# -- an independent RFC 9162 root, to cross-check the writer -------------------------------------
def independent_root(lines: list[bytes]) -> bytes:
    def mth(leaves: list[bytes]) -> bytes:
        if len(leaves) == 1:
            return leaves[0]
        k = 1 << ((len(leaves) - 1).bit_length() - 1)
        return hashlib.sha256(b"\x01" + mth(leaves[:k]) + mth(leaves[k:])).digest()

    return mth([hashlib.sha256(b"\x00" + line).digest() for line in lines])


# -- building recordings -------------------------------------------------------------------------
def record(
    path: Path,
    *,
    fmt: AudioFormat = MONO,
    seconds: int = 6,
    seed: int = 1,
    notes: dict[int, str] | None = None,
    seal: bool = True,
    key_seed: bytes = DEVICE_SEED,
) -> None:
    key = DeviceKey.from_seed(key_seed)
    writer = RecordingWriter.create(
        [path],
        key=key,
        fmt=fmt,
        clock=SteppedClock(START + dt.timedelta(seconds=seed)),
        source={"kind": "file", "realtime": False},
        meta={"case": "VECTOR-0001"},
        software="twindeck spec/generate_vectors.py",
        recording_id=hashlib.sha256(f"twindeck vector {seed}".encode()).hexdigest()[:32],
        checkpoint_every=2,
    )
    writer.add_event("start")
    pcm = make_pcm(fmt, seconds, seed)
    step = fmt.rate_hz * fmt.frame_bytes
    for second, at in enumerate(range(0, len(pcm), step)):
        if notes and second in notes:
            writer.add_event("note", {"text": notes[second]})
        writer.add_segment(pcm[at : at + step])
    if seal:
        writer.seal()  # writes the stop event, then the seal
    else:
        writer.close()
        (path / ".reserve").unlink()  # 64 KiB of zeros a verifier never reads


NOTES = {2: "asked about walking to the shop — “two rests, and not the next day”"}


def base(path: Path) -> None:
    record(path, notes=NOTES)


def lines_of(path: Path) -> list[bytes]:
    return (path / "log.jsonl").read_bytes().splitlines()


def write_lines(path: Path, lines: list[bytes]) -> None:
    (path / "log.jsonl").write_bytes(b"".join(line + b"\n" for line in lines))


def find(lines: list[bytes], pred: Callable[[dict[str, Any]], bool]) -> int:
    return next(i for i, line in enumerate(lines) if pred(parse_line(line)))


def segment_line(lines: list[bytes], index: int) -> int:
    return find(lines, lambda r: r["type"] == "segment" and r["index"] == index)


def edit_line(path: Path, i: int, change: Callable[[dict[str, Any]], None]) -> None:
    lines = lines_of(path)
    record_ = parse_line(lines[i])
    change(record_)
    lines[i] = canonical_json(record_)
    write_lines(path, lines)


# -- the attacks ---------------------------------------------------------------------------------
def sample_changed(path: Path) -> None:
    base(path)
    audio = bytearray((path / "audio.pcm").read_bytes())
    audio[3 * RATE * 2 + 500] ^= 0x01  # one bit of one sample in second 3
    (path / "audio.pcm").write_bytes(bytes(audio))


def segment_cut(path: Path) -> None:
    """Second 2 removed from the audio and its segment line removed from the log."""
    base(path)
    audio = (path / "audio.pcm").read_bytes()
    (path / "audio.pcm").write_bytes(audio[: 2 * RATE * 2] + audio[3 * RATE * 2 :])
    lines = lines_of(path)
    del lines[segment_line(lines, 2)]
    write_lines(path, lines)


def audio_truncated(path: Path) -> None:
    base(path)
    audio = (path / "audio.pcm").read_bytes()
    (path / "audio.pcm").write_bytes(audio[: len(audio) - RATE])  # the last half second


def note_deleted(path: Path) -> None:
    base(path)
    lines = lines_of(path)
    del lines[find(lines, lambda r: r.get("kind") == "note")]
    write_lines(path, lines)


def segments_swapped(path: Path) -> None:
    """The audio of seconds 1 and 2 exchanged; the log untouched."""
    base(path)
    audio = (path / "audio.pcm").read_bytes()
    s = RATE * 2
    (path / "audio.pcm").write_bytes(
        audio[:s] + audio[2 * s : 3 * s] + audio[s : 2 * s] + audio[3 * s :]
    )


def spliced_from_other_recording(path: Path, scratch: Path) -> None:
    """Second 4 replaced by second 4 of another recording from the same device, line and audio."""
    base(path)
    other = scratch / "other.twindeck"
    record(other, seed=2)
    s = RATE * 2
    audio, foreign = (path / "audio.pcm").read_bytes(), (other / "audio.pcm").read_bytes()
    (path / "audio.pcm").write_bytes(audio[: 4 * s] + foreign[4 * s : 5 * s] + audio[5 * s :])
    lines, theirs = lines_of(path), lines_of(other)
    mine = segment_line(lines, 4)
    foreign_line = parse_line(theirs[segment_line(theirs, 4)])
    foreign_line["n"] = parse_line(lines[mine])["n"]  # made to fit its new place
    lines[mine] = canonical_json(foreign_line)
    write_lines(path, lines)


def timestamp_edited(path: Path) -> None:
    """The note's wall time moved ten minutes later (still canonical JSON)."""
    base(path)
    i = find(lines_of(path), lambda r: r.get("kind") == "note")
    edit_line(path, i, lambda r: r.update(time=r["time"].replace("T10:00:", "T10:10:")))


def key_replaced(path: Path) -> None:
    """Another device's public key put in the header; nothing re-signed."""
    base(path)
    other = DeviceKey.from_seed(OTHER_SEED)
    edit_line(path, 0, lambda r: r["key"].update(public=b64encode(other.public_raw)))


def appended_after_seal(path: Path) -> None:
    """A note added after the seal, as if written later."""
    base(path)
    lines = lines_of(path)
    note = parse_line(lines[find(lines, lambda r: r.get("kind") == "note")])
    note.update(n=99, data={"text": "claimant walks a mile daily"})
    write_lines(path, [*lines, canonical_json(note)])


def audio_appended_after_seal(path: Path) -> None:
    base(path)
    with open(path / "audio.pcm", "ab") as audio:
        audio.write(make_pcm(MONO, 1, 3))


def crash_residue(path: Path) -> None:
    """What a crash leaves: no seal, half a segment of audio and half a log line after the last."""
    record(path, notes=NOTES, seal=False)
    with open(path / "audio.pcm", "ab") as audio:
        audio.write(make_pcm(MONO, 1, 4)[:RATE])
    with open(path / "log.jsonl", "ab") as log:
        log.write(b'{"elapsed_ms":9000,"frames":1000,"ind')


def recovered(path: Path) -> None:
    crash_residue(path)
    recover_recording(
        path,
        DeviceKey.from_seed(DEVICE_SEED),
        SteppedClock(START + dt.timedelta(minutes=5)),
    )


def countersigned(path: Path) -> None:
    """The other party's device signs the same seal body (what `twindeck countersign` will add)."""
    base(path)
    lines = lines_of(path)
    seal = parse_line(lines[-1])
    header = parse_line(lines[0])
    body = (
        f"twindeck/1 {header['recording_id']}\n{seal['tree_size']}\n"
        f"{b64encode(bytes.fromhex(seal['root']))}\ntime {seal['time']}\n"
        f"seal frames={seal['frames']} end={seal['end']}\n"
        "countersigner assessor's laptop\n"
    ).encode("ascii")
    other = DeviceKey.from_seed(OTHER_SEED)
    line = {
        "type": "countersignature",
        "tree_size": seal["tree_size"],
        "key": b64encode(other.public_raw),
        "name": "assessor's laptop",
        "signature": b64encode(other.sign(body)),
    }
    write_lines(path, [*lines, canonical_json(line)])


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], None] | Callable[[Path, Path], None]
    form: str  # folder | zip
    verdict: str
    must_report: tuple[str, ...]
    about: str


CASES = [
    Case("valid-mono-s16le", base, "folder", "intact", (), "6 s mono, a note, checkpoints"),
    Case("valid-single-file", base, "zip", "intact", (), "the same recording as one zip file"),
    Case(
        "valid-stereo-s24le",
        lambda p: record(p, fmt=AudioFormat("s24le", RATE, 2), seconds=4, seed=5),
        "folder",
        "intact",
        (),
        "4 s stereo, 24-bit",
    ),
    Case(
        "valid-mono-f32le",
        lambda p: record(p, fmt=AudioFormat("f32le", RATE, 1), seconds=3, seed=6),
        "folder",
        "intact",
        (),
        "3 s mono, 32-bit float",
    ),
    Case("valid-countersigned", countersigned, "folder", "intact", (), "countersigned seal"),
    Case(
        "valid-redacted",
        base,
        "redacted",
        "redacted",
        (),
        "a single file with seconds 2–3 silenced and declared in redactions.json",
    ),
    Case(
        "redaction-hiding-a-change",
        base,
        "redacted-then-changed",
        "tampered",
        ("segment_changed",),
        "a redacted copy with one more sample changed outside the redaction",
    ),
    Case("recovered-after-crash", recovered, "folder", "intact", (), "crash residue, recovered"),
    Case(
        "crash-residue-unsealed",
        crash_residue,
        "folder",
        "incomplete",
        ("not_sealed", "log_truncated", "audio_extra"),
        "a crash mid-segment: everything before it still verifies",
    ),
    Case("sample-changed", sample_changed, "folder", "tampered", ("segment_changed",), "1 bit"),
    Case(
        "segment-cut",
        segment_cut,
        "folder",
        "tampered",
        ("segment_order", "audio_gap"),
        "second 2 cut",
    ),
    Case("audio-truncated", audio_truncated, "folder", "tampered", ("audio_missing",), "end cut"),
    Case("note-deleted", note_deleted, "folder", "tampered", ("leaf_order",), "note removed"),
    Case(
        "segments-swapped", segments_swapped, "folder", "tampered", ("segment_changed",), "reorder"
    ),
    Case(
        "spliced-from-other-recording",
        spliced_from_other_recording,
        "folder",
        "tampered",
        ("inconsistent_checkpoint", "seal_mismatch"),
        "second 4 from another recording, line and audio",
    ),
    Case("timestamp-edited", timestamp_edited, "folder", "tampered", ("time_order",), "note time"),
    Case("key-replaced", key_replaced, "folder", "tampered", ("bad_signature",), "header key"),
    Case(
        "appended-after-seal",
        appended_after_seal,
        "folder",
        "tampered",
        ("after_seal",),
        "a note added after the seal",
    ),
    Case(
        "audio-appended-after-seal",
        audio_appended_after_seal,
        "folder",
        "tampered",
        ("audio_extra",),
        "one second of audio added after the seal",
    ),
]


def build(case: Case, target: Path, scratch: Path) -> dict[str, Any]:
    target.mkdir(parents=True)
    folder = (scratch / case.name) / FOLDER
    folder.parent.mkdir(parents=True)
    if case.make is spliced_from_other_recording:
        spliced_from_other_recording(folder, folder.parent)
    else:
        case.make(folder)  # type: ignore[call-arg]
    if case.form == "zip":
        pack_recording(folder, target / ZIP)
        made = target / ZIP
    elif case.form.startswith("redacted"):
        made = target / ZIP
        redact_recording(folder, [(2.0, 3.5, "a third party's name")], made)
        if case.form == "redacted-then-changed":
            with zipfile.ZipFile(made) as z:
                members = {n: z.read(n) for n in z.namelist()}
            audio = bytearray(members["audio.pcm"])
            audio[5 * RATE * 2 + 100] ^= 1
            members["audio.pcm"] = bytes(audio)
            made.unlink()
            with zipfile.ZipFile(made, "w") as z:
                for name, data in members.items():
                    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                    z.writestr(info, data)
    else:
        shutil.copytree(folder, target / FOLDER)
        made = target / FOLDER
    report = verify_recording(made)
    codes = sorted({p.code for p in report.problems})
    if report.verdict != case.verdict or not set(case.must_report) <= set(codes):
        raise SystemExit(
            f"{case.name}: the verifier says {report.verdict} {codes}, "
            f"the vector expects {case.verdict} with {list(case.must_report)}"
        )
    lines = (folder / "log.jsonl").read_bytes().splitlines()
    expected: dict[str, Any] = {
        "case": case.name,
        "about": case.about,
        "file": made.name,
        "verdict": case.verdict,
        "must_report": list(case.must_report),
        "reported": codes,
        "warnings": sorted({w.code for w in report.warnings}),
        "recording_id": report.recording_id,
        "key_fingerprint": report.key_fingerprint,
    }
    if case.verdict == "redacted":
        expected["redactions"] = report.redactions
        expected["seal_code"] = report.seal_code
    if case.verdict == "intact":
        leaves = [ln for ln in lines if parse_line(ln)["type"] in ("header", "segment", "event")]
        root = independent_root(leaves)
        if root.hex() != report.root or len(leaves) != report.tree_size:
            raise SystemExit(f"{case.name}: the writer's root disagrees with RFC 9162")
        expected |= {
            "frames": report.frames,
            "tree_size": report.tree_size,
            "root": report.root,
            "seal_code": report.seal_code,
            "end": report.end,
            "leaf_hashes": [hashlib.sha256(b"\x00" + ln).hexdigest() for ln in leaves],
        }
    (target / "expected.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
    return expected


def generate(out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for case in CASES:
            build(case, out / case.name, Path(tmp))
    keys = {
        name: {
            "seed_hex": seed.hex(),
            "public_b64": b64encode(DeviceKey.from_seed(seed).public_raw),
        }
        for name, seed in (("device", DEVICE_SEED), ("other", OTHER_SEED))
    }
    (out / "keys.json").write_text(json.dumps(keys, indent=2) + "\n")


def _differences(a: Path, b: Path) -> list[str]:
    cmp = filecmp.dircmp(a, b)
    out = [f"only in {a}: {n}" for n in cmp.left_only] + [
        f"only in new: {n}" for n in cmp.right_only
    ]
    for name in cmp.common_files:
        if (a / name).read_bytes() != (b / name).read_bytes():
            out.append(f"differs: {a / name}")
    for name in cmp.common_dirs:
        out += _differences(a / name, b / name)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / "vectors"
            fresh.mkdir()
            generate(fresh)
            diffs = [
                d for d in _differences(VECTORS, fresh) if d != f"only in {VECTORS}: README.md"
            ]
        if diffs:
            print(
                "spec/vectors/ is out of date; run python3 spec/generate_vectors.py",
                file=sys.stderr,
            )
            print("\n".join(diffs[:20]), file=sys.stderr)
            return 1
        print(f"spec/vectors/: {len(CASES)} vectors regenerate byte for byte")
        return 0
    for child in VECTORS.glob("*"):
        if child.is_dir():
            shutil.rmtree(child)
    VECTORS.mkdir(exist_ok=True)
    generate(VECTORS)
    print(f"wrote {len(CASES)} vectors to {VECTORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
