"""Writing a recording: append-only, fsync'd, to one folder or several in lockstep (format.md §2).

For every segment the audio is made durable before the log line that seals it, so a crash leaves
at most one unsealed segment of audio, which recovery discards and declares.
"""

from __future__ import annotations

import errno
import fcntl
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from twindeck.errors import AlreadyExists, DestinationError
from twindeck.seal.keys import DeviceKey
from twindeck.seal.log import (
    AUDIO_NAME,
    LOG_NAME,
    MAX_NOTE_CHARS,
    RESERVE_NAME,
    Clock,
    LogBuilder,
    SealInfo,
)
from twindeck.seal.pcm import AudioFormat

RESERVE_BYTES = 64 * 1024


def describe_os_error(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno == errno.ENOENT:
        return "the folder does not exist (was the drive removed?)"
    if exc.errno == errno.EIO:
        return "input/output error (was the drive removed?)"
    return exc.strerror or str(exc)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def lock_log(fd: int, path: Path) -> None:
    """Hold an exclusive lock on a recording while it is written (recovery checks it)."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        raise DestinationError(
            f"{path} is being recorded by another process",
            hint="Stop that recording first, or wait for it to finish.",
        ) from exc


class FolderSink:
    """One copy of a recording: a folder with ``log.jsonl`` and ``audio.pcm``, append-only."""

    def __init__(self, path: Path, audio_fd: int, log_fd: int, audio_len: int, log_len: int):
        self.path = path
        self._audio_fd = audio_fd
        self._log_fd = log_fd
        self.audio_len = audio_len
        self.log_len = log_len
        self.closed = False

    @classmethod
    def create(cls, path: Path) -> FolderSink:
        if path.exists():
            raise AlreadyExists(f"{path} already exists")
        try:
            path.mkdir(mode=0o700)
            with open(path / RESERVE_NAME, "wb") as reserve:
                reserve.write(b"\0" * RESERVE_BYTES)
                reserve.flush()
                os.fsync(reserve.fileno())
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND
            audio_fd = os.open(path / AUDIO_NAME, flags, 0o600)
            log_fd = os.open(path / LOG_NAME, flags, 0o600)
            lock_log(log_fd, path)
            _fsync_dir(path)
            _fsync_dir(path.parent)
        except FileNotFoundError as exc:
            raise DestinationError(
                f"cannot create {path}: the folder {path.parent} does not exist"
            ) from exc
        except OSError as exc:
            raise DestinationError(f"cannot create {path}: {describe_os_error(exc)}") from exc
        return cls(path, audio_fd, log_fd, 0, 0)

    @classmethod
    def reopen(cls, path: Path) -> FolderSink:
        """Open an existing folder for appending (recovery)."""
        try:
            audio_fd = os.open(path / AUDIO_NAME, os.O_WRONLY | os.O_APPEND)
            log_fd = os.open(path / LOG_NAME, os.O_WRONLY | os.O_APPEND)
        except OSError as exc:
            raise DestinationError(
                f"cannot open {path} for writing: {describe_os_error(exc)}"
            ) from exc
        lock_log(log_fd, path)
        return cls(path, audio_fd, log_fd, os.fstat(audio_fd).st_size, os.fstat(log_fd).st_size)

    def _write(self, fd: int, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)

    def append(self, audio: bytes, lines: bytes) -> None:
        """Audio first, then the log lines that seal it; each made durable before returning."""
        try:
            if audio:
                self._write(self._audio_fd, audio)
            self._write(self._log_fd, lines)
        except OSError:
            self.rollback()
            raise
        self.audio_len += len(audio)
        self.log_len += len(lines)

    def rollback(self) -> None:
        """Cut a half-written append back to the last complete state (best effort)."""
        for fd, length in ((self._audio_fd, self.audio_len), (self._log_fd, self.log_len)):
            try:
                os.ftruncate(fd, length)
                os.fsync(fd)
            except OSError:
                pass

    def release_reserve(self) -> None:
        (self.path / RESERVE_NAME).unlink(missing_ok=True)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            os.close(self._audio_fd)
            os.close(self._log_fd)


@dataclass
class CopyFailure:
    index: int
    path: Path
    reason: str
    sealed: bool


@dataclass
class RecordingWriter:
    """Feeds the same lines to every copy.

    A copy that fails is sealed where it stands (if it can be) and dropped; the others go on.
    """

    builder: LogBuilder
    sinks: list[FolderSink]
    clock: Clock
    failures: list[CopyFailure] = field(default_factory=list)
    _all_paths: list[Path] = field(default_factory=list)

    @classmethod
    def create(
        cls,
        paths: Sequence[Path],
        *,
        key: DeviceKey,
        fmt: AudioFormat,
        clock: Clock,
        source: dict[str, Any],
        meta: dict[str, Any],
        software: str,
        recording_id: str | None = None,
        segment_frames: int | None = None,
        checkpoint_every: int = 10,
    ) -> RecordingWriter:
        sinks: list[FolderSink] = []
        try:
            for path in paths:
                sinks.append(FolderSink.create(path))
        except Exception:
            for sink in sinks:
                sink.close()
            raise
        started, _ = clock.now()
        builder = LogBuilder.new(
            key=key,
            fmt=fmt,
            recording_id=recording_id or secrets.token_hex(16),
            started=started,
            source=source,
            meta=meta,
            software=software,
            segment_frames=segment_frames,
            checkpoint_every=checkpoint_every,
        )
        writer = cls(builder, sinks, clock, _all_paths=list(paths))
        writer._append(b"", builder.header_line())
        return writer

    @property
    def paths(self) -> list[Path]:
        return [sink.path for sink in self.sinks]

    def _append(self, audio: bytes, lines: bytes, before: LogBuilder | None = None) -> None:
        """Write to every copy; ``before`` is the builder as it was without these lines."""
        failed: list[tuple[FolderSink, OSError]] = []
        for sink in self.sinks:
            try:
                sink.append(audio, lines)
            except OSError as exc:
                failed.append((sink, exc))
        for sink, error in failed:
            self._drop(sink, error, before)

    def _drop(self, sink: FolderSink, exc: OSError, before: LogBuilder | None) -> None:
        self.sinks.remove(sink)
        reason = describe_os_error(exc)
        index = self._all_paths.index(sink.path)
        sealed = before is not None and _salvage(sink, before, self.clock, reason)
        if before is None:
            sink.close()
        self.failures.append(CopyFailure(index, sink.path, reason, sealed))
        if not self.sinks:
            raise DestinationError(
                f"could not write {sink.path}: {reason}",
                hint=(
                    "Everything up to this moment is kept"
                    + (
                        " and sealed."
                        if sealed
                        else "; free some space and run `twindeck recover`."
                    )
                ),
            )
        self.add_event("copy_failed", {"copy": index, "reason": reason})

    def add_segment(self, pcm: bytes) -> None:
        before = self.builder.copy()
        self._append(pcm, self.builder.segment_lines(pcm, self.clock.now()), before)

    def add_event(self, kind: str, data: dict[str, Any] | None = None) -> None:
        data = data or {}
        text = data.get("text")
        if isinstance(text, str) and len(text) > MAX_NOTE_CHARS:
            raise ValueError(f"a note holds at most {MAX_NOTE_CHARS} characters")
        before = self.builder.copy()
        self._append(b"", self.builder.event_line(kind, data, self.clock.now()), before)

    def add_countersignature(
        self, tree_size: int, public_raw: bytes, signature: bytes, name: str
    ) -> None:
        """The other party's device signs a checkpoint while the recording runs (§6.4)."""
        from twindeck.seal.log import countersignature_line

        body = self.builder.bodies.get(tree_size)
        if body is None:
            raise ValueError(f"there is no checkpoint of {tree_size} leaves")
        line = countersignature_line(body, tree_size, public_raw, signature, name)
        self._append(b"", line, self.builder.copy())

    def add_timestamp(self, record: dict[str, Any]) -> None:
        """Store an RFC 3161 token over a checkpoint while recording (checked when verified)."""
        from twindeck.seal.encoding import canonical_json

        if record.get("type") != "timestamp" or record.get("tree_size") not in self.builder.bodies:
            raise ValueError("a timestamp record of one of this recording's checkpoints")
        self._append(b"", canonical_json(record) + b"\n", self.builder.copy())

    def seal(self, end: str = "stopped", reason: str | None = None) -> SealInfo:
        self.add_event("stop", {"reason": reason} if reason else {})
        time_text, _ = self.clock.now()
        # A copy that fails now is sealed by _salvage from the state before this line.
        self._append(b"", self.builder.seal_line(time_text, end), self._before_seal())
        for sink in self.sinks:
            sink.release_reserve()
            sink.close()
        assert self.builder.sealed is not None
        return self.builder.sealed

    def _before_seal(self) -> LogBuilder:
        before = self.builder.copy()
        before.sealed = None
        return before

    def close(self) -> None:
        for sink in self.sinks:
            sink.close()


def _salvage(sink: FolderSink, builder: LogBuilder, clock: Clock, reason: str) -> bool:
    """Seal a failed copy where it stands, in the space reserved for this; False if impossible."""
    sink.rollback()
    sink.release_reserve()
    try:
        lines = builder.event_line("stop", {"reason": reason}, clock.now())
        lines += builder.seal_line(clock.now()[0], "error")
        sink.append(b"", lines)
        return True
    except OSError:
        return False
    finally:
        sink.close()
