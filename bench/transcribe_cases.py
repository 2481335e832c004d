#!/usr/bin/env python3
"""Speech lost or kept, on report_eval's dialogues: the assessment prompt, with and without
decoding again what the voice detector heard and no word covered, against no prompt.

The prompt steers the spelling of drug names, but the decoder can pass over speech that reads
like it: an opening "I'm calling about your PIP assessment" was dropped whole. For each case
(by report_eval seed) the dialogue is spoken and sealed as report_eval does, and transcribed
three ways on the same audio and model; per way it prints the word error rate against the
script (each channel's words in order; figures in words and digits count as different, the
same for every way), the script's words in the first ten seconds that are missing, and the
seconds taken. Usage::

    python3 bench/transcribe_cases.py 12003 12017 28018 31002 31003 31015 0 1 2005 15004
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import report_eval  # noqa: E402
from transcribe import wer, words_of  # noqa: E402

import twindeck.transcribe.engine as engine_module  # noqa: E402
from twindeck.transcribe import Engine, Settings, transcribe_recording  # noqa: E402

OPENING_S = 10.0


def dialogue_of(seed: int) -> list[tuple[int, str, str]]:
    blind = next(((m, f) for start, (m, f) in report_eval.BLIND.items() if seed >= start), None)
    if blind is not None:
        import importlib

        return getattr(importlib.import_module(blind[0]), blind[1])(seed)[0]
    two = report_eval.make_case_2(seed) if seed >= 2000 else report_eval.make_case(seed)
    return [(0 if v in ("en-gb", "festival") else 1, v, text) for v, text in two[0]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="+", type=int)
    args = parser.parse_args()
    os.environ.setdefault("TWINDECK_HOME", tempfile.mkdtemp())
    prompted, plain = Engine(settings=Settings()), Engine(settings=Settings(prompt=None))
    refill = engine_module.unheard
    ways = {"prompt, refilled": (prompted, refill), "prompt only": (prompted, None),
            "no prompt": (plain, refill)}  # fmt: skip
    totals = {way: [0.0, 0, 0, 0.0] for way in ways}  # errors, words, opening lost, seconds
    with tempfile.TemporaryDirectory() as tmp:
        for seed in args.seeds:
            dialogue = dialogue_of(seed)
            report_eval.transcribe_dialogue(seed, dialogue, prompted, Path(tmp))
            rec = Path(tmp) / f"c{seed}.twindeck"
            # the script per channel, and its words in the first seconds (turns start 0.3 s in
            # and follow each other 0.7 s apart: the first turn is always in the opening)
            script = {ch: [w for c, _, text in dialogue if c == ch for w in words_of(text)]
                      for ch in (0, 1)}  # fmt: skip
            opening = words_of(dialogue[0][2])
            line = [f"case {seed}:"]
            for way, (engine, fill) in ways.items():
                engine_module.unheard = fill or (lambda *_: [])
                began = time.monotonic()
                transcript = transcribe_recording(rec, engine)
                spent = time.monotonic() - began
                engine_module.unheard = refill
                heard = {ch: [w for u in transcript.utterances
                              if u.speaker == f"Speaker {ch + 1}" for w in words_of(u.text)]
                         for ch in (0, 1)}  # fmt: skip
                errors = sum(wer(script[ch], heard[ch]) * len(script[ch]) for ch in (0, 1))
                early = [w for u in transcript.utterances if u.start_s < OPENING_S
                         for w in words_of(u.text)]  # fmt: skip
                lost = sum(1 for w in opening if w not in early)
                t = totals[way]
                t[0] += errors
                t[1] += len(script[0]) + len(script[1])
                t[2] += lost
                t[3] += spent
                line.append(f"{way}: WER {errors / (len(script[0]) + len(script[1])):.3f}, "
                            f"opening words lost {lost}/{len(opening)}, {spent:.1f} s")  # fmt: skip
            print(" | ".join(line), flush=True)
    print(f"{len(args.seeds)} cases")
    for way, (errors, words, lost, spent) in totals.items():
        print(f"  {way:17} WER {errors / max(1, words):.3f}  opening words lost {lost}  "
              f"{spent:.0f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
