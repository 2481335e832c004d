"""The PIP and WCA activities with their descriptors and points, dated and cited (issue 5).

Every activity keeps its legal source and the date its wording took effect, so a change in the law
is a change to one entry; check the current text before relying on it in a submission. The
descriptor texts are shortened (the regulations' own words, trimmed of their cross-references).

Two things use the table:

- a statement is tied to the activity it bears on, by the report's own heading ("Preparing
  food", "Mobilising") or failing that by its words (cook, meal, microwave → preparing food);
- a finding states what it is worth: a changed distance picks a different descriptor (PIP
  moving around at 1, 20, 50 and 200 m; WCA mobilising at 50, 100 and 200 m); a changed duration
  of sitting or standing a different WCA standing-and-sitting descriptor (30 minutes, an hour);
  a dropped "needs help / an aid / prompting / not safely / not repeatedly" points to the
  descriptors that need exactly that, with their points.
"""

# ruff: noqa: E501  (the table keeps one descriptor per line)
from __future__ import annotations

import re
from dataclasses import dataclass

from twindeck.report.statements import stem

PIP_REGS = (
    "Social Security (Personal Independence Payment) Regulations 2013 (SI 2013/377), Schedule 1"
)
PIP_2017 = "as amended by SI 2017/194 from 16 March 2017"
WCA_REGS = (
    "Employment and Support Allowance Regulations 2008 (SI 2008/794) Schedule 2, as amended by "
    "SI 2011/228 from 28 March 2011 and SI 2012/3096 from 28 January 2013; Universal Credit "
    "Regulations 2013 (SI 2013/376) Schedule 6 (same descriptors)"
)
PIP_DAILY_LIVING_STANDARD, PIP_DAILY_LIVING_ENHANCED = 8, 12
PIP_MOBILITY_STANDARD, PIP_MOBILITY_ENHANCED = 8, 12
WCA_LCW_POINTS = 15
# PIP's reliability rule (regulation 4(2A)): an activity counts as done only if it can be done
# safely, to an acceptable standard, repeatedly and within a reasonable time period (no more
# than twice as long as a person without the condition), and a descriptor applies if it is met
# on more than 50% of days (regulation 7).
PIP_RELIABILITY = (
    "PIP regulation 4(2A): safely, to an acceptable standard, repeatedly and in a reasonable time "
    "period; regulation 7: on more than 50% of days"
)


@dataclass(frozen=True)
class Descriptor:
    scheme: str
    activity: str
    letter: str
    points: int
    text: str
    needs: frozenset[str] = frozenset()  # qualifiers that, if true, point to this descriptor
    up_to_m: float | None = None  # distance descriptors: for no more than this (inf: the last)
    up_to_min: float | None = None  # duration descriptors: for no more than this many minutes


@dataclass(frozen=True)
class Activity:
    scheme: str  # PIP | WCA
    part: str  # "daily living", "mobility", "physical", "mental"
    number: int
    name: str
    source: str
    in_force: str  # ISO date the wording took effect
    words: tuple[str, ...]  # what a statement on this activity talks about
    descriptors: tuple[Descriptor, ...]

    @property
    def key(self) -> str:
        return f"{self.scheme} {self.part} {self.number}"

    @property
    def title(self) -> str:
        return f"{self.scheme} {self.part} activity {self.number}, {self.name}"


def _activity(
    scheme: str,
    part: str,
    number: int,
    name: str,
    source: str,
    in_force: str,
    words: str,
    rows: list[tuple[str, int, str, str]],
    distances: tuple[float | None, ...] = (),
    minutes: tuple[float | None, ...] = (),
) -> Activity:
    title = f"{part} activity {number}, {name}"
    descriptors = []
    for i, (letter, points, text, needs) in enumerate(rows):
        descriptors.append(
            Descriptor(
                scheme,
                title,
                letter,
                points,
                text,
                frozenset(n for n in needs.split(",") if n),
                distances[i] if distances else None,
                minutes[i] if minutes else None,
            )
        )
    return Activity(
        scheme, part, number, name, source, in_force, tuple(words.split()), tuple(descriptors)
    )


_PIP_DL = f"{PIP_REGS}, Part 2"
_PIP_MOB = f"{PIP_REGS}, Part 3"
_HELP = "help"  # supervision, prompting or assistance from another person
PIP = (
    _activity("PIP", "daily living", 1, "Preparing food", _PIP_DL, "2013-04-08",
              "cook cooks cooking cooker meal meals food microwave chop peel vegetables oven hob kettle", [
        ("a", 0, "can prepare and cook a simple meal unaided", ""),
        ("b", 2, "needs to use an aid or appliance to prepare or cook a simple meal", "aid"),
        ("c", 2, "cannot cook a simple meal using a conventional cooker but can using a microwave", ""),
        ("d", 2, "needs prompting to prepare or cook a simple meal", "prompt"),
        ("e", 4, "needs supervision or assistance to prepare or cook a simple meal", "help,not safely"),
        ("f", 8, "cannot prepare and cook food", ""),
    ]),
    _activity("PIP", "daily living", 2, "Taking nutrition", _PIP_DL, "2013-04-08",
              "eat eats eating drink drinking nutrition cutlery swallow tube", [
        ("a", 0, "can take nutrition unaided", ""),
        ("b", 2, "needs an aid or appliance, supervision, or assistance to cut up food", "aid"),
        ("c", 2, "needs a therapeutic source to take nutrition", ""),
        ("d", 4, "needs prompting to take nutrition", "prompt"),
        ("e", 6, "needs assistance to manage a therapeutic source to take nutrition", ""),
        ("f", 10, "cannot convey food and drink to their mouth and needs another person to do so", ""),
    ]),
    _activity("PIP", "daily living", 3, "Managing therapy or monitoring a health condition", _PIP_DL,
              "2013-04-08", "medication tablets pills medicine therapy injections dosette blister "
              "physiotherapy exercises monitor blood sugar insulin", [
        ("a", 0, "needs no medication or therapy, or manages it unaided", ""),
        ("b", 1, "needs an aid, or supervision, prompting or assistance, to manage medication "
                 "or monitor a health condition", "aid,prompt,help"),
        ("c", 2, "needs supervision, prompting or assistance to manage therapy of no more than "
                 "3.5 hours a week", ""),
        ("d", 4, "… therapy of more than 3.5 but no more than 7 hours a week", ""),
        ("e", 6, "… therapy of more than 7 but no more than 14 hours a week", ""),
        ("f", 8, "… therapy of at least 14 hours a week", ""),
    ]),
    _activity("PIP", "daily living", 4, "Washing and bathing", _PIP_DL, "2013-04-08",
              "wash washing bath bathe bathing shower showering hair", [
        ("a", 0, "can wash and bathe unaided", ""),
        ("b", 2, "needs to use an aid or appliance to wash or bathe", "aid"),
        ("c", 2, "needs supervision or prompting to wash or bathe", "prompt,not safely"),
        ("d", 2, "needs assistance to wash their hair or body below the waist", ""),
        ("e", 3, "needs assistance to get in or out of a bath or shower", ""),
        ("f", 4, "needs assistance to wash their body between the shoulders and waist", "help"),
        ("g", 8, "cannot wash and bathe at all and needs another person to wash their entire body", ""),
    ]),
    _activity("PIP", "daily living", 5, "Managing toilet needs or incontinence", _PIP_DL, "2013-04-08",
              "toilet toileting incontinence incontinent bladder bowel commode pads catheter", [
        ("a", 0, "can manage toilet needs or incontinence unaided", ""),
        ("b", 2, "needs to use an aid or appliance to manage toilet needs or incontinence", "aid"),
        ("c", 2, "needs supervision or prompting to manage toilet needs", "prompt"),
        ("d", 4, "needs assistance to manage toilet needs", "help"),
        ("e", 6, "needs assistance to manage incontinence of either bladder or bowel", ""),
        ("f", 8, "needs assistance to manage incontinence of both bladder and bowel", ""),
    ]),
    _activity("PIP", "daily living", 6, "Dressing and undressing", _PIP_DL, "2013-04-08",
              "dress dressing dressed undress undressing clothes socks shoes buttons zips laces", [
        ("a", 0, "can dress and undress unaided", ""),
        ("b", 2, "needs to use an aid or appliance to dress or undress", "aid"),
        ("c", 2, "needs prompting to dress, undress or choose suitable clothing", "prompt"),
        ("d", 2, "needs assistance to dress or undress their lower body", "help"),
        ("e", 4, "needs assistance to dress or undress their upper body", ""),
        ("f", 8, "cannot dress or undress at all", ""),
    ]),
    _activity("PIP", "daily living", 7, "Communicating verbally", _PIP_DL, "2013-04-08",
              "speak speaking speech hear hearing understand conversation deaf interpreter", [
        ("a", 0, "can express and understand verbal information unaided", ""),
        ("b", 2, "needs to use an aid or appliance to speak or hear", "aid"),
        ("c", 4, "needs communication support to express or understand complex verbal information", "help"),
        ("d", 8, "needs communication support to express or understand basic verbal information", ""),
        ("e", 12, "cannot express or understand verbal information at all", ""),
    ]),
    _activity("PIP", "daily living", 8, "Reading and understanding signs, symbols and words",
              _PIP_DL, "2013-04-08", "read reading letters signs print magnifier post forms", [
        ("a", 0, "can read and understand basic and complex written information unaided or with "
                 "spectacles or contact lenses", ""),
        ("b", 2, "needs an aid or appliance (other than spectacles or lenses) to read", "aid"),
        ("c", 2, "needs prompting to read or understand complex written information", "prompt,help"),
        ("d", 4, "needs prompting to read or understand basic written information", ""),
        ("e", 8, "cannot read or understand signs, symbols or words at all", ""),
    ]),
    _activity("PIP", "daily living", 9, "Engaging with other people face to face", _PIP_DL,
              "2013-04-08", "people social socialise strangers anxious anxiety panic friends crowds", [
        ("a", 0, "can engage with other people unaided", ""),
        ("b", 2, "needs prompting to engage with other people", "prompt"),
        ("c", 4, "needs social support to engage with other people", "help"),
        ("d", 8, "cannot engage with other people because of overwhelming psychological distress "
                 "or a substantial risk of harm", ""),
    ]),
    _activity("PIP", "daily living", 10, "Making budgeting decisions", _PIP_DL, "2013-04-08",
              "money budget budgeting bills change shopping bank pay paying", [
        ("a", 0, "can manage complex budgeting decisions unaided", ""),
        ("b", 2, "needs prompting or assistance to make complex budgeting decisions", "prompt,help"),
        ("c", 4, "needs prompting or assistance to make simple budgeting decisions", ""),
        ("d", 6, "cannot make any budgeting decisions at all", ""),
    ]),
    _activity("PIP", "mobility", 1, "Planning and following journeys", f"{_PIP_MOB}, {PIP_2017}",
              "2017-03-16", "journey journeys route bus train travel transport lost unfamiliar familiar places "
              "accompanied", [
        ("a", 0, "can plan and follow the route of a journey unaided", ""),
        ("b", 4, "needs prompting to undertake any journey to avoid overwhelming psychological "
                 "distress", "prompt"),
        ("c", 8, "cannot plan the route of a journey", ""),
        ("d", 10, "for reasons other than psychological distress, cannot follow the route of an "
                  "unfamiliar journey without another person, an assistance dog or an orientation "
                  "aid", "accompanied,help"),
        ("e", 10, "cannot undertake any journey because of overwhelming psychological distress", ""),
        ("f", 12, "for reasons other than psychological distress, cannot follow the route of a "
                  "familiar journey without another person, an assistance dog or an orientation "
                  "aid", ""),
    ]),
    # ordered from the shortest distance up: a person who can move d metres meets the first row
    # whose up_to_m is at least d; d (the same distances as c, with an aid) is found by its aid
    _activity("PIP", "mobility", 2, "Moving around", _PIP_MOB, "2013-04-08",
              "walk walking walked metres meters yards distance stick crutches wheelchair "
              "moving", [
        ("f", 12, "cannot, aided or unaided, stand, or move more than 1 metre", ""),
        ("e", 12, "can stand and then move more than 1 but no more than 20 metres", ""),
        ("c", 8, "can stand and then move unaided more than 20 but no more than 50 metres", ""),
        ("b", 4, "can stand and then move more than 50 but no more than 200 metres", ""),
        ("a", 0, "can stand and then move more than 200 metres, aided or unaided", ""),
        ("d", 10, "can stand and then move using an aid or appliance more than 20 but no more "
                  "than 50 metres", "aid"),
    ], distances=(1, 20, 50, 200, float("inf"), None)),
)  # fmt: skip

WCA = (
    _activity("WCA", "physical", 1, "Mobilising", WCA_REGS, "2013-01-28",
              "walk walking walked metres meters yards distance stick crutches wheelchair steps "
              "stairs mobilise mobilising", [
        ("a", 15, "cannot, unaided by another person, mobilise more than 50 metres without "
                  "stopping, or repeatedly mobilise 50 metres within a reasonable time, because "
                  "of significant discomfort or exhaustion", ""),
        ("c", 9, "cannot … mobilise more than 100 metres (or repeatedly 100 metres)", ""),
        ("d", 6, "cannot … mobilise more than 200 metres (or repeatedly 200 metres)", ""),
        ("e", 0, "none of the above", ""),
        ("b", 9, "cannot, unaided by another person, mount or descend two steps even with the "
                 "support of a handrail", ""),
    ], distances=(50, 100, 200, float("inf"), None)),
    _activity("WCA", "physical", 2, "Standing and sitting", WCA_REGS, "2011-03-28",
              "stand standing sit sitting seated chair", [
        ("b", 9, "cannot, for the majority of the time, remain at a work station standing, "
                 "sitting or both for more than 30 minutes before needing to move away", "rest"),
        ("c", 6, "… for more than an hour", ""),
        ("d", 0, "none of the above", ""),
    ], minutes=(30, 60, float("inf"))),
    _activity("WCA", "physical", 3, "Reaching", WCA_REGS, "2011-03-28",
              "reach reaching arm arms shoulder shelf", [
        ("a", 15, "cannot raise either arm as if to put something in the top pocket of a coat", ""),
        ("b", 9, "cannot raise either arm to top of head as if to put on a hat", ""),
        ("c", 6, "cannot raise either arm above head height as if to reach for something", ""),
        ("d", 0, "none of the above", ""),
    ]),
    _activity("WCA", "physical", 4, "Picking up and moving or transferring by the upper body and "
              "arms", WCA_REGS, "2011-03-28", "lift lifting carry carrying carton box pick", [
        ("a", 15, "cannot pick up and move a 0.5 litre carton full of liquid", ""),
        ("b", 9, "cannot pick up and move a one litre carton full of liquid", ""),
        ("c", 6, "cannot transfer a light but bulky object such as an empty cardboard box", ""),
        ("d", 0, "none of the above", ""),
    ]),
    _activity("WCA", "physical", 5, "Manual dexterity", WCA_REGS, "2011-03-28",
              "hands fingers grip button keyboard mouse pen coin", [
        ("a", 15, "cannot press a button or turn the pages of a book with either hand", ""),
        ("b", 15, "cannot pick up a £1 coin or equivalent with either hand", ""),
        ("c", 9, "cannot use a pen or pencil to make a meaningful mark with either hand", ""),
        ("d", 9, "cannot single-handedly use a suitable keyboard or mouse", ""),
        ("e", 0, "none of the above", ""),
    ]),
    _activity("WCA", "physical", 6, "Making self understood", WCA_REGS, "2011-03-28",
              "speak speaking speech message strangers", [
        ("a", 15, "cannot convey a simple message, such as the presence of a hazard", ""),
        ("b", 15, "has significant difficulty conveying a simple message to strangers", ""),
        ("c", 6, "has some difficulty conveying a simple message to strangers", ""),
        ("d", 0, "none of the above", ""),
    ]),
    _activity("WCA", "physical", 7, "Understanding communication", WCA_REGS, "2011-03-28",
              "hear hearing deaf lip sight braille", [
        ("a", 15, "cannot understand a simple message due to sensory impairment", ""),
        ("b", 15, "has significant difficulty understanding a simple message from a stranger", ""),
        ("c", 6, "has some difficulty understanding a simple message from a stranger", ""),
        ("d", 0, "none of the above", ""),
    ]),
    _activity("WCA", "physical", 8, "Navigation and maintaining safety", WCA_REGS, "2011-03-28",
              "navigate sight blind road crossing guide", [
        ("a", 15, "unable to navigate around familiar surroundings without being accompanied, due "
                  "to sensory impairment", ""),
        ("b", 15, "cannot safely complete a potentially hazardous task such as crossing the road "
                  "without being accompanied, due to sensory impairment", "not safely"),
        ("c", 9, "unable to navigate around unfamiliar surroundings without being accompanied, "
                 "due to sensory impairment", "accompanied"),
        ("d", 0, "none of the above", ""),
    ]),
    _activity("WCA", "physical", 9, "Absence or loss of control of bowel or bladder", WCA_REGS,
              "2011-03-28", "bladder bowel incontinence accidents leakage toilet", [
        ("a", 15, "at least once a month loses control (or a collecting device leaks) enough to "
                  "need cleaning and a change of clothing", ""),
        ("b", 6, "the majority of the time is at risk of such loss of control if not able to "
                 "reach a toilet quickly", ""),
        ("c", 0, "none of the above", ""),
    ]),
    _activity("WCA", "physical", 10, "Consciousness during waking moments", WCA_REGS, "2011-03-28",
              "seizures fits blackouts epilepsy faint fainting consciousness", [
        ("a", 15, "at least once a week has an involuntary episode of lost or altered "
                  "consciousness", ""),
        ("b", 6, "at least once a month has such an episode", ""),
        ("c", 0, "none of the above", ""),
    ]),
    _activity("WCA", "mental", 11, "Learning tasks", WCA_REGS, "2011-03-28",
              "learn learning instructions task", [
        ("a", 15, "cannot learn how to complete a simple task, such as setting an alarm clock", ""),
        ("b", 9, "cannot learn anything beyond a simple task", ""),
        ("c", 6, "cannot learn anything beyond a moderately complex task", ""),
        ("d", 0, "none of the above", ""),
    ]),
    _activity("WCA", "mental", 12, "Awareness of everyday hazards", WCA_REGS, "2011-03-28",
              "hazards danger burn burns knives kettle gas", [
        ("a", 15, "needs supervision for the majority of the time to maintain safety", ""),
        ("b", 9, "frequently needs supervision to maintain safety", "not safely"),
        ("c", 6, "occasionally needs supervision to maintain safety", ""),
        ("d", 0, "none of the above", ""),
    ]),
    _activity("WCA", "mental", 13, "Initiating and completing personal action", WCA_REGS,
              "2011-03-28", "motivation planning organise tasks", [
        ("a", 15, "cannot reliably initiate or complete at least 2 sequential personal actions", ""),
        ("b", 9, "cannot … for the majority of the time", "prompt"),
        ("c", 6, "frequently cannot …", ""),
        ("d", 0, "none of the above", ""),
    ]),
    _activity("WCA", "mental", 14, "Coping with change", WCA_REGS, "2011-03-28",
              "change changes routine plans unexpected", [
        ("a", 15, "cannot cope with any change, to the extent that day to day life cannot be "
                  "managed", ""),
        ("b", 9, "cannot cope with minor planned change", ""),
        ("c", 6, "cannot cope with minor unplanned change", ""),
        ("d", 0, "none of the above", ""),
    ]),
    _activity("WCA", "mental", 15, "Getting about", WCA_REGS, "2011-03-28",
              "go out outside places bus shops accompanied alone", [
        ("a", 15, "cannot get to any familiar place outside the home", ""),
        ("b", 9, "cannot get to a familiar place without being accompanied by another person",
         "accompanied"),
        ("c", 6, "cannot get to an unfamiliar place without being accompanied", ""),
        ("d", 0, "none of the above", ""),
    ]),
    _activity("WCA", "mental", 16, "Coping with social engagement", WCA_REGS, "2011-03-28",
              "people social strangers anxious anxiety panic", [
        ("a", 15, "social contact is always precluded", ""),
        ("b", 9, "social contact with someone unfamiliar is always precluded", ""),
        ("c", 6, "social contact with someone unfamiliar is not possible for the majority of the "
                 "time", ""),
        ("d", 0, "none of the above", ""),
    ]),
    _activity("WCA", "mental", 17, "Appropriateness of behaviour with other people", WCA_REGS,
              "2011-03-28", "temper aggressive angry outbursts behaviour", [
        ("a", 15, "has uncontrollable episodes of aggressive or disinhibited behaviour daily", ""),
        ("b", 15, "frequently has such episodes", ""),
        ("c", 9, "occasionally has such episodes", ""),
        ("d", 0, "none of the above", ""),
    ]),
)  # fmt: skip
ACTIVITIES = PIP + WCA
_WORD_STEMS = {a.key: {stem(w) for w in a.words} for a in ACTIVITIES}  # for activities_for
PIP_MOVING_AROUND = PIP[-1].descriptors
WCA_MOBILISING = WCA[0].descriptors
WCA_STANDING_SITTING = WCA[1].descriptors


def for_distance(metres: float, scheme: str = "PIP") -> Descriptor:
    table = PIP_MOVING_AROUND if scheme == "PIP" else WCA_MOBILISING
    return next(d for d in table if d.up_to_m is not None and metres <= d.up_to_m)


def compare_distances(reported_m: float, said_m: float) -> str | None:
    """What the difference is worth, in both schemes, or None if it changes no descriptor."""
    parts = []
    for scheme in ("PIP", "WCA"):
        a, b = for_distance(reported_m, scheme), for_distance(said_m, scheme)
        if a.points != b.points:
            parts.append(
                f"{scheme} {a.activity}: the report's distance gives descriptor {a.letter} "
                f"({a.points} points); what was said gives {b.letter} ({b.points} points)"
            )
    return "; ".join(parts) or None


def compare_durations(reported_min: float, said_min: float) -> str | None:
    """Sitting or standing for a time: the WCA standing-and-sitting thresholds (30 min, 1 h)."""
    a = next(d for d in WCA_STANDING_SITTING if d.up_to_min and reported_min <= d.up_to_min)
    b = next(d for d in WCA_STANDING_SITTING if d.up_to_min and said_min <= d.up_to_min)
    if a.points == b.points:
        return None
    return (
        f"WCA {a.activity}: the report's time gives descriptor {a.letter} ({a.points} points); "
        f"what was said gives {b.letter} ({b.points} points)"
    )


def _normal(text: str) -> str:
    return re.sub(r"[^a-z ]+", " ", text.lower()).strip()


def heading_activity(line: str) -> Activity | None:
    """A report's heading line naming an activity ("Activity 1 – Preparing food", "Mobilising:
    descriptor 1e, 0 points"); a sentence that starts with the same words is not one."""
    norm = " ".join(_normal(line).split())
    for activity in ACTIVITIES:
        name = " ".join(_normal(activity.name).split())
        m = re.match(
            rf"((mobility |daily living )?(activity|act) ?)?(\d+ ?)?{re.escape(name)}\b", norm
        )
        if m is None:
            continue
        rest = norm[m.end() :].split()
        if len(rest) <= 3 or "descriptor" in rest or "points" in rest:
            return activity
    return None


def activities_for(text: str) -> list[Activity]:
    """The activities a statement talks about, best first (by how many of its words it shares
    with each), or none."""
    words = {stem(w) for w in re.findall(r"[a-z]+", text.lower())}
    scored = [(len(words & _WORD_STEMS[a.key]), i, a) for i, a in enumerate(ACTIVITIES)]
    return [a for n, _, a in sorted(scored, key=lambda t: (-t[0], t[1])) if n > 0]


def worth_of_qualifiers(activity: Activity, qualifiers: list[str]) -> Descriptor | None:
    """The descriptor with the most points that needs one of these qualifiers, if any."""
    rows = [d for d in activity.descriptors if d.needs & set(qualifiers)]
    return max(rows, key=lambda d: d.points) if rows else None


__all__ = [
    "ACTIVITIES",
    "Activity",
    "Descriptor",
    "PIP",
    "PIP_MOVING_AROUND",
    "PIP_RELIABILITY",
    "WCA",
    "WCA_MOBILISING",
    "activities_for",
    "compare_distances",
    "compare_durations",
    "for_distance",
    "heading_activity",
    "worth_of_qualifiers",
]
