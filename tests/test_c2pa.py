"""Content Credentials in an exported WAV, validated by the C2PA library's own reader: valid, the
seal named in it, tampering reported; the samples stay exact and still verify against the seal."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import Made
from twindeck.cli import main
from twindeck.export.c2pa_wav import ASSERTION, read_manifest


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def test_wav_with_content_credentials(rec: Made, tmp_path: Path, _home: Path) -> None:
    wav = tmp_path / "copy.wav"
    assert main(["export", str(rec.path), "--to", str(wav), "--c2pa"]) == 0
    data = read_manifest(wav)
    assert data["validation_state"] == "Valid"
    codes = [s["code"] for s in data.get("validation_status", [])]  # type: ignore[union-attr]
    assert codes == ["signingCredential.untrusted"]  # our own root is in no public trust list
    (manifest,) = data["manifests"].values()  # type: ignore[union-attr]
    seal = next(a["data"] for a in manifest["assertions"] if a["label"] == ASSERTION)
    assert seal["seal_code"] == rec.seal.code  # type: ignore[union-attr]
    assert (_home / "keys" / "c2pa-device-key.pem").stat().st_mode & 0o777 == 0o600
    assert main(["verify", str(rec.path), "--audio", str(wav)]) == 0  # the samples are exact

    raw = bytearray(wav.read_bytes())
    raw[raw.find(b"data") + 8 + 5000] ^= 1
    wav.write_bytes(bytes(raw))
    tampered = read_manifest(wav)
    assert tampered["validation_state"] == "Invalid"
    assert "assertion.dataHash.mismatch" in [s["code"] for s in tampered["validation_status"]]  # type: ignore[union-attr,index]
    assert main(["verify", str(rec.path), "--audio", str(wav)]) == 1  # and the seal says where

    assert main(["export", str(rec.path), "--to", str(tmp_path / "x.flac"), "--c2pa"]) == 2
    assert not (tmp_path / "x.flac").exists()
