"""Blind held-out set 28 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty PIP (PA4) and WCA (ESA85) assessments held face to face at a centre, at
home, by telephone and by video, covering lumbar disc disease, depression,
COPD, diabetic neuropathy, rheumatoid arthritis, fibromyalgia, epilepsy,
autism, PTSD, stroke, multiple sclerosis, long covid, bipolar disorder, heart
failure, sight loss, osteoarthritis, learning disability, breast cancer,
Crohn's disease and hearing loss. Some cases include a companion who speaks
(spouse, parent, daughter, support worker). Report statements mix faithful
paraphrases with changed figures, dropped limits, things never said, and
claims the recording itself rules out (examinations on a telephone or video
call, "attended alone", no breaks, clock times, repetition, declined tests).
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
    # PIP, telephone, lumbar disc prolapse with sciatica.
    turns = [
        (
            "A",
            "Hello, is that Mrs Denise Harper? My name's Gareth, I'm calling from the assessment provider about your PIP claim. This is a telephone assessment, so I can't see you, I'll just be asking you questions. Is now still a good time?",
        ),
        ("C", "Yes, that's fine, I've been sat waiting by the phone."),
        ("A", "Can you tell me about your back problem?"),
        (
            "C",
            "It's a slipped disc at the bottom of my back, and it sends pain right down my left leg. I've had it since twenty nineteen, after I lifted a resident at work. I was a care assistant.",
        ),
        ("A", "What medication do you take for it?"),
        (
            "C",
            "Naproxen, five hundred milligrams twice a day, and amitriptyline, twenty milligrams at night. The amitriptyline makes me really groggy in the mornings, I'm like a zombie till about ten.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day maybe to the end of the road and back, which is about a hundred metres altogether, but I have to stop halfway and lean on a wall. I use a stick. On bad days I don't go out at all.",
        ),
        ("A", "And how many bad days would you have in a week?"),
        ("C", "Four. Sometimes five."),
        ("A", "How about getting washed and dressed?"),
        (
            "C",
            "I can't get in the bath, so I have a shower sitting on a stool. My husband has to help me with my socks and shoes because I can't bend down.",
        ),
        ("A", "And cooking?"),
        (
            "C",
            "I do simple things, like beans on toast, but I sit on a perching stool. If I stand more than about ten minutes the pain shoots down my leg.",
        ),
        ("A", "Do you manage the stairs?"),
        ("C", "Slowly. One at a time, holding the rail. We've had a rail put on both sides now."),
        ("A", "Okay, thank you, I think that's everything I need."),
    ]
    report = [
        (
            "Mrs Harper reports a prolapsed lumbar disc with left-sided sciatica since 2017 following a lifting injury at work.",
            {NC},
        ),
        ("She takes naproxen 500mg twice daily and amitriptyline 20mg at night.", {SUP}),
        ("She states she is able to walk approximately 100 metres.", {QD}),
        ("She describes two to three bad days per week.", {NC}),
        ("She showers seated on a stool, and her husband assists her with socks and shoes.", {SUP}),
        ("She prepares simple meals and can stand at the cooker for up to 30 minutes.", {NC, QD}),
        ("She denies any side effects from her medication.", {NS}),
        (
            "Informal observations: she was observed to mobilise slowly with a stick and sat with an upright posture.",
            {IMP},
        ),
        ("She manages the stairs at home.", {QD}),
    ]
    return turns, report


def _case_01():
    # WCA, face to face at centre, depression.
    turns = [
        (
            "A",
            "Morning, come through. Take a seat wherever's comfortable. I'm Dr Okafor, I'm a doctor working for the assessment provider, and this is your work capability assessment. Did you come in by yourself today?",
        ),
        (
            "C",
            "No, well, my sister drove me, she's waiting in the car park. I couldn't have done the bus.",
        ),
        ("A", "Okay. Tell me about your depression."),
        (
            "C",
            "It started after my dad died, that was twenty twenty-one. I just stopped going out. Some days I don't get out of bed till the afternoon.",
        ),
        ("A", "Are you on any medication?"),
        ("C", "Sertraline. A hundred milligrams. They put it up from fifty in the summer."),
        ("A", "Do you see anyone for it?"),
        (
            "C",
            "The community mental health nurse comes once a fortnight. Sometimes I just don't answer the door though.",
        ),
        ("A", "How do you get on with people you don't know?"),
        (
            "C",
            "I don't. I avoid them. If someone I don't know talks to me in a shop I panic and walk out. Sorry, can we stop for a minute? I need some water.",
        ),
        ("A", "Of course, take your time."),
        ("C", "Sorry. Okay. I'm alright now."),
        ("A", "What about going somewhere unfamiliar on your own?"),
        (
            "C",
            "I wouldn't. I've not been anywhere new on my own for about two years. Even the GP, my sister comes in with me.",
        ),
        ("A", "Do you ever have thoughts of harming yourself?"),
        (
            "C",
            "Sometimes I think about ending it, yeah. I've never done anything. I tell the nurse when it's bad.",
        ),
        ("A", "Thank you for telling me. That's all my questions."),
    ]
    report = [
        ("The claimant travelled to the assessment centre alone by public transport.", {NS}),
        ("He reports low mood since the death of his father in 2021.", {SUP}),
        ("He is currently prescribed sertraline 150mg daily.", {NC}),
        ("He is visited by a community mental health nurse on a weekly basis.", {NC}),
        ("He explained that he avoids people he does not know.", {SUP}),
        ("The claimant did not require any breaks during the consultation.", {IMP}),
        ("He attends his GP appointments.", {QD}),
        ("He denies any suicidal ideation.", {NS}),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, COPD, wife present and speaking.
    turns = [
        (
            "A",
            "Thanks for letting me in, Mr Lewis. I'm Sarah, I'm a nurse assessor. As I said at the door, this is a home visit for your PIP assessment. Is it alright if your wife stays with us?",
        ),
        ("P", "I'm staying, he forgets half of what he can't do."),
        ("C", "She's right. Go on."),
        ("A", "Tell me about your breathing."),
        (
            "C",
            "COPD, they diagnosed it in twenty sixteen. I smoked for forty years. I've got two inhalers, the blue one and the purple one, and I'm on oxygen at night, two litres.",
        ),
        ("A", "How far can you walk before you get breathless?"),
        (
            "C",
            "Twenty yards, maybe. To the gate and I'm puffing. Then I have to stand and get my breath back, couple of minutes.",
        ),
        ("P", "It's less than that in the cold. He won't go out in winter."),
        ("A", "Do you go out shopping?"),
        ("C", "She does the shopping. I go in the car with her sometimes and sit in it."),
        ("A", "How about washing?"),
        (
            "C",
            "I wash at the sink. I can't shower, the steam gets me. She helps me with my back and my feet.",
        ),
        ("P", "And he sits on a chair while he does it, he can't stand at the sink."),
        ("A", "And dressing?"),
        (
            "C",
            "I can dress myself but it takes me about half an hour, I have to stop between each thing.",
        ),
        ("A", "How's your sleep?"),
        ("C", "Bad. I wake up three, no, four times a night coughing."),
        ("A", "Any hospital admissions?"),
        ("C", "Two last year, chest infections."),
        (
            "A",
            "Okay. I'm just going to check your oxygen levels with this clip on your finger, if that's alright.",
        ),
        ("C", "Yes, go on."),
        ("A", "Ninety-one percent. Thank you, that's everything."),
    ]
    report = [
        ("The claimant was seen at home and attended the assessment alone.", {IMP}),
        ("He reports COPD diagnosed in 2016 and uses oxygen at night at 2 litres.", {SUP}),
        ("He states he can walk approximately 200 yards.", {NC, QD}),
        ("He washes at the sink independently.", {QD}),
        ("He is able to dress himself.", {QD}),
        ("He describes waking twice a night with a cough.", {NC}),
        ("He had two hospital admissions last year with chest infections.", {SUP}),
        ("Oxygen saturation was 96% on room air.", {NC}),
        ("He states he does his own shopping at the local supermarket.", {NS}),
    ]
    return turns, report


def _case_03():
    # WCA, telephone, type 2 diabetes with neuropathy.
    turns = [
        (
            "A",
            "Hello, could I speak to Miss Priya Chauhan please? Hi, I'm Tom, I'm a physiotherapist and I'll be carrying out your work capability assessment by phone today. Before we start, can you hear me clearly?",
        ),
        ("C", "Yes. Well, mostly, the line's a bit crackly."),
        ("A", "Tell me about your health conditions."),
        (
            "C",
            "I've got type two diabetes, I was diagnosed when I was thirty-eight, and now I've got neuropathy in both feet. I had an ulcer on my right foot last year that took five months to heal.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "Metformin, a thousand milligrams twice a day, and insulin, I do it at night, twenty-four units.",
        ),
        ("A", "How far could you walk, say on a flat pavement, before you had to stop?"),
        ("C", "Sorry, could you say that again? It cut out."),
        ("A", "How far can you walk on the flat before you need to stop?"),
        (
            "C",
            "About fifty metres. Then my feet are burning and I have to sit down. And I've got to be careful, I can't feel where I'm putting my feet, so I've fallen twice this year.",
        ),
        ("A", "How long can you sit for?"),
        ("C", "I can sit okay, an hour or so, but I have to get my feet up after."),
        ("A", "Do you have hypos?"),
        ("C", "Yes, about once a week, usually in the night. I wake up sweating and shaking."),
        ("A", "Do you manage stairs?"),
        (
            "C",
            "I hold on to the banister with both hands. I go up on my bottom sometimes if it's a bad day.",
        ),
        ("A", "Thank you, that's all I need."),
    ]
    report = [
        ("She was diagnosed with type 2 diabetes at the age of 38.", {SUP}),
        ("She reports a right foot ulcer last year which took five months to heal.", {SUP}),
        ("She takes metformin 1000mg twice daily and 42 units of insulin at night.", {NC}),
        (
            "She states she can walk about 50 metres on the flat before needing to stop and sit down.",
            {SUP},
        ),
        ("She reports no falls.", {NS}),
        ("She advises she is able to sit for over two hours.", {NC, QD}),
        ("She manages stairs using the banister.", {QD}),
        ("The claimant heard and understood all questions without the need for repetition.", {IMP}),
        ("Her gait was observed to be normal with no evidence of foot drop.", {IMP}),
    ]
    return turns, report


def _case_04():
    # PIP, face to face at centre, rheumatoid arthritis.
    turns = [
        (
            "A",
            "Hello, Mrs Gloria Mensah? Come on through, we're in room three. I'm Helen, one of the occupational therapists. Did you find us alright?",
        ),
        (
            "C",
            "My son dropped me at the door. It took me a while to get down the corridor, I had to stop at the chairs.",
        ),
        ("A", "Sorry about that. So, you've got rheumatoid arthritis?"),
        (
            "C",
            "Yes, since two thousand and twelve. It's in my hands, my wrists, my knees and my shoulders. I'm on methotrexate, fifteen milligrams once a week, and I have a biologic injection every two weeks.",
        ),
        ("A", "How are your hands day to day?"),
        (
            "C",
            "In the morning they're stiff for about two hours. I can't do buttons or open jars. I've got a jar opener and a kettle tipper, but some days even those are too much.",
        ),
        ("A", "How do you manage cooking?"),
        (
            "C",
            "Ready meals in the microwave mostly. I can't lift a full pan. I dropped one once and burnt my foot.",
        ),
        ("A", "And washing your hair?"),
        (
            "C",
            "I can't lift my arms above my shoulders, so my daughter washes my hair twice a week.",
        ),
        (
            "A",
            "Okay. I'd like to have a look at your shoulders, could you lift your arms up for me?",
        ),
        ("C", "I'd rather not, honestly, it's really bad today. I'd be in agony all evening."),
        ("A", "That's fine, we'll skip that. Can you make a fist for me?"),
        ("C", "That's as far as they go. I can't close them all the way."),
        ("A", "Thank you, that's all."),
    ]
    report = [
        (
            "She reports rheumatoid arthritis since 2012 affecting her hands, wrists, knees and shoulders.",
            {SUP},
        ),
        ("She takes methotrexate 15mg weekly and has a biologic injection every four weeks.", {NC}),
        ("She describes morning stiffness in her hands lasting around 30 minutes.", {NC}),
        (
            "She is able to open jars and use the kettle with the aid of a jar opener and kettle tipper.",
            {QD},
        ),
        (
            "Her daughter washes her hair twice a week as she cannot raise her arms above shoulder level.",
            {SUP},
        ),
        ("She reports she walks to the local shops most days.", {NS}),
        ("Examination of the shoulders showed a full active range of movement bilaterally.", {IMP}),
        ("She was unable to make a full fist with either hand.", {SUP}),
    ]
    return turns, report


def _case_05():
    # WCA, video, fibromyalgia.
    turns = [
        (
            "A",
            "Hi, can you see me okay? Great. I'm Mark, a nurse with the assessment provider. We're doing this on video today, so if the picture freezes just tell me. Is anyone with you?",
        ),
        ("C", "No, it's just me. My partner's at work."),
        ("A", "Tell me about the fibromyalgia."),
        (
            "C",
            "I was diagnosed in twenty eighteen. The pain's everywhere, but it's worst in my neck and hips. And the fatigue is awful, I sleep ten hours and wake up like I haven't slept.",
        ),
        ("A", "Medication?"),
        ("C", "Pregabalin, seventy-five milligrams twice a day, and paracetamol when I need it."),
        ("A", "How long can you sit at a desk?"),
        (
            "C",
            "About twenty minutes, then I've got to get up and move around or it all seizes up. Even now I'm shifting about.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "I can walk to the corner shop, that's about two hundred metres, but then I'm wiped out for the rest of the day. I couldn't do it twice.",
        ),
        ("A", "Can you pick things up from the floor?"),
        ("C", "If I hold on to something, yeah. I have to go down on one knee."),
        ("A", "How's your memory?"),
        (
            "C",
            "Terrible. Fibro fog. I burnt three saucepans last month because I forgot they were on.",
        ),
        ("A", "Could you manage a short task like filling in a form?"),
        (
            "C",
            "I'd start it, but I'd need to break it up. I'd have to stop after ten minutes or so.",
        ),
        ("A", "Okay, thanks. Could you stand up and show me how far you can bend forward?"),
        ("C", "I'll try. That's it, that's about as far as I go, to my knees."),
        ("A", "Thank you, that's the end."),
    ]
    report = [
        (
            "She reports fibromyalgia diagnosed in 2018 with widespread pain, worst in the neck and hips.",
            {SUP},
        ),
        ("Current medication includes pregabalin 150mg twice daily.", {NC}),
        ("She states she can sit for around 20 minutes before needing to move.", {SUP}),
        ("She indicates she can walk approximately 200 metres to the corner shop.", {QD}),
        ("She is able to pick objects up from the floor.", {QD}),
        ("She reports burning a saucepan once last month after forgetting it was on.", {NC}),
        ("She states she could complete a form.", {QD}),
        ("Palpation revealed tenderness at 14 of 18 tender point sites.", {IMP}),
        ("She reports that her partner helps her with dressing each morning.", {NS}),
    ]
    return turns, report


def _case_06():
    # PIP, face to face at centre, epilepsy, mother speaking; clock times said.
    turns = [
        (
            "A",
            "Hi, is it Jordan? I'm Claire, I'm a paramedic by background and I'll be doing your PIP assessment. It's just gone quarter past ten, so we'll make a start. And you are?",
        ),
        ("P", "I'm his mum, Linda."),
        ("A", "Okay. Jordan, tell me about your epilepsy."),
        (
            "C",
            "I have tonic-clonic seizures. I was diagnosed at fourteen. I have about two big ones a month, and the little ones, absences, loads, like every day.",
        ),
        (
            "P",
            "Sometimes he has a cluster, three in a day, and then he's wiped out for two days after.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Levetiracetam, a thousand twice a day, and lamotrigine. I forget it sometimes, so Mum does a dosette box and reminds me.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Not on the hob. I'm not allowed. I had a seizure once and knocked a pan over. I use the microwave if someone's in.",
        ),
        ("A", "Bathing?"),
        ("C", "Shower only, and Mum has to be in the house. I don't lock the door."),
        ("A", "Do you go out alone?"),
        (
            "C",
            "To the shop at the end of the road, that's it. Anywhere else Mum or my mate comes. I can't drive, obviously.",
        ),
        ("P", "He got lost once after a seizure, the police found him in town."),
        ("A", "How long does it take you to recover after a big seizure?"),
        ("C", "I'm confused for about an hour, and then I sleep most of the day."),
        ("A", "Alright. It's half past ten now, so I'll wrap up there. Thank you both."),
    ]
    report = [
        ("The consultation started at 10:15 and ended at 11:20.", {IMP}),
        ("Jordan was diagnosed with epilepsy at the age of 14.", {SUP}),
        ("He reports approximately two tonic-clonic seizures per week.", {NC}),
        (
            "He takes levetiracetam 1000mg twice daily and lamotrigine, and manages his medication independently.",
            {QD},
        ),
        ("He uses a microwave to prepare food.", {QD}),
        (
            "He showers rather than bathes, with his mother in the house, and does not lock the door.",
            {SUP},
        ),
        ("He goes out alone to the local shops and into town.", {NS}),
        ("He describes post-ictal confusion lasting around four hours.", {NC}),
        ("His mother reports that he can have clusters of three seizures in a day.", {SUP}),
    ]
    return turns, report


def _case_07():
    # WCA, face to face at centre, autism, support worker speaking.
    turns = [
        ("A", "Hello, Callum? I'm Andrew, I'm a nurse. Come in. And who's this with you?"),
        ("P", "I'm Fiona, his support worker from the autism service."),
        ("A", "Thanks. Callum, can you tell me how autism affects you day to day?"),
        (
            "C",
            "I don't like... it's the noise. The lights in here are buzzing. I need things the same. If my routine changes I can't cope.",
        ),
        (
            "P",
            "If a bus is late or diverted he'll have a meltdown, he can't work out another way home.",
        ),
        ("A", "Callum, do you go anywhere you haven't been before?"),
        ("C", "No. Not on my own. Fiona brought me here. We practised the route on Tuesday."),
        ("A", "How do you get on with phone calls?"),
        ("C", "I don't answer the phone. I text."),
        ("A", "Have you worked before?"),
        (
            "C",
            "I worked in a warehouse for six months, in twenty twenty. I left because the manager kept shouting.",
        ),
        ("P", "He was let go, really. He couldn't cope with the changes to his shifts."),
        ("A", "Do you manage your own meals?"),
        (
            "C",
            "I eat the same thing. Pasta. I can make pasta. Fiona does the shopping list with me every Monday.",
        ),
        ("A", "Alright. Can I ask you to remember three words for me? Apple, table, penny."),
        ("C", "Apple, table, penny."),
        ("A", "And what were they again?"),
        ("C", "Apple... table... I don't know the last one."),
        ("A", "Thank you, that's us done."),
    ]
    report = [
        ("Callum attended with his support worker, who contributed to the history.", {SUP}),
        ("He states he copes well with changes to his routine.", {NS}),
        ("He worked in a warehouse for eighteen months in 2020.", {NC}),
        ("Short-term recall was intact, with three out of three words recalled.", {IMP}),
        ("He prepares his own meals and does his own shopping.", {QD}),
        (
            "His support worker reports that he can have a meltdown if a bus is late or diverted.",
            {SUP},
        ),
        ("His support worker helps him write a shopping list once a fortnight.", {NC}),
    ]
    return turns, report


def _case_08():
    # PIP, telephone, PTSD; break requested.
    turns = [
        (
            "A",
            "Good afternoon, is that Mr Steven Doyle? My name's Rachel, I'm a mental health nurse and I'm ringing for your PIP assessment. I'll be asking you questions over the phone for about an hour. Is this still okay?",
        ),
        ("C", "Yeah. I've got my notes in front of me."),
        ("A", "Can you tell me about your PTSD?"),
        (
            "C",
            "I served in Afghanistan, two tours, came out in twenty thirteen. The nightmares started a couple of years after. I get flashbacks, maybe three or four a week, anything can set it off, fireworks, a car backfiring.",
        ),
        ("A", "Are you having any treatment?"),
        (
            "C",
            "I'm on mirtazapine, thirty milligrams, and prazosin for the nightmares. I've had two rounds of trauma therapy through Combat Stress.",
        ),
        ("A", "How do you get on going out?"),
        (
            "C",
            "I go out early, like six in the morning, when there's no one about. I can't do crowds. Supermarkets, no way, my wife does all that.",
        ),
        ("A", "What happens if you're in a crowd?"),
        (
            "C",
            "My heart goes, I'm sweating, I have to get out. I've left a full trolley in Tesco before. Sorry, can you give me a minute, I just need to step outside for a bit.",
        ),
        ("A", "Of course, take as long as you need."),
        ("C", "Right. Sorry about that. Go on."),
        ("A", "How's your sleep?"),
        ("C", "Three hours a night if I'm lucky. I check the locks, two, three times before bed."),
        ("A", "Do you manage your own personal care?"),
        (
            "C",
            "Some weeks I don't wash at all. My wife has to tell me to get in the shower, and to change my clothes.",
        ),
        ("A", "Do you have contact with friends?"),
        ("C", "Just one mate from the regiment. We text. I don't see anyone."),
        ("A", "Thank you, Steven. We'll stop there."),
    ]
    report = [
        ("Mr Doyle served two tours in Afghanistan and left the army in 2013.", {SUP}),
        ("He reports flashbacks occurring about once a week.", {NC}),
        ("He goes out daily and is able to visit supermarkets.", {NS}),
        ("He sleeps around five hours a night.", {NC}),
        ("He manages his personal hygiene independently.", {QD}),
        (
            "Informal observations: he maintained good eye contact throughout and appeared relaxed.",
            {IMP},
        ),
        ("He keeps in touch with one friend from his regiment by text.", {SUP}),
    ]
    return turns, report


def _case_09():
    # WCA, home visit, stroke, wife speaking.
    turns = [
        (
            "A",
            "Hello Mr Patel, I'm Dr Ellis. Thank you for having me at your home for the assessment. Is it alright if your wife is present?",
        ),
        ("C", "Yes. She... she helps. My words are slow."),
        ("P", "He had the stroke in March last year. His right side is weak, his arm especially."),
        ("A", "Mr Patel, how far can you walk?"),
        ("C", "With the frame... to the kitchen. Maybe ten metres. Then I sit."),
        ("P", "He needs me behind him. He's fallen three times since he came home."),
        ("A", "Can you use your right hand?"),
        ("C", "No. Only left. I can't write. I can't do buttons."),
        ("A", "Can you make a cup of tea?"),
        ("C", "No. Not safe. Kettle, too heavy. She does it."),
        ("A", "Do you use the toilet on your own?"),
        ("C", "Yes, there's a rail. But at night I use the bottle, I can't get up quick."),
        ("P", "He's had accidents, maybe once a week, he doesn't get there in time."),
        ("A", "How's your speech? Do people understand you?"),
        ("C", "People I know. Strangers... no. On the phone, no."),
        ("A", "Okay. Could you squeeze my fingers with your right hand?"),
        ("C", "I try... that's all."),
        ("A", "That's weak, thank you. That's everything."),
    ]
    report = [
        ("He had a stroke in March of last year resulting in right-sided weakness.", {SUP}),
        ("He mobilises with a walking frame for approximately 30 metres.", {NC, QD}),
        ("He has had one fall since discharge home.", {NC}),
        ("He is unable to write or fasten buttons and uses only his left hand.", {SUP}),
        ("He is able to make himself hot drinks.", {NS}),
        ("He uses the toilet independently with the aid of a rail.", {QD}),
        (
            "His speech is understood by strangers and he uses the telephone without difficulty.",
            {NS},
        ),
        ("Right hand grip strength was normal.", {IMP}),
    ]
    return turns, report


def _case_10():
    # PIP, video, multiple sclerosis.
    turns = [
        (
            "A",
            "Hello, I think we're connected now. Can you hear me alright? I'm Paul, an occupational therapist. As this is a video call I'll be able to see you, but I won't be doing any hands-on examination.",
        ),
        ("C", "I can hear you. The picture's a bit blurry but that's fine."),
        ("A", "Tell me about your MS."),
        (
            "C",
            "Relapsing remitting, diagnosed in two thousand and nine. I've had four relapses in the last two years. The main things are fatigue, my balance and my eyes, I get double vision.",
        ),
        ("A", "What treatment are you on?"),
        (
            "C",
            "Ocrelizumab infusions every six months, and baclofen, ten milligrams three times a day for the spasms.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Indoors I furniture walk. Outside I use a rollator, and I can get maybe fifty metres before my legs go like jelly. Then I have to sit on the seat of the rollator for five minutes.",
        ),
        ("A", "Do you drive?"),
        ("C", "Not any more. I gave it up because of the double vision."),
        ("A", "Preparing food?"),
        (
            "C",
            "I can do a sandwich. Anything with the oven, I'd need my husband there, because my hands go numb and I've dropped things.",
        ),
        ("A", "Continence?"),
        ("C", "I have urgency. I wear pads. I've been caught out, maybe twice a week."),
        ("A", "Alright. Can you stand up from your chair and walk across the room so I can see?"),
        (
            "C",
            "I'll have to hold the table... there. That's as far as I'll go without the rollator.",
        ),
        ("A", "Thank you, sit down. That's all."),
    ]
    report = [
        ("She has relapsing-remitting multiple sclerosis diagnosed in 2009.", {SUP}),
        ("She reports one relapse in the past two years.", {NC}),
        (
            "She receives ocrelizumab infusions every six months and takes baclofen 10mg three times a day.",
            {SUP},
        ),
        ("Outdoors she walks about 50 metres using a rollator.", {QD}),
        ("She continues to drive short distances.", {NS}),
        ("She is able to prepare a cooked meal using the oven.", {QD}),
        ("She reports episodes of urinary incontinence around twice a month.", {NC}),
        (
            "On examination Romberg's test was negative and reflexes were normal and symmetrical.",
            {IMP},
        ),
    ]
    return turns, report


def _case_11():
    # WCA, telephone, long covid; clock times said.
    turns = [
        (
            "A",
            "Hello, is this Emma Walsh? Hi Emma, I'm Nadia from the health assessment service. We've got you booked in for a telephone assessment at two o'clock, and it's just coming up to two now, so perfect timing. Are you somewhere you can talk?",
        ),
        ("C", "Yes, I'm in bed, but I can talk. I might need to go slowly."),
        ("A", "No problem. Tell me about your long covid."),
        (
            "C",
            "I caught covid in December twenty twenty-one, working on the ward. I never really recovered. The worst thing is the post-exertional malaise. If I do too much, I crash for three or four days.",
        ),
        ("A", "What does a normal day look like?"),
        (
            "C",
            "I'm in bed most of the day. I'm up for maybe two hours in total, in little bits. I shower every three days, sitting down, and then I have to lie down for an hour after.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Around the house. To the end of the garden, maybe thirty metres, on a good day. But I'd pay for it the next day.",
        ),
        ("A", "How about concentration?"),
        (
            "C",
            "Brain fog. I can read for about ten minutes and then the words don't go in. I had to stop watching TV dramas.",
        ),
        ("A", "Do you have any heart symptoms?"),
        (
            "C",
            "Yes, I've got POTS. My heart rate goes up to a hundred and forty when I stand. I'm on ivabradine, five milligrams twice a day.",
        ),
        ("A", "Could you stand for ten minutes, say, in a queue?"),
        ("C", "No. I'd have to sit on the floor. I've fainted twice in queues."),
        (
            "A",
            "Okay Emma, that's everything. It's twenty-five past two, so thank you for your time.",
        ),
    ]
    report = [
        ("The telephone consultation ran from 13:30 to 14:25.", {IMP}),
        ("She contracted covid in December 2021 while working on a hospital ward.", {SUP}),
        ("She describes post-exertional crashes lasting up to a day.", {NC}),
        ("She is up and about for around six hours per day.", {NC, QD}),
        ("She showers every three days.", {QD}),
        ("She can walk approximately 30 metres to the end of her garden.", {QD}),
        (
            "She states she can read for about ten minutes before she stops taking the words in.",
            {SUP},
        ),
        (
            "She reports her heart rate rises to 140 on standing and takes ivabradine 5mg twice daily.",
            {SUP},
        ),
        ("She confirmed she could stand in a queue for ten minutes.", {NS}),
    ]
    return turns, report


def _case_12():
    # PIP, face to face at centre, bipolar disorder; claimant cries.
    turns = [
        (
            "A",
            "Hi, Natalie? I'm James, I'm a paramedic and I'll be your assessor for the PIP today. We're in room two, just here. Have a seat.",
        ),
        ("C", "Thanks. I've brought a list, I wrote things down because I forget."),
        ("A", "That's fine. Tell me about your bipolar."),
        (
            "C",
            "I was diagnosed in twenty fifteen, after I was sectioned. I've been in hospital three times altogether, the last one was eighteen months ago.",
        ),
        ("A", "What medication?"),
        (
            "C",
            "Lithium, eight hundred milligrams at night, and quetiapine, a hundred. My partner keeps hold of the boxes and gives me them, because when I was high I took too many.",
        ),
        ("A", "What's a low period like?"),
        (
            "C",
            "I don't get up, I don't eat, I don't wash. That can last six weeks. My partner has to get me to eat.",
        ),
        ("A", "And when you're high?"),
        (
            "C",
            "I spend money. I've got eight thousand pounds of debt from the last one. Now my partner has control of the bank card.",
        ),
        ("A", "How are you feeling today?"),
        ("C", "Flat, I suppose. Sorry... I'm going to cry. I hate talking about the money."),
        ("A", "That's okay, there are tissues just there."),
        ("C", "Thanks. Sorry."),
        ("A", "How do you get on socially?"),
        (
            "C",
            "I've lost most of my friends. I go to a peer support group on Thursdays, but only if my partner takes me.",
        ),
        ("A", "Okay. Thank you Natalie, that's everything."),
    ]
    report = [
        (
            "She was diagnosed with bipolar affective disorder in 2015 following detention under the Mental Health Act.",
            {SUP},
        ),
        ("She has had five psychiatric admissions, the most recent eight months ago.", {NC}),
        (
            "She takes lithium 800mg at night and quetiapine 100mg, and manages her medication independently.",
            {QD},
        ),
        (
            "Low periods can last up to six weeks, during which her partner has to encourage her to eat.",
            {SUP},
        ),
        ("She reports accumulating debts of £18,000 during a manic episode.", {NC}),
        ("She manages her own bank account and budget.", {NS}),
        ("Mental state: calm and composed throughout, with no signs of distress.", {IMP}),
        ("She attends a peer support group weekly.", {QD}),
        ("She brought a written list to the assessment as she forgets things.", {SUP}),
    ]
    return turns, report


def _case_13():
    # WCA, face to face at centre, ischaemic heart disease and heart failure.
    turns = [
        (
            "A",
            "Mr Robert Kane? Hello, I'm Dr Farouk. If you'd like to follow me, it's the second door down the corridor.",
        ),
        ("C", "Give me a second to get up. Right. Sorry, I'll need to stop here a moment. Okay."),
        ("A", "Take a seat. Tell me about your heart."),
        (
            "C",
            "I had a heart attack in twenty twenty-two, they put two stents in. Then last year they said I've got heart failure. My heart's pumping at thirty-five percent.",
        ),
        ("A", "What symptoms do you get?"),
        (
            "C",
            "Breathless walking. Chest tightness if I go up a hill. My ankles swell up by the evening.",
        ),
        ("A", "How far can you walk on the flat?"),
        (
            "C",
            "A hundred yards, maybe a bit less. Then I've got to stop and get my breath. If I push it I get chest pain and use my spray.",
        ),
        ("A", "How often do you use the GTN spray?"),
        ("C", "Three or four times a week."),
        ("A", "Stairs?"),
        (
            "C",
            "I've got twelve stairs at home. I stop halfway. I've been thinking of moving the bed downstairs.",
        ),
        ("A", "What tablets are you on?"),
        (
            "C",
            "Bisoprolol, ramipril, furosemide forty milligrams in the morning, aspirin, atorvastatin. The water tablet means I'm up and down to the toilet all morning.",
        ),
        ("A", "Could you lift something like a box of groceries?"),
        (
            "C",
            "Not a full one. The cardiac nurse said nothing heavy. I could carry a bag of sugar.",
        ),
        (
            "A",
            "Okay. I'll just take your blood pressure. It's one ten over seventy. Thank you, that's all.",
        ),
    ]
    report = [
        ("He walked from the waiting area to the consulting room without stopping.", {IMP}),
        ("He had a myocardial infarction in 2022 treated with two stents.", {SUP}),
        ("His ejection fraction is reported as 55%.", {NC}),
        ("He states he can walk around 100 yards on the flat.", {QD}),
        ("He uses his GTN spray around once a month.", {NC}),
        ("He manages the 12 stairs at home.", {QD}),
        (
            "He takes furosemide 40mg in the morning and reports frequent urination through the morning as a result.",
            {SUP},
        ),
        ("He states he can lift and carry a full box of groceries.", {NS}),
        ("Blood pressure was 140/90.", {NC}),
    ]
    return turns, report


def _case_14():
    # PIP, telephone on speaker, retinitis pigmentosa, daughter speaking.
    turns = [
        (
            "A",
            "Hello, is that Mrs Janet Fraser? I'm Kevin, ringing from the PIP assessment service for your telephone assessment. Have you got anyone with you today?",
        ),
        ("C", "My daughter, Amy. I've put you on speaker so she can hear."),
        ("P", "Hi, yes, I'm here."),
        ("A", "Janet, tell me about your eyesight."),
        (
            "C",
            "I've got retinitis pigmentosa. I was registered severely sight impaired in twenty seventeen. I've only got a small bit of central vision left, like looking through a straw.",
        ),
        ("A", "How do you get about outside?"),
        (
            "C",
            "With my long cane. Only routes I know, to the bus stop and the corner shop. Anywhere new, Amy has to take me.",
        ),
        (
            "P",
            "She walked into a lamppost last month and cut her head. She's had stitches twice this year.",
        ),
        ("A", "How do you manage reading letters?"),
        (
            "C",
            "I can't. Amy reads my post when she comes round on Saturdays. I use an app on my phone sometimes but it doesn't always work with handwriting.",
        ),
        ("A", "And cooking?"),
        (
            "C",
            "I've got bump-ons on the cooker and a liquid level indicator for hot drinks. I don't use knives much, I've cut myself too many times. I buy pre-chopped veg.",
        ),
        ("A", "Okay, thank you. Is there anything else?"),
        (
            "P",
            "Just that she's much worse in the evenings, when the light goes, she basically can't see at all.",
        ),
        ("A", "Thanks Amy. That's all."),
    ]
    report = [
        ("The assessment was conducted face to face at the assessment centre.", {IMP}),
        ("She was registered severely sight impaired in 2019.", {NC}),
        ("She mobilises outdoors with a long cane on routes she knows.", {SUP}),
        ("She is able to navigate unfamiliar routes independently.", {NS}),
        ("Her daughter reports that she has needed stitches four times this year.", {NC}),
        ("She reads her own post using an app on her phone.", {QD}),
        ("Visual acuity measured with a Snellen chart was 6/60 in both eyes.", {IMP}),
        (
            "Her daughter reports that her vision is much worse in the evenings when the light fades.",
            {SUP},
        ),
    ]
    return turns, report


def _case_15():
    # WCA, face to face at centre, osteoarthritis of knees and hip.
    turns = [
        (
            "A",
            "Hello, Mr David Brennan? I'm Lucy, I'm a physiotherapist. Come through, we're just in here. Do you want to pop your stick there?",
        ),
        ("C", "I'll keep hold of it, thanks. I need it to get up."),
        ("A", "Tell me about your joints."),
        (
            "C",
            "Osteoarthritis in both knees, and my left hip. I'm on the list for a hip replacement, they said about an eighteen month wait. I've had the knee injections, three of them, they didn't do much.",
        ),
        ("A", "What painkillers are you on?"),
        (
            "C",
            "Co-codamol, thirty five hundred, two tablets four times a day. And a gel for the knees.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With the stick, about sixty, seventy metres. Then the hip just locks. I have to stand still for a couple of minutes. I can't go any further after the second stop.",
        ),
        ("A", "How long can you stand?"),
        ("C", "Ten minutes. Fifteen if I'm leaning on something."),
        ("A", "And sitting?"),
        (
            "C",
            "About half an hour. I'm going to have to stand up in a minute actually, if that's okay.",
        ),
        ("A", "Of course. Tell me about a typical morning."),
        (
            "C",
            "I get up about nine. My wife helps me put my socks on, I can't reach my feet with the hip. I have a shower over the bath, but I've got a board across it to sit on.",
        ),
        ("A", "Do you kneel or bend down?"),
        ("C", "No, I can't kneel at all. If I drop something I use a grabber."),
        ("A", "Okay, could you get up on the couch so I can check your hip?"),
        ("C", "I can't get up on that, sorry, it's too high. I'd never get off it."),
        ("A", "No problem, we'll leave it. That's all my questions."),
    ]
    report = [
        (
            "He has osteoarthritis of both knees and the left hip and is awaiting a hip replacement.",
            {SUP},
        ),
        ("He takes co-codamol 30/500, two tablets twice daily.", {NC}),
        ("He states he can walk 60 to 70 metres with a stick.", {QD}),
        ("He is able to stand for 15 minutes.", {QD}),
        ("He sat comfortably throughout the consultation without needing to stand.", {IMP}),
        ("Typical day: he gets up at around seven each morning.", {NC}),
        ("He showers seated on a bath board, and his wife helps him put his socks on.", {SUP}),
        (
            "Examination of the left hip on the couch showed internal rotation limited to 10 degrees.",
            {IMP},
        ),
        ("He reports walking his dog each morning.", {NS}),
    ]
    return turns, report


def _case_16():
    # PIP, home visit, learning disability, mother (appointee) speaking.
    turns = [
        (
            "A",
            "Hi, you must be Liam. I'm Jo, I'm the nurse doing the PIP assessment. Thanks for letting me come to your house. And you're Liam's mum?",
        ),
        ("P", "Yes, Karen. I'm his appointee."),
        ("A", "Liam, what do you like doing in the day?"),
        ("C", "I go to the day centre. Tuesdays and Thursdays. I do the gardening."),
        (
            "P",
            "The minibus picks him up. He can't go on the normal bus, he'd get off at the wrong stop.",
        ),
        ("A", "Liam, can you make your own breakfast?"),
        ("C", "Cereal. I do cereal. Mum does the toast."),
        (
            "P",
            "He can't use the toaster or the cooker, he doesn't understand it's hot. He burnt his hand on the grill when he was seventeen.",
        ),
        (
            "A",
            "How about money, Liam? If you bought something for three pounds and gave the shop five pounds, how much would you get back?",
        ),
        ("C", "Um. Five? Is it five?"),
        ("A", "That's okay. Karen, does he handle any money?"),
        ("P", "No. I give him a pound for the vending machine at the centre and that's it."),
        ("A", "Liam, do you wash yourself?"),
        ("C", "Mum tells me. I have a bath on Sunday and Wednesday."),
        (
            "P",
            "I have to run it and check the temperature, and tell him to wash his hair, or he just sits in it.",
        ),
        ("A", "Does he take any medication?"),
        ("P", "Sertraline, fifty milligrams, for his anxiety. I give it him with his breakfast."),
        ("A", "Okay. Thanks, both of you."),
    ]
    report = [
        ("Liam attends a day centre three days a week.", {NC}),
        ("He travels to the day centre independently by public bus.", {NS}),
        ("He prepares cereal for his breakfast.", {SUP}),
        ("He burnt his hand on the grill at the age of 15.", {NC}),
        ("He correctly calculated the change due from a simple purchase.", {IMP}),
        (
            "His mother gives him one pound for the vending machine and he does not otherwise handle money.",
            {SUP},
        ),
        ("He bathes twice a week.", {QD}),
        ("He takes sertraline 50mg for anxiety, which his mother gives him with breakfast.", {SUP}),
    ]
    return turns, report


def _case_17():
    # WCA, video, breast cancer on chemotherapy.
    turns = [
        (
            "A",
            "Hello, Mrs Sandra Okoye? Lovely, I can see you now. I'm Ian, one of the nurses. This is your work capability assessment by video. If we lose the connection I'll call you back on your mobile.",
        ),
        ("C", "Hello. Sorry, I'm wearing my headscarf, I've lost all my hair."),
        ("A", "That's absolutely fine. Tell me where you are with your treatment."),
        (
            "C",
            "I was diagnosed with breast cancer in May. I had surgery in June, and I'm on chemotherapy now, every three weeks. I've had four cycles out of six.",
        ),
        ("A", "How do you feel after each cycle?"),
        (
            "C",
            "The first week is awful. I'm sick, I can barely get out of bed. I'm on ondansetron, eight milligrams, twice a day for three days after. The second week is a bit better and the third week I'm nearly human.",
        ),
        ("A", "Have you had any infections?"),
        ("C", "I was admitted once with neutropenic sepsis, in August. Five days in hospital."),
        ("A", "What about your arm after the surgery?"),
        (
            "C",
            "My left arm swells, lymphoedema. I can't lift anything heavy with it, and I can't reach up to the top cupboards.",
        ),
        ("A", "How's your walking?"),
        (
            "C",
            "I can get to the end of the street, maybe, on a good week. On a chemo week I can just about get to the loo.",
        ),
        ("A", "How's your memory and concentration?"),
        (
            "C",
            "Chemo brain. I forget what I was saying halfway through. Sorry, what was the question?",
        ),
        ("A", "Concentration and memory."),
        ("C", "Yes, that's what I mean. Terrible."),
        ("A", "Thank you Sandra, that's all I need."),
    ]
    report = [
        ("She was diagnosed with breast cancer in May and underwent surgery in June.", {SUP}),
        (
            "She receives chemotherapy every three weeks and has completed four of six cycles.",
            {SUP},
        ),
        ("She reports feeling unwell for the first two days after each cycle.", {NC}),
        ("She takes ondansetron 8mg three times a day after chemotherapy.", {NC}),
        (
            "She was admitted with neutropenic sepsis in August and spent ten days in hospital.",
            {NC},
        ),
        ("She is able to lift and reach overhead with her left arm.", {NS}),
        ("She states she can walk to the end of her street.", {QD}),
        ("Appearance: no head covering, hair neatly styled.", {IMP}),
        ("She followed all questions without needing them repeated.", {IMP}),
    ]
    return turns, report


def _case_18():
    # PIP, telephone, Crohn's disease; toilet break.
    turns = [
        (
            "A",
            "Hiya, it's Sophie here from the PIP assessment service, am I speaking to Aaron Mitchell? Great. So we're doing this over the phone today, and it should take about forty-five minutes.",
        ),
        (
            "C",
            "Yeah, that's me. I should warn you I might have to go to the toilet in the middle. It's the Crohn's.",
        ),
        ("A", "That's no problem at all. Tell me about it."),
        (
            "C",
            "I was diagnosed at nineteen. I've had two operations, a bowel resection in twenty eighteen and another one in twenty twenty-two. I'm on adalimumab injections every fortnight, and azathioprine.",
        ),
        ("A", "How often do you need the toilet on an average day?"),
        (
            "C",
            "Eight to ten times on a normal day. In a flare, fifteen or more, and there's blood.",
        ),
        ("A", "Do you ever not make it in time?"),
        (
            "C",
            "Yeah. Maybe once a fortnight. I carry a change of clothes everywhere. I wear pads when I go out.",
        ),
        ("A", "How does it affect going out?"),
        (
            "C",
            "I have to plan every trip around toilets. I've got the RADAR key. If I don't know where the toilet is, I won't go. Sorry, I need to go now, can you hang on?",
        ),
        ("A", "Of course, I'll wait."),
        ("C", "Sorry. I'm back."),
        ("A", "No problem. What about eating and cooking?"),
        (
            "C",
            "I'm on a low-residue diet. I cook simple stuff, but honestly on a flare day I don't eat, I'm too scared to.",
        ),
        ("A", "How's your energy?"),
        ("C", "Exhausted. I'm anaemic as well, I have iron infusions every three months."),
        ("A", "How many flare days in a month would you say?"),
        ("C", "About half the month. Maybe twelve, fifteen days."),
        ("A", "Thanks, Aaron. That's all for today."),
    ]
    report = [
        ("He has had one bowel resection, in 2018.", {NC}),
        ("He needs the toilet four to five times on an average day.", {NC}),
        (
            "He reports episodes of incontinence about once a fortnight and carries a change of clothes.",
            {SUP},
        ),
        ("He reported no difficulties going out.", {NS}),
        ("The consultation proceeded without interruption.", {IMP}),
        ("He cooks simple meals.", {QD}),
        ("He estimates that he has flare days on twelve to fifteen days a month.", {SUP}),
    ]
    return turns, report


def _case_19():
    # WCA, face to face at centre, hearing loss and tinnitus.
    turns = [
        ("A", "Hello, Mrs Carol Dunn? Come in. I'm Martin, I'm one of the doctors. Take a seat."),
        ("C", "Sorry, can you say that again? I need to see your face, I lip read."),
        ("A", "Of course. I'm Martin, I'm a doctor. I'll make sure I face you."),
        ("C", "Thank you."),
        ("A", "Tell me about your hearing."),
        (
            "C",
            "I lost the hearing in my left ear completely after meningitis when I was thirty. The right ear's gone down over the years. I've got a hearing aid in the right, and I'm waiting to be assessed for a cochlear implant.",
        ),
        ("A", "How do you manage conversations?"),
        (
            "C",
            "One to one, in a quiet room like this, if I can see your lips, I get most of it. In a group I'm lost. I can't use the phone at all, I use text relay.",
        ),
        ("A", "Do you have tinnitus?"),
        (
            "C",
            "Constantly. A high whistle. It's worse at night, I don't get off to sleep until two or three in the morning.",
        ),
        ("A", "How does it affect you going out?"),
        (
            "C",
            "I get anxious. I can't hear traffic coming from the left, I nearly got hit by a cyclist last year. I don't go into town on my own any more.",
        ),
        ("A", "Could you hear an alarm, like a fire alarm?"),
        (
            "C",
            "Not with my aid out. At night I've got a vibrating pad under the pillow linked to the smoke alarm.",
        ),
        ("A", "What work did you do?"),
        (
            "C",
            "I was a receptionist at a dental surgery for twelve years. I had to leave in twenty twenty-three when I couldn't manage the phones.",
        ),
        ("A", "Okay. I'm going to whisper some numbers behind you, can you repeat them back?"),
        ("C", "Sorry... I didn't hear anything."),
        ("A", "That's fine. Thank you, that's all."),
    ]
    report = [
        ("She lost the hearing in her left ear following meningitis at the age of 40.", {NC}),
        (
            "She wears a hearing aid in the right ear and is awaiting assessment for a cochlear implant.",
            {SUP},
        ),
        ("She is able to follow conversation.", {QD}),
        ("She uses the telephone for short calls.", {NS}),
        ("She reports usually falling asleep at around midnight.", {NC}),
        (
            "She no longer goes into town on her own because she becomes anxious about traffic.",
            {SUP},
        ),
        ("She worked as a dental receptionist for twenty years, leaving in 2023.", {NC}),
        ("Whispered voice test: she correctly repeated the numbers.", {IMP}),
        (
            "At night she relies on a vibrating pad under her pillow linked to the smoke alarm.",
            {SUP},
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
FIRST_SEED = 28000


def make_case_28(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    index = seed - FIRST_SEED
    if not 0 <= index < len(_CASES):
        raise ValueError(
            f"seed {seed} is out of range: set 28 covers seeds {FIRST_SEED} to {FIRST_SEED + len(_CASES) - 1}"
        )
    rng = random.Random(seed)
    assessor, claimant, companion = rng.sample(VOICES, 3)
    voice_of = {"A": assessor, "C": claimant, "P": companion}
    turns, report = _CASES[index]()
    dialogue = [(0 if role == "A" else 1, voice_of[role], text) for role, text in turns]
    return dialogue, [(statement, set(labels)) for statement, labels in report]
