"""Blind held-out evaluation set 39: twenty assessment consultations with the report written afterwards.

Written blind, from public descriptions of PA4 (PIP) and ESA85 (WCA) reports only, without looking at the
tool under test or at any other case set. Each case is a complete spoken consultation (assessor "A",
claimant "C", and in some cases a companion "P") meant to be synthesised by text-to-speech and transcribed,
so numbers, times and dates are written as people say them. The report that follows is split into
statements, each labelled with the kinds of departure from the recording that apply (number changed,
qualifier dropped, never said, impossible observation or consultation detail) or as supported.

Channels: telephone, video, face to face at an assessment centre and home visits. Conditions: fibromyalgia
and depression, lumbar disc disease, multiple sclerosis, PTSD with agoraphobia, COPD, learning disability,
retinitis pigmentosa, bipolar disorder, stroke with dysphasia, epilepsy, ME/CFS, rheumatoid arthritis,
autism, Crohn's disease, Parkinson's disease, heart failure, schizophrenia, knee osteoarthritis with
diabetic neuropathy, profound hearing loss and long COVID. Companions include a spouse, partner, sister,
mother, adult son and daughter, friend, advocate, carer and support worker. Any consultation times in a
report are to be judged against the times spoken in the dialogue and the length of the recording itself.
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
    # PIP, telephone, fibromyalgia and depression, claimant alone
    turns = [
        (
            "A",
            "Good morning, this is Karen calling from the assessment service about your personal independence payment claim. Am I speaking to Miss Lorna Pike?",
        ),
        ("C", "Yes, that's me."),
        (
            "A",
            "Thank you. Just for the record, it's two minutes past ten, and you told the call handler you'd like to record the call, is that right?",
        ),
        ("C", "Yes, I'm recording it on my phone. I hope that's okay."),
        ("A", "That's fine. Is anyone with you today?"),
        ("C", "No, it's just me. My partner's at work."),
        ("A", "Okay. Can you tell me about your conditions?"),
        (
            "C",
            "I've got fibromyalgia, I was diagnosed about four years ago, and depression. The pain is all over, but mainly my legs and my back.",
        ),
        ("A", "And what medication are you on?"),
        (
            "C",
            "Pregabalin, um, a hundred and fifty milligrams twice a day, and sertraline, fifty milligrams in the morning.",
        ),
        ("A", "Let's talk about preparing food. Do you cook?"),
        (
            "C",
            "Not really. On a good day I can do something in the microwave. If I stand at the cooker for more than five minutes my legs start burning, so my partner does the proper cooking in the evenings.",
        ),
        ("A", "And washing and bathing?"),
        (
            "C",
            "I shower, but I have to sit on the edge of the bath to do my legs, and I only do it when he's in the house, because I've gone dizzy and fallen before. So it's about twice a week.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I can do the top half. Socks and shoes are hard, I can't bend, so he helps me with those most days.",
        ),
        ("A", "How about going out? How far can you walk?"),
        (
            "C",
            "Um, to the end of the road and back maybe. That's, I don't know, about fifty metres? Then I need to stop and lean on something. It takes me a good few minutes.",
        ),
        ("A", "Do you use any aids?"),
        ("C", "A walking stick outside, yes. My GP suggested it."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Sometimes to the corner shop, it's just there. But most days I don't go out at all, really.",
        ),
        ("A", "How's your mood?"),
        (
            "C",
            "Low. I don't see anyone much. I used to go to a craft group but I stopped going last year.",
        ),
        ("A", "Do you have any thoughts of harming yourself?"),
        ("C", "No, not now. I had some a couple of years ago."),
        (
            "A",
            "Okay. Thank you, it's eight minutes past ten, so I'll end the call there. You'll hear from the DWP.",
        ),
        ("C", "Thank you. Bye."),
    ]
    report = [
        ("Telephone consultation. Start time 10:02, end time 10:47.", {IMP}),
        ("The claimant was alone for the consultation.", {SUP}),
        ("She reports fibromyalgia diagnosed approximately 4 years ago and depression.", {SUP}),
        (
            "Current medication: pregabalin 150 mg once daily and sertraline 50 mg in the morning.",
            {NC},
        ),
        (
            "Activity 1 - Preparing food: She states she can prepare a meal using the microwave and can stand at the cooker for up to 15 minutes.",
            {NC, QD},
        ),
        ("Activity 4 - Washing and bathing: She showers independently twice a week.", {QD}),
        ("Activity 6 - Dressing and undressing: She states she dresses herself.", {QD}),
        (
            "Mobility 2 - Moving around: She reports she can walk approximately 150 metres before needing to stop.",
            {NC},
        ),
        ("She uses a walking stick outdoors, which was suggested by her GP.", {SUP}),
        ("She goes to the local shop on her own most days.", {NS}),
        ("Social history: She attends a weekly craft group.", {NS}),
        (
            "Informal observations: She was well kempt, appeared relaxed and maintained good eye contact.",
            {IMP},
        ),
        ("Mental state: She denied current thoughts of self-harm.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA, face to face at an assessment centre, lumbar disc disease with sciatica, wife present
    turns = [
        (
            "A",
            "Hello Mr Okafor, come through. Take a seat. I'm Daniel, I'm a physiotherapist and I'll be doing your assessment today. And who's this with you?",
        ),
        ("C", "This is my wife, Grace."),
        ("P", "Hello."),
        ("A", "How did you get here today?"),
        ("C", "Grace drove me. We parked in the disabled bay just outside."),
        ("A", "Tell me about your back."),
        (
            "C",
            "I've got two slipped discs in my lower back, and the sciatica goes right down my left leg. It started after a fall at work, three years ago.",
        ),
        ("A", "Are you working at the moment?"),
        ("C", "No. I was a delivery driver. I stopped about eighteen months ago."),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a decent day, maybe from here to the car park and back. I'd say a hundred metres, and I'm in agony by then. On a bad day I don't get past the front gate.",
        ),
        (
            "P",
            "The bad days are more than half the week, to be honest. Four or five days out of seven.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "About twenty minutes, then I have to get up and move. Sorry, actually, can I stand up for a minute now? It's started.",
        ),
        ("A", "Of course, go ahead. Can you pick something up from the floor?"),
        ("C", "If I bend my knees and hold onto something. Not from the waist, no."),
        ("A", "Can you reach up above your head?"),
        ("C", "Yes, my arms are fine. It's my back and my leg."),
        (
            "A",
            "Okay, I'd like to do a quick examination. Can you bend forward towards your toes, as far as is comfortable?",
        ),
        ("C", "Ow. That's as far as I go. About to my knees."),
        (
            "A",
            "Fine, you can straighten up. And could you lie on the couch so I can test your leg raise?",
        ),
        (
            "C",
            "I'd rather not. Getting on and off a couch is really hard. I ended up on the floor last time.",
        ),
        ("A", "That's okay, we'll leave that. Do you manage stairs at home?"),
        (
            "C",
            "We've moved the bed downstairs. I go up once a day to have a wash, holding the rail, one step at a time.",
        ),
        ("A", "What painkillers are you on?"),
        ("C", "Co-codamol, thirty five hundred, two tablets four times a day, and naproxen."),
        ("A", "Right, that's everything. Grace, anything to add?"),
        ("P", "Just that he can't sleep. He's up most of the night with the pain."),
        ("A", "Thank you both."),
    ]
    report = [
        (
            "Face to face assessment at the assessment centre. The claimant was accompanied by his wife.",
            {SUP},
        ),
        ("He reports he drove himself to the assessment centre.", {NS}),
        (
            "Occupational history: He was a delivery driver and stopped work approximately 18 months ago.",
            {SUP},
        ),
        (
            "Mobilising: He states he can walk approximately 200 metres before stopping due to pain.",
            {NC, QD},
        ),
        ("He reports variability, with bad days occurring one or two days per week.", {NC}),
        ("Standing and sitting: He states he can sit for up to 45 minutes.", {NC}),
        (
            "Informal observations: He sat throughout the consultation without the need to stand or change position.",
            {IMP},
        ),
        ("Picking up and moving: He is able to pick up objects from the floor.", {QD}),
        ("Reaching: No problems with reaching were reported.", {SUP}),
        ("Examination: Lumbar flexion to the level of the knees, with pain reported.", {SUP}),
        ("Straight leg raise was 70 degrees bilaterally.", {IMP}),
        ("He manages the stairs at home daily.", {QD}),
        ("Medication: co-codamol 30/500 two tablets four times daily and naproxen.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, relapsing remitting multiple sclerosis, husband present
    turns = [
        (
            "A",
            "Hello Mrs Brennan, thank you for letting me in. I'm Sue, I'm a nurse. It's half past one now, so we'll start. Is it okay if your husband stays?",
        ),
        ("C", "Yes, please. Tom helps me with a lot."),
        ("P", "Hello there."),
        ("A", "Tell me about your MS."),
        (
            "C",
            "I was diagnosed with relapsing remitting MS nine years ago. I have relapses maybe twice a year, and in between I'm tired all the time, my left leg drags and my hands go numb.",
        ),
        ("A", "How many good days and bad days would you say you have?"),
        ("C", "Um, in a normal week, maybe two good days. The rest I'm wiped out."),
        ("A", "What about cooking?"),
        (
            "C",
            "Tom does it. I can make a cup of tea if I use the little kettle. I dropped a pan of boiling water last year because my hands just went.",
        ),
        ("P", "She's not allowed near the hob on her own now. I worry about her."),
        ("A", "And eating?"),
        ("C", "I can feed myself, but Tom cuts up meat for me."),
        ("A", "Managing your medication?"),
        (
            "C",
            "I do my own tablets, I've got a dosette box. And the injection every two weeks, the nurse... no, actually, Tom does the injection.",
        ),
        ("A", "Toilet needs?"),
        (
            "C",
            "I get urgency. I have to go maybe ten or twelve times a day, and I've had accidents. I wear pads.",
        ),
        ("A", "Going out. Do you drive?"),
        (
            "C",
            "Not any more. I gave up my licence two years ago because of my eyesight, the optic neuritis.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my crutches, from the front door to the car, that's about fifteen metres, and I'm exhausted.",
        ),
        ("P", "If we go to the shops she uses the wheelchair. I push her."),
        ("A", "Would you mind walking to the kitchen for me, so I can see how you manage?"),
        ("C", "Okay. Give me a second. I'll hold onto the wall."),
        ("P", "Careful, love. Hold the worktop."),
        ("C", "There. That's as far as I go usually without sitting down."),
        ("A", "Thank you, do sit down. That's all I need. Thank you both."),
    ]
    report = [
        (
            "Home visit. Consultation commenced at 13:30. Present: the claimant and her husband.",
            {SUP},
        ),
        (
            "She reports relapsing remitting multiple sclerosis diagnosed 9 years ago, with relapses approximately twice a year.",
            {SUP},
        ),
        ("She reports good days on approximately 4 days per week.", {NC}),
        (
            "Activity 1 - Preparing food: She states she prepares simple meals at lunchtime while her husband cooks the evening meal.",
            {NS},
        ),
        ("Activity 2 - Taking nutrition: She feeds herself independently.", {QD}),
        (
            "Activity 3 - Managing therapy: She manages her own tablets using a dosette box and self-administers her fortnightly injection.",
            {NS},
        ),
        (
            "Activity 5 - Managing toilet needs: She reports urinary urgency, going to the toilet 5 to 6 times a day, managed with pads.",
            {NC},
        ),
        ("She stopped driving 2 years ago due to optic neuritis.", {SUP}),
        (
            "Mobility 2 - Moving around: She can walk approximately 50 metres with crutches.",
            {NC, QD},
        ),
        ("She does not use a wheelchair.", {NS}),
        ("Informal observations: She walked to the kitchen unaided with a steady gait.", {IMP}),
        ("Her husband was present but did not contribute to the consultation.", {IMP}),
    ]
    return turns, report


def _case_03():
    # PIP, video, post traumatic stress disorder with agoraphobia, sister present
    turns = [
        ("A", "Hi there, can you see and hear me okay?"),
        ("C", "Yes. Yes, I can."),
        (
            "A",
            "Great. I'm Michael, I'm a paramedic by background, and I'm doing your PIP assessment by video today. It's quarter to three. Is anyone with you?",
        ),
        ("C", "My sister Amy is here, she's sat next to me."),
        ("P", "Hi."),
        ("A", "Can you tell me why you've claimed?"),
        (
            "C",
            "I've got post traumatic stress disorder after, um, after an assault, three years ago. And I can't leave the house on my own. I get panic attacks.",
        ),
        ("A", "How often do the panic attacks happen?"),
        ("C", "Most days. Some days three or four. If someone knocks on the door I'll have one."),
        ("A", "Do you go out at all?"),
        (
            "C",
            "Only with Amy, or my mum. Once a week maybe, to the supermarket, early, when it's quiet. I stay in the car sometimes.",
        ),
        (
            "P",
            "Half the time she doesn't get out of the car. She sits there with the doors locked.",
        ),
        ("A", "Have you ever gone anywhere alone?"),
        (
            "C",
            "No. Not since it happened. I tried once to walk to the postbox and I had to come back.",
        ),
        ("A", "Do you use public transport?"),
        ("C", "No. Never."),
        ("A", "What about planning a journey, if you were going somewhere new?"),
        ("C", "Amy does all that. I wouldn't be able to. I'd just panic thinking about it."),
        ("A", "Okay. How's your sleep?"),
        ("C", "Awful. Nightmares. Maybe three hours a night."),
        ("A", "Do you see anyone for it?"),
        ("C", "I'm on the waiting list for trauma therapy. I've been on it fourteen months."),
        ("A", "Do you get on with people, your family?"),
        (
            "C",
            "Amy and mum, yes. I don't see my friends any more. Sorry. Sorry, I'm crying, give me a minute.",
        ),
        ("A", "Take your time."),
        ("P", "She's all right. This is what happens when she has to talk about it."),
        ("A", "Do you manage your own money?"),
        ("C", "Yes, I do my bills online. That's fine."),
        ("A", "Okay. We're nearly done. Thank you both."),
    ]
    report = [
        (
            "Video consultation commenced at 14:45. The claimant was accompanied by her sister.",
            {SUP},
        ),
        ("She reports post traumatic stress disorder following an assault 3 years ago.", {SUP}),
        ("She reports panic attacks approximately twice a week.", {NC}),
        ("Mobility 1 - Planning and following journeys: She goes to the supermarket weekly.", {QD}),
        ("She states she walks to the postbox on her own.", {NS}),
        ("She uses the bus occasionally when accompanied.", {NS}),
        ("She reports sleeping approximately 5 hours a night.", {NC}),
        ("She has been on the waiting list for trauma therapy for 4 months.", {NC}),
        (
            "Activity 9 - Engaging with other people: She has good relationships with her family and friends.",
            {NS},
        ),
        ("Activity 10 - Making budgeting decisions: She manages her bills online.", {SUP}),
        (
            "Mental state examination: She remained calm and composed throughout, with no evidence of distress.",
            {IMP},
        ),
        ("Gait was observed to be normal.", {IMP}),
    ]
    return turns, report


def _case_04():
    # WCA, telephone, COPD (emphysema), claimant alone, brisk assessor
    turns = [
        ("A", "Hello, is that Mr Gordon Reid?"),
        ("C", "Aye, speaking."),
        (
            "A",
            "I'm calling about your work capability assessment. I'm a nurse, my name's Julie. It's twenty past eleven. Is anyone with you?",
        ),
        ("C", "No. Just me and the dog."),
        ("A", "You've got COPD, is that right?"),
        ("C", "Aye, emphysema. Diagnosed about six years back. I'm on oxygen at night now."),
        ("A", "How far can you walk on the flat?"),
        (
            "C",
            "Och, not far. To the bus stop, that's maybe forty yards, and I have to stop halfway and get my breath. Sorry. Sorry, I'm coughing, give me a second.",
        ),
        ("A", "That's fine. Any stairs?"),
        (
            "C",
            "I'm in a ground floor flat. There's steps at the front, three of them. I hold the rail.",
        ),
        ("A", "Can you stand for long?"),
        (
            "C",
            "Standing's all right for a wee while. Ten minutes maybe, then I need to sit because I get breathless.",
        ),
        ("A", "Do you smoke?"),
        ("C", "I stopped. Four years ago."),
        ("A", "Chest infections?"),
        ("C", "Five or six last year. Two times I was in the hospital with them."),
        ("A", "Any trouble with your hands? Picking things up, writing?"),
        ("C", "No, hands are fine."),
        ("A", "Memory, concentration?"),
        ("C", "Fine. I do the crossword every day."),
        ("A", "How about carrying things? A bag of shopping?"),
        (
            "C",
            "My neighbour does my big shop. I can carry a pint of milk from the shop but that's it, I'm puffing.",
        ),
        ("A", "Right, thank you Mr Reid, that's all."),
    ]
    report = [
        ("Telephone assessment. The claimant was alone.", {SUP}),
        ("Duration of assessment: 45 minutes.", {IMP}),
        ("He has emphysema diagnosed approximately 6 years ago and uses oxygen at night.", {SUP}),
        ("Mobilising: He reports he can walk approximately 200 metres on the flat.", {NC, QD}),
        ("There are 3 steps at the front of his property, which he manages using a rail.", {SUP}),
        ("Standing and sitting: He states he can stand for 30 minutes.", {NC}),
        ("He is an ex-smoker, having stopped 10 years ago.", {NC}),
        ("He reports 2 chest infections in the past year.", {NC}),
        ("He has not required hospital admission.", {NS}),
        ("Manual dexterity: No problems reported.", {SUP}),
        ("Picking up and moving: He is able to carry a pint of milk from the shop.", {QD}),
        (
            "Informal observations: He spoke in full sentences with no audible breathlessness or cough during the call.",
            {IMP},
        ),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at an assessment centre, learning disability, mother present and answering
    turns = [
        ("A", "Hello, you must be Jamie. I'm Priya, I'm an occupational therapist. And you are?"),
        ("P", "I'm his mum, Carol."),
        ("A", "Lovely. Jamie, how did you get here today?"),
        ("C", "Mum's car."),
        ("A", "How old are you, Jamie?"),
        ("C", "Twenty. Twenty three."),
        ("P", "Twenty two, love. He's twenty two."),
        ("C", "Twenty two."),
        ("A", "Jamie, do you cook anything at home?"),
        ("C", "Toast. And, um, noodles."),
        (
            "P",
            "He makes toast if I set it up. The noodles, I boil the kettle for him, because he's burned himself. He doesn't understand when things are too hot.",
        ),
        ("A", "Do you go out on your own, Jamie?"),
        ("C", "Sometimes. To the shop."),
        (
            "P",
            "The shop is at the end of our street. He's allowed to go there and I watch him from the window. He's never gone anywhere further on his own. He got lost in town once and the police brought him home.",
        ),
        (
            "A",
            "Can you use money, Jamie? If something costs three pounds fifty and you give ten pounds, how much change would you get?",
        ),
        ("C", "Um. I don't know. Five?"),
        ("A", "That's okay. Who deals with his money?"),
        (
            "P",
            "I'm his appointee. I do everything. He gets pocket money, twenty pounds a week, and he spends it at the shop, but he doesn't check the change.",
        ),
        ("A", "How about washing, Jamie?"),
        ("C", "I have a bath."),
        (
            "P",
            "I have to remind him every day and run the bath, he'd run it too hot otherwise. And I check he's washed his hair.",
        ),
        ("A", "Does he take any medication?"),
        ("P", "Just an inhaler for his asthma. I remind him."),
        ("A", "Does he go to college, or anything like that?"),
        (
            "P",
            "Three days a week he goes to a day centre. The bus picks him up, it's a special transport.",
        ),
        ("A", "Jamie, do you like going to the day centre?"),
        ("C", "Yeah. I do painting. My friend Leon is there."),
        ("A", "Okay. Thank you both, you've been really helpful."),
    ]
    report = [
        (
            "Face to face consultation at the assessment centre. The claimant attended with his mother.",
            {SUP},
        ),
        ("Jamie is 23 years old.", {NC}),
        (
            "Activity 1 - Preparing food: Jamie states he makes toast and noodles independently.",
            {QD},
        ),
        ("Mobility 1 - Planning and following journeys: He goes to the local shop alone.", {QD}),
        ("There is no history of him getting lost.", {NS}),
        (
            "Activity 10 - Making budgeting decisions: He was able to calculate the change from £10 correctly.",
            {IMP},
        ),
        ("His mother is his appointee.", {SUP}),
        ("He receives £30 a week pocket money.", {NC}),
        (
            "Activity 4 - Washing and bathing: He bathes independently, with prompting a few times a week.",
            {NC, QD},
        ),
        ("Activity 3 - Managing therapy: He uses an inhaler for asthma.", {QD}),
        ("He attends a day centre 5 days a week, travelling there independently by bus.", {NC, NS}),
        (
            "Informal observations: Jamie answered all questions without assistance from his mother.",
            {IMP},
        ),
    ]
    return turns, report


def _case_06():
    # PIP, telephone, retinitis pigmentosa (severely sight impaired), adult son present
    turns = [
        ("A", "Good morning, is that Mr Arjun Mehta?"),
        ("C", "Yes, speaking."),
        (
            "A",
            "My name is Claire, I'm a disability assessor. It's half past nine. Is anybody with you?",
        ),
        ("C", "My son Ravi is here. He's listening on the speaker with me."),
        ("P", "Morning."),
        ("A", "Tell me about your eyes."),
        (
            "C",
            "I've got retinitis pigmentosa. I've been registered severely sight impaired since twenty nineteen. I've only got a tiny bit of central vision left. It's like looking through a straw.",
        ),
        ("A", "Can you read print?"),
        ("C", "No. Not at all. I use the talking function on my phone, and Ravi reads my letters."),
        ("A", "Do you cook?"),
        (
            "C",
            "I can use the microwave, I've got bump ons stuck on the buttons so I can feel them. I don't use the cooker. I burned my arm on the grill last year.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "With my cane I walk to the mosque. It's a route I've done for thirty years. About ten minutes. Anywhere else, Ravi takes me.",
        ),
        (
            "P",
            "And even the mosque, he's walked into a bollard twice this year. I'd rather he didn't go on his own.",
        ),
        ("A", "Have you had any mobility training, or a guide dog?"),
        ("C", "I had cane training two years ago. I'm on the list for a dog."),
        ("A", "Dressing. Can you choose your clothes?"),
        (
            "C",
            "My wife puts things out for me, so I don't go out in odd socks. Or the wrong colours.",
        ),
        ("A", "How do you manage your medication?"),
        (
            "C",
            "Eye drops, three times a day. My wife puts them in, because I can't see where they're going.",
        ),
        ("A", "Okay. And how's your mood?"),
        ("C", "It's hard. I was a taxi driver. I lost my job, my independence."),
        (
            "A",
            "I understand. Right, it's now twenty five to ten, so I'll end the call there. Thank you both.",
        ),
    ]
    report = [
        ("Telephone consultation, 09:30 to 09:35. The claimant's son was present.", {SUP}),
        (
            "He has retinitis pigmentosa and has been registered severely sight impaired since 2019.",
            {SUP},
        ),
        ("Activity 11 - Reading: He is able to read large print with the use of glasses.", {NS}),
        ("Activity 1 - Preparing food: He prepares his own meals using the microwave.", {QD}),
        (
            "Mobility 1 - Planning and following journeys: He walks to the mosque independently, a journey of around 30 minutes.",
            {NC, QD},
        ),
        ("He received cane training 5 years ago.", {NC}),
        ("He has a guide dog.", {NS}),
        (
            "Activity 6 - Dressing and undressing: He dresses himself and selects his own clothing.",
            {NS},
        ),
        (
            "Activity 3 - Managing therapy: He uses eye drops twice a day, administered by his wife.",
            {NC},
        ),
        ("He previously worked as a taxi driver.", {SUP}),
        (
            "Informal observations: He was observed to move around the room without difficulty.",
            {IMP},
        ),
    ]
    return turns, report


def _case_07():
    # WCA, video, bipolar affective disorder type one, claimant alone and rambling, careless assessor
    turns = [
        ("A", "Hello, can you hear me? I'm Doctor Patel. Is that Miss Natalie Fisher?"),
        (
            "C",
            "Yes, hi. Sorry, the camera's a bit dark, I've got the curtains shut. I can't deal with the light today.",
        ),
        ("A", "That's fine. Is anyone with you?"),
        ("C", "No. My flatmate's at work."),
        ("A", "Tell me about your condition."),
        (
            "C",
            "Bipolar, type one. I was diagnosed when I was nineteen, so, um, twelve years ago. I've been in hospital three times. The last time was last spring. I was sectioned for six weeks.",
        ),
        ("A", "What medication do you take?"),
        (
            "C",
            "Lithium, eight hundred milligrams at night, and quetiapine. I have blood tests every three months.",
        ),
        ("A", "How are things at the moment?"),
        (
            "C",
            "Low. Really low. I'm in bed most of the day. I haven't showered in, um, I think five days. I know that's bad.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Not really. My flatmate does the shopping. I went to the GP last week and she had to come with me, because I couldn't face the waiting room.",
        ),
        ("A", "Can you cope with changes to your routine?"),
        (
            "C",
            "No. If an appointment gets moved I just, I spiral. When this assessment was rescheduled I didn't sleep for two nights.",
        ),
        ("A", "What about when you're high?"),
        (
            "C",
            "That's the other thing. When I'm high I spend everything. I took out a loan for four thousand pounds last time. Half the time I don't remember doing it.",
        ),
        ("A", "And your concentration?"),
        (
            "C",
            "I can't read a page of a book. I start watching something and I'm on my phone in five minutes. Sorry, I'm going off on one. What was the question?",
        ),
        ("A", "That's fine. Do you have any thoughts of suicide?"),
        ("C", "Sometimes. Not plans. Just, it'd be easier. I've got the crisis number."),
        ("A", "Okay. Do you see a community psychiatric nurse?"),
        ("C", "Yes, every two weeks. Jo. She comes to the flat."),
        ("A", "Okay, thank you, that's all I need."),
    ]
    report = [
        ("Video assessment. The claimant was seen alone.", {SUP}),
        ("She was diagnosed with bipolar affective disorder type 1 twelve years ago.", {SUP}),
        ("She has had 1 previous psychiatric admission.", {NC}),
        ("Medication: lithium 400 mg at night and quetiapine.", {NC}),
        ("She reports she showers daily.", {NS}),
        ("Getting about: She attended her GP surgery alone last week.", {NS}),
        ("Coping with change: She reports some difficulty when appointments are changed.", {QD}),
        ("She took out a loan of £400 during a period of elevated mood.", {NC}),
        ("Learning tasks: She reports she watches television programmes and uses her phone.", {QD}),
        ("She is seen by her community psychiatric nurse every 4 weeks.", {NC}),
        (
            "Mental state examination: She was well kempt, seated in a brightly lit room, cheerful in manner and maintained good eye contact.",
            {IMP},
        ),
        ("She denied any suicidal thoughts.", {NS}),
    ]
    return turns, report


def _case_08():
    # PIP, home visit, stroke with left-sided weakness and dysphasia, daughter (carer) present
    turns = [
        (
            "A",
            "Hello Mr Williams, I'm Gareth, I'm a physiotherapist. It's ten o'clock, so I'll start now. And who's this?",
        ),
        ("P", "I'm his daughter, Sian. I'm his carer, I live with him."),
        ("A", "Mr Williams, can you tell me what happened?"),
        ("C", "Stroke. Um. Two. Two years. No. Eighteen."),
        ("P", "Eighteen months ago, Dad. March last year."),
        ("C", "Yes. Left side. Arm's no good."),
        ("A", "Can you use your left hand at all?"),
        ("C", "No. Bit. Can't grip."),
        ("A", "How do you manage with meals?"),
        (
            "P",
            "I cook everything. He can't use both hands, so he can't peel or chop. He'll eat on his own if I cut it up, and he uses a plate guard.",
        ),
        ("A", "What about washing?"),
        ("C", "Sian. Helps. Shower."),
        (
            "P",
            "I help him in and out, he's got a seat in the shower. He's fallen twice getting out. I wash his back and his hair.",
        ),
        ("A", "Dressing?"),
        (
            "P",
            "I do his buttons, socks and shoes. He can pull a jumper on with his good arm if I hold it for him.",
        ),
        ("A", "Mr Williams, can you walk?"),
        ("C", "Stick. Walk. To the gate."),
        (
            "P",
            "That's about ten metres. With the quad stick, and I walk beside him. He can't go further, his leg gives out.",
        ),
        ("A", "And talking, communication?"),
        (
            "P",
            "He gets frustrated. Strangers can't understand him. I have to speak for him on the phone and at the doctor's.",
        ),
        ("A", "Can you read, Mr Williams?"),
        ("C", "Paper. Headlines. Not. Not long."),
        ("A", "Okay. Could you stand up from the chair for me?"),
        ("C", "Okay. Hold. Hold on."),
        ("P", "Here, hold my arm, Dad. Push up."),
        (
            "A",
            "Thank you, that's fine, sit back down. It's quarter past ten, that's all I need today.",
        ),
    ]
    report = [
        ("Home visit. Start time 10:00, finish time 11:15.", {IMP}),
        ("Present: the claimant and his daughter, who is his carer.", {SUP}),
        ("He had a stroke approximately 18 months ago affecting his left side.", {SUP}),
        ("Activity 2 - Taking nutrition: He eats independently.", {QD}),
        (
            "Activity 4 - Washing and bathing: He showers using a shower seat, with his daughter helping him in and out; he has fallen once.",
            {NC},
        ),
        (
            "Activity 6 - Dressing and undressing: He dresses independently except for buttons.",
            {QD},
        ),
        (
            "Mobility 2 - Moving around: He walks approximately 50 metres with a quad stick.",
            {NC, QD},
        ),
        (
            "Activity 7 - Communicating verbally: He is able to communicate effectively with strangers.",
            {NS},
        ),
        ("Activity 11 - Reading: He can read newspaper headlines but not longer text.", {SUP}),
        (
            "Informal observations: He rose from the chair without using his arms and without assistance.",
            {IMP},
        ),
        ("His speech was fluent and clear throughout.", {IMP}),
        ("His daughter reports he uses a plate guard.", {SUP}),
    ]
    return turns, report


def _case_09():
    # WCA, face to face at an assessment centre, epilepsy, friend present
    turns = [
        (
            "A",
            "Morning, come in. I'm Helen, I'm one of the nurses here. You must be Mr Kowalski? And this is?",
        ),
        ("C", "Yes, Piotr. This is my friend Dave. He came with me on the bus."),
        ("P", "Alright."),
        ("A", "You came by bus?"),
        ("C", "Yes, two buses. I'm not allowed to drive. They took my licence."),
        ("A", "Tell me about your epilepsy."),
        (
            "C",
            "I have tonic clonic seizures, the big ones, about three a month. And absences, lots. Maybe every day. I don't always know.",
        ),
        (
            "P",
            "I see the absences when we're out. He just stops and stares, for ten, twenty seconds.",
        ),
        ("A", "When did you last have a big seizure?"),
        ("C", "Last Tuesday. I bit my tongue. I wet myself. I was in the kitchen."),
        ("A", "Do you get any warning?"),
        ("C", "Sometimes a funny smell, for a few seconds. Not always. Usually nothing."),
        ("A", "How long does it take you to recover?"),
        ("C", "The whole day. I sleep, I have a headache, I'm confused."),
        ("A", "Medication?"),
        (
            "C",
            "Levetiracetam, one and a half grams twice a day, and lamotrigine. The doctor keeps changing it.",
        ),
        ("A", "Do you take it yourself?"),
        ("C", "Yes, I have alarms on my phone."),
        ("A", "Do you go out alone?"),
        (
            "C",
            "Short distances. Most of the time somebody comes with me, because of the seizures. In the street I fell and hit my head. I had stitches.",
        ),
        ("A", "What about work?"),
        ("C", "I was a forklift driver. They let me go because of the seizures, two years ago."),
        ("A", "Any problems with your memory?"),
        ("C", "Yes, I forget things. Dave reminds me of appointments. I nearly forgot today."),
        ("P", "I rang him this morning. Twice."),
        ("A", "Right. Thank you both."),
    ]
    report = [
        ("Face to face assessment. The claimant attended alone.", {IMP}),
        ("He travelled to the assessment centre by bus.", {SUP}),
        ("He reports tonic-clonic seizures approximately 3 times a year.", {NC}),
        ("Absence seizures were not reported.", {NS}),
        ("He reports he gets a warning before his seizures.", {QD}),
        ("Recovery time following a seizure is approximately 1 hour.", {NC}),
        ("Medication: levetiracetam 1.5 g twice daily and lamotrigine.", {SUP}),
        ("He manages his medication independently, using phone alarms as reminders.", {SUP}),
        ("Getting about: He goes out alone.", {QD}),
        ("He was dismissed from his job as a forklift driver 5 years ago.", {NC}),
        ("Memory: No problems reported.", {NS}),
        (
            "Informal observations: No absences were observed during the 40 minute assessment.",
            {IMP},
        ),
    ]
    return turns, report


def _case_10():
    # PIP, telephone, ME/CFS with POTS, mother (carer) present and taking over
    turns = [
        (
            "A",
            "Hello, is that Ellie Morgan? It's Rachel from the assessment provider, about your PIP claim. It's two o'clock. Is now still a good time?",
        ),
        ("C", "Yes. Sorry, I'm speaking quietly, I'm lying down."),
        ("A", "That's okay. Is anyone with you?"),
        ("C", "My mum. She's my carer. Can she help me answer? I get tired really fast."),
        ("A", "Of course. Mum, what's your name?"),
        ("P", "Angela. Hello."),
        ("A", "Ellie, tell me about your condition."),
        (
            "C",
            "I've got M E, chronic fatigue syndrome. Since I had glandular fever at sixteen. So eight years. I'm mostly in bed now.",
        ),
        ("A", "How many hours a day are you in bed?"),
        (
            "C",
            "Twenty, twenty one hours. I get up to go to the toilet, and sometimes I sit in the lounge for an hour in the afternoon.",
        ),
        ("A", "Can you prepare food?"),
        (
            "C",
            "No. Mum does all of it. If I stand up for more than a couple of minutes I get dizzy. I've got POTS as well.",
        ),
        ("A", "And washing?"),
        (
            "P",
            "She has a shower once a week, on a stool, and I wash her hair. Other days I help her have a wash in bed. After the shower she's in bed for two days recovering.",
        ),
        ("A", "Ellie, do you go out?"),
        (
            "C",
            "Hospital appointments. In the wheelchair, mum pushes. It's once a month maybe, and then I crash.",
        ),
        ("A", "Could you walk any distance?"),
        ("C", "To the bathroom. That's, like, five metres. I hold the wall."),
        ("A", "Are you able to manage your money?"),
        (
            "C",
            "I can, yeah. I do it on my phone. It's just reading long things, with the brain fog. But money's okay.",
        ),
        ("A", "Do you see friends?"),
        (
            "C",
            "They visit sometimes. Like one friend every couple of weeks, for half an hour. Then I have to sleep.",
        ),
        ("P", "She's fading now. Can I carry on for her?"),
        ("A", "Yes, please. Is there anything else I should know?"),
        (
            "P",
            "She's very sensitive to light and noise. We keep the curtains closed, and she can't cope with the telly on.",
        ),
        ("A", "Thank you both. I'll finish there."),
    ]
    report = [
        ("Telephone consultation commenced at 14:00.", {SUP}),
        (
            "The claimant's mother, who is her carer, was present and contributed with the claimant's agreement.",
            {SUP},
        ),
        ("She reports ME/CFS for 8 years following glandular fever.", {SUP}),
        ("She spends approximately 12 hours a day in bed.", {NC}),
        ("She sits in the lounge for several hours each afternoon.", {NC}),
        (
            "Activity 1 - Preparing food: She can stand for short periods to prepare a simple snack.",
            {NS},
        ),
        (
            "Activity 4 - Washing and bathing: She showers twice a week using a shower stool.",
            {NC, QD},
        ),
        ("Mobility 2 - Moving around: She walks short distances within the home.", {QD}),
        ("She attends hospital appointments monthly.", {QD}),
        (
            "Activity 9 - Engaging with other people: One friend visits every couple of weeks for about half an hour, after which she needs to sleep.",
            {SUP},
        ),
        (
            "Informal observations: She spoke clearly throughout the consultation and did not appear fatigued.",
            {IMP},
        ),
        ("No sensory sensitivities were reported.", {NS}),
    ]
    return turns, report


def _case_11():
    # PIP, face to face at an assessment centre, rheumatoid arthritis, claimant alone, brisk assessor
    turns = [
        ("A", "Mrs Hussain? Come through, sit here. I'm Paul, I'm a nurse. How did you get here?"),
        ("C", "Taxi. I can't manage the steps on the bus."),
        ("A", "Anyone with you?"),
        ("C", "No, my husband's looking after the grandchildren."),
        ("A", "Your condition?"),
        (
            "C",
            "Rheumatoid arthritis, in my hands, wrists, knees and feet. Fifteen years. Methotrexate injection once a week, and folic acid, and I'm starting a biologic next month.",
        ),
        ("A", "Who does the injection?"),
        ("C", "My husband does it. My hands can't push the plunger."),
        ("A", "Cooking?"),
        (
            "C",
            "Simple things. I can't open jars or lift a pan full of water. I use a kettle tipper. My husband drains the potatoes.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I've stopped wearing anything with buttons. Elastic waists. He does my bra. In the morning my hands are stiff for about two hours.",
        ),
        ("A", "Washing?"),
        ("C", "I can shower. I've got a long handled sponge for my back and my feet."),
        ("A", "Walking?"),
        (
            "C",
            "My feet are the worst. About a hundred yards and then I have to stop. It's like walking on pebbles. I have special insoles.",
        ),
        ("A", "Okay. Make a fist for me with both hands."),
        ("C", "That's as much as I can. I can't close them fully. The knuckles are swollen today."),
        ("A", "Squeeze my fingers."),
        ("C", "Ow. Sorry. That's it."),
        ("A", "Raise your arms above your head."),
        ("C", "The right one goes up. The left only to my shoulder."),
        ("A", "Okay. That's all."),
    ]
    report = [
        ("Face to face consultation. She attended alone, having travelled by taxi.", {SUP}),
        ("Rheumatoid arthritis for 15 years affecting the hands, wrists, knees and feet.", {SUP}),
        (
            "Activity 3 - Managing therapy: She self-administers her weekly methotrexate injection.",
            {NS},
        ),
        ("Activity 1 - Preparing food: She cooks simple meals.", {QD}),
        ("She reports early morning stiffness lasting approximately 30 minutes.", {NC}),
        ("Activity 6 - Dressing and undressing: She dresses independently.", {QD}),
        ("Activity 4 - Washing and bathing: She showers using a long handled sponge.", {SUP}),
        ("Mobility 2 - Moving around: She can walk 200 metres before stopping.", {NC, QD}),
        ("Physical examination: She was able to make a full fist bilaterally.", {IMP}),
        ("Grip strength was normal bilaterally.", {IMP}),
        ("Full range of movement at both shoulders.", {IMP}),
        ("She is due to start a biologic medication next month.", {SUP}),
    ]
    return turns, report


def _case_12():
    # WCA, telephone, autism and anxiety, advocate present
    turns = [
        (
            "A",
            "Hello, is that Mr Liam Carter? I'm calling for your work capability assessment. My name is Steve, I'm a nurse.",
        ),
        ("C", "Yes."),
        ("A", "Is anyone with you?"),
        ("C", "Yes."),
        (
            "P",
            "Hi, I'm Nadia, I'm Liam's advocate from the local autism charity. Liam asked me to join, because phone calls are very hard for him.",
        ),
        ("A", "Okay. Liam, can you tell me about your conditions?"),
        ("C", "Autism. And anxiety."),
        ("A", "When were you diagnosed?"),
        ("C", "Twenty. Twenty one. When I was twenty one. So nine years ago."),
        ("A", "Do you go out on your own?"),
        ("C", "To the same shop. Same time. Six in the morning, when it's empty."),
        (
            "P",
            "If the shop is closed or there's roadworks, Liam turns round and goes home. He can't work out another way.",
        ),
        ("A", "How about going somewhere you haven't been before?"),
        ("C", "No. I don't."),
        ("A", "What happens if plans change?"),
        ("C", "I, um. I shut down. I bang my head."),
        ("P", "He's got bruises from it. It happened when this call was moved from Monday."),
        ("A", "Do you meet people? Friends?"),
        ("C", "No friends. I talk to people online. Gaming."),
        ("A", "How often do you have meltdowns?"),
        ("P", "Liam?"),
        ("C", "Two or three a week."),
        ("A", "Do you have any problems with anger?"),
        ("C", "No. I don't shout at people. I hurt myself, not other people."),
        ("A", "Could you work in an office?"),
        ("C", "No. The lights. The noise. I had a job in a warehouse and I lasted three days."),
        ("A", "Okay. Do you cook, look after yourself?"),
        (
            "P",
            "His mum brings round meals. He eats the same things. He needs reminding to shower, his mum texts him.",
        ),
        ("A", "Thank you both."),
    ]
    report = [
        ("Telephone assessment. The claimant was supported by an advocate.", {SUP}),
        ("He was diagnosed with autism at the age of 21.", {SUP}),
        ("Getting about: He goes to his local shop alone at around 8am.", {NC}),
        ("He is able to find an alternative route if his usual route is unavailable.", {NS}),
        ("He avoids unfamiliar places.", {SUP}),
        ("Coping with change: He reports he becomes anxious when plans change.", {QD}),
        ("He reports meltdowns approximately 2 or 3 times a month.", {NC}),
        ("Appropriateness of behaviour: No history of aggression towards others.", {SUP}),
        ("Coping with social engagement: He has friends with whom he plays games online.", {NS}),
        ("He previously worked in a warehouse for 3 months.", {NC}),
        ("Personal care: He showers independently.", {QD}),
        (
            "Informal observations: He engaged well on the telephone and answered questions in full without support.",
            {IMP},
        ),
    ]
    return turns, report


def _case_13():
    # PIP, video, Crohn's disease, claimant alone
    turns = [
        (
            "A",
            "Hello, can you see me? I'm Lucy, a physiotherapist, and I'm carrying out your PIP assessment over video. It's eleven o'clock. Are you on your own?",
        ),
        ("C", "Yes, just me."),
        ("A", "Tell me about your Crohn's."),
        (
            "C",
            "I was diagnosed at twenty five, so that's seven years now. I've had two operations, a bowel resection in twenty twenty one and then, um, a stoma reversal.",
        ),
        ("A", "How are your symptoms now?"),
        (
            "C",
            "In a flare I'm on the toilet fifteen, twenty times a day. When it's settled, maybe six times. I'm in a flare at the moment, it's been about three weeks.",
        ),
        ("A", "How often do flares happen?"),
        ("C", "Every couple of months. And they last weeks."),
        ("A", "Do you have accidents?"),
        (
            "C",
            "Yes. Not often, but I've had them in the supermarket. Which is why I don't really go out unless I know where the toilet is.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Infliximab infusions every eight weeks at the hospital, and I take loperamide when I need to go out.",
        ),
        ("A", "Eating?"),
        (
            "C",
            "I'm on a low residue diet. I've lost about two stone since Christmas. Some days I can't eat anything.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "When I'm well I cook. On flare days I'm too exhausted and in too much pain to stand, so I have toast or nothing.",
        ),
        ("A", "Going out?"),
        (
            "C",
            "I plan everything around toilets. I use the toilet map app, and I've got a radar key. I'll go to my mum's, which is a ten minute drive.",
        ),
        ("A", "Do you drive?"),
        ("C", "Yes, but not when I'm flaring. I can't risk it."),
        ("A", "How far can you walk?"),
        ("C", "Walking's not really the problem. I can walk. It's how far from a toilet I am."),
        ("A", "Okay, that's all the questions I have. Thanks."),
    ]
    report = [
        ("Video consultation. The claimant was alone.", {SUP}),
        ("Crohn's disease diagnosed 7 years ago; she has had two operations.", {SUP}),
        (
            "Activity 5 - Managing toilet needs: She reports opening her bowels approximately 6 times a day.",
            {QD},
        ),
        ("She reports flares occurring every 6 months.", {NC}),
        ("She reports no episodes of incontinence.", {NS}),
        ("Medication: infliximab infusions every 4 weeks and loperamide as required.", {NC}),
        ("She reports weight loss of about 1 stone since Christmas.", {NC}),
        ("Activity 1 - Preparing food: She cooks for herself.", {QD}),
        ("She drives to her mother's house, a 30 minute drive.", {NC, QD}),
        ("Mobility 2 - Moving around: She reports no difficulty with walking.", {SUP}),
        ("Informal observations: She sat comfortably throughout the 50 minute video call.", {IMP}),
        ("Abdominal examination: soft, non-tender, no masses palpable.", {IMP}),
    ]
    return turns, report


def _case_14():
    # PIP, home visit, Parkinson's disease, wife present
    turns = [
        (
            "A",
            "Good afternoon Mr Ellis, I'm Nadine, I'm a paramedic by background. Thank you for having me in your home. Is your wife going to stay with us?",
        ),
        ("C", "Yes. Margaret. She knows more about it than I do. I forget things."),
        ("P", "Hello."),
        ("A", "Tell me about your Parkinson's."),
        (
            "C",
            "I was diagnosed in twenty eighteen. The tremor is mainly my right hand. And I freeze. I'll be walking and my feet just stick to the floor.",
        ),
        (
            "P",
            "He falls. He fell three times last month. Once in the garden, and he couldn't get up, I had to call the ambulance.",
        ),
        ("A", "What medication is he on?"),
        (
            "P",
            "Co-careldopa, five times a day. I set alarms and bring them to him, because he'll forget, or he'll say he's taken them.",
        ),
        ("A", "Do you eat independently, Mr Ellis?"),
        ("C", "I use a spoon mostly. Cutting is hard with the shaking. She cuts it up for me."),
        ("A", "Washing?"),
        (
            "C",
            "We had a walk in shower put in. She stays in the bathroom with me in case I freeze.",
        ),
        ("A", "How is your speech?"),
        ("P", "His voice has gone very quiet. People on the phone can't hear him."),
        ("A", "Do you still go out?"),
        (
            "C",
            "We go to the Parkinson's group on a Thursday. Margaret drives. I can walk from the car to the hall with my rollator. That's about thirty metres.",
        ),
        ("A", "Could you show me walking across the room, please?"),
        ("C", "I'll try. Hang on. I'm stuck. Give me a moment."),
        ("P", "Count, love. One, two. One, two."),
        ("C", "There we go."),
        ("A", "Thank you. Do you manage your money?"),
        (
            "C",
            "Margaret does the banking now. I used to be an accountant, funnily enough. But I make mistakes with numbers now.",
        ),
        ("A", "Okay. That's everything. Thank you both."),
    ]
    report = [
        ("Home visit. The claimant was seen with his wife.", {SUP}),
        (
            "He was diagnosed with Parkinson's disease in 2018, with a right hand tremor and episodes of freezing.",
            {SUP},
        ),
        ("His wife reports he has fallen once in the last month.", {NC}),
        (
            "Activity 3 - Managing therapy: He takes co-careldopa 5 times a day and manages his own medication.",
            {NS},
        ),
        (
            "Activity 2 - Taking nutrition: He eats using a spoon and his wife cuts up his food.",
            {SUP},
        ),
        (
            "Activity 4 - Washing and bathing: He has a walk-in shower and washes independently.",
            {QD},
        ),
        ("Activity 7 - Communicating verbally: No difficulties with speech were reported.", {NS}),
        ("Mobility 2 - Moving around: He walks approximately 30 metres using a rollator.", {SUP}),
        (
            "Informal observations: He walked across the room with a steady gait and no episodes of freezing.",
            {IMP},
        ),
        ("He attends a Parkinson's support group weekly, driven by his wife.", {SUP}),
        ("He previously worked as an accountant.", {SUP}),
        ("Activity 10 - Making budgeting decisions: He manages his own finances.", {NS}),
    ]
    return turns, report


def _case_15():
    # WCA, face to face at an assessment centre, heart failure, claimant alone, brisk assessor
    turns = [
        (
            "A",
            "Mr Adeyemi? I'm Doctor Shaw. It's twenty to four, sorry for the wait. Sit down. Anyone with you?",
        ),
        ("C", "No, my son dropped me at the door. He's gone to park the car."),
        ("A", "Tell me about your heart."),
        (
            "C",
            "Heart failure. I had a heart attack four years ago and the pump is weak now. The ejection fraction, they said thirty percent.",
        ),
        ("A", "Breathless?"),
        (
            "C",
            "Yes. Walking up a slope, even getting dressed. I have to stop between putting on my trousers and my shirt.",
        ),
        ("A", "How far on the flat?"),
        ("C", "Maybe sixty, seventy metres. Then I stop. My ankles swell."),
        ("A", "Stairs?"),
        ("C", "One flight, slowly. I stop halfway. I sleep upstairs."),
        ("A", "Medication?"),
        (
            "C",
            "Bisoprolol, ramipril, and furosemide, forty milligrams in the morning. The water tablet means I'm in the toilet a lot in the morning.",
        ),
        ("A", "Do you get chest pain?"),
        ("C", "Sometimes, when I rush. I use the spray, maybe once a week."),
        ("A", "Standing?"),
        (
            "C",
            "I get dizzy if I stand still too long. Ten minutes in a queue and I need to sit down.",
        ),
        ("A", "Any problems with your hands, or reaching?"),
        ("C", "No."),
        ("A", "Fine. I'll just have a look at your ankles."),
        ("C", "Okay."),
        ("A", "Right, there's some swelling in both ankles. Thank you, that's all."),
    ]
    report = [
        ("Face to face assessment commenced at 15:40.", {SUP}),
        ("The claimant attended with his son, who was present throughout.", {IMP}),
        (
            "History of myocardial infarction 4 years ago with heart failure; ejection fraction reported as 30%.",
            {SUP},
        ),
        ("Mobilising: He can walk 100 metres on the flat.", {NC}),
        ("He manages a flight of stairs at home.", {QD}),
        ("Medication: bisoprolol, ramipril and furosemide 40 mg in the morning.", {SUP}),
        ("He uses his GTN spray approximately once a week.", {SUP}),
        ("Standing and sitting: He reports no difficulty with standing.", {NS}),
        ("No problems with reaching or manual dexterity were reported.", {SUP}),
        ("He reports no difficulty with dressing.", {NS}),
        ("Examination: Bilateral ankle swelling noted.", {SUP}),
        ("Blood pressure 128/76, pulse 72 and regular.", {IMP}),
    ]
    return turns, report


def _case_16():
    # PIP, telephone, schizophrenia, support worker present
    turns = [
        (
            "A",
            "Hello, is that Marcus Bell? I'm Joanne, calling about your PIP claim. It's quarter past one. Is there someone with you?",
        ),
        ("C", "Yeah. Kev. He's my support worker."),
        ("P", "Hi, Kevin Doyle, from the supported housing project. Marcus asked me to be here."),
        ("A", "Thanks. Marcus, tell me a bit about your health."),
        ("C", "Schizophrenia. I hear voices. They tell me things. They're worse at night."),
        ("A", "How long have you had it?"),
        ("C", "Since I was eighteen. I'm thirty one now."),
        ("A", "Medication?"),
        ("C", "A depot injection every two weeks, at the clinic. And something for sleep."),
        ("P", "I go with him to the depot clinic. Otherwise he doesn't go."),
        ("A", "Do you cook?"),
        ("C", "I have a microwave. Ready meals."),
        (
            "P",
            "Staff check his fridge twice a week, because he's had food out of date, and he forgets when he's put something on. We've had to take the hob out.",
        ),
        ("A", "How do you get on with washing?"),
        (
            "C",
            "I don't like the shower. The voices. I don't like the water noise. Maybe once a week.",
        ),
        ("P", "With prompting, once a week, yes."),
        ("A", "Going out?"),
        ("C", "I go to the shop. I don't go on buses. People look at me."),
        (
            "P",
            "He gets paranoid on buses. He thinks people are talking about him. He's only ever been into town with staff.",
        ),
        ("A", "Money?"),
        ("C", "Kev helps."),
        ("P", "We hold his money and give it to him daily, otherwise it's gone on day one."),
        ("A", "Okay. Have you been in hospital?"),
        ("C", "Four times. The last time was two years ago."),
        ("A", "Thank you both."),
    ]
    report = [
        (
            "Telephone consultation commenced at 13:15. The claimant's support worker was present.",
            {SUP},
        ),
        ("He has schizophrenia, diagnosed at age 18; he is now 31.", {SUP}),
        ("He receives a depot injection every 2 weeks and attends the clinic independently.", {NS}),
        ("Activity 1 - Preparing food: He prepares microwave meals.", {QD}),
        ("Activity 4 - Washing and bathing: He showers once a week with prompting.", {SUP}),
        (
            "Mobility 1 - Planning and following journeys: He goes to the shop and uses buses to travel into town.",
            {NS},
        ),
        (
            "Activity 10 - Making budgeting decisions: His support worker holds his money and releases it to him weekly.",
            {NC},
        ),
        ("He has had 4 hospital admissions, the most recent 2 years ago.", {SUP}),
        ("Mental state: He denied auditory hallucinations.", {NS}),
        (
            "Informal observations: He was appropriately dressed and maintained good eye contact.",
            {IMP},
        ),
    ]
    return turns, report


def _case_17():
    # WCA, home visit, osteoarthritis of both knees and type 2 diabetes with neuropathy, adult son present
    turns = [
        (
            "A",
            "Hello Mrs Patterson, I'm Alan, I'm a nurse from the assessment service. Thank you for having me. And who's this?",
        ),
        ("P", "I'm her son, Craig. I pop in every day."),
        ("A", "Lovely. Mrs Patterson, tell me about your health."),
        (
            "C",
            "It's my knees mainly. Arthritis in both, the right's worse. I'm waiting for a knee replacement, I've been on the list a year and a half. And I've got diabetes, type two, with the nerve damage in my feet.",
        ),
        ("A", "Can you feel your feet?"),
        (
            "C",
            "They're numb from the toes to the ankle. I've had a cut on my foot and not known about it.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my frame, to the kitchen and back. About ten metres. Outside I don't. Craig takes me in the wheelchair.",
        ),
        ("A", "Stairs?"),
        ("C", "I live downstairs now. We had the bed brought down."),
        ("A", "Standing?"),
        ("C", "Five minutes at the sink, holding on, then I have to sit on the perching stool."),
        ("A", "And sitting?"),
        (
            "C",
            "Sitting's all right, in my recliner. But getting up is a struggle. I push on the arms.",
        ),
        ("A", "Do you check your blood sugars?"),
        ("C", "Yes, twice a day with the finger prick. I take metformin, and insulin at night."),
        ("A", "Any hypos?"),
        ("C", "Not really. Maybe once a month I go a bit shaky."),
        ("A", "Right. Could you stand up from the chair for me?"),
        ("C", "Oh. Hang on. Craig, pass me my frame. Right. There."),
        ("A", "Thank you. Please sit down. That's everything. Thank you both."),
    ]
    report = [
        ("Home visit. The claimant's son was present.", {SUP}),
        (
            "She has osteoarthritis of both knees, worse on the right, and is on the waiting list for a knee replacement.",
            {SUP},
        ),
        ("She has been on the waiting list for approximately 6 months.", {NC}),
        (
            "Type 2 diabetes with peripheral neuropathy; she reports numbness from the toes to the ankles.",
            {SUP},
        ),
        (
            "Mobilising: She walks approximately 10 metres indoors with a walking frame and uses a wheelchair outdoors, pushed by her son.",
            {SUP},
        ),
        ("She lives on the ground floor with her bed downstairs.", {SUP}),
        (
            "Standing and sitting: She can stand at the sink for about 5 minutes, holding on, before needing to sit on a perching stool.",
            {SUP},
        ),
        ("She monitors her blood glucose twice daily and takes metformin and insulin.", {SUP}),
        ("She reports she drives to the supermarket weekly.", {NS}),
        (
            "Informal observations: She rose from her chair using the arms of the chair and her walking frame.",
            {SUP},
        ),
    ]
    return turns, report


def _case_18():
    # PIP, face to face at an assessment centre, profound hearing loss and tinnitus, partner present
    turns = [
        ("A", "Hello, Mr Doyle? Mr Doyle?"),
        ("P", "He didn't hear you. I'm his partner, Shona. Conor, it's us."),
        ("C", "Sorry. I need to see your face. I lip read."),
        (
            "A",
            "Of course, sorry. I'll face you. I'm Tom, I'm a nurse. Can you tell me about your hearing?",
        ),
        (
            "C",
            "I lost most of my hearing after meningitis when I was a kid. Profound in the left, severe in the right. I've got one hearing aid. And the tinnitus, it's constant, like a kettle.",
        ),
        ("A", "Do you use sign language?"),
        ("C", "A bit. British Sign Language, level one. Shona's better than me."),
        ("A", "How do you manage conversations with people you don't know?"),
        (
            "C",
            "If they face me and speak slowly, one to one, I get maybe half. In a group, nothing. On the phone, nothing. Shona makes all my calls.",
        ),
        ("A", "Did you ask for an interpreter today?"),
        ("P", "We asked. They said nobody was available, so I came."),
        ("A", "How do you get on going out?"),
        (
            "C",
            "I'm fine walking. But I can't hear traffic behind me. I've nearly been hit by a bike twice. And announcements at the station, I miss them.",
        ),
        ("A", "Do you work?"),
        (
            "C",
            "I work part time in a print shop, sixteen hours a week. My boss writes things down for me.",
        ),
        ("A", "Do you have any problems with balance?"),
        ("C", "Sometimes. Dizzy spells, maybe once a week, from the inner ear."),
        ("A", "Okay. I think that's everything. Is there anything else?"),
        (
            "P",
            "Just that he gets very isolated. He doesn't go to family things because he can't follow what's going on.",
        ),
        ("A", "Thank you both."),
    ]
    report = [
        (
            "Face to face consultation at the assessment centre. The claimant attended with his partner.",
            {SUP},
        ),
        (
            "He reports hearing loss since childhood meningitis, profound on the left and severe on the right, with one hearing aid and constant tinnitus.",
            {SUP},
        ),
        ("He has basic British Sign Language (level 1).", {SUP}),
        (
            "Activity 7 - Communicating verbally: He is able to understand people he does not know if they face him and speak slowly.",
            {QD},
        ),
        ("His partner makes his telephone calls for him.", {SUP}),
        ("An interpreter was not available; his partner assisted with communication.", {SUP}),
        ("He works part time in a print shop, 25 hours a week.", {NC}),
        ("He reports dizzy spells approximately once a week.", {SUP}),
        ("Informal observations: He responded immediately when his name was called.", {IMP}),
        (
            "His partner reports he avoids family gatherings as he is unable to follow conversation.",
            {SUP},
        ),
    ]
    return turns, report


def _case_19():
    # WCA, telephone, long COVID with cognitive difficulties, husband present
    turns = [
        (
            "A",
            "Hello, is that Mrs Anita Shah? I'm Mark, calling from the health assessment service for your work capability assessment. It's ten to four. Are you happy to go ahead?",
        ),
        ("C", "Yes. My husband is here too. He's going to help if I lose track."),
        ("P", "Hello, I'm Raj."),
        ("A", "That's fine. Tell me about your condition."),
        (
            "C",
            "Long COVID. I caught COVID in, um, twenty twenty two, and I never got better. The fatigue, I'm breathless, and my brain, I can't think.",
        ),
        ("A", "Were you working?"),
        (
            "C",
            "I was a primary school teacher. I tried to go back on reduced hours but I lasted two weeks.",
        ),
        ("A", "How is your concentration?"),
        (
            "C",
            "I can't follow a TV programme. I read the same line again and again. I put the kettle in the fridge last week.",
        ),
        ("P", "She's left the gas on twice. I turn it off at the wall now when I go to work."),
        ("A", "Can I try a quick test? Could you count backwards from one hundred in sevens?"),
        ("C", "Ninety three. Eighty six. Um. Seventy. No. I've lost it. Sorry."),
        ("A", "That's fine. How far can you walk?"),
        (
            "C",
            "I do a little walk most days, to the end of the street, maybe a hundred metres, because the physio said to. Then I lie down for an hour after.",
        ),
        ("A", "Can you manage a normal day's tasks?"),
        (
            "C",
            "I have to pace. I do one thing, then rest. Like, a shower in the morning, then I rest.",
        ),
        ("A", "How are you sleeping?"),
        ("C", "I sleep ten hours and wake up exhausted."),
        ("A", "Okay, it's four o'clock now, and I think I've got what I need. Thank you both."),
    ]
    report = [
        ("Telephone assessment, 15:50 to 16:00. The claimant's husband was present.", {SUP}),
        (
            "She reports long COVID following infection in 2022, with fatigue, breathlessness and cognitive difficulties.",
            {SUP},
        ),
        (
            "She previously worked as a primary school teacher; a phased return to work lasted 2 weeks.",
            {SUP},
        ),
        ("Learning tasks: She reports she is unable to follow a television programme.", {SUP}),
        ("Her husband reports she has left the gas on twice.", {SUP}),
        ("Serial sevens were completed accurately.", {IMP}),
        (
            "Mobilising: She walks approximately 200 metres most days, after which she needs to lie down for an hour.",
            {NC},
        ),
        ("She paces her activities, resting between tasks.", {SUP}),
        ("She reports sleeping 10 hours a night and waking unrefreshed.", {SUP}),
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

FIRST_SEED = 39000


def make_case_39(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    index = seed - FIRST_SEED
    if not 0 <= index < len(_CASES):
        raise ValueError(
            f"seed {seed} is out of range: expected {FIRST_SEED} to {FIRST_SEED + len(_CASES) - 1}"
        )
    rng = random.Random(seed)
    assessor, claimant, companion = rng.sample(VOICES, 3)
    voice_of = {"A": assessor, "C": claimant, "P": companion}
    turns, report = _CASES[index]()
    dialogue = [(0 if role == "A" else 1, voice_of[role], text) for role, text in turns]
    return dialogue, [(statement, set(labels)) for statement, labels in report]
