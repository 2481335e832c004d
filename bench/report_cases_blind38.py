"""Blind held-out evaluation set 40: twenty assessment recordings paired with the reports written afterwards.

Written from scratch for this set, without reference to the tool's source, tests or earlier sets; the only
background used was the shared context note (report formats, descriptors, thresholds). Each case is the complete
recording of one consultation, a few minutes of speech between an assessor (A), the claimant (C) and sometimes a
companion (P: partner, parent, adult son or daughter, brother and carer, friend, support worker, advocate). Words
are written the way people say them (numbers and times spelled out) because the dialogue is synthesised by
text-to-speech and transcribed by Whisper before comparison.

The reports are PIP PA4 and WCA ESA85 style write-ups split into statements. Each statement is labelled with the
departures it contains: changed quantities (NC), dropped qualifiers such as prompting, supervision, aids, pain,
rests and "on a good day" (QD), things the claimant or companion never said or said the opposite of (NS),
observations and consultation details the recording cannot support, such as things seen on a telephone call,
examinations never performed, "attended alone" when a companion spoke, or start and end times at odds with the
times said aloud (IMP), and faithful statements (SUP).

Channels: telephone, video, face to face at an assessment centre and home visits. Conditions: fibromyalgia, COPD,
multiple sclerosis, depression and social anxiety, bipolar disorder, learning disability, glaucoma, Parkinson's
disease, PTSD, spinal stenosis, epilepsy, ME/CFS, Meniere's disease, autism, rheumatoid arthritis, schizophrenia,
stroke, Crohn's disease, heart failure and acquired brain injury.
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
    # PIP, telephone, fibromyalgia, claimant alone
    turns = [
        (
            "A",
            "Good morning, is that Karen Doyle? My name is Simon, I'm a disability assessor calling about your Personal Independence Payment claim. Is it still okay to go ahead by phone this morning?",
        ),
        ("C", "Yes, hello, yes that's me. Sorry, I've been sat by the phone since nine."),
        ("A", "That's fine. It's just gone half past ten now. Is anyone with you today?"),
        ("C", "No, just me. My husband's at work."),
        ("A", "Okay. You've told us you have fibromyalgia. Can you talk me through a typical day?"),
        (
            "C",
            "Um, well, it depends on the day really. On a bad day I don't get up until about eleven, because I'm so stiff. On a good day I might be up by eight. The bad days are, I'd say, four or five days a week.",
        ),
        ("A", "And what about getting washed?"),
        (
            "C",
            "I've got a shower over the bath but I can't step in over the side most days, so I have a strip wash at the sink. I sit on a stool at the sink because I can't stand that long. My husband helps me in the bath on a Sunday when he's home.",
        ),
        ("A", "How long can you stand for?"),
        ("C", "Maybe five minutes, then my legs start burning and I have to sit down."),
        ("A", "And getting dressed?"),
        (
            "C",
            "I can do my top half, mostly, slowly. It takes me about half an hour. Socks and shoes I can't do, my husband puts them on before he goes, or I wear slip-ons.",
        ),
        ("A", "Do you prepare your own meals?"),
        (
            "C",
            "Only simple things. Microwave meals. I can't lift a pan, my wrists give way. I dropped the kettle last year and burnt my hand, so I've got a little one cup kettle now.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "To the end of the road and back, which is, I don't know, maybe fifty metres each way? No, actually less than that, it's probably thirty metres to the corner. Then I have to lean on the wall.",
        ),
        ("A", "And how long does that take you?"),
        ("C", "Five minutes or so. More on a bad day. And I always use my stick outside."),
        ("A", "Do you go out on your own?"),
        ("C", "To the corner shop, yes, on a good day. Otherwise my husband drives me."),
        ("A", "What medication are you on?"),
        (
            "C",
            "Pregabalin, a hundred and fifty milligrams twice a day, and amitriptyline, twenty milligrams at night.",
        ),
        (
            "A",
            "Okay. I think I've got everything I need. It's twenty five to eleven, so we'll finish there. Thank you, Karen.",
        ),
        ("C", "Thank you. Bye."),
    ]
    report = [
        ("Consultation type: telephone. Present: claimant only.", {SUP}),
        ("Consultation start time 10:30, end time 11:25.", {IMP}),
        ("Typical day: She states she gets up at around 8am.", {QD}),
        ("She reports that bad days occur 2 to 3 days a week.", {NC}),
        ("Activity 4 - Washing and bathing: She strip washes at the sink independently.", {QD}),
        (
            "Activity 6 - Dressing and undressing: She dresses her upper body independently, taking around 10 minutes.",
            {NC},
        ),
        ("She is able to put on her own socks and shoes.", {NS}),
        ("Activity 1 - Preparing food: She cooks simple meals using a pan or the microwave.", {NS}),
        (
            "Mobility 2 - Moving around: She reports she can walk approximately 50 metres with a stick before needing to stop.",
            {NC},
        ),
        ("This takes her about five minutes, longer on a bad day.", {SUP}),
        ("Mobility 1 - Planning and following journeys: She goes to the corner shop alone.", {QD}),
        ("Medication: pregabalin 150mg twice daily and amitriptyline 20mg at night.", {SUP}),
        (
            "Informal observations: She appeared comfortable throughout and was not seen to shift position.",
            {IMP},
        ),
    ]
    return turns, report


def _case_01():
    # WCA, face to face at assessment centre, COPD, wife present
    turns = [
        (
            "A",
            "Hello, Mr Price? Come through. I'm Angela, I'm a nurse with the assessment service. Is this your wife?",
        ),
        ("C", "Yes, this is Linda. She's coming in with me, if that's alright."),
        (
            "A",
            "Of course. Take a seat, both of you. It's just gone quarter past nine. How did you get here today?",
        ),
        (
            "C",
            "Linda drove us. We parked in the disabled bay, but I still had to stop twice coming across from the car park.",
        ),
        ("P", "He was puffing by the time we got to the lift."),
        ("A", "Tell me about your breathing."),
        (
            "C",
            "It's COPD, they said it's severe. I've got the blue inhaler and the purple one, and I'm on oxygen at night now.",
        ),
        ("A", "How far can you walk on the flat?"),
        (
            "C",
            "On the flat, maybe forty, fifty yards, then I've got to stop and get my breath back. Could be two or three minutes before I can go on.",
        ),
        ("A", "And could you do that again straight after?"),
        ("C", "Not really. After the second go I'm done for the day."),
        ("A", "What about stairs?"),
        ("C", "We've got a stairlift now. Before that I was going up them on my bum."),
        ("P", "He sleeps downstairs most nights anyway, because of the coughing."),
        ("A", "How long can you sit for?"),
        ("C", "Sitting's fine, it's standing. I can't stand at the sink more than a few minutes."),
        ("A", "Do you manage your own personal care?"),
        ("C", "Mostly. But I have to sit down to shave now. And Linda washes my back."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "I don't drive anymore. I go to the paper shop across the road on my own, that's about it.",
        ),
        ("A", "How often do you get chest infections?"),
        ("P", "Four times last winter. He was in hospital twice."),
        ("C", "Yeah, twice. Once for a week."),
        (
            "A",
            "Okay. I'm just going to listen to your chest. Deep breath in, and out. Thank you. Right, that's all I need. It's about twenty past nine. Thank you both.",
        ),
    ]
    report = [
        (
            "Face to face assessment at the assessment centre. The claimant was accompanied by his wife.",
            {SUP},
        ),
        ("Assessment start 09:15, finish 09:55.", {IMP}),
        (
            "He states he walked from the car park to the assessment room without needing to stop.",
            {NS},
        ),
        (
            "Mobilising: He states he can walk 50 to 100 metres on level ground before stopping to catch his breath.",
            {NC},
        ),
        ("He is able to repeat this distance within a reasonable time.", {NS}),
        ("He has a stairlift fitted at home.", {SUP}),
        ("Standing and sitting: He reports no difficulty with sitting.", {SUP}),
        ("He states he can stand for around 30 minutes.", {NC}),
        ("He manages his personal care independently.", {QD}),
        ("He drives short distances locally.", {NS}),
        (
            "He has had two chest infections in the past year, one requiring hospital admission.",
            {NC},
        ),
        ("Oxygen saturations were measured at 96% on room air.", {IMP}),
        ("He uses home oxygen overnight.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP, home visit, relapsing remitting MS (fluctuating), husband present
    turns = [
        (
            "A",
            "Hi Claire, I'm Daniel from the assessment service. Thanks for having me in your home. Is it alright if I sit here?",
        ),
        ("C", "Yes, sorry about the mess. This is Mark, my husband."),
        ("P", "Hiya."),
        (
            "A",
            "It's ten o'clock now, so we'll make a start. You've got multiple sclerosis, is that right?",
        ),
        (
            "C",
            "Relapsing remitting, I was diagnosed six years ago. I had a relapse in March and I'm still not right from it.",
        ),
        ("A", "How does it affect you day to day?"),
        (
            "C",
            "Fatigue, mostly. And my legs, the right leg drags. And my eyes go blurry when I'm tired.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Um, I try. Mark does the evening meal. If I do something at lunch it's toast or a sandwich, and I sit on the perching stool.",
        ),
        ("P", "She's had a couple of near misses with the hob. She forgets it's on."),
        ("A", "What about bathing?"),
        (
            "C",
            "We had a walk-in shower put in. I've got a seat in there, and a rail. Mark stays nearby in case I go over, because I've fallen twice this year in the bathroom.",
        ),
        ("A", "How about managing your tablets?"),
        (
            "C",
            "Mark does my dosette box, and he reminds me. I'd forget otherwise. Brain fog, you know.",
        ),
        ("A", "And the bladder?"),
        ("C", "I get urgency. I've had accidents, maybe once or twice a week. I wear pads now."),
        ("A", "Getting about, do you use anything?"),
        ("C", "A rollator indoors. No, sorry, a stick indoors, and the rollator outside."),
        ("A", "How far can you go with the rollator?"),
        (
            "C",
            "On a good day maybe to the postbox, that's about a hundred metres? Mark says it's less.",
        ),
        (
            "P",
            "It's about sixty metres, I've paced it. And she's shattered after it. On a bad day she doesn't go out at all.",
        ),
        ("A", "How many bad days would you say?"),
        ("C", "More than half. Since March, most days."),
        ("A", "Would you mind standing up for me and walking to the door?"),
        ("C", "Okay, give me a minute. Mark, can you... thanks."),
        ("P", "Up you come."),
        (
            "A",
            "That's fine, thank you, you can sit back down. Right, I think that's everything, it's about five past ten. Thanks, both of you.",
        ),
    ]
    report = [
        ("Home visit. Present: the claimant and her husband.", {SUP}),
        ("Consultation start 10:00, end 11:10.", {IMP}),
        (
            "She was diagnosed with relapsing remitting MS six years ago, with the most recent relapse in March.",
            {SUP},
        ),
        (
            "Activity 1 - Preparing food: She prepares light meals such as toast and sandwiches.",
            {QD},
        ),
        ("No safety concerns were raised regarding her use of the cooker.", {NS}),
        (
            "Activity 4 - Washing and bathing: She showers independently using a shower seat and grab rail.",
            {QD},
        ),
        ("She reports one fall in the past year.", {NC}),
        ("Activity 3 - Managing therapy: Her husband fills her dosette box.", {QD}),
        (
            "Activity 5 - Managing toilet needs: She reports urgency with occasional incontinence, around once a month, managed with pads.",
            {NC},
        ),
        (
            "Mobility 2 - Moving around: She walks approximately 100 metres using a rollator.",
            {NC, QD},
        ),
        ("She uses a walking stick indoors.", {SUP}),
        (
            "Informal observations: She rose from the chair independently and walked to the door with a normal gait.",
            {IMP},
        ),
        ("She reports her condition is currently stable.", {NS}),
    ]
    return turns, report


def _case_03():
    # PIP, video, depression and social anxiety, young man with his mother answering much
    turns = [
        (
            "A",
            "Hello, can you hear me okay? I'm Priya, I'm carrying out your PIP assessment today by video. Can you see me?",
        ),
        ("C", "Yeah. Um, yeah."),
        ("A", "And is someone with you?"),
        ("P", "Hi, I'm his mum, Julie. He asked me to sit in."),
        (
            "A",
            "That's absolutely fine. It's two o'clock, just so you know. Josh, can you tell me a bit about your mental health?",
        ),
        (
            "C",
            "Um. I've had depression since I was like sixteen. And anxiety. I don't really go out.",
        ),
        ("A", "When did you last go out?"),
        ("C", "Um..."),
        (
            "P",
            "It was the dentist, three weeks ago. I had to take him. He was sick in the car park.",
        ),
        ("A", "Josh, do you see any friends?"),
        (
            "C",
            "Not really. I talk to one mate online, when I'm playing games. I haven't seen anyone in person for, I dunno, a year?",
        ),
        ("A", "How are you sleeping?"),
        (
            "C",
            "Badly. I'm up till like four in the morning, then I sleep till two in the afternoon.",
        ),
        ("A", "Do you make your own meals?"),
        ("C", "Sometimes. Like, cereal. Mum cooks tea."),
        (
            "P",
            "If I didn't put a plate in front of him he wouldn't eat. He's lost a lot of weight, about two stone since Christmas.",
        ),
        ("A", "And washing?"),
        ("C", "I know I should. I shower maybe once a week."),
        ("P", "And that's when I nag him."),
        ("A", "Do you have any thoughts of harming yourself?"),
        ("C", "Sometimes. I don't... I've not done anything. Not for a long time."),
        ("P", "He took an overdose two years ago."),
        ("A", "I'm sorry to hear that. Do you take any medication?"),
        ("C", "Sertraline. A hundred milligrams."),
        ("A", "Do you manage that yourself?"),
        ("P", "I keep them in my room and give him one every morning, because of the overdose."),
        ("A", "Could you go somewhere new on your own? A bus journey, say?"),
        (
            "C",
            "No. No way. I'd panic. Even with mum I have to wear my headphones and look at the floor.",
        ),
        (
            "A",
            "Okay, thank you Josh, I know that's hard. We'll finish there, it's about five past two.",
        ),
    ]
    report = [
        ("Video consultation. The claimant was present with his mother.", {SUP}),
        (
            "Informal observations: He answered all questions himself without input from his mother.",
            {IMP},
        ),
        (
            "It was reported that he last left the house three weeks ago for a dental appointment, accompanied by his mother.",
            {SUP},
        ),
        ("He has a friend whom he sees regularly.", {NS}),
        ("He reports going to bed at around midnight and rising mid-morning.", {NC}),
        ("Activity 2 - Taking nutrition: He eats independently.", {QD}),
        ("Weight loss of about half a stone was reported.", {NC}),
        ("Activity 4 - Washing and bathing: He showers twice a week.", {NC, QD}),
        ("He denied any current thoughts of self-harm.", {NS}),
        ("History of an overdose two years ago.", {SUP}),
        ("Activity 3 - Managing therapy: He manages his sertraline 100mg independently.", {NS}),
        (
            "Mobility 1 - Planning and following journeys: He could not undertake an unfamiliar journey alone due to anxiety.",
            {SUP},
        ),
        ("Consultation start 14:00, end 14:05.", {SUP}),
    ]
    return turns, report


def _case_04():
    # WCA, telephone, bipolar disorder, claimant alone (support worker did not attend), brisk assessor
    turns = [
        (
            "A",
            "Hello, is that Ms Okafor? I'm calling from the assessment service about your work capability assessment. My name is Graham. The time is eleven o'clock. Is anyone with you?",
        ),
        ("C", "No, it's just me. My support worker couldn't make it in the end."),
        ("A", "Okay. You have bipolar disorder. Are you well at the moment?"),
        (
            "C",
            "Not really. I came out of hospital in January, I'd been sectioned for six weeks. Since then it's been up and down. More down.",
        ),
        ("A", "When did you last work?"),
        ("C", "I used to work in a call centre. I haven't worked since twenty nineteen."),
        ("A", "How do you cope with changes to your plans?"),
        (
            "C",
            "Badly. If something changes, like an appointment gets moved, I can't cope, I'll be in bed for the rest of the day. That happened last week with the GP.",
        ),
        ("A", "Do you go out alone?"),
        (
            "C",
            "To the shop, yes, if it's quiet. Early in the morning. I won't go in if there's a queue.",
        ),
        ("A", "Can you use public transport?"),
        (
            "C",
            "I haven't been on a bus in about a year. I get my sister to drive me anywhere I have to go.",
        ),
        ("A", "How do you get on with other people?"),
        (
            "C",
            "I get very irritable. I had a row with a neighbour and the police were called. That was when I was high. I avoid people mostly.",
        ),
        ("A", "Concentration. Do you watch TV, read?"),
        (
            "C",
            "I can't follow a film. I put the telly on for the noise. I used to read loads. Now I can't get past a page.",
        ),
        ("A", "Do you manage your own medication?"),
        (
            "C",
            "Lithium and quetiapine. I've got a pill box. My sister checks it on Sundays, because I missed doses before and ended up in hospital.",
        ),
        ("A", "Okay. Any plans to return to work?"),
        ("C", "I'd like to, one day. Not now."),
        ("A", "Right, thank you, that's all I need. It's about five past eleven. Goodbye."),
    ]
    report = [
        ("Telephone assessment. The claimant attended with her support worker.", {IMP}),
        ("Start time 11:00, end time 11:05.", {SUP}),
        (
            "She was discharged from hospital in January following a six week admission under section.",
            {SUP},
        ),
        ("She last worked in 2021, in a call centre.", {NC}),
        (
            "Coping with change: She reports that she copes with changes to plans, although she finds them stressful.",
            {NS},
        ),
        ("Getting about: She goes to the local shop alone.", {QD}),
        ("She has not used a bus for around six months and relies on her sister for lifts.", {NC}),
        (
            "Appropriateness of behaviour: She described one episode of conflict with a neighbour when she was unwell.",
            {SUP},
        ),
        ("Learning tasks: She enjoys reading and watching films.", {NS}),
        ("She manages her own medication using a pill box.", {QD}),
        ("Mental state examination: She was appropriately dressed and well kempt.", {IMP}),
        ("She states she would like to return to work one day but not at present.", {SUP}),
    ]
    return turns, report


def _case_05():
    # PIP, face to face at assessment centre, learning disability, young woman with support worker
    turns = [
        ("A", "Hello Chloe, I'm Ruth. Come in and sit down. And you are?"),
        ("P", "I'm Bev, her support worker from the supported living."),
        ("A", "Lovely. It's half past one. Chloe, how did you get here today?"),
        ("C", "Bev brought me. In the car."),
        ("A", "Do you ever go on the bus on your own?"),
        ("C", "I went on the bus once. I got lost. I went to the wrong town."),
        (
            "P",
            "She rang us crying from a bus station forty minutes away. Since then we've done journeys with her. She can do the route to the day centre with someone following behind, we're trying to build that up.",
        ),
        (
            "A",
            "Chloe, can I ask you about money? If you bought something for three pounds fifty and gave me a five pound note, how much change would you get?",
        ),
        ("C", "Um... two pounds?"),
        ("A", "Okay. Do you do your own shopping?"),
        ("C", "Bev does it with me. I pick the things."),
        ("P", "She'd spend it all on the first day otherwise. We manage her bank card."),
        ("A", "Do you cook, Chloe?"),
        ("C", "I can do toast. And noodles in the microwave."),
        ("P", "With someone there. She's left the microwave on with foil in it."),
        ("A", "Do you wash and dress yourself?"),
        ("C", "Yes."),
        (
            "P",
            "She needs reminding to shower, every day really, and someone has to check she's rinsed her hair properly. And she'll put the same clothes on for days if you don't prompt her.",
        ),
        ("A", "Can you read, Chloe?"),
        ("C", "A bit. Easy words. Not letters from the council."),
        ("P", "We read her post for her."),
        ("A", "Okay. Thank you both. We're finished, it's about twenty five to two."),
    ]
    report = [
        (
            "Face to face consultation at the assessment centre. She was accompanied by her support worker.",
            {SUP},
        ),
        ("Consultation start 13:30, finish 14:30.", {IMP}),
        (
            "Mobility 1 - Planning and following journeys: She travelled to the assessment by bus.",
            {NS},
        ),
        ("She has used a bus alone on one occasion and got lost.", {SUP}),
        ("She is able to follow the route to her day centre independently.", {QD}),
        (
            "Activity 10 - Making budgeting decisions: On informal testing she correctly calculated the change from £5 for an item costing £3.50.",
            {IMP},
        ),
        ("Her support worker assists her with shopping.", {SUP}),
        ("Activity 1 - Preparing food: She can prepare toast and microwave noodles.", {QD}),
        ("Activity 4 and Activity 6: She washes and dresses independently.", {QD}),
        ("Her support worker reports she needs prompting to shower about once a week.", {NC}),
        ("Activity 9 - Reading: She can read simple words but needs help to read letters.", {SUP}),
        (
            "Her support worker reported that she once rang from a bus station about 20 minutes away.",
            {NC},
        ),
    ]
    return turns, report


def _case_06():
    # PIP, telephone, glaucoma (severe sight impairment), older man with daughter on speaker
    turns = [
        (
            "A",
            "Good afternoon, is that Mr Walsh? My name's Fiona, I'm calling about your PIP claim. It's quarter past three. Is anyone with you?",
        ),
        ("C", "My daughter Sarah's here, she's on the speaker as well."),
        ("P", "Hello."),
        ("A", "Thanks. Mr Walsh, you've got glaucoma, is that right?"),
        (
            "C",
            "Yes, both eyes. I've been registered severely sight impaired since last year. I've got a bit of vision on the left side, very little.",
        ),
        ("A", "Can you read print at all?"),
        (
            "C",
            "Not normal print, no. With my big magnifier I can read a word or two of a headline, that's it. Sarah reads my letters.",
        ),
        ("A", "How do you manage with cooking?"),
        (
            "C",
            "I don't use the cooker anymore. I burned myself on the ring twice. I do cold stuff, and Sarah brings meals round that I put in the microwave. It's got tactile dots on it.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Only to the end of my road, with the long cane. I've had mobility training. Anywhere else Sarah takes me, or a taxi I've booked, and the driver walks me to the door.",
        ),
        ("P", "He walked into a lamp post in October and cut his head. He needed three stitches."),
        ("A", "Have you got a guide dog?"),
        ("C", "I'm on the waiting list. It's about two years."),
        ("A", "Physically, can you walk any distance?"),
        ("C", "Physically, yes, my legs are fine. It's the seeing."),
        ("A", "What about your medication?"),
        (
            "C",
            "Eye drops, three different ones. Sarah comes in the morning and does them, because I can't tell if they've gone in. I do the evening one by feel. Sometimes it misses.",
        ),
        ("A", "Okay. And dressing?"),
        (
            "C",
            "I can dress. I've got my clothes sorted in the wardrobe, Sarah labels them, but I've gone out in odd shoes before.",
        ),
        ("A", "Okay, thank you, that's everything. It's twenty past three. Goodbye."),
    ]
    report = [
        (
            "Telephone consultation. Present: the claimant and his daughter (on speakerphone).",
            {SUP},
        ),
        ("Consultation 15:15 to 15:20.", {SUP}),
        ("He has been registered severely sight impaired for five years.", {NC}),
        ("Activity 9 - Reading: He is able to read headlines using a magnifier.", {QD}),
        (
            "Activity 1 - Preparing food: He heats meals in a microwave with tactile markings.",
            {SUP},
        ),
        ("He has burned himself on the cooker once.", {NC}),
        (
            "Mobility 1 - Planning and following journeys: He goes out alone using a long cane and has had mobility training.",
            {QD},
        ),
        ("He walked into a lamp post in October, requiring stitches.", {SUP}),
        ("He is awaiting a guide dog, with a waiting time of around six months.", {NC}),
        ("Activity 3 - Managing therapy: He administers his own eye drops.", {QD}),
        (
            "Activity 6 - Dressing: He states he has never had difficulty choosing appropriate clothing.",
            {NS},
        ),
        (
            "Informal observations: He was observed to move around the room confidently during the call.",
            {IMP},
        ),
    ]
    return turns, report


def _case_07():
    # WCA, home visit, Parkinson's disease, wife present
    turns = [
        (
            "A",
            "Morning, Mr Jenkins? I'm Tom, from the assessment service. Thanks for letting me in. Shall we sit in here?",
        ),
        ("C", "Yes. Come through. Sorry, I'm slow."),
        ("A", "No rush at all. Is your wife joining us?"),
        ("P", "Yes, I'm Pat. I'll sit in, if that's alright."),
        (
            "A",
            "Of course. It's half past nine. Mr Jenkins, when were you diagnosed with Parkinson's?",
        ),
        ("C", "Four years ago. It's got worse this last year. The shaking's in both hands now."),
        ("A", "Can you pick up a coin, say, or use a pen?"),
        (
            "C",
            "A pen, I can't write anything anybody can read. Coins, no, I drop them. Pat does the cards at Christmas.",
        ),
        ("A", "Can you use a phone or a computer?"),
        ("C", "I can answer the phone. Texting I can't, my fingers hit the wrong letters."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Round the house. Outside, I freeze. My feet just stop, especially at doorways. I'd say I can do the length of the garden, about fifteen metres, and then I need to hold on to something.",
        ),
        ("P", "He's fallen four times since Easter."),
        ("A", "How long can you stand?"),
        ("C", "Ten minutes, if I can lean on the worktop."),
        ("A", "Any problems with your bladder or bowels?"),
        (
            "C",
            "I get up four or five times a night to wee. I've not had any accidents, it's just the rushing.",
        ),
        ("A", "Do you get tired?"),
        ("C", "Very. I have a nap every afternoon, two hours sometimes."),
        (
            "A",
            "Could you show me your hands? Hold them out in front. Okay. And can you touch your nose with your finger?",
        ),
        ("C", "Like that?"),
        ("A", "Yes, thanks. Could you stand up and walk over to the window for me?"),
        ("C", "I'll try. Pat?"),
        ("P", "I've got you. Slowly."),
        (
            "A",
            "Thank you, that's fine. We'll leave it there, it's twenty five to ten. Thank you both.",
        ),
    ]
    report = [
        ("Home visit. The claimant was accompanied by his wife.", {SUP}),
        (
            "Diagnosed with Parkinson's disease 4 years ago, with tremor now affecting both hands.",
            {SUP},
        ),
        ("Manual dexterity: He is able to pick up a coin and write legibly.", {NS}),
        ("Making self understood: He uses a mobile phone to send text messages.", {NS}),
        (
            "Mobilising: He states he can walk around 50 metres outdoors before needing to stop.",
            {NC},
        ),
        ("His wife reports two falls since Easter.", {NC}),
        ("Standing and sitting: He can stand for 10 minutes.", {QD}),
        (
            "Continence: He reports nocturia 2 to 3 times a night, with no episodes of incontinence.",
            {NC},
        ),
        ("He naps in the afternoon for around 30 minutes.", {NC}),
        ("Examination: Power 5/5 in all four limbs and reflexes normal and symmetrical.", {IMP}),
        ("Gait: He walked to the window unaided with a steady gait.", {IMP}),
        ("Start 09:30, end 09:35.", {SUP}),
    ]
    return turns, report


def _case_08():
    # PIP, video, PTSD (ex-forces), claimant alone, rambling answers, kind assessor
    turns = [
        (
            "A",
            "Hello Lee, I'm Hannah. I'm a paramedic by background and I'll be doing your assessment by video today. Is the picture okay for you?",
        ),
        ("C", "Yeah, it's fine. Bit jumpy, but fine."),
        ("A", "Is anybody with you today?"),
        ("C", "No. My wife's taken the kids to school. She'll be back later."),
        (
            "A",
            "Okay. It's ten past twelve now. Would you like to tell me what's been happening for you?",
        ),
        (
            "C",
            "It's PTSD. From Afghanistan, I did two tours. I left the army in twenty fourteen. It was alright for a bit, and then, I don't know, it all came back about three years ago. Nightmares, flashbacks. I can't be in crowds. Fireworks, forget it, November's a nightmare.",
        ),
        ("A", "How's your sleep?"),
        (
            "C",
            "Two, three hours a night. I'm up walking round the house. I check the locks, doors, windows, about ten times before I can even lie down.",
        ),
        ("A", "Do you leave the house?"),
        (
            "C",
            "I walk the dog, early, like five in the morning, when there's no one about. That's about it. If I see people coming I cross the road. Or turn back.",
        ),
        ("A", "What about supermarkets?"),
        (
            "C",
            "No. My wife does it. I tried once last year. I left the trolley in the aisle and sat in the car for an hour. I was shaking.",
        ),
        ("A", "Do you see anyone? Friends?"),
        (
            "C",
            "There's one lad from my regiment. We talk on the phone. That's it. I don't see my family. My brother, we fell out. I punched a wall at my mum's birthday. I don't go now.",
        ),
        ("A", "Are you getting any help?"),
        (
            "C",
            "Combat Stress. I see someone every fortnight, on video like this. And I'm on the waiting list for the trauma therapy.",
        ),
        ("A", "Any medication?"),
        ("C", "Sertraline. And prazosin, for the nightmares."),
        ("A", "Do you ever have thoughts of ending your life?"),
        ("C", "Yeah. Sometimes. Not plans. I think of the kids."),
        ("A", "Thank you for telling me. Is there someone you can call if it gets bad?"),
        ("C", "My wife. And the veterans' line."),
        ("A", "Okay. Thank you Lee, we'll finish there. It's quarter past twelve."),
    ]
    report = [
        ("Video consultation. The claimant was present alone.", {SUP}),
        ("Start 12:10, end 12:15.", {SUP}),
        ("He served two tours of Afghanistan and left the army in 2014.", {SUP}),
        ("He reports his symptoms returned approximately ten years ago.", {NC}),
        ("He reports sleeping 5 to 6 hours per night.", {NC}),
        ("He checks the locks, doors and windows repeatedly before he is able to lie down.", {SUP}),
        ("Mobility 1 - Planning and following journeys: He walks his dog daily.", {QD}),
        (
            "Activity 9 - Engaging with other people: He keeps in phone contact with a friend from his regiment.",
            {SUP},
        ),
        ("He sees his family regularly.", {NS}),
        ("He receives support from Combat Stress monthly.", {NC}),
        ("He is currently undergoing trauma-focused therapy.", {NS}),
        ("He denied suicidal ideation.", {NS}),
        ("His wife was present and confirmed his account.", {IMP}),
    ]
    return turns, report


def _case_09():
    # WCA, face to face at assessment centre, spinal stenosis, claimant alone, careless assessor
    turns = [
        (
            "A",
            "Mrs Harris? Hi. Take a seat. I'm Kevin. It's two o'clock, let's crack on. You've got back pain?",
        ),
        (
            "C",
            "Spinal stenosis, and a slipped disc at the bottom. I had surgery in twenty twenty, it didn't help much.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Um, not far. I came on the bus, and the stop's right outside, but I had to stop halfway across the car park. So, maybe thirty metres? Forty at most. Then it's like a hot poker down my left leg.",
        ),
        ("A", "Sitting?"),
        (
            "C",
            "About twenty minutes, then I have to stand up. Sorry, I'll have to stand up now, actually.",
        ),
        ("A", "That's fine. Standing?"),
        (
            "C",
            "Not long either. I alternate. Five, ten minutes standing, then I need to sit or lie down.",
        ),
        ("A", "Can you bend to pick something up off the floor?"),
        (
            "C",
            "No. I've got a grabber, but if I drop something I usually leave it until my son comes round.",
        ),
        ("A", "Reaching up?"),
        ("C", "I can lift my arms, yeah, that's okay, but not with anything heavy."),
        ("A", "Can you carry a bag of shopping?"),
        ("C", "A light one. Like a loaf and some milk. I do online shopping mostly."),
        ("A", "Medication?"),
        (
            "C",
            "Co-codamol, the thirty five hundreds, eight a day, and I've got morphine liquid for bad days. It makes me drowsy, I can't concentrate when I've had it.",
        ),
        ("A", "How often do you use the morphine?"),
        ("C", "Three or four times a week. Sorry, I need to sit down again."),
        (
            "A",
            "Right, no examination needed today, I've got what I need. It's five past two. Thanks.",
        ),
    ]
    report = [
        ("Face to face assessment. The claimant attended alone, having travelled by bus.", {SUP}),
        (
            "Mobilising: She states she can walk around 100 metres before stopping due to leg pain.",
            {NC},
        ),
        ("Sitting: She reports being able to sit for around 20 minutes.", {SUP}),
        (
            "Informal observations: She sat comfortably throughout the assessment without needing to stand.",
            {IMP},
        ),
        ("Standing: She states she can stand for 30 minutes.", {NC}),
        ("Picking up and moving: She can bend to pick up a light object from the floor.", {NS}),
        ("She is able to carry a bag of shopping.", {QD}),
        (
            "Medication: co-codamol 30/500, eight tablets a day, with morphine liquid for bad days.",
            {SUP},
        ),
        ("She uses morphine liquid about once a week.", {NC}),
        ("She reports no side effects from her medication.", {NS}),
        (
            "Musculoskeletal examination: Lumbar flexion reduced to mid-thigh; straight leg raise 70 degrees bilaterally.",
            {IMP},
        ),
        ("Start 14:00, end 14:40.", {IMP}),
    ]
    return turns, report


def _case_10():
    # PIP, telephone, epilepsy, young woman with partner
    turns = [
        (
            "A",
            "Hello, is that Megan? I'm Claire from the assessment provider, calling about your PIP. Can I just check who's with you?",
        ),
        (
            "C",
            "My partner, Jordan. He's here because I don't always remember stuff after a seizure.",
        ),
        ("A", "No problem. It's four o'clock. Tell me about your seizures."),
        (
            "C",
            "I have tonic clonic ones, the big ones, about twice a month. And absences, loads, I don't know how many.",
        ),
        (
            "P",
            "I counted last week, it was like fifteen in one day. She just stares, then carries on.",
        ),
        ("A", "Do you get any warning?"),
        ("C", "Sometimes a funny smell, a few seconds. Usually not."),
        ("A", "And afterwards?"),
        (
            "C",
            "I sleep for hours. I'm confused, I've got a headache. The next day's a write-off too.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Jordan doesn't let me use the hob when he's not in. I had a seizure once holding a pan of pasta. So I do microwave stuff when I'm on my own.",
        ),
        ("A", "Bathing?"),
        (
            "C",
            "I have to shower with the door unlocked and Jordan or my mum in the house. I'm not allowed baths.",
        ),
        ("A", "Have you ever injured yourself?"),
        ("C", "I broke my wrist last year. And I've bitten my tongue loads."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Not really. I'll go to the shop at the end of the road, it's two minutes. Anywhere else someone comes with me. I had one on the platform at the train station once, that scared me.",
        ),
        ("A", "Do you drive?"),
        ("C", "No, I lost my licence."),
        ("A", "And your medication?"),
        ("C", "Levetiracetam and lamotrigine. I've got alarms on my phone."),
        (
            "P",
            "She still misses some, maybe once a week, because she's forgotten whether she took them or not.",
        ),
        ("A", "Okay, that's all I need. Thank you both, it's five past four."),
    ]
    report = [
        ("Telephone consultation with the claimant and her partner.", {SUP}),
        ("Start 16:00, end 16:05.", {SUP}),
        ("She experiences tonic-clonic seizures approximately twice a year.", {NC}),
        ("She reports a reliable warning before her seizures.", {NS}),
        ("Following a seizure she recovers within about an hour.", {NC}),
        ("Activity 1 - Preparing food: She cooks using the hob.", {QD}),
        ("Activity 4 - Washing and bathing: She showers independently.", {QD}),
        ("She broke her wrist during a seizure last year.", {SUP}),
        (
            "Mobility 1: She walks alone to the shop at the end of her road, about two minutes away; otherwise she is accompanied.",
            {SUP},
        ),
        (
            "Activity 3 - Managing therapy: She manages her medication with phone alarms and does not miss doses.",
            {NS},
        ),
        (
            "Informal observations: She was alert and no absence seizures were observed during the call.",
            {IMP},
        ),
    ]
    return turns, report


def _case_11():
    # WCA, video, ME/CFS, claimant lying down, friend helping with the laptop
    turns = [
        (
            "A",
            "Hello, can you see and hear me? I'm Martin, I'll be doing your work capability assessment on video today.",
        ),
        ("C", "Yes. Sorry, I'm lying down, I can't sit up for long."),
        ("A", "That's fine, whatever is comfortable for you. Who's with you?"),
        ("P", "I'm Gemma, her friend. I'm helping with the laptop."),
        ("A", "Thank you. It's quarter to eleven. Rachel, you have ME?"),
        ("C", "Yes, for eight years. It started after glandular fever."),
        ("A", "What's a typical day like?"),
        (
            "C",
            "I'm in bed most of it. I get up to go to the toilet and that's... that wipes me out. I shower maybe once a week, sitting down, and then I need to sleep after.",
        ),
        ("A", "Can you sit at a table?"),
        ("C", "Maybe ten minutes, then I'm dizzy, my heart races. They think it's PoTS as well."),
        ("A", "Can you concentrate? Read, watch something?"),
        ("C", "An audiobook, twenty minutes maybe. Then I lose the thread."),
        ("P", "She asked me the same question three times this morning."),
        ("A", "Do you leave the house?"),
        (
            "C",
            "Hospital appointments, in a wheelchair, Gemma pushes. The last time was, um, six weeks ago. I was in bed for a week after.",
        ),
        ("A", "Can you use a computer or your phone?"),
        ("C", "My phone, a little. Short messages. The screen hurts."),
        ("A", "How about walking around your home?"),
        ("C", "From the bed to the bathroom. It's maybe five metres. I hold the wall."),
        ("A", "Do you get any support at home?"),
        ("C", "My mum comes in every day and does my meals. Gemma comes twice a week."),
        ("A", "Okay Rachel, I'll let you rest. We're done, it's about ten to eleven."),
    ]
    report = [
        ("Video assessment. The claimant was accompanied by a friend.", {SUP}),
        ("Informal observations: She sat upright at a table throughout the assessment.", {IMP}),
        ("She has had ME for 8 years, following glandular fever.", {SUP}),
        ("She showers twice a week.", {NC, QD}),
        ("Sitting: She states she can sit for up to 30 minutes.", {NC}),
        ("Learning tasks: She listens to audiobooks.", {QD}),
        ("Her friend reported that she repeats questions.", {SUP}),
        ("Mobilising: She mobilises between rooms at home independently.", {QD}),
        (
            "She last attended a hospital appointment about six weeks ago, in a wheelchair pushed by her friend.",
            {SUP},
        ),
        ("Her mother visits weekly to help with meals.", {NC}),
        (
            "Making self understood: She uses her phone and computer for messaging without difficulty.",
            {NS},
        ),
        ("Assessment start 10:45, end 11:35.", {IMP}),
    ]
    return turns, report


def _case_12():
    # PIP, face to face at assessment centre, Meniere's disease (hearing loss, vertigo; fluctuating), husband present
    turns = [
        ("A", "Hello, Mrs Clarke? I'm Nadia. Please come in."),
        ("C", "Sorry, can you say that again? I didn't catch it."),
        ("P", "She's Nadia, love. The assessor."),
        ("A", "Sorry, I'll face you and speak up. Is this your husband?"),
        ("P", "Yes, I'm Alan. I usually come with her, because she misses a lot."),
        ("A", "It's twenty past ten. Mrs Clarke, can you tell me about your condition?"),
        (
            "C",
            "Meniere's disease. Both ears now. I've got hearing aids, but they only help a bit. And the spinning attacks.",
        ),
        ("A", "How often do the vertigo attacks happen?"),
        (
            "C",
            "Two or three a week at the moment. They last hours, three or four hours sometimes. I'm sick, I can't stand up, I have to lie still on the floor.",
        ),
        ("A", "Do you get any warning?"),
        (
            "C",
            "My ear goes full, and the ringing gets louder. Sometimes ten minutes. Sometimes nothing.",
        ),
        ("A", "How do you manage conversations?"),
        (
            "C",
            "One to one, if they look at me, I lip read. Groups, no. The phone I can't use at all. Alan does all the calls.",
        ),
        ("A", "Do you go out alone?"),
        (
            "C",
            "Not since I had an attack in the high street and fell. I hit my face on a bench. I was on the floor for ages before anyone came. So Alan comes with me.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "I do, on good days, but I sit down to chop. And I keep away from the hob if my ear's going.",
        ),
        ("A", "How about bathing?"),
        ("C", "Only when Alan's home. I had an attack in the bath once."),
        ("A", "How far can you walk, on a good day?"),
        ("C", "On a good day, fine, a good distance. It's the attacks."),
        ("A", "Okay, thank you both. That's all I need. It's twenty five past ten."),
    ]
    report = [
        ("Face to face consultation at the assessment centre. Accompanied by her husband.", {SUP}),
        (
            "Informal observations: She heard and responded to all questions without difficulty or need for repetition.",
            {IMP},
        ),
        ("She has Meniere's disease affecting both ears and wears hearing aids.", {SUP}),
        ("Vertigo attacks occur two to three times a month, lasting 20 to 30 minutes.", {NC}),
        ("She gets around 10 minutes' warning before an attack.", {QD}),
        (
            "Activity 7 - Communicating verbally: She can communicate one to one by lip reading.",
            {SUP},
        ),
        ("She is able to use the telephone.", {NS}),
        (
            "Mobility 1 - Planning and following journeys: She goes out with her husband as she prefers the company.",
            {NS},
        ),
        ("Activity 1 - Preparing food: She cooks her own meals.", {QD}),
        ("Activity 4 - Washing and bathing: She bathes when her husband is at home.", {SUP}),
        ("Mobility 2 - Moving around: She can walk a good distance.", {QD}),
        ("Start 10:20, end 10:25.", {SUP}),
    ]
    return turns, report


def _case_13():
    # WCA, telephone, autism and anxiety, adult man with advocate who answers much
    turns = [
        ("A", "Hello, this is Paul from the assessment service. Am I speaking to Benjamin Ward?"),
        ("C", "Ben. Yes."),
        ("A", "Ben, is anyone with you?"),
        (
            "P",
            "Hello, I'm Sue, I'm Ben's advocate from the autism charity. Ben's asked me to help with the call.",
        ),
        ("A", "That's fine. It's half past two. Ben, can you tell me how autism affects you?"),
        ("C", "I don't like the phone."),
        (
            "P",
            "Ben finds phone calls very hard. Is it okay if he answers some and I help with others?",
        ),
        ("A", "Of course. Ben, how do you get on with change?"),
        ("C", "I don't like it. When the bus times changed I didn't go out for three weeks."),
        ("A", "Do you go out on your own?"),
        ("C", "To the library. Same route. Tuesdays and Fridays. If there's roadworks I go home."),
        (
            "P",
            "He's had meltdowns when the route's been blocked. Once he was found by the police sitting on the kerb.",
        ),
        ("A", "Have you worked before?"),
        ("C", "At a warehouse, for four months. I had to leave. The noise."),
        ("A", "How do you cope with other people?"),
        ("C", "I don't talk to people I don't know. I get my mum to do it."),
        (
            "P",
            "He won't answer the door. He can't use the phone to make appointments. I rang the GP for him this morning.",
        ),
        ("A", "Ben, do you make your own meals?"),
        ("C", "I eat the same things. Pasta. Every day. I make it."),
        ("A", "Do you have any trouble understanding letters or forms?"),
        ("C", "I can read them. I don't understand what they want."),
        ("P", "He brings all his post to our drop-in once a week and we go through it together."),
        ("A", "Okay, thank you both, that's everything. It's twenty five to three. Bye."),
    ]
    report = [
        ("Telephone assessment. The claimant was supported by his advocate.", {SUP}),
        ("Start 14:30, end 14:35.", {SUP}),
        (
            "Coping with change: He reports managing minor changes, such as altered bus times, without significant difficulty.",
            {NS},
        ),
        ("Getting about: He travels independently to the library three times a week.", {NC, QD}),
        ("He previously worked in a warehouse for four years.", {NC}),
        (
            "Coping with social engagement: He is able to speak to unfamiliar people when he needs to.",
            {NS},
        ),
        ("He prepares his own meals.", {SUP}),
        ("Understanding communication: He can read and understand letters.", {NS}),
        ("He engaged well throughout the call and answered the questions fully himself.", {IMP}),
        ("His advocate helps him with his post monthly.", {NC}),
    ]
    return turns, report


def _case_14():
    # PIP, home visit, rheumatoid arthritis, older woman alone, corrects herself
    turns = [
        ("A", "Hello, Mrs Bell? I'm Joanne from the assessment service. Thanks for having me."),
        ("C", "Come in, love. Excuse me if I don't get up, it takes me a while."),
        ("A", "Please stay seated. Is anyone joining us?"),
        ("C", "No, my daughter couldn't get off work."),
        ("A", "Okay. It's just after one o'clock. You have rheumatoid arthritis?"),
        ("C", "Yes, twelve years. Hands, wrists, knees, feet. And my neck now."),
        ("A", "How are your hands in the morning?"),
        (
            "C",
            "Stiff as boards. It takes, oh, an hour, an hour and a half, before I can make a fist. I run them under hot water.",
        ),
        ("A", "Can you do buttons?"),
        (
            "C",
            "No. I buy things without buttons. Pull-on trousers. My daughter bought me a bra that fastens at the front.",
        ),
        ("A", "How about washing?"),
        (
            "C",
            "I have a strip wash. I can't get in the bath. I had a seat fitted on the bath, but I can't lift my legs over. The OT's coming about a shower.",
        ),
        ("A", "Can you wash your hair?"),
        (
            "C",
            "I can't lift my arms that high for long. My daughter washes it for me on a Saturday.",
        ),
        ("A", "And cooking?"),
        (
            "C",
            "I can't open jars or tins. I've got one of those electric tin openers. I can't lift a full kettle, I fill it with a jug. I do simple things, soup, a bit of toast.",
        ),
        ("A", "Do you get out?"),
        (
            "C",
            "To the bus stop. It's about, what, two hundred yards? No, it's not, it's nearer a hundred. And I have to stop on the way, at the wall. I use my stick.",
        ),
        ("A", "Would you mind standing up and walking a few steps for me?"),
        ("C", "Let me... ooh. Give me a second. I need to push up with both hands... there."),
        (
            "A",
            "Thank you, that's fine. Can I have a look at your hands? Thank you. Right, that's everything. It's about five past one.",
        ),
    ]
    report = [
        ("Home visit. The claimant was seen alone.", {SUP}),
        ("She has rheumatoid arthritis of 12 years' duration.", {SUP}),
        ("She reports morning stiffness lasting around 30 minutes.", {NC}),
        (
            "Activity 6 - Dressing and undressing: She wears clothing without buttons and a front-fastening bra.",
            {SUP},
        ),
        (
            "Activity 4 - Washing and bathing: She strip washes as she cannot get into the bath; an OT assessment for a shower is awaited.",
            {SUP},
        ),
        ("She washes her hair once a week.", {QD}),
        (
            "Activity 1 - Preparing food: She prepares simple meals and uses an electric tin opener.",
            {SUP},
        ),
        ("She is able to fill and lift a kettle.", {NS}),
        (
            "Mobility 2 - Moving around: She walks approximately 200 yards to the bus stop with a stick.",
            {NC, QD},
        ),
        ("Informal observations: She rose from her chair without using her arms.", {IMP}),
        ("Examination: Full range of movement in both knees.", {IMP}),
        ("Consultation start 13:00, end 13:05.", {SUP}),
    ]
    return turns, report


def _case_15():
    # PIP, telephone, schizophrenia, brother as carer
    turns = [
        (
            "A",
            "Hello, is that Mr Hussain? My name's Helen, I'm calling for your PIP assessment. It's quarter to ten. Is anyone there with you?",
        ),
        ("C", "My brother. Imran."),
        ("P", "Hi, yes, I'm his carer. I live with him."),
        ("A", "Thanks. Tariq, can you tell me about your health?"),
        ("C", "Schizophrenia. Since I was nineteen. I hear voices."),
        ("A", "How often do you hear them?"),
        ("C", "Every day. All day, some days. They tell me people are watching me."),
        ("A", "Do you go out?"),
        ("C", "With Imran. Not alone. The people on the street, they talk about me."),
        (
            "P",
            "He went out on his own in the summer and he got picked up by the police two towns over. He'd been walking all night. Since then I go with him everywhere.",
        ),
        ("A", "How about your medication?"),
        ("C", "Injection. Every two weeks at the clinic. And tablets."),
        (
            "P",
            "Clozapine. I give him the tablets morning and night, and I watch him take them. Otherwise he hides them.",
        ),
        ("A", "Do you cook?"),
        ("C", "No."),
        (
            "P",
            "He's never really cooked. He'll eat if I make it. If I'm away he'd just eat bread, or nothing.",
        ),
        ("A", "Do you wash and change your clothes?"),
        ("C", "Sometimes."),
        (
            "P",
            "I have to tell him. He'd wear the same things for a week. He showers maybe twice a week, if I push him.",
        ),
        ("A", "Do you manage your money?"),
        ("P", "I'm his appointee. He gave his bank card away once, to a man in the park."),
        ("A", "Okay. Thank you both. That's everything for now. It's ten to ten."),
    ]
    report = [
        ("Telephone assessment. Present: the claimant and his brother, who is his carer.", {SUP}),
        ("Start 09:45, end 09:50.", {SUP}),
        ("He reports hearing voices occasionally.", {NC}),
        ("Mobility 1 - Planning and following journeys: He goes out with his brother.", {SUP}),
        ("He has never become lost or come to harm when out.", {NS}),
        (
            "Activity 3 - Managing therapy: He attends the clinic for a depot injection every four weeks.",
            {NC},
        ),
        ("He takes clozapine tablets morning and night.", {QD}),
        ("Activity 1 - Preparing food: He does not cook; his brother prepares his meals.", {SUP}),
        ("Activity 4 - Washing and bathing: He showers twice a week.", {QD}),
        ("Activity 10 - Making budgeting decisions: His brother is his appointee.", {SUP}),
        (
            "Mental state examination: He was well kempt, with no evidence of responding to unseen stimuli.",
            {IMP},
        ),
    ]
    return turns, report


def _case_16():
    # WCA, face to face at assessment centre, stroke with left-sided weakness and word-finding difficulty, adult daughter
    turns = [
        ("A", "Mr Evans? Hello, I'm Steven. Come on in. Do you want a hand?"),
        ("P", "I'll help him, thanks. Come on, Dad. Mind the step."),
        ("C", "I'm alright. Slowly."),
        ("A", "Take your time. It's quarter past eleven. Mr Evans, you had a stroke?"),
        ("C", "Yes. Last... um... last, the, the month after Christmas."),
        ("P", "January. January the ninth."),
        ("A", "How has it affected you?"),
        ("C", "This side. The left. The arm's no good. The leg drags."),
        ("A", "Can you use your left hand at all?"),
        ("C", "Not for much. I can hold a cup in the right. The left, I can't grip."),
        ("A", "And walking?"),
        (
            "C",
            "With the stick. Indoors okay. Outside, the end of the drive and back. It's, what is it, Kelly?",
        ),
        (
            "P",
            "About twenty metres. He won't go further unless I'm with him, he's fallen twice outside.",
        ),
        ("A", "Do you have any problems speaking?"),
        ("C", "The words. They get stuck. I know it, but it won't come."),
        ("P", "People on the phone think he's drunk. He gets upset and hangs up."),
        ("A", "Any problems with continence?"),
        ("C", "No. No, that's fine."),
        ("A", "What about your memory?"),
        ("C", "Not... not good. I forget what I've gone in a room for."),
        ("P", "He left the gas on last month. We've got a cooker guard now."),
        (
            "A",
            "Okay. Could you squeeze my fingers with both hands? And the left? Okay. Thank you. We're all done, it's about twenty past eleven.",
        ),
    ]
    report = [
        ("Face to face assessment. The claimant was accompanied by his daughter.", {SUP}),
        ("Informal observations: He walked into the assessment room unaided.", {IMP}),
        ("He had a stroke in January this year.", {SUP}),
        ("Manual dexterity: He reports he can grip with his left hand.", {NS}),
        (
            "Mobilising: It was reported that he can walk about 200 metres outdoors with a stick.",
            {NC},
        ),
        ("He has had one fall outdoors.", {NC}),
        (
            "Making self understood: His speech was clear and fluent throughout the assessment.",
            {IMP},
        ),
        ("Continence: No problems reported.", {SUP}),
        ("Awareness of hazard: He reports occasional forgetfulness.", {QD}),
        ("Examination: Full power in the left leg and no sensory deficit.", {IMP}),
        ("Start 11:15, end 11:20.", {SUP}),
    ]
    return turns, report


def _case_17():
    # PIP, video, Crohn's disease, claimant alone, leaves the call briefly
    turns = [
        (
            "A",
            "Hi Natalie, I'm Owen, a physiotherapist with the assessment service. We're on video today, can you hear me alright?",
        ),
        ("C", "Yes, I can hear you. I might have to leave suddenly, just warning you."),
        ("A", "Of course, just tell me. Is anyone with you?"),
        ("C", "No, it's just me."),
        ("A", "Okay. It's three o'clock. You have Crohn's disease?"),
        (
            "C",
            "Yes, since I was fifteen. I've had two operations, part of my bowel removed. I'm on infusions every eight weeks at the hospital.",
        ),
        ("A", "How often do you need the toilet?"),
        (
            "C",
            "On a bad day, fifteen, twenty times. On a good day, maybe six. And it's urgent, I get maybe a minute's warning.",
        ),
        ("A", "Do you ever not make it?"),
        (
            "C",
            "Yes. Probably once a week I have an accident. I carry a change of clothes everywhere.",
        ),
        ("A", "How does it affect going out?"),
        (
            "C",
            "I plan everything around toilets. I won't go anywhere unless I know where the toilet is. I don't use buses, because there's no toilet.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "Yes, I can cook. The problem is more the eating. I can't eat much, I get pain, and I'm on a low fibre diet. I've lost weight, I'm about seven stone now.",
        ),
        ("A", "And fatigue?"),
        (
            "C",
            "Terrible. I'm anaemic. I sleep in the afternoon most days. Sorry, I need to go, I'll be back.",
        ),
        ("A", "That's fine, take your time."),
        ("C", "Sorry about that. I'm back."),
        ("A", "No need to apologise. Just a couple more. Do you manage your own medication?"),
        ("C", "Yes, I do all that myself. I have an app."),
        ("A", "Okay, thank you Natalie, that's all. It's about five past three."),
    ]
    report = [
        ("Video consultation. The claimant was present alone.", {SUP}),
        (
            "Informal observations: She remained seated throughout the consultation and did not need to leave.",
            {IMP},
        ),
        (
            "She has had Crohn's disease since the age of 15 and has had two bowel resections.",
            {SUP},
        ),
        ("She receives infusions every 8 weeks.", {SUP}),
        ("Activity 5 - Managing toilet needs: She opens her bowels around six times a day.", {QD}),
        ("She reports episodes of incontinence approximately once a month.", {NC}),
        (
            "Mobility 1 - Planning and following journeys: She is able to use public transport.",
            {NS},
        ),
        ("Activity 1 - Preparing food: She is able to cook.", {SUP}),
        ("She reports her weight is around nine stone.", {NC}),
        ("Activity 3 - Managing therapy: She manages her own medication.", {SUP}),
        ("Start 15:00, end 15:05.", {SUP}),
    ]
    return turns, report


def _case_18():
    # WCA, home visit, heart failure, adult son present
    turns = [
        ("A", "Hello, Mrs Shaw? I'm Beth from the assessment service. Thanks for having me."),
        (
            "P",
            "Come in. I'm Ryan, her son. Mum's in the front room, she doesn't get up to the door.",
        ),
        ("A", "Hello Mrs Shaw. Is it alright if Ryan stays?"),
        ("C", "Please. He remembers things better than me."),
        ("A", "It's two o'clock. You have heart failure?"),
        (
            "C",
            "Yes. They said my heart's pumping at about a quarter of what it should. I had a heart attack three years ago.",
        ),
        ("A", "What happens when you walk?"),
        (
            "C",
            "I get breathless. To the kitchen and back, that's about ten metres, and I have to sit down. My ankles swell up like balloons.",
        ),
        ("A", "Stairs?"),
        ("C", "I stay downstairs now. Ryan moved the bed down in the spring."),
        ("A", "How long can you stand?"),
        ("C", "A couple of minutes. I sit on a stool at the sink."),
        ("A", "Do you sleep well?"),
        ("C", "I sleep propped up on four pillows. I wake up gasping."),
        ("A", "Medication?"),
        (
            "P",
            "She's on nine different tablets. Water tablets, bisoprolol, all sorts. I sort them every week in the box.",
        ),
        ("C", "The water tablets mean I'm up and down to the toilet all morning."),
        ("A", "Do you go out at all?"),
        ("C", "Only to the hospital. Ryan takes me in the car and gets a wheelchair at the door."),
        ("A", "Could you pick up, say, a bag of sugar?"),
        ("C", "A bag of sugar, yes. Not the shopping."),
        ("A", "Okay, thank you. That's everything, it's five past two."),
    ]
    report = [
        ("Home visit. Her son was present.", {SUP}),
        ("She has heart failure and had a heart attack three years ago.", {SUP}),
        ("Mobilising: She can walk about 50 metres before becoming breathless.", {NC}),
        ("She manages the stairs once a day to go to bed.", {NS}),
        ("Standing and sitting: She is able to stand at the sink.", {QD}),
        ("She sleeps with two pillows.", {NC}),
        ("Her son organises her medication weekly in a pill box.", {SUP}),
        ("Picking up and moving: She can pick up a bag of sugar but not shopping.", {SUP}),
        (
            "Informal observations: She answered the door and walked back to her chair without breathlessness.",
            {IMP},
        ),
        ("Start 14:00, end 14:05.", {SUP}),
        (
            "Getting about: She goes out only to hospital appointments, driven by her son, using a wheelchair there.",
            {SUP},
        ),
    ]
    return turns, report


def _case_19():
    # PIP, telephone, acquired brain injury after motorbike accident, wife present
    turns = [
        (
            "A",
            "Good afternoon, is that Craig Morris? I'm Lisa, I'm calling about your PIP claim. It's twenty past one. Is anyone with you?",
        ),
        ("C", "My wife, Donna. She's listening in."),
        ("P", "Hello."),
        ("A", "Craig, can you tell me what happened?"),
        (
            "C",
            "I came off my motorbike. Two years ago. Brain injury. I was in hospital three months.",
        ),
        ("A", "How does it affect you now?"),
        ("C", "My memory's shot. I forget what people said. I get angry. Tired. Headaches."),
        ("P", "He gets lost in the town now. He used to know it like the back of his hand."),
        ("A", "Do you go out on your own?"),
        ("C", "To the paper shop, because it's straight there. Anything else, Donna comes."),
        ("A", "Do you cook?"),
        ("C", "I tried. I put the chip pan on and forgot about it. The fire brigade came."),
        ("P", "So now I do all the cooking. He can make a sandwich."),
        ("A", "Managing money?"),
        ("P", "I do it. He ordered a car online he couldn't afford. Twice."),
        ("A", "Do you wash and dress okay?"),
        ("C", "Physically I can. I forget to. Donna puts my clothes out."),
        ("A", "How do you get on with people?"),
        (
            "C",
            "I lose my temper. I shouted at a man in the post office. I don't go to the pub anymore. I used to have loads of mates.",
        ),
        ("A", "Any medication?"),
        (
            "C",
            "For the headaches, amitriptyline. And levetiracetam, because they say I might have fits.",
        ),
        ("P", "I give him those. He'd double up otherwise."),
        ("A", "Okay, thanks both, that's everything. It's twenty five past one."),
    ]
    report = [
        ("Telephone consultation. Present: the claimant and his wife.", {SUP}),
        ("Start 13:20, end 13:25.", {SUP}),
        (
            "He sustained a brain injury in a motorcycle accident two years ago and was in hospital for three weeks.",
            {NC},
        ),
        ("His wife reports that he now gets lost in town.", {SUP}),
        (
            "Mobility 1 - Planning and following journeys: He is able to plan and follow familiar and unfamiliar journeys alone.",
            {NS},
        ),
        (
            "Activity 10 - Making budgeting decisions: His wife manages the household finances.",
            {SUP},
        ),
        ("Activity 4 and Activity 6: He is physically able to wash and dress himself.", {QD}),
        ("He reported an incident of shouting at a man in the post office.", {SUP}),
        (
            "Activity 9 - Engaging with other people: He reports no difficulty mixing with others and goes to the pub with friends.",
            {NS},
        ),
        (
            "Activity 3 - Managing therapy: He takes amitriptyline and levetiracetam as prescribed.",
            {QD},
        ),
        ("Informal observations: He was alert and appropriately dressed.", {IMP}),
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

FIRST_SEED = 40000


def make_case_40(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
