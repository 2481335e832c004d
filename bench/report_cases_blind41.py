"""Blind held-out evaluation set 43: twenty assessment recordings and the reports written afterwards.

Written by hand, blind to the tool under test (nothing in src/, tests/ or the other bench files was read),
from the public description of PA4 (PIP) and ESA85 (WCA) reports only. Each case is a complete spoken
consultation (the audio is exactly the dialogue) between an assessor ("A"), a claimant ("C") and sometimes a
companion ("P": partner, wife, husband, parent, adult daughter, friend, paid carer, support worker, advocate),
written as people speak (numbers as words, hesitations, self-corrections, companions answering for the
claimant), followed by the report split into statements, each labelled with the kinds of departure that
apply: number_changed, qualifier_dropped, never_said, impossible, or supported.

Channels: telephone, video (including one with the claimant's camera switched off), face to face at an
assessment centre and home visits. Conditions: fibromyalgia with depression, COPD, relapsing remitting MS,
PTSD, autism with learning disability, rheumatoid arthritis, Crohn's disease, retinitis pigmentosa, stroke
with aphasia, bipolar disorder, lumbar disc prolapse with sciatica, epilepsy, Parkinson's disease, ME/CFS,
severe hearing loss with tinnitus, schizophrenia, heart failure, moderate learning disability with anxiety,
panic disorder with agoraphobia and OCD, and diabetes with a below-knee amputation and neuropathy.
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
    # PIP, telephone, fibromyalgia and depression, claimant alone, brisk assessor
    turns = [
        (
            "A",
            "Good morning. This is your telephone assessment for Personal Independence Payment. It's ten past nine. Can you confirm your full name and date of birth, please?",
        ),
        ("C", "Yes, it's Karen Whitlow, fourteenth of March, nineteen seventy eight."),
        ("A", "Is anyone with you today?"),
        (
            "C",
            "No, it's just me. My sister was meant to be here but she couldn't get the day off work.",
        ),
        ("A", "Okay. Tell me about your conditions."),
        (
            "C",
            "I've got fibromyalgia, that was diagnosed about six years ago, and depression. The pain is everywhere really. My shoulders, my hips, my hands.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "Pregabalin, seventy five milligrams twice a day, and sertraline, a hundred milligrams in the morning. And paracetamol when it's bad.",
        ),
        ("A", "How do you manage preparing a meal?"),
        (
            "C",
            "Um, I do microwave meals mostly. I can't stand at the cooker for long, maybe five minutes, and then I have to sit on the stool. And I can't lift a full pan, my wrists just give way.",
        ),
        ("A", "Washing and bathing?"),
        (
            "C",
            "I've got a shower over the bath, but I can't get in it on my own on bad days. On a good day I can manage, but it takes me about forty minutes and I have to sit on the edge of the bath after. The bad days are, I'd say, four or five days a week.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I wear things without buttons. My sister does my bra up if she's here, otherwise I just wear a sports top I can pull over my head.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "To the end of my road and back, that's about fifty metres each way? No, actually, less than that. It's maybe thirty metres to the post box, and I have to stop and lean on the wall.",
        ),
        ("A", "How long does that take you?"),
        ("C", "Oh, a good five minutes to the post box. I go really slowly."),
        ("A", "Do you go out on your own?"),
        ("C", "Only to the corner shop. Anywhere else, my sister drives me."),
        ("A", "How is your mood?"),
        (
            "C",
            "Low. I don't see many people. I stopped going to my knitting group about a year ago because I just couldn't face it.",
        ),
        ("A", "Do you have any thoughts of harming yourself?"),
        ("C", "No. Not now. I did, a couple of years ago."),
        (
            "A",
            "Right, I think that's everything. It's now twenty five past nine, so I'll end the call there.",
        ),
    ]
    report = [
        ("Consultation type: telephone. Start time 09:10. The claimant attended alone.", {SUP}),
        ("Conditions: fibromyalgia, diagnosed approximately 6 years ago; depression.", {SUP}),
        (
            "Medication: pregabalin 75 mg twice daily, sertraline 100 mg in the morning, paracetamol when required.",
            {SUP},
        ),
        (
            "Activity 1 - Preparing food: She mainly uses microwave meals and states she can stand at the cooker for around 15 minutes before sitting on a stool.",
            {NC},
        ),
        (
            "Activity 4 - Washing and bathing: She reports she is able to shower independently using a shower over the bath.",
            {QD},
        ),
        (
            "Activity 6 - Dressing and undressing: She chooses clothing without fastenings and is able to dress herself.",
            {QD},
        ),
        (
            "Mobility 2 - Moving around: She states she can walk approximately 50 metres to the post box, stopping to lean on a wall.",
            {NC},
        ),
        ("She reports this takes her around 5 minutes as she walks slowly.", {SUP}),
        (
            "Social history: She goes to the corner shop alone and attends a weekly knitting group.",
            {NS},
        ),
        (
            "Informal observations: She appeared well kempt and maintained good eye contact throughout.",
            {IMP},
        ),
        ("Mental state: She denies any current or previous thoughts of self-harm.", {NS}),
        ("End time 09:25.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA, face to face at assessment centre, COPD, wife present and answering some questions
    turns = [
        (
            "A",
            "Hello, come through. I'm the healthcare professional doing your work capability assessment today. It's quarter to eleven. Please take a seat. And you are?",
        ),
        (
            "P",
            "I'm his wife, Maureen. I've come to help him with the answers, his memory's not great when he's breathless.",
        ),
        ("A", "That's fine. Mister Doyle, can you tell me about your breathing?"),
        ("C", "It's C O P D. I was a welder for thirty years. I get puffed out doing anything."),
        ("A", "Do you use inhalers?"),
        (
            "C",
            "The blue one, about six or seven times a day, and the purple one morning and night. And I'm on oxygen at night now.",
        ),
        ("A", "How did you get here today?"),
        (
            "P",
            "I drove him. We parked in the disabled bay right outside, and he still had to stop twice on the way in.",
        ),
        ("A", "How far can you walk before you need to stop?"),
        (
            "C",
            "Um, on the flat, maybe forty, fifty metres. Then I've got to stop and get my breath back for a couple of minutes.",
        ),
        ("A", "Could you do that again after resting?"),
        ("C", "Once more, maybe. But then I'm done for the day."),
        ("A", "And stairs?"),
        (
            "C",
            "We've got fourteen stairs at home. I go up them on my bum sometimes, or I stop halfway.",
        ),
        ("A", "What about standing, say in a queue?"),
        ("C", "Ten minutes, then I need to lean on something or sit down."),
        ("P", "He doesn't go to the shops any more. I do all of that."),
        ("A", "Sitting?"),
        ("C", "Sitting's fine. It's the moving that does me in."),
        ("A", "Do you have any problems with your memory or concentration?"),
        (
            "P",
            "He forgets his tablets. I put them in a dosette box and I remind him every morning.",
        ),
        ("A", "How do you spend a typical day?"),
        (
            "C",
            "Watch the telly. Sit in the garden if it's nice. I used to do the allotment but I gave it up last spring.",
        ),
        ("A", "Okay. I'd like to listen to your chest now, if that's alright."),
        ("C", "Go on."),
        (
            "A",
            "Thank you. Breathe in and out through your mouth for me. Okay, that's lovely. That's everything, thank you both.",
        ),
    ]
    report = [
        (
            "Face to face assessment at the assessment centre. He was accompanied by his wife, who assisted with some answers.",
            {SUP},
        ),
        ("He has COPD and previously worked as a welder.", {SUP}),
        (
            "He uses his reliever inhaler 2-3 times a day and a preventer inhaler morning and night.",
            {NC},
        ),
        ("He uses home oxygen overnight.", {SUP}),
        (
            "Mobilising: He states he can walk 40-50 metres on the flat and is able to repeat this after a rest.",
            {QD},
        ),
        ("He drove himself to the assessment centre today.", {NS}),
        (
            "Informal observations: He walked from the car park to the assessment room without stopping.",
            {IMP},
        ),
        ("He manages the 14 stairs in his home.", {QD}),
        (
            "Standing and sitting: He states he can stand for around 30 minutes before needing to sit.",
            {NC},
        ),
        ("He reports no problems with sitting.", {SUP}),
        (
            "His wife reminds him each morning to take his medication, which is kept in a dosette box.",
            {SUP},
        ),
        ("Typical day: He watches television and continues to work on his allotment.", {NS}),
        ("Clinical findings: Oxygen saturation 97% on room air.", {IMP}),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, relapsing remitting MS (fluctuating), husband present as carer, careless assessor
    turns = [
        (
            "A",
            "Hi, thanks for letting me in. It's twenty past one. I'm here for your PIP assessment. Is it okay if your husband stays?",
        ),
        ("C", "Yes please, he's my carer really."),
        ("A", "Tell me about your MS."),
        (
            "C",
            "It's relapsing remitting. I was diagnosed eight years ago. I've had three relapses in the last year, and the last one left my left leg really weak.",
        ),
        ("A", "And how does it affect you day to day?"),
        (
            "C",
            "It's different every day. Some days I can walk round the house with my stick, other days I'm in the wheelchair all day. Probably more bad days than good. I'd say five days out of seven are bad.",
        ),
        ("P", "The fatigue is the worst thing. She'll sleep two or three hours in the afternoon."),
        ("A", "Can you cook a meal?"),
        (
            "C",
            "On a good day I can make a sandwich. I don't use the hob any more because I dropped a pan of boiling water last year.",
        ),
        ("P", "I do all the proper cooking."),
        ("A", "What about managing your medication?"),
        (
            "C",
            "I have an injection, three times a week. Ravi does it for me because my hands shake too much.",
        ),
        ("A", "And toileting?"),
        ("C", "I have urgency. Sometimes I don't make it. I wear pads every day."),
        ("A", "Do you go out?"),
        (
            "C",
            "Only with Ravi. I get really disorientated in busy places and the fatigue hits me. I haven't been out on my own in over a year.",
        ),
        ("A", "How far can you walk with the stick?"),
        (
            "C",
            "On a good day, from here to the front gate, which is, what, fifteen metres? On a bad day I can't even stand up without him.",
        ),
        ("A", "Do you have any hobbies?"),
        ("C", "I used to paint. I can't hold the brush steady now."),
        ("A", "Okay. Could you stand up and walk to the kitchen door for me?"),
        (
            "C",
            "I'll try. Ravi, can you, yeah, hold my arm. Sorry. Sorry, I need to sit down again.",
        ),
        (
            "A",
            "That's fine, take your time. Well, I think I've got what I need. It's just coming up to twenty to two.",
        ),
    ]
    report = [
        ("Home visit. Present: the claimant and her husband, who is her main carer.", {SUP}),
        (
            "She was diagnosed with relapsing remitting multiple sclerosis 8 years ago and has had one relapse in the last year.",
            {NC},
        ),
        (
            "Variability: Her condition fluctuates and she reports bad days on around 3 days per week.",
            {NC},
        ),
        (
            "Her husband reports she sleeps for two to three hours in the afternoon due to fatigue.",
            {SUP},
        ),
        (
            "Activity 1 - Preparing food: She can prepare a sandwich and no longer uses the hob following an incident with boiling water.",
            {QD},
        ),
        (
            "Activity 3 - Managing therapy: She self-administers an injection three times a week.",
            {NS},
        ),
        (
            "Activity 5 - Managing toilet needs: She reports urgency and uses continence pads daily.",
            {SUP},
        ),
        (
            "Mobility 1 - Planning and following journeys: She goes out with her husband and has not been out alone for over a year.",
            {SUP},
        ),
        (
            "Mobility 2 - Moving around: She is able to walk approximately 15 metres using a stick.",
            {QD},
        ),
        ("She continues to enjoy painting as a hobby.", {NS}),
        (
            "Informal observations: She rose from the chair unaided and walked to the kitchen door with a steady gait.",
            {IMP},
        ),
        ("The visit ended at 14:40, a total duration of 80 minutes.", {IMP}),
    ]
    return turns, report


def _case_03():
    # WCA, telephone, PTSD (veteran), claimant alone, hesitant speech
    turns = [
        ("A", "Hello, am I speaking to Mister Daniel Hughes?"),
        ("C", "Um, yeah. Yes."),
        (
            "A",
            "This is your work capability assessment by telephone. It's two o'clock. Is anyone with you?",
        ),
        ("C", "No. Just me. The dog's here."),
        ("A", "Can you tell me about your health?"),
        (
            "C",
            "I've got PTSD. From the army. I was in Afghanistan, um, two tours. I get flashbacks. Nightmares.",
        ),
        ("A", "How often do you get the nightmares?"),
        ("C", "Most nights. Maybe, um, five nights a week. I wake up soaked."),
        ("A", "Are you having any treatment?"),
        (
            "C",
            "I see a psychologist at the veterans' service, every two weeks. And I'm on mirtazapine, forty five milligrams at night.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Not really. I walk the dog at six in the morning when nobody's about. If I see people coming I turn round and come back.",
        ),
        ("A", "Do you use public transport?"),
        (
            "C",
            "No. I tried the bus last year and I had a panic attack and got off after one stop. I haven't been on one since.",
        ),
        ("A", "How do you get on with other people? Could you meet someone new?"),
        (
            "C",
            "Um. No. I, I don't answer the door. My mum does my shopping. If someone knocks I just sit in the back room till they go.",
        ),
        ("A", "What about your temper?"),
        (
            "C",
            "I've, um, I've put my fist through a door. A couple of months back. I don't, I don't hit people. But I shout.",
        ),
        ("A", "How is your concentration? Could you follow a TV programme?"),
        ("C", "I lose track. I watch the same things over and over because I know them."),
        ("A", "Do you have any thoughts of ending your life?"),
        (
            "C",
            "Sometimes. I've got a plan for what to do when I get them, the psychologist gave me that. I ring my mum.",
        ),
        (
            "A",
            "Alright. That's all my questions. Thank you, Mister Hughes. It's twenty past two, I'll end the call now.",
        ),
    ]
    report = [
        ("Telephone assessment. The claimant was alone.", {SUP}),
        ("He served in the army, including one tour of Afghanistan.", {NC}),
        ("He reports nightmares on 2-3 nights per week.", {NC}),
        (
            "He sees a psychologist at a veterans' service fortnightly and takes mirtazapine 45 mg at night.",
            {SUP},
        ),
        ("Getting about: He walks his dog every day.", {QD}),
        ("He uses the bus when he needs to travel further afield.", {NS}),
        ("Coping with social engagement: He states he does his own shopping.", {NS}),
        (
            "Appropriateness of behaviour: He reports shouting at times and put his fist through a door a couple of months ago, but does not hit people.",
            {SUP},
        ),
        (
            "Concentration: He watches the same programmes repeatedly as he loses track of new ones.",
            {SUP},
        ),
        ("Mental state examination: Casually dressed and well kempt. Eye contact was good.", {IMP}),
        (
            "Risk: He reports occasional suicidal thoughts and has a safety plan, which involves contacting his mother.",
            {SUP},
        ),
        ("Duration of assessment: 45 minutes.", {IMP}),
    ]
    return turns, report


def _case_04():
    # PIP, video, autism and mild learning disability, mother answers most questions
    turns = [
        ("A", "Hello, can you both see and hear me okay?"),
        ("P", "Yes, we can see you. I'm Josh's mum, Linda. He's sat next to me."),
        (
            "A",
            "Lovely. It's eleven o'clock, so we're starting the video assessment now. Josh, can you tell me a bit about yourself?",
        ),
        ("C", "Um. I'm nineteen. I like trains."),
        ("P", "He has autism and a mild learning disability. He was diagnosed when he was four."),
        ("A", "Josh, do you cook anything for yourself?"),
        ("C", "Toast."),
        (
            "P",
            "He can do toast if I'm in the kitchen. He left the grill on twice last month and the smoke alarm went off, so I don't let him use the cooker without me there.",
        ),
        ("A", "What about washing, Josh?"),
        ("C", "I have a bath."),
        (
            "P",
            "I have to tell him to get in the bath, every day, otherwise he'd just not. And I check he's washed his hair.",
        ),
        ("A", "Does he manage money?"),
        (
            "P",
            "No. He doesn't understand change. If something costs two pounds and he gives a five pound note, he doesn't know what he should get back.",
        ),
        ("A", "Josh, do you go out on your own?"),
        ("C", "I go to college."),
        (
            "P",
            "He gets the college minibus, it picks him up at the door. He's never been on a normal bus on his own. He got lost once in town when he was sixteen and the police brought him home.",
        ),
        ("A", "How does he cope with new people?"),
        (
            "P",
            "He'll shut down. He won't speak at all. It took him about three months to talk to his tutor.",
        ),
        ("A", "Josh, how are you feeling today?"),
        ("C", "I don't like this. Can I go now?"),
        ("P", "He's getting upset, he's rocking. Can we be quick?"),
        ("A", "Of course. Just one more. Does he take any medication?"),
        ("P", "Melatonin, two milligrams at night, for his sleep."),
        ("A", "Okay, thank you, I think that's all I need. Thank you, Josh."),
        ("C", "Bye."),
    ]
    report = [
        ("Video consultation. Present: the claimant and his mother.", {SUP}),
        (
            "He is 19 years old and has a diagnosis of autism and mild learning disability, made at age 4.",
            {SUP},
        ),
        ("Activity 1 - Preparing food: He states he makes toast.", {QD}),
        ("His mother reports he left the grill on once last month.", {NC}),
        ("Activity 4 - Washing and bathing: He bathes daily.", {QD}),
        (
            "Activity 9 - Engaging with other people: His mother states it took him around 3 weeks to speak to his college tutor.",
            {NC},
        ),
        (
            "Activity 10 - Making budgeting decisions: He is able to make simple purchases and work out his change.",
            {NS},
        ),
        (
            "Mobility 1 - Planning and following journeys: He travels to college independently by bus.",
            {NS},
        ),
        ("He became lost in town at the age of 16.", {SUP}),
        ("Medication: melatonin 2 mg at night.", {SUP}),
        (
            "Informal observations: He remained settled and engaged throughout the consultation.",
            {IMP},
        ),
        ("He answered all questions himself in full sentences.", {IMP}),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at assessment centre, rheumatoid arthritis, claimant alone, partial examination
    turns = [
        ("A", "Good morning, do come in. It's half past nine. Have you come on your own today?"),
        ("C", "Yes, I came in a taxi. I can't manage the steps on the bus."),
        ("A", "Tell me about your arthritis."),
        (
            "C",
            "It's rheumatoid, in my hands, wrists, knees and feet. I was diagnosed when I was thirty two, so, um, eleven years now.",
        ),
        ("A", "And your medication?"),
        (
            "C",
            "Methotrexate, once a week, I think it's fifteen milligrams, and folic acid. And I have a biologic injection every two weeks at the hospital.",
        ),
        ("A", "How is your morning stiffness?"),
        (
            "C",
            "Terrible. It's about two hours before my hands work properly. I can't grip anything before then.",
        ),
        ("A", "Can you chop vegetables?"),
        (
            "C",
            "No, I buy them ready chopped. I can't hold the knife firmly. I've cut myself a few times.",
        ),
        ("A", "Eating?"),
        ("C", "I've got those chunky cutlery handles from the O T. I can use a fork with that."),
        ("A", "Dressing?"),
        (
            "C",
            "My daughter comes round in the morning, three days a week, to help with my socks and shoes. The other days I just wear slip-ons and no socks.",
        ),
        ("A", "Reading and talking to people, all okay?"),
        ("C", "Yes, that's all fine."),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my crutch, about a hundred metres. But it's really painful, I'd have to stop once or twice on the way.",
        ),
        ("A", "Okay. Could you make a fist for me, with both hands?"),
        ("C", "That's as far as they'll go. I can't close them properly."),
        ("A", "And can you raise your arms above your head?"),
        ("C", "Only to about here. My shoulders are bad as well."),
        ("A", "Thank you. That's all for today."),
    ]
    report = [
        (
            "Face to face consultation at the assessment centre. She attended alone and arrived by taxi.",
            {SUP},
        ),
        ("She was diagnosed with rheumatoid arthritis 11 years ago.", {SUP}),
        (
            "Medication: methotrexate 25 mg weekly, folic acid, and a biologic injection every 4 weeks.",
            {NC},
        ),
        ("She reports morning stiffness lasting around 30 minutes.", {NC}),
        (
            "Activity 1 - Preparing food: She buys ready-chopped vegetables as she cannot grip a knife firmly.",
            {SUP},
        ),
        ("Activity 2 - Taking nutrition: She is able to use standard cutlery independently.", {QD}),
        (
            "Activity 6 - Dressing and undressing: She is able to dress herself and wears slip-on shoes.",
            {QD},
        ),
        ("Activity 7 and 8: She reports no difficulty with communicating or reading.", {SUP}),
        (
            "Mobility 2 - Moving around: She can walk about 100 metres with a crutch, stopping once or twice due to pain.",
            {SUP},
        ),
        ("She stated that she walks to her local shops daily.", {NS}),
        (
            "Musculoskeletal examination: Full fist formation bilaterally. Full range of movement at both shoulders.",
            {IMP},
        ),
        ("Knees: no effusion, full flexion and extension bilaterally.", {IMP}),
    ]
    return turns, report


def _case_06():
    # WCA, video, Crohn's disease with urgency, claimant alone
    turns = [
        ("A", "Hi there, can you see and hear me alright?"),
        ("C", "Yes. You froze for a second but it's okay now."),
        (
            "A",
            "Great. It's ten past three. This is your work capability assessment by video. Are you on your own?",
        ),
        ("C", "Yes, my partner's at work."),
        ("A", "Tell me about your Crohn's."),
        (
            "C",
            "I was diagnosed at twenty two. I've had two operations, a bowel resection in twenty nineteen and then another one last year. I'm on an injection every eight weeks.",
        ),
        ("A", "How often do you need the toilet?"),
        (
            "C",
            "On a bad day, maybe twelve to fifteen times. On a better day, six or seven. And I get urgency. I've got maybe a minute or two of warning.",
        ),
        ("A", "Have you had any accidents?"),
        (
            "C",
            "Yes. About twice a month I don't make it. Once in the supermarket, which is why I don't really go any more. Sorry, it's embarrassing.",
        ),
        ("A", "That's alright. Do you wear any protection?"),
        ("C", "Pads, yeah, every time I go out."),
        ("A", "Is your sleep affected?"),
        ("C", "I'm up three or four times a night with it."),
        ("A", "How about walking?"),
        (
            "C",
            "Walking's okay, I can walk, it's just I need to know where the toilets are. I walk to the school to pick up my son, it's about ten minutes, but I know there's a toilet at the school.",
        ),
        ("A", "And fatigue?"),
        (
            "C",
            "Yeah. I'm exhausted most afternoons. I have to lie down for an hour after the school run.",
        ),
        ("A", "Could you sit at a desk?"),
        (
            "C",
            "For a bit. Maybe half an hour, and then my stomach cramps and I need to move about.",
        ),
        ("A", "I can see you're on the sofa now. Are you comfortable?"),
        ("C", "I'm okay. I've got a hot water bottle on my tummy, actually."),
        ("A", "Okay, I think that's everything. Thank you very much."),
    ]
    report = [
        ("Video assessment. The claimant was alone.", {SUP}),
        (
            "She was diagnosed with Crohn's disease at age 22 and has had two operations, including a bowel resection in 2019.",
            {SUP},
        ),
        ("She receives an injection every 8 weeks.", {SUP}),
        ("Continence: She reports bowel frequency of 6-7 times per day.", {QD}),
        ("She has urgency with approximately 10 minutes' warning.", {NC}),
        ("She reports episodes of incontinence approximately twice a year.", {NC}),
        ("She does her weekly shop at the supermarket.", {NS}),
        ("Mobilising: She walks for 10 minutes to her son's school.", {QD}),
        ("She reports that she sleeps well.", {NS}),
        ("Sitting: She states she is able to sit at a desk for over an hour.", {NC}),
        ("Examination: Abdomen soft and non-tender on palpation.", {IMP}),
        ("She lies down for an hour after the school run due to fatigue.", {SUP}),
    ]
    return turns, report


def _case_07():
    # PIP, telephone, retinitis pigmentosa, adult daughter on speaker
    turns = [
        (
            "A",
            "Good morning, this is your PIP assessment call. It's quarter past ten. Is that Mister Graham Pike?",
        ),
        ("C", "Yes, that's me. My daughter Emma's here as well, you're on speaker."),
        ("P", "Hello."),
        ("A", "Hello. Mister Pike, tell me about your eyesight."),
        (
            "C",
            "I've got retinitis pigmentosa. I've got tunnel vision, it's like looking through a straw. I've been registered severely sight impaired since twenty sixteen.",
        ),
        ("A", "Can you read?"),
        (
            "C",
            "Not print. I use the magnifier app on my phone for big letters, and Emma reads my post to me.",
        ),
        ("P", "I come round every Sunday and go through all his letters with him."),
        ("A", "What about cooking?"),
        (
            "C",
            "I do a bit. I use the microwave, it's got tactile dots Emma stuck on. I don't use the hob. I burnt my arm on it two years ago.",
        ),
        ("A", "How do you get around outside?"),
        (
            "C",
            "I've got a long cane. I had mobility training. I can do the route to the corner shop on my own, it's a route I know, about two hundred yards. Anywhere new, I need someone with me.",
        ),
        (
            "P",
            "He got lost in the town centre last year. He was stood there for forty minutes before someone helped him.",
        ),
        ("A", "Do you use public transport?"),
        ("C", "Only if Emma's with me. I can't read the numbers on the buses."),
        ("A", "How do you manage your medication?"),
        ("C", "It's just eye drops, twice a day. I can feel for the bottle."),
        ("A", "Are you okay with money?"),
        (
            "C",
            "I can't see the notes properly, so I use my card mostly. The bank sends statements in large print but I still struggle.",
        ),
        ("A", "Any other conditions?"),
        (
            "C",
            "A bit of depression since I lost my job. I was a bus driver for twenty years. I had to give up my licence.",
        ),
        (
            "A",
            "Okay, I think I've got all I need. Thank you both. It's half past ten, so I'll end the call.",
        ),
    ]
    report = [
        (
            "Telephone consultation commenced at 10:15. The claimant's daughter was also present on speakerphone.",
            {SUP},
        ),
        (
            "He has retinitis pigmentosa and has been registered severely sight impaired since 2016.",
            {SUP},
        ),
        (
            "Activity 8 - Reading and understanding signs, symbols and words: He is able to read using a magnifier app on his phone.",
            {QD},
        ),
        ("His daughter visits fortnightly to help with his correspondence.", {NC}),
        (
            "Activity 1 - Preparing food: He uses a microwave with tactile markings and does not use the hob.",
            {SUP},
        ),
        (
            "Mobility 1 - Planning and following journeys: He uses a long cane and can follow both familiar and unfamiliar routes on his own.",
            {NS},
        ),
        ("The route to his local shop is approximately 500 metres.", {NC}),
        ("He travels by bus.", {QD}),
        (
            "Activity 3 - Managing therapy: He administers his eye drops twice daily independently.",
            {SUP},
        ),
        ("He previously worked as a bus driver for 20 years.", {SUP}),
        (
            "Informal observations: He was observed to move around the room using his cane without difficulty.",
            {IMP},
        ),
        ("The consultation ended at 11:05.", {IMP}),
    ]
    return turns, report


def _case_08():
    # WCA, home visit, stroke with right-sided weakness and expressive aphasia, paid carer present
    turns = [
        (
            "A",
            "Hello, I'm here for the work capability assessment. Thanks for having me in your home. It's quarter to twelve. And who's this?",
        ),
        ("P", "I'm Sue, I'm his carer from the agency. I come in four times a day."),
        ("A", "Right. Mister Okafor, can you tell me what happened?"),
        ("C", "Stroke. Um. Last, last March. The, the right side. Arm. Leg."),
        (
            "P",
            "He had the stroke in March last year. His right arm is still very weak, and his speech is affected. He knows what he wants to say but the words get stuck.",
        ),
        ("A", "Can you pick things up with your right hand?"),
        ("C", "No. No. Left. Only left."),
        ("P", "He can't hold a cup in his right hand. He can press a button with his left."),
        ("A", "How do you get about the house?"),
        ("C", "Stick. Slow. Slow."),
        (
            "P",
            "He uses a quad stick. He walks from the bed to the chair, that's about five metres, and it takes him a couple of minutes. He's fallen three times since Christmas.",
        ),
        ("A", "Does he go out?"),
        ("P", "Only in the wheelchair, with his son pushing him."),
        ("A", "Can he understand what people say to him?"),
        ("P", "Mostly, if you speak slowly. He struggles on the phone."),
        ("C", "Phone. No. Bad."),
        ("A", "Any problems with continence?"),
        (
            "P",
            "He's had accidents with his bladder, maybe once or twice a week, because he can't get to the toilet in time.",
        ),
        ("A", "Okay. Can you write your name for me?"),
        ("C", "Left. Hard. There."),
        ("P", "That took him a while. It's a bit of a scribble, but that's his name."),
        ("A", "Thank you. Can you raise your right arm?"),
        ("C", "No. This. Only this."),
        ("A", "Okay. That's all, thank you."),
    ]
    report = [
        ("Home visit. His carer was present.", {SUP}),
        ("He had a stroke in March last year affecting his right side.", {SUP}),
        ("His carer attends twice a day.", {NC}),
        ("Manual dexterity: He is able to pick up and hold a cup with his right hand.", {NS}),
        (
            "Mobilising: He mobilises indoors with a quad stick and can walk around 50 metres slowly.",
            {NC},
        ),
        ("He has had one fall since Christmas.", {NC}),
        ("He goes out in a wheelchair.", {QD}),
        ("Understanding communication: He is able to understand what is said to him.", {QD}),
        ("Continence: No continence problems were reported.", {NS}),
        (
            "Informal observations: His speech was fluent and he answered questions without difficulty.",
            {IMP},
        ),
        ("He wrote his name using his left hand.", {SUP}),
        ("He was able to raise both arms above his head.", {IMP}),
    ]
    return turns, report


def _case_09():
    # PIP, telephone, bipolar disorder, support worker present
    turns = [
        (
            "A",
            "Hello, is that Miss Ana Novak? This is your PIP assessment. It's just gone one o'clock.",
        ),
        ("C", "Yes. Hi. My support worker Dev is with me, is that alright?"),
        ("A", "That's fine. Hello, Dev."),
        ("P", "Hi. I'm from the mental health floating support service. I see Ana twice a week."),
        ("A", "Ana, tell me about your condition."),
        (
            "C",
            "Bipolar type one. I was diagnosed at nineteen, I'm thirty one now. I've had, um, four hospital admissions. The last one was eighteen months ago, I was in for six weeks.",
        ),
        ("A", "How are things at the moment?"),
        (
            "C",
            "Low, mostly. I'm in a low phase. Some days I don't get out of bed till the afternoon.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Lithium, eight hundred milligrams at night, and quetiapine. The lithium needs blood tests every three months. Dev reminds me about the appointments, I'd forget otherwise.",
        ),
        ("A", "Do you cook for yourself?"),
        (
            "C",
            "When I'm low I don't eat properly. I just have cereal, or nothing. I wouldn't cook, I wouldn't see the point.",
        ),
        (
            "P",
            "I've found her fridge empty a few times. We've set up a food delivery now, but she doesn't always put it away.",
        ),
        ("A", "What about washing?"),
        (
            "C",
            "Um, I don't, honestly. I shower maybe once a week when I'm like this. Dev has to nag me.",
        ),
        ("A", "And budgeting?"),
        (
            "C",
            "That's the big one. When I'm high I spend everything. Last time I got into about four thousand pounds of debt. Now my mum has a third party mandate on my account.",
        ),
        ("A", "How are you with other people?"),
        (
            "C",
            "I get really anxious. I can't do groups. One to one with Dev is fine because I know him.",
        ),
        ("A", "Do you go out on your own?"),
        ("C", "To the chemist, it's two minutes away. Anything else I need Dev or my mum."),
        (
            "P",
            "If she's going somewhere new I plan the route with her and go with her the first time, and often the second time as well.",
        ),
        ("A", "Okay, thank you both. I've got everything I need."),
    ]
    report = [
        ("Telephone assessment. Present: the claimant and her support worker.", {SUP}),
        (
            "She has bipolar affective disorder type 1, diagnosed at age 19, with two previous hospital admissions.",
            {NC},
        ),
        ("Her most recent admission was 18 months ago, for 6 weeks.", {SUP}),
        (
            "Activity 3 - Managing therapy: She attends for lithium blood monitoring every 3 months.",
            {QD},
        ),
        ("Activity 1 - Preparing food: She prepares simple meals such as cereal.", {QD}),
        ("Activity 4 - Washing and bathing: She reports showering daily.", {NC, QD}),
        (
            "Activity 10 - Making budgeting decisions: She manages her own finances and pays her bills.",
            {NS},
        ),
        (
            "Activity 9 - Engaging with other people: She reports anxiety in groups but is comfortable one to one with her support worker.",
            {SUP},
        ),
        ("Mobility 1: She goes to the chemist alone, which is 2 minutes away.", {SUP}),
        ("Her support worker accompanies her on new journeys on the first occasion only.", {NC}),
        ("Informal observations: She was appropriately dressed and appeared well kempt.", {IMP}),
    ]
    return turns, report


def _case_10():
    # WCA, face to face at assessment centre, lumbar disc prolapse with sciatica, rambling claimant, stands twice
    turns = [
        (
            "A",
            "Good afternoon, come in and have a seat. It's twenty past two. I'm going to ask you some questions about your back. Did anyone come with you?",
        ),
        (
            "C",
            "No, no, I came on my own. Well, my neighbour dropped me off, he's waiting in the car park. He's been good to me, he used to work with my brother at the depot. Anyway.",
        ),
        ("A", "Tell me about your back."),
        (
            "C",
            "So it started, oh, it'd be about five years ago now. I was lifting a pallet at work, I was a warehouse operative, and I felt something go. And it's just got worse. I had an MRI, they said it's two discs, a prolapse, pressing on the nerve, and the pain goes right down my left leg to my foot. Sorry, do you mind if I stand up for a minute?",
        ),
        ("A", "Go ahead."),
        ("C", "Thanks. That's better. I can't sit for long, that's the thing."),
        ("A", "How long can you sit for?"),
        (
            "C",
            "Twenty minutes, maybe? On a good chair. Then I have to get up and walk about. In the car it's worse.",
        ),
        ("A", "And standing?"),
        (
            "C",
            "Standing still's bad too. Ten minutes, maybe fifteen. I lean on the kitchen worktop when I'm doing the washing up, and I do it in two goes.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "I walk with the stick. I'd say I can do, oh, what, to the end of the street, that's about a hundred metres, and then the leg goes numb and I have to stand and wait. My wife says it's more like seventy, but I reckon a hundred.",
        ),
        ("A", "How about picking something up from the floor?"),
        (
            "C",
            "I can't bend. I've got one of those grabber things. If I drop my keys, I use the grabber.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Co-codamol, thirty five hundred, two, four times a day. And amitriptyline at night, ten milligrams. No, twenty. They put it up to twenty last month.",
        ),
        ("A", "Any injections or physio?"),
        (
            "C",
            "I had physio, six sessions. It didn't help. They're talking about an injection into the spine, I'm on the waiting list for that.",
        ),
        ("C", "Sorry, I've got to stand up again."),
        ("A", "No problem. I'd like to examine your back. Can you bend forward as far as you can?"),
        ("C", "That's it. That's as far as I go. Ow."),
        ("A", "Thank you, that's fine, you can sit down. That's everything."),
    ]
    report = [
        (
            "Face to face assessment. He attended alone; a neighbour drove him and waited in the car park.",
            {SUP},
        ),
        (
            "He was a warehouse operative and injured his back lifting at work around 5 years ago.",
            {SUP},
        ),
        (
            "He reports an MRI showed prolapse of two discs, with pain radiating down the left leg to the foot.",
            {SUP},
        ),
        ("Sitting: He reports he can sit for around 45 minutes.", {NC}),
        (
            "Informal observations: He sat comfortably throughout the assessment without needing to stand.",
            {IMP},
        ),
        ("Mobilising: He states he can walk around 100 metres with a stick.", {QD}),
        (
            "Picking up and moving: He is able to pick up a dropped item such as keys from the floor.",
            {QD},
        ),
        (
            "Medication: co-codamol 30/500 two tablets four times daily and amitriptyline 10 mg at night.",
            {NC},
        ),
        ("He has completed a course of 6 physiotherapy sessions.", {SUP}),
        ("He reports that physiotherapy improved his symptoms.", {NS}),
        ("Examination: Straight leg raise 80 degrees bilaterally.", {IMP}),
        ("He is on the waiting list for a spinal injection.", {SUP}),
    ]
    return turns, report


def _case_11():
    # PIP, video, epilepsy (tonic clonic and absences), partner present
    turns = [
        (
            "A",
            "Hello, can you hear me okay? It's half past ten, so we're starting the video call now. Who's with you today?",
        ),
        ("C", "My partner, Jamie. He's just here."),
        ("P", "Hiya."),
        ("A", "Tell me about your epilepsy."),
        (
            "C",
            "I have tonic clonic seizures, and absences. The tonic clonics, about two or three a month. The absences, I don't always know I'm having them. Jamie says it's several a day.",
        ),
        ("P", "Easily five or six a day. She just stares and doesn't respond."),
        ("A", "Do you get any warning?"),
        ("C", "No, no warning at all. That's the problem."),
        ("A", "How long do you take to recover after a big one?"),
        (
            "C",
            "I'm wiped out for the rest of the day, sometimes two days. I sleep, I've got a headache, I'm confused.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Not on the hob. I had a seizure while I was cooking, about a year ago, and burnt my hand. I use the microwave, and Jamie's usually there.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "I only shower when Jamie's home. I don't have baths any more. And the door stays unlocked.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Levetiracetam, a thousand milligrams twice a day, and lamotrigine. Jamie sets an alarm on my phone because I forget after a seizure.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "I go to the park near us with the dog, it's about five minutes. Anything further, Jamie comes, or my mum.",
        ),
        (
            "P",
            "She had a seizure at the bus stop in June and someone called an ambulance. She's been scared to go out since.",
        ),
        ("A", "Are you able to drive?"),
        ("C", "No, I had my licence taken off me."),
        ("A", "I can see you're sitting at the kitchen table. Is everything alright?"),
        ("C", "Yeah, sorry, I'm just a bit tired. I had an absence earlier this morning."),
        ("A", "No problem. Thank you both, that's everything. It's twenty to eleven now."),
    ]
    report = [
        ("Video consultation, commenced 10:30 and ended 10:40.", {SUP}),
        ("Present: the claimant and her partner.", {SUP}),
        ("She has tonic clonic seizures 2-3 times per month, and absence seizures.", {SUP}),
        ("Her partner reports absence seizures occurring once or twice a week.", {NC}),
        ("She reports that she usually gets a warning before a seizure.", {NS}),
        ("She recovers within around an hour following a tonic clonic seizure.", {NC}),
        ("Activity 1 - Preparing food: She uses a microwave to prepare meals.", {QD}),
        ("Activity 4 - Washing and bathing: She showers independently.", {QD}),
        ("Mobility 1: She walks her dog to a local park about 5 minutes away.", {SUP}),
        ("She regularly travels by bus on her own.", {NS}),
        ("Examination: inspection of the tongue showed no evidence of recent biting.", {IMP}),
        ("She no longer holds a driving licence.", {SUP}),
    ]
    return turns, report


def _case_12():
    # PIP, home visit, Parkinson's disease, wife present, kind assessor
    turns = [
        (
            "A",
            "Good morning, Mister Bell, Mrs Bell. Thank you for having me. It's ten o'clock, so I'll make a start. Shall I sit here?",
        ),
        ("P", "Yes, sit there, love. He's in his chair."),
        ("A", "Mister Bell, tell me about your Parkinson's."),
        (
            "C",
            "Diagnosed, um, four years ago. I was sixty two. No, fifty seven. I'm sixty one now. It's the tremor. And I freeze.",
        ),
        ("P", "He freezes in doorways. He just gets stuck, and he's gone over twice this month."),
        ("A", "How about your medication?"),
        ("C", "Co-careldopa. Five times a day."),
        (
            "P",
            "Five times, at set times. I have to give them to him. If they're late he seizes up. I set alarms.",
        ),
        ("A", "Can you dress yourself?"),
        (
            "C",
            "Buttons I can't do. My wife does my buttons and my shoelaces. I can get my trousers on sitting on the bed. Takes about twenty minutes.",
        ),
        ("A", "Eating?"),
        ("C", "I spill things. She cuts my meat up."),
        ("A", "And your speech? I notice you're quite quiet."),
        ("P", "His voice has gone softer. People on the phone can't hear him."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Round the house. Outside to the car. Maybe, um, what, thirty yards? With the frame.",
        ),
        ("P", "With the rollator. And I walk with him, because of the freezing."),
        ("A", "Do you go anywhere on your own?"),
        ("C", "No. No."),
        ("A", "Okay. Could you walk across the room for me? Only if you feel safe."),
        ("C", "Right. Come on, legs."),
        ("P", "He's stuck, look. That's what he does. Come on, love, step over my foot."),
        ("C", "There we go."),
        ("A", "Thank you, that's really helpful. That's all I need. It's twenty five past ten."),
    ]
    report = [
        ("Home visit commenced at 10:00. Present: the claimant and his wife.", {SUP}),
        ("He was diagnosed with Parkinson's disease at age 62.", {NC}),
        ("His wife reports he freezes in doorways and has fallen twice this month.", {SUP}),
        ("Activity 3 - Managing therapy: He takes co-careldopa three times a day.", {NC, QD}),
        (
            "Activity 6 - Dressing and undressing: He dresses himself sitting on the bed, taking around 20 minutes.",
            {QD},
        ),
        ("Activity 2 - Taking nutrition: He is able to eat independently.", {QD}),
        (
            "Activity 7 - Communicating verbally: His speech is clear and easily understood by others.",
            {NS},
        ),
        (
            "Mobility 2 - Moving around: He walks around 100 metres outdoors with a rollator, accompanied by his wife.",
            {NC},
        ),
        ("He occasionally walks to the local shop on his own.", {NS}),
        (
            "Informal observations: He walked across the room with a normal gait; no freezing was observed.",
            {IMP},
        ),
        ("Neurological examination: cogwheel rigidity noted in both upper limbs.", {IMP}),
        ("The consultation ended at 10:25.", {SUP}),
    ]
    return turns, report


def _case_13():
    # WCA, telephone, ME/CFS, claimant alone, lying down, rambles and loses track
    turns = [
        (
            "A",
            "Hello, it's the work capability assessment. It's quarter past eleven. Is that Mrs Jo Fairley?",
        ),
        (
            "C",
            "Yes, hello. Sorry, I've just had to lie down, I hope that's okay. I'm lying on the sofa with the phone.",
        ),
        ("A", "That's fine. Is anyone with you?"),
        ("C", "No, my husband's at work. He's at work till six."),
        ("A", "Tell me about your ME."),
        (
            "C",
            "Okay, so, it started after glandular fever, in twenty seventeen. No, twenty eighteen, because it was the year my daughter started school. And I was working as a teaching assistant and I just couldn't do it any more. I tried going down to two days a week, but even then I'd be in bed the whole weekend afterwards.",
        ),
        ("A", "What does a typical day look like?"),
        (
            "C",
            "Well, I get my daughter ready for school, my husband actually takes her, and then I'm back in bed by nine. I can do maybe one thing a day, like one load of washing, or a shower, not both. If I do too much I crash, and the crash can last a week.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day, to the end of the garden and back? I don't know, twenty metres? I went to my daughter's sports day in July in a wheelchair, my sister pushed me. And I was in bed for four days after.",
        ),
        ("A", "Can you sit at a table?"),
        (
            "C",
            "For maybe fifteen minutes, then I need to recline. It's not my back, it's just, my body gets so heavy, and I get dizzy.",
        ),
        ("A", "How's your concentration?"),
        (
            "C",
            "Awful. I read a page and then I can't remember it. I used to read all the time. I'm sorry, I've lost track of what you asked.",
        ),
        ("A", "Concentration."),
        (
            "C",
            "Oh, yes. Bad. And the noise, I can't cope with noise. I wear ear defenders in the supermarket, when I go, which is maybe once a month.",
        ),
        ("A", "Are you able to use a computer?"),
        ("C", "For about ten minutes. The screen gives me a headache."),
        ("A", "Okay, I think I have what I need. Thank you for your time."),
    ]
    report = [
        ("Telephone assessment. The claimant was alone.", {SUP}),
        ("Her symptoms began following glandular fever in 2017.", {NC}),
        ("She previously worked as a teaching assistant.", {SUP}),
        ("Typical day: She takes her daughter to school each morning.", {NS}),
        (
            "She states she is able to do one household task a day, such as a load of washing or a shower.",
            {SUP},
        ),
        ("Mobilising: She can walk around 20 metres to the end of her garden and back.", {QD}),
        ("She attended her daughter's sports day in July.", {QD}),
        ("Sitting: She is able to sit at a table for 30 minutes.", {NC}),
        ("Learning and concentration: She reports that reading remains a hobby.", {NS}),
        ("She goes to the supermarket weekly.", {NC, QD}),
        (
            "She is able to use a computer for around 10 minutes before developing a headache.",
            {SUP},
        ),
        (
            "She sat upright throughout the call and maintained concentration without losing track of the questions.",
            {IMP},
        ),
    ]
    return turns, report


def _case_14():
    # PIP, face to face at assessment centre, severe hearing loss and tinnitus, friend present
    turns = [
        (
            "A",
            "Hello, it's quarter past one, so we'll start now. I'm the assessor. Can you hear me alright?",
        ),
        ("C", "Sorry? Can you say that again, a bit slower? I need to see your face."),
        ("A", "Can you hear me alright?"),
        ("C", "Better now, thank you. This is my friend Claire, she's come to help me."),
        ("P", "Hi. I'll repeat things if he misses them."),
        ("A", "Tell me about your hearing."),
        (
            "C",
            "I've got severe hearing loss in both ears. Since I was about forty, and it's got worse. I've got hearing aids in both ears, but in a room like this with the air conditioning I lose a lot. And I've got tinnitus, constant, a high whistling.",
        ),
        ("A", "Do you lip read?"),
        ("C", "I do, yes. I rely on it. If people turn away or cover their mouth, I've lost them."),
        ("A", "How do you manage on the phone?"),
        ("C", "I don't. I can't use the phone at all. I use text, or my friend rings for me."),
        ("P", "I made his doctor's appointment for him last week, and I ring the council for him."),
        ("A", "How do you manage in a group?"),
        (
            "C",
            "I can't follow a group conversation. I just nod. I stopped going to the pub quiz because I couldn't hear the questions.",
        ),
        ("A", "Do you go out alone?"),
        (
            "C",
            "Yes, I can go out on my own, I drive. But I can't hear sirens or horns very well, so I'm extra careful.",
        ),
        ("A", "Any problems with reading?"),
        ("C", "No, reading is fine."),
        ("A", "And the tinnitus, does it affect your sleep?"),
        ("C", "Every night. I play white noise. I get about four hours."),
        ("A", "Do you get any help at home?"),
        (
            "C",
            "No, I live alone. I've got a flashing doorbell and a vibrating smoke alarm from social services.",
        ),
        ("A", "Thanks. I'd like to look in your ears."),
        ("C", "Sorry, you'd like to what?"),
        ("P", "Look in your ears, Andy."),
        ("C", "Oh, right. Yes, of course."),
        ("A", "Thank you. That's everything."),
    ]
    report = [
        (
            "Face to face consultation commenced at 13:15. The claimant attended with a friend.",
            {SUP},
        ),
        (
            "He reports severe bilateral hearing loss since around the age of 50 and wears bilateral hearing aids.",
            {NC},
        ),
        ("Tinnitus disturbs his sleep nightly; he reports sleeping around 6 hours.", {NC}),
        (
            "Activity 7 - Communicating verbally: He is able to hear and understand conversation with his hearing aids.",
            {QD},
        ),
        ("He uses the telephone with his hearing aids.", {NS}),
        (
            "Activity 9 - Engaging with other people: He enjoys socialising and attends a weekly pub quiz.",
            {NS},
        ),
        ("His friend makes telephone calls on his behalf.", {SUP}),
        ("Mobility 1: He goes out alone and drives.", {SUP}),
        ("Activity 8 - Reading: No difficulties reported.", {SUP}),
        ("He lives alone and has a flashing doorbell and a vibrating smoke alarm.", {SUP}),
        (
            "Informal observations: He heard and responded to all questions without the need for repetition.",
            {IMP},
        ),
        (
            "Pure tone audiometry performed at the consultation was consistent with a moderate hearing loss.",
            {IMP},
        ),
    ]
    return turns, report


def _case_15():
    # WCA, telephone, paranoid schizophrenia, advocate present and answering much of it
    turns = [
        (
            "A",
            "Good afternoon, this is the work capability assessment by telephone. It's three o'clock. Am I speaking to Mister Lee Carter?",
        ),
        ("C", "Yeah."),
        (
            "P",
            "Hello, I'm Rachel, I'm Lee's advocate from Mind. Lee asked me to be on the call to help him.",
        ),
        ("A", "Okay. Lee, can you tell me about your health?"),
        ("C", "I hear voices. They, um. They tell me stuff."),
        ("A", "How often do you hear them?"),
        ("C", "All the time. Every day. Worse at night."),
        (
            "P",
            "Lee was diagnosed with paranoid schizophrenia six years ago. He's under the community mental health team and has a depot injection every two weeks.",
        ),
        ("A", "Lee, do you go out?"),
        ("C", "Not much. People look at me. I go to the shop at night."),
        (
            "P",
            "He goes to the twenty four hour garage late at night, when it's empty. He won't go in the day.",
        ),
        ("A", "Could you go somewhere you didn't know, on your own?"),
        ("C", "No. No way."),
        ("A", "How about your personal care?"),
        (
            "P",
            "Honestly, it's a struggle. His care coordinator has noticed he's not washing and his flat is in a bad state. He wears the same clothes for weeks.",
        ),
        (
            "A",
            "Lee, how's your concentration? Could you do a simple task, like making a cup of tea?",
        ),
        ("C", "I can make tea. Sometimes I forget I've made it. Leave it."),
        ("A", "Have you ever been in hospital?"),
        ("P", "Three times under section. The last was two years ago, he was in for four months."),
        ("A", "Do you get angry with people?"),
        ("C", "Sometimes. If they're talking about me. I shouted at a man at the garage."),
        ("P", "He was banned from the garage for a week in the spring after that."),
        ("A", "Lee, do you think you could work?"),
        ("C", "Don't know. No."),
        ("A", "Alright. Thank you both, I've got enough information."),
    ]
    report = [
        ("Telephone assessment. Present: the claimant and his advocate.", {SUP}),
        (
            "He was diagnosed with paranoid schizophrenia 6 years ago and receives a depot injection every 4 weeks.",
            {NC},
        ),
        ("He is under the care of the community mental health team.", {SUP}),
        ("He reports hearing voices occasionally, mainly at night.", {NC}),
        ("Getting about: He goes to the local shop.", {QD}),
        ("He is able to travel to unfamiliar places on his own.", {NS}),
        ("He reports no difficulties with his personal hygiene.", {NS}),
        ("Initiating and completing personal action: He is able to make a cup of tea.", {QD}),
        ("He has had three admissions under section, most recently 2 years ago for 4 weeks.", {NC}),
        (
            "Appropriateness of behaviour: He shouted at a man at a garage and was banned from the garage for a week.",
            {SUP},
        ),
        (
            "Mental state examination: He was smiling and relaxed and maintained good eye contact.",
            {IMP},
        ),
    ]
    return turns, report


def _case_16():
    # PIP, telephone, heart failure, older woman alone, kind assessor
    turns = [
        (
            "A",
            "Good morning, my name's Helen, I'm the disability assessor. It's twenty to ten. Before we start, are you sitting comfortably, and have you got a glass of water?",
        ),
        ("C", "Yes thank you, dear. I'm in my armchair."),
        ("A", "Is anyone with you today?"),
        ("C", "No, I'm on my own. My son lives in Leeds."),
        ("A", "Can you tell me about your health?"),
        (
            "C",
            "I've got heart failure. I had a heart attack about three years ago, and since then my heart's been weak. They said it's pumping at about thirty percent. And I've got swollen ankles.",
        ),
        ("A", "What medication do you take?"),
        (
            "C",
            "Oh, there's a lot. Bisoprolol, ramipril, furosemide, that's the water tablet, I take two of those in the morning. And a statin. And aspirin.",
        ),
        ("A", "Does the water tablet affect you?"),
        (
            "C",
            "Oh yes, I'm up and down to the toilet all morning, so I don't go out before dinner time.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Not far. I get breathless. From the chair to the kitchen, that's about ten steps, and I'm puffed. Outside, I get to the bench by the bus stop, it's maybe, oh, forty or fifty yards, and I have to sit down for five minutes.",
        ),
        ("A", "Do you manage the stairs?"),
        ("C", "I sleep downstairs now. My son moved my bed down last year. I have a commode."),
        ("A", "How about washing?"),
        (
            "C",
            "I have a strip wash at the sink, sitting on a stool. I haven't had a bath in two years, I'm frightened I'd not get out.",
        ),
        ("A", "And cooking?"),
        (
            "C",
            "I have meals on wheels, five days a week. At the weekends my neighbour brings me something.",
        ),
        ("A", "Do you get breathless at night?"),
        ("C", "I sleep propped up on three pillows. Sometimes I wake up gasping."),
        (
            "A",
            "Thank you, that's very clear. You've done really well. I'll let you go now. It's five to ten.",
        ),
    ]
    report = [
        ("Telephone consultation, 09:40 to 09:55. The claimant was alone.", {SUP}),
        (
            "She had a myocardial infarction around 3 years ago and reports her heart function is around 30%.",
            {SUP},
        ),
        ("She takes one furosemide tablet each morning.", {NC}),
        (
            "Mobility 2 - Moving around: She can walk approximately 200 metres to a bench by the bus stop.",
            {NC},
        ),
        ("She then rests on the bench for around five minutes.", {SUP}),
        ("She sleeps downstairs and uses a commode.", {SUP}),
        ("Activity 4 - Washing and bathing: She strip washes at the sink.", {QD}),
        ("Activity 1 - Preparing food: She prepares a hot meal for herself daily.", {NS}),
        ("Her neighbour brings her a meal at weekends.", {SUP}),
        ("She sleeps propped up on three pillows and sometimes wakes gasping.", {SUP}),
        ("Informal observations: No ankle swelling was visible.", {IMP}),
    ]
    return turns, report


def _case_17():
    # WCA, face to face at assessment centre, moderate learning disability and anxiety, father present, careless assessor
    turns = [
        ("A", "Morning. It's ten past ten. Come in, sit down. Who's this?"),
        ("P", "I'm her dad, Martin. Chloe gets very anxious, so I'll help, if that's alright."),
        ("A", "Fine. Chloe, how old are you?"),
        ("C", "Twenty three."),
        ("A", "And what's the reason you can't work?"),
        ("C", "Um. I don't know. I get scared."),
        (
            "P",
            "Chloe has a moderate learning disability and anxiety. She went to a special school. She did a college course, a supported one, for two years, but she couldn't manage the work placement. She had panic attacks every day.",
        ),
        ("A", "Chloe, can you count money?"),
        ("C", "I can count to, um, twenty. Pennies are hard."),
        ("A", "Could you learn a simple task, like setting an alarm on your phone?"),
        (
            "P",
            "We've tried. I've shown her about ten times. She can do it if I'm there telling her the steps, but on her own she gets muddled.",
        ),
        ("C", "I get muddled."),
        ("A", "Do you go out on your own?"),
        ("C", "I go to my nan's. It's next door but one."),
        (
            "P",
            "That's about the only place. She won't go anywhere else without me or her mum. She's never used a bus on her own.",
        ),
        ("A", "How about if plans change?"),
        (
            "P",
            "She can't cope. If the day centre's cancelled she'll cry for hours. Last time she was upset all day.",
        ),
        ("A", "Chloe, do you have any friends?"),
        ("C", "Becky. From college. We text."),
        ("A", "Do you help at home?"),
        ("C", "I make my bed. And I feed the cat."),
        ("P", "With reminders, mind."),
        ("A", "Okay. That's it. You can go."),
    ]
    report = [
        ("Face to face assessment. She was accompanied by her father.", {SUP}),
        ("She attended a supported college course for two years.", {SUP}),
        ("She had panic attacks on her work placement approximately once a week.", {NC}),
        (
            "Learning tasks: Her father reports she can set an alarm on her phone after being shown how.",
            {QD},
        ),
        ("Understanding: She can count to 100.", {NC}),
        ("Getting about: She visits her nan, who lives nearby, on her own.", {SUP}),
        ("She travels by bus to her day centre.", {NS}),
        ("Coping with change: She is able to cope with minor changes to her routine.", {NS}),
        ("She has a friend from college with whom she keeps in touch by text.", {SUP}),
        ("She makes her bed and feeds the cat.", {QD}),
        ("Consultation start time: 09:30.", {IMP}),
    ]
    return turns, report


def _case_18():
    # PIP, video with the claimant's camera switched off, panic disorder, agoraphobia and OCD, claimant alone
    turns = [
        ("A", "Hello, can you see me?"),
        (
            "C",
            "Yes. Um, can I, would it be okay if I turned my camera off? I find it really hard seeing myself.",
        ),
        (
            "A",
            "That's fine, you can turn it off. It's just after two o'clock. This is your PIP assessment by video. Is anybody with you?",
        ),
        ("C", "No. My mum was going to be, but she's poorly."),
        ("A", "Tell me about your mental health."),
        (
            "C",
            "I've got panic disorder and agoraphobia. And OCD. It's been, um, since I was fifteen, so nine years. It got really bad after my dad died, two years ago.",
        ),
        ("A", "When did you last leave the house?"),
        (
            "C",
            "Um, I went to the GP three weeks ago. My mum took me in the car. I had my eyes shut most of the way.",
        ),
        ("A", "Do you ever go out alone?"),
        (
            "C",
            "No. I haven't been out on my own for about two years. I tried to get to the end of the drive and I had a panic attack.",
        ),
        ("A", "How often do you get panic attacks?"),
        ("C", "Most days. Sometimes three or four a day. Inside as well, not just outside."),
        ("A", "How do the OCD symptoms affect you?"),
        (
            "C",
            "Washing. I wash my hands, um, maybe forty or fifty times a day. They're cracked and bleeding. And I check the door and the cooker over and over. It can take me an hour to go to bed.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "I can't use the cooker, because of the checking. I'd be there all night checking it's off. Mum brings food round, or I eat cold things.",
        ),
        ("A", "Do you have any treatment?"),
        (
            "C",
            "I'm on sertraline, fifty milligrams. I'm on the waiting list for CBT. It's been fourteen months.",
        ),
        ("A", "How do you get on with other people?"),
        ("C", "I can talk to my mum. Anyone else, I, I can't. This is really hard, sorry."),
        ("A", "You're doing really well. Just one more. Do you manage your own bills?"),
        ("C", "Yeah, online. I do that okay."),
        ("A", "Okay, thank you, that's all. I know that was hard."),
    ]
    report = [
        ("Video consultation. The claimant was alone.", {SUP}),
        ("She has panic disorder, agoraphobia and OCD, with onset at the age of 15.", {SUP}),
        ("Her symptoms worsened following the death of her father 5 years ago.", {NC}),
        ("She last left the house 3 weeks ago, when her mother drove her to the GP.", {SUP}),
        ("She reports panic attacks occurring several times a week.", {NC}),
        ("She reports washing her hands around 15 times a day.", {NC}),
        ("Activity 1 - Preparing food: She does not use the cooker and eats cold food.", {QD}),
        ("Activity 10 - Making budgeting decisions: She manages her bills online.", {SUP}),
        (
            "Activity 9 - Engaging with other people: She engages with her mother and her neighbours.",
            {NS},
        ),
        ("She has completed a course of CBT.", {NS}),
        (
            "Informal observations: She was casually dressed and maintained good eye contact; no skin damage was visible on her hands.",
            {IMP},
        ),
    ]
    return turns, report


def _case_19():
    # WCA, home visit, type 2 diabetes with right below-knee amputation and neuropathy, claimant alone, brisk assessor
    turns = [
        (
            "A",
            "Morning. It's half eleven. I'm here for your work capability assessment. Is it just you today?",
        ),
        ("C", "Just me, yeah. Come in, mind the ramp."),
        ("A", "Tell me about your health."),
        (
            "C",
            "Type two diabetes, twenty years. I lost my right leg below the knee two years ago, from an ulcer that wouldn't heal. And I've got neuropathy in my left foot and both hands. Pins and needles, numbness.",
        ),
        ("A", "Do you use a prosthesis?"),
        (
            "C",
            "I've got one, but the stump keeps breaking down, so I can only wear it for an hour or two at a time. Most of the time I'm in the wheelchair.",
        ),
        ("A", "How far can you walk with the prosthesis?"),
        (
            "C",
            "With two crutches, round the kitchen. Ten metres, maybe. I fell in the garden in August and broke my wrist.",
        ),
        ("A", "Can you self-propel the wheelchair?"),
        (
            "C",
            "Round the house, yes. Outside, no, there's a hill and my hands go numb. I did about twenty metres down the path last week and had to stop.",
        ),
        ("A", "Can you use your hands? Picking up coins?"),
        ("C", "Coins, no, I can't feel them. I drop them. Buttons are hard too."),
        ("A", "Insulin?"),
        (
            "C",
            "Four injections a day. I check my sugars. I've had a few hypos. Two in the last month where I needed my neighbour to help me.",
        ),
        ("A", "Any problems with your eyes?"),
        ("C", "Retinopathy. I've had laser in both eyes. I can still read, with my glasses."),
        ("A", "Okay. Can I see you move from the wheelchair to the sofa?"),
        ("C", "Yeah. Hang on. Got to lock the brakes. Bit of a shuffle. There."),
        ("A", "Okay, thanks. That's everything."),
    ]
    report = [
        ("Home visit. The claimant was alone.", {SUP}),
        ("Right below-knee amputation 2 years ago following a non-healing ulcer.", {SUP}),
        ("He wears his prosthesis for up to 6 hours at a time.", {NC}),
        ("Mobilising: He can walk around 10 metres using his prosthesis and two crutches.", {SUP}),
        ("Manual wheelchair: He is able to self-propel his wheelchair.", {QD}),
        ("He self-propelled approximately 50 metres outdoors last week.", {NC, QD}),
        ("He reports no falls.", {NS}),
        ("Manual dexterity: He is able to pick up coins and fasten buttons.", {NS}),
        (
            "He has had one hypoglycaemic episode requiring assistance from another person in the last month.",
            {NC},
        ),
        (
            "Vision: He is able to read with glasses following laser treatment for retinopathy.",
            {SUP},
        ),
        ("Examination: Monofilament testing showed intact sensation in the left foot.", {IMP}),
        (
            "Informal observations: He transferred from his wheelchair to the sofa independently.",
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

FIRSTXSEED = 43000


def make_case_43(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
