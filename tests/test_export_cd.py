"""The audio-CD image: bit-exact on the disc, read back by ffmpeg (a decoder we did not write),
and checked against the seal with verify --audio."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest

from conftest import make_recording
from twindeck.cli import main

RATE = 44100


def decode_bin(binary: Path) -> np.ndarray:
    out = subprocess.run(
        ["ffmpeg", "-v", "error", "-f", "s16le", "-ar", "44100", "-ac", "2", "-i", str(binary),
         "-f", "s16le", "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    return np.frombuffer(out, "<i2").reshape(-1, 2)


def test_mono_recording_to_cd_and_back(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = make_recording(tmp_path / "a.twindeck", seconds=3, rate=RATE)
    cue = tmp_path / "copy.cue"
    assert main(["export", str(made.path), "--to", str(cue)]) == 0
    assert "1 track(s)" in capsys.readouterr().out
    binary = tmp_path / "copy.bin"
    assert binary.stat().st_size % 2352 == 0
    assert binary.stat().st_size == 300 * 2352  # padded to the four-second minimum
    text = cue.read_text()
    assert 'FILE "copy.bin" BINARY' in text and "TRACK 01 AUDIO" in text
    assert re.search(r"INDEX 01 00:00:00", text)
    assert f"REM TWINDECK-FRAMES {3 * RATE}" in text

    stereo = decode_bin(binary)
    original = np.frombuffer(made.pcm, "<i2")
    assert np.array_equal(stereo[: original.size, 0], original)
    assert np.array_equal(stereo[: original.size, 1], original)
    assert not stereo[original.size :].any()

    assert main(["verify", str(made.path), "--audio", str(cue)]) == 0
    assert "INTACT" in capsys.readouterr().out

    data = bytearray(binary.read_bytes())
    at = (2 * RATE + 500) * 4  # a sample 2.01 s in, both channels
    data[at] ^= 1
    data[at + 2] ^= 1
    binary.write_bytes(bytes(data))
    assert main(["verify", str(made.path), "--audio", str(cue), "--json"]) == 1
    out = capsys.readouterr().out
    assert '"segment_changed"' in out and '"segment": 2' in out

    data[at + 2] ^= 1  # now only the left channel differs from the original
    binary.write_bytes(bytes(data))
    assert main(["verify", str(made.path), "--audio", str(cue)]) == 1
    assert "left and right channels differ from 0:02.0" in capsys.readouterr().out

    data[at] ^= 1
    data[-100] = 7  # sound in the padding
    binary.write_bytes(bytes(data))
    assert main(["verify", str(made.path), "--audio", str(cue)]) == 1
    assert "sound after the sealed audio" in capsys.readouterr().out


def test_stereo_goes_on_unchanged(tmp_path: Path) -> None:
    made = make_recording(tmp_path / "s.twindeck", seconds=5, rate=RATE, channels=2)
    cue = tmp_path / "s.cue"
    assert main(["export", str(made.path), "--to", str(cue)]) == 0
    stereo = decode_bin(tmp_path / "s.bin")
    original = np.frombuffer(made.pcm, "<i2").reshape(-1, 2)
    assert np.array_equal(stereo[: len(original)], original)
    assert main(["verify", str(made.path), "--audio", str(cue)]) == 0


def test_other_formats_are_refused_not_resampled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made = make_recording(tmp_path / "b.twindeck", seconds=2, rate=48000)
    assert main(["export", str(made.path), "--to", str(tmp_path / "b.cue")]) == 2
    err = capsys.readouterr().err
    assert "never resamples" in err and "--rate 44100" in err
    assert not (tmp_path / "b.bin").exists()


@pytest.mark.slow
def test_a_track_every_ten_minutes(tmp_path: Path) -> None:
    made = make_recording(tmp_path / "long.twindeck", seconds=606, rate=RATE, notes={})
    cue = tmp_path / "long.cue"
    assert main(["export", str(made.path), "--to", str(cue)]) == 0
    text = cue.read_text()
    assert re.findall(r"INDEX 01 (\d\d:\d\d:\d\d)", text) == ["00:00:00", "10:00:00"]
    assert main(["verify", str(made.path), "--audio", str(cue)]) == 0
