"""Speaker separation on one channel with resemblyzer's weights run in numpy, on Festival voices
(espeak-ng's voices are too alike for voice embeddings: measured 0.78 vs 0.75).

The numpy encoder was checked against librosa, onnxruntime and resemblyzer's own slicing by
``bench/speakers.py --reference`` (cosine 1.000000); here: its properties, the clustering on a
known dialogue, and the loader's refusals."""

from __future__ import annotations

import pickle
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from twindeck.cli import main
from twindeck.errors import ModelMissing
from twindeck.transcribe import Engine, Settings, transcribe_recording
from twindeck.transcribe.speakers import (
    SpeakerEncoder,
    assign_speakers,
    cluster,
    embed_spans,
    label_spans,
    load_weights,
    partial_starts,
    weights_path,
)

VOICES = ["kal_diphone", "ked_diphone", "cmu_us_slt_arctic_hts"]
LINES = [
    "How far can you walk before you need to stop?",
    "About twenty metres, then I have to rest.",
    "Do you need help with washing and dressing?",
    "My husband helps me on bad days.",
    "What medication are you taking at the moment?",
    "I take codeine every morning and at night.",
    "How often are the bad days?",
    "Most days, maybe five in a week.",
    "Can you prepare a simple meal for yourself?",
]


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "home"))


def festival(voice: str, text: str, tmp_path: Path) -> np.ndarray:
    out = tmp_path / "say.wav"
    subprocess.run(["text2wave", "-eval", f"(voice_{voice})", "-o", str(out)],
                   input=text.encode(), capture_output=True, check=True)  # fmt: skip
    x, rate = sf.read(str(out), dtype="float32")
    if rate != 16000:  # the HTS voice speaks at 48 kHz
        import av

        r = av.AudioResampler(format="flt", layout="mono", rate=16000)
        frame = av.AudioFrame.from_ndarray(x.reshape(1, -1), format="flt", layout="mono")
        frame.sample_rate = rate
        x = np.concatenate(
            [o.to_ndarray().reshape(-1) for o in [*r.resample(frame), *r.resample(None)]]
        )
    return x


def test_the_weights_load_without_torch() -> None:
    w = load_weights(weights_path())
    assert w["lstm.weight_ih_l0"].shape == (1024, 40)
    assert w["linear.weight"].shape == (256, 256)
    import sys

    assert "torch" not in sys.modules and "resemblyzer" not in sys.modules


@pytest.mark.slow
def test_three_voices_are_told_apart(turns: list[tuple[int, np.ndarray]]) -> None:
    """cluster() alone, as the engine's per-utterance path uses it."""
    vectors = SpeakerEncoder().embed_many([speech for _, speech in turns])
    assert cluster(vectors) == [v for v, _ in turns]  # found three, each turn right
    assert cluster(vectors, n_speakers=2).count(0) >= 4  # told two: merges, never crashes


@pytest.mark.slow
def test_a_one_channel_dialogue_gets_its_speakers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parts, truth, t = [], [], 0.5
    for i, line in enumerate(LINES[:6]):
        speech = festival(VOICES[2 * (i % 2)], line, tmp_path)  # kal, slt, kal, slt…
        truth.append((t, t + speech.size / 16000, i % 2))
        parts += [np.zeros(int(0.9 * 16000)), speech]
        t += 0.9 + speech.size / 16000
    sf.write(str(tmp_path / "d.wav"), np.concatenate(parts), 16000, subtype="PCM_16")
    rec = tmp_path / "d.twindeck"
    assert main(["record", str(rec), "--input", str(tmp_path / "d.wav")]) == 0
    transcript = transcribe_recording(rec, Engine(settings=Settings()))
    assert transcript.speakers == ("Speaker 1", "Speaker 2")
    assert transcript.engine["speakers_from"].startswith("resemblyzer")
    right = 0
    for u in transcript.utterances:
        mid = (u.start_s + u.end_s) / 2
        who = next(s for a, b, s in truth if a - 0.6 <= mid <= b + 0.6)
        right += u.speaker == f"Speaker {who + 1}"
    assert right / len(transcript.utterances) >= 0.9
    assert main(["transcribe", str(rec), "--speakers", "0"]) == 2


def to_16k(x: np.ndarray, rate: int) -> np.ndarray:
    if rate == 16000:
        return x
    import av

    r = av.AudioResampler(format="flt", layout="mono", rate=16000)
    frame = av.AudioFrame.from_ndarray(x.reshape(1, -1), format="flt", layout="mono")
    frame.sample_rate = rate
    return np.concatenate(
        [o.to_ndarray().reshape(-1) for o in [*r.resample(frame), *r.resample(None)]]
    )


def trimmed(x: np.ndarray) -> np.ndarray:
    """Without Festival's leading and trailing silence, so a turn's span is its speech."""
    loud = np.flatnonzero(np.abs(x) > 0.01 * np.abs(x).max())
    return x[loud[0] : loud[-1] + 1]


@pytest.fixture(scope="module")
def turns(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[int, np.ndarray]]:
    """Twelve turns, the three voices in turn (assessor, claimant, companion), one Festival
    process per voice."""
    work = tmp_path_factory.mktemp("festival")
    lines = [(i % 3, LINES[i % len(LINES)]) for i in range(12)]
    for v, voice in enumerate(VOICES):
        script = [f"(voice_{voice})"] + [
            f'(utt.save.wave (utt.synth (Utterance Text "{text}")) "{work}/{k}.wav" \'riff)'
            for k, (who, text) in enumerate(lines)
            if who == v
        ]
        (work / f"{voice}.scm").write_text("\n".join(script) + "\n")
        subprocess.run(
            ["festival", "-b", str(work / f"{voice}.scm")], capture_output=True, check=True
        )
    return [
        (who, trimmed(to_16k(*sf.read(str(work / f"{k}.wav"), dtype="float32"))))
        for k, (who, _) in enumerate(lines)
    ]


def dialogue(turns: list[tuple[int, np.ndarray]]) -> tuple[np.ndarray, list[tuple[float, float]]]:
    """The turns on one channel with pauses of 0.4-1.0 s, and each turn's (start, end)."""
    parts, spans, t = [], [], 0
    for k, (_, speech) in enumerate(turns):
        gap = int((0.4 + 0.1 * (k % 7)) * 16000)
        parts += [np.zeros(gap, np.float32), speech.astype(np.float32)]
        spans.append(((t + gap) / 16000, (t + gap + speech.size) / 16000))
        t += gap + speech.size
    return np.concatenate(parts), spans


@pytest.mark.slow
def test_assign_speakers_finds_the_three_voices_of_a_dialogue(
    turns: list[tuple[int, np.ndarray]],
) -> None:
    audio, spans = dialogue(turns)
    enc = SpeakerEncoder.load()
    got = assign_speakers(audio, spans, encoder=enc)
    truth = [who for who, _ in turns]
    assert len(set(got)) == 3  # the number of speakers, found
    assert got[:3] == [0, 1, 2]  # numbered by first appearance
    right = sum(g == t for g, t in zip(got, truth, strict=True))  # the voices take turns in order
    assert right / len(turns) >= 0.9, (got, truth)
    assert assign_speakers(audio, spans, 3, encoder=enc) == got
    told_two = assign_speakers(audio, spans, 2, encoder=enc)
    assert set(told_two) == {0, 1}
    assert assign_speakers(audio, spans, 1, encoder=enc) == [0] * len(spans)
    assert assign_speakers(audio, [], encoder=enc) == []
    with pytest.raises(ValueError):
        assign_speakers(audio, spans, 0, encoder=enc)

    # a long recording, as the transcriber reads it: embedded window by window, labelled once
    cut = spans[6][0] - 0.2
    k = int(cut * 16000)
    vectors = embed_spans(audio[:k], spans[:6], encoder=enc)
    vectors += embed_spans(audio[k:], spans[6:], k / 16000, encoder=enc)
    assert label_spans(vectors, spans) == got

    # a piece of a turn too short to be heard as a voice takes the nearest turn's speaker
    a, b = spans[4]
    got = assign_speakers(audio, [*spans[:5], (b + 0.05, b + 0.2), *spans[5:]], encoder=enc)
    assert got[5] == got[4]


@pytest.mark.slow
def test_same_voice_is_closer_than_another_voice(turns: list[tuple[int, np.ndarray]]) -> None:
    enc = SpeakerEncoder.load()
    vectors = enc.embed_many([speech for _, speech in turns])
    assert vectors.shape == (12, 256)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    one_by_one = np.stack([enc.embed(speech) for _, speech in turns[:3]])
    assert np.allclose(one_by_one, vectors[:3], atol=1e-5)  # batching changes nothing
    who = np.array([w for w, _ in turns])
    sim = vectors @ vectors.T
    same = sim[(who[:, None] == who[None, :]) & ~np.eye(12, dtype=bool)]
    other = sim[who[:, None] != who[None, :]]
    assert same.min() > other.max(), (same.min(), other.max())
    assert same.mean() > other.mean() + 0.2


def test_partials_are_cut_as_resemblyzer_cuts_them() -> None:
    # 1.6 s partials every 77 frames; the last one kept if at least 75 % of it is audio
    assert partial_starts(8000) == [0]  # shorter than one partial: one, padded
    assert partial_starts(int(2.8 * 16000)) == [0, 77, 154]  # 20160 of 25600 samples: kept
    assert partial_starts(int(3.5 * 16000)) == [0, 77, 154]  # 74 % covered: dropped
    assert partial_starts(int(6.4 * 16000)) == [0, 77, 154, 231, 308, 385, 462]


def test_missing_or_bad_weights_are_a_clear_model_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    with monkeypatch.context() as m:
        m.setattr(importlib.util, "find_spec", lambda name: None)
        with pytest.raises(ModelMissing) as missing:
            SpeakerEncoder.load()
    assert "not installed" in str(missing.value)
    assert "pip install --no-deps resemblyzer" in missing.value.hint

    cut = tmp_path / "cut.pt"
    cut.write_bytes(weights_path().read_bytes()[:100_000])
    with pytest.raises(ModelMissing, match="cannot read the speaker model"):
        SpeakerEncoder.load(cut)

    # a pickle that would run code is refused, not run
    evil = tmp_path / "evil.pt"
    with open(evil, "wb") as f:
        pickle.dump(0x1950A86A20F9469CFC6C, f)
        pickle.dump(1001, f)
        pickle.dump({"little_endian": True}, f)
        f.write(b"cos\nsystem\n(S'touch " + str(tmp_path / "ran").encode() + b"'\ntR.")
    with pytest.raises(ModelMissing, match="os.system is not allowed"):
        SpeakerEncoder.load(evil)
    assert not (tmp_path / "ran").exists()
