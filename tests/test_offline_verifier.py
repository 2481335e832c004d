"""verify.html, the self-contained offline verifier, in real Chromium against every known-answer
vector: a second implementation of docs/format.md (JavaScript, WebCrypto) agreeing with the
first."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from twindeck.cli import main

pytestmark = pytest.mark.slow
VECTORS = Path(__file__).resolve().parent.parent / "spec" / "vectors"
CASES = sorted(p.name for p in VECTORS.iterdir() if (p / "expected.json").exists())


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (scripts/install --dev installs it)")
    from playwright.sync_api import sync_playwright

    html = tmp_path_factory.mktemp("page") / "verify.html"
    assert main(["verifier", "--to", str(html)]) == 0
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium, args=["--headless=new", "--no-sandbox", "--disable-gpu"]
        )
        context = browser.new_context(offline=True)  # it must work with no network at all
        pg = context.new_page()
        pg.goto(html.as_uri())
        yield pg
        browser.close()


def as_zip(case: str, tmp: Path) -> Path:
    """The vector as a single file (folder vectors are zipped exactly as twindeck packs them)."""
    expected = json.loads((VECTORS / case / "expected.json").read_text())
    source = VECTORS / case / expected["file"]
    if source.is_file():
        return source
    target = tmp / f"{case}.twindeck.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as z:
        for name in ("log.jsonl", "audio.pcm"):
            z.write(source / name, name)
    return target


@pytest.mark.parametrize("case", CASES)
def test_verify_html_agrees_with_every_vector(page: object, case: str, tmp_path: Path) -> None:
    want = json.loads((VECTORS / case / "expected.json").read_text())["verdict"]
    page.evaluate("document.getElementById('result').replaceChildren()")  # type: ignore[attr-defined]
    page.set_input_files("#file", str(as_zip(case, tmp_path)))  # type: ignore[attr-defined]
    page.wait_for_selector("#verdict[data-verdict]:not([data-verdict=''])")  # type: ignore[attr-defined]
    got = page.get_attribute("#verdict", "data-verdict")  # type: ignore[attr-defined]
    text = page.inner_text("#result")  # type: ignore[attr-defined]
    assert got == want, text
    if want == "intact":
        code = json.loads((VECTORS / case / "expected.json").read_text())["seal_code"]
        assert code in text
    if want == "redacted":
        assert "a third party's name" in text
    if case == "valid-countersigned":
        assert "assessor's laptop" in text


def test_verify_html_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "verify.html"
    target.write_text("mine")
    assert main(["verifier", "--to", str(target)]) == 1
    assert target.read_text() == "mine"


def test_verify_html_checks_clips(page: object, tmp_path: Path) -> None:
    from conftest import make_recording
    from twindeck.seal.clip import make_clip

    rec = make_recording(tmp_path / "assessment.twindeck")
    clip = tmp_path / "clip.twindeck.zip"
    make_clip(rec.path, 4.5, 8.2, clip)
    page.evaluate("document.getElementById('result').replaceChildren()")  # type: ignore[attr-defined]
    page.set_input_files("#file", str(clip))  # type: ignore[attr-defined]
    page.wait_for_selector("#verdict[data-verdict]:not([data-verdict=''])")  # type: ignore[attr-defined]
    text = page.inner_text("#result")  # type: ignore[attr-defined]
    assert page.get_attribute("#verdict", "data-verdict") == "intact", text  # type: ignore[attr-defined]
    assert f"a genuine excerpt of recording {rec.seal.code}, 0:04–0:09 of 0:35" in text  # type: ignore[union-attr]
    assert "assessor asks about the walk" in text  # the note inside the clip
    with zipfile.ZipFile(clip) as z:
        members = {n: z.read(n) for n in z.namelist()}
    audio = bytearray(members["audio.pcm"])
    audio[100] ^= 1
    members["audio.pcm"] = bytes(audio)
    bad = tmp_path / "bad.twindeck.zip"
    with zipfile.ZipFile(bad, "w") as z:
        for n, d in members.items():
            z.writestr(n, d)
    page.evaluate("document.getElementById('result').replaceChildren()")  # type: ignore[attr-defined]
    page.set_input_files("#file", str(bad))  # type: ignore[attr-defined]
    page.wait_for_selector("#verdict[data-verdict]:not([data-verdict=''])")  # type: ignore[attr-defined]
    assert page.get_attribute("#verdict", "data-verdict") == "tampered"  # type: ignore[attr-defined]
    assert "segment 4: the audio differs" in page.inner_text("#result")  # type: ignore[attr-defined]
