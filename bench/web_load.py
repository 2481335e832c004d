#!/usr/bin/env python3
"""How many browsers can one `twindeck serve` record at once? (issue 3)

Starts the real server (a subprocess, as users run it) and simulates N browsers, each posting
100 ms chunks of 48 kHz mono 16-bit PCM at the real rate, for --seconds. Reports the chunk
acknowledgement latency (p50, p99, max) for each N, and whether any acknowledgement took longer
than 1 s. Every recording is stopped, sealed and verified at the end of each step. Usage::

    python3 bench/web_load.py [--clients 5 10 20 30] [--seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np

from twindeck.seal import verify_recording

RATE = 48000
CHUNK_S = 0.1


async def client(http: httpx.AsyncClient, seconds: float, latencies: list[float]) -> str:
    live = (await http.post("/api/recordings", json={"rate_hz": RATE, "channels": 1})).json()
    rng = np.random.default_rng(len(latencies))
    chunk = (rng.standard_normal(int(RATE * CHUNK_S)) * 2000).astype("<i2").tobytes()
    start = time.monotonic()
    for seq in range(int(seconds / CHUNK_S)):
        delay = start + seq * CHUNK_S - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        sent = time.monotonic()
        r = await http.post(
            f"/api/recordings/{live['id']}/chunks?seq={seq}",
            content=chunk,
            headers={"Content-Type": "application/octet-stream"},
        )
        r.raise_for_status()
        latencies.append(time.monotonic() - sent)
    done = await http.post(f"/api/recordings/{live['id']}/control", json={"action": "stop"})
    return str(done.json()["name"])


async def step(base: str, n: int, seconds: float, folder: Path) -> None:
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=n + 4)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
        began = time.monotonic()
        names = await asyncio.gather(*(client(http, seconds, latencies) for _ in range(n)))
        wall = time.monotonic() - began
    ms = np.array(latencies) * 1000
    verdicts = {verify_recording(folder / name).verdict for name in names}
    worst = ms.max()
    print(
        f"{n:4d} {np.percentile(ms, 50):8.1f} {np.percentile(ms, 99):8.1f} {worst:8.1f} "
        f"{'yes' if worst > 1000 else 'no':>6} {wall:6.1f}  {','.join(sorted(verdicts))}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[5, 10, 20, 30])
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        s.close()
        folder = Path(tmp) / "recordings"
        env = {**os.environ, "TWINDECK_HOME": str(Path(tmp) / "home")}
        server = subprocess.Popen(
            [sys.executable, "-m", "twindeck", "serve", "--no-browser", "--port", str(port),
             "--folder", str(folder)],
            env=env, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    httpx.get(base + "/")
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
            print(
                f"{os.cpu_count()} cores; {args.seconds:.0f} s per step; 48 kHz mono, 100 ms chunks"
            )
            print("   N   p50 ms   p99 ms   max ms  >1 s?  wall s  verdicts")
            for n in args.clients:
                asyncio.run(step(base, n, args.seconds, folder))
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(60)
    return 0


if __name__ == "__main__":
    sys.exit(main())
