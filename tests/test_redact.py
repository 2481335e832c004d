"""Redacted copies: silenced passages are declared with reasons; everything else still verifies
against the original seal, and a redaction cannot hide any other change."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from conftest import Made
from twindeck.cli import main
from twindeck.seal import verify_recording
from twindeck.seal.redact import redact_recording

SEG = 8000 * 2


def rewrite(path: Path, **members: bytes) -> None:
    with zipfile.ZipFile(path) as z:
        data = {n: z.read(n) for n in z.namelist()}
    data.update(members)
    path.unlink()
    with zipfile.ZipFile(path, "w") as z:
        for name, content in data.items():
            z.writestr(name, content)


def test_a_redacted_copy_verifies_except_what_it_declares(rec: Made, tmp_path: Path) -> None:
    copy = tmp_path / "shared.twindeck.zip"
    report = redact_recording(rec.path, [(3.2, 5.5, "a third party's name")], copy)
    assert report.verdict == "redacted" and report.ok
    assert report.seal_code == rec.seal.code  # type: ignore[union-attr]
    assert report.redactions == [
        {"first": 3, "last": 5, "start_s": 3.0, "end_s": 6.0, "reason": "a third party's name"}
    ]
    with zipfile.ZipFile(copy) as z:
        audio = z.read("audio.pcm")
    assert audio[3 * SEG : 6 * SEG] == bytes(3 * SEG)
    assert audio[: 3 * SEG] == rec.pcm[: 3 * SEG] and audio[6 * SEG :] == rec.pcm[6 * SEG :]

    again = tmp_path / "twice.twindeck.zip"
    report = redact_recording(copy, [(20, 21, "an address")], again)
    assert [r["reason"] for r in report.redactions] == ["a third party's name", "an address"]


def test_redaction_cannot_hide_other_changes(rec: Made, tmp_path: Path) -> None:
    copy = tmp_path / "shared.twindeck.zip"
    redact_recording(rec.path, [(3.2, 5.5, "a name")], copy)
    with zipfile.ZipFile(copy) as z:
        audio = bytearray(z.read("audio.pcm"))
    audio[4 * SEG + 10] = 1  # "silence" that is not silent
    audio[10 * SEG + 10] ^= 1  # and a change outside the redaction
    rewrite(copy, **{"audio.pcm": bytes(audio)})
    report = verify_recording(copy)
    assert report.verdict == "tampered"
    assert [(p.code, p.segment) for p in report.problems] == [
        ("segment_changed", 4),
        ("segment_changed", 10),
    ]
    # declaring a redaction where nothing was silenced changes nothing
    rewrite(copy, **{"redactions.json": b"{oops"})
    assert any("redactions.json is malformed" in p.message for p in verify_recording(copy).problems)


def test_cli_redact(rec: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "s.twindeck.zip"
    assert main(["redact", str(rec.path), "--start", "0:10", "--end", "0:11.5",
                 "--reason", "GP's phone number", "--to", str(copy)]) == 0  # fmt: skip
    assert "silenced 0:10.0–0:12.0: GP's phone number" in capsys.readouterr().out
    assert main(["verify", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "INTACT EXCEPT REDACTED PASSAGES" in out and "reason given: GP's phone number" in out
    assert main(["verify", str(copy), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "redacted" and data["redactions"][0]["first"] == 10
    assert main(["redact", str(rec.path), "--start", "0:10", "--end", "0:11",
                 "--reason", " ", "--to", str(tmp_path / "x.twindeck.zip")]) == 2  # fmt: skip
