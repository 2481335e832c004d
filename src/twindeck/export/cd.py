"""An audio-CD image (CUE/BIN) any burner writes and any CD player plays, sample-exact.

CD audio is 44 100 Hz, 16-bit, stereo, in sectors of 2 352 bytes (588 frames). A recording made
at 44.1 kHz 16-bit goes onto the disc unchanged: a stereo one as it is, a mono one with each
sample on both channels. Nothing is resampled: any other recording is refused with the reason
(twindeck records microphones at 44.1 kHz by default, so that this holds).

The BIN holds the samples little-endian (the CUE says ``BINARY``), then zeros to fill the last
sector and to reach the 4-second minimum a track must have. The CUE records how many frames are
the recording (``REM TWINDECK-FRAMES``); the seal covers exactly those, and the padding must be
zeros. Long recordings get a track every ten minutes, so a CD player can skip to 40:00.

Reading the image back (``verify REC --audio copy.cue``) takes the left channel of a mono
recording — and checks the right one is identical — and ignores the padding only if it is silent.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from twindeck.errors import AlreadyExists, DestinationError, UnsupportedAudio, UnusableInput
from twindeck.seal import AudioFormat, Report, clock_text, open_recording

SECTOR_BYTES = 2352
SECTOR_FRAMES = 588  # stereo 16-bit frames per sector
SECTORS_PER_SECOND = 75
MIN_TRACK_SECTORS = 4 * SECTORS_PER_SECOND
TRACK_SECONDS = 600
MAX_SECTORS = (79 * 60 + 57) * SECTORS_PER_SECOND  # an 80-minute disc
CD_RATE = 44100


def _msf(sectors: int) -> str:
    m, rest = divmod(sectors, 60 * SECTORS_PER_SECOND)
    s, f = divmod(rest, SECTORS_PER_SECOND)
    return f"{m:02d}:{s:02d}:{f:02d}"


def check_cd_format(fmt: AudioFormat, frames: int) -> None:
    if fmt.rate_hz != CD_RATE or fmt.encoding != "s16le" or fmt.channels not in (1, 2):
        raise UnsupportedAudio(
            f"an audio CD holds 44 100 Hz 16-bit mono or stereo; this recording is "
            f"{fmt.describe()}, and twindeck never resamples a sealed recording",
            hint="Give the other party the .twindeck.zip or a .wav/.flac copy instead; "
            "record at --rate 44100 (the default) when a CD is wanted.",
        )
    sectors = -(-frames // SECTOR_FRAMES)
    if sectors > MAX_SECTORS:
        raise UnsupportedAudio(
            f"{clock_text(frames / CD_RATE)} does not fit on an 80-minute audio CD",
            hint="Use a data disc or USB stick with the .twindeck.zip and a .wav copy.",
        )


def write_cd_image(path: Path, report: Report, cue: Path) -> tuple[Path, int]:
    """Write ``cue`` and the BIN beside it; returns (bin path, tracks)."""
    assert report.audio is not None
    fmt, frames = report.audio, report.frames
    check_cd_format(fmt, frames)
    if cue.suffix.lower() != ".cue":
        raise UnusableInput("a CD image is written as NAME.cue (with NAME.bin beside it)")
    binary = cue.with_suffix(".bin")
    for target in (cue, binary):
        if target.exists():
            raise AlreadyExists(f"{target} already exists; twindeck never overwrites a file")
    sectors = max(MIN_TRACK_SECTORS, -(-frames // SECTOR_FRAMES))
    track_sectors = TRACK_SECONDS * SECTORS_PER_SECOND
    starts = list(range(0, sectors, track_sectors))
    if len(starts) > 1 and sectors - starts[-1] < MIN_TRACK_SECTORS:
        starts.pop()  # no track shorter than four seconds at the end
    lines = [
        f"REM TWINDECK-RECORDING {report.recording_id}",
        f"REM TWINDECK-SEAL {report.seal_code}",
        f"REM TWINDECK-FRAMES {frames}",
        f'REM COMMENT "sealed audio: the first {frames} frames; the rest is silence"',
        f'TITLE "twindeck {report.seal_code}"',
        f'FILE "{binary.name}" BINARY',
    ]
    for number, start in enumerate(starts, 1):
        lines += [
            f"  TRACK {number:02d} AUDIO",
            f'    TITLE "{clock_text(start / SECTORS_PER_SECOND)}"',
            f"    INDEX 01 {_msf(start)}",
        ]
    partial = binary.with_name(binary.name + ".partial")
    files = open_recording(path)
    try:
        with open(partial, "wb") as out:
            written = 0
            for block in _blocks(files.audio.ranges(_spans(frames, fmt)), fmt):
                out.write(block)
                written += len(block)
            out.write(bytes(sectors * SECTOR_BYTES - written))
        partial.replace(binary)
        cue.write_text("\n".join(lines) + "\n", "utf-8")
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DestinationError(f"cannot write the CD image: {exc.strerror}") from exc
    finally:
        files.close()
    return binary, len(starts)


def _spans(frames: int, fmt: AudioFormat) -> list[tuple[int, int]]:
    step = 10 * fmt.rate_hz * fmt.frame_bytes
    size = frames * fmt.frame_bytes
    return [(start, min(step, size - start)) for start in range(0, size, step)]


def _blocks(chunks: Iterator[bytes | memoryview], fmt: AudioFormat) -> Iterator[bytes]:
    for chunk in chunks:
        if fmt.channels == 2:
            yield bytes(chunk)
        else:
            mono = np.frombuffer(chunk, "<i2")
            yield np.repeat(mono, 2).astype("<i2").tobytes()


class CdImageBytes:
    """A CUE/BIN image read back as the recording's canonical PCM (``verify --audio``).

    The BIN is memory-mapped, not read into memory: a full 80-minute disc is 846 MB. Stereo
    audio is handed to the verifier as views of the map (hashed on all cores); mono audio is
    taken from the left channel one segment at a time, after a pass that checks the right
    channel matches it and the padding is silent.
    """

    def __init__(self, cue: Path, fmt: AudioFormat) -> None:
        text = _read_cue(cue)
        found = re.search(r'^FILE\s+"([^"]+)"\s+BINARY\s*$', text, re.M)
        frames = re.search(r"^REM TWINDECK-FRAMES (\d+)\s*$", text, re.M)
        if found is None or frames is None:
            raise UnusableInput(
                f"{cue} is not a twindeck CD image (no FILE … BINARY or frames)",
                hint="Give the .cue that `twindeck export --to NAME.cue` wrote.",
            )
        check_cd_format(fmt, int(frames.group(1)))
        self.fmt = fmt
        self.binary = cue.parent / Path(found.group(1)).name  # never a path from elsewhere
        try:
            total = self.binary.stat().st_size
            raw = (
                np.memmap(self.binary, "<i2", mode="r", shape=(total // 2,))
                if total >= 2
                else np.zeros(0, "<i2")
            )
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            raise UnusableInput(
                f"cannot read {self.binary}, the audio of the CD image {cue.name}: {reason}",
                hint="Keep the .bin beside the .cue, with the name on the CUE's FILE line.",
            ) from exc
        self._stereo = raw[: raw.size - raw.size % 2].reshape(-1, 2)
        self.frames = int(frames.group(1))
        self.parallel = fmt.channels == 2  # views of the map: no copies to queue up
        self.problems: list[tuple[str, str, float]] = []  # (code, message, at seconds)
        self._check_padding(tail_bytes=total % 4)
        if fmt.channels == 1:
            self._check_channels()
        self.size = min(self.frames, len(self._stereo)) * fmt.frame_bytes

    def _scan(self, start: int, stop: int, bad: Callable[[NDArray[np.int16]], Any]) -> int | None:
        """The first frame in [start, stop) where ``bad`` holds, reading 10 s at a time."""
        step = 10 * CD_RATE
        for at in range(start, stop, step):
            hits = np.flatnonzero(bad(self._stereo[at : min(at + step, stop)]))
            if hits.size:
                return at + int(hits[0])
        return None

    def _check_padding(self, tail_bytes: int) -> None:
        at = self._scan(self.frames, len(self._stereo), lambda block: block.any(axis=1))
        if at is None and tail_bytes:  # a stray byte or two after the last whole frame
            with open(self.binary, "rb") as f:
                f.seek(-tail_bytes, 2)
                if f.read().strip(b"\0"):
                    at = len(self._stereo)
        if at is not None:
            self.problems.append(
                (
                    "audio_extra",
                    f"the CD image holds sound after the sealed audio, from "
                    f"{clock_text(at / CD_RATE)}: something was added",
                    at / CD_RATE,
                )
            )

    def _check_channels(self) -> None:
        stop = min(self.frames, len(self._stereo))
        at = self._scan(0, stop, lambda block: block[:, 0] != block[:, 1])
        if at is not None:
            self.problems.append(
                (
                    "segment_changed",
                    f"the CD's left and right channels differ from {clock_text(at / CD_RATE)}:"
                    " a mono recording is the same on both, so one of them was changed",
                    at / CD_RATE,
                )
            )

    def ranges(self, spans: Sequence[tuple[int, int]]) -> Iterator[bytes | memoryview]:
        fb = self.fmt.frame_bytes
        for start, length in spans:
            first = min(start // fb, self.size // fb)
            last = min((start + length) // fb, self.size // fb)
            if self.fmt.channels == 2:
                yield self._stereo[first:last].data.cast("B")
            else:
                yield self._stereo[first:last, 0].tobytes()

    def close(self) -> None:
        # The map closes when the last view of it goes: the verifier may still hold one.
        self._stereo = np.zeros((0, 2), "<i2")


def _read_cue(cue: Path) -> str:
    try:
        if cue.stat().st_size > 64 * 1024:
            raise UnusableInput(f"{cue} is too large to be a CUE sheet")
        return cue.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UnusableInput(f"cannot read {cue}: {exc}") from exc


__all__ = ["CdImageBytes", "check_cd_format", "write_cd_image"]
