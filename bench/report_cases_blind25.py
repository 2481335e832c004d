"""Blind held-out set 27 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty PIP (PA4) and WCA (ESA85) assessments across four channels: telephone
(lupus, spina bifida, bowel cancer with ileostomy, dyspraxia with anxiety, POTS,
hypermobile Ehlers-Danlos syndrome), video (Huntington's disease, Tourette's
syndrome with OCD, lymphoedema with the camera off, retinitis pigmentosa), home
visits (cerebral palsy, hoarding disorder with depression, schizoaffective
disorder) and face to face at a centre (sickle cell disease, motor neurone
disease, brittle asthma, severe atopic eczema, functional neurological disorder,
Down's syndrome, severe hearing loss with tinnitus). Several cases have a
companion who speaks (partner, parent, wife, husband, brother, support worker).
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
    # PIP, telephone, systemic lupus erythematosus.
    turns = [
        (
            "A",
            "Hello, is that Miss Adeyemi? This is Karen calling from the assessment provider about your Personal Independence Payment. I'm ringing for your telephone assessment, is now still a good time to talk?",
        ),
        (
            "C",
            "Yes, yes, that's fine. Sorry, I've got you on speaker because my hands are a bit sore today.",
        ),
        (
            "A",
            "That's no problem at all. Can you tell me about your lupus and when it was diagnosed?",
        ),
        (
            "C",
            "I was diagnosed in, um, twenty sixteen, no sorry, twenty fifteen, in the spring. It mainly affects my joints and my skin, and my kidneys are involved as well, so they keep an eye on that.",
        ),
        ("A", "And what medication are you on?"),
        (
            "C",
            "Hydroxychloroquine, two hundred milligrams twice a day, and prednisolone, which is five milligrams at the moment. They've brought it down from ten.",
        ),
        ("A", "How do you manage preparing a meal?"),
        (
            "C",
            "On a good day I can do something simple, like pasta, but I have to sit on a stool to chop things and I can't lift a full pan of water, my partner does that. When I'm flaring I don't cook at all, and that's probably half the month lately, sometimes more.",
        ),
        ("A", "And washing and bathing?"),
        (
            "C",
            "I shower sitting down, I've got a shower seat. I can't get in the bath any more, not safely. It takes me about forty minutes all in and I have to lie down after.",
        ),
        ("A", "How about getting dressed?"),
        (
            "C",
            "Buttons and zips are hard in the mornings when my hands are stiff, the stiffness lasts about two hours. I mostly wear things I can pull on. My partner does my bra and my shoes.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Maybe to the end of the road and back, that's, I don't know, about a hundred metres altogether? And I have to stop at least once because of my hips. I use a stick outside.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Not really. I get very fatigued and I've had dizzy spells, so I go with my partner or my sister.",
        ),
        ("A", "Okay. How has your mood been?"),
        (
            "C",
            "Low, honestly. I see my GP about it, I'm on sertraline, fifty milligrams. I don't have any thoughts of harming myself, though.",
        ),
        ("A", "Thank you. That's all the questions I have. You'll hear from DWP in a few weeks."),
        ("C", "Okay, thanks, bye."),
    ]
    report = [
        ("History: she reports that systemic lupus erythematosus was diagnosed in 2015.", {SUP}),
        (
            "Current medication comprises hydroxychloroquine 200mg twice daily and prednisolone 10mg.",
            {NC},
        ),
        ("Typical day: she prepares simple meals such as pasta.", {QD}),
        (
            "She showers on a shower seat, which she says takes around forty minutes, and needs to lie down afterwards.",
            {SUP},
        ),
        (
            "She describes walking about 200 metres outdoors with a stick without needing to stop.",
            {NC, QD},
        ),
        ("She dresses herself, favouring clothes that pull on.", {QD}),
        (
            "Informal observations: she was seen walking around her home during the call with a normal gait.",
            {IMP},
        ),
        ("She states that she regularly goes out on her own to the local shops.", {NS}),
        ("Mental state: she denies any thoughts of self-harm.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA, face to face at a centre, sickle cell disease, partner speaks.
    turns = [
        (
            "A",
            "Good morning, come on through. I'm Dr Patel, I'll be doing your work capability assessment today. And who's this with you?",
        ),
        ("P", "I'm Grace, his partner. I've come along to help him remember things."),
        ("A", "That's fine. Mr Okafor, can you tell me about your sickle cell?"),
        (
            "C",
            "I've got the HbSS type. The main thing is the crises, the pain crises. I get them, um, I'd say about once a month, and three or four times last year I ended up admitted, for about a week each time.",
        ),
        ("A", "What happens between crises?"),
        (
            "C",
            "I'm still tired all the time, and I get aching in my lower back and my hips. I had avascular necrosis in my left hip, so that's always painful.",
        ),
        ("A", "What painkillers do you take?"),
        (
            "C",
            "Codeine, thirty milligrams, up to four times a day, and paracetamol. And folic acid every day, and hydroxycarbamide.",
        ),
        ("A", "How far can you walk before you need to stop?"),
        (
            "C",
            "On a normal day about fifty metres, maybe a bit more, and then the hip makes me stop. I have to rest for a few minutes. In the cold it's much worse.",
        ),
        ("P", "He's being generous. Half the time he's stopping before the end of our street."),
        ("A", "And how long can you sit for?"),
        ("C", "Maybe half an hour, then I need to stand up and move about because my hip seizes."),
        ("A", "Can you pick things up from the floor?"),
        (
            "C",
            "I do it, but I have to hold on to something and bend my good knee. I can't do it over and over.",
        ),
        ("A", "Okay, we're about twenty minutes in. Shall we carry on?"),
        ("C", "Can I stand for a moment first? My hip's going."),
        ("A", "Of course, take a break. ... Right. Is your concentration affected at all?"),
        (
            "C",
            "When I'm on the stronger painkillers, after a crisis, I'm drowsy and I can't focus. That's maybe a week after each one.",
        ),
    ]
    report = [
        (
            "He reports pain crises around once a month, with three to four hospital admissions over the past year.",
            {SUP},
        ),
        (
            "Medication: codeine 30mg up to four times a day, paracetamol, folic acid and hydroxycarbamide.",
            {SUP},
        ),
        ("He states that he can walk approximately 150 metres before he needs to stop.", {NC}),
        ("He is able to sit for up to an hour.", {NC}),
        ("He can pick up items from the floor.", {QD}),
        ("He attended the assessment unaccompanied.", {IMP}),
        ("He remained seated for the whole assessment without needing to stand.", {IMP}),
        ("He reports that his medication has no effect on his concentration.", {NS}),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, cerebral palsy (spastic diplegia), mother speaks.
    turns = [
        (
            "A",
            "Hello, thanks for letting me in. I'm Sam, the health professional doing your PIP assessment here at home today. Is it okay if your mum stays?",
        ),
        ("C", "Yeah, I'd like her to. She helps me with a lot."),
        ("P", "Hiya. I'm Linda, I'm his mum."),
        ("A", "Lovely. Jordan, tell me how the cerebral palsy affects you."),
        (
            "C",
            "It's mostly my legs, they're really stiff, spastic diplegia they call it. My balance is bad. I use a walking frame indoors and a wheelchair for anything far.",
        ),
        ("A", "How far can you go with the frame?"),
        (
            "C",
            "Round the house, and to the car on the drive, which is, uh, maybe fifteen metres? After that my legs just go and I'll fall.",
        ),
        (
            "P",
            "He falls most weeks, two or three times. We've had an ambulance out twice this year.",
        ),
        ("A", "And getting washed?"),
        (
            "C",
            "I can't get in the bath by myself. Mum helps me onto the bath board and she washes my back and my feet because I can't reach down safely.",
        ),
        ("A", "What about using the toilet?"),
        (
            "C",
            "I can use the toilet with the rails we had fitted. Without the rails I can't get up.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "Top half I'm fine, just slow. Trousers, socks and shoes Mum does, or it takes me like half an hour and I get really tired.",
        ),
        ("A", "Do you cook?"),
        ("C", "Microwave stuff, sitting down. I can't stand at the cooker, I'd lose my balance."),
        ("A", "And do you go out on your own?"),
        ("C", "I go to college three days a week. A taxi picks me up, the college arranges it."),
        ("P", "And someone meets him at the other end with the wheelchair."),
        ("A", "Okay. Could you show me how you get up from the settee?"),
        ("C", "Give me a sec. Mum, can you..."),
        ("P", "I've got you. There we go."),
    ]
    report = [
        ("He uses a walking frame indoors and a wheelchair for longer distances.", {SUP}),
        ("He can walk around 50 metres with his frame.", {NC}),
        ("His mother reports that he falls about once a month.", {NC}),
        ("He manages bathing independently with the aid of a bath board.", {QD}),
        ("He is able to use the toilet with grab rails fitted.", {SUP}),
        ("He told the assessor he is able to stand at the cooker to make a hot meal.", {NS}),
        ("He travels to college on his own three days a week.", {QD}),
        ("Informal observations: he rose from the settee unaided.", {IMP}),
    ]
    return turns, report


def _case_03():
    # WCA, telephone, spina bifida with shunt, self-catheterises.
    turns = [
        (
            "A",
            "Hi, is that Ms Doyle? It's Martin from the health assessment service. We've got you booked in for a phone assessment this afternoon for your work capability assessment. It's just gone two o'clock, so we'll aim to be done by about three, is that alright?",
        ),
        ("C", "Yes, that's fine, I've been waiting for the call."),
        ("A", "Can you tell me about your condition?"),
        (
            "C",
            "I was born with spina bifida. I had a shunt put in as a baby and it's been revised twice, the last time in two thousand and nineteen. I use a wheelchair full time outdoors, and crutches for short bits indoors.",
        ),
        ("A", "Do you push yourself in the chair?"),
        (
            "C",
            "Yes, on the flat. I can do maybe two hundred metres before my shoulders burn, and I can't do slopes, I need someone to push me up a ramp.",
        ),
        ("A", "And bladder and bowel?"),
        (
            "C",
            "I self-catheterise, about five or six times a day. I do have leaks, accidents, probably twice a week, sometimes more if I've got a water infection.",
        ),
        ("A", "Does that affect going out?"),
        (
            "C",
            "I always need to know where there's an accessible toilet. If I've had a leak I have to get home and change everything, I can't do that in a public toilet.",
        ),
        ("A", "How about your hands, any problems?"),
        ("C", "No, my hands are okay. I can type and write fine."),
        ("A", "Any headaches?"),
        (
            "C",
            "If they're bad I have to lie down in a dark room, maybe once a week. With my shunt I have to get them checked if they're really bad.",
        ),
        ("A", "And memory and concentration?"),
        ("C", "Sorry, could you say that again? The line's a bit crackly."),
        ("A", "Of course. Do you have any problems with memory or concentration?"),
        ("C", "A bit. I lose track of things, I use reminders on my phone for my catheter times."),
        ("A", "Okay, thank you. That's the end of my questions, it's now twenty to three."),
    ]
    report = [
        (
            "Consultation details: the telephone consultation started at 14:02 and ended at 15:25.",
            {IMP},
        ),
        (
            "She uses a wheelchair full time outdoors and crutches for short distances indoors.",
            {SUP},
        ),
        ("Her shunt was last revised in 2009.", {NC}),
        ("She is able to self-propel her wheelchair for around 200 metres.", {QD}),
        ("She self-catheterises approximately three times a day.", {NC}),
        ("She is able to go out and manage her continence needs while away from home.", {QD}),
        ("She reports no difficulties with manual dexterity.", {SUP}),
        ("No questions needed to be repeated during the call.", {IMP}),
    ]
    return turns, report


def _case_04():
    # PIP, video, Huntington's disease, wife speaks.
    turns = [
        (
            "A",
            "Hello, can you see and hear me okay? I'm Rachel, and I'll be carrying out your PIP assessment over video today. I can see there's someone sitting next to you?",
        ),
        ("P", "Yes, I'm Helen, his wife. I do most of the talking for him these days."),
        ("A", "That's absolutely fine. Mr Barnes, can you tell me when you were diagnosed?"),
        ("C", "Twenty... twenty eighteen. My dad had it too."),
        ("A", "And how does it affect you day to day?"),
        ("C", "The movements. I can't keep still. And I drop things. And I get muddled."),
        (
            "P",
            "His chorea's much worse than it looks on the screen. He's fallen down the stairs twice since Christmas.",
        ),
        ("A", "Do you cook at all?"),
        ("C", "No. Not now. I burnt a pan."),
        (
            "P",
            "He left the gas on last year, so I don't let him use the hob. He can make a sandwich if I get everything out for him.",
        ),
        ("A", "How about eating? Can you cut up your food?"),
        ("C", "She cuts it. I use the big spoon."),
        ("P", "He has adapted cutlery, and he chokes sometimes, so I sit with him for every meal."),
        ("A", "And managing medication?"),
        (
            "P",
            "I do it all. He's on tetrabenazine, twenty-five milligrams three times a day. I put it in a dosette box and remind him, otherwise he'd forget.",
        ),
        (
            "A",
            "Mr Barnes, could you stand up and walk a few steps away from the screen so I can see?",
        ),
        ("C", "I'd rather not. I'm wobbly."),
        ("P", "He's had a bad morning, I don't want him falling."),
        ("A", "No problem, we'll leave that. How about money, paying bills?"),
        ("P", "I took that over about two years ago. He was giving money to cold callers."),
        ("A", "Thank you, that's really helpful."),
    ]
    report = [
        (
            "He was diagnosed with Huntington's disease in 2018; his father also had the condition.",
            {SUP},
        ),
        ("He states he is able to cook a simple meal on the hob without supervision.", {NS}),
        ("He feeds himself using adapted cutlery.", {QD}),
        ("Medication: tetrabenazine 25mg twice daily.", {NC}),
        ("His wife manages his medication with a dosette box and reminds him to take it.", {SUP}),
        ("Gait was steady when he walked a few steps away from the screen.", {IMP}),
        ("His wife reports one fall on the stairs since Christmas.", {NC}),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at a centre, motor neurone disease, daughter speaks.
    turns = [
        (
            "A",
            "Morning, Mrs Hughes, thanks for coming in to the centre. I'm Tom, one of the physiotherapists here. I see you've come in a wheelchair today. Is this your daughter?",
        ),
        ("P", "Yes, I'm Megan. I pushed Mum in from the car park."),
        ("A", "Thanks. Mrs Hughes, when were you diagnosed with MND?"),
        (
            "C",
            "Last March, so about fourteen months ago now. It started in my right hand, then my legs.",
        ),
        ("A", "How are your speech and swallowing?"),
        (
            "C",
            "My speech gets slurred when I'm tired, by the evening people struggle to understand me. Swallowing, I've had to go on to thickened drinks, and I cough on food a lot.",
        ),
        ("A", "How long does a meal take you?"),
        ("C", "Oh, ages. Probably an hour for dinner. Megan or my husband cut it up for me."),
        ("A", "How are your hands now?"),
        (
            "C",
            "My right hand is very weak. I can't do buttons at all, can't open jars, can't write. The left is okay-ish.",
        ),
        ("A", "And walking?"),
        (
            "C",
            "Indoors with a rollator, from the living room to the kitchen, maybe ten metres. That's it. I've had three falls since January. Outside it's always the wheelchair, pushed.",
        ),
        ("A", "Washing?"),
        ("C", "A carer comes every morning for the shower. I couldn't do it alone, I'd fall."),
        ("A", "And do you use any breathing support?"),
        ("C", "I've just started a machine at night, the NIV, four weeks ago."),
        ("A", "Okay. Can you squeeze my fingers with your right hand?"),
        ("C", "I'll try. That's all I've got."),
    ]
    report = [
        ("She was diagnosed with motor neurone disease approximately fourteen months ago.", {SUP}),
        ("She reports that her speech remains clear throughout the day.", {NS}),
        ("She eats a main meal independently, taking about twenty minutes.", {NC, QD}),
        ("She mobilises indoors with a rollator for roughly ten metres.", {SUP}),
        ("She has had one fall since January.", {NC}),
        ("She started overnight non-invasive ventilation four months ago.", {NC}),
        ("Informal observations: she walked into the assessment room using her rollator.", {IMP}),
    ]
    return turns, report


def _case_06():
    # WCA, telephone, bowel cancer with ileostomy.
    turns = [
        (
            "A",
            "Good morning, is that Mr Reid? I'm calling from the Health Assessment Advisory Service about your ESA claim. Today's assessment is over the phone, so just shout if the line drops or you can't hear me.",
        ),
        ("C", "Morning. Yes, I can hear you fine."),
        ("A", "Could you start by telling me about your bowel cancer?"),
        (
            "C",
            "I was diagnosed in October twenty twenty-three. They operated, took out part of the bowel, and I've got a stoma now, an ileostomy. Then it was six months of chemo, which finished last May.",
        ),
        ("A", "And how are you now?"),
        (
            "C",
            "Tired all the time. The chemo left me with numbness in my feet and fingers, the neuropathy. I get about four hours' sleep because I'm up emptying the bag two or three times a night.",
        ),
        ("A", "Any problems with the stoma itself?"),
        (
            "C",
            "Leaks. Once or twice a week, maybe, the bag leaks and I have to change everything, clothes, bedding, the lot. It takes me a good half hour to sort out.",
        ),
        ("A", "How far could you walk, would you say?"),
        (
            "C",
            "I take the dog round the block, which is, I'd say, four hundred yards or thereabouts. I go slowly and I sit on the bench halfway round.",
        ),
        ("A", "What about your hands?"),
        (
            "C",
            "The numbness. I can't feel small things. I dropped a mug last week. Buttons on a shirt, I really struggle, my wife often does them for me.",
        ),
        ("A", "What work did you do before?"),
        (
            "C",
            "I was a postman for twenty-two years. I couldn't do it now, the tiredness, and I need to be near a toilet all the time.",
        ),
        ("A", "And how has your mood been?"),
        (
            "C",
            "I won't lie, it's been hard. I'm not on anything for it. I'm just getting on with it.",
        ),
        ("A", "Thank you, Mr Reid, that's all I need."),
    ]
    report = [
        ("He was diagnosed with bowel cancer in October 2023 and has an ileostomy.", {SUP}),
        ("He reports stoma bag leaks once or twice a month.", {NC}),
        ("He walks his dog around the block, a distance of approximately 400 yards.", {QD}),
        ("He reports that he sleeps well.", {NS}),
        ("He is able to fasten buttons.", {QD}),
        ("Occupational history: he worked as a postman for twelve years.", {NC}),
        ("Informal observations: he appeared well kempt and in no obvious distress.", {IMP}),
        ("He describes low mood but is not currently receiving any treatment for it.", {SUP}),
    ]
    return turns, report


def _case_07():
    # PIP, face to face at a centre, brittle asthma.
    turns = [
        (
            "A",
            "Hi Chloe, come in and take a seat. I'm Dev, the disability assessor. Did anyone come with you today?",
        ),
        ("C", "No, just me. I got a taxi, I can't do the walk to the bus stop."),
        ("A", "Tell me about your asthma."),
        (
            "C",
            "It's brittle asthma, type one they call it. I've been in intensive care twice, the last time was, uh, two years ago. I've been admitted five times in the last twelve months.",
        ),
        ("A", "What medication do you use?"),
        (
            "C",
            "A Fostair inhaler, two puffs twice a day, montelukast, and a biologic injection every four weeks. Plus the blue inhaler, which I'm using about six or seven times a day at the moment.",
        ),
        ("A", "What sets it off?"),
        (
            "C",
            "Cold air, perfume, cleaning sprays, dust. I can't use bleach or anything, I have to wear a mask to clean.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On the flat, on a day that's not windy, maybe a hundred metres before I'm wheezing and have to stop and use my inhaler. Stairs are awful, I have to stop halfway up ours.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Yes, but nothing with a lot of steam or frying, the fumes set me off. I do mostly oven stuff.",
        ),
        (
            "A",
            "Sorry, that's the fire alarm test, give me a moment. ... Right, okay. Do you need any help washing?",
        ),
        (
            "C",
            "The steam from the shower triggers it, so I have it lukewarm with the door open, and my mum's around in case I have an attack. I've had one in the shower before.",
        ),
        ("A", "And going out?"),
        (
            "C",
            "I carry my inhaler, my spacer and my emergency steroids. I don't go far on my own because if I have a bad attack I can't speak to ask for help.",
        ),
        ("A", "Okay. I'm going to listen to your chest now. Deep breath in."),
        ("C", "Sorry, I need to stop, I need my inhaler. Hang on."),
        ("A", "Take your time. Are you alright to carry on?"),
        ("C", "Give me a couple of minutes."),
    ]
    report = [
        ("She attended alone, having travelled by taxi.", {SUP}),
        ("She has been admitted to hospital three times over the last twelve months.", {NC}),
        ("She reports using her reliever inhaler six or seven times a day.", {SUP}),
        ("She can walk around 100 metres on the flat.", {QD}),
        ("She cooks her own meals without restriction.", {QD}),
        ("She showers independently.", {QD}),
        ("The consultation proceeded without interruption and no breaks were required.", {IMP}),
        ("Her last intensive care admission was about five years ago.", {NC}),
        ("She states that she often goes out alone for long walks.", {NS}),
    ]
    return turns, report


def _case_08():
    # WCA, video, Tourette's syndrome with OCD.
    turns = [
        (
            "A",
            "Hi Ethan, I'm Priya. We're doing your work capability assessment by video call today. Your picture's a bit dark but I can see you, can you see me alright?",
        ),
        ("C", "Yeah. Sorry. I'll, I'll put the light on. Sorry about the noises, that's the tics."),
        ("A", "Don't worry at all. When were you diagnosed?"),
        ("C", "When I was nine. It got a lot worse at about fifteen, sixteen."),
        ("A", "What sort of tics do you have?"),
        (
            "C",
            "Vocal, like sniffing and yelping, and motor, I jerk my head and my arm. Sometimes I hit myself in the chest, I've bruised my ribs before. And the swearing one, coprolalia, that's the worst bit.",
        ),
        ("A", "How often do they happen?"),
        (
            "C",
            "All day. When I'm stressed, like now, it's every few seconds. When I'm relaxed at home, maybe every minute or two.",
        ),
        ("A", "Do you go out much?"),
        (
            "C",
            "Only with my brother or my mum. People have filmed me on the bus, and someone tried to fight me once because of the swearing. I haven't been on a bus on my own for about two years.",
        ),
        ("A", "How about meeting new people?"),
        (
            "C",
            "I get really anxious, and that makes the tics worse. I had to leave college after the first term.",
        ),
        ("A", "You mentioned OCD too?"),
        (
            "C",
            "Yeah, checking. Doors, the cooker. I check the front door lock maybe twenty, thirty times before I can go to bed. It takes over an hour some nights.",
        ),
        ("A", "Any medication?"),
        ("C", "Aripiprazole, five milligrams. It helps a little but it makes me really tired."),
        ("A", "Could you write your name on a piece of paper and hold it up to the camera?"),
        ("C", "I can try. My arm keeps going. Look, it's, it's all over the place. Sorry."),
        ("A", "That's fine, thanks for trying."),
    ]
    report = [
        ("He was diagnosed with Tourette's syndrome aged nine.", {SUP}),
        ("He reports that when relaxed his tics occur around every ten minutes.", {NC}),
        ("He is able to travel on buses.", {QD}),
        ("He checks the front door lock up to five times before going to bed.", {NC}),
        ("He takes aripiprazole 5mg, which he feels helps a little but causes tiredness.", {SUP}),
        ("When asked to write his name he produced neat, legible handwriting.", {IMP}),
        ("He left college after his first year.", {NC}),
        ("He reports that meeting new people causes him no difficulty.", {NS}),
    ]
    return turns, report


def _case_09():
    # PIP, home visit, hoarding disorder with depression, support worker speaks.
    turns = [
        (
            "A",
            "Hello, I'm Jo, the assessor for your PIP claim. Thanks for having me at your home. Mind if I come through?",
        ),
        (
            "C",
            "It's, er, it's a bit of a mess. Sorry. We'll have to go through to the kitchen, the front room's full.",
        ),
        (
            "P",
            "Hi, I'm Aisha, Pauline's support worker from the housing association. I come in twice a week.",
        ),
        ("A", "Nice to meet you. Pauline, can you tell me about your difficulties?"),
        (
            "C",
            "I can't throw things away. I know it's a problem. Papers, bags, things I might need. You can't get into the front room or the spare room. The bath's full of stuff too.",
        ),
        ("A", "So how do you wash?"),
        (
            "C",
            "At the sink. A strip wash. Maybe, um, once or twice a week if I'm honest. I don't see the point when I'm low.",
        ),
        ("A", "And cooking?"),
        (
            "C",
            "The cooker's covered, I can't use it. I've got a microwave on the side. I mostly eat cereal or toast, or crisps.",
        ),
        (
            "P",
            "The fire service visited in March and said the cooker's a fire risk with all the paper near it.",
        ),
        ("A", "Do you take any medication?"),
        (
            "C",
            "Mirtazapine, thirty milligrams at night. I forget it a lot. Aisha puts it in a box for me.",
        ),
        ("A", "How do you get on with bills and money?"),
        (
            "C",
            "I don't open the post. It just goes in piles. There are letters from the council in there somewhere.",
        ),
        (
            "P",
            "We found eleven unopened bailiff letters last month. I help her sort the post on Tuesdays.",
        ),
        ("A", "How do you feel about seeing people?"),
        (
            "C",
            "I don't let anyone in. Aisha's the only one. My daughter hasn't been here for three years because I'm ashamed.",
        ),
        ("A", "How's your mood?"),
        (
            "C",
            "Bad. Some days I don't get out of bed at all. I've thought about ending it. Not plans, just thoughts.",
        ),
        ("A", "Thank you for telling me that."),
    ]
    report = [
        (
            "She strip washes at the sink once or twice a week, explaining that she sees little point when her mood is low.",
            {SUP},
        ),
        ("She reports using her cooker to prepare hot meals most days.", {NS}),
        ("Medication: mirtazapine 15mg at night.", {NC}),
        ("She manages her medication independently.", {QD}),
        ("Her support worker found five unopened bailiff letters last month.", {NC}),
        ("Her daughter has not visited for three years.", {SUP}),
        ("Mental state examination: she denies suicidal thoughts.", {NS}),
        ("She was seen alone, with no one else present during the visit.", {IMP}),
    ]
    return turns, report


def _case_10():
    # PIP, telephone, dyspraxia with anxiety.
    turns = [
        (
            "A",
            "Hello, could I speak to Amy Carter please? Hi Amy, my name's Phil, I'm a nurse ringing on behalf of DWP for your PIP telephone consultation. Just so you know, you can ask me to slow down or repeat anything.",
        ),
        ("C", "Okay. Thanks. I might need that, I get a bit lost on the phone."),
        ("A", "Tell me about the dyspraxia."),
        (
            "C",
            "I was only diagnosed at twenty-five, although I struggled all through school. It's coordination, but also organising things, planning, remembering steps in order.",
        ),
        ("A", "How does that affect cooking?"),
        (
            "C",
            "I've burnt myself quite a few times, and I cut myself with knives, so I use pre-chopped veg. I can follow a recipe if it's really simple, but I lose track of what step I'm on. My flatmate usually checks the hob's off.",
        ),
        ("A", "And dressing?"),
        (
            "C",
            "Buttons and laces are a nightmare. I wear slip-on shoes. I sometimes put things on inside out and don't notice till someone tells me.",
        ),
        ("A", "And what about planning journeys?"),
        ("C", "Sorry, can you repeat that? I didn't get it."),
        ("A", "Of course. How do you manage planning a journey somewhere new?"),
        (
            "C",
            "I can't do it alone. I get lost really easily, even with maps on my phone I go the wrong way. For new places my flatmate comes with me, or I do the route with her first, like two or three times, before I go alone.",
        ),
        ("A", "And familiar journeys?"),
        (
            "C",
            "To work, yeah. I work part time, sixteen hours, at a library. It's one bus. I've done it for about four years.",
        ),
        ("A", "How about anxiety?"),
        (
            "C",
            "It's mostly about making mistakes in front of people. I get panic attacks maybe once a week, usually when I've got lost or something's changed.",
        ),
        ("A", "And managing money?"),
        ("C", "I'm okay with that, I use an app and pay everything by direct debit."),
        ("A", "Alright, that's all the questions. Thanks, Amy."),
    ]
    report = [
        ("She was diagnosed with dyspraxia at 25.", {SUP}),
        ("She prepares meals with pre-chopped vegetables and follows simple recipes.", {QD}),
        ("She wears slip-on shoes because of difficulty with laces.", {SUP}),
        ("She states that she plans journeys to unfamiliar places on her own.", {NS}),
        (
            "Social and occupational history: she works part time at a library, 25 hours a week.",
            {NC},
        ),
        ("She has been travelling to work by bus for about four years.", {SUP}),
        ("She describes panic attacks roughly once a month.", {NC}),
        ("She is able to dress herself appropriately.", {QD}),
    ]
    return turns, report


def _case_11():
    # WCA, face to face at a centre, severe atopic eczema.
    turns = [
        (
            "A",
            "Afternoon, Mr Lewis. I'm Claire, the healthcare professional doing your assessment today. It's half past one now, it should take about forty minutes.",
        ),
        ("C", "Okay. Sorry if I scratch a lot, I can't help it."),
        ("A", "That's fine. Tell me about your eczema."),
        (
            "C",
            "I've had it since I was a baby, but the last three years it's been really severe. It covers about, they said seventy per cent of my body. I'm on dupilumab injections every two weeks, and I was on ciclosporin before that.",
        ),
        ("A", "How does it affect your hands?"),
        (
            "C",
            "My hands crack and bleed, especially the fingertips. Some mornings I can't close my hands properly until I've put the emollient on and waited. Typing, writing, picking up coins, it all hurts.",
        ),
        ("A", "How long does your skincare routine take?"),
        (
            "C",
            "Morning and night, about forty-five minutes each time. Wet wraps at night when it's bad.",
        ),
        ("A", "And sleep?"),
        ("C", "Awful. I'm up scratching, I probably get three hours. I'm exhausted all day."),
        ("A", "Are you able to go out and be around people?"),
        (
            "C",
            "I hate it. People stare. If my face is flaring I won't leave the house, that's maybe ten days a month.",
        ),
        ("A", "Any infections?"),
        ("C", "I've had eczema herpeticum twice, and once I was in hospital for five days."),
        ("A", "Can I look at your hands? Can you make a fist for me?"),
        ("C", "Not fully, not today. This is as far as it goes."),
        ("A", "Okay. And could you pick up this pen?"),
        ("C", "I can, but it stings. There."),
    ]
    report = [
        (
            "He has had eczema since infancy, and it has been severe for the last three years.",
            {SUP},
        ),
        ("His eczema affects roughly 40 per cent of his body.", {NC}),
        ("His skincare routine takes approximately fifteen minutes, morning and night.", {NC}),
        ("He sleeps about three hours a night because of scratching.", {SUP}),
        ("He states that he goes out as normal when his face flares.", {NS}),
        ("Physical examination: he was able to make a full fist.", {IMP}),
        ("He picked up a pen without difficulty.", {QD}),
    ]
    return turns, report


def _case_12():
    # PIP, video with the camera off, secondary lymphoedema of the legs.
    turns = [
        (
            "A",
            "Hi there, it's Mark. We're on a video call for your PIP assessment today. I can hear you, but your camera seems to be off, are you able to turn it on?",
        ),
        (
            "C",
            "I'm sorry, the camera on this laptop doesn't work, my grandson was supposed to fix it. Is it alright with just sound?",
        ),
        (
            "A",
            "That's okay, we'll carry on with audio only. Can you tell me about the lymphoedema?",
        ),
        (
            "C",
            "It started after my treatment for cervical cancer, in twenty twenty, when they removed lymph nodes. Both legs swell, the left one is much worse, it's about twice the size of the right by the end of the day.",
        ),
        ("A", "How do you manage it?"),
        (
            "C",
            "I wear compression stockings, the thick ones. I can't get them on myself, my husband puts them on every morning, it takes about twenty minutes between us. And I have the massage, the drainage, once a fortnight at the clinic.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my stick, to the bus stop, that's about fifty yards, and my legs feel like lead. I have to sit down on the seat at the stop. I couldn't go further.",
        ),
        ("A", "Any infections?"),
        (
            "C",
            "Cellulitis. I've had it four times in the last two years, and twice I was admitted for IV antibiotics.",
        ),
        ("A", "How about washing?"),
        (
            "C",
            "I can't get my legs over the bath. I strip wash, or my husband helps me in the walk-in shower. I can't reach my feet to dry between the toes, and that's important with lymphoedema.",
        ),
        ("A", "And dressing?"),
        (
            "C",
            "Top half I'm fine. Trousers I have to sit down for, and I need loose ones. My shoes are special, wide fitting, with velcro.",
        ),
        ("A", "And do you cook?"),
        (
            "C",
            "Yes, I sit on a perching stool in the kitchen. I can't stand more than about ten minutes.",
        ),
        ("A", "Thank you, that's all."),
    ]
    report = [
        ("History: lymphoedema developed after her treatment for cervical cancer in 2020.", {SUP}),
        (
            "Informal observations: visible swelling of the left lower leg was noted on camera.",
            {IMP},
        ),
        ("She puts on compression stockings each morning, which takes about twenty minutes.", {QD}),
        ("She walks about 50 yards to the bus stop.", {QD}),
        ("She reports four episodes of cellulitis in the last five years.", {NC}),
        ("She attends for manual lymphatic drainage every fortnight.", {SUP}),
        ("She can stand in the kitchen for around half an hour while cooking.", {NC, QD}),
        ("She dries her own feet after washing.", {NS}),
    ]
    return turns, report


def _case_13():
    # PIP, telephone, postural tachycardia syndrome.
    turns = [
        (
            "A",
            "Hello, is that Sophie? This is Liam from the assessment provider. I'm phoning for your PIP assessment, which is by telephone today. We're starting at ten o'clock.",
        ),
        (
            "C",
            "Hi, yes. Sorry, can I just say, I'm lying down. I need to be flat to talk for a while, otherwise I get dizzy.",
        ),
        ("A", "That's fine, whatever's comfortable. Tell me about your condition."),
        (
            "C",
            "It's postural tachycardia syndrome, POTS. I was diagnosed two years ago on a tilt table test. When I stand my heart rate goes up by, like, forty or fifty beats and I get dizzy, my vision goes grey, and sometimes I pass out.",
        ),
        ("A", "How often do you faint?"),
        ("C", "Properly pass out, maybe once a week. Nearly pass out, most days."),
        ("A", "What medication are you on?"),
        (
            "C",
            "Ivabradine, five milligrams twice a day, and fludrocortisone. And I have to drink three litres of water and take salt tablets.",
        ),
        ("A", "How about showering?"),
        (
            "C",
            "I have to sit on a shower chair, and the water has to be cool, hot water makes me faint. My mum stays upstairs when I shower in case I go down. I've hit my head before.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I can't stand at the hob for more than a few minutes. I do ready meals in the microwave, or my mum cooks. Or I'll sit on the kitchen floor when it hits me.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day maybe to the postbox at the end of our road, about a hundred metres, but I need to sit on a wall on the way back. On bad days, which is more than half the week, I don't really leave the house, and if I do I use a wheelchair and someone pushes.",
        ),
        ("A", "Are you working or studying?"),
        ("C", "I had to drop out of uni in second year."),
        ("A", "Okay, that's everything. Thank you for your time. It's twenty-five past ten."),
    ]
    report = [
        ("Consultation details: telephone, from 10:00 to 11:05.", {IMP}),
        ("She was diagnosed with POTS two years ago following a tilt table test.", {SUP}),
        ("She reports fainting approximately once a month.", {NC}),
        ("She takes ivabradine 5mg twice a day and fludrocortisone.", {SUP}),
        ("She showers using a shower chair.", {QD}),
        ("She can stand at the hob for around twenty minutes.", {NC}),
        ("She is able to walk 100 metres to the postbox.", {QD}),
        ("She sat upright throughout the call.", {IMP}),
        ("She is currently studying at university.", {NS}),
    ]
    return turns, report


def _case_14():
    # WCA, face to face at a centre, functional neurological disorder, husband speaks.
    turns = [
        (
            "A",
            "Hello, Mrs Ahmed? I'm Nikki, a nurse assessor. Come through to room three. Is your husband coming in with you?",
        ),
        ("P", "Yes, I'm Imran. I'll push her in, she's in the wheelchair today."),
        ("A", "Thank you. Mrs Ahmed, tell me about your condition."),
        (
            "C",
            "I've got functional neurological disorder. It started after a, um, a viral illness in twenty twenty-one. I get seizures, the non-epileptic type, and my legs go weak, some days I can't use them at all.",
        ),
        ("A", "How often are the seizures?"),
        ("C", "It varies. Last month I had, um, I think nine? Imran keeps a diary."),
        ("P", "It was eleven last month. She had three in one day on the fourteenth."),
        ("A", "Do you get any warning?"),
        (
            "C",
            "Sometimes a funny feeling, sometimes nothing. I've fallen and hurt myself. I cut my head open on the radiator in January.",
        ),
        ("A", "How do you get about at home?"),
        (
            "C",
            "On a good day with two crutches, slowly. On a bad day I crawl up the stairs or Imran carries me. Outside I'm always in the chair.",
        ),
        ("A", "Can you push yourself in the wheelchair?"),
        ("C", "Not really, my arms get shaky and tired after a few metres."),
        ("A", "How's your memory and concentration?"),
        (
            "C",
            "After a seizure I'm foggy for the rest of the day. I can't follow a TV programme. I lose words.",
        ),
        ("A", "Thank you. Could you try to stand up from the wheelchair for me?"),
        ("C", "I'll try. No, they're not holding me today. I can't."),
        ("P", "Don't push it, love."),
    ]
    report = [
        ("Her symptoms started after a viral illness in 2021.", {SUP}),
        ("She has around four non-epileptic seizures a month.", {NC}),
        ("She states that she always gets a warning before a seizure.", {NS}),
        ("She mobilises around her home using two crutches.", {QD}),
        ("She is able to self-propel her wheelchair.", {QD}),
        ("Physical examination: she stood from the wheelchair independently when asked.", {IMP}),
        ("She cut her head on a radiator after a fall in January.", {SUP}),
        ("Her husband keeps a diary of her seizures.", {SUP}),
    ]
    return turns, report


def _case_15():
    # PIP, home visit, schizoaffective disorder, brother speaks.
    turns = [
        (
            "A",
            "Morning, Mr Clarke, I'm Gareth. I'm here for the home visit for your PIP, thanks for letting me in. Is this your brother?",
        ),
        ("P", "Yeah, I'm Dean. I'm here most days, I live round the corner."),
        ("A", "Thanks. Tony, can you tell me about your mental health?"),
        (
            "C",
            "Schizoaffective. Diagnosed when I was, uh, twenty-four? I've been sectioned three times. The last was twenty twenty-two.",
        ),
        ("A", "Do you hear voices now?"),
        (
            "C",
            "Yeah. Every day. They tell me people are watching. They're quieter on the injection.",
        ),
        ("A", "What's your medication?"),
        (
            "C",
            "The injection, paliperidone, every month at the clinic. And lithium. Dean reminds me about the lithium, I forget.",
        ),
        (
            "P",
            "I do his dosette box every Sunday. If I didn't, he'd take nothing or take it twice.",
        ),
        ("A", "How about washing and dressing?"),
        ("C", "I don't see the point. Maybe once a week. Dean tells me when I smell."),
        (
            "P",
            "I have to nag him every day, literally. Otherwise he'd wear the same clothes for a fortnight.",
        ),
        ("A", "And food?"),
        (
            "C",
            "I eat once a day. Dean brings stuff. I don't use the cooker, I'm scared of it. The voices.",
        ),
        ("A", "Do you go out?"),
        ("C", "Only to the clinic, and Dean drives me. I can't get the bus, too many people."),
        ("A", "How about money?"),
        ("P", "He gave his bank card to someone at the shop last year. I'm his appointee now."),
        ("A", "Okay. Tony, how are you feeling in yourself right now?"),
        ("C", "Sorry, I need a minute, they're loud right now. Can we stop for a bit?"),
        ("A", "Of course, take as long as you need."),
    ]
    report = [
        (
            "He was diagnosed with schizoaffective disorder at 24 and has been sectioned three times, most recently in 2022.",
            {SUP},
        ),
        ("He receives a paliperidone injection monthly at the clinic.", {SUP}),
        ("He manages his lithium himself.", {QD}),
        ("He washes and changes his clothes every other day.", {NC, QD}),
        ("He eats two meals a day.", {NC}),
        ("He prepares simple hot meals on the cooker.", {NS}),
        ("His brother acts as his appointee.", {SUP}),
        ("He reports hearing voices roughly once a week.", {NC}),
        ("He travelled to the assessment centre with his brother.", {IMP}),
    ]
    return turns, report


def _case_16():
    # PIP, face to face at a centre, Down's syndrome, mother speaks.
    turns = [
        (
            "A",
            "Hello, you must be Katie. I'm Anne, I'm doing your assessment today here at the centre. And you are?",
        ),
        ("P", "I'm Sue, her mum, and her appointee."),
        ("A", "Lovely. Katie, can you tell me what you do during the day?"),
        ("C", "I go to day centre. Monday, Wednesday and Friday. I do drama and baking."),
        ("A", "That sounds fun. Do you cook at home?"),
        ("C", "I make toast. And cereal. Mum does dinner."),
        (
            "P",
            "She can't use the hob safely, she's burnt herself. With the baking at the centre, the staff do the oven part.",
        ),
        ("A", "Katie, how do you get to the day centre?"),
        ("C", "Minibus. It picks me up."),
        (
            "P",
            "She's never been on a bus on her own. She doesn't understand road safety, she'd step out.",
        ),
        ("A", "What about washing and getting ready?"),
        (
            "P",
            "She needs prompting to wash properly, and I wash her hair twice a week. She can dress herself but I lay the clothes out, or she'll wear summer clothes in winter.",
        ),
        ("A", "Katie, do you like choosing your clothes?"),
        ("C", "Yes. I like pink."),
        (
            "A",
            "If you gave someone a five pound note for something that cost three pounds, how much change would you get?",
        ),
        ("C", "I don't know. Mum does money."),
        (
            "P",
            "She has an underactive thyroid as well. She takes levothyroxine, a hundred micrograms in the morning, and I give it to her.",
        ),
        ("A", "Thank you, that's very helpful."),
    ]
    report = [
        ("She attends a day centre on three days a week, where she does drama and baking.", {SUP}),
        ("She makes toast and cereal at home.", {SUP}),
        ("She uses the oven herself when baking at the day centre.", {NS}),
        ("Her mother washes her hair three times a week.", {NC}),
        ("She dresses herself.", {QD}),
        ("She is able to wash herself.", {QD}),
        ("Mental state: she correctly worked out the change due from a five pound note.", {IMP}),
        ("She takes levothyroxine 50 micrograms each morning.", {NC}),
    ]
    return turns, report


def _case_17():
    # WCA, face to face at a centre, severe hearing loss with tinnitus.
    turns = [
        (
            "A",
            "Good afternoon, Mr Fraser. I'm Ruth, the healthcare professional. I'll speak slowly and face you, let me know if you need me to repeat anything.",
        ),
        (
            "C",
            "Thank you. I've got my hearing aids in, but I lip-read a lot. Could you move the chair so the window's not behind you?",
        ),
        ("A", "Of course. Is that better? Tell me about your hearing."),
        ("C", "Sorry, say again?"),
        ("A", "Tell me about your hearing."),
        (
            "C",
            "Right. Severe hearing loss in both ears. It came on over about ten years, worse since two thousand and nineteen. And tinnitus, a loud hissing, constant, all day every day.",
        ),
        ("A", "How does the tinnitus affect you?"),
        (
            "C",
            "Sleep mostly. I'm lucky to get four hours. And it's worse when I'm stressed. I get a bit, well, low with it. I've been referred to the tinnitus clinic.",
        ),
        ("A", "Can you use the telephone?"),
        ("C", "No. Not at all. I use text, or my wife rings for me."),
        ("A", "How about in a group, or a noisy place?"),
        (
            "C",
            "Hopeless. I just nod along. In the pub with my mates I can't follow anything, so I've stopped going.",
        ),
        ("A", "And your balance?"),
        (
            "C",
            "Not great. I get vertigo attacks, Meniere's they think, maybe two a month, lasting a few hours. I have to lie down and I'm sick.",
        ),
        ("A", "What was your last job?"),
        ("C", "I was a lorry driver for thirty years. I lost my licence because of the vertigo."),
        ("A", "Could you hear an alarm at work, like a fire alarm?"),
        ("C", "Sorry, I missed that, the air con is loud. One more time?"),
        ("A", "Could you hear a fire alarm at work?"),
        (
            "C",
            "Probably not if I didn't have my aids in. At night I've got a vibrating pad under my pillow.",
        ),
    ]
    report = [
        ("He has severe hearing loss in both ears with constant tinnitus.", {SUP}),
        ("He reports being able to use the telephone with his hearing aids.", {NS}),
        ("He sleeps for around six hours a night.", {NC}),
        ("He reports vertigo attacks about twice a year.", {NC}),
        ("He drove lorries for thirty years until he lost his licence because of vertigo.", {SUP}),
        ("He followed the conversation well and did not ask for anything to be repeated.", {IMP}),
        ("He states that he would hear a fire alarm at work.", {QD}),
    ]
    return turns, report


def _case_18():
    # WCA, telephone, hypermobile Ehlers-Danlos syndrome.
    turns = [
        (
            "A",
            "Hello, Ms Kowalski? My name's Ben and I'm calling about your work capability assessment, which we're doing over the phone this morning. Can you confirm your date of birth for me?",
        ),
        ("C", "Yes, it's the third of June, nineteen ninety-one."),
        ("A", "Thanks. Tell me about your condition."),
        (
            "C",
            "I've got hypermobile Ehlers-Danlos. My joints dislocate, well, partially, they subluxate. Shoulders, fingers, knees. I can sublux a shoulder just reaching for something. Most days something goes.",
        ),
        ("A", "How do you manage the pain?"),
        (
            "C",
            "I take tramadol, fifty milligrams, up to four a day, and I have splints for my fingers and wrists, and a knee brace. And a TENS machine.",
        ),
        ("A", "Can you lift and carry things?"),
        (
            "C",
            "A cup of tea, yes, with two hands. A full kettle, no, I use a one-cup kettle. A bag of shopping I can't, my shoulder will go. I do online shopping.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my crutches, maybe two hundred metres on a good day. Then I'm in a lot of pain the next day, I pay for it. On bad days I use a wheelchair.",
        ),
        ("A", "Can you sit for long?"),
        (
            "C",
            "I shift around constantly. About twenty minutes, then I have to move. Actually I've been sitting on the floor for this call because the chair hurts.",
        ),
        ("A", "Do you have any bowel or bladder problems?"),
        (
            "C",
            "I've got IBS-type stuff, and I've been told I have gastroparesis, so I'm sick quite a lot. Not bladder, though.",
        ),
        ("A", "Fatigue?"),
        (
            "C",
            "Massive. I sleep in the afternoon, about two hours every day, otherwise I can't function.",
        ),
        ("A", "Can you write or use a keyboard?"),
        (
            "C",
            "With splints, for a few minutes. My fingers sublux if I write a lot. I use voice typing.",
        ),
        ("A", "Alright, thank you, that's everything."),
    ]
    report = [
        (
            "She reports joint subluxations most days, affecting her shoulders, fingers and knees.",
            {SUP},
        ),
        ("She takes tramadol 50mg up to four times a day.", {SUP}),
        ("She is able to lift and carry a full kettle.", {NS}),
        ("She can walk 200 metres with crutches.", {QD}),
        ("She can sit for up to 45 minutes before needing to change position.", {NC}),
        ("She was observed sitting comfortably on a chair throughout the assessment.", {IMP}),
        ("She sleeps for around an hour each afternoon.", {NC}),
        ("She is able to write and use a keyboard.", {QD}),
        ("She reports no bladder problems.", {SUP}),
    ]
    return turns, report


def _case_19():
    # PIP, video, retinitis pigmentosa.
    turns = [
        (
            "A",
            "Hi Mr Singh, I'm Lucy. Just to confirm, this is your PIP assessment by video link. I can see you on my screen, can you see me?",
        ),
        (
            "C",
            "Not really, I can see there's a shape and a light. My screen reader read the link out for me, and my daughter set up the call.",
        ),
        ("A", "That's fine, we'll just talk. Tell me about your sight."),
        (
            "C",
            "Retinitis pigmentosa. I was registered severely sight impaired in two thousand and sixteen. I've got a tiny bit of central vision, like looking down a straw, about five degrees they said. At night I see nothing.",
        ),
        ("A", "How do you get around outside?"),
        (
            "C",
            "I use a long cane, and I've had a guide dog for about three years, her name's Bella. I only go on routes I know, I learnt them with a mobility officer. Anywhere new, someone has to come with me.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Simple things. I use a talking microwave, and I've got bump-ons on the oven dials. But I've burnt my arm on the oven door, so my wife does the oven mostly.",
        ),
        ("A", "Reading?"),
        (
            "C",
            "I can't read print at all. Letters, I use an app on my phone that reads them out, but it can't do handwriting, so my wife reads those.",
        ),
        ("A", "And managing money?"),
        (
            "C",
            "Cash is hard, I can't tell the notes apart easily, I use a note gauge. Mostly I pay by card.",
        ),
        ("A", "Could you read the top line of this chart I'm holding up?"),
        ("C", "I'm sorry, I can't see that at all."),
        ("A", "No problem. How does it affect your mood?"),
        (
            "C",
            "I've had some counselling. I was quite depressed when I had to stop driving in, uh, twenty twelve. I'm better now, mostly.",
        ),
    ]
    report = [
        ("He was registered severely sight impaired in 2016.", {SUP}),
        ("He has approximately 20 degrees of central visual field.", {NC}),
        ("He uses a long cane and has had a guide dog for about three years.", {SUP}),
        ("He reports that he navigates unfamiliar routes alone with his guide dog.", {NS}),
        ("He cooks using a talking microwave and the oven.", {QD}),
        ("He reads his post using an app on his phone.", {QD}),
        ("Visual acuity: he read the top line of a chart held up to the camera.", {IMP}),
        ("He stopped driving in 2002.", {NC}),
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

FIRST_SEED = 27000


def make_case_27(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    index = seed - FIRST_SEED
    if not 0 <= index < len(_CASES):
        raise ValueError(
            f"seed {seed} is out of range for blind set 27: expected {FIRST_SEED} to {FIRST_SEED + len(_CASES) - 1}"
        )
    rng = random.Random(seed)
    assessor, claimant, companion = rng.sample(VOICES, 3)
    voice_of = {"A": assessor, "C": claimant, "P": companion}
    turns, report = _CASES[index]()
    dialogue = [(0 if role == "A" else 1, voice_of[role], text) for role, text in turns]
    return dialogue, [(statement, set(labels)) for statement, labels in report]
