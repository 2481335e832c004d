"""Recordings fed by a browser: numbered PCM chunks in, the ordinary recorder and seal behind.

The page captures raw PCM with an AudioWorklet (never a lossy codec) and posts it in numbered
chunks. A chunk is accepted only in order: a repeat of one already taken is acknowledged again
(the page re-sends after a network hiccup), one that skips ahead is refused with the number that
is expected. The answer always says how much audio is *saved for good* (in fsync'd segments), so
the page keeps every chunk until it is saved and can show "saved up to 12:31".

If the page goes quiet for :data:`LOST_AFTER_S` an ``input_lost`` event is sealed (and
``input_restored`` when audio returns); after :data:`GIVE_UP_S` the tab is taken to be gone and
the recording is sealed as ``interrupted`` with everything received.
"""

from __future__ import annotations

import queue
import re
import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from twindeck.capture import Chunk, SourceEvent, SourceInterrupted
from twindeck.meter import Level
from twindeck.recorder import Progress, Recorder, RecordingResult
from twindeck.seal import AudioFormat, DeviceKey

LOST_AFTER_S = 2.0
SEGMENT_S = 0.1  # browser recordings: one segment per chunk
GIVE_UP_S = 30.0
MAX_CHUNK_BYTES = 1 << 20


class BrowserSource:
    realtime = True

    def __init__(
        self, fmt: AudioFormat, *, give_up_s: float = GIVE_UP_S, call: bool = False
    ) -> None:
        self.fmt = fmt
        self.call = call
        self.give_up_s = give_up_s
        self.next_seq = 0
        self.received_frames = 0  # audio taken, in frames (the end of the last chunk)
        self.chunk_ends: dict[int, int] = {}  # seq -> received_frames after it
        self._queue: queue.Queue[tuple[bytes, int, int | None]] = queue.Queue()
        self._lock = threading.Lock()
        self._stopped = threading.Event()

    def describe(self) -> dict[str, Any]:
        if self.call:
            return {
                "kind": "browser-call",
                "left": "microphone",
                "right": "the call (a shared tab, window or screen)",
            }
        return {"kind": "browser", "capture": "PCM from the page"}

    def offer(self, seq: int, pcm: bytes, lost_frames: int = 0, channel: int | None = None) -> str:
        """``ok``, ``repeat`` (already taken) or ``ahead`` (a chunk before it is missing).

        ``lost_frames``: audio the page's capture lost just before this chunk (declared)."""
        if len(pcm) % self.fmt.frame_bytes:
            raise ValueError("a chunk must hold whole frames")
        if not 0 <= lost_frames <= 3600 * self.fmt.rate_hz:
            raise ValueError("the declared gap is out of range")
        if channel is not None and not 0 <= channel < self.fmt.channels:
            raise ValueError("the gap's channel is out of range")
        with self._lock:
            if seq < self.next_seq:
                return "repeat"
            if seq > self.next_seq:
                return "ahead"
            self.next_seq += 1
            self.received_frames += len(pcm) // self.fmt.frame_bytes
            self.chunk_ends[seq] = self.received_frames
            self.chunk_ends.pop(seq - 1000, None)  # a re-send is only ever of recent chunks
            self._queue.put((pcm, lost_frames, channel))
            return "ok"

    def chunks(self) -> Iterator[Chunk | SourceEvent]:
        last = time.monotonic()
        lost = False
        while not self._stopped.is_set():
            try:
                pcm, lost_frames, channel = self._queue.get(timeout=0.25)
            except queue.Empty:
                quiet = time.monotonic() - last
                if not lost and quiet >= LOST_AFTER_S:
                    lost = True
                    yield SourceEvent("input_lost", {"reason": "the page sent no audio"})
                if quiet >= self.give_up_s:
                    raise SourceInterrupted(
                        f"the page sent no audio for {quiet:.0f} s (tab closed or connection lost)"
                    ) from None
                continue
            last = time.monotonic()
            if lost:
                lost = False
                yield SourceEvent("input_restored", {})
            yield from self._items(pcm, lost_frames, channel)
        while True:  # what arrived before stop is recorded too
            try:
                yield from self._items(*self._queue.get_nowait())
            except queue.Empty:
                return

    def _items(
        self, pcm: bytes, lost_frames: int, channel: int | None = None
    ) -> Iterator[Chunk | SourceEvent]:
        if lost_frames:
            data: dict[str, Any] = {
                "missing_frames": lost_frames,
                "missing_ms": round(lost_frames * 1000 / self.fmt.rate_hz),
                "detected_by": "capture timestamps",
            }
            if channel is not None:  # one side of a call, filled with silence to keep in step
                data |= {"channel": ("left", "right")[channel], "filled_with_silence": True}
            yield SourceEvent("dropout", data)
        yield Chunk(pcm)

    def stop(self) -> None:
        self._stopped.set()


@dataclass
class LiveRecording:
    id: str
    path: Path
    source: BrowserSource
    recorder: Recorder
    started: float = field(default_factory=time.monotonic)
    progress: Progress | None = None
    result: RecordingResult | None = None
    error: str | None = None
    notes: list[dict[str, Any]] = field(default_factory=list)
    thread: threading.Thread | None = None
    join_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    @property
    def state(self) -> str:
        if self.result is not None or self.error is not None:
            return "sealed" if self.result is not None else "failed"
        return "paused" if self.progress is not None and self.progress.paused else "recording"

    def status(self) -> dict[str, Any]:
        p = self.progress
        level = p.level if p else Level(-120.0, -120.0, 0.0, False)
        out: dict[str, Any] = {
            "id": self.id,
            "name": self.path.name,
            "state": self.state,
            "recorded_s": round(p.recorded_s, 2) if p else 0.0,
            "saved_s": round(self.recorder.saved_s, 2),
            "level_dbfs": round(level.rms_dbfs, 1),
            "peak_dbfs": round(level.peak_dbfs, 1),
            "clipping": level.clipping,
            "silent_for_s": round(level.silent_for_s, 1),
            "next_seq": self.source.next_seq,
            "join": f"/join/{self.join_token}",
            "notes": self.notes,
        }
        if self.result is not None:
            seal = self.result.seal
            out["seal"] = {
                "code": seal.code,
                "end": seal.end,
                "duration_s": round(self.result.duration_s, 2),
                "recording_id": seal.recording_id,
                "tree_size": seal.tree_size,
                "root": seal.root.hex(),
            }
        if self.error is not None:
            out["error"] = self.error
        return out


def safe_name(title: str, now: time.struct_time) -> str:
    """A file name from the date and the person's title; never a path from the client."""
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40]
    return time.strftime("%Y-%m-%d-%H%M", now) + (f"-{slug}" if slug else "")


class Studio:
    """Every recording this server is making; one lock for starting, one thread per recording."""

    def __init__(self, folder: Path, key: DeviceKey) -> None:
        self.folder = folder
        self.key = key
        self.live: dict[str, LiveRecording] = {}
        self._lock = threading.Lock()

    def start(
        self,
        fmt: AudioFormat,
        meta: dict[str, Any],
        check: dict[str, Any] | None,
        *,
        give_up_s: float = GIVE_UP_S,
        call: bool = False,
    ) -> LiveRecording:
        self.folder.mkdir(parents=True, exist_ok=True)
        with self._lock:
            base = safe_name(str(meta.get("title", "")), time.localtime())
            path = self.folder / f"{base}.twindeck"
            n = 2
            while path.exists():
                path = self.folder / f"{base}-{n}.twindeck"
                n += 1
            source = BrowserSource(fmt, give_up_s=give_up_s, call=call)
            live_id = secrets.token_urlsafe(16)
            holder: dict[str, LiveRecording] = {}

            def on_progress(p: Progress) -> None:
                holder["live"].progress = p

            # 100 ms segments, a checkpoint every 10 s: a chunk is on disk when it is acknowledged
            recorder = Recorder(
                source, [path], key=self.key, meta=meta, on_progress=on_progress,
                segment_s=SEGMENT_S, checkpoint_every=round(10 / SEGMENT_S),
                segment_per_chunk=True,
            )  # fmt: skip
            if check is not None:
                recorder.add_event("check", check)
            live = LiveRecording(live_id, path, source, recorder)
            holder["live"] = live
            self.live[live_id] = live
        thread = threading.Thread(target=self._run, args=(live,), name=f"rec-{path.name}")
        live.thread = thread
        thread.start()
        return live

    def _run(self, live: LiveRecording) -> None:
        try:
            live.result = live.recorder.run()
        except Exception as exc:  # a destination failure: the writer has sealed what it could
            live.error = f"{type(exc).__name__}: {exc}"

    def by_token(self, token: str) -> LiveRecording | None:
        for live in self.live.values():
            if secrets.compare_digest(live.join_token, token):
                return live
        return None

    def note(self, live: LiveRecording, text: str) -> None:
        live.recorder.note(text)
        live.notes.append(
            {"at_s": round(live.progress.recorded_s if live.progress else 0.0, 1), "text": text}
        )

    def recover_leftovers(self) -> list[tuple[str, str]]:
        """Seal, as interrupted, what a crash of an earlier run left unsealed in the folder.

        Only recordings this device made (its key) and that nothing else is writing (the lock)
        are touched; anything else is left as it is and reported."""
        from twindeck.errors import TwindeckError
        from twindeck.seal import SystemClock, recover_recording, verify_recording

        done: list[tuple[str, str]] = []
        if not self.folder.is_dir():
            return done
        for path in sorted(self.folder.glob("*.twindeck")):
            try:
                if verify_recording(path).verdict != "incomplete":
                    continue
                result = recover_recording(path, self.key, SystemClock())
                done.append((path.name, f"sealed as interrupted, code {result.seal.code}"))
            except TwindeckError as exc:
                done.append((path.name, f"left as it is: {exc}"))
        return done

    def stop_all(self) -> None:
        for live in list(self.live.values()):
            live.recorder.stop()
        for live in list(self.live.values()):
            if live.thread is not None:
                live.thread.join(timeout=30)


__all__ = ["BrowserSource", "LiveRecording", "MAX_CHUNK_BYTES", "Studio", "safe_name"]
