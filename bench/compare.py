#!/usr/bin/env python3
"""Aligning two recordings of one assessment (issue 6): wall time for --minutes of audio on this
machine, and accuracy on synthetic cuts of known length (goal: every cut of 2 s or more found,
boundaries within 0.5 s), through a lossy codec (MP3, 64 kb/s, by ffmpeg). Usage::

    python3 bench/compare.py [--minutes 60] [--cuts 12] [--seed 1]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

from twindeck.compare import compare, load_any

RATE = 16000


def syllables(seconds: float, rng: np.random.Generator) -> np.ndarray:
    out, n = [], 0
    while n < seconds * RATE:
        size = int(RATE * rng.uniform(0.08, 0.3))
        if rng.random() < 0.25:
            out.append(np.zeros(size, np.float32))
        else:
            t = np.arange(size) / RATE
            f0 = rng.uniform(100, 250)
            h = sum(np.sin(2 * np.pi * f0 * k * t) * rng.uniform(0, 1) / k for k in range(1, 12))
            out.append((rng.uniform(0.05, 0.4) * h * np.hanning(size)).astype(np.float32))
        n += size
    return np.concatenate(out)[: int(seconds * RATE)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--cuts", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    total = args.minutes * 60
    ours = syllables(total, rng)
    starts = np.sort(rng.choice(np.arange(30, int(total) - 30, 20), args.cuts, replace=False))
    cuts = [(float(s), float(s + rng.integers(2, 11))) for s in starts]
    keep = np.ones(ours.size, bool)
    for a, b in cuts:
        keep[int(a * RATE) : int(b * RATE)] = False
    with tempfile.TemporaryDirectory() as tmp:
        wav, mp3 = Path(tmp) / "other.wav", Path(tmp) / "other.mp3"
        sf.write(str(wav), ours[keep], RATE, subtype="PCM_16")
        subprocess.run(
            ["ffmpeg", "-v", "error", "-i", str(wav), "-b:a", "64k", str(mp3)], check=True
        )
        began = time.perf_counter()
        other = load_any(mp3)
        decoded = time.perf_counter() - began
        from twindeck.compare import _resample

        ours8 = _resample(ours, RATE)
        began = time.perf_counter()
        spans = compare(ours8, other)
        spent = time.perf_counter() - began
    found = [s for s in spans if s.kind == "missing_from_other"]
    errors, hits = [], 0
    for a, b in cuts:
        match = [s for s in found if abs(s.ours_s[0] - a) < 2 and abs(s.ours_s[1] - b) < 2]
        if match:
            hits += 1
            errors += [abs(match[0].ours_s[0] - a), abs(match[0].ours_s[1] - b)]
    false = len(spans) - hits
    print(f"{args.minutes:.0f} min, {args.cuts} cuts of 2–10 s, other copy as MP3 64 kb/s")
    print(f"  found {hits}/{len(cuts)} cuts, {false} other span(s) reported")
    if errors:
        print(f"  boundary error: median {np.median(errors):.2f} s, max {max(errors):.2f} s")
    print(f"  alignment {spent:.1f} s (+ {decoded:.1f} s decoding the MP3), "
          f"{total / spent:.0f}x real time")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
