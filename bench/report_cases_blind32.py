"""Blind held-out evaluation set 34: twenty assessment dialogues with report statements.

Written without looking at the comparison code (nothing under src, tests, bench or docs was read); the
only background was the shared context notes on PA4 / ESA85 reports and point thresholds.

Each case is a PIP (PA4) or WCA (ESA85) assessment, spoken by a speech synthesiser with the assessor,
the claimant and, in some cases, a companion (partner, parent, son, daughter, sister, friend, advocate or
BSL interpreter) on separate voices, followed by 9-14 report statements labelled number_changed,
qualifier_dropped, never_said, impossible or supported.

Channels: telephone, video, face to face at an assessment centre, home visit.

Conditions: long COVID, rheumatoid arthritis, bipolar disorder, Crohn's disease with a stoma, Parkinson's
disease, macular degeneration, spinal cord injury (wheelchair user), chronic pain after a car crash,
obsessive-compulsive disorder, stroke with aphasia, sickle cell disease, ME/CFS, lupus, psychosis,
hearing loss (deaf, with a BSL interpreter), osteoarthritis of both knees, ADHD with anxiety,
endometriosis, cerebral palsy, alcohol-related liver disease.
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
    # Long COVID, PIP, telephone, claimant alone, brisk assessor.
    turns = [
        (
            "A",
            "Good morning, is that Priya? This is your telephone assessment for Personal Independence Payment. My name's Gareth, I'm a paramedic. Just for the record it's ten past ten. Is anyone with you today?",
        ),
        ("C", "Morning. No, um, it's just me. My husband's at work."),
        ("A", "Okay. Tell me about your condition, briefly."),
        (
            "C",
            "So I caught COVID in, um, March twenty twenty-two and I just never got better. It's the fatigue mainly, and the breathlessness, and what they call brain fog. I was a teacher, I haven't been back.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Propranolol, ten milligrams twice a day, that's for my heart rate, and sertraline, fifty milligrams.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day maybe, um, about fifty metres, to the end of the road and back. No, sorry, just to the end of the road. And then I have to stop and lean on something because my heart rate goes right up. On a bad day I can't get past the front gate.",
        ),
        ("A", "How many bad days in a week?"),
        ("C", "Probably four. Sometimes five."),
        ("A", "Do you use anything to help you walk?"),
        ("C", "I've got a walking stick. I use it whenever I go out."),
        ("A", "Cooking."),
        (
            "C",
            "I can do something in the microwave. If I try a proper meal I have to sit on a stool halfway through and then I'm wiped out for the rest of the day. My husband does the cooking in the evening.",
        ),
        ("A", "Washing and bathing."),
        (
            "C",
            "I've got a shower seat. I shower about twice a week, because it really takes it out of me. I have to lie down after for, um, about an hour.",
        ),
        ("A", "Do you see people, socialise?"),
        (
            "C",
            "Not really. I haven't seen my friends in, um, months. They message me but I can't, I can't manage going out.",
        ),
        ("A", "Okay. Talk me through a typical day."),
        (
            "C",
            "I wake up about nine, and I'm still exhausted. Breakfast, then I'm on the sofa most of the day. I might do one small job, like put a wash on. Sorry, can we, can I stop for a couple of minutes? I'm getting breathless talking.",
        ),
        ("A", "Yes, of course, take a couple of minutes."),
        ("C", "Okay. Sorry. I'm back. And I'm in bed by about half eight. That's the day really."),
        ("A", "Right. That's all my questions. It's now ten to eleven. Thanks for your time."),
    ]
    report = [
        ("Telephone consultation. Start time 10:10, end time 11:20.", {IMP}),
        ("Present: claimant only. She reports her husband was at work.", {SUP}),
        (
            "She reports ongoing symptoms since contracting COVID-19 in March 2021, chiefly fatigue, breathlessness and cognitive difficulties.",
            {NC},
        ),
        ("She states she can walk approximately 50 metres before she needs to stop.", {QD}),
        ("Walks outdoors without the use of any aids.", {QD}),
        ("She describes bad days as occurring on around two days per week.", {NC}),
        (
            "Showers twice weekly using a shower seat and then needs to lie down for about an hour.",
            {SUP},
        ),
        ("She reports meeting friends for coffee on a weekly basis.", {NS}),
        (
            "Informal observation: she was observed to sit comfortably throughout the call with no signs of breathlessness.",
            {IMP},
        ),
        (
            "Typical day: wakes around 9am, rests on the sofa for most of the day, may manage one light task such as putting on a wash, and goes to bed at about 8.30pm.",
            {SUP},
        ),
    ]
    return turns, report


def _case_01():
    # Rheumatoid arthritis, WCA, face to face at an assessment centre, daughter present, chatty assessor.
    turns = [
        ("A", "Hello, Margaret? Come through, take a seat wherever's comfortable. And who's this?"),
        ("C", "This is my daughter Lisa, she's come in with me."),
        ("P", "Hiya."),
        (
            "A",
            "Lovely to meet you both. Right, it's, um, quarter to two, so we'll make a start. I'm Helen, I'm a nurse, and this is for your work capability assessment. Tell me a bit about the rheumatoid arthritis.",
        ),
        (
            "C",
            "I was diagnosed, oh, about eleven years ago, when I was forty-six. It's mainly my hands and my wrists, and my knees and feet. I'm on methotrexate, that's the weekly injection, fifteen milligrams, and I have steroids for flares a few times a year.",
        ),
        ("A", "And when did you stop working?"),
        (
            "C",
            "Last October. I was a care worker for twenty years. I couldn't do the lifting anymore, and the buttons on people's clothes, all that.",
        ),
        ("A", "How are your hands now? Can you pick things up?"),
        (
            "C",
            "Mornings are the worst. My hands are stiff for about two hours when I get up. I can't open jars, I can't do buttons. I drop things, I dropped a cup of tea only last week.",
        ),
        ("P", "She drops things all the time. I've bought her plastic cups."),
        ("A", "Could you pick up a full one-litre carton of milk, do you think?"),
        (
            "C",
            "A full one? Not with one hand, no. With two hands, carefully, if it's not a bad day.",
        ),
        ("A", "What about writing, using a pen?"),
        (
            "C",
            "I can write a few lines and then it aches, my wrist aches. I use my phone with one finger.",
        ),
        ("A", "And walking, how far would you get?"),
        ("C", "About a hundred metres, um, and then my feet are burning. I use a stick outside."),
        ("A", "How long can you sit for?"),
        ("C", "Half an hour, maybe, then I need to get up and move, I get stiff."),
        ("A", "Well you've been sat there about twenty minutes now, are you alright?"),
        ("C", "I'm going to have to stand up for a minute actually, if that's alright."),
        (
            "A",
            "Of course, stand as long as you like. Now, could I have a look at your hands? Can you make a fist for me?",
        ),
        ("C", "That's as far as they go."),
        (
            "A",
            "Okay, so the fingers don't close fully, and there's some swelling over the knuckles. Could you raise both arms above your head for me?",
        ),
        (
            "C",
            "I'd rather not, if you don't mind. My shoulders are really bad today, it's going to hurt.",
        ),
        ("A", "That's fine, we'll leave that. Lisa, do you help your mum at home?"),
        (
            "P",
            "I go round every day. I do her hair, I cut up her food when her hands are bad, and I do all the shopping.",
        ),
        ("A", "Okay. Well, that's everything I need. Thank you both."),
    ]
    report = [
        ("Seen face to face at the assessment centre, accompanied by her daughter.", {SUP}),
        ("She describes morning stiffness in the hands lasting around 30 minutes.", {NC}),
        ("States she is able to lift and move a full one-litre carton of milk.", {QD}),
        (
            "She is able to walk about 100 metres, after which her feet become painful, and she uses a stick outdoors.",
            {SUP},
        ),
        ("She reports she can remain seated for up to an hour.", {NC}),
        (
            "Informal observation: remained seated throughout the consultation without needing to stand.",
            {IMP},
        ),
        (
            "On examination there was a full active range of movement at both shoulders and she raised both arms above her head.",
            {IMP},
        ),
        ("Incomplete fist formation in both hands, with swelling over the knuckles.", {SUP}),
        ("Her daughter reports that she visits once a week, mainly to help with shopping.", {NC}),
        ("She enjoys knitting and does this most evenings.", {NS}),
        (
            "Activity 5 (manual dexterity): she is able to write without difficulty, so no descriptor applies.",
            {QD},
        ),
    ]
    return turns, report


def _case_02():
    # Bipolar disorder, PIP, video, partner present, chatty assessor.
    turns = [
        (
            "A",
            "Hi Daniel, can you see and hear me okay? Great. I'm Priya, I'm an occupational therapist, and I'll be doing your PIP assessment today. Is anyone there with you?",
        ),
        ("C", "Yeah, my partner Sam is here, he's just next to me."),
        ("P", "Hi."),
        (
            "A",
            "Hi Sam, nice to meet you. So it's, um, just gone three, five past three. Daniel, tell me a bit about your bipolar.",
        ),
        (
            "C",
            "I was diagnosed when I was twenty-two. I was in hospital, um, sectioned, for about six weeks. I've had two more admissions since then, the last one was in twenty twenty-three.",
        ),
        ("A", "And what medication are you on now?"),
        ("C", "Lithium, eight hundred milligrams at night, and quetiapine, um, a hundred."),
        ("A", "Do you manage those yourself?"),
        (
            "C",
            "Sam does it. He puts them in a dosette box and he reminds me every night, because I forget, or, um, when I'm high I think I don't need them.",
        ),
        ("P", "Yeah, honestly I have to watch him take them, otherwise he'll skip them."),
        ("A", "Okay. What about money, budgeting?"),
        (
            "C",
            "I'm not allowed my cards. Well, I am, but, when I'm manic I spend everything. Last time I spent about, um, four thousand pounds in two days. So Sam has the cards now and I have, like, a small amount for the week.",
        ),
        ("A", "How often do the highs happen?"),
        (
            "C",
            "Highs maybe twice a year. The lows are more, the lows go on for weeks. Right now I'm, I'm coming out of a low.",
        ),
        ("A", "And when you're low, do you go out, see people?"),
        ("C", "Not really. When I'm low I don't leave the flat for days. I don't answer the door."),
        ("A", "Could you get a bus somewhere new on your own, do you think?"),
        (
            "C",
            "I could go on a bus I know with Sam. On my own, somewhere new, no, I'd panic. I've had panic attacks on the bus before.",
        ),
        ("A", "How about washing, looking after yourself?"),
        (
            "C",
            "When I'm low I don't wash. Sam has to tell me to get in the shower. That's, um, half the time, probably more than half.",
        ),
        (
            "A",
            "Thanks for being so open. Can I ask, do you ever have thoughts of harming yourself?",
        ),
        ("C", "Sometimes. Not, not right now. I've got the crisis team number."),
        ("P", "He's got a safety plan on the fridge, we go through it together."),
        ("A", "That's really good. Okay, that's everything from me. Thanks Daniel, thanks Sam."),
    ]
    report = [
        ("Video consultation. His partner was present throughout.", {SUP}),
        ("Current medication: lithium 400mg at night and quetiapine 100mg.", {NC}),
        ("He states that he manages his own medication without prompting.", {QD}),
        ("His partner holds his bank cards because of overspending during manic episodes.", {SUP}),
        ("He reports around four episodes of elevated mood per year.", {NC}),
        ("He is able to travel to unfamiliar destinations alone by bus.", {QD}),
        ("Washes and bathes without any prompting on most days.", {QD}),
        ("He denies any thoughts of self-harm.", {NS}),
        ("He plays five-a-side football with friends every week, which he enjoys.", {NS}),
        ("His partner was present but did not contribute to the consultation.", {IMP}),
        (
            "During low periods he reports staying in the flat for days at a time and not answering the door.",
            {SUP},
        ),
    ]
    return turns, report


def _case_03():
    # Crohn's disease with an ileostomy, WCA, telephone, claimant alone, brisk assessor.
    turns = [
        (
            "A",
            "Hello, is that Aisha? I'm calling about your work capability assessment. My name's Martin, I'm a physiotherapist. The time is eleven thirty. Is anyone with you?",
        ),
        ("C", "No, just me."),
        ("A", "Tell me about your Crohn's."),
        (
            "C",
            "I was diagnosed at, um, sixteen. I've had surgery three times, the last one was in twenty twenty-one, when they gave me the ileostomy.",
        ),
        ("A", "How often do you empty the bag?"),
        ("C", "Eight, nine, maybe ten times a day. More if I'm flaring."),
        ("A", "Any leaks?"),
        (
            "C",
            "Yeah, about once or twice a week it leaks, usually at night. Sometimes when I'm out as well. That's the worst. I had one in Tesco and I had to just leave my shopping and go home.",
        ),
        ("A", "Does that stop you going out?"),
        (
            "C",
            "I don't go anywhere if I don't know where the toilets are. I carry a spare kit everywhere I go.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "Walking's not really the problem, it's the fatigue. I can walk maybe ten minutes and then I'm exhausted. And I get pain round the stoma, there's a hernia.",
        ),
        ("A", "Standing?"),
        ("C", "Standing is hard with the hernia. Maybe fifteen minutes."),
        ("A", "Medication?"),
        (
            "C",
            "Infliximab every eight weeks, at the hospital, um, and loperamide, four tablets a day.",
        ),
        ("A", "Lifting and carrying?"),
        (
            "C",
            "I'm not supposed to lift anything heavy, because of the hernia. Like, a kettle is okay, but not a bag of shopping.",
        ),
        ("C", "Sorry, could you give me a minute? I need to go and empty my bag."),
        ("A", "Yes, go ahead."),
        ("C", "Sorry about that. I'm back."),
        ("A", "Any problems with your mood?"),
        (
            "C",
            "I get low about it all. I'm on the waiting list for counselling, it's been, um, five months.",
        ),
        ("A", "Okay, that's everything. It's ten past twelve now. Thanks for your time."),
    ]
    report = [
        ("Telephone assessment. Commenced 11:30, concluded 12:10. Claimant alone.", {SUP}),
        ("She empties her ileostomy bag 4 to 5 times per day.", {NC}),
        ("She reports occasional stoma leakage, around once a month.", {NC}),
        ("No leakage episodes reported when away from home.", {NS}),
        ("She carries a spare stoma kit whenever she goes out.", {SUP}),
        ("Able to walk for about 10 minutes before fatigue sets in.", {SUP}),
        ("She can lift and carry a bag of shopping without difficulty.", {QD}),
        ("The assessment proceeded without any breaks.", {IMP}),
        ("Informal observation: well kempt, mobilised without difficulty.", {IMP}),
        ("She is currently attending weekly counselling, which she finds helpful.", {NS}),
    ]
    return turns, report


def _case_04():
    # Parkinson's disease, PIP, home visit, wife present, chatty assessor.
    turns = [
        (
            "A",
            "Thanks for letting me in. Oh, it's lovely and warm in here. I'm Sarah, I'm a nurse, and I'm here for the PIP assessment. So it's, um, half past ten now. And who's this?",
        ),
        ("C", "This is my wife, Jean."),
        ("P", "Hello. Would you like a cup of tea?"),
        ("A", "Oh no, I'm fine, thank you. Robert, tell me about the Parkinson's."),
        (
            "C",
            "It was, um, diagnosed six years ago. I was fifty-five. It started with, with my right hand, shaking. Now it's both sides, and the, the walking.",
        ),
        ("A", "What medication are you on?"),
        ("C", "Co-careldopa, um, five times a day. And, and another one, ropinirole."),
        (
            "P",
            "He has to take them on time or he seizes up. I set alarms on his phone and I bring them to him.",
        ),
        ("A", "How's the walking?"),
        (
            "C",
            "I use the, the frame with wheels. In the house. Outside I, I don't go out on my own. I freeze. My feet just stick to the floor, especially in doorways.",
        ),
        ("A", "Any falls?"),
        ("C", "Three. Three in the last month."),
        ("P", "Four. You forgot the one in the garden."),
        ("C", "Four then."),
        ("A", "How far could you walk outside?"),
        (
            "C",
            "With Jean and the frame, maybe to the, the corner. That's about, um, thirty metres? And it takes me ages.",
        ),
        ("A", "And dressing?"),
        (
            "C",
            "Jean does my buttons. I can get my trousers on sitting down. Shoes are slip-on now.",
        ),
        ("A", "Eating?"),
        (
            "P",
            "I cut his food up. He can feed himself but he spills a lot, because of the shaking.",
        ),
        ("A", "Would you mind walking across the room for me with your frame?"),
        ("C", "I'll try."),
        (
            "A",
            "Okay, take your time. Right, so you stopped there in the doorway, your feet got stuck. That's fine, don't worry, come and sit back down.",
        ),
        ("A", "Is there anything else you want to tell me?"),
        ("P", "His speech is getting worse. People on the phone can't understand him."),
        ("A", "Okay. That's everything. It's, um, twenty past eleven, so I'll let you get on."),
    ]
    report = [
        ("Home visit. His wife was present and contributed to the history.", {SUP}),
        ("Takes co-careldopa three times a day together with ropinirole.", {NC}),
        ("He reports three falls in the last month.", {NC}),
        ("He states he can walk around 50 metres outdoors with his wheeled walker.", {NC, QD}),
        ("Manages his own medication.", {QD}),
        (
            "His wife cuts up his food; he feeds himself but spills food because of his tremor.",
            {SUP},
        ),
        ("Able to dress himself, including buttons.", {QD}),
        (
            "Observed to walk across the room with his wheeled frame; gait was fluent with no freezing or hesitation.",
            {IMP},
        ),
        ("He spends much of his day in the garden and looks after a vegetable patch.", {NS}),
        ("Consultation commenced at 10:30 and concluded at 11:50.", {IMP}),
        (
            "His wife reports that his speech has deteriorated and that people on the telephone struggle to understand him.",
            {SUP},
        ),
        ("He reports that his symptoms began with a tremor in the left hand.", {NS}),
    ]
    return turns, report


def _case_05():
    # Macular degeneration, PIP, telephone, son on speakerphone, brisk assessor.
    turns = [
        (
            "A",
            "Good afternoon, is that Mrs Eileen Parker? I'm calling about your PIP claim. My name is David, I'm a registered nurse. It's two o'clock. Is anyone with you?",
        ),
        ("C", "Yes, my son Tom is here, he's, he's on the speaker with me."),
        ("P", "Hello, yes, I'm here."),
        ("A", "Okay. Tell me about your eyes."),
        (
            "C",
            "I've got the wet macular degeneration in both eyes. It started in the left, oh, about four years ago, and then the right went last year. I have injections in the eye every six weeks. Well, is it six, Tom?",
        ),
        ("P", "It's every eight weeks now, Mum."),
        ("C", "Every eight weeks, sorry."),
        ("A", "What can you see?"),
        (
            "C",
            "The middle is gone. I can see round the edges. I can't see faces, I can't read, I can't see the television properly anymore.",
        ),
        ("A", "Can you read your post?"),
        (
            "C",
            "No. Tom reads my post. I have a magnifier but I can only do a word or two with it and then my eyes are watering.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I can't see the dials on the cooker. Tom put those bump-ons on, little stickers, but I've still burnt myself twice. Mostly I have ready meals in the microwave.",
        ),
        ("A", "Going out?"),
        (
            "C",
            "I don't go out on my own, not anymore. I'm registered severely sight impaired. I fell on a kerb, oh, before Christmas. I go out with Tom or with my neighbour.",
        ),
        ("A", "Do you use a cane?"),
        ("C", "I've got a white cane, I'm learning with it. I've had, um, three lessons."),
        ("A", "Medication?"),
        (
            "C",
            "Just the eye drops and my blood pressure tablet. Tom sorts the tablets into the box for me. The drops I can do by feel.",
        ),
        ("A", "Money?"),
        ("C", "I can't see the notes. I pay with my card, and Tom checks my statements."),
        ("A", "Okay, that's all my questions. It's twenty to three. Thank you both."),
    ]
    report = [
        ("Telephone consultation from 14:00 to 14:40. Her son joined on speakerphone.", {SUP}),
        ("She receives intravitreal injections every six weeks.", {NC}),
        ("She is able to read her post with the aid of a magnifier.", {QD}),
        ("She prepares meals on the cooker, using tactile markers on the dials.", {QD}),
        ("Reports one burn injury in the kitchen.", {NC}),
        (
            "Planning and following journeys: she is able to go out alone to familiar places, needing support only on unfamiliar routes.",
            {QD},
        ),
        ("Her son fills a dosette box for her tablets; she instils her own eye drops.", {SUP}),
        ("Informal observation: well presented, good eye contact maintained.", {IMP}),
        ("She watches television in the evenings and follows the soaps.", {NS}),
        ("She is registered as severely sight impaired.", {SUP}),
        ("She has had no falls.", {NS}),
    ]
    return turns, report


def _case_06():
    # Spinal cord injury, wheelchair user, WCA, face to face at an assessment centre, alone, brisk assessor.
    turns = [
        (
            "A",
            "Morning. Come on through, is there enough room for the chair? I'm Neil, I'm one of the physios. It's ten to nine, we're a bit early. Is anyone coming in with you?",
        ),
        ("C", "No, I drove myself. Adapted car, hand controls."),
        ("A", "Great. So, spinal injury?"),
        (
            "C",
            "Yeah, I fell off scaffolding in twenty fifteen. T ten, complete. So nothing from the waist down.",
        ),
        ("A", "How far can you push yourself in the chair?"),
        (
            "C",
            "On the flat I'm alright, I can go, I don't know, a few hundred metres. But hills and kerbs, no. And my shoulders are going now, I've got pain in my right shoulder, so after maybe two hundred metres I have to stop and rest it.",
        ),
        ("A", "Transfers?"),
        ("C", "I can transfer myself, bed to chair, chair to car, with a board. Takes me a while."),
        ("A", "Bladder and bowels?"),
        (
            "C",
            "I self-catheterise, about five times a day. Bowels, I've got a routine every other morning, it takes about an hour. I have accidents with the bowels, um, maybe once a month. Bladder I get leaks if I've got an infection.",
        ),
        ("A", "Infections often?"),
        ("C", "Four or five a year."),
        ("A", "Pressure sores?"),
        (
            "C",
            "I had one last year, I was in bed for, um, ten weeks. I have to do pressure relief every half hour, lift myself up.",
        ),
        ("A", "Pain?"),
        (
            "C",
            "Nerve pain in my legs, burning, at night mostly. I take pregabalin, three hundred a day.",
        ),
        (
            "A",
            "Right, let me check your arms. Push against me. Pull. Good. Squeeze my fingers. Fine. And I won't examine the legs standing, obviously.",
        ),
        ("C", "No, I can't stand at all."),
        ("A", "Anything else? How's your mood?"),
        (
            "C",
            "I have my days. I play wheelchair basketball on a Tuesday night, that keeps me going.",
        ),
        ("A", "Okay. We're done. It's twenty-five past nine."),
    ]
    report = [
        ("Attended alone, having driven himself in a car with hand controls.", {SUP}),
        ("T10 complete spinal cord injury following a fall from scaffolding in 2015.", {SUP}),
        (
            "He is able to self-propel his manual wheelchair over 200 metres without stopping. Activity 1 (mobilising): no descriptor applies.",
            {QD},
        ),
        ("Transfers independently bed to chair and chair to car.", {QD}),
        ("He self-catheterises three times a day.", {NC}),
        ("Reports bowel accidents around once a week.", {NC}),
        ("Takes pregabalin 300mg daily for neuropathic pain in the legs.", {SUP}),
        ("Upper limbs: power and grip normal bilaterally.", {SUP}),
        ("Lower limbs: able to stand with support; reduced power noted in both legs.", {IMP}),
        ("He goes to the gym three times a week.", {NS}),
    ]
    return turns, report


def _case_07():
    # Chronic pain after a car crash, PIP, video, alone, chatty assessor; claimant cries and asks to stop.
    turns = [
        (
            "A",
            "Hi Natalie, can you hear me alright? Lovely. I'm Fiona, I'm a paramedic, and I'll be doing your assessment today. It's, er, quarter past one. Is anyone with you?",
        ),
        ("C", "No, my husband's at work. It's just me."),
        ("A", "Okay, no problem. So tell me what happened."),
        (
            "C",
            "I was in a car crash in, um, November twenty twenty-two. Someone went into the back of me at a roundabout. I had whiplash and they found two prolapsed discs in my lower back. I've been in pain every day since.",
        ),
        ("A", "Oh, I'm sorry. What's the pain like?"),
        (
            "C",
            "It's constant. It's about a seven out of ten most days, and some days it's a nine and I can't get out of bed.",
        ),
        ("A", "How many days would you say are like that?"),
        ("C", "The really bad ones, two or three a week."),
        ("A", "And what do you take for it?"),
        (
            "C",
            "Naproxen, and amitriptyline, twenty milligrams at night, and I've got tramadol for the bad days.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "To the car, to the end of the drive. Maybe twenty metres. Then my back goes into spasm. I have a stick.",
        ),
        ("A", "How are you finding sitting now?"),
        (
            "C",
            "I've had to get up twice already, you probably saw. I can sit maybe fifteen minutes.",
        ),
        ("A", "I did, yes. And washing and dressing?"),
        (
            "C",
            "My husband helps me with my socks and shoes, and getting my legs into the bath. I can't bend. I don't bath on my own.",
        ),
        ("A", "Cooking?"),
        ("C", "I do a bit, like a sandwich. I can't stand at the cooker, I can't lift pans."),
        ("A", "And how is it affecting you otherwise?"),
        (
            "C",
            "I, sorry. I used to be a hairdresser, I had my own salon. I just, sorry, can we stop for a minute?",
        ),
        ("A", "Of course, take as long as you need."),
        ("C", "Okay. Sorry. I'm okay now."),
        ("A", "You're doing fine. Do you see friends at all?"),
        ("C", "Not really. They stopped asking."),
        ("A", "Okay. That's all from me. It's ten past two. Thank you, Natalie."),
    ]
    report = [
        ("Video consultation. The claimant was alone.", {SUP}),
        (
            "Road traffic collision in November 2021 resulting in whiplash and two prolapsed lumbar discs.",
            {NC},
        ),
        ("She describes constant pain of 7/10, up to 9/10 on bad days.", {SUP}),
        ("Bad days occur about once a week.", {NC}),
        ("She can walk about 20 metres.", {QD}),
        (
            "Informal observation: sat comfortably throughout the video call and did not need to change position.",
            {IMP},
        ),
        ("She reports being independent with washing and dressing.", {QD}),
        ("Prepares simple meals such as sandwiches.", {SUP}),
        ("Mental state: calm and composed throughout, no distress evident.", {IMP}),
        ("She previously worked as a beautician.", {NS}),
        ("She meets friends for lunch regularly.", {NS}),
        ("Duration of consultation: 55 minutes.", {SUP}),
    ]
    return turns, report


def _case_08():
    # OCD, WCA, telephone, mother present, brisk assessor.
    turns = [
        (
            "A",
            "Hello, am I speaking to Owen? My name's Rachel, I'm calling from the assessment service for your work capability assessment. It's half nine. Is there anyone with you?",
        ),
        ("C", "My mum's here. Carol."),
        ("P", "Hello."),
        ("A", "Hello. Owen, tell me about your OCD."),
        (
            "C",
            "It started when I was about, um, fourteen. It's, it's contamination mostly. I wash my hands, um, I don't know, forty, fifty times a day. They crack and bleed.",
        ),
        ("P", "He goes through a bottle of soap every two days."),
        ("A", "Any checking?"),
        (
            "C",
            "Yeah. The door, the cooker, the taps. Before I go out it can take me two hours to leave the house, with the checking. Sometimes I just don't go.",
        ),
        ("A", "How often do you go out?"),
        (
            "C",
            "Maybe once a week. With mum, to the GP or the shop. I can't go on the bus. People touch the poles.",
        ),
        ("A", "Could you go somewhere you know on your own?"),
        (
            "C",
            "The corner shop, sometimes, if I've got gloves on. But then I come back and I have to shower, and wash all my clothes.",
        ),
        ("A", "Treatment?"),
        (
            "C",
            "Fluoxetine, sixty milligrams. And I did a course of CBT, um, twelve sessions, last year. It helped a bit, but not, not really.",
        ),
        ("A", "How do you cope with changes to plans?"),
        (
            "P",
            "If something changes he gets very distressed. Last month his GP appointment got moved and he didn't sleep for two nights.",
        ),
        ("A", "Have you worked?"),
        ("C", "I worked in a warehouse for six months after school. I had to leave."),
        ("A", "Okay. Any thoughts of harming yourself?"),
        ("C", "No. No, not that."),
        ("A", "Thank you. That's the end of the assessment. It's five past ten."),
    ]
    report = [
        ("Telephone assessment, 09:30 to 10:05. His mother was present.", {SUP}),
        ("He washes his hands around 15 times a day.", {NC}),
        ("He reports that his hands crack and bleed from washing.", {SUP}),
        ("Checking rituals can delay him leaving the house by up to two hours.", {SUP}),
        ("He travels independently on public transport.", {NS}),
        ("Able to go to the local shop on his own.", {QD}),
        ("Current medication: fluoxetine 20mg.", {NC}),
        ("His mother states he copes well when plans change.", {NS}),
        ("Informal observation: hands appeared red and chapped.", {IMP}),
        ("He denies thoughts of self-harm.", {SUP}),
    ]
    return turns, report


def _case_09():
    # Stroke with aphasia, PIP, face to face at an assessment centre, wife present, patient assessor.
    turns = [
        (
            "A",
            "Good morning, come on in. I'm Angela, I'm an occupational therapist. It's ten o'clock, so we're right on time. And you are?",
        ),
        ("P", "I'm Patricia, his wife. He has trouble with his words, so I might need to help."),
        ("A", "That's absolutely fine. George, can you tell me what happened?"),
        ("C", "Stroke. Um. Two, two, the, the year. Twenty, twenty twenty-three. March."),
        ("P", "March twenty twenty-three, yes."),
        ("A", "And how has it affected you?"),
        ("C", "Words. Can't, um, find the, the words. And this, arm. Right. Leg."),
        ("A", "Can you read?"),
        ("C", "No. Letters, no. Jumble."),
        (
            "P",
            "He can't read anything now, not even the paper. He used to do the crossword every day. I read his letters to him.",
        ),
        ("A", "Can you understand what people say to you?"),
        ("C", "Slow. If slow. Yes."),
        ("P", "If people talk fast he loses it. And on the phone he can't manage at all."),
        ("A", "How far can you walk?"),
        ("C", "Stick. Um. Shop. No. Not shop."),
        (
            "P",
            "With his stick he can get to the end of the garden path and back, that's maybe fifteen metres. He's fallen twice since Christmas.",
        ),
        ("A", "Dressing?"),
        (
            "P",
            "I do his buttons and his shoes. He can get his t-shirt on himself, it takes him about twenty minutes.",
        ),
        ("A", "Does he cook, make drinks?"),
        (
            "P",
            "He doesn't cook. He'd forget the gas. He made a cup of tea once and he put the electric kettle on the hob.",
        ),
        ("A", "And money?"),
        ("C", "No. Pat. Pat does."),
        (
            "A",
            "Could I look at your hands? Squeeze my fingers. Right hand's weaker there. And would you read this sentence on the card for me?",
        ),
        ("C", "No. Can't."),
        (
            "A",
            "That's okay, don't worry at all. Could you walk to the door and back with your stick?",
        ),
        ("C", "Yes."),
        (
            "A",
            "Take your time. Good. Thank you. Right, that's us done. It's, um, quarter to eleven.",
        ),
    ]
    report = [
        (
            "Face-to-face consultation at the assessment centre from 10:00 to 10:45. His wife attended and assisted with communication.",
            {SUP},
        ),
        ("He sustained a stroke in March 2022.", {NC}),
        ("Asked to read a short sentence, he read it aloud with some hesitation.", {IMP}),
        ("He manages telephone conversations without difficulty.", {NS}),
        ("His wife estimates he can walk about 50 metres with his stick.", {NC}),
        ("He dresses independently, taking around 20 minutes.", {QD}),
        ("He completes the newspaper crossword daily.", {NS}),
        ("Right grip reduced compared with left.", {SUP}),
        ("Informal observation: walked to the door and back using a walking stick.", {SUP}),
        ("Able to prepare a hot drink safely.", {QD}),
    ]
    return turns, report


def _case_10():
    # Sickle cell disease, WCA, video, alone, brisk assessor.
    turns = [
        (
            "A",
            "Hello, is that Kwame Mensah? Can you see me okay? I'm Joanne, I'm a nurse with the assessment service. It's four o'clock. Is anyone with you?",
        ),
        ("C", "Hi, yeah, I can see you. No, it's just me."),
        ("A", "Tell me about the sickle cell."),
        (
            "C",
            "I've got, um, HbSS, the severe type. Since birth, obviously. The main problem is the crises. I get really bad pain, in my back, my chest, my legs.",
        ),
        ("A", "How often do you get crises?"),
        (
            "C",
            "Bad ones, where I go into hospital, about, um, six times last year. Smaller ones I manage at home, maybe two or three a month.",
        ),
        ("A", "How long are you in for?"),
        ("C", "Usually about a week. The last one was eleven days, because I got a chest crisis."),
        ("A", "Medication?"),
        (
            "C",
            "Hydroxycarbamide every day. Folic acid. And I've got oramorph and, um, codeine at home for the pain.",
        ),
        ("A", "Between crises, how are you?"),
        (
            "C",
            "Tired. All the time. I get breathless going up the stairs. I can walk, uh, maybe ten minutes and then my legs ache and I need to sit down.",
        ),
        ("A", "What about the cold?"),
        (
            "C",
            "Cold sets it off. In the winter I hardly go out. And I have to drink like three litres of water a day.",
        ),
        ("A", "What did you do for work?"),
        (
            "C",
            "I was a delivery driver. I kept having to take time off. I lost the job in, um, twenty twenty-three, too many sick days.",
        ),
        ("A", "How's your mood?"),
        ("C", "Low sometimes. I'm, I'm frustrated. I'm thirty-one and I can't work."),
        ("A", "Do you need a break at all?"),
        ("C", "No, I'm fine, carry on."),
        ("A", "Okay. Could you stand up for me and do a squat, if you can?"),
        ("C", "Um, I'd rather not. My knees are bad today, I had a crisis last week."),
        ("A", "That's fine. I think that's everything. It's twenty to five now. Thanks, Kwame."),
    ]
    report = [
        ("Video consultation 16:00 to 16:40. Claimant alone.", {SUP}),
        ("He reports three hospital admissions with sickle crises in the past year.", {NC}),
        ("Milder crises are managed at home, two to three times a month.", {SUP}),
        ("Hospital admissions typically last 2 to 3 days.", {NC}),
        ("He can walk for around 10 minutes before his legs ache and he has to sit down.", {SUP}),
        ("He walks for 30 minutes every day for exercise.", {NS}),
        ("No breaks were needed.", {SUP}),
        ("Able to squat and rise again without difficulty on examination.", {IMP}),
        ("He goes out daily whatever the weather.", {NS}),
        ("He has no difficulty with stairs.", {QD}),
    ]
    return turns, report


def _case_11():
    # ME/CFS, PIP, telephone, mother takes over, chatty assessor.
    turns = [
        (
            "A",
            "Hello, is that Hannah? Hi Hannah, it's Laura here, I'm a physiotherapist, calling about your PIP assessment. It's eleven o'clock. Is anyone with you?",
        ),
        (
            "C",
            "Hi. Yeah, my mum's with me. I might need her to, to take over, I can't talk for long.",
        ),
        ("A", "That's absolutely fine. Hello, Mum?"),
        ("P", "Hi, it's Susan."),
        ("A", "Hi Susan. Hannah, when did you become ill?"),
        (
            "C",
            "I had glandular fever at, um, seventeen, and I never got better. I was diagnosed with ME when I was eighteen.",
        ),
        ("A", "And how are your days now?"),
        (
            "C",
            "I'm in bed most of the day. I get up to go to the toilet, and, um, sometimes downstairs for an hour in the afternoon, if it's a good day. Good days are maybe one a week.",
        ),
        ("A", "What happens if you do too much?"),
        (
            "C",
            "I crash. Like, if I have a shower, the next day I can't, I can't lift my arms. It can last, um, three or four days.",
        ),
        ("A", "How are you with light and noise?"),
        (
            "C",
            "I wear earplugs. I keep the curtains closed. I can't read, or look at a screen for long. Mum, can you, can you carry on, I'm...",
        ),
        ("P", "Yes, love. She's getting tired. I'll answer for her."),
        ("A", "Of course. Susan, how does she manage washing?"),
        (
            "P",
            "I wash her hair for her, about once a week, she sits on a shower stool. Otherwise it's a strip wash with a bowl in bed, and I help her with that.",
        ),
        ("A", "Meals?"),
        (
            "P",
            "I make all her meals. She can't stand in the kitchen. I bring it up on a tray. Some days she's too tired to lift the fork and I help her.",
        ),
        ("A", "And the toilet?"),
        ("P", "She has a commode by the bed for the bad days. That's, well, most days really."),
        ("A", "Does she get out at all?"),
        (
            "P",
            "She's been out three times this year, all hospital appointments, in a wheelchair that I push.",
        ),
        ("A", "Okay. Thank you both, that's everything. It's twenty-five past eleven."),
    ]
    report = [
        (
            "Telephone consultation. Her mother was present and answered most questions once the claimant became too fatigued to continue.",
            {SUP},
        ),
        ("She reports good days about three times a week.", {NC}),
        ("After exertion her symptoms worsen for 1 to 2 days.", {NC}),
        ("She comes downstairs for an hour each afternoon.", {QD}),
        ("Her mother prepares all of her meals.", {SUP}),
        ("She is able to feed herself.", {QD}),
        ("Uses a bedside commode on bad days, which her mother says is most days.", {SUP}),
        (
            "She has left the house three times this year, for hospital appointments, in a wheelchair pushed by her mother.",
            {SUP},
        ),
        (
            "Informal observation: spoke clearly and fluently throughout the 25-minute call, with no evidence of fatigue.",
            {IMP},
        ),
        ("She is studying part-time with the Open University.", {NS}),
        ("She reads for several hours each day.", {NS}),
        ("The consultation ended at 11:45.", {IMP}),
    ]
    return turns, report


def _case_12():
    # Lupus, WCA, face to face at an assessment centre, friend present, brisk assessor.
    turns = [
        (
            "A",
            "Grace? Come through. And your friend's coming in? That's fine. I'm Mark, I'm a doctor, this is your work capability assessment. It's quarter past two. Sit down, please.",
        ),
        ("C", "Thank you. This is Michelle."),
        ("P", "Hi."),
        ("A", "Tell me about your lupus."),
        (
            "C",
            "I was diagnosed in twenty eighteen. It affects my joints, my skin, and I've got lupus nephritis, so my kidneys as well.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Hydroxychloroquine, two hundred milligrams twice a day, mycophenolate, and prednisolone, I'm on, um, seven and a half milligrams at the moment.",
        ),
        ("A", "Main problem day to day?"),
        (
            "C",
            "Fatigue and the joints. My hands and my knees swell up. And I get flares, the last one was three weeks ago, I was in bed for a week.",
        ),
        ("A", "How often do you flare?"),
        ("C", "Every, um, six to eight weeks, roughly."),
        ("A", "How long can you sit?"),
        ("C", "About half an hour, then my hips and knees stiffen up."),
        ("A", "Standing?"),
        ("C", "Ten minutes, then I have to sit down."),
        ("A", "Walking?"),
        (
            "C",
            "About, um, a hundred metres, I'd say, and then I need to rest. On a flare, not even to the bathroom.",
        ),
        ("A", "Any problems with concentration or memory?"),
        (
            "C",
            "Yes, the lupus fog. I forget what I'm saying halfway through a sentence. I leave the gas on.",
        ),
        ("P", "She's left the hob on three times that I know of."),
        ("A", "And the sun?"),
        (
            "C",
            "I can't go out in the sun, I come up in a rash. I wear factor fifty and a hat all year round.",
        ),
        ("A", "Okay. Can you stand up and bend forward, try and touch your toes?"),
        ("C", "Ow. That's, that's as far as I can go."),
        (
            "A",
            "Okay, to about your knees. Thank you. And show me your hands. Bit of swelling over the middle joints. Alright. That's us finished, it's ten to three.",
        ),
    ]
    report = [
        ("Face-to-face assessment, 14:15 to 14:50. She attended with a friend.", {SUP}),
        ("Flares every 6 to 8 weeks; the most recent was three weeks ago.", {SUP}),
        ("She reports that she can sit for about an hour.", {NC}),
        ("Standing is limited to around 10 minutes, after which she needs to sit.", {SUP}),
        ("States she can walk 100 metres. Mobilising descriptor not met.", {QD}),
        ("She denies any problems with memory or concentration.", {NS}),
        ("Her friend reports that she once left the hob on.", {NC}),
        ("Forward flexion: touched toes with ease.", {IMP}),
        ("Swelling noted over the middle finger joints of the hands.", {SUP}),
        ("She enjoys sunbathing when on holiday.", {NS}),
    ]
    return turns, report


def _case_13():
    # Psychosis, PIP, home visit, advocate present, chatty assessor; claimant leaves the room for a break.
    turns = [
        (
            "A",
            "Hi Leon, thanks for having me. I'm Chris, I'm a mental health nurse. It's, um, one o'clock. And you are?",
        ),
        ("P", "I'm Bridget, I'm Leon's advocate from Mind."),
        ("A", "Lovely. Leon, can you tell me a bit about your mental health?"),
        (
            "C",
            "I hear voices. Since I was nineteen. They, they say things about me. They tell me people are watching.",
        ),
        ("A", "Are you hearing them now?"),
        ("C", "A bit. Quieter. They don't like you being here."),
        ("A", "Okay. Thanks for telling me that. What medication are you on?"),
        ("C", "Clozapine. Four hundred. And I have the blood tests every, every four weeks."),
        (
            "P",
            "His CPN visits every fortnight and she checks he's taking it. He has a blister pack from the chemist.",
        ),
        ("A", "Do you take it yourself?"),
        ("C", "Mostly. Sometimes I forget. Or the voices tell me not to."),
        ("A", "Have you been in hospital?"),
        ("C", "Four times. Last one was twenty twenty-two, for four months."),
        ("A", "What about going out?"),
        (
            "C",
            "I go to the shop at the end of the road. Early, when it's quiet. I don't go on buses. People look at me.",
        ),
        (
            "P",
            "He won't go anywhere new without me or his CPN. He's turned back from appointments.",
        ),
        ("A", "Cooking?"),
        ("C", "Microwave. I don't use the cooker. I worry about the gas."),
        ("A", "Washing?"),
        ("C", "I don't, I wash sometimes. Once a week maybe."),
        ("P", "It's less when he's unwell. His sister comes round and reminds him."),
        ("C", "I need to, can I stop? I need to go out for a minute."),
        ("A", "Of course, take a break, I'll wait here."),
        ("C", "Okay. I'm back."),
        ("A", "Thanks, Leon. Just a couple more. Do you see friends?"),
        ("C", "No. I don't have friends. Just my sister."),
        ("A", "Okay. That's everything. It's quarter to two. Thank you both."),
    ]
    report = [
        ("Home visit. Present: the claimant and his advocate from Mind.", {SUP}),
        ("Clozapine 200mg with blood monitoring every four weeks.", {NC}),
        ("His community psychiatric nurse visits weekly.", {NC}),
        ("He takes his medication reliably without prompting.", {QD}),
        ("He shops locally, going early in the morning when it is quiet.", {SUP}),
        ("He uses buses independently.", {NS}),
        ("Uses a microwave and avoids the cooker because he worries about the gas.", {SUP}),
        ("Washes daily without prompting. Descriptor 4A.", {NC, QD}),
        ("He remained in the room throughout and did not require a break.", {IMP}),
        ("The assessment lasted around 75 minutes.", {IMP}),
        ("Mental state: he denied any current perceptual disturbance.", {NS}),
    ]
    return turns, report


def _case_14():
    # Deaf, BSL interpreter voicing, WCA, face to face at an assessment centre, brisk assessor.
    turns = [
        (
            "A",
            "Hello, come in. So you're the interpreter? Great. I'm Paul, I'm a paramedic, I'll be doing the assessment. It's twenty past eleven.",
        ),
        (
            "P",
            "Hi, I'm Kate, I'm the BSL interpreter. I'll be voicing for Siobhan, so when I say I, it's her speaking.",
        ),
        ("A", "Okay. Siobhan, tell me about your hearing."),
        (
            "P",
            "I was born deaf. Profoundly deaf in both ears. I don't use hearing aids, they don't help me, I just get noise. BSL is my first language.",
        ),
        ("A", "Can you lip read?"),
        (
            "P",
            "A little. Maybe, um, maybe thirty percent, if the person is facing me and speaks clearly. With masks it was impossible.",
        ),
        ("A", "Reading and writing English?"),
        (
            "P",
            "I can read simple things. Long letters from the DWP I find very hard, the English is complicated. My daughter helps me, she's hearing.",
        ),
        ("A", "How old is your daughter?"),
        ("P", "She's sixteen."),
        ("A", "Any other problems?"),
        (
            "P",
            "I have balance problems. I fall over in the dark. And depression. I've been on sertraline for, um, five years.",
        ),
        ("A", "What work have you done?"),
        ("P", "I worked in a bakery, packing, for nine years. It closed in twenty twenty-two."),
        ("A", "Could you make yourself understood to a stranger, in a shop say?"),
        (
            "P",
            "No. I point, or I write it down, or type on my phone. People get impatient. I don't go to the doctor's on my own, I need an interpreter booked.",
        ),
        ("A", "Going out in the dark?"),
        ("P", "I avoid it. In winter I'm home by four."),
        ("A", "Can you hear me if I speak without Kate signing? Siobhan, can you hear me?"),
        ("C", "No. Sound. No words."),
        ("P", "She's saying she can hear that there's a sound but not the words."),
        ("A", "Okay. Last thing, any alarms at home? Fire alarm?"),
        ("P", "I have a flashing alarm, and a vibrating pad under my pillow."),
        ("A", "Okay, that's everything. Thanks both of you. It's five to twelve."),
    ]
    report = [
        ("Face-to-face assessment. A BSL interpreter was present.", {SUP}),
        ("Profoundly deaf from birth; does not use hearing aids.", {SUP}),
        ("She can lip read around 70% of speech.", {NC}),
        ("She reads and understands official letters without difficulty.", {QD}),
        ("Sertraline for depression for the past two years.", {NC}),
        ("She attends her GP appointments alone, without an interpreter.", {NS}),
        (
            "Informal observation: she heard and followed conversational speech without the interpreter when facing the assessor.",
            {IMP},
        ),
        ("Consultation commenced 11:20 and concluded 12:25.", {IMP}),
        ("No problems with balance reported.", {NS}),
        ("Has a flashing smoke alarm and a vibrating pad under her pillow.", {SUP}),
    ]
    return turns, report


def _case_15():
    # Osteoarthritis of both knees, PIP, telephone, alone, brisk assessor.
    turns = [
        (
            "A",
            "Hello, Mr Brian Walsh? I'm calling for your PIP assessment. I'm Stephen, a physiotherapist. Is anyone with you today?",
        ),
        ("C", "No, I'm on my own, the wife's at her sister's."),
        ("A", "Okay. Tell me about your knees."),
        (
            "C",
            "Osteoarthritis, both knees. The right's worse. I'm on the waiting list for a replacement, been on it, um, eighteen months now.",
        ),
        ("A", "Pain relief?"),
        (
            "C",
            "Co-codamol, the thirty five hundreds, two tablets four times a day. And I rub the ibuprofen gel in.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Oh, I'm alright, I get about. Well. To the post box, that's, I'd say, forty metres? Then I have to stand and wait for the pain to ease off. I use two sticks outside. Crutches, actually, the elbow crutches.",
        ),
        ("A", "And then could you carry on?"),
        ("C", "A bit further, yeah, but slow. I wouldn't go to the shops, that's half a mile."),
        ("A", "Stairs?"),
        ("C", "One at a time, holding the rails, both hands. We had a second rail put in."),
        ("A", "Bathing?"),
        (
            "C",
            "Can't get in the bath anymore. I have a strip wash at the sink. The wife does my feet, I can't reach them.",
        ),
        ("A", "Toilet?"),
        ("C", "Raised seat, and a frame round it."),
        ("A", "Cooking?"),
        (
            "C",
            "I do a fry-up. I sit on a stool in the kitchen for it. It takes me longer. The wife does most of it though.",
        ),
        ("A", "Getting dressed?"),
        ("C", "Trousers and socks are the trouble. I've got one of them sock aids."),
        ("A", "Okay. Anything else?"),
        (
            "C",
            "I was a bus driver for twenty-eight years. Had to pack it in two years ago, I couldn't do the pedals.",
        ),
        ("A", "Right. Well, that's everything, it's twenty past three. Thank you."),
    ]
    report = [
        ("Telephone consultation; the claimant was alone, his wife being at her sister's.", {SUP}),
        (
            "Bilateral knee osteoarthritis, right worse than left, on the waiting list for knee replacement for 8 months.",
            {NC},
        ),
        ("He states he can walk about 40 metres.", {QD}),
        ("Uses a single walking stick outdoors.", {NC}),
        ("Manages the stairs one at a time, holding the rails with both hands.", {SUP}),
        ("Uses a raised toilet seat with a frame.", {SUP}),
        ("Cooks a fried breakfast standing at the hob.", {QD}),
        ("He uses a sock aid when dressing.", {SUP}),
        ("He worked as a lorry driver for 28 years.", {NS}),
        ("Informal observation: mobilised slowly using elbow crutches.", {IMP}),
    ]
    return turns, report


def _case_16():
    # ADHD with anxiety, WCA, telephone, alone, chatty assessor.
    turns = [
        (
            "A",
            "Morning! Is that Jordan? Brilliant. I'm Becky, I'm a nurse, calling for your work capability assessment. It's quarter past nine, hope that's not too early for you! Is anyone with you?",
        ),
        ("C", "No, it's just me. Sorry, I nearly forgot, I had like four alarms set."),
        ("A", "Ha, well you're here now. Tell me about your ADHD."),
        (
            "C",
            "I got diagnosed at, um, twenty-one, so three years ago. I'd always struggled, at school, and with jobs. I've had, um, seven jobs in, like, four years? I get sacked or I just walk out.",
        ),
        ("A", "What medication are you on?"),
        ("C", "Elvanse, thirty milligrams. And propranolol for the anxiety, when I need it."),
        ("A", "How's the anxiety?"),
        (
            "C",
            "Bad. I get panic attacks, like, three or four times a week. Mostly if I have to go somewhere new or talk to people I don't know.",
        ),
        ("A", "Could you go somewhere you haven't been before, on your own?"),
        (
            "C",
            "If I really have to. But I'd have to look at it on Street View, like, a hundred times, and I'd probably still turn back. Last time I tried to go to a job interview I got off the train and went home.",
        ),
        ("A", "How do you cope with changes, like a cancelled appointment?"),
        ("C", "Badly. I kind of spiral. I can't do anything else that day."),
        ("A", "And learning new things, say a new task at work?"),
        (
            "C",
            "I can learn it, if someone shows me, but I forget the steps. I need it written down, and someone checking it.",
        ),
        ("A", "Do you have trouble finishing things?"),
        (
            "C",
            "Oh god, yes. I start loads of things. I've left the bath running. I burned a pan last month because I went on my phone.",
        ),
        ("A", "Do you have friends you see?"),
        ("C", "A couple online. I don't really see people in person."),
        ("A", "Okay. And sorry, just to check the Elvanse dose, was that thirty?"),
        ("C", "Thirty, yeah. Well, no, they put it up. It's fifty now, sorry. Fifty."),
        (
            "A",
            "No problem at all. Okay, that's everything from me. It's ten o'clock. Thanks Jordan, take care.",
        ),
    ]
    report = [
        ("Telephone assessment, 09:15 to 10:00. Claimant alone.", {SUP}),
        ("ADHD diagnosed at age 21.", {SUP}),
        ("Lisdexamfetamine (Elvanse) 30mg daily.", {NC}),
        ("Reports panic attacks roughly once a week.", {NC}),
        ("He has had three jobs in the last four years.", {NC}),
        ("Able to travel alone to unfamiliar places. Descriptor 15 (getting about) not met.", {QD}),
        ("He reports that he copes well with changes to his routine.", {NS}),
        ("He is able to learn a new task.", {QD}),
        (
            "He reports leaving the bath running and burning a pan last month after becoming distracted.",
            {SUP},
        ),
        ("He sees friends at the pub every weekend.", {NS}),
        ("Informal observation: appeared fidgety and restless, frequently looking away.", {IMP}),
    ]
    return turns, report


def _case_17():
    # Endometriosis, PIP, video, partner present and takes over, brisk assessor.
    turns = [
        (
            "A",
            "Hello, can you hear me? I'm Adam, I'm a paramedic, this is your PIP consultation by video. It's half past twelve. Who's with you today?",
        ),
        ("C", "Hi. My partner, Ryan."),
        ("P", "Hi there."),
        ("A", "Right. Chloe, tell me about your condition."),
        (
            "C",
            "I've got stage four endometriosis. It's on my bowel and my bladder. I've had, um, three surgeries, laparoscopies, the last one was in twenty twenty-four.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Zoladex injection every month, and I've got a buprenorphine patch, and gabapentin, six hundred milligrams three times a day.",
        ),
        ("A", "How many days a month are you in pain?"),
        (
            "C",
            "Honestly, there's pain every day. But the really bad days, where I can't get off the sofa, it's about, um, twenty days a month. It used to be just my period but now it's most of the time.",
        ),
        ("A", "Toileting?"),
        (
            "C",
            "Going to the toilet is agony because of the bowel. Sometimes I need Ryan to help me up off the toilet when I get a spasm.",
        ),
        ("P", "That's most mornings, to be honest."),
        ("A", "Walking?"),
        (
            "C",
            "On a good day I can walk to the park, that's five minutes. On a bad day I don't go outside.",
        ),
        ("A", "Cooking?"),
        ("C", "Ryan cooks. I can't stand for long, I get dizzy, and the pain. I might make toast."),
        ("A", "Washing?"),
        (
            "C",
            "I shower sitting down. Ryan helps me wash my hair because lifting my arms pulls on my, my stomach.",
        ),
        ("C", "Sorry, can I, Ryan, can you take this? I need to lie down."),
        (
            "P",
            "Yeah, sure. She's just going to lie on the sofa, she can still hear. I'll hold the laptop.",
        ),
        ("A", "That's fine. Ryan, does she go out socially?"),
        (
            "P",
            "Not really. She's cancelled on her friends so many times they've stopped asking. We haven't been out for a meal in, I think, over a year.",
        ),
        ("A", "And does she need help with medication?"),
        (
            "P",
            "I take her to the injection appointments, I drive her. She does her own tablets, she's got an app that reminds her.",
        ),
        ("A", "Okay. That's all I need. Thank you both. It's just gone one."),
    ]
    report = [
        ("Video consultation. Her partner was present.", {SUP}),
        (
            "Stage 4 endometriosis with bowel and bladder involvement; three laparoscopies, the last in 2022.",
            {NC},
        ),
        ("Gabapentin 300mg three times daily.", {NC}),
        ("She describes severe pain on around 10 days each month.", {NC}),
        ("Uses the toilet independently.", {QD}),
        ("She can walk for 5 minutes, as far as the park.", {QD}),
        ("Her partner does the cooking; she can make toast.", {SUP}),
        ("Manages her own tablets with the help of a reminder app.", {SUP}),
        (
            "Informal observation: sat upright throughout the consultation and did not appear to be in discomfort.",
            {IMP},
        ),
        ("All questions were answered by the claimant herself.", {IMP}),
        ("Her partner reports that they go out for a meal most weekends.", {NS}),
        ("She attends a weekly Pilates class to help manage her pain.", {NS}),
    ]
    return turns, report


def _case_18():
    # Cerebral palsy, WCA, home visit, father present, chatty assessor.
    turns = [
        (
            "A",
            "Hiya, you must be Ellie. I'm Joanne, I'm an OT. Oh, what a lovely dog. It's half past two, is that right? Yes. So this is for your work capability assessment. And who's this?",
        ),
        ("P", "I'm her dad, Martin."),
        ("A", "Lovely. Ellie, tell me about your cerebral palsy."),
        (
            "C",
            "So it's spastic diplegia, mainly my legs, but my left hand is affected too. I've had it since birth. I've had, um, loads of operations, like six, on my hips and my tendons.",
        ),
        ("A", "How do you get around?"),
        (
            "C",
            "Indoors I use my crutches, the elbow crutches. Outside, anything more than, like, the car to the front door, I use my wheelchair, and someone pushes me, usually dad. I can self-propel a bit but my left hand doesn't grip properly, so I go in circles, basically.",
        ),
        ("P", "She can do maybe twenty metres pushing herself on the flat."),
        ("A", "And walking with the crutches, how far?"),
        (
            "C",
            "About, um, fifteen metres, then my legs go into spasm and I have to stop. I fall quite a lot, maybe two or three times a week.",
        ),
        ("A", "Any treatment for the spasms?"),
        (
            "C",
            "Botox injections every three months, and baclofen, ten milligrams three times a day.",
        ),
        ("A", "What about your hands, picking things up?"),
        ("C", "Right hand's fine. Left hand, I can't do fiddly things, like coins or buttons."),
        ("A", "What's your day like?"),
        (
            "C",
            "I get up about ten, it takes me an hour to get ready because I'm so stiff in the morning. I do some online stuff, I do a bit of drawing. I'm tired by the afternoon.",
        ),
        ("A", "Toilet?"),
        (
            "C",
            "I've got rails. I manage. But I've had, um, accidents when I can't get there quick enough. Maybe once a month.",
        ),
        ("A", "Okay. Could you stand up from the chair for me?"),
        ("C", "I need to use my arms. There."),
        ("A", "Great, thank you. And could you pick up this coin with your left hand?"),
        ("C", "No. I can't get it."),
        ("A", "That's fine. Have you worked at all?"),
        (
            "C",
            "I volunteered in a charity shop, two mornings a week, for, um, a year, but the standing was too much.",
        ),
        ("A", "Okay, that's it. Thank you both, it's quarter past three."),
    ]
    report = [
        ("Home visit; her father was present.", {SUP}),
        ("She has undergone three operations on her hips and tendons.", {NC}),
        ("Self-propels her wheelchair outdoors independently.", {QD}),
        (
            "She can walk about 15 metres with her elbow crutches before her legs go into spasm and she has to stop.",
            {SUP},
        ),
        ("Falls two to three times a month.", {NC}),
        ("On examination she picked up a coin with either hand.", {IMP}),
        ("Rose from the chair without using her arms.", {IMP}),
        ("Manages her toileting independently. Continence descriptors not applicable.", {QD}),
        ("She volunteered two mornings a week in a charity shop for a year.", {SUP}),
        ("She works part-time as a freelance illustrator.", {NS}),
        ("Typical day: up at around 7am and ready within 15 minutes.", {NC}),
    ]
    return turns, report


def _case_19():
    # Alcohol-related liver disease, PIP, face to face at an assessment centre, sister present, brisk assessor.
    turns = [
        ("A", "Mr Stuart Reid? Come through. I'm Dr Khan. And this is?"),
        ("P", "I'm his sister, Lorraine."),
        ("A", "Take a seat. It's ten past ten. Stuart, tell me about your health."),
        (
            "C",
            "I've got cirrhosis. From the drink, I'll be honest. I was diagnosed, um, two years ago, when I was fifty.",
        ),
        ("A", "Are you still drinking?"),
        (
            "C",
            "No. I stopped. I've not had a drink since, um, the fifth of January last year. Sixteen months.",
        ),
        ("P", "He's done really well."),
        ("A", "What problems do you have now?"),
        (
            "C",
            "I'm tired all the time. My belly fills up with fluid, I have to go in and have it drained, every, um, three weeks. And I get confused.",
        ),
        (
            "P",
            "The confusion is the thing. He gets muddled, he forgot who I was once, in hospital. He's been admitted with it twice this year.",
        ),
        ("A", "Medication?"),
        ("C", "Lactulose, rifaximin, and the water tablet, spironolactone. A hundred milligrams."),
        ("A", "Do you manage those yourself?"),
        (
            "P",
            "No, I do them. I put them in a dosette and I phone him at nine and at six to make sure. If he doesn't take the lactulose he gets confused.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I have microwave meals. I'm not supposed to have salt, so, um, Lorraine makes me proper food and freezes it.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "I shower, but I hold onto the rail. I've fallen twice in the bathroom. I get dizzy.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "Not far. Maybe, um, a hundred yards, then I'm puffed, with the fluid. I get cramps in my legs.",
        ),
        ("A", "Managing money?"),
        ("P", "I've got power of attorney now. He was getting letters and not opening them."),
        ("A", "Okay. Let me have a look at your tummy. Can you get onto the couch?"),
        ("C", "I'll try. Can you give me a hand up?"),
        (
            "A",
            "Yes, here. Okay. Abdomen's distended, there's fluid there. Some bruising on the arms. Alright, sit up slowly. That's everything. It's ten to eleven.",
        ),
    ]
    report = [
        ("Face-to-face assessment, 10:10 to 10:50, accompanied by his sister.", {SUP}),
        ("He reports being abstinent from alcohol for six months.", {NC}),
        ("He admits he continues to drink at weekends.", {NS}),
        ("Requires drainage of ascites every six weeks.", {NC}),
        ("His sister reports one admission with confusion this year.", {NC}),
        ("He manages his own medication. Descriptor 3A.", {QD}),
        ("Showers independently.", {QD}),
        ("Can walk about a hundred yards before becoming breathless.", {SUP}),
        ("He cooks fresh meals for himself every day.", {NS}),
        ("His sister holds power of attorney.", {SUP}),
        ("He climbed onto the examination couch unaided.", {IMP}),
        ("Abdomen distended with fluid present; bruising noted on the arms.", {SUP}),
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

FIRST_SEED = 34000


def make_case_34(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
