"""Dates as people write them, and the deadlines of a claim, from one dated table of rules.

Dates are read the UK way — "3rd March 2026", "3 Mar", "03/03/2026", "2026-03-03" — never in US
order: 03/04/2026 is 3 April. A date without a year is the next one on or after today unless a
``reference`` is given; every date is read back in words so a mistake shows.

Calendar-month periods follow the "corresponding date" rule (Dodds v Walker [1981] 1 WLR 1027):
one month from 31 January ends on the last day of February. The rules live in :data:`RULES`; a
change in the law is a change to one row.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from twindeck.errors import BadArgument

MONTHS = {
    name: i
    for i in range(1, 13)
    for name in (calendar.month_name[i].lower(), calendar.month_abbr[i].lower())
}
MONTHS["sept"] = 9


def add_months(day: dt.date, months: int) -> dt.date:
    """The corresponding date ``months`` later; the month's last day if it has no such date."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def parse_date(text: str, reference: dt.date | None = None) -> dt.date:
    """A date as a person in the UK writes it; raises BadArgument saying what is accepted."""
    raw = text.strip().lower().replace(",", " ")
    today = reference or dt.date.today()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})", raw):
            year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
            return dt.date(year, int(m[2]), int(m[1]))  # day first, always
        if m := re.fullmatch(
            r"(?:[a-z]+day\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?(?:\s+(\d{4}))?",
            raw,
        ):
            month = MONTHS.get(m[2])
            if month is None:
                raise ValueError(f"no month called {m[2]!r}")
            if m[3]:
                return dt.date(int(m[3]), month, int(m[1]))
            candidate = dt.date(today.year, month, int(m[1]))
            return candidate if candidate >= today else dt.date(today.year + 1, month, int(m[1]))
    except ValueError as exc:
        raise BadArgument(f"{text!r} is not a real date ({exc})") from None
    raise BadArgument(
        f"{text!r} is not a date twindeck can read: write it like 3 March 2026, 3rd March or "
        "03/03/2026 (day first)"
    )


def in_words(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


@dataclass(frozen=True)
class Rule:
    name: str  # what is due
    after: str  # the case date it runs from
    months: int
    source: str
    note: str = ""


# The rules, with their legal source. Checked 2026-11-24 against ../shared/CONTEXT.md.
RULES: tuple[Rule, ...] = (
    Rule(
        "Mandatory reconsideration request",
        "decision",
        1,
        "Social Security and Child Support (Decisions and Appeals) Regulations 1999, reg. 3(1)(b); "
        "Universal Credit, PIP, JSA and ESA (Decisions and Appeals) Regulations 2013, reg. 5",
        "A late request can be accepted up to 13 months after the decision, with reasons.",
    ),
    Rule(
        "Last date for a late mandatory reconsideration request",
        "decision",
        13,
        "Decisions and Appeals Regulations 2013, reg. 6 (extension of time, with reasons)",
    ),
    Rule(
        "Appeal to the tribunal (form SSCS1 or online)",
        "mr_notice",
        1,
        "Tribunal Procedure (First-tier Tribunal) (Social Entitlement Chamber) Rules 2008, "
        "r. 22 and Sch. 1",
        "Runs from the date of the mandatory reconsideration notice.",
    ),
    Rule(
        "Reply to a subject access request",
        "sar_sent",
        1,
        "UK GDPR Article 12(3)",
        "The provider may extend by two further months if it tells you within the first month.",
    ),
    Rule(
        "Latest reply to a subject access request, if extended",
        "sar_sent",
        3,
        "UK GDPR Article 12(3)",
    ),
)
CASE_DATES = {
    "assessment": "the assessment",
    "decision": "the decision letter",
    "mr_notice": "the mandatory reconsideration notice",
    "sar_sent": "the subject access request was sent",
}


@dataclass(frozen=True)
class Deadline:
    rule: Rule
    due: dt.date
    days_left: int

    @property
    def state(self) -> str:
        if self.days_left < 0:
            return "overdue"
        return "due today" if self.days_left == 0 else f"{self.days_left} days left"


def deadlines(dates: dict[str, dt.date], today: dt.date | None = None) -> list[Deadline]:
    """Every deadline the known dates give, soonest first."""
    today = today or dt.date.today()
    out = [
        Deadline(rule, due, (due - today).days)
        for rule in RULES
        if rule.after in dates
        for due in [add_months(dates[rule.after], rule.months)]
    ]
    return sorted(out, key=lambda d: d.due)


def _uid(*parts: str) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]


def calendar_file(case_name: str, items: list[Deadline], stamp: dt.datetime) -> str:
    """An iCalendar (RFC 5545) file: each deadline an all-day event with reminders 7 and 1 days
    before."""

    def esc(text: str) -> str:
        return (
            text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
        )

    def fold(line: str) -> list[str]:
        data, out = line.encode(), list[str]()
        while len(data) > 75:
            cut = 75 if not out else 74
            while cut and (data[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
                cut -= 1
            out.append(data[:cut].decode())
            data = data[cut:]
        out.append(data.decode())
        return [out[0], *(" " + part for part in out[1:])]

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//twindeck//deadlines//EN",
        "CALSCALE:GREGORIAN",
    ]
    for d in items:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(case_name, d.rule.name)}@twindeck",
            f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
            f"DTSTART;VALUE=DATE:{d.due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{d.due + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{esc(f'{d.rule.name} due ({case_name})')}",
            f"DESCRIPTION:{esc(' '.join(filter(None, [d.rule.note, 'Source: ' + d.rule.source])))}",
        ]
        for days in (7, 1):
            lines += [
                "BEGIN:VALARM",
                "ACTION:DISPLAY",
                f"DESCRIPTION:{esc(d.rule.name)} due in {days} day{'s' if days > 1 else ''}",
                f"TRIGGER:-P{days}D",
                "END:VALARM",
            ]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(part + "\r\n" for line in lines for part in fold(line))


__all__ = [
    "CASE_DATES",
    "RULES",
    "Deadline",
    "Rule",
    "add_months",
    "calendar_file",
    "deadlines",
    "in_words",
    "parse_date",
]
