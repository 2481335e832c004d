"""A live level meter over canonical PCM: RMS and peak in dBFS, silence and clipping.

dBFS here follows AES17: a full-scale sine reads 0 dB peak and -3.01 dB RMS. The meter only reads
samples; it never changes what is recorded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from twindeck.seal.pcm import AudioFormat

FLOOR_DBFS = -120.0  # what digital silence reads as (log of zero)
SILENCE_DBFS = -60.0  # a chunk quieter than this counts as silence
CLIP_FRACTION = 0.999  # |sample| at or above this share of full scale counts as clipped
CLIP_HOLD_S = 2.0  # a clip stays shown this long, so a person can see it


@dataclass(frozen=True)
class Level:
    rms_dbfs: float
    peak_dbfs: float
    silent_for_s: float  # how long the input has been continuously silent
    clipping: bool  # clipped within the last CLIP_HOLD_S


def samples(pcm: bytes | bytearray | memoryview, fmt: AudioFormat) -> np.ndarray:
    """Canonical PCM as float64 in [-1, 1), shape (frames, channels)."""
    raw = np.frombuffer(pcm, dtype=np.uint8)
    usable = len(raw) - len(raw) % fmt.frame_bytes
    raw = raw[:usable]
    if fmt.encoding == "s16le":
        x = raw.view("<i2").astype(np.float64) / 32768.0
    elif fmt.encoding == "s24le":
        b = raw.reshape(-1, 3).astype(np.int32)
        v = b[:, 0] | (b[:, 1] << 8) | (b[:, 2] << 16)
        v = np.where(v >= 1 << 23, v - (1 << 24), v)
        x = v.astype(np.float64) / float(1 << 23)
    elif fmt.encoding == "s32le":
        x = raw.view("<i4").astype(np.float64) / float(1 << 31)
    else:  # f32le
        x = np.nan_to_num(raw.view("<f4").astype(np.float64), nan=0.0, posinf=1.0, neginf=-1.0)
    return x.reshape(-1, fmt.channels)


def dbfs(value: float) -> float:
    """Amplitude (1.0 = full scale) in dB, floored at FLOOR_DBFS."""
    return max(FLOOR_DBFS, 20.0 * math.log10(value)) if value > 0 else FLOOR_DBFS


class LevelMeter:
    """Feed it chunks as they arrive; each call returns the level of that chunk."""

    def __init__(self, fmt: AudioFormat) -> None:
        self.fmt = fmt
        self._silent_frames = 0
        self._since_clip_frames: int | None = None

    def feed(self, pcm: bytes | memoryview) -> Level:
        x = samples(pcm, self.fmt)
        frames = x.shape[0]
        if frames == 0:
            return Level(FLOOR_DBFS, FLOOR_DBFS, self._silent_frames / self.fmt.rate_hz, False)
        # RMS per channel, the loudest channel shown (a dead channel must not halve the reading)
        rms = float(np.sqrt(np.mean(x * x, axis=0)).max())
        peak = float(np.abs(x).max())
        rms_db, peak_db = dbfs(rms), dbfs(peak)
        if rms_db < SILENCE_DBFS:
            self._silent_frames += frames
        else:
            self._silent_frames = 0
        if peak >= CLIP_FRACTION:
            self._since_clip_frames = 0
        elif self._since_clip_frames is not None:
            self._since_clip_frames += frames
        clipping = (
            self._since_clip_frames is not None
            and self._since_clip_frames < CLIP_HOLD_S * self.fmt.rate_hz
        )
        return Level(rms_db, peak_db, self._silent_frames / self.fmt.rate_hz, clipping)


def bar(level: Level, width: int) -> str:
    """A text meter from -60 dBFS (empty) to 0 dBFS (full), RMS filled and peak marked."""
    width = max(1, width)

    def cells(db: float) -> int:
        return max(0, min(width, round((db - SILENCE_DBFS) / -SILENCE_DBFS * width)))

    filled, peak = cells(level.rms_dbfs), cells(level.peak_dbfs)
    text = ["#"] * filled + ["-"] * (width - filled)
    if peak > filled:
        text[peak - 1] = "|"
    return "[" + "".join(text) + "]"


__all__ = ["Level", "LevelMeter", "bar", "dbfs", "samples"]
