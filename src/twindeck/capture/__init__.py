"""Audio sources: each turns some input into canonical PCM chunks for the recorder.

A source yields :class:`Chunk` (PCM bytes, whole frames, in the source's :class:`AudioFormat`) and
:class:`SourceEvent` (something to declare in the recording: lost input, dropped samples, a device
change). Sources know nothing of the seal format beyond ``AudioFormat``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from twindeck.seal.pcm import AudioFormat


@dataclass(frozen=True)
class Chunk:
    pcm: bytes


@dataclass(frozen=True)
class SourceEvent:
    kind: str  # an event kind of the format: dropout, input_lost, input_restored, device_change
    data: dict[str, Any] = field(default_factory=dict)


class SourceInterrupted(Exception):
    """A source whose input went away for good (a closed browser tab): seal as interrupted."""


class Source(Protocol):
    fmt: AudioFormat
    realtime: bool

    def describe(self) -> dict[str, Any]:
        """What goes in the recording header's ``source`` (no personal data)."""
        ...

    def chunks(self) -> Iterator[Chunk | SourceEvent]:
        """Yield audio until the input ends or :meth:`stop` is called."""
        ...

    def stop(self) -> None: ...


__all__ = ["Chunk", "Source", "SourceEvent", "SourceInterrupted"]
