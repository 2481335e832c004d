"""An audio file as a source: the recorder's whole pipeline, fed sample-exactly from a file."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from twindeck.audiofile import AudioFileReader
from twindeck.capture import Chunk, SourceEvent

CHUNK_S = 0.1


class FileSource:
    """Reads WAV/FLAC/…; with ``realtime`` it paces chunks at the audio's own rate."""

    def __init__(self, path: Path, *, realtime: bool = False) -> None:
        self._reader = AudioFileReader(path)
        self.fmt = self._reader.fmt
        self.realtime = realtime
        self._name = path.name
        self._stopped = False

    def describe(self) -> dict[str, Any]:
        return {"kind": "file", "name": self._name, "realtime": self.realtime}

    def chunks(self) -> Iterator[Chunk | SourceEvent]:
        block = max(1, int(self.fmt.rate_hz * CHUNK_S))
        start = time.monotonic()
        done = 0
        try:
            while not self._stopped:
                pcm = self._reader.read(block)
                if not pcm:
                    return
                done += len(pcm) // self.fmt.frame_bytes
                if self.realtime:
                    delay = start + done / self.fmt.rate_hz - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
                yield Chunk(pcm)
        finally:
            self._reader.close()

    def stop(self) -> None:
        self._stopped = True
