"""Blind held-out set 18 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty hand-written PIP (PA4) and WCA (ESA85) consultations, face to face, by telephone and by video, some
with a companion (wife, husband, mother, brother, daughter, friend, support worker), covering motor neurone
disease, psoriatic arthritis, schizoaffective disorder, hip replacement, Tourette's, endometriosis, deafness,
post-sepsis syndrome, emotionally unstable personality disorder, COPD, brain injury, chronic widespread pain,
Ehlers-Danlos, anxiety and depression, Parkinson's, epilepsy, autism, stroke, Crohn's disease and ME. Each
report mixes faithful paraphrase with changed figures, dropped limits, invented statements and statements the
recording itself rules out (observations in a phone call, a lone attendee while a companion speaks, a
consultation far longer than the recording, no repetition or no break when the recording shows one).
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
    # PIP face to face, motor neurone disease, wife present.
    turns = [
        (
            "A",
            "Good morning. This is your PIP assessment, face to face here at the centre. I can see you've come in with someone. Who is with you today?",
        ),
        ("C", "This is my wife, Janet. She helps me with most things now."),
        ("P", "Hello. I'm his main carer."),
        ("A", "Thank you. Can you tell me about your condition?"),
        (
            "C",
            "I was diagnosed with motor neurone disease about two years ago. It started in my right hand, and now my legs are getting weak as well.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With the frame, maybe ten metres, from the lounge to the kitchen. Then I have to sit down. I fell twice last month.",
        ),
        ("A", "Do you use anything else when you're outside?"),
        (
            "P",
            "He uses a wheelchair outside, and I push him. He can't really walk outside at all now.",
        ),
        ("A", "What about preparing food?"),
        (
            "C",
            "I can't grip a knife any more. Janet does all the cooking. I can maybe microwave something if it's already in a bowl, but even that, I dropped one last week.",
        ),
        ("A", "And getting dressed?"),
        (
            "C",
            "She does the buttons and my socks. I can get a T-shirt over my head on a good day, but it takes me about twenty minutes.",
        ),
        ("A", "How are your speech and swallowing?"),
        (
            "C",
            "My speech slurs a bit in the evenings. And I cough when I drink, so I use a thickener now.",
        ),
        ("A", "Are you taking any medication?"),
        ("C", "Riluzole, twice a day."),
    ]
    report = [
        ("The claimant was accompanied by his wife, who is his main carer.", {SUP}),
        (
            "He states he can walk approximately 50 metres with a walking frame before needing to sit down.",
            {NC},
        ),
        ("He reported one fall in the past year.", {NC}),
        ("He is able to prepare a simple meal using a microwave.", {QD}),
        ("He dresses himself independently, taking around five minutes.", {NC, QD}),
        ("He takes riluzole twice daily.", {SUP}),
        ("The consultation lasted 55 minutes.", {IMP}),
        ("He enjoys going to football matches with friends at weekends.", {NS}),
        ("He uses a thickener in his drinks because he coughs when drinking.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA telephone, psoriatic arthritis, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment. It's a telephone assessment today, so I won't be able to see you. Is anyone with you?",
        ),
        ("C", "No, it's just me."),
        ("A", "Tell me about your psoriatic arthritis."),
        (
            "C",
            "It's mainly my hands, my knees and my lower back. The joints swell up. I have flares maybe three times a month, and they last about four or five days.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "About twenty minutes, then I have to get up and move around because my back seizes.",
        ),
        ("A", "And standing?"),
        ("C", "Standing is worse. Ten minutes, maybe less, before my knees start to throb."),
        ("A", "How about using a keyboard, or writing?"),
        (
            "C",
            "Writing, a couple of lines and my fingers lock. I can type a bit, with pauses, but on a flare day I can't hold a pen at all.",
        ),
        ("A", "Could you pick up something like a full kettle?"),
        (
            "C",
            "No. I use a kettle tipper, and I only fill it halfway. I dropped a full one once and burnt my leg.",
        ),
        ("A", "What treatment are you on?"),
        (
            "C",
            "Methotrexate once a week, fifteen milligrams, and folic acid. I'm waiting to start an injection.",
        ),
        ("A", "How do you get around?"),
        ("C", "I don't drive. My neighbour takes me shopping on a Saturday."),
    ]
    report = [
        ("This was a telephone assessment.", {SUP}),
        ("She reports flares about once every two months.", {NC}),
        ("She can sit for up to one hour before needing to move.", {NC}),
        ("She states she can stand for about ten minutes before her knees become painful.", {SUP}),
        ("She is able to write and use a keyboard without difficulty.", {QD}),
        ("She can lift and carry a full kettle.", {QD}),
        ("She takes methotrexate 25 mg weekly.", {NC}),
        ("On observation she sat comfortably and showed no signs of discomfort.", {IMP}),
        ("She drives herself to the supermarket once a week.", {NS}),
    ]
    return turns, report


def _case_02():
    # PIP video, schizoaffective disorder, support worker present.
    turns = [
        ("A", "Hi, can you see and hear me okay? This is a video call for your PIP assessment."),
        ("C", "Yes, I can see you. My support worker Dev is here with me."),
        ("P", "Hi, I'm Dev. I visit him three times a week."),
        ("A", "Thanks. Can you tell me about your mental health?"),
        (
            "C",
            "I've got schizoaffective disorder. I hear voices most days, and I have low spells where I don't get out of bed for a week or so.",
        ),
        ("A", "How do you manage your medication?"),
        (
            "C",
            "I have a depot injection every two weeks at the clinic, and clozapine tablets at night. Dev fills a dosette box because I forget, or I double up.",
        ),
        ("A", "What about budgeting and paying bills?"),
        (
            "P",
            "He's got an appointee. His sister handles his money. Last year he spent his whole month's money in two days.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Not really. If I do, it's only the corner shop, about five minutes away, and I come straight back because of the voices. Anywhere new I need Dev or my sister.",
        ),
        ("A", "How about cooking?"),
        (
            "C",
            "I make toast or cereal. I left the gas on once, so I don't use the hob unless someone's with me.",
        ),
        ("A", "Do you see friends at all?"),
        (
            "C",
            "No. I used to, but I haven't really spoken to anyone apart from family and Dev in about a year.",
        ),
        ("A", "Okay, thank you."),
    ]
    report = [
        (
            "He attended the video consultation with his support worker, who visits three times a week.",
            {SUP},
        ),
        ("He manages his medication independently.", {QD}),
        ("He receives a depot injection every four weeks.", {NC}),
        ("He manages his own budget and pays his bills.", {QD}),
        ("He uses the hob only when someone is with him.", {SUP}),
        ("He reports hearing voices about once a month.", {NC}),
        ("He meets friends at the pub twice a week.", {NS}),
        ("No third party was present during the consultation.", {IMP}),
    ]
    return turns, report


def _case_03():
    # WCA face to face, hip replacement with complications, claimant alone.
    turns = [
        (
            "A",
            "Good afternoon, come in. This is your work capability assessment. I'll ask about your hip and how you manage day to day.",
        ),
        ("C", "Thanks. Sorry I'm slow, this hip still isn't right."),
        ("A", "When was the operation?"),
        (
            "C",
            "Twenty twenty-two, the left hip. Then it dislocated twice and they redid it last spring.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my two crutches, maybe a hundred metres on a good day. Usually I stop about halfway because of the pain in my groin.",
        ),
        ("A", "Can you manage stairs?"),
        (
            "C",
            "One step at a time, holding the rail. I've got thirteen stairs at home and it takes me a couple of minutes to get up them.",
        ),
        ("A", "What about sitting?"),
        ("C", "I need a high chair. About half an hour, then I have to stand up and stretch it."),
        ("A", "Can you bend down to pick something up off the floor?"),
        ("C", "No, I'm not allowed to bend past ninety degrees. I use a grabber."),
        ("A", "What do you take for the pain?"),
        (
            "C",
            "Co-codamol, two tablets four times a day, and I've just started amitriptyline at night.",
        ),
        ("A", "Are you working at all?"),
        ("C", "No. I was a delivery driver, but I haven't worked since the first operation."),
    ]
    report = [
        ("He had a left hip replacement in 2019.", {NC}),
        ("He reports he can walk 200 metres using two crutches.", {NC, QD}),
        ("He manages stairs one step at a time using the handrail.", {SUP}),
        ("He can sit for about half an hour before needing to stand and stretch.", {SUP}),
        ("He is able to bend to pick up items from the floor.", {QD}),
        ("He takes co-codamol twice a day.", {NC}),
        ("He currently works part time as a delivery driver.", {NS}),
        ("He sat throughout the 60-minute assessment without needing to stand.", {IMP}),
    ]
    return turns, report


def _case_04():
    # PIP telephone, Tourette's syndrome, mother present on speaker.
    turns = [
        (
            "A",
            "Hello, this is your PIP telephone assessment. I'm calling from the assessment provider. Is anyone with you?",
        ),
        ("C", "My mum's here. She's on speaker with me."),
        ("P", "Hello, yes, I'm his mum, Carol."),
        ("A", "Okay. Can you tell me how Tourette's affects you?"),
        (
            "C",
            "I have motor tics and vocal tics. They're worse when I'm stressed. Sometimes I hit myself, my arm just goes, and I've cracked a tooth.",
        ),
        ("A", "How often does that happen?"),
        ("C", "The big ones, maybe five or six times a day. The small tics are constant."),
        ("A", "How do you get on with going out?"),
        (
            "C",
            "I don't go on buses now. People stare, and one time someone kicked off at me. If I go out it's with my mum, in the car.",
        ),
        ("P", "He hasn't been out on his own since he was about nineteen. He's twenty-four now."),
        ("A", "What about cooking?"),
        (
            "C",
            "I can't really use knives, my arm jerks. Mum chops things and I can stir something in a pan if she's there.",
        ),
        ("A", "Do you take any medication?"),
        (
            "C",
            "Aripiprazole, five milligrams in the morning. It helps a bit but it makes me tired.",
        ),
        ("A", "How's your sleep?"),
        ("C", "Bad. About four hours a night, because the tics wake me up."),
    ]
    report = [
        ("His mother was present and contributed to the telephone consultation.", {SUP}),
        ("He reports major tics once or twice a day.", {NC}),
        ("He goes out alone on foot to local shops.", {QD}),
        ("He is 28 years old.", {NC}),
        ("He can chop vegetables and cook a meal.", {QD}),
        ("He takes aripiprazole 5 mg each morning, which makes him tired.", {SUP}),
        ("He sleeps around eight hours a night.", {NC}),
        ("He appeared well groomed and no tics were seen during the consultation.", {IMP}),
        ("He said he plays in a five-a-side football team.", {NS}),
    ]
    return turns, report


def _case_05():
    # WCA telephone, endometriosis, claimant alone.
    turns = [
        (
            "A",
            "Hello, it's the health assessment service calling for your work capability assessment. This one is by phone. Can you confirm your name?",
        ),
        ("C", "Yes, it's Priya Shah."),
        ("A", "Thanks. Tell me about the endometriosis."),
        (
            "C",
            "It's stage four. I get pain every day, but for about ten days a month it's really severe, I can barely get off the sofa.",
        ),
        ("A", "On those bad days, what can you do?"),
        (
            "C",
            "Not much. I go to the toilet and back. I use a hot water bottle and the TENS machine. I've been to A and E three times this year with it.",
        ),
        ("A", "How far can you walk on a better day?"),
        (
            "C",
            "Maybe to the end of the road and back. That's, I don't know, two hundred metres? But I'd be in pain after.",
        ),
        ("A", "Do you have any bladder or bowel problems?"),
        (
            "C",
            "Yes, bowel. Sometimes I have to rush, and maybe twice a week I don't quite make it.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "Tramadol, fifty milligrams, up to four a day, and a hormone injection every three months.",
        ),
        ("A", "Have you had surgery?"),
        ("C", "Three laparoscopies. The last one was in twenty twenty-three."),
        ("A", "Okay. Is there anything else?"),
        ("C", "Just that I can't plan anything, because I never know which days will be bad."),
    ]
    report = [
        ("She reports severe pain on around three days a month.", {NC}),
        ("She has attended A and E once this year.", {NC}),
        ("On better days she can walk about 200 metres, though she is in pain afterwards.", {SUP}),
        ("She reports occasional bowel urgency, with an accident about once a month.", {NC}),
        ("She takes tramadol 50 mg up to four times a day.", {SUP}),
        ("She has had three laparoscopies, most recently in 2023.", {SUP}),
        ("She was observed to move comfortably around her home during the call.", {IMP}),
        ("She states she goes to the gym three times a week.", {NS}),
        ("She can manage her daily activities without difficulty on most days.", {QD}),
    ]
    return turns, report


def _case_06():
    # PIP face to face, severe hearing loss after meningitis, friend present.
    turns = [
        (
            "A",
            "Hello, I'm your assessor today. This is a face to face PIP assessment. Can you hear me all right?",
        ),
        ("C", "Sorry, can you say that again? I need to see your face."),
        ("A", "Of course. I said, can you hear me all right?"),
        ("C", "Better now. I lip-read mostly. My friend Sam is here to help if I miss something."),
        ("P", "Hi. I'll repeat things if he doesn't catch them."),
        ("A", "Can you tell me about your hearing?"),
        (
            "C",
            "I lost most of my hearing after meningitis when I was six. I have two hearing aids, but in a noisy place they're useless.",
        ),
        ("A", "How do you manage with the phone?"),
        (
            "C",
            "I can't use a phone for calls. I text, or Sam rings for me. Calls with the bank were a nightmare, so Sam deals with them.",
        ),
        ("A", "And places like the GP surgery?"),
        (
            "P",
            "He misses his name being called. Last time he sat there for an hour. I go with him most times now.",
        ),
        ("A", "Do you read well?"),
        ("C", "Yes, reading is fine. I read the paper every day."),
        ("A", "Do you get anxious in social situations?"),
        (
            "C",
            "Quite a bit. In groups I can't follow, so I just stop going. I used to go to the pub quiz once a week, but I stopped about three years ago.",
        ),
        ("A", "Okay. Do you have any balance problems?"),
        ("C", "A little dizziness, maybe once a week, from the damage to my inner ear."),
    ]
    report = [
        ("He heard and responded to all questions without any need for repetition.", {IMP}),
        ("He lost his hearing after meningitis at the age of sixteen.", {NC}),
        ("He is able to make telephone calls independently.", {QD}),
        ("He has no difficulty reading and reads a newspaper daily.", {SUP}),
        ("He is learning British Sign Language at evening classes.", {NS}),
        ("He uses two hearing aids, which are of limited benefit in noisy environments.", {SUP}),
        ("He experiences dizziness about once a month.", {NC}),
        ("He attends GP appointments on his own without difficulty.", {QD}),
        (
            "He stopped going to a weekly pub quiz around three years ago because he could not follow group conversation.",
            {SUP},
        ),
    ]
    return turns, report


def _case_07():
    # WCA face to face, post-sepsis syndrome, partner present.
    turns = [
        ("A", "Morning. This is your work capability assessment. Who have you brought with you?"),
        ("C", "My partner, Luke."),
        ("P", "Morning."),
        ("A", "Can you tell me what happened?"),
        (
            "C",
            "I had sepsis in January last year from a kidney infection. I was in intensive care for eleven days. Since then I've been exhausted all the time.",
        ),
        ("A", "How does the fatigue affect you?"),
        (
            "C",
            "If I do something like a shower, I need to lie down for an hour after. I sleep in the afternoon most days.",
        ),
        ("A", "Any problems with memory or concentration?"),
        (
            "C",
            "Yes, brain fog. I lose track of conversations. I can read maybe a page and then I've forgotten it.",
        ),
        ("P", "She's left the bath running twice. I set alarms on her phone for her tablets."),
        ("A", "How far can you walk?"),
        (
            "C",
            "About fifty metres, then my legs feel like jelly and I get breathless. I used to run half marathons.",
        ),
        ("A", "Do you have any pain?"),
        (
            "C",
            "Aching in my legs and hands, mostly in the evening. And my fingers go numb in the cold.",
        ),
        ("A", "Are you under any follow-up?"),
        (
            "C",
            "I see the post intensive care clinic every three months, and a physio once a fortnight.",
        ),
    ]
    report = [
        ("She was accompanied by her partner.", {SUP}),
        ("She spent three days in intensive care.", {NC}),
        ("She states she can walk about 500 metres before becoming breathless.", {NC}),
        ("She can concentrate on reading for extended periods.", {QD}),
        ("She manages her medication without prompting.", {QD}),
        ("She sees a physiotherapist once a fortnight.", {SUP}),
        ("She reports walking her dog twice a day.", {NS}),
        ("The assessment began at 09:05 and ended at 10:20.", {IMP}),
        ("After showering she needs to rest for about an hour.", {SUP}),
    ]
    return turns, report


def _case_08():
    # PIP telephone, emotionally unstable personality disorder, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is your PIP assessment by telephone. Are you somewhere you can talk privately?",
        ),
        ("C", "Yes, I'm in my bedroom. It's just me."),
        ("A", "Tell me about your mental health."),
        (
            "C",
            "I've got emotionally unstable personality disorder. My moods switch really quickly. I self-harm, maybe once or twice a week when it's bad.",
        ),
        ("A", "Do you have any support?"),
        (
            "C",
            "A community psychiatric nurse every two weeks, and I'm on a waiting list for DBT. It's been eighteen months.",
        ),
        ("A", "How do you get on with other people?"),
        (
            "C",
            "I don't trust people. If I go into a shop and someone looks at me wrong I have to leave. I've had panic attacks in Tesco.",
        ),
        ("A", "Could you plan a journey somewhere new?"),
        (
            "C",
            "I'd panic. I only go places I know, and even then I have my headphones on and I text my sister the whole way.",
        ),
        ("A", "How about washing and looking after yourself?"),
        (
            "C",
            "When I'm low I don't shower for days, maybe a week. My sister comes round and tells me to.",
        ),
        ("A", "And cooking?"),
        (
            "C",
            "I can do it, pasta or something, but when I'm low I just don't eat. I lost about two stone last year.",
        ),
        ("A", "Thank you."),
    ]
    report = [
        ("She self-harms around once a month.", {NC}),
        ("She sees a community psychiatric nurse every two weeks.", {SUP}),
        ("She has been on a waiting list for therapy for six months.", {NC}),
        ("She can plan and follow journeys to unfamiliar places without support.", {QD}),
        ("She washes and bathes daily without prompting.", {QD}),
        ("She can cook simple meals such as pasta, but does not eat when her mood is low.", {SUP}),
        ("She says she volunteers at a charity shop on Saturdays.", {NS}),
        ("She made good eye contact and was appropriately dressed.", {IMP}),
        ("She reports losing about two stone in weight over the past year.", {SUP}),
    ]
    return turns, report


def _case_09():
    # WCA telephone, COPD, wife present.
    turns = [
        (
            "A",
            "Hello, I'm calling about your work capability assessment. This is a telephone assessment. Is there anyone with you?",
        ),
        ("C", "My wife's here, she'll chip in."),
        ("P", "Hello, I'm Maureen."),
        ("A", "Tell me about your breathing."),
        ("C", "COPD, diagnosed about eight years ago. I'm on oxygen now, sixteen hours a day."),
        ("A", "How far can you walk?"),
        (
            "C",
            "On the flat, about thirty yards, then I've got to stop and get my breath back. Two or three minutes. Hills, forget it.",
        ),
        ("P", "He stops at the gate and leans on it. That's about it."),
        ("A", "Have you had any hospital admissions?"),
        ("C", "Four last winter. Chest infections."),
        ("A", "Do you smoke?"),
        ("C", "I gave up five years ago."),
        ("A", "Can you manage the stairs?"),
        ("C", "We've had a stairlift put in. Before that it took me ten minutes to get up."),
        ("A", "Can you carry anything?"),
        (
            "C",
            "Not really. Maureen carries the shopping. I can carry a light bag maybe, a loaf of bread.",
        ),
        ("A", "What inhalers are you on?"),
        ("C", "Trelegy once a day, and the blue one. I use that maybe six or seven times a day."),
    ]
    report = [
        ("He uses home oxygen for about sixteen hours per day.", {SUP}),
        ("He can walk approximately 300 yards on the flat before stopping.", {NC}),
        ("He had one hospital admission last winter.", {NC}),
        ("He continues to smoke ten cigarettes a day.", {NS}),
        ("He can carry a bag of shopping.", {QD}),
        ("He climbs the stairs at home without aids.", {QD}),
        ("He attended the assessment alone.", {IMP}),
        ("He uses his reliever inhaler once or twice a day.", {NC}),
    ]
    return turns, report


def _case_10():
    # PIP face to face, acquired brain injury, brother present.
    turns = [
        ("A", "Hello, take a seat. This is your PIP face to face assessment. And who are you?"),
        ("P", "I'm his brother, Tom. I'm here because he forgets things."),
        ("A", "Thank you. Can you tell me about your injury?"),
        (
            "C",
            "I came off my motorbike in, er, twenty nineteen. No, twenty eighteen. I hit my head and I was in a coma for two weeks.",
        ),
        ("A", "How does it affect you now?"),
        (
            "C",
            "My memory is shot. I forget appointments, I forget if I've eaten. And I get angry really fast, which isn't me.",
        ),
        (
            "P",
            "He's put a pan on and walked off three or four times. We had the hob isolated, so now he only uses the microwave.",
        ),
        ("A", "Do you manage your money?"),
        ("C", "Tom does it. I got into debt buying stuff online, about four thousand pounds."),
        ("A", "What about reading?"),
        (
            "C",
            "I can read short things, but with long letters I lose track. Tom reads my post with me.",
        ),
        ("A", "Can you get around on your own?"),
        (
            "C",
            "I can walk fine physically, but I get lost. Even on the way to my mum's, a route I've done for years. I've got a tracker on my phone.",
        ),
        ("A", "Do you work?"),
        ("C", "No. I was a plumber. I can't do it now, I'd forget what I was doing halfway."),
        ("A", "Any seizures?"),
        ("C", "I had two fits in the first year. None since then."),
    ]
    report = [
        ("His brother attended and contributed to the assessment.", {SUP}),
        ("He sustained a head injury in a motorcycle accident in 2018.", {SUP}),
        ("He was in a coma for two days.", {NC}),
        ("He cooks meals on the hob independently.", {QD}),
        ("He accrued debts of around four hundred pounds through online shopping.", {NC}),
        ("He can follow routes to familiar places on his own.", {QD}),
        ("He reports one seizure shortly after the injury.", {NC}),
        ("He states he continues to work part time as a plumber.", {NS}),
        (
            "The consultation lasted approximately fifty minutes and he remained seated throughout.",
            {IMP},
        ),
    ]
    return turns, report


def _case_11():
    # WCA video, chronic widespread pain, claimant alone, break requested.
    turns = [
        ("A", "Hello, this is your work capability assessment by video. Can you see me okay?"),
        ("C", "Yes, the picture's a bit jumpy, but it's fine."),
        ("A", "Tell me about your pain."),
        (
            "C",
            "It's chronic widespread pain, everywhere really, but worst in my neck and shoulders. It's been about six years.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "Maybe fifteen minutes, then I have to shift about. Actually, sorry, could we stop for a minute? I need to stand up.",
        ),
        ("A", "Of course, take your time."),
        ("C", "Thanks. Okay, I'm back."),
        ("A", "Can you raise your arms above your head, for example to reach a shelf?"),
        ("C", "My right arm, just about, but it hurts. My left I can only get to shoulder height."),
        ("A", "What about getting to appointments?"),
        (
            "C",
            "I can get the bus if I get a seat, it's about ten minutes. If I have to stand, I can't do it.",
        ),
        ("A", "How do you sleep?"),
        ("C", "Three or four hours at most, then I'm up with the pain."),
        ("A", "What medication do you take?"),
        (
            "C",
            "Pregabalin, a hundred and fifty milligrams twice a day. I was on morphine patches but I came off them.",
        ),
    ]
    report = [
        ("She has had chronic widespread pain for about six years.", {SUP}),
        ("She can sit for up to an hour.", {NC}),
        ("No breaks were requested or required during the consultation.", {IMP}),
        ("She can raise both arms above her head.", {QD}),
        ("She travels independently by bus.", {QD}),
        ("She sleeps around seven hours a night.", {NC}),
        ("She currently uses morphine patches for her pain.", {NS}),
        ("She takes pregabalin 150 mg twice a day.", {SUP}),
    ]
    return turns, report


def _case_12():
    # PIP telephone, hypermobile Ehlers-Danlos syndrome, husband present.
    turns = [
        (
            "A",
            "Hello, it's your PIP telephone assessment. I'll be asking you about your daily life. Is anyone with you today?",
        ),
        ("C", "My husband, Gareth. He's my carer."),
        ("P", "Hello there."),
        ("A", "Can you tell me about the Ehlers-Danlos?"),
        (
            "C",
            "I've got hypermobile EDS. My joints sublux, so they partly pop out. Mostly my shoulders and my knees, maybe ten times a week altogether.",
        ),
        ("A", "How do you manage washing?"),
        (
            "C",
            "I have a shower seat. Gareth helps me wash my hair, because my shoulders go if I lift my arms for long.",
        ),
        ("A", "And dressing?"),
        (
            "C",
            "I wear splints on my fingers and wrists. I can do loose clothes. Gareth does my bra and my shoes.",
        ),
        ("A", "How far can you walk?"),
        (
            "P",
            "With her crutches, about the length of the garden, maybe twenty metres. Outside she's in the wheelchair.",
        ),
        ("C", "Yes, and if my knee goes I just drop. I fell on the stairs in March."),
        ("A", "Do you have any other symptoms?"),
        (
            "C",
            "I get dizzy when I stand. They think it's POTS. I have to sit down straight away or I faint. That happens most days.",
        ),
        ("A", "Are you on any medication?"),
        ("C", "Naproxen, and a low dose of propranolol for my heart rate."),
    ]
    report = [
        ("Her husband, who is her carer, was present.", {SUP}),
        ("She reports subluxations about ten times a month.", {NC}),
        ("She washes her hair independently.", {QD}),
        ("She dresses herself independently with the use of finger splints.", {QD}),
        ("She can walk around 50 metres with crutches.", {NC}),
        ("She reports occasional dizziness on standing, about once a week.", {NC}),
        ("Her gait was observed to be steady and she used no walking aids.", {IMP}),
        ("She states she swims twice a week for exercise.", {NS}),
    ]
    return turns, report


def _case_13():
    # WCA face to face, anxiety and depression, claimant alone (father waiting outside).
    turns = [
        (
            "A",
            "Hello, please sit down. This is your work capability assessment. It's just you today?",
        ),
        ("C", "Yes, just me. My dad drove me and he's waiting outside in the car."),
        ("A", "Okay. Tell me how you've been."),
        (
            "C",
            "Not great. I have generalised anxiety and depression. I've had it since I was fifteen, so about twelve years now.",
        ),
        ("A", "What happens when you're anxious?"),
        (
            "C",
            "My chest goes tight, I shake, I feel sick. I get panic attacks maybe three or four times a week.",
        ),
        ("A", "How do you cope with meeting new people?"),
        (
            "C",
            "I don't, really. Coming here today, I was sick this morning. I only managed it because my dad brought me.",
        ),
        ("A", "Do you go out alone?"),
        (
            "C",
            "To the corner shop, sometimes, if it's quiet, like early morning. Anywhere busier I need my dad or my friend.",
        ),
        ("A", "Have you had any thoughts of harming yourself?"),
        ("C", "Sometimes. Not plans. I have the crisis number."),
        ("A", "What treatment are you having?"),
        (
            "C",
            "Sertraline, a hundred milligrams. I did twelve sessions of CBT last year, but it didn't help much.",
        ),
        ("A", "How about your sleep and energy?"),
        ("C", "I sleep a lot, like twelve hours, and I'm still tired."),
    ]
    report = [
        (
            "She was accompanied into the room by her father, who answered some questions on her behalf.",
            {IMP},
        ),
        ("She has had anxiety and depression for about twelve years.", {SUP}),
        ("She reports panic attacks about once a month.", {NC}),
        ("She copes well with meeting new people.", {QD}),
        ("She goes out alone to busy places.", {QD}),
        ("She completed twelve sessions of CBT last year.", {SUP}),
        ("She takes sertraline 50 mg daily.", {NC}),
        ("She enjoys going to the cinema with friends.", {NS}),
    ]
    return turns, report


def _case_14():
    # PIP video, Parkinson's disease, daughter present.
    turns = [
        ("A", "Hello, can you hear me? This is your PIP assessment over video."),
        ("C", "Yes, love, I can hear you. My daughter set the laptop up for me."),
        ("P", "Hi, I'm Ruth, his daughter. I'll stay, if that's okay."),
        ("A", "That's fine. Can you tell me about your Parkinson's?"),
        (
            "C",
            "I was diagnosed five years ago. My right hand shakes, and I freeze when I walk, especially in doorways.",
        ),
        ("A", "How often do you fall?"),
        ("C", "Oh, once a week, maybe more."),
        ("P", "More, Dad. It was three times last week."),
        ("A", "How do you manage eating?"),
        (
            "C",
            "I can eat with a spoon. Ruth or my wife cut up my food, because I can't use a knife with the shaking.",
        ),
        ("A", "And your medication?"),
        ("C", "Co-careldopa, five times a day. If I'm late with it, I can't move."),
        ("P", "We set alarms. He wouldn't remember otherwise."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Around the house with my stick. Outside, maybe to the car, that's about fifteen metres.",
        ),
        ("A", "Thank you."),
    ]
    report = [
        ("He was diagnosed with Parkinson's disease five years ago.", {SUP}),
        ("He reports falls about once a month.", {NC}),
        ("He is able to cut up his food independently.", {QD}),
        ("He takes co-careldopa five times daily without needing reminders.", {QD}),
        ("Physical examination found normal power and tone in all four limbs.", {IMP}),
        ("He does his own gardening every day.", {NS}),
        ("He can walk about fifteen metres outdoors, as far as the car.", {SUP}),
    ]
    return turns, report


def _case_15():
    # WCA telephone, epilepsy, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is the work capability assessment, by telephone. Have you got some time now?",
        ),
        ("C", "Yes, that's fine."),
        ("A", "Tell me about your epilepsy."),
        (
            "C",
            "I have tonic clonic seizures, about two a month at the moment. And absences, I don't really know how many. My partner says lots, maybe ten a day.",
        ),
        ("A", "Do you get any warning?"),
        ("C", "Sometimes a funny smell, maybe a few seconds before. Usually no warning."),
        ("A", "What happens after a seizure?"),
        (
            "C",
            "I'm wiped out for the rest of the day, and I've got a headache. I'm confused for an hour or two.",
        ),
        ("A", "Have you injured yourself?"),
        (
            "C",
            "I've broken my wrist, and I bit through my tongue once. I don't use the cooker now, only the microwave.",
        ),
        ("A", "Do you drive?"),
        ("C", "No, I lost my licence in twenty twenty-one."),
        ("A", "What medication are you on?"),
        (
            "C",
            "Levetiracetam, one thousand milligrams twice a day, and lamotrigine. They keep increasing it.",
        ),
        ("A", "Do you go out alone?"),
        (
            "C",
            "Only if I really have to. I wear a medical bracelet. Normally my partner comes with me.",
        ),
    ]
    report = [
        ("She has tonic clonic seizures about twice a month.", {SUP}),
        ("She sometimes gets a warning of several minutes before a seizure.", {NC}),
        ("She recovers within about ten minutes after a seizure.", {NC}),
        ("She uses the cooker safely.", {QD}),
        ("She drives short distances locally.", {NS}),
        ("She goes out alone regularly.", {QD}),
        ("The telephone consultation started at 14:00 and finished at 15:15.", {IMP}),
        ("She takes levetiracetam 1000 mg twice daily.", {SUP}),
    ]
    return turns, report


def _case_16():
    # PIP face to face, autism, mother present and answering.
    turns = [
        ("A", "Hello, this is your PIP assessment, face to face. Who's come with you?"),
        ("C", "My mum."),
        ("P", "Hi. She finds talking to new people really hard, so I might help."),
        ("A", "That's fine. Can you tell me a bit about yourself?"),
        ("C", "I'm autistic. I was diagnosed when I was twenty. I'm twenty-six now."),
        ("A", "How do you find going out?"),
        ("C", "Loud places are too much. Supermarkets. I wear ear defenders."),
        (
            "P",
            "If a bus is late or there's a change, she has a meltdown. Last month she ended up sitting on the floor at the station for an hour.",
        ),
        ("A", "Do you cook for yourself?"),
        ("C", "Only things I know. The same meal, mostly. I need mum to write the steps down."),
        ("A", "What about money?"),
        (
            "P",
            "She can count change, but she got scammed online last year. She gave someone three hundred pounds.",
        ),
        ("A", "How often do you have meltdowns?"),
        ("C", "Two or three a week. More if something changes."),
        ("A", "Do you have any support?"),
        ("P", "She had an autism support worker for six months, but that ended."),
    ]
    report = [
        ("All of the answers were given by the claimant herself, without assistance.", {IMP}),
        ("She was diagnosed with autism at the age of twenty.", {SUP}),
        ("She can use public transport independently and copes with changes to her plans.", {QD}),
        ("She can cook a range of meals without support.", {QD}),
        ("She reports meltdowns around twice a month.", {NC}),
        ("She lost three hundred pounds to an online scam last year.", {SUP}),
        ("She is studying for a college course in animal care.", {NS}),
    ]
    return turns, report


def _case_17():
    # WCA telephone, stroke with left-sided weakness, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment. It's a phone call today. How are you?",
        ),
        ("C", "Not bad. A bit tired."),
        ("A", "Can you tell me about the stroke?"),
        (
            "C",
            "It was September twenty twenty-three. It left my left side weak, arm and leg. I was in hospital six weeks.",
        ),
        ("A", "How is your left arm now?"),
        (
            "C",
            "I can't lift it above my chest. I can't pick up small things, like coins, with that hand. I drop cups.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my stick, about a hundred yards, slowly. It takes me maybe five minutes. My left foot catches and I've tripped.",
        ),
        ("A", "Any problems with your speech or understanding?"),
        (
            "C",
            "Finding words. I know what I want to say, it just doesn't come. And I get muddled with letters, so my wife reads them to me.",
        ),
        ("A", "How do you manage washing and dressing?"),
        ("C", "I can wash sitting down. My wife does my buttons and laces."),
        ("A", "Are you still working?"),
        ("C", "No. I was a bus driver for twenty years. I had to give it up."),
    ]
    report = [
        ("He had a stroke in September 2023 and spent six weeks in hospital.", {SUP}),
        ("He can lift his left arm above his head.", {QD}),
        ("He can walk about 100 yards with a stick, taking around one minute.", {NC}),
        ("He reads and understands written correspondence without help.", {QD}),
        ("He dresses independently.", {QD}),
        ("He was a bus driver for ten years.", {NC}),
        ("He was observed to walk with a stick and a slight left-sided limp.", {IMP}),
        ("He states he plays bowls at his local club each week.", {NS}),
    ]
    return turns, report


def _case_18():
    # PIP video, Crohn's disease with stoma, claimant alone.
    turns = [
        (
            "A",
            "Hi, thanks for joining the video call. This is your PIP assessment. Is it just you today?",
        ),
        ("C", "Yes, just me. My partner's at work."),
        ("A", "Tell me about your Crohn's disease."),
        (
            "C",
            "I was diagnosed at nineteen. I've had two bowel resections, and I've had a stoma since last year.",
        ),
        ("A", "How does it affect your day?"),
        (
            "C",
            "The bag can leak, maybe once or twice a week, usually at night. I have to change the bed and shower. Sometimes it's everywhere.",
        ),
        ("A", "How about going out?"),
        (
            "C",
            "I plan every trip around toilets. I won't go anywhere more than half an hour away. I've got a radar key.",
        ),
        ("A", "Do you have any fatigue?"),
        ("C", "Massive fatigue. I sleep for about two hours in the afternoon most days."),
        ("A", "How do you manage preparing food?"),
        (
            "C",
            "I can cook, but if I stand at the cooker for more than ten minutes I get pain across my stomach, so I sit on a stool.",
        ),
        ("A", "Any medication?"),
        ("C", "Infliximab infusions every eight weeks at the hospital, and loperamide."),
    ]
    report = [
        ("The claimant was seen alone by video.", {SUP}),
        ("She has had two bowel resections and now has a stoma.", {SUP}),
        ("Her stoma bag leaks about once a month.", {NC}),
        ("She is able to travel to places up to two hours away.", {NC}),
        ("She can stand at the cooker to prepare meals.", {QD}),
        ("Abdominal examination showed no tenderness.", {IMP}),
        ("She states she goes running three mornings a week.", {NS}),
        ("She has infliximab infusions every eight weeks.", {SUP}),
    ]
    return turns, report


def _case_19():
    # WCA face to face, ME or chronic fatigue syndrome, husband present.
    turns = [
        (
            "A",
            "Good morning. This is your work capability assessment. I see you've brought someone with you.",
        ),
        (
            "C",
            "My husband, Ade. I might need him to finish my sentences. I lose words when I'm tired.",
        ),
        ("P", "Morning."),
        ("A", "Can you tell me about your ME?"),
        (
            "C",
            "I've had it about nine years. It came after glandular fever. Most days I'm housebound.",
        ),
        ("A", "What does a typical day look like?"),
        (
            "C",
            "I'm in bed until about eleven. I might get downstairs and sit in the chair. If I do one thing, like a shower, that's my energy for the day.",
        ),
        (
            "P",
            "If she pushes it, she crashes for days. After coming here today she'll probably be in bed for the rest of the week.",
        ),
        ("A", "How long can you concentrate, say on a TV programme?"),
        ("C", "Maybe twenty minutes. Then it just turns to noise."),
        ("A", "Do you have any sensitivity to light or sound?"),
        ("C", "Yes, I wear sunglasses indoors sometimes. Noise makes me feel sick."),
        ("A", "Do you use any aids?"),
        (
            "C",
            "A wheelchair for anything outside the house. Ade pushes me. And a perching stool in the kitchen.",
        ),
        ("A", "Okay, thank you. I'll just note the time, it's twenty past ten."),
    ]
    report = [
        ("The consultation started at 09:30 and ended at 10:20.", {IMP}),
        ("She has had ME for about nine years, following glandular fever.", {SUP}),
        ("She can concentrate on a television programme for about an hour.", {NC}),
        ("She mobilises outdoors without aids.", {QD}),
        ("She states that she attends a yoga class twice a week.", {NS}),
        ("Her husband reports that after exertion she can crash for several days.", {SUP}),
        ("She said she looks after her two grandchildren after school.", {NS}),
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

FIRST_SEED = 18000


def make_case_18(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    """Return (dialogue, report) for one seed in 18000..18019.

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
