"""The level meter and the microphone check, on signals whose levels are known by construction."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile

from twindeck.capture import Chunk, SourceEvent
from twindeck.capture.check import analyse_check
from twindeck.cli import main
from twindeck.meter import LevelMeter, bar, samples
from twindeck.seal import AudioFormat

RATE = 16000


def sine(amplitude: float, seconds: float = 1.0, freq: float = 1000.0) -> np.ndarray:
    t = np.arange(int(RATE * seconds)) / RATE
    return amplitude * np.sin(2 * np.pi * freq * t)


def pcm(signal: np.ndarray, encoding: str = "s16le") -> bytes:
    if encoding == "f32le":
        return signal.astype("<f4").tobytes()
    if encoding == "s24le":
        ints = np.round(signal * (2**23 - 1)).astype("<i4")
        return ints.view(np.uint8).reshape(-1, 4)[:, :3].tobytes()
    bits = {"s16le": 16, "s32le": 32}[encoding]
    dtype = {"s16le": "<i2", "s32le": "<i4"}[encoding]
    return np.round(signal * (2 ** (bits - 1) - 1)).astype(dtype).tobytes()


@pytest.mark.parametrize("encoding", ["s16le", "s24le", "s32le", "f32le"])
def test_full_scale_sine_reads_minus_3_db_rms_and_0_db_peak(encoding: str) -> None:
    level = LevelMeter(AudioFormat(encoding, RATE, 1)).feed(pcm(sine(1.0), encoding))
    assert level.rms_dbfs == pytest.approx(-3.01, abs=0.02)
    assert level.peak_dbfs == pytest.approx(0.0, abs=0.01)
    assert level.clipping  # at full scale


@pytest.mark.parametrize("encoding", ["s16le", "s24le", "s32le", "f32le"])
def test_decoding_keeps_sign_and_scale(encoding: str) -> None:
    signal = np.array([0.0, 0.5, -0.5, 0.25, -1.0 + 1e-6])
    x = samples(pcm(signal, encoding), AudioFormat(encoding, RATE, 1))[:, 0]
    assert x == pytest.approx(signal, abs=1e-4)


def test_minus_20_db_sine_and_the_loudest_channel_counts() -> None:
    quiet = sine(10 ** (-20 / 20))
    stereo = np.stack([quiet, np.zeros_like(quiet)], axis=1)  # a dead right channel
    level = LevelMeter(AudioFormat("s16le", RATE, 2)).feed(pcm(stereo))
    assert level.rms_dbfs == pytest.approx(-23.01, abs=0.05)
    assert level.peak_dbfs == pytest.approx(-20.0, abs=0.05)
    assert not level.clipping


def test_silence_is_counted_and_reset_by_sound() -> None:
    meter = LevelMeter(AudioFormat("s16le", RATE, 1))
    for _ in range(7):
        level = meter.feed(pcm(np.zeros(RATE // 2)))
    assert level.silent_for_s == pytest.approx(3.5)
    assert level.rms_dbfs == -120.0
    assert meter.feed(pcm(sine(0.1, 0.5))).silent_for_s == 0.0


def test_clipping_is_held_for_two_seconds_then_cleared() -> None:
    meter = LevelMeter(AudioFormat("s16le", RATE, 1))
    assert meter.feed(pcm(np.clip(sine(2.0, 0.1), -1, 1))).clipping
    assert meter.feed(pcm(sine(0.1, 1.5))).clipping
    assert not meter.feed(pcm(sine(0.1, 1.0))).clipping


def test_bar_fills_with_level() -> None:
    meter = LevelMeter(AudioFormat("s16le", RATE, 1))
    assert bar(meter.feed(pcm(np.zeros(100))), 10) == "[----------]"
    loud = bar(meter.feed(pcm(sine(10 ** (-6 / 20)))), 10)  # rms -9 dB, peak -6 dB
    assert loud == "[########|-]"


def chunks(signal: np.ndarray, size: int = 1600) -> list[Chunk | SourceEvent]:
    data = pcm(signal)
    return [Chunk(data[i : i + size]) for i in range(0, len(data), size)]


def speechlike(level: float, noise: float, seconds: float = 4.0, seed: int = 1) -> np.ndarray:
    """Bursts of tone (words) with pauses, over steady noise."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(RATE * seconds)) / RATE
    words = (np.sin(2 * np.pi * 2.0 * t) > 0).astype(float)  # on half the time
    return level * words * np.sin(2 * np.pi * 300 * t) + noise * rng.standard_normal(t.size)


FMT = AudioFormat("s16le", RATE, 1)


def test_check_good_input() -> None:
    result = analyse_check(chunks(speechlike(0.3, 0.001)), FMT)
    assert result.ok, result.advice
    assert result.speech_dbfs == pytest.approx(20 * np.log10(0.3 / np.sqrt(2)), abs=1.0)
    assert result.noise_floor_dbfs == pytest.approx(-60, abs=1.5)
    assert result.duration_s == pytest.approx(4.0)
    data = result.as_event_data()
    assert all(isinstance(v, int) for k, v in data.items() if k != "advice")
    assert data["ok"] == 1 and data["clipped_ppm"] == 0


@pytest.mark.parametrize(
    ("signal", "words"),
    [
        (np.zeros(RATE * 3), "silence"),
        (np.clip(speechlike(3.0, 0.0), -1, 1), "clipping"),
        (speechlike(0.004, 0.0001), "quiet"),
        (np.zeros(100), "No sound"),
    ],
    ids=["silent", "clipping", "quiet", "nothing"],
)
def test_check_problems_have_plain_advice(signal: np.ndarray, words: str) -> None:
    result = analyse_check(chunks(signal), FMT)
    assert not result.ok
    assert words in result.advice
    assert result.describe_lines()[-1].startswith("PROBLEM: ")


def test_check_noisy_is_usable_with_a_warning() -> None:
    result = analyse_check(chunks(speechlike(0.1, 0.05)), FMT)
    assert result.ok and "noise" in result.advice


def test_check_counts_declared_dropouts() -> None:
    items = chunks(speechlike(0.3, 0.001))
    items.insert(3, SourceEvent("dropout", {"reason": "input overflow"}))
    result = analyse_check(items, FMT)
    assert result.input_problems == 1 and not result.ok


def test_cli_check_from_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wav = tmp_path / "room.wav"
    soundfile.write(wav, speechlike(0.3, 0.001, seconds=12), RATE, subtype="PCM_16")
    assert main(["check", "--input", str(wav)]) == 0
    out = capsys.readouterr().out
    assert "Checked 10.0 s of audio." in out  # stops at the 10 s it was asked for
    assert "OK: Good level" in out
    quiet = tmp_path / "quiet.wav"
    soundfile.write(quiet, np.zeros(RATE * 2), RATE, subtype="PCM_16")
    assert main(["check", "--input", str(quiet), "--seconds", "2"]) == 1
    assert "PROBLEM: The microphone gives silence" in capsys.readouterr().out


def test_a_microphone_that_does_not_exist_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = tmp_path / "a.twindeck"
    assert main(["record", str(rec), "--device", "97"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: cannot open microphone 97")
    assert "To record from a file use --input" in err and "Traceback" not in err
    assert not rec.exists()  # nothing half-made
