"""Blind held-out evaluation set 37: twenty assessment consultations and the reports written afterwards.

Written from scratch, without reference to the project's code, tests or earlier sets, using only the shared
background on PA4 (PIP) and ESA85 (WCA) reports. Each case is a complete spoken consultation (assessor "A",
claimant "C", sometimes a companion "P") of a few minutes, meant to be synthesised by text-to-speech and
transcribed, paired with the assessor's report split into labelled statements (number changed, qualifier
dropped, never said, impossible observation or consultation detail, supported).

Channels: telephone, video, face to face at an assessment centre, and home visits. Conditions: fibromyalgia,
COPD, learning disability, depression with agoraphobia, lumbar disc disease, multiple sclerosis,
schizophrenia, retinitis pigmentosa, knee osteoarthritis, PTSD, epilepsy, Parkinson's disease, ME/CFS,
autism, bipolar disorder, hearing loss with Meniere's disease, stroke, Crohn's disease, rheumatoid
arthritis, heart failure with diabetic neuropathy. Companions include partners, parents, an adult son, a
support worker, an advocate and friends. Where a report gives consultation times they are either consistent
with, or contradicted by, the times spoken aloud in the dialogue.
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
    # PIP, telephone, fibromyalgia (fluctuating), claimant alone, kind assessor
    turns = [
        (
            "A",
            "Good morning, is that Miss Karen Doyle? My name is Sam, I'm the disability assessor calling about your Personal Independence Payment claim. Is now still a good time?",
        ),
        ("C", "Yes, yes, that's me. Sorry, I've been sat by the phone since nine."),
        ("A", "That's fine. You asked to record the call, are you recording now?"),
        ("C", "I am, yes. I put it in the letter."),
        (
            "A",
            "Thank you. It's about twenty past nine now, so we'll make a start. Can you tell me about your main condition?",
        ),
        (
            "C",
            "Um, fibromyalgia mainly. I was diagnosed about four years ago. And I get really bad fatigue with it, and my sleep's terrible.",
        ),
        ("A", "What medication are you taking?"),
        (
            "C",
            "Pregabalin, seventy five milligrams twice a day, and amitriptyline, ten milligrams at night.",
        ),
        ("A", "Let's talk about preparing food. Do you cook for yourself?"),
        (
            "C",
            "Only simple things. I'll put something in the microwave. I can't stand at the cooker for long, maybe five minutes, and then my legs are burning and I have to sit down on a stool.",
        ),
        ("A", "And on a better day?"),
        (
            "C",
            "On a good day I might peel some veg, sitting at the table. But good days are maybe one or two a week, if that.",
        ),
        ("A", "Washing and bathing, how do you manage?"),
        (
            "C",
            "I shower, but I've got a seat in the shower, my partner put it in. I can't get in the bath at all. I haven't had a bath in about two years.",
        ),
        ("A", "How often do you shower?"),
        (
            "C",
            "Two or three times a week. It wipes me out, I have to lie down for an hour afterwards.",
        ),
        ("A", "And dressing?"),
        (
            "C",
            "I do it myself, but slowly. Buttons are hard, my hands go stiff in the morning. It takes me, what, twenty minutes, half an hour sometimes.",
        ),
        ("A", "Getting out and about. Do you go out on your own?"),
        (
            "C",
            "I go to the corner shop. It's about fifty metres? Maybe less. And I have to stop halfway and lean on the wall. I use a stick when it's bad.",
        ),
        ("A", "How long can you walk before you need to stop?"),
        ("C", "A couple of minutes. The pain goes into my hips."),
        ("A", "Do you drive?"),
        ("C", "No, I gave up driving last year. The tablets make me drowsy."),
        ("A", "And do you see friends or family?"),
        ("C", "Not really. My sister comes round on Sundays."),
        (
            "A",
            "Alright, that's everything I need. It's about twenty five past nine, so thank you for your time.",
        ),
        ("C", "Thank you."),
    ]
    report = [
        ("Telephone consultation. Start time 09:00, end time 10:05.", {IMP}),
        (
            "The claimant has a diagnosis of fibromyalgia, made approximately four years ago, with associated fatigue and poor sleep.",
            {SUP},
        ),
        (
            "Current medication: pregabalin 150 mg twice daily and amitriptyline 10 mg at night.",
            {NC},
        ),
        (
            "Activity 1 - Preparing food: She states she can stand at the cooker for around 15 minutes to prepare a meal.",
            {NC, QD},
        ),
        ("She reports that on good days she is able to prepare vegetables.", {QD}),
        (
            "Activity 4 - Washing and bathing: She showers two to three times a week using a shower seat.",
            {SUP},
        ),
        ("She is able to get in and out of the bath independently.", {NS}),
        (
            "Activity 6 - Dressing: She dresses herself independently within a reasonable time.",
            {QD},
        ),
        (
            "Mobility 2 - Moving around: She walks to the local shop, approximately 200 metres away, and needs to stop once on the way.",
            {NC},
        ),
        ("She does not use a walking aid.", {NS}),
        ("She stopped driving last year due to drowsiness from her medication.", {SUP}),
        ("Social history: her sister visits weekly.", {SUP}),
        (
            "Informal observations: No signs of distress were noted and she was observed to be sitting comfortably throughout the call.",
            {IMP},
        ),
    ]
    return turns, report


def _case_01():
    # WCA, face to face at assessment centre, COPD, wife present, brisk assessor
    turns = [
        ("A", "Mr Patel? Come through, take a seat."),
        ("C", "Thanks. Just give me a second. That corridor's longer than it looks."),
        ("A", "Take your time. Do you need to catch your breath?"),
        ("C", "Yeah. Give me a minute. Okay."),
        ("A", "And who's this with you?"),
        ("P", "I'm his wife, Meena."),
        ("A", "Right. So it's COPD, is that right?"),
        ("C", "COPD, yes. Diagnosed twenty eighteen. I'm on oxygen at night now."),
        ("A", "Inhalers?"),
        (
            "C",
            "The blue one, and the purple one twice a day. The blue one I use, what, six, seven times a day.",
        ),
        ("P", "More than that on a bad day."),
        ("A", "How far can you walk on the flat?"),
        ("C", "To the end of our road and back, if I go slowly."),
        ("A", "How far is that?"),
        (
            "P",
            "It's not far. The end of the road is about forty metres. And he stops at the lamp post halfway.",
        ),
        ("C", "I have to stop, yeah. To get my breath."),
        ("A", "Stairs?"),
        (
            "C",
            "We've got twelve stairs. I do them once in the morning and once at night. I sit on the stairs halfway.",
        ),
        ("A", "Standing. Could you stand for, say, half an hour?"),
        ("C", "No. Ten minutes at the most, then I need to lean on something or sit down."),
        ("A", "Sitting?"),
        ("C", "Sitting's fine, mostly."),
        ("A", "Picking things up from the floor?"),
        ("C", "I can do it, but bending over makes me breathless."),
        ("A", "Any problems with your hands?"),
        ("C", "No, my hands are fine."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Not really. Meena drives me everywhere. I went to the shop on my own last month and I had to sit on a wall for ages.",
        ),
        ("P", "A neighbour had to bring him home."),
        ("A", "Any problems with memory or concentration?"),
        ("C", "No, not really. I get a bit low, but that's it."),
        (
            "A",
            "Okay. I won't do a physical examination today, I've got what I need. Thank you both.",
        ),
    ]
    report = [
        (
            "Face to face assessment at the assessment centre. The claimant was accompanied by his wife.",
            {SUP},
        ),
        ("He has a diagnosis of COPD since 2018 and uses oxygen at night.", {SUP}),
        ("He uses his reliever inhaler two to three times a day.", {NC}),
        (
            "Mobilising: He states he can walk slowly to the end of his road and back, approximately 200 metres, stopping once to catch his breath.",
            {NC},
        ),
        ("He manages the stairs at home.", {QD}),
        ("Standing and sitting: He can stand for 30 minutes before needing to sit down.", {NC}),
        ("He reports no difficulty with sitting.", {SUP}),
        ("Picking up and moving: He is able to pick up items from the floor.", {QD}),
        ("Manual dexterity: No problems reported with either hand.", {SUP}),
        ("He goes to the local shop independently most days.", {NS}),
        ("He drives himself to appointments.", {NS}),
        (
            "Informal observations: He walked from the waiting area to the consultation room at a normal pace with no signs of breathlessness.",
            {IMP},
        ),
        (
            "Physical examination: Chest auscultation revealed scattered expiratory wheeze. No peripheral oedema.",
            {IMP},
        ),
        ("He reports some low mood but no problems with memory or concentration.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, learning disability, mother (appointee) answers most questions
    turns = [
        (
            "A",
            "Hello, thanks for having me in your home. I'm Priya, the health professional doing the assessment. Is it Daniel?",
        ),
        ("C", "Yeah. Daniel."),
        ("A", "And you are?"),
        ("P", "I'm his mum, Julie. I'm his appointee as well."),
        ("A", "Lovely. Daniel, can you tell me what you did this morning?"),
        ("C", "Um. Breakfast. Cereal."),
        ("P", "I poured it for him. He can pour the milk, but he overfills it."),
        ("A", "Does Daniel cook at all?"),
        (
            "P",
            "He can use the microwave if I set it. He doesn't know how long things need. He had a go at toast once and set the smoke alarm off.",
        ),
        ("A", "Daniel, do you like cooking?"),
        ("C", "Toast. I like toast."),
        ("A", "Does he shower himself?"),
        (
            "P",
            "He showers, but I have to tell him to, every day, and check he's used shampoo and rinsed it. Otherwise he'd just stand under the water.",
        ),
        ("A", "Does he take any medication?"),
        ("P", "He's got an inhaler for his asthma. I remind him, morning and night."),
        ("A", "Can he manage money?"),
        (
            "P",
            "He knows coins, sort of. He can buy a drink at the shop if he has the exact money. He couldn't tell you if he got the right change.",
        ),
        ("C", "I buy Coke."),
        ("A", "Daniel, do you go out on your own?"),
        ("C", "No. With mum. Or with Steve."),
        (
            "P",
            "Steve's his support worker. Twice a week, Tuesdays and Thursdays, he takes him bowling. Daniel's never been on a bus on his own. He got lost once in the shopping centre, he was only about fifty metres away from me and he panicked.",
        ),
        ("A", "How old is Daniel now?"),
        ("P", "Nineteen. Twenty in March."),
        ("A", "Does he read?"),
        ("P", "Simple words. His name, exit, toilet. He can't read a letter."),
        ("A", "And how is he talking to people he doesn't know?"),
        ("P", "He goes very quiet, or he'll just say yes to everything."),
        ("C", "Yes."),
        ("A", "Thank you both. I won't need to do a physical examination. That's everything."),
    ]
    report = [
        ("Home visit. Present: the claimant and his mother, who is his appointee.", {SUP}),
        ("The claimant is a 19-year-old man with a learning disability.", {SUP}),
        (
            "Activity 1 - Preparing food: He prepares simple meals such as toast using the cooker.",
            {NS},
        ),
        ("He is able to use a microwave.", {QD}),
        ("Activity 4 - Washing and bathing: He showers daily.", {QD}),
        (
            "Activity 3 - Managing therapy: His mother reminds him to use his asthma inhaler twice daily.",
            {SUP},
        ),
        (
            "Activity 10 - Budgeting: He buys items in the local shop and is able to check his change.",
            {QD, NS},
        ),
        ("Activity 9 - Engaging with others: He becomes quiet with unfamiliar people.", {SUP}),
        ("Activity 7 - Reading: He can read simple words and signs.", {SUP}),
        (
            "Mobility 1 - Planning and following journeys: He is supported by a support worker three times a week.",
            {NC},
        ),
        ("He travels on the bus with his support worker to go bowling.", {NS}),
        (
            "His mother reports that he once became disorientated in a shopping centre when he was approximately 500 metres away from her.",
            {NC},
        ),
        (
            "Informal observations: The claimant answered all questions fully and independently.",
            {IMP},
        ),
    ]
    return turns, report


def _case_03():
    # PIP, video, depression with panic disorder and agoraphobia, alone, careless assessor
    turns = [
        ("A", "Hi, can you see and hear me okay?"),
        ("C", "Yes. Sorry, the camera's a bit dark."),
        (
            "A",
            "That's fine. It's just two o'clock, so we'll start. I'm Mark. Tell me about your mental health.",
        ),
        (
            "C",
            "Um, I've had depression since I was a teenager really, and then panic attacks, the last three years really bad. I don't go out much. Hardly at all.",
        ),
        ("A", "Medication?"),
        ("C", "Sertraline, a hundred milligrams. And propranolol when I need it."),
        ("A", "Any support from mental health services?"),
        (
            "C",
            "I see a community nurse every two weeks. I was under the crisis team in the summer.",
        ),
        ("A", "Any thoughts of self harm?"),
        ("C", "Sometimes. I haven't done anything for about a year."),
        ("A", "How do you spend your day?"),
        (
            "C",
            "Mostly in bed, honestly. I get up about eleven, twelve. Some days I don't get dressed at all. Maybe four days out of seven I stay in my pyjamas.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Not really. My mum drops meals round and I heat them up. If she didn't, I'd just eat crisps.",
        ),
        ("A", "Washing?"),
        ("C", "I, I'll shower maybe once a week. My mum nags me. I know I should more."),
        ("A", "Going out. Do you go out on your own?"),
        (
            "C",
            "No. The last time I tried to go to the shop on my own I had a panic attack at the end of the road and came home. Mum takes me to the doctor's. I can't go in the waiting room, I wait in the car until they call me.",
        ),
        ("A", "What about meeting people, friends?"),
        (
            "C",
            "I don't really have friends anymore. I talk to my mum and my community nurse. That's it.",
        ),
        ("A", "Can you manage your own money?"),
        ("C", "Yeah, I can do that. I do it online."),
        ("A", "Okay, I think that's it. It's about five past two. Thanks."),
    ]
    report = [
        ("Video consultation. Start 14:00, end 14:05. The claimant attended alone.", {SUP}),
        (
            "She has a history of depression since adolescence and panic attacks over the past three years.",
            {SUP},
        ),
        ("Medication: sertraline 50 mg daily; propranolol as required.", {NC}),
        ("She is supported by a community mental health nurse, whom she sees fortnightly.", {SUP}),
        ("She denies any thoughts of self-harm.", {NS}),
        ("Typical day: She gets up at around 8am and spends much of the day resting.", {NC}),
        ("Activity 1 - Preparing food: She heats up meals in the microwave.", {QD}),
        ("Activity 4 - Washing and bathing: She showers twice weekly.", {NC, QD}),
        ("Activity 9 - Engaging with other people: She has regular contact with friends.", {NS}),
        ("Activity 10 - Making budgeting decisions: She manages her own finances online.", {SUP}),
        ("Mobility 1 - Planning and following journeys: She attends her GP appointments.", {QD}),
        (
            "Informal observations: She got up during the consultation to answer the door to a delivery and walked without difficulty.",
            {IMP},
        ),
    ]
    return turns, report


def _case_04():
    # WCA (UC), telephone, lumbar disc disease with sciatica, alone, brisk physiotherapist
    turns = [
        (
            "A",
            "Mr Hughes? This is the health assessment for your Universal Credit work capability. I'm a physiotherapist, my name's Claire. I'll try to be quick. What's the main problem?",
        ),
        ("C", "My back. Two discs in the lower back, and sciatica down the left leg."),
        ("A", "How long have you had it?"),
        ("C", "Since I fell off a ladder at work, about six years ago."),
        ("A", "Painkillers?"),
        ("C", "Co-codamol, thirty five hundred, four times a day. And naproxen."),
        ("A", "Walking. How far?"),
        (
            "C",
            "Maybe a hundred yards. Then my leg goes numb and I have to stand still or lean on something.",
        ),
        ("A", "A hundred yards, so roughly ninety metres. Can you do that again after a rest?"),
        ("C", "Once, maybe. Not a third time. I'd be in bits the next day."),
        ("A", "Stairs?"),
        ("C", "I've moved my bed downstairs. I haven't been upstairs in about eight months."),
        ("A", "Standing?"),
        ("C", "Five or ten minutes. I have to keep shifting about."),
        ("A", "Sitting?"),
        (
            "C",
            "Twenty minutes in a hard chair, then I have to get up and walk around. I'm stood up now, actually. I've been up and down the whole call.",
        ),
        ("A", "Bending to pick something up off the floor?"),
        ("C", "I use one of those grabber things. I can't bend down to the floor."),
        ("A", "Lifting?"),
        ("C", "I can lift a kettle if it's half full. A full one, no."),
        ("A", "Do you drive?"),
        ("C", "Short distances. Ten minutes to the shop, that's it. It's an automatic."),
        ("A", "Any mental health problems?"),
        ("C", "I'm fed up, but I'm not depressed, no."),
        ("A", "Okay. That's all I need, thank you."),
    ]
    report = [
        ("Telephone assessment. No one else was present.", {SUP}),
        (
            "He has lumbar disc disease with left-sided sciatica following a fall from a ladder at work six years ago.",
            {SUP},
        ),
        ("He takes co-codamol 30/500 twice a day and naproxen.", {NC}),
        ("Mobilising: He is able to walk approximately 200 metres before needing to stop.", {NC}),
        ("He can repeat this distance after a short rest.", {QD}),
        ("He manages the stairs at home.", {NS}),
        ("Standing and sitting: He can sit for up to an hour before needing to move.", {NC}),
        (
            "Picking up and moving: He is able to bend to pick up light objects from the floor.",
            {NS},
        ),
        ("He can lift a kettle.", {QD}),
        ("He drives short distances in an automatic car.", {SUP}),
        ("No significant mental health problems were reported.", {SUP}),
        (
            "Informal observations: He remained seated throughout the telephone assessment with no evident discomfort.",
            {IMP},
        ),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at assessment centre, relapsing-remitting MS, husband present
    turns = [
        (
            "A",
            "Hello, it's Mrs Khan? I'm Tom, I'm a nurse. It's quarter past one, sorry you had to wait. Who's with you today?",
        ),
        ("P", "I'm her husband, Adam."),
        ("A", "Okay. So, multiple sclerosis. When were you diagnosed?"),
        (
            "C",
            "Twenty fifteen. Relapsing remitting. I had a bad relapse in January, I was in hospital for a week.",
        ),
        ("A", "And how do things vary?"),
        (
            "C",
            "It's all over the place. Some weeks I'm okay. But I'd say more than half the time my legs are heavy and my right hand doesn't do what I tell it.",
        ),
        ("A", "Preparing a meal?"),
        (
            "C",
            "I can't chop, I dropped a knife on my foot. Adam does the cooking. I'll make a sandwich if he's left things out for me.",
        ),
        ("P", "She tries to make a cup of tea but she spills it. I bought her a kettle tipper."),
        ("A", "Eating?"),
        ("C", "I'm fine eating with a fork. I can't really cut meat, Adam cuts it up for me."),
        ("A", "Toilet?"),
        ("C", "Urgency. I've been caught out, so I wear pads now."),
        ("A", "Dressing?"),
        ("C", "Adam does my bra and my shoes, I can't do laces. On a bad day he does it all."),
        ("A", "Walking?"),
        (
            "C",
            "I use a stick outside, and the wheelchair if we're going anywhere far. From the car park today, Adam pushed me.",
        ),
        ("A", "How far with the stick?"),
        (
            "C",
            "About twenty, twenty five metres. My right foot drags and I've fallen about three times this year.",
        ),
        ("P", "Four. You fell in the garden as well."),
        ("C", "Four, then."),
        ("A", "Do you mind if I ask..."),
        ("C", "Sorry, can I stand up a minute? My legs are going into spasm."),
        ("A", "Of course, go ahead."),
        ("C", "Okay. That's better. I'll sit back down."),
        ("A", "Fatigue?"),
        ("C", "Terrible. I sleep in the afternoon, two hours most days."),
        (
            "A",
            "Thank you, we're about done. It's twenty past one now. No, twenty five past. Thank you both.",
        ),
    ]
    report = [
        (
            "Face to face consultation at the assessment centre. Start time 13:15. End time 14:10.",
            {IMP},
        ),
        ("She was accompanied by her husband.", {SUP}),
        (
            "She was diagnosed with relapsing-remitting MS in 2015 and had a relapse in January requiring a two-week hospital admission.",
            {NC},
        ),
        ("Variability: She reports that her symptoms are worse on a minority of days.", {NS}),
        ("Activity 1 - Preparing food: She prepares a sandwich for herself.", {QD}),
        ("Activity 2 - Taking nutrition: She eats independently using a fork.", {QD}),
        ("Activity 5 - Managing toilet needs: She reports urinary urgency and uses pads.", {SUP}),
        ("Activity 6 - Dressing and undressing: Her husband assists with her bra and shoes.", {QD}),
        ("Mobility 2 - Moving around: She walks approximately 50 metres using a stick.", {NC}),
        ("She has had one fall in the past year.", {NC}),
        (
            "Informal observations: She walked from the car park to the assessment room unaided.",
            {IMP},
        ),
        ("She sat comfortably throughout the consultation without needing to stand.", {IMP}),
        ("She sleeps for two hours most afternoons due to fatigue.", {SUP}),
    ]
    return turns, report


def _case_06():
    # WCA, home visit, schizophrenia, support worker present, careless assessor
    turns = [
        (
            "A",
            "Hello, I'm from the assessment service, my name's Greg. I'm here for Mr Lewis's assessment. Can I come in?",
        ),
        (
            "P",
            "Come in. I'm Aisha, I'm Jason's support worker from the housing project. He asked me to be here.",
        ),
        ("A", "Jason, how are you today?"),
        ("C", "Alright. Tired. The tablets make me tired."),
        ("A", "What tablets are you on?"),
        ("C", "Clozapine."),
        ("P", "Three hundred milligrams at night. He has blood tests every four weeks for it."),
        ("A", "How long have you had schizophrenia?"),
        ("C", "Since I was twenty two. I'm thirty eight now."),
        ("A", "Do you hear voices at the moment?"),
        ("C", "Sometimes. When I'm stressed. They tell me people are watching me."),
        ("A", "Have you been in hospital?"),
        ("C", "Three times. The last was two years ago, under a section."),
        ("A", "Have you worked?"),
        ("C", "I tried at a warehouse, about ten years ago. I lasted two weeks."),
        ("A", "How do you spend your day?"),
        ("C", "Watch telly. Smoke. Sleep."),
        (
            "P",
            "He doesn't really go out unless I take him. I see him three times a week, and I take him shopping on a Friday.",
        ),
        ("A", "Can you go out on your own, Jason?"),
        (
            "C",
            "To the shop downstairs. That's it. Anywhere else, no. On the bus I think people are talking about me.",
        ),
        ("A", "Do you cope with changes to plans?"),
        ("C", "No."),
        ("P", "When his nurse changed he didn't open the door for a month."),
        ("A", "Do you get angry with people?"),
        ("C", "Not really. I just keep away from them."),
        ("A", "Do you manage your own medication?"),
        ("P", "It's in a blister pack and I check it, because he misses doses otherwise."),
        ("A", "Okay, that's great. Thanks."),
    ]
    report = [
        ("Home visit. The claimant was seen with his support worker present.", {SUP}),
        ("He is a 38-year-old man with schizophrenia, diagnosed at the age of 22.", {SUP}),
        ("He takes clozapine 300 mg at night with monthly blood monitoring.", {SUP}),
        ("He has had one psychiatric admission, five years ago.", {NC}),
        (
            "He reports occasional auditory hallucinations, which he does not find distressing.",
            {NS},
        ),
        ("Work history: He previously worked in a warehouse for two years.", {NC}),
        ("Getting about: He goes out alone to local shops.", {QD}),
        ("He is able to use public transport.", {NS}),
        ("Coping with change: He reports that he copes with minor changes to plans.", {NS}),
        ("Appropriateness of behaviour: No history of aggression or disinhibition.", {SUP}),
        ("He manages his medication independently.", {QD}),
        ("Mental state examination: Cognitive screening (MMSE) scored 29/30.", {IMP}),
        ("His support worker visits twice a week.", {NC}),
    ]
    return turns, report


def _case_07():
    # PIP, telephone, retinitis pigmentosa (sight loss), daughter on speaker
    turns = [
        (
            "A",
            "Hello, is that Mrs Brennan? I'm calling about your PIP assessment. My name's Lucy, I'm an occupational therapist. Is anyone with you?",
        ),
        ("C", "Yes, my daughter Sophie's here. I've got you on speaker."),
        ("P", "Hi."),
        ("A", "Okay. Can you tell me about your eyes?"),
        (
            "C",
            "Retinitis pigmentosa. I've got tunnel vision. I've got maybe five degrees left in my right eye and nothing useful in the left. I've been registered severely sight impaired since twenty nineteen.",
        ),
        ("A", "Do you use any aids?"),
        (
            "C",
            "A long cane when I'm out. And I've got a talking watch, and the phone reads things out to me.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I can do a microwave meal, I've got bump ons on the dials. I don't use the hob anymore, I burnt myself twice.",
        ),
        ("P", "I do a big cook on Sundays and freeze it for her."),
        ("A", "Reading?"),
        (
            "C",
            "I can't read print at all. Letters, Sophie reads them to me, or I use the app on the phone, but it doesn't do handwriting.",
        ),
        ("A", "Going out, how do you manage?"),
        (
            "C",
            "I only go to places I know. The corner shop, and the church, that's about a ten minute walk. Anywhere new, Sophie or my sister takes me. I went to the hospital on my own once and I ended up in the wrong building and cried.",
        ),
        ("A", "Do you use the buses?"),
        ("C", "No. I can't read the numbers."),
        ("A", "Washing and dressing?"),
        (
            "C",
            "I manage. I've got my clothes sorted by colour with little tags, Sophie did that. I do sometimes come out with odd shoes on.",
        ),
        ("A", "Managing money?"),
        ("C", "Fine. I use the bank app with the speech on."),
        ("A", "And your mood?"),
        ("C", "I get down about it. I used to be a hairdresser. Not depressed, though."),
        ("A", "Okay, thank you both, that's everything."),
    ]
    report = [
        ("Telephone consultation. The claimant was accompanied by her daughter.", {SUP}),
        (
            "She has retinitis pigmentosa and has been registered severely sight impaired since 2016.",
            {NC},
        ),
        ("She has approximately 15 degrees of visual field remaining in the right eye.", {NC}),
        ("She uses a long cane outdoors.", {SUP}),
        ("Activity 1 - Preparing food: She prepares meals using the hob and the microwave.", {NS}),
        ("Activity 7 - Reading and understanding: She reads her letters using a phone app.", {QD}),
        (
            "Mobility 1 - Planning and following journeys: She walks to familiar local destinations independently, including her church, which is around 30 minutes' walk away.",
            {NC},
        ),
        ("She travels to hospital appointments alone.", {QD}),
        ("She uses local buses.", {NS}),
        ("Activity 6 - Dressing and undressing: She dresses independently.", {QD}),
        (
            "Activity 10 - Making budgeting decisions: She manages her finances using a banking app with speech output.",
            {SUP},
        ),
        (
            "Informal observations: She appeared well presented and maintained appropriate eye contact throughout.",
            {IMP},
        ),
        ("She previously worked as a hairdresser.", {SUP}),
    ]
    return turns, report


def _case_08():
    # PIP, face to face at assessment centre, bilateral knee osteoarthritis, alone, came by taxi
    turns = [
        (
            "A",
            "Morning, Mr Okafor. I'm Helen, I'm a paramedic by background. It's about half past nine. How did you get here today?",
        ),
        ("C", "Taxi. My son booked it, he's at work. I can't do the bus, the step's too high."),
        ("A", "Tell me about your knees."),
        (
            "C",
            "Osteoarthritis, both knees, the right one's worse. I'm on the waiting list for a replacement. They said maybe eighteen months.",
        ),
        ("A", "Painkillers?"),
        (
            "C",
            "Paracetamol, and tramadol, fifty milligrams, I take two at night. Sometimes in the day as well.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day, to the bus stop, it's about thirty metres. On a bad day I don't get out of the flat.",
        ),
        ("A", "How many bad days?"),
        ("C", "Three, four days a week."),
        ("A", "Do you use a stick?"),
        ("C", "Two sticks outside. One indoors, or I hold on to the furniture."),
        ("A", "Getting in and out of the bath?"),
        ("C", "I don't. I strip wash at the sink. I can't lift my leg over the side."),
        ("A", "Toilet?"),
        ("C", "I've got a raised seat and a rail."),
        ("A", "Cooking?"),
        ("C", "I sit on a high stool in the kitchen. I can do a fry up, simple things."),
        ("A", "Okay. Let me have a quick look at your knees. Can you stand up for me?"),
        ("C", "Hang on. Let me push myself up on the arms. There."),
        ("A", "Can you bend your knee for me?"),
        ("C", "That's as far as it goes. Ow."),
        ("A", "Okay, sit down. Thanks. Can you bend down and touch your toes?"),
        ("C", "No, I'm not doing that, I'll fall over."),
        ("A", "That's fine. We're finished. It's about twenty five to ten now."),
    ]
    report = [
        ("Face to face consultation. Start 09:30, end 09:35.", {SUP}),
        ("He travelled to the assessment centre by bus.", {NS}),
        (
            "He has bilateral knee osteoarthritis, worse on the right, and is awaiting a knee replacement.",
            {SUP},
        ),
        ("He takes paracetamol and tramadol 50 mg once at night.", {NC}),
        (
            "Mobility 2 - Moving around: On a good day he can walk approximately 100 metres using one stick.",
            {NC},
        ),
        (
            "Activity 4 - Washing and bathing: He is unable to use the bath and strip washes at the sink.",
            {SUP},
        ),
        ("Activity 1 - Preparing food: He can cook simple meals such as a fried breakfast.", {QD}),
        ("Variability: He reports bad days on one or two days a week.", {NC}),
        ("Informal observations: He rose from the chair without using the armrests.", {IMP}),
        ("Physical examination: He was able to bend forward and touch his toes.", {IMP}),
        ("He has a raised toilet seat and grab rail.", {SUP}),
    ]
    return turns, report


def _case_09():
    # WCA, video, PTSD, veteran, alone, kind doctor
    turns = [
        ("A", "Hello Mr Reid, can you hear me okay? I can see you."),
        ("C", "Yeah. I'm not great with these video things."),
        ("A", "That's alright. I'm Doctor Shah. Take your time. Can you tell me about your PTSD?"),
        (
            "C",
            "I was in the army eleven years. Two tours of Afghanistan. I came out in twenty twelve. The nightmares started maybe a year after.",
        ),
        ("A", "How is your sleep?"),
        ("C", "Three hours a night, maybe. I wake up soaked."),
        ("A", "Medication?"),
        ("C", "Mirtazapine, forty five milligrams, and prazosin for the nightmares."),
        ("A", "Have you had any therapy?"),
        (
            "C",
            "I did twelve weeks of EMDR through Combat Stress. It helped a bit. I'm on the waiting list again.",
        ),
        ("A", "How do you get on with going out?"),
        (
            "C",
            "I go out early, like six in the morning, when nobody's about, with the dog. Twenty minutes round the field. If I see a crowd I turn back.",
        ),
        ("A", "Supermarkets?"),
        (
            "C",
            "No. My partner does the shopping. I went in Tesco at Christmas and I had to leave my trolley and walk out.",
        ),
        ("A", "Do you get angry?"),
        (
            "C",
            "Yeah. I've put my fist through a door. I had a row with a bloke in a car park last month and the police came.",
        ),
        ("A", "Sorry, are you okay?"),
        ("C", "Can I turn the camera off a minute? Sorry."),
        ("A", "Of course, take your time."),
        ("C", "Okay. I'm back. Sorry."),
        (
            "A",
            "No need to apologise. Are you able to concentrate on things, like a film or reading?",
        ),
        ("C", "Not really. I lose the thread after ten minutes."),
        ("A", "Do you have any thoughts of ending your life?"),
        (
            "C",
            "They come and go. I've got a plan in my head, but I wouldn't do it, because of my daughter.",
        ),
        ("A", "Thank you for telling me. That's all I need today."),
    ]
    report = [
        ("Video assessment. The claimant was alone.", {SUP}),
        (
            "He served in the army for 11 years, including two tours of Afghanistan, leaving in 2012.",
            {SUP},
        ),
        ("He reports sleeping around 6 hours a night.", {NC}),
        ("He has completed 6 weeks of EMDR therapy.", {NC}),
        ("Getting about: He walks his dog daily for around 20 minutes.", {QD}),
        ("He is able to go to supermarkets.", {NS}),
        (
            "Appropriateness of behaviour: He reports occasional irritability but no episodes of aggression towards others.",
            {NS},
        ),
        ("Learning tasks: He can concentrate on a film or a book for around 30 minutes.", {NC}),
        ("He reports fleeting thoughts of suicide with no plans.", {NS}),
        (
            "Informal observations: He maintained good eye contact and remained on camera throughout the assessment.",
            {IMP},
        ),
        ("He takes mirtazapine 45 mg and prazosin.", {SUP}),
    ]
    return turns, report


def _case_10():
    # PIP, telephone, epilepsy, young woman, mother present
    turns = [
        (
            "A",
            "Hello, is that Chloe? It's Daniel from the assessment service, about your PIP. It's eleven o'clock. Is it still okay to go ahead?",
        ),
        ("C", "Yeah. My mum's here with me, is that alright?"),
        ("A", "Of course. Hello."),
        ("P", "Hello, I'm Donna, her mum."),
        ("A", "So, Chloe, tell me about your epilepsy."),
        (
            "C",
            "I have tonic clonic seizures, and absences. The big ones, about two or three a month. The absences, loads, like every day.",
        ),
        ("P", "Sometimes ten a day. She doesn't know she's having them."),
        ("A", "Medication?"),
        ("C", "Lamotrigine, two hundred milligrams twice a day, and levetiracetam."),
        ("A", "Do you get any warning before a seizure?"),
        ("C", "No. None. That's the problem. I've broken my nose from one."),
        ("A", "How long does it take you to recover after a big one?"),
        ("C", "I sleep the whole day. I'm confused for hours."),
        ("P", "She doesn't know where she is. She doesn't recognise me sometimes."),
        ("A", "Do you cook?"),
        (
            "C",
            "Mum won't let me use the hob on my own. I do toast, sandwiches, and I use the microwave if someone's in.",
        ),
        ("A", "Bathing?"),
        (
            "C",
            "I only shower when mum's home, and I keep the door unlocked. I had a seizure in the bath when I was sixteen.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "I go to my friend's on my own, she's round the corner, two minutes. Anywhere else, mum or my boyfriend comes. I can't drive, obviously.",
        ),
        ("A", "Have you worked or studied?"),
        (
            "C",
            "I did a college course in childcare, but I had to leave in the second year because of the seizures.",
        ),
        ("A", "Okay. It's about five past eleven, so thank you both. That's all."),
    ]
    report = [
        ("Telephone consultation, 11:00 to 11:45.", {IMP}),
        ("Her mother was present throughout.", {SUP}),
        (
            "She has epilepsy with tonic-clonic seizures approximately once a month and daily absence seizures.",
            {NC},
        ),
        ("Medication: lamotrigine 200 mg twice daily and levetiracetam.", {SUP}),
        ("She reports that she usually gets a warning before a seizure.", {NS}),
        ("She recovers within an hour following a tonic-clonic seizure.", {NC}),
        (
            "Activity 1 - Preparing food: She is able to prepare toast, sandwiches and microwave meals.",
            {QD},
        ),
        ("Activity 4 - Washing and bathing: She showers independently.", {QD}),
        (
            "Mobility 1 - Planning and following journeys: She goes out alone to visit friends.",
            {QD},
        ),
        ("She completed a college course in childcare.", {NS}),
        (
            "Informal observations: No absence seizures were observed during the consultation.",
            {IMP},
        ),
    ]
    return turns, report


def _case_11():
    # WCA, face to face at assessment centre, Parkinson's disease, adult son present
    turns = [
        ("A", "Good afternoon, Mr Walsh? I'm Irene, I'm a nurse. And this is?"),
        ("P", "I'm his son, Michael."),
        ("A", "Okay. Parkinson's. How long have you had it?"),
        ("C", "Diagnosed, oh, five years? Six?"),
        ("P", "Five years in April."),
        ("A", "Your tremor, which side is it?"),
        ("C", "Right hand, mostly. It's worse when I'm nervous. Like now."),
        ("A", "Can you write?"),
        ("C", "My writing's gone tiny. I can sign my name, just about. I can't fill in a form."),
        ("A", "Using a phone, or a keyboard?"),
        ("C", "I press the wrong buttons. Michael set me up a phone with big buttons."),
        ("A", "Walking?"),
        (
            "C",
            "I shuffle. I freeze in doorways. Outside I can do maybe the length of the garden, twenty, thirty steps, then I freeze.",
        ),
        ("P", "He's fallen six times since Christmas."),
        ("A", "Standing?"),
        ("C", "I'm okay standing for a bit. Ten minutes, then I sway."),
        ("A", "Medication?"),
        ("C", "Co-careldopa, five times a day. When it wears off I can't move at all."),
        ("P", "He's off for about an hour before each dose."),
        ("A", "Memory?"),
        ("P", "It's getting worse. He forgot the grandkids' names last week."),
        ("C", "I didn't forget, I mixed them up."),
        ("A", "Any problems with continence?"),
        ("C", "Sometimes I don't get to the toilet in time. Twice a week, maybe."),
        (
            "A",
            "Right. Can you hold your arms out in front for me? Okay. Can you walk to the door and back?",
        ),
        ("C", "I'll try. Michael?"),
        ("P", "I've got you, Dad. Hold my arm."),
        ("A", "Okay, that's fine, thank you. We're done."),
    ]
    report = [
        ("Face to face assessment. He was accompanied by his son.", {SUP}),
        ("He was diagnosed with Parkinson's disease five years ago.", {SUP}),
        ("He has a tremor affecting the right hand.", {SUP}),
        ("Manual dexterity: He is able to write and to complete forms.", {NS}),
        ("He uses a mobile phone.", {QD}),
        ("Mobilising: He can walk approximately 100 metres before freezing.", {NC}),
        ("He reports two falls since Christmas.", {NC}),
        ("Standing and sitting: He can stand for 30 minutes.", {NC}),
        ("He takes co-careldopa five times a day and has off periods before doses.", {SUP}),
        ("Continence: He reports occasional accidents, around once a month.", {NC}),
        ("Gait examination: He walked to the door and back unaided, with a shuffling gait.", {IMP}),
        ("Memory: No concerns were raised.", {NS}),
    ]
    return turns, report


def _case_12():
    # PIP, home visit, ME/CFS, husband present, claimant lying down
    turns = [
        (
            "A",
            "Hello, Mrs Adams, I'm Ruth from the assessment service. Thanks for letting me visit. It's ten past ten, so let's start. Are you comfortable?",
        ),
        ("C", "Do you mind if I stay lying down? I can't sit up for long."),
        ("A", "That's fine. Is this your husband?"),
        ("P", "Yes, I'm Ben. I've taken the morning off work."),
        ("A", "Tell me about your ME."),
        (
            "C",
            "I got glandular fever in twenty nineteen and I never recovered. I was diagnosed with ME in twenty twenty.",
        ),
        ("A", "What's a typical day like?"),
        (
            "C",
            "I'm in bed or on the sofa about twenty hours a day. I get up to go to the toilet, and for a shower twice a week, with Ben there.",
        ),
        ("P", "She has to sit on the shower stool, and I wash her hair."),
        ("A", "Cooking?"),
        ("C", "No. Ben cooks before he goes to work and leaves me a flask of soup and sandwiches."),
        ("A", "Do you go out at all?"),
        (
            "C",
            "Once a month, maybe, to the GP, in a wheelchair. And then I'm wiped out for three days after.",
        ),
        ("A", "How about concentration?"),
        ("C", "Brain fog. I can't read more than a page. Talking to you now is going to cost me."),
        ("A", "Do you use your phone?"),
        ("C", "Ten minutes on my phone, then the screen hurts."),
        ("P", "She's sensitive to light and noise. We keep the curtains shut."),
        ("A", "Okay, I'll stop there. It's quarter past now. Thank you."),
    ]
    report = [
        ("Home visit. Start 10:10, end 10:15.", {SUP}),
        ("Present: the claimant and her husband.", {SUP}),
        ("She developed ME following glandular fever in 2019.", {SUP}),
        ("Typical day: She rests for around 12 hours a day.", {NC}),
        ("Activity 4 - Washing and bathing: She showers twice a week using a shower stool.", {QD}),
        (
            "Activity 1 - Preparing food: She prepares light meals such as soup and sandwiches.",
            {NS},
        ),
        (
            "Mobility 1 - Planning and following journeys: She goes out weekly to see her GP.",
            {NC, QD},
        ),
        ("She uses her mobile phone for up to an hour at a time.", {NC}),
        ("She enjoys reading novels.", {NS}),
        (
            "Informal observations: She sat upright on the sofa throughout the visit and showed no signs of fatigue.",
            {IMP},
        ),
        ("Her husband reports that she is sensitive to light and noise.", {SUP}),
    ]
    return turns, report


def _case_13():
    # PIP, telephone, autism and anxiety, advocate from a charity present
    turns = [
        ("A", "Hello, is this Mr Green? I'm Paul from the PIP assessment service."),
        (
            "P",
            "Hi, I'm Rosa, I'm Liam's advocate from the autism charity. Liam's here with me on speaker. He's asked me to help.",
        ),
        ("A", "Fine. Liam, can you tell me about your condition?"),
        ("C", "I have autism. I was diagnosed when I was twenty four. And anxiety."),
        ("A", "How does it affect you day to day?"),
        ("C", "Um. I don't know. Noise. I don't like noise. And people."),
        ("P", "Liam finds any change to his routine very hard. He eats the same meal every day."),
        ("A", "Do you cook, Liam?"),
        ("C", "I eat pasta. Plain pasta. I cook it in the microwave."),
        ("A", "Do you shower?"),
        ("C", "When my dad tells me."),
        ("P", "His dad reminds him. Otherwise it can go a week or more."),
        ("A", "Reading. Can you read a letter?"),
        ("C", "Yes. I read fine. I don't understand letters from the council."),
        (
            "P",
            "Brown envelopes cause him a lot of anxiety, he won't open them. I open them with him.",
        ),
        ("A", "Going out?"),
        (
            "C",
            "I go to the library on Tuesdays. The same bus. The forty two. If it doesn't come, I go home.",
        ),
        (
            "P",
            "When the route was changed last year he got stuck in town and rang his dad in a panic. He was in tears.",
        ),
        ("A", "Talking to people you don't know?"),
        ("C", "I don't. I don't like it."),
        ("A", "Money?"),
        ("C", "My dad does my money. I don't know how much things cost."),
        ("A", "Okay, thanks both. Bye."),
    ]
    report = [
        ("Telephone consultation. The claimant was supported by an advocate.", {SUP}),
        ("He was diagnosed with autism at the age of 14 and also has anxiety.", {NC}),
        ("Activity 1 - Preparing food: He cooks plain pasta in the microwave.", {SUP}),
        ("Activity 4 - Washing and bathing: He showers regularly.", {QD}),
        (
            "Activity 7 - Reading and understanding: He is able to read and understand written information.",
            {NS},
        ),
        (
            "Mobility 1 - Planning and following journeys: He travels independently by bus to the library twice a week.",
            {NC, QD},
        ),
        ("He is able to cope with unexpected changes to his journey.", {NS}),
        (
            "Activity 9 - Engaging with other people: He reports that he enjoys socialising at the library.",
            {NS},
        ),
        ("Activity 10 - Making budgeting decisions: His father manages his money.", {SUP}),
        (
            "Informal observations: He spoke clearly and answered all questions without prompting from his advocate.",
            {IMP},
        ),
    ]
    return turns, report


def _case_14():
    # WCA (ESA), telephone, bipolar disorder, alone, claimant rambles and corrects herself
    turns = [
        (
            "A",
            "Hello, is that Ms Carter? My name's Jo, I'm calling from the health assessment service about your work capability assessment. It's half past two. Is it okay to talk?",
        ),
        ("C", "Yes, yes, sorry, I was just, the dog was barking, hang on. Right. Yes."),
        ("A", "You have bipolar disorder, is that right?"),
        (
            "C",
            "Bipolar, yes, type one they said. I was diagnosed, oh, twenty ten, no, twenty eleven, after the second time I was sectioned. Sorry, I go off on one.",
        ),
        ("A", "That's okay. How many hospital admissions have you had?"),
        ("C", "Four altogether. The last one was eighteen months ago. I was in for six weeks."),
        ("A", "How are you at the moment?"),
        (
            "C",
            "Low. I've been low since the summer. I don't get dressed most days. I've not opened my post in weeks, there's a pile by the door.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Lithium, eight hundred milligrams, and quetiapine. I have blood tests every three months for the lithium.",
        ),
        ("A", "Do you remember to take it?"),
        ("C", "I've got an alarm on my phone. I still miss it maybe twice a week."),
        ("A", "Do you go out?"),
        (
            "C",
            "When I'm low, no. I order my shopping online. My friend Janet takes me to my appointments, otherwise I wouldn't go.",
        ),
        ("A", "When you're high, what happens?"),
        (
            "C",
            "I spend. I spent four thousand pounds in a week last time. I don't sleep. I got arrested once for shouting at a bus driver.",
        ),
        ("A", "How do you cope with social situations?"),
        (
            "C",
            "I avoid them. I used to be a teacher, you know, thirty kids. I can't believe it now.",
        ),
        ("A", "Okay. I think I have what I need. It's about twenty five to three. Thank you."),
    ]
    report = [
        ("Telephone assessment, 13:30 to 14:30.", {IMP}),
        ("She has bipolar affective disorder type 1, diagnosed in 2011.", {SUP}),
        ("She has had two psychiatric admissions, the most recent 18 months ago.", {NC}),
        (
            "She takes lithium 400 mg and quetiapine, with lithium levels checked every three months.",
            {NC},
        ),
        ("She manages her medication using a phone alarm.", {QD}),
        ("Getting about: She attends her appointments regularly.", {QD}),
        ("She goes to the supermarket weekly.", {NS}),
        ("Appropriateness of behaviour: No history of disinhibited or aggressive behaviour.", {NS}),
        ("She previously worked as a teacher.", {SUP}),
        ("Informal observations: She was well presented and appeared settled.", {IMP}),
    ]
    return turns, report


def _case_15():
    # PIP, video, severe hearing loss and Meniere's disease, friend repeats questions
    turns = [
        ("A", "Hello, can you both see me? I'm Andrew, the assessor."),
        (
            "P",
            "Hello, yes. I'm Margaret's friend, Pat. I'll repeat things if she doesn't catch them.",
        ),
        ("A", "Margaret, can you hear me?"),
        ("C", "Sorry?"),
        ("P", "He asked if you can hear him."),
        ("C", "Oh. A bit. I've got my hearing aids in, but the computer's all echo."),
        ("A", "Can you tell me about your hearing?"),
        ("C", "I've been going deaf since my forties. And I've got Meniere's, the dizzy attacks."),
        ("A", "How often do you get the dizzy attacks?"),
        ("C", "Sorry?"),
        ("P", "How often do the dizzy spells come?"),
        (
            "C",
            "Oh, two or three times a month. They last hours. I'm sick, I can't stand up, I have to lie on the floor.",
        ),
        ("A", "Do you get any warning?"),
        ("C", "Sometimes the ringing gets louder first. Not always."),
        ("A", "Do you cook?"),
        (
            "C",
            "I do. I sit down if I feel wobbly. I don't carry hot pans, I slide them along the worktop.",
        ),
        ("A", "Washing and bathing?"),
        (
            "C",
            "I don't get in the bath anymore, I fell getting out in twenty twenty one. I've got a walk in shower now, with a rail.",
        ),
        ("A", "Communicating. Phone calls?"),
        ("C", "I can't use the phone at all. I text. Pat makes my calls for me."),
        ("A", "Going out?"),
        (
            "C",
            "I go out with Pat. On my own, I worry I'll have an attack in the street. I had one in the Co-op and they called an ambulance.",
        ),
        ("A", "How far can you walk?"),
        ("C", "Oh, a fair way, it's not my legs. Half a mile on a good day."),
        ("A", "Okay, thank you both."),
    ]
    report = [
        ("Video consultation. The claimant was accompanied by a friend.", {SUP}),
        (
            "She has had progressive hearing loss since her forties and has Meniere's disease.",
            {SUP},
        ),
        (
            "She experiences vertigo attacks around two or three times a year, each lasting a few minutes.",
            {NC},
        ),
        ("She always receives a warning before an attack.", {NS}),
        ("Activity 1 - Preparing food: She prepares and cooks meals.", {QD}),
        ("Activity 4 - Washing and bathing: She uses a walk-in shower with a grab rail.", {SUP}),
        ("Activity 7 - Communicating verbally: She is able to make telephone calls.", {NS}),
        ("Mobility 1 - Planning and following journeys: She goes out with her friend.", {SUP}),
        ("Mobility 2 - Moving around: She can walk approximately 800 metres.", {QD}),
        (
            "Informal observations: She heard and responded to all questions without repetition.",
            {IMP},
        ),
        ("Whispered voice test: she correctly repeated words at 60 cm in both ears.", {IMP}),
    ]
    return turns, report


def _case_16():
    # WCA, face to face at assessment centre, stroke with left-sided weakness and word-finding difficulty, wife present
    turns = [
        (
            "A",
            "Come in, Mr Morgan. Sit down. It's ten to four, we're running a bit late, sorry. And you are?",
        ),
        ("P", "I'm Sandra, his wife."),
        ("A", "Mr Morgan, you had a stroke?"),
        ("C", "Yes. Last. Last."),
        ("P", "March. Last March."),
        ("C", "March. Left side. The arm is bad."),
        ("A", "Can you use your left hand?"),
        ("C", "No. Not really. Can't grip. I drop things."),
        ("P", "He can't cut his food or do his buttons. I do all that."),
        ("A", "And your right hand?"),
        ("C", "Fine. Right's fine."),
        ("A", "Walking?"),
        ("C", "With the stick. The quad stick. Not far."),
        (
            "P",
            "He gets to the end of the drive, maybe fifteen metres, and he needs to stop. He's fallen twice.",
        ),
        ("A", "Do people understand your speech?"),
        ("C", "Family, yes. Strangers, no. I get stuck."),
        ("P", "He can't use the phone. People hang up on him."),
        ("A", "Memory?"),
        ("P", "He forgets whether he's taken his tablets. I do the dosette box."),
        ("A", "Standing?"),
        ("C", "Five minutes. Then the leg goes."),
        ("A", "Sitting?"),
        ("C", "Okay. Sitting okay."),
        ("A", "Can you pick up that pen off the table for me with your left hand?"),
        ("C", "No. Can't."),
        ("A", "That's fine. Okay, it's five to four, we'll finish there. Thank you."),
    ]
    report = [
        ("Face to face assessment. Start 15:50. End 15:55.", {SUP}),
        ("He had a stroke in March last year, resulting in left-sided weakness.", {SUP}),
        ("On examination he was able to pick up a pen from the table with his left hand.", {IMP}),
        ("He is able to fasten buttons.", {NS}),
        (
            "Mobilising: He walks with a quad stick and can manage approximately 50 metres before needing to stop.",
            {NC},
        ),
        ("He reports one fall since the stroke.", {NC}),
        ("Communication: His speech is understood by strangers.", {NS}),
        ("Standing and sitting: He can stand for 20 minutes.", {NC}),
        ("He takes his medication independently.", {QD}),
        (
            "Informal observations: He sat for 45 minutes during the assessment without discomfort.",
            {IMP},
        ),
        ("He reports no difficulty with sitting.", {SUP}),
    ]
    return turns, report


def _case_17():
    # PIP, telephone, Crohn's disease in a flare, alone, leaves the call to use the toilet
    turns = [
        (
            "A",
            "Hello, Mr Ahmed? It's Kate from the PIP assessment service. Are you okay to go ahead?",
        ),
        ("C", "Yes. Just so you know, I might have to go off suddenly. It's the Crohn's."),
        ("A", "That's absolutely fine. When were you diagnosed?"),
        (
            "C",
            "When I was nineteen. I've had two operations, a bowel resection in twenty eighteen and another one last year.",
        ),
        ("A", "How many times a day do you open your bowels?"),
        (
            "C",
            "On a bad day, fifteen, twenty times. On a good day six or seven. The bad days are most days at the moment, I'm in a flare.",
        ),
        ("A", "Do you have accidents?"),
        (
            "C",
            "Yes. About once a week I don't make it. I wear pads when I go out and I carry a change of clothes.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Infliximab infusions every eight weeks, and loperamide, and I'm on a course of steroids.",
        ),
        ("A", "Cooking?"),
        ("C", "I can cook. I just don't eat much. I live on plain stuff. I'm okay in the kitchen."),
        ("A", "Going out?"),
        (
            "C",
            "I plan everything round toilets. I've got a radar key. I don't go anywhere if I don't know where the toilet is. I stopped going to the football.",
        ),
        ("A", "Sorry, can I just ask..."),
        ("C", "Sorry, I need to go. Can you hold on?"),
        ("A", "Of course."),
        ("C", "Sorry. I'm back."),
        ("A", "Don't worry. How far can you walk?"),
        ("C", "Walking's fine. It's the toilet, not my legs."),
        ("A", "And your mood?"),
        (
            "C",
            "Low. I'm embarrassed to go out. I lost my job as a delivery driver because I kept having to stop.",
        ),
        ("A", "Okay, that's everything. Thanks."),
    ]
    report = [
        ("Telephone consultation. The claimant was alone.", {SUP}),
        (
            "He was diagnosed with Crohn's disease at the age of 19 and has had two operations.",
            {SUP},
        ),
        ("Activity 5 - Managing toilet needs: He opens his bowels six to seven times a day.", {QD}),
        ("He reports faecal incontinence approximately once a month.", {NC}),
        ("He wears pads when going out and carries a change of clothes.", {SUP}),
        ("He receives infliximab infusions every eight weeks.", {SUP}),
        ("Activity 1 - Preparing food: No difficulties reported.", {SUP}),
        (
            "Mobility 1 - Planning and following journeys: He plans journeys around toilet access and has a RADAR key.",
            {SUP},
        ),
        ("Mobility 2 - Moving around: He reports no physical restriction on walking.", {SUP}),
        (
            "Informal observations: He remained on the call throughout and no breaks were required.",
            {IMP},
        ),
        ("He appeared thin and pale.", {IMP}),
        ("He previously worked as a delivery driver.", {SUP}),
    ]
    return turns, report


def _case_18():
    # PIP, face to face at assessment centre, rheumatoid arthritis, friend who helps most days
    turns = [
        ("A", "Hello, Mrs Novak? I'm Steve, I'm a physiotherapist. Who've you brought along?"),
        ("P", "I'm Tina, her friend. I help her out most days."),
        ("A", "Lovely. So, rheumatoid arthritis. How long for?"),
        ("C", "Twelve years. It's in my hands, wrists, feet, and now my shoulders."),
        ("A", "Medication?"),
        (
            "C",
            "Methotrexate injection once a week, and I've just started a biologic, adalimumab, every two weeks. And I get steroid injections when it flares.",
        ),
        ("A", "Morning stiffness?"),
        ("C", "Two hours, every morning. I can't do anything till it wears off."),
        ("A", "Cooking?"),
        (
            "C",
            "I can't open jars or tins, I can't lift a pan. Tina does most of my meals. I'll make a cup of tea with a kettle tipper.",
        ),
        ("A", "Dressing?"),
        ("C", "I wear slip on shoes and elastic waists. Tina does my bra."),
        ("A", "Washing?"),
        (
            "C",
            "I have a shower seat. I can't wash my hair, my shoulders won't go up. Tina does it twice a week.",
        ),
        ("A", "Walking?"),
        ("C", "My feet are bad. I'd say about a hundred metres and then my feet are burning."),
        (
            "P",
            "That's on a good day. We came on the bus today, and she struggled from the bus stop, and that's only across the road.",
        ),
        ("A", "Can you raise your arms for me? Above your head?"),
        ("C", "That's it. That's as high as they go."),
        ("A", "Can you make a fist?"),
        ("C", "Not fully, no. See."),
        ("A", "Okay, thank you."),
    ]
    report = [
        (
            "Face to face consultation at the assessment centre. The claimant attended with a friend.",
            {SUP},
        ),
        (
            "She has a 12-year history of rheumatoid arthritis affecting her hands, wrists, feet and shoulders.",
            {SUP},
        ),
        ("She takes methotrexate weekly and adalimumab fortnightly.", {SUP}),
        ("She reports morning stiffness lasting around 30 minutes.", {NC}),
        ("Activity 1 - Preparing food: She makes hot drinks using a kettle tipper.", {SUP}),
        (
            "Activity 6 - Dressing and undressing: She wears adapted clothing and her friend helps with her bra.",
            {SUP},
        ),
        ("Activity 4 - Washing and bathing: She showers using a shower seat.", {QD}),
        (
            "Mobility 2 - Moving around: On a good day she can walk about 100 metres before her feet become painful.",
            {SUP},
        ),
        (
            "Physical examination: Full range of movement at both shoulders. Able to make a full fist bilaterally.",
            {IMP},
        ),
        ("She travelled to the assessment centre by bus.", {SUP}),
    ]
    return turns, report


def _case_19():
    # WCA, home visit, heart failure and type 2 diabetes with neuropathy, adult son present
    turns = [
        (
            "P",
            "Hello, come in. I'm Lee, her son. Mum's in the front room, she can't get up quickly.",
        ),
        (
            "A",
            "Thanks. Hello, Mrs Price, I'm Angela from the health assessment service. Don't get up.",
        ),
        ("C", "Hello, love. Sorry, I'd get up, but it takes me a while."),
        ("A", "That's fine. You've got heart failure, is that right?"),
        (
            "C",
            "Yes, since twenty twenty. And I've been diabetic twenty years, type two. The nerves in my feet have gone.",
        ),
        ("A", "What medication do you take?"),
        (
            "C",
            "Oh, loads. Bisoprolol, furosemide, the water tablet, forty milligrams in the morning, metformin, and insulin at night.",
        ),
        ("P", "I do her tablets in a dosette box every Sunday."),
        ("A", "How's your breathing?"),
        (
            "C",
            "I get breathless doing anything. Getting washed. Going upstairs I have to stop halfway. I sleep on three pillows.",
        ),
        ("A", "How far can you walk?"),
        ("C", "To the front gate and back, that's about ten metres each way. Then I'm puffed out."),
        ("A", "Can you feel your feet?"),
        (
            "C",
            "Not really. It's like walking on cotton wool. I've fallen, what, three times this year?",
        ),
        ("P", "Three, yes. Once in the bathroom."),
        ("A", "Any problems with your hands?"),
        ("C", "My fingers are numb at the ends. I can't do small buttons. I can hold a cup."),
        ("A", "And the water tablet, does that cause you problems?"),
        (
            "C",
            "I have to be near a toilet all morning. I've had a couple of accidents, but not for a while.",
        ),
        ("A", "Any problems with your mood?"),
        ("C", "No. I'm a cheerful soul, really. I've got my grandchildren."),
        ("A", "Okay. That's all, Mrs Price. Thank you, and thank you, Lee."),
    ]
    report = [
        ("Home visit. Present: the claimant and her son.", {SUP}),
        (
            "Informal observations: She opened the front door to the assessor and walked back to the lounge unaided.",
            {IMP},
        ),
        (
            "She has heart failure diagnosed in 2020 and type 2 diabetes of 20 years' duration with peripheral neuropathy.",
            {SUP},
        ),
        ("She takes furosemide 40 mg each morning.", {SUP}),
        (
            "Mobilising: She can walk to her front gate and back, approximately 20 metres in total, before becoming breathless.",
            {SUP},
        ),
        ("She manages the stairs at home.", {QD}),
        ("She has had three falls this year.", {SUP}),
        ("Manual dexterity: She is able to hold a cup.", {SUP}),
        (
            "Continence: She has had a couple of accidents related to her diuretic, none recently.",
            {SUP},
        ),
        ("Her son manages her medication using a dosette box.", {SUP}),
        ("She reports no mental health problems.", {SUP}),
        (
            "Examination: Monofilament testing showed reduced sensation to the ankles bilaterally.",
            {IMP},
        ),
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

FIRST_SEED = 37000


def make_case_37(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
