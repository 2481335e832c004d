"""Recording at a real terminal (a pseudo-terminal): the live status line, p to pause, q to stop,
and Ctrl-C / SIGTERM / SIGHUP all seal what was recorded."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pexpect
import pytest
import soundfile as sf

from twindeck.seal import verify_recording

CLI = [sys.executable, "-c", "import sys; from twindeck.cli import main; sys.exit(main())"]


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    path = tmp_path / "talk.wav"
    t = np.arange(8000 * 60) / 8000
    sf.write(str(path), 0.4 * np.sin(2 * np.pi * 330 * t), 8000, subtype="PCM_16")
    return path


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "TWINDECK_HOME": str(tmp_path / "home"), "COLUMNS": "120"}


@pytest.mark.slow
def test_q_stops_and_p_pauses_at_a_terminal(tmp_path: Path, wav: Path, env: dict[str, str]) -> None:
    rec = tmp_path / "a.twindeck"
    child = pexpect.spawn(
        CLI[0],
        [*CLI[1:], "record", str(rec), "--input", str(wav), "--realtime"],
        env=env,
        timeout=20,
        encoding="utf-8",
    )
    child.expect("Press q")
    child.expect(r"REC 0:0[1-9].*dB  saved up to")  # the live status line
    child.send("p")
    child.expect("PAUSED")
    time.sleep(1.2)
    child.send("p")
    child.expect("REC ")
    time.sleep(1.0)
    child.send("q")
    child.expect("Seal code: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})")
    code = child.match.group(1)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    report = verify_recording(rec, expect_code=code)
    assert report.ok
    kinds = [e.kind for e in report.events]
    assert kinds == ["start", "pause", "resume", "stop"]
    # pausing declares the gap: less audio than wall-clock time, and no cut goes unnoticed
    assert 1.0 < report.duration_s < 10


@pytest.mark.slow
@pytest.mark.parametrize(
    "sig", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP], ids=lambda s: s.name
)
def test_signals_stop_and_seal(tmp_path: Path, wav: Path, env: dict[str, str], sig: int) -> None:
    rec = tmp_path / "a.twindeck"
    proc = subprocess.Popen(
        [*CLI, "record", str(rec), "--input", str(wav), "--realtime"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        log = rec / "log.jsonl"
        if log.exists() and log.read_bytes().count(b'"type":"segment"') >= 2:
            break
        time.sleep(0.05)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "Seal code" in out
    report = verify_recording(rec)
    assert report.ok and report.end == "stopped"
    assert 2 <= report.duration_s < 30
