"""Blind held-out set 12 of assessment dialogues and report statements.

Written without looking at the comparison code, tests, docs or other benchmark
data. Each case is a short PIP / WCA interview (assessor on channel 0, claimant
and any companion on channel 1) and the assessor's written report, one statement
per entry, each labelled as an experienced welfare-rights adviser would label it
against the dialogue: "number_changed", "qualifier_dropped", "never_said",
"impossible" or "supported".
"""
# ruff: noqa: E501

from __future__ import annotations

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

NUM = "number_changed"
QUAL = "qualifier_dropped"
NEVER = "never_said"
IMPOSSIBLE = "impossible"
SUP = "supported"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class _Ctx:
    """Who is in the room, and how the report refers to them."""

    def __init__(self, r: random.Random) -> None:
        self.r = r
        self.male = r.random() < 0.5
        if self.male:
            self.first = r.choice(
                [
                    "Gary",
                    "Darren",
                    "Steven",
                    "Imran",
                    "Kevin",
                    "Paul",
                    "Rhys",
                    "Tomasz",
                    "Callum",
                    "Winston",
                ]
            )
            self.title = r.choice(["Mr"])
            self.he, self.him, self.his, self.self_ = "he", "him", "his", "himself"
        else:
            self.first = r.choice(
                [
                    "Tracey",
                    "Bernadette",
                    "Nadia",
                    "Shona",
                    "Kelly",
                    "Ann",
                    "Gemma",
                    "Marcia",
                    "Siobhan",
                    "Joanne",
                ]
            )
            self.title = r.choice(["Mrs", "Ms", "Miss"])
            self.he, self.him, self.his, self.self_ = "she", "her", "her", "herself"
        self.He, self.His = _cap(self.he), _cap(self.his)
        self.surname = r.choice(
            [
                "Walsh",
                "Okafor",
                "Hughes",
                "McLean",
                "Begum",
                "Pritchard",
                "Kowalski",
                "Thompson",
                "Evans",
                "Campbell",
                "Ahmed",
                "Doyle",
            ]
        )
        self.comp = r.random() < 0.35
        if self.comp:
            if self.male:
                rels = [
                    ("wife", "wife"),
                    ("partner", "partner"),
                    ("mum", "mother"),
                    ("dad", "father"),
                    ("son", "son"),
                    ("support worker", "support worker"),
                    ("sister", "sister"),
                    ("carer", "carer"),
                ]
            else:
                rels = [
                    ("husband", "husband"),
                    ("partner", "partner"),
                    ("mum", "mother"),
                    ("daughter", "daughter"),
                    ("son", "son"),
                    ("support worker", "support worker"),
                    ("sister", "sister"),
                    ("carer", "carer"),
                ]
            self.rel, self.rel_r = r.choice(rels)
            if self.rel in ("wife", "mum", "daughter", "sister"):
                self.cname = r.choice(["Lorraine", "Mandy", "Sue", "Karen", "Bev", "Paula"])
            elif self.rel in ("husband", "dad", "son"):
                self.cname = r.choice(["Dave", "Pete", "Jamal", "Lee", "Mark", "Gareth"])
            else:
                self.cname = r.choice(
                    [
                        "Lorraine",
                        "Mandy",
                        "Sue",
                        "Karen",
                        "Dave",
                        "Pete",
                        "Jamal",
                        "Lee",
                        "Sam",
                        "Chris",
                    ]
                )
            self.helper_s = f"my {self.rel}"
        else:
            self.rel, self.rel_r, self.cname = "", "", ""
            self.helper_s, rel_r = r.choice(
                [
                    ("my sister", "sister"),
                    ("my daughter", "daughter"),
                    ("my son", "son"),
                    ("my neighbour", "neighbour"),
                    ("my mum", "mother"),
                    ("my partner", "partner"),
                    ("my friend", "friend"),
                ]
            )
            self.rel_r = rel_r
        # how the report names the helper (companion or absent relative)
        self.helper_r = f"{self.his} {self.rel_r}"
        self.aname = r.choice(
            ["Claire", "Andy", "Priya", "Martin", "Fiona", "Jo", "Richard", "Hannah", "Sam"]
        )
        self.prof = r.choice(["nurse", "physiotherapist", "paramedic", "occupational therapist"])
        self.prof_a = ("an " if self.prof[0] in "aeiou" else "a ") + self.prof

    def subj(self) -> str:
        return self.r.choice([self.He, self.He, "The claimant", f"{self.title} {self.surname}"])

    def said(self) -> str:
        return self.r.choice(
            [
                "reported that",
                "stated that",
                "said that",
                "explained that",
                "advised that",
                "states",
            ]
        )

    def comp_subj(self) -> str:
        return self.r.choice(
            [f"{self.His} {self.rel_r}", f"{self.His} {self.rel_r}, who attended with {self.him},"]
        )


def _res(turns, sup, num=None, qual=None, both=None):
    return {"turns": turns, SUP: sup, "num": num, "qual": qual, "both": both}


# --------------------------------------------------------------------------
# topic templates: each returns the turns ("A" assessor, "C" claimant,
# "P" companion) and the report variants (faithful, number changed,
# qualifier dropped, both)
# --------------------------------------------------------------------------


def _t_walk(r, c):
    part = r.choice(["knees", "hips", "lower back", "left leg", "feet", "right hip"])
    aid_s, aid_r = r.choice(
        [
            ("my stick", "a walking stick"),
            ("my crutches", "crutches"),
            ("my rollator", "a rollator"),
            ("my two sticks", "two walking sticks"),
        ]
    )
    vp, dist, chg = r.choice(
        [
            (
                "get to the end of our road, which is maybe fifty metres",
                "about 50 metres",
                r.choice(["about 200 metres", "approximately 250m", "around 300 metres"]),
            ),
            (
                "get from the front door to the bus stop, and that's thirty yards at the very most",
                "no more than 30 yards",
                r.choice(["around 300 yards", "about 200 yards", "a quarter of a mile"]),
            ),
            (
                "get as far as the post box. Twenty metres, twenty-five maybe",
                "20 to 25 metres",
                r.choice(["about 100 metres", "around 150 metres", "approximately 100m"]),
            ),
            (
                "do the car park at the doctor's, and that's probably forty metres",
                "around 40 metres",
                r.choice(["around 400 metres", "about 200 metres"]),
            ),
            (
                "manage ten or fifteen steps, just across the front room and back",
                "10 to 15 steps",
                r.choice(["around 50 metres", "about 100 metres"]),
            ),
        ]
    )
    q = r.choice(
        [
            "Let's talk about getting around outside. How far can you walk before you have to stop?",
            "If you set off along a flat pavement, how far would you get before you needed a rest?",
            "Tell me about your walking. What sort of distance can you manage?",
            "How are you with walking outdoors these days?",
        ]
    )
    pats = ["direct", "follow", "correct"] + (["comp", "comp"] if c.comp else [])
    pat = r.choice(pats)
    S, said = c.subj(), c.said()
    if pat == "direct":
        turns = [
            ("A", q),
            (
                "C",
                f"With {aid_s}, I can {vp}. Then I have to stop and lean on something, because the pain in my {part} gets too much.",
            ),
        ]
    elif pat == "follow":
        follow = r.choice(
            [
                "Can you give me a rough idea of distance? In metres, or a landmark near your house?",
                "Roughly how far, would you say, before that first stop?",
                "And if you had to put a distance on it?",
            ]
        )
        turns = [
            ("A", q),
            (
                "C",
                f"Not far at all, to be honest. I'm on {aid_s} all the time now, and the pain in my {part} just stops me in my tracks.",
            ),
            ("A", follow),
            ("C", f"I'd say I can {vp}, and then I have to stop."),
        ]
    elif pat == "correct":
        first_s, first_r = r.choice(
            [
                ("a couple of hundred metres", "about 200 metres"),
                ("half a mile, something like that", "around half a mile"),
                ("a good few hundred yards", "several hundred yards"),
            ]
        )
        turns = [
            ("A", q),
            (
                "C",
                f"Oh, {first_s}. Actually, no, sorry, that's how it used to be, before last winter. Now, with {aid_s}, I can only {vp}, and then I have to stop because of my {part}.",
            ),
        ]
        chg = first_r
    else:
        turns = [
            ("A", q),
            ("C", f"Not very far. I use {aid_s}."),
            (
                "P",
                f"Sorry, can I come in there? {c.He} can {vp}, and by then the pain in {c.his} {part} is awful and {c.he} has to stop. I walk next to {c.him} the whole time.",
            ),
        ]
        S2 = c.comp_subj()
        return _res(
            turns,
            f"{S2} said that {c.he} can walk {dist} using {aid_r} before having to stop because of pain in {c.his} {part}.",
            f"{S2} said that {c.he} can walk {chg} using {aid_r} before having to stop because of pain in {c.his} {part}.",
            f"{S2} said that {c.he} can walk {dist}.",
            f"{S} is able to walk {chg} without needing to stop.",
        )
    return _res(
        turns,
        f"{S} {said} {c.he} can walk {dist} with {aid_r} before needing to stop due to pain in {c.his} {part}.",
        f"{S} {said} {c.he} can walk {chg} with {aid_r} before needing to stop due to pain in {c.his} {part}.",
        r.choice([f"{S} {said} {c.he} can walk {dist}.", f"{S} is able to walk {dist} unaided."]),
        f"{S} {said} {c.he} can walk {chg} without needing to stop.",
    )


def _t_supermarket(r, c):
    shop = r.choice(["Tesco", "Asda", "the big Sainsbury's", "Morrisons", "Lidl", "the Co-op"])
    v, vr, chg = r.choice(
        [
            ("ten minutes", "about 10 minutes", r.choice(["45 minutes", "around an hour"])),
            (
                "fifteen minutes, twenty at a push",
                "15 to 20 minutes",
                r.choice(["over an hour", "about an hour and a half"]),
            ),
            (
                "five minutes, if that",
                "around five minutes",
                r.choice(["30 to 40 minutes", "half an hour"]),
            ),
        ]
    )
    q = r.choice(
        [
            "Do you get to the shops at all?",
            "What about shopping, do you go round the supermarket?",
            "Who does the food shopping in your house?",
        ]
    )
    S, said = c.subj(), c.said()
    if r.random() < 0.5:
        turns = [
            ("A", q),
            (
                "C",
                f"I go to {shop} with {c.helper_s} once a week. I hold on to the trolley, it's like a walking frame for me, and I can do about {v}, before I have to go and sit down in the cafe.",
            ),
        ]
    else:
        turns = [
            ("A", q),
            (
                "C",
                f"We go to {shop}, me and {c.helper_s}, once a week. I lean on the trolley the whole way round.",
            ),
            (
                "A",
                r.choice(
                    [
                        "And how long are you on your feet in there?",
                        "How long can you keep going round the shop?",
                    ]
                ),
            ),
            (
                "C",
                f"About {v}. Then I leave the trolley and go and sit in the cafe while {c.helper_s} finishes off.",
            ),
        ]
    return _res(
        turns,
        f"{S} goes to {shop} weekly with {c.helper_r}, leaning on the trolley for support, and manages {vr} before needing to sit down.",
        f"{S} goes to {shop} weekly with {c.helper_r}, leaning on the trolley for support, and manages {chg} before needing to sit down.",
        f"{S} {said} {c.he} does a weekly shop at {shop}, walking round the store for {vr}.",
        f"{S} {said} {c.he} does a weekly shop at {shop} and is on {c.his} feet in the store for {chg}.",
    )


def _t_stand(r, c):
    v, vr, chg = r.choice(
        [
            (
                "five minutes, maybe",
                "about five minutes",
                r.choice(["around 30 minutes", "up to 40 minutes"]),
            ),
            (
                "three or four minutes",
                "three to four minutes",
                r.choice(["20 to 30 minutes", "half an hour"]),
            ),
            ("ten minutes, tops", "10 minutes at most", r.choice(["up to an hour", "45 minutes"])),
            (
                "a couple of minutes",
                "a couple of minutes",
                r.choice(["15 to 20 minutes", "about 30 minutes"]),
            ),
        ]
    )
    q = r.choice(
        [
            "What about standing still, say in a queue or at the sink?",
            "How long can you stand in one place?",
            "If you're waiting somewhere and there's no chair, how do you get on?",
        ]
    )
    S, said = c.subj(), c.said()
    pats = ["direct", "correct"] + (["comp"] if c.comp else [])
    pat = r.choice(pats)
    if pat == "direct":
        turns = [
            ("A", q),
            (
                "C",
                f"Not great. I can manage {v}, and then I have to sit down or lean on something, because my legs start shaking.",
            ),
        ]
    elif pat == "correct":
        first_s, first_r = r.choice(
            [
                ("Half an hour", "half an hour"),
                ("About twenty minutes", "about 20 minutes"),
                ("An hour, maybe", "an hour"),
            ]
        )
        turns = [
            ("A", q),
            (
                "C",
                f"{first_s}. No, hang on, what am I saying? That's nowhere near. It's {v}, and then I have to sit down or lean on something, my legs start shaking.",
            ),
        ]
        chg = first_r
    else:
        turns = [
            ("A", q),
            ("C", "Not very well."),
            (
                "P",
                f"When we're in a queue {c.he}'s hanging on to me after {v}. If there's nowhere to sit {c.he} has to lean on me or on the wall.",
            ),
        ]
        S2 = c.comp_subj()
        return _res(
            turns,
            f"{S2} reported that {c.he} can stand for {vr} before needing to lean on someone or something.",
            f"{S2} reported that {c.he} can stand for {chg} before needing to lean on someone or something.",
            f"{S2} reported that {c.he} can stand in a queue for {vr}.",
            f"{S} is able to stand for {chg} without support.",
        )
    return _res(
        turns,
        f"{S} {said} {c.he} can stand for {vr} before needing to sit down or lean on something.",
        f"{S} {said} {c.he} can stand for {chg} before needing to sit down or lean on something.",
        f"{S} {said} {c.he} can stand for {vr}.",
        f"{S} is able to stand for {chg} without support.",
    )


def _t_sit(r, c):
    v, vr, chg = r.choice(
        [
            ("about twenty minutes", "around 20 minutes", r.choice(["two hours", "over an hour"])),
            (
                "a quarter of an hour",
                "15 minutes",
                r.choice(["over an hour", "an hour and a half"]),
            ),
            (
                "half an hour at the very most",
                "no more than half an hour",
                r.choice(["an hour and a half", "two to three hours"]),
            ),
            ("ten minutes or so", "about 10 minutes", r.choice(["45 minutes", "over an hour"])),
        ]
    )
    q = r.choice(
        [
            "How are you with sitting? On a normal dining chair, say.",
            "How long can you sit for before you need to move?",
            "And sitting, is that a problem for you?",
        ]
    )
    S, said = c.subj(), c.said()
    if c.comp and r.random() < 0.5:
        turns = [
            ("A", q),
            ("C", "It's my back. I can't get comfy."),
            (
                "P",
                f"{c.He}'s up and down all evening. On a hard chair it's {v}, then {c.he} has to get up and walk about because {c.his} back locks and the pain goes down {c.his} leg.",
            ),
        ]
        S2 = c.comp_subj()
        return _res(
            turns,
            f"{S2} described {c.him} being able to sit for {vr} before having to get up and move about due to back pain.",
            f"{S2} described {c.him} being able to sit for {chg} before having to get up and move about due to back pain.",
            f"{S2} described {c.him} being able to sit for {vr}.",
            f"{S} is able to sit comfortably for {chg}.",
        )
    turns = [
        ("A", q),
        (
            "C",
            f"On a hard chair, {v}. Then I've got to get up and walk about, or my back locks and the pain goes right down my leg.",
        ),
    ]
    return _res(
        turns,
        f"{S} {said} {c.he} can sit for {vr} before needing to get up and move around because of back pain.",
        f"{S} {said} {c.he} can sit for {chg} before needing to get up and move around because of back pain.",
        f"{S} {said} {c.he} can sit for {vr}.",
        f"{S} {said} {c.he} can sit comfortably for {chg}.",
    )


def _t_cook(r, c):
    dish = r.choice(["beans on toast", "a bit of pasta", "a boiled egg", "soup from a tin"])
    v, vr, chg = r.choice(
        [
            ("five minutes", "about five minutes", r.choice(["around 30 minutes", "half an hour"])),
            (
                "two or three minutes",
                "two or three minutes",
                r.choice(["20 minutes", "around 25 minutes"]),
            ),
            (
                "ten minutes at a push",
                "10 minutes at most",
                r.choice(["40 minutes", "up to an hour"]),
            ),
        ]
    )
    q = r.choice(
        [
            "Can you tell me about preparing a meal? What do you do about food during the day?",
            "Do you do any cooking yourself?",
            "How do you manage with making a hot meal?",
        ]
    )
    S, said = c.subj(), c.said()
    if r.random() < 0.5:
        turns = [
            ("A", q),
            (
                "C",
                f"I don't really cook any more. If I do something simple, like {dish}, I can stand at the cooker for {v}, then I have to sit on the perching stool the OT gave me.",
            ),
        ]
    else:
        turns = [
            ("A", q),
            (
                "C",
                f"Only simple things, {dish}, that kind of thing. I've got a perching stool from the OT, I sit on that in the kitchen.",
            ),
            (
                "A",
                r.choice(
                    [
                        "And how long can you stand at the cooker before you need the stool?",
                        "How long are you able to stand at the hob?",
                    ]
                ),
            ),
            ("C", f"{_cap(v)}. Then I'm on the stool."),
        ]
    return _res(
        turns,
        f"{S} prepares simple meals such as {dish}, standing at the cooker for {vr} before using a perching stool.",
        f"{S} prepares simple meals such as {dish}, standing at the cooker for {chg} before using a perching stool.",
        f"{S} {said} {c.he} prepares simple meals such as {dish}, standing at the cooker for {vr}.",
        f"{S} {said} {c.he} prepares simple meals such as {dish} and can stand at the cooker for {chg}.",
    )


def _t_meds(r, c):
    v, vr, chg = r.choice(
        [
            (
                "three or four days a week",
                "three or four days a week",
                r.choice(["about once a month", "once or twice a month"]),
            ),
            (
                "most days, honestly",
                "on most days",
                r.choice(["about once a fortnight", "once a month"]),
            ),
            (
                "at least twice a week",
                "at least twice a week",
                r.choice(["about once every couple of months", "once a month at most"]),
            ),
        ]
    )
    q = r.choice(
        [
            "Do you manage your own tablets?",
            "Who sorts out your medication?",
            "How do you get on with remembering your medication?",
        ]
    )
    S, said = c.subj(), c.said()
    if c.comp and r.random() < 0.5:
        turns = [
            ("A", q),
            ("C", "I've got a dosette box from the chemist. But I still forget."),
            (
                "P",
                f"I ring {c.him} every morning to remind {c.him}. Before I started doing that {c.he} was missing {c.his} tablets {v}.",
            ),
        ]
    else:
        turns = [
            ("A", q),
            (
                "C",
                f"I've got a dosette box from the chemist, but I still forget. {_cap(c.helper_s)} rings me every morning to remind me. Before that I was missing my tablets {v}.",
            ),
        ]
    return _res(
        turns,
        f"{S} uses a dosette box and is prompted each morning by {c.helper_r}; without this {c.he} was missing medication {vr}.",
        f"{S} uses a dosette box and is prompted each morning by {c.helper_r}; without this {c.he} was missing medication {chg}.",
        f"{S} {said} {c.he} manages {c.his} own medication using a dosette box and was previously missing doses {vr}.",
        f"{S} manages {c.his} own medication with a dosette box and misses a dose {chg}.",
    )


def _t_wash(r, c):
    v, vr, chg = r.choice(
        [
            ("once a week", "once a week", r.choice(["daily", "every day"])),
            (
                "twice a week, if that",
                "no more than twice a week",
                r.choice(["every morning", "daily"]),
            ),
            (
                "every four or five days",
                "every four or five days",
                r.choice(["most days", "every day"]),
            ),
        ]
    )
    q = r.choice(
        [
            "How do you manage with washing and bathing?",
            "Are you able to have a bath or a shower?",
            "Talk me through how you get washed.",
        ]
    )
    S, said = c.subj(), c.said()
    turns = [
        ("A", q),
        (
            "C",
            f"I only have a shower {v}. And only when {c.helper_s} is in the house, because I went over in the bath last year and I was on the floor for ages.",
        ),
    ]
    if r.random() < 0.4:
        turns.append(("A", "Do you have any rails or a seat in there?"))
        turns.append(("C", "There's a rail, but I still don't feel safe on my own."))
    return _res(
        turns,
        f"{S} showers {vr}, and only when {c.helper_r} is at home, following a fall in the bath last year.",
        f"{S} showers {chg}, and only when {c.helper_r} is at home, following a fall in the bath last year.",
        f"{S} {said} {c.he} showers {vr} and manages this independently.",
        f"{S} {said} {c.he} showers {chg} independently.",
    )


def _t_dress(r, c):
    v, vr, chg = r.choice(
        [
            (
                "the best part of forty minutes",
                "around 40 minutes",
                r.choice(["about 10 minutes", "a few minutes"]),
            ),
            (
                "about an hour, some mornings longer",
                "about an hour",
                r.choice(["about 15 minutes", "around 10 minutes"]),
            ),
            (
                "half an hour, because I keep having to rest",
                "around half an hour, with rests",
                r.choice(["five minutes", "under 10 minutes"]),
            ),
        ]
    )
    q = r.choice(
        [
            "What about getting dressed in the morning?",
            "How long does it take you to get dressed?",
            "Can you dress and undress yourself?",
        ]
    )
    S, said = c.subj(), c.said()
    turns = [
        ("A", q),
        (
            "C",
            f"It takes me {v}. I sit on the edge of the bed to do it, and {c.helper_s} has to do my socks and shoes, because I can't bend down that far.",
        ),
    ]
    if c.comp and r.random() < 0.6:
        turns.append(("P", f"I do {c.his} socks and shoes every day, and buttons if it's a shirt."))
    vr_clean = vr.replace(", with rests", "")
    return _res(
        turns,
        f"{S} dresses sitting on the edge of the bed, taking {vr}, and needs {c.helper_r} to put on {c.his} socks and shoes.",
        f"{S} dresses sitting on the edge of the bed, taking {chg}, and needs {c.helper_r} to put on {c.his} socks and shoes.",
        f"{S} {said} {c.he} dresses {c.self_}, taking {vr_clean}.",
        f"{S} is able to dress {c.self_} fully in {chg}.",
    )


def _t_panic(r, c):
    v, vr, chg = r.choice(
        [
            (
                "four or five times a week",
                "four to five times a week",
                r.choice(["once or twice a month", "about once a month"]),
            ),
            (
                "nearly every day",
                "almost daily",
                r.choice(["about once a week", "once a fortnight"]),
            ),
            (
                "two or three times a week",
                "two to three times a week",
                r.choice(["once every couple of months", "a few times a year"]),
            ),
        ]
    )
    q = r.choice(
        [
            "You mentioned anxiety on your form. How does that affect you?",
            "Do you get panic attacks?",
            "How is your mental health at the moment?",
        ]
    )
    S, said = c.subj(), c.said()
    if c.comp and r.random() < 0.6:
        turns = [
            ("A", q),
            (
                "C",
                "I get panic attacks. Quite a lot. I don't go out on my own any more because of them.",
            ),
            ("A", "How often is quite a lot?"),
            (
                "P",
                f"I'd say {v}. They last about twenty minutes and I'm the one who has to talk {c.him} down.",
            ),
        ]
        S2 = c.comp_subj()
        return _res(
            turns,
            f"{S2} reported panic attacks {vr}, each lasting around 20 minutes; {c.he} does not go out alone because of them.",
            f"{S2} reported panic attacks {chg}, each lasting around 20 minutes; {c.he} does not go out alone because of them.",
            f"{S2} reported panic attacks {vr}, each lasting around 20 minutes, but {c.he} is able to go out.",
            f"{S} experiences panic attacks {chg} and goes out independently.",
        )
    turns = [
        ("A", q),
        (
            "C",
            f"I get panic attacks {v}. My chest goes tight, I can't breathe, and it's about twenty minutes before I calm down. That's why I don't go out unless someone's with me.",
        ),
    ]
    return _res(
        turns,
        f"{S} {said} {c.he} has panic attacks {vr}, each lasting around 20 minutes, and does not go out unless accompanied.",
        f"{S} {said} {c.he} has panic attacks {chg}, each lasting around 20 minutes, and does not go out unless accompanied.",
        f"{S} {said} {c.he} has panic attacks {vr}, each lasting around 20 minutes, but is able to go out.",
        f"{S} {said} {c.he} has panic attacks {chg} and goes out independently.",
    )


def _t_bus(r, c):
    v, vr, chg = r.choice(
        [
            ("about two years", "around two years", r.choice(["about two months", "a few weeks"])),
            (
                "eighteen months",
                "around 18 months",
                r.choice(["a couple of weeks", "about a month"]),
            ),
            (
                "three years now",
                "around three years",
                r.choice(["three months", "a few weeks"]),
            ),
        ]
    )
    q = r.choice(
        [
            "Do you use public transport?",
            "If you had to get to a new place, like a hospital appointment, how would you get there?",
            "Can you get about on the buses?",
        ]
    )
    S, said = c.subj(), c.said()
    if r.random() < 0.5:
        turns = [
            ("A", q),
            (
                "C",
                f"I haven't been on a bus on my own for {v}. I got on the wrong one and ended up miles away, and I was in a right state. Now {c.helper_s} comes with me everywhere.",
            ),
        ]
    else:
        turns = [
            ("A", q),
            (
                "C",
                f"Not on my own. {_cap(c.helper_s)} comes with me everywhere now. I got on the wrong bus once, ended up miles away, and I was in a right state.",
            ),
            ("A", "When was the last time you went on a bus by yourself?"),
            ("C", f"Gosh. {_cap(v)}, I think."),
        ]
    return _res(
        turns,
        f"{S} has not travelled by bus alone for {vr} after getting lost and becoming distressed, and is now accompanied by {c.helper_r} on journeys.",
        f"{S} has not travelled by bus alone for {chg} after getting lost and becoming distressed, and is now accompanied by {c.helper_r} on journeys.",
        f"{S} {said} {c.he} travels by bus, and once got on the wrong one.",
        f"{S} {said} {c.he} uses the bus and last made a journey on {c.his} own {chg} ago.",
    )


def _t_friends(r, c):
    v, vr, chg = r.choice(
        [
            (
                "about three months ago",
                "around three months ago",
                r.choice(["last week", "a few days ago"]),
            ),
            (
                "before Christmas, so four months or so",
                "around four months ago",
                r.choice(["a few days ago", "last weekend"]),
            ),
            (
                "back in the summer, that's six months at least",
                "over six months ago",
                r.choice(["a fortnight ago", "last week"]),
            ),
        ]
    )
    q = r.choice(
        [
            "Do you see friends or family much?",
            "How do you get on with other people? Do you have people round?",
            "Do you have much of a social life?",
        ]
    )
    S, said = c.subj(), c.said()
    turns = [
        ("A", q),
        (
            "C",
            f"I don't really see anyone apart from {c.helper_s}. A friend came round {v}, and I had to ask her to go after half an hour. I was shaking. I just couldn't cope with it.",
        ),
    ]
    return _res(
        turns,
        f"{S} {said} a friend last visited {vr} and {c.he} had to ask her to leave after half an hour as {c.he} could not cope.",
        f"{S} {said} a friend visited {chg} and {c.he} had to ask her to leave after half an hour as {c.he} could not cope.",
        f"{S} {said} a friend visited {vr} and stayed for half an hour.",
        f"{S} {said} {c.he} had a friend round for half an hour {chg}.",
    )


def _t_stairs(r, c):
    n_s, n = r.choice([("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15)])
    v, vr, chg = r.choice(
        [
            (
                "a good five minutes",
                "about five minutes",
                r.choice(["under a minute", "less than a minute"]),
            ),
            (
                "three or four minutes",
                "three to four minutes",
                r.choice(["about 30 seconds", "under a minute"]),
            ),
            (
                "nearly ten minutes",
                "close to 10 minutes",
                r.choice(["a minute or so", "about a minute"]),
            ),
        ]
    )
    q = r.choice(
        [
            "Have you got stairs at home?",
            "How do you manage the stairs?",
            "Where's your bedroom and bathroom, upstairs?",
        ]
    )
    S, said = c.subj(), c.said()
    turns = [
        ("A", q),
        (
            "C",
            f"Yes, we've got {n_s} stairs. I go up on my bottom, one at a time, and it takes me {v}, with a rest halfway.",
        ),
    ]
    if c.comp and r.random() < 0.5:
        turns.append(("P", f"And I have to stand behind {c.him} coming down, in case {c.he} goes."))
    return _res(
        turns,
        f"{S} {said} {c.he} goes up the {n} stairs at home on {c.his} bottom, taking {vr} with a rest part way.",
        f"{S} {said} {c.he} goes up the {n} stairs at home on {c.his} bottom, taking {chg} with a rest part way.",
        f"{S} {said} {c.he} manages the {n} stairs at home, taking {vr}.",
        f"{S} {said} {c.he} manages the {n} stairs at home in {chg}.",
    )


def _t_lift(r, c):
    v, vr, chg = r.choice(
        [
            (
                "a bag of sugar, so a kilo",
                "about a kilogram, such as a bag of sugar",
                r.choice(["around five kilograms", "up to 5kg"]),
            ),
            (
                "a two litre bottle of pop, just about",
                "a two-litre bottle",
                r.choice(["a 10kg bag of potatoes", "around 8 kilograms"]),
            ),
            (
                "a tin of beans, that's about it",
                "a single tin of beans",
                r.choice(
                    ["a full bag of shopping, around 5kg", "a full kettle and a bag of shopping"]
                ),
            ),
        ]
    )
    q = r.choice(
        [
            "What's the heaviest thing you can pick up and carry?",
            "Are you able to lift things, like a bag of shopping?",
            "How are your hands and arms for lifting?",
        ]
    )
    S, said = c.subj(), c.said()
    turns = [
        ("A", q),
        (
            "C",
            f"I can lift {v}, but my wrists are so painful. I can only move it from the counter to the cupboard. I couldn't carry it any further than that.",
        ),
    ]
    return _res(
        turns,
        f"{S} {said} {c.he} can lift {vr}, with wrist pain, and can only move it a short distance such as from the counter to the cupboard.",
        f"{S} {said} {c.he} can lift {chg}, with wrist pain, and can only move it a short distance such as from the counter to the cupboard.",
        f"{S} {said} {c.he} is able to lift and carry {vr}.",
        f"{S} {said} {c.he} is able to lift and carry {chg}.",
    )


def _t_seizure(r, c):
    v, vr, chg = r.choice(
        [
            (
                "about twice a month",
                "around twice a month",
                r.choice(["about twice a year", "once or twice a year"]),
            ),
            (
                "every week or ten days",
                "every seven to ten days",
                r.choice(["every few months", "three or four times a year"]),
            ),
            (
                "three or four a month",
                "three to four times a month",
                r.choice(["once or twice a year", "about once every six months"]),
            ),
        ]
    )
    q = r.choice(
        [
            "You've put down that you have epilepsy. How often do you have a seizure?",
            "Tell me about the seizures. How often are they happening?",
            "How's your epilepsy at the moment?",
        ]
    )
    S, said = c.subj(), c.said()
    if c.comp and r.random() < 0.6:
        turns = [
            ("A", q),
            ("C", "I don't always know I've had one, to be honest."),
            (
                "P",
                f"It's {v}. I keep a diary. And I have to stay with {c.him} afterwards, because {c.he}'s all over the place for an hour or so.",
            ),
        ]
        S2 = c.comp_subj()
        return _res(
            turns,
            f"{S2} reported seizures {vr} and has to stay with {c.him} for around an hour afterwards while {c.he} is confused.",
            f"{S2} reported seizures {chg} and has to stay with {c.him} for around an hour afterwards while {c.he} is confused.",
            f"{S2} reported seizures {vr}, after which {c.he} is confused for around an hour.",
            f"{S} has seizures {chg} and recovers on {c.his} own.",
        )
    turns = [
        ("A", q),
        (
            "C",
            f"I have seizures {v}. Afterwards I'm confused for an hour or so, so {c.helper_s} has to stay with me until I come round properly.",
        ),
    ]
    return _res(
        turns,
        f"{S} {said} {c.he} has seizures {vr}, and {c.helper_r} stays with {c.him} for around an hour afterwards while {c.he} is confused.",
        f"{S} {said} {c.he} has seizures {chg}, and {c.helper_r} stays with {c.him} for around an hour afterwards while {c.he} is confused.",
        f"{S} {said} {c.he} has seizures {vr}, after which {c.he} is confused for around an hour.",
        f"{S} {said} {c.he} has seizures {chg} and recovers on {c.his} own.",
    )


def _t_tv(r, c):
    v, vr, chg = r.choice(
        [
            ("Twenty minutes", "about 20 minutes", r.choice(["two hours", "a couple of hours"])),
            ("A quarter of an hour", "15 minutes", r.choice(["an hour and a half", "90 minutes"])),
            ("Ten minutes or so", "about 10 minutes", r.choice(["an hour", "over an hour"])),
        ]
    )
    q = r.choice(
        [
            "How's your concentration? Can you follow a programme on the television?",
            "Do you read, or watch TV at all?",
            "What do you do to pass the time during the day?",
        ]
    )
    S, said = c.subj(), c.said()
    turns = [
        ("A", q),
        (
            "C",
            f"I can't follow a film any more. {v} of telly and I've lost the thread, I don't know who anyone is.",
        ),
    ]
    return _res(
        turns,
        f"{S} {said} {c.he} can concentrate on the television for {vr} before losing track.",
        f"{S} {said} {c.he} can concentrate on the television for {chg} before losing track.",
        None,
        None,
    )


def _t_sleep(r, c):
    v, vp, vr, chg = r.choice(
        [
            (
                "three hours' sleep",
                "three hours",
                "around three hours",
                r.choice(["seven hours", "seven to eight hours"]),
            ),
            (
                "four hours' sleep if I'm lucky",
                "four hours at the most",
                "no more than four hours",
                r.choice(["eight hours", "around eight hours"]),
            ),
            (
                "two or three hours' sleep",
                "two or three hours",
                "two to three hours",
                r.choice(["six to seven hours", "about seven hours"]),
            ),
        ]
    )
    q = r.choice(
        [
            "How are you sleeping?",
            "Can you describe a typical day for me, starting with the night?",
            "What's your sleep like?",
        ]
    )
    S, said = c.subj(), c.said()
    if c.comp and r.random() < 0.5:
        turns = [
            ("A", q),
            ("C", "Terrible. I'm awake most of the night with the pain."),
            (
                "P",
                f"{c.He} gets {vp} a night, and then {c.he}'s back in bed most afternoons, {c.he}'s exhausted.",
            ),
        ]
    else:
        turns = [
            ("A", q),
            (
                "C",
                f"I'm awake most of the night with the pain. I get {v}, and then I'm back in bed most of the afternoon because I'm exhausted.",
            ),
        ]
    return _res(
        turns,
        f"{S} sleeps {vr} a night because of pain and returns to bed most afternoons due to exhaustion.",
        f"{S} sleeps {chg} a night because of pain and returns to bed most afternoons due to exhaustion.",
        f"{S} sleeps {vr} a night.",
        f"{S} {said} {c.he} sleeps {chg} a night.",
    )


def _t_continence(r, c):
    v, vr, chg = r.choice(
        [
            (
                "twice a week",
                "about twice a week",
                r.choice(["once a month", "about once a month"]),
            ),
            (
                "most days",
                "on most days",
                r.choice(["once or twice a month", "every few weeks"]),
            ),
            (
                "three or four times a week",
                "three to four times a week",
                r.choice(["about once every couple of months", "perhaps once a month"]),
            ),
        ]
    )
    q = r.choice(
        [
            "Do you have any problems with your bladder or bowels?",
            "Are you able to get to the toilet in time?",
            "Any difficulties with going to the toilet?",
        ]
    )
    S, said = c.subj(), c.said()
    if r.random() < 0.5:
        turns = [
            ("A", q),
            (
                "C",
                f"I have accidents, {v}, so I wear pads all the time now. I have to know where the toilets are before I go anywhere.",
            ),
        ]
    else:
        turns = [
            ("A", q),
            ("C", "It's embarrassing. I don't always make it."),
            ("A", "That's okay, take your time. How often does that happen?"),
            ("C", f"{_cap(v)}. I wear pads all the time now."),
        ]
    return _res(
        turns,
        f"{S} {said} {c.he} has bladder accidents {vr} and wears continence pads all the time.",
        f"{S} {said} {c.he} has bladder accidents {chg} and wears continence pads all the time.",
        f"{S} {said} {c.he} has bladder accidents {vr}.",
        f"{S} {said} {c.he} has occasional bladder accidents, {chg}.",
    )


def _t_eat(r, c):
    v, vr, chg = r.choice(
        [
            ("about an hour", "around an hour", r.choice(["15 minutes", "about 20 minutes"])),
            (
                "forty-five minutes",
                "about 45 minutes",
                r.choice(["10 minutes", "a quarter of an hour"]),
            ),
            (
                "the best part of an hour",
                "nearly an hour",
                r.choice(["around 15 minutes", "20 minutes"]),
            ),
        ]
    )
    q = r.choice(
        [
            "Can you eat and drink without help?",
            "How do you manage at mealtimes?",
            "Do you have any problems with eating?",
        ]
    )
    S, said = c.subj(), c.said()
    turns = [
        ("A", q),
        (
            "C",
            f"{_cap(c.helper_s)} cuts my food up for me at teatime, because my hands are too stiff to use a knife. Even then it takes me {v} to get through a plate, and it's usually gone cold.",
        ),
    ]
    return _res(
        turns,
        f"{S} needs {c.helper_r} to cut up {c.his} food and takes {vr} to finish a meal.",
        f"{S} needs {c.helper_r} to cut up {c.his} food and takes {chg} to finish a meal.",
        f"{S} {said} {c.he} feeds {c.self_}, taking {vr} to finish a meal.",
        f"{S} {said} {c.he} eats independently and finishes a meal in {chg}.",
    )


def _t_housework(r, c):
    v, vr, chg = r.choice(
        [
            ("ten minutes", "about 10 minutes", r.choice(["up to an hour", "an hour"])),
            ("five minutes", "about five minutes", r.choice(["45 minutes", "half an hour"])),
            (
                "a quarter of an hour",
                "15 minutes",
                r.choice(["a couple of hours", "an hour and a half"]),
            ),
        ]
    )
    q = r.choice(
        [
            "Do you do any housework?",
            "What can you do around the house?",
            "Who does the cleaning and the washing up?",
        ]
    )
    S, said = c.subj(), c.said()
    turns = [
        ("A", q),
        (
            "C",
            f"I try to do the washing up. I can do {v} at the sink and then I have to go and sit down. The rest of the housework, {c.helper_s} does it.",
        ),
    ]
    return _res(
        turns,
        f"{S} washes up for {vr} before needing to sit down; {c.helper_r} does the rest of the housework.",
        f"{S} washes up for {chg} before needing to sit down; {c.helper_r} does the rest of the housework.",
        f"{S} {said} {c.he} does the washing up, taking {vr}.",
        f"{S} {said} {c.he} does the washing up and general housework for {chg}.",
    )


def _t_read(r, c):
    v, vr, chg = r.choice(
        [
            (
                "a couple of lines",
                "a couple of lines",
                r.choice(["a full page", "two or three pages"]),
            ),
            (
                "a short text, a sentence or two",
                "a sentence or two",
                r.choice(["several pages", "a whole letter of two pages"]),
            ),
            (
                "the first paragraph",
                "one paragraph",
                r.choice(["a two-page letter", "several pages"]),
            ),
        ]
    )
    q = r.choice(
        [
            "Can you read your own letters?",
            "How do you manage with reading, say your post?",
            "If you get a letter from the DWP, who reads it?",
        ]
    )
    S, said = c.subj(), c.said()
    turns = [
        ("A", q),
        (
            "C",
            f"{_cap(c.helper_s)} reads my post to me. I can manage {v}, then the words just swim about and I get a headache.",
        ),
    ]
    return _res(
        turns,
        f"{S} {said} {c.he} can read {vr} before the words become jumbled and {c.he} gets a headache; {c.helper_r} reads {c.his} post to {c.him}.",
        f"{S} {said} {c.he} can read {chg} before the words become jumbled and {c.he} gets a headache; {c.helper_r} reads {c.his} post to {c.him}.",
        f"{S} {said} {c.he} is able to read {vr}.",
        f"{S} {said} {c.he} reads {c.his} own post, managing {chg} at a time.",
    )


def _t_drive(r, c):
    v, vr, chg = r.choice(
        [
            ("ten minutes", "about 10 minutes", r.choice(["up to an hour", "around an hour"])),
            (
                "five minutes down the road",
                "about five minutes",
                r.choice(["45 minutes", "half an hour or more"]),
            ),
            (
                "a quarter of an hour at most",
                "no more than 15 minutes",
                r.choice(["over an hour", "up to two hours"]),
            ),
        ]
    )
    q = r.choice(
        ["Do you drive?", "Have you still got your driving licence?", "Do you still drive at all?"]
    )
    S, said = c.subj(), c.said()
    turns = [
        ("A", q),
        (
            "C",
            f"I still drive, but only short trips, {v} to the shop and back, and only on a good day. That's maybe once a week.",
        ),
    ]
    if r.random() < 0.5:
        return _res(
            turns,
            f"{S} {said} {c.he} drives short journeys of {vr}, around once a week, and only on good days.",
            f"{S} {said} {c.he} drives journeys of {chg}, around once a week, and only on good days.",
            f"{S} {said} {c.he} drives to the shop, a journey of {vr}, around once a week.",
            f"{S} {said} {c.he} drives daily, for journeys of {chg}.",
        )
    return _res(
        turns,
        f"{S} drives short distances of {vr}, roughly once a week, on good days only.",
        f"{S} drives short distances of {vr}, roughly {r.choice(['four or five times a week', 'every day'])}, on good days only.",
        f"{S} drives to the shop, a trip of {vr}, roughly once a week.",
        f"{S} drives to the shop {r.choice(['every day', 'most days'])}.",
    )


TOPICS = {
    "walk": _t_walk,
    "supermarket": _t_supermarket,
    "stand": _t_stand,
    "sit": _t_sit,
    "cook": _t_cook,
    "meds": _t_meds,
    "wash": _t_wash,
    "dress": _t_dress,
    "panic": _t_panic,
    "bus": _t_bus,
    "friends": _t_friends,
    "stairs": _t_stairs,
    "lift": _t_lift,
    "seizure": _t_seizure,
    "tv": _t_tv,
    "sleep": _t_sleep,
    "continence": _t_continence,
    "eat": _t_eat,
    "housework": _t_housework,
    "read": _t_read,
    "drive": _t_drive,
}


# never-said statements: (keywords that must not appear in the dialogue, template)
_NEVER = [
    (("dog",), "{S} stated that {he} walks {his} dog twice a day."),
    (("gym",), "{S} reported going to the gym three times a week."),
    (("charity", "volunteer"), "{S} said {he} volunteers in a charity shop on Saturday mornings."),
    (
        ("holiday", "spain", "flight", "fly"),
        "{S} stated {he} went on holiday to Spain last summer and managed the flight without difficulty.",
    ),
    (("fishing",), "{S} told me {he} goes fishing with friends most weekends."),
    (("swim", "leisure centre"), "{S} reported swimming at the leisure centre once a week."),
    (
        ("college", "course"),
        "{S} stated that {he} is currently attending a college course two days a week.",
    ),
    (("grandchild", "school"), "{S} said {he} looks after {his} grandchildren after school."),
    (("garden", "lawn"), "{S} stated that {he} enjoys gardening and mows the lawn every week."),
    (("cycl", "bike"), "{S} reported cycling to the local shops."),
    (
        ("father", "dad", "carer", "caring"),
        "{S} stated that {he} is the main carer for {his} elderly father.",
    ),
    (
        ("drive", "driv", "school", "children"),
        "{S} said {he} drives {his} children to school every day.",
    ),
    (("church", "choir"), "{S} reported singing in the church choir on Sundays."),
    (
        ("computer", "game", "online"),
        "{S} stated {he} spends several hours each evening playing online games.",
    ),
]


def _impossible(r, c, mode):
    n = r.choice([35, 40, 45, 50, 55, 60, 65, 75])
    h = r.choice([9, 10, 11, 13, 14, 15])
    m = r.choice([0, 5, 10, 15, 20, 30, 45])
    end = h * 60 + m + n
    S = c.subj()
    opts = [
        f"The consultation began at {h:02d}:{m:02d} and ended at {end // 60:02d}:{end % 60:02d}.",
        f"The assessment lasted approximately {n} minutes and {c.he} did not ask for a break at any point.",
        f"Total consultation time was {n} minutes, during which {c.he} answered questions appropriately.",
    ]
    if mode == "face to face":
        opts += [
            f"{S} sat throughout the {n}-minute consultation with no obvious discomfort and did not need to stand or shift position.",
            f"{S} was observed to sit comfortably for {n} minutes during the consultation.",
        ]
    elif mode == "telephone":
        opts += [
            f"{S} remained on the call for {n} minutes and followed all of the questions without difficulty.",
            f"{S} maintained concentration throughout the {n}-minute telephone call.",
        ]
    else:
        opts += [
            f"{S} was visible on camera for around {n} minutes and sat still throughout without signs of pain.",
            f"{S} was observed on video sitting comfortably for {n} minutes.",
        ]
    return r.choice(opts)


def _opening(r, c, mode, ben):
    ben_s = {"PIP": "Personal Independence Payment", "WCA": "work capability"}[ben]
    comp = ""
    if c.comp:
        comp = r.choice(
            [
                f" My {c.rel}, {c.cname}, is here with me as well, if that's alright.",
                f" I've got my {c.rel} with me, {c.cname}, because I get muddled.",
                f" {c.cname}, my {c.rel}, is sitting in with me.",
            ]
        )
    if mode == "telephone":
        a = r.choice(
            [
                f"Hello, is that {c.first}? My name's {c.aname}, I'm {c.prof_a} and I'll be doing your {ben_s} assessment over the phone today. I understand you're recording the call, is that still okay?",
                f"Good morning, am I speaking to {c.title} {c.surname}? It's {c.aname} here, I'm the {c.prof} doing your {ben_s} assessment. Before we start, you did ask to record this call, is that right?",
            ]
        )
        b = r.choice(
            [
                "Yes, that's right, I've got it on speaker.",
                "Yes, it's recording now.",
                "That's me, yes. Yes, I'm recording it.",
            ]
        )
    elif mode == "video":
        a = f"Hi {c.first}, can you see and hear me okay? I'm {c.aname}, {c.prof_a}, and this is your {ben_s} assessment by video. You mentioned you'd be recording on your side, that's fine."
        b = r.choice(
            [
                "Yes, I can see you. Yes, I've got it recording.",
                "I can hear you fine. Thanks, yes, it's recording.",
            ]
        )
    else:
        a = r.choice(
            [
                f"Come in, take a seat wherever's comfortable. I'm {c.aname}, one of the {c.prof}s here. This is your {ben_s} assessment, and I see you've brought a recorder, that's absolutely fine.",
                f"Hello {c.first}, I'm {c.aname}, I'm {c.prof_a}. Have a seat. We agreed you'd record today, so if you want to switch that on now, go ahead.",
            ]
        )
        b = r.choice(["Thank you. It's on now.", "Thanks. Right, it's recording."])
    return [("A", a), ("C", b + comp)]


def _closing(r, c):
    return (
        "A",
        r.choice(
            [
                "Right, that's everything I need. The decision maker will write to you. Thank you for your time.",
                "Okay, I think I've got all I need. Is there anything else you want to add? No? Then we'll finish there. Thank you.",
                "That's all my questions. Thanks very much, the DWP will be in touch.",
            ]
        ),
    )


def make_case_12(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    r = random.Random(seed)
    c = _Ctx(r)
    mode = r.choice(["face to face", "telephone", "telephone", "video"])
    ben = r.choice(["PIP", "WCA"])
    va, vc, vp = r.sample(VOICES, 3)

    k = r.choice([4, 5, 5, 6])
    names = r.sample(sorted(TOPICS), k)
    built = [TOPICS[n](r, c) for n in names]

    opening = _opening(r, c, mode, ben)
    closing = [_closing(r, c)]
    comp_speaks = any(w == "P" for b in built for w, _ in b["turns"])
    extra = []
    if c.comp and not comp_speaks:
        extra = [
            (
                "P",
                r.choice(
                    [
                        f"Hiya. I'm {c.his} {c.rel}.",
                        "Hello. I'll just chip in if I need to.",
                        f"Hi, yes, I'm {c.cname}.",
                    ]
                ),
            )
        ]

    def total():
        return len(opening) + len(extra) + sum(len(b["turns"]) for b in built) + len(closing)

    while total() > 18 and len(built) > 4:
        i = max(range(len(built)), key=lambda j: len(built[j]["turns"]))
        del built[i]
        if c.comp and extra == [] and not any(w == "P" for b in built for w, _ in b["turns"]):
            extra = [("P", f"Hi, yes, I'm {c.cname}, {c.his} {c.rel}.")]
    if total() > 18:
        closing = []

    # plan labels: one topic faithful, about half of the rest with a changed number
    idx = list(range(len(built)))
    r.shuffle(idx)
    plan = {idx[0]: "sup"}
    others = idx[1:]
    n_num = max(1, (len(others) + r.choice([0, 1])) // 2)
    for i in others[:n_num]:
        if built[i]["both"] and r.random() < 0.3:
            plan[i] = "both"
        else:
            plan[i] = "num"
    for i in others[n_num:]:
        if built[i]["qual"] and r.random() < 0.8:
            plan[i] = "qual"
        else:
            plan[i] = "sup"

    statements: list[tuple[str, set[str]]] = []
    for i, b in enumerate(built):
        kind = plan[i]
        if kind == "num":
            statements.append((b["num"], {NUM}))
        elif kind == "both":
            statements.append((b["both"], {NUM, QUAL}))
        elif kind == "qual":
            statements.append((b["qual"], {QUAL}))
        else:
            statements.append((b[SUP], {SUP}))

    turns = opening + extra + [t for b in built for t in b["turns"]] + closing
    spoken = " ".join(t for _, t in turns).lower()
    pool = [tpl for keys, tpl in _NEVER if not any(kw in spoken for kw in keys)]
    never = r.choice(pool).format(S=c.subj(), he=c.he, his=c.his, him=c.him)
    statements.insert(r.randint(0, len(statements)), (never, {NEVER}))
    imp = (_impossible(r, c, mode), {IMPOSSIBLE})
    if r.random() < 0.6:
        statements.insert(0, imp)
    else:
        statements.insert(r.randint(0, len(statements)), imp)

    voice = {"A": (0, va), "C": (1, vc), "P": (1, vp)}
    dialogue = [(voice[w][0], voice[w][1], text) for w, text in turns]
    return dialogue, statements
