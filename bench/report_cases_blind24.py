"""Blind held-out set 26 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty PIP (PA4) and WCA (ESA85) consultations across four channels: face to face at an
assessment centre, home visits, telephone (including a three-way call with an advocate and a
speakerphone call with a spouse) and video. Conditions: rheumatoid arthritis, incomplete spinal
cord injury, multiple sclerosis, Parkinson's disease, retinitis pigmentosa, profound deafness
with a BSL interpreter, paranoid schizophrenia, emotionally unstable personality disorder, adult
ADHD, learning disability, diabetic neuropathy with toe amputation, kidney failure on
haemodialysis, bowel cancer on chemotherapy with a stoma, ME/CFS, agoraphobia with panic
disorder, alcohol dependency in recovery with cirrhosis, COPD, epilepsy, stroke with aphasia and
heart failure. Companions who speak include a husband, a daughter, a wife, a mother, a partner,
an interpreter, an advocate and a recovery worker.
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
    # PIP, face to face at an assessment centre, rheumatoid arthritis, husband present and speaking.
    turns = [
        (
            "A",
            "Morning, thanks for coming in. I'm one of the disability assessors here at the centre. It's ten past nine by that clock, so we'll make a start. I can see someone's come in with you?",
        ),
        ("C", "Yes, this is my husband, Dele. He drove me in, I can't manage the bus any more."),
        ("P", "Morning."),
        ("A", "That's fine, he's welcome to stay. Can you tell me about the arthritis?"),
        (
            "C",
            "It's rheumatoid. I was diagnosed in, um, two thousand and fifteen. It's mostly my hands and my feet, and my knees now as well. I'm on methotrexate, the injection, once a week, and tablets for the pain.",
        ),
        ("A", "How about preparing food? Do you cook?"),
        (
            "C",
            "Not really, not proper meals. I can do a sandwich, or a microwave thing. I can't open jars, and I can't lift the kettle when it's full, so I fill it half way with a jug. Chopping, no, Dele does all that.",
        ),
        ("P", "I do the evening meal every night. She might stir something if it's a good day."),
        ("A", "And washing and bathing?"),
        (
            "C",
            "I've got a seat in the shower. I can't get in the bath at all, I haven't had a bath in about three years. He has to help me with my hair because I can't keep my arms up long enough.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "Buttons are the worst. I wear things I can pull on. He does the hooks on my bra. Socks take me ages, ten minutes sometimes, even with the sock aid.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Um, on a good day maybe to the end of our road, that's... what would you say, Dele?",
        ),
        ("P", "About the length of a football pitch, a bit less. And she has to stop halfway."),
        (
            "C",
            "Yeah, I stop and lean on the wall. With the stick. On a bad day I don't go out at all, and that's, I'd say, four days out of seven.",
        ),
        ("A", "And how are you sleeping?"),
        ("C", "Badly. I wake two or three times a night with the pain."),
        (
            "A",
            "Right, I think that's everything I need. It's twenty to ten now, so we'll finish there.",
        ),
    ]
    report = [
        ("The consultation started at 09:10 and ended at 09:40.", {SUP}),
        ("She attended the assessment centre alone.", {IMP}),
        ("She stated that rheumatoid arthritis was diagnosed in 2018.", {NC}),
        ("She reported that she can make a sandwich or heat a microwave meal.", {SUP}),
        ("She said she is able to lift a full kettle.", {NS}),
        (
            "She reported she can walk to the end of her road, a distance of approximately 90 metres.",
            {QD},
        ),
        ("She described bad days on around two days in a typical week.", {NC}),
        ("She showers independently, using a shower seat.", {QD}),
        ("She wakes two to three times a night because of pain.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA, telephone, incomplete T12 spinal cord injury, alone.
    turns = [
        (
            "A",
            "Hello, is that Mr Gareth Pryce? This is Nia calling from the health assessment service about your work capability assessment. This is a telephone assessment, so I won't be able to see you. Just tell me if you need me to slow down. Is it all right to carry on?",
        ),
        (
            "C",
            "Yeah, that's fine. I've got you on speaker, if that's okay, my hands aren't great at holding the phone for long.",
        ),
        ("A", "That's fine. Can you tell me what happened?"),
        (
            "C",
            "I came off a roof at work, that was March twenty nineteen. Broke my back, T12. It's an incomplete injury, so I've got some feeling in my legs but not much control.",
        ),
        ("A", "And how do you get around?"),
        (
            "C",
            "Wheelchair mostly. A manual one. Indoors I can walk a few steps holding onto the furniture, kitchen to the settee, but that's it. Outside it's always the chair.",
        ),
        ("A", "How far can you push yourself?"),
        (
            "C",
            "On the flat, maybe a couple of hundred metres, then my shoulders are gone. I had to give up in the park last week, my brother pushed me back. Slopes, forget it.",
        ),
        ("A", "And sitting, how long can you sit in the chair?"),
        (
            "C",
            "I have to shift my weight every fifteen, twenty minutes or I get pressure sores. I had one last year, it took four months to heal. After about an hour I need to lie down flat.",
        ),
        ("A", "Any problems with your bladder or bowels?"),
        (
            "C",
            "Yeah. I self-catheterise, five or six times a day. Bowels, I've got a routine, but I've had accidents. Maybe once a month? Sometimes more.",
        ),
        ("A", "Sorry, the line went a bit there, how often was that?"),
        ("C", "Once a month, roughly. Sometimes twice."),
        ("A", "Okay. And picking things up from the floor?"),
        ("C", "I've got a grabber. Without it, no, I'd tip out of the chair."),
        ("A", "Thanks Gareth, that's all I need."),
    ]
    report = [
        (
            "Informal observation: the claimant was seen at the assessment centre and mobilised into the room in a manual wheelchair.",
            {IMP},
        ),
        ("He reported sustaining a T12 spinal injury in March 2017.", {NC}),
        (
            "He stated he can self-propel a manual wheelchair for around 400 metres on level ground.",
            {NC},
        ),
        ("He reported he is able to sit for about an hour.", {QD}),
        ("He developed a pressure sore last year which took four months to heal.", {SUP}),
        ("He reported bowel accidents approximately once a year.", {NC}),
        ("He uses intermittent self-catheterisation five to six times daily.", {SUP}),
        ("He stated he can pick up objects from the floor.", {QD}),
        ("Indoors he walks a few steps holding onto furniture.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, multiple sclerosis, daughter (carer) present and speaking.
    turns = [
        (
            "A",
            "Thanks for letting me into your home, Claire. I'm Marcus, I'm the assessor. I'll sit here if that's all right. And you are?",
        ),
        ("P", "I'm Ellie, her daughter. I live with Mum, I'm her carer."),
        ("A", "Lovely. Claire, tell me about the MS."),
        (
            "C",
            "It was relapsing remitting, well, they think it's going secondary progressive now. I was diagnosed when I was thirty-four, so that's eleven years ago.",
        ),
        ("A", "What's the main problem day to day?"),
        (
            "C",
            "The fatigue. Honestly it's the fatigue. I can be fine at nine in the morning and by eleven I'm done, I have to go back to bed for a couple of hours. And my left leg drags.",
        ),
        ("A", "How do you manage the stairs?"),
        ("C", "We had a stairlift put in last year. Before that I was going up on my bum."),
        ("A", "What about cooking?"),
        (
            "C",
            "Ellie does it. I burnt myself twice last year because I can't feel my left hand properly, so I'm not allowed near the hob now, am I?",
        ),
        ("P", "No. And she forgets things are on. She left the gas on in January."),
        ("A", "Managing your medication?"),
        (
            "C",
            "I've got a lot. Ellie puts them in the dosette box on a Sunday and she texts me at lunchtime to remind me, otherwise I'd miss them.",
        ),
        ("A", "And getting out, going somewhere?"),
        (
            "C",
            "I don't go out on my own any more. Not since I fell in the Tesco car park. Ellie takes me, or my sister.",
        ),
        ("A", "How far can you walk?"),
        ("C", "With the rollator, to the car and back. Maybe twenty metres? Then my leg goes."),
        ("P", "Less on a bad day. Some days she can't get out of bed."),
        ("A", "How many bad days would you say you have?"),
        ("C", "Most of the week, if I'm honest. Five days, maybe."),
        ("A", "Okay. Could you walk to the kitchen door for me, just so I can see?"),
        ("C", "Sorry, I need to hold the wall. There. That's as good as it gets."),
    ]
    report = [
        (
            "The consultation was carried out at the claimant's home with her daughter present.",
            {SUP},
        ),
        ("She stated MS was diagnosed at the age of 24.", {NC}),
        (
            "Because of fatigue she goes back to bed for around half an hour in the late morning.",
            {NC},
        ),
        ("A stairlift has been fitted at home.", {SUP}),
        ("She prepares meals on the hob with her daughter supervising.", {NS}),
        ("She manages her own medication with a dosette box.", {QD}),
        ("She can walk about 20 metres with a rollator.", {SUP}),
        ("She estimated that she has bad days around twice a week.", {NC}),
        (
            "Informal observation: she walked to the kitchen door unaided, without holding on to furniture or walls.",
            {IMP},
        ),
        ("She said she goes out on her own to local shops.", {NS}),
    ]
    return turns, report


def _case_03():
    # PIP, video call, Parkinson's disease, alone (wife set up the laptop and left).
    turns = [
        (
            "A",
            "Hi Dennis, can you see me all right on your screen? I'm Priya, a physiotherapist working for the assessment provider. As this is a video call, if the picture freezes just say and we'll sort it out.",
        ),
        (
            "C",
            "Yes, I can see you. My wife set the laptop up for me. She's gone into the other room.",
        ),
        ("A", "Great. Tell me about your Parkinson's."),
        (
            "C",
            "I was diagnosed in twenty twenty. The tremor's in my right hand mostly, and I've gone slow. Everything's slow. Buttoning a shirt can take me a quarter of an hour.",
        ),
        ("A", "And your medication?"),
        (
            "C",
            "Co-careldopa, four times a day. If I'm late with a dose I freeze, I can't move my feet.",
        ),
        ("A", "How are you with walking?"),
        (
            "C",
            "I shuffle. I use a stick outside. I'd say I can get to the post box, that's about, oh, fifty yards? Then I have to stop because I start freezing. I've fallen three times since Christmas.",
        ),
        ("A", "Sorry Dennis, you froze there, the screen went. Can you say that last bit again?"),
        ("C", "I said I've fallen three times since Christmas."),
        ("A", "Thanks. Eating, can you cut up your food?"),
        ("C", "My wife cuts up meat for me. I can manage a spoon. I spill a lot."),
        ("A", "And washing?"),
        ("C", "Shower only, and she stays nearby in case I fall. I can't do my back or my feet."),
        (
            "A",
            "Could you hold both hands out in front of the camera for me? Thank you, I can see the tremor in the right hand.",
        ),
        ("C", "It's worse when I'm nervous."),
        ("A", "That's understandable. That's all I need, thanks Dennis."),
    ]
    report = [
        ("The video consultation ran without any interruption to the connection.", {IMP}),
        ("He reported Parkinson's disease diagnosed in 2022.", {NC}),
        ("He said fastening a shirt can take up to 15 minutes.", {SUP}),
        ("He can walk about 50 yards with a stick before freezing makes him stop.", {SUP}),
        ("He has had one fall since Christmas.", {NC}),
        ("He stated he is able to cut up his own food.", {NS}),
        ("He showers independently.", {QD}),
        ("On examination, cogwheel rigidity was elicited at the right wrist.", {IMP}),
        (
            "A resting tremor of the right hand was visible when he held his hands out to the camera.",
            {SUP},
        ),
    ]
    return turns, report


def _case_04():
    # WCA, face to face at a centre, retinitis pigmentosa with guide dog, depression, alone.
    turns = [
        (
            "A",
            "Hello, Ms Hughes? Come through. Is the dog all right on this side? I'm Tom, I'm a nurse and I'll be doing your assessment today. There's a chair just to your left.",
        ),
        ("C", "Thanks. She's fine, she'll lie down. Sorry, where's the chair? Oh, got it."),
        ("A", "Can you tell me about your sight?"),
        (
            "C",
            "Retinitis pigmentosa. I've got tunnel vision, the consultant said about five degrees left in my right eye and nothing useful in the left. I was registered severely sight impaired in twenty sixteen.",
        ),
        ("A", "How do you get around outside?"),
        (
            "C",
            "With Bella, the dog. Before her I had a long cane. On routes I know I'm okay. New places, I can't do it without someone with me. I got lost in town once and ended up in a car park, I had to phone my sister to come and find me.",
        ),
        ("A", "Can you read print at all, say a large print letter?"),
        (
            "C",
            "No. Not even big print. I use the voice thing on my phone, it reads things out. My post, I scan it with an app, or my sister reads it when she comes on a Saturday.",
        ),
        ("A", "Could you tell me what this card says? It's in sixteen point."),
        ("C", "I can see there's writing. I can't read it, sorry."),
        ("A", "That's fine. What about crossing roads?"),
        (
            "C",
            "Only at the crossings with the spinning cone underneath. I wouldn't cross anywhere else. I've been clipped by a cyclist once.",
        ),
        ("A", "Any other conditions?"),
        (
            "C",
            "Depression. I'm on sertraline, fifty milligrams. Since I lost my job really. I was a receptionist for twelve years.",
        ),
        ("A", "And at home, cooking?"),
        (
            "C",
            "I use a talking microwave. I don't use the oven any more, I burnt my arm on the tray in the summer. For chopping I've got a guard.",
        ),
        ("A", "Okay. Could you stand and walk to the door and back for me? Take your time."),
        ("C", "Bella, come. Can you tell me if there's anything in the way?"),
        ("A", "Nothing in the way, carry on. Thank you."),
    ]
    report = [
        ("She has been registered severely sight impaired since 2006.", {NC}),
        ("She stated she navigates unfamiliar routes independently with her guide dog.", {NS}),
        ("She was able to read the 16-point print card presented during the assessment.", {IMP}),
        ("She uses a text-to-speech function on her phone and an app to read her post.", {SUP}),
        ("She reported that she crosses roads safely.", {QD}),
        ("She takes sertraline 100mg daily.", {NC}),
        ("She worked as a receptionist for twelve years.", {SUP}),
        ("She uses a talking microwave and a chopping guard in the kitchen.", {SUP}),
        (
            "Informal observation: she located the chair and moved about the room without any assistance or guidance.",
            {IMP},
        ),
    ]
    return turns, report


def _case_05():
    # PIP, face to face, profound deafness, BSL interpreter present and speaking.
    turns = [
        (
            "A",
            "Good afternoon. I'm Sandra, I'm the disability assessor. I see you've brought an interpreter, that's great. Could you both introduce yourselves?",
        ),
        (
            "P",
            "Hi, I'm Joanne, I'm a registered BSL interpreter. Kamal will answer in spoken English mostly, and I'll sign your questions to him. If he switches to signing, I'll voice for him.",
        ),
        ("A", "Okay. Kamal, can you tell me about your hearing?"),
        (
            "C",
            "I was born deaf. Profound, both ears. I had hearing aids as a child but they don't help. I lip-read a little, but only people I know well.",
        ),
        ("A", "How do you communicate with people who don't sign, in a shop for example?"),
        (
            "C",
            "Write on my phone. Or point. In the bank I need an interpreter. I booked one last time and it took three weeks to get one.",
        ),
        ("A", "Do you read English okay, letters from the council, that sort of thing?"),
        ("C", "Sorry, can you ask that again? I missed it."),
        ("P", "He missed the sign, I'll repeat it for him."),
        (
            "C",
            "Ah. Reading, some. BSL is my first language, English is second. Long letters, official letters, I don't understand. My brother explains them. Maybe once a week I need him for a letter.",
        ),
        ("A", "And do you manage your money?"),
        ("C", "Yes, I do my own money. Banking app. Fine."),
        ("A", "Going out, do you go to places you don't know?"),
        (
            "C",
            "Yes, by myself. But if the train is cancelled and they announce it, I don't know. I miss it. Last month I was on the platform for an hour, nobody told me. Now I check the app all the time.",
        ),
        ("A", "Any other health problems?"),
        (
            "C",
            "Tinnitus, loud, all the time. And I get anxious in groups of hearing people. I feel left out.",
        ),
        ("A", "Thank you, Kamal. Thank you, Joanne. That's everything."),
    ]
    report = [
        ("He attended with a BSL interpreter.", {SUP}),
        ("He has been profoundly deaf in both ears since birth.", {SUP}),
        ("He stated he lip-reads unfamiliar people effectively.", {NS}),
        ("He followed the consultation without needing any question repeated.", {IMP}),
        ("He needs his brother to explain official letters about once a month.", {NC}),
        ("He said he reads and understands written English.", {QD}),
        ("He manages his own money using a banking app.", {SUP}),
        ("He reported that he travels to unfamiliar places on his own.", {QD}),
        (
            "Last month he was left waiting on a station platform for about ten minutes after a cancellation he was not aware of.",
            {NC},
        ),
    ]
    return turns, report


def _case_06():
    # WCA, telephone, paranoid schizophrenia, alone.
    turns = [
        (
            "A",
            "Hi, am I speaking to Liam Doyle? My name's Karen, I'm calling from the assessment service for your work capability assessment. It's a phone assessment today, so there's no need to come in anywhere. Have you got somewhere quiet?",
        ),
        ("C", "Yeah. I'm in my bedroom. Um. Is this being recorded?"),
        ("A", "Yes, you asked for it to be, so it is. Is that okay?"),
        ("C", "Yeah. Okay."),
        ("A", "Can you tell me about your mental health?"),
        (
            "C",
            "I've got paranoid schizophrenia. Diagnosed when I was nineteen, I'm twenty-eight now. I hear voices. They're less with the injection but they're still there, most days.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "The depot injection every two weeks, the nurse does it. And, um, procyclidine for the shaking.",
        ),
        ("A", "Do the voices tell you to do things?"),
        (
            "C",
            "Sometimes. They tell me people are watching. I don't go out much because of it. I go to the shop at the end of the road, early, like six in the morning, when it's empty. That's it.",
        ),
        ("A", "How often do you go out?"),
        ("C", "Twice a week, maybe. My mum does my big shop."),
        ("A", "Do you see friends?"),
        (
            "C",
            "No. I lost my friends. I talk to my mum. I can't be around people I don't know, I think they're talking about me.",
        ),
        ("A", "How about day to day, getting up and washing?"),
        (
            "C",
            "Mum rings me every morning to make me get up and have a shower. If she didn't I'd stay in bed. I've gone a week without washing before.",
        ),
        ("A", "Have you had any hospital admissions?"),
        (
            "C",
            "Three. The last one was twenty twenty-two, I was sectioned for, um, nearly four months.",
        ),
        ("A", "Any thoughts of harming yourself?"),
        ("C", "Sometimes. Not plans. Just, like, thoughts. I told my care coordinator."),
        ("A", "Okay. Thank you, Liam, you've done really well."),
    ]
    report = [
        (
            "Mental state: casually dressed, maintained good eye contact throughout the consultation.",
            {IMP},
        ),
        ("He was diagnosed with paranoid schizophrenia at 19.", {SUP}),
        ("He receives a depot antipsychotic injection every four weeks.", {NC}),
        ("He walks to the local shop on his own most days.", {NC, QD}),
        ("He reported no difficulty meeting people he does not know.", {NS}),
        ("He said he gets up and showers every day.", {QD}),
        (
            "He has had three psychiatric admissions, the most recent in 2022 lasting nearly four months.",
            {SUP},
        ),
        ("He denied any thoughts of self-harm.", {NS}),
        ("He reported hearing voices about once a week.", {NC}),
    ]
    return turns, report


def _case_07():
    # PIP, telephone three-way call, EUPD and PTSD, advocate on the line and speaking, a break requested.
    turns = [
        (
            "A",
            "Good morning, this is Ruth, I'm the assessor with the PIP assessment service. I've got you on the line, Jade, and I think there's someone else joining us on the conference call?",
        ),
        (
            "P",
            "Yes, hi, I'm Sam, Jade's advocate from Mind. I'll mostly listen, but I might jump in.",
        ),
        ("A", "That's fine. Jade, what's the main condition?"),
        ("C", "Borderline personality disorder. Or EUPD, they call it now. And PTSD."),
        ("A", "How does it affect you day to day?"),
        (
            "C",
            "My moods go up and down so fast. I can be fine and then something small, like someone not texting back, and I'm in bits. I self-harm, cutting, when it's bad. That's maybe once a fortnight at the minute. It was more.",
        ),
        ("A", "Do you cook for yourself?"),
        (
            "C",
            "Not really. Toast, cereal. I don't have the motivation. Some days I don't eat at all until the evening.",
        ),
        ("P", "Her support worker comes on Tuesdays and Fridays and they cook together."),
        ("A", "How do you get on with other people?"),
        (
            "C",
            "It's hard. I had a row with a woman on the bus and got thrown off. I don't get buses now. I walk or I don't go.",
        ),
        ("A", "Can you go to places you don't know?"),
        ("C", "Only if my support worker comes with me. On my own I panic and turn back."),
        ("A", "And managing money?"),
        (
            "C",
            "I've got debts. I spend when I'm low, online. My sister has my bank card now, she gives me forty pounds a week.",
        ),
        ("A", "Okay. Jade, are you still there?"),
        ("C", "Yeah. Sorry. Can we stop for a minute? I need a minute."),
        ("A", "Of course, take as long as you need."),
        ("C", "Okay. I'm back."),
        ("A", "Thanks. That's all my questions."),
    ]
    report = [
        ("No third party was present on the call.", {IMP}),
        ("She reported self-harming roughly once every two months.", {NC}),
        ("She prepares simple food such as toast and cereal.", {SUP}),
        ("A support worker visits once a week to cook with her.", {NC}),
        ("She uses buses without difficulty.", {NS}),
        ("Her sister holds her bank card and gives her forty pounds a week.", {SUP}),
        ("The consultation was completed without a break.", {IMP}),
        ("She spends money online when her mood is low.", {SUP}),
        ("She stated she can travel to unfamiliar places.", {QD}),
    ]
    return turns, report


def _case_08():
    # PIP, video call on a phone, adult ADHD, alone.
    turns = [
        (
            "A",
            "Hi Reece, can you hear me okay? I'm Alison, I'm a paramedic and I'll be your assessor on this video call. Before we start, could you turn the camera so I can see you? Great.",
        ),
        (
            "C",
            "Yeah, sorry, I'm on my phone, it might wobble. I've got ADHD, so I'll probably go off track. Just stop me.",
        ),
        ("A", "No problem. When were you diagnosed?"),
        (
            "C",
            "Only two years ago, when I was twenty-nine. I'd always been, you know, the naughty kid. I'm on Elvanse, seventy milligrams, in the morning.",
        ),
        ("A", "Does it help?"),
        ("C", "Bit. For about six hours. Then I crash."),
        ("A", "How do you manage cooking?"),
        (
            "C",
            "I've set fire to two pans. Like, properly. I put something on and walk off and forget. So now I only use the microwave, and I set a timer on Alexa for everything.",
        ),
        ("A", "And bills, money?"),
        (
            "C",
            "Terrible. I forget to pay things. I got my electric cut off once. My girlfriend set up direct debits, she checks the app every Sunday.",
        ),
        ("A", "What about your tablets?"),
        (
            "C",
            "I forget them maybe three days a week unless she reminds me. I've got alarms but I just turn them off.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Yeah, I walk fine, I go to the gym. But I get distracted and miss my stop on the bus. Like every other time. I've ended up in Oldham.",
        ),
        ("A", "And sleep?"),
        ("C", "Three, four hours a night. My brain won't switch off."),
        ("A", "Reece, I can see you're moving about a lot, is that usual?"),
        ("C", "Yeah, I can't sit still. I'm pacing round the kitchen now."),
        ("A", "Okay, we'll leave it there. It's been about twenty minutes, thanks."),
    ]
    report = [
        ("He received a diagnosis of ADHD at 29.", {SUP}),
        ("He takes Elvanse 30mg each morning.", {NC}),
        ("He stated his medication works well and he has no problems when it wears off.", {NS}),
        ("He is able to prepare a meal using the microwave.", {QD}),
        ("His girlfriend checks his banking app weekly.", {SUP}),
        ("He forgets his medication about one day a week.", {NC}),
        ("He stated he uses buses on his own.", {QD}),
        ("He reported sleeping six to seven hours a night.", {NC}),
        (
            "Informal observation: he sat still and appeared settled for the whole consultation.",
            {IMP},
        ),
        ("The consultation lasted approximately 55 minutes.", {IMP}),
    ]
    return turns, report


def _case_09():
    # PIP, face to face, learning disability, mother present and speaking.
    turns = [
        (
            "A",
            "Hello, come in, both of you. I'm Mike, I'm the assessor. Daniel, is it okay if your mum stays with us?",
        ),
        ("C", "Yeah. Mum stays."),
        ("P", "I'm Lorraine, his mum. I'll help if he gets stuck."),
        ("A", "Thanks. Daniel, how old are you?"),
        ("C", "Nineteen. I'm nineteen in, no, I'm nineteen. I was nineteen in May."),
        ("A", "And what do you do in the day?"),
        ("C", "College. Three days. I do the life skills."),
        ("P", "Mondays, Wednesdays and Thursdays. The minibus picks him up from the door."),
        ("A", "Can you make yourself something to eat, Daniel?"),
        ("C", "I make toast. And noodles. In the microwave. Mum does the cooker."),
        ("P", "He doesn't know when something's cooked. He'd eat chicken raw if I let him."),
        ("A", "Do you wash yourself?"),
        ("C", "Yeah. Mum tells me. And she checks my hair."),
        (
            "P",
            "I have to tell him every day, or he'd wear the same clothes all week. And I run the bath, because he can't judge the temperature.",
        ),
        (
            "A",
            "If something cost three pounds fifty and you paid with a five-pound note, how much change would you get?",
        ),
        ("C", "Um. Two? I don't know. Can you say it again?"),
        ("A", "Three pounds fifty, and you pay with five pounds."),
        ("C", "I don't know."),
        ("A", "That's okay. Do you go out on your own?"),
        ("C", "To the shop. The one on the corner."),
        (
            "P",
            "That's it. It's two minutes away and he doesn't have to cross a road. Anywhere else he'd get lost. He went missing in town once for about four hours, the police found him.",
        ),
        ("A", "Thank you, that's really helpful."),
    ]
    report = [
        ("Daniel was accompanied by his mother.", {SUP}),
        ("He is 21 years old.", {NC}),
        ("He attends a college course four days a week.", {NC}),
        ("He can make toast and microwave noodles.", {SUP}),
        ("He washes and bathes independently.", {QD}),
        (
            "He correctly worked out the change due from five pounds for an item costing three pounds fifty.",
            {IMP},
        ),
        ("He stated that he goes into town on his own.", {NS}),
        ("His mother reported that he once went missing in town for about an hour.", {NC}),
        ("He changes his clothes every day.", {QD}),
    ]
    return turns, report


def _case_10():
    # WCA, face to face, type 2 diabetes with neuropathy, retinopathy and toe amputation, alone.
    turns = [
        (
            "A",
            "Morning, Mr Patel. I'm Helen, one of the healthcare professionals here. Take a seat. How did you get here today?",
        ),
        (
            "C",
            "Taxi. My son booked it. I can't drive any more, my licence was taken off me because of my eyes.",
        ),
        ("A", "Tell me about the diabetes."),
        (
            "C",
            "Type two, for about eighteen years. Insulin now, four injections a day. I've got the neuropathy in both feet, I can't feel them, it's like walking on cotton wool. And they took two toes off the right foot last year, the ulcer wouldn't heal.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Not far. To the bus stop, it's maybe, oh, the length of two buses? And I need my stick, and I have to look down all the time because I can't feel where my feet are. Then I have to stand and wait, the pain comes, burning.",
        ),
        ("A", "How long before you have to stop?"),
        ("C", "A couple of minutes. Three at most."),
        ("A", "Do you go out on your own?"),
        ("C", "Only with my son or my wife now. Since the fall, I don't trust my feet on kerbs."),
        ("A", "Do you get low blood sugars?"),
        (
            "C",
            "Yes. About twice a week. Sometimes I don't feel them coming. Last month I collapsed in the kitchen, my wife found me. I was confused, she gave me the glucose.",
        ),
        ("A", "Did you lose consciousness?"),
        ("C", "That time, yes, I think so. A minute or two. I don't remember it."),
        ("A", "Standing, can you stand to wash up, say?"),
        ("C", "Ten minutes. Then I sit on the stool. My feet."),
        ("A", "Okay. Could you take your shoes and socks off so I can look at your feet?"),
        ("C", "It takes me a while. My wife usually does this. Sorry."),
        ("A", "Take your time. Right, I can see the amputation site, it's healed."),
    ]
    report = [
        ("He travelled to the assessment centre by bus.", {NS}),
        (
            "He has had type 2 diabetes for about 18 years and injects insulin four times a day.",
            {SUP},
        ),
        ("He stated he can walk approximately 200 metres.", {NC, QD}),
        ("He reported hypoglycaemic episodes about twice a month.", {NC}),
        ("He stated he has never lost consciousness during a hypo.", {NS}),
        ("He can stand for about ten minutes, after which he sits on a stool.", {SUP}),
        ("He removed his shoes and socks quickly and without any difficulty.", {IMP}),
        ("Burning pain in his feet starts after two or three minutes of walking.", {SUP}),
        ("He goes out independently.", {QD}),
    ]
    return turns, report


def _case_11():
    # PIP, home visit, kidney failure on haemodialysis, alone, asks for a break.
    turns = [
        (
            "A",
            "Hello Grace, thanks for having me. I'm Paul, the assessor. I know you've had dialysis this morning, so tell me if you need to stop. It's half past one now, so we'll start.",
        ),
        ("C", "Yes, I got back about an hour ago. I'm washed out, to be honest, but let's do it."),
        ("A", "How often do you have dialysis?"),
        (
            "C",
            "Three times a week. Monday, Wednesday, Friday, four hours each time, plus the transport. I'm out of the house from seven until about one.",
        ),
        ("A", "And how are you afterwards?"),
        ("C", "Wiped out. I sleep most of the afternoon. The next morning I'm a bit better."),
        ("A", "Cooking?"),
        (
            "C",
            "On dialysis days, no, my niece brings something round. Other days I can do a simple meal, but I've got to sit down halfway through. And the diet's very strict, I'm on a fluid restriction, one litre a day, so I measure everything.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "I can't get my fistula arm wet, so I strip wash at the sink. I sit on a stool. I've got a rail by the toilet as well.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "I get cramp in my legs. I can walk to the bus stop at the end of the road, about a hundred yards, but then I'm puffed and I have to stand for a few minutes. I don't go far.",
        ),
        ("A", "Do you manage your medication?"),
        (
            "C",
            "I do my own. There's a lot, twelve tablets a day, the binders with every meal. I've got a chart the renal nurse made for me.",
        ),
        ("C", "Sorry, Paul, can we stop for a minute? I feel a bit dizzy."),
        ("A", "Of course. Take your time."),
        ("C", "Okay. That's passed."),
        ("A", "Just one more. Does anyone help you generally?"),
        ("C", "My niece, nearly every day. She does the shopping and the hoovering."),
        ("A", "Okay, thank you Grace. It's five past two, we'll finish there."),
    ]
    report = [
        (
            "The consultation took place at the claimant's home, starting at 13:30 and finishing at 14:05.",
            {SUP},
        ),
        ("She attends haemodialysis twice a week.", {NC}),
        ("She is able to cook a simple meal.", {QD}),
        ("She is on a fluid restriction of one and a half litres per day.", {NC}),
        ("She strip washes seated on a stool at the sink to keep her fistula arm dry.", {SUP}),
        ("She stated she can walk approximately 100 yards to the bus stop.", {QD}),
        (
            "She manages her twelve daily tablets herself, using a chart prepared by the renal nurse.",
            {SUP},
        ),
        ("She remained comfortable throughout and did not require a break.", {IMP}),
        ("She sat for well over an hour during the visit.", {IMP}),
    ]
    return turns, report


def _case_12():
    # WCA, telephone, bowel cancer on chemotherapy with a stoma, alone.
    turns = [
        (
            "A",
            "Hello, is that Margaret? It's David from the assessment service, ringing for your phone assessment. You were expecting my call? Good. Just to check, it's only the two of us on the line?",
        ),
        ("C", "Yes, just me. My husband's at work."),
        ("A", "Tell me about your health."),
        (
            "C",
            "Bowel cancer. I had the operation in February, they took part of the bowel and I've got a stoma now. I'm on chemo, capecitabine tablets, two weeks on and one week off. This is cycle five of eight.",
        ),
        ("A", "How does the chemotherapy affect you?"),
        (
            "C",
            "The tiredness is awful. And my hands and feet, the skin peels and they're sore, I can't hold a pen for long. And the diarrhoea, the bag fills quickly, I have to empty it maybe eight, ten times a day. It's leaked three times in the last month, once in the supermarket.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "In my good week, the week off chemo, I can walk round the block, that's about ten minutes. In chemo weeks I can barely get to the end of the garden.",
        ),
        ("A", "And sitting?"),
        ("C", "I'm all right sitting, as long as I can get up to go to the loo."),
        ("A", "Are you able to pick things up, say a carton of milk?"),
        (
            "C",
            "A carton, yes. But not a full kettle right now, with my hands. And I'm not supposed to lift anything heavy because of the hernia risk with the stoma.",
        ),
        ("A", "Any problems with your mood?"),
        ("C", "I cry a lot. I'm frightened. I'm not on anything for it."),
        ("A", "Could you make a fist with both hands for me and tell me how it feels?"),
        ("C", "Okay. It's tight. Sore across the knuckles."),
        ("A", "Thank you. That's all I need, Margaret."),
    ]
    report = [
        ("She had bowel surgery in April and now has a stoma.", {NC}),
        ("She is on cycle five of eight of capecitabine chemotherapy.", {SUP}),
        ("She empties her stoma bag two to three times a day.", {NC}),
        ("She reported a single stoma leak in the past month.", {NC}),
        ("She stated she can walk for about ten minutes.", {QD}),
        ("She stated she can lift and carry a full kettle.", {NS}),
        (
            "On examination, grip strength was normal in both hands and there were no skin changes.",
            {IMP},
        ),
        ("She reported no difficulty with sitting.", {QD}),
        (
            "She described low mood and frequent tearfulness, for which she takes no medication.",
            {SUP},
        ),
    ]
    return turns, report


def _case_13():
    # PIP, telephone, ME/CFS, partner present and answering some questions.
    turns = [
        (
            "A",
            "Hi, is that Sophie? My name's Lena, I'm an occupational therapist and I'll be carrying out your PIP assessment over the phone today. Can you hear me clearly?",
        ),
        (
            "C",
            "Yes. Sorry, I'm lying down, I have to be lying down to do this. My partner's here too, he's going to help if I lose the thread.",
        ),
        ("P", "Hi, I'm Chris."),
        ("A", "Hi Chris. Sophie, tell me about your condition."),
        (
            "C",
            "ME. Chronic fatigue. Since glandular fever in twenty seventeen. They say moderate to severe. I'm housebound most of the time.",
        ),
        ("A", "How much of the day are you in bed?"),
        (
            "C",
            "Most of it. I'm up for maybe a couple of hours in total, in bits. Twenty minutes here and there.",
        ),
        ("A", "Can you prepare a meal?"),
        (
            "C",
            "No. Chris does everything. If I stand at the counter for more than a few minutes I pay for it for days. I can make a cup of tea sometimes, sitting on the perching stool.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "A shower once a week, with Chris there, sitting on the shower seat. Other days a wipe-down in bed.",
        ),
        ("P", "And afterwards she's usually in bed the whole next day. It knocks her out."),
        ("A", "How far can you walk?"),
        (
            "C",
            "In the house, bedroom to bathroom. Outside I've got a wheelchair, Chris pushes it. I haven't walked outside since, maybe last summer, to the car.",
        ),
        ("A", "And your concentration?"),
        ("C", "It's, sorry, what was the question?"),
        ("A", "Concentration. How's your concentration?"),
        (
            "C",
            "Bad. I can't read more than a page. Brain fog. I lose words, like just now. Can Chris answer the next bit? I need to rest my voice.",
        ),
        (
            "P",
            "Yeah. Light and noise are a big thing, she wears an eye mask and earplugs most of the day. Visitors, she can manage ten minutes, maybe.",
        ),
        ("A", "Thank you both."),
    ]
    report = [
        ("The claimant answered every question herself, without input from anyone else.", {IMP}),
        ("She reported being up and about for around six hours a day.", {NC}),
        ("She can make a cup of tea.", {QD}),
        ("She showers once a week on a shower seat with her partner present.", {SUP}),
        ("She is able to walk between her bedroom and bathroom.", {SUP}),
        ("She self-propels a wheelchair when outdoors.", {NS}),
        ("She followed the conversation well and no questions needed repeating.", {IMP}),
        ("Her partner said she can tolerate visitors for about an hour.", {NC}),
    ]
    return turns, report


def _case_14():
    # PIP, telephone, agoraphobia with panic disorder, alone, clock times stated.
    turns = [
        (
            "A",
            "Hello, Owen? It's Gemma calling from the PIP assessment service. We're doing this one on the phone, as you asked. It's just coming up to eleven o'clock, so let's make a start.",
        ),
        ("C", "Okay. Yeah. Sorry, I'm a bit nervous."),
        ("A", "That's completely fine. Tell me what's going on for you."),
        (
            "C",
            "Agoraphobia and panic attacks. Eight years now, since my dad died. I've not been past the front gate on my own in, I'd say, about two years.",
        ),
        ("A", "What happens if you try?"),
        (
            "C",
            "Heart going, can't breathe, I think I'm dying. I've had ambulances called. Last time I tried to get to the bus stop I got halfway and had to crawl back.",
        ),
        ("A", "How often do you have panic attacks?"),
        (
            "C",
            "Most days. Two or three a day on a bad day. Even in the house, if the doorbell goes.",
        ),
        ("A", "Do you ever go out?"),
        (
            "C",
            "With my sister, in her car, to the GP. I sit in the back with my eyes shut. That's once a month, maybe. I can't go in the waiting room, they take me in the back way.",
        ),
        ("A", "Food, do you cook?"),
        (
            "C",
            "I can cook, yeah, I'm all right with that. I do a proper tea most nights. The shopping's online.",
        ),
        ("A", "Washing, dressing?"),
        (
            "C",
            "Some weeks I don't bother. When I'm low I don't wash for days. I have to force myself.",
        ),
        ("A", "Any medication?"),
        ("C", "Sertraline, a hundred and fifty. And propranolol when it's bad."),
        ("A", "Any contact with mental health services?"),
        (
            "C",
            "I've got a phone appointment with a therapist every fortnight. I can't do video, I can't have people looking at me.",
        ),
        ("A", "Okay, that's everything. It's twenty-five past eleven, thanks Owen."),
    ]
    report = [
        ("The telephone consultation began at 10:30.", {IMP}),
        ("He has not been beyond his front gate alone for about two years.", {SUP}),
        ("He experiences panic attacks approximately once a week.", {NC}),
        ("He goes out with his sister to attend GP appointments.", {QD}),
        ("He cooks a meal most evenings.", {SUP}),
        ("He stated he washes and dresses every day.", {QD}),
        ("He takes sertraline 150mg, with propranolol when needed.", {SUP}),
        ("He has therapy sessions by video call every fortnight.", {NS}),
    ]
    return turns, report


def _case_15():
    # WCA, face to face, alcohol dependency in recovery, cirrhosis, depression; recovery worker present.
    turns = [
        (
            "A",
            "Afternoon, Stephen? I'm Rachel, I'm a nurse working for the assessment provider. And you've brought someone with you?",
        ),
        ("P", "Hi, I'm Kev, I'm Steve's recovery worker from the drug and alcohol service."),
        ("C", "Steve's fine. Yeah, Kev comes to everything with me. I'd not have come otherwise."),
        ("A", "Okay Steve. Can you tell me about your drinking?"),
        (
            "C",
            "I was drinking for twenty-odd years. Two litres of cider a day, more at the end. I did a detox in hospital in, um, October, no, November last year. I've been dry eight months now.",
        ),
        ("A", "Well done."),
        (
            "C",
            "Cheers. It's one day at a time. I've had a wobble, I had a drink at Christmas, but I got back on it.",
        ),
        ("A", "Any physical effects?"),
        (
            "C",
            "Cirrhosis. My liver's scarred. My legs swell up and I get tired. And my balance isn't right, the nerves in my feet, from the drink.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "To the meetings. The AA meeting's at the church, that's about ten minutes for most people. It takes me twenty-five, with stops. I sit on the wall outside the Co-op halfway.",
        ),
        ("A", "And your mental health?"),
        (
            "C",
            "Depression. I'm on mirtazapine, fifteen milligrams at night. I avoid the town. Big groups, I get wound up.",
        ),
        (
            "P",
            "He does a group at our place every Wednesday, but he sits by the door. He's left early a few times when it got too much.",
        ),
        ("A", "Do you manage your own medication?"),
        ("C", "The chemist does it in blister packs, weekly. And I've got a phone alarm."),
        ("A", "What if plans change, an appointment gets moved?"),
        (
            "C",
            "I don't deal with it well. I get in a state. Kev usually has to ring me and talk me down.",
        ),
        ("A", "Thanks, Steve. That's all."),
    ]
    report = [
        ("Stephen was unaccompanied at the assessment.", {IMP}),
        ("He has been abstinent from alcohol for eight months.", {SUP}),
        ("He reported no alcohol use at all since his detox.", {NS}),
        ("He completed an inpatient detox in October last year.", {NC}),
        ("He walks to his AA meeting, which takes him about ten minutes.", {NC, QD}),
        ("He attends a weekly group at the recovery service.", {QD}),
        ("He takes mirtazapine 15mg at night.", {SUP}),
        ("He manages his medication independently.", {QD}),
        (
            "When an appointment is moved, his recovery worker usually has to phone him to calm him down.",
            {SUP},
        ),
    ]
    return turns, report


def _case_16():
    # PIP, face to face, COPD, alone (came up in the lift).
    turns = [
        (
            "A",
            "Hello Mr Walsh, I'm Femi, I'm the assessor. Thanks for coming up in the lift, I know it's a bit of a trek from reception. Get your breath back.",
        ),
        ("C", "Give me a minute. Right. Sorry."),
        ("A", "No rush. Tell me about your breathing."),
        (
            "C",
            "COPD. Emphysema. I smoked from fifteen, packed in five years ago, too late. I'm on three inhalers, oxygen at night, and a nebuliser when it's bad.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On the flat? Fifty yards, if that, then I'm bent double. Up a slope, not at all. I've got one of them walkers with a seat, I sit on it every few yards.",
        ),
        ("A", "Every few yards?"),
        (
            "C",
            "Well, I'd say I stop three or four times to get to the end of the drive. And the drive's not long.",
        ),
        ("A", "Chest infections?"),
        ("C", "Four, five times a year. I was in hospital twice last winter."),
        ("A", "Washing and dressing?"),
        (
            "C",
            "I dress sitting on the bed. My wife does my socks and shoes, I can't bend, I can't breathe when I bend. Showering, I need the door open because of the steam, and I sit down. It takes me, oh, three quarters of an hour with the rests.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I'll do a bit of toast. Jean does the cooking. I can't stand at the cooker, I get breathless.",
        ),
        ("A", "Okay, thank you. I'll just listen to your chest, if that's all right."),
        ("C", "Go on."),
    ]
    report = [
        ("He climbed the stairs to the first-floor assessment room without difficulty.", {IMP}),
        ("He stated he can walk about 50 yards on the flat with a wheeled walker.", {QD}),
        ("He gets chest infections once or twice a year.", {NC}),
        ("He was admitted to hospital twice last winter.", {SUP}),
        ("He dresses himself independently.", {QD}),
        ("It takes him about fifteen minutes to shower.", {NC, QD}),
        ("He uses home oxygen during the day.", {NS}),
        ("He is able to make toast.", {SUP}),
    ]
    return turns, report


def _case_17():
    # WCA, video call, epilepsy, husband present and speaking.
    turns = [
        (
            "A",
            "Hi Aisha, I'm Joe, a nurse with the assessment service. We're on video today, and I can see you and your husband on screen, is that right?",
        ),
        (
            "C",
            "Yes, this is Imran. He's going to stay, because I don't remember things after my seizures.",
        ),
        ("P", "Hello."),
        ("A", "Tell me about your epilepsy."),
        (
            "C",
            "I was diagnosed at sixteen. Tonic-clonic seizures, and the absences. I'm on levetiracetam and lamotrigine. The seizures still aren't controlled.",
        ),
        ("A", "How often do you have the tonic-clonic seizures?"),
        ("C", "About two a month? Imran knows better."),
        (
            "P",
            "It's more like three a month. The last one was eight days ago. And absences, loads, she'll just stop mid-sentence, maybe ten a day.",
        ),
        ("A", "What happens after a big seizure?"),
        (
            "C",
            "I sleep the rest of the day. I've got a headache the next day and I feel like I've been hit by a bus. I bit my tongue badly the last time.",
        ),
        ("A", "Do you get any warning?"),
        (
            "C",
            "Sometimes a funny smell, a few seconds. Not enough to get safe. I've fallen in the bathroom. I can only have a bath if Imran's in the house and the door's unlocked.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Only to the shop across the road, and Imran doesn't like me to. I don't go into town alone. I had a seizure on the high street and woke up in A and E.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I use the microwave. The doctor said not the hob. I burnt my hand on the grill once when I had an absence.",
        ),
        (
            "A",
            "Could you raise your arms above your head for me? Thank you. And could you bend to touch your toes? No, that's fine, don't worry.",
        ),
        ("C", "Sorry, I get dizzy when I bend, from the tablets."),
        ("A", "No problem at all. That's everything."),
    ]
    report = [
        ("She has tonic-clonic seizures about once a month.", {NC}),
        ("Her husband said the most recent seizure was eight days ago.", {SUP}),
        ("Her husband described around ten absence seizures a day.", {SUP}),
        ("She stated she gets enough warning before a seizure to get herself to safety.", {NS}),
        ("She bathes independently.", {QD}),
        ("She goes out alone.", {QD}),
        ("Tendon reflexes were brisk and symmetrical in all four limbs.", {IMP}),
        ("She recovers within about an hour after a tonic-clonic seizure.", {NC}),
    ]
    return turns, report


def _case_18():
    # PIP, telephone on speakerphone, stroke with right-sided weakness and aphasia, wife speaking.
    turns = [
        (
            "A",
            "Hello, Mr Reid? It's Fiona from the PIP assessment service, calling for your telephone assessment. I understand your wife might help. Are you on speakerphone?",
        ),
        (
            "P",
            "Yes, it's Moira, his wife. He's here. His speech isn't great since the stroke, so I'll help him along.",
        ),
        ("A", "That's fine. Gordon, can you tell me what happened?"),
        ("C", "Stroke. Two... two years. January. Left, no, right. Right side."),
        ("P", "It was the January before last. His right side's weak and his words get jumbled."),
        ("A", "How does it affect your hands?"),
        ("C", "Right hand... useless. Can't do buttons. Can't... cut. Moira does."),
        ("A", "Can you wash yourself?"),
        ("C", "Shower. Seat. Moira... helps. Back, feet."),
        ("P", "I have to be there in case he falls. He fell getting out of the shower in March."),
        ("A", "How about walking?"),
        ("C", "Stick. Quad stick. Slow. To the... gate. Gate and back."),
        (
            "P",
            "The gate's about fifteen yards. It takes him five minutes, and he's exhausted after.",
        ),
        ("A", "Do you read, Gordon? Letters, the newspaper?"),
        ("C", "Words... jumble. Headlines. Not... letters. Moira reads."),
        ("A", "Managing money?"),
        ("C", "No. Moira."),
        (
            "P",
            "He got confused with change and the girl in the shop took advantage. I do all of it now.",
        ),
        ("A", "Sorry, Mrs Reid, could you repeat that? The line cut out."),
        ("P", "I said, I do all the money now."),
        ("A", "Thanks. That's all I need. You've done well, Gordon."),
    ]
    report = [
        ("He had a stroke about two years ago affecting his right side.", {SUP}),
        ("He stated he can manage buttons with his right hand.", {NS}),
        ("He showers using a shower seat.", {QD}),
        ("He walks to his garden gate, about 15 yards away, using a quad stick.", {QD}),
        ("His wife stated it takes him about a minute to walk to the gate.", {NC}),
        ("He is able to read newspaper headlines.", {SUP}),
        ("His speech was clear and fluent throughout the call.", {IMP}),
        ("His wife manages all of his finances.", {SUP}),
    ]
    return turns, report


def _case_19():
    # WCA, face to face, heart failure with an implanted defibrillator, alone.
    turns = [
        ("A", "Hello Denise, I'm Colin, I'm a physiotherapist. Come and sit down. You okay there?"),
        ("C", "Just about. That corridor's long. I had to stop twice on the way from reception."),
        ("A", "Sorry about that. Tell me about your heart."),
        (
            "C",
            "Heart failure. I had a heart attack in twenty twenty-one and the pump's weak now. Ejection fraction thirty per cent, they said. I've got a defibrillator fitted as well.",
        ),
        ("A", "What are your symptoms?"),
        (
            "C",
            "Breathless. Tired. My ankles swell. I sleep on three pillows because I can't lie flat.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "I'd say to the corner shop, on a good day. It's across the road, but I take a rest on the bench outside the pharmacy. Bad days, bedroom to the loo and that's me done. Bad days are about half the week.",
        ),
        ("A", "Stairs?"),
        ("C", "I go up on my bottom sometimes. Or I do three steps, then sit."),
        ("A", "Standing?"),
        (
            "C",
            "Not long. I get light-headed. Five minutes and I need to sit down. I do the washing up on a stool.",
        ),
        ("A", "Lifting?"),
        (
            "C",
            "I'm told not to lift anything heavy. A bag of shopping, I can do a light one, but I split it between two bags.",
        ),
        ("A", "How's your mood?"),
        ("C", "Low. I used to be a care worker, I loved it. Now I can't even push a hoover round."),
        ("A", "Okay, thanks. I'll just check your ankles."),
        ("C", "They're puffy today."),
    ]
    report = [
        ("She walked from reception to the assessment room.", {QD}),
        ("She had a myocardial infarction in 2021 and has an implanted defibrillator.", {SUP}),
        ("She sleeps propped up on two pillows.", {NC}),
        ("She is able to walk to the corner shop.", {QD}),
        ("She stated she climbs the stairs at home.", {QD}),
        (
            "She can stand for five minutes before needing to sit, and washes up seated on a stool.",
            {SUP},
        ),
        ("She stated she can carry a bag of shopping.", {QD}),
        ("She reported no problems with her mood.", {NS}),
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
FIRST_SEED = 26000


def make_case_26(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    index = seed - FIRST_SEED
    if not 0 <= index < len(_CASES):
        raise ValueError(
            f"seed {seed} is outside blind set 26: expected {FIRST_SEED} to {FIRST_SEED + len(_CASES) - 1}"
        )
    rng = random.Random(seed)
    assessor, claimant, companion = rng.sample(VOICES, 3)
    voice_of = {"A": assessor, "C": claimant, "P": companion}
    turns, report = _CASES[index]()
    dialogue = [(0 if role == "A" else 1, voice_of[role], text) for role, text in turns]
    return dialogue, [(statement, set(labels)) for statement, labels in report]
