"""Blind held-out report/transcript cases (set 5).

Written blind: the author did not look at the comparison code, the tests, the
docs or any other benchmark data when writing these cases. Labels were assigned
as a welfare-rights adviser would read each statement against the dialogue.
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

NC = "number_changed"
QD = "qualifier_dropped"
OK = "supported"


def _pct(template, args):
    return template % args


def _walking(rng, p):
    w, n, m = rng.choice([("twenty", 20, 100), ("thirty", 30, 150), ("fifty", 50, 200)])
    q = "How far can you walk before you have to stop?"
    a = f"On a good day maybe {w} metres, then I have to stop and lean on something because my back's killing me."
    f = _pct(
        "{S} stated that on a good day {s} can walk about %d metres before having to stop and lean on something because of back pain.",
        n,
    )
    deps = [
        (
            _pct(
                "{S} stated that on a good day {s} can walk about %d metres before having to stop and lean on something because of back pain.",
                m,
            ),
            {NC},
        ),
        (_pct("{S} stated that {s} can walk about %d metres.", n), {QD}),
    ]
    return q, a, f, deps


def _going_out(rng, p):
    f_ = rng.choice(["once a week", "twice a week"])
    q = "Do you go out on your own at all?"
    a = f"Not really. I go out maybe {f_}, and my mum has to come with me anywhere new because I panic and freeze."
    f = _pct(
        "{S} stated that {s} goes out about %s and that {pos} mother has to accompany {o} anywhere unfamiliar because {s} panics and freezes.",
        f_,
    )
    deps = [
        (_pct("{S} stated that {s} goes out about %s.", f_), {QD}),
        (
            "{S} stated that {s} goes out every day, with {pos} mother accompanying {o} anywhere unfamiliar because {s} panics and freezes.",
            {NC},
        ),
    ]
    return q, a, f, deps


def _cooking(rng, p):
    w, n, m = rng.choice([("five", 5, 20), ("ten", 10, 30)])
    q = "Can you cook yourself a meal?"
    a = f"Something simple in the microwave, yeah. But if I stand at the cooker more than {w} minutes my legs go, so I sit on a stool."
    f = _pct(
        "{S} stated that {s} mostly uses a microwave and can stand at the cooker for about %d minutes before {pos} legs give way, so {s} sits on a stool.",
        n,
    )
    deps = [
        (
            _pct(
                "{S} stated that {s} can stand at the cooker for about %d minutes to prepare a meal.",
                m,
            ),
            {NC, QD},
        ),
        ("{S} stated that {s} prepares simple meals using a microwave.", {QD}),
    ]
    return q, a, f, deps


def _washing(rng, p):
    f_ = rng.choice(["twice a week", "three times a week"])
    q = "How do you manage with washing and bathing?"
    a = f"I shower {f_}, and my partner has to be in the house in case I fall, because I've gone over in there before."
    f = _pct(
        "{S} stated that {s} showers about %s and {pos} partner has to be in the house because {s} has fallen in the shower before.",
        f_,
    )
    deps = [
        (_pct("{S} stated that {s} showers about %s independently.", f_), {QD}),
        (
            "{S} stated that {s} showers every day, with {pos} partner in the house because {s} has fallen in the shower before.",
            {NC},
        ),
    ]
    return q, a, f, deps


def _dressing(rng, p):
    w, n, m = rng.choice([("forty", 40, 10), ("forty-five", 45, 10)])
    rel = rng.choice(["daughter", "son"])
    q = "Can you get yourself dressed in the morning?"
    a = f"Mostly, but I can't do buttons or socks, my {rel} does those for me every morning. It takes me about {w} minutes all told."
    f = _pct(
        "{S} stated that dressing takes about %d minutes and {pos} %s helps {o} with buttons and socks every morning.",
        (n, rel),
    )
    deps = [
        (_pct("{S} stated that {s} dresses independently in about %d minutes.", m), {NC, QD}),
        (_pct("{S} stated that {s} can dress {self}, taking about %d minutes.", n), {QD}),
    ]
    return q, a, f, deps


def _sitting(rng, p):
    w, n = rng.choice([("fifteen", 15), ("twenty", 20)])
    q = "How long can you sit comfortably in a chair?"
    a = f"About {w} minutes, then I've got to get up and walk about because my hips seize up."
    f = _pct(
        "{S} stated that {s} can sit for about %d minutes before needing to get up and move around because {pos} hips stiffen.",
        n,
    )
    deps = [
        ("{S} stated that {s} can sit for about an hour.", {NC, QD}),
        (
            _pct(
                "{S} stated that {s} can sit for about %d minutes at a time without difficulty.", n
            ),
            {QD},
        ),
    ]
    return q, a, f, deps


def _standing(rng, p):
    w, n, m = rng.choice([("three", 3, 15), ("five", 5, 20)])
    q = "And standing, how long can you stand for?"
    a = f"{w.capitalize()} minutes maybe, with my stick, then I have to lean on something or sit down."
    f = _pct(
        "{S} stated that {s} can stand for about %d minutes using a walking stick before needing to lean on something or sit down.",
        n,
    )
    deps = [
        (_pct("{S} stated that {s} can stand for about %d minutes.", n), {QD}),
        (
            _pct(
                "{S} stated that {s} can stand for about %d minutes using a walking stick before needing to lean on something or sit down.",
                m,
            ),
            {NC},
        ),
    ]
    return q, a, f, deps


def _socialising(rng, p):
    said, changed = rng.choice(
        [("once a month", "twice a week"), ("every couple of months", "once a week")]
    )
    q = "How do you get on with other people, friends or family?"
    a = f"I only really see my sister, about {said}. With strangers I get panic attacks and have to leave."
    f = _pct(
        "{S} stated that {s} sees {pos} sister about %s and has panic attacks around strangers that make {o} leave.",
        said,
    )
    deps = [
        (
            _pct(
                "{S} stated that {s} sees {pos} sister about %s and has panic attacks around strangers that make {o} leave.",
                changed,
            ),
            {NC},
        ),
        (
            _pct(
                "{S} stated that {s} sees {pos} sister about %s and gets on well with people.", said
            ),
            {QD},
        ),
    ]
    return q, a, f, deps


def _eating(rng, p):
    q = "Are you eating regular meals at the moment?"
    a = "One meal a day, if that. Most days I can't be bothered, and my partner has to keep reminding me to eat."
    f = "{S} stated that {s} eats about one meal a day and {pos} partner has to prompt {o} to eat."
    deps = [
        ("{S} stated that {s} eats three meals a day.", {NC, QD}),
        ("{S} stated that {s} eats about one meal a day.", {QD}),
    ]
    return q, a, f, deps


def _money(rng, p):
    rel = rng.choice(["son", "daughter"])
    q = "Can you manage your own money and pay your bills?"
    a = f"My {rel} does all my bills now. I get confused with anything more than counting out change at the shop."
    f = _pct(
        "{S} stated that {pos} %s manages {pos} bills because {s} gets confused with anything beyond counting out change.",
        rel,
    )
    deps = [
        ("{S} stated that {s} manages {pos} own money and bills.", {QD}),
    ]
    return q, a, f, deps


def _continence(rng, p):
    w, n = rng.choice([("six", 6), ("eight", 8)])
    acc = rng.choice(["two", "three"])
    q = "Do you have any problems with your bladder or bowels?"
    a = f"I have to get to the toilet in a hurry about {w} times a day, and I've had {acc} accidents this month."
    f = _pct(
        "{S} stated that {s} needs the toilet urgently about %d times a day and has had %s accidents this month.",
        (n, acc),
    )
    deps = [
        ("{S} stated that {s} needs the toilet about twice a day.", {NC, QD}),
        (_pct("{S} stated that {s} needs the toilet urgently about %d times a day.", n), {QD}),
    ]
    return q, a, f, deps


def _concentration(rng, p):
    w, n, m = rng.choice([("ten", 10, 45), ("fifteen", 15, 50)])
    q = "How is your concentration, say reading or watching something?"
    a = f"I can read for maybe {w} minutes before I lose track, and then I'm exhausted for the rest of the day."
    f = _pct(
        "{S} stated that {s} can read for about %d minutes before losing track, after which {s} is exhausted for the rest of the day.",
        n,
    )
    deps = [
        (_pct("{S} stated that {s} can concentrate on reading for about %d minutes.", m), {NC, QD}),
        (_pct("{S} stated that {s} can read for about %d minutes before losing track.", n), {QD}),
    ]
    return q, a, f, deps


def _sleep(rng, p):
    w, n, m = rng.choice([("two", 2, 7), ("three", 3, 8)])
    q = "How are you sleeping at night?"
    a = f"Badly. Maybe {w} hours a night with the pain, so I'm in bed till the afternoon most days."
    f = _pct(
        "{S} stated that {s} gets about %d hours of sleep a night because of pain and stays in bed until the afternoon most days.",
        n,
    )
    deps = [
        (_pct("{S} stated that {s} sleeps about %d hours a night.", m), {NC, QD}),
    ]
    return q, a, f, deps


def _stairs(rng, p):
    q = "Can you manage the stairs at home?"
    a = "I go up one at a time holding the rail, and I have to stop halfway. So I only go up once a day, at bedtime."
    f = "{S} stated that {s} climbs the stairs one at a time holding the rail, stopping halfway, and only goes up once a day."
    deps = [
        (
            "{S} stated that {s} manages the stairs without difficulty about six times a day.",
            {NC, QD},
        ),
        ("{S} stated that {s} goes upstairs once a day at bedtime.", {QD}),
    ]
    return q, a, f, deps


TOPICS = {
    "walking": _walking,
    "going_out": _going_out,
    "cooking": _cooking,
    "washing": _washing,
    "dressing": _dressing,
    "sitting": _sitting,
    "standing": _standing,
    "socialising": _socialising,
    "eating": _eating,
    "money": _money,
    "continence": _continence,
    "concentration": _concentration,
    "sleep": _sleep,
    "stairs": _stairs,
}

# (statement, topics it must not be paired with)
NEVER_SAID = [
    ("{S} stated that {s} walks {pos} dog twice a day.", {"walking", "going_out", "stairs"}),
    (
        "{S} stated that {s} volunteers at a charity shop one morning a week.",
        {"socialising", "going_out"},
    ),
    ("The claimant reported that {s} drives to the supermarket on {pos} own.", {"going_out"}),
    ("{S} stated that {s} goes swimming at the leisure centre on Saturdays.", {"walking"}),
    ("{S} said that {s} enjoys gardening and mows the lawn.", {"standing"}),
    (
        "{S} reported that {s} plays online games with friends in the evenings.",
        {"concentration", "socialising"},
    ),
    ("The claimant stated that {s} looks after {pos} grandchildren after school.", set()),
]

IMPOSSIBLE = [
    ("The face-to-face consultation ran from 09:40 to 10:25.", set()),
    (
        "{S} sat throughout the 45 minute consultation without needing to stand.",
        {"sitting", "standing"},
    ),
    (
        "Observations: {s} remained seated comfortably for 40 minutes during the assessment.",
        {"sitting"},
    ),
    (
        "Observations: {s} concentrated well throughout the 55 minute consultation.",
        {"concentration"},
    ),
    ("The consultation started at 14:10 and finished at 15:00.", set()),
    (
        "Mental state examination: {s} maintained good eye contact over the 35 minute assessment.",
        {"socialising"},
    ),
]

MEDS = ["sertraline", "co-codamol", "pregabalin", "naproxen", "mirtazapine", "amitriptyline"]


def _fill(text, p):
    return text.format(**p)


def make_case_7(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    rng = random.Random(seed)
    female = rng.random() < 0.5
    p = (
        {"s": "she", "S": "She", "o": "her", "pos": "her", "self": "herself"}
        if female
        else {"s": "he", "S": "He", "o": "him", "pos": "his", "self": "himself"}
    )
    companion = rng.random() < 1 / 3
    if female:
        crel, cs = rng.choice([("husband", "he"), ("sister", "she"), ("daughter", "she")])
    else:
        crel, cs = rng.choice([("wife", "she"), ("brother", "he"), ("son", "he")])

    k = rng.choice([3, 4])
    names = rng.sample(sorted(TOPICS), k)
    built = [TOPICS[name](rng, p) for name in names]

    voices = rng.sample(VOICES, 3)
    v_a, v_c, v_p = voices

    # Choose one version per topic; at least one topic stays faithful and
    # at least one topic departs with a changed number where possible.
    faithful_idx = rng.randrange(k)
    picks = []
    for i, (_q, _a, f, deps) in enumerate(built):
        if i == faithful_idx:
            picks.append((f, {OK}))
        else:
            picks.append(rng.choice([(f, {OK})] + deps))
    if not any(NC in labels for _s, labels in picks):
        cands = [
            i for i in range(k) if i != faithful_idx and any(NC in lab for _s, lab in built[i][3])
        ]
        if cands:
            i = rng.choice(cands)
            picks[i] = rng.choice([d for d in built[i][3] if NC in d[1]])

    med1, med2 = rng.sample(MEDS, 2)
    dialogue: list[tuple[int, str, str]] = []
    dialogue.append(
        (
            0,
            v_a,
            "Before we start talking about your day to day life, can you tell me what medication are you taking at the moment?",
        )
    )
    if companion:
        dialogue.append(
            (1, v_c, f"{med1.capitalize()} and {med2}, twice a day, morning and night.")
        )
        dialogue.append((1, v_p, f"I have to remind {p['o']} though, {p['s']} forgets most days."))
        extra = f"{{S}} takes {med1} and {med2} twice a day, and {{pos}} {crel} stated that {cs} has to remind {{o}} because {{s}} forgets most days."
    else:
        dialogue.append(
            (
                1,
                v_c,
                f"{med1.capitalize()} and {med2}. I have to set an alarm on my phone or I forget to take them.",
            )
        )
        extra = f"{{S}} stated that {{s}} takes {med1} and {med2} and sets a phone alarm because {{s}} otherwise forgets to take them."
    for q, a, _f, _d in built:
        dialogue.append((0, v_a, q))
        dialogue.append((1, v_c, a))
    dialogue.append(
        (
            0,
            v_a,
            "Right, that's all the questions I have for you. Thank you for coming in and for your time today.",
        )
    )

    never = rng.choice([ns for ns in NEVER_SAID if not (ns[1] & set(names))])[0]
    imposs = rng.choice([im for im in IMPOSSIBLE if not (im[1] & set(names))])[0]

    report: list[tuple[str, set[str]]] = [(_fill(s, p), set(lab)) for s, lab in picks]
    report.append((_fill(extra, p), {OK}))
    report.append((_fill(never, p), {"never_said"}))
    report.append((_fill(imposs, p), {"impossible"}))
    rng.shuffle(report)
    return dialogue, report
