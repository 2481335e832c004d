"""Blind held-out evaluation set 36: assessment reports compared with assessment recordings.

Written without looking at the comparison code (only the shared background on users, rules, report
formats and point thresholds was read). Each case is a spoken dialogue between an assessor ("A"), the
claimant ("C") and, in some cases, a companion ("P": partner, parent, son, sister, support worker,
advocate or communicator guide), together with a PA4 (PIP) or ESA85 (WCA) style report whose
statements are labelled number_changed, qualifier_dropped, never_said, impossible or supported.

Channels: telephone, video, face to face at an assessment centre, home visit; PIP and WCA.

Conditions: chronic fatigue after cancer treatment, hypermobility with POTS, paranoid schizophrenia,
arthritis of the hands and wrists, severe asthma, deafblind (Usher syndrome), traumatic amputation of an
arm, bipolar II with alcohol dependence, chronic back pain with sciatica, functional neurological
disorder, sickle cell trait with chronic pain, Tourette's with OCD, coeliac disease with osteoporosis,
Crohn's disease (no stoma), post-traumatic stress after military service, agoraphobia, learning
disability with epilepsy, diabetic retinopathy, heart failure, stroke with left-sided weakness.
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
    # PIP, telephone, chronic fatigue after breast cancer treatment, claimant alone, brisk assessor.
    turns = [
        (
            "A",
            "Good morning. This is your telephone assessment for Personal Independence Payment. My name's Karen, I'm a registered nurse. It's, um, ten past ten now. Can you confirm your name and date of birth for me?",
        ),
        ("C", "Yes, it's Janet Hollis, um, fourteenth of March nineteen seventy-three."),
        ("A", "Thank you. Is anybody with you today?"),
        ("C", "No, no, it's just me. My husband's at work."),
        ("A", "Okay. Tell me about your condition."),
        (
            "C",
            "So I had breast cancer, that was diagnosed in twenty twenty-one. I had chemo and then radiotherapy, finished in, um, twenty twenty-two, and since then the fatigue has just, it's just not gone. It's like a crushing tiredness. Some days I can't get out of bed at all.",
        ),
        ("A", "How many days a week would you say are bad days?"),
        ("C", "Bad days, probably four a week. Maybe four, sometimes five."),
        ("A", "Medication?"),
        (
            "C",
            "I'm on letrozole, two point five milligrams once a day, and, um, sertraline, fifty milligrams.",
        ),
        ("A", "Preparing food. Can you cook a meal?"),
        (
            "C",
            "I can do something simple in the microwave. If I try and cook properly, you know, from fresh, I have to sit down halfway through, I've got a stool in the kitchen. And then I'm wiped out for the rest of the day.",
        ),
        ("A", "Washing and bathing?"),
        (
            "C",
            "I shower, but only when my husband's home, because I went dizzy once and nearly went over. So, um, about twice a week, and I sit on a shower seat.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I can dress myself, it just takes me a long time. I have to stop and rest in between, like, between putting my trousers on and my top.",
        ),
        ("A", "How long does it take you?"),
        ("C", "About, about half an hour? Sometimes more."),
        ("A", "Going out. Do you go out on your own?"),
        (
            "C",
            "To the corner shop, yeah. It's, um, about a hundred metres. But then I need to lie down when I get back.",
        ),
        ("A", "How far can you walk before you need to stop?"),
        (
            "C",
            "Maybe fifty metres, then I have to stop and lean on something. On a good day a bit further.",
        ),
        ("A", "Do you drive?"),
        (
            "C",
            "I stopped driving last year. I, um, I couldn't concentrate, I nearly went through a red light.",
        ),
        ("A", "Managing money?"),
        (
            "C",
            "I do it online, but my husband checks it, because I make mistakes. The chemo brain thing.",
        ),
        (
            "A",
            "Okay. That's all my questions. It's, um, ten fifty-two. The report goes to DWP and they'll write to you.",
        ),
        ("C", "Thank you."),
    ]
    report = [
        ("Telephone consultation commenced at 10:10 and concluded at 11:25.", {IMP}),
        ("The claimant was on her own for the call; she stated her husband was at work.", {SUP}),
        (
            "History of breast cancer diagnosed in 2021, treated with chemotherapy and radiotherapy completed in 2022. She describes persistent fatigue since.",
            {SUP},
        ),
        ("She reports bad days on 2 days per week.", {NC}),
        ("Current medication: letrozole 2.5mg once daily and sertraline 100mg.", {NC}),
        (
            "She states she is able to prepare and cook a meal from fresh ingredients standing at the cooker.",
            {QD},
        ),
        (
            "She showers approximately twice weekly, using a shower seat, and only when her husband is at home following an episode of dizziness.",
            {SUP},
        ),
        ("Dresses independently, taking approximately 10 minutes.", {NC, QD}),
        (
            "She walks to the corner shop, approximately 100 metres, and does not need to rest on her return.",
            {QD},
        ),
        ("She walks her dog daily.", {NS}),
        ("She continues to drive short distances locally.", {NS}),
    ]
    return turns, report


def _case_01():
    # PIP, video, hypermobile EDS with POTS, mother present, chatty assessor; declined examination.
    turns = [
        (
            "A",
            "Hiya, can you hear me okay? And see me? Lovely. I'm Mark, I'm a physiotherapist and I'll be doing your PIP assessment today over video. Just for the record it's two o'clock, just gone. Who've we got with you?",
        ),
        ("C", "Yeah, this is my mum, she's, um, she's here to help me."),
        ("P", "Hi, I'm Sandra, I'm her mum."),
        ("A", "Lovely, hi Sandra. So Chloe, tell me a bit about what's going on."),
        (
            "C",
            "So I've got hypermobile Ehlers-Danlos and POTS. Um, my joints dislocate, mainly my shoulders and my kneecaps. And with the POTS, when I stand up my heart rate goes up to, like, a hundred and forty, and I go dizzy and sometimes I faint.",
        ),
        ("A", "How often are you actually fainting?"),
        ("C", "Properly passing out, about twice a week. Nearly fainting, like, every day."),
        ("P", "It was three times last week, actually."),
        ("A", "Okay. And the dislocations?"),
        (
            "C",
            "Shoulders, probably, um, once or twice a month. The knees sort of half come out more, like a few times a week.",
        ),
        ("A", "Are you on anything for the POTS?"),
        ("C", "Ivabradine, five milligrams twice a day. And salt tablets."),
        ("A", "Great. Tell me about washing."),
        (
            "C",
            "I can't stand in the shower, I'll faint. So I've got a shower chair, and Mum has to be in the house. She washes my hair for me, because lifting my arms up, my shoulder can pop out.",
        ),
        ("A", "And cooking, do you cook at all?"),
        (
            "C",
            "Not really. I can't stand at the cooker. I'll, um, I'll make a sandwich sitting down at the table. Mum does the proper meals.",
        ),
        ("A", "Okay. Getting about, how far can you walk?"),
        ("C", "On a good day maybe, like, the length of our street? That's, what is it, Mum?"),
        ("P", "It's about two hundred metres, but she has to stop on the wall halfway."),
        (
            "C",
            "Yeah. And I use a wheelchair for anything further, Mum pushes it. On a bad day I don't really get past the front door.",
        ),
        ("A", "And how many good days would you get in a week?"),
        ("C", "Two. Maybe two good days a week."),
        ("A", "Going out to places you don't know?"),
        ("C", "I don't go on my own, in case I faint. Mum or my boyfriend come with me."),
        (
            "A",
            "Okay. Sorry to ask, could you stand up for me now and just show me how far you can bend forward?",
        ),
        (
            "C",
            "Um, I'd rather not. If I stand up quickly I'll go dizzy and there's nobody behind me. Mum, can you...",
        ),
        ("P", "No, I don't think she should, not on the camera with nobody to catch her."),
        (
            "A",
            "That's absolutely fine, we'll leave that. Okay, I think that's everything. It's, um, twenty-five to three. Thanks both.",
        ),
    ]
    report = [
        (
            "Video consultation. Present: the claimant and her mother, who contributed to the history.",
            {SUP},
        ),
        ("Consultation commenced 14:00 and concluded 14:35.", {SUP}),
        ("She reports fainting episodes approximately once a month.", {NC}),
        ("Medication: ivabradine 7.5mg twice daily and salt tablets.", {NC}),
        (
            "She uses a shower chair and her mother washes her hair because of the risk of shoulder dislocation.",
            {SUP},
        ),
        ("She makes her own sandwiches standing at the kitchen worktop.", {QD}),
        ("Her mother reports she can walk approximately 200 metres without needing to stop.", {QD}),
        ("She describes good days on 5 days of the week.", {NC}),
        ("She attends a gym twice a week to do her physiotherapy exercises.", {NS}),
        (
            "On examination forward flexion was full, fingertips reaching the floor, with a Beighton score of 7/9.",
            {IMP},
        ),
        (
            "She does not go to unfamiliar places on her own because of the risk of fainting; her mother or boyfriend go with her.",
            {SUP},
        ),
    ]
    return turns, report


def _case_02():
    # WCA, face to face, paranoid schizophrenia, support worker present, break taken mid-assessment.
    turns = [
        (
            "A",
            "Come in, take a seat, both of you. I'm Doctor Okafor, I'm doing your work capability assessment today. It's quarter past eleven. And you are?",
        ),
        ("P", "I'm Priya, I'm Daniel's support worker from the community mental health team."),
        ("A", "Thanks for coming. Daniel, can you tell me about your health?"),
        (
            "C",
            "Um. Paranoid schizophrenia. Since I was, like, nineteen. I hear voices. They, um, they tell me people are watching me.",
        ),
        ("A", "Are you hearing them at the moment?"),
        ("C", "A bit. Yeah. They don't like this room."),
        ("A", "Okay. What medication do you take?"),
        ("C", "Clozapine. Um, three hundred milligrams. At night."),
        ("P", "It's three hundred at night and a hundred in the morning."),
        ("C", "Yeah. That."),
        ("A", "Do you take it yourself?"),
        (
            "C",
            "Priya's lot put it in the, the dosette box, and my sister rings me every morning to remind me. I'd forget otherwise. Or I'd think it was poisoned.",
        ),
        ("A", "When were you last in hospital?"),
        ("C", "Twenty twenty-three. I was sectioned. Four months."),
        ("A", "How do you get on going out?"),
        (
            "C",
            "I don't, much. I go to the Co-op at the end of the road, early, like six in the morning, when there's nobody there. Anywhere else, someone has to come with me.",
        ),
        ("P", "He came here in a taxi with me today. He wouldn't have come on his own."),
        ("A", "How do you find meeting people you don't know?"),
        (
            "C",
            "I can't. I think they're, they're talking about me. I had a fight with a neighbour last year 'cause I thought he was putting cameras in.",
        ),
        ("A", "What do you do in the day?"),
        (
            "C",
            "Watch telly. Not the news. I sleep a lot, the clozapine knocks me out. I sleep, like, twelve hours.",
        ),
        ("A", "Who manages your money?"),
        ("C", "My sister does it. She's my appointee."),
        (
            "A",
            "If you had to learn something new, say how to use a new microwave, could you do that?",
        ),
        ("C", "Maybe if someone showed me a few times. I can't concentrate with the voices going."),
        ("A", "Okay Daniel, I'd just like to do a quick..."),
        ("C", "I need to go outside. I need to go out for a minute."),
        ("P", "Can we have five minutes?"),
        ("A", "Of course, take your time."),
        (
            "A",
            "Right, you're back. We're nearly done. Just to finish, it's, um, five to twelve now. Thank you both.",
        ),
    ]
    report = [
        ("The assessment commenced at 11:15 and ended at 11:55.", {SUP}),
        ("He travelled to the assessment centre by bus, unaccompanied.", {NS}),
        ("Diagnosed with paranoid schizophrenia at age 25.", {NC}),
        ("Medication: clozapine 300mg at night and 100mg in the morning.", {SUP}),
        ("He takes his medication independently from a dosette box.", {QD}),
        (
            "Most recent admission was in 2023, when he was detained under the Mental Health Act for 4 months.",
            {SUP},
        ),
        ("He reports hearing voices but denied hearing them at the time of the assessment.", {NS}),
        ("He said he would be able to learn how to use a new microwave.", {QD}),
        ("He reports sleeping around 8 hours a night.", {NC}),
        (
            "Mental state examination: calm and cooperative, remained seated throughout, no breaks were required.",
            {IMP},
        ),
        ("His sister telephones him once a week to check on him.", {NC}),
    ]
    return turns, report


def _case_03():
    # PIP, home visit, rheumatoid arthritis of hands and wrists, husband present, chatty assessor.
    turns = [
        (
            "A",
            "Thanks for letting me in, Margaret. Shall I sit here? Lovely. So I'm Helen, I'm an occupational therapist and I'm here for your PIP assessment. It's half past one. And this is?",
        ),
        ("C", "This is my husband, Geoff."),
        ("P", "Hello."),
        ("A", "Hiya Geoff. Right Margaret, tell me about your arthritis."),
        (
            "C",
            "It's rheumatoid, in both hands and both wrists mainly. I was diagnosed, oh, when was it Geoff? Two thousand and nine. My knuckles are all swollen, look. Mornings are the worst, the stiffness lasts till about eleven o'clock.",
        ),
        ("A", "And what are you taking for it?"),
        (
            "C",
            "Methotrexate injection, fifteen milligrams once a week. Geoff does it for me, 'cause I can't press the plunger. And folic acid. And co-codamol, the thirty five hundreds, two tablets four times a day.",
        ),
        ("A", "How do you get on with cooking?"),
        (
            "C",
            "I can't lift a pan. I can't open jars, I can't peel potatoes. I've got one of those, um, the big-handled knives, but even then, no. Geoff does most of the cooking now. I'll do a microwave meal if he's out and that's me.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "Buttons, no. My bra, no, Geoff has to do it up. I wear things that pull on. Pull-on trousers. Shoes with velcro.",
        ),
        ("A", "And washing?"),
        (
            "C",
            "I can wash myself in the shower, we've got a lever tap, but I can't do my hair properly, I can't grip the bottle, so Geoff helps with that.",
        ),
        ("P", "I do her hair about twice a week."),
        ("A", "Eating, cutting up food?"),
        ("C", "He cuts my meat up. I can manage a fork, I've got the thick grip ones."),
        ("A", "Reading and writing, the post?"),
        ("C", "Reading's fine. Writing's hard. I can write my name but that's about it, it hurts."),
        ("A", "And walking about, is that alright for you?"),
        (
            "C",
            "My legs are fine really, it's the hands. I walk to the post office, that's about, what, half a mile. I'm fine walking.",
        ),
        ("A", "Would you mind if I had a look at your hands? Can you make a fist for me?"),
        ("C", "I'll try. That's as far as it goes."),
        ("A", "Okay, fingers not fully closing. And can you squeeze my fingers? Gently."),
        ("C", "Ow. Sorry. That's all I've got."),
        (
            "A",
            "That's fine, you've done really well. Right, it's twenty past two, I think we're done. Thank you both.",
        ),
    ]
    report = [
        ("Home visit. Present: the claimant and her husband.", {SUP}),
        ("Consultation started 13:30, finished 15:20.", {IMP}),
        (
            "Rheumatoid arthritis diagnosed in 2009, mainly affecting both hands and both wrists.",
            {SUP},
        ),
        ("Early morning stiffness lasting until approximately 9am.", {NC}),
        (
            "Medication: methotrexate 15mg weekly by self-administered injection, folic acid, co-codamol 30/500 two tablets four times daily.",
            {QD},
        ),
        ("She is able to peel and chop vegetables using large-handled adapted knives.", {QD}),
        (
            "Her husband fastens her bra; she wears pull-on clothing and velcro-fastened shoes.",
            {SUP},
        ),
        ("Able to cut up food independently using thick-grip cutlery.", {QD}),
        ("She enjoys writing letters to her family.", {NS}),
        (
            "Walks to the post office, which she estimates to be around 200 metres, with no difficulty.",
            {NC},
        ),
        ("Examination of the hands: full fist formed bilaterally, grip strength good.", {IMP}),
    ]
    return turns, report


def _case_04():
    # WCA, telephone, severe asthma, claimant alone, brisk assessor.
    turns = [
        (
            "A",
            "Hello, is that Mr Kevin Bryce? I'm calling from the health assessment service about your work capability assessment. I'm Sarah, I'm a paramedic. It's nine thirty. Are you somewhere you can talk?",
        ),
        ("C", "Yeah, yeah, I'm at home. Sorry, give me a sec. Sorry. Bit chesty."),
        ("A", "Is anyone else with you?"),
        ("C", "No, it's just me."),
        ("A", "You mentioned on the form you'd like to record the call. Is that running?"),
        ("C", "Yeah, it's going on my phone, on the table. Is that still alright?"),
        ("A", "That's fine. Tell me about your asthma."),
        (
            "C",
            "It's severe asthma. I've had it since I was a kid but it's got a lot worse the last five years. I'm on the, um, the biologic injection now, benralizumab, every eight weeks. And the Trimbow inhaler, two puffs twice a day, and the blue one.",
        ),
        ("A", "How often are you using the blue inhaler?"),
        ("C", "Eight, ten times a day. More on a bad day."),
        ("A", "Any hospital admissions?"),
        ("C", "Three in the last year. One was intensive care, in January."),
        ("A", "Steroid tablets?"),
        ("C", "I've had five courses of prednisolone this year."),
        ("A", "How far can you walk?"),
        (
            "C",
            "On the flat, about fifty metres and I've got to stop, I'm wheezing. I can't do hills. Stairs, I have to stop halfway up the stairs at home. And cold air's a killer.",
        ),
        ("A", "And after you stop?"),
        (
            "C",
            "I have to stand a couple of minutes, use the inhaler, then I can go a bit more, but not as far, not the same again.",
        ),
        ("A", "What was your job?"),
        ("C", "Warehouse operative. Forklift. I had to stop, it was the dust."),
        ("A", "Picking things up, moving things?"),
        (
            "C",
            "I can lift a bag of shopping, like a light one, but carrying it, no, I'm out of breath. My partner does the shopping.",
        ),
        ("A", "Do you smoke?"),
        ("C", "No. Never have."),
        ("A", "Does it wake you at night?"),
        (
            "C",
            "Most nights, yeah. Two, three in the morning I'm up with the inhaler, sitting on the edge of the bed.",
        ),
        ("A", "Any problems with your arms, reaching up?"),
        ("C", "No, my arms are fine. It's just the breathing."),
        ("A", "Fine. That's all I need. It's ten o'clock. Goodbye."),
    ]
    report = [
        ("Telephone assessment. The claimant was alone.", {SUP}),
        ("Assessment duration 50 minutes.", {IMP}),
        (
            "Informal observations: appeared comfortable at rest; no signs of respiratory distress observed.",
            {IMP},
        ),
        ("Uses his salbutamol reliever inhaler 2 to 3 times a day.", {NC}),
        (
            "Two hospital admissions in the last year, one of which required intensive care in January.",
            {NC},
        ),
        ("He has required 2 courses of oral prednisolone this year.", {NC}),
        (
            "He is able to walk about 50 metres on level ground before having to stop because of wheeze.",
            {SUP},
        ),
        (
            "After a short rest and use of his inhaler he can repeat this distance without difficulty.",
            {QD},
        ),
        ("He climbs the full flight of stairs at home without stopping.", {QD}),
        (
            "Previously employed as a forklift operator in a warehouse; left because of dust exposure.",
            {SUP},
        ),
        ("He does the weekly supermarket shop himself.", {NS}),
        ("Ex-smoker, stopped 10 years ago.", {NS}),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at assessment centre, Usher syndrome type 2, communicator guide present.
    turns = [
        (
            "A",
            "Good afternoon. I'm Tom, I'm a nurse assessor. It's twenty to three. Aisha, I understand your communicator guide is with you?",
        ),
        (
            "P",
            "Yes, I'm Bethan, I'm her communicator guide from Sense. I'll repeat things for her if she needs it. She lip-reads up close and uses her hearing aids.",
        ),
        ("C", "Hello. Sorry, can you, um, can you speak a bit slower and face me?"),
        ("A", "Of course. Tell me about your condition."),
        (
            "C",
            "I have Usher syndrome, type two. I was born with hearing loss, I wear two hearing aids. And my sight, it's retinitis pigmentosa, it's been going since I was about twenty. Now I've got, um, tunnel vision. About five degrees, they said. And I'm night blind, completely.",
        ),
        ("A", "Are you registered?"),
        ("C", "Severely sight impaired. Since twenty nineteen."),
        ("A", "How do you get around outside?"),
        (
            "C",
            "I use a long cane, the red and white one. I only go on routes I know, and even then I bump into things, bins, people. I can't go out after dark at all. Anywhere new, Bethan or my husband comes with me.",
        ),
        ("A", "How many hours does Bethan support you?"),
        ("P", "I'm with her six hours a week, through social services."),
        ("A", "Cooking?"),
        (
            "C",
            "I can cook, but I've got, um, tactile dots on the oven, and a liquid level indicator for hot drinks. I've burned myself a few times. I don't use the hob when I'm on my own any more.",
        ),
        ("A", "Reading?"),
        (
            "C",
            "I can't read print now. I use my phone with the text made really big, and a screen reader. Letters, my husband reads them to me.",
        ),
        ("A", "And talking to people?"),
        (
            "C",
            "One to one in a quiet room, if they face me, I'm okay. Groups, noisy places, I can't follow at all. I miss most of it.",
        ),
        ("A", "Okay, I'm going to hold my hand out to the side. Can you see my hand here?"),
        ("C", "No. Where is it?"),
        ("A", "Okay, that's fine, I'll note that. Are you in any paid work?"),
        ("C", "No. I was a hairdresser but I stopped in twenty seventeen."),
        ("A", "Alright. It's, um, twenty-five past three. We'll finish there. Thank you both."),
    ]
    report = [
        (
            "Face-to-face consultation at the assessment centre. Start time 14:40, finish time 15:25.",
            {SUP},
        ),
        (
            "She was accompanied by her communicator guide, who repeated questions when needed.",
            {SUP},
        ),
        ("She reports her sight began to deteriorate at around the age of 30.", {NC}),
        ("Registered severely sight impaired since 2019.", {SUP}),
        (
            "She is able to follow both familiar and unfamiliar routes on her own using a long cane.",
            {QD},
        ),
        ("Her communicator guide provides 16 hours of support per week.", {NC}),
        ("Cooks meals independently, including using the hob.", {QD}),
        ("She reads standard print with the aid of reading glasses.", {NS}),
        ("She is able to converse one to one without any adjustments being needed.", {QD}),
        ("Visual fields assessed by confrontation: grossly full in all quadrants.", {IMP}),
        ("She worked as a hairdresser until 2020.", {NC}),
        ("She enjoys going to the cinema with friends.", {NS}),
    ]
    return turns, report


def _case_06():
    # WCA, face to face, traumatic amputation of right arm, alone (friend waited in the car), chatty assessor.
    turns = [
        (
            "A",
            "Morning Liam, come on through, grab a seat. I'm Julie, I'm one of the nurses. Did you find us alright?",
        ),
        ("C", "Yeah, my mate dropped me off, he's waiting in the car."),
        ("A", "Ah good. So it's, what, five past ten. Just you today then?"),
        ("C", "Just me, yeah."),
        ("A", "And who's at home with you?"),
        (
            "C",
            "My girlfriend. She works nights at the hospital, so she's asleep in the day mostly.",
        ),
        ("A", "Okay. Tell me what happened."),
        (
            "C",
            "Motorbike accident. Twenty twenty-two, August. I lost my right arm, above the elbow. I'm right-handed. Well, I was.",
        ),
        ("A", "Do you have a prosthetic?"),
        (
            "C",
            "I've got one, a body-powered one, but it rubs. I get sores on the stump. So I wear it maybe, um, an hour or two a day, tops. Mostly I don't bother.",
        ),
        ("A", "Any pain?"),
        (
            "C",
            "Phantom pain, yeah. It's like the hand's being crushed. Most nights. I take pregabalin, um, a hundred and fifty milligrams twice a day. And amitriptyline, twenty-five at night.",
        ),
        ("A", "How's your mood been?"),
        (
            "C",
            "Up and down. I was a scaffolder. That's gone now. I've got a counsellor, I see her every two weeks.",
        ),
        ("A", "Day to day, can you manage picking up something like a bottle of water, a carton?"),
        (
            "C",
            "With my left, yeah, a litre bottle's fine, I'm getting better with the left. But anything two-handed, no. I can't carry a box.",
        ),
        ("A", "Writing, using a keyboard?"),
        (
            "C",
            "I'm learning to write left-handed. It's slow, it looks like a kid's writing. Keyboard, I can type one-handed, slowly. Phone's fine.",
        ),
        ("A", "What about walking, any problems there?"),
        ("C", "No, legs are fine. I walk the dog, about two miles."),
        ("A", "Great. Can I have a look at the stump, is that alright?"),
        ("C", "Yeah, go on."),
        ("A", "Okay, there's a sore area on the end there. Is that tender?"),
        ("C", "Yeah, that's where it rubs."),
        ("A", "Okay. Any problems staying awake, concentrating?"),
        ("C", "Not really. The amitriptyline makes me a bit groggy in the morning, that's it."),
        ("A", "Any problems with your hearing or your eyesight?"),
        ("C", "No, both fine."),
        ("A", "Lovely. We're done, it's twenty to eleven. Thanks Liam."),
    ]
    report = [
        ("He was accompanied into the assessment room by a friend.", {IMP}),
        ("Assessment start 10:05, end 10:40.", {SUP}),
        ("Right above-elbow amputation following a motorcycle accident in August 2021.", {NC}),
        ("He wears his body-powered prosthesis for approximately 8 hours a day.", {NC}),
        ("Pregabalin 150mg twice daily; amitriptyline 50mg at night.", {NC}),
        ("He sees a counsellor every fortnight.", {SUP}),
        (
            "He states he can manage two-handed tasks such as carrying a box, using his prosthesis.",
            {NS},
        ),
        ("He writes legibly with his left hand at a normal speed.", {QD}),
        ("He walks his dog, about 2 miles.", {SUP}),
        ("Examination of the residual limb: well healed, no skin breakdown, non-tender.", {IMP}),
        ("He plays video games for several hours each day.", {NS}),
        ("He describes his mood as good and stable.", {NS}),
    ]
    return turns, report


def _case_07():
    # PIP, telephone, bipolar II with alcohol dependence, partner on speaker, claimant cries and asks to stop.
    turns = [
        (
            "A",
            "Hello, am I speaking to Gareth Price? I'm Andrew, I'm a mental health nurse, calling for your PIP assessment. For the record the time is ten to two. Is anyone with you?",
        ),
        ("C", "Yeah, my partner Dawn's here. I've got you on speaker."),
        ("P", "Hiya."),
        ("A", "Okay. Gareth, tell me about your conditions."),
        (
            "C",
            "Bipolar two. Diagnosed, um, about eight years ago. I get these long depressions, like months, and then I get the, um, the hypomanic bits, where I don't sleep and I spend money. And the drinking. I'm an alcoholic, I'll be honest.",
        ),
        ("A", "How much do you drink?"),
        (
            "C",
            "At the moment, um, about four cans of strong lager a day. It was more. I'm with the alcohol service, trying to cut down.",
        ),
        ("P", "It's four, sometimes six if he's had a bad day."),
        ("A", "Medication?"),
        (
            "C",
            "Lamotrigine, two hundred milligrams, and quetiapine, a hundred at night. Dawn has to remind me, 'cause if I've been drinking I forget, or I double up.",
        ),
        ("A", "Washing, looking after yourself?"),
        ("C", "When I'm low I don't wash for days. Dawn has to nag me. A week, sometimes."),
        ("A", "Do you cook?"),
        (
            "C",
            "No. Not since I left the gas on. Dawn cooks. If she's out I'll have toast or cereal.",
        ),
        ("A", "Money?"),
        (
            "C",
            "Dawn does all that. When I was high last year I spent three thousand pounds in a weekend on the credit card.",
        ),
        ("A", "Going out, seeing people?"),
        (
            "C",
            "I go to the alcohol group, it's Tuesdays, Dawn drives me and waits outside. I don't really see anyone else. I've fallen out with most people.",
        ),
        ("A", "Do you go out on your own?"),
        ("C", "To the off-licence, yeah. That's it really."),
        ("A", "And how's your mood today?"),
        ("C", "Low. I'm, um, sorry. Sorry. I can't really do this. Can we stop a minute?"),
        ("A", "Take a minute. Shall we carry on?"),
        ("C", "Yeah. Okay."),
        ("A", "Any thoughts of harming yourself?"),
        ("C", "Sometimes. I've not acted on it. Not since twenty twenty."),
        ("A", "Okay. That's all my questions. It's, um, twenty-five past two. Thank you both."),
    ]
    report = [
        (
            "Telephone consultation from 13:50 to 14:25. His partner was present on speakerphone.",
            {SUP},
        ),
        ("Bipolar II disorder diagnosed approximately 3 years ago.", {NC}),
        (
            "He reports drinking about 4 cans of strong lager daily and is engaged with the alcohol service.",
            {SUP},
        ),
        ("He manages his medication without any prompting.", {QD}),
        ("Lamotrigine 200mg; quetiapine 300mg at night.", {NC}),
        (
            "He states that during a hypomanic episode last year he spent £300 on a credit card.",
            {NC},
        ),
        ("He attends an alcohol support group on Tuesdays, travelling there alone.", {QD}),
        ("Informal observations: well kempt, good eye contact maintained.", {IMP}),
        (
            "He appeared euthymic and remained composed throughout the call; no breaks were required.",
            {IMP},
        ),
        ("He denies any thoughts of self-harm.", {NS}),
        ("When his partner is out he cooks simple meals such as pasta.", {NS}),
    ]
    return turns, report


def _case_08():
    # WCA, video, chronic back pain with sciatica, claimant alone, chatty assessor; claimant stands mid-call.
    turns = [
        (
            "A",
            "Hi Denise, can you see me alright? I'm Priya, I'm a physio. It's quarter to ten by my clock. Is anyone with you?",
        ),
        ("C", "No, my daughter was going to come but she's at work. Just me."),
        ("A", "No problem at all. Tell me about your back."),
        (
            "C",
            "So I've got a prolapsed disc, L five S one, and sciatica down my left leg. It started in twenty eighteen. I lifted a patient at work, I was a care assistant. I've had, um, two injections in my spine. They didn't really help.",
        ),
        ("A", "How's the pain now, out of ten?"),
        ("C", "Today about seven. Bad days, nine."),
        ("A", "And medication?"),
        (
            "C",
            "Naproxen, five hundred twice a day, amitriptyline twenty at night, and morphine, the liquid, when it's really bad.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "About twenty minutes, then I've got to get up and move about, the leg goes numb. I'm actually going to have to stand up in a minute, sorry.",
        ),
        ("A", "You go ahead, stand whenever you need to. And standing?"),
        ("C", "Standing's worse. Ten minutes maybe, and I need to hold onto something."),
        ("A", "And walking?"),
        (
            "C",
            "I use a stick. I can get to the end of the road, that's about a hundred metres, but it takes me ages, and I'm in agony by the time I get back.",
        ),
        ("A", "Can you bend down and pick something off the floor?"),
        ("C", "No. I've got a grabber. If I bend, I can't get back up."),
        ("A", "Would you be able to show me how far you can bend forward? Only if it's safe."),
        ("C", "Um, okay. That's it. That's as far as I go. Just to my knees."),
        ("A", "Thank you. Sit back down. Are you okay?"),
        ("C", "Yeah, just give me a sec. Okay."),
        ("A", "How do you sleep?"),
        ("C", "Badly. I wake up three or four times a night with the pain."),
        ("A", "Has anyone got you any help at home?"),
        (
            "C",
            "My daughter pops in after work. She does my shopping and the hoovering, I can't push a hoover.",
        ),
        ("A", "Alright Denise, I think that's it. It's ten twenty-five. Thanks ever so much."),
    ]
    report = [
        ("Video assessment commenced at 09:45 and concluded at 10:25.", {SUP}),
        (
            "Onset in 2018 following a manual handling injury while working as a care assistant.",
            {SUP},
        ),
        ("She has had 4 spinal injections, with little benefit.", {NC}),
        ("Pain score today reported as 4/10.", {NC}),
        ("She can sit for around 20 minutes before needing to get up and move.", {SUP}),
        (
            "Informal observation: she remained seated throughout the assessment without needing to stand.",
            {IMP},
        ),
        ("Can stand for 30 minutes.", {NC, QD}),
        ("She walks about 100 metres to the end of her road with a stick, at a normal pace.", {QD}),
        ("Lumbar spine: forward flexion with fingertips reaching the floor.", {IMP}),
        ("She is able to bend to pick up objects from the floor.", {QD}),
        ("Sleep is good with amitriptyline.", {NS}),
        ("She goes swimming twice a week to help her back.", {NS}),
    ]
    return turns, report


def _case_09():
    # PIP, home visit, functional neurological disorder, partner present, brisk assessor.
    turns = [
        (
            "A",
            "Right, Rebecca, I'm Paul, I'm a disability assessor, I'm a nurse by background. It's eleven o'clock. Is it okay if your partner stays?",
        ),
        ("C", "Yes please. This is Sam."),
        ("P", "Hi. And we're recording on my phone, like we said in the letter."),
        ("A", "That's fine, leave it on the table there."),
        ("A", "Tell me about the FND."),
        (
            "C",
            "So it's functional neurological disorder. I was diagnosed in, um, twenty twenty-three. I get functional seizures, the non-epileptic ones, and my legs go weak. Sometimes they just give way.",
        ),
        ("A", "How often are the seizures?"),
        ("C", "It varies. Last month I had, um, eleven? Sam keeps a diary."),
        ("P", "Eleven last month, yeah. Some days she'll have three in a day."),
        ("A", "Do you get any warning?"),
        (
            "C",
            "Sometimes I feel a bit spacey first, but usually no. I've hit my head a couple of times.",
        ),
        ("A", "How do you get about in the house?"),
        (
            "C",
            "Crutches, two crutches. Outside I'm in the wheelchair and Sam pushes me. I can't self-propel, my arms go shaky.",
        ),
        ("A", "How far can you walk with the crutches?"),
        ("C", "Like from here to the kitchen. Ten metres, maybe. Then my legs go."),
        ("A", "Bathing?"),
        (
            "C",
            "I only shower when Sam's in the house, in case I have a seizure. I sit on a shower stool. He helps me in and out.",
        ),
        ("A", "Dressing?"),
        ("C", "I can do my top half. Sam does my socks and shoes and helps with my trousers."),
        ("A", "Cooking?"),
        (
            "C",
            "I'm not allowed near the hob, the neurologist said, because of the seizures. I make cold stuff. Sandwiches.",
        ),
        ("A", "Any help with medication?"),
        (
            "C",
            "I've just got sertraline, a hundred milligrams. I do that myself, it's just the one tablet.",
        ),
        ("A", "Memory, concentration?"),
        (
            "C",
            "Brain fog, yeah. After a seizure I'm confused for, um, an hour or so. I don't know where I am.",
        ),
        ("A", "Okay. Can you get up and walk to the door for me?"),
        ("C", "I'll try. Sam, can you..."),
        ("P", "Here, hold onto me."),
        (
            "A",
            "Okay, that's fine, sit back down. So you're using your partner's arm and one crutch. Right, I've got what I need. It's twenty to twelve. Thank you.",
        ),
    ]
    report = [
        ("Home visit. Present: claimant and partner.", {SUP}),
        ("Consultation from 11:00 until 12:15.", {IMP}),
        ("FND was diagnosed in 2021.", {NC}),
        ("Her partner, who keeps a seizure diary, reports 4 seizures in the last month.", {NC}),
        (
            "She describes a consistent warning before seizures which allows her to get herself to safety.",
            {NS},
        ),
        (
            "Indoors she mobilises with two crutches and manages around 10 metres before her legs give way.",
            {SUP},
        ),
        ("Outdoors she self-propels a manual wheelchair.", {QD}),
        ("She showers independently.", {QD}),
        ("Her partner helps with her socks, shoes and trousers.", {SUP}),
        ("She cooks hot meals on the hob under supervision.", {NS}),
        ("She manages her sertraline 100mg herself.", {SUP}),
        ("Informal observation: walked to the door unaided with a steady gait.", {IMP}),
    ]
    return turns, report


def _case_10():
    # WCA, telephone, sickle cell trait with chronic pain, welfare rights advocate on the line, chatty assessor.
    turns = [
        (
            "A",
            "Hello, is that Grace Mensah? Lovely. I'm Janine, I'm an occupational therapist, calling about your work capability assessment. It's, um, it's three o'clock exactly. Is anyone joining you?",
        ),
        ("C", "Yes, my advocate, Tunde. He's on the line as well."),
        ("P", "Good afternoon. Tunde Bakare, from the welfare rights service."),
        ("A", "Lovely, thanks for joining. Grace, tell me about your health."),
        (
            "C",
            "So I have sickle cell trait, and I've got chronic pain, widespread pain, mostly in my legs and lower back and my joints. The pain clinic say it's, um, chronic pain syndrome. I've had it since about twenty sixteen.",
        ),
        ("A", "How bad is it day to day?"),
        (
            "C",
            "It's every day. Some days I can't get out of bed. The cold weather makes it worse, and if I'm dehydrated.",
        ),
        ("A", "What do you take for it?"),
        (
            "C",
            "Duloxetine, sixty milligrams, and tramadol fifty. I can take up to eight a day but I try to only take four.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Around two hundred metres on a good day, but I'm slow, and I have to stop a couple of times. Bad days I'm just in the house.",
        ),
        ("A", "How many bad days in a week?"),
        ("C", "Three. Four."),
        ("A", "And sitting?"),
        ("C", "An hour maybe, then I get really stiff and I need to move."),
        ("A", "How are you finding it mentally?"),
        ("C", "I get low. I don't sleep. I worry about money."),
        ("A", "Are you working at the moment?"),
        (
            "C",
            "No. I was a teaching assistant, I left in twenty twenty-three. I kept having time off.",
        ),
        ("A", "Any problems using your hands? Writing, pressing buttons?"),
        ("C", "My hands are fine. It's mainly legs and back."),
        ("A", "How do you get to your hospital appointments?"),
        (
            "C",
            "My brother drives me, usually. Or a taxi if he's working. I can't manage the bus, the steps and the standing about.",
        ),
        ("A", "Okay. Anything you'd like to add, Tunde?"),
        ("P", "Just that Grace has had two hospital admissions this year for pain crises."),
        ("C", "Yeah, February and June."),
        ("A", "Okay, noted. Right, it's twenty-five to four, we're done. Thanks both."),
    ]
    report = [
        ("Telephone assessment, 15:00 to 15:35.", {SUP}),
        ("The claimant was unaccompanied.", {IMP}),
        ("Widespread chronic pain since 2016, mainly legs, lower back and joints.", {SUP}),
        ("She is able to walk approximately 200 metres without stopping.", {QD}),
        ("Bad days occur about once a week.", {NC}),
        ("Can sit for up to 3 hours.", {NC}),
        (
            "Informal observations: sat comfortably throughout and mobilised around the room without difficulty.",
            {IMP},
        ),
        (
            "She left her job as a teaching assistant in 2023 because of repeated sickness absence.",
            {SUP},
        ),
        ("No problems reported with manual dexterity.", {SUP}),
        ("Her advocate reported 1 hospital admission this year for a pain crisis.", {NC}),
        ("She reports sleeping well.", {NS}),
    ]
    return turns, report


def _case_11():
    # PIP, video, Tourette's with OCD, father present, brisk assessor; break requested.
    turns = [
        (
            "A",
            "Hello, can you hear me? I'm Claire, I'm a paramedic. It's half past four. Who's there with you?",
        ),
        ("P", "Hi, I'm Mike, Ethan's dad. We're recording on the laptop, is that still alright?"),
        ("A", "That's absolutely fine."),
        ("C", "Hi. Sorry. Sorry, that's the tics."),
        ("A", "That's fine, don't worry at all. Ethan, tell me about your conditions."),
        (
            "C",
            "Tourette's. Diagnosed when I was, um, seven. And OCD, that was at fourteen. The tics are, um, motor and vocal. I shout, and I hit myself, like, my chest. And the OCD, I have to wash my hands loads, and check things.",
        ),
        ("A", "How many times a day would you wash your hands?"),
        ("C", "Like, fifty? Maybe more. My hands crack and bleed."),
        ("P", "He'll spend two hours in the bathroom in the morning sometimes."),
        ("A", "Medication?"),
        (
            "C",
            "Aripiprazole five milligrams, and fluoxetine twenty. Dad gives me them. I'd, um, I'd check them over and over otherwise.",
        ),
        ("A", "Can you prepare food?"),
        (
            "C",
            "I've dropped things. When I tic, my arms throw, so I don't use knives. I've cut myself before. Dad does the cooking, or I do microwave stuff.",
        ),
        ("A", "Getting out and about, public transport?"),
        (
            "C",
            "No. I can't go on buses. People stare, someone filmed me once. If I go out, Dad's with me.",
        ),
        ("P", "He's had people shout at him. We had the police involved once."),
        ("A", "Do you go to college?"),
        ("C", "I tried. I left after, um, a term. The tics got worse with the stress."),
        ("A", "Any friends you see?"),
        ("C", "Online. I game with a couple of mates online. I don't see anyone in person really."),
        ("A", "Do you sleep okay?"),
        (
            "C",
            "Not really. The tics keep going when I'm trying to get to sleep. I'm up till three sometimes.",
        ),
        ("A", "Okay. Are you alright?"),
        ("C", "Sorry. I'm ticcing a lot. Can I have a break?"),
        ("A", "Yep, five minutes."),
        ("A", "Okay, we're back. Last couple of questions. Dressing?"),
        (
            "C",
            "Fine. That's fine. Apart from, um, the OCD makes me change if something feels wrong, so it takes ages sometimes.",
        ),
        ("A", "Okay. We'll finish there. It's twenty past five."),
    ]
    report = [
        ("Video consultation commenced 16:30, concluded 17:20. His father was present.", {SUP}),
        ("Tourette's syndrome diagnosed at age 7; OCD diagnosed at age 14.", {SUP}),
        ("He reports washing his hands around 15 times per day.", {NC}),
        ("He takes his medication independently.", {QD}),
        ("He enjoys cooking and prepares the family's evening meal.", {NS}),
        ("He goes out to the local shops independently.", {QD}),
        ("He attended college for 1 year before leaving.", {NC}),
        ("No breaks were required during the consultation.", {IMP}),
        ("Mental state: no motor or vocal tics were observed during the consultation.", {IMP}),
        ("He socialises with friends in person at weekends.", {NS}),
        ("Dresses independently without difficulty.", {QD}),
        (
            "His father described an incident in which the police became involved after members of the public shouted at him.",
            {SUP},
        ),
    ]
    return turns, report


def _case_12():
    # PIP, face to face, coeliac disease with osteoporosis, claimant alone, chatty assessor; declined examination.
    turns = [
        (
            "A",
            "Hello Patricia, I'm Sue, I'm a nurse. Come in, sit yourself down. Did you come on your own today?",
        ),
        ("C", "Yes, I got the bus. Two buses actually. It took me over an hour."),
        (
            "A",
            "Oh, you poor thing. Right, it's twenty past one, let's get started. Tell me about your conditions.",
        ),
        (
            "C",
            "Well, I've got coeliac disease, I was diagnosed at, um, forty-five. And then osteoporosis, they found that after I broke my wrist, falling, in twenty twenty. And I've had two fractures in my spine since, the, um, compression ones.",
        ),
        ("A", "How does it affect you?"),
        (
            "C",
            "The back's the main thing. I'm in pain all the time. I've lost about, um, five centimetres in height. And with the coeliac, if I get anything with gluten in, even a crumb, I'm on the toilet all day and I'm wiped out for days.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Alendronic acid, once a week, seventy milligrams. Calcium and vitamin D twice a day. Paracetamol, and codeine thirty when it's bad.",
        ),
        ("A", "Preparing food?"),
        (
            "C",
            "I have to cook everything myself from scratch because of the coeliac, but I can't stand for long, so I sit on a perching stool. And I can't lift the big pans, so I use small ones.",
        ),
        ("A", "Bathing?"),
        (
            "C",
            "I can't get in the bath. I've got a walk-in shower, with a rail. I'm terrified of falling again, another fracture.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "With my stick, maybe a hundred, hundred and fifty metres. Then my back goes into spasm.",
        ),
        ("A", "And dressing?"),
        ("C", "Socks are hard, I use a sock aid. I can't bend."),
        ("A", "How about going out socially?"),
        ("C", "I go to my sister's on a Sunday, she picks me up. That's about it."),
        ("A", "Lovely. Can I just check your back? Could you bend forward for me?"),
        ("C", "I'd rather not. The physio said not to bend forward, with the fractures."),
        (
            "A",
            "That's absolutely fine, I won't ask you to. Can you stand up and walk over to the door and back?",
        ),
        ("C", "Okay. Bit slow. There."),
        ("A", "Thank you. Okay, it's five past two. Thanks Patricia."),
    ]
    report = [
        ("She attended alone, having travelled on two buses.", {SUP}),
        ("Consultation commenced at 13:20 and concluded at 14:05.", {SUP}),
        ("Coeliac disease diagnosed at age 35.", {NC}),
        (
            "Osteoporosis diagnosed after a fall with a wrist fracture in 2020; she has since sustained 3 vertebral compression fractures.",
            {NC},
        ),
        ("Alendronic acid 70mg weekly; calcium and vitamin D twice daily.", {SUP}),
        ("She cooks all her meals from scratch, standing at the cooker.", {QD}),
        ("She uses a walk-in shower and does not require any aids.", {QD}),
        ("Dresses fully without the use of aids.", {QD}),
        (
            "Musculoskeletal examination: lumbar forward flexion reduced, fingertips reaching mid-thigh.",
            {IMP},
        ),
        ("She visits her sister every Sunday, travelling there by bus.", {NS}),
        ("She attends a weekly exercise class at her local leisure centre.", {NS}),
    ]
    return turns, report


def _case_13():
    # WCA, telephone, Crohn's disease without stoma, claimant alone, brisk assessor; claimant leaves for the toilet.
    turns = [
        (
            "A",
            "Hi, Sophie Clarke? I'm Nathan, I'm a physio, calling for your work capability assessment. It's ten past two. Are you on your own?",
        ),
        ("C", "Yeah, just me. Sorry if I have to go suddenly, I might need the loo."),
        ("A", "No problem. Tell me about your Crohn's."),
        (
            "C",
            "I was diagnosed when I was sixteen. I've had two resections, um, bowel surgery, the last one was twenty twenty-two. I don't have a stoma. But I'm flaring at the moment.",
        ),
        ("A", "How often are you going to the toilet?"),
        (
            "C",
            "On a bad day, like, fifteen, twenty times. Normal days maybe eight. And there's urgency, I've got, like, a minute to get there. I've had accidents.",
        ),
        ("A", "How often are the accidents?"),
        ("C", "Maybe once or twice a week when I'm flaring. Less when I'm not."),
        ("A", "Medication?"),
        (
            "C",
            "Infliximab infusions every eight weeks, and azathioprine. And I'm on prednisolone at the moment, forty milligrams, tapering down.",
        ),
        ("A", "How do you get to the infusions?"),
        ("C", "My mum drives me. It's at the hospital, it takes the whole afternoon."),
        ("A", "Are you eating okay?"),
        ("C", "I stick to plain stuff, rice, toast. I've lost, um, six kilos since the summer."),
        ("A", "Do you go out?"),
        (
            "C",
            "Only where I know there's a toilet. I plan everything. I won't go on a bus, because there's no toilet.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "Walking's okay, um, I'm tired though, I'm anaemic. I can walk for about, um, maybe fifteen minutes.",
        ),
        ("A", "Work?"),
        (
            "C",
            "I was working in a call centre but I lost the job. I was off too much. Sorry, I have to go, can you hold on?",
        ),
        ("A", "Yep, I'll hold."),
        ("C", "Sorry. I'm back."),
        ("A", "No problem. Last thing, any problems with concentration?"),
        (
            "C",
            "The fatigue, yeah. I lose track of what I'm doing. I fall asleep in the afternoons.",
        ),
        ("A", "Right, that's everything. It's twenty to three. Bye for now."),
    ]
    report = [
        ("Telephone assessment from 14:10 to 14:40; the claimant was alone.", {SUP}),
        (
            "Crohn's disease diagnosed aged 16. Two bowel resections, the most recent in 2022. No stoma.",
            {SUP},
        ),
        ("Bowel frequency 4 to 5 times a day.", {NC}),
        ("Reports episodes of faecal incontinence approximately once a month.", {NC}),
        ("Currently taking prednisolone 20mg daily.", {NC}),
        ("She is able to travel by bus.", {NS}),
        (
            "Walking is limited by tiredness from anaemia; she estimates she can walk for about 15 minutes.",
            {SUP},
        ),
        ("The assessment proceeded without interruption.", {IMP}),
        (
            "Informal observations: she appeared well, was appropriately dressed and did not look pale.",
            {IMP},
        ),
        ("She reports good concentration and does not sleep during the day.", {NS}),
        ("She goes out without needing to plan around access to a toilet.", {QD}),
    ]
    return turns, report


def _case_14():
    # PIP, face to face, PTSD after military service, wife present, chatty assessor.
    turns = [
        (
            "A",
            "Morning both. I'm Doctor Hughes. Have a seat. It's, um, nine o'clock on the dot. And you're Craig's wife?",
        ),
        ("P", "Yes. Lisa."),
        ("A", "Craig, tell me about your service."),
        (
            "C",
            "Army. Royal Anglians. Twelve years. Two tours of Afghanistan. I got out in twenty fourteen. The PTSD got diagnosed, um, twenty sixteen.",
        ),
        ("A", "How does it affect you now?"),
        (
            "C",
            "Nightmares. Flashbacks. I don't sleep, maybe three hours a night. Loud bangs, I hit the deck. I can't be in crowds. Supermarkets, no way.",
        ),
        ("A", "Do you go shopping at all?"),
        (
            "C",
            "Lisa does it. If I have to go, I go at, like, ten at night, in and out. Or I sit in the car while she goes in.",
        ),
        ("P", "He's walked out of shops and left the trolley full."),
        ("A", "Medication?"),
        ("C", "Sertraline, two hundred. And prazosin for the nightmares, um, two milligrams."),
        ("A", "Any alcohol, drugs?"),
        ("C", "I don't drink. I used to. I stopped four years ago."),
        ("A", "What support do you have?"),
        (
            "C",
            "Combat Stress. I did their residential programme, six weeks. And I see a, um, a veterans' mental health worker once a month.",
        ),
        ("A", "Mixing with people?"),
        ("C", "Just Lisa and the kids. I don't see my old mates. I get angry, I snap at people."),
        ("P", "He's put his fist through a door. More than once."),
        ("A", "Any thoughts of harming yourself?"),
        ("C", "I've had, um, thoughts. I tried, twenty nineteen. Not since."),
        ("A", "Concentration, reading?"),
        (
            "C",
            "I can't concentrate on a book any more. I used to read loads. Now I just have the telly on and don't really watch it.",
        ),
        ("A", "Washing, dressing, all okay?"),
        ("C", "Yeah, I can do all that. Lisa says I forget to shave, but I can do it."),
        ("A", "Okay. Planning journeys?"),
        (
            "C",
            "I can drive. I drive to places I know. New places, I get, I need to know where the exits are. I need Lisa with me.",
        ),
        ("A", "Okay Craig, we're just about done. It's ten to ten. Thank you both."),
    ]
    report = [
        ("He was accompanied by his wife, who contributed to the history.", {SUP}),
        ("Consultation 09:00 to 10:30.", {IMP}),
        (
            "He served in the Army for 8 years, including 2 tours of Afghanistan, leaving in 2014.",
            {NC},
        ),
        ("PTSD was diagnosed in 2016.", {SUP}),
        ("He reports sleeping around 6 hours per night.", {NC}),
        ("He drinks alcohol socially at weekends.", {NS}),
        ("He completed a 2-week residential programme with Combat Stress.", {NC}),
        ("He sees a veterans' mental health worker monthly.", {SUP}),
        ("He is able to mix with others and still meets up with former Army colleagues.", {NS}),
        (
            "He plans and follows journeys to unfamiliar destinations on his own, driving himself.",
            {QD},
        ),
        ("His wife reports he has punched a door on more than one occasion.", {SUP}),
    ]
    return turns, report


def _case_15():
    # WCA, telephone, agoraphobia with panic disorder, sister present, chatty assessor; claimant cries.
    turns = [
        (
            "A",
            "Hello, Emma? It's Rachel from the assessment service, I'm a nurse. How are you doing today?",
        ),
        ("C", "Um, I'm okay. Nervous."),
        ("A", "That's completely normal. It's quarter past eleven now. Is anyone there with you?"),
        ("C", "My sister, Jo. She's here."),
        ("P", "Hi, yeah, I'm here."),
        ("A", "Lovely. Do you live on your own, Emma?"),
        ("C", "Yes, in a flat. Jo lives round the corner, she comes most days."),
        ("A", "Okay. So tell me what's been going on."),
        (
            "C",
            "I've got agoraphobia, and panic disorder. It's been, um, about six years now. I haven't left the house on my own in, um, two years.",
        ),
        ("A", "What happens if you try?"),
        (
            "C",
            "I get to the front gate and my heart goes, I can't breathe, I think I'm dying. I've had, um, panic attacks where I've fainted.",
        ),
        ("A", "How often do you get panic attacks?"),
        ("C", "Even at home. Like, four or five a week, the big ones."),
        ("A", "Do you go out with someone?"),
        (
            "C",
            "Jo takes me to the doctor's, in the car. I sit in the back with my eyes shut. That's about, um, once a month.",
        ),
        ("P", "And she has to have me right next to her in the waiting room or she'll bolt."),
        ("A", "Medication?"),
        ("C", "Sertraline, a hundred and fifty, and propranolol, forty, when I need it."),
        ("A", "Any talking therapy?"),
        ("C", "I'm on the waiting list for CBT. I've been on it fourteen months."),
        ("A", "How would you manage meeting new people, talking to strangers?"),
        (
            "C",
            "On the phone, like this, it's hard but I can. Face to face, no. I couldn't even answer the door to the postman.",
        ),
        ("A", "How do you manage shopping?"),
        ("C", "Online, it gets delivered. Jo puts it away if I can't open the door."),
        ("A", "Okay Emma, you're doing really well. Are you alright to carry on?"),
        ("C", "Can I have a minute? Sorry. Sorry."),
        ("P", "She's crying, she needs a minute."),
        (
            "A",
            "Of course. Take as long as you need. Okay, I think we'll stop there, I have enough. It's quarter to twelve. Thank you both.",
        ),
    ]
    report = [
        ("Telephone assessment. Her sister was present throughout.", {SUP}),
        ("The assessment ran from 11:15 to 11:45.", {SUP}),
        ("Agoraphobia and panic disorder for approximately six years.", {SUP}),
        ("She has not left the house alone for 6 months.", {NC}),
        ("She goes out with her sister once a week.", {NC}),
        (
            "She attends GP appointments with her sister and is able to wait on her own in the waiting room.",
            {QD},
        ),
        ("Major panic attacks occur 4 to 5 times a week.", {SUP}),
        ("She is currently attending weekly CBT sessions.", {NS}),
        ("She answers the door to delivery drivers.", {NS}),
        (
            "Informal observation: she presented as calm and was coping well, with no evidence of distress.",
            {IMP},
        ),
        ("No breaks were needed.", {IMP}),
    ]
    return turns, report


def _case_16():
    # PIP, home visit, learning disability with epilepsy, mother (appointee) answers much, chatty assessor.
    turns = [
        (
            "A",
            "Hello Jordan, I'm Amir, I'm an occupational therapist. Thanks for having me. Is it alright if your mum helps with some of the answers?",
        ),
        ("C", "Yeah. Mum helps."),
        ("P", "I'm Carol, I'm his mum, and I'm his appointee."),
        ("A", "Great. It's, um, two o'clock. Jordan, what do you like doing in the day?"),
        (
            "C",
            "I go to the day centre. Monday, Wednesday and Friday. I do cooking there. And I like trains.",
        ),
        ("A", "Trains! What sort of trains?"),
        ("C", "Steam trains. The Flying Scotsman. I watch videos of them on my tablet."),
        ("A", "Nice. How do you get to the day centre?"),
        ("C", "The bus. The minibus. It picks me up."),
        ("P", "It's their own minibus, door to door, and there's a support worker on it."),
        ("A", "Okay. Carol, can you tell me about the seizures?"),
        (
            "P",
            "He has tonic-clonic seizures, about two a month, and absences, lots of those, most days. He had one last week, he fell and cut his head on the radiator.",
        ),
        ("A", "Medication?"),
        (
            "P",
            "Sodium valproate, um, eight hundred milligrams twice a day, and lamotrigine. I do his tablets. He'd forget, or take them twice.",
        ),
        ("A", "Jordan, do you cook at home?"),
        ("C", "Toast. Mum does the cooker. I'm not allowed the cooker."),
        ("P", "At the day centre they cook with the staff right next to him."),
        ("A", "Do you wash yourself?"),
        ("C", "Yes. Mum runs the bath."),
        (
            "P",
            "I check the temperature, and I stay upstairs in case he has a seizure in the bath. I have to remind him to wash his hair.",
        ),
        (
            "A",
            "And money, Jordan. If you bought something for two pounds and gave them a five pound note, how much change would you get?",
        ),
        ("C", "Um. I don't know. One?"),
        ("A", "That's okay. Can you read?"),
        ("C", "A bit. Easy words."),
        ("A", "Do you go out on your own at all?"),
        (
            "P",
            "No, never. He got lost once in the shopping centre and the police brought him home. That was when he was eighteen.",
        ),
        ("A", "Okay. Thank you both. It's, um, quarter to three. That's everything."),
    ]
    report = [
        ("Home visit. Present were the claimant and his mother, who is his appointee.", {SUP}),
        ("Consultation 14:00 to 14:45.", {SUP}),
        ("He attends a day centre on 3 days a week (Monday, Wednesday and Friday).", {SUP}),
        ("He travels to the day centre independently on the public bus.", {QD}),
        (
            "Tonic-clonic seizures approximately twice a month, with absence seizures on most days.",
            {SUP},
        ),
        ("Sodium valproate 500mg twice daily and lamotrigine.", {NC}),
        ("He prepares simple hot meals at home using the cooker.", {NS}),
        ("He bathes independently, without supervision or prompting.", {QD}),
        ("Cognition: he correctly calculated the change due from a £5 note.", {IMP}),
        ("He reads fluently.", {QD}),
        ("His mother reports he got lost in a shopping centre at the age of 21.", {NC}),
        ("Jordan answered all questions himself without assistance.", {IMP}),
    ]
    return turns, report


def _case_17():
    # WCA, face to face, diabetic retinopathy, son present, brisk assessor.
    turns = [
        (
            "A",
            "Mr Singh? Come through. I'm Lauren, I'm a nurse. Sit there. It's ten to four. And this is?",
        ),
        ("P", "I'm his son, Aman. I brought him, he can't see to get here on his own."),
        ("A", "Okay. Mr Singh, tell me about your eyes."),
        (
            "C",
            "Diabetic retinopathy. Both eyes. I have had, um, laser, many times, and injections into the eye, every six weeks. The left eye is very bad, almost nothing. The right eye is blurry, like looking through fog.",
        ),
        ("A", "How long have you been diabetic?"),
        ("C", "Type two. Twenty-two years."),
        ("A", "Are you registered?"),
        ("C", "Sight impaired, yes. Last year."),
        ("A", "Any other health problems?"),
        ("C", "Blood pressure. And my feet are numb, the, um, neuropathy, from the diabetes."),
        ("A", "Getting about outside?"),
        (
            "C",
            "I don't go out alone any more. I walked into a lamp post, and I fell off the kerb and broke my wrist. So Aman or my wife goes with me. Even to the gurdwara, which is five minutes away.",
        ),
        ("A", "Indoors?"),
        ("C", "I know my house. I can manage. I touch the walls."),
        ("A", "Can you read?"),
        (
            "C",
            "Not print. Big print, with a magnifier, very close, a few words. My son reads my letters to me.",
        ),
        ("A", "Are you working?"),
        (
            "C",
            "No. I stopped last year. I was a machine operator in a factory, I could not see the controls properly.",
        ),
        ("A", "Your blood sugars, do you do them yourself?"),
        (
            "C",
            "My wife does, because I cannot see the meter. And the insulin pen, she dials it, I cannot see the numbers.",
        ),
        ("A", "Okay. Quick eye test. Can you read the top letter on the chart?"),
        ("C", "What chart? I can see there is something white on the wall."),
        ("A", "Okay. How many fingers am I holding up?"),
        ("C", "Three? Two?"),
        ("A", "It was four. That's fine. Right, we're done. It's twenty past four."),
    ]
    report = [
        ("Accompanied by his son.", {SUP}),
        ("Assessment 15:50 to 16:20.", {SUP}),
        ("Type 2 diabetes for 12 years.", {NC}),
        (
            "He receives intravitreal injections every 6 weeks and has had repeated laser treatment.",
            {SUP},
        ),
        ("Registered sight impaired last year.", {SUP}),
        ("He walks alone to the gurdwara, about 5 minutes from home.", {QD}),
        ("He finds his way around his own home, using the walls for guidance.", {SUP}),
        ("He dials up his own insulin doses.", {NS}),
        (
            "Visual acuity: read the top letter of the Snellen chart; counted fingers correctly.",
            {IMP},
        ),
    ]
    return turns, report


def _case_18():
    # PIP, telephone, heart failure, husband on speaker, chatty assessor.
    turns = [
        (
            "A",
            "Hello, is that Valerie Dunn? I'm Simon, I'm a paramedic with the assessment service. How are you today?",
        ),
        ("C", "Oh, not too bad, love. Bit breathless."),
        ("A", "Sorry to hear that. It's twenty-five past ten. Is anyone with you?"),
        ("C", "My husband, Ron. You're on speaker."),
        ("P", "Morning."),
        ("A", "Morning Ron. Valerie, tell me about your heart."),
        (
            "C",
            "Heart failure. I had a heart attack in twenty twenty and it weakened the heart. They say the pumping's about thirty percent. I get breathless, and my ankles swell up.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Oh, lots. Bisoprolol, um, five milligrams. Furosemide, eighty in the morning, and the, um, Entresto, and spironolactone. Ron does my dosette box.",
        ),
        ("A", "Do you sleep flat?"),
        ("C", "No. Three pillows, or I can't breathe."),
        ("A", "Walking?"),
        (
            "C",
            "I can get round the house slowly. Outside, maybe to the end of the garden path, that's about twenty metres, then I have to stop and get my breath. I've got a wheelchair, Ron pushes me round the shops.",
        ),
        ("A", "Stairs?"),
        ("C", "We had a stairlift put in last year."),
        ("A", "Washing and dressing?"),
        (
            "C",
            "I have a strip wash most days, sat down. Ron helps me in the shower once a week. Dressing, I sit on the bed, it takes me a while, and Ron does my stockings, the compression ones.",
        ),
        ("A", "Do you get dizzy at all?"),
        ("C", "Sometimes when I stand up. I hold onto the furniture till it passes."),
        ("A", "And money, bills, that sort of thing?"),
        ("C", "Oh, I do all our bills, I'm fine with that. Ron just posts things for me."),
        ("A", "Cooking?"),
        ("C", "Ron cooks. I can do a cup of tea, sitting on a stool in the kitchen."),
        ("A", "Right. Anything you'd like to add, Ron?"),
        ("P", "Just that she was in hospital in May for a week with fluid on the lungs."),
        ("A", "Okay. Right, that's everything. Eleven o'clock. Thanks both."),
    ]
    report = [
        ("Telephone consultation 10:25 to 11:00; her husband was present on speakerphone.", {SUP}),
        (
            "Heart failure following a myocardial infarction in 2020; she reports an ejection fraction of about 30%.",
            {SUP},
        ),
        ("Furosemide 40mg each morning.", {NC}),
        ("Sleeps propped up on 3 pillows due to breathlessness.", {SUP}),
        ("Outdoors she can walk about 20 metres before stopping to get her breath.", {SUP}),
        ("She showers independently.", {QD}),
        ("Informal observation: well presented, with no visible ankle swelling.", {IMP}),
        (
            "Her husband reported a week-long hospital admission in May with fluid on the lungs.",
            {SUP},
        ),
        ("She visits friends in the village on her mobility scooter.", {NS}),
    ]
    return turns, report


def _case_19():
    # WCA, video, stroke with left-sided weakness, wife present, brisk assessor; falls count corrected.
    turns = [
        ("A", "Mr Barker? Can you see me? I'm Doctor Lewis. It's eleven thirty. Who's with you?"),
        ("C", "My wife. Angela."),
        ("P", "Hello. We've got the recorder going on the table, like we told them."),
        ("A", "That's fine."),
        ("A", "Tell me about your stroke."),
        (
            "C",
            "It was, um, March last year. Right side of the brain, so my left side's weak. Arm and leg. The arm's the worst, I can't really use the hand.",
        ),
        ("A", "Are you right-handed?"),
        ("C", "Right-handed, yes. Luckily."),
        ("A", "How far can you walk?"),
        (
            "C",
            "With the, um, the quad stick, maybe thirty metres. Then the leg drags and I get tired. I've fallen twice since Christmas.",
        ),
        ("P", "Three times, Colin. The one in the garden."),
        ("C", "Oh, yeah. Three."),
        ("A", "Can you lift your left arm above your head for me?"),
        ("C", "No. I can get it to here. Chest height. That's it."),
        ("A", "Can you make yourself a drink, anything in the kitchen?"),
        (
            "C",
            "A cup of tea, with my right hand, if Angela leaves the kettle half full where I can reach it. That's about it.",
        ),
        ("P", "I gave up my job at the school to look after him, really."),
        ("A", "Dressing?"),
        ("C", "Angela does my buttons and my socks, and laces. I can't do those one-handed."),
        ("A", "Any seizures since the stroke?"),
        ("C", "No. None of that."),
        ("A", "Okay. Any problems with speech, memory?"),
        (
            "C",
            "My speech goes a bit slurred when I'm tired. Memory, um, Angela says I repeat myself.",
        ),
        (
            "P",
            "He forgets things I told him five minutes ago. He left the tap running and flooded the kitchen.",
        ),
        ("A", "Mood?"),
        ("C", "Low. Very low. I was a bus driver for twenty-six years. I can't drive now."),
        ("A", "Any problems getting to the toilet in time?"),
        (
            "C",
            "Sometimes I don't make it in time, because I can't get there fast enough. Maybe once a week.",
        ),
        ("A", "Okay. Right, that's all, it's five past twelve. Thank you."),
    ]
    report = [
        ("Video assessment commenced 11:30, concluded 12:05.", {SUP}),
        ("Stroke in March last year, causing weakness of the left arm and leg.", {SUP}),
        ("He is left-hand dominant.", {NS}),
        ("He walks 30 metres with a quad stick, without fatigue.", {QD}),
        ("He reports 2 falls since Christmas.", {NC}),
        ("On request he was able to raise his left arm fully above his head.", {IMP}),
        ("His wife reports he forgets things she told him 5 minutes earlier.", {SUP}),
        ("He worked as a bus driver for 16 years.", {NC}),
        ("He reports no problems with continence.", {NS}),
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

FIRST_SEED = 36000


def make_case_36(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
