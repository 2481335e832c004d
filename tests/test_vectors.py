"""The known-answer vectors in spec/vectors/, verified twice: by twindeck's verifier, and by an
independent verifier written here from docs/format.md alone (hashlib, json, zipfile and an Ed25519
library) — the proof that the format can be verified without twindeck's code."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from twindeck.cli import main
from twindeck.seal import verify_recording

VECTORS = Path(__file__).resolve().parent.parent / "spec" / "vectors"
CASES = sorted(p.name for p in VECTORS.iterdir() if (p / "expected.json").exists())
BYTES_PER_SAMPLE = {"s16le": 2, "s24le": 3, "s32le": 4, "f32le": 4}
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def expected(case: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((VECTORS / case / "expected.json").read_text())
    return data


def test_there_are_valid_and_tampered_vectors() -> None:
    verdicts = [expected(c)["verdict"] for c in CASES]
    assert verdicts.count("intact") >= 5 and verdicts.count("tampered") >= 9
    assert "incomplete" in verdicts


@pytest.mark.parametrize("case", CASES)
def test_twindeck_verifier_agrees(case: str, capsys: pytest.CaptureFixture[str]) -> None:
    want = expected(case)
    report = verify_recording(VECTORS / case / want["file"])
    assert report.verdict == want["verdict"]
    assert sorted({p.code for p in report.problems}) == want["reported"]
    assert set(want["must_report"]) <= set(want["reported"])
    assert report.key_fingerprint == want["key_fingerprint"]
    code = main(["verify", "--json", str(VECTORS / case / want["file"])])
    out = json.loads(capsys.readouterr().out)
    assert code == (0 if want["verdict"] in ("intact", "redacted") else 1)
    assert out["verdict"] == want["verdict"]


# -- an independent verifier, from docs/format.md ------------------------------------------------
def _mth(leaves: list[bytes]) -> bytes:
    if len(leaves) == 1:
        return leaves[0]
    k = 1 << ((len(leaves) - 1).bit_length() - 1)
    return hashlib.sha256(b"\x01" + _mth(leaves[:k]) + _mth(leaves[k:])).digest()


def _read(path: Path) -> tuple[bytes, bytes, dict[int, str]]:
    """(log, audio, redacted segment -> reason)."""
    if path.is_dir():
        return (path / "log.jsonl").read_bytes(), (path / "audio.pcm").read_bytes(), {}
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
        names = z.namelist()
        assert names[:2] == ["log.jsonl", "audio.pcm"]
        redacted = {}
        if "redactions.json" in names:
            for r in json.loads(z.read("redactions.json"))["redactions"]:
                redacted |= {i: r["reason"] for i in range(r["first"], r["last"] + 1)}
        return z.read("log.jsonl"), z.read("audio.pcm"), redacted


def _signed_body(rec_id: str, size: int, root: bytes, rec: dict[str, Any]) -> bytes:
    body = f"twindeck/1 {rec_id}\n{size}\n{base64.b64encode(root).decode()}\ntime {rec['time']}\n"
    if rec["type"] == "seal" or "end" in rec:
        body += f"seal frames={rec['frames']} end={rec['end']}\n"
    return body.encode("ascii")


def independent_verify(path: Path) -> str:
    """'intact' or the first reason it is not; never trusts a field it can recompute."""
    log, audio, redacted = _read(path)
    silenced = 0
    if not log.endswith(b"\n"):
        return "log does not end with a whole line"
    lines = log.split(b"\n")[:-1]
    records = [json.loads(line) for line in lines]
    for line, rec in zip(lines, records, strict=True):
        canonical = json.dumps(rec, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        if canonical.encode() != line:
            return "a line is not canonical JSON"
    header = records[0]
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(header["key"]["public"]))
    fmt = header["audio"]
    frame_bytes = BYTES_PER_SAMPLE[fmt["encoding"]] * fmt["channels"]
    leaves: list[bytes] = []
    frames = segments = 0
    seal: dict[str, Any] | None = None
    bodies: dict[int, bytes] = {}
    for line, rec in zip(lines, records, strict=True):
        if seal is not None and rec["type"] not in ("countersignature", "timestamp"):
            return "a record after the seal"
        if rec["type"] in ("header", "segment", "event"):
            if rec["n"] != len(leaves):
                return f"leaf {len(leaves)} is numbered {rec['n']}"
            leaves.append(hashlib.sha256(b"\x00" + line).digest())
        if rec["type"] == "segment":
            if rec["index"] != segments or rec["offset_frames"] != frames:
                return f"segment {segments} out of place"
            pcm = audio[frames * frame_bytes : (frames + rec["frames"]) * frame_bytes]
            prefix = (
                f"twindeck-pcm/1 {fmt['encoding']} {fmt['rate_hz']} {fmt['channels']} "
                f"{frames} {rec['frames']}\n"
            )
            if hashlib.sha256(prefix.encode() + pcm).hexdigest() != rec["pcm_sha256"]:
                if segments not in redacted or pcm.strip(b"\0"):
                    return f"segment {segments} audio changed"
                silenced += 1  # declared, and digital silence
            segments, frames = segments + 1, frames + rec["frames"]
        elif rec["type"] in ("checkpoint", "seal"):
            root = _mth(leaves[: rec["tree_size"]])
            if rec["tree_size"] != len(leaves) or root.hex() != rec["root"]:
                return f"{rec['type']} root does not match the leaves"
            body = _signed_body(header["recording_id"], len(leaves), root, rec)
            try:
                public.verify(base64.b64decode(rec["signature"]), body)
            except InvalidSignature:
                return f"{rec['type']} signature invalid"
            bodies[rec["tree_size"]] = body
            if rec["type"] == "seal":
                seal = rec
        elif rec["type"] == "countersignature":
            other = Ed25519PublicKey.from_public_bytes(base64.b64decode(rec["key"]))
            try:
                signed = bodies[rec["tree_size"]] + f"countersigner {rec['name']}\n".encode()
                other.verify(base64.b64decode(rec["signature"]), signed)
            except (InvalidSignature, KeyError):
                return "countersignature invalid"
    if seal is None:
        return "not sealed"
    if seal["frames"] != frames or len(audio) != frames * frame_bytes:
        return "audio length differs from the seal"
    bits = int.from_bytes(bytes.fromhex(seal["root"])[:8], "big") >> 4  # first 60 bits
    code = "".join(CROCKFORD[(bits >> (55 - 5 * i)) & 31] for i in range(12))
    if seal["code"] != f"{code[:4]}-{code[4:8]}-{code[8:]}":
        return "seal code does not match the root"
    return "redacted" if silenced else "intact"


@pytest.mark.parametrize("case", CASES)
def test_independent_verifier_agrees(case: str) -> None:
    want = expected(case)
    path = VECTORS / case / want["file"]
    outcome = independent_verify(path)
    if want["verdict"] == "redacted":
        assert outcome == "redacted"
    elif want["verdict"] == "intact":
        assert outcome == "intact"
        log, _, _ = _read(path)
        leaves = [
            hashlib.sha256(b"\x00" + line).hexdigest()
            for line in log.split(b"\n")[:-1]
            if json.loads(line)["type"] in ("header", "segment", "event")
        ]
        assert leaves == want["leaf_hashes"]
        seal = json.loads(log.split(b"\n")[-2 if case != "valid-countersigned" else -3])
        assert (seal["root"], seal["code"], seal["frames"]) == (
            want["root"],
            want["seal_code"],
            want["frames"],
        )
    else:
        assert outcome != "intact"
