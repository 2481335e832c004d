"""The audio-CD image: bit-exact on the disc, read back by ffmpeg and sox (decoders we did not
write), and checked against the seal with verify --audio."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import numpy as np
import pytest

from conftest import make_recording
from twindeck.cli import main

RATE = 44100
# Every line of a CUE sheet we write: the commands of the CDRWIN sheet format, nothing else.
CUE_LINE = re.compile(
    r'REM [A-Z-]+ .+|TITLE "[^"]*"|FILE "[^"/\\]+\.bin" BINARY'
    r'|  TRACK (\d\d) AUDIO|    TITLE "[^"]*"|    INDEX 01 (\d\d):([0-5]\d):([0-6]\d|7[0-4])'
)


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "home"))


def parse_cue(cue: Path) -> list[int]:
    """Check every line, the track numbers and that the indexes rise; the tracks' start sectors."""
    tracks: list[int] = []
    starts: list[int] = []
    for line in cue.read_text("utf-8").splitlines():
        m = CUE_LINE.fullmatch(line)
        assert m, f"not a CUE line: {line!r}"
        if m.group(1):
            tracks.append(int(m.group(1)))
        if m.group(2):
            starts.append((int(m.group(2)) * 60 + int(m.group(3))) * 75 + int(m.group(4)))
    assert tracks == list(range(1, len(tracks) + 1)) and len(starts) == len(tracks)
    assert starts[0] == 0 and starts == sorted(set(starts))
    return starts


def sox_decode(binary: Path) -> np.ndarray:
    out = subprocess.run(
        ["sox", "-t", "raw", "-r", "44100", "-e", "signed", "-b", "16", "-c", "2", "-L",
         str(binary), "-t", "raw", "-e", "signed", "-b", "16", "-L", "-"],
        capture_output=True, check=True,
    ).stdout  # fmt: skip
    return np.frombuffer(out, "<i2").reshape(-1, 2)


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


@pytest.mark.parametrize("channels", [1, 2])
def test_recorded_from_a_wav_with_the_cli_onto_cd_and_back(
    tmp_path: Path, channels: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """The whole path a user takes: sox makes the input, twindeck records, exports and verifies;
    ffmpeg and sox read the BIN back."""
    wav = tmp_path / "in.wav"
    synth = ["whitenoise"] if channels == 1 else ["whitenoise", "sine", "440"]
    subprocess.run(
        ["sox", "-R", "-n", "-r", "44100", "-b", "16", "-c", str(channels), str(wav),
         "synth", "6.5", *synth, "vol", "0.5"],
        check=True,
    )  # fmt: skip
    original = np.frombuffer(
        subprocess.run(
            ["ffmpeg", "-v", "error", "-i", str(wav), "-f", "s16le", "-"],
            capture_output=True, check=True,
        ).stdout, "<i2",
    ).reshape(-1, channels)  # fmt: skip
    assert len(original) == 6.5 * RATE and original.any()
    rec = tmp_path / "x.twindeck"
    assert main(["record", str(rec), "--input", str(wav)]) == 0
    cue = tmp_path / "copy.cue"
    assert main(["export", str(rec), "--to", str(cue)]) == 0
    capsys.readouterr()
    binary = tmp_path / "copy.bin"
    assert parse_cue(cue) == [0]
    assert f"REM TWINDECK-FRAMES {len(original)}" in cue.read_text()
    assert binary.stat().st_size == 488 * 2352  # 487.5 sectors of audio, padded to whole ones
    for decoded in (decode_bin(binary), sox_decode(binary)):
        assert np.array_equal(decoded[: len(original)], np.repeat(original, 3 - channels, axis=1))
        assert not decoded[len(original) :].any()  # the declared padding is zeros

    assert main(["verify", str(rec), "--audio", str(cue)]) == 0
    assert "INTACT" in capsys.readouterr().out
    data = bytearray(binary.read_bytes())
    data[(5 * RATE + 2205) * 4 + 1] ^= 0x10  # one byte of the left sample 5.05 s in
    binary.write_bytes(bytes(data))
    assert main(["verify", str(rec), "--audio", str(cue)]) == 1
    out = capsys.readouterr().out
    assert "segment 5 (0:05.0–0:06.0): the audio differs from what was sealed" in out
    if channels == 1:
        assert "left and right channels differ from 0:05.0" in out


def test_a_cut_short_or_missing_bin(
    made_cd: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    rec, cue = made_cd
    binary = cue.with_suffix(".bin")
    data = binary.read_bytes()
    binary.write_bytes(data + b"\x00\x07")  # half a frame of something after the last sector
    assert main(["verify", str(rec), "--audio", str(cue)]) == 1
    assert "sound after the sealed audio" in capsys.readouterr().out
    binary.write_bytes(data[: 2 * RATE * 4 + 10])  # 2 s and a bit: a burner that gave up
    assert main(["verify", str(rec), "--audio", str(cue)]) == 1
    assert "the audio was cut off" in capsys.readouterr().out
    binary.write_bytes(b"")
    assert main(["verify", str(rec), "--audio", str(cue)]) == 1
    binary.unlink()
    assert main(["verify", str(rec), "--audio", str(cue)]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_the_cue_cannot_point_elsewhere(
    made_cd: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rec, cue = made_cd
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    (elsewhere / "copy.bin").write_bytes(cue.with_suffix(".bin").read_bytes())
    cue.with_suffix(".bin").unlink()
    cue.write_text(cue.read_text().replace('FILE "copy.bin"', 'FILE "other/copy.bin"'))
    assert main(["verify", str(rec), "--audio", str(cue)]) == 2  # only the name is used
    assert main(["export", str(rec), "--to", str(cue)]) == 2  # never overwrites
    assert "already exists" in capsys.readouterr().err


@pytest.fixture
def made_cd(tmp_path: Path) -> tuple[Path, Path]:
    made = make_recording(tmp_path / "a.twindeck", seconds=3, rate=RATE, notes={})
    cue = tmp_path / "copy.cue"
    assert main(["export", str(made.path), "--to", str(cue)]) == 0
    return made.path, cue
