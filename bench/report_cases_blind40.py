"""Blind held-out evaluation set 42: twenty synthetic assessment consultations with the reports written after them.

Each case is a complete spoken consultation (assessor "A", claimant "C" and, in some cases, a companion "P")
written as people speak, with numbers as words, so that it can be synthesised by text-to-speech and
transcribed by a small speech recogniser. Each case comes with the written report an assessor produced
afterwards (PIP PA4 or WCA ESA85 style wording: third person, activity headings, informal observations,
mental state and physical examination), split into statements. Every statement is labelled with the kinds
of departure from the recording that apply: number_changed, qualifier_dropped, never_said, impossible,
or supported.

The set was written blind, from public background on the report formats, descriptors and thresholds only,
without reference to the tool under evaluation or to any other evaluation set. The dialogue of each case is
the whole recording: any start and end times a report states are consistent with, or contradict, the times
spoken aloud in that dialogue.

Channels: telephone, video (including one with the claimant's camera off), face to face at an assessment
centre, and home visits. Benefits: PIP and the ESA / Universal Credit work capability assessment.
Conditions: fibromyalgia, COPD, multiple sclerosis, depression and anxiety, schizophrenia, learning
disability, glaucoma, lumbar disc prolapse with sciatica, stroke with aphasia, ME/CFS, epilepsy, PTSD,
rheumatoid arthritis, autism with social anxiety, heart failure, Crohn's disease, Meniere's disease,
Parkinson's disease, panic disorder with agoraphobia and OCD, knee osteoarthritis with diabetic neuropathy.
Companions: partners, a parent, an adult son, a friend, a support worker, an advocate, a daughter and an
agency carer; several claimants are alone. Assessors vary from kind to brisk to careless; claimants ramble,
hesitate, correct themselves or let their companion answer.
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
    # PIP, telephone, fibromyalgia, claimant alone, kind assessor
    turns = [
        (
            "A",
            "Good morning, this is your assessment for Personal Independence Payment. My name is Karen, I'm a nurse with the assessment service. It's just gone ten o'clock. Before we start, are you happy for the call to be recorded?",
        ),
        ("C", "Yes, that's fine. I asked for it to be recorded, actually."),
        ("A", "Lovely. Is anyone with you today?"),
        ("C", "No, it's just me. My husband's at work."),
        ("A", "Okay. Can you tell me about your main condition?"),
        (
            "C",
            "It's fibromyalgia. I was diagnosed about four years ago. The pain is all over, but mostly my back and my hips, and I get really tired.",
        ),
        ("A", "And what medication are you on?"),
        (
            "C",
            "Pregabalin, a hundred and fifty milligrams twice a day, and amitriptyline at night, twenty milligrams.",
        ),
        ("A", "Thank you. Let's talk about cooking. Do you prepare your own meals?"),
        (
            "C",
            "Um, sometimes. On a good day I can do something simple, like beans on toast. But I have to sit down halfway through because my back goes. On bad days my husband makes something before he leaves.",
        ),
        ("A", "How many bad days would you say you have?"),
        ("C", "Most of the week, honestly. Maybe four or five days out of seven."),
        ("A", "And washing, bathing?"),
        (
            "C",
            "I shower, but I've got a stool in there and I sit on it. I can't keep my arms up to wash my hair, so I only wash it about once a week, and my husband helps me rinse it.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I can get dressed, but it takes me ages, maybe half an hour, and I have to stop in the middle. Socks are the worst. I use one of those sock aids.",
        ),
        ("A", "Okay. How about getting out and about? How far can you walk?"),
        (
            "C",
            "Not far. To the end of my road, which is, I don't know, maybe fifty metres? Then I have to stop and lean on something. And that's with my stick.",
        ),
        ("A", "How long would you need to stop for?"),
        ("C", "A few minutes. Five minutes maybe, until the pain settles."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Yes, I go out on my own, I'm not anxious about it, it's just the pain. I drive short distances, to the corner shop.",
        ),
        ("A", "Right. And do you manage your own tablets?"),
        ("C", "Yes, I've got a dosette box, I do that myself."),
        (
            "A",
            "Thank you. That's all the questions I have. It's about five past ten now, so we'll end there.",
        ),
        ("C", "Okay. Thank you."),
    ]
    report = [
        ("Telephone consultation. The claimant was alone; no companion was present.", {SUP}),
        ("Consultation start time 10:00, end time 10:55.", {IMP}),
        (
            "She has fibromyalgia, diagnosed around four years ago, with widespread pain mainly affecting her back and hips, and fatigue.",
            {SUP},
        ),
        ("Medication: pregabalin 150 mg once daily and amitriptyline 20 mg at night.", {NC}),
        (
            "Activity 1 - Preparing food: She states she is able to prepare a simple meal such as beans on toast.",
            {QD},
        ),
        ("Variability: She reports bad days on two or three days a week.", {NC}),
        (
            "Activity 4 - Washing and bathing: She showers using a shower stool and washes her hair once a week.",
            {QD},
        ),
        (
            "Activity 6 - Dressing: She dresses herself using a sock aid, stopping part way, and this takes her about ten minutes.",
            {NC},
        ),
        (
            "Mobility 2 - Moving around: She can walk approximately 50 metres with a walking stick before she has to stop because of pain.",
            {SUP},
        ),
        ("She reports walking her dog in the local park most mornings.", {NS}),
        ("Mobility 1: She goes out alone and drives short distances to the local shop.", {SUP}),
        (
            "Informal observations: She was observed to sit comfortably throughout the call without needing to change position.",
            {IMP},
        ),
        (
            "Activity 3 - Managing therapy: She manages her own medication using a dosette box.",
            {SUP},
        ),
    ]
    return turns, report


def _case_01():
    # WCA (UC), face to face at an assessment centre, COPD, wife present, brisk assessor
    turns = [
        (
            "A",
            "Morning. I'm Doctor Patel, I'll be doing your work capability assessment. It's half past nine. Who's this with you?",
        ),
        ("C", "This is my wife, Linda. She comes everywhere with me now."),
        ("P", "Hello."),
        ("A", "Okay. You've got COPD. When was that diagnosed?"),
        ("C", "About six years ago. It's got a lot worse the last two years."),
        ("A", "Inhalers?"),
        (
            "C",
            "Yeah, the brown one twice a day, and the blue one, I use that, oh, eight, ten times a day. More when it's cold.",
        ),
        ("A", "Any hospital admissions?"),
        ("C", "Two last winter, with chest infections. One of them was a whole week."),
        ("A", "Right. Walking. How far can you walk on the flat?"),
        (
            "C",
            "Um, from the car park to here, I had to stop twice. That's, what, thirty, forty metres?",
        ),
        ("P", "You stopped three times, love. He was leaning on the railings."),
        ("C", "Yeah, three times. I get so out of breath I can't talk."),
        ("C", "Sorry. Give me a minute. I just need to get my breath back."),
        ("A", "Take your time. Stairs?"),
        (
            "C",
            "I can do one flight, but I have to stop halfway and I'm wheezing at the top. We've moved my bed downstairs now.",
        ),
        ("A", "Standing and sitting. Can you sit for an hour?"),
        (
            "C",
            "Sitting's not the problem. Standing, I can stand maybe ten minutes, then I need to sit down, because of my breathing.",
        ),
        ("A", "Lifting and carrying?"),
        (
            "C",
            "I can't carry the shopping. Linda carries it. I can lift a bag of sugar, a kilo, but not a full shopping bag, no.",
        ),
        ("A", "Your hands. Picking things up, writing?"),
        ("C", "Hands are fine."),
        ("A", "Do you smoke?"),
        ("C", "I stopped. Three years ago."),
        ("P", "He still has the odd one, to be honest."),
        ("C", "Well, one or two. When I'm stressed."),
        ("A", "Okay. Anything else?"),
        ("P", "He gets very low. He hardly goes out at all now."),
        ("A", "Right, that's everything. It's twenty five to ten. You can go."),
    ]
    report = [
        (
            "Face to face assessment at the assessment centre. The claimant attended with his wife.",
            {SUP},
        ),
        ("The assessment commenced at 09:30 and was completed at 10:20.", {IMP}),
        ("He has had COPD for six years, with deterioration over the last two years.", {SUP}),
        (
            "He uses his reliever inhaler two to three times a day and a preventer inhaler twice daily.",
            {NC},
        ),
        (
            "Mobilising: He reports walking from the car park to the assessment room, approximately 40 metres, stopping once to rest.",
            {NC},
        ),
        ("He is able to climb one flight of stairs.", {QD}),
        (
            "Standing and sitting: He reports no difficulty sitting and can stand for around ten minutes before needing to sit because of breathlessness.",
            {SUP},
        ),
        ("Lifting and carrying: He states he is able to carry a light bag of shopping.", {NS}),
        ("Manual dexterity: No problems with his hands were reported.", {SUP}),
        ("He is an ex-smoker, having stopped three years ago.", {QD}),
        (
            "Informal observations: He was not breathless at rest and spoke in full sentences throughout the assessment.",
            {IMP},
        ),
        ("His wife reports that he has low mood and rarely goes out.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, relapsing remitting multiple sclerosis, husband present, kind assessor
    turns = [
        (
            "A",
            "Hello, thank you for letting me into your home. I'm Sam, I'm a physiotherapist, and I'm carrying out your PIP assessment. Is it alright if I sit here?",
        ),
        ("C", "Of course. This is my husband, Mark."),
        ("P", "Hi."),
        ("A", "Can you tell me about your MS?"),
        (
            "C",
            "It's relapsing remitting. I was diagnosed in twenty eighteen. I get relapses maybe twice a year, and in between I've got constant fatigue, and my legs are weak, especially the left one.",
        ),
        ("A", "How does it vary from day to day?"),
        (
            "C",
            "It's really up and down. Some days I'm okay in the morning, then by lunchtime I can barely lift my feet. I'd say the bad days are more than half the week.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Not really, not anymore. I can make a cup of tea. Mark cooks in the evenings. If I try to cook I get too tired to stand, and I dropped a pan of boiling water last year.",
        ),
        ("P", "She burnt her arm quite badly. I don't like her using the hob when I'm not here."),
        ("A", "Eating, any problems?"),
        (
            "C",
            "No, eating's fine, although sometimes I need things cut up, when my right hand goes numb.",
        ),
        ("A", "How often is your hand numb?"),
        ("C", "Probably one or two days a week."),
        ("A", "And your toilet needs?"),
        (
            "C",
            "I've got urgency. I have to go, like, ten or twelve times a day, and sometimes I don't make it. I wear pads.",
        ),
        ("A", "Okay. Moving around. How far can you walk?"),
        (
            "C",
            "Around the house, holding onto the furniture. Outside I use a rollator, and I can get to the bus stop, which is about a hundred metres, on a good day. On a bad day I can't get to the end of the path.",
        ),
        ("P", "And she has to sit down on the rollator seat two or three times on the way."),
        ("A", "Do you use a wheelchair at all?"),
        ("C", "We've got one for longer trips. Mark pushes me."),
        (
            "A",
            "Alright. Could you stand up and walk over to the kitchen door for me, if you're able?",
        ),
        ("C", "I'll try. Mark, can you pass me the frame? I can't do it without it."),
        ("P", "Here you are."),
        (
            "A",
            "Thank you, that's fine, you can sit back down when you're ready. I'm going to finish there.",
        ),
    ]
    report = [
        ("Home visit. Present: the claimant and her husband.", {SUP}),
        (
            "She has relapsing remitting multiple sclerosis, diagnosed in 2018, with around four relapses a year.",
            {NC},
        ),
        ("She reports constant fatigue and weakness in both legs, worse on the left.", {SUP}),
        (
            "Activity 1 - Preparing food: She is able to use the hob and prepares simple meals and hot drinks.",
            {NS},
        ),
        ("Her husband cooks in the evenings.", {SUP}),
        (
            "Activity 2 - Taking nutrition: She needs her food cut up on three to four days a week because of numbness in her right hand.",
            {NC},
        ),
        (
            "Activity 5 - Managing toilet needs: She reports urinary urgency, passing urine ten to twelve times a day.",
            {QD},
        ),
        (
            "Mobility 2: She walks outdoors with a rollator and can reach the bus stop, approximately 100 metres away.",
            {QD},
        ),
        ("Her husband states that she stops to rest once on the way to the bus stop.", {NC}),
        ("She uses a wheelchair for longer trips, pushed by her husband.", {SUP}),
        (
            "She was observed to rise from the chair and walk to the kitchen door and back without a walking aid, with a normal gait.",
            {IMP},
        ),
        (
            "Variability: She describes her symptoms as fluctuating, with bad days on more than half of the week.",
            {SUP},
        ),
    ]
    return turns, report


def _case_03():
    # PIP, video with the claimant's camera not working, depression and anxiety, claimant alone
    turns = [
        (
            "A",
            "Hi there, can you hear me okay? I'm Joanne, I'm an occupational therapist, and I'll be doing your PIP assessment by video today.",
        ),
        (
            "C",
            "Yeah, I can hear you. Um, my camera's not working, sorry. I tried, it just shows a black screen.",
        ),
        ("A", "That's okay, we can carry on with just the audio. Is anyone with you?"),
        ("C", "No. I live on my own."),
        ("A", "Can you tell me about your mental health?"),
        (
            "C",
            "I've had depression since I was about twenty. I'm thirty four now. And anxiety, panic attacks. It's got worse since my mum died, two years ago.",
        ),
        ("A", "Do you see anyone for it?"),
        (
            "C",
            "The community mental health team. A nurse comes every two weeks. I'm on sertraline, a hundred milligrams.",
        ),
        ("A", "How are you sleeping?"),
        ("C", "Badly. I get maybe three or four hours. I just lie awake."),
        ("A", "Do you cook for yourself?"),
        (
            "C",
            "Um, not really. I eat a lot of cereal. Sometimes I don't eat all day because I just, I don't have the motivation. My sister comes round on Sundays and makes something and leaves it in the fridge.",
        ),
        ("A", "And washing?"),
        (
            "C",
            "I know I should. I probably shower once a week, maybe. My sister nags me. It's when she reminds me that I do it.",
        ),
        ("A", "What about bills, money?"),
        (
            "C",
            "I can do small things, paying at the shop. But letters, I just don't open them. There's a pile. My sister sorts the bills out.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Only to the corner shop, and only late at night, when there's no one about. If I have to go somewhere new, I can't, I'll have a panic attack. I missed my GP appointment last month because of that.",
        ),
        ("A", "Have you had any thoughts of harming yourself?"),
        (
            "C",
            "Sometimes. I've got no plans or anything. I just think everyone would be better off.",
        ),
        ("A", "Thank you for telling me that. Have you got support if you feel like that?"),
        ("C", "I've got the crisis number. And my sister."),
        ("A", "Do you meet up with friends?"),
        (
            "C",
            "No. I used to play football. I haven't seen anyone apart from my sister for months.",
        ),
        ("A", "Okay. That's all my questions. Thank you."),
    ]
    report = [
        ("Video consultation conducted with audio and video. The claimant was alone.", {IMP}),
        (
            "He has had depression since the age of twenty, and anxiety with panic attacks, worse since his mother died two years ago.",
            {SUP},
        ),
        ("He is under the community mental health team and is seen by a nurse monthly.", {NC}),
        ("Medication: sertraline 100 mg.", {SUP}),
        ("He reports sleeping around five to six hours a night.", {NC}),
        (
            "Activity 1 - Preparing food: He eats cereal, and his sister cooks a meal on Sundays and leaves it in the fridge for him.",
            {SUP},
        ),
        ("Activity 4 - Washing and bathing: He showers once a week.", {QD}),
        ("Activity 10 - Making budgeting decisions: He manages his own bills.", {NS}),
        (
            "Mobility 1 - Planning and following journeys: He goes to the corner shop on his own.",
            {QD},
        ),
        ("He reports that he attends his GP appointments.", {NS}),
        (
            "Mental state examination: Well kempt and appropriately dressed, good eye contact, reactive affect.",
            {IMP},
        ),
        (
            "He disclosed occasional thoughts that others would be better off without him, with no plans; he has the crisis number and his sister for support.",
            {SUP},
        ),
    ]
    return turns, report


def _case_04():
    # WCA, telephone, schizophrenia, support worker present and answering, careless assessor
    turns = [
        (
            "A",
            "Hello, is that Mr Okafor? I'm calling about your work capability assessment. My name's Steve, I'm a paramedic by background. Okay to go ahead?",
        ),
        ("C", "Yes. My support worker is here, she's going to help me."),
        (
            "P",
            "Hi, I'm Rachel, I'm his support worker from the housing project. I see him three times a week.",
        ),
        ("A", "Okay, fine. Tell me about your condition."),
        (
            "C",
            "Schizophrenia. I hear voices. Um, they're there most of the time. They tell me people are watching me.",
        ),
        ("A", "Medication?"),
        ("C", "I have an injection, every two weeks, at the clinic."),
        (
            "P",
            "It's a depot, every fortnight. And he takes olanzapine at night as well, ten milligrams.",
        ),
        (
            "A",
            "Right. Can you concentrate on things, say, watch a TV programme all the way through?",
        ),
        ("C", "No. I can't follow it. The voices are too loud. Maybe ten minutes."),
        ("A", "Do you use public transport?"),
        ("C", "Only with Rachel. On my own I get off, I think people are talking about me."),
        (
            "P",
            "He tried to go to the job centre on his own in March, and he got off two stops early and walked home. He was really distressed.",
        ),
        ("A", "Can you cope with changes to your routine?"),
        ("C", "Not really. If my appointment moves I, I get very scared."),
        (
            "P",
            "When his clinic time changed last month he didn't sleep for two nights and rang me about fifteen times.",
        ),
        ("A", "How do you get on with other people?"),
        (
            "C",
            "I don't talk to people. I stay in my flat. The neighbours, I think they're, um, no. I don't talk to them.",
        ),
        ("A", "Ever been aggressive to anyone?"),
        (
            "P",
            "There was an incident last year when he shouted at a neighbour and the police were called, but nobody was hurt.",
        ),
        ("A", "Right. Personal care, does he look after himself okay?"),
        ("P", "I have to remind him to wash and change his clothes, otherwise he won't."),
        ("A", "Okay, I think that's all I need."),
    ]
    report = [
        (
            "Telephone assessment. The claimant was accompanied by his support worker, who sees him three times a week.",
            {SUP},
        ),
        ("He has schizophrenia and reports hearing voices most of the time.", {SUP}),
        ("He receives a depot injection monthly and takes olanzapine 10 mg at night.", {NC}),
        (
            "Coping with change: He states he can usually cope with minor changes to his routine.",
            {NS},
        ),
        ("Getting about: He is able to use public transport.", {QD}),
        ("He can concentrate on a television programme for about thirty minutes.", {NC}),
        (
            "Coping with social engagement: He does not speak to his neighbours and mostly stays in his flat.",
            {SUP},
        ),
        (
            "Appropriateness of behaviour with other people: There is no history of aggressive behaviour.",
            {NS},
        ),
        (
            "Informal observations: He was well presented, maintained good eye contact and showed no evidence of responding to unseen stimuli.",
            {IMP},
        ),
        ("Personal care: His support worker prompts him to wash and change his clothes.", {SUP}),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at an assessment centre, learning disability, mother (appointee) answers
    turns = [
        (
            "A",
            "Hello, come through. I'm Dave, I'm a nurse. It's ten o'clock, so we're right on time. Please take a seat. And you are?",
        ),
        ("P", "I'm her mum, Sue. I'm her appointee."),
        ("A", "Okay. Hello Chloe, how are you today?"),
        ("C", "Good. I came on the bus."),
        ("P", "We came on the bus together. She can't do the bus on her own."),
        ("A", "Chloe, can you tell me what you do in the day?"),
        ("C", "I go to college. On Tuesday and Thursday. I do cooking and art."),
        (
            "P",
            "It's a supported learning course, two days a week. She has a support worker there with her.",
        ),
        ("A", "Can you cook at home, Chloe?"),
        ("C", "I can make toast. And noodles."),
        (
            "P",
            "She can use the microwave if I set it for her. She doesn't understand the numbers on it. She left the hob on once and the pan caught fire, so she doesn't use the cooker.",
        ),
        (
            "A",
            "Okay. Chloe, if you bought something for one pound twenty and paid with a five pound note, how much change would you get?",
        ),
        ("C", "Um. Two pounds?"),
        (
            "P",
            "She can't really do money. I give her ten pounds a week for college, and I put it in a purse for her.",
        ),
        ("A", "And reading?"),
        ("P", "She can read simple words, her name, our address, but not letters or forms."),
        ("A", "Does she wash herself?"),
        (
            "P",
            "She showers, but I have to run it and check the temperature, and tell her to wash her hair, she forgets. Otherwise she'd just stand under it.",
        ),
        ("A", "Chloe, do you have friends?"),
        ("C", "Yes. Megan. At college."),
        (
            "P",
            "She's very trusting. She'll go off with anyone who's nice to her. Someone took her phone last year, she just gave it to them.",
        ),
        ("A", "How does she get to college?"),
        ("P", "The college minibus picks her up. She's never gone out alone."),
        ("A", "Okay. Thank you both. It's five past ten, so we're done."),
    ]
    report = [
        (
            "Face to face consultation. The claimant attended with her mother, who is her appointee.",
            {SUP},
        ),
        ("Consultation start 10:00, end 10:05.", {SUP}),
        ("She travelled to the assessment centre on the bus on her own.", {NS}),
        ("She attends college four days a week, where she studies cooking and art.", {NC}),
        (
            "Activity 1 - Preparing food: She can make toast and noodles and uses the microwave.",
            {QD},
        ),
        (
            "Activity 10 - Making budgeting decisions: When tested, she correctly calculated the change due from a simple purchase.",
            {IMP},
        ),
        ("Her mother gives her twenty pounds a week for college.", {NC}),
        ("Activity 7 - Reading: She can read simple words such as her name and address.", {SUP}),
        ("Activity 4 - Washing and bathing: She has a shower and washes her hair.", {QD}),
        ("Activity 9 - Engaging with others: She has a friend at college called Megan.", {SUP}),
        ("Her mother has no concerns about her safety with strangers.", {NS}),
        (
            "Informal observations: She answered all questions herself, without any input from her mother.",
            {IMP},
        ),
        (
            "Mobility 1: The college minibus takes her to college, and she has never gone out alone.",
            {SUP},
        ),
    ]
    return turns, report


def _case_06():
    # PIP, telephone, glaucoma (severe sight impairment), adult son present
    turns = [
        (
            "A",
            "Good afternoon, my name is Priya, I'm calling for your PIP assessment. It's two o'clock. Can I check who I'm speaking to?",
        ),
        ("C", "Yes, it's me, Graham. My son Tom is here with me, you're on speaker."),
        ("P", "Hello."),
        ("A", "Thank you. Graham, tell me about your eyesight."),
        (
            "C",
            "I've got glaucoma in both eyes. I was registered severely sight impaired last year. I've got a bit of central vision in my left eye, but it's like looking through a straw. The right eye is nearly gone.",
        ),
        ("A", "Do you use any aids?"),
        (
            "C",
            "A long cane when I'm out. And I've got a talking watch, and a magnifier at home, but that's getting less useful.",
        ),
        ("A", "Can you read your post?"),
        (
            "C",
            "No. Tom reads it to me. Or I use an app on my phone that reads it out, but it gets things wrong, so I don't trust it for anything important.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I can use the microwave, I've got bump ons, little dots on the buttons. I don't use the hob. I burnt myself twice.",
        ),
        ("P", "He has ready meals mostly. I cook on Sundays and batch cook for him."),
        ("A", "Getting out. Do you go out on your own?"),
        (
            "C",
            "Only routes I know really well. To the shop at the end of the road and back, that's about a hundred and fifty metres, with the cane. Anywhere else, Tom takes me, or I don't go.",
        ),
        (
            "P",
            "He walked into a bollard in January and cut his head. He's lost a lot of confidence.",
        ),
        ("A", "Physically, any problems walking?"),
        ("C", "No, physically my legs are fine."),
        ("A", "Bathing, dressing?"),
        (
            "C",
            "I manage the shower. Dressing, I have to have my clothes laid out in order. My shirts, I can't tell the colours, so Tom labels them.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Eye drops, two different ones, three times a day in total. I can't see to put them in properly, I miss. Tom does the evening ones.",
        ),
        ("A", "Okay, thank you, that's everything I need. It's just coming up to five past two."),
    ]
    report = [
        ("Telephone consultation, 14:00 to 14:05. The claimant was accompanied by his son.", {SUP}),
        (
            "He has glaucoma in both eyes and was registered severely sight impaired last year.",
            {SUP},
        ),
        (
            "Activity 7 - Reading: He is able to read his post using a text reading app on his phone.",
            {QD},
        ),
        (
            "Activity 1 - Preparing food: He prepares his meals using the microwave and the hob.",
            {NS},
        ),
        ("He reports burning himself on one occasion.", {NC}),
        (
            "Mobility 1: He walks alone to the local shop, approximately 500 metres away, using a long cane.",
            {NC},
        ),
        ("He is able to plan and follow unfamiliar routes on his own.", {NS}),
        ("Mobility 2: He reports no physical difficulty with walking.", {SUP}),
        ("Activity 6 - Dressing: He dresses himself.", {QD}),
        ("Activity 3 - Managing therapy: He administers his own eye drops twice a day.", {NC, QD}),
        (
            "Informal observations: He was observed to move around the room and find his seat without difficulty.",
            {IMP},
        ),
        (
            "His son reports that he walked into a bollard in January and has lost confidence.",
            {SUP},
        ),
    ]
    return turns, report


def _case_07():
    # WCA, face to face at an assessment centre, lumbar disc prolapse with sciatica, alone, brisk assessor
    turns = [
        (
            "A",
            "Right, Mr Hughes, have a seat. I'm the healthcare professional doing your assessment today. How did you get here?",
        ),
        (
            "C",
            "My neighbour dropped me off, he's waiting in the car. Um, can I stand for a bit? Sitting's killing me.",
        ),
        ("A", "Whatever's comfortable. So, your back."),
        (
            "C",
            "I had a disc prolapse two years ago, the L five S one. I was a forklift driver, in a warehouse. I had surgery last March but it didn't really help. The pain goes right down my left leg to my foot.",
        ),
        ("A", "Painkillers?"),
        (
            "C",
            "Co-codamol, thirty five hundred, two tablets four times a day. And naproxen. And they've put me on gabapentin, three hundred milligrams, three times a day.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "Twenty minutes, if that. Then I've got to get up and walk about. At home I lie on the floor a lot, it's the only thing that helps.",
        ),
        ("A", "And walking?"),
        (
            "C",
            "I walk to the end of the street, slowly. Maybe eighty metres. I can do it, but then I'm in agony for the rest of the day. I couldn't do it twice.",
        ),
        ("A", "Okay. Can you bend down and pick something up off the floor?"),
        ("C", "Not without holding on to something. I use a grabber for anything on the floor."),
        ("A", "Can you lift an empty cardboard box?"),
        (
            "C",
            "An empty box, yes. A full one, no chance. I can lift a kettle with a bit of water in.",
        ),
        (
            "A",
            "Right. Quick examination. Can you stand up... oh, you're already standing. Bend forward as far as you can.",
        ),
        ("C", "Ah. That's about it."),
        (
            "A",
            "Okay, fingertips to the knees. Lean back? Okay. Now sit on the couch and lift your leg up straight. The left one.",
        ),
        ("C", "No, that's, ow. That's as far as it goes."),
        ("A", "About thirty degrees. And the right leg?"),
        ("C", "That one's fine."),
        ("A", "Okay, you can sit back down. That's me done."),
        ("C", "I'll stand, if that's alright."),
    ]
    report = [
        (
            "Face to face assessment. The claimant attended alone; he was driven by a neighbour who waited in the car.",
            {SUP},
        ),
        (
            "He had a lumbar disc prolapse two years ago with pain radiating down the left leg to the foot, and underwent surgery last March without much benefit.",
            {SUP},
        ),
        ("He previously worked as a forklift driver in a warehouse.", {SUP}),
        (
            "Medication: co-codamol 30/500 two tablets four times a day, naproxen, and gabapentin 300 mg three times a day.",
            {SUP},
        ),
        (
            "Standing and sitting: He reports he can sit for around forty five minutes before needing to move.",
            {NC},
        ),
        (
            "Informal observations: He sat comfortably throughout the assessment without needing to stand.",
            {IMP},
        ),
        ("Mobilising: He can walk around 80 metres.", {QD}),
        ("Picking up and moving: He is able to pick up items from the floor.", {QD}),
        ("Lifting: He states he can lift and move a full cardboard box.", {NS}),
        (
            "Examination: Lumbar flexion with fingertips reaching the knees. Straight leg raise 70 degrees on the left, full on the right.",
            {NC},
        ),
        (
            "Neurological examination of the lower limbs, including reflexes, power and sensation, was normal.",
            {IMP},
        ),
        ("He reports that he often lies on the floor at home to ease the pain.", {SUP}),
        ("He attends the gym twice a week to do his physiotherapy exercises.", {NS}),
    ]
    return turns, report


def _case_08():
    # PIP, home visit, stroke with right-sided weakness and word-finding difficulty, wife (carer) present
    turns = [
        (
            "A",
            "Hello, Mr Davies, I'm Helen, I'm a nurse. Thank you for having me in your home. Mrs Davies, are you staying with us?",
        ),
        (
            "P",
            "Yes, I'm his wife, I look after him. His words get muddled, so I'll help, if that's alright.",
        ),
        ("A", "Of course. Mr Davies, can you tell me what happened?"),
        ("C", "I had the, the, um, stroke. In, er..."),
        ("P", "February last year."),
        ("C", "February. Yes. My arm, this one, the right, it doesn't, um, work. Properly."),
        ("A", "Can you use your right hand at all?"),
        ("C", "A bit. I can't, um, do buttons. Or hold a cup. I drop it."),
        (
            "P",
            "He uses his left hand for everything now, and he's right handed, so it's been very hard.",
        ),
        ("A", "How does he manage with eating?"),
        (
            "P",
            "I cut his food up for him, every meal. He can feed himself with a fork in his left hand, but it's slow and he spills a lot.",
        ),
        ("A", "Washing?"),
        (
            "P",
            "I help him in and out of the bath with the board, and I wash his back and his feet. He can do his face and his front.",
        ),
        ("A", "Dressing?"),
        ("C", "She does it. Buttons, socks, the, um, shoes."),
        ("A", "And walking?"),
        (
            "P",
            "He walks with a quad stick indoors. Outside he goes in the wheelchair. He can walk to the car, which is about ten metres, and that's him done, he's exhausted and his foot drags.",
        ),
        ("A", "Has he fallen?"),
        ("P", "Four times since Christmas. The last time he hit his head on the radiator."),
        ("A", "Mr Davies, do you talk to people? Friends?"),
        ("C", "Um, it's... hard. People don't, um, wait. I get, um..."),
        (
            "P",
            "He gets frustrated and goes quiet. He used to go to the British Legion every week. He hasn't been since the stroke.",
        ),
        ("A", "Does he manage his tablets?"),
        ("P", "No, I do them. He's on nine tablets a day, I sort them out in the morning."),
        ("A", "Okay. Mr Davies, can you squeeze my fingers with your right hand?"),
        ("C", "Like, um, that?"),
        ("A", "Okay, that's quite weak. And the left? Good. Thank you both, that's all I need."),
    ]
    report = [
        ("Home visit. The claimant was present with his wife, who is his carer.", {SUP}),
        ("He had a stroke in February last year, resulting in weakness of his right arm.", {SUP}),
        (
            "Informal observations: His speech was fluent, and no word-finding difficulty was noted during the consultation.",
            {IMP},
        ),
        (
            "Activity 2 - Taking nutrition: He is able to feed himself using a fork in his left hand.",
            {QD},
        ),
        (
            "Activity 4 - Washing and bathing: His wife helps him in and out of the bath using a bath board; he otherwise washes himself.",
            {QD},
        ),
        (
            "Activity 6 - Dressing: He needs help from his wife with buttons, socks and shoes.",
            {SUP},
        ),
        ("Mobility 2: He walks with a quad stick and can manage about 50 metres to the car.", {NC}),
        ("His wife reports two falls since Christmas.", {NC}),
        (
            "Activity 9 - Engaging with others: He attends the British Legion weekly and socialises well.",
            {NS},
        ),
        ("Examination: Grip strength was normal and equal in both hands.", {IMP}),
        ("He is right handed and now uses his left hand for most tasks.", {SUP}),
    ]
    return turns, report


def _case_09():
    # WCA (UC), video, ME/CFS, claimant alone and lying down, fluctuating condition
    turns = [
        (
            "A",
            "Hello, can you see and hear me alright? I'm Alan, one of the healthcare professionals. It's eleven o'clock. This is a video assessment for your Universal Credit claim.",
        ),
        (
            "C",
            "Yes, I can see you. Sorry, I'm lying on the sofa, I hope that's okay. I can't sit up for long.",
        ),
        ("A", "That's fine. Is anyone with you?"),
        ("C", "No, just me."),
        ("A", "Tell me about your condition."),
        (
            "C",
            "I've got ME. Chronic fatigue syndrome. Since I had glandular fever at twenty six, so that's thirteen years now. I used to be a primary school teacher.",
        ),
        ("A", "What's a typical day like?"),
        (
            "C",
            "I wake up exhausted. I might manage a shower, then I have to lie down for an hour or two after it. I can do maybe one small thing a day. If I do more, I crash for days afterwards. Like, after my sister's birthday meal, I was in bed for a week.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day, to the postbox, that's about forty metres, and back. But that's the only thing I'd do that day. Most days I don't go out at all.",
        ),
        ("A", "How many good days in a week?"),
        ("C", "One. Maybe two, if I'm lucky."),
        ("A", "Can you concentrate on reading?"),
        ("C", "Not for long. Maybe a page, then the words swim. I used to read all the time."),
        ("A", "What about your memory?"),
        (
            "C",
            "It's bad. I forget what I'm saying mid sentence. I put the kettle on and forget about it. I left the bath running once and it flooded the bathroom.",
        ),
        ("A", "How do you get to appointments?"),
        (
            "C",
            "My mum drives me. I can't drive anymore, I fell asleep at the wheel once, at a junction.",
        ),
        ("A", "Okay. Sorry, you look like you're struggling. Do you need a break?"),
        ("C", "Yes, can we stop for a minute? I just need to close my eyes."),
        ("A", "Of course."),
        ("C", "Okay. Sorry. Go on."),
        ("A", "Just the last one. Can you use a phone to make calls?"),
        ("C", "I text, mostly. Calls wear me out."),
        ("A", "Alright, that's everything. It's five past eleven now. Thanks for your time."),
    ]
    report = [
        ("Video consultation. The claimant was alone.", {SUP}),
        ("Start time 11:00, end time 11:45.", {IMP}),
        (
            "She has had ME/CFS for thirteen years following glandular fever, and previously worked as a primary school teacher.",
            {SUP},
        ),
        ("She is able to shower.", {QD}),
        (
            "Mobilising: She can walk to the postbox and back, approximately 200 metres in total.",
            {NC, QD},
        ),
        ("She reports three to four good days a week.", {NC}),
        (
            "Informal observations: She sat upright in a chair throughout the video call and did not require any breaks.",
            {IMP},
        ),
        ("Learning tasks: She can read about a page before losing concentration.", {SUP}),
        ("Awareness of hazards: She reports no incidents of leaving the cooker or taps on.", {NS}),
        ("She drives herself to appointments.", {NS}),
        (
            "Making self understood: She mostly uses text messages because phone calls tire her.",
            {SUP},
        ),
        (
            "She reports that overexertion leads to a crash lasting several days, and after a family birthday meal she was in bed for a week.",
            {SUP},
        ),
    ]
    return turns, report


def _case_10():
    # PIP, telephone, epilepsy, friend present who has witnessed seizures
    turns = [
        (
            "A",
            "Hi, is that Jordan? I'm Mike from the assessment service, I'm a paramedic. This call is being recorded, is that okay?",
        ),
        (
            "C",
            "Yeah. My mate Liam's here, he's staying with me at the moment. He's seen my seizures.",
        ),
        ("P", "Alright."),
        ("A", "Tell me about your epilepsy."),
        (
            "C",
            "I have tonic clonic seizures, the big ones, about two or three a month. And absences, loads of them. I don't always know I've had them. Liam says it's, like, several a day.",
        ),
        (
            "P",
            "Yeah, he just stares, for ten, twenty seconds, and he doesn't answer. I'd say five or six a day at least.",
        ),
        ("A", "Any warning before the big ones?"),
        ("C", "Sometimes a funny smell, but not always. Usually there's no warning."),
        ("A", "How long does it take you to recover?"),
        (
            "C",
            "After a big one I'm wiped out. I sleep for hours, I've got a headache, I'm confused the rest of the day. And I bit my tongue last time.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Levetiracetam, seven fifty, twice a day, and lamotrigine. I've got a reminder on my phone. But I still forget sometimes, like if I'm confused after a seizure. Liam reminds me.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I'm not supposed to use the cooker on my own. I did once and I had a seizure and the pan burned. I use the microwave.",
        ),
        ("A", "Bathing?"),
        (
            "C",
            "I only have showers, not baths, and I leave the door unlocked. My mum used to check on me. Now Liam's here, he listens out.",
        ),
        ("A", "Going out. Can you go out alone?"),
        (
            "C",
            "I go to the shop on my own, it's just round the corner. But I don't go any further on my own. I had a seizure in town and woke up in an ambulance, and someone had taken my wallet.",
        ),
        ("A", "Do you drive?"),
        ("C", "No, I lost my licence. I've not been allowed to drive for three years."),
        ("A", "Okay. Thanks, that's all I need."),
    ]
    report = [
        ("Telephone consultation. The claimant was accompanied by a friend.", {SUP}),
        ("He has epilepsy with tonic clonic seizures occurring two to three times a year.", {NC}),
        ("He also has absence seizures, which his friend estimates at one or two a day.", {NC}),
        ("He reports that he usually gets a warning before a seizure.", {NS}),
        (
            "After a seizure he sleeps for several hours and is confused for the rest of the day.",
            {SUP},
        ),
        (
            "Activity 3 - Managing therapy: He manages his medication himself with a reminder on his phone.",
            {QD},
        ),
        ("Medication: levetiracetam 750 mg twice daily and lamotrigine.", {SUP}),
        ("Activity 4 - Washing and bathing: He showers and does not use the bath.", {QD}),
        ("Mobility 1: He goes out alone to the local shops and into town.", {NS}),
        ("He has not driven for one year.", {NC}),
        (
            "Informal observations: He appeared alert and well kempt, and no absence episodes were observed during the consultation.",
            {IMP},
        ),
        ("He had a seizure in town and his wallet was taken.", {SUP}),
    ]
    return turns, report


def _case_11():
    # WCA, telephone, PTSD (veteran), advocate from a veterans' charity on the call, careless assessor
    turns = [
        (
            "A",
            "Hello, it's Julie from the assessment centre, ringing for your work capability assessment. It's quarter past one. Is now okay?",
        ),
        ("C", "Yeah. I've got my advocate on the line as well. Ben, from the veterans' charity."),
        ("P", "Afternoon. I'm just here to support, and I might add things, if that's alright."),
        ("A", "That's fine. So, your condition?"),
        ("C", "PTSD. From Afghanistan. I served eleven years. I left the army in twenty fifteen."),
        ("A", "What symptoms do you get?"),
        (
            "C",
            "Nightmares, most nights. Flashbacks. I don't sleep, maybe two hours, three. I'm always on edge. Loud noises, a car backfiring, I'm on the floor.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Early morning, for fags, when the streets are empty. I can't do crowds. I can't go in a supermarket. My brother does my shopping.",
        ),
        ("A", "Could you go somewhere unfamiliar on your own?"),
        (
            "C",
            "No. Ben takes me to appointments. If it's somewhere new I need him there, or I just won't go.",
        ),
        (
            "P",
            "I've been with him to every appointment for the last eighteen months. He turned up at one on his own once and left before he was seen.",
        ),
        ("A", "How do you get on with people?"),
        (
            "C",
            "I don't. I've got a temper. I've smashed things. I had a fight in a pub back in twenty twenty, I got arrested. I don't go to pubs now.",
        ),
        ("A", "Do you drink?"),
        ("C", "Um, yeah. Too much. Four or five cans a night. To sleep."),
        ("A", "Is anyone treating you?"),
        (
            "C",
            "I'm on the waiting list for the veterans' mental health service. I've been on it eight months. I'm on mirtazapine, forty five milligrams.",
        ),
        ("A", "Any thoughts of suicide?"),
        (
            "C",
            "Yeah. I tried once, two years ago. An overdose. I still get the thoughts, a couple of times a week.",
        ),
        ("P", "He has a safety plan with his GP."),
        ("A", "Okay, that's everything. It's twenty past one. Thanks, bye."),
    ]
    report = [
        (
            "Telephone assessment, 13:15 to 13:20. An advocate from a veterans' charity was present on the call.",
            {SUP},
        ),
        ("He served in the army for eleven years and left in 2015.", {SUP}),
        (
            "He reports nightmares on around two nights a week and sleeps five to six hours a night.",
            {NC},
        ),
        ("Getting about: He goes out alone daily.", {QD}),
        ("He does his own shopping at the supermarket.", {NS}),
        ("He reports that he could get to an unfamiliar place alone if necessary.", {NS}),
        (
            "He was involved in a fight in a pub in 2020 and was arrested; he no longer goes to pubs.",
            {SUP},
        ),
        ("He drinks four or five cans a week.", {NC}),
        (
            "Medication: mirtazapine 45 mg. He is on the waiting list for a veterans' mental health service.",
            {SUP},
        ),
        (
            "He reports one previous suicide attempt by overdose two years ago and denies any current suicidal thoughts.",
            {NS},
        ),
        (
            "Informal observations: He was calm and relaxed, maintained good eye contact and showed no signs of hypervigilance.",
            {IMP},
        ),
    ]
    return turns, report


def _case_12():
    # PIP, face to face at an assessment centre, rheumatoid arthritis, claimant alone in the room, rambles
    turns = [
        (
            "A",
            "Good afternoon, I'm Fiona, I'm an occupational therapist. It's half past three. Have you come on your own today?",
        ),
        (
            "C",
            "I have, yes, my daughter dropped me at the door, she's gone to park, well, she was going to park but there was nowhere, so she's gone round the block. Honestly, the parking here is terrible, I don't know how anyone manages.",
        ),
        ("A", "Not to worry. Tell me about your arthritis."),
        (
            "C",
            "Rheumatoid. I've had it, oh, since I was forty, so fifteen years. It's my hands mainly, and my feet, and my knees are getting bad now. I'm on methotrexate, the injection, once a week. My daughter does it for me, I can't press the plunger, my hands are too weak. And folic acid. And steroid tablets when it flares.",
        ),
        ("A", "How often does it flare?"),
        (
            "C",
            "Well, it's hard to say, it's, um, every month or so I get a bad flare that lasts about a week. And in between I'm stiff every morning for two hours. At least two hours before I can get going.",
        ),
        ("A", "Can you prepare a meal?"),
        (
            "C",
            "I do try, I like cooking, I always did. But I can't peel potatoes, I can't open jars, I've got one of those jar openers but even that. And chopping. I buy frozen chopped veg now. I can't lift a full saucepan, I do it in two small ones. So yes, I cook, but it takes me a good hour to make something simple, and I have to sit on a perching stool.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I wear slip on shoes. No buttons, no zips, not anymore. Bras are impossible, I have to get my daughter to do it up, or I wear a sports one. Some days I can't even get a T shirt on over my shoulders.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Ooh. Not far. Maybe, the length of a, um, I don't know. Twenty metres? It's my feet, it's like walking on pebbles. I've got insoles. I use a stick, in my right hand, but it hurts my hand to hold it, so it's a bit of a catch twenty two.",
        ),
        ("A", "And managing the toilet?"),
        ("C", "I can manage. I've got a raised toilet seat, that helps."),
        ("A", "Okay. Could you make a fist for me? And now spread your fingers?"),
        ("C", "That's as far as they go."),
        ("A", "Okay, that's quite limited. Thank you. We're all done. It's twenty five to four."),
    ]
    report = [
        (
            "Face to face consultation. The claimant was seen alone; her daughter drove her to the centre.",
            {SUP},
        ),
        ("Consultation start 15:30, finish 15:35.", {SUP}),
        (
            "She has rheumatoid arthritis, diagnosed ten years ago, affecting her hands, feet and knees.",
            {NC},
        ),
        ("She self-administers a weekly methotrexate injection.", {NS}),
        ("She has morning stiffness lasting around thirty minutes.", {NC}),
        ("Activity 1 - Preparing food: She enjoys cooking and is able to prepare a meal.", {QD}),
        (
            "Activity 6 - Dressing: She wears slip on shoes and avoids buttons and zips; her daughter helps her fasten her bra.",
            {SUP},
        ),
        ("Mobility 2: She walks about 20 metres with a stick.", {QD}),
        ("Activity 5 - Managing toilet needs: She uses a raised toilet seat.", {SUP}),
        (
            "Examination: She was able to make a full fist bilaterally, with full finger extension.",
            {IMP},
        ),
        (
            "Her daughter accompanied her into the consultation room and contributed to the history.",
            {IMP},
        ),
    ]
    return turns, report


def _case_13():
    # PIP, telephone, autism and social anxiety, young adult, father answers most questions
    turns = [
        (
            "A",
            "Hello, am I speaking with Ethan? My name's Lisa, I'm calling to do your PIP assessment.",
        ),
        (
            "P",
            "Hi, it's his dad, Paul. Ethan's here, he's on speaker. He finds phone calls really difficult, so he's asked me to help.",
        ),
        ("A", "That's fine. Ethan, are you happy for your dad to help?"),
        ("C", "Yeah."),
        ("A", "Ethan, can you tell me a bit about yourself?"),
        ("C", "Um. I don't know. I like computers."),
        (
            "P",
            "He was diagnosed with autism when he was eight, and he has social anxiety. He finished college last summer.",
        ),
        ("A", "Ethan, do you go out on your own?"),
        ("C", "Not really."),
        (
            "P",
            "He'll walk to the same shop, the one at the end of the road, if it's quiet. If it's busy he comes home. He's never been on a bus on his own. When we tried, he had a meltdown at the bus station and I had to go and collect him.",
        ),
        ("A", "How often does he have meltdowns?"),
        ("P", "Two or three a week, usually when something changes."),
        ("A", "Ethan, how about meeting new people?"),
        ("C", "I don't like it. I don't know what to say."),
        ("P", "He won't answer the door. He won't use the phone. Today is a big deal for him."),
        ("A", "Does he cook?"),
        (
            "P",
            "He'll make a sandwich, or a pot noodle, he can use the kettle. We've tried him with the oven. He can follow the steps if I write them down and I'm there, but he gets overwhelmed if anything goes wrong, like when the smoke alarm went off.",
        ),
        ("A", "Ethan, do you wash and get dressed yourself?"),
        ("C", "Yeah."),
        (
            "P",
            "He does, but we have to remind him to shower, or he'll go a week. And he wears the same clothes every day unless I take them away.",
        ),
        ("A", "Money?"),
        (
            "P",
            "He has a bank card, he buys things online. But he doesn't understand bills. He spent three hundred pounds on a game last month without realising it was his whole month's money.",
        ),
        ("A", "Does he need reminding about anything else?"),
        ("P", "Eating, sometimes. If he's on his computer he'll go all day without eating."),
        ("A", "Okay. Thank you both. That's all."),
    ]
    report = [
        (
            "Telephone consultation. The claimant was present with his father, who helped with the history at the claimant's request.",
            {SUP},
        ),
        ("He was diagnosed with autism at the age of eight and has social anxiety.", {SUP}),
        ("He is currently attending college.", {NS}),
        ("Mobility 1: He walks to the local shop on his own.", {QD}),
        ("He uses the bus independently.", {NS}),
        ("His father reports occasional meltdowns, around once a month.", {NC}),
        (
            "Activity 9 - Engaging with others: He conversed appropriately with the assessor throughout the call.",
            {IMP},
        ),
        (
            "Activity 1 - Preparing food: He is able to use the oven by following written instructions.",
            {QD},
        ),
        (
            "Activity 4 - Washing and bathing and Activity 6 - Dressing: He washes and dresses himself.",
            {QD},
        ),
        (
            "Activity 10 - Making budgeting decisions: He manages his own money using a bank card, with no problems reported.",
            {NS},
        ),
        ("His father reports that he spent thirty pounds on a game last month.", {NC}),
        ("He sometimes goes all day without eating when he is on his computer.", {SUP}),
    ]
    return turns, report


def _case_14():
    # WCA, home visit, heart failure, daughter present
    turns = [
        (
            "A",
            "Hello, Mrs Brennan? I'm Gary, the healthcare professional from the assessment service. It's ten to twelve. Can I come in?",
        ),
        ("P", "Come in. I'm her daughter, Claire. Mum's in the front room."),
        ("A", "Hello, Mrs Brennan. Don't get up."),
        ("C", "Hello love. I wasn't going to, don't worry."),
        ("A", "So, tell me about your heart."),
        (
            "C",
            "Heart failure, they said. After my heart attack, three years ago. My heart's only pumping at, what was it, Claire?",
        ),
        ("P", "Thirty per cent. Her ejection fraction is thirty per cent."),
        (
            "C",
            "That's it. And my ankles swell up like balloons. I'm on water tablets, furosemide, two in the morning. And bisoprolol, and about four others.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "To the kitchen and back. Then I'm puffed out. I can't do the stairs at all now. We've got a commode down here, and I sleep in the chair.",
        ),
        ("P", "She sleeps sitting up because she can't breathe lying flat."),
        ("A", "Could you walk to the end of the road?"),
        (
            "C",
            "No. I haven't been to the end of the road since last summer. Claire takes me to the hospital in a wheelchair.",
        ),
        ("A", "Standing?"),
        ("C", "I can stand to wash up a few cups. A couple of minutes. Then I'm dizzy."),
        ("A", "Have you fainted?"),
        ("C", "Twice. Once in the bathroom, I banged my head."),
        ("P", "That was in January, and then again in March."),
        ("A", "Lifting?"),
        ("C", "I can't lift the kettle when it's full. I do half a kettle."),
        ("A", "Do you manage your tablets?"),
        (
            "P",
            "I do her tablets in a box each week. She forgets otherwise, she's been getting a bit muddled.",
        ),
        (
            "A",
            "Alright. Can I listen to your chest? Breathe in. And out. Some crackles at the bases there. And can I look at your ankles? Yes, there's swelling. Okay, thank you. It's just before twelve, I'll leave you in peace.",
        ),
    ]
    report = [
        ("Home visit. The claimant was seen with her daughter present.", {SUP}),
        ("The visit commenced at 11:50 and concluded at 12:40.", {IMP}),
        (
            "She developed heart failure following a heart attack three years ago, with an ejection fraction of 50 per cent.",
            {NC},
        ),
        ("Medication: furosemide, bisoprolol and several other medicines.", {SUP}),
        ("Mobilising: She can walk to the end of her road and back.", {NS}),
        ("She sleeps in a chair downstairs as she cannot breathe lying flat.", {SUP}),
        ("Standing: She can stand at the sink for around fifteen minutes to wash up.", {NC, QD}),
        ("Lifting and carrying: She is able to lift a kettle.", {QD}),
        ("Her daughter fills a weekly pill box for her.", {SUP}),
        ("Learning tasks: No memory problems were reported.", {NS}),
        ("Examination: The chest was clear on auscultation and there was no ankle oedema.", {IMP}),
    ]
    return turns, report


def _case_15():
    # PIP, video with camera on, Crohn's disease, claimant alone, corrects himself
    turns = [
        (
            "A",
            "Hi, can you see me? I'm Rebecca, a nurse, and I'm doing your PIP assessment by video today. Is anyone with you?",
        ),
        ("C", "No, just me. I've got my camera on, can you see me okay?"),
        ("A", "Yes, you're fine. Tell me about your Crohn's."),
        (
            "C",
            "I was diagnosed at nineteen, so, fourteen years. I've had two bowel resections. I'm on, um, infliximab infusions every eight weeks, and azathioprine every day.",
        ),
        ("A", "How does it affect you day to day?"),
        (
            "C",
            "I need the toilet a lot. On a normal day, eight times, maybe ten. During a flare it can be twenty. And it's urgent, I've got maybe a minute, and sometimes, well, sometimes I don't make it.",
        ),
        ("A", "How often do you have accidents?"),
        (
            "C",
            "Once a week? No, actually, it's more than that. Two or three times a week lately. I carry a change of clothes everywhere.",
        ),
        ("A", "Do you need help cleaning yourself?"),
        ("C", "No, I can do that. It's just the timing."),
        ("A", "Cooking?"),
        (
            "C",
            "I can cook, physically. But I'm on a low residue diet, and I've got no energy. Most days I just have something simple.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Only where I know there's a toilet. I plan every route around toilets. I've got a radar key. I won't get on a bus or a train, because there's no toilet.",
        ),
        ("A", "How far can you walk?"),
        ("C", "Walking's fine. I can walk, it's not my legs."),
        ("A", "Pain?"),
        (
            "C",
            "Cramping pain, pretty much every day. I take codeine when it's bad, but that can make things worse, so I try not to.",
        ),
        ("A", "Do you work?"),
        (
            "C",
            "I used to work in a call centre. I lost the job because I was always in the toilet. That was a year ago.",
        ),
        ("A", "Do you see friends?"),
        ("C", "Less and less. I cancel a lot. I'm embarrassed."),
        ("A", "Okay, thanks, I think I have what I need."),
    ]
    report = [
        ("Video consultation. The claimant was alone.", {SUP}),
        (
            "He was diagnosed with Crohn's disease fourteen years ago and has had three bowel resections.",
            {NC},
        ),
        ("He receives infliximab infusions every eight weeks and takes azathioprine daily.", {SUP}),
        ("He opens his bowels eight to ten times a day on a normal day.", {SUP}),
        (
            "Activity 5 - Managing toilet needs or incontinence: He reports episodes of faecal incontinence approximately once a week.",
            {NC},
        ),
        ("He does not need help to clean himself.", {SUP}),
        ("Mobility 1: He is able to use public transport.", {NS}),
        ("Mobility 2: He reports no problems with walking.", {SUP}),
        ("Activity 1 - Preparing food: He is able to cook.", {QD}),
        ("He reports abdominal pain on two or three days a week.", {NC}),
        (
            "Informal observations: He appeared pale and left the call twice to use the toilet.",
            {IMP},
        ),
        ("He goes out socially with friends regularly.", {NS}),
    ]
    return turns, report


def _case_16():
    # WCA, face to face at an assessment centre, Meniere's disease with hearing loss, friend repeats questions
    turns = [
        ("A", "Good morning. I'm Doctor Shah. Can you hear me alright?"),
        ("C", "Sorry? You'll have to speak up, and face me. I lip read."),
        ("A", "Sorry. Good morning. I'm Doctor Shah."),
        ("C", "Right, yes. This is my friend Dan, he's come to help me hear."),
        ("P", "Morning. I'll repeat things if he misses them."),
        ("A", "Thank you. Tell me about your condition."),
        (
            "C",
            "Meniere's disease. Both ears now. I've got hearing aids but they only help a bit. I've got tinnitus all the time, a roaring noise. And the vertigo attacks.",
        ),
        ("A", "How often do you get the vertigo?"),
        ("C", "What?"),
        ("P", "How often do you get the dizzy attacks?"),
        (
            "C",
            "Oh. Two or three a week. They come out of nowhere. The room spins, I'm sick, I have to lie on the floor. They last hours. Four or five hours, sometimes.",
        ),
        ("A", "Have you fallen?"),
        (
            "C",
            "Yes. I fell at work, in the kitchen. I was a chef for twenty two years. I fell against the fryer. That's why I stopped work, last October.",
        ),
        ("A", "Can you hear on the phone?"),
        ("C", "No. I can't use the phone at all. Dan or my sister make calls for me. I text."),
        ("A", "Can you understand a stranger speaking to you?"),
        (
            "C",
            "If they face me and talk slowly, in a quiet room, sometimes. In a shop, no. In here, I've missed half of what you've said.",
        ),
        ("P", "He's missed a lot today. I've repeated most of it."),
        ("A", "Any problems walking?"),
        (
            "C",
            "Between attacks my walking's okay. But I'm unsteady in the dark, I hold onto the walls.",
        ),
        ("A", "Do you go out alone?"),
        (
            "C",
            "Locally, yes. But not far, because if an attack comes I'm stuck. Dan came with me today, on the train.",
        ),
        ("A", "Okay. I'm going to whisper some numbers from behind you. Can you repeat them?"),
        ("C", "I... no. I didn't hear anything."),
        ("A", "Okay, that's fine. Thank you, that's everything."),
    ]
    report = [
        ("Face to face assessment. The claimant attended with a friend.", {SUP}),
        (
            "He has Meniere's disease affecting both ears, with constant tinnitus, and uses hearing aids.",
            {SUP},
        ),
        ("He reports vertigo attacks about once a month, each lasting up to an hour.", {NC}),
        ("During attacks he vomits and has to lie down.", {SUP}),
        (
            "He worked as a chef for twelve years and stopped work last October following a fall at work.",
            {NC},
        ),
        ("Making self understood: He is able to use the telephone with his hearing aids.", {NS}),
        ("Understanding communication: He is able to understand a stranger's speech.", {QD}),
        (
            "Informal observations: He heard and responded to all questions at normal conversational volume without the need for repetition.",
            {IMP},
        ),
        (
            "Examination: Whispered voice test - he correctly repeated the numbers whispered from behind.",
            {IMP},
        ),
        ("Mobilising: He has no problems walking.", {QD}),
        ("He regularly travels alone by train.", {NS}),
    ]
    return turns, report


def _case_17():
    # PIP, telephone, Parkinson's disease, wife present and correcting him
    turns = [
        (
            "A",
            "Good afternoon, Mr Walsh? This is Andrew calling from the assessment service for your PIP telephone assessment. It's ten past three. Is your wife with you?",
        ),
        ("C", "Yes, Margaret's here. We're on speaker."),
        ("P", "Hello."),
        ("A", "Tell me about your Parkinson's."),
        (
            "C",
            "Diagnosed five years ago. The tremor's mostly in my left hand. I'm slow, stiff. But I get by, I'm not too bad really.",
        ),
        ("P", "He always says that. He's much worse than he lets on."),
        ("A", "What medication are you on?"),
        (
            "C",
            "Co-careldopa, five times a day. It wears off before the next dose, and then I freeze up.",
        ),
        (
            "P",
            "He has to take them at exact times. Seven, ten, one, four and seven. I set alarms and bring them to him, because he forgets otherwise.",
        ),
        ("A", "Cooking?"),
        ("C", "I can make a cup of tea."),
        (
            "P",
            "Half a cup. He can't carry a full one without spilling. He's scalded himself. I do all the cooking.",
        ),
        ("A", "Dressing?"),
        ("C", "I manage."),
        ("P", "It takes him forty five minutes, and I do his buttons and his shoes."),
        ("C", "Well, yes. She does the buttons."),
        ("A", "How far can you walk?"),
        ("C", "I walk every day, round the block."),
        (
            "P",
            "Darling, you haven't done that since the summer. He walks to the garden gate and back, that's about fifteen metres. And he freezes in doorways. He's fallen three times this year.",
        ),
        ("C", "I suppose that's true."),
        ("A", "Speech, do people understand you?"),
        ("P", "His voice has gone very quiet. People in shops can't hear him."),
        ("A", "Eating?"),
        ("C", "I'm fine with eating. Slow."),
        (
            "P",
            "He takes an hour over dinner and it goes cold, and he coughs on his food sometimes.",
        ),
        ("A", "Okay. Thank you both. It's quarter past three, I'll end the call there."),
    ]
    report = [
        (
            "Telephone consultation, 15:10 to 15:15. His wife was present and contributed to the history.",
            {SUP},
        ),
        (
            "He was diagnosed with Parkinson's disease eight years ago, with a tremor mainly in the left hand, slowness and stiffness.",
            {NC},
        ),
        ("He takes co-careldopa three times a day.", {NC}),
        ("Activity 3 - Managing therapy: He manages his own medication.", {NS}),
        ("Activity 1 - Preparing food: He is able to make hot drinks.", {QD}),
        ("Activity 6 - Dressing: He dresses himself, taking around fifteen minutes.", {NC, QD}),
        (
            "Mobility 2: He can walk about 50 metres, to the garden gate and back, and experiences freezing in doorways.",
            {NC},
        ),
        (
            "Activity 7 - Communicating verbally: His wife reports his voice has become quiet and people in shops cannot hear him.",
            {SUP},
        ),
        ("Activity 2 - Taking nutrition: He eats independently.", {QD}),
        (
            "Informal observations: A resting tremor of the left hand and reduced facial expression were observed.",
            {IMP},
        ),
        ("His wife does all the cooking.", {SUP}),
    ]
    return turns, report


def _case_18():
    # WCA, telephone, panic disorder with agoraphobia and OCD, claimant alone and hesitant, kind assessor
    turns = [
        (
            "A",
            "Hello, is that Miss Khan? My name's Tom, I'm calling for your work capability assessment. It's nine o'clock. How are you feeling?",
        ),
        ("C", "Um, nervous. Sorry. I'm, I'm okay."),
        ("A", "Take your time, there's no rush. Is anyone with you?"),
        ("C", "No. Just me."),
        ("A", "Can you tell me about your mental health?"),
        (
            "C",
            "I have, um, panic disorder, and agoraphobia. And OCD. It started when I was at uni. I had to drop out in second year.",
        ),
        ("A", "How often do you leave the house?"),
        (
            "C",
            "Um. Not really. Maybe once a fortnight? Only with my mum, in her car, to the GP. I haven't been out on my own for, um, over a year.",
        ),
        ("A", "What happens if you try?"),
        (
            "C",
            "My heart goes, I can't breathe, I feel like I'm dying. I had one at the front door last week just thinking about it.",
        ),
        ("A", "How often do you have panic attacks?"),
        ("C", "Most days. Um, four or five days a week, maybe."),
        ("A", "And the OCD, how does that affect you?"),
        (
            "C",
            "Checking. The door, the taps, the plugs. I check them, um, over and over. Sometimes it takes an hour before I can go to bed. And washing my hands. They're cracked and bleeding.",
        ),
        ("A", "Can you manage everyday tasks?"),
        (
            "C",
            "I, um, I do some. I can cook simple things. But the checking, the cooker, I check it so many times. Um, twenty, thirty times.",
        ),
        ("A", "Do you talk to people?"),
        (
            "C",
            "Only my mum and my sister. Um, online, I've got one friend I message. I can't, I can't do this, sorry. Can I have a second?",
        ),
        ("A", "Of course. Take a breath."),
        ("C", "Okay. Sorry."),
        ("A", "Are you having any treatment?"),
        (
            "C",
            "I'm on sertraline, um, two hundred milligrams. I was doing CBT, but it was in person and I couldn't get there, so it stopped.",
        ),
        ("A", "Thank you, you've done really well. It's five past nine. I'll let you go."),
    ]
    report = [
        ("Telephone assessment. The claimant was alone.", {SUP}),
        ("Duration: 09:00 to 09:05.", {SUP}),
        (
            "She has panic disorder, agoraphobia and obsessive compulsive disorder, which began when she was at university.",
            {SUP},
        ),
        ("Getting about: She leaves the house about twice a week.", {NC}),
        ("She is able to go out alone to local places.", {NS}),
        ("She reports panic attacks on one or two days a week.", {NC}),
        ("She is able to cook simple meals.", {QD}),
        (
            "Coping with social engagement: She speaks to her mother and sister and has one friend she messages online.",
            {SUP},
        ),
        (
            "Informal observations: She remained calm throughout the call and did not need any breaks.",
            {IMP},
        ),
        ("She is currently attending face to face CBT sessions.", {NS}),
        ("Medication: sertraline 100 mg.", {NC}),
        ("Her hands were observed to be cracked and bleeding.", {IMP}),
    ]
    return turns, report


def _case_19():
    # PIP, home visit, knee osteoarthritis and type 2 diabetes with neuropathy, agency carer present, careless assessor
    turns = [
        (
            "A",
            "Morning. I'm from the assessment service, I'm a paramedic, my name's Chris. It's quarter to eleven. And who's this?",
        ),
        (
            "P",
            "I'm Joy, I'm her carer from the agency. I come in twice a day, morning and teatime.",
        ),
        ("A", "Okay. So it's your knees and diabetes?"),
        (
            "C",
            "Yes. Both knees are bad, osteoarthritis. I'm waiting for a knee replacement on the left one, the waiting list's two years. And type two diabetes, I'm on insulin now, and I've got neuropathy in both feet. They're numb and burning.",
        ),
        ("A", "Insulin, how often?"),
        (
            "C",
            "Twice a day. Joy reminds me and checks my sugar. I can't see the numbers on the pen very well, my eyes aren't good, so she dials the dose for me.",
        ),
        ("A", "Okay. Preparing food?"),
        (
            "P",
            "I do her breakfast and her tea. At lunchtime she has a sandwich I've left in the fridge.",
        ),
        ("C", "I can't stand at the counter, my knees give way. I fell in the kitchen in April."),
        ("A", "Washing?"),
        (
            "C",
            "Joy helps me shower. I sit on a seat and she washes my legs and feet, I can't bend down to them. And she has to check my feet for cuts, because I can't feel them.",
        ),
        ("A", "Dressing?"),
        ("C", "I do the top half myself. Joy does my trousers, socks and shoes."),
        ("A", "Walking?"),
        (
            "C",
            "With two sticks. From the chair to the kitchen, about six metres, and I have to hold on. Outside I've got a mobility scooter. I don't really walk outside at all.",
        ),
        ("A", "Toilet?"),
        (
            "C",
            "I've got a frame round the toilet, I can manage with that. But at night I use a commode, because I can't get there in time.",
        ),
        ("A", "Stairs?"),
        (
            "C",
            "I go up once a day, at night, on my bottom, and I sleep up there. Joy's here when I come down in the morning.",
        ),
        ("A", "Okay, that's it. Quarter to eleven. Sorry, it's ten to eleven now. Thanks."),
    ]
    report = [
        ("Home visit. The claimant was present alone.", {IMP}),
        ("Visit start 10:45, end 11:30.", {IMP}),
        ("She has osteoarthritis of both knees and is awaiting a left knee replacement.", {SUP}),
        (
            "She has type 2 diabetes treated with insulin three times a day, and neuropathy in both feet.",
            {NC},
        ),
        ("Activity 3 - Managing therapy: She administers her own insulin.", {QD}),
        (
            "Activity 1 - Preparing food: Her carer prepares breakfast and tea, and she has a sandwich left for her at lunchtime.",
            {SUP},
        ),
        ("Activity 4 - Washing and bathing: She showers using a shower seat.", {QD}),
        (
            "Activity 6 - Dressing: She dresses her upper body herself; her carer helps with trousers, socks and shoes.",
            {SUP},
        ),
        ("Mobility 2: She walks about twenty metres indoors with two sticks.", {NC}),
        ("She walks short distances outdoors to the local shop.", {NS}),
        ("She climbs the stairs twice a day.", {NC, QD}),
        ("She reports a fall in the kitchen in April.", {SUP}),
        (
            "Activity 5 - Managing toilet needs: She uses a toilet frame, and a commode at night.",
            {SUP},
        ),
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

FIRSTXSEED = 42000


def make_case_42(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
