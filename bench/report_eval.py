#!/usr/bin/env python3
"""The report check, end to end from audio, on labelled synthetic assessments (issue 5).

Each case is a short assessment dialogue spoken by two espeak-ng voices (assessor and claimant on
their own channels), sealed, transcribed by the bundled model, and a report whose statements are
each labelled with what the check should find: a changed number, a dropped qualifier, speech never
said, an impossible observation, or a faithful statement ("supported"). The cases are generated
from templates with a seed, in parts (PARTS): a development set, and held-out sets, most of them
written blind by someone who had not seen the matcher; each held-out set was run once before it
was looked at. Prints precision and recall per kind, for each part. Usage::

    python3 bench/report_eval.py [--parts development,held-out-8] [--show] [--dump FILE]
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib
import io
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import soundfile as sf

from twindeck.report.compare import check_report
from twindeck.report.statements import Statement, split_statements
from twindeck.seal import verify_recording
from twindeck.transcribe import Engine, Settings, transcribe_recording
from twindeck.transcribe.model import Transcript

RATE = 22050
SHOW = False
CACHE: Path | None = Path.home() / ".cache" / "twindeck-report-eval"
# --show prints the misses of the development set and of held-out sets 2 to 34, each looked at
# only after its blind first run (sets 14 to 20 on 2026-12-03 morning, 21 to 31 that afternoon
# and evening, 32 to 34 on 2026-12-03 late evening); held-out-35 and -36, written blind and
# each run once with the final code of that session, are not shown
SHOW_BELOW = 47000
KINDS = ("number_changed", "qualifier_dropped", "never_said", "impossible", "supported")
NAMES = ["She", "He"]
TOPICS = [
    ("How far can you walk before you need to stop?",
     "I can walk about {n} metres, then I have to stop and rest because of the pain.",
     "{P} states {p} can walk about {n} metres, then stops to rest because of pain.",
     "{P} states {p} can walk {m} metres without stopping.",
     ("number_changed", "qualifier_dropped"),
     "{P} states {p} can walk {n} metres.", ("qualifier_dropped",)),
    ("How long can you stand for?",
     "About {k} minutes, then I need to sit down, my back hurts.",
     "{P} reports standing for about {k} minutes before needing to sit because of back pain.",
     "{P} reports standing for {j} minutes.", ("number_changed", "qualifier_dropped"),
     "{P} reports standing for about {k} minutes.", ("qualifier_dropped",)),
    ("Do you cook for yourself?",
     "My daughter helps me cook, I cannot stand at the cooker for long.",
     "{P} reports that {p} cooks with help from {p2} daughter.",
     "{P} reports that {p} cooks a meal for {p3} every day without help.", ("qualifier_dropped",),
     None, ()),
    ("How often do you go out?",
     "I go out about {f} times a week, always with my husband.",
     "{P} states {p} goes out {f} times a week with {p2} husband.",
     "{P} states {p} goes out {g} times a week.", ("number_changed", "qualifier_dropped"),
     None, ()),
]  # fmt: skip
NEVER = [
    "{P} states {p} goes swimming twice a week.",
    "{P} reports that {p} plays golf at the weekend.",
    "{P} states {p} drives to the supermarket every day.",
]
IMPOSSIBLE = "{P} sat comfortably throughout the {t} minute consultation."
MEDS = ("What medication do you take?", "I take codeine every morning.",
        "{P} takes codeine every morning.")  # fmt: skip


# Held-out set 2, written on 2026-12-02 before any change to the matcher that day (the detail of
# held-out set 1 had been printed once, so it no longer counts as unseen): other topics, other
# wording, the assessor in a Festival voice and the claimant in a Scottish espeak-ng voice.
# After its first run one label was found wrong and fixed: the "faithful" walking statement had
# left out "my legs give way" (it now keeps it).
TOPICS_2 = [
    ("Can you get yourself dressed?",
     "Mostly, but my partner has to do my socks and shoes because I can't bend.",
     "{P} states {p} needs help from {p2} partner with socks and shoes.",
     None, (),
     "{P} states {p} dresses independently.", ("qualifier_dropped",)),
    ("How do you manage washing?",
     "I only shower when someone is in the house, I have fallen in the shower twice.",
     "{P} only showers when someone is at home, as {p} has fallen in the shower.",
     None, (),
     "{P} reports {p} showers every day.", ("qualifier_dropped",)),
    ("Do you remember to take your tablets?",
     "My son reminds me every morning, otherwise I forget them.",
     "{P} states {p2} son reminds {p4} to take {p2} tablets every morning.",
     None, (),
     "{P} states {p} takes {p2} tablets every morning.", ("qualifier_dropped",)),
    ("Do you use anything to help you walk?",
     "I use a stick, and after about {y} yards my legs give way.",
     "{P} uses a stick and can walk about {y} yards before {p2} legs give way.",
     "{P} states {p} can walk {w} metres.", ("number_changed", "qualifier_dropped"),
     "{P} states {p} can walk about {y} yards.", ("qualifier_dropped",)),
    ("How long can you sit in a chair?",
     "{s} minutes at most, then I have to get up because of the pain.",
     "{P} can sit for {s} minutes before getting up because of pain.",
     "{P} reports sitting for {h} hours.", ("number_changed", "qualifier_dropped"),
     "{P} reports sitting for {s} minutes.", ("qualifier_dropped",)),
    ("Can you get to places you have not been before?",
     "No, I get lost and panic, my sister always comes with me.",
     "{P} states {p2} sister goes with {p4} to new places because {p} gets lost.",
     None, (),
     "{P} states {p} travels to new places by bus.", ("qualifier_dropped",)),
]  # fmt: skip
NEVER_2 = [
    "{P} states {p} walks the dog every morning.",
    "{P} reports {p} does the gardening at weekends.",
    "{P} says {p} visits friends in town on Saturdays.",
]
IMPOSSIBLE_2 = [
    "{P} was observed to sit without difficulty for {t} minutes.",
    "The consultation started at 10:00 and finished at 11:{mm}.",
]
MEDS_2 = ("Are you on any medication?", "Just paracetamol when I need it.",
          "{P} takes paracetamol when needed.")  # fmt: skip


def make_case_2(seed: int) -> tuple[list[tuple[str, str]], list[tuple[str, set[str]]]]:
    rng = random.Random(seed)
    she = rng.random() < 0.5
    words = {"P": NAMES[0 if she else 1], "p": "she" if she else "he",
             "p2": "her" if she else "his", "p4": "her" if she else "him",
             "y": rng.choice([20, 30, 50]), "w": rng.choice([300, 400, 500]),
             "s": rng.choice(["Ten", "Twenty", "Fifteen"]), "h": rng.choice([2, 3]),
             "t": rng.choice([40, 45, 50]), "mm": rng.choice(["05", "10", "15"])}  # fmt: skip
    dialogue, report = [], []
    for ask, answer, faithful, changed, changed_kinds, dropped, dropped_kinds in rng.sample(
        TOPICS_2, 4
    ):
        dialogue += [("festival", ask), ("en-gb-scotland", answer.format(**words))]
        choice = rng.choice(["faithful", "dropped"] + (["changed"] if changed else []))
        if choice == "faithful":
            report.append((faithful.format(**words), {"supported"}))
        elif choice == "changed":
            report.append((str(changed).format(**words), set(changed_kinds)))
        else:
            report.append((dropped.format(**words), set(dropped_kinds)))
    dialogue += [("festival", MEDS_2[0]), ("en-gb-scotland", MEDS_2[1])]
    report.append((MEDS_2[2].format(**words), {"supported"}))
    report.append((rng.choice(NEVER_2).format(**words), {"never_said"}))
    report.append((rng.choice(IMPOSSIBLE_2).format(**words), {"impossible"}))
    rng.shuffle(report)
    return dialogue, report


def speak(voice: str, text: str) -> np.ndarray:
    if voice.startswith("festival"):  # "festival" (kal) or "festival:<voice>"
        name = voice.partition(":")[2] or "kal_diphone"
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "f.wav"
            subprocess.run(["text2wave", "-eval", f"(voice_{name})", "-o", str(out)],
                           input=text.encode(), capture_output=True, check=True)  # fmt: skip
            x, rate = sf.read(str(out), dtype="float64")
        # to the espeak rate (22 050 Hz) by linear interpolation: plenty for speech
        n = int(round(x.size * RATE / rate))
        return np.interp(np.arange(n) * rate / RATE, np.arange(x.size), x)
    wav = subprocess.run(["espeak-ng", "-v", voice, "-s", "145", "--stdout", text],
                         capture_output=True, check=True).stdout  # fmt: skip
    return np.frombuffer(wav[44:], "<i2").astype(np.float64) / 32768


def make_case(seed: int) -> tuple[list[tuple[str, str]], list[tuple[str, set[str]]]]:
    rng = random.Random(seed)
    she = rng.random() < 0.5
    words = {"P": NAMES[0 if she else 1], "p": "she" if she else "he",
             "p2": "her" if she else "his",
             "p3": "herself" if she else "himself",
             "n": rng.choice([10, 15, 20, 30]), "m": rng.choice([100, 200, 400]),
             "k": rng.choice([5, 10]), "j": rng.choice([30, 45, 60]),
             "f": rng.choice([2, 3]), "g": rng.choice([6, 7]),
             "t": rng.choice([40, 45, 50])}  # fmt: skip
    dialogue, report = [], []
    for ask, answer, faithful, changed, changed_kinds, dropped, dropped_kinds in rng.sample(
        TOPICS, 3
    ):
        dialogue += [("en-gb", ask), ("en-us", answer.format(**words))]
        choice = rng.choice(["faithful", "changed"] + (["dropped"] if dropped else []))
        if choice == "faithful":
            report.append((faithful.format(**words), {"supported"}))
        elif choice == "changed":
            report.append((changed.format(**words), set(changed_kinds)))
        else:
            report.append((dropped.format(**words), set(dropped_kinds)))
    dialogue += [("en-gb", MEDS[0]), ("en-us", MEDS[1])]
    report.append((MEDS[2].format(**words), {"supported"}))
    report.append((rng.choice(NEVER).format(**words), {"never_said"}))
    report.append((IMPOSSIBLE.format(**words), {"impossible"}))
    rng.shuffle(report)
    return dialogue, report


def transcribe_dialogue(
    seed: int, dialogue: list[tuple[int, str, str]], engine: Engine, folder: Path
) -> tuple[Transcript, float]:
    """Speak the dialogue, seal it with the CLI, transcribe it with the bundled model."""
    from twindeck.cli import main

    parts, t = [], 0.3
    for channel, voice, text in dialogue:
        speech = speak(voice, text)
        parts.append((channel, t, speech))
        t += speech.size / RATE + 0.7
    audio = np.zeros((int((t + 0.3) * RATE), 2))
    for ch, at, speech in parts:
        audio[int(at * RATE) : int(at * RATE) + speech.size, ch] = speech
    wav, rec = folder / f"c{seed}.wav", folder / f"c{seed}.twindeck"
    sf.write(str(wav), audio, RATE, subtype="PCM_16")
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        main(["record", str(rec), "--input", str(wav)])
    return transcribe_recording(rec, engine), verify_recording(rec).duration_s


# the held-out sets written blind by helpers who never saw the matcher, by their first seed,
# newest first: each written while the one before it was being looked at
BLIND = {
    48000: ("report_cases_blind46", "make_case_48"),
    47000: ("report_cases_blind45", "make_case_47"),
    46000: ("report_cases_blind44", "make_case_46"),
    45000: ("report_cases_blind43", "make_case_45"),
    44000: ("report_cases_blind42", "make_case_44"),
    43000: ("report_cases_blind41", "make_case_43"),
    42000: ("report_cases_blind40", "make_case_42"),
    41000: ("report_cases_blind39", "make_case_41"),
    40000: ("report_cases_blind38", "make_case_40"),
    39000: ("report_cases_blind37", "make_case_39"),
    38000: ("report_cases_blind36", "make_case_38"),
    37000: ("report_cases_blind35", "make_case_37"),
    36000: ("report_cases_blind34", "make_case_36"),
    35000: ("report_cases_blind33", "make_case_35"),
    34000: ("report_cases_blind32", "make_case_34"),
    33000: ("report_cases_blind31", "make_case_33"),
    32000: ("report_cases_blind30", "make_case_32"),
    31000: ("report_cases_blind29", "make_case_31"),
    30000: ("report_cases_blind28", "make_case_30"),
    29000: ("report_cases_blind27", "make_case_29"),
    28000: ("report_cases_blind26", "make_case_28"),
    27000: ("report_cases_blind25", "make_case_27"),
    26000: ("report_cases_blind24", "make_case_26"),
    25000: ("report_cases_blind23", "make_case_25"),
    24000: ("report_cases_blind22", "make_case_24"),
    23000: ("report_cases_blind21", "make_case_23"),
    22000: ("report_cases_blind20", "make_case_22"),
    21000: ("report_cases_blind19", "make_case_21"),
    20000: ("report_cases_blind18", "make_case_20"),
    19000: ("report_cases_blind17", "make_case_19"),
    18000: ("report_cases_blind16", "make_case_18"),
    17000: ("report_cases_blind15", "make_case_17"),
    16000: ("report_cases_blind14", "make_case_16"),
    15000: ("report_cases_blind13", "make_case_15"),
    14000: ("report_cases_blind12", "make_case_14"),
    13000: ("report_cases_blind11", "make_case_13"),
    12000: ("report_cases_blind10", "make_case_12"),
    11000: ("report_cases_blind9", "make_case_11"),
    10000: ("report_cases_blind8", "make_case_10"),
    9000: ("report_cases_blind7", "make_case_9"),
    8000: ("report_cases_blind6", "make_case_8"),
    7000: ("report_cases_blind5", "make_case_7"),
    6000: ("report_cases_blind4", "make_case_6"),
    5000: ("report_cases_blind3", "make_case_5"),
    4000: ("report_cases_blind2", "make_case_4"),
    3000: ("report_cases_blind", "make_case_3"),
}


def run_case(seed: int, engine: Engine, folder: Path) -> list[tuple[str, set[str], set[str]]]:
    blind = next(((m, f) for start, (m, f) in BLIND.items() if seed >= start), None)
    if blind is not None:
        lines = getattr(importlib.import_module(blind[0]), blind[1])(seed)
    else:
        two = make_case_2(seed) if seed >= 2000 else make_case(seed)
        lines = ([(0 if v in ("en-gb", "festival") else 1, v, text) for v, text in two[0]], two[1])
    dialogue, report = lines
    # the audio and its transcript depend only on the dialogue: kept between runs (--no-cache)
    key = hashlib.sha256(repr((dialogue, RATE)).encode()).hexdigest()[:16]
    cached = CACHE / f"{seed}-{key}.json" if CACHE else None
    if cached is not None and cached.exists():
        saved = json.loads(cached.read_text())
        transcript, duration = Transcript.from_json(saved["transcript"]), saved["duration_s"]
    else:
        transcript, duration = transcribe_dialogue(seed, dialogue, engine, folder)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            cached.write_text(
                json.dumps({"transcript": transcript.as_json(), "duration_s": duration})
            )
    statements = split_statements(" ".join(text for text, _ in report))
    findings = check_report(statements, transcript, duration)
    found: dict[int, set[str]] = {}
    entries = entries_of(report, statements, seed)
    for f in findings:
        for i in entries[f.statement_index]:
            found.setdefault(i, set()).add(f.kind)
    out = []
    for i, (text, expected) in enumerate(report):
        got = found.get(i, set())
        if got - {"supported"}:  # an entry with a departure in one sentence is not borne out
            got -= {"supported"}
        out.append((text, expected, got))
        if SHOW and seed < SHOW_BELOW and got != expected:  # never the unseen cases
            detail = [f"{f.kind}: {f.detail} | {f.passage.heard if f.passage else ''}"
                      for f in findings if i in entries[f.statement_index]]  # fmt: skip
            print(f"case {seed}: {text!r} expected {sorted(expected)} got {sorted(got)}")
            for d in detail:
                print("    " + d)
    if SHOW and seed < SHOW_BELOW:
        print(f"case {seed} transcript: " + " / ".join(u.text for u in transcript.utterances))
    return out


def entries_of(
    report: list[tuple[str, set[str]]], statements: list[Statement], seed: int
) -> list[set[int]]:
    """The labelled entries each statement of the whole report covers. An entry can be two
    sentences ("Telephone consultation. His mum was present."): each sentence's findings count
    for its entry. The product splits the whole report as a user would give it; where it joins
    two entries into one statement (or splits one across two), the statement's findings count
    for every entry it covers, so a splitting mistake is scored, not hidden."""
    bounds, at = [], 0
    for text, _ in report:
        bounds.append((at, at + len(text)))
        at += len(text) + 1
    joined = " ".join(text for text, _ in report)
    out, cursor = [], 0
    for st in statements:
        start = joined.find(st.text, cursor)
        assert start >= 0, f"case {seed}: a statement is not in the report's text"
        end = cursor = start + len(st.text)
        out.append({i for i, (a, b) in enumerate(bounds) if a < end and start < b})
    return out


def score(pairs: list[tuple[set[str], set[str]]]) -> str:
    lines = [f"  {'kind':18} {'precision':>9} {'recall':>7}  (tp/fp/fn)"]
    for kind in KINDS:
        c: Counter[str] = Counter()
        for expected, got in pairs:
            c["tp"] += kind in expected and kind in got
            c["fp"] += kind not in expected and kind in got
            c["fn"] += kind in expected and kind not in got
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        lines.append(f"  {kind:18} {p:9.2f} {r:7.2f}  ({c['tp']}/{c['fp']}/{c['fn']})")
    return "\n".join(lines)


PARTS = {
    "development": list(range(30)),
    "held-out-1": list(range(1030, 1040)),  # seen once on 2026-12-02: see TOPICS_2
    "held-out-2": list(range(2000, 2015)),  # other templates and voices, never looked at
    "held-out-3": list(range(3000, 3015)),  # bench/report_cases_blind.py
    "held-out-4": list(range(4000, 4015)),  # bench/report_cases_blind2.py
    "held-out-5": list(range(5000, 5015)),  # bench/report_cases_blind3.py
    "held-out-6": list(range(6000, 6015)),  # bench/report_cases_blind4.py
    "held-out-7": list(range(7000, 7015)),  # bench/report_cases_blind5.py
    "held-out-8": list(range(8000, 8020)),  # bench/report_cases_blind6.py
    "held-out-9": list(range(9000, 9020)),  # bench/report_cases_blind7.py
    # written blind, labels may pair a changed number with a dropped qualifier
    "held-out-10": list(range(10000, 10020)),  # bench/report_cases_blind8.py
    "held-out-11": list(range(11000, 11020)),  # bench/report_cases_blind9.py, the same way
    "held-out-12": list(range(12000, 12020)),  # bench/report_cases_blind10.py, the same way
    "held-out-13": list(range(13000, 13020)),  # bench/report_cases_blind11.py, the same way
    "held-out-14": list(range(14000, 14020)),  # bench/report_cases_blind12.py, the same way
    "held-out-15": list(range(15000, 15020)),  # bench/report_cases_blind13.py, the same way
    "held-out-16": list(range(16000, 16020)),  # bench/report_cases_blind14.py, the same way
    "held-out-17": list(range(17000, 17020)),  # bench/report_cases_blind15.py, the same way
    "held-out-18": list(range(18000, 18020)),  # bench/report_cases_blind16.py, the same way
    "held-out-19": list(range(19000, 19020)),  # bench/report_cases_blind17.py, the same way
    "held-out-20": list(range(20000, 20020)),  # bench/report_cases_blind18.py, the same way
    "held-out-21": list(range(21000, 21020)),  # bench/report_cases_blind19.py, the same way
    "held-out-22": list(range(22000, 22020)),  # bench/report_cases_blind20.py, the same way
    "held-out-23": list(range(23000, 23020)),  # bench/report_cases_blind21.py, the same way
    "held-out-24": list(range(24000, 24020)),  # bench/report_cases_blind22.py, the same way
    "held-out-25": list(range(25000, 25020)),  # bench/report_cases_blind23.py, the same way
    "held-out-26": list(range(26000, 26020)),  # bench/report_cases_blind24.py, the same way
    "held-out-27": list(range(27000, 27020)),  # bench/report_cases_blind25.py, the same way
    "held-out-28": list(range(28000, 28020)),  # bench/report_cases_blind26.py, the same way
    "held-out-29": list(range(29000, 29020)),  # bench/report_cases_blind27.py, the same way
    "held-out-30": list(range(30000, 30020)),  # bench/report_cases_blind28.py, the same way
    "held-out-31": list(range(31000, 31020)),  # bench/report_cases_blind29.py, the same way
    "held-out-32": list(range(32000, 32020)),  # bench/report_cases_blind30.py, the same way
    "held-out-33": list(range(33000, 33020)),  # bench/report_cases_blind31.py, the same way
    "held-out-34": list(range(34000, 34020)),  # bench/report_cases_blind32.py, the same way
    "held-out-35": list(range(35000, 35020)),  # bench/report_cases_blind33.py, the same way
    "held-out-36": list(range(36000, 36020)),  # bench/report_cases_blind34.py, the same way
    "held-out-37": list(range(37000, 37020)),  # bench/report_cases_blind35.py, the same way
    "held-out-38": list(range(38000, 38020)),  # bench/report_cases_blind36.py, the same way
    "held-out-39": list(range(39000, 39020)),  # bench/report_cases_blind37.py, the same way
    "held-out-40": list(range(40000, 40020)),  # bench/report_cases_blind38.py, the same way
    "held-out-41": list(range(41000, 41020)),  # bench/report_cases_blind39.py, the same way
    "held-out-42": list(range(42000, 42020)),  # bench/report_cases_blind40.py, the same way
    "held-out-43": list(range(43000, 43020)),  # bench/report_cases_blind41.py, the same way
    "held-out-44": list(range(44000, 44020)),  # bench/report_cases_blind42.py, the same way
    "held-out-45": list(range(45000, 45020)),  # bench/report_cases_blind43.py, the same way
    "held-out-46": list(range(46000, 46020)),  # bench/report_cases_blind44.py, the same way
    "held-out-47": list(range(47000, 47020)),  # bench/report_cases_blind45.py, the same way
    "held-out-48": list(range(48000, 48020)),  # bench/report_cases_blind46.py, the same way
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--parts",
        # the set not yet looked at runs only when asked for by name
        default=",".join(p for p in PARTS if PARTS[p][0] < SHOW_BELOW),
        help="comma-separated: " + ", ".join(PARTS),
    )
    parser.add_argument("--no-cache", action="store_true", help="speak and transcribe afresh")
    parser.add_argument(
        "--dump",
        type=Path,
        help="write each statement's expected and found kinds (JSON lines), "
        "except in the held-out set not yet looked at",
    )
    parser.add_argument(
        "--show",
        action="store_true",
        help="print every miss, except in the held-out sets not yet looked at",
    )
    args = parser.parse_args()
    import os

    global SHOW, CACHE
    SHOW = args.show
    if args.no_cache:
        CACHE = None

    os.environ.setdefault("TWINDECK_HOME", tempfile.mkdtemp())
    engine = Engine(settings=Settings())
    with tempfile.TemporaryDirectory() as tmp:
        for part in args.parts.split(","):
            pairs = []
            for seed in PARTS[part]:
                rows = run_case(seed, engine, Path(tmp))
                pairs.extend((expected, got) for _, expected, got in rows)
                if args.dump and seed < SHOW_BELOW:
                    with args.dump.open("a") as out:
                        for text, expected, got in rows:
                            out.write(json.dumps({"seed": seed, "statement": text,
                                                  "expected": sorted(expected),
                                                  "got": sorted(got)}) + "\n")  # fmt: skip
            print(f"{part}: {len(PARTS[part])} cases ({len(pairs)} statements)", flush=True)
            print(score(pairs), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
