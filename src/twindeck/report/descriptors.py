"""The descriptors that distances decide, dated and cited (issue 5).

Only the activities where a distance alone picks the descriptor are here: PIP "Moving around"
and the WCA "Mobilising" activity. The other activities turn on words (safely, repeatedly,
prompting…) that the qualifier check covers. Each row keeps its legal source and the date it
took effect, so a change in the law is a change to one row; check the current text before relying
on it in a submission.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Descriptor:
    scheme: str
    activity: str
    letter: str
    points: int
    up_to_m: float  # the distance this descriptor is for: no more than this (inf for the last)
    text: str


PIP_SOURCE = (
    "Social Security (Personal Independence Payment) Regulations 2013 (SI 2013/377), "
    "Schedule 1 Part 3, activity 12; in force 8 April 2013"
)
WCA_SOURCE = (
    "Employment and Support Allowance Regulations 2008, Schedule 2 activity 1 (as amended from "
    "28 March 2011); Universal Credit Regulations 2013, Schedule 6 activity 1"
)

# ordered from the shortest distance up; a person who can move d metres meets the first row
# whose up_to_m is at least d (aided or unaided: the aid distinction of PIP 12c/12d is not made)
_PIP12 = "12 Moving around"
PIP_MOVING_AROUND = (
    Descriptor("PIP", _PIP12, "f", 12, 1, "cannot stand or move more than 1 metre"),
    Descriptor("PIP", _PIP12, "e", 12, 20, "can move more than 1 but no more than 20 m"),
    Descriptor("PIP", _PIP12, "c", 8, 50, "can move unaided more than 20 but no more than 50 m"),
    Descriptor("PIP", _PIP12, "b", 4, 200, "can move more than 50 but no more than 200 m"),
    Descriptor("PIP", _PIP12, "a", 0, float("inf"), "can move more than 200 m"),
)  # fmt: skip
WCA_MOBILISING = (
    Descriptor("WCA", "1 Mobilising", "a", 15, 50, "cannot mobilise more than 50 m"),
    Descriptor("WCA", "1 Mobilising", "c", 9, 100, "cannot mobilise more than 100 m"),
    Descriptor("WCA", "1 Mobilising", "d", 6, 200, "cannot mobilise more than 200 m"),
    Descriptor("WCA", "1 Mobilising", "e", 0, float("inf"), "none of the above"),
)  # fmt: skip
PIP_MOBILITY_STANDARD, PIP_MOBILITY_ENHANCED = 8, 12
WCA_LCW_POINTS = 15


def for_distance(metres: float, scheme: str = "PIP") -> Descriptor:
    table = PIP_MOVING_AROUND if scheme == "PIP" else WCA_MOBILISING
    return next(d for d in table if metres <= d.up_to_m)


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


__all__ = ["Descriptor", "PIP_MOVING_AROUND", "WCA_MOBILISING", "compare_distances", "for_distance"]
