"""Transcription with the real bundled model (Whisper tiny.en, faster-whisper, int8) on speech made
by espeak-ng: words, times, channels as speakers, silence, corrections and bad input."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from twindeck.cli import main
from twindeck.transcribe import Engine, Settings, transcribe_recording, windows
from twindeck.transcribe.model import Transcript

RATE = 22050  # espeak-ng's own rate
# a telephone assessment's assessor (0) and claimant (1): on this one the decoder passes over
# the first 40 s of the assessor's side unless what it missed is decoded again
LONG_CALL = [
    (
        0,
        "Hello, is this Chloe Adams? My name is Imran, I'm calling about your PIP assessment. The "
        "time is two o'clock.",
    ),
    (1, "Yeah, that's me. My partner Jordan's here as well, you're on speaker."),
    (1, "Hiya."),
    (0, "Chloe, tell me about your epilepsy."),
    (
        1,
        "I have tonic clonic seizures. I was diagnosed when I was seventeen. I have them, um, on "
        "average, maybe four a month? And absences, loads of those, I don't always know.",
    ),
    (1, "The absences are every day. She'll just stop mid-sentence."),
    (0, "Do you get any warning before a seizure?"),
    (
        1,
        "No. None. That's the problem. I've broken my wrist, and I've bitten my tongue really "
        "badly.",
    ),
    (0, "How long does it take you to recover afterwards?"),
    (
        1,
        "I sleep for the rest of the day. I'm confused for hours. Then I've got a headache the "
        "whole of the next day.",
    ),
    (0, "Do you cook?"),
    (
        1,
        "Only when Jordan's in. The neurologist said I'm not to use the hob on my own. I use the "
        "microwave.",
    ),
    (0, "How about bathing?"),
    (
        1,
        "I only shower when someone's in the house. I had a seizure in the bath once, when I was "
        "twenty, and nearly drowned.",
    ),
    (0, "Do you go out alone?"),
    (
        1,
        "Round the block, sometimes. I don't go far on my own. I carry a card that says I've got "
        "epilepsy.",
    ),
    (0, "Medication?"),
    (1, "Levetiracetam, fifteen hundred milligrams twice a day. And lamotrigine."),
    (0, "OK, thank you both, that's the end of the assessment."),
]
SHOP = "I can walk to the shop, but I need to rest twice, and I can't do it the next day."
ASK = "How far is the shop from your home?"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TWINDECK_HOME", str(tmp_path / "home"))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(settings=Settings())


def speak(text: str, voice: str = "en-gb") -> np.ndarray:
    wav = subprocess.run(
        ["espeak-ng", "-v", voice, "-s", "150", "--stdout", text], capture_output=True, check=True
    ).stdout
    data = np.frombuffer(wav[44:], "<i2").astype(np.float64) / 32768  # espeak: 16-bit mono WAV
    return data


def recall(reference: str, text: str) -> float:
    """Share of the reference's words found, in order (a longest common subsequence)."""
    ref = [w.strip(".,?").lower() for w in reference.split()]
    got = [w.strip(".,?").lower() for w in text.split()]
    table = [[0] * (len(got) + 1) for _ in range(len(ref) + 1)]
    for i, a in enumerate(ref):
        for j, b in enumerate(got):
            table[i + 1][j + 1] = (
                table[i][j] + 1 if a == b else max(table[i][j + 1], table[i + 1][j])
            )
    return table[-1][-1] / len(ref)


def place(length_s: float, *parts: tuple[float, np.ndarray]) -> np.ndarray:
    out = np.zeros(int(length_s * RATE))
    for at, speech in parts:
        start = int(at * RATE)
        out[start : start + speech.size] += speech
    return out


def recording(tmp_path: Path, audio: np.ndarray, name: str = "a") -> Path:
    wav = tmp_path / f"{name}.wav"
    sf.write(str(wav), audio, RATE, subtype="PCM_16")
    rec = tmp_path / f"{name}.twindeck"
    assert main(["record", str(rec), "--input", str(wav)]) == 0
    return rec


def test_words_and_times_from_a_sealed_recording(
    tmp_path: Path, engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    shop = speak(SHOP)
    rec = recording(tmp_path, place(12, (2.0, shop)))
    capsys.readouterr()
    t = transcribe_recording(rec, engine)
    text = " ".join(w.text.lower().strip(".,") for w in t.words)
    assert "walk to the shop" in text and "next day" in text, text
    assert recall(SHOP, text) >= 0.85, text
    words = t.words
    assert abs(words[0].start_s - 2.0) < 0.6  # the speech starts 2 s in
    assert words[-1].end_s < 2.0 + shop.size / RATE + 0.6
    starts = [w.start_s for w in words]
    assert starts == sorted(starts) and all(w.end_s >= w.start_s for w in words)
    u = t.utterances[0]
    assert u.segments == (int(u.start_s), int(u.end_s - 1e-3))  # one-second segments
    assert t.seal_code and len(t.seal_root) == 64 and t.duration_s == pytest.approx(12)
    assert t.engine["model"].startswith("tiny.en") and t.engine["vad"]


def test_cli_writes_every_format_and_corrections_stay_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rec = recording(tmp_path, place(9, (0.5, speak(SHOP))), "talk")
    capsys.readouterr()
    assert main(["transcribe", str(rec), "--beam", "1"]) == 0
    out = capsys.readouterr().out
    assert "words, 1 speaker(s)" in out
    for suffix in (".transcript.json", ".vtt", ".srt", ".txt", ".docx"):
        assert (tmp_path / f"talk{suffix}").stat().st_size > 0
    machine = (tmp_path / "talk.transcript.json").read_text()
    vtt = (tmp_path / "talk.vtt").read_text()
    assert vtt.startswith("WEBVTT\n") and "<v Speaker 1>" in vtt
    assert "\n1\n00:00:0" in "\n" + (tmp_path / "talk.srt").read_text()

    data = json.loads(machine)
    shop = next(w for u in data["utterances"] for w in u["words"] if "shop" in w["text"])
    at = f"0:{(shop['start_s'] + shop['end_s']) / 2:.2f}"
    assert (
        main(["correct", str(rec), "--speaker", "Speaker 1=Claimant", "--word", f"{at}=shops"]) == 0
    )
    txt = (tmp_path / "talk.txt").read_text()
    assert "Claimant: " in txt and "shops*" in txt and "corrected by hand" in txt
    assert (tmp_path / "talk.transcript.json").read_text() == machine  # the machine's stays
    import docx

    doc = "\n".join(p.text for p in docx.Document(str(tmp_path / "talk.docx")).paragraphs)
    assert "Claimant:" in doc and "shops*" in doc

    # transcribing again keeps the person's corrections
    assert main(["transcribe", str(rec), "--beam", "1"]) == 2  # refuses without --force
    assert main(["transcribe", str(rec), "--beam", "1", "--force"]) == 0
    assert "Claimant: " in (tmp_path / "talk.txt").read_text()

    assert main(["correct", str(rec), "--speaker", "Nobody=X"]) == 2
    assert "the speakers are" in capsys.readouterr().err
    assert main(["correct", str(rec), "--word", "5:00=x"]) == 2


def test_one_side_per_channel_gives_two_speakers(tmp_path: Path, engine: Engine) -> None:
    left = place(12, (0.5, speak(ASK, "en-us")))
    right = place(12, (4.0, speak(SHOP)))
    rec = recording(tmp_path, np.stack([left, right], axis=1), "call")
    t = transcribe_recording(rec, engine)
    assert t.speakers == ("Speaker 1", "Speaker 2")
    first, *rest = t.utterances
    assert first.speaker == "Speaker 1" and "shop" in first.text.lower()
    assert "far" in first.text.lower()
    assert all(u.speaker == "Speaker 2" for u in rest) and rest
    assert recall(SHOP, " ".join(u.text for u in rest)) >= 0.85


def test_silence_and_noise_give_no_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    noise = 0.02 * np.random.default_rng(3).standard_normal(RATE * 20)
    noise[RATE * 10 :] = 0.0  # ten seconds of hiss, then digital silence
    rec = recording(tmp_path, noise, "quiet")
    capsys.readouterr()
    assert main(["transcribe", str(rec), "--beam", "1"]) == 0
    assert "No speech was found in the recording." in capsys.readouterr().out
    data = Transcript.from_json(json.loads((tmp_path / "quiet.transcript.json").read_text()))
    assert data.words == []


def test_bad_input_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rec = recording(tmp_path, place(3, (0.2, speak("Hello."))), "bad")
    audio = bytearray((rec / "audio.pcm").read_bytes())
    audio[100] ^= 1
    (rec / "audio.pcm").write_bytes(bytes(audio))
    capsys.readouterr()
    assert main(["transcribe", str(rec)]) == 1
    assert "only an intact recording is transcribed" in capsys.readouterr().err
    assert main(["transcribe", str(tmp_path / "nothing.twindeck")]) == 2
    empty = tmp_path / "model"
    empty.mkdir()
    assert main(["transcribe", str(rec), "--model", str(empty)]) == 1
    err = capsys.readouterr().err
    assert "not a model folder" in err and "Traceback" not in err
    assert main(["correct", str(rec)]) == 2
    assert "run `twindeck transcribe" in capsys.readouterr().err


def test_windows_cut_in_quiet_places_and_lose_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import twindeck.transcribe as tr

    monkeypatch.setattr(tr, "WINDOW_S", 10.0)
    monkeypatch.setattr(tr, "SEEK_S", 4.0)
    rng = np.random.default_rng(0)
    audio = (0.3 * rng.standard_normal(16000 * 25)).astype(np.float32)
    audio[int(16000 * 7.5) : int(16000 * 7.8)] = 0.0  # a pause inside the first seek range
    blocks = (audio[i : i + 16000] for i in range(0, audio.size, 16000))
    parts = list(windows(blocks))
    assert np.array_equal(np.concatenate([a for _, a in parts]), audio)
    assert 7.5 <= parts[1][0] <= 7.8  # cut in the pause
    assert [o for o, _ in parts] == sorted(o for o, _ in parts)


def test_assessment_vocabulary_spells_drug_names(tmp_path: Path, engine: Engine) -> None:
    rec = recording(
        tmp_path, place(5, (0.3, speak("I take codeine and sertraline every morning.")))
    )
    words = {w.text.lower().strip(".,") for w in transcribe_recording(rec, engine).words}
    assert {"codeine", "sertraline"} <= words, words


def test_speech_the_decoder_passes_over_is_decoded_again(tmp_path: Path, engine: Engine) -> None:
    parts, at = [], 0.3
    for side, text in LONG_CALL:
        speech = speak(text, "en-us")
        if side == 0:  # the claimant's side is left silent: only its time passes
            parts.append((at, speech))
        at += speech.size / RATE + 0.7
    assessor = place(at + 0.5, *parts)
    rec = recording(tmp_path, np.stack([assessor, np.zeros_like(assessor)], axis=1), "long")
    first = transcribe_recording(rec, engine).utterances[0]
    assert first.start_s < 1.0
    assert recall("Hello, is this Chloe Adams?", first.text) >= 0.5


def test_unheard_is_speech_no_word_covers() -> None:
    from twindeck.transcribe.engine import unheard
    from twindeck.transcribe.model import Word

    speech = speak(SHOP)
    audio = place(speech.size / RATE + 2.0, (1.0, speech))
    a16 = np.interp(np.arange(0, audio.size, RATE / 16000), np.arange(audio.size), audio)
    a16 = a16.astype(np.float32)
    end = 1.0 + speech.size / RATE
    (start, stop), *more = unheard(a16, [], 0.0)
    assert not more and abs(start / 16000 - 1.0) < 0.6 and abs(stop / 16000 - end) < 0.6

    # words over all of it: nothing is left; over its first half: the rest is
    def over(a: float, b: float) -> list[list[Word]]:
        return [[Word(a, b, "shop", 0.9, "S1")]]

    assert unheard(a16, over(0.8, end + 0.2), 0.0) == []
    ((start, stop),) = unheard(a16, over(0.8, 3.0), 0.0)
    assert abs(start / 16000 - 3.3) < 0.05 and abs(stop / 16000 - end) < 0.6
