"""Blind held-out set 19 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty short assessment dialogues (PIP and WCA; face to face, telephone and video; some with a
partner, parent, son, daughter, friend or support worker taking part) covering rheumatoid
arthritis, depression and anxiety, COPD, spinal stenosis, autism with a learning disability,
multiple sclerosis, fibromyalgia with chronic fatigue, glaucoma, epilepsy, PTSD, stroke,
Crohn's disease, bipolar disorder, heart failure, Parkinson's disease, schizophrenia, a
below-knee amputation with diabetes, long COVID, OCD with agoraphobia and knee osteoarthritis.
Each dialogue comes with a hand-written report whose single-sentence statements carry gold
labels: figures changed, limits dropped, things never said, things the recording itself rules
out, and faithful paraphrases.
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
    # PIP face to face, rheumatoid arthritis, claimant alone.
    turns = [
        (
            "A",
            "Good morning. This is your face to face assessment for Personal Independence Payment. Is anyone with you today?",
        ),
        ("C", "No, I came on my own today. I got a taxi here."),
        ("A", "Can you tell me about your condition?"),
        (
            "C",
            "I have rheumatoid arthritis, mainly in my hands and my knees. I was diagnosed about eight years ago.",
        ),
        ("A", "What medication do you take for it?"),
        (
            "C",
            "Methotrexate once a week, fifteen milligrams, and folic acid, and painkillers most days.",
        ),
        ("A", "How do you manage preparing a meal?"),
        (
            "C",
            "I can do something simple in the microwave. I can't lift a full pan, my wrists just give way, so I don't cook proper meals anymore.",
        ),
        ("A", "And washing and bathing?"),
        (
            "C",
            "I use a shower stool because I can't stand long enough. On bad days my partner has to help me wash my hair.",
        ),
        ("A", "How far can you walk before you need to stop?"),
        (
            "C",
            "Maybe fifty yards, then my knees are burning and I have to stop for a few minutes. I use a stick when I'm outside.",
        ),
        ("A", "How often do you have flare ups?"),
        ("C", "About two or three times a month, and each one lasts maybe four or five days."),
        ("A", "Thank you, that's everything I need for now."),
    ]
    report = [
        ("The claimant attended the assessment alone and travelled by taxi.", {SUP}),
        ("She was diagnosed with rheumatoid arthritis approximately eight years ago.", {SUP}),
        ("She takes methotrexate 25 mg weekly.", {NC}),
        ("She is able to cook a main meal from fresh, including lifting pans.", {QD}),
        ("She showers independently without the use of any aids.", {QD}),
        (
            "She reports she can walk about 200 metres with a stick before she needs to stop because of knee pain.",
            {NC},
        ),
        ("She reports flare ups about once every two months.", {NC}),
        ("She enjoys gardening at the weekends.", {NS}),
        ("The consultation lasted 55 minutes.", {IMP}),
    ]
    return turns, report


def _case_01():
    # WCA telephone, depression and anxiety, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment, and we are doing it by telephone today. Can you confirm your name for me?",
        ),
        ("C", "Yes, it's Daniel Hughes."),
        ("A", "Thank you. Is anybody with you?"),
        ("C", "No, I'm on my own."),
        ("A", "Can you tell me about your mental health?"),
        (
            "C",
            "I've had depression since I was about nineteen, and the anxiety got a lot worse after I lost my job in twenty twenty one.",
        ),
        ("A", "Are you taking anything for it?"),
        (
            "C",
            "Sertraline, a hundred milligrams in the morning. And I see a counsellor every two weeks.",
        ),
        ("A", "How often do you go out of the house?"),
        (
            "C",
            "Maybe once a week, if that. My mum takes me to the supermarket on a Thursday. I wouldn't go on my own, I panic in crowds.",
        ),
        ("A", "Do you ever go anywhere unfamiliar?"),
        (
            "C",
            "No, I don't. Last time I tried to get a bus somewhere new I had a panic attack and had to get off after two stops.",
        ),
        ("A", "How are you sleeping?"),
        ("C", "Badly. Three or four hours a night, maybe."),
        ("A", "Do you have any thoughts of harming yourself?"),
        ("C", "Sometimes, yeah. Not plans, but the thoughts are there most weeks."),
        ("A", "Okay, thank you for telling me. That's all the questions I have."),
    ]
    report = [
        ("The assessment was carried out by telephone with the claimant on his own.", {SUP}),
        ("He has had depression since around the age of nineteen.", {SUP}),
        ("He takes sertraline 100 mg each morning and sees a counsellor monthly.", {NC}),
        ("He goes out to the supermarket on his own most days.", {NC, QD}),
        ("He was observed to maintain good eye contact throughout.", {IMP}),
        ("He reports that he travels by bus to unfamiliar places without difficulty.", {QD}),
        ("He sleeps for around six hours a night.", {NC}),
        ("He stated that he has no thoughts of self harm.", {NS}),
        ("He said he plays online games with friends in the evenings.", {NS}),
    ]
    return turns, report


def _case_02():
    # PIP telephone, COPD, wife present and speaking.
    turns = [
        (
            "A",
            "Good afternoon, this is your PIP assessment by telephone. I can hear someone else there, who is with you?",
        ),
        (
            "C",
            "That's my wife, Margaret. She's going to help me because I get out of breath talking.",
        ),
        ("P", "Hello. I'll just fill in if he struggles."),
        ("A", "That's fine. Tell me about your breathing."),
        ("C", "I've got COPD. Emphysema. I use oxygen at home, about fifteen hours a day."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Ten, maybe fifteen metres. Then I have to stop and get my breath back. That takes me a couple of minutes.",
        ),
        ("P", "On a bad day he can't get from the bedroom to the bathroom without stopping."),
        ("A", "Do you use any inhalers?"),
        ("C", "Yes, three different ones. The blue one I use maybe six or seven times a day."),
        ("A", "How do you manage dressing?"),
        (
            "C",
            "Slowly. Margaret does my socks and shoes because I can't bend down without getting breathless.",
        ),
        ("A", "And do you go out socially at all?"),
        (
            "P",
            "Not really. We go to his brother's once a month and I drive him there, door to door.",
        ),
        ("A", "Thank you both, that's all I need."),
    ]
    report = [
        ("The claimant's wife was present and contributed to the consultation.", {SUP}),
        ("He uses home oxygen for around fifteen hours per day.", {SUP}),
        ("He can walk approximately 50 metres before stopping to rest.", {NC}),
        ("He uses his reliever inhaler twice a day.", {NC}),
        ("He is able to dress and undress himself without assistance.", {QD}),
        ("He reports that he attends a social club every week.", {NS}),
        ("He walked into the room unaided and sat comfortably.", {IMP}),
    ]
    return turns, report


def _case_03():
    # WCA face to face, lumbar spinal stenosis, claimant alone.
    turns = [
        (
            "A",
            "Good morning, please take a seat. This is your work capability assessment. Did anyone come with you?",
        ),
        ("C", "No, I came by myself on the bus. It's only two stops."),
        ("A", "Tell me about your back."),
        (
            "C",
            "I've got lumbar spinal stenosis and a slipped disc. The pain goes down my left leg all the time.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "Twenty minutes maybe, then I have to get up and move about. Even in the waiting room I had to stand up.",
        ),
        ("A", "And standing?"),
        ("C", "About ten minutes, and I need to lean on something."),
        ("A", "How about carrying, say, a bag of shopping?"),
        ("C", "A light one, like a loaf of bread and some milk. Not a full bag, no."),
        ("A", "How far can you walk?"),
        (
            "C",
            "About a hundred yards on a good day, with my stick. On a bad day I don't go out at all.",
        ),
        ("A", "How many bad days do you get?"),
        ("C", "Probably four days a week are bad ones."),
        ("A", "Right, thank you, that's all I need today."),
    ]
    report = [
        ("The claimant travelled to the assessment alone by bus.", {SUP}),
        ("He has lumbar spinal stenosis with pain radiating into the left leg.", {SUP}),
        ("He can sit for up to an hour before needing to move.", {NC}),
        ("He can stand for ten minutes.", {QD}),
        ("He is able to carry a full bag of shopping.", {QD}),
        ("He walks around 200 metres with a stick.", {NC, QD}),
        ("He reports bad days once or twice a month.", {NC}),
        ("He sat comfortably throughout the 40 minute assessment without needing to stand.", {IMP}),
    ]
    return turns, report


def _case_04():
    # PIP video, autism and learning disability, mother present and speaking.
    turns = [
        ("A", "Hello, can you both see and hear me okay? This is your PIP assessment over video."),
        ("P", "Yes, we can. I'm Jo, I'm Liam's mum. I'll help him answer."),
        ("A", "Hi Liam. How old are you?"),
        ("C", "Twenty two."),
        ("A", "Can you tell me about cooking? What do you make?"),
        ("C", "I make toast. Mum does dinner."),
        (
            "P",
            "He can use the toaster, but we took the knobs off the cooker because he left the gas on twice last year.",
        ),
        ("A", "What about money? Can you pay for things in a shop?"),
        ("C", "I don't know about change. I give the card."),
        (
            "P",
            "He can't work out change at all. If something costs three pounds and he gives a five pound note, he doesn't know what he should get back.",
        ),
        ("A", "Does he go out on his own?"),
        (
            "P",
            "Only to the corner shop, which is about two minutes away, and he has to ring me when he gets there. Anywhere else I go with him.",
        ),
        ("A", "How about washing, does he need reminding?"),
        ("P", "Every single day. If I don't tell him, he won't shower for a week."),
        ("A", "Okay. And does he take any medication?"),
        ("P", "Melatonin at night, two milligrams, to help him sleep."),
    ]
    report = [
        ("The consultation was conducted by video with the claimant's mother present.", {SUP}),
        ("The claimant is 32 years old.", {NC}),
        ("He is able to prepare and cook a main meal independently.", {QD}),
        ("He manages his own money and can calculate change.", {QD}),
        (
            "He goes to the local shop on his own, which is about two minutes away, and phones his mother when he arrives.",
            {SUP},
        ),
        ("He told the assessor that he attends a drama group every Saturday.", {NS}),
        ("He washes and showers daily without prompting.", {QD}),
        ("He takes melatonin 10 mg at night.", {NC}),
        ("Grip strength was tested and found to be normal in both hands.", {IMP}),
    ]
    return turns, report


def _case_05():
    # PIP face to face, multiple sclerosis, partner present and speaking.
    turns = [
        ("A", "Hello, come in. This is your PIP consultation. And who is this with you?"),
        ("C", "This is my partner, Chris."),
        ("P", "Hi there."),
        ("A", "Tell me about your multiple sclerosis."),
        (
            "C",
            "It's relapsing remitting. I was diagnosed in twenty fifteen. The main things are fatigue, my balance, and my right leg drags.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With the frame, maybe thirty metres on a good day. On a bad day I use the wheelchair and Chris pushes me.",
        ),
        ("P", "And the bad days are more than half the week, honestly. I'd say four or five days."),
        ("A", "How do you manage the toilet?"),
        ("C", "I've got urgency. I have accidents, maybe once or twice a week. I use pads."),
        ("A", "Can you cook?"),
        (
            "C",
            "I sit on a perching stool in the kitchen. I can chop things if I'm sitting, but Chris takes things out of the oven because my hands shake.",
        ),
        ("A", "Do you have any problems with your eyes?"),
        ("C", "I had optic neuritis in my left eye, so the vision is a bit blurry on that side."),
        ("A", "Okay, thank you both."),
    ]
    report = [
        ("The claimant attended with her partner.", {SUP}),
        ("She was diagnosed with relapsing remitting multiple sclerosis in 2005.", {NC}),
        ("She can walk about 30 metres.", {QD}),
        (
            "She uses a wheelchair, pushed by her partner, on bad days, which occur about once a week.",
            {NC},
        ),
        ("She reports occasional incontinence around once a month.", {NC}),
        ("She is able to cook a meal standing at the cooker, including using the oven.", {QD}),
        ("She has blurred vision in her left eye following optic neuritis.", {SUP}),
        (
            "Her partner remained in the waiting room and did not take part in the consultation.",
            {IMP},
        ),
        ("She said she swims twice a week to help with her fatigue.", {NS}),
    ]
    return turns, report


def _case_06():
    # WCA telephone, fibromyalgia and chronic fatigue syndrome, claimant alone.
    turns = [
        (
            "A",
            "Hi, it's the health assessment service calling for your work capability assessment by phone. Is now still okay?",
        ),
        ("C", "Yes, I'm lying down, but that's fine."),
        ("A", "No problem. Tell me what conditions you have."),
        (
            "C",
            "Fibromyalgia and chronic fatigue syndrome. I was diagnosed with the fibro about six years ago.",
        ),
        ("A", "How long can you sit at a table?"),
        (
            "C",
            "Fifteen or twenty minutes, then the pain in my hips is too much and I have to lie down.",
        ),
        ("A", "Can you use a keyboard or a pen?"),
        (
            "C",
            "For a few minutes. After about five minutes of writing my hand cramps up and I can't carry on.",
        ),
        ("A", "What does a typical day look like?"),
        (
            "C",
            "I get up about eleven, if I've slept. I have to rest for an hour after a shower. Most of the day I'm on the sofa.",
        ),
        ("A", "Do you do the housework?"),
        (
            "C",
            "No. My daughter comes round three times a week and does the hoovering and the washing.",
        ),
        ("A", "Are you able to concentrate on something like a film?"),
        ("C", "Not really, I lose track after ten minutes or so. It's the brain fog."),
        ("A", "Do you drive?"),
        ("C", "I gave it up last year because I was getting confused at junctions."),
        ("A", "Okay, that's all, thank you."),
    ]
    report = [
        ("The assessment took place by telephone.", {SUP}),
        ("She was diagnosed with fibromyalgia around six years ago.", {SUP}),
        ("She can sit for about an hour without difficulty.", {NC, QD}),
        ("She can write or type for extended periods.", {QD}),
        ("She rests for around ten minutes after showering.", {NC}),
        ("Her daughter helps with the housework once a week.", {NC}),
        ("She is able to follow a film from start to finish.", {QD}),
        ("She continues to drive short distances locally.", {NS}),
        ("She was observed to be sitting upright and appeared comfortable throughout.", {IMP}),
    ]
    return turns, report


def _case_07():
    # PIP telephone, glaucoma with severe sight impairment, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is your PIP telephone assessment. Is it alright if I start by asking about your sight?",
        ),
        (
            "C",
            "Yes. I've got glaucoma in both eyes. I've been registered severely sight impaired since twenty eighteen.",
        ),
        ("A", "How do you read your post?"),
        (
            "C",
            "I can't read print at all now. My neighbour reads my letters for me, usually once a week when she pops round.",
        ),
        ("A", "How about getting around outside?"),
        (
            "C",
            "I use a long cane. I know the route to the corner shop, that's about five minutes. Anywhere new I need someone to guide me.",
        ),
        ("A", "Do you use public transport?"),
        ("C", "Not on my own. I get a taxi if my son can't take me."),
        ("A", "What about cooking?"),
        (
            "C",
            "I use the microwave with tactile dots on the buttons. I don't use the hob, I burnt myself twice.",
        ),
        ("A", "And how do you manage your eye drops?"),
        ("C", "Twice a day. I have a gadget that helps me aim, but I still miss sometimes."),
        ("A", "Thank you, that's everything."),
    ]
    report = [
        ("The claimant has been registered severely sight impaired since 2018.", {SUP}),
        ("He reads his own correspondence.", {QD}),
        ("He walks to the local shop, about five minutes away, using a long cane.", {SUP}),
        ("He is able to travel to unfamiliar places on his own using public transport.", {QD}),
        ("He uses a microwave with tactile markings and does not use the hob.", {SUP}),
        ("He uses his eye drops four times a day.", {NC}),
        ("Good eye contact was maintained throughout the consultation.", {IMP}),
        ("He told the assessor that he reads large print books in the evening.", {NS}),
    ]
    return turns, report


def _case_08():
    # WCA face to face, epilepsy, friend present and speaking.
    turns = [
        (
            "A",
            "Good afternoon. This is your work capability assessment. I see you've brought someone with you.",
        ),
        ("C", "Yes, this is my friend Priya. She's seen my seizures."),
        ("P", "Hi. I'm here because he doesn't remember them."),
        ("A", "How often do you have seizures?"),
        (
            "C",
            "The big ones, the tonic clonic ones, about twice a month. And the absences, loads, maybe ten a day.",
        ),
        ("P", "I'd say more than ten. He just stops talking in the middle of a sentence."),
        ("A", "How long does it take you to recover after a big seizure?"),
        ("C", "I sleep for most of the day after, and I'm confused for maybe two days."),
        ("A", "Do you get any warning?"),
        ("C", "Sometimes a funny taste, but usually no warning at all."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Only if I have to. My mum prefers someone to be with me because I had one in the road once.",
        ),
        ("A", "What medication are you on?"),
        ("C", "Levetiracetam, one thousand milligrams twice a day, and lamotrigine."),
        ("A", "Thank you both."),
    ]
    report = [
        ("He attended with a friend who has witnessed his seizures.", {SUP}),
        ("He reports tonic clonic seizures about twice a year.", {NC}),
        ("He has frequent absence seizures, around ten or more a day.", {SUP}),
        ("He recovers within an hour of a major seizure.", {NC}),
        ("He usually gets a warning before a seizure.", {NS}),
        ("He goes out alone regularly without any concerns.", {QD}),
        ("He takes levetiracetam 500 mg twice daily.", {NC}),
        ("The assessment started at 2.10pm and finished at 3.05pm.", {IMP}),
    ]
    return turns, report


def _case_09():
    # PIP video, PTSD, claimant alone.
    turns = [
        (
            "A",
            "Hello, can you hear me alright? This is your PIP assessment by video call. Are you somewhere private?",
        ),
        ("C", "Yes, I'm in my bedroom. My partner is out at work."),
        ("A", "Can you tell me about your PTSD?"),
        (
            "C",
            "It's from my time in the army. I left in twenty sixteen. I get flashbacks, and nightmares most nights.",
        ),
        ("A", "How often do you have nightmares?"),
        ("C", "Five or six nights a week. I wake up soaking."),
        ("A", "How do you get on with other people?"),
        (
            "C",
            "I don't really see anyone apart from my partner. If someone comes to the door I don't answer it.",
        ),
        ("A", "Do you go shopping?"),
        (
            "C",
            "Online only. I went to a supermarket about a year ago and had to leave my trolley and walk out.",
        ),
        ("A", "Do you manage your own medication?"),
        (
            "C",
            "My partner puts them in a dosette box, otherwise I forget, or I'd take too many. I took an overdose two years ago.",
        ),
        ("A", "How do you manage going to places you know?"),
        (
            "C",
            "I can walk to my mum's, it's ten minutes, but only early in the morning when it's quiet, and I have to have my headphones in.",
        ),
        ("A", "Okay. Thanks for your time."),
    ]
    report = [
        ("The consultation took place by video and the claimant was alone.", {SUP}),
        ("He left the army in 2016.", {SUP}),
        ("He reports nightmares about once a week.", {NC}),
        ("He reports meeting friends at the pub regularly.", {NS}),
        ("He does his own shopping at the supermarket.", {QD}),
        ("He manages his medication independently.", {QD}),
        ("He walks to his mother's home, which takes about 30 minutes.", {NC, QD}),
        ("He was observed to walk into the consultation room with a normal gait.", {IMP}),
    ]
    return turns, report


def _case_10():
    # PIP face to face, stroke, son present and speaking.
    turns = [
        (
            "A",
            "Good morning, come through. This is your PIP assessment. Who have you brought with you today?",
        ),
        ("C", "My son, Tom. My speech is a bit slow since the stroke."),
        ("P", "I'll help if Dad gets stuck."),
        ("A", "When did you have your stroke?"),
        ("C", "Two years ago, in the October. It affected my left side."),
        ("A", "How is your left arm now?"),
        ("C", "Weak. I can't grip with it. I can't do buttons or cut up food."),
        ("P", "I cut up his dinner every night."),
        ("A", "How do you get in and out of the bath?"),
        (
            "C",
            "I don't. We had a walk in shower fitted, with a seat and a rail. Tom helps me in and out.",
        ),
        ("A", "How far can you walk?"),
        ("C", "Across the room with my quad stick. Maybe ten metres, then my leg gives out."),
        ("A", "How many falls have you had?"),
        ("P", "Six since Christmas. He fell on the stairs last month."),
        ("A", "Do you have any trouble with reading or forms?"),
        ("C", "Reading is hard. Tom does all my forms."),
        ("A", "Thank you."),
    ]
    report = [
        ("He attended with his son, who assisted with some answers.", {SUP}),
        ("He is able to cut up his own food.", {QD}),
        (
            "He uses a shower seat and grab rail and needs help getting in and out of the shower.",
            {SUP},
        ),
        ("He can walk approximately 50 metres with a quad stick.", {NC}),
        ("He has had one fall since Christmas.", {NC}),
        ("He completes his own forms and paperwork.", {QD}),
        ("He said he still goes to the pub with friends twice a week.", {NS}),
        ("He sat through the 45 minute consultation without any signs of discomfort.", {IMP}),
    ]
    return turns, report


def _case_11():
    # WCA video, Crohn's disease, claimant alone.
    turns = [
        ("A", "Hello, this is your work capability assessment by video. Can you see me okay?"),
        ("C", "Yes, it's a bit jumpy but I can see you."),
        ("A", "Tell me about your Crohn's disease."),
        (
            "C",
            "I was diagnosed when I was sixteen. I've had two bowel resections, the last one in twenty twenty two.",
        ),
        ("A", "How often do you need the toilet?"),
        (
            "C",
            "On a bad day, fifteen or twenty times. On a good day maybe six or seven. And it's urgent, I get about a minute's warning.",
        ),
        ("A", "Have you had any accidents?"),
        ("C", "Yes. About once a week I don't make it. That's why I don't go far from home."),
        ("A", "Could you get to an appointment somewhere new on your own?"),
        (
            "C",
            "Only if I know where the toilets are. I'd look them up first, and I'd still be really anxious.",
        ),
        ("A", "Are you taking medication?"),
        ("C", "Adalimumab injections every two weeks, and loperamide when I need it."),
        ("A", "Thanks, I'll end the call now."),
    ]
    report = [
        ("The assessment was carried out by video call.", {SUP}),
        ("He has had two bowel resections, most recently in 2022.", {SUP}),
        ("He needs the toilet around three times a day.", {NC}),
        ("He reports an episode of incontinence about once every six months.", {NC}),
        ("He is able to travel to unfamiliar places alone without difficulty.", {QD}),
        ("Abdominal examination was unremarkable.", {IMP}),
        ("He reports that he works part time in a warehouse.", {NS}),
    ]
    return turns, report


def _case_12():
    # PIP telephone, bipolar disorder, support worker present and speaking.
    turns = [
        ("A", "Hello, this is your PIP assessment on the phone. Is anyone joining you?"),
        ("C", "Yes, my support worker Dee is here on speaker."),
        ("P", "Hi, I'm Dee from the mental health team. I see her twice a week."),
        ("A", "Can you tell me about your bipolar disorder?"),
        (
            "C",
            "I was diagnosed at twenty five. I've had four hospital admissions. The last one was eighteen months ago, for about three months.",
        ),
        ("A", "How do you manage your money?"),
        (
            "C",
            "Badly. When I'm high I spend everything. I ran up four thousand pounds of debt last time.",
        ),
        ("P", "Her brother is her appointee now, he handles her bills."),
        ("A", "Do you cook for yourself?"),
        ("C", "When I'm low I don't eat properly. I might have cereal. Dee reminds me to eat."),
        ("A", "Do you take medication?"),
        ("C", "Lithium, and quetiapine at night. I need reminders or I forget them."),
        ("A", "Do you meet people?"),
        ("C", "I go to a peer support group sometimes, but only when Dee comes with me."),
        ("A", "Okay, thank you both."),
    ]
    report = [
        ("Her support worker was present on the call.", {SUP}),
        ("She was diagnosed with bipolar disorder at the age of 25.", {SUP}),
        ("She has had one psychiatric hospital admission.", {NC}),
        ("She manages her own finances and pays her bills.", {QD}),
        ("She ran up debts of around four hundred pounds.", {NC}),
        ("She prepares and eats regular meals.", {QD}),
        ("She attends a peer support group independently.", {QD}),
        ("She volunteers at a charity shop on Saturdays.", {NS}),
        ("She was noted to be well kempt and appropriately dressed.", {IMP}),
    ]
    return turns, report


def _case_13():
    # WCA face to face, heart failure, claimant alone.
    turns = [
        ("A", "Good morning. This is your work capability assessment. Are you on your own today?"),
        ("C", "Yes, my wife is at work, so I got a lift from a neighbour."),
        ("A", "Tell me about your heart."),
        (
            "C",
            "I've got heart failure. I had a heart attack in twenty twenty and my heart only pumps at about thirty per cent now.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On the flat, about forty metres, then I'm breathless and my chest gets tight. Hills, forget it.",
        ),
        ("A", "And stairs?"),
        ("C", "I can do one flight, but I have to stop halfway and hold the rail."),
        ("A", "What about standing?"),
        ("C", "Maybe five minutes before I get dizzy. Then I have to sit down."),
        ("A", "Are you on water tablets?"),
        (
            "C",
            "Furosemide, eighty milligrams in the morning. I'm up and down to the toilet all morning.",
        ),
        ("A", "Do you sleep flat?"),
        ("C", "No, I sleep propped up on four pillows, otherwise I can't breathe."),
        ("A", "Right, thank you."),
    ]
    report = [
        ("He attended alone, having been given a lift by a neighbour.", {SUP}),
        ("He had a heart attack in 2020.", {SUP}),
        ("He can walk about 400 metres on the flat before becoming breathless.", {NC}),
        ("He climbs a flight of stairs without stopping.", {QD}),
        ("He can stand for around 30 minutes before needing to sit.", {NC}),
        ("He takes furosemide 80 mg each morning.", {SUP}),
        ("He stated that he walks his dog twice a day.", {NS}),
        ("The consultation ran from 9.30am until 10.40am.", {IMP}),
    ]
    return turns, report


def _case_14():
    # PIP face to face, Parkinson's disease, husband present and speaking.
    turns = [
        ("A", "Hello, please sit down. This is your PIP assessment. Is this your husband?"),
        ("C", "Yes, this is Graham."),
        ("P", "Hello."),
        ("A", "How long have you had Parkinson's?"),
        ("C", "I was diagnosed five years ago. The tremor is mostly on my right side."),
        ("A", "How do you manage getting dressed?"),
        ("C", "It takes me ages, maybe forty minutes. Graham does my buttons and my bra."),
        ("A", "Do you have any falls?"),
        ("C", "I freeze, especially in doorways. I fell three times last month."),
        ("P", "She had one in the garden and cut her head."),
        ("A", "How far can you walk outside?"),
        (
            "C",
            "With my rollator, maybe to the end of the road, that's about fifty metres, and Graham has to be with me.",
        ),
        ("A", "Do you take your medication on time?"),
        ("P", "I set alarms on her phone and remind her. She takes tablets five times a day."),
        ("A", "Thank you both."),
    ]
    report = [
        ("She attended with her husband.", {SUP}),
        ("She was diagnosed with Parkinson's disease five years ago.", {SUP}),
        ("She dresses independently in about ten minutes.", {NC, QD}),
        ("She is able to walk about 50 metres.", {QD}),
        ("She has had no falls in the past month.", {NC}),
        ("She manages her medication without assistance.", {QD}),
        ("She still does the weekly food shop on her own.", {NS}),
        ("She sat for the whole of the one hour consultation without difficulty.", {IMP}),
    ]
    return turns, report


def _case_15():
    # WCA telephone, paranoid schizophrenia, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment by telephone. Can you hear me clearly?",
        ),
        ("C", "Yes. Sorry, can you speak up a bit?"),
        ("A", "Of course. Is anyone with you?"),
        ("C", "No. My care coordinator was meant to be here but she couldn't make it."),
        ("A", "Can you tell me about your condition?"),
        (
            "C",
            "Paranoid schizophrenia. I hear voices most days. They tell me people are watching me.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "To the chemist once a week for my clozapine and my bloods. My care coordinator drives me.",
        ),
        ("A", "Could you go somewhere on your own?"),
        ("C", "I wouldn't. I think people are following me."),
        ("A", "How do you cope with changes to plans?"),
        (
            "C",
            "Not well. If an appointment gets moved I get really agitated and I can't sleep for days.",
        ),
        ("A", "Have you ever worked?"),
        ("C", "I worked in a kitchen when I was twenty, for about six months."),
        ("A", "Thank you. That's the end."),
    ]
    report = [
        ("The claimant confirmed he was alone for the telephone assessment.", {SUP}),
        ("He hears voices most days.", {SUP}),
        ("He travels to the chemist alone each week.", {QD}),
        ("He reports that he goes out most days to the local park.", {NS}),
        ("He copes well with changes to his routine.", {QD}),
        ("He worked in a kitchen for about six years.", {NC}),
        ("He was alert and made good eye contact throughout.", {IMP}),
        ("He said he has a good circle of friends whom he meets at the weekend.", {NS}),
    ]
    return turns, report


def _case_16():
    # PIP telephone, right below-knee amputation and diabetes, claimant alone.
    turns = [
        (
            "A",
            "Good morning, this is your PIP assessment by telephone. It's just after ten o'clock. Are you okay to go ahead?",
        ),
        ("C", "Yes, go ahead."),
        ("A", "Can you tell me about your amputation?"),
        (
            "C",
            "I lost my right leg below the knee in twenty twenty three because of my diabetes. I had an infection that wouldn't heal.",
        ),
        ("A", "Do you have a prosthetic leg?"),
        (
            "C",
            "Yes, but I can only wear it for about two hours before the stump gets sore. The rest of the time I use a wheelchair.",
        ),
        ("A", "How far can you walk with the prosthesis?"),
        ("C", "About twenty metres with two crutches. I'm still learning."),
        ("A", "How do you manage your diabetes?"),
        (
            "C",
            "I inject insulin four times a day and check my sugar. My eyesight isn't great, so my wife checks the dose for me.",
        ),
        ("A", "How do you get in and out of the shower?"),
        ("C", "I have a shower chair, and I need a hand to transfer from the wheelchair."),
        ("A", "Do you go out?"),
        ("C", "My brother takes me to the limb centre every fortnight."),
        ("A", "Okay, thank you."),
    ]
    report = [
        ("The consultation started at 2.15pm.", {IMP}),
        ("He had a right below knee amputation in 2023.", {SUP}),
        (
            "He wears his prosthesis for around eight hours a day before the stump becomes sore.",
            {NC},
        ),
        ("He can walk about twenty metres with two crutches.", {SUP}),
        ("He manages his insulin independently.", {QD}),
        ("He transfers to the shower chair unaided.", {QD}),
        ("He was seen to walk into the room on his prosthesis with a steady gait.", {IMP}),
        ("He said he plays wheelchair basketball on Sundays.", {NS}),
    ]
    return turns, report


def _case_17():
    # WCA telephone, long COVID with POTS, husband present and speaking.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment. We're doing this by phone today. Is anyone with you?",
        ),
        ("C", "My husband is here, he's just listening."),
        ("P", "Hello, yes, I'm here."),
        ("A", "Tell me about your long COVID."),
        (
            "C",
            "I caught COVID in January twenty twenty two and I never recovered. I was a nurse, I did twelve hour shifts, and now I can't manage an hour.",
        ),
        ("A", "What happens if you do too much?"),
        (
            "C",
            "I crash. If I have a shower and a short walk on the same day, I'm in bed for two or three days after.",
        ),
        ("A", "How far can you walk?"),
        ("C", "About a hundred metres, slowly. My heart rate shoots up, I've got POTS as well."),
        ("A", "Do you get dizzy when you stand?"),
        (
            "C",
            "Yes, if I stand for more than a few minutes I feel faint. I've fainted twice this year.",
        ),
        ("A", "How is your memory?"),
        ("C", "Awful. I leave the tap running. I forget words in the middle of sentences."),
        ("P", "She put the kettle in the fridge last week."),
        ("A", "Okay, thank you both."),
    ]
    report = [
        ("She attended the telephone assessment alone.", {IMP}),
        ("She previously worked as a nurse.", {SUP}),
        ("She needs to rest for about an hour after activity.", {NC}),
        ("She can walk about 100 metres slowly.", {SUP}),
        ("She has fainted on around ten occasions this year.", {NC}),
        ("She stated that her memory is unaffected.", {NS}),
        ("The assessment lasted 50 minutes.", {IMP}),
    ]
    return turns, report


def _case_18():
    # PIP video, OCD and agoraphobia, claimant alone.
    turns = [
        ("A", "Hi, this is your PIP assessment over video. Can you see and hear me?"),
        ("C", "Yes, I can."),
        ("A", "Can you tell me about your OCD?"),
        (
            "C",
            "I have to check things over and over. The door, the cooker, the taps. Before I can go to bed it takes me about an hour and a half of checking.",
        ),
        ("A", "How does it affect washing?"),
        (
            "C",
            "I wash my hands maybe fifty times a day. They crack and bleed. A shower can take me two hours because I have to do it in a certain order.",
        ),
        ("A", "Do you leave the house?"),
        (
            "C",
            "Hardly ever. I've been out three times since the summer, and each time my sister came with me.",
        ),
        ("A", "How do you get your food?"),
        ("C", "Online delivery. I wipe every item before it goes in the cupboard."),
        ("A", "Are you having any treatment?"),
        (
            "C",
            "I'm on the waiting list for CBT, it's been about fourteen months. I take fluoxetine, forty milligrams.",
        ),
        ("A", "Thank you. I'll end the call there."),
    ]
    report = [
        ("Her bedtime checking routine takes around ten minutes.", {NC}),
        ("She washes her hands about fifty times a day and they crack and bleed.", {SUP}),
        ("She goes out most weeks on her own.", {NC, QD}),
        ("She has been waiting for CBT for about fourteen months.", {SUP}),
        ("She said she enjoys going to the cinema.", {NS}),
        ("She told the assessor that she works from home as a bookkeeper.", {NS}),
        ("Her hands were examined and the skin was intact.", {IMP}),
    ]
    return turns, report


def _case_19():
    # WCA face to face, knee osteoarthritis, daughter present and speaking.
    turns = [
        ("A", "Good afternoon, this is your work capability assessment. Who have you come with?"),
        ("C", "My daughter, Kerry. She drove me here."),
        ("P", "Hi. I'll chip in if Mum forgets anything."),
        ("A", "Tell me about your knees."),
        (
            "C",
            "Osteoarthritis in both knees, worse in the left. I'm waiting for a knee replacement. I've been on the list about two years.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "From the car park to in here was about as much as I can do. Maybe thirty metres, and I had to stop once.",
        ),
        ("P", "She held on to my arm the whole way."),
        ("A", "Can you kneel or bend?"),
        ("C", "No, I can't kneel at all. If I got down I'd never get up."),
        ("A", "How much do you weigh, roughly?"),
        ("C", "About nineteen stone. I put on a lot when I stopped being able to move."),
        ("A", "What painkillers are you on?"),
        ("C", "Co-codamol, two tablets four times a day, and a gel."),
        ("A", "Thank you both."),
    ]
    report = [
        ("She attended with her daughter, who drove her to the assessment.", {SUP}),
        ("She has been on the waiting list for a knee replacement for about two years.", {SUP}),
        ("She walked about 30 metres from the car park.", {QD}),
        ("She weighs around 14 stone.", {NC}),
        ("She reported that she goes to an aqua aerobics class weekly.", {NS}),
        ("She takes co-codamol twice a day.", {NC}),
        ("She said she does all of her own housework.", {NS}),
        ("The consultation started at 1.30pm and ended at 2.45pm.", {IMP}),
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

FIRST_SEED = 19000


def make_case_19(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    """Return (dialogue, report) for one seed in 19000..19019.

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
