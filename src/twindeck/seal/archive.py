"""Reading a recording in either form, and packing the folder into the single-file form (§2).

Both forms hold the same two files: ``log.jsonl`` and ``audio.pcm``. The zip stores them
uncompressed with fixed metadata, so packing one folder twice gives identical bytes, and the
verifier reads the audio straight out of the zip through a memory map.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import struct
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from twindeck.errors import AlreadyExists, DestinationError, NotARecording, UnusableInput
from twindeck.seal.log import AUDIO_NAME, LOG_NAME

MAX_LOG_BYTES = 256 * 1024 * 1024
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
REDACTIONS_NAME = "redactions.json"
# what Python's zipfile can decompress; anything else (e.g. WinZip AES) is refused plainly
_READABLE = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")


class AudioBytes(Protocol):
    """Canonical PCM bytes of a recording, read by byte ranges in increasing order."""

    size: int
    parallel: bool

    def ranges(self, spans: Sequence[tuple[int, int]]) -> Iterator[bytes | memoryview]:
        """Yield the bytes of each (start, length) span; a span past the end yields short."""
        ...

    def close(self) -> None: ...


class MappedAudio:
    """PCM in a file at a byte offset (a folder's audio.pcm, or a stored zip member)."""

    parallel = True

    def __init__(self, path: Path, offset: int, size: int) -> None:
        self.size = size
        self._offset = offset
        self._file = open(path, "rb")  # noqa: SIM115 - closed in close()
        total = os.fstat(self._file.fileno()).st_size
        self._map: mmap.mmap | None = (
            mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ) if total else None
        )
        self.size = max(0, min(size, total - offset))

    def view(self, start: int, length: int) -> memoryview:
        if self._map is None or start >= self.size:
            return memoryview(b"")
        end = min(start + length, self.size)
        return memoryview(self._map)[self._offset + start : self._offset + end]

    def ranges(self, spans: Sequence[tuple[int, int]]) -> Iterator[memoryview]:
        for start, length in spans:
            yield self.view(start, length)

    def close(self) -> None:
        if self._map is not None:
            # a view may still be referenced; the GC releases the map then
            with contextlib.suppress(BufferError):
                self._map.close()
        self._file.close()


class StreamedAudio:
    """PCM inside a compressed zip member: read once, in order."""

    parallel = False

    def __init__(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        self.size = info.file_size
        self._archive = archive
        self._info = info

    def ranges(self, spans: Sequence[tuple[int, int]]) -> Iterator[bytes]:
        try:
            with self._archive.open(self._info) as stream:
                for start, length in spans:
                    stream.seek(start)  # backwards too: a tampered log may list any order
                    yield stream.read(length)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            raise NotARecording(f"{self._archive.filename} is a damaged zip file: {exc}") from exc

    def close(self) -> None:
        self._archive.close()


@dataclass
class RecordingFiles:
    path: Path
    form: str  # "folder" or "zip"
    log: bytes
    audio: AudioBytes
    redactions: bytes | None = None  # redactions.json of a redacted copy (format.md §11)

    def close(self) -> None:
        self.audio.close()


def open_recording(path: Path) -> RecordingFiles:
    """Open a recording folder or single file; raise UnusableInput with one clear line if not."""
    if not path.exists():
        raise UnusableInput(f"{path} does not exist")
    if path.is_dir():
        return _open_folder(path)
    if not path.is_file():
        raise NotARecording(f"{path} is not a file or folder")
    if not zipfile.is_zipfile(path):
        with open(path, "rb") as handle:
            starts_like_zip = handle.read(4) == b"PK\x03\x04"
        if starts_like_zip:
            raise NotARecording(
                f"{path} is a damaged zip file: its end is missing (was the copy cut short?)",
                hint="Copy the file again from the original, or ask for another copy.",
            )
        raise NotARecording(f"{path} is not a twindeck recording (neither a folder nor a zip)")
    return _open_zip(path)


def _open_folder(path: Path) -> RecordingFiles:
    log_path = path / LOG_NAME
    if not log_path.is_file():
        raise NotARecording(f"{path} is a folder but has no {LOG_NAME}: not a twindeck recording")
    try:
        size = log_path.stat().st_size
        if size > MAX_LOG_BYTES:
            raise NotARecording(f"{log_path} is {size} bytes: larger than any recording's log")
        log = log_path.read_bytes()
        redactions_path = path / REDACTIONS_NAME
        redactions = (
            redactions_path.read_bytes()[: MAX_LOG_BYTES + 1] if redactions_path.is_file() else None
        )
        audio_path = path / AUDIO_NAME
        audio: AudioBytes
        if audio_path.is_file():
            audio = MappedAudio(audio_path, 0, audio_path.stat().st_size)
        else:
            audio = _NoAudio()
    except OSError as exc:
        raise UnusableInput(f"cannot read {path}: {exc.strerror}") from exc
    return RecordingFiles(path, "folder", log, audio, redactions)


class _NoAudio:
    size = 0
    parallel = False

    def ranges(self, spans: Sequence[tuple[int, int]]) -> Iterator[bytes]:
        for _ in spans:
            yield b""

    def close(self) -> None:
        pass


def _open_zip(path: Path) -> RecordingFiles:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise NotARecording(f"{path} is a damaged zip file: {exc}") from exc
    try:
        infos = archive.infolist()
        names = {info.filename: info for info in infos}
        if len(names) != len(infos):
            raise NotARecording(f"{path} holds two files of the same name: not a recording")
        if LOG_NAME not in names:
            raise NotARecording(f"{path} is a zip without {LOG_NAME}: not a twindeck recording")
        log_info = names[LOG_NAME]
        if log_info.file_size > MAX_LOG_BYTES:
            raise NotARecording(f"{path}: {LOG_NAME} claims {log_info.file_size} bytes")
        with archive.open(log_info) as stream:
            log = stream.read(MAX_LOG_BYTES + 1)
        if len(log) > MAX_LOG_BYTES:
            raise NotARecording(f"{path}: {LOG_NAME} is larger than any recording's log")
        redactions = None
        if REDACTIONS_NAME in names:
            with archive.open(names[REDACTIONS_NAME]) as stream:
                redactions = stream.read(MAX_LOG_BYTES + 1)
        audio: AudioBytes
        info = names.get(AUDIO_NAME)
        if info is None:
            audio = _NoAudio()
            archive.close()
        elif info.compress_type not in _READABLE:
            raise NotARecording(
                f"{path}: {AUDIO_NAME} uses a compression twindeck does not read "
                f"(method {info.compress_type}); the single-file form stores it"
            )
        elif info.compress_type == zipfile.ZIP_STORED:
            audio = MappedAudio(path, _data_offset(path, info), info.file_size)
            archive.close()
        else:
            audio = StreamedAudio(archive, info)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        archive.close()
        raise NotARecording(f"{path} is a damaged zip file: {exc}") from exc
    except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
        archive.close()
        raise NotARecording(f"{path} holds encrypted members: not a twindeck copy ({exc})") from exc
    except BaseException:
        archive.close()
        raise
    return RecordingFiles(path, "zip", log, audio, redactions)


def _data_offset(path: Path, info: zipfile.ZipInfo) -> int:
    with open(path, "rb") as handle:
        handle.seek(info.header_offset)
        header = handle.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size or header[:4] != b"PK\x03\x04":
            raise zipfile.BadZipFile(f"no local header for {info.filename}")
        fields = _LOCAL_HEADER.unpack(header)
        name_len, extra_len = int(fields[-2]), int(fields[-1])
        if handle.read(name_len) != info.orig_filename.encode():  # as zipfile itself checks
            raise zipfile.BadZipFile(f"the local header of {info.filename} names another file")
    return int(info.header_offset) + _LOCAL_HEADER.size + name_len + extra_len


def pack_recording(folder: Path, target: Path) -> None:
    """Write the single-file form: an uncompressed zip with fixed metadata, reproducibly."""
    if target.exists():
        raise AlreadyExists(f"{target} already exists")
    partial = target.with_name(target.name + ".partial")
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_STORED) as archive:
            for name in (LOG_NAME, AUDIO_NAME):
                info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
                info.external_attr = 0o644 << 16
                info.create_system = 3
                size = (folder / name).stat().st_size
                with (
                    open(folder / name, "rb") as src,
                    archive.open(info, "w", force_zip64=size >= 2**31) as dst,
                ):
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DestinationError(f"cannot write {target}: {exc.strerror}") from exc
