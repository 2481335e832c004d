"""Blind held-out evaluation set 35: twenty assessment recordings and the reports written from them.

Written without looking at the comparison code: only the background notes on the users, the rules, the
PA4 / ESA85 report formats and the point thresholds were read. Each case is a spoken dialogue (assessor "A",
claimant "C", and in some cases a companion "P": a wife, husband, partner, girlfriend, mother, father,
daughter, advocate or interpreter) and a report whose statements are labelled number_changed,
qualifier_dropped, never_said, impossible or supported, decidable from the dialogue alone.

Channels: telephone, video call, face to face at an assessment centre, and home visits; PIP (PA4) and
WCA (ESA85) assessments.

Conditions: motor neurone disease, eating disorder (anorexia), chronic migraine, ankylosing spondylitis,
postnatal depression, atrial fibrillation, spina bifida, personality disorder (EUPD), early Huntington's
disease, a hip replacement gone wrong, visual impairment (registered blind), asthma with anxiety, early onset
dementia (with a daughter), lymphoedema, complex regional pain syndrome, dyspraxia, narcolepsy, borderline
diabetes with foot ulcers, social anxiety, and knee and back arthritis after years of labouring.
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
    """PIP, home visit, motor neurone disease, wife present."""
    turns = [
        (
            "A",
            "Morning, Mr Pryce. I'm Dawn, I'm the disability assessor, I've come out for your PIP assessment. Thanks for having me in. It's, um, just gone ten o'clock, so we'll make a start. And this is...?",
        ),
        ("P", "I'm Sue, his wife. I'll sit in, if that's alright."),
        ("A", "Of course, lovely. So Graham, the motor neurone disease. When was that diagnosed?"),
        (
            "C",
            "Um, twenty twenty-two, the March. It started in my right hand, I kept dropping things, cups and that. And now it's, it's in both legs as well.",
        ),
        ("A", "And what are you taking for it?"),
        (
            "C",
            "Riluzole, fifty milligrams twice a day. And, uh, baclofen for the cramps. Ten milligrams, three times a day.",
        ),
        ("A", "Okay. How's your speech, is that affected at all?"),
        (
            "C",
            "It's getting slurred. By the evening especially. People on the phone can't understand me, Sue has to talk for me.",
        ),
        ("A", "Right. Let's talk about getting around. How far can you walk?"),
        (
            "C",
            "With the frame, um, about ten metres. From here to the kitchen. And that's it, I'm shattered after, I have to sit. Without the frame I can't, I'd go over.",
        ),
        ("P", "He fell twice last month. In the bathroom, both times."),
        ("A", "Oh dear. And getting washed, showering?"),
        (
            "C",
            "Sue has to help me in and out of the shower. I sit on a stool in there. I can't lift my arms up to do my hair any more.",
        ),
        ("A", "And dressing?"),
        (
            "C",
            "Buttons are impossible now. She does my buttons and my socks. I can get a t-shirt on myself, um, but it takes me about twenty minutes. Honestly.",
        ),
        ("A", "And eating, cutting up your food?"),
        ("P", "I cut everything up for him. He's got the, the big-handled cutlery the OT gave us."),
        ("C", "And I choke sometimes. Maybe two or three times a week."),
        ("A", "Okay. What about cooking?"),
        ("C", "No. I don't go near the cooker now. I can't hold a pan, I can't lift the kettle."),
        ("A", "Do you manage your own tablets?"),
        (
            "C",
            "Sue puts them in a dosette box, and, uh, I can take them out of that. If she reminds me at lunchtime. I forget the lunchtime ones.",
        ),
        (
            "A",
            "That's fine. Now I'd like to have a quick look at your grip and your arm movements, if that's okay with you.",
        ),
        ("C", "Yeah. Go on."),
        (
            "A",
            "Squeeze my fingers. Both hands. Okay. And can you lift your arms above your head for me?",
        ),
        ("C", "That's as far as they go. About there. To my shoulders."),
        (
            "A",
            "Okay, thank you, that's really helpful. Right, I think that's everything I need. It's, uh, quarter to eleven, so I'll leave you in peace.",
        ),
    ]
    report = [
        (
            "Face-to-face consultation carried out at the claimant's home. Present: the claimant and his wife, Sue.",
            {SUP},
        ),
        ("Consultation commenced at 10:00 and concluded at 11:15.", {IMP}),
        (
            "He states he is able to walk approximately 50 metres with his walking frame before needing to rest.",
            {NC},
        ),
        ("His wife reports one fall in the past month, in the bathroom.", {NC}),
        (
            "He reports that he dresses himself independently; it takes him around 20 minutes to put on a t-shirt.",
            {QD},
        ),
        ("Showers independently, sitting on a shower stool.", {QD}),
        (
            "His wife fills a dosette box. He takes his tablets from it but needs reminding at lunchtime.",
            {SUP},
        ),
        (
            "Social history: he enjoys watching the football at his local pub with friends on a Saturday.",
            {NS},
        ),
        ("He states he can still cook a simple meal using the microwave.", {NS}),
        ("On examination he was able to raise both arms to shoulder height only.", {SUP}),
    ]
    return turns, report


def _case_01():
    """WCA, telephone, anorexia nervosa, alone; asks for a break."""
    turns = [
        ("A", "Hello, is that Megan Doyle?"),
        ("C", "Yes, um, speaking."),
        (
            "A",
            "This is Chris calling from the assessment service about your work capability assessment. It's a telephone assessment today. Is anyone with you?",
        ),
        ("C", "No. No, I'm on my own."),
        ("A", "Okay. For the record it's twenty past two. Can you tell me about your condition?"),
        (
            "C",
            "I've got anorexia. I've had it since I was, um, fifteen. So nine years. I was in an inpatient unit last year for, for about three months.",
        ),
        ("A", "Who's looking after you now?"),
        (
            "C",
            "The community eating disorder team. I see my dietitian every week and the psychologist every fortnight.",
        ),
        ("A", "Medication?"),
        ("C", "Fluoxetine, forty milligrams. And, um, vitamins. The Forceval ones."),
        ("A", "How far can you walk?"),
        (
            "C",
            "I can walk, it's more that I, I get dizzy. I walk to the corner shop, it's about two hundred metres, but I have to sit on a wall halfway because I go light-headed. And my heart goes really fast.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Only to that shop. Anything else, like the bus, my mum takes me. And I can't be around, um, food places. Cafés. I panic.",
        ),
        ("A", "Concentration. Could you read a book, watch a programme?"),
        (
            "C",
            "Not really. I read the same page over and over. I can have the telly on for maybe half an hour but I'm not really taking it in.",
        ),
        ("A", "How do you cope with changes to plans?"),
        (
            "C",
            "Badly. If an appointment gets moved I, um, I can't sleep. I'll be in a state for days.",
        ),
        ("A", "Do you have any thoughts of harming yourself?"),
        (
            "C",
            "Sometimes. Not... I haven't done anything for, um, about six months. But the thoughts are there. Most days.",
        ),
        ("C", "Sorry, can I, can I have a minute? I need to get some water."),
        ("A", "Of course. Take your time."),
        ("C", "Okay. I'm back. Sorry about that."),
        ("A", "No problem at all. Do you manage your personal care, washing?"),
        ("C", "Yes, I can wash. I, um, I avoid mirrors. But I can do it."),
        ("A", "Right. That's everything I need. It's five past three now. Thank you, Megan."),
    ]
    report = [
        ("Telephone assessment. The claimant confirmed that she was on her own.", {SUP}),
        ("Assessment commenced 14:20; ended 15:05.", {SUP}),
        (
            "Long-standing anorexia nervosa since age 15, with a six-month inpatient admission last year.",
            {NC},
        ),
        ("Current medication: fluoxetine 20mg daily, Forceval.", {NC}),
        ("She walks to the local shop, which she estimates at 200 metres.", {QD}),
        (
            "Informal observations: slim build, pale complexion. She sat comfortably throughout the assessment.",
            {IMP},
        ),
        ("No breaks were required.", {IMP}),
        ("She can watch television for around 30 minutes and follows what she is watching.", {QD}),
        ("She reports no current thoughts of self-harm.", {NS}),
        ("She enjoys long walks with her dog.", {NS}),
        (
            "Changes to her plans cause her significant distress and she can be unsettled for days afterwards.",
            {SUP},
        ),
    ]
    return turns, report


def _case_02():
    """PIP, video call, chronic migraine, alone; asks to keep it short."""
    turns = [
        ("A", "Hi Priya, can you see and hear me okay?"),
        ("C", "Yes, I can hear you. The picture's a bit dark, I've turned the brightness down."),
        (
            "A",
            "That's no problem at all. I'm Tom, I'm a physiotherapist, I'll be doing your PIP assessment today over video. Is anyone with you?",
        ),
        ("C", "No, just me. My husband's at work."),
        (
            "A",
            "Lovely. It's about half past nine, so let's get going. Tell me about your migraines.",
        ),
        (
            "C",
            "So I've got chronic migraine. Um, I have about fifteen headache days a month, and of those maybe eight or nine are full migraines where I can't do anything. With aura. I lose the vision on one side.",
        ),
        ("A", "How long does a bad one last?"),
        (
            "C",
            "Usually a day and a half. Sometimes three days. And then I'm wiped out the day after.",
        ),
        ("A", "What are you taking?"),
        (
            "C",
            "Topiramate, fifty milligrams twice a day. And sumatriptan when one starts, but I'm only allowed, um, two doses in a day.",
        ),
        ("A", "Any other treatment?"),
        (
            "C",
            "Botox injections. Every twelve weeks, at the neurology clinic. It's helped a bit. Not loads.",
        ),
        ("A", "On a migraine day, could you prepare a meal?"),
        (
            "C",
            "No. The smell of cooking makes me sick, and I can't stand at the cooker with the light. On a good day I can make something simple, like pasta, but I'll have to sit down halfway.",
        ),
        ("A", "And getting washed on the bad days?"),
        (
            "C",
            "On bad days I don't shower. I can't, I'd fall, I get dizzy with it. My husband helps me get to the toilet sometimes, at night.",
        ),
        ("A", "Do you drive?"),
        ("C", "I gave up driving, um, two years ago. The aura can come on without any warning."),
        ("A", "How about going out, to the shops?"),
        (
            "C",
            "On good days I go to the local shops, it's like a five minute walk. On bad days I don't leave the bedroom. I'm in the dark with the curtains shut.",
        ),
        ("A", "And the light from the screen, are you alright with it?"),
        ("C", "I've got a bit of a head now, actually. It's starting. Can we keep it short?"),
        ("A", "Of course. Just a couple more. How's your mood?"),
        (
            "C",
            "Low. I used to be a teacher. I had to give it up, um, eighteen months ago. I feel useless.",
        ),
        ("A", "Do you see anyone about that?"),
        ("C", "My GP's put me on the waiting list for talking therapy. That's all so far."),
        ("A", "Okay, that's everything I need. Thank you, Priya. I'll let you go and rest."),
    ]
    report = [
        ("Consultation by video call. The claimant was alone; her husband was at work.", {SUP}),
        (
            "She has approximately 15 headache days a month, around 8 or 9 of which are severe migraine with aura.",
            {SUP},
        ),
        ("Her migraines usually last up to 12 hours.", {NC}),
        ("Receives Botox injections at the neurology clinic every 6 months.", {NC}),
        ("She states she can prepare a simple meal such as pasta.", {QD}),
        ("She walks to her local shops, which are about 5 minutes away.", {QD}),
        ("She states she continues to do occasional supply teaching.", {NS}),
        ("She sees a counsellor weekly for her low mood.", {NS}),
        (
            "Informal observation: she did not report any headache during the call and showed no sensitivity to the screen.",
            {IMP},
        ),
        ("She stopped working as a teacher 18 months ago and describes her mood as low.", {SUP}),
    ]
    return turns, report


def _case_03():
    """WCA, face to face at an assessment centre, ankylosing spondylitis, alone; declines forward bend."""
    turns = [
        (
            "A",
            "Mr Kelly? Come through. Take a seat. I'm Nurse Adebayo. It's ten past eleven, we'll begin. Did you come on your own today?",
        ),
        ("C", "Yeah, on my own. Got a taxi. I can't do the bus, the seats kill me."),
        ("A", "Tell me about your condition."),
        (
            "C",
            "Ankylosing spondylitis. Diagnosed, um, twenty fifteen, but I had it years before that. My spine's fusing. My neck's really stiff, I can't turn my head properly.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Adalimumab injection, every two weeks. Naproxen, five hundred, twice a day. And co-codamol, the thirty five hundreds, when it's bad. Which is most days.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "About twenty minutes. Then I've got to get up and move. Standing, um, maybe ten minutes before my back seizes.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "I can walk about a hundred metres. Slowly, with my stick. Then I need to stop for a few minutes. Mornings are worse, I'm stiff for two hours after I get up.",
        ),
        ("A", "Can you pick something up off the floor?"),
        ("C", "No. I've got a grabber. If I bend down I can't get back up."),
        ("A", "Reaching up, say to a shelf above your head?"),
        ("C", "With the left arm, just about. The right shoulder's gone as well."),
        ("A", "Okay. I'd like to examine you now. Can you bend forward for me?"),
        (
            "C",
            "I'd rather not, honestly. Last time I did that at the physio I was locked up for a day.",
        ),
        (
            "A",
            "That's fine, we won't do that one. Can you turn your head to the left? And to the right?",
        ),
        ("C", "That's it. Not much either way."),
        ("C", "Sorry, can I stand up for a minute? My back's going."),
        ("A", "Of course. Stand whenever you need to."),
        ("C", "Right. Sorry. I'll stand a bit."),
        ("A", "No problem. How are you sleeping?"),
        ("C", "Rubbish. I wake up three or four times a night with the pain."),
        ("A", "Right, that's all I need, Mr Kelly. Thanks for coming in."),
    ]
    report = [
        ("The claimant attended alone, having travelled by taxi.", {SUP}),
        ("Assessment commenced at 11:10.", {SUP}),
        ("He states he can sit for approximately 40 minutes before he needs to move.", {NC}),
        ("Reports early morning stiffness lasting around 30 minutes.", {NC}),
        ("He can walk around 100 metres.", {QD}),
        (
            "Forward flexion of the lumbar spine: fingertips reached mid-shin. No pain behaviours noted.",
            {IMP},
        ),
        ("He sat throughout the consultation and did not need to stand.", {IMP}),
        ("He swims twice a week at his local leisure centre.", {NS}),
        ("He says he sleeps well.", {NS}),
        ("Cervical rotation was markedly restricted to both sides.", {SUP}),
    ]
    return turns, report


def _case_04():
    """PIP, telephone, postnatal depression, partner present; claimant cries and asks to pause."""
    turns = [
        (
            "A",
            "Hello, is that Chloe? Hi, my name's Alison, I'm calling about your PIP assessment. This is a telephone assessment, and just so you know, it's one o'clock now. Is anyone with you?",
        ),
        ("C", "Um, yeah, my partner, Jamie. He's, he's on the speaker as well."),
        ("P", "Hiya."),
        ("A", "Hello Jamie. So Chloe, can you tell me a bit about what's been going on?"),
        (
            "C",
            "I had my little girl seven months ago, and since then I've just, um, I've not been right. The GP said it's postnatal depression. I've got anxiety with it.",
        ),
        ("A", "Are you on any medication?"),
        ("C", "Sertraline. They put it up to a hundred milligrams last month."),
        ("A", "And are you seeing anyone, the perinatal team?"),
        ("C", "Yeah, the perinatal mental health nurse comes every two weeks."),
        ("A", "How are you sleeping?"),
        ("C", "Not much. Even when the baby sleeps, I just lie there. Maybe three hours a night."),
        ("A", "During the day, do you manage to get washed and dressed?"),
        (
            "C",
            "Some days. Jamie has to, like, tell me to go in the shower. If he didn't I'd stay in the same clothes for days.",
        ),
        (
            "P",
            "I've been taking days off work. I make sure she's had a shower, I'll run it for her.",
        ),
        ("A", "And food, are you eating?"),
        (
            "C",
            "Not really. I forget. Jamie leaves me sandwiches in the fridge. I don't cook, I can't, um, I can't concentrate. I left the hob on twice.",
        ),
        ("A", "Do you get out at all?"),
        (
            "C",
            "No. I haven't been out on my own since she was born. I went to the health visitor with Jamie, and that's it. I get panic attacks in shops.",
        ),
        ("A", "Okay. I do have to ask, have you had any thoughts of harming yourself?"),
        (
            "C",
            "Sorry. I'm, sorry, I'm crying. Sometimes I think they'd be better off without me. I'm sorry. Can we stop for a minute?",
        ),
        ("A", "Of course. Take all the time you need."),
        ("P", "She's alright. Just give her a sec."),
        ("C", "Okay. Okay. Sorry."),
        ("A", "You're doing really well. Who manages the money, the bills?"),
        (
            "C",
            "Jamie does all that. I used to work in a bank, I did accounts. Now I can't even look at the letters.",
        ),
        ("A", "Alright, I'll wrap up there. It's twenty to two. Thank you both."),
    ]
    report = [
        ("Telephone consultation, 13:00 to 13:40.", {SUP}),
        ("The claimant was alone for the consultation.", {IMP}),
        (
            "Informal observations: appropriately dressed, good eye contact maintained throughout.",
            {IMP},
        ),
        ("Sertraline 50mg daily.", {NC}),
        ("The perinatal mental health nurse visits her monthly.", {NC}),
        ("She sleeps about three hours a night.", {SUP}),
        ("She states she showers and dresses herself.", {QD}),
        ("She has been able to go out to attend a health visitor appointment.", {QD}),
        ("She attends a weekly baby group.", {NS}),
        ("She denied any thoughts of self-harm.", {NS}),
        ("She became tearful when asked about her mood and a short pause was given.", {SUP}),
    ]
    return turns, report


def _case_05():
    """WCA, telephone, atrial fibrillation, alone; brisk assessor."""
    turns = [
        (
            "A",
            "Good morning, is that Mr Keith Barlow? My name's Sandra, I'm a healthcare professional calling for your work capability assessment. This is by telephone. Is anyone with you?",
        ),
        ("C", "No, just me, love."),
        ("A", "It's quarter past ten. Let's start. What's the main condition?"),
        (
            "C",
            "Atrial fibrillation. Diagnosed, um, back in twenty nineteen. I had a cardioversion in twenty twenty-one but it came back after about four months.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Bisoprolol, five milligrams. Apixaban, five milligrams twice a day, that's the blood thinner. And digoxin, they added that in the summer.",
        ),
        ("A", "Symptoms?"),
        (
            "C",
            "Palpitations. Breathless. And I get dizzy spells. Had two blackouts this year. One in January, one in, um, May I think it was.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On the flat, about fifty metres, then my heart's racing and I've got to stop. Hills, forget it. Stairs, I do the one flight at home, and I stop halfway up.",
        ),
        ("A", "Do you drive?"),
        ("C", "The DVLA took my licence after the blackouts."),
        ("A", "How often do you get the fast heart rate?"),
        (
            "C",
            "Three or four times a week. It goes up to like a hundred and sixty. It lasts an hour, sometimes half a day.",
        ),
        ("A", "What do you do when that happens?"),
        ("C", "I have to lie down. I can't do anything. My daughter comes round if it's bad."),
        ("A", "What was your job?"),
        ("C", "HGV driver. Thirty years. I've not worked since, um, the March before last."),
        ("A", "Any problems with memory or concentration?"),
        ("C", "Not really. Bit tired, that's all."),
        ("A", "Can you lift and carry, say a bag of shopping?"),
        ("C", "A light bag. A couple of tins. Anything heavier and I'm breathless."),
        ("A", "Sorry, I need to put you on hold a moment."),
        (
            "A",
            "Sorry about that. Right. I think I've got enough. It's ten to eleven. Thank you, Mr Barlow.",
        ),
    ]
    report = [
        ("Telephone assessment commenced 10:15 and concluded 11:20.", {IMP}),
        (
            "AF diagnosed 2019. Cardioversion in 2021; AF recurred after approximately four months.",
            {SUP},
        ),
        ("Apixaban 5mg once daily.", {NC}),
        ("Two blackouts this year.", {SUP}),
        ("He can mobilise approximately 50 metres on level ground.", {QD}),
        ("He manages two flights of stairs.", {NC, QD}),
        ("Episodes of fast heart rate occur once or twice a week and last around an hour.", {NC}),
        ("He continues to drive to the local shops.", {NS}),
        ("Informal observation: he appeared comfortable and was of normal build.", {IMP}),
        ("He can lift a light bag of shopping, such as a couple of tins.", {SUP}),
    ]
    return turns, report


def _case_06():
    """PIP, face to face at an assessment centre, spina bifida, mother present; chatty assessor."""
    turns = [
        (
            "A",
            "Hi Jordan, and you must be Mum? Come on in. I'm Rachel, I'm an occupational therapist. It's, uh, two o'clock on the dot. Did you find us alright?",
        ),
        ("P", "Yeah, I drove him. We parked round the back."),
        ("A", "Lovely. So Jordan, you've got spina bifida, is that right?"),
        (
            "C",
            "Yeah. Myelomeningocele. Since birth. I've had, um, about eleven operations. The shunt, my back, my feet.",
        ),
        ("A", "Goodness. How do you get about?"),
        (
            "C",
            "Crutches for short bits, like round the house. Outside it's the wheelchair. I can do maybe ten metres on the crutches and then my legs give out.",
        ),
        ("A", "Do you push the chair yourself?"),
        ("C", "Yeah, on the flat. Hills, Mum pushes me. Or I just don't go."),
        ("P", "He can't do the kerbs on his own either."),
        ("A", "Okay. Can I ask about bladder and bowels?"),
        (
            "C",
            "I self-catheterise, um, five times a day. And for my bowels I've got a, a washout system. It takes about an hour every other day. Mum helps me set it up.",
        ),
        ("A", "And washing, bathing?"),
        (
            "C",
            "We've got a level access shower with a seat. I can do most of it, but Mum does my feet and legs, because I can't reach and I can't feel them. I've had pressure sores before.",
        ),
        ("A", "Dressing?"),
        ("C", "Top half's fine. Trousers and shoes, I need help. It takes ages otherwise."),
        ("A", "And cooking?"),
        ("C", "I can use the microwave. The hob's too high from the chair."),
        ("A", "Are you at college, working?"),
        ("C", "College. Three days a week, doing IT. Mum drives me there."),
        ("A", "Any problems with memory or learning?"),
        ("C", "A bit. I forget things. I use reminders on my phone for the catheter."),
        ("A", "Okay. Could I see you move from the wheelchair to this chair here?"),
        ("C", "Yeah. Hang on. There."),
        ("A", "Great, thank you. That's everything, thanks both."),
    ]
    report = [
        ("Attended with his mother, who drove him to the assessment centre.", {SUP}),
        ("Consultation commenced at 14:30.", {IMP}),
        ("He states he can walk approximately 50 metres using crutches.", {NC}),
        (
            "He self-propels his wheelchair outdoors independently, including kerbs and slopes.",
            {QD},
        ),
        ("Intermittent self-catheterisation three times per day.", {NC}),
        ("Manages his bowel routine independently.", {QD}),
        (
            "Uses a shower seat. His mother washes his lower legs and feet, as he cannot reach them.",
            {SUP},
        ),
        ("He states he cooks meals for the family on the hob.", {NS}),
        ("Attends college three days a week, travelling there by bus.", {NS}),
        ("Transferred from his wheelchair to a standard chair when asked.", {SUP}),
    ]
    return turns, report


def _case_07():
    """WCA, face to face at an assessment centre, EUPD, advocate present; claimant leaves the room."""
    turns = [
        ("A", "Morning. Leanne Watts? I'm Doctor Okafor. And you are?"),
        ("P", "I'm Femi, I'm Leanne's advocate from Mind. I'm here to support her."),
        ("A", "Okay. It's nine o'clock, let's start. Leanne, what's your main difficulty?"),
        (
            "C",
            "I've got emotionally unstable personality disorder. Borderline. I was diagnosed when I was twenty-two.",
        ),
        ("A", "Treatment?"),
        (
            "C",
            "I'm on the waiting list for DBT. Been waiting, um, fourteen months. I see a care coordinator every two weeks. And I'm on quetiapine, a hundred milligrams at night, and, um, sertraline.",
        ),
        ("A", "How are you with other people?"),
        (
            "C",
            "Terrible. I fall out with everyone. I can't talk to strangers. Like, if someone I don't know talks to me I get really defensive. I'll either walk off or I'll kick off.",
        ),
        ("P", "She was banned from the local Tesco last year after an argument with the staff."),
        ("A", "Any self-harm?"),
        (
            "C",
            "Yeah. Cutting. Last time was, um, three weeks ago. And I've had four overdoses in the last two years.",
        ),
        ("A", "Going out alone?"),
        (
            "C",
            "I go out, but only places I know. New places, I just, I freeze. I couldn't have got here today without Femi.",
        ),
        ("A", "Coping with change?"),
        (
            "C",
            "If something changes last minute I lose it. When they changed this appointment I didn't sleep for two nights.",
        ),
        ("A", "Physical problems?"),
        ("C", "No. It's not physical. It's my head."),
        ("A", "Work history?"),
        ("C", "I did care work. But I lost, um, three jobs in a year. Because of arguments."),
        ("C", "Sorry. I need to go out a minute. I need some air."),
        ("P", "We'll just step out. Two minutes."),
        ("A", "Fine."),
        ("A", "Okay, you're back. Just a couple more. Can you follow a television programme?"),
        ("C", "Yeah, if I'm interested. Films. I can watch a whole film."),
        ("A", "Okay. That's it. It's twenty to ten. Thank you."),
    ]
    report = [
        ("The claimant attended with her advocate from Mind.", {SUP}),
        ("Assessment 09:00 to 09:40.", {SUP}),
        ("She has been on the waiting list for DBT for 4 months.", {NC}),
        ("Last episode of self-harm (cutting) was three months ago.", {NC}),
        ("She goes out alone.", {QD}),
        ("She was able to travel to the assessment centre, a place unfamiliar to her.", {QD}),
        ("She states she is able to engage with people she does not know.", {NS}),
        ("She says she coped well when this appointment was rescheduled.", {NS}),
        ("She remained in the room throughout. Behaviour settled and appropriate.", {IMP}),
        ("The advocate did not contribute to the discussion.", {IMP}),
        (
            "Her advocate reported that she had been banned from a local supermarket following an argument with staff.",
            {SUP},
        ),
    ]
    return turns, report


def _case_08():
    """PIP, home visit, early Huntington's disease, husband present; balance test."""
    turns = [
        (
            "A",
            "Hello Karen, I'm Mike, I'm the assessor from the PIP service. Thanks for letting me into your home. It's half one, so we'll start, if that's okay. And this is?",
        ),
        ("P", "Phil. Her husband."),
        ("A", "Nice to meet you. Karen, tell me about the Huntington's."),
        (
            "C",
            "I had the gene test in, um, twenty eighteen, because my mum had it. Then the symptoms started about three years ago. The, the jerky movements. And I get muddled.",
        ),
        ("A", "Any medication?"),
        (
            "C",
            "Tetrabenazine. Twelve and a half milligrams, um, three times a day. And citalopram.",
        ),
        ("P", "Twenty milligrams, the citalopram."),
        ("A", "How are you on your feet?"),
        (
            "C",
            "I'm unsteady. I walk into things. I can walk to the end of the road, that's, what, about a hundred metres? But Phil holds my arm.",
        ),
        ("P", "She's had five falls since Christmas. She won't use the stick."),
        ("A", "Do you do the cooking?"),
        (
            "C",
            "I used to love cooking. Now Phil does it. I burnt myself twice on the kettle. My hand jerks.",
        ),
        ("A", "And washing and dressing?"),
        (
            "C",
            "I can dress, I wear things without buttons now. Phil checks I've got things on the right way. I've gone out with my jumper inside out.",
        ),
        ("A", "Talking to people, any problems?"),
        (
            "C",
            "I lose my words. And I get snappy. Like, really angry over nothing. I'm not like that.",
        ),
        ("P", "She shouted at a neighbour last week. It's not her, it's the illness."),
        ("A", "What about money?"),
        (
            "C",
            "Phil took over. I, um, I spent a lot online without realising. Like four hundred pounds one month.",
        ),
        ("A", "Could you plan a journey somewhere new?"),
        (
            "C",
            "No. I'd get lost. I went to the chemist round the corner last month and got confused coming back.",
        ),
        (
            "A",
            "Okay. I'd like to do a quick check of your balance. Can you stand with your feet together and close your eyes?",
        ),
        ("P", "I'll stand next to her."),
        ("C", "Okay. Whoa. Whoa."),
        (
            "A",
            "Okay, open your eyes, that's fine. You swayed quite a bit there. Sit down. Thank you.",
        ),
        ("A", "Right. It's twenty past two, I'll finish there. Thank you both."),
    ]
    report = [
        ("Home visit. Present: the claimant and her husband, Phil.", {SUP}),
        ("Consultation 13:30 to 14:20.", {SUP}),
        ("Predictive genetic testing in 2015.", {NC}),
        ("Tetrabenazine 12.5mg twice daily.", {NC}),
        ("She can walk about 100 metres.", {QD}),
        ("Her husband reports two falls since Christmas.", {NC}),
        ("She dresses independently.", {QD}),
        ("She continues to cook the main meals for the household.", {NS}),
        ("She attends a weekly book club.", {NS}),
        ("Romberg's test negative; she stood steadily with her eyes closed.", {IMP}),
        (
            "Her husband now manages the finances after she spent about £400 online in one month without realising.",
            {SUP},
        ),
    ]
    return turns, report


def _case_09():
    """WCA, face to face at an assessment centre, failed hip replacement, alone; declines couch."""
    turns = [
        ("A", "Mr Hughes? Hi, I'm Jo, I'm a physiotherapist. Come through. Do you need a hand?"),
        ("C", "No, I'm alright, I've got my crutches. Just give me a sec."),
        ("A", "No rush. It's twenty-five past three now. Did anyone come with you?"),
        ("C", "No. My son dropped me off outside, he's waiting in the car."),
        ("A", "Tell me about your hip."),
        (
            "C",
            "I had a left hip replacement in, um, twenty twenty-two. It dislocated twice in the first six months, then it got infected. I had a revision in twenty twenty-three, and it's still not right. The leg's about two centimetres shorter now.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Morphine, the slow release. Twenty milligrams, twice a day. Paracetamol. And I had six weeks of IV antibiotics for the infection.",
        ),
        ("A", "How far can you walk with the crutches?"),
        (
            "C",
            "About thirty metres. Then the pain's too much, I've got to stop and lean on something. If we're going anywhere further I use a wheelchair and my son pushes.",
        ),
        ("A", "How long can you sit?"),
        (
            "C",
            "Not long. Half an hour, and I've got to stand. And these chairs are too low. I can't get up out of a low chair without pulling on something.",
        ),
        ("A", "Stairs?"),
        ("C", "I sleep downstairs now. I don't do stairs. We had a commode put in."),
        ("A", "Can you bend?"),
        (
            "C",
            "I'm not allowed to bend past ninety degrees, the surgeon said. I can't put my own socks on. I use a sock aid.",
        ),
        ("A", "Okay. I'd like to examine your hip movements. Could you get up on the couch?"),
        ("C", "I'm sorry, I can't get up on that. It's too high, and I'm scared it'll go again."),
        ("A", "That's fine, I won't examine the hip then. Can you stand up from the chair for me?"),
        ("C", "Hang on. I need to push on the arms. There."),
        ("A", "Thank you. What did you do for work?"),
        ("C", "I was a bus driver. Twenty-six years."),
        ("A", "Right. It's five past four, I think that's everything. Thanks, Mr Hughes."),
    ]
    report = [
        ("Attended alone; his son waited in the car.", {SUP}),
        ("Assessment 15:25 to 16:05.", {SUP}),
        (
            "Left total hip replacement in 2022, complicated by two dislocations and infection; revision in 2023.",
            {SUP},
        ),
        ("MST 20mg once daily.", {NC}),
        ("He can walk approximately 30 metres with crutches.", {QD}),
        ("He states he can sit for about an hour.", {NC}),
        ("He manages the stairs at home using the banister.", {NS}),
        ("Hip examination: flexion to 100 degrees; movements within a functional range.", {IMP}),
        ("He rose from the chair without using his arms.", {IMP}),
        ("He dresses independently, including putting on his socks.", {QD}),
        ("Worked as a bus driver for 16 years.", {NC}),
        ("He walks his dog daily.", {NS}),
    ]
    return turns, report


def _case_10():
    """PIP, telephone, registered blind (retinitis pigmentosa), alone on the call."""
    turns = [
        (
            "A",
            "Hello, Mr Hussain? My name's Gemma, I'm calling from the PIP assessment service. This is your telephone assessment. Are you okay to talk?",
        ),
        (
            "C",
            "Yes, yes, that's fine. My wife's just in the other room, but it's just me on the call.",
        ),
        ("A", "Okay, lovely. It's ten past twelve. So you're registered blind, is that right?"),
        (
            "C",
            "Severely sight impaired, yes. Since twenty sixteen. Retinitis pigmentosa. I've got a tiny bit of central vision in my left eye, like looking through a straw. The right eye is nothing, just light.",
        ),
        ("A", "How do you get around outside?"),
        (
            "C",
            "Long cane. I've had mobility training. I can do a few routes I know, like to the mosque and the corner shop. Anywhere new, I need someone with me or I'd get lost. I've walked into a lamppost. I've tripped off kerbs.",
        ),
        ("A", "How far is the mosque?"),
        ("C", "About ten minutes walk. Maybe half a mile."),
        ("A", "And reading, your post?"),
        (
            "C",
            "I can't read print at all. My wife reads my letters to me. On my phone I use VoiceOver, the screen reader.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I can make a cup of tea. I use a liquid level indicator, it beeps. I don't use the cooker. I burnt myself badly in, um, twenty nineteen. My wife cooks.",
        ),
        ("A", "Washing and dressing?"),
        (
            "C",
            "I can wash fine. Dressing, my wife puts my clothes out so things match, and she tells me if there's a stain.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Just eye drops, for the pressure, twice a day. My wife puts them in. I can't aim them.",
        ),
        ("A", "Do you work?"),
        ("C", "I was a taxi driver until, um, twenty fourteen. I had to stop when my vision went."),
        ("A", "Any other conditions?"),
        ("C", "Type two diabetes. Tablets. Metformin, five hundred, twice a day."),
        ("A", "Okay, I think that's everything. It's quarter to one. Thank you, Mr Hussain."),
    ]
    report = [
        ("Telephone consultation, 12:10 to 12:45.", {SUP}),
        ("Registered severely sight impaired in 2012 due to retinitis pigmentosa.", {NC}),
        (
            "Informal observation: he navigated the room with a long cane and sat down without difficulty.",
            {IMP},
        ),
        ("He can follow familiar routes alone with his long cane.", {SUP}),
        ("He walks to the mosque, which he estimates is around two miles away.", {NC}),
        ("He is able to plan and follow unfamiliar journeys using his cane.", {QD}),
        ("He reads his own post with a magnifier.", {NS}),
        ("Uses a liquid level indicator when making hot drinks.", {SUP}),
        ("He administers his own eye drops once daily.", {NC, QD}),
        ("He chooses his own clothing and dresses himself.", {QD}),
        ("His wife was present throughout and contributed to the consultation.", {IMP}),
        ("He enjoys audiobooks and attends a weekly club for visually impaired people.", {NS}),
    ]
    return turns, report


def _case_11():
    """WCA, video call, asthma with anxiety, alone; uses her inhaler during the call."""
    turns = [
        (
            "A",
            "Hello, can you hear me? I'm Paul, a nurse with the assessment service. This is a video assessment. Are you on your own?",
        ),
        ("C", "Yes. Yeah, I'm on my own."),
        ("A", "It's three o'clock. Main conditions?"),
        (
            "C",
            "Severe asthma. And anxiety, panic attacks. They sort of feed off each other. When I get breathless I panic, and when I panic I can't breathe.",
        ),
        ("A", "Treatment?"),
        (
            "C",
            "Fostair, two puffs twice a day. Salbutamol when I need it, that's like, um, six or seven times a day at the moment. Montelukast. And I've had four courses of steroids this year.",
        ),
        ("A", "Hospital admissions?"),
        ("C", "Two last year. One of them was intensive care, for three days."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Depends on the air. On a good day, maybe two hundred metres. If it's cold, or there's pollen, or someone's smoking, I'm stopping after fifty.",
        ),
        ("A", "How many good days?"),
        ("C", "Honestly? Maybe two days a week."),
        ("A", "Stairs?"),
        ("C", "One flight. I have to stop at the top and use my inhaler."),
        ("A", "Going out alone?"),
        (
            "C",
            "I don't go on buses since I had an attack on one. I'll go to the shop at the end of the road. I always take someone to appointments.",
        ),
        ("A", "Coping with people?"),
        ("C", "I'm okay with people I know. Sorry. Sorry, give me a sec. I need my inhaler."),
        ("A", "Take your time."),
        ("C", "Sorry. It's the talking. Okay."),
        ("A", "What work did you do?"),
        (
            "C",
            "I was a hairdresser. I had to stop because of the chemicals. The sprays set me off. That was, um, twenty twenty.",
        ),
        ("A", "Any problems with personal care?"),
        ("C", "When it's bad I can't shower. The steam sets me off. So I have a strip wash."),
        ("A", "Okay. That's all I need. Thank you."),
    ]
    report = [
        ("Video assessment. The claimant was on her own.", {SUP}),
        ("Salbutamol use 2-3 times a day.", {NC}),
        ("One hospital admission last year, which included 3 days in intensive care.", {NC}),
        ("She can walk 200 metres.", {QD}),
        ("She describes good days on about 5 days a week.", {NC}),
        ("She can climb a flight of stairs.", {QD}),
        ("She uses buses on her own.", {NS}),
        ("No inhaler use or breathlessness was observed during the video assessment.", {IMP}),
        (
            "Previously worked as a hairdresser; stopped in 2020 as the sprays triggered her asthma.",
            {SUP},
        ),
        ("She has a strip wash when her asthma is bad, as steam sets it off.", {SUP}),
    ]
    return turns, report


def _case_12():
    """PIP, home visit, early onset Alzheimer's disease, daughter (carer) present; memory test."""
    turns = [
        (
            "A",
            "Hello, Maureen, I'm Sarah. I'm a nurse, I'm doing your PIP assessment today. Thanks for letting me come to the house. And you're...?",
        ),
        ("P", "Lisa, I'm her daughter. I'm her carer as well."),
        (
            "A",
            "Lovely. It's eleven o'clock, just for my notes. Maureen, can you tell me why you've claimed PIP?",
        ),
        ("C", "Well, they say I've got, um, the Alzheimer's. But I'm alright really. I manage."),
        (
            "P",
            "Mum was diagnosed in twenty twenty-three. She was fifty-eight. Early onset Alzheimer's.",
        ),
        ("A", "Maureen, do you cook for yourself?"),
        ("C", "Oh yes, I do my dinners."),
        (
            "P",
            "Mum, you don't, I do them. Sorry. She left the gas on twice in, um, September. We had the knobs taken off. I bring her tea round every night.",
        ),
        ("A", "Okay. What medication is she on?"),
        (
            "P",
            "Donepezil, ten milligrams, at night. I give it to her. We've got a locked box, because she was taking it twice.",
        ),
        ("A", "And can she dress herself?"),
        ("P", "She can, if I lay it out. Otherwise she'll put on three jumpers in the summer."),
        ("A", "Maureen, do you go out on your own?"),
        ("C", "I go to the paper shop."),
        (
            "P",
            "She used to. She got lost in, um, in March, and the police brought her home. She was found three miles away. She doesn't go out alone now.",
        ),
        ("A", "How about washing?"),
        ("C", "I have a bath every day."),
        (
            "P",
            "She'll say that. I have to remind her, and I check the water, she scalded her leg last year. Honestly, it's maybe twice a week, with me there.",
        ),
        ("A", "And money?"),
        (
            "P",
            "I've got power of attorney. She got scammed by a phone call, she lost about two thousand pounds.",
        ),
        ("A", "Maureen, can you tell me what year it is?"),
        ("C", "Oh. Twenty... twenty nineteen? No. I don't know, love."),
        ("A", "That's alright. Do you know who the prime minister is?"),
        ("C", "I don't watch the news."),
        ("A", "That's fine. Can you remember three words for me? Apple, table, penny."),
        ("C", "Apple, table, penny."),
        ("A", "Lovely. Now, a few minutes on, can you tell me those three words again?"),
        ("C", "Apple. And... no. It's gone."),
        ("A", "That's absolutely fine. It's twelve o'clock, so I'll stop there. Thank you both."),
    ]
    report = [
        ("Home visit. Her daughter, who is also her carer, was present.", {SUP}),
        ("The consultation lasted approximately 30 minutes.", {IMP}),
        ("Diagnosed with early onset Alzheimer's disease in 2023, aged 58.", {SUP}),
        ("Donepezil 5mg at night.", {NC}),
        ("Her daughter reports the gas was left on on one occasion in September.", {NC}),
        ("She was returned home by police after being found 2 miles away.", {NC}),
        ("She bathes independently.", {QD}),
        ("She dresses herself.", {QD}),
        ("Her daughter gives her medication from a locked box.", {SUP}),
        ("Cognition: orientated to the year; recalled 3/3 words at delayed recall.", {IMP}),
        (
            "Her daughter holds power of attorney. The claimant lost approximately £2,000 to a telephone scam.",
            {SUP},
        ),
        ("She reports following the news every day.", {NS}),
        ("She enjoys gardening and looks after an allotment.", {NS}),
    ]
    return turns, report


def _case_13():
    """PIP, face to face at an assessment centre, primary lymphoedema of both legs, alone."""
    turns = [
        (
            "A",
            "Tracey? Hi, I'm Dev, I'm a paramedic, I'll be doing your assessment. Come on through. It's, uh, twenty to ten. Anyone with you today?",
        ),
        ("C", "No, on my own. I came on the bus. Two buses actually, it took me over an hour."),
        ("A", "Okay. Tell me about the lymphoedema."),
        (
            "C",
            "It's both legs. Primary lymphoedema. I've had it since I was a teenager but it got much worse about, um, five years ago. My legs are really heavy, it's like walking in concrete. I've had cellulitis six times in the last two years. I was in hospital for four of them.",
        ),
        ("A", "What treatment do you have?"),
        (
            "C",
            "Compression stockings, every day, the flat-knit ones. And I go to the lymphoedema clinic for bandaging, um, every three months, it's a block of two weeks. And penicillin. I'm on it long term to stop the cellulitis.",
        ),
        ("A", "Can you put your stockings on yourself?"),
        (
            "C",
            "No, my partner does them. They're so tight. It takes him about fifteen minutes every morning. There's a frame thing, an, um, an applicator, but I still can't do it.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "About a hundred metres and then my legs ache so much I have to sit. I had to stop twice between the bus stop and here.",
        ),
        ("A", "And bathing?"),
        (
            "C",
            "I can't get in the bath. I have a shower with a seat, and I can't wash my feet. I can't reach past my knees.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I can cook, but I have to sit on a stool in the kitchen. If I stand more than ten minutes my legs swell right up.",
        ),
        ("A", "Okay. Can I have a look at your legs?"),
        ("C", "Yeah."),
        (
            "A",
            "Thank you. There's significant swelling in both lower legs, and it's pitting at the ankles. Okay.",
        ),
        ("A", "What about work?"),
        ("C", "I was a school cook for twelve years. Had to stop in twenty twenty-one."),
        ("A", "Okay, it's twenty-five past ten, that's everything. Thank you, Tracey."),
    ]
    report = [
        ("Attended alone, travelling by bus.", {SUP}),
        ("Consultation commenced 09:40.", {SUP}),
        ("Consultation ended at 10:00, a total of 20 minutes.", {IMP}),
        (
            "Six episodes of cellulitis in the past two years, two of which required hospital admission.",
            {NC},
        ),
        ("She attends the lymphoedema clinic for bandaging every 6 months.", {NC}),
        ("She applies her compression stockings herself using an applicator.", {QD}),
        ("She can walk approximately 100 metres.", {QD}),
        ("She can stand for 30 minutes to cook.", {NC, QD}),
        ("On examination: bilateral lower-leg swelling with pitting oedema at the ankles.", {SUP}),
        ("Worked as a school cook for 12 years until 2021.", {SUP}),
        ("She goes swimming weekly to help with the swelling.", {NS}),
    ]
    return turns, report


def _case_14():
    """WCA, telephone, complex regional pain syndrome of the right arm, mother present."""
    turns = [
        (
            "A",
            "Hi, is that Amy Fletcher? It's Lorraine calling for your work capability assessment. This is on the telephone today. Is anyone with you?",
        ),
        ("C", "My mum's here. She's going to help if I forget stuff. The meds make me foggy."),
        ("P", "Hello."),
        ("A", "Hello. It's ten to two, so let's start. Amy, what's the condition?"),
        (
            "C",
            "Complex regional pain syndrome. In my right arm. I broke my wrist in, um, twenty twenty-two, I slipped on ice, and it never got better. The pain's spread up to my elbow. It's burning, all the time. Like it's on fire.",
        ),
        ("A", "Are you right-handed?"),
        ("C", "Yes. That's the worst bit."),
        ("A", "Medication?"),
        (
            "C",
            "Pregabalin, three hundred milligrams twice a day. Amitriptyline, fifty at night. And I've had two nerve blocks. They didn't do anything.",
        ),
        ("A", "Can you use your right hand at all?"),
        (
            "C",
            "Barely. I can't grip. I can't hold a pen. I can't even stand a sleeve touching it, I cut the sleeves off my tops.",
        ),
        ("A", "Could you pick up a pound coin with that hand?"),
        ("C", "No. No chance."),
        ("A", "And the left?"),
        (
            "C",
            "The left's okay. I'm doing everything with the left now, but I'm clumsy with it. I drop things.",
        ),
        ("A", "Could you lift an empty cardboard box?"),
        ("C", "With my left arm, yeah. An empty one. Not with both."),
        ("A", "Could you use a keyboard or a mouse?"),
        ("C", "I can type with one finger on my left hand. Slowly. A text takes me ages."),
        ("A", "How's your concentration?"),
        ("C", "The pregabalin makes me, um, spaced out. I forget what I'm doing halfway through."),
        ("P", "She left the bath running and flooded the bathroom in the summer."),
        ("A", "Okay. Any problems with mood?"),
        ("C", "I'm on the waiting list for the pain psychologist. I do get low. I cry most days."),
        ("A", "Okay. That's everything I need. It's twenty-five past two. Thanks, Amy."),
    ]
    report = [
        ("Telephone assessment. The claimant's mother was also on the call.", {SUP}),
        ("Assessment from 13:50 to 14:50.", {IMP}),
        (
            "Informal observation: right arm held protectively; the skin of the hand appeared mottled.",
            {IMP},
        ),
        ("CRPS of the right upper limb following a wrist fracture in 2020.", {NC}),
        ("Pregabalin 150mg twice daily.", {NC}),
        ("She can pick up a £1 coin with her right hand.", {NS}),
        ("She is able to use a keyboard with her left hand.", {QD}),
        ("She can lift an empty cardboard box with her left arm.", {SUP}),
        ("She reports her concentration is unaffected by her medication.", {NS}),
        (
            "Her mother described an incident in the summer when she left the bath running and flooded the bathroom.",
            {SUP},
        ),
        ("Uses her left hand for all tasks without any difficulty.", {QD}),
    ]
    return turns, report


def _case_15():
    """PIP, video call, dyspraxia and ADHD, 17-year-old with his father; chatty assessor."""
    turns = [
        (
            "A",
            "Hiya, can you both see me? Brilliant. I'm Hannah, I'm an occupational therapist. So you're Ethan? And who's that with you?",
        ),
        ("P", "I'm his dad. Rob."),
        ("A", "Hi Rob. Ethan, you're seventeen, is that right?"),
        ("C", "Yeah, seventeen. Eighteen in, um, April."),
        ("A", "And you've got dyspraxia. When were you diagnosed?"),
        ("C", "When I was seven. Um, and ADHD as well, when I was nine."),
        ("A", "How does it affect you day to day?"),
        (
            "C",
            "I'm really clumsy. I drop stuff, I fall over. And I can't, like, organise things. I forget what order to do things in.",
        ),
        ("A", "Can you make yourself a meal?"),
        (
            "C",
            "I can do toast. I tried to do pasta once and I, I knocked the pan off and burnt my arm. So Dad does it. Or I have cereal.",
        ),
        ("P", "He's got a scar from it. We don't let him use the hob unsupervised."),
        ("A", "Dressing?"),
        (
            "C",
            "Buttons and laces are hard. I've got, um, elastic laces. Dad does my top button for college. It takes me like half an hour to get dressed.",
        ),
        ("A", "Washing?"),
        ("C", "I shower. Dad has to remind me though. I forget the shampoo and stuff."),
        ("A", "Getting out and about, like the bus to college?"),
        (
            "C",
            "I get the bus, but it's the same bus every day. If it's a different one, or it's diverted, I panic. I've got on the wrong bus, um, three times and ended up in town.",
        ),
        ("P", "He rings me in a state. I have to go and get him."),
        ("A", "And money?"),
        (
            "C",
            "I'm rubbish with change. I just pay with my card. I don't really know what things cost.",
        ),
        ("A", "What are you doing at college?"),
        ("C", "Animal care. Three days a week."),
        ("A", "Oh, that sounds fun. Got any friends there?"),
        ("C", "A couple. I find it hard in groups."),
        ("A", "Okay, I think that's everything. Thank you both, that was really helpful."),
    ]
    report = [
        ("Consultation carried out by video call.", {SUP}),
        ("17-year-old with dyspraxia, diagnosed aged 7, and ADHD, diagnosed aged 11.", {NC}),
        ("Dressing takes him around 10 minutes; his father does up his top button.", {NC}),
        ("He showers without needing any prompting.", {QD}),
        ("He can use public transport to make unfamiliar journeys alone.", {QD}),
        ("He reports getting on the wrong bus on one occasion.", {NC}),
        ("His father reports he has to go and collect him when this happens.", {SUP}),
        ("He pays by card and has difficulty handling change.", {SUP}),
        ("He attends college three days a week, studying animal care.", {SUP}),
        ("He plays for a Sunday football team.", {NS}),
        ("He was seen on his own; no one else took part in the consultation.", {IMP}),
    ]
    return turns, report


def _case_16():
    """WCA, face to face at an assessment centre, narcolepsy with cataplexy, alone; falls asleep."""
    turns = [
        (
            "A",
            "Sophie Grant? Come through. I'm Mark, I'm a nurse. It's quarter past ten. How did you get here today?",
        ),
        ("C", "My friend dropped me off. I'm not allowed to drive."),
        ("A", "Okay. Tell me about the narcolepsy."),
        (
            "C",
            "Narcolepsy with cataplexy. Diagnosed, um, twenty twenty, after a sleep study. I was twenty-three. I fall asleep without warning, like, maybe six or seven times a day. Even with the meds.",
        ),
        ("A", "Medication?"),
        (
            "C",
            "Modafinil, two hundred milligrams in the morning and, um, a hundred at lunch. And sodium oxybate at night, two doses. I have to set an alarm for the second one.",
        ),
        ("A", "The cataplexy, how often?"),
        (
            "C",
            "Most days. If I laugh, or I get a shock, my knees go. About once a week I actually end up on the floor. I've got a bruise now.",
        ),
        ("A", "Could you stay awake through, say, an hour of a task?"),
        (
            "C",
            "No. Twenty minutes maybe, if it's boring, and I'm gone. At my last job I fell asleep at the desk every afternoon.",
        ),
        ("A", "What job was that?"),
        ("C", "Admin. At a dentist's. I was let go after, um, eight months."),
        ("A", "Do you cook?"),
        (
            "C",
            "I use the microwave. I fell asleep with a pan on once and the smoke alarm woke me. So I don't use the hob on my own.",
        ),
        ("A", "And going out?"),
        (
            "C",
            "I go out, but with someone, mostly. If I have an attack on the road... I did once, near a crossing.",
        ),
        ("A", "Okay. And, um. Sophie? Sophie, are you with me?"),
        ("C", "Sorry. Sorry. Did I drop off? How long was I gone?"),
        ("A", "Just a minute or so. Do you want to stop for a bit?"),
        ("C", "Can I have five minutes? I need to splash my face."),
        ("A", "Of course."),
        ("A", "Okay, carry on when you're ready. How's your memory?"),
        ("C", "Patchy. I miss bits of conversations because of the micro-sleeps."),
        ("A", "Okay. It's eleven o'clock. That's everything, thank you."),
    ]
    report = [
        ("Assessment 10:15 to 11:00.", {SUP}),
        ("A friend drove her to the assessment.", {SUP}),
        (
            "Narcolepsy with cataplexy diagnosed in 2020 following a sleep study, when she was 25.",
            {NC},
        ),
        ("She reports falling asleep without warning two to three times a day.", {NC}),
        ("Cataplexy causes her to fall to the floor around once a month.", {NC}),
        ("She states she can concentrate on a task for up to an hour.", {NS}),
        ("She remained alert throughout, with no episodes of sleep observed.", {IMP}),
        ("No breaks were requested.", {IMP}),
        ("She uses the hob to cook meals.", {QD}),
        ("She mostly goes out with someone else.", {SUP}),
        ("She was let go from an administrative job at a dental practice after 8 months.", {SUP}),
        ("She enjoys running and is training for a half marathon.", {NS}),
    ]
    return turns, report


def _case_17():
    """PIP, telephone, borderline diabetes with foot ulcers, Polish interpreter on the line."""
    turns = [
        (
            "A",
            "Hello, this is Kevin from the PIP assessment service, calling for your telephone assessment. I understand we have an interpreter on the line?",
        ),
        (
            "P",
            "Yes, hello. My name is Kasia, I'm the Polish interpreter. Mr Nowak is also on the line.",
        ),
        ("C", "Hello. Yes. Tomasz."),
        (
            "A",
            "Thank you. It's half past nine. Mr Nowak, please tell me about your health problems.",
        ),
        (
            "P",
            "He says he has, um, pre-diabetes, the doctor said borderline, and ulcers on both feet. The left foot is worse. The ulcer is open for, um, eight months now.",
        ),
        ("A", "Does he see anyone for the ulcers?"),
        (
            "P",
            "He says the district nurse comes to his house three times a week to change the dressing. And the podiatrist every month at the hospital.",
        ),
        ("A", "Does he have any feeling in his feet?"),
        (
            "P",
            "He says no, they are numb, both feet, like wearing thick socks. He did not feel, um, a nail in his shoe. That is how the ulcer started.",
        ),
        ("A", "How far can he walk?"),
        ("C", "Little. Very little."),
        (
            "P",
            "He says he walks to the bathroom and the kitchen in the flat. Outside, maybe twenty, thirty metres, with the special boot, and then he must stop. The nurse told him to keep off the foot.",
        ),
        ("A", "Does he use any aids?"),
        (
            "P",
            "A walking frame, um, with wheels, in the flat. And a wheelchair outside, his wife pushes.",
        ),
        ("A", "Washing?"),
        (
            "P",
            "He says he cannot put the foot in the shower, it must stay dry. So his wife helps him wash at the sink. He sits on a chair.",
        ),
        ("A", "Medication?"),
        (
            "P",
            "Metformin, five hundred milligrams, once, in the morning. And antibiotics, flucloxacillin. He finished them last week.",
        ),
        ("A", "Does he manage his own medication?"),
        ("P", "Yes, he says he does that himself. No problem."),
        ("A", "What was his work?"),
        (
            "P",
            "He says he was a warehouse worker, forklift driver, for ten years. Until February last year.",
        ),
        ("A", "Can he read letters in English?"),
        ("P", "He says a little. But official letters, no. His daughter reads them and explains."),
        ("A", "Okay. Thank you both. It's ten past ten, we'll finish there."),
    ]
    report = [
        ("Telephone consultation conducted with a Polish interpreter.", {SUP}),
        ("The claimant spoke fluent English and did not require the interpreter.", {IMP}),
        (
            "Informal observation: wearing an offloading boot; mobilised with a wheeled frame.",
            {IMP},
        ),
        ("Non-healing ulcer on the left foot for around three months.", {NC}),
        ("The district nurse attends twice weekly to change his dressings.", {NC}),
        ("He can walk 20 to 30 metres outdoors.", {QD}),
        ("He washes independently in the shower.", {QD}),
        ("Metformin 500mg each morning.", {SUP}),
        ("He manages his own medication.", {SUP}),
        ("Worked as a forklift driver for 10 years until February last year.", {SUP}),
        ("He goes to the gym to keep active.", {NS}),
        ("He checks his own feet daily for injury.", {NS}),
    ]
    return turns, report


def _case_18():
    """WCA, telephone, social anxiety, girlfriend present and speaks first."""
    turns = [
        (
            "A",
            "Hello, is that Liam? It's Janet here from the health assessment service, for your work capability assessment. It's a phone assessment. Is it okay to go ahead?",
        ),
        (
            "P",
            "Hi, sorry, it's Ellie, his girlfriend. He's here, he's just, he's really nervous on the phone. Is it okay if I stay on?",
        ),
        ("A", "Of course. Liam, are you happy for Ellie to be here?"),
        ("C", "Yeah. Yes. Sorry."),
        ("A", "Don't worry. It's quarter past three. Liam, tell me in your own words."),
        (
            "C",
            "I've got, um, social anxiety. Since school really. I, I can't, um, talk to people I don't know. Phones are the worst. Like this.",
        ),
        ("A", "Are you getting any treatment?"),
        (
            "C",
            "I did, um, CBT, twelve sessions, last year. Didn't really work. I'm on propranolol, forty milligrams, and, uh, sertraline, fifty.",
        ),
        ("A", "When did you last work?"),
        (
            "C",
            "Twenty twenty-one. Warehouse, night shifts. I picked nights so I didn't have to talk to anyone. I left after, um, two years, because they moved me to days.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Early morning, um, like six a.m., I'll walk to the garage for milk because it's quiet. If there's a queue I just leave.",
        ),
        ("P", "He won't go to the big supermarket. I do all the shopping."),
        ("A", "Could you go somewhere you've never been before, on your own?"),
        (
            "C",
            "No. No way. I'd, I'd turn round. I had a panic attack on the bus going to the jobcentre. I got off and walked home.",
        ),
        ("A", "How often do you get panic attacks?"),
        ("C", "Three or four a week. Sometimes, um, more."),
        ("A", "Can you manage a conversation with someone you don't know, face to face?"),
        (
            "C",
            "If Ellie's with me, and it's short. Like, um, saying thanks at the till. On my own, no. I just freeze.",
        ),
        ("P", "I make all his calls. He can't do it."),
        ("A", "Okay. How do you spend your day?"),
        ("C", "Gaming, mostly. Online. But I don't do the voice chat. Just text."),
        ("A", "Any thoughts of harming yourself?"),
        ("C", "No. Not that. Just, um, low."),
        ("A", "Okay. Thank you both. I'll end there. It's ten to four."),
    ]
    report = [
        ("Telephone assessment. His girlfriend was present and supported him.", {SUP}),
        ("Assessment 15:15 to 15:50.", {SUP}),
        ("Completed 6 sessions of CBT last year.", {NC}),
        ("Propranolol 40mg; sertraline 50mg.", {SUP}),
        ("He walks to a local garage to buy milk.", {QD}),
        ("Panic attacks once or twice a week.", {NC}),
        ("He says he can travel to unfamiliar places on his own.", {NS}),
        ("He uses voice chat when gaming online with friends.", {NS}),
        ("He denies thoughts of self-harm but describes low mood.", {SUP}),
        (
            "Informal observation: spoke confidently throughout and maintained good eye contact.",
            {IMP},
        ),
        ("He can manage short conversations with strangers, for example at a till.", {QD}),
    ]
    return turns, report


def _case_19():
    """PIP, face to face at an assessment centre, knee and back arthritis after forty years of labouring."""
    turns = [
        (
            "A",
            "Mr Walsh? Hiya, I'm Kerry, I'm one of the assessors. Come through, take your time. Is it just you today?",
        ),
        ("C", "Just me. The wife's at work."),
        ("A", "Lovely. So it's, ooh, five to two. Tell me about your joints."),
        (
            "C",
            "Both knees are gone. Osteoarthritis. And my lower back. I was a labourer, um, forty-one years, on building sites since I was sixteen. Carrying blocks, kneeling on concrete. It's caught up with me.",
        ),
        ("A", "Have you had any operations?"),
        (
            "C",
            "Right knee was scoped in twenty seventeen. They want to do a replacement, I'm on the list. Been waiting, um, nineteen months now.",
        ),
        ("A", "Painkillers?"),
        (
            "C",
            "Naproxen. And co-codamol, the thirty five hundreds, two tablets four times a day. And I have steroid injections in the knees every, um, four months or so.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Good day, to the end of my street and back. That's, um, I'd say about a hundred yards. Bad day, I struggle to get to the car. I use a stick outside, always.",
        ),
        ("A", "How many bad days do you get?"),
        ("C", "Most days, to be honest. Four or five days a week."),
        ("A", "Stairs?"),
        (
            "C",
            "I go up one at a time, holding the rail, and I come down sideways. We've had a second rail put in.",
        ),
        ("A", "Getting dressed?"),
        (
            "C",
            "Socks and shoes, the wife does them. I can't bend. I've got slip-ons now. Trousers, I sit on the bed to do them.",
        ),
        ("A", "And the bath or shower?"),
        (
            "C",
            "I can't get out of the bath. I've not had a bath in, um, two years. I shower, standing, holding the grab rail, and I'm quick, because my back goes.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "I do a bit. Beans on toast. I have to lean on the worktop. I can't stand for long, five minutes and my back's screaming.",
        ),
        (
            "A",
            "Okay. I'd like to see you get up on the couch and have a look at your knees, is that alright?",
        ),
        ("C", "Yeah, go on. Ooh. There."),
        (
            "A",
            "Thank you. Both knees are swollen. Can you bend them for me? Okay, that's about ninety degrees, and there's some crunching there. And straight? Lovely. Hop down carefully.",
        ),
        ("A", "Okay, it's twenty-five to three. Thanks, Dennis."),
    ]
    report = [
        ("Worked as a labourer for 41 years, starting at 16.", {SUP}),
        (
            "Right knee arthroscopy in 2017; has been awaiting a knee replacement for 9 months.",
            {NC},
        ),
        ("Co-codamol 30/500 two tablets four times a day.", {SUP}),
        ("He can walk about 100 yards.", {QD}),
        ("He reports bad days on around two days a week.", {NC}),
        ("Climbs stairs one at a time using a rail and comes down sideways.", {SUP}),
        ("His wife puts on his socks and shoes; he sits on the bed to put on his trousers.", {SUP}),
        ("He enjoys fishing at weekends.", {NS}),
        (
            "On examination: both knees swollen, flexion to approximately 90 degrees with crepitus.",
            {SUP},
        ),
        ("Consultation commenced 13:55 and concluded 15:35.", {IMP}),
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

FIRST_SEED = 35000


def make_case_35(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
