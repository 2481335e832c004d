"""Offline transcription of a sealed recording: words, times, speakers, and where they came from.

The recording is verified first and only an intact one is transcribed. Its audio is streamed from
the sealed PCM, resampled to 16 kHz per channel with libswresample (PyAV), and decoded in windows
of about ten minutes cut at the quietest moment near each window's end, so memory stays flat for
an hour-long assessment and no word is cut in half.

Speakers: a two-channel recording whose channels carry different audio (a call recorded as one
side per channel, or two microphones) is transcribed channel by channel, one speaker each. A
recording whose channels carry the same room sound is mixed down to one channel, and everything
is attributed to one speaker until speaker separation arrives (issue 4).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from twindeck.errors import NotIntact
from twindeck.meter import samples
from twindeck.seal import AudioFormat, open_recording, verify_recording
from twindeck.seal.encoding import parse_line
from twindeck.transcribe.engine import SAMPLE_RATE_HZ, Engine, Settings
from twindeck.transcribe.model import Transcript, Utterance, Word

WINDOW_S = 600.0  # decode this much at a time
SEEK_S = 30.0  # look this far back from a window's end for the quietest place to cut
READ_S = 10.0
SAME_ROOM_CORRELATION = 0.5  # channels this alike are one room, not one side each

Progress = Callable[[float, float], None]  # (seconds of audio done, total seconds)


@dataclass(frozen=True)
class _Channels:
    picks: list[list[int]]  # channels to mix for each speaker
    names: list[str]


def stream_16k(path: Path, fmt: AudioFormat, frames: int, mix: list[int]) -> Iterator[np.ndarray]:
    """The recording's audio, channels ``mix`` averaged, as 16 kHz float32 blocks."""
    import av

    resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE_HZ)
    step = int(READ_S * fmt.rate_hz) * fmt.frame_bytes
    size = frames * fmt.frame_bytes
    files = open_recording(path)
    try:
        spans = [(start, min(step, size - start)) for start in range(0, size, step)]
        for block in files.audio.ranges(spans):
            x = samples(block, fmt)[:, mix].mean(axis=1).astype(np.float32)
            frame = av.AudioFrame.from_ndarray(x.reshape(1, -1), format="flt", layout="mono")
            frame.sample_rate = fmt.rate_hz
            for out in resampler.resample(frame):
                yield out.to_ndarray().reshape(-1)
        for out in resampler.resample(None):
            yield out.to_ndarray().reshape(-1)
    finally:
        files.close()


def _quietest_cut(audio: np.ndarray, lo: int, hi: int) -> int:
    block = SAMPLE_RATE_HZ // 10
    n = (hi - lo) // block
    if n <= 1:
        return hi
    energy = (audio[lo : lo + n * block].reshape(n, block) ** 2).mean(axis=1)
    return lo + int(np.argmin(energy)) * block + block // 2


def windows(blocks: Iterator[np.ndarray]) -> Iterator[tuple[float, np.ndarray]]:
    """(offset in seconds, audio) windows of about WINDOW_S, cut at a quiet moment."""
    window, seek = int(WINDOW_S * SAMPLE_RATE_HZ), int(SEEK_S * SAMPLE_RATE_HZ)
    buffer = np.zeros(0, dtype=np.float32)
    offset = 0
    for block in blocks:
        buffer = np.concatenate([buffer, block])
        if buffer.size >= window:
            cut = _quietest_cut(buffer, window - seek, window)
            yield offset / SAMPLE_RATE_HZ, buffer[:cut]
            offset += cut
            buffer = buffer[cut:]
    if buffer.size:
        yield offset / SAMPLE_RATE_HZ, buffer


def _channel_plan(path: Path, fmt: AudioFormat, frames: int) -> _Channels:
    if fmt.channels == 1:
        return _Channels([[0]], ["Speaker 1"])
    files = open_recording(path)
    try:
        probe = min(frames, 60 * fmt.rate_hz) * fmt.frame_bytes
        x = samples(b"".join(bytes(b) for b in files.audio.ranges([(0, probe)])), fmt)
    finally:
        files.close()
    if fmt.channels == 2 and x.shape[0] > 0:
        left, right = x[:, 0], x[:, 1]
        denominator = float(np.sqrt((left**2).sum() * (right**2).sum()))
        corr = float((left * right).sum()) / denominator if denominator > 0 else 1.0
        if abs(corr) < SAME_ROOM_CORRELATION:
            return _Channels([[0], [1]], ["Speaker 1", "Speaker 2"])
    return _Channels([list(range(fmt.channels))], ["Speaker 1"])


class _Voices:
    """Speaker separation on one channel: embed each utterance's audio, cluster per recording."""

    def __init__(self, n_speakers: int | None) -> None:
        from twindeck.errors import ModelMissing

        self.n_speakers = n_speakers
        self.embeddings: list[Any] = []  # one per utterance, None when too short
        self.spans: list[tuple[float, float]] = []
        self.encoder: Any = None
        if n_speakers == 1:
            self.method = "one speaker (as asked)"
            return
        try:
            from twindeck.transcribe.speakers import SpeakerEncoder

            self.encoder = SpeakerEncoder()
            self.method = "resemblyzer GE2E voice embeddings (numpy), clustered per recording"
        except ModelMissing:
            self.method = "one speaker: the speaker model is not installed"

    def listen(self, found: list[list[Word]], audio: np.ndarray, offset: float) -> None:
        from twindeck.transcribe.speakers import embed_spans

        spans = [(words[0].start_s, words[-1].end_s) for words in found]
        self.spans += spans
        if self.encoder is None:
            self.embeddings += [None] * len(spans)
        else:
            self.embeddings += embed_spans(audio, spans, offset, encoder=self.encoder)

    def label(self, utterances: list[list[Word]]) -> tuple[list[list[Word]], tuple[str, ...]]:
        """One labelling for the whole recording (numbers would not match window by window)."""
        from dataclasses import replace

        from twindeck.transcribe.speakers import label_spans

        if self.encoder is None or all(e is None for e in self.embeddings):
            return utterances, ("Speaker 1",)
        labels = label_spans(self.embeddings, self.spans, self.n_speakers)
        out = [
            [replace(w, speaker=f"Speaker {label + 1}") for w in words]
            for words, label in zip(utterances, labels, strict=True)
        ]
        return out, tuple(f"Speaker {c + 1}" for c in range(max(labels, default=0) + 1))


PAUSE_S = 0.8  # a silence this long ends an utterance
SENTENCE_PAUSE_S = 0.25  # or a shorter one after a full stop or question mark


def split_turns(words: list[Word]) -> list[list[Word]]:
    """The decoder returns up to 30 s at a time; cut it where the speaker paused, so a passage
    is a sentence or a turn, not half a minute."""
    out: list[list[Word]] = [[words[0]]] if words else []
    for before, word in zip(words, words[1:], strict=False):
        gap = word.start_s - before.end_s
        if gap >= PAUSE_S or (gap >= SENTENCE_PAUSE_S and before.text.endswith((".", "?", "!"))):
            out.append([word])
        else:
            out[-1].append(word)
    return out


def transcribe_recording(
    path: Path,
    engine: Engine | None = None,
    *,
    progress: Progress | None = None,
) -> Transcript:
    report = verify_recording(path)
    if not report.ok:
        raise NotIntact(f"{path} is {report.verdict}; only an intact recording is transcribed")
    assert report.audio is not None
    fmt, frames = report.audio, report.frames
    files = open_recording(path)
    try:
        header = parse_line(files.log.split(b"\n", 1)[0])
    finally:
        files.close()
    segment_s = int(header["audio"]["segment_frames"]) / fmt.rate_hz
    engine = engine or Engine(settings=Settings())
    plan = _channel_plan(path, fmt, frames)
    total = report.duration_s * len(plan.picks)
    done = 0.0
    began = time.monotonic()
    utterances: list[list[Word]] = []
    voices = _Voices(engine.settings.speakers) if len(plan.picks) == 1 else None
    for mix, name in zip(plan.picks, plan.names, strict=True):
        for offset, audio in windows(stream_16k(path, fmt, frames, mix)):
            found = [
                part for words in engine.words(audio, offset, name) for part in split_turns(words)
            ]
            if voices is not None:
                voices.listen(found, audio, offset)
            utterances += found
            done += audio.size / SAMPLE_RATE_HZ
            if progress is not None:
                progress(min(done, total), total)
    speakers = tuple(plan.names)
    if voices is not None:
        utterances, speakers = voices.label(utterances)
    utterances.sort(key=lambda words: (words[0].start_s, words[0].speaker))
    last = max(0, report.segments - 1)

    def covering(t: float) -> int:
        return min(last, max(0, int(t / segment_s)))

    result = tuple(
        Utterance(
            words[0].start_s,
            words[-1].end_s,
            words[0].speaker,
            tuple(words),
            (covering(words[0].start_s), covering(max(words[0].start_s, words[-1].end_s - 1e-3))),
        )
        for words in utterances
    )
    spent = time.monotonic() - began
    engine_info = {
        **engine.describe(),
        "speakers_from": (voices.method if voices is not None else "one channel per speaker"),
        "seconds_taken": round(spent, 1),
        "speed_x_realtime": round(report.duration_s / spent, 1) if spent else None,
    }
    return Transcript(
        report.recording_id,
        report.root,
        report.seal_code,
        report.duration_s,
        engine_info,
        speakers,
        result,
    )


def transcript_stem(recording: Path) -> Path:
    """``assessment.twindeck`` or ``assessment.twindeck.zip`` -> ``assessment``."""
    name = recording.name
    for suffix in (".twindeck.zip", ".twindeck"):
        if name.endswith(suffix):
            return recording.with_name(name[: -len(suffix)])
    return recording


__all__ = ["Engine", "Settings", "transcribe_recording", "transcript_stem", "windows"]
