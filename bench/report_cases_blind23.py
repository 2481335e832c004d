"""Blind held-out set 25 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty PIP (PA4) and WCA (ESA85) consultations across three channels: face to face at an
assessment centre or on a home visit, telephone, and video (including a video call with the
claimant's camera not working). Conditions include fibromyalgia, COPD, OCD, early-onset
Alzheimer's disease, lumbar spinal fusion, anorexia nervosa, learning disability, heart failure,
Crohn's disease, retinitis pigmentosa, multiple sclerosis, Meniere's disease, PTSD, epilepsy,
bipolar disorder, stroke, autism, long COVID / ME, rheumatoid arthritis and a diabetic
below-knee amputation. Nine cases have a companion who speaks (partner, parent, adult child,
support worker, advocate). Report statements mix faithful paraphrase with changed figures,
dropped limits, things never said, and claims the recording itself rules out.
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
    # PIP, face to face, fibromyalgia, husband present and speaks.
    turns = [
        (
            "A",
            "Hello, come on through, grab whichever chair looks comfiest. I'm Daniel, I'm a physiotherapist and I'll be doing your PIP assessment today. It's just gone twenty past nine, so we'll make a start. And you've brought someone with you?",
        ),
        (
            "C",
            "Yes, this is my husband, Gary. He comes to everything with me now, I don't really go anywhere on my own.",
        ),
        ("P", "Morning."),
        (
            "A",
            "Lovely. Can you tell me about the fibromyalgia, how it affects you from day to day?",
        ),
        (
            "C",
            "It's the pain mostly, it's everywhere, my legs, my shoulders, my hands. And the tiredness. Some days I can't get out of bed till gone eleven. I'd say the bad days are, what, four days a week? Maybe four.",
        ),
        ("P", "More like five, love. Honestly."),
        ("C", "Yeah, no, he's right, five, probably."),
        ("A", "And cooking, do you manage a meal for yourself?"),
        (
            "C",
            "I can do something simple, like beans on toast or a ready meal in the microwave. Anything with chopping, no, my hands just won't grip the knife. And I have to sit on a stool by the counter because I can't stand for more than about five minutes.",
        ),
        ("A", "How about getting washed?"),
        (
            "C",
            "I have a shower, but Gary has to be in the house in case I go over. I've got a seat in the shower. Washing my hair I can't do, my arms won't stay up, so he does that for me, every other day.",
        ),
        ("A", "And walking, if you went out to the shops say, how far could you get?"),
        (
            "C",
            "On a good day, maybe to the end of our road, which is, I don't know, about fifty yards? Then I have to stop and lean on something. I use a stick outside. On a bad day I don't go out at all.",
        ),
        ("A", "How long would you need to rest before carrying on?"),
        (
            "C",
            "A good ten minutes, sometimes longer. And then I'd have to turn round and come back, I couldn't go any further.",
        ),
        ("A", "Okay. Would you mind if I have a look at your range of movement in a minute?"),
        (
            "C",
            "That's fine. Could we stop for a second first though? I need to stand up, my hips have gone stiff with sitting.",
        ),
        ("A", "Of course, take your time, stand for as long as you need."),
        (
            "A",
            "Right, that's everything I need. It's coming up to ten past ten now, so thank you both for coming in.",
        ),
    ]
    report = [
        ("The consultation began at 09:20 and ended at 10:10.", {SUP}),
        ("She reported that her symptoms are worse on approximately two days per week.", {NC}),
        ("She stated she is able to prepare a simple meal using a microwave.", {QD}),
        ("Her husband washes her hair every other day as she cannot keep her arms raised.", {SUP}),
        (
            "She stated she can walk approximately 200 metres with a walking stick before needing to stop.",
            {NC},
        ),
        ("After a rest of about two minutes she is able to continue her journey.", {NC, NS}),
        (
            "Informal observation: she sat throughout the consultation without needing to change position.",
            {IMP},
        ),
        ("She stated that she showers using a shower seat.", {QD}),
        ("She does not go out at all on a bad day.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA, telephone, COPD, alone.
    turns = [
        (
            "A",
            "Hello, is that Mr Okafor? This is Sarah, I'm calling from the Health Assessment Advisory Service. Your work capability assessment is being done over the phone today. Can you hear me all right?",
        ),
        (
            "C",
            "Yes, I can hear you. Sorry, I might be a bit breathless, I've just come up the stairs to get the phone.",
        ),
        (
            "A",
            "No rush at all. You mentioned on the form that you wanted to record the call, is that still the case?",
        ),
        ("C", "Yes, my nephew set it up on the laptop, it's recording now."),
        ("A", "That's fine. Tell me about your breathing."),
        (
            "C",
            "It's COPD, they diagnosed it in twenty sixteen. I'm on two inhalers and I've got oxygen at home for the nights. I get chest infections, I had three last winter, and with one of them I ended up in hospital for four days.",
        ),
        ("A", "And walking on the flat, how far can you go before you have to stop?"),
        (
            "C",
            "Maybe thirty, forty metres. Across the car park at the surgery I have to stop halfway. Then I need a couple of minutes to get my breath back, and sometimes I use the blue inhaler.",
        ),
        ("A", "What about stairs?"),
        (
            "C",
            "I've got thirteen stairs at home and I take them one at a time, and I stop in the middle and sit down on the step. I sleep downstairs now, most of the time.",
        ),
        ("A", "Could you sit for an hour, say, at a desk?"),
        ("C", "Sitting's fine really. It's the breathing that's the problem, not the sitting."),
        ("A", "And picking something up, like a full kettle or a bag of shopping?"),
        (
            "C",
            "A kettle, yeah, if it's only half full. A bag of shopping, no, that knocks me right out, my daughter does the big shop.",
        ),
        ("A", "How are you in yourself, your mood?"),
        (
            "C",
            "Low, to be honest. I was a bus driver for twenty two years and now I can't walk to the bus stop.",
        ),
        ("A", "Okay. I've got everything I need, thank you. That's the end of the call."),
    ]
    report = [
        ("He was diagnosed with COPD in 2016.", {SUP}),
        (
            "He reported one chest infection last winter, which did not require hospital admission.",
            {NC, NS},
        ),
        (
            "He stated that he can mobilise approximately 100 metres on level ground before stopping.",
            {NC},
        ),
        ("He stated that he is able to climb a flight of stairs.", {QD}),
        ("He reported no difficulty with sitting.", {SUP}),
        ("He stated he can lift and carry a full kettle.", {QD}),
        ("Observation: there was no cyanosis of the lips or nail beds.", {IMP}),
        ("He uses home oxygen overnight.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP, video, OCD, mother present and speaks.
    turns = [
        (
            "A",
            "Hi Chloe, can you see and hear me okay? Your picture's come through fine on my screen. I'm Priya, I'm a nurse, and this is your PIP assessment by video today.",
        ),
        ("C", "Yes, I can see you. My mum's sitting next to me, is that alright?"),
        ("A", "That's absolutely fine. Hello."),
        ("P", "Hello, I'm Karen, her mum."),
        ("A", "Chloe, tell me a bit about the OCD."),
        (
            "C",
            "It's mostly contamination. I wash my hands, like, I don't know, forty times a day? Maybe more. They're cracked and bleeding. And checking, the door, the cooker.",
        ),
        ("A", "How long does it take you to get washed in the morning?"),
        (
            "C",
            "The shower takes about two hours. If I get interrupted I have to start again from the beginning.",
        ),
        ("P", "Some days it's been three. She uses all the hot water."),
        ("A", "And preparing food?"),
        (
            "C",
            "I can't touch raw meat at all. I'll eat toast, cereal. Mum cooks the tea every night. If I'm on my own I just don't eat, honestly.",
        ),
        ("A", "Does someone have to remind you to eat?"),
        (
            "P",
            "Every day. I text her at lunchtime when I'm at work, otherwise she won't have anything till I'm home.",
        ),
        ("A", "How is getting out of the house?"),
        (
            "C",
            "Leaving takes ages because I have to check everything. I check the door lock, um, like, twelve times? Then I'll go back and do it again. I've missed appointments because of it. And I can't get the bus on my own, if someone sneezes I have to get off.",
        ),
        ("A", "Are you having any treatment?"),
        (
            "C",
            "I'm on sertraline, a hundred milligrams, and I'm on the waiting list for CBT, it's been eleven months now.",
        ),
        ("A", "Thank you both, that's really helpful."),
    ]
    report = [
        ("The consultation was conducted by video, with the claimant's mother present.", {SUP}),
        ("She reported washing her hands approximately ten times a day.", {NC}),
        ("She stated that showering takes her around 20 minutes.", {NC}),
        ("She eats toast and cereal, and her mother cooks the evening meal.", {SUP}),
        ("She reported that she eats regularly without the need for prompting.", {NS}),
        ("She stated that she checks the door lock before leaving the house.", {QD}),
        ("Current medication: sertraline 50mg daily.", {NC}),
        ("On examination, grip strength was normal and equal bilaterally.", {IMP}),
        ("She has been on the waiting list for CBT for eleven months.", {SUP}),
    ]
    return turns, report


def _case_03():
    # PIP, telephone, early-onset Alzheimer's, wife present and speaks.
    turns = [
        (
            "A",
            "Good afternoon, I'm calling about your Personal Independence Payment assessment. We've got it booked in as a phone appointment for two o'clock. Am I speaking to Mr Hughes?",
        ),
        ("C", "Yes, that's me. My wife's here too, I've put you on the speaker."),
        ("P", "Hello, I'm Linda."),
        ("A", "Hi Linda. Mr Hughes, when were you diagnosed?"),
        ("C", "It was... two years ago? Linda?"),
        ("P", "Three years in March. He was fifty one."),
        ("C", "Fifty one, yeah."),
        ("A", "Can you tell me how you manage your tablets?"),
        (
            "C",
            "Linda does them. She puts them in the box thing, the dosette. If she didn't, I'd forget, or take them twice.",
        ),
        ("P", "He did take them twice once, last summer, we ended up at A and E."),
        ("A", "And cooking?"),
        (
            "C",
            "I don't cook now. I left the gas on. Twice. So Linda turned it off at the wall. I can make a sandwich if she's got the stuff out for me.",
        ),
        ("A", "Managing money, paying for things in a shop?"),
        (
            "C",
            "I get confused with the change. I gave a lad a twenty pound note for a paper last week and didn't wait for the change.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "I go to the paper shop, it's at the end of the road. Just that. I got lost once coming back from the barber's, and that's only round the corner.",
        ),
        ("P", "The police brought him home. That was in January."),
        ("A", "When you're having a conversation with people, do you follow what's being said?"),
        ("C", "Sorry, can you say that again? I lost it halfway through."),
        ("A", "Of course. When you're talking to people, can you keep up with the conversation?"),
        ("C", "Not really. Not if there's more than one person. I lose the thread."),
        (
            "A",
            "Okay, that's all my questions. We've finished at about twenty to three, so thank you both.",
        ),
    ]
    report = [
        ("The telephone consultation started at 14:00 and ended at 15:40.", {IMP}),
        ("He was diagnosed with Alzheimer's disease at the age of 51.", {SUP}),
        ("He stated that he takes his medication from a dosette box.", {QD}),
        ("He stated he can prepare a sandwich.", {QD}),
        ("He reported that he has left the gas on on one occasion.", {NC}),
        ("He stated he goes out alone to the local shop and has never become lost.", {NS}),
        ("He followed the conversation well and did not need any questions repeated.", {IMP}),
        (
            "His wife reported that he was brought home by the police in January after becoming lost.",
            {SUP},
        ),
        (
            "He described handing over a twenty pound note for a newspaper and leaving without his change.",
            {SUP},
        ),
    ]
    return turns, report


def _case_04():
    # WCA, face to face, lumbar spinal fusion, alone.
    turns = [
        (
            "A",
            "Afternoon, Mr Patel? Come in. I'm Joanne, I'm a healthcare professional and I'll be doing your work capability assessment. Take a seat.",
        ),
        (
            "C",
            "If it's alright I'll stand for a bit first, I've been sat in the car for forty minutes getting here.",
        ),
        ("A", "Of course. Tell me about the surgery."),
        (
            "C",
            "I had a spinal fusion, L four L five, in September last year. It was meant to fix it, but the pain down my left leg is still there. Worse, some days.",
        ),
        ("A", "What are you taking for it?"),
        (
            "C",
            "Pregabalin, seventy five twice a day, and co-codamol, the thirty five hundreds, up to eight tablets a day. They make me drowsy, I nod off in the afternoon.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "About twenty minutes, then I have to get up and move about. At home I lie down in the afternoon for an hour, most days.",
        ),
        ("A", "And standing?"),
        (
            "C",
            "Standing still is worse than walking. Maybe ten minutes at the sink, and by then I'm leaning on it with both hands.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "With the crutch I can get maybe two hundred yards. Without it, much less, and I've been told to use it.",
        ),
        ("A", "Bending down, say to pick up a pen off the floor?"),
        (
            "C",
            "I've got a grabber. I can't bend, they told me not to after the fusion. I can't put my own socks on, my wife does that.",
        ),
        ("A", "Okay. Are you still working?"),
        ("C", "No, I was a warehouse operative, I've not been back since the op."),
        (
            "A",
            "Right, I'm going to ask you to do a few movements, just what you're comfortable with.",
        ),
        ("C", "Can I just stand up again first, sorry, it's gone into my leg."),
        ("A", "Sure. Take a minute."),
    ]
    report = [
        ("He reported having a lumbar spinal fusion in September of last year.", {SUP}),
        ("He takes co-codamol 30/500, up to four tablets a day.", {NC}),
        ("He stated that he can sit for around an hour before needing to move.", {NC}),
        ("He stated he can stand for approximately ten minutes.", {QD}),
        ("He reported he can walk approximately 200 yards.", {QD}),
        ("He stated he is able to bend to pick up objects from the floor.", {NS}),
        (
            "Informal observation: he sat comfortably throughout the assessment without standing.",
            {IMP},
        ),
        ("He lies down for an hour on most afternoons.", {SUP}),
    ]
    return turns, report


def _case_05():
    # PIP, telephone, anorexia nervosa, alone.
    turns = [
        (
            "A",
            "Hiya, it's Marcus from the assessment provider, I'm ringing for your PIP telephone assessment. Have you got somewhere quiet you can talk?",
        ),
        ("C", "Yeah, I'm in my room."),
        ("A", "Before we start, you know the call is being recorded?"),
        ("C", "Yes, that's fine."),
        ("A", "Can you tell me about your eating disorder?"),
        (
            "C",
            "I've had anorexia since I was fourteen. I was in an inpatient unit last year for, um, nine weeks. I'm under the community eating disorder team now, I see them every week.",
        ),
        ("A", "How do you get on with eating, preparing meals?"),
        (
            "C",
            "I follow a meal plan. But I can't really do it on my own, my dietitian said I shouldn't make my own meals right now, because I'd cut the portions down. My dad makes my dinner and he sits with me while I eat it. If he's not there I just won't eat.",
        ),
        ("A", "Roughly how long does a meal take?"),
        ("C", "Dinner, maybe an hour. Sometimes more. I get really distressed."),
        ("A", "Sorry, what was that? The line's breaking up a bit."),
        ("C", "I said, about an hour, sometimes longer."),
        ("A", "Got it. How about washing and dressing?"),
        (
            "C",
            "I can do that, mostly. I get cold and dizzy in the shower so I keep it short and I sit down on the floor if I get lightheaded. I've fainted twice in the bathroom this year.",
        ),
        ("A", "And going out?"),
        (
            "C",
            "To my appointments. My dad drives me. I wouldn't cope on a bus with people, I get panic attacks, probably three or four a week.",
        ),
        ("A", "Okay, that's everything. Thanks for your time."),
    ]
    report = [
        ("She has had anorexia nervosa since the age of 14.", {SUP}),
        ("She stated that she prepares her own meals, following a meal plan.", {NS}),
        ("She stated a meal takes her approximately 20 minutes to finish.", {NC}),
        ("She stated that she can wash and dress without difficulty.", {QD}),
        ("She reported fainting on one occasion in the bathroom this year.", {NC}),
        ("She experiences panic attacks three or four times a week.", {SUP}),
        ("Informal observation: she appeared thin and pale, and was appropriately dressed.", {IMP}),
        ("She is seen weekly by the community eating disorder team.", {SUP}),
    ]
    return turns, report


def _case_06():
    # PIP, face to face home visit, learning disability, support worker speaks.
    turns = [
        (
            "A",
            "Hi Jamie, I'm Helen. Thanks for having me round to your flat today. And you must be from the support service?",
        ),
        ("P", "Yes, I'm Tariq, I'm Jamie's support worker, I'm with him three days a week."),
        ("A", "Lovely. Jamie, is it okay if I ask you some questions?"),
        ("C", "Yeah. Okay."),
        ("A", "Do you do any cooking, Jamie?"),
        ("C", "I do toast. And I do the pot noodle. With the kettle."),
        (
            "P",
            "He can do those, but we've had a couple of near misses with the hob, so the hob's isolated now. On my days we cook together, and I leave meals in the freezer with pictures on for the other days.",
        ),
        (
            "A",
            "Jamie, if something cost three pounds fifty and you gave the shop five pounds, how much would you get back?",
        ),
        ("C", "Um... I don't know. Two?"),
        ("A", "That's okay. Do you pay your bills, Jamie?"),
        ("P", "No, his mum's his appointee, she does all of that."),
        ("A", "Do you go out on your own at all?"),
        ("C", "I go to the day centre on the bus. The number twelve. Tariq showed me."),
        (
            "P",
            "That's right, it's one route, the same bus every time, and it took us about six months of practising. If the bus is diverted he rings me, he can't work out another way. He ended up in the wrong town once.",
        ),
        ("A", "And meeting new people?"),
        ("C", "I don't like it. I go red."),
        ("A", "Does Jamie need reminding to wash?"),
        (
            "P",
            "Every morning. We've got a picture chart on the bathroom door, and his mum phones him. Without that he'd go days.",
        ),
        ("A", "Okay, I think that's all I need. Thank you Jamie, thank you Tariq."),
    ]
    report = [
        (
            "The consultation took place at the claimant's home with his support worker present.",
            {SUP},
        ),
        ("His support worker visits two days a week.", {NC}),
        ("He stated that he cooks meals for himself using the hob.", {NS}),
        (
            "Mental state examination: he correctly calculated the change from five pounds for an item costing three pounds fifty.",
            {IMP},
        ),
        ("He travels independently by bus to his day centre.", {QD}),
        ("He learned the bus route after around two weeks of practice.", {NC}),
        ("His mother acts as his appointee and deals with his bills.", {SUP}),
        ("He manages his personal hygiene.", {QD}),
        ("He said he does not like meeting new people.", {SUP}),
    ]
    return turns, report


def _case_07():
    # WCA, video, heart failure, alone.
    turns = [
        (
            "A",
            "Hello, Mrs Adeyemi? You froze for a second there... there we are, you're back. I'm Tom, I'm a paramedic by background, and I'm doing your work capability assessment over video today.",
        ),
        ("C", "Hello, yes, sorry, the internet's not great here. My son set up the tablet for me."),
        ("A", "No problem at all. Can you tell me about your heart condition?"),
        (
            "C",
            "I've got heart failure. They found it after I had a heart attack in twenty twenty one. My heart's only pumping at about thirty per cent, they said. I've got a defibrillator fitted.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "Oh, a lot. Bisoprolol, ramipril, furosemide, that's the water tablet, two in the morning. Spironolactone. I've got the list here somewhere.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Not far. To the bus stop, it's about, what, sixty yards, and I have to stop twice on the way. My ankles swell up and I get breathless.",
        ),
        ("A", "And stairs?"),
        ("C", "I can't do a full flight any more. I had a stairlift put in, in May."),
        ("A", "How's your sleep?"),
        (
            "C",
            "Poor. I sleep propped up on three pillows, or I can't breathe. And I'm up to the toilet with the water tablets.",
        ),
        ("A", "Do you manage any housework?"),
        (
            "C",
            "A bit of dusting, sitting down. Hoovering, no, my daughter comes every Saturday and does that.",
        ),
        ("A", "Could you pick up a two litre bottle of water, do you think?"),
        (
            "C",
            "I could lift it, yes. Carry it across the room, probably not, I'd have to put it down halfway.",
        ),
        ("A", "Okay. Thank you, that's everything."),
    ]
    report = [
        (
            "She had a myocardial infarction in 2021, after which heart failure was diagnosed.",
            {SUP},
        ),
        (
            "She stated that she walks to the bus stop, which is approximately 200 metres away.",
            {NC, QD},
        ),
        ("She has an implanted defibrillator.", {SUP}),
        ("She stated that she can climb a flight of stairs.", {NS}),
        ("She sleeps propped up on two pillows.", {NC}),
        ("She stated that she does the dusting at home.", {QD}),
        ("She stated that she can lift and carry a two litre bottle of water.", {QD}),
        ("On examination there was no pitting oedema of either ankle.", {IMP}),
        ("She reported that her heart function is around 45 per cent.", {NC}),
    ]
    return turns, report


def _case_08():
    # PIP, telephone, Crohn's disease, alone, break for the toilet.
    turns = [
        (
            "A",
            "Hi there, this is Gemma, I'm a nurse calling on behalf of the DWP for your PIP assessment. It'll be over the phone today, and it usually takes about an hour. Is now still a good time?",
        ),
        (
            "C",
            "Yeah, it's fine. Just so you know, I might have to go to the toilet partway through, it's, you know, it's the Crohn's.",
        ),
        ("A", "That's completely fine, just tell me. How often are you needing the toilet?"),
        (
            "C",
            "On a bad day, fifteen, twenty times. On a better day maybe six or seven. And it's urgent, I've got about a minute's warning, if that.",
        ),
        ("A", "How many bad days would you say you get?"),
        (
            "C",
            "It comes in flares. Last year I had, um, four flares, and each one was two or three weeks. And in between I'm still not right.",
        ),
        ("A", "Have you had any surgery?"),
        (
            "C",
            "Yes, a bowel resection in twenty nineteen. I had a stoma for a year, it's been reversed now.",
        ),
        ("A", "Do you have accidents?"),
        (
            "C",
            "Yeah. A few times a month. I've had to start wearing pads, which, at thirty five, isn't great.",
        ),
        ("A", "How does it affect going out?"),
        (
            "C",
            "I have to know where the toilets are. I've got the radar key. I don't go anywhere new. I won't get on a train, there's no way.",
        ),
        ("C", "Sorry, I'm going to have to go now, can you give me five minutes?"),
        ("A", "Of course, I'll hold."),
        ("C", "Sorry about that. I'm back."),
        ("A", "No problem. How's your eating?"),
        (
            "C",
            "I'm on a low residue diet. I lost about two stone last year. And I'm really tired all the time, I sleep in the afternoons.",
        ),
        ("A", "Okay, I think that's everything. Thanks very much."),
    ]
    report = [
        ("On better days he needs the toilet six or seven times a day.", {SUP}),
        ("He reported two flares in the past year.", {NC}),
        ("He had a bowel resection in 2019, and his stoma has since been reversed.", {SUP}),
        ("He reported occasional accidents, approximately once every few months.", {NC}),
        ("He stated he is able to plan and follow journeys.", {QD}),
        ("The consultation proceeded without any breaks.", {IMP}),
        ("He reported weight loss of around half a stone over the last year.", {NC}),
        ("He described his energy levels as good.", {NS}),
    ]
    return turns, report


def _case_09():
    # PIP, face to face, retinitis pigmentosa with guide dog, attended without a companion in the room.
    turns = [
        (
            "A",
            "Hello, Ms Clarke? I'm Alan, I'll be doing your PIP assessment. Would you like to take my arm, or is the dog okay to bring you through?",
        ),
        ("C", "She's fine, thanks. Just tell me where the chair is. Got it."),
        ("A", "Can you tell me about your sight?"),
        (
            "C",
            "I've got retinitis pigmentosa. I've got about five degrees of vision left in my right eye, and the left is just light and dark really. I was registered severely sight impaired in twenty eighteen.",
        ),
        ("A", "How did you get here today?"),
        (
            "C",
            "My partner dropped me off, he's waiting in the car. I wouldn't have found the building on my own, it's somewhere I've not been before.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "With Bella, yes, on routes I know. The shop, the school. Somewhere new I need someone with me, or I get a mobility officer to train me on the route first, and that takes, oh, several sessions.",
        ),
        ("A", "Reading?"),
        (
            "C",
            "I can't read print at all. I use the screen reader on my phone. Letters, my partner reads them, or I scan them with an app, but it gets things wrong, especially handwriting.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I cook, but I've got tactile bumps on the oven, and a liquid level indicator for hot drinks. I've burnt myself a few times, I won't use the hob when I'm tired.",
        ),
        ("A", "I'm just going to hold up some fingers. How many can you see?"),
        ("C", "Sorry, I can't see your hand at all. Where is it?"),
        (
            "A",
            "That's fine, it's off to your left. Okay, that's everything, thank you. I'll walk you back out.",
        ),
    ]
    report = [
        ("She was registered severely sight impaired in 2018.", {SUP}),
        ("She attended the assessment with her guide dog.", {SUP}),
        ("She reported approximately fifteen degrees of vision remaining in her right eye.", {NC}),
        ("She stated that she travels independently with her guide dog.", {QD}),
        ("She stated she is able to read her letters using a scanning app.", {QD}),
        (
            "Visual fields to confrontation: she correctly counted fingers in all four quadrants.",
            {IMP},
        ),
        ("She stated that she would be able to find an unfamiliar building on her own.", {NS}),
    ]
    return turns, report


def _case_10():
    # WCA, telephone, multiple sclerosis, alone.
    turns = [
        (
            "A",
            "Morning, is that Mrs Kowalski? Lovely. My name's Rebecca, I'm a physiotherapist, and I'm calling for your work capability assessment, which we're doing by phone today. It's half past nine now, and it should take around forty five minutes.",
        ),
        ("C", "Morning. Yes, sorry, I've just sat down, I'm ready."),
        ("A", "Tell me about your MS."),
        (
            "C",
            "It's relapsing remitting, diagnosed in twenty fourteen. I had a relapse in... it would have been February, my left leg went completely and I was in hospital eight days. It's come back, partly.",
        ),
        ("A", "How far can you walk now?"),
        (
            "C",
            "Indoors, holding the furniture, I'm fine. Outside with my rollator, maybe fifty metres before the leg starts dragging. Then I'm done, I have to sit on the seat of the rollator for a good while. I'm not safe on my own outside really, I've fallen three times since Christmas.",
        ),
        ("A", "And your hands?"),
        (
            "C",
            "My right hand's numb. I drop things. Writing's hard, I can sign my name but a whole form, no, my husband filled in my form.",
        ),
        ("A", "Fatigue?"),
        (
            "C",
            "That's the worst. I sleep two hours in the afternoon. Some days I can't get up at all. I'd say I've got maybe three or four decent hours in a day.",
        ),
        ("A", "Any problems with your bladder?"),
        ("C", "Urgency. I've had accidents, maybe once a week. I self-catheterise at night."),
        ("A", "Could you use a keyboard, say?"),
        ("C", "For a few minutes, then my hand goes numb and I'm making mistakes."),
        ("A", "Okay, thanks. It's quarter past ten, so we'll finish there."),
    ]
    report = [
        ("The consultation started at 09:30 and lasted approximately 45 minutes.", {SUP}),
        ("She was diagnosed with relapsing remitting multiple sclerosis in 2004.", {NC}),
        ("She stated that she can walk approximately 50 metres outdoors using a rollator.", {QD}),
        ("She reported one fall since Christmas.", {NC}),
        ("She sleeps for two hours in the afternoon.", {SUP}),
        ("She stated she can use a keyboard.", {QD}),
        ("She reported no problems with continence.", {NS}),
        (
            "Informal observation: she walked into the room using a stick, with a steady gait.",
            {IMP},
        ),
        ("She reported that she completed the claim form herself.", {NS}),
    ]
    return turns, report


def _case_11():
    # PIP, video, Meniere's disease, wife present and speaks.
    turns = [
        (
            "A",
            "Hello, Mr Brennan, I'm Siobhan. We're on a video call today for your PIP assessment, and I can see you've got someone sitting beside you?",
        ),
        (
            "C",
            "That's my wife, Maureen. Sorry, you'll need to speak up a bit, my hearing's bad on the left.",
        ),
        ("A", "Of course, I'll speak louder. Tell me about the Meniere's."),
        (
            "C",
            "It's attacks of vertigo. The room spins, I'm sick, and it lasts anything from an hour to, the worst one, about six hours. I get them two or three times a week at the moment.",
        ),
        ("P", "And in between he's wobbly. He holds on to the walls."),
        ("A", "Are there warning signs?"),
        (
            "C",
            "Sometimes. Pressure in the ear, the tinnitus gets louder. Sometimes nothing, it just hits me. I fell in the kitchen in August and cut my head open.",
        ),
        ("A", "How does it affect washing?"),
        (
            "C",
            "I don't shower when I'm on my own, Maureen has to be in. I had a bath once and had an attack in it, never again.",
        ),
        ("A", "Preparing food?"),
        ("C", "Not the hob. Only the microwave, and only if someone's home."),
        ("A", "Getting out and about?"),
        (
            "C",
            "I don't drive any more, they took my licence. I get the bus if Maureen's with me. I'd not go on my own, if I had an attack at the bus stop...",
        ),
        (
            "P",
            "He did, last spring. He was on the floor at the stop for forty minutes before a stranger phoned me.",
        ),
        ("A", "And hearing, conversations?"),
        (
            "C",
            "I've got a hearing aid in the left. In a noisy room I can't follow. Could you say that last bit again? Sorry.",
        ),
        ("A", "I said, do you use the phone much?"),
        ("C", "Not really, Maureen makes the calls."),
        ("A", "Okay. That's all, thank you both."),
    ]
    report = [
        ("He reported vertigo attacks occurring two to three times a week.", {SUP}),
        ("He stated that attacks last up to one hour.", {NC}),
        ("He stated he showers independently.", {QD}),
        ("He travels by bus.", {QD}),
        (
            "His wife reported that he lay at a bus stop for around ten minutes after an attack last spring.",
            {NC},
        ),
        ("Informal observation: he heard normal conversational speech without difficulty.", {IMP}),
        ("He stated he still drives short distances.", {NS}),
        ("He fell in the kitchen in August and cut his head.", {SUP}),
    ]
    return turns, report


def _case_12():
    # WCA, face to face, PTSD, veterans' advocate present and speaks.
    turns = [
        ("A", "Come in, Mr Reid. I see you've brought someone along."),
        ("P", "Hi, I'm Dawn, from the veterans' advocacy service."),
        ("C", "Can I sit facing the door? I need to see the door."),
        (
            "A",
            "Sure, swap chairs with me. I'm Neil, I'm a nurse, and I'm doing your work capability assessment today. Can you tell me how the PTSD affects you?",
        ),
        (
            "C",
            "Nightmares, most nights. Flashbacks, two or three times a week, anything can set it off. A car backfiring. I don't sleep more than three hours a night.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Early morning, when it's quiet. I walk the dog at five in the morning so I don't see anyone. I don't do shops, I do it all online.",
        ),
        ("A", "How about coping with change, if plans changed at short notice?"),
        (
            "C",
            "I go to pieces. If an appointment gets moved I can't handle it, I'll cancel everything.",
        ),
        (
            "P",
            "He nearly didn't come today because the letter had the wrong room number on it. I had to ring ahead for him.",
        ),
        ("A", "Have you ever had thoughts of harming yourself?"),
        (
            "C",
            "Yeah. Two years ago I took an overdose. I'm under the crisis team now, on and off. I've not... not recently. But it's there.",
        ),
        ("A", "Are you having any treatment?"),
        (
            "C",
            "Trauma therapy, EMDR, once a fortnight. And mirtazapine, forty five milligrams at night.",
        ),
        ("A", "Do you want to stop there a second, do you need a minute?"),
        ("C", "Yeah. Yeah, give me a minute. Sorry."),
        ("A", "Take all the time you need."),
        ("A", "Okay. That's everything. Thank you, both of you."),
    ]
    report = [
        ("He attended the assessment accompanied by an advocate.", {SUP}),
        ("He reported experiencing flashbacks approximately once a month.", {NC}),
        ("He stated that he goes out to walk his dog.", {QD}),
        ("He stated that he copes well with changes to his plans.", {NS}),
        ("He denied any history of self-harm or suicidal ideation.", {NS}),
        ("He takes mirtazapine 15mg at night.", {NC}),
        (
            "Mental state examination: he remained calm and settled throughout, with no signs of distress.",
            {IMP},
        ),
        ("He receives EMDR trauma therapy once a fortnight.", {SUP}),
    ]
    return turns, report


def _case_13():
    # PIP, telephone, epilepsy, adult son present and speaks.
    turns = [
        (
            "A",
            "Hello, this is Craig, calling from the assessment centre. You're expecting a phone call for your PIP assessment this morning, is that right?",
        ),
        ("C", "Yes. My son's here as well, he's going to help me, I've put you on loudspeaker."),
        ("P", "Hi, I'm Ryan."),
        ("A", "Hi Ryan. Mrs Shah, can you tell me about your seizures?"),
        (
            "C",
            "I have the tonic clonic ones, maybe two a month, and the absence ones, lots, I don't know how many, I don't always know I've had them.",
        ),
        ("P", "I'd say the absences are most days. Several a day, sometimes."),
        ("A", "Do you get any warning?"),
        (
            "C",
            "No. No warning. That's the problem. I've bitten my tongue, I broke my wrist in one, that was in twenty twenty two.",
        ),
        ("A", "After a seizure, how long does it take you to recover?"),
        (
            "C",
            "I'm wiped out for the rest of the day. Confused for a couple of hours, then I just sleep.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "Only when Ryan's in. He said I'm not to use the cooker on my own, and he's right. I had a seizure with a pan on once.",
        ),
        ("A", "Bathing?"),
        (
            "C",
            "Showers only, with the door unlocked, and someone in the house. I can't have baths.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Levetiracetam and lamotrigine. Ryan does the dosette because I forget whether I've had them, especially after a seizure.",
        ),
        ("A", "Going out?"),
        (
            "C",
            "I never go out on my own. Ryan or my sister comes with me. I can't drive, obviously.",
        ),
        ("A", "Okay, and can I just ask what time you make it? My system's showing something odd."),
        ("C", "It's, um, five past eleven."),
        ("A", "Thanks. So we started about twenty five to. I'll wrap up there, thank you both."),
    ]
    report = [
        ("The consultation lasted approximately one and a half hours.", {IMP}),
        ("She reported tonic-clonic seizures approximately twice a month.", {SUP}),
        ("She reported absence seizures about once a week.", {NC}),
        ("She stated she usually gets a warning before a seizure.", {NS}),
        ("She stated that she recovers from a seizure within about half an hour.", {NC}),
        ("She stated she can cook a meal.", {QD}),
        ("She showers independently, leaving the door unlocked.", {QD}),
        ("She broke her wrist during a seizure in 2022.", {SUP}),
    ]
    return turns, report


def _case_14():
    # WCA, telephone, bipolar disorder, alone.
    turns = [
        ("C", "Hello?"),
        (
            "A",
            "Hi, is that Mr Thompson? It's Laura, from the Health Assessment Advisory Service. You should have had a letter saying your work capability assessment would be over the phone this morning.",
        ),
        (
            "C",
            "Yeah, I got it. Sorry, I nearly didn't answer, I don't pick up numbers I don't know.",
        ),
        ("A", "That's alright. Can you tell me about your mental health?"),
        (
            "C",
            "Bipolar. Type one. Diagnosed when I was twenty three. I was sectioned in twenty twenty for, uh, about three months. Now it's mostly the depression side. I was high in the spring for a couple of weeks and spent money I didn't have.",
        ),
        ("A", "What's a typical day like at the moment?"),
        (
            "C",
            "I don't really get up before two. I don't wash most days, to be honest, maybe twice a week if I make myself. My sister comes round on Sundays and makes me.",
        ),
        ("A", "Do you manage your finances?"),
        (
            "C",
            "My sister's got third party on my bank now, after the spending. She gives me fifty quid a week.",
        ),
        ("A", "Any thoughts of suicide?"),
        ("C", "Yeah, sometimes. Not plans. The crisis team ring me every Tuesday."),
        ("A", "Meeting people you don't know?"),
        (
            "C",
            "I can't. I'd not answer the door. I'm not even good on the phone, this is... this is hard.",
        ),
        ("A", "Medication?"),
        ("C", "Lithium, and quetiapine, three hundred at night. They make me sleep twelve hours."),
        ("A", "Thank you. I know that's not easy. We'll leave it there."),
    ]
    report = [
        ("He was diagnosed with bipolar affective disorder at the age of 33.", {NC}),
        (
            "He was detained under the Mental Health Act in 2020 for approximately three months.",
            {SUP},
        ),
        ("He stated he washes four times a week.", {NC, QD}),
        ("He stated that he manages his own money.", {QD}),
        ("He denied any suicidal thoughts.", {NS}),
        ("The crisis team contact him weekly.", {SUP}),
        ("Mental state examination: good eye contact was maintained throughout.", {IMP}),
        ("He takes quetiapine 300mg at night.", {SUP}),
    ]
    return turns, report


def _case_15():
    # PIP, face to face, stroke, daughter present and speaks.
    turns = [
        (
            "A",
            "Hello, Mr Evans, come on in, mind the step there. I'm Claire, I'm an occupational therapist. Is this your daughter?",
        ),
        ("P", "Yes, I'm Sian. I do most of his care."),
        ("A", "Lovely. Mr Evans, when was the stroke?"),
        ("C", "November, two years ago. Left side. My arm's no use really, and the leg drags."),
        ("A", "How about dressing?"),
        (
            "C",
            "I can get my top on, just about, if it's loose. Buttons, no. Sian does my buttons and my shoes, I can't tie laces one handed. It takes me half an hour just to get a jumper on.",
        ),
        ("A", "Toileting?"),
        (
            "C",
            "I've got a raised seat and a rail. I manage, mostly. At night I've got a bottle by the bed.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I can't. I tried to make a cup of tea and spilt the kettle on my hand. Sian does all my meals and she cuts my food up for me.",
        ),
        (
            "P",
            "And he forgets things now. He'll leave the tap running. The stroke affected his memory.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "With the quad stick, about twenty yards, in the house. Outside I'm in the wheelchair, Sian pushes it.",
        ),
        ("A", "Could you manage your appointment letters, reading them?"),
        ("C", "I can read. Understanding them is another thing, Sian goes through them with me."),
        (
            "A",
            "Okay, I'm just going to look at your arm if that's okay. Can you squeeze my fingers?",
        ),
        ("C", "I'm trying. That's as hard as it goes."),
        ("A", "That's fine, thank you. That's all we need."),
    ]
    report = [
        ("He had a left-sided stroke in November two years ago.", {SUP}),
        ("He stated that he dresses independently.", {QD}),
        ("He stated that it takes him about five minutes to put on a jumper.", {NC}),
        (
            "He uses a raised toilet seat and grab rail and manages toileting mostly by himself.",
            {SUP},
        ),
        ("He is able to walk around 50 metres with a quad stick.", {NC}),
        ("He reported no memory problems since the stroke.", {NS}),
        ("He attended the consultation unaccompanied.", {IMP}),
        ("He stated that he can read and understand his correspondence.", {QD}),
    ]
    return turns, report


def _case_16():
    # PIP, telephone, autism, father present and speaks.
    turns = [
        (
            "A",
            "Hello, can I speak to Ellie Morgan please? I'm calling from the assessment service, this is your PIP telephone appointment.",
        ),
        (
            "P",
            "Hi, this is her dad, Steve. Ellie's here, she's listening on speaker. She'd rather I start if that's okay, she doesn't do phones.",
        ),
        ("A", "That's fine. Ellie, are you happy for your dad to help?"),
        ("C", "Yes."),
        ("A", "Ellie, can you tell me what a typical day looks like for you?"),
        (
            "C",
            "I get up at seven. I have the same breakfast. I go on my computer. If something changes I get really upset.",
        ),
        (
            "P",
            "Meltdowns, if the routine goes wrong. Probably three or four a week. She'll bang her head on the wall.",
        ),
        ("A", "Ellie, do you cook?"),
        (
            "C",
            "I can use the microwave. I only eat certain foods. Plain pasta. I don't use the oven, it's too loud when it beeps. Sorry, what was the question again?",
        ),
        ("A", "That's fine, I asked about cooking. Do you make your own meals?"),
        ("C", "Dad makes dinner. I do the microwave ones at lunch."),
        ("A", "What about going out?"),
        (
            "C",
            "I go to the library. It's about ten minutes away. I go on Wednesdays at ten because it's quiet. If it's busy I come home.",
        ),
        (
            "P",
            "She's come home in tears more than once because there were kids in there. She won't go anywhere new. Last time we tried a new dentist she ran out of the building.",
        ),
        ("A", "And money, paying for things?"),
        (
            "C",
            "I have a card. I don't like people talking to me at the till. I use the self checkout.",
        ),
        ("A", "Ellie, do you have friends you see?"),
        ("C", "Online. Not real ones. I don't like meeting people."),
        ("A", "Okay, thank you Ellie, and thank you Steve. That's the end of the call."),
    ]
    report = [
        ("The claimant's father was present and contributed to the consultation.", {SUP}),
        ("Her father reported meltdowns around once a month.", {NC}),
        ("She stated that she prepares her own meals.", {QD}),
        ("She reported that the library is about thirty minutes from home.", {NC}),
        ("She goes to the library independently.", {QD}),
        ("She reported that she is comfortable meeting new people.", {NS}),
        ("The assessment was carried out over a video link.", {IMP}),
        ("She uses self-service checkouts so she does not have to speak to staff.", {SUP}),
        ("She gets up at around nine each morning.", {NC}),
    ]
    return turns, report


def _case_17():
    # WCA, video with the claimant's camera not working, long COVID / ME, alone.
    turns = [
        (
            "A",
            "Hi, Ms Novak? I'm Farid. We're doing your work capability assessment on a video call today. I can hear you, but I'm only seeing your initials, is your camera on?",
        ),
        (
            "C",
            "Sorry, it's the laptop, the camera hasn't worked since an update. Is that a problem? I could try my phone...",
        ),
        (
            "A",
            "No, don't worry, we'll carry on with just the audio. Can you tell me what's been happening?",
        ),
        (
            "C",
            "I had covid in twenty twenty two, in the January, and I never recovered. They've diagnosed it as ME now, or long covid, depends who you ask.",
        ),
        ("A", "How are your energy levels?"),
        (
            "C",
            "I can do one thing a day. If I have a shower, that's it, I'm lying down for an hour after. If I do too much I crash for days, last time it was a whole week in bed.",
        ),
        ("A", "How long can you sit up for?"),
        (
            "C",
            "I'm lying down now, actually. Sitting up, maybe half an hour before I feel faint. My heart rate goes up when I stand, they think it's POTS as well.",
        ),
        ("A", "Could you use a keyboard or a mouse?"),
        (
            "C",
            "For short bursts. Ten minutes maybe, then the brain fog comes in and I'm reading the same line over and over.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "Round the house. To the end of the garden on a good day, which is maybe twenty metres. I used a wheelchair for my hospital appointment.",
        ),
        ("A", "How is your concentration on a conversation like this one?"),
        (
            "C",
            "Honestly, I'm struggling already. Can we pause for a couple of minutes? I need to close my eyes.",
        ),
        ("A", "Of course."),
        ("C", "Okay. Thank you. I'm okay to carry on."),
        ("A", "Last thing, how are you with noise and light?"),
        ("C", "Bad. I wear sunglasses indoors some days. And earplugs."),
        ("A", "Okay, thank you, that's all."),
    ]
    report = [
        ("She contracted COVID-19 in January 2022.", {SUP}),
        ("She stated that after showering she needs to lie down for about ten minutes.", {NC}),
        ("She stated she can sit for up to two hours.", {NC}),
        ("She stated she can use a keyboard and mouse.", {QD}),
        ("She stated that she walks to the end of her garden.", {QD}),
        (
            "Informal observation: she was seen sitting upright and appeared well presented throughout the video call.",
            {IMP},
        ),
        (
            "She reported sensitivity to noise and light and sometimes wears sunglasses indoors.",
            {SUP},
        ),
    ]
    return turns, report


def _case_18():
    # PIP, face to face, rheumatoid arthritis, alone.
    turns = [
        (
            "A",
            "Mrs Bello? Sorry to keep you waiting, we're running a bit behind, it's ten to eleven now. I'm Martin, I'll be carrying out your PIP assessment.",
        ),
        (
            "C",
            "That's okay. Could you help me with my coat, actually? I can't do the zip, my fingers won't.",
        ),
        ("A", "Of course. There you go. So tell me about the arthritis."),
        (
            "C",
            "Rheumatoid, since I was thirty. Hands, wrists, feet, knees. Mornings are the worst, I'm stiff for two, no, more like three hours before I can really move.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Methotrexate injection once a week, and I've just started a biologic, every fortnight. Plus paracetamol and naproxen.",
        ),
        ("A", "Who does the injections?"),
        ("C", "My husband does them. I can't press the plunger."),
        ("A", "Dressing?"),
        (
            "C",
            "I wear things without buttons. Slip on shoes. Bras are the hardest, I have to fasten it at the front and turn it round. Some mornings my husband has to dress me completely.",
        ),
        ("A", "How often would that be?"),
        ("C", "Three or four times a week when I'm flaring. Less when I'm not."),
        ("A", "Cooking?"),
        (
            "C",
            "I've got a perching stool and a kettle tipper. I can't open jars or tins, I can't lift a full pan. So it's mostly microwave stuff, or my husband cooks.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "My feet are the problem. Maybe a hundred metres, and I'm in agony by then. I'd stop at least once.",
        ),
        ("A", "Okay. Can I ask you to make a fist for me? And now spread your fingers."),
        ("C", "That's as far as they go. Ow. Sorry."),
        ("A", "That's fine. We're finished, thank you."),
    ]
    report = [
        ("The consultation started at 10:30.", {IMP}),
        ("Informal observation: she removed her coat independently on arrival.", {IMP}),
        ("She has had rheumatoid arthritis since the age of 30.", {SUP}),
        ("She reported morning stiffness lasting around thirty minutes.", {NC}),
        ("She administers her weekly methotrexate injection herself.", {NS}),
        ("She reported needing her husband to dress her completely about once a week.", {NC}),
        ("She uses a perching stool and a kettle tipper in the kitchen.", {SUP}),
        ("She stated that she is able to walk approximately 100 metres.", {QD}),
        ("She stated that she can cook a simple meal.", {QD}),
    ]
    return turns, report


def _case_19():
    # WCA, telephone, diabetic below-knee amputation, alone, call dropped and resumed.
    turns = [
        (
            "A",
            "Hello, it's Anita calling for your work capability assessment. As it says on your letter, we're doing this one over the telephone. Can I just take your date of birth to confirm who I'm speaking to?",
        ),
        ("C", "Yeah, it's the fourth of June, nineteen sixty nine."),
        ("A", "Thank you. So you've had an amputation?"),
        (
            "C",
            "Right leg, below the knee, in October twenty twenty three. It was the diabetes, I had an ulcer that wouldn't heal. And I've got neuropathy in the other foot, I can't feel much.",
        ),
        ("A", "Do you have a prosthetic?"),
        (
            "C",
            "I do, but the stump keeps breaking down, so I can only wear it for, I'd say, two hours at a time. Then it's the wheelchair.",
        ),
        ("A", "How far can you walk with the prosthesis?"),
        (
            "C",
            "With two crutches and the leg on, maybe fifteen, twenty metres. It's more hopping than walking, and I've fallen twice. Mostly I use the chair.",
        ),
        ("A", "Can you self-propel the wheelchair?"),
        (
            "C",
            "Indoors, yes. Outside, no, there's a hill, and my shoulders are knackered. My wife pushes me.",
        ),
        ("A", "Hold on, I think you're breaking up."),
        ("C", "Sorry, my battery's about to go. Can you ring me back on the landline?"),
        ("A", "Sure, I've got that number here. I'll call you straight back."),
        (
            "A",
            "Hello again. We were talking about the wheelchair. How about your diabetes control?",
        ),
        (
            "C",
            "It's all over the place. I'm on insulin, four injections a day. I've had hypos, bad ones, I had an ambulance out in the summer.",
        ),
        ("A", "Standing, can you stand at a worktop?"),
        ("C", "On the leg, maybe five minutes, holding on. Without it, not at all."),
        ("A", "Okay, that's everything, thanks for bearing with me on the phone."),
    ]
    report = [
        ("He underwent a right below-knee amputation in October 2023.", {SUP}),
        ("He reported wearing his prosthesis for up to six hours at a time.", {NC}),
        ("He stated that he can walk approximately 50 metres with his prosthesis.", {NC, QD}),
        ("He reported no falls.", {NS}),
        ("He stated he can self-propel his wheelchair.", {QD}),
        ("He uses insulin, injecting four times a day.", {SUP}),
        ("The consultation was completed in a single, uninterrupted telephone call.", {IMP}),
        ("He stated that he is able to stand at a worktop for around five minutes.", {QD}),
        (
            "Informal observation: he transferred from his wheelchair to the examination couch independently.",
            {IMP},
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
FIRST_SEED = 25000


def make_case_25(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    index = seed - FIRST_SEED
    if not 0 <= index < len(_CASES):
        raise ValueError(
            f"seed {seed} is outside the blind set 25 range {FIRST_SEED}..{FIRST_SEED + len(_CASES) - 1}"
        )
    rng = random.Random(seed)
    assessor, claimant, companion = rng.sample(VOICES, 3)
    voice_of = {"A": assessor, "C": claimant, "P": companion}
    turns, report = _CASES[index]()
    dialogue = [(0 if role == "A" else 1, voice_of[role], text) for role, text in turns]
    return dialogue, [(statement, set(labels)) for statement, labels in report]
