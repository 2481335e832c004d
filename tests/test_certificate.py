"""The seal certificate, read back by tools we did not write: poppler's pdftotext for the words,
pdftoppm + zbarimg for the QR code."""

from __future__ import annotations

import dataclasses
import json
import subprocess
from pathlib import Path

import pytest

from conftest import Made, make_recording
from twindeck.cli import main
from twindeck.export import certificate
from twindeck.qr import seal_text
from twindeck.seal import Report, verify_recording
from twindeck.seal.verify import Countersignature


def read_back(pdf: Path, tmp_path: Path) -> tuple[str, str, int]:
    """(pdftotext's words, zbarimg's QR payload from pdftoppm's render, pages)."""
    words = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    page = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(page)], check=True
    )
    qr = subprocess.run(
        ["zbarimg", "-q", "--raw", f"{page}.png"], capture_output=True, text=True, check=True
    ).stdout.strip()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])
    return words, qr, pages


def test_certificate_words_and_qr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = make_recording(
        tmp_path / "a.twindeck",
        seconds=12,
        meta={
            "title": "Asesiad PIP — Caerdydd ✓",
            "assessment": "pip",
            "present": ["Claimant"],
            "case": "PIP-2026-0042 评估",
        },
    )
    pdf = tmp_path / "seal.pdf"
    assert main(["certificate", str(made.path), "--to", str(pdf)]) == 0
    report = verify_recording(made.path)
    words, qr, pages = read_back(pdf, tmp_path)
    for expected in (
        report.seal_code,
        report.key_fingerprint,
        report.recording_id,
        "Asesiad PIP",
        "Personal Independence Payment (PIP)",
        f"twindeck verify <the copy> --code {report.seal_code}",
        "1 of 1 signed during the recording",
        "Case reference",
        "PIP-2026-0042 评估",  # Chinese from the fallback font, not dropped
        "24 November 2026, 10:02:11 UTC",
        "INTACT - complete and unchanged",
        "cannot prove when or where it was made",
    ):
        assert expected in words, expected
    assert qr == seal_text(report.recording_id, report.tree_size, report.root) and pages == 1
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


def test_the_longest_details_still_fit_one_page(made_report: Report, tmp_path: Path) -> None:
    """Every value at its longest, hundreds of countersignatures: one page, QR still readable."""
    r = made_report
    long = "Ŵ评" * 150
    meta = {
        "title": long, "case": long, "place": long, "date": long, "assessment": "wca",
        "present": [long[:100]] * 10, **{f"extra_{i}": {"nested": long} for i in range(7)},
    }  # fmt: skip
    signers = [
        Countersignature(size, f"KEY{d}-AAAA-BBBB-CCCC-DDDD", f"{long[:100]} {d}", True)
        for d in range(5)
        for size in [*(s for s in range(1, 361) if s != r.tree_size), r.tree_size]
    ]
    redactions = [
        {"first": i, "last": i, "start_s": i, "end_s": i + 1, "reason": long} for i in range(9)
    ]
    big = dataclasses.replace(
        r,
        meta=meta,
        countersignatures=signers,
        timestamps=361,
        timestamp_checks=["sealed no later than 2026-11-24 10:03:00 UTC, attested by " + long]
        + ["checkpoint existed no later than ..."] * 360,
        redactions=redactions,
        verdict="redacted",
    )
    pdf = tmp_path / "big.pdf"
    certificate.write_certificate(big, "a" * 250 + ".twindeck.zip", pdf)
    words, qr, pages = read_back(pdf, tmp_path)
    assert pages == 1 and qr == seal_text(r.recording_id, r.tree_size, r.root)
    for expected in (
        r.seal_code,
        r.key_fingerprint,
        "REDACTED - unchanged",
        "5 devices: ",
        "9 passages silenced: 0:00.0-0:01.0",
        "(the seal and 359 checkpoints)",
        "361 RFC 3161 tokens",
        "QR code: TWINDECK",
    ):
        assert expected in " ".join(words.split()), expected  # fmt: skip


def test_latin_1_only_without_dejavu(
    made_report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(certificate, "FONT_PATHS", ())
    meta = {"title": "Café — 评估 ✓\u0007", "case": "Ωμέγα", "ξ_key": "x" * 10**6}
    r = dataclasses.replace(made_report, meta=meta, timestamps=2)
    pdf = tmp_path / "latin.pdf"
    certificate.write_certificate(r, "a.twindeck", pdf)
    words, qr, pages = read_back(pdf, tmp_path)
    assert "Café ? ?? ?" in words and "????" in words and r.seal_code in words
    assert "? key" in words and "2 RFC 3161 tokens (check them with" in words
    assert pages == 1 and qr == seal_text(r.recording_id, r.tree_size, r.root)


def test_a_forged_timestamp_means_no_certificate(
    rec: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """verify would call it tampered (the token is checked outside the core): so does this."""
    report = verify_recording(rec.path)
    record = {
        "token": "AAAA",
        "tree_size": report.tree_size,
        "tsa": "http://tsa",
        "type": "timestamp",
    }
    with open(rec.path / "log.jsonl", "a") as log:
        log.write(json.dumps(record, sort_keys=True, separators=(",", ":")) + "\n")
    assert main(["verify", str(rec.path)]) == 1
    capsys.readouterr()
    assert main(["certificate", str(rec.path), "--to", str(tmp_path / "x.pdf")]) == 1
    assert "only for an intact recording" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


@pytest.fixture
def made_report(rec: Made) -> Report:
    return verify_recording(rec.path)
