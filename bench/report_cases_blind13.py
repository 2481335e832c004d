"""Blind held-out set 15 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty hand-written PIP (PA4) and WCA (ESA85) consultations, face to face and by telephone,
covering COPD, multiple sclerosis, autism, bipolar disorder, Crohn's disease, rheumatoid
arthritis, ME/CFS, epilepsy, glaucoma, PTSD, stroke, back injury, type 1 diabetes, learning
disability, fibromyalgia, heart failure, schizophrenia, Parkinson's disease, hypermobile
Ehlers Danlos syndrome and panic disorder. Several have a companion (spouse, parent, sibling,
friend, support worker). Claimants hedge, give figures in words and correct themselves; each
report mixes faithful paraphrase with changed figures, dropped limits, invented remarks and
statements that the recording itself rules out.
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
    # PIP face to face, COPD, wife present.
    turns = [
        (
            "A",
            "Good morning. This is a face to face assessment for Personal Independence Payment. Can you tell me who is with you today?",
        ),
        ("C", "Yes, this is my wife, Sandra. She comes to everything with me now."),
        ("P", "That's right, I'm his wife. I do most of the driving and I help him get about."),
        ("A", "Thank you. Can you tell me about your breathing?"),
        (
            "C",
            "I've got COPD. I was diagnosed about six years ago. I use two inhalers, and I'm on oxygen at night.",
        ),
        ("A", "How far can you walk before you have to stop?"),
        (
            "C",
            "Maybe thirty metres, on a good day. Then I have to stop and lean on something and get my breath back. On a bad day it's the length of the hallway.",
        ),
        ("A", "And how long do you need to rest for?"),
        ("C", "A couple of minutes. Sometimes longer if it's cold out."),
        ("A", "How do you manage washing?"),
        (
            "C",
            "I sit on a stool in the shower. Sandra helps me dry my back and my legs, because I get too breathless bending down.",
        ),
        ("P", "He can't do his feet at all. I do those for him."),
        ("A", "How about cooking?"),
        (
            "C",
            "I can do toast, or a microwave meal. Standing at the cooker for more than five minutes wipes me out.",
        ),
        ("A", "How often do you get flare ups?"),
        (
            "C",
            "Chest infections, maybe four or five times a year. I was in hospital twice last winter.",
        ),
    ]
    report = [
        ("The claimant attended the consultation alone.", {IMP}),
        ("He stated he was diagnosed with COPD approximately six years ago.", {SUP}),
        (
            "He reported that he can walk approximately 300 metres before needing a short rest.",
            {NC},
        ),
        ("He manages washing and bathing independently.", {QD}),
        ("He said he can prepare a simple meal such as toast or a microwave meal.", {SUP}),
        (
            "He reported chest infections about once a year and no hospital admissions in the past year.",
            {NC},
        ),
        ("He stated that he enjoys walking his dog every day.", {NS}),
    ]
    return turns, report


def _case_01():
    # WCA telephone, multiple sclerosis, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment, and it is being carried out over the telephone today. Is anyone with you?",
        ),
        ("C", "No, it's just me. My support worker couldn't make it."),
        ("A", "Okay. Tell me about your multiple sclerosis."),
        (
            "C",
            "I was diagnosed in twenty fifteen. It's relapsing remitting. The main thing is the fatigue, and my left leg drags.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my stick, about fifty yards, maybe a bit less. After that my leg just stops working properly, and I've fallen a few times.",
        ),
        ("A", "How many times have you fallen recently?"),
        ("C", "Three times in the last month. Once I cut my head open."),
        ("A", "Can you sit for long?"),
        (
            "C",
            "About twenty minutes. Then I have to get up and move, because of the spasms in my legs.",
        ),
        ("A", "How about using your hands?"),
        (
            "C",
            "My right hand is okay. My left hand goes numb and I drop cups. I can't do buttons on a bad day.",
        ),
        ("A", "Do you have any problems with your memory or concentration?"),
        (
            "C",
            "Yes, I lose track of conversations. I have to write everything down or I forget appointments.",
        ),
        ("A", "And how many relapses have you had?"),
        ("C", "Two in the past year. The last one lasted about six weeks."),
    ]
    report = [
        ("The claimant was observed to have good eye contact and a normal gait.", {IMP}),
        ("She was diagnosed with multiple sclerosis in 2015.", {SUP}),
        ("She can walk approximately 200 metres.", {NC, QD}),
        ("She reported one fall in the last month.", {NC}),
        ("She stated she can sit for around an hour without difficulty.", {NC, QD}),
        ("She reported numbness in her left hand and that she drops cups.", {SUP}),
        ("She reported that she can fasten buttons.", {QD}),
        ("She reported two relapses in the past year.", {SUP}),
        ("She stated she drives to the supermarket once a week.", {NS}),
    ]
    return turns, report


def _case_02():
    # PIP telephone, autism, mother present.
    turns = [
        (
            "A",
            "Hello, I'm calling for your PIP assessment. This is a telephone assessment. Is anyone with you today?",
        ),
        ("C", "My mum is here. She helps me with things like this."),
        ("P", "Hello, I'm his mum, Karen. I'll help if he gets stuck."),
        ("A", "Thank you. Can you tell me how you manage going out?"),
        (
            "C",
            "I don't really go out on my own. If it's somewhere new I can't do it. I get too anxious and I freeze.",
        ),
        ("P", "He's had meltdowns in shops. Last time we had to leave the trolley and go home."),
        ("A", "How often do you go out?"),
        ("C", "Maybe twice a week, with mum, to the shop at the end of the road."),
        ("A", "Do you cook for yourself?"),
        (
            "C",
            "I can use the microwave if mum leaves the instructions written down. I don't use the hob. I burned a pan once.",
        ),
        ("A", "What about managing money?"),
        (
            "C",
            "Mum does my bills. I can pay for something small, like a drink, but I don't understand the change.",
        ),
        ("A", "How do you get on with other people?"),
        (
            "C",
            "I don't like talking to people I don't know. Phone calls are really hard. I only really talk to mum and my brother.",
        ),
        ("A", "How old were you when you were diagnosed?"),
        ("C", "I was fourteen. I'm twenty three now."),
    ]
    report = [
        ("The claimant was appropriately dressed and well kempt.", {IMP}),
        ("He stated that he goes out on his own to the local shop most days.", {NC, QD}),
        ("He can cook a simple meal using a microwave.", {QD}),
        ("He reported that his mother manages his bills.", {SUP}),
        ("He said he works part time in a warehouse.", {NS}),
        ("He was diagnosed with autism at the age of 14.", {SUP}),
        ("He stated he is 32 years old.", {NC}),
        ("No one else was present during the call.", {IMP}),
    ]
    return turns, report


def _case_03():
    # WCA face to face, bipolar disorder, claimant alone.
    turns = [
        (
            "A",
            "Good afternoon. We're starting at about ten past two. This is your work capability assessment, face to face. Can you tell me about your condition?",
        ),
        (
            "C",
            "I've got bipolar disorder. I was diagnosed about ten years ago, after a hospital admission.",
        ),
        ("A", "How is your mood at the moment?"),
        ("C", "Low. I've been low for about three months. I don't get out of bed some days."),
        ("A", "How many days a week would that be?"),
        (
            "C",
            "Four or five days, honestly. On the other days I manage to get dressed, but that's about it.",
        ),
        ("A", "Do you have periods when your mood is high?"),
        (
            "C",
            "Yes, maybe once or twice a year. I spend money I haven't got and I don't sleep. Last time I spent nearly two thousand pounds in a week.",
        ),
        ("A", "Do you see anyone for support?"),
        (
            "C",
            "A community psychiatric nurse, every two weeks. And my psychiatrist every three months.",
        ),
        ("A", "Have you had any thoughts of harming yourself?"),
        (
            "C",
            "Sometimes, when it's bad. I haven't acted on them for a few years, but they're there.",
        ),
        ("A", "How did you get here today?"),
        (
            "C",
            "My neighbour drove me. I can't use the bus when I'm like this. The crowds make me panic.",
        ),
        ("A", "Can you cope with changes to your routine?"),
        (
            "C",
            "Not really. If an appointment gets moved I get really distressed. I can't think straight for the rest of the day.",
        ),
    ]
    report = [
        ("The consultation started at 14:10 and ended at 15:25.", {IMP}),
        ("She was diagnosed with bipolar disorder approximately ten years ago.", {SUP}),
        ("She reported low mood on one or two days a week.", {NC}),
        ("She sees a community psychiatric nurse every two weeks.", {SUP}),
        ("She travelled to the assessment centre independently.", {QD}),
        ("She copes with changes to her routine.", {QD}),
        ("She stated she spent around two hundred pounds during her last high episode.", {NC}),
        ("She said she volunteers at a charity shop two mornings a week.", {NS}),
    ]
    return turns, report


def _case_04():
    # PIP face to face, Crohn's disease, claimant alone.
    turns = [
        (
            "A",
            "Morning. This is your face to face PIP assessment. Can you tell me about your Crohn's disease?",
        ),
        (
            "C",
            "I was diagnosed when I was nineteen, so about twelve years now. I've had two operations on my bowel.",
        ),
        ("A", "How often do you need the toilet?"),
        ("C", "On a bad day, fifteen, maybe twenty times. On a good day, five or six."),
        ("A", "How many bad days do you have?"),
        ("C", "At the moment more bad than good. Probably four days out of seven."),
        ("A", "Do you ever have accidents?"),
        (
            "C",
            "Yes, about once a week I don't make it in time. I have to change and shower, and sometimes I need my partner to help me clean up because I'm so exhausted.",
        ),
        ("A", "How is your energy?"),
        (
            "C",
            "I'm tired all the time. I'm anaemic as well. I have iron infusions every three months.",
        ),
        ("A", "Can you prepare a meal?"),
        (
            "C",
            "Simple things. I have to sit down halfway through because of the pain and the tiredness. And I have to be near the toilet.",
        ),
        ("A", "What about going out?"),
        (
            "C",
            "I plan everything around toilets. I won't go anywhere I don't know. If I go into town I'm back within an hour.",
        ),
        ("A", "How much do you weigh at the moment?"),
        ("C", "About eight stone. I've lost nearly two stone this year."),
        ("A", "Are you on any medication?"),
        ("C", "Injections every two weeks, and painkillers when it flares."),
    ]
    report = [
        (
            "The claimant sat comfortably throughout the fifty minute consultation without needing to leave the room.",
            {IMP},
        ),
        ("He reported needing the toilet up to six times a day.", {NC}),
        ("He stated he has bowel accidents about once a month.", {NC}),
        ("He manages his own hygiene after an accident.", {QD}),
        ("He has iron infusions every three months.", {SUP}),
        ("He can prepare a simple meal.", {QD}),
        (
            "He reported weighing approximately eight stone, having lost nearly two stone this year.",
            {SUP},
        ),
        ("He stated he has had one operation on his bowel.", {NC}),
        ("He stated he goes to the gym regularly.", {NS}),
    ]
    return turns, report


def _case_05():
    # WCA telephone, rheumatoid arthritis, husband present.
    turns = [
        (
            "A",
            "Hello, this is the telephone assessment for your work capability assessment. Is anyone joining you?",
        ),
        ("C", "Yes, my husband Dave is here with me, on speaker."),
        ("P", "Hello, yes, it's Dave."),
        ("A", "Can you tell me about your arthritis?"),
        (
            "C",
            "It's rheumatoid arthritis. My hands, my knees and my feet mostly. I'm on methotrexate once a week.",
        ),
        ("A", "How long can you stand for?"),
        ("C", "Ten minutes, maybe. Then my knees and feet are burning and I have to sit."),
        ("A", "Could you pick up something like a bag of sugar?"),
        (
            "C",
            "No, not really. I can lift a cup of tea with two hands. A full kettle, no. Dave fills it halfway for me.",
        ),
        ("A", "How about stairs?"),
        (
            "C",
            "I go up on my bottom some days. On a good day I hold the rail and take it one step at a time.",
        ),
        (
            "P",
            "It takes her a good five minutes to get up our stairs, and there's only thirteen of them.",
        ),
        ("A", "How is the stiffness in the morning?"),
        ("C", "It's about two hours before I can move properly. Dave helps me get dressed."),
        ("A", "Could you use a keyboard?"),
        (
            "C",
            "For a few minutes. My fingers swell and it hurts. I use voice typing on my phone instead.",
        ),
    ]
    report = [
        ("During the call the claimant was seen to move her hands freely.", {IMP}),
        ("She takes methotrexate once a week.", {SUP}),
        ("She can stand for about thirty minutes.", {NC}),
        ("She is able to lift a kettle.", {QD}),
        ("She manages the stairs using a rail.", {QD}),
        ("Her morning stiffness lasts around twenty minutes.", {NC}),
        ("She dresses independently.", {QD}),
        ("She stated that she uses voice typing on her phone.", {SUP}),
        ("She said she plays the piano to relax.", {NS}),
    ]
    return turns, report


def _case_06():
    # PIP face to face, ME/CFS, support worker present.
    turns = [
        ("A", "Hello, come in. This is your PIP face to face assessment. And you are?"),
        ("P", "I'm Priya, her support worker from the council."),
        ("A", "Thanks. Can you tell me how ME affects you?"),
        (
            "C",
            "I've had it about eight years. Everything costs energy. If I do too much one day, I crash for three or four days after.",
        ),
        ("A", "What does a crash look like?"),
        ("C", "I'm in bed. I can't stand light or noise. I can barely get to the toilet."),
        ("A", "How often does that happen?"),
        ("C", "Two or three times a month, at least."),
        ("A", "How far can you walk?"),
        (
            "C",
            "To the end of my garden path and back, that's about twenty metres. I use a wheelchair for anything further, and someone has to push me.",
        ),
        ("A", "How do you manage washing?"),
        (
            "C",
            "I have a shower chair. I shower about twice a week, because it takes everything out of me. The other days I have a wash at the sink, sitting down.",
        ),
        ("P", "I come in three mornings a week and help her with meals and the washing up."),
        ("A", "How about reading, or following instructions?"),
        (
            "C",
            "My concentration goes after about ten minutes. I have to read things two or three times.",
        ),
        ("A", "And how did you get here today?"),
        ("C", "Priya drove me. I'll be in bed for the rest of the week after this."),
    ]
    report = [
        ("The claimant attended the assessment unaccompanied.", {IMP}),
        ("She has had ME for about eight years.", {SUP}),
        ("She reported crashes about once every two months.", {NC}),
        ("She can walk about 200 metres.", {NC}),
        ("She showers daily.", {NC, QD}),
        ("Her support worker visits three mornings a week.", {SUP}),
        ("She stated that she is able to read and follow written instructions.", {QD}),
        ("She said she attends a weekly gym class as part of graded exercise.", {NS}),
    ]
    return turns, report


def _case_07():
    # WCA face to face, epilepsy, claimant alone.
    turns = [
        (
            "A",
            "Good morning, this is your face to face work capability assessment. It's just gone nine o'clock. Can you tell me about your epilepsy?",
        ),
        (
            "C",
            "I have tonic clonic seizures, and absences. I've had epilepsy since I was a child, about seven.",
        ),
        ("A", "How often do you have seizures?"),
        (
            "C",
            "The big ones, about two a month. The absences I don't always know about, but my sister says several a day.",
        ),
        ("A", "Do you get any warning?"),
        ("C", "Sometimes a funny smell, a few seconds before. Usually no warning at all."),
        ("A", "How long does it take you to recover?"),
        (
            "C",
            "After a big one I sleep most of the day. I'm confused and my muscles ache for a day or two.",
        ),
        ("A", "Have you injured yourself?"),
        (
            "C",
            "I broke my wrist last year, and I've bitten my tongue loads of times. I burnt my arm on the oven once.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Only locally, and I always tell someone where I'm going. I don't cross busy roads alone.",
        ),
        ("A", "Are you allowed to drive?"),
        ("C", "No, I lost my licence four years ago."),
        ("A", "What medication do you take?"),
        (
            "C",
            "Levetiracetam and lamotrigine, twice a day. I have an alarm on my phone, because I forget otherwise.",
        ),
    ]
    report = [
        ("The consultation lasted 45 minutes.", {IMP}),
        ("She has had epilepsy since around the age of seven.", {SUP}),
        ("She reports tonic clonic seizures approximately twice a year.", {NC}),
        ("She recovers from a seizure within an hour.", {NC}),
        ("She broke her wrist last year.", {SUP}),
        ("She goes out alone.", {QD}),
        ("She lost her driving licence about ten years ago.", {NC}),
        ("She manages her medication independently.", {QD}),
        ("She said she enjoys cycling to visit friends.", {NS}),
    ]
    return turns, report


def _case_08():
    # PIP telephone, glaucoma with severe sight loss, partner present.
    turns = [
        ("A", "Hello, this is your PIP assessment by telephone. Can I check who is on the call?"),
        ("C", "It's me, and my partner Jo is sitting with me."),
        ("P", "Hi, I'm Jo."),
        ("A", "Can you tell me about your sight?"),
        (
            "C",
            "I've got glaucoma in both eyes. I've been registered severely sight impaired since twenty nineteen. I have some vision on the left side, but it's like looking through a straw.",
        ),
        ("A", "How do you get around outside?"),
        (
            "C",
            "I use a long cane. I know the route to the corner shop, that's about a hundred yards. Anywhere else, Jo has to guide me.",
        ),
        ("P", "She's walked into lampposts and a bin, and she fell off a kerb in March."),
        ("A", "How do you manage cooking?"),
        (
            "C",
            "I can use the microwave with tactile dots. I don't use the hob on my own any more. I burned myself twice.",
        ),
        ("A", "What about reading your post?"),
        (
            "C",
            "I can't. Jo reads it to me, or I use an app on my phone that reads it out, but it gets things wrong.",
        ),
        ("A", "How about taking medication?"),
        ("C", "Eye drops, four times a day. Jo puts them in, because I miss my eye."),
        ("A", "And do you go to new places?"),
        ("C", "Hardly ever. Only with Jo. Maybe once a month, to see my mum."),
    ]
    report = [
        ("She was seen to move around the room without difficulty.", {IMP}),
        ("She is registered severely sight impaired.", {SUP}),
        (
            "She is able to walk to her local shop, approximately 500 yards away, with a long cane.",
            {NC},
        ),
        ("She can cook using the hob.", {QD}),
        ("She reads her post using an app on her phone.", {QD}),
        ("She administers her own eye drops twice a day.", {NC, QD}),
        ("She visits new places about once a week with her partner.", {NC}),
        ("Her partner reported a fall from a kerb in March.", {SUP}),
        ("She stated that she has a guide dog.", {NS}),
    ]
    return turns, report


def _case_09():
    # WCA telephone, PTSD, claimant alone.
    turns = [
        (
            "A",
            "Hello. This is your work capability assessment, taking place over the phone today. Are you on your own?",
        ),
        ("C", "Yes. I'd rather be, to be honest."),
        ("A", "Can you tell me about your PTSD?"),
        (
            "C",
            "I was in the army. I served in Afghanistan. I left in twenty twelve, and the flashbacks started about a year after.",
        ),
        ("A", "How often do you get flashbacks?"),
        ("C", "Most days. Nightmares four or five nights a week. I wake up soaked."),
        ("A", "How many hours do you sleep?"),
        ("C", "Three. Maybe four if I'm lucky."),
        ("A", "Do you go out?"),
        (
            "C",
            "Early morning, when it's quiet, to get milk. I can't do crowds. If someone comes up behind me I panic.",
        ),
        ("A", "Do you have contact with other people?"),
        ("C", "My brother checks on me. I don't answer the door to anyone I'm not expecting."),
        ("A", "Have you had any episodes of anger?"),
        (
            "C",
            "I put my fist through a door last month. I've had arguments with strangers in queues. That's why I keep away.",
        ),
        ("A", "Are you having any treatment?"),
        ("C", "I see a therapist from a veterans charity once a fortnight. And I'm on sertraline."),
        ("A", "How long have you been on the sertraline?"),
        ("C", "About two years. The dose went up in January."),
    ]
    report = [
        ("The call started at 10:00 and finished at 11:15.", {IMP}),
        ("He served in the army and left in 2012.", {SUP}),
        ("He reported nightmares about once a week.", {NC}),
        ("He sleeps about seven hours a night.", {NC}),
        ("He goes out to the shops.", {QD}),
        ("He was observed to be calm and maintained good eye contact.", {IMP}),
        ("He sees a therapist once a fortnight.", {SUP}),
        ("He stated he started sertraline six months ago.", {NC}),
        ("He said he plays in a weekly football group with other veterans.", {NS}),
    ]
    return turns, report


def _case_10():
    # PIP face to face, stroke with aphasia, daughter present.
    turns = [
        (
            "A",
            "Good afternoon. This is your face to face PIP assessment. Who have you brought with you?",
        ),
        ("C", "My daughter. Leanne. My speech isn't so good since the stroke, so she helps."),
        ("P", "Hiya. Dad had his stroke two years ago, in April."),
        ("A", "Can you tell me what it affects?"),
        ("C", "My right side. Arm is weak. Leg, I drag it. And words. I lose words."),
        ("A", "How far can you walk?"),
        (
            "C",
            "With the frame, indoors, kitchen to lounge. Outside, maybe ten metres, with Leanne holding me.",
        ),
        (
            "P",
            "He's had three falls since Christmas. He won't use the frame outside because he's embarrassed.",
        ),
        ("A", "How do you manage dressing?"),
        ("C", "Leanne does buttons, socks, shoes. I do my top, slowly. Takes twenty minutes."),
        ("A", "And eating?"),
        ("C", "I can eat with a fork, left hand. Cutting up, no. Leanne cuts it."),
        ("A", "Do you manage your own money?"),
        ("C", "Leanne does it. Numbers get muddled."),
        ("A", "Do you still drive?"),
        ("C", "No. Not since."),
    ]
    report = [
        ("He had a stroke approximately two years ago.", {SUP}),
        ("He can walk around 50 metres outdoors.", {NC, QD}),
        ("It was reported that he has fallen once since Christmas.", {NC}),
        ("He is able to dress himself.", {QD}),
        ("He takes about five minutes to put on his top.", {NC}),
        ("He eats using a fork in his left hand.", {SUP}),
        ("He manages his own finances.", {QD}),
        ("His daughter was present and helped with communication.", {SUP}),
        ("He reported that he attends a stroke club twice a week.", {NS}),
    ]
    return turns, report


def _case_11():
    # WCA face to face, lower back injury with sciatica, claimant alone.
    turns = [
        (
            "A",
            "Good morning. This is your face to face work capability assessment, and we're starting at eleven. Can you tell me about your back?",
        ),
        (
            "C",
            "I hurt it at work lifting a pallet, about three years ago. Two discs are prolapsed, and I've got sciatica down my left leg.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "Fifteen, twenty minutes tops. Then I have to stand up and walk around. The pain goes into my leg.",
        ),
        ("A", "And standing?"),
        ("C", "About the same. I have to keep shifting my weight."),
        ("A", "How far can you walk?"),
        (
            "C",
            "I can get to the bus stop, that's maybe a hundred metres, but I have to stop halfway and lean on a wall. I use a stick.",
        ),
        ("A", "Could you pick something up off the floor?"),
        ("C", "I'd have to kneel down, holding onto something. I can't bend from the waist."),
        ("A", "What painkillers are you on?"),
        ("C", "Co-codamol four times a day, and pregabalin. They make me dizzy and drowsy."),
        ("A", "Do you drive?"),
        ("C", "Only short trips, ten minutes at most, and not when I've taken the tablets."),
        ("A", "What did you do for work?"),
        ("C", "Warehouse operative, for fourteen years."),
    ]
    report = [
        (
            "The consultation ran from 11:00 to 11:50 and he sat throughout without apparent discomfort.",
            {IMP},
        ),
        ("He injured his back lifting at work about three years ago.", {SUP}),
        ("He can sit for up to an hour.", {NC}),
        ("He can walk about 100 metres to the bus stop.", {QD}),
        ("He is able to pick up an object from the floor.", {QD}),
        ("He takes co-codamol twice a day.", {NC}),
        ("He worked as a warehouse operative for fourteen years.", {SUP}),
        ("He stated that he walks his dog twice a day.", {NS}),
    ]
    return turns, report


def _case_12():
    # PIP telephone, type 1 diabetes with neuropathy and hypoglycaemia, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is your PIP assessment, and it's being done by telephone. Is anyone else with you?",
        ),
        ("C", "No, just me today."),
        ("A", "Tell me about your diabetes."),
        (
            "C",
            "Type one, since I was twelve. I'm forty one now. I've got neuropathy in both feet, and I've lost the feeling in my toes.",
        ),
        ("A", "How often do you have hypos?"),
        (
            "C",
            "Three or four a week at the moment. I've had two bad ones where the paramedics came, both this year.",
        ),
        ("A", "Do you get warning signs?"),
        (
            "C",
            "Not really, not anymore. My wife spotted the last one because I was talking nonsense.",
        ),
        ("A", "How do you manage your insulin?"),
        (
            "C",
            "I inject four times a day and check my sugar with a sensor. My wife reminds me at night, because I've forgotten the long acting one before.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "About two hundred yards, then my feet burn like I'm walking on glass. I have to sit down.",
        ),
        ("A", "How about cooking?"),
        (
            "C",
            "I cook, but I've burned my hand on the oven and not felt it, so I wear gloves and I'm careful.",
        ),
    ]
    report = [
        ("He has had type 1 diabetes since the age of twelve.", {SUP}),
        ("He reported hypoglycaemic episodes about once a month.", {NC}),
        ("He manages his insulin independently.", {QD}),
        (
            "He can walk about two hundred yards before burning pain in his feet makes him sit down.",
            {SUP},
        ),
        ("He was noted to be alert and had no visible injuries to his hands.", {IMP}),
        ("He stated he plays football with friends every Sunday.", {NS}),
        ("He is 41 years old.", {SUP}),
    ]
    return turns, report


def _case_13():
    # WCA telephone, learning disability, support worker present.
    turns = [
        ("A", "Hello, this is your work capability assessment by telephone. Who is with you?"),
        ("C", "Mark. He's my support worker."),
        ("P", "Hello, I'm Mark. I support Daniel fifteen hours a week."),
        ("A", "Daniel, can you tell me what you do in a day?"),
        (
            "C",
            "I watch telly. I go to the day centre on Tuesday and Thursday. Mark takes me on the bus.",
        ),
        ("A", "Could you get the bus on your own?"),
        ("C", "No. I got lost once. I got on the wrong one and I was scared."),
        (
            "P",
            "He ended up in the next town. The police brought him home. Since then he hasn't travelled alone.",
        ),
        ("A", "Can you read and write?"),
        ("C", "I can write my name. I can read some words. Not letters from the council."),
        ("A", "How do you manage with money?"),
        ("C", "Mark helps me. I don't know if I've got the right change."),
        ("A", "Do you cook?"),
        ("C", "Sandwiches. And cereal. Mark says no to the cooker, because I left it on."),
        ("A", "How old are you, Daniel?"),
        ("C", "Twenty nine."),
    ]
    report = [
        ("Daniel was unaccompanied during the telephone call.", {IMP}),
        ("He attends a day centre twice a week.", {SUP}),
        ("He can travel independently by bus to a familiar place.", {QD}),
        ("He can read some simple words and can write his name.", {SUP}),
        ("He manages his own money.", {QD}),
        ("His support worker supports him for five hours a week.", {NC}),
        ("He stated that he is learning to drive.", {NS}),
    ]
    return turns, report


def _case_14():
    # PIP face to face, fibromyalgia and depression, husband (carer) present.
    turns = [
        ("A", "Hello, this is your face to face PIP assessment. Is this your husband?"),
        ("P", "Yes, I'm Tom. I'm her carer."),
        ("A", "Thank you. Can you tell me about your fibromyalgia?"),
        (
            "C",
            "I've had it about five years. The pain is everywhere, but worst in my shoulders and hips. And I'm exhausted all the time.",
        ),
        ("A", "How do you manage getting washed?"),
        (
            "C",
            "I can't lift my arms to wash my hair. Tom does that for me, maybe twice a week. I use a bath board.",
        ),
        ("A", "What about dressing?"),
        (
            "C",
            "I wear things without buttons. Tom does my bra and my socks. On a good day I can manage a jumper.",
        ),
        ("A", "How long does it take you to get dressed?"),
        ("C", "Half an hour, sometimes more. I have to stop and rest."),
        ("A", "Can you walk to the shops?"),
        (
            "C",
            "The shop is about a quarter of a mile. I can't get there. I can do maybe fifty metres with my stick, and that's on a good day.",
        ),
        ("P", "Most days she doesn't leave the house. Once a week, if that."),
        ("A", "How is your mood?"),
        ("C", "Low. I cry a lot. I'm on duloxetine. I had counselling last year, six sessions."),
    ]
    report = [
        ("She attended with her husband, who is her carer.", {SUP}),
        ("She has had fibromyalgia for about five years.", {SUP}),
        ("She washes her hair independently.", {QD}),
        ("She dresses herself in about ten minutes.", {NC, QD}),
        ("She can walk about fifty metres.", {QD}),
        ("Her husband stated that she leaves the house most days.", {NC}),
        ("She stated she had twelve sessions of counselling last year.", {NC}),
        ("She reported that she enjoys gardening and looks after a vegetable patch.", {NS}),
    ]
    return turns, report


def _case_15():
    # WCA face to face, heart failure, claimant alone.
    turns = [
        (
            "A",
            "Morning. This is your work capability assessment, face to face. Could you tell me about your heart?",
        ),
        (
            "C",
            "I've got heart failure. I had a heart attack in twenty twenty one, and since then my heart only pumps at about thirty percent.",
        ),
        ("A", "How far can you walk on the flat?"),
        (
            "C",
            "About forty metres, then I'm gasping and my chest gets tight. I have to stop for five minutes or so.",
        ),
        ("A", "Can you climb stairs?"),
        (
            "C",
            "I've moved my bed downstairs. I can do about four steps, holding the rail, before I have to stop.",
        ),
        ("A", "Do your ankles swell?"),
        ("C", "Yes. By the afternoon my ankles are like balloons. I have to keep my legs up."),
        ("A", "How many tablets do you take?"),
        (
            "C",
            "Nine different ones, I think. My wife puts them in a dosette box for me every Sunday.",
        ),
        ("A", "Have you been in hospital recently?"),
        ("C", "Twice since the summer, with fluid on my lungs."),
    ]
    report = [
        ("The claimant arrived at 9:30 and the assessment concluded at 10:45.", {IMP}),
        ("He had a heart attack in 2021.", {SUP}),
        ("He can walk about 40 metres before needing to stop.", {SUP}),
        ("He can climb about fourteen stairs without stopping.", {NC, QD}),
        ("He manages his medication without assistance.", {QD}),
        ("He has been admitted to hospital twice since the summer with fluid on his lungs.", {SUP}),
        ("He stated that he goes swimming once a week.", {NS}),
    ]
    return turns, report


def _case_16():
    # PIP telephone, schizophrenia, brother (appointee) present.
    turns = [
        ("A", "Hello, this is your PIP telephone assessment. Who have I got on the line?"),
        ("C", "It's Ryan. My brother Sam is here too. He's my appointee."),
        ("P", "Hello, yeah, it's Sam. I look after his money and his post."),
        ("A", "Ryan, can you tell me about your condition?"),
        (
            "C",
            "Schizophrenia. I hear voices. They tell me people are watching me. I've had it since I was about twenty.",
        ),
        ("A", "How often do you hear the voices?"),
        ("C", "Every day. Worse at night."),
        ("A", "Do you manage to cook?"),
        (
            "C",
            "Not really. I forget I've put things on. Sam brings food round three times a week, and I heat it up.",
        ),
        ("A", "What about washing?"),
        (
            "C",
            "I don't wash much. Sam has to tell me. Maybe once a week I'll have a shower, if he's on at me.",
        ),
        ("P", "It's more like once every ten days, honestly, unless I'm there."),
        ("A", "Do you take any medication?"),
        ("C", "An injection every four weeks at the clinic. Sam takes me, or I wouldn't go."),
        ("A", "Do you see friends?"),
        ("C", "No. I don't trust people. I stay in my flat."),
    ]
    report = [
        ("Ryan had clean hair and appeared well groomed.", {IMP}),
        ("He reported hearing voices daily.", {SUP}),
        ("He prepares his own meals.", {QD}),
        ("He showers daily without prompting.", {NC, QD}),
        ("He attends the clinic on his own for an injection every four weeks.", {QD}),
        ("He stated that he meets friends at the pub at weekends.", {NS}),
        ("His brother Sam is his appointee.", {SUP}),
    ]
    return turns, report


def _case_17():
    # WCA telephone, Parkinson's disease, wife present.
    turns = [
        (
            "A",
            "Good morning, I'm calling for your work capability assessment, which is by telephone today. Is anyone with you?",
        ),
        ("C", "My wife Helen is here. She's listening in."),
        ("P", "Morning."),
        ("A", "Tell me about your Parkinson's."),
        (
            "C",
            "I was diagnosed four years ago, when I was fifty two. The tremor is mostly in my right hand. I freeze when I walk, especially in doorways.",
        ),
        ("A", "How often do you fall?"),
        (
            "C",
            "Once or twice a week. Mostly small falls, I catch myself, but I've hit my head twice.",
        ),
        (
            "P",
            "He won't tell you this, but I've had to help him up off the floor four times this month.",
        ),
        ("A", "Can you write?"),
        ("C", "My writing's gone tiny. Nobody can read it. I can't sign my name properly."),
        ("A", "How is your speech?"),
        ("C", "Quiet. People keep asking me to repeat myself. On the phone it's worse."),
        ("A", "And your medication?"),
        (
            "C",
            "Co-careldopa, five times a day. If I'm late with it, I seize up within half an hour.",
        ),
    ]
    report = [
        ("He was diagnosed with Parkinson's disease four years ago.", {SUP}),
        ("He reported falling about once a month.", {NC}),
        ("He was observed to sign the consent form with a steady hand.", {IMP}),
        ("He takes co-careldopa three times a day.", {NC}),
        ("His wife reported having to help him up from the floor four times this month.", {SUP}),
        ("He reported freezing when walking, particularly in doorways.", {SUP}),
        ("He stated he enjoys DIY and recently put up some shelves.", {NS}),
    ]
    return turns, report


def _case_18():
    # PIP face to face, hypermobile Ehlers Danlos syndrome, friend present.
    turns = [
        (
            "A",
            "Hello, please take a seat. This is your face to face PIP assessment. And who's with you?",
        ),
        ("P", "I'm Chloe, a friend. I drove her here."),
        ("A", "Thanks Chloe. Can you tell me about your condition?"),
        (
            "C",
            "I've got hypermobile Ehlers Danlos. My joints dislocate. My shoulders and knees mostly, sometimes my fingers.",
        ),
        ("A", "How often do they dislocate?"),
        ("C", "Partial ones, subluxations, most days. Full dislocations, maybe once a month."),
        ("A", "How do you get around?"),
        (
            "C",
            "Crutches indoors on a bad day. Outside I use a wheelchair for anything more than about twenty metres, because my knees give way.",
        ),
        ("A", "Can you prepare food?"),
        (
            "C",
            "I can't chop. My fingers sublux. I use pre chopped veg and a perching stool. Cooking something simple takes me about an hour.",
        ),
        ("A", "Do you need help with anything else?"),
        (
            "C",
            "My hair. I can't hold my arms up, my shoulders pop out. My mum comes every morning to help me get dressed.",
        ),
        ("A", "And are you in pain?"),
        ("C", "All the time. Seven out of ten, on a good day."),
    ]
    report = [
        ("She attended the assessment alone.", {IMP}),
        ("She experiences full dislocations approximately once a month.", {SUP}),
        ("She can walk outdoors for about 200 metres.", {NC}),
        ("She can prepare a simple meal.", {QD}),
        ("Her mother helps her to get dressed every morning.", {SUP}),
        ("She described her pain as three out of ten.", {NC}),
        ("She reported that she swims for an hour three times a week.", {NS}),
    ]
    return turns, report


def _case_19():
    # WCA face to face, generalised anxiety and panic disorder, partner present.
    turns = [
        (
            "A",
            "Good afternoon. It's half past one, and this is your face to face work capability assessment. You've brought someone with you?",
        ),
        ("C", "Yes, my partner, Alex. I can't do these on my own."),
        ("P", "Hi. I'm Alex."),
        ("A", "Could you tell me about your anxiety?"),
        (
            "C",
            "I have panic attacks. I've had anxiety since my teens, and the panic got worse after my mum died two years ago.",
        ),
        ("A", "How often are the panic attacks?"),
        (
            "C",
            "Three or four a week. Sometimes two in one day. My heart races, I can't breathe, I think I'm dying.",
        ),
        ("A", "How long do they last?"),
        ("C", "Maybe twenty minutes. Afterwards I'm wiped out for the rest of the day."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Not really. Only to the bin. If Alex is with me I can get to the corner shop, but I'm shaking the whole time.",
        ),
        (
            "P",
            "Last month we tried the supermarket. We had to leave after about five minutes, she was hyperventilating.",
        ),
        ("A", "How do you find meeting new people?"),
        ("C", "I can't look at them. I go red and my mind goes blank. Alex does the talking."),
        ("A", "Did you ever work?"),
        (
            "C",
            "I was a receptionist for six years. I left three years ago, because I couldn't face the phones.",
        ),
    ]
    report = [
        ("The assessment started at 13:30 and finished at 14:40.", {IMP}),
        ("She has experienced anxiety since her teens.", {SUP}),
        ("She reported panic attacks about once a month.", {NC}),
        ("She stated her panic attacks last around two minutes.", {NC}),
        ("She is able to go to the local shop.", {QD}),
        ("She manages conversations with people she does not know.", {QD}),
        ("She worked as a receptionist for six years.", {SUP}),
        ("She said she regularly takes the train to visit her sister.", {NS}),
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

FIRST_SEED = 15000


def make_case_15(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    """Return (dialogue, report) for one seed in 15000..15019.

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
