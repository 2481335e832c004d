"""Blind held-out set 24 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty PIP (PA4) and WCA (ESA85) consultations held face to face, by telephone and by video.
Conditions: fibromyalgia, depression and anxiety, multiple sclerosis, COPD, autism with a
learning disability, long covid, retinitis pigmentosa, bipolar disorder, breast cancer on
chemotherapy, alcohol recovery with neuropathy, epilepsy, Crohn's disease with a stoma,
profound deafness with a BSL interpreter, osteoarthritis, PTSD, Parkinson's disease, stroke,
severe ME/CFS, schizophrenia in supported housing and a diabetic below-knee amputation.
Companions who speak include a husband, partners, a mother, a wife, a daughter, support
workers and an interpreter.
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
    # PIP, face to face, fibromyalgia, husband present and speaking.
    turns = [
        (
            "A",
            "Good afternoon, come through and have a seat. It's just gone ten past two, so we'll make a start. I see you've brought someone with you, who's this?",
        ),
        ("C", "This is my husband, Tom. He's come because I lose track of things sometimes."),
        ("P", "Hiya. I'll just chip in if she forgets something, if that's alright."),
        (
            "A",
            "That's absolutely fine. So tell me about the fibromyalgia and how it affects you day to day.",
        ),
        (
            "C",
            "It's pain everywhere, really. My legs, my shoulders, my hands. Some days I can't get out of bed at all, I'd say three or four days a week are like that.",
        ),
        ("A", "And on a better day, how far can you walk?"),
        (
            "C",
            "On a good day maybe to the end of our road, that's about, I don't know, sixty yards? And I have to stop halfway and lean on a wall. I use a stick outside.",
        ),
        ("A", "And on a bad day?"),
        ("C", "Bathroom and back. That's it, honestly."),
        ("A", "What about preparing a meal?"),
        (
            "C",
            "I can do a sandwich. Anything with pans Tom does, because I've dropped things. I can't grip the handle properly.",
        ),
        ("P", "She scalded her wrist in March, that's when we stopped her using the hob."),
        ("A", "And washing, bathing?"),
        (
            "C",
            "I sit on a bath board. Tom helps me get my legs over the side. I only wash my hair once a week because lifting my arms up, it kills.",
        ),
        ("A", "Are you on any medication?"),
        (
            "C",
            "Pregabalin, seventy-five milligrams twice a day, and amitriptyline at night, ten milligrams.",
        ),
        (
            "A",
            "Right, I think we're about finished. It's twenty to three now. Thank you both for coming in.",
        ),
    ]
    report = [
        ("The consultation started at 14:10 and ended at 14:40.", {SUP}),
        ("She attended the consultation alone.", {IMP}),
        (
            "She stated that on a good day she can walk to the end of her road, a distance of about sixty yards.",
            {QD},
        ),
        ("Bad days were described as occurring on one or two days a week.", {NC}),
        ("She stated that she cooks meals using pans on the hob.", {NS}),
        (
            "Her husband helps her lift her legs over the side of the bath and she sits on a bath board.",
            {SUP},
        ),
        ("She reported washing her hair twice a week.", {NC}),
        ("She reported that she has had no accidents in the kitchen.", {NS}),
        ("Medication: pregabalin 75 mg twice daily and amitriptyline 10 mg at night.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA, telephone, depression and anxiety, alone.
    turns = [
        (
            "A",
            "Hello, am I speaking to Darren Walsh? My name's Priya, I'm a nurse calling from the assessment service about your work capability assessment. Can you hear me alright on the line?",
        ),
        ("C", "Yeah, yeah I can hear you. Sorry, I'm a bit nervous."),
        ("A", "That's alright, take your time. Before we start, is anyone there with you?"),
        ("C", "No, it's just me. My mum was going to come over but she's at work."),
        ("A", "Okay. Can you tell me about your depression and anxiety?"),
        (
            "C",
            "It's been about six years now. I don't really go out. If I have to go to the shop I go at like half ten at night when nobody's there, and even then I've had to turn round and come home, maybe once a week that happens.",
        ),
        ("A", "Do you go anywhere unfamiliar on your own?"),
        (
            "C",
            "No. Not on my own. If it's the doctor's, my mum takes me, and she has to come into the room with me as well.",
        ),
        ("A", "How do you manage with things like phone calls or the post?"),
        (
            "C",
            "I don't open the post, it just piles up. Mum goes through it every Sunday. Phone calls, I let them ring out. This one, honestly, I nearly didn't answer.",
        ),
        ("A", "How is your sleep?"),
        (
            "C",
            "Bad. I'm up till four, five in the morning. Then I sleep through till about two in the afternoon.",
        ),
        ("A", "Do you ever have any thoughts of harming yourself?"),
        (
            "C",
            "Sometimes. I've not done anything for, uh, about two years. I did take an overdose back then. The crisis team number's on the fridge, sort of thing.",
        ),
        ("A", "Thank you for telling me that. Are you on any medication?"),
        (
            "C",
            "Sertraline, a hundred milligrams. And propranolol when it's bad, like today I've had one.",
        ),
        ("A", "Okay Darren, that's all my questions. Thanks for your time."),
        ("C", "Okay. Cheers."),
    ]
    report = [
        ("The assessment was conducted by telephone and the claimant was alone.", {SUP}),
        (
            "Informal observation: he appeared well kempt and maintained good eye contact throughout.",
            {IMP},
        ),
        (
            "He only goes to the shop late at night when it is quiet and sometimes has to turn back.",
            {SUP},
        ),
        ("He reported having to turn back from the shop roughly once a month.", {NC}),
        ("He stated that he is able to attend his GP surgery.", {QD}),
        ("He deals with his own post and correspondence.", {NS}),
        ("He described going to sleep at around midnight and waking by ten in the morning.", {NC}),
        (
            "He reported a single overdose approximately five years ago with no self-harm since.",
            {NC},
        ),
        ("He takes sertraline 100 mg daily and propranolol as required.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP, video, multiple sclerosis, partner present; a break is taken.
    turns = [
        (
            "A",
            "Hello, is that Aisha? I can see you now, your picture froze for a second there. Can you hear me okay?",
        ),
        ("C", "Yes, I can hear you. Sorry, the laptop's a bit old."),
        (
            "A",
            "No problem at all. I'm Gareth, I'm a physiotherapist. Is there anyone with you today?",
        ),
        ("C", "My partner Kev's here, just off screen."),
        ("P", "Hello there."),
        ("A", "Hi Kev. So Aisha, tell me about your MS."),
        (
            "C",
            "I was diagnosed in twenty seventeen, relapsing remitting. My main problems are the fatigue and my legs. The right leg drags. And my bladder's not great.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Indoors with a frame I'm okay-ish. Outside I use a wheelchair now, Kev pushes me. I could maybe walk twenty metres with the crutches but I'd be wiped out for the rest of the day. Honestly I probably couldn't do it again.",
        ),
        ("A", "Do you ever fall?"),
        ("C", "Yeah. Two falls in the last month. One in the kitchen, one on the stairs."),
        ("P", "She fell on the stairs the week before last, I found her at the bottom."),
        ("A", "How do you get on with dressing?"),
        (
            "C",
            "Top half I can do, slowly, it takes me about half an hour. Buttons are hard, my fingers go numb. Bottom half, Kev does my socks and shoes, every day.",
        ),
        ("A", "And using the toilet?"),
        ("C", "I have urgency. I wear pads. Sometimes I don't make it, two or three times a week."),
        ("A", "Thank you, Aisha. Do you need a break at all?"),
        ("C", "Could we actually stop for five minutes? I'm flagging."),
        ("A", "Of course. We'll pick up again in five. Okay, we're back. Just on medication?"),
        (
            "C",
            "Ocrevus infusions every six months, and baclofen for the spasms, ten milligrams three times a day.",
        ),
        ("A", "Great, that's everything I need. Thank you both."),
    ]
    report = [
        ("The consultation took place by video and her partner was present.", {SUP}),
        ("The consultation proceeded without any break.", {IMP}),
        ("Examination: power was 5/5 in all four limbs with normal reflexes.", {IMP}),
        ("She stated she could walk around 20 metres with crutches.", {QD}),
        ("She reported one fall in the past month.", {NC}),
        ("She dresses her upper body independently, which takes around ten minutes.", {NC}),
        ("Her partner puts on her socks and shoes every day.", {SUP}),
        ("She reported that she is continent of bladder.", {NS}),
        (
            "She receives Ocrevus infusions six-monthly and takes baclofen 10 mg three times a day.",
            {SUP},
        ),
    ]
    return turns, report


def _case_03():
    # WCA, face to face, COPD, alone; asks for a question to be repeated.
    turns = [
        (
            "A",
            "Morning Roy, have a seat. It's quarter past nine, so we'll get started. Did you come here on your own today?",
        ),
        ("C", "Yes, got a taxi. Couldn't manage the bus stop, it's too far from ours."),
        ("A", "Tell me about your breathing."),
        (
            "C",
            "COPD, they said it's severe. I'm on oxygen at night. In the day I get breathless just getting dressed.",
        ),
        ("A", "How far can you walk on the flat before you have to stop?"),
        (
            "C",
            "Maybe thirty, forty yards. Then I have to stop and get my breath back, a couple of minutes. Then I can go on a bit more, but not much.",
        ),
        ("A", "And stairs?"),
        (
            "C",
            "We've got fourteen stairs at home. I go up on my backside some days. Other days I go up slowly, stopping halfway.",
        ),
        ("A", "Can you sit for a while without a problem?"),
        ("C", "Sitting's fine, sitting's not the problem."),
        ("A", "Could you lift and carry a full kettle?"),
        ("C", "Sorry, say that again? I'm a bit deaf in this ear."),
        ("A", "A full kettle, could you lift it and carry it?"),
        ("C", "Half full, yes. A full one, I'd struggle, I'd be puffing."),
        ("A", "Any chest infections?"),
        ("C", "Five last year. I had two admissions, in January and then in, er, October I think."),
        ("A", "Do you smoke?"),
        ("C", "Gave up three years ago. Forty a day before that."),
        ("A", "Thanks Roy. It's twenty-five to ten now, we're all done."),
    ]
    report = [
        ("The consultation started at 09:15 and ended at 09:55.", {IMP}),
        ("He travelled to the assessment centre alone by taxi.", {SUP}),
        ("He stated that he can walk about 100 metres before needing to stop.", {NC}),
        ("He is able to climb the flight of stairs at home.", {QD}),
        ("He reported no difficulty with sitting.", {SUP}),
        ("He stated that he can lift and carry a full kettle.", {QD}),
        (
            "He reported three chest infections in the last year, with two hospital admissions.",
            {NC},
        ),
        ("Questions did not need to be repeated.", {IMP}),
        ("He stopped smoking three years ago, having previously smoked forty a day.", {SUP}),
    ]
    return turns, report


def _case_04():
    # PIP, telephone on speaker, autism and learning disability, mother speaks.
    turns = [
        (
            "A",
            "Hello, it's Sandra ringing from the PIP assessment service, I'm calling for Callum Reid. Is it okay to go ahead on the phone now?",
        ),
        ("P", "Yes, hi, I'm Linda, Callum's mum, you're on speaker. He's sat right here with me."),
        ("C", "Hello."),
        ("A", "Hello Callum. Can you tell me a bit about what you do in a day?"),
        ("C", "I play on my computer. I like trains."),
        ("P", "He'd stay in his room all day if I let him, to be honest."),
        ("A", "Callum, do you cook anything for yourself?"),
        ("C", "Toast. And the microwave. Mum puts the number in."),
        (
            "P",
            "He can press start but I have to set the time for him, he doesn't understand the minutes. He left a pan on once and the smoke alarm went off.",
        ),
        ("A", "What about money, Callum? If you went to a shop, could you work out your change?"),
        ("C", "No. I give them the card."),
        (
            "P",
            "He can't tell you if he's been given the right change. He's been taken advantage of, someone had him hand over twenty quid at the bus stop.",
        ),
        ("A", "Does he wash himself?"),
        (
            "P",
            "He showers if I tell him to. Every day I have to remind him, otherwise he'd go a week. And I have to check he's used shampoo.",
        ),
        ("A", "Callum, do you go out on your own?"),
        ("C", "To the shop. The one at the corner."),
        (
            "P",
            "That's two minutes away, and he only goes if it's quiet. Anywhere else I go with him. He's never been on a bus on his own.",
        ),
        ("A", "Okay. Is he on any medication?"),
        ("P", "Melatonin, two milligrams at night for his sleep. That's it."),
        ("A", "Thank you both. That's the end of my questions."),
    ]
    report = [
        ("The assessment was carried out by telephone with his mother present.", {SUP}),
        ("He stated that he makes toast and uses the microwave independently.", {QD}),
        ("His mother reported that he showers daily.", {QD}),
        ("He walks to the corner shop on his own, roughly ten minutes from home.", {NC, QD}),
        ("He has travelled on a bus by himself.", {NS}),
        ("Mental state: he made good eye contact and his affect was reactive.", {IMP}),
        ("He stated he can work out his change when paying in a shop.", {NS}),
        ("He takes melatonin 2 mg at night.", {SUP}),
        (
            "His mother described an occasion when someone got twenty pounds from him at a bus stop.",
            {SUP},
        ),
    ]
    return turns, report


def _case_05():
    # WCA, telephone, long covid, alone.
    turns = [
        (
            "A",
            "Hi, is that Helen? Thanks for picking up. I'm Mark, I'll be doing your work capability assessment over the phone today. It's about eleven o'clock now, and it should take around forty-five minutes.",
        ),
        ("C", "Yes, that's me. Okay."),
        ("A", "Tell me about the long covid."),
        (
            "C",
            "I caught covid in, um, November twenty twenty-one and I just never got better. The fatigue is the main thing. And brain fog. I was a primary teacher and I've not been back since.",
        ),
        ("A", "What does a typical day look like?"),
        (
            "C",
            "I get up about nine, have breakfast, and then I'm usually back on the sofa by ten. If I do one thing, like a load of washing, that's me done for the day. If I push it I crash for two or three days after.",
        ),
        ("A", "How long can you sit at a table, say at a computer?"),
        (
            "C",
            "Twenty minutes, maybe. Then my head goes, I can't take in what I'm reading. Then I need to lie down.",
        ),
        ("A", "Could you walk to a local shop?"),
        (
            "C",
            "It's about three hundred metres. I've done it, but I paid for it. Most days, no, I'd drive or my neighbour gets stuff for me.",
        ),
        ("A", "And memory, concentration?"),
        (
            "C",
            "Awful. I left the gas on twice last month. I write everything down now. Sorry, what was the question? Oh, concentration, yes, I lose track of conversations.",
        ),
        ("A", "Do you have any problems with your heart rate?"),
        (
            "C",
            "Yes, they think it's POTS. If I stand for more than about five minutes I get dizzy and my heart races. I've fainted once, in the kitchen.",
        ),
        ("A", "Okay, I think I've got what I need. Is there anything you'd like to add?"),
        (
            "C",
            "Just that on a good week I might manage a bit more, but good weeks are rare, maybe one in a month.",
        ),
        ("A", "Thank you, Helen. That's us done."),
    ]
    report = [
        ("The assessment took place by telephone, starting at approximately 11:00.", {SUP}),
        ("She reported being able to sit at a computer for about an hour.", {NC}),
        ("She stated that she walks to her local shop, a distance of around 300 metres.", {QD}),
        ("She reported leaving the gas on once in the last month.", {NC}),
        ("She writes things down to help her remember.", {SUP}),
        ("She stated she can stand for around fifteen minutes before becoming dizzy.", {NC}),
        ("There is no history of blackouts or fainting.", {NS}),
        ("She described good weeks as occurring about once a month.", {SUP}),
        ("She returned to part-time teaching earlier this year.", {NS}),
        ("She stated that she manages household tasks such as the washing.", {QD}),
    ]
    return turns, report


def _case_06():
    # PIP, face to face at home, retinitis pigmentosa, guide dog, alone.
    turns = [
        (
            "A",
            "Hello Tariq, thanks for letting me into your home. I'm Joanne, I'm a nurse assessor. I'll read the consent statement out for you since the print's quite small. This is your PIP assessment and you've agreed to it being recorded. Is that right?",
        ),
        ("C", "Yes, that's right. Thanks for reading it out."),
        ("A", "Tell me about your sight."),
        (
            "C",
            "Retinitis pigmentosa. I've got about five degrees of vision left in the right eye, and the left is basically just light and dark. Tunnel vision, and really bad at night.",
        ),
        ("A", "How do you get around outside?"),
        (
            "C",
            "I've got Bruno, my guide dog. Without him I wouldn't go out. I used the long cane but I walked into a lamppost last year with it. With Bruno I'll do familiar routes. New places, I need someone with me, a sighted guide.",
        ),
        ("A", "How about reading your post?"),
        (
            "C",
            "I can't read print at all. My phone reads some things out if I scan them. Letters, my sister comes round on a Saturday and reads them to me.",
        ),
        ("A", "And cooking?"),
        (
            "C",
            "I use the microwave mostly. I've got bump-ons on the dials. I don't use the oven because I burnt myself on the shelf, twice. Chopping, I did my thumb a few months back, so I buy it pre-chopped.",
        ),
        ("A", "How do you manage your medication?"),
        (
            "C",
            "I'm on eye drops and a tablet for blood pressure, amlodipine, five milligrams. The pharmacy does a blister pack so I can feel which day it is.",
        ),
        ("A", "Would you say your sight varies, good days and bad days?"),
        (
            "C",
            "Bright sunlight's the worst, the glare. And evenings. In winter from about four o'clock I'm more or less blind.",
        ),
        ("A", "Thanks Tariq, that's all I need."),
    ]
    report = [
        ("The consultation took place in the claimant's home.", {SUP}),
        ("He read and signed the consent statement without assistance.", {IMP}),
        ("He has approximately fifteen degrees of vision remaining in the right eye.", {NC}),
        ("He goes out on familiar routes with his guide dog.", {SUP}),
        (
            "He stated that he can find his way around unfamiliar places independently using a long cane.",
            {NS},
        ),
        ("He reads his post using an app on his phone.", {QD}),
        ("He reported burning himself on the oven shelf on one occasion.", {NC}),
        (
            "His medication is supplied in a blister pack by the pharmacy, which he can identify by touch.",
            {SUP},
        ),
        ("He said his vision deteriorates in winter evenings from around 6 pm.", {NC}),
    ]
    return turns, report


def _case_07():
    # WCA, video, bipolar disorder, alone; half-hour call.
    turns = [
        (
            "A",
            "Hi Sophie, I can see you and hear you fine on the video. It's half past one, so let's get going. I'm Doctor Okafor.",
        ),
        ("C", "Hi. Yeah, I can see you."),
        ("A", "Tell me about your bipolar disorder."),
        (
            "C",
            "I was diagnosed when I was twenty-three, so nine years ago now. I've had four hospital admissions. The last one was in, uh, February last year, I was sectioned.",
        ),
        ("A", "How are things at the moment?"),
        (
            "C",
            "I'm low at the moment. I've been low for about three months. I'm mostly in bed. My partner does the shopping. I shower maybe twice a week, if he pushes me.",
        ),
        ("A", "How do you get on with people, meeting new people?"),
        (
            "C",
            "When I'm low I can't face anyone. When I'm high I talk to everyone, and I've got myself into trouble, spent money I didn't have. I had eleven thousand pounds of debt after the last episode.",
        ),
        (
            "A",
            "Could you cope with a change to your routine, say a planned appointment being moved?",
        ),
        (
            "C",
            "Honestly it throws me. If something changes I get panicky and sometimes I just don't go. I missed my last psychiatrist appointment because they moved it.",
        ),
        ("A", "Do you need a minute?"),
        ("C", "No, I'm alright. Keep going."),
        ("A", "What medication are you on?"),
        (
            "C",
            "Lithium, eight hundred milligrams at night. And quetiapine, fifty, also at night. It makes me really groggy in the mornings, I can't function till about eleven.",
        ),
        ("A", "Okay. It's just coming up to two, so we'll finish there. Thank you Sophie."),
    ]
    report = [
        ("The consultation was conducted by video call, starting at 13:30.", {SUP}),
        (
            "She was diagnosed with bipolar disorder nine years ago and has had four hospital admissions.",
            {SUP},
        ),
        ("Her most recent admission was in February of this year.", {NC}),
        ("She showers twice a week.", {QD}),
        ("She reported debts of around £1,100 following her last manic episode.", {NC}),
        ("She stated that she copes well with changes to her routine.", {NS}),
        ("She sat comfortably throughout the hour-long consultation.", {IMP}),
        ("She reported morning drowsiness from her medication lasting until around 9 am.", {NC}),
        ("She takes lithium 800 mg and quetiapine 50 mg at night.", {SUP}),
    ]
    return turns, report


def _case_08():
    # PIP, telephone, breast cancer on chemotherapy, alone.
    turns = [
        (
            "A",
            "Hello, Marie? It's Ruth from the PIP assessment provider. Just so you know, this is a telephone consultation, so if you need me to slow down or repeat anything, just say.",
        ),
        ("C", "Okay, thanks. I might need that, the chemo makes me a bit foggy."),
        ("A", "Tell me about your treatment."),
        (
            "C",
            "I've got breast cancer. I had a mastectomy in June and I'm on chemo now, every three weeks. I'm on my fourth cycle of six.",
        ),
        ("A", "How does the chemo affect you?"),
        (
            "C",
            "The first week after each cycle I'm in bed, basically. I'm sick, I can't eat. The second week I'm a bit better. The third week I'm nearly normal, then it starts again.",
        ),
        ("A", "Can you prepare a meal?"),
        (
            "C",
            "In the third week, a simple one, yeah. The rest of the time my daughter cooks. She's seventeen, she's been amazing.",
        ),
        ("A", "And dressing, washing?"),
        (
            "C",
            "My left arm, I can't lift it above my shoulder since the surgery. So I need help with bras, anything over my head. I shower sitting on a stool because I get lightheaded.",
        ),
        ("A", "Sorry, could you repeat that last bit? The line went."),
        ("C", "I said I shower sitting on a stool, because I get dizzy."),
        ("A", "Got it. And walking?"),
        (
            "C",
            "I walk to the end of the garden and back, that's maybe, twenty metres? The neuropathy in my feet, it's like walking on pins. I've not been further than that without the car for weeks.",
        ),
        ("A", "Do you have any problems with your memory or concentration?"),
        ("C", "Sorry, can you say that again?"),
        ("A", "Your memory, or concentrating, any problems there?"),
        (
            "C",
            "Oh, yes. I forget what I'm doing halfway through. I've missed two hospital appointments, my daughter keeps track now.",
        ),
        ("A", "And what medication are you on?"),
        (
            "C",
            "Ondansetron, eight milligrams, twice a day for three days after the chemo. And paracetamol for the feet.",
        ),
        ("A", "Lovely, thank you, Marie, that's everything."),
    ]
    report = [
        (
            "Informal observation: she had a full head of hair and no visible signs of weight loss.",
            {IMP},
        ),
        ("She is on the fourth of six chemotherapy cycles, given every three weeks.", {SUP}),
        ("She reported being largely bedbound for the first two weeks after each cycle.", {NC}),
        ("She is able to prepare a simple meal.", {QD}),
        (
            "Since surgery she cannot raise her left arm above shoulder height and needs help with bras and garments that go over her head.",
            {SUP},
        ),
        ("She showers independently.", {QD}),
        ("She walks about 50 metres around her garden.", {NC, QD}),
        ("She did not need any questions repeated.", {IMP}),
        ("She has missed one hospital appointment because of poor memory.", {NC}),
        ("Her seventeen-year-old daughter does most of the cooking.", {SUP}),
    ]
    return turns, report


def _case_09():
    # PIP, face to face, alcohol recovery with neuropathy, support worker speaks.
    turns = [
        ("A", "Come in, Steven, have a seat. And you are?"),
        ("P", "I'm Dee, I'm his support worker from the recovery service."),
        ("A", "Great. Steven, tell me about your health."),
        (
            "C",
            "Steve's fine. I'm, uh, eighteen months sober. I drank for twenty years. It's left me with nerve damage in my feet and my hands, and my liver's not good.",
        ),
        ("A", "How is your walking?"),
        (
            "C",
            "My balance is terrible. I use a stick. I get to the bus stop, that's a hundred yards or so, but I've got to stop on the wall twice. And I've fallen, what, three times since Christmas?",
        ),
        ("P", "Four. You forgot the one outside the chemist."),
        ("C", "Four then. Yeah, four."),
        ("A", "Do you cook?"),
        (
            "C",
            "Microwave stuff. I can't feel hot properly in my hands, so I don't trust myself with the kettle. Dee's shown me how to use a one-cup thing.",
        ),
        ("A", "Managing money?"),
        (
            "C",
            "I've got an appointee now, the council. Because when I was drinking everything went. Now I get thirty quid a week spending money.",
        ),
        ("A", "How do you get on with other people, social situations?"),
        (
            "C",
            "I go to my meeting twice a week, Tuesday and Friday, but only because Dee or someone from the group picks me up. On my own I wouldn't go. Crowds make me want a drink.",
        ),
        ("A", "Okay. Any medication?"),
        (
            "C",
            "Thiamine, and mirtazapine, thirty milligrams. And acamprosate, two tablets three times a day.",
        ),
        ("A", "Thanks. We've been going about thirty-five minutes, so let's wrap up there."),
    ]
    report = [
        ("He attended with his support worker from the recovery service.", {SUP}),
        ("He has been abstinent from alcohol for eighteen months.", {SUP}),
        ("He walks to the bus stop, around 100 yards, using a stick.", {QD}),
        ("He reported three falls since Christmas.", {NC}),
        ("He stated he uses the kettle without difficulty.", {NS}),
        ("He manages his own finances.", {NS}),
        ("He attends a support group three times a week.", {NC, QD}),
        (
            "He takes mirtazapine 30 mg, thiamine and acamprosate two tablets three times daily.",
            {SUP},
        ),
        ("The consultation lasted approximately 60 minutes.", {IMP}),
    ]
    return turns, report


def _case_10():
    # WCA, telephone on loudspeaker, epilepsy, wife speaks.
    turns = [
        (
            "A",
            "Good morning, I'm calling for Jamal Hussain. It's Claire from the health assessment service, about your work capability assessment. This is the telephone appointment we arranged.",
        ),
        (
            "C",
            "Yes, speaking. My wife's here too, I've put you on loudspeaker. She sees the seizures, I don't remember them.",
        ),
        ("P", "Hello, I'm Nadia."),
        ("A", "Hello. Jamal, how often do you have seizures?"),
        (
            "C",
            "The big ones, tonic-clonic, maybe two a month. Then the small ones, the absences, I don't know.",
        ),
        ("P", "The absences are every day. Five or six a day sometimes. He just stops and stares."),
        ("A", "What happens after a big seizure?"),
        (
            "C",
            "I sleep for hours. I'm confused the whole next day, headache, my muscles ache. Last time I bit right through my tongue.",
        ),
        ("A", "Do you get any warning?"),
        (
            "C",
            "Sometimes a funny smell, maybe a few seconds. Not enough time to sit down, usually.",
        ),
        ("A", "Have you been injured?"),
        (
            "P",
            "He's cut his head twice this year. Once he went through the glass on the shower door.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Only locally. I don't cross main roads on my own. Nadia or my brother comes if it's further.",
        ),
        ("A", "Do you still drive?"),
        ("C", "No, they took my licence in twenty nineteen."),
        ("A", "And medication?"),
        (
            "C",
            "Levetiracetam, fifteen hundred milligrams twice a day, and lamotrigine. And I've got buccal midazolam for the long ones.",
        ),
        ("A", "Okay, thank you both, that's the end of the call."),
    ]
    report = [
        ("The assessment was carried out by telephone and he was alone.", {IMP}),
        ("He reported tonic-clonic seizures approximately twice a month.", {SUP}),
        ("Absence seizures were reported to occur a few times a week.", {NC}),
        ("He described being confused for a few hours after a major seizure.", {NC}),
        (
            "He reported that he gets enough warning before a seizure to get himself to safety.",
            {NS},
        ),
        ("He has sustained one head injury this year during a seizure.", {NC}),
        ("He goes out alone locally.", {QD}),
        ("His driving licence was revoked in 2019.", {SUP}),
        (
            "He takes levetiracetam 1500 mg twice daily and lamotrigine, with buccal midazolam as rescue medication.",
            {SUP},
        ),
    ]
    return turns, report


def _case_11():
    # PIP, video, Crohn's disease with a stoma, alone.
    turns = [
        (
            "A",
            "Hi Ellie, that's better, I can see your face now you've tilted the camera. I'm Sam, a paramedic by background, and I'm doing your PIP consultation over video. It's five past ten.",
        ),
        ("C", "Hi. Sorry, yeah, it kept pointing at the ceiling."),
        ("A", "No worries. Tell me about your Crohn's."),
        (
            "C",
            "I was diagnosed at fifteen. I've had a bowel resection and I've got a stoma now, since last year.",
        ),
        ("A", "How does it affect you day to day?"),
        (
            "C",
            "My bag leaks, like, two or three times a week, usually at night. I have to change the bed and shower. And I'm exhausted all the time, I'm anaemic.",
        ),
        ("A", "Can you manage the stoma yourself?"),
        (
            "C",
            "Changing it, yes, mostly. But when it leaks and my skin's sore, my mum has to help because I can't see underneath properly, and it takes me ages, like forty-five minutes.",
        ),
        ("A", "How is going out?"),
        (
            "C",
            "I have to know where the toilets are. If I don't know the place I won't go. I get really anxious, I had a leak on a bus once, it was awful. So I only go where I know.",
        ),
        ("A", "How far can you walk?"),
        ("C", "Walking's okay, physically. It's more the fatigue. In a flare, I'm in bed."),
        ("A", "How often are you in a flare?"),
        ("C", "This year, hmm. Three flares, each about two or three weeks."),
        ("A", "And food, cooking?"),
        (
            "C",
            "I eat small amounts, I'm on a low residue diet, the dietitian gave me a list. I can cook pasta and stuff but standing at the hob for long makes me dizzy, so I sit on a stool.",
        ),
        ("A", "Okay, thanks Ellie. It's twenty-five to eleven, so we're done."),
    ]
    report = [
        ("The consultation was held by video and began at 10:05.", {SUP}),
        ("She has had a stoma since last year following a bowel resection.", {SUP}),
        ("She reported stoma leaks about twice a month.", {NC}),
        ("She is independent with changing her stoma bag.", {QD}),
        ("She reported no anxiety about leaving the house.", {NS}),
        ("She said that walking is physically manageable but limited by fatigue.", {SUP}),
        ("She has had two flares this year, each lasting about a week.", {NC}),
        ("She is able to cook simple meals such as pasta.", {QD}),
        ("On palpation the abdomen was soft and non-tender.", {IMP}),
        ("The consultation ended at 10:50.", {IMP}),
    ]
    return turns, report


def _case_12():
    # PIP, face to face, profound deafness, BSL interpreter relays questions.
    turns = [
        (
            "A",
            "Hello Grace, I'm Neil, I'm the assessor today. I see you've brought an interpreter with you.",
        ),
        (
            "P",
            "Hi, I'm Fiona, I'm a BSL interpreter. I'll sign what you say to Grace, and she'll mostly answer in speech.",
        ),
        (
            "C",
            "Hello. I can talk, but I can't hear you. Even with my hearing aids I get maybe, uh, a few words.",
        ),
        ("A", "Thank you. Grace, how long have you been deaf?"),
        ("P", "He's asking how long you've been deaf."),
        (
            "C",
            "Since I was born. Profound on the left, severe on the right. I had a cochlear implant assessment but they said no.",
        ),
        ("A", "How do you manage phone calls and appointments?"),
        (
            "C",
            "I can't use a phone, I text. For the doctor I need an interpreter. Often they don't book one, so I take my daughter. She's fourteen, I don't like doing that.",
        ),
        ("A", "Can you read letters, written information?"),
        (
            "C",
            "Slowly. English is my second language, BSL is my first. Long letters, I get my daughter or the deaf centre to explain. Simple things, okay.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Yes, to places I know. But I can't hear traffic, so I'm very careful. I've nearly been hit twice by bikes coming behind me.",
        ),
        ("A", "Sorry, could you, er, can you tell me about your balance?"),
        ("P", "He's asking about your balance."),
        ("C", "Sorry, again? Balance? Yes, it's poor in the dark. I hold the wall at night."),
        ("A", "And being in a group of people, socialising?"),
        (
            "C",
            "Deaf club, yes, every week. Hearing people, I avoid. I can't follow, I feel stupid. Maybe I lip read thirty percent, if they face me.",
        ),
        ("A", "Thank you both. That's all my questions."),
    ]
    report = [
        ("She attended with a BSL interpreter.", {SUP}),
        ("She stated that with her hearing aids she can follow most conversation.", {NS}),
        ("She attends GP appointments on her own.", {QD}),
        ("Her daughter, aged sixteen, sometimes accompanies her to appointments.", {NC}),
        ("She is able to read and understand written information.", {QD}),
        ("She reported one near miss with a cyclist.", {NC}),
        ("She attends a deaf club every week.", {SUP}),
        ("She estimated that she can lip read about half of what is said.", {NC}),
        ("She holds on to the wall when walking in the dark.", {SUP}),
    ]
    return turns, report


def _case_13():
    # WCA, face to face, osteoarthritis of knees and spine; stands up mid-consultation.
    turns = [
        ("A", "Morning, Gary. Take a seat. How did you get here today?"),
        ("C", "My son dropped me at the door, he's parking up. I can't do the bus, the steps."),
        ("A", "Tell me about your joints."),
        (
            "C",
            "Arthritis in both knees, worse in the right. And my lower back, they said it's degenerative. I was a lorry driver twenty-six years, that's what did it.",
        ),
        ("A", "How long could you sit for?"),
        (
            "C",
            "Twenty minutes, half an hour at the most, then I've got to get up and move. Driving, I can't do it, that's why I stopped.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my stick, about from here to the car park, and I'd be in agony. Maybe fifty metres. I'm waiting on a knee replacement.",
        ),
        ("A", "Can you kneel or bend down?"),
        (
            "C",
            "Kneel, no chance. Bend, I can get to about my knees. I use a grabber for anything on the floor. Sorry, do you mind if I stand up a minute? My back's going.",
        ),
        ("A", "Of course, stand whenever you need to. Can you pick up a bag of shopping?"),
        (
            "C",
            "A light one. My wife does the big shop. Anything heavy and my back goes into spasm and I'm laid up for two days.",
        ),
        ("A", "Any medication?"),
        (
            "C",
            "Co-codamol, the thirty five-hundreds, two tablets four times a day. And naproxen, five hundred, twice.",
        ),
        ("A", "Okay, that's all, thanks Gary."),
    ]
    report = [
        ("He was driven to the assessment centre by his son.", {SUP}),
        ("He reported being able to sit for around an hour.", {NC}),
        ("He stated he can walk approximately 50 metres.", {QD}),
        ("He remained seated throughout the consultation.", {IMP}),
        ("He is able to bend down to pick objects up from the floor.", {NS}),
        ("He can lift and carry a bag of shopping.", {QD}),
        ("He worked as a lorry driver for twenty years.", {NC}),
        (
            "He takes co-codamol 30/500, two tablets four times a day, and naproxen 500 mg twice daily.",
            {SUP},
        ),
        ("He said that lifting heavy items leaves him laid up for a week.", {NC}),
    ]
    return turns, report


def _case_14():
    # PIP, telephone, PTSD, ex-soldier, alone.
    turns = [
        (
            "A",
            "Hi, is that Lee? It's Martin, I'm ringing about your PIP claim, this is the phone assessment. Just checking, you've asked for the call to be recorded, is that still okay?",
        ),
        ("C", "Yeah. Yeah, fine."),
        ("A", "Can you tell me about your PTSD?"),
        (
            "C",
            "I served twelve years, two tours of Afghanistan. Got out in twenty sixteen. It started coming out after that. Nightmares, flashbacks. I don't sleep much. Three hours a night, four if I'm lucky.",
        ),
        ("A", "How does it affect going out?"),
        (
            "C",
            "I don't like crowds. Supermarkets, I can't. I'll go to the little Co-op at six in the morning. If there's a loud bang, a car backfiring, I'm on the floor. Happened last month in the car park.",
        ),
        ("A", "Do you go anywhere new on your own?"),
        (
            "C",
            "No. My mate from the veterans' group drives me if I have to go somewhere. Otherwise I don't go.",
        ),
        ("A", "How about your mood, looking after yourself?"),
        (
            "C",
            "Some weeks I don't wash, I don't eat properly. My sister comes round twice a week and makes sure I've eaten, she'll cook a batch of stuff.",
        ),
        ("A", "Have you had any thoughts of suicide?"),
        (
            "C",
            "I've had thoughts. I've got a plan with my CPN, a safety plan. I've not acted on them.",
        ),
        ("A", "How do you get on with other people?"),
        (
            "C",
            "I've lost my temper. I punched a wall in the job centre last year, they had security walk me out. I keep myself to myself now.",
        ),
        ("A", "Any medication?"),
        ("C", "Sertraline, a hundred and fifty. Prazosin for the nightmares."),
        ("A", "Sorry, what was the second one?"),
        ("C", "Prazosin. P, R, A, Z, O, S, I, N."),
        ("A", "Thanks. Right, that's me finished."),
    ]
    report = [
        ("He served in the army for twelve years and left in 2016.", {SUP}),
        ("He sleeps around five to six hours a night.", {NC}),
        ("He does his shopping at his local Co-op.", {QD}),
        ("He is able to travel to unfamiliar places on his own.", {NS}),
        ("His sister visits once a week to help with meals.", {NC}),
        ("He has a safety plan with his CPN and has not acted on suicidal thoughts.", {SUP}),
        (
            "Mental state: he was appropriately dressed, with good eye contact and no psychomotor agitation.",
            {IMP},
        ),
        ("He manages his personal hygiene.", {QD}),
        (
            "He described an incident two years ago in which he punched a wall at the job centre.",
            {NC},
        ),
    ]
    return turns, report


def _case_15():
    # WCA, telephone, Parkinson's disease, daughter speaks.
    turns = [
        (
            "A",
            "Hello, Mr Price? This is Anita from the assessment centre, I'm ringing for your telephone assessment for ESA. It's twenty past three, is this still a good time?",
        ),
        ("C", "Yes. Yes. Sorry, I'm slow on the phone. My daughter's with me, can she stay?"),
        ("A", "Of course. Hello."),
        ("P", "Hi, I'm Karen. Dad sometimes loses his words, so I'll help if he gets stuck."),
        ("A", "Brian, tell me about your Parkinson's."),
        (
            "C",
            "Diagnosed four years ago. The shaking, the right hand mostly. And I freeze. Doorways. I just, my feet stick.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Round the house, with the rollator. Outside, maybe to the neighbour's and back. Forty, fifty yards. If I freeze I can be stuck a minute or more.",
        ),
        ("P", "He's fallen five times since the summer. He won't press his pendant alarm."),
        ("A", "Can you use a pen or a keyboard?"),
        (
            "C",
            "My writing's gone tiny. You can't read it. Keyboard, one finger, and I hit the wrong keys.",
        ),
        ("A", "Can you manage your medicines?"),
        (
            "C",
            "Karen sets up the dosette box every week. I have to take the Sinemet at exact times, five times a day, or I seize up.",
        ),
        ("P", "His phone alarm reminds him, otherwise he forgets doses."),
        ("A", "What about your speech, being understood by strangers?"),
        ("C", "It's gone quiet. People say pardon all the time. On the phone it's worse."),
        ("A", "Okay, thank you both. It's ten to four, we'll finish there."),
    ]
    report = [
        ("The assessment took place by telephone with his daughter present.", {SUP}),
        ("The consultation started at 15:20 and finished at 15:35.", {IMP}),
        ("Observation: a resting tremor was noted in the right hand.", {IMP}),
        ("He walks outside to a neighbour's house and back, about 40 to 50 yards.", {QD}),
        ("His daughter reported that he has fallen twice since the summer.", {NC}),
        ("He stated that his handwriting is legible.", {NS}),
        ("He takes Sinemet three times a day.", {NC}),
        ("He manages his own medication.", {QD}),
        (
            "He reported that strangers often ask him to repeat himself because his voice has become quiet.",
            {SUP},
        ),
    ]
    return turns, report


def _case_16():
    # PIP, face to face, stroke with left-sided weakness and word-finding problems, husband speaks.
    turns = [
        (
            "A",
            "Hello Pat, hello Derek. I see Derek's wheeled you in, that's fine, we can leave the wheelchair just there. It's quarter to twelve, so let's begin.",
        ),
        ("C", "Hello. Yes. Sorry, my words, they... they go."),
        (
            "P",
            "She had the stroke in April last year. Her left side's weak, and the speech comes and goes.",
        ),
        ("A", "Pat, how do you get about at home?"),
        (
            "C",
            "Quad stick. Furniture. Walking... the kitchen, to the, from the... lounge. Ten steps? Then I need the chair.",
        ),
        ("A", "Do you use the wheelchair outside all the time?"),
        ("C", "Yes. All the time outside. Derek pushes."),
        ("A", "How about dressing?"),
        ("C", "Derek. He does my bra, my shoes. I do... the top, slowly. One hand."),
        ("P", "It takes her forty minutes to get a jumper on some mornings. I usually step in."),
        ("A", "Can you cut up your food?"),
        ("C", "No. Left hand's... no grip. Derek cuts. I eat with a spoon."),
        ("A", "And bathing?"),
        ("C", "Carers. Twice a week. Shower. I'm frightened of... falling."),
        (
            "P",
            "Carers come Tuesday and Friday mornings for a shower. Otherwise it's a strip wash at the sink, and I help.",
        ),
        ("A", "Reading, understanding letters?"),
        ("C", "Reading... okay. Slow. Numbers, no. Money, Derek does it."),
        ("A", "Thank you both, that's everything. It's quarter past twelve now."),
    ]
    report = [
        ("Informal observation: she walked into the consultation room unaided.", {IMP}),
        ("She had a stroke in April last year.", {SUP}),
        ("She is able to walk around thirty steps indoors.", {NC, QD}),
        ("She dresses her upper body independently.", {QD}),
        ("She is able to cut up her food.", {NS}),
        ("Carers visit twice a week to help her shower.", {SUP}),
        ("She manages her own money.", {NS}),
        ("She reads slowly and her husband deals with money for her.", {SUP}),
    ]
    return turns, report


def _case_17():
    # WCA, video, severe ME/CFS, lying down, asks for a rest break.
    turns = [
        (
            "A",
            "Hi Rachel, I've got you on screen now. I can see you're lying down, that's absolutely fine.",
        ),
        ("C", "Thanks. Sorry. I can't sit up for long, I've propped the tablet on a cushion."),
        ("A", "Tell me about your ME."),
        (
            "C",
            "Eight years. It started after glandular fever. I'm classed as severe now. I'm housebound mostly. Out of the house maybe once a fortnight, for the GP, in a wheelchair.",
        ),
        ("A", "What can you do in a day?"),
        (
            "C",
            "I've got maybe two hours of being upright, spread out. Fifteen minutes at a time. If I overdo it I get post-exertional malaise, I'm in bed for days, and light and noise, I can't stand them.",
        ),
        ("A", "Can you prepare food?"),
        (
            "C",
            "My husband leaves things in the fridge. I can put something in the microwave on a good day. I've got a perching stool.",
        ),
        ("A", "Reading, concentrating?"),
        (
            "C",
            "A page of a book, and then the words swim. I use audiobooks, at low volume, for ten minutes.",
        ),
        ("A", "Could we talk about personal care?"),
        ("C", "Sorry, can we stop for a bit? I need to close my eyes. Five minutes?"),
        ("A", "Of course. I'll wait."),
        (
            "C",
            "Okay. Thanks. Personal care, I have a shower once a week, sitting down, and my husband washes my hair. The rest is wipes in bed.",
        ),
        ("A", "Thank you, Rachel. I'll let you rest now."),
    ]
    report = [
        ("The consultation was held by video.", {SUP}),
        ("She sat upright throughout the consultation.", {IMP}),
        ("She has had ME for eight years, following glandular fever.", {SUP}),
        ("She leaves the house around once a week.", {NC, QD}),
        ("She is able to be upright for around two hours a day.", {QD}),
        ("She can prepare a simple microwave meal.", {QD}),
        ("No rest breaks were required during the consultation.", {IMP}),
        ("She showers once a week, seated, and her husband washes her hair.", {SUP}),
    ]
    return turns, report


def _case_18():
    # PIP, telephone, schizophrenia in supported housing, support worker speaks.
    turns = [
        (
            "A",
            "Hello, this is Diane, I'm the disability assessor calling for Kwame Mensah's PIP assessment. There's a bit of an echo on the line, can you hear me alright?",
        ),
        (
            "P",
            "Hi, yes, I'm Joe, Kwame's support worker. We're in the office at his supported housing, he's right next to me. Kwame, say hello.",
        ),
        ("C", "Hello."),
        ("A", "Hello Kwame. Can you tell me about your mental health?"),
        (
            "C",
            "Schizophrenia. I hear voices. They tell me things about people. I'm on the injection.",
        ),
        ("A", "How often do you have the injection?"),
        ("C", "Every two weeks. The nurse comes."),
        ("A", "Do you cook for yourself?"),
        ("C", "No. Not really. I eat what Joe brings, or the takeaway."),
        (
            "P",
            "We stopped him using the cooker after he left it on overnight. He can use the microwave if staff are there. Without prompting he'd not eat at all some days.",
        ),
        ("A", "Do you manage your money?"),
        ("C", "Joe does it."),
        (
            "P",
            "We manage his money. He gets forty pounds a week in cash, given twice, twenty on Monday and twenty on Thursday, because he was giving it all away.",
        ),
        ("A", "Do you go out, Kwame?"),
        ("C", "To the park. With Joe. Not on my own, the voices get loud outside."),
        ("A", "Do you meet other people, friends?"),
        ("C", "No. I think people talk about me."),
        ("A", "Okay, thank you both. I think that's everything I need."),
    ]
    report = [
        ("The assessment was by telephone, with his support worker present.", {SUP}),
        ("He receives a depot injection every four weeks.", {NC}),
        ("He is able to cook a simple meal using the microwave.", {QD}),
        ("All answers were given by the claimant himself.", {IMP}),
        ("Staff give him forty pounds a week in cash in two instalments.", {SUP}),
        ("He goes out to the park.", {QD}),
        ("He reported that he meets up with friends regularly.", {NS}),
        ("Informal observation: he appeared calm and was not responding to unseen stimuli.", {IMP}),
    ]
    return turns, report


def _case_19():
    # WCA, face to face, diabetic below-knee amputation; declines removal of prosthesis.
    turns = [
        (
            "A",
            "Afternoon, Dennis. I'm Lorraine, I'm a nurse. It's two o'clock, let's start. How did you get here?",
        ),
        ("C", "Taxi. The driver helped me with the steps at the front, there's no rail."),
        ("A", "Tell me about your leg."),
        (
            "C",
            "Right leg off below the knee, eighteen months ago. Diabetes, it was an ulcer that wouldn't heal. I've got a prosthesis but the stump keeps breaking down, so half the time I can't wear it.",
        ),
        ("A", "When you can wear it, how far can you walk?"),
        (
            "C",
            "With the leg and two crutches, thirty metres, maybe forty on a good day. Then the stump's sore and I have to sit. Without the leg I'm in the wheelchair.",
        ),
        ("A", "How many days can you wear it?"),
        ("C", "Last month, um, about ten days out of the thirty. It varies."),
        ("A", "Would you mind taking the prosthesis off so I can have a look at the stump?"),
        ("C", "I'd rather not, honestly. It took me twenty minutes to get it on this morning."),
        ("A", "That's fine, we'll leave it. How about your diabetes?"),
        (
            "C",
            "Insulin, four times a day. I have hypos, two or three a week, I get shaky and sweaty, and sometimes I don't feel them coming. My eyesight's going too, retinopathy.",
        ),
        ("A", "Can you stand for long?"),
        ("C", "On the leg, five minutes, holding something. Not without holding on."),
        ("A", "Okay, thank you, Dennis."),
    ]
    report = [
        ("He travelled to the centre by taxi.", {SUP}),
        ("He had a right below-knee amputation eighteen months ago.", {SUP}),
        ("He can walk thirty to forty metres with his prosthesis.", {QD}),
        ("He is able to wear his prosthesis on around twenty days a month.", {NC}),
        ("Examination: the stump was well healed with no skin breakdown.", {IMP}),
        ("He reported hypoglycaemic episodes two or three times a month.", {NC}),
        ("He can stand for five minutes.", {QD}),
        ("He uses insulin four times a day.", {SUP}),
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
FIRST_SEED = 24000


def make_case_24(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    index = seed - FIRST_SEED
    if not 0 <= index < len(_CASES):
        raise ValueError(
            f"seed {seed} is out of range: blind set 24 has seeds {FIRST_SEED} to {FIRST_SEED + len(_CASES) - 1}"
        )
    rng = random.Random(seed)
    assessor, claimant, companion = rng.sample(VOICES, 3)
    voice_of = {"A": assessor, "C": claimant, "P": companion}
    turns, report = _CASES[index]()
    dialogue = [(0 if role == "A" else 1, voice_of[role], text) for role, text in turns]
    return dialogue, [(s, set(l)) for s, l in report]  # noqa: E741
