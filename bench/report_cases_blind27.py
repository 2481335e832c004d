"""Blind held-out set 29 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty PIP and WCA assessments held face to face at a centre, at home, by telephone and by video call,
covering fibromyalgia, depression and anxiety, COPD, lumbar back pain, autism and ADHD, multiple sclerosis,
rheumatoid arthritis, epilepsy, PTSD, long COVID / ME, sight loss, heart failure and diabetes, bipolar
disorder, stroke, Crohn's disease, learning disability, lower-limb amputation, chronic migraine,
hypermobile EDS and hip osteoarthritis; several have a companion (partner, parent, sibling, son, support
worker) who speaks.
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
    turns = [
        (
            "A",
            "Good morning, I'm the disability assessor you'll be seeing today. Come in. Can I check who's come along with you?",
        ),
        ("C", "This is my husband, Gary. He drove me in, I couldn't have done the bus."),
        ("P", "Morning. I'll just chip in now and then if that's alright."),
        ("A", "Of course. So tell me about your condition."),
        (
            "C",
            "I've got fibromyalgia. They diagnosed it in, um, twenty nineteen, after about two years of tests. The pain's all over but it's mostly my legs and my lower back.",
        ),
        ("A", "And what are you taking for it?"),
        (
            "C",
            "Pregabalin, seventy-five milligrams twice a day, and amitriptyline at night, that's twenty milligrams.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day maybe fifty metres, with my stick, and then I've got to stop and lean on something. On a bad day I don't get past the front gate.",
        ),
        ("A", "How many bad days would you have in a week?"),
        ("C", "Four. Sometimes five."),
        ("P", "It's more like five most weeks, to be honest, love."),
        ("A", "How do you manage washing and bathing?"),
        (
            "C",
            "I sit on a shower stool over the bath. Gary has to help me get out, I can't lift my legs over the side.",
        ),
        ("A", "And cooking?"),
        (
            "C",
            "I can do a microwave meal. If I stand at the cooker more than about five minutes my back goes.",
        ),
        (
            "A",
            "Thank you. I'm going to ask you to do some movements now. Can you bend forward and try to touch your toes?",
        ),
        ("C", "No, I'm sorry, I won't try that. It'll set me off for days."),
        ("A", "That's absolutely fine, we'll leave it."),
    ]
    report = [
        ("Consultation details: the claimant attended the consultation alone.", {IMP}),
        ("She reports that fibromyalgia was diagnosed in 2017.", {NC}),
        ("Medication: pregabalin 75mg twice daily and amitriptyline 20mg at night.", {SUP}),
        ("She states she can walk approximately 50 metres.", {QD}),
        ("She describes having bad days on around two days a week.", {NC}),
        ("She uses a shower stool when bathing.", {SUP}),
        ("She is able to get in and out of the bath.", {QD}),
        ("She can prepare a simple meal using a microwave.", {SUP}),
        (
            "Musculoskeletal examination: forward flexion reached to mid-shin with no pain behaviour.",
            {IMP},
        ),
        ("She states she enjoys cooking meals from fresh at the weekend.", {NS}),
    ]
    return turns, report


def _case_01():
    turns = [
        (
            "A",
            "Hi, is that Daniel? It's Priya calling from the health assessment service about your work capability assessment. Is now still a good time to talk on the phone?",
        ),
        ("C", "Yeah. Yeah, sorry, I was waiting by the phone for it."),
        ("A", "Is anyone there with you today?"),
        ("C", "No, it's just me."),
        ("A", "Can you tell me about your mental health?"),
        (
            "C",
            "Depression mostly, and anxiety. I've had it since I was about nineteen, so, what, twelve years now. I had a bad patch last year, I was under the crisis team.",
        ),
        ("A", "And your medication?"),
        ("C", "Sertraline, a hundred milligrams, in the morning."),
        ("A", "How do you get on going out?"),
        (
            "C",
            "I don't really go out on my own. If I have to go to the shop my mum comes with me. I went once on my own in the last, I dunno, couple of months and had a panic attack at the till.",
        ),
        ("A", "How often do you get the panic attacks?"),
        ("C", "Three or four times a week. They last about twenty minutes, sometimes longer."),
        ("A", "Do you have any thoughts of harming yourself?"),
        ("C", "Sorry, can you say that again? I didn't catch it."),
        ("A", "Any thoughts of harming yourself?"),
        ("C", "Sometimes. Not plans. Just thoughts, at night mostly."),
        ("A", "How is your sleep?"),
        ("C", "Rubbish. Maybe three hours, four on a good night."),
        ("A", "How do you cope if plans change?"),
        (
            "C",
            "I just can't. If an appointment moves I'll cancel it. And my mum has to remind me to eat as well, honestly.",
        ),
    ]
    report = [
        ("The assessment was conducted by telephone.", {SUP}),
        (
            "Informal observations: he was well kempt and maintained good eye contact throughout.",
            {IMP},
        ),
        ("He reports depression and anxiety since the age of 25.", {NC}),
        ("He takes sertraline 50mg each morning.", {NC}),
        ("He states he goes to the local shop.", {QD}),
        (
            "He describes panic attacks three to four times a week, lasting around twenty minutes.",
            {SUP},
        ),
        ("Mental state: he understood all questions without the need for repetition.", {IMP}),
        ("He denies any thoughts of self-harm.", {NS}),
        ("He reports sleeping around three to four hours a night.", {SUP}),
        ("He manages his meals without any prompting.", {QD}),
    ]
    return turns, report


def _case_02():
    turns = [
        ("A", "Thanks for letting me in, Mrs Hughes. Shall we sit here in the front room?"),
        ("C", "Yes, sit yourself down, love. Excuse the oxygen tubing everywhere."),
        ("A", "Tell me about your breathing."),
        (
            "C",
            "COPD. I was diagnosed, ooh, twenty fourteen I think it was. I'm on the oxygen sixteen hours a day now.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "To the end of the drive, that's about twenty yards, and I've got to stop and get my breath. I use the walker indoors.",
        ),
        ("A", "What about stairs?"),
        ("C", "I've got a stairlift. Couldn't do them otherwise."),
        ("A", "How about getting dressed?"),
        (
            "C",
            "Takes me ages. Half an hour sometimes, because I have to stop between each bit. My daughter does my socks and shoes.",
        ),
        ("A", "Do you cook for yourself?"),
        (
            "C",
            "Not really. I have meals on wheels five days a week, and my daughter brings something round at the weekend.",
        ),
        ("A", "Could you stand up for me and walk to the door and back?"),
        ("C", "I'll try. There. Give me a minute, I need to get my breath."),
        ("A", "Take your time, sit down."),
    ]
    report = [
        ("The consultation took place at the claimant's home.", {SUP}),
        ("She was diagnosed with COPD in 2004.", {NC}),
        ("She uses home oxygen for around six hours a day.", {NC}),
        ("She says she can walk about 20 yards to the end of her drive.", {QD}),
        ("She manages the stairs at home.", {QD}),
        ("She dresses herself, taking around ten minutes.", {NC, QD}),
        ("She receives meals on wheels five days a week.", {SUP}),
        ("She walked to the door and back and required no recovery time afterwards.", {IMP}),
        ("She reports attending a bingo club weekly.", {NS}),
    ]
    return turns, report


def _case_03():
    turns = [
        (
            "A",
            "Morning. It's just gone twenty past ten, so we'll make a start. I'm a physiotherapist and I'll be doing your work capability assessment here today.",
        ),
        ("C", "Right, okay."),
        ("A", "What's the main problem?"),
        (
            "C",
            "My lower back. I had surgery, a discectomy, in twenty twenty-one and it never really sorted it.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "About twenty minutes, then I have to get up and move about. Actually I'll probably have to stand up in a bit now.",
        ),
        ("A", "That's fine. And standing?"),
        ("C", "Ten minutes. Maybe fifteen if I can lean on something."),
        ("A", "Walking?"),
        (
            "C",
            "I do about a hundred metres to the corner shop but I'm in bits after. I couldn't do it again the same day.",
        ),
        ("A", "Picking things up from the floor?"),
        (
            "C",
            "I use a grabber. If I bend down I can't get back up without holding on to the table.",
        ),
        ("A", "What do you take for the pain?"),
        ("C", "Co-codamol, the thirty five hundreds, up to eight a day, and naproxen."),
        ("C", "Sorry, I need to stand up now. Can we pause a sec?"),
        ("A", "Of course, take a break."),
        ("C", "Right. Okay, carry on."),
        ("A", "Actually that's everything from me. It's ten to eleven now, so we'll finish there."),
    ]
    report = [
        ("Consultation details: start time 10:20, end time 11:35.", {IMP}),
        ("He had a discectomy in 2021.", {SUP}),
        ("He indicates he is able to sit for about 40 minutes.", {NC}),
        ("He sat throughout the consultation without needing to stand or take a break.", {IMP}),
        ("He can stand for ten to fifteen minutes.", {QD}),
        ("He walks about 100 metres to the corner shop.", {QD}),
        ("He is able to pick objects up from the floor.", {QD}),
        ("He takes co-codamol 30/500 up to eight tablets a day and naproxen.", {SUP}),
        ("He states he is looking for part-time office work.", {NS}),
    ]
    return turns, report


def _case_04():
    turns = [
        (
            "A",
            "Hi, can you see and hear me okay? Your camera's a bit dark but that's fine. This is your PIP assessment, we're doing it by video call today.",
        ),
        ("C", "Yeah. I can hear you."),
        ("P", "I'm his mum, Sandra, I'm just sat next to him off camera."),
        ("A", "Thanks Sandra. Callum, how old are you?"),
        ("C", "Twenty-two. Twenty-three in March."),
        ("A", "Tell me about your diagnosis."),
        ("C", "Autism. And ADHD. The autism was when I was fourteen."),
        ("A", "How do you manage with money?"),
        (
            "C",
            "Mum does it. I don't... I buy stuff and then there's nothing left. I can do the self-checkout if she gives me the card for it.",
        ),
        ("P", "He spent his whole month's money in two days last time."),
        ("A", "What about planning journeys?"),
        (
            "C",
            "I only go to places I know. College, and my gran's. If the bus is diverted I just, I get off and ring mum.",
        ),
        ("A", "Do you need reminding to wash?"),
        ("C", "Yeah. Mum tells me every day. Otherwise I'd go like a week."),
        ("A", "And meals?"),
        (
            "C",
            "I eat the same thing. Toast, or a pot noodle. I don't use the hob, I burnt the pan twice.",
        ),
        ("A", "Do you mix with other people?"),
        (
            "C",
            "Not really. I've got one friend online. I don't like meeting new people, I can't talk to them.",
        ),
    ]
    report = [
        ("The assessment was carried out by video call.", {SUP}),
        ("The claimant is 25 years old.", {NC}),
        ("He was diagnosed with autism at the age of 14.", {SUP}),
        ("He is able to make simple purchases independently.", {QD}),
        ("His mother reports he once spent a month's money within a week.", {NC}),
        ("He plans and follows unfamiliar journeys without difficulty.", {NS}),
        ("He washes daily.", {QD}),
        ("He cooks simple meals on the hob.", {NS}),
        ("Informal observations: he walked into the room unaided with a normal gait.", {IMP}),
    ]
    return turns, report


def _case_05():
    turns = [
        (
            "A",
            "Good afternoon, am I speaking to Helen Price? I'm ringing about your work capability assessment. We'll be doing it over the phone this afternoon, it should take about forty-five minutes.",
        ),
        ("C", "Yes, that's me. Sorry, I've got my partner here too, you're on speaker."),
        ("P", "Hiya."),
        ("A", "That's fine. What's your main condition?"),
        ("C", "Relapsing remitting MS. Diagnosed twenty sixteen. I had two relapses last year."),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my crutches, about thirty metres. I've a wheelchair for anything further, and Mark pushes it.",
        ),
        ("A", "How about fatigue?"),
        (
            "C",
            "It's the worst bit. I have to lie down for an hour or so after lunch, every single day. If I have a shower in the morning that's me done till the afternoon.",
        ),
        ("A", "Any problems with continence?"),
        ("C", "I get urgency. I've had accidents. Maybe twice a month I don't make it."),
        ("A", "Using your hands?"),
        (
            "C",
            "My right hand's numb, I drop things. I can't do buttons, I can't write more than a couple of lines.",
        ),
        ("P", "She can't open jars or anything like that either."),
        ("A", "And your memory?"),
        ("C", "Sorry, you broke up, what was that?"),
        ("A", "I said, how's your memory?"),
        ("C", "Oh. It's patchy. I leave the gas on. Mark checks it."),
    ]
    report = [
        ("Consultation conducted by telephone.", {SUP}),
        (
            "She was diagnosed with relapsing remitting MS in 2016 and had one relapse last year.",
            {NC},
        ),
        ("She can mobilise approximately 50 metres.", {NC, QD}),
        ("She reports needing a rest after lunch on some days.", {NC}),
        ("She describes urinary urgency with incontinence around twice a month.", {SUP}),
        ("She has reduced sensation in her right hand.", {SUP}),
        ("She is able to fasten buttons and write without difficulty.", {NS}),
        ("Physical examination: grip strength 5/5 bilaterally.", {IMP}),
        ("She reports no problems with her memory.", {NS}),
    ]
    return turns, report


def _case_06():
    turns = [
        ("A", "Come in, take a seat. Did you find us alright?"),
        ("C", "Took two buses. I left home at half seven to be here for ten."),
        ("A", "Tell me about your arthritis."),
        (
            "C",
            "Rheumatoid, in my hands, wrists and knees. Diagnosed about eight years ago. I'm on methotrexate, fifteen milligrams once a week, and folic acid.",
        ),
        ("A", "How long does it take you to get going in the morning?"),
        ("C", "The stiffness lasts a good two hours. I can't make a cup of tea till about ten."),
        ("A", "Dressing?"),
        (
            "C",
            "I've got a button hook and I wear slip-on shoes. Bras I can't do, I wear sports ones I step into.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I use a perching stool and a kettle tipper. Peeling veg is impossible, I buy it ready cut.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "I walked from the bus stop here, which is what, two hundred yards? I had to stop twice. That's about my limit.",
        ),
        ("A", "Could you make a fist for me?"),
        ("C", "That's as far as it goes."),
        ("A", "And grip my fingers?"),
        ("C", "Ow. Sorry. That hurt."),
    ]
    report = [
        ("She travelled to the assessment centre by bus.", {SUP}),
        ("She was diagnosed with rheumatoid arthritis about three years ago.", {NC}),
        ("She takes methotrexate 15mg daily.", {NC}),
        ("She describes morning stiffness lasting around 30 minutes.", {NC}),
        ("She dresses using a button hook and slip-on shoes.", {SUP}),
        ("She states she peels and chops vegetables.", {NS}),
        ("She walked approximately 200 yards from the bus stop to the centre.", {QD}),
        ("Examination: full fist bilaterally, grip strong, no pain behaviour.", {IMP}),
    ]
    return turns, report


def _case_07():
    turns = [
        ("A", "Hello, I'm a nurse and I'll be carrying out your assessment today. And you are?"),
        ("P", "I'm Joanne, her sister. I've come because she can't always remember her seizures."),
        ("A", "Right. How often do you have seizures?"),
        (
            "C",
            "The big ones, the tonic-clonic, about once a month. The absences are every day, several times.",
        ),
        ("P", "I'd say the big ones are more like every three weeks."),
        ("A", "When was the last one?"),
        ("C", "Last Tuesday. I was in the kitchen. I bit my tongue."),
        ("A", "Medication?"),
        (
            "C",
            "Levetiracetam, seven fifty twice a day, and lamotrigine. They upped the lamotrigine in June.",
        ),
        ("A", "How are you after a seizure?"),
        (
            "C",
            "Wiped out for the rest of the day. I sleep, and I've got a headache for about two days.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Only to the end of the road. I don't cross the main road without someone, because of the absences.",
        ),
        ("A", "Do you drive?"),
        ("C", "No, I lost my licence in twenty twenty."),
    ]
    report = [
        ("She attended with her sister.", {SUP}),
        ("She reports tonic-clonic seizures approximately once every three months.", {NC}),
        ("Her most recent seizure was last Tuesday, when she bit her tongue.", {SUP}),
        ("She takes levetiracetam 500mg twice daily.", {NC}),
        ("She states she recovers within an hour after a seizure.", {NC}),
        ("She goes out alone.", {QD}),
        ("She reports no absence seizures.", {NS}),
        ("She surrendered her driving licence in 2020.", {SUP}),
        ("No absences were observed during the 90-minute consultation.", {IMP}),
    ]
    return turns, report


def _case_08():
    turns = [
        (
            "A",
            "Hello, it's the PIP assessment, I'm phoning as arranged. Before we start, can you confirm you're happy to go ahead over the telephone today?",
        ),
        ("C", "Yeah. I've got you on speaker so I can write stuff down."),
        ("A", "Tell me about your condition."),
        (
            "C",
            "PTSD, from my time in the army. I left in two thousand and nine. Nightmares, flashbacks. I see a therapist every fortnight.",
        ),
        ("A", "How often are the nightmares?"),
        ("C", "Five nights out of seven. I'm up at three, four in the morning, soaked through."),
        ("A", "Do you go out?"),
        (
            "C",
            "Early, like six in the morning, when nobody's about. I walk the dog round the block. Crowds, no chance.",
        ),
        ("A", "Do you use public transport?"),
        (
            "C",
            "No. Last time I got on a bus I got off after two stops and had to sit in a doorway for half an hour.",
        ),
        ("A", "Do you see people?"),
        (
            "C",
            "My brother comes round on a Sunday. Apart from that, no. I can't be doing with people.",
        ),
        ("A", "Sorry, can you hold on one minute... right, sorry about that."),
        ("C", "No worries."),
        ("A", "Managing your tablets?"),
        (
            "C",
            "Mirtazapine, fifteen milligrams at night. My brother sorts them into a box, else I forget.",
        ),
    ]
    report = [
        ("The assessment was conducted by telephone.", {SUP}),
        ("He left the army in 2012.", {NC}),
        ("He sees a therapist weekly.", {NC}),
        ("He reports nightmares around two nights a week.", {NC}),
        ("He walks his dog around the block.", {QD}),
        ("He told the assessor he uses public transport independently.", {NS}),
        ("He sees his brother on Sundays.", {SUP}),
        ("He manages his medication independently.", {QD}),
        ("Mental state examination: calm, appropriate eye contact, not tearful.", {IMP}),
    ]
    return turns, report


def _case_09():
    turns = [
        (
            "A",
            "Hi there, I can see you now. Can you see me? This is your work capability assessment by video. If the picture freezes we can switch to the phone.",
        ),
        ("C", "Yes, I can see you. I'm lying on the sofa, is that okay? I can't sit up for long."),
        ("A", "That's fine. Tell me what's going on."),
        (
            "C",
            "Long COVID, since I caught it in March twenty twenty-two. Now they're saying it's ME really.",
        ),
        ("A", "How's your energy?"),
        (
            "C",
            "I get about two hours of usable time a day. If I go over that I crash for three or four days.",
        ),
        ("A", "Can you walk?"),
        (
            "C",
            "Around the flat. To the bathroom and back. Outside I've been in a wheelchair since last autumn.",
        ),
        ("A", "Concentration?"),
        (
            "C",
            "Reading more than a page, I lose it. Could you repeat that last question actually? Sorry.",
        ),
        ("A", "I asked about your concentration."),
        ("C", "Right. Yes. Bad. I can't follow TV programmes."),
        ("A", "Could you sit up and raise your arms above your head?"),
        ("C", "I'd rather not, honestly. Sitting up will knock me out for the day."),
        ("A", "Okay, no problem at all."),
        ("C", "Can we stop for five minutes? I need to rest my eyes."),
        ("A", "Of course."),
    ]
    report = [
        ("The assessment was conducted via video link.", {SUP}),
        ("She reports long COVID since March 2021.", {NC}),
        ("She has around four hours of usable energy a day.", {NC}),
        ("She describes crashes lasting three to four days after overexertion.", {SUP}),
        ("She mobilises around her flat.", {SUP}),
        ("She walks short distances outdoors.", {NS}),
        ("Informal observations: she sat upright throughout the call.", {IMP}),
        ("Shoulder range of movement was full bilaterally.", {IMP}),
        ("The consultation proceeded without any breaks.", {IMP}),
    ]
    return turns, report


def _case_10():
    turns = [
        ("A", "Hello, I'll guide you to the chair. Oh, you've got your dog. Is he okay there?"),
        ("C", "He's fine, he'll lie down. He's a guide dog, Benny."),
        ("A", "Tell me about your sight."),
        (
            "C",
            "Retinitis pigmentosa. I've been registered severely sight impaired since twenty fifteen. I've got maybe five degrees of vision left in one eye.",
        ),
        ("A", "How do you get about?"),
        (
            "C",
            "With Benny on routes I know. New places I need someone with me, or I just don't go.",
        ),
        ("A", "Reading?"),
        (
            "C",
            "I can't read print at all. My phone reads things out. Letters, my neighbour reads them to me.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I use a talking microwave. I don't use the hob since I burnt my arm in the summer. And I don't chop with a sharp knife.",
        ),
        ("A", "Managing money?"),
        ("C", "Fine, online banking with the screen reader."),
        ("A", "How did you get here today?"),
        ("C", "Taxi. I booked it the day before, my friend helped me with the booking."),
    ]
    report = [
        ("He attended with his guide dog.", {SUP}),
        ("He has been registered severely sight impaired since 2010.", {NC}),
        ("He has approximately 15 degrees of visual field remaining in one eye.", {NC}),
        ("He navigates unfamiliar routes with his guide dog.", {NS}),
        ("He uses a talking microwave to prepare meals.", {SUP}),
        ("He manages his finances using online banking with a screen reader.", {SUP}),
        ("He is able to read and understand written information.", {QD}),
        ("He travelled to the assessment by bus.", {NS}),
        ("He read the consent form unaided at the start of the consultation.", {IMP}),
    ]
    return turns, report


def _case_11():
    turns = [
        (
            "A",
            "Hello, Mr Khan? It's Tom from the assessment provider. We've got you down for a telephone assessment at two o'clock. Is it still okay to do it now?",
        ),
        ("C", "Yes, yes. My son is here too, he'll help with the English if I need."),
        ("P", "Hello, I'm Imran, his son."),
        ("A", "Great. What are your conditions?"),
        (
            "C",
            "Heart failure, and diabetes, type two. I had a heart attack in twenty eighteen, and a stent.",
        ),
        ("A", "How far can you walk?"),
        ("C", "Not far. Maybe to the mosque, it's about, what, Imran?"),
        ("P", "About a hundred metres. He stops halfway and sits on the wall."),
        ("A", "Stairs?"),
        ("C", "One flight, slowly, holding the rail. Then I sit at the top."),
        ("A", "Medication?"),
        ("C", "Lots. Bisoprolol, ramipril, furosemide forty in the morning, metformin twice."),
        ("A", "Chest pain?"),
        ("C", "When I walk fast or it's cold. I take the spray, maybe three times a week."),
        ("A", "Do you get breathless at night?"),
        ("C", "Sorry, again please?"),
        ("P", "Breathless, at night, Dad."),
        ("C", "Yes. I sleep on three pillows."),
    ]
    report = [
        ("The consultation was by telephone, with the claimant's son present to assist.", {SUP}),
        ("He had a myocardial infarction in 2016.", {NC}),
        ("He can walk around 100 metres to the mosque.", {QD}),
        ("He climbs a flight of stairs.", {QD}),
        ("Medication includes furosemide 80mg in the morning.", {NC}),
        ("He uses his GTN spray around once a month.", {NC}),
        ("He reports orthopnoea, sleeping on three pillows.", {SUP}),
        ("No interpretation or repetition of questions was required.", {IMP}),
        ("Physical examination: no pedal oedema.", {IMP}),
    ]
    return turns, report


def _case_12():
    turns = [
        (
            "A",
            "Hi, thanks for having me at the house. It's quarter past one, so I'll note that as the start time.",
        ),
        ("C", "That's fine. My partner's going to sit in."),
        ("P", "Hi, I'm Leah."),
        ("A", "Can you tell me about your bipolar?"),
        (
            "C",
            "Bipolar type one. Diagnosed when I was twenty-seven. I've had three hospital admissions, the last one was twenty twenty-three.",
        ),
        ("A", "How are you at the moment?"),
        ("C", "Low. I've not been out of the house in, I think, five weeks."),
        ("P", "Six. It was before your birthday."),
        ("C", "Six then."),
        ("A", "Do you wash and dress each day?"),
        ("C", "No. Leah has to keep on at me. I'll shower maybe twice a week if she pushes."),
        ("A", "Medication?"),
        (
            "C",
            "Lithium, eight hundred milligrams at night, and quetiapine. Leah keeps them locked away and hands them to me, because of last time.",
        ),
        ("A", "Cooking and eating?"),
        ("C", "When I'm low I don't eat unless Leah puts it in front of me."),
        ("A", "Okay, I'll finish there. It's just coming up to two."),
    ]
    report = [
        ("Consultation at the claimant's home from 13:15 to 14:45.", {IMP}),
        ("He was diagnosed with bipolar disorder at the age of 22.", {NC}),
        ("He has had three psychiatric admissions, most recently in 2023.", {SUP}),
        ("He reports not having left the house for around two weeks.", {NC}),
        ("He showers twice a week.", {QD}),
        ("He manages his own medication.", {QD}),
        ("He takes lithium 400mg at night.", {NC}),
        ("His partner was present and contributed to the consultation.", {SUP}),
        ("He reports eating regular meals.", {QD}),
    ]
    return turns, report


def _case_13():
    turns = [
        ("A", "Good morning. I see you've come in with a walking frame. Who's this with you?"),
        ("P", "I'm his wife, Margaret."),
        ("C", "She does the talking. My speech isn't great since the stroke."),
        ("A", "When was the stroke?"),
        ("C", "Twenty... twenty-three. February."),
        ("P", "February twenty twenty-three, yes."),
        ("A", "What's been affected?"),
        ("C", "Left side. Arm's no good. Leg drags."),
        ("A", "How far can you walk with the frame?"),
        ("C", "Ten, fifteen metres. Then sit."),
        ("P", "He's got a perching stool in the hall so he can stop halfway to the kitchen."),
        ("A", "Can you pick up a coin with your left hand? Could you try for me?"),
        ("C", "No. Can't feel it. ... No."),
        ("A", "Can you make yourself understood?"),
        ("P", "Strangers can't understand him on the phone. I do all the calls."),
        ("A", "Toileting?"),
        ("C", "Need help... getting up off."),
        ("P", "I help him off the toilet. There's a rail but he still needs me."),
    ]
    report = [
        ("He attended with his wife.", {SUP}),
        ("He had a stroke in February 2021.", {NC}),
        ("He has left-sided weakness affecting his arm and leg.", {SUP}),
        ("He mobilises about 50 metres with a walking frame.", {NC}),
        ("He walks from the hall to the kitchen with his frame.", {QD}),
        ("He was able to pick up a coin with his left hand.", {IMP}),
        ("He states he makes his own telephone calls.", {NS}),
        ("He uses the toilet independently with the aid of a grab rail.", {QD}),
    ]
    return turns, report


def _case_14():
    turns = [
        (
            "A",
            "Morning, this is Claire calling for your PIP consultation. It's a telephone one today. It might take up to an hour, is that okay?",
        ),
        ("C", "Yeah. If I need the toilet I'll have to go, sorry in advance."),
        ("A", "That's absolutely fine. What's your condition?"),
        ("C", "Crohn's. I was diagnosed at sixteen, I'm thirty-four now. I've had two resections."),
        ("A", "How often do you need the toilet?"),
        ("C", "On a flare, fifteen, twenty times a day. Normally eight to ten."),
        ("A", "Do you have accidents?"),
        ("C", "Yeah, maybe once a week I don't make it. I carry a change of clothes everywhere."),
        ("A", "Going out?"),
        (
            "C",
            "I plan round toilets. I've got the radar key. If I don't know where the toilets are, I don't go.",
        ),
        ("C", "Sorry, I need to go now. Two minutes."),
        ("A", "No problem."),
        ("C", "I'm back. Sorry about that."),
        ("A", "Medication?"),
        ("C", "Infliximab infusions every eight weeks, and loperamide, up to six a day."),
        ("A", "Fatigue?"),
        ("C", "Awful. I sleep in the afternoon most days, a couple of hours."),
    ]
    report = [
        ("The assessment was carried out by telephone.", {SUP}),
        ("She was diagnosed with Crohn's disease at 21.", {NC}),
        ("She has had one bowel resection.", {NC}),
        ("She opens her bowels around eight to ten times a day.", {QD}),
        ("She reports faecal incontinence around once a month.", {NC}),
        ("The consultation was completed without interruption.", {IMP}),
        ("She is able to go out independently.", {QD}),
        ("She receives infliximab infusions every eight weeks.", {SUP}),
        ("She denies fatigue.", {NS}),
    ]
    return turns, report


def _case_15():
    turns = [
        (
            "A",
            "Hello, I'm calling from the health assessment advisory service. We're doing this one by phone. Is that Jamie?",
        ),
        ("C", "Yes. Hello."),
        ("P", "Hi, I'm Sue, Jamie's support worker. He's asked me to help."),
        ("A", "That's fine. Jamie, how old are you?"),
        ("C", "Thirty."),
        ("A", "Do you live on your own?"),
        ("C", "In a flat. Sue comes every day."),
        ("P", "It's supported living. We're in three hours a day, morning and teatime."),
        ("A", "Jamie, how do you get to the shops?"),
        ("C", "Sue takes me. I get lost."),
        ("A", "What would you do if the bus didn't come?"),
        ("C", "I don't know. Wait? Ring Sue."),
        ("A", "Do you understand the letters you get?"),
        ("C", "No. Sue reads them."),
        ("A", "Can you count change?"),
        ("C", "Sometimes. Not big money."),
        ("P", "He can do coins up to about a pound, but not notes."),
        ("A", "Could you tell me what the time is now, Jamie?"),
        ("C", "I don't... I can't tell the time."),
    ]
    report = [
        ("Assessed by telephone with his support worker present.", {SUP}),
        ("He is 35 years old.", {NC}),
        ("He receives support for one hour a day.", {NC}),
        ("He goes to the shops.", {QD}),
        ("He reads and understands his own post.", {NS}),
        ("He can handle money, including notes.", {NS}),
        ("He told the time correctly when asked during the consultation.", {IMP}),
        ("He lives in supported accommodation.", {SUP}),
    ]
    return turns, report


def _case_16():
    turns = [
        ("A", "Hello, come through. How did you get here today?"),
        ("C", "My mate dropped me off. I can drive but not today, the stump's swollen."),
        ("A", "Tell me about your amputation."),
        (
            "C",
            "Right leg, below the knee, twenty nineteen, after a motorbike crash. I've got a prosthetic.",
        ),
        ("A", "How long can you wear it?"),
        (
            "C",
            "Four hours on a good day. If the stump's sore, like today, I can't get it on at all. That's been three or four days a week recently.",
        ),
        ("A", "How do you get around without it?"),
        ("C", "Crutches, or the wheelchair. Indoors I hop with the crutches."),
        ("A", "Walking with the prosthetic?"),
        (
            "C",
            "About two hundred metres with a stick. Then the socket rubs and I've got to take it off.",
        ),
        ("A", "Pain?"),
        ("C", "Phantom pain, mostly nights. Gabapentin, three hundred three times a day."),
        ("A", "Bathing?"),
        (
            "C",
            "Bath board, and I need a rail to get out. I can't stand in a shower without the leg.",
        ),
    ]
    report = [
        ("He had a right below-knee amputation in 2019.", {SUP}),
        ("He drove himself to the assessment.", {NS}),
        ("He wears his prosthesis for around eight hours a day.", {NC}),
        (
            "He reports that stump soreness prevents use of the prosthesis on one or two days a week.",
            {NC},
        ),
        ("He walks approximately 200 metres with his prosthesis.", {QD}),
        ("He takes gabapentin 300mg three times a day.", {SUP}),
        ("He bathes using a bath board.", {QD}),
        ("He was observed walking into the room wearing his prosthesis with a normal gait.", {IMP}),
    ]
    return turns, report


def _case_17():
    turns = [
        (
            "A",
            "Hello, you're on video with me now for your work capability assessment. I can see you, but the sound's a bit tinny, so let me know if you miss anything.",
        ),
        ("C", "Okay. Sorry, I've turned my screen right down, the light hurts."),
        ("A", "Tell me about the migraines."),
        (
            "C",
            "Chronic migraine. Fifteen to twenty days a month I've got a headache, and about eight of those are full migraines where I'm in a dark room.",
        ),
        ("A", "How long does a migraine last?"),
        ("C", "Anything from a day to three days."),
        ("A", "Treatment?"),
        (
            "C",
            "Botox injections every twelve weeks at the neuro clinic. Sumatriptan, but I'm only allowed it two days a week.",
        ),
        ("A", "Could you do any work on a migraine day?"),
        ("C", "No. I'm sick, I can't look at a screen."),
        ("A", "Mood?"),
        (
            "C",
            "Anxious. I'm worried all the time about the next one. I've cancelled things so often I've stopped making plans.",
        ),
        ("A", "Last question. How long can you look at a screen on a good day?"),
        ("C", "Maybe an hour, with breaks, with the brightness right down."),
    ]
    report = [
        ("Assessment by video call.", {SUP}),
        ("She reports headache on about five days a month.", {NC}),
        ("Migraine episodes last from one to three days.", {SUP}),
        ("She receives Botox injections every six months.", {NC}),
        ("She can use a computer screen for about an hour on good days.", {QD}),
        ("Informal observations: no photophobia was evident during the video call.", {IMP}),
        ("She states she continues to socialise and make plans each week.", {NS}),
        ("She reports around eight migraine days a month requiring a dark room.", {SUP}),
    ]
    return turns, report


def _case_18():
    turns = [
        ("A", "Hello, is it Ellie? And you've come with...?"),
        ("P", "Her mum. I'm her carer."),
        ("A", "How old are you, Ellie?"),
        ("C", "Nineteen."),
        ("A", "Tell me about the EDS."),
        (
            "C",
            "Hypermobile EDS. My shoulders and knees dislocate. Like, my shoulder's gone twice this month already.",
        ),
        ("A", "Do you use any aids?"),
        ("C", "A wheelchair outside, and splints on my wrists. Indoors a crutch."),
        ("A", "Preparing food?"),
        (
            "C",
            "I can make a sandwich. Anything with a pan, no, my wrists give out. Mum cuts things up.",
        ),
        ("A", "Washing?"),
        (
            "C",
            "I've got a shower chair. Mum washes my hair because my shoulders sublux if I lift my arms.",
        ),
        ("P", "She needs me for that every time."),
        ("A", "Dressing?"),
        (
            "C",
            "About forty-five minutes on a bad day. I do it in stages and have a lie down in between.",
        ),
        ("A", "How many bad days?"),
        ("C", "Honestly, most days. Like five out of seven."),
        ("A", "Could you lift your arms above your head for me?"),
        ("C", "I'd really rather not, it might pop out."),
    ]
    report = [
        ("She attended with her mother, who is her carer.", {SUP}),
        ("She is 21 years old.", {NC}),
        ("She reports her shoulder has dislocated twice this month.", {SUP}),
        ("She mobilises outdoors with a crutch.", {NS}),
        ("She washes her hair independently.", {QD}),
        ("She takes around 15 minutes to dress.", {NC, QD}),
        ("She reports bad days on two days a week.", {NC}),
        ("Full shoulder flexion and abduction were demonstrated bilaterally.", {IMP}),
        ("She is able to make a sandwich.", {SUP}),
    ]
    return turns, report


def _case_19():
    turns = [
        (
            "A",
            "Thanks for picking up. This is your telephone work capability assessment; I'm a registered paramedic. Can I take your date of birth to confirm who I'm speaking to?",
        ),
        ("C", "Fourteenth of May, nineteen sixty-eight."),
        ("A", "Thanks. What's the main problem?"),
        (
            "C",
            "Both hips. Osteoarthritis. I'm on the list for a replacement on the right, been waiting eighteen months.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With two sticks, about fifty yards, then I'm done, I have to stop. Without the sticks, not at all really.",
        ),
        ("A", "Sitting?"),
        ("C", "An hour maybe, in my recliner. Hard chairs, twenty minutes."),
        ("A", "Standing?"),
        ("C", "Five minutes, then I need to sit."),
        ("A", "Pain relief?"),
        (
            "C",
            "Tramadol, fifty, up to eight a day, and paracetamol. It takes the edge off, that's all.",
        ),
        ("A", "What did you do for work?"),
        ("C", "Forklift driver, thirty years. Stopped in twenty twenty-two."),
        ("A", "How long can you drive for?"),
        ("C", "Twenty minutes. I don't go far. My wife drives mostly."),
    ]
    report = [
        ("The assessment was completed by telephone.", {SUP}),
        ("He has been awaiting a right hip replacement for around six months.", {NC}),
        ("He can walk about 50 yards.", {QD}),
        ("He is able to sit for an hour.", {QD}),
        ("He can stand for about 15 minutes.", {NC}),
        ("He takes tramadol 50mg up to eight times a day, with paracetamol.", {SUP}),
        ("He worked as a forklift driver for 30 years, stopping in 2022.", {SUP}),
        ("He drives for up to an hour.", {NC}),
        ("Observed to rise from his chair without using his arms.", {IMP}),
        ("He states his pain is well controlled with medication.", {NS}),
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
FIRST_SEED = 29000


def make_case_29(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    index = seed - FIRST_SEED
    if not 0 <= index < len(_CASES):
        raise ValueError(
            f"seed {seed} is out of range: set 29 covers seeds {FIRST_SEED} to {FIRST_SEED + len(_CASES) - 1}"
        )
    rng = random.Random(seed)
    assessor, claimant, companion = rng.sample(VOICES, 3)
    voice_of = {"A": assessor, "C": claimant, "P": companion}
    turns, report = _CASES[index]()
    dialogue = [(0 if role == "A" else 1, voice_of[role], text) for role, text in turns]
    return dialogue, [(statement, set(labels)) for statement, labels in report]
