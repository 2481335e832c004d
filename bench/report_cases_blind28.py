"""Blind held-out set 30 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty PIP and WCA assessments held by telephone, video, face to face at a
centre and at home. Conditions include fibromyalgia, COPD, autism, back pain,
MS, PTSD, rheumatoid arthritis, epilepsy, stroke, long COVID, sight loss,
bipolar disorder, diabetic amputation, heart failure, hypermobile EDS, learning
disability, knee osteoarthritis, Crohn's disease, schizophrenia and chronic
migraine. Some cases have a companion (partner, parent, friend, support worker)
who speaks.
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
    # PIP, telephone, fibromyalgia and depression.
    turns = [
        (
            "A",
            "Hello, is that Mrs Joanne Pike? My name's Daniel, I'm a disability assessor calling about your PIP claim. This is the telephone assessment we booked for ten o'clock. Is now still a good time?",
        ),
        ("C", "Yes, hello. Sorry, I've been sat by the phone since half nine. Yes, it's fine."),
        ("A", "Thank you. Can you tell me about your main conditions?"),
        (
            "C",
            "Fibromyalgia mainly, diagnosed in, um, twenty nineteen I think. And depression, I've had that since my early twenties really.",
        ),
        ("A", "And what medication are you on at the moment?"),
        (
            "C",
            "Pregabalin, seventy-five milligrams twice a day, and sertraline, fifty in the morning.",
        ),
        ("A", "How far can you walk before you need to stop?"),
        (
            "C",
            "On a good day maybe to the end of the road and back, that's, what, about fifty metres? Then I have to stop and lean on something. I use a stick outside. On a bad day I don't go out at all.",
        ),
        ("A", "How many bad days would you have in a week?"),
        ("C", "Four, sometimes five. More than half the week anyway."),
        ("A", "Do you manage to prepare a meal for yourself?"),
        (
            "C",
            "Only simple stuff. I sit on a perching stool in the kitchen. My daughter does the proper cooking, she comes round most evenings.",
        ),
        ("A", "And washing and bathing?"),
        (
            "C",
            "I can't get in the bath. I have a shower with a seat, and I need my daughter there in case I go dizzy. I fell in there back in March.",
        ),
        ("A", "How are you managing with dressing?"),
        ("C", "Slowly. Buttons are hard. It takes me about half an hour on a bad morning."),
        ("A", "Thank you, that's all my questions. Is there anything else you'd like to add?"),
        ("C", "Just that the mornings are the worst. I'm stiff until about eleven."),
        ("A", "Thanks, Mrs Pike. We'll end the call there."),
    ]
    report = [
        (
            "The claimant reported a diagnosis of fibromyalgia in 2019 and depression since her early twenties.",
            {SUP},
        ),
        ("She takes pregabalin 150 mg twice daily and sertraline 50 mg in the morning.", {NC}),
        ("She stated she can walk approximately 100 metres unaided.", {NC, QD}),
        ("She reported having bad days around twice a week.", {NC}),
        ("She prepares simple meals without the use of any aids.", {QD}),
        ("She is able to shower independently.", {QD}),
        ("She was observed to be in no distress and walked normally to answer the phone.", {IMP}),
        ("She described stiffness in the mornings which lasts until around 11am.", {SUP}),
        ("She reports that dressing takes her about half an hour on a bad morning.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA, face to face at a centre, COPD, wife speaks.
    turns = [
        (
            "A",
            "Morning, Mr Hughes, come on through. Take a seat wherever's comfortable. And you've brought someone with you?",
        ),
        ("C", "My wife, Sandra. She does most of the talking when I'm short of breath."),
        ("P", "Hello. I'll just chip in if he forgets anything."),
        (
            "A",
            "That's fine. I can see you've got a portable oxygen cylinder there. How long have you had the COPD?",
        ),
        ("C", "Diagnosed about eight years ago. Twenty seventeen, was it, love?"),
        ("P", "Twenty sixteen. It was just after his sixtieth."),
        ("A", "How far can you walk on the flat?"),
        (
            "C",
            "Thirty yards maybe. Then I'm gasping and I've got to stop for a good couple of minutes.",
        ),
        ("A", "Could you do that again straight away?"),
        ("C", "No. Not without a proper sit down first."),
        ("A", "And how are the stairs at home?"),
        ("P", "We moved his bed downstairs last year. He hasn't been upstairs since Christmas."),
        ("A", "Do you use a nebuliser?"),
        ("C", "Four times a day. And three different inhalers."),
        ("A", "Any chest infections?"),
        ("C", "Five or six a year. Each one puts me in bed for a fortnight."),
        ("A", "Do you want to stop for a minute? You sound out of breath."),
        ("C", "Yeah, give us a minute, please."),
        (
            "A",
            "Of course. Ready to carry on? I'd like you to stand up from the chair for me, if you can.",
        ),
        ("C", "I'll try. There. I need to hold the desk, mind."),
        ("A", "Thank you, you can sit back down. That's everything I need."),
    ]
    report = [
        ("Mr Hughes attended the assessment unaccompanied.", {IMP}),
        ("He was diagnosed with COPD in 2016.", {SUP}),
        (
            "He reported being able to walk approximately 200 metres on level ground before stopping.",
            {NC},
        ),
        ("He stated he could repeat this distance after a brief pause.", {NS}),
        ("He uses a nebuliser twice a day.", {NC}),
        ("He reports five to six chest infections per year.", {SUP}),
        ("The assessment proceeded without any breaks.", {IMP}),
        ("He rose from the chair without using his arms for support.", {QD}),
        ("He manages the stairs at home.", {NS}),
    ]
    return turns, report


def _case_02():
    # PIP, video, autism and anxiety, mother speaks.
    turns = [
        (
            "A",
            "Hi Liam, can you see and hear me okay? Your picture's a bit frozen... there we go. I'm Priya, I'm a paramedic and I'm doing your PIP assessment over video today.",
        ),
        ("C", "Yeah. I can hear you."),
        ("P", "I'm his mum, Karen, I'm sat next to him. Is that alright?"),
        ("A", "Of course. Liam, can you tell me about your conditions?"),
        ("C", "Autism. And anxiety. I got diagnosed when I was fourteen."),
        ("A", "And how old are you now?"),
        ("C", "Nineteen."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Only to the shop at the end of the road. If it's somewhere new I can't, I need mum. I had a meltdown on the bus last time.",
        ),
        ("A", "How often does that happen, the meltdowns?"),
        ("C", "Like... two or three times a week? Sometimes more."),
        (
            "P",
            "It's more like every day at the moment, to be honest, since his college place ended.",
        ),
        ("A", "Do you need reminding to eat or wash?"),
        ("C", "Mum has to tell me to shower. Otherwise I wouldn't for like a week."),
        ("A", "Could you say that again? Sorry, the sound cut out."),
        ("C", "Mum has to tell me to shower."),
        ("A", "Thanks. And managing money?"),
        ("C", "I can buy stuff at the shop. But I don't get change. Mum does my bank."),
        ("A", "Okay. That's all, thank you both."),
    ]
    report = [
        ("Liam was diagnosed with autism and anxiety at the age of 14.", {SUP}),
        ("He is 21 years old.", {NC}),
        ("He reported that he is able to travel independently to unfamiliar destinations.", {NS}),
        ("He reported having meltdowns around once a week.", {NC}),
        ("He showers regularly without any prompting.", {QD}),
        ("He attended the assessment on his own.", {IMP}),
        ("Examination of the upper limbs showed full power and normal tone.", {IMP}),
        ("He is able to buy items at a local shop.", {SUP}),
        ("His mother manages his bank account.", {SUP}),
    ]
    return turns, report


def _case_03():
    # WCA, telephone, lumbar disc disease.
    turns = [
        (
            "A",
            "Good afternoon, am I speaking to Mr Okafor? I'm calling from the Health Assessment Advisory Service for your work capability assessment. It's over the phone today, so it'll just be us talking. It's just gone two o'clock.",
        ),
        ("C", "Yes, that's me. Okay."),
        ("A", "What's your main condition?"),
        (
            "C",
            "My back. I've got two slipped discs, L4 and L5, and sciatica down my left leg. Since an accident at work in twenty twenty-one.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "About twenty minutes, then I have to get up and walk around. I'm standing now actually, leaning on the counter.",
        ),
        ("A", "And standing?"),
        ("C", "Ten minutes, fifteen at a push. Then the leg goes numb."),
        ("A", "How far can you walk?"),
        ("C", "With my crutch, maybe a hundred metres. And that's slow, it takes me ages."),
        ("A", "Can you pick something up off the floor?"),
        ("C", "No, I use a grabber. I can't bend."),
        ("A", "What painkillers do you take?"),
        (
            "C",
            "Co-codamol, thirty five hundred, two tablets four times a day. And amitriptyline at night, ten milligrams.",
        ),
        ("A", "Okay. Right, it's twenty-five past two, that's all the questions. Thank you."),
        ("C", "Thanks. Bye."),
    ]
    report = [
        ("The telephone assessment lasted approximately 55 minutes.", {IMP}),
        ("Mr Okafor reported a back injury sustained in an accident at work in 2021.", {SUP}),
        ("He stated he can sit for around an hour.", {NC}),
        ("He said he can stand for 10 to 15 minutes before his leg goes numb.", {SUP}),
        ("He reported being able to walk approximately 100 metres.", {QD}),
        ("He was observed to sit comfortably throughout the assessment.", {IMP}),
        ("He takes co-codamol 30/500, two tablets twice a day.", {NC}),
        ("He stated he can pick objects up from the floor without difficulty.", {NS}),
        ("He takes amitriptyline 10 mg at night.", {SUP}),
    ]
    return turns, report


def _case_04():
    # PIP, home visit, multiple sclerosis, husband speaks.
    turns = [
        (
            "A",
            "Thanks for letting me in, Mrs Rowe. I'm Helen, the nurse doing your PIP assessment. Shall we sit in here?",
        ),
        (
            "C",
            "Yes, in the lounge. Excuse the mess. My husband Tom's just making a cup of tea, he'll join us.",
        ),
        ("A", "How long have you had MS?"),
        ("C", "Relapsing-remitting, diagnosed twenty twelve. I was thirty-four."),
        ("A", "How's your mobility?"),
        (
            "C",
            "Indoors I use a walking frame. Outside it's the wheelchair, Tom pushes me. I can do about ten steps with the frame before my legs go like jelly.",
        ),
        ("P", "She's being generous. Most days it's less than that."),
        ("A", "And fatigue?"),
        ("C", "Terrible. I sleep two hours every afternoon, I can't not."),
        ("A", "Can you cook?"),
        (
            "C",
            "I can use the microwave sitting down. I dropped a pan of boiling water in January so Tom does anything on the hob now.",
        ),
        ("A", "And going to the toilet?"),
        (
            "C",
            "I've got a catheter now, since last year. And Tom helps me on and off the commode at night.",
        ),
        ("A", "Can you read your post?"),
        (
            "C",
            "With a magnifier, the big letters, yeah. But the small print, Tom reads it to me. It's the optic neuritis, left eye.",
        ),
        ("A", "Right, I'd like to check the strength in your arms now if that's alright."),
        ("C", "Okay. My right one's weaker."),
        ("A", "Thanks. Push against my hand... and the other. That's everything."),
    ]
    report = [
        ("Mrs Rowe was diagnosed with relapsing-remitting MS in 2012 at the age of 34.", {SUP}),
        ("She is able to walk approximately 20 metres indoors with a walking frame.", {NC}),
        ("She reports sleeping for about an hour each afternoon.", {NC}),
        ("She is able to cook a simple meal using a microwave.", {QD}),
        ("She reported no incidents in the kitchen.", {NS}),
        ("She manages her toileting needs independently.", {QD}),
        ("She is able to read her post using a magnifier.", {QD}),
        ("She reported that her right arm is weaker than her left.", {SUP}),
        ("Her husband was not present during the assessment.", {IMP}),
    ]
    return turns, report


def _case_05():
    # WCA, face to face at a centre, PTSD.
    turns = [
        (
            "A",
            "Hello, Mr Doyle? Come through to room three. Before we start, you can ask for a break at any time.",
        ),
        ("C", "Right. Thanks."),
        ("A", "What's the main thing that stops you working?"),
        (
            "C",
            "PTSD. From Afghanistan. I came out in twenty ten. The nightmares, I get maybe three hours sleep a night.",
        ),
        ("A", "Do you go out much?"),
        (
            "C",
            "I go to the shop first thing, six in the morning, when there's nobody about. Crowds, I can't. I had a panic attack in Tesco and left the trolley.",
        ),
        ("A", "How often are the panic attacks?"),
        ("C", "Couple a week. Bad ones, once a fortnight maybe."),
        ("A", "Are you having any thoughts of harming yourself?"),
        ("C", "Sometimes. Not plans. Just thoughts. My CPN knows. I see her every two weeks."),
        ("A", "And how do you get on with someone you don't know?"),
        ("C", "I'm alright for a minute, then I get on edge. I'm on edge now, if I'm honest."),
        ("A", "Would you cope with a change in plans, like a train being cancelled?"),
        (
            "C",
            "No. I'd go home. I've done that, got halfway to my sister's in Leeds and turned back.",
        ),
        ("A", "Thank you, we're finished."),
    ]
    report = [
        ("Mr Doyle left the armed forces in 2010.", {SUP}),
        ("He reported sleeping around six hours a night.", {NC}),
        ("He does his shopping early in the morning to avoid crowds.", {SUP}),
        ("He reported panic attacks occurring a couple of times a month.", {NC}),
        ("He denied any thoughts of self-harm.", {NS}),
        ("He sees his community psychiatric nurse every two weeks.", {SUP}),
        ("He stated that he felt relaxed during the assessment.", {NS}),
        ("He reported that he is able to travel to visit his sister in Leeds.", {QD}),
    ]
    return turns, report


def _case_06():
    # PIP, telephone, rheumatoid arthritis, friend on speakerphone.
    turns = [
        (
            "A",
            "Hi, it's Mark from Capita ringing for your PIP phone assessment. Can you hear me alright? I'll need you to confirm your date of birth first.",
        ),
        (
            "C",
            "Yes, twelfth of May, nineteen sixty-eight. And my friend Anita's here on speakerphone, she's helping me.",
        ),
        ("P", "Hiya."),
        ("A", "Hello. Tell me about the arthritis."),
        (
            "C",
            "Rheumatoid, in my hands and feet mostly. I was diagnosed in twenty fifteen. I'm on methotrexate, fifteen milligrams once a week, on a Monday.",
        ),
        ("A", "Can you manage to cut up food?"),
        (
            "C",
            "Not really. I've got adapted cutlery with the fat handles. Some days Anita or my son cuts it for me.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I can't do zips or buttons on a bad day. It takes me forty-five minutes to get dressed and then I need to lie down.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "To the bus stop, it's about two hundred yards, but I have to stop twice. And my feet burn after.",
        ),
        ("P", "And she can't do it in the mornings at all. Her feet are too stiff."),
        ("A", "Do you manage your medication yourself?"),
        ("C", "Sorry, can you say that again? The line's crackly."),
        ("A", "Your tablets, do you manage them yourself?"),
        ("C", "Anita puts them in a dosette box every Sunday because I can't open the bottles."),
        ("A", "Thank you, that's everything."),
    ]
    report = [
        ("The claimant confirmed her date of birth as 12 May 1968.", {SUP}),
        ("She takes methotrexate 15 mg daily.", {NC}),
        ("She is able to cut up food using standard cutlery.", {QD}),
        ("She stated it takes her 15 minutes to get dressed.", {NC}),
        ("She can walk approximately 200 yards to her local bus stop.", {QD}),
        ("She manages her own medication.", {QD}),
        ("She did not need any questions to be repeated.", {IMP}),
        ("She describes burning pain in her feet after walking.", {SUP}),
        ("She presented as well groomed and appropriately dressed.", {IMP}),
    ]
    return turns, report


def _case_07():
    # WCA, face to face at a centre, epilepsy.
    turns = [
        (
            "A",
            "Good morning, Mr Patel. I'm Dr Evans. It's nine fifteen, so let's make a start. How did you get here today?",
        ),
        ("C", "My brother dropped me off. I'm not allowed to drive, they took my licence."),
        ("A", "Tell me about your seizures."),
        (
            "C",
            "Tonic-clonic. I had three last month. I lose consciousness, and afterwards I'm wiped out for the rest of the day.",
        ),
        ("A", "Any warning beforehand?"),
        ("C", "Sometimes a funny smell, maybe ten seconds. Not always. Mostly no warning."),
        ("A", "What medication are you on?"),
        (
            "C",
            "Levetiracetam, one thousand milligrams twice a day, and lamotrigine a hundred twice a day.",
        ),
        ("A", "Any injuries from the seizures?"),
        (
            "C",
            "I broke my wrist in a fall in twenty twenty-two. And I've bitten my tongue loads of times.",
        ),
        ("A", "Do you go out alone?"),
        ("C", "Only locally. My mum doesn't like it. I wear a medical bracelet."),
        ("A", "Any memory problems?"),
        (
            "C",
            "Yeah, after a seizure I can't remember the day. And generally I forget things. I write everything on my phone.",
        ),
        (
            "A",
            "Okay. I'll just check your reflexes... Thank you. It's now nine forty, that's us done.",
        ),
        ("C", "Cheers."),
    ]
    report = [
        ("The assessment commenced at 09:15 and concluded at 10:25.", {IMP}),
        ("Mr Patel drove himself to the assessment centre.", {NS}),
        ("He reported one tonic-clonic seizure in the past month.", {NC}),
        ("He states he reliably gets a warning aura before each seizure.", {NS}),
        ("He takes levetiracetam 1000 mg twice daily and lamotrigine 100 mg twice daily.", {SUP}),
        ("He fractured his wrist in a fall in 2020.", {NC}),
        ("He goes out alone locally and wears a medical bracelet.", {SUP}),
        ("He reports memory problems and uses his phone to write things down.", {SUP}),
        ("He said that he recovers fully within an hour of a seizure.", {NS}),
    ]
    return turns, report


def _case_08():
    # PIP, home visit, stroke, wife speaks.
    turns = [
        (
            "A",
            "Bore da, Mr Price. I'm Gareth, the physiotherapist doing your PIP assessment. Thank you for having me in your home.",
        ),
        ("C", "Come in, come in. Mind the step. This is my wife, Eirlys."),
        ("P", "Hello. I'll stay, if that's alright, his speech isn't great."),
        ("A", "When did you have the stroke?"),
        ("C", "October... twenty twenty-three. Left side. My arm is... it's no good."),
        ("A", "Can you use your left hand at all?"),
        ("C", "Hold a cup, no. Just... to steady things. Like a paperweight."),
        ("A", "How are you with washing?"),
        (
            "P",
            "I help him in and out of the shower every morning. He's got a seat and a rail but he's fallen twice.",
        ),
        ("A", "And your speech, do people understand you?"),
        ("C", "Family, yes. Strangers... no. On the phone, no. Eirlys does the phone."),
        ("A", "How far can you walk?"),
        (
            "C",
            "With the quad stick, around the house. Outside... to the car. Ten metres? And I need Eirlys beside me.",
        ),
        ("A", "Could you show me walking from the chair to the door?"),
        ("C", "Not today. My leg is bad today. Sorry."),
        ("A", "That's fine, no problem. Can you manage your tablets?"),
        ("P", "I do them. He'd forget. He had the aspirin twice one day."),
        ("A", "Okay, thank you both."),
    ]
    report = [
        ("Mr Price had a left-sided stroke in October 2023.", {SUP}),
        ("He is able to hold a cup in his left hand.", {NS}),
        ("He showers independently using a seat and grab rail.", {QD}),
        ("He communicates effectively with unfamiliar people.", {NS}),
        ("He can walk approximately 30 metres outdoors with a quad stick.", {NC, QD}),
        ("On observation he walked from the chair to the door with a steady gait.", {IMP}),
        ("His wife manages his medication.", {SUP}),
        ("His wife was present and contributed to the assessment.", {SUP}),
        ("Two falls in the shower were reported.", {SUP}),
    ]
    return turns, report


def _case_09():
    # WCA, telephone, long COVID with POTS.
    turns = [
        (
            "A",
            "Hello, it's Sarah from Maximus. I'm phoning for your work capability assessment, it's a telephone appointment. Can you confirm your name for me?",
        ),
        ("C", "Rebecca Lawson. Sorry, I'm lying down, I hope that's okay."),
        ("A", "That's fine. What's the main problem?"),
        (
            "C",
            "Long COVID, since I caught it in December twenty twenty. I've got the fatigue, brain fog, and my heart races when I stand up, they think it's POTS.",
        ),
        ("A", "How long can you stand?"),
        ("C", "Five minutes. Then my heart's at a hundred and forty and I go grey."),
        ("A", "And walking?"),
        (
            "C",
            "I can get to the post box, it's maybe forty metres. But I pay for it, I'm in bed the next day. I couldn't do it twice.",
        ),
        ("A", "How's your concentration?"),
        (
            "C",
            "Bad. I can read maybe a page and then it's gone. Sorry, what was the question again? I lost it.",
        ),
        ("A", "I was asking about concentration. Could you follow a short list of instructions?"),
        ("C", "If it's written down. Spoken, I'd forget the second bit."),
        ("A", "How much of the day are you up and about?"),
        ("C", "Not much, honestly. Up maybe three or four hours altogether."),
        ("C", "Could we stop for five minutes? I need to get a drink."),
        ("A", "Of course... Welcome back. Last question, how do you get your shopping?"),
        ("C", "Online. My partner puts it away."),
        ("A", "Thanks, that's it."),
    ]
    report = [
        ("Ms Lawson contracted COVID-19 in December 2020.", {SUP}),
        ("She can stand for around 20 minutes.", {NC}),
        ("She reported being able to walk approximately 40 metres to the post box.", {QD}),
        ("She stated she could repeat this walk later the same day.", {NS}),
        (
            "She followed the conversation without difficulty and did not lose track of any questions.",
            {IMP},
        ),
        ("She is up and about for around eight hours a day.", {NC}),
        ("No breaks were requested during the assessment.", {IMP}),
        ("She does her shopping online.", {SUP}),
        ("She is able to follow a short list of instructions.", {QD}),
    ]
    return turns, report


def _case_10():
    # PIP, face to face at a centre, retinitis pigmentosa, guide dog.
    turns = [
        (
            "A",
            "Hello, Mr Ahmed, I'm Claire. Would you like to take my arm? The chair's just to your right. Is your dog alright there?",
        ),
        ("C", "She's fine, she'll lie down. Thank you."),
        ("A", "Tell me about your sight."),
        (
            "C",
            "Retinitis pigmentosa. I've got about five degrees of vision left, like looking through a straw. Registered blind since twenty eighteen.",
        ),
        ("A", "How do you get around outside?"),
        (
            "C",
            "With Poppy, my guide dog. Only routes I know. Somewhere new, I need someone sighted to take me the first few times, maybe three or four trips.",
        ),
        ("A", "Can you read letters?"),
        ("C", "No. I use an app on my phone that reads them out, or my neighbour reads them."),
        ("A", "Cooking?"),
        (
            "C",
            "I do simple things. I've got a talking microwave and bump-ons on the oven. I burnt myself on the hob last month so I'm careful.",
        ),
        ("A", "Managing money?"),
        ("C", "I'm okay with cards. Cash I struggle, I can't tell the notes apart easily."),
        ("A", "Any other conditions?"),
        ("C", "Depression, on and off. I'm on citalopram, twenty milligrams."),
        ("A", "Okay, thank you. I'll walk you out."),
    ]
    report = [
        (
            "Mr Ahmed has retinitis pigmentosa with around 5 degrees of visual field remaining.",
            {SUP},
        ),
        ("He was registered blind in 2012.", {NC}),
        ("He is able to follow unfamiliar routes with his guide dog.", {QD}),
        ("He is able to read his own correspondence.", {QD}),
        ("He cooks simple meals without aids.", {QD}),
        ("He reported no accidents while cooking.", {NS}),
        ("He takes citalopram 40 mg daily.", {NC}),
        ("He mobilised into the assessment room independently without assistance.", {IMP}),
        ("He manages card payments but has difficulty identifying cash.", {SUP}),
    ]
    return turns, report


def _case_11():
    # WCA, video, bipolar disorder, partner speaks.
    turns = [
        (
            "A",
            "Hi Chloe, thanks for joining the video call. Can you just hold your ID up to the camera for me? Lovely, thanks.",
        ),
        ("C", "Is it okay if my partner Jamie sits in? He's just off screen."),
        ("P", "Hi, I'm here."),
        ("A", "That's fine. Tell me about your bipolar."),
        (
            "C",
            "Bipolar type one. Diagnosed at twenty-two. I'm thirty now. I was sectioned in twenty twenty, for six weeks.",
        ),
        ("A", "How are things at the moment?"),
        (
            "C",
            "Low. I've been low since about February. Some days I don't get out of bed till three in the afternoon.",
        ),
        (
            "P",
            "She's not eaten properly in days unless I make something and put it in front of her.",
        ),
        ("A", "Do you manage your personal hygiene?"),
        ("C", "I shower maybe once a week, when Jamie nags me."),
        ("A", "What medication are you on?"),
        ("C", "Lithium, eight hundred milligrams at night. Quetiapine three hundred."),
        ("A", "Have you worked recently?"),
        (
            "C",
            "I was a receptionist until twenty twenty-three. I lost the job after I had an episode and shouted at a patient.",
        ),
        ("A", "How do you feel about meeting new people?"),
        ("C", "Terrified right now. I can't even answer the door."),
        ("A", "Okay, thank you both, that's all."),
    ]
    report = [
        ("Chloe was diagnosed with bipolar type 1 disorder at the age of 22.", {SUP}),
        ("She was detained under the Mental Health Act in 2020 for six months.", {NC}),
        ("She reports getting up by 9am most days.", {NC}),
        ("She prepares and eats regular meals independently.", {QD}),
        ("She showers regularly without prompting.", {QD}),
        ("She takes lithium 800 mg at night and quetiapine 300 mg.", {SUP}),
        ("Her radial pulse was regular at 72 beats per minute.", {IMP}),
        ("She left her job as a receptionist in 2023 following an episode at work.", {SUP}),
        ("She stated that she is comfortable meeting new people.", {NS}),
    ]
    return turns, report


def _case_12():
    # PIP, telephone, diabetes with below-knee amputation.
    turns = [
        (
            "A",
            "Good morning, this is Ian calling from the PIP assessment service. As we're doing this over the phone I'll be relying on what you tell me, so please describe things as fully as you can. Is it Mr George Whitfield?",
        ),
        ("C", "It is, yes. You'll have to speak up a bit, my hearing's not what it was."),
        ("A", "Of course. How old are you, Mr Whitfield?"),
        ("C", "Sixty-three. Sixty-four in August."),
        ("A", "And your conditions?"),
        (
            "C",
            "Type two diabetes, twenty-odd years. I had my right leg off below the knee in twenty twenty-two. Neuropathy in the other foot.",
        ),
        ("A", "Do you have a prosthetic?"),
        (
            "C",
            "I do, but it rubs, I get sores. I wear it maybe two hours a day. The rest of the time I'm in the wheelchair.",
        ),
        ("A", "How far can you walk with the prosthetic?"),
        ("C", "With the two crutches... ooh, across the living room. Five metres. Four or five."),
        ("A", "Do you test your blood sugar?"),
        (
            "C",
            "Four times a day. And insulin, morning and night. My wife has to check my good foot every night, I can't feel it.",
        ),
        ("A", "Sorry, how many times do you test?"),
        ("C", "Four. Four times a day."),
        ("A", "And bathing?"),
        (
            "C",
            "I have a strip wash at the sink sitting in the chair. I can't get in the bath, I'd never get out.",
        ),
        ("A", "Thank you, that's all."),
    ]
    report = [
        ("Mr Whitfield is 63 years old.", {SUP}),
        ("He underwent a right below-knee amputation in 2019.", {NC}),
        ("He wears his prosthesis for around eight hours a day.", {NC}),
        ("He can walk approximately 50 metres using his prosthesis.", {NC, QD}),
        ("He tests his blood glucose four times daily and injects insulin twice a day.", {SUP}),
        ("He reported no difficulties with his hearing.", {NS}),
        ("He washes at the sink while seated.", {SUP}),
        ("He checks his own feet daily.", {QD}),
        ("On observation he transferred from his wheelchair with ease.", {IMP}),
    ]
    return turns, report


def _case_13():
    # WCA, face to face at a centre, heart failure, daughter speaks.
    turns = [
        (
            "A",
            "Hello, Mrs Bennett? I'm Olu, I'm the healthcare professional. Is this your daughter?",
        ),
        ("P", "Yes, I'm Lisa. Mum gets muddled with dates so I've brought her letters."),
        ("A", "Lovely. Mrs Bennett, tell me about your heart."),
        (
            "C",
            "Heart failure. They said my heart's only pumping at thirty-five per cent. I had a pacemaker fitted, was it twenty twenty-one?",
        ),
        ("P", "Twenty twenty, Mum. November twenty twenty."),
        ("C", "There you go."),
        ("A", "How far can you walk?"),
        (
            "C",
            "From the car park in here nearly did me. I had to stop three times. That's maybe, what, fifty yards?",
        ),
        ("A", "How are your ankles?"),
        (
            "C",
            "Swollen every evening. I take furosemide, forty milligrams, twice a day, morning and lunchtime.",
        ),
        ("A", "Do you sleep propped up?"),
        ("C", "Three pillows. If I lie flat I can't breathe."),
        ("A", "Could you lift a full kettle?"),
        ("C", "Half full. I only fill it half way now."),
        ("A", "Can I get you to step onto the scales?"),
        ("C", "Can I have a minute first? I'm still puffed from the walk in."),
        ("A", "Of course... Okay, whenever you're ready."),
        ("C", "Go on then."),
        ("A", "Thank you, that's us finished."),
    ]
    report = [
        ("Mrs Bennett had a pacemaker fitted in November 2020.", {SUP}),
        ("Her ejection fraction was reported as 55 per cent.", {NC}),
        ("She reported she can walk approximately 50 yards without needing to stop.", {QD}),
        ("She takes furosemide 40 mg once daily.", {NC}),
        ("She sleeps on three pillows because of breathlessness when lying flat.", {SUP}),
        ("She can lift and carry a full kettle.", {QD}),
        ("She stepped onto the scales straight away and did not need to rest.", {IMP}),
        ("Her daughter brought correspondence and clarified dates.", {SUP}),
        ("She reported no swelling of the ankles.", {NS}),
    ]
    return turns, report


def _case_14():
    # PIP, video, hypermobile Ehlers-Danlos syndrome.
    turns = [
        (
            "A",
            "Hello, can you see me okay? I'm Tom, I'm an occupational therapist, and this is your PIP assessment by video call. If the connection drops I'll ring you back on your mobile.",
        ),
        ("C", "Yep, I can see you. Sorry about the angle, I'm in bed, my laptop's on a tray."),
        ("A", "No problem. Tell me about your condition."),
        (
            "C",
            "Hypermobile Ehlers-Danlos. My joints dislocate. My shoulders mainly, and my kneecap. Right shoulder went twice last week.",
        ),
        ("A", "How do you manage dressing?"),
        (
            "C",
            "I wear loose stuff, nothing with hooks. My mum helps with socks and shoes because I can't bend without my hips subluxing.",
        ),
        ("A", "And getting around?"),
        (
            "C",
            "I use a wheelchair outside. I can self-propel for short bits but my shoulders can't really take it, so usually someone pushes. Indoors I walk holding onto furniture.",
        ),
        ("A", "How much pain are you in?"),
        ("C", "Eight out of ten today. Usually six or seven."),
        ("A", "What helps?"),
        (
            "C",
            "Heat, rest, and I take naproxen, five hundred twice a day, and paracetamol. I tried tramadol but it made me sick so I stopped it.",
        ),
        ("A", "Could you raise your arms above your head for me?"),
        ("C", "I'd rather not, my right shoulder's still strapped from Tuesday."),
        ("A", "That's absolutely fine. How about cooking?"),
        ("C", "I can't lift pans. Mum does the cooking. I can make toast, sitting down."),
        ("A", "Okay. Thanks, that's everything."),
    ]
    report = [
        ("She reported that her right shoulder dislocated twice in the past week.", {SUP}),
        ("She dresses independently by wearing loose clothing.", {QD}),
        ("She self-propels her wheelchair outdoors.", {QD}),
        ("She rated her usual pain at 3 out of 10.", {NC}),
        ("She takes naproxen 500 mg twice daily.", {SUP}),
        ("She continues to take tramadol for pain.", {NS}),
        ("Shoulder range of movement was full on examination.", {IMP}),
        ("She is able to make toast while seated.", {SUP}),
    ]
    return turns, report


def _case_15():
    # WCA, telephone, learning disability, mother (appointee) speaks.
    turns = [
        (
            "A",
            "Hello, is that Daniel? It's Amira from the Health Assessment Advisory Service. We're doing your assessment over the phone this afternoon. Is anyone with you?",
        ),
        ("C", "My mum."),
        ("P", "Hi, I'm Jean, his mum and his appointee. He might need me to explain things."),
        ("A", "That's fine. Daniel, can you tell me what you do in a day?"),
        ("C", "Watch telly. Play on my Xbox. Go to the day centre on Tuesdays and Thursdays."),
        ("A", "How do you get to the day centre?"),
        ("C", "The minibus picks me up."),
        (
            "P",
            "He's never been on a bus on his own. He got lost at the shopping centre last year and the police brought him home.",
        ),
        ("A", "Daniel, can you count money?"),
        ("C", "Um. Not really. Can you say it again?"),
        ("A", "Can you count your money, like coins?"),
        ("C", "Pound coins. Not the little ones."),
        ("A", "Do you cook?"),
        ("C", "Toast. And Pot Noodles. Mum does dinner."),
        ("P", "He's not allowed to use the cooker since he left the gas on in twenty twenty-two."),
        ("A", "Can you read?"),
        ("C", "Some words. Not long ones."),
        ("A", "Okay Daniel, thanks, and thank you Jean."),
    ]
    report = [
        ("Daniel attends a day centre three days a week.", {NC}),
        ("He travels to the day centre independently by public bus.", {NS}),
        ("He has previously got lost when out on his own.", {SUP}),
        ("He understood all questions without them needing to be repeated.", {IMP}),
        ("He is able to count pound coins but not smaller coins.", {SUP}),
        ("He stopped using the cooker in 2019 after leaving the gas on.", {NC}),
        ("He is able to read simple words.", {SUP}),
        ("He was seen in the assessment room and appeared well kempt.", {IMP}),
        ("His mother, who is his appointee, was present.", {SUP}),
    ]
    return turns, report


def _case_16():
    # PIP, face to face at a centre, knee osteoarthritis.
    turns = [
        ("A", "Morning, Mr Clarke. It's half ten, let's get going. How did you get here?"),
        ("C", "Taxi. Twenty quid. I couldn't do the bus, the stop's too far."),
        ("A", "Tell me about your knees."),
        (
            "C",
            "Osteoarthritis both knees, the right's bone on bone. I'm on the list for a replacement, been waiting eighteen months.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With the stick, about twenty metres, then the pain's unbearable. Nine out of ten. I stand and wait for it to ease, a few minutes.",
        ),
        ("A", "Do you manage stairs?"),
        (
            "C",
            "One at a time, holding the rail, and it takes ages. I go up once a night and that's it.",
        ),
        ("A", "Any help with washing?"),
        (
            "C",
            "I can't reach my feet. I've got a long-handled sponge. And my son helps me out of the bath on a Sunday when I have one.",
        ),
        ("A", "Do you take anything for the pain?"),
        (
            "C",
            "Naproxen and co-codamol, eight thirty, four times a day. Sorry, eight five hundred.",
        ),
        ("A", "Okay, and getting up from the toilet?"),
        ("C", "I've got a raised seat and a frame round it. Without it I'm stuck."),
        ("A", "I'd like to watch you walk along the corridor."),
        ("C", "Alright. That's as far as I'm going, sorry. I need to sit."),
        ("A", "That's fine. It's ten to eleven now, that's us finished."),
    ]
    report = [
        ("The assessment started at 10:30 and finished at 11:45.", {IMP}),
        ("He travelled to the assessment by bus.", {NS}),
        ("He has been on the waiting list for a knee replacement for 18 months.", {SUP}),
        ("He can walk around 50 metres with a stick.", {NC}),
        ("He is able to climb the stairs using a handrail.", {QD}),
        (
            "He uses a long-handled sponge for his feet and his son helps him out of the bath.",
            {SUP},
        ),
        ("He takes co-codamol 8/500 twice daily.", {NC}),
        ("He uses the toilet without any adaptations.", {QD}),
        ("He walked the full length of the corridor without stopping.", {IMP}),
    ]
    return turns, report


def _case_17():
    # WCA, face to face at a centre, Crohn's disease.
    turns = [
        (
            "A",
            "Hello, Miss Ndlovu, I'm Rachel, the nurse. The toilets are just next door if you need them at any point.",
        ),
        ("C", "Thanks, I'll probably need them. Can I sit near the door?"),
        ("A", "Of course. Tell me about your Crohn's."),
        (
            "C",
            "Diagnosed at sixteen. I'm twenty-nine now. I've had two bowel resections, the last one in twenty twenty-three.",
        ),
        ("A", "How often do you need the toilet?"),
        (
            "C",
            "On a bad day, fifteen, twenty times. A good day maybe six. And it's urgent, I get about a minute's warning.",
        ),
        ("A", "Have you had any accidents?"),
        ("C", "Yes. Twice last month, once on the bus. I carry a change of clothes everywhere."),
        ("A", "How are your energy levels?"),
        ("C", "I'm anaemic. I have iron infusions every three months. I nap most afternoons."),
        ("A", "Could you walk two hundred metres?"),
        ("C", "Physically, probably, slowly. But not if I don't know where the toilet is."),
        ("C", "Sorry, can we stop? I need to go now."),
        ("A", "Yes, go, go... Alright? Take your time."),
        ("C", "Sorry about that. I'm okay."),
        ("A", "What medication are you on?"),
        ("C", "Infliximab every eight weeks at the hospital, and loperamide, up to eight a day."),
        ("A", "Thanks. That's everything."),
    ]
    report = [
        ("Miss Ndlovu was diagnosed with Crohn's disease at the age of 16.", {SUP}),
        ("Her most recent bowel resection was in 2021.", {NC}),
        ("She reported opening her bowels around six times a day on a bad day.", {NC}),
        ("She reported no episodes of incontinence.", {NS}),
        ("She carries a change of clothes with her.", {SUP}),
        ("She stated she can walk 200 metres.", {QD}),
        ("The assessment was completed without interruption.", {IMP}),
        ("She receives infliximab every eight weeks.", {SUP}),
        ("She receives iron infusions monthly.", {NC}),
    ]
    return turns, report


def _case_18():
    # PIP, telephone, schizophrenia, support worker speaks.
    turns = [
        (
            "A",
            "Hello, I'm calling for Mr Kevin Shaw. It's Nadia from the PIP assessment service, for your phone assessment. I've got you down as having your support worker with you?",
        ),
        ("C", "Yeah, Maria's here."),
        ("P", "Hello, Maria Costa from the community mental health team."),
        ("A", "Kevin, tell me about your health."),
        (
            "C",
            "Schizophrenia. I hear voices. They're worse at night. I've had it since I was nineteen, I'm forty-one now.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Not much. The voices tell me people are watching. Maria takes me to the shops on a Friday.",
        ),
        ("A", "Could you go on your own?"),
        ("C", "No. I tried once, I got to the corner and came back."),
        ("A", "Do you manage your medication?"),
        (
            "C",
            "I get the depot injection every four weeks. Clozapine tablets, Maria checks them in the blister pack.",
        ),
        ("P", "He's missed doses before when he's unwell, so we check twice a week."),
        ("A", "What about cooking?"),
        ("C", "Microwave meals. I forget I've put stuff on. I burnt a pan last year."),
        ("A", "Do you wash regularly?"),
        (
            "C",
            "When Maria tells me. Otherwise I forget. I don't see the point when the voices are bad.",
        ),
        ("A", "Okay, thank you Kevin."),
    ]
    report = [
        ("Mr Shaw has had schizophrenia since the age of 19.", {SUP}),
        ("He is 45 years old.", {NC}),
        ("He goes to the shops every Friday.", {QD}),
        ("He receives a depot injection every two weeks.", {NC}),
        ("His support worker checks his medication twice a week.", {SUP}),
        ("He manages his personal hygiene without prompting.", {QD}),
        ("He reported that the voices are worse during the day.", {NC}),
        ("Eye contact was good and he was appropriately dressed.", {IMP}),
        ("He stated he has had no safety incidents in the kitchen.", {NS}),
    ]
    return turns, report


def _case_19():
    # WCA, home visit, chronic migraine.
    turns = [
        (
            "A",
            "Hello, Mrs Kaur, I'm Steve from the assessment service, here for your home visit. Shall I take my shoes off?",
        ),
        (
            "C",
            "No, it's fine. Sorry, can we keep the curtains closed? I've got a migraine starting.",
        ),
        ("A", "Of course. Tell me about your migraines."),
        (
            "C",
            "Chronic migraine. I get them fifteen to twenty days a month. Each one lasts a day or two. I have to lie in a dark room.",
        ),
        ("A", "Do you get any warning?"),
        ("C", "Zigzag lines, about half an hour before. And I lose words, I can't speak properly."),
        ("A", "What treatment are you on?"),
        (
            "C",
            "Topiramate, fifty milligrams twice a day. Sumatriptan when it starts, but I'm only allowed two a day. And I have Botox injections every twelve weeks.",
        ),
        ("A", "Could you follow instructions during an attack?"),
        (
            "C",
            "No. I can't even look at my phone. My husband takes the kids to school on those days.",
        ),
        ("A", "Could you cope with a noisy workplace?"),
        ("C", "Noise triggers it. Bright lights, supermarkets. I wear sunglasses in Asda."),
        ("A", "I'll keep it short then. Last thing, do you drive?"),
        ("C", "Not any more. I stopped in twenty twenty-two after I got an aura on the motorway."),
        ("A", "Thank you, I'll let you rest."),
    ]
    report = [
        ("Mrs Kaur reports migraines on 15 to 20 days a month.", {SUP}),
        ("Each migraine lasts around an hour.", {NC}),
        ("She experiences a visual aura about 30 minutes before onset.", {SUP}),
        ("She takes topiramate 25 mg twice daily.", {NC}),
        ("She receives Botox injections every 12 weeks.", {SUP}),
        ("She stated she is able to follow instructions during an attack.", {NS}),
        (
            "The assessment took place in a brightly lit room, which she tolerated without difficulty.",
            {IMP},
        ),
        ("She stopped driving in 2019.", {NC}),
        ("She takes her children to school.", {QD}),
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

FIRST_SEED = 30000


def make_case_30(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
