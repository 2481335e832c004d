"""Deadlines: month arithmetic against dateutil (a reference we did not write), hand-checked month
ends and leap years, UK dates as people write them, and the calendar file read by icalendar."""

from __future__ import annotations

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from twindeck.deadlines import RULES, add_months, calendar_file, deadlines, in_words, parse_date
from twindeck.errors import BadArgument


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31)), st.integers(-24, 24)
)
def test_add_months_agrees_with_dateutil(day: dt.date, months: int) -> None:
    assert add_months(day, months) == day + relativedelta(months=months)


@pytest.mark.parametrize(
    ("start", "months", "due"),
    [
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"),  # leap year
        ("2028-02-29", 1, "2028-03-29"),
        ("2028-02-29", 12, "2029-02-28"),
        ("2026-03-31", 1, "2026-04-30"),
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-01-31", 13, "2027-02-28"),
    ],
)
def test_month_ends_by_hand(start: str, months: int, due: str) -> None:
    assert add_months(dt.date.fromisoformat(start), months) == dt.date.fromisoformat(due)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3rd March 2026", "2026-03-03"),
        ("3 March 2026", "2026-03-03"),
        ("Tuesday 3 March 2026", "2026-03-03"),
        ("3 Mar 2026", "2026-03-03"),
        ("03/04/2026", "2026-04-03"),  # day first, never US order
        ("3/4/26", "2026-04-03"),
        ("03.04.2026", "2026-04-03"),
        ("2026-04-03", "2026-04-03"),
        ("21st of September 2026", "2026-09-21"),
        ("1 sept 2026", "2026-09-01"),
    ],
)
def test_uk_dates(text: str, day: str) -> None:
    assert parse_date(text) == dt.date.fromisoformat(day)


def test_a_date_without_a_year_is_the_next_one() -> None:
    today = dt.date(2026, 11, 24)
    assert parse_date("3rd March", today) == dt.date(2027, 3, 3)
    assert parse_date("30 November", today) == dt.date(2026, 11, 30)
    assert in_words(dt.date(2027, 3, 3)) == "Wednesday 3 March 2027"


@pytest.mark.parametrize(
    "text", ["30/02/2026", "13/13/2026", "next week", "March 3", "3 Marchember"]
)
def test_bad_dates_say_what_is_accepted(text: str) -> None:
    with pytest.raises(BadArgument):
        parse_date(text)


def test_deadlines_from_the_case_dates() -> None:
    today = dt.date(2026, 2, 20)
    due = deadlines({"decision": dt.date(2026, 1, 31), "sar_sent": dt.date(2026, 1, 5)}, today)
    assert [(d.rule.name, d.due.isoformat(), d.state) for d in due] == [
        ("Reply to a subject access request", "2026-02-05", "overdue"),
        ("Mandatory reconsideration request", "2026-02-28", "8 days left"),
        ("Latest reply to a subject access request, if extended", "2026-04-05", "44 days left"),
        ("Last date for a late mandatory reconsideration request", "2027-02-28", "373 days left"),
    ]
    assert all(rule.source for rule in RULES)


def test_calendar_file_is_valid_icalendar() -> None:
    import icalendar

    items = deadlines(
        {"decision": dt.date(2026, 1, 31), "mr_notice": dt.date(2026, 3, 10)}, dt.date(2026, 2, 1)
    )
    text = calendar_file("Jane’s PIP claim, 2026", items, dt.datetime(2026, 2, 1, 9, 0))
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    cal = icalendar.Calendar.from_ical(text)
    events = cal.walk("VEVENT")
    assert len(events) == 3
    first = events[0]
    assert first.decoded("DTSTART") == dt.date(2026, 2, 28)
    assert str(first["SUMMARY"]) == "Mandatory reconsideration request due (Jane’s PIP claim, 2026)"
    assert [str(a["TRIGGER"].to_ical(), "ascii") for a in first.walk("VALARM")] == ["-P7D", "-P1D"]
    assert calendar_file("x", items, dt.datetime(2026, 2, 1)).count("UID:") == 3
    # the same case gives the same UIDs each time, so a calendar updates instead of duplicating
    uids = [line for line in text.split("\r\n") if line.startswith("UID:")]
    again = calendar_file("Jane’s PIP claim, 2026", items, dt.datetime(2026, 3, 1))
    assert uids == [line for line in again.split("\r\n") if line.startswith("UID:")]
