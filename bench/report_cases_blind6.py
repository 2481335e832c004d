"""Blind held-out set 8: assessment interviews and assessor reports (PIP / WCA).

Written blind, without looking at the comparison code, tests, docs or any other
benchmark data. Each case is a short interview (assessor on channel 0, the
claimant and sometimes a companion on channel 1) and the assessor's written
report, one statement per entry, each labelled as an experienced welfare-rights
adviser would judge it against the dialogue:

- "number_changed": a distance, duration, frequency or count differs materially
  from what the claimant or companion said;
- "qualifier_dropped": the activity (and number) is kept but a qualifier that
  matters for the descriptor (pain, rest, help, prompting, supervision, an aid,
  good days only, safety, distress...) is dropped;
- "never_said": reported speech about something never mentioned at all;
- "impossible": an observation a few-minute recording cannot support (a
  consultation length, start/end times or a sitting period of 30+ minutes);
- "supported": a faithful (possibly paraphrased) statement.

This set mainly measures changed numbers expressed in unseen wording.
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

LABELS = ("number_changed", "qualifier_dropped", "never_said", "impossible", "supported")

# ---------------------------------------------------------------------------
# Topic templates.
#
# vals: (spoken quantity, a different figure the speaker first says and then
#        retracts, the faithful report form, a materially changed report form)
# full:  one answer holding both the quantity and the qualifier
# vague: the qualifier without the quantity (the figure then comes later)
# fig / corr / comp: the figure from the claimant, a self-correction, or the
#        companion
# reports: (faithful statement, qualifier-dropped statement or None)
# ---------------------------------------------------------------------------

TOPICS: list[dict] = [
    {
        "key": "walking",
        "qs": [
            "How far can you walk before you need to stop?",
            "Can you tell me about your walking? How far can you manage outside?",
            "If you set off from your front door, how far would you get before you had to stop?",
        ],
        "vals": [
            (
                "about fifty yards",
                "a hundred yards",
                "approximately 50 yards",
                "approximately 250 yards",
            ),
            ("twenty metres, maybe", "fifty metres", "around 20 metres", "around 100 metres"),
            (
                "to the end of the road, which is maybe forty metres",
                "a hundred metres",
                "about 40m",
                "about 200m",
            ),
            (
                "two lampposts, so about thirty metres",
                "five lampposts",
                "approx. 30m (two lampposts)",
                "approx. 150m",
            ),
            ("fifteen, twenty metres", "fifty", "15-20 metres", "50-60 metres"),
        ],
        "full": "On a good day I can manage {q}, but then I have to stop and lean on something because of the pain in my hips.",
        "vague": "Not far at all. My hips are really painful and I have to keep stopping and leaning on something. And that's on a good day.",
        "follow": [
            "Roughly how far would that be, in metres or yards?",
            "Can you put a distance on it?",
            "If you had to guess a distance, what would you say?",
        ],
        "fig": "On a good day, {q}.",
        "corr": "Maybe {w}. No, sorry, I'm kidding myself, it's more like {q}.",
        "comp": "I'd say {q}, and that's a good day. {He} hangs on to my arm the whole way.",
        "reports": [
            (
                "{S} stated {he} can walk {n} on a good day before having to stop and lean on something due to hip pain.",
                "{S} stated {he} can walk {n}.",
            ),
            (
                "Reports being able to mobilise {n} on good days, having to stop because of pain in the hips.",
                "Reports being able to mobilise {n} outdoors.",
            ),
        ],
    },
    {
        "key": "standing",
        "qs": [
            "How long can you stand for, say if you were queueing in a shop?",
            "What about standing still? How long can you manage that?",
        ],
        "vals": [
            ("about five minutes", "a quarter of an hour", "around 5 minutes", "around 30 minutes"),
            ("ten minutes at the most", "half an hour", "a maximum of 10 minutes", "up to an hour"),
            ("a couple of minutes", "ten minutes", "2 mins", "20 mins"),
            ("five or ten minutes", "twenty minutes", "5-10 minutes", "30-40 minutes"),
        ],
        "full": "Maybe {q}, then my back goes and I have to find somewhere to sit down, or I feel like I'm going to fall.",
        "vague": "Not long. My back goes and I've got to find somewhere to sit, otherwise I feel like I'm going to fall.",
        "follow": [
            "How long is not long, roughly?",
            "Can you give me a rough time?",
        ],
        "fig": "Probably {q}, if that.",
        "corr": "About {w}. Well, no, that's being generous, it's {q}.",
        "comp": "I'd say {q}. Then {he} has to sit down wherever {he} is.",
        "reports": [
            (
                "{S} reported that {he} can stand for {n} before back pain means {he} has to sit down.",
                "{S} reported that {he} can stand for {n}.",
            ),
            (
                "Able to stand for {n}; states {he} then needs to sit due to back pain and feeling unsteady.",
                "Able to stand for {n}.",
            ),
        ],
    },
    {
        "key": "sitting",
        "qs": [
            "How are you with sitting? How long can you sit in an ordinary chair?",
            "And sitting, how long before you need to get up?",
        ],
        "vals": [
            ("twenty minutes or so", "forty-five minutes", "around 20 minutes", "over an hour"),
            ("about a quarter of an hour", "half an hour", "15 minutes", "45 minutes"),
            ("half an hour at the very most", "an hour", "up to 30 minutes", "1-2 hours"),
        ],
        "full": "After {q} I have to get up and move about. The pain goes right down my leg and it goes numb.",
        "vague": "Not very long. The pain shoots down my leg and it goes numb, so I have to get up and walk around.",
        "follow": [
            "And how long is that, roughly?",
            "How long can you sit before that happens?",
        ],
        "fig": "I'd say {q}, then I have to stand up.",
        "corr": "Maybe {w}. No, that's wrong, it's more like {q}.",
        "comp": "{He} manages {q} and then {hes} up and down, {he} can't settle.",
        "reports": [
            (
                "{S} states {he} can sit for {n} before needing to get up and move due to pain and numbness in the leg.",
                "{S} states {he} can sit for {n}.",
            ),
            (
                "Reports sitting tolerance of {n}, after which {he} must stand and walk about because of leg pain.",
                "Reports sitting tolerance of {n}.",
            ),
        ],
    },
    {
        "key": "stairs",
        "qs": [
            "Do you have stairs at home? How do you get on with them?",
            "How do you manage the stairs at home?",
        ],
        "vals": [
            (
                "about five minutes",
                "a couple of minutes",
                "approximately 5 minutes",
                "under a minute",
            ),
            ("three or four minutes", "two", "3-4 minutes", "30 seconds"),
            ("a good ten minutes", "five", "around 10 minutes", "1-2 minutes"),
        ],
        "full": "We've got one flight. I go up on my bottom, one step at a time, and it takes me {q}. {My_helper} stays behind me in case I slip.",
        "vague": "Badly. I go up on my bottom, one step at a time, and {my_helper} has to stay behind me in case I slip.",
        "follow": [
            "How long does it take you to get to the top?",
            "Roughly how long does that take you?",
        ],
        "fig": "It takes me {q}.",
        "corr": "Maybe {w}. No, longer, {q} really.",
        "comp": "It takes {him} {q}. I'm stood behind {him} every time.",
        "reports": [
            (
                "{S} reported going up the stairs at home on {his} bottom, one step at a time, taking {n}, with {her_helper} behind {him} in case {he} slips.",
                "{S} reported managing the stairs at home in {n}.",
            ),
            (
                "Manages one flight of stairs in {n}, ascending on {his} bottom with {her_helper} behind {him}.",
                "Manages one flight of stairs in {n}.",
            ),
        ],
    },
    {
        "key": "cooking",
        "qs": [
            "Do you do any cooking yourself?",
            "Tell me about preparing meals. Do you cook?",
        ],
        "vals": [
            (
                "once a week, if that",
                "three or four times a week",
                "once a week",
                "five or six times a week",
            ),
            ("maybe twice a month", "once a week", "twice a month", "most days"),
            (
                "once every couple of weeks",
                "every weekend",
                "once a fortnight",
                "three times a week",
            ),
            ("a couple of times a week", "once a week", "twice weekly", "daily"),
        ],
        "full": "I'll cook a proper meal {q}, and only if {my_helper} is in the kitchen with me, because I've dropped pans and burnt myself before.",
        "vague": "Not really. If I do, {my_helper} has to be in the kitchen with me, because I've dropped hot pans and burnt myself.",
        "follow": [
            "How often would you cook a meal from scratch?",
            "How often is that, roughly?",
        ],
        "fig": "A proper meal? {q}, I'd say.",
        "corr": "{w}. No, that's not right any more, it's {q} now.",
        "comp": "{q}, and I'm stood right next to {him} when {he} does.",
        "reports": [
            (
                "{S} states {he} cooks a meal from fresh ingredients {n}, with {her_helper} present in the kitchen as {he} has previously dropped pans and burnt {self}.",
                "{S} states {he} cooks a meal from fresh ingredients {n}.",
            ),
            (
                "Prepares and cooks a simple meal {n}, supervised by {her_helper} for safety.",
                "Prepares and cooks a simple meal {n}.",
            ),
        ],
    },
    {
        "key": "eating",
        "qs": [
            "How is your appetite? How often do you eat?",
            "Do you eat regularly?",
        ],
        "vals": [
            (
                "just the one meal, in the evening",
                "two meals",
                "one meal a day",
                "three meals a day",
            ),
            ("once a day, sometimes not even that", "twice", "once daily", "three times daily"),
            (
                "one proper meal a day",
                "a couple of meals",
                "one main meal a day",
                "three main meals a day",
            ),
        ],
        "full": "I have {q}, and that's only because {my_helper} puts it in front of me and tells me to eat. I just don't feel hungry with the tablets.",
        "vague": "I forget, or I don't feel hungry with the tablets. {My_helper} has to put food in front of me and tell me to eat it.",
        "follow": [
            "How many meals would you have in a day?",
            "So how many times a day do you eat?",
        ],
        "fig": "{q}.",
        "corr": "{w}. No, I'm not being honest, it's {q}.",
        "comp": "{q}. I have to sit with {him} and remind {him} or {he} won't touch it.",
        "reports": [
            (
                "{S} reports eating {n}, prompted by {her_helper}, due to poor appetite.",
                "{S} reports eating {n}.",
            ),
            (
                "Eats {n} when encouraged by {her_helper}; states appetite is poor on medication.",
                "Eats {n}; states appetite is poor on medication.",
            ),
        ],
    },
    {
        "key": "washing",
        "qs": [
            "How do you manage washing and bathing?",
            "Tell me about showering. How do you get on?",
        ],
        "vals": [
            ("twice a week", "every other day", "twice weekly", "daily"),
            ("once a week, on a Sunday", "twice", "once a week", "every day"),
            ("every three or four days", "once a week", "every 3-4 days", "daily"),
        ],
        "full": "I have a shower {q}. I sit on a shower stool, and {my_helper} has to do my legs and feet because I can't bend down.",
        "vague": "I sit on a stool in the shower, and {my_helper} washes my legs and feet because I can't bend that far.",
        "follow": [
            "How often do you have a shower?",
            "And how often is that?",
        ],
        "fig": "{q}, that's all I can manage.",
        "corr": "{w}. Well, no, to be honest it's {q}.",
        "comp": "{q}, and I always help {him}. {He} can't reach {his} feet at all.",
        "reports": [
            (
                "{S} showers {n} using a shower stool, with {her_helper} washing {his} lower legs and feet.",
                "{S} showers {n}.",
            ),
            (
                "States {he} showers {n}, seated on a stool, and needs help from {her_helper} to wash below the knee.",
                "States {he} showers {n}.",
            ),
        ],
    },
    {
        "key": "dressing",
        "qs": [
            "How do you get on with getting dressed?",
            "What about dressing and undressing?",
        ],
        "vals": [
            ("about forty minutes", "twenty minutes", "around 40 minutes", "around 10 minutes"),
            ("the best part of an hour", "half an hour", "nearly an hour", "15 minutes"),
            ("half an hour, sometimes longer", "fifteen minutes", "30+ minutes", "5 minutes"),
        ],
        "full": "It takes me {q}. I have to sit on the bed, and {my_helper} does my socks and my buttons because my fingers won't work.",
        "vague": "It's slow. I sit on the bed to do it, and {my_helper} has to do my socks and buttons, my fingers just won't work.",
        "follow": [
            "How long does it take you to get dressed?",
            "Roughly how long from start to finish?",
        ],
        "fig": "Honestly, {q}.",
        "corr": "{w}. No, sorry, longer than that, {q}.",
        "comp": "It's {q}, I'd say. I do the fiddly bits for {him}.",
        "reports": [
            (
                "{S} takes {n} to dress, sitting on the bed, and {her_helper} helps with socks and buttons due to poor finger function.",
                "{S} takes {n} to dress.",
            ),
            (
                "Dresses and undresses in {n}; requires help from {her_helper} with socks and fastenings.",
                "Dresses and undresses {self} in {n}.",
            ),
        ],
    },
    {
        "key": "toilet",
        "qs": [
            "Do you have any problems with your bladder or bowels?",
            "Any issues with continence?",
        ],
        "vals": [
            (
                "two or three times a week",
                "once a week",
                "2-3 times per week",
                "about once a month",
            ),
            (
                "most days, at least once",
                "a couple of times a week",
                "most days",
                "once or twice a month",
            ),
            (
                "three or four times a week",
                "once a week",
                "3-4 times weekly",
                "every couple of months",
            ),
        ],
        "full": "Yes, I have accidents {q}. I wear pads all the time now, it's embarrassing.",
        "vague": "Yes, I have accidents with my bladder. I wear pads all the time now, it's embarrassing.",
        "follow": [
            "How often do the accidents happen?",
            "How often would you say?",
        ],
        "fig": "{q}.",
        "corr": "{w}. No, it's more than that, {q}.",
        "comp": "It's {q}. I'm usually the one sorting the bedding out.",
        "reports": [
            (
                "{S} reports urinary incontinence {n} and uses incontinence pads.",
                "{S} reports urinary incontinence {n}.",
            ),
            (
                "Experiences episodes of urinary incontinence {n}; wears pads at all times.",
                "Experiences episodes of urinary incontinence {n}.",
            ),
        ],
    },
    {
        "key": "medication",
        "qs": [
            "Tell me about your medication. How do you manage it?",
            "Who looks after your tablets?",
        ],
        "vals": [
            (
                "about nine tablets a day",
                "five",
                "approximately 9 tablets daily",
                "3 tablets daily",
            ),
            (
                "twelve or thirteen tablets a day",
                "eight",
                "12-13 tablets per day",
                "4 tablets per day",
            ),
            ("fourteen a day", "ten", "14 tablets a day", "2 tablets a day"),
        ],
        "full": "I take {q}. They're in a dosette box, {my_helper} fills it every Sunday and has to remind me morning and night, or I forget.",
        "vague": "They're in a dosette box. {My_helper} fills it every Sunday and reminds me morning and night, otherwise I'd forget them.",
        "follow": [
            "How many tablets are you taking altogether?",
            "How many do you take in a day?",
        ],
        "fig": "Altogether, {q}.",
        "corr": "{w}. No, wait, they put me on more, it's {q}.",
        "comp": "{q}. I fill the box and I have to remind {him} every time.",
        "reports": [
            (
                "{S} takes {n} from a dosette box which {her_helper} fills weekly, and is reminded to take them morning and night.",
                "{S} takes {n} from a dosette box.",
            ),
            (
                "Medication: {n} via dosette box, filled by {her_helper}, who prompts {him} twice a day.",
                "Manages {n} via dosette box.",
            ),
        ],
    },
    {
        "key": "people",
        "qs": [
            "Do you see friends or family much?",
            "How do you get on mixing with other people?",
        ],
        "vals": [
            ("about six months", "a few weeks", "approximately six months", "a few days"),
            ("over a year", "six months", "more than a year", "a month"),
            (
                "four months or so, since Christmas",
                "a couple of months",
                "around 4 months",
                "a week",
            ),
        ],
        "full": "I haven't seen a friend in {q}. I'll only go to my brother's, and only if {my_helper} comes with me, because I get panicky around people.",
        "vague": "I don't really. I get panicky around people. I'll only go to my brother's, and only if {my_helper} comes with me.",
        "follow": [
            "When did you last meet up with a friend?",
            "When was the last time you saw a friend?",
        ],
        "fig": "It's been {q}.",
        "corr": "Maybe {w}. No, it's longer, {q}.",
        "comp": "It's been {q} since {he} saw anyone apart from family.",
        "reports": [
            (
                "{S} has not met up with friends for {n}; visits {his} brother only when accompanied by {her_helper}, due to anxiety around people.",
                "{S} has not met up with friends for {n} but visits {his} brother.",
            ),
            (
                "Last socialised with a friend {n} ago; states {he} becomes panicky around people and only visits family with {her_helper} present.",
                "Last socialised with a friend {n} ago and visits family.",
            ),
        ],
    },
    {
        "key": "journeys",
        "qs": [
            "Do you go out on your own? Do you use public transport?",
            "How do you get about? Do you use buses?",
        ],
        "vals": [
            ("twice this year", "five or six times", "twice this year", "weekly"),
            (
                "maybe three times since the summer",
                "every week",
                "three times since the summer",
                "two or three times a week",
            ),
            (
                "only once in the last six months",
                "four or five times",
                "once in the past six months",
                "every fortnight",
            ),
        ],
        "full": "I've been on the bus {q}, and {my_helper} had to come with me. I'd have a panic attack on my own.",
        "vague": "Not on my own. I've used the bus, but {my_helper} has to come with me, I'd have a panic attack otherwise.",
        "follow": [
            "How often have you been on a bus recently?",
            "How often would you get the bus?",
        ],
        "fig": "{q}, that's all.",
        "corr": "{w}. No, I'm mixing it up, it's {q}.",
        "comp": "{q}, and I was with {him} every time. {He} can't do it alone.",
        "reports": [
            (
                "{S} reports having used the bus {n}, accompanied by {her_helper} because of panic attacks.",
                "{S} reports having used the bus {n}.",
            ),
            (
                "Has travelled by bus {n}, always with {her_helper}, as {he} would panic alone.",
                "Has travelled by bus {n}.",
            ),
        ],
    },
    {
        "key": "money",
        "qs": [
            "How do you manage money? Paying for shopping, bills, that kind of thing?",
            "Who looks after the bills and budgeting?",
        ],
        "vals": [
            ("a tenner", "twenty quid", "£10", "£100"),
            ("five pounds", "twenty", "£5", "£50"),
            ("twenty pounds", "fifty", "£20", "£300"),
        ],
        "full": "I can pay for a couple of things in a shop, but anything over {q} and I get muddled with the change. {My_helper} does all the bills.",
        "vague": "I get muddled with change and numbers. {My_helper} does all the bills, I can't follow them.",
        "follow": [
            "What about small purchases? What could you manage?",
            "Is there an amount you can handle on your own?",
        ],
        "fig": "Small things, under {q}.",
        "corr": "Up to {w}. No, I'm wrong, anything over {q} confuses me.",
        "comp": "Anything over {q} and {he} gets in a muddle, so I do it.",
        "reports": [
            (
                "{S} can pay for small items costing up to {n} but becomes confused with change for larger amounts; {her_helper} manages all bills.",
                None,
            ),
            (
                "Manages purchases under {n}; {her_helper} deals with the bills as {he} gets confused.",
                None,
            ),
        ],
    },
    {
        "key": "concentration",
        "qs": [
            "How's your concentration? Can you follow a TV programme?",
            "Do you watch television? Can you keep up with it?",
        ],
        "vals": [
            ("about ten minutes", "half an hour", "around 10 minutes", "an hour"),
            ("five minutes, if that", "twenty minutes", "5 minutes", "45 minutes"),
            ("fifteen minutes or so", "forty minutes", "approximately 15 minutes", "1-2 hours"),
        ],
        "full": "I can follow it for {q}, then I've lost the thread. {My_helper} has to tell me what's happened.",
        "vague": "Not really. I lose the thread and {my_helper} has to explain what's going on.",
        "follow": [
            "How long can you concentrate on a programme?",
            "How long before you lose track?",
        ],
        "fig": "{q}, then it's gone.",
        "corr": "{w}. No, that's wrong, {q}, then I'm lost.",
        "comp": "{q} and then {hes} asking me what's happening.",
        "reports": [
            (
                "{S} can concentrate on a TV programme for {n} before losing track and needs {her_helper} to explain what has happened.",
                "{S} can concentrate on a TV programme for {n}.",
            ),
            (
                "Concentration: able to follow television for {n}, after which {he} loses the thread and relies on {her_helper} to explain.",
                "Concentration: able to follow television for {n}.",
            ),
        ],
    },
    {
        "key": "lifting",
        "qs": [
            "What about lifting and carrying? What's the heaviest thing you can pick up?",
            "Can you pick things up and carry them?",
        ],
        "vals": [
            (
                "a bag of sugar, so a kilo",
                "a full kettle",
                "a 1kg bag of sugar",
                "a 5kg bag of potatoes",
            ),
            (
                "a half litre bottle of water",
                "a litre",
                "a 0.5 litre bottle of water",
                "a full 2 litre bottle",
            ),
            (
                "a carton of milk, a pint",
                "a shopping bag",
                "a one-pint carton of milk",
                "a full 4-pint milk container",
            ),
        ],
        "full": "I can pick up {q}, but only with both hands, and I can't carry it more than a few steps before my wrists give way.",
        "vague": "Only light things, with both hands, and I can't carry anything more than a few steps, my wrists give way.",
        "follow": [
            "What's the heaviest thing you could lift, do you think?",
            "Can you give me an example of what you can lift?",
        ],
        "fig": "{q}, that's about it.",
        "corr": "{w}. No, not that, {q}.",
        "comp": "{q}, that's it. I carry everything else.",
        "reports": [
            (
                "{S} can lift {n} using both hands but can carry it only a few steps due to wrist weakness.",
                "{S} can lift {n}.",
            ),
            (
                "Able to lift {n} two-handed; can move it only a few steps before the wrists give way.",
                "Able to lift {n}.",
            ),
        ],
    },
    {
        "key": "seizures",
        "qs": [
            "You mentioned epilepsy on your form. How often do you have seizures?",
            "Tell me about your seizures.",
        ],
        "vals": [
            ("two or three a month", "one a month", "2-3 per month", "2-3 per year"),
            ("about one a week", "a couple a month", "approximately weekly", "every few months"),
            (
                "four or five a month",
                "two",
                "4-5 per month",
                "one every six months",
            ),
        ],
        "full": "I have {q}, with no warning, so I'm not allowed to use the cooker or have a bath unless {my_helper} is in the house.",
        "vague": "They come with no warning. I'm not allowed to use the cooker or have a bath unless {my_helper} is in the house.",
        "follow": [
            "How often are they happening at the moment?",
            "How frequent are they?",
        ],
        "fig": "{q}, at the moment.",
        "corr": "{w}. No, it's been worse lately, {q}.",
        "comp": "{q}. I'm usually the one who finds {him}.",
        "reports": [
            (
                "{S} reports seizures {n}, without warning, and does not use the cooker or bathe unless {her_helper} is in the house.",
                "{S} reports seizures {n}.",
            ),
            (
                "Epilepsy: seizures {n} with no warning; {her_helper} must be at home when {he} cooks or bathes.",
                "Epilepsy: seizures {n}.",
            ),
        ],
    },
    {
        "key": "panic",
        "qs": [
            "How is your mental health at the moment? Do you get panic attacks?",
            "Tell me about the anxiety.",
        ],
        "vals": [
            ("three or four a week", "one a week", "3-4 per week", "one or two a month"),
            ("most days, sometimes twice", "a few a week", "most days", "once a week"),
            ("about ten a month", "four or five", "around 10 a month", "2 a month"),
        ],
        "full": "I get them {q}. When one starts {my_helper} has to sit with me and talk me down, I can't come out of it on my own.",
        "vague": "They're bad. When one starts {my_helper} has to sit with me and talk me down, I can't come out of it on my own.",
        "follow": [
            "How often do you get them?",
            "And how often are they happening?",
        ],
        "fig": "{q}, I'd say.",
        "corr": "{w}. No, more than that, {q}.",
        "comp": "{q}, and I have to talk {him} down every time.",
        "reports": [
            (
                "{S} reports panic attacks {n}, during which {her_helper} has to sit with {him} and calm {him} down.",
                "{S} reports panic attacks {n}.",
            ),
            (
                "Experiences panic attacks {n}; unable to settle without support from {her_helper}.",
                "Experiences panic attacks {n}.",
            ),
        ],
    },
    {
        "key": "fatigue",
        "qs": [
            "Can you talk me through a typical day?",
            "What does a normal day look like for you?",
        ],
        "vals": [
            ("two or three hours", "an hour", "2-3 hours", "30 minutes"),
            ("four hours or so, most of the afternoon", "two hours", "around 4 hours", "an hour"),
            ("an hour and a half", "forty minutes", "1.5 hours", "20 minutes"),
        ],
        "full": "I get up about nine, but by lunchtime I'm exhausted and I have to lie down for {q}. If I don't, I can't do anything else that day.",
        "vague": "I get up about nine, but by lunchtime I'm wiped out and I have to go and lie down, or I can't do anything else that day.",
        "follow": [
            "How long do you lie down for?",
            "And how long would you rest for?",
        ],
        "fig": "{q}, most days.",
        "corr": "{w}. No, longer, {q}.",
        "comp": "{q}, every afternoon, without fail.",
        "reports": [
            (
                "{S} describes needing to lie down for {n} each afternoon due to exhaustion.",
                None,
            ),
            (
                "Typical day: rises around 9am and has to rest for {n} in the afternoon due to fatigue.",
                None,
            ),
        ],
    },
    {
        "key": "reading",
        "qs": [
            "Can you read a letter, for example one from the council?",
            "How are you with reading?",
        ],
        "vals": [
            ("about five minutes", "a quarter of an hour", "approx. 5 minutes", "30 minutes"),
            ("ten minutes, at a push", "half an hour", "10 minutes", "an hour"),
            ("two or three minutes", "ten minutes", "2-3 minutes", "20 minutes"),
        ],
        "full": "I can read for {q}, but I need my magnifier, and the words start jumping about, then I get a headache and have to stop.",
        "vague": "I need my magnifier, and even then the words start jumping about and I get a headache and have to stop.",
        "follow": [
            "How long can you read for?",
            "How long before you have to stop?",
        ],
        "fig": "{q}, then I have to stop.",
        "corr": "{w}. No, less, {q}.",
        "comp": "{q}, and that's with the magnifier.",
        "reports": [
            (
                "{S} can read for {n} using a magnifier before headaches force {him} to stop.",
                "{S} can read for {n}.",
            ),
            (
                "Able to read standard print for {n} with a magnifier, after which {he} develops a headache and must stop.",
                "Able to read standard print for {n}.",
            ),
        ],
    },
    {
        "key": "phone",
        "qs": [
            "Do you use the phone? Could you ring the doctor's, for example?",
            "How do you get on with phone calls?",
        ],
        "vals": [
            ("maybe once a fortnight", "once a week", "once a fortnight", "daily"),
            ("once a month, if that", "twice a month", "monthly at most", "several times a week"),
            ("every couple of weeks", "every week", "every two weeks", "most days"),
        ],
        "full": "I don't answer the phone. If I have to ring somewhere, which is {q}, {my_helper} sits next to me and writes down what they say, because I can't take it in.",
        "vague": "I don't answer it. If I have to ring somewhere, {my_helper} sits next to me and writes down what they say, I can't take it in.",
        "follow": [
            "How often do you make phone calls?",
            "How often would you need to ring someone?",
        ],
        "fig": "{q}.",
        "corr": "{w}. No, less than that, {q}.",
        "comp": "{q}, and I'm sat there with {him} every time.",
        "reports": [
            (
                "{S} makes telephone calls {n}, with {her_helper} beside {him} writing down the information as {he} cannot retain it.",
                "{S} makes telephone calls {n}.",
            ),
            (
                "Uses the telephone {n}, with {her_helper} present to note down what is said.",
                "Uses the telephone {n}.",
            ),
        ],
    },
]

# Reported speech about things never mentioned in the interview.  Each entry:
# (statement, topic keys whose talk would touch the subject, words that must
# not occur in the dialogue).
NEVER_SAID: list[tuple[str, set[str], list[str]]] = [
    (
        "{S} stated that {he} walks {his} dog twice a day around the local park.",
        {"walking"},
        ["dog", "park"],
    ),
    (
        "{S} reported that {he} drives to the supermarket once a week to do the food shopping.",
        {"journeys", "walking", "money"},
        ["drive", "supermarket"],
    ),
    ("{S} stated that {he} goes to the gym three mornings a week.", set(), ["gym"]),
    (
        "{S} reported that {he} volunteers at a charity shop two days a week.",
        {"people", "journeys"},
        ["volunteer", "charity"],
    ),
    (
        "{S} stated that {he} looks after {his} grandchildren after school on weekdays.",
        set(),
        ["grandchild"],
    ),
    (
        "{S} reported that {he} plays online games with friends for several hours each evening.",
        {"concentration", "people"},
        ["game", "online"],
    ),
    (
        "{S} said that {he} goes swimming at the leisure centre on Saturdays.",
        {"washing"},
        ["swim", "leisure"],
    ),
    (
        "{S} stated that {he} does all of the gardening, including mowing the lawn.",
        set(),
        ["garden", "lawn", "mow"],
    ),
    (
        "{S} reported that {he} recently went on holiday abroad with a group of friends.",
        {"journeys", "people"},
        ["holiday", "abroad"],
    ),
    (
        "{S} stated that {he} is studying for a college course two days a week.",
        {"reading", "concentration"},
        ["college", "course", "study"],
    ),
    (
        "{S} mentioned that {he} plays darts at {his} local pub on Friday nights.",
        {"people"},
        ["darts", "pub"],
    ),
    (
        "{S} told the assessor that {he} cycles to the shops most days.",
        {"walking", "journeys"},
        ["cycl", "bike"],
    ),
    (
        "{S} stated that {he} sings in a church choir every week.",
        {"people"},
        ["choir", "church", "sing"],
    ),
    (
        "{S} reported that {he} does the ironing for the whole household.",
        {"dressing", "lifting"},
        ["iron"],
    ),
]

# Observations a recording of a few minutes cannot support.
IMPOSSIBLE: list[str] = [
    "The consultation started at {t1} and finished at {t2}.",
    "The assessment lasted approximately {d} minutes.",
    "{S} sat comfortably throughout the {d}-minute consultation without needing to stand or change position.",
    "{S} was observed to remain seated for approximately {d} minutes with no signs of discomfort.",
    "{S} maintained concentration throughout the {d} minute assessment and did not lose focus.",
    "The consultation took {dh} in total, and {S_lower} engaged well throughout.",
    "{S} remained seated for the full {d} minutes of the interview without requesting a break.",
]

FEMALE = [
    "Karen",
    "Joanne",
    "Shabnam",
    "Bethan",
    "Lorraine",
    "Aisha",
    "Claire",
    "Morag",
    "Denise",
    "Precious",
    "Nicola",
    "Gwen",
]
MALE = [
    "Darren",
    "Tariq",
    "Iain",
    "Rhys",
    "Wayne",
    "Kwame",
    "Stephen",
    "Gary",
    "Lee",
    "Mohammed",
    "Craig",
    "Owen",
]
SURNAMES = [
    "Hughes",
    "Patel",
    "MacLeod",
    "Evans",
    "Walsh",
    "Okafor",
    "Brennan",
    "Thompson",
    "Hussain",
    "Price",
    "Fraser",
    "Doyle",
]
ASSESSORS = ["Helen", "Mark", "Priya", "Andrew", "Sam", "Fiona", "Jason", "Ruth"]
ROLES = ["nurse", "physiotherapist", "paramedic", "occupational therapist"]


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


COMPANION_RELS = [
    "husband",
    "wife",
    "partner",
    "mum",
    "dad",
    "son",
    "daughter",
    "sister",
    "carer",
    "friend",
]
HELPER_RELS = ["partner", "mum", "sister", "daughter", "son", "husband", "wife", "neighbour"]
COMPANION_NAMES = ["Sue", "Paul", "Jen", "Dave", "Lisa", "Ahmed", "Tracy", "Kev"]

PREFIXES = [
    "",
    "",
    "Okay. ",
    "Right. ",
    "Thank you. ",
    "Okay, thanks. ",
    "Let's move on. ",
    "I'd like to ask about something else now. ",
    "Thanks for that. ",
]

DIGRESS = [
    "Oh, I don't know. I've never really measured it.",
    "That's a hard one. I've never thought about it like that.",
    "I'm not sure, it's hard to say.",
]
DIGRESS_FOLLOW = [
    "Just roughly, your best guess is fine.",
    "That's okay, just an estimate.",
    "Roughly, though?",
]


def _cap(text: str) -> str:
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
    return text


def _pronouns(female: bool) -> dict[str, str]:
    if female:
        d = {"he": "she", "his": "her", "him": "her", "self": "herself", "hes": "she's"}
    else:
        d = {"he": "he", "his": "his", "him": "him", "self": "himself", "hes": "he's"}
    d.update({"He": _cap(d["he"]), "His": _cap(d["his"]), "Hes": _cap(d["hes"])})
    return d


def _fmt(template: str, mapping: dict[str, str]) -> str:
    return _cap(template.format_map(mapping))


def _subject(rng: random.Random, ctx: dict[str, str]) -> str:
    r = rng.random()
    if r < 0.45:
        return ctx["He"]
    if r < 0.75:
        return "The claimant"
    return f"{ctx['title']} {ctx['last']}"


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


# Dialogue forms: name -> number of turns.
FORMS = {
    "direct": 2,
    "corr2": 2,
    "comp": 3,
    "follow": 4,
    "corr4": 4,
    "comp_follow": 4,
    "digress": 6,
}
FORM_WEIGHTS = {
    "direct": 4,
    "corr2": 1,
    "comp": 3,
    "follow": 3,
    "corr4": 1,
    "comp_follow": 1,
    "digress": 4,
}


def _topic_turns(
    rng: random.Random,
    t: dict,
    val: tuple[str, str, str, str],
    form: str,
    m: dict[str, str],
    prefix: str,
) -> list[tuple[str, str]]:
    """Turns as (role, text); role is 'A' assessor, 'C' claimant, 'P' companion."""
    q = dict(m, q=val[0], w=val[1])
    ask = prefix + rng.choice(t["qs"])
    follow = rng.choice(t["follow"])
    if form == "direct":
        return [("A", ask), ("C", _fmt(t["full"], q))]
    if form == "corr2":
        return [("A", ask), ("C", _fmt(t["vague"], q) + " " + _fmt(t["corr"], q))]
    if form == "comp":
        return [("A", ask), ("C", _fmt(t["vague"], q)), ("P", _fmt(t["comp"], q))]
    if form == "follow":
        return [("A", ask), ("C", _fmt(t["vague"], q)), ("A", follow), ("C", _fmt(t["fig"], q))]
    if form == "corr4":
        return [("A", ask), ("C", _fmt(t["vague"], q)), ("A", follow), ("C", _fmt(t["corr"], q))]
    if form == "comp_follow":
        return [("A", ask), ("C", _fmt(t["vague"], q)), ("A", follow), ("P", _fmt(t["comp"], q))]
    # digress: the figure comes only after some other talk
    return [
        ("A", ask),
        ("C", _fmt(t["vague"], q)),
        ("A", follow),
        ("C", rng.choice(DIGRESS)),
        ("A", rng.choice(DIGRESS_FOLLOW)),
        ("C", _fmt(t["fig"], q)),
    ]


def make_case_8(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    """Build one interview and its labelled report for ``seed``."""
    rng = random.Random(seed)

    female = rng.random() < 0.5
    first = rng.choice(FEMALE if female else MALE)
    last = rng.choice(SURNAMES)
    title = rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr"
    has_comp = rng.random() < 0.35
    voices = rng.sample(VOICES, 3)
    v_assessor, v_claimant, v_comp = voices

    rel = rng.choice(COMPANION_RELS) if has_comp else rng.choice(HELPER_RELS)
    ctx = _pronouns(female)
    ctx.update(
        {
            "title": title,
            "last": last,
            "my_helper": f"my {rel}",
            "My_helper": f"My {rel}",
            "her_helper": f"{ctx['his']} {rel}",
        }
    )

    # ---- opening -------------------------------------------------------
    aname = rng.choice(ASSESSORS)
    role = rng.choice(ROLES)
    opening_q = rng.choice(
        [
            f"Hello, my name is {aname} and I'm {_a(role)}. I'll be carrying out your assessment today. Can I just check I'm speaking to {first} {last}?",
            f"Good morning. I'm {aname}, one of the health professionals. Is it {first} {last}?",
            f"Hi, thanks for your time today. My name's {aname}, I'm {_a(role)}. Can you confirm your full name for me, please?",
            f"Good afternoon, it's {aname} here, I'm the {role} doing your assessment. Am I speaking with {title} {last}?",
        ]
    )
    if "full name" in opening_q:
        opening_a = f"Yes, it's {first} {last}."
    else:
        opening_a = rng.choice(["Yes, that's me.", "Yes, speaking.", "That's right, yes."])
    if has_comp:
        opening_a += rng.choice(
            [
                f" My {rel} is here with me as well.",
                f" I've got my {rel} with me, if that's alright.",
                f" My {rel} {rng.choice(COMPANION_NAMES)} is with me today.",
            ]
        )
    turns: list[tuple[str, str]] = [("A", opening_q), ("C", opening_a)]
    comp_hello = has_comp and rng.random() < 0.5
    if comp_hello:
        turns.append(
            (
                "P",
                rng.choice(
                    ["Hello.", f"Hiya. I'm just here to help {ctx['him']} out.", "Hello there."]
                ),
            )
        )
    closing = [
        (
            "A",
            rng.choice(
                [
                    "Okay, that's all the questions I have. Thank you for your time.",
                    "Right, I think I've got everything I need. Thanks very much.",
                    "That's everything from me. Thank you, you've been very helpful.",
                ]
            ),
        )
    ]
    if rng.random() < 0.5:
        closing.append(("C", rng.choice(["Thank you.", "Okay, thanks. Bye.", "Thanks."])))

    # ---- topics and their dialogue forms --------------------------------
    n = rng.choice([4, 5, 5, 5, 6])
    topics = rng.sample(TOPICS, n)
    while 2 * n > 16 - len(turns) - len(closing):
        if len(closing) > 1:
            closing.pop()
        else:
            n -= 1
            topics.pop()
    budget = 16 - len(turns) - len(closing)
    comp_slot = rng.randrange(n) if has_comp else -1
    forms: list[str] = []
    for i in range(n):
        remaining_min = 2 * (n - i - 1)
        avail = budget - remaining_min
        if i == comp_slot and avail >= 3:
            form = "comp" if avail < 4 or rng.random() < 0.7 else "comp_follow"
        else:
            options = [
                f for f, k in FORMS.items() if k <= avail and (has_comp or not f.startswith("comp"))
            ]
            form = rng.choices(options, weights=[FORM_WEIGHTS[f] for f in options])[0]
        forms.append(form)
        budget -= FORMS[form]

    vals = [rng.choice(t["vals"]) for t in topics]
    for i, t in enumerate(topics):
        prefix = "" if i == 0 else rng.choice(PREFIXES)
        turns.extend(_topic_turns(rng, t, vals[i], forms[i], ctx, prefix))
    turns.extend(closing)

    voice_of = {"A": v_assessor, "C": v_claimant, "P": v_comp}
    chan_of = {"A": 0, "C": 1, "P": 1}
    dialogue = [(chan_of[r], voice_of[r], text) for r, text in turns]

    # ---- labels for the topic statements --------------------------------
    order = list(range(n))
    rng.shuffle(order)
    faithful = {order[0]}
    others = order[1:]
    k_nc = max(1, round(len(others) / 2 + rng.choice([-0.5, 0.0, 0.5])))
    nc = set(others[:k_nc])
    rest = others[k_nc:]
    qd: set[int] = set()
    for i in rest:
        has_qd = any(r[1] for r in topics[i]["reports"])
        if has_qd and (rng.random() < 0.75 or not qd):
            qd.add(i)
        else:
            faithful.add(i)

    report: list[tuple[str, set[str]]] = []
    for i, t in enumerate(topics):
        fair, dropped = rng.choice(t["reports"])
        m = dict(ctx)
        m["S"] = _subject(rng, ctx)
        if i in nc:
            m["n"] = vals[i][3]
            report.append((_fmt(fair, m), {"number_changed"}))
        elif i in qd:
            if dropped is None:
                dropped = next(r[1] for r in t["reports"] if r[1])
            m["n"] = vals[i][2]
            report.append((_fmt(dropped, m), {"qualifier_dropped"}))
        else:
            m["n"] = vals[i][2]
            report.append((_fmt(fair, m), {"supported"}))

    if has_comp and len(report) < 6:
        m = dict(ctx, S=_subject(rng, ctx))
        report.insert(
            0,
            (
                _fmt(
                    rng.choice(
                        [
                            "{S} attended with {his} " + rel + ".",
                            "{S} was accompanied by {his} " + rel + " during the assessment.",
                        ]
                    ),
                    m,
                ),
                {"supported"},
            ),
        )

    # ---- one never-said statement ---------------------------------------
    keys = {t["key"] for t in topics}
    spoken = " ".join(text.lower() for _, _, text in dialogue)
    pool = [e for e in NEVER_SAID if not (e[1] & keys) and not any(w in spoken for w in e[2])]
    stmt = rng.choice(pool)[0]
    m = dict(ctx, S=_subject(rng, ctx))
    report.insert(rng.randrange(1, len(report) + 1), (_fmt(stmt, m), {"never_said"}))

    # ---- one impossible observation -------------------------------------
    d = rng.choice([35, 40, 45, 50, 55, 60, 65, 70, 75, 80])
    start = rng.randrange(9 * 60, 15 * 60)
    subj = _subject(rng, ctx)
    m = dict(
        ctx,
        S=subj,
        S_lower=subj
        if subj.startswith(("Mr", "Ms", "Miss", "Mrs"))
        else subj[0].lower() + subj[1:],
        d=str(d),
        dh=f"{d // 60} hour {d % 60} minutes" if d >= 60 else f"{d} minutes",
        t1=_clock(start),
        t2=_clock(start + d),
    )
    stmt = rng.choice(IMPOSSIBLE)
    pos = 0 if rng.random() < 0.5 else len(report)
    report.insert(pos, (_fmt(stmt, m), {"impossible"}))

    return dialogue, report
