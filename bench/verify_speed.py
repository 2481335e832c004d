#!/usr/bin/env python3
"""Verification speed against `openssl dgst -sha256` over the same PCM bytes (issue 2).

Makes a recording of --minutes (default 60) of 44.1 kHz mono 16-bit audio with the real writer,
in folder and zip form, then times in one run (best of --repeat, page cache warm for all):

* `openssl dgst -sha256 audio.pcm` — the reference: one SHA-256 pass over the audio, in C;
* `twindeck verify` on the folder and on the zip, as a user runs it (a new process each time,
  start-up included), and `verify_recording` in process.

Goal: the whole `twindeck verify` process within 1.5× the openssl time. Usage::

    python3 bench/verify_speed.py [--minutes 60] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from twindeck.seal import (
    AudioFormat,
    DeviceKey,
    RecordingWriter,
    SteppedClock,
    pack_recording,
    verify_recording,
)

RATE = 44100


def make(path: Path, minutes: float, segment_s: float = 1.0) -> None:
    segment_frames = round(RATE * segment_s)
    writer = RecordingWriter.create(
        [path],
        key=DeviceKey.from_seed(bytes(32)),
        fmt=AudioFormat("s16le", RATE, 1),
        clock=SteppedClock(dt.datetime(2026, 11, 24, 10, tzinfo=dt.UTC)),
        source={"kind": "file", "realtime": False},
        meta={},
        software="bench",
        segment_frames=segment_frames,
        checkpoint_every=max(1, round(10 / segment_s)),
    )
    writer.add_event("start")
    rng = np.random.default_rng(1)
    block = (rng.standard_normal(RATE * 60) * 3000).astype("<i2").tobytes()  # a minute, reused
    step = segment_frames * 2
    for n in range(int(minutes * 60 / segment_s)):
        at = (n * step) % (len(block) - step)
        writer.add_segment(block[at : at + step])
    writer.seal()


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--segment-s", type=float, default=1.0, help="0.1 for browser recordings (default 1)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as tmp:
        folder, single = Path(tmp) / "bench.twindeck", Path(tmp) / "bench.twindeck.zip"
        began = time.perf_counter()
        make(folder, args.minutes, args.segment_s)
        pack_recording(folder, single)
        made = time.perf_counter() - began
        size = (folder / "audio.pcm").stat().st_size
        print(
            f"{args.minutes:.0f} min in {args.segment_s:g} s segments, {size / 1e6:.0f} MB of "
            f"PCM (made in {made:.1f} s); {os.cpu_count()} cores; best of {args.repeat}"
        )

        def run(*cmd: str) -> None:
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)

        cli = [sys.executable, "-m", "twindeck", "verify"]
        openssl = ("openssl", "dgst", "-sha256", str(folder / "audio.pcm"))
        rows = [
            ("openssl dgst -sha256 audio.pcm", best(lambda: run(*openssl), args.repeat)),
            ("twindeck verify (folder)", best(lambda: run(*cli, str(folder)), args.repeat)),
            ("twindeck verify (zip)", best(lambda: run(*cli, str(single)), args.repeat)),
            ("verify_recording() in process", best(lambda: verify_recording(folder), args.repeat)),
        ]  # fmt: skip
        reference = rows[0][1]
        print(f"{'':34} {'seconds':>8} {'MB/s':>8} {'× openssl':>10}")
        for label, seconds in rows:
            print(
                f"{label:34} {seconds:8.2f} {size / 1e6 / seconds:8.0f} {seconds / reference:10.2f}"
            )
        ok = rows[1][1] <= 1.5 * reference
        print(f"goal (folder verify ≤ 1.5× openssl): {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
