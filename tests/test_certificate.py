"""The seal certificate, read back by tools we did not write: poppler's pdftotext for the words,
pdftoppm + zbarimg for the QR code."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from conftest import Made, make_recording
from twindeck.cli import main
from twindeck.qr import seal_text
from twindeck.seal import verify_recording


def test_certificate_words_and_qr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = make_recording(
        tmp_path / "a.twindeck",
        seconds=12,
        meta={"title": "Asesiad PIP — Caerdydd ✓", "assessment": "pip", "present": ["Claimant"]},
    )
    pdf = tmp_path / "seal.pdf"
    assert main(["certificate", str(made.path), "--to", str(pdf)]) == 0
    report = verify_recording(made.path)
    words = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        report.seal_code,
        report.key_fingerprint,
        report.recording_id,
        "Asesiad PIP",
        "Personal Independence Payment (PIP)",
        f"twindeck verify <the copy> --code {report.seal_code}",
        "1 of 1 signed during the recording",
    ):
        assert expected in words, expected
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    qr = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "page.png")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert qr == seal_text(report.recording_id, report.tree_size, report.root)
    assert main(["certificate", str(made.path), "--to", str(pdf)]) == 1  # never overwrites


def test_no_certificate_for_an_altered_recording(
    rec: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    audio = bytearray((rec.path / "audio.pcm").read_bytes())
    audio[5000] ^= 1
    (rec.path / "audio.pcm").write_bytes(bytes(audio))
    assert main(["certificate", str(rec.path), "--to", str(tmp_path / "x.pdf")]) == 1
    assert "only for an intact recording" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
