"""Blind held-out set 13: assessment reports (PA4 / ESA85) against interview dialogues.

Blind held-out set 13 for the report-versus-recording comparison, written without looking at the
comparison code, tests, docs or other benchmark data.  Each seed from 13000 to 13019 gives one
hand-written PIP or WCA case: a short dialogue (channel 0 the assessor, channel 1 the claimant and any
companion) to be spoken by a synthesiser, and the assessor's written report as single-sentence
statements, each labelled with what a careful welfare-rights adviser would say when comparing it with
the dialogue: "number_changed", "qualifier_dropped", "never_said", "impossible" or "supported".

The seed picks the voices, the assessor's and companions' names and some equivalent wordings; the
labels never depend on the seed.
"""
# ruff: noqa: E501

from __future__ import annotations

import random

__all__ = ["SEEDS", "make_case_13"]

SEEDS = range(13000, 13020)

ASSESSOR = 0
CLAIMANT_SIDE = 1

NC = "number_changed"
QD = "qualifier_dropped"
NS = "never_said"
IM = "impossible"
SU = "supported"

_ESPEAK = [
    "en-gb",
    "en-us",
    "en-gb-x-rp",
    "en-gb-scotland",
    "en-gb-x-gbclan",
    "en-gb-x-gbcwmd",
    "en-029",
    "en-us-nyc",
]
_FESTIVAL = [
    "festival:kal_diphone",
    "festival:ked_diphone",
    "festival:cmu_us_slt_arctic_hts",
]

_ASSESSOR_NAMES = [
    "Daniel",
    "Sarah",
    "Helen",
    "Mark",
    "Aisha",
    "Gareth",
    "Louise",
    "Ravi",
    "Claire",
    "Simon",
]

Dialogue = list[tuple[int, str, str]]
Report = list[tuple[str, set[str]]]


def _voices(rng: random.Random, n: int) -> list[str]:
    """n distinct voices; usually espeak, sometimes one festival voice mixed in."""
    pool = list(_ESPEAK)
    if rng.random() < 0.5:
        pool.append(rng.choice(_FESTIVAL))
    return rng.sample(pool, n)


def _alt(rng: random.Random, *options: str) -> str:
    return rng.choice(options)


# ---------------------------------------------------------------------------
# Seed 13000: PIP, telephone, fibromyalgia, husband present.
# ---------------------------------------------------------------------------
def _case_00(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c, p = _voices(rng, 3)
    name = rng.choice(_ASSESSOR_NAMES)
    husband = rng.choice(["Mark", "Steve", "Paul"])
    d: Dialogue = [
        (
            0,
            a,
            f"Hello, my name is {name} and I'm calling from the assessment service. This is your PIP assessment, and it's over the telephone today. Is anyone with you?",
        ),
        (1, c, f"Yes, my husband {husband} is here with me. You're on speaker."),
        (0, a, "Thank you. Let's start with cooking. Do you prepare your own meals?"),
        (
            1,
            c,
            "Not really. I can make a sandwich or put something in the microwave. If I try to cook properly, standing at the cooker, my back goes after about five minutes and I have to sit down.",
        ),
        (0, a, "And how often would you cook a main meal yourself?"),
        (1, c, f"Maybe once a week. On a good day. {husband} does most of it."),
        (
            0,
            a,
            _alt(
                rng,
                "How far can you walk before you need to stop?",
                "Thinking about walking, how far can you get before you have to stop?",
            ),
        ),
        (
            1,
            c,
            "Um, to the end of the road, so about a hundred metres? Actually no, I don't get to the end. I'd say fifty, maybe less.",
        ),
        (
            1,
            p,
            "It's less than that. She stops at the neighbour's gate, that's about twenty metres, and she holds on to the wall.",
        ),
        (1, c, "Yeah, that's fair. Twenty metres and then I need to lean on something."),
        (0, a, "Do you use any walking aid?"),
        (1, c, "A stick outside. Always outside."),
        (0, a, "What about washing and bathing?"),
        (
            1,
            c,
            f"I can't get in the bath. I use a shower seat, and {husband} helps me wash my hair and my legs.",
        ),
        (0, a, "How long ago were you diagnosed with fibromyalgia?"),
        (1, c, "About six years ago now."),
    ]
    r: Report = [
        ("Her husband was present during the telephone consultation.", {SU}),
        ("She states she can make a sandwich or use a microwave.", {SU}),
        ("She reports she cooks a main meal about three times a week.", {NC, QD}),
        ("She stated she can walk about 50 metres before needing to stop.", {NC, QD}),
        ("She uses a shower seat and is independent with washing.", {QD}),
        ("She was diagnosed with fibromyalgia about six years ago.", {SU}),
        (
            "Informal observation: she walked into the consultation room without a walking aid.",
            {IM},
        ),
        ("She states she walks her dog every morning.", {NS}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13001: WCA, face to face, COPD and anxiety, alone.
# ---------------------------------------------------------------------------
def _case_01(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c = _voices(rng, 2)
    d: Dialogue = [
        (
            0,
            a,
            "Good morning. This is your work capability assessment. I'll ask about how your conditions affect you from day to day. Is it just yourself today?",
        ),
        (1, c, "Yes, just me. My sister dropped me off outside."),
        (0, a, "How far can you walk on the flat before you have to stop?"),
        (
            1,
            c,
            "On a normal day, I'd say from here to the car park. Maybe sixty, seventy yards. Then I'm puffing and I have to stand and get my breath back for a few minutes.",
        ),
        (0, a, "After that, could you carry on?"),
        (1, c, "I could do another bit, but not much. Maybe the same again, but it takes me ages."),
        (0, a, "How long can you sit in a chair?"),
        (
            1,
            c,
            "Sitting's alright mostly. An hour, maybe a bit more, then I need to shift about because of my back.",
        ),
        (0, a, "And standing still?"),
        (1, c, "Ten minutes. After that I need to lean on something."),
        (
            0,
            a,
            _alt(
                rng,
                "How do you feel about going somewhere new?",
                "What about going to a place you haven't been before?",
            ),
        ),
        (
            1,
            c,
            "I don't, really. If it's somewhere I don't know I get panicky. The last time I tried to go to a new doctor's surgery on my own I turned round and went home. I need my sister with me.",
        ),
        (0, a, "How often do you go out?"),
        (
            1,
            c,
            "Two or three times a week, to the shop at the end of my road, and that's about it.",
        ),
    ]
    r: Report = [
        ("He states he can walk approximately 200 metres before needing to stop.", {NC}),
        ("He reports he can repeat this distance after a short rest.", {QD}),
        (
            "He states he can sit for an hour or more before needing to move because of back pain.",
            {SU},
        ),
        ("He states he can stand for 30 minutes before needing to lean on something.", {NC}),
        (
            "He reports he becomes anxious in unfamiliar places and needs his sister to accompany him.",
            {SU},
        ),
        ("He states he goes out two or three times a month.", {NC}),
        ("He states he travelled to the assessment centre alone by bus.", {NS}),
        (
            "Informal observation: he sat comfortably throughout the 55 minute assessment without needing to stand.",
            {IM},
        ),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13002: PIP, telephone, autism and social anxiety, mother present.
# ---------------------------------------------------------------------------
def _case_02(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c, m = _voices(rng, 3)
    mum = rng.choice(["Linda", "Karen", "Julie"])
    d: Dialogue = [
        (
            0,
            a,
            "Hi there, I'm calling for your PIP telephone assessment. Can you tell me who's with you?",
        ),
        (1, c, "My mum."),
        (1, m, f"Hello, I'm her mum, {mum}. She's asked me to help with the questions."),
        (0, a, "That's fine. How do you get on with people you haven't met before?"),
        (
            1,
            c,
            "I can talk to people if I have to, but I find it really hard. I don't know what to say and I get, um, overwhelmed.",
        ),
        (
            1,
            m,
            "Only if I'm there. If someone comes to the door she goes upstairs. She won't speak to anyone she doesn't know on her own.",
        ),
        (0, a, "Do you go out on your own at all?"),
        (
            1,
            c,
            "Only to the corner shop, it's on our street. I've done that on my own. Anything further, my mum has to come.",
        ),
        (0, a, "What about buses or trains?"),
        (
            1,
            c,
            "I've never been on a bus on my own. I got on one once with mum and I had a meltdown because it was busy.",
        ),
        (0, a, "Who deals with your money?"),
        (
            1,
            m,
            "I do. She can pay for something in a shop if it's simple, but she gets confused with change, and she doesn't do the bills at all.",
        ),
        (
            0,
            a,
            _alt(
                rng,
                "How many times a week would you say you have a meltdown?",
                "Roughly how often do the meltdowns happen, in a week?",
            ),
        ),
        (1, c, "Probably three or four times a week. Sometimes every day if something changes."),
    ]
    r: Report = [
        ("She states she can go to the local shop on her own.", {SU}),
        ("She reports she travels independently by bus to familiar places.", {NS}),
        ("She states she can speak to people she does not know.", {QD}),
        ("Her mother manages her bills and she can pay for simple purchases in a shop.", {SU}),
        ("She reports having meltdowns about once a week.", {NC}),
        ("Informal observation: she made good eye contact throughout the consultation.", {IM}),
        ("Her mother states she plans unfamiliar journeys using an app on her mobile phone.", {NS}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13003: WCA, telephone, lumbar disc injury, alone.
# ---------------------------------------------------------------------------
def _case_03(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c = _voices(rng, 2)
    d: Dialogue = [
        (
            0,
            a,
            "Hello, this is the health assessment service calling for your work capability assessment. We're doing it by phone today. Are you happy to go ahead?",
        ),
        (1, c, "Yes, that's fine."),
        (0, a, "Could you tell me about your back?"),
        (
            1,
            c,
            "I hurt it at work, lifting, about three years ago. Two discs in my lower back. The pain goes right down my left leg.",
        ),
        (0, a, "Can you lift things, like a full kettle or a bag of shopping?"),
        (
            1,
            c,
            "A kettle half full, yes. A bag of shopping, no. I'd drop it, or my back would go. I can carry maybe a litre of milk if I hold it close.",
        ),
        (0, a, "Can you raise your arms above your head?"),
        (
            1,
            c,
            "My arms are fine. It's bending down that's the problem. I can't bend down to the floor. If I drop something I pick it up with one of those grabber things.",
        ),
        (0, a, "And walking?"),
        (
            1,
            c,
            "With my stick, maybe a hundred metres. Then the leg goes numb and I have to stop for about five minutes.",
        ),
        (0, a, "How long can you sit for?"),
        (
            1,
            c,
            _alt(
                rng,
                "Twenty minutes, half an hour at the most, then I have to get up and walk about.",
                "Twenty minutes. Half an hour, tops. Then I have to get up and move about.",
            ),
        ),
        (0, a, "How are you sleeping?"),
        (1, c, "Badly. Four hours a night if I'm lucky."),
    ]
    r: Report = [
        ("He injured his back lifting at work about three years ago.", {SU}),
        ("He states he can lift and carry a bag of shopping.", {NS}),
        ("He reports no problems raising either arm above his head.", {SU}),
        ("He states he can pick up items from the floor.", {QD}),
        ("He states he can walk about 100 metres.", {QD}),
        ("He states he can sit for about an hour before needing to get up.", {NC}),
        ("He reports sleeping about six hours a night.", {NC}),
        ("The telephone consultation started at 09:30 and ended at 10:40.", {IM}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13004: PIP, face to face, rheumatoid arthritis, daughter present.
# ---------------------------------------------------------------------------
def _case_04(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c, dd = _voices(rng, 3)
    daughter = rng.choice(["Priya", "Anna", "Sophie"])
    d: Dialogue = [
        (0, a, "Good afternoon, thanks for coming in. Who have you brought with you today?"),
        (1, c, f"This is my daughter, {daughter}."),
        (1, dd, "Hello."),
        (0, a, "Can you tell me about getting dressed?"),
        (
            1,
            c,
            f"It's the buttons and zips that get me. My fingers are so stiff in the morning. {daughter} does my bra and my buttons most mornings. It takes me nearly forty minutes to get dressed, even with her helping.",
        ),
        (0, a, "And cutting up food?"),
        (
            1,
            c,
            f"Soft things like fish I can cut with my special knife. Meat, no. {daughter} cuts it up for me.",
        ),
        (0, a, "Do you manage your own tablets?"),
        (
            1,
            c,
            "Yes. I take methotrexate once a week, and painkillers. I have a dosette box and I do that myself.",
        ),
        (1, dd, "I fill the box on a Sunday though, because she can't open the bottles."),
        (0, a, "How is your reading? Any problems with your eyes?"),
        (1, c, "No, my eyes are fine. I read the paper."),
        (
            0,
            a,
            _alt(
                rng,
                "How far did you walk today?",
                "How far did you have to walk to get here today?",
            ),
        ),
        (
            1,
            c,
            "From the car park to here. We parked in the disabled bay right outside. It's about twenty yards, and I had my frame.",
        ),
    ]
    r: Report = [
        ("She states she is able to dress herself, taking around 15 minutes.", {NC, QD}),
        ("She states she cuts up her food using an adapted knife.", {QD}),
        ("She manages her medication independently using a dosette box.", {QD}),
        ("She takes methotrexate once a week.", {SU}),
        ("She reports no difficulty with her vision and reads the newspaper.", {SU}),
        ("She states she walked about 200 metres from the car park today using her frame.", {NC}),
        ("She reports she has bladder problems and uses pads at night.", {NS}),
        ("The consultation lasted 65 minutes.", {IM}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13005: WCA, telephone, depression and PTSD, alone.
# ---------------------------------------------------------------------------
def _case_05(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c = _voices(rng, 2)
    name = rng.choice(_ASSESSOR_NAMES)
    d: Dialogue = [
        (
            0,
            a,
            f"Hello, it's {name} from the assessment provider. This is your work capability assessment, by telephone. Can you hear me alright?",
        ),
        (1, c, "Yeah. Yeah, I can hear you."),
        (0, a, "How are things with your mood at the moment?"),
        (
            1,
            c,
            "Not good. I've been, er, I've been low for about two years now. Since I left the army. Some days I don't get out of bed at all.",
        ),
        (0, a, "How many days a week would that be?"),
        (
            1,
            c,
            "I'd say, four? Four or five days out of seven I just stay in bed till the afternoon.",
        ),
        (0, a, "Do you need reminding to do things, like washing or eating?"),
        (
            1,
            c,
            "My partner has to tell me. She leaves notes on the fridge. If she didn't remind me I'd not eat till the evening.",
        ),
        (0, a, "How do you cope if plans change?"),
        (
            1,
            c,
            "Badly. If an appointment gets moved I get really wound up. Last time it happened I didn't go at all.",
        ),
        (0, a, "Do you go out on your own?"),
        (
            1,
            c,
            "Not to busy places. I go to the garage down the road at night when it's quiet. That's a five minute walk.",
        ),
        (
            0,
            a,
            _alt(
                rng,
                "Have you ever had thoughts of harming yourself?",
                "I have to ask this. Do you ever have thoughts of hurting yourself?",
            ),
        ),
        (1, c, "Sometimes. Not so much now. I'm under the crisis team, they ring me every week."),
        (0, a, "Do you use the cooker?"),
        (
            1,
            c,
            "I left a pan on once and the smoke alarm went off. My partner does the cooking now.",
        ),
    ]
    r: Report = [
        ("He reports low mood for about two years, since leaving the army.", {SU}),
        ("He states that on one or two days a week he stays in bed until the afternoon.", {NC}),
        ("He states he manages his personal care and eating.", {QD}),
        ("He states he walks to the local garage on his own, about five minutes away.", {QD}),
        ("He is under the crisis team, who contact him every week.", {SU}),
        ("He denied any thoughts of self-harm.", {NS}),
        ("He states he enjoys fishing with friends at weekends.", {NS}),
        ("Mental state examination: he was well kempt and maintained good eye contact.", {IM}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13006: PIP, telephone, multiple sclerosis, wife present.
# ---------------------------------------------------------------------------
def _case_06(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c, w = _voices(rng, 3)
    wife = rng.choice(["Jo", "Sam", "Nicola"])
    d: Dialogue = [
        (
            0,
            a,
            "Good morning. I'm the disability assessor calling about your Personal Independence Payment claim. This is a telephone assessment. Is anyone with you?",
        ),
        (1, c, f"My wife, {wife}, is here."),
        (0, a, "How does the MS affect your walking?"),
        (
            1,
            c,
            f"It varies. On a good day I can get round the supermarket with a trolley to lean on. On a bad day I can't get from the bed to the toilet without {wife}.",
        ),
        (0, a, "How many bad days would you have in a week?"),
        (1, c, "Hmm. Three? Maybe four."),
        (1, w, "It's more than that, love. I'd say five days out of seven you're struggling."),
        (1, c, "Yeah. Probably five."),
        (0, a, "On a good day, how far could you walk without the trolley?"),
        (1, c, "Thirty metres, maybe. With my stick."),
        (0, a, "Do you have any problems with your bladder?"),
        (1, c, "Yes. Urgency. I've had accidents, about twice a week I'd say. I wear pads now."),
        (0, a, _alt(rng, "How do you manage showering?", "And how about having a shower?")),
        (
            1,
            c,
            f"I sit on a shower stool. {wife} has to be in the bathroom in case I fall. I've fallen twice this year.",
        ),
    ]
    r: Report = [
        ("She states she can walk around a supermarket.", {QD}),
        ("She reports bad days on about two days a week.", {NC}),
        ("On a good day she can walk about 30 metres with a stick.", {SU}),
        ("She reports bladder urgency with accidents about twice a month.", {NC}),
        ("She wears continence pads.", {SU}),
        ("She is able to shower independently using a shower stool.", {QD}),
        ("She reports she has fallen five times this year.", {NC}),
        ("Informal observation: she rose from the chair without using the armrests.", {IM}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13007: WCA, face to face, epilepsy, alone.
# ---------------------------------------------------------------------------
def _case_07(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c = _voices(rng, 2)
    d: Dialogue = [
        (
            0,
            a,
            "Hello, come through and take a seat. This is your work capability assessment. It shouldn't take too long.",
        ),
        (1, c, "Thanks."),
        (0, a, "Tell me about your seizures."),
        (
            1,
            c,
            "I have tonic clonic ones, the big ones, about once a month. And absences, the smaller ones. They're every day really, a few times a day.",
        ),
        (0, a, "When did you last have a big seizure?"),
        (1, c, "Last Tuesday. I was in the kitchen and I fell and cut my head."),
        (0, a, "Do you get any warning?"),
        (1, c, "Sometimes a funny smell, a few seconds before. Not always."),
        (0, a, "Do you go out on your own?"),
        (
            1,
            c,
            "I do, but only places I know, and I always carry my card that says I have epilepsy. My mum prefers me to have someone with me.",
        ),
        (0, a, "Do you do any cooking?"),
        (
            1,
            c,
            "Only in the microwave. I'm not allowed to use the hob on my own, after I burned my arm.",
        ),
        (0, a, _alt(rng, "How long have you had epilepsy?", "When did the epilepsy start?")),
        (1, c, "Since I was fourteen. I'm thirty one now."),
        (0, a, "Are you on any medication?"),
        (1, c, "Yes, levetiracetam, twice a day. But it hasn't stopped them."),
    ]
    r: Report = [
        ("He reports tonic clonic seizures about once every three months.", {NC}),
        ("He reports absence seizures a few times a day.", {SU}),
        ("He states he gets a warning smell before his seizures.", {QD}),
        ("He states he goes out on his own.", {QD}),
        ("He has had epilepsy since the age of 14.", {SU}),
        ("He takes levetiracetam twice a day.", {SU}),
        ("He states his last tonic clonic seizure was about two months ago.", {NC}),
        ("He states he holds a driving licence and drives short distances.", {NS}),
        (
            "Informal observation: no absence seizures were noted during the 50 minute assessment.",
            {IM},
        ),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13008: PIP, telephone, learning disability, support worker present.
# ---------------------------------------------------------------------------
def _case_08(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c, s = _voices(rng, 3)
    worker = rng.choice(["Tom", "Ben", "Chris"])
    d: Dialogue = [
        (
            0,
            a,
            "Hello, this is your PIP assessment by telephone. I understand you have someone supporting you today?",
        ),
        (1, s, f"Yes, hi, I'm {worker}, his support worker. I see him three times a week."),
        (
            0,
            a,
            f"Thanks, {worker}. Can I ask you first, can you read a letter if one comes in the post?",
        ),
        (1, c, f"Some words. Not long ones. {worker} reads them for me."),
        (0, a, "Can you read a bus timetable, or a sign?"),
        (1, c, "I know my bus number. The 42. I can't read the times."),
        (0, a, "How do you manage your money?"),
        (1, c, "My mum has my bank card. She gives me twenty pounds on a Monday, for the week."),
        (1, s, "He can pay for something in a shop, but if the change was wrong he wouldn't know."),
        (0, a, "Do you have a phone?"),
        (1, c, "Yeah. I ring my mum. I can't text really. I do voice notes."),
        (
            0,
            a,
            _alt(
                rng,
                "If something goes wrong on the bus, what would you do?",
                "Say the bus went a different way. What would you do?",
            ),
        ),
        (1, c, "Ring my mum."),
        (
            1,
            s,
            "There was an incident last month where the route changed and he ended up in town. He was there for about three hours before he rang anyone.",
        ),
    ]
    r: Report = [
        ("He states he can read simple words.", {SU}),
        ("He states he is able to read his post.", {QD}),
        ("He receives 20 pounds from his mother each week.", {SU}),
        ("His support worker visits him once a week.", {NC}),
        ("He states he can send text messages on his mobile phone.", {NS}),
        (
            "His support worker reports that after a bus route change last month he was in town for about 30 minutes before ringing anyone.",
            {NC},
        ),
        ("Informal observation: he was appropriately dressed and well groomed.", {IM}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13009: WCA, telephone, ME/CFS, husband present.
# ---------------------------------------------------------------------------
def _case_09(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c, h = _voices(rng, 3)
    name = rng.choice(_ASSESSOR_NAMES)
    d: Dialogue = [
        (
            0,
            a,
            f"Hello, this is {name} calling about your work capability assessment. This will be done by phone today. Is that still alright?",
        ),
        (1, c, "Yes. Sorry, I might need to stop for a rest at some point."),
        (0, a, "Of course, just say. Can you describe a typical day?"),
        (
            1,
            c,
            "I get up about ten. I need an hour or so before I can do anything. I might have a shower, and then I have to lie down again for two hours after that.",
        ),
        (0, a, "How far can you walk?"),
        (
            1,
            c,
            "To the postbox and back. It's about, I don't know, forty metres each way? And then I'm wiped out for the rest of the day.",
        ),
        (
            1,
            h,
            "And the next day. She was in bed all of Sunday after she went to the postbox on Saturday.",
        ),
        (0, a, "How long can you stand for?"),
        (1, c, "Five minutes, maybe. I sit down to brush my teeth."),
        (0, a, "And sitting, say at a table?"),
        (1, c, "Maybe half an hour upright. Then I have to recline, or lie down."),
        (
            0,
            a,
            _alt(
                rng,
                "How often do you leave the house?",
                "How often would you say you get out of the house?",
            ),
        ),
        (
            1,
            c,
            "Once a week. For a medical appointment, or if my husband takes me out in the car. That's it.",
        ),
    ]
    r: Report = [
        ("She states she can walk to the postbox and back, about 40 metres each way.", {QD}),
        ("She states she can stand for around 20 minutes.", {NC}),
        (
            "She states she can sit upright at a table for about half an hour before needing to recline or lie down.",
            {SU},
        ),
        ("She lies down for about two hours after showering.", {SU}),
        ("She states she leaves the house three or four times a week.", {NC}),
        ("She reports she attends a weekly yoga class.", {NS}),
        ("She did not require any breaks during the 70 minute telephone consultation.", {IM}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13010: PIP, face to face, schizophrenia, brother (appointee) present.
# ---------------------------------------------------------------------------
def _case_10(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c, b = _voices(rng, 3)
    brother = rng.choice(["Kevin", "Darren", "Lee"])
    d: Dialogue = [
        (
            0,
            a,
            "Hello, come in. I'm going to be asking about how your condition affects you. Is this your brother?",
        ),
        (1, b, f"Yes, I'm his brother, {brother}. I'm his appointee as well."),
        (0, a, "Right. Do you take any medication?"),
        (1, c, "Injection. Every two weeks. The nurse comes."),
        (0, a, "And tablets?"),
        (
            1,
            c,
            f"Some at night. {brother} puts them out, otherwise I forget. Or I think they're poisoned.",
        ),
        (0, a, "Do you cook for yourself?"),
        (1, c, f"Toast. Noodles. {brother} brings meals round on a Sunday and I heat them up."),
        (
            1,
            b,
            "He'd go days without eating if I didn't ring and tell him to eat. I ring him every day at tea time.",
        ),
        (
            0,
            a,
            _alt(
                rng, "Do you hear voices?", "Do you ever hear voices that other people can't hear?"
            ),
        ),
        (1, c, "Every day. They're worse at night. They tell me people are watching me."),
        (0, a, "Do you go out on your own?"),
        (
            1,
            c,
            "To the shop at the bottom of the flats. Not further. Not on buses, people look at me.",
        ),
        (0, a, "Who handles your money?"),
        (1, b, "I do, I'm his appointee. He gets forty pounds a week in cash."),
    ]
    r: Report = [
        ("He receives a depot injection every four weeks.", {NC}),
        ("He manages his own tablets.", {QD}),
        ("He can prepare a simple snack such as toast or noodles.", {SU}),
        ("He reports hearing voices every day, worse at night.", {SU}),
        ("He states he travels by bus to visit his brother.", {NS}),
        ("His brother is his appointee and gives him 40 pounds a week.", {SU}),
        ("He heats and eats the meals his brother brings on Sundays.", {QD}),
        ("The consultation started at 14:00 and finished at 15:10.", {IM}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13011: WCA, face to face, knee osteoarthritis and hip replacement, alone.
# ---------------------------------------------------------------------------
def _case_11(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c = _voices(rng, 2)
    d: Dialogue = [
        (0, a, "Morning. Have a seat. Is it alright if I ask about your knees and your hip first?"),
        (1, c, "Yes, go on."),
        (0, a, "How far can you walk on level ground?"),
        (
            1,
            c,
            "Not far. With two sticks I can do, well, from my front door to the bus stop, and that's about fifty yards. I have to stop halfway to rest it.",
        ),
        (0, a, "So you'd stop once in that fifty yards?"),
        (1, c, "Yes. Once. Sometimes twice."),
        (0, a, "Can you manage a couple of steps?"),
        (1, c, "One step, with a rail, yes. I go up the stairs at home on my bottom."),
        (0, a, "How long can you stand for?"),
        (
            1,
            c,
            _alt(
                rng,
                "Ten, fifteen minutes at the most, before my knees give.",
                "Ten minutes. Fifteen at the very most, and then my knees give.",
            ),
        ),
        (0, a, "Can you bend to pick something up off the floor?"),
        (1, c, "I can't bend down. If I drop something it stays there until my son comes round."),
        (0, a, "How often does he come round?"),
        (1, c, "Every evening, after work."),
    ]
    r: Report = [
        (
            "She states she can walk about 45 metres with two sticks, stopping once or twice to rest.",
            {SU},
        ),
        ("She reports she can climb the stairs at home.", {QD}),
        ("She states she can stand for up to 30 minutes.", {NC}),
        ("She reports she is unable to bend to pick up items from the floor.", {SU}),
        ("She states her son visits twice a week.", {NC}),
        ("She states she does her own gardening.", {NS}),
        (
            "Informal observation: she remained seated for the 50 minute assessment without discomfort.",
            {IM},
        ),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13012: PIP, telephone, type 1 diabetes and sight loss, alone.
# ---------------------------------------------------------------------------
def _case_12(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c = _voices(rng, 2)
    d: Dialogue = [
        (
            0,
            a,
            "Hello, this is your PIP assessment, and it's taking place by telephone. Are you happy for me to continue?",
        ),
        (1, c, "Yes. I should say, I'm registered sight impaired."),
        (0, a, "Thank you for telling me. Can you read printed text?"),
        (
            1,
            c,
            "Only with my magnifier, and only big print. Letters, no. I use an app on my phone that reads things out.",
        ),
        (0, a, "How do you manage your insulin?"),
        (
            1,
            c,
            "I do it myself. Four injections a day. The pen clicks so I count the clicks. My glucose monitor talks to me.",
        ),
        (0, a, "Do you have hypos?"),
        (
            1,
            c,
            "Two or three a week. Some bad ones at night. An ambulance came out twice last year.",
        ),
        (0, a, "Can you cook?"),
        (
            1,
            c,
            "I can use the microwave because I've got big stickers on the buttons. I don't use the oven or the hob any more. I burned myself pouring a kettle in March.",
        ),
        (0, a, _alt(rng, "Do you go out alone?", "Do you get out and about on your own?")),
        (
            1,
            c,
            "Round my own estate with my white cane, yes. Anywhere new, I need someone to guide me.",
        ),
    ]
    r: Report = [
        ("He states he administers his own insulin four times a day.", {SU}),
        ("He reports hypoglycaemic episodes about twice a month.", {NC}),
        (
            "He states an ambulance has been called for hypos on six occasions in the past year.",
            {NC},
        ),
        ("He states he can read printed text.", {QD}),
        ("He states he can use a microwave with large stickers on the buttons.", {SU}),
        ("He states he goes out alone.", {QD}),
        ("He reports he uses public transport independently.", {NS}),
        (
            "Informal observation: he found his way to the consultation room unaided and without his cane.",
            {IM},
        ),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13013: WCA, telephone, bipolar disorder and anxiety, friend present.
# ---------------------------------------------------------------------------
def _case_13(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c, f = _voices(rng, 3)
    friend = rng.choice(["Gemma", "Becky", "Hannah"])
    d: Dialogue = [
        (0, a, "Hi, this is your work capability assessment by phone. Is anyone with you?"),
        (1, c, f"My friend {friend} is here. She's going to help me if I get muddled."),
        (0, a, "Okay. How is your mood at the moment?"),
        (
            1,
            c,
            "Up and down. I had a manic episode in the summer. I was in hospital for six weeks.",
        ),
        (0, a, "How often do you see people outside your home?"),
        (
            1,
            c,
            f"Hardly ever. {friend}, and my support group on a Thursday. That's once a fortnight actually, not every week.",
        ),
        (0, a, "Have you had any difficulties with how you behave around other people?"),
        (
            1,
            c,
            "When I'm high, yes. I shouted at a man on the bus last year and the police got involved.",
        ),
        (1, f, "And she's lost two jobs because of arguments with managers."),
        (
            0,
            a,
            _alt(
                rng,
                "What happens if your routine changes?",
                "How do you cope when your routine gets changed?",
            ),
        ),
        (
            1,
            c,
            "I get really anxious. Like, shaking, I can't think. It can take me a whole day to calm down.",
        ),
        (0, a, "Do you go to places you don't know?"),
        (1, c, f"Not on my own. I've done it with {friend}."),
    ]
    r: Report = [
        (
            "She was admitted to hospital for about six weeks following a manic episode in the summer.",
            {SU},
        ),
        ("She attends a support group weekly.", {NC}),
        (
            "She reports an incident last year when she shouted at a man on a bus and the police were involved.",
            {SU},
        ),
        ("She reports she has lost five jobs due to arguments with managers.", {NC}),
        ("She states that when her routine changes she can calm down within about an hour.", {NC}),
        ("She states she can travel to unfamiliar places.", {QD}),
        ("She reports she has been sleeping well since starting lithium.", {NS}),
        ("No one else was present during the telephone consultation.", {IM}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13014: PIP, face to face, stroke with left-sided weakness, wife present.
# ---------------------------------------------------------------------------
def _case_14(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c, w = _voices(rng, 3)
    d: Dialogue = [
        (0, a, "Good morning, thanks for coming in. I understand you had a stroke?"),
        (1, c, "Yes, two years ago in April. My left side is weak. My arm, mainly."),
        (0, a, "Can you get dressed yourself?"),
        (
            1,
            c,
            "Mostly. I can't do my buttons or my laces. I wear slip on shoes. My wife does the buttons.",
        ),
        (0, a, "How about washing?"),
        (
            1,
            c,
            "I have a strip wash at the sink. I can't get in the bath. We're waiting for a walk in shower.",
        ),
        (1, w, "And I do his back and his feet. He can't reach."),
        (0, a, "Can you use the toilet on your own?"),
        (1, c, "Yes, we've got a rail. That's fine."),
        (0, a, _alt(rng, "How far can you walk?", "And walking, how far can you manage?")),
        (
            1,
            c,
            "I used to say half a mile, but honestly, about two hundred yards with the quad stick. And slowly. It takes me about ten minutes.",
        ),
        (0, a, "Do you prepare meals?"),
        (1, c, "I can make a cup of tea with a kettle tipper. I can't chop anything one handed."),
    ]
    r: Report = [
        ("He had a stroke about two years ago affecting his left side.", {SU}),
        ("He states he is able to dress himself independently.", {QD}),
        ("He wears slip on shoes.", {SU}),
        ("He manages a strip wash at the sink.", {QD}),
        ("He uses the toilet independently with a grab rail.", {SU}),
        ("He states he can walk about half a mile with a quad stick.", {NC, QD}),
        ("He states he can chop vegetables using an adapted chopping board.", {NS}),
        ("He sat comfortably throughout the 60 minute consultation.", {IM}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13015: WCA, telephone, Crohn's disease, alone.
# ---------------------------------------------------------------------------
def _case_15(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c = _voices(rng, 2)
    surname = rng.choice(["Hughes", "Patel", "Walker", "Evans"])
    d: Dialogue = [
        (
            0,
            a,
            f"Hello, is that Mr {surname}? I'm calling for your work capability assessment. It's a telephone assessment today.",
        ),
        (1, c, "Yes, that's me."),
        (0, a, "Can you tell me about your Crohn's?"),
        (
            1,
            c,
            "I was diagnosed when I was nineteen, so eleven years ago. I've had two operations. Part of my bowel removed.",
        ),
        (0, a, "How often do you need the toilet?"),
        (1, c, "On a flare, fifteen, twenty times a day. On a normal day, eight or nine."),
        (0, a, "Have you had any accidents?"),
        (
            1,
            c,
            "Yes. Um, I'd say at least once a week I don't make it. I carry spare clothes everywhere.",
        ),
        (0, a, "How long do the flares last?"),
        (1, c, "Two or three weeks. I get one every couple of months."),
        (0, a, "Do you go out much?"),
        (
            1,
            c,
            "Only if I know where the toilets are. I plan everything around toilets. I don't go anywhere more than ten minutes from one.",
        ),
        (0, a, _alt(rng, "How's your energy?", "How are your energy levels?")),
        (1, c, "Rubbish. I sleep in the afternoon most days."),
    ]
    r: Report = [
        (
            "He was diagnosed with Crohn's disease eleven years ago and has had two bowel operations.",
            {SU},
        ),
        ("He reports needing the toilet eight or nine times a day, more during flares.", {SU}),
        ("He reports occasional faecal incontinence, about once a month.", {NC}),
        ("He reports flares lasting about a week, occurring twice a year.", {NC}),
        ("He states he goes out independently.", {QD}),
        ("He states he works part time in a warehouse.", {NS}),
        ("The consultation started at 11:15 and finished at 12:20.", {IM}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13016: PIP, telephone, agoraphobia and panic disorder, husband present.
# ---------------------------------------------------------------------------
def _case_16(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c, h = _voices(rng, 3)
    d: Dialogue = [
        (
            0,
            a,
            "Good afternoon, this is your PIP telephone assessment. Is it alright if I call you by your first name?",
        ),
        (1, c, "Yes. Sorry, I'm nervous."),
        (0, a, "That's alright, take your time. Is anyone with you?"),
        (1, c, "My husband is sitting with me."),
        (0, a, "When did you last leave the house?"),
        (
            1,
            c,
            "Um. Three weeks ago? For the dentist. My husband drove me and I had a panic attack in the waiting room.",
        ),
        (1, h, "It was nearer four weeks. And she'd been building up to it for days."),
        (0, a, "How often do you have panic attacks?"),
        (1, c, "Most days. Maybe five or six a week. Even at home, if someone knocks."),
        (0, a, "Could you get to a place you know, on your own?"),
        (1, c, "No. I've not been out on my own for about two years."),
        (
            0,
            a,
            _alt(rng, "How about washing and bathing?", "What about having a wash or a shower?"),
        ),
        (
            1,
            c,
            "I shower, but some weeks I only manage it once or twice. My husband has to encourage me.",
        ),
        (0, a, "Do you answer the phone, or the door?"),
        (1, c, "No. He does. I can't."),
    ]
    r: Report = [
        ("She states she last left the house about a week ago, to attend the dentist.", {NC}),
        ("Her husband drove her to the dentist.", {SU}),
        ("She reports panic attacks five or six times a week.", {SU}),
        ("She states she has not been out alone for about two years.", {SU}),
        ("She states she showers without assistance.", {QD}),
        ("She states she can answer the door to visitors.", {NS}),
        ("She reports she attends a weekly slimming club with a friend.", {NS}),
        ("Informal observation: she appeared relaxed and smiled appropriately throughout.", {IM}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13017: WCA, face to face, heart failure, alone.
# ---------------------------------------------------------------------------
def _case_17(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c = _voices(rng, 2)
    d: Dialogue = [
        (
            0,
            a,
            "Hello, take a seat. I'll be asking about your heart condition and how it affects you.",
        ),
        (1, c, "Right you are."),
        (0, a, "When were you diagnosed with heart failure?"),
        (1, c, "Eighteen months ago. I had a heart attack before that, in twenty nineteen."),
        (0, a, "How far can you walk?"),
        (
            1,
            c,
            "On the flat, slowly, about, what, a hundred yards? Hundred and fifty? Then I'm breathless and my chest gets tight and I've got to stop.",
        ),
        (0, a, "How long do you have to stop for?"),
        (1, c, "A good five minutes. Then I can go on a bit."),
        (0, a, "Can you carry something, like a box of cereal or a bag?"),
        (1, c, "Light stuff, yes. I don't carry the shopping, my neighbour does that for me."),
        (0, a, "How are your ankles?"),
        (1, c, "Swollen by the evening. I take water tablets. Furosemide, 2 in the morning."),
        (0, a, _alt(rng, "Do you sleep flat?", "Can you lie flat in bed?")),
        (1, c, "Three pillows, or I wake up gasping."),
    ]
    r: Report = [
        ("He states he can walk about 300 metres on the flat before becoming breathless.", {NC}),
        ("He states he needs to stop for about five minutes before continuing.", {SU}),
        ("He states he can carry light items but his neighbour carries his shopping.", {SU}),
        ("He takes furosemide, two tablets in the morning.", {SU}),
        ("He states he sleeps on one pillow.", {NC}),
        ("He reports he had a heart attack in 2021.", {NC}),
        ("He states he walks to the pub twice a week.", {NS}),
        (
            "Informal observation: he was not breathless at any point during the 45 minute consultation.",
            {IM},
        ),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13018: PIP, face to face, hypermobile EDS and POTS, mother present.
# ---------------------------------------------------------------------------
def _case_18(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c, m = _voices(rng, 3)
    d: Dialogue = [
        (0, a, "Hello, thank you for coming in. Who's with you today?"),
        (1, c, "My mum. She drove me here."),
        (0, a, "Can you tell me about your condition?"),
        (
            1,
            c,
            "I've got hypermobile Ehlers Danlos, and POTS. My joints dislocate, my shoulders and my knees. And if I stand up I go dizzy, and sometimes I faint.",
        ),
        (0, a, "How often do you faint?"),
        (1, c, "Once or twice a week. Last month more."),
        (1, m, "Last month it was nearly every day for a week."),
        (0, a, "How long can you stand for, say at the sink?"),
        (1, c, "Two or three minutes. I have a perching stool in the kitchen."),
        (0, a, "Do you cook?"),
        (
            1,
            c,
            "I do simple things, sitting on the stool. Mum lifts the pans because my wrists sublux.",
        ),
        (0, a, _alt(rng, "How far can you walk?", "How far can you get on foot?")),
        (
            1,
            c,
            "I use my wheelchair outside most of the time. Walking, maybe fifty metres on a good day. Less on a bad day.",
        ),
        (0, a, "Any problems getting dressed?"),
        (
            1,
            c,
            "My shoulders pop out if I reach behind, so mum does my bra and helps me get tops on.",
        ),
    ]
    r: Report = [
        ("She reports fainting about once a month.", {NC}),
        ("She states she can stand for about 20 minutes at the sink.", {NC}),
        ("She uses a perching stool in the kitchen.", {SU}),
        ("She states she cooks simple meals.", {QD}),
        ("She states she can walk about 50 metres.", {QD}),
        ("Her mother helps her put on tops and fastens her bra.", {SU}),
        ("She states she travelled to the assessment centre by bus.", {NS}),
        ("The face to face consultation ran from 10:00 until 11:15.", {IM}),
    ]
    return d, r


# ---------------------------------------------------------------------------
# Seed 13019: WCA, telephone, chronic pain and memory problems after a road accident, partner present.
# ---------------------------------------------------------------------------
def _case_19(rng: random.Random) -> tuple[Dialogue, Report]:
    a, c, p = _voices(rng, 3)
    partner = rng.choice(["Dee", "Kim", "Jess"])
    d: Dialogue = [
        (
            0,
            a,
            "Hello, this is the assessment service, for your work capability assessment. We'll be doing it over the phone. Is there anyone with you?",
        ),
        (1, c, f"My partner, {partner}. My memory's not great since the accident."),
        (0, a, "When was the accident?"),
        (1, c, "Four years ago. No, five. It'll be five years in October."),
        (1, p, "Five in October, yes."),
        (0, a, "Can you learn how to do something new, like setting an alarm clock?"),
        (
            1,
            c,
            f"If someone shows me, I can do it then, but the next day it's gone. {partner} wrote out the steps for the washing machine and I still need her to check.",
        ),
        (0, a, "Have you had any accidents at home?"),
        (
            1,
            c,
            f"I left the gas on twice in the last month. {partner}'s had a cut off valve put in now.",
        ),
        (
            0,
            a,
            _alt(
                rng,
                "Can you use a pen, or a keyboard?",
                "What about writing, with a pen or a keyboard?",
            ),
        ),
        (
            1,
            c,
            "I can write my name. Writing more than a few lines makes my hand cramp, because of the nerve damage in my right arm.",
        ),
        (0, a, "How long can you sit for?"),
        (1, c, "About forty minutes in a good chair. Then the pain in my hip is too much."),
    ]
    r: Report = [
        ("He reports the accident was about five years ago.", {SU}),
        ("He states he can learn a new task such as using the washing machine.", {QD}),
        ("He reports leaving the gas on once in the past year.", {NC}),
        ("He states he uses a computer every day to play games.", {NS}),
        ("He can write a few lines before his right hand cramps.", {SU}),
        ("He states he can sit for about two hours.", {NC}),
        (
            "Informal observation: he followed the conversation and did not need questions repeated during the 55 minute call.",
            {IM},
        ),
        ("His partner was present during the consultation.", {SU}),
    ]
    return d, r


_CASES = [
    _case_00,
    _case_01,
    _case_02,
    _case_03,
    _case_04,
    _case_05,
    _case_06,
    _case_07,
    _case_08,
    _case_09,
    _case_10,
    _case_11,
    _case_12,
    _case_13,
    _case_14,
    _case_15,
    _case_16,
    _case_17,
    _case_18,
    _case_19,
]


def make_case_13(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    """Return (dialogue, report) for a seed in 13000..13019.

    dialogue: (channel, voice, text); channel 0 is the assessor, channel 1 the claimant and companions.
    report: (statement, labels), one sentence per statement.
    """
    index = seed - 13000
    if not 0 <= index < len(_CASES):
        raise ValueError(f"seed must be in 13000..13019, got {seed}")
    rng = random.Random(seed)
    dialogue, report = _CASES[index](rng)
    return [(ch, v, t) for ch, v, t in dialogue], [(s, set(lab)) for s, lab in report]
