"""Quantities as people say them and reports write them: report/quantities.py."""

from __future__ import annotations

import math

import pytest

from twindeck.report.quantities import (
    Quantity,
    answered_quantities,
    comparable,
    differs,
    number,
    quantities,
    said_quantities,
)


def ranges(text: str, said: bool = False) -> list[tuple[str, float, float]]:
    return [(q.kind, round(q.low, 2), round(q.high, 2)) for q in quantities(text, said)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("about twenty metres", [("distance", 20, 20)]),
        ("a hundred and fifty metres", [("distance", 150, 150)]),
        ("a hundred yards", [("distance", 91.44, 91.44)]),
        ("half a mile", [("distance", 804.5, 804.5)]),
        ("a mile and a half", [("distance", 2413.5, 2413.5)]),
        ("twenty-odd metres", [("distance", 20, 29)]),
        ("two or three hundred yards", [("distance", 182.88, 274.32)]),
        ("15m", [("distance", 15, 15)]),
        ("ten to fifteen minutes", [("duration", 10, 15)]),
        ("between 10 and 15 minutes", [("duration", 10, 15)]),
        ("5-10 mins", [("duration", 5, 10)]),
        ("quarter of an hour", [("duration", 15, 15)]),
        ("three quarters of an hour", [("duration", 45, 45)]),
        ("an hour and a half", [("duration", 90, 90)]),
        ("one and a half hours", [("duration", 90, 90)]),
        ("1.5 hrs", [("duration", 90, 90)]),
        ("an hour and ten minutes", [("duration", 70, 70)]),
        ("a minute or two", [("duration", 1, 2)]),
        ("three or four stairs", [("steps", 3, 4)]),
        ("two or three times a week", [("frequency", 2, 3)]),
        ("once or twice a week", [("frequency", 1, 2)]),
        ("twice a night", [("frequency", 14, 14)]),
        ("once a fortnight", [("frequency", 0.5, 0.5)]),
        ("four days out of seven", [("frequency", 4, 4)]),
        ("two days a week", [("frequency", 2, 2)]),
        ("every other day", [("frequency", 3.5, 3.5)]),
        ("every couple of months", [("frequency", 0.08, 0.12)]),
        ("every two weeks", [("frequency", 0.5, 0.5)]),
        ("three meals a day", [("frequency", 21, 21)]),
        ("on a daily basis", [("frequency", 7, 7)]),
        ("most days", [("frequency", 4, 6)]),
        ("several times a week", [("frequency", 3, 7)]),
    ],
)
def test_how_people_say_quantities(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "9 points under descriptor 1b",
        "daily living activities",
        "I go up one step at a time",
        "she is 45",
        "on bad days I stay in bed",
    ],
)
def test_not_quantities(text: str) -> None:
    assert quantities(text) == []


def test_a_frequency_is_not_a_length_of_time() -> None:
    # "four days a week" is how often, not how long; "twenty minutes a day" is how long
    assert ranges("I work four days a week") == [("frequency", 4, 4)]
    assert ranges("twenty minutes a day") == [("duration", 20, 20)]
    assert ranges("an hour a day") == [("duration", 60, 60)]


def test_bounds_keep_their_direction() -> None:
    assert ranges("She can walk more than a mile") == [("distance", 1609, math.inf)]
    assert ranges("less than 20 metres") == [("distance", 0, 20)]
    # a floor under a negation or a condition is a ceiling
    assert ranges("I can't stand for more than five minutes", said=True) == [("duration", 0, 5)]
    assert ranges("if I stand more than five minutes my legs go", said=True) == [("duration", 0, 5)]
    # a ceiling in a report is the ability it states; in speech, a limit
    assert ranges("He can sit for up to two hours") == [("duration", 120, 120)]
    assert ranges("I can only sit for twenty minutes", said=True) == [("duration", 0, 20)]


def test_vague_numbers_are_ranges() -> None:
    assert number("a few") == (2, 5)
    assert number("a couple of") == (2, 3)
    assert number("twenty-odd") == (20, pytest.approx(29))
    assert number("forty-five") == (45, 45)
    assert number("a hundred and twenty") == (120, 120)
    assert number("purple") is None


def test_a_figure_corrected_straight_away_gives_way() -> None:
    said = said_quantities("About fifty metres, no, sorry, more like thirty metres.")
    assert [(q.kind, q.value) for q in said] == [("distance", 30)]
    # two figures that are not a correction both stand
    both = said_quantities("Twenty metres on a good day. On a bad day, five metres.")
    assert [q.value for q in both] == [20, 5]
    # a bare number far from the figure puts right another one ("8/30… sorry, 8/500")
    said = said_quantities("Co-codamol, 830, four times a day. Sorry, 8500.")
    assert [(q.kind, q.value) for q in said] == [("frequency", 28)]


def test_a_bare_number_takes_the_unit_its_question_asks_for() -> None:
    heard = answered_quantities("How far can you walk?", "Maybe twenty, then I stop.")
    assert [(q.kind, q.value, q.text) for q in heard] == [("distance", 20, "twenty")]
    # the model mishears the unit: the number still counts
    heard = answered_quantities("How far can you walk?", "Maybe 20 madras, then I stop.")
    assert [(q.kind, q.value) for q in heard] == [("distance", 20)]
    # not a count of something else, the time, or when the answer gives its own unit
    assert answered_quantities("How far can you walk?", "About 14 of them.") == ()
    heard = answered_quantities("How long can you stand?", "Since 2019, at 9 o'clock.")
    assert [q.kind for q in heard] == ["year", "clock"]  # a year and a time: no length of time
    heard = answered_quantities("How far can you walk?", "Twenty metres, maybe 2 minutes.")
    assert [q.kind for q in heard] == ["distance", "duration"]
    # a question that asks for no quantity gives a bare number no unit
    assert answered_quantities("Do you have children?", "Two, both grown up.") == ()


def test_material_difference() -> None:
    def q(low: float, high: float) -> Quantity:
        return Quantity("distance", high, "", low, high)

    assert differs(q(200, 200), q(20, 20))
    assert not differs(q(100, 100), q(91.44, 91.44))  # a hundred yards is about 100 metres
    assert not differs(q(15, 15), q(10, 15))  # within the range said
    assert not differs(q(10, 10), q(0, 20))  # under a limit said
    assert differs(q(45, 45), q(0, 15))  # over it
    assert differs(q(1609, math.inf), q(50, 50))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphenated figure, as reports write a length: "the 45-minute consultation"
        ("throughout the 45-minute consultation", [("duration", 45, 45)]),
        ("twice weekly", [("frequency", 2, 2)]),
        ("3-4 times weekly", [("frequency", 3, 4)]),
        ("3 tablets daily", [("frequency", 21, 21)]),
        ("lift a 5kg bag", [("weight", 5, 5)]),
        ("a five pound bag of potatoes", [("weight", 2.27, 2.27)]),
        ("a 4-pint milk container", [("volume", 2.27, 2.27)]),
        ("a 2 litre bottle", [("volume", 2, 2)]),
        ("items costing up to £50", [("money", 50, 50)]),
        ("£5 to £10", [("money", 5, 10)]),
        ("a fiver", [("money", 5, 5)]),
    ],
)
def test_what_reports_abbreviate_and_what_is_lifted_or_paid(
    text: str, expected: list[tuple[str, float, float]]
) -> None:
    assert ranges(text) == expected


def test_anything_over_is_a_limit() -> None:
    assert ranges("anything over 20 pounds and I get muddled", said=True) == [("money", 0, 20)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("States he showers every 3-4 days.", [("frequency", 1.75, 2.33)]),
        ("my mum fills it every Sunday", [("frequency", 1, 1)]),
        ("Last socialised with a friend a week ago", [("period", 1, 1)]),
        ("He has not met up with friends for a week", [("period", 1, 1)]),
        ("I haven't seen a friend in four months", [("period", 17.33, 17.33)]),
        ("four months or so, since Christmas", [("period", 17.33, 17.33)]),
        ("it wipes me out for two days", [("period", 0.29, 0.29)]),
    ],
)
def test_periods_and_days_of_the_week(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert ranges(text) == expected


def test_a_bound_said_after_the_figure() -> None:
    assert ranges("Maybe ten minutes at the most", said=True) == [("duration", 0, 10)]
    assert ranges("five minutes, if that", said=True) == [("duration", 0, 5)]
    assert ranges("an hour or more") == [("duration", 60, math.inf)]
    assert ranges("20 metres max") == [("distance", 20, 20)]  # in a report: the ability


def test_a_correction_said_a_sentence_later() -> None:
    said = said_quantities(
        "It's a couple of times a week. No, hang on, that's not right. More like every other week."
    )
    assert [q.text for q in said] == ["every other week"]
    # "an hour or two a day" is how long, not "two a day"
    assert ranges("out of bed for an hour or two a day") == [("duration", 60, 120)]


def test_units_the_model_mishears_and_what_is_no_figure() -> None:
    heard = answered_quantities("What can you lift?", "A quarter lighter carton at most.")
    assert [(q.kind, q.value, q.text) for q in heard] == [("volume", 0.25, "A quarter lighter")]
    # a unit word of another kind is not taken for one that sounds like it (pounds, pints)
    heard = answered_quantities("How do you manage money?", "Anything over five pounds.")
    assert [q.kind for q in heard] == ["money"]
    # "three quarters of an ear": a fraction of nothing said is no figure
    assert answered_quantities("How long does it take?", "About three quarters of an ear.") == ()
    assert ranges("She can climb a full flight of stairs") == [("steps", 12, 14)]
    assert ranges("one or two good days a week") == [("frequency", 1, 2)]


def test_a_figure_put_right_with_a_bare_number() -> None:
    said = said_quantities(
        "I'd have said a hundred metres. Actually, no, that's not right. I'm kidding myself. "
        "It's more like 30, and then I have to stop."
    )
    assert [(q.kind, q.value, q.text) for q in said] == [("distance", 30, "30")]
    said = said_quantities("About twenty minutes, actually no, nearer forty.")
    assert [(q.kind, q.value) for q in said] == [("duration", 40)]
    assert ranges("she uses the stairs a number of times a day") == [("frequency", 14, 70)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She has fallen once since Christmas", [("times", 1, 1)]),
        ("Six since Christmas, the last one", [("times", 6, 6)]),
        ("fallen three times since Christmas", [("times", 3, 3)]),
        ("after a single fall on the stairs", [("times", 1, 1)]),
        ("two or three times at night", [("frequency", 14, 21)]),
        ("Hardly ever, not on my own", [("frequency", 0, 0.5)]),
        ("he occasionally needs his food cut up", [("frequency", 0.1, 1.5)]),
        ("every meal", [("frequency", 21, 21)]),
    ],
)
def test_how_many_times_and_how_rarely(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert ranges(text) == expected


def test_a_figure_put_right_before_another_figure() -> None:
    said = said_quantities(
        "About 20 minutes. Well, no, that's a good day, and even then it's more like 10. "
        "Most days it's a couple of minutes."
    )
    assert [(q.kind, q.value) for q in said if q.kind == "duration"] == [
        ("duration", 10),
        ("duration", 3),
    ]


def test_a_bare_number_answering_how_many_hours_is_hours() -> None:
    heard = answered_quantities("And how many hours is that?", "Four at most, if that.")
    assert [(q.kind, q.value) for q in heard] == [("duration", 240)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a friend visited last week", [("period", 0.5, 2)]),
        ("I saw her yesterday", [("period", 0.14, 0.14)]),
        ("in the last month I have fallen twice", [("times", 2, 2)]),  # how many, not a when
        ("she is prompted each morning", [("frequency", 7, 7)]),
        ("maybe one's a week", [("frequency", 1, 1)]),  # "once a week" as the model hears it
        ("I've been admitted twice for that this year.", [("times", 2, 2)]),
        ("I set off the smoke alarm once while cooking", [("times", 1, 1)]),
        ("In a week, four or five bad days, at least.", [("frequency", 4, 5)]),
        ("four-weekly blood monitoring", [("frequency", 0.25, 0.25)]),
        ("bad days on around two days in a typical week", [("frequency", 2, 2)]),
        (
            "She rises at approximately 7:30 each morning.",
            [("clock", 450, 450), ("frequency", 7, 7)],
        ),
        ("His most recent seizure was on Saturday.", []),  # a day it happened
        ("On Tuesday I go to the day centre.", [("frequency", 1, 1)]),
        ("The support worker comes on Tuesday and Friday.", [("frequency", 2, 2)]),
        ("Monday, Wednesday, Friday, at the unit", [("frequency", 3, 3)]),
        ("I fainted twice in the bathroom this year.", [("times", 2, 2)]),
        ("I had four flares", [("times", 4, 4)]),
        ("Her friend reports that she once left the hob on.", [("times", 1, 1)]),
        ("I take pregabalin 300 a day.", []),  # a dose said bare, not 300 times a day
    ],
)
def test_when_and_how_often_in_more_words(
    text: str, expected: list[tuple[str, float, float]]
) -> None:
    assert ranges(text) == expected


def test_before_that_is_earlier_not_a_limit() -> None:
    # "before I need to stop" makes a floor a ceiling; "before that" (earlier) does not
    assert ranges("before that I was missing my tablets at least twice a week", said=True) == [
        ("frequency", 2, math.inf)
    ]
    assert ranges("before I need to sit, at least five minutes", said=True) == [("duration", 0, 5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she has lost two jobs because of arguments", [("count:job", 2, 2)]),
        ("I sleep on three or four pillows", [("count:pillow", 3, 4)]),
        ("maybe fifteen measures to the end of the road", []),  # metres misheard: not a thing
        ("an ambulance was called on six occasions", [("times", 6, 6)]),
        ("I had a heart attack in 2019", [("year", 2019, 2019)]),
        ("last Tuesday I fell in the kitchen", [("period", 0.14, 1)]),
        ("four or five days out of heaven I stay in bed", [("frequency", 4, 5)]),  # seven
    ],
)
def test_counts_years_and_days(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert ranges(text, said=True) == expected


def test_an_age_is_asked_for_and_rounded() -> None:
    age = answered_quantities("Hi Liam, how old are you?", "22.")[0]
    assert (age.kind, age.value) == ("age:now", 22)
    assert differs(quantities("32 years old")[0], age)
    assert quantities("aged 21")[0].kind == "age:now"
    assert not differs(quantities("aged 21")[0], age)


def test_a_figure_denied_or_taken_back_is_not_given() -> None:
    said = said_quantities("Most days she doesn't leave the house. Once a week, if that.")
    assert [q.text for q in said] == ["Once a week"]
    assert [q.text for q in said_quantities("Most days I go out.")] == ["Most days"]
    said = said_quantities("My support group, that's once a fortnight actually, not every week.")
    assert [(q.text, q.value) for q in said] == [("once a fortnight", 0.5)]
    said = said_quantities("I used to say half a mile, but honestly, about 200 yards.")
    assert [q.text for q in said] == ["200 yards"]
    assert differs(quantities("in 2021")[0], quantities("in 2019")[0])
    assert not differs(quantities("in 2019")[0], quantities("since 2019")[0])
    assert answered_quantities("How far can you walk?", "Fifteen measures, then I stop.")[
        0
    ].kind == ("distance")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I can manage a drinks can, using both hands", [("volume", 0.33, 0.33)]),
        ("A kettle half full, yes", [("volume", 0.85, 0.85)]),
        ("a full kettle", [("volume", 1.7, 1.7)]),
        ("I can lift a single tin of beans", [("weight", 0.4, 0.4)]),
        # how often in a stretch of time, and how many times in it
        ("I fell three times in a month", [("frequency", 0.69, 0.69), ("times", 3, 3)]),
    ],
)
def test_what_is_lifted_and_times_in_a_month(
    text: str, expected: list[tuple[str, float, float]]
) -> None:
    assert ranges(text, said=True) == expected


def test_a_litre_is_compared_with_a_kilogram() -> None:
    from twindeck.report.quantities import comparable

    litres, can = quantities("2 litres of liquid")[0], said_quantities("a drinks can")[0]
    kilos = quantities("5 kilograms")[0]
    assert comparable(litres, can) and comparable(kilos, can) and differs(litres, can)
    assert not comparable(litres, quantities("20 metres")[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how many in a stretch of time: how often, and how many times
        ("He's had four in the last month.", [("frequency", 0.92, 0.92), ("times", 4, 4)]),
        ("one fall in the last six months", [("frequency", 0.04, 0.04), ("times", 1, 1)]),
        ("maybe twice in the whole year", [("frequency", 0.04, 0.04), ("times", 2, 2)]),
        ("That happened twice last month.", [("frequency", 0.46, 0.46), ("times", 2, 2)]),
        ("three times in the last year", [("frequency", 0.06, 0.06), ("times", 3, 3)]),
        ("tripping on a kerb on one occasion", [("times", 1, 1)]),
        # when, not how often; a distance in a week is not a count
        ("I burnt myself last month", [("period", 2.17, 8.67)]),
        ("I walked 20 metres in the last week", [("distance", 20, 20)]),
        # money first: "£4,000 in a week" is not 4,000 times a week
        ("I spent £4 ,000 in a week on a credit card", [("money", 4000, 4000)]),
        ("He reports occasional absence seizures.", [("frequency", 0.1, 1.5)]),
        # the day said first
        ("On a bad day, 15, maybe 20 times.", [("frequency", 105, 140)]),
        ("He stated he has had one operation on his bowel.", [("count:operation", 1, 1)]),
        ("I can use one hand", []),
        ("She described her pain as three out of ten.", [("score", 3, 3)]),
        ("nine out of ten times", [("score", 9, 9)]),
        ("20 milligrams of prednisolone", [("dose", 20, 20)]),
        ("She spent three days in intensive care.", [("period", 0.43, 0.43)]),
        ("three days in a row", []),
        ("The claimant is 32 years old.", [("age:now", 32, 32)]),
        ("meningitis at the age of sixteen", [("age", 16, 16)]),
        ("I lost my hearing when I was six.", [("age", 6, 6)]),
        ("I was off work for 32 years", [("period", 1664, 1664)]),
        # a thing counted with a word or two of what kind, up to the next small word
        ("I've had four hospital admissions.", [("count:admission", 4, 4)]),
        ("one psychiatric hospital admission last winter", [("count:admission", 1, 1)]),
        ("she has lost five jobs due to arguments", [("count:job", 5, 5)]),
        ("It takes me ages, maybe four team minutes.", [("duration", 14, 14)]),  # as heard
        ("I ate four tin cans", []),  # not fourteen
        ("diagnosed with multiple sclerosis in twenty oh five", [("year", 2005, 2005)]),
        ("a heart attack in twenty twelve", [("year", 2012, 2012)]),
        ("in two thousand and five", [("year", 2005, 2005)]),
        ("in twenty minutes", [("duration", 20, 20)]),
        ("I was diagnosed at 22.", [("age", 22, 22)]),
        ("diagnosed at the hospital", []),
        ("She takes sertraline 100 mg.", [("dose", 100, 100)]),
        ("iron infusions of very three months", [("frequency", 0.08, 0.08)]),  # as heard
        ("I had two relapses last year", [("frequency", 0.04, 0.04), ("times", 2, 2)]),
        ("a friend visited last week", [("period", 0.5, 2)]),
        ("I walked two miles last year", [("distance", 3218, 3218), ("period", 26, 104)]),
        ("on a normal day, eight to ten times", [("frequency", 56, 70)]),
    ],
)
def test_how_many_in_a_stretch_of_time(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert ranges(text, said=True) == expected


@pytest.mark.parametrize(
    ("text", "said", "expected"),
    [
        # one of a stretch: "for about a year", "a week or two"
        ("I worked in a warehouse for about a year.", False, [("period", 52, 52)]),
        ("I haven't been out on my own for, I don't know, about a year now.", True,
         [("period", 52, 52)]),
        ("It's been about a week or two.", False, [("period", 1, 2)]),
        ("twice a week", False, [("frequency", 2, 2)]),  # how often, not how long
        # said, "for a month" may be "four months" misheard
        ("The friend came round for a month or so.", True, [("period", 4.33, 17.33)]),
        ("The friend came round for a month or so.", False, [("period", 4.33, 4.33)]),
        # an age since: "since I was 9"
        ("Type 1, since I was 9.", True, [("age", 9, 9)]),
        # once or twice, and nothing more of how often: how many times
        ("No. I got lost once and I was scared.", True, [("times", 1, 1)]),
        ("I cut myself twice.", True, [("times", 2, 2)]),
        ("I've fallen once or twice.", True, [("times", 1, 2)]),
        ("Once, I fell.", True, []),
        ("Once I've done it I can't do it again.", True, []),
        # "four times" heard as "for times"
        ("I've had to help him up off the floor for times this month.", True,
         [("frequency", 0.92, 0.92), ("times", 4, 4)]),
    ],
)  # fmt: skip
def test_a_stretch_an_age_since_and_once_or_twice(
    text: str, said: bool, expected: list[tuple[str, float, float]]
) -> None:
    assert ranges(text, said) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He reported approximately 15% vision in his left eye.", [("percent", 15, 15)]),
        ("My pump is working at thirty per cent.", [("percent", 30, 30)]),
        ("About five degrees of vision left.", [("degrees", 5, 5)]),
        ("Bad days occur on about a quarter of days.", [("percent", 25, 25)]),
        ("I can lip read about half of what is said.", [("percent", 50, 50)]),
        ("A quarter of an hour.", [("duration", 15, 15)]),  # a duration, not a share
    ],
)
def test_shares_and_degrees(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert ranges(text, said=True) == expected


def test_days_out_of_a_month_or_a_week() -> None:
    assert ranges("Last month, about 10 days out of the 30, it varies.", said=True) == [
        ("period", 2.17, 8.67),  # last month: when, within a month or two
        ("frequency", 2.33, 2.33),
    ]
    assert ranges("Five days out of seven.") == [("frequency", 5, 5)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He walks his dog at about 7am each day.", [("clock", 420, 420), ("frequency", 7, 7)]),
        ("I walk the dog at five in the morning.", [("clock", 300, 300)]),
        ("From around 6 pm.", [("clock", 1080, 1080)]),
        ("In winter from about 4 o'clock I'm more or less blind.", [("clock", 240, 240)]),
        ("I can't function till about 11.", [("clock", 660, 660)]),
        ("Going to sleep at around midnight.", [("clock", 0, 0)]),
        ("I go to bed at 10 at night.", [("clock", 1320, 1320)]),
        ("At 5 metres.", [("distance", 5, 5)]),  # a figure, not a time
        ("At two to three times a week.", [("frequency", 2, 3)]),
    ],
)
def test_times_of_day(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert ranges(text, said=True) == expected


def test_a_time_of_day_differs_by_more_than_an_hour_either_way() -> None:
    (
        seven,
        five,
    ) = quantities("at 7am")[0], quantities("at five in the morning")[0]
    six_pm, four = quantities("from 6 pm")[0], quantities("from about 4 o'clock")[0]
    assert differs(seven, five) and differs(six_pm, four)
    assert not differs(quantities("at 7:30am")[0], quantities("at seven in the morning")[0])
    # said without morning or afternoon: 7pm is seven o'clock
    assert not differs(quantities("at 7pm")[0], quantities("by seven o'clock")[0])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They diagnosed it in, um, 2019, after two years of tests.", [("year", 2019, 2019)]),
        ("He had a stroke in February 2021.", [("year", 2021, 2021)]),
        ("I caught COVID in January 2020, too.", [("year", 2022, 2022)]),  # as it is heard
        ("I walk 2000 steps.", [("steps", 2000, 2000)]),  # no year
        ("It cost £2000.", [("money", 2000, 2000)]),
    ],
)
def test_a_year_said_on_its_own(text: str, expected: list[tuple[str, float, float]]) -> None:
    assert ranges(text, said=True) == expected


def test_years_ages_and_days_as_people_say_them() -> None:
    def read(text: str) -> list[tuple[str, float, float]]:
        return [(q.kind, q.low, q.high) for q in said_quantities(text)]

    # a year in words on its own, as the model writes it; not a figure put right
    assert read("The last one, twenty, twenty -three.") == [("year", 2023, 2023)]
    assert read("Nineteen ninety eight, I think.") == [("year", 1998, 1998)]
    assert read("About twenty, twenty-five metres.") == [("distance", 25, 25)]
    assert read("I walk twenty -five metres.") == [("distance", 25, 25)]
    # an age now, and an age when something happened
    assert read("I'm 41 now.") == [("age:now", 41, 41)]
    assert [q.kind for q in quantities("He is 45 years old.")] == ["age:now"]
    assert read("I've had it since I was about 20.") == [("age", 20, 20)]
    assert read("When I was six years old.") == [("age", 6, 6)]
    assert [q.kind for q in answered_quantities("How old are you?", "22.")] == ["age:now"]
    assert [q.kind for q in answered_quantities("How old were you then?", "14.")] == ["age"]
    # how long something lasts, in days (weeks are a period)
    assert read("Each one lasts a day or two.") == [("duration", 1440, 2880)]


def test_how_often_in_other_words() -> None:
    def read(text: str) -> list[tuple[str, float, float]]:
        return [(q.kind, round(q.low, 2), round(q.high, 2)) for q in said_quantities(text)]

    # every so many hours or minutes: so many a week
    assert read("I have to go every hour.") == [("frequency", 168, 168)]
    assert read("She needs to pass urine every two to three hours.") == [("frequency", 56, 84)]
    # a thing of two words, one hyphenated
    assert read("about four tonic-clonic seizures a year") == [("frequency", 0.08, 0.08)]
    # a weekday's mornings, without "on"
    assert read("I volunteer at the library, Tuesday mornings.") == [("frequency", 1, 1)]
    # how many in the last month, with a comma between
    assert read("I've wet myself three times, in the last month.") == [
        ("frequency", 0.69, 0.69),
        ("times", 3, 3),
    ]


def test_an_age_by_its_decade() -> None:
    def read(text: str) -> list[tuple[str, float, float]]:
        return [(q.kind, q.low, q.high) for q in said_quantities(text)]

    assert read("Oh, I lost most of it in my 40s.") == [("age", 40, 49)]
    assert read("I've had it since my early twenties really.") == [("age", 20, 23)]
    assert read("I'm in my late thirties.") == [("age:now", 37, 39)]
    fifties = quantities("He lost his hearing in his fifties.")[0]
    assert differs(fifties, said_quantities("in my 40s")[0])


def test_stays_hours_and_seasons() -> None:
    def read(text: str) -> list[tuple[str, float, float]]:
        return [(q.kind, q.low, q.high) for q in said_quantities(text)]

    assert read("a three-month inpatient admission") == [("period", 13, 13)]
    assert read("a two-week stay") == [("period", 2, 2)]
    assert [q.kind for q in said_quantities("a 45-year-old man")] == ["age:now"]
    assert read("She left the gas on twice in the summer.") == [("times", 2, 2)]
    assert read("I'm confused for hours.") == [("duration", 120, math.inf)]


def test_how_many_days_a_week_answered_with_a_bare_number() -> None:
    heard = answered_quantities(
        "How many bad days would you have in a week?", "Four. Sometimes five."
    )
    assert [(q.kind, q.value, q.text) for q in heard] == [
        ("frequency", 4, "Four"),
        ("frequency", 5, "five"),
    ]
    # "four" as the model can hear it, opening the answer
    heard = answered_quantities("And how many bad days in a week?", "For, sometimes five.")
    assert [(q.value, q.text) for q in heard] == [(4, "For"), (5, "five")]
    heard = answered_quantities("How many good days do you get a month?", "Maybe ten.")
    assert [round(q.value, 2) for q in heard] == [2.31]


def test_days_of_a_week_counted_differ_by_one() -> None:
    two_or_three = quantities("two to three bad days per week")[0]
    four = answered_quantities("How many bad days in a week?", "Four.")[0]
    assert differs(two_or_three, four)
    assert not differs(two_or_three, quantities("three days a week")[0])
    # "most days" and "every day" are not counts
    assert not differs(quantities("most days")[0], quantities("nearly every day")[0])


def test_a_bare_number_answering_what_medication_is_a_dose() -> None:
    heard = answered_quantities("Medication?", "Levetiracetam, 750 twice a day.")
    assert [(q.kind, q.value) for q in heard] == [("frequency", 14), ("dose", 750)]
    # not a count of tablets
    heard = answered_quantities("What medication are you on?", "Two tablets, three times a day.")
    assert "dose" not in [q.kind for q in heard]


def test_a_hundred_and_fifty_as_the_model_writes_it() -> None:
    said = said_quantities("Pregabalin, 100 and 50 milligrams twice a day.")
    assert [(q.kind, q.value) for q in said][:1] == [("dose", 150)]


def test_most_days_is_more_than_two_or_three_a_week() -> None:
    from twindeck.report.quantities import differs, quantities

    (most,) = said_quantities("Partial ones, most days.")
    (few,) = quantities("two to three times per week")
    (meals,) = quantities("three meals a day")
    assert differs(few, most) and differs(most, few)
    assert differs(meals, most)  # more than once a day: apart as before


def test_how_many_bad_days_answered_in_days() -> None:
    heard = answered_quantities(
        "How many bad days would you say you have?", "Most of the week, if I'm honest. 5 days."
    )
    assert [(q.kind, q.low, q.high) for q in heard] == [("frequency", 4, 6), ("frequency", 5, 5)]


def test_two_milligrams_as_the_model_can_hear_it() -> None:
    said = said_quantities("Melatonin, to milligram at night. I go to the shop.")
    assert [(q.kind, q.value, q.text) for q in said] == [("dose", 2, "to milligram")]


def test_a_count_put_right_and_counts_compared() -> None:
    from twindeck.report.quantities import comparable, quantities

    said = answered_quantities(
        "Any falls?", "Three. Three in the last month. Four. You forgot one."
    )
    assert [(q.kind, q.value) for q in said if q.kind == "times"] == [("times", 4)]
    eight = said_quantities("Every six weeks. Well, is it six, Tom? Every eight weeks, sorry.")
    assert [q.text for q in eight] == ["Every eight weeks"]
    (three,) = [q for q in quantities("three falls in the last month") if q.kind == "times"]
    (four,) = [q for q in said if q.kind == "times"]
    assert differs(three, four)  # a few events counted: not a quarter apart
    (admissions,) = quantities("three hospital admissions")
    (six,) = [q for q in said_quantities("I went into hospital six times") if q.kind == "times"]
    assert comparable(admissions, six) and differs(admissions, six)


def test_an_age_at_diagnosis_and_counts_of_treatment() -> None:
    assert ranges("Coeliac disease diagnosed at age 35.") == [("age", 35, 35)]
    # "aged" after a diagnosis is an age then, not now ("Mr Dunn, aged 52" is now)
    assert ranges("ADHD, diagnosed aged 11.") == [("age", 11, 11)]
    assert ranges("Mr Dunn, aged 52, attended.") == [("age:now", 52, 52)]
    # several of a thing may say of what; one of a thing in a figure
    (sessions,) = [
        q for q in quantities("Completed 6 sessions of CBT last year.") if q.kind != "period"
    ]
    assert (sessions.kind, sessions.value) == ("count:session", 6)
    assert ranges("2 courses of oral prednisolone") == [("count:course", 2, 2)]
    assert ranges("1 hospital admission this year") == [("count:admission", 1, 1)]
    (twelve,) = [
        q for q in said_quantities("I did CBT 12 sessions last year.") if q.kind == "times"
    ]
    assert comparable(sessions, twelve) and differs(sessions, twelve)


def test_how_many_times_a_day_answered_with_a_bare_number() -> None:
    heard = answered_quantities(
        "How many times a day would you wash your hands?", "Like fifty, maybe more."
    )
    assert [(q.kind, q.value, q.text) for q in heard] == [("frequency", 350, "fifty")]
    heard = answered_quantities("How many times a week do you go out?", "Two or three.")
    assert [(q.kind, q.low, q.high) for q in heard] == [("frequency", 2, 3)]


def test_how_long_in_days_is_a_duration() -> None:
    heard = answered_quantities(
        "How long does it take you to recover?",
        "I'm wiped out for the rest of the day. Sometimes two days, I just sleep.",
    )
    assert [(q.kind, q.low, q.high) for q in heard] == [
        ("duration", 180, 1440),
        ("duration", 2880, 2880),
    ]
    heard = answered_quantities("How long does a bad one last?", "Usually a day and a half.")
    assert [(q.kind, q.value) for q in heard] == [("duration", 2160)]
    # how long ago is still a period
    heard = answered_quantities("How long ago was that?", "Two days.")
    assert [q.kind for q in heard] == ["period"]
    (hour,) = quantities("He recovers within about an hour.")
    assert differs(hour, answered_quantities("How long to recover?", "Two days.")[0])


def test_a_pain_score_as_reports_write_it_and_twice_in_a_month() -> None:
    assert ranges("She describes constant pain of 7/10, up to 9/10 on bad days.") == [
        ("score", 7, 7),
        ("score", 9, 9),
    ]
    assert ranges("co-codamol 30/500") == []
    heard = answered_quantities("How's the pain now? Out of ten.", "Today, about seven.")
    assert [(q.kind, q.value) for q in heard] == [("score", 7)]
    said = said_quantities("She left the gas on twice in, um, September.")
    assert [(q.kind, q.value) for q in said] == [("times", 2)]


def test_put_up_to_a_dose_is_the_dose_not_a_ceiling() -> None:
    (dose, _) = said_quantities("Sertraline, they put it up to 100 milligrams last month.")
    assert (dose.kind, dose.low, dose.high) == ("dose", 100, 100)
    (walk,) = said_quantities("I can walk up to 100 metres.")
    assert (walk.low, walk.high) == (0, 100)  # a limit, as before


def test_figures_as_the_model_can_mishear_them() -> None:
    """ "Three ours" (hours), "a very two weeks" (every two weeks), "takes me a motor" (an
    hour), each quoted in the words heard; "It is ours" is no figure."""
    heard = answered_quantities("Do you sleep well?", "It's in bits. Three ours.")
    assert [(q.kind, q.value, q.text) for q in heard] == [("duration", 180, "Three ours")]
    heard = answered_quantities("How often?", "The nurse visits a very two weeks.")
    assert [(q.kind, q.value, q.text) for q in heard] == [("frequency", 0.5, "a very two weeks")]
    heard = answered_quantities("Meals?", "It takes me a motor to get through a meal.")
    assert [(q.kind, q.value, q.text) for q in heard] == [("duration", 60, "a motor")]
    assert answered_quantities("Is it yours?", "It is ours.") == ()


def test_half_the_week_is_how_often() -> None:
    (half,) = said_quantities("The bad days are more than half the week, honestly.")
    assert (half.kind, half.low, half.text) == ("frequency", 3.5, "half the week")
    (once,) = quantities("bad days occur about once a week")
    assert differs(once, half)
    (share,) = said_quantities("Bad days, about half the time.")
    assert share.kind == "percent"


def test_how_many_events_answered_with_a_bare_number() -> None:
    (six,) = answered_quantities("How many crises have you had this year?", "Six so far.")
    assert (six.kind, six.value) == ("times", 6)
    (twelve,) = quantities("The claimant reports 12 sickle cell crises so far this year.")
    assert twelve.kind == "count:crisis" and comparable(twelve, six) and differs(twelve, six)


def test_falls_counted_where_they_happened_and_a_weight_in_stones() -> None:
    assert [(q.kind, q.value) for q in said_quantities("He's fallen twice outside.")] == [
        ("times", 2.0)
    ]
    assert [(q.kind, q.value) for q in said_quantities("I've fallen twice getting out.")] == [
        ("times", 2.0)
    ]
    # not how often something is done in a part of the day
    assert said_quantities("I take it once in the morning") == []
    (stones,) = said_quantities("I've lost about two stones since Christmas.")
    assert stones.kind == "weight" and math.isclose(stones.value, 12.7)


def test_a_body_weight_differs_by_less_than_a_quarter() -> None:
    (said,) = said_quantities("I'm about seven stone now.")
    (stated,) = quantities("Her weight is around nine stone.")
    assert differs(stated, said)
    (near,) = quantities("Her weight is around seven and a half stone.")
    assert not differs(near, said)


def test_a_few_times_a_night_counted_differs_when_the_counts_do_not_meet() -> None:
    (stated,) = quantities("He reports nocturia 2 to 3 times a night.")
    (said,) = said_quantities("I get up four or five times a night to wee.")
    assert differs(stated, said)
    (meets,) = said_quantities("three or four times a night")
    assert not differs(stated, meets)
    # (not per the same stretch: left to the quarter)
    (weekly,) = said_quantities("about twenty times a week")
    assert not differs(stated, weekly)


def test_the_week_said_first_then_how_many_days() -> None:
    assert ranges("In a normal week, maybe two good days, the rest I'm wiped out.", True) == [
        ("frequency", 2.0, 2.0)
    ]
    assert [q.text for q in said_quantities("In a week, three or four bad days.")] == [
        "three or four bad days"
    ]
    # (not a count of its own: "twice a week, four days later")
    assert [q.kind for q in said_quantities("I go twice a week, four days later.")] == [
        "frequency",
        "period",
    ]


def test_two_heard_as_to_or_too_before_days_or_a_week() -> None:
    assert ranges("perhaps to a week, the rest I barely leave the sofa", True) == [
        ("frequency", 2.0, 2.0)
    ]
    (bare,) = answered_quantities(
        "And how many good days will you get in a week?", "So, maybe too good day that way."
    )
    assert (bare.kind, bare.value, bare.text) == ("frequency", 2.0, "too")
    # (not a bound or a course's length)
    assert said_quantities("It can last up to a week.") == []
    assert said_quantities("I go to a week-long course.") == []


def test_digits_and_a_half() -> None:
    assert ranges("It's 12 and a half milligrams, three times a day", True)[0] == (
        "dose",
        12.5,
        12.5,
    )
    assert ranges("2 and a half hours") == [("duration", 150.0, 150.0)]


def test_most_of_the_week_is_more_than_two_or_three_days() -> None:
    (stated,) = quantities("She describes bad days on two or three days a week.")
    (said,) = said_quantities("Um, most of the week, I'd say.")
    assert differs(stated, said)


def test_annually_and_yearly_are_once_a_year() -> None:
    assert ranges("She sees her psychiatrist annually.") == [("frequency", 0.02, 0.02)]
    (stated,) = quantities("She sees her psychiatrist annually.")
    (said,) = said_quantities("I see the psychiatrist every six months.")
    assert differs(stated, said)
