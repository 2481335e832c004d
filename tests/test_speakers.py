"""Speaker separation on one channel with resemblyzer's weights run in numpy, on Festival voices
(espeak-ng's voices are too alike for voice embeddings: measured 0.78 vs 0.75)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from twindeck.cli import main
from twindeck.transcribe import Engine, Settings, transcribe_recording
from twindeck.transcribe.speakers import SpeakerEncoder, cluster, load_weights, weights_path

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
def test_three_voices_are_told_apart(tmp_path: Path) -> None:
    enc = SpeakerEncoder()
    turns = [(i % 3, LINES[i]) for i in range(9)]
    vectors = np.stack([enc.embed(festival(VOICES[v], text, tmp_path)) for v, text in turns])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert cluster(vectors) == [v for v, _ in turns]  # found three, each turn right
    assert cluster(vectors, n_speakers=2).count(0) >= 3  # told two: merges, never crashes
    same = vectors[0] @ vectors[3]
    other = vectors[0] @ vectors[1]
    assert same > other + 0.05


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
