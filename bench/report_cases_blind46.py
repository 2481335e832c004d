"""Blind held-out evaluation set 48: twenty assessment consultations with the report written afterwards.

Written blind, from the public description of the PA4 (PIP) and ESA85 (WCA) report formats and the PIP and
WCA descriptors only, without looking at the tool under test or at any other evaluation set. Each case is a
complete spoken consultation (assessor "A", claimant "C", and in some cases a companion "P": partner, parent,
adult child, friend, support worker, advocate, care coordinator) that is synthesised by text-to-speech, so all
quantities and times are written as people say them. Each report is split into statements labelled with the
kinds of departure from the recording that apply (number changed, qualifier dropped, never said, impossible
observation or consultation detail) or as supported.

Channels: telephone, video, face to face at an assessment centre, and home visits, for both PIP and WCA.
Conditions: fibromyalgia, lumbar disc disease with sciatica, multiple sclerosis, depression and anxiety,
autism with ADHD, COPD, epilepsy, learning disability, sight loss, knee osteoarthritis, bipolar disorder,
ME/CFS after Covid, stroke, Crohn's disease, Parkinson's disease, PTSD, rheumatoid arthritis, schizophrenia,
heart failure, and hypermobile Ehlers-Danlos syndrome with PoTS. Consultation start and end times, where a
report states them, are checked against the times spoken aloud in the dialogue itself.
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
    # PIP, telephone, fibromyalgia with IBS and migraine, claimant alone, careless assessor
    turns = [
        ("A", "Good morning, am I speaking to Karen Doyle?"),
        ("C", "Yes, that's me."),
        (
            "A",
            "Hello Karen, my name's Claire, I'm a nurse and I'm carrying out your Personal Independence Payment assessment over the phone today. The time is now nine thirty two. Is anyone with you?",
        ),
        (
            "C",
            "No, it's just me. My sister was going to sit in but she couldn't get the time off work.",
        ),
        ("A", "That's fine. Can you tell me about your health conditions?"),
        (
            "C",
            "So it's mainly fibromyalgia, I was diagnosed about four years ago. And I've got IBS, and I get migraines as well.",
        ),
        ("A", "And what medication are you on?"),
        (
            "C",
            "Pregabalin, seventy five milligrams twice a day. And amitriptyline, ten milligrams at night.",
        ),
        ("A", "Okay. Do you prepare your own meals?"),
        (
            "C",
            "Um, I mostly do microwave meals. If I try to chop vegetables my hands just seize up. I've got a stool in the kitchen because I can only stand for about five minutes, then I have to sit down.",
        ),
        ("A", "And washing, how do you manage?"),
        (
            "C",
            "I've got a shower over the bath. On bad days I can't get my leg over the side of the bath, so I just have a strip wash at the sink.",
        ),
        ("A", "How often are the bad days?"),
        ("C", "Probably four days a week. Sometimes more."),
        ("A", "Dressing?"),
        (
            "C",
            "I can do it myself but it takes me ages, about half an hour, and I have to sit down to do it. I can't do buttons, so I wear things that just pull on.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "I go to the corner shop, that's about fifty metres, maybe less, and I have to stop halfway because my legs are in so much pain.",
        ),
        ("A", "How long does that take you?"),
        ("C", "About ten minutes there and back. Um, maybe a bit more."),
        ("A", "Do you drive?"),
        ("C", "No, I gave up driving two years ago. I couldn't grip the wheel."),
        ("A", "Do you see people socially?"),
        ("C", "My sister, once a week. She comes to me, I don't really go out to see anybody."),
        ("A", "And are you okay managing your money?"),
        ("C", "Yes, that's fine, I do all that myself."),
        (
            "A",
            "Right, that's all my questions. It's now nine forty one, so I'll end the call there. Thank you, Karen.",
        ),
    ]
    report = [
        (
            "Telephone consultation. Start time 09:32, end time 09:41. The claimant was alone.",
            {SUP},
        ),
        (
            "She has fibromyalgia, diagnosed about four years ago, together with irritable bowel syndrome and migraines.",
            {SUP},
        ),
        ("Medication: pregabalin 150 mg twice daily and amitriptyline 10 mg at night.", {NC}),
        (
            "Informal observations: She sat comfortably throughout the consultation and did not need to change position.",
            {IMP},
        ),
        (
            "Activity 1 - Preparing food: She reports that she prepares simple microwave meals.",
            {SUP},
        ),
        ("She states she can stand at the kitchen counter for around fifteen minutes.", {NC}),
        (
            "Activity 4 - Washing and bathing: She showers independently using a shower over the bath.",
            {QD},
        ),
        (
            "Activity 6 - Dressing and undressing: She dresses herself; this takes about half an hour as she needs to sit down, and she wears clothes without buttons.",
            {SUP},
        ),
        (
            "Mobility 2 - Moving around: She walks to her local shop, approximately 200 metres away, in about ten minutes.",
            {NC, QD},
        ),
        ("Mobility 1: She continues to drive short distances locally.", {NS}),
        ("Social: She sees her sister once a week, who visits her at home.", {SUP}),
        ("Activity 10 - Budgeting: She manages her own finances without difficulty.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA, face to face at an assessment centre, lumbar disc disease with sciatica, wife present, brisk assessor
    turns = [
        ("A", "Mister Patel? Come through, please. And who's this with you?"),
        ("C", "This is my wife, Meena."),
        (
            "A",
            "She's welcome to sit in. I'm Doctor Harris. It's quarter past eleven, so let's get started. It's your back, isn't it?",
        ),
        (
            "C",
            "Yes, the L four L five disc. I get sciatica all down the left leg. It started after the accident at work in twenty nineteen.",
        ),
        ("A", "Medication?"),
        ("C", "Naproxen, and co codamol, the thirty five hundreds, two tablets four times a day."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Um, on a good day maybe a hundred metres, then the leg goes numb and I have to stop. On a bad day, just out to the car.",
        ),
        ("P", "He's got a walking stick. He uses it every time he goes outside."),
        ("A", "And sitting, how long can you sit for?"),
        ("C", "About twenty minutes. Then I have to get up and move about."),
        ("C", "Sorry, I'm going to have to stand up for a minute. It's the leg."),
        ("A", "That's fine. Standing, how long?"),
        ("C", "Ten minutes maybe, and I have to lean on something."),
        ("A", "Can you pick things up off the floor?"),
        ("C", "I can't bend. I use one of those grabber things."),
        (
            "P",
            "He dropped his keys last week and he had to wait for me to come home and pick them up.",
        ),
        ("A", "How did you get here today?"),
        (
            "C",
            "Meena drove. It took about forty minutes, and we had to stop at the services so I could get out and stretch.",
        ),
        ("A", "How's your mood?"),
        ("C", "I'm a bit low. The GP offered me sertraline, but I haven't started it yet."),
        ("A", "Okay. Can you bend forward for me, as far as you can?"),
        ("C", "Ow. That's as far as it goes."),
        (
            "A",
            "About knee level. Thank you, you can sit down. Right, it's eleven twenty four, we're finished.",
        ),
    ]
    report = [
        (
            "Face-to-face assessment at the assessment centre. The claimant attended with his wife.",
            {SUP},
        ),
        ("The assessment started at 11:15 and finished at 11:52.", {IMP}),
        (
            "He reports chronic lower back pain with left-sided sciatica following an accident at work in 2019.",
            {SUP},
        ),
        ("Medication: naproxen, and co-codamol 30/500 two tablets twice a day.", {NC}),
        ("Mobilising: He states he can walk about 100 metres before needing to stop.", {QD}),
        ("He does not use a walking aid.", {NS}),
        ("Sitting: He reports he can sit for about 45 minutes before needing to move.", {NC}),
        (
            "Informal observations: He remained seated throughout the assessment without needing to stand.",
            {IMP},
        ),
        ("Standing: He can stand for around ten minutes.", {QD}),
        (
            "Travel: His wife drove him to the centre; the journey took about forty minutes and they stopped once at services so he could stretch.",
            {SUP},
        ),
        ("Mental health: He is taking sertraline for low mood.", {NS}),
        ("Examination: lumbar forward flexion limited to around knee level.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, relapsing-remitting multiple sclerosis, husband present, kind assessor
    turns = [
        (
            "A",
            "Hello, thanks for letting me in. I'm Dave, I'm a physiotherapist. It's two o'clock now. Can I just check who's here today?",
        ),
        ("C", "Just me and my husband, Tom."),
        ("P", "Hiya."),
        ("A", "Lovely. Tell me a bit about your M S."),
        (
            "C",
            "I was diagnosed in twenty sixteen, it's relapsing remitting. The fatigue is the worst thing. I had a relapse in March, it went down my left side.",
        ),
        ("A", "How do your days vary?"),
        ("C", "I'd say I have more bad days than good. Maybe five days out of seven are bad."),
        ("P", "Easily. I'd say more like six."),
        ("A", "What about cooking?"),
        (
            "C",
            "Tom does all the cooking now. I can make a sandwich if I sit down. Standing at the worktop, I get about two minutes and my legs start shaking. I dropped a pan of boiling water last year.",
        ),
        ("A", "And washing?"),
        (
            "C",
            "I've got a shower seat. But Tom has to help me get out of the shower because my legs just go.",
        ),
        ("P", "I wait outside the door and help her out, every time."),
        ("A", "Any problems with the toilet?"),
        ("C", "I get urgency. I've had accidents, I wear pads some days."),
        ("A", "Dressing?"),
        ("C", "Tom does my socks and shoes. I can manage the top half."),
        ("A", "Do you take any medication?"),
        ("C", "Tecfidera, twice a day. Tom reminds me, because my memory's gone to pot."),
        ("A", "How are you with walking?"),
        (
            "C",
            "Indoors I hold onto the furniture. Outside I've got a rollator. I can go maybe twenty metres and then I have to sit on the seat.",
        ),
        ("A", "Do you go out on your own?"),
        ("C", "No. I get too anxious. I haven't been on a bus for two years."),
        ("A", "Could I just watch you stand up from the chair?"),
        ("C", "Oof. There we go."),
        (
            "A",
            "You pushed up with both arms there, that's fine. I think that's everything. It's ten past two.",
        ),
    ]
    report = [
        ("Home visit. Present: the claimant and her husband. Consultation 14:00 to 14:10.", {SUP}),
        (
            "She has relapsing-remitting multiple sclerosis diagnosed in 2016, with her most recent relapse in March affecting the left side.",
            {SUP},
        ),
        ("Variability: She reports bad days on around two days a week.", {NC}),
        (
            "Activity 1 - Preparing food: Her husband does the cooking; she can make a sandwich if she sits down.",
            {SUP},
        ),
        ("She can stand at the worktop for about ten minutes.", {NC}),
        ("Activity 4 - Washing and bathing: She showers independently using a shower seat.", {QD}),
        (
            "Activity 5 - Managing toilet needs: She reports some urgency but has never had an episode of incontinence.",
            {NS},
        ),
        (
            "Activity 6 - Dressing and undressing: Her husband helps with socks and shoes; she dresses her upper body herself.",
            {SUP},
        ),
        ("Activity 3 - Managing therapy: She takes Tecfidera twice a day.", {QD}),
        (
            "Mobility 2: She walks about fifty metres outdoors with a rollator before needing to sit down.",
            {NC},
        ),
        ("Mobility 1: She travels into town on the bus on her own.", {NS}),
        ("Physical examination: She rose from the chair without using her arms.", {IMP}),
        ("Neurological examination of the lower limbs was normal.", {IMP}),
    ]
    return turns, report


def _case_03():
    # WCA, telephone, depression and anxiety, claimant alone and hesitant, brisk assessor
    turns = [
        ("A", "Hello, is that Gareth Hughes?"),
        ("C", "Um, yes."),
        (
            "A",
            "I'm calling for your work capability assessment. My name's Rebecca, I'm a paramedic. It's twenty past one. Is anyone with you?",
        ),
        ("C", "No. Well, my mum's in the other room. She's not, um, she's not listening."),
        ("A", "Tell me about your mental health."),
        ("C", "Depression, since, um, about twenty eighteen. And anxiety. Panic attacks."),
        ("A", "How often do you get panic attacks?"),
        ("C", "Um, it varies. Maybe two or three a week. More if I have to go out somewhere."),
        ("A", "Medication?"),
        ("C", "Sertraline, a hundred milligrams. And propranolol when I need it."),
        ("A", "Any support from mental health services?"),
        (
            "C",
            "I saw a CPN for a bit, but that stopped. I'm on a waiting list for talking therapy.",
        ),
        ("A", "Have you ever self harmed?"),
        ("C", "I used to. Not for about a year. I still get the thoughts sometimes."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Not really. I go to the shop at the end of the road, early in the morning, when it's quiet. Anywhere else my mum comes with me.",
        ),
        ("A", "Could you get to somewhere you'd never been before?"),
        ("C", "No. I'd, I'd freeze. Last time I tried a bus I got off after one stop."),
        ("A", "What's a typical day like?"),
        ("C", "I don't sleep well. I get up about midday. Mum makes sure I eat something."),
        ("A", "What about showering?"),
        ("C", "I let it go. Maybe once a week, when mum tells me to."),
        ("A", "Can you watch a film all the way through?"),
        ("C", "I start them but I drift off. I can't follow them."),
        ("A", "Okay. It's now twenty six minutes past one, that's all I need."),
    ]
    report = [
        ("Telephone assessment commenced at 13:20 and concluded at 13:26.", {SUP}),
        ("He has a history of depression since around 2018 and anxiety with panic attacks.", {SUP}),
        ("He reports panic attacks approximately once a fortnight.", {NC}),
        ("Medication: sertraline 100 mg daily and propranolol as required.", {SUP}),
        ("He is currently receiving regular support from a community psychiatric nurse.", {NS}),
        ("He is on a waiting list for talking therapy.", {SUP}),
        ("He denies any history of self-harm.", {NS}),
        ("Getting about: He goes to the local shop on his own.", {QD}),
        ("Typical day: He gets up at around 8am.", {NC}),
        ("Personal hygiene: He showers once a week.", {QD}),
        (
            "Mental state examination: Good eye contact; he was well kempt and appropriately dressed.",
            {IMP},
        ),
    ]
    return turns, report


def _case_04():
    # PIP, video, autism with anxiety and ADHD, nineteen-year-old, mother answers most questions
    turns = [
        (
            "A",
            "Hello, can you both hear me okay? I'm Priya, an occupational therapist, and this is your video assessment for Personal Independence Payment. Can I check who's on the call?",
        ),
        ("P", "Yes, I'm Jo, I'm Liam's mum. He's sat next to me."),
        ("C", "Hi."),
        ("A", "Liam, can you tell me about your conditions?"),
        ("C", "Autism."),
        (
            "P",
            "He was diagnosed when he was seven. He's got anxiety as well, and ADHD, that was diagnosed last year.",
        ),
        ("A", "Any medication?"),
        ("P", "Melatonin, two milligrams at night. And he's just starting methylphenidate."),
        ("A", "Liam, do you cook for yourself?"),
        ("C", "I can do toast."),
        (
            "P",
            "He'll use the toaster, but he won't touch the hob. He left it on twice, so I have to be there.",
        ),
        ("A", "How about eating?"),
        (
            "P",
            "It's very restricted, about five foods. And I have to remind him to eat or he'd go all day without.",
        ),
        ("A", "Washing?"),
        ("C", "I shower."),
        ("P", "When I tell him. Every single day I have to tell him, otherwise he'd go a week."),
        ("A", "Is reading okay?"),
        ("C", "I read fine."),
        ("P", "He does read well, yeah."),
        ("A", "What about money?"),
        (
            "P",
            "He'd spend everything at once. He doesn't understand change. I handle all his money.",
        ),
        ("A", "And getting out and about?"),
        (
            "P",
            "He's never gone anywhere on his own. He goes to college two days a week and I drive him. If a bus is late he panics.",
        ),
        ("A", "Liam, have you ever been to the shop by yourself?"),
        ("C", "Um, once. Mum was outside."),
        ("A", "Thank you both. It's eleven minutes past ten, so we'll finish there."),
    ]
    report = [
        ("Video consultation. Present: the claimant and his mother.", {SUP}),
        ("He was diagnosed with autism at the age of seven and also has anxiety and ADHD.", {SUP}),
        ("Medication: melatonin 2 mg at night.", {SUP}),
        ("Activity 1 - Preparing food: He is able to cook a simple meal on the hob.", {NS}),
        (
            "Activity 2 - Taking nutrition: He eats a restricted diet of around fifteen foods and needs reminding to eat.",
            {NC},
        ),
        ("Activity 4 - Washing and bathing: He showers every day.", {QD}),
        ("Activity 7 - Reading: He reads without difficulty.", {SUP}),
        ("Activity 10 - Budgeting: He manages small purchases independently.", {NS}),
        ("Mobility 1: He attends college two days a week; his mother drives him.", {SUP}),
        ("He has been to the local shop on his own on several occasions.", {NC, QD}),
        (
            "Informal observations: He answered all questions himself, in full sentences, with good eye contact.",
            {IMP},
        ),
        ("The consultation ended at 10:11.", {SUP}),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at an assessment centre, COPD, claimant alone, came by taxi
    turns = [
        (
            "A",
            "Good afternoon, Mister Mills. I'm Susan, I'm a nurse. It's three o'clock. Has anyone come with you today?",
        ),
        ("C", "No, I came on my own. In a taxi."),
        ("A", "Tell me about your breathing."),
        (
            "C",
            "It's COPD. They told me about six years ago. I smoked forty a day for years. I've stopped now, three years.",
        ),
        ("A", "What inhalers are you on?"),
        (
            "C",
            "Trelegy, once a day. And the blue one, salbutamol. I use that maybe eight or ten times a day. And I've got oxygen at night.",
        ),
        ("A", "Any hospital admissions?"),
        ("C", "Two last winter. Chest infections."),
        ("A", "How far can you walk?"),
        (
            "C",
            "I get out of puff quick. To the end of the garden, that's about fifteen metres, and I'm stopping. I use a stick.",
        ),
        ("A", "How long does it take you to get your breath back?"),
        ("C", "Five minutes. Maybe longer."),
        ("A", "And stairs?"),
        ("C", "I've moved my bed downstairs."),
        ("A", "How do you wash?"),
        ("C", "I have a wash at the sink, sitting down. I can't do the shower, the steam gets me."),
        ("A", "Dressing?"),
        ("C", "I get dressed sitting on the bed. Takes about twenty minutes, stopping for breath."),
        ("A", "Do you cook?"),
        ("C", "Ready meals in the microwave. If I stand at the cooker I get breathless."),
        ("A", "Who does your shopping?"),
        ("C", "My neighbour does it, or I get it delivered."),
        ("A", "I noticed you were a bit breathless coming in from the waiting room."),
        ("C", "Yeah. I had to stop at the door, didn't I."),
        (
            "A",
            "I'll just pop this on your finger. Ninety one percent. Anything else you want to tell me?",
        ),
        ("C", "I get low. I'm not depressed, I'm just fed up."),
        ("A", "Okay. It's eleven minutes past three. Thank you, Mister Mills."),
    ]
    report = [
        (
            "Face-to-face consultation at the assessment centre, 15:00 to 15:11. The claimant attended alone, arriving by taxi.",
            {SUP},
        ),
        (
            "He has COPD diagnosed about six years ago; he is an ex-smoker who stopped three years ago.",
            {SUP},
        ),
        ("He uses his salbutamol inhaler two or three times a day.", {NC}),
        (
            "He had two hospital admissions with chest infections last winter and uses oxygen at night.",
            {SUP},
        ),
        (
            "Mobility 2: He can walk about fifty metres with a stick before stopping to get his breath back.",
            {NC},
        ),
        (
            "Informal observations: He walked from the waiting room to the consultation room without stopping and without apparent breathlessness.",
            {IMP},
        ),
        ("Oxygen saturation was 91% on air.", {SUP}),
        ("Activity 4 - Washing and bathing: He has a wash at the sink.", {QD}),
        ("Activity 6 - Dressing and undressing: He dresses himself in about twenty minutes.", {QD}),
        ("Activity 1 - Preparing food: He prepares microwave ready meals.", {SUP}),
        ("He does his own food shopping.", {NS}),
        (
            "Mental health: He reports feeling fed up at times but does not consider himself depressed.",
            {SUP},
        ),
    ]
    return turns, report


def _case_06():
    # WCA, video, epilepsy with tonic-clonic and absence seizures, claimant alone, kind assessor
    turns = [
        (
            "A",
            "Hi there, can you see and hear me alright? I'm Doctor Mark Evans from the assessment provider. It's half past nine. Is anyone with you today?",
        ),
        ("C", "No, my partner's at work."),
        ("A", "That's fine. Tell me about your seizures."),
        (
            "C",
            "I've had epilepsy since I was a teenager. I get the big ones, tonic clonic, about twice a month. And absences, loads, maybe several a day. I don't always know when I've had one.",
        ),
        ("A", "When was the last big one?"),
        ("C", "Last Tuesday. I bit my tongue, and I was wiped out for two days."),
        ("A", "Do you get any warning before one?"),
        ("C", "No, no warning at all. That's the problem. I've cut my head open before."),
        ("A", "What medication do you take?"),
        (
            "C",
            "Lamotrigine, two hundred milligrams twice a day, and levetiracetam. They keep changing the doses.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "I do go out, but only to places I know, and I wear a medical bracelet. I don't cross the big roads on my own.",
        ),
        ("A", "Do you drive?"),
        ("C", "No. I lost my licence."),
        ("A", "What about cooking?"),
        ("C", "Only the microwave. I'm not allowed to use the hob on my own."),
        ("A", "How are you after a seizure?"),
        ("C", "Confused, bad headache, I sleep for hours. My memory's bad for a day or two after."),
        ("A", "What work did you do?"),
        (
            "C",
            "I was a care assistant. I had a seizure at work and they let me go, that was twenty twenty one.",
        ),
        ("A", "How's your concentration?"),
        ("C", "I lose track. I make lists for everything."),
        ("A", "Okay, thank you. It's twenty to ten now, so I'll end the call."),
    ]
    report = [
        ("Video assessment, 09:30 to 09:40.", {SUP}),
        (
            "She has had epilepsy since her teenage years, with tonic-clonic seizures about twice a year.",
            {NC},
        ),
        ("She reports absence seizures a few times a month.", {NC}),
        ("Her seizures are preceded by a warning which allows her to get somewhere safe.", {NS}),
        (
            "Her last tonic-clonic seizure was last Tuesday; afterwards she is confused, has a headache and sleeps for hours.",
            {SUP},
        ),
        ("Medication: lamotrigine 200 mg twice daily and levetiracetam.", {SUP}),
        ("Getting about: She goes out alone.", {QD}),
        ("She continues to drive.", {NS}),
        ("She worked as a care assistant until 2021.", {SUP}),
        (
            "Informal observations: She was accompanied by her partner, who did not contribute.",
            {IMP},
        ),
        ("Physical examination: gait normal when walking across the room.", {IMP}),
        ("Concentration: She manages by writing lists.", {SUP}),
    ]
    return turns, report


def _case_07():
    # PIP, telephone on speakerphone, learning disability with controlled epilepsy, support worker present
    turns = [
        (
            "A",
            "Hello, this is Angela from the assessment service, calling for the PIP telephone assessment. Who am I speaking to?",
        ),
        (
            "P",
            "Hi, I'm Shaun, I'm Daniel's support worker. We're on speaker. Daniel's here with me.",
        ),
        ("C", "Hello."),
        (
            "A",
            "Hello Daniel. It's quarter to twelve, so we'll start now. Daniel, can you tell me a bit about yourself?",
        ),
        ("C", "I live in a flat. Shaun comes."),
        (
            "P",
            "Daniel has a learning disability, and he's got epilepsy, but that's controlled. He's in supported living, staff come in three times a day.",
        ),
        ("A", "Daniel, do you cook?"),
        ("C", "I make noodles."),
        (
            "P",
            "In the microwave, with one of us there. He burnt himself on the kettle, so we do hot drinks with him.",
        ),
        ("A", "And tablets?"),
        ("P", "Staff give him his tablets morning and night. They're kept in a locked box."),
        ("A", "Daniel, do you wash yourself?"),
        ("C", "Yeah."),
        ("P", "He needs reminding, and we check the water temperature for him."),
        ("A", "Can you read a letter, Daniel?"),
        ("C", "No. Some words."),
        ("P", "He can read his name and a few signs. That's about it."),
        ("A", "How about money?"),
        ("C", "I've got a card."),
        (
            "P",
            "He can't tell if he's been given the right change. We do his budgeting with him every week.",
        ),
        ("A", "Do you go out, Daniel?"),
        ("C", "I go to the day centre."),
        (
            "P",
            "On the minibus. He's never been on a public bus on his own. He got lost once and the police brought him back.",
        ),
        ("A", "Have you got friends?"),
        ("C", "I've got Kyle."),
        (
            "P",
            "Kyle's at the day centre. Daniel's quite chatty, but he's very trusting. He's been taken advantage of.",
        ),
        ("A", "Any other help?"),
        ("P", "We help him with his shopping, twice a week."),
        ("A", "Great, thank you both. It's five to twelve, so I'll let you go."),
    ]
    report = [
        (
            "Telephone consultation. The claimant was supported by his support worker, on speakerphone.",
            {SUP},
        ),
        ("Consultation start 11:45, end 12:35.", {IMP}),
        ("He has a learning disability and epilepsy, which is controlled.", {SUP}),
        ("He lives in supported living with staff visiting once a day.", {NC}),
        ("Activity 1 - Preparing food: He makes noodles in the microwave.", {QD}),
        ("Activity 3 - Managing medication: He manages his own tablets from a dosette box.", {NS}),
        ("Activity 4 - Washing and bathing: He washes himself.", {QD}),
        ("Activity 7 - Reading: He can read his name and a few signs.", {SUP}),
        ("Mobility 1: He has travelled alone on public buses to familiar places.", {NS}),
        (
            "Activity 9 - Engaging with others: He is chatty but very trusting, and has been taken advantage of.",
            {SUP},
        ),
        ("Informal observations: He was well presented and appropriately dressed.", {IMP}),
        ("Staff help him with shopping three times a week.", {NC}),
    ]
    return turns, report


def _case_08():
    # PIP, home visit, sight loss from glaucoma and diabetic retinopathy, adult daughter present
    turns = [
        ("A", "Hello Mister Okafor, I'm Helen, I'm a nurse. Who have we got here with you?"),
        ("C", "This is my daughter, Grace."),
        ("P", "Hello."),
        ("A", "Hello Grace. It's ten to four. Tell me about your eyes."),
        (
            "C",
            "Glaucoma, and diabetic retinopathy. I've been registered severely sight impaired since last year. I can see shapes and light, but no detail.",
        ),
        ("A", "And your diabetes?"),
        (
            "C",
            "Type two, on insulin twice a day. Grace does my injection in the evening, because I can't see the numbers on the pen.",
        ),
        ("P", "I do the morning one as well if I'm here. Most days I'm here."),
        ("A", "Do you cook?"),
        (
            "C",
            "I can't cook. I burnt myself on the oven. Grace brings meals round and I heat them in the microwave, it's one that talks to me.",
        ),
        ("A", "Can you read?"),
        ("C", "No. Not even big print. I use my phone with the talking, the voiceover."),
        ("A", "Washing?"),
        (
            "C",
            "I wash myself. I know where everything is. Grace put little bumps on the taps so I can feel them.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I dress myself, but I can't tell colours or if there's a stain. Grace picks my clothes out.",
        ),
        ("A", "Do you get out and about?"),
        (
            "C",
            "I've got a long cane, I've had the training. I go to the corner with it, that's about thirty metres, but I don't cross roads. Anywhere else, Grace takes me.",
        ),
        ("P", "He fell off a kerb in January and broke his wrist."),
        ("A", "Do you have a guide dog?"),
        ("C", "No, I'm on the waiting list."),
        ("A", "Could you walk across the room for me?"),
        ("P", "Mind the rug, Dad. Left a bit."),
        ("C", "I know, I know."),
        ("A", "Thank you. It's four minutes past four, we'll finish there."),
    ]
    report = [
        ("Home visit. Present: the claimant and his daughter.", {SUP}),
        (
            "He has glaucoma and diabetic retinopathy and has been registered severely sight impaired since last year.",
            {SUP},
        ),
        ("He has type 2 diabetes treated with insulin once a day.", {NC}),
        ("His daughter gives his evening insulin as he cannot see the numbers on the pen.", {SUP}),
        ("Activity 1 - Preparing food: He heats meals in a talking microwave.", {SUP}),
        ("Activity 7 - Reading: He can read large print.", {NS}),
        ("Activity 6 - Dressing and undressing: He dresses himself.", {QD}),
        (
            "Mobility 1: He has had mobility training with a long cane and goes out on his own.",
            {QD},
        ),
        ("Mobility 2: He walks about three hundred metres with his cane.", {NC}),
        ("He reports no falls.", {NS}),
        ("Informal observations: He walked across the room without any verbal guidance.", {IMP}),
        ("Consultation time: 15:50 to 16:45.", {IMP}),
    ]
    return turns, report


def _case_09():
    # WCA, face to face at an assessment centre, knee osteoarthritis, friend present, careless assessor
    turns = [
        (
            "A",
            "Hello, Mrs Shaw? I'm Kevin, I'm a physiotherapist. You've brought someone with you?",
        ),
        ("C", "Yes, my friend Pat. She drove me here."),
        ("A", "That's fine. The time's twenty past ten. It's your knees, is it?"),
        (
            "C",
            "Both of them, osteoarthritis. The right's worse, I'm waiting for a replacement. The surgeon said about eighteen months.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my stick, about fifty yards, on a good day. Then I've got to stop and lean on something.",
        ),
        ("P", "She had to stop twice coming in from the car park, and that's not far."),
        ("A", "And stairs?"),
        ("C", "One at a time, holding the rail. I go up once a day, to bed."),
        ("A", "How long can you stand for?"),
        ("C", "Not long. Five or ten minutes, then I need to sit down."),
        ("A", "Sitting?"),
        ("C", "Sitting's alright, but I have to stretch my legs out, maybe every half hour."),
        ("A", "Can you kneel down, or pick something up off the floor?"),
        ("C", "No, I can't kneel at all. I can bend a bit if I'm holding onto something."),
        ("A", "How bad is the pain?"),
        ("C", "It's constant. Eight out of ten most days."),
        ("A", "What were you doing for work?"),
        ("C", "I was a school cook for twenty two years. I had to stop last year."),
        ("A", "I'm just going to check your knee. Can you straighten it out for me?"),
        ("C", "Ow. That's it, that's as far as it goes."),
        ("A", "Okay, it doesn't go fully straight. Right, that's us finished. It's half past ten."),
    ]
    report = [
        ("The claimant attended accompanied by a friend, who drove her.", {SUP}),
        ("Assessment started 10:20 and ended 10:30.", {SUP}),
        (
            "She reports bilateral knee osteoarthritis, worse on the right, and is awaiting a knee replacement.",
            {SUP},
        ),
        ("Mobilising: She states she can walk about 200 metres with a stick.", {NC, QD}),
        ("Informal observations: She walked in from the car park without stopping.", {IMP}),
        ("She manages the stairs once a day.", {QD}),
        ("Standing and sitting: She can stand for twenty to thirty minutes.", {NC}),
        ("She can sit for over an hour without needing to move.", {NC}),
        ("Picking up and moving: She can kneel to pick up objects from the floor.", {NS}),
        ("Pain: she rates it as eight out of ten on most days.", {SUP}),
        ("She stopped working as a school cook last year after twenty-two years.", {SUP}),
        ("Examination: full range of movement in both knees.", {IMP}),
    ]
    return turns, report


def _case_10():
    # PIP, telephone, bipolar disorder type one, partner joins part way through
    turns = [
        (
            "A",
            "Good afternoon, this is Neil from the PIP assessment service. Am I speaking to Hannah Reid?",
        ),
        ("C", "Yes, that's me."),
        ("A", "Is anyone with you?"),
        ("C", "Not at the moment. My partner Sam's going to join, he's just parking the car."),
        ("A", "Okay. It's two minutes past two. Tell me about your condition."),
        (
            "C",
            "Bipolar type one. I was diagnosed when I was twenty five. I've had, um, four hospital admissions. The last one was eighteen months ago, for six weeks.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "Lithium, eight hundred milligrams, and quetiapine. I have blood tests every three months. Sam sorts my tablets into a box, because when I'm high I forget them, or I take too many.",
        ),
        ("A", "How's your mood at the moment?"),
        ("C", "Low. I've been in bed a lot."),
        ("A", "Do you cook?"),
        (
            "C",
            "When I'm low I don't eat properly, I'll have crisps. Sam cooks. When I'm high I start things and leave the hob on.",
        ),
        ("P", "Hi, sorry, I'm Sam. I've just come in."),
        ("A", "Hi Sam, you're welcome to join. How about washing, Hannah?"),
        ("C", "When I'm low I won't wash for days."),
        (
            "P",
            "I have to run her a bath and literally tell her it's time. That's three or four days a week, most weeks.",
        ),
        ("A", "And money?"),
        ("C", "I've got debts. When I was high I spent four thousand pounds in a weekend."),
        ("P", "I've got third party access on her bank account now."),
        ("A", "Do you mix with people?"),
        (
            "C",
            "I avoid people when I'm low. I go to a bipolar support group once a month, it's online.",
        ),
        ("A", "Do you go out?"),
        ("C", "I can go to the shop near us. Not when I'm unwell."),
        ("P", "She had a panic attack in Tesco last month. I had to go and get her."),
        ("A", "Do you drive?"),
        ("C", "I can, but I don't when I'm high, because my doctor told me not to."),
        ("A", "Thanks, that's everything. It's quarter past two."),
    ]
    report = [
        ("Telephone consultation, 14:02 to 14:15. Her partner joined part way through.", {SUP}),
        (
            "She has bipolar affective disorder type 1, diagnosed at 25, with four hospital admissions, most recently eighteen months ago.",
            {SUP},
        ),
        (
            "Activity 3 - Managing therapy: She takes lithium and quetiapine daily and has three-monthly blood tests.",
            {QD},
        ),
        ("Activity 1 - Preparing food: She is able to cook simple meals for herself.", {NS}),
        (
            "Activity 4 - Washing and bathing: She needs prompting to bathe on one or two days a week.",
            {NC},
        ),
        (
            "Activity 10 - Budgeting: She spent four thousand pounds in a weekend while elevated; her partner now has third party access to her account.",
            {SUP},
        ),
        ("Activity 9 - Engaging with others: She attends a bipolar support group each week.", {NC}),
        ("Mobility 1: She goes to the local shop.", {QD}),
        ("She can drive but does not when her mood is high, on her doctor's advice.", {SUP}),
        (
            "Mental state examination: Appropriately dressed, good eye contact, no psychomotor agitation.",
            {IMP},
        ),
        ("She describes her mood as currently stable.", {NS}),
        (
            "She had a panic attack in a supermarket last month and her partner collected her.",
            {SUP},
        ),
    ]
    return turns, report


def _case_11():
    # WCA, telephone, ME/CFS after Covid with PoTS, claimant alone, lying down and rambling
    turns = [
        (
            "A",
            "Hello, this is Tom calling from the Functional Assessment Service for your work capability assessment. Can you confirm your name for me?",
        ),
        ("C", "Yes, Rachel Evans. Sorry, I'm lying down, I hope that's okay."),
        ("A", "That's absolutely fine. It's ten o'clock exactly. Tell me about your illness."),
        (
            "C",
            "Well, I got Covid in, um, November twenty twenty, and I never really recovered. Then they said it was M E, chronic fatigue, in twenty twenty two. I was a teacher. I tried going back part time, two mornings a week, but I crashed after three weeks.",
        ),
        ("A", "What's a typical day like?"),
        (
            "C",
            "I'm in bed most of the day. I'm up for maybe an hour in total, in bits. If I do too much, like a shower, I pay for it the next day. Sometimes for days.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Round the house. To the post box at the end of the road, that's about forty metres, on a good day. But then I'm wiped out for the afternoon. I haven't managed it at all this month.",
        ),
        ("A", "How long can you sit upright?"),
        ("C", "In a chair, maybe fifteen minutes, then I get dizzy. I've got PoTS as well."),
        ("A", "How's your concentration?"),
        ("C", "Brain fog. I can't read more than a page. I used to read a book a week."),
        ("A", "Memory?"),
        ("C", "I forget things all the time. I left the tap running twice last week."),
        ("A", "How do you manage your personal care?"),
        ("C", "I shower twice a week, sitting on a stool. My husband washes my hair."),
        ("A", "Do you go out?"),
        ("C", "My husband takes me to appointments in a wheelchair. That's about it."),
        ("A", "Any problems with noise or light?"),
        ("C", "I wear sunglasses indoors sometimes. And noise is awful."),
        ("A", "Okay. It's now seven minutes past ten. Thank you, Rachel."),
    ]
    report = [
        ("Telephone assessment; start 10:00, end 10:07.", {SUP}),
        (
            "She developed symptoms after Covid in November 2020 and was diagnosed with ME/CFS in 2022.",
            {SUP},
        ),
        (
            "She attempted a return to teaching, two mornings a week, but stopped after three weeks.",
            {SUP},
        ),
        ("Typical day: She is up and about for around four hours a day.", {NC}),
        ("Mobilising: She walks to the post box, about forty metres from her home.", {QD}),
        ("Sitting: She can sit upright for around an hour.", {NC}),
        ("Understanding and focus: She reads regularly.", {NS}),
        ("Personal care: She showers twice a week.", {QD}),
        ("Memory: No significant problems reported.", {NS}),
        ("Her husband takes her to appointments in a wheelchair.", {SUP}),
        (
            "Informal observations: She sat upright throughout the call with no visible signs of fatigue.",
            {IMP},
        ),
        ("She reports sensitivity to light and noise.", {SUP}),
    ]
    return turns, report


def _case_12():
    # PIP, face to face at an assessment centre, stroke with left-sided weakness, adult son present, brisk assessor
    turns = [
        ("A", "Mister Brooks? I'm Fiona, I'm an occupational therapist. Who's with you?"),
        ("C", "My son, Chris."),
        ("A", "Hi Chris. Right, it's nine fifteen, let's start. Tell me about your stroke."),
        (
            "C",
            "Two years ago, in March. Left side. My arm's weak and my leg drags. My speech is a bit slow.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "I can't use my left hand properly. Can't open tins, can't chop. Chris does my meals, or I have them delivered. I can use the kettle with one hand, I've got a kettle tipper.",
        ),
        ("A", "Eating?"),
        ("C", "I need my food cut up. I've got a rocker knife, sometimes I manage with that."),
        ("A", "Washing?"),
        (
            "C",
            "I've got a wet room. I sit on a shower chair. Chris helps me with my back and my feet.",
        ),
        ("P", "And I'm there in case he falls. He's fallen in the shower once already."),
        ("A", "Toilet?"),
        ("C", "I'm okay with the rails."),
        ("A", "Dressing?"),
        (
            "C",
            "I can't do buttons or laces. Chris does my shoes. Well, I've got elastic laces now, actually.",
        ),
        ("P", "He still can't do his socks."),
        ("A", "How's your speech?"),
        ("C", "I get my words muddled. When I'm tired it's worse."),
        ("A", "Walking?"),
        (
            "C",
            "With my quad stick. Maybe twenty, thirty metres, then my leg's dragging and I have to stop.",
        ),
        ("P", "We use a wheelchair for anything further."),
        ("A", "Can you raise your left arm for me?"),
        ("C", "Only this far."),
        (
            "A",
            "To about shoulder height. Now grip my fingers. Yes, the left is weaker. Okay, that's all. It's twenty five past nine.",
        ),
    ]
    report = [
        ("Face-to-face consultation, 09:15 to 09:25, claimant accompanied by his son.", {SUP}),
        ("He had a stroke two years ago affecting his left side.", {SUP}),
        (
            "Activity 1 - Preparing food: He is able to prepare a simple meal, using a kettle tipper.",
            {NS},
        ),
        ("Activity 2 - Taking nutrition: He cuts up his food using a rocker knife.", {QD}),
        ("Activity 4 - Washing and bathing: He showers independently on a shower chair.", {QD}),
        ("He has fallen in the shower on three occasions.", {NC}),
        (
            "Activity 6 - Dressing and undressing: His son helps with his shoes and socks; he now uses elastic laces.",
            {SUP},
        ),
        ("Mobility 2: He walks about fifty metres with a quad stick before needing to stop.", {NC}),
        ("He uses a wheelchair outdoors for longer distances.", {SUP}),
        (
            "Examination: left shoulder flexion to about shoulder height; reduced left grip strength.",
            {SUP},
        ),
        ("Informal observations: He attended unaccompanied.", {IMP}),
        ("Activity 7 - Communicating verbally: He reports no difficulty communicating.", {NS}),
    ]
    return turns, report


def _case_13():
    # PIP, video, Crohn's disease, claimant alone
    turns = [
        (
            "A",
            "Hi, it's Sarah, I'm a paramedic and I'm doing your PIP assessment by video today. Can you hear me okay?",
        ),
        ("C", "Yeah, there's a bit of a delay but it's fine."),
        ("A", "It's one o'clock. Is anyone with you?"),
        ("C", "No, just me."),
        ("A", "Tell me about your Crohn's."),
        (
            "C",
            "I was diagnosed at nineteen. I've had two operations, one was a resection in twenty nineteen. I'm on infliximab infusions every eight weeks.",
        ),
        ("A", "How often do you need the toilet?"),
        (
            "C",
            "On a bad day, fifteen, twenty times. On a good day maybe six. I've had accidents, outside, on the bus. I have to know where the toilets are.",
        ),
        ("A", "How often are the bad days?"),
        ("C", "With flare ups, about half the month. Honestly, more than half."),
        ("A", "Do you cook?"),
        ("C", "I can, but when I'm flaring I'm too exhausted. I just eat toast, or nothing."),
        ("A", "Washing?"),
        ("C", "I can wash, but sometimes after an accident I have to shower several times a day."),
        ("A", "Do you go out much?"),
        (
            "C",
            "I plan everything around toilets. I've got a radar key. I don't do long journeys. I stopped going to the football.",
        ),
        ("A", "And the walking itself?"),
        ("C", "Walking's fine, physically. It's the urgency. I can walk, yeah."),
        ("A", "Are you working?"),
        ("C", "From home, sixteen hours a week, for a call centre."),
        ("A", "How's your mood?"),
        ("C", "It gets me down. I'm on a waiting list for counselling."),
        ("A", "Thanks for that. It's quarter past one, so I'll end the call now."),
    ]
    report = [
        ("Video consultation, 13:00 to 13:15. The claimant was alone.", {SUP}),
        ("Crohn's disease diagnosed at 19; he has had one operation, a resection in 2019.", {NC}),
        ("He receives infliximab infusions every eight weeks.", {SUP}),
        ("Activity 5 - Managing toilet needs: He opens his bowels about six times a day.", {QD}),
        ("He has never been incontinent.", {NS}),
        ("Variability: flare-ups last about a week each month.", {NC}),
        ("Activity 1 - Preparing food: He is able to cook a meal.", {QD}),
        ("He works from home for a call centre, thirty hours a week.", {NC}),
        ("Mobility 2: He reports no physical difficulty with walking.", {SUP}),
        (
            "Informal observations: He left the room to use the toilet during the consultation.",
            {IMP},
        ),
        ("He is on a waiting list for counselling.", {SUP}),
        ("Mobility 1: He has a radar key and plans journeys around access to toilets.", {SUP}),
    ]
    return turns, report


def _case_14():
    # WCA, home visit, Parkinson's disease, wife as carer, careless assessor
    turns = [
        (
            "A",
            "Good morning, Mister Wilson? I'm Jean from the health assessment service, I'm a nurse. May I come in?",
        ),
        ("P", "Come in, love. I'm his wife, Maureen."),
        ("A", "Thank you. It's half past ten. How long have you had Parkinson's, Mister Wilson?"),
        ("C", "Diagnosed, um, twenty seventeen."),
        ("P", "Twenty seventeen, yes."),
        ("A", "Medication?"),
        ("C", "Sinemet."),
        (
            "P",
            "Co careldopa, five times a day. We have to time it exactly or he freezes. I set alarms on my phone.",
        ),
        ("A", "How's your walking?"),
        ("C", "I shuffle. I freeze in doorways."),
        (
            "P",
            "He gets round the house with his frame. Outside, maybe to the gate, that's ten metres. He's fallen four times this year.",
        ),
        ("A", "Standing up from a chair?"),
        ("C", "Takes me a few goes."),
        ("P", "He rocks three or four times before he gets up."),
        ("A", "How are your hands?"),
        ("C", "Tremor, in the right hand. I can't write now. Can't do buttons."),
        ("A", "Any problems with your bladder?"),
        ("C", "I have to go a lot at night. Five or six times. I've wet myself a couple of times."),
        ("P", "Twice in the last month."),
        ("A", "Memory?"),
        (
            "P",
            "He gets confused in the evenings. And he sees things sometimes, people in the room.",
        ),
        ("A", "Could you pick this pen up off the floor for me?"),
        ("C", "I can't. I'd go over."),
        ("A", "Don't worry, leave it. Can you stand and walk to the door?"),
        ("P", "Careful. Take your frame, Frank."),
        ("A", "Thank you, that's fine. I'll leave it there. It's twenty to eleven."),
    ]
    report = [
        ("Home visit; the claimant's wife was present.", {SUP}),
        ("Assessment started 10:30 and ended 11:30.", {IMP}),
        ("Parkinson's disease diagnosed in 2017.", {SUP}),
        ("Medication: co-careldopa five times a day, timed with alarms set by his wife.", {SUP}),
        (
            "Mobilising: He mobilises indoors with a frame and can walk about fifty metres outdoors.",
            {NC},
        ),
        ("He reports one fall in the past year.", {NC}),
        ("Standing and sitting: He rises from a chair unaided.", {QD}),
        ("Manual dexterity: He has a right hand tremor but can write and manage buttons.", {NS}),
        ("Continence: He has had one episode of urinary incontinence in the last month.", {NC}),
        ("Picking up and moving: He picked a pen up from the floor during the examination.", {IMP}),
        ("Cognition: No confusion or hallucinations reported.", {NS}),
        ("He walked to the door using his frame.", {SUP}),
    ]
    return turns, report


def _case_15():
    # PIP, telephone, PTSD after military service, advocate from a veterans' charity present, kind assessor
    turns = [
        (
            "A",
            "Hello, is that Jamie Ross? This is Karen, I'm a mental health nurse, and I'm carrying out your PIP assessment.",
        ),
        ("C", "Yeah."),
        ("A", "Is anyone with you?"),
        ("C", "Yeah, Debbie from the veterans' charity."),
        ("P", "Hi, I'm Debbie, I'm Jamie's advocate."),
        ("A", "Hi Debbie. It's twenty to three. Jamie, tell me about your PTSD."),
        (
            "C",
            "I served in Afghanistan, two tours. Left the army in twenty fourteen, got diagnosed in twenty sixteen. Flashbacks, nightmares.",
        ),
        ("A", "How often are the flashbacks?"),
        ("C", "Most days. Nightmares every night, basically. I sleep three, four hours."),
        ("A", "Medication?"),
        ("C", "Sertraline, and prazosin for the nightmares."),
        ("A", "Have you had any treatment?"),
        ("C", "I did EMDR with Combat Stress, twelve sessions. It helped a bit."),
        ("A", "Do you cook for yourself?"),
        ("C", "Not really. I forget to eat. I've lost a stone."),
        ("A", "How about washing?"),
        ("C", "I shower, yeah. Sometimes I can't be bothered for a few days."),
        ("P", "He's told me it's about half the week that he doesn't wash."),
        ("A", "Do you mix with other people?"),
        (
            "C",
            "I don't. Crowds, no way. I had a fight in a pub in twenty twenty two, I just lost it. I don't go in pubs now.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "I walk the dog early, six in the morning, when nobody's about. Supermarkets, I go at night, or I order online.",
        ),
        ("A", "What about going somewhere new?"),
        (
            "C",
            "Only if Debbie or my brother comes. I had a panic attack on the train to Glasgow and I got off.",
        ),
        ("A", "Do you drink?"),
        ("C", "More than I should. A few cans most nights. I'm trying to cut down."),
        ("A", "Do you ever have thoughts of harming yourself?"),
        ("C", "Sometimes. I've got a safety plan with my GP."),
        ("A", "Thank you, Jamie. It's three o'clock, I'll end the call there."),
    ]
    report = [
        (
            "Telephone consultation 14:40 to 15:00, claimant accompanied by an advocate from a veterans' charity.",
            {SUP},
        ),
        ("He served in the army with one tour of Afghanistan, leaving in 2014.", {NC}),
        ("He reports flashbacks once or twice a week.", {NC}),
        ("He sleeps three to four hours a night because of nightmares.", {SUP}),
        ("He completed a course of EMDR, which he found very helpful.", {NS}),
        ("Activity 4 - Washing and bathing: He showers regularly.", {QD}),
        ("Activity 9 - Engaging with others: He socialises with friends at the pub.", {NS}),
        ("Mobility 1: He goes out daily to walk his dog.", {QD}),
        (
            "He only makes unfamiliar journeys when accompanied, after a panic attack on a train.",
            {SUP},
        ),
        ("Alcohol: He drinks occasionally.", {NC}),
        ("He has a safety plan in place with his GP.", {SUP}),
        ("Mental state examination: Well kempt, good eye contact.", {IMP}),
    ]
    return turns, report


def _case_16():
    # WCA, face to face at an assessment centre, rheumatoid arthritis, claimant alone, brisk assessor
    turns = [
        (
            "A",
            "Morning. Mrs Hart? Come in. I'm Doctor Ahmed. It's ten past eight. Did you come on your own?",
        ),
        ("C", "Yes. I got the bus. Two buses, actually. It took me an hour and a half."),
        ("A", "Rheumatoid arthritis, is it?"),
        ("C", "Yes, since I was thirty. Hands, wrists, feet, and knees."),
        ("A", "Medication?"),
        (
            "C",
            "Methotrexate, twenty milligrams once a week, and I've just started a biologic, adalimumab, every two weeks. And prednisolone when I have a flare.",
        ),
        ("A", "How often do you flare?"),
        ("C", "About once a month. It lasts a week or so."),
        ("A", "Could you pick up a pound coin?"),
        ("C", "On a good day. In the mornings my hands are stiff for two hours."),
        ("A", "Writing, using a keyboard?"),
        ("C", "A few lines and then it hurts. I can't use a keyboard for long, ten minutes."),
        ("A", "Lifting and carrying?"),
        (
            "C",
            "I can lift a half litre bottle. A full kettle, no. I've got a jug kettle, I fill it with a cup.",
        ),
        ("A", "Walking?"),
        ("C", "About a hundred metres, slowly. And my feet are agony after."),
        ("A", "I'll look at your hands. Make a fist for me."),
        ("C", "That's as far as they go."),
        (
            "A",
            "Okay, you can't make a full fist, and there's swelling over the knuckles. Can you hold this coin?",
        ),
        ("C", "Oh, sorry. I've dropped it."),
        ("A", "Don't worry. Okay, that's all. It's eight twenty."),
    ]
    report = [
        ("She attended alone, travelling by bus.", {SUP}),
        ("The journey, on two buses, took about an hour and a half.", {SUP}),
        ("Rheumatoid arthritis since age 30, affecting her hands, wrists, feet and knees.", {SUP}),
        ("Medication: methotrexate 20 mg weekly and adalimumab every two weeks.", {SUP}),
        ("Flares occur about twice a year.", {NC}),
        ("Manual dexterity: She can pick up a pound coin.", {QD}),
        ("She has early morning stiffness lasting about thirty minutes.", {NC}),
        ("She can use a keyboard for around half an hour.", {NC}),
        ("Lifting and carrying: She can lift and carry a full kettle.", {NS}),
        ("Mobilising: She can walk about 100 metres.", {QD}),
        (
            "Examination: She was able to make a full fist with both hands; no joint swelling.",
            {IMP},
        ),
        ("She picked up and held a coin without difficulty.", {IMP}),
    ]
    return turns, report


def _case_17():
    # PIP, telephone, schizophrenia, care coordinator from the community mental health team present, careless assessor
    turns = [
        ("A", "Hello, is that Kwame Mensah? This is Paul from the PIP assessment service."),
        ("C", "Yes."),
        ("A", "Is anyone with you?"),
        ("C", "My care coordinator."),
        (
            "P",
            "Hello, I'm Lisa, I'm Kwame's care coordinator from the community mental health team.",
        ),
        ("A", "Great. It's eleven o'clock. Kwame, tell me about your condition."),
        ("C", "Schizophrenia. I hear voices."),
        ("P", "He was diagnosed in twenty fifteen. He's had three admissions, all under section."),
        ("A", "How often do you hear the voices?"),
        ("C", "Every day. They say bad things about people. Sometimes they tell me not to eat."),
        ("A", "What medication are you on?"),
        ("C", "The injection."),
        (
            "P",
            "It's a depot, every two weeks, I give it at the clinic. Sorry, no, let me correct that. It's aripiprazole depot, and it's monthly.",
        ),
        ("A", "Do you cook?"),
        ("C", "I eat takeaway. Or cereal."),
        ("P", "He's got a cooker but he doesn't use it. He's worried about the gas."),
        ("A", "Washing?"),
        ("C", "Sometimes."),
        ("P", "A support worker prompts him twice a week. That's the only time he really showers."),
        ("A", "And money?"),
        ("C", "I don't know about money."),
        ("P", "His sister is his appointee."),
        ("A", "Do you mix with people?"),
        ("C", "I don't trust people."),
        ("A", "Do you go out?"),
        ("C", "I go to the shop."),
        (
            "P",
            "The one opposite. It's about twenty metres. He won't go any further on his own, he thinks people are following him.",
        ),
        ("A", "Do you get the bus?"),
        ("C", "No."),
        ("A", "Thank you both. It's ten past eleven, I'll end the call."),
    ]
    report = [
        ("Telephone consultation, 11:00 to 11:10, with his care coordinator present.", {SUP}),
        ("Schizophrenia diagnosed in 2015, with three previous admissions under section.", {SUP}),
        ("He hears voices on a few days each week.", {NC}),
        ("Medication: aripiprazole depot injection every two weeks.", {NC}),
        (
            "Activity 1 - Preparing food: He prepares cereal and uses the cooker for simple meals.",
            {NS},
        ),
        ("Activity 4 - Washing and bathing: He showers twice a week.", {QD}),
        ("Activity 10 - Budgeting: He manages his own money.", {NS}),
        ("Activity 9 - Engaging with others: He reports that he does not trust people.", {SUP}),
        ("Mobility 1: He goes to the local shop alone.", {QD}),
        ("The shop is about two hundred metres away.", {NC}),
        (
            "Mental state examination: Casually dressed and kempt, with appropriate eye contact.",
            {IMP},
        ),
        ("He reports that voices sometimes tell him not to eat.", {SUP}),
    ]
    return turns, report


def _case_18():
    # WCA, telephone, heart failure after myocardial infarction with angina, claimant alone and rambling
    turns = [
        (
            "A",
            "Hello, Mister Lawson? I'm Sue, a nurse, calling for your work capability assessment. I'm recording the time as four minutes past four.",
        ),
        ("C", "Yes, hello, sorry, I've just been, the dog, hang on. Right. Yes."),
        ("A", "Tell me about your heart."),
        (
            "C",
            "Well, I had the heart attack in twenty twenty one, in the January. It was snowing, I remember the ambulance couldn't get up the road, and my neighbour, lovely man, he, anyway. They put two stents in. Then heart failure. They said my heart's pumping at, what was it, thirty five percent.",
        ),
        ("A", "Do you get breathless?"),
        (
            "C",
            "Yes. The stairs, I do half and then sit on the stairs. Fourteen stairs. I sleep on three pillows.",
        ),
        ("A", "Walking on the flat?"),
        (
            "C",
            "Um, to the paper shop. That's, I'd say, a hundred yards, maybe less, and I stop twice and lean on the wall. It used to be nothing, I was a postman thirty years.",
        ),
        ("A", "Do you get chest pain?"),
        (
            "C",
            "Angina. I use the spray, the GTN, maybe three times a week. Mostly when I walk, or when I'm stressed.",
        ),
        ("A", "What medication do you take?"),
        (
            "C",
            "Oh, lots. Bisoprolol, ramipril, furosemide, the water tablet, that's forty milligrams in the morning. It makes me go to the toilet all morning, I can't go out till after dinner.",
        ),
        ("A", "How long can you stand?"),
        ("C", "Not long, I get dizzy. Ten minutes. I sit down to shave."),
        ("A", "Can you lift and carry things?"),
        (
            "C",
            "I can't lift the shopping. My daughter does it. I can lift the kettle, just about, if it's half full.",
        ),
        ("A", "Any hospital admissions?"),
        ("C", "Last year. Fluid on the lungs. I was in a week. No, eight days."),
        ("A", "Okay, thank you. I make it sixteen minutes past four."),
    ]
    report = [
        ("Telephone assessment 16:04 to 16:46.", {IMP}),
        ("Myocardial infarction in January 2021 treated with two stents.", {SUP}),
        ("Heart failure; ejection fraction reported as 35%.", {SUP}),
        ("Mobilising: He walks to the paper shop, about 100 yards.", {QD}),
        ("He can climb a flight of stairs.", {QD}),
        ("He uses his GTN spray about once a month.", {NC}),
        ("Medication includes furosemide 40 mg in the morning.", {SUP}),
        ("Standing: He can stand for about thirty minutes.", {NC}),
        ("Lifting and carrying: He can lift a full kettle.", {NC, QD}),
        ("He does his own shopping.", {NS}),
        ("He was admitted to hospital last year for eight days with fluid on the lungs.", {SUP}),
        ("He did not appear short of breath and looked comfortable at rest.", {IMP}),
        ("He continues to work part-time as a postman.", {NS}),
    ]
    return turns, report


def _case_19():
    # PIP, home visit, hypermobile Ehlers-Danlos syndrome with PoTS, friend present, kind assessor
    turns = [
        ("A", "Hi, I'm Natalie, I'm a physiotherapist. Thanks for having me. And who's this?"),
        ("C", "My friend Aisha. She's staying with me this week."),
        ("P", "Hi."),
        ("A", "Lovely. It's twenty five past one. Tell me about your conditions."),
        (
            "C",
            "Hypermobile Ehlers Danlos, diagnosed in twenty twenty, and PoTS, in twenty twenty one. My joints dislocate. Shoulders, knees, and my fingers. Subluxations, like, every day.",
        ),
        ("A", "How often do you get a full dislocation?"),
        ("C", "My shoulder, properly out, um, maybe once a month? The subluxations are daily."),
        ("A", "And the PoTS?"),
        (
            "C",
            "If I stand up too fast I black out. I've fainted, oh, three times this month. I have to sit down to do most things.",
        ),
        ("A", "How do you manage cooking?"),
        (
            "C",
            "I sit on a perching stool. I can't lift a pan, my wrists sublux. I use pre chopped veg. It takes me an hour to do something really simple.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "I shower sitting down, on a shower chair. My mum comes round and washes my hair, because I can't hold my arms up.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I wear ring splints on my fingers. Bras are hard, I need help with that, from mum or Aisha.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "Outside I use a wheelchair. Pushing myself is hard on my shoulders, so someone pushes me. Indoors I've got crutches. With crutches, maybe ten metres.",
        ),
        ("A", "Medication?"),
        ("C", "Ivabradine, midodrine, co codamol for the pain, and I wear compression stockings."),
        ("A", "Are you working or studying?"),
        ("C", "I was at uni. I had to stop in second year."),
        ("A", "Could you show me how you stand up from the sofa?"),
        ("C", "Oh, hang on."),
        ("P", "Sit back down, sit down."),
        ("C", "Sorry. Give me a minute."),
        ("A", "No, that's fine, don't push it. It's twenty to two, we'll stop there."),
    ]
    report = [
        ("Home visit, 13:25 to 13:40; a friend was present.", {SUP}),
        ("Hypermobile Ehlers-Danlos syndrome diagnosed in 2020 and PoTS in 2021.", {SUP}),
        ("She reports shoulder dislocations about once a year.", {NC}),
        ("Subluxations occur daily.", {SUP}),
        ("She has fainted once in the past month.", {NC}),
        ("Activity 1 - Preparing food: She prepares meals using pre-chopped vegetables.", {QD}),
        (
            "Activity 4 - Washing and bathing: She showers using a shower chair and washes her own hair.",
            {NS},
        ),
        (
            "Activity 6 - Dressing and undressing: She dresses herself, wearing ring splints for her fingers.",
            {QD},
        ),
        ("Mobility 2: She walks about fifty metres with crutches.", {NC}),
        ("Mobility 2: She self-propels a wheelchair outdoors.", {NS}),
        (
            "Observed: She stood from the sofa independently and remained standing without symptoms.",
            {IMP},
        ),
        ("Examination: Beighton score 9/9.", {IMP}),
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

FIRSTXSEED = 48000


def make_case_48(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
