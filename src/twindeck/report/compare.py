"""Where the report departs from what was said: findings, each with the report's words, the
transcript's exact words and times, and the kind of departure.

Every statement is matched to the transcript passages most like it (content words weighted by how
rare they are in the transcript, over windows of consecutive utterances). Then:

1. ``number_changed`` — a distance, duration or frequency in the statement that the matched
   passage gives differently (by more than a quarter), e.g. "walks 200 m" vs "about twenty metres";
2. ``qualifier_dropped`` — pain, rest, help, aids, bad days, safety, repetition or slowness said
   in the passage but absent from the statement;
3. ``never_said`` — reported speech ("states…") with no passage that resembles it;
   ``never_asked`` — an activity the report covers (by heading or words) that nothing in the
   recording is about;
4. ``impossible`` — an observation longer than the recording itself, or consultation times that
   do not fit its length;
5. ``supported`` — a statement the transcript bears out (advisers need to know what is solid).

Ranked by what matters to points: a changed distance across a PIP moving-around threshold (20,
50, 200 m) first. The quote is always the transcript's own words, with their times.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from twindeck.report import bedside
from twindeck.report.descriptors import (
    ACTIVITIES,
    Activity,
    activities_for,
    compare_distances,
    compare_durations,
    worth_of_qualifiers,
)
from twindeck.report.quantities import (
    HOUR_WORDS,
    WORD,
    Quantity,
    answered_quantities,
    clock_apart,
    comparable,
    differs,
    number,
    paces,
    said_quantities,
    sound_key,
)
from twindeck.report.statements import PEOPLE_WORDS, QUALIFIERS, Statement, qualifiers, stem
from twindeck.seal import clock_text
from twindeck.transcribe.model import Transcript, Utterance

STOP = set(
    [
        "a",
        "an",
        "per",
        "being",
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
        "myself",
        "yourself",
        "herself",
        "himself",
        "themselves",
        "because",
        "before",
        "after",
        "than",
        "also",
        "which",
        "while",
        "until",
        "some",
        "any",
        "all",
        "only",
        "mostly",
        "others",
        "other",
        "usually",
        "local",
        "advised",
        "advises",
        "describes",
        "described",
        "indicated",
        "confirmed",
        "mentioned",
        "explained",
        "around",
        "approximately",
        "becoming",
        "goes",
        "going",
        "went",
    ]
)
# words a report uses whatever the topic: they say nothing about whether a topic came up
EVERYDAY = set(
    "week day daily time times twice once every morning night evening metre metres meter meters "  # noqa: SIM905
    "minute minutes hour hours "
    "without help get go can use need able manage most".split()
)
EVERYDAY_WEIGHT = 0.5
ALSO_SAID = 0.8  # another passage this close to the best is also about the statement
WINDOW = 3  # utterances per passage
NEVER_SAID_BELOW = 0.12
LEAD_IN_WORDS = 6  # "And sitting.", "Tell me about preparing meals.": what leads into a question
# a question that carries on the one before: it refers back to it, or is only a few words
CARRIED_ON = re.compile(r"\b(it|them|that|those|this|they)\b|^\W*(\S+\s+){0,3}\S+\W*$", re.I)
# the words a follow-up question asks with ("How often does that happen?")
ASKING = {stem(w) for w in ("often", "happen", "usually", "normally", "typically", "long", "far",
                            "much", "many")}  # fmt: skip
WEEKDAY = re.compile(r"(mon|tues|wednes|thurs|fri|satur|sun)days?\b|\bweekend", re.I)
# what an assessor says between topics: about none of them, and no lead-in to the next question
_MOVING_ON = (
    r"let'?s move on( to)?|moving on|i'?d like to ask (you )?about something else( now)?|"
    r"thanks?( you)?( for that)?"
)
MOVING_ON = re.compile(rf"\b({_MOVING_ON})\b", re.I)
TRANSITION = re.compile(rf"^\W*(ok(ay)?|right|good|great|lovely|next|{_MOVING_ON})\W*$", re.I)
NAMED = re.compile(r"\b(Mr|Mrs|Miss|Ms|Mx|Dr)\.?\s+[A-Z][\w'’-]+(\s+[A-Z][\w'’-]+)?")
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
    # the activity it bears on, e.g. "PIP daily living activity 1, Preparing food"
    activity: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# a visit said in everyday words: "my son comes round", "she pops in"
VISIT = re.compile(
    r"\b(come|comes|came|coming)\s+(round|around|over)\b|"
    r"\b(pop|pops|popped|drop|drops|dropped)\s+(round|around|over|by|in)\b"
)


# words as the model can hear them: "mad days" for bad days, "see it for" for sit for
_MAD_DAYS = re.compile(r"\b(mad|med|bed)(?= days?\b)")
_SEE_IT = re.compile(r"\bsee it(?= (for|down|still)\b)")
_TOKEN = re.compile(r"[a-z']+")
# getting up is standing: "Could you show me how you get up from the settee?"
GET_UP = re.compile(r"\b(get|gets|getting|got) (up (from|off|out of)|to (his|her|my|your) feet)\b")
# a place not known, said in everyday words: "places you don't know", "anywhere new"
UNFAMILIAR = re.compile(
    r"\b(places?|somewhere|anywhere|routes?)\s+(you|i|he|she|they)\s+"
    r"(don'?t|doesn'?t|do not|does not)\s+know\b|\b(somewhere|anywhere|places?|routes?)\s+new\b|"
    r"\bnew\s+(places?|routes?)\b"
)


def _words(text: str, meant: bool = True) -> list[str]:
    """The words that say what a text is about; with ``meant``, also the word a phrase means
    ("comes round": visit), after the words said."""
    text = text.lower()
    if meant:
        text = UNFAMILIAR.sub(r"\g<0> unfamiliar", VISIT.sub(r"\g<0> visit", text))
        text = GET_UP.sub(r"\g<0> stand", text)
        # "bad days" as the model can hear it: "mad days", "med days"
        text = _MAD_DAYS.sub("bad", text)
        # "How long can you sit for?" as the model can hear it: "see it for"
        text = _SEE_IT.sub("sit", text)
        text = text.replace("£", " pounds ")  # the model writes "£4,000" for four thousand pounds
    # as the model writes speech: "the morning's the worst" (mornings), "and dressin'?"
    return [
        w[:-2] + "s" if w.endswith("'s") else w[:-1] + "g" if w.endswith("in'") else w
        for w in _TOKEN.findall(text)
        if w not in STOP and len(w) > 2
    ]


# words people use for the same thing in speech and in reports, matched as one
SYNONYMS = {
    w: canon
    for canon, words in {
        "mother": "mum mom mam mother mummy mommy",
        "father": "dad father",
        "partner": "wife husband partner spouse",
        "phone": "ring rings rang phone phones phoned telephone telephones call calls called text "
        "texts",
        "remind": "remind reminds reminded prompt prompts prompted reminder",
        "continence": "incontinence incontinent continence pads pad accidents accident wet "
        "bladder bowel bowels",
        "toilet": "toilet loo bathroom",
        "stairs": "stairs stair steps step staircase banister",
        "money": "money finances finance bills bill budget budgeting",
        "medication": "medication medicines medicine tablets tablet pills pill",
        "anxiety": "anxiety anxious panic panicky nervous",
        "shower": "shower showers bath baths bathe bathing",
        "housework": "hoover hoovering vacuum vacuuming housework cleaning",
        "television": "television televisions tv telly",
        "breath": "breath breathless breathlessness breathing",
        "thread": "thread track",  # lose the thread, lose track
        "lose": "lose loses losing lost",
        "sight": "sight eyesight vision eyes eye",
        "newspaper": "newspaper newspapers paper papers",
        "kerb": "kerb kerbs curb curbs",
        "cook": "cook cooks cooked cooking cooker cookers hob oven stove",
        "dress": "dress dresses dressed dressing clothes",
        "stand": "stand stands standing rise rises rising rose risen",
        # (and "seating", as the model can write "sitting"; not "take a seat")
        "sit": "sit sits sitting sat seated seating",
        "suicide": "suicide suicidal",
        # what a report calls perceptual disturbance, a claimant hears as voices
        "hallucination": "hallucination hallucinations hallucinating perceptual voices",
    }.items()
    for w in words.split()
}


# the model writes American spelling, reports British: one spelling for matching
_SPELLING = [
    (re.compile(r"programme"), "program"),
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing)?$"), r"or\1"),  # neighbour, behaviour (not hour)
    (re.compile(r"(?<=[a-z]{2}[^aeiou])re(s|d)?$"), r"er\1"),  # metre, litre, centre
    (re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation)$"), r"iz\1"),  # mobilise, socialising
    (re.compile(r"(?<=[a-z]{3})yse(s|d)?$"), r"yze\1"),  # analyse
    (re.compile(r"(?<=[a-z]{3}[aeiou])ll(ed|ing|er)$"), r"l\1"),  # travelled, cancelling
    (re.compile(r"^(o|a)e(?=[dm])"), "e"),  # oedema, anaemia... at the start
    (re.compile(r"aem"), "em"),
]


def _american(word: str) -> str:
    for pattern, replace_with in _SPELLING:
        word = pattern.sub(replace_with, word)
    return word


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    word = _american(word)
    root = stem(word)
    return SYNONYMS.get(word, SYNONYMS.get(root, root))


_EVERYDAY_STEMS = {_stem(w) for w in EVERYDAY}


@functools.lru_cache(maxsize=1 << 14)
def _topic(text: str) -> frozenset[str]:
    """The stems that say what a sentence is about: not the everyday words (need, time, day)."""
    return frozenset({_stem(w) for w in _words(text)} - _EVERYDAY_STEMS)


def passages(transcript: Transcript) -> list[Passage]:
    return [window[0] for window in _windows(transcript)]


def _windows(
    transcript: Transcript,
) -> list[tuple[Passage, tuple[str, ...], tuple[str, ...], int]]:
    """Every run of WINDOW consecutive utterances, with the words each utterance was heard as
    and who spoke it."""
    us = transcript.utterances
    out = []
    # every full window (a shorter one at the end would win on one shared word)
    for i in range(max(1, len(us) - WINDOW + 1) if us else 0):
        group = us[i : i + WINDOW]
        # with the utterance before it (the question a window can open on the answer to) and
        # the two after it (an answer can go on past the window), to the end of that answer
        lead = 1 if i > 0 else 0
        end = min(len(us), i + WINDOW + 2)
        while end < len(us) and end < i + WINDOW + 6 and us[end].speaker == us[end - 1].speaker:
            end += 1  # and the rest of the answer it ends in
        context = us[i - lead : end]
        heard = tuple(" ".join(w.text for w in u.words) for u in context)
        passage = Passage(
            group[0].start_s,
            group[-1].end_s,
            tuple(dict.fromkeys(u.speaker for u in group)),
            " ".join(f"{u.speaker}: {u.text}" for u in group),
            " ".join(heard[lead : lead + len(group)]),
        )
        out.append((passage, heard, tuple(u.speaker for u in context), lead))
    return out


QUESTION_START = re.compile(
    r"^\W*((oh|and|so|right|okay|ok|well|now|then)\W+)?(how|what|when|where|why|who|which|do|does|"
    r"did|can|could|are|is|was|were|have|has|"
    r"would|will|should|tell|and|so)\b",
    re.I,
)


def _is_question(heard: str) -> bool:
    """A question ends with "?" and starts like one (the model puts "?" after some answers)."""
    return heard.rstrip().endswith("?") and bool(QUESTION_START.match(heard))


def claims(
    statement: str,
    heard: tuple[str, ...],
    speakers: tuple[str, ...] = (),
    core: int = WINDOW,
    idf: dict[str, float] | None = None,
    lead: int = 0,
) -> str:
    """What the passage says on the statement's topic (see ``answers``), as one text."""
    return " ".join(a for _, a in answers(statement, heard, speakers, core, idf, lead))


def answers(
    statement: str,
    heard: tuple[str, ...],
    speakers: tuple[str, ...] = (),
    core: int = WINDOW,
    idf: dict[str, float] | None = None,
    lead: int = 0,
    asker: str = "",
) -> list[tuple[str, str]]:
    """What the passage says on the statement's topic, in answers: the utterances that are not
    questions and share a word with the statement, the answer straight after a question that
    does, and what the same speaker goes on to say before the next question (past the first
    ``core`` utterances, only that). A qualifier in the assessor's question ("before you need to
    stop?") or in the answer to a neighbouring question is not something said about this.
    An utterance is on the topic when the words it shares with the statement weigh (by ``idf``,
    how rare they are in the recording) at least half as much as the best utterance's. The first
    ``lead`` utterances come before the passage: only as the question its first answer answers.
    Each answer comes with the question it answers ("" if it follows none). When the ``asker``
    (the assessor's speaker) is known, what the asker says is never an answer and what anyone
    else says never a question, whatever the model's punctuation."""
    topic = _topic(statement)
    weights = idf or {}
    # what is said between topics ("Let's move on") is about none of them
    topical = [MOVING_ON.sub(" ", h) for h in heard]
    shared = [
        sum(weights.get(w, 1.0) for w in topic & {_stem(w) for w in _words(h)}) for h in topical
    ]
    end = lead + core
    top = max(shared[:end], default=0.0)
    on_topic = [top > 0 and x >= 0.5 * top for x in shared]
    who = speakers if len(speakers) == len(heard) else ("",) * len(heard)

    def question(i: int) -> bool:
        if asker and who[i]:
            return who[i] == asker and heard[i].rstrip().endswith("?")
        return _is_question(heard[i])

    def _asked(i: int) -> bool:  # said by the assessor: not an answer
        return bool(asker) and who[i] == asker

    # a question with what its asker said just before it ("And sitting. How long before you
    # need to get up?"): on the topic if any of it is
    lead_in: dict[int, list[int]] = {}
    for q in range(len(heard)) if not asker else ():  # (with the asker known: see turn())
        if question(q) and who[q]:
            j = q
            while (
                j > max(0, q - 2)
                and who[j - 1] == who[q]
                and (  # a question carried on ("How often?", "And them?"), or a lead-in
                    (question(j - 1) and CARRIED_ON.search(heard[q]))
                    or (
                        not heard[j - 1].rstrip().endswith("?")
                        and len(heard[j - 1].split()) <= LEAD_IN_WORDS
                        and not TRANSITION.match(heard[j - 1])
                    )
                )
            ):
                j -= 1
            lead_in[q] = list(range(j, q))
    in_question = {j for chain in lead_in.values() for j in chain}

    def turn(first: int) -> list[int]:
        """The question an answer starting at ``first`` answers: the assessor's turn before it
        (when who asks is known), or the question before it with its lead-in."""
        if asker:
            j, asked_at = first, None  # the latest question in the turn
            while j > 0 and first - j < 4 and who[j - 1] == asker:
                if question(j - 1):
                    if asked_at is not None and not CARRIED_ON.search(heard[asked_at]):
                        break  # an earlier question of its own ("Your name? How do you…?")
                    asked_at = j - 1
                j -= 1
            return list(range(j, first))
        q = first - 1
        return [*lead_in.get(q, []), q] if first > 0 and question(q) else []

    def asks(chain: list[int]) -> bool:
        """An on-topic question, or a follow-up on the topic to an answer that is ("How often
        do the accidents happen?")."""
        if not chain:
            return False
        text = " ".join(topical[j] for j in chain)
        before = chain[0] - 1  # the answer before the question, all of it
        start = before
        while start > 0 and who[start - 1] == who[before] and who[before] != who[chain[-1]]:
            start -= 1
        prior = " ".join(topical[start : before + 1]) if before >= 0 else ""
        follow_up = (  # it asks about what the answer before it said, and little else
            (any(shared[j] > 0 for j in chain) or bool(CARRIED_ON.search(text)))
            and before >= 0
            and any(on_topic[start : before + 1])
            and who[chain[-1]] != who[before]
            and len(_topic(text) - _topic(prior) - topic - ASKING) <= len(_topic(text) - ASKING) / 2
        )
        return any(on_topic[j] for j in chain) or follow_up

    # answers: runs of one speaker's utterances that are not questions; an answer is on the
    # topic as a whole (its number can be in one sentence and its subject in the next)
    runs: list[list[int]] = []
    for i in range(lead, len(heard)):
        if question(i) or i in in_question or _asked(i):
            continue
        if runs and runs[-1][-1] == i - 1 and who[i] == who[i - 1]:
            runs[-1].append(i)
        else:
            runs.append([i])
    keep: list[int] = []
    out: list[tuple[str, str]] = []
    for answer in runs:
        first = answer[0]
        chain = turn(first)
        past = first >= end and not (keep and keep[-1] == first - 1)
        # past the passage: only an answer to its question, or its last answer going on
        # (a follow-up asked straight after the passage counts too)
        if past and not (chain and chain[0] <= end and asks(chain)):
            continue
        if asks(chain) or any(on_topic[i] for i in answer if i < end):
            keep.extend(answer)
            asked = " ".join(topical[j] for j in chain)
            out.append((asked, " ".join(heard[i] for i in answer)))
    return out  # nothing on the topic: nothing said about it


class Index:
    def __init__(
        self, windows: list[tuple[Passage, tuple[str, ...], tuple[str, ...], int]]
    ) -> None:
        self.items = [w[0] for w in windows]
        # the assessor: who asks the questions, when more than one person speaks
        asked: Counter[str] = Counter()
        voices: set[str] = set()
        for _, heard, speakers, _ in windows:
            for text, who in zip(heard, speakers, strict=True):
                voices.add(who)
                asked[who] += _is_question(text)
        self.asker = asked.most_common(1)[0][0] if len(voices) > 1 and asked.total() else ""
        self.heard = [w[1] for w in windows]
        self.speakers = [w[2] for w in windows]
        self.leads = [w[3] for w in windows]
        items = self.items
        self._ranked: dict[str, list[tuple[float, int]]] = {}
        self.docs = [Counter(_stem(w) for w in _words(p.heard)) for p in items]
        df: Counter[str] = Counter()
        for doc in self.docs:
            df.update(doc.keys())
        n = max(1, len(items))
        self.sounds: dict[tuple[str, str], str] = {}
        self.short_sounds: dict[tuple[str, str], str] = {}  # for son, mum, dad
        for word, _ in Counter(w for p in items for w in _words(p.heard)).most_common():
            if len(word) >= 4 and _stem(word) not in _EVERYDAY_STEMS:
                self.sounds.setdefault(sound_key(word), word)
            elif len(word) == 3:
                self.short_sounds.setdefault(sound_key(word), word)
        self.idf = {w: math.log(1 + n / c) for w, c in df.items()}
        # how much a shared word counts in matching: rare words more, everyday words (need,
        # time, metres) a little — they break ties but do not make a topic
        self.weight = {w: v * (EVERYDAY_WEIGHT if w in _EVERYDAY_STEMS else 1.0)
                       for w, v in self.idf.items()}  # fmt: skip
        self.norms = [
            math.sqrt(sum((c * self.weight[w]) ** 2 for w, c in d.items())) or 1.0
            for d in self.docs
        ]

    def heard_as(self, text: str) -> str:
        """The text with each word the recording never has replaced by a word it has that sounds
        the same (same first letter and Metaphone key, four letters or more, not an everyday
        word): the small model writes what it hears ("stairs" as "stear's", "metres" as
        "madras")."""

        def heard(m: re.Match[str]) -> str:
            word = m[0].lower()
            short = len(word) < 4 and word not in SHORT_PEOPLE  # "son" heard as "sun"
            if short or word in STOP or _stem(word) in self.idf:
                return m[0]
            return (self.short_sounds if len(word) < 4 else self.sounds).get(sound_key(word), m[0])

        return re.sub(r"[A-Za-z']+", heard, text)

    def unheard(self, text: str) -> bool:
        """Most of the statement's own words (beyond the everyday) occur nowhere in the
        recording: what it reports was not talked about."""
        words = _topic(text)
        if not words:
            return False
        return sum(w in self.idf for w in words) / len(words) < 0.5

    def none_heard(self, heard_as: str, most: bool = False) -> bool:
        """No word of the statement's own (beyond the everyday and figures; two or more of
        them) occurs in the recording, even as the model may have misheard it (``heard_as``:
        the statement as ``heard_as`` gives it). ``most``: most of them, beyond who too ("He
        enjoys fishing at weekends with his friend" when only the friend came up)."""
        words = _topic(heard_as) - WORD.keys() - (PEOPLE if most else set())
        heard = sum(w in self.idf for w in words)
        return len(words) >= 2 and (heard / len(words) < 0.5 if most else not heard)

    def missing(self, text: str) -> list[str]:
        """The statement's own words (beyond the everyday) that occur nowhere in the recording."""
        known = _EVERYDAY_STEMS | self.idf.keys()
        out = [w for w in _words(text, meant=False) if _stem(w) not in known]
        return list(dict.fromkeys(out))

    def heard_any(self, words: tuple[str, ...]) -> bool:
        return any(_stem(w) in self.idf for w in words)

    def ranked(self, text: str) -> list[tuple[float, int]]:
        """Every passage's likeness to the text (cosine of weighted word counts), best first."""
        if text in self._ranked:
            return self._ranked[text]
        query = Counter(_stem(w) for w in _words(text))
        qn = math.sqrt(sum((c * self.weight.get(w, 0.0)) ** 2 for w, c in query.items())) or 1.0
        out = []
        for i, (doc, norm) in enumerate(zip(self.docs, self.norms, strict=True)):
            dot = sum(c * doc.get(w, 0) * self.weight.get(w, 0.0) ** 2 for w, c in query.items())
            if dot > 0:
                out.append((dot / (qn * norm), -i))
        self._ranked[text] = [(score, -j) for score, j in sorted(out, reverse=True)]
        return self._ranked[text]

    def best(self, text: str) -> tuple[int | None, float]:
        ranked = self.ranked(text)
        return (ranked[0][1], ranked[0][0]) if ranked else (None, 0.0)

    def answers(self, text: str, i: int) -> list[tuple[str, str]]:
        return answers(text, self.heard[i], self.speakers[i], idf=self.idf, lead=self.leads[i],
                       asker=self.asker)  # fmt: skip

    def said_about(self, text: str, best: int) -> list[tuple[str, str]]:
        """What was said on the statement's topic, answer by answer with its question: in the
        best passage, and in any other passage nearly as like it that does not overlap it (a
        topic can come up twice)."""
        parts = self.answers(text, best)
        ranked = self.ranked(text)
        top = ranked[0][0] if ranked else 0.0
        used = [best]
        for score, i in ranked[1:]:
            if score < ALSO_SAID * top:
                break
            if all(abs(i - j) >= WINDOW for j in used):
                used.append(i)
                parts.extend(self.answers(text, i))
        return parts


# the claimant's history: when a condition began, an injury, a diagnosis
HISTORY = re.compile(
    r"\b(diagnos(ed|is)|injur(ed|y)|had an? (stroke|heart attack|operation|accident|fall)|admitted|"
    r"onset|began|started|(has|have) had [\w' -]{2,30} for)\b[^.]*\b(\d+|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|several|few|couple)\b[^.]*\b(ago|years?|months?)\b|\b(19|"
    r"20)\d\d\b|"
    r"\b(broke|fractured|injured|dislocated|had an? (stroke|heart attack|operation|accident|fall|"
    r"amputation))\b[^.]*\b(last (week|month|year|winter|spring|summer|autumn)|in (january|"
    r"february|"
    r"march|april|may|june|july|august|september|october|november|december))\b|"
    # "diagnosed at the age of 7", "present since the age of 11", "heart surgery in infancy"
    r"\b(diagnos(ed|is)|since|began|started|onset|surgery|operation|lost|losing)\b[^.]*"
    r"\b((at )?the age of|aged \d|at \d\d?\b(?!\s*(mg|am|pm|[.:]\d))|in (his|her|their) (teens|"
    r"twenties|thirties|forties|"
    r"fifties|sixties|seventies|eighties)|in (infancy|childhood|early childhood))\b|"
    # "profoundly deaf since birth", "a spinal fusion in September of last year"
    r"\b(since|from) birth\b|\bdiagnosed (with \w+ )?at age \d|\b(developed|had|underwent|"
    r"sustained)\b[^.]*\b(last (week|month|year)|in "
    r"(january|february|march|april|may|june|july|august|september|october|november|december))\b",
    re.I,
)
# a statement of what the claimant can do, or needs
ABILITY = re.compile(r"\b(can|cannot|can't|able|unable|manages?|needs?|requires?|uses?)\b", re.I)
# a claim made stronger: "without difficulty", "without any help"
UNAIDED_CLAIM = re.compile(
    r"\bwithout (any )?(difficulty|difficulties|help|assistance|aids?|support|prompting|problems?|"
    r"supervision)\b",
    re.I,
)
# a statement that the claimant manages without help: a claim about the limits of an activity
INDEPENDENT = re.compile(
    r"\b(independent(ly)?|unaided|on (his|her|their) own|alone|by (himself|herself)|manages?|able "
    rf"to)\b|{UNAIDED_CLAIM.pattern}",
    re.I,
)
# a limit the statement gives covers these too: someone who reminds or helps is there because
# the claimant forgets or gets muddled
COVERS: dict[str, tuple[str, ...]] = {
    "prompt": ("confused",),
    "help": ("confused", "prompt", "accompanied"),  # who helps is there
}
SHORT_PEOPLE = {w for w in PEOPLE_WORDS if len(w) == 3}
# who can come with a claimant or help them, as their stems (wife, husband: partner)
PEOPLE = {_stem(w) for w in PEOPLE_WORDS}
# this consultation, not another ("therapy sessions by video call")
THIS_ONE = re.compile(r"\b(the|this) (consultation|assessment|interview|call)\b", re.I)
# how the consultation was held: by telephone, by video, at home
HELD = re.compile(
    r"\b(consultation|assessment|interview|call)\b[^.]{0,40}\b(took place|was (held|conducted|"
    r"carried out))\b|"
    # the consultation's note: "Home visit; the claimant and his mother were present."
    r"^\W*(home visit|(telephone|video|face[- ]to[- ]face) (assessment|consultation|"
    r"call))\s*[;:,.]",
    re.I,
)
# a consultation's details by themselves: "Home visit.", "Present: the claimant and her husband"
SETTING = re.compile(r"\W*(home visit|present\s*:|(tele)?phone assessment|video assessment)", re.I)
# walking, standing, sitting: something the claimant did, not where the consultation was
MOVED = re.compile(
    r"\b(walk(ed|ing|s)?|st(oo|an)d(ing|s)?|s[ai]t(ting|s)?|rose|climb\w*|mobilis\w*)\b", re.I
)
# someone else who does it for the claimant, as the statement's subject
HELPER_DOES = re.compile(
    r"\W*(his|her|their) (mother|mum|father|dad|husband|wife|partner|son|daughter|sister|brother|"
    r"carer|friend|neighbour|support worker|children|parents?)\b(?! (reports?|reported|states?|"
    r"stated|says?|said|describes?|described|explains?|explained|confirms?|confirmed|adds?|"
    r"added)\b)",
    re.I,
)
# who came to the consultation: a detail of it, not an account of what the claimant can do
ATTENDANCE = re.compile(
    # (not school or work: "continues to attend college")
    r"\battend(ed|s|ing)?\b(?!\s+(college|school|university|classes|lectures|work)\b)|"
    r"\bpresent (at|during)\b|\bcontributed\b|\baccompanied\b[^.]{0,40}\b"
    r"(during|at|to) the (assessment|consultation|appointment|interview|call)\b",
    re.I,
)
# attending something other than the consultation: "attends his GP appointments alone", "attends
# the clinic independently" (a claim about getting about, not who came today)
ATTENDS_ELSEWHERE = re.compile(
    r"\battend\w*\s+(?:his |her |their |the |a |an )?(?:\w+ ){0,2}(?:clinic|gp|appointments?|"
    r"day cent\w*|hospital|groups?|sessions?|church|gym|club|meetings?|surgery|dialysis|"
    r"physio\w*|classes)\b",
    re.I,
)
CONSULTATION = re.compile(
    r"\b(consultation|assessment|interview|appointment|call(?! cent(re|er))|the visit)\b", re.I
)
# the consultation was a telephone call: said by the report, or as it starts ("by telephone",
# which the model can hear as "my telephone", "[inaudible] telephone")
TELEPHONE = re.compile(
    r"\b(over|on|by) the (tele)?phone\b|\b(tele)?phone (assessment|consultation|call|appointment|"
    r"interview)\b|\bby (tele)?phone\b",
    re.I,
)
TELEPHONE_OPENING = re.compile(
    rf"{TELEPHONE.pattern}|\btelephone\b|\biphone\b|\bi'?m calling\b|\bon (the )?speaker(phone)?\b|"
    r"\bringing (for|about|you)\b|\bthe phone\b|\bi'?ll (be )?rely(ing)? (on|"
    r"upon) what you tell me\b|\b(assessor|nurse|physio(therapist)?|doctor|paramedic|practitioner|"
    r"service|provider) calling\b|\bcalling (about|from|regarding|you)\b|\bis (this|now) (still )?"
    r"a good time\b|^\W*(hello|hi|good (morning|afternoon))?\W*is that (mr|mrs|ms|miss)?\b",
    re.I,
)
# what is only asked when the other side cannot be seen or is far away: "Can you hear me all
# right?" (on a video call the assessor would see them: VIDEO)
HEARING_CHECK = re.compile(r"\bcan you hear me\b|\bon the line\b", re.I)
VIDEO = re.compile(
    r"\b(video|camera|webcam|see me|on screen|off screen|(your|the) picture|i can see you|"
    r"we can see you|(got|have) you on screen)",
    re.I,
)
# the claimant sees the assessor's face: no telephone call ("if you face me, I can lip read")
FACES = re.compile(r"\b(face me|lip ?re(a)?d|see your (face|lips))\b", re.I)
# a call, said as it opens: by telephone unless anything says video
CALL = re.compile(
    r"\b(assessment|consultation|appointment) call\b|\bthis call\b|\b(stay|be) on the call\b", re.I
)
# the assessor cannot see the claimant on a video call
NO_PICTURE = re.compile(
    r"\bi can'?t see you\b|\byour camera('s| is| seems to be) (off|not working)\b|\bno picture\b|"
    r"\b(carry on|continue) with (just )?(the )?(audio|sound)\b|\b(sound|audio) only\b|"
    r"\b(keep|have|turn|leave) (my|the|your) camera off\b",
    re.I,
)
# someone interprets for the claimant, and a report that needed no interpreting
INTERPRETS = re.compile(
    r"\b(help|helps|helping) ([\w\[\]]+ )?with ([\w\[\]]+ )?english\b|\binterpret(er|ing|s)?\b|"
    r"\btranslat(e|es|ing|or)\b",
    re.I,
)
NO_INTERPRETING = re.compile(
    r"\bno (interpret(er|ation|ing)|translation)\b|\bwithout (an |any )?(interpret|translat)\w*|"
    r"\b(fluent|good|clear|perfect) english\b|\bin english (fluently|without)\b",
    re.I,
)
# the claimant is at home as it opens: the assessor is not there with them
AT_HOME = re.compile(r"\bi'?m (at home|in my (house|flat|bedroom|living room|kitchen))\b", re.I)
OPENING = 8  # utterances: how a consultation starts, where the assessor says how it is held
# an observation that needs the claimant to be seen
SEEN = re.compile(
    r"\b(eye contact|(un)?kempt|groomed|well[- ]presented|(appropriately|casually|smartly) dressed|"
    r"smil(ed|ing|es)|walk(ed|ing)|gait|rose|ris(e|es|ing)|stood|sat|seated|posture|"
    r"mobilis(ed|ing)|transferr(ed|ing)|arrived|entered|came into|(find|finds|found|"
    r"finding) (his|her|their) way|"
    r"corridor|(consultation|waiting|examination|assessment) room|"
    r"armrests?|appeared|looked|fidget(ed|ing)?|bent|reached|picked up|facial|(was|were) seen|"
    r"seen to|cyanos\w+|pallor|evident|(was|were) observed|"
    r"observed (to|moving|using|walking|sitting|standing)|visible|visibly|grip(ped)? firmly|"
    r"consulting room|"
    r"in (the|my) presence)\b",
    re.I,
)
# what only a sight can tell, whatever the sentence says it is: a report does not say the
# claimant told them they were well kempt
SIGHT = re.compile(
    r"\b(eye contact|(un)?kempt|groomed|well[- ]presented|(appropriately|casually|smartly) dressed|"
    r"clean hair|visible|visibly)\b",
    re.I,
)
OBSERVATION = re.compile(
    r"^\W*(informal observations?|observations?|on observation|mental state( examination)?|"
    r"on examination|examination|appearance)\b",
    re.I,
)
# what needs the claimant in the room: an examination, or coming to the assessment centre
IN_PERSON = re.compile(
    r"\b(on examination|(examination )?couch|(physical|clinical|abdominal|neurological|"
    r"musculoskeletal|respiratory|"
    r"cardiovascular|chest) examination|examination of|examined|palpat\w*|(grip strength|power|"
    r"reflexes|range of (movement|motion)|tone) (was |were )?(tested|examined|assessed|measured)|"
    r"reflexes (was |were )?(brisk|normal|symmetrical|absent|reduced|present|intact)|pitting|"
    r"snellen|(radial |pedal |carotid )?pulse (was )?(regular|irregular|taken|palpated|felt)|blood "
    r"pressure (was )?(taken|measured|recorded)|"
    r"visual acuity (was )?(measured|tested)|"
    # measured with hands or instruments: "power 5/5 with normal reflexes", "blood pressure was
    # 148/90", "weight 41 kg, BMI 15.2", "oxygen saturation was 96%", "Romberg's test"
    r"reflexes|power\b[^.]{0,25}\b[0-5]/5|blood pressure\b[^.]{0,15}\d{2,3}/\d{2,3}|"
    r"weigh(t|ed|s)\b[^.]{0,10}\d+(\.\d)? ?kg|bmi|(oxygen )?saturations? (was|were|of)|spo2|"
    r"romberg\w*|"
    r"auscultat\w*|tuning fork|whisper(ed)? (voice )?tests?|(showed|demonstrated|had) (a )?(full|"
    r"normal|good|strong|weak|reduced) grip|(travelled|came|arrived|attended) (to |at )?(the )?"
    r"(assessment|examination|test) cent(re|er)|arrived (on time|early|late)|in the presence of|"
    r"(walked|came|entered)"
    r"( in)?(to)? the (consulting|consultation|assessment|examination|waiting) room|walk(s|ing)? "
    r"in(to)? the (consulting|consultation|assessment|examination) room)\b",
    re.I,
)
VIDEO_OPENING = re.compile(
    r"\b(video (call|consultation|assessment|link)|(over|by|on|via) video|on (the )?screen|"
    r"can you (both |all )?see (and hear )?me|i can see you|we can see you|(your|the) picture "
    r"(froze|frozen|is)|(got|have) you on screen|(the|your) camera|you froze)",
    re.I,
)
# the report says the claimant was in the room: against a telephone or video call
FACE_TO_FACE = re.compile(r"\b(face[- ]to[- ]face|in person|at the assessment cent(re|er))\b", re.I)
# the assessor greets the claimant in the room
COME_IN = re.compile(
    r"\b(thanks? (you )?for coming( in)?|(come in|take a seat|have a seat))\b", re.I
)
_WITH = "|".join(PEOPLE_WORDS + ("support worker", "recovery worker", "key worker", "care worker",
                                  "social worker", "interpreter"))  # fmt: skip
# the report says nobody came with the claimant
ALONE = re.compile(
    r"\bno (third party|other person|companion)\b[^.]{0,20}\b(present|there|in attendance)\b|"
    r"\ball (of )?(the )?answers were given by the claimant\b|\bdid not take part\b|"
    r"\bwithout (any )?input from (others|anyone|a third party)\b|"
    r"\bwithout any(one|body) else (being )?(present|there|in the room)\b|"
    r"\banswered (all |every )?(of )?(the |my )?questions (fully |in full )?(himself|herself|"
    r"themselves|independently|without (any )?(help|assistance|input|support))\b|"
    rf"\b(the|his|her|their) ({_WITH}|advocate)\b[^.]{{0,30}}\b(did not|didn'?t|was not asked "
    r"to) (contribute|speak|say anything|join in|take part)\b|"
    r"\b(all (of )?the )?questions were answered by the claimant\b|"
    r"\b(present\s*:\s*)?(the )?claimant (only|alone)\b|\banswered all (the )?questions "
    r"(\w+ ){0,2}independently\b|"
    r"\b(no ?one|nobody) else (took|takes|was taking) part\b|\bseen on (his|her|their) own\b|"
    rf"\b(his|her|their) ({_WITH}) was not (present|there)\b|"
    r"\b(remained|stayed|waited) (in the waiting room|outside|in the car)\b|"
    r"\b(gave|provided) (a |the |his |her )?(full |complete )?history (himself|herself|themselves|"
    r"independently|without (any )?(help|assistance|input|support))\b|"
    r"\b(no ?one|nobody) else (was )?(present|there|in attendance)\b|\b(attended|came|was) "
    r"([^.]{0,30} )?(alone|unaccompanied|on (his|her|their) own)\b|\bunaccompanied\b",
    re.I,
)
# someone with the claimant says so in the recording ("My friend Gemma is here", "I'm his wife")
COMPANION = re.compile(
    rf"\b(my|his|her) ({_WITH})\b[^.?!]{{0,25}}?(\s+is|'s)\s+(here|with (me|us|him|her))\b|"
    rf"\bi'?m ([\w\[\]]+ ){{0,2}}(his|her|the) ({_WITH})\b|\b(this is|(he|she)'?s) my ({_WITH})\b|"
    rf"\bi'?m \w+, (his|her|the) ({_WITH})\b|\bi'?m \w+'s ({_WITH})\b|"
    rf"\b(my|his|her) ({_WITH})\b[^.?!]{{0,25}}?\b(drove|brought) (me|him|her) (here|in|today)\b|"
    r"\bi'?ll (help|support|speak for|answer for) (him|her)\b|"
    rf"\b(it'?s|this is) (his|her) ({_WITH})\b|"
    rf"\b(my|his|her) ({_WITH})( \w+)?('s| is) (here )?with (me|us)\b|"
    rf"\byou'?ve (come|brought) (with )?your ({_WITH})\b|\bi'?m (\w+,? ){{0,2}}\w+'s ({_WITH})\b|"
    rf"^\W*\w+'s ({_WITH})\b|\bmy ({_WITH})\b[^.?!]{{0,40}}\b(he|she)'?ll join us\b|"
    rf"\bis this your ({_WITH})\b|\bis it (alright|all right|ok|okay) if your ({_WITH}) (stays|is "
    r"present|sits in|joins)\b|\byou'?ve brought (someone|somebody|a \w+|your \w+)( \w+)? "
    r"(with you|along)\b|\bsomeone else (is )?(joining|on the (call|line))\b|"
    r"\bi'?m ([\w\[\]]+ )?(next to|beside) (him|her)\b|"
    r"\b(he|she)'?s on the (line|call|phone|speaker(phone)?) (as well|too)\b|"
    r"\bfrom the (welfare rights|citizens advice|advocacy)\b|"
    rf"\b(my|his|her) ({_WITH})\b[^?!]{{0,40}}?\b(he|she)'?ll (join|be with) us\b|"
    r"\bi'?ll repeat (things|anything|it) "
    r"(if|when|for) (he|she|him|her)\b",
    re.I,
)
# the assessor speaks to the claimant and someone with them
BOTH = re.compile(r"\b(can you both|you both|both of you\b(?!r)|thank(s| you)?,? both)\b", re.I)
# asked in the opening who is with the claimant, and the answer names someone, or nobody
WHO_WITH = re.compile(
    r"\b(who(\s+is|'s|\s+has)?\s+(come\s+)?with you|who have you brought|is any(one|body) (with|"
    r"joining) you|any(one|body) with you|(is it|it'?s) just you|(^\W*|(?<=[.?!] ))just you|"
    r"are you on your own|"
    r"who do i have|"
    r"are you "
    r"somewhere private)\b",
    re.I,
)
# asked whether they are alone: a "Yes" says nobody is with them
ALONE_ASKED = re.compile(
    r"\b((is it|it'?s) just you|are you (on your own|alone|somewhere private))\b", re.I
)
NAMES_SOMEONE = re.compile(rf"^\W*(yes,?\s*)?(this is\s+)?(my|his|her) ({_WITH})\b", re.I)
# someone named who is not there: "my wife is at work"
ELSEWHERE = re.compile(
    r"\b(at work|outside|in the car|at home|couldn'?t come|not here|waiting|in the (next|other) "
    r"room|downstairs|upstairs|dropped (me|him|her) (off|at)|gone to park|parking the car|(was|"
    r"were) "
    r"(going|meant|supposed) to come)\b",
    re.I,
)
NOBODY = re.compile(r"\b(just|only) me\b|^\W*no(,| )\s*(no ?one|nobody)\b", re.I)
# said as the consultation opens, whatever the question was heard as: "No, I'm on my own today."
ON_MY_OWN = re.compile(r"\bi'?m (on my own|alone|by myself) (today|here|now|at the moment)\b", re.I)
BARE_NO = re.compile(r"^\W*no\W*$", re.I)  # "Is anyone with you?" "No."
# the report says someone came and took part
WITH_SOMEONE = re.compile(
    rf"(?<!when )(?<!if )(?<!unless )(?<!only )\b(accompanied|attended|came) (into the (\w+ )?"
    rf"room |in )?(by|"
    rf"with) (his|her|their|a) ({_WITH})\b|"
    r"\banswered (some |several |the )?questions on (his|her|their) behalf\b|"
    rf"\b(his|her|their) ({_WITH}),? who attended\b|\b(his|her|their|the claimant'?s) ({_WITH}) "
    rf"(was|were) (also )?"
    rf"present\b|\bwith (his|her|their) ({_WITH}) present\b",
    re.I,
)
# the report says the claimant needed nothing repeated, or no break: against the recording
NO_REPEAT = re.compile(
    r"\bwithout (any )?(need (for|of) |needing )?(repetition|(questions )?being repeated)\b|"
    r"\b(without|no)\b[^.]{0,25}\bneed (for|of) (repetition|repeating)\b|"
    r"\bno (need for )?repetition\b|\bwithout (any )?(of the )?questions? (needing|having) to be "
    r"repeated\b|\bno questions? (needed|had) to be repeated\b|\b(needed|required|asked for) "
    r"nothing (to be )?repeated\b|\bnothing (needed|had) to be repeated\b|\b(did not|didn'?t) "
    r"need (any )?(of the )?(questions? |anything )?(to be )?repeat(ed|ing)\b|"
    r"\bquestions? (did not|"
    r"didn'?t) need (to be )?repeat(ed|ing)\b|\bunderstood (every|each|all)( of the| the)? "
    r"questions? (the )?first time\b|\bnot asked to repeat\b|\bno difficulty hearing\b|"
    r"\bwithout needing (any )?(questions?|anything) (to be )?repeated\b|\bno questions? needed "
    r"repeating\b|\bheard (normal )?conversational speech\b|\bwithout (the )?need for repetition\b|"
    r"\bwithout needing (them|it|anything) repeated\b|\bdid not ask for anything to be repeated\b|"
    r"\bwithout (them|it|any|questions?) (needing|having) to be repeated\b|\b(did not|didn'?t) "
    r"lose (track|the thread)\b|\bfollowed the (conversation|questions|discussion) without (any )?"
    r"difficulty\b",
    re.I,
)
ASKED_AGAIN = re.compile(
    r"\b((can|could) you (say|repeat) that|say that again|pardon\?|what did you say|"
    r"sorry,? what|speak (up|louder|of a bit)|say again\b|one more time\?|i missed that|what was "
    r"the question|i'?(ll)? repeat (things|it|everything|the questions) (for|to|if) (him|her|he|"
    r"she))\b|"
    r"\b(can|could|would) you [^.?!]{0,25}\bagain\?|\b(can|could|would) you speak\b[^.?!]{0,25}\?",
    re.I,
)
NO_BREAK = re.compile(
    r"\bno breaks? (was |were )?(requested|required|needed|taken|asked for)\b|\b(did not|didn'?t) "
    r"(require|need|ask for|request|take) (any |a )?breaks?\b|\bwithout (requiring|needing|"
    r"taking|asking for|requesting) (any |a )?breaks?\b|\bno (rest |comfort )?breaks? (was |were )?"
    r"(requested|required|needed|taken|asked for)\b|\bwithout (any |a )?(interruption|break)s?\b|"
    r"\buninterrupted\b|\b(did not|didn'?t) (need|require) (to rest|a rest|to stop|to pause)\b",
    re.I,
)
# the report says they sat throughout, and the claimant asks to stand
SAT_THROUGHOUT = re.compile(
    r"\b(sat|remained seated|stayed seated|sitting (upright|up))\b[^.]*\b(throughout|without "
    r"(needing|having) to (stand|move|get up)|for the (whole|entire) (consultation|assessment|"
    r"call)|did not (need|have) to (change (her |his |their )?position|stand|move|get up))\b",
    re.I,
)
ASKED_STAND = re.compile(
    r"\b((can|could|may) i|do you mind if i|i need to|i'?ll have to|i have to) (stand|get up|"
    r"lie down|lay down)\b|\bi'?m (lying|laying) down\b|\bi'?ve had to (get up|stand( up)?|"
    r"move)\b|\b(she|he)'?s (just )?going to lie (down|on the (sofa|bed|couch))\b",
    re.I,
)
ASKED_BREAK = re.compile(
    r"\b((can|could) (we|i) (stop|pause|have a break|take a break)|i need (a|to take a) break|"
    r"(can|could|may) i (just )?(step|go|pop|nip) (out|outside)|i need (some )?(air|a minute)|"
    r"(can|could) (we|i) have (a|a few|\w+) (minutes?|moment)|give (me|us) (a|\w+) (minutes?|"
    r"moment)|"
    r"\bus a "
    r"minute,? please|i need to "
    r"(stop|go)( now)?|hang on)\b(?! to)",
    re.I,
)
# lying down, or let stand: not sat throughout
LYING = re.compile(
    r"\b(i'?m|you'?re|your|i can see you'?re) (lying|laying) (down|in bed|on the (sofa|bed|"
    r"couch))\b|"
    r"\bi can'?t sit (up|still)\b|\b(of course|yes|sure|go ahead)[,.]? (\w+ )?(stand|get up)\b|"
    r"\bi'?m (pacing|walking (round|around|about)|standing( up)?)\b",
    re.I,
)
# what the assessor asks the claimant to do: "Squeeze my fingers", "Push against my hand"
INSTRUCTED = re.compile(
    r"^\W*(now |right,? |ok(ay)?,? |and )?(squeeze|push|pull|grip|lift|raise|touch|bend|stand|walk|"
    r"follow|look|read|repeat|close|open|hold|turn|point|tell me|show me|put|try)\b|"
    r"\b(i'?d like to|i'?m going to|let me|can i|could i) (check|test|examine|look at|feel|see|"
    r"listen|take|weigh|measure)\b",
    re.I,
)
# the claimant's speech is said to be impaired in the recording, and a report that heard it clear
SPEECH_TROUBLE = re.compile(
    r"\bwords? (get|gets|come out|comes out) (all )?(jumbled|muddled|mixed up|wrong)\b|\bcan'?t "
    r"(get|find) (my|his|her|the) words\b|\b(to )?find(ing)? (the |these |my |his |her )?words\b|"
    r"\b(his|her|my) speech (isn'?t|is not|has gone|went|is bad|is poor)\b|\bcan'?t understand "
    r"(him|her)\b|\bslurr(ed|ing)\b|\bstammer|\bstutter|\baphasia\b|\bi lose my words\b",
    re.I,
)
SPEECH_FINE = re.compile(
    r"\bspeech (was|is|remained) (clear|fluent|normal|unremarkable|coherent)\b|\b(clear|fluent|"
    r"normal) "
    r"speech\b|\bno (evidence of )?(word[- ]finding|speech) (difficult|problem)|\bspoke (clearly|"
    r"fluently)\b",
    re.I,
)
# out of breath in the recording, and a report that saw no breathlessness
BREATHLESS = re.compile(
    r"\b(you'?re|you are|you sound|you seem) (quite |very |a bit |really )?(breathless|"
    r"out of breath|"
    r"puffed|wheezy)\b|\bi'?m (so |really |a bit |still )?(out of breath|puffed|gasping|"
    r"breathless)\b",
    re.I,
)
NOT_BREATHLESS = re.compile(
    r"\b(not|no|nor) (visibly |obviously |noticeably )?(breathless|short of breath)\b|"
    r"\bno (signs? of |"
    r"evidence of )?(breathlessness|shortness of breath|respiratory distress)\b|"
    r"\bwithout (becoming |"
    r"getting )?(breathless|short of breath)\b",
    re.I,
)
# the claimant in tears, and a report that saw none
CRIED = re.compile(
    r"\b(i'?m|i am|she'?s|he'?s) (crying|in tears)\b|\bstart(ed|s)? crying\b|\b(going|"
    r"about) to cry\b",
    re.I,
)
NO_DISTRESS = re.compile(
    r"\bno (signs? of |evidence of )?(tearfulness|distress|upset|crying)\b|\b(settled|calm|"
    r"composed) throughout\b|\bdid not (become|appear|get) (tearful|upset|distressed)\b",
    re.I,
)
# the assessor asks the claimant to do something to be seen, and the claimant declines, or
# struggles: what the report then says it saw was not seen so
# a question of how far or how long they can, not a request to show it now
HOW_FAR_CAN = re.compile(r"\bhow (far|long|much|many|often|well) (can|could|do|would) you\b", re.I)
ASKED_TO_SHOW = re.compile(
    r"\b(for me|let me (have a )?(look|see|check|examine)|i'?d like (you|to ask you) to|i'?d like "
    r"to (examine|check|test|look at)|(could|can|"
    r"would) you (just )?(get|climb|hop) (up )?(on|onto)|i'?m (just )?going "
    r"to (\w+ )?(check|test|look|examine|hold|ask you)|how many (fingers )?can you see|(could|can|"
    r"would) you (just )?(stand|walk|pick|lift|raise|make|squeeze|touch|bend|reach|hold|show|try|"
    r"take|put|turn|read|tell me what|get up (on|onto|from)|write (your|down your) name)|"
    r"follow me|i'?d like to (watch|see) you|can i (watch|see) you)\b",
    re.I,
)
DECLINED = re.compile(
    r"\b(i'?d rather not|rather not|not today|ow|ouch|(that|it) hurts|dropped it|took me (a couple "
    r"of|a few|several|two|three) (goes|tries|attempts)|holding (on|onto|the)|i'?ll stay (sat|"
    r"seated|sitting)|that'?s (about|as much as) (it|i can)|i can'?t|(need to )?hold (on|onto|the)|"
    r"takes? me a while|usually (does|do) (this|it|that)|need to stop|give me a (sec|second|minute|"
    r"moment)|all over the place|going to cry|that'?s as (far|high|much) as (i|it goes|they go)\b|"
    r"i need to sit|(have|need) to "
    r"(push|pull) (myself )?up|(give|lend) me "
    r"(your|an?) (arm|hand)|hold (on to |onto )?my arm|(can|could|will) you help me|i (need|"
    r"have) to "
    r"use my (arms|hands))\b|^\W*no\b",
    re.I,
)
SHOW_NOW = re.compile(
    r"\b(for me|so (that )?i can (see|look|check|have a look)|i'?d like|let me|"
    r"i'?m (just )?going to|"
    r"can i ask you|would you mind|(can|could|would) you (just )?show me|i'?d like to (watch|"
    r"see) you|how many (fingers )?can you see|this card|follow me|have a go|"
    r"hold it up|tell me what|my (fingers?|hand|arm)|can i (watch|see) you|try (and|to) (touch|"
    r"bend|reach|lift|raise|stand|walk|pick|make|"
    r"squeeze|hold))\b",
    re.I,
)
# the assessor says the claimant struggled with what they were asked to show
SAW_STRUGGLE = re.compile(
    r"\b(you|your (feet|legs?|knees?)) (stopped|got stuck|froze|wobbled|(lost|lose) your balance|"
    r"gave way)\b|\bcome and sit (back )?down\b|\bcareful\b",
    re.I,
)
# the assessor lets a request go: "That's fine, we'll skip that"
SKIPPED = re.compile(
    r"\b(we'?ll skip (that|it)|we'?ll leave (that|it)|don'?t worry about (that|it)|no need to|"
    r"(i|we) (won'?t|will not) (examine|do|test|check|try|bother with))\b",
    re.I,
)
# someone helps the claimant in the room: what the report says they did unaided
HELPED = re.compile(
    r"\b(i'?ll|i will|let me) (guide|help|take|walk|lead) you\b|\b(i'?ll |let me )?read (it|"
    r"this|that|the [\w ]{1,25}?) out (for|to) you\b|\b(could|can) you "
    r"help me (with|to)\b|\b(there'?s a|the) chair (is )?(just )?(to|on) your (left|right)\b|"
    r"\bwhere'?s the chair\b|\bthe chair'?s (just )?(to|on) your (left|right)\b|\bstraight ahead\b"
    r"[^.?!]{0,40}\bturn (left|right)\b|\b(would you like to|do you want to|you can) take my arm\b|"
    # someone with the claimant steadies them: "I'll help him", "I've got you"
    r"\b(i'?ll|let me) help (him|her)\b|\bi'?ve got you\b|\bi'?ve got (him|her)\W*$|\b(do you "
    r"want|need) a hand\b|\bhold,? my arm\b|"
    # the claimant asks for their aid to do it: "Yes, give me the stick, please."
    r"\b(give|pass|hand) me (the|my) (stick|frame|crutch(es)?|walker|rollator)\b",
    re.I,
)
UNAIDED = re.compile(
    r"\b(unaided|independently|without (any )?(assistance|help|support|guidance)|on (his|her|"
    r"their) own|without (any |a |the |his |her )?(walking )?(aids?|stick|frame|crutch(es)?)|"
    r"by (himself|herself))\b",
    re.I,
)
# an examination's finding as a report notes it: "Lumbar spine: forward flexion to his toes",
# "Heel walking was normal"
EXAM_NOTE = re.compile(
    r"^\W*((lumbar|cervical|thoracic) spine|(upper|lower) limbs?|visual acuity)\b|\b(forward )?"
    r"flexion|\b(heel|toe|tandem)[- ]walking|\bheel[- ]toe\b|\b(increased|reduced|normal) "
    r"(tone|power)\b",
    re.I,
)
# an examination the report gives, done with the claimant
FORMAL_EXAM = re.compile(
    EXAM_NOTE.pattern + r"|^\W*(on )?examination\b|\b(power|tone) (was|were|is) |\breflexes\b|"
    r"\bromberg|\bgrip strength\b|\brange of (movement|motion)\b|\bvisual fields\b|\bwhisper(ed)? "
    r"voice\b|\bpitting\b|\boedema\b|\bstraight leg rais|\bsnellen\b|\bchest (was )?clear\b|"
    r"\bauscultat\w*|\b(respiratory|cardiovascular|neurological|musculoskeletal) examination\b",
    re.I,
)
# a test of memory or orientation the report gives a result of ("recalled 3/3 words", "orientated
# in time, place and person", "MMSE 29/30"), and the questions that would be heard if it was done
MEMORY_TEST = re.compile(
    r"\bmmse\b|\bmoca\b|\bmini[- ]mental\b|\b\d{1,2} ?/ ?30\b|\brecall(ed)?\b[^.;]{0,40}\bwords?\b|"
    r"\bwords?\b[^.;]{0,20}\brecalled\b|\b(three|3) (out of (three|3)|/ ?3)\b[^.;]{0,20}\brecall|"
    r"\borient(a)?ted (in|to|for) (time|place|person|the (year|date|day))",
    re.I,
)
MEMORY_ASKED = re.compile(
    r"\bwhat (day|year|month|date) (is it|it is)\b|\bwhat('s| is) (the|today'?s) date\b|\b(do you "
    r"know )?where (are we|we are)\b|\bremember (these|three|3|some) (words|things|objects)\b|"
    r"\b(repeat|say) (these|the|those) (three |3 )?words\b|\bwhat were the (three |3 )?words\b",
    re.I,
)
# the assessor guides the claimant, and what that bears on
GUIDED = re.compile(r"\b(guide|lead|walk|take) you\b|\bchair\b|\bstraight ahead\b|\bmy arm\b|"
                    r"\bcome (on )?in\b|\bmind the step\b", re.I)  # fmt: skip
_GETTING_ABOUT = _topic("walk walked way room door mobilised navigated moved")
# what an examination or an observation says was done or seen
EXAMINED = re.compile(
    r"\b(observed|noted|seen|tested|examination|examined|first attempt|without (any )?support|"
    r"range of movement|(was|were) able to|demonstrated|unaided|independently|without (any )?"
    r"difficulty|quickly|with ease|easily|when asked|^\W*asked to|on request|without stopping|"
    r"(found|finds?|"
    r"finding) (his|her|their) way)\b|" + EXAM_NOTE.pattern,
    re.I,
)
# the consultation stops for a while, whoever stops it: "give me a moment", "I'm back"
INTERRUPTED = re.compile(
    r"\b(give me a (moment|minute|second)|bear with me|hang on|(i'?m|we'?re) back|we got cut off|"
    r"(can|could) you hold( on)?|i have to go\b[^.?!]{0,20}\bhold|i'?ll hold|"
    r"(you'?re|you are) breaking up|call you (straight )?back|you froze|the screen went|lost the "
    r"connection|"
    r"you (dropped|"
    r"cut) out|the line (dropped|cut out))\b(?! to)",
    re.I,
)
NO_INTERRUPTION = re.compile(
    r"\bwithout (any )?(interruptions?|breaks?)\b|\buninterrupted\b|\bno (interruptions?|"
    r"breaks?)\b|\b(did not|didn'?t) (need to )?leave\b|\bremained (in the room|present) "
    r"throughout\b|\bwithout (needing|having) to leave\b",
    re.I,
)
# the consultation is at the claimant's home: not at the assessment centre
HOME_VISIT = re.compile(
    r"\b(home visit|letting me (in|come)|having me\b|at your (home|house)|"
    r"into your (home|house)|here at (your )?home)\b",
    re.I,
)
AT_CENTRE = re.compile(
    r"\b((travelled|came|arrived|attended) (to |at )?(the )?(assessment|examination) cent(re|er)|"
    r"waiting (area|room)|consult(ing|ation) room|assessment room)\b",
    re.I,
)
# the claimant came in a wheelchair, or was pushed or wheeled in: no walking in
WHEELED_IN = re.compile(
    r"\b(come|came) in (a|your|her|his) wheelchair\b|\bpushed (\w+ )?in\b|\bwheel(ed|"
    r"s)? (\w+ )?in\b|\b(come|came|coming) (in|up|along) (with|in) (a|your|her|his|the) "
    r"(wheel)?chair\b",
    re.I,
)
# what someone says of the claimant beside them: "She was diagnosed in 2020", "I have to remind
# him", "He's right next to me"
SPEAKS_OF_THEM = re.compile(
    r"^\W*(she|he)('s| was| is| has| had| can'?t| doesn'?t| didn'?t| gets| got| needs| won'?t| "
    r"forgets| goes| lived| left)\b|\bi (had|have) to (remind|help|tell|prompt|do) (her|him)\b|"
    r"\b(she|he)'?s (right )?(next to|beside|here with) me\b",
    re.I,
)
# came up to the room in the lift, and a report that has them climb the stairs
LIFT = re.compile(r"\b(up|down) in the lift\b|\b(took|take|used|use) the lift\b", re.I)
STAIRS_CLIMBED = re.compile(
    r"\b(climbed|walked up|managed|negotiated|came up) (the )?(\w+ )?(stairs|steps|flights?)\b",
    re.I,
)
# the assessor offers one
OFFERED_BREAK = re.compile(
    r"\b(do|would) you (need|want|like) (a|to (take|have) a|to (stop|pause) for a) (break|minute|"
    r"moment)\b",
    re.I,
)
_CLOCK = re.compile(r"\b([01]?\d|2[0-3])(?:[:.]([0-5]\d))?\s*(am|pm|a\.m\.|p\.m\.)?(?=\W|$)", re.I)


_HOUR_WORD = rf"(?:1[0-2]|[1-9]|{'|'.join(HOUR_WORDS)})"
_PAST_TO = {"five": 5, "ten": 10, "quarter": 15, "twenty": 20, "twenty-five": 25,
            "twenty five": 25, "half": 30}  # fmt: skip
_MINUTES_WORD = {"oh five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30,
                 "forty": 40, "forty-five": 45, "forty five": 45, "fifty": 50}  # fmt: skip
# a time in words, as a report can write it: "ten o'clock", "half past three", "a quarter to
# four", "eleven fifteen"
WORD_TIME = re.compile(
    rf"\b(?:(?P<pt>{'|'.join(sorted(_PAST_TO, key=len, reverse=True))})\s+(?P<dir>past|to)\s+"
    rf"(?P<h1>{_HOUR_WORD})|(?P<h2>{_HOUR_WORD})\s*o\s*'?\s*clock|(?P<h3>{_HOUR_WORD})\s+"
    rf"(?P<mw>{'|'.join(sorted(_MINUTES_WORD, key=len, reverse=True))}))\b",
    re.I,
)


def _hour(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else WORD[word]


def _word_time(m: re.Match[str]) -> int:
    """A WORD_TIME match as minutes past twelve."""
    if m["pt"]:
        past = _PAST_TO[m["pt"].lower()]
        minutes = _hour(m["h1"]) * 60 + (past if m["dir"].lower() == "past" else -past)
    elif m["h2"]:
        minutes = _hour(m["h2"]) * 60
    else:
        minutes = _hour(m["h3"]) * 60 + _MINUTES_WORD[m["mw"].lower()]
    return minutes % 720


def word_times(text: str) -> list[int]:
    """Times of day written in words, as minutes past twelve (morning or afternoon unsaid)."""
    return [_word_time(m) for m in WORD_TIME.finditer(text)]


_DIGIT_TIME = re.compile(r"\b(?P<hh>1[0-2]|0?[1-9])[:.](?P<mm>[0-5]\d)\b")


def said_time(text: str) -> int | None:
    """The first time of day said in the text ("10:15", "ten o'clock"; as heard, "10 o 'clock"),
    as minutes past twelve (morning or afternoon is not said)."""
    said = [
        (m.start(), (int(m["hh"]) % 12) * 60 + int(m["mm"])) for m in _DIGIT_TIME.finditer(text)
    ]
    said += [(m.start(), _word_time(m)) for m in WORD_TIME.finditer(text) if m["h2"]]
    # "twenty past one", "20 to 4", "four minutes past ten", "quarter to 12" (not "five to
    # nine hours", a range)
    for m in _SAID_PAST.finditer(text):
        minutes = number(m["m"])
        if minutes is None or UNIT_AFTER.match(text, m.end()):
            continue
        past = round(minutes[0] * 60) if minutes[0] < 1 else int(minutes[0])  # quarter, half
        if 0 < past < 60:
            at = _hour(m["h"]) * 60 + (past if m["dir"].lower() == "past" else -past)
            said.append((m.start(), at % 720))
    return min(said)[1] if said else None


_MINUTE_WORDS = sorted(
    [w for w in WORD if WORD[w] < 60] + ["quarter", "half"], key=len, reverse=True
)
_SAID_PAST = re.compile(
    rf"\b(?P<m>[1-5]?\d|(?:twenty|thirty|forty|fifty)[ -](?:one|two|three|four|five|six|seven|"
    rf"eight|nine)|{'|'.join(_MINUTE_WORDS)})\s+(?:minutes?\s+)?(?P<dir>past|to)\s+"
    rf"(?P<h>{_HOUR_WORD})\b",
    re.I,
)
STARTS = re.compile(r"\b(start|began|begin|commenc)", re.I)
ENDS = re.compile(r"\b(end|finish|conclu|clos)", re.I)
# the consultation's times noted on their own: "Start time 13:15.", "End time: 14:10",
# "Start 14:00, end 14:05.", "End 15:55."
TIME_NOTE = re.compile(
    r"^\W*(start|end|finish)(ed|ing)?(\s+time\b|\s*:?\s*\d)|^\W*(duration|times?)\s*:\s*\d", re.I
)
TIME_SAID_WITHIN = 10  # minutes: a clock time said as the consultation opens or closes
UNIT_AFTER = re.compile(r"\s+(minutes?|hours?|days?|weeks?|months?|years?|times?|metres|meters|"
                        r"yards|tablets|pills|steps|miles)\b", re.I)  # fmt: skip


def clock_times(text: str) -> list[int]:
    """Times of day in a sentence, as minutes after midnight: 10:00, 09.30, 2pm, 2.15 p.m. (a
    bare number without minutes or am/pm is not a time); or, when it has none of those, written
    in words ("ten o'clock", "half past three": minutes past twelve)."""
    out = []
    for m in _CLOCK.finditer(text):
        hour, minute, half = int(m[1]), m[2], (m[3] or "").lower().replace(".", "")
        if minute is None and not half:
            continue
        if half == "pm" and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
        out.append(hour * 60 + int(minute or 0))
    return out or word_times(text)


def scheme_of(statements: list[Statement]) -> str | None:
    """PIP or WCA, from the report's own words, or None when it does not say."""
    text = " ".join(st.text for st in statements).lower()
    pip = len(re.findall(r"\bpip\b|personal independence|daily living|\bpa4\b", text))
    wca = len(
        re.findall(
            r"\bwca\b|\besa(85)?\b|work capability|limited capability|universal credit", text
        )
    )
    if pip == wca:
        return None
    return "PIP" if pip > wca else "WCA"


def _figures(
    said: list[tuple[str, str]], statement: str, all_kinds: bool = False
) -> list[Quantity]:
    """The figures said in these answers. How often is said of everything (tablets, going out,
    showers): a frequency counts only from an answer, or its question, on the statement's own
    topic — and so does every figure when ``all_kinds`` (a statement whose own words were never
    said, compared with what was said on its activity)."""
    out = []
    for question, answer in said:
        if _other_action(question, answer, statement):
            continue
        for p in answered_quantities(question, answer):
            if (p.kind != "frequency" and not all_kinds) or _topic(
                question + " " + answer
            ) & _topic(statement) - GENERIC:
                out.append(p)
    return out


# what a figure measures, in the body's activities: a question about one of these is not
# answered about another
ACTIONS = {_stem(w) for w in ("stand", "sit", "walk", "cook", "cooker", "dress", "shower", "sleep",
                              "lift", "carry", "stairs", "eat")}  # fmt: skip


@functools.lru_cache(maxsize=1 << 14)
def _other_action(question: str, answer: str, statement: str) -> bool:
    """The question asks about doing something else than the statement ("How long can you
    stand?" for a statement about sitting), and the answer does not come round to it."""
    asked, stated = _topic(question) & ACTIONS, _topic(statement) & ACTIONS
    # "then I have to sit down" is a rest, not sitting as an activity
    doing = _topic(re.sub(QUALIFIERS["rest"], " ", answer.lower())) & ACTIONS
    return bool(asked and stated and not (asked | doing) & stated)


_CLAUSE = re.compile(r"[;:]\s*|,\s+(?=(?:and|but|then|which|after|before|so|as)\b)|\s+but\s+")


def _clause(text: str, at: int) -> str:
    """The part of a sentence a position is in: split at ";", ":", ", and", " but "."""
    start = 0
    for m in _CLAUSE.finditer(text):
        if m.start() > at:
            return text[start : m.start()]
        start = m.end()
    return text[start:]


# said of anything ("it takes me…", "I make…"): no sign that a figure is about the statement
GENERIC = {stem(w) for w in ("take", "make", "keep", "try", "feel", "want", "like", "thing")}
GENERIC |= PEOPLE  # who said it or who helps: not what a figure is about
FURTHER = 0.5  # how like the statement, against the best passage, a passage searched further is


def _further_figures(
    index: Index,
    statement: str,
    said: list[tuple[str, str]],
    kinds: set[str],
    first: int = 1,
    like: float = FURTHER,
) -> list[Quantity]:
    """Figures of these kinds from the five passages most like the statement (from the
    ``first`` best, and at least ``like`` times as like it as the best), in the first that has
    any in an answer on its topic not already heard."""
    ranked = index.ranked(statement)
    top = ranked[0][0] if ranked else 0.0
    topic = _topic(statement) - GENERIC
    heard = {answer for _, answer in said}  # (another window can frame it with less question)
    for score, i in ranked[first : first + 5]:
        if score < like * top:
            break
        found = [
            p
            for question, answer in index.answers(statement, i)
            if answer not in heard
            and _topic(question + " " + answer) & topic
            and not _other_action(question, answer, statement)
            for p in answered_quantities(question, answer)
            if _measure(p.kind) in kinds
        ]
        if found:
            return found
    return []


def _heard_figures(
    index: Index,
    st: Statement,
    heard_as: str,
    said: list[tuple[str, str]],
    matched: list[tuple[str, str]] | None,
    activity: Activity | None,
) -> list[Quantity]:
    """The figures said that the statement's are compared with. ``matched`` is None for a
    statement compared where it matched; otherwise its own words were never said, ``said`` is
    what was said on its activity, and ``matched`` where the statement matched best: every
    figure must then come from an answer on that activity, where it matched first."""
    if matched is not None:
        on = heard_as + " " + " ".join(activity.words if activity else ())
        first = _figures(matched, on, all_kinds=True)
        return first + [
            p
            for p in _figures(said, on, all_kinds=True)
            if _measure(p.kind) not in {_measure(f.kind) for f in first}
        ]
    if TAKES.search(st.text) and any(q.kind in ("frequency", "dose") for q in st.quantities):
        heard_as += " medication"  # "takes co-careldopa three times daily": a medicine's name
        if any(q.kind == "dose" for q in st.quantities):
            heard_as += " milligrams"  # "40 mg once daily": "40 milligrams twice a day"
    heard = _figures(said, heard_as)
    kinds = {_measure(q.kind) for q in st.quantities} - {_measure(p.kind) for p in heard}
    if kinds:
        # no figure of the statement's kind where it matched best: the next passages about it,
        # in order of likeness, if an answer there on its topic gives one
        heard += _further_figures(index, heard_as, said, kinds)
        # and then by the part of the statement each figure is in ("can lift a 5kg bag" in
        # "…, but can carry it only a few steps")
        for q in st.quantities:
            if _measure(q.kind) not in {_measure(p.kind) for p in heard}:
                part = index.heard_as(_clause(st.text, q.at))
                heard += _further_figures(index, part, said, {_measure(q.kind)}, first=0, like=0.0)
    return heard


MANAGES = re.compile(
    r"\b(manages?|independently|remembers?|forgets?|without|can|able|himself|herself|own|"
    r"prompt\w*|remind\w*|help\w*)\b",
    re.I,
)
WHEN_ASKED = re.compile(r"\b(when asked|on request|during the (consultation|assessment))\b", re.I)
# what the report says was done right when asked, and an answer that did not know
CORRECTLY = re.compile(r"\b(correctly|accurately|without (any )?(error|mistakes?))\b", re.I)
UNSURE = re.compile(
    r"\b(i )?(don'?t|do not) know\b(?! (how|if|whether|what|where|why|when|about))|\b(not sure|"
    r"no idea|i can'?t (do|work) (that|it|this))\b",
    re.I,
)
# a medicine taken by its name ("takes co-codamol"; not "takes her tablets", "takes the bus")
MEDICINE = re.compile(
    r"\b(takes?|taking|prescribed|uses?)\s+(?!(his|her|my|their|the|a|an|all|any|some|about|"
    r"around|up|off|out|over|him|them|it|care|part|ages|time|longer|tablets|pills|medication|"
    r"medicines?)\b)[a-z][\w-]+",
    re.I,
)
# the report's list of medicines: "Medication: amitriptyline 10 mg at night."
MEDICATION_NOTE = re.compile(r"^\W*(current )?(medications?|medicines?|drugs?)\s*:", re.I)
# a medicine taken, by name: what is said of medication is about it
TAKES = re.compile(r"\b(takes?|taking|prescribed|uses? (an? )?inhaler)\b", re.I)
# an answer that says no, and nothing after it that takes the no back
NO_ANSWER = re.compile(
    r"^\W*(no|nope|not really|never|none|nothing|not at all)\b(?![^.?!]*\b(but|except|apart|"
    r"sometimes|only)\b)",
    re.I,
)
# a no in other words, to a question of whether they do or are something: "I don't like it"
NO_IN_WORDS = re.compile(
    r"^\W*(i don'?t(?! know| think| remember)|i hate it|i'?m not)\b(?![^.?!]*\b(but|except|"
    r"apart|sometimes|only)\b)",
    re.I,
)
YES_ANSWER = re.compile(r"^\W*(yes|yeah|yep|i do|i am|it does)\b(?![^.?!]*\b(but|not)\b)", re.I)
NEGATIVE = re.compile(
    r"\b(no|not|never|none|nothing|n't|cannot|unable|denies|denied|without)\b", re.I
)


# what a report says of a claimant's life beyond the activities: work, a hobby, a class
LIFE = re.compile(
    r"\b(works?|working|worked|volunteers?|volunteering|enjoys?|hobb(y|ies)|attends?|plays?|"
    r"playing|teach(es|ing)?|class(es)?|course|club|gym|church|football|swim(s|ming)?|drives|"
    r"driving|socialis\w*|meets?|pub|stud(y|ies|ying)|university)\b",
    re.I,
)
# how they get about and where they go: buses, public transport, the supermarket, appointments
# (a plain statement of it, none of whose words were heard, was never spoken of)
OUT_AND_ABOUT = re.compile(
    r"\b(public transport|bus(es)?|trains?|trams?|supermarkets?|appointments?|coffee|cinema|"
    r"library|friends)\b",
    re.I,
)
# a life beyond work and appointments: a pastime, a club, a class, going out with friends
PASTIME = re.compile(
    r"\b(enjoys?|hobb(y|ies)|plays?|playing|class(es)?|club|gym|church|football|swim(s|ming)?|"
    r"socialis\w*|meets? (up with )?(friends|family)|pub|group|college|drives? to)\b",
    re.I,
)
# a statement that the claimant can do something, and an answer that they cannot
CAN = re.compile(
    r"\b(can|is able to|are able to|able to|manages?|copes?|independent(ly)?|without (help|"
    r"difficulty|prompting))\b",
    re.I,
)
CANNOT = re.compile(
    r"\b(i|he|she) (can'?t|cannot|can not|couldn'?t|am unable to|is unable to)\b|"
    r"^\W*(no|not really|not (very )?well|badly)\b|"
    # "I can push myself round the flat, but not outside"
    r"\bbut not (outside|outdoors|far|on my own|by myself|every day|for long|anymore|any more)\b",
    re.I,
)


# what they said they cannot do at all (not "but not outside": a limit on what they can)
FLAT_CANNOT = re.compile(
    r"\b(i|he|she) (can'?t|cannot|can not|couldn'?t|am unable to|is unable to)\b|"
    r"^\W*(no|not really|not (very )?well|badly)\b",
    re.I,
)


# a "can't" with a limit: "I can't do buttons on a bad day", "I can't do a heavy one"
LIMITED = re.compile(
    r"\b(on (a |my )?bad days?|heavy|for long|very far|too far|without|every day|all (the )?time|"
    r"on my own|by myself|alone|more than|if|unless|when|any more|anymore|again)\b",
    re.I,
)
# how the report says the claimant came to the assessment: drove, alone, by bus
CAME_BY = re.compile(
    r"\b(drove|driving|drives) (himself|herself|themselves)\b|\b(travelled|travels|came|arrived|"
    r"got)\b[^.;]{0,30}\b(to|at) (the|this|today'?s) (assessment|centre|center|consultation|"
    r"appointment)[^.;]*\b(alone|by (bus|train|tram|public transport|car|taxi)|on (his|her|"
    r"their) own|independently|unaccompanied|driving)\b|\b(travelled|came|arrived)\b[^.;]{0,20}"
    r"\b(alone|by (bus|train|tram|public transport)|independently|on (his|her|their) own)\b"
    r"[^.;]{0,20}\b(to|at) (the|this) (assessment|centre|center)",
    re.I,
)
# asked how they came today
HOW_CAME = re.compile(
    r"\bhow did you (get|travel|come)\b|\bdid you (come|get here|travel)\b[^?]*\b(by yourself|on "
    r"your own|alone|today)\b|\bhow('?d| did) you get (here|in)\b",
    re.I,
)
# the claimant cannot drive, or does not: "They took my licence after the blackouts"
NO_DRIVING = re.compile(
    r"\b((took|taken|lost|revoked) (my|his|her) licen[cs]e|licen[cs]e (was |got )?(taken|revoked|"
    r"suspended)|(can'?t|cannot|not allowed to|don'?t|couldn'?t|never) drive|(gave|given) up "
    r"driving|stopped driving|(haven'?t|hasn'?t) driven)\b",
    re.I,
)
# brought by someone, or unable to drive
BROUGHT = re.compile(
    r"\b(drove|dropped|brought|gave) me\b|\bdropped me off\b|\ba lift\b|\bwith me\b|\b(is|'s) "
    rf"(waiting|outside|in the car|parking)\b|\bcame with\b|{NO_DRIVING.pattern}",
    re.I,
)


def _exchanges(utterances: Sequence[Utterance]) -> Iterator[tuple[Utterance, int]]:
    """Each turn that answers the one before it: (what was said before, the answer's index)."""
    for i in range(1, len(utterances)):
        if utterances[i].speaker != utterances[i - 1].speaker:
            yield utterances[i - 1], i


def _answer_at(utterances: Sequence[Utterance], i: int, more: int = 2) -> str:
    """The answer that starts at utterance ``i``, over the next few of the same speaker the model
    cut it into ("Okay." "Badly.")."""
    answer = utterances[i].text
    for v in utterances[i + 1 : i + 1 + more]:
        if v.speaker != utterances[i].speaker:
            break
        answer += " " + v.text
    return answer


# the assessor asks what medicines the claimant takes
ASKS_MEDICATION = re.compile(
    r"\b(medications?|medicines?|tablets|what (are you|is (he|she)|do you) (taking|take|on)|"
    r"what do you take)\b|^\W*(and )?(your )?treatments?\W*$",
    re.I,
)


def _dose_finding(
    st: Statement, utterances: Sequence[Utterance], missing: list[str], title: str
) -> Finding | None:
    """A medicine whose name the model did not write ("Donepezil 5mg at night" where "Don't be
    real, 10 milligrams at night" was said): the report's doses against those said in answer to
    the question about medication, in the order said. A single dose that differs, or among as
    many doses as were said, one that differs where the others agree, is a changed number."""
    doses = [q for q in st.quantities if q.kind == "dose"]
    if not doses or not missing:
        return None
    for asked, i in _exchanges(utterances):
        if not ASKS_MEDICATION.search(asked.text):
            continue
        text = _answer_at(utterances, i)
        heard_all = answered_quantities(asked.text, text)
        said = [p for p in heard_all if p.kind == "dose"]
        if len(doses) == 1 and len(said) > 1 and not differs(doses[0], said[0]):
            said = said[:1]  # the first medicine said, and the report's dose of it
        if len(said) != len(doses):
            continue
        if any(p.at and text[p.at - 1] in ",." for p in said):
            return None  # "[inaudible] ,500 milligrams": the thousands were not heard
        pairs = list(zip(doses, said, strict=True))
        apart = [(q, p) for q, p in pairs if differs(q, p)]
        if not apart and len(doses) == 1:
            # the dose agrees; how often it is taken may not ("12.5mg twice daily" against "12
            # and a half milligrams, three times a day")
            often = [q for q in st.quantities if q.kind == "frequency"]
            # (how often said with that dose: before the next dose said)
            after = [p for p in heard_all if p.kind == "dose" and p.at > said[0].at]
            until = after[0].at if after else len(text)
            heard = [p for p in heard_all
                     if p.kind == "frequency" and said[0].at < p.at < until]  # fmt: skip
            if len(often) == 1 and len(heard) == 1 and differs(often[0], heard[0]):
                apart = [(often[0], heard[0])]
        if len(apart) == 1 and (len(pairs) == 1 or len(apart) < len(pairs)):
            ((q, p),) = apart
            detail = (f"the report says {q.text}; what was said: {p.text} (the report's words "
                      f"{', '.join(missing)} were never said)")  # fmt: skip
            return Finding("number_changed", st.text, st.index, _passage(utterances[i]), detail,
                           70.0, title)  # fmt: skip
    return None


def _came_otherwise(st: Statement, utterances: Sequence[Utterance]) -> tuple[str, str] | None:
    """The report has the claimant come to the assessment by themselves ("He drove himself to
    the assessment", "travelled to the centre alone by bus"), and the recording has them
    brought, or unable to drive ("How did you get here today?" "My mate dropped me off."): the
    question and answer."""
    if not CAME_BY.search(st.text):
        return None
    drove = re.search(r"\b(drove|driving|drives|by car)\b", st.text, re.I)
    for i, u in enumerate(utterances):
        if not i or not BROUGHT.search(u.text):
            continue
        asked = utterances[i - 1].speaker != u.speaker and HOW_CAME.search(utterances[i - 1].text)
        # (or unable to drive, said anywhere: "I can't drive any more")
        if asked or (drove and re.search(r"\bdrive\b|\blicen[cs]e\b", u.text, re.I)):
            return utterances[i - 1].text, u.text
    return None


# the report has the claimant in treatment now: seeing a therapist, attending counselling
IN_TREATMENT = re.compile(
    r"\b(attends?|attending|receives?|receiving|sees|seeing|having|has|undergoing|engag\w+ "
    r"(with|in)|under)\b[^.;]{0,40}\b(counsell?\w*|cbt|therap\w*|psycholog\w*|psychiatrist|"
    r"physio\w*|mental health team|cpn|community psychiatric)",
    re.I,
)
# said by the claimant: waiting for it, not having it
WAITING = re.compile(
    r"\bwaiting (list|lists)\b|\b(still )?waiting (for|to (see|hear|start))\b|\bnot (been )?"
    r"(seen|started|offered) (anyone|anything|it|yet)\b|\bhaven'?t (been seen|started|heard)\b",
    re.I,
)
THERAPY = re.compile(
    r"\b(counsell?\w*|cbt|c b t|therap\w*|psycholog\w*|psychiatrist|physio\w*|mental health|"
    r"referr\w*|talking)\b",
    re.I,
)


# how the claimant is, as a report puts it well: "sleeps well", "his mood is good and stable"
STATE_TOPIC = (r"(sleep\w*|mood|memory|concentration|appetite|balance|energy|confidence|"
               r"continence|speech|hearing|eyesight|vision)")  # fmt: skip
STATE_WELL = re.compile(
    rf"\b{STATE_TOPIC}\b[^.;]{{0,30}}\b(well|good|fine|stable|normal|unaffected|not affected|"
    r"okay|ok|settled|intact|reasonable)\b|\bsleeps? (well|fine|soundly)\b",
    re.I,
)
# and an answer that says it is bad, in its first words: "Rubbish.", "Badly.", "Low."
STATE_BAD = re.compile(
    r"^\W*((okay|well|um|erm|oh|yeah|yes)\W+)?(rubbish|bad(ly)?|terrible|terribly|awful|poor(ly)?|"
    r"dreadful|horrendous|shocking|low|not (good|great|well|very good|much)|hardly)\b|"
    # (for sleep, waking in the night, in so many words: "I'm up three or four times at night")
    r"^\W*(i'?m|i am|i get|i wake)( up)? (\w+ ){0,4}times (at|a|in the|every) night\b",
    re.I,
)


def _state_otherwise(st: Statement, utterances: Sequence[Utterance]) -> tuple[str, str] | None:
    """The report says the claimant sleeps well, or that their mood or memory is good, and
    asked about it in the recording they say it is bad ("How are you sleeping?" "Rubbish."):
    the question and answer."""
    m = STATE_WELL.search(st.text)
    if m is None or NEGATIVE.search(st.text) or st.observation or OBSERVATION.search(st.text):
        return None
    named = re.search(STATE_TOPIC, m[0], re.I)
    topic = _stem(named[0].lower()) if named else "sleep"
    for asked, i in _exchanges(utterances):
        if "?" not in asked.text:
            continue
        answer = _answer_at(utterances, i)
        question = asked.text.rstrip(" ?").rsplit(".", 1)[-1]
        if topic in {_stem(w) for w in _words(question)} and STATE_BAD.match(answer):
            return asked.text, answer
    return None


# the report has the claimant drive now
DRIVES = re.compile(r"\b(drives|continues to drive|still drives|is driving)\b(?! licen)", re.I)


def _not_driving(st: Statement, utterances: Sequence[Utterance]) -> tuple[str, str] | None:
    """The report has the claimant drive ("He continues to drive to the local shops") and the
    recording has them say they cannot or do not ("Do you drive?" "They took my licence after
    the blackouts"): the question and answer."""
    if not DRIVES.search(st.text) or NEGATIVE.search(st.text) or BEFORE.search(st.text):
        return None
    if any(q.kind in ("duration", "distance") for q in st.quantities):
        return None  # how far or how long: the figures are compared
    if st.observation or OBSERVATION.search(st.text) or HELPER_DOES.match(st.text):
        return None
    for i, u in enumerate(utterances[1:], 1):
        if u.speaker != utterances[0].speaker and NO_DRIVING.search(u.text):
            return utterances[i - 1].text, u.text
    return None


def _waiting(st: Statement, utterances: Sequence[Utterance]) -> tuple[str, str] | None:
    """The report has the claimant in treatment ("She is attending weekly CBT sessions"), and
    the recording has them still waiting for it ("I'm on the waiting list for CBT"): the
    question and answer (the nearest of them, where the claimant speaks of waiting)."""
    if not IN_TREATMENT.search(st.text) or NEGATIVE.search(st.text) or WAITING.search(st.text):
        return None
    if st.observation or HISTORY.search(st.text) or BEFORE.search(st.text):
        return None
    for asked, i in _exchanges(utterances):
        # (the whole answer: "Combat Stress." "I see someone every fortnight." "And I'm on the
        # waiting list for the trauma therapy.")
        answer = _answer_at(utterances, i, more=3)
        for sentence in re.split(r"(?<=[.?!])\s+", answer):
            if WAITING.search(sentence) and THERAPY.search(sentence):
                return asked.text, answer
    return None


def _answered_otherwise(
    st: Statement, passage: Passage | None, asked: tuple[str, str], title: str
) -> Finding:
    """Never said: the claimant was asked, and answered no, or that it has stopped."""
    question, answer = asked
    return Finding("never_said", st.text, st.index, passage,
                   f"asked {question.strip()!r}, the answer was {answer.strip()!r}", 60.0,
                   title)  # fmt: skip


# the report says the claimant has none of something: what follows is what they deny
DENIES = re.compile(
    r"\b(denied|denies|denying)\b( (any|a) (history of )?| having )?|\b(reported|reports|stated|"
    r"states|said|says|described|describes|has|had|with|there (is|was|were|have been|has been))\s+"
    r"no\s+(history of |"
    r"(problems?|difficult(y|ies)|issues?|concerns?) (with )?)?|\bno (further )?(problems?|"
    r"difficult(y|ies)|issues?|concerns?) with\s+|^\W*no (history of |known |reported |recent )?",
    re.I,
)
# a clause of the claimant's that says it is so (not "no", "fine")
NOT_SO = re.compile(
    r"\b(no|not|never|none|nothing|n'?t|fine|ok|okay|alright|all right|good|great|normal)\b", re.I
)
# an answer that says yes, or how much: "Sometimes.", "I've had accidents", "Low."
AFFIRM = re.compile(
    r"^\W*(yes|yeah|yep|sometimes|occasionally|often|a bit|a little|i have|i've had|i do|i get|"
    r"low|bad|terrible|awful|poor|not (good|great|well)|"
    # how many, said first: "Two last winter."
    r"(one|two|three|four|five|six|seven|eight|nine|ten|\d+|a couple|a few|several|once|"
    r"twice)(?! (of )?(them|those)\b))\b",
    re.I,
)
HOW_IS = re.compile(r"\bhow('?s| is| are)\b", re.I)
ASKS_HAVE = re.compile(
    rf"\b(any|have you (had|got|ever)|do you (get|have|ever|suffer))\b|{HOW_IS.pattern}", re.I
)
STRUGGLES = re.compile(r"\b(can'?t|cannot|struggle|hard|difficult|won'?t)\b", re.I)
DENIED_WORDS = GENERIC | {stem(w) for w in ("problem", "difficulty", "issue", "concern", "history",
                                             "any", "thought", "since", "use", "reported", "raised",
                                             "noted", "identified", "mentioned", "described",
                                             "activity")}  # fmt: skip
# a heading the statement is under ("Memory: No problems reported."): what a bare denial is of
HEADED = re.compile(r"\W*([^:.]{1,60}):\s+")
NEGATED = re.compile(r"\b(no|not|never|none|nothing|cannot)\b|n'?t\b", re.I)
# "He has not required hospital admission", "She does not use a wheelchair", "He has never
# become lost": what follows is what they have not
HAS_NOT = re.compile(
    r"\b(has|have|had) (not|never) (required|needed|had|been|used)\b( an?| any)?|\b(does|did) not "
    r"(use|have|need|require)\b( an?| any)?|\b(has|have) never (become|got|gotten)\b",
    re.I,
)
# "Absence seizures were not reported": what was not reported is what is denied
NOT_REPORTED = re.compile(
    r"^\W*(?P<what>[^.]{3,50}?) (were|was) not (reported|mentioned|described|raised)\b", re.I
)


# asked about a trouble with something, and an answer that does not begin by saying it is fine
TROUBLE_ASKED = re.compile(r"\b(problems?|difficult(y|ies)|trouble|issues?)\b", re.I)
FINE_ANSWER = re.compile(
    r"^\W*((that'?s|it'?s|i'?m|i am|it is|oh|yeah|yes)\W+)?(no|not|never|none|nothing|fine|ok|"
    r"okay|alright|all right|good|great|normal|nope)\b",
    re.I,
)


FINE_FIRST = re.compile(r"\b(fine|ok|okay|alright|all right|good|no problems?)\b", re.I)
# a statement whose subject is the claimant: "She walks…", "He denies…"
SUBJECT = re.compile(r"\W*(he|she|they)\b", re.I)
REPORTS_DENIAL = re.compile(r"\b(he|she|they)\s+(denies|denied)\b", re.I)
SEEN_IN = re.compile(r"\b(evident|observed|noted|seen|apparent|witnessed|displayed)\b", re.I)


def _affirmed(st: Statement, heard_as: str, said: list[tuple[str, str]]) -> tuple[str, str] | None:
    """A statement that the claimant denied or has none of something ("no falls", "denied
    any self-harm"), and an answer of theirs on it that says they have it: the question and
    answer. Not where the answer begins with a no."""
    head = HEADED.match(st.text)
    text = st.text[head.end() :] if head else st.text
    m = DENIES.search(text) or NOT_REPORTED.match(text) or HAS_NOT.search(text)
    if m is None or not (
        st.reported
        or SUBJECT.match(text)
        or REPORTS_DENIAL.search(text)
        or (
            # "No falls reported" (not "No sensory difficulties were evident": what was seen)
            re.match(r"\W*no\b", text, re.I) and not SEEN_IN.search(text)
        )
        or m.re in (NOT_REPORTED, HAS_NOT)
        or re.match(r"\W*there (is|was|were|has been|have been) no\b", text, re.I)
    ):
        return None
    rest = text[m.end() :]
    if m.re is HAS_NOT:  # (what it has not, not what follows: "…a bus for six months and…")
        rest = re.split(r",|;|\b(for|and|but|unless|since|as|because|which|when|in)\b", rest)[0]
    denied = _topic(m["what"] if m.re is NOT_REPORTED else rest) - DENIED_WORDS
    if not denied and head:  # "Memory: No problems reported."
        denied = _topic(head[1]) - DENIED_WORDS
    if not denied:
        return None
    trouble = re.search(r"problem|difficult|issue|concern", m[0], re.I)
    if m.re is HAS_NOT and any(
        _topic(sentence) & denied and NEGATED.search(sentence)
        for _, answer in said
        for sentence in re.split(r"[.;!?]", answer)
    ):
        return None  # "I don't use hearing aids" said too
    for question, answer in said:
        if NO_ANSWER.match(answer):
            continue
        # "Any thoughts of self-harm?" "Sometimes." (not "Can you raise your arms?" "Yes")
        # (or a question that is only the topic: "Fatigue?" "Awful.")
        asks = ASKS_HAVE.search(question) or (not trouble and len(_words(question)) <= 2)
        if _topic(question) & denied and asks and AFFIRM.match(answer):
            return question, answer
        # "Any problems with your vision?" "I had optic neuritis… it's still a bit blurry."
        # "denied any suicidal thoughts" against "Any thoughts of suicide?" "Some, not plans."
        # (an answer on its topic that says neither no nor fine)
        if (
            re.search(r"\bdenie[sd]\b", m[0], re.I)
            and _topic(question) & denied
            and ASKS_HAVE.search(question)
            and not FINE_ANSWER.match(answer)
            and not NO_IN_WORDS.match(answer)
        ):
            return question, answer
        # (or "How's your memory?" "Oh, it's patchy."; or only the topic: "Standing." "I get
        # dizzy if I stand still too long.")
        if (
            trouble
            and _topic(question) & denied
            and (
                TROUBLE_ASKED.search(question)
                or HOW_IS.search(question)
                # (a bare topic, answered with what is hard)
                or (
                    len(_words(question)) <= 2
                    and bool(STRUGGLES.search(answer) or qualifiers(answer))
                )
            )
            and not FINE_ANSWER.match(answer)
            # ("Yes, reading is fine.", "Sitting fine, it's standing.")
            and not FINE_FIRST.search(re.split(r"[.;!?]", answer)[0])
        ):
            return question, answer
        for clause in re.split(r"[.;!?]|,\s*(?:but|and)\b", answer):
            if not _topic(clause) & denied:
                continue
            # "I've fallen twice"; against "no difficulty", also "I can't be around people"
            if STRUGGLES.search(clause) if trouble else not NOT_SO.search(clause):
                return question, answer
    return None


# self-harm, as a report writes it and as an assessor asks it (and as the model can hear it:
# "thoughts on farming yourself", "any thought somehow in yourself")
SELF_HARM = re.compile(
    r"\bself[- ]?harm\w*|\bsuicid\w*|\bharm(ing)? (him|her|them)sel(f|ves)\b", re.I
)
ASKS_SELF_HARM = re.compile(
    r"\b(self[- ]?harm\w*|suicid\w*|\w*(harm|hurt|kill)\w* yourself|end(ing)? (your life|it all)|"
    r"better off (dead|without)|thoughts?\b[^?]{0,25}\b(yourself|your life))\b",
    re.I,
)


def _harm_affirmed(st: Statement, utterances: Sequence[Utterance]) -> tuple[str, str] | None:
    """The report has the claimant deny thoughts of self-harm or suicide, and the recording has
    them asked and not say no ("Any thoughts of harming yourself?" "Sometimes, not right
    now."), wherever it is: the question and answer."""
    m = DENIES.search(st.text)
    if m is None or not SELF_HARM.search(st.text[m.end() :]):
        return None
    for asked, i in _exchanges(utterances):
        answer = utterances[i].text
        if ASKS_SELF_HARM.search(asked.text) and not (
            NO_ANSWER.match(answer) or FINE_ANSWER.match(answer) or NO_IN_WORDS.match(answer)
        ):
            return asked.text, answer
    return None


def _denied(st: Statement, heard_as: str, said: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The question the statement's reported speech was asked as, and the claimant's "No": "Do
    you get any warning before a seizure?" "No, nothing." against "He reports he gets a warning
    aura before his seizures". Not for a statement that is itself a no."""
    topic = _topic(heard_as)
    # a statement that is itself a no, against a yes ("no sensitivity to sunlight" against
    # "Are you sensitive to light?" "Yes, sunlight brings on a rash.")
    answered = YES_ANSWER if NEGATIVE.search(st.text) else NO_ANSWER
    for question, answer in said:
        shared = len(topic & _topic(question)) + (answered is YES_ANSWER)
        # (a short question asks about one thing: "Do you get any warning?")
        short = len(question.split()) <= 6
        no = answered.match(answer) or (answered is NO_ANSWER and NO_IN_WORDS.match(answer))
        if no and shared >= (1 if short else 2):
            return question, answer
    return None


def _stopped(
    st: Statement,
    heard_as: str,
    said: Iterable[tuple[str, str]],
    stop: re.Pattern[str] | None = None,
    anything: bool = False,
) -> tuple[str, str] | None:
    """What the report says the claimant still does (or does for work or pleasure), and the
    answer where they said it has stopped: "currently uses morphine patches" against "I was on
    morphine patches, but I came off them"; "enjoys gardening" against "I used to do gardening,
    but I stopped last year". With ``anything``, whatever the report says they do."""
    # (with ``anything``, not what they can do: against "I used to", a limit is what was dropped)
    can = anything and ABLE.search(st.text)
    now = CURRENT.search(st.text) or (
        (LIFE.search(st.text) or anything) and not BEFORE.search(st.text) and not can
    )
    if not now or NEGATIVE.search(st.text):
        return None
    # (with ``anything``, the report's own words: not one the model may have heard for another,
    # "carry" for "care")
    topic = _topic(st.text if anything else heard_as) - GENERIC
    for question, answer in said:
        if AGAIN.search(answer):
            continue  # stopped, and started again: "I only got back on them last year"
        if (
            anything
            and not CURRENT.search(st.text)
            and any(comparable(q, h) for q in st.quantities for h in said_quantities(answer))
        ):
            continue  # it goes on, less: "I used to walk for miles. Now, ten minutes." (compared)
        for clause in re.split(r"[.;!?]|,\s*but\b", answer):
            # (with ``anything``, on its topic in the claimant's own words)
            where = clause if anything else question + " " + clause
            if (stop or STOPPED).search(clause) and topic & _topic(where):
                return question, answer
    return None


AGAIN = re.compile(
    r"\b(back on|went back|got back|started (it |them )?again|restarted|(re)?started (\w+ )?"
    r"last)\b",
    re.I,
)


# "I can't see the television properly", "I'm not allowed near the hob": said against what
# the report plainly has them do (with no help, aid or limit of its own)
CANT_DO = re.compile(
    r"\b((i|we) (can'?t|cannot|couldn'?t)|(i'?m|i am|he'?s|she'?s|he is|she is) not allowed|"
    r"(he|she) can'?t)\b(?! (remember|say|think|complain|wait|believe)\b)(?![^.?!]*\b(apart from|"
    r"except|other than|unless|only|without)\b)",
    re.I,
)
# the claimant says they do not do it, in so many words: "I don't even open the door to the
# driver", "I haven't been up the stairs since last winter" (not "I don't know")
DO_NOT = re.compile(
    r"(\b(i|we|they) (don'?t|do not|never|haven'?t|have not|didn'?t|did not)|\b(he|she)('s| has)? "
    r"never|\b(he|she) (doesn'?t|does not|hasn'?t|has not|didn'?t|did not))\b(?! (know|think|"
    r"remember|mind|want to bother|get|enjoy|feel|really)\b)(?![^.?!]*\b(apart from|except|"
    r"other than|unless|"
    r"only)\b)",
    re.I,
)


def _not_done(
    st: Statement, heard_as: str, said: Iterable[tuple[str, str]]
) -> tuple[str, str] | None:
    """What the report says the claimant does ("She regularly answers the door to delivery
    drivers"), and an answer where they say, on its topic, that they do not: the question and
    answer."""
    if NEGATIVE.search(st.text) or st.observation or OBSERVATION.search(st.text):
        return None
    if AVOIDS.search(st.text):  # "avoids the hob": the report says they do not either
        return None
    # (not what they can do: against "I can't", a limit is what was dropped; "uses buses
    # independently" says what they do)
    if CONSULTATION.search(st.text) or ABLE.search(st.text):
        return None
    topic = _topic(heard_as) - GENERIC
    said = list(said)
    if st.quantities and any(said_quantities(answer) for _, answer in said):
        return None  # how much or how often was said: the figures are compared
    for question, answer in said:
        clauses = re.split(r"[.;!?]|,\s*(?:but|and|so)\b|\bbut\b", answer)
        shared = [len(topic & _topic(clause)) for clause in clauses]
        for clause, n in zip(clauses, shared, strict=True):
            # "usually no warning at all" against "usually gets a warning"
            none_of = any(_stem(w) in topic for w in NONE_OF.findall(clause))
            others = max(
                (m for c, m in zip(clauses, shared, strict=True) if c is not clause), default=0
            )
            # (not where another clause says more of it: "I know how much things cost, but I
            # don't understand bills" against "understands the cost of everyday items")
            # (by a means the clause does not name: "cooks using a microwave" against "I can't
            # cook on the hob"; "cooks using the hob" against "I can't cook on the hob" is plain)
            means = re.search(r"\b(?:using|with (?:a|the|his|her))\b(.*)", heard_as, re.I)
            plain = not (
                st.qualifiers
                or INDEPENDENT.search(st.text)
                or HELPER_DOES.match(st.text)
                or BEFORE.search(st.text)  # "left her job two years ago"
                or (
                    means
                    and not any(
                        _topic(means[1]) & _topic(part) - GENERIC
                        and (CANT_DO.search(part) or DO_NOT.search(part))
                        for part in clause.split(",")
                    )
                )  # fmt: skip
            )
            cannot = plain and CANT_DO.search(clause)
            if n and (DO_NOT.search(clause) or none_of or cannot) and n > others:
                return question, answer
    return None


# a thing of the claimant's life beyond the activities: a dog, the gym, a class, a job
LIFE_THING = re.compile(
    r"dogs?|gym|pub|swimming|swim|club|class(es)?|church|football|golf|fishing|allotment|"
    r"volunteering|volunteers?|job|college|course|university|cinema|holidays?|bingo|choir",
    re.I,
)
# the assessor comes in to a claimant who stays seated, or is told the claimant does not come to
# the door ("Mum's in the front room. She doesn't get up to the door.")
DONT_GET_UP = re.compile(r"\b(please )?(don'?t|do not|no need to) get up\b|\bstay (where you are|"
                         r"sat|seated)\b|\b(she|he) (doesn'?t|does not|can'?t|cannot) (get up to|"
                         r"answer|get to|come to) the door\b", re.I)  # fmt: skip
# the claimant stands by pushing up with their hands, and the report's "without using her arms"
PUSHED_UP = re.compile(
    r"\bpush (myself |me )?(up|off)\b|\b(need|have) to (use|push (up )?with) (my|both) (hands|"
    r"arms)\b|\bpush up with\b",
    re.I,
)
NO_ARMS = re.compile(
    r"\bwithout (using |the use of |use of )?(his|her|their) (arms|hands)\b|\bwithout (using )?"
    r"(the )?arm ?rests\b",
    re.I,
)
# the report has the claimant let the assessor in
LET_IN = re.compile(
    r"\b(answered|opened|came to) the (front )?door\b|\blet (the assessor|me|us) in\b", re.I
)
# what the assessor says they saw, in a plain sentence: "She was observed to walk slowly"
OBSERVED = re.compile(r"\b(was|were) (observed|seen|noted)\b(?! (with|by|at|alone|in)\b)", re.I)
# the report says someone was not at the consultation
NOT_THERE = re.compile(
    r"\b(was|were) not (present|there|in attendance)\b|\bdid not (attend|come|join)\b|\b(was|"
    r"were) absent\b",
    re.I,
)
# the report has the claimant cope with people or change
COPES = re.compile(
    r"\bcopes? well\b|\bcomfortable (with|meeting|around)\b|\bno (difficulty|problems?) (with )?"
    r"(meeting|changes?|people)\b|\bgets on well with\b",
    re.I,
)
# what the report says they can or manage to do (not "independently": what they do)
ABLE = re.compile(r"\b(can|able to|manages?|copes?)\b", re.I)
AVOIDS = re.compile(r"\b(avoids?|avoided|avoiding|dislikes?|refuses?|stopped|no longer)\b", re.I)
# "no warning", "never any warning": the thing named is not there
NONE_OF = re.compile(r"\b(?:no|never any|never a)\s+(?:real\s+|proper\s+)?([a-z]{4,})\b", re.I)


# what has stopped, said by the claimant
# said in so many words (not "I was", "since the stroke")
GAVE_UP = re.compile(
    r"\b(i used to|(i|i've) (gave|given) (it |them |that )?up|(i|i've) stopped|(i|i've) quit|"
    r"no longer|not any ?more)\b",
    re.I,
)
STOPPED = re.compile(
    rf"{GAVE_UP.pattern}|\b(i was|(i|i've) (came|come) off|haven't (worked|been|done)|had to "
    r"(leave|give up|stop)|(left|lost) my job)\b",
    re.I,
)
# the report says it goes on now, or that it went on before
CURRENT = re.compile(r"\b(currently|continues to|still|at present)\b", re.I)
BEFORE = re.compile(r"\b(worked|previously|formerly|used to|was|were|had|ago|until)\b", re.I)


def _when(q: Quantity) -> bool:
    """How often said with no count: "every morning", "daily", "at weekends" (says when)."""
    words = re.findall(r"\d+|[a-z]+", q.text.lower())
    return q.kind == "frequency" and not any(
        w.isdigit() or w in WORD or w in _COUNTED for w in words
    )


_COUNTED = {"once", "twice", "times", "couple", "few"}  # a count with no number word


def _clock(minutes: int) -> str:
    """A time of day as said, in minutes after midnight or noon: 14:15 as 2:15."""
    return f"{(minutes // 60 % 12) or 12}:{minutes % 60:02d}"


def _measure(kind: str) -> str:
    """What a kind of figure measures: a volume is a weight (see ``comparable``)."""
    return "weight" if kind == "volume" else kind


_VAGUE = re.compile(
    r"\b(occasional(ly)?|now and (again|then)|from time to time|once in a while|rarely|seldom|"
    r"hardly ever)\b",
    re.I,
)


def _agreed(stated: Sequence[Quantity], heard: Sequence[Quantity]) -> set[int]:
    """The figures said that account for the statement's, one for each: of those a figure of
    the statement agrees with, the closest (the first when tied). "Prompted each morning…
    missing medication once a fortnight" against "rings me every morning… missing my tablets
    most days": every morning accounts for each morning, and most days is left to compare with
    once a fortnight."""
    used: set[int] = set()
    for q in stated:
        # (a figure in words that give no number, beside one that does, accounts for nothing:
        # "occasional incontinence, around once a month" against "maybe once or twice a week"
        # is once a month against it)
        if _VAGUE.search(q.text) and any(
            r.kind == q.kind and not _VAGUE.search(r.text) for r in stated
        ):
            continue
        agree = [j for j, p in enumerate(heard) if comparable(p, q) and not differs(q, p)]
        free = [j for j in agree if j not in used] or agree
        if free:
            used.add(min(free, key=lambda j: abs(math.log((heard[j].value + 1e-9) /
                                                          (q.value + 1e-9)))))  # fmt: skip
    return used


_PER = re.compile(r"\b(?:a|an|per|each|every)\s+(night|day|week|fortnight|month|year)\b", re.I)
_PER_LY = {"daily": "day", "nightly": "night", "weekly": "week", "fortnightly": "fortnight",
           "monthly": "month", "yearly": "year", "annually": "year"}  # fmt: skip
_PER_ADVERB = re.compile(rf"\b({'|'.join(_PER_LY)})\b", re.I)


def _per_same(q: Quantity, heard: Sequence[Quantity]) -> list[Quantity]:
    """The figures said to compare a frequency with: those said per the same stretch when there
    are any ("once a night" against "three or four times a night", not the "once a day" of a
    tablet said with it), else all of them (of a frequency: "for a week" is not one, and a
    bare "four" answering "how many days a week" says no stretch of its own)."""
    per = _per(q.text) if q.kind == "frequency" else None
    # (a day has its night: "checks his feet daily" against "every night")
    pers = {per, "night"} if per == "day" else {per}
    same = [p for p in heard if per and _per(p.text) in pers and comparable(p, q)]
    return same or list(heard)


def _per(text: str) -> str | None:
    """The stretch a frequency is per: "twice a day" and "once daily" are per day."""
    if m := _PER.search(text):
        return m[1].lower()
    m = _PER_ADVERB.search(text)
    return _PER_LY[m[1].lower()] if m else None


HEDGES = {"roughly", "approximately", "around", "about", "nearly", "almost", "some", "up"}


def _figure_words(st: Statement) -> set[str]:
    """The words of the statement's figures, and its hedges ("roughly once a fortnight"), as
    ``Index.missing`` gives them."""
    return {w.lower() for q in st.quantities for w in re.findall(r"[A-Za-z']+", q.text)} | HEDGES


def _said_instead(
    q: Quantity,
    heard: Sequence[Quantity],
    agreed: set[int] | frozenset[int] = frozenset(),
    steps: bool = False,
    besides: Sequence[Quantity] = (),
) -> Quantity | None:
    """The figure said that a figure of the statement departs from: of its kind (per the same
    stretch, for a frequency), when none of those agrees with it, the closest not accounted
    for by another of the statement's figures (``agreed``); None if none. With ``steps`` (the
    statement matched where it was said), steps said stand for a distance when no distance was
    said: "about ten steps" against "walks 20 metres". A figure said in the very words of
    another of the statement's (``besides``: "last year" in "a six-month admission last year")
    is that one's, not an agreement with this one."""
    pool = [p for p in _per_same(q, heard) if comparable(p, q)]
    if not pool and steps and q.kind == "distance":
        heard = [paces(p) for p in heard]
        pool = [p for p in heard if p.kind == "distance"]
    theirs = {r.text.lower() for r in besides}
    if any(not differs(q, p) for p in pool if p.text.lower() not in theirs):
        return None
    others = [p for j, p in enumerate(heard) if p in pool and j not in agreed]
    return min(others, key=lambda p: abs(p.value - q.value)) if others else None


def _changed(st: Statement, heard: list[Quantity]) -> str:
    """What the report says of a figure and what was said instead; "" if nothing departs."""
    for q in st.quantities:
        closest = _said_instead(q, heard)
        if closest is not None:
            return f"the report says {q.text}; what was said: {closest.text}"
    return ""


def _activity(st: Statement, scheme: str | None, context: str) -> Activity | None:
    if st.activity:
        found = next((a for a in ACTIVITIES if a.key == st.activity), None)
        if found:
            return found
    for text in (st.text, context):
        for a in activities_for(text):
            if scheme is None or a.scheme == scheme:
                return a
    return None


def _passage(u: Utterance) -> Passage:
    return Passage(u.start_s, u.end_s, (u.speaker,), u.text, " ".join(w.text for w in u.words))


# what was heard (a field of _Held) against what the report says of it, whether reported speech
# is held against it too, and why the recording rules the statement out
_HeardRule = tuple[str, re.Pattern[str], bool, str]
_HEARD_FIRST: tuple[_HeardRule, ...] = (
    ("companion", ALONE, True, "the report says nobody else was there, but someone with the "
     "claimant speaks in the recording"),
    ("nobody", WITH_SOMEONE, True, "the report has someone with the claimant, but asked who was "
     "with them, the claimant said nobody"),
    ("asked_again", NO_REPEAT, True, "the report says nothing needed repeating, but the claimant "
     "asks for it in the recording"),
    ("asked_stand", SAT_THROUGHOUT, True, "the report says the claimant sat throughout, but in "
     "the recording they ask to stand or lie down"),
    ("interpreted", NO_INTERPRETING, True, "the report says no interpreting was needed, but "
     "someone interprets for the claimant in the recording"),
    ("interrupted", NO_INTERRUPTION, True, "the report says the consultation was not "
     "interrupted, but it stops for a while in the recording"),
    ("lift", STAIRS_CLIMBED, True, "the report has the claimant climb the stairs, but in the "
     "recording they came up in the lift"),
)  # fmt: skip
_HEARD_BREAK: tuple[_HeardRule, ...] = (
    ("asked_break", NO_BREAK, True, "the report says no break was asked for, but the claimant "
     "asks for one in the recording"),
)  # fmt: skip
_HEARD_SEEN: tuple[_HeardRule, ...] = (
    ("speech_trouble", SPEECH_FINE, False, "the report heard clear speech, but in the recording "
     "the claimant's speech is said to be impaired"),
    ("breathless", NOT_BREATHLESS, False, "the report saw no breathlessness, but the claimant is "
     "out of breath in the recording"),
    ("pushed_up", NO_ARMS, False, "the report says the claimant stood without using their "
     "arms, but in the recording they push up with their hands"),
    ("cried", NO_DISTRESS, True, "the report saw no distress, but the claimant is in tears in "
     "the recording"),
)  # fmt: skip


@dataclass(frozen=True)
class _Held:
    """How the consultation was held, as its opening says, and who spoke up with the claimant."""

    by_phone: bool
    remote: bool  # by telephone or video
    in_room: bool  # greeted in the room, and nothing says it is a call
    companion: Utterance | None
    nobody: Utterance | None = None  # "Just me" when asked who is with them
    asked_again: Utterance | None = None  # "Sorry, can you say that again?"
    asked_break: Utterance | None = None  # "Could we stop for a minute?"
    said_time: int | None = None  # minutes past twelve, said as it opens ("just after 10")
    asked_stand: Utterance | None = None  # "Do you mind if I stand up for a bit?"
    closing_time: int | None = None  # minutes past twelve, said as it closes ("it's ten to")
    cried: Utterance | None = None  # "Sorry, I'm crying"
    # what the claimant was asked to show and declined or struggled with, and where someone
    # helped them in the room: (the words, the reply or the help)
    declined: tuple[tuple[str, Utterance], ...] = ()
    helped: tuple[tuple[str, Utterance], ...] = ()
    faces: Utterance | None = None  # "If you face me, I can lip read": no telephone call
    phone_said: bool = False  # the opening says it is by telephone, and nothing says video
    interrupted: Utterance | None = None  # "Give me a moment", "Sorry, I'm back"
    home_visit: bool = False  # the assessor thanks them for having them at home
    wheeled_in: Utterance | None = None  # "I see you've come in a wheelchair"
    interpreted: Utterance | None = None  # "My son is here to help with my English"
    video_said: bool = False  # the opening says it is by video (with a picture or not)
    breathless: Utterance | None = None  # "I can hear you're quite breathless"
    speech_trouble: Utterance | None = None  # "the words get jumbled", "his speech isn't good"
    # what the assessor asks the claimant to do or show, with what they said just before
    requests: tuple[str, ...] | None = None
    lift: Utterance | None = None  # "Thanks for coming up in the lift"
    stayed_seated: Utterance | None = None  # "Please don't get up" as the assessor comes in
    pushed_up: Utterance | None = None  # "I need to push up with both hands"
    memory_asked: bool = True  # "What year is it?", "Remember these three words"

    def times_said(self, st: Statement) -> list[tuple[str, int, int]]:
        """The report's start and end times of the consultation, each with the time said in the
        recording as it opens or closes, where one was: (which, stated, said)."""
        times = clock_times(st.text)
        if not times or not (CONSULTATION.search(st.text) or TIME_NOTE.match(st.text)):
            return []
        both = len(times) == 2
        starts, ends = STARTS.search(st.text), ENDS.search(st.text)
        out = []
        if self.said_time is not None and (both or (len(times) == 1 and starts)):
            out.append(("start", times[0], self.said_time))
        if self.closing_time is not None and (both or (len(times) == 1 and ends and not starts)):
            out.append(("end", times[-1], self.closing_time))
        return out

    def _heard_against(
        self, st: Statement, rules: tuple[_HeardRule, ...]
    ) -> tuple[str, Passage | None] | None:
        """The first rule whose utterance was heard and whose report wording the statement has."""
        for field, says, reported_too, why in rules:
            heard = getattr(self, field)
            if heard is not None and says.search(st.text) and (reported_too or not st.reported):
                return why, _passage(heard)
        return None

    def rules_out(self, st: Statement) -> tuple[str, Passage | None] | None:
        """Why the recording rules the statement out, and the passage that shows it. (What the
        claimant is reported to have said is compared with the words instead, but for who was
        there.)"""
        if ruled := self._heard_against(st, _HEARD_FIRST):
            return ruled
        if not self.memory_asked and MEMORY_TEST.search(st.text) and not st.reported:
            return ("the report gives the result of a memory or orientation test, but nothing in "
                    "the recording asks its questions", None)  # fmt: skip
        if self.stayed_seated is not None and LET_IN.search(st.text) and not st.reported:
            return ("the report has the claimant answer the door, but as the assessor comes in "
                    "they ask the claimant not to get up",
                    _passage(self.stayed_seated))  # fmt: skip
        if self.home_visit and AT_CENTRE.search(st.text) and not st.reported:
            return ("the report has the claimant at the assessment centre, but the consultation "
                    "was a home visit", None)  # fmt: skip
        if (
            self.wheeled_in is not None
            and re.search(r"\bwalked\b[^.]*\b(in|into|room)\b", st.text, re.I)
            and not st.reported
        ):
            return ("the report has the claimant walk in, but in the recording they came in a "
                    "wheelchair", _passage(self.wheeled_in))  # fmt: skip
        if ruled := self._heard_against(st, _HEARD_BREAK):
            return ruled
        if self.faces is not None and TELEPHONE.search(st.text) and CONSULTATION.search(st.text):
            return ("the report says the consultation was by telephone, but in the recording the "
                    "claimant sees the assessor's face", _passage(self.faces))  # fmt: skip
        if (
            self.requests is not None
            and not self.by_phone
            and not st.reported
            and FORMAL_EXAM.search(st.text)
            and not any(_topic(st.text) & _topic(r) for r in self.requests)
        ):
            return ("the report has an examination, but nothing in the recording asks the "
                    "claimant for it", None)  # fmt: skip
        if ruled := self._heard_against(st, _HEARD_SEEN):
            return ruled
        if not st.reported and (EXAMINED.search(st.text) or st.observation):
            topic = _topic(st.text)
            exam = re.search(r"\b(tested|examination|examined|correctly|presented|confrontation|"
                             r"when asked|asked to|on request|unaided|independently|without "
                             r"stopping)\b",
                             st.text, re.I) or EXAM_NOTE.search(st.text)  # fmt: skip
            for text, reply in self.declined:
                if len(topic & _topic(text)) >= (1 if exam else 2):
                    return ("the report has what the claimant was asked to show, but in the "
                            "recording they decline or struggle", _passage(reply))  # fmt: skip
            for text, helper in self.helped if UNAIDED.search(st.text) else ():
                # (being guided is about getting about: "found his way to the room")
                about = _GETTING_ABOUT if GUIDED.search(text) else frozenset()
                if topic & (_topic(text) | about):
                    return ("the report says the claimant did it unaided, but in the recording "
                            "they are helped", _passage(helper))  # fmt: skip
        for which, stated, said in self.times_said(st):
            if clock_apart(stated, said) > TIME_SAID_WITHIN:
                when = "opens" if which == "start" else "closes"
                return (f"the report gives {which} time {stated // 60:02d}:{stated % 60:02d}, "
                        f"but the time said as the consultation {when} is "
                        f"{(said // 60) or 12}:{said % 60:02d}", None)  # fmt: skip
        if st.reported:
            return None
        in_person = IN_PERSON.search(st.text) or (
            CONSULTATION.search(st.text) and FACE_TO_FACE.search(st.text)
        )
        if self.remote and in_person:
            how = "telephone" if self.by_phone else "video"
            return (f"the report has what needs the claimant in the room ({in_person[0]!r}), "
                    f"but the consultation was by {how}", None)  # fmt: skip
        if self.phone_said and re.search(r"\bvideo\b", st.text) and THIS_ONE.search(st.text):
            return ("the report says the consultation was by video, but as it opens the assessor "
                    "says it is by telephone", None)  # fmt: skip
        by_call = TELEPHONE.search(st.text) or re.search(r"\bvideo\b", st.text, re.I)
        if self.in_room and by_call and CONSULTATION.search(st.text):
            return ("the report says the consultation was a call, but the assessor greets the "
                    "claimant in the room", None)  # fmt: skip
        seen = SEEN.search(st.text)
        looked = st.observation or OBSERVATION.search(st.text) or SIGHT.search(st.text)
        # (not what happened another day: "She has walked into a lamp post on one occasion this
        # year", "He arrived in the UK from Syria in 2016")
        told = HISTORY.search(st.text) or any(q.kind in ("times", "year") for q in st.quantities)
        if self.by_phone and seen and looked and not told:
            return (f"the report observes what only being there could show ({seen[0]!r}), but "
                    "the consultation was by telephone", None)  # fmt: skip
        return None


# the same request again, for the other side: "And the right.", "Now the other hand."
THE_OTHER = re.compile(r"^\W*(and|now)?\s*(the|your)?\s*(other|right|left)\b[\w ]{0,15}\W*$", re.I)


def _declined(utterances: Sequence[Utterance]) -> tuple[tuple[str, Utterance], ...]:
    """What the assessor asks the claimant to show ("Could you pick up a coin for me?") where
    the next words of someone else decline or struggle ("Dropped it. Took me a couple of
    goes."): the request and the replies, with the reply that says so."""
    out = []
    for i, ask in enumerate(utterances):
        # a request to show it now, not a question of whether they can ("Could you pick
        # something up from the floor?")
        # (said now, or just before: "I'm going to ask you to do some movements now.")
        lead = utterances[i - 1].text if i and utterances[i - 1].speaker == ask.speaker else ""
        # (or just after: "Can you bend forward?" "Try and touch your toes.")
        then = utterances[i + 1] if i + 1 < len(utterances) else None
        follow = then.text if then is not None and then.speaker == ask.speaker else ""
        if not (ASKED_TO_SHOW.search(ask.text) and SHOW_NOW.search(f"{lead} {ask.text} {follow}")):
            continue
        replies: list[Utterance] = []
        for u in utterances[i + 1 : i + 5]:
            if u.speaker == ask.speaker:
                if replies and not THE_OTHER.search(u.text):
                    break
                continue  # the request goes on ("It's in 16 point.", "And the right.")
            replies.append(u)
        said = next((u for u in replies if DECLINED.search(u.text)), None)
        after = next((u for u in utterances[i + 1 : i + 5] if u not in replies), None)
        if said is None and after is not None and SKIPPED.search(after.text):
            said = after  # no answer, or none heard, and the assessor lets it go
        if said is None:  # the assessor says what they saw: "your feet got stuck"
            said = next(
                (u for u in utterances[i + 1 : i + 5]
                 if u.speaker == ask.speaker and SAW_STRUGGLE.search(u.text)),
                None,
            )  # fmt: skip
        if said is not None:
            # with what the assessor said just before ("I'd like to look at your shoulders.")
            before = (
                [utterances[i - 1].text] if i and utterances[i - 1].speaker == ask.speaker else []
            )
            out.append((" ".join(before + [ask.text] + [u.text for u in replies]), said))
    return tuple(out)


def _pardon(utterances: Sequence[Utterance]) -> Utterance | None:
    """A "Sorry?" or "Pardon?" of the claimant's on its own, just after a question of the
    assessor's, and the assessor asking again (as the model writes it, with no question mark:
    "Sorry.")."""
    for i in range(1, len(utterances) - 1):
        ask, reply, again = utterances[i - 1], utterances[i], utterances[i + 1]
        if (
            ask.speaker != reply.speaker
            and again.speaker == ask.speaker
            and "?" in ask.text
            and re.fullmatch(r"\W*(sorry|pardon|what|eh)\W*", reply.text, re.I)
        ):
            return reply
    return None


def _agreed_to_break(utterances: Sequence[Utterance]) -> Utterance | None:
    """The claimant's "Yes" when the assessor asks if they need a break."""
    for ask, reply in zip(utterances, utterances[1:], strict=False):
        if (
            OFFERED_BREAK.search(ask.text)
            and reply.speaker != ask.speaker
            and re.match(
                r"^\W*((actually|yes|yeah|please)\W+)*(yes|yeah|please)\b", reply.text, re.I
            )
        ):
            return reply
    return None


_ACTIVITY_WORDS = {a.key: {_stem(w) for w in a.words} for a in ACTIVITIES}
_ACTIVITY_STEMS = set().union(*_ACTIVITY_WORDS.values())


def check_report(
    statements: list[Statement],
    transcript: Transcript,
    recording_s: float,
    scheme: str | None = None,
) -> list[Finding]:
    index = Index(_windows(transcript))
    scheme = scheme or scheme_of(statements)
    findings: list[Finding] = []
    asked: set[str] = set()  # activities already reported as never asked about
    opening = " ".join(u.text for u in transcript.utterances[:OPENING])
    # the assessor greets them in the room, and nothing in the opening says it is a call
    in_room = bool(COME_IN.search(opening)) and not (
        TELEPHONE_OPENING.search(opening) or VIDEO_OPENING.search(opening)
    )
    faces = next((u for u in transcript.utterances[:OPENING] if FACES.search(u.text)), None)
    # (not at a home visit: "we spoke on the phone" is about another day)
    by_phone = bool(TELEPHONE_OPENING.search(opening) and not HOME_VISIT.search(opening)) or (
        not in_room
        and faces is None
        and any(TELEPHONE.search(st.text) and CONSULTATION.search(st.text) for st in statements)
    )
    if (HEARING_CHECK.search(opening) or CALL.search(opening)) and not (
        VIDEO.search(opening) or VIDEO_OPENING.search(opening) or in_room or FACES.search(opening)
    ):
        by_phone = by_phone or not any(VIDEO.search(st.text) for st in statements)
    # a video call with no picture is, for what can be seen, a telephone call
    no_picture = any(NO_PICTURE.search(u.text) for u in transcript.utterances)
    by_phone = by_phone or (no_picture and not in_room)
    remote = by_phone or bool(VIDEO_OPENING.search(opening) or AT_HOME.search(opening))
    in_room = in_room and not remote
    utterances = transcript.utterances

    @functools.cache
    def ages_said() -> tuple[Quantity, ...]:
        """Every age now said by someone other than the assessor (read once, when needed)."""
        return tuple(p for u in utterances if not index.asker or u.speaker != index.asker
                     for p in said_quantities(u.text) if p.kind == "age:now")  # fmt: skip

    companion = next((u for u in utterances if COMPANION.search(u.text)), None)
    if companion is None and utterances:
        # someone beside the claimant who speaks of them: "She was diagnosed in 2020", "I had to
        # remind her at 11" (twice at least, on the claimant's side)
        of_them = [u for u in utterances[1:] if u.speaker != utterances[0].speaker
                   and SPEAKS_OF_THEM.search(u.text)]  # fmt: skip
        companion = of_them[0] if len(of_them) >= 2 else None
    if companion is None and utterances:
        # the assessor speaks to two people: "Can you both see me?", "Thank you both"
        companion = next((u for u in utterances if u.speaker == utterances[0].speaker
                          and BOTH.search(u.text)), None)  # fmt: skip
    nobody = None
    opening_turns = utterances[:OPENING]
    for ask, reply in zip(opening_turns, opening_turns[1:], strict=False):  # who is with you?
        if WHO_WITH.search(ask.text) and reply.speaker != ask.speaker:
            named = NAMES_SOMEONE.search(reply.text)
            # "My wife's in the next room", "No, my son dropped me at the door"
            elsewhere = (named or re.match(r"\W*no\b", reply.text, re.I)) and ELSEWHERE.search(
                reply.text
            )
            if companion is None and named and not elsewhere:
                companion = reply
            elif (
                elsewhere
                or NOBODY.search(reply.text)
                or (BARE_NO.match(reply.text) and not ALONE_ASKED.search(ask.text))
                or (ALONE_ASKED.search(ask.text) and re.match(r"^\W*yes\b", reply.text, re.I))
            ):
                nobody = reply
    if nobody is None:
        nobody = next((u for u in opening_turns[1:] if u.speaker != opening_turns[0].speaker
                       and ON_MY_OWN.search(u.text)), None)  # fmt: skip
    asker = utterances[0].speaker if utterances else None  # the assessor opens
    claimant_said = [u for u in utterances if u.speaker != asker]
    held = _Held(
        by_phone,
        remote,
        in_room,
        companion,
        nobody if companion is None else None,
        next((u for u in claimant_said if ASKED_AGAIN.search(u.text)), None) or _pardon(utterances),
        next((u for u in claimant_said if ASKED_BREAK.search(u.text)), None)
        or _agreed_to_break(utterances),
        next((t for u in utterances[:OPENING] if (t := said_time(u.text)) is not None), None),
        next((u for u in claimant_said if ASKED_STAND.search(u.text)), None)
        or next((u for u in utterances if LYING.search(u.text)), None),
        next(
            (
                t
                for u in reversed(utterances[max(OPENING, len(utterances) - OPENING) :])
                if (t := said_time(u.text)) is not None
            ),
            None,
        ),
        next((u for u in claimant_said if CRIED.search(u.text)), None),
        _declined(utterances),
        # (with what was said just before: "Could you walk to the window for me?" "I'll try."
        # "I've got you.")
        tuple(
            (" ".join(v.text for v in utterances[max(0, i - 3) : i + 1]), u)
            for i, u in enumerate(utterances)
            if HELPED.search(u.text)
        ),  # fmt: skip
        None if by_phone else faces,
        bool(TELEPHONE_OPENING.search(opening))
        and not (VIDEO.search(opening) or VIDEO_OPENING.search(opening)),
        next((u for u in utterances if INTERRUPTED.search(u.text)), None),
        bool(HOME_VISIT.search(opening)),
        next((u for u in utterances[:OPENING] if WHEELED_IN.search(u.text)), None),
        next((u for u in claimant_said if INTERPRETS.search(u.text)), None),
        bool(VIDEO_OPENING.search(opening)),
        next((u for u in utterances if BREATHLESS.search(u.text)), None),
        next((u for u in claimant_said if SPEECH_TROUBLE.search(u.text)), None),
        tuple(
            " ".join(u.text for u in utterances[max(0, i - 1) : i + 2])
            for i, u in enumerate(utterances)
            if u.speaker == asker
            and (
                # (not a question of how far or how long they can: "How far can you walk?")
                (ASKED_TO_SHOW.search(u.text) and not HOW_FAR_CAN.search(u.text))
                or INSTRUCTED.search(u.text)
                or FORMAL_EXAM.search(u.text)
            )
        ),
        lift=next((u for u in utterances[:OPENING] if LIFT.search(u.text)), None),
        stayed_seated=next(
            (u for u in utterances[: 2 * OPENING] if DONT_GET_UP.search(u.text)),
            None,
        ),
        pushed_up=next((u for u in claimant_said if PUSHED_UP.search(u.text)), None),
        memory_asked=any(MEMORY_ASKED.search(u.text) for u in utterances),
    )
    for st in statements:
        # 5. what the recording rules out, by how the consultation was held and who spoke
        ruled_out = held.rules_out(st)
        if ruled_out is not None:
            detail, spoke = ruled_out
            findings.append(Finding("impossible", st.text, st.index, spoke, detail, 85.0, ""))
            continue
        # a test or measurement the report gives a result for, against the recording's
        departed = (
            bedside.sum_not_right(st.text, utterances)
            or bedside.sevens_not_right(st.text, utterances)
            or bedside.measurement_otherwise(st.text, utterances)
            or bedside.memory_not_right(st.text, utterances)
        )
        if departed is not None:
            cite = _passage(departed.said) if departed.said is not None else None
            weight = 85.0 if departed.kind == "impossible" else 70.0
            findings.append(Finding(departed.kind, st.text, st.index, cite, departed.detail,
                                    weight, ""))  # fmt: skip
            continue
        if held.nobody is not None and ALONE.search(st.text) and not st.quantities:
            # "She attended alone", "Present: claimant only", against "Is anyone with you?" "No."
            # (someone with them who spoke is ruled out above)
            detail = "asked who was with them, the claimant said nobody"
            findings.append(
                Finding("supported", st.text, st.index, _passage(held.nobody), detail, 5.0, "")
            )
            continue
        if HELD.search(st.text) and not (st.quantities or st.reported or clock_times(st.text)):
            # how the consultation was held: borne out by how it opens, not a claim about an
            # activity to hold what was said against
            held_so = (
                (TELEPHONE.search(st.text) and held.by_phone)
                or (re.search(r"\bvideo\b", st.text, re.I) and held.remote
                    and (not held.by_phone or held.video_said))
                or (FACE_TO_FACE.search(st.text) and held.in_room)
                or (re.search(r"\bhome\b", st.text, re.I)
                    and (re.search(r"\byour home\b", opening, re.I) or held.home_visit))
            )  # fmt: skip
            if held_so:
                detail = "how the consultation opens bears this out"
                findings.append(Finding("supported", st.text, st.index, None, detail, 5.0, ""))
            continue
        if ATTENDANCE.search(st.text) and not st.quantities:
            # who came with the claimant: a detail of the consultation, borne out when the
            # recording has them (a companion introduced or speaking), not a claim about an
            # activity; a companion who never spoke cannot be ruled out
            if NOT_THERE.search(st.text):  # "Her partner was not present": not borne out by them
                if held.companion is not None:
                    detail = ("the report says they were not there, but someone with the "
                              "claimant speaks in the recording")  # fmt: skip
                    spoke = _passage(held.companion)
                    findings.append(
                        Finding("impossible", st.text, st.index, spoke, detail, 85.0, "")
                    )
                continue
            people = [w for w in _words(st.text) if _stem(w) in PEOPLE]
            ranked = index.ranked(" ".join(people)) if people else []
            # (someone with them who spoke, or named as the consultation opens: not a mother
            # spoken of later, "Usually it's just to my mom's")
            named_then = held.companion is not None or any(
                {_stem(w) for w in people} & {_stem(w) for w in _words(u.text)}
                for u in utterances[: 2 * OPENING]
            )
            if ranked and index.heard_any(tuple(people)) and named_then:
                findings.append(
                    Finding(
                        "supported",
                        st.text,
                        st.index,
                        index.items[ranked[0][1]],
                        f"the recording has the claimant's {' or '.join(people)}",
                        5.0,
                        "",
                    )  # fmt: skip
                )
            continue
        # the statement in the words the model wrote, without the claimant's name ("Mr Price"
        # says nothing about what the statement is about)
        heard_as = index.heard_as(NAMED.sub("", st.text))
        times = clock_times(st.text)
        best, score = index.best(heard_as)
        passage = index.items[best] if best is not None else None
        said_answers = index.said_about(heard_as, best) if best is not None else []
        # what the report has the claimant say, or do in their life (reported speech, or a plain
        # "She volunteers at a charity shop"), not what the assessor saw or the consultation
        claimed = st.reported or (
            not (st.observation or OBSERVATION.search(st.text) or CONSULTATION.search(st.text))
            and not times
            # a life the report gives them (work, a hobby, a class), not an activity the
            # assessment is about, which the model may have misheard
            and bool(LIFE.search(st.text) or OUT_AND_ABOUT.search(st.text))
            and (
                # none of its words heard (most of them, when it gives no figure to compare: "at
                # weekends" says when)
                index.none_heard(heard_as, all(WEEKDAY.search(q.text) for q in st.quantities))
                # or a pastime most of whose words were never said, and no figure of its kind
                # said where it matched best ("She attends a weekly book club"; not "attends the
                # day centre five days a week" where three days were said)
                or (
                    bool(PASTIME.search(st.text))
                    and index.none_heard(heard_as, True)
                    and not any(
                        comparable(p, q)
                        for p in _figures(said_answers, heard_as, all_kinds=True)
                        for q in st.quantities
                    )
                )
            )
        )
        said = " ".join(a for _, a in said_answers)
        activity = _activity(st, scheme, said)
        title = activity.title if activity else ""
        found = False
        came = _came_otherwise(st, utterances)
        if came is not None:  # "He drove himself to the assessment" "My dad drove me."
            findings.append(_answered_otherwise(st, passage, came, title))
            continue
        # 5. what the report says the claimant did correctly when asked in the consultation
        # ("correctly calculated the change"), against an answer that did not know
        unsure = (
            next(
                ((q, a) for q, a in said_answers
                 if UNSURE.search(a) and _topic(q) & _topic(heard_as) - GENERIC),
                None,
            )
            if CORRECTLY.search(st.text) and (not st.reported or WHEN_ASKED.search(st.text))
            else None
        )  # fmt: skip
        if unsure is not None:
            detail = (f"the report says the claimant got it right; asked {unsure[0]!r}, they "
                      f"answered {unsure[1]!r}")  # fmt: skip
            findings.append(Finding("impossible", st.text, st.index, passage, detail, 85.0, title))
            continue
        # 3. what the report says goes on that the claimant said has stopped: never said
        # (on its topic, where the statement matched best or nearly: "still smokes ten a day"
        # is nearest the inhalers' "ten times a day", then "Do you smoke?" "I gave up")
        # (read only for a statement that says it goes on)
        nearly = (qa for _, i in index.ranked(heard_as)[:3] for qa in index.answers(heard_as, i))
        stopped = (
            None
            if st.observation
            else _stopped(st, heard_as, said_answers)
            or _stopped(st, heard_as, nearly, GAVE_UP)
            # (anything it says they do, against "I used to", "I gave up", where it matched)
            or _stopped(st, heard_as, said_answers, GAVE_UP, anything=True)
            or _not_done(st, heard_as, said_answers)
            or _waiting(st, utterances)
            or _not_driving(st, utterances)
            or _state_otherwise(st, utterances)
        )
        if stopped is not None:
            findings.append(_answered_otherwise(st, passage, stopped, title))
            continue
        # 4. a topic the report covers that never came up: none of its activity's words is
        # heard (not for the assessor's own observations or the consultation's details)
        # (the activity the report's own words are about, not one read from what was said;
        # not a history, whose words may be an activity's by chance: "ileostomy formed in 2020",
        # "left the armed forces in 2010")
        if (
            activity is not None
            and activity == _activity(st, scheme, "")
            # (named by a heading, or by two of its words: not "a safe place" alone)
            and (
                st.activity
                or len({_stem(w) for w in _words(st.text)} & _ACTIVITY_WORDS[activity.key]) >= 2
            )
            and activity.key not in asked
            and not HISTORY.search(st.text)
            and not ATTENDANCE.search(st.text)
            and not st.observation
            and not times
            and not claimed  # what the report has the claimant say or do, unheard: "never said"
            and index.unheard(heard_as)
            and not index.heard_any(activity.words)
        ):
            asked.add(activity.key)
            findings.append(
                Finding(
                    "never_asked",
                    st.text,
                    st.index,
                    None,
                    f"the report covers {activity.title}, but nothing in the recording is about "
                    f"it (none of: {', '.join(activity.words[:6])}…)",
                    65.0,
                    title,
                )  # fmt: skip
            )
            found = True
        # 5. what the recording itself rules out
        impossible = []
        for q in st.quantities:
            if (
                q.kind == "duration"
                and (st.observation or OBSERVATION.search(st.text))
                and not CONSULTATION.search(st.text)
                and q.value * 60 > recording_s + 60
            ):
                impossible.append(
                    (
                        f"the report observes {q.text}, but the whole recording lasts "
                        f"{clock_text(recording_s)}",
                        90.0,
                    )  # fmt: skip
                )
        stated: float | None = None
        if len(times) >= 2 and (
            re.search(r"\b(start|began|begin|commenc|finish|end|conclud|until|to)", st.text, re.I)
            or CONSULTATION.search(st.text)
        ):
            stated = (times[1] - times[0]) % (24 * 60)  # minutes; past midnight wraps
            if stated > 12 * 60:  # times in words say no morning or afternoon
                stated -= 12 * 60
        elif CONSULTATION.search(st.text) and not st.reported:
            # "the consultation lasted 50 minutes", "throughout the 40 minute consultation"
            lengths = [q.value for q in st.quantities if q.kind == "duration"]
            stated = lengths[0] if len(lengths) == 1 else None
        # (not when the times said as it opens and closes bear the report's out: then it is the
        # recording's length, not the report, that differs, and verifying it says whether any
        # of it is missing)
        said_times = held.times_said(st)  # each agrees, or the recording ruled it out above
        if len(said_times) == 2:
            stated = None
        elif stated and not times and held.said_time is not None and held.closing_time is not None:
            # "The consultation lasted 20 minutes": against the times said as it opens and closes
            span = (held.closing_time - held.said_time) % (12 * 60)
            said_at = f"{_clock(held.said_time)} and {_clock(held.closing_time)}"
            if abs(span - stated) <= 5:
                detail = f"the times said in the recording bear this out ({said_at})"
                findings.append(Finding("supported", st.text, st.index, None, detail, 5.0, ""))
            else:
                detail = (f"the report gives a consultation of {stated:g} minutes; the times said "
                          f"in the recording, {said_at}, are {span} minutes apart")  # fmt: skip
                findings.append(Finding("impossible", st.text, st.index, None, detail, 80.0, title))
            continue
        # an end time only, and the time said as it opens (none as it closes): the recording is
        # the whole consultation, so it ends about as long after that as the recording lasts
        if (
            len(times) == 1
            and not stated
            and CONSULTATION.search(st.text)
            and ENDS.search(st.text)
            and not STARTS.search(st.text)
            and not st.reported
            and held.said_time is not None
            and held.closing_time is None
        ):
            after = (times[0] - held.said_time) % (12 * 60)
            if abs(after * 60 - recording_s) > max(900, 0.5 * recording_s):
                impossible.append(
                    (
                        f"the report has the consultation end at {_clock(times[0])}, {after} "
                        f"minutes after the time said as it opens ({_clock(held.said_time)}); "
                        f"the recording of it lasts {clock_text(recording_s)}",
                        80.0,
                    )
                )
        if stated and abs(stated * 60 - recording_s) > max(300, 0.2 * recording_s):
            impossible.append(
                (
                    f"the report gives a consultation of {stated:g} minutes; the recording of it "
                    f"lasts {clock_text(recording_s)}",
                    80.0,
                )  # fmt: skip
            )
        for detail, weight in impossible:
            findings.append(Finding("impossible", st.text, st.index, None, detail, weight, title))
        if impossible:
            continue  # what the recording rules out is not then compared with what was said
        if said_times:  # the consultation's times, as said in it: nothing else to compare
            said_at = ", ".join(_clock(t) for _, _, t in said_times)
            findings.append(Finding("supported", st.text, st.index, None,
                                    f"the times said in the recording bear this out ({said_at})",
                                    5.0, ""))  # fmt: skip
            continue
        # an age now, said once anywhere ("I'm 41 now"), against the report's ("He is 45")
        aged = next((q for q in st.quantities if q.kind == "age:now"), None)
        said_age = _said_instead(aged, ages_said()) if aged else None
        if aged and said_age:
            detail = f"the report says {aged.text}; what was said: {said_age.text}"
            cite = next((p for p in index.items if said_age.text in p.heard), None)
            findings.append(Finding("number_changed", st.text, st.index, cite, detail, 70.0, title))
            continue
        # 3. reported speech never said: its own words are not in the recording
        missing = index.missing(heard_as)
        never: Finding | None = None  # held back while a paraphrase is compared on its topic
        matched: list[tuple[str, str]] = []
        if passage is None or score < NEVER_SAID_BELOW or (claimed and index.unheard(heard_as)):
            if not claimed:
                # a medicine by a name the model did not write: its doses against those said
                if dosed := _dose_finding(st, utterances, missing, title):
                    findings.append(dosed)
                continue
            detail = "nothing in the recording resembles this reported speech"
            if missing:
                detail += f" (never said: {', '.join(missing)})"
            never = Finding("never_said", st.text, st.index, passage, detail, 60.0, title)
            own = _activity(st, scheme, "")  # by its heading or its own words only
            content = _topic(heard_as) - WORD.keys()  # "two mornings": the figure is not the topic
            # a paraphrase keeps some of what was said; a statement none of whose own words
            # were heard is not compared with whatever else was said on its activity
            best = None
            # (or it states a figure: what was said of that is compared; "on Saturdays" says
            # when, not how much)
            measured = any(not WEEKDAY.search(q.text) for q in st.quantities)
            paraphrase = (
                len(missing) < len(content)
                or (measured and len(missing) <= 2)
                or INDEPENDENT.search(st.text)
            )
            # the topic came up: a word of its activity was heard
            # (not a life the report gives them that was never spoken of: "She enjoys going to
            # the cinema with friends" is no summary of what was said about going out)
            if own is not None and index.heard_any(own.words) and paraphrase and st.reported:
                best, score = index.best(" ".join(own.words))
            if best is None or own is None:
                # a figure reported where the statement matched, in words the model misheard
                # ("how far can you go?" "about 30 metres" against "able to walk 50 metres"):
                # the figure said is compared, and the words never said are noted with it
                changed = (
                    _changed(st, _figures(said_answers, heard_as))
                    if measured and st.reported and passage is not None
                    and len(set(missing) - _figure_words(st)) <= 2
                    and score >= NEVER_SAID_BELOW and not LIFE.search(st.text)
                    else ""
                )  # fmt: skip
                if changed:
                    detail = f"{changed}; the report's words {', '.join(missing)} were never said"
                    findings.append(
                        Finding("number_changed", st.text, st.index, passage, detail, 70.0, title)
                    )
                else:
                    findings.append(never)
                continue
            # the report's words were never said, but its topic came up: what was said about
            # the topic is compared with the statement (a limit dropped in the summary)
            activity = own
            passage = index.items[best]
            matched = said_answers  # where the statement itself matched best, if anywhere
            said_answers = index.answers(" ".join(activity.words), best)
            said = " ".join(a for _, a in said_answers)
            title = activity.title
        # 1. numbers: what was said on the topic, not in the question or a neighbouring answer.
        # A figure said that one of the statement's figures agrees with is accounted for: it is
        # not also held against the statement's other figures ("twice a day… forgets most days")
        heard = _heard_figures(
            index, st, heard_as, said_answers, matched if never is not None else None, activity
        )
        agreed = _agreed(st.quantities, heard)
        for q in st.quantities:
            if q.kind == "clock" and CONSULTATION.search(st.text):
                continue  # the consultation's own times: against those said in it, above
            besides = [r for r in st.quantities if r is not q and r.text.lower() != q.text.lower()]
            closest = _said_instead(q, heard, agreed, steps=never is None, besides=besides)
            if closest is not None:
                detail = f"the report says {q.text}; what was said: {closest.text}"
                worth = None
                if q.kind == "distance":
                    worth = compare_distances(q.value, closest.value)
                elif q.kind == "duration" and re.search(
                    r"\b(sit|sitting|sat|stand|standing|stood)\b", st.text, re.I
                ):
                    worth = compare_durations(q.value, closest.value)
                if worth:
                    detail += f" ({worth})"
                weight = 70.0 + (25.0 if worth else 0.0)
                findings.append(
                    Finding("number_changed", st.text, st.index, passage, detail, weight, title)
                )
                found = True
        if not found and (dosed := _dose_finding(st, utterances, missing, title)):
            findings.append(dosed)  # a medicine by a name the model did not write
            found = True
        # 2. qualifiers said on the topic but not in the statement (not in its history: "He
        # injured his back three years ago" need not say what the injury stops him doing)
        # what the claimant was asked and answered no to (used twice below)
        # (what the report has them say, or a plain "He gets a warning before his seizures")
        denied = (
            _denied(st, heard_as, said_answers)
            if claimed
            or (
                SUBJECT.match(st.text)
                and not (st.observation or st.qualifiers)
                and not (NEGATIVE.search(st.text) or HISTORY.search(st.text))
            )
            else None
        )
        covered = set(st.qualifiers).union(*(COVERS.get(q, ()) for q in st.qualifiers))
        history = bool(HISTORY.search(st.text)) and not ABILITY.search(st.text)
        # a medicine and how often it is taken: the regimen, not how the claimant manages it
        regimen = (
            (MEDICINE.search(st.text) or MEDICATION_NOTE.search(st.text))
            and any(q.kind in ("frequency", "dose") for q in st.quantities)
            and not MANAGES.search(st.text)
        )
        history = history or bool(regimen)
        # where and with whom the consultation was: no activity to drop a qualifier from
        setting = (
            bool(CONSULTATION.search(st.text) or SETTING.match(st.text) or TIME_NOTE.match(st.text))
            and not ABILITY.search(st.text)
            and not MOVED.search(st.text)  # "walked from reception to the assessment room"
            and not st.quantities
        )
        # what someone else does for them: the help is the statement ("Her husband cuts up her
        # meat for her")
        helper = HELPER_DOES.match(st.text) is not None
        history = history or setting or helper
        dropped = [] if history else [q for q in qualifiers(said) if q not in covered]
        cannot = (  # a plain claim of what they can do: no figure, no limit, no "but"
            next(((q, a) for q, a in said_answers if CANNOT.search(a)), None)
            if not history
            and never is None
            and not (st.reported and denied)
            and not st.quantities
            and not st.qualifiers
            and CAN.search(st.text)
            and not re.search(r"\bbut\b", st.text, re.I)
            # ("without difficulty", "without help": the claim made stronger, not a negative)
            and not NEGATIVE.search(UNAIDED_CLAIM.sub("", st.text))
            else None
        )
        if (
            cannot is not None
            and any(
                FLAT_CANNOT.search(c)
                and not LIMITED.search(c)
                # (a bare "No." to the question, or "I can't" of what the statement says: not
                # "I can't open jars" against "able to prepare a meal")
                and (
                    (k == 0 and re.match(r"\W*(no|not really|not (very )?well|badly)\b", c, re.I))
                    or _topic(c) & _topic(st.text) - GENERIC
                )
                for k, c in enumerate(re.split(r"(?<=[.;!?])\s+", cannot[1]))
            )
            # (said to be able: not "eats independently", where help said is the limit dropped)
            and re.search(r"\b(can|able to|copes?)\b", st.text, re.I)
        ):
            # "She is able to put on her own socks" against "Socks and shoes I can't do": the
            # report has them able to do what they said they cannot, which they never said
            findings.append(_answered_otherwise(st, passage, cannot, title))
            continue
        if cannot is not None:
            # "He can walk to the shop" against "I can, but not every day": a limit dropped
            dropped.append("can't do it")
        # the report has the claimant deny what they said they have ("He reported no falls",
        # "denied any thoughts of self-harm", against "I've fallen twice", "I've had thoughts")
        affirmed = (
            (_affirmed(st, heard_as, said_answers) or _harm_affirmed(st, utterances))
            if never is None
            # (an observation that reports a denial: "Mental state: he denies any thoughts of
            # self-harm")
            and (
                not (st.observation or OBSERVATION.search(st.text))
                or REPORTS_DENIAL.search(st.text)
            )
            else None
        )
        if affirmed is not None:
            findings.append(_answered_otherwise(st, passage, affirmed, title))
            continue
        if (
            dropped
            and score >= NEVER_SAID_BELOW * 1.5
            and "distress" in dropped
            and COPES.search(st.text)
            and never is None
        ):
            # "copes well with changes to his routine" against "I can't cope when plans change,
            # I panic": the report has them say the opposite of what they said
            # (quoting the answer that says so, with its question)
            upset = next(((q, a) for q, a in said_answers if "distress" in qualifiers(a)), None)
            findings.append(_answered_otherwise(st, passage, upset or ("", said), title))
            continue
        observed = (
            # (said to be seen, not only a thing done in the room: "walked from the car park
            # without stopping" may be what the claimant told)
            (OBSERVATION.search(st.text) or OBSERVED.search(st.text))
            and not st.reported
            and not REPORTS_DENIAL.search(st.text)
        )
        # (someone being there rules out only what was seen done alone)
        alone = UNAIDED.search(st.text) or re.search(r"\balone\b", st.text, re.I)
        against = [q for q in dropped if q != "accompanied" or alone]
        if (
            against
            and observed
            and score >= NEVER_SAID_BELOW * 1.5
            and not ATTENDANCE.search(st.text)
            and not WITH_SOMEONE.search(st.text)
        ):
            # what the assessor says they saw, against the recording of it: "walked from the
            # waiting area without stopping" where the claimant says they had to stop twice
            detail = "the report observes it, but in the recording: " + ", ".join(dropped)
            findings.append(Finding("impossible", st.text, st.index, passage, detail, 85.0, title))
            continue
        # (not attending elsewhere alone: "attends the clinic on his own")
        today = ATTENDANCE.search(st.text) and not (
            ATTENDS_ELSEWHERE.search(st.text)
            and (UNAIDED.search(st.text) or re.search(r"\balone\b", st.text, re.I))
        )
        if dropped and score >= NEVER_SAID_BELOW * 1.5 and not today:
            detail = "said but not in the report: " + ", ".join(dropped)
            weight = 50.0 + 5 * len(dropped)
            descriptor = worth_of_qualifiers(activity, dropped) if activity else None
            if descriptor and activity:
                detail += (
                    f" ({activity.title}: if that holds on most days it points to descriptor "
                    f"{descriptor.letter}, {descriptor.points} points: {descriptor.text})"
                )
                weight += descriptor.points
            findings.append(
                Finding("qualifier_dropped", st.text, st.index, passage, detail, weight, title)
            )
            found = True
        if never is not None:
            departures = [f for f in findings if f.statement_index == st.index]
            # (and with it, when what the statement names beyond the activity was never said:
            # "walks her dog in the park", where walking came up and the dog and the park did not)
            beyond = [w for w in missing if _stem(w) not in _ACTIVITY_STEMS]
            # (not a figure: that is compared; how often says when, "every morning"; nor where
            # a figure said on it was found changed)
            if not departures or (
                len(beyond) >= 2
                and all(_when(q) for q in st.quantities)
                and not any(f.kind == "number_changed" for f in departures)
            ):
                findings.append(never)
            elif missing:  # the departure found on the topic says it; the wording is noted with it
                for i, f in enumerate(findings):
                    if f.statement_index == st.index:
                        findings[i] = replace(
                            f,
                            detail=f.detail + f"; the report's words {', '.join(missing)} "
                            "were never said",
                        )
            continue
        if not found and denied is not None:
            findings.append(_answered_otherwise(st, passage, denied, title))
            continue
        # reported speech whose thing of their life was never said ("walks his dog twice a
        # day", "goes to the gym"), though the rest was: never said, not borne out
        thing = next((w for w in missing if LIFE_THING.fullmatch(w)), None)
        if (
            not found
            and thing
            and (
                (st.reported and score >= SUPPORTED_ABOVE and said)
                # (or that the report gives them plainly, "He goes to the gym three times a week",
                # wherever it matched)
                or (
                    SUBJECT.match(st.text)
                    and not (st.observation or OBSERVATION.search(st.text))
                    and not BEFORE.search(st.text)  # "She left her job two years ago"
                )
            )
        ):
            detail = f"the report's {thing!r} was never said"
            findings.append(Finding("never_said", st.text, st.index, passage, detail, 60.0, title))
            continue
        # (or that the report gives them plainly, "She walks her dog daily": a qualifier said
        # of walking in general is no finding on a dog never spoken of)
        if (
            found
            and thing
            and SUBJECT.match(st.text)
            and not (st.observation or OBSERVATION.search(st.text))
            and all(
                f.kind == "qualifier_dropped" for f in findings if f.statement_index == st.index
            )
        ):
            findings[:] = [f for f in findings if f.statement_index != st.index]
            detail = f"the report's {thing!r} was never said"
            findings.append(Finding("never_said", st.text, st.index, passage, detail, 60.0, title))
            continue
        if not found and score >= SUPPORTED_ABOVE and said:
            findings.append(
                Finding(
                    "supported",
                    st.text,
                    st.index,
                    passage,
                    "the recording bears this out",
                    10.0 * score,
                    title,
                )  # fmt: skip
            )
    return sorted(findings, key=lambda f: (-f.weight, f.statement_index))


__all__ = ["Finding", "Passage", "check_report", "claims", "passages", "scheme_of"]
