#!/usr/bin/env python3
"""Two runs of report_eval.py compared, statement by statement (issue 5).

Each run is a ``--dump`` file (JSON lines: seed, statement, expected and found kinds). Prints
precision and recall per kind for both, on the statements both runs have, and every statement
whose findings differ: better where they are nearer its labels, worse where further. Usage::

    git worktree add /tmp/old REV
    PYTHONPATH=/tmp/old/src python3 bench/report_eval.py --dump old.jsonl
    python3 bench/report_eval.py --dump new.jsonl
    python3 bench/report_eval_compare.py old.jsonl new.jsonl [--changes]

(the transcripts are cached by report_eval, so both runs read the same ones).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

KINDS = ("number_changed", "qualifier_dropped", "never_said", "impossible", "supported")

Row = tuple[frozenset[str], frozenset[str]]


def load(path: Path) -> dict[tuple[int, str], Row]:
    """The statements of a dump, by case and text: (expected kinds, found kinds)."""
    out = {}
    for n, line in enumerate(path.read_text().splitlines(), 1):
        try:
            row = json.loads(line)
            key = (int(row["seed"]), str(row["statement"]))
            out[key] = (frozenset(row["expected"]), frozenset(row["got"]))
        except (ValueError, KeyError, TypeError) as e:
            raise SystemExit(f"{path}:{n}: not a report_eval --dump line ({e})") from None
    return out


def scores(rows: list[Row]) -> dict[str, tuple[float, float, int, int, int]]:
    """Precision, recall, and true/false positives and misses, per kind."""
    out = {}
    for kind in KINDS:
        c: Counter[str] = Counter()
        for expected, found in rows:
            c["tp"] += kind in expected and kind in found
            c["fp"] += kind not in expected and kind in found
            c["fn"] += kind in expected and kind not in found
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        out[kind] = (p, r, c["tp"], c["fp"], c["fn"])
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--changes", action="store_true", help="list every changed statement")
    args = parser.parse_args()
    for path in (args.old, args.new):
        if not path.is_file():
            print(f"no such dump: {path}", file=sys.stderr)
            return 2
    old, new = load(args.old), load(args.new)
    both = sorted(old.keys() & new.keys())
    print(f"{len(both)} statements in both ({len(old)} in {args.old}, {len(new)} in {args.new})")
    a, b = scores([old[k] for k in both]), scores([new[k] for k in both])
    print(f"  {'kind':18} {'old':>17} {'new':>17}")
    for kind in KINDS:
        pa, ra, *_ = a[kind]
        pb, rb, tp, fp, fn = b[kind]
        print(f"  {kind:18} {pa:8.2f} {ra:7.2f}  {pb:8.2f} {rb:7.2f}  ({tp}/{fp}/{fn})")
    better = worse = 0
    for key in both:
        (expected, was), (_, now) = old[key], new[key]
        if was == now:
            continue
        gap_was, gap_now = len(expected ^ was), len(expected ^ now)
        tag = "better" if gap_now < gap_was else "worse" if gap_now > gap_was else "other"
        better += tag == "better"
        worse += tag == "worse"
        if args.changes:
            print(f"{tag:6} {key[0]} {key[1][:100]!r} expected {sorted(expected)} "
                  f"was {sorted(was)} now {sorted(now)}")  # fmt: skip
    print(f"{better} statements better, {worse} worse")
    return 0


if __name__ == "__main__":
    sys.exit(main())
