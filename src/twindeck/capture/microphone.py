"""A microphone as a source, through PortAudio (sounddevice), as 16-bit PCM.

PortAudio calls back on its own thread; the callback only copies bytes into a queue, so a slow disk
never makes the device drop samples. What the device reports is declared in the recording:
an overflow (samples PortAudio had to drop) becomes a ``dropout`` event, two seconds without any
audio an ``input_lost`` event (then ``input_restored`` when it comes back). If the stream dies
(a pulled USB microphone) the source tries to reopen the same device every second and declares the
gap, so a recording survives a reconnect; after ``give_up_s`` it ends and the recorder seals.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from typing import Any

from twindeck.capture import Chunk, SourceEvent
from twindeck.errors import NoAudioDevice
from twindeck.seal.pcm import AudioFormat

BLOCK_S = 0.05
LOST_AFTER_S = 2.0


def _sounddevice() -> Any:
    try:
        import sounddevice
    except OSError as exc:  # the PortAudio library itself is missing
        raise NoAudioDevice(f"PortAudio is not available: {exc}") from exc
    return sounddevice


def list_input_devices() -> list[str]:
    """One line per input device: number, name, channels, default rate."""
    sd = _sounddevice()
    lines = []
    try:
        default_in = sd.default.device[0]
        for index, device in enumerate(sd.query_devices()):
            if device["max_input_channels"] > 0:
                mark = "*" if index == default_in else " "
                lines.append(
                    f"{mark}{index:3d}  {device['name']}  "
                    f"({device['max_input_channels']} ch, {device['default_samplerate']:.0f} Hz)"
                )
    except sd.PortAudioError as exc:
        raise NoAudioDevice(f"cannot list audio devices: {exc}") from exc
    if not lines:
        raise NoAudioDevice("no microphone found")
    return lines


class MicrophoneSource:
    realtime = True

    def __init__(
        self,
        *,
        device: int | str | None = None,
        rate_hz: int = 44100,
        channels: int = 1,
        give_up_s: float = 120.0,
    ) -> None:
        self.fmt = AudioFormat("s16le", rate_hz, channels)
        self._sd = _sounddevice()
        self._device = device
        self._give_up_s = give_up_s
        self._queue: queue.Queue[tuple[bytes, bool]] = queue.Queue()
        self._stop = threading.Event()
        self._name = "unknown"
        self._stream = self._open()  # fail now, before a recording file exists

    def _open(self) -> Any:
        sd = self._sd
        try:
            info = sd.query_devices(self._device, kind="input")
            stream = sd.RawInputStream(
                samplerate=self.fmt.rate_hz,
                channels=self.fmt.channels,
                dtype="int16",
                device=self._device,
                blocksize=max(1, round(self.fmt.rate_hz * BLOCK_S)),
                callback=self._callback,
            )
        except (sd.PortAudioError, ValueError) as exc:
            if self._device is None:
                raise NoAudioDevice(f"no microphone found (PortAudio: {exc})") from exc
            raise NoAudioDevice(f"cannot open microphone {self._device}: {exc}") from exc
        self._name = str(info.get("name", "unknown"))
        return stream

    def _callback(self, indata: Any, frames: int, time_info: Any, status: Any) -> None:
        self._queue.put((bytes(indata), bool(status.input_overflow)))

    def describe(self) -> dict[str, Any]:
        return {"kind": "microphone", "device": self._name}

    def chunks(self) -> Iterator[Chunk | SourceEvent]:
        stream = self._stream
        stream.start()
        last_audio = time.monotonic()
        lost = False
        try:
            while not self._stop.is_set():
                try:
                    pcm, overflow = self._queue.get(timeout=0.25)
                except queue.Empty:
                    silent_s = time.monotonic() - last_audio
                    if not lost and (silent_s >= LOST_AFTER_S or not stream.active):
                        lost = True
                        yield SourceEvent("input_lost", {"device": self._name})
                    if lost and not stream.active:
                        if silent_s > self._give_up_s:
                            raise NoAudioDevice(
                                f"microphone {self._name} gone for {silent_s:.0f} s"
                            ) from None
                        stream = self._reopen(stream)
                    continue
                last_audio = time.monotonic()
                if lost:
                    lost = False
                    yield SourceEvent("input_restored", {"device": self._name})
                if overflow:
                    yield SourceEvent("dropout", {"reason": "input overflow"})
                yield Chunk(pcm)
        finally:
            stream.close(ignore_errors=True)

    def _reopen(self, old: Any) -> Any:
        old.close(ignore_errors=True)
        time.sleep(1.0)
        try:
            stream = self._open()
            stream.start()
        except (NoAudioDevice, self._sd.PortAudioError):
            return old
        return stream

    def stop(self) -> None:
        self._stop.set()


__all__ = ["MicrophoneSource", "list_input_devices"]
