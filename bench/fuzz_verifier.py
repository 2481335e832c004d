#!/usr/bin/env python3
"""Mutation fuzzing of the verifier, for as long as you like (issue 2's soak).

Starts from the valid vectors in spec/vectors/ (folder and zip forms), applies random mutations —
bit flips and truncations anywhere, log lines deleted, duplicated, swapped or edited while staying
canonical JSON, bytes inserted into the audio, zip bytes damaged — and checks three invariants:

1. `verify_recording` raises nothing but twindeck's own errors (unusable input, exit 2);
2. a recording whose content changed is never reported "intact" with the same report as the
   original: a change that does not touch what is sealed (a checkpoint line deleted, a
   countersignature removed, zip metadata) may leave it intact, but must show (a warning, one
   countersignature fewer);
3. `twindeck verify --json` exits 0, 1 or 2 and, unless 2, prints JSON that parses.

Seeded and reproducible; a failing case is saved under bench/results/fuzz-<seed>-<n>/ with the
mutation it came from. Usage::

    python3 bench/fuzz_verifier.py [--seconds 60] [--seed 1]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import shutil
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

from twindeck.cli import main as cli
from twindeck.errors import TwindeckError
from twindeck.seal import Report, verify_recording

ROOT = Path(__file__).resolve().parent.parent
VECTORS = ROOT / "spec" / "vectors"
RESULTS = Path(__file__).resolve().parent / "results"


def seeds() -> list[Path]:
    out = []
    for case in sorted(VECTORS.iterdir()):
        expected = case / "expected.json"
        if expected.exists() and json.loads(expected.read_text())["verdict"] == "intact":
            out += [p for p in case.iterdir() if p.name.startswith("recording.twindeck")]
    return out


def flip(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    return bytes(b)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))] if data else data


def insert(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.choice([1, 2, 3, 1000])) + data[at:]


def lines_op(rng: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\n")[:-1]
    if len(lines) < 2:
        return data + b"x"
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    op = rng.choice(["delete", "duplicate", "swap", "edit", "append"])
    if op == "delete":
        del lines[i]
    elif op == "duplicate":
        lines.insert(j, lines[i])
    elif op == "swap" and i != j:
        lines[i], lines[j] = lines[j], lines[i]
    elif op == "edit":
        record = json.loads(lines[i])
        keys = [k for k, v in record.items() if isinstance(v, int | str) and k != "type"]
        if keys:
            k = rng.choice(keys)
            v = record[k]
            record[k] = v + rng.choice([-1, 1, 1000]) if isinstance(v, int) else v[::-1]
        lines[i] = json.dumps(
            record, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode()
    else:
        lines.append(rng.choice(lines))
    return b"".join(line + b"\n" for line in lines)


MUTATIONS: dict[str, Callable[[random.Random, bytes], bytes]] = {
    "flip": flip,
    "truncate": truncate,
    "insert": insert,
    "lines": lines_op,
}


def mutate(rng: random.Random, src: Path, dst: Path) -> str:
    if src.is_dir():
        shutil.copytree(src, dst)
        name = rng.choice(["log.jsonl", "audio.pcm"])
        kinds = ["flip", "truncate", "insert"] + (["lines"] * 3 if name == "log.jsonl" else [])
        kind = rng.choice(kinds)
        target = dst / name
    else:
        shutil.copy(src, dst)
        kind, target, name = rng.choice(["flip", "truncate", "insert"]), dst, "zip"
    before = target.read_bytes()
    after = MUTATIONS[kind](rng, before)
    target.write_bytes(after)
    return f"{kind} on {name}" + ("" if after != before else " (no change)")


def summary(report: Report) -> tuple[object, ...]:
    """Everything the report says about a recording, to compare with the original's."""
    return (
        report.verdict,
        report.root,
        report.frames,
        report.seal_code,
        report.checkpoints,
        report.checkpoints_valid,
        tuple((c.fingerprint, c.name, c.valid) for c in report.countersignatures),
        tuple(w.code for w in report.warnings),
        report.timestamps,
        tuple((e.kind, e.time, json.dumps(e.data, sort_keys=True)) for e in report.events),
    )


def content(path: Path) -> tuple[bytes, bytes]:
    """The two members, whatever the container."""
    if path.is_dir():
        return (path / "log.jsonl").read_bytes(), (path / "audio.pcm").read_bytes()
    try:
        with zipfile.ZipFile(path) as z:
            return z.read("log.jsonl"), z.read("audio.pcm")
    except (zipfile.BadZipFile, KeyError, OSError, zlib.error):
        return b"?", path.read_bytes()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sources = seeds()
    originals = {src: summary(verify_recording(src)) for src in sources}
    counts: dict[str, int] = {}
    failures = 0
    n = 0
    began = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        while time.monotonic() - began < args.seconds:
            n += 1
            src = rng.choice(sources)
            dst = Path(tmp) / f"{n}-{src.name}"
            what = mutate(rng, src, dst)
            problem = None
            try:
                report = verify_recording(dst)
                verdict = report.verdict
                if (
                    verdict == "intact"
                    and summary(report) == originals[src]
                    and content(dst) != content(src)
                ):
                    problem = "a changed recording was reported intact, and nothing shows it"
            except TwindeckError:
                verdict = "unusable"
            except Exception as exc:  # noqa: BLE001 - this is what the fuzzer looks for
                verdict, problem = "crash", f"{type(exc).__name__}: {exc}"
            out = io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
                try:
                    code = cli(["verify", "--json", str(dst)])
                except Exception as exc:  # noqa: BLE001
                    code, problem = -1, problem or f"CLI {type(exc).__name__}: {exc}"
            if code not in (0, 1, 2):
                problem = problem or f"CLI exit {code}"
            elif code != 2:
                try:
                    json.loads(out.getvalue())
                except ValueError:
                    problem = problem or "CLI printed invalid JSON"
            counts[verdict] = counts.get(verdict, 0) + 1
            if problem:
                failures += 1
                keep = RESULTS / f"fuzz-{args.seed}-{n}"
                RESULTS.mkdir(exist_ok=True)
                if dst.is_dir():
                    shutil.copytree(dst, keep / dst.name)
                else:
                    keep.mkdir(parents=True)
                    shutil.copy(dst, keep / dst.name)
                (keep / "what.txt").write_text(f"{src}\n{what}\n{problem}\n")
                print(f"FOUND #{n} (seed {args.seed}): {what}: {problem} -> {keep}")
            if dst.is_dir():
                shutil.rmtree(dst)
            else:
                dst.unlink()
    spent = time.monotonic() - began
    print(
        f"{n} mutations in {spent:.0f} s ({n / spent:.0f}/s), seed {args.seed}; verdicts {counts}"
    )
    print(f"{failures} finding(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
