"""The report check end to end: a spoken two-voice assessment (espeak-ng, one voice per channel),
sealed, transcribed by the real model, and a report that departs from it in known ways."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from twindeck.cli import main
from twindeck.report.statements import qualifiers, quantities, split_statements

RATE = 22050
DIALOGUE = [
    ("en-gb", "How far can you walk?"),
    ("en-us", "About twenty metres, then I have to stop and rest because of the pain."),
    ("en-gb", "Do you cook for yourself?"),
    ("en-us", "My daughter helps me. I cannot stand at the cooker for long."),
    ("en-gb", "What medication do you take?"),
    ("en-us", "I take codeine every morning."),
]
REPORT = """Consultation started at 10:00 and finished at 10:45.
She states she can walk 200 metres without difficulty.
She reports that she cooks a meal for herself every day.
She states she goes swimming three times a week.
She takes codeine every morning.
She sat comfortably throughout the 45 minute consultation."""


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "home"))


def speak(voice: str, text: str) -> np.ndarray:
    wav = subprocess.run(["espeak-ng", "-v", voice, "-s", "140", "--stdout", text],
                         capture_output=True, check=True).stdout  # fmt: skip
    return np.frombuffer(wav[44:], "<i2").astype(np.float64) / 32768


def test_statements_and_quantities() -> None:
    st = split_statements(REPORT)
    assert len(st) == 6 and st[1].reported and st[5].observation
    assert [(q.kind, q.value) for q in st[1].quantities] == [("distance", 200.0)]
    assert [(q.kind, q.value) for q in quantities("about twenty metres")] == [("distance", 20.0)]
    assert [(q.kind, q.value) for q in quantities("three times a week")] == [("frequency", 3.0)]
    assert qualifiers("I have to stop and rest because of the pain") == ["pain", "rest"]


@pytest.mark.slow
def test_report_check_finds_each_planted_departure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    t = 0.0
    parts: list[tuple[int, float, np.ndarray]] = []
    for voice, text in DIALOGUE:
        speech = speak(voice, text)
        parts.append((0 if voice == "en-gb" else 1, t, speech))
        t += speech.size / RATE + 0.6
    audio = np.zeros((int((t + 0.5) * RATE), 2))
    for channel, at, speech in parts:
        start = int(at * RATE)
        audio[start : start + speech.size, channel] = speech
    sf.write(str(tmp_path / "a.wav"), audio, RATE, subtype="PCM_16")
    rec = tmp_path / "a.twindeck"
    assert main(["record", str(rec), "--input", str(tmp_path / "a.wav")]) == 0
    assert main(["transcribe", str(rec)]) == 0
    (tmp_path / "pa4.txt").write_text(REPORT)
    capsys.readouterr()
    assert main(["report", "add", str(rec), str(tmp_path / "pa4.txt")]) == 0
    assert "6 statements, 3 of reported speech, 3 with numbers" in capsys.readouterr().out
    assert main(["report", "check", str(rec), "--all"]) == 0
    out = capsys.readouterr().out
    findings = json.loads((tmp_path / "a.findings.json").read_text())["findings"]
    kinds = {
        f["statement_index"]: {
            g["kind"] for g in findings if g["statement_index"] == f["statement_index"]
        }
        for f in findings
    }
    assert "impossible" in kinds[0]  # a 45-minute consultation in a recording of seconds
    assert "number_changed" in kinds[1]  # 200 m vs "about twenty metres"
    assert "qualifier_dropped" in kinds[2] or "qualifier_dropped" in kinds[1]
    assert "never_said" in kinds[3]  # swimming was never mentioned
    assert kinds[4] == {"supported"}  # codeine
    assert "impossible" in kinds[5]
    first = findings[0]
    assert first["kind"] == "number_changed"  # 200 m vs 20 m crosses the PIP thresholds: first
    assert re.search(r"(twenty|20) met(re|er)s", first["passage"]["text"].lower())
    assert "1. NUMBER CHANGED: She states she can walk 200 metres" in out

    # the bundle: numbered pages, read back by pdftotext; a clip per finding that verifies
    never = next(
        i
        for i, f in enumerate(findings, 1)
        if f["kind"] == "never_said" and "swimming" in f["statement"]
    )
    assert main(["report", "reject", str(rec), str(never)]) == 0
    pdf = tmp_path / "evidence.pdf"
    assert main(["bundle", str(rec), "--to", str(pdf)]) == 0
    words = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout  # fmt: skip
    pages = words.count("\f")
    assert (
        f"page {pages} of {pages}" in words.replace("\n", " ")
        or f"page {pages} of {pages}" in words
    )
    assert "Finding 1. A number was changed" in words and "200 metres" in words
    assert "swimming" not in words.split("Draft: request")[0]  # the rejected finding is left out
    assert "Draft: request for mandatory reconsideration" in words
    assert main(["bundle", str(rec), "--to", str(tmp_path / "evidence.docx")]) == 0
    import zipfile

    with zipfile.ZipFile(tmp_path / "evidence.docx") as z:
        xml = z.read("word/document.xml").decode()
    assert "A number was changed" in xml and "Draft: request for mandatory reconsideration" in xml
    clips = sorted((tmp_path / "evidence-clips").glob("*.twindeck.zip"))
    assert clips and main(["verify", str(clips[0])]) == 0
    assert "INTACT CLIP" in capsys.readouterr().out


def test_reports_are_read_from_pdf_docx_and_scans(tmp_path: Path) -> None:
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont

    from twindeck.errors import UnusableInput
    from twindeck.report.statements import read_report

    text = "She states she can walk 200 metres without difficulty."
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 6, text)
    pdf.output(str(tmp_path / "typed.pdf"))
    assert "walk 200 metres" in read_report(tmp_path / "typed.pdf")

    import docx

    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(tmp_path / "r.docx"))
    assert text in read_report(tmp_path / "r.docx")

    # a scan: the sentence as pixels only, no text layer
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    image = Image.new("L", (2000, 200), 255)
    ImageDraw.Draw(image).text((40, 60), text, font=font, fill=0)
    image.save(tmp_path / "scan.png")
    scan = FPDF()
    scan.add_page()
    scan.image(str(tmp_path / "scan.png"), x=10, y=10, w=190)
    scan.output(str(tmp_path / "scan.pdf"))
    assert "walk 200 metres" in read_report(tmp_path / "scan.pdf")

    (tmp_path / "junk.pdf").write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(UnusableInput):
        read_report(tmp_path / "junk.pdf")


def test_distances_are_tied_to_the_descriptors_they_decide() -> None:
    from twindeck.report.descriptors import compare_distances, for_distance

    assert [for_distance(m).letter for m in (0.5, 15, 20, 30, 50, 120, 200, 250)] == [
        "f", "e", "e", "c", "c", "b", "b", "a",
    ]  # fmt: skip
    assert [for_distance(m, "WCA").points for m in (30, 80, 150, 300)] == [15, 9, 6, 0]
    worth = compare_distances(200, 20)
    assert worth is not None
    assert "PIP 12 Moving around: the report's distance gives descriptor b (4 points)" in worth
    assert "what was said gives e (12 points)" in worth and "WCA 1 Mobilising" in worth
    assert compare_distances(300, 250) is None  # no descriptor changes
