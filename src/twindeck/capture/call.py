"""A telephone or video call as two channels: this side's microphone and the call's own audio.

On Linux desktops (PulseAudio, or PipeWire's PulseAudio service) the call's audio is the monitor
of the speakers ("@DEFAULT_MONITOR@"), the microphone the default source. Both are read with
``parec`` as raw 16-bit PCM from the same sound server, so they share one clock; they are
interleaved into a stereo recording, left = this side, right = the call, which later gives one
speaker per channel in the transcript.
"""

from __future__ import annotations

import queue
import shutil
import subprocess
import threading
from collections.abc import Iterator
from typing import IO, Any

from twindeck.capture import Chunk, SourceEvent
from twindeck.errors import NoAudioDevice
from twindeck.seal.pcm import AudioFormat

CHUNK_S = 0.1
SIDES = ("@DEFAULT_SOURCE@", "@DEFAULT_MONITOR@")


class CallSource:
    realtime = True

    def __init__(self, *, rate_hz: int = 44100, devices: tuple[str, str] = SIDES) -> None:
        if shutil.which("parec") is None:
            raise NoAudioDevice(
                "recording a call needs parec (PulseAudio or PipeWire)",
                hint="Install pulseaudio-utils (Debian/Ubuntu) and try again.",
            )
        self.fmt = AudioFormat("s16le", rate_hz, 2)
        self.devices = devices
        self._stopped = threading.Event()
        self._procs = [self._open(device) for device in devices]

    def _open(self, device: str) -> subprocess.Popen[bytes]:
        cmd = [
            "parec", f"--device={device}", "--raw", "--format=s16le",
            f"--rate={self.fmt.rate_hz}", "--channels=1", "--latency-msec=50",
        ]  # fmt: skip
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def describe(self) -> dict[str, Any]:
        return {"kind": "call", "left": "this side (microphone)", "right": "the call (speakers)"}

    def chunks(self) -> Iterator[Chunk | SourceEvent]:
        step = int(self.fmt.rate_hz * CHUNK_S) * 2  # bytes of one mono chunk
        queues: list[queue.Queue[bytes]] = [queue.Queue(), queue.Queue()]
        threads = [
            threading.Thread(target=_read, args=(proc.stdout, step, q), daemon=True)
            for proc, q in zip(self._procs, queues, strict=True)
        ]
        for thread in threads:
            thread.start()
        try:
            while not self._stopped.is_set():
                try:
                    left, right = (q.get(timeout=2.0) for q in queues)
                except queue.Empty:
                    if self._stopped.is_set():
                        break
                    raise NoAudioDevice(self._failure()) from None
                if not left or not right:  # a side ended
                    if self._stopped.is_set():
                        break
                    raise NoAudioDevice(self._failure())
                n = min(len(left), len(right)) // 2
                a = memoryview(left)[: n * 2].cast("h")
                b = memoryview(right)[: n * 2].cast("h")
                out = memoryview(bytearray(n * 4)).cast("h")
                out[0::2] = a
                out[1::2] = b
                yield Chunk(out.tobytes())
        finally:
            self.stop()

    def _failure(self) -> str:
        for device, proc in zip(self.devices, self._procs, strict=True):
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace").strip() if proc.stderr else ""
                return f"the {device} input stopped ({err or f'exit {proc.returncode}'})"
        return "the call inputs stopped sending audio"

    def stop(self) -> None:
        self._stopped.set()
        for proc in self._procs:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            for stream in (proc.stdout, proc.stderr):
                if stream is not None:
                    stream.close()


def _read(stream: IO[bytes] | None, step: int, out: queue.Queue[bytes]) -> None:
    assert stream is not None
    try:
        while True:
            data = stream.read(step)
            out.put(data)
            if len(data) < step:
                return
    except (OSError, ValueError):
        out.put(b"")


__all__ = ["CallSource"]
