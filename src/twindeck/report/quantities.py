"""Quantities in English: how far, how long and how often, as people say them and reports write them.

"about twenty metres", "a hundred and fifty yards", "half a mile", "ten to fifteen minutes",
"an hour and a half", "quarter of an hour", "twenty-odd metres", "two or three times a week",
"four days out of seven", "every other day", "every couple of months", "once a fortnight",
"three meals a day", "most days", "15m", "1.5 hrs".

Each quantity is a range in one unit per kind — metres, minutes, times a week, steps, weeks (a
period: "for two days", "a week ago"), kilograms, litres, pounds — so that "a few minutes" or
"ten to fifteen" are not read as one exact figure, and bounds keep their direction: "less than
20 metres" is at most 20, "more than an hour" at least 60, and "can't stand for more than five
minutes" or "five minutes at the most" at most 5.
"""

# ruff: noqa: E501  (regular-expression tables)
from __future__ import annotations

import functools
import itertools
import math
import re
from dataclasses import dataclass, replace
from typing import Protocol

import jellyfish

INF = math.inf


@dataclass(frozen=True)
class Quantity:
    # distance | duration | frequency | times | steps | period | weight | volume | money | score |
    # dose | year | count:<thing>
    kind: str
    # metres, minutes, times a week, steps, weeks, kilograms, litres, pounds: one figure for the
    # range (its top)
    value: float
    text: str
    low: float = -1.0  # the range it stands for; -1: the same as value
    high: float = -1.0
    at: int = 0  # where its text starts in the text it was read from

    def __post_init__(self) -> None:
        if self.low < 0:
            object.__setattr__(self, "low", self.value)
        if self.high < 0:
            object.__setattr__(self, "high", self.value)


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()  # noqa: SIM905
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()  # noqa: SIM905
WORD = {w: i for i, w in enumerate(_ONES)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)}

# ("twenty-nine" as the model can write it: "twenty -nine")
_SMALL = rf"(?:(?:{'|'.join(_TENS)})(?:(?: ?-| )(?:one|two|three|four|five|six|seven|eight|nine)\b)?|{'|'.join(reversed(_ONES))})"
_HUNDREDS = rf"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|a couple of|a few|couple of|few)\s+)?hundred(?:\s+(?:and\s+)?{_SMALL})?"
_DIGITS = r"\d{1,3}(?: ?,\d{3})+(?!\d)|\d+(?:\.\d+)?"  # (the model can write "2 ,000")
# a number on its own: the longest forms first (a regex takes the first alternative that fits)
_BASE = (
    rf"(?:\d{{1,3}}\s+and\s+a\s+(?:half|quarter)|{_DIGITS}|{_HUNDREDS}|{_SMALL}\s+and\s+a\s+"
    rf"(?:half|quarter)|{_SMALL}|"
    r"a\s+number\s+of|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|few|several|a\s+dozen|dozen|once|"
    r"twice|an?)"
)
_FRACTION = r"(?:three[- ]quarters?(?:\s+of)?(?:\s+an?)?|(?:a\s+)?quarter(?:\s+of)?(?:\s+an?)?|(?:a\s+)?half(?:\s+of)?(?:\s+an?)?)"
_APPROX = r"(?:\s*-?\s*odd|-?ish|\s+or\s+so)?"
NUMBER = rf"(?:{_FRACTION}|{_BASE}){_APPROX}"
# one number or a range: "ten to fifteen", "two or three", "10-15", "between 10 and 15"
RANGE = rf"(?P<between>between\s+)?(?P<a>{NUMBER})(?:\s*(?:to|-|–|or|(?(between)and|to))\s*(?P<b>{NUMBER}))?"

_UNITS: dict[str, dict[str, float]] = {
    "distance": {"m": 1, "metre": 1, "metres": 1, "meter": 1, "meters": 1, "yard": 0.9144,
                 "yards": 0.9144, "yds": 0.9144, "foot": 0.3048, "feet": 0.3048, "ft": 0.3048,
                 "mile": 1609.0, "miles": 1609.0, "km": 1000.0, "kilometre": 1000.0,
                 "kilometres": 1000.0},
    "duration": {"second": 1 / 60, "seconds": 1 / 60, "secs": 1 / 60, "minute": 1, "minutes": 1,
                 "min": 1, "mins": 1, "hour": 60, "hours": 60, "hr": 60, "hrs": 60, "h": 60},
    "steps": {"step": 1, "steps": 1, "stair": 1, "stairs": 1},
    # what someone can lift or carry (kilograms), hold or pour (litres), pay for (pounds)
    "weight": {"kg": 1, "kgs": 1, "kilo": 1, "kilos": 1, "kilogram": 1, "kilograms": 1,
               "g": 0.001, "grams": 0.001, "gram": 0.001, "lb": 0.4536, "lbs": 0.4536,
               "stone": 6.35, "stones": 6.35},
    "volume": {"litre": 1, "litres": 1, "liter": 1, "liters": 1, "l": 1, "ml": 0.001,
               "millilitres": 0.001, "pint": 0.568, "pints": 0.568},
    "money": {"pounds": 1, "pound": 1, "quid": 1, "pence": 0.01, "p": 0.01},
    # a dose of a medicine (milligrams)
    "dose": {"mg": 1, "milligram": 1, "milligrams": 1, "mcg": 0.001, "microgram": 0.001,
             "micrograms": 0.001},
}  # fmt: skip
# units only read right after digits ("15m", "2h", "500g", "2l", "50p")
_DIGITS_ONLY = {"m", "h", "g", "l", "p"}
_MEASURE = {
    kind: "|".join(sorted(map(re.escape, units), key=len, reverse=True))
    for kind, units in _UNITS.items()
}
# times a week, for each period a frequency is said "a" or "every" of
PER_WEEK = {"day": 7.0, "night": 7.0, "morning": 7.0, "evening": 7.0, "afternoon": 7.0,
            "week": 1.0, "fortnight": 0.5, "month": 12 / 52, "year": 1 / 52}  # fmt: skip
_PERIOD = r"(?P<period>day|night|morning|evening|afternoon|week|fortnight|month|year)"
_WEEKS = {"day": 1 / 7, "week": 1.0, "month": 52 / 12, "year": 52.0}
_ADVERB = {
    "daily": 7.0,
    "nightly": 7.0,
    "weekly": 1.0,
    "fortnightly": 0.5,
    "monthly": 12 / 52,
    "annually": 1 / 52,
    "yearly": 1 / 52,
}
# "three meals a day": not when the words between are a unit or small talk ("a lot a day")
_NOT_THINGS: set[str] = set().union(*(set(u) for u in _UNITS.values())) | {
    "times", "time", "day", "days", "night", "nights", "week", "weeks", "month", "months", "lot",
    "bit", "little", "good", "bad", "or", "and", "to", "of", "for", "the", "in", "on", "at", "is",
    "was", "it", "that", "more", "less", "than"}  # fmt: skip
# a bound said before the number. "less than 20 metres" is 0 to 20; "more than a mile" is a mile or
# more. A ceiling ("up to 45 minutes", "only", "no more than") is what someone can do at most: in a
# report that is the ability it states; in what a claimant says it is a limit, anything up to it.
_BEFORE = {
    "less than": "less", "under": "less", "fewer than": "less",
    "up to": "most", "upto": "most", "no more than": "most", "not more than": "most",
    "at most": "most", "a maximum of": "most", "maximum of": "most", "at the most": "most",
    "only": "most", "no further than": "most", "no longer than": "most",
    "more than": "least", "over": "least", "at least": "least", "longer than": "least",
    "further than": "least", "upwards of": "least", "in excess of": "least",
    "a minimum of": "least",
}  # fmt: skip
_BOUND = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _BEFORE), key=len, reverse=True))
    + r")\s+(?:about\s+|around\s+|roughly\s+)?$"
)  # fmt: skip
# "can't walk more than 20 metres", "if I stand more than five minutes my legs go": a floor said
# as a limit is a ceiling
_LIMITED = re.compile(
    r"\b(not|can'?t|cannot|couldn'?t|unable|never|won'?t|isn'?t|don'?t|doesn'?t|if|when|"
    r"whenever|before(?!\s+(?:that|then|this|now))|any|anything|anywhere)\b[^.;!?]*$"
)
# raised to a figure: "they put it up to 100 milligrams", "it went up to twice a day"
_RAISED = re.compile(
    r"\b(put|puts|putting|went|gone|going|upped|increased|bumped|moved|pushed|brought|come|came|"
    r"goes)( (it|me|him|her|them|my \w+|the \w+))?\s*$"
)
# a bound said after the number
_AFTER = re.compile(
    r"[\s,]+(at the most|at most|max|tops|if that|or less|or more|or longer|plus)\b"
)
_VAGUE = {"a number of": (2, 10), "a couple of": (2, 3), "a couple": (2, 3), "couple of": (2, 3), "a few": (2, 5),
          "few": (2, 5), "several": (3, 7), "a dozen": (12, 12), "dozen": (12, 12), "a": (1, 1),
          "an": (1, 1), "once": (1, 1), "twice": (2, 2)}  # fmt: skip


def number(text: str) -> tuple[float, float] | None:
    """The range one number phrase stands for: "twenty" (20, 20), "a few" (2, 5), "twenty-odd"
    (20, 29), "thirtyish" (26, 34.5), "half an" (0.5, 0.5), "a hundred and fifty" (150, 150)."""
    t = re.sub(r"\s+", " ", text.lower().strip())
    m = re.search(r"\s*(-?\s*odd|-?ish| or so)$", t)
    if m:
        base = _plain(t[: m.start()])
        if base is None:
            return None
        if "odd" in m[1]:  # twenty-odd: 20 to 29
            return base[0], base[1] * 1.45
        return base[0] / 1.15, base[1] * 1.15  # thirtyish, thirty or so
    return _plain(t)


def _plain(t: str) -> tuple[float, float] | None:
    if t in _VAGUE:
        low, high = _VAGUE[t]
        return float(low), float(high)
    if re.fullmatch(_DIGITS, t):
        return (float(t.replace(",", "").replace(" ", "")),) * 2
    m = re.fullmatch(r"(three[- ]quarters?|(?:a )?quarter|(?:a )?half)(?: of)?(?: an?)?", t)
    if m:
        f = 0.75 if m[1].startswith("three") else 0.25 if "quarter" in m[1] else 0.5
        return f, f
    m = re.fullmatch(rf"({_SMALL}|\d{{1,3}}) and a (half|quarter)", t)
    if m:
        base = int(m[1]) if m[1].isdigit() else _words(m[1])
        return None if base is None else (base + (0.5 if m[2] == "half" else 0.25),) * 2
    m = re.fullmatch(rf"(?:(.+) )?hundred(?: (?:and )?({_SMALL}))?", t)
    if m:
        lead = _plain(m[1]) if m[1] else (1.0, 1.0)
        rest = _words(m[2]) if m[2] else 0
        if lead is None or rest is None:
            return None
        return lead[0] * 100 + rest, lead[1] * 100 + rest
    value = _words(t)
    return None if value is None else (float(value),) * 2


def _words(t: str) -> int | None:
    if t in WORD:
        return WORD[t]
    parts = re.split(r" ?-|\s", t)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in WORD and WORD[parts[1]] < 10:
        return WORD[parts[0]] + WORD[parts[1]]
    return None


def _span(m: re.Match[str]) -> tuple[float, float] | None:
    a = number(m["a"])
    if a is None:
        return None
    b = number(m["b"]) if m["b"] else None
    if b is None:
        return a
    low = a[0] * 100 if b[0] >= 100 and a[1] < 10 else a[0]  # "two or three hundred"
    return min(low, b[0]), max(a[1], b[1])


def _bounded(text: str, start: int, low: float, high: float, said: bool) -> tuple[float, float]:
    """A bound before the number: "less than" is anything below it, "more than" anything above
    it (unless it is a limit), and a ceiling is a limit in speech, an ability in a report."""
    before = text[max(0, start - 80) : start]
    m = _BOUND.search(before)
    if not m:  # "I can only sit for twenty minutes"
        return (0.0, high) if said and re.search(r"\bonly\b[^.,;!?]*$", before) else (low, high)
    kind = _BEFORE[m[1]]
    if m[1] == "up to" and _RAISED.search(before[: m.start()]):
        return low, high  # "they put it up to 100 milligrams": what it is now, not a ceiling
    if kind == "least" and _LIMITED.search(before[: m.start()]):
        kind = "most"
    if kind == "less" or (kind == "most" and said):
        return 0.0, high
    return (low, INF) if kind == "least" else (low, high)


_TOO_TWO = re.compile(
    r"(?<!\bup )(?<!\bclose )(?<!\bnearer )\b(to|too)(?=\s+(?:(?:good|bad|better|worse)\s+days?|"
    r"(?:a|per|each)\s+week(?![- ]long))\b)",
    re.I,
)


def quantities(text: str, said: bool = False) -> list[Quantity]:
    """Every distance, duration, frequency and count of steps in the text, in the order written.
    ``said``: the text is what someone said about themselves (a ceiling is a limit)."""
    lower = text.lower().replace("’", "'")
    # "once a week" as the model hears it: "one's a week" (kept the same length)
    lower = re.sub(r"\bone'?s(?=\s+(?:a|per|every)\s+(?:day|week|fortnight|month|year)\b)",
                   lambda m: "once"[: len(m[0])].ljust(len(m[0])), lower)  # fmt: skip
    # "every" as the model can hear it: "a very day", "of very three months" (the same length)
    lower = re.sub(r"\b(?:a|of) very(?=\s+(?:other|day|week|fortnight|month|year|morning|night|"
                   r"evening|one|two|three|four|five|six|seven|eight|nine|ten|few|couple|\d))",
                   lambda m: "every".ljust(len(m[0])), lower)  # fmt: skip
    # "a hundred and fifty" as the model can write it: "100 and 50 milligrams" (the same length)
    lower = re.sub(r"\b([1-9])00 and ([1-9]0|[1-9]\d?)\b(?=\s*(?:mg|milligrams?|mls?|metres|meters|"
                   r"yards|grams?|pounds)\b)",
                   lambda m: str(int(m[1]) * 100 + int(m[2])).ljust(len(m[0])), lower)  # fmt: skip
    # "two milligrams" as the model can hear it: "to milligram" (the same length)
    lower = re.sub(r"\bto(?=\s+(?:milligrams?|mgs?|micrograms?|tablets|metres|meters|yards)\b)",
                   "2 ", lower)  # fmt: skip
    # "in a typical week" is a week: "two days in a typical week" (the same length)
    lower = re.sub(r"\b(?:in|on|during)\s+(an?)\s+(?:typical|normal|usual|average|ordinary|given)\s+"
                   r"(day|week|fortnight|month|year)\b",
                   lambda m: f"a {m[2]}".rjust(len(m[0])), lower)  # fmt: skip
    # a "-teen" as the model can hear it: "four team minutes", "six teen" (the same length)
    lower = re.sub(r"\b(four|six|seven|eight|nine|fif|thir)\s+(?:team|teen|tean)\b",
                   lambda m: (m[1] + "teen").ljust(len(m[0])), lower)  # fmt: skip
    # "twenty twenty-two" as the model can hear it: "2020 too" (the same length)
    lower = re.sub(r"\b(20[0-4])0(,?\s+)(?:too|two)\b", lambda m: (m[1] + "2").ljust(len(m[0])),
                   lower)  # fmt: skip
    # "two" as the model can hear it before days or a week: "too good days", "perhaps to a week"
    # (not "up to a week", "close to a week": the same length)
    lower = _TOO_TWO.sub(lambda m: "2".ljust(len(m[0])), lower)
    # "four times" as the model can hear it: "for times" (the same length)
    lower = re.sub(r"\bfor(?=\s+times\b)", "4  ", lower)
    found: list[tuple[int, int, Quantity]] = []

    def add(m: re.Match[str], kind: str, low: float, high: float, group: int | str = 0) -> None:
        """Keep a reading of the words ``m`` matched (its ``group``, if only part of them is
        the figure), unless a longer reading of them came first."""
        start, end = m.start(group), m.end()
        if any(a < end and start < b for a, b, _ in found):
            return
        if not group:  # a period's own words say its bound ("over a year ago")
            low, high = _bounded(lower, start, low, high, said)
            after = _AFTER.match(lower, end)
            if after and after[1] in ("or more", "or longer", "plus"):  # "an hour or more"
                high = INF
            elif after and said:  # "ten minutes at the most"
                low = 0.0
        value = low if high == INF else high
        found.append((start, end, Quantity(kind, value, text[start:end], low, high, start)))

    _clocks(lower, add)  # first: "at five in the morning" is when, not five of anything
    _lasting(lower, add)
    _periods(lower, add)
    _frequencies(lower, add)  # first: "four days a week" is not four days long
    _measures(lower, add, said)
    _things(lower, add)
    _counts(lower, add)  # last: only what no other reading took
    out = [q for _, _, q in sorted(found, key=lambda x: x[0])]
    # "three times in a month" is how often, and also how many times (against "a single fall")
    for q in list(out):
        heard = lower[q.at : q.at + len(q.text)]  # as read: "for times" is "four times"
        m = (_IN_A.match(heard) or _IN_THE_LAST.match(heard)) if q.kind == "frequency" else None
        span = _span(m) if m else None
        if span:
            out.insert(out.index(q) + 1, Quantity("times", span[1], q.text, *span, q.at))
    return out


_OCCASIONS = {"times", "time", "occasions", "occasion"}
# a count just before "last month": how many times in it
_COUNTED_BEFORE = re.compile(rf"\b(?P<n>{NUMBER})(?P<what>(?:\s+[a-z']+){{0,2}})\s+$")
# how many in a stretch of time: "four in the last month", "one fall in the last six months",
# "twice in the whole year", "twice last month" (a count, then at most two words of what)
_IN_THE_LAST = re.compile(
    rf"\b{RANGE}(?P<what>(?:\s+[a-z']+){{0,2}}?),?\s+(?:(?:in|over|during)\s+the\s+"
    rf"(?:last|past|whole(?:\s+of\s+the)?)|last)\s+(?:(?P<n>{NUMBER})\s+)?"
    r"(?P<unit>week|fortnight|month|year)s?\b"
)
_IN_A = re.compile(
    rf"{RANGE}\s*(?:times?\s+)?(?:in\s+(?:a|one|the\s+(?:last|past))|this|that)\s+{_PERIOD}\b"
)


class _Add(Protocol):
    def __call__(
        self, m: re.Match[str], kind: str, low: float, high: float, group: int | str = 0
    ) -> None: ...


HOUR_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()  # noqa: SIM905
_CLOCK_HOUR = rf"(?:1[0-2]|0?[1-9]|{'|'.join(HOUR_WORDS)})"
_DAYTIME = r"(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|am\b|pm\b|a\.m\.|p\.m\.)"
# a time of day in a claimant's day: "at about 7am", "from around 6 pm", "till about 11", "at
# five in the morning", "half six", "midnight" (minutes after midnight; as heard, with no
# morning or afternoon, minutes past twelve: compared either way)
_CLOCK_TIME = re.compile(
    rf"\b(?:(?P<noon>midnight|midday|noon)|(?P<h>{_CLOCK_HOUR})(?:[:.](?P<mm>[0-5]\d))?\s*"
    rf"(?:o\s*'?\s*clock\s*)?{_DAYTIME}|(?:at|till|til|until|from|by|after|before)\s+(?:about\s+|"
    rf"around\s+|roughly\s+|gone\s+|approximately\s+|approx\.?\s+|just\s+after\s+|"
    rf"nearly\s+)?(?P<hl>{_CLOCK_HOUR})(?:[:.](?P<mml>[0-5]\d))?(?P<oc>\s*o\s*'?"
    rf"\s*clock)?(?:\s*(?P<ampm>am\b|pm\b|a\.m\.|p\.m\.))?(?(mml)|(?(oc)|(?(ampm)|(?!\s*(?:[:.]\d|"
    rf"%|minutes?|hours?|days?|weeks?|months?|years?|times?|metres|"
    rf"meters|yards|miles|steps|stairs|stone|kilos?|pounds|mg|milligrams|tablets|pills|of|or|to|"
    rf"and|out|-|\d))))))(?P<part2>\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night))?",
    re.I,
)


def _clocks(lower: str, add: _Add) -> None:
    """Times of day ("clock", in minutes after midnight; low and high the same)."""
    for m in _CLOCK_TIME.finditer(lower):
        if m["noon"]:
            minutes = 0 if m["noon"] == "midnight" else 720
        else:
            hour_text = m["h"] or m["hl"]
            hour = int(hour_text) if hour_text.isdigit() else int(WORD[hour_text])
            minutes = (hour % 12) * 60 + int(m["mm"] or m["mml"] or 0)
            part = (m["part"] or m["ampm"] or m["part2"] or "").replace(".", "").strip()
            if part in ("pm", "in the afternoon", "in the evening") or (
                part == "at night" and hour >= 6
            ):
                minutes += 720
        add(m, "clock", minutes, minutes)


def _periods(lower: str, add: _Add) -> None:
    """How long since something last happened (a period, in weeks): "a week ago", "not for a
    week", "I haven't seen a friend in four months". Read first, before any other kind."""
    since = rf"(?P<a>{NUMBER})(?:\s*(?:to|-|–|or)\s*(?P<b>{NUMBER}))?\s+(?P<unit>days?|weeks?|months?|years?)"
    for m in itertools.chain(
        re.finditer(rf"\b(?:over\s+|more\s+than\s+)?{since}\s+ago\b", lower),
        re.finditer(
            rf"\b(?:not|n't|never|hasn't|haven't)\b[^.;!?]{{0,60}}?\b(?:in|for)\s+(?:over\s+|"
            rf"more\s+than\s+|about\s+)?{since}\b",
            lower,
        ),
    ):
        span = _span(m)
        if span:
            weeks = _WEEKS[m["unit"].rstrip("s")]
            add(m, "period", span[0] * weeks, span[1] * weeks, "a")
    # how long a stay was: "a three-month admission", "a two-week stay"
    for m in re.finditer(rf"\b(?P<a>{NUMBER})-(?P<unit>day|week|month|year)\b(?!-)", lower):
        span = number(m["a"])
        if span and m["a"].strip() not in ("a", "an"):
            weeks = _WEEKS[m["unit"]]
            add(m, "period", span[0] * weeks, span[1] * weeks)
    # "last week", "yesterday", "the other day": when, said as how long ago (not "in the last
    # month", a stretch of time that something is counted in)
    for m in re.finditer(
        r"(?<!\bthe\s)(?<!\bthis\s)\b(?:last\s+(?P<unit>week|month|year)|(?P<day>yesterday|"
        r"the other day|"
        r"last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)))\b",
        lower,
    ):
        counted = _COUNTED_BEFORE.search(lower[: m.start()]) if m["unit"] else None
        if (
            counted
            and counted["n"].strip() not in ("a", "an")
            and not set(counted["what"].split()) & (_NOT_COUNTED - _OCCASIONS)
        ):
            continue  # "twice last month", "two relapses last year": how often (_frequencies)
        if m["day"]:
            low, high = {"yesterday": (1 / 7, 1 / 7), "the other day": (1 / 7, 2.0)}.get(
                m["day"],
                (1 / 7, 1.0),  # last Tuesday: within the week
            )
        else:
            weeks = _WEEKS[m["unit"]]
            low, high = weeks / 2, weeks * 2
        add(m, "period", low, high)


_LASTING = re.compile(
    rf"\blast(?:s|ed|ing)?\s+(?:for\s+)?(?:about\s+|around\s+|maybe\s+|up\s+to\s+)?"
    rf"(?P<a>{NUMBER})\s+days?(?:\s+or\s+(?P<b>{NUMBER}))?\b"
)
_DAY_MINUTES = 24 * 60.0


def _lasting(lower: str, add: _Add) -> None:
    """How long something lasts in days, in minutes: "each one lasts a day or two" (to compare
    with "lasts around an hour"; weeks are a period); "confused for hours"."""
    for m in re.finditer(r"\bfor\s+hours\b", lower):
        add(m, "duration", 120.0, INF)
    # "a day and a half"; "wiped out for the rest of the day" (hours at least)
    for m in re.finditer(r"\b(?:a|one)\s+day\s+and\s+a\s+half\b", lower):
        add(m, "duration", 1.5 * _DAY_MINUTES, 1.5 * _DAY_MINUTES)
    for m in re.finditer(r"\bfor\s+the\s+rest\s+of\s+the\s+day\b", lower):
        add(m, "duration", 180.0, _DAY_MINUTES)
    for m in _LASTING.finditer(lower):
        a = number(m["a"])
        b = number(m["b"]) if m["b"] else a
        if a and b:
            add(m, "duration", a[0] * _DAY_MINUTES, max(a[1], b[1]) * _DAY_MINUTES, "a")


def _after_pound(lower: str, at: int) -> bool:
    """The figure at ``at`` is a sum of money: "£4,000 in a week" is not how often."""
    return lower[:at].rstrip().endswith("£")


def _frequencies(lower: str, add: _Add) -> None:
    """How often: times a day, a week, a month; every other day; most days."""
    # a score: "pain is seven out of ten" (first: "nine out of ten times" is not ten times)
    for m in re.finditer(rf"\b{RANGE}\s+out\s+of\s+(?:ten|10)\b", lower):
        span = _span(m)
        if span and m["a"].strip() not in ("a", "an"):
            add(m, "score", *span)
    # as a report writes it: "pain of 7/10", "scored 4/10"
    for m in re.finditer(r"(?<![\d/])(?P<a>\d{1,2}(?:\.\d)?)\s*/\s*10\b(?![\d/])", lower):
        value = float(m["a"])
        if value <= 10:
            add(m, "score", value, value)
    # the day said first: "on a normal day, eight to ten times"
    for m in re.finditer(
        rf"\b(?:on\s+)?an?\s+(?:(?:normal|typical|usual|average|ordinary|good|bad)\s+)?"
        rf"(?P<period>day|night|week|month)\s*,?\s+(?:it'?s\s+|about\s+|maybe\s+)?{RANGE}"
        rf"(?:,?\s+(?:maybe|or|to)\s+(?P<c>{NUMBER}))?\s+times\b",
        lower,
    ):
        span = _span(m)
        more = number(m["c"]) if m["c"] else None
        if span and more:  # "15, maybe 20 times"
            span = (min(span[0], more[0]), max(span[1], more[1]))
        if span and m["a"].strip() not in ("a", "an"):
            per = PER_WEEK[m["period"]]
            add(m, "frequency", span[0] * per, span[1] * per, "a")
    # the week said first: "in a normal week, maybe two good days" (read as "a week", above)
    for m in re.finditer(
        rf"\b(?:(?:in|on)\s+)?an?\s+(?:(?:normal|typical|usual|average|ordinary|good|"
        rf"bad)\s+)?week\s*,?"
        rf"\s+(?:(?:maybe|about|probably|perhaps|say|i'?d say|it'?s|around),?\s+)?{RANGE}\s+"
        rf"(?:(?:good|bad|better|worse|off)\s+)?days\b",
        lower,
    ):
        span = _span(m)
        counted = re.search(rf"\b(?:once|twice|times|{NUMBER})\s*$", lower[: m.start()])
        if span and m["a"].strip() not in ("a", "an") and span[1] <= 7 and not counted:
            add(m, "frequency", *span, group="a")
    for m in _IN_THE_LAST.finditer(lower):
        span = _span(m)
        what = set(m["what"].split())
        n = number(m["n"]) if m["n"] else (1.0, 1.0)
        if (
            span is None
            or n is None
            or m["a"].strip() in ("a", "an")
            or what & _NOT_COUNTED - _OCCASIONS
        ):
            continue
        if _after_pound(lower, m.start()):
            continue
        weeks = n[0] * {"fortnight": 2.0}.get(m["unit"], _WEEKS.get(m["unit"], 1.0))
        add(m, "frequency", span[0] / weeks, span[1] / weeks)
    for m in re.finditer(
        rf"\b{RANGE}\s*(?:times?\s+)?(?:a|an|per|each|every|in\s+a|this|that|at)\s+{_PERIOD}\b",
        lower,
    ):
        span = _span(m) if not _after_pound(lower, m.start()) else None  # "£40 a week"
        # "an hour or two a day" is how long, not "two a day"
        unit_or = re.search(
            rf"\b(?:{_MEASURE['duration']}|{_MEASURE['distance']})\s+or\s+$", lower[: m.start()]
        )
        # (not a dose said bare: "pregabalin 300 a day" is no three hundred times a day)
        many = (
            span and not re.search(r"\btimes?\b", m[0]) and span[1] * PER_WEEK[m["period"]] > 30 * 7
        )
        if span and m["a"].strip() not in ("a", "an") and not unit_or and not many:
            per = PER_WEEK[m["period"]]
            add(m, "frequency", span[0] * per, span[1] * per)
    for m in re.finditer(
        rf"\b{RANGE}\s+(?:days?|nights?|mornings?|evenings?)\s+(?:a|per|each|every|in|out\s+of|"
        rf"of)\s+(?:the\s+|a\s+)?(?P<whole>week|seven|7|fortnight|fourteen|14|month|heaven)\b",
        lower,
    ):
        span = _span(m)
        if span:
            per = {"fortnight": 0.5, "fourteen": 0.5, "14": 0.5, "month": 12 / 52}.get(
                m["whole"], 1.0
            )
            add(m, "frequency", span[0] * per, span[1] * per)
    for m in re.finditer(
        rf"\b{RANGE}\s+(?P<things>(?:[a-z'-]+\s+)?[a-z']+)\s+(?:a|per|each|every)\s+{_PERIOD}\b",
        lower,
    ):
        span = _span(m)
        if span and not set(m["things"].split()) & _NOT_THINGS:
            per = PER_WEEK[m["period"]]
            add(m, "frequency", span[0] * per, span[1] * per)
    for m in re.finditer(
        rf"\b(?:every|each)\s+(?:single\s+)?(?:(?P<n>other|second|third)|"
        rf"{RANGE})?\s*(?P<period>day|night|morning|evening|afternoon|week|fortnight|month|"
        rf"year)s?\b",
        lower,
    ):
        every = {"other": (2.0, 2.0), "second": (2.0, 2.0), "third": (3.0, 3.0)}
        gap = every[m["n"]] if m["n"] else _span(m) if m["a"] else (1.0, 1.0)
        if gap:
            per = PER_WEEK[m["period"]]
            add(m, "frequency", per / gap[1], per / gap[0])
    # "every hour", "every two to three hours", "every 20 minutes": so many a week
    for m in re.finditer(rf"\bevery\s+(?:{RANGE}\s+)?(?P<unit>hour|minute)s?\b", lower):
        gap = _span(m) if m["a"] else (1.0, 1.0)
        if gap and gap[0] > 0:
            per = 7 * 24 * (60.0 if m["unit"] == "minute" else 1.0)
            add(m, "frequency", per / gap[1], per / gap[0])
    # "twice weekly", "3-4 times weekly", "3 tablets daily"
    adverb = r"(?P<how>daily|nightly|weekly|fortnightly|monthly|annually|yearly)\b"
    for m in itertools.chain(
        re.finditer(rf"\b{RANGE}\s*(?:times?\s+)?{adverb}", lower),
        re.finditer(rf"\b{RANGE}\s+(?P<things>(?:[a-z']+\s+)?[a-z']+)\s+{adverb}", lower),
    ):
        span = _span(m)
        things = set(m.groupdict().get("things", "").split())
        if span and m["a"].strip() not in ("a", "an") and not things & _NOT_THINGS:
            per = _ADVERB[m["how"]]
            add(m, "frequency", span[0] * per, span[1] * per)
    for m in re.finditer(
        r"(?<!-)\b(?:on\s+a\s+)?(?P<how>daily|nightly|weekly|fortnightly|monthly|annually|"
        r"yearly)\b(?!\s+(?:living|"
        r"life|activit|task|routine|needs|care))(?:\s+basis)?",
        lower,
    ):
        add(m, "frequency", _ADVERB[m["how"]], _ADVERB[m["how"]])
    # once in so many: "four-weekly blood monitoring", "six-monthly infusions"
    for m in re.finditer(rf"\b(?P<a>{NUMBER})-(?P<how>weekly|monthly)\b", lower):
        span = number(m["a"])
        if span and span[0] > 0:
            add(m, "frequency", _ADVERB[m["how"]] / span[1], _ADVERB[m["how"]] / span[0])
    # days of a week named: "on Tuesday and Friday", "Monday, Wednesday, Friday"
    day = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?"
    for m in re.finditer(
        rf"\b(?:on\s+)?{day}(?:(?:\s*,\s*{day})+(?:\s*,?\s*and\s+{day})?|\s+and\s+{day})\b", lower
    ):
        days = len(set(re.findall(day, m[0])))
        if days >= 2:
            add(m, "frequency", float(days), float(days))
    for m in re.finditer(
        r"\bevery\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|"
        # (not a day it happened: "His last seizure was on Saturday")
        r"(?<!was )(?<!were )(?<!since )(?<!it's )\bon\s+(?:monday|tuesday|wednesday|thursday|"
        r"friday|"
        r"saturday|sunday)\b(?!\s+(?:just gone|gone|last|night|morning)\b)|"
        r"\bevery\s+weekend\b|\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
        r"sunday)s\b|"
        r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:mornings|afternoons|"
        r"evenings|nights)\b",
        lower,
    ):
        add(m, "frequency", 1.0, 1.0)  # every Sunday, on Mondays

    # "four good days a week", "one or two bad days a month"
    for m in re.finditer(
        rf"\b{RANGE}\s+(?:good|bad)\s+days?\s+(?:a|per|in\s+a|out\s+of|each)\s+(?P<whole>week|"
        rf"seven|fortnight|month)\b",
        lower,
    ):
        span = _span(m)
        if span:
            per = {"fortnight": 0.5, "month": 12 / 52}.get(m["whole"], 1.0)
            add(m, "frequency", span[0] * per, span[1] * per)
    for m in re.finditer(r"\bmost\s+(?:days|nights|mornings|evenings|of the week)\b", lower):
        add(m, "frequency", 4.0, 6.0)
    for m in re.finditer(
        r"\b(?P<rare>hardly ever|rarely|seldom|barely ever)\b|\b(?P<some>occasional(?:ly)?|"
        r"now and (?:again|then)|"
        r"from time to time|once in a while)\b|\bevery (?:single )?(?:meal|mealtime)\b",
        lower,
    ):
        low, high = (0.0, 0.5) if m["rare"] else (0.1, 1.5) if m["some"] else (21.0, 21.0)
        add(m, "frequency", low, high)
    # how many times something has happened: "fallen three times since Christmas", "six since
    # Christmas", "a single fall", "two seizures"
    events = (
        r"falls?|seizures?|fits?|accidents?|hypos?|attacks?|episodes?|blackouts?|flares?|"
        r"flare-ups?|relapses?|crises|infections?"
    )
    for m in itertools.chain(
        re.finditer(rf"\b{RANGE}\s+(?:times|occasions?)\b", lower),
        re.finditer(
            r"\b(?P<a>once|twice)(?=\s+(?:since|in the (?:last|past)|before|this year|last year))",
            lower,
        ),
        re.finditer(rf"\b{RANGE}\s+(?:{events})\b", lower),
        re.finditer(rf"\b(?P<a>{NUMBER})(?=\s+since\b)", lower),
        re.finditer(rf"\b(?P<a>a single|just the one|one single)\s+(?:{events})\b", lower),
    ):
        single = m["a"].strip() in ("a single", "just the one", "one single")
        span = (1.0, 1.0) if single else _span(m) if "b" in m.re.groupindex else number(m["a"])
        if span and m["a"].strip() not in ("a", "an"):
            add(m, "times", *span)


def _measures(lower: str, add: _Add, said: bool = False) -> None:
    """How long, how far, how many steps, how heavy, how much it costs."""
    # money said with its sign: "£50", "£1.20", "£5 to £10"
    for m in re.finditer(
        rf"£\s*(?P<a>{_DIGITS})(?:\s*(?:to|-|–|or)\s*£?\s*(?P<b>{_DIGITS}))?", lower
    ):
        span = _span(m)
        if span:
            add(m, "money", *span)
    for m in re.finditer(r"\ba (fiver|tenner)\b", lower):
        add(m, "money", *((5.0, 5.0) if m[1] == "fiver" else (10.0, 10.0)))
    # how many days out of so many: "about 10 days out of the 30", "five days out of seven"
    for m in re.finditer(
        rf"\b{RANGE}\s+days?\s+out\s+of\s+(?:the\s+|every\s+)?(?P<of>30|thirty|31|7|seven|a month|"
        r"a week|the month|the week)\b",
        lower,
    ):
        span = _span(m)
        if span:
            per = 7.0 / 30 if m["of"] in ("30", "thirty", "31", "a month", "the month") else 1.0
            add(m, "frequency", span[0] * per, span[1] * per)
    # the stretch said first: "In a week, four or five bad days", "in a month, maybe ten good days"
    for m in re.finditer(
        rf"\b(?:in|per)\s+an?\s+(?P<of>week|month),?\s+(?:(?:maybe|about|around|probably|i'?d "
        rf"say|at least)\s+)?{RANGE}\s+(?:(?:good|bad|better|worse|ok|okay)\s+)?days\b",
        lower,
    ):
        span = _span(m)
        if span:
            per = 7.0 / 30 if m["of"] == "month" else 1.0
            add(m, "frequency", span[0] * per, span[1] * per)
    # a share: "15% vision", "working at thirty per cent", "about five degrees of vision left"
    for m in re.finditer(rf"\b{RANGE}\s*(?:%|per\s?cent\b)", lower):
        span = _span(m)
        if span and span[1] <= 100:
            add(m, "percent", *span)
    for m in re.finditer(
        r"\b(?P<share>a quarter|half|a third|three quarters|two thirds)(?:\s+of)?(?=\s+(?:the\s+(?:"
        r"days?|time|month|week)|days\b|what\b|my\s+days\b))",
        lower,
    ):
        share = {"a quarter": 25.0, "half": 50.0, "a third": 33.0, "three quarters": 75.0,
                 "two thirds": 67.0}[m["share"]]  # fmt: skip
        week = re.compile(r"[a-z ]+?\s+(?:of\s+)?the\s+week\b").match(lower, m.start())
        if week:  # "more than half the week": days of a week, how often
            add(week, "frequency", share * 7 / 100, share * 7 / 100)
        else:
            add(m, "percent", share, share)
    for m in re.finditer(
        rf"\b{RANGE}\s+degrees?\b(?!\s+(?:celsius|centigrade|fahrenheit)\b)", lower
    ):
        span = _span(m)
        if span and m["a"].strip() not in ("a", "an"):
            add(m, "degrees", *span)
    # a bag's weight said in pounds is not money: "a five pound bag of potatoes"
    for m in re.finditer(
        rf"\b{RANGE}\s*-?\s*(?:pounds?|lbs?)(?=\s+(?:bag|sack|weight|box|tin))", lower
    ):
        span = _span(m)
        if span:
            add(m, "weight", span[0] * 0.4536, span[1] * 0.4536)

    # how long, how far, how many steps, how heavy: "an hour and a half", "a minute or two",
    # "15m", "a 45-minute consultation", "a 5kg bag"
    for kind in ("duration", "distance", "steps", "weight", "volume", "money", "dose"):
        units = _UNITS[kind]
        after = r"(?!\s+at\s+a\s+time)" if kind == "steps" else ""  # "one step at a time"
        pattern = (
            rf"\b{RANGE}\s*-?\s*(?P<unit>{_MEASURE[kind]})\b{after}"
            rf"(?:\s+and\s+(?P<more>a\s+half|a\s+quarter|"
            rf"{NUMBER})(?:\s+(?P<unit2>{_MEASURE[kind]})\b)?"
            rf"|\s+or\s+(?P<or>{NUMBER})\b(?!\s*(?:{_MEASURE['distance']}|"
            rf"{_MEASURE['duration']})\b))?"
        )
        for m in re.finditer(pattern, lower):
            if m["unit"] in _DIGITS_ONLY and not re.fullmatch(r"[\d.,]+", m["a"].strip()):
                continue
            span = _span(m)
            if span is None:
                continue
            unit = units[m["unit"]]
            low, high = span[0] * unit, span[1] * unit
            if m["more"]:
                extra = number(re.sub(r"^a\s+", "", m["more"]))
                if extra is not None and m["unit2"]:  # "an hour and ten minutes"
                    low, high = (
                        low + extra[0] * units[m["unit2"]],
                        high + extra[1] * units[m["unit2"]],
                    )
                elif extra is not None and extra[1] < 1:  # "a mile and a half"
                    low, high = low + extra[0] * unit, high + extra[1] * unit
            elif m["or"]:  # "a minute or two"
                extra = number(m["or"])
                if extra is not None and extra[1] > span[1]:
                    high = extra[1] * unit
            add(m, kind, low, high)
    # "the whole hour-long consultation", "for the full hour", "the hour-long call"
    for m in re.finditer(r"\b(?:(?:whole|full|entire)\s+hour(?:[- ]long)?|hour[- ]long)\b", lower):
        add(m, "duration", 60.0, 60.0)
    # a flight of stairs: twelve to fourteen steps in a house
    for m in re.finditer(
        rf"\b{RANGE}\s+(?:full\s+)?flights?(?:\s+of\s+(?:stairs|steps))?\b", lower
    ):
        span = _span(m)
        if span:
            add(m, "steps", span[0] * 12, span[1] * 14)
    # a longer stretch of days, weeks, months or years (a period, in weeks): "for two days",
    # "a couple of months", "four months or so since Christmas"
    for m in re.finditer(
        rf"\b{RANGE}\s+(?P<unit>days|weeks|months|years)\b(?!\s+(?:a|per|each|every|out|of|old)\b)"
        r"(?!\s+in\s+(?:a|the|every|each|one)\s+(?:week|month|fortnight|year|"
        r"row)\b)(?!\s+in\s+a\s+row\b)",
        lower,
    ):
        span = _span(m)
        if span and m["a"].strip() not in ("a", "an", "once", "twice"):
            weeks = _WEEKS[m["unit"].rstrip("s")]
            add(m, "period", span[0] * weeks, span[1] * weeks)
    # one of them: "for about a year", "nearly a month now", "a week or two" (not "once a week");
    # said, "for a month" can be how the model hears "four months"
    for m in re.finditer(
        r"\b(?:for|about|around|nearly|almost|over|roughly)\s+(?:about\s+|around\s+|nearly\s+|"
        r"almost\s+|over\s+|just\s+over\s+)?(?:a|one)\s+(?P<unit>week|month|year)\b(?P<two>\s+or\s+"
        r"two)?(?!\s+(?:ago|old)\b)",
        lower,
    ):
        weeks = _WEEKS[m["unit"]]
        four = said and re.match(r"for\s+a\s", m[0])
        add(m, "period", weeks, weeks * (4 if four else 2 if m["two"] else 1))


# what a figure can count that is not a thing: units, stretches of time, small words
_NOT_COUNTED = _NOT_THINGS | {"hours", "minutes", "seconds", "years", "steps", "stairs", "others",
                              "ones", "bits", "things", "ways", "quarters", "halves", "thirds"}  # fmt: skip


# how heavy, or how much liquid, the things people lift are said to be: a figure with no
# number in it (a drinks can is a third of a litre; a full kettle 1.7 litres)
_THINGS = [
    (r"(?:drinks?|fizzy drink|pop|coke|beer) cans?|cans? of (?:pop|coke|drink|beer|lager)", "volume", 0.33),
    (r"(?:mug|cup) of (?:tea|coffee|water)|(?:mug|cup)ful", "volume", 0.3),
    (r"(?:a )?half(?:[- ]full| a) kettle|kettle,? half[- ]full|half[- ]full kettle", "volume", 0.85),
    (r"full kettle|kettle full", "volume", 1.7),
    (r"tin of (?:beans|soup|tomatoes)|tins? of beans", "weight", 0.4),
    (r"bag of sugar|bag of flour", "weight", 1.0),
    (r"bag of potatoes", "weight", 2.5),
]  # fmt: skip
_THING = re.compile(
    r"\b(?:a|an|one|the|my)?\s*(?:(?:small|little|single|full)\s+)?(?:"
    + "|".join(f"(?P<t{i}>{p})" for i, (p, _, _) in enumerate(_THINGS))
    + r")\b"
)


def _things(lower: str, add: _Add) -> None:
    """A weight or volume said as the thing lifted: "a drinks can", "a kettle half full"."""
    for m in _THING.finditer(lower):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v)
        if re.search(r"(kg|kilos?|grams?|pounds?|lbs?|litres?|liters?|ml|pints?)[\s-]*$",
                     lower[: m.start(f"t{i}")]):  # fmt: skip
            continue  # "a five pound bag of potatoes": its weight is said
        _, kind, value = _THINGS[i]
        add(m, kind, value, value, f"t{i}")


def _unit_misheard(word: str) -> bool:
    """A word close to a unit, as the model can write one ("fifteen measures"): not a thing
    counted."""
    return sound_key(word) in _SOUNDS_LIKE or any(
        word[0] == unit[0]
        and jellyfish.damerau_levenshtein_distance(word, unit) <= (3 if len(word) >= 7 else 1)
        for unit in ("metres", "meters", "yards", "miles", "minutes")
    )


def _counts(lower: str, add: _Add) -> None:
    """How many of a thing ("lost two jobs", "on three pillows"), as a count of that thing
    ("count:job"), compared only with a count of the same; and a year ("in 2019")."""
    # an age: "32 years old", "aged 32", "at the age of sixteen", "when I was six", "since I was 9"
    for m in itertools.chain(
        re.finditer(rf"\b(?P<a>{NUMBER})\s*-?\s*(?:years?|yrs?)\s*-?\s*old\b", lower),
        re.finditer(
            rf"\b(?:aged|age of|at age|(?:when|since) (?:i|he|she) was)\s+(?:about\s+|around\s+)?"
            rf"(?P<a>{NUMBER})\b",
            lower,
        ),
        # "I'm 41 now", "she's nineteen this year"
        re.finditer(
            rf"\b(?:i'?m|i am|he'?s|she'?s)\s+(?P<a>{NUMBER})(?P<now>(?=\s+(?:now|this year)\b))",
            lower,
        ),
        re.finditer(
            rf"\bdiagnosed(?:\s+with\s+[a-z']+(?:\s+[a-z']+)?)?\s+at\s+(?P<a>{NUMBER})\b"
            r"(?!\s*(?:o'?clock|am\b|pm\b|[:.]\d))",
            lower,
        ),  # fmt: skip
    ):
        age = number(m["a"])
        if age and m["a"].strip() not in ("a", "an", "once", "twice") and 0 < age[1] < 120:
            before = lower[max(0, m.start() - 20) : m.start()]
            now = (
                m.groupdict().get("now") is not None
                # "Mr Dunn, aged 52" (not "diagnosed aged 7")
                or (m[0].startswith("aged") and not _THEN.search(before[-12:]))
                or (m[0].endswith("old") and not _THEN.search(before))
            )
            add(m, "age:now" if now else "age", *age, "a")
    # an age by its decade: "in my forties", "in his early 50s" (then, or now: "I'm in my 40s")
    for m in re.finditer(
        r"\b(?P<now>(?:i'?m|i am|he'?s|she'?s|he is|she is)\s+)?(?:in|since)\s+(?:my|his|her|"
        r"their)\s+"
        rf"(?:(?P<part>early|mid|late)[- ])?(?P<a>{'|'.join(_DECADES)}|[2-9]0'?s)\b",
        lower,
    ):
        base = _DECADES.get(m["a"]) or int(m["a"][0]) * 10
        low, high = {"early": (0, 3), "mid": (3, 7), "late": (7, 9)}.get(m["part"] or "", (0, 9))
        add(m, "age:now" if m["now"] else "age", base + low, base + high, "a")
    # (a word or two may say what kind: "four hospital admissions")
    kind_of = r"(?:(?P<mod>[a-z]{4,}(?:\s+[a-z]{4,})?)\s+)?"
    # (and the thing is the last word before a small word or the end: "admission last winter")
    ends = (
        r"(?=\s*(?:[.,;:!?]|$)|\s+(?:in|on|at|last|since|this|over|during|for|and|but|with|to|"
        r"a|an|the|when|which|that|so|because|due|as|after|before|from|each|every|per|now|ago|"
        r"i|he|she|it|they|we|you|were|was|is|are|have|had)\b)"
    )
    # (several of a thing may say of what: "six sessions of CBT", "two courses of steroids")
    for m in re.finditer(
        rf"\b{RANGE}\s+{kind_of}(?P<noun>[a-z]{{3,}}s)\b(?:{ends}|(?=\s+of\b))", lower
    ):
        noun = m["noun"]
        if noun in _NOT_COUNTED or noun.endswith(("ss", "us", "is")) or _unit_misheard(noun):
            continue
        if m["mod"] and (
            set(m["mod"].split()) & (_NOT_COUNTED | _NOT_ONE) or m["mod"].endswith("s")
        ):
            continue
        if m["a"].strip() in ("a", "an", "once", "twice", "one") and m["b"] is None:
            continue
        span = _span(m)
        if span:
            thing = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]
            thing = {"crise": "crisis", "diagnose": "diagnosis"}.get(thing, thing)
            add(m, f"count:{thing}", *span)
    # "one operation": one of a thing, against "two operations" (not "one of", "one day")
    for m in re.finditer(
        rf"\b(?:one|1|a single|just the one)\s+{kind_of}(?P<noun>[a-z]{{4,}})\b{ends}", lower
    ):
        noun = m["noun"]
        if m["mod"] and (set(m["mod"].split()) & (_NOT_COUNTED | _NOT_ONE)):
            continue
        if noun.endswith("s") or noun + "s" in _NOT_COUNTED or noun in _NOT_COUNTED:
            continue
        if _unit_misheard(noun + "s") or noun in _NOT_ONE:
            continue
        add(m, f"count:{noun}", 1.0, 1.0)
    # how many times in a season or a month: "she left the gas on twice in the summer", "twice
    # in, um, September"
    for m in re.finditer(
        rf"\b(?:(?P<a>once|twice)|(?P<a2>{NUMBER})\s+times)\s+(?:in|over|during)\s*,?\s+"
        r"(?:(?:um|uh|er|erm),?\s+)?(?:the\s+(?:summer|winter|spring|autumn|holidays)|january|"
        r"february|march|april|may|june|july|august|september|october|november|december)\b",
        lower,
    ):
        span = number(m["a"] or m["a2"])
        if span:
            add(m, "times", *span)
    # once or twice, and no more said of how often: how many times ("I got lost once and I was
    # scared", "I cut myself twice.", "once or twice"), not "once I've done it"
    for m in re.finditer(
        r"(?<=[a-z,] )(?:(?P<o>once)\s+or\s+)?(?P<n>once|twice)\b(?=\s*(?:[.,;:!?]|$)|\s+(?:and|"
        r"but|so|because|after|before|when|while|during|since|now|already|that i know|left|fell|"
        r"forgot|lost|burnt|burned|set off|got lost|went missing|ran|for (?:that|"
        r"it|this)|(?:in the \w+ )?(?:this|last) (?:year|month|week)|outside|outdoors|indoors|"
        r"inside|at home|in the (?!morning|afternoon|evening|night|day|week)\w+|getting (?:in|out|"
        r"up|off)|on the (?:stairs|ice|bus|floor))\b)",
        lower,
    ):
        n = 1.0 if m["n"] == "once" else 2.0
        add(m, "times", 1.0 if m["o"] else n, n)
    for m in re.finditer(
        r"\b(?:in|since|from|during|of|back in)\s+(?P<y>(?:19[5-9]|20[0-4])\d)\b", lower
    ):
        add(m, "year", float(m["y"]), float(m["y"]), "y")
    # a year on its own, or after a month ("February 2023", "in, um, 2019"): a figure from 1950 to
    # 2049 with no unit after it and no pound sign before is a year when it is said
    for m in re.finditer(
        r"(?<![£\d.,])\b(?P<y>(?:19[5-9]|20[0-4])\d)\b(?![.,]\d)(?!\s*(?:%|-|–|to\b|or\b|"
        r"(?:[a-z]+\s+)?(?:mg|milligrams?|mcg|ml|metres?|meters?|yards?|steps?|pounds?|quid|"
        r"calories|"
        r"times?|people|words?|hours?|minutes?|days?|miles?)\b))",
        lower,
    ):
        add(m, "year", float(m["y"]), float(m["y"]), "y")
    # a year in words said alone: "twenty, twenty-three", "nineteen ninety-eight" (not "twenty,
    # twenty-five metres")
    for m in re.finditer(
        rf"\b(?P<y>(?P<c>twenty|nineteen),?\s+(?P<n>(?:{'|'.join(_TENS)})(?:(?: ?-| )(?:one|two|"
        r"three|four|five|six|seven|eight|nine))?))\b(?!-)"
        r"(?!\s*(?:%|to\b|or\b|(?:[a-z]+\s+)?(?:mg|milligrams?|ml|metres?|meters?|yards?|steps?|"
        r"pounds?|quid|times?|people|hours?|minutes?|days?|miles?|percent|per)\b))",
        lower,
    ):
        part = number(m["n"])
        year = (2000 if m["c"] == "twenty" else 1900) + part[0] if part else 0
        if 1950 <= year <= 2049:
            add(m, "year", year, year, "y")
    # a year in words: "in twenty oh five", "since twenty eleven", "in two thousand and five"
    for m in re.finditer(
        rf"\b(?:in|since|from|during|back in)\s+(?P<y>twenty\s+(?:oh\s+(?P<o>{_SMALL})|"
        rf"(?P<t>{_SMALL}))|"
        rf"two thousand(?:\s+and)?\s+(?P<k>{_SMALL}))\b",
        lower,
    ):
        part = number(m["o"] or m["t"] or m["k"])
        if part and part[0] == part[1] and (m["o"] and part[0] < 10 or not m["o"]):
            year = 2000 + part[0]
            if 2000 <= year <= 2049:
                add(m, "year", year, year, "y")


# "twenties" to "nineties"
_DECADES = {w[:-1] + "ies": WORD[w] for w in _TENS}
# an age now, not when something happened: "I'm 41 now", "he is 45 years old" (not "when I was
# six years old", "at the age of 16")
_THEN = re.compile(r"\b(?:was|were|when|since|diagnosed|until|till|from|by|at)\b")


# words after "one" that are not a count of a thing
_NOT_ONE = {"thing", "more", "another", "other", "side", "hand", "point", "last",
            "where", "which", "that", "else", "evening", "morning", "night", "afternoon",
            "minute", "hour", "second", "week", "month", "year", "time"}  # fmt: skip

_CORRECTION = re.compile(
    r"^[\s,.;:—–-]*(?:\w+[\s,.;:—–-]+){0,3}?(?:no|sorry|actually|i mean|more like|rather|or rather|"
    r"make that|"
    r"honestly|to be honest|in fact|truthfully|realistically|is it|was it|wait|hang on)\b|"
    # or the number said again on its own: "Three in the last month. Four."
    rf"^\s*[.;]\s*(?=(?:{NUMBER})\s*[.?!])",
    re.I,
)


def said_quantities(text: str) -> list[Quantity]:
    """Quantities as a speaker meant them: a figure they correct straight away ("fifty — no,
    more like thirty metres", "a couple of times a week. No, hang on, that's not right. More
    like every other week") gives way to the correction, and a figure they deny ("once a
    fortnight, not every week") is not one they gave."""
    return list(_said_quantities(text))


@functools.lru_cache(maxsize=1 << 12)
def _said_quantities(text: str) -> tuple[Quantity, ...]:
    """said_quantities, read once per text (the report check asks of an answer many times)."""
    said = [
        q
        for q in quantities(text, said=True)
        if not _DENIED.search(text, 0, q.at) and not _most_days_not(text, q)
    ]
    return tuple(_as_corrected(text, said))


# "most days she doesn't leave the house": how often not, which says little of how often
_MOST_DAYS_NOT = re.compile(
    r"[^.,;!?]{0,30}?\b(?:don'?t|doesn'?t|can'?t|won'?t|never|not|cannot)\b", re.I
)


def _most_days_not(text: str, q: Quantity) -> bool:
    """A share of days said with a no after it: not how often it is done."""
    return bool(
        q.kind == "frequency"
        and re.fullmatch(r"most (?:days|nights)", q.text, re.I)
        and _MOST_DAYS_NOT.match(text, q.at + len(q.text))
    )


_DENIED = re.compile(r"\b(?:not|never)\s+(?:even\s+)?$", re.I)


def _as_corrected(text: str, qs: list[Quantity]) -> list[Quantity]:
    """The figures, each put right by a correction that follows it: a figure of its kind ("no,
    more like thirty metres") or a bare number in its unit ("no, more like 30")."""
    out = []
    for i, q in enumerate(qs):
        later = next((p for p in qs[i + 1 :] if p.kind == q.kind), None)
        corrected = _corrected_bare(text, q, later.at if later else len(text))
        if corrected is None and later is not None:
            between = text[q.at + len(q.text) : later.at]
            if len(between) < 80 and _CORRECTION.match(between):
                continue
        out.append(corrected or q)
    return out


def _corrected_bare(text: str, q: Quantity, until: int) -> Quantity | None:
    """A figure corrected with a bare number in its own unit: "a hundred metres… no, it's more
    like 30" is 30 metres."""
    rest = text[q.at + len(q.text) : until]
    fix = _CORRECTION.match(rest)
    head = re.match(rf"\s*({NUMBER})", q.text, re.I)
    if not fix or not head:
        return None
    m = re.compile(rf"\W*(?:\w+\W+){{0,14}}?(?P<a>{NUMBER})\b(?!\s*[-\w])", re.I).match(
        rest, fix.end()
    )
    said, base = (number(m["a"]) if m else None), number(head[1])
    if m is None or said is None or base is None or not base[1] or m["a"].strip() in ("a", "an"):
        return None
    if m.start("a") - fix.start() > 90:  # too far on to be the same figure put right
        return None
    if not 0.1 <= said[1] / base[1] <= 10:  # "four times a day… sorry, 8500": another figure
        return None
    unit = q.high / base[1] if q.high != INF else q.low / base[0]
    at = q.at + len(q.text) + m.start("a")
    return Quantity(
        q.kind, said[1] * unit, text[at : at + len(m["a"])], said[0] * unit, said[1] * unit, at
    )


# what a question asks for, so that a bare number in its answer has a unit ("How far can you
# walk?" "Maybe twenty, then I stop."), and the unit it is taken in
ASKS = [
    ("distance", re.compile(r"\bhow (?:far|much further)\b", re.I), 1.0),  # metres
    ("duration", re.compile(r"\bhow many hours\b", re.I), 60.0),  # "How many hours?" "About ten."
    ("duration", re.compile(r"\bhow long\b|\bhow many minutes\b", re.I), 1.0),
    ("steps", re.compile(r"\bhow many (?:stairs|steps)\b", re.I), 1.0),
    # "How many bad days would you have in a week?" "Four. Sometimes five."
    (
        "frequency",
        re.compile(
            r"\bhow many\b(?:\s+\w+){0,2}\s+days?\b[^?]*?\b(?:in a|a|per|each)\s+week\b", re.I
        ),
        1.0,
    ),
    (
        "frequency",
        re.compile(
            r"\bhow many\b(?:\s+\w+){0,2}\s+days?\b[^?]*?\b(?:in a|a|per|each)\s+month\b", re.I
        ),
        12 / 52,
    ),
    # "How many times a day would you wash your hands?" "Like fifty, maybe more."
    ("frequency", re.compile(r"\bhow many times (?:a|per|each) day\b", re.I), 7.0),
    ("frequency", re.compile(r"\bhow many times (?:a|per|each) week\b", re.I), 1.0),
    ("frequency", re.compile(r"\bhow many times (?:a|per|each) month\b", re.I), 12 / 52),
    # "How many crises have you had this year?" "Six so far."
    (
        "times",
        re.compile(
            r"\bhow many (?:\w+ )?(?:falls|seizures|fits|crises|attacks|admissions|episodes|"
            r"blackouts|hypos|flares|relapses|infections|overdoses)\b",
            re.I,
        ),
        1.0,
    ),
    # "What medication are you on?" "Levetiracetam, 750 twice a day." (milligrams)
    ("dose", re.compile(r"\b(?:medications?|medicines?|tablets)\b", re.I), 1.0),
    ("score", re.compile(r"\bout of (?:ten|10)\b", re.I), 1.0),  # "Out of ten?" "About seven."
    ("age:now", re.compile(r"\bhow old (?:are|is)\b", re.I), 1.0),  # "How old are you?" "22."
    ("age", re.compile(r"\bhow old\b", re.I), 1.0),  # "How old were you then?" "14."
]
# a bare number that counts something else or tells the time
_NOT_BARE = re.compile(
    r"\s*(?:of\b|at a time|o'?clock|am\b|pm\b|a\.m|p\.m|%|percent|per ?cent|years?\b|"
    r"[:.]\d|times?\b|people|kids|children|tablets|pills)",
    re.I,
)
_BARE = re.compile(rf"\b(?P<a>{NUMBER})(?:\s*(?:to|-|–|or)\s*(?P<b>{NUMBER}))?\b", re.I)


def sound_key(word: str) -> tuple[str, str]:
    """How a word sounds, for matching what the speech model wrote to what was meant: its first
    letter and Metaphone key ("stairs" and "stear's", "metres" and "madras")."""
    return word[0], jellyfish.metaphone(word)


# units as the speech model mishears them: a word after a number that sounds like one:
# "twenty madras", "a quarter lighter carton"
_SOUNDS_LIKE = {
    sound_key(u): u
    for u in ("metres", "metre", "yards", "miles", "minutes", "litre", "litres", "pints",
              "kilos", "stairs", "steps")
}  # fmt: skip
_KNOWN_UNITS = {u for units in _UNITS.values() for u in units}
_AFTER_NUMBER = re.compile(rf"\b({NUMBER})([\s-]+)([a-z]{{4,}})\b", re.I)


# figures as the model can mishear them: "three ours" (hours), "a very two weeks" (every two
# weeks), "it takes me a motor" (an hour)
_MISHEARD = [  # (the words heard, with the part put right as group "w"; what was meant)
    (
        re.compile(
            rf"\b(?:{NUMBER})\s+(?P<w>ours)\b(?= (?:a|an|every|each|per)\b|\s*[.,;]|$)", re.I
        ),
        "hours",
    ),
    (
        re.compile(
            r"\b(?P<w>a very)(?= (?:\w+ )?(?:day|days|night|nights|week|weeks|month|months)\b)",
            re.I,
        ),
        "every",
    ),
    (re.compile(r"\b(?:me|him|her) (?P<w>a motor)\b", re.I), "an hour"),  # "takes me a motor"
]


def _units_heard(answer: str) -> tuple[str, list[tuple[int, int]]]:
    """The answer with misheard units put right, and where each change is (its start in the
    answer and the change in length) so that figures can be quoted in the words heard."""
    changes = []  # (start, end, replacement)
    for m in _AFTER_NUMBER.finditer(answer):
        word = m[3].lower()
        unit = _SOUNDS_LIKE.get(sound_key(word))
        if unit and word not in _KNOWN_UNITS and word.rstrip("s") != unit.rstrip("s"):
            changes.append((m.start(3), m.end(3), unit))
    for pattern, meant in _MISHEARD:
        changes += [(*m.span("w"), meant) for m in pattern.finditer(answer)]
    out, shifts, last = [], [], 0
    for start, end, meant in sorted(changes):
        if start < last:
            continue
        out.append(answer[last:start] + meant)
        shifts.append((start, len(meant) - (end - start)))
        last = end
    return "".join(out) + answer[last:], shifts


@functools.lru_cache(maxsize=1 << 14)
def answered_quantities(question: str, answer: str) -> tuple[Quantity, ...]:
    """What an answer says, with a bare number taken in the unit its question asks for, when the
    answer gives none of that kind; a misheard unit is read as the unit it sounds like. Each
    figure is quoted in the words the model wrote."""
    fixed, shifts = _units_heard(answer)
    return tuple(_as_heard(q, answer, shifts) for q in _answered(question, fixed))


def _as_heard(q: Quantity, answer: str, shifts: list[tuple[int, int]]) -> Quantity:
    start, end = q.at, q.at + len(q.text)
    for at, delta in shifts:  # back from the corrected text to the words heard
        if at < q.at:
            start -= delta
        if at < q.at + len(q.text):
            end -= delta
    return Quantity(q.kind, q.value, answer[start:end], q.low, q.high, start)


_FOR_FOUR = re.compile(
    r"(?:^\W*|\b(?:probably|maybe|may be|about|around|roughly|say|like),?\s+)\b(for)\b"
    r"(?=\s*[,.]|\s+(?:a week|sometimes|or|maybe|five|six)\b)",
    re.I,
)


def _said_as(answer: str, m: re.Match[str]) -> str:
    """The words of the answer a figure was read from (as said: "For", read as four)."""
    text = answer[m.start() : m.end()]
    return text if text.strip() == m[0].strip() else answer[m.start() :].split()[0].strip(",.")


_HOW_MANY_DAYS = re.compile(
    r"\bhow many (?:bad|good|better|worse|off)\s+days\b(?![^?]*\b(?:month|year)\b)", re.I
)


_HOW_LONG = re.compile(r"\bhow long\b(?![^?]*\b(ago|since)\b)", re.I)


def _answered(question: str, answer: str) -> list[Quantity]:
    found = said_quantities(answer)
    if _HOW_LONG.search(question):
        # "How long does it take you to recover?" "Sometimes two days.": how long, in minutes
        # (a period is how long ago, in weeks)
        found = [
            replace(
                q,
                kind="duration",
                value=round(q.value * 7 * _DAY_MINUTES, 6),
                low=round(q.low * 7 * _DAY_MINUTES, 6),
                high=round(q.high * 7 * _DAY_MINUTES, 6),
            )
            if q.kind == "period" and re.search(r"\bdays?$", q.text, re.I)
            else q
            for q in found
        ]
    if _HOW_MANY_DAYS.search(question):
        # "How many bad days would you say you have?" "Five days, maybe.": days of a week
        found = [
            replace(
                q,
                kind="frequency",
                value=round(q.value * 7, 6),
                low=round(q.low * 7, 6),
                high=round(q.high * 7, 6),
            )
            if q.kind == "period" and re.search(r"\bdays?$", q.text, re.I) and q.high * 7 <= 7
            else q
            for q in found
        ]
    for kind, asks, unit in ASKS:
        if not asks.search(question) or any(q.kind == kind for q in found):
            continue
        # (a count of something is not yet a figure of the kind asked: "How far?" "Fifteen
        # measures" is fifteen metres misheard)
        taken = [(q.at, q.at + len(q.text)) for q in found if not q.kind.startswith("count:")]
        bare = []
        # ("four" as the model can hear it: "For, sometimes five", "probably for a week")
        heard = _FOR_FOUR.sub(lambda m: m[0][: m.start(1) - m.start()] + "4  ", answer)
        heard = _TOO_TWO.sub(lambda m: "2".ljust(len(m[0])), heard)  # "maybe too good days"
        for m in _BARE.finditer(heard):
            words = m[0].lower().split()
            if words[0] in ("a", "an", "one", "once", "twice") or _NOT_BARE.match(answer, m.end()):
                continue
            if re.fullmatch(_FRACTION, m[0].strip(), re.I):
                continue  # "three quarters of an…": a fraction of nothing said
            if (
                re.fullmatch(r"(19|20)\d\d", m[0])
                or re.search(  # a year, an age, a date
                    r"\b(since|in|at|from|by|aged?|on)\s+$",
                    answer[max(0, m.start() - 8) : m.start()],
                    re.I,
                )
            ):
                continue
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            span = _span(m)
            if span:
                bare.append(
                    Quantity(
                        kind,
                        span[1] * unit,
                        _said_as(answer, m),
                        span[0] * unit,
                        span[1] * unit,
                        m.start(),
                    )  # fmt: skip
                )
        bare = _as_corrected(answer, bare)
        found = [q for q in found if not any(q.at <= b.at < q.at + len(q.text) for b in bare)]
        found += bare
    return found


_STEPS = re.compile(r"\bsteps?\b", re.I)


def paces(q: Quantity) -> Quantity:
    """Steps walked as a distance, a step half a metre to a metre ("ten steps": 5 to 10 m); any
    other figure (stairs are climbed, not walked) as it is."""
    if q.kind != "steps" or not _STEPS.search(q.text):
        return q
    return replace(q, kind="distance", value=q.high, low=0.5 * q.low, high=q.high)


def comparable(a: Quantity, b: Quantity) -> bool:
    """Figures of one kind; a weight and a volume are (a litre of water weighs a kilogram), and a
    count of events is how many times ("three hospital admissions", "six times last year")."""
    kinds = {a.kind, b.kind}
    return (
        a.kind == b.kind
        or kinds == {"weight", "volume"}
        or ("times" in kinds and bool(kinds & _EVENTS))
    )


_EVENTS = {f"count:{e}" for e in ("admission", "operation", "fall", "seizure", "fit", "attack",
                                  "episode", "flare", "relapse", "crisis", "infection",
                                  "overdose", "blackout", "hypo", "session", "course")}  # fmt: skip


def clock_apart(a: float, b: float) -> float:
    """Minutes between two times of day, either of them maybe said without morning or
    afternoon (so 7pm is seven o'clock)."""
    apart = abs(a - b) % 720
    return min(apart, 720 - apart)


_ROUGHLY_DAILY = re.compile(r"\b(most|every|each|daily|nightly|nearly|almost)\b", re.I)


def differs(a: Quantity, b: Quantity) -> bool:
    """Materially different: the ranges are more than a quarter apart (a year: another year)."""
    if a.kind == "year":
        return a.value != b.value
    if a.kind == "clock":  # an hour either way; said without morning or afternoon, either
        return clock_apart(a.value, b.value) > 60
    if a.kind.startswith("age"):  # a year either way is how people round their age
        near = 1 if a.low == a.high and b.low == b.high else 0  # (not "in my forties")
        return a.high < b.low - near or b.high < a.low - near
    if (
        a.kind == "frequency"
        and max(a.high, b.high) <= 7
        and min(a.low, b.low) >= 1
        and not any(_ROUGHLY_DAILY.search(q.text) for q in (a, b))
    ):
        # days of a week, counted: "two to three" against "four" (not a quarter apart; "most
        # days" and "every day" are not counts)
        return a.high < b.low or b.high < a.low
    if a.kind == "frequency" and (per := _same_stretch(a, b)):
        # a few times a night or a day, counted, per the same stretch: "two to three times a
        # night" against "four or five times a night" (not a quarter apart)
        scale = PER_WEEK.get(per, 1.0) if per != "month" else 12 / 52
        if max(a.high, b.high) / scale <= 12 and all(_COUNTED.search(q.text) for q in (a, b)):
            return a.high < b.low or b.high < a.low
    if a.kind == "weight" and min(a.low, b.low) >= 20:
        # a body's weight is known to the pound or so: "nine stone" against "seven stone"
        return a.high < 0.9 * b.low or b.high < 0.9 * a.low
    if (a.kind == "times" or a.kind.startswith("count:")) and max(a.high, b.high) <= 12:
        # a few events, counted: "three falls" against "four" (not a quarter apart)
        return a.high < b.low or b.high < a.low
    if a.kind == "frequency":
        # "most days" is more than half of them: not "two to three times a week"
        for most, other in ((a, b), (b, a)):
            if (
                _MOST_DAYS.search(most.text)
                and not _ROUGHLY_DAILY.search(other.text)
                and other.high < 4
            ):
                return True
    return a.high < 0.75 * b.low or b.high < 0.75 * a.low


_MOST_DAYS = re.compile(r"\bmost (days|nights|mornings|evenings|of the week)\b", re.I)
_STRETCH = re.compile(r"\b(?:a|an|per|each|every)\s+(day|night|week|month)\b", re.I)
# a count said with its number: "2 to 3 times", "four or five times", "twice", "once"
_COUNTED = re.compile(rf"^\W*(?:{NUMBER}|once|twice)(?:\s*(?:to|-|or)\s*{NUMBER})?\s+(?:times?\b|"
                      r"a\b|an\b|per\b|each\b|every\b)|^\W*(once|twice)\b", re.I)  # fmt: skip


def _same_stretch(a: Quantity, b: Quantity) -> str | None:
    """The stretch both frequencies are said per ("a night"), if it is the same."""
    ma, mb = _STRETCH.search(a.text), _STRETCH.search(b.text)
    return ma[1].lower() if ma and mb and ma[1].lower() == mb[1].lower() else None


__all__ = [
    "HOUR_WORDS",
    "Quantity",
    "answered_quantities",
    "clock_apart",
    "comparable",
    "differs",
    "number",
    "paces",
    "quantities",
    "said_quantities",
    "sound_key",
]
