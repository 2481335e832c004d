"""What the assessor tests or measures in the consultation, and what the recording says came of it.

A report often gives a result: "he correctly calculated the change from £5 for an item costing
£3.50", "serial sevens were completed accurately", "blood pressure 128/76, pulse 72". When the
test is in the recording the result can be worked out from it (£5 less £3.50 is £1.50: did the
claimant say so?); when a measurement is in the report but nothing in the recording takes it, it
was not taken in this consultation. Each reader here returns what the recording says instead, with
the utterance that says it, or None when the recording bears the report out or cannot tell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from twindeck.report.quantities import NUMBER, number
from twindeck.transcribe.model import Utterance

ANSWER_TURNS = 4  # utterances after a question in which its answer is looked for


@dataclass(frozen=True)
class Departure:
    kind: str  # "impossible" or "number_changed"
    detail: str
    said: Utterance | None


# ---- sums of money: "If something costs £3.50 and you give £5, how much change would you get?"

_AMOUNT_WORDS = rf"(?:{NUMBER}|a)"
# "£3.50", "£3 .50" (as the model writes it), "£3", "3 pounds 50", "three pounds fifty",
# "a pound fifty", "fifty p", "50 pence"
_MONEY = re.compile(
    rf"£\s?(?P<sign>\d+(?:\s?\.\s?\d\d)?)|\b(?P<pounds>\d+|{_AMOUNT_WORDS})\s+(?:pounds?|quid)"
    rf"(?:\s+(?:and\s+)?(?P<pence>\d\d?|{NUMBER})(?:\s*(?:p|pence)\b)?(?!\s*(?:pounds?|quid)))?|"
    rf"\b(?P<only>\d\d?|{NUMBER})\s?(?:p|pence)\b",
    re.I,
)
# two figures with no unit, as change is said: "one fifty", "six fifty"
_BARE_PAIR = re.compile(rf"\b(?P<a>\d|{NUMBER})\s+(?P<b>\d\d|{NUMBER})\b", re.I)
_CHANGE_ASKED = re.compile(r"\bchange\b|\b(get|have) back\b", re.I)
_SEVENS_ASKED = re.compile(
    r"\b(count(ing)? (backwards?|down)\b[^.?!]*\b(sevens?|7s?)\b|serial sevens|take (away )?"
    r"(seven|7) (away )?from (a |one )?(hundred|100))",
    re.I,
)
_RIGHT = re.compile(
    r"\b(correct(ly)?|accurate(ly)?|without (any )?(error|mistakes?)|completed|successfully|"
    r"(was|were) able to (calculate|work out|count|subtract|give)|(calculated|worked out|counted) "
    r"(the )?change)\b",
    re.I,
)
_NOT_RIGHT = re.compile(
    r"\b(not|unable|could ?n[o']t|cannot|can'?t|failed|incorrect(ly)?|errors? (in|with)|"
    r"struggled|difficulty|mistakes? (in|with|at))\b",
    re.I,
)
_CHANGE_STATEMENT = re.compile(r"\bchange\b|\b(budget\w*|money|sum|arithmetic)\b", re.I)
_SEVENS_STATEMENT = re.compile(
    r"\b(serial sevens|sevens|serial 7s|count(ed|ing)? backwards?|subtract\w*)\b", re.I
)


_SEVENS = {100 - 7 * k for k in range(15)}


def _value(text: str) -> float | None:
    said = number(text.strip())
    if said is None and text.strip().lower() == "a":
        return 1.0
    return None if said is None or said[0] != said[1] else said[0]


def amounts(text: str) -> list[float]:
    """Every sum of money in ``text``, in pounds."""
    found = []
    for m in _MONEY.finditer(text):
        if m["sign"]:
            found.append(float(re.sub(r"\s", "", m["sign"])))
        elif m["pounds"]:
            pounds, pence = _value(m["pounds"]), _value(m["pence"]) if m["pence"] else 0.0
            if pounds is not None and pence is not None and pence < 100:
                found.append(pounds + pence / 100)
        elif (pence := _value(m["only"])) is not None:
            found.append(pence / 100)
    return found


def _said_amounts(text: str) -> list[float]:
    """Sums as an answer may give them: with a unit, or as two bare figures ("one fifty")."""
    found = amounts(text)
    for m in _BARE_PAIR.finditer(text):
        a, b = _value(m["a"]), _value(m["b"])
        if a is not None and b is not None and b < 100 and b % 5 == 0:
            found.append(a + b / 100)
    for m in re.finditer(rf"\b(\d+(?:\.\d\d)?|{NUMBER})\b", text, re.I):
        if m[1].lower() != "a" and (bare := _value(m[1])) is not None:
            found.append(bare)
    return found


def _answer(utterances: Sequence[Utterance], i: int) -> list[Utterance]:
    """The utterances that answer the question at ``i``: the other side's, until the asker goes on
    to something else (a word of encouragement, "keep going", does not end it)."""
    asker = utterances[i].speaker
    said: list[Utterance] = []
    for u in utterances[i + 1 : i + 1 + ANSWER_TURNS]:
        if u.speaker == asker:
            if said and (u.text.rstrip().endswith("?") or len(u.text.split()) > 4):
                break
            continue
        said.append(u)
    return said


def _says_right(text: str) -> bool:
    return bool(_RIGHT.search(text)) and not _NOT_RIGHT.search(text)


def sum_not_right(statement: str, utterances: Sequence[Utterance]) -> Departure | None:
    """The report says the claimant got a sum of change right; the recording has the sum asked,
    and the answer is not the change (or there was no answer)."""
    if not (_says_right(statement) and _CHANGE_STATEMENT.search(statement)):
        return None
    for i, u in enumerate(utterances):
        if not _CHANGE_ASKED.search(u.text):
            continue
        given = sorted(set(amounts(u.text)))
        if len(given) != 2:
            continue
        change = round(given[1] - given[0], 2)
        answer = _answer(utterances, i)
        said = " ".join(a.text for a in answer)
        if any(abs(a - change) < 0.005 for a in _said_amounts(said)):
            return None
        heard = f"the answer was {said.strip()!r}" if said.strip() else "there was no answer"
        return Departure(
            "impossible",
            f"the report says the claimant worked out the change; asked {u.text.strip()!r} (the "
            f"change is £{change:.2f}), {heard}",
            answer[0] if answer else u,
        )
    return None


def sevens_not_right(statement: str, utterances: Sequence[Utterance]) -> Departure | None:
    """The report says serial sevens were done right; the recording has them asked, and the
    answer goes wrong (93, 86, 79, …) or stops at the first."""
    if not (_says_right(statement) and _SEVENS_STATEMENT.search(statement)):
        return None
    for i, u in enumerate(utterances):
        if not _SEVENS_ASKED.search(u.text):
            continue
        answer = _answer(utterances, i)
        said = " ".join(a.text for a in answer)
        figures = [int(v) for m in re.finditer(rf"\b(\d+|{NUMBER})\b", said, re.I)
                   if (v := _value(m[1])) is not None and v == int(v)]  # fmt: skip
        # (from a hundred down in sevens, in order; saying the hundred again does no harm)
        if (
            all(f in _SEVENS for f in figures)
            and figures == sorted(figures, reverse=True)
            and len({f for f in figures if f < 100}) >= 2
        ):
            return None
        heard = f"the answer was {said.strip()!r}" if said.strip() else "there was no answer"
        return Departure(
            "impossible",
            f"the report says serial sevens were done right; asked {u.text.strip()!r}, {heard}",
            answer[0] if answer else u,
        )
    return None


# ---- measurements: "Blood pressure 128/76, pulse 72 and regular", "Oxygen saturation was 96%"

_REPORTED = re.compile(r"\b(reports?|states?|says|said|told|usually|normally|at home|rises|"
                       r"goes up|drops)\b", re.I)  # fmt: skip
# what the report measured, and the figures it gives
_MEASURED = {
    "blood pressure": re.compile(
        r"\bblood pressure\b[^.;]{0,20}?\b(\d{2,3}) ?/ ?(\d{2,3})\b", re.I
    ),
    "pulse": re.compile(
        r"\b(?:pulse|heart rate)\b(?: (?:was|of|is|rate))*[^.;\d]{0,15}\b(\d{2,3})\b"
        r"(?! ?%)",
        re.I,
    ),
    "oxygen saturation": re.compile(
        r"\b(?:oxygen|saturations?|sats|spo2)\b[^.;]{0,25}?\b(\d{2,3}) ?%", re.I
    ),
    "weight": re.compile(
        r"\b(?:weight|weighed|weighs)\b[^.;]{0,15}?\b(\d{2,3}(?:\.\d)?) ?kg\b", re.I
    ),
}
# the assessor takes it: "I'll just take your blood pressure", "this clip goes on your finger",
# "I'd like to weigh you" (not "Do you take tablets for your blood pressure?")
_NAMES = {
    "blood pressure": r"(blood )?pressure",
    "pulse": r"pulse|heart rate",
    "oxygen saturation": r"oxygen( levels?| saturations?| sats)?|sats|saturations?",
    "weight": r"weight",
}
_TAKEN = {
    what: re.compile(
        rf"\b(take|taking|check|checking|measure|measuring|feel|feeling|do|doing|record|"
        rf"recording)\s+(your|his|her|the)\s+({name})\b|\b(your|the) ({name})('s| is| was)\b"
        rf"[^.?!]{{0,12}}\d"
        + (r"|\b(put|pop|clip)\b[^.?!]{0,30}\bfinger\b|\bfinger probe\b|\bon your finger\b|"
           r"\bfor your (oxygen|sats)\b"
           if what == "oxygen saturation" else "")
        + (r"|\bweigh (you|him|her)\b|\bon the scales\b" if what == "weight" else ""),
        re.I,
    )
    for what, name in _NAMES.items()
}  # fmt: skip
_SAID_FIGURES = {
    "blood pressure": re.compile(r"\b(\d{2,3}) ?(?:over|/) ?(\d{2,3})\b", re.I),
    "pulse": re.compile(r"\b(\d{2,3})\b(?! ?(?:%|percent|over|/))", re.I),
    "oxygen saturation": re.compile(r"\b(\d{2,3}) ?(?:%|percent)", re.I),
    "weight": re.compile(r"\b(\d{2,3}(?:\.\d)?) ?(?:kg|kilos?|kilograms?)\b", re.I),
}


def measurement_otherwise(statement: str, utterances: Sequence[Utterance]) -> Departure | None:
    """The report gives a measurement taken in the consultation; the recording has it taken with
    another figure said, or never has it taken at all."""
    if _REPORTED.search(statement):
        return None
    for what, pattern in _MEASURED.items():
        stated = pattern.search(statement)
        if stated is None:
            continue
        taken = [i for i, u in enumerate(utterances)
                 if u.speaker == utterances[0].speaker and _TAKEN[what].search(u.text)]  # fmt: skip
        if not taken:
            return Departure(
                "impossible",
                f"the report gives a {what} measured in the consultation, but nothing in the "
                "recording takes it",
                None,
            )
        figures = tuple(float(g) for g in stated.groups())
        for i in taken:
            for u in utterances[i : i + 1 + ANSWER_TURNS]:
                said = _SAID_FIGURES[what].search(u.text)
                if said is None:
                    continue
                heard = tuple(float(g) for g in said.groups())
                if any(abs(a - b) > 2 for a, b in zip(figures, heard, strict=True)):
                    stated_as = "/".join(f"{f:g}" for f in figures)
                    return Departure(
                        "number_changed",
                        f"the report gives {what} {stated_as}; what was said: {said[0]}",
                        u,
                    )
                return None
    return None


# ---- memory and orientation: "orientated in time, place and person", "recalled 3/3 words"

_ORIENTED = re.compile(
    r"\borient(a)?ted\b|\b(knew|gave|stated) (the )?(correct )?(year|date|day|month)\b", re.I
)
_ORIENT_ASKED = re.compile(
    r"\bwhat (day|year|month|date) (is it|it is)\b|\bwhat('s| is) (the|today'?s) date\b|\bwhere "
    r"(are we|we are)\b",
    re.I,
)
_RECALLED = re.compile(
    r"\brecall(ed)?\b[^.;]{0,40}\b(words?|objects?)\b|\b(words?|objects?)\b[^.;]{0,25}\brecalled\b",
    re.I,
)
_RECALL_ASKED = re.compile(
    r"\bwhat were (they|the (three |3 )?(words|things))\b|\b(those|the) (three |3 )?(words|things) "
    r"again\b|\b(tell|remind) me (the|those) (three |3 )?words\b",
    re.I,
)
_UNSURE = re.compile(
    r"\b(not sure|don'?t know|do not know|no idea|can'?t remember|cannot remember|forgot(ten)?|"
    r"i'?ve lost it|no,|sorry)\b",
    re.I,
)


def memory_not_right(statement: str, utterances: Sequence[Utterance]) -> Departure | None:
    """The report says the claimant was orientated, or recalled the words; the recording has the
    question asked and an answer that does not know ("It's 19, no, 20. I'm not sure, love.")."""
    intact = re.search(r"\b(intact|all (three|3)|3 ?/ ?3|three out of three)\b", statement, re.I)
    oriented = _ORIENTED.search(statement) and not re.search(r"\b(not|partially)\b", statement)
    if not (_says_right(statement) or intact or oriented):
        return None
    for test, asked in ((_ORIENTED, _ORIENT_ASKED), (_RECALLED, _RECALL_ASKED)):
        if not test.search(statement):
            continue
        for i, u in enumerate(utterances):
            if not asked.search(u.text):
                continue
            answer = _answer(utterances, i)
            said = " ".join(a.text for a in answer)
            if not said.strip() or _UNSURE.search(said):
                heard = (
                    f"the answer was {said.strip()!r}" if said.strip() else "there was no answer"
                )
                return Departure(
                    "impossible",
                    f"the report says the claimant got it right; asked {u.text.strip()!r}, {heard}",
                    answer[0] if answer else u,
                )
    return None
