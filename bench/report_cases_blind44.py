"""Blind held-out evaluation set 46: twenty PIP (PA4) and WCA (ESA85) consultations, each a spoken dialogue
between an assessor, the claimant and sometimes a companion, paired with the written report an assessor produced
afterwards, split into statements labelled with the kinds of departure from the recording they contain.

Written by hand, without sight of the tool under test or its other benchmarks, from the public description of the
report formats, activities and descriptors. Dialogue is written as people speak (numbers, times and doses in
words) so that it survives text-to-speech and Whisper tiny.en transcription; the reports use ordinary written
report wording (third person, activity headings, digits and units). Each dialogue is the complete recording of
its consultation, so stated start and end times in a report are either consistent with the times said aloud or
contradict them.

Channels: telephone, video, face to face at an assessment centre, and home visits. Conditions: fibromyalgia and
depression, lumbar disc prolapse with sciatica, relapsing-remitting multiple sclerosis, PTSD, autism with a mild
learning disability, COPD, paranoid schizophrenia, retinitis pigmentosa, long COVID, epilepsy, bipolar disorder,
knee osteoarthritis with diabetes, stroke with dysphasia, Crohn's disease, Meniere's disease, a learning
disability, rheumatoid arthritis, Parkinson's disease, OCD with depression, and hypermobile EDS with POTS.
Companions include partners, a husband and a wife, a mother, a daughter, a son, a friend, a support worker and an
advocate; several claimants are alone.
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
    # PIP, telephone, fibromyalgia and depression, husband on speakerphone
    turns = [
        (
            "A",
            "Good morning, my name is Helen and I'm a registered nurse. I'm carrying out your PIP assessment by telephone today. It's just gone ten o'clock. Can you confirm your full name and date of birth for me?",
        ),
        ("C", "Yes, it's Karen Price, fourteenth of March, nineteen seventy eight."),
        ("A", "Thank you, Karen. Is anyone with you today?"),
        ("C", "My husband Dave is here. I've put you on speaker so he can hear."),
        ("P", "Morning."),
        ("A", "Good morning, Dave. Karen, can you tell me about your conditions?"),
        (
            "C",
            "I've got fibromyalgia, they diagnosed it about six years ago, and depression. The pain is all over, but mainly my back and my legs. And I'm exhausted all the time, no matter how much I sleep.",
        ),
        ("A", "What medication do you take?"),
        (
            "C",
            "Pregabalin, a hundred and fifty milligrams twice a day, and sertraline, fifty milligrams in the morning. Paracetamol as well, when I need it.",
        ),
        ("A", "Okay. Do you prepare meals for yourself?"),
        (
            "C",
            "Not proper meals, no. I'll do a sandwich, or something in the microwave. I can't stand at the cooker for long, maybe five minutes, and then my back goes and I have to sit down. Dave does the cooking.",
        ),
        ("A", "And how do you manage washing and bathing?"),
        (
            "C",
            "I have a shower, but I sit on a stool in there. Dave helps me get out, because my legs go from under me. And I can't wash my hair, my arms ache too much holding them up, so he does that for me. Twice a week, maybe.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I can do most of it, it just takes a long time. On bad days he has to help with my socks and shoes.",
        ),
        ("A", "How many bad days would you say you have?"),
        ("C", "Um, most days, honestly. Five days out of seven, maybe."),
        ("A", "How far can you walk?"),
        ("C", "Well, to the end of the road and back. What is that, Dave?"),
        (
            "P",
            "It's about fifty yards to the corner. She gets that far and then she's leaning on the wall.",
        ),
        ("C", "Yeah, and then I have to rest. And that's with my stick."),
        ("A", "How long does it take you to walk that far?"),
        ("C", "Ages. Five minutes, maybe more."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Not really, no. I get really anxious in crowds. I haven't been to the shop on my own for about a year. Dave takes me.",
        ),
        ("A", "Do you see friends or family?"),
        ("C", "My sister comes round once a week. That's about it."),
        ("A", "And do you manage your own money, paying bills and so on?"),
        ("C", "Yes, I do the bills online. That's fine."),
        (
            "A",
            "Thank you, Karen, and thank you, Dave. That's everything I need. It's about five past ten, so I'll end the call there.",
        ),
    ]
    report = [
        ("Consultation type: telephone. Start time 10:01, end time 10:52.", {IMP}),
        ("Present: the claimant, with her husband contributing on speakerphone.", {SUP}),
        ("She has fibromyalgia, diagnosed about 6 years ago, and depression.", {SUP}),
        (
            "Medication: pregabalin 150 mg twice daily, sertraline 100 mg daily, paracetamol as required.",
            {NC},
        ),
        (
            "Activity 1 - Preparing food: She prepares sandwiches and microwave meals and reports she can stand at the cooker for about 15 minutes.",
            {NC, QD},
        ),
        (
            "Activity 4 - Washing and bathing: She showers using a stool and is able to wash her hair independently.",
            {NS},
        ),
        (
            "Activity 6 - Dressing: She dresses herself slowly and needs help with socks and shoes on bad days.",
            {SUP},
        ),
        ("Variability: She reports bad days on approximately 2 days per week.", {NC}),
        (
            "Mobility 2 - Moving around: She can walk to the end of her road, approximately 50 yards, using a stick.",
            {QD},
        ),
        (
            "Informal observations: She was observed to move around her home during the call without difficulty.",
            {IMP},
        ),
        (
            "Mobility 1 - Planning and following journeys: She has not been to the shop alone for about a year because of anxiety in crowds; her husband takes her.",
            {SUP},
        ),
        ("Activity 10 - Budgeting: She pays her bills online independently.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA (ESA), face to face at an assessment centre, lumbar disc prolapse with sciatica, alone
    turns = [
        (
            "A",
            "Come in and take a seat. I'm Doctor Patel, and I'll be doing your work capability assessment today. It's quarter past eleven. Has anyone come with you?",
        ),
        (
            "C",
            "No, on my own. My neighbour dropped me at the door, though. I can't manage the bus any more.",
        ),
        ("A", "Okay. Tell me about your back."),
        (
            "C",
            "I've got a slipped disc, L five S one, they said, and sciatica down my right leg. It's been three years now. I'm on the waiting list for surgery.",
        ),
        ("A", "And what are you taking for it?"),
        (
            "C",
            "Naproxen, and codeine, thirty milligrams, up to four times a day. And amitriptyline at night, ten milligrams.",
        ),
        ("A", "How far can you walk before you have to stop?"),
        (
            "C",
            "On a good day, maybe a hundred yards? Um, no, less than that, to be honest. From here to the car park, that's about it. Then the leg goes numb and I have to stop.",
        ),
        ("A", "The car park's about forty metres from this room."),
        ("C", "Yeah, about that. Then I need a couple of minutes before I can go again."),
        ("A", "How long can you stand for?"),
        ("C", "Ten minutes, maybe. Then I have to shift about, lean on something."),
        ("A", "And sitting?"),
        (
            "C",
            "Sitting's worse, really. Twenty minutes and I have to get up. Sorry, I'm going to have to stand up for a second.",
        ),
        ("A", "That's fine, take your time."),
        ("C", "Thanks. That's a bit better."),
        ("A", "Can you pick something up from the floor?"),
        (
            "C",
            "Not from the floor, no. I use a grabber. If I drop something I leave it, or my son picks it up.",
        ),
        ("A", "Could you carry something like a kettle?"),
        ("C", "Half full, yeah. Not a full one, that's too heavy for my back."),
        ("A", "Do you still drive?"),
        ("C", "I stopped last year. I couldn't press the clutch down with my right leg."),
        ("A", "Any problems reaching up, say to a shelf?"),
        ("C", "No, my arms are fine. It's bending that's the problem."),
        (
            "A",
            "I was going to examine your back, but given how much pain you're in, we'll leave the examination today. That's everything, thank you.",
        ),
    ]
    report = [
        (
            "Face to face assessment at the assessment centre. He attended alone, having travelled by bus.",
            {NS},
        ),
        (
            "He has an L5/S1 disc prolapse with right-sided sciatica for 3 years and is awaiting surgery.",
            {SUP},
        ),
        (
            "Medication: naproxen, codeine 30 mg up to four times a day, amitriptyline 10 mg at night.",
            {SUP},
        ),
        (
            "Mobilising: He states he can walk approximately 100 metres before needing to stop.",
            {NC},
        ),
        ("Standing and sitting: He can stand for about 10 minutes.", {QD}),
        ("He reports he can sit for around 45 minutes before needing to move.", {NC}),
        (
            "Informal observations: He sat comfortably throughout the assessment and did not need to stand.",
            {IMP},
        ),
        ("Picking up and moving: He is able to pick up items from the floor.", {NS}),
        ("He can carry a half-full kettle.", {SUP}),
        ("He stopped driving last year because he could not operate the clutch.", {SUP}),
        ("Reaching: No difficulty with reaching reported.", {SUP}),
        (
            "Physical examination: lumbar flexion reduced to 60 degrees; straight leg raise 70 degrees on the right.",
            {IMP},
        ),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, relapsing-remitting MS (fluctuating), adult daughter present
    turns = [
        (
            "A",
            "Hello, thanks for letting me in. I'm Mark, I'm a physiotherapist, and I'm here to do your PIP assessment. It's half past one. And who's this?",
        ),
        ("C", "This is my daughter, Jess. She lives with me and helps me out."),
        ("P", "Hiya."),
        ("A", "Can you tell me about your MS?"),
        (
            "C",
            "It's relapsing remitting. I was diagnosed in twenty fifteen. I get relapses maybe two or three times a year, and in between I've got the fatigue, and my legs are weak, my left one mostly. And my eyes go blurry when I'm tired.",
        ),
        ("A", "How does it vary from day to day?"),
        (
            "C",
            "Some days I'm alright in the morning, but by the afternoon I'm done. On bad days I can't really get out of bed. I'd say that's three or four days a week.",
        ),
        ("P", "It's more than that, Mum. It's been most days lately."),
        ("C", "Well, yeah. It's been worse since Christmas."),
        ("A", "What about cooking?"),
        (
            "C",
            "Jess does most of it. I can make toast. I dropped a pan of boiling water in the summer, so I don't use the hob on my own now.",
        ),
        ("A", "And your medication?"),
        (
            "C",
            "I have an injection. Jess does it every other day, because my hands shake. And I'd forget my tablets if she didn't put them out in the dosette box.",
        ),
        ("A", "Any problems with the toilet?"),
        (
            "C",
            "I have urgency, and sometimes I don't make it. I wear pads. I'd say two or three times a week I have an accident.",
        ),
        ("A", "Dressing?"),
        ("C", "I sit on the bed to do it. Buttons are hard. Jess does my bra and my shoes."),
        ("A", "Reading?"),
        ("C", "Fine on a good day. But if my eyes are bad, Jess reads my letters for me."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Round the house, holding the furniture. Outside I use a rollator. I can get to the bus stop, it's maybe thirty metres, but I'm wobbling by then and I need to sit on the bench.",
        ),
        ("A", "Would you mind walking across the room for me?"),
        ("C", "Okay. Hold on, let me get up. Jess, can you pass me the frame?"),
        ("P", "Here you go, Mum."),
        (
            "A",
            "Thank you, that's lovely, you can sit back down. It's twenty five to two, so we're all done. Thank you both.",
        ),
    ]
    report = [
        ("Home visit. Start 13:30, end 13:35.", {SUP}),
        ("Present: the claimant and her daughter, who lives with her.", {SUP}),
        (
            "She has relapsing-remitting multiple sclerosis, diagnosed in 2015, with 4 to 5 relapses a year.",
            {NC},
        ),
        ("Variability: She reports bad days on 1 to 2 days a week.", {NC}),
        ("Activity 1 - Preparing food: She is able to use the hob to prepare simple meals.", {NS}),
        (
            "Activity 3 - Managing therapy: Her daughter gives her injection every other day and sets out her tablets in a dosette box.",
            {SUP},
        ),
        (
            "Activity 5 - Managing toilet needs: She reports occasional urgency, managed with pads.",
            {QD},
        ),
        (
            "Activity 6 - Dressing: She dresses sitting on the bed and finds buttons difficult.",
            {QD},
        ),
        (
            "Activity 8 - Reading: She can read on good days; her daughter reads her letters when her vision is blurred.",
            {SUP},
        ),
        (
            "Mobility 2 - Moving around: She walks outdoors with a rollator to the bus stop, about 30 metres, after which she needs to sit.",
            {SUP},
        ),
        ("Informal observations: She walked across the room unaided with a steady gait.", {IMP}),
    ]
    return turns, report


def _case_03():
    # WCA (UC), telephone, PTSD and anxiety, hesitant claimant, alone
    turns = [
        (
            "A",
            "Hello, is that Mr Daniel Hughes? My name's Sarah, I'm a healthcare professional with the assessment service, calling about your work capability assessment. It's three o'clock. Are you okay to go ahead?",
        ),
        ("C", "Um, yeah. Yes."),
        ("A", "Is anyone with you?"),
        ("C", "No. Just me."),
        ("A", "What would you say is the main problem?"),
        ("C", "PTSD. From, um, from the army. And anxiety. I, um, I don't sleep much."),
        ("A", "How many hours a night do you sleep?"),
        ("C", "Three. Maybe four. I wake up with nightmares most nights."),
        ("A", "Are you getting any treatment?"),
        (
            "C",
            "I'm on the waiting list for Combat Stress. The GP gives me sertraline, a hundred milligrams. And propranolol.",
        ),
        ("A", "Do you go out much?"),
        (
            "C",
            "Not really. I go to the corner shop early, like six in the morning, when there's nobody about. If it's busy, I come home.",
        ),
        ("A", "Could you go somewhere you don't know, on your own?"),
        (
            "C",
            "No. Um. No. I'd panic. Last time I tried to get to the jobcentre in town, I had to get off the bus two stops early and walk home.",
        ),
        ("A", "How do you cope if plans change?"),
        (
            "C",
            "Badly. If something changes I, um, I get angry. I shout. Not at people, just, you know.",
        ),
        ("A", "Have you ever been aggressive towards anyone?"),
        (
            "C",
            "I, um. There was an incident at the GP surgery last year. I shouted at the receptionist. They put a note on my file.",
        ),
        ("A", "Do you ever have thoughts of harming yourself?"),
        ("C", "Sometimes. Not, um, I wouldn't do anything. I think about it maybe once a week."),
        ("A", "And how do you manage with washing?"),
        ("C", "I shower when I remember. Maybe twice a week. My sister has a go at me about it."),
        ("A", "Do you have any hobbies?"),
        ("C", "I used to fish. I don't now."),
        (
            "A",
            "Okay, thank you, Daniel. That's all I need. It's just gone five past three, so I'll let you go.",
        ),
    ]
    report = [
        ("Telephone assessment, 15:00 to 15:50. The claimant was alone.", {IMP}),
        (
            "He has post-traumatic stress disorder related to his military service, and anxiety.",
            {SUP},
        ),
        ("He sleeps about 6 hours a night, with occasional nightmares.", {NC}),
        (
            "He is on the waiting list for Combat Stress and takes sertraline 100 mg and propranolol.",
            {SUP},
        ),
        ("Getting about: He walks to the local shop on his own.", {QD}),
        ("He travelled by bus to the jobcentre in town without difficulty.", {NS}),
        (
            "Coping with change: He reports that unexpected changes make him angry and he shouts.",
            {SUP},
        ),
        (
            "Appropriateness of behaviour: No history of aggressive or disinhibited behaviour towards others.",
            {NS},
        ),
        ("He reports thoughts of self-harm about once a month, with no intent.", {NC}),
        ("Mental state examination: He was well kempt and maintained good eye contact.", {IMP}),
        ("Self-care: He showers twice a week.", {QD}),
    ]
    return turns, report


def _case_04():
    # PIP, video, autism with a mild learning disability, mother (appointee) answers much of it
    turns = [
        (
            "A",
            "Hello, can you both see and hear me okay? I'm Tom, I'm a paramedic, and I'll be doing the PIP assessment by video today. It's half past nine.",
        ),
        ("P", "Yes, we can hear you fine. I'm Liam's mum, Claire. I'm his appointee."),
        ("A", "Thanks, Claire. Liam, can you tell me a bit about yourself?"),
        ("C", "Um. I'm nineteen. I like trains."),
        ("A", "Trains, brilliant. What help do you need day to day?"),
        (
            "P",
            "He was diagnosed with autism when he was six, and he's got a mild learning disability. He needs reminding for pretty much everything. Washing, changing his clothes, eating.",
        ),
        ("A", "Liam, do you do any cooking?"),
        ("C", "I do noodles. In the microwave."),
        (
            "P",
            "He can use the microwave if I set the timer for him. He put a tin in it once. So I stay in the kitchen with him.",
        ),
        ("A", "And do you wash yourself, Liam?"),
        ("C", "When Mum says."),
        (
            "P",
            "I have to tell him to shower, otherwise he'd go a week. And I check he's used shampoo. He'd wear the same clothes every day if I didn't take them away.",
        ),
        ("A", "Do you go out on your own, Liam?"),
        ("C", "I go to college. On the bus."),
        (
            "P",
            "He does the one bus to college, the number forty two, which we practised for months. If it's diverted he rings me in a real state. He's never done a new journey on his own.",
        ),
        (
            "A",
            "Okay. Liam, if you bought something for three pounds fifty and paid with a five pound note, how much change would you get?",
        ),
        ("C", "Um. Two pounds?"),
        ("A", "Okay, thank you."),
        (
            "P",
            "He can't really manage change. I give him his bus pass and a five pound note for his lunch.",
        ),
        ("A", "How is he with meeting new people?"),
        (
            "P",
            "He'll only talk to people he knows. When my friends come round, he goes and hides in his room.",
        ),
        ("C", "I don't like new people."),
        (
            "A",
            "That's fine, Liam. Thank you both, that's everything. It's about twenty five to ten now.",
        ),
    ]
    report = [
        ("Video consultation, 09:30 to 09:35.", {SUP}),
        ("Present: the claimant and his mother, who is his appointee.", {SUP}),
        (
            "He is 21 years old, with autism diagnosed at age 6 and a mild learning disability.",
            {NC},
        ),
        (
            "Activity 1 - Preparing food: He prepares microwave meals such as noodles independently.",
            {QD},
        ),
        ("Activity 4 - Washing and bathing: He showers daily without prompting.", {NS}),
        (
            "Mobility 1 - Planning and following journeys: He travels by bus to college on his own.",
            {QD},
        ),
        ("He also uses buses to get into town at weekends.", {NS}),
        (
            "Activity 10 - Budgeting: He correctly calculated the change from £5 for a £3.50 purchase.",
            {IMP},
        ),
        ("His mother gives him a bus pass and £5 for lunch.", {SUP}),
        (
            "Activity 9 - Engaging with others: He talks to people he knows but avoids new people.",
            {SUP},
        ),
        (
            "Informal observations: He answered all questions fully himself, with little input from his mother.",
            {IMP},
        ),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at an assessment centre, COPD and previous heart attack, wife present, brisk assessor
    turns = [
        (
            "A",
            "Morning. I'm Julie, I'm a nurse. Take a seat. It's ten to ten. You've brought someone with you?",
        ),
        (
            "C",
            "My wife, Maureen. She drove me. Well, she dropped me at the entrance and then parked.",
        ),
        ("A", "Right. It's COPD, isn't it?"),
        ("C", "COPD, yes. And I had a heart attack four years ago. I'm on oxygen at night."),
        ("A", "Inhalers?"),
        (
            "C",
            "Trelegy once a day, and the blue one, salbutamol. I use that maybe six or eight times a day.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On the flat, about fifty yards. Then I have to stop and get my breath. Hills, forget it.",
        ),
        (
            "P",
            "He's being generous. It's more like from the car to here, and he had to stop twice on the way in.",
        ),
        ("A", "How long does it take to get your breath back?"),
        ("C", "Couple of minutes. Then I can go on a bit."),
        ("A", "Washing?"),
        (
            "C",
            "I have a wash at the sink, mostly. The steam in the shower makes me breathless. Maureen helps me in the bath once a week.",
        ),
        ("A", "Dressing?"),
        ("C", "I sit down to do it. Takes me about half an hour, I have to stop halfway through."),
        ("A", "Cooking?"),
        ("C", "I can do a bit. Beans on toast. But I can't stand for long, I get puffed out."),
        ("A", "And your mood?"),
        ("C", "Low. I get fed up. But I'm not on anything for it."),
        (
            "A",
            "Okay. I'm going to listen to your chest. Deep breath in. And out. Okay. Now the clip on your finger for your oxygen. Ninety one percent. Right. It's five to ten, that's us done.",
        ),
    ]
    report = [
        (
            "Face to face consultation at the assessment centre, 09:50 to 09:55. He attended with his wife, who drove him.",
            {SUP},
        ),
        (
            "He has COPD and had a myocardial infarction 4 years ago; he uses oxygen overnight.",
            {SUP},
        ),
        ("Inhalers: Trelegy once daily and salbutamol 6 to 8 times a day.", {SUP}),
        ("Mobility 2 - Moving around: He can walk approximately 200 metres on the flat.", {NC, QD}),
        (
            "Informal observations: He walked from the car park to the consulting room without stopping.",
            {IMP},
        ),
        ("Activity 4 - Washing and bathing: He showers independently.", {NS}),
        ("Activity 6 - Dressing: He dresses himself in around 10 minutes.", {NC, QD}),
        (
            "Activity 1 - Preparing food: He can make simple meals such as beans on toast but cannot stand for long.",
            {SUP},
        ),
        ("Mood: He reports low mood and is not receiving treatment for it.", {SUP}),
        ("Examination: chest auscultated; oxygen saturation 97% on room air.", {NC}),
    ]
    return turns, report


def _case_06():
    # WCA, home visit, paranoid schizophrenia, support worker present, kind assessor
    turns = [
        (
            "A",
            "Hello Michael, I'm Anne, I'm a mental health nurse with the assessment service. Thank you for having me in your home. It's quarter past two. And you are?",
        ),
        (
            "P",
            "I'm Priya, Michael's support worker from the housing association. I see him three times a week.",
        ),
        ("A", "Thank you, Priya. Michael, how are you today?"),
        ("C", "Alright. Can you shut the window? They can hear."),
        ("A", "Who can hear?"),
        ("C", "Next door. They listen to me through the wall."),
        ("A", "That sounds frightening. How long have you had schizophrenia?"),
        ("C", "Since I was twenty two. I've been in hospital four times."),
        ("P", "The last admission was eighteen months ago. He was sectioned for about six weeks."),
        ("A", "What medication are you on?"),
        ("C", "The injection. Every two weeks. At the clinic."),
        ("P", "It's a depot. I take him to the clinic, he wouldn't go on his own."),
        ("A", "Michael, what's a normal day like for you?"),
        ("C", "Sleep. Telly. I sleep till two o'clock."),
        ("A", "Do you cook?"),
        ("C", "No. Sandwiches."),
        (
            "P",
            "I help him plan frozen meals, but he often forgets to eat. I find food going off in the fridge.",
        ),
        ("A", "Do you go out on your own?"),
        ("C", "Only the shop downstairs. Not far. People look at me."),
        ("A", "What about appointments?"),
        (
            "P",
            "I take him to all of them. He's missed every appointment he's tried to go to by himself.",
        ),
        ("A", "Could you learn something new, like setting an alarm on your phone?"),
        ("C", "Priya showed me. I forget."),
        ("P", "We've practised it maybe ten times, and he still can't do it without me."),
        ("A", "And how do you get on with people, Michael?"),
        ("C", "I don't. I don't trust them."),
        ("A", "Thank you, Michael. We're finished. It's about twenty past two."),
    ]
    report = [
        ("Home visit, 14:15 to 14:20. Present: the claimant and his support worker.", {SUP}),
        (
            "He has paranoid schizophrenia since age 22, with 2 previous psychiatric admissions.",
            {NC},
        ),
        ("Most recent admission 18 months ago, when he was detained for about 6 weeks.", {SUP}),
        ("He receives a depot injection every 2 weeks and attends the clinic independently.", {NS}),
        ("Typical day: He gets up at around 10 am and watches television.", {NC}),
        (
            "Initiating and completing personal action: He is able to prepare simple food such as sandwiches.",
            {QD},
        ),
        ("Getting about: He goes out alone to local shops.", {QD}),
        ("He attends some of his appointments on his own.", {NS}),
        (
            "Learning tasks: His support worker reports they have practised setting a phone alarm about 3 times and he still cannot do it unaided.",
            {NC},
        ),
        (
            "Mental state examination: Calm; no paranoid ideation or perceptual disturbance elicited.",
            {IMP},
        ),
        ("He sees his support worker 3 times a week.", {SUP}),
        ("Coping with social engagement: He reports that he does not trust people.", {SUP}),
    ]
    return turns, report


def _case_07():
    # PIP, telephone, retinitis pigmentosa (severely sight impaired), alone
    turns = [
        (
            "A",
            "Good afternoon, is that Mrs Linda Okafor? I'm Gary, an occupational therapist, calling for your PIP assessment. It's two o'clock. Is anybody with you?",
        ),
        ("C", "No, it's just me and the dog."),
        ("A", "Can you tell me about your sight?"),
        (
            "C",
            "I've got retinitis pigmentosa. I've been registered severely sight impaired since about twenty eighteen. I've got a tiny bit of central vision left in my right eye, it's like looking through a straw. Nothing at all in the left.",
        ),
        ("A", "Do you use any aids?"),
        (
            "C",
            "A long cane. And I'm on the waiting list for a guide dog. The dog I've got is just a pet, bless him.",
        ),
        ("A", "Can you read your letters?"),
        (
            "C",
            "No. I use an app on my phone that reads things out, or my neighbour reads my post for me. Anything handwritten, I've got no chance.",
        ),
        ("A", "How do you manage cooking?"),
        (
            "C",
            "Simple things. I've got tactile dots on the oven, and a little gadget that beeps when my cup's full. I burnt myself twice last year on the hob, so mostly I use the microwave now.",
        ),
        ("A", "And getting out?"),
        (
            "C",
            "Familiar routes with my cane, I can do. Like to the shop, that's about five minutes. Anywhere new, I need someone with me. I got lost in town last month and had to ask a stranger to help me.",
        ),
        ("A", "Do you use public transport?"),
        (
            "C",
            "The bus, on routes I know, if the driver tells me when it's my stop. I can't read the numbers on the front.",
        ),
        ("A", "Any other health problems?"),
        ("C", "My knees, arthritis, but that's minor really. And I get low about it all."),
        ("A", "Medication?"),
        ("C", "Just eye drops, and co-codamol for my knees. Two tablets, about twice a day."),
        ("A", "Okay, that's everything. Thank you. It's five past two, so I'll end the call now."),
    ]
    report = [
        ("Telephone consultation, 14:00 to 14:05. The claimant was alone.", {SUP}),
        (
            "She has retinitis pigmentosa and has been registered severely sight impaired since around 2018.",
            {SUP},
        ),
        ("She retains some central vision in both eyes.", {NS}),
        ("She uses a long cane and is accompanied by a guide dog.", {NS}),
        ("Activity 8 - Reading: She reads her post using a text-reading app on her phone.", {QD}),
        (
            "Activity 1 - Preparing food: She cooks simple meals using an oven with tactile markings and a liquid level indicator.",
            {QD},
        ),
        (
            "Mobility 1 - Planning and following journeys: She follows familiar routes with her cane, such as the 15-minute walk to the shop.",
            {NC},
        ),
        ("She travels by bus on familiar routes when the driver tells her the stop.", {SUP}),
        ("Medication: eye drops; co-codamol 2 tablets four times a day.", {NC}),
        (
            "Informal observations: She read her reference number from her appointment letter without difficulty.",
            {IMP},
        ),
        ("She reports low mood related to her sight loss.", {SUP}),
    ]
    return turns, report


def _case_08():
    # WCA, video, long COVID / ME-like fatigue, husband arrives partway, brisk assessor
    turns = [
        (
            "A",
            "Hi, it's Doctor Reid. Can you hear me? Good. This is your work capability assessment, by video. We'll be about half an hour. It's eleven o'clock now. Is anyone with you?",
        ),
        ("C", "No, my husband's at work."),
        ("A", "Main condition?"),
        (
            "C",
            "Long COVID. I caught it in twenty twenty one and never recovered. They say it's more like ME now. Fatigue, brain fog, and my heart races when I stand up.",
        ),
        ("A", "How long can you stand for?"),
        (
            "C",
            "About five minutes, then I feel faint. I have to sit down or I'll go over. I've fainted twice in the kitchen.",
        ),
        ("A", "Sitting?"),
        (
            "C",
            "Sitting's okay-ish, but I have to lie down after about an hour. I'm actually lying on the sofa now, propped up on cushions.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "I can walk to the end of the garden. Twenty metres? But then I'm wiped out the next day. If I do too much I crash for three or four days.",
        ),
        ("A", "Concentration?"),
        (
            "C",
            "Terrible. I can't follow a TV programme. I read a page and it's gone. I used to be an accountant.",
        ),
        ("A", "Housework?"),
        (
            "C",
            "I load the dishwasher, sitting on a stool. That's about it. My husband does everything else.",
        ),
        ("A", "Shopping?"),
        ("C", "Online. I haven't been in a supermarket for a year."),
        (
            "P",
            "Sorry, I'm back early, I've just walked in. Hi. She had to go to bed for two hours after the last phone call with the jobcentre.",
        ),
        ("A", "Right, thanks. Any memory problems?"),
        (
            "C",
            "Yes. I put the kettle on and forget about it. I left the bath running once and it came through the ceiling.",
        ),
        ("A", "Fine. That's it. Five past eleven, thank you."),
    ]
    report = [
        ("Video assessment, 11:00 to 11:30 (30 minutes).", {IMP}),
        ("The claimant was alone throughout the assessment.", {IMP}),
        (
            "She has long COVID since 2021, with fatigue, cognitive symptoms and palpitations on standing.",
            {SUP},
        ),
        ("Standing and sitting: She can stand for around 15 minutes.", {NC, QD}),
        ("Consciousness: She reports no episodes of loss of consciousness.", {NS}),
        ("She can sit for about an hour before needing to lie down.", {SUP}),
        ("Informal observations: She sat upright at a table throughout the video call.", {IMP}),
        ("Mobilising: She can walk about 20 metres.", {QD}),
        ("She reports post-exertional crashes lasting 1 to 2 days.", {NC}),
        (
            "Understanding communication: She reports poor concentration and cannot follow a TV programme.",
            {SUP},
        ),
        ("Awareness of hazard: No safety incidents in the home reported.", {NS}),
        (
            "She loads the dishwasher sitting on a stool; her husband does the other housework.",
            {SUP},
        ),
    ]
    return turns, report


def _case_09():
    # PIP, face to face at an assessment centre, epilepsy, friend who drove him present, kind assessor
    turns = [
        (
            "A",
            "Hiya, come on through. My name's Ruth, I'm a nurse. It's twenty past three. Who's this with you?",
        ),
        ("C", "This is Sam. He drove me. I can't drive because of the fits."),
        ("P", "Hi there."),
        ("A", "So, tell me about your epilepsy."),
        (
            "C",
            "I've had it since I was a kid. I have the big ones, tonic clonic, about two a month. And the absences, loads of them, I don't always know. Sam says I zone out.",
        ),
        ("P", "Honestly, I've seen him do it three or four times in an hour sometimes."),
        ("A", "Do you get any warning before a seizure?"),
        (
            "C",
            "Sometimes a funny smell. But usually, no. I've woken up on the floor with my head cut open.",
        ),
        ("A", "How long does it take you to recover?"),
        (
            "C",
            "After a big one, the rest of the day. I'm confused and I just sleep. My mum stays with me.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "Levetiracetam, seven fifty twice a day, and lamotrigine. My mum puts them in a box for me, because I forget if I've taken them.",
        ),
        ("A", "How do you manage washing?"),
        (
            "C",
            "I only shower when someone's in the house. I'm not allowed a bath. I had a seizure in the bath once.",
        ),
        ("A", "Cooking?"),
        ("C", "I use the microwave. The neurologist said no hob, in case I fall onto it."),
        ("A", "Do you get out and about?"),
        (
            "C",
            "I go to the gym with Sam. I don't go out on my own much, in case I have one in the street. I did once and woke up in the back of an ambulance.",
        ),
        (
            "A",
            "Okay. I'm just going to check your reflexes, and then could you stand on one leg for me? Lovely, thank you. That's all. It's twenty five past three, thanks both of you.",
        ),
    ]
    report = [
        (
            "Face to face consultation, 15:20 to 15:25. He attended with a friend, who drove him.",
            {SUP},
        ),
        (
            "He has had epilepsy since childhood, with tonic-clonic seizures about twice a year.",
            {NC},
        ),
        ("He also has absence seizures; his friend has seen up to 3 or 4 in an hour.", {SUP}),
        ("He reports a reliable warning before his seizures.", {NS}),
        ("He recovers from a tonic-clonic seizure within about an hour.", {NC}),
        ("He has sustained injuries during seizures, including a head wound.", {SUP}),
        ("Activity 3 - Managing therapy: He takes his medication from a dosette box.", {QD}),
        ("Activity 4 - Washing and bathing: He showers without assistance.", {QD}),
        (
            "Activity 1 - Preparing food: He uses a microwave, having been advised by his neurologist not to use the hob.",
            {SUP},
        ),
        (
            "Mobility 1 - Planning and following journeys: He goes out alone regularly, including to the gym.",
            {NS},
        ),
        (
            "Informal observations: He sat for 40 minutes during the consultation with no absences observed.",
            {IMP},
        ),
    ]
    return turns, report


def _case_10():
    # PIP, telephone, bipolar disorder, rambling claimant who corrects herself, alone
    turns = [
        (
            "A",
            "Hello, is that Natalie? I'm James, calling from the assessment provider for your PIP telephone assessment. Is it still a good time?",
        ),
        (
            "C",
            "Yes, yes, sorry, I've been up since five, I've been pacing, I'm a bit all over the place. Sorry. Go on.",
        ),
        ("A", "That's okay. Is anyone with you?"),
        (
            "C",
            "No. My mum was going to come, but she couldn't, her car's in the garage, it's a whole thing. Anyway. No.",
        ),
        ("A", "Can you tell me about your condition?"),
        (
            "C",
            "Bipolar, type one. I was diagnosed at, um, twenty five? No, twenty three, it was after my first admission. I've had, let me think, three admissions. No, four. The last one was two years ago.",
        ),
        ("A", "And your medication?"),
        (
            "C",
            "Lithium, eight hundred milligrams at night, and quetiapine. I have blood tests every three months for the lithium. My mum reminds me. When I'm high I stop taking them, because I think I don't need them.",
        ),
        ("A", "How often are you unwell?"),
        (
            "C",
            "I'd say I'm properly low for maybe two or three months of the year, and high for a few weeks. And in between I'm not right either. I'm anxious, I can't sleep.",
        ),
        ("A", "What happens when you're low?"),
        (
            "C",
            "I don't get out of bed, I don't wash, I don't eat. My mum comes round and makes me eat. For weeks.",
        ),
        ("A", "And when you're high?"),
        (
            "C",
            "I spend. I spent four thousand pounds in two days last year, on things I didn't need. I got into debt. So now my mum has my bank card. I get twenty pounds a week in cash.",
        ),
        ("A", "How do you get on with other people?"),
        (
            "C",
            "I fall out with everyone when I'm high. I got banned from my local pub, which, well. And when I'm low I don't see anyone.",
        ),
        ("A", "Do you travel on your own?"),
        (
            "C",
            "When I'm well, yes, I drive. Actually, no, I don't, the DVLA took my licence after the last admission. So I get the bus. When I'm well.",
        ),
        ("A", "Okay. Thank you, Natalie, that's all I need for today."),
    ]
    report = [
        ("Telephone consultation. The claimant's mother was present and contributed.", {IMP}),
        ("She was diagnosed with bipolar affective disorder type 1 at age 25.", {NC}),
        ("She has had 3 psychiatric admissions, the most recent 2 years ago.", {NC}),
        (
            "Activity 3 - Managing therapy: She takes lithium 800 mg at night and quetiapine, and attends 3-monthly blood tests.",
            {QD},
        ),
        ("She reports low episodes lasting 2 to 3 weeks a year.", {NC}),
        ("Activity 2 - Taking nutrition: She is able to eat and drink without help.", {QD}),
        ("She reports spending £4,000 over two days last year, which led to debt.", {SUP}),
        ("Activity 10 - Budgeting: She manages her own bank account and finances.", {NS}),
        (
            "Activity 9 - Engaging with others: She falls out with people when high and sees no one when low.",
            {SUP},
        ),
        ("Mobility 1 - Planning and following journeys: She drives to familiar places.", {NS}),
        ("When well, she travels by bus.", {SUP}),
        ("Mental state: Speech of normal rate and volume; she appeared calm and settled.", {IMP}),
    ]
    return turns, report


def _case_11():
    # WCA, face to face at an assessment centre, bilateral knee osteoarthritis, insulin-treated diabetes, alone
    turns = [
        (
            "A",
            "Good afternoon, Mr Walsh. I'm Paul, a physiotherapist. Please, sit down. It's ten past one. How did you get here today?",
        ),
        ("C", "Taxi. Door to door. Cost me twelve quid."),
        ("A", "What are your main problems?"),
        (
            "C",
            "Both my knees. Bone on bone, the surgeon said. I'm waiting for a replacement on the left one. And I'm diabetic, type two, on insulin, and I've got neuropathy in my feet. I can't feel them properly.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my two sticks, maybe thirty or forty metres. Then the knees are screaming. I stop, and then I can do about the same again, but slower.",
        ),
        ("A", "Stairs?"),
        ("C", "One at a time, holding the rail. I sleep downstairs now."),
        ("A", "How long can you stand?"),
        ("C", "Ten, fifteen minutes. Then I need to sit."),
        ("A", "And sitting?"),
        (
            "C",
            "Sitting's fine, but my knees stiffen up. After half an hour I need to get up and stretch them.",
        ),
        ("A", "Any falls?"),
        ("C", "Three this year. It's my feet, I can't feel where they are."),
        ("A", "Do you have hypos?"),
        (
            "C",
            "Sometimes. Maybe once a fortnight. I get shaky and sweaty. I had a bad one in March, my wife had to call the paramedics.",
        ),
        ("A", "Can you pick up and carry something light, a bag of sugar, say?"),
        ("C", "Yes, that's no bother. My arms are fine."),
        ("A", "Okay, let's have a look at your knees. Can you get up onto the couch for me?"),
        ("C", "I'll try. Ooh. No. I can't get my leg up there."),
        (
            "A",
            "Don't worry, we'll do it in the chair. I'm going to bend your knee. Tell me when it hurts.",
        ),
        ("C", "Ow. There."),
        ("A", "Okay. Thank you. It's quarter past one, we're done."),
    ]
    report = [
        ("Face to face assessment, 13:10 to 13:15. He arrived by taxi.", {SUP}),
        ("He has bilateral knee osteoarthritis and is awaiting a left knee replacement.", {SUP}),
        (
            "He has type 2 diabetes controlled with metformin, and peripheral neuropathy in both feet.",
            {NS},
        ),
        (
            "Mobilising: He states he can walk about 100 metres with two sticks before stopping.",
            {NC},
        ),
        ("He manages the stairs at home.", {QD}),
        ("Standing and sitting: He can stand for up to 30 minutes.", {NC}),
        ("He can sit for an hour without difficulty.", {NC}),
        ("He reports 3 falls this year because of reduced sensation in his feet.", {SUP}),
        (
            "Consciousness: Occasional hypoglycaemic episodes, none requiring assistance from another person.",
            {NS},
        ),
        ("Picking up and moving: Able to pick up and carry a bag of sugar.", {SUP}),
        (
            "Examination: He climbed onto the examination couch unaided; knee flexion to 90 degrees bilaterally.",
            {IMP},
        ),
    ]
    return turns, report


def _case_12():
    # PIP, home visit, stroke with left-sided weakness and expressive dysphasia, wife (carer) answers
    turns = [
        (
            "A",
            "Good morning, I'm Deborah, an occupational therapist. Thank you for having me. It's ten o'clock. Mr Ahmed, and this is?",
        ),
        ("P", "I'm his wife, Farida. I'm his carer."),
        ("A", "Lovely to meet you. Mr Ahmed, when did you have your stroke?"),
        ("C", "Last. Last year. March. No. April."),
        ("P", "April, yes. The ninth of April."),
        ("C", "Left side. Arm. No good."),
        ("A", "Can you use your left hand at all?"),
        ("C", "Little bit. Can't hold. Cup, no."),
        (
            "P",
            "He can't grip anything with his left hand. He uses his right for everything now, and he was left handed before, so he's had to learn it all again.",
        ),
        ("A", "How does he manage eating?"),
        (
            "P",
            "I cut up his food. He can get it to his mouth with a spoon, but it's messy, and it takes him about forty minutes to eat a meal.",
        ),
        ("A", "And washing?"),
        (
            "P",
            "I wash him. We've got a walk-in shower now, with a seat. He sits and I do his back, his legs, his hair. Every day.",
        ),
        ("A", "Dressing?"),
        (
            "P",
            "I dress him. He can put his right arm in, and pull his trousers up if he's sitting down, but I do everything else.",
        ),
        ("A", "Toilet?"),
        (
            "P",
            "In the day he can go on his own, with the rails we had fitted. At night he uses a bottle.",
        ),
        ("A", "Mr Ahmed, do you find it hard to find your words?"),
        ("C", "Yes. Words. Gone. I know. But can't. Say."),
        ("P", "People on the phone can't understand him. I do all his calls."),
        ("A", "And walking?"),
        (
            "P",
            "With his quad stick around the house. Outside we use the wheelchair. He can walk to the car, it's right outside the door, maybe five metres.",
        ),
        ("C", "Legs. Tired."),
        ("A", "Could I see you stand up, Mr Ahmed?"),
        ("C", "Yes."),
        ("P", "Careful. Hold my arm."),
        ("A", "Thank you. Please, sit down. It's five past ten, we're all done."),
    ]
    report = [
        (
            "Home visit, 10:00 to 10:05. Present: the claimant and his wife, who is his carer.",
            {SUP},
        ),
        ("He had a stroke in April last year, causing left-sided weakness.", {SUP}),
        ("He is right-handed, so his left-sided weakness has limited functional impact.", {NS}),
        (
            "Activity 2 - Taking nutrition: He feeds himself with a spoon, taking around 15 minutes per meal.",
            {NC, QD},
        ),
        ("Activity 4 - Washing and bathing: He showers seated on a shower seat.", {QD}),
        (
            "Activity 6 - Dressing: His wife dresses him; he can put his right arm in and pull up his trousers when seated.",
            {SUP},
        ),
        (
            "Activity 5 - Managing toilet needs: He uses the toilet independently in the day with grab rails and uses a urine bottle at night.",
            {SUP},
        ),
        (
            "Activity 7 - Communicating verbally: He communicated clearly and fluently throughout the assessment.",
            {IMP},
        ),
        ("He makes his own telephone calls.", {NS}),
        (
            "Mobility 2 - Moving around: He walks indoors with a quad stick and can walk about 50 metres outdoors.",
            {NC},
        ),
        ("Informal observations: He rose from the chair without assistance.", {IMP}),
        ("He uses a wheelchair outdoors.", {SUP}),
    ]
    return turns, report


def _case_13():
    # WCA, telephone, Crohn's disease with urgency and incontinence, alone, kind assessor
    turns = [
        (
            "A",
            "Hello, is that Emma? My name's Chris, I'm a nurse with the health assessment service. This is your telephone work capability assessment. You mentioned you'd like to record the call, and that's fine. Is anyone with you?",
        ),
        ("C", "My partner's in the other room, but no, it's just me."),
        ("A", "Tell me about your Crohn's."),
        (
            "C",
            "I was diagnosed at nineteen. I've had two bowel resections. I'm on Humira, the injection, every two weeks, and I still flare a lot.",
        ),
        ("A", "How often do you need the toilet?"),
        (
            "C",
            "On a normal day, eight to ten times. In a flare, fifteen or twenty. And a lot of it is urgent, I get maybe a minute's warning.",
        ),
        ("A", "Do you ever not make it in time?"),
        (
            "C",
            "Yes. About once a week I have an accident. More in a flare. I carry a spare set of clothes everywhere. It's humiliating.",
        ),
        ("A", "How often do you flare?"),
        ("C", "Every couple of months. And it lasts two or three weeks."),
        ("A", "Do you have pain?"),
        ("C", "Cramping, most days. And I'm really tired, I'm anaemic, I have iron infusions."),
        ("A", "How about going out?"),
        (
            "C",
            "I only go places where I know where the toilets are. I can't get on a bus, there's no toilet. If I have to go somewhere, my partner drives me.",
        ),
        ("A", "And walking itself?"),
        (
            "C",
            "Walking's alright, physically. It's more the toilet thing. I can walk to the park, it's about ten minutes.",
        ),
        ("A", "How's your mood?"),
        (
            "C",
            "Low. I'm on citalopram. I've stopped seeing friends, because I'm scared of having an accident in front of them.",
        ),
        ("A", "Thank you, Emma. That's all I need."),
    ]
    report = [
        ("Telephone assessment. The claimant was alone on the call.", {SUP}),
        (
            "Crohn's disease diagnosed at 19, with 2 bowel resections; on adalimumab injections every 2 weeks.",
            {SUP},
        ),
        ("Continence: She opens her bowels 4 to 5 times a day.", {NC}),
        (
            "She has urgency, with about a minute's warning, and reports an accident roughly once a month.",
            {NC},
        ),
        ("Flares occur every couple of months and last a few days.", {NC}),
        ("She reports cramping abdominal pain.", {QD}),
        ("She has anaemia treated with iron infusions and reports tiredness.", {SUP}),
        ("Getting about: She uses public transport.", {NS}),
        (
            "Mobilising: She can walk to the park, about 10 minutes away, with no physical limitation.",
            {SUP},
        ),
        ("Coping with social engagement: She continues to see friends regularly.", {NS}),
        ("She takes citalopram for low mood.", {SUP}),
        ("Informal observations: She appeared well, with no pallor or signs of discomfort.", {IMP}),
    ]
    return turns, report


def _case_14():
    # PIP, video, Meniere's disease (vertigo, hearing loss, tinnitus), husband repeats questions
    turns = [
        (
            "A",
            "Hello, can you hear me alright? I'm Nadia, I'm a nurse, and I'm doing your PIP assessment on video today. It's ten to twelve.",
        ),
        ("C", "Sorry, can you say that again? I'm quite deaf on the left."),
        (
            "P",
            "She's asking if you can hear her. I'm Steve, her husband. I'll repeat things if she misses them.",
        ),
        ("C", "Yes, I can hear you now. Sorry."),
        ("A", "That's okay. Tell me about your Meniere's."),
        (
            "C",
            "It started about five years ago. I get attacks of vertigo, the room spins, I'm sick, I can't stand up. They last anything from half an hour to six hours. And I've got constant ringing in my ears, and my hearing's going.",
        ),
        ("A", "How often are the attacks?"),
        ("C", "It varies. Last month I had six. Some months it's two or three."),
        ("P", "And she's wiped out the day after. So it's two days gone each time."),
        ("A", "Do you get any warning?"),
        (
            "C",
            "Sometimes a fullness in my ear. Sometimes nothing, I just drop. I fell in the shower in January and cut my head.",
        ),
        ("A", "So how do you manage washing?"),
        ("C", "I only shower when Steve's in the house."),
        ("A", "Cooking?"),
        (
            "C",
            "I cook when I'm alright. But I sit on a perching stool, because if an attack comes on at the hob, well.",
        ),
        ("A", "Can you follow conversations?"),
        (
            "C",
            "One to one, in a quiet room, with my hearing aid, mostly. In a group, or a cafe, no. I lip read a lot.",
        ),
        ("A", "And the telephone?"),
        ("C", "I can't use the phone. Steve does all our calls."),
        ("A", "Getting out?"),
        (
            "C",
            "I don't drive any more, I surrendered my licence. I go out with Steve. I don't like going out alone in case I get an attack in the street. It's happened, and it was awful, I was on the pavement being sick.",
        ),
        ("A", "Okay. Any medication?"),
        ("C", "Betahistine, three times a day, and prochlorperazine when I have an attack."),
        ("A", "Thank you. It's five to twelve now. That's us finished."),
    ]
    report = [
        ("Video consultation, 11:50 to 12:40.", {IMP}),
        ("Present: the claimant and her husband, who repeated questions when needed.", {SUP}),
        (
            "She has Meniere's disease for about 5 years, with vertigo, tinnitus and hearing loss.",
            {SUP},
        ),
        ("Vertigo attacks last between 30 minutes and 2 hours.", {NC}),
        ("She reports 2 to 3 attacks a month.", {QD}),
        ("She reports that she always gets a warning before an attack.", {NS}),
        ("Activity 4 - Washing and bathing: She showers independently.", {QD}),
        ("Activity 1 - Preparing food: She cooks on good days, using a perching stool.", {SUP}),
        (
            "Activity 7 - Communicating verbally: She can follow group conversations with her hearing aid.",
            {NS},
        ),
        (
            "Informal observations: She heard and responded to all questions without repetition.",
            {IMP},
        ),
        (
            "Mobility 1 - Planning and following journeys: She goes out accompanied by her husband.",
            {SUP},
        ),
        ("Medication: betahistine twice daily; prochlorperazine during attacks.", {NC}),
    ]
    return turns, report


def _case_15():
    # WCA, face to face at an assessment centre, learning disability, advocate present, brisk assessor
    turns = [
        ("A", "Hello Ryan, I'm Doctor Evans. It's two o'clock. And you are?"),
        (
            "P",
            "I'm Joanne, Ryan's advocate from the local advocacy service. Ryan lives in supported living.",
        ),
        ("A", "Thank you. Ryan, can you tell me what you do in the day?"),
        ("C", "I go to the centre. On Tuesday. And Thursday. I do art."),
        ("A", "How do you get there?"),
        ("C", "The minibus."),
        (
            "P",
            "The day centre minibus picks him up from the door. He's never used a public bus on his own.",
        ),
        ("A", "Have you had a job, Ryan?"),
        ("C", "No. I did the cafe. For a bit."),
        (
            "P",
            "That was a two week work placement, with a job coach. He found it very hard. He got upset when the manager changed his tasks.",
        ),
        ("A", "Can you read, Ryan?"),
        ("C", "Some words. My name. Bus. Stop."),
        (
            "P",
            "He reads at about the level of a six or seven year old. He can't read his letters, the staff read them to him.",
        ),
        ("A", "Can you use money?"),
        ("C", "I give the card."),
        (
            "P",
            "He doesn't understand change. Staff manage his money. He has ten pounds a week in his wallet.",
        ),
        ("A", "Ryan, if the fire alarm went off, what would you do?"),
        ("C", "Um. I don't know. Hide?"),
        ("P", "He's left the cooker on a few times. He's not allowed to use it without staff now."),
        ("A", "Do you wash and dress yourself, Ryan?"),
        ("C", "Yes."),
        (
            "P",
            "He does, but staff have to remind him and check he's put clean clothes on. He'll put his jumper on inside out.",
        ),
        ("A", "Can you tell me what you had for breakfast?"),
        ("C", "Cereal. And juice."),
        ("A", "Okay. Thank you both. It's five past two."),
    ]
    report = [
        ("Face to face assessment, 14:00 to 14:05. He attended with his advocate.", {SUP}),
        ("He lives in supported living.", {SUP}),
        ("He attends a day centre 4 days a week.", {NC}),
        ("Getting about: He travels to the day centre by bus.", {QD}),
        ("He previously worked in a café for 6 months, supported by a job coach.", {NC}),
        ("Coping with change: He reports no difficulty with changes to his routine.", {NS}),
        ("Understanding communication: He can read simple words.", {QD}),
        (
            "Awareness of hazard: He stated he would leave the building if the fire alarm sounded.",
            {NS},
        ),
        ("He has left the cooker on several times and now uses it only with staff.", {SUP}),
        (
            "He washes and dresses himself, with reminders from staff, who check his clothing.",
            {SUP},
        ),
        ("Staff manage his money; he has £10 a week to spend.", {SUP}),
        (
            "Informal observations: He gave his history himself, without prompting or input from his advocate.",
            {IMP},
        ),
    ]
    return turns, report


def _case_16():
    # PIP, telephone, rheumatoid arthritis, alone, kind assessor
    turns = [
        (
            "A",
            "Good morning, is that Mr Robert Kaye? Hello, I'm Lisa, I'm a physiotherapist, calling for your PIP assessment. It's twenty past nine. Are you happy to go ahead, and is anyone with you?",
        ),
        ("C", "Yes, happy to. It's just me, the wife's at work."),
        ("A", "Tell me about your arthritis."),
        (
            "C",
            "Rheumatoid. Diagnosed eight years ago. It's in my hands, my wrists, my feet and my knees. My hands are the worst. In the mornings I can't make a fist for about two hours.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "Methotrexate injection once a week, twenty milligrams, and folic acid. I've just started on a biologic as well. And naproxen.",
        ),
        ("A", "How do you manage cooking?"),
        (
            "C",
            "I can't open jars or tins. I've got a jar opener, but even that's hard. I can't lift a full pan, so it's microwave stuff mostly. Chopping vegetables, no, my grip's gone.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "I get in the shower okay, but I can't wash my feet or my back. The wife does my hair and my back at weekends.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "Buttons and laces are impossible. I wear slip on shoes and polo shirts. It takes me about twenty minutes to get dressed in the mornings, because of the stiffness.",
        ),
        ("A", "Toilet?"),
        ("C", "Fine. I've got a raised seat."),
        ("A", "Reading and writing?"),
        ("C", "Reading's fine. Writing, I can only do a few lines before my hand seizes up."),
        ("A", "And walking?"),
        (
            "C",
            "About a hundred metres on a good day. On a bad day, when my feet are flaring, barely to the front gate. And that's most weeks, maybe three days a week.",
        ),
        ("A", "Managing money?"),
        ("C", "No problem with that."),
        (
            "A",
            "Thanks, Robert. I'm sorry you're going through all this. It's twenty five past nine, I'll let you go.",
        ),
    ]
    report = [
        ("Telephone consultation, 09:20 to 09:25. The claimant was alone.", {SUP}),
        (
            "Rheumatoid arthritis diagnosed 8 years ago, affecting his hands, wrists, feet and knees.",
            {SUP},
        ),
        ("He reports morning stiffness in his hands lasting about 30 minutes.", {NC}),
        (
            "Medication: methotrexate 20 mg weekly injection with folic acid, a recently started biologic, and naproxen.",
            {SUP},
        ),
        ("Activity 1 - Preparing food: He uses a jar opener and prepares microwave meals.", {QD}),
        ("Activity 4 - Washing and bathing: He showers independently.", {QD}),
        ("Activity 6 - Dressing: He dresses in about 5 minutes, wearing slip-on shoes.", {NC}),
        ("Activity 5 - Managing toilet needs: He uses a raised toilet seat.", {SUP}),
        ("He reports no difficulty with writing.", {NS}),
        ("Mobility 2 - Moving around: He can walk about 100 metres.", {QD}),
        ("Variability: He reports bad days on about 1 day a week.", {NC}),
        ("Informal observations: Swelling of the finger joints was noted.", {IMP}),
    ]
    return turns, report


def _case_17():
    # PIP review, home visit, Parkinson's disease, son present, kind assessor
    turns = [
        (
            "A",
            "Hello Mrs Byrne, I'm Owen, I'm a paramedic, and I'm here for your PIP review. Thanks for having me. It's four o'clock. And is this your son?",
        ),
        (
            "P",
            "Yes, I'm Kevin. I live round the corner. I come in every morning and every evening.",
        ),
        ("A", "Tell me about your Parkinson's."),
        (
            "C",
            "I was diagnosed, oh, seven years ago now. The tremor's mostly in my right hand. And I freeze. My feet just stop and I can't get them going again.",
        ),
        ("A", "How often do you freeze?"),
        ("C", "Every day. Doorways are the worst."),
        (
            "P",
            "She's had four falls since Christmas. One time she was on the floor for an hour before I found her.",
        ),
        ("A", "What medication do you take?"),
        (
            "C",
            "Sinemet, five times a day. Kevin set alarms on my phone for them. If I'm late with a dose I seize up.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I can't really. With the tremor, I'd spill boiling water. Kevin brings meals round and I heat them in the microwave.",
        ),
        ("A", "Eating?"),
        ("C", "I manage, but I use a spoon and a plate with a lip. Soup's a disaster."),
        ("A", "Washing?"),
        ("C", "I have a strip wash. Kevin's wife helps me have a shower on a Sunday."),
        ("A", "Dressing?"),
        ("C", "Kevin does my buttons in the morning. And my tights. I can do a cardigan."),
        ("A", "And your speech?"),
        ("C", "My voice has gone very quiet. People on the phone say pardon a lot."),
        ("A", "Walking?"),
        (
            "C",
            "Round the house with my frame. Outside, I don't really go out. Just to the car with Kevin, and that's ten steps.",
        ),
        ("A", "Could I see you walk to the kitchen and back with your frame?"),
        ("C", "Alright. Give me a minute to get going. There. Oh. I've stuck. Hang on."),
        ("P", "Count it, Mum. One, two, one, two."),
        ("C", "There we go."),
        ("A", "Thank you, that's really helpful. It's five past four, we're done. Thank you both."),
    ]
    report = [
        ("Home visit, 16:00 to 16:05. Present: the claimant and her son.", {SUP}),
        (
            "Parkinson's disease diagnosed 7 years ago, with right-hand tremor and freezing of gait.",
            {SUP},
        ),
        ("She reports freezing episodes a few times a week.", {NC}),
        ("She has had 2 falls since Christmas.", {NC}),
        ("Activity 3 - Managing therapy: She takes Sinemet 3 times a day.", {NC}),
        ("She manages her medication independently.", {QD}),
        ("Activity 1 - Preparing food: She is able to prepare meals using a microwave.", {QD}),
        ("Activity 2 - Taking nutrition: She eats using a spoon and a plate with a lip.", {SUP}),
        (
            "Activity 4 - Washing and bathing: She strip washes and is helped to shower once a week.",
            {SUP},
        ),
        ("Activity 6 - Dressing: She dresses independently.", {NS}),
        (
            "Informal observations: She walked to the kitchen and back with her frame; gait normal, with no freezing observed.",
            {IMP},
        ),
        (
            "Mobility 1 - Planning and following journeys: She rarely goes out, other than to the car with her son.",
            {SUP},
        ),
    ]
    return turns, report


def _case_18():
    # WCA, telephone, OCD and depression, nervous claimant, alone, kind assessor
    turns = [
        (
            "A",
            "Hi Sophie, it's Martin from the assessment service, calling for your work capability assessment. It's quarter to eleven. How are you feeling today?",
        ),
        ("C", "Nervous. Sorry. I've written some notes."),
        ("A", "That's absolutely fine, take your time. What's your main condition?"),
        (
            "C",
            "OCD, and depression. The OCD is mostly contamination, and checking. I wash my hands, um, probably forty or fifty times a day. They crack and bleed.",
        ),
        ("A", "How long does it take you to leave the house?"),
        (
            "C",
            "If I go out at all, about two hours. I have to check the door, the taps, the plugs. Over and over. Some days I give up and don't go.",
        ),
        ("A", "How many days a week do you go out?"),
        ("C", "One, maybe two. Usually it's just to my mum's, she lives on the next street."),
        ("A", "Could you go somewhere new?"),
        (
            "C",
            "Only with my mum. I had a panic attack on the train last year and I haven't been on one since.",
        ),
        ("A", "How's your mood?"),
        (
            "C",
            "Low. I'm on fluoxetine, sixty milligrams. I see a psychologist every two weeks. Um, I sometimes think everyone would be better off without me. But I wouldn't act on it.",
        ),
        ("A", "How do you manage tasks at home?"),
        (
            "C",
            "I start things and don't finish them. Cleaning, I'll clean one bit for hours and leave the rest. My mum comes round and does my washing.",
        ),
        ("A", "What about eating?"),
        (
            "C",
            "I eat once a day. I'm scared of food being contaminated, so only things in sealed packets.",
        ),
        ("A", "And seeing people?"),
        (
            "C",
            "I don't see anyone except my mum. I used to work in a nursery, but I had to leave because of the hand washing.",
        ),
        ("A", "Okay, Sophie, you've done really well. It's ten to eleven, we'll stop there."),
    ]
    report = [
        ("Telephone assessment, 10:45 to 10:50.", {SUP}),
        ("Her mother was present during the call.", {IMP}),
        (
            "She has obsessive-compulsive disorder with contamination fears and checking rituals, and depression.",
            {SUP},
        ),
        ("She washes her hands about 10 times a day.", {NC}),
        ("It takes her about 20 minutes to leave the house because of checking.", {NC}),
        ("She goes out 1 or 2 days a week, usually to her mother's, who lives nearby.", {SUP}),
        ("Getting about: She is able to travel by train to unfamiliar places.", {NS}),
        ("Medication: fluoxetine 20 mg daily; she sees a psychologist every 2 weeks.", {NC}),
        ("She denies any thoughts that others would be better off without her.", {NS}),
        ("Initiating and completing personal action: She does her own cleaning.", {QD}),
        ("She eats regularly.", {QD}),
        ("She previously worked in a nursery.", {SUP}),
        ("Mental state: She was smartly dressed and her hands appeared normal.", {IMP}),
    ]
    return turns, report


def _case_19():
    # PIP, video, hypermobile EDS and POTS, partner present off screen, careless assessor
    turns = [
        (
            "A",
            "Hi, I'm Rachel, a nurse. Can you see me okay? Good. This is your PIP assessment by video call. It's twenty past two. Is anyone with you?",
        ),
        ("C", "My partner Alex is here, just off screen."),
        ("P", "Hello."),
        ("A", "Tell me about your conditions."),
        (
            "C",
            "I've got hypermobile Ehlers Danlos syndrome, and POTS. My joints dislocate, my shoulders and my kneecaps mostly, a few times a month. And when I stand up, my heart rate goes up to about a hundred and forty and I go dizzy.",
        ),
        ("A", "Do you use any aids?"),
        ("C", "A wheelchair outside. Splints on my wrists and fingers. Knee braces on some days."),
        ("A", "How about cooking?"),
        (
            "C",
            "I can't lift a pan, my wrists sublux. And standing at the hob, I'd pass out. Alex does the cooking. I can make a sandwich if I'm sitting down.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "I've got a shower chair. Alex helps me wash my hair, because holding my arms up makes my shoulders slip out.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I sit down to dress. I need help with bras, and anything over my head. And socks, if my hips are bad.",
        ),
        ("A", "How often are your hips bad?"),
        ("P", "Most days. I'd say I help her with socks five or six days out of seven."),
        ("A", "And getting around?"),
        (
            "C",
            "Indoors I walk holding on to the walls. Maybe ten metres, then I need to sit, because of the POTS. Outside, always the wheelchair, and Alex pushes it. I can't push myself because of my shoulders.",
        ),
        ("A", "Do you go out alone?"),
        ("C", "No. Never. I passed out in a shop last year."),
        ("A", "And are you studying at the moment?"),
        ("C", "I was at uni, but I've had to suspend. I couldn't manage it."),
        ("A", "Okay, I'll finish there. It's twenty five past two. Thanks."),
    ]
    report = [
        ("Video consultation, 14:20 to 15:10.", {IMP}),
        ("The claimant attended alone.", {IMP}),
        (
            "She has hypermobile Ehlers-Danlos syndrome and POTS, with shoulder and knee dislocations a few times a year.",
            {NC},
        ),
        ("On standing her heart rate rises to about 140 and she becomes dizzy.", {SUP}),
        ("She uses a wheelchair outdoors and splints on her wrists and fingers.", {SUP}),
        ("Activity 1 - Preparing food: She is able to prepare a sandwich.", {QD}),
        (
            "Activity 4 - Washing and bathing: She uses a shower chair and washes her own hair.",
            {NS},
        ),
        (
            "Activity 6 - Dressing: She dresses seated and needs help with bras and overhead clothing.",
            {SUP},
        ),
        ("Her partner helps her with socks on 2 to 3 days a week.", {NC}),
        (
            "Mobility 2 - Moving around: She walks indoors holding on to furniture for about 50 metres.",
            {NC, QD},
        ),
        ("She self-propels her wheelchair outdoors.", {NS}),
        ("She has suspended her university studies.", {SUP}),
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

FIRSTXSEED = 46000


def make_case_46(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
