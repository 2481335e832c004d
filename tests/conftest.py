"""Shared fixtures: a fixed device key and real, reproducible recordings made by the real writer."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from twindeck.seal import AudioFormat, DeviceKey, RecordingWriter, SealInfo, SteppedClock
from twindeck.transcribe.model import Transcript

START = dt.datetime(2026, 11, 24, 10, 2, 11, 120_000, tzinfo=dt.UTC)
SOFTWARE = "twindeck tests"
DEFAULT_NOTES: Mapping[int, str] = {
    5: "assessor asks about the walk to the shops",
    20: "claimant says the pain is worse on bad days — “most days”",
}
_DTYPES = {"s16le": "<i2", "s32le": "<i4", "f32le": "<f4"}


def fixed_key(seed: int = 0) -> DeviceKey:
    """Ed25519 is deterministic: a fixed seed gives the same signatures every run.

    ``fixed_key()`` is the device key of every recording here, seeded with bytes 0..31."""
    return DeviceKey.from_seed(bytes((seed + i) % 256 for i in range(32)))


@dataclass(frozen=True)
class Made:
    """A recording made by :func:`make_recording`, with what was fed to the writer."""

    path: Path
    fmt: AudioFormat
    pcm: bytes  # every byte written to audio.pcm, in order
    seal: SealInfo | None
    key: DeviceKey
    recording_id: str


def make_pcm(
    seconds: float, rate: int = 8000, channels: int = 1, encoding: str = "s16le", seed: int = 0
) -> bytes:
    """A 440 Hz tone (a little higher on each further channel) plus seeded noise."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(round(seconds * rate))) / rate
    tones = [np.sin(2 * np.pi * (440 + 110 * c) * t) for c in range(channels)]
    signal = 0.3 * np.stack(tones, axis=1) + 0.05 * rng.standard_normal((t.size, channels))
    signal = np.clip(signal, -1.0, 1.0)
    if encoding == "f32le":
        return signal.astype("<f4").tobytes()
    if encoding == "s24le":
        ints = np.round(signal * (2**23 - 1)).astype("<i4")
        return ints.view(np.uint8).reshape(-1, 4)[:, :3].tobytes()
    scale = 2 ** (8 * {"s16le": 2, "s32le": 4}[encoding] - 1) - 1
    return np.round(signal * scale).astype(_DTYPES[encoding]).tobytes()


def make_recording(
    path: Path | list[Path],
    *,
    seconds: float = 35,
    rate: int = 8000,
    channels: int = 1,
    encoding: str = "s16le",
    notes: Mapping[int, str] = DEFAULT_NOTES,
    seal: bool = True,
    checkpoint_every: int = 10,
    key: DeviceKey | None = None,
    seed: int = 0,
    recording_id: str | None = None,
    meta: Mapping[str, object] | None = None,
) -> Made:
    """Record ``seconds`` of real audio in one-second segments with the real writer.

    ``notes`` maps "after this many whole seconds of audio" to a note's text. A start event comes
    first; ``seal=False`` leaves the recording as a crash would between two segments.
    """
    paths = path if isinstance(path, list) else [path]
    key = key or fixed_key()
    fmt = AudioFormat(encoding, rate, channels)
    recording_id = recording_id or hashlib.sha256(paths[0].name.encode()).hexdigest()[:32]
    writer = RecordingWriter.create(
        paths,
        key=key,
        fmt=fmt,
        clock=SteppedClock(START),
        source={"kind": "file", "realtime": False},
        meta=dict(meta if meta is not None else {"case": "PIP-TEST-0001"}),
        software=SOFTWARE,
        recording_id=recording_id,
        checkpoint_every=checkpoint_every,
    )
    pcm = make_pcm(seconds, rate, channels, encoding, seed)
    step = rate * fmt.frame_bytes
    writer.add_event("start")
    for second, start in enumerate(range(0, len(pcm), step)):
        if second in notes:
            writer.add_event("note", {"text": notes[second]})
        writer.add_segment(pcm[start : start + step])
    info = writer.seal() if seal else None
    if not seal:
        writer.close()
    return Made(paths[0], fmt, pcm, info, key, recording_id)


@pytest.fixture(scope="session")
def key() -> DeviceKey:
    """The device key :func:`make_recording` signs with."""
    return DeviceKey.from_seed(bytes(range(32)))


@pytest.fixture(scope="session")
def other_key() -> DeviceKey:
    """Another device's key."""
    return fixed_key(100)


@pytest.fixture
def rec(tmp_path: Path) -> Made:
    """A fresh sealed 35 s recording with two notes, free to tamper with."""
    return make_recording(tmp_path / "assessment.twindeck")


def said_transcript(lines: list[tuple[str, str]]) -> Transcript:
    """A transcript as the model would give it: one utterance per (speaker, text) line, two
    seconds each, its words spread evenly over them."""
    from twindeck.transcribe.model import Utterance, Word

    utterances = []
    for i, (speaker, text) in enumerate(lines):
        words = text.split()
        step = 2.0 / len(words)
        ws = tuple(
            Word(2.0 * i + k * step, 2.0 * i + (k + 1) * step, w, 0.9, speaker)
            for k, w in enumerate(words)
        )
        utterances.append(Utterance(2.0 * i, 2.0 * i + 2.0, speaker, ws, (2 * i, 2 * i + 1)))
    return Transcript("0" * 32, "0" * 64, "ABCD-EFGH", 2.0 * len(lines), {}, ("S1", "S2"),
                      tuple(utterances))  # fmt: skip
