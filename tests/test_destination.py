"""Disk full and unwritable destinations: a clear error, what was written stays valid, and with
--copy-to one failing copy does not stop the other. Uses real small filesystems (tmpfs)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from twindeck.cli import main
from twindeck.seal import verify_recording


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "home"))


def _mount(target: Path, options: str) -> Iterator[Path]:
    target.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.strip()}")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    yield from _mount(tmp_path / "small", "size=300k")


@pytest.fixture
def readonly_disk(tmp_path: Path) -> Iterator[Path]:
    yield from _mount(tmp_path / "ro", "ro,size=1m")


@pytest.fixture
def wav(tmp_path: Path) -> Path:
    path = tmp_path / "talk.wav"
    t = np.arange(16000 * 20) / 16000
    sf.write(str(path), 0.3 * np.sin(2 * np.pi * 220 * t), 16000, subtype="PCM_16")
    return path


def test_disk_full_stops_cleanly_and_keeps_a_sealed_prefix(
    small_disk: Path, wav: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = small_disk / "a.twindeck"
    assert main(["record", str(rec), "--input", str(wav)]) == 1
    err = capsys.readouterr().err
    assert "the disk is full" in err and "Traceback" not in err
    report = verify_recording(rec)
    assert report.verdict == "intact", [p.message for p in report.problems]
    assert report.end == "error"
    assert 3 < report.duration_s < 20  # a real prefix was kept, not the whole


def test_one_failing_copy_does_not_stop_the_other(
    small_disk: Path, wav: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full, good = small_disk / "a.twindeck", tmp_path / "b.twindeck"
    assert main(["record", str(good), "--input", str(wav), "--copy-to", str(full)]) == 1
    assert "the disk is full" in capsys.readouterr().err
    complete = verify_recording(good)
    assert complete.ok and complete.duration_s == 20
    assert [e.data for e in complete.events if e.kind == "copy_failed"] == [
        {"copy": 1, "reason": "the disk is full"}
    ]
    partial = verify_recording(full)
    assert partial.ok and partial.end == "error" and partial.duration_s < 20
    # the failed copy is an exact prefix of the good one
    assert (good / "audio.pcm").read_bytes().startswith((full / "audio.pcm").read_bytes())


def test_unwritable_destination_is_a_clear_error(
    readonly_disk: Path, wav: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["record", str(readonly_disk / "a.twindeck"), "--input", str(wav)]) == 1
    assert "read-only" in capsys.readouterr().err
    assert main(["record", str(tmp_path / "no" / "such" / "a.twindeck"), "--input", str(wav)]) == 1
    assert "does not exist" in capsys.readouterr().err
