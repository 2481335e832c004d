"""Blind held-out report-comparison cases (set 3).

Written blind: the author did not read the comparison code, its tests, its
docs or any other benchmark data.  Each case is a short recorded exchange
(about one minute of speech) plus sentences of an assessor's written report,
each labelled as a welfare-rights adviser would label it.
"""

# ruff: noqa: E501

import random

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

# Each topic: key, assessor question, claimant answer (first person, with a
# limit), faithful report sentence, and departing versions with labels.
TOPICS = [
    {
        "key": "walking",
        "q": "How far can you walk outside before you have to stop?",
        "a": "Maybe twenty metres, then my legs go and I have to stop and lean on something. And that's with my stick.",
        "faithful": "{He} reports {he} can walk about 20 metres with a stick before {his} legs give way and {he} has to stop.",
        "bad": [
            (
                "{He} reports {he} can walk about 200 metres.",
                {"number_changed", "qualifier_dropped"},
            ),
            ("{He} reports {he} can walk about 20 metres without an aid.", {"qualifier_dropped"}),
        ],
    },
    {
        "key": "stairs",
        "q": "Have you got stairs at home, and how do you manage them?",
        "a": "Fourteen of them. I need the banister and I go one at a time, it takes me a good five minutes to get up.",
        "faithful": "{He} states {he} climbs the 14 stairs at home one at a time using the banister, taking about five minutes.",
        "bad": [
            ("{He} states {he} manages the stairs at home independently.", {"qualifier_dropped"}),
            (
                "{He} states it takes {him} about one minute to climb the stairs at home one at a time using the banister.",
                {"number_changed"},
            ),
        ],
    },
    {
        "key": "cooking",
        "q": "Can you make yourself a simple meal?",
        "a": "Only microwave stuff really. If I stand at the cooker more than five minutes my back's agony, and my daughter checks I've turned the hob off.",
        "faithful": "{He} reports {he} mainly uses a microwave because standing at the cooker for more than five minutes causes back pain, and {his} daughter checks the hob is off.",
        "bad": [
            (
                "{He} reports {he} is able to prepare and cook a simple meal independently.",
                {"qualifier_dropped"},
            ),
            (
                "{He} reports {he} can stand at the cooker for around 30 minutes to prepare a meal.",
                {"number_changed", "qualifier_dropped"},
            ),
        ],
    },
    {
        "key": "washing",
        "q": "How do you get on with washing and bathing?",
        "a": "I can't get in the bath any more. I use a shower seat, and {spouse_said} has to be there in case I fall.",
        "faithful": "{He} states {he} showers using a shower seat with {his} {spouse} present in case {he} falls.",
        "bad": [
            ("{He} states {he} showers independently using a shower seat.", {"qualifier_dropped"}),
            (
                "The claimant states {he} washes and bathes without any difficulty.",
                {"qualifier_dropped"},
            ),
        ],
    },
    {
        "key": "dressing",
        "q": "And getting dressed in the morning, how is that?",
        "a": "It takes me about half an hour, I'm that slow with buttons and socks, and on a bad day {spouse_said} has to do it for me.",
        "faithful": "{He} reports dressing takes about 30 minutes because {he} is slow with buttons and socks, and on bad days {his} {spouse} dresses {him}.",
        "bad": [
            (
                "{He} reports {he} is able to dress in about five minutes.",
                {"number_changed", "qualifier_dropped"},
            ),
            (
                "{He} reports {he} dresses independently, taking about 30 minutes.",
                {"qualifier_dropped"},
            ),
        ],
    },
    {
        "key": "anxiety_out",
        "q": "Do you go out on your own at all, say to the shops?",
        "a": "Not really. If I go to the shop on my own I'm in bits after, shaking, so my sister comes with me most times.",
        "faithful": "{He} reports {he} usually goes to the local shop accompanied by {his} sister because of anxiety.",
        "bad": [
            ("{He} reports {he} goes to the local shop on {his} own.", {"qualifier_dropped"}),
            ("The claimant states {he} is able to go to the local shop.", {"qualifier_dropped"}),
        ],
    },
    {
        "key": "motivation",
        "q": "How are you with getting yourself up and doing things day to day?",
        "a": "Some weeks I don't get out of bed till the afternoon. My mum rings me every morning to get me up and remind me to eat.",
        "faithful": "{He} states {his} mother phones {him} every morning to prompt {him} to get up and eat.",
        "bad": [
            (
                "{He} states {he} gets up each morning and eats without prompting.",
                {"qualifier_dropped"},
            ),
            (
                "{He} states {his} mother phones {him} about once a week to prompt {him} to get up and eat.",
                {"number_changed"},
            ),
        ],
    },
    {
        "key": "memory",
        "q": "Do you look after your own tablets?",
        "a": "I lose track, honestly. I've doubled up before, so my son sets them out in a dosette box and texts me twice a day to take them.",
        "faithful": "{He} reports {his} son fills a dosette box and texts {him} twice a day to remind {him} to take {his} medication.",
        "bad": [
            (
                "{He} reports {he} manages {his} medication using a dosette box.",
                {"qualifier_dropped"},
            ),
            (
                "{He} reports {his} son fills a dosette box and texts {him} a reminder about once a week.",
                {"number_changed"},
            ),
        ],
    },
    {
        "key": "change",
        "q": "How do you cope if plans change at the last minute?",
        "a": "Badly. If an appointment gets moved I'd be lying if I said I could cope, I just panic and cry, and {spouse_said} has to sort it out.",
        "faithful": "{He} states that when plans change unexpectedly {he} panics and {his} {spouse} has to deal with it.",
        "bad": [
            (
                "{He} states {he} is able to cope with unexpected changes to {his} plans.",
                {"qualifier_dropped"},
            ),
        ],
    },
    {
        "key": "strangers",
        "q": "How do you get on meeting people you don't know?",
        "a": "I don't, if I can help it. I can't talk to people I don't know unless someone I trust is with me, otherwise I just freeze.",
        "faithful": "{He} reports {he} is unable to talk to people {he} does not know unless someone {he} trusts is with {him}.",
        "bad": [
            (
                "{He} reports {he} is able to engage with people {he} does not know.",
                {"qualifier_dropped"},
            ),
            ("The claimant states {he} talks to people {he} does not know.", {"qualifier_dropped"}),
        ],
    },
    {
        "key": "sitting",
        "q": "How long can you sit in a chair before you need to move?",
        "a": "About fifteen minutes, then the pain in my hip is that bad I have to get up and walk about.",
        "faithful": "{He} states {he} can sit for about 15 minutes before hip pain makes {him} get up and move around.",
        "bad": [
            (
                "{He} states {he} can sit for about an hour.",
                {"number_changed", "qualifier_dropped"},
            ),
            (
                "{He} states {he} can sit for about 45 minutes before hip pain makes {him} get up.",
                {"number_changed"},
            ),
        ],
    },
    {
        "key": "continence",
        "q": "Do you have any trouble getting to the toilet in time?",
        "a": "A few times a week I don't make it, so I wear pads whenever I go out.",
        "faithful": "{He} reports {he} is incontinent a few times a week and wears pads when going out.",
        "bad": [
            (
                "{He} reports {he} is incontinent about once a month.",
                {"number_changed", "qualifier_dropped"},
            ),
            ("{He} reports episodes of incontinence a few times a week.", {"qualifier_dropped"}),
        ],
    },
    {
        "key": "lifting",
        "q": "Could you pick up a full kettle and pour it?",
        "a": "I can, once, but then my arm's shaking and I'm exhausted, I couldn't do it again for ages.",
        "faithful": "{He} reports {he} can lift and pour a full kettle once but is then exhausted and cannot repeat it.",
        "bad": [
            ("{He} reports {he} can lift and pour a full kettle.", {"qualifier_dropped"}),
        ],
    },
]

# Never-discussed reported speech; "clash" lists topics it must not sit beside.
NEVER_SAID = [
    ("{He} reports {he} drives a car twice a week to visit family.", set()),
    ("{He} states {he} walks {his} dog every morning.", {"walking", "anxiety_out"}),
    (
        "{He} reports {he} manages {his} own finances and pays bills online without help.",
        {"memory"},
    ),
    ("{He} states {he} goes to the gym three times a week.", {"walking", "lifting"}),
    ("{He} reports {he} volunteers at a charity shop on Saturdays.", {"strangers", "anxiety_out"}),
    ("The claimant states {he} enjoys gardening and spends most afternoons in the garden.", set()),
    ("{He} reports {he} went on holiday abroad last summer.", set()),
]

# Things the one-minute recording itself rules out; "clash" as above.
IMPOSSIBLE = [
    ("TIMES", set()),
    (
        "The claimant was observed to sit comfortably throughout the 50 minute consultation.",
        {"sitting"},
    ),
    (
        "Mental state examination: {he} maintained good eye contact throughout the 45 minute assessment.",
        {"strangers"},
    ),
    ("Observed to remain seated for 40 minutes without needing to stand.", {"sitting"}),
    (
        "{He} was observed to stand for 35 minutes during the consultation without apparent discomfort.",
        {"sitting", "cooking"},
    ),
]

NAMES = {
    "he": ["David Hughes", "Gary Thompson", "Ian MacLeod", "Rhys Evans"],
    "she": ["Karen Walsh", "Angela Morris", "Fiona Campbell", "Sian Price"],
}
DOBS = [
    "the fifth of March, nineteen seventy-eight",
    "the twelfth of June, nineteen sixty-five",
    "the second of October, nineteen eighty-one",
    "the twenty-third of January, nineteen seventy-two",
]


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def make_case_5(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    rng = random.Random(seed)
    gender = rng.choice(["he", "she"])
    if gender == "he":
        p = {
            "He": "He",
            "he": "he",
            "him": "him",
            "his": "his",
            "spouse": "wife",
            "spouse_said": "the wife",
        }
    else:
        p = {
            "He": "She",
            "he": "she",
            "him": "her",
            "his": "her",
            "spouse": "husband",
            "spouse_said": "my husband",
        }
    companion = rng.random() < 0.34
    voices = rng.sample(VOICES, 3)
    v_assessor, v_claimant, v_companion = voices

    n_topics = rng.choice([3, 4])
    topics = rng.sample(TOPICS, n_topics)
    keys = {t["key"] for t in topics}

    name = rng.choice(NAMES[gender])
    dialogue: list[tuple[int, str, str]] = [
        (
            0,
            v_assessor,
            "Hello, I'm the assessor today and I'll be asking how your conditions affect you day to day. First, can you confirm your full name and date of birth for me?",
        ),
        (1, v_claimant, f"Yes, it's {name}, {rng.choice(DOBS)}."),
    ]
    if companion:
        dialogue.append(
            (
                1,
                v_companion,
                f"I'm {p['his']} {p['spouse']}. I've come along because {p['he']} plays it down, {p['he']}'s worse than {p['he']} lets on.",
            )
        )
    for t in topics:
        dialogue.append((0, v_assessor, t["q"]))
        dialogue.append((1, v_claimant, t["a"].format(**p)))
    dialogue.append(
        (
            0,
            v_assessor,
            "Thank you, that's everything I need for today, the report goes off to the department this week.",
        )
    )

    report: list[tuple[str, set[str]]] = []
    for t in topics:
        if rng.random() < 0.35:
            report.append((t["faithful"].format(**p), {"supported"}))
        else:
            text, labels = rng.choice(t["bad"])
            report.append((text.format(**p), set(labels)))

    never = [s for s, clash in NEVER_SAID if not (clash & keys)]
    report.append((rng.choice(never).format(**p), {"never_said"}))

    imposs = [s for s, clash in IMPOSSIBLE if not (clash & keys)]
    text = rng.choice(imposs)
    if text == "TIMES":
        start = rng.randrange(9 * 60, 15 * 60, 5)
        end = start + rng.choice([40, 45, 50, 55, 65])
        text = f"The assessment started at {_clock(start)} and finished at {_clock(end)}."
    report.append((text.format(**p), {"impossible"}))

    extra = rng.random()
    if extra < 0.35:
        report.append(
            (
                f"{p['He']} confirmed {p['his']} name and date of birth at the start of the assessment.",
                {"supported"},
            )
        )
    elif extra < 0.6 and companion:
        report.append(
            (
                f"{p['He']} attended with {p['his']} {p['spouse']}, who said {p['he']} tends to play down {p['his']} difficulties.",
                {"supported"},
            )
        )

    rng.shuffle(report)
    return dialogue, report
