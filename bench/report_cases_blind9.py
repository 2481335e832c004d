"""Blind held-out set 11: assessment dialogues paired with assessor reports.

Written without looking at the comparison code, tests, docs or any other
benchmark data.  Each report statement is labelled the way an experienced
welfare-rights adviser would label it after listening to the recording:
"number_changed", "qualifier_dropped", "never_said", "impossible" or
"supported".  The emphasis of this set is on changed quantities expressed in
wording the comparison code has not seen.
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

LABELS = {"number_changed", "qualifier_dropped", "never_said", "impossible", "supported"}

# ---------------------------------------------------------------------------
# Topic templates.
#
# Each topic has assessor questions ("q"), follow-up questions ("fu") and vague
# first answers ("vague"); each scenario ("sc") has the claimant's full answer
# ("ans"), an answer after a follow-up ("short"), optionally a companion's
# version ("comp", third person, placeholders {sub} {obj} {pos} {Sub} {refl}),
# optionally a self-correction ("corr") whose retracted figure is reported in
# "corr_num", and report clauses: faithful ("sup"), changed figure ("num"),
# qualifier dropped ("qual") and both ("both").
# ---------------------------------------------------------------------------

TOPICS: dict[str, dict] = {
    "walk": {
        "q": [
            "How far can you walk before you have to stop?",
            "If you set off on a flat pavement, how far would you get before you needed to stop?",
            "Let's talk about getting about outside. How far are you able to walk?",
        ],
        "fu": [
            "Can you put a rough distance on that? Metres or yards, whatever's easier.",
            "Roughly how far is that, do you think? Compare it to something near where you live if that helps.",
        ],
        "vague": [
            "Not far. Not far at all, to be honest.",
            "It depends on the day, but not very far.",
            "Oh, I don't really know. I don't go far these days.",
        ],
        "sc": [
            {
                "ans": "About fifty yards, to the end of our road, and then I have to stop and lean on a wall because my back is in agony.",
                "short": "Fifty yards, I'd say. That's the end of our road. Then I have to stop and lean on something because the pain in my back is terrible.",
                "comp": "It's about fifty yards, to the end of our road. I go with {obj}, and {sub} has to stop and lean on the wall, {sub}'s in agony with {pos} back.",
                "sup": [
                    "{sub} can walk about 50 yards before having to stop and lean on something because of back pain",
                    "{sub} manages roughly 50 yards, to the end of {pos} road, then has to stop due to severe back pain",
                ],
                "num": [
                    "{sub} can walk about 200 metres before having to stop because of back pain",
                    "{sub} manages roughly 400 yards before needing to stop due to back pain",
                ],
                "qual": [
                    "{sub} can walk about 50 yards, to the end of {pos} road",
                    "{sub} walks to the end of {pos} road, approximately 50 yards",
                ],
                "both": [
                    "{sub} can walk about 250 metres",
                    "{sub} is able to walk around 300 yards outdoors",
                ],
            },
            {
                "ans": "With my stick, I get from the front door to the car, which is about fifteen metres, and I'm out of breath by then.",
                "short": "The front door to the car. That's about fifteen metres. And that's with my stick, and I'm gasping when I get there.",
                "comp": "From the front door to the car, and that's maybe fifteen metres. {Sub} uses {pos} stick and {sub}'s out of breath by the time {sub} gets there.",
                "corr": "About a hundred metres. No, sorry, that's not right. It's from the front door to the car, so fifteen metres, and that's with my stick. I'm out of breath by then.",
                "corr_num": [
                    "{sub} can walk about 100 metres with a walking stick before becoming breathless",
                ],
                "sup": [
                    "{sub} walks about 15 metres, from the front door to the car, using a stick, and is breathless by then",
                    "{sub} can cover about 15 metres with a walking stick before becoming short of breath",
                ],
                "num": [
                    "{sub} walks about 60 metres using a stick before becoming breathless",
                    "{sub} can cover about 80 metres with a walking stick before becoming short of breath",
                ],
                "qual": [
                    "{sub} walks from {pos} front door to the car, about 15 metres",
                    "{sub} can walk about 15 metres",
                ],
                "both": [
                    "{sub} can walk about 100 metres",
                    "{sub} walks approximately 70 metres outdoors",
                ],
            },
            {
                "ans": "The corner shop, which is about a hundred metres away. But it takes me about ten minutes and I have to stop twice on the way because my knees give out.",
                "short": "About a hundred metres, to the corner shop. It takes me ten minutes though, and I stop twice because of my knees.",
                "comp": "It's about a hundred metres to the shop, but it takes {obj} a good ten minutes and {sub} stops twice, {pos} knees go.",
                "sup": [
                    "{sub} walks to the corner shop, about 100 metres, taking around 10 minutes and stopping twice because of {pos} knees",
                ],
                "num": [
                    "{sub} walks to the corner shop, about 100 metres, in around 2 minutes, stopping twice because of {pos} knees",
                    "{sub} walks about 400 metres to the shop, stopping twice because of {pos} knees",
                ],
                "qual": [
                    "{sub} walks to the corner shop, which is about 100 metres away",
                ],
                "both": [
                    "{sub} walks about 500 metres to the local shop",
                ],
            },
        ],
    },
    "stand": {
        "q": [
            "How long can you stand in one place, say in a queue at the shop?",
            "If you had to stand still, at a bus stop for example, how long could you manage?",
        ],
        "fu": [
            "Roughly how many minutes would that be?",
            "And in minutes, how long is that, would you say?",
        ],
        "vague": [
            "Not long at all.",
            "Oh, not very long. I'm always looking for a seat.",
        ],
        "sc": [
            {
                "ans": "Five minutes, if that. Then my legs start shaking and I have to hold on to the trolley or find somewhere to sit.",
                "short": "Five minutes, if that. Then my legs shake and I have to grab hold of something or sit down.",
                "comp": "Five minutes, maybe. I've seen {obj} in the queue at the post office, {pos} legs start shaking and {sub} has to hold on to me or sit down.",
                "sup": [
                    "{sub} can stand for about five minutes before {pos} legs shake and {sub} needs to hold on to something or sit down",
                ],
                "num": [
                    "{sub} can stand for about 30 minutes before needing to hold on to something or sit down",
                    "{sub} can stand in a queue for around 40 minutes before {pos} legs begin to shake and {sub} needs support",
                ],
                "qual": ["{sub} can stand for about five minutes"],
                "both": [
                    "{sub} can stand in a queue for around half an hour",
                    "{sub} can stand for up to 45 minutes",
                ],
            },
            {
                "ans": "On a good day, maybe ten minutes. Most days it's less than that, a couple of minutes and the pain in my feet is unbearable.",
                "corr": "About twenty minutes. Well, no, that's a good day, and even then it's more like ten. Most days it's a couple of minutes before the pain in my feet gets too much.",
                "corr_num": [
                    "{sub} can stand for around 20 minutes on a good day and a couple of minutes on most days because of pain in {pos} feet",
                ],
                "sup": [
                    "{sub} can stand for around ten minutes on a good day but only a couple of minutes on most days because of pain in {pos} feet",
                ],
                "num": [
                    "{sub} can stand for around 40 minutes on a good day and about 20 minutes on most days because of pain in {pos} feet",
                ],
                "qual": ["{sub} can stand for around ten minutes"],
                "both": ["{sub} can stand for about 45 minutes"],
            },
        ],
    },
    "sit": {
        "q": [
            "And sitting, how long can you sit in an ordinary chair?",
            "How long are you comfortable sitting for?",
            "What about sitting? Say watching the telly or at a table.",
        ],
        "fu": [
            "How long would that be, roughly?",
            "Can you give me a rough time on that?",
        ],
        "vague": [
            "It varies. I'm always shifting about.",
            "Not that long, really.",
        ],
        "sc": [
            {
                "ans": "Twenty minutes at most, then I have to get up and walk about because my hips seize up.",
                "comp": "{Sub} can't sit through a programme. Twenty minutes and {sub}'s up walking round the room because {pos} hips seize up.",
                "sup": [
                    "{sub} can sit for about 20 minutes before having to get up and move around because {pos} hips stiffen",
                    "{sub} is able to sit for around 20 minutes before needing to stand and walk about due to hip stiffness",
                ],
                "num": [
                    "{sub} can sit for about an hour before having to get up and move around because {pos} hips stiffen",
                    "{sub} is able to sit for around 90 minutes before needing to stand and walk about",
                ],
                "qual": ["{sub} can sit for about 20 minutes"],
                "both": ["{sub} can sit for over an hour"],
            },
            {
                "ans": "About half an hour, and only with my special cushion. Without it, ten minutes and the pain is shooting down my leg.",
                "short": "Half an hour with my special cushion. Without the cushion it's ten minutes and then the pain shoots down my leg.",
                "sup": [
                    "{sub} can sit for about 30 minutes using a special cushion, or about 10 minutes without it before pain shoots down {pos} leg",
                ],
                "num": [
                    "{sub} can sit for around two hours using a special cushion",
                ],
                "qual": ["{sub} can sit for about 30 minutes"],
                "both": ["{sub} can sit for up to two hours"],
            },
        ],
    },
}

TOPICS.update(
    {
        "cook": {
            "q": [
                "Do you cook for yourself?",
                "Tell me about preparing a meal. What can you make?",
                "How do you get on with cooking?",
            ],
            "fu": ["How often does that happen?", "And how long does that take you?"],
            "vague": ["Not really, no. Just bits.", "Simple things. Nothing proper."],
            "sc": [
                {
                    "vague": "Not really, no. Just the microwave.",
                    "fu": "So who does the main meals, and how often?",
                    "ans": "Not really. I can put a ready meal in the microwave, but I can't stand at the cooker. My son comes round and cooks a proper meal about five nights a week.",
                    "short": "My son comes round and does a proper meal, about five nights a week. I can manage a ready meal in the microwave, but I can't stand at the cooker.",
                    "comp": "I come round and cook for {obj}, about five nights a week. {Sub} can do a microwave meal, but {sub} can't stand at the cooker.",
                    "sup": [
                        "{sub} can heat a ready meal in the microwave but cannot stand at the cooker, and someone else cooks a proper meal for {obj} about five nights a week",
                    ],
                    "num": [
                        "{sub} uses the microwave for ready meals and someone else cooks a proper meal for {obj} about once a week",
                    ],
                    "qual": ["{sub} prepares ready meals in the microwave"],
                    "both": ["{sub} cooks simple meals for {refl} on most days of the week"],
                },
                {
                    "vague": "Simple things. It takes me a long time, though.",
                    "fu": "How long would a simple meal take you?",
                    "ans": "I can chop vegetables sitting at the table, but a simple meal takes me about an hour, because I keep having to sit down and rest.",
                    "short": "About an hour for something simple, because I keep having to sit down and rest.",
                    "comp": "{Sub} does try. But a simple meal, pasta say, takes {obj} about an hour, because {sub} keeps having to sit down and rest.",
                    "sup": [
                        "a simple meal takes {obj} about an hour because {sub} has to keep sitting down to rest",
                    ],
                    "num": [
                        "a simple meal takes {obj} about 15 minutes, sitting down to rest part way through",
                    ],
                    "qual": ["{sub} prepares simple meals, chopping vegetables at the table"],
                    "both": ["{sub} can prepare a simple meal in about 20 minutes"],
                },
            ],
        },
        "wash": {
            "q": [
                "How do you manage washing and bathing?",
                "Talk me through how you wash. Is it a shower or a bath?",
            ],
            "fu": ["How often do you manage that?", "And how often is that?"],
            "vague": ["It's hard. I have to be careful."],
            "sc": [
                {
                    "vague": "I use the shower, but I have to be careful. I've fallen in there before.",
                    "ans": "I have a shower about twice a week, sitting on a stool, and only when there's someone in the house, because I've fallen in there before.",
                    "short": "Twice a week, usually. I sit on a stool, and I only do it when someone else is in the house.",
                    "comp": "{Sub} showers about twice a week, on a stool, and only when I'm in the house, because {sub}'s fallen in there before.",
                    "sup": [
                        "{sub} showers about twice a week sitting on a stool, and only when someone else is in the house because of a previous fall",
                    ],
                    "num": [
                        "{sub} showers daily sitting on a stool, only when someone else is in the house",
                    ],
                    "qual": ["{sub} showers about twice a week"],
                    "both": ["{sub} showers every day"],
                },
                {
                    "ans": "My partner has to help me get my legs over the side of the bath. I manage a bath once a week, maybe, because it's such a struggle. The rest of the time I have a strip wash at the sink.",
                    "short": "Once a week, if that. My partner has to help me get my legs over the side of the bath. Otherwise it's a strip wash at the sink.",
                    "comp": "I have to help {obj} get {pos} legs over the side of the bath. It's once a week, if that, because it's such a struggle. The rest of the time it's a wash at the sink.",
                    "sup": [
                        "{sub} needs help getting {pos} legs over the side of the bath, manages a bath about once a week and otherwise has a strip wash at the sink",
                    ],
                    "num": [
                        "{sub} has a bath three or four times a week with help getting in and out",
                    ],
                    "qual": ["{sub} has a bath about once a week and strip washes at the sink"],
                    "both": ["{sub} bathes most days"],
                },
            ],
        },
        "dress": {
            "q": [
                "Tell me about getting dressed in the morning.",
                "How do you get on with dressing and undressing?",
            ],
            "fu": ["How long does it take you, roughly?", "Roughly how long does all that take?"],
            "vague": ["Slowly. My hands don't work properly."],
            "sc": [
                {
                    "ans": "It takes me a good forty-five minutes, because of my hands. I can't do buttons or zips, so my daughter does those for me.",
                    "short": "Forty-five minutes, easily. And I can't do buttons or zips, my daughter has to do them.",
                    "comp": "It takes {obj} forty-five minutes at least, and I have to do {pos} buttons and zips, {pos} fingers won't do it.",
                    "sup": [
                        "it takes {obj} about 45 minutes to get dressed because of {pos} hands, and {sub} needs help with buttons and zips",
                    ],
                    "num": [
                        "it takes {obj} about 10 minutes to get dressed, with help for buttons and zips",
                    ],
                    "qual": ["it takes {obj} about 45 minutes to get dressed"],
                    "both": ["{sub} gets dressed in about 10 minutes"],
                },
                {
                    "vague": "The top half I can do. The bottom half, no.",
                    "ans": "I can do my top half. But socks and shoes, no, I can't bend. My partner does those every morning, and it's ages before I'm ready, an hour sometimes.",
                    "short": "An hour, sometimes. I can't bend, so my partner does my socks and shoes every morning.",
                    "comp": "I do {pos} socks and shoes every morning, {sub} can't bend. {Sub} does the top half {refl}, but it's an hour sometimes before {sub}'s ready.",
                    "sup": [
                        "{sub} can dress {pos} upper body but needs help with socks and shoes every morning, and dressing can take up to an hour",
                    ],
                    "num": [
                        "{sub} needs help with socks and shoes every morning and is usually dressed in about 15 minutes",
                    ],
                    "qual": ["{sub} dresses {refl}, taking up to an hour"],
                    "both": ["{sub} dresses {refl} in around 15 minutes"],
                },
            ],
        },
        "meds": {
            "q": ["How do you manage your medication?", "Who sorts out your tablets?"],
            "fu": [
                "How many tablets is that a day?",
                "And how many tablets are you taking altogether each day?",
            ],
            "vague": ["My daughter sorts them. I'd forget otherwise."],
            "sc": [
                {
                    "ans": "I'm on about fourteen tablets a day. My daughter sets them out in a dosette box every Sunday and phones me to remind me, otherwise I'd forget.",
                    "short": "About fourteen a day. She puts them in a dosette box every Sunday and rings me to remind me to take them.",
                    "comp": "I set them out in a dosette box every Sunday, there's about fourteen a day, and I ring {obj} to remind {obj}, because {sub} forgets.",
                    "sup": [
                        "{sub} takes about 14 tablets a day, which are set out in a dosette box each week, and {sub} needs a phone call to remind {obj} to take them",
                    ],
                    "num": [
                        "{sub} takes about 4 tablets a day from a dosette box and needs a reminder call",
                    ],
                    "qual": ["{sub} takes about 14 tablets a day from a dosette box"],
                    "both": ["{sub} manages around 4 tablets a day"],
                },
                {
                    "vague": "I do my own injections, but I get muddled.",
                    "fu": "How often do you inject, and have you had any problems with it?",
                    "ans": "I do my insulin four times a day, but I've had three hypos this month because I forget whether I've done it. My partner checks my blood sugar at night.",
                    "short": "Four times a day. But I've had three hypos this month, because I forget if I've done it. My partner checks my sugar at night.",
                    "comp": "I check {pos} blood sugar at night, because {sub}'s had three hypos this month. {Sub} does {pos} insulin four times a day, but {sub} forgets whether {sub}'s done one.",
                    "sup": [
                        "{sub} injects insulin four times a day, has had three hypos this month through forgetting doses, and has {pos} blood sugar checked by someone else at night",
                    ],
                    "num": [
                        "{sub} injects insulin four times a day and has had one hypo in the past year, with {pos} blood sugar checked by someone else at night",
                    ],
                    "qual": ["{sub} manages {pos} own insulin injections four times a day"],
                    "both": ["{sub} manages {pos} own insulin twice a day"],
                },
            ],
        },
        "panic": {
            "q": [
                "You mentioned anxiety. How often do you get panic attacks?",
                "How often are you having panic attacks at the moment?",
            ],
            "fu": [
                "How many would you have in a week, roughly?",
                "How often would you say that is?",
            ],
            "vague": ["A lot. It's got worse since the summer.", "Too often."],
            "sc": [
                {
                    "ans": "Four or five a week at the moment. They last about half an hour and I just shake and can't breathe.",
                    "short": "Four or five a week. Each one lasts about half an hour. I shake and I can't breathe.",
                    "comp": "{Sub} has four or five a week. I sit with {obj} while it passes, it's about half an hour each time.",
                    "sup": [
                        "{sub} has four to five panic attacks a week, each lasting about half an hour",
                    ],
                    "num": [
                        "{sub} has around one panic attack a month",
                        "{sub} has four to five panic attacks a month, lasting a few minutes",
                    ],
                    "qual": [],
                    "both": [],
                },
                {
                    "ans": "Every day, pretty much. Sometimes two or three in a day. My partner has to talk me down.",
                    "short": "Every day, near enough. Sometimes two or three in one day, and my partner has to talk me down.",
                    "comp": "Pretty much every day, sometimes two or three in a day. I have to talk {obj} down.",
                    "sup": [
                        "{sub} has panic attacks almost daily, sometimes two or three a day, and needs someone to talk {obj} down",
                    ],
                    "num": [
                        "{sub} has panic attacks about once a week and needs someone to talk {obj} down",
                    ],
                    "qual": ["{sub} has panic attacks almost daily"],
                    "both": ["{sub} has occasional panic attacks, about once a fortnight"],
                },
            ],
        },
        "out": {
            "q": ["Do you go out on your own?", "How often do you get out of the house?"],
            "fu": ["Roughly how often would you say you go out?", "How often is that, roughly?"],
            "vague": ["Hardly ever. Not on my own."],
            "sc": [
                {
                    "ans": "Maybe twice a month, and only if my sister comes with me. If I'm on my own I panic and have to come straight home.",
                    "short": "Twice a month, maybe. Always with my sister. On my own I panic.",
                    "comp": "Twice a month, maybe, and always with someone. If {sub} tries on {pos} own {sub} panics and comes straight back.",
                    "sup": [
                        "{sub} goes out around twice a month, always with someone, because {sub} panics when alone",
                    ],
                    "num": [
                        "{sub} goes out most days, always with someone accompanying {obj}",
                        "{sub} goes out three or four times a week with someone",
                    ],
                    "qual": ["{sub} goes out around twice a month"],
                    "both": ["{sub} goes out several times a week"],
                },
                {
                    "vague": "Only to one place.",
                    "ans": "I get the bus to my mum's on a Tuesday. That's the only place I go, once a week, and I need her to meet me at the stop, because I got lost once and ended up in town.",
                    "short": "Once a week, on the bus to my mum's. She has to meet me at the stop, because I got lost once and ended up in town.",
                    "comp": "{Sub} goes to the same place every Tuesday on the bus, once a week, and has to be met at the stop. {Sub} got lost once and ended up in town.",
                    "sup": [
                        "{sub} takes the bus once a week to a familiar place and needs to be met at the stop because {sub} has previously got lost",
                    ],
                    "num": [
                        "{sub} takes the bus four or five times a week, needing to be met at the stop",
                    ],
                    "qual": ["{sub} takes the bus on {pos} own once a week"],
                    "both": ["{sub} uses the bus several times a week"],
                },
            ],
        },
    }
)

TOPICS.update(
    {
        "lift": {
            "q": [
                "What's the heaviest thing you can pick up and carry?",
                "Could you pick something up off a kitchen worktop and carry it across the room?",
            ],
            "fu": [
                "How heavy would that be, roughly? Give me an example.",
                "Can you give me an example of something you can lift?",
            ],
            "vague": ["Not much. Light things."],
            "sc": [
                {
                    "ans": "A bag of sugar, so a kilo. I can pick it up once, but I couldn't do it again straight after, my wrist burns.",
                    "short": "A kilo bag of sugar. Once. I couldn't do it again straight away, my wrist burns.",
                    "comp": "A bag of sugar, a kilo, that's it. And only the once, {pos} wrist burns afterwards and {sub} can't do it again.",
                    "sup": [
                        "{sub} can pick up a 1 kilogram bag of sugar once but could not repeat it because of burning pain in {pos} wrist",
                    ],
                    "num": [
                        "{sub} can pick up and carry about 5 kilograms once, but not repeatedly because of wrist pain",
                    ],
                    "qual": ["{sub} can lift a bag of sugar, about 1 kilogram"],
                    "both": ["{sub} can lift and carry around 5 kilograms"],
                },
                {
                    "ans": "A two pint carton of milk, that's about it. A full shopping bag, no chance, my arm just gives way and I drop it.",
                    "short": "A two pint carton of milk. Anything like a shopping bag, my arm gives way.",
                    "sup": [
                        "{sub} can lift a two pint carton of milk but not a full shopping bag because {pos} arm gives way",
                    ],
                    "num": [
                        "{sub} can lift a six pint carton of milk but not a full shopping bag",
                    ],
                    "qual": ["{sub} can lift a two pint carton of milk"],
                    "both": [],
                },
            ],
        },
        "cont": {
            "q": [
                "Do you have any problems with your bladder or bowels?",
                "I have to ask about continence. Any problems there?",
            ],
            "fu": ["How often does that happen?", "How many times a week would you say?"],
            "vague": ["Yes. It's embarrassing, but yes."],
            "sc": [
                {
                    "ans": "Yes. I have accidents three or four times a week, so I wear pads all the time now.",
                    "short": "Three or four times a week. I wear pads all the time now.",
                    "comp": "{Sub} has accidents three or four times a week. {Sub} wears pads all the time now, and I help {obj} change.",
                    "sup": [
                        "{sub} has accidents three to four times a week and wears pads at all times",
                    ],
                    "num": ["{sub} has an accident about once a month and wears pads"],
                    "qual": ["{sub} has accidents three to four times a week"],
                    "both": ["{sub} has occasional accidents, about once every couple of months"],
                },
                {
                    "ans": "At night, mainly. I wet the bed two or three nights a week, even with the tablets, and I use a bottle because I can't get to the toilet in time.",
                    "short": "Two or three nights a week I wet the bed, even with the tablets. I use a bottle at night because I can't get to the toilet in time.",
                    "sup": [
                        "{sub} wets the bed two or three nights a week despite medication and uses a urine bottle at night",
                    ],
                    "num": [
                        "{sub} wets the bed about once a month and uses a urine bottle at night"
                    ],
                    "qual": ["{sub} wets the bed two or three nights a week"],
                    "both": ["{sub} has rare night-time accidents, about twice a year"],
                },
            ],
        },
        "seiz": {
            "q": [
                "How often are you having seizures?",
                "Tell me about the seizures. How often do they happen?",
            ],
            "fu": ["And how often is that?", "How many in a typical month?"],
            "vague": ["It's hard to say. They come out of nowhere."],
            "sc": [
                {
                    "ans": "About two a month, sometimes three. Afterwards I'm wiped out for the rest of the day and someone has to stay with me.",
                    "comp": "Two a month, sometimes three. I have to stay with {obj} afterwards, {sub}'s confused and wiped out for the rest of the day.",
                    "sup": [
                        "{sub} has two to three seizures a month and needs someone to stay with {obj} afterwards",
                    ],
                    "num": [
                        "{sub} has around two seizures a year and needs someone to stay with {obj} afterwards",
                        "{sub} has a seizure about every three months, needing someone with {obj} afterwards",
                    ],
                    "qual": ["{sub} has two to three seizures a month"],
                    "both": ["{sub} has one or two seizures a year"],
                },
                {
                    "ans": "Twice a week at the moment, and I don't get any warning. I've hurt myself falling.",
                    "corr": "Once a week. Well, no, that was last year. Now it's more like twice a week, and I don't get any warning. I've hurt myself falling.",
                    "corr_num": ["{sub} has about one seizure a week, without warning"],
                    "sup": [
                        "{sub} is currently having about two seizures a week, without warning, and has been injured falling",
                    ],
                    "num": [
                        "{sub} is currently having about two seizures a month, without warning"
                    ],
                    "qual": ["{sub} has about two seizures a week"],
                    "both": ["{sub} has occasional seizures, around one a month"],
                },
            ],
        },
        "sleep": {
            "q": ["How are you sleeping?", "What's your sleep like at the moment?"],
            "fu": ["How many hours would you get, roughly?"],
            "vague": ["Terrible.", "Not good."],
            "sc": [
                {
                    "ans": "Badly. Three hours a night, maybe, because the pain wakes me up.",
                    "short": "Three hours, if I'm lucky. The pain wakes me up.",
                    "comp": "{Sub} gets about three hours a night. I hear {obj} up and down because of the pain.",
                    "sup": ["{sub} sleeps about three hours a night because pain wakes {obj}"],
                    "num": [
                        "{sub} sleeps about seven hours a night, though pain sometimes wakes {obj}"
                    ],
                    "qual": ["{sub} sleeps about three hours a night"],
                    "both": ["{sub} sleeps seven to eight hours a night"],
                },
                {
                    "ans": "I sleep all the time, that's the trouble. Fourteen, fifteen hours, and I still wake up exhausted.",
                    "short": "Fourteen or fifteen hours, and I still wake up exhausted.",
                    "sup": ["{sub} sleeps 14 to 15 hours a day and still wakes exhausted"],
                    "num": ["{sub} sleeps about 8 hours a night but still wakes exhausted"],
                    "qual": [],
                    "both": [],
                },
            ],
        },
        "read": {
            "q": [
                "Can you read a letter, say one from the council?",
                "How do you get on with reading post and forms?",
            ],
            "fu": [
                "How long can you read for?",
                "How long does it take you to get through a letter?",
            ],
            "vague": ["Not very well.", "I struggle."],
            "sc": [
                {
                    "fu": "How long can you read for before you have to stop?",
                    "ans": "Short ones. After about five minutes the words start moving and I get a headache, so my son reads the long ones out to me.",
                    "short": "About five minutes, then the words start moving and I get a headache. My son reads the long ones to me.",
                    "comp": "Short ones. After five minutes or so {sub} gets a headache, the words move about, so I read the long ones out to {obj}.",
                    "sup": [
                        "{sub} can read short letters, but after about five minutes the words move and {sub} gets a headache, so someone reads longer letters to {obj}",
                    ],
                    "num": [
                        "{sub} can read for about an hour before getting a headache, and someone reads longer letters to {obj}",
                    ],
                    "qual": ["{sub} reads {pos} own letters for about five minutes at a time"],
                    "both": ["{sub} reads for up to an hour at a time"],
                },
                {
                    "fu": "How long does it take you to get through a letter?",
                    "ans": "I can read about a page, but by then I've forgotten what the first bit said and I have to start again. It takes me an hour to get through one letter.",
                    "short": "An hour, for one letter. I read a page and I've forgotten the start, so I go back again.",
                    "sup": [
                        "{sub} can read about a page before forgetting the start, and it takes {obj} about an hour to get through a letter",
                    ],
                    "num": ["it takes {obj} about 10 minutes to get through a letter"],
                    "qual": ["{sub} can read about a page"],
                    "both": ["{sub} reads a letter in a few minutes"],
                },
            ],
        },
        "money": {
            "q": [
                "How do you manage with money and paying the bills?",
                "How are you with budgeting?",
            ],
            "fu": ["Have there been any problems with money?", "And how does it go wrong?"],
            "vague": ["Not very well, if I'm honest.", "I'm useless with it."],
            "sc": [
                {
                    "ans": "My mum does it all. I get overwhelmed. Last year when I was unwell I ran up about two thousand pounds on catalogues.",
                    "short": "Last year when I was unwell I ran up about two thousand pounds on catalogues. So my mum does it all now, I get overwhelmed.",
                    "comp": "I do all {pos} money. {Sub} gets overwhelmed. Last year, when {sub} was poorly, {sub} ran up about two thousand pounds on catalogues.",
                    "sup": [
                        "someone else manages {pos} bills because {sub} gets overwhelmed, and {sub} ran up about £2,000 of catalogue debt last year while unwell",
                    ],
                    "num": [
                        "someone else manages {pos} bills, and {sub} ran up about £200 of catalogue debt last year while unwell",
                    ],
                    "qual": [
                        "{sub} manages {pos} bills and ran up about £2,000 of catalogue debt last year",
                    ],
                    "both": [
                        "{sub} manages {pos} own money and ran up a small debt of about £150 last year",
                    ],
                },
                {
                    "ans": "I do my own shopping with cash, but every month I run out about ten days before my money comes in, and my brother has to lend me some.",
                    "short": "Every month I run out about ten days early, and my brother has to lend me some to get by.",
                    "comp": "{Sub} runs out every month, about ten days before {pos} money comes in, and {pos} brother has to lend {obj} some.",
                    "sup": [
                        "{sub} runs out of money about ten days before each payment and relies on a relative to lend {obj} money",
                    ],
                    "num": [
                        "{sub} occasionally runs out of money a day or two before payment and relies on a relative to lend {obj} money",
                    ],
                    "qual": [
                        "{sub} manages {pos} own money, running out about ten days before payment each month",
                    ],
                    "both": ["{sub} budgets for {refl} and only occasionally runs short by a day"],
                },
            ],
        },
    }
)

TOPICS.update(
    {
        "stairs": {
            "q": ["Have you got stairs at home?", "How do you manage the stairs?"],
            "fu": ["How long does it take you to get up them?", "And how do you get on with them?"],
            "vague": ["Yes, and I hate them.", "Just about."],
            "sc": [
                {
                    "ans": "Fourteen stairs. It takes me about five minutes to get up and I sit on the middle step for a rest.",
                    "short": "About five minutes to get up all fourteen. I sit on the middle step for a rest.",
                    "comp": "There's fourteen, and it takes {obj} about five minutes. {Sub} sits on the middle step for a rest on the way up.",
                    "sup": [
                        "{sub} climbs the 14 stairs at home in about five minutes, sitting on the middle step to rest",
                    ],
                    "num": [
                        "{sub} climbs the stairs at home in about a minute, resting on the middle step",
                    ],
                    "qual": ["{sub} climbs the 14 stairs at home"],
                    "both": ["{sub} climbs the stairs in about a minute"],
                },
                {
                    "vague": "I don't, not any more.",
                    "fu": "What happened?",
                    "ans": "I don't go upstairs any more. We brought the bed downstairs about two years ago, after I fell three times in a month on the stairs.",
                    "short": "I fell three times in one month on them, so about two years ago we brought the bed downstairs.",
                    "comp": "We moved {pos} bed downstairs two years ago. {Sub} fell on the stairs three times in one month.",
                    "sup": [
                        "{sub} no longer uses the stairs, {pos} bed having been moved downstairs about two years ago after three falls on the stairs in a month",
                    ],
                    "num": [
                        "{pos} bed was moved downstairs after a single fall on the stairs",
                    ],
                    "qual": [],
                    "both": [],
                },
            ],
        },
        "eat": {
            "q": ["How do you manage eating and drinking?", "How do you get on at mealtimes?"],
            "fu": ["How long does a meal take you?", "Roughly how long would a dinner take?"],
            "vague": ["Very slowly."],
            "sc": [
                {
                    "ans": "Very slowly. A dinner takes me about an hour because my hand shakes, and I use a plate guard and cutlery with thick handles.",
                    "short": "An hour for a dinner, because my hand shakes. I use a plate guard and cutlery with thick handles.",
                    "comp": "It takes {obj} about an hour to get through a dinner, {pos} hand shakes so much. {Sub} has a plate guard and the cutlery with thick handles.",
                    "sup": [
                        "a main meal takes {obj} about an hour because of a tremor, and {sub} uses a plate guard and thick-handled cutlery",
                    ],
                    "num": [
                        "a main meal takes {obj} about 15 minutes, using a plate guard and thick-handled cutlery",
                    ],
                    "qual": ["a main meal takes {obj} about an hour"],
                    "both": ["{sub} eats a main meal in about 15 minutes"],
                },
                {
                    "q": [
                        "Can you cut up your own food?",
                        "What about cutting up food on your plate?",
                    ],
                    "vague": "No. I can't grip the knife.",
                    "fu": "So how often do you need help with it?",
                    "ans": "My partner cuts it up for me, every meal. I can't grip the knife. Then I can feed myself with a spoon.",
                    "short": "Every single meal. My partner cuts it up, then I can feed myself with a spoon.",
                    "comp": "I cut it up for {obj}, every meal, {sub} can't grip the knife. Then {sub} manages with a spoon.",
                    "sup": [
                        "{sub} needs {pos} food cutting up at every meal as {sub} cannot grip a knife, then feeds {refl} with a spoon",
                    ],
                    "num": [
                        "{sub} occasionally needs tougher food cutting up, and otherwise feeds {refl} with a spoon",
                    ],
                    "qual": ["{sub} feeds {refl} with a spoon"],
                    "both": [],
                },
            ],
        },
        "social": {
            "q": ["Do you see friends or family much?", "How do you get on around other people?"],
            "fu": ["When did you last see a friend?", "How often would you see them?"],
            "vague": ["Not great.", "I keep myself to myself now."],
            "sc": [
                {
                    "fu": "When did you last see a friend?",
                    "ans": "I haven't seen a friend for about eight months. When people come round I go upstairs till they've gone.",
                    "short": "About eight months ago. When people come round I go upstairs till they've gone.",
                    "comp": "{Sub} hasn't seen a friend for about eight months. If anyone comes round, {sub} goes upstairs until they've gone.",
                    "sup": [
                        "{sub} has not seen a friend for about eight months and goes upstairs when visitors call",
                    ],
                    "num": ["{sub} last saw a friend about two weeks ago"],
                    "qual": ["{sub} has not seen a friend for about eight months"],
                    "both": ["{sub} sees friends every week or so"],
                },
                {
                    "fu": "Who do you see, and how often?",
                    "ans": "I see my sister once a week, but only at my house, and my support worker has to be there or I get in a real state.",
                    "short": "My sister, once a week. Only at my house, with my support worker there, or I get in a real state.",
                    "comp": "{Sub} sees {pos} sister once a week, at home, and somebody has to be there with {obj}, otherwise {sub} gets in a real state.",
                    "sup": [
                        "{sub} sees {pos} sister once a week, only at home and with someone supporting {obj}, otherwise {sub} becomes very distressed",
                    ],
                    "num": [
                        "{sub} sees {pos} sister three or four times a week, with someone supporting {obj}",
                    ],
                    "qual": ["{sub} sees {pos} sister once a week"],
                    "both": ["{sub} socialises with family several times a week"],
                },
            ],
        },
        "pain": {
            "q": [
                "What are you taking for the pain?",
                "What painkillers are you on at the moment?",
            ],
            "fu": ["What dose is that, and how often?", "And how often do you take them?"],
            "vague": ["Quite a lot, actually.", "Strong ones."],
            "sc": [
                {
                    "ans": "Morphine, thirty milligrams twice a day, and it still doesn't touch the pain most days.",
                    "short": "Morphine, thirty milligrams, twice a day. It still doesn't touch the pain most days.",
                    "sup": [
                        "{sub} takes morphine 30 milligrams twice a day, which does not control {pos} pain on most days",
                    ],
                    "num": [
                        "{sub} takes morphine 10 milligrams once a day, which does not fully control {pos} pain",
                    ],
                    "qual": ["{sub} takes morphine 30 milligrams twice a day"],
                    "both": ["{sub} takes morphine 10 milligrams at night as needed"],
                },
                {
                    "ans": "Co-codamol, two tablets four times a day, and pregabalin. I'm still in pain every day, I'm just drowsy as well.",
                    "short": "Two co-codamol four times a day, and the pregabalin. I'm still in pain every day.",
                    "sup": [
                        "{sub} takes two co-codamol four times a day along with pregabalin and remains in pain daily",
                    ],
                    "num": [
                        "{sub} takes co-codamol about twice a week along with pregabalin, and remains in pain daily",
                    ],
                    "qual": [
                        "{sub} takes co-codamol, two tablets four times a day, and pregabalin"
                    ],
                    "both": ["{sub} takes co-codamol as needed, a few times a week"],
                },
            ],
        },
        "falls": {
            "q": ["Have you had any falls?", "Any falls recently?"],
            "fu": ["How many, roughly, since the start of the year?", "How many would that be?"],
            "vague": ["Yes, a few.", "More than I'd like."],
            "sc": [
                {
                    "ans": "Six since Christmas. The last time I couldn't get up and my neighbour had to help me off the floor.",
                    "short": "Six since Christmas. The last time my neighbour had to help me up off the floor.",
                    "comp": "Six since Christmas. The last one, {sub} couldn't get up, I had to get the neighbour to help lift {obj}.",
                    "corr": "Three, I think. No, more than that, it's six since Christmas. The last time I couldn't get back up and my neighbour had to help me.",
                    "corr_num": [
                        "{sub} has fallen three times since Christmas, needing help to get up on the last occasion",
                    ],
                    "sup": [
                        "{sub} has fallen six times since Christmas and on the last occasion needed help to get up",
                    ],
                    "num": ["{sub} has fallen once since Christmas and needed help to get up"],
                    "qual": ["{sub} has fallen six times since Christmas"],
                    "both": ["{sub} had a single fall earlier in the year"],
                },
            ],
        },
        "toilet": {
            "q": [
                "Can you get on and off the toilet by yourself?",
                "Any difficulty using the toilet?",
            ],
            "fu": ["How often do you need help at night?", "How many times would that be?"],
            "vague": ["In the day, just about.", "Not at night."],
            "sc": [
                {
                    "ans": "I need the grab rail to get off the toilet. At night my partner has to help me, two or three times a night.",
                    "short": "Two or three times every night my partner has to help me. In the day I use the grab rail.",
                    "comp": "I help {obj} at night, two or three times a night. In the day {sub} uses the grab rail to get up off the toilet.",
                    "sup": [
                        "{sub} uses a grab rail to get off the toilet and needs help at night two or three times a night",
                    ],
                    "num": [
                        "{sub} uses a grab rail to get off the toilet and needs help at night about once a week",
                    ],
                    "qual": ["{sub} gets on and off the toilet"],
                    "both": [
                        "{sub} manages the toilet by {refl}, needing help at night only about once a week"
                    ],
                },
            ],
        },
    }
)

# ---------------------------------------------------------------------------
# Statements about things never mentioned.  "keys" are words that must not
# occur anywhere in the dialogue of a case that uses the statement.
# ---------------------------------------------------------------------------

NEVER_SAID = [
    ("{R} {sub} walks {pos} dog twice a day.", ["dog"]),
    ("{R} {sub} goes to the gym three times a week.", ["gym"]),
    ("{R} {sub} goes swimming at the leisure centre on Fridays.", ["swim", "leisure"]),
    ("{R} {sub} went on holiday to Spain earlier this year.", ["holiday", "spain", "abroad"]),
    (
        "{R} {sub} collects {pos} grandchildren from school each afternoon.",
        ["grandchild", "school"],
    ),
    ("{R} {sub} does {pos} own gardening, including mowing the lawn.", ["garden", "lawn"]),
    ("{R} {sub} volunteers in a charity shop two mornings a week.", ["volunteer", "charity"]),
    ("{R} {sub} still drives short distances to the local shops.", ["driv"]),
    (
        "{R} {sub} plays computer games online with friends most evenings.",
        ["game", "computer", "online"],
    ),
    ("{R} {sub} is attending a college course two days a week.", ["college"]),
    ("{R} {sub} sings in a community choir every Thursday evening.", ["choir", "sing"]),
    ("{R} {sub} goes fishing with a friend at weekends.", ["fish"]),
]

MALE_NAMES = [
    "Mr Hughes",
    "Mr Okafor",
    "Mr Patel",
    "Mr Doyle",
    "Mr Baxter",
    "Mr Morgan",
    "Mr Campbell",
    "Mr Nowak",
    "Mr Ahmed",
    "Mr Reid",
]
FEMALE_NAMES = [
    "Mrs Begum",
    "Ms Kowalski",
    "Mrs Evans",
    "Miss Turner",
    "Ms Adeyemi",
    "Mrs Walsh",
    "Ms Fraser",
    "Mrs Lloyd",
    "Miss Chaudhry",
    "Ms Bennett",
]
ASSESSOR_NAMES = [
    "Claire",
    "Dan",
    "Priya",
    "Mark",
    "Joanne",
    "Tom",
    "Shona",
    "Gareth",
    "Amira",
    "Steve",
]
ASSESSOR_ROLES = [
    "a nurse",
    "a physiotherapist",
    "a paramedic",
    "an occupational therapist",
    "a registered nurse",
]

COMPANIONS = {
    "m": ["wife", "partner", "mum", "dad", "daughter", "son", "support worker"],
    "f": ["husband", "partner", "mum", "daughter", "son", "support worker", "friend"],
}

REPORT_VERBS = ["stated", "said", "reported", "explained", "told me", "advised", "described"]
STOCK_VERBS = ["States", "Reports", "Says"]


def _pronouns(gender: str) -> dict[str, str]:
    if gender == "m":
        return {
            "sub": "he",
            "obj": "him",
            "pos": "his",
            "Sub": "He",
            "Pos": "His",
            "refl": "himself",
        }
    return {"sub": "she", "obj": "her", "pos": "her", "Sub": "She", "Pos": "Her", "refl": "herself"}


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fmt(text: str, pr: dict[str, str]) -> str:
    return text.format(**pr)


def _reporter(rng: random.Random, name: str, pr: dict[str, str], comp_rel: str | None) -> str:
    """Return the opening of a reported-speech sentence, up to and including 'that'."""
    verb = rng.choice(REPORT_VERBS)
    tail = "how" if verb == "described" else "that"
    if comp_rel is not None:
        who = rng.choice(
            [f"{pr['Pos']} {comp_rel}", f"{pr['Pos']} {comp_rel}, who attended with {pr['obj']},"]
        )
        return f"{who} {verb} {tail}"
    form = rng.randrange(4)
    if form == 0:
        return f"{name} {verb} {tail}"
    if form == 1:
        return f"{pr['Sub']} {verb} {tail}"
    if form == 2:
        return f"The claimant {verb} {tail}"
    return f"{rng.choice(STOCK_VERBS)} that"


def _impossible(rng: random.Random, mode: str, name: str, pr: dict[str, str]) -> str:
    dur = rng.choice([35, 40, 45, 50, 55, 60, 65, 70, 75, 80])
    hour = rng.randint(9, 15)
    minute = rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45])
    end_total = hour * 60 + minute + dur
    t1 = f"{hour:02d}:{minute:02d}"
    t2 = f"{end_total // 60:02d}:{end_total % 60:02d}"
    options = [
        f"The consultation started at {t1} and finished at {t2}.",
        f"The assessment lasted approximately {dur} minutes.",
        f"Consultation start time {t1}, end time {t2}, with no breaks requested.",
    ]
    if mode == "face":
        options += [
            f"{name} sat comfortably throughout the {dur} minute consultation without needing to stand or shift position.",
            f"{pr['Sub']} was observed to sit for {dur} minutes during the assessment with no signs of discomfort.",
            f"{pr['Sub']} stood for around {min(dur, 40)} minutes at the end of the consultation while we went through the paperwork.",
        ]
    elif mode == "phone":
        options += [
            f"{pr['Sub']} maintained concentration throughout the {dur} minute telephone call and did not need questions repeating.",
            f"{name} engaged well for the full {dur} minutes of the call with no signs of distress.",
        ]
    else:
        options += [
            f"{pr['Sub']} was seen on camera sitting without apparent discomfort for the whole {dur} minute video consultation.",
            f"{name} concentrated well over the {dur} minutes of the video call.",
        ]
    return rng.choice(options)


# ---------------------------------------------------------------------------
# Dialogue assembly.
# ---------------------------------------------------------------------------

Q_PREFIXES = [
    "",
    "",
    "Okay. ",
    "Right, thank you. ",
    "Thanks. ",
    "Moving on, ",
    "Alright. ",
    "I'd like to ask about something else now. ",
]
FU_PREFIXES = [
    "",
    "",
    "Okay. ",
    "Sorry, just so I can note it down. ",
    "Right. ",
    "I see. ",
    "Mm, okay. ",
    "That's helpful. ",
]


def _lower_first(text: str) -> str:
    if text[:2] in ("I ", "I'"):
        return text
    return text[:1].lower() + text[1:]


def _pick(rng: random.Random, value) -> str:
    if isinstance(value, list):
        return rng.choice(value)
    return value


def _topic_block(rng, topic, sc, mode, pr, first_prefix):
    """Return a list of (role, text) turns; role is 'A', 'C' or 'P'."""
    q = _pick(rng, sc.get("q", topic["q"]))
    prefix = first_prefix if first_prefix is not None else rng.choice(Q_PREFIXES)
    lower = prefix.endswith(", ") and prefix[0].isupper()
    q = prefix + (_lower_first(q) if lower else q)
    vague = _pick(rng, sc.get("vague", topic["vague"]))
    fu = _pick(rng, sc.get("fu", topic["fu"]))
    short = sc.get("short", sc["ans"])
    if mode == "direct":
        return [("A", q), ("C", sc["ans"])]
    if mode == "corr":
        return [("A", q), ("C", sc["corr"])]
    if mode == "followup":
        return [("A", q), ("C", vague), ("A", rng.choice(FU_PREFIXES) + fu), ("C", short)]
    if mode == "comp":
        return [("A", q), ("C", vague), ("P", _fmt(sc["comp"], pr))]
    if mode == "comp_jump":
        return [("A", q), ("P", _fmt(sc["comp"], pr))]
    if mode == "comp_fu":
        return [
            ("A", q),
            ("C", vague),
            ("A", rng.choice(FU_PREFIXES) + fu),
            ("P", _fmt(sc["comp"], pr)),
        ]
    raise ValueError(mode)


def _choose_mode(rng: random.Random, sc: dict, has_comp: bool) -> str:
    if has_comp and "comp" in sc and rng.random() < 0.55:
        return rng.choice(["comp", "comp", "comp_jump", "comp_fu"])
    if "corr" in sc and rng.random() < 0.6:
        return "corr"
    return "followup" if rng.random() < 0.45 else "direct"


def _intro(rng, mode, bname, name, aname, role, ask_companion):
    if mode == "phone":
        opts = [
            f"Hello, is that {name}? My name's {aname}, I'm {role}, and I'm doing your {bname} assessment over the phone today.",
            f"Good morning, am I speaking to {name}? It's {aname} calling about your {bname} assessment. I'm {role}.",
        ]
    elif mode == "face":
        opts = [
            f"Come in and take a seat, {name}. I'm {aname}, I'm {role}, and I'll be carrying out your {bname} assessment today.",
            f"Hello {name}, thanks for coming in. My name is {aname}, I'm {role} and I'm doing your {bname} assessment.",
        ]
    else:
        opts = [
            f"Hi {name}, can you see and hear me alright? I'm {aname}, {role}, and this is the video call for your {bname} assessment.",
            f"Hello {name}. I'm {aname}, I'm {role}. Is the picture okay your end? This is your {bname} assessment by video.",
        ]
    text = rng.choice(opts)
    if ask_companion:
        text += rng.choice(
            [
                " Is there anyone with you today?",
                " I can see someone's with you. Who have you got with you?",
                " Have you got someone with you?",
            ]
        )
    else:
        text += rng.choice(
            [" Let's make a start. ", " I'll ask about your day to day life. ", " First of all, "]
        )
    return text


def make_case_11(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    rng = random.Random(seed)
    gender = rng.choice(["m", "f"])
    pr = _pronouns(gender)
    name = rng.choice(MALE_NAMES if gender == "m" else FEMALE_NAMES)
    aname = rng.choice(ASSESSOR_NAMES)
    role = rng.choice(ASSESSOR_ROLES)
    mode = rng.choice(["phone", "phone", "face", "face", "video"])
    bname = rng.choice(["PIP", "PIP", "work capability"])
    has_comp = rng.random() < 0.35
    comp_rel = rng.choice(COMPANIONS[gender]) if has_comp else None
    voices = rng.sample(VOICES, 3)
    voice = {"A": voices[0], "C": voices[1], "P": voices[2]}

    k = rng.randint(4, 6)
    names = rng.sample(sorted(TOPICS), k)
    chosen = []
    for tname in names:
        topic = TOPICS[tname]
        sc = rng.choice(topic["sc"])
        chosen.append([tname, topic, sc, _choose_mode(rng, sc, has_comp)])

    extra = 2 if has_comp else 0

    def size(m: str) -> int:
        return {"direct": 2, "corr": 2, "comp_jump": 2, "comp": 3, "followup": 4, "comp_fu": 4}[m]

    while extra + sum(size(c[3]) for c in chosen) > 18:
        longs = [c for c in chosen if size(c[3]) > 2]
        if len(chosen) > 4 and (not longs or rng.random() < 0.5):
            chosen.pop()
        else:
            c = rng.choice(longs)
            c[3] = "comp_jump" if c[3].startswith("comp") else "direct"

    turns: list[tuple[str, str]] = []
    intro = _intro(rng, mode, bname, name, aname, role, has_comp)
    if has_comp:
        turns.append(("A", intro))
        turns.append(
            (
                "P",
                rng.choice(
                    [
                        f"Yes, hello, I'm {pr['pos']} {comp_rel}. I'm just here to help {pr['obj']} out.",
                        f"Hi, it's {pr['pos']} {comp_rel} here. I'll chip in if {pr['sub']} gets stuck.",
                        f"That's me, I'm {pr['pos']} {comp_rel}. {pr['Sub']} asked me to sit in.",
                    ]
                ),
            )
        )
    blocks = []
    for i, (_tname, topic, sc, tmode) in enumerate(chosen):
        first_prefix = None
        if i == 0:
            first_prefix = "Thank you. " if has_comp else ""
        block = _topic_block(rng, topic, sc, tmode, pr, first_prefix)
        if i == 0 and not has_comp:
            role0, text0 = block[0]
            block[0] = (role0, intro + (_lower_first(text0) if intro.endswith(", ") else text0))
        blocks.append(block)
        turns.extend(block)
    if len(turns) + 2 <= 18 and rng.random() < 0.6:
        turns.append(
            (
                "A",
                rng.choice(
                    [
                        "That's all my questions. Is there anything else you want to tell me?",
                        "Right, I think that covers everything. Anything you'd like to add?",
                    ]
                ),
            )
        )
        turns.append(
            (
                "C",
                rng.choice(
                    [
                        "No, I think that's everything. Thank you.",
                        "No, that's it, thanks.",
                        "I don't think so, no.",
                    ]
                ),
            )
        )

    dialogue = [(0 if role == "A" else 1, voice[role], text) for role, text in turns]
    spoken = " ".join(t for _, _, t in dialogue).lower()

    # ----- report -----
    n = len(chosen)
    order = list(range(n))
    rng.shuffle(order)
    labels_for: dict[int, str] = {order[0]: "sup"}
    rest = order[1:]
    n_num = max(1, round(len(rest) * rng.choice([0.4, 0.5, 0.5, 0.6, 0.75])))
    for j in rest[:n_num]:
        sc = chosen[j][2]
        labels_for[j] = "both" if sc.get("both") and rng.random() < 0.3 else "num"
    for j in rest[n_num:]:
        sc = chosen[j][2]
        if sc.get("qual") and rng.random() < 0.85:
            labels_for[j] = "qual"
        elif rng.random() < 0.5:
            labels_for[j] = "num"
        else:
            labels_for[j] = "sup"

    label_sets = {
        "sup": {"supported"},
        "num": {"number_changed"},
        "qual": {"qualifier_dropped"},
        "both": {"number_changed", "qualifier_dropped"},
    }
    report: list[tuple[str, set[str]]] = []
    for j, (_tname, _topic, sc, tmode) in enumerate(chosen):
        kind = labels_for[j]
        if kind == "num" and tmode == "corr" and sc.get("corr_num") and rng.random() < 0.8:
            clause = rng.choice(sc["corr_num"])
        else:
            clause = rng.choice(sc[kind])
        by_comp = comp_rel if tmode.startswith("comp") and rng.random() < 0.75 else None
        opening = _reporter(rng, name, pr, by_comp)
        report.append((_cap(f"{opening} {_fmt(clause, pr)}."), set(label_sets[kind])))

    pool = [(t, keys) for t, keys in NEVER_SAID if not any(key in spoken for key in keys)]
    ns_text, _ = rng.choice(pool)
    ns_by = comp_rel if has_comp and rng.random() < 0.3 else None
    ns_statement = _cap(_fmt(ns_text.replace("{R}", _reporter(rng, name, pr, ns_by)), pr))
    report.insert(rng.randint(0, len(report)), (ns_statement, {"never_said"}))

    imp = _impossible(rng, mode, name, pr)
    pos = 0 if rng.random() < 0.5 else rng.randint(0, len(report))
    report.insert(pos, (imp, {"impossible"}))
    return dialogue, report
