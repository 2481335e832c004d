"""Canonical PCM: the sample formats the seal knows and the segment digest (format.md §5)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

# encoding name -> bytes per sample; all little-endian, channels interleaved.
ENCODINGS: dict[str, int] = {"s16le": 2, "s24le": 3, "s32le": 4, "f32le": 4}
MAX_CHANNELS = 32
MIN_RATE_HZ = 1000
MAX_RATE_HZ = 768_000


@dataclass(frozen=True)
class AudioFormat:
    encoding: str
    rate_hz: int
    channels: int

    def __post_init__(self) -> None:
        if self.encoding not in ENCODINGS:
            raise ValueError(f"unknown sample encoding {self.encoding!r}")
        if not MIN_RATE_HZ <= self.rate_hz <= MAX_RATE_HZ:
            raise ValueError(f"sample rate {self.rate_hz} Hz outside {MIN_RATE_HZ}–{MAX_RATE_HZ}")
        if not 1 <= self.channels <= MAX_CHANNELS:
            raise ValueError(f"{self.channels} channels outside 1–{MAX_CHANNELS}")

    @property
    def frame_bytes(self) -> int:
        return ENCODINGS[self.encoding] * self.channels

    def describe(self) -> str:
        layout = {1: "mono", 2: "stereo"}.get(self.channels, f"{self.channels} channels")
        return f"{self.rate_hz} Hz {layout} {self.encoding}"


def segment_prefix(fmt: AudioFormat, offset_frames: int, frames: int) -> bytes:
    """The ASCII line hashed before a segment's samples."""
    return (
        f"twindeck-pcm/1 {fmt.encoding} {fmt.rate_hz} {fmt.channels} {offset_frames} {frames}\n"
    ).encode("ascii")


def segment_digest(fmt: AudioFormat, offset_frames: int, pcm: bytes | memoryview) -> bytes:
    """SHA-256 over the prefix and the canonical PCM bytes of one segment."""
    frames = len(pcm) // fmt.frame_bytes
    h = hashlib.sha256(segment_prefix(fmt, offset_frames, frames))
    h.update(pcm)
    return h.digest()
