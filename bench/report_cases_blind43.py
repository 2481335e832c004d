"""Blind held-out evaluation set 45: twenty assessment recordings paired with the reports written afterwards.

Written from scratch, without reference to the tool's code, tests or other benchmark files, using only the
shared background notes on PIP (PA4) and WCA (ESA85) reports. Each case is the complete spoken dialogue of
one consultation (assessor "A", claimant "C", and sometimes a companion "P": partner, wife, husband, parent,
adult child, friend, support worker, advocate or carer) and the assessor's report split into statements,
each labelled number_changed, qualifier_dropped, never_said, impossible or supported.

Channels: telephone, video, face to face at an assessment centre, and home visits. Conditions: fibromyalgia,
lumbar disc disease, multiple sclerosis, depression with agoraphobia, COPD, learning disability with
epilepsy, epilepsy, PTSD, stroke, retinitis pigmentosa, ME/CFS, rheumatoid arthritis, bipolar disorder,
autism, Parkinson's disease, heart failure, acquired hearing loss, schizophrenia, below-knee amputation and
Crohn's disease. Dialogue is written as people speak (numbers and times in words) so that it survives
text-to-speech and a small speech recogniser. Report departures are meant to be the quiet drift of real
reports: a distance rounded up, a "most days" lost, help turned into independence, an observation that a
telephone call cannot support, or an end time that the recording contradicts.
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
    # PIP, telephone, fibromyalgia, claimant alone, brisk assessor
    turns = [
        (
            "A",
            "Good morning, is that Mrs Karen Doyle? My name's Martin, I'm the disability assessor calling about your PIP claim. It's ten past ten now, is it still okay to go ahead?",
        ),
        (
            "C",
            "Yes, hi, yes that's fine. I'm recording it on my phone as well, I did say in the letter.",
        ),
        ("A", "That's fine, noted. Is anyone with you today?"),
        ("C", "No, it's just me. My husband's had to go to work."),
        ("A", "Okay. Can you tell me about your main condition?"),
        (
            "C",
            "Fibromyalgia. I was diagnosed about six years ago. And I've got IBS as well, and I don't sleep well, I'm up most of the night with the pain.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Um, pregabalin, a hundred and fifty milligrams twice a day, and amitriptyline, twenty milligrams at night.",
        ),
        ("A", "Okay. Washing and bathing. How do you manage?"),
        (
            "C",
            "I can't get in the bath anymore, so I use the shower, but I have to sit on a stool. And my husband has to help me wash my hair because I can't keep my arms up.",
        ),
        ("A", "How often does he help?"),
        ("C", "Most days, really. Maybe five days out of seven."),
        ("A", "Dressing?"),
        (
            "C",
            "I wear things without buttons. Um, socks are the worst, I can't bend, so I use a, one of those sock aids the OT gave me.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I do simple things. Like toast, or a microwave meal. I can't stand at the cooker for long, about five minutes and then I need to sit down.",
        ),
        ("A", "Do you go out of the house?"),
        (
            "C",
            "Not much. I go to the shop at the end of the road, it's about fifty metres, maybe less, and I have to stop halfway and lean on the wall. On a bad day I don't go at all.",
        ),
        ("A", "How many bad days?"),
        ("C", "Four or five a week, honestly."),
        ("A", "Do you drive?"),
        (
            "C",
            "I haven't driven for two years. I gave it up because of the tablets, they make me drowsy.",
        ),
        ("A", "Do you manage your own medication?"),
        ("C", "Yes, I do that myself, I've got a dosette box."),
        ("A", "Any problems mixing with other people?"),
        ("C", "No, not really, I'm okay with people, I just get tired."),
        (
            "A",
            "Right, thank you, that's everything. It's twenty five past ten, so you'll hear from DWP in due course.",
        ),
        ("C", "Okay, thank you."),
    ]
    report = [
        ("Telephone consultation. Start time 10:10. The claimant attended alone.", {SUP}),
        ("End time 10:55.", {IMP}),
        (
            "She reports a diagnosis of fibromyalgia made approximately 6 years ago, with irritable bowel syndrome and poor sleep.",
            {SUP},
        ),
        ("Medication: pregabalin 150 mg twice daily and amitriptyline 50 mg at night.", {NC}),
        (
            "Activity 4 - Washing and bathing: She showers seated on a stool and washes her hair.",
            {QD},
        ),
        ("Her husband assists occasionally, around once or twice a week.", {NC}),
        (
            "Activity 5 - Dressing: She uses a sock aid provided by occupational therapy and chooses clothing without fastenings.",
            {SUP},
        ),
        (
            "Activity 1 - Preparing food: She is able to prepare a simple meal and can stand at the cooker for around 15 minutes.",
            {NC},
        ),
        (
            "Mobility 2 - Moving around: She walks to a local shop approximately 50 metres away.",
            {QD},
        ),
        ("She drives short distances locally.", {NS}),
        (
            "Informal observations: She appeared well presented and was observed to sit comfortably throughout the call.",
            {IMP},
        ),
        (
            "Activity 3 - Managing therapy: She manages her medication independently using a dosette box.",
            {SUP},
        ),
    ]
    return turns, report


def _case_01():
    # WCA, face to face at an assessment centre, lumbar degenerative disc disease with sciatica, wife present, kind assessor
    turns = [
        ("A", "Hello, Mr Hughes? Come through, take your time. And this is?"),
        ("P", "I'm Sandra, his wife."),
        (
            "A",
            "Lovely, have a seat, both of you. So it's quarter to two, we'll make a start. I'm Nadia, I'm a physiotherapist and I'm doing your work capability assessment today.",
        ),
        ("C", "Thanks. Sorry, I'll have to stand up now and then, my back goes if I sit too long."),
        ("A", "That's absolutely fine, just do whatever you need. How did you get here today?"),
        (
            "C",
            "Sandra drove me. It's about twenty minutes in the car, and I had to get out once at the garage to stretch.",
        ),
        ("A", "Tell me about your back."),
        (
            "C",
            "It's, er, degenerative disc disease, the two bottom discs, and I get the sciatica down my left leg. It's been about eight years but the last two it's been much worse.",
        ),
        ("A", "And what are you taking for it?"),
        ("C", "Co-codamol, the thirty five hundreds, two tablets four times a day. And naproxen."),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day, maybe to the end of the street and back, that's what, a hundred metres? But then I'm done, I have to sit down for twenty minutes.",
        ),
        ("P", "And that's a good day. Most days he doesn't make it past next door's gate."),
        ("A", "How far is next door's gate, roughly?"),
        ("P", "Ten, fifteen metres?"),
        ("A", "Okay. And standing, how long can you stand?"),
        ("C", "About ten minutes, then I have to move or sit."),
        ("A", "And sitting?"),
        (
            "C",
            "Twenty minutes maybe, then I've got to get up. Sorry, I'm going to have to stand up now, just for a minute.",
        ),
        ("A", "Of course. Can you pick things up off the floor?"),
        ("C", "Not really. I use a grabber. If I drop something, Sandra gets it."),
        ("A", "What about your hands, any problems?"),
        ("C", "No, my hands are fine."),
        (
            "A",
            "I'd like to do a short examination, is that okay? Could you bend forward as far as is comfortable?",
        ),
        ("C", "Ah. That's about it. That's as far as I go."),
        (
            "A",
            "Okay, that's fine, stop there. I was going to ask you to lie on the couch and lift your leg, but we'll leave that, you're in pain.",
        ),
        ("C", "Yeah, I'd rather not, sorry."),
        ("A", "No problem. Do you do anything around the house?"),
        (
            "C",
            "I try to load the dishwasher. I can't hoover, I tried and I was in bed for two days.",
        ),
        ("A", "Okay. That's everything. It's just gone two o'clock. Thank you both."),
    ]
    report = [
        ("Face to face assessment at the assessment centre. Accompanied by his wife.", {SUP}),
        ("Assessment commenced 13:45.", {SUP}),
        ("His wife drove him to the assessment.", {SUP}),
        (
            "Condition: degenerative disc disease of the lumbar spine with left-sided sciatica, worsening over the last 2 years.",
            {SUP},
        ),
        ("Medication: co-codamol 30/500 two tablets four times daily and naproxen.", {SUP}),
        (
            "Mobilising: He states he can walk approximately 100 metres before needing to rest.",
            {QD},
        ),
        ("His wife reports he is limited to around 50 metres on most days.", {NC}),
        ("Standing and sitting: He reports he can stand for around 30 minutes.", {NC}),
        ("He sat throughout the assessment without needing to stand or change position.", {IMP}),
        ("Picking up and moving: He uses a grabber to pick items up from the floor.", {SUP}),
        ("Manual dexterity: no problems with his hands reported.", {SUP}),
        ("Examination: straight leg raise was 70 degrees bilaterally.", {IMP}),
        ("He states he does light housework including vacuuming.", {NS}),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, relapsing-remitting multiple sclerosis, husband present, careless assessor
    turns = [
        (
            "A",
            "Hi, is it Mrs Patel's house? I'm Gary, from the assessment service. Thanks for letting me in. Where shall I sit?",
        ),
        (
            "P",
            "Anywhere you like. I'm Raj, her husband. She's in the front room, she's not having a great day.",
        ),
        (
            "A",
            "Okay. Hello Mrs Patel, don't get up. So the time now is eleven o'clock, I'll just note that. Can you tell me about your MS?",
        ),
        (
            "C",
            "Um, it's relapsing remitting, I was diagnosed in twenty sixteen. I get really bad fatigue and my legs go numb, and my eyesight goes blurry sometimes.",
        ),
        ("A", "How often do you get relapses?"),
        (
            "C",
            "Two, maybe three times a year, and they last a few weeks each time. But even between them I've got good days and bad days.",
        ),
        ("A", "How many bad days in a week would you say?"),
        ("C", "Er, at least four. Sometimes the whole week."),
        ("A", "Okay. How about preparing a meal?"),
        (
            "C",
            "On a good day I can make a sandwich. I don't use the hob anymore because I dropped a pan of boiling water last year. Raj does all the cooking.",
        ),
        ("A", "Eating?"),
        ("C", "I can eat, but sometimes my right hand shakes and Raj cuts up my food for me."),
        ("A", "Washing?"),
        (
            "C",
            "I have a bath board. And Raj has to be in the house when I have a shower, because I've fallen twice.",
        ),
        ("A", "Toilet?"),
        ("C", "I have urgency. Sometimes I don't make it. I wear pads, um, every day now really."),
        ("A", "Okay. Dressing?"),
        (
            "C",
            "I can do most of it, it just takes me a long time, like forty minutes, and I have to sit down on the bed to do it.",
        ),
        ("A", "Do you go out?"),
        (
            "P",
            "She hasn't been out on her own for about a year. If she goes out I push her in the wheelchair.",
        ),
        ("A", "Can you walk at all?"),
        (
            "C",
            "Around the house, holding onto the furniture. Outside with my stick maybe, er, twenty metres, and then my legs give way.",
        ),
        ("A", "And do you manage your money?"),
        ("C", "Yeah, I do the bills online, that's fine. Sometimes I get foggy and Raj checks it."),
        ("A", "Right, I think that's everything. Thanks."),
    ]
    report = [
        ("Home visit. Present: the claimant and her husband.", {SUP}),
        ("Consultation start time 11:00.", {SUP}),
        (
            "She has relapsing-remitting multiple sclerosis diagnosed in 2016, with fatigue, leg numbness and intermittent blurred vision.",
            {SUP},
        ),
        ("She reports approximately one relapse per year.", {NC}),
        ("She describes good and bad days, with bad days on at least 4 days a week.", {SUP}),
        (
            "Activity 1 - Preparing food: She is able to prepare a sandwich and uses the hob with care.",
            {QD, NS},
        ),
        ("Activity 2 - Taking nutrition: She eats independently.", {QD}),
        ("Activity 4 - Washing and bathing: She uses a bath board to bathe.", {QD}),
        (
            "Activity 5 - Managing toilet needs: She reports urgency and uses incontinence pads on some days.",
            {NC},
        ),
        ("Activity 6 - Dressing: She dresses herself in around 10 minutes.", {NC, QD}),
        ("Mobility 2 - Moving around: She walks around 50 metres outdoors with a stick.", {NC}),
        ("Her husband reports she goes out alone to local shops once a week.", {NS}),
        (
            "Informal observations: She walked to the door to greet the assessor with a normal gait.",
            {IMP},
        ),
        (
            "Activity 10 - Budgeting: She pays her bills online, with her husband checking them when she feels foggy.",
            {SUP},
        ),
    ]
    return turns, report


def _case_03():
    # PIP, video, depression and anxiety with agoraphobia, mother joins partway, kind assessor
    turns = [
        ("A", "Hi there, can you see and hear me okay?"),
        ("C", "Um, yeah. Yeah, I can hear you. I've got the camera on, it's a bit dark, sorry."),
        (
            "A",
            "That's fine. I'm Helen, I'm a nurse and I'll be doing your PIP assessment today. It's half past one. Is anyone with you?",
        ),
        ("C", "No, just me. My mum's downstairs, she might come up."),
        ("A", "Okay. Tell me a bit about how you've been feeling."),
        (
            "C",
            "Not great. I've had depression since I was about nineteen, so, what, twelve years. And anxiety. I don't really go out.",
        ),
        ("A", "When did you last go out on your own?"),
        (
            "C",
            "I had a panic attack at the bus stop in, like, July, and I haven't been out on my own since. I get to the front door and my chest goes tight and I just, I can't.",
        ),
        ("A", "Are you on any medication?"),
        (
            "C",
            "Sertraline, a hundred milligrams. And propranolol when I need it, but I don't take it much.",
        ),
        ("A", "Do you see anyone for your mental health?"),
        (
            "C",
            "I had a CBT thing on the phone, six sessions, it finished in March. I'm on the waiting list for the community mental health team.",
        ),
        ("A", "How do you spend your day?"),
        (
            "C",
            "Mostly in my room. I play games sometimes, but on my own, not with a headset, I can't talk to people. I sleep a lot in the day, I'm up most of the night.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Not really. Mum leaves stuff for me. If she didn't remind me I probably wouldn't eat. Some days I don't anyway.",
        ),
        ("A", "And washing?"),
        ("C", "Um. Not as much as I should. Maybe once a week. Mum has to nag me."),
        ("A", "Okay. I have to ask, have you had any thoughts of harming yourself?"),
        ("C", "Sometimes. I haven't done anything. Not for a long time."),
        ("P", "Sorry, hello, I'm his mum, Linda. Is it okay if I sit in?"),
        ("A", "Of course, hello Linda."),
        (
            "P",
            "I just want to say, he says once a week for washing but honestly it's more like every ten days, and I have to stand outside the bathroom door and talk to him or he just sits on the floor.",
        ),
        ("A", "Thank you, that's helpful. And does he go out with you?"),
        (
            "P",
            "Once a month maybe, to the GP, and he holds onto my arm the whole way. He won't go in a shop.",
        ),
        ("A", "Okay. Thank you both, that's all I need. It's ten to two now."),
        ("C", "Okay. Thanks."),
    ]
    report = [
        ("Video consultation commenced at 13:30.", {SUP}),
        ("The claimant was alone for the duration of the consultation.", {IMP}),
        ("He reports depression for approximately 12 years, with anxiety.", {SUP}),
        ("He takes sertraline 100 mg daily and propranolol as required.", {SUP}),
        (
            "He has completed a course of 12 sessions of CBT and is awaiting the community mental health team.",
            {NC},
        ),
        ("He spends his time playing online games with friends using a headset.", {NS}),
        ("Activity 1 - Preparing food: His mother prepares food for him.", {SUP}),
        ("Activity 2 - Taking nutrition: He eats regularly without the need for prompting.", {NS}),
        ("Activity 4 - Washing and bathing: He reports washing twice weekly.", {NC, QD}),
        (
            "Mobility 1 - Planning and following journeys: He goes out with his mother approximately once a week.",
            {NC},
        ),
        ("He has not been out alone since a panic attack at a bus stop in July.", {SUP}),
        ("He reports no current thoughts of self-harm.", {NS}),
        ("Consultation ended at 14:20.", {IMP}),
    ]
    return turns, report


def _case_04():
    # WCA, telephone, COPD, claimant alone and rambling, brisk assessor
    turns = [
        (
            "A",
            "Hello, is that Mr Brian Walsh? It's Doctor Osei calling from the health assessment service about your work capability assessment. Is now a good time?",
        ),
        (
            "C",
            "Yes, yes, I've been waiting by the phone since nine. Sorry, sorry, I'm coughing, it's the chest. Give me a second.",
        ),
        ("A", "No problem. It's twenty past nine. Is there anyone with you?"),
        ("C", "No, it's just me, the wife's at work."),
        ("A", "Okay. Tell me about your breathing."),
        (
            "C",
            "Well, it's COPD, they told me about, what, five years ago, but I reckon I had it long before that. I was a plasterer for thirty years, all that dust. Anyway, I get out of breath with anything really. Getting dressed. Going up the stairs. I've got a, what do you call it, a commode upstairs now, so I don't have to go down at night.",
        ),
        ("A", "How far can you walk on the flat?"),
        (
            "C",
            "Well, I used to walk the dog, we had a lovely collie, but he died last year, and to be honest I couldn't have walked him anyway. Now, um, I get to the bottom of the garden and back, that's about thirty metres, and I'm puffing. I have to stop and use the inhaler. I'm puffing now just talking about it.",
        ),
        ("A", "Stairs?"),
        (
            "C",
            "I do them once in the morning and once at night, and I have to sit on the top step for a couple of minutes.",
        ),
        ("A", "Inhalers?"),
        (
            "C",
            "The blue one, salbutamol, I use it maybe six or seven times a day. And the purple one, twice a day. And I had three courses of steroids and antibiotics this winter.",
        ),
        ("A", "Any hospital admissions?"),
        ("C", "One, in January. Five days in."),
        ("A", "Do you smoke?"),
        (
            "C",
            "I stopped, three years ago. Well, I have the odd one. Maybe one or two a week, I'm not going to lie to you.",
        ),
        ("A", "Okay. Can you carry things, like a bag of shopping?"),
        ("C", "A light bag, like a loaf and a pint of milk. Not a full bag, no."),
        ("A", "Any problems with your memory or concentration?"),
        ("C", "No, no, my head's alright. It's the chest."),
        ("A", "Okay, I think I've got what I need. Thanks Mr Walsh, it's now twenty to ten."),
        ("C", "Right you are. Cheers, doctor."),
    ]
    report = [
        ("Telephone assessment. Start 09:20. Claimant alone.", {SUP}),
        (
            "History: COPD diagnosed approximately 5 years ago; previously worked as a plasterer for 30 years.",
            {SUP},
        ),
        ("He reports that he walks his dog daily.", {NS}),
        (
            "Mobilising: He can walk approximately 100 metres on the flat before becoming breathless.",
            {NC},
        ),
        ("He manages the stairs twice daily.", {QD}),
        ("He uses salbutamol 2 to 3 times daily and a preventer inhaler twice daily.", {NC}),
        ("He has required one course of oral steroids this winter.", {NC}),
        ("One hospital admission in January lasting 5 days.", {SUP}),
        ("Ex-smoker, stopped 3 years ago.", {QD}),
        ("Picking up and moving: He is able to carry a full bag of shopping.", {NS}),
        ("Informal observations: No audible breathlessness or coughing during the call.", {IMP}),
        ("No problems with memory or concentration reported.", {SUP}),
        ("Assessment ended 10:15.", {IMP}),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at an assessment centre, learning disability with epilepsy, support worker answers much, brisk assessor
    turns = [
        ("A", "Good afternoon. I'm Steven, the assessor. You're Daniel?"),
        ("C", "Yeah."),
        ("A", "And you are?"),
        (
            "P",
            "I'm Aisha, I'm Daniel's support worker from the supported living service. I see him every weekday.",
        ),
        ("A", "Okay. It's three o'clock, we'll get started. Daniel, how did you get here today?"),
        ("C", "Aisha bringed me. On the bus."),
        (
            "P",
            "We got the number twelve. He can't do the bus on his own, he gets on the wrong one. He did that in the spring and ended up in town and rang me crying.",
        ),
        ("A", "Daniel, do you cook?"),
        ("C", "I do noodles. In the microwave."),
        (
            "P",
            "He does pot noodles, yes, but he's burnt himself with the kettle, so we stay with him when he uses it. He's not allowed to use the oven without staff.",
        ),
        ("A", "How about money? Do you go shopping?"),
        ("C", "I go to the shop. I get crisps."),
        ("A", "Do you know how much change you should get?"),
        ("C", "Um. No. I just give them the card."),
        (
            "P",
            "He can't count change. Last year someone took his bank card and he lost about three hundred pounds. We help him with a weekly budget.",
        ),
        ("A", "Medication?"),
        (
            "P",
            "He takes sodium valproate for seizures, twice a day, and staff prompt him every time, otherwise he forgets.",
        ),
        ("A", "How often are the seizures?"),
        ("P", "About one a month now."),
        ("A", "Daniel, do you have friends?"),
        ("C", "I got Kyle. From college."),
        (
            "P",
            "He goes to college two days a week, we take him. He does find new people very hard, he gets really anxious and goes quiet.",
        ),
        ("A", "Can you read?"),
        ("C", "Some words. Not long ones."),
        ("P", "He can read his name and simple signs. Letters, we read for him."),
        ("A", "Washing, does he need help?"),
        (
            "P",
            "He needs reminding to shower, every day, and we check he's used shampoo and rinsed it out.",
        ),
        ("A", "Okay. Thank you both. Done for today."),
    ]
    report = [
        ("Face-to-face consultation. He attended with his support worker.", {SUP}),
        ("Start time 15:00.", {SUP}),
        (
            "Mobility 1 - Planning and following journeys: He travelled to the assessment by bus and is able to use familiar bus routes independently.",
            {NS},
        ),
        ("Activity 1 - Preparing food: He prepares microwave noodles.", {QD}),
        ("Activity 3 - Managing therapy: He takes sodium valproate twice daily.", {QD}),
        ("He reports seizures approximately once every 3 months.", {NC}),
        ("Activity 10 - Budgeting: He buys items in the local shop and pays by card.", {QD}),
        ("He lost approximately £30 when his bank card was taken.", {NC}),
        (
            "Activity 9 - Engaging with others: He has friends at college, which he attends 4 days a week.",
            {NC},
        ),
        ("Activity 8 - Reading: He can read simple signs and short words.", {SUP}),
        (
            "Informal observations: He answered all questions himself without input from his companion.",
            {IMP},
        ),
        ("Activity 4 - Washing and bathing: He showers daily without prompting.", {NS}),
    ]
    return turns, report


def _case_06():
    # PIP, telephone, epilepsy with tonic-clonic seizures and absences, partner present, kind assessor
    turns = [
        (
            "A",
            "Hello, is that Miss Chloe Bennett? My name's Priya, I'm calling about your PIP assessment. Before we start, is anyone with you?",
        ),
        ("C", "Yes, my partner Tom's here. Is it alright if he joins in? I sometimes lose track."),
        (
            "A",
            "Of course. Hello Tom. So it's five past twelve, let's start. Tell me about your epilepsy.",
        ),
        (
            "C",
            "I've had it since I was fourteen. I have the big ones, tonic clonic, and I have absences too, where I just go blank.",
        ),
        ("A", "How often?"),
        ("C", "The big ones, about two a month. The absences, um, I don't always know."),
        (
            "P",
            "The absences are most days, several times a day. She'll stop mid sentence and stare for maybe thirty seconds.",
        ),
        ("A", "Do you get any warning?"),
        ("C", "No, none. That's the problem. I've come round on the kitchen floor."),
        ("A", "After a big seizure, how long does it take you to recover?"),
        ("C", "A whole day, sometimes two. I sleep, I have a headache, I'm confused."),
        ("A", "Do you cook?"),
        (
            "C",
            "I don't use the hob on my own. Tom doesn't like me to. I'll make a sandwich, or use the microwave if he's in.",
        ),
        ("A", "Bathing?"),
        (
            "C",
            "I only shower when Tom's home, and I keep the door unlocked. I don't have baths anymore, because I had a seizure in the bath two years ago.",
        ),
        ("A", "Going out, do you go out on your own?"),
        (
            "C",
            "Short walks, to the corner shop sometimes, it's just round the corner, maybe two minutes. But I won't go into town by myself. I had a seizure on the high street and people filmed it.",
        ),
        ("P", "She goes to town with me or her mum, that's it."),
        ("A", "Medication?"),
        (
            "C",
            "Lamotrigine, two hundred milligrams twice a day, and levetiracetam, seven fifty twice a day.",
        ),
        ("A", "Do you take it yourself?"),
        ("C", "Yeah, I have alarms on my phone."),
        ("A", "Do you work?"),
        ("C", "I used to be a hairdresser. I stopped three years ago."),
        ("A", "Okay, that's all really. Thanks, both of you."),
    ]
    report = [
        ("Telephone consultation. Her partner was present and contributed.", {SUP}),
        ("Start time 12:30.", {IMP}),
        ("She has had epilepsy since age 14, with tonic-clonic seizures and absences.", {SUP}),
        ("Tonic-clonic seizures occur approximately twice a year.", {NC}),
        ("Absences occur around once a week.", {NC}),
        (
            "She reports that she gets a warning before seizures, allowing her to get to a safe place.",
            {NS},
        ),
        ("Recovery following a tonic-clonic seizure takes around an hour.", {NC}),
        (
            "Activity 1 - Preparing food: She is able to use the microwave and make a sandwich.",
            {QD},
        ),
        (
            "Activity 4 - Washing and bathing: She showers and keeps the bathroom door unlocked.",
            {QD},
        ),
        (
            "Mobility 1 - Planning and following journeys: She goes out alone to local shops and into town.",
            {NS},
        ),
        (
            "Activity 3 - Managing therapy: She takes lamotrigine and levetiracetam twice daily and uses phone alarms as reminders.",
            {SUP},
        ),
        ("She previously worked as a hairdresser until 3 years ago.", {SUP}),
        ("Informal observations: She was well kempt and appeared relaxed.", {IMP}),
    ]
    return turns, report


def _case_07():
    # WCA, video, post-traumatic stress disorder (veteran), claimant alone with short hesitant answers, brisk assessor
    turns = [
        (
            "A",
            "Morning. Can you hear me? I'm Doctor Kemp, I'll be carrying out your work capability assessment on video today. It's ten o'clock. Is anyone with you?",
        ),
        ("C", "No."),
        ("A", "Okay. You've got PTSD, is that right?"),
        ("C", "Yeah. From Afghanistan. Twenty eleven."),
        ("A", "How does it affect you?"),
        (
            "C",
            "Nightmares. Most nights. I get maybe, three hours sleep. Um. Flashbacks. Loud noises. I can't, I don't do crowds.",
        ),
        ("A", "Medication?"),
        ("C", "Sertraline. And prazosin for the nightmares."),
        ("A", "Any treatment?"),
        ("C", "I'm seeing Combat Stress. Trauma therapy, once a fortnight. Started in the spring."),
        ("A", "Do you get out?"),
        (
            "C",
            "Early morning. Five, six o'clock, when no one's about. I walk round the block. If there's people, I turn round.",
        ),
        ("A", "Do you use public transport?"),
        (
            "C",
            "No. Not since, um. Not for two years. I lost it on a bus. Someone dropped something. I ended up on the floor.",
        ),
        ("A", "How's your temper?"),
        (
            "C",
            "Short. I've put my fist through a door, twice this year. I wouldn't hurt anyone. But I have to leave the room.",
        ),
        ("A", "Do you see friends?"),
        ("C", "One mate. From the regiment. He comes round, maybe once a month."),
        ("A", "Have you worked since leaving the army?"),
        ("C", "Security. Lasted six weeks. I couldn't do the night shifts, the noises."),
        ("A", "Can you cope with changes to plans?"),
        (
            "C",
            "Not really. If something changes I, I get stressed. My sister does my appointments, she writes them on the calendar.",
        ),
        ("A", "Any thoughts of harming yourself?"),
        (
            "C",
            "Um. Sometimes. I've got a plan, if I'm honest. I told Combat Stress. They've done a safety plan thing with me.",
        ),
        ("A", "Okay, thanks. We'll end there. Quarter past ten."),
        ("C", "Right."),
    ]
    report = [
        ("Video assessment. Start time 10:00. The claimant was alone.", {SUP}),
        (
            "He has post-traumatic stress disorder following military service in Afghanistan in 2011.",
            {SUP},
        ),
        (
            "He reports nightmares approximately twice a week and sleeps around 6 hours a night.",
            {NC},
        ),
        ("He is receiving weekly trauma therapy with Combat Stress.", {NC}),
        ("Getting about: He walks locally each morning.", {QD}),
        ("He uses public transport occasionally.", {NS}),
        ("Coping with social engagement: He sees friends weekly.", {NC}),
        (
            "Appropriateness of behaviour: No history of aggressive or disinhibited behaviour was reported.",
            {NS},
        ),
        (
            "He worked briefly in security after leaving the army but could not manage the night shifts.",
            {SUP},
        ),
        ("Coping with change: He manages his own appointments.", {NS}),
        ("Risk: He denied suicidal ideation.", {NS}),
        (
            "Mental state examination: He was relaxed, with good eye contact and spontaneous speech, and engaged well throughout a 45 minute assessment.",
            {IMP},
        ),
    ]
    return turns, report


def _case_08():
    # PIP, home visit, stroke with left-sided weakness and word-finding difficulty, adult daughter present, kind assessor
    turns = [
        ("A", "Hello, I'm Lorraine, the assessor. Mr Okafor? Please, don't get up."),
        ("C", "Thank you. Sorry. I, I'm slow getting up."),
        ("P", "I'm his daughter, Grace. I've lived with him since the stroke."),
        ("A", "Lovely to meet you. It's quarter past two. When was the stroke?"),
        ("C", "March. Last year. Left side. My arm, my leg."),
        ("A", "How's your speech?"),
        ("C", "Sometimes the words, they don't come. When I'm tired, worse."),
        ("P", "And he gets confused about the day. He thought it was Sunday yesterday."),
        ("A", "Can you walk?"),
        ("C", "With the stick. The, the tripod one. In the house. Outside, a little. To the car."),
        (
            "P",
            "The car's parked right outside, that's about five metres. Anything further, he uses the wheelchair and I push.",
        ),
        ("A", "Has he fallen?"),
        ("P", "Three times since Christmas. Once in the bathroom."),
        ("A", "Washing?"),
        ("C", "Grace helps me. In and out the shower. And my back, my feet."),
        ("A", "Dressing?"),
        (
            "P",
            "I do his buttons, his socks and shoes. He can pull a t-shirt over his head with his right hand.",
        ),
        ("A", "Eating?"),
        ("C", "I eat with a fork. Right hand. Grace, she cuts the meat."),
        (
            "A",
            "Can I look at your hands? Squeeze my fingers, both hands. Okay. And the left. Okay, that's weaker, thank you.",
        ),
        ("C", "Yes. Very weak."),
        ("A", "Medication?"),
        (
            "P",
            "Clopidogrel, atorvastatin, ramipril, and he's on sertraline now for low mood. I put them out in the morning, in a dosette, and remind him.",
        ),
        ("A", "Okay, thank you both. That's everything from me."),
    ]
    report = [
        ("Home visit. Present: the claimant and his daughter.", {SUP}),
        ("Consultation start 14:15.", {SUP}),
        ("He had a stroke in March of last year affecting his left arm and leg.", {SUP}),
        ("His speech was fluent throughout with no word-finding difficulty.", {IMP}),
        (
            "Mobility 2 - Moving around: He walks outdoors with a tripod stick for approximately 50 metres.",
            {NC},
        ),
        ("He has had one fall since Christmas.", {NC}),
        (
            "Activity 4 - Washing and bathing: His daughter assists him to get in and out of the shower.",
            {QD},
        ),
        ("Activity 6 - Dressing: He dresses himself using his right hand.", {QD}),
        ("Activity 2 - Taking nutrition: He eats using a fork with his right hand.", {QD}),
        ("Physical examination: grip strength reduced on the left.", {SUP}),
        (
            "Power in the lower limbs was 5/5 bilaterally and he walked from his chair to the kitchen unaided.",
            {IMP},
        ),
        ("Activity 3 - Managing therapy: He manages his medication independently.", {NS}),
        ("His daughter reports that he becomes confused about the day of the week.", {SUP}),
    ]
    return turns, report


def _case_09():
    # PIP, telephone, retinitis pigmentosa (severe sight impairment), claimant alone and correcting herself, careless assessor
    turns = [
        (
            "A",
            "Hello, Mrs Joanne Price? This is Kevin from the PIP assessment service. It's quarter to four, are you okay to go ahead?",
        ),
        ("C", "Yes. Yes, that's fine."),
        ("A", "Anyone with you?"),
        ("C", "No, I'm on my own today. My son's at school."),
        ("A", "Okay. Tell me about your eyes."),
        (
            "C",
            "I've got retinitis pigmentosa. It's tunnel vision, basically. I've got maybe, um, ten degrees left in each eye. And I can't see at all in the dark or in dim light.",
        ),
        ("A", "Are you registered?"),
        (
            "C",
            "Yes, severely sight impaired, since twenty nineteen. No, wait, twenty eighteen. Twenty eighteen.",
        ),
        ("A", "Do you use any aids?"),
        (
            "C",
            "A long cane outside. And I use the voiceover on my phone, and a magnifier for letters, but even with that it's hard, I get my son to read the post.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I do cook, but I've burnt myself a few times. I've got bump-ons on the dials and a liquid level indicator for hot drinks. I mostly do simple things now.",
        ),
        ("A", "Going out?"),
        (
            "C",
            "Only routes I know. The school run, it's about ten minutes, I've done it with the cane for years. Anywhere new I need someone with me, my sister or a sighted guide from the society.",
        ),
        ("A", "How often do you go somewhere new?"),
        ("C", "Maybe once a month, hospital appointments mostly, and my sister takes me."),
        ("A", "Do you go out after dark?"),
        ("C", "Never. Not on my own. I can't see anything."),
        ("A", "Do you manage money?"),
        (
            "C",
            "Yes, online banking with the voiceover. Cash is hard, I can't tell the notes apart, so I don't use cash.",
        ),
        ("A", "Any other conditions?"),
        ("C", "Just some low mood. I'm not on anything for it."),
        ("A", "Okay. We're done. Thank you."),
    ]
    report = [
        ("Telephone consultation, start time 15:45, claimant alone.", {SUP}),
        (
            "She has retinitis pigmentosa with a residual visual field of approximately 20 degrees in each eye.",
            {NC},
        ),
        ("She was registered severely sight impaired in 2019.", {NC}),
        ("Activity 8 - Reading: She is able to read standard print using a magnifier.", {QD}),
        (
            "Activity 1 - Preparing food: She cooks using tactile markers on the cooker dials and a liquid level indicator.",
            {QD},
        ),
        (
            "Mobility 1 - Planning and following journeys: She walks her son to school, a journey of around 30 minutes, using a long cane.",
            {NC},
        ),
        ("She is able to follow unfamiliar routes independently.", {NS}),
        ("She goes out after dark using her cane.", {NS}),
        (
            "Activity 10 - Budgeting: She manages her finances with online banking using screen-reader software.",
            {SUP},
        ),
        (
            "Informal observations: She was observed to read the consent form without difficulty.",
            {IMP},
        ),
        ("Her son was present during the call.", {IMP}),
    ]
    return turns, report


def _case_10():
    # WCA, face to face at an assessment centre, ME/CFS, friend present, careless assessor
    turns = [
        (
            "A",
            "Hi, Miss Ellis? I'm Paul, I'm the healthcare professional. Come in. And who's this?",
        ),
        ("P", "I'm Becky, I'm a friend. I drove her here."),
        ("A", "Okay, have a seat. It's twenty five past ten. So, you have ME?"),
        (
            "C",
            "Yes. Chronic fatigue syndrome, ME. Since, um, since I had glandular fever, about seven years ago.",
        ),
        ("A", "What's a typical day?"),
        (
            "C",
            "I, er, sorry, I lose my words. I get up around eleven, and I'm tired before I start. I can do one thing a day. Like a shower, or this. After coming here today I'll be in bed for the next three days.",
        ),
        ("A", "Do you work?"),
        (
            "C",
            "I was a teacher. I went down to two days a week and then I stopped completely eighteen months ago.",
        ),
        ("A", "How far can you walk?"),
        ("C", "Um, to the car. Maybe twenty metres? And I pay for it after."),
        ("P", "She used a wheelchair from the car park today. I pushed her in."),
        ("A", "Sitting, how long can you sit?"),
        (
            "C",
            "Not long. Can I, is it okay if I put my head down on the table? Sorry. I'm really struggling.",
        ),
        ("A", "Sure. Do you want to carry on?"),
        ("C", "Yes. Just, keep it short, please."),
        ("A", "Concentration. Can you read a book or watch TV?"),
        (
            "C",
            "Maybe ten minutes of TV. I can't follow a book anymore. I read the same page over and over.",
        ),
        ("A", "Noise and light?"),
        (
            "C",
            "Light gives me a headache. I wear sunglasses a lot. Noise too, I've got ear defenders.",
        ),
        ("A", "Can you remember appointments?"),
        ("P", "I remind her, and her mum rings her as well. She forgot her last GP appointment."),
        ("A", "Okay, we'll stop there. Thank you both. It's twenty to eleven."),
    ]
    report = [
        ("Face to face assessment. Accompanied by a friend.", {SUP}),
        ("Assessment start 10:25, end 11:10.", {IMP}),
        ("She reports ME/CFS following glandular fever approximately 7 years ago.", {SUP}),
        ("She worked as a teacher until 18 months ago.", {SUP}),
        ("She reports that she can manage two or three activities a day.", {NC}),
        ("Following exertion she needs to rest for the remainder of the day.", {NC}),
        ("Mobilising: She can walk around 20 metres.", {QD}),
        ("She walked into the assessment room unaided.", {IMP}),
        ("Sitting: She sat comfortably throughout the assessment.", {IMP}),
        ("Learning tasks: She watches television for around an hour and enjoys reading.", {NC, NS}),
        ("She wears sunglasses because of light sensitivity.", {SUP}),
        ("Memory: She manages her appointments independently using a diary.", {NS}),
    ]
    return turns, report


def _case_11():
    # PIP, face to face at an assessment centre, rheumatoid arthritis, advocate present, hands examined
    turns = [
        (
            "A",
            "Good morning, Mrs Lewis. I'm Sarah, the assessor. And you've brought someone with you?",
        ),
        (
            "P",
            "Yes, I'm Mohammed, I'm an advocate from the local disability advice centre. I'm just here to support and take notes.",
        ),
        ("A", "That's fine. It's half past nine, let's begin. Tell me about your arthritis."),
        (
            "C",
            "Rheumatoid. In my hands, wrists, knees and feet mainly. Diagnosed about ten years ago. The mornings are worst, I'm stiff for about two hours after I get up.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Methotrexate, once a week, the injection. Hydroxychloroquine every day. And I get flares, I've had steroid injections for those.",
        ),
        ("A", "How often are the flares?"),
        ("C", "Every six weeks or so, and they last around a week, sometimes two."),
        ("A", "Cooking?"),
        (
            "C",
            "I can't lift a full pan. I can't open jars. I use a perching stool in the kitchen, and I've got a kettle tipper. Most of the time I do ready meals in the microwave, to be honest.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I can't do buttons or zips on a bad day. My husband does my bra and my shoes. And bad days are most days in winter.",
        ),
        ("A", "Washing?"),
        ("C", "I've got a shower seat and a long handled sponge. I can't get in the bath."),
        ("A", "Do you manage your tablets?"),
        ("C", "Yes, but I can't open the bottles, the pharmacy gives me easy open lids."),
        ("A", "Walking?"),
        (
            "C",
            "Maybe a hundred metres, slowly, with my stick, and then my feet are on fire. I have to stop.",
        ),
        ("A", "Could I look at your hands? Can you make a fist for me?"),
        ("C", "That's as far as it goes. I can't close it."),
        ("A", "Okay. And can you touch your thumb to each finger?"),
        ("C", "I can do the first two. Not the others."),
        ("A", "That's fine, thank you."),
        (
            "P",
            "Can I just add, she's also been struggling with low mood since she had to give up work.",
        ),
        ("A", "Noted, thanks. Okay, that's everything. Thank you."),
    ]
    report = [
        ("Face-to-face consultation. Accompanied by an advocate.", {SUP}),
        ("Start time 09:30.", {SUP}),
        (
            "Rheumatoid arthritis diagnosed approximately 10 years ago, affecting the hands, wrists, knees and feet.",
            {SUP},
        ),
        ("She reports morning stiffness lasting around 30 minutes.", {NC}),
        ("Flares occur approximately every 6 months.", {NC}),
        ("Activity 1 - Preparing food: She prepares meals using a perching stool.", {QD}),
        ("Activity 6 - Dressing: She is able to manage buttons and zips.", {QD}),
        (
            "Activity 4 - Washing and bathing: She uses a shower seat and a long-handled sponge.",
            {SUP},
        ),
        ("Activity 3 - Managing therapy: She manages her medication independently.", {QD}),
        (
            "Mobility 2 - Moving around: She can walk approximately 200 metres with a stick.",
            {NC, QD},
        ),
        (
            "Examination: full fist formation bilaterally; thumb opposition intact to all fingers.",
            {IMP},
        ),
        ("Examination of the knees revealed no swelling or effusion.", {IMP}),
        ("No mental health problems were reported.", {NS}),
    ]
    return turns, report


def _case_12():
    # WCA, telephone, bipolar affective disorder, sister (carer) on speaker, brisk assessor
    turns = [
        (
            "A",
            "Hi, is that Mr Liam Carter? I'm calling from the assessment service, my name's Joanna, I'm a paramedic. It's quarter past eleven. Are you happy to go ahead?",
        ),
        ("C", "Yeah, yeah. My sister's here, she's my carer, she's on speaker as well."),
        ("P", "Hi, I'm Rachel."),
        ("A", "Okay, hi. Liam, tell me about your condition."),
        (
            "C",
            "Bipolar. Type one. I was diagnosed at, um, twenty three? Twenty four. Twenty four. And I've been sectioned three times, the last was two years ago.",
        ),
        ("A", "How are you at the moment?"),
        ("C", "Low. Pretty low. I don't get out of bed most days till the afternoon."),
        (
            "P",
            "He's been in a depressive episode since about February. Before that he was high for a few weeks and spent all his savings, about four thousand pounds, in a fortnight.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Lithium, and quetiapine at night. I have blood tests every three months for the lithium.",
        ),
        (
            "P",
            "I sort his tablets into a weekly box and I ring him every morning to make sure he's taken them. He's missed them before and ended up in hospital.",
        ),
        ("A", "Do you drive?"),
        ("C", "No. They took my licence off me after the last admission."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Just to the shop downstairs. Not anywhere else. I get paranoid people are watching me.",
        ),
        ("A", "Coping with social situations?"),
        ("C", "I don't see anyone except Rachel. I stopped seeing my mates."),
        ("A", "Any thoughts of suicide?"),
        ("C", "Yeah. They come and go. I'm under the crisis team, they ring twice a week."),
        ("A", "Are you working?"),
        ("C", "No. I was a chef. I lost that job three years ago, they said I was erratic."),
        ("A", "Okay. Anything else you want to add?"),
        (
            "P",
            "Just that when he's unwell he can't make decisions at all. Simple things, like what to eat. I have to do it.",
        ),
        ("A", "Right. Thank you both. Bye."),
    ]
    report = [
        ("Telephone assessment commenced 11:15. His sister was present.", {SUP}),
        ("He has bipolar affective disorder type 1, diagnosed at the age of 24.", {SUP}),
        ("He has been detained under the Mental Health Act once, 2 years ago.", {NC}),
        ("He reports that his mood is currently stable.", {NS}),
        ("He takes lithium and quetiapine and manages his medication himself.", {QD}),
        ("Lithium levels are monitored by blood tests every 3 months.", {SUP}),
        ("He reports spending approximately £400 during a manic episode.", {NC}),
        ("Getting about: He drives to the local shops.", {NS}),
        ("Coping with social engagement: He sees friends occasionally.", {NS}),
        (
            "He reports occasional thoughts of self-harm and is under the crisis team, who contact him weekly.",
            {NC},
        ),
        ("Informal observations: He appeared unkempt, with poor eye contact.", {IMP}),
        ("He previously worked as a chef, leaving 3 years ago.", {SUP}),
        ("Making decisions: He is able to make everyday decisions.", {QD}),
    ]
    return turns, report


def _case_13():
    # PIP, video, autism (young adult), father present and answering, kind assessor
    turns = [
        (
            "A",
            "Hello, can you both see me? I'm Fiona, I'm an occupational therapist doing the PIP assessment. The time is two o'clock. Who have I got with me?",
        ),
        ("P", "Hi, I'm Mark, I'm Ethan's dad. Ethan's next to me."),
        ("C", "Hello."),
        ("A", "Hi Ethan. Is it okay if I ask you some questions, and your dad can add things?"),
        ("C", "Yes."),
        ("A", "Can you tell me about your autism?"),
        (
            "C",
            "I was diagnosed when I was eight. I don't like loud noises. I don't like it when things change.",
        ),
        ("A", "What happens when things change?"),
        ("C", "I get upset."),
        (
            "P",
            "He has meltdowns. If the bus is late or a different bus comes, he can shout, hit his head. Two weeks ago he had one in the supermarket and it took about an hour to calm him down.",
        ),
        ("A", "How often are the meltdowns?"),
        ("P", "Two or three a week, at the moment."),
        ("A", "Ethan, do you cook?"),
        ("C", "I make toast. And cereal."),
        (
            "P",
            "He won't use the cooker. He doesn't know when things are cooked, he's eaten raw chicken before. I do his meals.",
        ),
        ("A", "Do you go out on your own, Ethan?"),
        ("C", "I go to the library. On Tuesdays."),
        (
            "P",
            "I walk him there, it's five minutes, and pick him up. It's the same route every time. He's never been anywhere on his own that isn't planned with us first.",
        ),
        ("A", "How about money?"),
        ("C", "I have a card."),
        (
            "P",
            "He doesn't understand bills. He once gave a stranger fifty pounds because they asked for it.",
        ),
        ("A", "Washing and dressing?"),
        (
            "P",
            "He needs reminding to wash, every day, or he won't. And he wears the same clothes unless we take them away.",
        ),
        ("A", "Ethan, how do you find talking to new people?"),
        ("C", "I don't like it. I don't know what to say."),
        ("A", "Okay. Thank you both. We'll finish there, it's quarter past two."),
    ]
    report = [
        ("Video consultation. The claimant attended with his father.", {SUP}),
        ("Consultation 14:00 to 14:15.", {SUP}),
        ("He was diagnosed with autism spectrum disorder at age 8.", {SUP}),
        ("His father reports meltdowns approximately twice a month.", {NC}),
        ("The most recent meltdown lasted around 10 minutes.", {NC}),
        (
            "Activity 1 - Preparing food: He prepares simple meals such as toast and cereal and uses the cooker.",
            {NS},
        ),
        (
            "Mobility 1 - Planning and following journeys: He travels to the library independently each week.",
            {NS},
        ),
        ("Activity 10 - Budgeting: He uses a bank card for purchases.", {QD}),
        ("Activity 4 - Washing and bathing: He washes daily.", {QD}),
        ("Activity 6 - Dressing: He dresses himself.", {QD}),
        (
            "Activity 9 - Engaging with others: He reports that he finds talking to new people difficult.",
            {SUP},
        ),
        (
            "Informal observations: He answered all questions fully without input from his father.",
            {IMP},
        ),
    ]
    return turns, report


def _case_14():
    # PIP, telephone, Parkinson's disease, wife present and answering for him, careless assessor
    turns = [
        (
            "A",
            "Good afternoon, is that Mr George Whitfield? I'm Alan, a nurse with the assessment service. It's twenty past three.",
        ),
        (
            "P",
            "Hello, this is his wife, Margaret. George is here, but his voice is very quiet, so I've put it on speaker and I'll help.",
        ),
        ("C", "Hello. Yes."),
        ("A", "Okay. How long have you had Parkinson's?"),
        ("C", "Um. Six. Seven years."),
        ("P", "Seven, in September."),
        ("A", "And how does it affect you?"),
        ("C", "Tremor. Right hand. And I freeze. My feet stick to the floor."),
        (
            "P",
            "He freezes in doorways, and he's fallen four times since the summer. Once he cut his head open on the radiator.",
        ),
        ("A", "Medication?"),
        (
            "P",
            "Co-careldopa, five times a day. It has to be on time or he seizes up. I set alarms and I give them to him.",
        ),
        ("A", "Can you dress yourself?"),
        ("C", "Slowly."),
        (
            "P",
            "It takes him nearly an hour in the morning, and I do his buttons and his shoes. He can't do the buttons with the tremor.",
        ),
        ("A", "Eating?"),
        ("P", "He uses a weighted spoon and a plate guard. He spills a lot. I cut everything up."),
        ("A", "Can he walk?"),
        (
            "P",
            "With his rollator, around the house and to the end of the drive, that's maybe fifteen metres. He's not been further than that on foot since the spring.",
        ),
        ("C", "I used to walk miles."),
        ("A", "Communication. Do people understand you?"),
        ("P", "Strangers don't. I have to repeat what he says. Even the GP asks me."),
        ("A", "Does he get any help with washing?"),
        ("P", "I help him in and out of the shower, and I stay in the bathroom."),
        ("A", "Memory?"),
        (
            "P",
            "It's getting worse. He gets muddled in the evenings, and sometimes he sees things that aren't there, people in the garden.",
        ),
        ("A", "Okay. Well, I think we've covered everything. Thank you both. Goodbye."),
    ]
    report = [
        ("Telephone consultation. His wife was present and contributed.", {SUP}),
        ("Start time 15:20.", {SUP}),
        ("Parkinson's disease diagnosed approximately 7 years ago.", {SUP}),
        ("He has had one fall in the past year.", {NC}),
        ("He takes co-careldopa five times daily.", {SUP}),
        ("Activity 3 - Managing therapy: He manages his medication independently.", {NS}),
        ("Activity 6 - Dressing: He dresses himself slowly, taking around 20 minutes.", {NC, QD}),
        ("Activity 2 - Taking nutrition: He eats using adapted cutlery.", {QD}),
        ("Mobility 2 - Moving around: He walks approximately 50 metres with a rollator.", {NC}),
        (
            "Activity 7 - Communicating verbally: His speech was clear and easily understood throughout the call.",
            {IMP},
        ),
        ("Activity 4 - Washing and bathing: His wife assists him in and out of the shower.", {QD}),
        ("No cognitive concerns were raised.", {NS}),
        ("He walks to the local park daily.", {NS}),
    ]
    return turns, report


def _case_15():
    # WCA, home visit, heart failure after myocardial infarction, claimant alone, kind assessor
    turns = [
        (
            "A",
            "Hello, Mr Denis Clarke? I'm Yvonne, from the assessment service. We arranged a home visit for this morning.",
        ),
        (
            "C",
            "Come in, come in. Excuse the mess. I'll, er, I'll go ahead of you, I'm slow. Sit down there.",
        ),
        ("A", "Thank you. It's ten o'clock, so let's start. You've got heart failure?"),
        (
            "C",
            "That's it. Heart failure. They said my heart's pumping at about thirty percent. I had a heart attack four years ago, and it's been downhill since.",
        ),
        ("A", "What symptoms do you get?"),
        (
            "C",
            "Breathless. Swollen ankles. I get tired, so tired. I sleep propped up on three pillows or I can't breathe.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Bisoprolol, ramipril, furosemide, that's the water tablet, two in the morning. And spironolactone. And the spray under the tongue if I get chest pain.",
        ),
        ("A", "How often do you need the spray?"),
        ("C", "Once or twice a week, usually if I've done too much."),
        ("A", "How far can you walk?"),
        (
            "C",
            "From here to the bus stop, it's about forty metres, then I have to stand and get my breath back. I don't go further than that without a rest. And I can't do hills at all.",
        ),
        ("A", "Stairs?"),
        ("C", "I moved my bed downstairs last year. I haven't been upstairs since Easter."),
        ("A", "Standing?"),
        ("C", "Ten minutes, maybe fifteen, and my legs swell up, so I sit."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Yes, I'm okay getting out, it's just my body. I get the bus to my daughter's on a Sunday.",
        ),
        ("A", "The water tablets, do they cause you problems?"),
        ("C", "Oh, yes. I have to be near a toilet for the morning. I don't go out before lunch."),
        (
            "A",
            "Okay. I'd like to listen to your chest, if that's alright. Deep breath in. And out. Again. Thank you. And your ankles, let me have a look. Okay, there's swelling there, thank you.",
        ),
        ("C", "That's them. Like balloons by the evening."),
        ("A", "Okay, that's everything, Mr Clarke. Thank you. It's twenty past ten."),
    ]
    report = [
        ("Home visit. The claimant was alone.", {SUP}),
        ("Assessment 10:00 to 11:05.", {IMP}),
        (
            "He has heart failure with an ejection fraction of around 30% following a myocardial infarction 4 years ago.",
            {SUP},
        ),
        (
            "He reports breathlessness, ankle swelling and fatigue, and sleeps propped up on pillows.",
            {SUP},
        ),
        ("He uses his GTN spray once or twice a month.", {NC}),
        ("Mobilising: He can walk approximately 40 metres.", {QD}),
        ("He manages the stairs at home.", {NS}),
        ("Standing: He can stand for 10 to 15 minutes.", {SUP}),
        ("He travels independently by bus to visit his daughter weekly.", {SUP}),
        ("Examination: chest auscultation performed; bilateral ankle oedema noted.", {SUP}),
        ("Blood pressure was 128/76 with a regular pulse of 72.", {IMP}),
    ]
    return turns, report


def _case_16():
    # PIP, face to face at an assessment centre, acquired severe hearing loss with tinnitus, friend present and repeating
    turns = [
        ("A", "Hello, Mrs Anne Murray? I'm Tariq, the assessor. Hello?"),
        (
            "P",
            "She didn't catch that, sorry. I'm Julie, her friend. Anne, he's saying hello, he's the assessor.",
        ),
        ("C", "Oh, hello, sorry. I need you to face me and speak slowly. I lip read."),
        ("A", "Of course. It's half past eleven. Can you tell me about your hearing?"),
        (
            "C",
            "I've lost most of my hearing over the last five years. I've got hearing aids in both ears, but they only help a little. I'm being assessed for a cochlear implant.",
        ),
        ("A", "How do you manage conversations?"),
        (
            "C",
            "One to one, in a quiet room, if I can see your face, I get maybe half. On the phone, nothing. Julie or my son makes my calls.",
        ),
        ("A", "And in groups?"),
        ("C", "I don't go. I stopped going to my book club, I couldn't follow it, I felt stupid."),
        ("P", "She's become really isolated. She used to be so sociable."),
        ("A", "Do you have any other problems?"),
        (
            "C",
            "Tinnitus. Constant. And I get dizzy sometimes, um, the balance, twice a week maybe, and I have to sit down.",
        ),
        ("A", "Do you go out alone?"),
        (
            "C",
            "To places I know, yes. But I can't hear traffic behind me, I've nearly been hit by a cyclist. And announcements at the station, I can't hear them, so if a train's cancelled I don't know. I don't use trains on my own any more.",
        ),
        ("A", "Do you read okay?"),
        ("C", "Reading's fine, my eyes are fine."),
        ("A", "Do you use sign language?"),
        ("C", "I'm learning. I've done one term of a BSL course. I'm not good yet."),
        ("A", "Okay, thank you. Is there anything else?"),
        (
            "P",
            "Just that she's missed important things at the hospital, because they called her name and she didn't hear.",
        ),
        ("A", "Okay. Thank you both. That's it."),
    ]
    report = [
        ("Face to face consultation. Accompanied by a friend.", {SUP}),
        ("Start time 11:30.", {SUP}),
        (
            "She reports progressive hearing loss over 5 years; she wears bilateral hearing aids, which help only a little.",
            {SUP},
        ),
        (
            "Activity 7 - Communicating verbally: She can understand most of a one-to-one conversation in a quiet room.",
            {NC, QD},
        ),
        ("She cannot use the telephone; her friend or her son makes calls for her.", {SUP}),
        ("Activity 9 - Engaging with others: She attends a local book club.", {NS}),
        ("She reports dizzy spells around twice a month.", {NC}),
        (
            "Mobility 1 - Planning and following journeys: She travels independently, including by train.",
            {NS},
        ),
        ("Activity 8 - Reading: No difficulty reported.", {SUP}),
        ("She has completed one term of a British Sign Language course.", {SUP}),
        (
            "Informal observations: She conversed easily with the assessor throughout and responded promptly to her name.",
            {IMP},
        ),
    ]
    return turns, report


def _case_17():
    # WCA, face to face at an assessment centre, paranoid schizophrenia, support worker present, brisk assessor
    turns = [
        ("A", "Morning. Jason Reid? I'm Doctor Adeyemi. And you are?"),
        (
            "P",
            "Claire, I'm his support worker from the mental health charity. I've come with him because he wouldn't have come otherwise.",
        ),
        (
            "A",
            "Fine. Have a seat. It's ten to nine, we'll get started. Jason, what's your diagnosis?",
        ),
        ("C", "Schizophrenia. Paranoid schizophrenia."),
        ("A", "When were you diagnosed?"),
        ("C", "When I was twenty. After uni. I was in hospital for, er, four months."),
        ("A", "Do you hear voices now?"),
        (
            "C",
            "Yeah. Most days. They tell me things about people. Sometimes I talk back. Sorry. They're, they're a bit loud now, actually.",
        ),
        ("A", "Do you want a break?"),
        ("C", "No. Let's just get it done."),
        ("A", "Medication?"),
        ("C", "Clozapine. I have bloods every four weeks."),
        ("P", "And I collect his clozapine with him, he won't go into the pharmacy alone."),
        ("A", "How do you get on with people?"),
        ("C", "I don't trust them. I stay in. I go out at night, to the garage, for cigarettes."),
        (
            "P",
            "He's been assaulted twice, people took advantage of him. He won't answer the door unless I text first.",
        ),
        ("A", "How do you spend your time?"),
        ("C", "Telly. Sleeping. I sleep a lot, like fourteen hours. It's the tablets."),
        ("A", "Can you cook?"),
        ("C", "Not really. Frozen pizza. I forget it's in. I set off the smoke alarm last month."),
        ("A", "Have you ever worked?"),
        ("C", "Warehouse. Three months. Years ago."),
        ("A", "Can you cope with change?"),
        (
            "P",
            "No. When his bus route changed he didn't go out for a week. And when his old support worker left, he stopped taking his meds for a fortnight and had to go into crisis care.",
        ),
        ("A", "Okay, thanks. We'll stop there. It's five past nine."),
    ]
    report = [
        ("Face-to-face assessment. Accompanied by his support worker.", {SUP}),
        ("Start 08:50.", {SUP}),
        (
            "Paranoid schizophrenia diagnosed at age 20, following a 4-month hospital admission.",
            {SUP},
        ),
        ("He reports hearing voices occasionally.", {NC}),
        ("Medication: clozapine, with blood monitoring every 4 weeks.", {SUP}),
        (
            "Mental state examination: No evidence of responding to unseen stimuli; he was not distracted at any point during the assessment.",
            {IMP},
        ),
        ("Coping with social engagement: He goes out to the local garage.", {QD}),
        ("He sleeps for long periods, which he attributes to his medication.", {SUP}),
        ("Typical day: He is able to cook simple meals such as frozen pizza.", {QD}),
        ("Coping with change: No difficulties reported.", {NS}),
    ]
    return turns, report


def _case_18():
    # PIP, telephone, right below-knee amputation (diabetes) with neuropathy, claimant alone, kind assessor
    turns = [
        (
            "A",
            "Hello, is that Mr Rhys Morgan? It's Emma, I'm a physiotherapist calling for your PIP assessment. Is it a good time?",
        ),
        ("C", "Yes, go on. Hang on, I'll turn the telly off. Right."),
        ("A", "It's just gone four o'clock, four minutes past. Is anyone with you?"),
        ("C", "No, it's just me."),
        ("A", "Okay. Tell me about your leg."),
        (
            "C",
            "I had my right leg off below the knee, two years ago in November. Diabetes, I had an ulcer that wouldn't heal. I've got a prosthetic now.",
        ),
        ("A", "How are you getting on with the prosthetic?"),
        (
            "C",
            "Up and down. The stump swells, and some days it rubs and I get sores, so I can't wear it. Then I'm on crutches or in the wheelchair. That's maybe two or three days a week.",
        ),
        ("A", "On a good day, how far can you walk with it?"),
        (
            "C",
            "About a hundred metres with a stick. Slowly. And my other foot, the left, I've got neuropathy, no feeling, so I have to watch where I'm putting it.",
        ),
        ("A", "Do you get pain?"),
        (
            "C",
            "Phantom pain. At night mostly. Like electric shocks. I take gabapentin for it, three hundred, three times a day.",
        ),
        ("A", "And your diabetes?"),
        (
            "C",
            "Insulin, four times a day. I do it myself. I check my sugars. I've had a few hypos, two bad ones this year where the ambulance came.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "I've got a bath board and a rail. I take the leg off for the shower, so I sit on the board. It's fine, it just takes a while.",
        ),
        ("A", "Dressing?"),
        ("C", "I'm okay dressing. Putting the liner and the leg on takes about ten minutes."),
        ("A", "Cooking?"),
        ("C", "I cook. I sit on a stool at the counter."),
        ("A", "Okay, that all seems clear. Thank you, Mr Morgan."),
    ]
    report = [
        ("Telephone consultation commencing 16:04. Claimant alone.", {SUP}),
        (
            "Right below-knee amputation 2 years ago secondary to diabetes; he uses a prosthesis.",
            {SUP},
        ),
        (
            "Mobility 2 - Moving around: With his prosthesis he walks around 100 metres with a stick.",
            {QD},
        ),
        ("He is unable to wear the prosthesis on around 2 to 3 days a month.", {NC}),
        ("He has peripheral neuropathy in the left foot.", {SUP}),
        ("He takes gabapentin 300 mg three times daily for phantom limb pain.", {SUP}),
        (
            "Activity 3 - Managing therapy: He manages insulin independently; no hypoglycaemic episodes requiring assistance were reported.",
            {NS},
        ),
        ("Activity 4 - Washing and bathing: He uses a bath board and grab rail.", {SUP}),
        (
            "Activity 6 - Dressing: He dresses independently; putting on the prosthesis takes about 10 minutes.",
            {SUP},
        ),
        ("Activity 1 - Preparing food: He cooks sitting on a stool at the counter.", {SUP}),
        (
            "Informal observations: He was observed to mobilise around the room with a normal gait using his prosthesis.",
            {IMP},
        ),
    ]
    return turns, report


def _case_19():
    # WCA, telephone, Crohn's disease with urgency and incontinence, claimant alone, pauses for the toilet mid-call
    turns = [
        (
            "A",
            "Hello, Ms Sophie Turner? I'm calling from the health assessment service for your work capability assessment. My name's Daniel, I'm a nurse. It's quarter past one, is that okay?",
        ),
        ("C", "Yes, that's fine. I'm recording it, I hope that's okay."),
        ("A", "That's fine. Is anyone with you?"),
        ("C", "No."),
        ("A", "Tell me about your condition."),
        (
            "C",
            "Crohn's disease. Diagnosed at sixteen. I've had two operations, the last one three years ago.",
        ),
        ("A", "How often do you need the toilet?"),
        (
            "C",
            "On a bad day, fifteen, twenty times. On a good day maybe six. And there's no warning, I have to go straight away.",
        ),
        ("A", "Have you had any accidents?"),
        (
            "C",
            "Yes. Um. It's embarrassing. About once a week I don't make it in time. I carry spare clothes everywhere.",
        ),
        ("A", "Okay. How many bad days?"),
        ("C", "More bad than good lately. Since the flare, it's been about three months."),
        ("A", "Medication?"),
        ("C", "Infliximab infusions every eight weeks, and loperamide, and codeine for the pain."),
        ("C", "Actually, sorry, can I just pause a minute? I need to go. Sorry."),
        ("A", "Of course, take your time."),
        ("C", "Sorry about that. I'm back."),
        ("A", "No problem at all. Do you go out?"),
        (
            "C",
            "Only if I know where the toilets are. I plan everything. I don't go anywhere I don't know.",
        ),
        ("A", "Fatigue?"),
        (
            "C",
            "Awful. I'm anaemic as well, I have iron infusions. I sleep in the afternoon most days.",
        ),
        ("A", "Do you work?"),
        ("C", "I was a receptionist. I had to leave last year, I was off sick too much."),
        ("A", "Okay. I think that's it. It's half past one now, thanks for your time."),
    ]
    report = [
        ("Telephone assessment. Start time 13:15; end time 13:30.", {SUP}),
        ("Crohn's disease diagnosed at age 16, with 2 previous operations.", {SUP}),
        ("She opens her bowels around 6 times a day.", {QD}),
        ("Continence: She reports urgency, with an accident approximately once a month.", {NC}),
        ("She reports that good days outnumber bad days.", {NS}),
        ("Medication: infliximab infusions every 8 weeks, loperamide and codeine.", {SUP}),
        ("No breaks were required during the assessment.", {IMP}),
        ("She only goes to places where she knows where the toilets are.", {SUP}),
        ("She sleeps in the afternoon most days due to fatigue and anaemia.", {SUP}),
        ("She worked as a receptionist until last year.", {SUP}),
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

FIRSTXSEED = 45000


def make_case_45(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
