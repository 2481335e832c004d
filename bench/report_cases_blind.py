# ruff: noqa: E501
"""Blind held-out cases for the report-versus-recording comparison.

Written without reference to how the comparison works.  ``make_case_3(seed)``
returns ``(dialogue, report)``:

* ``dialogue`` is a list of ``(channel, voice, text)`` lines in spoken order.
  Channel 0 is the assessor; channel 1 is the claimant and, when present, a
  companion (who has a voice of their own).
* ``report`` is a list of ``(statement, labels)``: sentences of the
  assessor's written report with the labels a checker should give them.

Labelling conventions used here:

* A limit raised on channel 1 counts whether the claimant or the companion
  said it: when a companion adds a limit on a topic (a fall, bad days,
  supervision), a report statement on that topic that leaves it out is
  ``qualifier_dropped``, and the ``supported`` version mentions it.
* ``number_changed`` versions change a distance, duration or frequency that
  was actually spoken by well over a quarter, in the same kind of unit.
* ``never_said`` statements are chosen so that nothing in the dialogue
  touches their subject (each carries the topics it must not be paired with).
* ``impossible`` statements describe a consultation of 40 minutes or more;
  the whole dialogue is about a minute of speech.
"""

import random

SUPPORTED = "supported"
NUMBER = "number_changed"
DROPPED = "qualifier_dropped"
NEVER = "never_said"
IMPOSSIBLE = "impossible"

VOICES = [
    "en-gb-x-rp",
    "en-gb",
    "en-gb-scotland",
    "en-gb-x-gbclan",
    "en-gb-x-gbcwmd",
    "en-029",
    "en-us",
    "festival:kal_diphone",
    "festival:ked_diphone",
    "festival:cmu_us_slt_arctic_hts",
]

PRONOUNS = {
    "she": {"He": "She", "he": "she", "his": "her", "His": "Her", "him": "her", "himself": "herself"},
    "he": {"He": "He", "he": "he", "his": "his", "His": "His", "him": "him", "himself": "himself"},
}  # fmt: skip

RELATIONS = ["daughter", "son", "partner", "friend", "sister", "brother"]

# Each topic: assessor question, claimant answer, faithful report version,
# departing versions with their labels, and a companion line adding a limit
# together with the faithful version that includes it.
TOPICS = {
    "walking": {
        "question": "How far can you walk before you have to stop?",
        "answer": "Maybe twenty metres, to the end of the road, and then I have to stop because my back gets really bad. I take my stick whenever I go out.",
        "faithful": "{He} states {he} can walk about 20 metres with a stick before {he} has to stop because of back pain.",
        "departures": [
            ("{He} states {he} can walk about 200 metres.", {NUMBER, DROPPED}),
            ("{He} states {he} can walk about 20 metres to the end of {his} road.", {DROPPED}),
            ("{He} states {he} can walk about 50 metres with a stick before stopping because of back pain.", {NUMBER}),
        ],
        "companion": "{He} won't tell you this, but {he} fell outside the corner shop last month when {his} back went.",
        "faithful_companion": "{He} states {he} can walk about 20 metres with a stick before stopping because of back pain, and {his} {rel} reported that {he} fell outside a shop last month.",
    },
    "cooking": {
        "question": "Do you cook for yourself at all?",
        "answer": "Only simple things, something in the microwave. I can't stand at the cooker for more than about five minutes, I go dizzy and have to sit down on a stool.",
        "faithful": "{He} states {he} only prepares simple microwave meals and can stand at the cooker for about 5 minutes before becoming dizzy and needing to sit on a stool.",
        "departures": [
            ("{He} states {he} prepares simple meals using a microwave.", {DROPPED}),
            ("{He} states {he} can stand at the cooker for about 30 minutes to prepare a meal.", {NUMBER, DROPPED}),
            ("{He} states {he} cooks simple meals and can stand for up to 15 minutes, sitting on a stool if {he} feels dizzy.", {NUMBER}),
        ],
        "companion": "I do the proper cooking now, because the last time {he} used the hob {he} left it on and went to bed.",
        "faithful_companion": "{He} states {he} only prepares simple microwave meals and can stand at the cooker for about 5 minutes before becoming dizzy and needing a stool, and {his} {rel} reported doing the cooking since {he} left the hob on.",
    },
    "washing": {
        "question": "How do you manage with washing and bathing?",
        "answer": "I only shower about twice a week, because it wipes me out for the rest of the day. I sit on a shower seat and my partner helps me wash my hair.",
        "faithful": "{He} states {he} showers about twice a week sitting on a shower seat, with {his} partner helping to wash {his} hair, and is exhausted for the rest of the day afterwards.",
        "departures": [
            ("{He} states {he} showers about 5 times a week sitting on a shower seat, with {his} partner helping to wash {his} hair, and is exhausted afterwards.", {NUMBER}),
            ("{He} states {he} showers twice a week using a shower seat.", {DROPPED}),
            ("{He} states {he} is able to wash and bathe independently.", {DROPPED}),
        ],
        "companion": "And somebody has to be in the house when {he} showers, {he} went dizzy in there a few weeks ago and nearly fell.",
        "faithful_companion": "{He} states {he} showers about twice a week on a shower seat with {his} partner helping to wash {his} hair and is exhausted afterwards, and {his} {rel} reported that someone must be in the house as {he} nearly fell in the shower.",
    },
    "dressing": {
        "question": "What about getting dressed in the morning?",
        "answer": "It takes me about forty minutes most mornings. I can't do buttons or shoelaces because my fingers lock up, so my partner does those for me.",
        "faithful": "{He} states it takes {him} about 40 minutes to dress and {his} partner does {his} buttons and shoelaces because {his} fingers lock up.",
        "departures": [
            ("{He} states {he} dresses independently in about 10 minutes.", {NUMBER, DROPPED}),
            ("{He} states {he} is able to dress {himself}.", {DROPPED}),
            ("{He} states it takes {him} about 15 minutes to dress, with {his} partner doing buttons and shoelaces.", {NUMBER}),
        ],
        "companion": "Some days {he} doesn't get dressed at all, {he} just stays in {his} dressing gown.",
        "faithful_companion": "{He} states it takes {him} about 40 minutes to dress with {his} partner doing buttons and shoelaces, and {his} {rel} added that on some days {he} does not get dressed at all.",
    },
    "medication": {
        "question": "Do you manage your own tablets?",
        "answer": "The chemist fills a dosette box for me, but I still forget them, so my daughter rings me twice a day to remind me.",
        "faithful": "{He} states {he} uses a dosette box filled by the pharmacy but forgets {his} tablets, so {his} daughter phones twice a day to remind {him}.",
        "departures": [
            ("{He} states {he} manages {his} own medication using a dosette box.", {DROPPED}),
            ("{He} states {he} uses a dosette box filled by the pharmacy and {his} daughter reminds {him} once a day to take {his} tablets.", {NUMBER}),
        ],
        "companion": "Even with the phone calls, I find tablets still in the box most weeks.",
        "faithful_companion": "{He} states {he} uses a dosette box filled by the pharmacy and {his} daughter phones twice a day to remind {him}, and {his} {rel} reported finding missed tablets most weeks.",
    },
    "reading": {
        "question": "Can you read the letters that come through the post?",
        "answer": "Short things, yes, but I lose track after a few lines, what with my eyes and my concentration. Anything official, my son has to read it out and explain it to me.",
        "faithful": "{He} states {he} can read short items but loses track after a few lines because of {his} eyesight and concentration, and {his} son reads and explains official letters to {him}.",
        "departures": [
            ("{He} states {he} is able to read and understand {his} post.", {DROPPED}),
            ("{He} states {he} reads short items without difficulty.", {DROPPED}),
        ],
        "companion": "I've found bills pushed behind the clock unopened because {he} couldn't face reading them.",
        "faithful_companion": "{He} states {he} can read short items but loses track after a few lines and {his} son reads and explains official letters, and {his} {rel} reported finding unopened bills {he} could not face reading.",
    },
    "budgeting": {
        "question": "Who looks after your money and the bills?",
        "answer": "My sister sorts the bills out for me. I can pay for things in a shop, but I get muddled with the change and I've been short-changed before.",
        "faithful": "{He} states {his} sister deals with {his} bills and, although {he} can pay in shops, {he} gets muddled with change and has been short-changed.",
        "departures": [
            ("{He} states {he} manages {his} own bills and pays for {his} shopping.", {DROPPED}),
            ("{He} states {he} can pay for items in shops.", {DROPPED}),
        ],
        "companion": "{He} once handed over forty pounds for a loaf of bread and didn't notice.",
        "faithful_companion": "{He} states {his} sister deals with {his} bills and {he} gets muddled with change in shops, and {his} {rel} reported that {he} once handed over forty pounds for a loaf without noticing.",
    },
    "meeting": {
        "question": "How do you get on meeting people you don't know?",
        "answer": "I don't really go anywhere on my own. If my friend comes with me I can cope for maybe half an hour, but I have panic attacks if it's crowded.",
        "faithful": "{He} states {he} does not go out alone, can cope with other people for about 30 minutes if {his} friend is with {him}, and has panic attacks in crowds.",
        "departures": [
            ("{He} states {he} can socialise with others for about 2 hours.", {NUMBER, DROPPED}),
            ("{He} states {he} can cope with meeting people for about half an hour.", {DROPPED}),
            ("{He} states {he} can cope with other people for about 90 minutes when {his} friend is with {him}, although {he} has panic attacks in crowds.", {NUMBER}),
        ],
        "companion": "When the doorbell goes {he} won't answer it unless {he} knows I'm coming.",
        "faithful_companion": "{He} states {he} does not go out alone and copes with people for about 30 minutes with {his} friend, with panic attacks in crowds, and {his} {rel} reported that {he} will not answer the door unless expecting someone.",
    },
    "journeys": {
        "question": "Could you get a bus to somewhere you haven't been before?",
        "answer": "Not on my own, no. I get lost and panicky, so my neighbour comes with me. The bus to the shops I can do, it's only two stops.",
        "faithful": "{He} states {he} can take the bus two stops to {his} local shops but needs {his} neighbour with {him} to go anywhere unfamiliar because {he} gets lost and panicky.",
        "departures": [
            ("{He} states {he} can take the bus on {his} own.", {DROPPED}),
            ("{He} states {he} uses public transport independently.", {DROPPED}),
        ],
        "companion": "{He} got off at the wrong stop last winter and rang me in tears from a bus shelter.",
        "faithful_companion": "{He} states {he} can take the bus to {his} local shops but needs {his} neighbour with {him} for unfamiliar journeys because {he} gets lost and panicky, and {his} {rel} reported that {he} once got lost after getting off at the wrong stop.",
    },
    "sitting": {
        "question": "How long can you sit in a chair before you need to move?",
        "answer": "About fifteen minutes, then my hips start throbbing and I have to get up and walk about. On a bad day it's less than that.",
        "faithful": "{He} states {he} can sit for about 15 minutes before hip pain makes {him} get up and move, and for less time on bad days.",
        "departures": [
            ("{He} states {he} can sit for about 1 hour.", {NUMBER, DROPPED}),
            ("{He} states {he} can sit for about 15 minutes at a time.", {DROPPED}),
            ("{He} states {he} can sit for about 30 minutes before hip pain makes {him} get up, and less on bad days.", {NUMBER}),
        ],
        "companion": "In the car {he} has to have the seat tipped right back and a cushion behind {him}, or {he} can't manage at all.",
        "faithful_companion": "{He} states {he} can sit for about 15 minutes before hip pain makes {him} get up, and less on bad days, and {his} {rel} reported that {he} needs a cushion and a reclined seat in the car.",
    },
    "stairs": {
        "question": "Have you got stairs at home, and how do you manage them?",
        "answer": "Fourteen of them. I go up once a day, at bedtime, holding the rail with both hands, and I have to stop halfway for a rest.",
        "faithful": "{He} states {he} climbs {his} stairs once a day, holding the rail with both hands and stopping halfway to rest.",
        "departures": [
            ("{He} states {he} manages the stairs at home.", {DROPPED}),
            ("{He} states {he} goes up and down the stairs about 5 times a day using the rail and resting halfway.", {NUMBER}),
            ("{He} states {he} climbs the stairs 5 times a day.", {NUMBER, DROPPED}),
        ],
        "companion": "I walk up behind {him} every night in case {he} goes backwards.",
        "faithful_companion": "{He} states {he} climbs {his} stairs once a day holding the rail with both hands and resting halfway, and {his} {rel} reported walking behind {him} each night in case {he} falls.",
    },
    "lifting": {
        "question": "Could you lift a full kettle and pour it?",
        "answer": "Only if it's half full, and with both hands. If I fill it right up my wrist just gives way and I drop it.",
        "faithful": "{He} states {he} can lift a half-full kettle using both hands but not a full one because {his} wrist gives way.",
        "departures": [
            ("{He} states {he} can lift and pour a kettle.", {DROPPED}),
            ("{He} states {he} can lift a full kettle.", {DROPPED}),
        ],
        "companion": "{He} scalded {his} hand pouring a pan of water at Christmas, so I do the heavy things now.",
        "faithful_companion": "{He} states {he} can lift a half-full kettle with both hands but not a full one because {his} wrist gives way, and {his} {rel} reported that {he} scalded {his} hand pouring water and now has help with heavy items.",
    },
    "toilet": {
        "question": "Do you need any help with using the toilet?",
        "answer": "I've got a raised seat and a grab rail. At night I use a commode by the bed, because I can't always get to the bathroom in time.",
        "faithful": "{He} states {he} uses a raised toilet seat and a grab rail, and a commode at night because {he} cannot always reach the bathroom in time.",
        "departures": [
            ("{He} states {he} manages {his} toilet needs independently.", {DROPPED}),
            ("{He} states {he} uses a raised toilet seat.", {DROPPED}),
        ],
        "companion": "I have to help {him} empty the commode in the morning, {he} can't carry it.",
        "faithful_companion": "{He} states {he} uses a raised toilet seat, a grab rail and a commode at night because {he} cannot always reach the bathroom in time, and {his} {rel} reported helping to empty the commode.",
    },
}  # fmt: skip

# Reported speech on subjects the dialogue never touches; "avoid" lists the
# topics whose presence would make the subject partly discussed.
NEVER_SAID = [
    ("{He} states {he} walks {his} dog for about 30 minutes twice a day.", {"walking", "sitting", "stairs"}),
    ("{He} reports {he} goes swimming 2 times a week.", {"walking", "washing", "stairs"}),
    ("{He} states {he} looks after {his} grandchildren after school.", {"meeting", "cooking"}),
    ("{He} says {he} does {his} own weekly food shop at the supermarket.", {"walking", "journeys", "budgeting", "cooking"}),
    ("{He} reports {he} enjoys gardening and mows the lawn {himself}.", {"walking", "lifting", "sitting"}),
    ("{He} states {he} volunteers at a charity shop on Saturdays.", {"meeting", "budgeting"}),
    ("{He} says {he} plays darts at {his} local pub every week.", {"meeting", "lifting"}),
    ("{He} reports {he} uses a computer every day to send emails.", {"reading"}),
    ("{He} states {he} has no difficulty hearing conversation on the telephone.", {"medication"}),
    ("{He} reports {he} sleeps well most nights.", {"toilet", "stairs"}),
    ("{He} says {he} goes to church every Sunday morning.", {"meeting"}),
    ("{He} states {he} went on holiday to Spain earlier this year.", {"journeys"}),
]  # fmt: skip

# Observations the recording itself rules out (it lasts about a minute).
# "{mins}" and "{start}"/"{end}" are filled per case.
IMPOSSIBLE_POOL = [
    ("The consultation started at {start} and ended at {end}.", set()),
    ("{He} sat comfortably throughout the {mins} minute consultation without needing to stand.", {"sitting"}),
    ("{He} remained settled and kept {his} concentration throughout the {mins} minute consultation.", {"reading", "meeting"}),
    ("{He} did not ask for a break at any point during the {mins} minute consultation.", {"sitting"}),
    ("{He} was observed to sit for the full {mins} minutes of the consultation without discomfort.", {"sitting"}),
]  # fmt: skip

# Opening: how the claimant came, with the faithful statement it supports.
ARRIVALS = [
    ("I got a taxi here.", "{He} travelled to the assessment by taxi."),
    ("My neighbour dropped me off in the car.", "{He} was driven to the assessment by {his} neighbour."),
    ("My brother gave me a lift, he's waiting outside.", "{He} was given a lift to the assessment by {his} brother."),
]  # fmt: skip

CLOSINGS = [
    "Thank you, that's all the questions I have for you today.",
    "Right, that's everything I need, thanks for your time.",
    "Okay, I think that covers it, thank you.",
]


def make_case_3(
    seed: int,
) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    rng = random.Random(seed)
    words = dict(PRONOUNS[rng.choice(["she", "he"])])
    with_companion = rng.random() < 1 / 3
    rel = rng.choice(RELATIONS)
    words["rel"] = rel
    voices = rng.sample(VOICES, 3)
    assessor, claimant, companion = voices

    n_topics = rng.choice([3, 4])
    chosen = rng.sample(sorted(TOPICS), n_topics)
    companion_topic = rng.choice(chosen) if with_companion else None

    dialogue: list[tuple[int, str, str]] = []
    report: list[tuple[str, set[str]]] = []

    # Opening.
    if with_companion:
        greeting = "Hello, thanks for coming in, both of you. How did you get here today?"
        dialogue.append((0, assessor, greeting))
        dialogue.append((1, claimant, f"My {rel} brought me in the car."))
        arrival = "{He} attended with {his} {rel}, who drove {him} to the assessment."
    else:
        greeting = "Hello, thanks for coming in. How did you get here today?"
        dialogue.append((0, assessor, greeting))
        said, arrival = rng.choice(ARRIVALS)
        dialogue.append((1, claimant, said))

    # Topics.
    for key in chosen:
        topic = TOPICS[key]
        dialogue.append((0, assessor, topic["question"]))
        dialogue.append((1, claimant, topic["answer"]))
        versions = [(topic["faithful"], {SUPPORTED})] + list(topic["departures"])
        if key == companion_topic:
            dialogue.append((1, companion, topic["companion"].format(**words)))
            # The companion added a limit: only the version that keeps it is
            # supported; every other version now also drops a qualifier.
            versions = [(topic["faithful_companion"], {SUPPORTED})] + [
                (text, {lab for lab in labels if lab != SUPPORTED} | {DROPPED})
                for text, labels in versions
            ]
        text, labels = rng.choice(versions)
        report.append((text.format(**words), set(labels)))

    dialogue.append((0, assessor, rng.choice(CLOSINGS)))

    # One never-said statement on a subject nowhere near the chosen topics.
    pool = [text for text, avoid in NEVER_SAID if not avoid & set(chosen)]
    report.append((rng.choice(pool).format(**words), {NEVER}))

    # One impossible observation.
    pool = [text for text, avoid in IMPOSSIBLE_POOL if not avoid & set(chosen)]
    mins = rng.choice([40, 45, 50, 55, 60])
    start_h = rng.randint(9, 15)
    start_m = rng.choice([0, 5, 10, 15, 20, 30, 35, 45])
    end_total = start_h * 60 + start_m + mins
    words["mins"] = str(mins)
    words["start"] = f"{start_h:02d}:{start_m:02d}"
    words["end"] = f"{end_total // 60:02d}:{end_total % 60:02d}"
    report.append((rng.choice(pool).format(**words), {IMPOSSIBLE}))

    # Optionally one more faithful statement, about how the claimant arrived.
    if rng.random() < 0.6:
        report.append((arrival.format(**words), {SUPPORTED}))

    rng.shuffle(report)
    return dialogue, report
