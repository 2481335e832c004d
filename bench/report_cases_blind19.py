"""Blind held-out set 21 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty hand-written assessment dialogues (PIP and WCA; face to face, telephone and
video; some with a partner, parent, friend, carer or support worker speaking) covering
rheumatoid arthritis, depression and anxiety, multiple sclerosis, COPD, autism with a
learning disability, a back injury, epilepsy, macular degeneration, ME, PTSD, heart
failure, bipolar disorder, stroke, Crohn's disease, hearing loss, knee osteoarthritis,
Parkinson's disease, schizophrenia, diabetic neuropathy and long covid with POTS. Each
dialogue is paired with a short report whose statements carry gold labels: figures
changed, limits dropped, things never said, things the recording itself rules out, and
faithful paraphrases.
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
    # PIP face to face, rheumatoid arthritis, claimant alone.
    turns = [
        (
            "A",
            "Good morning. This is your face to face assessment for Personal Independence Payment. Can you tell me about your main condition?",
        ),
        (
            "C",
            "I've got rheumatoid arthritis, mainly in my hands and my knees. I was diagnosed about six years ago.",
        ),
        ("A", "What medication do you take for it?"),
        (
            "C",
            "Methotrexate once a week, fifteen milligrams, and I take co-codamol when the pain is bad, which is most days really.",
        ),
        ("A", "How do you manage preparing a meal?"),
        (
            "C",
            "I can do something simple in the microwave. I can't lift a full pan, my wrists just give way. I sit on a stool at the counter if I'm chopping anything.",
        ),
        ("A", "And how long can you stand in the kitchen?"),
        ("C", "Maybe five minutes, then I have to sit down."),
        ("A", "How about washing and bathing?"),
        (
            "C",
            "My husband helps me in and out of the bath. I've got a rail but I still need him there in case I slip.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "About fifty yards, maybe a bit more on a good day, then my knees lock and I have to stop and rest.",
        ),
        ("A", "Do you use any walking aid?"),
        ("C", "A stick outside, yes, always."),
    ]
    report = [
        ("The claimant has had rheumatoid arthritis for around sixteen years.", {NC}),
        (
            "She takes methotrexate fifteen milligrams weekly and co-codamol when her pain is bad.",
            {SUP},
        ),
        (
            "She is able to prepare a simple meal in the microwave and sits on a stool to chop.",
            {SUP},
        ),
        ("She bathes independently using a grab rail.", {QD}),
        ("She can walk approximately 200 metres.", {NC, QD}),
        ("She reports attending a weekly swimming class.", {NS}),
        ("The consultation lasted fifty minutes.", {IMP}),
    ]
    return turns, report


def _case_01():
    # WCA telephone, depression and anxiety, partner present.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment by telephone. I understand someone is with you?",
        ),
        ("C", "Yes, my partner Sam is here. I get muddled on the phone."),
        ("P", "Hi, I'm Sam. I'll just help if she gets stuck."),
        ("A", "Thank you. Can you tell me about your mental health?"),
        (
            "C",
            "I've had depression since my son was born, so about eight years, and the anxiety has got worse in the last two years.",
        ),
        ("A", "How often do you go out of the house?"),
        (
            "C",
            "Maybe once or twice a week, and only if Sam comes with me. I had a panic attack in the supermarket last month and I haven't been back on my own.",
        ),
        ("A", "Do you manage any appointments on your own?"),
        ("C", "No. Sam takes me to the doctor. I couldn't go by myself."),
        ("A", "How are you sleeping?"),
        ("C", "Badly. Three or four hours a night, maybe."),
        ("P", "She's up most nights. Some days she doesn't get out of bed until the afternoon."),
        ("A", "Are you taking any medication?"),
        (
            "C",
            "Sertraline, a hundred milligrams. I used to do some volunteering at the charity shop but I stopped that over a year ago.",
        ),
        ("A", "Do you need reminding to take it?"),
        ("P", "I put it out for her every morning, otherwise she forgets."),
        ("C", "Sorry, can we stop for a minute please? I need a break."),
        ("A", "Of course, take your time."),
    ]
    report = [
        ("The claimant attended the telephone assessment alone.", {IMP}),
        ("She has had depression for about eight years.", {SUP}),
        ("She goes out on her own four or five times a week.", {NC, QD}),
        ("She attends her doctor's appointments independently.", {QD}),
        ("She sleeps around seven hours a night.", {NC}),
        ("She takes sertraline 100 milligrams and remembers to take it herself.", {QD}),
        ("She currently volunteers at a charity shop.", {NS}),
        ("No breaks were required during the assessment.", {IMP}),
        ("Her partner reports that on some days she stays in bed until the afternoon.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP video, multiple sclerosis, claimant alone.
    turns = [
        (
            "A",
            "Hello, can you see and hear me all right on the video call? This is your PIP assessment.",
        ),
        ("C", "Yes, I can see you. The picture is a bit jumpy but it's fine."),
        ("A", "Tell me about your multiple sclerosis."),
        (
            "C",
            "It's relapsing remitting. I was diagnosed in twenty fifteen. I get about two relapses a year, and the fatigue is constant.",
        ),
        ("A", "How does the fatigue affect you day to day?"),
        (
            "C",
            "By the middle of the afternoon I'm done. I have to lie down for an hour or two most days.",
        ),
        ("A", "Can you cook for yourself?"),
        (
            "C",
            "Not really. My hands go numb and I've dropped hot pans. My sister brings round meals three times a week and I heat them up.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day maybe a hundred metres with my crutches. On a bad day I can't get to the end of the garden.",
        ),
        ("A", "How many bad days would you say you have?"),
        (
            "C",
            "Probably four days out of seven. More in the summer, because the heat makes it worse.",
        ),
        ("A", "Any problems with your bladder?"),
        (
            "C",
            "Yes, urgency. I need to get to the toilet within a minute or two or I have an accident. I wear pads.",
        ),
        ("A", "Do you drive?"),
        ("C", "I gave up driving two years ago because my eyesight kept going blurry."),
    ]
    report = [
        ("The claimant was diagnosed with multiple sclerosis in 2005.", {NC}),
        ("She experiences approximately two relapses per year.", {SUP}),
        ("She needs to rest for up to fifteen minutes in the afternoon.", {NC}),
        ("She is able to cook a simple meal for herself.", {QD}),
        ("She can walk around 100 metres.", {QD}),
        ("She has bad days on around one day a week.", {NC}),
        ("On examination, power in the lower limbs was five out of five on both sides.", {IMP}),
        ("She reports bladder urgency and uses pads.", {SUP}),
        ("She drives short distances to the local shop.", {NS}),
    ]
    return turns, report


def _case_03():
    # WCA face to face, COPD, claimant alone.
    turns = [
        (
            "A",
            "Good afternoon, I'm the healthcare professional carrying out your work capability assessment today. Did you get here all right?",
        ),
        ("C", "My neighbour drove me. I couldn't have managed the bus."),
        ("A", "Tell me about your breathing."),
        (
            "C",
            "I've got COPD. I get breathless doing almost anything. I use my blue inhaler maybe six or seven times a day.",
        ),
        ("A", "Have you had any hospital admissions?"),
        (
            "C",
            "Three in the last year, for chest infections. The last time I was in for nine days.",
        ),
        ("A", "How far can you walk on the flat before you need to stop?"),
        (
            "C",
            "About thirty metres, then I have to stop and get my breath back. Sometimes less if it's cold.",
        ),
        ("A", "And stairs?"),
        ("C", "I can do a few steps holding the rail, then I stop. I've moved my bed downstairs."),
        ("A", "Do you smoke?"),
        ("C", "I stopped five years ago. I smoked twenty a day before that."),
        ("A", "How long can you sit comfortably?"),
        ("C", "Sitting is fine really, it's moving that's the problem. Maybe an hour or so."),
        ("A", "Do you use oxygen?"),
        ("C", "Not yet. The respiratory nurse said they'll look at it at my next review."),
    ]
    report = [
        ("The claimant travelled to the assessment centre by bus.", {NS}),
        ("He uses his reliever inhaler around six to seven times a day.", {SUP}),
        ("He has had one hospital admission in the past year.", {NC}),
        ("He can mobilise approximately 300 metres on level ground without stopping.", {NC, QD}),
        ("He can climb a flight of stairs without difficulty.", {QD}),
        ("He is an ex-smoker who stopped five years ago, having smoked twenty a day.", {SUP}),
        ("He uses home oxygen overnight.", {NS}),
        ("The assessment lasted one hour and ten minutes.", {IMP}),
    ]
    return turns, report


def _case_04():
    # PIP telephone, autism and learning disability, mother present.
    turns = [
        ("A", "Hello, this is your PIP telephone assessment. Is anyone with you today?"),
        ("C", "My mum."),
        ("P", "Hello, I'm his mum, Linda. He finds talking on the phone hard so I might help."),
        ("A", "That's fine. Can you tell me what help you need with cooking?"),
        ("C", "I don't cook. Mum does it. I can make toast."),
        (
            "P",
            "He can use the toaster if I'm in the house. He left the grill on twice last year so I don't let him use the cooker.",
        ),
        ("A", "What about managing money?"),
        ("C", "I don't know about money really."),
        (
            "P",
            "He can pay for something small in a shop, like a drink, but he doesn't understand change. I look after his bank card.",
        ),
        ("A", "How do you get to places you haven't been before?"),
        ("C", "I don't. I get scared. I only go to college with my support worker."),
        ("A", "How often is college?"),
        ("C", "Two days a week."),
        ("A", "And how old are you?"),
        ("C", "Nineteen."),
        (
            "P",
            "He needs reminding to wash every day. If I didn't remind him he'd go a week without a shower.",
        ),
    ]
    report = [
        ("The claimant is a 29-year-old man.", {NC}),
        ("He can make toast when his mother is in the house.", {SUP}),
        ("He is able to cook a simple meal using the cooker.", {QD}),
        (
            "He can pay for small items in shops but does not understand change, and his mother looks after his bank card.",
            {SUP},
        ),
        ("He travels to college on his own five days a week.", {NC, QD}),
        ("He told the assessor he enjoys taking the train into town at weekends.", {NS}),
        ("His mother reminds him to wash every day.", {SUP}),
        ("The claimant answered all questions himself without any assistance.", {IMP}),
        ("He was observed to maintain good eye contact throughout.", {IMP}),
    ]
    return turns, report


def _case_05():
    # PIP face to face, back injury with sciatica, friend present.
    turns = [
        ("A", "Morning. This is your PIP consultation. Who have you brought with you?"),
        ("C", "This is my friend Dave, he drove me here."),
        ("P", "Morning."),
        ("A", "What happened to your back?"),
        (
            "C",
            "I fell off a ladder at work three years ago. I was a plasterer. I've got two slipped discs and sciatica down my right leg.",
        ),
        ("A", "Are you working now?"),
        ("C", "No, I haven't worked since the fall."),
        ("A", "How long can you stand for?"),
        (
            "C",
            "Ten minutes, maybe fifteen if I lean on something. Then the pain down my leg is unbearable.",
        ),
        ("A", "How far can you walk?"),
        ("C", "I'd say about forty metres before I have to stop. I use a stick."),
        ("P", "When we walk from the car park he stops two or three times. It takes him ages."),
        ("A", "Can you get in and out of the bath?"),
        (
            "C",
            "I don't use the bath any more. There's a shower over it, but I sit on a shower stool, I can't stand that long.",
        ),
        ("A", "How about dressing your lower half?"),
        (
            "C",
            "I can't bend to put socks on. I use a sock aid, or Dave or my brother helps if they're round.",
        ),
        ("A", "What painkillers do you take?"),
        ("C", "Pregabalin twice a day and tramadol, fifty milligrams, up to four times a day."),
    ]
    report = [
        ("The claimant fell from a ladder at work thirteen years ago.", {NC}),
        ("He previously worked as a plasterer and has not worked since the fall.", {SUP}),
        ("He can stand for around fifteen minutes.", {QD}),
        ("He walks approximately forty metres with a stick before needing to stop.", {SUP}),
        ("He showers standing and does not need any aids.", {QD}),
        ("He takes tramadol 100 milligrams up to four times a day.", {NC}),
        ("He enjoys fishing at weekends with his friend.", {NS}),
        ("His friend did not contribute to the consultation.", {IMP}),
        ("He uses a sock aid or gets help from his friend or brother to put his socks on.", {SUP}),
    ]
    return turns, report


def _case_06():
    # WCA telephone, epilepsy, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is your telephone work capability assessment. Can you confirm you're happy to go ahead?",
        ),
        ("C", "Yes, that's fine."),
        ("A", "Tell me about your seizures."),
        (
            "C",
            "I have tonic clonic seizures. At the moment it's about three a month, sometimes more if I'm stressed or not sleeping.",
        ),
        ("A", "Do you get any warning?"),
        (
            "C",
            "No, none at all. That's the problem. I've woken up on the kitchen floor with no idea what happened.",
        ),
        ("A", "How long does it take you to recover?"),
        (
            "C",
            "I'm wiped out for the rest of the day, and my head is foggy for a day or two after.",
        ),
        ("A", "Have you injured yourself?"),
        ("C", "I broke my wrist in March and I've cut my head a few times."),
        ("A", "What medication are you on?"),
        (
            "C",
            "Levetiracetam, a thousand milligrams twice a day, and they've just added lamotrigine.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Only to the corner shop, it's two minutes away. Anywhere further, my mum comes with me in case I have one.",
        ),
        ("A", "Do you cook?"),
        ("C", "I only use the microwave. I was told not to use the hob on my own."),
    ]
    report = [
        ("The claimant has around three seizures a year.", {NC}),
        (
            "She reports a warning aura before seizures which allows her to get to a safe place.",
            {NS},
        ),
        ("She recovers within about an hour of a seizure.", {NC}),
        ("She fractured her wrist in March.", {SUP}),
        ("She takes levetiracetam 1000 milligrams twice daily.", {SUP}),
        ("She goes out alone to the shops and further afield.", {QD}),
        ("She cooks meals on the hob without difficulty.", {QD}),
        ("She appeared well kempt and made good eye contact.", {IMP}),
        ("The assessment started at 10:00 and finished at 10:50.", {IMP}),
    ]
    return turns, report


def _case_07():
    # PIP telephone, macular degeneration, daughter present.
    turns = [
        (
            "A",
            "Good morning, this is your Personal Independence Payment telephone assessment. Is there anyone with you?",
        ),
        ("C", "My daughter Priya is here, she'll help me with dates and things."),
        ("P", "Hello."),
        ("A", "Can you tell me about your eyesight?"),
        (
            "C",
            "I've got macular degeneration in both eyes. The right eye is worse. I can see shapes at the side but not what's in front of me.",
        ),
        ("A", "Can you read your post?"),
        ("C", "No, Priya reads it to me when she comes round. That's three times a week."),
        ("P", "I come Monday, Wednesday and Saturday and go through the letters and the bills."),
        ("A", "How do you manage cooking?"),
        (
            "C",
            "I make a cup of tea with a gadget on the cup that beeps when it's full. I don't use the oven any more, I burned myself last winter.",
        ),
        ("A", "How do you get about outside?"),
        (
            "C",
            "I've got a long cane and I've been doing mobility training. I'll walk to the bus stop at the end of my road with the cane, that's all. It's maybe a hundred yards.",
        ),
        ("A", "Would you go somewhere new on your own?"),
        ("C", "No. Never. I'd get lost, and I can't read the bus numbers."),
        ("A", "How old are you now?"),
        ("C", "Seventy one in June."),
        ("P", "Seventy two, Mum. You were seventy one last June."),
        ("C", "Oh, she's right, seventy two."),
    ]
    report = [
        ("The claimant is 62 years old.", {NC}),
        ("She has macular degeneration affecting both eyes, worse on the right.", {SUP}),
        ("Her daughter reads her post to her once a week.", {NC}),
        ("She makes hot drinks using a liquid level indicator and no longer uses the oven.", {SUP}),
        ("She walks to the bus stop at the end of her road, about 100 yards away.", {QD}),
        ("She was observed to move around the room confidently without her cane.", {IMP}),
        ("The consultation took place face to face at the assessment centre.", {IMP}),
        ("She told the assessor she goes to a weekly lunch club with friends.", {NS}),
    ]
    return turns, report


def _case_08():
    # WCA video, ME (chronic fatigue syndrome), claimant alone.
    turns = [
        (
            "A",
            "Hello, thanks for joining the video call for your work capability assessment. Can you hear me clearly?",
        ),
        ("C", "Yes. Sorry, I'm lying down, I couldn't sit up for this today."),
        ("A", "That's fine. Tell me about your condition."),
        (
            "C",
            "I've had ME for about four years, since I had glandular fever. The main thing is, if I do anything, I crash for two or three days afterwards.",
        ),
        ("A", "What does a typical day look like?"),
        (
            "C",
            "I'm in bed or on the sofa most of the day. I might manage to shower twice a week, and that takes it out of me.",
        ),
        ("A", "How long can you sit at a table?"),
        ("C", "Maybe twenty minutes, then I have to lie back down. My head goes fuzzy."),
        ("A", "Can you concentrate on something like reading or a television programme?"),
        ("C", "Not really. I lose track after ten minutes or so. I listen to the radio instead."),
        ("A", "Do you leave the house?"),
        ("C", "Once a fortnight for the doctor or the chemist, in a wheelchair. My dad pushes me."),
        ("A", "Who does your shopping?"),
        ("C", "My dad does it online for me."),
        ("A", "Did you work before?"),
        (
            "C",
            "I was a primary school teacher. I tried going back part time but I only lasted three weeks.",
        ),
    ]
    report = [
        ("The claimant has had ME for approximately fourteen years.", {NC}),
        ("She reports crashes lasting two to three days after activity.", {SUP}),
        ("She showers daily.", {NC}),
        ("She can sit at a table for around two hours.", {NC}),
        (
            "She loses concentration after about ten minutes when reading or watching television.",
            {SUP},
        ),
        ("She leaves the house once a fortnight for appointments.", {QD}),
        ("She sat upright throughout the video call with no signs of fatigue.", {IMP}),
        ("She does her own shopping online.", {QD}),
    ]
    return turns, report


def _case_09():
    # PIP face to face, PTSD, support worker present.
    turns = [
        (
            "A",
            "Hello, I'm the disability assessor. This is your PIP assessment here at the centre. Who is this with you?",
        ),
        ("C", "This is Maria, my support worker from the veterans' charity."),
        ("P", "Hi, I see him once a week."),
        ("A", "Can you tell me about your PTSD?"),
        (
            "C",
            "I served in Afghanistan. I left the army in twenty eighteen. I get flashbacks and nightmares, most nights.",
        ),
        ("A", "How do you get on in crowded places?"),
        (
            "C",
            "I don't. If there's loud noise or lots of people I panic. I do my shopping at six in the morning when it's empty, and even then I've walked out and left the trolley.",
        ),
        ("A", "Do you see friends or family?"),
        (
            "C",
            "My brother comes over maybe once a month. I don't really have friends any more. I stopped going to the pub with the lads years ago.",
        ),
        ("P", "He's very isolated. It took about six months before he'd meet me outside his flat."),
        ("A", "Do you look after your own medication?"),
        (
            "C",
            "I'm on sertraline and prazosin. I've, er, I've taken too many before, so the pharmacy gives me a week at a time, and Maria checks the pack when she comes.",
        ),
        ("A", "How do you manage your money?"),
        (
            "C",
            "I pay the bills on direct debit. It's fine as long as nothing unexpected comes up. Then I panic and ring Maria.",
        ),
        ("A", "Would you like a break at all?"),
        ("C", "Yes, can I step outside for five minutes? I need some air."),
        ("A", "Of course."),
    ]
    report = [
        ("The claimant left the army in 2008.", {NC}),
        ("He reports nightmares and flashbacks most nights.", {SUP}),
        ("He does his own shopping at the supermarket without difficulty.", {QD}),
        ("He meets friends at the pub every week.", {NS}),
        ("His brother visits around once a week.", {NC}),
        ("He manages his medication independently.", {QD}),
        (
            "He pays his bills by direct debit and contacts his support worker if something unexpected comes up.",
            {SUP},
        ),
        ("He completed the consultation without requiring a break.", {IMP}),
    ]
    return turns, report


def _case_10():
    # WCA face to face, heart failure, claimant alone.
    turns = [
        (
            "A",
            "Good morning. This is your work capability assessment. I'll ask about how your condition affects you.",
        ),
        ("C", "Morning. I hope I can keep up, I get breathless talking sometimes."),
        ("A", "Tell me about your heart."),
        (
            "C",
            "I had a heart attack two years ago and now I've got heart failure. My heart is only pumping at about thirty percent, the consultant said.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On the flat, maybe a hundred metres, slowly. Then my chest gets tight and I have to stand still for a few minutes.",
        ),
        ("A", "Could you do that again, say, shortly afterwards?"),
        (
            "C",
            "No, once I've done it that's me for a while. I couldn't do it again straight after.",
        ),
        ("A", "How about standing?"),
        ("C", "I'd say ten minutes before my ankles swell and I feel dizzy."),
        ("A", "Do you take water tablets?"),
        (
            "C",
            "Furosemide, eighty milligrams in the morning. It means I'm back and forth to the toilet all morning, so I don't go out before lunchtime.",
        ),
        ("A", "Do you lift things, like shopping bags?"),
        ("C", "I can lift a carton of milk. A full shopping bag, no, my wife does all that."),
        ("A", "How is your memory?"),
        ("C", "That's fine, my memory's fine."),
    ]
    report = [
        ("The claimant had a heart attack two years ago.", {SUP}),
        ("His heart function is reported as 50 percent.", {NC}),
        ("He can walk 100 metres on the flat.", {QD}),
        ("He is able to repeat this distance shortly afterwards.", {QD}),
        ("He can stand for around forty minutes.", {NC}),
        ("He takes furosemide 40 milligrams each morning.", {NC}),
        ("He can lift and carry a full shopping bag.", {QD}),
        ("He reported no problems with his memory.", {SUP}),
        ("He was accompanied by his wife, who confirmed his account.", {IMP}),
    ]
    return turns, report


def _case_11():
    # PIP telephone, bipolar disorder, claimant alone.
    turns = [
        ("A", "Hello, it's the PIP assessment by phone. Is now still a good time?"),
        ("C", "Yes, sorry, I've been dreading this, I'm a bit shaky."),
        ("A", "Take your time. Tell me about your bipolar disorder."),
        (
            "C",
            "I was diagnosed when I was twenty three. I'm thirty one now. I've had four hospital admissions, the last one was in the autumn.",
        ),
        ("A", "How are things at the moment?"),
        (
            "C",
            "I'm low. I've been low for about three months. Some days I can't get out of bed at all.",
        ),
        ("A", "How about eating? Do you cook?"),
        (
            "C",
            "When I'm low I just don't eat. My flatmate leaves a sandwich for me sometimes. I'd say I have a proper meal maybe twice a week.",
        ),
        ("A", "And when you're high?"),
        (
            "C",
            "I spend money I haven't got. Last time I spent about two thousand pounds in a weekend on stuff I didn't need. My mum has control of my account now.",
        ),
        ("A", "How do you manage your medication?"),
        (
            "C",
            "Lithium and quetiapine. My mum sets up a dosette box every Sunday, and she rings me in the evening to check I've taken it.",
        ),
        ("A", "Are you working?"),
        ("C", "No, I had to leave my job in a call centre. I haven't worked for over a year."),
        ("A", "Do you see people socially?"),
        ("C", "Not really. My mum, my flatmate. I don't answer the door to anyone else."),
    ]
    report = [
        ("She was diagnosed with bipolar disorder at the age of 23.", {SUP}),
        ("She has had one previous hospital admission.", {NC}),
        ("She has been experiencing low mood for around three weeks.", {NC}),
        ("During a high period she spent about two thousand pounds in one weekend.", {SUP}),
        ("She manages her own finances without help.", {QD}),
        ("She manages her medication independently.", {QD}),
        ("She currently works part time in a call centre.", {NS}),
    ]
    return turns, report


def _case_12():
    # PIP face to face, stroke with left sided weakness, husband present.
    turns = [
        ("A", "Good afternoon, this is your PIP face to face assessment. And you are?"),
        ("P", "I'm Tom, her husband. I'm her carer."),
        ("A", "Thank you. Can you tell me what happened?"),
        ("C", "I had a stroke eighteen months ago. My left arm is weak and my left leg drags."),
        ("A", "Can you use your left hand at all?"),
        (
            "C",
            "I can hold something light, a cup, for a minute or so, but I can't grip properly. I drop things all the time.",
        ),
        ("A", "How do you manage cutting up food?"),
        (
            "C",
            "Tom cuts my food up for me. I've got a special knife and fork but I still can't manage meat.",
        ),
        ("A", "And getting washed?"),
        (
            "C",
            "Tom helps me in the shower every morning. I sit on a seat. I can wash my face and my front, but not my back or my feet.",
        ),
        ("P", "She's fallen twice in the bathroom, so I don't leave her."),
        ("A", "How far can you walk?"),
        (
            "C",
            "Round the house with my frame. Outside, maybe twenty metres to the car, with Tom holding my arm.",
        ),
        ("A", "Has your speech been affected?"),
        ("C", "A bit. I get the words muddled when I'm tired. And my memory is not what it was."),
        ("A", "Do you have any hobbies?"),
        ("C", "I used to knit, but I can't now with this hand."),
    ]
    report = [
        ("The claimant had a stroke eight months ago.", {NC}),
        ("She has weakness in her left arm and left leg.", {SUP}),
        ("She can cut up her food using adapted cutlery.", {QD}),
        ("She showers independently.", {QD}),
        ("She walks around 200 metres outdoors.", {NC, QD}),
        ("She reports that her words become muddled when she is tired.", {SUP}),
        ("She enjoys knitting in the evenings.", {NS}),
    ]
    return turns, report


def _case_13():
    # WCA telephone, Crohn's disease, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment over the telephone. Can you tell me about your Crohn's disease?",
        ),
        (
            "C",
            "I was diagnosed at sixteen, so I've had it nearly twenty years. I've had two operations, part of my bowel removed.",
        ),
        ("A", "How often do you need the toilet on a typical day?"),
        (
            "C",
            "On a bad day, twelve or fifteen times. On a better day maybe six. And it's urgent, I get about a minute's warning.",
        ),
        ("A", "Have you had any accidents?"),
        ("C", "Yes. Maybe once a week I don't make it. That's why I hardly go out."),
        ("A", "How about tiredness?"),
        ("C", "I'm exhausted all the time. I'm anaemic, I have iron infusions every three months."),
        ("A", "What medication are you on?"),
        (
            "C",
            "Infliximab infusions every eight weeks at the hospital, and loperamide when I have to go out.",
        ),
        ("A", "Could you travel somewhere by yourself?"),
        (
            "C",
            "Only if I know where the toilets are. I plan every trip around toilets. Usually my partner drives me.",
        ),
        ("A", "Can you tell me what you do in a day?"),
        (
            "C",
            "Mostly I'm at home. I do a bit of laundry, some light tidying. I have to sit down a lot.",
        ),
    ]
    report = [
        ("The claimant has had Crohn's disease for nearly twenty years.", {SUP}),
        ("He has had one bowel operation.", {NC}),
        ("He needs the toilet around six times a day on a bad day.", {NC}),
        ("He receives infliximab infusions every eight weeks.", {SUP}),
        ("He is able to travel independently without any need to plan ahead.", {QD}),
        ("He goes to the gym three times a week.", {NS}),
        ("He was noted to be of slim build.", {IMP}),
    ]
    return turns, report


def _case_14():
    # PIP video, severe hearing loss with tinnitus, partner present and repeating.
    turns = [
        ("A", "Hello, welcome to your PIP video assessment. Can you hear me okay?"),
        ("C", "Sorry, can you say that again? I need to see your face."),
        (
            "P",
            "She's asking if you can hear her all right. I'm Chris, her partner. I'll repeat things if she misses them.",
        ),
        ("A", "Thank you, Chris. How long have you had problems with your hearing?"),
        (
            "C",
            "Since I was about forty. It's got a lot worse in the last five years. I've got hearing aids in both ears but they only help a bit.",
        ),
        ("A", "How do you manage conversations?"),
        (
            "C",
            "One to one, if I can see the person's lips, I get most of it. In a group I'm lost. I don't go to family dinners any more.",
        ),
        ("A", "Can you use the telephone?"),
        ("C", "No, not at all. Chris makes all my calls. I text or use email."),
        ("P", "She can't hear the doorbell either, so we've got a flashing light."),
        ("A", "Do you have tinnitus?"),
        (
            "C",
            "Yes, a loud whistling all the time. It's worse at night, I get maybe four hours of sleep.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "To the corner shop, yes. But I can't hear traffic properly, I nearly got hit by a bike last year, so on busy roads I go with Chris.",
        ),
        ("A", "How old are you now?"),
        ("C", "Fifty eight."),
    ]
    report = [
        ("The claimant first noticed hearing problems at around the age of forty.", {SUP}),
        ("She is 48 years old.", {NC}),
        ("She can follow group conversations using her hearing aids.", {QD}),
        ("She told the assessor she attends a lip reading class every week.", {NS}),
        (
            "She has constant tinnitus which affects her sleep, and she gets around four hours a night.",
            {SUP},
        ),
        ("She goes out independently, including crossing busy roads.", {QD}),
        ("The assessment was completed without any questions needing to be repeated.", {IMP}),
    ]
    return turns, report


def _case_15():
    # WCA face to face, osteoarthritis of both knees, claimant alone.
    turns = [
        ("A", "Good morning, this is your work capability assessment. Please take a seat."),
        ("C", "Thanks. Give me a second, getting down is the hard bit."),
        ("A", "Tell me about your knees."),
        (
            "C",
            "Osteoarthritis in both knees, bone on bone the surgeon says. I'm on the waiting list for a replacement on the left one. I've been waiting fourteen months.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my two sticks, about fifty metres. Then I need to stop for a couple of minutes. Without the sticks I wouldn't get far at all.",
        ),
        ("A", "What about stairs?"),
        (
            "C",
            "I go up one step at a time, both feet on each step, holding the banister. It takes me about five minutes to get up our stairs.",
        ),
        ("A", "Can you kneel or bend down?"),
        (
            "C",
            "Kneeling, never. I can bend a bit if I hold on to something, but getting back up is a struggle.",
        ),
        ("A", "What work did you do?"),
        (
            "C",
            "I was a postman for twenty two years. Walking all day. That's probably what did it.",
        ),
        ("A", "Do you take painkillers?"),
        (
            "C",
            "Naproxen twice a day and paracetamol four times a day. I had steroid injections, but they only lasted a few weeks.",
        ),
        ("A", "How are you in yourself?"),
        ("C", "Fed up, to be honest. I used to play bowls every week and I can't now."),
    ]
    report = [
        ("He has been on the waiting list for a knee replacement for four months.", {NC}),
        ("He can walk about 50 metres.", {QD}),
        ("He climbs stairs normally.", {QD}),
        ("He worked as a postman for 12 years.", {NC}),
        ("He continues to play bowls weekly.", {NS}),
        ("He takes naproxen twice a day and paracetamol four times a day.", {SUP}),
        ("Steroid injections gave him relief for around six months.", {NC}),
        ("The consultation began at 09:00 and ended at 09:55.", {IMP}),
    ]
    return turns, report


def _case_16():
    # PIP telephone, Parkinson's disease, wife present.
    turns = [
        ("A", "Hello, this is your PIP telephone assessment. I understand your wife is with you?"),
        ("P", "Yes, I'm Jean. His voice is quite quiet, so I might repeat what he says."),
        ("A", "Thank you. Can you tell me about your Parkinson's?"),
        (
            "C",
            "Diagnosed seven years ago. The tremor is mainly in my right hand. I go stiff, and I freeze when I'm walking, especially in doorways.",
        ),
        ("A", "How often do you fall?"),
        ("C", "Two or three times a month, I'd say."),
        ("P", "It's more than that. Last month it was five times."),
        ("A", "How do you manage dressing?"),
        (
            "C",
            "Jean does my buttons and my shoelaces. I can pull on a jumper, but it takes me a good while.",
        ),
        ("A", "And eating?"),
        ("C", "I spill a lot. I use a plate guard and a heavy spoon. I can't cut anything."),
        ("A", "What medication are you on?"),
        ("C", "Co-careldopa five times a day. I have to take it at exact times or I seize up."),
        ("P", "I set alarms on his phone and I bring the tablets to him."),
        ("A", "Do you still drive?"),
        ("C", "No, I gave up my licence three years ago."),
    ]
    report = [
        ("The claimant was diagnosed with Parkinson's disease seven years ago.", {SUP}),
        ("He falls around once every few months.", {NC}),
        ("He dresses himself independently.", {QD}),
        ("He uses a plate guard and a heavy spoon when eating.", {SUP}),
        ("He takes co-careldopa three times a day.", {NC}),
        ("He still drives short distances locally.", {NS}),
        ("He told the assessor he walks his dog for half an hour each morning.", {NS}),
        ("His gait was observed to be steady with no freezing.", {IMP}),
    ]
    return turns, report


def _case_17():
    # WCA telephone, schizophrenia, support worker present.
    turns = [
        (
            "A",
            "Good afternoon, this is your telephone work capability assessment. Who is with you today?",
        ),
        ("C", "My support worker, Gareth."),
        ("P", "Hello, I'm from the supported housing project. I see him most days."),
        ("A", "Can you tell me about your mental health?"),
        (
            "C",
            "I've got schizophrenia. I hear voices. They're there most of the time, quieter with the medication.",
        ),
        ("A", "What do the voices say?"),
        ("C", "They say people are watching me. That's why I keep the curtains shut."),
        ("A", "How do you get on meeting new people?"),
        (
            "C",
            "I don't like it. I only talk to Gareth and the nurse. I'm nervous now, to be honest.",
        ),
        ("A", "How often do you see your community nurse?"),
        ("C", "Every two weeks she comes for my injection."),
        ("P", "It's a depot injection, fortnightly. He wouldn't take tablets reliably."),
        ("A", "Do you go out on your own?"),
        ("C", "Only to the shop next door. Anywhere else, Gareth takes me."),
        ("A", "Have you ever worked?"),
        ("C", "I worked in a warehouse for about a year when I was twenty. Nothing since."),
        ("A", "Do you manage your own cooking?"),
        (
            "P",
            "We do a cooking session together twice a week. Otherwise it's mostly cereal or things from the shop.",
        ),
    ]
    report = [
        ("The claimant hears voices most of the time.", {SUP}),
        ("He sees his community nurse every two months.", {NC}),
        ("He goes out alone to a variety of places.", {QD}),
        ("He worked in a warehouse for around ten years.", {NC}),
        ("He told the assessor he enjoys meeting new people at a local drop-in group.", {NS}),
        ("He cooks with his support worker around four times a week.", {NC}),
        ("The claimant took the call without anyone else present.", {IMP}),
    ]
    return turns, report


def _case_18():
    # PIP face to face, type 1 diabetes with neuropathy, claimant alone.
    turns = [
        ("A", "Hello, come in. This is your PIP assessment. Can you tell me about your diabetes?"),
        (
            "C",
            "Type one, since I was nine. I'm forty four now. The main problems are the neuropathy in my feet and the hypos.",
        ),
        ("A", "How often do you have hypos?"),
        (
            "C",
            "Three or four a week. I don't always feel them coming any more, so I've passed out twice this year.",
        ),
        ("A", "Who helps when that happens?"),
        ("C", "My son. He's fifteen, he knows how to use the glucagon pen."),
        ("A", "How do you manage your insulin?"),
        (
            "C",
            "I inject four times a day. My eyesight isn't great, so my son checks the dial on the pen for me.",
        ),
        ("A", "What about your feet?"),
        (
            "C",
            "I can't feel the floor properly. Burning pain at night. I've had two ulcers on my right foot.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "A couple of hundred yards on a good day, but then the burning gets really bad. On a bad day less than half that.",
        ),
        ("A", "Can you bathe?"),
        (
            "C",
            "I can wash myself, but I can't feel the water temperature with my feet, so my son checks the bath.",
        ),
        ("A", "Anything else?"),
        ("C", "I do a bit of gardening, just pottering, sitting down mostly."),
    ]
    report = [
        ("The claimant has had type 1 diabetes since the age of 19.", {NC}),
        ("He manages his insulin injections independently four times a day.", {QD}),
        ("He has had two ulcers on his right foot.", {SUP}),
        ("He can walk around 200 yards.", {QD}),
        ("He can wash himself, and his son checks the bath water temperature.", {SUP}),
        ("He does some light gardening, mostly sitting down.", {SUP}),
        ("He works part time as a delivery driver.", {NS}),
    ]
    return turns, report


def _case_19():
    # WCA video, long covid with POTS, claimant alone.
    turns = [
        ("A", "Hello, this is your work capability assessment by video call. Can you see me?"),
        ("C", "Yes, I can see you. I might need to lie down partway through, if that's all right."),
        ("A", "Of course. Tell me about your illness."),
        (
            "C",
            "I had covid in twenty twenty two and never recovered. I was diagnosed with POTS last year. When I stand up my heart rate shoots up and I get dizzy.",
        ),
        ("A", "How long can you stand for?"),
        (
            "C",
            "A couple of minutes, then I feel like I'm going to faint. I've fainted in the shower, so I sit on a stool now.",
        ),
        ("A", "What about brain fog?"),
        (
            "C",
            "It's bad. I forget words. I put the kettle on and forget about it. I set reminders on my phone for everything.",
        ),
        ("A", "Did you work before?"),
        ("C", "I was a nurse on a surgical ward. I've been off sick for about two years now."),
        ("A", "Can you manage stairs?"),
        (
            "C",
            "I go up on my bottom most days. Sorry, I need to lie down now, can we pause for a minute?",
        ),
        ("A", "Yes, let me know when you're ready."),
        ("C", "Okay, I'm lying down. Carry on."),
        ("A", "Do you do any exercise?"),
        (
            "C",
            "I do some gentle stretches in bed, five or ten minutes. Anything more and I crash for days.",
        ),
    ]
    report = [
        ("The claimant caught covid in 2022 and was diagnosed with POTS last year.", {SUP}),
        ("She can stand for around thirty minutes.", {NC}),
        ("She showers standing without any aids.", {QD}),
        ("She worked as a nurse and has been off sick for about two years.", {SUP}),
        ("She attends a gym for gentle exercise twice a week.", {NS}),
        ("She remained seated upright at her desk throughout the assessment.", {IMP}),
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

FIRST_SEED = 21000


def make_case_21(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    """Return (dialogue, report) for one seed in 21000..21019.

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
