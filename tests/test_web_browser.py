"""The web app in real Chromium with a fake microphone fed from a WAV file: record, note, stop and
seal; the sealed samples are the WAV's own; a network drop loses nothing; a killed server leaves a
recording that recovers and verifies. Screenshots of every screen go to the test's tmp folder."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from twindeck.seal import verify_recording

pytestmark = pytest.mark.slow
RATE = 44100  # Chromium's fake capture device runs at 44.1 kHz
CLI = [sys.executable, "-c", "import sys; from twindeck.cli import main; sys.exit(main())"]
FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
    "--autoplay-policy=no-user-gesture-required",
]  # fmt: skip


@dataclass
class Server:
    url: str
    folder: Path
    proc: subprocess.Popen[bytes]
    env: dict[str, str]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(tmp_path: Path) -> Server:
    port = free_port()
    folder = tmp_path / "recordings"
    env = {**os.environ, "TWINDECK_HOME": str(tmp_path / "home")}
    proc = subprocess.Popen(
        [*CLI, "serve", "--no-browser", "--port", str(port), "--folder", str(folder)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    return Server(url, folder, proc, env)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    s = start_server(tmp_path)
    yield s
    if s.proc.poll() is None:
        s.proc.send_signal(signal.SIGINT)
        s.proc.wait(30)


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    """60 s of a tone with seeded noise: every stretch of it is unique, so it can be located."""
    rng = np.random.default_rng(11)
    t = np.arange(RATE * 60) / RATE
    x = 0.25 * np.sin(2 * np.pi * 330 * t) + 0.05 * rng.standard_normal(t.size)
    path = tmp_path / "mic.wav"
    sf.write(str(path), x, RATE, subtype="PCM_16")
    return path


@pytest.fixture
def browser(wav: Path) -> Iterator[object]:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (scripts/install --dev installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=chromium,
            args=[*FLAGS, f"--use-file-for-fake-audio-capture={wav}%noloop"],
        )
        yield b
        b.close()


def _locate(sealed: np.ndarray, source: np.ndarray, at: int) -> list[int]:
    probe = sealed[at : at + 64]
    return [
        int(i) - at
        for i in np.flatnonzero(source == probe[0])
        if np.array_equal(source[i : i + 64], probe)
    ]


def sealed_matches_wav(rec: Path, wav: Path, channel: int = 0, channels: int = 1) -> int:
    """Assert one channel of the sealed audio is the WAV's samples, exactly, except where a
    dropout is declared.

    Chromium's fake capture device inserts one 10 ms block of silence as it starts (seen 40 ms
    in; in a call under a full test run, once 0.26 s in), so the comparison begins 0.5 s after
    the first sound. Under CPU load capture can lose a
    block: then the recording must hold a ``dropout`` event there saying how much was lost (for
    one side of a call, filled with silence on that channel). Returns the frames sealed."""
    sealed = np.frombuffer((rec / "audio.pcm").read_bytes(), "<i2").reshape(-1, channels)
    sealed = np.ascontiguousarray(sealed[:, channel])
    source, _ = sf.read(str(wav), dtype="int16")
    declared = [
        e for e in verify_recording(rec).events
        if e.kind == "dropout" and e.data.get("channel", ("left", "right")[channel])
        == ("left", "right")[channel]
    ]  # fmt: skip
    pos = begin = int(np.flatnonzero(sealed)[0]) + RATE // 2
    hits = _locate(sealed, source, pos)
    for _ in range(40):  # a call's side can start with declared silence: find where sound is
        if len(hits) == 1:
            break
        pos = begin = pos + RATE // 20
        hits = _locate(sealed, source, pos)
    assert len(hits) == 1, "the sealed audio is not a stretch of the WAV"
    offset, matched = hits[0], 0
    while pos + 64 <= sealed.size:
        want = source[offset + pos : offset + pos + 64]
        if np.array_equal(sealed[pos : pos + 64], want):
            pos += 64
            continue
        k = pos + int(np.flatnonzero(sealed[pos : pos + 64] != want)[0])
        z = k
        while z < sealed.size and sealed[z] == 0 and want.size:
            z += 1
        near = [e for e in declared if abs(e.at_s - k / RATE) < 0.25]
        if z - k >= 64:  # silence put in: only allowed where a filled dropout is declared
            assert near and near[0].data.get("filled_with_silence"), f"silence at {k / RATE:.3f} s"
            matched += 1
            pos = z
            if z + 64 > sealed.size:
                break
            offset = _locate(sealed, source, z)[0]
            continue
        where = _locate(sealed, source, k)
        assert where, f"the audio at {k / RATE:.3f} s is not from the WAV"
        skipped = where[0] - offset
        assert skipped > 0, f"{-skipped} frames repeated or inserted at {k / RATE:.3f} s"
        assert near, f"{skipped} frames lost at {k / RATE:.3f} s without a dropout event"
        # every lost frame is declared; more may be (a timestamp jump with the samples running
        # on is declared in full, on the safe side)
        declared_frames = sum(e.data["missing_frames"] for e in near)
        assert declared_frames >= skipped - 0.003 * RATE, (
            f"{skipped} lost, {declared_frames} declared"
        )
        matched += 1
        offset, pos = where[0], k
    # Every loss is declared. The reverse need not hold: under load the capture timestamps can
    # jump by a block while the samples run on, and a dropout is then declared to be safe.
    checked = [e for e in declared if e.at_s * RATE >= begin]
    assert matched <= len(checked)
    return int(sealed.size)


AXE = Path(__file__).resolve().parent.parent / ".cache/npm/node_modules/axe-core/axe.min.js"


def audit(page: object, screen: str) -> None:
    """axe-core on the screen as it is: no violations; and no sideways scrolling at 200 % zoom."""
    assert AXE.exists(), "axe-core is missing: run scripts/install --dev"
    if not page.evaluate("typeof axe !== 'undefined'"):  # type: ignore[attr-defined]
        page.evaluate(AXE.read_text())  # type: ignore[attr-defined]
    found = page.evaluate(  # type: ignore[attr-defined]
        "axe.run().then(r => r.violations.map("
        "v => v.id + ': ' + v.nodes.map(n => n.target).join(', ')))"
    )
    assert found == [], f"{screen}: {found}"
    size = page.viewport_size  # type: ignore[attr-defined]
    page.set_viewport_size({"width": 640, "height": 720})  # type: ignore[attr-defined]
    wide = page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )  # type: ignore[attr-defined]
    page.set_viewport_size(size)  # type: ignore[attr-defined]
    assert not wide, f"{screen}: scrolls sideways at 200 % zoom"


def wait_until(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    """Poll from Python: the app's CSP rightly forbids the eval that wait_for_function needs."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def record(
    page: object, server: Server, seconds: float, note: str | None = None, consent: bool = False
) -> None:
    page.goto(server.url)  # type: ignore[attr-defined]
    page.fill("#title", "PIP browser test")  # type: ignore[attr-defined]
    page.select_option("#assessment", "pip")  # type: ignore[attr-defined]
    page.click("#record")  # type: ignore[attr-defined]
    page.wait_for_selector("#during:not([hidden])")  # type: ignore[attr-defined]
    time.sleep(seconds / 2)
    if consent:
        page.click("#consent-read")  # type: ignore[attr-defined]
        wait_until(lambda: "consent statement is sealed" in page.inner_text("#status"))  # type: ignore[attr-defined]
    if note:
        page.fill("#note", note)  # type: ignore[attr-defined]
        page.press("#note", "Enter")  # type: ignore[attr-defined]
        page.wait_for_selector("#notes li")  # type: ignore[attr-defined]
    time.sleep(seconds / 2)


def test_record_note_stop_seal_is_sample_exact(
    server: Server, browser: object, wav: Path, tmp_path: Path
) -> None:
    ctx = browser.new_context(permissions=["microphone"])  # type: ignore[attr-defined]
    page = ctx.new_page()
    page.goto(server.url)
    page.screenshot(path=str(tmp_path / "1-before.png"), full_page=True)
    audit(page, "before")
    record(page, server, 5, note="needed an arm to stand", consent=True)
    assert page.inner_text("#saved").startswith("Saved up to 0:0")
    page.screenshot(path=str(tmp_path / "2-during.png"), full_page=True)
    audit(page, "during")
    page.click("#stop")
    page.wait_for_selector("#after:not([hidden])", timeout=30000)
    code = page.inner_text("#seal-code")
    page.screenshot(path=str(tmp_path / "3-sealed.png"), full_page=True)
    audit(page, "sealed")

    (rec,) = server.folder.glob("*.twindeck")
    report = verify_recording(rec)
    assert report.verdict == "intact" and report.seal_code == code
    assert report.meta["assessment"] == "pip" and report.source["kind"] == "browser"
    events = [e for e in report.events if e.kind != "dropout"]  # declared capture glitches
    assert [e.kind for e in events] == ["start", "consent", "note", "stop"]
    assert events[1].data["text"].startswith('"I am recording this assessment')
    assert events[2].data["text"] == "needed an arm to stand"
    assert 4.0 <= report.duration_s <= 8.0
    sealed_matches_wav(rec, wav)

    with page.expect_download() as download:
        page.click("#download")
    copy = tmp_path / "copy.twindeck.zip"
    download.value.save_as(copy)
    assert verify_recording(copy).seal_code == code

    page.goto(server.url + "#library")
    page.wait_for_selector("#library-rows tr")
    assert code in page.inner_text("#library-rows")
    page.screenshot(path=str(tmp_path / "4-library.png"), full_page=True)
    audit(page, "library")
    ctx.close()


def test_a_network_drop_loses_nothing(
    server: Server, browser: object, wav: Path, tmp_path: Path
) -> None:
    ctx = browser.new_context(permissions=["microphone"])  # type: ignore[attr-defined]
    page = ctx.new_page()
    record(page, server, 3)
    ctx.set_offline(True)
    time.sleep(3.0)
    assert "Connection" in page.inner_text("#status")
    page.screenshot(path=str(tmp_path / "offline.png"), full_page=True)
    ctx.set_offline(False)
    time.sleep(3.0)
    page.click("#stop")
    page.wait_for_selector("#after:not([hidden])", timeout=30000)
    (rec,) = server.folder.glob("*.twindeck")
    report = verify_recording(rec)
    assert report.verdict == "intact"
    kinds = [e.kind for e in report.events]
    assert "input_lost" in kinds and "input_restored" in kinds  # the gap in arrival is declared
    frames = sealed_matches_wav(rec, wav)  # ...but no audio is missing
    assert frames >= 8.0 * RATE
    ctx.close()


def test_a_killed_server_leaves_a_recording_that_recovers(
    server: Server, browser: object, wav: Path
) -> None:
    ctx = browser.new_context(permissions=["microphone"])  # type: ignore[attr-defined]
    page = ctx.new_page()
    record(page, server, 4)
    server.proc.kill()
    server.proc.wait(10)
    # what the page was told is saved: every sample it holds no more (a chunk is 100 ms, or
    # shorter when it closes early at a capture gap)
    acked = page.evaluate(  # type: ignore[attr-defined]
        "session.uplink.pushed - session.uplink.pending.reduce((n, c) => n + c.pcm.length, 0)"
    )
    ctx.close()
    (rec,) = server.folder.glob("*.twindeck")
    assert verify_recording(rec).verdict == "incomplete"
    done = subprocess.run(
        [*CLI, "recover", str(rec)], env=server.env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    report = verify_recording(rec)
    assert report.verdict == "intact" and report.end == "interrupted"
    assert report.duration_s >= 3.0
    # nothing acknowledged is lost: every acknowledged 100 ms chunk is in the sealed recording
    assert report.frames >= acked
    sealed_matches_wav(rec, wav)


def test_the_other_party_checks_live_saves_an_identical_copy_and_countersigns(
    server: Server, browser: object, tmp_path: Path
) -> None:
    from twindeck.seal import pack_recording

    ctx = browser.new_context(permissions=["microphone"])  # type: ignore[attr-defined]
    page = ctx.new_page()
    record(page, server, 2)
    join_url = page.get_attribute("#join-link", "href")
    assert join_url and "/join/" in join_url
    other = browser.new_context(accept_downloads=True)  # type: ignore[attr-defined]
    theirs = other.new_page()
    theirs.goto(join_url)
    theirs.fill("#join-name", "Assessor")
    theirs.check("#join-live-sign")  # countersign checkpoints as they arrive
    wait_until(lambda: theirs.inner_text("#join-checked") != "0:00")
    time.sleep(12)  # long enough for a signed checkpoint to reach them
    page.click("#stop")
    page.wait_for_selector("#after:not([hidden])", timeout=30000)
    code = page.inner_text("#seal-code")
    theirs.wait_for_selector("#join-sealed:not([hidden])", timeout=20000)
    assert theirs.inner_text("#join-code") == code  # worked out on their device
    assert int(theirs.inner_text("#join-checkpoints")) >= 1
    assert (
        theirs.inner_text("#join-key")
        == verify_recording(next(server.folder.glob("*"))).key_fingerprint
    )
    theirs.screenshot(path=str(tmp_path / "join-sealed.png"), full_page=True)
    audit(theirs, "join")

    assert "countersigned by this device" in theirs.inner_text("#join-live-signed")
    theirs.click("#join-countersign")
    wait_until(lambda: theirs.inner_text("#join-countersigned").startswith("Countersigned"))
    with theirs.expect_download() as download:
        theirs.click("#join-save")
    their_copy = tmp_path / "their.twindeck.zip"
    download.value.save_as(their_copy)

    (rec,) = server.folder.glob("*.twindeck")
    ours = tmp_path / "ours.twindeck.zip"
    pack_recording(rec, ours)
    assert their_copy.read_bytes() == ours.read_bytes()  # byte for byte the same file
    report = verify_recording(their_copy)
    assert report.verdict == "intact" and report.seal_code == code
    signed = report.countersignatures
    assert len(signed) >= 2 and all(c.valid and c.name == "Assessor" for c in signed)
    assert {c.tree_size for c in signed} >= {report.tree_size}  # the seal, and checkpoints before
    assert min(c.tree_size for c in signed) < report.tree_size
    assert (
        len({c.fingerprint for c in signed}) == 1
        and signed[0].fingerprint != report.key_fingerprint
    )
    other.close()
    ctx.close()


def test_the_audit_can_fail(browser: object) -> None:
    page = browser.new_page()  # type: ignore[attr-defined]
    page.set_content("<html><body><img src='x.png'><button></button></body></html>")
    with pytest.raises(AssertionError, match="image-alt"):
        audit(page, "a broken page")
    page.close()


def test_transcript_page_plays_from_a_word(tmp_path: Path, browser: object) -> None:
    folder = tmp_path / "recordings"
    folder.mkdir()
    speech = subprocess.run(
        ["espeak-ng", "-v", "en-gb", "-s", "140", "--stdout",
         "I can walk to the shop, but I need to rest twice."],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    (tmp_path / "talk.wav").write_bytes(speech)
    env = {**os.environ, "TWINDECK_HOME": str(tmp_path / "home")}
    rec = folder / "talk.twindeck"
    for args in (
        ["record", str(rec), "--input", str(tmp_path / "talk.wav")],
        ["transcribe", str(rec)],
    ):
        subprocess.run([*CLI, *args], env=env, check=True, capture_output=True)
    server = start_server(tmp_path)
    try:
        page = browser.new_page()  # type: ignore[attr-defined]
        page.goto(server.url + "transcript?name=talk.twindeck")
        page.wait_for_selector(".word")
        audit(page, "transcript")
        shop = page.locator(".word", has_text="shop").first
        start = float(shop.get_attribute("data-start"))
        shop.click()
        wait_until(
            lambda: (
                abs(page.evaluate("document.getElementById('t-audio').currentTime") - start) < 0.6
            )
        )
        page.fill("#t-search", "rest")
        assert page.inner_text("#t-found") == "1 word found"
        page.screenshot(path=str(tmp_path / "transcript.png"), full_page=True)
        page.close()
    finally:
        server.proc.send_signal(signal.SIGINT)
        server.proc.wait(30)


def test_a_call_in_the_browser_is_two_channels(
    server: Server, browser: object, wav: Path, tmp_path: Path
) -> None:
    """getDisplayMedia gives the call's sound; in this headless browser the 'shared screen'
    audio is the same fake device, which is enough to prove both channels are sealed exactly."""
    ctx = browser.new_context(permissions=["microphone"])  # type: ignore[attr-defined]
    page = ctx.new_page()
    page.goto(server.url)
    page.check("#call")
    page.click("#record")
    page.wait_for_selector("#during:not([hidden])")
    time.sleep(6)  # under load the fake devices can take a second or two to start
    page.click("#stop")
    page.wait_for_selector("#after:not([hidden])", timeout=30000)
    (rec,) = server.folder.glob("*.twindeck")
    report = verify_recording(rec)
    assert report.verdict == "intact" and report.source["kind"] == "browser-call"
    assert report.audio is not None and report.audio.channels == 2
    for channel in (0, 1):
        assert sealed_matches_wav(rec, wav, channel, 2) >= 3 * RATE
    ctx.close()


APP = Path(__file__).resolve().parent.parent / "src/twindeck/web/static/app.js"

# Two sides of a call fed by hand into the page's own combine() and collect(), at 100 Hz and
# 0.1 s chunks: the left is ahead when it loses 30 frames; the right loses 20; both lose 5 at the
# same moment; then the right stops and the left runs 2.5 s ahead.
CALL_SCRIPT = """() => {
  const side = () => {
    const s = { rate: 100, close() {} };
    s.start = (cb) => { s.feed = cb; };
    return s;
  };
  const left = side(), right = side();
  const chunks = [];
  const keep = (pcm, gap, channel) => chunks.push([Array.from(pcm), gap, channel]);
  collect(combine(left, right), 0.1, keep);
  const block = (n, v) => new Float32Array(n).fill(v);
  left.feed(block(50, 0.5), 0);
  left.feed(block(10, 0.5), 30);
  right.feed(block(100, 0.25), 0);
  right.feed(block(20, 0.25), 20);
  left.feed(block(60, 0.5), 0);
  right.feed(block(10, 0.25), 0);
  left.feed(block(10, 0.5), 5);
  right.feed(block(10, 0.25), 5);
  left.feed(block(250, 0.5), 0);
  return chunks;
}"""


def test_a_call_declares_each_gap_where_its_silence_is(browser: object) -> None:
    """Each side's lost audio is filled with silence and declared at the frame where that
    silence starts in the stereo output (the recorder seals the dropout there), one declaration
    per side when both lose audio at once; the output holds no other silence."""
    page = browser.new_page()  # type: ignore[attr-defined]
    page.set_content("<html><body></body></html>")
    page.add_script_tag(content=APP.read_text())
    chunks = page.evaluate(CALL_SCRIPT)
    page.close()
    declared, frames = [], 0
    stereo: list[int] = []
    for pcm, gap, channel in chunks:
        if gap:
            declared.append((frames, gap, channel))
        stereo += pcm
        frames += len(pcm) // 2
    assert declared == [(50, 30, 0), (100, 20, 1), (150, 5, 0), (150, 5, 1), (165, 250, 1)]
    out = np.array(stereo).reshape(-1, 2)
    assert out.shape == (415, 2)
    for channel, level in ((0, 16384), (1, 8192)):
        silent = np.zeros(len(out), bool)
        for at, n, ch in declared:
            if ch == channel:
                silent[at : at + n] = True
        assert (out[silent, channel] == 0).all() and (out[~silent, channel] == level).all()


def test_case_page_shows_what_is_due(tmp_path: Path, browser: object) -> None:
    import datetime as dt

    env = {**os.environ, "TWINDECK_HOME": str(tmp_path / "home")}
    new = [*CLI, "case", "new", "Jane's PIP claim", "--benefit", "pip", "--provider", "Capita"]
    made = subprocess.run(new, env=env, capture_output=True, text=True, check=True)
    case = made.stdout.split()[1].rstrip(":")
    decision = (dt.date.today() - dt.timedelta(days=40)).strftime("%d/%m/%Y")
    subprocess.run([*CLI, "case", "date", case, "--decision", decision], env=env, check=True,
                   capture_output=True)  # fmt: skip
    server = start_server(tmp_path)
    try:
        page = browser.new_page()  # type: ignore[attr-defined]
        page.goto(server.url + "cases")
        page.wait_for_selector("section h2")
        text = page.inner_text("#cases")
        assert "Jane's PIP claim" in text and "Capita" in text
        assert "OVERDUE: Mandatory reconsideration request" in text  # 40 days after the decision
        assert "Last date for a late mandatory reconsideration request" in text
        audit(page, "cases")
        page.screenshot(path=str(tmp_path / "cases.png"), full_page=True)
        page.close()
    finally:
        server.proc.send_signal(signal.SIGINT)
        server.proc.wait(30)


def test_findings_page_plays_and_reviews(tmp_path: Path, browser: object) -> None:
    import json

    folder = tmp_path / "recordings"
    folder.mkdir()
    speech = subprocess.run(
        ["espeak-ng", "-v", "en-gb", "-s", "140", "--stdout",
         "I can walk about twenty metres, then I have to stop and rest because of the pain."],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    (tmp_path / "talk.wav").write_bytes(speech)
    (tmp_path / "pa4.txt").write_text("She states she can walk 200 metres without difficulty.")
    env = {**os.environ, "TWINDECK_HOME": str(tmp_path / "home")}
    rec = folder / "talk.twindeck"
    for args in (
        ["record", str(rec), "--input", str(tmp_path / "talk.wav")],
        ["transcribe", str(rec)],
        ["report", "add", str(rec), str(tmp_path / "pa4.txt")],
        ["report", "check", str(rec)],
    ):
        subprocess.run([*CLI, *args], env=env, capture_output=True)
    server = start_server(tmp_path)
    try:
        page = browser.new_page()  # type: ignore[attr-defined]
        page.goto(server.url + "findings?name=talk.twindeck")
        page.wait_for_selector("#f-list li")
        assert "A number was changed" in page.inner_text("#f-list")
        audit(page, "findings")
        page.click("#f-list li button:has-text('Play')")
        wait_until(lambda: page.evaluate("document.getElementById('f-audio').currentTime") > 0)
        page.click("#f-list li button:has-text('Leave out')")
        wait_until(lambda: "left out" in page.inner_text("#f-status"))
        saved = json.loads((folder / "talk.findings.json").read_text())
        assert saved["findings"][0]["rejected"] is True
        # side by side: the report's statement and what was said, linked by "Show"
        assert "200 metres" in page.inner_text("#r-list")
        assert "twenty" in page.inner_text("#t-list").lower() or "20" in page.inner_text("#t-list")
        page.click("#f-list li button:has-text('Show')")
        wait_until(lambda: page.locator("#r-list li.linked").count() == 1)
        assert page.locator("#t-list li.linked").count() >= 1
        # in the reviewer's own words: theirs is shown, the machine's is kept
        page.click("#f-list li button:has-text('Put in my words')")
        page.fill("#edit-1", "She said twenty metres and that she must stop because of pain.")
        page.click("#f-list li button:has-text('Save')")
        wait_until(lambda: "your words" in page.inner_text("#f-status"))
        first = json.loads((folder / "talk.findings.json").read_text())["findings"][0]
        assert first["detail"].startswith("She said twenty metres")
        assert first["machine_detail"].startswith("the report says 200 metres")
        # a finding of one's own: the quote is the transcript's words, not typed
        page.select_option("#own-kind", "other")
        page.fill("#own-detail", "The report leaves out that the pain stops her.")
        page.click("#own button[type=submit]")
        wait_until(lambda: "added" in page.inner_text("#f-status"))
        assert "(added by you)" in page.inner_text("#f-list")
        audit(page, "findings after review")
        saved = json.loads((folder / "talk.findings.json").read_text())
        own = saved["findings"][-1]
        transcript = json.loads((folder / "talk.transcript.json").read_text())
        said = [" ".join(w["text"] for w in u["words"]) for u in transcript["utterances"]]
        assert own["own"] is True and own["passage"]["heard"] == said[0]
        # checking again keeps every review and the added finding
        subprocess.run(
            [*CLI, "report", "check", str(rec)], env=env, capture_output=True, check=True
        )
        again = json.loads((folder / "talk.findings.json").read_text())["findings"]
        assert again[0]["rejected"] is True and again[0]["detail"] == first["detail"]
        assert again[-1] == own
        page.close()
    finally:
        server.proc.send_signal(signal.SIGINT)
        server.proc.wait(30)
