"""Where the report departs from what was said: findings, each with the report's words, the
transcript's exact words and times, and the kind of departure.

Every statement is matched to the transcript passages most like it (content words weighted by how
rare they are in the transcript, over windows of consecutive utterances). Then:

1. ``number_changed`` — a distance, duration or frequency in the statement that the matched
   passage gives differently (by more than a quarter), e.g. "walks 200 m" vs "about twenty metres";
2. ``qualifier_dropped`` — pain, rest, help, aids, bad days, safety, repetition or slowness said
   in the passage but absent from the statement;
3. ``never_said`` — reported speech ("states…") with no passage that resembles it;
4. ``impossible`` — an observation longer than the recording itself, or consultation times that
   do not fit its length;
5. ``supported`` — a statement the transcript bears out (advisers need to know what is solid).

Ranked by what matters to points: a changed distance across a PIP moving-around threshold (20,
50, 200 m) first. The quote is always the transcript's own words, with their times.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from twindeck.report.descriptors import compare_distances
from twindeck.report.statements import Quantity, Statement, qualifiers, quantities
from twindeck.seal import clock_text
from twindeck.transcribe.model import Transcript

STOP = set(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "i",
        "you",
        "he",
        "she",
        "it",
        "they",
        "we",
        "my",
        "your",
        "his",
        "her",
        "their",
        "our",
        "me",
        "him",
        "them",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "can",
        "could",
        "will",
        "would",
        "to",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "that",
        "this",
        "there",
        "then",
        "so",
        "if",
        "as",
        "by",
        "not",
        "no",
        "yes",
        "about",
        "just",
        "very",
        "really",
        "what",
        "how",
        "when",
        "where",
        "who",
        "states",
        "stated",
        "reports",
        "reported",
        "says",
        "said",
        "told",
        "claimant",
        "client",
        "she",
        "he",
        "her",
        "his",
    ]
)
# words a report uses whatever the topic: they say nothing about whether a topic came up
EVERYDAY = set(
    "week day daily time twice once every morning night evening metre metres meter meters "  # noqa: SIM905
    "minute minutes hour hours "
    "without help get go can use need able manage".split()
)
WINDOW = 3  # utterances per passage
NEVER_SAID_BELOW = 0.12
SUPPORTED_ABOVE = 0.3


@dataclass(frozen=True)
class Passage:
    start_s: float
    end_s: float
    speakers: tuple[str, ...]
    text: str  # as shown: the transcript's words, unsure ones as [inaudible]
    heard: str  # every word the model gave, for matching


@dataclass(frozen=True)
class Finding:
    kind: str
    statement: str
    statement_index: int
    passage: Passage | None
    detail: str
    weight: float  # higher first

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z']+", text.lower()) if w not in STOP and len(w) > 2]


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def passages(transcript: Transcript) -> list[Passage]:
    us = transcript.utterances
    out = []
    for i in range(len(us)):
        group = us[i : i + WINDOW]
        out.append(
            Passage(
                group[0].start_s,
                group[-1].end_s,
                tuple(dict.fromkeys(u.speaker for u in group)),
                " ".join(f"{u.speaker}: {u.text}" for u in group),
                " ".join(w.text for u in group for w in u.words),
            )
        )
    return out


class Index:
    def __init__(self, items: list[Passage]) -> None:
        self.items = items
        self.docs = [Counter(_stem(w) for w in _words(p.heard)) for p in items]
        df: Counter[str] = Counter()
        for doc in self.docs:
            df.update(doc.keys())
        n = max(1, len(items))
        self.idf = {w: math.log(1 + n / c) for w, c in df.items()}
        self.norms = [
            math.sqrt(sum((c * self.idf[w]) ** 2 for w, c in d.items())) or 1.0 for d in self.docs
        ]

    def unheard(self, text: str) -> bool:
        """Most of the statement's own words (beyond the everyday) occur nowhere in the
        recording: what it reports was not talked about."""
        words = {_stem(w) for w in _words(text)} - {_stem(w) for w in EVERYDAY}
        if not words:
            return False
        return sum(w in self.idf for w in words) / len(words) < 0.5

    def best(self, text: str) -> tuple[Passage | None, float]:
        query = Counter(_stem(w) for w in _words(text))
        qn = math.sqrt(sum((c * self.idf.get(w, 0.0)) ** 2 for w, c in query.items())) or 1.0
        best, score = None, 0.0
        for item, doc, norm in zip(self.items, self.docs, self.norms, strict=True):
            dot = sum(c * doc.get(w, 0) * self.idf.get(w, 0.0) ** 2 for w, c in query.items())
            s = dot / (qn * norm)
            if s > score:
                best, score = item, s
        return best, score


def _differs(a: Quantity, b: Quantity) -> bool:
    return abs(a.value - b.value) > 0.25 * max(a.value, b.value)


def check_report(
    statements: list[Statement], transcript: Transcript, recording_s: float
) -> list[Finding]:
    index = Index(passages(transcript))
    findings: list[Finding] = []
    for st in statements:
        passage, score = index.best(st.text)
        found = False
        # 4. what the recording itself rules out
        for q in st.quantities:
            if q.kind == "duration" and st.observation and q.value * 60 > recording_s + 60:
                findings.append(
                    Finding(
                        "impossible",
                        st.text,
                        st.index,
                        None,
                        f"the report observes {q.text}, but the whole recording lasts "
                        f"{clock_text(recording_s)}",
                        90.0,
                    )  # fmt: skip
                )
                found = True
        times = re.findall(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b", st.text)
        if len(times) >= 2 and re.search(r"\b(start|began|finish|end|until|to)", st.text, re.I):
            (h1, m1), (h2, m2) = times[0], times[1]
            stated = (int(h2) * 60 + int(m2)) - (int(h1) * 60 + int(m1))
            if stated > 0 and abs(stated * 60 - recording_s) > max(300, 0.2 * recording_s):
                findings.append(
                    Finding(
                        "impossible",
                        st.text,
                        st.index,
                        None,
                        f"the report gives a consultation of {stated} minutes; the recording "
                        f"of it lasts {clock_text(recording_s)}",
                        80.0,
                    )  # fmt: skip
                )
                found = True
        if passage is None or score < NEVER_SAID_BELOW or (st.reported and index.unheard(st.text)):
            if st.reported:
                findings.append(
                    Finding(
                        "never_said",
                        st.text,
                        st.index,
                        passage,
                        "nothing in the recording resembles this reported speech",
                        60.0,
                    )  # fmt: skip
                )
            continue
        # 1. numbers
        said = quantities(passage.heard)
        for q in st.quantities:
            same_kind = [p for p in said if p.kind == q.kind]
            if same_kind and all(_differs(q, p) for p in same_kind):
                closest = min(same_kind, key=lambda p: abs(p.value - q.value))
                detail = f"the report says {q.text}; what was said: {closest.text}"
                worth = compare_distances(q.value, closest.value) if q.kind == "distance" else None
                if worth:
                    detail += f" ({worth})"
                weight = 70.0 + (25.0 if worth else 0.0)
                findings.append(
                    Finding("number_changed", st.text, st.index, passage, detail, weight)
                )
                found = True
        # 2. qualifiers
        dropped = [q for q in qualifiers(passage.heard) if q not in st.qualifiers]
        if dropped and score >= NEVER_SAID_BELOW * 1.5:
            findings.append(
                Finding(
                    "qualifier_dropped",
                    st.text,
                    st.index,
                    passage,
                    "said but not in the report: " + ", ".join(dropped),
                    50.0 + 5 * len(dropped),
                )  # fmt: skip
            )
            found = True
        if not found and score >= SUPPORTED_ABOVE:
            findings.append(
                Finding(
                    "supported",
                    st.text,
                    st.index,
                    passage,
                    "the recording bears this out",
                    10.0 * score,
                )  # fmt: skip
            )
    return sorted(findings, key=lambda f: (-f.weight, f.statement_index))


__all__ = ["Finding", "Passage", "check_report", "passages"]
