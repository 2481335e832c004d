"""Cases: dates, deadlines, letters read back by independent readers (pdftotext; the .docx's own
XML with the standard library), the calendar, linked recordings, and deletion."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from conftest import Made
from twindeck.cli import main


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def new_case(capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["case", "new", "Jane's PIP claim", "--benefit", "pip", "--provider", "Capita",
                 "--claimant", "Jane Example", "--address", "1 High Street\nCardiff",
                 "--reference", "AB123456C"]) == 0  # fmt: skip
    found = re.search(r"Case (\w{6}):", capsys.readouterr().out)
    assert found
    return found[1]


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode()
    return " ".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))


def test_case_dates_deadlines_and_letters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], _home: Path
) -> None:
    case = new_case(capsys)
    assert (_home / "twindeck.sqlite").stat().st_mode & 0o777 == 0o600
    decision = dt.date.today() - dt.timedelta(days=3)
    assert main(["case", "date", case.lower(), "--decision", decision.strftime("%d/%m/%Y"),
                 "--assessment", "3rd March 2026"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "The assessment: Tuesday 3 March 2026" in out
    assert "Mandatory reconsideration request:" in out and "OVERDUE" not in out.split("\n")[2]

    letters = {}
    for kind, suffix in (("notice", "pdf"), ("sar", "docx"), ("mr", "docx"), ("consent", "pdf")):
        target = tmp_path / f"{kind}.{suffix}"
        assert main(["case", "letter", case, kind, "--to", str(target)]) == 0
        if suffix == "pdf":
            letters[kind] = subprocess.run(
                ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
            ).stdout.replace("\n", " ")
        else:
            letters[kind] = docx_text(target)
    assert "I will make an audio recording of the whole assessment" in letters["notice"]
    assert "Tuesday 3 March 2026" in letters["notice"] and "Jane Example" in letters["notice"]
    assert "To: Capita" in letters["notice"]
    assert "Article 15 of the UK GDPR" in letters["sar"] and "scoring sheet" in letters["sar"]
    assert "AB123456C" in letters["sar"]
    assert "within one month of that decision" in letters["mr"]
    assert "[the findings, with their times in the recording]" in letters["mr"]
    assert "complete and accurate record" in letters["consent"]

    ics = tmp_path / "deadlines.ics"
    assert main(["case", "calendar", case, "--to", str(ics)]) == 0
    assert ics.read_text().count("BEGIN:VEVENT") == 2
    assert main(["case", "calendar", case, "--to", str(ics)]) == 2  # never overwrites

    assert main(["case", "list"]) == 0
    assert "Jane's PIP claim  — Mandatory reconsideration request" in capsys.readouterr().out


def test_recordings_are_verified_before_they_join_a_case(
    rec: Made, capsys: pytest.CaptureFixture[str]
) -> None:
    case = new_case(capsys)
    assert main(["case", "add", case, str(rec.path)]) == 0
    assert main(["case", "show", case]) == 0
    assert f"(seal code {rec.seal.code})" in capsys.readouterr().out  # type: ignore[union-attr]
    audio = bytearray((rec.path / "audio.pcm").read_bytes())
    audio[100] ^= 1
    (rec.path / "audio.pcm").write_bytes(bytes(audio))
    assert main(["case", "add", case, str(rec.path)]) == 1


def test_bad_input_and_deleting(rec: Made, capsys: pytest.CaptureFixture[str]) -> None:
    case = new_case(capsys)
    assert main(["case", "add", case, str(rec.path)]) == 0
    transcript = rec.path.with_name("assessment.transcript.json")
    transcript.write_text("{}")
    assert main(["case", "date", case, "--decision", "03/13/2026"]) == 2  # no US order
    assert "not a real date" in capsys.readouterr().err
    assert main(["case", "show", "ZZZZZZ"]) == 2
    assert main(["case", "delete", case]) == 2
    assert "add --yes" in capsys.readouterr().err
    assert main(["case", "delete", case, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "2 file(s) overwritten and removed" in out and "What may remain elsewhere" in out
    assert not rec.path.exists() and not transcript.exists()
    assert main(["case", "show", case]) == 2


def test_export_and_import_a_case_with_its_recordings(
    rec: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case = new_case(capsys)
    assert main(["case", "date", case, "--decision", "31/01/2026"]) == 0
    assert main(["case", "add", case, str(rec.path)]) == 0
    bundle = tmp_path / "jane.twindeck-case.zip"
    assert main(["case", "export", case, "--to", str(bundle)]) == 0
    capsys.readouterr()

    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "adviser"))  # another person's machine
    assert main(["case", "import", str(bundle)]) == 0
    out = capsys.readouterr().out
    assert f"intact (seal code {rec.seal.code})" in out  # type: ignore[union-attr]
    new_id = re.search(r"Imported case (\w{6})", out)[1]  # type: ignore[index]
    assert main(["case", "show", new_id]) == 0
    shown = capsys.readouterr().out
    assert "Saturday 31 January 2026" in shown and str(tmp_path / "adviser") in shown

    # an altered recording inside a case file is reported first, and not linked
    with zipfile.ZipFile(bundle) as z:
        members = {n: z.read(n) for n in z.namelist()}
    name = next(n for n in members if n.startswith("recordings/"))
    inner = tmp_path / "inner.zip"
    inner.write_bytes(members[name])
    with zipfile.ZipFile(inner) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    audio = bytearray(parts["audio.pcm"])
    audio[999] ^= 1
    parts["audio.pcm"] = bytes(audio)
    with zipfile.ZipFile(inner, "w") as z:
        for n, d in parts.items():
            z.writestr(n, d)
    members[name] = inner.read_bytes()
    bad = tmp_path / "bad.twindeck-case.zip"
    with zipfile.ZipFile(bad, "w") as z:
        for n, d in members.items():
            z.writestr(n, d)
    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "third"))
    assert main(["case", "import", str(bad)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("PROBLEM: ") and "TAMPERED" in out
