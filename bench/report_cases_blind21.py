"""Blind held-out set 23 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty PIP (PA4) and WCA (ESA85) consultations held face to face, by telephone and by video,
covering COPD, depression with suicidal thoughts, multiple sclerosis, lumbar disc disease,
autism with a learning disability, fibromyalgia/ME, glaucoma, epilepsy, rheumatoid arthritis,
PTSD, Crohn's disease, heart failure, bipolar disorder, Parkinson's disease, stroke with
aphasia, OCD, below-knee amputation, long Covid, schizophrenia and hypermobile EDS. Several
cases have a speaking companion (spouse, parent, partner, daughter, sister, support worker).
Report statements mix faithful paraphrases with changed figures, dropped limits, things never
said (or denials of what was said), and claims the recording itself rules out (observations
impossible over the phone or video, companions present, breaks taken, repetition asked for,
clock times and durations, examination findings contradicted by what was heard).
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
    # PIP, face to face, COPD, wife present.
    turns = [
        (
            "A",
            "Good morning, come in and take a seat. It's about quarter past nine, so we'll make a start. I see you've brought someone with you?",
        ),
        ("P", "I'm his wife, Maureen. I'll just chip in if he forgets things."),
        ("A", "That's absolutely fine. Can you tell me about your breathing?"),
        (
            "C",
            "It's the COPD. I get breathless doing anything, really. Getting dressed I have to stop halfway and sit on the bed for a bit.",
        ),
        ("A", "How long does getting dressed take you, roughly?"),
        ("C", "Oh, twenty minutes maybe. Half an hour on a bad morning."),
        ("A", "And walking, how far can you go?"),
        (
            "C",
            "To the end of the garden and back, that's about thirty metres, then I'm puffed and I have to lean on something. I use the inhaler before I go out.",
        ),
        (
            "P",
            "He stops at the lamp post outside, every single time. He can't do it again without a good sit down.",
        ),
        ("A", "How often would you say you have bad days?"),
        ("C", "Four or five days a week, I'd say. Especially when it's cold."),
        ("A", "Do you do any cooking?"),
        (
            "C",
            "Not really. I can make a cup of tea, but standing at the cooker, no. Maureen does the meals.",
        ),
        ("A", "What about showering?"),
        ("C", "I've got a seat in the shower, and she helps me wash my back and my legs."),
        ("A", "Okay. Any problems with your medication?"),
        ("C", "No, I manage that myself. I have a dosette box."),
        ("A", "Right, thank you both, we're nearly done."),
    ]
    report = [
        ("The consultation started at 09:15.", {SUP}),
        ("He attended the consultation alone.", {IMP}),
        ("He stated he is able to walk approximately 50 metres.", {NC, QD}),
        (
            "He reported that getting dressed takes him around ten minutes, stopping partway to sit on the bed.",
            {NC},
        ),
        ("He described bad days occurring around twice a week.", {NC}),
        ("He stated that he is able to shower independently.", {QD}),
        ("He manages his own medication with the aid of a dosette box.", {SUP}),
    ]
    return turns, report


def _case_01():
    # WCA, telephone, depression and anxiety.
    turns = [
        (
            "A",
            "Hello, is that Miss Okafor? It's Daniel calling from the assessment centre about your work capability assessment. We'll be doing it over the phone today, is that still okay?",
        ),
        ("C", "Yes. Sorry, I'm a bit nervous."),
        (
            "A",
            "That's alright. It's ten past two, so we'll start now. Can you tell me how your mood has been?",
        ),
        (
            "C",
            "Low. Most days I don't get out of bed till the afternoon. I've had thoughts of ending things. Not every day, but maybe once or twice a week.",
        ),
        ("A", "Have you ever acted on those thoughts?"),
        ("C", "I took too many tablets two years ago. Not since then."),
        ("A", "Do you go out on your own at all?"),
        (
            "C",
            "Only to the corner shop, it's about two minutes away, and only if it's quiet. If there's people outside I turn back. Anywhere new, my sister has to come with me.",
        ),
        ("A", "Do you experience any difficulties coping with changes to your routine?"),
        ("C", "Sorry, can you say that again? I didn't follow."),
        ("A", "If plans change at short notice, how do you cope?"),
        (
            "C",
            "Badly. If an appointment gets moved I'm in bits for the whole day. I cancelled the dentist three times.",
        ),
        ("A", "How are you sleeping?"),
        ("C", "Three or four hours a night, and it's broken."),
        ("A", "And what medication are you on?"),
        ("C", "Sertraline, a hundred milligrams, in the morning."),
        ("A", "Okay, that's everything I need. Thank you."),
    ]
    report = [
        ("The assessment was conducted by telephone and commenced at 14:10.", {SUP}),
        ("She was casually dressed and maintained good eye contact throughout.", {IMP}),
        ("She reported thoughts of ending her life approximately once a month.", {NC}),
        ("She denied any history of overdose.", {NS}),
        ("She stated that she walks to the corner shop on her own.", {QD}),
        ("She stated that her sister must accompany her to unfamiliar places.", {SUP}),
        ("She understood every question first time and needed nothing repeated.", {IMP}),
        ("Current medication is sertraline 50mg in the morning.", {NC}),
        ("She reported sleeping three to four hours a night, with broken sleep.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP, video, relapsing remitting MS, partner present.
    turns = [
        (
            "A",
            "Hi, can you see and hear me okay? Your picture froze for a second there... that's better. I'm Priya, the disability assessor, and we're doing this one by video.",
        ),
        ("C", "Yes, I can see you. My partner Tom's here, he's sitting next to me."),
        ("A", "Hello Tom. Right, it's twenty-five to eleven, let's begin. Tell me about the MS."),
        (
            "C",
            "Relapsing remitting, diagnosed six years ago. The fatigue is the worst of it. And my legs go numb.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my stick, maybe the length of a couple of buses, so say twenty, twenty-five metres? Then my right leg starts dragging and I have to stop.",
        ),
        ("P", "And she's fallen twice this month doing exactly that."),
        ("A", "What about preparing food?"),
        (
            "C",
            "I can do a microwave meal. Chopping, no, my hands go numb and I dropped a knife on my foot once. I'd need to sit down after five minutes standing anyway.",
        ),
        ("A", "And washing?"),
        (
            "C",
            "I wash sitting down, on a perching stool. Hair is hard, Tom does my hair twice a week.",
        ),
        ("A", "How is your reading?"),
        (
            "C",
            "My eyes go blurry when it flares, it's optic neuritis. On bad days I can't read my post, Tom reads it to me.",
        ),
        ("A", "How often are the bad days?"),
        ("C", "Half the month, easily. More than half, probably."),
        ("A", "Okay. Could you stand up and walk across the room for me, if it's safe?"),
        ("C", "I'd rather not, I've just had a dizzy spell. I'll stay sat down."),
        ("A", "That's fine, no problem at all."),
    ]
    report = [
        ("The consultation took place by video call and began at 10:35.", {SUP}),
        ("She stated she can walk around 50 metres with a stick before needing to stop.", {NC}),
        ("She was observed to walk across the room with a normal gait.", {IMP}),
        ("Her partner reported two falls within the past month.", {SUP}),
        ("She stated that she is able to prepare a meal, including chopping vegetables.", {NS}),
        ("She reported that she washes independently.", {QD}),
        ("She estimated that bad days occur on about a quarter of days.", {NC}),
        ("She stated that she reads her own post.", {QD}),
        ("Grip strength was tested and found to be 5/5 bilaterally.", {IMP}),
    ]
    return turns, report


def _case_03():
    # WCA, face to face, lumbar disc disease with sciatica.
    turns = [
        (
            "A",
            "Morning, Mr Davies. It's ten o'clock on the dot, thanks for coming in. How did you get here today?",
        ),
        ("C", "My son dropped me at the door. I can't do the bus, the jolting is murder."),
        ("A", "Tell me about your back."),
        (
            "C",
            "Two discs gone at the bottom, L4 L5. The pain shoots down my left leg. I'm on co-codamol, two tablets four times a day.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "Twenty minutes, tops, then I've got to get up and move about. Actually, do you mind if I stand up now? It's getting bad.",
        ),
        ("A", "Of course, go ahead. And how long can you stand?"),
        ("C", "Standing still, about ten minutes, then I need to lean on something or sit."),
        ("A", "What about walking?"),
        (
            "C",
            "I can get to the end of my road, about a hundred metres, but slowly, and the pain's about eight out of ten by then. Some days I don't go out at all.",
        ),
        ("A", "Can you pick something up off the floor?"),
        (
            "C",
            "Not without bending my knees and holding onto something. I've got a grabber for that.",
        ),
        ("A", "Could you lift a bag of shopping?"),
        ("C", "A light one, a loaf of bread, say. Not a full bag."),
        ("A", "Okay, I'd like to examine your back now. Bend forward as far as is comfortable."),
        ("C", "Right. Careful... that's it, that's all I've got."),
        ("A", "Forward flexion is limited to about a third. Thank you, you can sit back down."),
    ]
    report = [
        ("He travelled to the assessment by bus.", {NS}),
        ("He takes co-codamol, two tablets twice a day.", {NC}),
        ("He reported that he can sit for up to an hour.", {NC}),
        ("He remained seated for the whole assessment without needing to stand.", {IMP}),
        (
            "He stated he can stand for around ten minutes before needing to lean on something or sit down.",
            {SUP},
        ),
        ("He stated he can walk to the end of his road, approximately 100 metres.", {QD}),
        ("He stated he can pick items up from the floor.", {QD}),
        (
            "On examination, lumbar forward flexion was limited to around one third of normal range.",
            {SUP},
        ),
    ]
    return turns, report


def _case_04():
    # PIP, telephone on speaker, autism and learning disability, mother present.
    turns = [
        (
            "A",
            "Hello, this is Karen from the PIP assessment service, ringing for Jamie. I can hear someone else, are you on speakerphone?",
        ),
        ("P", "Yes, it's his mum, Sandra. He asked me to be here."),
        ("C", "Hi."),
        ("A", "Hi Jamie. The time's twenty to four, so we'll get going. Do you cook for yourself?"),
        ("C", "Um. Toast. Mum does... mum does the tea."),
        (
            "P",
            "He can do toast if I remind him. He's left the grill on twice and set the smoke alarm off.",
        ),
        (
            "A",
            "Jamie, if you bought something for three pounds fifty and paid with a five pound note, how much change would you get?",
        ),
        ("C", "Um... I don't know. Two?"),
        ("P", "He can't do change. I put twenty pounds on a card for him each week."),
        ("A", "Do you go out on your own?"),
        ("C", "To college. On the bus. The same bus."),
        (
            "P",
            "Only the number twelve, and that took a year with the travel trainer. If it's diverted he rings me in tears. He's never done any other journey on his own.",
        ),
        ("A", "How about washing, Jamie?"),
        ("C", "I shower."),
        (
            "P",
            "I have to tell him every day, otherwise he wouldn't. And I check he's used shampoo.",
        ),
        ("A", "Do you take any tablets?"),
        ("C", "Melatonin."),
        ("P", "Two milligrams at night. I give it to him."),
        ("A", "Thank you both, that's really helpful."),
    ]
    report = [
        (
            "The assessment was carried out by telephone; the claimant's mother was present and contributed.",
            {SUP},
        ),
        ("The consultation started at 15:20.", {IMP}),
        ("Jamie stated he can make a simple snack such as toast.", {QD}),
        ("He correctly calculated the change due from a simple purchase.", {IMP}),
        ("His mother loads £20 a week onto a card for him.", {SUP}),
        ("He travels independently by bus to college.", {QD}),
        ("He showers daily.", {QD}),
        ("He takes melatonin 5mg at night.", {NC}),
        ("His mother stated that he has made a number of different journeys alone.", {NS}),
    ]
    return turns, report


def _case_05():
    # WCA, video, fibromyalgia and ME/CFS, lying down, break taken.
    turns = [
        (
            "A",
            "Can you hear me alright? Good. I can see you're lying down, is that comfortable for you?",
        ),
        ("C", "Yeah, sorry, I can't sit up for long today, I'm on the sofa."),
        (
            "A",
            "No problem at all. This is your work capability assessment, on video. It's nine minutes past one. How long can you sit upright for?",
        ),
        ("C", "On a good day, half an hour, maybe. Today, not really at all."),
        ("A", "How many good days do you get?"),
        ("C", "Perhaps one a week. The rest I'm mostly in bed or on here."),
        ("A", "Could you reach up as if to put something on a high shelf?"),
        ("C", "I can get it to about here, shoulder height. It really hurts."),
        ("A", "And can you make a fist for me?"),
        ("C", "Like that. It's weak though, I drop cups."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Around the flat. To the bathroom, which is maybe ten metres. Outside I use a wheelchair.",
        ),
        ("C", "Actually, can we have five minutes? I need my painkillers."),
        ("A", "Of course, we'll pause there."),
        ("A", "Okay, we're back. Do you manage to concentrate on things like reading or TV?"),
        ("C", "Twenty minutes, then it's like fog. I lose the thread."),
        ("A", "Okay, I think that's everything. It's now quarter to two, thank you."),
    ]
    report = [
        ("The video consultation commenced at 13:09 and concluded at 13:45.", {SUP}),
        ("She sat upright in a chair throughout the consultation.", {IMP}),
        ("No breaks were needed during the consultation.", {IMP}),
        ("She stated she can sit for up to an hour on a good day.", {NC}),
        ("She reported having approximately three good days per week.", {NC}),
        ("She raised her arm to shoulder height.", {QD}),
        (
            "She stated she can walk around the flat, about ten metres, and uses a wheelchair outdoors.",
            {SUP},
        ),
        ("She can concentrate on television for around two hours.", {NC}),
        ("She reported no difficulty with her grip.", {NS}),
    ]
    return turns, report


def _case_06():
    # PIP, face to face, glaucoma, severely sight impaired.
    turns = [
        (
            "A",
            "Hello Mr Patel. I'll guide you to the chair, it's just to your left... there you are. The time's half past eleven.",
        ),
        ("C", "Thank you. I can see shapes but not a lot more."),
        ("A", "Tell me about your eyesight."),
        (
            "C",
            "Glaucoma in both eyes. I'm registered severely sight impaired. I've about five percent vision in my left eye, nothing useful in the right.",
        ),
        ("A", "How do you get around outside?"),
        (
            "C",
            "With my long cane, on routes I know. Somewhere new, I need someone with me, I just can't do it. I got lost in the town centre last year and ended up in the road.",
        ),
        ("A", "How do you manage reading your letters?"),
        (
            "C",
            "I can't. There's an app on my phone that reads them out, but it doesn't do handwriting, so my neighbour reads those.",
        ),
        ("A", "And cooking?"),
        ("C", "I use a talking microwave. I don't use the hob any more, I burnt myself twice."),
        ("A", "Can you tell whether food has gone off?"),
        ("C", "I smell it. Sometimes I get it wrong. I was sick last month."),
        ("A", "What about your eye drops?"),
        (
            "C",
            "Drops twice a day. My daughter comes round morning and evening to put them in, because I miss my eye.",
        ),
        (
            "A",
            "Okay, I'm going to check your field of vision. Look at my nose... can you see my finger now?",
        ),
        ("C", "No. Nothing on that side."),
        ("A", "Okay, thank you. We're finishing at ten past twelve."),
    ]
    report = [
        ("The consultation ran from 11:30 to 12:10.", {SUP}),
        ("He walked into the room unaided and found the chair independently.", {IMP}),
        ("He reported approximately 15% vision in his left eye.", {NC}),
        ("He stated he uses a long cane to get around outdoors.", {QD}),
        (
            "He uses a phone app to read his post, and his neighbour reads handwritten items to him.",
            {SUP},
        ),
        ("He stated that he cooks using both the hob and a microwave.", {NS}),
        ("He stated he can tell by smell whether food has gone off.", {QD}),
        ("He uses eye drops twice a day.", {QD}),
        ("Confrontation testing showed no vision on one side.", {SUP}),
    ]
    return turns, report


def _case_07():
    # WCA, telephone, epilepsy, girlfriend on speaker.
    turns = [
        (
            "A",
            "Hi, it's Mark from the health assessment team. I'm ringing about your ESA assessment, the phone one. Is now still a good time?",
        ),
        ("C", "Yes. My girlfriend's here too, she's on speaker, she sees most of my seizures."),
        (
            "A",
            "Okay, no problem. Just so it's noted, it's five past three. How often do you have seizures?",
        ),
        (
            "C",
            "The big ones, tonic clonic, about two a month. The absences, loads. Maybe ten a day?",
        ),
        ("P", "More like fifteen, some days. He just stares and doesn't answer."),
        ("A", "Do you get any warning beforehand?"),
        ("C", "No. None. That's the problem. I've smashed my face on the kitchen floor."),
        ("A", "How long does it take you to recover after a big one?"),
        (
            "C",
            "I'm wiped out for the rest of the day, sometimes into the next. Confused for a couple of hours.",
        ),
        ("A", "Are you able to go out on your own?"),
        ("C", "I do go to the shop on my own, but I wear a medical bracelet, and she worries."),
        (
            "P",
            "I'd rather he didn't. Last time he had one at the bus stop and came round in an ambulance.",
        ),
        ("A", "What medication do you take?"),
        ("C", "Levetiracetam, seven fifty twice a day, and lamotrigine."),
        ("A", "Do you drive?"),
        ("C", "No, I lost my licence three years ago."),
        ("A", "Okay, thank you both."),
    ]
    report = [
        ("The claimant appeared alert and well presented.", {IMP}),
        ("He reported tonic-clonic seizures approximately twice a month.", {SUP}),
        ("He described absence seizures around three times a day.", {NC}),
        ("He stated that he gets a warning before his seizures.", {NS}),
        ("He stated he recovers from a major seizure within a couple of hours.", {QD}),
        ("He stated he goes to the shop alone and wears a medical bracelet.", {SUP}),
        ("He takes levetiracetam 500mg twice daily.", {NC}),
        ("He has not driven since losing his licence five years ago.", {NC}),
    ]
    return turns, report


def _case_08():
    # PIP, face to face, rheumatoid arthritis, husband present.
    turns = [
        (
            "A",
            "Hello, come through. Is this your husband? Lovely. It's twenty past two, let's get started.",
        ),
        ("P", "Yes, I'm Graham. I do most of the caring."),
        ("A", "Mrs Hughes, tell me about your arthritis."),
        (
            "C",
            "Rheumatoid, in my hands, wrists and knees. Mornings are the worst. It takes me till about eleven to get going.",
        ),
        ("A", "How do you manage getting dressed?"),
        (
            "C",
            "Graham does my buttons and my bra. I can get a jumper on over my head, slowly. For socks I use a sock aid.",
        ),
        ("A", "How long does it take you?"),
        ("C", "If I do what I can on my own, the best part of an hour. It's ridiculous."),
        ("A", "And can you cut up your food?"),
        ("C", "No. Graham cuts up my meat. I use that chunky-handled cutlery."),
        ("A", "What about making a hot drink?"),
        (
            "C",
            "I can't lift a kettle when it's full. I've got a kettle tipper. A proper meal, no, I'd never manage.",
        ),
        ("A", "And walking?"),
        (
            "C",
            "My knees... maybe to the car and back. Five or six car lengths? I don't know it in metres.",
        ),
        (
            "P",
            "It's about twenty-five metres to the car, and she holds onto me. On a bad day it's not even that.",
        ),
        ("A", "How often do you get flares?"),
        ("C", "About once a month, lasting a week or so. But the mornings are bad every day."),
        ("A", "Let me look at your hands. Make a fist for me... and squeeze my fingers."),
        ("C", "Ow. That's as much as I can."),
        ("A", "Thank you, that's fine."),
    ]
    report = [
        ("She stated she dresses herself using a sock aid, taking around 15 minutes.", {NC, QD}),
        ("She uses chunky-handled cutlery and her husband cuts up her meat.", {SUP}),
        ("She stated that she can use a kettle.", {QD}),
        (
            "Her husband reported that she can walk about 25 metres to the car while holding onto him.",
            {SUP},
        ),
        ("She reported flare-ups roughly once a fortnight.", {NC}),
        ("She reported no morning stiffness.", {NS}),
        ("Grip was tested without any expression of pain.", {IMP}),
        ("The consultation commenced at 14:20.", {SUP}),
    ]
    return turns, report


def _case_09():
    # WCA, face to face, PTSD, steps out for a minute.
    turns = [
        (
            "A",
            "Afternoon, Mr Clarke. It's quarter to four... sorry, no, ten to four. I'll be asking you some questions. Shall I close the door?",
        ),
        ("C", "Can you leave it open? I need to see the way out."),
        ("A", "Sure. Tell me about your PTSD."),
        (
            "C",
            "Two tours of Afghanistan. Nightmares most nights, flashbacks maybe three times a week. Fireworks, a car backfiring, anything sets it off.",
        ),
        ("A", "How do you get on in crowds?"),
        (
            "C",
            "I don't go in them. I do my shopping at six in the morning when there's nobody about. If someone comes up behind me I'll... I've grabbed people before.",
        ),
        ("A", "Have there been any episodes of aggression?"),
        (
            "C",
            "Last year I put my fist through a door. I had a row with a neighbour and the police came. I'm not proud of it.",
        ),
        ("A", "Any thoughts of harming yourself?"),
        ("C", "Sometimes. Not a plan. My CPN knows."),
        ("A", "How often do you see your CPN?"),
        ("C", "Every two weeks."),
        ("A", "Can you talk me through a typical day?"),
        ("C", "Sorry, mate, can I have a minute outside?"),
        (
            "C",
            "Okay. I'm back. Typical day, I walk the dog at five in the morning, then I'm indoors. I don't answer the door.",
        ),
        ("A", "Okay, thank you, that's all I need. It's ten past four."),
    ]
    report = [
        ("He remained seated in the room throughout the 45-minute assessment.", {IMP}),
        ("He reported nightmares on most nights and flashbacks about three times a week.", {SUP}),
        ("He stated that he does his own shopping.", {QD}),
        ("He stated he has never been involved in any incident of aggression.", {NS}),
        (
            "He described occasional thoughts of self-harm without any plan, which his CPN is aware of.",
            {SUP},
        ),
        ("He sees his CPN monthly.", {NC}),
        ("He walks his dog at about 7am each day.", {NC}),
    ]
    return turns, report


def _case_10():
    # PIP, telephone, Crohn's disease, toilet break.
    turns = [
        (
            "A",
            "Good morning, is that Ms Reid? This is Alan from the PIP assessment provider. As you know, today's assessment is by phone. Could you confirm your date of birth first?",
        ),
        ("C", "Fourteenth of March, eighty-nine."),
        ("A", "Thanks. It's just gone half nine, nine thirty-two. Tell me about your Crohn's."),
        (
            "C",
            "I was diagnosed at nineteen. I've had two bowel resections. At the moment I'm going to the toilet ten, twelve times a day. Sometimes I don't make it.",
        ),
        ("A", "How often do you have accidents?"),
        ("C", "Once or twice a week. I wear pads all the time now."),
        ("A", "Do you need any help with that?"),
        (
            "C",
            "Mostly I manage. But if it's a bad one in the night, my mum has to help me change the bed and get cleaned up.",
        ),
        ("A", "How do you manage going out?"),
        (
            "C",
            "I have to know where the toilets are. I plan everything. I won't go anywhere more than about ten minutes from a toilet.",
        ),
        ("A", "And dressing?"),
        (
            "C",
            "I can get dressed myself, but after a flare I'm so weak I sit on the bed to do it and it takes ages.",
        ),
        ("A", "What about eating?"),
        (
            "C",
            "I'm on a low residue diet. I've lost three stone in a year. Some days I just have the build-up drinks, three a day. Sorry, I need the toilet, can you give me a few minutes?",
        ),
        ("A", "Of course, take your time."),
        ("C", "I'm back, sorry about that."),
        ("A", "No need to apologise. What medication are you on?"),
        ("C", "Infliximab every eight weeks at the hospital, and loperamide, up to eight a day."),
        ("A", "Okay, thank you, that's us done."),
    ]
    report = [
        ("The telephone consultation began at 09:32.", {SUP}),
        ("She reported opening her bowels around four times a day.", {NC}),
        ("She reported episodes of incontinence once or twice a week and wears pads.", {SUP}),
        ("She stated she manages her continence needs independently.", {QD}),
        ("The consultation proceeded without interruption.", {IMP}),
        ("She stated that she is able to go out without restriction.", {NS}),
        ("She is able to dress herself.", {QD}),
        ("She reported weight loss of around one stone in the past year.", {NC}),
        ("She takes loperamide, up to eight a day, and has infliximab every eight weeks.", {SUP}),
    ]
    return turns, report


def _case_11():
    # WCA, telephone, heart failure, asks assessor to speak up.
    turns = [
        (
            "A",
            "Hello, Mr O'Brien? It's Helen, your assessor. We're doing this on the phone today as you asked. Can you hear me alright?",
        ),
        ("C", "Bit quiet, love, can you speak up? I'm a bit mutton in this ear."),
        ("A", "Is that better?"),
        ("C", "That's better, yes."),
        ("A", "Okay, it's twenty to twelve. Tell me about your heart."),
        (
            "C",
            "Heart failure. They said my pump's working at thirty percent. I had a heart attack in twenty nineteen.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On the flat, about fifty yards, then I get tight in the chest and have to stop and use my spray. Hills, forget it. Stairs, I do one flight and sit on the top step for five minutes.",
        ),
        ("A", "Do you get any swelling?"),
        ("C", "Ankles, yes. Big as balloons by the evening."),
        ("A", "How long can you stand for?"),
        ("C", "Ten minutes maybe, then I get dizzy. I had a fall in the kitchen in January."),
        ("A", "Do you get breathless lying flat?"),
        ("C", "I sleep on four pillows, otherwise I wake up gasping."),
        ("A", "And your medication?"),
        (
            "C",
            "Bisoprolol, ramipril, furosemide, that's the water tablet, two in the morning, and the GTN spray.",
        ),
        ("A", "Okay, thank you, Mr O'Brien."),
    ]
    report = [
        ("He had no difficulty hearing the assessor at any point.", {IMP}),
        ("He reported that his heart is working at around 50%.", {NC}),
        ("He stated he can walk approximately 200 metres on the flat.", {NC, QD}),
        ("He stated he can manage a flight of stairs.", {QD}),
        ("He reported ankle swelling by the evening.", {SUP}),
        ("He stated he can stand for about ten minutes before becoming dizzy.", {SUP}),
        ("He reported no falls.", {NS}),
        ("He sleeps propped up on two pillows.", {NC}),
    ]
    return turns, report


def _case_12():
    # PIP, face to face, bipolar disorder, support worker present.
    turns = [
        ("A", "Hello, I'm Joanne, the assessor. And you are?"),
        ("P", "I'm Liam, Chloe's support worker from the mental health team."),
        ("A", "Lovely. Chloe, before we start, it's ten past ten. How have you been?"),
        ("C", "Up and down. I came out of a manic episode about a month ago. I'm quite flat now."),
        ("A", "How do you manage your money?"),
        (
            "C",
            "Badly. When I'm high I spend everything. I took out three loans last year. Liam helped me set up a... what's it called.",
        ),
        (
            "P",
            "A third-party mandate on her bank account. Her brother checks her spending every week.",
        ),
        ("A", "Do you prepare meals?"),
        (
            "C",
            "When I'm low I don't eat, I'll have cereal. When I'm high I forget to eat at all. Liam comes twice a week and we cook together.",
        ),
        ("A", "And your medication?"),
        (
            "C",
            "Lithium. I forget it. I've got alarms on my phone but I ignore them. Liam checks the blister pack when he visits.",
        ),
        ("A", "How did you get here today?"),
        ("C", "I nearly didn't come. Liam had to come and get me."),
        ("A", "How long do the episodes last?"),
        ("C", "The highs, a couple of weeks. The lows go on for months, three months sometimes."),
        ("A", "How are you feeling today?"),
        ("C", "Sorry. I just... sorry, I'm crying. Give me a second."),
        ("P", "Take your time."),
        ("A", "That's okay. Are you safe at the moment?"),
        ("C", "I'm okay. I've got the crisis number."),
        ("A", "Thank you, we'll wrap up there."),
    ]
    report = [
        ("She attended with her support worker.", {SUP}),
        ("She reported taking out two loans in the last year.", {NC}),
        ("She stated she manages her own bank account.", {QD}),
        ("Her support worker visits twice a week and they cook together.", {SUP}),
        ("She stated that she takes her lithium as prescribed.", {NS}),
        (
            "She described highs lasting a couple of weeks and lows lasting up to three months.",
            {SUP},
        ),
        ("Her mood appeared settled throughout, with no tearfulness.", {IMP}),
        ("She travelled to the assessment independently.", {NS}),
    ]
    return turns, report


def _case_13():
    # WCA, video, Parkinson's disease, wife present.
    turns = [
        (
            "A",
            "Hello, can you both see me? Great. We're doing this over video; if the connection drops I'll ring you back on the landline. It's quarter past two.",
        ),
        ("C", "We can see you. My wife Jean's with me."),
        ("A", "Hello Jean. Mr Bell, tell me about your Parkinson's."),
        (
            "C",
            "Diagnosed four years ago. The tremor's mostly in my right hand. And I freeze, my feet just stop, especially in doorways.",
        ),
        ("A", "Sorry, Mr Bell, could you say that again? You're quite faint."),
        ("C", "I freeze. In doorways."),
        ("P", "He freezes several times a day. He fell in the hallway last week."),
        ("A", "How far can you walk?"),
        ("C", "With the rollator, I go up to the postbox and back. That's, what, Jean?"),
        ("P", "About sixty metres there and back, and it takes him a good fifteen minutes."),
        ("A", "How is your speech generally?"),
        ("C", "It's gone quiet. People ask me to repeat myself. On the phone I struggle."),
        ("A", "Can you still write?"),
        (
            "C",
            "My writing gets smaller and smaller, nobody can read it. I can sign my name, just about.",
        ),
        ("A", "Could you pick up a coin from the table for me?"),
        ("C", "Let me try... dropped it. Got it. Took me a couple of goes."),
        ("A", "What medication do you take?"),
        (
            "C",
            "Co-careldopa, five times a day. About two hours after each one it wears off and I'm stuck till the next one kicks in.",
        ),
        ("A", "Thank you both."),
    ]
    report = [
        ("The consultation was conducted by video and his wife was present.", {SUP}),
        ("Freezing episodes were reported to happen around once a week.", {NC}),
        ("He walks to the postbox and back, about 60 metres, in around five minutes.", {NC, QD}),
        ("He picked up a coin from the table at the first attempt.", {IMP}),
        ("His speech was of normal volume and he was not asked to repeat anything.", {IMP}),
        (
            "He stated that his handwriting gets progressively smaller but he can sign his name.",
            {SUP},
        ),
        ("He takes co-careldopa three times daily.", {NC}),
        ("He stated his medication controls his symptoms.", {QD}),
        ("He denied any falls.", {NS}),
    ]
    return turns, report


def _case_14():
    # PIP, face to face, stroke with left-sided weakness and aphasia, daughter present.
    turns = [
        (
            "A",
            "Morning, Mr Ahmed. I see you've come with your daughter. I'm the assessor and I'll be asking about your daily life. It's five to nine.",
        ),
        ("P", "I'm Aisha. Dad sometimes struggles to find his words, so I may help."),
        ("A", "Mr Ahmed, can you tell me what happened?"),
        ("C", "Stroke. Two years... no. Eighteen months. Left side. Arm is... weak. Leg drags."),
        ("A", "How do you get dressed?"),
        ("C", "Aisha... my wife. Helps. Shirt, buttons, no. Shoes with velcro."),
        ("P", "Mum helps him every morning. It takes about forty minutes."),
        ("A", "How do you walk outside?"),
        ("C", "Stick. Slowly. To the mosque, not far."),
        (
            "P",
            "It's about a hundred and fifty metres, but he stops three times on the way and someone walks with him, because he's fallen off the kerb before.",
        ),
        ("A", "Can you cook?"),
        ("C", "No. One hand. Not safe."),
        ("A", "How do you manage bathing?"),
        ("C", "Shower. Chair in shower. Wife washes... back. Hair."),
        ("A", "Can you read?"),
        ("C", "Yes. Slow. The words... jump. Newspaper, headlines only."),
        ("A", "And letters, bills?"),
        ("P", "No, I deal with all his post. Forms confuse him."),
        ("A", "Okay, thank you both. That's us finished."),
    ]
    report = [
        ("He attended with his daughter, who assisted with communication.", {SUP}),
        ("He stated that he had a stroke two years ago.", {NC}),
        (
            "His daughter reported that his wife helps him dress every morning, taking about 40 minutes.",
            {SUP},
        ),
        ("He stated he walks to the mosque, approximately 150 metres away.", {QD}),
        ("He stated that he is able to prepare a simple meal.", {NS}),
        ("He showers seated on a shower chair, and his wife washes his back and hair.", {SUP}),
        ("He stated he is able to read a newspaper.", {QD}),
        ("He manages his own correspondence.", {NS}),
        ("Informal observation: speech was fluent with no word-finding difficulty.", {IMP}),
    ]
    return turns, report


def _case_15():
    # WCA (UC), telephone, OCD.
    turns = [
        (
            "A",
            "Hi there, it's Sam from the assessment centre. This is your telephone assessment for Universal Credit. Is it still a good time to talk?",
        ),
        ("C", "Yes. Um, I might need to stop if I get anxious."),
        ("A", "Of course. It's one o'clock exactly. Can you tell me about your OCD?"),
        (
            "C",
            "It's mainly contamination. I wash my hands, I don't know, forty, fifty times a day. They bleed.",
        ),
        ("A", "How long does getting ready in the morning take?"),
        (
            "C",
            "Showering takes me about two hours. I have to do it in a certain order, and if I lose track I start again.",
        ),
        ("A", "Do you leave the house?"),
        (
            "C",
            "Once a week, maybe, for food. My mum drives me. I don't touch door handles, I use my sleeve.",
        ),
        ("A", "Do you have people round?"),
        ("C", "I can't have anyone in the flat. My mum's not been inside for a year."),
        ("A", "Any other checking?"),
        (
            "C",
            "The cooker. I check it's off twenty times before bed. It takes me an hour to get to bed.",
        ),
        ("A", "Are you working at the moment?"),
        (
            "C",
            "No. I left the call centre two years ago because I couldn't use the shared headsets.",
        ),
        ("A", "Okay, thank you, that's all. It's twenty-five past one, so we'll finish there."),
    ]
    report = [
        ("The telephone consultation lasted approximately one hour.", {IMP}),
        ("She reported washing her hands around ten times a day.", {NC}),
        (
            "She stated that showering takes around two hours because she has to follow a set order.",
            {SUP},
        ),
        ("She stated she goes out for food once a week.", {QD}),
        ("She stated she has visitors at her flat regularly.", {NS}),
        ("She checks the cooker about five times before going to bed.", {NC}),
        ("She left her job at a call centre two years ago.", {SUP}),
        ("Her hands were observed to be red and cracked.", {IMP}),
    ]
    return turns, report


def _case_16():
    # PIP, face to face, right below-knee amputation.
    turns = [
        ("A", "Hello Mr Kowalski, come in, take your time. It's twenty past one."),
        ("C", "Thanks. Sorry, the prosthetic's rubbing today."),
        ("A", "Tell me about your leg."),
        (
            "C",
            "Below knee amputation, right leg, after a motorbike accident three years back. I've got a prosthetic but I can only wear it for a few hours, two or three, before the stump gets sore and I have to take it off.",
        ),
        ("A", "How far can you walk with it?"),
        (
            "C",
            "On a good day maybe the length of a football pitch, but then I'm done, I can't do it again that day. Around the house I usually use crutches.",
        ),
        ("A", "How often is it a good day?"),
        ("C", "Honestly, two days a week if I'm lucky."),
        ("A", "Do you get any phantom pain?"),
        (
            "C",
            "Every night. Like electric shocks. I'm on pregabalin, a hundred and fifty twice a day.",
        ),
        ("A", "How do you bathe?"),
        (
            "C",
            "I've got a bath board. I take the leg off, so I have to hop or sit. I've slipped once.",
        ),
        ("A", "Do you drive?"),
        ("C", "Automatic, adapted. Only short trips, ten minutes or so."),
        ("A", "Okay. Could you stand on your left leg for me?"),
        ("C", "Holding the desk, yeah... that's about it."),
        ("A", "Fine, thank you."),
    ]
    report = [
        ("He stated that he wears his prosthesis for most of the day.", {NC, QD}),
        ("He stated he can walk around 100 metres using his prosthesis.", {QD}),
        ("He reported good days on around five days a week.", {NC}),
        ("He reported phantom pain every night and takes pregabalin 150mg twice daily.", {SUP}),
        ("He uses a bath board and has slipped once.", {SUP}),
        ("He drives an adapted automatic car on journeys of up to an hour.", {NC}),
        ("He was able to stand on his left leg without support.", {IMP}),
        ("The consultation began at 13:20.", {SUP}),
    ]
    return turns, report


def _case_17():
    # WCA, video, long Covid with POTS.
    turns = [
        (
            "A",
            "Hi, can you see me okay? My camera's a bit dark. This is your ESA assessment, by video. It's four minutes past ten.",
        ),
        ("C", "I can see you. Can I just say, I might lose my words, it's the brain fog."),
        ("A", "That's absolutely fine. Tell me about your condition."),
        (
            "C",
            "Long Covid, since twenty twenty-two. I was a primary teacher. Now if I do anything, a shower, a short walk, I crash for two or three days.",
        ),
        ("A", "What does a crash look like?"),
        ("C", "In bed, curtains shut, I can't tolerate noise. My husband brings me food."),
        ("A", "How far can you walk?"),
        (
            "C",
            "I could walk to the end of the street, maybe eighty metres, but I'd pay for it. I'd need to sit on a wall halfway.",
        ),
        ("A", "Do you use any aids?"),
        ("C", "A walking stick with a seat, and a wheelchair for hospital appointments."),
        ("A", "What happens with your heart rate?"),
        (
            "C",
            "It goes up to a hundred and forty when I stand, they think it's POTS. I get dizzy after about five minutes standing.",
        ),
        ("A", "How are your memory and concentration?"),
        ("C", "I... sorry, what was the question again?"),
        ("A", "Your memory and concentration."),
        ("C", "Right. Awful. I leave the tap running. I can read maybe a page and then it's gone."),
        ("A", "Okay, we're coming to the end. How are you feeling?"),
        ("C", "Tired. I'll need to lie down after this."),
    ]
    report = [
        ("The assessment took place by video and started at 10:04.", {SUP}),
        ("She stated she can walk to the end of her street, a distance of about 80 metres.", {QD}),
        ("She reported that post-exertional crashes last around one day.", {NC}),
        (
            "She uses a walking stick with a seat, and a wheelchair for hospital appointments.",
            {SUP},
        ),
        ("Her heart rate rises to about 100 beats per minute on standing.", {NC}),
        ("She stated she can stand for up to twenty minutes.", {NC}),
        ("She followed the conversation well and did not need any question repeated.", {IMP}),
        ("She stated she is able to read a book for leisure.", {QD}),
    ]
    return turns, report


def _case_18():
    # PIP, telephone, paranoid schizophrenia, lives in a hostel.
    turns = [
        (
            "A",
            "Hello, is that Daniel Brooks? It's Rachel, I'm calling about your PIP claim. We're doing the assessment over the phone. Have you got somewhere quiet?",
        ),
        ("C", "I'm in my room at the hostel. It's okay."),
        ("A", "It's twenty to three. Can you tell me about your mental health?"),
        (
            "C",
            "Paranoid schizophrenia. I hear voices. They're quieter on the injection but they're still there, most of the day.",
        ),
        ("A", "How often do you have the injection?"),
        ("C", "Every four weeks. The nurse does it."),
        ("A", "Do you cook?"),
        (
            "C",
            "No. There's a kitchen, but the other lads... I don't like being in there. I eat crisps, sandwiches. Staff remind me to eat.",
        ),
        ("A", "What about washing?"),
        ("C", "Staff have to tell me. Maybe once a week I shower. I don't see the point."),
        ("A", "Do you go out?"),
        (
            "C",
            "I go to the shop across the road. That's it. I think people are watching me. Anywhere else, a staff member comes with me.",
        ),
        ("A", "How do you manage money?"),
        ("C", "Staff help. I had my money taken by someone I thought was a friend."),
        ("A", "Do the voices ever tell you to hurt anyone?"),
        ("C", "Sometimes to hurt myself. I tell the staff."),
        ("A", "Okay, Daniel, that's everything. Thanks for your time."),
    ]
    report = [
        ("The consultation was held by telephone and began at 14:40.", {SUP}),
        (
            "He reported that his voices are well controlled by medication and only occasional.",
            {NS},
        ),
        ("He receives a depot injection every two weeks.", {NC}),
        ("He stated that he prepares simple meals in the shared kitchen.", {NS}),
        ("He showers once a week.", {QD}),
        ("He goes to the shop across the road; staff go with him anywhere further.", {SUP}),
        ("He maintained good eye contact and appeared well kempt.", {IMP}),
        ("He manages his own money.", {QD}),
    ]
    return turns, report


def _case_19():
    # WCA, face to face, hypermobile Ehlers-Danlos syndrome, sister present.
    turns = [
        ("A", "Hello, come in. And you've brought...?"),
        ("P", "Her sister, Nicola."),
        (
            "A",
            "Great. We're starting at eleven minutes past eleven, funnily enough. Tell me about the EDS.",
        ),
        (
            "C",
            "Hypermobile EDS. My joints sublux, partly dislocate. Shoulders, fingers, knees. Four or five times a week something goes.",
        ),
        ("A", "How does that affect you day to day?"),
        (
            "C",
            "I can't carry anything heavy. A kettle, half full, with both hands. I wear splints on my wrists most days.",
        ),
        ("A", "And walking?"),
        (
            "C",
            "About fifty metres on crutches, and then my knees start to go. I've got a wheelchair for further, but I can't push myself because of my shoulders.",
        ),
        ("P", "I push her. Or her husband does."),
        ("A", "How do you manage stairs?"),
        (
            "C",
            "On my bum, going down. Going up, I hold the rail with both hands, and it takes a couple of minutes for one flight.",
        ),
        ("A", "Writing, or using a keyboard?"),
        ("C", "Ten minutes typing and my fingers sublux. I use voice-to-text."),
        ("A", "I'd like to ask you to lift your arms above your head."),
        ("C", "I'd rather not, my right shoulder went this morning."),
        ("A", "That's fine. Anything else you'd like to add?"),
        ("P", "She's in pain every day. She won't say it, but it's every day."),
        ("A", "Thank you both, we'll finish there."),
    ]
    report = [
        ("The consultation started at 11:11.", {SUP}),
        ("She reported subluxations approximately once a week.", {NC}),
        ("She stated she can carry a half-full kettle.", {QD}),
        (
            "She stated she can walk about fifty metres on crutches before her knees start to give way.",
            {SUP},
        ),
        ("She self-propels a manual wheelchair for longer distances.", {NS}),
        ("She stated she can climb a flight of stairs in about thirty seconds.", {NC, QD}),
        ("She stated she can type for up to an hour.", {NC}),
        ("Shoulder range of movement was full on examination.", {IMP}),
        ("She was accompanied by her sister.", {SUP}),
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
FIRST_SEED = 23000


def make_case_23(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    index = seed - FIRST_SEED
    if not 0 <= index < len(_CASES):
        raise ValueError(
            f"seed {seed} is out of range for blind set 23: expected {FIRST_SEED} to {FIRST_SEED + len(_CASES) - 1}"
        )
    rng = random.Random(seed)
    assessor, claimant, companion = rng.sample(VOICES, 3)
    voice_of = {"A": assessor, "C": claimant, "P": companion}
    turns, report = _CASES[index]()
    dialogue = [(0 if role == "A" else 1, voice_of[role], text) for role, text in turns]
    return dialogue, [(s, set(l)) for s, l in report]  # noqa: E741
