"""Nothing is lost: kill -9 the recorder at random moments, recover, verify (many trials)."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from twindeck.seal import SystemClock, load_key, recover_recording, verify_recording
from twindeck.seal.encoding import parse_time

RATE = 16000
RECORD = "import sys; from twindeck.cli import main; sys.exit(main())"


@pytest.fixture(scope="module", params=[20, 300], ids=["20s", "5min"])
def speech_wav(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> tuple[Path, np.ndarray]:
    path = tmp_path_factory.mktemp("in") / "talk.wav"
    rng = np.random.default_rng(7)
    t = np.arange(RATE * request.param) / RATE
    data = 0.2 * np.sin(2 * np.pi * 300 * t) * (
        1 + np.sin(2 * np.pi * 0.5 * t)
    ) + 0.02 * rng.standard_normal(t.size)
    sf.write(str(path), data, RATE, subtype="PCM_16")
    return path, sf.read(str(path), dtype="int16")[0]


def _start(rec: Path, wav: Path, home: Path, realtime: bool) -> subprocess.Popen[bytes]:
    args = [sys.executable, "-c", RECORD, "record", str(rec), "--input", str(wav)]
    if realtime:
        args.append("--realtime")
    env = {**os.environ, "TWINDECK_HOME": str(home)}
    return subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _wait_for_log(rec: Path, timeout_s: float = 20) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if (rec / "log.jsonl").exists() and (rec / "log.jsonl").stat().st_size > 0:
            return
        time.sleep(0.005)
    raise AssertionError("the recorder never started writing")


@pytest.mark.slow
def test_kill_9_at_random_moments_then_recover_loses_at_most_one_segment(
    tmp_path: Path, speech_wav: tuple[Path, np.ndarray]
) -> None:
    """Realtime over 20 s of audio (kills measured against the wall clock); as fast as the disk
    allows over 5 minutes (kills land anywhere in the write path, between audio and log)."""
    wav, samples = speech_wav
    realtime = samples.size == RATE * 20
    home = tmp_path / "home"
    rng = random.Random(20261124 + realtime)
    trials = 6 if realtime else 10
    if not realtime:  # time the writing of one whole run, so that kills land inside the next ones
        proc = _start(tmp_path / "timing.twindeck", wav, home, realtime)
        _wait_for_log(tmp_path / "timing.twindeck")
        began = time.monotonic()
        proc.wait()
        span_s = time.monotonic() - began
    interrupted = 0
    trial = 0
    # a busy machine makes some runs faster or slower than the timed one: a run that finished
    # before its kill narrows the window, and trials go on (up to twice as many) until enough kills
    # have landed during the writing
    while trial < trials or (interrupted < trials // 2 and trial < 2 * trials):
        rec = tmp_path / f"trial{trial}.twindeck"
        trial += 1
        proc = _start(rec, wav, home, realtime)
        _wait_for_log(rec)
        time.sleep(rng.uniform(0.2, 2.5) if realtime else rng.uniform(0.0, 0.8 * span_s))
        killed_at = dt.datetime.now(dt.UTC)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        before = verify_recording(rec)
        if before.sealed:  # it finished before the kill landed: sealed normally
            assert before.ok
            if not realtime:
                span_s /= 2
            continue
        interrupted += 1
        assert before.verdict in ("incomplete", "tampered")
        result = recover_recording(rec, load_key(home / "keys" / "device.key"), SystemClock())
        report = verify_recording(rec)
        assert report.verdict == "intact", [p.message for p in report.problems]
        assert report.end == "interrupted"
        assert report.events[-1].kind == "recovered"
        # what was sealed is exactly the start of the input, bit for bit
        kept = np.frombuffer((rec / "audio.pcm").read_bytes(), dtype="<i2")
        assert np.array_equal(kept, samples[: kept.size])
        # at most the segment in flight (1 s) and the chunk being read (0.1 s) was discarded
        assert result.discarded_frames <= RATE + RATE // 10
        if realtime:
            fed_s = (killed_at - parse_time(report.started)).total_seconds()
            lost_s = fed_s - kept.size / RATE
            assert lost_s <= 1.6, f"trial {trial}: {lost_s:.2f} s lost"
    assert interrupted >= trials // 2, "too few kills landed during the recording"
