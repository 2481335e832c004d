"""Blind held-out set 14 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty hand-written PIP (PA4) and WCA (ESA85) cases, one per seed from 14000 to 14019.
Each case is a short assessment dialogue (channel 0 the assessor, channel 1 the claimant
and any companion) and the assessor's written report as a list of single-sentence
statements, with the labels a careful welfare-rights adviser would give them after
comparing the report with the dialogue.

Labels: "number_changed", "qualifier_dropped", "never_said", "impossible", "supported".
Only the standard library is used; random.Random(seed) picks the voices for each person.
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

# Each case: (turns, report). A turn is (role, text) where role "A" is the assessor,
# "C" the claimant and "P" a companion (partner, parent, friend, support worker).


def _case_00():
    # PIP face to face, fibromyalgia, husband present.
    turns = [
        (
            "A",
            "Good morning. I'm the disability assessor today. Can you tell me how far you can walk before you need to stop?",
        ),
        (
            "C",
            "It depends on the day really. On a good day maybe fifty yards, maybe a bit less, and then I have to stop because of the pain in my hips.",
        ),
        ("A", "And on a bad day?"),
        (
            "C",
            "On a bad day I don't really go out. I'd get to the end of the garden path and that's it.",
        ),
        (
            "P",
            "Bad days are most days, to be honest. Four or five days a week she's on the settee.",
        ),
        ("A", "Thank you. Do you use anything to help you walk?"),
        ("C", "I use a stick outside. My physio gave it to me last year."),
        ("A", "What about cooking? Do you prepare a meal for yourself?"),
        (
            "C",
            "I can do a sandwich or a microwave meal. I can't stand at the cooker for long, about five minutes and my back goes. So I sit on a stool in the kitchen.",
        ),
        ("A", "And washing, how do you manage that?"),
        (
            "C",
            "I have a shower over the bath. My husband has to help me step in and out because I've fallen twice.",
        ),
        ("P", "I'm always in the house when she has a shower, just in case."),
        ("A", "How often do you shower?"),
        ("C", "Two or three times a week. It wipes me out for the rest of the day."),
    ]
    report = [
        ("She states she can walk around 200 metres before needing to stop.", {NC, QD}),
        ("She uses a walking stick outdoors which was provided by her physiotherapist.", {SUP}),
        ("Her husband reports she has bad days about once a week.", {NC}),
        ("She states she can prepare a simple meal using a microwave.", {SUP}),
        ("She states she can stand at the cooker for around 20 minutes.", {NC}),
        ("She showers independently two or three times a week.", {QD}),
        ("She reports she drives to the local shop most days.", {NS}),
        (
            "Informal observation: she sat comfortably throughout the 50-minute consultation without needing to stand.",
            {IMP},
        ),
    ]
    return turns, report


def _case_01():
    # WCA telephone, COPD and anxiety, alone.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment by telephone. Can you hear me all right?",
        ),
        ("C", "Yes, I can hear you fine."),
        ("A", "How far can you walk on flat ground before you have to stop?"),
        (
            "C",
            "Not far. I'd say, um, from my front door to the bus stop, which is about a hundred metres, no, it's less than that, maybe sixty or seventy. And then I'm gasping and I have to lean on the shelter.",
        ),
        ("A", "How long would you need to rest before carrying on?"),
        ("C", "Five minutes or so, sometimes ten."),
        ("A", "Could you do that distance again after resting?"),
        ("C", "Once, maybe. Not a third time. I'd be stuck."),
        ("A", "How long can you sit for?"),
        ("C", "Sitting is all right. An hour or more, that's not a problem."),
        ("A", "And do you meet people you don't know?"),
        (
            "C",
            "I avoid it. If someone knocks on the door I don't answer it. I only see my brother, once a fortnight, when he brings my shopping.",
        ),
        ("A", "Do you go out on your own?"),
        ("C", "Only to the corner shop, and only early in the morning when it's quiet."),
    ]
    report = [
        ("He states he can walk around 100 metres before stopping.", {NC}),
        ("He reports he needs to rest for five to ten minutes before continuing.", {SUP}),
        ("He reports he can repeat this distance without difficulty.", {QD}),
        ("He states he can sit for over an hour without a problem.", {SUP}),
        ("He states he sees his brother every week.", {NC}),
        ("He reports he regularly goes out to meet friends at the pub.", {NS}),
        ("He walked into the assessment room without any aids and with a normal gait.", {IMP}),
    ]
    return turns, report


def _case_02():
    # PIP telephone, depression and anxiety, mother present.
    turns = [
        ("A", "Thank you for taking the call. Before we start, is anyone with you today?"),
        ("C", "My mum's here. She helps me with a lot of things."),
        ("P", "Hello, I'm her mum."),
        ("A", "Can you tell me about cooking. Do you make your own meals?"),
        (
            "C",
            "Not really. Most days I just don't eat until my mum comes round. I don't see the point of cooking.",
        ),
        (
            "P",
            "I come round every day at teatime and I make sure she has something. If I didn't, she'd go without.",
        ),
        ("A", "What about your medication?"),
        (
            "C",
            "I'm on sertraline. I forget to take it. Mum put reminders on my phone but I ignore them half the time.",
        ),
        ("P", "I ring her every morning to check she's taken it."),
        ("A", "How do you manage money, paying bills and so on?"),
        (
            "C",
            "I can pay for things in a shop. But the bills, the letters, I can't open them. Mum does all of that for me.",
        ),
        ("A", "How often do you see friends?"),
        (
            "C",
            "I haven't seen anyone in about six months. I used to go to a group but I stopped going.",
        ),
    ]
    report = [
        ("Her mother was present and contributed to the consultation.", {SUP}),
        ("She states she eats a meal every day.", {QD}),
        ("She manages her medication using reminders on her phone.", {QD}),
        ("She states she can pay for items in a shop.", {SUP}),
        ("She deals with her own household bills and correspondence.", {QD}),
        ("She reports she last saw friends around a month ago.", {NC}),
        ("She reports she walks her dog twice a day.", {NS}),
        ("Informal observation: she maintained good eye contact throughout.", {IMP}),
    ]
    return turns, report


def _case_03():
    # WCA face to face, lumbar back injury, wife present.
    turns = [
        ("A", "Morning. Take a seat wherever is comfortable. Can you tell me about your back?"),
        (
            "C",
            "I hurt it at work, lifting, about three years ago now. It's never been right since.",
        ),
        ("A", "How long can you sit in a chair like this one?"),
        ("C", "Twenty minutes. Twenty five at a push. Then I have to get up and walk about."),
        ("A", "And standing still, say in a queue?"),
        ("C", "Ten minutes, if that. I lean on the trolley in the supermarket."),
        ("P", "He can't do the queue at the post office. I do that for him."),
        ("A", "Can you lift something like a full kettle?"),
        ("C", "A half full kettle, yes. A full one, no. My wife fills it halfway for me."),
        ("A", "Could you pick up a pound coin from the floor?"),
        (
            "C",
            "Not without something to hold on to. I go down on one knee holding the table, and it takes me a while to get back up.",
        ),
        ("A", "Can you raise your arms above your head?"),
        ("C", "Yes, my arms are fine. It's just my back and my legs."),
    ]
    report = [
        ("He injured his back at work around three years ago.", {SUP}),
        ("He states he can sit for about an hour before needing to move.", {NC}),
        (
            "He states he can stand for up to ten minutes and leans on a trolley when shopping.",
            {SUP},
        ),
        ("He states he can lift and carry a half-full kettle.", {SUP}),
        ("He is able to pick up a coin from the floor.", {QD}),
        ("He has no difficulty raising either arm above his head.", {SUP}),
        ("He reports he attends a gym twice a week for exercise.", {NS}),
        (
            "Informal observation: he sat for the whole of the 40-minute assessment without needing to stand.",
            {IMP},
        ),
    ]
    return turns, report


def _case_04():
    # PIP telephone, multiple sclerosis, alone.
    turns = [
        (
            "A",
            "Hello, I'm calling for your PIP assessment. This is a telephone consultation and it is being recorded. Is that okay?",
        ),
        ("C", "Yes, that's fine."),
        ("A", "Tell me about getting dressed in the morning."),
        (
            "C",
            "It takes me a long time. Forty five minutes, sometimes an hour. I have to sit down and rest halfway through. Buttons are the worst. I can't do buttons at all, my fingers are numb.",
        ),
        ("A", "Who helps with the buttons?"),
        (
            "C",
            "My partner does them before he goes to work. If he's gone early I just wear something with a zip.",
        ),
        ("A", "And getting to the toilet, any problems there?"),
        (
            "C",
            "I have bladder urgency. I've had accidents, maybe three or four times a month. I wear pads all the time now.",
        ),
        ("A", "Can you read a letter, or a bus timetable?"),
        (
            "C",
            "My eyesight goes blurry when I'm tired. In the mornings I can read. By the afternoon I need someone to read it to me, or I use the magnifier on my phone.",
        ),
        ("A", "Do you travel on your own?"),
        (
            "C",
            "Only to places I know. I went to my sister's last month on the bus. But somewhere new, no. I'd panic if the bus didn't come.",
        ),
    ]
    report = [
        ("She states she dresses in about 15 minutes.", {NC, QD}),
        ("She is able to manage buttons and zips independently.", {QD}),
        ("She reports episodes of urinary incontinence around three or four times a year.", {NC}),
        ("She uses incontinence pads.", {SUP}),
        ("She states she can read without difficulty.", {QD}),
        ("She travels alone by bus to familiar places.", {SUP}),
        ("She reports she works part-time from home as a bookkeeper.", {NS}),
        (
            "Informal observation: she was seen to rise from the chair without using her arms.",
            {IMP},
        ),
    ]
    return turns, report


def _case_05():
    # WCA face to face, epilepsy, support worker present.
    turns = [
        ("A", "Hello. And you've brought someone with you today?"),
        ("P", "Yes, I'm his support worker. I see him three days a week."),
        ("A", "Thanks. Can you tell me about your seizures? How often do they happen?"),
        ("C", "Um, I'm not sure. A few."),
        (
            "P",
            "He's had four in the last month. The big ones, where he falls and loses consciousness. And smaller absences most days, where he just stares.",
        ),
        ("A", "And when was the last big one?"),
        ("C", "Last Tuesday. I hit my head on the radiator."),
        ("A", "Do you cook for yourself?"),
        ("C", "I'm not allowed to use the cooker on my own. I left the gas on once."),
        ("P", "He uses the microwave, and we've had a gas cut off switch fitted now."),
        ("A", "Do you go out on your own?"),
        ("C", "I go to the shop. It's two minutes away."),
        (
            "P",
            "He's got a seizure alert watch. He only goes on his own to that shop, nowhere else.",
        ),
        ("A", "Do you get any warning before a seizure?"),
        ("C", "No. Nothing. I just wake up on the floor."),
    ]
    report = [
        ("He attended with his support worker, who sees him three days a week.", {SUP}),
        ("He reports having had one major seizure in the last month.", {NC}),
        ("He reports occasional absence seizures.", {NC}),
        ("His last major seizure was last Tuesday, when he hit his head.", {SUP}),
        ("He prepares his own meals.", {QD}),
        ("He goes out alone.", {QD}),
        ("He reports he gets a warning aura before his seizures.", {NS}),
        (
            "Informal observation: he sat through the 45-minute assessment and no absences were noted.",
            {IMP},
        ),
    ]
    return turns, report


def _case_06():
    # PIP face to face, rheumatoid arthritis in the hands, alone.
    turns = [
        ("A", "Hello, thanks for coming in today. Did you find us all right?"),
        ("C", "Eventually. The lift was out, so my daughter had to help me up the stairs."),
        ("A", "Sorry about that. Can you tell me about your hands?"),
        (
            "C",
            "It's rheumatoid arthritis. Both hands, worse on the right. In the morning they're really stiff for about two hours.",
        ),
        ("A", "Can you chop vegetables?"),
        (
            "C",
            "I buy them ready chopped. I can't grip the knife. I tried one of those special knives but I dropped it on my foot.",
        ),
        ("A", "Can you cut up food on your plate?"),
        ("C", "Soft things, yes. Meat, no. My husband cuts it up for me at dinner."),
        ("A", "How do you wash your hair?"),
        (
            "C",
            "I can't lift my arms up for long. I get it washed once a week at the hairdresser. My daughter takes me.",
        ),
        ("A", "Do you use any aids in the kitchen?"),
        ("C", "A kettle tipper and a jar opener. And a perching stool."),
        ("A", "How long does the stiffness last on a bad day?"),
        ("C", "On a bad day it's until lunchtime. Half past twelve, one o'clock."),
    ]
    report = [
        ("She reports morning stiffness in her hands lasting around 30 minutes.", {NC}),
        (
            "She states she has rheumatoid arthritis affecting both hands, worse on the right.",
            {SUP},
        ),
        ("She buys vegetables ready chopped because she cannot grip a knife.", {SUP}),
        ("She is able to cut up her food.", {QD}),
        ("She washes her hair twice a week.", {NC, QD}),
        ("She uses a kettle tipper, a jar opener and a perching stool in the kitchen.", {SUP}),
        ("She reports she is a keen gardener and spends her afternoons at her allotment.", {NS}),
        (
            "Informal observation: she removed and put on her coat without difficulty at the end of the 55-minute consultation.",
            {IMP},
        ),
    ]
    return turns, report


def _case_07():
    # WCA telephone, PTSD and agoraphobia, friend present.
    turns = [
        (
            "A",
            "Hi, this is your telephone assessment for Universal Credit. Is now still a good time?",
        ),
        ("C", "Yes. My friend is with me. Is that okay?"),
        ("A", "That's fine. Could you tell me about going out?"),
        (
            "C",
            "I don't go out on my own. Ever. The last time I tried, I got to the end of the road and had a panic attack.",
        ),
        (
            "P",
            "I take her to her appointments. I'd say she's been out alone maybe twice in the whole year.",
        ),
        ("A", "How do you cope if plans change at short notice?"),
        (
            "C",
            "Badly. If an appointment gets moved I can't sleep for days. I cancelled the dentist three times because of it.",
        ),
        ("A", "How are you with people you don't know?"),
        (
            "C",
            "I can't. I hide upstairs if someone comes to the door. My friend answers it for me.",
        ),
        ("A", "Do you manage to get things done in the day, like housework?"),
        (
            "C",
            "Some days I stay in bed until three in the afternoon. I'd say four days out of seven I don't get anything done.",
        ),
        ("P", "I leave her a list, and I ring her to prompt her to eat and take her tablets."),
    ]
    report = [
        ("She was accompanied by a friend during the telephone assessment.", {SUP}),
        ("She states she goes out alone around twice a week.", {NC}),
        ("She reports she manages when appointments are changed at short notice.", {QD}),
        (
            "She cancelled a dental appointment three times because of changes to arrangements.",
            {SUP},
        ),
        ("She is able to deal with callers at the door.", {QD}),
        ("She reports she is unable to get anything done on around one day a week.", {NC}),
        ("She reports she attends a weekly craft class at the library.", {NS}),
        ("Informal observation: she appeared calm and was appropriately dressed.", {IMP}),
    ]
    return turns, report


def _case_08():
    # PIP face to face, heart failure, wife present.
    turns = [
        ("A", "How far can you walk before you get breathless?"),
        ("C", "Well, I walk to the car. That's from the front door, down the drive."),
        ("A", "How far would you say that is?"),
        ("C", "The drive? Thirty feet? Maybe forty."),
        ("A", "And in metres, roughly?"),
        ("C", "I couldn't tell you in metres. Ten? I'm no good with metres."),
        (
            "P",
            "It's about thirty feet. And he has to stop at the car and get his breath back before he gets in.",
        ),
        ("A", "Could you walk further than that if you had to?"),
        (
            "C",
            "Not without stopping. I tried walking round the supermarket, and I had to sit on the bench by the tills after, what, a couple of minutes.",
        ),
        ("A", "How long do you rest for?"),
        ("C", "Ten minutes or so, until the tightness goes."),
        ("A", "Do you use the stairs at home?"),
        ("C", "We had a stairlift put in last spring. I can't do the stairs now."),
        ("A", "And who does the driving?"),
        ("P", "I drive. He hasn't driven since his heart attack two years ago."),
    ]
    report = [
        ("He states he can walk around 40 metres before becoming breathless.", {NC}),
        ("He rests for a couple of minutes before continuing.", {NC}),
        ("He reports walking around a supermarket.", {QD}),
        ("A stairlift was installed at his home last spring.", {SUP}),
        ("He continues to drive short distances.", {NS}),
        ("His wife stated he has not driven since his heart attack two years ago.", {SUP}),
        ("The consultation started at 14:05 and finished at 15:20.", {IMP}),
    ]
    return turns, report


def _case_09():
    # WCA face to face, Crohn's disease, alone.
    turns = [
        (
            "A",
            "You've put on your form that you have Crohn's disease. How does that affect you day to day?",
        ),
        (
            "C",
            "I'm in the toilet a lot. On a normal day, eight to ten times. In a flare it's more like fifteen or twenty.",
        ),
        ("A", "How often do you have flares?"),
        ("C", "Every couple of months, and they last a week or two."),
        ("A", "Have you had any accidents?"),
        (
            "C",
            "Yes. I've had accidents, um, I'd say once a week on average, maybe more when I'm flaring. I don't make it in time.",
        ),
        ("A", "So you need to be near a toilet?"),
        (
            "C",
            "I plan everything around toilets. I won't go anywhere without knowing where the toilet is. I take a change of clothes in my bag.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Walking's not really the problem, it's the urgency. I could walk a fair way if I knew there was a toilet.",
        ),
        ("A", "Are you on any medication?"),
        (
            "C",
            "Infliximab infusions every 8 weeks at the hospital, and loperamide when I'm going out.",
        ),
    ]
    report = [
        ("She reports opening her bowels eight to ten times a day.", {SUP}),
        ("She reports flares occurring around twice a year.", {NC}),
        ("She reports bowel incontinence around once a month.", {NC}),
        ("She carries a change of clothes when she goes out.", {SUP}),
        ("She states she has no problems walking.", {QD}),
        ("She receives infliximab infusions every four weeks.", {NC}),
        ("She reports she swims three times a week at her local leisure centre.", {NS}),
        (
            "Informal observation: she did not need to leave the room to use the toilet during the 50-minute assessment.",
            {IMP},
        ),
    ]
    return turns, report


def _case_10():
    # PIP telephone, autism and anxiety, father present.
    turns = [
        ("A", "Hello, I'm calling for your PIP telephone assessment. Who's on the line with you?"),
        ("P", "It's his dad. He's asked me to help, because he finds phone calls hard."),
        ("A", "That's fine. Can you tell me how you get on with other people?"),
        ("C", "I don't like it. I don't know what people mean. I get it wrong."),
        (
            "P",
            "He only really talks to me and his mum. If someone he doesn't know talks to him, he freezes or walks off.",
        ),
        ("A", "What about money? Could you work out your change in a shop?"),
        ("C", "Yes. I'm good at sums."),
        (
            "P",
            "He can do the sums, but he's been scammed twice online this year. He gave his bank details away. I look after his account now.",
        ),
        ("A", "And travelling? Do you go anywhere on your own?"),
        ("C", "I get the same bus to college. The number 12. Three days a week."),
        (
            "P",
            "If the bus is late or there's a diversion, he rings me in a state and I have to go and get him. That happened twice last month.",
        ),
        ("A", "Is there anything else you need help with?"),
        ("C", "Mum helps me choose clothes for the weather."),
    ]
    report = [
        ("His father joined the call and supported him.", {SUP}),
        ("He states he can work out change in a shop.", {SUP}),
        ("He manages his own bank account and budgeting.", {QD}),
        ("He travels independently by bus to college five days a week.", {NC, QD}),
        (
            "His father reported one occasion last month when he needed collecting because of a bus diversion.",
            {NC},
        ),
        ("He reports he has a small group of friends he meets at weekends.", {NS}),
        ("Informal observation: he made good eye contact and was relaxed throughout.", {IMP}),
    ]
    return turns, report


def _case_11():
    # WCA telephone, stroke, alone.
    turns = [
        (
            "A",
            "Good afternoon. This is your work capability assessment, done over the phone today. Can you tell me what happened?",
        ),
        ("C", "I had a stroke, eighteen months ago. It affected my left side. My arm mostly."),
        ("A", "Can you use your left hand at all?"),
        (
            "C",
            "I can hold a cup with it, if it's not too full. I can't do up buttons or use a pen with it. I was left handed, so I'm learning to write with my right.",
        ),
        ("A", "How is your writing with your right hand?"),
        (
            "C",
            "Slow. A shopping list takes me ten minutes, and my wife can't read it half the time.",
        ),
        ("A", "And finding your way to places?"),
        (
            "C",
            "I get muddled. I went to the doctor's, which I've been going to for twenty years, and I walked straight past it. So my wife comes with me now.",
        ),
        ("A", "Do you have any trouble with your speech?"),
        (
            "C",
            "Words get stuck. On the phone like this it's all right if I take my time. But with strangers, in a shop, I get the wrong word and they look at me.",
        ),
        ("A", "How's your memory?"),
        ("C", "Not good. I have a whiteboard in the kitchen and my wife writes the day on it."),
    ]
    report = [
        ("He had a stroke around eight months ago affecting his left side.", {NC}),
        ("He states he can hold a cup with his left hand.", {QD}),
        ("He states he is unable to do up buttons or use a pen with his left hand.", {SUP}),
        ("He writes a shopping list with his right hand in a couple of minutes.", {NC, QD}),
        ("He is able to find his way to familiar places alone.", {QD}),
        ("He reports his speech is clear when talking to strangers.", {NS}),
        ("He reports he uses a computer daily to email former colleagues.", {NS}),
        ("The assessment started at 13:30 and ended at 14:35.", {IMP}),
    ]
    return turns, report


def _case_12():
    # PIP face to face, bipolar disorder, partner present.
    turns = [
        ("A", "Can you tell me how your bipolar affects you?"),
        (
            "C",
            "When I'm low I can't get out of bed. I don't wash, I don't eat. When I'm high I spend money I haven't got.",
        ),
        ("A", "How long do the low periods last?"),
        ("C", "Weeks. The last one was, I think, six weeks. Maybe seven."),
        ("P", "It was nearly two months. From the start of January to the end of February."),
        ("A", "And how often do you get them?"),
        ("C", "Three or four times a year."),
        ("A", "During a low period, how often would you wash?"),
        ("C", "Once a week, if that. My partner has to run the bath and tell me to get in."),
        ("A", "Tell me about the spending."),
        (
            "C",
            "Last summer I spent four thousand pounds in a week on a credit card. Now my partner has control of the cards.",
        ),
        ("A", "Do you take any medication?"),
        (
            "C",
            "Lithium. I have blood tests every three months. My partner puts the tablets out for me.",
        ),
    ]
    report = [
        ("She reports low periods lasting around two weeks.", {NC}),
        ("She reports low periods occur three or four times a year.", {SUP}),
        ("During low periods she washes once a week.", {QD}),
        ("She states she spent four hundred pounds in a week during a manic episode.", {NC}),
        ("She manages her own finances.", {QD}),
        ("She takes lithium and has blood tests every three months.", {SUP}),
        ("She takes her medication without assistance.", {QD}),
        ("She reports she has been admitted to hospital under section twice.", {NS}),
        (
            "Informal observation: she remained seated and settled for the whole hour-long consultation.",
            {IMP},
        ),
    ]
    return turns, report


def _case_13():
    # WCA face to face, osteoarthritis of both knees, alone.
    turns = [
        ("A", "Can you tell me about walking? How far can you go?"),
        (
            "C",
            "With my crutches, about fifty metres. No, I'm being generous, it's more like thirty. The car park here, I had to stop twice.",
        ),
        ("A", "Do you always use the crutches?"),
        ("C", "Outside, always. Inside I hold on to the furniture."),
        ("A", "What about standing? Could you stand at a counter?"),
        ("C", "Five minutes. Then my knees lock and I have to sit."),
        ("A", "And sitting?"),
        (
            "C",
            "Sitting's better. I can sit for maybe forty five minutes before my knees get stiff and I have to straighten them.",
        ),
        ("A", "Have you had any falls?"),
        ("C", "Two in the last month. One on the steps outside my flat."),
        ("A", "Do you have help at home?"),
        ("C", "My neighbour does my shopping once a week. I can't carry bags with the crutches."),
    ]
    report = [
        ("He states he can walk 50 metres with crutches.", {NC}),
        ("He uses crutches outdoors and holds on to furniture indoors.", {SUP}),
        ("He states he can stand for around 15 minutes.", {NC}),
        (
            "He states he can sit for about 45 minutes before needing to straighten his knees.",
            {SUP},
        ),
        ("He reports one fall in the last six months.", {NC}),
        ("He does his own shopping.", {QD}),
        ("He reports he is on the waiting list for a knee replacement.", {NS}),
        (
            "Informal observation: he sat for 40 minutes during the assessment without shifting position.",
            {IMP},
        ),
    ]
    return turns, report


def _case_14():
    # PIP telephone, glaucoma, alone.
    turns = [
        (
            "A",
            "Hello, this is the PIP assessment by telephone. Can you confirm you're happy for the call to be recorded?",
        ),
        ("C", "Yes. I'm recording it too."),
        ("A", "Tell me about your eyesight."),
        (
            "C",
            "I have glaucoma. I've lost most of the vision in my right eye and about half in the left. I'm registered sight impaired.",
        ),
        ("A", "Can you read printed letters?"),
        (
            "C",
            "Not standard print. I use a magnifier with a light for big print, and my phone reads things out for me. Longer letters, my son reads them to me when he visits on Sundays.",
        ),
        ("A", "How do you get about outside?"),
        (
            "C",
            "I use a long cane. I only go out on routes I've practised with the mobility officer. Three routes. The shop, the bus stop and my daughter's.",
        ),
        ("A", "Have you had any accidents?"),
        (
            "C",
            "I walked into a lamppost in March and cut my head. And I've tripped on kerbs a few times.",
        ),
        ("A", "How about cooking?"),
        (
            "C",
            "I do simple things. I've got tactile dots on the oven dials. I burnt myself last month on the oven shelf, so I don't do roasts any more.",
        ),
    ]
    report = [
        ("She reports she is registered sight impaired.", {SUP}),
        ("She is able to read letters using her phone.", {QD}),
        ("She uses a long cane and goes out on three practised routes.", {SUP}),
        ("She reports tripping on a kerb on one occasion.", {NC}),
        (
            "She has lost the vision in her right eye and around a quarter of the vision in her left.",
            {NC},
        ),
        ("She cooks independently using tactile markings on the oven.", {QD}),
        ("She reports her son visits daily to help with correspondence.", {NC}),
        (
            "She was observed to find her way along the corridor to the assessment room using her cane.",
            {IMP},
        ),
    ]
    return turns, report


def _case_15():
    # WCA telephone, ME/CFS, mother present.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment on the phone. Is it okay if your mum joins in?",
        ),
        ("C", "Yes, she's here. I might need her to answer if I get tired."),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day, to the end of the road and back, which is, I'd guess, two hundred metres in total. But then I'm in bed the next day. On a bad day, from the bed to the bathroom.",
        ),
        ("P", "Good days are maybe one in every two weeks. Mostly he's on the bad side."),
        ("A", "How long can you sit up in a chair?"),
        ("C", "Twenty minutes, then I have to lie down."),
        ("A", "What does a typical day look like?"),
        (
            "C",
            "I wake around eleven. Mum brings me breakfast. I try to shower every other day, but it takes me an hour with breaks. Then I rest.",
        ),
        ("P", "He sleeps in the afternoon most days. Two or three hours."),
        ("A", "Do you use a wheelchair at all?"),
        ("C", "For hospital appointments. Mum pushes me in a wheelchair."),
    ]
    report = [
        ("He states he can walk about 200 metres.", {QD}),
        ("His mother reported he has good days about half of the time.", {NC}),
        ("He states he can sit for around an hour.", {NC}),
        ("He reports he showers every other day, taking about an hour with breaks.", {SUP}),
        ("His mother stated he sleeps for two to three hours most afternoons.", {SUP}),
        ("He self-propels a manual wheelchair when attending hospital appointments.", {QD}),
        ("He reports he plays computer games for several hours each evening.", {NS}),
        ("The call began at 09:00 and ended at 10:10.", {IMP}),
    ]
    return turns, report


def _case_16():
    # PIP face to face, type 1 diabetes with neuropathy, daughter present.
    turns = [
        ("A", "I can see you have type one diabetes. How do you manage your insulin?"),
        (
            "C",
            "I inject four times a day. But my hands shake and I can't feel my fingers properly, so my daughter checks the dose on the pen for me.",
        ),
        (
            "P",
            "I come in before breakfast and before tea. The other two she does herself, but I ring to check.",
        ),
        ("A", "Do you have hypos?"),
        ("C", "Sorry, do I what?"),
        ("A", "Low blood sugars. Hypos. How often do you get them?"),
        (
            "C",
            "Oh. Quite a lot. Two or three a week. I don't always feel them coming on. Last month I collapsed in the kitchen.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "My feet are numb. I walk about twenty, twenty five metres with my frame, and then my feet burn.",
        ),
        ("A", "Do you use the frame all the time?"),
        ("C", "Yes, since I lost two toes last year."),
        ("A", "Do you manage the stairs?"),
        ("C", "I sleep downstairs now. My daughter set up a bed in the front room."),
    ]
    report = [
        ("She injects insulin four times a day.", {SUP}),
        ("She manages her insulin independently.", {QD}),
        ("She reports hypoglycaemic episodes two or three times a month.", {NC}),
        ("She states she has good awareness of her hypos.", {NS}),
        ("She can walk around 50 metres with a walking frame before her feet start to burn.", {NC}),
        ("She had two toes amputated last year.", {SUP}),
        ("She sleeps downstairs in a bed set up by her daughter.", {SUP}),
        ("She sat comfortably throughout the 45-minute appointment.", {IMP}),
    ]
    return turns, report


def _case_17():
    # WCA face to face, schizophrenia, support worker present.
    turns = [
        ("A", "Can you tell me about your mental health?"),
        ("C", "I've got schizophrenia. I hear voices. They're worse at night."),
        ("A", "How often do you hear them?"),
        ("C", "Every day. Most of the day, really. The tablets turn them down a bit."),
        (
            "P",
            "His community nurse visits every two weeks, and he has his depot injection every four weeks.",
        ),
        ("A", "How do you get on with other people?"),
        (
            "C",
            "I don't trust people. I think they're talking about me. I shouted at someone on the bus last month, because I thought he was following me.",
        ),
        (
            "P",
            "That's happened three or four times this year. He was banned from the local shop after one of them.",
        ),
        ("A", "Do you go out on your own?"),
        ("C", "Only with my support worker. Twice a week, for shopping."),
        ("A", "Are you safe in the kitchen?"),
        (
            "P",
            "He's left pans on twice, and the fire brigade came once. We've got a smoke alarm linked to the housing office now.",
        ),
        ("C", "I forget about them when the voices are bad."),
    ]
    report = [
        ("He reports hearing voices every day, which are worse at night.", {SUP}),
        ("His community nurse visits every month.", {NC}),
        ("He reports a single episode of shouting at a stranger in the past year.", {NC}),
        ("He goes out independently to do his shopping.", {QD}),
        ("He has left pans on the hob unattended on two occasions.", {SUP}),
        ("He reports he has never had any contact with the police.", {NS}),
        ("Informal observation: he engaged appropriately for the full 55 minutes.", {IMP}),
    ]
    return turns, report


def _case_18():
    # PIP telephone, COPD on oxygen and hearing loss, husband present.
    turns = [
        (
            "A",
            "Hello, this is the assessment call for your personal independence payment. Can you hear me clearly?",
        ),
        ("C", "Can you say that again, please? My husband's here. He'll repeat it."),
        (
            "P",
            "She's asking if you can hear her clearly. She's got her hearing aids in, but the phone is difficult.",
        ),
        ("C", "Oh. Yes, sort of. Go slowly, please."),
        ("A", "Of course. How far can you walk?"),
        (
            "C",
            "With my oxygen, maybe from the lounge to the kitchen. Ten metres. I'm on oxygen fifteen hours a day.",
        ),
        ("A", "And outside?"),
        (
            "P",
            "She doesn't walk outside any more. We've got a wheelchair and I push her. She hasn't walked to the shops for about a year.",
        ),
        ("A", "How do you manage washing?"),
        (
            "C",
            "I have a strip wash at the sink, sitting on a stool. I can't shower because of the steam. It takes my breath.",
        ),
        ("A", "Do you use the telephone on your own?"),
        ("C", "No. I can't hear it properly. My husband does all the calls. I text my daughter."),
    ]
    report = [
        ("She uses oxygen for around five hours a day.", {NC}),
        ("She can walk around 10 metres indoors using her oxygen.", {SUP}),
        ("Her husband reported she last walked to the shops around a month ago.", {NC}),
        ("She has a strip wash at the sink while seated on a stool.", {SUP}),
        ("She was able to follow the conversation without any assistance.", {QD}),
        ("She communicates with her daughter by text message.", {SUP}),
        ("She reports she has smoked ten cigarettes a day for thirty years.", {NS}),
        ("Informal observation: she was not breathless on walking into the room.", {IMP}),
    ]
    return turns, report


def _case_19():
    # WCA face to face, chronic migraine, sister present.
    turns = [
        ("A", "You mentioned migraines. How often do you get them?"),
        (
            "C",
            "Well, it's hard to say. Last month was awful. The week of my birthday I had three in a row, and then, um. I'd say on average about fifteen days a month I have a headache, and eight or nine of those are full migraines.",
        ),
        ("A", "How long do the migraines last?"),
        ("C", "Usually a day and a half. Sometimes three days."),
        (
            "P",
            "When she's got one she's in a dark room. She can't look at a screen, she can't stand noise. I have to take her kids to school.",
        ),
        ("A", "What do you take for them?"),
        (
            "C",
            "Sumatriptan, but I can only take it twice a week. And I'm on a preventer, propranolol.",
        ),
        ("A", "Does it affect your balance, or anything else?"),
        ("C", "I get dizzy with them. I fell down the last two stairs in September."),
        ("A", "And between migraines, how are you?"),
        ("C", "Washed out. Foggy. I can't concentrate on reading for more than ten minutes."),
    ]
    report = [
        ("She reports about eight or nine migraines a month.", {SUP}),
        ("She reports headaches on around five days a month.", {NC}),
        ("Her migraines last a few hours.", {NC}),
        ("She takes sumatriptan and propranolol.", {SUP}),
        ("She takes her children to school each day.", {QD}),
        ("She states she can concentrate on reading for around half an hour.", {NC}),
        ("She reports she has no problems with her balance.", {NS}),
        ("The consultation took place between 10:15 and 11:00.", {IMP}),
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

FIRST_SEED = 14000


def make_case_14(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    """Return (dialogue, report) for one seed in 14000..14019.

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
