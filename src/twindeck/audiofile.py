"""Audio files (WAV, FLAC, …) to and from canonical PCM, sample-exactly, through libsndfile.

No resampling, no gain, no dither: a 24-bit file stays 24-bit. Formats that cannot be carried
exactly (8-bit unsigned, 64-bit float, compressed codecs) are refused with a clear message.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from twindeck.errors import DestinationError, UnsupportedAudio, UnusableInput
from twindeck.seal.pcm import AudioFormat

# libsndfile subtype -> canonical encoding, and back for writing.
_SUBTYPES = {"PCM_16": "s16le", "PCM_24": "s24le", "PCM_32": "s32le", "FLOAT": "f32le"}
_WRITE_SUBTYPES = {v: k for k, v in _SUBTYPES.items()}
_DTYPES = {"s16le": "int16", "s24le": "int32", "s32le": "int32", "f32le": "float32"}
WRITABLE = {
    ".wav": ("WAV", set(_WRITE_SUBTYPES)),
    ".flac": ("FLAC", {"s16le", "s24le"}),
}


def _soundfile() -> Any:
    import soundfile  # libsndfile ships inside the wheel

    return soundfile


def encoding_for(subtype: str, path: Path) -> str:
    try:
        return _SUBTYPES[subtype]
    except KeyError:
        raise UnsupportedAudio(
            f"{path} holds {subtype} audio, which cannot be kept sample-exactly"
        ) from None


def to_canonical(samples: np.ndarray, encoding: str) -> bytes:
    """Samples as libsndfile returns them (dtype per _DTYPES) -> canonical little-endian bytes."""
    if encoding == "s24le":
        shifted = (samples.astype("<i4", copy=False) >> 8).reshape(-1)
        return shifted.view(np.uint8).reshape(-1, 4)[:, :3].tobytes()
    return samples.astype(samples.dtype.newbyteorder("<"), copy=False).tobytes()


def from_canonical(pcm: bytes | memoryview, fmt: AudioFormat) -> np.ndarray:
    """Canonical bytes -> a (frames, channels) array libsndfile writes exactly."""
    if fmt.encoding == "s24le":
        raw = np.frombuffer(pcm, dtype=np.uint8).reshape(-1, 3)
        wide = np.zeros((raw.shape[0], 4), dtype=np.uint8)
        wide[:, 1:] = raw  # left-justify into int32, as libsndfile expects for PCM_24
        samples = wide.view("<i4").reshape(-1)
    else:
        samples = np.frombuffer(pcm, dtype=np.dtype(_DTYPES[fmt.encoding]).newbyteorder("<"))
    return samples.reshape(-1, fmt.channels)


class AudioFileReader:
    """Read an audio file as canonical PCM in its own sample format."""

    def __init__(self, path: Path) -> None:
        sf = _soundfile()
        if not path.is_file():
            raise UnusableInput(
                f"{path} does not exist" if not path.exists() else f"{path} is not a file"
            )
        try:
            self._file = sf.SoundFile(str(path))
        except (sf.LibsndfileError, RuntimeError, OSError) as exc:
            raise UnusableInput(f"{path} is not an audio file twindeck can read ({exc})") from exc
        encoding = encoding_for(self._file.subtype, path)
        try:
            self.fmt = AudioFormat(encoding, self._file.samplerate, self._file.channels)
        except ValueError as exc:
            self._file.close()
            raise UnsupportedAudio(f"{path}: {exc}") from exc
        self.path = path
        self.frames: int = self._file.frames

    def read(self, frames: int) -> bytes:
        data = self._file.read(frames, dtype=_DTYPES[self.fmt.encoding], always_2d=True)
        return to_canonical(data, self.fmt.encoding)

    def close(self) -> None:
        self._file.close()


class AudioFileBytes:
    """An audio file presented to the verifier as canonical PCM bytes (``verify --audio``)."""

    parallel = False

    def __init__(self, path: Path, fmt: AudioFormat) -> None:
        self._reader = AudioFileReader(path)
        if self._reader.fmt != fmt:
            self._reader.close()
            raise UnsupportedAudio(
                f"{path} is {self._reader.fmt.describe()}, but the recording is {fmt.describe()}: "
                "it is not a lossless copy of it"
            )
        self.size = self._reader.frames * fmt.frame_bytes

    def ranges(self, spans: Sequence[tuple[int, int]]) -> Iterator[bytes]:
        fb = self._reader.fmt.frame_bytes
        position = 0
        for start, length in spans:
            if start != position:
                self._reader._file.seek(start // fb)
            data = self._reader.read(length // fb)
            position = start + len(data)
            yield data

    def close(self) -> None:
        self._reader.close()


def write_audio_file(target: Path, fmt: AudioFormat, blocks: Iterator[bytes]) -> None:
    """Write canonical PCM blocks to WAV or FLAC, sample-exactly; refuse what cannot be exact."""
    sf = _soundfile()
    container, allowed = WRITABLE[target.suffix.lower()]
    if fmt.encoding not in allowed:
        raise UnsupportedAudio(
            f"{container} cannot hold {fmt.encoding} audio exactly",
            hint="Export to .wav instead: it holds every sample format twindeck records.",
        )
    partial = target.with_name(target.name + ".partial")
    try:
        with sf.SoundFile(
            str(partial),
            "w",
            samplerate=fmt.rate_hz,
            channels=fmt.channels,
            subtype=_WRITE_SUBTYPES[fmt.encoding],
            format=container,
        ) as out:
            for block in blocks:
                out.write(from_canonical(block, fmt))
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DestinationError(f"cannot write {target}: {exc.strerror or exc}") from exc
    except sf.LibsndfileError as exc:
        partial.unlink(missing_ok=True)
        raise DestinationError(f"cannot write {target}: {exc}") from exc
