// Fresh wording for the `confidential` rule, written before the rule was tuned on it and scored as it
// stood (figures in the report), then kept as regression tables. Invented: no corpus names or sentences.
// Each flag row: [post, the remark a policy officer would mark]; every finding must fall inside it.

export interface Batch {
  flag: [string, string][];
  pass: string[];
}

export const BATCH_1: Batch = {
  flag: [
    [
      "Quick heads-up for Otters class: Bethan is having her tonsils out on Thursday, so she'll miss the class assembly.",
      'Bethan is having her tonsils out on Thursday',
    ],
    [
      "Mr Hallam won't be in for the rest of term – he's been signed off while the complaint from a parent is looked into.",
      "Mr Hallam won't be in for the rest of term – he's been signed off while the complaint from a parent is looked into",
    ],
    [
      'Please be extra kind to Sienna this week; the family have been evicted and are staying in a B&B.',
      'the family have been evicted and are staying in a B&B',
    ],
    [
      'Great news from the inspection – the team hinted that leadership will come out as Outstanding! Fingers crossed for the report.',
      'the team hinted that leadership will come out as Outstanding',
    ],
    [
      'Our provisional KS2 results are in: 78% met the expected standard in maths, up from last year!',
      'Our provisional KS2 results are in: 78% met the expected standard in maths, up from last year',
    ],
    [
      'The playground resurfacing job is going to Tarmaco Surfaces – their quote came in £5,200 under the other firm.',
      'The playground resurfacing job is going to Tarmaco Surfaces – their quote came in £5,200 under the other firm',
    ],
    [
      'Entry code for the side door has changed to 4471 – staff, please memorise it.',
      'Entry code for the side door has changed to 4471',
    ],
    [
      'The girl in Year 3 who keeps biting has been put on a reduced timetable until after Easter.',
      'The girl in Year 3 who keeps biting has been put on a reduced timetable until after Easter',
    ],
    [
      'Governors are looking at merging the two Reception classes next year, but nothing has gone out to parents yet.',
      'Governors are looking at merging the two Reception classes next year, but nothing has gone out to parents yet',
    ],
    [
      "Can everyone remember that Kofi has his speech therapy session on Tuesday mornings, so he'll be collected early.",
      'Kofi has his speech therapy session on Tuesday mornings',
    ],
    [
      "Mrs Oyelaran has raised a grievance about her timetable, so please bear with us while it's sorted out.",
      'Mrs Oyelaran has raised a grievance about her timetable',
    ],
    [
      "Harrison's dad has been given a restraining order, so he must not be allowed near the playground.",
      "Harrison's dad has been given a restraining order",
    ],
    [
      "Ellie-Mae is with a new foster family this term, so please use her carers' names on letters.",
      'Ellie-Mae is with a new foster family this term',
    ],
    [
      'Our phonics screening check came back at 91% this year – not published yet, so keep it in school!',
      'Our phonics screening check came back at 91% this year – not published yet, so keep it in school!',
    ],
    [
      "Confirmed today: the trust will cut one of our two Year 1 classes from September and the teacher's post goes with it.",
      "the trust will cut one of our two Year 1 classes from September and the teacher's post goes with it",
    ],
    [
      'The lad in Year 6 who set off the fire alarm has been excluded for a day.',
      'The lad in Year 6 who set off the fire alarm has been excluded for a day',
    ],
    [
      "Pip's mum phoned to say he is seeing the consultant at the hospital about his heart on Monday.",
      'he is seeing the consultant at the hospital about his heart on Monday',
    ],
    [
      'The catering deal with GreenTray Foods is worth £64,000 over three years – we signed it yesterday.',
      'The catering deal with GreenTray Foods is worth £64,000 over three years',
    ],
    [
      'Reminder for staff: the wifi password for the hall laptops is now Pebbles22.',
      'the wifi password for the hall laptops is now Pebbles22',
    ],
    [
      "Our caretaker has been off since October with work-related stress, and we're not sure when he'll be back.",
      'Our caretaker has been off since October with work-related stress',
    ],
  ],
  pass: [
    'We are thrilled to share that Ofsted has rated us Good in every area – the whole report is on the website.',
    'Reminder: we are a nut-free school, and several children have severe allergies, so please check labels.',
    'Feeling worried? Talking to a trusted adult is always a good first step – our wellbeing team is here for every child.',
    'Year 4 have been learning how the heart pumps blood around the body.',
    'Our Pupil Premium strategy statement explains how we spend the grant to support disadvantaged pupils.',
    'The Year 6 residential costs £245; instalments can be paid through ParentPay.',
    'Please welcome Miss Adebayo, who joins Otters class as our new teaching assistant!',
    'We say a fond farewell to Mr Grant, who is retiring after 18 years – thank you for everything!',
    'Our under-11s won 4-2 against Castleford Juniors in a thrilling final.',
    'The school will be closed on Friday for staff training.',
    'Flu vaccinations for all year groups will take place on 12 November; consent forms are on the app.',
    "Last year's KS2 results are now on the government's school performance tables website.",
    "We've been awarded £12,000 from the council's Healthy Schools fund to refurbish the kitchen garden!",
    'Year 2 visited the hospital museum and learned how operations used to be done.',
    "Please check your child's inhaler is in date and clearly labelled before the residential.",
    'The new playground markings are being painted this weekend, paid for by our wonderful PTA!',
    'Thank you to everyone who donated to the food bank collection – we filled 20 crates!',
    'Mrs Jennings is going on maternity leave at half term – we wish her all the best!',
    "If your family is struggling with housing or bills, the council's Help Hub offers free, confidential advice.",
    'Our school council voted to spend the sports premium on new netball posts.',
  ],
};

export const BATCH_2: Batch = {
  flag: [
    [
      'Leo in Hazel is back on Monday after his appendix operation – go gently in PE!',
      'Leo in Hazel is back on Monday after his appendix operation',
    ],
    [
      'Ms Dorrington has been suspended on full pay pending the outcome of the investigation.',
      'Ms Dorrington has been suspended on full pay pending the outcome of the investigation',
    ],
    [
      'The twins in Year 2 will be leaving us next week because their mum has got a place at a refuge in another town.',
      'The twins in Year 2 will be leaving us next week because their mum has got a place at a refuge in another town',
    ],
    [
      "Unofficially the lead inspector said our curriculum was strong and we'd be happy with the outcome – don't tell anyone till the letter arrives!",
      "Unofficially the lead inspector said our curriculum was strong and we'd be happy with the outcome",
    ],
    [
      "Across Year 6, 64% of the cohort hit the expected standard across reading, writing and maths – the figures aren't published until December.",
      '64% of the cohort hit the expected standard across reading, writing and maths',
    ],
    [
      "We turned down Sparkle Cleaning's bid as it was £3,000 higher than Brightway's, so Brightway start in January.",
      "We turned down Sparkle Cleaning's bid as it was £3,000 higher than Brightway's",
    ],
    [
      'The PIN for the office photocopier is 0909 if anyone needs it over the holidays.',
      'The PIN for the office photocopier is 0909',
    ],
    [
      'One pupil in Class 5 has made threats to other children online and has been spoken to by the police.',
      'One pupil in Class 5 has made threats to other children online and has been spoken to by the police',
    ],
    [
      "The nursery will close at the end of the summer – the LA told us on Tuesday but the announcement isn't until next month.",
      "The nursery will close at the end of the summer – the LA told us on Tuesday but the announcement isn't until next month",
    ],
    [
      "Please remember Ayla's epilepsy medication is kept in the red bag in the staffroom.",
      "Ayla's epilepsy medication",
    ],
    [
      'Mr Pell has been signed off for six weeks after his knee surgery.',
      'Mr Pell has been signed off for six weeks after his knee surgery',
    ],
    [
      "Mr Tomlin's disciplinary hearing is on Wednesday so cover has been arranged.",
      "Mr Tomlin's disciplinary hearing is on Wednesday",
    ],
    [
      'Rosa is now seeing a counsellor every week since her dad left.',
      'Rosa is now seeing a counsellor every week since her dad left',
    ],
    [
      "Jaxon's family have lost their flat and are sofa-surfing with relatives at the moment.",
      "Jaxon's family have lost their flat and are sofa-surfing with relatives at the moment",
    ],
    [
      'Our budget is £40k in the red this year, so the trust wants us to drop a teaching post.',
      'Our budget is £40k in the red this year, so the trust wants us to drop a teaching post',
    ],
    [
      'A Year 5 girl was caught sharing inappropriate pictures on her phone and her parents have been called in.',
      'A Year 5 girl was caught sharing inappropriate pictures on her phone and her parents have been called in',
    ],
    [
      "The trust is consulting staff on closing our breakfast club to save money – nothing's been decided publicly.",
      'The trust is consulting staff on closing our breakfast club to save money',
    ],
    [
      "Kit's adoption hearing is next month, so he may be a bit unsettled.",
      "Kit's adoption hearing is next month",
    ],
    [
      "Please don't forget the alarm needs setting with 1-9-7-3 when you lock up after the disco.",
      'the alarm needs setting with 1-9-7-3',
    ],
    [
      'Year 1 and Year 2 will be taught as one class from January while the trust reviews numbers. Staff only – please do not share.',
      'Year 1 and Year 2 will be taught as one class from January while the trust reviews numbers.',
    ],
  ],
  pass: [
    "Our Ofsted report is out! The inspectors wrote that our pupils are 'polite, eager and proud of their school'.",
    "Some pupils in Hazel class have allergies to kiwi, so please don't send it in lunchboxes.",
    'Sleep matters! Children aged 6-12 need 9-12 hours a night – here are our top tips.',
    'Year 6 are studying the Second World War and evacuation this half term.',
    'Every school gets Pupil Premium funding for children who have been eligible for free school meals in the last six years – our strategy is on the website.',
    'The farm trip costs £8.50 per child, including the coach.',
    "We're delighted to welcome Mr Ibrahim as our new Year 3 teacher.",
    "We're sad to say goodbye to Mrs Coles, who is moving to a school in Leeds.",
    'Our cross-country team finished second out of 14 schools!',
    'The Year 1 phonics screening check takes place in the week of 9 June – practice sheets are in book bags.',
    'Tempest Photography will be in school on Tuesday for class photos.',
    'Our new MUGA is finally open – thank you to everyone who helped raise the money!',
    'Please remind your child not to share their passwords with anyone – even friends.',
    'The police visited Year 5 to talk about staying safe online.',
    'Dental check-ups are free for children – book an appointment with a local NHS dentist.',
    "Ms Hart's class raised £200 for the children's hospital by running a bake sale.",
    'We will be consulting families on our new uniform policy – survey link below.',
    "Following the inspection in March, we're proud to say we've been graded Good – the report is now published.",
    'Our football team lost 3-0 but played with real heart.',
    'Counselling sessions are available through the Family Hub for any parent who would like support.',
  ],
};

export const BATCH_3: Batch = {
  flag: [
    [
      "Amara won't be at the party – she's got a hospital appointment about her hearing on Saturday.",
      "she's got a hospital appointment about her hearing on Saturday",
    ],
    [
      "HR have told us Mr Bexley won't return until the investigation is finished.",
      "HR have told us Mr Bexley won't return until the investigation is finished",
    ],
    [
      "Some of you know Callum's mum was taken into custody last night; Grandma will be collecting him.",
      "Callum's mum was taken into custody last night",
    ],
    [
      "Between us, the inspectors seemed really impressed and we're hoping for Outstanding when the report lands.",
      "Between us, the inspectors seemed really impressed and we're hoping for Outstanding when the report lands",
    ],
    [
      "This year's SATs (provisional): 92% reading, 85% maths at the expected standard, 30% greater depth.",
      "This year's SATs (provisional): 92% reading, 85% maths at the expected standard, 30% greater depth",
    ],
    [
      "We're negotiating with Kidzone to take over the after-school club – they've offered £2 a session less than now.",
      "We're negotiating with Kidzone to take over the after-school club – they've offered £2 a session less than now",
    ],
    [
      'Staffroom door code: 1 9 4 4 (keep it to yourselves).',
      'Staffroom door code: 1 9 4 4 (keep it to yourselves).',
    ],
    [
      'A Reception child bit two classmates again today and his parents have been asked to come in.',
      'A Reception child bit two classmates again today and his parents have been asked to come in',
    ],
    [
      'Nobody outside the staff team knows yet, but Year 3 and Year 4 are being combined into one mixed class next year.',
      'Nobody outside the staff team knows yet, but Year 3 and Year 4 are being combined into one mixed class next year',
    ],
    [
      'Tia is waiting for an autism assessment, so she may need time out of class.',
      'Tia is waiting for an autism assessment',
    ],
    [
      "Please can we all support Mrs Kaye – she's been signed off with work stress after the Ofsted visit.",
      "she's been signed off with work stress after the Ofsted visit",
    ],
    [
      'The boy in Year 1 with the broken arm fell off the climbing frame at lunch – his parents are not happy.',
      'The boy in Year 1 with the broken arm fell off the climbing frame at lunch',
    ],
    [
      'Freddie has been really unsettled since his parents started going through a messy custody dispute.',
      'since his parents started going through a messy custody dispute',
    ],
    [
      "Zayn has moved to a new foster placement out of area, so please don't post any photos of him.",
      'Zayn has moved to a new foster placement out of area',
    ],
    [
      "We're looking at a shortfall of around £25,000, which means the trip subsidy will have to go.",
      "We're looking at a shortfall of around £25,000",
    ],
    [
      'Please be aware the girl in Year 4 whose dad passed away last month is finding break times hard.',
      'the girl in Year 4 whose dad passed away last month',
    ],
    [
      'Ms Fenwick has been put on a formal support plan after two poor lesson observations.',
      'Ms Fenwick has been put on a formal support plan after two poor lesson observations',
    ],
    [
      'Lily-Rose has got her EHCP through at last and will start with a 1:1 after half term.',
      'Lily-Rose has got her EHCP through at last',
    ],
    [
      "Year 5's new classroom keysafe combination is 2-0-1-8.",
      "Year 5's new classroom keysafe combination is 2-0-1-8",
    ],
    [
      "Our school is being made to join Beacon Academy Trust next year – staff were told today, parents haven't been told yet.",
      'Our school is being made to join Beacon Academy Trust next year',
    ],
  ],
  pass: [
    "Thank you to the inspectors for a positive visit – we'll share the report as soon as it's published.",
    'Head lice are doing the rounds in Year 2 again – please check and treat.',
    'Looking after your mental health: our wellbeing leaflet has tips on sleep, screen time and talking.',
    'Year 3 are investigating how plants grow in different conditions.',
    "The government's Universal Infant Free School Meals scheme means every child in Reception to Year 2 gets a free lunch.",
    'The theatre trip is £14 per child; contact the office if cost is a barrier.',
    "We're delighted to welcome Mrs Oduya as our new SENCo.",
    'Mr Finch leaves us this summer to become deputy head at Millbrook – congratulations!',
    "Netball: our Year 6 team beat St Mary's 11-7 in the league final!",
    'Our school kitchen has been awarded a 5-star food hygiene rating.',
    'We are raising money for the hospice that cared for a former member of staff.',
    'Reminder: children must not bring medicines into school without a signed form.',
    'Our Year 6 SATs week starts on 12 May – a good breakfast and an early night help!',
    "The governors' annual report, including the budget summary, is on the website.",
    'Please remember to keep your ParentPay password safe and never share it.',
    'The new reading scheme cost £3,000 and was funded by the PTA – thank you!',
    'Today Year 1 learned about the jobs people do in hospitals, from porters to surgeons.',
    'Attendance matters: every day of school counts, and our target is 97%.',
    'Please talk to your child about what to do if they are bullied – our anti-bullying week starts Monday.',
    'Mrs Ali is back from maternity leave – welcome back!',
  ],
};

// Written after the rule was tuned on batches 1–3, as an honest check of new wording; its first score is
// in the report, and what it taught was fixed by category, not by sentence.
export const BATCH_4: Batch = {
  flag: [
    [
      'Could Year 2 parents go easy on the birthday sweets – Alfie was diagnosed as coeliac last month.',
      'Alfie was diagnosed as coeliac last month',
    ],
    [
      'Ms Varga is having a hysterectomy next week so will be off until after Easter.',
      'Ms Varga is having a hysterectomy next week',
    ],
    ["Jenson's mum wants everyone to know he's got a hernia op on Friday.", "he's got a hernia op on Friday"],
    [
      "The office has been told that Mr Dale's contract won't be renewed after the probation review.",
      "Mr Dale's contract won't be renewed after the probation review",
    ],
    [
      "Following a parent complaint, Miss Hurst has been moved out of the classroom while it's investigated.",
      "Following a parent complaint, Miss Hurst has been moved out of the classroom while it's investigated",
    ],
    [
      'Sadly Maisie and her mum have had to leave their house and are staying at a hotel through the council.',
      'Maisie and her mum have had to leave their house and are staying at a hotel through the council',
    ],
    [
      "Theo's dad got a two-year sentence last week so he's living with his nan for now.",
      "Theo's dad got a two-year sentence last week",
    ],
    [
      "Lead inspector feedback today was glowing – we're confident it'll be Outstanding, but mum's the word until the report is out!",
      "Lead inspector feedback today was glowing – we're confident it'll be Outstanding",
    ],
    [
      'Our Year 2 phonics: 88% passed this year, before the national figures are released.',
      'Our Year 2 phonics: 88% passed this year',
    ],
    [
      "Three firms pitched for the new roof; we've gone with Apex Roofing at £72k, which was the middle price.",
      "we've gone with Apex Roofing at £72k, which was the middle price",
    ],
    [
      'The local authority wants us to cut our PAN from 60 to 45 – governors meet to discuss it next week, so please keep this quiet.',
      'The local authority wants us to cut our PAN from 60 to 45',
    ],
    ['The padlock on the shed now opens with 3318.', 'The padlock on the shed now opens with 3318.'],
    [
      'Reminder to staff: the laptop trolley login is Admin/Trolley99.',
      'the laptop trolley login is Admin/Trolley99',
    ],
    [
      'The Year 4 boy who hurt his ankle at break has a suspected fracture – mum took him to A&E.',
      'The Year 4 boy who hurt his ankle at break has a suspected fracture – mum took him to A&E.',
    ],
    [
      'A girl in Year 6 has been self-harming and school is working with CAMHS.',
      'A girl in Year 6 has been self-harming and school is working with CAMHS',
    ],
    ['Marcus was sent out of assembly for shouting at Mrs Lowe again.', 'Marcus was sent out of assembly'],
    [
      "Harley won't be on the residential – she's been banned after the incident on the bus.",
      "she's been banned after the incident on the bus",
    ],
    [
      'Please keep an eye on Leila: her older brother has been put into a secure unit.',
      'her older brother has been put into a secure unit',
    ],
    [
      'Mrs Nolan is on a phased return after her breakdown, so only mornings for now.',
      'Mrs Nolan is on a phased return after her breakdown',
    ],
    [
      "The PTA's bank balance is down to £212 after the overspend on the disco, and the treasurer is looking into where the cash went.",
      "The PTA's bank balance is down to £212 after the overspend on the disco, and the treasurer is looking into where the cash went",
    ],
  ],
  pass: [
    "Our Ofsted report is now live on the website – we're so proud to be Good in all areas!",
    'Please remember some children in school have severe nut allergies, so no nuts in packed lunches.',
    'Feeling low? Our wellbeing champions are on hand every lunchtime for a chat.',
    'Year 5 have been learning about the circulatory system and how surgery has changed over time.',
    'Schools receive Pupil Premium for children from lower-income families; our spending plan is published each year.',
    'The Year 4 trip to the Roman fort costs £11 per child.',
    "We're delighted to welcome Mrs Achebe, who joins the office team on Monday.",
    'Mr Thorne retires this July after 30 years – come to his farewell assembly!',
    'Our Year 6 footballers beat Westfield 3-1 to win the league!',
    'Our phonics results last year were well above national – see our website for the data.',
    'The council has confirmed funding for our new classroom extension, due to open in 2026.',
    'Our new keypad entry system means visitors must now sign in at the main office.',
    "We've had a great response to the consultation on our new behaviour policy – thank you.",
    'Year 3 loved their visit from the local paramedics, who showed them inside an ambulance.',
    'Our Year 6 SATs results will be shared with families in July, as usual.',
    'We are recruiting a part-time lunchtime supervisor – salary £6,400 pro rata; apply via the council website.',
    'Thanks for coming to the open evening about our plans for the new nursery.',
    'If your child has a medical appointment, please let the office know in advance.',
    'Mrs Cole has been nominated for a national teaching award – good luck!',
    'Children should bring their own named water bottle every day.',
  ],
};

// A second honest check, written after batch 4 was fixed: more names in innocent posts.
export const BATCH_5: Batch = {
  flag: [
    [
      "Just so you're aware, Isaac has started on Ritalin and may be a bit quieter than usual.",
      'Isaac has started on Ritalin',
    ],
    [
      "Ms Okafor is back next week after her miscarriage – please don't mention it to her.",
      'Ms Okafor is back next week after her miscarriage',
    ],
    [
      'The Year 3 girl who wet herself in assembly has asked that nobody makes a fuss.',
      'The Year 3 girl who wet herself in assembly',
    ],
    [
      "Ravi's parents have asked us not to let his uncle pick him up any more.",
      "Ravi's parents have asked us not to let his uncle pick him up any more",
    ],
    [
      "We've had to call the police twice this week about a dad who keeps turning up drunk at pick-up.",
      "We've had to call the police twice this week about a dad who keeps turning up drunk at pick-up",
    ],
    [
      'Mr Greaves has handed in his notice after the row with the head last week.',
      'Mr Greaves has handed in his notice after the row with the head last week',
    ],
    [
      "Governors have agreed a pay freeze for support staff this year – it hasn't been shared with them yet.",
      'Governors have agreed a pay freeze for support staff this year',
    ],
    [
      'Between ourselves, the academy trust wants to replace our head with one of their executive heads.',
      'the academy trust wants to replace our head with one of their executive heads',
    ],
    [
      "Provisional KS1 data: 71% at expected in writing – let's keep that in the staffroom for now.",
      'Provisional KS1 data: 71% at expected in writing',
    ],
    [
      'The alarm panel code has changed – new one is 7 3 5 1.',
      'The alarm panel code has changed – new one is 7 3 5 1.',
    ],
    [
      "Dexter's been referred to the school nurse about his weight.",
      "Dexter's been referred to the school nurse about his weight",
    ],
    ['Please be gentle with Mia in Beech – her mum is in rehab.', 'her mum is in rehab'],
    [
      "Our cleaning contractor is being replaced after we found out they've been overcharging us by £400 a month.",
      "Our cleaning contractor is being replaced after we found out they've been overcharging us by £400 a month",
    ],
    [
      "Jayden in Year 5 has been stealing from other children's bags.",
      "Jayden in Year 5 has been stealing from other children's bags",
    ],
    [
      'Poppy won’t be doing PE for six weeks after her heart scan showed a problem.',
      'Poppy won’t be doing PE for six weeks after her heart scan showed a problem',
    ],
    [
      "We're about to lose our Reception teacher to long-term sick – nobody else knows yet.",
      "We're about to lose our Reception teacher to long-term sick",
    ],
    [
      'Lola has been having night terrors since the fire at her house.',
      'Lola has been having night terrors since the fire at her house',
    ],
    [
      "The school's insurance claim for the flood has been rejected and we're £18k out of pocket.",
      "The school's insurance claim for the flood has been rejected and we're £18k out of pocket",
    ],
    [
      'Mrs Pike is being investigated by the council over missing dinner money.',
      'Mrs Pike is being investigated by the council over missing dinner money',
    ],
    [
      "Kai's EHCP review is next Thursday, so he'll be with Mrs Doyle in the morning.",
      "Kai's EHCP review is next Thursday",
    ],
  ],
  pass: [
    "Leo's dad, a paramedic, brought his ambulance in for Reception to explore!",
    'Harry hurt his knee in the relay but got straight back up – what a star!',
    'Year 6 have written brilliant balanced arguments about whether zoos should be banned.',
    "Mrs Khan's class have been learning about the Great Fire of London and how people lost their homes.",
    'Congratulations to Mr Lee, who has been appointed Deputy Head from September!',
    "Thank you to Mrs Bell's husband, a local builder, who fixed our fence for free.",
    "Ella's grandma, a retired nurse, taught Year 2 how to bandage a sprained ankle.",
    'Our school nurse, Mrs Adams, will be in on Wednesday for height and weight checks in Reception.',
    'Freddie told the whole class about his trip to the hospital museum – fascinating!',
    "Sam's team won the house cup after a brilliant final week!",
    "Mr Ortiz's football team lost their house match but played brilliantly.",
    'Olivia read her poem about her grandad, who was a soldier in the war.',
    'Please welcome back Mrs Reid from maternity leave!',
    "Year 4 used the school's iPads with the login cards in their book bags.",
    'Our new contract with the county music service means every child in Year 4 will learn the ukulele.',
    'Ofsted visited in May and the report, published today, rates us Good.',
    'Reminder: the office is closed on Friday afternoon for staff training.',
    'Tia has been chosen to represent the county in the under-11s cross-country.',
    "We're proud to be a Rights Respecting School – our award was renewed this year.",
    'The Year 5 residential deposit of £50 is due by Friday.',
    "Ben's mum runs the local food bank and came to thank the children for their harvest donations.",
    'Today we learned how paramedics help people – thank you to the visiting ambulance crew!',
    "Dylan's poem about his dog won the Young Writers competition!",
    "The PTA's accounts for last year are on the website – thank you for raising £6,200!",
    "Amir was sent to Mrs Jones with his amazing story and got a headteacher's award!",
  ],
};

// Innocent posts that name people next to words the rule listens for (health, police, houses, money).
export const NAMED_BUT_NOT_PRIVATE: string[] = [
  "Huge thanks to Noah's mum, who works at the hospital, for the brilliant careers talk!",
  'Mia’s grandad was a firefighter and told us about the house fires he helped put out.',
  'Theo is back from his holiday in Spain and told us all about the aquarium.',
  "Our charity football match raised £340 for the children's hospital – well done Jake for scoring twice!",
  'Ms Patel will be covering Year 4 on Friday while Mr Dunn is on the Year 6 residential.',
  'Congratulations to Mrs Allen on her new role as Head of School at our partner academy.',
  "Leo has been practising his lines for the nativity – he's playing the innkeeper!",
  'Grace was brilliant as the doctor in our role-play hospital corner!',
  'Year 1 built an ambulance out of boxes – Ava drove it all morning!',
  'Mr Hughes ran the London Marathon for the British Heart Foundation – what a legend!',
  "Alfie's dad, PC Moore, came in to show us his police car.",
  'We would like to thank the local police for attending our road safety assembly.',
  "Sofia's family are moving to Manchester at Easter – we'll miss her so much!",
  'Well done to Kian, who has been moved up to the top reading group!',
  'Mrs Green is taking the Year 6 football team to the county finals – good luck!',
  'Billy has lost his first tooth – the tooth fairy is on her way!',
  'Ruby broke the school record for the 100m sprint!',
  "Oscar's art was selected for the county exhibition – he has real talent!",
  "Mr Clarke's contract with the county cricket club means he's coaching our Year 5s this summer.",
  "Amelia's mum is running the bake sale and would love some help on Friday.",
  'The Reception children visited the doctor’s surgery to learn about people who help us.',
  'Zara told everyone about her new baby brother, who was born on Tuesday!',
  'Mrs Thompson is back from her honeymoon – congratulations!',
  'Mr Ahmed will be off on paternity leave from next week – congratulations to the family!',
  "Harvey's grandma sent in some amazing photos of the school from the 1960s.",
  "We're looking for a new supplier for school uniform – please fill in our survey.",
  'The council has agreed to fund a crossing patrol outside school – thank you for your letters!',
  "Thanks to Ellie's dad for repairing our broken fence.",
  "Leo's team came out as winners in the quiz – they were outstanding!",
  "Our inspectors of the week, Mia and Jack, checked everyone's recycling!",
  "Mrs Cole's class got 100% in the times tables challenge this week!",
  'Our Year 6 SATs results were published in the performance tables today: 82% met the expected standard.',
  'Please welcome Dr Evans, our new Chair of Governors.',
  "Leo's mum has kindly donated a box of books to Year 2.",
  'Congratulations to Maya, who passed her Grade 3 piano exam with distinction!',
  "Ms Reed is off to Australia for the summer – we'll miss her!",
  'Our new minibus was bought with money from the PTA and a grant from the council.',
  'Ethan and his family have a new puppy called Biscuit!',
  'Jacob hurt his finger on the climbing frame but was very brave – all better now!',
  "Year 5's newspaper reports about the fire at the old mill were superb.",
  // Everyday messages to a family about their own child: kit, lost property, the class pet.
  'Hello, Ruby has forgotten her swimming bag again, could you drop it at the office in the morning?',
  "Hi, Tomasz's lunchbox is in lost property; he left it in the hall after assembly.",
  'Aisha took the class tortoise home for half term and he came back very well fed!',
  'Hi both, Tomasz needs his wellies in school on Thursday for forest school.',
  "Ruby's reading book has gone missing – could you have a look under the sofa?",
  'Tomasz left his coat on the field, it is hanging on the peg by the office.',
  'Ruby and Aisha looked after Pudding, our class rabbit, all weekend – he loved it!',
  'Hi Mrs Okonjo, thanks for letting us know Ruby is going home with her auntie on Wednesday.',
  "Hi Mr Nowak, just to say Tomasz's chess club is moved to Thursday this week because of the trip.",
  "Hi, Aisha's cardigan is in lost property – it has her name in it.",
  'Hello both, Tomasz will need his packed lunch on Friday as we are out at the museum.',
  "Hi Mrs Begum, Aisha's library book is due back on Monday, no rush if it is lost under the bed!",
  'Thanks for the note – we will make sure Ruby goes to the after-school club door at home time.',
  "Hi Mr Okonjo, Ruby's swimming lesson has moved to the afternoon this week.",
  'Tomasz left his water bottle on the bus – it is in the office.',
  'Just a reminder that Aisha is on the team for Saturday, so please bring her boots.',
  "Thanks for letting me know Tomasz's grandad will collect him today.",
  // Health notices for everyone: no child is identifiable.
  'Measles cases are rising in the area – please check your children are vaccinated.',
  'Chickenpox is going round Year 1; children can come back once the spots have scabbed over.',
  'There have been a few cases of norovirus locally, so please keep children at home for 48 hours after sickness.',
  'Flu vaccinations for all year groups take place in school on 12 November.',
  'Head lice are back! Please check hair this weekend.',
  'Flu cases are rising across north Leeds – wash hands and catch sneezes.',
  'Chickenpox has reached Bristol; see the NHS page for what to look out for.',
];

// A third honest check, written after batch 5 was fixed: longer posts, remarks inside newsletters.
export const BATCH_6: Batch = {
  flag: [
    [
      "Dear families,\n\nWhat a busy week! Year 1 visited the farm and Year 4 performed their Viking assembly.\n\nStaffing\nMrs Lund is currently off work while a complaint is being looked at, so Mr Pryor will cover Puffins.\n\nDates\nParents' evening is on 14 March.",
      'Mrs Lund is currently off work while a complaint is being looked at',
    ],
    [
      'Hi all, just a note for Puffins parents – one of the boys in our class has been having seizures at home, so we have a care plan in place. Please reassure your children if they ask.',
      'one of the boys in our class has been having seizures at home',
    ],
    [
      "Sports update: great win for the Year 6 netball team! Sadly Layla couldn't play as she's waiting on results from her blood tests.",
      "Layla couldn't play as she's waiting on results from her blood tests",
    ],
    [
      "PTA news: we've been quoted £3,200 by SoundWave for the PA system and £4,100 by Audiolux – we'll go with SoundWave unless anyone objects.",
      "we've been quoted £3,200 by SoundWave for the PA system and £4,100 by Audiolux",
    ],
    [
      "Reminder for Wednesday's staff meeting: we'll discuss the Year 2 boy whose mum has asked us not to let his father see him.",
      'the Year 2 boy whose mum has asked us not to let his father see him',
    ],
    [
      "Ofsted feedback: the inspectors told us that safeguarding is 'effective' and teaching is 'strong' – the full report will be published in about three weeks.",
      "the inspectors told us that safeguarding is 'effective' and teaching is 'strong'",
    ],
    [
      'Ellis (Robins) has a new diagnosis of hypermobility, so please don’t worry if he sits out some PE.',
      'Ellis (Robins) has a new diagnosis of hypermobility',
    ],
    [
      "The trust's finance director says we need to find £60,000 of savings by April, which probably means losing two TAs.",
      "The trust's finance director says we need to find £60,000 of savings by April, which probably means losing two TAs",
    ],
    [
      'Our Year 5 boy who went missing on the trip was found safe at the bus station – police were involved.',
      'Our Year 5 boy who went missing on the trip was found safe at the bus station – police were involved.',
    ],
    [
      "Governors' minutes (draft – not for circulation): the head's pay award of 3% was approved.",
      "the head's pay award of 3% was approved",
    ],
    [
      "Sorry I missed you at pick-up! Noah's assessment with the paediatrician is on the 12th and they think it may be ADHD.",
      "Noah's assessment with the paediatrician is on the 12th and they think it may be ADHD",
    ],
    [
      'Delighted to welcome our new starter in Kestrels – she has come to us from a refuge, so please no photos with her in.',
      'she has come to us from a refuge',
    ],
    [
      'The heating contract renewal is coming up – Boilerco have offered a 10% discount if we sign before the other quotes come in.',
      'Boilerco have offered a 10% discount if we sign before the other quotes come in',
    ],
    [
      'Staff, please note the new combination for the PE cupboard: 0-4-1-2.',
      'the new combination for the PE cupboard: 0-4-1-2',
    ],
    [
      "Evie's family court hearing is on Tuesday so she'll be collected at lunchtime by her aunt.",
      "Evie's family court hearing is on Tuesday",
    ],
  ],
  pass: [
    "Dear families,\n\nOfsted visited us in January and the report is now published on our website – we are proud to have been judged Good.\n\nHealth\nWe've had several cases of chickenpox in Nursery; please keep children at home until the spots have crusted over.\n\nFunding\nOur Pupil Premium strategy and Sports Premium report are on the website.\n\nHave a lovely half term!",
    'Lunch menu change: because several children in Year 3 have coeliac disease, all our gravy is now gluten-free.',
    "Mr Khan's Year 6 class raised £230 for the hospice that cared for a former pupil's grandma.",
    'The PTA has agreed to pay for the new reading books – the quiz night raised the lot!',
    "We have invited three local builders to quote for the new canopy; we'll share the plans once governors have chosen a design.",
    'Our attendance this term is 96.2% – thank you for getting children to school every day!',
    'A reminder that our school nurse drop-in for parents is on Thursday mornings.',
    'Year 4 enjoyed their visit from Dr Ali, who explained how vaccines work.',
    'Congratulations to our Year 6 pupils on their hard work in SATs week – results come out in July.',
    'The gate code for the visitor car park is available from the office.',
    "Jack's grandad, who served in the navy, led our Remembrance assembly.",
    'Sara in Year 2 won the county handwriting competition – we are so proud!',
    'If your child is absent due to illness, please call the office before 9am.',
    "Family Learning: a free six-week course for parents on supporting your child's reading, run by the council.",
    'The new classroom extension contract was signed today – building work starts in June and the plans are on our website!',
  ],
};

// A fourth honest check, written after batch 6 was fixed.
export const BATCH_7: Batch = {
  flag: [
    [
      'Quick update for Otter class: Reggie is in plaster after breaking his wrist at football on Saturday.',
      'Reggie is in plaster after breaking his wrist at football on Saturday',
    ],
    [
      "Mrs Fenton won't be back this term – she's been diagnosed with MS and is starting treatment.",
      "she's been diagnosed with MS and is starting treatment",
    ],
    [
      "Aaron's mum has been sectioned, so he's staying with his grandparents for a while.",
      "Aaron's mum has been sectioned",
    ],
    [
      'Miss Ward has been given a formal warning about her timekeeping.',
      'Miss Ward has been given a formal warning about her timekeeping',
    ],
    [
      "Parents have complained about Mr Osei's marking, and the head is meeting him with HR on Friday.",
      "Parents have complained about Mr Osei's marking, and the head is meeting him with HR on Friday",
    ],
    [
      "One of our Year 4 families has just been made homeless, so we're collecting donations for them.",
      'One of our Year 4 families has just been made homeless',
    ],
    [
      "Please be aware Lacey's stepdad is no longer allowed any contact with her.",
      "Lacey's stepdad is no longer allowed any contact with her",
    ],
    [
      "The inspection team have hinted we'll drop to Requires Improvement – please keep this off Facebook until the report.",
      "The inspection team have hinted we'll drop to Requires Improvement",
    ],
    [
      'Our KS2 reading average scaled score came back at 106 this morning – not published yet!',
      'Our KS2 reading average scaled score came back at 106 this morning',
    ],
    [
      "We've signed a three-year deal with Fresh Start Catering worth £95,000 – it won't be announced till after half term.",
      "We've signed a three-year deal with Fresh Start Catering worth £95,000",
    ],
    ['The staffroom wifi key is now Badger!Cove42.', 'The staffroom wifi key is now Badger!Cove42.'],
    [
      'Tommy was restrained by two staff after throwing chairs in the hall this morning.',
      'Tommy was restrained by two staff after throwing chairs in the hall this morning',
    ],
    [
      "Daisy (Reception) has been referred for a hearing test after the school nurse's check.",
      'Daisy (Reception) has been referred for a hearing test',
    ],
    [
      "Ms Hale is moving on at Christmas after being passed over for the deputy job – please don't say anything to the children.",
      'Ms Hale is moving on at Christmas after being passed over for the deputy job',
    ],
    [
      "The governors have approved closing the nursery at the end of the year, but families won't be told until the consultation starts.",
      'The governors have approved closing the nursery at the end of the year',
    ],
    [
      'Asha has been struggling since her brother was killed in a car crash.',
      'since her brother was killed in a car crash',
    ],
    [
      "Jacob's parents are going through a nasty custody battle and he may be upset.",
      "Jacob's parents are going through a nasty custody battle",
    ],
    [
      'The Year 6 boy who set fire to the bin has been excluded until Monday.',
      'The Year 6 boy who set fire to the bin has been excluded until Monday',
    ],
    [
      'Our finance officer has found a £12,000 hole in the budget.',
      'Our finance officer has found a £12,000 hole in the budget',
    ],
    ['The new side-gate padlock combo is 9-2-6-1.', 'The new side-gate padlock combo is 9-2-6-1.'],
  ],
  pass: [
    'Reggie scored a brilliant goal at football on Saturday – well done!',
    'Mrs Fenton is running the London Marathon for the MS Society – please sponsor her!',
    'Year 3 wrote diaries as if they were evacuees who had lost their homes in the Blitz.',
    'Please remember that all complaints should be made in writing to the Chair of Governors, Mrs Dale.',
    'Our Year 6 children will sit their SATs in May – a letter with the timetable is coming home.',
    'The new playground was funded by a £25,000 grant from the National Lottery.',
    "Mr Osei's class performed a fantastic assembly about Black History Month.",
    'Thank you to the local fire brigade for visiting Reception and showing us their engine!',
    "We're delighted to announce that our Ofsted report, published this week, rates us Outstanding!",
    'Reminder: children with a hospital appointment should bring a letter to the office.',
    "Lacey's stepdad kindly volunteered to run the tombola at the summer fair.",
    'Our nursery will be open throughout the summer holidays for the first time – book your place now!',
    "Tommy's drawing of the school was chosen for our Christmas card!",
    'Please keep an eye out for our new wellbeing newsletter with tips on managing worries.',
    'Year 5 have been learning how the Victorians treated illness – leeches were involved!',
    "Daisy's mum is a nurse and came to talk to Reception about staying healthy.",
    'Our staff wifi will be off on Thursday while engineers upgrade the network.',
    "Ms Hale is moving on at Christmas to become a headteacher – we're so proud of her!",
    "The PTA's Christmas raffle raised £1,240 – thank you to everyone who bought tickets!",
    'Our attendance officer, Mrs Price, will be contacting families whose children have missed school to offer support.',
  ],
};

// A fifth honest check, written after batch 7 was fixed, weighted to the categories held-out corpora miss.
export const BATCH_8: Batch = {
  flag: [
    [
      'At the end of the visit the lead inspector hinted that leadership and management would be judged Good – keep it under your hat until the report is published.',
      'the lead inspector hinted that leadership and management would be judged Good',
    ],
    [
      'Unofficial SATs figures: 79% of Year 6 reached the higher standard in maths.',
      'Unofficial SATs figures: 79% of Year 6 reached the higher standard in maths.',
    ],
    [
      'The window replacement job has been given to Clearview Glazing for £21,500; the other firm wanted £26,000.',
      'The window replacement job has been given to Clearview Glazing for £21,500; the other firm wanted £26,000.',
    ],
    [
      'Please remember the code for the key box by the bike shed is 7 7 0 4.',
      'the code for the key box by the bike shed is 7 7 0 4',
    ],
    [
      "We've been told the school will go down to one form of entry from 2026 – this hasn't gone to parents yet.",
      "We've been told the school will go down to one form of entry from 2026",
    ],
    [
      'Logan is going into hospital on Tuesday to have his adenoids removed.',
      'Logan is going into hospital on Tuesday to have his adenoids removed.',
    ],
    [
      "Miss Pryor's appendix burst at the weekend, so she won't be in for a fortnight.",
      "Miss Pryor's appendix burst at the weekend",
    ],
    [
      'Mr Sandhu is currently suspended on full pay – cover will continue until further notice.',
      'Mr Sandhu is currently suspended on full pay',
    ],
    [
      'A teaching assistant has raised concerns about bullying from a senior colleague and HR are involved.',
      'A teaching assistant has raised concerns about bullying from a senior colleague and HR are involved.',
    ],
    [
      "The Gill family have been evicted and are sleeping at a relative's – Megan may be tired.",
      "The Gill family have been evicted and are sleeping at a relative's",
    ],
    [
      'The boy in Year 5 who keeps running out of class has now got a one-to-one adult all day.',
      'The boy in Year 5 who keeps running out of class has now got a one-to-one adult all day.',
    ],
    [
      'We had to exclude a Year 2 pupil for a day after he bit a lunchtime supervisor.',
      'We had to exclude a Year 2 pupil for a day after he bit a lunchtime supervisor.',
    ],
    [
      "Harper's dad has been charged with assault and the family have asked us to keep her away from reporters.",
      "Harper's dad has been charged with assault",
    ],
    [
      "Provisional Year 1 phonics pass rate is 74%, down from 88% last year – please don't post this.",
      'Provisional Year 1 phonics pass rate is 74%, down from 88% last year',
    ],
    [
      "We've accepted the cheapest tender for the new heating system (£44,000) from Warmline Ltd.",
      "We've accepted the cheapest tender for the new heating system (£44,000) from Warmline Ltd.",
    ],
    ["Our SBM has warned governors we'll be £30k in deficit by March.", "we'll be £30k in deficit by March"],
    [
      "The staff toilet code is now 1357 – please don't share it with visitors.",
      'The staff toilet code is now 1357',
    ],
    [
      'Following the incident with the knife, the boy involved will be educated at the PRU from Monday.',
      'the boy involved will be educated at the PRU from Monday',
    ],
    [
      'The Trust has asked us not to say anything yet, but our head of school is stepping down after the investigation.',
      'our head of school is stepping down after the investigation',
    ],
    [
      'Eliza in Y3 has been put on the child protection register.',
      'Eliza in Y3 has been put on the child protection register.',
    ],
  ],
  pass: [
    'The inspection report is now on our website – thank you to all the families who completed Parent View.',
    'Well done Year 6 – the published tables show 92% of you hit the expected reading standard.',
    'Our new heating system is being installed over half term – the school will be warm at last!',
    'Please remind children not to share the code for their online reading accounts with friends.',
    "Megan's family are hosting a family from Ukraine – they've been so generous!",
    "Year 2 are learning about the human body – they've been labelling bones, including the skull and the ribs.",
    'Mr Sandhu is running a free coding club on Wednesdays – sign up at the office.',
    'Thank you to the council for our road safety training – the children loved it.',
    'The school budget is set by governors each spring, and the summary is published on our website.',
    "We've started a new nursery class this September – a few places are left!",
    'Our Year 5s visited the crown court to learn about the justice system.',
    "Logan's grandad brought in his old army medals for our Remembrance display.",
    'Miss Pryor has been shortlisted for a national teaching award!',
    "The PTA's bike shed raffle raised £320 – the winning ticket was number 1357!",
    'Harper read a brilliant report about the Houses of Parliament in assembly.',
    "Please check your child's hair for nits this weekend – there have been a few cases in Year 1.",
    'Our new Family Support Worker, Mrs Akhtar, can help families with housing and benefit questions.',
    'The boy who found the lost purse handed it straight in – what an honest young man!',
    'Our lunchtime supervisors have all completed their first aid training this term.',
    'We are consulting on changes to our school day timings – please complete the survey by Friday.',
  ],
};

// Written while fixing the causes found in two new tuning corpora (invented wording throughout): staff
// investigations closed, staff applying for jobs, attainment of named children, family debts and
// evictions, damage by an identifiable child, bids and confidential discounts, more "not public" markers.
export const BATCH_9: Batch = {
  flag: [
    [
      'Mrs Okafor returns to Wren class next week now that her investigation has finished with no further action.',
      'now that her investigation has finished with no further action',
    ],
    [
      'Big day on Monday: our own Mr Devlin is one of two candidates for the assistant head post!',
      'our own Mr Devlin is one of two candidates for the assistant head post',
    ],
    [
      'Spelling check is in – Priya and Lewis are still working well below age-related expectations.',
      'Priya and Lewis are still working well below age-related expectations',
    ],
    [
      "Thank you for the uniform donations – the Y4 twins' family are £250 in arrears with rent, so it really helps.",
      "the Y4 twins' family are £250 in arrears with rent",
    ],
    [
      'Please keep the Hartley family in your thoughts as they were evicted on Friday.',
      'they were evicted on Friday',
    ],
    [
      'Having checked the camera footage, it was Rory who smashed the window in the Year 6 toilets.',
      'it was Rory who smashed the window in the Year 6 toilets',
    ],
    [
      "We've bid £480,000 for the old library building next door – please don't print that yet.",
      "We've bid £480,000 for the old library building next door – please don't print that yet",
    ],
    [
      "We're negotiating a confidential rate with the caterers for next year, which I'm not really supposed to share yet.",
      "We're negotiating a confidential rate with the caterers for next year, which I'm not really supposed to share yet",
    ],
    [
      "Miss Carey is moving to a new school in September. She hasn't told her class yet, so please keep it quiet.",
      "Miss Carey is moving to a new school in September. She hasn't told her class yet",
    ],
    [
      "Sad news: Mr Finch is off to a headship in Leeds after Easter – he's only told the governors so far 🤫",
      "Mr Finch is off to a headship in Leeds after Easter – he's only told the governors so far",
    ],
    [
      'So proud of Mateo at sports day – such a big step for a young lad with ADHD.',
      'such a big step for a young lad with ADHD',
    ],
    [
      'The Varga family are getting help from the hardship fund this winter.',
      'The Varga family are getting help from the hardship fund this winter.',
    ],
    ['It was Poppy who wrote on the toilet walls.', 'It was Poppy who wrote on the toilet walls.'],
    [
      'We lost the cleaning contract bid to Sparkle Services by £4k.',
      'We lost the cleaning contract bid to Sparkle Services by £4k.',
    ],
    [
      "Please don't post this, but we're joining a trust in April.",
      "Please don't post this, but we're joining a trust in April.",
    ],
  ],
  pass: [
    'Our SENCo Mr Patel holds a coffee morning for any parent with questions about SEN support.',
    "Year 2 have been reading 'Horrid Henry's Nits' and giggling all week!",
    'Candidates are welcome to visit the school before applying – please contact Mrs Ross.',
    'Mrs Lane has been shortlisted for a regional teaching award!',
    'The storm damaged the fence by the Year 3 classroom, so please use the main gate.',
    "We're £200 behind our target for the new reading books – every raffle ticket helps!",
    "Shh 🤫 don't tell the children, but there is a special visitor at the Christmas fair!",
    'Our provisional timetable for next term will be sent home on Friday.',
    'Most of Year 6 met the expected standard in the published tables last summer.',
    'Thank you to the Riley family for donating books to our library!',
    'Interviews for our new Year 2 teacher are on Tuesday – Mr Cole will show candidates around.',
    'Mrs Hill helped Year 5 write up their investigation into how seeds grow.',
    'Families can apply to the hardship fund through the office.',
    'Year 1 wrote on the walls of their cardboard castle!',
    "Please don't post that picture.",
    'What a night at the auction – we bid £20 on the hamper ourselves!',
    'The wind damaged the fence by the Year 4 classroom, so please use the main gate.',
  ],
};
