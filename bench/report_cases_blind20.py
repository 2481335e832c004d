"""Blind held-out set 22 for the report-versus-recording comparison, written without looking at the comparison code, tests, docs or other benchmark data.

Twenty hand-written PIP (PA4) and WCA (ESA85) assessments, face to face, by telephone and by video, covering
osteoarthritis, depression with anxiety, multiple sclerosis, a lumbar disc prolapse, a learning disability with
epilepsy, COPD, PTSD, fibromyalgia, macular degeneration, epilepsy, autism, heart failure, stroke, bipolar disorder,
rheumatoid arthritis, Meniere's disease, Crohn's disease with a stoma, a below-knee amputation, schizophrenia and
hypermobile Ehlers-Danlos syndrome with PoTS. Some claimants bring a partner, parent, sibling, friend or support
worker who speaks. Claimants hedge, correct themselves and give figures in words; each report is a list of single
sentences with gold labels: changed figures, dropped limits (aids, rest, help, prompting, pain, bad days), things
nobody said or the claimant denied, claims the recording itself rules out (durations and clock times, observations
and examinations on a phone or video call, "attended alone" with a speaking companion, "no breaks" after a break was
asked for), and faithful paraphrases.
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
    # PIP face to face, osteoarthritis of both knees, claimant alone.
    turns = [
        (
            "A",
            "Thanks for coming in today. I'd like to start with your walking. How far can you walk before you have to stop?",
        ),
        (
            "C",
            "Maybe about twenty metres, if that. Then my knees just give out and I have to lean on something.",
        ),
        ("A", "Do you use anything to help you walk?"),
        (
            "C",
            "A stick, yes. Always when I go outside. And on bad days I use a frame indoors as well.",
        ),
        ("A", "And how did you get here today?"),
        ("C", "My son drove me and dropped me right outside the door."),
        ("A", "Okay. Can you prepare a simple meal for yourself?"),
        (
            "C",
            "I can do something in the microwave. I can't stand at the cooker for more than about five minutes, so I sit on a stool.",
        ),
        ("A", "What about washing and bathing?"),
        (
            "C",
            "I have a strip wash at the sink. I can't get in and out of the bath. I haven't had a bath for about two years.",
        ),
        ("A", "What medication are you taking at the moment?"),
        ("C", "Co-codamol, two tablets four times a day. And naproxen, once a day."),
        ("A", "How are you sleeping?"),
        ("C", "Badly. The pain wakes me up three or four times a night, sometimes more."),
    ]
    report = [
        ("She stated she can walk approximately 200 metres before needing to stop.", {NC}),
        ("She does not use a walking aid when outdoors.", {QD}),
        ("She drove herself to the assessment centre.", {NS}),
        ("She can stand at the cooker for about five minutes and then sits on a stool.", {SUP}),
        ("She is able to get in and out of the bath independently.", {QD}),
        ("She takes co-codamol two tablets four times a day and naproxen once daily.", {SUP}),
        ("She reports that pain wakes her about once a night.", {NC}),
        ("The consultation lasted one hour and ten minutes.", {IMP}),
    ]
    return turns, report


def _case_01():
    # WCA telephone, depression and anxiety, partner present and speaking.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment by telephone. Is anyone with you today?",
        ),
        ("C", "Yes, my partner Sam is here. He's going to help if I get stuck."),
        ("P", "Hi, yes, it's Sam. I'm here."),
        ("A", "That's fine. Can you talk me through a typical day?"),
        (
            "C",
            "Most days I don't get up until about two in the afternoon. I just stay in bed. I can't face anything.",
        ),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "No. I haven't been out on my own for, I don't know, about a year now. If I go out Sam has to come with me.",
        ),
        (
            "P",
            "She had a panic attack in the supermarket last spring, and since then she won't go anywhere by herself.",
        ),
        ("A", "Do you have any hobbies, anything you enjoy doing?"),
        ("C", "Not really. I used to paint, but I stopped all that."),
        ("A", "How is your concentration? Could you follow a television programme?"),
        ("C", "I lose track after maybe ten minutes. I can't follow a film at all."),
        ("C", "Sorry, can I have a minute? I need to stop for a bit."),
        ("A", "Of course, take your time."),
        ("C", "Okay. Sorry. I'm alright now."),
        ("A", "What medication are you on?"),
        ("C", "Sertraline, a hundred milligrams in the morning."),
    ]
    report = [
        ("The claimant attended the telephone assessment alone, with no one else present.", {IMP}),
        ("She gets up at around two in the afternoon on most days.", {SUP}),
        ("She has not been out alone for about two months.", {NC}),
        ("She is able to leave the house on her own without difficulty.", {QD}),
        ("She enjoys painting and paints most afternoons.", {NS}),
        ("She stated she can concentrate on a television programme for about an hour.", {NC}),
        ("No breaks were required during the assessment.", {IMP}),
        ("She takes sertraline 100 mg each morning.", {SUP}),
    ]
    return turns, report


def _case_02():
    # PIP video, multiple sclerosis, claimant alone; she corrects her diagnosis year.
    turns = [
        ("A", "Can you see and hear me all right on the video?"),
        ("C", "Yes. The picture is a bit jumpy but I can hear you fine."),
        ("A", "When were you diagnosed with MS?"),
        (
            "C",
            "In two thousand and sixteen. No, sorry, two thousand and fifteen. The summer of two thousand and fifteen.",
        ),
        ("A", "How does it affect your walking?"),
        (
            "C",
            "My legs get heavy really quickly. On a good day I can manage about fifty metres with my crutches. On a bad day I can barely get across the room.",
        ),
        ("A", "How many bad days would you have?"),
        ("C", "Probably four or five days a week are bad ones."),
        ("A", "And fatigue?"),
        (
            "C",
            "The fatigue is the worst thing. I have to lie down for an hour or two every afternoon, whatever I'm doing.",
        ),
        ("A", "Any problems with your bladder?"),
        (
            "C",
            "Yes, urgency. I have to get to the toilet within a couple of minutes and sometimes I don't make it. I wear pads now.",
        ),
        ("A", "How do you manage preparing food?"),
        (
            "C",
            "My husband does most of the cooking. I can make a sandwich sitting down, but I drop things because my hands go numb.",
        ),
    ]
    report = [
        ("She was diagnosed with multiple sclerosis in 2015.", {SUP}),
        ("She can walk about 50 metres with crutches on a good day.", {SUP}),
        ("She reported that she has bad days about once a week.", {NC}),
        ("She lies down for about ten minutes in the afternoon.", {NC}),
        ("She manages her continence without the use of pads.", {QD}),
        ("She can make a sandwich sitting down but drops things because her hands go numb.", {SUP}),
        ("She works part time as a receptionist three mornings a week.", {NS}),
        (
            "A neurological examination showed normal reflexes and normal power in all four limbs.",
            {IMP},
        ),
    ]
    return turns, report


def _case_03():
    # WCA face to face, lumbar disc prolapse with sciatica, friend present and speaking.
    turns = [
        ("A", "Good morning. Who have you brought with you today?"),
        ("C", "This is my friend Dave. He gave me a lift."),
        ("P", "Morning."),
        ("A", "Tell me about your back."),
        (
            "C",
            "I had a disc go in my lower back about three years ago. The pain goes right down my right leg.",
        ),
        ("A", "How long can you sit for?"),
        (
            "C",
            "About twenty minutes, then I have to get up and move about. Even now it's killing me, to be honest.",
        ),
        ("A", "And standing?"),
        ("C", "Ten minutes maybe. Then I need to sit down or lean on something."),
        (
            "P",
            "When we go round the shop he's leaning on the trolley the whole way, and he's done in after ten minutes.",
        ),
        ("A", "Could you pick something up from the floor?"),
        ("C", "Not really. I use a grabber. If I bend down I can't get back up again."),
        ("A", "Could you lift and carry something light, say a bag of shopping?"),
        ("C", "A pint of milk, yes. A bag of shopping, no, not even a light one."),
        ("A", "How often do you take painkillers?"),
        ("C", "Tramadol, fifty milligrams, up to four times a day."),
        ("A", "Let's pause there. Do you need to stand up?"),
        ("C", "Yes please. I need to stand for a minute."),
    ]
    report = [
        ("The claimant attended alone.", {IMP}),
        ("He can sit comfortably for up to an hour.", {NC, QD}),
        ("He sat throughout the 45 minute assessment without needing to stand.", {IMP}),
        ("He can stand for about ten minutes before needing to sit or lean on something.", {SUP}),
        ("He is able to pick up objects from the floor without difficulty.", {QD}),
        ("He can lift and carry a light bag of shopping.", {QD}),
        ("He takes tramadol 50 mg up to eight times a day.", {NC}),
        ("He has had lower back pain radiating down his right leg for about three years.", {SUP}),
        ("He plays five a side football with friends on Sundays.", {NS}),
    ]
    return turns, report


def _case_04():
    # PIP telephone, learning disability and epilepsy, mother present and speaking.
    turns = [
        ("A", "Hello, is that Jordan? This is the PIP assessment call."),
        ("C", "Yes. My mum is here too."),
        ("P", "Hello, I'm his mum, Linda. I help him with most things really."),
        ("A", "Jordan, what do you do in the morning when you get up?"),
        ("C", "I get up and Mum tells me to have a wash. I forget if she doesn't tell me."),
        ("A", "Can you cook anything yourself?"),
        ("C", "I can do toast. Mum doesn't let me use the cooker because I left it on."),
        ("P", "He left the gas on twice last year, so now I do all his meals."),
        ("A", "Do you look after your own money?"),
        ("C", "No. Mum does it. I don't know how much things cost."),
        (
            "P",
            "He gets confused with change. If something costs three pounds and he gives a ten pound note, he doesn't know what he should get back.",
        ),
        ("A", "Do you go out anywhere during the week?"),
        ("C", "I go to the day centre. I go on the bus with my support worker, twice a week."),
        ("A", "Could you go on the bus on your own?"),
        ("C", "No. I got lost once and I was scared."),
        ("A", "Do you take any medicines?"),
        (
            "P",
            "He takes lamotrigine for his epilepsy, twice a day. I have to remind him every time.",
        ),
    ]
    report = [
        ("Jordan washes himself each morning without needing reminders.", {QD}),
        ("He can prepare his own meals using the cooker.", {QD}),
        ("His mother said he left the gas on once last year.", {NC}),
        ("He told the assessor that he has a part time job at a supermarket.", {NS}),
        ("He attends a day centre twice a week, travelling by bus with his support worker.", {SUP}),
        ("He was well kempt and made good eye contact throughout the call.", {IMP}),
        ("He takes lamotrigine twice a day and his mother has to remind him each time.", {SUP}),
        ("He said he has got lost four times when out alone.", {NC}),
    ]
    return turns, report


def _case_05():
    # WCA telephone, COPD, claimant alone.
    turns = [
        ("A", "Hello, can you confirm your name and date of birth, please?"),
        ("C", "Yes, Margaret Ellis, fourteenth of March, nineteen sixty two."),
        ("A", "Thank you. Tell me about your breathing."),
        (
            "C",
            "I've got COPD. I get breathless just walking to the kitchen. I'm on oxygen at night.",
        ),
        ("A", "How far could you walk on the flat?"),
        ("C", "Maybe thirty yards. Then I have to stop and get my breath back for a few minutes."),
        ("A", "And stairs?"),
        ("C", "There's fourteen stairs and I go up on my bottom. I have to rest halfway."),
        ("A", "Do you smoke?"),
        ("C", "I gave up six years ago."),
        ("A", "Any chest infections recently?"),
        ("C", "Three this winter. I was in hospital with one of them for five days."),
        ("A", "How do you get your shopping?"),
        ("C", "My daughter does it, or I get it delivered. I can't carry bags."),
        ("A", "Do you use inhalers?"),
        (
            "C",
            "Yes, the brown one twice a day and the blue one, sometimes eight or ten times a day when it's bad.",
        ),
    ]
    report = [
        ("She stated she can walk about 300 yards on the flat before stopping.", {NC}),
        ("She climbs a flight of stairs without needing to rest.", {QD}),
        ("She stated she still smokes ten cigarettes a day.", {NS}),
        (
            "She has had three chest infections this winter, one of which led to a hospital admission.",
            {SUP},
        ),
        ("She was admitted to hospital for fifteen days.", {NC}),
        ("She was observed walking into the assessment room at a normal pace.", {IMP}),
        ("She uses oxygen at night.", {SUP}),
    ]
    return turns, report


def _case_06():
    # PIP face to face, post-traumatic stress disorder, support worker present and speaking.
    turns = [
        ("A", "Hello, thanks for coming in. And you are?"),
        ("P", "I'm Priya, his support worker from the veterans charity."),
        ("A", "Thank you. Can you tell me about your mental health?"),
        ("C", "I've got PTSD from my time in the army. Flashbacks, and nightmares most nights."),
        ("A", "How many nights a week would you say?"),
        ("C", "Five, six nights. I wake up soaked. I get maybe three hours sleep, if that."),
        ("A", "How do you get on around other people?"),
        ("C", "I don't, really. I can't do crowds. If someone comes up behind me I lose it."),
        (
            "P",
            "He had to leave the GP waiting room last month because it was too busy. I had to take him outside.",
        ),
        ("A", "How do you manage your post and bills?"),
        ("C", "I leave letters unopened. Priya opens them with me, once a fortnight."),
        ("A", "Do you drink alcohol?"),
        ("C", "I used to drink a lot. I've been sober eighteen months now."),
        ("A", "Do you ever have thoughts of harming yourself?"),
        ("C", "Sometimes. Not every day. I've got a crisis number I can ring."),
    ]
    report = [
        ("He reports nightmares about once a week.", {NC}),
        ("He sleeps around seven hours a night.", {NC}),
        ("He is able to sit in a busy waiting room without difficulty.", {QD}),
        ("He stated that he drinks around four pints of beer most evenings.", {NS}),
        ("His support worker opens his post with him once a fortnight.", {SUP}),
        ("He deals with his correspondence without help.", {QD}),
        ("The assessment lasted ninety minutes.", {IMP}),
        ("He has occasional thoughts of self harm and has a crisis number to ring.", {SUP}),
        ("He said he goes to the gym most mornings.", {NS}),
    ]
    return turns, report


def _case_07():
    # WCA video, fibromyalgia, claimant alone.
    turns = [
        ("A", "Can you hear me all right? I can see you on the screen."),
        ("C", "Yes, I can hear you."),
        ("A", "Tell me about your fibromyalgia."),
        (
            "C",
            "It's pain all over, all the time. And the tiredness. I sleep ten hours and I still wake up exhausted.",
        ),
        ("A", "Could you sit at a desk and use a computer?"),
        ("C", "For maybe fifteen minutes. Then my neck and shoulders burn and my hands go numb."),
        ("A", "What about your memory?"),
        (
            "C",
            "The brain fog is awful. I forget appointments unless my phone reminds me. I've burned pans twice because I forgot about them.",
        ),
        ("A", "How do you manage the housework?"),
        ("C", "I do one small job a day, and then I have to lie down for an hour."),
        ("A", "Could you walk to a shop?"),
        (
            "C",
            "The corner shop is about a hundred metres away. I can get there on a good day, but I'd need to sit on a wall on the way back.",
        ),
        ("A", "How many good days would you have in a week?"),
        ("C", "One, maybe two, if I'm lucky."),
        ("A", "Do you drive?"),
        (
            "C",
            "Not any more. I stopped about two years ago, because the pregabalin makes me drowsy.",
        ),
    ]
    report = [
        ("She can use a computer for around an hour at a time.", {NC}),
        ("She sleeps about ten hours a night and still wakes up exhausted.", {SUP}),
        ("She remembers her appointments without any reminders.", {QD}),
        ("She has burned pans twice after forgetting about them.", {SUP}),
        ("She can walk to the corner shop, about 100 metres away, and back.", {QD}),
        ("She reports four or five good days a week.", {NC}),
        ("She drives to the supermarket once a week.", {NS}),
        ("Grip strength was tested and found to be normal in both hands.", {IMP}),
    ]
    return turns, report


def _case_08():
    # PIP telephone, macular degeneration, husband on speakerphone and speaking.
    turns = [
        ("A", "Hello, I'm calling about your PIP claim. Is anyone with you?"),
        ("C", "My husband Tom is here. He's listening on the speaker."),
        ("P", "Hello there."),
        ("A", "Can you tell me about your sight?"),
        (
            "C",
            "I've got macular degeneration in both eyes. I can't read print at all now, not even large print. I see shapes at the edges.",
        ),
        ("A", "How do you manage reading your letters?"),
        (
            "C",
            "Tom reads them to me. Or I use an app on my phone that reads things out, but it gets things wrong.",
        ),
        ("A", "Can you get around outside?"),
        (
            "C",
            "Only places I know, with my white cane, and even then I've walked into a lamp post. Anywhere new, Tom has to take me.",
        ),
        (
            "P",
            "She fell off a kerb in March and cut her face. She won't go out alone in the dark at all.",
        ),
        ("A", "How about preparing food?"),
        (
            "C",
            "I can use the microwave because Tom put little bumps on the buttons. I don't use knives. I cut myself twice.",
        ),
        ("A", "When did your sight start to go?"),
        ("C", "When I was about fifty eight. So, six years ago now."),
        ("A", "Any other conditions?"),
        ("C", "Type two diabetes. Metformin, two tablets twice a day."),
    ]
    report = [
        ("She is able to read large print.", {QD}),
        (
            "Her husband reads her letters to her, or she uses a phone app that reads text aloud, although it makes mistakes.",
            {SUP},
        ),
        ("She gets around outdoors independently, including on unfamiliar routes.", {QD}),
        ("She stated she has cut herself with a knife once.", {NC}),
        ("Her sight began to deteriorate about sixteen years ago.", {NC}),
        ("She takes metformin, two tablets twice a day.", {SUP}),
        ("She was observed to move around the room without difficulty.", {IMP}),
        ("She said she enjoys going to the cinema with friends every week.", {NS}),
    ]
    return turns, report


def _case_09():
    # WCA face to face, epilepsy, claimant alone.
    turns = [
        ("A", "Good afternoon, please take a seat. Did you come on your own today?"),
        ("C", "Yes, I got a taxi. I'm not allowed to drive because of my seizures."),
        ("A", "How often do you have seizures?"),
        (
            "C",
            "The big ones, the tonic clonic ones, about two or three a month. The absences, maybe every day. I don't always know when I've had one.",
        ),
        ("A", "Do you get any warning?"),
        ("C", "Sometimes a funny smell. Mostly nothing, I just wake up on the floor."),
        ("A", "How long does it take you to recover?"),
        (
            "C",
            "I'm wiped out for the rest of the day. Sometimes two days. Headache, confused, I just sleep.",
        ),
        ("A", "Have you ever injured yourself?"),
        ("C", "I broke my wrist last year. And I've bitten my tongue loads of times."),
        ("A", "Do you cook?"),
        ("C", "Only the microwave. I had a seizure holding a pan once and burned my arm."),
        ("A", "And bathing?"),
        (
            "C",
            "Shower only, never a bath. My flatmate knows to check on me if I'm in there more than ten minutes.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "Levetiracetam, a thousand milligrams twice a day, and they've just added another one.",
        ),
    ]
    report = [
        ("He attended alone, travelling by taxi.", {SUP}),
        ("He has around two to three tonic clonic seizures a year.", {NC}),
        ("He recovers from a seizure within about an hour.", {NC}),
        ("He is able to use a cooker safely.", {QD}),
        ("He showers without needing anyone to check on him.", {QD}),
        ("He broke his wrist last year and has bitten his tongue many times.", {SUP}),
        ("He stated that he plays in a darts team at his local pub.", {NS}),
        ("The assessment began at 14:15 and finished at 15:40.", {IMP}),
    ]
    return turns, report


def _case_10():
    # PIP video, autism, father present and speaking; the claimant asks for a break.
    turns = [
        ("A", "Hello, I can see two of you on the screen. Who has joined the call?"),
        ("P", "I'm Alex's dad, Richard. Alex asked me to sit in."),
        ("A", "Thank you. Alex, how does your autism affect you day to day?"),
        (
            "C",
            "I need things to stay the same. If my routine changes I get really upset. I can shut down for hours.",
        ),
        ("A", "How do you find talking to people you don't know?"),
        ("C", "I can't use the phone. I don't really talk to strangers. Dad does that."),
        ("P", "If a stranger speaks to Alex in a shop, Alex usually freezes and walks out."),
        ("A", "What about cooking?"),
        (
            "C",
            "I eat the same five foods. I can make pasta if Dad writes the steps down and stands with me.",
        ),
        ("A", "And washing and dressing?"),
        (
            "C",
            "I need reminding to shower. Sometimes I go a week without. And clothes have to be soft ones, I can't stand labels.",
        ),
        ("A", "Are you at college or working?"),
        ("C", "I left college in the first year. I couldn't cope with the noise."),
        ("A", "Could you plan a journey somewhere new?"),
        (
            "C",
            "No. I'd get overwhelmed. I've only done the journey to my gran's, and Dad practised it with me about twenty times.",
        ),
        ("A", "Alex, you look a little upset. Would you like a break?"),
        ("C", "Yes. Can we stop for five minutes?"),
    ]
    report = [
        ("Alex's father joined the video call at Alex's request.", {SUP}),
        ("Changes to routine cause Alex distress and Alex can shut down for hours.", {SUP}),
        ("Alex can make pasta independently.", {QD}),
        ("Alex showers daily without prompting.", {QD}),
        ("Alex is currently studying full time at college.", {NS}),
        ("Alex has practised the journey to their grandmother's twice.", {NC}),
        ("Alex eats around fifteen different foods.", {NC}),
        ("Alex said they phoned the surgery to book their own appointment last week.", {NS}),
        ("No breaks were needed during the consultation.", {IMP}),
    ]
    return turns, report


def _case_11():
    # WCA telephone, heart failure after a heart attack, claimant alone.
    turns = [
        (
            "A",
            "Good morning, this is your telephone assessment. Can you tell me about your heart condition?",
        ),
        (
            "C",
            "I had a heart attack in two thousand and nineteen, and since then I've got heart failure.",
        ),
        ("A", "How does it affect you day to day?"),
        (
            "C",
            "I get out of breath doing anything. Getting dressed, I have to sit down halfway through.",
        ),
        ("A", "How far can you walk?"),
        ("C", "To the end of the garden and back. That's about fifteen metres. Then I'm puffing."),
        ("A", "Do you get chest pain?"),
        ("C", "Angina, yes, two or three times a week. I use the spray."),
        ("A", "Do your legs swell?"),
        ("C", "My ankles swell up every evening. I have to put my feet up."),
        ("A", "What tablets are you on?"),
        ("C", "Loads. Bisoprolol, ramipril, and furosemide, forty milligrams in the morning."),
        ("A", "Does anyone live with you?"),
        ("C", "My wife. She does the heavy stuff, the hoovering and the bins."),
        ("A", "What work did you do?"),
        (
            "C",
            "I was a bus driver for twenty two years, but I lost my licence after the heart attack.",
        ),
    ]
    report = [
        ("He had a heart attack in 2023.", {NC}),
        ("He dresses himself without needing to rest.", {QD}),
        ("He is able to walk about 150 metres.", {NC}),
        ("He has angina two or three times a week and uses a spray.", {SUP}),
        ("On examination there was no swelling of the ankles.", {IMP}),
        ("He takes furosemide 40 mg in the morning.", {SUP}),
        ("He still drives his car locally.", {NS}),
        ("He worked as a bus driver for twelve years.", {NC}),
    ]
    return turns, report


def _case_12():
    # PIP face to face, stroke with left-sided weakness, wife present and speaking.
    turns = [
        ("A", "Hello, come in. Is this your wife?"),
        ("P", "Yes, I'm Jean. I'll help him out, his speech isn't great since the stroke."),
        ("A", "Thank you. When did you have your stroke?"),
        ("C", "Eighteen months ago. My left side. Arm and leg."),
        ("A", "Can you use your left hand?"),
        ("C", "Not much. I can't do buttons. Jean does my buttons, and my laces."),
        ("A", "How do you manage in the shower?"),
        ("C", "There's a seat and a rail. Jean has to be there in case I go over."),
        ("P", "He fell in the bathroom twice before we had the rail put in."),
        ("A", "How far can you walk?"),
        ("C", "With the quad stick, to the car. Ten, fifteen metres, maybe."),
        ("P", "And it takes him a good five minutes to do that."),
        ("A", "How is your memory?"),
        ("C", "Not good. I forget if I've taken my tablets."),
        ("P", "I put them in a dosette box and I watch him take them, morning and night."),
        ("A", "Do you get out much?"),
        ("C", "Only the stroke club, on Thursdays. Jean drives me."),
    ]
    report = [
        ("He had his stroke eight months ago.", {NC}),
        ("He is able to manage buttons and laces independently.", {QD}),
        ("He uses a shower seat and rail, and his wife is present in case he falls.", {SUP}),
        ("He can walk fifteen metres without an aid in about thirty seconds.", {NC, QD}),
        ("He manages his own medication without prompting.", {QD}),
        ("He attends a stroke club on Thursdays and his wife drives him.", {SUP}),
        ("He attended the assessment on his own.", {IMP}),
        ("He reported that his speech has not been affected by the stroke.", {NS}),
    ]
    return turns, report


def _case_13():
    # WCA face to face, bipolar disorder, claimant alone.
    turns = [
        ("A", "Hello. Can you tell me about your bipolar disorder?"),
        (
            "C",
            "I've had it since I was about twenty. I'm thirty four now. I go up and down. At the moment I'm low.",
        ),
        ("A", "How long do the low spells last?"),
        ("C", "Weeks. This one's been going about two months. I barely leave the flat."),
        ("A", "And the high spells?"),
        (
            "C",
            "Maybe twice a year. I spend money I haven't got. Last time I ran up about four thousand pounds on credit cards.",
        ),
        ("A", "Are you under a mental health team?"),
        (
            "C",
            "Yes. I see my care coordinator every two weeks, and the psychiatrist every three months.",
        ),
        ("A", "Have you ever been in hospital?"),
        (
            "C",
            "Three times. The last time was two thousand and twenty two. I was sectioned for six weeks.",
        ),
        ("A", "How do you manage things like shopping?"),
        (
            "C",
            "When I'm low, I can't. I order online, or my sister brings stuff round. I can't cope with queues.",
        ),
        ("A", "Do you take any medication?"),
        ("C", "Lithium, eight hundred milligrams at night, and quetiapine."),
        ("A", "Thank you. That's all my questions."),
    ]
    report = [
        ("He is 34 and has had bipolar disorder since about the age of twenty.", {SUP}),
        ("His current low spell has lasted around two weeks.", {NC}),
        ("During his last high spell he spent about 400 pounds on credit cards.", {NC}),
        (
            "He sees his care coordinator every two weeks and his psychiatrist every three months.",
            {SUP},
        ),
        ("He does his own food shopping at the supermarket each week.", {QD}),
        ("He said he volunteers at a charity shop two days a week.", {NS}),
        ("His last hospital admission was in 2022, when he was sectioned for six weeks.", {SUP}),
    ]
    return turns, report


def _case_14():
    # PIP telephone, rheumatoid arthritis, claimant alone.
    turns = [
        ("A", "Hi, it's the PIP assessment. Are you somewhere you can talk?"),
        ("C", "Yes, I'm at home. It's just me here."),
        ("A", "Tell me about your arthritis."),
        (
            "C",
            "It's rheumatoid, in my hands and wrists and feet mostly. Mornings are the worst. I'm stiff for about two hours after I get up.",
        ),
        ("A", "Can you dress yourself?"),
        (
            "C",
            "Slowly. It takes me about forty minutes. I wear things with elastic, nothing with zips or buttons.",
        ),
        ("A", "Can you open jars and tins?"),
        ("C", "Jars, I've got a gadget. Tins I can't do at all. Ring pulls are impossible."),
        ("A", "How about cooking a meal?"),
        ("C", "A jacket potato in the microwave, mostly. I can't lift a full pan. I'd drop it."),
        ("A", "How far can you walk?"),
        (
            "C",
            "About a hundred metres, slowly, and my feet are in agony by then. I've got special insoles.",
        ),
        ("A", "Do you get flare ups?"),
        (
            "C",
            "About once a month, and they last a week. Then I can hardly do anything, I'm in bed.",
        ),
        ("A", "What treatment are you on?"),
        ("C", "A methotrexate injection once a week. And I'm starting a biologic next month."),
    ]
    report = [
        ("She has morning stiffness lasting about twenty minutes.", {NC}),
        ("She dresses in about forty minutes, choosing clothes without zips or buttons.", {SUP}),
        ("She can open tins with ring pulls.", {QD}),
        ("She is able to lift a full pan.", {QD}),
        ("She can walk about 100 metres.", {QD}),
        ("She has flare ups about once a year.", {NC}),
        ("She has a methotrexate injection once a week.", {SUP}),
        ("When asked to make a fist she showed full grip in both hands.", {IMP}),
    ]
    return turns, report


def _case_15():
    # WCA video, Meniere's disease with hearing loss, partner present and speaking.
    turns = [
        ("A", "Hello, can you hear me all right on the video?"),
        (
            "C",
            "Could you speak up a bit? I've got the volume right up. My partner's here to repeat things for me.",
        ),
        ("P", "Hi, I'm Chris. I'll repeat anything she misses."),
        ("A", "Of course. Tell me about your Meniere's disease."),
        (
            "C",
            "I get attacks of vertigo. The room spins, I'm sick, and I have to lie completely still. They last three or four hours.",
        ),
        ("A", "How often do the attacks come?"),
        ("C", "It varies, but about twice a week lately."),
        ("A", "And in between attacks?"),
        (
            "C",
            "I'm unsteady all the time. I hold onto the walls. I've fallen three times this year.",
        ),
        ("A", "Could you use public transport?"),
        ("C", "Not on my own. If I had an attack on a bus I'd be stuck. Chris comes with me."),
        ("A", "What about your hearing?"),
        (
            "C",
            "My left ear is almost deaf now. I've got a hearing aid in the right. I can't follow a conversation in a group.",
        ),
        ("P", "In a restaurant she just gives up and sits there."),
        ("A", "What work did you do?"),
        ("C", "I was a teaching assistant. I had to stop last year."),
    ]
    report = [
        ("Her partner was present and repeated questions when needed.", {SUP}),
        ("Her vertigo attacks last around three to four minutes.", {NC}),
        ("She has attacks about twice a month.", {NC}),
        ("She is steady on her feet between attacks.", {QD}),
        ("She travels on buses on her own.", {QD}),
        ("She used to work as a teaching assistant.", {SUP}),
        ("Whispered voice and tuning fork tests showed normal hearing in both ears.", {IMP}),
        ("She said she currently works part time at a school.", {NS}),
    ]
    return turns, report


def _case_16():
    # PIP face to face, Crohn's disease with a stoma, claimant alone (mother waiting outside).
    turns = [
        ("A", "Hello, thanks for coming in. Can you tell me about your Crohn's disease?"),
        (
            "C",
            "I was diagnosed at nineteen. I've had two bowel operations, and I've got a stoma now.",
        ),
        ("A", "How does it affect you day to day?"),
        (
            "C",
            "I empty the bag maybe eight to ten times a day. Sometimes it leaks, usually at night, and I have to change the bed.",
        ),
        ("A", "How often does it leak?"),
        ("C", "Two or three times a week. It's awful."),
        ("A", "Do you get pain?"),
        (
            "C",
            "Cramps most days. And I'm exhausted all the time. I'm anaemic, I have iron infusions every three months.",
        ),
        ("A", "Do you go out much?"),
        (
            "C",
            "Not far. I need to know where the toilets are. I get really anxious on long journeys.",
        ),
        ("A", "How is your weight?"),
        ("C", "I've lost a lot. I was eleven stone, now I'm about eight and a half."),
        ("A", "Are you working?"),
        ("C", "No. I was a hairdresser, but I had to give it up."),
        ("A", "How did you get here today?"),
        ("C", "My mum dropped me off. She's waiting in the car."),
    ]
    report = [
        ("He has had one bowel operation and now has a stoma.", {NC}),
        ("He empties his stoma bag about eight to ten times a day.", {SUP}),
        ("His stoma bag leaks about once a month.", {NC}),
        ("He is able to make long journeys without difficulty.", {QD}),
        ("His weight has fallen from eleven stone to about eight and a half stone.", {SUP}),
        ("He enjoys long walks in the countryside at weekends.", {NS}),
        ("He still works part time as a hairdresser.", {NS}),
        ("The assessment began at 13:00 and finished at 14:20.", {IMP}),
    ]
    return turns, report


def _case_17():
    # WCA telephone, below-knee amputation and diabetic neuropathy, claimant alone.
    turns = [
        (
            "A",
            "Hello, this is your work capability assessment by phone. Can you tell me about your amputation?",
        ),
        (
            "C",
            "I lost my right leg below the knee in two thousand and twenty one, because of my diabetes. I've got a prosthesis.",
        ),
        ("A", "How long can you wear the prosthesis for?"),
        ("C", "Three or four hours. Then the stump gets sore, and sometimes the skin breaks down."),
        ("A", "And how far can you walk with it?"),
        ("C", "With two crutches, maybe forty metres. Without the crutches I can't walk at all."),
        ("A", "What about when you're not wearing it?"),
        (
            "C",
            "I use a wheelchair. I can push myself round the flat, but not outside, there's a hill.",
        ),
        ("A", "Do you have any problems with the other foot?"),
        (
            "C",
            "Yes, neuropathy. I can't feel my left foot. I've had an ulcer on it for six months.",
        ),
        ("A", "How long can you stand for?"),
        ("C", "Five minutes, holding onto the worktop."),
        ("A", "Does anyone help you?"),
        ("C", "My neighbour helps with the shopping, twice a week."),
    ]
    report = [
        ("His right leg was amputated below the knee in 2021.", {SUP}),
        ("He can wear his prosthesis all day without problems.", {NC, QD}),
        ("He can walk about 40 metres without walking aids.", {QD}),
        ("He self propels his wheelchair outdoors.", {QD}),
        ("He has had an ulcer on his left foot for six weeks.", {NC}),
        ("He can stand for five minutes holding onto the worktop.", {SUP}),
        ("On examination, sensation in the left foot was intact.", {IMP}),
    ]
    return turns, report


def _case_18():
    # PIP video, schizophrenia, sister present and speaking.
    turns = [
        ("A", "Hello. There are two people in the picture, who's with you today?"),
        ("C", "This is my sister, Nadia. I get muddled, she helps me."),
        ("P", "Hi, I'm Nadia, his sister. I see him most days."),
        ("A", "Thanks. Can you tell me about your condition?"),
        (
            "C",
            "I have schizophrenia. I hear voices. They say bad things about me. Most days, but less since the injection.",
        ),
        ("A", "How often do you have the injection?"),
        ("C", "Every four weeks, at the clinic. Nadia takes me."),
        ("A", "Do you cook for yourself?"),
        ("C", "I forget food on the cooker. I eat cereal, or Nadia brings food round."),
        (
            "P",
            "Last month he went three days without eating because he thought the food was poisoned.",
        ),
        ("A", "How do you manage your money?"),
        ("C", "Nadia is my appointee. She gives me twenty pounds a week to spend."),
        ("A", "Do you see friends?"),
        ("C", "No. I don't trust people. I stay in my room."),
        ("A", "How are you sleeping?"),
        ("C", "The tablets make me sleep a lot. Twelve hours sometimes, and I'm still sleepy."),
    ]
    report = [
        ("His sister joined the video call and said she sees him most days.", {SUP}),
        ("He hears voices about once a month.", {NC}),
        ("He has an injection every four weeks at the clinic, and his sister takes him.", {SUP}),
        ("He cooks a hot meal for himself each evening.", {QD}),
        ("His sister gives him 200 pounds a week to spend.", {NC}),
        ("He meets friends regularly at the gym.", {NS}),
        ("He was alone in the room throughout the video consultation.", {IMP}),
        ("The video consultation lasted fifty minutes.", {IMP}),
    ]
    return turns, report


def _case_19():
    # WCA face to face, hypermobile Ehlers-Danlos syndrome and PoTS, claimant alone; she feels faint.
    turns = [
        ("A", "Hello, please come in and sit wherever is comfortable."),
        ("C", "Thanks. I'll take the chair with arms, I need to push up from it."),
        ("A", "Can you tell me about your condition?"),
        (
            "C",
            "I've got hypermobile Ehlers Danlos. My joints slip out, my shoulders and knees mostly.",
        ),
        ("A", "How often do they dislocate?"),
        (
            "C",
            "Partial ones, nearly every day. A full dislocation, maybe once a month. That's usually my right shoulder.",
        ),
        ("A", "Can you lift things?"),
        ("C", "Nothing above my head. A kettle, half full, with both hands."),
        ("A", "How far can you walk?"),
        (
            "C",
            "I've got a wheelchair for longer distances. Walking, maybe sixty or seventy metres with a stick, then my knees go.",
        ),
        ("A", "Any other symptoms?"),
        ("C", "PoTS. I get dizzy when I stand up. I've fainted four times this year."),
        ("A", "How long can you stand for?"),
        ("C", "A couple of minutes, and then I start going grey."),
        ("A", "Are you all right? Do you need a break?"),
        ("C", "Actually, yes. Can I just put my head back for a minute? I feel a bit faint."),
    ]
    report = [
        (
            "She has partial dislocations most days and a full dislocation, usually of the right shoulder, about once a month.",
            {SUP},
        ),
        ("She chose a chair with arms.", {SUP}),
        ("She can lift a full kettle with both hands.", {NC}),
        ("She can walk about 200 metres with a stick.", {NC}),
        ("She can stand for about twenty minutes without symptoms.", {NC, QD}),
        ("She reported that she goes swimming three times a week to strengthen her joints.", {NS}),
        ("She remained well throughout the assessment and did not need a break.", {IMP}),
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

FIRST_SEED = 22000


def make_case_22(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
    """Return (dialogue, report) for one seed in 22000..22019.

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
