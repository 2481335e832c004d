#!/usr/bin/env python3
"""Clip proof size and verification time against recording length (issue 6: should grow with log n).

Makes recordings of --minutes each (1 kHz mono, one-second segments: the tree has the same shape
as at 44.1 kHz, the audio is small), cuts a 40-second clip from the middle and reports the size
of the proofs, of clip.json, and the time to make and to verify the clip. Usage::

    python3 bench/clip_proofs.py [--minutes 1 10 60 240]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from twindeck.seal import AudioFormat, DeviceKey, RecordingWriter, SteppedClock
from twindeck.seal.clip import make_clip, verify_clip

RATE = 1000


def make(path: Path, minutes: int) -> None:
    writer = RecordingWriter.create(
        [path],
        key=DeviceKey.from_seed(bytes(32)),
        fmt=AudioFormat("s16le", RATE, 1),
        clock=SteppedClock(dt.datetime(2026, 11, 24, 10, tzinfo=dt.UTC)),
        source={"kind": "file", "realtime": False},
        meta={},
        software="bench",
    )
    writer.add_event("start")
    second = bytes(range(256)) * 7 + bytes(208)
    for _ in range(minutes * 60):
        writer.add_segment(second)
    writer.seal()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=int, nargs="+", default=[1, 10, 60, 240])
    args = parser.parse_args()
    print("  length  leaves hashes/leaf  clip.json  make s  verify ms")
    with tempfile.TemporaryDirectory() as tmp:
        for minutes in args.minutes:
            rec = Path(tmp) / f"r{minutes}.twindeck"
            make(rec, minutes)
            clip = Path(tmp) / f"c{minutes}.twindeck.zip"
            mid = minutes * 30
            began = time.perf_counter()
            made = make_clip(rec, mid, mid + 40, clip)
            spent_make = time.perf_counter() - began
            began = time.perf_counter()
            report = verify_clip(clip)
            spent_verify = time.perf_counter() - began
            assert made.ok and report.ok
            with zipfile.ZipFile(clip) as z:
                data = json.loads(z.read("clip.json"))
                size = z.getinfo("clip.json").file_size
            proofs = [len(e["proof"]) for e in data["leaves"]]
            leaves = minutes * 60 + 3
            print(
                f"{minutes:>6} m {leaves:>7} {sum(proofs) / len(proofs):>11.1f} "
                f"{size / 1024:>8.1f} K {spent_make:>7.2f} {spent_verify * 1000:>10.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
