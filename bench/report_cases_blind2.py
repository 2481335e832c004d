"""Blind held-out report-comparison cases (set 2).

Written blind: the author did not read the comparison code, its tests, or any
other benchmark case file.  Each case is a short recorded PIP / WCA style
exchange plus sentences of the assessor's written report, every sentence
labelled the way a welfare-rights adviser would label it:

- "supported": faithful, keeps every limit said on its topic;
- "qualifier_dropped": leaves out a limit the claimant (or companion) said;
- "number_changed": a distance, duration or frequency differing by more than
  half from what was said;
- "never_said": reported speech about something never discussed;
- "impossible": a consultation detail the (roughly one-minute) recording rules
  out.
"""
# ruff: noqa: E501

from __future__ import annotations

import random

SUP = "supported"
QD = "qualifier_dropped"
NC = "number_changed"
NS = "never_said"
IMP = "impossible"

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

# Pronoun slots used in report / companion templates:
# {P} He/She, {p} he/she, {pos} his/her, {obj} him/her, {refl} himself/herself.
PRONOUNS = {
    "he": {"P": "He", "p": "he", "pos": "his", "obj": "him", "refl": "himself"},
    "she": {"P": "She", "p": "she", "pos": "her", "obj": "her", "refl": "herself"},
}

# Each topic: key, and one or more variants.  A variant has the assessor's
# question, the claimant's answer (with at least one limit), a companion line
# that only repeats a limit already in the answer, the faithful report
# sentence, and departing versions with their labels.
TOPICS: list[dict] = [
    {
        "key": "walking",
        "variants": [
            {
                "q": "How far can you walk before you have to stop?",
                "a": "Maybe fifty metres, to the end of the road. I have to hold onto the wall as I go, and by the time I get there I'm done in.",
                "comp": "It's true, {p} has to hold onto the wall, and {p}'s worn out by the end of it.",
                "faithful": "{P} reported {p} can walk approximately 50 metres to the end of {pos} road, holding onto the wall for support, and is exhausted by the time {p} gets there.",
                "departures": [
                    (
                        "{P} reported {p} can walk approximately 200 metres to the end of {pos} road, holding onto the wall for support, and is exhausted by the time {p} gets there.",
                        {NC},
                    ),
                    (
                        "{P} reported {p} can walk to the end of {pos} road, approximately 50 metres.",
                        {QD},
                    ),
                    (
                        "{P} reported {p} can walk approximately 250 metres to the end of {pos} road.",
                        {NC, QD},
                    ),
                ],
            },
            {
                "q": "How far can you walk on a typical day?",
                "a": "On a good day I can get to the corner shop, that's about a hundred yards. On bad days I don't leave the house at all.",
                "comp": "On a bad day {p} really doesn't get out of the house.",
                "faithful": "{P} states {p} can walk to the corner shop, about 100 yards away, on a good day, but on bad days {p} does not leave the house.",
                "departures": [
                    (
                        "{P} states {p} can walk to the corner shop, about 400 yards away, on a good day, but on bad days {p} does not leave the house.",
                        {NC},
                    ),
                    ("{P} states {p} can walk to the corner shop, about 100 yards away.", {QD}),
                    (
                        "{P} states {p} walks to the corner shop, approximately 500 yards away.",
                        {NC, QD},
                    ),
                ],
            },
        ],
    },
    {
        "key": "standing",
        "variants": [
            {
                "q": "How long can you stand for, say at the kitchen worktop?",
                "a": "About five minutes, then my back goes and I have to sit down.",
                "comp": "{P} can't stand for long at all, {pos} back won't let {obj}.",
                "faithful": "{P} states {p} can stand for about five minutes before back pain means {p} has to sit down.",
                "departures": [
                    (
                        "{P} states {p} can stand for about 30 minutes before back pain means {p} has to sit down.",
                        {NC},
                    ),
                    (
                        "{P} states {p} is able to stand at the kitchen worktop for about five minutes.",
                        {QD},
                    ),
                    (
                        "{P} states {p} is able to stand at the kitchen worktop for 20 minutes.",
                        {NC, QD},
                    ),
                ],
            },
        ],
    },
    {
        "key": "sitting",
        "variants": [
            {
                "q": "And how are you with sitting, in a chair like this one?",
                "a": "I can sit for maybe twenty minutes, then I've got to get up and move about because of the pain in my hips.",
                "comp": "{P} can't sit still for long, it's {pos} hips.",
                "faithful": "{P} reports {p} can sit for around 20 minutes before hip pain means {p} needs to get up and move about.",
                "departures": [
                    (
                        "{P} reports {p} can sit for around an hour before hip pain means {p} needs to get up and move about.",
                        {NC},
                    ),
                    ("{P} reports {p} can sit for around 20 minutes.", {QD}),
                    ("{P} reports {p} can sit comfortably for up to two hours.", {NC, QD}),
                ],
            },
        ],
    },
    {
        "key": "stairs",
        "variants": [
            {
                "q": "Do you have stairs at home, and how do you manage them?",
                "a": "Yes, one flight. I go up one step at a time holding the rail, and someone has to be behind me in case I fall.",
                "comp": "Somebody always has to be behind {obj} on the stairs.",
                "faithful": "{P} states {p} climbs the one flight of stairs at home one step at a time holding the rail, with someone behind {obj} in case {p} falls.",
                "departures": [
                    ("{P} states {p} manages the flight of stairs at home.", {QD}),
                    (
                        "{P} states {p} climbs the stairs at home one step at a time holding the rail.",
                        {QD},
                    ),
                ],
            },
        ],
    },
    {
        "key": "cooking",
        "variants": [
            {
                "q": "Can you prepare a simple meal for yourself?",
                "a": "Only microwave meals. I can't stand long enough to use the cooker, and I've burnt myself before when I dropped a pan.",
                "comp": "{P} really can't stand at the cooker for long.",
                "faithful": "{P} states {p} only prepares microwave meals, as {p} cannot stand long enough to use the cooker and has burnt {refl} in the past after dropping a pan.",
                "departures": [
                    ("{P} states {p} is able to prepare microwave meals.", {QD}),
                    ("{P} states {p} prepares {pos} own meals.", {QD}),
                ],
            },
            {
                "q": "Can you cook a simple meal for yourself?",
                "a": "I'll make a sandwich, but after about ten minutes on my feet I need to sit down. My daughter does the proper cooking.",
                "comp": "{P} has to sit down, {p} can't stay on {pos} feet in the kitchen.",
                "faithful": "{P} states {p} can make a sandwich but needs to sit down after about ten minutes on {pos} feet, and {pos} daughter does the main cooking.",
                "departures": [
                    (
                        "{P} states {p} can make a sandwich but needs to sit down after about 45 minutes on {pos} feet, and {pos} daughter does the main cooking.",
                        {NC},
                    ),
                    ("{P} states {p} is able to make a sandwich.", {QD}),
                    (
                        "{P} states {p} makes {pos} own meals and can stand in the kitchen for around 40 minutes.",
                        {NC, QD},
                    ),
                ],
            },
        ],
    },
    {
        "key": "eating",
        "variants": [
            {
                "q": "Do you have any problems with eating and drinking?",
                "a": "I'd forget to eat if my partner didn't remind me. And I can't cut up meat, my hands won't grip the knife.",
                "comp": "Honestly, if nobody reminded {obj}, {p} just wouldn't eat.",
                "faithful": "{P} reports that {pos} partner has to remind {obj} to eat, and {p} is unable to cut up meat as {p} cannot grip the knife.",
                "departures": [
                    ("{P} reports {p} is able to eat and drink without difficulty.", {QD}),
                    (
                        "{P} reports {p} has difficulty cutting up meat as {p} cannot grip the knife.",
                        {QD},
                    ),
                ],
            },
        ],
    },
    {
        "key": "medication",
        "variants": [
            {
                "q": "How do you manage your medication?",
                "a": "I take tablets three times a day, but my mum sorts them into a box for me every Sunday, or I get them mixed up.",
                "comp": "{P} does get them mixed up if nobody sorts them out for {obj}.",
                "faithful": "{P} states {p} takes tablets three times a day and {pos} mother sorts them into a box for {obj} each week, as otherwise {p} gets them mixed up.",
                "departures": [
                    (
                        "{P} states {p} takes tablets once a day and {pos} mother sorts them into a box for {obj} each week, as otherwise {p} gets them mixed up.",
                        {NC},
                    ),
                    (
                        "{P} states {p} manages {pos} own medication, which {p} takes three times a day.",
                        {QD},
                    ),
                    (
                        "{P} states {p} manages {pos} own medication, taking tablets once a day.",
                        {NC, QD},
                    ),
                ],
            },
        ],
    },
    {
        "key": "washing",
        "variants": [
            {
                "q": "How do you manage washing and bathing?",
                "a": "I can't get in the bath any more. I have a strip wash at the sink, sat on a stool, and my partner washes my hair.",
                "comp": "{P} can't manage the bath at all now.",
                "faithful": "{P} reports {p} is unable to get into the bath and has a strip wash at the sink sitting on a stool, with {pos} partner washing {pos} hair.",
                "departures": [
                    ("{P} reports {p} has a strip wash at the sink.", {QD}),
                    ("{P} reports {p} has a strip wash at the sink sitting on a stool.", {QD}),
                ],
            },
            {
                "q": "How do you get on with showering?",
                "a": "It takes me about an hour to have a shower because I keep having to sit down. I only manage it twice a week.",
                "comp": "It does take {obj} ages, {p} has to keep sitting down.",
                "faithful": "{P} states {p} showers twice a week and it takes {obj} about an hour as {p} has to keep sitting down.",
                "departures": [
                    (
                        "{P} states {p} showers five times a week and it takes {obj} about an hour as {p} has to keep sitting down.",
                        {NC},
                    ),
                    ("{P} states {p} showers twice a week.", {QD}),
                    ("{P} states {p} showers twice a week, taking around 15 minutes.", {NC, QD}),
                ],
            },
        ],
    },
    {
        "key": "toilet",
        "variants": [
            {
                "q": "Do you have any problems using the toilet?",
                "a": "I've got a raised seat and rails, so I can get on and off. But I've had accidents because I can't get there in time.",
                "comp": "{P} doesn't always get there in time, it's true.",
                "faithful": "{P} reports {p} uses a raised toilet seat and rails to get on and off the toilet, but has had accidents when unable to get there in time.",
                "departures": [
                    ("{P} reports {p} can get on and off the toilet independently.", {QD}),
                    (
                        "{P} reports {p} uses a raised toilet seat and rails to get on and off the toilet.",
                        {QD},
                    ),
                ],
            },
        ],
    },
    {
        "key": "dressing",
        "variants": [
            {
                "q": "How do you get on with getting dressed?",
                "a": "My partner has to do my buttons and my socks, because I can't bend down. Even then it takes me about half an hour.",
                "comp": "{P} can't bend down to get {pos} socks on, it's a struggle.",
                "faithful": "{P} states {pos} partner does {pos} buttons and socks as {p} cannot bend down, and it still takes {obj} about half an hour to dress.",
                "departures": [
                    ("{P} states {p} dresses {refl}, taking about half an hour.", {QD}),
                    ("{P} states {p} dresses {refl} in about five minutes.", {NC, QD}),
                ],
            },
        ],
    },
    {
        "key": "hearing",
        "variants": [
            {
                "q": "How is your hearing?",
                "a": "I wear hearing aids in both ears, and I still can't follow people unless they face me so I can lip read.",
                "comp": "People have to look at {obj} when they talk, or {p} misses it.",
                "faithful": "{P} reports {p} wears hearing aids in both ears and still cannot follow people unless they face {obj} so {p} can lip read.",
                "departures": [
                    ("{P} reports {p} wears hearing aids in both ears.", {QD}),
                    ("{P} reports {p} is able to hear and follow conversation.", {QD}),
                ],
            },
        ],
    },
    {
        "key": "reading",
        "variants": [
            {
                "q": "Can you read and understand letters?",
                "a": "Short things like a text, yes. Letters I have to read over and over, and my daughter explains the official ones.",
                "comp": "{P} does need the official letters explaining to {obj}.",
                "faithful": "{P} reports {p} can read short messages, but has to read letters several times and {pos} daughter explains official letters to {obj}.",
                "departures": [
                    ("{P} reports {p} is able to read and understand letters.", {QD}),
                ],
            },
        ],
    },
    {
        "key": "mixing",
        "variants": [
            {
                "q": "How do you get on with other people?",
                "a": "I see my family, but I can't face anyone else. If I have to go somewhere new I get panic attacks, so mostly I stay in.",
                "comp": "{P} won't go anywhere new, the panic attacks are bad.",
                "faithful": "{P} states {p} sees {pos} family but cannot face other people, and gets panic attacks if {p} has to go somewhere new, so mostly stays in.",
                "departures": [
                    ("{P} states {p} sees {pos} family.", {QD}),
                ],
            },
            {
                "q": "Do you go to any groups or clubs?",
                "a": "I go to a support group once a month, but only if my sister takes me, and I sit by the door.",
                "comp": "{P} wouldn't go on {pos} own, {p} needs someone with {obj}.",
                "faithful": "{P} reports {p} attends a support group once a month, only when {pos} sister takes {obj}, and sits by the door.",
                "departures": [
                    (
                        "{P} reports {p} attends a support group once a week, only when {pos} sister takes {obj}, and sits by the door.",
                        {NC},
                    ),
                    ("{P} reports {p} attends a support group once a month.", {QD}),
                    ("{P} reports {p} attends a support group twice a week.", {NC, QD}),
                ],
            },
        ],
    },
    {
        "key": "money",
        "variants": [
            {
                "q": "How do you manage your money and bills?",
                "a": "My son deals with my bills. I can pay for small things in a shop, but I don't know if I've got the right change.",
                "comp": "{P} can't check {pos} change, {p} just trusts the shop.",
                "faithful": "{P} reports {pos} son deals with {pos} bills, and although {p} can pay for small items in shops, {p} cannot tell whether {p} has the right change.",
                "departures": [
                    ("{P} reports {p} can pay for small items in shops.", {QD}),
                    ("{P} reports {p} manages {pos} own money.", {QD}),
                ],
            },
        ],
    },
    {
        "key": "journeys",
        "variants": [
            {
                "q": "Can you go out somewhere on your own?",
                "a": "Only places I know, and only if someone comes with me. On my own I panic and I get lost.",
                "comp": "{P} can't go out alone, {p} gets lost and panics.",
                "faithful": "{P} states {p} only goes to places {p} knows and needs someone with {obj}, as on {pos} own {p} panics and gets lost.",
                "departures": [
                    ("{P} states {p} is able to go out to places {p} knows.", {QD}),
                ],
            },
            {
                "q": "How do you get about, do you use the bus?",
                "a": "I get the bus into town about once a week, but my friend has to come with me because I panic on my own.",
                "comp": "{P} never goes on the bus alone, {p} panics.",
                "faithful": "{P} reports {p} takes the bus into town about once a week, accompanied by {pos} friend, as {p} panics on {pos} own.",
                "departures": [
                    (
                        "{P} reports {p} takes the bus into town about four times a week, accompanied by {pos} friend, as {p} panics on {pos} own.",
                        {NC},
                    ),
                    ("{P} reports {p} takes the bus into town about once a week.", {QD}),
                    ("{P} reports {p} takes the bus into town four times a week.", {NC, QD}),
                ],
            },
        ],
    },
    {
        "key": "reaching",
        "variants": [
            {
                "q": "Can you reach up to a high shelf or cupboard?",
                "a": "I can't lift my right arm above my shoulder. For the top cupboard I use a grabber, or my partner gets things down.",
                "comp": "{P} really can't get that arm up.",
                "faithful": "{P} states {p} cannot raise {pos} right arm above shoulder height and uses a grabber, or {pos} partner gets things down from the top cupboard.",
                "departures": [
                    ("{P} states {p} is able to get things down from the top cupboard.", {QD}),
                    (
                        "{P} states {p} gets things down from the top cupboard using a grabber.",
                        {QD},
                    ),
                ],
            },
        ],
    },
    {
        "key": "lifting",
        "variants": [
            {
                "q": "What can you lift and carry?",
                "a": "A pint of milk, fine. A bag of shopping, no chance, my wrists give way and I drop it.",
                "comp": "{P} can't manage a shopping bag, {pos} wrists give way.",
                "faithful": "{P} reports {p} can carry a pint of milk but cannot carry a bag of shopping as {pos} wrists give way.",
                "departures": [
                    ("{P} reports {p} is able to lift and carry a pint of milk.", {QD}),
                ],
            },
        ],
    },
    {
        "key": "hands",
        "variants": [
            {
                "q": "How are your hands, can you hold a cup or do up a zip?",
                "a": "My fingers lock up in the mornings. It's about twenty minutes before I can hold a cup, and I can't do zips at all.",
                "comp": "{P} can't do zips, {pos} fingers won't have it.",
                "faithful": "{P} reports {pos} fingers lock up in the mornings, it takes about 20 minutes before {p} can hold a cup, and {p} cannot do up zips.",
                "departures": [
                    (
                        "{P} reports {pos} fingers lock up in the mornings, it takes about an hour before {p} can hold a cup, and {p} cannot do up zips.",
                        {NC},
                    ),
                    ("{P} reports {p} is able to hold a cup.", {QD}),
                ],
            },
        ],
    },
    {
        "key": "memory",
        "variants": [
            {
                "q": "How is your memory, and how do you cope if plans change?",
                "a": "My memory's shot. If plans change at the last minute I go to pieces, and my partner has to write everything on the calendar for me.",
                "comp": "Any change throws {obj} completely, {p} gets so upset.",
                "faithful": "{P} states {pos} memory is poor, {p} becomes very distressed if plans change at short notice, and {pos} partner writes everything on the calendar for {obj}.",
                "departures": [
                    ("{P} states {p} uses a calendar to keep track of things.", {QD}),
                ],
            },
        ],
    },
]

# Statements about things never discussed; "clash" lists topics that would make
# them not "never said".
NEVER_SAID = [
    ("{P} states {p} drives {pos} car to the supermarket twice a week.", {"journeys", "lifting"}),
    ("{P} reports that {p} walks {pos} dog for 30 minutes every morning.", {"walking", "standing"}),
    (
        "{P} advised {p} goes swimming at the leisure centre once a week.",
        {"walking", "standing", "mixing", "journeys"},
    ),
    (
        "{P} reports {p} volunteers at a charity shop two mornings a week.",
        {"mixing", "money", "standing", "memory", "journeys"},
    ),
    ("{P} states {p} does the gardening {refl} at weekends.", {"lifting", "reaching", "standing"}),
    (
        "{P} advised {p} plays darts with friends at the pub on Friday nights.",
        {"mixing", "hands", "standing", "journeys"},
    ),
    (
        "{P} reports {p} looks after {pos} two grandchildren after school.",
        {"mixing", "cooking", "lifting"},
    ),
    ("{P} states {p} completed a college course in computing last year.", {"reading", "memory"}),
    ("{P} reports {p} sleeps well, getting around eight hours a night.", set()),
    (
        "{P} reports {p} sings in a local choir every Thursday evening.",
        {"mixing", "journeys", "hearing"},
    ),
    ("{P} states {p} is learning to play the guitar.", {"hands"}),
    (
        "The claimant reports {p} goes to the gym three times a week.",
        {"walking", "standing", "stairs", "lifting"},
    ),
]

# Consultation details ruled out by a recording of about one minute.
IMPOSSIBLE = [
    ("The consultation commenced at {t1} and concluded at {t2}.", set()),
    ("The consultation lasted {n} minutes.", set()),
    (
        "{P} was able to sit throughout the consultation of {n} minutes without apparent discomfort.",
        {"sitting"},
    ),
    (
        "Informal observation: {p} sat for {n} minutes during the consultation without needing to stand or change position.",
        {"sitting", "standing"},
    ),
    (
        "Informal observation: {p} maintained concentration throughout the {n} minute consultation without needing a break.",
        {"memory", "mixing"},
    ),
    (
        "{P} remained standing for the first {n} minutes of the consultation.",
        {"standing", "sitting"},
    ),
]

CONDITIONS = [
    (
        "I've got fibromyalgia, and I suffer with depression.",
        "{P} reports {p} has fibromyalgia and depression.",
    ),
    (
        "Arthritis in my knees and my back, mainly.",
        "{P} reports {p} has arthritis in {pos} knees and back.",
    ),
    ("I've got COPD and anxiety.", "{P} reports {p} has COPD and anxiety."),
    ("I have multiple sclerosis.", "{P} reports {p} has multiple sclerosis."),
    ("A bad back, and PTSD from years ago.", "{P} reports {p} has back problems and PTSD."),
    ("Epilepsy, and I get depressed as well.", "{P} reports {p} has epilepsy and depression."),
]

OPENINGS = [
    "Thanks for coming in today. First, can you tell me about your main health conditions?",
    "Hello, I'm your assessor today. What conditions do you have?",
    "Right, let's make a start. What are your main health problems?",
]

CLOSINGS = [
    "Okay, thank you, that's all the questions I have for today.",
    "Right, thank you for answering all of that, we'll finish there.",
    "Thanks, that's everything I need from you today.",
]

RELATIONS = ["daughter", "son", "sister", "brother", "partner", "friend", "mum"]


def make_case_4(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    rng = random.Random(seed)
    gender = rng.choice(["he", "she"])
    pro = PRONOUNS[gender]
    a_voice, c_voice, k_voice = rng.sample(VOICES, 3)

    n_topics = rng.choice([3, 4])
    topics = rng.sample(TOPICS, n_topics)
    keys = {t["key"] for t in topics}
    variants = [rng.choice(t["variants"]) for t in topics]

    has_companion = rng.random() < 1 / 3
    comp_idx = rng.randrange(n_topics) if has_companion else -1
    relation = rng.choice(RELATIONS)

    cond_spoken, cond_report = rng.choice(CONDITIONS)
    dialogue: list[tuple[int, str, str]] = [
        (0, a_voice, rng.choice(OPENINGS)),
        (1, c_voice, cond_spoken),
    ]
    report: list[tuple[str, set[str]]] = []

    for i, v in enumerate(variants):
        dialogue.append((0, a_voice, v["q"]))
        dialogue.append((1, c_voice, v["a"]))
        if i == comp_idx:
            intro = "Sorry, I'm {pos} {rel}.".format(rel=relation, **pro)
            dialogue.append((1, k_voice, intro + " " + v["comp"].format(**pro)))
        if rng.random() < 0.4:
            text, labels = v["faithful"], {SUP}
        else:
            text, labels = rng.choice(v["departures"])
        report.append((text.format(**pro), set(labels)))

    dialogue.append((0, a_voice, rng.choice(CLOSINGS)))

    ns_pool = [s for s, clash in NEVER_SAID if not (clash & keys)]
    report.append((rng.choice(ns_pool).format(**pro), {NS}))

    imp_pool = [s for s, clash in IMPOSSIBLE if not (clash & keys)]
    start_h = rng.randint(9, 15)
    start_m = rng.choice([0, 5, 10, 15, 20, 30])
    length = rng.choice([45, 50, 55, 60])
    end = start_h * 60 + start_m + length
    times = {
        "t1": f"{start_h:02d}:{start_m:02d}",
        "t2": f"{end // 60:02d}:{end % 60:02d}",
        "n": rng.choice([40, 45, 50, 55]),
    }
    report.append((rng.choice(imp_pool).format(**times, **pro), {IMP}))

    if rng.random() < 0.6:
        extras = [cond_report.format(**pro)]
        if has_companion:
            extras.append(
                "{P} attended the consultation with {pos} {rel}, who also contributed.".format(
                    rel=relation, **pro
                )
            )
        report.append((rng.choice(extras), {SUP}))

    rng.shuffle(report)
    return dialogue, report
