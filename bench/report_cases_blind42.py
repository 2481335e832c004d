"""Blind held-out evaluation set 44: twenty assessment recordings paired with the report written afterwards.

Written blind, from the public description of PA4 (PIP) and ESA85 (WCA) reports only, without reference to
the tool under test or its other test data. Each case is a complete, short consultation (the dialogue is the
whole recording) and an assessor's report split into statements, each labelled with the kinds of departure
from the recording that apply (number changed, qualifier dropped, never said, impossible) or as supported.

Channels: telephone, video, face to face at an assessment centre and home visits. Conditions: fibromyalgia,
lumbar disc disease, depression and anxiety, multiple sclerosis, COPD, learning disability with autism, sight
loss, PTSD, stroke, epilepsy, ME/CFS, autism with anxiety, bipolar disorder, rheumatoid arthritis, heart
failure, Parkinson's disease, Crohn's disease, schizophrenia, amputation with diabetic neuropathy and chronic
migraine. Some claimants are alone; others bring a partner, parent, adult child, friend, carer, support
worker or advocate, who sometimes answers for them. Assessors range from kind to brisk to careless; reports
drift in the ways real ones do: rounded or changed quantities, lost qualifiers (pain, help, aids, prompting,
good days only), habits nobody mentioned, and observations the channel or the recording cannot support.
Times and numbers in the dialogue are written as spoken, for text-to-speech and Whisper transcription.
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
    # PIP, telephone, fibromyalgia, claimant alone
    turns = [
        (
            "A",
            "Good morning, is that Ms Hughes? My name is Daniel, I'm a disability assessor calling about your Personal Independence Payment claim. It's ten past nine, and the call is being recorded as you asked. Is anyone with you today?",
        ),
        (
            "C",
            "Morning. No, it's just me. My sister was going to come but she couldn't get the day off.",
        ),
        ("A", "That's fine. Can you tell me about your main condition?"),
        (
            "C",
            "It's fibromyalgia. I was diagnosed about four years ago. The pain's all over, mainly my legs and my back, and I'm exhausted all the time.",
        ),
        ("A", "What medication are you taking?"),
        (
            "C",
            "Pregabalin, twice a day, and amitriptyline at night. Um, ten milligrams, I think. And paracetamol when it's bad.",
        ),
        ("A", "Okay. Let's talk about preparing food. Do you cook for yourself?"),
        (
            "C",
            "I do simple things. I'll put something in the microwave. I can't stand at the cooker for long, maybe five minutes, and then I have to sit down on the stool.",
        ),
        ("A", "And peeling and chopping vegetables?"),
        (
            "C",
            "My hands go. I've got a perching stool, and I buy the frozen bags of chopped veg, because I keep dropping the knife.",
        ),
        ("A", "Washing and bathing. How do you manage?"),
        (
            "C",
            "I've got a shower over the bath, and it's hard getting my leg over the side. My sister put a grab rail in. I only shower about twice a week, because it wipes me out for the rest of the day.",
        ),
        ("A", "Do you need anyone there?"),
        (
            "C",
            "Not usually. But on bad days I wait until my sister's round, because I've nearly fallen twice.",
        ),
        ("A", "What about getting dressed?"),
        (
            "C",
            "Slowly. Socks are the worst. It can take me twenty minutes or more, and I have to sit on the bed to do it.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Um, on a good day maybe to the end of the road, which is about fifty metres. Then my legs are burning and I have to stop and lean on something. On a bad day I don't go out at all.",
        ),
        ("A", "How many bad days would you say you have?"),
        ("C", "Most of the week, honestly. Four or five days out of seven."),
        ("A", "Do you use a walking aid?"),
        (
            "C",
            "A stick outside. I don't bother with it in the house, I just hold on to the furniture.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "To the corner shop, yes. Anything further, my sister drives me. I don't use buses, because I can't stand at the stop.",
        ),
        ("A", "How are you sleeping?"),
        ("C", "Badly. Maybe three or four hours. I wake up with the pain."),
        (
            "A",
            "Right, that's all my questions. It's about quarter past nine now, so I'll end the call there. Thank you.",
        ),
        ("C", "Okay. Thank you."),
    ]
    report = [
        ("Consultation details: telephone consultation. Start time 09:10, end time 09:15.", {SUP}),
        ("The claimant was alone for the call; no companion was present.", {SUP}),
        ("She has a diagnosis of fibromyalgia, made approximately four years ago.", {SUP}),
        (
            "Current medication: pregabalin twice daily, amitriptyline 25 mg at night and paracetamol as required.",
            {NC},
        ),
        (
            "Activity 1 - Preparing food: She states she prepares simple meals and can stand at the cooker for around fifteen minutes.",
            {NC},
        ),
        (
            "Activity 4 - Washing and bathing: She showers independently twice a week using a grab rail.",
            {QD},
        ),
        (
            "Activity 6 - Dressing and undressing: She is able to dress and undress herself within a reasonable time.",
            {QD},
        ),
        (
            "Mobility 2 - Moving around: She reports she can walk about 200 metres using a stick.",
            {NC, QD},
        ),
        ("Variability: She describes bad days on one or two days a week.", {NC}),
        ("She reports that she goes swimming regularly to help manage her pain.", {NS}),
        (
            "Mobility 1 - Planning and following journeys: She travels by bus independently to local appointments.",
            {NS},
        ),
        (
            "Informal observations: She was observed to rise from her chair without difficulty at the end of the consultation.",
            {IMP},
        ),
        ("She reports sleeping three to four hours a night because of pain.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA (ESA85), face to face at an assessment centre, lumbar disc disease with sciatica, wife present
    turns = [
        (
            "A",
            "Hello, Mr Okafor, come in. I'm Sarah, I'm a physiotherapist and I'm carrying out your work capability assessment today. And you are?",
        ),
        ("P", "I'm his wife, Grace."),
        (
            "A",
            "Thank you, please take a seat. It's twenty to eleven, so we'll make a start. Mr Okafor, how did you get here today?",
        ),
        (
            "C",
            "Grace drove me. We parked in the disabled bay right outside, and I still had to stop once on the way in.",
        ),
        ("A", "How long has your back been a problem?"),
        (
            "C",
            "Since an accident at work, in twenty nineteen. I've got two slipped discs, and sciatica down the left leg.",
        ),
        ("A", "What medication are you on?"),
        ("C", "Naproxen, and co-codamol, the thirty five hundreds, up to eight a day."),
        ("A", "How far can you walk before you need to stop?"),
        (
            "C",
            "Maybe thirty, forty metres. Then the leg goes numb and I have to stand still until it passes.",
        ),
        ("P", "And that's on a good day. Some days he only gets to the bathroom and back."),
        ("A", "How long can you sit for?"),
        (
            "C",
            "About twenty minutes. Then I have to get up and move around. Actually, sorry, I need to stand up now.",
        ),
        ("A", "That's fine, please do. Can you manage stairs?"),
        ("C", "We moved the bed downstairs last year. I don't do the stairs any more."),
        ("A", "Can you pick something up from the floor?"),
        ("C", "Not from the floor, no. I use a grabber. If I bend down, I can't get back up."),
        ("A", "Do you have any problems with your bladder or bowels?"),
        ("C", "No, nothing like that."),
        ("A", "Are you able to raise your arms above your head?"),
        ("C", "Yes, my arms are okay."),
        ("A", "I'd like to look at your back now. Can you bend forward as far as is comfortable?"),
        ("C", "That's about it. Ow. That's as far as I go."),
        ("A", "Thank you, you can sit down again. How's your mood?"),
        ("C", "Low. I used to run a team at the warehouse. Now I'm just sat at home."),
        (
            "P",
            "He doesn't sleep. He's up walking around at three in the morning because of the pain.",
        ),
        ("A", "Okay. That's everything I need. It's now quarter to eleven. Thank you both."),
    ]
    report = [
        (
            "Face to face assessment at the assessment centre. Start time 10:40, end time 10:45.",
            {SUP},
        ),
        ("Mr Okafor was accompanied by his wife, who drove him to the centre.", {SUP}),
        (
            "History of low back pain with left-sided sciatica following an accident at work in 2019.",
            {SUP},
        ),
        ("Current medication: naproxen and co-codamol 30/500, up to four tablets a day.", {NC}),
        ("Mobilising: He states he can walk thirty to forty metres.", {QD}),
        (
            "Informal observations: He was observed to walk from the car park to the assessment room without stopping.",
            {IMP},
        ),
        ("Standing and sitting: He reports he can remain seated for about an hour.", {NC}),
        ("He remained seated throughout the assessment and did not need to stand.", {IMP}),
        (
            "Picking up and moving: He reports that he is able to bend to pick up items from the floor.",
            {NS},
        ),
        ("He manages the stairs at home using the handrail.", {NS}),
        ("Continence: no problems reported.", {SUP}),
        ("Musculoskeletal examination: lumbar flexion was full and pain free.", {IMP}),
        ("His wife reports that he is up in the night because of pain.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP, video, depression and anxiety, claimant alone and hesitant
    turns = [
        (
            "A",
            "Hi, can you see and hear me okay? I'm Priya, I'm a nurse, and I'm doing your PIP assessment by video today. It's two o'clock. Is anyone with you?",
        ),
        ("C", "Um, yes, I can hear you. My mum's in the next room, but, um, she's not joining."),
        ("A", "Okay. Can you tell me about your mental health?"),
        (
            "C",
            "I've had depression since I was about fifteen. And, um, anxiety. It got a lot worse last year. I had to leave college.",
        ),
        ("A", "Are you under a mental health team?"),
        (
            "C",
            "I see a community psychiatric nurse every two weeks. And I'm on sertraline, a hundred milligrams.",
        ),
        ("A", "Have you had any thoughts of harming yourself?"),
        ("C", "Sometimes. Um. I took an overdose in March. I'm... I'm okay now, I think."),
        ("A", "Thank you for telling me. Do you cook?"),
        (
            "C",
            "Not really. Mum cooks. If she didn't, I'd just not eat, or have cereal. I don't see the point most days.",
        ),
        ("A", "Would you remember to eat?"),
        ("C", "She has to remind me. Like, she brings a plate up to my room."),
        ("A", "What about washing and bathing?"),
        ("C", "Um, I shower maybe once a week. Mum has to keep on at me. I know it's bad."),
        ("A", "Do you go out?"),
        (
            "C",
            "Only with mum. I went to the shop on my own once in the summer, and I had a panic attack in the queue and left everything.",
        ),
        ("A", "How often do you get panic attacks?"),
        ("C", "Um, every day really, if I have to go anywhere. Two or three a day, some weeks."),
        ("A", "Do you see friends?"),
        (
            "C",
            "No. I've stopped answering messages. I don't really see anyone except mum and my nurse.",
        ),
        ("A", "Can you manage money, pay bills?"),
        (
            "C",
            "Mum does all that. I spent four hundred pounds online once when I was really low, and I didn't remember doing it.",
        ),
        ("A", "Okay. I can see you're a bit upset. Do you want to take a break?"),
        ("C", "No. Sorry. Sorry. I just want to get it done."),
        (
            "A",
            "That's alright, we're nearly finished. It's ten past two now, so I'll stop there. Thank you for your time.",
        ),
    ]
    report = [
        ("Video consultation. Start time 14:00, end time 14:10.", {SUP}),
        (
            "Her mother was present throughout the consultation and contributed to the history.",
            {IMP},
        ),
        (
            "She has a history of depression and anxiety since approximately the age of fifteen.",
            {SUP},
        ),
        ("She left college last year because of her mental health.", {SUP}),
        ("She is seen by a community psychiatric nurse monthly.", {NC}),
        ("Medication: sertraline 50 mg daily.", {NC}),
        ("She denies any history of self-harm or suicidal thoughts.", {NS}),
        ("Activity 2 - Taking nutrition: She eats regular meals.", {QD}),
        ("Activity 4 - Washing and bathing: She showers once a week.", {QD}),
        ("She reports panic attacks two or three times a month when going out.", {NC}),
        (
            "Activity 9 - Engaging with other people face to face: She reports she meets up with friends regularly.",
            {NS},
        ),
        ("Activity 10 - Making budgeting decisions: Her mother manages her bills.", {SUP}),
        (
            "Mental state examination: She was calm and settled throughout, with no signs of distress.",
            {IMP},
        ),
    ]
    return turns, report


def _case_03():
    # PIP, home visit, relapsing-remitting multiple sclerosis, husband present
    turns = [
        (
            "A",
            "Thanks for letting me in. I'm Mark, I'm the health professional doing your PIP assessment. It's eleven o'clock. I see your husband's here too?",
        ),
        ("P", "Yes, I'm Gareth. I'll sit in, if that's alright."),
        ("A", "Of course. Mrs Rees, tell me about your MS."),
        (
            "C",
            "It's relapsing remitting, diagnosed in twenty sixteen. It's the fatigue mostly, and my left leg drags. And my hands are numb a lot of the time.",
        ),
        ("A", "How often do you have relapses?"),
        (
            "C",
            "About two a year. In between I'm not back to normal, though. Each one leaves a bit more behind.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Gareth does most of it. I can do a sandwich. I've dropped pans before because I can't feel my grip. I burned my arm last year.",
        ),
        ("A", "How about bathing?"),
        (
            "C",
            "I've got a seat in the shower. Gareth helps me get out, because my legs go when they're warm.",
        ),
        ("P", "She's fallen in there. I don't leave her in the bathroom on her own any more."),
        ("A", "And using the toilet?"),
        (
            "C",
            "Um... I do have urgency. I have accidents sometimes, maybe a couple of times a week. I wear pads.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "Buttons I can't do. Gareth does my bra and my shoes. Anything with a zip, I need help.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my crutch, around the house. Outside, maybe ten, fifteen metres, then my leg starts dragging and I trip.",
        ),
        ("P", "We got her a wheelchair for anything further. I push her."),
        ("A", "Could you show me walking from the chair to the door?"),
        ("C", "Okay... hang on. Gareth, can you..."),
        ("P", "Here, hold my arm."),
        ("A", "That's fine, thank you, sit back down. How is your memory?"),
        ("C", "Foggy. I forget appointments. Gareth keeps the calendar."),
        ("A", "Okay. It's five past eleven. That's all I need, thank you both."),
    ]
    report = [
        ("Home visit. Start time 11:00, end time 11:05.", {SUP}),
        ("Her husband was present and contributed to the history.", {SUP}),
        ("She has relapsing-remitting multiple sclerosis, diagnosed in 2016.", {SUP}),
        ("She reports around four relapses a year.", {NC}),
        ("She states she recovers fully between relapses.", {NS}),
        ("Activity 1 - Preparing food: She is able to prepare a sandwich.", {SUP}),
        ("There is no history of burns or other accidents in the kitchen.", {NS}),
        (
            "Activity 4 - Washing and bathing: She uses a shower seat and manages washing independently.",
            {QD},
        ),
        (
            "Activity 5 - Managing toilet needs or incontinence: She reports urinary urgency managed with pads, with accidents around once a month.",
            {NC},
        ),
        (
            "Activity 6 - Dressing and undressing: She needs help with buttons and with her shoes.",
            {SUP},
        ),
        (
            "Mobility 2 - Moving around: She can walk about 50 metres outdoors with one crutch.",
            {NC, QD},
        ),
        (
            "Informal observations: She was observed to walk from her chair to the door independently, without aids.",
            {IMP},
        ),
        (
            "Cognition: She reports forgetfulness; her husband keeps track of her appointments.",
            {SUP},
        ),
    ]
    return turns, report


def _case_04():
    # WCA, telephone, COPD, claimant alone, brisk assessor
    turns = [
        (
            "A",
            "Mr Doyle? It's the health assessment for your Universal Credit. I'm a nurse. It's half past one. Anyone with you?",
        ),
        ("C", "No. Just me."),
        ("A", "Main condition?"),
        ("C", "COPD. Emphysema. I smoked for forty years. I've stopped now, three years ago."),
        ("A", "Inhalers?"),
        (
            "C",
            "The brown one twice a day. The blue one, um, when I need it, probably six or seven times a day. And I've got oxygen at night.",
        ),
        ("A", "Hospital admissions?"),
        ("C", "Two last winter. Chest infections. I was in for a week the second time."),
        ("A", "How far can you walk on the flat?"),
        (
            "C",
            "Twenty yards, bit more. Then I'm gasping and I have to stop and get my breath back. It's worse in the cold.",
        ),
        ("A", "Stairs?"),
        (
            "C",
            "I go up on my backside sometimes. Or I stop halfway. It takes me a good few minutes.",
        ),
        ("A", "Can you stand for long?"),
        ("C", "Standing's alright if I lean on something. Ten minutes, maybe."),
        ("A", "Do you go out alone?"),
        (
            "C",
            "Mostly the wife takes me in the car. I go to the paper shop across the road on my own, that's about it.",
        ),
        ("A", "Any problems with your hands?"),
        ("C", "No, hands are fine."),
        ("A", "Speech, hearing, vision?"),
        ("C", "I wear glasses for reading. Hearing's fine."),
        ("A", "Bladder and bowels?"),
        ("C", "Um, when I cough hard I leak a bit. Not every day."),
        ("A", "Okay. Thanks, that's it. It's twenty five to two. Bye now."),
        ("C", "Is that it? Right. Bye."),
    ]
    report = [
        ("Telephone assessment. Start time 13:30, end time 14:20.", {IMP}),
        ("He attended alone.", {SUP}),
        ("He has COPD and stopped smoking three years ago.", {SUP}),
        ("He uses his reliever inhaler two or three times a day.", {NC}),
        ("There have been no hospital admissions in the last year.", {NS}),
        ("Mobilising: He reports he can walk about 100 metres on level ground.", {NC, QD}),
        ("He manages the stairs at home.", {QD}),
        (
            "Standing and sitting: He can stand for about ten minutes if he leans on something.",
            {SUP},
        ),
        (
            "Getting about: He goes to the shop across the road on his own; his wife drives him elsewhere.",
            {SUP},
        ),
        ("Manual dexterity: no problems reported.", {SUP}),
        ("Continence: He reports no continence problems.", {NS}),
        ("Informal observations: no use of accessory muscles and no cyanosis observed.", {IMP}),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at an assessment centre, learning disability and autism, mother answers
    turns = [
        ("A", "Hello Jamie, I'm Helen. Thanks for coming in. And who's this with you?"),
        (
            "P",
            "I'm his mum, Karen. He gets a bit nervous, so I'll help him answer, if that's okay.",
        ),
        ("A", "Of course. It's quarter past ten. Jamie, how did you get here today?"),
        ("C", "Mum's car."),
        ("A", "Okay. Karen, can you tell me about Jamie's condition?"),
        (
            "P",
            "He's got a moderate learning disability, and autism. He was at a special school till he was nineteen, and now he goes to a day centre three days a week.",
        ),
        ("A", "Jamie, do you make your own food?"),
        ("C", "Toast. I make toast."),
        (
            "P",
            "He can do toast if I'm there. He's left the grill on before, so I have to watch him. He can't use the cooker, he doesn't understand when things are hot.",
        ),
        ("A", "Can you wash yourself, Jamie?"),
        ("C", "Yeah. Mum does my hair."),
        (
            "P",
            "I have to tell him every step, or he'll just stand under the water. And I check he's rinsed the soap off.",
        ),
        (
            "A",
            "Jamie, if you bought something for three pounds and paid with five pounds, how much change would you get?",
        ),
        ("C", "Um... um... two? No... I don't know."),
        ("P", "He can't do change. He'd hand his whole purse over."),
        ("A", "Does he go out on his own?"),
        (
            "P",
            "Never. He got lost once at the shopping centre and the police found him. He doesn't understand roads, he just walks out.",
        ),
        ("A", "Jamie, do you like the day centre?"),
        ("C", "Yeah. I do art. And I see Sam."),
        ("A", "Does he take any medication?"),
        ("P", "Melatonin, to sleep. Two milligrams. Nothing else."),
        ("A", "Does he talk to people he doesn't know?"),
        ("P", "No, he hides behind me. Like today, he wouldn't come in till I held his hand."),
        ("A", "Thank you. Let me just check, it's twenty past ten. That's us done."),
    ]
    report = [
        ("Face to face consultation. Start time 10:15, end time 10:20.", {SUP}),
        ("Jamie attended with his mother, who assisted with the history.", {SUP}),
        ("He has a moderate learning disability and autism.", {SUP}),
        ("He left school at sixteen and attends a day centre five days a week.", {NC}),
        ("Activity 1 - Preparing food: Jamie states that he makes toast independently.", {QD}),
        ("He is able to use the cooker to heat simple meals.", {NS}),
        (
            "Activity 4 - Washing and bathing: He washes himself; his mother helps him wash his hair.",
            {QD},
        ),
        (
            "Activity 10 - Making budgeting decisions: He correctly calculated the change from five pounds when asked.",
            {IMP},
        ),
        (
            "Mobility 1 - Planning and following journeys: He goes out alone to familiar places.",
            {NS},
        ),
        ("Medication: melatonin 5 mg at night.", {NC}),
        ("He got lost on one occasion at a shopping centre.", {SUP}),
        (
            "Informal observations: He entered the room independently and greeted the assessor.",
            {IMP},
        ),
    ]
    return turns, report


def _case_06():
    # PIP, telephone, retinitis pigmentosa (severe sight impairment), rehabilitation worker present
    turns = [
        (
            "A",
            "Hello, is that Ms Ahmed? I'm calling for your PIP assessment. My name's Tom, I'm an occupational therapist. The time now is three o'clock. Is there anyone with you?",
        ),
        ("C", "Yes, my support worker, Dawn, is here on the speaker with me."),
        ("P", "Hello, I'm Dawn. I'm a rehabilitation worker from the sight loss charity."),
        ("A", "Thanks, Dawn. Ms Ahmed, tell me about your eyesight."),
        (
            "C",
            "I've got retinitis pigmentosa. I've been registered severely sight impaired since twenty eighteen. I've got a tiny bit of central vision in my right eye, and nothing in the left.",
        ),
        ("A", "Can you read print?"),
        (
            "C",
            "No. Not even large print now. I use my phone with the screen reader, and I get letters read to me.",
        ),
        ("P", "She uses the Be My Eyes app, and I come once a fortnight to help with the post."),
        ("A", "How do you prepare food?"),
        (
            "C",
            "I've got talking scales, and a liquid level indicator for hot drinks. I do basic stuff. I cut myself chopping, so I buy things ready chopped. I don't use the hob on my own, only the microwave.",
        ),
        ("A", "Getting about outside?"),
        (
            "C",
            "I use a long cane. I can do the route to my local shop, about five minutes, because Dawn trained me on it. Anywhere new, I can't. I need someone with me.",
        ),
        ("A", "What about buses?"),
        (
            "C",
            "I can't see the bus numbers. I have to ask the driver, and they don't always stop. I've been on the wrong bus twice, so now I don't go on buses on my own.",
        ),
        ("A", "Any other health problems?"),
        ("C", "Um, anxiety, since the sight went. I'm not on tablets for it."),
        ("A", "Do you take any regular medication?"),
        ("C", "No, nothing regular."),
        ("A", "Dressing, do you manage?"),
        (
            "C",
            "I can dress, but I can't tell colours or if there's a stain. Dawn put tactile labels on my clothes, and my daughter checks me before I go out.",
        ),
        ("A", "Thank you. That's all. It's now seven minutes past three. Thanks, both of you."),
    ]
    report = [
        ("Telephone consultation. Start time 15:00, end time 15:07.", {SUP}),
        ("The claimant was accompanied on the call by a rehabilitation worker.", {SUP}),
        (
            "She has retinitis pigmentosa and has been registered severely sight impaired since 2008.",
            {NC},
        ),
        ("She is able to read large print.", {NS}),
        (
            "Activity 1 - Preparing food: She prepares basic meals using talking scales and a liquid level indicator.",
            {SUP},
        ),
        ("Activity 6 - Dressing and undressing: She dresses independently.", {QD}),
        (
            "Mobility 1 - Planning and following journeys: She follows a familiar route to her local shop, a walk of around twenty minutes, using a long cane.",
            {NC},
        ),
        ("She is able to plan and follow journeys independently.", {QD}),
        ("She uses buses independently.", {NS}),
        ("Her support worker visits weekly to help with correspondence.", {NC}),
        ("She takes no regular medication.", {SUP}),
        ("Informal observations: She was observed to move around her home confidently.", {IMP}),
    ]
    return turns, report


def _case_07():
    # WCA, video, post-traumatic stress disorder (veteran), advocate present
    turns = [
        (
            "A",
            "Good afternoon, can you hear me? I'm Dr Green, I'll be doing your work capability assessment by video. It's four o'clock.",
        ),
        ("C", "Yeah. I can hear you."),
        (
            "P",
            "Hi, I'm Michelle, I'm his advocate from the veterans' charity. I'm sitting next to him.",
        ),
        ("A", "Okay, thank you. Mr Walsh, tell me about your health."),
        (
            "C",
            "PTSD. From Afghanistan. I was diagnosed in twenty twenty one. Nightmares, flashbacks. I don't really go out.",
        ),
        ("A", "Are you having any treatment?"),
        (
            "C",
            "I'm on a waiting list for trauma therapy. I had EMDR, six sessions, but it didn't finish, it didn't help. And I'm on mirtazapine, forty five.",
        ),
        ("A", "How often do you go out of the house?"),
        (
            "C",
            "Once a week maybe, to the chemist, and only if Michelle or my brother comes. If I'm on my own I turn round at the door.",
        ),
        ("A", "What happens if you go out alone?"),
        (
            "C",
            "Heart's going, I'm checking every car. Last time I went on my own I ended up sitting in a bus shelter for an hour. Couldn't move.",
        ),
        ("A", "How do you cope with unexpected changes?"),
        (
            "C",
            "Badly. If an appointment gets moved, I can't sleep for days. I shout. I've punched a wall.",
        ),
        (
            "P",
            "He had an incident at the jobcentre last year. He got very angry when they changed his appointment, and security was called.",
        ),
        ("A", "Do you speak to people you don't know?"),
        ("C", "No. I avoid it. This, right now, is hard."),
        ("A", "How is your sleep?"),
        (
            "C",
            "Two, three hours. I sleep in the day sometimes. The nightmares are most nights, five or six nights a week.",
        ),
        ("A", "Any thoughts of suicide?"),
        ("C", "Sometimes. I've got no plans. I think about my kids."),
        ("A", "Can you manage daily tasks, washing, meals?"),
        (
            "C",
            "Some days I don't get up. Michelle set reminders on my phone to eat and to take my tablets.",
        ),
        ("A", "Okay. I'll stop there. It's eight minutes past four now. Thank you both."),
    ]
    report = [
        ("Video assessment. Start time 16:00, end time 16:08.", {SUP}),
        ("He was accompanied by an advocate.", {SUP}),
        ("Post-traumatic stress disorder diagnosed in 2021 following military service.", {SUP}),
        ("He completed a course of EMDR therapy with good effect.", {NS}),
        ("Medication: mirtazapine 15 mg at night.", {NC}),
        ("Going out: He goes out to the chemist once a week.", {QD}),
        (
            "On the last occasion he went out alone he became anxious and sat down for around ten minutes before returning home.",
            {NC},
        ),
        (
            "Coping with change: He reports that changes to appointments leave him unable to sleep for days.",
            {SUP},
        ),
        (
            "Appropriateness of behaviour with other people: no history of aggressive or disinhibited behaviour was reported.",
            {NS},
        ),
        (
            "Sleep: He sleeps around five hours a night, with nightmares one or two nights a week.",
            {NC},
        ),
        (
            "He reports occasional suicidal thoughts with no plans; his children are a protective factor.",
            {SUP},
        ),
        ("He travelled to the assessment centre by bus with his advocate.", {IMP}),
        (
            "Initiating and completing personal action: He manages his meals and his medication.",
            {QD},
        ),
    ]
    return turns, report


def _case_08():
    # PIP, home visit, stroke with left-sided weakness, adult daughter present
    turns = [
        (
            "A",
            "Hello, I'm Claire from the assessment provider. Thanks for having me. It's ten to two. Is it alright if I sit here?",
        ),
        (
            "P",
            "Yes, sit down. I'm his daughter, Anjali. Dad's English is fine, but he gets tired and muddled, so I'll help.",
        ),
        ("A", "Thank you. Mr Patel, you had a stroke?"),
        ("C", "Yes. Two years ago, in October. My left side is weak. The arm especially."),
        ("A", "Can you use your left hand?"),
        ("C", "Not much. I can hold a cup with it, but not... not for long. I drop things."),
        ("A", "What about cooking?"),
        (
            "C",
            "I can't cook now. My wife did it, and now Anjali brings food, or I heat it in the microwave.",
        ),
        (
            "P",
            "He can manage the microwave, but he can't open the packets or tins with one hand. I open everything and put it in bowls for him.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "A carer comes in the mornings, Monday to Friday. She helps me in the shower. At the weekends, Anjali.",
        ),
        ("A", "Does anyone help you with the toilet?"),
        ("C", "No, I can do that. We have the rail by the toilet, and the raised seat."),
        ("A", "Dressing?"),
        (
            "P",
            "He can do the top half mostly, slowly. I do his socks and shoes, and the buttons. It takes about half an hour, even with help.",
        ),
        ("A", "How's your walking, Mr Patel?"),
        (
            "C",
            "With the quad stick in the house. Outside, I go in the wheelchair. Maybe I can walk ten metres outside, then my leg, it doesn't lift. I nearly fell at the hospital car park.",
        ),
        ("A", "Could you walk across the room for me?"),
        ("C", "Yes. Give me the stick, please."),
        ("A", "Thank you, that's fine. Have you had any falls?"),
        (
            "P",
            "Three since Christmas. One time he was on the floor for an hour before the carer found him. We got him a pendant alarm after that.",
        ),
        ("A", "And his speech and memory?"),
        (
            "P",
            "His speech is a bit slurred when he's tired. He forgets whether he's taken his tablets, so I do a dosette box, and I ring him every morning to remind him.",
        ),
        ("A", "Okay, thank you both. It's two o'clock now, I'll let you go."),
    ]
    report = [
        ("Home visit. Start time 13:50, end time 14:00.", {SUP}),
        ("He was seen at home with his daughter present.", {SUP}),
        ("He had a stroke approximately two years ago, with residual left-sided weakness.", {SUP}),
        ("Activity 1 - Preparing food: He is able to heat meals in the microwave.", {QD}),
        ("Activity 3 - Managing therapy: He manages his own medication using a dosette box.", {QD}),
        (
            "Activity 4 - Washing and bathing: A carer assists him with showering on weekday mornings.",
            {SUP},
        ),
        ("Activity 5 - Managing toilet needs: He manages toileting independently.", {QD}),
        (
            "Activity 6 - Dressing and undressing: He dresses his upper body himself and takes around ten minutes to dress.",
            {NC},
        ),
        (
            "Mobility 2 - Moving around: He can walk about 50 metres outdoors with his quad stick.",
            {NC},
        ),
        ("Informal observations: He walked across the room without any walking aid.", {IMP}),
        ("His daughter reports one fall in the past year.", {NC}),
        ("He reports he still drives short distances to the local shops.", {NS}),
    ]
    return turns, report


def _case_09():
    # WCA, face to face at an assessment centre, epilepsy, friend present
    turns = [
        (
            "A",
            "Hi, come through. I'm Rob, I'm a paramedic, and I'll be doing your assessment today. It's quarter to twelve. Who's this with you?",
        ),
        ("P", "I'm Leanne, her friend. I came with her on the train."),
        ("A", "Great. So, Ms Byrne, what's the main problem?"),
        (
            "C",
            "Epilepsy. I have tonic clonic seizures, and, um, absences. The absences are every day, like several times a day. The big ones are about two or three a month.",
        ),
        ("A", "Do you get any warning?"),
        ("C", "No. None. I just go. I've broken a tooth, and I split my head open in the kitchen."),
        ("A", "What medication do you take?"),
        (
            "C",
            "Levetiracetam, a thousand milligrams twice a day, and lamotrigine. They're still adjusting it.",
        ),
        ("A", "After a big seizure, how long does it take you to recover?"),
        (
            "C",
            "I'm wiped out for the rest of the day, and usually the next day. I sleep for hours. My head's all foggy.",
        ),
        ("P", "She's confused for about an hour after. She doesn't know where she is."),
        ("A", "Do you go out alone?"),
        (
            "C",
            "Not really. I'm scared of having one in the street. I had one on the platform once. So Leanne or my mum come with me.",
        ),
        ("A", "Can you cook?"),
        (
            "C",
            "Only the microwave. I'm not allowed to use the hob, my neurologist said, after I fell against the cooker.",
        ),
        ("A", "Bathing?"),
        ("C", "Only showers, with the door unlocked, when someone's in the house."),
        ("A", "Have you any problems with your memory?"),
        (
            "C",
            "Yeah, I forget conversations. I keep a notebook. I lost my job at the nursery because I kept forgetting things and having absences.",
        ),
        (
            "A",
            "Okay. I'm just going to check your coordination. Touch your nose, then my finger. And again. That's good, thank you. Any questions?",
        ),
        ("C", "No. Thanks."),
        ("A", "Okay, it's five to twelve, so we're done. Thank you both."),
    ]
    report = [
        ("Face to face assessment. Start time 11:45, end time 11:55.", {SUP}),
        ("She attended the assessment alone.", {IMP}),
        (
            "She has epilepsy, with tonic-clonic seizures approximately two to three times a year.",
            {NC},
        ),
        ("She reports absence seizures several times a day.", {SUP}),
        (
            "She states she usually gets a warning before a seizure, which allows her to get to a safe place.",
            {NS},
        ),
        ("Medication: levetiracetam 500 mg twice daily and lamotrigine.", {NC}),
        (
            "After a tonic-clonic seizure she is confused for around an hour, and fatigued for the rest of that day and the next.",
            {SUP},
        ),
        (
            "Getting about: She goes out accompanied by a friend or her mother because of her fear of seizures.",
            {SUP},
        ),
        ("She showers independently.", {QD}),
        ("Learning tasks: She forgets conversations and uses a notebook.", {SUP}),
        ("She lost her job at a nursery last month.", {NS}),
        ("Neurological examination: finger-nose testing was normal.", {SUP}),
        ("Reflexes were normal and symmetrical; gait and Romberg's test were normal.", {IMP}),
    ]
    return turns, report


def _case_10():
    # PIP, telephone, ME/CFS, partner present, kind assessor
    turns = [
        (
            "A",
            "Hello, is that Mr Hart? This is Joanne, calling for your PIP telephone assessment. Before we start, just to confirm, it's twenty past three. Is anyone with you?",
        ),
        ("C", "Yeah, my partner Sophie's here. Sorry, I'm lying down. I can't sit up for long."),
        ("P", "Hi, I'm Sophie."),
        ("A", "That's absolutely fine. Tell me about your condition."),
        (
            "C",
            "ME. Chronic fatigue syndrome. After glandular fever, about six years ago. I'm, um, I'd say moderate to severe. I'm in bed most of the day.",
        ),
        ("A", "How many hours are you up each day?"),
        ("C", "Maybe two hours, in bits. Like twenty minutes at a time."),
        ("P", "On a good day. On a bad day he doesn't get out of bed except for the toilet."),
        ("A", "How often are the bad days?"),
        (
            "C",
            "Um, it depends what I've done. If I do anything, like a shower, I crash for two or three days after. So... half the week at least. More.",
        ),
        ("A", "Do you prepare food?"),
        (
            "C",
            "No. Sophie does all the cooking. Sometimes I make a cup of tea, sitting on a stool.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "I shower sitting down, once a week, with Sophie there. Other days she helps me wash at the sink.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I stay in pyjamas mostly. If I have to get dressed, for the hospital, Sophie helps with trousers and socks.",
        ),
        ("A", "Do noise and light bother you?"),
        (
            "C",
            "I wear ear defenders and an eye mask a lot. Bright light gives me a migraine. Phone calls like this are really hard. I'll probably be wiped out tomorrow.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Hospital appointments, in a wheelchair. Sophie pushes. I haven't walked outside further than the car in about a year.",
        ),
        ("A", "Can you manage your money?"),
        ("C", "Yes, I do that on my phone, when I'm able."),
        ("A", "Okay, I'll let you rest. It's twenty six minutes past three. Thank you both."),
    ]
    report = [
        ("Telephone consultation. Start time 15:20, end time 16:05.", {IMP}),
        ("His partner was present during the call.", {SUP}),
        ("He has ME/CFS following glandular fever approximately six years ago.", {SUP}),
        ("He reports being up and about for around six hours a day.", {NC}),
        ("Variability: He reports bad days around one day a week.", {NC}),
        ("He reports increased fatigue for the rest of the day after activity.", {NC}),
        ("Activity 1 - Preparing food: He makes hot drinks for himself.", {QD}),
        ("Activity 4 - Washing and bathing: He showers once a week.", {QD}),
        ("Activity 6 - Dressing and undressing: He is able to dress himself.", {QD}),
        ("Informal observations: He was noted to be sitting upright throughout the call.", {IMP}),
        ("Mobility 2 - Moving around: He walks short distances outdoors.", {NS}),
        (
            "Activity 10 - Making budgeting decisions: He manages his money on his phone when well enough.",
            {SUP},
        ),
        ("He uses ear defenders and an eye mask because of sensitivity to noise and light.", {SUP}),
    ]
    return turns, report


def _case_11():
    # PIP, face to face at an assessment centre, autism and anxiety, father present
    turns = [
        (
            "A",
            "Hello, come in. I'm Steve, I'm a nurse. Please sit wherever you're comfortable. It's half past nine.",
        ),
        ("P", "I'm her dad, Martin. She might want me to answer some of it."),
        ("C", "Can I sit by the door?"),
        ("A", "Of course. Can you tell me about your autism?"),
        (
            "C",
            "I was diagnosed at sixteen. Um. I find people really hard. And noise. Like, the lights in here are buzzing.",
        ),
        ("A", "Would you like me to turn some of them off?"),
        ("C", "Yes please."),
        ("A", "How do you get on with meals?"),
        (
            "C",
            "I eat the same things. Pasta. I can cook pasta if the instructions are written out. Dad wrote them on the cupboard.",
        ),
        (
            "P",
            "She'll only eat about five foods. If something's different she won't eat at all. She's lost a lot of weight.",
        ),
        ("A", "Are you able to use public transport?"),
        (
            "C",
            "I can get the number twelve bus to college, if it's on time. If it's late, or there's a different driver, I... um, I have a meltdown. I've walked home before. It's three miles.",
        ),
        ("P", "I've had to go and get her four times this term. She rings me crying."),
        ("A", "How about meeting new people?"),
        (
            "C",
            "I don't. Unless I have to. I go to college two days a week and I sit on my own. There's a support worker there.",
        ),
        ("A", "What about managing money?"),
        ("C", "I can buy things with my card. I don't understand bills. Dad does the rent."),
        ("A", "Do you have any friends you see?"),
        ("C", "One. Online. We play games. I've never met her."),
        ("A", "Is there anything else you want to tell me?"),
        (
            "P",
            "She self-harms when she's overwhelmed. Cutting, her arms. It was worse last year, about once a week. Now it's maybe once a month.",
        ),
        ("C", "Dad."),
        ("P", "Sorry, love. They need to know."),
        ("A", "Thank you, I know that's difficult. I'll end it there. It's twenty to ten."),
    ]
    report = [
        ("Face to face consultation at the assessment centre, 09:30 to 09:40.", {SUP}),
        ("She was accompanied by her father.", {SUP}),
        ("Autism spectrum disorder diagnosed at the age of sixteen.", {SUP}),
        (
            "Informal observations: She sat comfortably in the consultation room and did not appear troubled by the environment.",
            {IMP},
        ),
        ("Activity 1 - Preparing food: She is able to cook pasta.", {QD}),
        ("Activity 2 - Taking nutrition: She eats a varied diet.", {NS}),
        (
            "Mobility 1 - Planning and following journeys: She travels independently by bus to college.",
            {QD},
        ),
        ("Her father reports he has had to collect her twice this term.", {NC}),
        ("She once walked home from college, around three miles, when the bus was late.", {SUP}),
        ("Activity 9 - Engaging with other people: She attends college three days a week.", {NC}),
        ("She reports a small group of friends whom she meets regularly.", {NS}),
        (
            "Activity 10 - Making budgeting decisions: She manages simple purchases with her card; her father pays the rent.",
            {SUP},
        ),
        ("Her father reports a history of self-harm, currently around once a week.", {NC}),
    ]
    return turns, report


def _case_12():
    # WCA, telephone, bipolar disorder, claimant alone and rambling, careless assessor
    turns = [
        (
            "A",
            "Hello, Ms Morgan? I'm calling from the health assessment service about your Universal Credit. It's ten o'clock. Are you happy to go ahead?",
        ),
        (
            "C",
            "Yes, yes, sorry, I've been up since four, I've had the radio on, I thought you'd ring at half past. Anyway. Yes.",
        ),
        ("A", "Is anyone with you?"),
        (
            "C",
            "No. My son was supposed to be, but he's at work. He works at the hospital, in the pharmacy, he's very good. Sorry. No.",
        ),
        ("A", "Tell me about your condition."),
        (
            "C",
            "Bipolar. Type one. I was sectioned in, um, twenty twenty two, no, twenty twenty three, in the spring. For six weeks. I was very high. I spent all my savings. I bought a car I can't even drive.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Lithium, and quetiapine at night. I have blood tests every three months for the lithium. Sometimes I forget the morning tablets, so my son put an alarm on my phone.",
        ),
        ("A", "How's your mood at the moment?"),
        (
            "C",
            "Low, mostly, since the summer. I don't get dressed some days. I don't open the post. There's a pile of letters, I just can't.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "To the Co-op. Um. When it's quiet, early. I can't do crowds, I feel everyone's looking at me.",
        ),
        ("A", "Can you cope with changes to your plans?"),
        (
            "C",
            "If it's something small, yes. If it's something big, like this, I didn't sleep for two nights.",
        ),
        ("A", "Are you in contact with a mental health team?"),
        (
            "C",
            "A care coordinator. She rings every fortnight and visits once a month. I, um, I also see the psychiatrist every six months.",
        ),
        ("A", "Any thoughts of harming yourself?"),
        (
            "C",
            "Not now. When I was high I walked into the road. That was the, the start of the section.",
        ),
        ("A", "Okay. Do you have problems learning new tasks?"),
        (
            "C",
            "My concentration's gone. I used to do the accounts at a solicitor's. Now I can't follow a recipe. I read a page and it's gone.",
        ),
        ("A", "Right, thank you, that's everything. Bye."),
        ("C", "Oh. Is that it? Okay."),
    ]
    report = [
        ("Telephone assessment commenced at 10:00.", {SUP}),
        ("Duration of assessment: 55 minutes.", {IMP}),
        (
            "Bipolar affective disorder type 1; detained under the Mental Health Act in 2023 for approximately six months.",
            {NC},
        ),
        ("She takes lithium and quetiapine as prescribed.", {QD}),
        ("Lithium levels are monitored every three months.", {SUP}),
        ("Mental state examination: She was well kempt and maintained good eye contact.", {IMP}),
        ("Getting about: She goes to her local supermarket.", {QD}),
        ("Coping with change: She reports that she copes with changes to her plans.", {QD}),
        ("She is in contact with a care coordinator every three months.", {NC}),
        ("She sees her psychiatrist annually.", {NC}),
        ("She reports that she deals with her own post.", {NS}),
        ("She is currently working part time at a solicitor's office.", {NS}),
        ("Her son, who works in a hospital pharmacy, was not present.", {SUP}),
    ]
    return turns, report


def _case_13():
    # PIP, video, rheumatoid arthritis, claimant alone
    turns = [
        (
            "A",
            "Hello, Mrs Thompson, can you see me? I'm Adam, a physiotherapist. It's quarter past eleven, and we're on video today. Is anyone with you?",
        ),
        ("C", "No, just me. My husband's at work. I've got the laptop propped up on the table."),
        ("A", "Tell me about your arthritis."),
        (
            "C",
            "Rheumatoid, since I was forty. It's in my hands, wrists, knees and feet. I'm on methotrexate injections once a week, and, um, I have a biologic every two weeks. Adalimumab.",
        ),
        ("A", "How are your hands?"),
        (
            "C",
            "This morning they're bad. Look, I can't make a fist. The stiffness lasts about two hours in the mornings. I can't open a jar or turn a tap.",
        ),
        ("A", "Can you show me your hands to the camera?"),
        ("C", "There. See the knuckles, they're swollen. And I can't straighten this finger."),
        ("A", "Thank you. What about cooking?"),
        (
            "C",
            "I use a kettle tipper and one of those jar openers. I can't lift a full saucepan, so I do things in the microwave in a plastic jug. My husband does the main meal in the evening.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "I sit on a bath board. I can't wash my hair properly, because I can't get my arms up, so my husband washes it twice a week.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I've got slip-on shoes, and I wear clothes without buttons. Bras I can't do, so I wear the sports ones I pull over my head. It's slow.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a flare, hardly at all. On an average day, maybe a hundred metres, with my stick, and I'm in pain the whole way. I have flares maybe once a month, and they last about a week.",
        ),
        ("A", "Do you drive?"),
        ("C", "An automatic. Short journeys. Not when my hands are bad."),
        ("A", "Okay. That's all I need. It's twenty past eleven. Thanks very much."),
    ]
    report = [
        ("Video consultation. Start time 11:15, end time 11:20.", {SUP}),
        ("Rheumatoid arthritis since the age of forty.", {SUP}),
        ("Medication: weekly methotrexate injections and monthly adalimumab.", {NC}),
        ("She reports morning stiffness lasting around thirty minutes.", {NC}),
        ("Swelling of the knuckles was visible on camera.", {SUP}),
        ("Grip strength was formally tested and found to be 4/5 bilaterally.", {IMP}),
        ("Activity 1 - Preparing food: She is able to prepare a meal using the microwave.", {QD}),
        ("Activity 4 - Washing and bathing: She uses a bath board and washes her own hair.", {NS}),
        ("Activity 6 - Dressing and undressing: She dresses independently.", {QD}),
        ("Mobility 2 - Moving around: She walks up to 200 metres with a stick.", {NC, QD}),
        ("Variability: She reports flares around once a year.", {NC}),
        ("She drives an automatic car for short journeys, but not when her hands are bad.", {SUP}),
        (
            "She was observed to stand and walk across the room at the end of the call without difficulty.",
            {IMP},
        ),
    ]
    return turns, report


def _case_14():
    # WCA, home visit, heart failure, agency carer present
    turns = [
        (
            "A",
            "Hello, Mr Barker, I'm Nadia, I'm the nurse from the assessment service. Thanks for letting me come to your home. It's twenty past one. Who's this?",
        ),
        ("P", "I'm Kelly, I'm his carer from the agency. I come in twice a day."),
        ("C", "She's a star. I couldn't manage without her."),
        ("A", "Tell me about your heart."),
        (
            "C",
            "Heart failure. After a heart attack three years ago. They say the pump's working at about thirty per cent. I've got a defibrillator fitted.",
        ),
        ("A", "What symptoms do you get?"),
        (
            "C",
            "Breathless. My ankles swell up. I get tired doing anything. I sleep on three pillows or I can't breathe.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "To the kitchen and back. Outside, to the end of the path, that's maybe fifteen metres, then I'm puffing. I sit on the wall.",
        ),
        ("A", "Stairs?"),
        ("C", "I don't go up. I sleep in the chair here. It's a riser recliner."),
        (
            "P",
            "He's been sleeping downstairs since March. We do a strip wash at the sink because he can't get up to the bathroom.",
        ),
        ("A", "Can you stand for a while?"),
        ("C", "A couple of minutes. Then I get dizzy. I've fainted twice this year."),
        ("A", "What tablets are you on?"),
        (
            "C",
            "Loads. Bisoprolol, ramipril, furosemide, two in the morning, and spironolactone. And the water tablets mean I'm running to the loo. I don't always make it.",
        ),
        ("A", "How often do you have accidents?"),
        ("C", "A few times a week. Mostly when I can't get up quick enough."),
        ("A", "Can you lift things?"),
        ("C", "A cup of tea, yes. A bag of shopping, no way."),
        (
            "A",
            "I'll just check your ankles, if that's okay. Yes, there's swelling there, it's pitting. Thank you. I think that's all. It's half past one.",
        ),
    ]
    report = [
        ("Home visit. Start time 13:20, end time 13:30.", {SUP}),
        ("His carer was present throughout.", {SUP}),
        (
            "Heart failure following a myocardial infarction three years ago; ejection fraction reported at around 50%.",
            {NC},
        ),
        ("Mobilising: He walks to the end of his garden path, approximately 50 metres.", {NC}),
        ("He sleeps upstairs and manages the stairs slowly.", {NS}),
        ("Standing and sitting: He can stand for around ten minutes.", {NC, QD}),
        ("He reports fainting twice this year.", {SUP}),
        (
            "Continence: He reports some urgency due to his diuretics but no episodes of incontinence.",
            {NS},
        ),
        ("Medication includes furosemide, bisoprolol, ramipril and spironolactone.", {SUP}),
        ("Examination: bilateral pitting ankle oedema was noted.", {SUP}),
        ("Heart sounds were normal and the chest was clear on auscultation.", {IMP}),
        ("Picking up and moving: He can lift a cup of tea but not a bag of shopping.", {SUP}),
    ]
    return turns, report


def _case_15():
    # PIP, telephone, Parkinson's disease, wife present
    turns = [
        (
            "A",
            "Hello, Mr Fraser? My name's Louise, I'm calling about your PIP assessment. It's twenty five to four. Are you happy for the call to be recorded?",
        ),
        ("C", "Aye, that's fine. My wife Morag's here, she's on the speaker too."),
        ("P", "Hello."),
        ("A", "Tell me about your Parkinson's."),
        (
            "C",
            "Diagnosed in twenty twenty. The shaking's in my right hand mostly. And I freeze. My feet just stop, especially in doorways.",
        ),
        ("A", "What medication do you take?"),
        (
            "C",
            "Co-careldopa, five times a day. The timings are important. If I'm late with a dose, I seize up.",
        ),
        (
            "P",
            "I set the alarms and I give him them, because he's missed doses and ended up stuck on the floor.",
        ),
        ("A", "What about cooking?"),
        (
            "C",
            "I can't chop, the knife's all over the place. Morag does the cooking. I can make toast.",
        ),
        ("A", "And eating?"),
        ("C", "I need my food cut up. And I use a spoon with a big handle. I spill a lot."),
        ("A", "Washing and dressing?"),
        (
            "P",
            "He can wash his face and hands. I help him in the shower, and I do his buttons and his socks. It takes a good forty minutes to get him ready in the morning.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day, after my tablets kick in, maybe a hundred yards with the walker. When they wear off I can hardly move. A few steps.",
        ),
        ("A", "How often do you fall?"),
        ("C", "Once or twice a month. I fell in the garden last week."),
        ("A", "Any problems with your speech?"),
        ("P", "It's gone quieter. People on the phone can't hear him. He gets frustrated."),
        ("A", "And your memory?"),
        ("C", "It's not bad. Morag would say otherwise."),
        ("A", "Okay, thank you both. It's twenty to four now, I'll finish there."),
    ]
    report = [
        ("Telephone consultation. Start time 15:35, end time 15:40.", {SUP}),
        ("His wife was present on the call.", {SUP}),
        ("Parkinson's disease diagnosed in 2020.", {SUP}),
        ("He experiences freezing, particularly in doorways.", {SUP}),
        (
            "Activity 3 - Managing therapy or monitoring a health condition: He manages his own medication, co-careldopa five times a day.",
            {QD},
        ),
        ("Activity 1 - Preparing food: He reports that he is able to chop vegetables.", {NS}),
        (
            "Activity 2 - Taking nutrition: He uses a large-handled spoon and needs his food cut up.",
            {SUP},
        ),
        (
            "Activity 6 - Dressing and undressing: His wife helps with buttons and socks; getting ready takes around forty minutes.",
            {SUP},
        ),
        ("Mobility 2 - Moving around: He walks around 100 yards with a walking frame.", {QD}),
        ("He reports falls once or twice a year.", {NC}),
        ("He continues to play golf once a week.", {NS}),
        ("Informal observations: A resting tremor of the right hand was observed.", {IMP}),
    ]
    return turns, report


def _case_16():
    # PIP, face to face at an assessment centre, Crohn's disease, claimant alone
    turns = [
        (
            "A",
            "Morning, Mr Evans. I'm Fiona, I'm a nurse. It's five past nine. Have you come on your own?",
        ),
        ("C", "Yeah. I got a taxi, I can't risk the bus. There's no toilet."),
        ("A", "Okay. Tell me about your Crohn's."),
        (
            "C",
            "Diagnosed at eighteen. I've had two operations, bowel resections. Right now I'm flaring. I'm going to the toilet maybe ten, twelve times a day.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Infliximab infusions every eight weeks. And I'm on steroids at the moment, prednisolone, thirty milligrams, going down.",
        ),
        ("A", "How does it affect getting out?"),
        (
            "C",
            "I have to know where every toilet is. I've had accidents in public, twice this year. I carry a spare set of clothes. If I don't know the place, I just don't go.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "When I'm flaring I don't really eat, I'm too sore. On okay days I cook for myself, nothing fancy.",
        ),
        ("A", "Washing and toileting?"),
        (
            "C",
            "I manage the toilet myself, but I'm in there a long time. Sometimes I need to shower after an accident.",
        ),
        ("A", "Do you ever need anyone to help?"),
        (
            "C",
            "Not really. My mum comes round when I'm really bad, to do my washing and my shopping.",
        ),
        ("A", "How's your mood?"),
        (
            "C",
            "It gets me down. I was a chef. I had to give it up, because I couldn't keep leaving the kitchen every ten minutes.",
        ),
        ("A", "Do you need the toilet at the moment?"),
        ("C", "Actually, yes. Sorry, can I go?"),
        ("A", "Of course. It's just down the corridor on the left."),
        ("C", "Sorry about that. I'm back."),
        ("A", "No problem. I think I've got everything. It's twenty past nine."),
    ]
    report = [
        ("Face to face consultation. Start time 09:05, end time 09:20.", {SUP}),
        ("He attended alone, travelling by taxi.", {SUP}),
        (
            "Crohn's disease diagnosed at the age of eighteen, with two previous bowel resections.",
            {SUP},
        ),
        ("He reports a bowel frequency of four to five times a day.", {NC}),
        (
            "Medication: prednisolone 30 mg, currently reducing, and infliximab infusions every eight weeks.",
            {SUP},
        ),
        ("He reports two episodes of incontinence in public this year.", {SUP}),
        ("Mobility 1 - Planning and following journeys: He is able to go out independently.", {QD}),
        ("Activity 1 - Preparing food: He cooks for himself.", {QD}),
        ("He remained in the consultation room throughout without needing to leave.", {IMP}),
        ("He reports that he still works part time as a chef.", {NS}),
        ("He reports low mood since giving up his work as a chef.", {SUP}),
    ]
    return turns, report


def _case_17():
    # WCA, face to face at an assessment centre, schizophrenia, support worker present, careless assessor
    turns = [
        (
            "A",
            "Come in, sit down. I'm Paul, I'm carrying out your work capability assessment. It's two o'clock. And you are?",
        ),
        (
            "P",
            "I'm Dev, I'm his support worker from the housing project. I see him three times a week.",
        ),
        ("A", "Okay. Mr Hussain, tell me about your health."),
        (
            "C",
            "Schizophrenia. Since I was twenty. I hear voices. They're quieter with the injection.",
        ),
        ("A", "What medication?"),
        ("C", "An injection, every two weeks. Aripiprazole? Um..."),
        ("P", "It's paliperidone, and it's monthly actually. The nurse gives it at the clinic."),
        ("C", "Yeah, monthly. Sorry."),
        ("A", "Do you hear the voices now?"),
        (
            "C",
            "A bit. In the background. They say people are talking about me. Like... in the waiting room.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "With Dev. Or to the shop at the bottom of my road. I don't like the bus. People look at me.",
        ),
        ("A", "What would happen if you were on your own somewhere new?"),
        (
            "P",
            "He gets very frightened. Last year he got on a train by himself to see his mum, and he ended up in a hospital in Leeds. He'd been found wandering.",
        ),
        ("A", "Do you manage your own cooking and cleaning?"),
        ("C", "I eat from the shop. Sandwiches. I don't cook. The flat's a mess."),
        (
            "P",
            "I prompt him to shower and to change his clothes. Otherwise it doesn't happen. Same with opening his letters.",
        ),
        ("A", "Any problems with alcohol or drugs?"),
        ("C", "No. I used to smoke cannabis. Not for five years."),
        (
            "A",
            "How's your concentration? Could you learn something new, like setting an alarm clock?",
        ),
        ("C", "I don't know. Maybe if someone showed me. Lots of times."),
        ("A", "Okay, that's fine. It's ten past two. I'll send the report off."),
    ]
    report = [
        ("Face to face assessment. Start time 14:00, end time 14:45.", {IMP}),
        ("He attended with his support worker.", {SUP}),
        ("He has schizophrenia since the age of twenty, with auditory hallucinations.", {SUP}),
        ("He receives a paliperidone depot injection monthly.", {SUP}),
        ("Mental state examination: no evidence of psychotic phenomena at interview.", {IMP}),
        ("His support worker visits once a week.", {NC}),
        ("Getting about: He goes to the shop at the bottom of his road.", {SUP}),
        ("He travels by train to visit his mother.", {NS}),
        (
            "Initiating and completing personal action: He showers and changes his clothes regularly.",
            {QD},
        ),
        ("He reports he stopped using cannabis five years ago.", {SUP}),
        ("Learning tasks: He states he could learn to set an alarm clock if shown once.", {NC}),
        ("He cooks simple meals for himself.", {NS}),
    ]
    return turns, report


def _case_18():
    # PIP, video, below-knee amputation and diabetic neuropathy, adult son present
    turns = [
        (
            "A",
            "Hello, Mr Clarke. I'm Rachel, I'm an occupational therapist. We're on a video call today. It's quarter to three. Can you see me alright?",
        ),
        ("C", "Yes, love, I can see you. My son Liam's here as well, he's sitting beside me."),
        ("P", "Hiya."),
        ("A", "Hi, Liam. Mr Clarke, tell me about your health."),
        (
            "C",
            "I'm a type two diabetic, twenty years. I lost my left leg below the knee two years ago, from an ulcer that wouldn't heal. And I've got neuropathy in the other foot. I can't feel it at all.",
        ),
        ("A", "Do you have a prosthetic leg?"),
        (
            "C",
            "I do, but the stump keeps breaking down, so I can only wear it for an hour or two. Most of the time I'm in the wheelchair.",
        ),
        ("A", "How do you manage your diabetes?"),
        (
            "C",
            "Insulin, four times a day. I check my sugars with a sensor. I've had a few hypos. One time Liam found me on the kitchen floor.",
        ),
        ("A", "How do you wash?"),
        (
            "C",
            "We had a wet room put in. I transfer onto a shower chair. I can do it on my own now, but it took months to learn.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I sit on the bed. I can manage, it just takes a while, maybe half an hour, with the leg.",
        ),
        ("A", "Can you walk at all with the prosthesis?"),
        (
            "C",
            "With two crutches, a few metres, around the kitchen. Not outside. I can't feel the ground with the other foot, so I fall.",
        ),
        ("A", "How do you get out of the house?"),
        (
            "P",
            "I drive him, or he gets the wheelchair taxi. He can push himself on the flat, but there's a hill outside, so someone has to push him.",
        ),
        ("A", "Any problems with your eyes?"),
        ("C", "Some retinopathy. I had laser. I can still read, with my glasses."),
        ("A", "Thank you. That's all I need. It's five to three."),
    ]
    report = [
        ("Video consultation. Start time 14:45, end time 14:55.", {SUP}),
        ("His son was present during the consultation.", {SUP}),
        ("Type 2 diabetes for twenty years; left below-knee amputation two years ago.", {SUP}),
        ("He wears his prosthesis for most of the day.", {NC}),
        ("He takes insulin four times a day and monitors his glucose with a sensor.", {SUP}),
        ("He reports no hypoglycaemic episodes.", {NS}),
        (
            "Activity 4 - Washing and bathing: He showers independently, using a shower chair in a wet room.",
            {SUP},
        ),
        (
            "Activity 6 - Dressing and undressing: He dresses independently sitting on the bed, taking around half an hour.",
            {SUP},
        ),
        ("Mobility 2 - Moving around: He can walk short distances outdoors with crutches.", {NS}),
        ("He self-propels his wheelchair outdoors independently.", {QD}),
        ("He was observed to walk across the room using his prosthesis and crutches.", {IMP}),
        (
            "Physical examination: reduced sensation in the right foot on monofilament testing.",
            {IMP},
        ),
    ]
    return turns, report


def _case_19():
    # WCA, telephone, chronic migraine, husband present
    turns = [
        (
            "A",
            "Hello, is that Mrs Ward? I'm James, a nurse with the health assessment service, calling for your work capability assessment. It's ten to eleven. Is anyone with you?",
        ),
        (
            "C",
            "Yes, my husband, Pete. I've asked him to sit in, because I lose track when I've got a headache.",
        ),
        ("P", "Morning."),
        ("A", "What's the main condition?"),
        (
            "C",
            "Chronic migraine. I get a headache of some sort about twenty days a month. And the really bad ones, where I'm sick and can't see properly, maybe eight or nine a month.",
        ),
        ("A", "How long do the bad ones last?"),
        ("C", "A day, sometimes two. I have to lie in a dark room. I can't look at a screen."),
        ("A", "Treatment?"),
        (
            "C",
            "I have the Botox injections every twelve weeks at the neurology clinic, and sumatriptan, but I can only take that twice a week.",
        ),
        ("A", "How does it affect you day to day?"),
        (
            "P",
            "On the bad days she can't do anything. I take the kids to school, I do the cooking. She slurs her words sometimes, and she's dropped things.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "On a good day, yes. I'll walk to the school to pick the kids up, it's about ten minutes. I don't drive any more. I gave my licence up last year because of the visual aura.",
        ),
        ("A", "Any problems with concentration?"),
        (
            "C",
            "Yeah. Brain fog after an attack. I was an office manager. I tried to go back, um, part time, and I lasted three weeks.",
        ),
        ("A", "Any problems with noise or light?"),
        ("C", "Light is the worst. Supermarkets, the strip lights. I wear sunglasses in shops."),
        ("A", "Any problems with your mood?"),
        ("C", "I get low. I wouldn't say depressed. Frustrated."),
        ("A", "Okay, thank you. That's all. It's now two minutes past eleven."),
    ]
    report = [
        ("Telephone assessment. Start time 10:50, end time 11:02.", {SUP}),
        ("Her husband was present and contributed to the history.", {SUP}),
        ("Chronic migraine, with headache on about twenty days per month.", {SUP}),
        (
            "Severe attacks with vomiting and visual disturbance occur around three or four times a month.",
            {NC},
        ),
        ("Severe attacks last one to two days, during which she lies in a dark room.", {SUP}),
        (
            "Treatment: botulinum toxin injections every twelve weeks; sumatriptan up to twice a week.",
            {SUP},
        ),
        ("Getting about: She walks to the school to collect her children.", {QD}),
        ("She surrendered her driving licence last year because of visual aura.", {SUP}),
        ("She returned to work part time as an office manager and continues in that role.", {NS}),
        (
            "Informal observations: She was alert and wearing sunglasses, with no signs of photophobia.",
            {IMP},
        ),
        ("She describes her mood as frustrated rather than depressed.", {SUP}),
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

FIRSTXSEED = 44000


def make_case_44(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
