"""The transcript as data: words with times and speakers, bound to the sealed recording.

A transcript never changes the recording. It names the recording it was made from (id, seal root,
seal code) and, for every utterance, the recording's one-second segments it covers, so a quote
can be traced to the audio and proven with a clip. Corrections by a person are a separate layer
(:class:`Corrections`): the machine's words stay as they were, and every rendering marks what a
person changed.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from twindeck.errors import UnusableInput

SCHEMA = "twindeck.transcript/1"
CORRECTIONS_SCHEMA = "twindeck.corrections/1"
INAUDIBLE = "[inaudible]"


@dataclass(frozen=True)
class Word:
    start_s: float
    end_s: float
    text: str  # as the model wrote it, without the leading space
    probability: float
    speaker: str
    inaudible: bool = False  # the model was unsure: shown as [inaudible], kept for reference
    corrected_from: str | None = None  # set by a person's correction


@dataclass(frozen=True)
class Utterance:
    start_s: float
    end_s: float
    speaker: str
    words: tuple[Word, ...]
    segments: tuple[int, int]  # first and last one-second segment of the recording it covers

    @property
    def text(self) -> str:
        return render_words(self.words)


@dataclass(frozen=True)
class Transcript:
    recording_id: str
    seal_root: str
    seal_code: str
    duration_s: float
    engine: dict[str, Any]  # model, settings, versions, speed
    speakers: tuple[str, ...]
    utterances: tuple[Utterance, ...]

    def as_json(self) -> dict[str, Any]:
        return {"schema": SCHEMA, **asdict(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Transcript:
        if data.get("schema") != SCHEMA:
            raise UnusableInput(f"not a twindeck transcript (schema {data.get('schema')!r})")
        try:
            utterances = tuple(
                Utterance(
                    u["start_s"],
                    u["end_s"],
                    u["speaker"],
                    tuple(Word(**w) for w in u["words"]),
                    (u["segments"][0], u["segments"][1]),
                )
                for u in data["utterances"]
            )
            return cls(
                data["recording_id"],
                data["seal_root"],
                data["seal_code"],
                data["duration_s"],
                data["engine"],
                tuple(data["speakers"]),
                utterances,
            )
        except (KeyError, TypeError, IndexError) as exc:
            raise UnusableInput(f"the transcript file is damaged ({exc})") from exc

    @property
    def words(self) -> list[Word]:
        return [w for u in self.utterances for w in u.words]


def render_words(words: tuple[Word, ...] | list[Word]) -> str:
    out: list[str] = []
    for w in words:
        text = INAUDIBLE if w.inaudible else w.text
        if text == INAUDIBLE and out and out[-1] == INAUDIBLE:
            continue  # one mark for a run of unsure words
        out.append(text)
    return " ".join(out)


@dataclass
class Corrections:
    """What a person changed: speaker names and words, keyed by the word's place."""

    recording_id: str
    speaker_names: dict[str, str] = field(default_factory=dict)
    words: dict[str, dict[str, str]] = field(default_factory=dict)  # "u.w" -> {text?, speaker?}

    @staticmethod
    def path_for(transcript_json: Path) -> Path:
        return transcript_json.with_name(
            transcript_json.name.replace(".transcript.json", ".corrections.json")
        )

    @classmethod
    def load(cls, path: Path, recording_id: str) -> Corrections:
        if not path.exists():
            return cls(recording_id)
        try:
            data = json.loads(path.read_text("utf-8"))
            if data.get("schema") != CORRECTIONS_SCHEMA:
                raise ValueError(f"schema {data.get('schema')!r}")
            if data["recording_id"] != recording_id:
                raise UnusableInput(f"{path} belongs to another recording")
            return cls(recording_id, dict(data["speaker_names"]), dict(data["words"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise UnusableInput(f"{path} is not a twindeck corrections file ({exc})") from exc

    def save(self, path: Path) -> None:
        data = {"schema": CORRECTIONS_SCHEMA, **asdict(self)}
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
        partial.replace(path)

    def apply(self, transcript: Transcript) -> Transcript:
        """The transcript as a person corrected it; corrected words keep ``corrected_from``."""
        names = self.speaker_names
        utterances = []
        for ui, u in enumerate(transcript.utterances):
            words = []
            for wi, w in enumerate(u.words):
                change = self.words.get(f"{ui}.{wi}", {})
                speaker = change.get("speaker", w.speaker)
                if "text" in change:
                    w = replace(w, text=change["text"], inaudible=False, corrected_from=w.text)
                words.append(replace(w, speaker=names.get(speaker, speaker)))
            speaker = names.get(u.speaker, u.speaker)
            utterances.append(replace(u, speaker=speaker, words=tuple(words)))
        speakers = tuple(dict.fromkeys(names.get(s, s) for s in transcript.speakers))
        return replace(transcript, utterances=tuple(utterances), speakers=speakers)


__all__ = ["Corrections", "INAUDIBLE", "Transcript", "Utterance", "Word", "render_words"]
