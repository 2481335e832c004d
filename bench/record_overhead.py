#!/usr/bin/env python3
"""CPU cost of the seal pipeline while recording (issue 2: under 1% of one core).

Feeds the real Recorder from an in-memory source at the real rate (44.1 kHz mono 16-bit, 100 ms
chunks, as a microphone delivers them) for --seconds, and measures the CPU time of this process
(user + system) against the wall time: segment hashing, the Merkle tree, Ed25519 checkpoints,
canonical JSON, fsync of audio and log, and the level meter. `--copies 2` writes a second copy
in lockstep. The source's own cost (making the noise) is measured apart and subtracted.
`--fast` instead feeds it as fast as possible and reports × real time. Usage::

    python3 bench/record_overhead.py [--seconds 60] [--copies 1] [--fast]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from twindeck.capture import Chunk, SourceEvent
from twindeck.recorder import Recorder
from twindeck.seal import AudioFormat, DeviceKey, verify_recording

RATE = 44100
CHUNK = RATE // 10


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class PacedSource:
    realtime = True

    def __init__(self, seconds: float, fast: bool) -> None:
        self.fmt = AudioFormat("s16le", RATE, 1)
        self.seconds, self.fast = seconds, fast
        rng = np.random.default_rng(0)
        self.blocks = [
            (rng.standard_normal(CHUNK) * 3000).astype("<i2").tobytes() for _ in range(50)
        ]
        self._stop = False

    def describe(self) -> dict[str, Any]:
        return {"kind": "bench"}

    def chunks(self) -> Iterator[Chunk | SourceEvent]:
        began = time.monotonic()
        for i in range(int(self.seconds * 10)):
            if self._stop:
                return
            if not self.fast:
                delay = began + i / 10 - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            yield Chunk(self.blocks[i % len(self.blocks)])

    def stop(self) -> None:
        self._stop = True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--copies", type=int, default=1)
    parser.add_argument("--fast", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        # the source alone, for the baseline
        c0, w0 = cpu(), time.monotonic()
        for _ in PacedSource(args.seconds, args.fast).chunks():
            pass
        source_cpu, source_wall = cpu() - c0, time.monotonic() - w0
        paths = [Path(tmp) / f"copy{i}.twindeck" for i in range(args.copies)]
        recorder = Recorder(
            PacedSource(args.seconds, args.fast), paths, key=DeviceKey.from_seed(bytes(32))
        )
        c0, w0 = cpu(), time.monotonic()
        result = recorder.run()
        used, wall = cpu() - c0 - source_cpu, time.monotonic() - w0
        verdicts = {verify_recording(p).verdict for p in paths}
    audio_s = result.duration_s
    copies = f"{args.copies} cop{'y' if args.copies == 1 else 'ies'}"
    print(
        f"{audio_s:.0f} s of 44.1 kHz mono audio, {copies}, checkpoint every 10 s; "
        f"verdict {','.join(sorted(verdicts))}"
    )
    if args.fast:
        print(f"sealed at {audio_s / wall:.0f}× real time ({wall:.2f} s wall, {used:.2f} s CPU)")
    else:
        share = 100 * used / wall
        print(f"seal pipeline CPU: {used:.3f} s over {wall:.1f} s wall = {share:.2f}% of one core")
        print(f"  per hour of audio: {used / audio_s * 3600:.1f} CPU seconds")
        print(f"  (the source itself used {source_cpu:.3f} s in {source_wall:.1f} s, subtracted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
