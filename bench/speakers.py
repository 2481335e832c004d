#!/usr/bin/env python3
"""Speaker separation on one channel (issue 4): turn accuracy and speed of
``twindeck.transcribe.speakers`` on a synthetic three-voice assessment built with Festival voices
(an assessor, a claimant and a companion; espeak-ng's voices are too alike to test this with).

The turns' true speakers and times are known exactly (the synthesised speech, trimmed of its
silence). ``assign_speakers`` is given those spans, as the transcriber gives it utterances, and
the bench prints:

* turn accuracy (share of turns with the right speaker, best one-to-one relabelling), the same
  weighted by speech time (1 - that is the confusion part of a DER, the spans being given), by
  turn length, with the number of speakers found automatically and when told;
* the same with the two male voices only (the hardest pair), and with noise at 20 and 10 dB SNR;
* with ``--librispeech DIR``, real read speech too: dialogues of 2, 3 and 4 speakers from a
  LibriSpeech-style folder (e.g. ``audio_data/librispeech_test-other`` of resemblyzer's source
  repository, 10 speakers, CC BY 4.0; not in the wheel), whole utterances and 1-4 s pieces;
* cosine distances within and between Festival voices, and a sweep of the two clustering
  thresholds (PURE_BELOW, SAME_VOICE_BELOW) over all those dialogues, which is where they come
  from (note: chosen on these same data);
* speed in × real time: the encoder alone (batched, and one span at a time) and
  ``assign_speakers`` end to end.

``--reference`` checks the numpy encoder against independent implementations instead (the mel
frames against librosa, the LSTM against onnxruntime, whole embeddings against resemblyzer's
``embed_utterance`` slicing, copied here); it needs librosa and onnx, best in a scratch
environment: ``python3 -m venv --system-site-packages /tmp/ref && /tmp/ref/bin/pip install
librosa onnx && /tmp/ref/bin/python bench/speakers.py --reference``.

Usage::

    python3 bench/speakers.py [--turns 90] [--seed 1] [--librispeech DIR [--groups 10]]
    python3 bench/speakers.py --reference
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import soundfile as sf

import twindeck.transcribe.speakers as sp
from twindeck.transcribe.speakers import (
    CLUSTER_MIN_S,
    EMBED_MIN_S,
    SpeakerEncoder,
    assign_speakers,
)

RATE = 16000
ASSESSOR, CLAIMANT, COMPANION = "cmu_us_slt_arctic_hts", "kal_diphone", "ked_diphone"
QUESTIONS = [
    "Thank you for coming today. Can you tell me how you travelled here?",
    "How far can you walk before you need to stop?",
    "What medication are you taking at the moment?",
    "Do you need help with washing and dressing?",
    "How often are the bad days?",
    "Can you prepare a simple meal for yourself?",
    "Do you go out on your own, to places you do not know?",
    "How do you manage your money, for example paying bills?",
    "Who helps you with your medication during the week?",
    "Can you read a letter and understand what it says?",
    "How long can you stand before the pain gets too much?",
    "Tell me about a typical day, from when you wake up.",
    "Have you seen a specialist about your back in the last year?",
    "Do you use any aids, like a walking stick or a perching stool?",
    "How do you get in and out of the bath?",
]
ANSWERS = [
    "My daughter drove me, because I cannot use the bus on my own any more.",
    "About twenty metres, then I have to rest, and I can't do it the next day.",
    "I take codeine and sertraline every morning, and pregabalin at night.",
    "On bad days my husband helps me get dressed, and I sit down in the shower.",
    "Most days, maybe five days in a week, and worse when it is cold.",
    "I can use the microwave, but I cannot stand at the cooker for long.",
    "No, I get too anxious, and I have had panic attacks in the supermarket.",
    "My son looks after the bills, I get confused with the numbers.",
    "I have a pill box that my partner fills for me every Sunday.",
    "I can read it, but I need someone to explain what it means for me.",
    "Maybe five minutes, and then I have to sit down or hold on to something.",
    "I wake up stiff, it takes an hour before I can get out of bed properly.",
    "I saw the pain clinic in March, and they changed my tablets again.",
    "I use a stick outside and a stool in the kitchen when I make a drink.",
    "I don't, I only use the shower now because I cannot lift my legs.",
]
ASIDES = [
    "She does not always say how bad it is, I see her on the bad days.",
    "I have to go with her everywhere now, she has fallen twice this year.",
    "The doctor wrote a letter about that, we brought a copy with us.",
    "Sorry to interrupt, but she forgot to mention the hospital visits.",
]
SHORT = ["Yes.", "No.", "Okay.", "Right.", "Thank you.", "I see."]


def synthesise(lines: list[tuple[str, str]], work: Path) -> list[np.ndarray]:
    """16 kHz speech for each (voice, text), one Festival process per voice, silence trimmed."""
    script: dict[str, list[str]] = {}
    for k, (voice, text) in enumerate(lines):
        safe = text.replace('"', "").replace("\\", "")
        script.setdefault(voice, []).append(
            f'(utt.save.wave (utt.synth (Utterance Text "{safe}")) "{work}/{k}.wav" \'riff)'
        )
    for voice, body in script.items():
        scm = work / f"{voice}.scm"
        scm.write_text(f"(voice_{voice})\n" + "\n".join(body) + "\n")
        subprocess.run(["festival", "-b", str(scm)], check=True, capture_output=True)
    return [
        trim(to_16k(*sf.read(str(work / f"{k}.wav"), dtype="float32"))) for k in range(len(lines))
    ]


def to_16k(x: np.ndarray, rate: int) -> np.ndarray:
    if rate == RATE:
        return x
    import av

    resampler = av.AudioResampler(format="flt", layout="mono", rate=RATE)
    frame = av.AudioFrame.from_ndarray(
        x.reshape(1, -1).astype(np.float32), format="flt", layout="mono"
    )
    frame.sample_rate = rate
    out = [*resampler.resample(frame), *resampler.resample(None)]
    return np.concatenate([o.to_ndarray().reshape(-1) for o in out])


def trim(x: np.ndarray) -> np.ndarray:
    """Drop leading and trailing silence (10 ms frames more than 40 dB under the loudest)."""
    n = x.size // 160
    energy = (x[: n * 160].reshape(n, 160) ** 2).mean(axis=1)
    loud = np.flatnonzero(energy > energy.max() * 1e-4)
    return x[loud[0] * 160 : (loud[-1] + 1) * 160] if loud.size else x


def dialogue(turns: int, rng: np.random.Generator) -> list[tuple[str, str]]:
    """(voice, text): question, answer (sometimes a short one first), now and then an aside."""
    out: list[tuple[str, str]] = []
    q = a = s = 0
    while len(out) < turns:
        out.append((ASSESSOR, QUESTIONS[q % len(QUESTIONS)]))
        q += 1
        if rng.random() < 0.35:
            out.append((CLAIMANT, SHORT[int(rng.integers(len(SHORT)))]))
        out.append((CLAIMANT, ANSWERS[a % len(ANSWERS)]))
        a += 1
        if rng.random() < 0.3:
            out.append((COMPANION, ASIDES[s % len(ASIDES)]))
            s += 1
        if rng.random() < 0.25:
            out.append((ASSESSOR, SHORT[int(rng.integers(len(SHORT)))]))
    return out[:turns]


def lay_out(
    speech: list[np.ndarray], rng: np.random.Generator
) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """One channel with a pause of 0.3-1.2 s before each turn; the turns' (start, end)."""
    parts, spans, t = [], [], 0
    for x in speech:
        gap = int(rng.uniform(0.3, 1.2) * RATE)
        parts += [np.zeros(gap, np.float32), x.astype(np.float32)]
        spans.append(((t + gap) / RATE, (t + gap + x.size) / RATE))
        t += gap + x.size
    return np.concatenate(parts), spans


def relabel(truth: list[int], got: list[int], weights: list[float]) -> dict[int, int]:
    """The one-to-one mapping of found speakers onto true ones that gets most weight right."""
    from scipy.optimize import linear_sum_assignment

    gs, ts = sorted(set(got)), sorted(set(truth))
    score = np.zeros((len(gs), len(ts)))
    for t, g, w in zip(truth, got, weights, strict=True):
        score[gs.index(g), ts.index(t)] += w
    rows, cols = linear_sum_assignment(-score)
    return {gs[r]: ts[c] for r, c in zip(rows, cols, strict=True)}


def best_match(truth: list[int], got: list[int], weights: list[float]) -> float:
    """Weighted share right under the best one-to-one relabelling of ``got``."""
    m = relabel(truth, got, weights)
    right = sum(w for t, g, w in zip(truth, got, weights, strict=True) if m.get(g) == t)
    return right / sum(weights)


def report(name: str, truth: list[int], got: list[int], spans: list[tuple[float, float]]) -> None:
    length = [b - a for a, b in spans]
    m = relabel(truth, got, [1.0] * len(got))
    ok = [m.get(g) == t for t, g in zip(truth, got, strict=True)]

    def part(ix: list[int]) -> str:
        return f"{np.mean([ok[i] for i in ix]):6.1%} ({len(ix):>2})" if ix else "     -     "

    long = [i for i, d in enumerate(length) if d >= CLUSTER_MIN_S]
    mid = [i for i, d in enumerate(length) if EMBED_MIN_S <= d < CLUSTER_MIN_S]
    tiny = [i for i, d in enumerate(length) if d < EMBED_MIN_S]
    print(
        f"{name:<34} {len(set(truth))} {len(set(got)):>5}  {np.mean(ok):6.1%}  "
        f"{best_match(truth, got, length):6.1%}  {part(long)} {part(mid)} {part(tiny)}"
    )


class Memo:
    """The encoder with its embeddings remembered, so that threshold sweeps cost no LSTM time."""

    def __init__(self, encoder: SpeakerEncoder) -> None:
        self.encoder = encoder
        self.seen: dict[bytes, np.ndarray] = {}

    def embed_many(self, clips: list[np.ndarray]) -> np.ndarray:
        keys = [hashlib.sha1(np.ascontiguousarray(c, np.float32).tobytes()).digest() for c in clips]
        todo = [(k, c) for k, c in zip(keys, clips, strict=True) if k not in self.seen]
        if todo:
            for (k, _), v in zip(todo, self.encoder.embed_many([c for _, c in todo]), strict=True):
                self.seen[k] = v
        return np.stack([self.seen[k] for k in keys])


def librispeech(root: Path) -> dict[str, list[np.ndarray]]:
    """Speaker folder -> its utterances (16 kHz FLAC), from a LibriSpeech-style tree."""
    out: dict[str, list[np.ndarray]] = {}
    for flac in sorted(root.rglob("*.flac")):
        x, rate = sf.read(str(flac), dtype="float32")
        out.setdefault(flac.parent.name, []).append(to_16k(x, rate))
    return out


def real_cases(
    utts: dict[str, list[np.ndarray]], rng: np.random.Generator, groups: int
) -> list[tuple[str, np.ndarray, list[tuple[float, float]], list[int]]]:
    """Dialogues of 2, 3 and 4 real speakers: their utterances shuffled, whole, and cut to
    random 1-4 s pieces (dialogue turns are often that short)."""
    names = sorted(utts)
    cases = []
    for k in (2, 3, 4):
        combos = list(itertools.combinations(names, k))
        for pieces in (False, True):
            for c in rng.permutation(len(combos))[:groups]:
                turns = [(n, u) for n in combos[c] for u in utts[n]]
                speech, truth = [], []
                for t in rng.permutation(len(turns)):
                    name, u = turns[t]
                    if pieces:
                        n = int(rng.uniform(1.0, 4.0) * RATE)
                        start = int(rng.integers(0, max(1, u.size - n)))
                        u = u[start : start + n]
                    speech.append(u)
                    truth.append(combos[c].index(name))
                audio, spans = lay_out(speech, rng)
                label = f"{k} real voices, {'1-4 s pieces' if pieces else 'whole utterances'}"
                cases.append((label, audio, spans, truth))
    return cases


def summary(
    cases: list[tuple[str, np.ndarray, list[tuple[float, float]], list[int]]], enc: Memo
) -> dict[str, tuple[float, float, float]]:
    """Per kind of case: mean and worst turn accuracy, share with the right number found."""
    rows: dict[str, list[tuple[float, bool]]] = {}
    for label, audio, spans, truth in cases:
        got = assign_speakers(audio, spans, encoder=enc)  # type: ignore[arg-type]
        right = best_match(truth, got, [1.0] * len(got))
        rows.setdefault(label, []).append((right, len(set(got)) == len(set(truth))))
    return {
        label: (
            float(np.mean([r for r, _ in v])),
            min(r for r, _ in v),
            float(np.mean([n for _, n in v])),
        )
        for label, v in rows.items()
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--turns", type=int, default=90)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--librispeech", type=Path, help="a LibriSpeech-style folder of real speakers")
    ap.add_argument("--groups", type=int, default=10, help="real dialogues per kind")
    ap.add_argument("--reference", action="store_true")
    args = ap.parse_args()
    if args.reference:
        return reference()
    rng = np.random.default_rng(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        lines = dialogue(args.turns, rng)
        began = time.perf_counter()
        speech = synthesise(lines, Path(tmp))
        print(
            f"synthesised {len(lines)} turns with Festival in {time.perf_counter() - began:.1f} s"
        )
    voices = [ASSESSOR, CLAIMANT, COMPANION]
    truth = [voices.index(v) for v, _ in lines]
    audio, spans = lay_out(speech, rng)
    duration = audio.size / RATE
    speech_s = sum(b - a for a, b in spans)
    n_mid = sum(b - a < CLUSTER_MIN_S for a, b in spans)
    n_tiny = sum(b - a < EMBED_MIN_S for a, b in spans)
    print(
        f"dialogue: {duration:.0f} s, {speech_s:.0f} s of speech, {len(spans)} turns "
        f"({n_mid} shorter than {CLUSTER_MIN_S} s, {n_tiny} shorter than {EMBED_MIN_S} s)"
    )
    began = time.perf_counter()
    encoder = SpeakerEncoder.load()
    print(f"encoder loaded in {time.perf_counter() - began:.2f} s\n")

    # speed first, on a cold memo (best of three)
    bounds = [(int(a * RATE), int(b * RATE)) for a, b in spans]
    clips = [audio[a:b] for a, b in bounds]

    def best(run: Callable[[], object]) -> float:
        times = []
        for _ in range(3):
            began = time.perf_counter()
            run()
            times.append(time.perf_counter() - began)
        return min(times)

    batched = best(lambda: encoder.embed_many(clips))
    single = best(lambda: [encoder.embed(clip) for clip in clips])
    whole = best(lambda: assign_speakers(audio, spans, encoder=encoder))
    print(f"speed on {speech_s:.0f} s of speech ({duration:.0f} s of dialogue), best of 3:")
    print(f"  encoder, all turns batched:       {speech_s / batched:6.0f}x real time (speech)")
    print(f"  encoder, one turn at a time:      {speech_s / single:6.0f}x real time (speech)")
    print(f"  assign_speakers, end to end:      {duration / whole:6.0f}x real time (dialogue)\n")

    enc = Memo(encoder)
    short = f"{EMBED_MIN_S}-{CLUSTER_MIN_S} s"
    print(f"{'':<34} speakers  turns   by time  turns of    turns of     turns under")
    print(f"{'':<34} true found right   right   {CLUSTER_MIN_S}+ s     {short}   {EMBED_MIN_S} s")

    def run(name: str, truth: list[int], sound: np.ndarray, spans: list[tuple[float, float]],
            n: int | None = None) -> None:  # fmt: skip
        report(name, truth, assign_speakers(sound, spans, n, encoder=enc), spans)  # type: ignore[arg-type]

    run("three voices, found automatically", truth, audio, spans)
    run("three voices, told 3", truth, audio, spans, 3)
    males = [i for i, t in enumerate(truth) if t != 0]
    m_audio, m_spans = lay_out([speech[i] for i in males], np.random.default_rng(args.seed))
    m_truth = [truth[i] for i in males]
    run("two male voices (kal, ked)", m_truth, m_audio, m_spans)
    noise = np.random.default_rng(7).standard_normal(audio.size).astype(np.float32)
    power = float(np.mean(np.concatenate(speech) ** 2))
    noisy = {snr: audio + np.sqrt(power / 10 ** (snr / 10)) * noise for snr in (20, 10)}
    for snr, sound in noisy.items():
        run(f"three voices, noise at {snr} dB SNR", truth, sound, spans)

    cases = [
        ("Festival, 3 voices", audio, spans, truth),
        ("Festival, 2 male voices", m_audio, m_spans, m_truth),
        ("Festival, 3 voices, 10 dB SNR", noisy[10], spans, truth),
    ]
    if args.librispeech:
        cases += real_cases(librispeech(args.librispeech), rng, args.groups)
        print("\nreal speech (assign_speakers, number of speakers found automatically):")
        for label, (mean, worst, count) in summary(cases[3:], enc).items():
            print(f"  {label:<40} turns right {mean:6.1%} (worst {worst:6.1%}), "
                  f"number of speakers right in {count:4.0%}")  # fmt: skip

    # distances, and the two thresholds
    core = [i for i, (a, b) in enumerate(spans) if b - a >= CLUSTER_MIN_S]
    for label, sound in (("clean", audio), ("10 dB SNR", noisy[10])):
        vectors = enc.embed_many([sound[bounds[i][0] : bounds[i][1]] for i in core])
        d = 1 - vectors @ vectors.T
        pairs = list(itertools.combinations(range(len(core)), 2))
        same = [d[x, y] for x, y in pairs if truth[core[x]] == truth[core[y]]]
        diff = [d[x, y] for x, y in pairs if truth[core[x]] != truth[core[y]]]
        print(
            f"\nFestival turns of {CLUSTER_MIN_S} s or more ({label}), cosine distance: "
            f"same voice median {np.median(same):.2f}, max {max(same):.2f}; "
            f"different voices min {min(diff):.2f}, median {np.median(diff):.2f}"
        )
    print(
        f"\nthresholds (in use: PURE_BELOW {sp.PURE_BELOW}, then SAME_VOICE_BELOW "
        f"{sp.SAME_VOICE_BELOW}; 0 = no second step): mean turn accuracy / share of dialogues "
        "with the right number of speakers"
    )
    saved = sp.PURE_BELOW, sp.SAME_VOICE_BELOW
    grid = [(0.2, 0.0), (0.25, 0.0), (0.3, 0.0), (0.2, 0.15), (0.2, 0.18), (0.2, 0.2), (0.25, 0.18)]
    try:
        for pure, same_voice in grid:
            sp.PURE_BELOW, sp.SAME_VOICE_BELOW = pure, same_voice
            rows = summary(cases, enc)
            kinds: dict[str, list[tuple[float, float]]] = {}
            for label, (mean, _, count) in rows.items():
                kind = "Festival" if label.startswith("Festival") else label.split(",")[1].strip()
                kinds.setdefault(kind, []).append((mean, count))
            print(f"  {pure:.2f} then {same_voice:.2f}: " + "; ".join(
                f"{k} {np.mean([m for m, _ in v]):.0%}/{np.mean([c for _, c in v]):.0%}"
                for k, v in kinds.items()))  # fmt: skip
    finally:
        sp.PURE_BELOW, sp.SAME_VOICE_BELOW = saved
    return 0


def reference() -> int:
    """The numpy encoder against librosa (mel), onnxruntime (LSTM) and resemblyzer's slicing."""
    import librosa  # type: ignore[import-not-found]
    import onnxruntime as ort  # type: ignore[import-not-found]
    from onnx import TensorProto, helper, numpy_helper  # type: ignore[import-not-found]

    from twindeck.transcribe.speakers import load_weights, mel_frames, weights_path

    enc = SpeakerEncoder.load()
    w = load_weights(weights_path())

    def reorder(m: np.ndarray) -> np.ndarray:  # torch's gates i f g o -> ONNX's i o f c
        i, f, g, o = np.split(m, 4, axis=0)
        return np.concatenate([i, o, f, g], axis=0)

    nodes, inits, prev = [], [], "X"
    for n in range(3):
        bias = np.concatenate([reorder(w[f"lstm.bias_ih_l{n}"]), reorder(w[f"lstm.bias_hh_l{n}"])])
        inits += [
            numpy_helper.from_array(reorder(w[f"lstm.weight_ih_l{n}"])[None], f"W{n}"),
            numpy_helper.from_array(reorder(w[f"lstm.weight_hh_l{n}"])[None], f"R{n}"),
            numpy_helper.from_array(bias[None].astype(np.float32), f"B{n}"),
            numpy_helper.from_array(np.array([1], np.int64), f"axis{n}"),
        ]
        nodes += [
            helper.make_node("LSTM", [prev, f"W{n}", f"R{n}", f"B{n}"], [f"Y{n}", f"H{n}"],
                             hidden_size=256),
            helper.make_node("Squeeze", [f"Y{n}", f"axis{n}"], [f"S{n}"]),
        ]  # fmt: skip
        prev = f"S{n}"
    graph = helper.make_graph(
        nodes, "ge2e", [helper.make_tensor_value_info("X", TensorProto.FLOAT, ["T", "N", 40])],
        [helper.make_tensor_value_info("H2", TensorProto.FLOAT, [1, "N", 256])], inits,
    )  # fmt: skip
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    model.ir_version = 8
    session = ort.InferenceSession(model.SerializeToString())

    def forward(mels: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(mels.transpose(1, 0, 2), dtype=np.float32)
        h = session.run(None, {"X": x})[0][0]
        raw = np.maximum(0, h @ w["linear.weight"].T + w["linear.bias"])
        out: np.ndarray = raw / np.linalg.norm(raw, axis=1, keepdims=True)
        return out

    def embed_utterance(wav: np.ndarray) -> np.ndarray:  # resemblyzer 0.1.4, copied
        rms = np.sqrt(np.mean((wav * 32767) ** 2))
        change = -30 - 20 * np.log10(rms / 32767)
        wav = wav if change < 0 else wav * (10 ** (change / 20))
        n_frames = int(np.ceil((len(wav) + 1) / 160))
        step = int(np.round((16000 / 1.3) / 160))
        starts = list(range(0, max(1, n_frames - 160 + step + 1), step))
        if (len(wav) - starts[-1] * 160) / 25600 < 0.75 and len(starts) > 1:
            starts.pop()
        stop = (starts[-1] + 160) * 160
        if stop >= len(wav):
            wav = np.pad(wav, (0, stop - len(wav)))
        mel = librosa.feature.melspectrogram(
            y=wav.astype(np.float32), sr=16000, n_fft=400, hop_length=160, n_mels=40,
            pad_mode="reflect",
        ).astype(np.float32).T  # fmt: skip
        e = forward(np.array([mel[s : s + 160] for s in starts])).mean(axis=0)
        out: np.ndarray = e / np.linalg.norm(e)
        return out

    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as tmp:
        lines = [(v, t) for v in (ASSESSOR, CLAIMANT, COMPANION) for t in (*QUESTIONS[:3], "Yes.")]
        speech = synthesise(lines, Path(tmp))
    long = np.concatenate(speech)
    m_ref = librosa.feature.melspectrogram(
        y=long, sr=16000, n_fft=400, hop_length=160, n_mels=40, pad_mode="reflect"
    ).T
    m = mel_frames(long)
    print(
        f"mel frames vs librosa: max error {np.abs(m - m_ref).max() / m_ref.max():.1e} of the peak"
    )
    mels = np.stack([mel_frames(long[i : i + 25600])[:160] for i in range(0, 16 * 25600, 25600)])
    a, b = enc.forward(mels), forward(mels)
    print(f"LSTM + projection vs onnxruntime: max abs difference {np.abs(a - b).max():.1e}")
    cos = []
    for n in rng.integers(int(0.5 * RATE), 9 * RATE, 40):
        s = int(rng.integers(0, long.size - n))
        cos.append(float(enc.embed(long[s : s + n]) @ embed_utterance(long[s : s + n])))
    cos += [float(enc.embed(x) @ embed_utterance(x)) for x in speech]
    print(
        f"embeddings vs embed_utterance on {len(cos)} clips of 0.5-9 s: min cosine {min(cos):.6f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
