"""The data disc image, read back with isoinfo (genisoimage, a reader we did not write): the
single-file copy on it verifies, the WAV is the recording's samples, verify.html is there."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from conftest import Made
from twindeck.cli import main
from twindeck.seal import verify_recording


def isoinfo(iso: Path, *args: str) -> bytes:
    return subprocess.run(
        ["isoinfo", "-i", str(iso), *args], capture_output=True, check=True
    ).stdout


def test_a_data_disc_with_everything_to_check_and_play(
    rec: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    iso = tmp_path / "copy.iso"
    assert main(["export", str(rec.path), "--to", str(iso)]) == 0
    listing = isoinfo(iso, "-J", "-f").decode()
    names = {line.strip("/") for line in listing.split()}
    assert names == {"assessment.twindeck.zip", "assessment.wav", "seal-certificate.pdf",
                     "verify.html", "README.txt"}  # fmt: skip
    for name in ("assessment.twindeck.zip", "assessment.wav", "verify.html"):
        (tmp_path / name).write_bytes(isoinfo(iso, "-J", "-x", f"/{name}"))
    assert verify_recording(tmp_path / "assessment.twindeck.zip").seal_code == rec.seal.code  # type: ignore[union-attr]
    audio, _ = sf.read(str(tmp_path / "assessment.wav"), dtype="int16")
    assert np.array_equal(audio, np.frombuffer(rec.pcm, "<i2"))
    assert "TD.Verifier" in (tmp_path / "verify.html").read_text()
    readme = isoinfo(iso, "-J", "-x", "/README.txt").decode()
    assert rec.seal.code in readme  # type: ignore[union-attr]
    assert main(["export", str(rec.path), "--to", str(iso)]) == 2  # never overwrites
