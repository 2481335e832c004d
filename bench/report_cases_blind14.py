"""Blind held-out set 16 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty short PIP (PA4) and WCA (ESA85) consultations held face to face, by telephone and by
video, covering heart failure, multiple sclerosis, autism, schizophrenia, Parkinson's disease,
lupus, a below-knee amputation, epilepsy, long COVID, hearing loss, OCD, kidney failure on
dialysis, rheumatoid arthritis, a learning disability, COPD, Crohn's disease, stroke, back pain
with sciatica, bipolar disorder and sight loss. About half include a companion (partner, parent,
sibling, friend, support worker). Each report mixes faithful paraphrase with altered figures,
dropped limits (aids, help from a named person, pain, prompting, bad days), statements nobody
made, and claims the recording itself rules out (observations in a telephone call, long
consultation times, "attended alone" when a companion speaks, a test answer given wrongly).
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
    # PIP face to face, heart failure, claimant alone.
    turns = [
        (
            "A",
            "Good morning. This is your face to face assessment for Personal Independence Payment. Is anyone with you today?",
        ),
        ("C", "No, just me. My daughter dropped me off at the door."),
        ("A", "Can you tell me about your heart condition?"),
        (
            "C",
            "I have heart failure. I was diagnosed about three years ago, after I ended up in hospital with fluid on my lungs.",
        ),
        ("A", "How far can you walk before you need to stop?"),
        (
            "C",
            "Maybe twenty metres, about as far as the end of my garden. Then I'm breathless and I have to lean on something and rest for a few minutes.",
        ),
        ("A", "Do you use any walking aid?"),
        ("C", "I use a stick outside. I've got a rollator too, but I don't take it out much."),
        ("A", "How do you manage washing?"),
        (
            "C",
            "I sit on a shower stool. My daughter helps me wash my legs and feet, because I can't bend down without getting dizzy.",
        ),
        ("A", "And cooking?"),
        (
            "C",
            "I can do something in the microwave. If I stand at the cooker for more than five minutes I get breathless, so I don't really cook a proper meal.",
        ),
        ("A", "How often do you see your heart nurse?"),
        ("C", "Once every two months, roughly. And I take water tablets twice a day."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Not really. I go to the shop on the corner maybe once a week, and my daughter comes with me.",
        ),
    ]
    report = [
        ("The claimant attended the assessment alone.", {SUP}),
        (
            "She was diagnosed with heart failure about three years ago following a hospital admission.",
            {SUP},
        ),
        ("She stated she can walk approximately 200 metres before needing to stop.", {NC}),
        ("She walks outdoors independently.", {QD}),
        ("She washes independently in the shower.", {QD}),
        (
            "She stated she can stand at the cooker for about fifteen minutes before becoming breathless.",
            {NC},
        ),
        ("She is reviewed by her heart failure nurse every two weeks.", {NC}),
        ("She goes to the local shop on her own about once a week.", {QD}),
        ("She stated she enjoys swimming at her local leisure centre.", {NS}),
        (
            "She sat comfortably throughout the 45 minute consultation with no signs of breathlessness.",
            {IMP},
        ),
    ]
    return turns, report


def _case_01():
    # WCA telephone, multiple sclerosis, husband present.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment. It's being done by telephone today. Is anyone with you?",
        ),
        ("C", "Yes, my husband Gary is here, he's on speaker with me."),
        ("P", "Hello."),
        ("A", "Tell me about your multiple sclerosis."),
        (
            "C",
            "I was diagnosed in twenty fifteen. It's relapsing remitting. I had two relapses last year, one in March and one in the autumn.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day maybe fifty metres with my crutches. On a bad day I can barely get to the bathroom.",
        ),
        ("A", "How many bad days would you say you have?"),
        ("C", "Probably three or four days a week. The fatigue is the worst part."),
        ("P", "She sleeps most afternoons. She's in bed by about two o'clock most days."),
        ("A", "Can you sit for long?"),
        ("C", "About twenty minutes, then my legs go numb and I have to shift about or stand up."),
        ("A", "How is your concentration?"),
        (
            "C",
            "Not good. I lose track of things. I can't read more than a page or two without losing the thread.",
        ),
        ("A", "Do you manage stairs?"),
        ("C", "We've got a stair lift now. I couldn't do them otherwise."),
        ("P", "She fell on the stairs twice before we got it."),
    ]
    report = [
        ("The assessment was conducted by telephone with the claimant's husband present.", {SUP}),
        ("She was diagnosed with relapsing remitting multiple sclerosis in 2015.", {SUP}),
        ("She reported one relapse in the last year.", {NC}),
        ("She can walk approximately 50 metres.", {QD}),
        ("She reported approximately one bad day per week.", {NC}),
        ("She is able to sit for around an hour before her legs go numb.", {NC}),
        ("She was observed to walk into the room with a normal gait.", {IMP}),
        ("She manages the stairs at home.", {QD}),
        ("She reported reading novels as a hobby most evenings.", {NS}),
    ]
    return turns, report


def _case_02():
    # PIP video, autism, mother present.
    turns = [
        (
            "A",
            "Hi, we're on a video call today for your PIP assessment. Can you confirm who is with you?",
        ),
        ("C", "My mum."),
        ("P", "Hello, I'm his mum, Linda. I'll help him answer if that's okay."),
        ("A", "That's fine. Can you tell me how you get on with preparing food?"),
        ("C", "I don't really cook. I eat the same cereal every day. Mum makes dinner."),
        (
            "P",
            "If I don't remind him, he'd skip meals altogether. I have to prompt him two or three times a day.",
        ),
        ("A", "What about going out?"),
        (
            "C",
            "I don't like buses. Too loud. I've been on one on my own maybe twice, and I got off early both times.",
        ),
        ("P", "He panicked the last time and rang me from a bus stop. I had to go and get him."),
        ("A", "How about talking to people you don't know?"),
        ("C", "I can't do the phone. Mum does all my calls. Face to face I sort of freeze."),
        ("A", "Do you manage your own money?"),
        ("C", "I can buy things in a shop if I have the exact amount. Bills, no. Mum does that."),
        ("A", "How old were you when you were diagnosed?"),
        ("C", "Fourteen, with autism. I'm twenty two now."),
    ]
    report = [
        ("The claimant's mother was present on the video call.", {SUP}),
        ("He was diagnosed with autism at the age of 19.", {NC}),
        ("He reported that he eats regularly without needing reminders.", {QD}),
        ("His mother stated she prompts him to eat once a day.", {NC}),
        ("He stated he travels on buses independently several times a week.", {NC, QD}),
        ("He stated he is able to make telephone calls to people he does not know.", {NS}),
        ("He can pay for items in a shop when he has the exact money.", {SUP}),
        ("His mother manages his bills.", {SUP}),
        ("He travelled to the assessment centre by bus and arrived on time.", {IMP}),
    ]
    return turns, report


def _case_03():
    # WCA face to face, schizophrenia, support worker present.
    turns = [
        (
            "A",
            "Good afternoon. I'm the healthcare professional carrying out your work capability assessment today. Who have you brought with you?",
        ),
        ("C", "This is Priya, she's my support worker."),
        ("P", "Hi. I see him three times a week."),
        ("A", "Thank you. Can you tell me about your mental health?"),
        (
            "C",
            "I've got paranoid schizophrenia. I hear voices most days. They tell me people are watching me.",
        ),
        ("A", "Are you on medication?"),
        (
            "C",
            "I have an injection every two weeks at the clinic. And I take tablets at night to help me sleep.",
        ),
        ("A", "How do you get on leaving the house?"),
        (
            "C",
            "I don't go out on my own. Priya takes me to the shop. If I go alone I think people are following me and I go back home.",
        ),
        (
            "P",
            "Last month he tried to go to the post office on his own, and he was found an hour later sitting in the park. He couldn't say how he got there.",
        ),
        ("A", "Have you worked in the past?"),
        (
            "C",
            "I worked in a warehouse for about six months, but that was ten years ago. I got ill after that.",
        ),
        ("A", "How do you find dealing with changes, like appointments being moved?"),
        ("C", "I get really wound up. When my clinic day changed I didn't sleep for two nights."),
        ("A", "How is your personal care?"),
        (
            "C",
            "I shower maybe once a week. Priya reminds me. Otherwise I forget, or I just can't be bothered.",
        ),
    ]
    report = [
        ("The claimant attended unaccompanied.", {IMP}),
        ("He reported hearing voices about once a month.", {NC}),
        ("He receives a depot injection every four weeks.", {NC}),
        ("He is able to go out to the local shop.", {QD}),
        ("He reported no episodes of becoming lost or disorientated when out.", {NS}),
        ("He previously worked in a warehouse for six years.", {NC}),
        ("He stated he copes well with changes to his routine.", {NS}),
        ("He showers once a week.", {QD}),
        ("He takes medication at night to help him sleep.", {SUP}),
        ("He last worked ten years ago.", {SUP}),
    ]
    return turns, report


def _case_04():
    # PIP telephone, Parkinson's disease, wife present.
    turns = [
        (
            "A",
            "Hello, this is your PIP assessment by telephone. I'll be asking about how your condition affects you day to day. Is anyone with you?",
        ),
        ("C", "My wife, Margaret. She's listening in."),
        ("A", "Thanks. When were you diagnosed with Parkinson's?"),
        ("C", "Twenty nineteen. So about five years now. No, six, it'll be six this summer."),
        ("A", "How is dressing?"),
        (
            "C",
            "Buttons are impossible. My hands shake too much. Margaret does my shirt and my shoelaces every morning.",
        ),
        ("P", "It takes him about forty minutes to get dressed, even with my help."),
        ("A", "And eating?"),
        (
            "C",
            "I can use a fork, but I spill a lot. I use a special plate with a lip on it. And cutting meat, I can't, she cuts it up for me.",
        ),
        ("A", "How about walking?"),
        (
            "C",
            "I freeze. Sometimes my feet just won't move. I can do maybe thirty yards with my walker, then I freeze or I have to sit down.",
        ),
        ("A", "Any falls?"),
        ("C", "Four falls since Christmas. In one of them I cut my head."),
        ("A", "How do you manage your tablets?"),
        (
            "C",
            "They're at set times, five times a day. Margaret has an alarm on her phone, otherwise I'd forget.",
        ),
    ]
    report = [
        ("The claimant was diagnosed with Parkinson's disease approximately six years ago.", {SUP}),
        ("He dresses independently.", {QD}),
        ("His wife reported that dressing takes about 10 minutes.", {NC}),
        ("He can use a fork and uses a plate with a lip, and his wife cuts up his meat.", {SUP}),
        ("He reported walking approximately 300 yards without an aid.", {NC, QD}),
        ("He has had one fall since Christmas.", {NC}),
        ("He manages his medication independently, taking tablets three times a day.", {NC, QD}),
        (
            "On observation his tremor was mild and he was able to grip firmly with both hands.",
            {IMP},
        ),
        ("He stated he drives to the supermarket every week.", {NS}),
    ]
    return turns, report


def _case_05():
    # WCA telephone, lupus, claimant alone.
    turns = [
        (
            "A",
            "Good morning, this is your work capability assessment. I'm calling you by telephone today as arranged. Is there anyone with you?",
        ),
        ("C", "No, I'm on my own."),
        ("A", "Can you tell me about your lupus?"),
        (
            "C",
            "It affects my joints and my kidneys. I get flares maybe every six weeks, and they last about a week each time.",
        ),
        ("A", "During a flare, what can you do?"),
        ("C", "Not much. I'm in bed most of the day. Even lifting a kettle hurts my wrists."),
        ("A", "And between flares?"),
        (
            "C",
            "I can walk to the end of my road, maybe a hundred metres, but I'm wiped out afterwards and I need to lie down.",
        ),
        ("A", "Can you lift things, like a bag of shopping?"),
        ("C", "A small bag, like a loaf of bread and a pint of milk. Anything heavier I drop."),
        ("A", "Are you sensitive to light?"),
        ("C", "Yes, sunlight brings on a rash. I keep the curtains closed a lot."),
        ("A", "What medication are you on?"),
        ("C", "Hydroxychloroquine, and steroids when I flare. Twenty milligrams of prednisolone."),
        ("A", "Thank you, that's everything I need for now."),
        ("C", "Okay, thanks."),
    ]
    report = [
        ("The claimant reported flares approximately every six months.", {NC}),
        ("Her flares last around one week.", {SUP}),
        ("During a flare she spends most of the day in bed.", {SUP}),
        ("Between flares she can walk about 100 metres.", {QD}),
        ("She can lift light items such as a loaf of bread and a pint of milk.", {SUP}),
        ("She takes 40 mg of prednisolone during flares.", {NC}),
        ("She reported no sensitivity to sunlight.", {NS}),
        ("The assessment lasted approximately 55 minutes.", {IMP}),
    ]
    return turns, report


def _case_06():
    # PIP face to face, below-knee amputation and diabetes, claimant alone.
    turns = [
        (
            "A",
            "Hello, please take a seat. This is your PIP assessment. Have you come on your own today?",
        ),
        ("C", "Yes. I got a taxi here."),
        ("A", "Can you tell me about your amputation?"),
        (
            "C",
            "I lost my left leg below the knee two years ago, because of my diabetes. I've got a prosthetic, but the stump gets sore.",
        ),
        ("A", "How long can you wear the prosthetic?"),
        (
            "C",
            "About three hours, then it rubs and I have to take it off. After that I'm on crutches or in the wheelchair.",
        ),
        ("A", "How far can you walk with it?"),
        (
            "C",
            "Fifty yards, maybe. I've got to stop because the socket digs in. And I have to watch out for uneven ground.",
        ),
        ("A", "How do you manage bathing?"),
        (
            "C",
            "I've got a bath board and a grab rail. I can't stand in the shower without the leg on, so I sit.",
        ),
        ("A", "How do you manage your diabetes?"),
        ("C", "I inject insulin four times a day and check my sugar. I can do that myself."),
        ("A", "Any problems with your hands or eyes?"),
        (
            "C",
            "My eyesight's getting worse, I've got retinopathy. I struggle to read the numbers on the pen sometimes, so I use a magnifier.",
        ),
        ("A", "Do you still work?"),
        ("C", "No, I was a bus driver for twenty two years. I had to stop when I lost the leg."),
    ]
    report = [
        ("He attended the assessment alone and travelled by taxi.", {SUP}),
        ("He had a left below knee amputation five years ago.", {NC}),
        ("He is able to wear his prosthesis for most of the day.", {NC}),
        (
            "He can walk approximately 50 yards with his prosthesis before stopping because of discomfort from the socket.",
            {SUP},
        ),
        ("He bathes independently.", {QD}),
        (
            "He manages his insulin injections himself four times a day, using a magnifier to read the pen.",
            {SUP},
        ),
        ("He stated that his eyesight is good.", {NS}),
        ("He worked as a bus driver for twelve years.", {NC}),
        ("The consultation ran from 2pm to 3:05pm.", {IMP}),
    ]
    return turns, report


def _case_07():
    # WCA face to face, epilepsy, girlfriend present.
    turns = [
        (
            "A",
            "Good morning. This is your work capability assessment. I see you've brought someone with you.",
        ),
        ("C", "Yes, this is my girlfriend, Chloe."),
        ("P", "Hi."),
        ("A", "Tell me about your seizures."),
        (
            "C",
            "I have tonic clonic seizures. At the moment about two a month. Plus absences, those are most days.",
        ),
        ("P", "The absences are more like ten or fifteen a day. He doesn't always notice them."),
        ("A", "What happens after a big seizure?"),
        ("C", "I'm wiped out for a day or two. Bad headache, confused, I sleep a lot."),
        ("A", "Can you go out alone?"),
        (
            "C",
            "Only to places I know, and only if I've told Chloe where I'm going. I don't cross busy roads on my own since I had one at a crossing.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "I use the microwave. I'm not allowed to use the hob on my own. I burnt my arm once when I had an absence.",
        ),
        ("A", "Do you get any warning before a seizure?"),
        (
            "C",
            "Sometimes a funny taste, maybe a few seconds before. Not enough to get somewhere safe.",
        ),
        ("A", "When was your last seizure?"),
        ("C", "Last Tuesday. In the bathroom. I hit my head on the sink."),
    ]
    report = [
        ("He attended with his partner.", {SUP}),
        ("He reported tonic clonic seizures approximately twice a year.", {NC}),
        ("His partner reported that he has absences once or twice a day.", {NC}),
        ("He recovers from a seizure within about an hour.", {NC}),
        ("He is able to go out alone.", {QD}),
        ("He prepares food using a microwave.", {SUP}),
        ("He is able to cross roads on his own.", {QD}),
        ("He reported getting a warning of several minutes before a seizure.", {NC}),
        ("He stated he has never been injured during a seizure.", {NS}),
        ("The consultation began at 9:30 and ended at 10:40.", {IMP}),
    ]
    return turns, report


def _case_08():
    # PIP telephone, long COVID, claimant alone.
    turns = [
        (
            "A",
            "Hello, can you hear me okay? This is your PIP assessment and we're doing it over the phone.",
        ),
        ("C", "Yes, I can hear you."),
        ("A", "When did you first get ill?"),
        ("C", "I caught Covid in January twenty twenty two. I never really got better."),
        ("A", "What are your main symptoms now?"),
        (
            "C",
            "Exhaustion, brain fog, and my heart races when I stand up. They think it's something called POTS.",
        ),
        ("A", "Can you prepare a meal?"),
        (
            "C",
            "I sit on a perching stool in the kitchen. I can do something simple, like pasta, but then I have to lie down for an hour afterwards.",
        ),
        ("A", "How far can you walk?"),
        ("C", "To the car and back. Maybe fifteen metres. If I push it, I crash for days."),
        ("A", "How long does a crash last?"),
        ("C", "Three or four days usually. Sometimes a week."),
        ("A", "Do you manage your own washing?"),
        (
            "C",
            "I shower sitting down, twice a week. That's all I've got energy for. My partner washes my hair.",
        ),
        ("A", "And reading, or following information?"),
        (
            "C",
            "I can read a short letter, but I have to read it several times. Anything long, my partner goes through it with me.",
        ),
    ]
    report = [
        ("The claimant caught Covid in January 2022 and has not fully recovered.", {SUP}),
        ("Her heart rate increases when she stands up.", {SUP}),
        ("She prepares simple meals such as pasta.", {QD}),
        ("She can walk approximately 50 metres.", {NC}),
        ("After overexertion her symptoms last around one day.", {NC}),
        ("She showers daily without assistance.", {NC, QD}),
        ("She can read and understand written information.", {QD}),
        ("She appeared well kempt and in no obvious distress.", {IMP}),
        ("She stated she walks her dog twice a day.", {NS}),
    ]
    return turns, report


def _case_09():
    # WCA face to face, severe hearing loss, sister present.
    turns = [
        (
            "A",
            "Good afternoon. This is your work capability assessment. Can you hear me all right if I speak like this?",
        ),
        ("C", "If you face me and speak slowly, I can lip read most of it."),
        ("A", "I'll do that. And who is with you?"),
        ("C", "My sister, Joan. She helps if I miss things."),
        ("P", "Hello."),
        ("A", "Tell me about your hearing."),
        (
            "C",
            "I've been deaf in my right ear since I was a child. The left ear went about eight years ago. I've got a hearing aid, but it only helps a bit.",
        ),
        ("A", "Can you use the telephone?"),
        ("C", "No. I text. Joan makes calls for me."),
        ("A", "How do you manage in groups or in shops?"),
        (
            "C",
            "Hopeless. If there's background noise I can't follow anything. I avoid the supermarket when it's busy.",
        ),
        (
            "P",
            "She got off at the wrong stop last month because she couldn't hear the announcements.",
        ),
        ("A", "Do you have any other health problems?"),
        (
            "C",
            "Tinnitus, all the time, and it stops me sleeping. And I get dizzy spells, maybe twice a week, when I have to sit down straight away.",
        ),
        ("A", "Have you worked before?"),
        (
            "C",
            "I worked in a bakery for fifteen years, on the early shift. I left three years ago.",
        ),
    ]
    report = [
        ("The claimant attended with her sister.", {SUP}),
        ("The assessment was carried out by telephone.", {IMP}),
        ("She was able to follow the conversation without difficulty.", {QD}),
        ("She lost the hearing in her left ear around two years ago.", {NC}),
        ("She stated she is able to use the telephone.", {NS}),
        ("She reported dizzy spells around twice a month, when she needs to sit down.", {NC}),
        ("She does her own shopping at the supermarket.", {QD}),
        ("She worked in a bakery for fifteen years and left three years ago.", {SUP}),
    ]
    return turns, report


def _case_10():
    # PIP video, OCD, claimant alone.
    turns = [
        ("A", "Hello, can you see and hear me okay? This is your PIP assessment by video call."),
        ("C", "Yes, you're a bit pixelated but it's fine."),
        ("A", "Tell me about your OCD."),
        (
            "C",
            "It's mostly checking and contamination. I check the door and the cooker, it can be fifty or sixty times before I can leave the house.",
        ),
        ("A", "How long does it take you to leave the house?"),
        (
            "C",
            "On a bad day, two hours. On a good day maybe forty five minutes. Some days I just don't go.",
        ),
        ("A", "How about washing?"),
        (
            "C",
            "I wash my hands until they bleed. Showering takes over an hour, because I have to do it in a set order, and if I get it wrong I start again.",
        ),
        ("A", "Do you have any support?"),
        (
            "C",
            "I see a psychologist every fortnight. And my brother comes round on Sundays to help me with the food shopping, because I can't touch things in the shop.",
        ),
        ("A", "How do you manage with money?"),
        ("C", "Fine, I do it all online. That's actually the one thing I can manage."),
        ("A", "Do you get on with other people?"),
        (
            "C",
            "I've got one friend I see. I won't shake hands or go to anyone's house. I haven't been to a pub in about four years.",
        ),
        ("A", "Okay. And are you on medication?"),
        ("C", "Sertraline, two hundred milligrams."),
    ]
    report = [
        ("She checks the door and the cooker a few times before leaving the house.", {NC}),
        ("It takes her around 45 minutes to leave the house.", {QD}),
        ("She is able to shower in around 20 minutes.", {NC}),
        ("She manages her finances independently online.", {SUP}),
        ("She sees a psychologist every fortnight.", {SUP}),
        ("She does her own food shopping.", {QD}),
        ("She regularly visits friends at their homes.", {NS}),
        ("She takes sertraline 100 mg.", {NC}),
        ("She walked into the consulting room unaided.", {IMP}),
    ]
    return turns, report


def _case_11():
    # WCA telephone, kidney failure on dialysis, wife present.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment, which we're doing on the telephone. Is anyone with you?",
        ),
        ("C", "My wife's here, she'll chip in if I forget things."),
        ("P", "Morning."),
        ("A", "Can you tell me about your kidneys?"),
        (
            "C",
            "Stage five kidney failure. I have dialysis at the hospital three times a week, four hours each time.",
        ),
        ("A", "How do you feel after dialysis?"),
        (
            "C",
            "Washed out. I come home and sleep. The day after I'm a bit better, but never right.",
        ),
        ("P", "He's usually in bed by six on dialysis days. He can't do anything."),
        ("A", "How far can you walk?"),
        (
            "C",
            "I can get round the house. Outside, maybe to the neighbour's, about thirty metres, and then my legs cramp.",
        ),
        ("A", "Do you have any restrictions on fluid?"),
        ("C", "I'm only allowed half a litre a day plus what I pass, which is not much."),
        ("A", "And how do you get to dialysis?"),
        (
            "C",
            "Hospital transport picks me up. I can't drive any more, I blacked out once at the wheel.",
        ),
    ]
    report = [
        ("He attends hospital for dialysis twice a week.", {NC}),
        ("Each dialysis session lasts four hours.", {SUP}),
        ("He reported feeling well after dialysis.", {NS}),
        ("His wife reported that he goes to bed early on dialysis days.", {SUP}),
        ("He can walk around 30 metres outdoors.", {QD}),
        ("His fluid intake is restricted to half a litre a day plus his urine output.", {SUP}),
        ("He drives himself to his dialysis sessions.", {NS}),
        ("He was alert and maintained good eye contact throughout.", {IMP}),
    ]
    return turns, report


def _case_12():
    # PIP face to face, rheumatoid arthritis, husband present.
    turns = [
        (
            "A",
            "Morning. This is your PIP consultation. Thanks for coming in. Who have you brought with you?",
        ),
        ("C", "My husband, Tom. He drove me here."),
        ("A", "Tell me about your arthritis."),
        (
            "C",
            "Rheumatoid arthritis, in my hands, wrists, knees and feet. Mornings are the worst, I'm stiff for about two hours after I get up.",
        ),
        ("A", "Can you manage getting dressed?"),
        (
            "C",
            "Tom does my bra and my socks. I wear things that pull on, no buttons. It takes me about half an hour.",
        ),
        ("P", "On bad mornings I basically dress her."),
        ("A", "What about cooking?"),
        (
            "C",
            "I can't open jars or lift a full pan. I've got an easy grip peeler and a kettle tipper. I can make a sandwich.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "About a hundred yards, slowly, with my stick, and then my knees really hurt. I use a wheelchair if we go to town.",
        ),
        ("A", "Do you have any problem with the toilet?"),
        ("C", "I've got a raised seat and a frame around it, otherwise I can't get up."),
        ("A", "And how often do you have flare ups?"),
        ("C", "Once a month, roughly, and they last about a week."),
        ("P", "Last one she was in bed for nine days."),
    ]
    report = [
        ("She attended the assessment unaccompanied.", {IMP}),
        ("She reports morning stiffness lasting around 20 minutes.", {NC}),
        ("She dresses herself in around half an hour.", {QD}),
        ("She can make a sandwich and uses an easy grip peeler and a kettle tipper.", {SUP}),
        ("She can walk about 100 yards.", {QD}),
        ("She uses the toilet independently.", {QD}),
        ("She reported flare ups approximately once every six months.", {NC}),
        ("Her flare ups last about a week.", {SUP}),
        ("She stated she is able to open jars.", {NS}),
    ]
    return turns, report


def _case_13():
    # WCA face to face, learning disability, father present.
    turns = [
        (
            "A",
            "Hello Daniel, I'm going to ask you some questions about how you manage. Who's with you today?",
        ),
        ("C", "My dad."),
        ("P", "I'm his dad, Steve. I'm his carer."),
        ("A", "Daniel, do you go out on your own?"),
        ("C", "To the shop at the end of the road. Not further."),
        (
            "P",
            "He gets lost if it's anywhere new. He's got a card in his wallet with my number on it.",
        ),
        (
            "A",
            "Can you tell me how much change you'd get from five pounds if something cost three pounds?",
        ),
        ("C", "Um. One pound? I don't know."),
        ("A", "That's okay. Do you cook for yourself?"),
        ("C", "I can make toast. Dad does the tea."),
        ("P", "He can't use the oven safely. He left a pan on once and it caught fire."),
        ("A", "Have you ever had a job?"),
        ("C", "I go to a day centre on Mondays and Wednesdays. I help with the gardening there."),
        ("A", "How do you feel if plans change?"),
        ("C", "I don't like it. I get upset and shout."),
        ("P", "It can take him the whole afternoon to calm down."),
    ]
    report = [
        ("He attended with his father, who is his carer.", {SUP}),
        ("He goes out alone to the shop at the end of his road.", {SUP}),
        ("He correctly calculated the change from five pounds.", {IMP}),
        ("He attends a day centre five days a week.", {NC}),
        ("He can use the oven to cook simple meals.", {QD}),
        ("He stated he copes well when plans change.", {NS}),
        ("He travels independently to unfamiliar places on public transport.", {NS}),
        ("When upset, he calms down within a few minutes.", {NC}),
    ]
    return turns, report


def _case_14():
    # PIP telephone, COPD, claimant alone.
    turns = [
        (
            "A",
            "Hello, is that Mr Hughes? I'm calling for your PIP assessment, which is being done by telephone.",
        ),
        ("C", "Yes, speaking. Sorry, give me a second, I'm a bit out of puff."),
        ("A", "Take your time. Can you tell me about your breathing?"),
        (
            "C",
            "I've got COPD. I'm on oxygen at home, sixteen hours a day. I was a smoker for forty years, I stopped in twenty eighteen.",
        ),
        ("A", "How do you get about outside?"),
        (
            "C",
            "Mobility scooter mostly. I can walk maybe ten metres with the portable oxygen before I have to stop and get my breath back.",
        ),
        ("A", "How about washing and bathing?"),
        (
            "C",
            "My son put a seat in the shower. I need to stop halfway and sit with my oxygen on. It wipes me out for an hour.",
        ),
        ("A", "Can you manage your inhalers?"),
        ("C", "Yes, I can do those myself. And the nebuliser, twice a day."),
        ("A", "How often do you get chest infections?"),
        ("C", "Five or six times last winter. I was in hospital twice."),
        ("A", "Okay. Can you tell me about your sleep?"),
        ("C", "I sleep in the chair, propped up. Lying flat I can't breathe."),
    ]
    report = [
        ("He uses home oxygen for around six hours a day.", {NC}),
        ("He stopped smoking in 2018.", {SUP}),
        ("He can walk approximately 10 metres.", {QD}),
        ("He showers independently.", {QD}),
        ("He manages his inhalers and nebuliser independently.", {SUP}),
        ("He was admitted to hospital twice last winter.", {SUP}),
        ("On examination there was no cyanosis and no ankle swelling.", {IMP}),
        ("He stated he sleeps in bed lying flat.", {NS}),
    ]
    return turns, report


def _case_15():
    # WCA video, Crohn's disease, claimant alone.
    turns = [
        (
            "A",
            "Hi, thanks for joining the video call. This is your work capability assessment. Are you somewhere private?",
        ),
        ("C", "Yes, I'm in my bedroom. I'm near the bathroom, in case I need to go."),
        ("A", "That's fine, just tell me if you need a break. Tell me about your Crohn's."),
        (
            "C",
            "I was diagnosed at nineteen, so eleven years ago. I've had two operations, and part of my bowel removed.",
        ),
        ("A", "How often do you need the toilet?"),
        (
            "C",
            "On a bad day, fifteen or twenty times. On a better day maybe six or seven. And it's urgent, I get a few seconds' warning.",
        ),
        ("A", "Have you had any accidents?"),
        ("C", "Yes. About once a week I don't make it. That's why I don't really go out."),
        ("A", "When you do go out, what do you do?"),
        (
            "C",
            "I plan the route around toilets. I carry a spare set of clothes. I won't go anywhere more than ten minutes from home.",
        ),
        ("A", "How's your energy?"),
        ("C", "I'm anaemic, so I'm tired all the time. I have iron infusions every three months."),
        ("A", "Do you take anything for pain?"),
        ("C", "Codeine when it's bad, which is most days, to be honest."),
    ]
    report = [
        ("He was diagnosed with Crohn's disease eleven years ago.", {SUP}),
        ("He opens his bowels around six or seven times a day.", {QD}),
        ("He reported a loss of bowel control about once a month.", {NC}),
        (
            "When he goes out he plans his route around toilets and stays within about ten minutes of home.",
            {SUP},
        ),
        ("He receives iron infusions every month.", {NC}),
        ("A physical examination of the abdomen was carried out and was unremarkable.", {IMP}),
        ("He stated he works part time as a delivery driver.", {NS}),
    ]
    return turns, report


def _case_16():
    # PIP telephone, stroke, daughter present.
    turns = [
        (
            "A",
            "Hello, this is your PIP assessment, we're speaking on the telephone today. Is it just you?",
        ),
        (
            "C",
            "My daughter Aisha's here. My speech isn't great since the stroke, so she might help.",
        ),
        ("P", "Hello, yes, I'm here."),
        ("A", "When did you have the stroke?"),
        ("C", "Eighteen months ago. It affected my left side. My arm is still weak."),
        ("A", "How do you manage preparing food?"),
        (
            "C",
            "I can't use two hands, so I can't chop or open tins. Aisha brings meals over and I heat them up in the microwave.",
        ),
        ("A", "How do you manage dressing?"),
        (
            "C",
            "I can do a T shirt and joggers on my own, but it takes me ages, about forty minutes. Aisha does my shoes.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "With Aisha. I don't go on my own. I fell in the street in the summer, and since then I'm frightened to go out.",
        ),
        ("P", "He uses a quad stick. He can walk to the car, maybe twenty metres."),
        ("A", "How's your memory?"),
        ("C", "Not too bad. Sometimes I forget to take my tablets."),
        ("P", "I put them in a dosette box and ring him at lunchtime to remind him."),
    ]
    report = [
        ("He had a stroke eighteen months ago which affected his left side.", {SUP}),
        ("He heats up meals in a microwave, which his daughter brings over.", {SUP}),
        ("He dresses independently.", {QD}),
        ("He can walk about twenty metres to the car.", {QD}),
        ("He manages his medication without assistance.", {QD}),
        ("The claimant was alone and no one else was present during the call.", {IMP}),
        ("He stated he enjoys going to the pub with friends on Friday nights.", {NS}),
    ]
    return turns, report


def _case_17():
    # WCA face to face, prolapsed discs and sciatica, claimant alone.
    turns = [
        (
            "A",
            "Hello, come in, have a seat wherever is comfortable. This is your work capability assessment.",
        ),
        ("C", "Thanks. I'll stand for a minute if that's okay, my back's bad after the bus."),
        ("A", "Of course. Tell me about your back."),
        (
            "C",
            "I've got two prolapsed discs and sciatica down my right leg. It started after a fall at work in twenty twenty.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "About fifteen minutes, then I have to get up and move around. In the car I have to stop every quarter of an hour.",
        ),
        ("A", "And standing?"),
        ("C", "Ten minutes, maybe. Then the leg goes numb and I have to lean on something."),
        ("A", "Can you pick something up from the floor?"),
        ("C", "Not really. I've got a grabber. If I bend down I sometimes can't get back up."),
        ("A", "What medication do you take?"),
        ("C", "Pregabalin and co-codamol. They make me drowsy, so I nap most afternoons."),
        ("A", "Do you drive?"),
        ("C", "Only short trips, ten minutes at most. My wife usually drives."),
    ]
    report = [
        ("He stated he can sit for up to an hour.", {NC}),
        ("He can stand for around ten minutes.", {QD}),
        ("He is able to pick up objects from the floor.", {QD}),
        ("His back problems began after a fall at work in 2020.", {SUP}),
        ("He takes pregabalin and co-codamol, which make him drowsy.", {SUP}),
        ("He sat comfortably throughout the consultation, which lasted 40 minutes.", {IMP}),
        ("He stated he drives for up to an hour at a time.", {NC}),
    ]
    return turns, report


def _case_18():
    # PIP video, bipolar disorder, friend present.
    turns = [
        (
            "A",
            "Hello, we're connected by video. This is your PIP assessment. I can see someone next to you, is that right?",
        ),
        ("C", "Yes, that's my friend Rosa. She's come to support me."),
        ("P", "Hi there."),
        ("A", "Tell me about your bipolar disorder."),
        (
            "C",
            "I was diagnosed seven years ago. I've had three hospital admissions. The last one was in twenty twenty three, for about six weeks.",
        ),
        ("A", "How are things at the moment?"),
        (
            "C",
            "I'm low at the moment. I can stay in bed for days. I haven't opened my post in about a month.",
        ),
        ("P", "I come round twice a week to go through her letters and make sure she's eating."),
        ("A", "What happens when you're high?"),
        (
            "C",
            "I spend money I don't have. Last time I ran up about four thousand pounds on credit cards in a fortnight.",
        ),
        ("A", "Who looks after your money now?"),
        (
            "C",
            "Rosa helps me with a budget, and I've given my bank card to my sister so I can't overspend.",
        ),
        ("A", "How about washing and looking after yourself?"),
        (
            "C",
            "When I'm low I don't wash for a week at a time. Rosa has to push me to get in the shower.",
        ),
        ("A", "Are you seeing anyone for your mental health?"),
        ("C", "A community psychiatric nurse, every two weeks. And I take lithium."),
    ]
    report = [
        ("She was diagnosed with bipolar disorder seven years ago.", {SUP}),
        ("She has had three psychiatric admissions, most recently in 2023.", {SUP}),
        (
            "She reported spending around 400 pounds on credit cards during her last high episode.",
            {NC},
        ),
        ("She manages her own money.", {QD}),
        ("She is able to wash and shower herself.", {QD}),
        ("She sees a community psychiatric nurse every two weeks and takes lithium.", {SUP}),
        ("The video consultation started at 10:00 and finished at 11:20.", {IMP}),
        ("She reported that she currently feels well and her mood is stable.", {NS}),
    ]
    return turns, report


def _case_19():
    # PIP telephone, glaucoma and severe sight loss, husband present.
    turns = [
        (
            "A",
            "Good afternoon, this is your PIP assessment over the telephone. Is anyone with you?",
        ),
        ("C", "My husband, Keith. I can't read anything, so he deals with letters for me."),
        ("P", "Good afternoon."),
        ("A", "Tell me about your eyesight."),
        (
            "C",
            "I've got glaucoma. I'm registered severely sight impaired. I've got a bit of vision in my left eye, just light and shapes really.",
        ),
        ("A", "How do you get around outside?"),
        (
            "C",
            "I use a long cane. I only go on routes I know, like to the corner shop. Anywhere new, Keith has to come with me.",
        ),
        ("A", "How do you manage cooking?"),
        (
            "C",
            "I use a talking microwave, and a liquid level indicator for hot drinks. I don't use the hob, I burnt myself twice.",
        ),
        ("A", "And reading?"),
        ("C", "I can't read print at all. My phone reads my texts out to me."),
        (
            "P",
            "I read all her post to her. Sometimes twice, because she worries she's missed something.",
        ),
        ("A", "How long have you had the diagnosis?"),
        ("C", "Twelve years. It got a lot worse in the last two."),
    ]
    report = [
        ("She has had a diagnosis of glaucoma for twelve years.", {SUP}),
        ("She uses a long cane on familiar routes.", {SUP}),
        ("She is able to plan and follow unfamiliar journeys alone.", {NS}),
        ("She can prepare hot drinks.", {QD}),
        ("Her phone reads her text messages aloud to her.", {SUP}),
        ("She was observed to move around the room without difficulty.", {IMP}),
        ("She read the consent form and signed it in the presence of the assessor.", {IMP}),
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

FIRST_SEED = 16000


def make_case_16(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    """Return (dialogue, report) for one seed in 16000..16019.

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
