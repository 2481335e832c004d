"""Blind held-out evaluation set 38: twenty assessment consultations and the reports written about them.

Written by hand, without reference to the tool's code, tests or other benchmark sets, from public
knowledge of the PIP PA4 and WCA ESA85 report formats. Each case is a complete spoken consultation
(assessor "A", claimant "C", sometimes a companion "P") meant to be synthesised and transcribed, with
numbers, times and doses written as people say them, and the report an assessor produced afterwards,
split into statements labelled number_changed, qualifier_dropped, never_said, impossible or supported.

Channels: telephone, video, face to face at an assessment centre, and home visits; ten PIP and ten WCA
consultations. Conditions: fibromyalgia with depression, lumbar disc prolapse, multiple sclerosis,
anxiety with agoraphobia, autism with learning disability, COPD, stroke with aphasia, bipolar disorder,
epilepsy, glaucoma, Parkinson's disease, ME/CFS, PTSD, Crohn's disease, Down's syndrome, rheumatoid
arthritis, schizophrenia, heart failure, Meniere's disease and acquired brain injury. Companions include
a wife, husband, mother, daughter, friend, support worker, paid carer, advocate and care coordinator.
Start and end times stated in reports are either consistent with, or contradict, the times said aloud.
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
            "Good morning, is that Mrs Karen Doyle? My name is Steven, I'm a disability assessor calling about your Personal Independence Payment claim. The time is now nine o'clock. Is anyone with you today?",
        ),
        ("C", "Yes, that's me. No, it's just me, my husband's at work."),
        (
            "A",
            "Fine. You asked for the call to be recorded, that's all in hand. What conditions affect you?",
        ),
        (
            "C",
            "Fibromyalgia mainly, I was diagnosed about six years ago. And depression. I've had the depression since my daughter was born really.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Pregabalin, a hundred and fifty milligrams twice a day, and sertraline, fifty milligrams in the morning. And paracetamol when it's bad.",
        ),
        ("A", "Preparing food. Can you cook a meal?"),
        (
            "C",
            "Um, not really a proper meal. I do microwave stuff mostly. If I try to chop veg my hands go, and standing at the cooker, I can manage maybe five minutes before I have to sit down on the stool.",
        ),
        ("A", "Eating?"),
        ("C", "I can eat, yeah. I can cut up soft things."),
        ("A", "Washing and bathing."),
        (
            "C",
            "I shower, but I sit on a shower stool, I can't get in the bath at all. And I only manage it about twice a week because it wipes me out. I have to lie down for an hour after.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "It takes me ages, like half an hour, and I can't do my bra, my husband does the clasp before he goes to work. On bad days I just stay in my dressing gown.",
        ),
        ("A", "How many bad days in a week?"),
        ("C", "Four, maybe five. Most of the week, honestly."),
        ("A", "Going out. Do you go out on your own?"),
        (
            "C",
            "To the corner shop sometimes, it's just at the end of the road. But not into town, the crowds set me off, I get panicky.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "About fifty metres, then I have to stop and lean on something. The shop's maybe, I don't know, eighty metres? I stop twice on the way.",
        ),
        ("A", "Do you use a stick?"),
        ("C", "I've got one. I use it outside."),
        ("A", "Mixing with people?"),
        (
            "C",
            "I don't really see anyone anymore apart from my sister. She comes round on a Sunday.",
        ),
        ("A", "Sleep?"),
        ("C", "Terrible. Maybe three hours a night, I wake up with the pain."),
        (
            "A",
            "Right, that's everything I need. It's about five past nine, so I'll end the call there. Thank you.",
        ),
        ("C", "Okay. Thanks. Bye."),
    ]
    report = [
        ("Consultation type: telephone. Start time 09:00. End time 09:48.", {IMP}),
        ("Present: claimant only.", {SUP}),
        ("She reports fibromyalgia, diagnosed approximately six years ago, and depression.", {SUP}),
        (
            "Current medication: pregabalin 75 mg twice daily, sertraline 50 mg in the morning, paracetamol as required.",
            {NC},
        ),
        (
            "Activity 1 - Preparing food: She states she uses a microwave to prepare meals and can stand at the cooker for up to 15 minutes.",
            {NC},
        ),
        ("Activity 4 - Washing and bathing: She states she showers twice a week.", {QD}),
        (
            "Activity 6 - Dressing and undressing: She is able to dress herself, taking approximately 10 minutes.",
            {NC, QD},
        ),
        ("Variability: She reports bad days on four to five days a week.", {SUP}),
        ("Activity 11 - Planning and following journeys: She goes into town on her own.", {NS}),
        (
            "Mobility 2 - Moving around: She states she can walk approximately 50 metres before stopping, and uses a stick outdoors.",
            {SUP},
        ),
        (
            "Activity 9 - Engaging with other people: She reports meeting friends regularly at a local cafe.",
            {NS},
        ),
        (
            "Informal observations: She sounded alert and appeared well presented and appropriately dressed.",
            {IMP},
        ),
        ("She reports sleeping about three hours a night due to pain.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA, face to face at assessment centre, lumbar disc prolapse with sciatica, wife present, careless assessor
    turns = [
        ("A", "Mister Patel? Come through. I'm Angela, I'm a physiotherapist. And who's this?"),
        ("P", "I'm his wife, Meena."),
        (
            "A",
            "Take a seat, both of you. It's quarter past two, so we'll make a start. This is your work capability assessment for Universal Credit. What's the main problem?",
        ),
        (
            "C",
            "It's my back. Lower back. I had a disc prolapse three years ago, and the pain goes right down my right leg.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Naproxen, and co-codamol, the thirty five hundred, two tablets four times a day. And amitriptyline at night, ten milligrams.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Um, on a good day maybe a hundred metres, with my stick. Usually less. About fifty, then the leg goes numb and I have to stop.",
        ),
        ("P", "He had to stop twice in the car park today, and that's not far."),
        ("A", "Stairs?"),
        (
            "C",
            "We've got stairs at home. I go up one at a time, holding the rail. Takes me a couple of minutes.",
        ),
        ("A", "How long can you sit?"),
        (
            "C",
            "Twenty minutes maybe, then I have to get up and move. Sorry, actually, can I stand up now? It's starting.",
        ),
        ("A", "Of course, go ahead."),
        ("C", "Thanks. That's better."),
        ("A", "And standing?"),
        ("C", "Ten minutes, not much more. When I do the washing up I have to lean on the side."),
        ("A", "Can you pick something up off the floor?"),
        ("C", "If I bend my knees and hold onto something. Not by bending over, no."),
        ("A", "Reaching up?"),
        ("C", "Yeah, my arms are fine. I can reach up."),
        ("A", "Do you drive?"),
        ("C", "Not anymore. Not for about a year. Meena drives me everywhere."),
        ("A", "What's a typical day?"),
        (
            "C",
            "I get up about eight, Meena helps me with my socks and shoes. I sit and watch telly, lie down in the afternoon.",
        ),
        ("P", "He's not sleeping either. He's up three or four times a night with it."),
        (
            "A",
            "Okay. I'm going to skip the physical examination today as you're clearly in a lot of pain. That's all, it's twenty five past two. Thanks for coming in.",
        ),
    ]
    report = [
        (
            "Face to face assessment at the assessment centre. The claimant was accompanied by his wife.",
            {SUP},
        ),
        (
            "History of present condition: He reports a lumbar disc prolapse three years ago with pain radiating to the right leg.",
            {SUP},
        ),
        (
            "Medication: naproxen, co-codamol 30/500 two tablets four times daily, amitriptyline 10 mg at night.",
            {SUP},
        ),
        (
            "Mobilising: He states he can walk approximately 200 metres with a walking stick before needing to stop.",
            {NC},
        ),
        ("He manages a flight of stairs at home without difficulty.", {QD}),
        ("Sitting: He reports he can sit for around 45 minutes.", {NC}),
        (
            "Informal observations: He sat comfortably throughout the assessment without needing to stand.",
            {IMP},
        ),
        ("Standing: He states he stands for about 10 minutes to do the washing up.", {QD}),
        (
            "Picking up: He states he can pick objects up from the floor by bending his knees and holding onto something.",
            {SUP},
        ),
        ("He continues to drive short distances locally.", {NS}),
        ("He walks to the local shop daily.", {NS}),
        (
            "Musculoskeletal examination: lumbar flexion reduced to 50 percent, straight leg raise 60 degrees on the right.",
            {IMP},
        ),
        ("His wife reports that he wakes three to four times a night with pain.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, relapsing-remitting multiple sclerosis, husband present, kind assessor
    turns = [
        (
            "A",
            "Hi Claire, I'm Jo from the assessment service. Thanks for having me in your home. Is it okay if your husband stays?",
        ),
        ("C", "Yes please. Dave helps me a lot."),
        ("A", "Lovely. It's just coming up to eleven o'clock. Can you tell me about your MS?"),
        (
            "C",
            "I was diagnosed in twenty eighteen, relapsing remitting. The main things are the fatigue, and my legs, and my right hand is weak. And my eyes go blurry when I'm hot.",
        ),
        ("A", "How often do you have relapses?"),
        ("C", "About two a year. The last one was in March, I was in hospital for a week."),
        ("A", "And in between relapses, how does it vary?"),
        ("P", "She's got more bad days than good. I'd say she's bad five days out of seven."),
        ("C", "Yeah. That's about right."),
        ("A", "Tell me about cooking."),
        (
            "C",
            "Dave does most of it. I can make a sandwich or toast. I dropped a pan of boiling water last year, so I don't lift pans anymore.",
        ),
        ("A", "Okay. And your medication?"),
        (
            "C",
            "I have an injection every two weeks. Dave does it for me because my hand shakes. And tablets, I've got a dosette box.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "I shower with Dave there, in case I fall. I've fallen twice in the bathroom. He washes my hair for me.",
        ),
        ("A", "Toilet?"),
        (
            "C",
            "I have urgency. I have to go about ten times a day, and sometimes I don't make it. I wear pads.",
        ),
        ("A", "Getting around. I noticed you used the frame to come to the door."),
        (
            "C",
            "Indoors I use the frame. Outside I use the wheelchair and Dave pushes. I can walk maybe ten metres with the frame and then my legs feel like lead.",
        ),
        ("A", "Reading?"),
        ("C", "I can read, but when my eyes are bad I use big print, or Dave reads things to me."),
        ("A", "And mixing with people?"),
        ("C", "That's fine, I like people. I just can't get out to see them."),
        ("A", "Thank you. Could I watch you stand up from the chair, if that's okay?"),
        ("C", "Give me a second. I need to push up on the arms. Okay. There."),
        (
            "A",
            "Thank you, that's fine, do sit down. That's all I need. It's about ten past eleven.",
        ),
    ]
    report = [
        ("Home visit. Present: the claimant and her husband.", {SUP}),
        ("She was diagnosed with relapsing-remitting multiple sclerosis in 2018.", {SUP}),
        (
            "She reports approximately one relapse per year, the most recent in March requiring a one-week hospital admission.",
            {NC},
        ),
        ("Variability: She reports bad days on around two days a week.", {NC}),
        (
            "Activity 1 - Preparing food: She prepares simple snacks such as sandwiches and toast and is able to lift pans.",
            {NS},
        ),
        (
            "Activity 3 - Managing therapy: She has an injection every two weeks and takes tablets from a dosette box.",
            {QD},
        ),
        (
            "Activity 4 - Washing and bathing: She is able to shower, and her husband washes her hair.",
            {QD},
        ),
        (
            "Activity 5 - Managing toilet needs: She reports urinary urgency, passing urine around ten times a day, and uses pads.",
            {SUP},
        ),
        (
            "Mobility 2 - Moving around: She walks indoors with a frame and can manage around 50 metres before needing to rest.",
            {NC},
        ),
        ("Informal observations: She rose from the armchair without using the armrests.", {IMP}),
        (
            "Activity 7 - Reading: She uses large print or her husband reads to her when her vision is poor.",
            {SUP},
        ),
        ("Social history: She goes out with friends for coffee every week.", {NS}),
    ]
    return turns, report


def _case_03():
    # WCA (UC), telephone, anxiety with panic attacks and agoraphobia, mother on speaker
    turns = [
        ("A", "Hello, can I speak to Liam Walsh please?"),
        (
            "P",
            "Hang on, I'll put him on. He's a bit nervous. I'm his mum, is it alright if I stay on the speaker?",
        ),
        (
            "A",
            "That's fine. Liam, my name is Mark, I'm a healthcare professional calling about your Universal Credit work capability assessment. It's half past one. Can you confirm your date of birth?",
        ),
        ("C", "Um. Yeah. Fourteenth of May, two thousand."),
        ("A", "Thanks. Tell me about your health."),
        ("C", "I've got, um, anxiety. And panic attacks. And I don't really go out."),
        ("A", "How often do you get panic attacks?"),
        ("C", "Depends. Like, most days. If I have to go out, definitely."),
        (
            "P",
            "He has them three or four times a week at least, the bad ones, where he can't breathe.",
        ),
        ("A", "Are you on any medication?"),
        (
            "C",
            "Propranolol. Forty, when I need it. And I'm on the waiting list for talking therapy. It's been like eight months.",
        ),
        ("A", "When did you last leave the house?"),
        ("C", "Um. Two weeks ago? To the GP. Mum took me in the car."),
        ("A", "Could you go somewhere you know on your own?"),
        (
            "C",
            "No. I tried to go to the shop at the end of the road in the summer and I had to come back halfway.",
        ),
        ("A", "Somewhere you don't know?"),
        ("C", "No way."),
        ("A", "How do you cope with changes to plans?"),
        (
            "P",
            "Not well. If an appointment gets moved he can't sleep for days, he gets himself in a right state.",
        ),
        ("A", "Do you speak to people? Friends?"),
        (
            "C",
            "I play games online with, like, two mates. With a headset. But I don't see anyone in person.",
        ),
        ("A", "What about personal care, washing?"),
        ("C", "I shower, like, once a week maybe. Mum has to remind me."),
        ("A", "Do you ever have thoughts of harming yourself?"),
        ("C", "Sometimes. Not, like, a plan. I just think everyone would be better off."),
        ("A", "Does your GP know about that?"),
        ("C", "Yeah, they know."),
        ("A", "Okay. I think that's everything. It's about twenty five to two. Thank you both."),
    ]
    report = [
        ("Telephone assessment. No other person was present during the call.", {IMP}),
        ("He reports anxiety with panic attacks.", {SUP}),
        ("He reports panic attacks approximately once a week.", {NC}),
        (
            "Medication: propranolol 40 mg as required. He has been on the waiting list for psychological therapy for eight months.",
            {SUP},
        ),
        ("He last left the house two weeks ago to attend his GP surgery.", {QD}),
        ("Getting about: He is able to walk to the local shop on his own.", {NS}),
        (
            "His mother reports that he has difficulty coping when appointments are changed, which affects his sleep for days.",
            {SUP},
        ),
        ("Social engagement: He has regular contact with two friends.", {QD}),
        ("Personal care: He showers twice a week.", {NC, QD}),
        (
            "Mental state examination: He was well kempt, maintained good eye contact and appeared relaxed throughout.",
            {IMP},
        ),
        ("He denied any thoughts of self-harm.", {NS}),
    ]
    return turns, report


def _case_04():
    # PIP, video, autism and mild learning disability, support worker present
    turns = [
        (
            "A",
            "Hello, can you hear me okay? I'm Priya, I'm carrying out the PIP assessment by video today. Who have you got with you?",
        ),
        ("P", "Hi, I'm Ben, I'm Amy's support worker. Amy's here next to me."),
        ("C", "Hi."),
        (
            "A",
            "Hi Amy. It's just gone ten o'clock, so let's begin. Can you tell me a bit about yourself?",
        ),
        ("C", "I like drawing. And my cat."),
        (
            "P",
            "Amy has autism and a mild learning disability. She lives in supported living. I'm there on weekdays, nine till five.",
        ),
        ("A", "Amy, do you cook?"),
        ("C", "I do toast. And noodles in the microwave."),
        (
            "P",
            "She can use the microwave if I write the time down for her. She's not safe with the hob, she's left it on twice.",
        ),
        (
            "A",
            "How about money, Amy? If you buy something in a shop, do you know what change you'd get?",
        ),
        ("C", "Um. No. Ben does it. I have a card."),
        (
            "P",
            "She can tap the card, but she doesn't know how much things cost. She spent her whole week's money in one day last month.",
        ),
        ("A", "Do you take any medicines?"),
        ("C", "The one at night."),
        ("P", "Melatonin, two milligrams. I put it out for her, otherwise she forgets."),
        ("A", "Going out, Amy. Do you go to the shops on your own?"),
        ("C", "Only the Co-op. It's near."),
        (
            "P",
            "She goes to the Co-op on her own. It's the same route every day, about five minutes. Anywhere else, I go with her. She got lost once going to the bus stop.",
        ),
        ("A", "And meeting new people?"),
        ("C", "I don't like it."),
        (
            "P",
            "She gets very anxious. She'll go quiet, or leave the room. She's fine with people she knows.",
        ),
        ("A", "Washing and dressing?"),
        ("C", "I can do it."),
        (
            "P",
            "She needs reminding to shower, and I check the water because she scalded herself once. Dressing she does herself, but sometimes clothes are on inside out, or not right for the weather.",
        ),
        ("A", "Thank you. I can see Amy's been drawing while we talk."),
        ("C", "It's my cat."),
        ("A", "It's lovely. Okay, that's everything. It's about five past ten. Thank you both."),
    ]
    report = [
        ("Video consultation. Present: the claimant and her support worker.", {SUP}),
        ("Consultation start 10:00, end 10:40.", {IMP}),
        (
            "She has a diagnosis of autism and a mild learning disability and lives in supported living with staff support on weekdays.",
            {SUP},
        ),
        ("Activity 1 - Preparing food: She can prepare toast and microwave meals.", {QD}),
        ("Activity 3 - Managing therapy: She takes melatonin 10 mg at night.", {NC, QD}),
        (
            "Activity 10 - Making budgeting decisions: Her support worker manages her money; she can pay with a card but does not understand the cost of items.",
            {SUP},
        ),
        (
            "Activity 11 - Planning and following journeys: She walks to the local shop alone, a journey of approximately 15 minutes.",
            {NC},
        ),
        ("She travels independently by bus.", {NS}),
        (
            "Activity 9 - Engaging with other people: She becomes anxious with new people but is comfortable with people she knows.",
            {SUP},
        ),
        (
            "Activity 6 - Dressing: She dresses herself; her support worker reports clothes are sometimes inside out or unsuitable for the weather.",
            {SUP},
        ),
        ("Informal observations: She was drawing during the call and gave brief answers.", {SUP}),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at assessment centre, COPD, attended alone by taxi
    turns = [
        (
            "A",
            "Mister Hughes? Hello, I'm Simon. Come on through, it's just the second room on the left.",
        ),
        ("C", "Righto. Give me a minute. I'm a bit out of puff."),
        ("A", "No rush at all. Have a seat. Did anyone come with you today?"),
        (
            "C",
            "No, I came on my own, in a taxi. My son dropped, no, sorry, the taxi. The taxi brought me.",
        ),
        ("A", "Okay. It's twenty to three, let's begin. You've got COPD?"),
        (
            "C",
            "That's right. Diagnosed about ten years ago. I was a welder for thirty years, and I smoked, I'll be honest. I stopped four years ago.",
        ),
        ("A", "Inhalers?"),
        (
            "C",
            "The brown one twice a day. The blue one, I use that maybe six, seven times a day. And I've got oxygen at home at night.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On the flat, slowly, about thirty metres. Then I've got to stop and get my breath back. Couple of minutes. Then I can do a bit more.",
        ),
        ("A", "Do you get out to the shops?"),
        (
            "C",
            "My son does my shopping. I haven't been round the supermarket in over a year. I get too breathless.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I do a ready meal in the microwave. I can't stand for long, I get puffed out. I sit on a stool in the kitchen.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "Strip wash at the sink mostly. In the shower the steam makes me breathless. I have one once a week, when my son's there, just in case.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "Slowly. I sit on the bed. Socks are the worst, bending down. Takes me twenty minutes or so, I have to stop.",
        ),
        ("A", "Any chest infections?"),
        ("C", "Four last winter. I was in hospital with one of them for five days."),
        ("A", "Okay. I'd like to listen to your chest, if that's alright?"),
        ("C", "Go ahead."),
        (
            "A",
            "Deep breaths for me. And again. Thank you. There's some wheeze on both sides. Right, that's everything. It's ten to three.",
        ),
        ("C", "Thank you."),
    ]
    report = [
        ("Face to face consultation. The claimant attended alone and arrived by taxi.", {SUP}),
        ("Start time 14:40.", {SUP}),
        (
            "He reports COPD diagnosed about ten years ago. Ex-smoker, stopped four years ago.",
            {SUP},
        ),
        (
            "He uses a preventer inhaler twice a day and a reliever inhaler six to seven times a day, with home oxygen at night.",
            {SUP},
        ),
        (
            "Mobility 2 - Moving around: He states he can walk around 100 metres at a slow pace before stopping.",
            {NC},
        ),
        ("He does his own weekly shop at the supermarket.", {NS}),
        ("Activity 1 - Preparing food: He uses a microwave to prepare ready meals.", {QD}),
        ("Activity 4 - Washing and bathing: He showers once a week.", {QD}),
        (
            "Activity 6 - Dressing: He dresses himself sitting on the bed, taking around 5 minutes.",
            {NC},
        ),
        (
            "He reports two chest infections last winter, none requiring hospital admission.",
            {NC, NS},
        ),
        (
            "Informal observations: He walked from the waiting area to the consultation room without stopping and showed no breathlessness.",
            {IMP},
        ),
        ("Respiratory examination: chest clear, no wheeze.", {IMP}),
    ]
    return turns, report


def _case_06():
    # WCA, home visit, stroke with left-sided weakness and expressive aphasia, adult daughter present
    turns = [
        (
            "A",
            "Good afternoon, Mister Evans. I'm Helen, a nurse with the assessment service. Thank you for letting me come to your house. And you are?",
        ),
        (
            "P",
            "I'm Sarah, his daughter. Dad finds talking hard since the stroke, so I might help out.",
        ),
        ("A", "Of course. It's five past two. Mister Evans, when did you have your stroke?"),
        ("C", "Last, um, last year. October. The, the words, they don't come."),
        ("P", "October last year. It affected his left side, and his speech."),
        ("A", "Can you use your left hand?"),
        ("C", "Little bit. Not, can't hold a cup. Right hand okay."),
        ("A", "Could you pick up a pound coin with your left hand?"),
        ("C", "No."),
        ("A", "And walking?"),
        (
            "P",
            "He uses a quad stick. He can get round the house, and to the end of the garden, that's about fifteen metres, but he's wobbly, and he's fallen three times since Christmas.",
        ),
        ("A", "Could you walk to the end of the street, Mister Evans?"),
        ("C", "No. No. Too far. Legs, tired."),
        ("A", "Stairs?"),
        ("P", "We've had a stairlift put in."),
        ("A", "How about speaking to strangers, on the phone for instance?"),
        (
            "P",
            "He can't use the phone. People don't understand him, and he gets frustrated and hangs up.",
        ),
        ("C", "Yes. Angry. Sorry."),
        ("A", "No need to apologise. Can you read a letter and understand it?"),
        ("C", "Slow. Short, short things, yes."),
        (
            "P",
            "He can read a short note. But a letter from the council, I read it and explain it to him.",
        ),
        ("A", "Any problems with continence?"),
        (
            "P",
            "He's had a couple of accidents at night, his bladder. Maybe once a month. He's got a bottle by the bed.",
        ),
        ("A", "And his memory, concentration?"),
        ("P", "He forgets to take his tablets unless I ring him. I ring at eight every morning."),
        ("A", "Thank you both. That's all I need. It's quarter past two."),
    ]
    report = [
        (
            "Home visit. Present: the claimant and his daughter, who assisted with communication.",
            {SUP},
        ),
        ("He had a stroke in October last year affecting the left side and his speech.", {SUP}),
        (
            "Manual dexterity: He has some weakness of the left hand but is able to pick up a coin.",
            {NS},
        ),
        ("Mobilising: He walks with a quad stick and can manage approximately 50 metres.", {NC}),
        ("His daughter reports one fall since Christmas.", {NC}),
        ("He manages the stairs at home.", {QD}),
        (
            "Making self understood: He is able to communicate with strangers, with some word-finding difficulty.",
            {NS},
        ),
        ("Understanding communication: He can read and understand written information.", {QD}),
        (
            "Continence: Occasional night-time urinary incontinence, around once a month, is reported.",
            {SUP},
        ),
        (
            "Informal observations: He communicated fluently and answered all questions without assistance.",
            {IMP},
        ),
        ("His daughter telephones him each morning to remind him to take his medication.", {SUP}),
    ]
    return turns, report


def _case_07():
    # PIP, telephone, bipolar affective disorder, claimant alone, rambles and corrects herself
    turns = [
        (
            "A",
            "Hello, is that Dawn Richards? My name is Claire, I'm calling about your PIP claim. Are you happy for me to go ahead? It's about ten past ten.",
        ),
        (
            "C",
            "Yes, yes, sorry, I've been sat by the phone since nine, I thought you'd forgotten me. I've got my notes here somewhere. Sorry.",
        ),
        ("A", "That's fine. Is anyone with you?"),
        ("C", "No, just me and the dog. He might bark, sorry."),
        ("A", "Can you tell me about your condition?"),
        (
            "C",
            "Bipolar. Bipolar one. I was diagnosed when I was, um, twenty three, so nearly twenty years. I've had, I think, five admissions, no, six. Six admissions. The last one was two years ago, I was sectioned.",
        ),
        ("A", "What medication do you take?"),
        (
            "C",
            "Lithium, eight hundred milligrams at night, and quetiapine, three hundred. I have blood tests every three months for the lithium. My sister reminds me about those, I'd forget.",
        ),
        ("A", "How are things at the moment?"),
        (
            "C",
            "I'm, I'm low at the moment. I've been low since about, um, the summer. When I'm low I don't get out of bed, some days I don't eat till the evening. When I'm high, I spend. I spent four thousand pounds in two days once. So my sister has my bank card now. Well, she has access, she checks my account.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "When I'm low, I don't. I'll eat crisps, cereal. I haven't cooked a proper meal in, gosh, months.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "Um, honestly? Maybe once a week at the moment. My sister tells me when I need to. It's embarrassing.",
        ),
        ("A", "Do you see people?"),
        (
            "C",
            "My sister, she comes round Tuesdays and Fridays. I don't go to groups anymore. I used to go to a walking group but I stopped last year.",
        ),
        ("A", "Planning a journey?"),
        (
            "C",
            "If I know the route, I can go. The bus into town, I can do that, on a good day. But somewhere new, I panic. I'd need my sister with me.",
        ),
        ("A", "How many good days do you have?"),
        ("C", "At the moment? One or two a week. It goes in phases."),
        (
            "A",
            "Okay Dawn, that's very helpful. That's all the questions I have. It's now quarter past ten.",
        ),
        ("C", "Oh, is that it? Okay. Thank you."),
    ]
    report = [
        ("Telephone consultation. Start 10:10, end 10:15. The claimant was alone.", {SUP}),
        (
            "She has bipolar affective disorder type 1, diagnosed aged 23, with six previous admissions, the most recent two years ago under section.",
            {SUP},
        ),
        ("Medication: lithium 400 mg at night and quetiapine 300 mg.", {NC}),
        (
            "Activity 10 - Making budgeting decisions: She manages her own finances. She reports a previous episode of overspending.",
            {QD},
        ),
        ("Activity 1 - Preparing food: She prepares simple meals most days.", {NS}),
        (
            "Activity 4 - Washing and bathing: She reports washing about three times a week at present, prompted by her sister.",
            {NC},
        ),
        ("Activity 9 - Engaging with other people: She attends a weekly walking group.", {NS}),
        ("Her sister visits twice weekly.", {SUP}),
        (
            "Activity 11 - Planning and following journeys: She is able to travel by bus into town.",
            {QD},
        ),
        ("Variability: She reports good days on four to five days per week.", {NC}),
        ("Informal observations: She appeared casually dressed and adequately groomed.", {IMP}),
    ]
    return turns, report


def _case_08():
    # WCA, face to face at assessment centre, epilepsy, friend present
    turns = [
        ("A", "Mister Byrne? I'm Doctor Okafor. Come in. Is this your friend?"),
        ("P", "Yeah, I'm Tom. I drove him here, he's not allowed to drive."),
        ("A", "Right. It's half past nine. Tell me about the epilepsy."),
        (
            "C",
            "I've had it since I was a teenager. Tonic clonic seizures, and the absences as well.",
        ),
        ("A", "How often do you have the big seizures?"),
        ("C", "Um, two or three a month. The last one was Saturday."),
        ("P", "He had two on Saturday, actually. I was there for the second one."),
        ("C", "Yeah, two. I don't remember them, see."),
        ("A", "And the absences?"),
        ("C", "Every day, a few times. I lose a few seconds. My mum says I just stare."),
        ("A", "Do you get any warning?"),
        (
            "C",
            "No, nothing. That's the problem. I just go down. I've broken my wrist, and I've had stitches in my head.",
        ),
        ("A", "After a seizure, how long before you're back to normal?"),
        (
            "C",
            "I'm wiped out for the rest of the day. Confused for a couple of hours, a headache, and I sleep.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Levetiracetam, a thousand milligrams twice a day, and lamotrigine, a hundred twice a day.",
        ),
        ("A", "Do you go out alone?"),
        (
            "C",
            "To the shop at the end of the road. Anywhere further, someone comes with me. I got lost once after an absence, didn't know where I was.",
        ),
        ("A", "Cooking?"),
        ("C", "I'm not allowed to use the cooker on my own. I use the microwave."),
        ("A", "Any continence problems?"),
        ("C", "During the big ones I wet myself. That's every time, pretty much."),
        ("A", "Okay. And your mood?"),
        ("C", "Low. I used to work on building sites. Now I can't do anything."),
        ("A", "Right, that's all from me. I won't examine you today. It's twenty five to ten."),
    ]
    report = [
        ("Face to face assessment. The claimant was accompanied by a friend.", {SUP}),
        ("Start time 09:30, end time 10:25.", {IMP}),
        (
            "He reports tonic-clonic seizures approximately once a month, the most recent on Saturday.",
            {NC},
        ),
        ("He experiences absences two to three times a week.", {NC}),
        (
            "He reports receiving a warning before seizures, allowing him to get to a safe place.",
            {NS},
        ),
        ("Following a seizure he is confused for around 15 minutes.", {NC}),
        (
            "Medication: levetiracetam 1000 mg twice daily and lamotrigine 100 mg twice daily.",
            {SUP},
        ),
        ("Getting about: He goes out alone to local shops.", {QD}),
        ("He uses the microwave to prepare meals.", {SUP}),
        ("Continence: No continence problems reported.", {NS}),
        ("He reports low mood; he previously worked on building sites.", {SUP}),
        ("Informal observations: He arrived alone and walked unaided into the room.", {IMP}),
    ]
    return turns, report


def _case_09():
    # PIP, telephone, glaucoma with severe sight impairment, wife on speaker
    turns = [
        (
            "A",
            "Hello, Mister Foster? It's Rachel from the assessment service, calling for your PIP assessment. The time is quarter past three. Is anyone with you?",
        ),
        ("C", "Yes, my wife Linda's here. You're on speaker."),
        ("P", "Hello."),
        ("A", "Hello Linda. Mister Foster, can you tell me about your sight?"),
        (
            "C",
            "I've got glaucoma in both eyes. The left eye, I've got virtually nothing. The right eye, there's a small bit in the middle, like looking down a tube. I was registered severely sight impaired last year.",
        ),
        ("A", "Can you read print?"),
        (
            "C",
            "No. I use the magnifier for big things, like the gas meter, but letters, no. Linda reads my post. Or the app on my phone reads it out, when it works.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I can make a cup of tea, I've got a liquid level thing that beeps. I don't use the cooker, I've burnt myself twice.",
        ),
        ("P", "I do all the cooking now."),
        ("A", "Getting around outside?"),
        (
            "C",
            "I've got a long cane, I had mobility training. I can do the route to the corner shop, that's about five minutes, but that's the only route I know. Crossing roads I'm not confident. Anywhere else, Linda takes my arm.",
        ),
        ("A", "Buses?"),
        ("C", "Not on my own, no. I can't see the numbers."),
        ("A", "How about dressing?"),
        (
            "C",
            "I dress myself, but Linda checks I've matched things and there's no stains. I've gone out in odd shoes before now.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Eye drops. Latanoprost at night, and another one, timolol, twice a day. Linda puts them in, I can't aim them.",
        ),
        ("A", "Any other conditions?"),
        ("C", "Type two diabetes. Tablets, metformin. That's it."),
        (
            "A",
            "Okay, thank you Mister Foster, and thanks Linda. That's all. It's twenty past three.",
        ),
    ]
    report = [
        ("Telephone consultation. Present: the claimant and his wife.", {SUP}),
        (
            "He reports glaucoma affecting both eyes and is registered severely sight impaired.",
            {SUP},
        ),
        ("Activity 7 - Reading: He is able to read using a magnifier.", {QD}),
        (
            "Activity 1 - Preparing food: He prepares hot drinks and simple meals using the cooker.",
            {NS},
        ),
        (
            "Activity 11 - Planning and following journeys: He uses a long cane and can walk a familiar route to the corner shop, which takes about 15 minutes.",
            {NC},
        ),
        ("He travels by bus independently.", {NS}),
        ("Activity 6 - Dressing: He dresses independently.", {QD}),
        ("Activity 3 - Managing therapy: His wife administers his eye drops.", {SUP}),
        (
            "Medication: latanoprost once daily and timolol once daily; metformin for type 2 diabetes.",
            {NC},
        ),
        (
            "Informal observations: He was observed to find his way to his chair using his cane.",
            {IMP},
        ),
        ("Consultation end time 15:55.", {IMP}),
    ]
    return turns, report


def _case_10():
    # PIP, home visit, Parkinson's disease, paid carer present
    turns = [
        (
            "A",
            "Morning, Mister Turner. I'm Gareth, I'm here for your PIP assessment. May I come in?",
        ),
        (
            "C",
            "Come in, come in. Excuse the mess. This is Joy, my carer, she comes in every morning.",
        ),
        ("P", "Morning."),
        ("A", "Is it alright if Joy stays?"),
        ("C", "Yes, she knows more than me these days."),
        ("A", "It's half past ten. Tell me about your Parkinson's."),
        (
            "C",
            "Diagnosed six years ago. The shaking's in my right hand mainly. And I freeze, my feet just stop, like they're glued to the floor. Especially in doorways.",
        ),
        ("A", "Medication?"),
        ("C", "Co-careldopa, five times a day. Joy, is it five?"),
        (
            "P",
            "Five times a day, at set times. He has an alarm on his watch. If he's late with a dose he can barely move.",
        ),
        ("A", "Any falls?"),
        (
            "P",
            "He's had four falls in the last two months. One time he was on the floor for an hour before I got here.",
        ),
        ("C", "I've got a pendant alarm now."),
        ("A", "Washing?"),
        (
            "C",
            "Joy helps me in the shower. I can't do buttons, or shave properly, my hand shakes too much. I use an electric razor but she finishes it off.",
        ),
        ("A", "Eating?"),
        (
            "C",
            "I've got the chunky cutlery. Joy cuts my meat up. Soup's a nightmare, it goes everywhere.",
        ),
        ("A", "Toileting?"),
        ("C", "I manage, with the rails. Getting up off the toilet is slow."),
        ("A", "How far can you walk?"),
        (
            "C",
            "With the rollator I can get to the end of the drive, that's about twenty metres. On a bad day I'm stuck in the chair. I've frozen crossing the road and that terrified me.",
        ),
        ("A", "And communicating?"),
        (
            "P",
            "His voice has gone very quiet. People on the phone ask him to repeat himself a lot.",
        ),
        ("A", "Thank you. Can I ask you to stand and walk to the door for me, Mister Turner?"),
        ("C", "I'll try. Hang on. There. I'm stuck. Okay, going now."),
        (
            "A",
            "Thank you, that's fine. Do sit down. That's everything. It's about twenty five to eleven.",
        ),
    ]
    report = [
        ("Home visit. The claimant was seen with his carer present.", {SUP}),
        (
            "He was diagnosed with Parkinson's disease six years ago, with tremor mainly of the right hand and episodes of freezing.",
            {SUP},
        ),
        ("Medication: co-careldopa three times daily.", {NC}),
        ("He reports one fall in the last two months.", {NC}),
        (
            "Activity 4 - Washing and bathing: He is able to shower, and shaves using an electric razor.",
            {QD},
        ),
        (
            "Activity 2 - Taking nutrition: He uses adapted cutlery and eats his meals independently.",
            {QD},
        ),
        ("Activity 5 - Managing toilet needs: He manages toileting using grab rails.", {SUP}),
        (
            "Mobility 2 - Moving around: He mobilises with a rollator for approximately 100 metres.",
            {NC},
        ),
        ("Activity 8 - Communicating verbally: No difficulties with speech were reported.", {NS}),
        (
            "Informal observations: He rose from the chair and walked to the door with a normal gait and no freezing.",
            {IMP},
        ),
        ("The consultation lasted 50 minutes.", {IMP}),
    ]
    return turns, report


def _case_11():
    # WCA (ESA), video, ME/CFS, claimant alone and lying down
    turns = [
        (
            "A",
            "Hi Sophie, can you see and hear me okay? I'm Tariq, I'm a paramedic working as a healthcare professional. This is your work capability assessment for ESA. It's two o'clock. Is anyone with you?",
        ),
        ("C", "No, just me. Sorry, I'm lying down, I hope that's okay. I can't sit up for long."),
        ("A", "That's absolutely fine. Tell me about your condition."),
        (
            "C",
            "ME, chronic fatigue syndrome. It started after glandular fever, about five years ago. I was a teacher. I had to stop work three years ago.",
        ),
        ("A", "What's a typical day like?"),
        (
            "C",
            "I'm in bed most of the day. I get up to go to the toilet and make a drink. If I have a shower, that's my energy for the day gone. My mum comes round three times a week to do my shopping and the cleaning.",
        ),
        ("A", "How long can you sit for?"),
        ("C", "Maybe fifteen minutes, in a supported chair. Then I need to lie down."),
        ("A", "Walking?"),
        (
            "C",
            "Round the flat. To the car sometimes, when mum takes me to appointments. That's about, I don't know, thirty metres? And I pay for it. The next two days I'm wiped out.",
        ),
        ("A", "Could you do that repeatedly?"),
        ("C", "No. Once a day at most, and not every day."),
        ("A", "How's your concentration?"),
        (
            "C",
            "I can't read a book anymore. I lose the thread after a page. I can watch something for half an hour and that's it.",
        ),
        ("A", "Noise and light?"),
        ("C", "I wear earplugs and I've got blackout blinds. Bright light gives me migraines."),
        ("A", "How often do you go out?"),
        ("C", "Once a fortnight, maybe. For appointments."),
        (
            "A",
            "Okay. I can see you're tired, so we'll stop there. Thank you, Sophie. It's about five past two.",
        ),
    ]
    report = [
        ("Video assessment. The claimant was alone.", {SUP}),
        (
            "She reports ME/CFS following glandular fever five years ago; she stopped working as a teacher three years ago.",
            {SUP},
        ),
        ("Sitting: She can sit in a chair for around 45 minutes.", {NC, QD}),
        ("Mobilising: She walks approximately 30 metres to the car.", {QD}),
        ("Her mother visits twice a week to help with shopping.", {NC}),
        ("She reads for pleasure daily.", {NS}),
        ("She goes out about once a fortnight for appointments.", {SUP}),
        (
            "Informal observations: She sat upright throughout the video call without apparent discomfort.",
            {IMP},
        ),
        ("She uses earplugs and blackout blinds due to sensitivity to noise and light.", {SUP}),
        ("She does her own cleaning.", {NS}),
        ("Learning tasks: She is able to concentrate on a television programme for an hour.", {NC}),
    ]
    return turns, report


def _case_12():
    # PIP, face to face at assessment centre, PTSD in a veteran, advocate present
    turns = [
        ("A", "Mister Clarke? I'm Louise, I'm a nurse assessor. Come in. And you are?"),
        (
            "P",
            "I'm Yvonne, I'm an advocate from the veterans' charity. Darren asked me to come along.",
        ),
        ("A", "Okay. Darren, could you sit there for me?"),
        ("C", "Can I sit facing the door? I need to see the door."),
        (
            "A",
            "Of course, let's swap chairs. It's eleven o'clock, let's start. You served in the army?",
        ),
        ("C", "Twelve years. Two tours of Afghanistan. I got out in twenty fifteen."),
        ("A", "And you've been diagnosed with PTSD?"),
        (
            "C",
            "Yeah. Twenty seventeen. I get flashbacks, nightmares. I don't sleep. Two, three hours maybe.",
        ),
        ("A", "Any treatment?"),
        (
            "C",
            "I'm with the veterans' mental health service. Sertraline, a hundred milligrams. Prazosin for the nightmares.",
        ),
        ("A", "How do you get on around people?"),
        (
            "C",
            "I don't. I can't do crowds. Supermarkets, I can't. If someone comes up behind me, I'll react.",
        ),
        (
            "P",
            "He's had two incidents where he's lashed out at strangers. One time the police were called.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "I walk the dog at five in the morning, when nobody's about. That's it. My partner does the shopping.",
        ),
        ("A", "Could you use public transport?"),
        (
            "C",
            "No. Not since I had a panic attack on a bus. I got off and walked home. Three miles.",
        ),
        ("A", "What about planning a journey somewhere new?"),
        ("C", "I'd need someone with me. Yvonne came with me today, she drove."),
        ("A", "Money?"),
        ("C", "That's fine. I do the bills."),
        ("A", "How is your personal care?"),
        ("C", "Depends. Bad weeks I don't shower. My partner has to get on at me."),
        ("A", "Okay Darren. Thank you, I know that was hard. It's about five past eleven."),
        ("C", "Ta."),
    ]
    report = [
        ("Face to face consultation. The claimant was accompanied by an advocate.", {SUP}),
        ("Consultation start 11:00, end 11:45.", {IMP}),
        ("He served twelve years in the army, including two tours of Afghanistan.", {SUP}),
        ("He reports sleeping around five to six hours a night.", {NC}),
        ("Medication: sertraline 100 mg and prazosin.", {SUP}),
        (
            "Activity 9 - Engaging with other people: He reports anxiety in crowds and avoids supermarkets.",
            {SUP},
        ),
        ("No history of aggression towards others reported.", {NS}),
        ("Mobility 1 - Planning and following journeys: He goes out to walk his dog.", {QD}),
        ("He travelled to the assessment centre by bus.", {NS}),
        (
            "He describes a panic attack on a bus, after which he walked home, a distance of about half a mile.",
            {NC},
        ),
        ("Activity 4 - Washing and bathing: He manages his personal care.", {QD}),
        (
            "Informal observations: He sat with his back to the door and appeared relaxed throughout.",
            {IMP},
        ),
    ]
    return turns, report


def _case_13():
    # WCA (UC), telephone, Crohn's disease, claimant alone
    turns = [
        (
            "A",
            "Hello, is that Nadia Hussain? I'm Paul, calling from the health assessment service about your Universal Credit. The time is twenty to twelve. Are you somewhere you can talk?",
        ),
        ("C", "Yes, I'm at home. It's just me."),
        ("A", "Tell me about your Crohn's."),
        (
            "C",
            "I was diagnosed at nineteen. I've had two operations, the last one was a bowel resection eighteen months ago. I have infliximab infusions every eight weeks at the hospital.",
        ),
        ("A", "How often do you need the toilet?"),
        (
            "C",
            "On a bad day fifteen, twenty times. On a normal day maybe eight. And it's urgent, I get maybe a minute's warning, sometimes none.",
        ),
        ("A", "Do you have accidents?"),
        (
            "C",
            "Yes. About once a week. I carry a spare set of clothes everywhere. I had one on the bus last month and I haven't been on a bus since.",
        ),
        ("A", "How often are the bad days?"),
        (
            "C",
            "It goes in flares. When I'm flaring it's every day for weeks. I had a flare from January to March.",
        ),
        ("A", "Any pain?"),
        (
            "C",
            "Cramping pain, most days. And the fatigue. I'm anaemic, I have iron infusions as well.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Physically I could walk further, maybe half a mile, but I only go where I know there's a toilet. I plan everything round toilets.",
        ),
        ("A", "Are you working at the moment?"),
        (
            "C",
            "No. I was in a call centre. I lost the job because I was in the toilet too much, basically.",
        ),
        ("A", "Sitting?"),
        ("C", "Sitting's fine, as long as I'm near a toilet."),
        ("A", "Any problems with your mood?"),
        (
            "C",
            "I get anxious going out, because of the accidents. I'm on citalopram, twenty milligrams.",
        ),
        ("A", "Okay, thank you. That's all I need. It's quarter to twelve."),
    ]
    report = [
        ("Telephone assessment. Start time 11:40. The claimant was alone.", {SUP}),
        (
            "She reports Crohn's disease diagnosed at age 19, with two operations, most recently a bowel resection 18 months ago.",
            {SUP},
        ),
        ("She receives infliximab infusions every four weeks.", {NC}),
        ("Continence: She reports opening her bowels around four times a day.", {NC}),
        ("She reports approximately one episode of faecal incontinence per month.", {NC}),
        ("She is able to use public transport.", {NS}),
        ("Mobilising: She can walk half a mile.", {QD}),
        ("Sitting: No problems with sitting reported.", {QD}),
        ("She reports no abdominal pain.", {NS}),
        (
            "Mental health: anxiety about going out related to incontinence; citalopram 20 mg.",
            {SUP},
        ),
        (
            "Informal observations: She was alert, well groomed and appeared to be in no discomfort.",
            {IMP},
        ),
    ]
    return turns, report


def _case_14():
    # PIP, telephone, Down's syndrome with learning disability, mother answers most questions
    turns = [
        (
            "A",
            "Hello, this is Karen calling about Jamie Price's PIP assessment. Am I speaking to Jamie?",
        ),
        ("P", "This is his mum, Sue. Jamie's here, I'll put you on speaker. Jamie, say hello."),
        ("C", "Hello!"),
        (
            "A",
            "Hello Jamie. It's nine fifteen. Jamie, I'm going to ask you some questions, and your mum can help you. Is that okay?",
        ),
        ("C", "Yes. Okay."),
        ("A", "Jamie, can you tell me what you do in the day?"),
        ("C", "I go to college. Tuesday and Thursday. I do cooking there."),
        (
            "P",
            "It's a day centre really, the college course. Two days a week. They do supervised cooking.",
        ),
        ("A", "At home, Jamie, do you make food?"),
        ("C", "Sandwiches. Cheese."),
        (
            "P",
            "He can make a sandwich if I get everything out for him. He's not allowed near the kettle on his own, he can't judge the hot water.",
        ),
        ("A", "Washing, Jamie. Do you have a bath or a shower?"),
        ("C", "Shower. Mum does my hair."),
        (
            "P",
            "I run it for him and check it's not too hot, and I have to tell him to use the soap, otherwise he just stands under it. He'd be in there an hour.",
        ),
        ("A", "Dressing?"),
        (
            "P",
            "He can put his clothes on, but I lay them out. Shoes with Velcro, he can't do laces.",
        ),
        ("A", "Money?"),
        ("C", "I got five pounds."),
        (
            "P",
            "He doesn't understand money. He'd give someone a twenty for a bar of chocolate and not wait for the change.",
        ),
        ("A", "Going out, Jamie. Do you go places on your own?"),
        ("C", "No. With mum. Or Lee."),
        (
            "P",
            "Lee's his support worker, he takes him out on a Saturday. He's never been out alone, he has no road sense at all. He'd just walk into the road.",
        ),
        ("A", "Medication?"),
        ("P", "Thyroxine, fifty micrograms in the morning. I give it to him."),
        ("A", "Okay, thank you both. That's all. It's about twenty past nine."),
    ]
    report = [
        (
            "Telephone consultation. Present: the claimant and his mother, who answered most questions.",
            {SUP},
        ),
        ("He attends a college course three days a week, where he does cooking.", {NC, QD}),
        ("Activity 1 - Preparing food: He makes sandwiches.", {QD}),
        ("He makes hot drinks independently.", {NS}),
        (
            "Activity 4 - Washing and bathing: His mother runs the shower, checks the temperature and prompts him to use soap.",
            {SUP},
        ),
        (
            "Activity 6 - Dressing: His mother lays out his clothes; he wears shoes with Velcro fastenings.",
            {SUP},
        ),
        (
            "Activity 10 - Making budgeting decisions: He is able to make simple purchases and check his change.",
            {NS},
        ),
        (
            "Mobility 1 - Planning and following journeys: He goes out with his support worker on Saturdays or with his mother, and has never gone out alone.",
            {SUP},
        ),
        (
            "Activity 3 - Managing therapy: thyroxine 100 micrograms daily, given by his mother.",
            {NC},
        ),
        (
            "Informal observations: Jamie was observed to be smiling and relaxed throughout the consultation.",
            {IMP},
        ),
    ]
    return turns, report


def _case_15():
    # WCA, face to face at assessment centre, rheumatoid arthritis, neighbour waited outside
    turns = [
        (
            "A",
            "Missus Lewis? Hi, I'm Daniel, the healthcare professional. Come through. Did you come on your own today?",
        ),
        (
            "C",
            "My neighbour dropped me off, she's waiting in the car. It took me a while to get up the ramp, sorry.",
        ),
        ("A", "No problem at all. It's ten to four. So you have rheumatoid arthritis?"),
        (
            "C",
            "Yes, for eight years. It's mainly my hands and wrists, and my knees and feet. Mornings are the worst, I'm stiff for about two hours when I get up.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Methotrexate, fifteen milligrams once a week, folic acid, and I've just started a biologic injection every two weeks. And naproxen.",
        ),
        ("A", "Can you use your hands? Could you press a button, or turn a page?"),
        (
            "C",
            "Press a button, yes. Turn a page, yes, but slowly. I can't open jars, I can't turn keys, I use a key turner. I can't write more than a few lines, my hand cramps up.",
        ),
        ("A", "Could you use a keyboard?"),
        ("C", "For about five minutes. Then my fingers swell up and ache."),
        ("A", "Picking things up. Could you lift a litre carton of milk?"),
        ("C", "With two hands, not with one. I dropped the kettle last month."),
        ("A", "Walking?"),
        (
            "C",
            "About a hundred metres, slowly, with my stick. Then my feet are on fire. On a flare day I barely get to the bathroom.",
        ),
        ("A", "How often do you flare?"),
        ("C", "Every month or so. It lasts about a week."),
        ("A", "Standing?"),
        ("C", "Fifteen minutes, maybe twenty."),
        (
            "A",
            "Okay, I'd like to look at your hands if that's alright. Can you make a fist for me?",
        ),
        ("C", "That's as far as it goes. Ow."),
        (
            "A",
            "Sorry. There's some swelling of the knuckles. Okay, thank you, that's everything. It's five to four.",
        ),
    ]
    report = [
        (
            "Face to face assessment. She was driven to the assessment by a neighbour, who waited outside.",
            {SUP},
        ),
        ("Start 15:50, end 15:55.", {SUP}),
        (
            "She reports rheumatoid arthritis for eight years affecting the hands, wrists, knees and feet, with morning stiffness lasting about 30 minutes.",
            {NC},
        ),
        (
            "Medication: methotrexate 15 mg weekly, folic acid, a biologic injection every two weeks, and naproxen.",
            {SUP},
        ),
        ("Manual dexterity: She can use a keyboard for around 20 minutes.", {NC}),
        ("She is able to open jars and turn keys.", {NS}),
        ("Picking up and moving: She can lift a one-litre carton of milk.", {QD}),
        ("Mobilising: She walks about 100 metres with a stick.", {QD}),
        ("She reports flares every month, lasting about a week.", {SUP}),
        (
            "Informal observations: She walked into the building briskly and up the ramp without difficulty.",
            {IMP},
        ),
        (
            "Examination: full fist formation bilaterally, no swelling of the small joints of the hands.",
            {IMP},
        ),
    ]
    return turns, report


def _case_16():
    # PIP, video, paranoid schizophrenia, care coordinator present
    turns = [
        (
            "A",
            "Hello, can you both see me? I'm Fiona, I'm doing Michael's PIP assessment today by video. The time is quarter past one.",
        ),
        (
            "P",
            "Yes, we can see you. I'm Grace, Michael's care coordinator from the community mental health team. We're at his flat.",
        ),
        ("A", "Thanks Grace. Michael, can you tell me how you've been?"),
        ("C", "Alright. The voices are there. They're quieter today."),
        ("A", "How often do you hear voices?"),
        ("C", "Every day. Most of the day. They tell me people are watching me."),
        (
            "P",
            "Michael was diagnosed with paranoid schizophrenia twelve years ago. He's had three hospital admissions, the last one was eighteen months ago.",
        ),
        ("A", "Medication?"),
        (
            "P",
            "Clozapine, three hundred milligrams a day, and he has blood tests every four weeks. The pharmacy does a blister pack, and I check it twice a week.",
        ),
        ("A", "Michael, do you cook for yourself?"),
        ("C", "No. I eat takeaway. Or cereal."),
        (
            "P",
            "He doesn't use the cooker, he left the gas on once. He has frozen meals delivered, but often he doesn't eat them.",
        ),
        ("A", "Washing?"),
        ("C", "Sometimes."),
        (
            "P",
            "He needs prompting. I'd say he showers maybe once every ten days unless we prompt him.",
        ),
        ("A", "Money?"),
        ("P", "His brother is his appointee. Michael gets twenty pounds a day handed over."),
        ("A", "Going out?"),
        ("C", "I go to the shop. Only at night, when it's quiet."),
        (
            "P",
            "He won't go anywhere unfamiliar. He missed his last two outpatient appointments because he couldn't go on his own.",
        ),
        ("A", "Do you see friends or family?"),
        ("C", "My brother. Sometimes."),
        ("A", "Okay. Thank you both, that's all. It's twenty past one."),
    ]
    report = [
        ("Video consultation. The claimant was seen at home with his care coordinator.", {SUP}),
        ("Consultation duration: 55 minutes.", {IMP}),
        (
            "He was diagnosed with paranoid schizophrenia twelve years ago and has had three admissions, the last 18 months ago.",
            {SUP},
        ),
        ("He reports hearing voices two or three times a week.", {NC}),
        (
            "Medication: clozapine 300 mg daily with blood monitoring every four weeks; his care coordinator checks his blister pack twice weekly.",
            {SUP},
        ),
        (
            "Activity 1 - Preparing food: He has frozen meals delivered, which he heats in the oven.",
            {NS},
        ),
        ("Activity 4 - Washing and bathing: He showers around twice a week.", {NC, QD}),
        (
            "Activity 10 - Making budgeting decisions: His brother is his appointee and he receives 20 pounds a day.",
            {SUP},
        ),
        ("Mobility 1 - Planning and following journeys: He walks to the local shop.", {QD}),
        ("He attends his outpatient appointments alone.", {NS}),
    ]
    return turns, report


def _case_17():
    # WCA, home visit, heart failure, husband present
    turns = [
        (
            "A",
            "Missus Green? I'm Ian from the assessment service, for your home visit. Please don't get up.",
        ),
        (
            "C",
            "Thank you, I won't, if you don't mind. Come in, my husband Frank will show you through.",
        ),
        ("P", "Through here. Sit yourself down."),
        ("A", "Thank you. It's ten to ten. Margaret, tell me about your heart."),
        (
            "C",
            "I've got heart failure. I had a heart attack four years ago and the heart's been weak since. They say it's pumping at about thirty percent.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Oh, a lot. Bisoprolol, ramipril, furosemide, that's the water tablet, eighty milligrams in the morning, and spironolactone. And a spray under my tongue if I get chest pain.",
        ),
        ("A", "How often do you use the spray?"),
        ("C", "Two or three times a week."),
        ("A", "Breathlessness?"),
        (
            "C",
            "Going up the stairs I've got to stop halfway. I sleep on three pillows, otherwise I can't breathe.",
        ),
        ("A", "How far can you walk?"),
        (
            "P",
            "To the car and back. She can't get to the end of the road, that's about sixty metres. We tried last week and she had to sit down on a wall.",
        ),
        ("C", "I had to sit on the wall, that's right. And my ankles swell up like balloons."),
        ("A", "Standing?"),
        ("C", "Five minutes, then I get dizzy. I've fainted twice in the kitchen."),
        ("A", "Does the water tablet affect you?"),
        (
            "C",
            "Oh yes. I'm running to the loo all morning, I can't go out before lunchtime. I've had accidents when I couldn't get there in time. Only a few times.",
        ),
        ("A", "Do you do any housework?"),
        ("P", "I do all of it now. She does a bit of dusting, sitting down."),
        (
            "A",
            "Okay, thank you both. I'll just take your pulse. That's fine. That's all, it's five to ten.",
        ),
    ]
    report = [
        ("Home visit. Present: the claimant and her husband.", {SUP}),
        (
            "She reports heart failure following a myocardial infarction four years ago, with an ejection fraction of about 30 percent.",
            {SUP},
        ),
        (
            "Medication includes furosemide 40 mg in the morning; she uses a GTN spray about once a month.",
            {NC},
        ),
        ("She manages a flight of stairs.", {QD}),
        ("She sleeps on three pillows due to breathlessness.", {SUP}),
        ("Mobilising: She can walk approximately 200 metres before needing to rest.", {NC}),
        ("Standing: She can stand for up to 30 minutes.", {NC}),
        ("No history of syncope.", {NS}),
        ("Continence: No continence problems reported.", {NS}),
        ("She is able to do light housework such as dusting.", {QD}),
        (
            "Informal observations: She answered the door and walked unaided to the living room.",
            {IMP},
        ),
        ("Cardiovascular examination: heart sounds normal, no peripheral oedema.", {IMP}),
    ]
    return turns, report


def _case_18():
    # PIP, telephone, Meniere's disease with hearing loss and vertigo, claimant alone
    turns = [
        (
            "A",
            "Hello, is that Gillian Moore? I'm Robert from the PIP assessment service. It's twenty past two.",
        ),
        (
            "C",
            "Sorry, could you speak up a bit? I've got the phone on loud but I'm deaf in my left ear.",
        ),
        ("A", "Of course. Is that better? I'm Robert, calling for your PIP assessment."),
        ("C", "Yes, that's better, thank you."),
        ("A", "Is anyone with you?"),
        ("C", "No, my son's at school."),
        ("A", "Tell me about your condition."),
        (
            "C",
            "Meniere's disease. I get attacks of vertigo. The room spins, I'm sick, and I have to lie down. They last anything from two hours to a whole day. And I've lost most of the hearing in my left ear, and the tinnitus is constant.",
        ),
        ("A", "How often do you get the attacks?"),
        ("C", "Lately about twice a week. Before Christmas it was less, maybe twice a month."),
        ("A", "Do you get any warning?"),
        ("C", "Sometimes my ear feels full first. But not always. I've fallen in the street once."),
        ("A", "Cooking?"),
        (
            "C",
            "I cook, but I sit down to chop, and I don't carry pans of hot water to the sink anymore. My son drains them.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "I only shower when my son's in the house. In case I have an attack. I had one in the shower and fell.",
        ),
        ("A", "Going out?"),
        (
            "C",
            "I don't drive anymore, the DVLA took my licence. I get the bus, but only if my son's with me, or a friend. I'm terrified of having an attack on my own.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Walking's not the problem. On a good day I can walk fine. A mile, maybe. It's the attacks.",
        ),
        ("A", "Conversations?"),
        (
            "C",
            "In a noisy place I can't follow. One to one I'm alright, if I can see the person's face.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Betahistine, sixteen milligrams three times a day, and prochlorperazine when I'm having an attack.",
        ),
        ("A", "Okay, thank you Gillian. That's everything. It's twenty five past two."),
    ]
    report = [
        ("Telephone consultation. Start 14:20, end 14:25. The claimant was alone.", {SUP}),
        (
            "She has Meniere's disease with vertigo attacks lasting from two hours to a whole day, left-sided hearing loss and constant tinnitus.",
            {SUP},
        ),
        ("She reports vertigo attacks approximately twice a month.", {NC}),
        (
            "Activity 1 - Preparing food: She cooks, sitting down to chop; her son drains pans.",
            {SUP},
        ),
        ("Activity 4 - Washing and bathing: She showers independently.", {QD}),
        ("Mobility 1 - Planning and following journeys: She travels by bus.", {QD}),
        ("She continues to drive.", {NS}),
        ("Mobility 2 - Moving around: She can walk about a mile on a good day.", {SUP}),
        (
            "Activity 8 - Communicating verbally: She can manage one-to-one conversations when she can see the speaker's face.",
            {SUP},
        ),
        (
            "Medication: betahistine 8 mg three times a day, and prochlorperazine during attacks.",
            {NC},
        ),
        (
            "Informal observations: She heard all questions clearly without the need for repetition.",
            {IMP},
        ),
    ]
    return turns, report


def _case_19():
    # WCA (ESA), telephone, acquired brain injury after a road traffic accident, partner present
    turns = [
        (
            "A",
            "Hello, Mister Walker? I'm Nicola, calling about your Employment and Support Allowance assessment. It's three o'clock. Is this a good time?",
        ),
        ("C", "Yeah. Yeah, it is. My partner Dee's with me, is that alright? I forget things."),
        ("A", "Of course. Hello Dee."),
        ("P", "Hi."),
        ("A", "Chris, can you tell me what happened?"),
        (
            "C",
            "Car crash. Two years ago, um, no, three. Three years in August. I hit my head. I was in a coma for, Dee?",
        ),
        ("P", "Nine days. He was in hospital for four months altogether, then rehab."),
        ("A", "What problems do you have now?"),
        (
            "C",
            "Memory. I forget what I'm doing halfway through. Headaches every day. And I get angry. I never used to.",
        ),
        ("A", "Can you give me an example of the memory problems?"),
        (
            "P",
            "He put the chip pan on and went upstairs and forgot about it. The fire brigade came. That was last year. We've got rid of the pan now.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "To the paper shop, that's round the corner. I've got the map on my phone, Dee set it up, in case I forget the way.",
        ),
        (
            "P",
            "He got lost going to the GP, which is about ten minutes away, and he's been going there for years. I take him to everything now.",
        ),
        ("A", "Could you learn a new task, like using a new washing machine?"),
        ("C", "Dee showed me the new one, um, how many times?"),
        ("P", "I must have shown him ten or twelve times. He still needs a note stuck on it."),
        ("A", "How do you cope with changes?"),
        (
            "P",
            "If the plan changes he gets very agitated, he shouts. He punched the door last month.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Sodium valproate, for fits. Five hundred, twice a day. I had a fit after the accident. Only the once.",
        ),
        ("A", "Okay. Anything else you want to tell me?"),
        ("C", "Just that I want to work. I was a plasterer. But I can't remember a job list."),
        ("A", "Thank you both, that's all I need. It's about five past three."),
    ]
    report = [
        ("Telephone assessment. Start time 14:30, end time 15:05.", {IMP}),
        ("Present: claimant only.", {IMP}),
        (
            "He sustained a head injury in a road traffic accident three years ago, with a coma lasting three days.",
            {NC},
        ),
        ("He was in hospital for four months, followed by rehabilitation.", {SUP}),
        ("He reports daily headaches, memory problems and irritability.", {SUP}),
        ("Awareness of hazard: No significant incidents reported.", {NS}),
        ("Getting about: He is able to walk to the local paper shop alone.", {QD}),
        ("He attends his GP appointments independently.", {NS}),
        (
            "Learning tasks: He was able to learn to use a new washing machine after being shown two or three times, with a note on the machine as a reminder.",
            {NC},
        ),
        (
            "Medication: sodium valproate 500 mg twice daily following a single seizure after the accident.",
            {SUP},
        ),
        ("He previously worked as a plasterer and would like to return to work.", {SUP}),
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

FIRST_SEED = 38000


def make_case_38(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
