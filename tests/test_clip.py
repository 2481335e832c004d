"""Clips: an excerpt proves itself part of the sealed recording, and cannot claim more."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from conftest import Made, make_recording
from twindeck.cli import main
from twindeck.seal.clip import make_clip, verify_clip

RATE = 8000
SEG = RATE * 2  # bytes in a one-second s16le mono segment


def read(clip: Path) -> tuple[dict[str, Any], bytes]:
    with zipfile.ZipFile(clip) as z:
        return json.loads(z.read("clip.json")), z.read("audio.pcm")


def write(clip: Path, data: dict[str, Any], audio: bytes) -> None:
    clip.unlink()
    with zipfile.ZipFile(clip, "w") as z:
        z.writestr("clip.json", json.dumps(data))
        z.writestr("audio.pcm", audio)


@pytest.fixture
def clip(rec: Made, tmp_path: Path) -> Path:
    target = tmp_path / "clip.twindeck.zip"
    make_clip(rec.path, 4.5, 8.2, target)
    return target


def test_a_clip_verifies_on_its_own(rec: Made, clip: Path) -> None:
    r = verify_clip(clip)
    assert r.verdict == "intact", r.problems
    assert (r.start_s, r.end_s, r.segments) == (4.0, 9.0, 5)  # widened to whole segments
    assert r.recording_s == 35.0 and r.seal_code == rec.seal.code  # type: ignore[union-attr]
    assert r.summary() == f"a genuine excerpt of recording {r.seal_code}, 0:04.0–0:09.0 of 0:35.0"
    assert [(k, t) for k, t, _ in r.events] == [("note", 5.0)]
    _, audio = read(clip)
    assert audio == rec.pcm[4 * SEG : 9 * SEG]


def test_a_changed_sample_is_named(clip: Path) -> None:
    data, audio = read(clip)
    b = bytearray(audio)
    b[2 * SEG + 10] ^= 1
    write(clip, data, bytes(b))
    r = verify_clip(clip)
    assert not r.ok and r.problems == ["segment 6 (0:06.0): the audio differs from what was sealed"]


def test_a_clip_cannot_be_stretched(rec: Made, clip: Path) -> None:
    data, audio = read(clip)
    write(clip, data, audio + rec.pcm[9 * SEG : 10 * SEG])  # audio beyond what is proven
    assert any("proven segments hold" in p for p in verify_clip(clip).problems)
    # a segment line added without a proof that fits
    full = (rec.path / "log.jsonl").read_text().splitlines()
    extra = next(line for line in full if '"index":9,' in line)
    data["leaves"].append({"line": extra, "proof": data["leaves"][-1]["proof"]})
    write(clip, data, audio + rec.pcm[9 * SEG : 10 * SEG])
    assert any("leaf" in p and "not proven" in p for p in verify_clip(clip).problems)


def test_a_hole_in_the_middle_is_refused(clip: Path) -> None:
    data, audio = read(clip)
    segs = [e for e in data["leaves"] if '"type":"segment"' in e["line"]]
    data["leaves"].remove(segs[2])
    write(clip, data, audio[: 2 * SEG] + audio[3 * SEG :])
    problems = verify_clip(clip).problems
    assert any("not consecutive" in p for p in problems), problems


def test_another_seal_or_key_does_not_fit(rec: Made, clip: Path, tmp_path: Path) -> None:
    other = make_recording(tmp_path / "other.twindeck", seed=5)
    data, audio = read(clip)
    data["seal"] = (other.path / "log.jsonl").read_text().splitlines()[-1]
    write(clip, data, audio)
    problems = verify_clip(clip).problems
    assert problems[0] == "the seal's signature is not valid for the recording's key"
    assert "leaf 6 (segment) is not proven part of the sealed recording" in problems
    assert "the header is not proven to be leaf 0 of the sealed recording" in problems
    assert problems[-1] == "the clip proves no audio"


def test_countersignatures_travel_with_the_clip(rec: Made, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from twindeck.seal.countersign import add_countersignature, sealed_body
    from twindeck.seal.log import countersign_body

    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    _, body = sealed_body(rec.path)
    add_countersignature(rec.path, public, key.sign(countersign_body(body, "HP")), "HP")
    target = tmp_path / "c.twindeck.zip"
    r = make_clip(rec.path, 30, 40, target)
    assert r.ok and [n for n, _ in r.countersignatures] == ["HP"]
    assert [k for k, _, _ in r.events] == ["stop"]  # the clip runs to the end


def test_cli_clip_and_verify(rec: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "c.twindeck.zip"
    assert (
        main(["clip", str(rec.path), "--start", "0:20", "--end", "0:22.5", "--to", str(target)])
        == 0
    )
    assert "0:20.0–0:23.0 of 0:35.0" in capsys.readouterr().out
    assert main(["verify", str(target)]) == 0
    out = capsys.readouterr().out
    assert "INTACT CLIP" in out and "note  claimant says" in out
    assert main(["verify", str(target), "--code", "0000-0000-0000"]) == 1
    assert "not the 0000-0000-0000" in capsys.readouterr().out
    assert main(["verify", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["schema"] == "twindeck.verify-clip/1"
    assert (
        main(
            [
                "clip",
                str(rec.path),
                "--start",
                "0:40",
                "--end",
                "0:50",
                "--to",
                str(tmp_path / "x.twindeck.zip"),
            ]
        )
        == 2
    )
    assert (
        main(
            [
                "clip",
                str(rec.path),
                "--start",
                "soon",
                "--end",
                "0:50",
                "--to",
                str(tmp_path / "y.twindeck.zip"),
            ]
        )
        == 2
    )
    assert (
        main(["clip", str(rec.path), "--start", "0:01", "--end", "0:02", "--to", str(target)]) == 1
    )  # exists
