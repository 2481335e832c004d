"""Blind held-out evaluation set 47: twenty synthetic UK benefit assessment consultations with the report
an assessor wrote afterwards.

Each case is a complete spoken consultation (assessor "A", claimant "C" and, in some cases, a companion "P":
partner, parent, adult child, friend, support worker, paid carer, advocate, sibling) written as people speak,
with numbers as words so that text-to-speech and Whisper produce realistic transcripts, and a report split into
statements.  Every statement is labelled with the kinds that apply: number_changed, qualifier_dropped,
never_said, impossible (observations or consultation details the recording cannot support, including stated
times or durations that contradict the times said aloud) or supported.

The set was written blind, from the shared context notes only, without reading the tool under test or other
benchmark sets.  It mixes PIP (PA4 style, activity headings and descriptors) and WCA (ESA85 style, LiMA-like
stock phrases); telephone, video (including a video call that fell back to audio only), assessment-centre and
home-visit channels; physical (COPD, back pain, arthritis, heart failure, diabetes), mental-health (PTSD,
bipolar disorder, schizophrenia), neurological (MS, Parkinson's, epilepsy, stroke with aphasia), sensory (sight
loss, severe hearing loss), learning-disability and autism, and fluctuating conditions (fibromyalgia, ME/CFS,
Crohn's disease, long COVID with POTS).  Assessors range from kind to brisk to careless; claimants hesitate,
ramble, correct themselves or let a companion answer.  Departures are meant to be subtle, the way real reports
drift: rounded-up distances, frequencies softened, the "only on good days" quietly lost, a companion's help
turned into independence, stock observations that the channel or the conversation rules out.
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
    # PIP, telephone, fibromyalgia and depression, claimant alone, brisk assessor
    turns = [
        (
            "A",
            "Good morning, is that Mrs Karen Doyle? My name is Simon, I'm a disability assessor calling about your Personal Independence Payment claim. It's just after half past nine. Is anyone with you today?",
        ),
        ("C", "Yes, that's me. No, it's just me, my husband's at work."),
        (
            "A",
            "You asked for the call to be recorded, that's fine. Can you tell me about your conditions?",
        ),
        (
            "C",
            "I've got fibromyalgia, I was diagnosed about six years ago, and depression. The pain is all over, but mostly my legs and my lower back.",
        ),
        ("A", "What medication do you take?"),
        (
            "C",
            "Pregabalin, a hundred and fifty milligrams twice a day, and sertraline, fifty milligrams in the morning. And co-codamol when it's really bad.",
        ),
        ("A", "Okay. Washing and bathing, how do you get on?"),
        (
            "C",
            "I have a shower, um, but only about twice a week, because it wipes me out. I sit on a stool in the shower. My husband washes my hair for me because I can't keep my arms up.",
        ),
        ("A", "And dressing?"),
        (
            "C",
            "I can do most of it. But on bad days I can't do buttons or socks, so he does my socks before he goes to work. I wear leggings mostly, nothing with zips.",
        ),
        ("A", "How many bad days would you say you get?"),
        ("C", "Honestly, most days. Maybe five days out of seven."),
        ("A", "Cooking?"),
        (
            "C",
            "I don't really cook any more. I might put something in the microwave. If I try to stand at the cooker my back goes after about five minutes and I have to sit down.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Um, to the end of the road and back on a good day, that's about, I don't know, fifty metres? On a bad day just out to the car. I use a stick.",
        ),
        ("A", "And how long does that take you?"),
        ("C", "Ages. Maybe five minutes. And then I'm in pain for the rest of the day."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Not really. My husband drives me everywhere. I don't go on buses, I get panicky when it's crowded.",
        ),
        ("A", "Do you see friends, socialise?"),
        ("C", "Not any more. I see my sister once a month maybe, when she comes round."),
        ("A", "Managing money, paying bills?"),
        ("C", "That's fine, I can do that."),
        ("A", "Okay, that's all the questions I have. It's twenty to ten now. Thank you, goodbye."),
    ]
    report = [
        ("Telephone consultation. Start time 09:31. End time 09:40.", {SUP}),
        ("She reports fibromyalgia, diagnosed approximately six years ago, and depression.", {SUP}),
        (
            "Current medication: pregabalin 150 mg once daily, sertraline 50 mg, co-codamol as required.",
            {NC},
        ),
        (
            "Activity 4 - Washing and bathing: She showers independently, using a shower stool.",
            {QD},
        ),
        (
            "Activity 6 - Dressing and undressing: She states she is able to dress and undress herself and wears leggings for comfort.",
            {QD},
        ),
        (
            "Activity 1 - Preparing food: She states she can stand at the cooker for around fifteen minutes before needing to sit.",
            {NC},
        ),
        (
            "Mobility 2 - Moving around: She states she can walk about 50 metres with a stick on a good day, taking about five minutes.",
            {SUP},
        ),
        ("She reports she regularly drives short distances to the local shops.", {NS}),
        (
            "Mobility 1 - Planning and following journeys: She states she travels on buses when accompanied by her husband.",
            {NS},
        ),
        (
            "Informal observations: She was observed to be well presented and appropriately dressed.",
            {IMP},
        ),
        ("Activity 10 - Making budgeting decisions: She manages her own finances.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA, face to face at an assessment centre, severe COPD, wife present, kind assessor
    turns = [
        (
            "A",
            "Hello, Mr Patel? Come through. Is this your wife? Please, both of you, take a seat. I'm Doctor Lewis, I'm the healthcare professional today. It's ten past two.",
        ),
        ("C", "Thank you. Sorry, give me a second, I'm out of breath from that corridor."),
        ("P", "He had to stop twice on the way from the waiting room."),
        ("A", "Take your time, there's no rush. When you're ready, tell me about your breathing."),
        (
            "C",
            "I've got COPD, severe, they say. I'm on oxygen at night. I get chest infections, four or five a year, and every time I end up on steroids.",
        ),
        ("A", "How far can you walk before you have to stop?"),
        (
            "C",
            "On the flat, maybe thirty metres. Then I've got to stop and lean on something till I get my breath back.",
        ),
        ("P", "And that's with him going slowly. Hills, forget it."),
        ("A", "And after a rest, can you carry on?"),
        ("C", "A bit. Another twenty metres maybe, then stop again."),
        ("A", "What about stairs?"),
        (
            "C",
            "We've got fourteen stairs at home. I go up once, at night, and I sit down halfway. It takes me about five minutes.",
        ),
        ("A", "Can you pick things up and carry them?"),
        ("C", "I can carry a pint of milk. Not the shopping, my wife does that."),
        ("A", "Which inhalers do you use?"),
        (
            "C",
            "Three. The brown one twice a day, the Trelegy one in the morning, and the blue one, about six or seven times a day.",
        ),
        ("A", "Are you alright sitting?"),
        ("C", "Sitting's alright. It's moving that's the problem."),
        ("A", "Any problems with your mood?"),
        ("C", "I get low. I worry about the next infection. But I'm not on anything for it."),
        (
            "A",
            "I'm going to listen to your chest now, if that's okay. Deep breaths in and out through your mouth. Thank you. There's some wheeze on both sides.",
        ),
        ("C", "Sorry, this cough."),
        (
            "A",
            "That's alright. Now I'll pop this clip on your finger to check your oxygen. That's ninety-one percent.",
        ),
        ("P", "Can I just say, he was in hospital in March, for a week."),
        (
            "A",
            "Thank you, I'll note that. Right, that's everything I need. It's twenty-five past two.",
        ),
    ]
    report = [
        (
            "Face-to-face assessment at the assessment centre. The claimant was accompanied by his wife.",
            {SUP},
        ),
        (
            "He reports four to five chest infections per year requiring courses of steroids, and uses oxygen at night.",
            {SUP},
        ),
        ("Mobilising: He states he can walk about 100 metres on level ground.", {NC, QD}),
        ("He manages the stairs at home once a day.", {QD}),
        ("He uses his blue reliever inhaler twice a day.", {NC}),
        ("Picking up and moving: He states he is able to carry a bag of shopping.", {NS}),
        (
            "Informal observations: He walked from the waiting area to the consulting room without stopping and was not breathless on arrival.",
            {IMP},
        ),
        ("On auscultation there was bilateral wheeze.", {SUP}),
        ("Oxygen saturation 97% on room air.", {NC}),
        (
            "He reports low mood related to worry about infections and is not on treatment for this.",
            {SUP},
        ),
        ("He sat comfortably throughout the 45-minute assessment.", {IMP}),
        ("His wife reports a one-week hospital admission in March.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, relapsing remitting multiple sclerosis, husband present, careless assessor
    turns = [
        (
            "A",
            "Hi, I'm Julie from the assessment service, thanks for having me. It's quarter to eleven. And you are?",
        ),
        (
            "P",
            "I'm Mark, her husband. She's through here in the lounge, she couldn't manage the door today.",
        ),
        ("C", "Hi, sorry I didn't get up, my legs are bad this morning."),
        ("A", "No problem at all. You've got multiple sclerosis, is that right?"),
        (
            "C",
            "Relapsing remitting, yes. Diagnosed twelve years ago. I had a relapse in January, I was in hospital for five days.",
        ),
        ("A", "How does it affect you day to day?"),
        (
            "C",
            "Fatigue mostly, and my legs go numb. My right hand's weak, so I drop things. And my bladder, I have to go urgently, and sometimes I don't make it.",
        ),
        ("A", "How often do you not make it?"),
        ("C", "Two or three times a week. I wear pads."),
        ("A", "What about cooking?"),
        (
            "C",
            "Mark does all the cooking. I can make a cup of tea if he leaves the kettle half full. I can't lift a full one.",
        ),
        (
            "P",
            "She burnt herself last year, she dropped a pan. So I don't let her near the hob now.",
        ),
        ("A", "And eating?"),
        ("C", "I can eat, but Mark cuts up my meat for me because of my hand."),
        ("A", "Washing and bathing?"),
        (
            "C",
            "We've got a wet room. I sit on the shower seat. Mark stays in the bedroom next door in case I fall. I fell twice last year in the shower.",
        ),
        ("A", "Getting dressed?"),
        ("C", "He does my bra and my shoes. I can do tops that go over my head."),
        ("A", "And walking, how far can you go?"),
        (
            "C",
            "With my frame, round the house. Outside I use the wheelchair and Mark pushes me. I can do maybe ten metres with the frame and then my legs just go.",
        ),
        (
            "P",
            "On a good day she might do the length of the garden, that's about fifteen metres. But good days are maybe one week in four.",
        ),
        ("A", "Okay. And medication?"),
        (
            "C",
            "Fampridine, ten milligrams twice a day. Baclofen for the spasms. And oxybutynin for my bladder.",
        ),
        (
            "A",
            "Right. Can you push against my hands for me? Both at once. Okay, the right side is weaker. That's all done, it's five past eleven.",
        ),
    ]
    report = [
        ("Home visit. Present: the claimant and her husband.", {SUP}),
        ("The claimant answered the door and walked unaided to the lounge.", {IMP}),
        (
            "She reports relapsing remitting MS diagnosed 12 years ago, with a relapse in January requiring a two-day hospital admission.",
            {NC},
        ),
        ("She reports urinary incontinence approximately once a month, managed with pads.", {NC}),
        ("Activity 1 - Preparing food: She is able to make hot drinks.", {QD}),
        ("Activity 4 - Washing and bathing: She showers in a wet room using a shower seat.", {QD}),
        ("She reports no falls in the past year.", {NS}),
        (
            "Activity 6 - Dressing and undressing: Her husband assists with her bra and shoes; she manages over-the-head tops.",
            {SUP},
        ),
        (
            "Mobility 2 - Moving around: She mobilises with a frame and can walk approximately 50 metres.",
            {NC},
        ),
        ("Medication: fampridine 10 mg twice daily, baclofen, oxybutynin.", {SUP}),
        ("Examination: power reduced on the right.", {SUP}),
    ]
    return turns, report


def _case_03():
    # WCA, telephone, PTSD, depression and anxiety, claimant alone and hesitant, brisk assessor
    turns = [
        (
            "A",
            "Hello, is that Mr Daniel Hughes? I'm calling from the assessment service about your work capability assessment. It's three o'clock. Are you okay to talk?",
        ),
        ("C", "Um, yeah. Yeah, that's me."),
        ("A", "Is anyone with you?"),
        ("C", "No. No, just me."),
        ("A", "What are your main conditions?"),
        ("C", "PTSD, from the army. And depression. Anxiety, I suppose."),
        ("A", "Are you under a mental health team?"),
        (
            "C",
            "I see a, um, a community psychiatric nurse every two weeks. And I've been on the waiting list for trauma therapy for eighteen months.",
        ),
        ("A", "Medication?"),
        ("C", "Sertraline, two hundred a day. And mirtazapine at night, fifteen milligrams."),
        ("A", "How's your sleep?"),
        ("C", "Bad. Three hours a night, maybe. Nightmares."),
        ("A", "Do you go out?"),
        (
            "C",
            "Only if I have to. Early morning to the corner shop, when it's quiet. If there's people about I turn round and go home.",
        ),
        ("A", "Could you go somewhere you don't know, on your own?"),
        (
            "C",
            "No. I tried to go to the jobcentre in town last year and I had a panic attack on the bus. I got off and walked home. I don't go anywhere new without my brother.",
        ),
        ("A", "Any thoughts of harming yourself?"),
        (
            "C",
            "Sometimes. I, um, I took an overdose two years ago. I still get the thoughts. Not plans. Just the thoughts.",
        ),
        ("A", "How do you get on with other people?"),
        (
            "C",
            "I don't. I snap at people. I had a fight with a neighbour in the summer, the police came.",
        ),
        ("A", "Do you look after your own personal care?"),
        ("C", "I let it go. I might shower once a week. My brother tells me when I need to."),
        ("A", "Could you do something like set an alarm clock, or use a washing machine?"),
        ("C", "Yeah, I can do that."),
        ("A", "Okay, that's all I need. It's ten past three. Bye."),
    ]
    report = [
        ("Telephone assessment. The claimant was alone.", {SUP}),
        ("Start 15:00. End 15:40.", {IMP}),
        ("He reports PTSD related to military service, depression and anxiety.", {SUP}),
        ("He is seen by a community psychiatric nurse monthly.", {NC}),
        ("Medication: sertraline 100 mg daily and mirtazapine 15 mg at night.", {NC}),
        ("Getting about: He goes to the local shop.", {QD}),
        ("Risk: Past overdose two years ago noted. No current suicidal ideation.", {NS}),
        ("Mental state examination: He was well kempt and maintained good eye contact.", {IMP}),
        (
            "Appropriateness of behaviour with other people: He reports occasional irritability.",
            {QD},
        ),
        ("Initiating and completing personal action: He showers once a week.", {QD}),
        ("Learning tasks: He can set an alarm clock and use a washing machine.", {SUP}),
    ]
    return turns, report


def _case_04():
    # PIP, video, autism and learning disability, 19-year-old with his mother answering most questions
    turns = [
        (
            "A",
            "Hi, can you both see and hear me okay? I'm Priya, a disability assessor. It's one o'clock. Who have we got with us?",
        ),
        ("P", "I'm Sandra, Josh's mum. Josh is sitting next to me."),
        ("A", "Hi Josh. Are you happy for me to ask you some questions?"),
        ("C", "Yes."),
        ("A", "Can you tell me what you did this morning?"),
        ("C", "Played on the computer."),
        (
            "P",
            "He didn't get up until twelve. I had to wake him three times and then tell him to get dressed.",
        ),
        ("A", "Josh, do you wash and shower yourself?"),
        ("C", "Yeah."),
        (
            "P",
            "He does, but only if I tell him, and I stand outside the door and tell him what to do next. Otherwise he'll stand under the water for forty minutes and not use any soap.",
        ),
        ("A", "How about cooking, Josh?"),
        ("C", "I can do toast."),
        (
            "P",
            "He can do toast, and a microwave meal if I set the timer. He put a tin in the microwave once. He's not allowed to use the hob.",
        ),
        ("A", "Josh, do you go out on your own?"),
        ("C", "I go to college on the bus."),
        (
            "P",
            "It's the same bus, the number forty-two, and I walk him to the stop. If the bus doesn't come, or there's a diversion, he rings me in a state. Last month he ended up in a town ten miles away.",
        ),
        ("A", "Do you handle money, Josh?"),
        ("C", "Mum does it."),
        (
            "P",
            "He doesn't understand change. If something costs four pounds and he gives a ten pound note, he doesn't know what he should get back.",
        ),
        ("A", "Is he on any medication?"),
        ("P", "Melatonin, two milligrams at night, for his sleep. That's it."),
        ("A", "How is he with new people?"),
        (
            "P",
            "He won't speak to people he doesn't know. He's only talking today because I'm here. And he has meltdowns, two or three a week, he bangs his head.",
        ),
        ("A", "Okay. Thank you, Josh, thanks Sandra. We'll finish there. It's twenty past one."),
    ]
    report = [
        ("Video consultation. Present: the claimant and his mother.", {SUP}),
        ("Start time 13:00, end time 13:20.", {SUP}),
        ("Activity 4 - Washing and bathing: He reports he washes and showers independently.", {QD}),
        ("Activity 1 - Preparing food: He can prepare toast and microwave meals.", {QD}),
        (
            "Mobility 1 - Planning and following journeys: He travels to college by bus on his own.",
            {QD},
        ),
        ("Activity 10 - Making budgeting decisions: He is able to calculate change.", {NS}),
        ("Medication: melatonin 5 mg at night.", {NC}),
        ("His mother reports meltdowns approximately once a month.", {NC}),
        ("Informal observations: Josh answered the questions himself without assistance.", {IMP}),
        (
            "His mother reports that last month he got lost on a bus journey and ended up about ten miles away.",
            {SUP},
        ),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at an assessment centre, retinitis pigmentosa, friend present, kind assessor
    turns = [
        (
            "A",
            "Hello, Mrs Green? I'm Tom, I'll be doing your assessment today. Would you like to take my arm? It's a few steps to the room.",
        ),
        ("C", "Yes please. This is my friend Angela, she drove me here."),
        ("P", "Hi there."),
        (
            "A",
            "Do sit down. The chair's just behind you, on your left. So, it's half past eleven, let's start. Tell me about your sight.",
        ),
        (
            "C",
            "I've got retinitis pigmentosa. I'm registered severely sight impaired. I've got a tiny bit of central vision in my left eye, like looking through a straw, and nothing in my right.",
        ),
        ("A", "Do you use a cane?"),
        ("C", "A long cane, yes. And I've been on the waiting list for a guide dog for two years."),
        ("A", "How do you manage cooking?"),
        (
            "C",
            "I've got a talking microwave, and bump-ons on the oven dials. I can't see if meat's cooked, so I don't do meat. I've cut myself chopping veg three times this year, so mostly I buy it ready chopped.",
        ),
        ("A", "And reading letters?"),
        (
            "C",
            "I can't read print at all. My phone reads some things out, but handwritten letters, or anything from the council with tables in, Angela reads them to me when she comes round. That's Tuesdays.",
        ),
        ("A", "What about going somewhere new?"),
        (
            "C",
            "Somewhere new, I can't. I need someone with me. Even familiar routes, I only do the one to my local shop, that's about two hundred metres, and I learned it with the mobility officer.",
        ),
        ("P", "She got knocked over by a cyclist in the summer, on that route."),
        ("A", "I'm sorry to hear that. And walking, physically?"),
        ("C", "Physically I'm fine, it's just that I can't see."),
        ("A", "Any medication?"),
        ("C", "Nothing for my eyes. Just, um, amitriptyline, ten milligrams, for my sleep."),
        ("A", "How about washing and dressing?"),
        (
            "C",
            "I can wash fine. Dressing, I can get dressed, but I can't tell colours, or if there's a stain on something. I've got tactile labels on some of my clothes.",
        ),
        (
            "A",
            "Okay. I'm just going to do a quick check of your vision. Can you tell me how many fingers I'm holding up?",
        ),
        ("C", "No. I can just see something moving."),
        ("A", "Okay, thank you. That's all from me. It's ten to twelve."),
    ]
    report = [
        (
            "Face-to-face consultation at the assessment centre. Accompanied by a friend, who drove her to the appointment.",
            {SUP},
        ),
        (
            "Informal observations: She walked unaided from the waiting room to the consulting room and located the chair without difficulty.",
            {IMP},
        ),
        ("She reports retinitis pigmentosa and is registered sight impaired.", {QD}),
        ("She retains some central vision in both eyes.", {NS}),
        ("She has been on the waiting list for a guide dog for six months.", {NC}),
        (
            "Activity 1 - Preparing food: She is able to prepare and cook a simple meal, including chopping vegetables.",
            {QD},
        ),
        (
            "Activity 7 - Reading: Her phone reads some information aloud; her friend reads handwritten and complex letters to her weekly.",
            {SUP},
        ),
        (
            "Mobility 1 - Planning and following journeys: She follows a familiar route to her local shop, approximately 500 metres, using a long cane.",
            {NC},
        ),
        (
            "She states she can travel to unfamiliar places alone using navigation apps on her phone.",
            {NS},
        ),
        ("Medication: amitriptyline 10 mg at night.", {SUP}),
        ("The consultation lasted 20 minutes.", {SUP}),
    ]
    return turns, report


def _case_06():
    # WCA, video that fell back to audio only, chronic back pain with sciatica, claimant alone, careless assessor
    turns = [
        (
            "A",
            "Good afternoon, Mr O'Brien? I'm Gary from the assessment service. I can't see you, is your camera switched on?",
        ),
        (
            "C",
            "It says it's on but it's just black. Sorry, it's my old laptop, the camera packed in months ago. Can we just do it with the sound?",
        ),
        ("A", "That's fine, we'll do it audio only. It's twenty past four. Is anyone with you?"),
        ("C", "No, just me."),
        ("A", "Right, tell me about your back."),
        (
            "C",
            "I had a disc prolapse four years ago, L five S one. I had surgery in twenty twenty-two and it didn't really help. The pain goes down my left leg, right down to my foot.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "About twenty minutes, then I have to get up and move about. I've actually stood up now, I'm leaning on the side.",
        ),
        ("A", "And standing?"),
        ("C", "Ten minutes, maybe. Then I need to sit down or lean on something."),
        ("A", "Walking?"),
        (
            "C",
            "I walk to the postbox, that's, um, maybe a hundred metres, and I have to stop once on the way back. With my stick.",
        ),
        ("A", "Can you bend down and pick something up off the floor?"),
        ("C", "Not really. I've got a grabber. If I bend down I sometimes can't get back up."),
        ("A", "Medication?"),
        (
            "C",
            "Morphine, the slow release one, thirty milligrams twice a day. And gabapentin, three hundred, three times a day. They make me drowsy.",
        ),
        ("A", "Do you drive?"),
        ("C", "I stopped driving last year, because of the tablets."),
        ("A", "What did you do for work?"),
        ("C", "I was a scaffolder for twenty years."),
        ("A", "Do you manage stairs?"),
        ("C", "I live in a ground floor flat, so I don't have to. I can do a step, one at a time."),
        ("A", "Right, I think that's everything. It's twenty-five to five now."),
    ]
    report = [
        (
            "Video assessment; the claimant's camera was not working so the assessment was conducted audio only.",
            {SUP},
        ),
        (
            "He was observed to sit comfortably throughout the assessment without needing to change position.",
            {IMP},
        ),
        (
            "He reports an L5/S1 disc prolapse four years ago, surgery in 2022 and ongoing left-sided sciatica.",
            {SUP},
        ),
        ("Sitting and standing: He states he can sit for about an hour.", {NC}),
        ("He states he can stand for 30 minutes.", {NC, QD}),
        ("Mobilising: He walks about 100 metres to the postbox.", {QD}),
        ("Picking up and moving: He uses a grabber to pick items up from the floor.", {SUP}),
        ("Medication: MST 30 mg twice daily and gabapentin 300 mg twice daily.", {NC}),
        ("He reports no side effects from his medication.", {NS}),
        ("He continues to drive short distances locally.", {NS}),
        (
            "Examination: straight leg raise 70 degrees bilaterally; lumbar flexion to mid-shin.",
            {IMP},
        ),
        ("Duration of assessment: 15 minutes.", {SUP}),
    ]
    return turns, report


def _case_07():
    # PIP, telephone, bipolar disorder, support worker present on speaker
    turns = [
        (
            "A",
            "Hello, is that Miss Amira Khan? This is Rachel, calling about your PIP assessment. Before we start, is anyone with you?",
        ),
        ("C", "Yes, my support worker, Ben. We're on speaker."),
        ("P", "Hi, I'm Ben, from the housing support service. I see Amira twice a week."),
        ("A", "Thanks Ben. The time is ten o'clock. Amira, can you tell me about your condition?"),
        (
            "C",
            "I've got bipolar, type one. I was diagnosed when I was twenty-two. I've been sectioned twice, the last time was, um, eighteen months ago.",
        ),
        ("A", "And how are things at the moment?"),
        (
            "C",
            "Up and down. Right now I'm low. When I'm low I don't get out of bed, I don't eat. When I'm high I spend money I don't have.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "Lithium, eight hundred milligrams at night, and quetiapine. I have blood tests every three months for the lithium.",
        ),
        ("A", "Do you manage your tablets yourself?"),
        (
            "C",
            "Ben does a dosette box with me every week. I forget otherwise. Last year I stopped taking them and that's when I got ill.",
        ),
        ("A", "What about food and cooking?"),
        (
            "C",
            "When I'm low I just eat cereal, or crisps. I can cook pasta. I've left the hob on a few times, though.",
        ),
        (
            "P",
            "The fire brigade came out once, in March. We've had the gas capped now, so she's got a microwave.",
        ),
        ("A", "And money?"),
        (
            "C",
            "I've got debts, about four thousand pounds. When I'm high I buy things online. Ben helped me set up my bank so I can't get credit.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "I go to the shop. I go to my mum's, she's two streets away. I don't do buses much, I get overwhelmed.",
        ),
        ("A", "How often would you say you're low?"),
        (
            "C",
            "I'd say, um, more than half the time. This year I've been low since about February.",
        ),
        (
            "P",
            "I'd agree with that. Most weeks when I visit she's still in her pyjamas at two in the afternoon.",
        ),
        ("A", "Okay, thank you both. That's it from me. It's twenty-five past ten."),
    ]
    report = [
        ("Telephone consultation. Present: the claimant and her support worker.", {SUP}),
        ("Start 10:00. End 10:25.", {SUP}),
        ("She reports bipolar affective disorder, diagnosed at age 32.", {NC}),
        ("Activity 3 - Managing therapy: She manages her medication using a dosette box.", {QD}),
        ("Lithium 400 mg at night with blood monitoring every three months.", {NC}),
        ("Activity 1 - Preparing food: She cooks simple meals such as pasta.", {QD}),
        (
            "Activity 10 - Making budgeting decisions: She manages her own budget and reports no debts.",
            {NS},
        ),
        (
            "Mobility 1 - Planning and following journeys: She travels by bus to visit her mother.",
            {NS},
        ),
        ("She reports low mood for around a third of the time.", {NC}),
        (
            "Informal observations: She was appropriately dressed and appeared calm and settled.",
            {IMP},
        ),
        ("She reports that when her mood is high she spends money she does not have.", {SUP}),
    ]
    return turns, report


def _case_08():
    # WCA, home visit, Parkinson's disease, adult daughter present
    turns = [
        (
            "A",
            "Hello, I'm Helen, the healthcare professional from the assessment service. It's two o'clock, I'm here to see Mr Walsh.",
        ),
        (
            "P",
            "Come in. I'm his daughter, Claire. Dad's in the front room. He's had a bad morning.",
        ),
        ("A", "Hello Mr Walsh, please don't get up."),
        ("C", "Hello. I'll, I'll stay put, if that's alright."),
        ("A", "Of course. Tell me about the Parkinson's."),
        (
            "C",
            "I was diagnosed five years ago. The tremor's mainly on the right. And I freeze, my feet just stick to the floor.",
        ),
        ("A", "How often do you fall?"),
        ("C", "Well..."),
        ("P", "He fell four times last month. Once he cut his head on the radiator."),
        ("A", "Do your tablets help?"),
        (
            "C",
            "Co-careldopa, five times a day. They work for about two hours, then I go off, and I can hardly move until the next dose.",
        ),
        ("A", "How far can you walk when the tablets are working?"),
        (
            "C",
            "Round the block, if I'm having a good spell. Maybe, what, two hundred metres? When I'm off, I can't get across the room without the frame, and Claire has to help me.",
        ),
        ("P", "He's off for probably half the day."),
        ("A", "Can you use a pen, or a keyboard?"),
        (
            "C",
            "My writing's gone tiny. I can't use a keyboard, I hit the wrong keys with the shaking.",
        ),
        ("A", "How is your speech?"),
        ("C", "It goes quiet. People on the phone can't hear me."),
        ("A", "Any problems with your bladder or bowels?"),
        ("C", "I get up three times in the night to pass water. No accidents."),
        ("A", "How's your memory?"),
        ("P", "He's getting forgetful. He's left the front door open all night twice."),
        ("A", "Could I watch you stand up and walk across the room? Only if you're able."),
        ("C", "I'll try. Claire, give us your arm."),
        ("P", "There you go, Dad. Slowly."),
        ("A", "Thank you, that's fine, sit back down. That's everything. It's twenty past two."),
    ]
    report = [
        ("Home visit. His daughter was present throughout.", {SUP}),
        (
            "He reports Parkinson's disease diagnosed five years ago, with right-sided tremor and episodes of freezing.",
            {SUP},
        ),
        ("He reports falls approximately once a month.", {NC}),
        ("Medication: co-careldopa three times daily.", {NC}),
        ("Mobilising: He states he can walk about 200 metres.", {QD}),
        ("His daughter reports he is 'off' for around two hours a day.", {NC}),
        ("Manual dexterity: He is able to use a keyboard.", {NS}),
        ("Making self understood: No difficulties with speech were reported.", {NS}),
        ("Continence: nocturia three times nightly; no incontinence.", {SUP}),
        (
            "He was observed to rise from the chair and walk across the room independently without aids.",
            {IMP},
        ),
        ("He answered the door to the assessor.", {IMP}),
    ]
    return turns, report


def _case_09():
    # PIP, face to face at an assessment centre, epilepsy, 23-year-old with her mother, brisk assessor
    turns = [
        ("A", "Morning. Laura Bennett? I'm Craig. And who's this with you?"),
        ("C", "My mum."),
        ("P", "Hello, I'm Debbie."),
        ("A", "Okay. It's nine o'clock. Tell me about your epilepsy."),
        (
            "C",
            "I have tonic clonic seizures and absences. The big ones, about two a month. The absences, I don't always know, mum says loads, like ten a day.",
        ),
        ("P", "At least ten a day. She'll just stop in the middle of a sentence and stare."),
        ("A", "Do you get a warning?"),
        (
            "C",
            "Sometimes a funny feeling in my stomach, but only for a few seconds. Usually there's no warning.",
        ),
        ("A", "And afterwards?"),
        (
            "C",
            "I'm wiped out for the rest of the day. I sleep, I've got a headache, and I'm confused for a couple of hours.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Levetiracetam, a thousand milligrams twice a day, and lamotrigine, a hundred twice a day.",
        ),
        ("A", "Do you take them yourself?"),
        (
            "P",
            "I put them out for her, because after an absence she can't remember if she's had them.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I'm not supposed to use the cooker on my own. I had a seizure and burnt my arm on the oven door two years ago. I use the microwave.",
        ),
        ("A", "Bathing?"),
        (
            "C",
            "I have a shower, I'm not allowed baths. Mum has to be in the house when I shower, and I keep the door unlocked.",
        ),
        ("A", "Going out?"),
        (
            "C",
            "I go out with my mum or my boyfriend. I had a seizure at the bus station once, on my own, and someone stole my bag while I was out of it.",
        ),
        ("A", "Can you walk okay?"),
        ("C", "Physically, yeah, I can walk fine."),
        ("A", "Do you work?"),
        (
            "C",
            "I used to work in a cafe, three days a week, but they let me go because of the seizures.",
        ),
        ("A", "Right. That's all. Nine twenty."),
    ]
    report = [
        ("Face-to-face assessment. She attended with her mother.", {SUP}),
        (
            "She reports tonic clonic seizures approximately twice a month, and absence seizures.",
            {SUP},
        ),
        ("Absence seizures occur a few times a week.", {NC}),
        (
            "She states she usually gets a warning before a seizure, which allows her to get to a safe place.",
            {NS},
        ),
        ("She reports that she recovers within an hour of a seizure.", {NC}),
        ("Medication: levetiracetam 1000 mg twice daily and lamotrigine 200 mg twice daily.", {NC}),
        ("Activity 3 - Managing therapy: She manages her own medication.", {QD}),
        ("Activity 1 - Preparing food: She uses a microwave to prepare meals.", {SUP}),
        ("Activity 4 - Washing and bathing: She showers independently.", {QD}),
        ("Mobility 1 - Planning and following journeys: She is able to travel alone by bus.", {NS}),
        ("Mobility 2 - Moving around: She reports no physical difficulty walking.", {SUP}),
        (
            "Informal observations: No absence seizures were observed during the one-hour assessment.",
            {IMP},
        ),
    ]
    return turns, report


def _case_10():
    # WCA, telephone, ME/CFS, claimant alone and lying down, rambles and corrects herself, kind assessor
    turns = [
        (
            "A",
            "Hello, can I speak to Sophie Clarke please? My name's Aisha, I'm a nurse, calling for your work capability assessment. It's quarter past eleven. Is now still a good time?",
        ),
        (
            "C",
            "Yes, hi. Sorry, I'm lying down, I hope that's okay. I've got the phone on speaker on the pillow.",
        ),
        ("A", "That's absolutely fine. Is anyone with you?"),
        ("C", "No, my partner's at work."),
        ("A", "Tell me about your ME."),
        (
            "C",
            "So it started after glandular fever, in, um, twenty nineteen. No, sorry, twenty eighteen. And it's just got worse. I'm mostly housebound now. I'm in bed most of the day, maybe twenty hours out of twenty-four.",
        ),
        ("A", "What happens if you do too much?"),
        (
            "C",
            "I crash. If I go out, like to the GP, I'm in bed for three or four days after. It's post-exertional malaise. It can be delayed, so I might feel okay on the day, and then the next day I can't lift my head.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "To the bathroom and back. It's about five metres. Sometimes I have to sit on the edge of the bath on the way. Outside, my partner pushes me in a wheelchair, that's maybe once a fortnight.",
        ),
        ("A", "How about sitting in a chair?"),
        (
            "C",
            "Not long. I get dizzy and my heart races. Maybe fifteen minutes. I eat propped up in bed.",
        ),
        ("A", "And your concentration?"),
        (
            "C",
            "Awful. I can't follow a TV programme. I read a page and forget it. After this call I'll probably need to sleep.",
        ),
        ("A", "Do you manage your own personal care?"),
        (
            "C",
            "I wash with wipes in bed most days. A proper shower once a week, on a stool, and my partner helps me get out.",
        ),
        ("A", "Any sensitivity to light or noise?"),
        ("C", "Yes, I wear an eye mask and earplugs most of the day."),
        ("A", "I'll keep this short. Last thing, do you use a computer at all?"),
        ("C", "My phone, for a few minutes, with the brightness right down."),
        ("A", "Thank you, Sophie. I'll let you rest now. It's twenty-five past eleven."),
    ]
    report = [
        ("Telephone assessment. The claimant was alone.", {SUP}),
        ("She reports ME/CFS following glandular fever in 2018.", {SUP}),
        ("She reports spending around twelve hours a day in bed.", {NC}),
        ("Mobilising: She mobilises around her home and can walk about 50 metres.", {NC, QD}),
        (
            "She goes out in a wheelchair pushed by her partner approximately once a fortnight.",
            {SUP},
        ),
        ("Sitting: She can sit in a chair for up to an hour.", {NC}),
        (
            "Initiating and completing personal action: She showers weekly using a shower stool.",
            {QD},
        ),
        ("She uses a computer daily for emails and online shopping.", {NS}),
        ("She reports no sensitivity to light or noise.", {NS}),
        (
            "She answered promptly and in full throughout the 40-minute call, with no evidence of fatigue.",
            {IMP},
        ),
        (
            "Learning tasks: She reports difficulty following television programmes and retaining what she reads.",
            {SUP},
        ),
    ]
    return turns, report


def _case_11():
    # PIP, telephone, Crohn's disease and anxiety, claimant alone, leaves the call for the toilet, careless assessor
    turns = [
        (
            "A",
            "Mr Ahmed? Hi, it's Steve from the PIP assessment service. It's half past one. Is anyone with you?",
        ),
        (
            "C",
            "No. Can I just say, if I need the toilet I'll have to go, I might have to put the phone down.",
        ),
        ("A", "That's fine. Tell me about your condition."),
        (
            "C",
            "Crohn's, since I was sixteen. I've had two operations, they've taken out part of my bowel. I go to the toilet, um, on a bad day fifteen, twenty times. On a good day six or seven.",
        ),
        ("A", "How many bad days do you get?"),
        (
            "C",
            "In a flare, which is about every two months and lasts two or three weeks, every day's bad.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Adalimumab, an injection every two weeks, I do that myself. Loperamide, up to eight a day. And I've got anxiety, I take propranolol when I need it.",
        ),
        ("A", "Do you have accidents?"),
        ("C", "Yeah, a few times a month. I carry a change of clothes everywhere."),
        ("A", "Going out?"),
        (
            "C",
            "I only go where I know there's a toilet. I don't go on trains or long bus journeys. I plan everything. If I can't find a toilet I panic.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Walking's fine, physically. Unless I'm in a flare, then I'm exhausted and my joints hurt.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I cook, but I've got a limited diet. When I'm flaring I can't stand for long because I'm so weak, so it's ready meals.",
        ),
        ("C", "Sorry, I've got to go to the toilet. I'll be back in a couple of minutes."),
        ("A", "Okay, I'll wait."),
        ("C", "Sorry about that. I'm back."),
        ("A", "No problem. Do you see people, socialise?"),
        (
            "C",
            "I've got a couple of mates. I don't go to the pub any more. I cancel on people a lot.",
        ),
        ("A", "Okay. We're done. It's twenty to two."),
    ]
    report = [
        ("Telephone consultation. The claimant was alone.", {SUP}),
        ("Start 13:30. End 14:30.", {IMP}),
        ("He reports Crohn's disease since age 16, with two bowel resections.", {SUP}),
        ("On a bad day he opens his bowels up to ten times.", {NC}),
        ("Flares occur around twice a year.", {NC}),
        (
            "Activity 3 - Managing therapy: He self-administers adalimumab injections fortnightly.",
            {SUP},
        ),
        (
            "Activity 8 - Managing toilet needs: He reports incontinence once every few months.",
            {NC},
        ),
        (
            "Mobility 1 - Planning and following journeys: He is able to plan and follow journeys, including train journeys.",
            {NS},
        ),
        ("Mobility 2 - Moving around: He reports he can walk without restriction.", {QD}),
        ("Activity 1 - Preparing food: He prepares and cooks fresh meals daily.", {QD}),
        ("Activity 9 - Engaging with other people: He meets friends at the pub.", {NS}),
        ("He remained on the call throughout without a break.", {IMP}),
    ]
    return turns, report


def _case_12():
    # WCA, face to face at an assessment centre, stroke with aphasia and right hemiparesis, wife answers
    turns = [
        (
            "A",
            "Good afternoon, Mr Robert Evans? I'm Karen Hill, I'm a nurse. Come in. And who's this?",
        ),
        (
            "P",
            "I'm Jean, his wife. Rob had a stroke and his speech isn't good, so I'll help if that's okay.",
        ),
        ("A", "That's fine. It's half past three. Mr Evans, when was your stroke?"),
        ("C", "Um. Last... last year. Octo... October."),
        ("P", "October last year. He was in hospital for six weeks, then rehab."),
        ("A", "How does it affect you?"),
        ("C", "Arm. Right arm. No good. And the... words. Words get stuck."),
        (
            "P",
            "He can't really use his right hand at all. He can just about hold a cup with his left.",
        ),
        ("A", "Can you walk, Mr Evans?"),
        ("C", "Bit. Stick."),
        (
            "P",
            "With the stick he'll get to the car, that's about fifteen metres, and he drags his right foot. He's fallen twice since he came home.",
        ),
        ("A", "Does he use a wheelchair?"),
        ("P", "For anything further, yes. I push him."),
        ("A", "Can he write?"),
        ("P", "No. He's right handed. He's trying with his left but it's just scribble."),
        ("A", "Can you understand what people say to you, Mr Evans?"),
        ("C", "Yes. Mostly. Slow."),
        ("P", "If you speak slowly. Long sentences, he loses it."),
        ("A", "Could you pick up an empty cardboard box?"),
        ("C", "Left. One hand."),
        ("A", "Any problems with continence?"),
        (
            "P",
            "He's had accidents with his bladder, because he can't get there fast enough. Maybe once a week.",
        ),
        (
            "A",
            "Okay, let me look at your arm. Can you squeeze my fingers? Right hand, that's a very weak grip. Okay. Thank you both. It's quarter to four.",
        ),
    ]
    report = [
        ("Face-to-face assessment. Accompanied by his wife.", {SUP}),
        (
            "He reports a stroke in October last year, with a six-week hospital admission followed by rehabilitation.",
            {SUP},
        ),
        ("Mobilising: He walks with a stick and can mobilise approximately 100 metres.", {NC}),
        ("No falls since discharge.", {NS}),
        ("Manual dexterity: He is able to write using his left hand.", {NS}),
        ("Understanding communication: He understands spoken communication.", {QD}),
        ("Making self understood: He conversed fluently with the assessor.", {IMP}),
        ("Continence: Occasional urinary urgency, with an accident roughly once a month.", {NC}),
        ("Right grip strength was reduced.", {SUP}),
        ("Lower limb examination: power 5/5 bilaterally.", {IMP}),
        ("Assessment duration: 15 minutes.", {SUP}),
    ]
    return turns, report


def _case_13():
    # PIP, home visit, paranoid schizophrenia, paid carer from an agency present, kind assessor
    turns = [
        (
            "A",
            "Hello, I'm Nadia, the disability assessor. We spoke on the phone about the home visit. It's eleven o'clock.",
        ),
        (
            "P",
            "Hi, come in. I'm Grace, I'm Kevin's carer, from the agency. Kevin's in the kitchen.",
        ),
        ("A", "Hello Kevin. Is it okay if I sit here?"),
        ("C", "Not that chair. Sit there. Facing the window."),
        ("A", "Okay. How are you today?"),
        ("C", "Alright. Are you recording me? They record me."),
        ("P", "It's your phone that's recording, Kevin, remember? You asked for it."),
        ("A", "That's fine, Kevin. Can you tell me about your health?"),
        (
            "C",
            "Schizophrenia, they say. I hear voices. The voices tell me not to eat the food from the shop because it's poisoned.",
        ),
        ("A", "How often do you hear them?"),
        ("C", "All day. Every day. Louder at night."),
        ("A", "Do you take any medication?"),
        ("C", "An injection. Every four weeks. The nurse comes."),
        (
            "P",
            "It's a depot, every four weeks. And he has clozapine tablets as well. I prompt him morning and evening, otherwise he won't take them.",
        ),
        ("A", "What about food, Kevin?"),
        ("C", "I eat tins. Only tins I open myself."),
        ("P", "He only eats tinned food, he won't cook. He's lost about two stone this year."),
        ("A", "And washing?"),
        ("C", "When Grace says."),
        (
            "P",
            "I come in every day for an hour, and I have to really encourage him to shower. Maybe twice a week he will.",
        ),
        ("A", "Do you go out, Kevin?"),
        ("C", "No. People look at me. They're following me."),
        (
            "P",
            "He goes to the corner shop with me, that's it. On his own he hasn't been out since the summer.",
        ),
        ("A", "Do you manage your money?"),
        ("C", "Grace does it."),
        ("P", "Actually his sister is his appointee, she handles it."),
        (
            "A",
            "Okay, Kevin, thank you, you've done really well. We'll stop there. It's twenty past eleven.",
        ),
    ]
    report = [
        ("Home visit. Present: the claimant and his carer.", {SUP}),
        (
            "He reports a diagnosis of schizophrenia and hears voices telling him that food from the shop is poisoned.",
            {SUP},
        ),
        ("He reports hearing voices occasionally, mainly at night.", {NC}),
        ("Activity 3 - Managing therapy: He receives a depot injection every two weeks.", {NC}),
        ("He takes clozapine tablets morning and evening.", {QD}),
        ("Activity 1 - Preparing food: He prepares simple meals for himself.", {NS}),
        ("His weight has been stable.", {NS}),
        ("Activity 4 - Washing and bathing: He showers twice a week.", {QD}),
        ("Activity 10 - Making budgeting decisions: His sister acts as his appointee.", {SUP}),
        (
            "Mental state examination: Relaxed and settled; no paranoid ideation was expressed during the visit.",
            {IMP},
        ),
        ("Visit 11:00 to 11:20.", {SUP}),
    ]
    return turns, report


def _case_14():
    # PIP, video, rheumatoid arthritis, claimant alone, camera working, brisk assessor
    turns = [
        (
            "A",
            "Hello, can you hear me? I'm Mike, from the assessment provider. I can see you now. It's four o'clock. Is anyone else there with you?",
        ),
        (
            "C",
            "No, just me. Sorry, I've propped the tablet up on a cushion, I can't hold it for long.",
        ),
        ("A", "That's fine. Tell me about your arthritis."),
        (
            "C",
            "Rheumatoid, diagnosed eight years ago. Mainly my hands, my wrists and my feet. And my knees when it flares.",
        ),
        ("A", "Can you show me your hands on the camera?"),
        ("C", "Here. You can see the knuckles are swollen, and these fingers are bent over."),
        ("A", "Yes, I can see the swelling. Can you make a fist for me?"),
        ("C", "That's as far as it goes. I can't close it."),
        ("A", "Okay. Any morning stiffness?"),
        ("C", "Two to three hours every morning. I can't do anything until the tablets kick in."),
        ("A", "Medication?"),
        (
            "C",
            "Methotrexate injections, once a week, twenty milligrams. My daughter does the injection because I can't press the plunger. Hydroxychloroquine, and naproxen.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I use a perching stool. I can't open jars or tins, I've got an electric tin opener. I can't lift a pan of water, so I use the microwave, or my daughter cooks.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "Slip-on shoes. A front-fastening bra. I can't do small buttons, I've got a button hook. It takes me about half an hour to get dressed.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "On a good day maybe a hundred metres, with my stick. My feet are really painful, it's like walking on pebbles. On a bad day, just round the house.",
        ),
        ("A", "How often are the bad days?"),
        ("C", "About half the time. Maybe a bit more."),
        ("A", "Can you stand up and sit down again for me, on camera?"),
        ("C", "I'll try. Hold on. Ow. Okay, there. I have to push up on the arms."),
        ("A", "Thank you. Right, that's the end. It's twenty past four."),
    ]
    report = [
        ("Video consultation. The claimant was alone.", {SUP}),
        (
            "She reports rheumatoid arthritis diagnosed eight years ago, affecting her hands, wrists and feet.",
            {SUP},
        ),
        ("Swelling of the knuckles was visible on camera.", {SUP}),
        ("She was able to make a full fist with both hands.", {IMP}),
        ("Morning stiffness lasts about 30 minutes.", {NC}),
        (
            "Activity 3 - Managing therapy: She self-administers weekly methotrexate injections.",
            {QD},
        ),
        (
            "Activity 6 - Dressing and undressing: She dresses using a button hook and takes about ten minutes.",
            {NC},
        ),
        ("Mobility 2 - Moving around: She can walk 100 metres with a stick.", {QD}),
        ("She reports bad days about a quarter of the time.", {NC}),
        ("She rose from the chair without using her arms.", {IMP}),
        ("She drives to the supermarket weekly.", {NS}),
    ]
    return turns, report


def _case_15():
    # WCA, face to face at an assessment centre, severe hearing loss, tinnitus and low mood, brother present
    turns = [
        ("A", "Hello, Mr Kowalski? I'm Doctor Shah. It's ten o'clock. Come in."),
        ("C", "Sorry?"),
        (
            "P",
            "She's saying come in, Piotr. Hi, I'm his brother, Marek. He's very deaf, you need to face him and speak slowly.",
        ),
        ("A", "Of course. I'll face you. Can you hear me okay now?"),
        ("C", "Better. I lip read a lot. The hearing aids help a little, but with noise, nothing."),
        ("A", "How long have you had hearing loss?"),
        (
            "C",
            "Since I was about forty. It's got worse. Both ears. Severe now, they said at the hospital. And tinnitus, a loud whistle, all the time.",
        ),
        ("A", "Can you use the phone?"),
        ("C", "No. Not at all. My brother makes my phone calls. I use text messages."),
        ("A", "What about understanding people you don't know, in a shop for example?"),
        (
            "C",
            "If they have a mask, or they turn away, I don't understand. In the shop I just point.",
        ),
        (
            "P",
            "He missed a hospital appointment last year because they called his name out in the waiting room and he didn't hear it.",
        ),
        ("A", "How's your mood?"),
        (
            "C",
            "Low. I'm on, um, citalopram, twenty milligrams. I stopped going out with friends, I can't follow the conversation in the pub, so I stay home.",
        ),
        ("A", "Do you get any dizziness?"),
        ("C", "Sometimes, when I turn my head quickly. Not often. Maybe once a month."),
        ("A", "Could you walk, say, two hundred metres?"),
        ("C", "Yes, walking is no problem."),
        ("A", "What about danger, for example hearing a fire alarm?"),
        (
            "C",
            "I have a flashing smoke alarm and a vibrating pad under my pillow. Without that I would sleep through it.",
        ),
        ("A", "What work did you do?"),
        ("C", "Machine operator, in a factory, for eighteen years. Maybe that's why."),
        ("A", "Right. Thank you both. It's quarter past ten."),
    ]
    report = [
        ("Face-to-face assessment. Accompanied by his brother.", {SUP}),
        (
            "He reports bilateral hearing loss since about age 40, now severe, with constant tinnitus.",
            {SUP},
        ),
        (
            "Informal observations: He heard and followed conversation at normal volume without difficulty.",
            {IMP},
        ),
        ("Making self understood: He uses the telephone with the help of his hearing aids.", {NS}),
        ("Understanding communication: He is able to communicate with shop staff.", {QD}),
        ("Mood: He reports low mood and takes citalopram 40 mg daily.", {NC}),
        ("He reports episodes of dizziness on a weekly basis.", {NC}),
        ("Mobilising: He reports he can walk 200 metres without difficulty.", {SUP}),
        ("Awareness of hazards: He is aware of hazards such as a fire alarm.", {QD}),
        ("He goes to the pub with friends weekly.", {NS}),
        ("Assessment start 10:00, end 10:45.", {IMP}),
    ]
    return turns, report


def _case_16():
    # PIP, telephone, heart failure and atrial fibrillation, wife listening in, careless assessor
    turns = [
        (
            "A",
            "Hello, Mr Jenkins? I'm Paul from the assessment service, calling about your PIP claim. It's just after two o'clock.",
        ),
        ("C", "Hello. Yes. My wife's here too, she's going to listen in, if that's alright."),
        ("P", "Hello, I'm Maureen."),
        ("A", "That's fine. Tell me about your heart."),
        (
            "C",
            "Heart failure. They said my heart pumps at about thirty percent. I had a heart attack four years ago. And I've got atrial fibrillation.",
        ),
        ("A", "What symptoms do you get?"),
        (
            "C",
            "Breathless, mostly. Tired. My ankles swell up. I sleep on four pillows, otherwise I can't breathe lying down.",
        ),
        ("A", "How far can you walk?"),
        ("C", "Fifty yards, if that, then I have to stop. I get a tightness in my chest."),
        (
            "P",
            "He's being generous. I'd say to the gate and he's puffing. That's about twenty metres.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Oh, a lot. Bisoprolol, ramipril, furosemide, two in the morning, apixaban, and a spray under my tongue for the chest pain.",
        ),
        ("A", "How often do you use the spray?"),
        ("C", "Two or three times a week."),
        ("A", "Washing?"),
        ("C", "My wife helps me in and out of the bath. I can't bend to wash my legs or my feet."),
        ("A", "Dressing?"),
        ("C", "Same. Maureen does my socks and shoes."),
        ("A", "Toilet?"),
        (
            "C",
            "With the water tablets I have to go, um, every half hour in the morning. I've not quite made it a few times.",
        ),
        ("A", "Cooking?"),
        (
            "P",
            "I do it all. He gets breathless standing at the cooker. He can make himself a sandwich.",
        ),
        ("A", "Going out?"),
        ("C", "She drives me. I don't go out on my own, in case I get chest pain."),
        ("A", "Okay, thank you. That's all for today, it's quarter past two."),
    ]
    report = [
        ("Telephone consultation. The claimant's wife was present on the call.", {SUP}),
        ("Consultation 14:02 to 14:15.", {SUP}),
        ("He reports heart failure with an ejection fraction of around 40%.", {NC}),
        (
            "Mobility 2 - Moving around: He states he can walk about 50 yards before needing to stop.",
            {SUP},
        ),
        ("His wife agreed with this estimate.", {NS}),
        ("He uses his GTN spray about once a month.", {NC}),
        ("Activity 4 - Washing and bathing: He is able to bathe independently.", {QD}),
        ("Activity 6 - Dressing and undressing: His wife helps with his socks and shoes.", {SUP}),
        (
            "Activity 8 - Managing toilet needs: He manages his toilet needs independently with no episodes of incontinence.",
            {NS},
        ),
        ("He was seen to have mild ankle swelling.", {IMP}),
    ]
    return turns, report


def _case_17():
    # WCA, telephone, moderate learning disability, advocate present, kind assessor
    turns = [
        (
            "A",
            "Hello, is that Chloe? My name's Sarah, I'm calling about your work capability assessment. Is someone with you?",
        ),
        (
            "P",
            "Hi, I'm Jo, I'm Chloe's advocate from the local advocacy service. Chloe's here, we're on speakerphone.",
        ),
        ("C", "Hello."),
        ("A", "Hello Chloe. It's half past ten. Can you tell me a bit about yourself?"),
        ("C", "I live in a flat. With staff."),
        (
            "P",
            "It's supported living. There's staff on site twenty-four hours, and she has one-to-one support for six hours a day.",
        ),
        ("A", "Chloe, what do you like doing in the day?"),
        ("C", "Colouring. And I go to the day centre. On the minibus. Tuesdays and Thursdays."),
        ("A", "Can you tell the time, Chloe?"),
        ("C", "Um. Sometimes. The big hand, I get mixed up."),
        (
            "P",
            "She can tell o'clock and half past, but not the times in between. She uses pictures on her phone, the staff set alarms with pictures.",
        ),
        ("A", "If something changes, like the minibus is late, how do you feel?"),
        ("C", "I get upset. I cry."),
        (
            "P",
            "She gets very distressed if her routine changes. Last month the day centre was shut and she hit her head on the wall. It took staff about two hours to calm her down.",
        ),
        ("A", "Chloe, could you go to a shop on your own?"),
        ("C", "No. I go with Lisa."),
        (
            "P",
            "Lisa's one of her support workers. She can't cross roads safely, she just walks out.",
        ),
        ("A", "Can you read, Chloe?"),
        ("C", "My name. Some words."),
        ("A", "Can she use a cooker or a microwave?"),
        (
            "P",
            "Staff do the cooking with her. She can press the button on the microwave if it's been set.",
        ),
        ("A", "And dealing with people she doesn't know?"),
        (
            "P",
            "She's very trusting, too trusting. She gave her bank card to a man at the bus stop last year.",
        ),
        ("A", "Okay. Thank you both. That's everything, it's ten to eleven."),
    ]
    report = [
        ("Telephone assessment. The claimant was accompanied by her advocate.", {SUP}),
        ("She lives in supported living with 24-hour staff on site.", {SUP}),
        ("She receives one-to-one support for two hours a day.", {NC}),
        ("She travels to the day centre independently on the public bus.", {NS}),
        ("Learning tasks: She is able to tell the time.", {QD}),
        (
            "Coping with change: Her advocate reports distress when her routine changes, which settles within about ten minutes.",
            {NC},
        ),
        ("Getting about: She goes to the local shop with a support worker.", {SUP}),
        ("Awareness of hazards: Her advocate reports she crosses roads safely.", {NS}),
        ("She uses a microwave to heat her meals.", {QD}),
        ("She was observed to be appropriately dressed with good self-care.", {IMP}),
        ("The assessment lasted 50 minutes.", {IMP}),
    ]
    return turns, report


def _case_18():
    # PIP, face to face at an assessment centre, knee osteoarthritis and diabetic neuropathy, adult son present, brisk assessor
    turns = [
        ("A", "Mrs Oduya? I'm Lee. This way please. Is this your son?"),
        ("P", "Yes, I'm David. I'll walk with her, she needs to hold my arm."),
        ("A", "Okay. Take a seat. Right, it's twenty past one. What conditions do you have?"),
        (
            "C",
            "Arthritis in both knees, bad. I'm waiting for a knee replacement on the right. And diabetes, type two, on insulin. I've lost the feeling in my feet.",
        ),
        ("A", "How long have you been waiting for the knee?"),
        ("C", "Fourteen months now."),
        ("A", "Insulin, how often?"),
        (
            "C",
            "Twice a day. My son does my injection in the evening, because my eyesight's not great, I can't read the numbers on the pen.",
        ),
        ("P", "And she's had a few hypos. I check her sugars morning and night."),
        ("A", "How far can you walk?"),
        (
            "C",
            "With two sticks, um, maybe as far as the bus stop. It's about forty metres. Then I have to sit down. My knees are on fire.",
        ),
        ("A", "How long does that take?"),
        ("C", "Five minutes? Maybe more."),
        ("A", "Stairs?"),
        ("C", "I sleep downstairs now. We moved my bed into the front room in the summer."),
        ("A", "Washing?"),
        (
            "C",
            "I strip wash at the sink, sitting down. I can't get in the bath. I can't reach my feet, David or my daughter does my feet, because of the diabetes I can't feel if I cut them.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I can cook if I sit down. I've got a stool in the kitchen. But I can't stand to drain a pan, David does that.",
        ),
        ("A", "Toilet?"),
        ("C", "I've got a raised seat and a frame round the toilet."),
        ("A", "Okay, I'm going to check your feet. Can you feel this? And this?"),
        ("C", "No. No."),
        ("A", "And can you straighten your right knee for me?"),
        ("C", "That's as far as it goes. Ow."),
        ("A", "Okay. That's us done. It's twenty to two."),
    ]
    report = [
        ("Face-to-face assessment at the assessment centre. Attended with her son.", {SUP}),
        (
            "Informal observations: She walked into the consulting room unaided with a normal gait.",
            {IMP},
        ),
        (
            "She reports bilateral knee osteoarthritis and has been on the waiting list for a right knee replacement for four months.",
            {NC},
        ),
        (
            "Activity 3 - Managing therapy: She has type 2 diabetes and self-administers insulin twice daily.",
            {QD},
        ),
        ("Her son checks her blood sugar once a week.", {NC}),
        ("She reports no hypoglycaemic episodes.", {NS}),
        (
            "Mobility 2 - Moving around: She can walk about 40 metres with two sticks, taking around five minutes, before needing to sit down.",
            {SUP},
        ),
        ("She states she manages the stairs at home daily.", {NS}),
        ("Activity 4 - Washing and bathing: She washes at the sink.", {QD}),
        ("Activity 5 - Managing toilet needs: She uses a raised toilet seat and frame.", {SUP}),
        ("Examination: reduced sensation in both feet.", {SUP}),
        ("Right knee: full range of movement without pain.", {IMP}),
    ]
    return turns, report


def _case_19():
    # WCA, video, long COVID with POTS, fluctuating, partner present, claimant vague and hesitant
    turns = [
        (
            "A",
            "Hi, can you see me? I'm Chris from the assessment service. It's nine fifteen. Who's with you today?",
        ),
        (
            "C",
            "Hi. It's me and my partner, Sam. I'm, um, lying on the sofa, sorry, I can't sit up for long.",
        ),
        ("P", "Hi."),
        ("A", "That's okay. Tell me about your health."),
        (
            "C",
            "I had COVID in, um, late twenty twenty-one. And I never really got better. They diagnosed POTS last year. My heart rate goes up, like to a hundred and forty, when I stand up, and I go dizzy and I faint.",
        ),
        ("A", "How often do you faint?"),
        ("C", "I don't know, it varies. Maybe, um, once or twice a week? Sam would know."),
        (
            "P",
            "Once or twice a week when she's bad. She's fainted in the shower, and in the kitchen.",
        ),
        ("A", "How long can you stand for?"),
        (
            "C",
            "A couple of minutes. Then I have to sit or lie down. Like, washing up, I can't do it.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "On a good day, down to the end of the road, and that's, I don't know, a hundred metres? With Sam. On a bad day, just to the bathroom.",
        ),
        ("A", "How many good days?"),
        ("C", "Maybe, um, one or two a week. The rest, I'm mostly on the sofa."),
        ("A", "Concentration, memory?"),
        (
            "C",
            "Brain fog. I lose words. I used to be an accountant, and I can't even do our bills now, Sam does them.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Ivabradine, five milligrams twice a day. Fludrocortisone. And I drink three litres of water a day, and salt tablets.",
        ),
        ("A", "Sitting?"),
        ("C", "Sitting upright, maybe twenty minutes. With my legs up it's better."),
        ("A", "Are you working?"),
        ("C", "I've been off sick since, um, March twenty twenty-two. They let me go last year."),
        ("A", "Okay, thank you both, that's all I need. It's nine thirty-five."),
    ]
    report = [
        ("Video assessment. The claimant was present with her partner.", {SUP}),
        ("She remained seated upright throughout the video call.", {IMP}),
        (
            "She reports long COVID following infection in late 2021, with a diagnosis of POTS last year.",
            {SUP},
        ),
        ("She reports fainting around once a month.", {NC}),
        ("Standing and sitting: She can stand for about ten minutes.", {NC}),
        ("Mobilising: She can walk about 100 metres.", {QD}),
        ("Learning tasks: She manages the household bills.", {NS}),
        ("She continues to work part time as an accountant.", {NS}),
        ("Medication: ivabradine 5 mg twice daily and fludrocortisone.", {SUP}),
        ("Consultation 09:15 to 09:35.", {SUP}),
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

FIRSTXSEED = 47000


def make_case_47(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    index = seed - FIRSTXSEED
    if not 0 <= index < len(_CASES):
        raise ValueError(
            f"seed {seed} is out of range: expected {FIRSTXSEED} to {FIRSTXSEED + len(_CASES) - 1}"
        )
    rng = random.Random(seed)
    assessor, claimant, companion = rng.sample(VOICES, 3)
    voice_of = {"A": assessor, "C": claimant, "P": companion}
    turns, report = _CASES[index]()
    dialogue = [(0 if role == "A" else 1, voice_of[role], text) for role, text in turns]
    return dialogue, [(statement, set(labels)) for statement, labels in report]
