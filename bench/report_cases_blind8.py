"""Blind held-out set 10: assessment dialogues and assessor reports with adviser labels.

Written without looking at the comparison code, tests, docs or other benchmark data.
Each statement is labelled as an experienced welfare-rights adviser would label it
after reading the transcript of the recording against the written report.
"""
# ruff: noqa: E501

from __future__ import annotations

import random
from dataclasses import dataclass

VOICES = [
    "en-us",
    "en-gb-x-rp",
    "en-gb-scotland",
    "en-gb-x-gbclan",
    "en-gb-x-gbcwmd",
    "en-029",
    "en-gb",
    "festival:kal_diphone",
    "festival:ked_diphone",
    "festival:cmu_us_slt_arctic_hts",
]

LABELS = {"number_changed", "qualifier_dropped", "never_said", "impossible", "supported"}

FEMALE_NAMES = [
    "Sarah",
    "Janet",
    "Priya",
    "Donna",
    "Aisha",
    "Karen",
    "Megan",
    "Bernadette",
    "Lorraine",
    "Nadia",
    "Tracey",
    "Fiona",
]
MALE_NAMES = [
    "Gary",
    "Imran",
    "Stephen",
    "Dylan",
    "Kwame",
    "Paul",
    "Terry",
    "Owen",
    "Declan",
    "Marcus",
    "Colin",
    "Rhys",
]
SURNAMES = [
    "Hughes",
    "Patel",
    "Okafor",
    "McLean",
    "Griffiths",
    "Walsh",
    "Begum",
    "Thornton",
    "Evans",
    "Campbell",
    "Doyle",
    "Kowalski",
]
ASSESSOR_NAMES = ["Claire", "Mark", "Joanne", "Adebayo", "Helen", "Simon", "Ruth", "Nikhil"]


@dataclass
class Topic:
    tag: str
    turns: list  # (speaker code "A" / "C" / "P", text)
    faithful: str
    changed: str
    dropped: str
    both: str


class Ctx:
    """Who is in the room and how they are referred to."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.female = rng.random() < 0.5
        self.first = rng.choice(FEMALE_NAMES if self.female else MALE_NAMES)
        self.surname = rng.choice(SURNAMES)
        self.title = (
            (rng.choice(["Mrs", "Ms", "Miss"]) if self.female else "Mr") + " " + self.surname
        )
        self.phone = rng.random() < 0.45
        self.assessor = rng.choice(ASSESSOR_NAMES)
        self.comp = rng.random() < 0.36
        if self.female:
            roles = [
                ("husband", "m"),
                ("partner", "m"),
                ("partner", "f"),
                ("mum", "f"),
                ("daughter", "f"),
                ("son", "m"),
                ("support worker", "f"),
                ("friend", "f"),
            ]
        else:
            roles = [
                ("wife", "f"),
                ("partner", "f"),
                ("partner", "m"),
                ("mum", "f"),
                ("daughter", "f"),
                ("son", "m"),
                ("support worker", "m"),
                ("brother", "m"),
            ]
        self.role, hg = rng.choice(roles if self.comp else roles[:6])
        self.hname = rng.choice(FEMALE_NAMES if hg == "f" else MALE_NAMES)
        while self.hname == self.first:
            self.hname = rng.choice(FEMALE_NAMES if hg == "f" else MALE_NAMES)
        self.hfemale = hg == "f"

    def fields(self) -> dict[str, str]:
        he, his, him = ("she", "her", "her") if self.female else ("he", "his", "him")
        hh, hhis, hhim = ("she", "her", "her") if self.hfemale else ("he", "his", "him")
        subject = self.rng.choice(["The claimant", he.capitalize(), self.title, he.capitalize()])
        return {
            "S": subject,
            "he": he,
            "his": his,
            "him": him,
            "He": he.capitalize(),
            "His": his.capitalize(),
            "hs": "my " + self.role,
            "Hs": "My " + self.role,
            "hr": his + " " + self.role,
            "Hr": his.capitalize() + " " + self.role,
            "hh": hh,
            "hhis": hhis,
            "hhim": hhim,
            "Hh": hh.capitalize(),
            "hn": self.hname,
            "cn": self.first,
            "title": self.title,
            "an": self.assessor,
        }

    def f(self, text: str) -> str:
        return text.format(**self.fields())

    def pick(self, *options):
        return self.rng.choice(options)


# ---------------------------------------------------------------------------
# Topic templates.  Each returns a Topic, or None when it cannot be used.
# Dialogue strings and statements may use the Ctx.fields() placeholders.
# ---------------------------------------------------------------------------


def t_walking(c: Ctx) -> Topic:
    q = c.pick(
        "How far can you walk before you have to stop?",
        "If you're out on a flat pavement, roughly how far do you get before you need a break?",
        "Tell me a bit about walking. How far can you manage, would you say?",
    )
    v = c.rng.randrange(4 if c.comp else 3)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "Not far at all. About twenty metres, to the end of our drive, and then the pain in my hips means I have to stop and lean on my stick.",
            ),
        ]
        m = c.pick("200 metres", "150 metres", "250 metres")
        return Topic(
            "walking",
            turns,
            "{S} stated that {he} can walk about 20 metres with a walking stick before hip pain makes {him} stop.",
            "{S} stated that {he} can walk about "
            + m
            + " with a walking stick before hip pain makes {him} stop.",
            "{S} stated that {he} can walk about 20 metres.",
            "{S} reported being able to walk approximately " + m + " without an aid.",
        )
    if v == 1:
        turns = [
            ("A", q),
            (
                "C",
                "I'd have said a hundred metres. Actually, no, that's not right, I'm kidding myself. It's more like thirty, and then I have to stop and get my breath back.",
            ),
            ("A", "And how long do you need to stop for?"),
            ("C", "Five minutes, maybe more. My chest gets tight."),
        ]
        return Topic(
            "walking",
            turns,
            "{S} stated that {he} can walk around 30 metres before needing to stop for about five minutes to recover {his} breath.",
            "{S} stated that {he} can walk around 100 metres before needing to stop for about five minutes to recover {his} breath.",
            "{S} stated that {he} can walk around 30 metres.",
            "{S} stated that {he} can walk approximately 100 metres.",
        )
    if v == 2:
        turns = [
            ("A", q),
            ("C", "It depends on the day, to be honest. On a bad day I don't go out at all."),
            ("A", "And on a better day?"),
            (
                "C",
                "To the bus stop outside the house, which is forty or fifty yards, with my crutches. And I'm in agony by the time I get there.",
            ),
        ]
        m = c.pick("400 yards", "about a quarter of a mile", "300 yards")
        return Topic(
            "walking",
            turns,
            "{S} stated that on a better day {he} can walk 40 to 50 yards to the bus stop using crutches, with severe pain.",
            "{S} stated that on a better day {he} can walk "
            + m
            + " to the bus stop using crutches, with severe pain.",
            "{S} stated that {he} can walk 40 to 50 yards to the bus stop.",
            "{S} stated that {he} walks " + m + " to the bus stop.",
        )
    turns = [
        ("A", q),
        ("C", "I'm not very good with distances, sorry."),
        (
            "P",
            "I'd say about fifteen yards. From our front door to next door's gate, and {he} holds on to my arm the whole way.",
        ),
    ]
    m = c.pick("150 yards", "100 metres", "200 yards")
    return Topic(
        "walking",
        turns,
        "{Hr} estimated that {he} can walk about 15 yards while holding on to {hhis} arm.",
        "{Hr} estimated that {he} can walk about " + m + " while holding on to {hhis} arm.",
        "{Hr} estimated that {he} can walk about 15 yards.",
        "It was reported that {he} can walk about " + m + " unaided.",
    )


def t_standing(c: Ctx) -> Topic:
    q = c.pick(
        "How long can you stay standing, say at the kitchen worktop?",
        "What about standing still, like in a queue? How long is that OK for?",
        "If you're stood up, how long before you need to sit down?",
    )
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "Five minutes, if that. My legs start shaking and I have to lean on the side, and then I've got to sit down.",
            ),
        ]
        m = c.pick("30 minutes", "20 minutes", "half an hour")
        return Topic(
            "standing",
            turns,
            "{S} stated that {he} can stand for up to five minutes, leaning on the worktop, before {his} legs shake and {he} must sit.",
            "{S} stated that {he} can stand for up to "
            + m
            + ", leaning on the worktop, before {his} legs shake and {he} must sit.",
            "{S} stated that {he} can stand for about five minutes.",
            "{S} stated that {he} can stand for " + m + ".",
        )
    turns = [
        ("A", q),
        ("C", "Not long. I can't do queues, I have to ask for a chair."),
        ("A", "Could you put a rough time on it?"),
        ("C", "Two or three minutes, then the pain in my back is too much and I need to sit."),
    ]
    m = c.pick("15 minutes", "20 minutes", "10 to 15 minutes")
    return Topic(
        "standing",
        turns,
        "{S} stated that {he} can stand for two to three minutes before back pain means {he} needs to sit down.",
        "{S} stated that {he} can stand for "
        + m
        + " before back pain means {he} needs to sit down.",
        "{S} stated that {he} can stand for two to three minutes.",
        "{S} reported that {he} can stand for " + m + ".",
    )


def t_sitting(c: Ctx) -> Topic:
    q = c.pick(
        "How are you with sitting? Say in an ordinary chair.",
        "How long can you sit comfortably before you have to move?",
        "Can you sit through something like a film, or a meal out?",
    )
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "Twenty minutes, about that, and then my back seizes up and I've got to get up and walk around. It's the pain.",
            ),
        ]
        m = c.pick("an hour", "about 60 minutes", "45 minutes to an hour")
        return Topic(
            "sitting",
            turns,
            "{S} stated that {he} can sit for about 20 minutes before back pain means {he} has to get up and move around.",
            "{S} stated that {he} can sit for "
            + m
            + " before back pain means {he} has to get up and move around.",
            "{S} stated that {he} can sit for about 20 minutes.",
            "{S} stated that {he} can sit for " + m + " without difficulty.",
        )
    turns = [
        ("A", q),
        ("C", "Not very well. I get fidgety and uncomfortable."),
        ("A", "Roughly how long before you need to get up?"),
        (
            "C",
            "A quarter of an hour. I'm shifting about before that, and then I have to stand up because my legs go numb.",
        ),
    ]
    m = c.pick("45 minutes", "an hour", "over an hour")
    return Topic(
        "sitting",
        turns,
        "{S} reported that {he} can sit for about 15 minutes, shifting position, before numbness in {his} legs makes {him} stand.",
        "{S} reported that {he} can sit for about "
        + m
        + ", shifting position, before numbness in {his} legs makes {him} stand.",
        "{S} reported that {he} can sit for about 15 minutes.",
        "{S} reported that {he} can sit for " + m + ".",
    )


def t_cooking(c: Ctx) -> Topic:
    v = c.rng.randrange(3 if c.comp else 2)
    if v == 0:
        turns = [
            (
                "A",
                c.pick(
                    "Do you do any cooking for yourself?",
                    "Can you make yourself a hot meal?",
                    "What about cooking? Do you make your own meals?",
                ),
            ),
            (
                "C",
                "Just things in the microwave mostly. I'll do a proper meal maybe once a week, on a good day, and I sit on a perching stool to do it because I can't stand at the cooker.",
            ),
        ]
        m = c.pick("most days", "four or five times a week", "daily")
        return Topic(
            "cooking",
            turns,
            "{S} stated that {he} cooks a proper meal about once a week on a good day, using a perching stool, and otherwise uses the microwave.",
            "{S} stated that {he} cooks a proper meal "
            + m
            + " on a good day, using a perching stool, and otherwise uses the microwave.",
            "{S} stated that {he} cooks a proper meal about once a week.",
            "{S} stated that {he} cooks a proper meal " + m + ".",
        )
    if v == 1:
        turns = [
            (
                "A",
                c.pick("Do you do any cooking for yourself?", "Can you make yourself a hot meal?"),
            ),
            (
                "C",
                "I try. I can peel a few potatoes but I have to keep stopping, my hands lock up.",
            ),
            ("A", "How long would it take you to do a simple meal, something like pasta?"),
            (
                "C",
                "Oh, an hour, an hour and a half, because I keep having to sit down and rest. Most of the time I don't bother.",
            ),
        ]
        m = c.pick("about 20 minutes", "15 to 20 minutes", "around half an hour")
        return Topic(
            "cooking",
            turns,
            "{S} stated that a simple meal such as pasta takes {him} an hour to an hour and a half because {he} has to keep sitting down to rest.",
            "{S} stated that a simple meal such as pasta takes {him} "
            + m
            + " because {he} has to keep sitting down to rest.",
            "{S} stated that {he} can prepare a simple meal such as pasta.",
            "{S} stated that {he} can prepare a simple meal such as pasta in " + m + ".",
        )
    turns = [
        ("A", c.pick("Who does the cooking in your house?", "Who makes the meals at home?")),
        ("C", "{Hh} does, mostly."),
        (
            "P",
            "I do all of it. If I left {him} to it {he} wouldn't eat. {He}'s made beans on toast maybe twice in the last month, and I was stood next to {him} both times because {he} left the gas on once.",
        ),
    ]
    m = c.pick("twice a week", "a few times a week", "every other day")
    return Topic(
        "cooking",
        turns,
        "{Hr} reported that {hh} does the cooking and that {he} has made a simple meal about twice in the past month, with {hr} supervising.",
        "{Hr} reported that {hh} does the cooking and that {he} makes a simple meal about "
        + m
        + ", with {hr} supervising.",
        "It was reported that {he} has made a simple meal such as beans on toast about twice in the past month.",
        "It was reported that {he} makes simple meals such as beans on toast " + m + ".",
    )


def t_medication(c: Ctx) -> Topic:
    q = c.pick(
        "How do you get on with your tablets? Who sorts them out?",
        "Do you manage your own medication?",
        "Tell me about your medication. Do you ever forget to take it?",
    )
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "{Hs} fills a dosette box for me every Sunday, and {hh} rings me every morning to remind me. Even then I still miss them, three or four times a week.",
            ),
        ]
        m = c.pick(
            "about once a month", "once a fortnight", "very occasionally, about once a month"
        )
        return Topic(
            "medication",
            turns,
            "{S} stated that {hr} fills a dosette box weekly and phones each morning to remind {him}, and that {he} still misses doses three or four times a week.",
            "{S} stated that {hr} fills a dosette box weekly and phones each morning to remind {him}, and that {he} misses a dose "
            + m
            + ".",
            "{S} uses a dosette box and stated that {he} misses doses three or four times a week.",
            "{S} manages {his} medication with a dosette box and reported missing a dose "
            + m
            + ".",
        )
    turns = [
        ("A", q),
        ("C", "I do it myself but I get muddled. There's eleven different tablets."),
        ("A", "And how often do you get it wrong, would you say?"),
        (
            "C",
            "Most weeks. I think I've double dosed about twice this month. {Hs} checks the packets now when {hh} comes round.",
        ),
    ]
    m = c.pick("once in the past year", "once in the last six months")
    return Topic(
        "medication",
        turns,
        "{S} stated that {he} takes eleven different tablets, gets muddled most weeks, and has double dosed about twice this month; {hr} now checks the packets.",
        "{S} stated that {he} takes eleven different tablets and has double dosed "
        + m
        + "; {hr} now checks the packets.",
        "{S} stated that {he} takes eleven different tablets and has double dosed about twice this month.",
        "{S} manages {his} own medication and reported double dosing " + m + ".",
    )


def t_washing(c: Ctx) -> Topic:
    q = c.pick(
        "How do you manage washing and bathing?",
        "Can you get in and out of the bath or shower?",
        "How often are you able to have a shower?",
    )
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "I have a strip wash at the sink most days. I only get in the shower about once a week, when {hs} is here, because I fell in there last year.",
            ),
        ]
        m = c.pick("four times a week", "most days", "every other day")
        return Topic(
            "washing",
            turns,
            "{S} stated that {he} strip washes at the sink most days and showers about once a week, only when {hr} is there, because of a fall last year.",
            "{S} stated that {he} showers "
            + m
            + ", only when {hr} is there, because of a fall last year.",
            "{S} stated that {he} showers about once a week.",
            "{S} stated that {he} showers " + m + ".",
        )
    turns = [
        ("A", q),
        ("C", "I've got a seat in the shower now, the OT put it in."),
        ("A", "And how long does it take you, start to finish?"),
        (
            "C",
            "The best part of forty minutes. I'm exhausted after, I have to lie down. And I can't wash my hair, {hs} does that for me twice a week.",
        ),
    ]
    m = c.pick("around ten minutes", "about 15 minutes")
    return Topic(
        "washing",
        turns,
        "{S} uses a shower seat and stated that showering takes about 40 minutes and leaves {him} needing to lie down; {hr} washes {his} hair twice a week.",
        "{S} uses a shower seat and stated that showering takes "
        + m
        + "; {hr} washes {his} hair twice a week.",
        "{S} stated that showering takes about 40 minutes.",
        "{S} stated that {he} showers independently in " + m + ".",
    )


def t_dressing(c: Ctx) -> Topic:
    q = c.pick(
        "How long does it take you to get dressed in the morning?",
        "Do you have any trouble getting dressed?",
        "Talk me through getting dressed. Any problems?",
    )
    v = c.rng.randrange(3 if c.comp else 2)
    if v == 0:
        turns = [
            (
                "A",
                c.pick(
                    "How long does it take you to get dressed in the morning?",
                    "Getting dressed, how long does that take you?",
                ),
            ),
            (
                "C",
                "Forty five minutes, sometimes an hour. I can't bend, so {hs} has to do my socks and shoes.",
            ),
        ]
        m = c.pick("about ten minutes", "10 to 15 minutes")
        return Topic(
            "dressing",
            turns,
            "{S} stated that dressing takes 45 minutes to an hour and that {hr} puts on {his} socks and shoes.",
            "{S} stated that dressing takes " + m + " and that {hr} puts on {his} socks and shoes.",
            "{S} stated that dressing takes 45 minutes to an hour.",
            "{S} stated that {he} dresses independently in " + m + ".",
        )
    if v == 1:
        turns = [
            (
                "A",
                c.pick(
                    "Do you have any trouble getting dressed?",
                    "Talk me through getting dressed. Any problems?",
                ),
            ),
            ("C", "Buttons are the worst. My fingers won't do them."),
            ("A", "So how do you manage?"),
            (
                "C",
                "I wear things I can pull on. Some days I don't get dressed at all, I stay in my pyjamas. That's three or four days a week, I'd say, when the pain's bad.",
            ),
        ]
        m = c.pick("one day a week", "once a fortnight", "occasionally, about once a week")
        return Topic(
            "dressing",
            turns,
            "{S} stated that {he} cannot manage buttons, wears pull-on clothing, and does not get dressed at all on three or four days a week because of pain.",
            "{S} stated that {he} cannot manage buttons, wears pull-on clothing, and does not get dressed "
            + m
            + " because of pain.",
            "{S} stated that {he} wears pull-on clothing and stays in pyjamas three or four days a week.",
            "{S} reported that {he} dresses in pull-on clothing and stays in pyjamas " + m + ".",
        )
    turns = [
        ("A", q),
        ("C", "It takes me a while."),
        (
            "P",
            "It's a good hour most mornings. I do {his} buttons and {his} socks, and I have to keep telling {him} to carry on, or {he}'ll just sit on the bed.",
        ),
    ]
    m = c.pick("about 15 minutes", "20 minutes")
    return Topic(
        "dressing",
        turns,
        "{Hr} stated that dressing takes about an hour most mornings, that {hh} helps with buttons and socks, and that {he} needs prompting to carry on.",
        "{Hr} stated that dressing takes "
        + m
        + " most mornings, that {hh} helps with buttons and socks, and that {he} needs prompting to carry on.",
        "It was reported that dressing takes about an hour most mornings.",
        "It was reported that {he} dresses in about " + m + ".",
    )


def t_continence(c: Ctx) -> Topic:
    v = c.rng.randrange(2)
    if v == 0:
        q = c.pick(
            "Any problems with your bladder or bowels?",
            "Do you have any issues with continence at all?",
        )
        turns = [
            ("A", q),
            (
                "C",
                "Yes, it's embarrassing. I have accidents three or four times a week, so I wear pads all the time now.",
            ),
        ]
        m = c.pick(
            "about once a month", "occasionally, around once a month", "once or twice a month"
        )
        return Topic(
            "continence",
            turns,
            "{S} reported urinary accidents three to four times a week and wears pads at all times.",
            "{S} reported urinary accidents " + m + " and wears pads at all times.",
            "{S} reported urinary accidents three to four times a week.",
            "{S} reported an occasional accident, " + m + ", managed without aids.",
        )
    q = c.pick(
        "Do you have to get up in the night for the toilet?",
        "How are your nights? Are you up to the toilet at all?",
    )
    turns = [
        ("A", q),
        (
            "C",
            "Five or six times a night, easily. And I'm that unsteady when I get up that {hs} has to come with me, or I'll end up on the floor.",
        ),
    ]
    m = c.pick("once a night", "once or twice a night")
    return Topic(
        "continence",
        turns,
        "{S} stated that {he} gets up five or six times a night to use the toilet and that {hr} has to go with {him} because {he} is unsteady.",
        "{S} stated that {he} gets up "
        + m
        + " to use the toilet and that {hr} has to go with {him} because {he} is unsteady.",
        "{S} stated that {he} gets up five or six times a night to use the toilet.",
        "{S} stated that {he} gets up " + m + " to use the toilet and manages this independently.",
    )


def t_reading(c: Ctx) -> Topic:
    q = c.pick(
        "Can you read and understand letters, like the ones from DWP?",
        "What about reading? Say a letter from the council.",
        "Do you read at all? Books, letters, that kind of thing?",
    )
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "I can read the words. It's taking it in. After about five minutes it's all swimming and I've lost it.",
            ),
            ("A", "So what happens with official letters?"),
            (
                "C",
                "{Hs} goes through them with me, line by line, otherwise I'd just put them in a drawer.",
            ),
        ]
        m = c.pick("about an hour", "45 minutes or so", "30 to 40 minutes")
        return Topic(
            "reading",
            turns,
            "{S} stated that {he} loses concentration after about five minutes of reading and that {hr} goes through official letters with {him}.",
            "{S} stated that {he} loses concentration after "
            + m
            + " of reading and that {hr} goes through official letters with {him}.",
            "{S} stated that {he} can read for about five minutes.",
            "{S} stated that {he} reads for " + m + " at a time and can understand letters.",
        )
    turns = [
        ("A", q),
        (
            "C",
            "Short things, like a text. A long letter, I have to read the same page three or four times, and even then I ring {hs} to explain it to me.",
        ),
    ]
    return Topic(
        "reading",
        turns,
        "{S} stated that {he} has to read a long letter three or four times and still phones {hr} to explain it.",
        "{S} stated that {he} has to read a long letter once or twice and phones {hr} to explain it.",
        "{S} stated that {he} reads long letters three or four times.",
        "{S} stated that {he} can read and understand a letter after reading it once or twice.",
    )


def t_social(c: Ctx) -> Topic:
    q = c.pick(
        "Do you see friends or family much?",
        "How are you with other people? Do you get out and meet anyone?",
        "Do you have much of a social life at the moment?",
    )
    v = c.rng.randrange(3 if c.comp else 2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "Not really. I haven't met up with a friend for about six months. If there's more than a couple of people I start panicking and I have to leave.",
            ),
        ]
        m = c.pick("about once a fortnight", "every couple of weeks", "roughly once a week")
        return Topic(
            "social",
            turns,
            "{S} stated that {he} has not met a friend for about six months and panics and has to leave if more than a couple of people are present.",
            "{S} stated that {he} meets a friend "
            + m
            + " but panics and has to leave if more than a couple of people are present.",
            "{S} stated that {he} has not met a friend for about six months.",
            "{S} stated that {he} meets friends " + m + ".",
        )
    if v == 1:
        turns = [
            ("A", q),
            ("C", "My sister comes round. That's about it."),
            ("A", "How often is that?"),
            (
                "C",
                "Once a month, maybe. I don't go to hers, I can't face the bus. And I get anxious for days before she comes, even though it's only her.",
            ),
        ]
        m = c.pick("twice a week", "every week", "a couple of times a week")
        return Topic(
            "social",
            turns,
            "{S} stated that {his} sister visits about once a month and that {he} becomes anxious for days beforehand.",
            "{S} stated that {his} sister visits "
            + m
            + " and that {he} becomes anxious for days beforehand.",
            "{S} stated that {his} sister visits about once a month.",
            "{S} stated that {he} sees {his} sister " + m + ".",
        )
    turns = [
        ("A", q),
        ("C", "No."),
        (
            "P",
            "{He} won't answer the door. The only people {he}'s seen in the last three months are me and the doctor, and I have to sit in with {him} even for that.",
        ),
    ]
    m = c.pick("about once a week", "every week or so", "a couple of times a week")
    return Topic(
        "social",
        turns,
        "{Hr} reported that {he} has seen only {hhim} and the doctor in the last three months and that {hh} has to accompany {him} to appointments.",
        "{Hr} reported that {he} sees people other than {hhim} "
        + m
        + " and that {hh} has to accompany {him} to appointments.",
        "It was reported that {he} has seen only {hr} and the doctor in the last three months.",
        "It was reported that {he} sees other people " + m + ".",
    )


def t_journeys(c: Ctx) -> Topic:
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", c.pick("Do you go out on your own?", "Do you go anywhere by yourself?")),
            (
                "C",
                "Only to the corner shop, it's two minutes away. Anywhere further, {hs} comes with me.",
            ),
            ("A", "Have you been on a bus by yourself recently?"),
            ("C", "Once, in the last year. I had a panic attack and got off two stops later."),
        ]
        m = c.pick("about twice a week", "most weeks", "a few times a month")
        return Topic(
            "journeys",
            turns,
            "{S} stated that {he} goes alone only to a shop two minutes away, that {hr} accompanies {him} further afield, and that on the one occasion in the past year {he} took a bus alone {he} had a panic attack.",
            "{S} stated that {hr} accompanies {him} further afield, and that {he} takes the bus alone "
            + m
            + ", although {he} had a panic attack on one journey.",
            "{S} stated that {he} has used the bus on {his} own in the past year.",
            "{S} stated that {he} travels on the bus alone " + m + ".",
        )
    turns = [
        (
            "A",
            c.pick(
                "If you had to get somewhere you'd not been before, how would you manage?",
                "Could you find your way somewhere new on your own?",
            ),
        ),
        (
            "C",
            "I wouldn't. I only go places I know, and even then I've had to ring {hs} to come and get me because I got lost. That's happened three times since Christmas.",
        ),
    ]
    m = c.pick("once in the past few years", "once, some years ago")
    return Topic(
        "journeys",
        turns,
        "{S} stated that {he} only goes to familiar places and has had to phone {hr} to collect {him} after getting lost three times since Christmas.",
        "{S} stated that {he} only goes to familiar places and has had to phone {hr} to collect {him} after getting lost "
        + m
        + ".",
        "{S} stated that {he} goes to familiar places on {his} own.",
        "{S} stated that {he} goes to familiar places on {his} own and has got lost only "
        + m
        + ".",
    )


def t_lifting(c: Ctx) -> Topic:
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            (
                "A",
                c.pick(
                    "What's the heaviest thing you can lift, do you think?",
                    "Could you pick up a bag of shopping?",
                ),
            ),
            (
                "C",
                "A bag of sugar, a kilo. That's about my limit. Even that hurts my wrists, and I've dropped things.",
            ),
        ]
        m = c.pick("5 kilograms", "a full bag of shopping, around 5 kilos", "about 4 kilograms")
        return Topic(
            "lifting",
            turns,
            "{S} stated that {he} can lift a 1 kg bag of sugar but that this hurts {his} wrists and {he} has dropped things.",
            "{S} stated that {he} can lift "
            + m
            + " but that this hurts {his} wrists and {he} has dropped things.",
            "{S} stated that {he} can lift a 1 kg bag of sugar.",
            "{S} stated that {he} can lift " + m + ".",
        )
    turns = [
        (
            "A",
            c.pick(
                "Can you carry a full kettle across the kitchen?",
                "What about lifting things, like a kettle?",
            ),
        ),
        ("C", "A kettle, I only put in enough for one cup, and I use both hands."),
        ("A", "And shopping?"),
        (
            "C",
            "A carton of milk, a pint. Anything more and my shoulder goes. {Hs} carries everything else.",
        ),
    ]
    m = c.pick("a four-pint carton of milk", "a full bag of shopping", "a six-pack of water")
    return Topic(
        "lifting",
        turns,
        "{S} stated that {he} puts only one cup of water in the kettle and uses both hands, and can carry a pint of milk; {hr} carries anything heavier.",
        "{S} stated that {he} uses both hands for the kettle and can carry "
        + m
        + "; {hr} carries anything heavier.",
        "{S} stated that {he} can lift a kettle and carry a pint of milk.",
        "{S} stated that {he} can lift a kettle and carry " + m + ".",
    )


def t_writing(c: Ctx) -> Topic:
    q = c.pick(
        "Can you write? Fill in a form, for example?",
        "How are your hands for things like writing?",
        "Could you manage a pen, say to fill in a form?",
    )
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "I can sign my name. But a whole form, my hand cramps after two or three lines and {hs} has to finish it for me.",
            ),
        ]
        m = c.pick("about a page", "a full side of A4", "a page or so")
        return Topic(
            "writing",
            turns,
            "{S} stated that {he} can write two or three lines before {his} hand cramps and that {hr} completes forms for {him}.",
            "{S} stated that {he} can write "
            + m
            + " before {his} hand cramps and that {hr} completes forms for {him}.",
            "{S} stated that {he} can write two or three lines.",
            "{S} stated that {he} can write " + m + " and completes forms.",
        )
    turns = [
        ("A", q),
        ("C", "Not great. I use the phone for everything."),
        ("A", "But if you had to hold a pen?"),
        (
            "C",
            "A minute or two and my fingers go stiff and it really hurts. My writing goes all over the place.",
        ),
    ]
    m = c.pick("10 to 15 minutes", "about 15 minutes", "up to 20 minutes")
    return Topic(
        "writing",
        turns,
        "{S} stated that after a minute or two of holding a pen {his} fingers become stiff and painful.",
        "{S} stated that after " + m + " of holding a pen {his} fingers become stiff and painful.",
        "{S} stated that {he} can hold a pen for a minute or two.",
        "{S} stated that {he} can hold a pen and write for " + m + ".",
    )


def t_sleep(c: Ctx) -> Topic:
    q = c.pick(
        "How are you sleeping?",
        "What's your sleep like at the moment?",
        "Tell me about a typical night.",
    )
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "Badly. Three hours a night if I'm lucky, the pain wakes me up. Then I'm wiped out and I nap for a couple of hours in the afternoon.",
            ),
        ]
        m = c.pick("seven hours", "six to seven hours", "around eight hours")
        return Topic(
            "sleep",
            turns,
            "{S} reported sleeping about three hours a night, woken by pain, and napping for a couple of hours in the afternoon.",
            "{S} reported sleeping about "
            + m
            + " a night, woken by pain, and napping for a couple of hours in the afternoon.",
            "{S} reported sleeping about three hours a night.",
            "{S} reported sleeping " + m + " a night.",
        )
    turns = [
        ("A", q),
        ("C", "I get off to sleep alright with the tablets."),
        ("A", "And do you stay asleep?"),
        (
            "C",
            "No. I have nightmares, four or five nights a week, and I wake up soaked and shaking. Then I'm frightened to go back to sleep.",
        ),
    ]
    m = c.pick("once or twice a month", "about once a month", "occasionally, once a fortnight")
    return Topic(
        "sleep",
        turns,
        "{S} stated that {he} sleeps with medication but has nightmares four or five nights a week, waking distressed and frightened to go back to sleep.",
        "{S} stated that {he} sleeps with medication but has nightmares "
        + m
        + ", waking distressed and frightened to go back to sleep.",
        "{S} stated that {he} has nightmares four or five nights a week.",
        "{S} stated that {he} has nightmares " + m + ".",
    )


def t_stairs(c: Ctx) -> Topic:
    q = c.pick(
        "Do you have stairs at home? How do you manage them?",
        "What about stairs?",
        "Are you upstairs or downstairs at home? How do you get on with the stairs?",
    )
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "Fourteen stairs. I go up on my bottom, one at a time, or {hs} helps me. It takes me about five minutes to get to the top.",
            ),
        ]
        m = c.pick("under a minute", "about a minute", "30 seconds or so")
        return Topic(
            "stairs",
            turns,
            "{S} stated that {he} climbs {his} 14 stairs on {his} bottom or with help from {hr}, taking about five minutes.",
            "{S} stated that {he} climbs {his} 14 stairs on {his} bottom or with help from {hr}, taking "
            + m
            + ".",
            "{S} stated that {he} climbs {his} 14 stairs in about five minutes.",
            "{S} stated that {he} climbs {his} 14 stairs in " + m + ".",
        )
    turns = [
        ("A", q),
        (
            "C",
            "I go up once a day, at bedtime, and that's it. I hold the banister with both hands and I stop halfway for a rest.",
        ),
    ]
    m = c.pick("several times a day", "four or five times a day", "a number of times a day")
    return Topic(
        "stairs",
        turns,
        "{S} stated that {he} uses the stairs once a day, at bedtime, holding the banister with both hands and resting halfway.",
        "{S} stated that {he} uses the stairs "
        + m
        + ", holding the banister with both hands and resting halfway.",
        "{S} stated that {he} uses the stairs once a day at bedtime.",
        "{S} stated that {he} uses the stairs " + m + ".",
    )


def t_seizures(c: Ctx) -> Topic:
    q = c.pick(
        "How often are you having seizures at the moment?",
        "Tell me about the seizures. How often do they happen?",
        "When was your last seizure, and how often do they come?",
    )
    v = c.rng.randrange(3 if c.comp else 2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "Two or three a month at the moment. Afterwards I'm confused for hours, and {hs} has to stay with me till I come round properly.",
            ),
        ]
        m = c.pick(
            "two or three seizures a year",
            "one seizure every few months",
            "about two seizures a year",
        )
        return Topic(
            "seizures",
            turns,
            "{S} reported two to three seizures a month, followed by several hours of confusion during which {hr} stays with {him}.",
            "{S} reported "
            + m
            + ", followed by several hours of confusion during which {hr} stays with {him}.",
            "{S} reported two to three seizures a month.",
            "{S} reported " + m + ".",
        )
    if v == 1:
        turns = [
            (
                "A",
                c.pick(
                    "When was your last seizure, and how often do they come?",
                    "When did you last have a seizure?",
                ),
            ),
            ("C", "The last one was on Tuesday."),
            ("A", "And how many would you say in a typical month?"),
            (
                "C",
                "Maybe five or six. I get no warning, I just go down. I'm not allowed to cook on my own any more.",
            ),
        ]
        m = c.pick("one or two", "about one")
        return Topic(
            "seizures",
            turns,
            "{S} reported five or six seizures in a typical month without warning, and said {he} is no longer allowed to cook alone.",
            "{S} reported "
            + m
            + " seizures in a typical month without warning, and said {he} is no longer allowed to cook alone.",
            "{S} reported five or six seizures in a typical month.",
            "{S} reported " + m + " seizures a month.",
        )
    turns = [
        ("A", q),
        ("C", "I lose track, to be honest."),
        (
            "P",
            "I write them down. Last month it was four, and two of those {he} hurt {him}self. I don't leave {him} on {his} own in the house now.",
        ),
    ]
    m = c.pick("one", "a single seizure")
    return Topic(
        "seizures",
        turns,
        "{Hr} keeps a record and reported four seizures last month, with injury on two occasions; {hh} no longer leaves {him} alone at home.",
        "{Hr} keeps a record and reported "
        + m
        + " last month; {hh} no longer leaves {him} alone at home.",
        "{Hr} keeps a record and reported four seizures last month.",
        "It was reported that {he} had " + m + " last month.",
    )


def t_concentration(c: Ctx) -> Topic:
    q = c.pick(
        "How's your concentration? Can you follow a TV programme?",
        "Do you watch much telly? Can you keep track of what's going on?",
        "What about concentrating on things, like a programme or a conversation?",
    )
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "I lose the thread after ten minutes or so. {Hs} has to tell me what's happened, and half the time I forget anyway.",
            ),
        ]
        m = c.pick("a full hour-long programme", "about an hour of television", "a whole film")
        return Topic(
            "concentration",
            turns,
            "{S} stated that {he} loses the thread of a programme after about ten minutes and needs {hr} to explain what has happened.",
            "{S} stated that {he} can follow "
            + m
            + " before losing the thread and needing {hr} to explain what has happened.",
            "{S} stated that {he} can follow a programme for about ten minutes.",
            "{S} stated that {he} can watch and follow " + m + ".",
        )
    turns = [
        ("A", q),
        ("C", "Not really. I put the radio on instead."),
        ("A", "If you were reading or watching something, how long before your mind wanders?"),
        (
            "C",
            "Two minutes? It's the medication, everything's foggy. I can't follow a conversation if there's more than one person talking.",
        ),
    ]
    m = c.pick("20 minutes", "half an hour", "about 20 to 30 minutes")
    return Topic(
        "concentration",
        turns,
        "{S} stated that {his} mind wanders after about two minutes because of medication-related fog, and that {he} cannot follow a conversation with more than one person talking.",
        "{S} stated that {his} mind wanders after about "
        + m
        + " because of medication-related fog, and that {he} cannot follow a conversation with more than one person talking.",
        "{S} stated that {he} can concentrate for about two minutes.",
        "{S} stated that {he} can concentrate for about " + m + ".",
    )


def t_driving(c: Ctx) -> Topic:
    q = c.pick(
        "Do you still drive?",
        "Have you got a car? Do you drive yourself?",
        "Are you driving at the moment?",
    )
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", q),
            ("C", "Only locally. To the surgery, which is about a mile."),
            ("A", "What's the longest you'd drive for?"),
            (
                "C",
                "Ten minutes, no more, or my neck locks up. And I don't drive at all if I've had a bad night.",
            ),
        ]
        m = c.pick("up to an hour", "around 45 minutes", "about an hour")
        return Topic(
            "driving",
            turns,
            "{S} stated that {he} drives only short local journeys of about a mile, for no more than ten minutes, and not at all after a bad night.",
            "{S} stated that {he} drives for "
            + m
            + " at a time, but not at all after a bad night.",
            "{S} stated that {he} drives locally for up to ten minutes.",
            "{S} stated that {he} drives for " + m + " at a time.",
        )
    turns = [
        ("A", q),
        (
            "C",
            "I've got an automatic with a steering knob. I drive maybe once a week, to my mum's, it's only three miles. {Hs} comes with me in case I have to stop.",
        ),
    ]
    m = c.pick("30 miles", "about 25 miles", "20 miles or so")
    return Topic(
        "driving",
        turns,
        "{S} drives an adapted automatic car about once a week, a three-mile journey, with {hr} accompanying {him} in case {he} has to stop.",
        "{S} drives an adapted automatic car about once a week, a journey of "
        + m
        + ", with {hr} accompanying {him} in case {he} has to stop.",
        "{S} drives about once a week, a three-mile journey.",
        "{S} drives about once a week, a journey of " + m + ".",
    )


def t_shopping(c: Ctx) -> Topic:
    q = c.pick(
        "Do you do your own shopping?",
        "Who does the food shopping?",
        "Can you get round a supermarket?",
    )
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "{Hs} does the big shop. I go with {hhim} maybe once a fortnight, and I hang on to the trolley, and after twenty minutes I'm done, I have to go and sit in the car.",
            ),
        ]
        m = c.pick("about an hour", "an hour or so", "45 minutes")
        return Topic(
            "shopping",
            turns,
            "{S} stated that {he} goes shopping with {hr} about once a fortnight, leaning on the trolley, and manages about 20 minutes before needing to sit in the car.",
            "{S} stated that {he} goes shopping with {hr} about once a fortnight, leaning on the trolley, and manages "
            + m
            + " before needing to sit in the car.",
            "{S} stated that {he} goes shopping about once a fortnight for about 20 minutes.",
            "{S} stated that {he} goes shopping about once a fortnight for " + m + ".",
        )
    turns = [
        ("A", q),
        ("C", "I do it online now. I used to go to the little Co-op round the corner."),
        ("A", "When did you last go in a shop yourself?"),
        (
            "C",
            "Must be eight or nine months ago. It was too busy, I had to leave my basket and get out. I was in a right state.",
        ),
    ]
    m = c.pick("last month", "a couple of weeks ago", "about three weeks ago")
    return Topic(
        "shopping",
        turns,
        "{S} stated that {he} shops online and last went into a shop eight or nine months ago, when {he} became distressed and had to leave.",
        "{S} stated that {he} shops online and last went into a shop "
        + m
        + ", when {he} became distressed and had to leave.",
        "{S} stated that {he} shops online and last went into a shop eight or nine months ago.",
        "{S} stated that {he} shops online and also went into a shop " + m + ".",
    )


def t_money(c: Ctx) -> Topic:
    q = c.pick(
        "Do you manage your own money?",
        "Who looks after the bills in your house?",
        "How are you with money, paying for things in a shop?",
    )
    v = c.rng.randrange(2)
    if v == 0:
        turns = [
            ("A", q),
            (
                "C",
                "{Hs} does the bills, I get confused. I can pay for small bits in a shop, under ten pounds or so, but I get flustered with the change and I just hold my hand out.",
            ),
        ]
        m = c.pick("£100", "£50", "about £80")
        return Topic(
            "money",
            turns,
            "{S} stated that {hr} manages the bills and that {he} can pay for small items under about £10, but becomes flustered with change.",
            "{S} stated that {hr} manages the bills and that {he} can pay for items up to "
            + m
            + ", but becomes flustered with change.",
            "{S} stated that {he} can pay for small items under about £10.",
            "{S} stated that {he} can handle purchases of up to " + m + ".",
        )
    turns = [
        (
            "A",
            c.pick("Do you manage your own money?", "Do you look after your own money these days?"),
        ),
        ("C", "I did, but I got into a lot of debt when I was unwell."),
        ("A", "How much are we talking about?"),
        (
            "C",
            "About four thousand pounds, on catalogues, when I was high. So now {hs} has my bank card and I get twenty pounds a week to spend.",
        ),
    ]
    m = c.pick("£60", "£100", "£80")
    return Topic(
        "money",
        turns,
        "{S} stated that {he} built up about £4,000 of debt when unwell, and that {hr} now holds {his} bank card and gives {him} £20 a week.",
        "{S} stated that {he} built up debt when unwell, and that {hr} now holds {his} bank card and gives {him} "
        + m
        + " a week.",
        "{S} stated that {he} has about £20 a week to spend.",
        "{S} stated that {he} has " + m + " a week to spend.",
    )


def t_eating(c: Ctx) -> Topic:
    q = c.pick(
        "Are you eating regularly?",
        "How's your appetite? Do you eat proper meals?",
        "Do you manage to eat properly?",
    )
    v = c.rng.randrange(2 if c.comp else 1)
    if v == 0:
        turns = [
            ("A", q),
            ("C", "Not really. I forget, or I can't be bothered."),
            ("A", "How many meals a day, roughly?"),
            (
                "C",
                "One, most days. And that's only if {hs} texts me to remind me. I've lost two stone since last summer.",
            ),
        ]
        m = c.pick("three meals a day", "two or three meals a day")
        return Topic(
            "eating",
            turns,
            "{S} stated that {he} eats one meal most days, only when {hr} texts a reminder, and has lost two stone since last summer.",
            "{S} stated that {he} eats " + m + " when {hr} texts a reminder.",
            "{S} stated that {he} eats one meal most days.",
            "{S} stated that {he} eats " + m + ".",
        )
    turns = [
        ("A", q),
        ("C", "I'm alright."),
        (
            "P",
            "{He} isn't. If I don't put a plate in front of {him} and sit with {him}, {he} won't eat. It's one meal a day at best, and I'm cutting it up for {him}.",
        ),
    ]
    m = c.pick("three meals a day", "two to three meals a day")
    return Topic(
        "eating",
        turns,
        "{Hr} reported that {he} eats one meal a day at best, and only if {hh} sits with {him} and cuts up the food.",
        "{Hr} reported that {he} eats "
        + m
        + ", with {hhim} sitting with {him} and cutting up the food.",
        "It was reported that {he} eats one meal a day.",
        "It was reported that {he} eats " + m + ".",
    )


TOPICS = [
    t_walking,
    t_standing,
    t_sitting,
    t_cooking,
    t_medication,
    t_washing,
    t_dressing,
    t_continence,
    t_reading,
    t_social,
    t_journeys,
    t_lifting,
    t_writing,
    t_sleep,
    t_stairs,
    t_seizures,
    t_concentration,
    t_driving,
    t_shopping,
    t_money,
    t_eating,
]

# Reported speech about subjects that none of the dialogues touch.  The tag set
# lists topics whose subject is close enough that the statement is not used alongside them.
NEVER_SAID = [
    ({"walking"}, "{S} stated that {he} walks {his} dog twice a day around the local park."),
    (set(), "{S} reported that {he} volunteers in a charity shop two mornings a week."),
    (set(), "{S} stated that {he} goes swimming at the leisure centre every week."),
    (set(), "{S} said that {he} collects {his} grandchildren from school three afternoons a week."),
    (set(), "{S} stated that {he} does {his} own gardening, including mowing the lawn."),
    (
        {"journeys", "driving"},
        "{S} reported that {he} flew to Spain on holiday last summer and coped with the airport without difficulty.",
    ),
    (
        {"concentration", "reading", "writing"},
        "{S} said that {he} plays games online on {his} computer for several hours each evening.",
    ),
    ({"social"}, "{S} stated that {he} goes to a quiz night at {his} local pub every Thursday."),
    (
        {"reading", "concentration"},
        "{S} reported that {he} has recently enrolled on a part-time college course.",
    ),
    (set(), "{S} stated that {he} does all the ironing for the household."),
    (set(), "{S} mentioned that {he} goes to the gym three times a week."),
    ({"walking", "journeys", "shopping"}, "{S} said that {he} cycles to the shops."),
    ({"cooking"}, "{S} stated that {he} bakes cakes for the coffee morning at {his} church."),
    (set(), "{S} reported that {he} looks after a neighbour's cat while they are away."),
]


def _impossible(c: Ctx) -> str:
    r = c.rng
    dur = r.randrange(35, 81)
    start_h = r.randrange(9, 16)
    start_m = r.choice([0, 5, 10, 15, 20, 30, 40, 45])
    end_total = start_h * 60 + start_m + dur
    options = [
        f"Consultation start time {start_h:02d}:{start_m:02d}, end time {end_total // 60:02d}:{end_total % 60:02d}.",
        f"The consultation lasted approximately {dur} minutes.",
        f"The assessment began at {start_h}:{start_m:02d} and finished at {end_total // 60}:{end_total % 60:02d}.",
    ]
    if c.phone:
        options += [
            "{S} engaged well and maintained concentration throughout the "
            + str(dur)
            + "-minute telephone call.",
            "{S} remained on the line for the full "
            + str(dur)
            + " minutes of the consultation without needing a break.",
        ]
    else:
        options += [
            "{S} was observed to sit comfortably throughout the "
            + str(dur)
            + "-minute consultation without needing to stand.",
            "{S} remained seated for around "
            + str(dur)
            + " minutes during the consultation with no visible signs of discomfort.",
            "{S} was observed to stand for approximately "
            + str(r.randrange(30, 41))
            + " minutes during the examination without support.",
        ]
    return c.f(r.choice(options))


def _greeting(c: Ctx) -> list[tuple[str, str]]:
    if c.phone:
        a = c.pick(
            "Hello, is that {title}? My name's {an}, I'm the health professional doing your assessment today. I understand you're recording the call, that's absolutely fine.",
            "Hi, it's {an} calling about your PIP assessment. Can I just check I'm speaking to {title}?",
            "Good morning, it's {an} from the assessment centre, ringing about your work capability assessment. Is that {title}?",
        )
        if c.comp:
            b = c.pick(
                "Yes, that's me. {Hs} {hn} is here with me on speaker, {hh} helps me with most things.",
                "Yes, speaking. I've got {hs} with me, is that OK? {Hh}'ll help me answer.",
            )
        else:
            b = c.pick(
                "Yes, speaking. I'm recording it on my phone, if that's alright.",
                "Yes, that's me. Sorry, I'm a bit nervous.",
                "Yes, hello.",
            )
    else:
        a = c.pick(
            "Hello, come in and take a seat. I'm {an}, one of the health professionals here.",
            "Morning, {title}? I'm {an}. Come through, sit wherever's comfortable.",
            "Hi there, I'm {an}, I'll be doing your assessment today. Is it alright if I call you {cn}?",
        )
        if c.comp:
            b = c.pick(
                "Thank you. This is {hs}, {hn}, {hh}'s come along with me.",
                "Thanks. {Hs} {hn} is here to help me, if that's alright.",
            )
        else:
            b = c.pick(
                "Thank you.",
                "Yes, that's fine. I've brought my recorder, I did let you know.",
                "Thanks. Sorry, I'm a bit anxious about today.",
            )
    turns = [("A", a), ("C", b)]
    if c.comp:
        turns.append(
            (
                "P",
                c.pick(
                    "Hello. I'll only chip in if I need to.",
                    "Hiya, nice to meet you.",
                    "Hello. I'm here most days, so I see what it's like.",
                ),
            )
        )
    return turns


def _intro(c: Ctx) -> str:
    if c.phone:
        if c.comp:
            return c.f(
                c.pick(
                    "The consultation was conducted by telephone; {hr} was also present and contributed.",
                    "Telephone consultation. {Hr} was present on the call.",
                )
            )
        return "The consultation was conducted by telephone."
    if c.comp:
        return c.f(
            c.pick(
                "{S} attended the face-to-face consultation with {hr}.",
                "{S} was accompanied by {hr}.",
            )
        )
    return "The consultation took place face to face."


def _closing(c: Ctx) -> str:
    return c.f(
        c.pick(
            "Right, that's everything I need. Thanks for your time, {title}.",
            "OK, I think that covers it. My report goes to the DWP and they'll write to you with a decision.",
            "That's all my questions. Is there anything else you'd like to add? No? Thank you.",
        )
    )


def make_case_10(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    rng = random.Random(seed)
    c = Ctx(rng)
    v_assessor, v_claimant, v_comp = rng.sample(VOICES, 3)
    where = {"A": (0, v_assessor), "C": (1, v_claimant), "P": (1, v_comp)}

    greeting = _greeting(c)
    want = rng.choice([4, 5, 5, 6])
    pool = list(TOPICS)
    rng.shuffle(pool)
    topics: list[Topic] = []
    used = len(greeting)
    for fn in pool:
        if len(topics) >= want:
            break
        t = fn(c)
        if used + len(t.turns) > 17:
            continue
        topics.append(t)
        used += len(t.turns)

    # decide how each topic is reported
    n = len(topics)
    order = list(range(n))
    rng.shuffle(order)
    kinds = ["faithful"] * n
    rest = order[1:]
    n_change = max(1, (len(rest) + rng.randint(0, 1)) // 2)
    for i in rest[:n_change]:
        kinds[i] = "both" if rng.random() < 0.3 else "changed"
    for i in rest[n_change:]:
        kinds[i] = "dropped" if rng.random() < 0.7 else "faithful"

    label_of = {
        "faithful": {"supported"},
        "changed": {"number_changed"},
        "dropped": {"qualifier_dropped"},
        "both": {"number_changed", "qualifier_dropped"},
    }

    # dialogue
    lines: list[tuple[str, str]] = list(greeting)
    for t in topics:
        lines.extend(t.turns)
    if len(lines) < 18:
        lines.append(("A", _closing(c)))
    dialogue = [(where[spk][0], where[spk][1], c.f(text)) for spk, text in lines]

    # report
    report: list[tuple[str, set[str]]] = []
    for t, kind in zip(topics, kinds, strict=True):
        text = {"faithful": t.faithful, "changed": t.changed, "dropped": t.dropped, "both": t.both}[
            kind
        ]
        report.append((c.f(text), set(label_of[kind])))

    tags = {t.tag for t in topics}
    choices = [s for bad, s in NEVER_SAID if not (bad & tags)]
    never = c.f(rng.choice(choices))
    report.insert(rng.randrange(1, len(report) + 1), (never, {"never_said"}))

    imp = _impossible(c)
    report.insert(rng.choice([0, 0, 1, len(report)]), (imp, {"impossible"}))

    if n <= 5:
        report.insert(0, (_intro(c), {"supported"}))
    return dialogue, report
