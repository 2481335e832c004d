"""The microphone path end to end, through a real PortAudio stack: a private PulseAudio server
with a virtual sound card (a null sink), a tone played into it with paplay, and its monitor as the
default microphone. ALSA's pulse plugin (libasound2-plugins) connects PortAudio to it, as on a
desktop."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from twindeck.seal import verify_recording

pytestmark = [pytest.mark.device, pytest.mark.slow]
CLI = [sys.executable, "-c", "import sys; from twindeck.cli import main; sys.exit(main())"]
RATE = 44100


@pytest.fixture
def pulse(tmp_path: Path) -> Iterator[dict[str, str]]:
    if shutil.which("pulseaudio") is None or shutil.which("paplay") is None:
        pytest.skip("PulseAudio is not installed (scripts/install --dev installs it)")
    run = tmp_path / "pulse"
    run.mkdir()
    env = {
        **os.environ,
        "PULSE_RUNTIME_PATH": str(run),
        "PULSE_STATE_PATH": str(run),
        "PULSE_SERVER": f"unix:{run}/native",
        "TWINDECK_HOME": str(tmp_path / "home"),
    }
    log = (run / "log").open("wb")
    server = subprocess.Popen(
        [
            "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
            "--load=module-null-sink sink_name=room rate=44100 channels=1",
            "--load=module-null-sink sink_name=voice rate=44100 channels=1",
            f"--load=module-native-protocol-unix socket={run}/native auth-anonymous=1",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )  # fmt: skip
    try:
        for _ in range(100):
            if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0:
                break
            time.sleep(0.1)
        else:
            pytest.fail("PulseAudio did not start: " + (run / "log").read_text()[-500:])
        subprocess.run(["pactl", "set-default-source", "room.monitor"], env=env, check=True)
        yield env
    finally:
        server.terminate()
        server.wait(10)
        log.close()


def play(
    env: dict[str, str],
    tmp_path: Path,
    amplitude: float,
    seconds: float,
    freq: float = 440.0,
    sink: str = "room",
) -> subprocess.Popen[bytes]:
    wav = tmp_path / f"tone{amplitude}-{freq}.wav"
    t = np.arange(int(RATE * seconds)) / RATE
    sf.write(str(wav), amplitude * np.sin(2 * np.pi * freq * t), RATE, subtype="PCM_16")
    return subprocess.Popen(["paplay", f"--device={sink}", str(wav)], env=env)


def test_check_lists_and_measures_the_microphone(pulse: dict[str, str], tmp_path: Path) -> None:
    listed = subprocess.run(
        [*CLI, "check", "--list"], env=pulse, capture_output=True, text=True, timeout=30
    )
    assert listed.returncode == 0 and "default" in listed.stdout, listed.stderr
    player = play(pulse, tmp_path, 0.25, 30)
    try:
        time.sleep(0.5)
        checked = subprocess.run(
            [*CLI, "check", "--seconds", "3"], env=pulse, capture_output=True, text=True, timeout=60
        )
    finally:
        player.kill()
        player.wait()
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Checked 3.0 s of audio." in checked.stdout
    # a 0.25 sine: -12.0 dBFS peak, -15.1 dBFS RMS; PulseAudio at 100 % volume passes it through
    speech = float(checked.stdout.split("speech level")[1].split()[0])
    assert speech == pytest.approx(-15.1, abs=1.0)


def test_record_from_the_microphone_seals_on_ctrl_c(pulse: dict[str, str], tmp_path: Path) -> None:
    rec = tmp_path / "room.twindeck"
    player = play(pulse, tmp_path, 0.25, 60)
    try:
        proc = subprocess.Popen(
            [*CLI, "record", str(rec)], env=pulse, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # wait for 3 sealed seconds on disk
            audio = rec / "audio.pcm"
            if audio.exists() and audio.stat().st_size >= 3 * RATE * 2:
                break
            time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        player.kill()
        player.wait()
    assert proc.returncode == 0, err
    assert "Seal code:" in out
    report = verify_recording(rec)
    assert report.verdict == "intact", report.problems
    assert report.source["kind"] == "microphone"
    assert report.audio is not None and report.audio.rate_hz == RATE
    pcm = np.frombuffer((rec / "audio.pcm").read_bytes(), "<i2").astype(float) / 32768
    assert pcm.size >= 3 * RATE
    rms_db = 20 * np.log10(np.sqrt(np.mean(pcm[RATE:] ** 2)))  # after the first second
    assert rms_db == pytest.approx(-15.1, abs=1.0)


def test_a_call_is_recorded_as_two_channels(pulse: dict[str, str], tmp_path: Path) -> None:
    """The microphone (here: what is played into 'voice') left, the speakers ('room') right."""
    subprocess.run(["pactl", "set-default-source", "voice.monitor"], env=pulse, check=True)
    subprocess.run(["pactl", "set-default-sink", "room"], env=pulse, check=True)
    rec = tmp_path / "call.twindeck"
    players = [
        play(pulse, tmp_path, 0.3, 60, 440, "voice"),
        play(pulse, tmp_path, 0.3, 60, 1000, "room"),
    ]
    try:
        proc = subprocess.Popen(
            [*CLI, "record", str(rec), "--call"], env=pulse, stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            audio = rec / "audio.pcm"
            if audio.exists() and audio.stat().st_size >= 3 * RATE * 4:
                break
            time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        for p in players:
            p.kill()
            p.wait()
    assert proc.returncode == 0, err
    report = verify_recording(rec)
    assert report.verdict == "intact" and report.source["kind"] == "call"
    assert report.audio is not None and report.audio.channels == 2
    x = np.frombuffer((rec / "audio.pcm").read_bytes(), "<i2").reshape(-1, 2)[RATE:].astype(float)
    for channel, freq, other in ((0, 440, 1000), (1, 1000, 440)):
        spectrum = np.abs(np.fft.rfft(x[:RATE, channel]))  # one second: 1 Hz per bin
        assert abs(int(np.argmax(spectrum)) - freq) <= 2, (channel, np.argmax(spectrum))
        assert spectrum[other] < spectrum[freq] / 100  # the sides do not leak into each other
