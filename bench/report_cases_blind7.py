"""Blind held-out set 9 of assessment-report cases.

Written without looking at the comparison code, tests, docs or other benchmark
data. Each statement is labelled as an experienced welfare-rights adviser would
label it against the dialogue of the recorded interview.
"""
# ruff: noqa: E501

from __future__ import annotations

import random
import re

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

SUP = "supported"
NUM = "number_changed"
QUAL = "qualifier_dropped"
NEVER = "never_said"
IMP = "impossible"

# ---------------------------------------------------------------------------
# Topic pool.  Each topic: assessor question(s), claimant answers with a
# qualifier ("vague" has no figure, "full" has figure and qualifier), a
# follow-up asking for the figure, companion versions, the amounts the claimant
# may give (value, spoken forms, report forms), materially different report
# figures, faithful statement formats and qualifier-dropping formats.
# ---------------------------------------------------------------------------

TOPICS: list[dict] = [
    dict(
        key="walk_distance",
        group="walk",
        name="the walking",
        slots={
            "aid": [
                {"aid_d": "my stick", "aid_r": "a walking stick"},
                {"aid_d": "my crutches", "aid_r": "elbow crutches"},
                {"aid_d": "my rollator", "aid_r": "a wheeled walker"},
            ],
            "why": [
                {"why_d": "the pain in my hips", "why_r": "pain in {pos} hips"},
                {"why_d": "my knees, they just give out", "why_r": "knee pain"},
                {"why_d": "my chest, I get so out of breath", "why_r": "breathlessness"},
                {
                    "why_d": "the pain that shoots down my leg",
                    "why_r": "pain radiating down {pos} leg",
                },
            ],
        },
        q=[
            "Let's talk about getting around outside. How far can you walk before you have to stop?",
            "How far would you say you can walk on a flat pavement?",
            "Can you tell me about walking? What sort of distance can you manage?",
            "If you set off from your front door, how far would you get before you had to stop?",
        ],
        vague=[
            "Not far at all. I use {aid_d} and I have to stop because of {why_d}.",
            "Honestly, not very far. I've always got {aid_d} with me, and {why_d}.",
            "It's not good. I lean on {aid_d}, and after a bit it's {why_d}, so I just have to stand still.",
        ],
        full=[
            "With {aid_d}, {amt}, and then I have to stop because of {why_d}.",
            "I'd say {amt}. That's with {aid_d}, and then I have to stop, it's {why_d}.",
            "About {amt} using {aid_d}. Then I've got to stop and wait, because of {why_d}.",
        ],
        fu=[
            "Can you put a distance on that for me?",
            "Roughly how far would that be, in metres or yards?",
            "If you had to guess, how far is that?",
        ],
        fig=[
            "{Amt}, maybe. Then I have to stand and wait for it to ease off.",
            "About {amt}, I'd say.",
            "I'd guess {amt}. Not much more than that.",
        ],
        comp=[
            "Can I just say, {s} gets about {amt} and then {s} has to stop. I walk with {obj}, so I see it.",
            "It's {amt} at the very most. I've watched {obj}.",
            "{Amt}, and that's on a good stretch. Then {s}'s leaning on a wall.",
        ],
        amounts=[
            (
                15,
                ["fifteen metres", "fifteen metres or so"],
                ["15 metres", "approximately 15 metres", "around 15m"],
            ),
            (
                20,
                ["twenty metres", "twenty metres, maybe a bit less"],
                ["20 metres", "approximately 20 metres", "about twenty metres"],
            ),
            (
                27,
                ["thirty yards", "thirty yards or thereabouts"],
                ["30 yards", "approximately 30 yards", "around 25 to 30 metres"],
            ),
            (
                30,
                ["thirty metres", "thirty metres if I push it"],
                ["30 metres", "approximately 30m", "around thirty metres"],
            ),
            (
                45,
                ["fifty yards", "fifty yards, not much more"],
                ["50 yards", "approximately 50 yards", "about 45 metres"],
            ),
        ],
        chg=[
            (100, ["100 metres", "approximately 100 metres", "around a hundred metres"]),
            (150, ["150 metres", "approximately 150m"]),
            (200, ["200 metres", "about 200 metres"]),
            (300, ["over 200 metres", "around 300 metres"]),
            (400, ["400 metres", "a quarter of a mile"]),
        ],
        sup=[
            "{Src} {said} that {s} can walk {fig} using {aid_r} before having to stop due to {why_r}.",
            "{Cl} mobilises {fig} with {aid_r} and then needs to stop because of {why_r}.",
            "{Src} {said} {s} is able to walk {fig} with {aid_r}, after which {s} must stop because of {why_r}.",
        ],
        drop=[
            "{Src} {said} that {s} can walk {fig}.",
            "{Cl} is able to mobilise {fig} outdoors.",
            "{Src} {said} {s} is able to walk {fig} on level ground.",
        ],
    ),
    dict(
        key="walk_time",
        group="walk",
        name="how long you can walk for",
        slots={
            "stop": [
                {
                    "stop_d": "I have to find something to lean on",
                    "stop_r": "has to stop and lean on something",
                },
                {
                    "stop_d": "I have to sit down wherever I am",
                    "stop_r": "has to stop and sit down",
                },
                {
                    "stop_d": "I'm in agony and have to stop",
                    "stop_r": "has to stop because of severe pain",
                },
            ],
        },
        q=[
            "Thinking about time rather than distance, how long can you keep walking for?",
            "How long are you able to be on your feet walking before you need to stop?",
            "When you're out walking, how long can you keep going?",
        ],
        vague=[
            "Not long. I go really slowly, and then {stop_d}.",
            "Hardly any time. I shuffle along, and then {stop_d}.",
        ],
        full=[
            "Maybe {amt}, going very slowly, and then {stop_d}.",
            "{Amt}, tops. I'm slow, and after that {stop_d}.",
        ],
        fu=[
            "How many minutes would you say?",
            "Can you give me a rough time on that?",
            "And in minutes, roughly?",
        ],
        fig=[
            "{Amt}, I'd say.",
            "Oh, {amt}. No more than that.",
            "Probably {amt}.",
        ],
        comp=[
            "It's {amt}, honestly. I time it when we go out because {s} gets so upset about it.",
            "{Amt}. I'm always with {obj} and that's about it before {s} has to stop.",
        ],
        amounts=[
            (
                2,
                ["two minutes", "a couple of minutes"],
                ["2 minutes", "a couple of minutes", "around two minutes"],
            ),
            (3, ["three minutes", "three minutes or so"], ["3 minutes", "about three minutes"]),
            (
                5,
                ["five minutes", "five minutes at the most"],
                ["5 minutes", "approximately five minutes", "up to 5 minutes"],
            ),
        ],
        chg=[
            (15, ["15 minutes", "around a quarter of an hour"]),
            (20, ["20 minutes", "about twenty minutes"]),
            (30, ["30 minutes", "half an hour"]),
        ],
        sup=[
            "{Src} {said} that {s} can walk for around {fig}, very slowly, and then {stop_r}.",
            "{Cl} walks slowly for {fig} before {s} {stop_r}.",
        ],
        drop=[
            "{Src} {said} that {s} can walk for around {fig}.",
            "{Cl} is able to walk for {fig} at a time.",
        ],
    ),
    dict(
        key="standing",
        group="stand",
        name="the standing",
        slots={
            "hold": [
                {
                    "hold_d": "holding on to the worktop",
                    "hold_r": "holding on to a worktop for support",
                },
                {"hold_d": "gripping the back of a chair", "hold_r": "holding a chair for support"},
                {"hold_d": "leaning against the wall", "hold_r": "leaning against a wall"},
            ],
        },
        q=[
            "How long can you stand for, say at the sink or in a queue?",
            "What about standing still? How long can you manage?",
            "If you were standing in a queue, how long before you'd need to sit?",
        ],
        vague=[
            "Not long at all, and only if I'm {hold_d}. Then my back goes and I have to sit.",
            "I can't stand for long. I have to be {hold_d}, and then I need to sit down.",
        ],
        full=[
            "About {amt}, and that's {hold_d}. Then I have to sit down.",
            "{Amt}, if I'm {hold_d}. After that I've got to sit.",
        ],
        fu=[
            "And how long is that, roughly?",
            "Could you give me an idea in minutes?",
            "How many minutes, would you say?",
        ],
        fig=[
            "{Amt}, something like that.",
            "Maybe {amt}. It's not long.",
            "I'd say {amt}.",
        ],
        comp=[
            "It's {amt}. When {s} does the washing up {s} has to stop and sit halfway through.",
            "I'd say {amt}, then {s} has to sit. I see it every day.",
        ],
        amounts=[
            (5, ["five minutes", "five minutes or so"], ["5 minutes", "about five minutes"]),
            (
                10,
                ["ten minutes", "ten minutes, maybe"],
                ["10 minutes", "approximately ten minutes", "around 10 minutes"],
            ),
            (
                12,
                ["ten, fifteen minutes", "ten to fifteen minutes"],
                ["10 to 15 minutes", "between ten and fifteen minutes"],
            ),
        ],
        chg=[
            (30, ["30 minutes", "half an hour"]),
            (45, ["45 minutes", "around three quarters of an hour"]),
            (60, ["an hour", "up to an hour"]),
        ],
        sup=[
            "{Src} {said} that {s} can stand for {fig} while {hold_r}, after which {s} needs to sit down.",
            "{Cl} can stand for around {fig}, {hold_r}, before needing to sit.",
        ],
        drop=[
            "{Src} {said} that {s} can stand for {fig}.",
            "{Cl} is able to stand for around {fig}.",
        ],
    ),
    dict(
        key="sitting",
        group="sit",
        name="sitting",
        slots={
            "part": [
                {"part_d": "my back", "part_r": "{pos} back"},
                {"part_d": "my hips", "part_r": "{pos} hips"},
                {"part_d": "my neck and shoulders", "part_r": "{pos} neck and shoulders"},
            ],
        },
        q=[
            "What about sitting? How long can you sit in a chair before you need to get up?",
            "If you're sat watching something, how long before you have to move?",
            "How are you with sitting for a while?",
        ],
        vague=[
            "Not great. I get so stiff in {part_d} that I have to get up and walk about.",
            "I keep shifting about because of {part_d}, and then I've got to get up.",
        ],
        full=[
            "About {amt}, then I get so stiff in {part_d} that I have to get up and move around.",
            "{Amt}, and I'm fidgeting the whole time because of {part_d}. Then I have to stand up.",
        ],
        fu=[
            "Roughly how long, in minutes?",
            "And how long is that before you have to get up?",
            "Could you put a time on that?",
        ],
        fig=[
            "{Amt}, maybe.",
            "About {amt}. Not longer.",
            "Probably {amt}, then I'm up.",
        ],
        comp=[
            "{Amt}. I notice because {s} is up and down all evening.",
            "About {amt}, and then {s} has to get up. Even at mealtimes.",
        ],
        amounts=[
            (
                15,
                ["fifteen minutes", "a quarter of an hour"],
                ["15 minutes", "around a quarter of an hour"],
            ),
            (
                20,
                ["twenty minutes", "twenty minutes or so"],
                ["20 minutes", "approximately twenty minutes"],
            ),
            (
                25,
                ["twenty, twenty five minutes", "twenty five minutes"],
                ["20 to 25 minutes", "about 25 minutes"],
            ),
        ],
        chg=[
            (60, ["an hour", "1 hour", "up to an hour"]),
            (90, ["an hour and a half", "90 minutes"]),
            (120, ["two hours", "over an hour"]),
        ],
        sup=[
            "{Src} {said} that {s} can sit for {fig} before {s} has to get up and move because of stiffness and pain in {part_r}.",
            "{Cl} can sit for around {fig}, shifting position due to pain in {part_r}, and then needs to stand and move around.",
        ],
        drop=[
            "{Src} {said} that {s} can sit for {fig} without difficulty.",
            "{Cl} is able to sit comfortably for around {fig}.",
        ],
    ),
    dict(
        key="cooking",
        group="food",
        name="the cooking",
        slots={
            "aid": [
                {"aid_d": "I sit on a perching stool at the worktop", "aid_r": "a perching stool"},
                {
                    "aid_d": "{helper_d} has to do all the chopping for me",
                    "aid_r": "{helper_r} doing the chopping",
                },
                {
                    "aid_d": "I use one of those kettle tippers and a stool",
                    "aid_r": "a kettle tipper and a stool",
                },
            ],
        },
        q=[
            "Do you cook for yourself at all?",
            "Tell me about preparing meals. Do you make anything from scratch?",
            "How do you get on with cooking a simple meal?",
        ],
        vague=[
            "Only simple things, mostly the microwave. When I do cook properly, {aid_d}.",
            "Not really. It's mostly ready meals. If I do a proper meal, {aid_d}.",
        ],
        full=[
            "I do a proper meal maybe {amt}, and when I do, {aid_d}. The rest is microwave stuff.",
            "Proper cooking, {amt}. {Aid_d}. Otherwise it's ready meals.",
        ],
        fu=[
            "How often would you cook a proper meal, then?",
            "And how many times a week is that, roughly?",
            "How often does that happen?",
        ],
        fig=[
            "{Amt}, if that.",
            "Maybe {amt}.",
            "Oh, {amt}, I'd say.",
        ],
        comp=[
            "It's {amt}, really. I do most of the cooking now.",
            "{Amt}. The rest of the time I cook, or it's something in the microwave.",
        ],
        amounts=[
            (
                1,
                ["once a week", "once a week, on a Sunday"],
                ["once a week", "about once weekly", "one day a week"],
            ),
            (
                2,
                ["twice a week", "a couple of times a week"],
                ["twice a week", "around twice weekly", "two times a week"],
            ),
            (
                0.5,
                ["once a fortnight", "every other week"],
                ["once a fortnight", "about every two weeks"],
            ),
        ],
        chg=[
            (5, ["most days", "five days a week"]),
            (7, ["every day", "daily"]),
            (6, ["six times a week", "nearly every day"]),
        ],
        sup=[
            "{Src} {said} that {s} cooks a meal from fresh ingredients {fig}, using {aid_r}, and otherwise relies on microwave meals.",
            "{Cl} prepares a simple cooked meal {fig} with {aid_r}.",
        ],
        drop=[
            "{Src} {said} that {s} cooks a meal from fresh ingredients {fig}.",
            "{Cl} prepares a simple cooked meal {fig}.",
        ],
    ),
    dict(
        key="washing",
        group="wash",
        name="the showering",
        slots={},
        q=[
            "How often do you manage a bath or a shower?",
            "Let's move on to washing. How often do you have a shower?",
            "And what about bathing? How do you get on?",
        ],
        vague=[
            "Not as often as I should. {Helper_d} has to help me in and out, I can't lift my legs over the side.",
            "It's hard. I need {helper_d} there to get me in and out, otherwise I'd fall.",
        ],
        full=[
            "About {amt}, and {helper_d} has to help me in and out, because I can't lift my legs over.",
            "{Amt}. {Helper_d} helps me in and out, I can't do it on my own.",
        ],
        fu=[
            "And how often is that?",
            "How many times a week would you say?",
            "So how often are you getting a shower?",
        ],
        fig=[
            "{Amt}, to be honest.",
            "Probably {amt}.",
            "{Amt}. I have a wash at the sink otherwise.",
        ],
        comp=[
            "It's {amt}. I have to be there to help {obj} in and out every time.",
            "{Amt}, and I do it with {obj}, {s} can't manage the step on {pos} own.",
        ],
        amounts=[
            (
                1,
                ["once a week", "just once a week"],
                ["once a week", "once weekly", "about one shower a week"],
            ),
            (
                2,
                ["twice a week", "two times a week"],
                ["twice a week", "twice weekly", "two showers a week"],
            ),
            (
                1.5,
                ["once, maybe twice a week", "once or twice a week"],
                ["once or twice a week", "one to two times weekly"],
            ),
        ],
        chg=[
            (7, ["daily", "every day", "once a day"]),
            (5, ["most days", "five times a week"]),
        ],
        sup=[
            "{Src} {said} that {s} showers {fig} and needs {helper_r} to help {obj} in and out of the bath or shower.",
            "{Cl} bathes {fig}; {helper_r} assists {obj} to get in and out.",
        ],
        drop=[
            "{Src} {said} that {s} showers {fig}.",
            "{Cl} bathes {fig}.",
        ],
    ),
    dict(
        key="dressing",
        group="dress",
        name="getting dressed",
        slots={
            "bit": [
                {"bit_d": "my socks and shoes", "bit_r": "socks and shoes"},
                {"bit_d": "buttons and zips", "bit_r": "buttons and zips"},
                {"bit_d": "anything over my head, and my bra", "bit_r": "upper body clothing"},
            ],
        },
        q=[
            "How long does it take you to get dressed in the morning?",
            "Tell me about getting dressed. Can you do it on your own?",
            "What about dressing? How do you manage?",
        ],
        vague=[
            "It takes forever. And {helper_d} has to do {bit_d} for me.",
            "I can do some of it, but {helper_d} does {bit_d}. It takes ages.",
        ],
        full=[
            "{Amt}, easily. And {helper_d} still has to do {bit_d}.",
            "It takes me {amt}, and I need {helper_d} for {bit_d}.",
        ],
        fu=[
            "Roughly how long does it take?",
            "And how long would that be, from start to finish?",
            "Can you give me an idea of how long?",
        ],
        fig=[
            "{Amt}, at least.",
            "Oh, {amt}. Sometimes longer.",
            "About {amt}.",
        ],
        comp=[
            "It's {amt}, and I do {bit_r} for {obj}.",
            "{Amt}, and I'm in there helping {obj} with {bit_r}.",
        ],
        amounts=[
            (
                30,
                ["half an hour", "thirty minutes"],
                ["30 minutes", "half an hour", "around thirty minutes"],
            ),
            (
                40,
                ["forty minutes", "forty minutes or so"],
                ["40 minutes", "approximately forty minutes"],
            ),
            (
                45,
                ["three quarters of an hour", "forty five minutes"],
                ["45 minutes", "three quarters of an hour"],
            ),
            (
                55,
                ["the best part of an hour", "nearly an hour"],
                ["nearly an hour", "approximately 55 minutes", "almost an hour"],
            ),
        ],
        chg=[
            (5, ["5 minutes", "a few minutes"]),
            (10, ["10 minutes", "about ten minutes"]),
            (15, ["15 minutes", "a quarter of an hour"]),
        ],
        sup=[
            "{Src} {said} that it takes {obj} {fig} to get dressed and {helper_r} helps with {bit_r}.",
            "{Cl} dresses in around {fig}, with {helper_r} assisting with {bit_r}.",
        ],
        drop=[
            "{Src} {said} that it takes {obj} {fig} to get dressed.",
            "{Cl} dresses independently in around {fig}.",
        ],
    ),
    dict(
        key="medication",
        group="meds",
        name="the tablets",
        slots={},
        q=[
            "Do you manage your own tablets?",
            "How do you get on with your medication? Do you remember to take it?",
            "Who looks after your medication?",
        ],
        vague=[
            "{Helper_d} puts them in a dosette box and reminds me, otherwise I'd forget. I still miss them sometimes.",
            "Not really. {Helper_d} has to remind me, my memory's shot. I do still miss them.",
        ],
        full=[
            "{Helper_d} sets them out and reminds me, and I still miss them {amt}.",
            "I forget. Even with {helper_d} reminding me I miss them {amt}.",
        ],
        fu=[
            "How often do you miss them?",
            "And roughly how often would you miss a dose?",
            "How many times a week would that happen?",
        ],
        fig=[
            "{Amt}, probably.",
            "Oh, {amt}.",
            "I'd say {amt}.",
        ],
        comp=[
            "I remind {obj} every morning, and {s} still misses them {amt}.",
            "{Amt}, even with me nagging. I find them on the side.",
        ],
        amounts=[
            (
                2.5,
                ["two or three times a week", "a couple of times a week, maybe three"],
                ["two to three times a week", "2-3 times weekly"],
            ),
            (
                3.5,
                ["three or four times a week", "three, four times a week"],
                ["three to four times a week", "3-4 times per week"],
            ),
            (
                5,
                ["most days", "five days out of seven"],
                ["most days", "on the majority of days"],
            ),
        ],
        chg=[
            (0.25, ["about once a month", "once a month"]),
            (0.35, ["once or twice a month", "occasionally, around once a month"]),
            (0.1, ["rarely, perhaps once every couple of months", "once every two months"]),
        ],
        sup=[
            "{Src} {said} that {s} misses {pos} medication {fig} even though {helper_r} prompts {obj} and sets out a dosette box.",
            "{Cl} relies on {helper_r} for prompting with medication and still misses doses {fig}.",
        ],
        drop=[
            "{Src} {said} that {s} misses {pos} medication {fig}.",
            "{Cl} manages {pos} own medication using a dosette box and misses doses {fig}.",
        ],
    ),
    dict(
        key="going_out",
        group="out",
        name="going out",
        slots={},
        q=[
            "Do you go out on your own?",
            "How often do you leave the house?",
            "Tell me about going out. Do you go anywhere by yourself?",
        ],
        vague=[
            "No, never on my own. If {helper_d} isn't with me I panic and have to come home.",
            "Not on my own. I only go if {helper_d} comes, I get too anxious.",
        ],
        full=[
            "Only {amt}, and only if {helper_d} comes with me. I panic otherwise.",
            "{Amt}, and never on my own. {Helper_d} has to be with me.",
        ],
        fu=[
            "And how often do you go out?",
            "So roughly how often would you leave the house?",
            "How many times a week or a month is that?",
        ],
        fig=[
            "{Amt}, if that.",
            "Maybe {amt}.",
            "{Amt}. Mostly for appointments.",
        ],
        comp=[
            "{Amt}, and I'm always with {obj}. {S} won't go on {pos} own.",
            "Honestly, {amt}, and only with me.",
        ],
        amounts=[
            (
                0.5,
                ["twice a month", "a couple of times a month"],
                ["twice a month", "a couple of times a month"],
            ),
            (1, ["once a week", "once a week, for the shopping"], ["once a week", "weekly"]),
            (0.25, ["once a month", "about once a month"], ["once a month", "around monthly"]),
        ],
        chg=[
            (4.5, ["four or five times a week", "4-5 times a week"]),
            (7, ["daily", "every day"]),
            (5, ["most days", "on most days"]),
        ],
        sup=[
            "{Src} {said} that {s} goes out {fig} and only when accompanied by {helper_r} because of anxiety.",
            "{Cl} leaves the house {fig}, always with {helper_r}, as {s} panics when alone.",
        ],
        drop=[
            "{Src} {said} that {s} goes out {fig}.",
            "{Cl} leaves the house {fig}.",
        ],
    ),
    dict(
        key="panic",
        group="mental",
        name="the panic attacks",
        slots={
            "after": [
                {
                    "after_d": "I'm shaking and I can't do anything for the rest of the day",
                    "after_r": "leave {obj} shaking and unable to do anything for the rest of the day",
                },
                {
                    "after_d": "I can't breathe, I think I'm dying, and I'm wiped out after",
                    "after_r": "leave {obj} breathless, frightened and exhausted",
                },
            ],
        },
        q=[
            "You mentioned anxiety. How often do you get panic attacks?",
            "Do you have panic attacks? How often?",
            "Tell me about the panic attacks.",
        ],
        vague=[
            "They're awful. {After_d}.",
            "A lot. When one comes, {after_d}.",
        ],
        full=[
            "{Amt}. And {after_d}.",
            "I get them {amt}, and {after_d}.",
        ],
        fu=[
            "How often do they happen?",
            "And how many would you have in a week?",
            "Roughly how often is that?",
        ],
        fig=[
            "{Amt}.",
            "{Amt}, at the moment.",
            "Probably {amt}.",
        ],
        comp=[
            "{Amt}, I'd say. I'm the one sitting with {obj} through them.",
            "It's {amt}. Some weeks more.",
        ],
        amounts=[
            (
                4.5,
                ["four or five times a week", "four or five a week"],
                ["four to five times a week", "4-5 times weekly"],
            ),
            (
                3.5,
                ["three or four times a week", "three or four a week"],
                ["three to four times per week", "3-4 times a week"],
            ),
            (7, ["every day", "at least once a day"], ["daily", "at least once a day"]),
        ],
        chg=[
            (1, ["once a week", "about once weekly"]),
            (0.35, ["once or twice a month", "a couple of times a month"]),
            (0.25, ["about once a month", "monthly"]),
        ],
        sup=[
            "{Src} {said} that {s} has panic attacks {fig}, which {after_r}.",
            "{Cl} experiences panic attacks {fig}; these {after_r}.",
        ],
        drop=[
            "{Src} {said} that {s} has panic attacks {fig}.",
            "{Cl} experiences panic attacks {fig}.",
        ],
    ),
    dict(
        key="stairs",
        group="stairs",
        name="the stairs",
        slots={
            "how": [
                {
                    "how_d": "hanging on to the banister with both hands",
                    "how_r": "holding the banister with both hands",
                },
                {
                    "how_d": "one at a time, both feet on each step, holding the rail",
                    "how_r": "one step at a time holding the rail",
                },
            ],
        },
        q=[
            "Do you have stairs at home? How do you manage them?",
            "How are you with steps and stairs?",
            "Can you get up a flight of stairs?",
        ],
        vague=[
            "Badly. I go up {how_d}, and I have to stop partway to get my breath.",
            "I struggle. It's {how_d}, and I have to stop and rest halfway.",
        ],
        full=[
            "I can do {amt}, {how_d}, and then I have to stop and rest.",
            "About {amt}, {how_d}. Then I've got to stop and get my breath back.",
        ],
        fu=[
            "How many steps before you need to stop?",
            "Roughly how many stairs can you do in one go?",
            "And how many steps is that, would you say?",
        ],
        fig=[
            "{Amt}, then I stop.",
            "About {amt}.",
            "{Amt}, maybe.",
        ],
        comp=[
            "It's {amt}, then {s} sits on the stairs for a bit. I go up behind {obj} in case {s} falls.",
            "{Amt} and {s} has to stop. I follow {obj} up.",
        ],
        amounts=[
            (
                4.5,
                ["four or five steps", "four or five stairs"],
                ["four or five steps", "4-5 stairs"],
            ),
            (6, ["half a dozen steps", "six steps"], ["six steps", "half a dozen stairs"]),
            (
                3,
                ["three steps", "two or three steps, three at most"],
                ["three steps", "up to 3 stairs"],
            ),
        ],
        chg=[
            (13, ["a full flight of stairs", "a flight of around 13 stairs"]),
            (12, ["12 steps", "twelve stairs"]),
            (15, ["15 stairs", "around fifteen steps"]),
        ],
        sup=[
            "{Src} {said} that {s} can climb {fig} {how_r} before needing to stop and rest.",
            "{Cl} manages {fig} {how_r}, then stops to rest.",
        ],
        drop=[
            "{Src} {said} that {s} can climb {fig}.",
            "{Cl} is able to manage {fig}.",
        ],
    ),
    dict(
        key="seizures",
        group="episodes",
        name="the seizures",
        slots={},
        q=[
            "How often are you having seizures at the moment?",
            "Tell me about your epilepsy. How often do you have a seizure?",
            "And the seizures, how frequent are they?",
        ],
        vague=[
            "Too often. I don't get any warning, and afterwards I'm confused, so someone has to stay with me.",
            "They just come out of nowhere. After one I don't know where I am and I need someone with me.",
        ],
        full=[
            "About {amt}. No warning at all, and afterwards someone has to sit with me because I'm confused.",
            "{Amt}. I don't get a warning, and I'm all over the place afterwards, I need someone there.",
        ],
        fu=[
            "How many would you have in a typical month?",
            "And how often does that happen?",
            "Roughly how often are they?",
        ],
        fig=[
            "{Amt}, at the moment.",
            "About {amt}.",
            "{Amt}, even on the new tablets.",
        ],
        comp=[
            "{Amt}. I keep a diary of them. I have to stay with {obj} after each one.",
            "It's {amt}, I write them all down.",
        ],
        amounts=[
            (2, ["twice a week", "two a week"], ["twice a week", "two per week"]),
            (3, ["three times a week", "three a week"], ["three times a week", "3 per week"]),
            (
                1.2,
                ["once a week, sometimes more", "at least once a week"],
                ["at least once a week", "weekly or more often"],
            ),
        ],
        chg=[
            (0.25, ["once a month", "about monthly"]),
            (0.12, ["once every two months", "every couple of months"]),
            (0.05, ["two or three times a year", "a few times a year"]),
        ],
        sup=[
            "{Src} {said} that {s} has seizures {fig}, without warning, and needs someone to stay with {obj} afterwards.",
            "{Cl} has seizures {fig} with no warning and is confused afterwards, requiring someone to stay with {obj}.",
        ],
        drop=[
            "{Src} {said} that {s} has seizures {fig}.",
            "{Cl} has seizures {fig}.",
        ],
    ),
    dict(
        key="eating",
        group="food2",
        name="eating",
        slots={},
        q=[
            "Any problems with eating and drinking?",
            "How do you manage at mealtimes?",
            "Can you cut up your food and eat on your own?",
        ],
        vague=[
            "My hands don't grip, so {helper_d} has to cut everything up for me, and it takes me ages.",
            "It's slow. {Helper_d} cuts my food up for me because of my hands.",
        ],
        full=[
            "It takes me {amt} to get through a meal, and {helper_d} has to cut it up for me.",
            "{Amt}, a plate of dinner. And {helper_d} cuts it up first because my hands won't grip.",
        ],
        fu=[
            "How long does a meal take you?",
            "And roughly how long would a meal take?",
            "How long are we talking, for a dinner?",
        ],
        fig=[
            "{Amt}, easily.",
            "Oh, {amt}. It goes cold.",
            "{Amt}, something like that.",
        ],
        comp=[
            "{Amt}, and I cut it all up for {obj} first.",
            "It's {amt}. I cut everything up for {obj}.",
        ],
        amounts=[
            (
                45,
                ["three quarters of an hour", "forty five minutes"],
                ["45 minutes", "three quarters of an hour"],
            ),
            (60, ["an hour", "about an hour"], ["an hour", "around one hour"]),
            (
                40,
                ["forty minutes", "forty minutes or more"],
                ["40 minutes", "approximately forty minutes"],
            ),
        ],
        chg=[
            (10, ["10 minutes", "ten minutes"]),
            (15, ["15 minutes", "a quarter of an hour"]),
        ],
        sup=[
            "{Src} {said} that a meal takes {obj} {fig} and {helper_r} cuts up {pos} food for {obj}.",
            "{Cl} takes around {fig} to eat a meal; {helper_r} cuts up {pos} food.",
        ],
        drop=[
            "{Src} {said} that a meal takes {obj} {fig}.",
            "{Cl} eats a meal in around {fig}.",
        ],
    ),
    dict(
        key="reading",
        group="read",
        name="the reading",
        slots={},
        q=[
            "Can you read a letter, like the ones you get from the DWP?",
            "How are you with reading?",
            "Do you have any trouble reading?",
        ],
        vague=[
            "I need my magnifier for everything, and then the words start swimming and I get a headache.",
            "Only with my magnifying glass, and I can't keep it up, I get headaches.",
        ],
        full=[
            "With my magnifier, {amt}, and then the words start swimming and I get a headache.",
            "{Amt} with the magnifying glass, then I have to stop, my head's pounding.",
        ],
        fu=[
            "How long can you read for?",
            "And how long can you keep reading before you stop?",
            "Roughly how long is that?",
        ],
        fig=[
            "{Amt}, tops.",
            "About {amt}.",
            "{Amt}, maybe.",
        ],
        comp=[
            "{Amt}. I read most of the post to {obj} now.",
            "It's {amt}, then I take over and read it out.",
        ],
        amounts=[
            (5, ["five minutes", "five minutes or so"], ["5 minutes", "about five minutes"]),
            (10, ["ten minutes", "ten minutes at most"], ["10 minutes", "up to ten minutes"]),
            (2, ["a couple of minutes", "two minutes"], ["a couple of minutes", "2 minutes"]),
        ],
        chg=[
            (30, ["30 minutes", "half an hour"]),
            (60, ["an hour", "up to an hour"]),
            (45, ["45 minutes"]),
        ],
        sup=[
            "{Src} {said} that {s} can read for {fig} using a magnifier before {s} gets headaches.",
            "{Cl} reads with a magnifier for around {fig}, after which {s} develops a headache.",
        ],
        drop=[
            "{Src} {said} that {s} can read for {fig}.",
            "{Cl} is able to read for around {fig}.",
        ],
    ),
    dict(
        key="lifting",
        group="lift",
        name="lifting things",
        slots={},
        q=[
            "Could you pick up something like a full kettle?",
            "What's the heaviest thing you can lift, say a bottle of water?",
            "How are you with lifting and carrying things?",
        ],
        vague=[
            "Not a kettle, no. I have to use both hands for anything, and my wrists really hurt.",
            "Not much at all. Both hands, and it hurts my wrists.",
        ],
        full=[
            "{Amt} at most, with both hands, and even that hurts my wrists.",
            "I can manage {amt}, using both hands. It really hurts my wrists.",
        ],
        fu=[
            "What could you lift, then?",
            "So what sort of weight could you manage?",
            "Could you lift a bottle of water?",
        ],
        fig=[
            "{Amt}, just about.",
            "Maybe {amt}. That's it.",
            "{Amt}, and that's a struggle.",
        ],
        comp=[
            "{S} can just about lift {amt}. I do the rest.",
            "{Amt}, no more. I've seen {obj} drop the kettle.",
        ],
        amounts=[
            (
                0.5,
                ["a half litre bottle of water", "half a litre, a small bottle"],
                ["a half-litre bottle of water", "0.5 litres"],
            ),
            (
                0.25,
                ["a small glass, a quarter of a litre", "a quarter litre carton"],
                ["a quarter-litre carton", "about 250 millilitres"],
            ),
            (0.33, ["a can of pop", "a drinks can"], ["a drinks can", "a 330ml can"]),
        ],
        chg=[
            (1.5, ["1.5 litres", "a full 1.5-litre kettle"]),
            (2, ["a two-litre bottle", "2 litres of liquid"]),
        ],
        sup=[
            "{Src} {said} that {s} can lift {fig} using both hands, although this causes pain in {pos} wrists.",
            "{Cl} can lift {fig} with both hands, with wrist pain.",
        ],
        drop=[
            "{Src} {said} that {s} can lift {fig}.",
            "{Cl} is able to pick up and move {fig}.",
        ],
    ),
    dict(
        key="typical_day",
        group="day",
        name="your day",
        slots={},
        q=[
            "Can you talk me through a typical day?",
            "What does an ordinary day look like for you?",
            "How do you spend most days?",
        ],
        vague=[
            "Mostly in bed or on the settee. I get up, but I have to lie down again after every little job.",
            "There's not much to it. I'm lying down most of it, I have to rest between everything.",
        ],
        full=[
            "I'm up and about {amt} altogether, and I have to lie down between every little job.",
            "Maybe {amt} out of bed in total, in bits, lying down in between.",
        ],
        fu=[
            "How long would you be up and about, in total?",
            "Roughly how many hours are you up in a day?",
            "And how much of the day are you actually up?",
        ],
        fig=[
            "{Amt}, all told.",
            "Maybe {amt}, in bits.",
            "{Amt}, I'd say.",
        ],
        comp=[
            "{Amt}, and that's in bits. {S}'s lying down the rest.",
            "Honestly, {amt}. I bring {obj} things so {s} can stay lying down.",
        ],
        amounts=[
            (2, ["two hours", "a couple of hours"], ["two hours", "around 2 hours"]),
            (3, ["three hours", "three hours or so"], ["three hours", "about 3 hours"]),
            (1.5, ["an hour or two", "an hour and a half"], ["an hour or two", "about 90 minutes"]),
        ],
        chg=[
            (6, ["six hours", "around 6 hours"]),
            (8, ["eight hours", "most of the day"]),
            (10, ["10 hours", "the majority of the day"]),
        ],
        sup=[
            "{Src} {said} that {s} is up and about for {fig} a day in total, lying down to rest between tasks.",
            "{Cl} is out of bed for around {fig} a day, in short periods, and rests lying down between activities.",
        ],
        drop=[
            "{Src} {said} that {s} is up and about for {fig} a day.",
            "{Cl} is out of bed for around {fig} a day.",
        ],
    ),
    dict(
        key="good_days",
        group="variability",
        name="good and bad days",
        slots={},
        q=[
            "Do you have good days and bad days?",
            "How many good days would you say you get?",
            "Does your condition vary from day to day?",
        ],
        vague=[
            "Good days are rare. And if I do too much on a good day, I pay for it the next day, I'm flat out.",
            "Hardly any good ones. And when I get one and do a bit more, I'm in bed the day after.",
        ],
        full=[
            "Good days, maybe {amt}. And if I do too much, I pay for it the next day.",
            "I get {amt}, and even then I suffer for it the day after if I push it.",
        ],
        fu=[
            "How many good days would you get?",
            "Roughly how many good days in a week, or a month?",
            "And how often is a good day?",
        ],
        fig=[
            "{Amt}, if I'm lucky.",
            "Maybe {amt}.",
            "{Amt}, at best.",
        ],
        comp=[
            "{Amt}, I'd say. And then {s}'s wiped out the next day.",
            "It's {amt}, and {s} pays for it after.",
        ],
        amounts=[
            (
                1,
                ["one good day a week", "one a week"],
                ["one good day a week", "about one good day per week"],
            ),
            (
                1.5,
                ["one or two good days a week", "one or two a week"],
                ["one or two good days a week", "1-2 good days weekly"],
            ),
            (
                0.5,
                ["two good days a month", "a couple of good days a month"],
                ["two good days a month", "a couple of good days per month"],
            ),
        ],
        chg=[
            (4.5, ["four or five good days a week", "4-5 good days a week"]),
            (5, ["good days on most days of the week", "five good days a week"]),
            (4, ["four good days a week", "good days more often than not"]),
        ],
        sup=[
            "{Src} {said} that {s} has {fig}, and if {s} overdoes things {s} suffers for it the following day.",
            "{Cl} reports {fig}, with a flare the following day if {s} does too much.",
        ],
        drop=[
            "{Src} {said} that {s} has {fig}.",
            "{Cl} reports {fig}.",
        ],
    ),
    dict(
        key="continence",
        group="toilet",
        name="the bladder problems",
        slots={},
        q=[
            "Do you have any problems with your bladder or bowels?",
            "Any issues with continence?",
            "Can I ask about toileting? Do you ever have accidents?",
        ],
        vague=[
            "Yes, I have accidents. I wear pads all the time now, and I have to know where the toilet is wherever I go.",
            "It's embarrassing. I have accidents, so I'm in pads day and night.",
        ],
        full=[
            "I have accidents {amt}. I wear pads all the time now.",
            "{Amt}, I'd say, even wearing pads. It's really embarrassing.",
        ],
        fu=[
            "How often do the accidents happen?",
            "And how often would that be?",
            "Roughly how often, in a week?",
        ],
        fig=[
            "{Amt}.",
            "Probably {amt}.",
            "{Amt}, maybe more.",
        ],
        comp=[
            "{Amt}. I do the washing, so I know.",
            "It's {amt}, honestly. {S} doesn't like saying it.",
        ],
        amounts=[
            (
                2.5,
                ["two or three times a week", "a couple of times a week, sometimes three"],
                ["two to three times a week", "2-3 times weekly"],
            ),
            (
                1.5,
                ["once or twice a week", "once, twice a week"],
                ["once or twice a week", "one to two times a week"],
            ),
            (5, ["most days", "nearly every day"], ["on most days", "nearly every day"]),
        ],
        chg=[
            (0.25, ["once a month", "about monthly"]),
            (0.12, ["every couple of months", "once every two months"]),
        ],
        sup=[
            "{Src} {said} that {s} has episodes of incontinence {fig} and wears pads at all times.",
            "{Cl} has accidents {fig} and uses incontinence pads.",
        ],
        drop=[
            "{Src} {said} that {s} has episodes of incontinence {fig}.",
            "{Cl} has accidents {fig}.",
        ],
    ),
    dict(
        key="concentration",
        group="mental2",
        name="concentrating",
        slots={},
        q=[
            "How is your concentration? Could you follow a programme on the television?",
            "Can you concentrate on something like a TV programme?",
            "What about concentration, say watching something start to finish?",
        ],
        vague=[
            "No, I lose the thread. {Helper_d} has to keep telling me what's going on.",
            "Not really. I drift off and {helper_d} has to explain it to me.",
        ],
        full=[
            "I lose track after {amt}, and {helper_d} has to tell me what's happening.",
            "{Amt}, then I've lost it. {Helper_d} has to fill me in.",
        ],
        fu=[
            "How long before you lose track?",
            "And roughly how long can you concentrate for?",
            "How long is that, would you say?",
        ],
        fig=[
            "{Amt}.",
            "About {amt}.",
            "{Amt}, if that.",
        ],
        comp=[
            "{Amt}, then {s} asks me what's going on.",
            "About {amt}. I end up explaining the whole thing.",
        ],
        amounts=[
            (10, ["ten minutes", "ten minutes or so"], ["10 minutes", "about ten minutes"]),
            (
                5,
                ["five minutes", "five minutes, tops"],
                ["5 minutes", "less than five minutes"],
            ),
            (
                15,
                ["a quarter of an hour", "fifteen minutes"],
                ["15 minutes", "a quarter of an hour"],
            ),
        ],
        chg=[
            (60, ["an hour", "a full hour-long programme"]),
            (90, ["a 90-minute film", "an hour and a half"]),
            (45, ["45 minutes", "three quarters of an hour"]),
        ],
        sup=[
            "{Src} {said} that {s} can follow a television programme for {fig} before losing track, and {helper_r} has to explain what is happening.",
            "{Cl} concentrates on television for around {fig} and needs {helper_r} to explain the plot.",
        ],
        drop=[
            "{Src} {said} that {s} can follow a television programme for {fig}.",
            "{Cl} concentrates on television for around {fig}.",
        ],
    ),
    dict(
        key="sleep",
        group="sleep",
        name="your sleep",
        slots={
            "wake": [
                {"wake_d": "the pain wakes me up", "wake_r": "broken by pain"},
                {"wake_d": "I wake up with nightmares", "wake_r": "broken by nightmares"},
            ],
        },
        q=[
            "How are you sleeping?",
            "What's your sleep like at the moment?",
            "And do you sleep well at night?",
        ],
        vague=[
            "Terribly. It's in bits, {wake_d}.",
            "Hardly at all. {Wake_d} over and over.",
        ],
        full=[
            "About {amt} a night, in bits, because {wake_d}.",
            "{Amt} a night, if I'm lucky. {Wake_d}.",
        ],
        fu=[
            "How many hours would you get?",
            "Roughly how much sleep a night?",
            "And how many hours is that?",
        ],
        fig=[
            "{Amt}, if that.",
            "About {amt}.",
            "{Amt}, broken up.",
        ],
        comp=[
            "{Amt} a night. I hear {obj} up and down.",
            "It's {amt}, and I know because I'm awake with {obj}.",
        ],
        amounts=[
            (3, ["three hours", "three hours or so"], ["three hours", "about 3 hours"]),
            (2.5, ["two or three hours", "two, three hours"], ["two to three hours", "2-3 hours"]),
            (4, ["four hours at most", "four hours"], ["four hours", "up to 4 hours"]),
        ],
        chg=[
            (8, ["eight hours", "8 hours"]),
            (9, ["nine hours", "a full night of around 9 hours"]),
            (10, ["ten hours"]),
        ],
        sup=[
            "{Src} {said} that {s} sleeps for {fig} a night, {wake_r}.",
            "{Cl} gets around {fig} of sleep a night, {wake_r}.",
        ],
        drop=[],
    ),
]


# ---------------------------------------------------------------------------
# Statements that are never supported by the dialogue.
# ---------------------------------------------------------------------------

# (format, words that would mean the subject came up in the dialogue)
NEVER_SAID = [
    (
        "{Src} {said} that {s} walks {pos} dog for half an hour every morning.",
        [r"\bdogs?\b", r"\bpupp"],
    ),
    (
        "{Src} {said} that {s} drives to the shops twice a week without any problems.",
        [r"\bdriv", r"\bcar\b", r"\bcars\b"],
    ),
    ("{Src} {said} that {s} goes to the gym three times a week.", [r"\bgym\b", r"\bexercis"]),
    (
        "{Src} {said} that {s} swims once a week at the local leisure centre.",
        [r"\bswim", r"\bleisure"],
    ),
    (
        "{Src} {said} that {s} volunteers in a charity shop on Saturday mornings.",
        [r"\bcharity\b", r"\bvolunteer"],
    ),
    (
        "{Src} {said} that {s} went on holiday to Spain last summer and managed the flights independently.",
        [r"\bholiday", r"\bspain\b", r"\bflight", r"\babroad\b"],
    ),
    (
        "{Src} {said} that {s} collects {pos} grandchildren from school three days a week.",
        [r"\bgrand", r"\bschool"],
    ),
    (
        "{Src} {said} that {s} enjoys gardening and spends most afternoons in the garden.",
        [r"\bgarden"],
    ),
    (
        "{Src} {said} that {s} plays darts at the pub on Friday evenings.",
        [r"\bdarts?\b", r"\bpub\b"],
    ),
    ("{Src} {said} that {s} cycles to the local shop most days.", [r"\bcycl", r"\bbikes?\b"]),
    (
        "{Src} {said} that {s} sings in a church choir every Sunday.",
        [r"\bchoir\b", r"\bchurch\b", r"\bsing\b", r"\bsinging\b"],
    ),
    (
        "{Src} {said} that {s} has recently started a part-time college course.",
        [r"\bcollege\b", r"\bcourse\b", r"\bstud"],
    ),
    (
        "{Src} {said} that {s} does all of {pos} own ironing and hoovering.",
        [r"\biron", r"\bhoover", r"\bhousework\b"],
    ),
    (
        "{Src} {said} that {s} plays online games with friends most evenings.",
        [r"\bgames?\b", r"\bgaming\b", r"\bonline\b"],
    ),
]


def _clock(h: int, m: int, style: int) -> str:
    if style == 0:
        return f"{h:02d}:{m:02d}"
    suffix = "am" if h < 12 else "pm"
    h12 = h if h <= 12 else h - 12
    return f"{h12}.{m:02d}{suffix}"


def _impossible(rng: random.Random, d: dict, phone: bool) -> str:
    n = rng.choice([35, 40, 45, 50, 55, 60, 65, 70])
    h = rng.choice([9, 10, 11, 13, 14, 15])
    m1 = rng.choice([0, 2, 5, 10, 15, 20, 30])
    end = h * 60 + m1 + n
    style = rng.randrange(2)
    t1 = _clock(h, m1, style)
    t2 = _clock(end // 60, end % 60, style)
    opts = [
        f"The consultation started at {t1} and ended at {t2}.",
        f"The assessment lasted approximately {n} minutes.",
        f"{d['Cl']} engaged well and answered questions appropriately over the full {n} minutes of the consultation.",
        f"Consultation time was {t1} to {t2}, during which {d['s']} showed no signs of fatigue.",
        f"{d['Cl']} maintained concentration throughout the {n}-minute consultation without needing prompting or a break.",
    ]
    if not phone:
        opts += [
            f"{d['Cl']} sat comfortably throughout the {n}-minute consultation without needing to stand or change position.",
            f"{d['Cl']} was observed to remain seated for {n} minutes during the assessment with no signs of discomfort.",
            f"{d['Cl']} remained seated for the whole assessment, which ran from {t1} to {t2}, and did not appear in pain.",
        ]
    else:
        opts += [
            f"The telephone call lasted {n} minutes and {d['s']} did not ask for a break at any point.",
        ]
    return rng.choice(opts)


# ---------------------------------------------------------------------------
# People.
# ---------------------------------------------------------------------------

FEMALE = [
    ("Mrs", "Hughes"),
    ("Ms", "Okafor"),
    ("Miss", "Patel"),
    ("Mrs", "Lindqvist"),
    ("Ms", "Doherty"),
    ("Mrs", "Achterberg"),
    ("Ms", "Begum"),
    ("Mrs", "Walsh"),
]
MALE = [
    ("Mr", "Reid"),
    ("Mr", "Kowalski"),
    ("Mr", "Ahmed"),
    ("Mr", "Davies"),
    ("Mr", "Mensah"),
    ("Mr", "Fraser"),
    ("Mr", "O'Neill"),
    ("Mr", "Thornton"),
]
ASSESSORS = ["Sarah", "Dev", "Karen", "Michael", "Aisha", "Tom", "Joanne", "Graham"]

# relationship, allowed claimant genders
COMPANIONS = [
    ("husband", "f"),
    ("wife", "m"),
    ("partner", "fm"),
    ("mum", "fm"),
    ("dad", "fm"),
    ("daughter", "fm"),
    ("son", "fm"),
    ("sister", "fm"),
    ("brother", "fm"),
    ("support worker", "fm"),
]
HELPERS = ["partner", "daughter", "son", "mum", "sister"]

SAID = ["stated", "reported", "said", "explained", "advised"]

PREFIXES = [
    "",
    "",
    "Okay. ",
    "Thank you. ",
    "Right. ",
    "I see. ",
    "Thanks, that's helpful. ",
    "Okay, moving on. ",
    "Alright. ",
]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _fill(fmt: str, d: dict) -> str:
    return fmt.format_map(d)


def _with_caps(d: dict) -> dict:
    out = dict(d)
    for k, v in d.items():
        if isinstance(v, str):
            ck = _cap(k)
            if ck not in out:
                out[ck] = _cap(v)
    return out


def _ratio(a: float, b: float) -> float:
    lo, hi = min(a, b), max(a, b)
    return hi / lo if lo > 0 else float("inf")


# ---------------------------------------------------------------------------
# Building one topic's turns and statements.
# ---------------------------------------------------------------------------

COST = {
    "direct": 2,
    "correction": 2,
    "followup": 4,
    "companion": 3,
    "companion_agree": 5,
    "late": 4,
}


def _topic_turns(
    rng: random.Random, t: dict, mode: str, d: dict, prefix: str
) -> tuple[list[tuple[str, str]], list[tuple[str, str]], dict]:
    """Return (main turns, late turns, info) for one topic."""
    v, says, reps = rng.choice(t["amounts"])
    amt = rng.choice(says)
    sl: dict[str, str] = {}
    for opts in t["slots"].values():
        for k, val in rng.choice(opts).items():
            sl[k] = val.format_map(d)
    f = _with_caps({**d, **sl, "amt": amt})
    q = prefix + _fill(rng.choice(t["q"]), f)
    main: list[tuple[str, str]] = [("A", q)]
    late: list[tuple[str, str]] = []
    wrong_v = None
    source = "claimant"
    if mode == "direct":
        main.append(("C", _fill(rng.choice(t["full"]), f)))
    elif mode == "followup":
        main.append(("C", _fill(rng.choice(t["vague"]), f)))
        main.append(("A", _fill(rng.choice(t["fu"]), f)))
        main.append(("C", _fill(rng.choice(t["fig"]), f)))
    elif mode == "correction":
        others = [a for a in t["amounts"] if _ratio(a[0], v) >= 1.6]
        wv, wsays, _ = rng.choice(others or [a for a in t["amounts"] if a[0] != v])
        wrong_v = wv
        wrong = rng.choice(wsays)
        corr = rng.choice(
            [
                "It's {wrong}. No, hang on, that's not right. More like {amt}.",
                "I'd have said {wrong}, but no, if I'm honest it's {amt} now.",
                "{Wrong}, maybe. Sorry, no, I'm getting muddled. It's {amt}.",
                "About {wrong}. Actually, no, let me correct that, it's {amt}.",
            ]
        )
        cf = _with_caps({**f, "wrong": wrong})
        main.append(("C", _fill(rng.choice(t["vague"]), f) + " " + _fill(corr, cf)))
    elif mode in ("companion", "companion_agree"):
        source = "companion"
        main.append(("C", _fill(rng.choice(t["vague"]), f)))
        main.append(("P", _fill(rng.choice(t["comp"]), f)))
        if mode == "companion_agree":
            main.append(
                (
                    "A",
                    rng.choice(
                        [
                            "Would you agree with that?",
                            "Is that right, would you say?",
                            "Do you agree with that?",
                        ]
                    ),
                )
            )
            main.append(
                (
                    "C",
                    rng.choice(
                        [
                            "Yes, that's about right.",
                            "Yeah. I don't like to admit it, but yes.",
                            "Yes, that's true.",
                        ]
                    ),
                )
            )
    elif mode == "late":
        tail = rng.choice(
            [
                " I'm not sure I can put a number on it.",
                " I'd have to think about it.",
                " It's hard to say exactly.",
            ]
        )
        main.append(("C", _fill(rng.choice(t["vague"]), f) + tail))
        if rng.random() < 0.5:
            late.append(
                (
                    "C",
                    _fill(
                        rng.choice(
                            [
                                "Sorry, can I go back to {name}? I've been thinking, and it's {amt}, really.",
                                "Oh, and about {name}, I've worked it out. It's {amt}.",
                                "Going back to {name}, it's {amt}. I just wanted to say.",
                            ]
                        ),
                        {**f, "name": t["name"]},
                    ),
                )
            )
        else:
            late.append(
                (
                    "A",
                    rng.choice(
                        [
                            "Before I forget, going back to {name}, could you give me a rough figure?",
                            "Just going back to {name} for a moment. Can you put a figure on it?",
                        ]
                    ).format(name=t["name"]),
                )
            )
            late.append(("C", _fill(rng.choice(t["fig"]), f)))
    else:
        raise ValueError(mode)
    info = {"v": v, "reps": reps, "wrong_v": wrong_v, "source": source, "fmt": f}
    return main, late, info


def _statement(rng: random.Random, t: dict, label: str, info: dict, d: dict) -> str:
    f = dict(info["fmt"])
    if info["source"] == "companion":
        f["Src"] = d["Comp"]
    else:
        f["Src"] = rng.choice([d["Name"], d["S"], d["S"], "The claimant"])
    f["Cl"] = rng.choice([d["Name"], d["S"]])
    f["said"] = rng.choice(SAID)
    if label == NUM:
        cands = [
            c
            for c in t["chg"]
            if _ratio(c[0], info["v"]) >= 2
            and (info["wrong_v"] is None or _ratio(c[0], info["wrong_v"]) >= 2)
        ]
        if not cands:
            cands = sorted(t["chg"], key=lambda c: -_ratio(c[0], info["v"]))[:1]
        f["fig"] = rng.choice(rng.choice(cands)[1])
        fmt = rng.choice(t["sup"])
    elif label == QUAL:
        f["fig"] = rng.choice(info["reps"])
        fmt = rng.choice(t["drop"])
    else:
        f["fig"] = rng.choice(info["reps"])
        fmt = rng.choice(t["sup"])
    text = _fill(fmt, f)
    # avoid doubled hedges such as "around about ten minutes"
    text = re.sub(
        r"\b(?:around|about|approximately) (around|about|approximately|up to|between|less than|nearly|almost|over|at least)\b",
        r"\1",
        text,
    )
    return _cap(text)


# ---------------------------------------------------------------------------
# The case.
# ---------------------------------------------------------------------------


def _people(rng: random.Random) -> dict:
    female = rng.random() < 0.5
    title, surname = rng.choice(FEMALE if female else MALE)
    d = {
        "s": "she" if female else "he",
        "obj": "her" if female else "him",
        "pos": "her" if female else "his",
        "Name": f"{title} {surname}",
        "gender": "f" if female else "m",
    }
    companion = None
    if rng.random() < 0.35:
        companion = rng.choice([c for c, g in COMPANIONS if d["gender"] in g])
    rel = companion or rng.choice(HELPERS + (["husband"] if female else ["wife"]))
    d["helper_d"] = f"my {rel}"
    d["helper_r"] = f"{d['pos']} {rel}"
    d["companion"] = companion
    d["Comp"] = _cap(f"{d['pos']} {companion}") if companion else ""
    return _with_caps(d)


def _opening(rng: random.Random, d: dict, phone: bool, wca: bool) -> list[tuple[str, str]]:
    aname = rng.choice(ASSESSORS)
    kind = "work capability assessment" if wca else "PIP assessment"
    if phone:
        a = rng.choice(
            [
                f"Hello, is that {d['Name']}? My name's {aname}, I'm calling about your {kind}. I understand you'd like the call recorded, is that right?",
                f"Hi, it's {aname}, the health professional for your {kind}. The call is being recorded as you asked. Is now still a good time?",
                f"Good afternoon, {d['Name']}. I'm {aname} and I'll be doing your {kind} over the phone today. You've asked for a recording, and that's fine. Shall we start?",
            ]
        )
    else:
        a = rng.choice(
            [
                f"Hello, come in and take a seat. I'm {aname}, I'm a nurse and I'll be doing your {kind} today. I can see you're recording, that's absolutely fine. Are you ready to start?",
                f"Good morning, {d['Name']}. My name's {aname}, I'm a physiotherapist. You've asked to record the {kind}, and that's fine with me. Shall we make a start?",
                f"Hi, thanks for coming in. I'm {aname}, one of the paramedics who carry out the {kind}. You're recording on your phone, is that right?",
            ]
        )
    if d["companion"]:
        c = rng.choice(
            [
                f"Yes, that's fine. My {d['companion']} is here with me too, if that's okay.",
                f"Yes. I've got my {d['companion']} with me, she knows my day better than anyone."
                if d["companion"] in ("wife", "mum", "daughter", "sister")
                else f"Yes. I've brought my {d['companion']} with me, if that's alright.",
            ]
        )
        if phone and "speaker" not in c:
            c = c.rstrip(".") + ". We're on speakerphone."
    else:
        c = rng.choice(
            [
                "Yes, that's fine.",
                "Yeah, go ahead.",
                "Yes. Sorry, I'm a bit nervous.",
                "Yes, that's right.",
                "Yes, okay.",
            ]
        )
    return [("A", a), ("C", c)]


def make_case_9(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    rng = random.Random(seed)
    d = _people(rng)
    phone = rng.random() < 0.45
    wca = rng.random() < 0.4
    has_comp = bool(d["companion"])
    voices = rng.sample(VOICES, 3)
    voice = {"A": voices[0], "C": voices[1], "P": voices[2]}

    # choose topics with distinct groups
    k = rng.choice([4, 5, 5, 6])
    pool = TOPICS[:]
    rng.shuffle(pool)
    topics: list[dict] = []
    groups: set[str] = set()
    for t in pool:
        if t["group"] in groups:
            continue
        topics.append(t)
        groups.add(t["group"])
        if len(topics) == k:
            break

    # choose how each figure comes out
    base_modes = ["direct", "direct", "followup", "correction", "late"]
    modes = []
    for _ in topics:
        if has_comp and rng.random() < 0.4:
            modes.append(rng.choice(["companion", "companion", "companion_agree"]))
        else:
            modes.append(rng.choice(base_modes))
    if has_comp and not any(m.startswith("companion") for m in modes):
        modes[rng.randrange(len(modes))] = "companion"
    if modes[-1] == "late":
        modes[-1] = "followup"

    def total() -> int:
        return 2 + sum(COST[m] for m in modes)

    downgrade = {"followup": "direct", "companion_agree": "companion", "late": "correction"}
    while total() > 16:
        idx = [i for i, m in enumerate(modes) if m in downgrade]
        if idx:
            i = max(idx, key=lambda j: COST[modes[j]])
            modes[i] = downgrade[modes[i]]
            continue
        comp_idx = [i for i, m in enumerate(modes) if m == "companion"]
        if len(comp_idx) > 1:
            modes[comp_idx[-1]] = "direct"
            continue
        if len(topics) > 4:
            drop = next(i for i in range(len(topics) - 1, -1, -1) if modes[i] != "companion")
            del topics[drop]
            del modes[drop]
            continue
        break

    # labels for each topic's statement
    n = len(topics)
    order = list(range(n))
    rng.shuffle(order)
    n_faithful = 2 if n >= 5 and rng.random() < 0.3 else 1
    labels = [SUP] * n
    others = order[n_faithful:]
    n_num = max(1, round(len(others) * rng.uniform(0.45, 0.7)))
    for j, i in enumerate(others):
        if j < n_num:
            labels[i] = NUM
        else:
            labels[i] = QUAL if topics[i]["drop"] else NUM

    # dialogue
    turns: list[tuple[str, str]] = _opening(rng, d, phone, wca)
    infos = []
    pending: list[tuple[str, str]] = []
    for i, (t, m) in enumerate(zip(topics, modes, strict=True)):
        prefix = "" if i == 0 and rng.random() < 0.5 else rng.choice(PREFIXES)
        if i == 0 and not prefix:
            prefix = rng.choice(["Okay. ", "Great. ", "Right, let's begin. "])
        main, late, info = _topic_turns(rng, t, m, d, prefix)
        turns.extend(main)
        for who, text in pending:
            if who == "C" and turns[-1][0] == "C":
                turns[-1] = ("C", turns[-1][1] + " " + text)
            else:
                turns.append((who, text))
        pending = late
        infos.append(info)
    turns.extend(pending)
    if len(turns) <= 14:
        turns.append(
            (
                "A",
                rng.choice(
                    [
                        "That's all my questions. Is there anything else you'd like to tell me?",
                        "Okay, I think I've got everything I need. Anything you want to add?",
                        "Thank you, that's the end of my questions.",
                    ]
                ),
            )
        )
        turns.append(
            (
                "C",
                rng.choice(
                    [
                        "No, I think that's everything.",
                        "No, that's it. Thank you.",
                        "I don't think so, no.",
                        "Okay, thank you.",
                    ]
                ),
            )
        )

    dialogue = [(0 if who == "A" else 1, voice[who], text) for who, text in turns]

    # report
    report: list[tuple[str, set[str]]] = []
    for t, lab, info in zip(topics, labels, infos, strict=True):
        report.append((_statement(rng, t, lab, info, d), {lab}))

    spoken = " ".join(text for _, _, text in dialogue).lower()
    never_opts = [fmt for fmt, pats in NEVER_SAID if not any(re.search(p, spoken) for p in pats)]
    nf = {**d, "Src": rng.choice([d["Name"], d["S"], "The claimant"]), "said": rng.choice(SAID)}
    never = _cap(_fill(rng.choice(never_opts), nf))
    report.insert(rng.randint(1, len(report)), (never, {NEVER}))

    imp = _impossible(rng, {**d, "Cl": rng.choice([d["Name"], d["S"]])}, phone)
    report.insert(0 if rng.random() < 0.5 else rng.randint(0, len(report)), (imp, {IMP}))
    return dialogue, report
