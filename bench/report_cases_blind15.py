"""Blind held-out set 17 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty hand-written PIP (PA4) and WCA (ESA85) consultations across face to face, telephone and video
channels, some with a companion (mother, husband, daughter, partner, support worker, wife, friend,
brother, parent). Conditions include cerebral palsy, bipolar disorder, Crohn's disease, rheumatoid
arthritis, fibromyalgia, ADHD, breast cancer on chemotherapy, stroke, agoraphobia, paraplegia,
sickle cell disease, early onset Alzheimer's, retinitis pigmentosa, alcohol dependency, COPD,
epilepsy, multiple sclerosis, PTSD, autism and knee osteoarthritis with depression. Each report
statement carries gold labels: changed figures, dropped limits, things never said, things the
recording itself rules out (channel, duration, times, who was present, physical observations on a
call), and faithful paraphrases.
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
    # PIP face to face, cerebral palsy, mother present.
    turns = [
        (
            "A",
            "Good morning. This is your PIP assessment, and we are at the assessment centre today. I can see you've brought someone with you.",
        ),
        ("P", "Yes, I'm his mum, Carol. I help him with most things at home."),
        ("A", "Thank you. Can you tell me how your cerebral palsy affects your walking?"),
        (
            "C",
            "My legs are stiff, mostly the right one. I use a stick outside. I can get to the end of our road, which is maybe forty metres, then I have to stop because my hips hurt.",
        ),
        ("A", "And after you've stopped, can you carry on?"),
        (
            "C",
            "Sometimes, after a rest of five minutes or so. But on bad days I don't go out at all.",
        ),
        ("A", "How often are the bad days?"),
        ("C", "About three days a week, I'd say."),
        ("A", "How do you manage getting dressed?"),
        (
            "C",
            "I can do a T-shirt on my own. Buttons and laces, no. My mum does those for me every morning.",
        ),
        ("P", "It takes him about forty minutes to get dressed, even with me helping."),
        ("A", "What about preparing food?"),
        (
            "C",
            "I can use the microwave. I don't use the hob because I dropped a pan once and burnt my arm.",
        ),
        ("A", "Do you have any hobbies?"),
        ("C", "Not really. I watch films and play on my phone."),
        ("A", "Thank you, that's everything for now."),
    ]
    report = [
        ("The claimant attended the assessment alone.", {IMP}),
        (
            "He states he walks about 400 metres outdoors with a stick before stopping because of hip pain.",
            {NC},
        ),
        ("He reports that bad days occur about once a week.", {NC}),
        ("He is able to dress himself without help.", {QD}),
        (
            "His mother reports that dressing takes around 40 minutes even with her assistance.",
            {SUP},
        ),
        ("He uses a microwave but avoids the hob since burning his arm with a dropped pan.", {SUP}),
        ("He enjoys swimming at the local leisure centre twice a week.", {NS}),
        ("He states he goes out walking every day.", {QD}),
    ]
    return turns, report


def _case_01():
    # WCA telephone, bipolar disorder, alone.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment, and it's being done by telephone today. Is anyone with you?",
        ),
        ("C", "No, it's just me."),
        ("A", "Can you tell me about your bipolar disorder?"),
        (
            "C",
            "I was diagnosed about six years ago. I have lows that last weeks, and highs where I don't sleep and spend money I haven't got.",
        ),
        ("A", "How often do the highs happen?"),
        (
            "C",
            "Maybe two or three times a year. The lows are more often, I'm low most of the winter.",
        ),
        ("A", "Are you on any medication?"),
        ("C", "Lithium, nine hundred milligrams at night, and quetiapine."),
        ("A", "How do you cope with meeting people you don't know?"),
        (
            "C",
            "I don't, really. If I have to go to the doctor's my sister comes with me, otherwise I panic and go home.",
        ),
        ("A", "And how about getting to new places?"),
        (
            "C",
            "I've only been on a bus once in the last year, and that was with my sister. On my own I just couldn't do it.",
        ),
        ("A", "Have you worked in the past?"),
        (
            "C",
            "I worked in a warehouse for about eight years, but I left in twenty nineteen after a bad breakdown.",
        ),
        ("A", "OK, thank you, that's all my questions."),
    ]
    report = [
        ("The claimant was diagnosed with bipolar disorder approximately 6 years ago.", {SUP}),
        ("She reports manic episodes about twice a month.", {NC}),
        ("She takes lithium 400 mg at night and quetiapine.", {NC}),
        ("She is able to attend medical appointments on her own.", {QD}),
        ("She has travelled on public transport independently within the last year.", {QD}),
        ("She worked in a warehouse for about 8 years and left in 2019.", {SUP}),
        ("On observation she maintained good eye contact and was appropriately dressed.", {IMP}),
        ("She volunteers at a charity shop one morning a week.", {NS}),
    ]
    return turns, report


def _case_02():
    # PIP telephone, Crohn's disease, alone.
    turns = [
        (
            "A",
            "Good afternoon. This assessment is taking place over the phone. Could you confirm your name for me?",
        ),
        ("C", "Yes, it's Daniel Hughes."),
        ("A", "Thanks, Daniel. Tell me about your Crohn's disease."),
        (
            "C",
            "I've had it since I was nineteen, so about twelve years. I have flare ups where I'm going to the toilet fifteen, twenty times a day.",
        ),
        ("A", "How long do the flare ups last?"),
        ("C", "Usually two or three weeks. I had four last year."),
        ("A", "Do you need any help with toileting?"),
        (
            "C",
            "Not help as such, but I've had accidents, so I always need to know where a toilet is. I won't go anywhere I can't get to one in a couple of minutes.",
        ),
        ("A", "How about washing and bathing?"),
        (
            "C",
            "When I'm flaring I'm so exhausted I sit on a stool in the shower. My partner has to help me out of the bath if I try to use it.",
        ),
        ("A", "And cooking a meal?"),
        ("C", "On good days, yes, simple stuff. In a flare I just have toast or my partner cooks."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Walking isn't really the problem, it's being away from a toilet. I could walk maybe half a mile if I knew there was a toilet.",
        ),
        ("A", "Thanks. Is there anything else you'd like to add?"),
        ("C", "Only that I've lost about two stone since the last flare."),
    ]
    report = [
        ("The claimant has had Crohn's disease for around 12 years.", {SUP}),
        ("During flare ups he opens his bowels around 5 times a day.", {NC}),
        ("He reported 1 flare up in the last year.", {NC}),
        ("He is able to wash and bathe without any aids or assistance.", {QD}),
        ("He can cook a simple meal.", {QD}),
        ("He states he could walk about half a mile if he knew a toilet was available.", {SUP}),
        ("He was observed to be well kempt and sat comfortably throughout.", {IMP}),
        ("He goes to the gym three times a week.", {NS}),
    ]
    return turns, report


def _case_03():
    # WCA face to face, rheumatoid arthritis, husband present.
    turns = [
        (
            "A",
            "Morning, come in and take a seat. This is your work capability assessment. And you are?",
        ),
        ("P", "I'm Geoff, her husband."),
        ("A", "Thanks. Mrs Patel, how does the rheumatoid arthritis affect your hands?"),
        (
            "C",
            "My fingers swell up every morning. For the first hour or two I can't grip anything, I can't even turn the tap.",
        ),
        ("A", "Could you pick up a pound coin?"),
        ("C", "Later in the day, maybe, but it takes a few goes. In the morning, no."),
        ("A", "How long can you stand for?"),
        ("C", "About ten minutes, then my knees and ankles are throbbing and I have to sit."),
        ("A", "And sitting?"),
        ("C", "Twenty minutes maybe, then I need to get up and move because I stiffen up."),
        (
            "P",
            "She's up and down all evening. She can't sit through a whole programme on the telly.",
        ),
        ("A", "What about lifting, say, a carton of milk?"),
        ("C", "A full pint, yes, with two hands. A big four pint one, no, I'd drop it."),
        ("A", "Do you get help with anything at home?"),
        ("P", "I do the shopping and I help her in and out of the bath."),
    ]
    report = [
        ("The claimant attended the assessment unaccompanied.", {IMP}),
        ("She reports morning stiffness in her hands lasting about 15 minutes.", {NC}),
        ("She is able to pick up a pound coin.", {QD}),
        ("She can sit for about an hour.", {NC}),
        ("She is able to sit through a full television programme.", {QD}),
        ("She can lift a full pint carton of milk using both hands.", {SUP}),
        ("Her husband does the shopping and helps her in and out of the bath.", {SUP}),
        ("She states she still does the gardening at weekends.", {NS}),
    ]
    return turns, report


def _case_04():
    # PIP video, fibromyalgia, alone.
    turns = [
        ("A", "Hello, can you see and hear me OK? This is your PIP assessment by video call."),
        ("C", "Yes, I can see you. Sorry, the light's a bit bad in here."),
        ("A", "That's fine. Tell me about your fibromyalgia."),
        (
            "C",
            "It's pain everywhere, all the time really, but some days it's worse. And the fatigue. I sleep maybe four hours a night, broken.",
        ),
        ("A", "How many bad days would you have in a week?"),
        ("C", "Four, sometimes five."),
        ("A", "Can you prepare a meal?"),
        (
            "C",
            "I use ready meals mostly. If I chop veg my hands go numb after a minute or two and I have to stop.",
        ),
        ("A", "What about getting out and about? How far can you walk?"),
        (
            "C",
            "To the corner shop, which is about a hundred yards, and I have to lean on the wall on the way back. Then I'm done in for the rest of the day.",
        ),
        ("A", "Do you drive?"),
        ("C", "I stopped driving two years ago, my concentration's not good enough."),
        ("A", "And managing medication?"),
        (
            "C",
            "I've got a dosette box. My son fills it every Sunday, otherwise I'd forget or double up.",
        ),
        ("A", "Thank you. I'll end the call now."),
    ]
    report = [
        ("She reports sleeping around 8 hours a night.", {NC}),
        ("She reports bad days on 1 or 2 days a week.", {NC}),
        ("She is able to chop vegetables and cook a fresh meal.", {QD}),
        ("She can walk about 100 yards to the corner shop.", {QD}),
        ("She stopped driving two years ago because of poor concentration.", {SUP}),
        ("She uses a dosette box, which her son fills every Sunday.", {SUP}),
        (
            "On examination, tender points were palpated and found to be within normal limits.",
            {IMP},
        ),
        ("She attends a weekly Pilates class.", {NS}),
    ]
    return turns, report


def _case_05():
    # PIP telephone, ADHD, support worker present.
    turns = [
        (
            "A",
            "Hi, this is your PIP assessment, and we're doing it over the telephone today. I understand someone is with you?",
        ),
        ("P", "Hi, yes, I'm Priya, his support worker from the housing project."),
        ("A", "Thanks Priya. Jordan, how does your ADHD affect you day to day?"),
        (
            "C",
            "I can't focus on anything. I start stuff and don't finish it. I forget to eat, honestly, unless someone reminds me.",
        ),
        ("A", "How often would you forget to eat?"),
        ("C", "Most days. Like, maybe five days out of seven I only have one meal."),
        (
            "P",
            "I visit three times a week and I usually have to prompt him to eat and take his tablets.",
        ),
        ("A", "What about money and budgeting?"),
        (
            "C",
            "I'm bad with it. I spent my whole universal credit in two days last month on stuff online.",
        ),
        ("A", "Do you have help with bills?"),
        ("P", "I sort his bills with him every fortnight. He couldn't do it alone."),
        ("A", "Jordan, do you go out much?"),
        (
            "C",
            "To the shop, yeah. But I get lost if it's somewhere new. I've missed appointments because I went the wrong way.",
        ),
        ("A", "Are you working at the moment?"),
        ("C", "No. I had a job at a car wash for three weeks but I got let go for being late."),
        ("A", "Thanks both, that's helpful."),
    ]
    report = [
        ("The claimant reports skipping meals on around 1 day a week.", {NC}),
        ("He eats regular meals without prompting.", {QD}),
        ("His support worker visits 3 times a week.", {SUP}),
        ("He manages his own bills and budgeting without support.", {QD}),
        ("He states he spent his whole Universal Credit payment within 2 weeks.", {NC}),
        ("He previously worked at a car wash for about 3 weeks.", {SUP}),
        ("He presented as calm, sat still and was not observed to fidget.", {IMP}),
        ("He plays five a side football every weekend.", {NS}),
    ]
    return turns, report


def _case_06():
    # WCA face to face, breast cancer on chemotherapy, alone.
    turns = [
        (
            "A",
            "Hello, please take a seat. This is your work capability assessment. Have you come on your own today?",
        ),
        ("C", "Yes, on my own. My husband dropped me at the door."),
        ("A", "Tell me about your treatment."),
        (
            "C",
            "I was diagnosed with breast cancer in March. I'm on chemotherapy every three weeks. I've had four cycles out of six.",
        ),
        ("A", "How does the chemotherapy affect you?"),
        (
            "C",
            "For about a week after each cycle I'm in bed most of the day. I'm sick, I'm exhausted. Then I pick up a bit before the next one.",
        ),
        ("A", "How far can you walk on a good week?"),
        (
            "C",
            "Maybe two hundred metres, slowly. I had to stop twice coming from the car park today, and that's only about fifty metres.",
        ),
        ("A", "Any problems with your hands?"),
        (
            "C",
            "Yes, the chemo's given me numbness in my fingertips. I drop things, I can't do up small buttons.",
        ),
        ("A", "How's your memory and concentration?"),
        (
            "C",
            "Chemo brain, they call it. I lose track of conversations. I can read a page and not remember any of it.",
        ),
        ("A", "Are you able to get to places on your own?"),
        (
            "C",
            "My husband drives me everywhere. I'm not allowed on buses during treatment because of the infection risk.",
        ),
        ("A", "Thank you, we're all done."),
    ]
    report = [
        ("The claimant has completed 4 of 6 cycles of chemotherapy, given every 3 weeks.", {SUP}),
        ("She reports being in bed for about 1 day after each cycle.", {NC}),
        ("She can walk around 500 metres on a good week.", {NC}),
        ("She walked from the car park to the assessment room without stopping.", {QD}),
        ("She reports numbness in her fingertips and difficulty with small buttons.", {SUP}),
        ("She travels independently by bus.", {QD}),
        ("The consultation started at 14:00 and ended at 15:10.", {IMP}),
        ("She states she continues to work part time from home as a bookkeeper.", {NS}),
    ]
    return turns, report


def _case_07():
    # PIP face to face, stroke, daughter present.
    turns = [
        (
            "A",
            "Good morning, welcome to the assessment centre. This is your PIP consultation. Who's with you today?",
        ),
        ("P", "I'm his daughter, Emma. I'm his main carer."),
        ("A", "Mr Roberts, when did you have your stroke?"),
        ("C", "Eighteen months ago. Left side. My arm's still weak and my leg drags."),
        ("A", "Do you use any walking aids?"),
        ("C", "A quad stick. Indoors I hold on to the furniture."),
        ("A", "How far can you walk with the stick?"),
        ("C", "Oh, fifty yards? Maybe less."),
        (
            "P",
            "It's less, Dad. It's from the front door to the car and he needs to stop halfway. Twenty metres at most.",
        ),
        ("A", "How is your speech and understanding?"),
        ("C", "Words get stuck. I know what I want to say."),
        ("P", "He gets frustrated. On the phone people hang up on him, so I make his calls."),
        ("A", "And washing?"),
        ("C", "I've got a seat in the shower. Emma helps me wash my back and my feet."),
        ("A", "How about cooking?"),
        ("C", "I can make a cup of tea with one hand. That's it, really. Emma brings me meals."),
        ("A", "Thank you both."),
    ]
    report = [
        ("The claimant had a stroke approximately 8 months ago.", {NC}),
        ("He uses a quad stick and holds on to furniture indoors.", {SUP}),
        ("His daughter states he can walk 200 metres without stopping.", {NC, QD}),
        ("He is able to make telephone calls independently.", {QD}),
        ("He washes using a shower seat, with his daughter helping with his back and feet.", {SUP}),
        ("He drives to the local shops twice a week.", {NS}),
        ("The assessment lasted 55 minutes.", {IMP}),
    ]
    return turns, report


def _case_08():
    # PIP telephone, agoraphobia, partner present.
    turns = [
        (
            "A",
            "Hello, it's the health assessment service. This is your PIP assessment, done by telephone. Can I check who's on the call?",
        ),
        ("C", "Me, and my partner Sam is here too."),
        ("P", "Hi."),
        ("A", "Can you tell me about your agoraphobia?"),
        (
            "C",
            "I haven't left the flat on my own for about three years. If I go out, I get chest pains, I shake, I feel like I'm going to pass out.",
        ),
        ("A", "When did you last go out at all?"),
        (
            "C",
            "Two weeks ago, to the GP. Sam took me in a taxi and I had my eyes shut most of the way.",
        ),
        ("A", "How often do you go out with Sam?"),
        ("P", "Maybe once a fortnight, and only if it's really needed. Appointments, mostly."),
        ("A", "How do you get your shopping?"),
        ("C", "Online. Sam does the rest."),
        ("A", "Do you see friends or family?"),
        (
            "C",
            "My mum visits about once a month. I don't really have friends any more, I lost touch.",
        ),
        ("A", "And how's your sleep?"),
        (
            "C",
            "Terrible. Maybe three hours, and I have panic attacks at night, two or three a week.",
        ),
        ("A", "Thank you, that's all I need."),
    ]
    report = [
        ("The claimant has not left home on her own for about 3 years.", {SUP}),
        ("She went to her GP by taxi, accompanied by her partner.", {SUP}),
        ("She goes out with her partner about twice a week.", {NC}),
        ("She meets friends socially on a regular basis.", {NS}),
        ("She reports panic attacks about once a month.", {NC}),
        ("Her partner was not present during the consultation.", {IMP}),
        ("She was able to travel to the GP without difficulty.", {QD}),
    ]
    return turns, report


def _case_09():
    # WCA telephone, spinal cord injury, alone.
    turns = [
        (
            "A",
            "Good morning. This is your work capability assessment and it's by telephone. Are you somewhere you can talk?",
        ),
        ("C", "Yes, I'm at home, in my wheelchair at the table."),
        ("A", "Tell me about your injury."),
        (
            "C",
            "I fell from scaffolding in twenty sixteen. I'm paraplegic, T ten, so I've no movement below the waist.",
        ),
        ("A", "Do you use a manual wheelchair?"),
        (
            "C",
            "Yes, manual. I can push myself on the flat, maybe two or three hundred metres, but my shoulders give out. Any slope, I need someone to push.",
        ),
        ("A", "How long can you sit in your chair before you need to change position?"),
        (
            "C",
            "I have to lift and shift every twenty minutes or so because of pressure sores. I had one last year that took six months to heal.",
        ),
        ("A", "Do you have any problems with continence?"),
        (
            "C",
            "I self catheterise, about five times a day. I've had accidents with my bowels, maybe once a week.",
        ),
        ("A", "What about pain?"),
        ("C", "Nerve pain in my legs, burning, mostly at night. I take pregabalin."),
        ("A", "Have you worked since the accident?"),
        ("C", "No. I was a roofer before. I've not been able to work since."),
        ("A", "Thanks, that's all."),
    ]
    report = [
        ("The claimant sustained a spinal injury in 2006.", {NC}),
        (
            "He self propels a manual wheelchair for about 200 to 300 metres on flat ground before his shoulders tire.",
            {SUP},
        ),
        ("He can self propel up slopes without assistance.", {QD}),
        ("He reports he can sit for 2 hours before needing to change position.", {NC}),
        ("He self catheterises about 5 times a day.", {SUP}),
        (
            "He was observed to transfer independently from his wheelchair to the examination couch.",
            {IMP},
        ),
        ("He is currently working part time as a roofing estimator.", {NS}),
    ]
    return turns, report


def _case_10():
    # PIP face to face, sickle cell disease, alone.
    turns = [
        ("A", "Good afternoon, thanks for coming in to the centre. Is anyone joining you?"),
        ("C", "No, just me."),
        ("A", "Tell me about your sickle cell disease."),
        (
            "C",
            "I get crises, really bad pain in my joints and chest. I end up in hospital for a few days each time.",
        ),
        ("A", "How many crises have you had this year?"),
        ("C", "Six so far, and three of those were hospital admissions."),
        ("A", "Between crises, how are you?"),
        (
            "C",
            "Tired all the time. I'm anaemic. If I walk more than about a hundred metres I'm out of breath and I need to sit down.",
        ),
        ("A", "Does cold weather affect you?"),
        (
            "C",
            "Yes, the cold sets it off. In winter I hardly go out. And I have to be careful in the bath, if the water's not warm enough it can trigger pain.",
        ),
        ("A", "Do you need help with anything?"),
        (
            "C",
            "My neighbour does my shopping in winter. And when I'm in crisis my sister stays with me, to help me wash and get to the toilet.",
        ),
        ("A", "What do you do during the day?"),
        (
            "C",
            "I'm doing an online course, part time, in accounting. About six hours a week, when I'm well enough.",
        ),
        ("A", "Thanks. Let me just note the time, we started at about twenty past two."),
    ]
    report = [
        ("The claimant reports 12 sickle cell crises so far this year.", {NC}),
        ("Three of her crises this year required hospital admission.", {SUP}),
        ("She can walk about 1 kilometre before becoming breathless.", {NC}),
        ("She manages her own shopping throughout the year.", {QD}),
        ("She manages washing and toileting independently at all times.", {QD}),
        ("She is studying an online accounting course part time, for about 6 hours a week.", {SUP}),
        ("She works weekends as a retail assistant.", {NS}),
        ("The consultation ran from 14:20 to 15:35.", {IMP}),
    ]
    return turns, report


def _case_11():
    # PIP telephone, early onset Alzheimer's disease, wife present.
    turns = [
        (
            "A",
            "Hello, this is your PIP assessment by phone. I understand your wife is with you to help?",
        ),
        ("P", "Yes, I'm Linda. I'll chip in if he gets stuck."),
        ("A", "Thank you. Mr Walsh, how old are you?"),
        ("C", "I'm fifty... fifty four. No, fifty five. Is it?"),
        ("P", "Fifty five, love."),
        ("A", "And when were you diagnosed?"),
        ("P", "Alzheimer's, two years ago. He was only fifty three."),
        ("A", "Mr Walsh, do you cook for yourself?"),
        ("C", "I make toast. I used to cook."),
        (
            "P",
            "He left the gas on twice last month, so I've had the knobs taken off. He can't be left to cook.",
        ),
        ("A", "Can you go out on your own?"),
        ("C", "I go to the paper shop. It's just round the corner."),
        (
            "P",
            "He does, but he got lost coming back in the summer and the police brought him home. Now he only goes if I walk with him.",
        ),
        ("A", "How about managing money?"),
        (
            "P",
            "I took over all of that a year ago. He gave three hundred pounds to a man at the door.",
        ),
        ("A", "Thanks, that's really helpful."),
    ]
    report = [
        ("The claimant is 45 years old.", {NC}),
        ("He was diagnosed with Alzheimer's disease about 2 years ago.", {SUP}),
        ("He is able to cook a simple meal safely using the gas hob.", {QD}),
        ("He walks to the local paper shop on his own.", {QD}),
        ("His wife reports that he left the gas on twice last month.", {SUP}),
        ("He gave 30 pounds to a doorstep caller.", {NC}),
        ("He enjoys completing crosswords daily.", {NS}),
        ("He presented as well groomed and appropriately dressed.", {IMP}),
    ]
    return turns, report


def _case_12():
    # WCA video, visual impairment (retinitis pigmentosa), alone.
    turns = [
        (
            "A",
            "Hello, can you hear me? This is your work capability assessment, and it's by video today.",
        ),
        ("C", "Yes, I can hear you. I can't really see the screen, but my phone's propped up."),
        ("A", "That's fine. What's your eye condition?"),
        (
            "C",
            "Retinitis pigmentosa. I've got tunnel vision, about ten degrees in the left eye, and the right is mostly gone.",
        ),
        ("A", "Are you registered?"),
        ("C", "Yes, severely sight impaired, since twenty eighteen."),
        ("A", "How do you get about outside?"),
        (
            "C",
            "With a long cane. I know my route to the corner shop, but anywhere new I need someone with me. I've walked into lamp posts.",
        ),
        ("A", "Can you read print?"),
        (
            "C",
            "Not normal print. I use the magnifier on my phone for big text, and a screen reader for everything else.",
        ),
        ("A", "Do you use public transport?"),
        (
            "C",
            "Only the one bus to my mum's, and the driver knows me. I've been on the wrong bus before and ended up miles away.",
        ),
        ("A", "Have you worked before?"),
        (
            "C",
            "I was a call centre agent for about four years, with adapted software, until twenty twenty one when the centre closed.",
        ),
        ("A", "Thank you, that's all."),
    ]
    report = [
        (
            "The claimant has retinitis pigmentosa with about 10 degrees of visual field in the left eye.",
            {SUP},
        ),
        ("He has been registered severely sight impaired since 2008.", {NC}),
        ("He can navigate unfamiliar routes independently with a long cane.", {QD}),
        ("He is able to read standard print.", {QD}),
        ("He uses a screen reader and the magnifier on his phone.", {SUP}),
        ("He worked in a call centre for about 14 years.", {NC}),
        ("He states he plays blind football twice a week.", {NS}),
        ("The video consultation lasted 40 minutes.", {IMP}),
    ]
    return turns, report


def _case_13():
    # WCA telephone, alcohol dependency, friend present.
    turns = [
        (
            "A",
            "Hi, this is your work capability assessment. We're on the telephone today. Is anybody with you?",
        ),
        ("C", "My mate Kev's here. He's been helping me."),
        ("P", "Alright. I'm Kevin, I'm his friend."),
        ("A", "Thanks. Can you tell me about your drinking?"),
        (
            "C",
            "I've been drinking heavy since my divorce, that's about ten years. I was on three litres of cider a day at the worst.",
        ),
        ("A", "And now?"),
        ("C", "I've cut down. Maybe a litre a day. I'm on the waiting list for detox."),
        ("A", "Do you have any withdrawal symptoms?"),
        (
            "C",
            "If I don't drink in the morning I shake so bad I can't hold a cup. I had a fit once, last year.",
        ),
        ("A", "How do you get on with looking after yourself?"),
        (
            "P",
            "Honestly, not well. I go round twice a week and make sure he's eaten. Sometimes he's not washed for a week.",
        ),
        ("A", "Are you able to go to appointments?"),
        ("C", "I miss most of them. Kev takes me to the important ones."),
        ("A", "Do you have any other health problems?"),
        ("C", "My liver's not great, they said it's fatty liver. And I'm depressed."),
        ("A", "Okay. Thanks, both of you."),
    ]
    report = [
        ("The claimant reports drinking heavily for about 10 years, since his divorce.", {SUP}),
        ("He currently drinks about 3 litres of cider a day.", {NC}),
        ("He is on the waiting list for detox.", {SUP}),
        ("He is able to hold a cup without difficulty.", {QD}),
        ("His friend visits daily to check on him.", {NC}),
        ("He attends all of his appointments on his own.", {QD}),
        ("He appeared unkempt and smelt of alcohol.", {IMP}),
        ("He works cash in hand as a labourer on building sites.", {NS}),
    ]
    return turns, report


def _case_14():
    # PIP face to face, COPD, alone.
    turns = [
        (
            "A",
            "Morning, thanks for coming in. This is your PIP assessment. Did anyone come with you?",
        ),
        ("C", "No, I came on my own, in a taxi."),
        ("A", "Tell me about your breathing."),
        ("C", "I've got COPD. Emphysema. I'm on oxygen at night, and two inhalers in the day."),
        ("A", "How far can you walk on the flat?"),
        (
            "C",
            "About thirty yards, then I have to stop and get my breath back. It can take me five minutes before I can go on.",
        ),
        ("A", "Do you smoke?"),
        ("C", "I stopped four years ago. I smoked forty a day before that."),
        ("A", "How do you manage stairs?"),
        (
            "C",
            "I live in a bungalow now because of the stairs. I'd get up one flight, but slowly, resting on every step.",
        ),
        ("A", "How about washing?"),
        (
            "C",
            "I have a strip wash at the sink most days. I can't lift my arms to wash my hair, it makes me breathless, so my daughter does it once a week.",
        ),
        ("A", "And dressing?"),
        (
            "C",
            "Sitting on the bed. It takes about twenty minutes and I have to rest in the middle.",
        ),
        ("A", "Okay. Thank you, we're finished."),
    ]
    report = [
        ("The claimant uses oxygen at night and two inhalers during the day.", {SUP}),
        ("He can walk about 300 yards before stopping to catch his breath.", {NC}),
        ("He stopped smoking 14 years ago.", {NC}),
        ("He climbs a flight of stairs without difficulty.", {QD}),
        ("He washes his own hair.", {QD}),
        ("He dresses sitting on the bed, taking about 20 minutes with a rest midway.", {SUP}),
        ("He reports walking his dog twice a day.", {NS}),
        ("He sat comfortably throughout the 50 minute assessment.", {IMP}),
    ]
    return turns, report


def _case_15():
    # WCA face to face, epilepsy, brother present.
    turns = [
        ("A", "Hello, come through. This is your work capability assessment. Who's this with you?"),
        ("P", "I'm his brother, Tom."),
        ("A", "Thanks Tom. Luke, what type of seizures do you have?"),
        (
            "C",
            "Tonic clonic, the big ones, and absences. The big ones about twice a month. The absences I don't always know about.",
        ),
        (
            "P",
            "I'd say the absences are daily. He just stops mid sentence for ten, fifteen seconds.",
        ),
        ("A", "Do you get any warning before a seizure?"),
        ("C", "No, never. That's the problem. I've broken my wrist and my nose falling."),
        ("A", "How long do you take to recover after a big one?"),
        (
            "C",
            "I sleep for hours. I'm confused for the rest of the day, sometimes the next day as well.",
        ),
        ("A", "Do you go out alone?"),
        ("C", "Not really. Tom or my mum come with me. I'm not allowed to drive, obviously."),
        ("A", "Do you cook?"),
        ("C", "Only the microwave. I'm not supposed to use the cooker in case I have a fit."),
        ("A", "When was your last tonic clonic seizure?"),
        ("C", "Last Thursday. Five days ago."),
        ("A", "Thanks, we'll stop there."),
    ]
    report = [
        ("The claimant reports tonic clonic seizures about twice a year.", {NC}),
        ("His brother describes daily absence seizures lasting 10 to 15 seconds.", {SUP}),
        ("He states he usually gets a warning aura before a seizure.", {NS}),
        (
            "He recovers fully within about an hour of a tonic clonic seizure, with no after effects.",
            {NC, QD},
        ),
        ("He goes out alone regularly.", {QD}),
        ("He uses a microwave and avoids the cooker because of the risk of a seizure.", {SUP}),
        ("His last tonic clonic seizure was about 5 weeks ago.", {NC}),
        ("The claimant attended alone and no one else was present in the room.", {IMP}),
    ]
    return turns, report


def _case_16():
    # PIP video, multiple sclerosis, partner present.
    turns = [
        (
            "A",
            "Hi there, this is your PIP assessment by video. I can see someone else on the screen with you.",
        ),
        ("P", "Yes, that's me, Chris. I'm her partner."),
        ("A", "Hello Chris. Rachel, when were you diagnosed with multiple sclerosis?"),
        (
            "C",
            "In twenty fifteen. Relapsing remitting at first, now they think it's secondary progressive.",
        ),
        ("A", "How is your walking?"),
        (
            "C",
            "Inside I use a frame. Outside I use a wheelchair and Chris pushes me. I can't really walk outside, maybe ten metres with the frame and then my legs just go.",
        ),
        ("A", "Do you get fatigue?"),
        (
            "C",
            "Awful fatigue. By about two in the afternoon I'm done. I sleep for two hours most afternoons.",
        ),
        ("A", "How about your bladder?"),
        ("C", "Urgency. I wear pads. I've had accidents, probably three or four times a week."),
        ("A", "Can you prepare a meal?"),
        ("P", "I do all the cooking now. She dropped a kettle last year and scalded her leg."),
        ("A", "And with dressing?"),
        ("C", "I can do my top half, slowly. Chris helps with trousers, socks and shoes."),
        ("A", "Thanks both, that's helpful."),
    ]
    report = [
        ("She was diagnosed with multiple sclerosis in 2015.", {SUP}),
        ("She can walk about 50 metres outdoors with a frame.", {NC}),
        ("She reports bladder accidents about once a month.", {NC}),
        ("She is able to dress her lower half independently.", {QD}),
        ("Her partner does all the cooking since she scalded her leg with a kettle.", {SUP}),
        (
            "On examination, power in both legs was tested against resistance and found to be normal.",
            {IMP},
        ),
        ("She continues to teach piano to children from home.", {NS}),
    ]
    return turns, report


def _case_17():
    # WCA telephone, PTSD, alone.
    turns = [
        (
            "A",
            "Good morning. This work capability assessment is being carried out by telephone. Can you confirm you're happy to continue?",
        ),
        ("C", "Yes. Sorry, I'm a bit nervous."),
        ("A", "That's okay, take your time. Can you tell me what happened?"),
        (
            "C",
            "I was in the army, I served in Afghanistan. I came out in twenty twelve. I've got PTSD.",
        ),
        ("A", "How does it affect you now?"),
        (
            "C",
            "Nightmares most nights. Flashbacks maybe three or four times a week. Anything can set them off, fireworks, a car backfiring.",
        ),
        ("A", "How do you cope with crowds or busy places?"),
        (
            "C",
            "I don't go. Supermarkets, I go at six in the morning when it's empty, and I'm in and out in ten minutes.",
        ),
        ("A", "Do you get angry?"),
        (
            "C",
            "Yes. I had a row with a bloke at the bus stop last year and it nearly got physical. Since then I don't get buses.",
        ),
        ("A", "Are you seeing anyone for treatment?"),
        (
            "C",
            "A veterans' charity, Combat Stress. Once a month. I was on the waiting list for a year.",
        ),
        ("A", "And how are you sleeping?"),
        ("C", "Two, three hours. I'm up walking about the house."),
        ("A", "Right, thank you. That's all for today."),
    ]
    report = [
        ("The claimant served in the army and left in 2012.", {SUP}),
        ("He reports flashbacks about once a month.", {NC}),
        ("He goes to the supermarket early in the morning when it is quiet.", {SUP}),
        ("He is comfortable in busy places and crowds.", {QD}),
        ("He uses buses regularly.", {QD}),
        ("He reports sleeping around 7 hours a night.", {NC}),
        (
            "He was seen to walk out of the room with a normal gait at the end of the assessment.",
            {IMP},
        ),
        ("He states he works night shifts as a security guard.", {NS}),
    ]
    return turns, report


def _case_18():
    # PIP telephone, autism, mother present.
    turns = [
        (
            "A",
            "Hello, this is your PIP assessment, carried out by telephone today. Who do I have on the line?",
        ),
        ("P", "It's Mrs Okafor, I'm Ade's mum. He's here with me on speaker."),
        ("C", "Hello."),
        ("A", "Hi Ade. Can you tell me how autism affects you?"),
        ("C", "I don't like change. If my routine changes I get upset. I don't like noise."),
        ("A", "What happens when you get upset?"),
        (
            "P",
            "He'll hit his head against the wall. It happens maybe once or twice a week, usually after he's been out.",
        ),
        ("A", "Ade, can you go out on your own?"),
        ("C", "Only to the library. It's next to our house. I go on Wednesdays."),
        ("P", "And I watch him from the window. Anywhere else, I take him."),
        ("A", "How about talking to people you don't know?"),
        ("C", "I don't. Mum talks for me."),
        ("A", "Do you manage your own money?"),
        ("P", "No, I'm his appointee. He doesn't understand change in a shop."),
        ("A", "And do you prepare any food?"),
        ("C", "I make cereal. And sandwiches, cheese sandwiches."),
        ("P", "He won't use the oven, he's scared of it."),
        ("A", "Thank you both."),
    ]
    report = [
        ("The claimant becomes upset when his routine changes and dislikes noise.", {SUP}),
        ("His mother reports head banging about once a month.", {NC}),
        (
            "He goes to the library next to his home on Wednesdays while his mother watches from the window.",
            {SUP},
        ),
        ("He travels to unfamiliar places without support.", {QD}),
        ("He is able to speak with strangers without difficulty.", {QD}),
        ("He prepares cereal and cheese sandwiches for himself.", {SUP}),
        ("He attends a college course three days a week.", {NS}),
        ("The consultation was carried out face to face at the assessment centre.", {IMP}),
    ]
    return turns, report


def _case_19():
    # WCA face to face, knee osteoarthritis and depression, alone.
    turns = [
        (
            "A",
            "Hello, thanks for coming in. This is your work capability assessment. Are you on your own today?",
        ),
        ("C", "Yes. I got the bus, and walked from the stop. It took me a while."),
        ("A", "How long did the walk take?"),
        (
            "C",
            "It's only about a hundred metres but it took me ten minutes. I stopped three times. I had my stick.",
        ),
        ("A", "Tell me about your knees."),
        (
            "C",
            "Osteoarthritis, both knees. I'm on the list for a replacement on the left. The pain's constant, about seven out of ten, worse on the stairs.",
        ),
        ("A", "Can you kneel or bend down?"),
        (
            "C",
            "Bend, a bit, holding on to something. Kneel, no. If I got down I couldn't get back up.",
        ),
        ("A", "How's your mood?"),
        (
            "C",
            "Low. I've been on sertraline for about two years. I don't see the point in much. Some days I don't get dressed.",
        ),
        ("A", "How many days would that be?"),
        ("C", "Maybe half the week."),
        ("A", "Have you had any thoughts of harming yourself?"),
        ("C", "Sometimes, yes. I haven't done anything. My GP knows."),
        ("A", "Thank you. We'll finish there."),
    ]
    report = [
        (
            "The claimant walked about 100 metres from the bus stop using a stick, stopping 3 times.",
            {SUP},
        ),
        ("He walked from the bus stop in about 2 minutes.", {NC}),
        ("He rates his knee pain at about 3 out of 10.", {NC}),
        ("He is able to kneel and get back up.", {QD}),
        ("He reports not getting dressed on about one day a fortnight.", {NC}),
        ("He denies any thoughts of self harm.", {NS}),
        ("He was accompanied by his wife, who answered several questions on his behalf.", {IMP}),
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

FIRST_SEED = 17000


def make_case_17(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    """Return (dialogue, report) for one seed in 17000..17019.

    dialogue: (channel, voice, text); channel 0 is the assessor, channel 1 the claimant
    and any companion. report: (statement, labels).
    """
    index = seed - FIRST_SEED
    if not 0 <= index < len(_CASES):
        raise ValueError(
            f"seed must be in {FIRST_SEED}..{FIRST_SEED + len(_CASES) - 1}, got {seed}"
        )
    rng = random.Random(seed)
    assessor, claimant, companion = rng.sample(VOICES, 3)
    voice_of = {"A": assessor, "C": claimant, "P": companion}
    turns, report = _CASES[index]()
    dialogue = [(0 if role == "A" else 1, voice_of[role], text) for role, text in turns]
    return dialogue, [(statement, set(labels)) for statement, labels in report]
