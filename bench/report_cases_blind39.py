"""Blind held-out evaluation set 41: twenty assessment consultations with the report written afterwards.

Written blind (without reference to the tool's source, tests or other benchmark files), from the public
background on PIP (PA4) and WCA (ESA85) reports only. Each case is a complete spoken consultation between an
assessor ("A"), the claimant ("C") and sometimes a companion ("P": partner, husband, wife, mother, adult
daughter, friend, paid carer, support worker, care coordinator, independent advocate), written as people speak so
that it survives text-to-speech and a small speech recogniser (numbers, times and distances are spoken words).
The report is split into statements, each labelled with the kinds of departure from the recording that apply:
number_changed, qualifier_dropped, never_said, impossible (an observation, examination or time the recording
cannot support), or supported.

Channels: telephone, video (one with the claimant's camera switched off), face to face at an assessment centre
and home visits. Conditions: fibromyalgia, lumbar disc prolapse with sciatica, multiple sclerosis, depression and
anxiety, autism with a learning disability, retinitis pigmentosa, COPD, PTSD, Parkinson's disease, ME/CFS,
epilepsy, bipolar disorder, rheumatoid arthritis, Crohn's disease, stroke with aphasia, Meniere's disease with
hearing loss, schizophrenia, heart failure, type 1 diabetes with neuropathy, and hypermobile Ehlers-Danlos
syndrome with POTS. Ten PIP and ten WCA consultations; brisk, kind and careless assessors; claimants who ramble,
hesitate, correct themselves or let a companion answer. Where a report gives start and end times, they are
either those spoken aloud in the dialogue (supported) or contradict them (impossible).
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
    # PIP, telephone, fibromyalgia, claimant alone, kind assessor, times spoken aloud
    turns = [
        (
            "A",
            "Good morning, is that Mrs Denise Harlow? My name is Priya, I'm a nurse, and I'm calling from the assessment provider about your Personal Independence Payment claim. Is now still a good time?",
        ),
        ("C", "Yes, that's me. Hello. Sorry, I've been sat by the phone all morning."),
        (
            "A",
            "That's no problem at all. Before we start, is there anyone with you on the call today?",
        ),
        ("C", "No, it's just me. My husband's at work."),
        (
            "A",
            "Okay. And you've asked for the call to be recorded, that's absolutely fine. It's just gone ten past ten, so I'll note that as our start time. Can you tell me about your main condition?",
        ),
        (
            "C",
            "It's fibromyalgia. I was diagnosed about four years ago. I have pain all over, mainly in my back and my legs, and I'm exhausted all the time.",
        ),
        ("A", "What medication are you on for it?"),
        (
            "C",
            "Pregabalin, seventy five milligrams twice a day, and amitriptyline at night, that's ten milligrams. And paracetamol when it's bad.",
        ),
        ("A", "Thank you. Let's talk about preparing food. Do you cook for yourself?"),
        (
            "C",
            "Um, I try to. I can do something simple in the microwave. If I'm doing proper cooking I have to sit on a stool, and I can't lift the pans, so my husband drains the potatoes for me when he gets in.",
        ),
        ("A", "And how about washing and bathing?"),
        (
            "C",
            "I have a shower, but only about twice a week, because it wipes me out. I sit on a shower stool, and I need my husband there in case I go dizzy. I can't get in the bath at all anymore.",
        ),
        ("A", "And getting dressed?"),
        (
            "C",
            "I can mostly dress myself, but it takes me ages, maybe half an hour, and I need help with my socks and shoes because I can't bend down.",
        ),
        ("A", "Okay. Now, getting out and about. How far can you walk before you have to stop?"),
        (
            "C",
            "Oh, not far. To the end of the garden path and back, so about fifteen, twenty metres. Then I've got to stop because the pain in my hips is too much. I use a walking stick.",
        ),
        ("A", "And on a better day?"),
        (
            "C",
            "On a good day, maybe to the corner shop, that's about fifty metres, but I pay for it the next day. Good days are maybe one or two a week, if that.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Not really. I go with my husband to the supermarket once a week, and I hold onto the trolley.",
        ),
        ("A", "Thank you. How is your sleep?"),
        ("C", "Terrible. I wake up three or four times a night with the pain."),
        ("A", "And how are you managing with your mood?"),
        (
            "C",
            "I get low. I cried a lot last year. I'm not on anything for it apart from the amitriptyline.",
        ),
        (
            "A",
            "Okay, that's everything I need. It's now about twenty past ten, so I'll end the call there. Thank you, Mrs Harlow.",
        ),
        ("C", "Thank you. Bye."),
    ]
    report = [
        ("Telephone consultation. Start time 10:10, end time 10:55.", {IMP}),
        ("No one else was present on the call; she states her husband was at work.", {SUP}),
        (
            "She has a diagnosis of fibromyalgia, made approximately four years ago, with widespread pain mainly affecting her back and legs, and fatigue.",
            {SUP},
        ),
        (
            "Medication: pregabalin 150 mg twice daily, amitriptyline 10 mg at night and paracetamol as required.",
            {NC},
        ),
        (
            "Activity 1 - Preparing food: She states she prepares simple meals in the microwave and cooks a main meal for the household independently.",
            {NS},
        ),
        ("Activity 4 - Washing and bathing: She showers twice a week using a shower stool.", {QD}),
        (
            "Activity 6 - Dressing and undressing: She is able to dress herself, taking around 10 minutes.",
            {NC, QD},
        ),
        (
            "Mobility 2 - Moving around: She reports she can walk approximately 40 metres with a walking stick before needing to stop due to hip pain.",
            {NC},
        ),
        (
            "She estimates she has good days once or twice a week, when she can walk to the corner shop, about 50 metres.",
            {SUP},
        ),
        (
            "She goes to the supermarket weekly with her husband and holds onto the trolley for support.",
            {SUP},
        ),
        ("She drives short distances locally.", {NS}),
        ("She reports waking three or four times a night due to pain.", {SUP}),
        ("Informal observations: She was well kempt and appeared in no obvious distress.", {IMP}),
    ]
    return turns, report


def _case_01():
    # WCA, face to face at an assessment centre, lumbar disc prolapse with sciatica, partner present, brisk assessor
    turns = [
        (
            "A",
            "Right, Mr Okafor, take a seat. I'm Doctor Hensley, I'm a physiotherapist, and I'll be doing your work capability assessment today. Who's this with you?",
        ),
        ("C", "This is my partner, Grace."),
        ("P", "Hello."),
        (
            "A",
            "Fine. She can stay, but I need you to answer the questions. How did you get here today?",
        ),
        (
            "C",
            "Grace drove me. It's about a twenty minute drive, and I had to put the seat right back.",
        ),
        ("A", "Tell me about your back."),
        (
            "C",
            "I've got a prolapsed disc, L four L five, and sciatica down my left leg. It started when I was lifting at work, two years ago now. I had an injection in March, it didn't do much.",
        ),
        ("A", "Walking. How far?"),
        (
            "C",
            "With my crutch, maybe fifty metres, then I have to stop and lean on something. Without the crutch I wouldn't get anywhere.",
        ),
        ("A", "Fifty metres. And could you do that again, straight away?"),
        ("C", "No. If I did it twice I'd be in bed the rest of the day."),
        ("A", "Stairs?"),
        (
            "C",
            "We've got a downstairs toilet now. I go up to bed once at night, one step at a time, holding the rail. Grace walks behind me in case I go.",
        ),
        ("A", "Sitting. How long can you sit?"),
        (
            "C",
            "About twenty minutes, then I have to get up and move. Sorry, I'll need to stand up now, actually.",
        ),
        ("A", "That's fine, go ahead."),
        (
            "P",
            "He's been sat since we parked. He was fidgeting the whole time in the waiting room.",
        ),
        ("A", "Picking things up. Could you pick up a coin from the floor?"),
        ("C", "No, I'd have to use the grabber. I can't bend forward."),
        ("A", "Reaching. Can you lift your arms above your head?"),
        ("C", "Yes, my arms are fine, it's my back and my leg."),
        ("A", "Could you move a full one litre carton of milk from one table to another?"),
        ("C", "Yes, a carton of milk I can manage. Not a bag of shopping."),
        ("A", "Okay. Any problems with your bladder or bowels?"),
        ("C", "No, nothing like that."),
        (
            "A",
            "Right. I was going to examine your back, but we're running behind, so I'll skip that today. That's all.",
        ),
        ("C", "Okay."),
        ("P", "Can I just add, he doesn't sleep. He's up half the night."),
        ("A", "Noted. Thank you both."),
    ]
    report = [
        (
            "Face to face assessment at the assessment centre. He was accompanied by his partner.",
            {SUP},
        ),
        ("He travelled by car, a journey of about 20 minutes, driven by his partner.", {SUP}),
        (
            "He reports a prolapsed L4/L5 disc with left-sided sciatica following a lifting injury at work three years ago.",
            {NC},
        ),
        (
            "Mobilising: He states he can walk approximately 100 metres using one crutch before needing to stop.",
            {NC},
        ),
        ("He states he could repeat this distance within a reasonable time.", {NS}),
        ("Stairs: He manages one flight of stairs daily using the handrail.", {QD}),
        (
            "Standing and sitting: He reports he is able to sit for around 45 minutes before needing to change position.",
            {NC},
        ),
        (
            "Informal observations: He sat comfortably throughout the 40-minute assessment without needing to stand.",
            {IMP},
        ),
        ("Picking up and moving: He reports he can pick up a coin from the floor.", {NS}),
        ("Reaching: No difficulty reported raising either arm above head height.", {SUP}),
        ("He can move a one litre carton of milk between tables.", {SUP}),
        ("Continence: No bladder or bowel problems reported.", {SUP}),
        (
            "Physical examination: lumbar flexion to mid-thigh; straight leg raise 60 degrees on the left; normal power in both lower limbs.",
            {IMP},
        ),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, relapsing-remitting multiple sclerosis, husband present, careless assessor
    turns = [
        (
            "A",
            "Hello, Mrs Lindqvist? I'm Mark from the assessment service, I've come for your home visit. Can I come in?",
        ),
        (
            "C",
            "Yes, come in. Sorry about the mess. My husband Tom will show you through, I'm slow getting up.",
        ),
        ("P", "Come through, she's in the living room."),
        (
            "A",
            "Thanks. So, it's twenty to two now, let's get started. You've got multiple sclerosis?",
        ),
        (
            "C",
            "Yes, relapsing remitting. I was diagnosed in twenty fifteen. I had a bad relapse in January and I haven't really got back to how I was.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "I have an injection, Copaxone, three times a week, and baclofen for the spasms, and something for my bladder.",
        ),
        ("A", "Okay. How's your bladder?"),
        (
            "C",
            "I've got urgency. I have to go maybe every hour, and a few times a week I don't make it. I wear pads now.",
        ),
        ("A", "Do you manage the pads yourself?"),
        ("C", "Yes, I can do that myself."),
        ("A", "Right. Cooking?"),
        (
            "C",
            "Tom does all the cooking. My hands go numb and I drop things. I burnt myself with the kettle in the summer, so I don't use it on my own now.",
        ),
        (
            "P",
            "I do everything in the kitchen, to be honest. She'll make a sandwich if I've left things out for her.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "Tom has to help me in and out of the bath. On a good day I can wash myself once I'm in, but on bad days he washes my hair and my back.",
        ),
        ("A", "How many bad days?"),
        ("C", "Um, most of the week, I'd say. Four or five days."),
        ("A", "And can you stand up for me and walk over to the door?"),
        ("C", "I'll try. Tom, can you pass me the frame? Sorry, my legs are really stiff today."),
        ("A", "Okay, that's fine, sit back down. How far can you go outside?"),
        (
            "C",
            "With the frame, to the car. That's about ten metres. Further than that I use the wheelchair and Tom pushes me.",
        ),
        ("A", "Do you go out on your own?"),
        ("C", "Never. I get the fatigue, and my eyesight goes blurry, I'd be frightened."),
        ("A", "And managing money?"),
        (
            "C",
            "I can do that, I do the bills online. But my memory isn't great, so Tom checks them for me.",
        ),
        ("A", "Right, that's all I need. It's ten to two. Thanks."),
        ("P", "Is that it? That was quick."),
    ]
    report = [
        ("Home visit. Present: the claimant and her husband.", {SUP}),
        ("Consultation start 13:40, end 14:35.", {IMP}),
        (
            "She has relapsing-remitting multiple sclerosis diagnosed in 2015, with a relapse in January from which she has not fully recovered.",
            {SUP},
        ),
        (
            "Medication: Copaxone injections three times a week, baclofen for spasms and medication for her bladder.",
            {SUP},
        ),
        (
            "Activity 5 - Managing toilet needs or incontinence: She has urinary urgency and wears pads, which she manages herself.",
            {SUP},
        ),
        ("She reports episodes of incontinence approximately once a month.", {NC}),
        (
            "Activity 1 - Preparing food: She is able to prepare a simple meal and uses the kettle safely.",
            {NS},
        ),
        ("Activity 4 - Washing and bathing: She is able to wash herself once in the bath.", {QD}),
        ("She describes bad days on two or three days a week.", {NC}),
        (
            "Informal observations: She rose from the sofa independently and walked to the door with a normal gait and no walking aid.",
            {IMP},
        ),
        (
            "Mobility 2 - Moving around: She walks approximately 10 metres with a frame and uses a wheelchair, pushed by her husband, for longer distances.",
            {SUP},
        ),
        (
            "Mobility 1 - Planning and following journeys: She states she goes out alone to local shops.",
            {NS},
        ),
        ("Activity 10 - Making budgeting decisions: She manages her household bills online.", {QD}),
    ]
    return turns, report


def _case_03():
    # WCA, telephone, depression and anxiety, claimant alone and hesitant, no times given
    turns = [
        (
            "A",
            "Hello, is that Mr Callum Reid? I'm calling about your work capability assessment. My name's Joanne, I'm a mental health nurse. Is it okay to go ahead by phone?",
        ),
        ("C", "Um, yeah. Yeah, that's me."),
        ("A", "Is anyone with you?"),
        ("C", "No. Just me."),
        ("A", "Okay. Can you tell me about your mental health?"),
        (
            "C",
            "I've got, um, depression and anxiety. It's been about six years. It got worse after I lost my job last year.",
        ),
        ("A", "Are you seeing anyone for it?"),
        (
            "C",
            "I see my GP every couple of months. I was on the waiting list for talking therapy, but, um, I missed the appointment. I couldn't face going.",
        ),
        ("A", "Medication?"),
        ("C", "Sertraline, a hundred milligrams. And propranolol, for the, um, the panic."),
        ("A", "How often do you have panic attacks?"),
        ("C", "It depends. Maybe two or three a week. More if I have to go somewhere."),
        ("A", "Do you go out?"),
        (
            "C",
            "Not much. I go to the shop at the end of the road, um, early in the morning when it's quiet. If there's a queue I just leave.",
        ),
        ("A", "Would you go somewhere you haven't been before, on your own?"),
        (
            "C",
            "No. No, I wouldn't. My mum took me to the jobcentre last time. I wouldn't have gone otherwise.",
        ),
        ("A", "How do you get on with people?"),
        (
            "C",
            "I don't really see anyone. My mum comes round on Sundays. I don't answer the door to anyone else.",
        ),
        ("A", "Personal care. Do you wash and change your clothes?"),
        (
            "C",
            "Um, not as much as I should. Sometimes I don't shower for a week. My mum has to tell me.",
        ),
        ("A", "Have you had any thoughts of harming yourself?"),
        (
            "C",
            "Sometimes I think everyone would be better off. I haven't done anything. I, um, I took some tablets two years ago. I was in hospital overnight.",
        ),
        ("A", "Are you safe at the moment?"),
        ("C", "Yeah. I think so."),
        ("A", "Can you concentrate on things, like watching TV?"),
        (
            "C",
            "I put the telly on, but I don't really follow it. I can't read a book anymore, I lose my place.",
        ),
        ("A", "Okay, thank you. That's the end of the questions."),
    ]
    report = [
        ("Telephone assessment. The claimant was alone.", {SUP}),
        (
            "He reports depression and anxiety for approximately six years, worse since losing his job last year.",
            {SUP},
        ),
        ("He sees his GP monthly.", {NC}),
        ("Medication: sertraline 100 mg and propranolol.", {SUP}),
        ("He reports panic attacks approximately once a week.", {NC}),
        ("Getting about: He goes to the local shop independently.", {QD}),
        ("He states he would be able to go to an unfamiliar place on his own if required.", {NS}),
        ("Coping with social engagement: He sees family and friends regularly.", {NS}),
        ("Initiating and completing personal action: He washes and changes his clothes.", {QD}),
        ("He reports an overdose two years ago, with an overnight hospital admission.", {SUP}),
        (
            "Mental state examination: good eye contact, appropriately dressed, no psychomotor retardation.",
            {IMP},
        ),
        ("The assessment lasted 50 minutes.", {IMP}),
    ]
    return turns, report


def _case_04():
    # PIP, video, autism with a learning disability, mother answers much of it, kind assessor
    turns = [
        (
            "A",
            "Hello, can you both see and hear me alright? I'm Sarah, I'm an occupational therapist, and this is your PIP assessment by video call.",
        ),
        ("P", "Yes, we can see you. I'm Jamie's mum, Karen. Jamie's sitting next to me."),
        ("A", "Hello Jamie. Is it okay if I ask you some questions, and your mum can help?"),
        ("C", "Yes."),
        ("A", "Can you tell me what you did this morning?"),
        ("C", "I had cereal. And I played on my computer."),
        (
            "P",
            "I had to get him up, he won't get up on his own. I wake him three or four times before he's out of bed.",
        ),
        ("A", "Jamie, do you make your own food?"),
        ("C", "I make toast. And cereal."),
        (
            "P",
            "He'll make toast if I stand with him. He left the grill on once and it caught fire, so he doesn't use the cooker unless I'm there.",
        ),
        ("A", "What about medication?"),
        ("P", "He's on melatonin for sleep. I give it to him every night, he'd forget otherwise."),
        ("A", "Washing. Jamie, do you have a shower?"),
        ("C", "Sometimes."),
        (
            "P",
            "I have to remind him every day, and I check he's used shampoo. Otherwise he'd just stand under the water.",
        ),
        ("A", "Getting dressed?"),
        ("C", "I can get dressed."),
        (
            "P",
            "He can, but I lay his clothes out, otherwise he'd wear the same thing, and in winter he'll go out in a t-shirt.",
        ),
        ("A", "Jamie, how do you feel about going out, on a bus for example?"),
        ("C", "I don't like the bus. It's loud."),
        (
            "P",
            "He's never been on a bus on his own. He gets overwhelmed, he puts his hands over his ears and rocks. The one time he got lost in town, the police brought him home. He was seventeen.",
        ),
        (
            "A",
            "And money. Jamie, if you bought something for two pounds fifty and gave five pounds, how much change would you get?",
        ),
        ("C", "Um. I don't know. Three?"),
        ("A", "That's okay. Does he use money?"),
        ("P", "He has a bank card but I keep it. He'd give it to anyone."),
        ("A", "Does Jamie see friends?"),
        (
            "P",
            "He's got one friend from college he games with online. He doesn't see anyone face to face.",
        ),
        ("A", "Thank you both. I've got all I need."),
        ("C", "Bye."),
    ]
    report = [
        (
            "Video assessment. The claimant was accompanied by his mother, who helped with answers.",
            {SUP},
        ),
        ("His mother reports she wakes him once each morning.", {NC}),
        ("Activity 1 - Preparing food: He prepares toast and cereal independently.", {QD}),
        ("He uses the cooker safely.", {NS}),
        ("Activity 3 - Managing therapy: He takes melatonin at night.", {QD}),
        ("Activity 4 - Washing and bathing: He showers daily.", {QD}),
        (
            "Activity 6 - Dressing and undressing: His mother lays out his clothes, as otherwise he would wear clothing unsuitable for the weather.",
            {SUP},
        ),
        (
            "Mobility 1 - Planning and following journeys: He has travelled by bus on his own on a few occasions.",
            {NS},
        ),
        ("He became lost in town aged 15 and was brought home by the police.", {NC}),
        (
            "Activity 10 - Making budgeting decisions: He correctly calculated the change from £5 for a £2.50 purchase.",
            {IMP},
        ),
        (
            "Activity 9 - Engaging with other people: He has one friend from college with whom he games online, and does not see anyone face to face.",
            {SUP},
        ),
        ("Informal observations: Jamie answered all questions himself without assistance.", {IMP}),
    ]
    return turns, report


def _case_05():
    # PIP, telephone, retinitis pigmentosa (severe sight impairment), adult daughter on speaker, claimant rambles a little
    turns = [
        (
            "A",
            "Hello, is that Mr Desmond Achebe? I'm calling for your PIP telephone assessment. My name is Claire, and I'm a paramedic by background.",
        ),
        ("C", "Yes, hello. My daughter's here with me on the speaker, is that alright?"),
        ("A", "Of course. Could she tell me her name?"),
        ("P", "I'm Abi, his daughter. I live round the corner."),
        ("A", "Thanks, Abi. Mr Achebe, tell me about your eyesight."),
        (
            "C",
            "I've got retinitis pigmentosa. I've had it since I was young, but it's got much worse in the last five years. I've only got a little tunnel of vision left, and at night I can't see anything. I've been registered severely sight impaired since twenty nineteen.",
        ),
        ("A", "Do you use any aids?"),
        (
            "C",
            "I use a long cane. I had mobility training with the council. And I've got a talking watch, and the phone reads things out to me.",
        ),
        ("A", "Let's talk about cooking."),
        (
            "C",
            "I do a bit. I've got bumps on the cooker dial so I can find the settings, and a little liquid level thing that beeps when the cup's full. But I've burnt myself a few times on the oven, so Abi batch cooks on a Sunday and I heat it up in the microwave.",
        ),
        ("P", "He's had three burns this year. I'd rather he didn't use the oven at all."),
        ("A", "And reading?"),
        (
            "C",
            "I can't read print at all. Letters, Abi reads them. I can't even read the big print now.",
        ),
        ("A", "How about getting out? Do you go out on your own?"),
        (
            "C",
            "I go to the paper shop, it's about a hundred metres, with the cane. That's a route I know, I've done it for years. Anywhere new, I need someone with me. I got on the wrong bus once and ended up in Salford, that was, um, two years ago, and I haven't been on a bus on my own since.",
        ),
        ("A", "Do you have any problems walking, physically?"),
        ("C", "No, my legs are fine. It's just the seeing."),
        ("A", "And managing your money?"),
        ("C", "I do my banking on the phone. Abi checks my post for bills."),
        ("A", "Okay. How's your mood?"),
        (
            "C",
            "I get a bit fed up, but I'm alright. I go to a social group for blind people on Thursdays.",
        ),
        ("A", "Lovely. Thank you both, that's everything."),
    ]
    report = [
        ("Telephone assessment. Present: the claimant and his daughter.", {SUP}),
        (
            "He has retinitis pigmentosa and has been registered severely sight impaired since 2009.",
            {NC},
        ),
        ("He uses a long cane and has received mobility training.", {SUP}),
        (
            "Activity 1 - Preparing food: He cooks his own meals using tactile markers on the cooker dials and a liquid level indicator.",
            {QD},
        ),
        ("His daughter reports one minor burn in the past year.", {NC}),
        (
            "Activity 8 - Reading and understanding: He is unable to read standard print but is able to read large print.",
            {NS},
        ),
        (
            "Mobility 1 - Planning and following journeys: He walks on his own with a long cane to the local paper shop, approximately 100 metres, on a familiar route.",
            {SUP},
        ),
        ("He reports he is able to follow an unfamiliar route alone using his cane.", {NS}),
        ("He has not used a bus alone since getting lost two years ago.", {SUP}),
        ("Mobility 2 - Moving around: No physical restriction on walking.", {SUP}),
        (
            "Informal observations: He located the telephone and read the consent statement without difficulty.",
            {IMP},
        ),
        (
            "Activity 10 - Making budgeting decisions: He manages his own banking by telephone.",
            {QD},
        ),
        ("He attends a social group for visually impaired people weekly.", {SUP}),
    ]
    return turns, report


def _case_06():
    # WCA, face to face at an assessment centre, COPD on home oxygen, claimant alone, careless assessor
    turns = [
        (
            "A",
            "Morning. Mr Brennan? Come in and sit down. I'm the healthcare professional doing your assessment. Did you come on your own?",
        ),
        ("C", "Yes, on my own. Give me a second. I'm a bit out of breath from that corridor."),
        ("A", "Take your time. How did you get here?"),
        ("C", "Taxi. I couldn't manage the bus stop, it's up a hill."),
        ("A", "You've got COPD?"),
        (
            "C",
            "Yes, emphysema. I was a smoker, forty a day. I stopped eight years ago. I'm on three inhalers, and oxygen at night.",
        ),
        ("A", "How many hours of oxygen?"),
        ("C", "About twelve hours. Overnight and some of the afternoon."),
        ("A", "How far can you walk on the flat?"),
        (
            "C",
            "Thirty metres maybe, then I've got to stop and get my breath. I might do it again after a couple of minutes, but then I'm done.",
        ),
        ("A", "Stairs?"),
        (
            "C",
            "I moved into a ground floor flat because of the stairs. Two or three steps and I'm puffed.",
        ),
        ("A", "Any chest infections?"),
        ("C", "Four this winter. I was in hospital in February for five days."),
        ("A", "Can you lift things? A bag of shopping?"),
        ("C", "Not really, I get it delivered. I can lift a kettle, if it's half full."),
        ("A", "Are you able to stand for a while, say at a counter?"),
        (
            "C",
            "Standing still isn't too bad, it's moving that gets me. Maybe ten minutes standing and then I want to sit.",
        ),
        ("A", "Any other problems?"),
        ("C", "My mood's low. I don't go out much now. My sister does my shopping with me online."),
        (
            "A",
            "Okay, I'm going to listen to your chest. Deep breaths. Right, there's quite a wheeze there. Let me just check your oxygen with this clip on your finger. That's ninety one percent.",
        ),
        ("C", "It's usually about that."),
        ("A", "Fine. That's all, thanks."),
    ]
    report = [
        ("Face to face assessment. He attended alone.", {SUP}),
        ("He travelled to the assessment centre by taxi.", {SUP}),
        ("He has COPD (emphysema) and is an ex-smoker, having stopped 18 years ago.", {NC}),
        ("He uses home oxygen for approximately 12 hours a day.", {SUP}),
        ("Mobilising: He can walk approximately 100 metres on the flat.", {NC, QD}),
        (
            "He reports four chest infections this winter, with a five-day hospital admission in February.",
            {SUP},
        ),
        ("He lives in a first floor flat and manages the stairs.", {NS}),
        ("Standing and sitting: He reports he can stand for about 10 minutes.", {SUP}),
        (
            "Informal observations: He walked into the room at a normal pace and was not breathless on arrival.",
            {IMP},
        ),
        ("Examination: chest clear on auscultation, no wheeze.", {IMP}),
        ("Oxygen saturation 97% on room air.", {NC}),
        ("Picking up and moving: He is able to lift and carry a bag of shopping.", {NS}),
        ("His sister helps him with his shopping online.", {SUP}),
    ]
    return turns, report


def _case_07():
    # PIP, face to face at an assessment centre, PTSD (veteran), support worker present, kind assessor, times spoken
    turns = [
        (
            "A",
            "Good afternoon, Mr Doyle. I'm Helen, I'm a nurse. It's quarter past two, so we'll start now. And you've brought someone with you?",
        ),
        ("C", "Yeah. This is Lisa, my support worker from the veterans' charity."),
        ("P", "Hi. I'm happy to help if he gets stuck."),
        ("A", "Great. Mr Doyle, you have post traumatic stress disorder?"),
        (
            "C",
            "Yeah. From Afghanistan. I left the army in twenty twelve. It's got worse the last couple of years.",
        ),
        ("A", "How does it affect you day to day?"),
        (
            "C",
            "Nightmares, most nights. I only get three, four hours sleep. And I check the doors and windows, um, over and over, like ten times before bed.",
        ),
        ("A", "Do you have flashbacks?"),
        (
            "C",
            "Loud noises set me off. Fireworks, a car backfiring. I had one on the way in. A lorry.",
        ),
        (
            "P",
            "He was shaking in the car park. We had to sit in the car for about fifteen minutes before he could come in.",
        ),
        ("A", "I'm sorry to hear that. How do you get on in crowds, in shops?"),
        (
            "C",
            "I don't. I shop at night, at the big Tesco, when it's empty. If Lisa's with me I can manage a bit more.",
        ),
        ("A", "Do you drive?"),
        ("C", "I stopped driving. I had a flashback on the motorway."),
        ("A", "Do you see anyone socially?"),
        (
            "C",
            "My brother. Once a month, maybe. I can't be around people I don't know. I get, um, on edge. I start looking for the exits.",
        ),
        ("A", "Any problems with anger?"),
        ("C", "Yeah. I got into a fight in a pub two years back. I don't go to pubs now."),
        (
            "P",
            "He does really well with me, but he struggles with phone calls too. I make most of his appointments for him.",
        ),
        ("A", "How about cooking and eating?"),
        ("C", "I can cook. I'm alright with that. I just don't eat much, I forget to."),
        ("A", "Medication?"),
        (
            "C",
            "Sertraline, and prazosin for the nightmares. I take them myself. I use a dosette box.",
        ),
        ("A", "Thanks. Are you okay to carry on?"),
        ("C", "Can we, um, can I have a minute? I need to step out."),
        ("A", "Of course."),
        ("C", "Okay. I'm back. Sorry."),
        (
            "A",
            "No need to apologise. It's twenty five past two, and I think we've covered everything. Thank you both.",
        ),
    ]
    report = [
        ("Face to face consultation at the assessment centre, 14:15 to 15:20.", {IMP}),
        ("He was accompanied by his support worker from a veterans' charity.", {SUP}),
        (
            "He has PTSD related to military service in Afghanistan and left the army in 2012.",
            {SUP},
        ),
        ("He reports nightmares most nights and sleeps around six hours.", {NC}),
        ("He checks the doors and windows repeatedly before bed.", {SUP}),
        (
            "Informal observations: He appeared relaxed and remained settled throughout the consultation.",
            {IMP},
        ),
        (
            "Mobility 1 - Planning and following journeys: He shops at a large supermarket independently.",
            {QD},
        ),
        ("He drives locally.", {NS}),
        ("Activity 9 - Engaging with other people: He sees his brother weekly.", {NC}),
        (
            "Activity 3 - Managing therapy: He manages his medication independently using a dosette box.",
            {SUP},
        ),
        ("His support worker states he manages his own phone calls and appointments.", {NS}),
    ]
    return turns, report


def _case_08():
    # WCA, home visit, Parkinson's disease, wife present and correcting him, careless assessor
    turns = [
        (
            "A",
            "Hello, Mr Patel? I'm here for the home assessment for your ESA. I'm Gareth, I'm a physiotherapist.",
        ),
        (
            "P",
            "Come in, I'm his wife, Meena. He's in the back room. He's just had his tablets, so he's a bit better at the moment.",
        ),
        ("A", "Thank you. Hello, Mr Patel. Don't get up."),
        ("C", "Hello. Thank you for coming to the house."),
        ("A", "You've got Parkinson's disease. When was that diagnosed?"),
        ("C", "Twenty eighteen. I was fifty four."),
        ("A", "What are the main problems?"),
        (
            "C",
            "The tremor, in my right hand. And I freeze. I'm walking and then my feet just stop, like they're glued to the floor. I've fallen maybe six times since Christmas.",
        ),
        ("P", "Eight. He fell in the bathroom last week as well."),
        ("C", "Alright, eight."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Around the house, with the stick. Outside, to the gate, maybe fifteen metres. When the tablets wear off I can hardly move at all.",
        ),
        ("A", "How often do they wear off?"),
        ("C", "Every day, about an hour before the next dose. I take them five times a day."),
        ("A", "Can you use a pen, or a keyboard?"),
        (
            "C",
            "My writing's tiny now, nobody can read it. I type with one finger, my left hand, very slowly.",
        ),
        ("A", "Can you pick up a coin?"),
        ("C", "Sometimes. It takes a few goes."),
        ("A", "And your speech, do people understand you?"),
        ("P", "Strangers struggle. His voice is very quiet. On the phone I have to speak for him."),
        ("A", "Any problems with your bladder?"),
        ("C", "I have to get up three times at night to pass water. No accidents."),
        ("A", "Can you stand up for me and walk to the kitchen door?"),
        ("C", "I'll try. Meena, hold my arm."),
        ("P", "I've got you. Slowly."),
        ("A", "Okay, that's fine, you can sit down. Thank you."),
        ("C", "Sorry, it's slow."),
        ("A", "No problem. That's all I need."),
    ]
    report = [
        ("Home visit. His wife was present.", {SUP}),
        ("Parkinson's disease diagnosed in 2018.", {SUP}),
        ("He reports approximately three falls since Christmas.", {NC}),
        ("Mobilising: He can walk approximately 50 metres outdoors with a stick.", {NC}),
        ("He takes his Parkinson's medication three times a day.", {NC}),
        ("Manual dexterity: He is able to write and to use a keyboard.", {QD}),
        ("He can pick up a coin.", {QD}),
        ("Making self understood: His speech is clear and he is understood by strangers.", {NS}),
        ("Continence: No incontinence; he gets up three times a night to pass urine.", {SUP}),
        (
            "Observation: He rose from the chair and walked to the kitchen door unaided, with a steady gait.",
            {IMP},
        ),
        ("He reports no falls inside the home.", {NS}),
    ]
    return turns, report


def _case_09():
    # PIP, telephone, ME/CFS, claimant alone, rambles and corrects herself, needs to lie down, times spoken
    turns = [
        (
            "A",
            "Hello, it's Daniel calling from the assessment provider. Is that Ms Rachel Fenwick? It's nine o'clock, so we're right on time.",
        ),
        (
            "C",
            "Yes, hi. Sorry, I've got my notes here, I'll try to keep up. I might need to lie down partway through, is that okay?",
        ),
        ("A", "That's fine. Is anyone with you?"),
        ("C", "No. My mum was going to come, but she's not well."),
        ("A", "Tell me about your condition."),
        (
            "C",
            "I've got ME, chronic fatigue syndrome. It started after glandular fever when I was, um, twenty six, so that's eight years ago now. No, wait, nine. Nine years. I used to be a teacher, I had to give up in, um, twenty twenty one.",
        ),
        ("A", "What's a typical day like?"),
        (
            "C",
            "I wake up exhausted. I spend most of the day in bed or on the sofa. If I do one thing, like a shower, that's my energy for the day. And if I overdo it I crash for days, sometimes a week. I can't predict it.",
        ),
        ("A", "How often do you shower?"),
        (
            "C",
            "Maybe once a week, and I sit down for it. I wash at the sink on other days, sort of, with a flannel. My hair, I can't lift my arms long enough, so I've stopped washing it myself. My mum comes over and does it every fortnight.",
        ),
        ("A", "And cooking?"),
        (
            "C",
            "I don't really cook. I have ready meals, in the microwave. Sometimes I can't even stand up long enough for that, so I eat crisps or cereal bars from the bedside. Sorry, I'm rambling.",
        ),
        ("A", "That's fine. What about getting out?"),
        (
            "C",
            "I go out maybe twice a month, to the GP or something. Mum drives me. I can walk, um, from the car to the surgery door, it's not far, twenty metres or so, but then I'm wiped out. I've got a wheelchair for anything longer, but I can't push myself.",
        ),
        ("A", "Could you go somewhere on your own?"),
        ("C", "Physically, no. I don't have the energy. Mentally I'd know the way, it's not that."),
        ("A", "And concentration?"),
        ("C", "Brain fog. I read a page and it's gone. I set alarms for everything."),
        ("A", "Okay. Are you alright?"),
        (
            "C",
            "Sorry, I need to lie down. Can you give me a second. Okay. I'm on the bed now. Carry on.",
        ),
        ("A", "Just one more thing. Your medication?"),
        (
            "C",
            "Nothing specific. Paracetamol and, um, I take vitamin D. I tried amitriptyline, but it didn't suit me.",
        ),
        ("A", "Okay, that's everything. It's now seven minutes past nine. Thanks, Rachel."),
    ]
    report = [
        ("Telephone consultation, 09:00 to 09:07.", {SUP}),
        ("She has ME/CFS with onset nine years ago following glandular fever.", {SUP}),
        ("She gave up work as a teacher in 2021.", {SUP}),
        ("Typical day: She rests for part of the day and undertakes light household tasks.", {NS}),
        ("She reports that overexertion results in a flare lasting about a day.", {NC}),
        (
            "Activity 4 - Washing and bathing: She showers once a week and strip washes on other days.",
            {QD},
        ),
        ("She washes her own hair.", {NS}),
        ("Activity 1 - Preparing food: She uses a microwave to prepare ready meals.", {QD}),
        ("Mobility 2 - Moving around: She can walk approximately 50 metres.", {NC, QD}),
        (
            "Mobility 1 - Planning and following journeys: She goes out approximately twice a week.",
            {NC},
        ),
        (
            "Informal observations: She remained seated throughout the call and did not need a break.",
            {IMP},
        ),
        ("Medication: paracetamol and vitamin D; amitriptyline was not tolerated.", {SUP}),
    ]
    return turns, report


def _case_10():
    # WCA, video, epilepsy, friend present, brisk assessor
    turns = [
        (
            "A",
            "Hi, can you hear me? This is your work capability assessment by video. I'm Tom, I'm a nurse. Is it just you there?",
        ),
        ("C", "My friend Sophie's here. She's seen most of my seizures."),
        ("P", "Hi."),
        ("A", "Okay. Tell me about the epilepsy."),
        (
            "C",
            "I have tonic clonic seizures, and absences. The big ones, I had one three weeks ago. I have about two a month, usually. The absences are every day, I lose a few seconds.",
        ),
        (
            "P",
            "When she has a big one she's out of it for hours afterwards. She sleeps the rest of the day, and she's confused.",
        ),
        ("A", "Do you get any warning?"),
        ("C", "Sometimes a funny taste, but not always. Usually nothing."),
        ("A", "Have you injured yourself?"),
        (
            "C",
            "I've broken my wrist, and I bit my tongue badly last month. I can't cook on the hob anymore, I only use the microwave.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Levetiracetam, a thousand milligrams twice a day, and lamotrigine. They keep changing it.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Only short walks, round the block. Anything further, I want someone with me, because if I have one in the street people call an ambulance, or I could walk into the road.",
        ),
        ("A", "Are you driving?"),
        ("C", "No, I lost my licence."),
        ("A", "Any incontinence with the seizures?"),
        ("C", "Yes. Most times with the big ones I wet myself."),
        ("A", "Okay. Any problems with your hands or arms?"),
        ("C", "No, apart from the wrist aching."),
        ("A", "Fine. That's all."),
    ]
    report = [
        ("Video assessment. The claimant was alone.", {IMP}),
        (
            "She has epilepsy with tonic-clonic seizures approximately twice a year, and daily absences.",
            {NC},
        ),
        ("She reports a warning aura before most seizures.", {NS}),
        ("Her friend states that she recovers within around 30 minutes of a seizure.", {NC}),
        ("She has sustained a fractured wrist and a tongue injury during seizures.", {SUP}),
        ("Medication: levetiracetam 500 mg twice daily and lamotrigine.", {NC}),
        ("Getting about: She goes out alone.", {QD}),
        ("She no longer drives, having lost her licence.", {SUP}),
        ("Manual dexterity: No problems with her hands or arms apart from an aching wrist.", {SUP}),
        ("She cooks using the hob.", {NS}),
        ("Assessment duration: 45 minutes.", {IMP}),
    ]
    return turns, report


def _case_11():
    # PIP, telephone, bipolar disorder, independent advocate present and clarifying
    turns = [
        (
            "A",
            "Hello, is that Mr Kieran Walsh? My name's Angela, and I'll be doing your PIP assessment over the phone today. I understand you have someone with you?",
        ),
        ("C", "Yes, my advocate, Femi, from Mind."),
        (
            "P",
            "Hello, Femi Adeyemi. I'm an independent advocate. Kieran's asked me to join the call and to help him if he needs it.",
        ),
        ("A", "Thank you. Kieran, can you tell me about your condition?"),
        (
            "C",
            "I've got bipolar disorder. Type one. I was sectioned in twenty twenty two for about three months. When I'm high I spend everything and I don't sleep, and when I'm low I can't get out of bed for weeks.",
        ),
        ("A", "How are you at the moment?"),
        ("C", "Low-ish. I'm on lithium and quetiapine. My CPN sees me every two weeks."),
        ("A", "Do you manage the lithium yourself?"),
        (
            "C",
            "I have blood tests every three months. My sister does my tablets in a blister pack, and she rings me at night to check I've taken them. When I've been unwell I've stopped taking them before.",
        ),
        ("A", "How about money?"),
        (
            "C",
            "I've got a lot of debt. I spent about eight thousand pounds in one week, last time I was high. So now my sister has appointeeship, well, she helps me with the bank. I have a card with a limit on it.",
        ),
        (
            "P",
            "Just to clarify, it's not formal appointeeship. His sister manages his main account, and he has a prepaid card with a weekly allowance.",
        ),
        ("A", "Thank you. Cooking?"),
        (
            "C",
            "When I'm low I don't eat. I lost two stone last year. When I'm okay I can cook pasta, basic stuff.",
        ),
        ("A", "How many days would you say you're low?"),
        ("C", "At the moment, most days. This last month, maybe, um, twenty days out of thirty."),
        ("A", "And socially, do you see people?"),
        (
            "C",
            "I don't like crowds. I go to a peer support group at Mind on Wednesdays. Femi takes me.",
        ),
        ("A", "Do you travel on your own?"),
        (
            "C",
            "I can get the bus, when I'm well. When I'm low I just don't leave the house. When I'm high I've ended up in other cities, not knowing how I got there.",
        ),
        ("A", "Okay. That's everything. Thank you both."),
    ]
    report = [
        ("Telephone assessment. The claimant was accompanied by an independent advocate.", {SUP}),
        (
            "He has bipolar affective disorder type 1 and was detained under the Mental Health Act in 2022 for approximately three weeks.",
            {NC},
        ),
        ("He is seen by his CPN monthly.", {NC}),
        ("He has lithium blood tests every three months.", {SUP}),
        ("Activity 3 - Managing therapy: He manages his medication independently.", {QD}),
        ("Activity 10 - Making budgeting decisions: He manages his own bank account.", {NS}),
        ("He reported spending approximately £800 in one week during a manic episode.", {NC}),
        ("Activity 1 - Preparing food: He is able to cook basic meals such as pasta.", {QD}),
        ("He reports low mood on around twenty days in the last month.", {SUP}),
        (
            "Activity 9 - Engaging with other people: He attends a weekly peer support group, accompanied by his advocate.",
            {SUP},
        ),
        (
            "Mobility 1 - Planning and following journeys: He is able to travel by bus independently.",
            {QD},
        ),
        ("Informal observations: He was casually dressed and made good eye contact.", {IMP}),
    ]
    return turns, report


def _case_12():
    # PIP, face to face at an assessment centre, rheumatoid arthritis, claimant alone, partial examination, times spoken
    turns = [
        (
            "A",
            "Hello, Mrs Gwen Parry? Come through. I'm Olu, I'm a physiotherapist. Have you come on your own?",
        ),
        ("C", "Yes. My neighbour dropped me off, she's waiting in the car park."),
        (
            "A",
            "Lovely. It's about half past eleven, so we'll make a start. You've got rheumatoid arthritis?",
        ),
        ("C", "Yes, for twelve years. Mainly my hands and wrists, and my knees. And my feet now."),
        ("A", "Medication?"),
        (
            "C",
            "Methotrexate injection once a week, folic acid, and I'm on a biologic, adalimumab, every two weeks. And I've been on steroids this month because of a flare.",
        ),
        ("A", "How are your hands in the morning?"),
        (
            "C",
            "Stiff as anything. It's two hours before I can do up a button. I can't open jars at all. I've got a gadget for it, but even that's hard.",
        ),
        ("A", "Can you cut up vegetables?"),
        (
            "C",
            "I buy them ready chopped. I've got a special knife with a thick handle, but I still drop it.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I wear things with no buttons now, elastic waists. My husband does my bra and my shoes. Slip-on shoes.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a flare day, I can't get down the stairs without help. On a normal day, about sixty, seventy metres. My knees swell up if I go further.",
        ),
        ("A", "How many flare days do you get?"),
        ("C", "About ten days a month. Maybe a bit more."),
        ("A", "Can I have a look at your hands? Make a fist for me."),
        ("C", "That's as far as it goes. I can't close it."),
        (
            "A",
            "Okay. And can you push against my hands? Good. Can you stand up and squat down for me?",
        ),
        ("C", "I can't squat. I'd never get back up. I'm sorry."),
        (
            "A",
            "That's alright, we won't do that. Let's have a look at your knees instead. There's some swelling on the right.",
        ),
        ("C", "That's the bad one."),
        ("A", "Thank you. That's all. It's now twenty five to twelve."),
    ]
    report = [
        ("Face to face assessment at the assessment centre. She attended alone.", {SUP}),
        ("Consultation 11:30 to 11:35.", {SUP}),
        (
            "She has had rheumatoid arthritis for 12 years, affecting her hands, wrists, knees and feet.",
            {SUP},
        ),
        (
            "Medication: weekly methotrexate injection, folic acid and adalimumab monthly; currently taking steroids for a flare.",
            {NC},
        ),
        ("She reports morning stiffness in her hands lasting about 30 minutes.", {NC}),
        (
            "Activity 1 - Preparing food: She buys pre-chopped vegetables and has an adapted knife.",
            {SUP},
        ),
        (
            "Activity 6 - Dressing and undressing: She dresses independently, choosing clothing without fastenings.",
            {QD},
        ),
        ("Mobility 2 - Moving around: She can walk 60 to 70 metres.", {QD}),
        ("She reports flares on approximately four days a month.", {NC}),
        (
            "Physical examination: grip strength normal bilaterally; able to make a full fist with both hands.",
            {IMP},
        ),
        ("She was able to squat and rise without support.", {IMP}),
        ("Swelling of the right knee was noted.", {SUP}),
        ("She drove herself to the assessment centre.", {NS}),
    ]
    return turns, report


def _case_13():
    # WCA, telephone, Crohn's disease (continence), claimant alone, brisk assessor
    turns = [
        (
            "A",
            "Good afternoon, am I speaking to Mr Liam Hughes? I'm calling for your work capability assessment over the phone. I'm Sandra, a nurse. Can you confirm your date of birth?",
        ),
        ("C", "Yeah, fourteenth of June, nineteen ninety."),
        ("A", "Thanks. Anyone with you?"),
        ("C", "No, just me."),
        ("A", "Tell me about the Crohn's."),
        (
            "C",
            "I was diagnosed at nineteen. I've had two operations, the last one was a bowel resection in twenty twenty three. I'm on infliximab infusions every eight weeks.",
        ),
        ("A", "How often do you open your bowels?"),
        (
            "C",
            "On a bad day, fifteen, twenty times. On an okay day, maybe six or seven. It's urgent. I get maybe a minute or two's warning.",
        ),
        ("A", "Have you had any accidents?"),
        (
            "C",
            "Yes. About once a week I don't make it. Mostly at night. I've had accidents in the car, so I don't go on long journeys.",
        ),
        ("A", "Do you wear any protection?"),
        ("C", "Pads, yeah. And I carry a change of clothes everywhere."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Walking's not really the problem, it's being near a toilet. I can walk, physically, maybe half a mile, but I'd only go somewhere I know there's a loo.",
        ),
        ("A", "Do you get fatigue?"),
        (
            "C",
            "Massively. Especially the week after the infusion. I sleep in the afternoon most days.",
        ),
        ("A", "Any pain?"),
        (
            "C",
            "Cramping pain, most days. I've got co-codamol, but it messes my bowels up even more, so I try not to take it.",
        ),
        ("A", "Mood?"),
        (
            "C",
            "It gets me down. I'm embarrassed. I stopped seeing my mates. I don't go to the pub or the football anymore.",
        ),
        ("A", "Okay. Anything else?"),
        ("C", "I lost my job at the warehouse because I was in the toilet too much."),
        ("A", "Right, thank you, that's the end."),
    ]
    report = [
        ("Telephone assessment. He was alone.", {SUP}),
        (
            "Crohn's disease diagnosed at age 19; bowel resection in 2023; infliximab infusions every eight weeks.",
            {SUP},
        ),
        ("Continence: He reports opening his bowels six to seven times a day.", {QD}),
        ("He reports sufficient warning to reach a toilet.", {NS}),
        ("He reports faecal incontinence around once a month.", {NC}),
        ("He wears pads and carries a change of clothes.", {SUP}),
        ("Mobilising: He can walk approximately half a mile.", {QD}),
        ("He takes co-codamol regularly for abdominal pain.", {NS}),
        ("He reports sleeping in the afternoon occasionally.", {NC}),
        ("He lost his warehouse job because of frequent toilet visits.", {SUP}),
        ("Informal observations: slim build; appeared comfortable throughout.", {IMP}),
    ]
    return turns, report


def _case_14():
    # PIP, home visit, stroke with right hemiplegia and aphasia, paid carer answers most questions
    turns = [
        ("A", "Hello, I'm Ruth, I'm here to do Mr Graham's PIP assessment. Are you his carer?"),
        (
            "P",
            "Yes, I'm Donna, from the care agency. We come in morning and evening. His daughter couldn't make it today.",
        ),
        ("A", "Hello, Mr Graham. How are you today?"),
        ("C", "Hello. I'm... um... okay. Words are... hard."),
        ("A", "That's alright, take your time. When did you have your stroke?"),
        ("C", "Last... last year. May."),
        ("P", "May last year. It affected his right side and his speech."),
        ("A", "Can you use your right hand?"),
        ("C", "No. A bit. Not... not good."),
        (
            "P",
            "He can't grip with it. He does everything with his left now, and he was right handed.",
        ),
        ("A", "Who does the cooking?"),
        (
            "P",
            "We do. Frozen meals are delivered and we heat them up. He can't stand at the cooker, he's in the wheelchair most of the time.",
        ),
        ("A", "Can you stand up, Mr Graham?"),
        ("C", "With... with the frame. Short."),
        ("P", "He can stand with the frame for about a minute, with one of us holding his belt."),
        ("A", "And washing?"),
        (
            "P",
            "We give him a strip wash every morning. He has a shower with us twice a week, on the shower chair.",
        ),
        ("A", "Toileting?"),
        (
            "P",
            "He has a commode by the bed at night. In the day he uses the toilet with a rail, but he needs one of us to help him with his trousers and with wiping.",
        ),
        ("A", "Does he go out?"),
        (
            "P",
            "His daughter takes him out in the wheelchair on Saturdays. He can't push it himself, only one arm works.",
        ),
        ("A", "Mr Graham, do you read your post?"),
        ("C", "No. Letters... go... jumbled."),
        (
            "P",
            "He can read single words sometimes. His daughter deals with all his post and his money.",
        ),
        ("A", "Does he take any tablets?"),
        ("P", "Yes, we give them from a blister pack. Clopidogrel, atorvastatin and ramipril."),
        ("A", "Thank you both. I think that's all I need."),
    ]
    report = [
        ("Home visit. Present: the claimant and a carer from his care agency.", {SUP}),
        ("He had a stroke in May last year affecting his right side and his speech.", {SUP}),
        ("Carers visit three times a day.", {NC}),
        (
            "Informal observations: His speech was fluent and he answered all questions without difficulty.",
            {IMP},
        ),
        ("Activity 1 - Preparing food: He can stand at the cooker to heat meals.", {NS}),
        ("He can stand with a frame for about five minutes.", {NC, QD}),
        ("Activity 4 - Washing and bathing: He showers twice a week using a shower chair.", {QD}),
        ("Activity 5 - Managing toilet needs: He uses the toilet with a grab rail.", {QD}),
        (
            "Mobility 2 - Moving around: His daughter takes him out in a wheelchair on Saturdays.",
            {SUP},
        ),
        ("He is able to self-propel his wheelchair over short distances.", {NS}),
        (
            "Activity 3 - Managing therapy: His medication is given by carers from a blister pack.",
            {SUP},
        ),
        ("Activity 8 - Reading: His daughter deals with his post and finances.", {SUP}),
    ]
    return turns, report


def _case_15():
    # WCA, face to face at an assessment centre, bilateral Meniere's disease with hearing loss, wife present and repeating
    turns = [
        (
            "A",
            "Hello, Mr Sandhu. I'm Chris, I'm a paramedic, and I'll be doing your assessment. Please take a seat.",
        ),
        ("C", "Sorry, could you say that again? I didn't catch it."),
        (
            "P",
            "He's Chris, he's doing the assessment. I'm his wife, Harpreet. I repeat things for him. He lip reads a bit.",
        ),
        ("A", "Of course. I'll speak up. Mr Sandhu, can you tell me about your condition?"),
        (
            "C",
            "Meniere's disease. In both ears now. I've got about thirty percent hearing in my left ear, and the right is nearly gone. And the tinnitus, it's constant, like a jet engine.",
        ),
        ("A", "Do you wear hearing aids?"),
        ("C", "Yes, two. They help a bit in a quiet room. In a noisy place they're useless."),
        ("A", "How often do you get the vertigo attacks?"),
        (
            "C",
            "Two or three times a week. They last anything from twenty minutes to five or six hours. I have to lie down, I'm sick, I can't move.",
        ),
        (
            "P",
            "He had one in the supermarket last month and fell against the shelves. I had to get a wheelchair from the customer service desk.",
        ),
        ("A", "Do you get any warning?"),
        ("C", "Sometimes the ringing gets louder just before. But not always."),
        ("A", "Can you use the phone?"),
        ("C", "Sorry?"),
        ("P", "The phone. Can you use the phone."),
        ("C", "No. Harpreet makes all my calls. I use text messages."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Between attacks, I can walk fine, normal distances. But I always take someone with me, because I never know when one's coming. I don't go out alone.",
        ),
        ("A", "Do you drive?"),
        ("C", "The DVLA took my licence two years ago."),
        ("A", "Could you understand a stranger, for example a shop assistant?"),
        ("C", "If it's quiet and they face me. Usually Harpreet has to repeat it."),
        ("A", "Any problems with your mood?"),
        ("C", "I get frustrated. I used to be a taxi driver. I feel useless."),
        (
            "A",
            "Okay. I'm going to do a quick test. I'll whisper some numbers behind you, can you repeat them? Seven, three, nine.",
        ),
        ("C", "Sorry. No. I didn't hear anything."),
        ("A", "Okay. That's all for today. Thank you both."),
    ]
    report = [
        ("Face to face assessment. He was accompanied by his wife.", {SUP}),
        ("He has bilateral Meniere's disease with constant tinnitus.", {SUP}),
        ("He reports approximately 60% hearing in his left ear.", {NC}),
        ("He wears two hearing aids, which he finds effective.", {QD}),
        ("Vertigo attacks occur two or three times a month, each lasting up to 20 minutes.", {NC}),
        ("He reports a reliable warning before attacks.", {NS}),
        ("Making self understood: He is able to use the telephone.", {NS}),
        (
            "Understanding communication: He can understand a stranger such as a shop assistant.",
            {QD},
        ),
        (
            "Mobilising: He reports he can walk normal distances between attacks, but does not go out alone.",
            {SUP},
        ),
        ("His driving licence was revoked by the DVLA two years ago.", {SUP}),
        (
            "Informal observations: He followed conversation at normal volume without needing repetition.",
            {IMP},
        ),
        ("Whispered voice test: he repeated the numbers correctly.", {IMP}),
        ("He previously worked as a taxi driver.", {SUP}),
    ]
    return turns, report


def _case_16():
    # PIP, video with the claimant's camera switched off, schizophrenia, care coordinator present
    turns = [
        (
            "A",
            "Hello, can you see me okay? I'm Doctor Hassan, and I'm carrying out your PIP assessment on video. Who have we got there?",
        ),
        (
            "P",
            "Hi, I'm Martin, I'm Ayesha's care coordinator from the community mental health team. I'm with her at her flat.",
        ),
        ("A", "Hello, Ayesha. How are you?"),
        ("C", "I'm okay. I'm a bit... I don't like cameras."),
        ("A", "That's alright. We can turn your camera off if you'd prefer?"),
        ("C", "Yeah. Can I turn it off?"),
        ("P", "I'll turn it off for her. We'll keep the sound on."),
        ("A", "Fine. Ayesha, can you tell me about your health?"),
        (
            "C",
            "I've got schizophrenia. I hear voices. They tell me things about people. They're worse at night.",
        ),
        ("A", "How long have you had it?"),
        ("C", "Since I was, um, twenty. I'm thirty one now."),
        ("P", "She's had four admissions. The last one was eighteen months ago."),
        ("A", "Medication?"),
        ("C", "Clozapine. I have to have blood tests."),
        (
            "P",
            "Every four weeks. I check she's taken her tablets when I visit. She has a depot as well. No, sorry, she used to have a depot. She's just on clozapine now.",
        ),
        ("A", "How often do you visit?"),
        ("P", "Twice a week. And there's a support worker who comes in three days."),
        ("A", "Ayesha, do you cook?"),
        (
            "C",
            "Sometimes I make noodles. I don't like using the oven, because the voices say things about it.",
        ),
        ("P", "She mostly lives on noodles and takeaways. She's lost weight."),
        ("A", "Do you go out?"),
        ("C", "To the shop downstairs. Not far. I don't go on buses, people stare at me."),
        ("P", "I take her to her appointments. If she goes on her own, she turns back."),
        ("A", "Do you see friends?"),
        ("C", "No. My brother, sometimes."),
        ("A", "How's your personal care?"),
        (
            "P",
            "She needs reminding to wash, most days. Sometimes she'll go a week without changing her clothes.",
        ),
        ("A", "Okay. Thank you both."),
    ]
    report = [
        ("Video consultation. Present: the claimant and her care coordinator.", {SUP}),
        (
            "Mental state examination: appropriately dressed, good eye contact, no evidence of responding to unseen stimuli.",
            {IMP},
        ),
        (
            "She has schizophrenia, diagnosed at age 20, with auditory hallucinations that are worse at night.",
            {SUP},
        ),
        ("She has had two hospital admissions, the most recent 18 months ago.", {NC}),
        ("She receives a depot injection in addition to clozapine.", {NS}),
        ("Clozapine blood monitoring takes place every four weeks.", {SUP}),
        ("Her care coordinator visits weekly.", {NC}),
        ("Activity 1 - Preparing food: She prepares simple meals such as noodles.", {QD}),
        (
            "Mobility 1 - Planning and following journeys: She travels by bus to the local shops.",
            {NS},
        ),
        ("Activity 4 - Washing and bathing: She manages her personal hygiene.", {QD}),
    ]
    return turns, report


def _case_17():
    # WCA, telephone, heart failure with an ICD, claimant alone, brisk assessor, times spoken
    turns = [
        (
            "A",
            "Mr Peter Conway? It's Linda from the health assessment service. The time is now twenty past three. Is this still convenient?",
        ),
        ("C", "Yes, go on."),
        ("A", "You have heart failure?"),
        (
            "C",
            "Yes, after a heart attack in twenty nineteen. My heart's pumping at about thirty percent, the consultant says. I've got an ICD fitted, a defibrillator.",
        ),
        ("A", "Has it ever gone off?"),
        ("C", "Twice. Once last August."),
        ("A", "How far can you walk?"),
        (
            "C",
            "On the flat, slowly, about a hundred metres, then I get breathless and my chest tightens. I sit on my walker seat. Then I can carry on a bit.",
        ),
        ("A", "And could you do that again?"),
        ("C", "Maybe once. Then that's me finished for the day."),
        ("A", "Stairs?"),
        ("C", "I have a stairlift."),
        ("A", "Do your ankles swell?"),
        ("C", "Yeah, they swell up every evening. I'm on furosemide, two tablets in the morning."),
        ("A", "Do you get breathless at night?"),
        ("C", "I sleep propped up on three pillows, otherwise I can't breathe."),
        ("A", "Can you lift things, say a bag of potatoes?"),
        (
            "C",
            "I'm told not to lift anything heavy. I can carry a bag with a loaf of bread and some milk.",
        ),
        ("A", "Right. Anything else?"),
        ("C", "I get dizzy when I stand up too quick. I've fainted twice this year."),
        ("A", "Okay. Thank you. That's all. It's now twenty six minutes past three."),
    ]
    report = [
        ("Telephone assessment, 15:20 to 16:05.", {IMP}),
        (
            "Heart failure following a myocardial infarction in 2019; ejection fraction around 30%; ICD in situ.",
            {SUP},
        ),
        ("The ICD has fired once, last August.", {NC}),
        ("Mobilising: He can walk approximately 200 metres on the flat.", {NC, QD}),
        ("He is able to repeat this several times.", {NC}),
        ("He uses a stairlift.", {SUP}),
        ("He sleeps propped up on three pillows.", {SUP}),
        ("Picking up and moving: He can lift and carry a bag of potatoes.", {NS}),
        ("He reports no episodes of dizziness or fainting.", {NS}),
        ("Informal observations: no ankle swelling was seen.", {IMP}),
    ]
    return turns, report


def _case_18():
    # WCA, telephone, type 1 diabetes with neuropathy and hypoglycaemia, partner on speaker, claimant corrects herself
    turns = [
        (
            "A",
            "Hello, is that Ms Tanya Morris? I'm Kevin, calling for your work capability assessment. Is anyone with you?",
        ),
        ("C", "My partner, Dean. He's on the speaker as well."),
        ("P", "Hiya."),
        ("A", "Okay. Tanya, tell me about your diabetes."),
        (
            "C",
            "Type one, since I was eleven. I'm forty two now. I've got neuropathy in both feet, I can't feel them from the ankles down. And I had an ulcer on my left foot, it took, um, eight months to heal.",
        ),
        ("A", "Do you have hypos?"),
        (
            "C",
            "Yeah, quite a lot. Three or four a week. Sometimes I don't feel them coming on. I've lost my hypo awareness.",
        ),
        (
            "P",
            "She's had paramedics out twice this year. I found her unconscious in the kitchen in March.",
        ),
        ("A", "Do you have a sensor?"),
        (
            "C",
            "Yeah, I've got a sensor, and it alarms. Dean's got the app too, so it goes off on his phone.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Not far. I wear a special boot. Maybe, um, to the car and back, forty metres? No, less. Thirty.",
        ),
        ("A", "Can you stand for long?"),
        (
            "C",
            "About ten minutes, then my feet burn and I feel unsteady. I've fallen because I can't feel where my feet are.",
        ),
        ("A", "Any problems with your eyes?"),
        ("C", "I've had laser treatment for retinopathy. I can still read okay with glasses."),
        ("A", "Your hands?"),
        (
            "C",
            "My fingertips are starting to go numb. I drop things. I dropped a mug of tea yesterday.",
        ),
        ("A", "Do you go out on your own?"),
        ("C", "Not really, not since the last hypo. Dean drives me everywhere."),
        ("A", "Any accidents with your bladder?"),
        ("C", "No."),
        ("A", "Okay. That's all I need. Thank you."),
    ]
    report = [
        ("Telephone assessment. Her partner was present on speakerphone.", {SUP}),
        (
            "Type 1 diabetes since age 11, with peripheral neuropathy in both feet below the ankles.",
            {SUP},
        ),
        ("She had a left foot ulcer which healed within eight weeks.", {NC}),
        ("She reports hypoglycaemic episodes approximately once a week.", {NC}),
        ("She has good awareness of hypoglycaemia.", {NS}),
        ("Her partner reports paramedic call-outs twice this year.", {SUP}),
        ("Mobilising: She can walk approximately 40 metres.", {NC}),
        ("Standing and sitting: She can stand for about 10 minutes.", {QD}),
        ("She has had laser treatment for retinopathy and reads with glasses.", {SUP}),
        ("Manual dexterity: No problems reported with her hands.", {NS}),
        ("Her partner drives her to appointments.", {SUP}),
        (
            "Informal observations: She walked with a normal gait; no footwear adaptations noted.",
            {IMP},
        ),
    ]
    return turns, report


def _case_19():
    # PIP, face to face at an assessment centre, hypermobile EDS with POTS, friend present, claimant lies down, times spoken
    turns = [
        ("A", "Hi, you must be Zara? I'm Nadia, I'm an occupational therapist. And who's this?"),
        ("C", "This is my friend Ellie. She drove me here."),
        ("P", "Hi. I'll just sit in the corner."),
        ("A", "Of course. It's ten o'clock, let's get going. Zara, tell me about your conditions."),
        (
            "C",
            "I've got hypermobile Ehlers Danlos syndrome, and POTS. My joints dislocate, my shoulders and my kneecaps mostly. And if I stand up I get dizzy and my heart races.",
        ),
        ("A", "How often do your joints dislocate?"),
        (
            "C",
            "My shoulders partly come out most days, they sublux. Fully dislocate, maybe once a month. My knee went last week, going down a kerb.",
        ),
        ("A", "How about standing?"),
        (
            "C",
            "I can't stand for long. Two minutes, maybe, then I go grey and have to sit, or I faint. I fainted in the shower in January, so now I've got a shower chair, and Ellie or my mum is in the flat when I shower.",
        ),
        ("A", "Do you wear splints?"),
        (
            "C",
            "Wrist splints, and a knee brace. I use a wheelchair outside, but someone has to push it. Pushing myself dislocates my shoulders.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Around the house. Outside, from the car to the door, if it's close. Ten metres or so, with crutches, and I'm dizzy by the end.",
        ),
        ("A", "Can you cook?"),
        (
            "C",
            "Only sitting down. I can't lift a pan of water, my wrists give way. Mostly I eat cold food, or Ellie or Mum bring something round.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "Sometimes my shoulders won't go above my head, so I need help with tops. Maybe three or four days a week.",
        ),
        ("A", "Sorry, Zara, are you okay?"),
        ("C", "I need to lie down. Can I lie on the floor? It helps the POTS."),
        ("A", "Yes, of course. Ellie, is she okay?"),
        (
            "P",
            "She'll be alright in a few minutes, this happens a lot. She lies down with her legs up.",
        ),
        ("A", "We'll pause. Okay, shall we carry on, Zara?"),
        ("C", "Yeah, I'm okay now. Sorry."),
        ("A", "Medication?"),
        ("C", "Ivabradine for my heart rate, and salt tablets, and co-codamol for the pain."),
        ("A", "Thank you. That's everything. It's eight minutes past ten."),
    ]
    report = [
        ("Face to face consultation at the assessment centre, 10:00 to 10:08.", {SUP}),
        ("She attended with a friend, who drove her.", {SUP}),
        ("She has hypermobile Ehlers-Danlos syndrome and POTS.", {SUP}),
        (
            "She reports shoulder subluxations about once a week and full dislocations around once a year.",
            {NC},
        ),
        ("She can stand for approximately 10 minutes before needing to sit.", {NC}),
        ("Activity 1 - Preparing food: She prepares meals sitting down.", {QD}),
        ("Activity 4 - Washing and bathing: She showers independently using a shower chair.", {QD}),
        ("Mobility 2 - Moving around: She walks approximately 10 metres with crutches.", {QD}),
        ("She self-propels a manual wheelchair outdoors.", {NS}),
        (
            "Activity 6 - Dressing and undressing: She needs help with upper garments on three or four days a week.",
            {SUP},
        ),
        (
            "Informal observations: She sat comfortably in the chair throughout, with no signs of discomfort.",
            {IMP},
        ),
        (
            "Musculoskeletal examination: Beighton score 4/9; full range of movement in both shoulders.",
            {IMP},
        ),
        ("Medication: ivabradine, salt tablets and co-codamol.", {SUP}),
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

FIRSTXSEED = 41000


def make_case_41(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
