"""Blind held-out report-comparison cases (set 4).

Written blind: the author did not look at the comparison code, its tests,
its documentation or any other benchmark data. Each case is a short simulated
PIP / WCA consultation (about a minute of speech) plus sentences of the
assessor's written report, each labelled with how it departs (or not) from
what was said.
"""

# ruff: noqa: E501

import random

ESPEAK_VOICES = [
    "en-us",
    "en-gb-x-rp",
    "en-gb-scotland",
    "en-gb-x-gbclan",
    "en-gb-x-gbcwmd",
    "en-029",
    "en-gb",
]
FESTIVAL_VOICES = [
    "festival:kal_diphone",
    "festival:ked_diphone",
    "festival:cmu_us_slt_arctic_hts",
]

NC = "number_changed"
QD = "qualifier_dropped"
NS = "never_said"
IM = "impossible"
OK = "supported"

# Each topic: key, question, answer (claimant, first person), optional
# companion line (which only repeats a limit already in the answer) with the
# companion's relation, the faithful report sentence and departing versions.
TOPICS = [
    {
        "key": "walking",
        "q": "How far can you walk before you need to stop?",
        "a": "Maybe a couple of hundred yards, then I have to stop because the pain in my hips gets too bad.",
        "comp": (
            "partner",
            "I'm {his} partner, and yes, {he} always has to stop and rest because of the pain.",
        ),
        "ok": "{He} states {he} can walk approximately 200 yards before needing to stop due to pain in {his} hips.",
        "dep": [
            (
                "{He} states {he} can walk approximately 800 yards before needing to stop due to pain in {his} hips.",
                {NC},
            ),
            ("{He} states {he} can walk approximately 200 yards.", {QD}),
            ("{He} reports being able to walk around half a mile without difficulty.", {NC, QD}),
        ],
    },
    {
        "key": "standing",
        "q": "And how long can you stand for, say at the kitchen worktop?",
        "a": "Ten minutes tops, and then my back goes and I have to sit down.",
        "comp": None,
        "ok": "{He} advised that {he} can stand for up to 10 minutes before back pain forces {him} to sit down.",
        "dep": [
            (
                "{He} advised that {he} can stand for up to 45 minutes before back pain forces {him} to sit down.",
                {NC},
            ),
            ("{He} advised that {he} can stand for up to 10 minutes.", {QD}),
        ],
    },
    {
        "key": "sitting",
        "q": "How are you with sitting, for example in a chair at home?",
        "a": "About half an hour, then I've got to get up and move about because it gets so stiff and painful.",
        "comp": None,
        "ok": "{He} describes being able to sit for around 30 minutes before stiffness and pain mean {he} has to get up and move.",
        "dep": [
            (
                "{He} describes being able to sit for around 2 hours before stiffness and pain mean {he} has to get up and move.",
                {NC},
            ),
            ("{He} describes being able to sit for around 30 minutes.", {QD}),
        ],
    },
    {
        "key": "cooking",
        "q": "Do you prepare your own meals?",
        "a": "I only cook a proper meal maybe twice a week, and my daughter has to help me with the chopping because of my hands.",
        "comp": (
            "daughter",
            "I'm {his} daughter, and I do all the chopping for {him}, {his} hands just won't do it.",
        ),
        "ok": "{He} states {he} cooks a meal around twice a week, with help from {his} daughter with chopping because of {his} hands.",
        "dep": [
            (
                "{He} states {he} cooks a meal every day, with help from {his} daughter with chopping because of {his} hands.",
                {NC},
            ),
            ("{He} states {he} cooks a meal around twice a week.", {QD}),
            ("{He} states {he} cooks for {self} twice a day without any assistance.", {NC, QD}),
        ],
    },
    {
        "key": "washing",
        "q": "How do you manage with washing and bathing?",
        "a": "I only manage a shower about three times a week, and my partner has to be in the house in case I fall.",
        "comp": (
            "partner",
            "I'm {his} partner, and I won't go out while {he}'s in the shower, in case {he} falls.",
        ),
        "ok": "{He} reports showering around three times a week, with {his} partner present in the house in case {he} falls.",
        "dep": [
            (
                "{He} reports showering twice a day, with {his} partner present in the house in case {he} falls.",
                {NC},
            ),
            ("{He} reports showering around three times a week.", {QD}),
        ],
    },
    {
        "key": "dressing",
        "q": "What about getting dressed in the morning?",
        "a": "It takes me about forty minutes because I'm so slow with buttons, and some days I just stay in my pyjamas.",
        "comp": None,
        "ok": "{He} advised that dressing takes around 40 minutes as {he} is slow with buttons, and on some days {he} does not get dressed at all.",
        "dep": [
            (
                "{He} advised that dressing takes around 10 minutes as {he} is slow with buttons, and on some days {he} does not get dressed at all.",
                {NC},
            ),
            ("{He} advised that {he} dresses {self} daily in around 40 minutes.", {QD}),
        ],
    },
    {
        "key": "medication",
        "q": "Do you manage your own tablets?",
        "a": "My partner has to remind me to take them, otherwise I forget them two or three times a week.",
        "comp": (
            "partner",
            "I'm {his} partner, and yes, I have to remind {him}, {he}'d forget otherwise.",
        ),
        "ok": "{He} states {his} partner prompts {him} to take {his} medication, and without this {he} forgets doses two or three times a week.",
        "dep": [
            (
                "{He} states {his} partner prompts {him} to take {his} medication, and without this {he} forgets doses around once a month.",
                {NC},
            ),
            (
                "{He} states {he} manages {his} own medication, although {he} forgets doses two or three times a week.",
                {QD},
            ),
        ],
    },
    {
        "key": "journeys",
        "q": "How often do you get out of the house, and do you go anywhere new on your own?",
        "a": "I get out maybe once a week, and I don't go anywhere unfamiliar on my own, my sister has to come with me.",
        "comp": (
            "sister",
            "I'm {his} sister, and {he} won't go anywhere new unless I'm with {him}.",
        ),
        "ok": "{He} states {he} goes out around once a week and is accompanied by {his} sister to unfamiliar places.",
        "dep": [
            (
                "{He} states {he} goes out around five times a week and is accompanied by {his} sister to unfamiliar places.",
                {NC},
            ),
            ("{He} states {he} goes out around once a week, including to unfamiliar places.", {QD}),
        ],
    },
    {
        "key": "social",
        "q": "Do you see friends or family socially?",
        "a": "I see my friend maybe once a month, but I get really panicky beforehand and usually end up cancelling.",
        "comp": None,
        "ok": "{He} describes seeing a friend around once a month, but becomes very anxious beforehand and often cancels.",
        "dep": [
            (
                "{He} describes seeing a friend several times a week, but becomes very anxious beforehand and often cancels.",
                {NC},
            ),
            ("{He} describes seeing a friend around once a month.", {QD}),
        ],
    },
    {
        "key": "lifting",
        "q": "Could you lift and carry something like a full kettle?",
        "a": "Only if it's half full, and I have to use both hands, and my wrist is in agony afterwards.",
        "comp": None,
        "ok": "{He} states {he} can lift a half full kettle using both hands, with wrist pain afterwards.",
        "dep": [
            ("{He} states {he} is able to lift and carry a full kettle.", {QD}),
        ],
    },
    {
        "key": "stairs",
        "q": "Have you got stairs at home, and how do you manage them?",
        "a": "I go up on my bottom and it takes me about five minutes, and I've fallen twice this month.",
        "comp": None,
        "ok": "{He} reports managing the stairs at home by going up on {his} bottom, taking around five minutes, and has fallen twice this month.",
        "dep": [
            (
                "{He} reports managing the stairs at home by going up on {his} bottom, taking around one minute, and has fallen twice this month.",
                {NC},
            ),
            ("{He} reports managing the stairs at home, taking around five minutes.", {QD}),
        ],
    },
    {
        "key": "concentration",
        "q": "How is your concentration, for instance with reading or filling in forms?",
        "a": "I can only concentrate for about fifteen minutes at a time, and my partner has to keep me on track with anything like forms.",
        "comp": (
            "partner",
            "I'm {his} partner, and I do have to sit with {him} and keep {him} on track with forms.",
        ),
        "ok": "{He} states {he} can concentrate for around 15 minutes at a time and needs {his} partner to keep {him} on track with tasks such as forms.",
        "dep": [
            (
                "{He} states {he} can concentrate for around an hour at a time and needs {his} partner to keep {him} on track with tasks such as forms.",
                {NC},
            ),
            ("{He} states {he} can concentrate for around 15 minutes at a time.", {QD}),
        ],
    },
    {
        "key": "continence",
        "q": "Do you have any problems with your bladder or bowels?",
        "a": "I have accidents two or three times a week, so I have to wear pads and plan where every toilet is.",
        "comp": None,
        "ok": "{He} reports episodes of incontinence two or three times a week, wears pads and has to plan around access to toilets.",
        "dep": [
            (
                "{He} reports episodes of incontinence around once a month, wears pads and has to plan around access to toilets.",
                {NC},
            ),
            ("{He} reports episodes of incontinence two or three times a week.", {QD}),
        ],
    },
    {
        "key": "housework",
        "q": "Are you able to do any housework, like hoovering?",
        "a": "I try, but after about ten minutes I'm completely wiped out and have to lie down for the rest of the day.",
        "comp": None,
        "ok": "{He} advised that {he} can hoover for around 10 minutes before becoming exhausted and needing to lie down for the rest of the day.",
        "dep": [
            (
                "{He} advised that {he} can hoover for around 40 minutes before becoming exhausted and needing to lie down for the rest of the day.",
                {NC},
            ),
            ("{He} advised that {he} is able to hoover for around 10 minutes.", {QD}),
        ],
    },
]

NEVER_SAID = [
    "{He} states {he} drives to the supermarket twice a week.",
    "{He} advised that {he} volunteers at a charity shop on Saturday mornings.",
    "{He} reports that {he} swims at the local leisure centre once a week.",
    "{He} describes collecting {his} grandchildren from school most afternoons.",
    "{He} states {he} enjoys gardening and tends an allotment at weekends.",
    "{He} advised that {he} recently flew to Spain for a week's holiday.",
    "{He} states {he} plays darts at the local pub on Friday nights.",
]

# Impossible statements: (template, topic keys it would clash with).
IMPOSSIBLE = [
    ("TIMES", ()),
    ("TIMES", ()),
    ("{He} sat comfortably for the duration of the {mins} minute assessment.", ("sitting",)),
    (
        "Informal observation: {he} remained seated without apparent discomfort throughout the {mins} minute consultation.",
        ("sitting",),
    ),
    ("The assessment lasted an hour.", ()),
    (
        "Informal observation: {he} maintained concentration throughout the {mins} minute consultation without prompting.",
        ("concentration",),
    ),
    (
        "{He} stood unaided for {mins} minutes during the consultation while looking out of the window.",
        ("standing",),
    ),
]

OPENERS = [
    (
        "Hello, thanks for coming in today. I'll be asking you some questions about how your health condition affects your daily life, so just answer as best you can.",
        "That's fine, thank you. I'm a bit nervous, to be honest, but I'll try.",
    ),
    (
        "Good morning, and thank you for coming along. I'm going to ask you some questions about your condition and how you manage things at home.",
        "Okay, that's fine. I'll do my best to remember everything.",
    ),
    (
        "Thanks for joining me today. I'd like to talk through what a typical day is like for you, and there are no right or wrong answers.",
        "Right, yes, no problem. Just ask whatever you need to.",
    ),
]
CLOSERS = [
    "That's everything I need for now. Thank you very much for your time today, and you'll hear about the decision in writing.",
    "Okay, that's all of my questions. Thank you for your patience, the decision will come to you by post.",
    "Thank you, that brings us to the end of the consultation. The department will write to you with the outcome.",
]


def _fmt_time(minutes: int, style: int) -> str:
    h, m = divmod(minutes, 60)
    if style == 0:
        return f"{h}:{m:02d}"
    if style == 1:
        h12 = h % 12 or 12
        return f"{h12}.{m:02d}{'am' if h < 12 else 'pm'}"
    return f"{h:02d}:{m:02d} hours"


def _times_sentence(rng: random.Random) -> str:
    start = rng.randrange(9 * 60, 16 * 60, 5)
    end = start + rng.choice([30, 35, 40, 45, 50, 55, 65])
    style = rng.randrange(3)
    a, b = _fmt_time(start, style), _fmt_time(end, style)
    return rng.choice(
        [
            f"The consultation began at {a} and ended at {b}.",
            f"The assessment started at {a} and finished at {b}.",
            f"The consultation commenced at {a} and concluded at {b}.",
        ]
    )


def make_case_6(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    rng = random.Random(seed)
    female = rng.random() < 0.5
    pr = (
        {"He": "She", "he": "she", "his": "her", "him": "her", "self": "herself"}
        if female
        else {"He": "He", "he": "he", "his": "his", "him": "him", "self": "himself"}
    )

    def f(s: str, **kw: object) -> str:
        return s.format(**pr, **kw)

    voices = rng.sample(ESPEAK_VOICES + FESTIVAL_VOICES, 3)
    v_assessor, v_claimant, v_companion = voices

    topics = rng.sample(TOPICS, rng.choice([3, 4]))
    keys = {t["key"] for t in topics}

    comp_topic = None
    with_comp = [t for t in topics if t["comp"]]
    if with_comp and rng.random() < 0.45:
        comp_topic = rng.choice(with_comp)

    dialogue: list[tuple[int, str, str]] = []
    opener, reply = rng.choice(OPENERS)
    dialogue.append((0, v_assessor, opener))
    dialogue.append((1, v_claimant, reply))

    report: list[tuple[str, set[str]]] = []
    for t in topics:
        dialogue.append((0, v_assessor, t["q"]))
        dialogue.append((1, v_claimant, t["a"]))
        if t is comp_topic:
            dialogue.append((1, v_companion, f(t["comp"][1])))
        options = [(t["ok"], {OK})] + t["dep"]
        text, labels = rng.choice(options)
        report.append((f(text), set(labels)))
    dialogue.append((0, v_assessor, rng.choice(CLOSERS)))

    report.append((f(rng.choice(NEVER_SAID)), {NS}))

    imp_pool = [p for p in IMPOSSIBLE if not set(p[1]) & keys]
    tmpl, _ = rng.choice(imp_pool)
    if tmpl == "TIMES":
        imp = _times_sentence(rng)
    else:
        imp = f(tmpl, mins=rng.choice([30, 35, 40, 45, 50, 55]))
    report.append((imp, {IM}))

    if comp_topic is not None and rng.random() < 0.6:
        extra = f(
            "{He} attended with {his} {rel}, who contributed to the history.",
            rel=comp_topic["comp"][0],
        )
        report.append((extra, {OK}))

    rng.shuffle(report)
    return dialogue, report
