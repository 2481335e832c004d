"""Blind held-out set 20 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty hand-written PIP (PA4) and WCA (ESA85) assessments held face to face, by
telephone and by video call, covering COPD, depression and anxiety, multiple
sclerosis, a back injury, learning disability, fibromyalgia with chronic fatigue,
glaucoma, epilepsy, rheumatoid arthritis, PTSD, stroke, heart failure, bipolar
disorder, Crohn's disease, autism, Meniere's disease, a below-knee amputation with
diabetes, schizophrenia, Parkinson's disease and the after-effects of breast cancer
treatment. Some claimants bring a partner, parent, friend or support worker who
speaks. Each report sentence carries gold labels: figures changed, limits dropped,
things never said or denied, things the recording itself rules out (channel,
length, start and end times, observations, companions, breaks, hearing), and
faithful paraphrases.
"""
# ruff: noqa: E501

from __future__ import annotations

import random

NC = "number_changed"
QD = "qualifier_dropped"
NS = "never_said"
IMP = "impossible"
SUP = "supported"

VOICES = [
    "en-gb",
    "en-us",
    "en-gb-x-rp",
    "en-gb-scotland",
    "en-gb-x-gbclan",
    "en-gb-x-gbcwmd",
    "en-029",
    "festival:kal_diphone",
    "festival:ked_diphone",
    "festival:cmu_us_slt_arctic_hts",
]


def _case_00():
    # PIP face to face, COPD, husband present and speaking.
    turns = [
        (
            "A",
            "Good morning, I'm the assessor for your personal independence payment claim. This is a face to face assessment. Who have you brought with you today?",
        ),
        ("C", "This is my husband, Gary. He comes with me to most things now."),
        ("A", "Thank you. Can you tell me about your breathing?"),
        (
            "C",
            "I've got COPD. I get breathless walking, maybe about thirty metres, then I have to stop and lean on something.",
        ),
        (
            "P",
            "It's less than that on a cold day. I'd say twenty metres, and then she has to sit down for a few minutes.",
        ),
        ("A", "How long do you need to rest before you can carry on?"),
        ("C", "A couple of minutes. Sometimes five if it's a bad one."),
        ("A", "Do you use anything to help you walk?"),
        (
            "C",
            "I've got a stick, and I use my inhaler before I go out. The blue one, about four times a day altogether.",
        ),
        ("A", "How do you manage preparing food?"),
        (
            "C",
            "I can do a sandwich, but I sit on a stool in the kitchen. Gary does the proper cooking because I can't stand at the cooker.",
        ),
        ("A", "And washing?"),
        (
            "C",
            "I have a shower twice a week, and Gary waits outside the door in case I get breathless.",
        ),
        ("A", "Do you go out socially at all?"),
        ("C", "Not really. My daughter takes me to the shops once a fortnight in the car."),
        ("A", "Thank you, that's everything I need."),
    ]
    report = [
        ("The claimant attended with her husband.", {SUP}),
        ("She states she can walk about two hundred metres before needing to stop.", {NC}),
        (
            "She reports needing to rest for a couple of minutes, sometimes up to five, before continuing.",
            {SUP},
        ),
        ("She walks without any aid.", {QD}),
        ("She uses her reliever inhaler about once a day.", {NC}),
        ("She is able to prepare a simple meal standing at the kitchen worktop.", {QD}),
        ("She showers independently three times a week.", {NC, QD}),
        ("She told me she goes to a weekly art class with friends.", {NS}),
        ("She goes to the shops with her daughter once a fortnight.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA telephone, depression and panic disorder, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is a telephone assessment for your work capability assessment. Can you confirm it's just you on the call?",
        ),
        ("C", "Yes, it's just me."),
        ("A", "Can you tell me about your mental health?"),
        (
            "C",
            "I've had depression for about six years, and panic attacks. I get maybe three or four panic attacks a week.",
        ),
        ("A", "How do you manage getting to places you haven't been before?"),
        (
            "C",
            "I can't go somewhere new on my own. My sister has to come with me, otherwise I just turn back.",
        ),
        ("A", "What about places you know?"),
        ("C", "The corner shop, which is about five minutes away. Some days I can't even do that."),
        ("A", "What medication are you on?"),
        ("C", "Sertraline, a hundred milligrams, and propranolol when I need it."),
        ("A", "How are you sleeping?"),
        ("C", "Badly. Maybe three or four hours a night."),
        ("A", "Do you have any hobbies or interests?"),
        ("C", "I used to do gardening, but I stopped last year. I just haven't got the energy."),
        ("A", "How do you cope with people you don't know?"),
        ("C", "I get really anxious. My heart races and I have to leave."),
        ("A", "Thank you, we'll finish there."),
    ]
    report = [
        ("The claimant was seen face to face at the assessment centre.", {IMP}),
        ("She describes panic attacks occurring about once a month.", {NC}),
        ("She is able to travel to unfamiliar places alone.", {QD}),
        ("She walks to her local shop, which is about five minutes away.", {QD}),
        ("She takes sertraline one hundred milligrams and propranolol as needed.", {SUP}),
        ("She reports sleeping around eight hours a night.", {NC}),
        ("She enjoys gardening and does this most days.", {NS}),
        ("She was well kempt and maintained good eye contact throughout.", {IMP}),
        ("She reports feeling anxious around strangers and needing to leave.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP video call, relapsing remitting multiple sclerosis, claimant alone.
    turns = [
        (
            "A",
            "Good afternoon. This assessment is by video call, and I can see you on my screen. Is anyone with you?",
        ),
        ("C", "No, it's just me today."),
        ("A", "Tell me about your MS."),
        (
            "C",
            "I was diagnosed in twenty fifteen. It's relapsing remitting. I get fatigue and my legs go numb.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day maybe fifty yards with my crutches. On a bad day I can barely get to the bathroom.",
        ),
        ("A", "How many bad days do you get?"),
        ("C", "Probably four days out of seven. So more bad than good, really."),
        ("A", "Can you manage stairs?"),
        ("C", "I go up on my bottom. I've got a rail, but I still don't feel safe on them."),
        ("A", "Do you have any trouble with your hands?"),
        ("C", "My grip is weak. I can't open jars and I drop cups. I use a kettle tipper."),
        ("A", "Can you cook a meal?"),
        ("C", "I use the microwave. I can't stand for more than about five minutes at the cooker."),
        ("A", "And your medication?"),
        (
            "C",
            "I have an injection every two weeks, and I take baclofen three times a day for the spasms.",
        ),
    ]
    report = [
        ("The claimant was diagnosed with multiple sclerosis in twenty oh five.", {NC}),
        ("She can walk about fifty yards.", {QD}),
        ("She reports bad days on around two days a week.", {NC}),
        ("She manages the stairs using a rail.", {QD}),
        ("She reports a weak grip and uses a kettle tipper.", {SUP}),
        ("She can stand at the cooker for around twenty minutes.", {NC}),
        ("Physical examination of her lower limbs showed normal power and reflexes.", {IMP}),
        ("She has an injection every two weeks and takes baclofen three times a day.", {SUP}),
        ("She said she walks her dog in the park each morning.", {NS}),
    ]
    return turns, report


def _case_03():
    # WCA face to face, lumbar disc injury after a fall at work, wife present and speaking.
    turns = [
        (
            "A",
            "Good morning, I'm the healthcare professional carrying out your work capability assessment today. I see you've brought someone with you.",
        ),
        ("C", "Yes, this is my wife, Sandra."),
        ("A", "Can you tell me about your back?"),
        (
            "C",
            "I fell off a ladder at work in twenty nineteen. I've got two slipped discs, and the pain goes right down my left leg.",
        ),
        ("A", "How long can you sit for?"),
        ("C", "About twenty minutes, then I need to get up and move around."),
        ("P", "He's up and down all evening. He can't sit through a film."),
        ("A", "How far can you walk?"),
        ("C", "Maybe a hundred metres, slowly, with my stick. Then the pain is too much."),
        ("A", "Can you pick something up from the floor?"),
        ("C", "No. I use a grabber. If I bend down I can't get back up."),
        ("A", "What pain relief do you take?"),
        ("C", "Codeine, thirty milligrams, four times a day, and gabapentin."),
        ("A", "Do you drive?"),
        ("C", "Not any more. I stopped about a year ago because of the tablets."),
        ("A", "And how is your mood?"),
        ("C", "Low, to be honest. I used to work as a scaffolder, and now I can't do anything."),
    ]
    report = [
        ("The claimant attended the assessment alone.", {IMP}),
        ("He states he can sit for about an hour.", {NC}),
        ("He can walk about a hundred metres.", {QD}),
        ("He is able to pick up objects from the floor.", {QD}),
        ("He takes codeine thirty milligrams twice a day.", {NC}),
        ("He drives himself to the shops several times a week.", {NS}),
        ("He previously worked as a scaffolder.", {SUP}),
        ("He injured his back in a fall from a ladder in twenty nineteen.", {SUP}),
    ]
    return turns, report


def _case_04():
    # PIP telephone, learning disability, support worker present and speaking.
    turns = [
        (
            "A",
            "Hello, this is your PIP telephone assessment. I'm going to ask you some questions. Is anyone with you?",
        ),
        ("C", "Yes, Dawn is here. She's my support worker."),
        ("P", "Hello, I'm Dawn. I support him three days a week."),
        ("A", "Thank you. Can you manage your money?"),
        ("C", "Not really. Dawn helps me with my bills."),
        (
            "P",
            "He can pay for something small in a shop, but he doesn't know if the change is right.",
        ),
        ("A", "What about cooking?"),
        ("C", "I make toast and cereal. I'm not allowed to use the cooker on my own."),
        (
            "P",
            "He left a pan on once and it caught fire, so now someone is always with him when he cooks.",
        ),
        ("A", "Can you take your tablets yourself?"),
        ("C", "Dawn puts them in a box for me. I forget if nobody reminds me."),
        ("A", "Can you plan a journey?"),
        (
            "C",
            "I can get the number twelve bus to the day centre. If it's a different bus I get lost.",
        ),
        ("A", "How often do you go to the day centre?"),
        ("C", "Twice a week. Tuesday and Thursday."),
        ("A", "Can you read your letters?"),
        ("C", "A bit. Dawn reads the long ones for me."),
    ]
    report = [
        ("The claimant manages his own bills independently.", {QD}),
        ("He is able to use the cooker safely without supervision.", {QD}),
        ("He takes his medication without prompting.", {QD}),
        ("He travels to the day centre by bus on a familiar route.", {SUP}),
        ("He attends the day centre five days a week.", {NC}),
        ("His support worker visits one day a week.", {NC}),
        ("He told me he works part time in a supermarket.", {NS}),
        ("The claimant gave all of his answers himself without any input from others.", {IMP}),
        ("He can read short letters and his support worker reads longer ones for him.", {SUP}),
    ]
    return turns, report


def _case_05():
    # WCA telephone, fibromyalgia and chronic fatigue, claimant alone, asks for a break.
    turns = [
        (
            "A",
            "Good morning, this is your work capability assessment by telephone. It's ten o'clock now. Can you hear me clearly?",
        ),
        ("C", "Yes, I can hear you."),
        ("A", "What are your main conditions?"),
        (
            "C",
            "Fibromyalgia and chronic fatigue. I ache all over and I'm exhausted most of the time.",
        ),
        ("A", "How long can you stand for?"),
        ("C", "About ten minutes, then I have to sit. My legs start shaking."),
        ("A", "What's a typical day like?"),
        (
            "C",
            "I get up about eleven. I have a rest after lunch for two hours. Some days I don't get dressed at all.",
        ),
        ("A", "How many days would that be?"),
        ("C", "Maybe three days a week I don't get dressed."),
        ("A", "Can you lift things, like a kettle?"),
        ("C", "I can lift the kettle if it's half full. Not a full one."),
        ("A", "How is your concentration?"),
        ("C", "Terrible. I lose track of a TV programme after about fifteen minutes."),
        ("A", "Thank you. Shall we carry on to the next part?"),
        (
            "C",
            "Actually, could we stop for a minute? I need a drink, and I've lost my train of thought.",
        ),
        ("A", "Of course, take your time. Let me know when you're ready."),
        ("C", "Okay, I'm ready now. Sorry about that."),
    ]
    report = [
        ("The consultation started at ten o'clock and finished at eleven fifteen.", {IMP}),
        ("She can stand for about thirty minutes.", {NC}),
        ("She rests for about two hours in the afternoon.", {SUP}),
        ("She does not get dressed on about three days a week.", {SUP}),
        ("She can lift a full kettle.", {QD}),
        ("She is able to concentrate on a television programme for about an hour.", {NC}),
        ("No breaks were required during the assessment.", {IMP}),
        ("She attends a gym class twice a week.", {NS}),
    ]
    return turns, report


def _case_06():
    # PIP face to face, glaucoma, severely sight impaired, daughter present and speaking.
    turns = [
        (
            "A",
            "Good afternoon, please take a seat. This is your face to face PIP assessment. I understand you've come with your daughter?",
        ),
        ("C", "Yes, this is Priya. She brought me in the car."),
        ("A", "Tell me about your eyesight."),
        (
            "C",
            "I have glaucoma in both eyes. I've been registered severely sight impaired since twenty twenty one.",
        ),
        ("A", "Can you get around outside?"),
        (
            "C",
            "I use a long cane. I only go out with Priya or my son. I can't cross roads by myself.",
        ),
        (
            "P",
            "She was nearly hit by a car last year. She doesn't go anywhere unfamiliar without one of us.",
        ),
        ("A", "Can you read?"),
        ("C", "Only with a big magnifier, and only a few words. Priya reads my post for me."),
        ("A", "What about cooking?"),
        (
            "C",
            "I do a microwave meal. I have bump dots on the dials. I can't see to chop anything.",
        ),
        ("A", "Do you use eye drops?"),
        ("C", "Yes, two different drops, twice a day. Priya does them, because I miss my eye."),
        ("A", "How is your mood?"),
        ("C", "I get down. I used to love reading, and I can't do that now."),
    ]
    report = [
        ("She attended with her daughter, who drove her to the assessment.", {SUP}),
        ("She has been registered severely sight impaired since twenty eleven.", {NC}),
        ("She walks outdoors independently using a long cane.", {QD}),
        ("She is able to read standard print.", {QD}),
        ("She prepares meals using a microwave with tactile markings on the controls.", {SUP}),
        ("She puts in her own eye drops twice a day.", {QD}),
        ("She reports reading novels every evening to relax.", {NS}),
        ("The assessment lasted fifty five minutes.", {IMP}),
    ]
    return turns, report


def _case_07():
    # WCA face to face, epilepsy, claimant alone (mother waited outside).
    turns = [
        (
            "A",
            "Hello, come in. This is your work capability assessment. Have you brought anyone with you?",
        ),
        ("C", "No, just me. My mum dropped me off outside."),
        ("A", "Tell me about your seizures."),
        (
            "C",
            "I have epilepsy. I get tonic clonic seizures about twice a month, and absences nearly every day.",
        ),
        ("A", "How long do they last?"),
        (
            "C",
            "The big ones about three minutes. Then I'm wiped out for the rest of the day. I sleep for hours.",
        ),
        ("A", "Do you get any warning?"),
        ("C", "Sometimes I get a funny smell, but usually there's no warning at all."),
        ("A", "What medication do you take?"),
        ("C", "Levetiracetam, seven hundred and fifty milligrams twice a day, and lamotrigine."),
        ("A", "When was your last big seizure?"),
        ("C", "Nine days ago. I bit my tongue and hurt my shoulder."),
        ("A", "Do you cook?"),
        ("C", "Only the microwave. I'm not allowed to use the hob in case I have a fit."),
        ("A", "Do you go out on your own?"),
        ("C", "I go to the shop at the end of the road. Further than that, someone comes with me."),
        ("A", "Do you have a driving licence?"),
        ("C", "It was taken off me. I haven't driven since twenty eighteen."),
    ]
    report = [
        ("The claimant attended the assessment alone.", {SUP}),
        ("He reports tonic clonic seizures about twice a year.", {NC}),
        ("He reports absence seizures about once a week.", {NC}),
        ("He states that he usually gets a warning before a seizure.", {NS}),
        ("His last major seizure was about nine months ago.", {NC}),
        ("He takes levetiracetam seven hundred and fifty milligrams twice a day.", {SUP}),
        ("He goes to the local shop alone and is accompanied for longer trips.", {SUP}),
        ("He is able to cook using the hob.", {QD}),
    ]
    return turns, report


def _case_08():
    # PIP telephone, rheumatoid arthritis, husband present on speaker and speaking.
    turns = [
        (
            "A",
            "Hello, I'm calling for your PIP assessment. This is a telephone assessment. Is anyone with you?",
        ),
        ("C", "My husband Tom is here, you're on speaker."),
        ("P", "Hello there."),
        ("A", "Tell me about your arthritis."),
        (
            "C",
            "Rheumatoid arthritis, mainly my hands, wrists and knees. The mornings are worst. I'm stiff for about two hours.",
        ),
        ("A", "Can you dress yourself?"),
        ("C", "Tom does my buttons and my bra. I can pull on a jumper, but it takes me ages."),
        ("P", "It takes her about forty minutes to get dressed, even with me helping."),
        ("A", "How do you manage washing?"),
        ("C", "I sit on a shower stool. I can't get in the bath any more."),
        ("A", "How far can you walk?"),
        ("C", "About the length of the garden. Maybe fifteen metres, with my frame."),
        ("A", "How about preparing a meal?"),
        (
            "C",
            "I can't lift pans, so Tom does the cooking. I can make a cup of tea if the kettle's only a bit full.",
        ),
        ("A", "And your medication?"),
        ("C", "Methotrexate once a week, and I have steroid injections every three months."),
        ("A", "Thank you both."),
    ]
    report = [
        ("She reports morning stiffness lasting about two hours.", {SUP}),
        ("She dresses herself without help in about ten minutes.", {NC, QD}),
        ("She washes using a shower stool.", {SUP}),
        ("She can walk about fifty metres.", {NC, QD}),
        ("She takes methotrexate weekly and has steroid injections every three months.", {SUP}),
        ("She was observed to walk into the room without an aid.", {IMP}),
        ("She enjoys knitting in the evenings.", {NS}),
    ]
    return turns, report


def _case_09():
    # WCA video call, post traumatic stress disorder after army service, claimant alone.
    turns = [
        (
            "A",
            "Hello, can you see and hear me okay? This is your work capability assessment by video.",
        ),
        ("C", "Yeah, I can see you fine."),
        ("A", "Tell me what's going on for you."),
        (
            "C",
            "PTSD, from my time in the army. I served eight years. I get flashbacks and nightmares.",
        ),
        ("A", "How often are the nightmares?"),
        ("C", "Most nights. Five or six nights a week I wake up soaked."),
        ("A", "Do you go out?"),
        (
            "C",
            "I go out early, about six in the morning, when it's quiet. I can't do crowds. I haven't been in a supermarket for two years.",
        ),
        ("A", "So how do you get your shopping?"),
        ("C", "My brother does it, or I order it online."),
        ("A", "How do you get on with other people?"),
        ("C", "I snap at people. I had a fight with a neighbour last month. I don't trust myself."),
        ("A", "Do you drink alcohol?"),
        ("C", "Less now. Maybe four cans at the weekend. I used to drink every day."),
        ("A", "Are you under the mental health team?"),
        ("C", "I see a psychologist every two weeks, and I'm on the waiting list for EMDR."),
    ]
    report = [
        ("He served in the army for eighteen years.", {NC}),
        ("He reports nightmares about once a week.", {NC}),
        ("He does his own shopping at the supermarket every week.", {NS}),
        ("He goes out early in the morning when it is quiet.", {SUP}),
        ("He drinks about four cans a day.", {NC}),
        ("He sees a psychologist every two weeks and is on the waiting list for EMDR.", {SUP}),
        ("He arrived on time and walked into the room with a normal gait.", {IMP}),
        ("He reports getting on well with his neighbours.", {NS}),
        ("The video assessment lasted about ninety minutes.", {IMP}),
    ]
    return turns, report


def _case_10():
    # PIP face to face, stroke with left sided weakness, wife present and speaking, break taken.
    turns = [
        ("A", "Good morning. This is your PIP assessment, face to face. Who's with you today?"),
        ("C", "My wife, Jean."),
        ("A", "When did you have your stroke?"),
        (
            "C",
            "March twenty twenty two. It left my left arm and leg weak, and my speech is a bit slow.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my quad stick, maybe forty yards. Then my leg starts to drag, and I've fallen a few times.",
        ),
        ("P", "He fell three times last month. I have to walk right next to him."),
        ("A", "Can you use your left hand?"),
        ("C", "Not much. I can't do up buttons or cut up my food. Jean cuts my meat for me."),
        ("A", "Can you wash yourself?"),
        ("C", "Jean helps me in and out of the shower. I sit on a seat in there."),
        ("A", "Would you like a break?"),
        ("C", "Yes, could I have five minutes please? I'm getting tired."),
        ("A", "Of course. Right, shall we carry on? How is your memory?"),
        (
            "C",
            "Not great. I forget what I went into a room for. Jean keeps a calendar for my appointments.",
        ),
        ("A", "Do you manage your own tablets?"),
        ("C", "Jean sorts them into a dosette box and reminds me, morning and night."),
    ]
    report = [
        ("He had a stroke in March twenty twenty two.", {SUP}),
        ("He walks about forty yards using a quad stick, after which his leg drags.", {SUP}),
        ("He reports one fall in the last year.", {NC}),
        ("He is able to cut up his food.", {QD}),
        ("He showers independently.", {QD}),
        ("He manages his medication without prompting.", {QD}),
        ("He did not require any breaks during the assessment.", {IMP}),
        ("He was accompanied by his wife.", {SUP}),
        ("He said he plays bowls at his local club on Saturdays.", {NS}),
    ]
    return turns, report


def _case_11():
    # WCA face to face, heart failure after a heart attack, claimant alone.
    turns = [
        (
            "A",
            "Good afternoon. This is a face to face work capability assessment. Are you on your own today?",
        ),
        ("C", "Yes, on my own. I came in a taxi."),
        ("A", "Tell me about your heart."),
        (
            "C",
            "I've got heart failure. I had a heart attack in twenty twenty. I get breathless, and my ankles swell up.",
        ),
        ("A", "How far can you walk on the flat?"),
        (
            "C",
            "About fifty metres, then I'm puffing and I have to stop. Maybe a bit more on a good day.",
        ),
        ("A", "And stairs?"),
        ("C", "I can do one flight if I hold the rail and stop halfway."),
        ("A", "What tablets do you take?"),
        (
            "C",
            "Bisoprolol, ramipril, and furosemide, forty milligrams in the morning. That has me running to the toilet.",
        ),
        ("A", "How often do you need the toilet?"),
        ("C", "Every half hour or so in the morning, after the water tablet."),
        ("A", "Do you sleep well?"),
        ("C", "I sleep propped up on three pillows. I wake up about twice a night, breathless."),
        ("A", "Any changes in your weight?"),
        ("C", "I've put on about a stone in the last six months."),
    ]
    report = [
        ("He attended alone and travelled by taxi.", {SUP}),
        ("He had a heart attack in twenty twelve.", {NC}),
        ("He can walk about two hundred metres on the flat.", {NC}),
        ("He can climb a flight of stairs without stopping.", {QD}),
        ("He takes furosemide forty milligrams in the morning.", {SUP}),
        ("He needs the toilet about every two hours in the morning.", {NC}),
        ("He sleeps propped up on three pillows.", {SUP}),
        ("The assessment started at two o'clock and finished at half past three.", {IMP}),
    ]
    return turns, report


def _case_12():
    # PIP telephone, bipolar disorder, partner present and speaking.
    turns = [
        ("A", "Hello, this is your PIP assessment over the phone. Can I check who's with you?"),
        ("C", "My partner, Sam, is here. I've asked Sam to help me answer."),
        ("P", "Hi, yes, I'm here."),
        ("A", "Tell me about your condition."),
        ("C", "I have bipolar disorder. I was diagnosed when I was nineteen. I'm thirty four now."),
        ("A", "How does it affect your day to day life?"),
        ("C", "When I'm low I stay in bed for days. When I'm high I spend money I haven't got."),
        (
            "P",
            "Last spring she spent about three thousand pounds in a week. I look after the bank cards now.",
        ),
        ("A", "Do you need reminding to take your medication?"),
        (
            "C",
            "Yes. I take lithium, and Sam checks I've taken it every night, because if I miss it things go bad quickly.",
        ),
        ("A", "How about washing and dressing?"),
        ("C", "On low days I don't wash at all. Maybe two or three days a week I don't shower."),
        ("A", "Do you see any professionals?"),
        ("C", "A community nurse comes every fortnight."),
        ("A", "How do you get on in social situations?"),
        ("C", "I avoid them. I've lost most of my friends."),
    ]
    report = [
        ("She was diagnosed with bipolar disorder at the age of twenty nine.", {NC}),
        ("She is thirty four years old.", {SUP}),
        ("She reports overspending of about three hundred pounds during a high episode.", {NC}),
        ("She manages her own bank cards and budgeting.", {QD}),
        ("She takes lithium without any need for prompting.", {QD}),
        ("She misses a shower about once a month on low days.", {NC}),
        ("She sees a community nurse every fortnight.", {SUP}),
        ("She reports meeting friends at the pub every weekend.", {NS}),
        ("Her partner was not present during the call.", {IMP}),
    ]
    return turns, report


def _case_13():
    # WCA telephone, Crohn's disease, claimant alone.
    turns = [
        (
            "A",
            "Good morning, this is a telephone work capability assessment. Are you somewhere you can talk freely?",
        ),
        ("C", "Yes, I'm at home."),
        ("A", "Tell me about your Crohn's."),
        (
            "C",
            "I was diagnosed at twenty two. I've had two operations. On a bad week I'm on the toilet ten or twelve times a day.",
        ),
        ("A", "And on a better week?"),
        ("C", "Maybe five or six times. I get very little warning."),
        ("A", "Have you had any accidents?"),
        ("C", "Yes. About twice a month I don't make it. I carry spare clothes everywhere."),
        ("A", "How far can you go from home?"),
        (
            "C",
            "I plan everything around toilets. I won't go anywhere if I don't know where the toilet is.",
        ),
        ("A", "What treatment are you on?"),
        ("C", "An injection every eight weeks at the hospital, and I've had steroids on and off."),
        ("A", "How is your energy?"),
        ("C", "I'm exhausted. I sleep for two hours in the afternoon most days."),
        ("A", "Are you working at the moment?"),
        ("C", "I had to leave my job in a call centre last year. I was off sick too much."),
    ]
    report = [
        ("The claimant was diagnosed with Crohn's disease at the age of twelve.", {NC}),
        ("He reports needing the toilet about three times a day.", {NC}),
        ("He reports bowel accidents about twice a year.", {NC}),
        ("He plans outings around access to toilets.", {SUP}),
        ("He receives an injection every eight weeks at the hospital.", {SUP}),
        ("He sleeps for about two hours most afternoons.", {SUP}),
        ("He currently works part time in a call centre.", {NS}),
        ("He appeared slim and pale.", {IMP}),
    ]
    return turns, report


def _case_14():
    # PIP face to face, autism and anxiety, young man with his mother present and speaking.
    turns = [
        (
            "A",
            "Hello, I'm the disability assessor. This is a face to face assessment. Could you both introduce yourselves?",
        ),
        ("C", "I'm Jake. This is my mum."),
        ("P", "I'm Karen, his mum. I help him with most things."),
        ("A", "Jake, how do you find going out?"),
        ("C", "I don't like noise. I only go out with Mum, or to the library when it's quiet."),
        (
            "P",
            "He's had meltdowns on the bus. He hasn't used a bus on his own since he was sixteen.",
        ),
        ("A", "How old are you now, Jake?"),
        ("C", "Twenty."),
        ("A", "Do you cook?"),
        ("C", "I make noodles in the microwave. Mum has to tell me when to eat or I forget."),
        ("A", "How about washing?"),
        ("C", "I don't like the shower. Mum reminds me. Maybe twice a week."),
        ("P", "Sometimes it's only once a week, and I have to keep on at him."),
        ("A", "Can you talk to people you don't know?"),
        ("C", "Not really. Mum does the talking. I can't use the phone."),
        ("A", "Is there anything you enjoy doing?"),
        ("C", "Computer games. And the library on Wednesdays, with Mum."),
    ]
    report = [
        ("He is twenty years old.", {SUP}),
        ("He travels on the bus independently.", {QD}),
        ("He prepares meals and eats regularly without prompting.", {QD}),
        ("He showers about four times a week.", {NC, QD}),
        ("He attends college three days a week, studying computing.", {NS}),
        ("He goes to the library on Wednesdays with his mother.", {SUP}),
        ("He attended the assessment on his own.", {IMP}),
        ("He said he enjoys going to football matches.", {NS}),
    ]
    return turns, report


def _case_15():
    # WCA telephone, Meniere's disease with hearing loss, claimant alone, asks the assessor to speak up.
    turns = [
        (
            "A",
            "Hello, this is a telephone assessment for your work capability. Can you hear me all right?",
        ),
        ("C", "Could you speak up a bit? I'm deaf in my right ear. Yes, that's better, thank you."),
        ("A", "Tell me about your condition."),
        (
            "C",
            "I've got Meniere's disease. I get attacks of vertigo where the whole room spins. They last two or three hours.",
        ),
        ("A", "How often do they happen?"),
        ("C", "About once a week, sometimes twice. I have to lie down, and I'm often sick."),
        ("A", "Do you get any warning?"),
        ("C", "My ear feels full about ten minutes before."),
        ("A", "Can you go out on your own?"),
        (
            "C",
            "I don't go far alone in case an attack starts. My partner drives me. I stopped driving in twenty twenty three.",
        ),
        ("A", "What about your balance in between attacks?"),
        ("C", "It's wobbly. I hold on to the furniture at home, and I use a stick outside."),
        ("A", "What medication do you take?"),
        ("C", "Betahistine three times a day, and prochlorperazine when I get an attack."),
    ]
    report = [
        ("She reports vertigo attacks lasting around twenty minutes.", {NC}),
        ("She reports attacks about once a month.", {NC}),
        ("She gets about ten minutes of warning before an attack.", {SUP}),
        ("She goes out alone without difficulty.", {QD}),
        ("She drives herself to her appointments.", {NS}),
        ("Her balance between attacks is normal.", {QD}),
        ("She takes betahistine three times a day.", {SUP}),
        ("She heard all questions clearly without any need for repetition.", {IMP}),
        ("The telephone call lasted one hour and ten minutes.", {IMP}),
    ]
    return turns, report


def _case_16():
    # PIP video call, right below knee amputation and diabetes, claimant alone.
    turns = [
        ("A", "Hello, this is your PIP assessment by video call. Can you see me?"),
        ("C", "Yes. You were a bit frozen, but it's fine now."),
        ("A", "Tell me about your amputation."),
        (
            "C",
            "I lost my right leg below the knee in twenty twenty, because of diabetes. I've got a prosthetic leg.",
        ),
        ("A", "How long can you wear the prosthesis?"),
        (
            "C",
            "Three or four hours, then the stump gets sore, so I take it off and use my wheelchair.",
        ),
        ("A", "How far can you walk with it?"),
        ("C", "About twenty metres with two crutches. Then I need to sit down."),
        ("A", "How do you manage your diabetes?"),
        (
            "C",
            "I inject insulin four times a day and check my sugars. My wife checks my feet, because I can't see the bottom of them.",
        ),
        ("A", "Do you manage the toilet?"),
        ("C", "I've got a raised seat and a grab rail. At night I use a bottle."),
        ("A", "What about getting out and about?"),
        ("C", "My wife drives. I can't manage the steps on the bus."),
        ("A", "Do you have any pain?"),
        ("C", "Phantom pain, most nights. I take pregabalin for it."),
    ]
    report = [
        ("He had a below knee amputation of the right leg in twenty twenty.", {SUP}),
        ("He wears his prosthesis for about twelve hours a day.", {NC}),
        ("He walks about two hundred metres with his prosthesis.", {NC, QD}),
        ("He injects insulin twice a day.", {NC}),
        ("He checks his own feet daily.", {QD}),
        ("He uses the toilet independently.", {QD}),
        ("He said he goes swimming every week.", {NS}),
        ("Examination of the stump showed healthy skin and no tenderness on palpation.", {IMP}),
    ]
    return turns, report


def _case_17():
    # WCA face to face, schizophrenia, support worker present and speaking.
    turns = [
        ("A", "Good morning. This is your work capability assessment, in person. Who is with you?"),
        ("C", "This is Marcus, from the housing project."),
        ("P", "I'm his support worker. I see him every day."),
        ("A", "Tell me about your health."),
        ("C", "I've got schizophrenia. I hear voices. They tell me people are watching me."),
        ("A", "How often do you hear them?"),
        ("C", "Every day. It's worse at night."),
        ("A", "Have you been in hospital?"),
        ("C", "Three times. The last time was two years ago, for about four months."),
        ("A", "Do you take medication?"),
        ("C", "An injection every four weeks. Marcus reminds me to go to the clinic."),
        ("P", "If I didn't take him, he wouldn't go. He's missed it before and ended up unwell."),
        ("A", "How do you cope if plans change?"),
        ("C", "I don't. If the bus is late I panic and go home."),
        ("A", "Do you go out on your own?"),
        ("C", "Only to the shop next door. I don't go anywhere else alone."),
        ("A", "How about your sleep?"),
        ("C", "I sleep most of the day. I'm up at night, because of the voices."),
    ]
    report = [
        ("He reports hearing voices about once a week.", {NC}),
        ("He has had three hospital admissions, the last two years ago.", {SUP}),
        ("His most recent admission lasted about four weeks.", {NC}),
        ("He attends the clinic for his injection independently.", {QD}),
        ("He copes well with unexpected changes to his plans.", {QD}),
        ("He travels alone by bus to the town centre.", {NS}),
        ("He attended with no one else present.", {IMP}),
        ("He told me he is looking for work as a delivery driver.", {NS}),
    ]
    return turns, report


def _case_18():
    # PIP telephone, Parkinson's disease, friend present and speaking.
    turns = [
        (
            "A",
            "Hello, this is a telephone assessment for personal independence payment. It's just after two o'clock. Is anyone with you?",
        ),
        ("C", "My friend Ruth is here. She helps me a lot."),
        ("P", "Hello, yes. I pop in most days."),
        ("A", "Tell me about your Parkinson's."),
        (
            "C",
            "I was diagnosed four years ago. I've got a tremor in my right hand, and I freeze when I walk.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "I can do the length of my street on a good day, about eighty metres, but I freeze and I've fallen. I use a walker.",
        ),
        ("A", "Can you manage dressing?"),
        (
            "C",
            "Slowly. Buttons are impossible, so I wear pull on things. It takes me maybe half an hour.",
        ),
        ("A", "And eating?"),
        ("C", "I spill a lot. I use a plate guard and a heavy spoon."),
        ("P", "I cut up her food when I'm there."),
        ("A", "What medication do you take?"),
        ("C", "Co-careldopa five times a day. Ruth set up alarms on my phone, because I forget."),
        ("A", "How is your speech?"),
        ("C", "My voice has got quiet. People ask me to repeat myself."),
    ]
    report = [
        ("She was diagnosed with Parkinson's disease about four years ago.", {SUP}),
        ("She walks about eighty metres with a walker on good days.", {SUP}),
        ("She dresses in pull on clothing and this takes her about half an hour.", {SUP}),
        ("She cuts up her own food.", {QD}),
        ("She takes her medication without reminders.", {QD}),
        ("She was seen at home and had a marked tremor of the right hand on observation.", {IMP}),
        ("The consultation began at two o'clock and ended at a quarter to four.", {IMP}),
        ("She told me she volunteers at a charity shop two mornings a week.", {NS}),
    ]
    return turns, report


def _case_19():
    # WCA face to face, after breast cancer treatment, claimant alone, stands up during the assessment.
    turns = [
        (
            "A",
            "Good afternoon, please come in. This is a face to face work capability assessment. Is anyone with you today?",
        ),
        ("C", "No, my husband's at work, so it's just me."),
        ("A", "Tell me about your health."),
        (
            "C",
            "I had breast cancer last year. I finished chemotherapy in January, and I'm on hormone tablets now for five years.",
        ),
        ("A", "How are you feeling now?"),
        ("C", "Tired all the time. And my fingers and feet are numb from the chemo."),
        ("A", "Can you pick up small things, like coins?"),
        ("C", "I drop them. I can't feel them properly. Buttons are hard too."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Maybe two hundred metres, but I'm shattered after and I need to sit. I couldn't do it again the same day.",
        ),
        ("C", "Sorry, do you mind if I stand up for a bit? My hip aches if I sit too long."),
        ("A", "Of course, stand whenever you need to. How long can you usually sit for?"),
        ("C", "About half an hour, then I have to move."),
        ("A", "How is your memory since the chemotherapy?"),
        ("C", "Foggy. I write everything down. I missed two appointments last month."),
    ]
    report = [
        ("She completed chemotherapy in January.", {SUP}),
        ("She is taking hormone treatment, planned for five years.", {SUP}),
        ("She has no difficulty picking up small objects such as coins.", {QD}),
        ("She can walk about two hundred metres repeatedly.", {QD}),
        ("She can sit for about two hours.", {NC}),
        ("She sat throughout the assessment without needing to stand.", {IMP}),
        (
            "Her husband, who attended with her, confirmed that she manages all household tasks.",
            {IMP},
        ),
        ("She missed one appointment last year because of memory problems.", {NC}),
        ("She said she has returned to work three days a week.", {NS}),
    ]
    return turns, report


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

FIRST_SEED = 20000


def make_case_20(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    """Return (dialogue, report) for one seed in 20000..20019.

    dialogue: (channel, voice, text); channel 0 is the assessor, channel 1 the claimant
    and any companion. report: (statement, labels).
    """
    index = seed - FIRST_SEED
    if not 0 <= index < len(_CASES):
        raise ValueError(
            f"seed must be in {FIRST_SEED}..{FIRST_SEED + len(_CASES) - 1}, got {seed}"
        )
    rng = random.Random(seed)
    assessor, claimant, companion = rng.sample(VOICES, 3)
    voice_of = {"A": assessor, "C": claimant, "P": companion}
    turns, report = _CASES[index]()
    dialogue = [(0 if role == "A" else 1, voice_of[role], text) for role, text in turns]
    return dialogue, [(statement, set(labels)) for statement, labels in report]
