"""Blind held-out evaluation set 33: assessment dialogues and report statements with labels.

Written without looking at the comparison code. Twenty cases, each a dialogue between an assessor (A),
a claimant (C) and sometimes a companion (P), with a PIP PA4 or WCA ESA85 style report of labelled
statements.

Channels: telephone, video, face to face at an assessment centre, home visit.

Conditions: Ehlers-Danlos syndrome, bowel cancer with a colostomy, schizoaffective disorder, cluster
headaches, diabetic peripheral neuropathy, glaucoma, heart failure with an implanted defibrillator,
fibromyalgia with IBS, Tourette's syndrome, agoraphobia with panic disorder, below-knee amputation,
chronic kidney disease on dialysis, hoarding disorder, brain injury after an assault, learning
disability (Down syndrome), multiple sclerosis, COPD, epilepsy, PTSD (with an interpreter), autism.
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


# PIP, telephone, hypermobile Ehlers-Danlos syndrome (partner on speaker)
def _case_00():
    turns = [
        (
            "A",
            "Good morning, this is your PIP telephone assessment. My name is Daniel, I'm a physiotherapist. The time is just after ten o'clock. Can you confirm your name and that you're happy for the call to be recorded?",
        ),
        (
            "C",
            "Yes, it's Megan Hughes, and yes, that's fine. My partner Sam is here on speaker too, if that's alright.",
        ),
        ("A", "That's fine. Sam, can you just say hello so I know you're there?"),
        ("P", "Hi, yes, I'm Sam, I'm her partner."),
        ("A", "Thank you. Megan, tell me about your condition."),
        (
            "C",
            "I've got hypermobile Ehlers-Danlos. I was diagnosed in twenty nineteen, but I've had it all my life really. My joints dislocate, my shoulders and my knees mostly, and my hips sometimes pop out.",
        ),
        ("A", "How often would you say something dislocates or partly dislocates?"),
        ("C", "Partial ones, um, most days. Full dislocations maybe two or three times a month."),
        ("A", "What medication do you take?"),
        (
            "C",
            "Naproxen, and codeine thirty milligrams, up to four times a day, but I try not to take all of them because it makes me so foggy.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "With my crutches, maybe fifty metres, then I have to stop because my knees give way. On a bad day I don't go out at all.",
        ),
        ("A", "And how long would you need to rest?"),
        (
            "C",
            "Five, ten minutes. Then I can do about the same again, but I'm paying for it the next day.",
        ),
        ("A", "How do you manage dressing?"),
        (
            "C",
            "Sam does my socks and shoes and anything with buttons. I can get a loose top on myself but it takes me ages, because my shoulders slip out if I lift my arms.",
        ),
        (
            "P",
            "She's dislocated her shoulder putting a jumper on before, so I do most of it in the mornings.",
        ),
        ("A", "And cooking?"),
        (
            "C",
            "I use a perching stool and I do simple things, microwave stuff. I can't lift a pan of water, I dropped one last year and burnt my foot.",
        ),
        (
            "A",
            "Okay. Could you do a movement for me, just lift your arms up above your head if you can?",
        ),
        ("C", "I'd rather not, honestly. If my shoulder goes I'm stuck for days."),
        (
            "A",
            "That's absolutely fine, we won't do that. I think that's everything. It's twenty five past ten, so we'll finish there.",
        ),
    ]
    report = [
        ("Telephone consultation commenced at 10:00 and concluded at 10:40.", {IMP}),
        ("The claimant attended the consultation alone.", {IMP}),
        (
            "Hypermobile Ehlers-Danlos syndrome was diagnosed in 2019; she describes lifelong joint laxity.",
            {SUP},
        ),
        ("She reports full dislocations around two to three times per week.", {NC}),
        ("Current medication is naproxen and codeine 30 mg up to four times daily.", {SUP}),
        (
            "She states she can walk approximately 50 metres with crutches before needing to stop.",
            {SUP},
        ),
        ("After a short rest she is able to repeat this distance without difficulty.", {QD}),
        ("She is able to dress and undress herself when wearing loose-fitting clothing.", {QD}),
        ("Range of movement in both shoulders was full and pain free.", {IMP}),
        ("She prepares simple microwave meals, using a perching stool in the kitchen.", {SUP}),
        ("She walks to her local shop on most days to buy groceries.", {NS}),
    ]
    return turns, report


# WCA ESA85, face to face at an assessment centre, bowel cancer with a colostomy
def _case_01():
    turns = [
        (
            "A",
            "Morning, Mr Price, come through. I'm Ruth, I'm one of the nurses here. You've come on your own today?",
        ),
        ("C", "I have, yeah. Got the bus. Well, two buses. Took about an hour and a quarter."),
        ("A", "Tell me about your health."),
        (
            "C",
            "I had bowel cancer. I had the operation in January twenty twenty-three and I've got a colostomy now. Then six rounds of chemo, I finished that last summer.",
        ),
        ("A", "How are you managing the stoma?"),
        (
            "C",
            "It's the leaks. I change the bag maybe three times a day normally, but if it leaks, and it does, once or twice a week, I have to change everything, my clothes and all. I nearly had one on the bus here, I felt it lifting.",
        ),
        ("A", "Do you have any leakage at night?"),
        ("C", "Yes. About once a week I wake up and it's gone everywhere, the bed and everything."),
        ("A", "How about sitting?"),
        (
            "C",
            "I can sit for about half an hour, then I've got to stand up because of the scar, it pulls. And there's a big hernia round the stoma, a parastomal hernia they call it.",
        ),
        ("A", "And walking?"),
        (
            "C",
            "It's not the legs. I can walk a few hundred yards, then the hernia aches and I have to hold it.",
        ),
        ("A", "Lifting?"),
        (
            "C",
            "They told me not to lift anything heavy. Nothing more than a kettle really, because of the hernia.",
        ),
        ("A", "Okay. How's your mood?"),
        (
            "C",
            "Up and down. I worry when I go out in case it leaks. I don't go to the pub any more. I used to play darts every Thursday.",
        ),
        ("A", "Can I examine your tummy?"),
        ("C", "Yeah, go on."),
        (
            "A",
            "There's a hernia there beside the stoma, and it's tender when I press. Thank you. Now could you pick up this empty box from the floor for me?",
        ),
        ("C", "I'll try. Ooh, no, sorry, that pulls. I can't bend down like that."),
        ("A", "That's fine, we'll leave it there."),
    ]
    report = [
        ("Mr Price attended alone, having travelled by bus.", {SUP}),
        ("He reports that the journey took approximately 45 minutes.", {NC}),
        (
            "Colostomy formed in January 2024 following a diagnosis of bowel cancer, followed by chemotherapy.",
            {NC},
        ),
        ("He changes his stoma appliance around three times a day.", {SUP}),
        ("He reports appliance leakage approximately once a month.", {NC}),
        ("He denies any night-time leakage.", {NS}),
        ("He is able to remain seated for over an hour without needing to move.", {NC}),
        ("He is able to mobilise several hundred metres without significant discomfort.", {QD}),
        ("On examination there was a parastomal hernia which was tender on palpation.", {SUP}),
        (
            "He was able to pick up an empty box from the floor and place it at waist height without difficulty.",
            {IMP},
        ),
        ("He continues to socialise, playing darts weekly at his local pub.", {NS}),
    ]
    return turns, report


# PIP, home visit, schizoaffective disorder (support worker present)
def _case_02():
    turns = [
        (
            "A",
            "Hello, I'm Priya from the assessment service. Thanks for letting me in. Is it okay if I sit here?",
        ),
        ("C", "Yeah. Yeah, sit wherever."),
        (
            "P",
            "I'm Leanne, I'm Jordan's support worker from the mental health team. I come in twice a week.",
        ),
        ("A", "Thanks Leanne. Jordan, can you tell me about your mental health?"),
        (
            "C",
            "I've got schizoaffective disorder. I hear voices, er, they tell me stuff about people. And I go really high and then really low.",
        ),
        ("A", "When were you diagnosed?"),
        ("C", "Twenty fifteen, no, sixteen. Twenty sixteen, after I was sectioned."),
        ("A", "And what medication are you on?"),
        ("C", "Clozapine and lithium. The clozapine's four hundred milligrams at night."),
        ("P", "He has his bloods every four weeks for the clozapine. I take him."),
        ("A", "How do you get on with taking your medication?"),
        (
            "C",
            "I forget. Leanne sets up the dosette box and she rings me at night to remind me. Without that I wouldn't take it.",
        ),
        ("A", "And what do you eat, do you cook?"),
        (
            "C",
            "Toast, mostly. Cereal. I don't use the cooker. I left it on once and the fire brigade came.",
        ),
        ("A", "How about washing?"),
        (
            "C",
            "I have a shower maybe once a week. Sometimes less. I don't see the point when it's bad.",
        ),
        ("P", "I have to prompt him, I'd say, most visits."),
        ("A", "Do you go out on your own?"),
        (
            "C",
            "Only to the shop at the end of the road. That's it. If it's busy I come straight back. Anywhere else, Leanne takes me.",
        ),
        ("A", "How about money and bills?"),
        (
            "C",
            "My sister does the bills. I've got a bank card but I spent all my money in two days once when I was high.",
        ),
        ("A", "Okay. Have you ever had thoughts of harming yourself?"),
        ("C", "Sometimes. Not at the moment."),
        ("A", "Thank you, I think we're done. It's quarter to twelve."),
    ]
    report = [
        (
            "Assessment carried out at the claimant's home; his support worker was present throughout.",
            {SUP},
        ),
        ("The claimant was seen alone.", {IMP}),
        (
            "Schizoaffective disorder diagnosed in 2016 following an admission under the Mental Health Act.",
            {SUP},
        ),
        ("He takes clozapine 200 mg at night together with lithium.", {NC}),
        ("He manages his medication independently using a dosette box.", {QD}),
        ("He states he cooks simple meals on the hob most days.", {NS}),
        ("He reports showering twice a week without needing prompting.", {NC, QD}),
        ("He goes out alone to the local shops.", {QD}),
        ("His sister manages his household bills.", {SUP}),
        ("He attends four-weekly clozapine blood monitoring with his support worker.", {SUP}),
        ("Mental state: he denies any thoughts of self-harm.", {NS}),
    ]
    return turns, report


# WCA ESA85, telephone, cluster headaches
def _case_03():
    turns = [
        (
            "A",
            "Hello, is that Mr Ashworth? I'm calling for your work capability assessment. I'm Karen, I'm a paramedic by background. It's two o'clock, is now still a good time?",
        ),
        ("C", "Yes, yeah, go ahead."),
        ("A", "Tell me about your headaches."),
        (
            "C",
            "They're cluster headaches. When I'm in a cluster, which is usually about eight weeks, twice a year, I get attacks three, sometimes four times a day. Each one lasts forty-five minutes to an hour and a half.",
        ),
        ("A", "What happens during an attack?"),
        (
            "C",
            "It's like a hot poker in my eye. I can't sit still, I pace about. I've banged my head on the wall. My eye waters and the lid droops.",
        ),
        ("A", "Are you in a cluster at the moment?"),
        ("C", "Yeah, it started three weeks ago. I had one at four this morning."),
        ("A", "What treatment do you use?"),
        (
            "C",
            "Oxygen, high flow, fifteen litres a minute, and the sumatriptan injections. I'm only allowed two injections a day. And verapamil to try and stop them coming.",
        ),
        ("A", "Can you go out on your own?"),
        (
            "C",
            "In a cluster, not really. If one hits when I'm out I can't see properly, I can't think. I had one in Tesco and someone called an ambulance. So I stay in, or my brother drives me.",
        ),
        ("A", "And between clusters?"),
        (
            "C",
            "Between clusters I'm more or less okay. I'm tired, and I worry about the next one coming.",
        ),
        ("A", "How's your sleep?"),
        (
            "C",
            "They wake me up, usually about two hours after I fall asleep. I'm getting maybe three hours a night.",
        ),
        ("A", "Can you concentrate on things, like reading or a task?"),
        (
            "C",
            "When it's not an attack, for a bit. Twenty minutes maybe, then the shadow, the ache, comes in.",
        ),
        ("A", "Right, that's everything. Thanks, Mr Ashworth. That's twenty past two."),
    ]
    report = [
        ("Telephone assessment from 14:00 to 14:20.", {SUP}),
        ("Cluster periods last about eight weeks and occur twice a year.", {SUP}),
        ("During a cluster he experiences one attack per day lasting up to 30 minutes.", {NC}),
        (
            "Attacks are treated with high-flow oxygen and sumatriptan injections, with verapamil as prevention.",
            {SUP},
        ),
        ("He is able to go out unaccompanied to familiar places.", {QD}),
        ("He reports sleeping around six hours a night.", {NC}),
        ("He appeared calm and in no distress; no ptosis or eye watering was seen.", {IMP}),
        (
            "Concentration was good and he maintained focus throughout the 60-minute assessment.",
            {IMP},
        ),
        ("He states he works part time as a delivery driver.", {NS}),
        ("He states that he is symptom free between clusters.", {QD}),
    ]
    return turns, report


# PIP, video, diabetic peripheral neuropathy
def _case_04():
    turns = [
        (
            "A",
            "Hello, can you see and hear me alright? I'm Mark, I'm an occupational therapist. It's half past nine.",
        ),
        ("C", "Yes, I can see you. Sorry, I'm just angling the laptop."),
        ("A", "No problem. Tell me about your condition."),
        (
            "C",
            "I've got type two diabetes, for about fifteen years, and it's given me peripheral neuropathy in both feet, and now my hands too. My feet feel like I'm walking on broken glass, but at the same time they're numb.",
        ),
        ("A", "How does it affect your walking?"),
        (
            "C",
            "I can't feel where my feet are. I use a stick, and I've fallen, oh, four times since Christmas. I can get to the end of the garden, that's maybe twenty metres, and then I have to sit down, the burning gets too much.",
        ),
        ("A", "And your hands?"),
        (
            "C",
            "I drop things. I can't do buttons, I can't feel them. Cutting food, I struggle, my husband cuts my meat up.",
        ),
        ("A", "Do you cook?"),
        (
            "C",
            "I can make a sandwich. I don't use the hob, because I burnt my hand and didn't feel it. Didn't know till I saw the blister.",
        ),
        ("A", "What medication are you on?"),
        (
            "C",
            "Metformin, insulin twice a day, and pregabalin, a hundred and fifty milligrams twice a day.",
        ),
        ("A", "Who does your insulin?"),
        (
            "C",
            "I do it myself, but my husband checks the dose, because I can't always see the numbers on the pen. My eyes aren't great either.",
        ),
        ("A", "Could you stand up and walk across the room for me, so I can see on the camera?"),
        (
            "C",
            "I'll try. Hang on, let me get up. It's only a small room, I'm holding onto the table here.",
        ),
        ("A", "That's fine, thank you, sit back down. And bathing?"),
        (
            "C",
            "I have a shower with a seat in it. I can't get in the bath, I can't feel the bottom of it properly, and I can't check the water temperature with my feet.",
        ),
        ("A", "Thank you Carol, that's all. It's quarter past ten."),
    ]
    report = [
        ("Video consultation from 09:30 to 10:15.", {SUP}),
        (
            "Type 2 diabetes for approximately five years, complicated by peripheral neuropathy in the feet and hands.",
            {NC},
        ),
        ("She reports two falls since Christmas.", {NC}),
        ("She is able to walk around 20 metres using a walking stick.", {SUP}),
        ("She administers her own insulin.", {QD}),
        ("Medication: pregabalin 150 mg twice daily, metformin and insulin.", {SUP}),
        (
            "Observed on video to walk across the room with a normal gait and without support.",
            {IMP},
        ),
        ("She states she cooks a hot meal on the hob each evening.", {NS}),
        (
            "Fine motor skills: she fastened the buttons on her cardigan during the consultation.",
            {IMP},
        ),
        ("Her husband cuts up her meat for her.", {SUP}),
        ("She showers independently.", {QD}),
    ]
    return turns, report


# PIP, face to face at an assessment centre, glaucoma (daughter present)
def _case_05():
    turns = [
        ("A", "Good afternoon, Mr Lowe. I'm Sarah, I'm a nurse. Who have you brought with you?"),
        ("C", "This is my daughter, Kelly. She guided me in from the car park."),
        ("P", "Hi. He can't really do steps, he misses them."),
        ("A", "Tell me about your sight."),
        (
            "C",
            "Glaucoma. Both eyes. The left one's worse, I've got hardly anything left in that one. The right, it's like looking down a toilet roll tube. Tunnel vision.",
        ),
        ("A", "When was it diagnosed?"),
        ("C", "Twenty ten, no, it would be twenty eleven. It's got worse these last three years."),
        ("A", "Do you use eye drops?"),
        (
            "C",
            "Three lots. Latanoprost at night, and the other two twice a day. Kelly puts them in for me in the morning, because I miss my eye and waste them.",
        ),
        ("A", "Can you read?"),
        (
            "C",
            "Not print. Only really big print with a magnifier, and even then just a few lines. I can't read my letters, Kelly reads my post.",
        ),
        ("A", "Getting around outside?"),
        (
            "C",
            "I don't go out on my own, not since I walked into a lamp post and split my head open. That was about eighteen months ago. I'm learning the long cane, I've had four sessions with the rehab lady.",
        ),
        ("A", "Cooking?"),
        (
            "C",
            "Microwave meals. I've got bump-ons on the dials. I can't see if chicken's cooked, so I don't do proper cooking.",
        ),
        ("A", "I'd like to do a quick check of your visual fields, is that alright?"),
        ("C", "Yeah, go on."),
        ("A", "Cover your left eye, and tell me when you see my finger come into view."),
        ("C", "Now. Now. I can't see that one. Is it there? No."),
        ("A", "Okay, thank you. And money?"),
        (
            "C",
            "I can handle coins if I feel them. Notes I can't tell apart. Kelly does my online banking.",
        ),
    ]
    report = [
        ("Accompanied by his daughter, who guided him in from the car park.", {SUP}),
        (
            "He walked independently from the waiting area to the consulting room, negotiating the doorway without difficulty.",
            {IMP},
        ),
        ("Glaucoma diagnosed in 2011, deteriorating over the last three years.", {SUP}),
        ("He administers his eye drops independently.", {QD}),
        ("He can read standard print with the aid of a magnifier.", {NS}),
        ("He walked into a lamp post approximately six months ago.", {NC}),
        ("He has completed ten sessions of long cane training.", {NC}),
        ("Visual fields on confrontation were grossly constricted in the right eye.", {SUP}),
        ("He prepares microwave meals, using tactile markers on the dials.", {SUP}),
        ("He goes out alone to the local shops.", {NS}),
        ("He manages his own finances.", {QD}),
    ]
    return turns, report


# WCA ESA85, face to face at an assessment centre, heart failure with an ICD (husband present)
def _case_06():
    turns = [
        ("A", "Hello Mrs Baxter, I'm Doctor Fernandes. And who's this with you?"),
        ("C", "My husband, Phil. He drove me. I don't drive since the shocks."),
        ("A", "Tell me about your heart."),
        (
            "C",
            "I've got heart failure. They said my heart's only pumping at about twenty-five percent. I had a heart attack in twenty twenty, then they put the defibrillator in, the ICD, in twenty twenty-one.",
        ),
        ("A", "Has it ever gone off?"),
        (
            "C",
            "Twice. Once in the kitchen and once in the car park at Asda. It's like being kicked by a horse. Since then I'm frightened to go out by myself.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On the flat, slowly, maybe thirty, forty yards, then I'm breathless and I've got to stop and lean on something. Hills, no. Stairs, I do them once a day. I go up to bed and that's it.",
        ),
        ("P", "She sits down on the stairs halfway, every night."),
        ("A", "Do your ankles swell?"),
        (
            "C",
            "Yes, by the evening they're like balloons. I'm on furosemide, eighty milligrams in the morning, so I'm up and down to the toilet all morning.",
        ),
        ("A", "Can you lift and carry things?"),
        ("C", "A cup of tea, a small bag. Not the shopping. Phil does that."),
        ("A", "How's your sleep?"),
        ("C", "I sleep propped up on three pillows or I can't breathe."),
        (
            "A",
            "Okay, I'm going to listen to your chest. Deep breaths. Good, thank you. And I'll check your ankles. Yes, there's pitting there.",
        ),
        ("A", "Could you step up onto this step for me?"),
        ("C", "I'd rather not. I get dizzy doing things like that."),
        ("A", "That's fine, we'll leave it."),
    ]
    report = [
        ("She attended with her husband, who drove her to the appointment.", {SUP}),
        (
            "An implantable cardioverter defibrillator was fitted in 2021 following a myocardial infarction in 2020.",
            {SUP},
        ),
        ("She reports her ejection fraction is approximately 45%.", {NC}),
        ("The ICD has discharged on one occasion.", {NC}),
        ("She can mobilise 100 metres on level ground at a normal pace before stopping.", {NC, QD}),
        ("She manages the stairs once a day to go to bed.", {QD}),
        ("Pitting oedema was present at both ankles.", {SUP}),
        (
            "She was able to step up onto and down from a standard step during the examination.",
            {IMP},
        ),
        ("She reports no anxiety about going out on her own.", {NS}),
        ("She takes furosemide 80 mg each morning.", {SUP}),
    ]
    return turns, report


# PIP, telephone, fibromyalgia with irritable bowel syndrome
def _case_07():
    turns = [
        (
            "A",
            "Hi, is that Lisa Morgan? It's Helen from the assessment provider, calling about your PIP claim. The time is half past one. Are you okay to go ahead?",
        ),
        (
            "C",
            "Yes. Sorry, I might need to stop in the middle. I've got IBS and sometimes I have to go quickly.",
        ),
        ("A", "Of course, just tell me. So tell me about the fibromyalgia."),
        (
            "C",
            "It's pain all over, every day, it's like flu that never goes. And the fatigue. I was diagnosed in twenty eighteen. The IBS I've had since I was a teenager.",
        ),
        ("A", "What's a typical day for you?"),
        (
            "C",
            "I wake up about half nine, but I can't get out of bed for an hour because I'm so stiff. I have a shower if I can, maybe three days a week. I sit on the side of the bath to wash.",
        ),
        ("A", "And the IBS, how does that affect you day to day?"),
        (
            "C",
            "On a bad day I'm on the toilet eight, ten times. I've had accidents. I don't go anywhere if I don't know where the toilets are.",
        ),
        ("A", "How many bad days would you have?"),
        ("C", "Oh, more than half. Four or five days a week, probably."),
        ("A", "Cooking?"),
        (
            "C",
            "My son does the main meal. I can do toast, a sandwich. Standing at the cooker, after about five minutes my legs are burning.",
        ),
        ("A", "Walking?"),
        (
            "C",
            "Round the supermarket, if I hold the trolley. Not far. A hundred metres maybe, and I'm in agony after.",
        ),
        ("A", "Do you drive?"),
        ("C", "I stopped driving last year. My concentration's shot, I went through a red light."),
        ("C", "Actually, I need to go, I'm so sorry. Can you give me five minutes?"),
        ("A", "Of course, take your time."),
        ("A", "Are you back with me, Lisa?"),
        ("C", "Yes, sorry about that."),
        ("A", "Not at all. Last question, what medication do you take?"),
        (
            "C",
            "Amitriptyline twenty milligrams at night, duloxetine sixty, and mebeverine for the IBS.",
        ),
        ("A", "Thank you, we're done. It's just after quarter past two."),
    ]
    report = [
        ("Telephone consultation from 13:30 to 14:15.", {SUP}),
        ("The claimant remained on the call throughout and did not require any breaks.", {IMP}),
        ("Fibromyalgia diagnosed in 2018; irritable bowel syndrome since adolescence.", {SUP}),
        ("She rises at approximately 7:30 each morning.", {NC}),
        ("She showers around three times a week, sitting on the side of the bath.", {SUP}),
        ("She reports bad days on around two days per week.", {NC}),
        ("She states she is able to cook a main meal for the family.", {NS}),
        ("She is able to walk around a supermarket to do her shopping.", {QD}),
        ("She continues to drive.", {NS}),
        ("She reports occasional bowel urgency but no episodes of incontinence.", {NS}),
        ("Medication: amitriptyline 20 mg at night, duloxetine 60 mg and mebeverine.", {SUP}),
    ]
    return turns, report


# PIP, video, Tourette's syndrome with ADHD and OCD (mother present)
def _case_08():
    turns = [
        ("A", "Hi Ethan, I'm Joanne, I'm a nurse. I can see you've got someone with you?"),
        ("C", "Yeah, that's my mum. Sorry, I, hey, I tic a lot when I'm nervous."),
        ("P", "I'm his mum, Debbie. He asked me to sit in."),
        ("A", "That's absolutely fine. Ethan, tell me about your Tourette's."),
        (
            "C",
            "I've had it since I was seven. Motor tics and vocal tics. My arm jerks out, hey, and my neck, I flick my head back. Sometimes it's so bad my neck hurts for days.",
        ),
        ("A", "Does it affect things like eating and drinking?"),
        (
            "C",
            "I spill drinks all the time. I use a cup with a lid. Hot drinks, mum makes them. I've scalded myself twice.",
        ),
        ("A", "What about cooking?"),
        (
            "C",
            "I'm not really allowed knives. I cut my finger badly last year, needed five stitches. I do microwave stuff.",
        ),
        ("P", "I do his cooking, most days."),
        ("A", "Getting out and about?"),
        (
            "C",
            "I go to college three days a week, mum drives me. I can't do the bus, people stare and film me. Someone put a video of me on TikTok.",
        ),
        ("A", "How does that make you feel?"),
        ("C", "Anxious. I don't go out apart from college. Hey. Sorry."),
        ("A", "No need to apologise. What medication do you take?"),
        ("C", "Aripiprazole, five milligrams. It helps a bit but I'm tired."),
        ("A", "And do you have any other conditions?"),
        (
            "C",
            "ADHD, and OCD. I have to touch things a certain number of times, like light switches, four times.",
        ),
        ("A", "Okay, thanks Ethan. Debbie, anything you'd like to add?"),
        (
            "P",
            "Just that his tics are worse in the evenings, and he can't be left with the cooker on. He needs me there.",
        ),
    ]
    report = [
        ("Video consultation; the claimant was accompanied by his mother.", {SUP}),
        ("Tics have been present since the age of 11.", {NC}),
        ("No motor or vocal tics were observed during the consultation.", {IMP}),
        ("He makes his own hot drinks.", {NS}),
        ("He required three stitches after cutting his finger last year.", {NC}),
        ("He is able to prepare simple meals independently using a microwave.", {QD}),
        ("He attends college five days a week.", {NC}),
        ("He travels to college by bus.", {NS}),
        ("He takes aripiprazole 5 mg daily.", {SUP}),
        ("He also has diagnoses of ADHD and obsessive-compulsive disorder.", {SUP}),
        ("He uses a lidded cup to reduce spillage.", {SUP}),
    ]
    return turns, report


# WCA ESA85, telephone, agoraphobia with panic disorder
def _case_09():
    turns = [
        (
            "A",
            "Hello, is that Amy Clarke? My name's Simon, I'm calling for your work capability assessment. Just to check, are you somewhere private?",
        ),
        ("C", "Yes, I'm in my bedroom. Sorry, I'm really nervous."),
        ("A", "That's okay, take your time. Can you tell me what's been going on?"),
        (
            "C",
            "I've got agoraphobia and panic disorder. I haven't been out of the house on my own for, um, nearly two years. Since March twenty twenty-three.",
        ),
        ("A", "What happens if you try to go out?"),
        (
            "C",
            "My heart races, I can't breathe, I feel like I'm going to die. Last time I got to the end of the path and I had to come back in.",
        ),
        ("A", "Does anyone take you out?"),
        (
            "C",
            "My mum. She takes me to the GP, that's about it. Even then I sit in the car until they call me, and I have to have her with me in the room.",
        ),
        ("A", "How often do you have panic attacks?"),
        ("C", "At home, three or four a week. If I have to go out, every time."),
        ("A", "Are you having any treatment?"),
        (
            "C",
            "Sertraline, a hundred milligrams. I did online CBT, six sessions, but they want me to go to the clinic for the next part and I can't.",
        ),
        ("A", "How do you get your shopping?"),
        (
            "C",
            "Online delivery. I don't even open the door to the driver. I ask them to leave it on the step.",
        ),
        ("A", "Do you usually speak to people on the phone?"),
        (
            "C",
            "Not strangers. This is really hard. My mum usually does calls for me, but they said I had to do this one myself.",
        ),
        ("A", "How about new situations, like a new appointment?"),
        ("C", "I cancelled my dentist twice. I just can't."),
        ("A", "Okay Amy, you've done really well. That's everything, thank you."),
    ]
    report = [
        ("Mrs Clarke was accompanied by her mother for the assessment.", {IMP}),
        ("She reports being unable to leave the house alone since March 2023.", {SUP}),
        ("She is able to leave home when accompanied by her mother.", {QD}),
        ("Panic attacks occur approximately once a month.", {NC}),
        ("She has completed twelve sessions of cognitive behavioural therapy.", {NC}),
        ("She collects her own shopping from local shops.", {NS}),
        ("She regularly answers the door to delivery drivers.", {NS}),
        ("She was relaxed throughout and coped well with the telephone call.", {IMP}),
        ("She appeared appropriately dressed and maintained good eye contact.", {IMP}),
        ("She takes sertraline 100 mg daily.", {SUP}),
        ("She has cancelled dental appointments because of anxiety.", {SUP}),
    ]
    return turns, report


# PIP, face to face at an assessment centre, right below-knee amputation
def _case_10():
    turns = [
        ("A", "Good morning, Mr Dhillon, I'm Andrew, a physiotherapist. Did you find us okay?"),
        ("C", "Yeah, I came in a taxi. I can't do the bus steps with the leg."),
        ("A", "Tell me what happened."),
        (
            "C",
            "I lost my right leg below the knee in twenty nineteen. Diabetes. I had an ulcer that wouldn't heal, then an infection. And I've got problems with the left foot now as well.",
        ),
        ("A", "Do you wear a prosthesis?"),
        (
            "C",
            "I do, but the socket rubs. My stump swells in the afternoon and I have to take it off. I'd say I wear it four, five hours a day at most.",
        ),
        ("A", "And when you're not wearing it?"),
        ("C", "Wheelchair in the house. Or crutches to get to the toilet."),
        ("A", "How far can you walk with the prosthesis?"),
        (
            "C",
            "With two sticks, maybe forty or fifty metres. I have to stop and check my stump. If it's rubbing I get sores. I had a sore in the summer and couldn't wear the leg for six weeks.",
        ),
        ("A", "Any phantom pain?"),
        (
            "C",
            "Every night. It's like my foot's on fire. I take gabapentin, three hundred, three times a day.",
        ),
        ("A", "How do you manage washing?"),
        (
            "C",
            "I've got a bath board and I sit down. I can't stand in the shower without the leg. My wife helps me in and out.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "I can do it sitting down, it just takes a while. Maybe half an hour, because of getting the liner and the leg on.",
        ),
        ("A", "Okay. Could I see you walk up the corridor and back?"),
        ("C", "Yeah. I'll need the sticks."),
        ("A", "Great, thank you. Have a seat."),
    ]
    report = [
        ("He attended alone, arriving by taxi.", {SUP}),
        ("Right below-knee amputation in 2017 following a diabetic foot infection.", {NC}),
        ("He wears his prosthesis for around ten hours each day.", {NC}),
        ("He can walk 40 to 50 metres with two sticks, stopping to check his stump.", {SUP}),
        ("He walked the length of the corridor without walking aids; gait was steady.", {IMP}),
        ("Phantom limb pain is managed with gabapentin 300 mg three times daily.", {SUP}),
        ("He bathes independently using a bath board.", {QD}),
        ("He dresses independently while seated.", {QD}),
        ("He uses his wheelchair when out shopping.", {NS}),
        ("He is able to use public transport.", {NS}),
        (
            "A pressure sore in the summer prevented him from wearing the prosthesis for two weeks.",
            {NC},
        ),
    ]
    return turns, report


# WCA ESA85, home visit, chronic kidney disease on haemodialysis (wife present)
def _case_11():
    turns = [
        (
            "A",
            "Hello Mr Fletcher, I'm Nadia, I'm a nurse from the assessment service. Thanks for having me at home.",
        ),
        ("C", "That's alright. It's easier, I'm wiped out after dialysis."),
        ("A", "Tell me about your kidneys."),
        (
            "C",
            "Chronic kidney disease, stage five. I go for haemodialysis three times a week, Monday, Wednesday, Friday. Four hours on the machine, and the transport takes an hour each way.",
        ),
        ("A", "How do you feel afterwards?"),
        (
            "C",
            "Like I've been hit by a bus. I sleep the rest of the day. Tuesday and Thursday I've got a bit more energy.",
        ),
        ("P", "He's asleep by six on dialysis days."),
        ("A", "Are you on the transplant list?"),
        ("C", "Yes, since twenty twenty-two. Nothing yet."),
        ("A", "Do you have any restrictions?"),
        (
            "C",
            "Fluid. I'm only allowed a litre a day. And I've got the fistula in my left arm, so I can't lift anything heavy with that arm. They said nothing more than a bag of sugar.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "On a good day, to the post box, that's about a hundred yards. Then I'm puffed and my legs cramp. On dialysis days I can't.",
        ),
        ("A", "Any other problems?"),
        (
            "C",
            "Itching, all the time. And I can't concentrate. I used to do the crossword, now I can't finish a paragraph in the paper.",
        ),
        ("A", "Okay, can I have a look at the fistula?"),
        ("C", "Yes, there you go."),
        ("A", "Thank you, that's got a good thrill. And can I watch you get up from the chair?"),
        ("C", "Give me a second. I have to push up with my right arm."),
        ("A", "That's fine, thank you."),
    ]
    report = [
        ("Assessment conducted at the claimant's home with his wife present.", {SUP}),
        ("He attends haemodialysis twice weekly, for four hours per session.", {NC}),
        ("He reports tiredness after dialysis but is otherwise well.", {QD}),
        ("He has been on the renal transplant waiting list since 2022.", {SUP}),
        ("His fluid intake is restricted to 1.5 litres per day.", {NC}),
        ("He can walk approximately 100 yards.", {QD}),
        ("He reports no restriction on lifting.", {NS}),
        ("Arteriovenous fistula in the left arm with a palpable thrill.", {SUP}),
        ("He rose from the chair without using his arms.", {IMP}),
        ("He reads the newspaper daily and completes the crossword.", {NS}),
    ]
    return turns, report


# PIP, home visit, hoarding disorder with depression
def _case_12():
    turns = [
        (
            "A",
            "Hello, Mrs Doyle? I'm Chris, from the PIP assessment service. Thanks for agreeing to a home visit.",
        ),
        (
            "C",
            "Yes, come in. Mind, it's, sorry, it's a bit of a squeeze. Just come through to here. This is the only chair that's free.",
        ),
        ("A", "That's fine. Tell me how things are."),
        (
            "C",
            "I've got hoarding disorder, that's what the psychologist calls it. And depression. I can't throw anything away. Newspapers, bags. I know it's daft.",
        ),
        ("A", "How long has it been like this?"),
        (
            "C",
            "Since my husband died, in twenty fourteen. It's got worse. The council came last year because of a complaint about the smell.",
        ),
        ("A", "Can you use your kitchen?"),
        (
            "C",
            "No, not really. The cooker's covered, I can't get to it. I eat cold things, sandwiches, crisps. I boil the kettle, that's it. I'd rather you didn't go in there, if you don't mind.",
        ),
        ("A", "That's fine. How about washing?"),
        ("C", "The bath's full of things. I have a strip wash at the sink, every few days."),
        ("A", "And where do you sleep?"),
        (
            "C",
            "In this chair. The bed's got boxes on it. I've slept in the chair for about four years.",
        ),
        ("A", "Do you go out?"),
        (
            "C",
            "Every day, to the charity shops, that's the trouble. I walk about, oh, half a mile to the high street.",
        ),
        ("A", "Do you see people?"),
        (
            "C",
            "My son, once a month maybe. He gets upset. I don't let anyone else in. You're the first person inside in two years.",
        ),
        ("A", "How about money?"),
        ("C", "I've got debts. I buy things I don't need. Two credit cards, both maxed out."),
        ("A", "Have you had any treatment?"),
        (
            "C",
            "I saw a psychologist, eight sessions, but I stopped going. I'm on citalopram, twenty milligrams.",
        ),
    ]
    report = [
        ("Home visit; the claimant was seen alone.", {SUP}),
        ("Hoarding disorder and depression since the death of her husband in 2014.", {SUP}),
        (
            "The kitchen was observed to be clean and accessible, with the cooker in working order.",
            {IMP},
        ),
        ("She prepares hot meals on the cooker.", {NS}),
        ("She has a wash at the sink daily.", {NC}),
        ("She has slept in an armchair for the past year.", {NC}),
        ("She walks to the high street every day, a distance of about half a mile.", {SUP}),
        ("She has regular visitors, including her son, who visits weekly.", {NC, NS}),
        ("She takes citalopram 20 mg and previously saw a psychologist but disengaged.", {SUP}),
        ("She manages her own money.", {QD}),
    ]
    return turns, report


# PIP, telephone, acquired brain injury after an assault (partner present)
def _case_13():
    turns = [
        (
            "A",
            "Hello, is that Mr Reilly? My name is Gemma, I'm calling about your PIP assessment. It's eleven o'clock. Is it okay to start?",
        ),
        ("C", "Yeah. My girlfriend's here, Jade. She's going to help, because I forget things."),
        ("P", "Hi, I'm Jade."),
        ("A", "Hello Jade. Liam, can you tell me what happened?"),
        ("C", "I got attacked outside a pub. I was in a coma for, er, eleven days? Jade?"),
        ("P", "Nine days. It was nine."),
        (
            "C",
            "Nine days. That was in twenty twenty-one. I had a bleed on the brain and they took part of my skull off.",
        ),
        ("A", "How does it affect you now?"),
        (
            "C",
            "Memory. I can't remember what I did yesterday. I get angry, really angry over nothing. And I get headaches, and my balance is off, I fall over.",
        ),
        ("P", "He has fits as well. About once a month."),
        ("A", "Do you take anything for the seizures?"),
        ("C", "Levetiracetam. Jade does my tablets. I'd take them twice or not at all."),
        ("A", "What about cooking?"),
        (
            "C",
            "I left the gas on. Twice. So Jade turned it off at the wall. I only use the microwave, and she has to tell me how long.",
        ),
        ("A", "Can you go out on your own?"),
        (
            "C",
            "I got lost going to the shop that's two streets away. I've got the map on my phone now, but I still get confused. I don't go anywhere new without Jade.",
        ),
        ("A", "How about managing money?"),
        ("C", "Jade does it. I gave my bank details to a bloke on Facebook."),
        ("A", "Do you mix with other people?"),
        (
            "C",
            "Not really. I had a fight with my brother at Christmas. I don't remember it properly.",
        ),
        ("P", "He shouted at a bus driver last week. He doesn't mean it."),
        ("A", "Okay, thank you both, that's everything. It's twenty to twelve."),
    ]
    report = [
        (
            "Telephone consultation from 11:00 to 11:40; his partner was present and contributed.",
            {SUP},
        ),
        (
            "He sustained a traumatic brain injury in an assault in 2021 and was in a coma for 11 days.",
            {NC},
        ),
        ("Part of his skull was removed following a bleed on the brain.", {SUP}),
        ("He reports seizures approximately once a year.", {NC}),
        ("He reports ongoing problems with short-term memory and irritability.", {SUP}),
        ("He manages his medication independently.", {QD}),
        ("He uses a microwave to prepare meals.", {QD}),
        ("He is able to plan and follow familiar local journeys using the map on his phone.", {QD}),
        ("He manages his own money and bills.", {NS}),
        ("His gait was observed to be normal and steady.", {IMP}),
        ("He reports no history of aggression towards others.", {NS}),
    ]
    return turns, report


# PIP, face to face at an assessment centre, learning disability with Down syndrome (mother present)
def _case_14():
    turns = [
        (
            "A",
            "Hello Chloe, I'm Raj, I'm a paramedic and I'll be doing your assessment today. Who's this with you?",
        ),
        ("C", "My mum."),
        ("P", "I'm Sue, Chloe's mum. I'm her appointee."),
        ("A", "Lovely. Chloe, can you tell me what you like doing?"),
        ("C", "I go to the day centre. I do drama. And dancing."),
        ("A", "Which days do you go?"),
        ("C", "Monday, Tuesday, Thursday."),
        ("P", "Three days. The minibus picks her up."),
        ("A", "Chloe, do you go to the shops on your own?"),
        ("C", "No. Mum comes."),
        (
            "P",
            "She doesn't understand roads, she'd walk straight out. And she's very trusting, she'd go with anyone.",
        ),
        ("A", "Can you make a cup of tea, Chloe?"),
        ("C", "Yes. With mum."),
        (
            "P",
            "She can do it if I stand with her and tell her each step. She's burnt herself on the kettle.",
        ),
        (
            "A",
            "Chloe, if something cost three pounds and you gave me a five pound note, how much change would you get?",
        ),
        ("C", "Um. Ten?"),
        ("A", "Okay, that's fine. Sue, what about washing and dressing?"),
        (
            "P",
            "She can dress herself, but she'd wear the same thing every day, and sometimes it's inside out or back to front. I choose her clothes. In the shower I have to wash her hair and check she's rinsed.",
        ),
        ("A", "And does she have any other health problems?"),
        (
            "P",
            "Her heart, she had surgery as a baby. Hypothyroidism, she takes levothyroxine, seventy-five micrograms. And she has glasses and hearing aids.",
        ),
        ("A", "Chloe, can you read this card for me?"),
        ("C", "Cat. Dog. I don't know that one."),
        ("A", "That's fine, well done."),
    ]
    report = [
        ("She was accompanied by her mother, who is her appointee.", {SUP}),
        ("She attends a day centre five days a week.", {NC}),
        ("She travels to the day centre independently by bus.", {NS}),
        ("She is able to make a hot drink.", {QD}),
        (
            "She correctly calculated the change from a five-pound note during the assessment.",
            {IMP},
        ),
        ("She dresses herself.", {QD}),
        ("She takes levothyroxine 75 micrograms daily for hypothyroidism.", {SUP}),
        ("She read a short paragraph aloud from a card without difficulty.", {IMP}),
        ("She had heart surgery in infancy.", {SUP}),
        ("She showers independently.", {QD}),
        ("She enjoys drama and dancing at the day centre.", {SUP}),
    ]
    return turns, report


# WCA ESA85, video, relapsing-remitting multiple sclerosis
def _case_15():
    turns = [
        (
            "A",
            "Hello, can you hear me? I'm Doctor Patel. It's quarter past three. I can see you're sitting down, is that comfortable?",
        ),
        ("C", "Yes, I'm on the sofa. I've propped the phone on a cushion, sorry if it's wobbly."),
        ("A", "Tell me about your MS."),
        (
            "C",
            "Relapsing remitting, diagnosed in twenty seventeen. I've had, let me think, four relapses. The last one was in the spring, it took my legs for about two months.",
        ),
        ("A", "How are your legs now?"),
        (
            "C",
            "Weak, especially the right. I drag it. I use a rollator outside. I can do maybe fifty metres before my foot starts catching and I trip.",
        ),
        ("A", "And fatigue?"),
        (
            "C",
            "That's the worst. By lunchtime I'm done. I have to lie down every afternoon for two hours.",
        ),
        ("A", "Any bladder problems?"),
        (
            "C",
            "Urgency. I've got to go, like, now, and I've had accidents, maybe once a week. I self-catheterise at night.",
        ),
        ("A", "How about your hands?"),
        (
            "C",
            "Numb in the fingertips. I can't do small buttons, and my handwriting goes after a line or two.",
        ),
        ("A", "Sitting?"),
        (
            "C",
            "I can sit, but my back spasms after about forty minutes and I have to get up and move.",
        ),
        ("A", "Could you show me how you stand up, on the camera?"),
        (
            "C",
            "I'll need to hold the arm of the sofa. Okay. There. Sorry, the camera's pointing at the ceiling now.",
        ),
        ("A", "That's alright, sit back down. What treatment are you on?"),
        (
            "C",
            "Ocrelizumab infusions every six months, and baclofen ten milligrams three times a day for the spasms.",
        ),
        ("A", "Thank you, that's all. It's five to four."),
    ]
    report = [
        ("Video assessment from 15:15 to 15:55.", {SUP}),
        (
            "Relapsing-remitting multiple sclerosis diagnosed in 2017, with two relapses to date.",
            {NC},
        ),
        ("She can mobilise 50 metres.", {QD}),
        ("She rests in the afternoon for approximately 30 minutes.", {NC}),
        ("She reports urinary urgency with occasional incontinence, about once a month.", {NC}),
        ("She self-catheterises at night.", {SUP}),
        ("She can sit for more than an hour before needing to move.", {NC}),
        ("She was observed on video to stand from the sofa without using her arms.", {IMP}),
        ("Gait observed on camera: she walked steadily across the room.", {IMP}),
        (
            "Treatment is baclofen 10 mg three times daily with six-monthly ocrelizumab infusions.",
            {SUP},
        ),
        ("She is able to write legibly.", {QD}),
    ]
    return turns, report


# PIP, telephone, severe COPD with home oxygen
def _case_16():
    turns = [
        ("A", "Hello, Mr Gallagher? It's Ben from the assessment service. Can you hear me okay?"),
        ("C", "Yeah, just about. Give me a second, I'm a bit out of breath getting to the phone."),
        ("A", "Take your time. Tell me about your breathing."),
        (
            "C",
            "COPD. Emphysema. They said it's severe, my lung function's about thirty percent. I'm on oxygen sixteen hours a day.",
        ),
        ("A", "When were you diagnosed?"),
        (
            "C",
            "Twenty twelve, I think. I smoked forty a day for thirty years. Packed in five years ago.",
        ),
        ("A", "How far can you walk?"),
        (
            "C",
            "Not far at all. From the front door to the car, that's about ten metres, and I'm gasping. I've got a mobility scooter for the shops.",
        ),
        ("A", "How about stairs?"),
        ("C", "I sleep downstairs now. I haven't been up the stairs since last winter."),
        ("A", "Washing?"),
        (
            "C",
            "I have a wash at the sink, sitting on a stool. In the shower the steam gets me, I can't breathe. My wife helps me, she does my back and my legs.",
        ),
        ("A", "Dressing?"),
        (
            "C",
            "Slowly. Twenty minutes to get dressed, and I've got to stop halfway for a breather. She does my socks.",
        ),
        ("A", "Do you get chest infections?"),
        (
            "C",
            "Six last year. Three of them I was in hospital, and one was a week in intensive care.",
        ),
        ("A", "Do you go out much?"),
        ("C", "Hospital, doctors, and my daughter's on a Sunday. She picks us up."),
        ("A", "Okay. Last thing, your inhalers?"),
        (
            "C",
            "Trimbow, two puffs twice a day, and the blue one, the salbutamol, when I need it, which is a lot.",
        ),
    ]
    report = [
        ("He reports severe COPD with lung function of around 30%.", {SUP}),
        ("He uses home oxygen for 6 hours per day.", {NC}),
        ("He stopped smoking fifteen years ago.", {NC}),
        ("He can walk approximately 100 metres.", {NC}),
        ("He was not breathless at any point during the telephone conversation.", {IMP}),
        ("He manages the stairs at home daily.", {NS}),
        ("He washes at the sink.", {QD}),
        ("He is able to dress himself, taking around 20 minutes.", {QD}),
        (
            "He had six chest infections in the past year, three requiring hospital admission.",
            {SUP},
        ),
        ("He uses a mobility scooter for shopping.", {SUP}),
        ("He was observed using oxygen via nasal cannulae throughout the consultation.", {IMP}),
    ]
    return turns, report


# WCA ESA85, face to face at an assessment centre, epilepsy (friend present)
def _case_17():
    turns = [
        ("A", "Hello, Mr Hart? Come in. I'm Louise, I'm a nurse. Who's with you today?"),
        ("P", "I'm Marcus, his mate. I brought him in the car."),
        ("A", "Thanks. Dean, tell me about your epilepsy."),
        (
            "C",
            "I have tonic clonic seizures, and absences. The big ones, about two a month. The absences, loads, I don't always know. Marcus sees them.",
        ),
        ("P", "I'd say ten, fifteen a day some days. He just stares, then carries on."),
        ("A", "Do you get any warning?"),
        (
            "C",
            "No. None. I've come round on the floor with a cut head loads of times. I broke my cheekbone in twenty twenty-two.",
        ),
        ("A", "How long does it take you to recover after a big one?"),
        ("C", "The rest of the day. I'm confused, I sleep, and my muscles ache for two days."),
        ("A", "What medication are you on?"),
        (
            "C",
            "Lamotrigine, two hundred milligrams twice a day, and clobazam. I've tried four different ones.",
        ),
        ("A", "Do you work?"),
        (
            "C",
            "I was a scaffolder. I lost my job because of the seizures. Obviously I can't go up on scaffolding.",
        ),
        ("A", "Can you go out on your own?"),
        (
            "C",
            "I do go to the shop on my own, it's round the corner. But anything else I'll have someone with me, and I carry a card.",
        ),
        ("A", "Any problems with memory?"),
        ("C", "Yeah, terrible. The tablets make me foggy."),
        (
            "A",
            "Okay. I'm going to do a quick examination. Can you follow my finger? Good. Now squeeze my hands. Good.",
        ),
        ("A", "Thank you, we're finished. You can go."),
    ]
    report = [
        ("He attended with a friend, who drove him to the centre.", {SUP}),
        ("He has tonic-clonic seizures approximately twice a month.", {SUP}),
        ("Absence seizures occur a few times a week.", {NC}),
        ("He gets a warning before his seizures, allowing him to get to a safe place.", {NS}),
        ("He fractured his cheekbone during a seizure in 2020.", {NC}),
        ("He recovers within an hour of a tonic-clonic seizure.", {NC}),
        ("He goes out alone.", {QD}),
        ("He takes lamotrigine 200 mg twice daily and clobazam.", {SUP}),
        ("Cranial nerves intact; Romberg's test negative; heel-to-toe walking normal.", {IMP}),
        ("He reports that his memory is good.", {NS}),
    ]
    return turns, report


# PIP, telephone, post-traumatic stress disorder (Arabic interpreter present)
def _case_18():
    turns = [
        (
            "A",
            "Hello, this is Anna from the PIP assessment service. I understand we have an interpreter on the line?",
        ),
        (
            "P",
            "Yes, hello, my name is Farid, I'm the Arabic interpreter. Mr Haddad is with me on the call.",
        ),
        ("C", "Hello. Yes."),
        ("A", "Thank you. Could you ask Mr Haddad to tell me about his health?"),
        (
            "P",
            "He says he has post-traumatic stress disorder. He came to the UK in twenty nineteen from Syria. He says he was detained and tortured for six months.",
        ),
        ("A", "How does it affect him day to day?"),
        (
            "P",
            "He says he has nightmares every night. He sleeps maybe two or three hours. He wakes up shouting. He is afraid of men in uniform, and he cannot go to the post office because of the security guard.",
        ),
        ("A", "Does he go out on his own?"),
        (
            "P",
            "He says only with his wife or his son. Alone, he panics. He has had panic attacks in the street, and three times he was taken home by a stranger.",
        ),
        ("C", "Yes, my son. Always my son."),
        ("A", "Does he have any physical problems?"),
        (
            "P",
            "He says his back, from the beatings, and his left hand. Two fingers were broken and did not heal straight. He cannot grip properly.",
        ),
        ("A", "What medication does he take?"),
        (
            "P",
            "Mirtazapine thirty milligrams at night, and propranolol. He says his wife gives him the tablets because he forgets.",
        ),
        ("A", "How about cooking and washing?"),
        (
            "P",
            "He says his wife cooks. He does not get in the bath, because of the water, it reminds him. He washes at the sink. Sometimes he does not wash for a week.",
        ),
        ("A", "Is he seeing anyone for therapy?"),
        (
            "P",
            "He says he is on the waiting list for a specialist trauma service, for fourteen months now.",
        ),
        ("A", "Okay, thank you both. That's the end of the call."),
    ]
    report = [
        ("An Arabic interpreter joined the telephone consultation.", {SUP}),
        ("He arrived in the UK from Syria in 2016.", {NC}),
        ("He reports sleeping around five to six hours per night.", {NC}),
        ("He goes out independently but prefers to have company.", {QD}),
        ("He reports that his grip in the left hand is unaffected.", {NS}),
        (
            "He takes mirtazapine 30 mg at night and propranolol; his wife gives him his tablets.",
            {SUP},
        ),
        ("He manages his personal hygiene by washing at the sink.", {QD}),
        ("He has been on the waiting list for trauma-focused therapy for four months.", {NC}),
        ("Mr Haddad answered all questions in fluent English without hesitation.", {IMP}),
        ("He reports working part time in his cousin's shop.", {NS}),
    ]
    return turns, report


# PIP, video, autism with anxiety (mother present, camera off)
def _case_19():
    turns = [
        (
            "A",
            "Hi Owen, I'm Claire, an occupational therapist. It's ten o'clock. Is it okay if I ask you some questions?",
        ),
        ("C", "Yes. Can I keep my camera off? I find faces hard."),
        ("A", "That's absolutely fine. Is there anyone with you?"),
        ("P", "Yes, it's his mum, Rhian. I'm in the room."),
        ("A", "Thanks. Owen, tell me about your autism."),
        (
            "C",
            "I was diagnosed when I was twenty-one. Five years ago. I also have anxiety. I need things the same. If the plan changes I have a meltdown.",
        ),
        ("A", "What happens in a meltdown?"),
        ("C", "I shout. I hit my head. Then I shut down and I can't talk for hours."),
        ("P", "It's about three or four times a week. Last week he put his hand through a window."),
        ("A", "Do you prepare your own food?"),
        ("C", "I eat the same thing. Pasta with butter. Mum cooks it. I can do cereal."),
        ("A", "Why don't you cook it yourself?"),
        ("C", "I forget it's on. And the noise of the extractor fan. I burnt a pan."),
        ("A", "Do you go out?"),
        (
            "C",
            "To the library, on Wednesdays. Mum drives me. I don't do buses. Too many people, and if it's late I don't know what to do.",
        ),
        ("A", "How about talking to people you don't know?"),
        ("C", "I don't. Mum does phone calls. This is hard for me."),
        ("A", "And managing money?"),
        ("C", "I know how much things cost. But I don't understand bills. Mum pays them."),
        ("A", "Washing?"),
        (
            "C",
            "I shower when mum reminds me. I don't like the feeling of the water. Maybe twice a week.",
        ),
        ("A", "Thank you, Owen, you've done really well. We'll stop there. It's twenty to eleven."),
    ]
    report = [
        (
            "Video consultation from 10:00 to 10:40; his camera was off at his request and his mother was present.",
            {SUP},
        ),
        ("Autism was diagnosed at the age of 18.", {NC}),
        ("He presented as relaxed and maintained good eye contact throughout.", {IMP}),
        ("He reports meltdowns approximately once a month.", {NC}),
        ("He prepares simple meals such as pasta for himself.", {NS}),
        ("He goes to the library each week.", {QD}),
        ("He showers twice a week.", {QD}),
        ("He engages with others without difficulty and makes his own telephone calls.", {NS}),
        ("He understands the cost of everyday items; his mother pays the bills.", {SUP}),
        (
            "He has injured himself during meltdowns, including putting his hand through a window.",
            {SUP},
        ),
        ("He uses public transport independently.", {NS}),
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

FIRST_SEED = 33000


def make_case_33(seed: int) -> tuple[list[tuple[int, str, str]], list[tuple[str, set[str]]]]:
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
