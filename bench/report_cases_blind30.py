"""Blind held-out evaluation set 32: twenty assessment dialogues with assessment reports to compare.

Written without looking at the comparison code, its tests or its other benchmark sets. Each case is a
dialogue between an assessor "A", a claimant "C" and sometimes a companion "P", to be synthesised with
espeak-ng or Festival voices and transcribed by Whisper tiny.en, together with a PIP PA4 or WCA ESA85
report of single-sentence statements, each labelled with how it relates to what was said.

Channels: telephone (cases 0, 4, 7, 11, 15, 16), video (3, 9, 13, 19), face to face at an assessment
centre (1, 5, 6, 10, 12, 14, 17) and home visit (2, 8, 18).

Conditions: severe asthma; rheumatoid arthritis of the hands; breast cancer after chemotherapy with
neuropathy; ADHD; emotionally unstable personality disorder; motor neurone disease; vertigo and Meniere's
disease; chronic pain after spinal surgery; sickle cell disease; dyspraxia with anxiety; deafblindness
from Usher syndrome; self-harm and depression; learning disability with Down syndrome; Crohn's disease
with an ileostomy; epilepsy; macular degeneration; combat-related PTSD; fibromyalgia and ME/CFS;
paranoid schizophrenia; osteoarthritis of the knees with an interpreter.
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


# PIP PA4, telephone, severe asthma in a woman of 52.
def _case_00():
    turns = [
        (
            "A",
            "Hello, is that Denise Parker? My name's Graham, I'm the disability assessor calling about your PIP claim. It's twenty past ten now, is this still a good time?",
        ),
        ("C", "Yes, that's fine. Sorry, I might be a bit wheezy, I've had a bad week."),
        ("A", "That's no problem at all, take your time. Can you tell me about your asthma?"),
        (
            "C",
            "It's severe asthma. I've had it since I was a child but it's got much worse the last few years. I was in hospital three times last year, and once I ended up in intensive care.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "The purple inhaler twice a day, the blue one whenever I need it, which is a lot, and montelukast at night. And when it flares I get steroid tablets, prednisolone, forty milligrams for five days.",
        ),
        ("A", "How often do you need the steroid courses?"),
        ("C", "About four, maybe five times a year."),
        ("A", "How far can you walk outside?"),
        (
            "C",
            "On a good day maybe to the end of my road, that's about fifty metres, then I've got to stop and use the blue inhaler and wait for it to settle. If it's cold or damp I can't even get that far.",
        ),
        ("A", "How long do you stop for?"),
        ("C", "Five minutes. Sometimes ten."),
        ("A", "And stairs?"),
        ("C", "I've got fourteen stairs at home. I do them in two goes, I sit down halfway."),
        ("A", "Do you cook for yourself?"),
        (
            "C",
            "Simple things. I can't stand the steam or the fumes from frying, that sets me off, so my daughter batch cooks on a Sunday and I microwave it in the week.",
        ),
        ("A", "What about washing and bathing?"),
        (
            "C",
            "I shower sitting down on a stool, because the steam makes me breathless, and I keep the door open. I can't hold my arms up to do my hair for long.",
        ),
        ("A", "Do you go out on your own?"),
        ("C", "Only to the corner shop. Anywhere further, my daughter drives me."),
        (
            "A",
            "Thank you, Denise. That's all the questions I have. It's five to eleven, so we'll finish there.",
        ),
    ]
    report = [
        ("Consultation type: telephone. Start time 10:20, end time 11:40.", {IMP}),
        (
            "Ms Parker reports severe asthma since childhood, with three hospital admissions in the past year, one of them to intensive care.",
            {SUP},
        ),
        ("She requires rescue courses of prednisolone 40 mg approximately twice a year.", {NC}),
        ("She states she is able to walk approximately 50 metres outdoors.", {QD}),
        (
            "After using her reliever inhaler she needs to rest for around 20 minutes before continuing.",
            {NC},
        ),
        ("She manages the 14 stairs in her home.", {QD}),
        (
            "She presented as well kempt and in no obvious respiratory distress throughout the call.",
            {IMP},
        ),
        (
            "Activity 1: she states she prepares a cooked meal from fresh ingredients each day.",
            {NS},
        ),
        ("Activity 4: she showers seated on a stool as steam worsens her breathlessness.", {SUP}),
        ("Her daughter drives her to anywhere beyond the local shop.", {SUP}),
    ]
    return turns, report


# WCA ESA85, face to face at an assessment centre, rheumatoid arthritis of the hands in a man of 61.
def _case_01():
    turns = [
        (
            "A",
            "Good afternoon, Mr Hughes, come in and take a seat. I'm Doctor Okafor. It's quarter past two, so we'll start now. Did you come here on your own today?",
        ),
        (
            "C",
            "My son dropped me off at the door, he's parking the car. I came in by myself though.",
        ),
        ("A", "Tell me about your hands."),
        (
            "C",
            "Rheumatoid arthritis, both hands, the right's worse. Diagnosed in twenty fifteen. The knuckles swell up and the mornings are the worst, they're stiff for a good two hours.",
        ),
        ("A", "What medication do you take?"),
        (
            "C",
            "Methotrexate, fifteen milligrams once a week, folic acid, and an injection, the biologic one, every two weeks. And co-codamol when it's bad.",
        ),
        ("A", "Can you pick up a coin from a table?"),
        (
            "C",
            "A pound coin? No, not really, I can't get my fingers under it. I slide it to the edge and tip it into my other hand.",
        ),
        ("A", "Writing with a pen?"),
        (
            "C",
            "I can sign my name, just about. More than a couple of lines and it's agony, and nobody can read it anyway.",
        ),
        ("A", "Using a keyboard or a phone?"),
        (
            "C",
            "One finger on the phone. A keyboard I can tap at, slowly, but after ten minutes the hand's throbbing.",
        ),
        ("A", "Do you drive?"),
        ("C", "I gave up driving two years ago. I couldn't grip the wheel properly."),
        ("A", "I'd like to examine your hands. Could you make a fist with your left hand for me?"),
        ("C", "Like that. That's as far as it goes."),
        ("A", "And the right?"),
        (
            "C",
            "I'd rather not, honestly. It's flared up this week and it'll be no good for days if I force it.",
        ),
        ("A", "That's fine, we won't. Could you squeeze my fingers with your left hand?"),
        ("C", "That's all I've got, sorry."),
        ("A", "Thank you, that's everything. It's twenty-five to three, so you're free to go."),
    ]
    report = [
        (
            "The claimant reports rheumatoid arthritis affecting both hands, diagnosed in 2018.",
            {NC},
        ),
        ("Early morning stiffness lasting approximately 30 minutes.", {NC}),
        (
            "Medication: methotrexate 15 mg weekly with folic acid, and a biologic injection every fortnight.",
            {SUP},
        ),
        ("He drives short distances locally.", {NS}),
        ("Manual dexterity: he is able to pick up a £1 coin.", {NS}),
        ("He can use a pen to write.", {QD}),
        ("He is able to use a computer keyboard.", {QD}),
        (
            "On examination there was full fist formation bilaterally with good grip strength in both hands.",
            {IMP},
        ),
        ("He declined to make a fist with the right hand because of a current flare.", {SUP}),
        ("The consultation lasted 20 minutes.", {SUP}),
    ]
    return turns, report


# PIP PA4, home visit, breast cancer after chemotherapy with neuropathy and fatigue, woman of 44 with her husband.
def _case_02():
    turns = [
        (
            "A",
            "Hello, thanks for letting me into your home. I'm Sarah, the assessor. And who's this with you?",
        ),
        ("P", "I'm Mark, her husband. I'll sit in, if that's okay."),
        ("A", "Of course. Priya, can you tell me about your health?"),
        (
            "C",
            "I was diagnosed with breast cancer in March last year. I had a mastectomy and then six rounds of chemo, which finished in, um, October. No, November. And then three weeks of radiotherapy.",
        ),
        ("A", "How are you now?"),
        (
            "C",
            "Exhausted. The fatigue is the worst bit. I get up, have a shower and I need to lie down for an hour afterwards. And the neuropathy. My feet feel like I'm walking on pebbles, and my fingertips are numb.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Around the block, slowly, on a good day. That's maybe three hundred metres, and I hold Mark's arm because I can't feel the ground properly. I've fallen twice since Christmas.",
        ),
        ("P", "The second time she cut her head on the kitchen doorframe."),
        ("A", "How many good days do you get?"),
        ("C", "Perhaps two a week. The rest I barely leave the sofa."),
        ("A", "Can you cook?"),
        (
            "C",
            "I can make toast. I dropped a pan of boiling water in January because I couldn't feel the handle, so Mark does all the cooking now.",
        ),
        ("A", "And dressing?"),
        (
            "C",
            "Buttons are hard with the numb fingers. Mark does my bra and any small buttons. I wear things I can pull on.",
        ),
        ("A", "How's your memory?"),
        (
            "C",
            "Terrible. I forget appointments. Mark puts reminders on my phone for my tablets. I take letrozole every morning.",
        ),
        ("A", "Could you stand up and walk across the room for me?"),
        ("C", "Yes. There. I'm going to hold the back of the chair, though."),
        ("A", "Thank you, that's everything I need."),
    ]
    report = [
        ("Seen at home, unaccompanied.", {IMP}),
        ("She completed chemotherapy in November, followed by three weeks of radiotherapy.", {SUP}),
        ("She walks approximately 300 metres around the block.", {QD}),
        ("Reports one fall in the past year.", {NC}),
        ("She describes good days on around five days a week.", {NC}),
        ("Her husband has taken over the cooking since she dropped a pan of boiling water.", {SUP}),
        ("She dresses independently, choosing clothes that pull on.", {QD}),
        (
            "She takes letrozole each morning, prompted by phone reminders her husband has set up.",
            {SUP},
        ),
        ("Gait was normal and she walked across the room without support.", {IMP}),
        ("She reports no problems with memory or concentration.", {NS}),
    ]
    return turns, report


# PIP PA4, video, ADHD in a man of 23 with his mother.
def _case_03():
    turns = [
        (
            "A",
            "Hi Jordan, can you see and hear me okay? I'm Femi, and I'll be doing your assessment on video today.",
        ),
        ("C", "Yeah, I can see you. My mum's here as well, is that alright?"),
        ("P", "Hello, I'm Karen, his mum."),
        ("A", "That's fine. Jordan, tell me about your ADHD."),
        (
            "C",
            "I got diagnosed when I was, like, nine? Then I came off the tablets at eighteen because of the transition thing, and I only got back on them last year. Elvanse, seventy milligrams.",
        ),
        ("A", "Does the medication help?"),
        (
            "C",
            "It helps a bit in the morning. By the afternoon it's gone, and I just can't... I start stuff and I don't finish it.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "I try. I put pasta on and then I go on my phone and forget about it. I've set off the smoke alarm, what, three times?",
        ),
        ("P", "Four. And once he left the gas on all night with nothing on it."),
        ("A", "So how do you manage meals now?"),
        (
            "C",
            "Mum does most of it. Or I get a meal deal. If I do cook, she has to stand there and keep reminding me.",
        ),
        ("A", "How about money? Paying bills?"),
        (
            "C",
            "I'm not good with it. I spent my whole wages in, like, two days once. Mum's got access to my account now and she pays the bills.",
        ),
        ("A", "Do you work?"),
        (
            "C",
            "I had a job in a warehouse but I lost it after six weeks, because I kept being late.",
        ),
        ("A", "Can you get somewhere you haven't been before, on your own?"),
        (
            "C",
            "If I've got Google Maps, yeah, but I get distracted and miss my stop. I missed my stop three times going to the jobcentre.",
        ),
        ("A", "Okay. And how's your mood?"),
        ("C", "It's alright. I get frustrated, but I'm not depressed or anything."),
        ("A", "Thanks, Jordan. We're finished. The whole thing took about twenty-five minutes."),
    ]
    report = [
        ("Video consultation. The claimant attended alone.", {IMP}),
        (
            "He was diagnosed with ADHD aged 9 and restarted medication last year; he currently takes Elvanse 70 mg.",
            {SUP},
        ),
        ("He has set off the smoke alarm once while cooking.", {NC}),
        ("Activity 1: he is able to cook a simple meal such as pasta.", {QD}),
        ("His mother has access to his bank account and pays his bills.", {SUP}),
        ("He previously worked in a warehouse for six months.", {NC}),
        (
            "Mobility activity 1: he can plan and follow an unfamiliar journey using a navigation app on his phone.",
            {QD},
        ),
        ("He reports low mood and has been referred to the community mental health team.", {NS}),
        ("He maintained good concentration throughout the 60-minute consultation.", {IMP}),
        ("He describes losing focus in the afternoons once his medication wears off.", {SUP}),
    ]
    return turns, report


# WCA ESA85 for Universal Credit, telephone, emotionally unstable personality disorder in a woman of 31 with her support worker.
def _case_04():
    turns = [
        (
            "A",
            "Hello, is that Leanne? I'm calling from the health assessment service about your work capability assessment for Universal Credit. Is anyone with you today?",
        ),
        ("C", "Yeah, my support worker, Aisha. She's on speaker."),
        ("P", "Hi, I'm Aisha, I'm from the housing support project. I see Leanne twice a week."),
        ("A", "Thank you. Leanne, what's your main condition?"),
        (
            "C",
            "Emotionally unstable personality disorder. And depression and anxiety. I got the diagnosis in twenty nineteen, after my second admission.",
        ),
        ("A", "How does it affect you day to day?"),
        (
            "C",
            "My moods go up and down really fast. One minute I'm okay, then something small happens and I'm in pieces. I can't be around people I don't know. I had a job in a call centre and I walked out after three days.",
        ),
        ("A", "Do you ever harm yourself?"),
        (
            "C",
            "Yeah. I cut. The last time was about three weeks ago. It's usually after an argument, or when a letter comes.",
        ),
        ("P", "She's under the crisis team at the moment. They ring her every day."),
        ("A", "How do you get on going to new places?"),
        (
            "C",
            "I don't, really. If I have to go somewhere new, Aisha comes with me. On my own I'd just turn round and go home. I did that at the GP surgery last month.",
        ),
        ("A", "What about if plans change at short notice?"),
        (
            "C",
            "I can't cope with it. If an appointment gets moved I get really panicky, like I can't breathe, and that can go on all day.",
        ),
        ("A", "Are you taking any medication?"),
        ("C", "Sertraline, a hundred milligrams, and quetiapine at night, twenty-five."),
        ("A", "Do you drink or use anything?"),
        ("C", "I don't drink. Never have, really."),
        ("A", "Okay, thank you both. That's everything I need."),
    ]
    report = [
        (
            "Telephone assessment; her support worker was present on speakerphone and contributed.",
            {SUP},
        ),
        ("Diagnosed with emotionally unstable personality disorder in 2019.", {SUP}),
        ("She denies any recent self-harm.", {NS}),
        ("She worked in a call centre for three months.", {NC}),
        ("She needs her support worker to accompany her to places she does not know.", {SUP}),
        ("She reports feeling anxious when appointments are changed.", {QD}),
        ("Current medication: sertraline 50 mg and quetiapine 25 mg at night.", {NC}),
        ("Alcohol: drinks socially at weekends.", {NS}),
        ("She is in weekly contact with the crisis team.", {NC}),
    ]
    return turns, report


# PIP PA4, face to face at an assessment centre, motor neurone disease in a man of 58 with his wife.
def _case_05():
    turns = [
        (
            "A",
            "Good morning. I'm Nurse Patel. It's half nine, so we'll make a start. Mr Doyle, you're here with...?",
        ),
        ("P", "I'm Sue, his wife. His speech is getting harder to follow, so I might help out."),
        ("A", "That's fine. Mr Doyle, when were you diagnosed?"),
        (
            "C",
            "Motor neurone disease, in August twenty twenty-three. It started in my right hand. Now it's both legs, and my speech.",
        ),
        ("A", "How do you get about?"),
        (
            "C",
            "Wheelchair outside. Sue pushes. Indoors I use a frame, but I can only manage a few steps, maybe five or six metres, from the bed to the bathroom. I've had a few falls.",
        ),
        ("P", "He went down doing that last week. He's fallen four times this month."),
        ("A", "How is eating?"),
        (
            "C",
            "Slow. Food goes down the wrong way. A meal takes me an hour. Sue cuts it up for me.",
        ),
        (
            "P",
            "He's choked badly twice. The speech therapist has him on soft food and thickened drinks.",
        ),
        ("A", "And washing?"),
        (
            "C",
            "Sue helps me in the shower. I sit on a chair. I can't lift my arms to wash my hair.",
        ),
        ("A", "Can you use the toilet on your own?"),
        (
            "C",
            "I need a frame round the toilet, and Sue helps me with my clothes. At night I use a bottle.",
        ),
        ("A", "Medication?"),
        ("C", "Riluzole, fifty milligrams twice a day. And something for the saliva."),
        ("A", "Okay. I'm going to ask you to stand up from the chair, if you can."),
        ("C", "Sue, can you... give me your arm. Right. I can stand, but not for long."),
        (
            "A",
            "That's fine, please sit down. Thank you both, that's everything. It's ten past ten now.",
        ),
    ]
    report = [
        ("Consultation started 09:30 and finished 10:45.", {IMP}),
        (
            "Diagnosed with motor neurone disease in August 2023, initially affecting the right hand.",
            {SUP},
        ),
        (
            "Mobility activity 2: he mobilises indoors with a walking frame for up to 50 metres.",
            {NC},
        ),
        ("No falls reported.", {NS}),
        ("He eats independently and a meal takes him around 20 minutes.", {NC, QD}),
        (
            "He has been advised by speech and language therapy to have a soft diet and thickened fluids.",
            {SUP},
        ),
        ("He showers seated, with help from his wife.", {SUP}),
        ("He rose from the chair unaided and stood with a steady posture.", {IMP}),
        ("Activity 5: he manages toileting independently.", {QD}),
    ]
    return turns, report


# WCA ESA85, face to face at an assessment centre, vertigo and Meniere's disease in a woman of 47.
def _case_06():
    turns = [
        ("A", "Hello, Mrs Walsh. Please sit down. How did you get here today?"),
        (
            "C",
            "A taxi. I don't drive anymore. The DVLA took my licence after I had an attack at the wheel.",
        ),
        ("A", "Tell me about the Meniere's."),
        (
            "C",
            "It's in my left ear. I get these attacks where the room spins, I'm sick, I can't stand up. They come two or three times a week, with no warning.",
        ),
        ("A", "How long does an attack last?"),
        ("C", "Anything from three to four hours. Then I'm wiped out for the rest of the day."),
        ("A", "What do you do during an attack?"),
        (
            "C",
            "Lie on the floor, wherever I am, and keep my eyes shut. I've got a bucket. I've banged my head twice falling when one came on.",
        ),
        ("A", "And between attacks?"),
        (
            "C",
            "I'm unsteady. I've got the ringing in my ear all the time, and I'm deaf on the left now. I hold on to the walls at home.",
        ),
        ("A", "How far can you walk between attacks?"),
        (
            "C",
            "Maybe a hundred metres with my stick. I don't go out alone in case one starts. My sister comes with me.",
        ),
        ("A", "Any medication?"),
        (
            "C",
            "Betahistine, sixteen milligrams three times a day. Prochlorperazine when an attack starts, but it doesn't stop it.",
        ),
        ("A", "What were you doing for work?"),
        ("C", "Hairdresser, twenty-two years. I had to give up in twenty twenty-one."),
        (
            "A",
            "I'd like to do a balance test. Could you stand with your feet together and close your eyes?",
        ),
        ("C", "I'd rather not do that with my eyes shut. I'll go over."),
        ("A", "That's fine, we'll leave that one. Thank you, that's all."),
    ]
    report = [
        ("She reports that she still drives short distances.", {NS}),
        ("The claimant reports attacks of vertigo once or twice a month.", {NC}),
        ("Attacks last 30 to 40 minutes.", {NC}),
        ("She has constant tinnitus and hearing loss in the left ear.", {SUP}),
        ("Mobilising: she can walk 100 metres with a stick.", {QD}),
        ("No history of falls or injury.", {NS}),
        ("Romberg's test was negative.", {IMP}),
        ("Takes betahistine 16 mg three times daily.", {SUP}),
        ("She worked as a hairdresser for 12 years until 2021.", {NC}),
        ("During an attack she lies down with her eyes closed until it passes.", {SUP}),
    ]
    return turns, report


# PIP PA4, telephone, chronic pain after spinal fusion surgery in a man of 39.
def _case_07():
    turns = [
        (
            "A",
            "Hi, Marcus? It's Dean from the assessment service. Are you okay to go ahead? Are you on your own?",
        ),
        (
            "C",
            "Yeah, just me. I'll probably have to stand up partway through, just so you know. I can't sit long.",
        ),
        ("A", "No problem. Tell me what happened."),
        (
            "C",
            "I had a spinal fusion, L four L five, in twenty twenty-two, after a fall at work. I was a scaffolder. The surgery was meant to fix it, but the pain's been worse since. They call it failed back surgery syndrome.",
        ),
        ("A", "Where's the pain?"),
        (
            "C",
            "Lower back, and it shoots down my left leg, right down to my foot. Burning. It's there all the time, eight out of ten most days.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Pregabalin, three hundred milligrams twice a day, morphine patches and paracetamol. The pregabalin makes me drowsy.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "To the car, about, uh, twenty metres? Then the leg goes numb and I have to lean on something. With crutches I've done a bit more but I pay for it the next day.",
        ),
        ("A", "How long can you sit?"),
        ("C", "Twenty minutes, tops. Then I have to get up and walk about."),
        ("A", "Getting dressed?"),
        (
            "C",
            "Top half's fine. I can't bend to do socks or shoes. I use a sock aid, and my partner ties my laces.",
        ),
        ("A", "Getting in and out of the bath?"),
        (
            "C",
            "I don't use the bath. I can't get out of it. We had a walk-in shower put in, and I sit on a seat.",
        ),
        ("A", "And cooking?"),
        (
            "C",
            "I can do a microwave meal. Standing at the cooker for more than ten minutes kills me.",
        ),
        ("A", "Thanks, Marcus, I think that's everything."),
    ]
    report = [
        ("He sat comfortably throughout the 50-minute telephone consultation.", {IMP}),
        ("He underwent an L4/L5 spinal fusion in 2020 following a fall at work.", {NC}),
        ("He describes constant low back pain radiating down the left leg to the foot.", {SUP}),
        ("He takes pregabalin 300 mg twice daily, which makes him drowsy.", {SUP}),
        ("He states he can walk about 200 metres.", {NC, QD}),
        ("He reports being able to sit for up to an hour.", {NC}),
        ("Activity 6: he is independent with dressing, using a sock aid.", {QD}),
        ("He has a walk-in shower with a seat and does not use the bath.", {SUP}),
        ("He states he swims regularly to help manage his pain.", {NS}),
        ("Activity 1: he can cook a simple meal at the cooker.", {QD}),
    ]
    return turns, report


# PIP PA4, home visit, sickle cell disease with avascular necrosis of the hip in a woman of 26.
def _case_08():
    turns = [
        ("A", "Hello Abena, I'm Rachel. Thanks for having me. Is it just you today?"),
        ("C", "Yes, just me. Mum's at work. Come through, sorry about the mess."),
        ("A", "Tell me about your sickle cell."),
        (
            "C",
            "I've got H B S S, the severe type. I get crises, that's when the pain is so bad I have to go to hospital. Last year I was admitted five times, and one of those was for nearly two weeks.",
        ),
        ("A", "And between crises?"),
        (
            "C",
            "I'm tired all the time. I've got avascular necrosis in my left hip, from the sickle cell, so walking hurts every day. I'm on the list for a hip replacement.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Maybe a couple of hundred yards on a good day, with my stick. When the hip's bad I struggle getting to the bathroom.",
        ),
        ("A", "How often is the hip bad?"),
        ("C", "Most days, honestly. I'd say four or five days out of seven."),
        ("A", "What medication do you take?"),
        (
            "C",
            "Hydroxycarbamide every day, folic acid, penicillin, and codeine for the hip. In a crisis they give me morphine.",
        ),
        ("A", "Do you work or study?"),
        (
            "C",
            "I was doing a nursing degree, but I had to suspend it in my second year because I kept missing placements.",
        ),
        ("A", "Can you manage the stairs here?"),
        (
            "C",
            "I sleep downstairs now. I couldn't do the stairs. The bathroom's downstairs, luckily.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I can do simple things, sitting on a stool. Cold makes the crises worse, so I have to be careful with the freezer. I use gloves.",
        ),
        ("A", "Could you walk to the kitchen and back for me?"),
        ("C", "Okay. Give me a second. I'll need the stick."),
        ("A", "Thank you, that's all I need."),
    ]
    report = [
        ("Seen at home with her mother present.", {IMP}),
        (
            "She has sickle cell disease, HbSS, with five hospital admissions for crises in the last year.",
            {SUP},
        ),
        ("Her longest admission lasted approximately two days.", {NC}),
        ("She walks a couple of hundred yards.", {QD}),
        ("She reports that her hip pain is worse on two or three days a week.", {NC}),
        ("She is awaiting a hip replacement for avascular necrosis.", {SUP}),
        ("She is currently completing the final year of a nursing degree.", {NS}),
        ("She walked to the kitchen and back without a walking aid.", {IMP}),
        ("Activity 1: she prepares simple meals while seated on a stool.", {SUP}),
    ]
    return turns, report


# WCA ESA85, video, dyspraxia with anxiety in a man of 19 with his mother.
def _case_09():
    turns = [
        (
            "A",
            "Hello, can you hear me? I'm Amanda, I'm a physiotherapist and I'm doing your assessment by video. Who's with you?",
        ),
        ("C", "Hi. Yeah, it's my mum. She's just, um, she's off camera."),
        ("P", "Hello, I'm Fiona. I'm here to help if he gets stuck."),
        ("A", "Thanks. Callum, tell me about your dyspraxia."),
        (
            "C",
            "I was diagnosed at seven. It's coordination, mainly. I drop things, I bump into stuff, I fall over a lot. And I find it really hard to learn things with steps. Like, I need to be shown loads of times.",
        ),
        ("A", "Can you do up buttons?"),
        (
            "C",
            "Not small ones. Mum bought me tops without buttons. Zips I can do, but it takes me ages.",
        ),
        ("A", "Writing?"),
        (
            "C",
            "I can write, but it's messy and slow. At college I had a scribe. I type with two fingers.",
        ),
        ("A", "How did college go?"),
        ("C", "I left in the first year. I couldn't keep up and I got really anxious."),
        ("A", "Could you learn to use a new washing machine?"),
        (
            "C",
            "Probably not by myself. Mum showed me ours, like, ten times, and I still put the wrong programme on. She wrote the steps on a card and stuck it on the front.",
        ),
        ("P", "He can do it now with the card, but if anything changes he's lost."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "To the shop at the end of the road. Buses make me panic, so I don't really go on them.",
        ),
        ("A", "Have you had any falls recently?"),
        (
            "C",
            "I fell down the stairs, no, wait, it was the last three steps, in March. I sprained my wrist.",
        ),
        ("A", "Could you show me how you'd hold a pen, and write your name on a piece of paper?"),
        ("C", "Um, okay. There. It's not very good."),
        ("A", "That's fine. Thank you both, we're done."),
    ]
    report = [
        ("He was diagnosed with dyspraxia at the age of 7.", {SUP}),
        ("Manual dexterity: he is able to fasten zips independently.", {QD}),
        ("He completed a two-year course at college.", {NS}),
        ("Learning tasks: he learned to use the washing machine after being shown once.", {NC, QD}),
        ("He walks to the shop at the end of his road on his own.", {SUP}),
        ("He travels independently by bus.", {NS}),
        ("He reports a fall on the stairs in March in which he sprained his wrist.", {SUP}),
        ("His handwriting sample was neat and legible.", {IMP}),
        ("He is able to type on a keyboard.", {QD}),
    ]
    return turns, report


# PIP PA4, face to face at an assessment centre, deafblindness from Usher syndrome in a woman of 55 with her communicator guide.
def _case_10():
    turns = [
        ("A", "Good afternoon. I'm Helen, the assessor. Mrs Bell, can you hear me?"),
        (
            "P",
            "I'm Tom, her communicator guide. She hears some speech with her hearing aids if you speak slowly and face her, and I'll repeat anything she misses.",
        ),
        ("C", "Hello. Yes, if you speak clearly I'll get most of it."),
        ("A", "Can you tell me about your conditions?"),
        (
            "C",
            "Usher syndrome. I was born hard of hearing, and my sight started going in my twenties. Now I've got about five degrees of vision left, like looking through a straw. That's in both eyes.",
        ),
        ("A", "How do you read letters?"),
        (
            "C",
            "I can't read ordinary print at all now. I use a magnifier for very large print, but mainly my phone reads things out, or Tom reads my post to me.",
        ),
        ("A", "How about conversations?"),
        (
            "C",
            "One to one, in a quiet room, with my aids, I manage. In a group, or anywhere noisy, no chance. I lip-read what I can, but I can't see faces properly anymore.",
        ),
        ("A", "How did you get here today?"),
        (
            "C",
            "Tom guided me. I came on the train with him. I use a long cane, but I wouldn't attempt a journey like this alone. Even locally I only go on routes I've practised, and I've walked into a lamp post twice this year.",
        ),
        ("A", "Can you prepare a meal?"),
        (
            "C",
            "I use a talking microwave, and I have raised dots on the hob. I've burned my arm on the oven door, so I stick to simple things.",
        ),
        ("A", "How long does a simple meal take you?"),
        ("C", "Longer than it should. To peel and chop the veg, maybe forty-five minutes."),
        (
            "A",
            "Thank you. I'm going to check your eyesight briefly. Can you tell me how many fingers I'm holding up here?",
        ),
        ("C", "I can't see your hand at all, I'm sorry. Where is it?"),
        ("A", "Over to the side. That's fine. We've finished, thank you both."),
    ]
    report = [
        ("She attended with a communicator guide.", {SUP}),
        ("She reports a remaining visual field of approximately 15 degrees in both eyes.", {NC}),
        ("Activity 9: she reads printed letters using a magnifier.", {QD}),
        ("She converses without difficulty in a one-to-one setting.", {QD}),
        ("She travelled to the assessment centre alone by train.", {IMP}),
        ("She has walked into a lamp post on one occasion this year.", {NC}),
        ("She uses a talking microwave and tactile markings on the hob.", {SUP}),
        ("Preparing a simple meal takes her approximately 15 minutes.", {NC}),
        (
            "Confrontation visual fields: she was able to count fingers in the peripheral field.",
            {IMP},
        ),
        (
            "She has been hard of hearing since birth and her sight began to deteriorate in her twenties.",
            {SUP},
        ),
        ("She states she walks unfamiliar routes independently using a long cane.", {NS}),
    ]
    return turns, report


# PIP PA4, telephone, self-harm and depression in a woman of 24.
def _case_11():
    turns = [
        (
            "A",
            "Hello, is that Chloe? My name is Paul, I'm a nurse, and I'm calling about your PIP assessment. Before we start, is it okay that you're recording this call?",
        ),
        ("C", "Yeah. I told them. Sorry, I'm really nervous."),
        ("A", "That's okay. Take your time. Can you tell me about your mental health?"),
        (
            "C",
            "I've had depression since I was about fifteen. It got a lot worse two years ago. I self-harm, I cut my arms and my legs. And I took an overdose in, um, February.",
        ),
        ("A", "Are you getting any support?"),
        (
            "C",
            "I see a care coordinator every two weeks, and I'm on the waiting list for DBT. It's been fourteen months.",
        ),
        ("A", "How are you managing your medication?"),
        (
            "C",
            "My mum keeps my tablets locked away since the overdose. She gives me them each morning. Fluoxetine, forty milligrams. And she watches me take them.",
        ),
        ("A", "What about washing and bathing?"),
        (
            "C",
            "Some weeks I don't shower at all. Mum has to tell me to. When I do, I don't look at my arms.",
        ),
        ("A", "How about eating?"),
        (
            "C",
            "I forget to eat, or I just can't be bothered. Most days I have one meal, if that. Mum will bring me something and stay until I've eaten it.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Not really. If I go out it's with my mum. On my own I get panic attacks. I had one on the bus in the summer and had to get off and sit on the pavement for, like, an hour.",
        ),
        ("A", "How is your sleep?"),
        (
            "C",
            "I sleep most of the day and I'm up all night. I go to bed at maybe four in the morning.",
        ),
        ("A", "Do you have any thoughts of ending your life at the moment?"),
        ("C", "Sometimes. Not every day. I've got a safety plan with the crisis number on it."),
        ("A", "Thank you for telling me that, Chloe. We'll stop there."),
    ]
    report = [
        ("She was calm throughout and maintained good eye contact.", {IMP}),
        (
            "She reports depression since the age of 15, which has worsened over the last two years.",
            {SUP},
        ),
        ("She took an overdose in February.", {SUP}),
        ("She sees a care coordinator monthly.", {NC}),
        ("She has been on the waiting list for DBT for four months.", {NC}),
        ("Activity 3: she takes fluoxetine 40 mg each morning.", {QD}),
        ("Activity 4: she is able to shower and wash herself.", {QD}),
        ("She reports eating three meals a day.", {NC}),
        ("She travels on the bus independently.", {NS}),
        ("She denies any current thoughts of suicide.", {NS}),
        ("She goes to bed at around 4 am and sleeps for much of the day.", {SUP}),
    ]
    return turns, report


# WCA ESA85, face to face at an assessment centre, learning disability with Down syndrome in a man of 34 with his support worker.
def _case_12():
    turns = [
        ("A", "Hello Daniel, I'm Mr Adeyemi. Who have you brought with you?"),
        ("C", "This is Gemma. She's my support worker."),
        ("P", "Hi. I've supported Daniel for about four years, at his supported living flat."),
        ("A", "Daniel, can you tell me what you do in a day?"),
        (
            "C",
            "I get up. I watch telly. On Tuesday I go to the day centre. I like the day centre. We do cooking.",
        ),
        ("A", "Do you cook at home?"),
        ("C", "Gemma helps me. I do toast. I am not allowed on the cooker on my own."),
        (
            "P",
            "He left a pan on the hob last year and it caught fire. Staff have to be in the kitchen with him now.",
        ),
        ("A", "Daniel, do you go out on your own?"),
        ("C", "To the shop. Just the shop on the corner. I know the way."),
        (
            "P",
            "That's about two minutes from the flat. Anywhere else, staff go with him. He got lost in town in twenty twenty-three and the police brought him home.",
        ),
        ("A", "Daniel, how do you get your money?"),
        ("C", "Gemma does it. I have pocket money on Friday. Twenty pounds."),
        ("A", "What about learning new things, like a new phone?"),
        ("C", "It's hard. Gemma shows me. Lots of times."),
        (
            "P",
            "It took about three months of practice for him to learn to make a call on his new phone, and he still needs reminding.",
        ),
        ("A", "Daniel, can you tell me what day it is today?"),
        ("C", "Is it... Monday?"),
        ("P", "It's Thursday, Daniel."),
        ("A", "Thank you both. We'll finish there."),
    ]
    report = [
        ("Accompanied by his support worker, who has known him for four years.", {SUP}),
        ("He attends a day centre three days a week.", {NC}),
        ("He is able to use the cooker to prepare simple meals.", {QD}),
        ("He goes out alone to the shop on the corner, a route he knows.", {SUP}),
        ("He reports going into town independently.", {NS}),
        ("He receives £40 a week pocket money.", {NC}),
        ("Learning tasks: he learned to use his new phone within a few days.", {NC, QD}),
        ("Mental state: he was orientated in time, place and person.", {IMP}),
        ("His support worker manages his money.", {SUP}),
    ]
    return turns, report


# PIP PA4, video, Crohn's disease with an ileostomy in a woman of 38.
def _case_13():
    turns = [
        (
            "A",
            "Hi Natalie, can you see me? I'm Joe from the assessment service. We're on video today. Just to confirm, it's eleven o'clock and we're starting now.",
        ),
        ("C", "Hi, yes, I can see you. It's just me here."),
        ("A", "Can you tell me about your Crohn's?"),
        (
            "C",
            "I was diagnosed at nineteen, so that's nineteen years now. I had my large bowel removed in twenty twenty, and I've had an ileostomy since then.",
        ),
        ("A", "How does the stoma affect you?"),
        (
            "C",
            "It leaks. Maybe two or three times a week, and at night as well, so I wake up soaked. I change the bag about six times a day.",
        ),
        ("A", "Do you need help with it?"),
        (
            "C",
            "Normally I manage, but when it leaks badly my partner has to help me clean up and change the sheets. And my hands shake when I'm tired, which makes fitting the bag hard.",
        ),
        ("A", "How about eating?"),
        (
            "C",
            "I'm on a low fibre diet and I have to eat little and often. I get dehydrated easily. I've been admitted twice for that this year.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Only if I know where the toilets are. I carry a spare kit everywhere. I had a leak in Tesco last month and I haven't been back.",
        ),
        ("A", "How far could you walk?"),
        (
            "C",
            "Walking isn't the main problem, it's the fatigue. Maybe twenty minutes, and then I need to sit down.",
        ),
        ("A", "Do you work?"),
        (
            "C",
            "I work from home, part time, sixteen hours a week, for an insurance company. They're very understanding.",
        ),
        ("A", "Any medication?"),
        (
            "C",
            "Loperamide, four tablets four times a day, and iron. I used to be on infliximab, but I stopped it after the surgery.",
        ),
        ("A", "Okay, that's everything, Natalie. It's twenty past eleven, so we'll end there."),
    ]
    report = [
        ("Video consultation from 11:00 to 11:20.", {SUP}),
        ("Crohn's disease diagnosed at the age of 19, with an ileostomy formed in 2020.", {SUP}),
        ("Her stoma leaks approximately once a month.", {NC}),
        ("Activity 5: she manages her stoma independently.", {QD}),
        ("She has been admitted to hospital once this year with dehydration.", {NC}),
        (
            "Fatigue limits her walking to about 20 minutes, after which she needs to sit down.",
            {SUP},
        ),
        ("She does her shopping at her local supermarket regularly.", {NS}),
        ("Her partner was present and confirmed the history.", {IMP}),
        (
            "She takes loperamide, four tablets four times a day; infliximab was stopped after surgery.",
            {SUP},
        ),
    ]
    return turns, report


# WCA ESA85, face to face at an assessment centre, epilepsy in a man of 29.
def _case_14():
    turns = [
        (
            "A",
            "Morning. Mr Cole, is it? Please take a seat. I'm Doctor Lewis. How did you travel here?",
        ),
        ("C", "My dad drove me. He's waiting in the car. I can't drive because of the fits."),
        ("A", "Tell me about your epilepsy."),
        (
            "C",
            "I've had it since I was sixteen. I get the big ones, tonic clonic, about twice a month, and the smaller ones, where I go blank for a minute, nearly every day.",
        ),
        ("A", "Do you get any warning?"),
        ("C", "Sometimes a funny taste, a few seconds before. Not enough to sit down, usually."),
        ("A", "What happens afterwards?"),
        (
            "C",
            "I'm confused, I don't know where I am, and I sleep for three or four hours. I've bitten my tongue, I've wet myself. Last year I broke my collarbone in one.",
        ),
        ("A", "When was the last big one?"),
        ("C", "Saturday. In the kitchen. My flatmate found me."),
        ("A", "Medication?"),
        (
            "C",
            "Levetiracetam, fifteen hundred milligrams twice a day, and lamotrigine. They keep upping the doses.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Only with the microwave. The neurologist told me not to use the cooker. And I only shower when someone's in the flat, never a bath.",
        ),
        ("A", "Do you go out alone?"),
        (
            "C",
            "Short walks near home. I carry a card saying I've got epilepsy. I don't cross big roads on my own.",
        ),
        ("A", "And work?"),
        (
            "C",
            "I was a chef. I lost my job in twenty twenty-one after I had a seizure at work next to the fryer.",
        ),
        ("A", "Thanks. I'm going to check your reflexes and coordination now."),
        ("C", "Okay."),
        ("A", "All normal there. That's it, thank you."),
    ]
    report = [
        ("He travelled to the centre by car, driving himself.", {IMP}),
        ("Tonic-clonic seizures occur approximately twice a year.", {NC}),
        ("He also has brief episodes of blankness nearly every day.", {SUP}),
        (
            "He states he gets sufficient warning of a seizure to get himself to a place of safety.",
            {NS},
        ),
        ("Post-ictal recovery takes around 30 minutes.", {NC}),
        ("His most recent tonic-clonic seizure was on Saturday.", {SUP}),
        ("Medication: levetiracetam 1000 mg twice daily and lamotrigine.", {NC}),
        ("He is able to shower independently.", {QD}),
        ("Neurological examination: reflexes and coordination normal.", {SUP}),
    ]
    return turns, report


# PIP PA4, telephone, wet macular degeneration in a man of 64 with his wife on the extension.
def _case_15():
    turns = [
        (
            "A",
            "Good morning, Mr Harris, it's Kate from the assessment service. It's ten o'clock. Shall we begin?",
        ),
        ("C", "Morning. Yes. My wife's on the extension, she'll chip in if I forget things."),
        ("P", "Hello, I'm Jean."),
        ("A", "Hello Jean. Mr Harris, what's the main problem?"),
        (
            "C",
            "Macular degeneration, the wet type, in both eyes. The right went first, in twenty nineteen, then the left. I have injections into the eyes every eight weeks at the hospital.",
        ),
        ("A", "Can you read?"),
        (
            "C",
            "Not ordinary print. I've got a video magnifier, and it takes me half an hour to get through a letter. Jean reads most of them to me.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I can make a cup of tea using a liquid level indicator. It beeps. But I've scalded myself, so cooking, no. Jean does that.",
        ),
        ("P", "He tried to cook an egg in March and burned his hand on the grill."),
        ("A", "Tablets?"),
        (
            "C",
            "Jean puts them in a dosette box. I can't read the labels. I've taken the wrong ones before.",
        ),
        ("A", "Getting out and about?"),
        (
            "C",
            "I know my way to the paper shop, that's about a hundred yards. Anywhere else I need someone. I can't read bus numbers or see the kerbs properly. I've tripped up kerbs several times.",
        ),
        ("A", "Do you use a cane?"),
        ("C", "A white symbol cane, yes. I was registered severely sight impaired last year."),
        ("A", "And money?"),
        (
            "C",
            "I can't see the notes or the screen on the card machine. Jean does the banking. I can't do it online because I can't see the screen.",
        ),
        ("A", "That's all I need, thank you both. It's twenty to eleven."),
    ]
    report = [
        ("Telephone consultation, 10:00 to 10:40, with his wife present on the line.", {SUP}),
        ("He receives intravitreal injections every four weeks.", {NC}),
        ("Activity 9: he reads his letters using a video magnifier.", {QD}),
        ("He makes hot drinks using a liquid level indicator.", {SUP}),
        ("He states he cooks light meals such as eggs for himself.", {NS}),
        ("He manages his own medication.", {QD}),
        ("He walks on his own to the paper shop, about 100 yards away.", {SUP}),
        (
            "His visual acuity appeared adequate and he moved about the room without difficulty.",
            {IMP},
        ),
    ]
    return turns, report


# WCA ESA85 for Universal Credit, telephone, combat-related PTSD in a man of 45.
def _case_16():
    turns = [
        (
            "A",
            "Hello, Mr Turner? My name's Claire, I'm calling for your work capability assessment. The time now is two o'clock. Is it alright to carry on?",
        ),
        ("C", "Yeah. Go on."),
        ("A", "Can you tell me about your health?"),
        (
            "C",
            "PTSD. Combat related. I did two tours of Afghanistan and left the army in twenty fourteen. It got bad about five years ago. Nightmares, flashbacks, the lot.",
        ),
        ("A", "How often do you get flashbacks?"),
        ("C", "Most days. Something sets me off, a car backfiring, a smell, and I'm back there."),
        ("A", "How do you sleep?"),
        ("C", "Two, three hours a night. I'm up patrolling the house, checking the locks."),
        ("A", "How do you get on with people?"),
        (
            "C",
            "I don't. I avoid them. I go to the shop at six in the morning when it's empty. If someone bumps into me I can kick off. I got arrested last year after a row in a pub car park.",
        ),
        ("A", "Have you had any angry outbursts recently?"),
        ("C", "Last week I put my fist through the kitchen door. My wife's had enough, honestly."),
        ("A", "Are you having any treatment?"),
        (
            "C",
            "I see a therapist through Op Courage, once a fortnight. I'm on sertraline, and prazosin for the nightmares.",
        ),
        ("A", "Could you go somewhere unfamiliar on your own?"),
        (
            "C",
            "I'd have a panic attack. I need to know where the exits are. I'd only do it if my wife drove me and I could sit by the door.",
        ),
        ("A", "Do you drink alcohol?"),
        ("C", "I used to drink heavily. I've been dry eighteen months now."),
        ("A", "Well done. Okay, that's all my questions. It's twenty-five past two. Thank you."),
    ]
    report = [
        ("Telephone assessment commenced at 14:00 and concluded at 15:10.", {IMP}),
        ("He served in the army, completing two tours of Afghanistan, and left in 2014.", {SUP}),
        ("He sleeps around six hours a night.", {NC}),
        ("He goes to the local shop.", {QD}),
        ("No episodes of aggression were reported.", {NS}),
        ("He sees a therapist weekly.", {NC}),
        ("He could get to an unfamiliar place if his wife drove him.", {QD}),
        ("He drinks alcohol at weekends.", {NS}),
        ("He has flashbacks on most days, triggered by noises and smells.", {SUP}),
    ]
    return turns, report


# PIP PA4, face to face at an assessment centre, fibromyalgia and ME/CFS in a woman of 49 with a friend.
def _case_17():
    turns = [
        ("A", "Hello, come through. I'm Lisa. You've brought a friend?"),
        ("C", "Yes, this is Bethan. She drove me, I can't drive that far anymore."),
        ("P", "Hiya. I'll just sit here."),
        ("A", "Sian, tell me about your conditions."),
        (
            "C",
            "Fibromyalgia and ME. The fibro was diagnosed in twenty sixteen, the ME a bit later. Everything hurts, all the time, and the exhaustion is like nothing I can explain.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "From the car park to here nearly finished me. I'd say fifty metres, and I had to stop twice. And tomorrow I'll be in bed all day because I've done this today.",
        ),
        ("P", "She had to hold on to me all the way from the car."),
        ("A", "How about washing?"),
        (
            "C",
            "I can't stand in the shower long, I have a stool. Some days I can't face it and I just have a wash at the sink. I can't lift my arms to wash my hair without stopping, so Bethan or my daughter does it at the weekend.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I can do it, but it takes me ages, like half an hour, and I have to sit on the bed and rest halfway.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "Ready meals, mostly. If I chop vegetables, my hands and wrists burn after a few minutes.",
        ),
        ("A", "How many bad days do you have?"),
        ("C", "More bad than good. In a week, four or five bad days at least."),
        ("A", "Medication?"),
        ("C", "Amitriptyline at night, twenty milligrams, and duloxetine."),
        ("A", "Could you get up on the couch for me so I can examine you?"),
        ("C", "I'll try. Bethan, can you help me up?"),
        ("A", "Thank you. I'll just press on a few points. Tell me if it hurts."),
        ("C", "Ow, yes, that, and that one. That's really sore."),
        ("A", "Okay, we're done. Thank you both."),
    ]
    report = [
        ("She attended alone and walked from the car park without stopping.", {IMP}),
        ("Mobility activity 2: she states she can walk about 50 metres.", {QD}),
        ("Activity 4: she manages to wash and bathe using a shower stool.", {QD}),
        ("She dresses herself in about ten minutes.", {NC, QD}),
        ("She reports bad days on around two days a week.", {NC}),
        ("She got onto the examination couch independently.", {IMP}),
        ("Tenderness was elicited at several points on palpation.", {SUP}),
        ("Fibromyalgia was diagnosed in 2016 and ME subsequently.", {SUP}),
        ("She takes amitriptyline 20 mg at night and duloxetine.", {SUP}),
        ("She states she cooks her meals from fresh ingredients.", {NS}),
    ]
    return turns, report


# PIP PA4, home visit, paranoid schizophrenia in a man of 41 with his sister.
def _case_18():
    turns = [
        ("A", "Hello, Mr Price? I'm Andrew, I'm here for your PIP assessment. Can I come in?"),
        ("P", "Come in. I'm Donna, his sister. He asked me to be here."),
        ("A", "Thanks. Wayne, how are you today?"),
        ("C", "Alright. The voices are loud today. I didn't sleep."),
        ("A", "Can you tell me about your illness?"),
        (
            "C",
            "Paranoid schizophrenia. I was diagnosed when I was twenty-two. I've been sectioned three times. The last time was twenty twenty-two, for about four months.",
        ),
        ("A", "What treatment do you have?"),
        (
            "C",
            "An injection every two weeks, the depot. The nurse comes to the house for it, because I wouldn't go. And clozapine, no, not clozapine, they stopped that. It's just the injection now.",
        ),
        ("A", "What do the voices say?"),
        (
            "C",
            "They tell me people are watching me. That the neighbours are putting things in the water. I don't drink from the tap.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Not on my own. Donna takes me shopping on a Thursday. If I'm on my own I think people are following me and I come straight home.",
        ),
        (
            "P",
            "He won't open the door to anyone he doesn't know. The meter reader's been turned away five times.",
        ),
        ("A", "How do you manage money?"),
        (
            "C",
            "Donna's my appointee. She pays everything. I get thirty pounds a week to spend, and sometimes it's gone in a day on scratch cards.",
        ),
        ("A", "Do you cook?"),
        ("C", "Tins. Beans. Donna brings food round. I forget to eat when the voices are bad."),
        ("A", "Do you see friends?"),
        ("C", "No. I don't have any. Just Donna and my nurse."),
        ("A", "Thank you, Wayne. That's everything."),
    ]
    report = [
        ("He answered the door and invited the assessor in.", {IMP}),
        ("Seen at home with his sister present.", {SUP}),
        (
            "He was diagnosed with paranoid schizophrenia at 22 and has been detained under the Mental Health Act three times.",
            {SUP},
        ),
        ("His last admission was in 2020 and lasted about four months.", {NC}),
        ("A community nurse gives his depot injection at home every two weeks.", {SUP}),
        ("He is currently prescribed clozapine in addition to the depot injection.", {NS}),
        ("Mobility activity 1: he goes shopping weekly.", {QD}),
        ("Activity 1: he prepares simple meals from tins.", {QD}),
    ]
    return turns, report


# WCA ESA85, video, osteoarthritis of both knees in a Polish-speaking woman of 57 with an interpreter.
def _case_19():
    turns = [
        (
            "A",
            "Good afternoon, can you both hear me on the video? I'm Martin, I'm a paramedic, and I'm doing the work capability assessment today. It's three o'clock.",
        ),
        (
            "P",
            "Yes, we hear you. I'm Ewa, the interpreter. Mrs Nowak speaks a little English, but I will translate.",
        ),
        ("C", "Hello. Yes. My English, little bit."),
        ("A", "Thank you. Mrs Nowak, what are your main health problems?"),
        (
            "P",
            "She says she has arthritis in both knees, worse in the right knee, and she is waiting for a knee replacement. She has been on the waiting list since October twenty twenty-three.",
        ),
        ("A", "How far can she walk?"),
        (
            "P",
            "She says, with one crutch, about thirty or forty metres, then the knee locks and she has to stand still and wait. On stairs she goes one step at a time, holding the rail.",
        ),
        ("C", "Yes. Very slow. Pain."),
        ("A", "How long can she stand?"),
        (
            "P",
            "She says about ten minutes, for example washing the dishes, then she must sit down.",
        ),
        ("A", "And picking something up from the floor?"),
        (
            "P",
            "She says no, she cannot bend down. She uses a grabber, or her husband picks things up.",
        ),
        ("A", "Does she have any other conditions?"),
        (
            "P",
            "She says also high blood pressure, and diabetes, type two, with tablets. Metformin.",
        ),
        ("A", "What work did she do before?"),
        (
            "P",
            "She worked in a food packing factory for eleven years, standing all day, until twenty twenty-two.",
        ),
        ("A", "Okay. Could she stand up and show me how far she can bend her knee, if she's able?"),
        ("P", "She says she will try. She is standing now, holding the chair."),
        ("C", "Ah. No. Enough. Sorry."),
        ("A", "That's fine, please sit. Thank you both, we've finished. It's twenty past three."),
    ]
    report = [
        ("The claimant gave her history in fluent English.", {IMP}),
        ("She has been on the waiting list for a knee replacement since October 2023.", {SUP}),
        ("Mobilising: she can walk 100 metres with one crutch.", {NC, QD}),
        ("Standing: she can stand for 30 minutes.", {NC}),
        ("She uses a grabber to pick items up from the floor.", {SUP}),
        ("She manages stairs independently.", {QD}),
        (
            "Knee flexion on examination measured 90 degrees on the right and 110 degrees on the left.",
            {IMP},
        ),
        ("She worked in a food packing factory for 11 years until 2022.", {SUP}),
        ("She reports walking her dog twice a day.", {NS}),
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
FIRST_SEED = 32000


def make_case_32(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
