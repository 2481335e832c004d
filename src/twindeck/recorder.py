"""A recording session: audio from a source, cut into segments, sealed into one or more copies.

The recorder owns timing and control (pause, resume, notes, stop); the seal writer owns the
format. Control calls are safe from other threads (a keyboard reader, a signal handler): they are
queued and applied between chunks, so the log is written by one thread only.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from twindeck import __version__
from twindeck.capture import Chunk, Source, SourceEvent, SourceInterrupted
from twindeck.errors import DestinationError
from twindeck.meter import Level, LevelMeter
from twindeck.seal import Clock, DeviceKey, RecordingWriter, SealInfo, SystemClock
from twindeck.seal.writer import CopyFailure


@dataclass(frozen=True)
class Progress:
    """What the person recording sees, updated for every chunk."""

    recorded_s: float
    saved_s: float
    level: Level
    paused: bool


@dataclass(frozen=True)
class RecordingResult:
    seal: SealInfo
    paths: list[Path]
    failures: list[CopyFailure]
    duration_s: float


class Recorder:
    def __init__(
        self,
        source: Source,
        paths: Sequence[Path],
        *,
        key: DeviceKey,
        meta: dict[str, Any] | None = None,
        clock: Clock | None = None,
        checkpoint_every: int = 10,
        segment_s: float = 1.0,
        segment_per_chunk: bool = False,
        on_progress: Callable[[Progress], None] | None = None,
        on_checkpoint: Callable[[int, bytes], None] | None = None,
        timestamps: Callable[[], list[dict[str, Any]]] | None = None,
    ) -> None:
        self.source = source
        self.fmt = source.fmt
        self._on_progress = on_progress
        self._on_checkpoint = on_checkpoint
        self._timestamps = timestamps  # tokens ready to store (pulled here: one writer)
        self._checkpoints_seen = 0
        self._commands: queue.SimpleQueue[tuple[str, Any]] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._paused = False
        self._buffer = bytearray()
        segment_frames = max(1, round(self.fmt.rate_hz * segment_s))  # one second by default
        self._segment_bytes = segment_frames * self.fmt.frame_bytes
        self.consumed_frames = 0  # source audio handled so far: written or paused away
        # a browser's chunk is acknowledged once handled, so each must end on a segment boundary
        self._segment_per_chunk = segment_per_chunk
        self._meter = LevelMeter(self.fmt)
        self.writer = RecordingWriter.create(
            list(paths),
            key=key,
            fmt=self.fmt,
            clock=clock or SystemClock(),
            source=source.describe(),
            meta=meta or {},
            software=f"twindeck {__version__}",
            checkpoint_every=checkpoint_every,
            segment_frames=segment_frames,
        )

    # -- control, from any thread ------------------------------------------------------------
    def stop(self) -> None:
        self._stop.set()
        self.source.stop()

    def pause(self) -> None:
        self._commands.put(("pause", None))

    def resume(self) -> None:
        self._commands.put(("resume", None))

    def toggle_pause(self) -> None:
        self._commands.put(("toggle", None))

    def note(self, text: str) -> None:
        self._commands.put(("note", text))

    def add_event(self, kind: str, data: dict[str, Any]) -> None:
        self._commands.put(("event", (kind, data)))

    def add_timestamp(self, record: dict[str, Any]) -> None:
        """Store a timestamp token over a checkpoint (from another thread)."""
        self._commands.put(("timestamp", record))

    def countersign(self, tree_size: int, public_raw: bytes, signature: bytes, name: str) -> None:
        """Store the other party's countersignature of a checkpoint (checked when written)."""
        self._commands.put(("countersign", (tree_size, public_raw, signature, name)))

    # -- the loop -----------------------------------------------------------------------------
    def _flush(self) -> None:
        if self._buffer:
            self.writer.add_segment(bytes(self._buffer))
            self._buffer.clear()

    def _apply(self, command: str, arg: Any) -> None:
        if command == "toggle":
            command = "resume" if self._paused else "pause"
        if command == "pause" and not self._paused:
            self._flush()
            self.writer.add_event("pause")
            self._paused = True
        elif command == "resume" and self._paused:
            self.writer.add_event("resume")
            self._paused = False
        elif command == "note":
            self.writer.add_event("note", {"text": str(arg)})
        elif command == "event":
            kind, data = arg
            self.writer.add_event(kind, data)
        elif command == "timestamp":
            with contextlib.suppress(ValueError):
                self.writer.add_timestamp(arg)
        elif command == "countersign":
            with contextlib.suppress(ValueError):  # checked by the caller; a bad one is not written
                self.writer.add_countersignature(*arg)

    def _announce_checkpoints(self) -> None:
        bodies = self.writer.builder.bodies
        if self._on_checkpoint is not None and len(bodies) > self._checkpoints_seen:
            for size in sorted(bodies)[self._checkpoints_seen :]:
                with contextlib.suppress(Exception):  # a time-stamping hiccup never stops recording
                    self._on_checkpoint(size, bodies[size])
            self._checkpoints_seen = len(bodies)
        if self._timestamps is not None:
            for record in self._timestamps():
                with contextlib.suppress(ValueError):
                    self.writer.add_timestamp(record)

    def _drain(self) -> None:
        while True:
            try:
                command, arg = self._commands.get_nowait()
            except queue.Empty:
                return
            self._apply(command, arg)

    @property
    def saved_s(self) -> float:
        return self.writer.builder.frames / self.fmt.rate_hz

    def run(self) -> RecordingResult:
        """Record until the source ends or :meth:`stop`; always seal what was recorded."""
        end, reason = "stopped", None
        try:
            self._drain()  # e.g. the microphone check, sealed before the start
            self.writer.add_event("start")
            for item in self.source.chunks():
                self._drain()
                if isinstance(item, SourceEvent):
                    self._flush()
                    self.writer.add_event(item.kind, item.data)
                    continue
                assert isinstance(item, Chunk)
                level = self._meter.feed(item.pcm)  # the meter runs while paused, too
                if not self._paused:
                    self._buffer += item.pcm
                    while len(self._buffer) >= self._segment_bytes:
                        self.writer.add_segment(bytes(self._buffer[: self._segment_bytes]))
                        del self._buffer[: self._segment_bytes]
                    if self._segment_per_chunk:
                        self._flush()  # a shorter segment, so the whole chunk is on disk
                self.consumed_frames += len(item.pcm) // self.fmt.frame_bytes
                self._announce_checkpoints()
                if self._on_progress is not None:
                    recorded = (
                        self.saved_s + len(self._buffer) / self.fmt.frame_bytes / self.fmt.rate_hz
                    )
                    try:
                        self._on_progress(Progress(recorded, self.saved_s, level, self._paused))
                    except Exception:  # a display problem must never end a recording
                        self._on_progress = None
                if self._stop.is_set():
                    break
            self._drain()
            self._flush()
        except DestinationError:
            raise
        except SourceInterrupted as exc:  # the input went away: keep and seal what we have
            self._flush()
            end, reason = "interrupted", str(exc)
        except Exception as exc:  # the input failed: keep and seal what we have
            self._flush()
            end, reason = "error", f"input failed: {type(exc).__name__}: {exc}"
        seal = self.writer.seal(end, reason)
        return RecordingResult(
            seal, self.writer.paths, self.writer.failures, seal.frames / self.fmt.rate_hz
        )
