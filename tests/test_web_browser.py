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
from collections.abc import Iterator
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


def sealed_matches_wav(rec: Path, wav: Path) -> tuple[int, int]:
    """(offset in the WAV where the sealed audio starts, frames sealed); asserts sample-exact.

    Chromium's fake capture device inserts one 10 ms block of silence as it starts (seen 40 ms
    in); from 0.2 s on, every sealed sample must be the WAV's, with no gap and no change."""
    sealed = np.frombuffer((rec / "audio.pcm").read_bytes(), "<i2")
    source, _ = sf.read(str(wav), dtype="int16")
    start = int(np.flatnonzero(sealed)[0]) + RATE // 5
    probe = sealed[start : start + 64]
    hits = [
        i for i in np.flatnonzero(source == probe[0]) if np.array_equal(source[i : i + 64], probe)
    ]
    assert len(hits) == 1, "the sealed audio is not a stretch of the WAV"
    offset = int(hits[0]) - start
    body = sealed[start:]
    expected = source[offset + start : offset + start + body.size]
    differ = np.flatnonzero(body != expected)
    assert differ.size == 0, (
        f"sealed samples differ from the WAV from {(start + differ[0]) / RATE:.3f} s "
        "(a gap, a glitch or processing)"
    )
    return offset, sealed.size


def record(page: object, server: Server, seconds: float, note: str | None = None) -> None:
    page.goto(server.url)  # type: ignore[attr-defined]
    page.fill("#title", "PIP browser test")  # type: ignore[attr-defined]
    page.select_option("#assessment", "pip")  # type: ignore[attr-defined]
    page.click("#record")  # type: ignore[attr-defined]
    page.wait_for_selector("#during:not([hidden])")  # type: ignore[attr-defined]
    time.sleep(seconds / 2)
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
    record(page, server, 5, note="needed an arm to stand")
    assert page.inner_text("#saved").startswith("Saved up to 0:0")
    page.screenshot(path=str(tmp_path / "2-during.png"), full_page=True)
    page.click("#stop")
    page.wait_for_selector("#after:not([hidden])", timeout=30000)
    code = page.inner_text("#seal-code")
    page.screenshot(path=str(tmp_path / "3-sealed.png"), full_page=True)

    (rec,) = server.folder.glob("*.twindeck")
    report = verify_recording(rec)
    assert report.verdict == "intact" and report.seal_code == code
    assert report.meta["assessment"] == "pip" and report.source["kind"] == "browser"
    assert [e.kind for e in report.events] == ["start", "note", "stop"]
    assert report.events[1].data["text"] == "needed an arm to stand"
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
    _, frames = sealed_matches_wav(rec, wav)  # ...but no audio is missing
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
    ctx.close()
    (rec,) = server.folder.glob("*.twindeck")
    assert verify_recording(rec).verdict == "incomplete"
    done = subprocess.run(
        [*CLI, "recover", str(rec)], env=server.env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    report = verify_recording(rec)
    assert report.verdict == "intact" and report.end == "interrupted"
    assert report.duration_s >= 2.0  # all but the last second or so
    sealed_matches_wav(rec, wav)
