"""Comparing our recording with another copy of the assessment: cuts and insertions found through
a lossy codec (MP3 by ffmpeg), with boundaries within half a second."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from twindeck.cli import main

RATE = 22050


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "home"))


def syllables(seconds: float, seed: int) -> np.ndarray:
    """Speech-like sound: voiced syllables of random pitch, length and loudness, with pauses."""
    rng = np.random.default_rng(seed)
    out, n = [], 0
    while n < seconds * RATE:
        size = int(RATE * rng.uniform(0.08, 0.3))
        if rng.random() < 0.25:
            out.append(np.zeros(size))
        else:
            t = np.arange(size) / RATE
            f0 = rng.uniform(100, 250)
            harmonics = sum(
                np.sin(2 * np.pi * f0 * k * t) * rng.uniform(0, 1) / k for k in range(1, 12)
            )
            out.append(rng.uniform(0.05, 0.4) * harmonics * np.hanning(size))
        n += size
    return np.concatenate(out)[: int(seconds * RATE)]


def recorded(tmp_path: Path, audio: np.ndarray) -> Path:
    sf.write(str(tmp_path / "ours.wav"), audio, RATE, subtype="PCM_16")
    rec = tmp_path / "ours.twindeck"
    assert main(["record", str(rec), "--input", str(tmp_path / "ours.wav")]) == 0
    return rec


def as_mp3(tmp_path: Path, audio: np.ndarray, name: str) -> Path:
    sf.write(str(tmp_path / f"{name}.wav"), audio, RATE, subtype="PCM_16")
    mp3 = tmp_path / f"{name}.mp3"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", str(tmp_path / f"{name}.wav"),
                    "-b:a", "64k", str(mp3)], check=True)  # fmt: skip
    return mp3


def spans(capsys: pytest.CaptureFixture[str], rec: Path, other: Path) -> list[dict]:
    capsys.readouterr()
    code = main(["compare", str(rec), str(other), "--json"])
    data = json.loads(capsys.readouterr().out)["spans"]
    assert code == (0 if not data else 1)
    return list(data)


def test_cuts_in_the_other_copy_are_found(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = syllables(120, seed=4)
    rec = recorded(tmp_path, ours)
    keep = np.ones(ours.size, bool)
    for a, b in ((30, 35), (80, 82)):
        keep[a * RATE : b * RATE] = False
    found = spans(capsys, rec, as_mp3(tmp_path, ours[keep], "cut"))
    assert [s["kind"] for s in found] == ["missing_from_other", "missing_from_other"]
    for span, (a, b) in zip(found, ((30, 35), (80, 82)), strict=True):
        assert abs(span["ours_s"][0] - a) < 0.5 and abs(span["ours_s"][1] - b) < 0.5


def test_an_insertion_and_an_identical_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = syllables(90, seed=7)
    rec = recorded(tmp_path, ours)
    assert spans(capsys, rec, as_mp3(tmp_path, ours, "same")) == []
    other = np.concatenate([ours[: 40 * RATE], syllables(4, seed=99), ours[40 * RATE :]])
    found = spans(capsys, rec, as_mp3(tmp_path, other, "longer"))
    assert [s["kind"] for s in found] == ["only_in_other"]
    assert abs(found[0]["other_s"][0] - 40) < 0.5 and abs(found[0]["other_s"][1] - 44) < 0.5
    main(["compare", str(rec), str(tmp_path / "longer.mp3")])
    assert "of the other copy (0:" in capsys.readouterr().out
