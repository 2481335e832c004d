"""Blind held-out set 31: twenty assessment cases written without looking at the comparison code.

Written from the shared background only (the users, the PA4 and ESA85 formats, the descriptors and
their points); neither the checker nor any earlier case file was read.

Channels: telephone (00, 02, 06, 09, 12, 15, 18), video (03, 07, 13, 17), face to face at an
assessment centre (01, 05, 10, 11, 14, 19), home visit (04, 08, 16).

Conditions: ME/CFS, Parkinson's disease, agoraphobia and panic disorder, severe hearing loss with
tinnitus, cerebral palsy, kidney failure on haemodialysis, spinal cord injury, OCD, early onset
Alzheimer's disease, lupus (SLE), anorexia nervosa, alcohol dependency in recovery with peripheral
neuropathy, moderate learning disability, multiple sclerosis, sight loss (retinitis pigmentosa),
epilepsy, COPD on home oxygen, PTSD with depression, stroke with aphasia, autism with anxiety.
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


# PIP, telephone, ME/CFS (woman, 34, lying down during the call)
def _case_00():
    turns = [
        (
            "A",
            "Good morning, this is Mark calling from the assessment service about your PIP claim. It's just gone ten past ten. Am I speaking to Hannah?",
        ),
        ("C", "Yes, that's me. Sorry, I'm lying down, I hope that's all right."),
        ("A", "That's absolutely fine. Can you tell me about your condition?"),
        (
            "C",
            "I've got ME, chronic fatigue syndrome. I was diagnosed in twenty nineteen, after glandular fever. Most days I'm in bed or on the sofa.",
        ),
        ("A", "How do you get on with preparing a meal?"),
        (
            "C",
            "I can do something in the microwave, maybe. If I stand at the cooker for more than about five minutes I get dizzy and I have to sit down. On a bad day my mum brings food round.",
        ),
        ("A", "How many bad days would you say you have?"),
        ("C", "It's most of the week really. Four, maybe five days out of seven."),
        ("A", "And washing and bathing?"),
        (
            "C",
            "I've got a shower seat. I shower twice a week, no, sorry, once a week. It wipes me out for the rest of the day. Other days I just have a wash at the sink, sitting down.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "To the end of the road and back on a good day, that's maybe fifty metres all together. Then I pay for it for two or three days after.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Not really. My mum drives me to appointments. I haven't been on a bus since last summer.",
        ),
        ("A", "Are you on any medication?"),
        ("C", "Amitriptyline, ten milligrams at night, for the pain and to help me sleep."),
        ("A", "How is your concentration?"),
        (
            "C",
            "Terrible. I can't read more than a page. I forget what I'm saying halfway through a sentence. Sorry, what was the question?",
        ),
        (
            "A",
            "That's fine, you answered it. That's everything from me. It's now twenty to eleven. Thank you, Hannah.",
        ),
        ("C", "Thank you."),
    ]
    report = [
        ("The consultation was conducted by telephone between 10:10 and 10:40.", {SUP}),
        ("She reports a diagnosis of ME/CFS in 2019 following glandular fever.", {SUP}),
        ("She states she can prepare a simple meal using a microwave.", {SUP}),
        ("She is able to stand at the cooker for around fifteen minutes to cook a meal.", {NC}),
        ("She showers twice weekly using a shower seat.", {NC}),
        (
            "She states she is able to walk to the end of her road and back, approximately 50 metres.",
            {QD},
        ),
        ("She travels to her appointments independently by bus.", {NS}),
        ("She was observed to be alert and sitting upright throughout the consultation.", {IMP}),
        ("Medication: amitriptyline 10 mg at night.", {SUP}),
        ("She reports reading as a hobby to pass the time during the day.", {NS}),
    ]
    return turns, report


# WCA, face to face at a centre, Parkinson's disease (man, 61, wife present)
def _case_01():
    turns = [
        ("A", "Hello, come through. I'm Priya, I'm a physiotherapist. And you are?"),
        ("P", "I'm Sandra, his wife. I'll come in with him if that's OK."),
        (
            "A",
            "Of course. Take a seat, both of you. Right, Derek, it's twenty past two, so we'll make a start. Tell me about your Parkinson's.",
        ),
        (
            "C",
            "It was, er, twenty sixteen they told me. The shaking's mostly the right hand. And I freeze. My feet just stop, like they're glued.",
        ),
        ("A", "How far can you walk before you have to stop?"),
        (
            "C",
            "Maybe a hundred yards. Then I freeze up and Sandra has to, you know, get me going again.",
        ),
        (
            "P",
            "It's less than that some days. In the afternoons, when the tablets wear off, he can barely get across the kitchen.",
        ),
        ("A", "Have you had any falls?"),
        ("C", "Three this year. One in the garden, I cut my head open."),
        ("A", "Can you pick things up and move them? Say a carton of milk?"),
        (
            "C",
            "A small one, yes, but I spill it because of the tremor. I can't carry a full kettle.",
        ),
        ("A", "What about writing, or using a computer?"),
        (
            "C",
            "My writing's gone tiny, nobody can read it. I use the computer a bit, with one finger, slowly.",
        ),
        ("A", "What tablets are you on?"),
        ("C", "Co-careldopa, five times a day. Sandra sets an alarm on my phone."),
        ("A", "Could you stand up and walk to the door and back for me?"),
        ("C", "I'll try. Can you give me your arm, love?"),
        ("P", "Here you go. Steady. Left foot first."),
        (
            "A",
            "Thank you, that's fine, sit back down. Would you remember your tablets without the alarm?",
        ),
        ("C", "If she didn't remind me I'd forget half of them."),
        ("A", "Right, that's all I need. It's ten to three now. Thank you both."),
    ]
    report = [
        ("He attended the assessment centre accompanied by his wife.", {SUP}),
        ("Parkinson's disease was diagnosed in 2018.", {NC}),
        (
            "Mobilising: he states he can walk approximately 200 metres before needing to stop.",
            {NC, QD},
        ),
        ("He was observed to walk to the door and back unaided with a normal gait.", {IMP}),
        ("He reports one fall in the past year.", {NC}),
        ("He is able to pick up and move a half-litre carton of milk.", {QD}),
        ("He is able to use a computer keyboard.", {QD}),
        ("Tremor predominantly affects the right hand.", {SUP}),
        ("He takes co-careldopa five times daily.", {SUP}),
        ("He states he remembers to take his medication without any prompting.", {NS}),
        ("He reports his symptoms are the same throughout the day.", {NS}),
        ("Consultation start 14:20, end 15:35.", {IMP}),
    ]
    return turns, report


# PIP, telephone, agoraphobia and panic disorder (woman, 29, support worker on the call)
def _case_02():
    turns = [
        (
            "A",
            "Hello, is that Leanne? My name's Claire, I'm a nurse and I'm calling about your PIP assessment. Is anyone with you?",
        ),
        ("C", "Yeah, Tom's here. He's my support worker."),
        ("P", "Hi, Tom Briggs, from the housing support team."),
        ("A", "Hello Tom. Leanne, can you tell me how your anxiety affects you going out?"),
        (
            "C",
            "I don't really go out. The last time I went out on my own was, I think, October? Before Christmas anyway. I had a panic attack at the bus stop and a lady had to call an ambulance.",
        ),
        ("A", "How often do you have panic attacks?"),
        ("C", "Three or four a week when it's normal. When it's really bad, every day."),
        ("A", "If you need to go somewhere, like the GP?"),
        (
            "C",
            "Tom takes me. Or my sister. I sit in the car with my eyes shut. If it's somewhere I don't know I can't do it at all, even with someone.",
        ),
        (
            "P",
            "We've been trying the corner shop together. It's about two hundred metres. She's managed it twice in the last month, but she was shaking the whole way.",
        ),
        ("A", "How about shopping for food?"),
        (
            "C",
            "I do it online. My sister helps me with the order because I get overwhelmed and just close it.",
        ),
        ("A", "Do you have any problems with cooking?"),
        ("C", "No, cooking's fine. That's the one thing I'm OK with."),
        ("A", "And how are you sleeping?"),
        ("C", "About four hours. I'm up at half three most nights."),
        ("A", "Do you take any medication?"),
        ("C", "Sertraline, a hundred milligrams. And propranolol when I need it."),
        ("A", "Do you see anyone for your mental health?"),
        ("C", "A therapist, on the phone. It was every week, now it's every two weeks."),
        ("A", "Thank you both, that's everything."),
    ]
    report = [
        ("Her support worker was present on the call.", {SUP}),
        ("She reports panic attacks approximately once a week.", {NC}),
        (
            "She is able to walk to her local shop, approximately 200 metres away, with her support worker.",
            {QD},
        ),
        ("She can plan and follow an unfamiliar journey if accompanied by another person.", {NS}),
        ("She states she has no difficulty preparing and cooking a meal.", {SUP}),
        ("She manages her food shopping online.", {QD}),
        ("She reports sleeping around six hours a night.", {NC}),
        ("She takes sertraline 100 mg daily with propranolol as required.", {SUP}),
        ("She receives weekly telephone therapy.", {NC}),
        ("She presented as well kempt and maintained good eye contact.", {IMP}),
        ("She drives herself to the GP surgery.", {NS}),
    ]
    return turns, report


# PIP, video, severe hearing loss and tinnitus (man, 55, daughter repeats questions)
def _case_03():
    turns = [
        (
            "A",
            "Hello, can you hear me? I'm Doctor Osei, I'll be doing your assessment by video today. It's half past nine.",
        ),
        (
            "P",
            "Hi, I'm Rhian, his daughter. Dad's hearing is really bad, so I'll repeat things for him if that's all right. He lip reads me better than the screen.",
        ),
        ("A", "That's fine. Gareth, can you tell me about your hearing?"),
        ("C", "Sorry?"),
        ("P", "Tell her about your hearing, Dad."),
        (
            "C",
            "Oh. I lost most of it in my forties. The right ear's completely gone. The left I've got about, what did they say, twenty percent. I wear a hearing aid in the left.",
        ),
        ("A", "How do you manage conversations with people you don't know?"),
        (
            "C",
            "I don't, really. If there's any background noise I'm lost. In the bank last week I had to ask the man to write it down. Four or five times.",
        ),
        ("A", "Do you use the telephone?"),
        ("C", "No. Never. Rhian does all my calls. I text."),
        ("A", "Do you have any other conditions?"),
        (
            "C",
            "Tinnitus, both sides, constant. And I get dizzy spells, maybe twice a month, where I have to grab hold of something.",
        ),
        ("A", "How about reading letters?"),
        ("C", "Reading's fine. My eyes are good."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "I walk the dog round the park every morning, about a mile. But I can't hear the cars, so I stick to the path.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Yes, I cook. The smoke alarm's got a flashing light now, after I burnt a pan and didn't hear it go off.",
        ),
        ("A", "Right, thank you both. We'll finish there. It's ten o'clock."),
    ]
    report = [
        ("Assessment by video; his daughter was present and assisted with communication.", {SUP}),
        ("He reports losing his hearing in his fifties.", {NC}),
        ("He wears a hearing aid in his right ear.", {NS}),
        ("He is able to communicate with people he does not know.", {QD}),
        ("He uses the telephone independently.", {NS}),
        ("He experiences dizzy spells approximately twice a week.", {NC}),
        ("He walks his dog about a mile each morning.", {SUP}),
        ("Conversation was conducted without any need for repetition.", {IMP}),
        ("He cooks for himself and has a visual smoke alarm fitted.", {SUP}),
        ("The consultation ran from 09:30 to 10:00.", {SUP}),
    ]
    return turns, report


# WCA, home visit, cerebral palsy (man, 22, mother present)
def _case_04():
    turns = [
        (
            "A",
            "Hello, I'm Sue from the assessment service. Thanks for letting me in. You must be Josh?",
        ),
        ("C", "Y-yes. Hi."),
        ("P", "I'm his mum, Karen. Come through, he's in the front room."),
        ("A", "Josh, you have cerebral palsy. Can you tell me how it affects you?"),
        (
            "C",
            "My legs mostly. Spastic diplegia. I walk with two sticks in the house. Outside I use my wheelchair.",
        ),
        ("A", "How far can you walk with the sticks?"),
        (
            "C",
            "Um, from here to the kitchen? That's about ten metres. Then my legs go really tight and I have to sit down.",
        ),
        ("P", "And he's fallen doing that. Twice since Easter."),
        ("A", "Who pushes the wheelchair when you're out?"),
        ("C", "Mum does. I can't push myself far, my arms get tired after, like, a minute."),
        ("A", "Do you have any problems with your hands?"),
        (
            "C",
            "My left hand's weaker. I can write, but it's slow and messy. I type on my phone with my thumb.",
        ),
        ("A", "Do you go to college or work?"),
        (
            "C",
            "I did a year at college, in twenty twenty-one, doing IT. I stopped because I couldn't get there.",
        ),
        ("A", "How about getting up from a chair?"),
        ("C", "I have to push up on the arms, and sometimes Mum pulls me up."),
        ("A", "Could you show me how you stand up from that chair?"),
        ("C", "Can I not today? My legs are really bad this morning."),
        ("A", "That's fine, no problem at all. Do you get any pain?"),
        ("C", "All the time, in my hips. I take baclofen, twenty milligrams, three times a day."),
        ("A", "OK, I think that covers everything. Thank you both."),
    ]
    report = [
        ("Home visit; the claimant and his mother were present.", {SUP}),
        ("He mobilises indoors using two walking sticks.", {SUP}),
        (
            "Mobilising: he can walk approximately 50 metres with two sticks before needing to stop.",
            {NC},
        ),
        ("He is able to self-propel a manual wheelchair.", {QD}),
        ("He was observed to rise from the chair independently without using the armrests.", {IMP}),
        ("No falls reported.", {NS}),
        ("He completed two years of an IT course at college.", {NC}),
        ("He is able to write and to use a mobile phone.", {QD}),
        ("Medication: baclofen 20 mg three times daily.", {SUP}),
        (
            "On examination of the lower limbs there was increased tone with reduced power bilaterally.",
            {IMP},
        ),
    ]
    return turns, report


# PIP, face to face at a centre, kidney failure on haemodialysis (man, 48, alone)
def _case_05():
    turns = [
        (
            "A",
            "Morning, Mr Patel, I'm Jonathan, one of the nurses. Did you come on your own today?",
        ),
        ("C", "Yes, on my own. I got a taxi. I can't manage the bus the day after dialysis."),
        ("A", "Tell me about your kidneys."),
        (
            "C",
            "End stage renal failure. I've been on haemodialysis since, um, twenty twenty. Three times a week, Monday, Wednesday, Friday, four hours each time at the unit.",
        ),
        ("A", "How do you feel after dialysis?"),
        (
            "C",
            "Washed out. I go to bed when I get home and I'm wiped out till the next morning. The days in between I'm a bit better.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day maybe two hundred metres, slowly. On dialysis days hardly at all. I get cramp in my legs and I'm breathless.",
        ),
        ("A", "Do you have any restrictions on eating and drinking?"),
        (
            "C",
            "I'm only allowed a litre of fluid a day. My wife weighs things out, the potassium and that. I'd get it wrong.",
        ),
        ("A", "What medication do you take?"),
        (
            "C",
            "Loads. About twelve tablets a day. Binders with every meal, blood pressure tablets, and an injection once a week for my blood.",
        ),
        ("A", "Do you manage them yourself?"),
        ("C", "My wife puts them in a dosette box. I take them myself, but she checks."),
        ("A", "What about washing?"),
        (
            "C",
            "I can shower, but I have to keep the fistula arm dry and I need help with my back and my feet. I get dizzy when I bend down.",
        ),
        ("A", "Do you work?"),
        ("C", "I was a bus driver for eighteen years. I stopped in twenty twenty-one."),
        ("A", "I'll just take your blood pressure. Is that the fistula arm?"),
        ("C", "Yes, you can't use that one. Use the right."),
        ("A", "OK. A hundred and forty-eight over ninety. Thank you, that's us done."),
    ]
    report = [
        ("He attended alone, having travelled by taxi.", {SUP}),
        ("He has received haemodialysis three times weekly since 2020.", {SUP}),
        ("Each dialysis session lasts approximately two hours.", {NC}),
        ("He states he is able to walk 200 metres.", {QD}),
        ("He takes around six tablets a day.", {NC}),
        ("He manages his own medication.", {QD}),
        ("He drives himself to the dialysis unit.", {NS}),
        ("He is able to wash and shower independently.", {QD}),
        ("He worked as a bus driver for eighteen years until 2021.", {SUP}),
        ("Blood pressure was 148/90, taken in the left arm.", {IMP}),
    ]
    return turns, report


# WCA, telephone, spinal cord injury with paraplegia (woman, 39, manual wheelchair user)
def _case_06():
    turns = [
        (
            "A",
            "Hello, is that Mrs Hussain? It's Lisa from the health assessment service, calling for your work capability assessment. It's five past one.",
        ),
        ("C", "Yes, hello. Just a sec, let me move my chair to the table. OK, go ahead."),
        ("A", "Can you tell me about your injury?"),
        (
            "C",
            "I had a car accident in twenty fifteen. I broke my back, T ten. I'm paralysed from the waist down. I use a manual wheelchair.",
        ),
        ("A", "How far can you push yourself?"),
        (
            "C",
            "On the flat, a fair way, maybe half a mile. Not up hills, and kerbs I need someone. My shoulders are going now, I get pain after about twenty minutes of pushing.",
        ),
        ("A", "Can you sit for long periods?"),
        (
            "C",
            "I have to shift my weight every half an hour or so, because of pressure sores. I had one last year that took four months to heal.",
        ),
        ("A", "Do you have any problems with your bladder or bowel?"),
        (
            "C",
            "Yes. I self-catheterise, five or six times a day. And I have a bowel routine every other morning that takes about an hour. I've had accidents when I'm out, maybe once a month.",
        ),
        ("A", "That must be difficult. Can you reach up, to a shelf for example?"),
        (
            "C",
            "From sitting, I can reach up to about shoulder height. Anything higher I use a grabber.",
        ),
        ("A", "Do you drive?"),
        ("C", "Yes, I've got an adapted car with hand controls."),
        ("A", "And how is your mood?"),
        ("C", "Up and down. I was on sertraline but I came off it in the spring."),
        ("A", "OK. Thank you. It's twenty-five to two, so we'll finish there."),
    ]
    report = [
        ("Telephone assessment, 13:05 to 13:35.", {SUP}),
        ("T10 spinal cord injury following a road traffic accident in 2015.", {SUP}),
        ("She can self-propel a manual wheelchair for approximately half a mile.", {QD}),
        ("She is able to remain seated for two hours without needing to move.", {NC}),
        ("She self-catheterises three times daily.", {NC}),
        ("She reports no episodes of incontinence.", {NS}),
        ("She is able to reach above head height with either arm.", {QD}),
        ("She drives an adapted car with hand controls.", {SUP}),
        ("She currently takes sertraline for low mood.", {NS}),
        ("She was observed to transfer from her wheelchair to a chair independently.", {IMP}),
    ]
    return turns, report


# PIP, video with camera off, OCD (man, 27)
def _case_07():
    turns = [
        ("A", "Hi Callum, I'm Rebecca, I'm an occupational therapist. Can you hear me OK?"),
        ("C", "Yeah, it's a bit, er, jumpy, but yeah."),
        ("A", "Your camera seems to be off at your end."),
        ("C", "I'd rather keep it off, if that's OK. I don't like being on camera."),
        ("A", "That's fine, we'll carry on with sound only. Tell me about your OCD."),
        (
            "C",
            "It's mostly contamination. I wash my hands, I don't know, forty, fifty times a day. They crack and bleed. And checking. The door, the cooker.",
        ),
        ("A", "How long does it take you to get ready in the morning?"),
        (
            "C",
            "About three hours. The shower on its own is an hour and a half. I have to do it in a certain order and if I lose count I start again.",
        ),
        ("A", "Do you prepare your own meals?"),
        (
            "C",
            "Not really. I can't touch raw meat. I eat the same things, cereal, and ready meals that my mum buys. I check the cooker's off about twenty times before I can leave the kitchen.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Twice a week, maybe. To my mum's. It's ten minutes' walk. I can't use buses because of the germs, the handrails and that.",
        ),
        ("A", "What about money and bills?"),
        (
            "C",
            "I'm fine with money. I can work out change. I just won't touch coins, so it's all on card.",
        ),
        ("A", "Are you having any treatment?"),
        (
            "C",
            "I had twelve sessions of CBT last year. I'm on fluoxetine, sixty milligrams. I was diagnosed at nineteen.",
        ),
        ("A", "Do you ever have thoughts of harming yourself?"),
        ("C", "No. Not now. I did, a couple of years ago."),
        ("A", "OK, thank you Callum. That's all."),
    ]
    report = [
        ("Video consultation; the claimant chose to keep his camera switched off.", {SUP}),
        (
            "He appeared clean and appropriately dressed, with no visible skin damage to his hands.",
            {IMP},
        ),
        ("He reports washing his hands around fourteen times a day.", {NC}),
        ("His morning routine takes approximately one hour.", {NC}),
        ("He is able to prepare and cook a simple meal.", {QD}),
        ("He walks to his mother's home, about ten minutes away, twice a week.", {SUP}),
        ("He uses public transport.", {NS}),
        ("He is able to manage budgeting decisions and calculate change.", {SUP}),
        ("He completed twelve sessions of CBT last year and takes fluoxetine 60 mg.", {SUP}),
        ("He denies any past or present thoughts of self-harm.", {NS}),
    ]
    return turns, report


# PIP, home visit, early onset Alzheimer's disease (woman, 58, husband answers)
def _case_08():
    turns = [
        ("A", "Hello, I'm Dave, I'm the assessor. Thanks for having me. Is it Margaret?"),
        ("C", "Yes. Come in, come in. Is it about the, the forms?"),
        ("P", "It's the PIP, love. I'm Alan, her husband. We spoke on the phone."),
        ("A", "Margaret, can you tell me a bit about your memory?"),
        ("C", "Oh, it's not too bad. I forget the odd thing. Everyone does."),
        (
            "P",
            "She was diagnosed with early onset Alzheimer's in twenty twenty-two. She was fifty-five. She's got a lot worse this last year.",
        ),
        ("A", "Margaret, what did you have for breakfast today?"),
        ("C", "I, toast? I think toast."),
        ("P", "She didn't have breakfast. I had to remind her at eleven."),
        ("A", "Do you cook, Margaret?"),
        ("C", "I used to love cooking."),
        (
            "P",
            "She left the gas on twice in the summer. I've had the knobs taken off now. I do all the cooking.",
        ),
        ("A", "Does she go out on her own?"),
        (
            "P",
            "Not any more. She got lost coming back from the paper shop in March, and it's only two streets away. The police brought her home.",
        ),
        ("A", "What about her medication?"),
        ("P", "Donepezil, ten milligrams at night. I give it to her."),
        ("A", "And washing and dressing?"),
        (
            "P",
            "She can wash herself if I run the bath and tell her what to do next, step by step. She'd put the same clothes on every day if I didn't lay them out.",
        ),
        ("A", "Margaret, can you tell me what year it is?"),
        ("C", "It's nineteen, no. Twenty. I'm not sure, love."),
        ("A", "That's all right. Thank you both. I'll leave it there."),
    ]
    report = [
        ("Home visit; her husband was present and contributed to the history.", {SUP}),
        ("Early onset Alzheimer's disease diagnosed in 2022, at the age of 55.", {SUP}),
        ("Mental state: orientated in time, place and person.", {IMP}),
        ("She is able to prepare and cook a simple meal.", {NS}),
        ("She left the gas on once last year.", {NC}),
        ("She got lost returning from a local shop in May.", {NC}),
        ("She is able to wash and bathe herself.", {QD}),
        ("She is able to dress and undress.", {QD}),
        ("She takes donepezil 10 mg at night.", {SUP}),
        ("She answered all questions herself without assistance.", {IMP}),
    ]
    return turns, report


# WCA, telephone, systemic lupus erythematosus (woman, 44)
def _case_09():
    turns = [
        (
            "A",
            "Hello, Joanne? It's Steve, I'm a paramedic working for the assessment service. This is your work capability assessment. Is now still OK?",
        ),
        ("C", "Yes, sorry, just sitting myself down. Go ahead."),
        ("A", "Tell me about your lupus."),
        (
            "C",
            "SLE. I was diagnosed in twenty twelve, so twelve, thirteen years ago. It's my joints mostly, my hands and knees, and I've got kidney involvement now too. And fatigue. Massive fatigue.",
        ),
        ("A", "How long can you sit for?"),
        ("C", "About twenty minutes, then my hips stiffen up and I have to get up and walk about."),
        ("A", "And standing?"),
        ("C", "Ten minutes, if that. Washing up, I have to do it in two goes."),
        ("A", "How far can you walk?"),
        (
            "C",
            "It varies so much. In a flare I can't get out of bed. When I'm OK, to the car and round the supermarket with the trolley to lean on. Without the trolley maybe fifty metres.",
        ),
        ("A", "How often do you have flares?"),
        ("C", "About every six weeks, and they last a week or two."),
        ("A", "Do you have problems with your hands?"),
        (
            "C",
            "The mornings are worst. I can't do buttons or open jars till about eleven. And my fingers go white and numb in the cold, that's Raynaud's.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "Hydroxychloroquine, two hundred milligrams twice a day, and prednisolone, five milligrams. And mycophenolate for my kidneys.",
        ),
        ("A", "Any problems with the sun?"),
        (
            "C",
            "I come out in a rash if I'm in the sun more than a few minutes. Factor fifty and a hat, always.",
        ),
        ("A", "OK, thank you Joanne, that's everything I need."),
    ]
    report = [
        ("The assessment was carried out by telephone.", {SUP}),
        ("She was diagnosed with SLE in 2012.", {SUP}),
        ("Sitting: she states she can sit for up to one hour before needing to move.", {NC}),
        ("She is able to stand for around ten minutes.", {SUP}),
        ("She is able to mobilise approximately 50 metres without an aid.", {QD}),
        ("She reports flares approximately every six months.", {NC}),
        ("She is able to pick up and manipulate small objects such as buttons.", {QD}),
        ("She takes hydroxychloroquine 200 mg twice daily and prednisolone 5 mg daily.", {SUP}),
        ("She is not receiving any treatment for her kidneys.", {NS}),
        ("No rash or joint swelling was observed.", {IMP}),
    ]
    return turns, report


# PIP, face to face at a centre, anorexia nervosa (woman, 19, mother present)
def _case_10():
    turns = [
        ("A", "Hello, Ellie? I'm Grace, I'm a nurse. And this is?"),
        ("P", "I'm her mum, Fiona."),
        ("A", "Nice to meet you both. Ellie, can you tell me about your eating disorder?"),
        (
            "C",
            "I've got anorexia. Since I was fourteen. I was in hospital for, um, five months last year. An inpatient unit.",
        ),
        ("A", "How do you manage meals now?"),
        (
            "C",
            "I have a meal plan. Mum has to sit with me for every meal or I won't eat it. I'd hide it or throw it away.",
        ),
        (
            "P",
            "It takes her about an hour to get through a meal. Sometimes longer. If I'm not there it doesn't happen.",
        ),
        ("A", "Do you prepare food yourself?"),
        (
            "C",
            "I'm not allowed. The team said I shouldn't, because I'd measure everything and cut things out.",
        ),
        ("A", "How is your energy? Do you get dizzy?"),
        (
            "C",
            "Yeah. I fainted twice in the last month. Mum won't let me go out on my own in case I faint.",
        ),
        ("A", "How much walking do you do?"),
        (
            "C",
            "I used to walk for miles, to burn it off. Now I'm not allowed more than ten minutes.",
        ),
        ("A", "How about mixing with people?"),
        ("C", "I don't. I left college. I don't see my friends, I can't eat in front of them."),
        ("A", "Have you ever self-harmed?"),
        ("C", "Not for a year."),
        ("A", "OK. I'd like to weigh you, is that all right?"),
        ("C", "I'd rather not. I don't look at it. The team do it blind."),
        ("A", "That's fine, we won't. Thank you both."),
    ]
    report = [
        ("She attended accompanied by her mother.", {SUP}),
        ("She has had anorexia nervosa since the age of 14.", {SUP}),
        ("She had a three-month inpatient admission last year.", {NC}),
        ("Descriptor 2b: she needs prompting to be able to take nutrition.", {QD}),
        ("She is able to prepare a simple meal unaided.", {NS}),
        ("She reports one episode of fainting in the last six months.", {NC}),
        ("She walks for up to ten minutes at a time.", {SUP}),
        ("She continues to attend college and socialises with friends.", {NS}),
        ("Weight 41 kg, BMI 15.2.", {IMP}),
        ("She has not self-harmed for two years.", {NC}),
    ]
    return turns, report


# WCA, face to face at a centre, alcohol dependency in recovery with neuropathy (man, 52)
def _case_11():
    turns = [
        ("A", "Good afternoon, I'm Doctor Hughes. Have a seat. How did you get here today?"),
        ("C", "My mate dropped me off in his car. He's waiting in the car park."),
        ("A", "Tell me about your health."),
        (
            "C",
            "I'm an alcoholic. Recovering. Eighteen months sober, since, er, the August before last. I drank for twenty-odd years. A litre of vodka a day at the end.",
        ),
        ("A", "Well done. How does it affect you now?"),
        (
            "C",
            "I've got nerve damage in my feet, neuropathy. They burn, and I can't feel the floor properly. My balance is off. And my liver's not great.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "I walk to the meeting, the AA meeting. It's about a quarter of a mile. I have to stop twice on the way. I use a stick now.",
        ),
        ("A", "How often do you go to meetings?"),
        ("C", "Three times a week. Tuesdays, Thursdays and Sunday."),
        ("A", "How's your mood?"),
        (
            "C",
            "Low. I get anxious around people. I can't cope with crowds, supermarkets. I get the shakes just thinking about it. Not drink shakes. Nerves.",
        ),
        ("A", "Are you on any medication?"),
        (
            "C",
            "Acamprosate, two tablets three times a day. And gabapentin for my feet, three hundred, three times a day.",
        ),
        ("A", "Any problems with your memory?"),
        (
            "C",
            "Yeah, my short term memory's shot. I write everything on the calendar. I still missed two appointments last month.",
        ),
        ("A", "Could you stand up and try to touch your toes for me?"),
        ("C", "I'll try. I can get to about my knees. I'm holding the chair, mind."),
        ("A", "That's fine, thank you. Could you walk on your heels for me?"),
        ("C", "No. I'll go over if I do that."),
        ("A", "OK, don't worry. We're done."),
    ]
    report = [
        ("He was driven to the assessment by a friend.", {SUP}),
        ("He reports abstinence from alcohol for eight months.", {NC}),
        ("He is able to walk about a quarter of a mile to his meetings.", {QD}),
        ("He attends Alcoholics Anonymous twice weekly.", {NC}),
        ("He uses a walking stick.", {SUP}),
        ("He reports he is able to do his own shopping at the supermarket.", {NS}),
        ("He takes gabapentin 300 mg three times a day and acamprosate.", {SUP}),
        ("Lumbar spine: forward flexion to his toes.", {IMP}),
        ("Heel walking was normal.", {IMP}),
        ("He reports missing one appointment last month because of his memory.", {NC}),
    ]
    return turns, report


# PIP, telephone, moderate learning disability (man, 30, support worker on the call)
def _case_12():
    turns = [
        ("A", "Hello, it's Paul from the assessment centre. Am I speaking to Daniel?"),
        ("C", "Yes. Hello."),
        ("P", "Hello, I'm Amina, Daniel's support worker. He's asked me to stay on the call."),
        ("A", "That's fine. Daniel, can you tell me where you live?"),
        ("C", "In my flat. It's supported living. Staff come in."),
        ("A", "How often do staff come in?"),
        (
            "P",
            "Every day, for three hours in the morning and again at teatime. Daniel has a moderate learning disability.",
        ),
        ("A", "Daniel, do you cook?"),
        ("C", "I do toast. And beans. Amina helps me with the cooker."),
        (
            "P",
            "He can use the microwave if the instructions are simple. He's burnt himself on the hob, so we always supervise.",
        ),
        (
            "A",
            "Daniel, if you bought something for three pounds fifty and paid with a five pound note, how much change would you get?",
        ),
        ("C", "Um. I don't know. Two?"),
        ("A", "That's OK. Who pays your bills?"),
        (
            "P",
            "His sister is his appointee. He gets twenty pounds pocket money a week and staff help him spend it.",
        ),
        ("A", "Daniel, do you go out on your own?"),
        ("C", "I go to the day centre on the bus. On Mondays. And Fridays."),
        (
            "P",
            "He does that one route on his own, he's practised it for a year. But when the bus was diverted in January he got very lost and distressed. Any new journey, someone has to go with him.",
        ),
        ("A", "And can you read your letters?"),
        ("C", "A bit. Small words."),
        ("P", "He can read simple words, but we read all his post to him."),
        ("A", "Thank you both."),
    ]
    report = [
        ("Telephone consultation; his support worker was present throughout.", {SUP}),
        ("He receives one hour of staff support each day.", {NC}),
        ("He is able to cook a simple meal using the hob.", {QD}),
        ("He correctly calculated the change due from a five pound note.", {IMP}),
        ("He manages his own bills.", {NS}),
        ("He travels by bus to his day centre three days a week.", {NC}),
        ("He is able to plan and follow a journey on public transport.", {QD}),
        ("He can read simple words.", {SUP}),
        ("He presented as articulate and gave a full history without assistance.", {IMP}),
    ]
    return turns, report


# WCA, video, relapsing remitting multiple sclerosis (woman, 50, alone)
def _case_13():
    turns = [
        (
            "A",
            "Hi Sarah, I'm Tom, one of the healthcare professionals. I can see you now. It's quarter past eleven. Is anyone with you?",
        ),
        ("C", "No, just me. My husband's at work."),
        ("A", "Tell me about your MS."),
        (
            "C",
            "Relapsing remitting, diagnosed in twenty ten. Mostly it's fatigue, and my left leg drags. And my bladder.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my stick, perhaps a hundred metres on a good day. Then my leg just goes. I've got a rollator for outside.",
        ),
        ("A", "How many good days do you get?"),
        ("C", "Not many. Two a week, maybe."),
        ("A", "Can you show me how you stand up from the chair?"),
        ("C", "OK. Hang on. I'll have to push up on the desk. There."),
        ("A", "Thanks, you can sit down. Do you have any problems with your bladder?"),
        (
            "C",
            "Urgency. I have to go every hour. I've wet myself three times in the last month when I didn't get there quick enough. I wear pads.",
        ),
        ("A", "Any problems with your vision?"),
        ("C", "I had optic neuritis in my right eye in twenty eighteen. It's still a bit blurry."),
        ("A", "How is your concentration?"),
        ("C", "Brain fog. I lose my words. I used to be a teacher. I gave up in twenty nineteen."),
        ("A", "How are you with a pen or a keyboard?"),
        ("C", "My right hand's fine. I use the computer OK, but I'm done in after half an hour."),
        ("A", "Medication?"),
        ("C", "Ocrelizumab infusions every six months. Baclofen. And oxybutynin for the bladder."),
        ("A", "Thanks Sarah. It's quarter to twelve, we'll finish there."),
    ]
    report = [
        ("Video assessment from 11:15 to 11:45; the claimant was alone.", {SUP}),
        ("Relapsing remitting MS diagnosed in 2010.", {SUP}),
        ("She can walk approximately 100 metres using a stick.", {QD}),
        ("She stood from the chair without using her arms for support.", {IMP}),
        ("She reports urinary incontinence about once a month.", {NC}),
        ("She needs to pass urine every two to three hours.", {NC}),
        ("She reports no problems with her vision.", {NS}),
        ("She worked as a teacher until 2019.", {SUP}),
        ("She is able to use a computer keyboard.", {QD}),
        ("Her husband was present and confirmed her account.", {IMP}),
    ]
    return turns, report


# PIP, face to face at a centre, sight loss from retinitis pigmentosa (man, 45, guide dog)
def _case_14():
    turns = [
        (
            "A",
            "Hello, Mr Cole? I'm Anita. Would you like my arm to the room, or are you OK with your dog?",
        ),
        ("C", "I'm fine with Benny, thanks. Just tell me where the door is."),
        ("A", "It's straight ahead, about five steps, then turn left. The chair's on your right."),
        ("C", "Got it. Thanks."),
        ("A", "Tell me about your sight."),
        (
            "C",
            "Retinitis pigmentosa. I was registered blind in twenty fourteen. I've got a tiny bit of central vision in my left eye, like looking through a straw. Nothing in the right.",
        ),
        ("A", "How do you get about?"),
        (
            "C",
            "Benny. I've had him three years. Before that a long cane. I can do my regular routes, the station, the shop, work. Anywhere new I need a sighted guide.",
        ),
        ("A", "Do you work?"),
        ("C", "Part time. Sixteen hours, at a call centre, with screen reader software."),
        ("A", "How do you manage cooking?"),
        (
            "C",
            "I cook, but with talking scales and a liquid level indicator. I've burned myself a few times. I don't use the oven much, mainly the microwave.",
        ),
        ("A", "How about reading your post?"),
        (
            "C",
            "I scan it with an app on my phone that reads it out. It can't do handwriting, so my neighbour reads those.",
        ),
        ("A", "What about managing money?"),
        ("C", "Fine. Online banking with the screen reader."),
        ("A", "Any other conditions?"),
        (
            "C",
            "I get headaches from straining, maybe twice a week. And I get a bit down about it all, but I'm not on anything.",
        ),
        ("A", "Thanks, that's all I need."),
    ]
    report = [
        ("He attended with his guide dog.", {SUP}),
        ("He was registered blind in 2014.", {SUP}),
        ("He found his way to the consultation room without any guidance.", {IMP}),
        (
            "He is able to follow the route of a familiar or unfamiliar journey with his guide dog.",
            {QD},
        ),
        ("He works around thirty hours a week in a call centre.", {NC}),
        ("He is able to prepare and cook a simple meal.", {QD}),
        ("He reads his own post.", {QD}),
        ("He manages his finances himself using online banking.", {SUP}),
        ("He reports headaches about twice a month.", {NC}),
        ("He takes sertraline for low mood.", {NS}),
        ("Visual acuity: counting fingers at two metres in the right eye.", {IMP}),
    ]
    return turns, report


# PIP, telephone, epilepsy with tonic-clonic and absence seizures (woman, 26, partner on speaker)
def _case_15():
    turns = [
        (
            "A",
            "Hello, is this Chloe Adams? My name is Imran, I'm calling about your PIP assessment. The time is two o'clock.",
        ),
        ("C", "Yeah, that's me. My partner Jordan's here as well, you're on speaker."),
        ("P", "Hiya."),
        ("A", "Chloe, tell me about your epilepsy."),
        (
            "C",
            "I have tonic clonic seizures. I was diagnosed when I was seventeen. I have them, um, on average, maybe four a month? And absences, loads of those, I don't always know.",
        ),
        ("P", "The absences are every day. She'll just stop mid-sentence."),
        ("A", "Do you get any warning before a seizure?"),
        (
            "C",
            "No. None. That's the problem. I've broken my wrist, and I've bitten my tongue really badly.",
        ),
        ("A", "How long does it take you to recover afterwards?"),
        (
            "C",
            "I sleep for the rest of the day. I'm confused for hours. Then I've got a headache the whole of the next day.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Only when Jordan's in. The neurologist said I'm not to use the hob on my own. I use the microwave.",
        ),
        ("A", "How about bathing?"),
        (
            "C",
            "I only shower when someone's in the house. I had a seizure in the bath once, when I was twenty, and nearly drowned.",
        ),
        ("A", "Do you go out alone?"),
        (
            "C",
            "Round the block, sometimes. I don't go far on my own. I carry a card that says I've got epilepsy.",
        ),
        ("A", "Medication?"),
        ("C", "Levetiracetam, fifteen hundred milligrams twice a day. And lamotrigine."),
        ("A", "OK, thank you both, that's the end of the assessment."),
    ]
    report = [
        ("Telephone assessment; her partner joined the call on speakerphone.", {SUP}),
        ("She reports approximately four tonic-clonic seizures a year.", {NC}),
        ("She experiences occasional absence seizures.", {NC}),
        ("She states she usually gets a warning before a seizure.", {NS}),
        ("She recovers within an hour of a seizure.", {NC}),
        ("She is able to prepare a meal using the microwave.", {SUP}),
        ("She is able to wash and bathe without assistance.", {QD}),
        ("She goes out alone.", {QD}),
        ("She takes levetiracetam 1500 mg twice daily.", {SUP}),
        ("Consultation start time: 14:30.", {IMP}),
    ]
    return turns, report


# WCA, home visit, COPD on home oxygen (man, 63, alone)
def _case_16():
    turns = [
        (
            "A",
            "Hello, Mr Walsh? I'm Helen, the nurse from the assessment service. Shall I come in?",
        ),
        ("C", "Come in, love. Sorry, I'm slow. Give me a minute to get back to my chair."),
        ("A", "Take your time. I can hear you're quite breathless."),
        ("C", "That's the stairs. I've just come down them to let you in. Took me a while."),
        ("A", "Tell me about your breathing."),
        (
            "C",
            "COPD. Emphysema. I smoked forty a day for thirty years. Packed it in five years ago. I'm on oxygen sixteen hours a day.",
        ),
        ("A", "How far can you walk?"),
        ("C", "To the front gate. That's about fifteen metres. Then I'm gasping."),
        ("A", "Do you get out at all?"),
        (
            "C",
            "My son takes me in the car, with the portable oxygen. Once a fortnight maybe, for the shopping. I mostly stay in the car.",
        ),
        ("A", "Can you manage the stairs?"),
        (
            "C",
            "I go up once a night, to bed. I have to stop halfway and sit on the stairs. Takes me about five minutes.",
        ),
        ("A", "Do you get chest infections?"),
        ("C", "Four last winter. I was in hospital with one of them, for ten days."),
        ("A", "Any other conditions?"),
        (
            "C",
            "My heart, they said it's a bit enlarged. And I get anxious when I'm breathless. Panicky.",
        ),
        ("A", "Could you show me how far you can lift your arms?"),
        (
            "C",
            "Right. There. That's as high as I go, about shoulder height. My shoulders are bad as well.",
        ),
        ("A", "Thank you. That's all I need."),
    ]
    report = [
        ("Home visit; the claimant came downstairs to let the assessor in.", {SUP}),
        ("He was not breathless at rest or on exertion during the visit.", {IMP}),
        ("He smoked forty cigarettes a day for thirty years.", {SUP}),
        ("He uses home oxygen for sixteen hours a day.", {SUP}),
        ("Mobilising: he reports he can walk about 50 metres.", {NC}),
        ("He goes shopping with his son every week.", {NC, QD}),
        ("He is able to climb a flight of stairs.", {QD}),
        ("Four chest infections last winter, one needing a ten-day hospital admission.", {SUP}),
        (
            "Upper limbs: full range of movement at both shoulders, able to raise both arms above his head.",
            {IMP},
        ),
        ("He denies any symptoms of anxiety.", {NS}),
    ]
    return turns, report


# PIP, video, PTSD and depression after military service (man, 40, alone in the room)
def _case_17():
    turns = [
        (
            "A",
            "Morning Lee, I'm Sophie, a mental health nurse. I can see you fine. Is anyone with you today?",
        ),
        ("C", "My wife's in the next room if I need her. I'm all right for now."),
        ("A", "OK. Can you tell me about your PTSD?"),
        (
            "C",
            "I was in the army twelve years. Two tours of Afghanistan. I got diagnosed in twenty seventeen, after I left. Nightmares, flashbacks. I don't sleep. Two, three hours a night.",
        ),
        ("A", "How does it affect you day to day?"),
        (
            "C",
            "I don't go out if I can help it. Crowds, loud bangs. Bonfire night I'm under the duvet. I won't go in a supermarket at all. My wife does all that.",
        ),
        ("A", "Are you able to go out on your own?"),
        (
            "C",
            "To walk the dog, early, about six, when there's nobody about. Twenty minutes. If I see anyone I cross over or turn back.",
        ),
        ("A", "How do you get on with other people?"),
        (
            "C",
            "I don't. I've lost all my mates. I've had, er, a few run ins. I lost my temper with a neighbour last month and the police came.",
        ),
        ("A", "Do you have thoughts of harming yourself?"),
        ("C", "Sometimes. I've got a safety plan. I took an overdose in twenty twenty-one."),
        ("A", "Are you having any treatment?"),
        (
            "C",
            "Trauma therapy through Op Courage, every Thursday. And mirtazapine, forty-five milligrams.",
        ),
        ("A", "Do you drink?"),
        ("C", "I used to drink a lot. I've cut down. Two or three cans at the weekend now."),
        ("A", "Do you manage your own money?"),
        (
            "C",
            "Yeah, mostly. Though I've blown money on stupid things when I'm low, and my wife has to sort it out.",
        ),
        ("A", "OK Lee, I'm going to stop there. Thank you."),
        ("C", "Is that it? Right. Cheers."),
    ]
    report = [
        (
            "Video assessment; the claimant was alone in the room, with his wife available nearby.",
            {SUP},
        ),
        ("He served in the army for twelve years, including two tours of Afghanistan.", {SUP}),
        ("He reports sleeping around five hours a night.", {NC}),
        ("He is able to go out alone to walk his dog for twenty minutes.", {QD}),
        ("He does his own food shopping at the supermarket.", {NS}),
        ("He reports no difficulty engaging with other people.", {NS}),
        ("He took an overdose in 2019.", {NC}),
        ("He attends weekly trauma therapy and takes mirtazapine 45 mg.", {SUP}),
        ("He drinks two to three cans of lager a day.", {NC}),
        ("He is able to manage his budget.", {QD}),
        ("He was accompanied by his wife, who contributed to the history.", {IMP}),
    ]
    return turns, report


# WCA, telephone, stroke with aphasia and right-sided weakness (man, 57, wife answers)
def _case_18():
    turns = [
        (
            "A",
            "Hello, is that Mr Anthony Reid? It's Chris from the assessment service. It's quarter to four.",
        ),
        ("C", "Yes. Yes. Tony. My wife, she's, she's."),
        (
            "P",
            "Hello, I'm Debbie, his wife. He's asked me to help because his speech isn't good since the stroke.",
        ),
        ("A", "Of course. Tony, when did you have your stroke?"),
        ("C", "Last, no. March. Two years."),
        (
            "P",
            "March twenty twenty-three. It was a left sided stroke, so it's his right side that's weak, and his speech.",
        ),
        ("A", "Tony, how far can you walk?"),
        ("C", "Not, not far. Stick."),
        (
            "P",
            "He walks with a quad stick. He can get to the end of the garden, about twenty metres, and then his right leg drags and he has to rest.",
        ),
        ("A", "Can he use his right hand?"),
        (
            "P",
            "Not really. He can't hold a pen in it. He's learning to write with his left, but it's slow.",
        ),
        ("A", "Tony, can you understand what I'm saying OK?"),
        ("C", "Yes. Mostly. Slow. Slow, please."),
        (
            "A",
            "Of course. Does he have problems getting his message across to people he doesn't know?",
        ),
        (
            "P",
            "Strangers can't understand him. He gets frustrated and gives up. On the phone he usually won't speak at all. This is him trying.",
        ),
        ("A", "Has he had any seizures since the stroke?"),
        ("P", "One, last October."),
        ("A", "What medication is he on?"),
        ("P", "Clopidogrel, atorvastatin and ramipril. And levetiracetam since the seizure."),
        ("A", "Does he need help with personal care?"),
        ("P", "I help him shower and dress, every day. Buttons, socks, all that."),
        ("A", "Thank you both. It's twenty past four now, so we'll end there."),
    ]
    report = [
        ("Telephone assessment, 15:45 to 16:20, with his wife assisting.", {SUP}),
        ("He had a left hemisphere stroke in March 2022.", {NC}),
        ("He is able to mobilise 50 metres with a quad stick.", {NC}),
        ("He is able to pick up a pen and write with his right hand.", {NS}),
        ("Understanding communication: he is able to understand a simple message.", {QD}),
        ("He is able to convey a simple message to strangers.", {NS}),
        ("His speech was clear and fluent throughout the call.", {IMP}),
        ("He has had one seizure since the stroke, in October.", {SUP}),
        ("Medication: clopidogrel, atorvastatin, ramipril and levetiracetam.", {SUP}),
        ("His wife helps him shower and dress two or three times a week.", {NC}),
    ]
    return turns, report


# PIP, face to face at a centre, autism with anxiety (man, 23, father present)
def _case_19():
    turns = [
        ("A", "Hi Ben, I'm Kate. Thanks for coming in. Who's this with you?"),
        ("P", "I'm Richard, his dad. He asked me to come in with him."),
        (
            "A",
            "That's fine. Ben, it's ten o'clock, so we'll start. Can you tell me about your autism?",
        ),
        (
            "C",
            "I was diagnosed at, um, nine. Autism. And anxiety. I don't like noise. This room is quite loud. The light buzzes.",
        ),
        ("A", "Would you like me to turn the light off?"),
        ("C", "Yes please."),
        ("A", "There. How do you get on with daily things, like preparing food?"),
        (
            "C",
            "I eat the same thing. Pasta. I can do pasta on the hob. I set a timer on my phone so I don't forget it.",
        ),
        (
            "P",
            "He's left the hob on a few times. Three or four times this year. We've had a cut-off switch fitted now.",
        ),
        ("A", "Do you travel on your own?"),
        (
            "C",
            "Only the number eleven bus to my grandma's. Same route. If it's a different driver or it's late, I have a meltdown.",
        ),
        (
            "P",
            "Last time the bus was cancelled he sat at the stop for two hours. I had to go and get him.",
        ),
        ("A", "Do you work or study?"),
        ("C", "I volunteer at the library. Tuesday mornings, two hours. I do the shelves."),
        ("A", "How are you with meeting new people?"),
        ("C", "I don't like it. I don't know what to say. I'm finding this hard now."),
        ("A", "Do you want a break?"),
        ("C", "Yes. Can we stop for a bit?"),
        ("A", "Of course. Take as long as you need. Are you OK to carry on now?"),
        ("C", "Yeah. OK."),
        ("A", "How do you manage money?"),
        ("C", "Dad does my money. I don't understand bills."),
        ("A", "Thanks Ben. Let's finish there."),
    ]
    report = [
        ("He attended with his father.", {SUP}),
        ("Autism was diagnosed at the age of 19.", {NC}),
        ("He is able to cook pasta on the hob, using a timer on his phone.", {QD}),
        ("He has left the hob on once this year.", {NC}),
        ("He travels independently on public transport.", {QD}),
        ("He volunteers at the library two mornings a week.", {NC}),
        ("He remained settled throughout and did not require a break.", {IMP}),
        ("He manages his own finances.", {NS}),
        ("No sensory difficulties were evident in the consultation room.", {IMP}),
        ("He reports he is comfortable meeting new people.", {NS}),
        ("The consultation started at 10:00.", {SUP}),
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
FIRST_SEED = 31000


def make_case_31(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
