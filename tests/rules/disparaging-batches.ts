// Three batches of invented posts for the `disparaging` rule, written before the clause scorer was
// tuned (the rule's score on each, before and after, is in the test file's header). About half are
// remarks a policy officer would mark, in wording the rule had not seen; half are tempting
// neutral posts: firm reminders, cancellations, council/DfE news, lost matches, playful posts.
// Each flag row: the post and the remark (a finding anywhere inside it counts).

export interface Batch {
  name: string;
  flag: [string, string][];
  pass: string[];
}

const BATCH_1: Batch = {
  name: 'batch 1',
  flag: [
    [
      "Dear Kingfisher parents, the number of you who ignored yesterday's letter is frankly staggering.",
      "the number of you who ignored yesterday's letter is frankly staggering",
    ],
    [
      'Year 5, that was the scruffiest line-up I have seen all year. Pull your socks up.',
      'that was the scruffiest line-up I have seen all year',
    ],
    [
      "Well, the county's new admissions portal crashed on day one. Who could possibly have predicted that? 🙃",
      'Who could possibly have predicted that?',
    ],
    [
      "Our neighbours at Dunmore Juniors claim to be 'outstanding' – funny how their results tell a different story.",
      'funny how their results tell a different story',
    ],
    [
      'Some mums at the gate need a new hobby besides gossiping about our staff.',
      'Some mums at the gate need a new hobby besides gossiping about our staff',
    ],
    [
      "The roofers promised two weeks. It's now week nine. Never again, Apex Roofing.",
      "The roofers promised two weeks. It's now week nine. Never again, Apex Roofing.",
    ],
    ["Mr Harlow's class clearly think rules are optional.", 'clearly think rules are optional'],
    [
      'The inspectors seemed more interested in their clipboards than in our children.',
      'The inspectors seemed more interested in their clipboards than in our children',
    ],
    [
      "Parking update: to the silver 4x4 driver who mounts the kerb every morning – you're not as important as you think.",
      "you're not as important as you think",
    ],
    [
      "Another week, another U-turn from the Department for Education. We'll believe it when we see it.",
      'Another week, another U-turn from the Department for Education',
    ],
    [
      "Year 2's assembly was painful to sit through – half of them couldn't be heard and the rest were giggling.",
      "Year 2's assembly was painful to sit through",
    ],
    [
      'The lunches from Fresh Start Catering get worse every week. Cold pasta again, anyone?',
      'The lunches from Fresh Start Catering get worse every week',
    ],
    [
      "Congratulations to Ashby Lane on their 'fair play' award – shame nobody told their touchline.",
      'shame nobody told their touchline',
    ],
    [
      "If the trust's finance team answered emails as fast as they send invoices, we'd be thrilled.",
      "If the trust's finance team answered emails as fast as they send invoices",
    ],
    ["Hazel class: I'm not your maid. Pick your lunchboxes up off the floor.", "I'm not your maid"],
    [
      "Our former head's 'improvements' are still costing us money four years on.",
      "Our former head's 'improvements' are still costing us money",
    ],
    [
      'Honestly, some families treat the 8.50 bell as a rough suggestion.',
      'some families treat the 8.50 bell as a rough suggestion',
    ],
    [
      'The ref today must have left his whistle at home along with his eyesight.',
      'The ref today must have left his whistle at home along with his eyesight',
    ],
    [
      'Lovely to see the council finally clearing the leaves – only three months after we asked.',
      'only three months after we asked',
    ],
    [
      'Sorry to the families who waited in the rain – the minibus firm decided punctuality was optional today.',
      'the minibus firm decided punctuality was optional today',
    ],
    [
      "We'd tell you the result of the trust's consultation, but as usual nobody bothered to ask schools.",
      'as usual nobody bothered to ask schools',
    ],
  ],
  pass: [
    'Please make sure your child arrives by 8.50 – the register closes promptly.',
    'Sadly we lost 5-0 to Dunmore Juniors today, but our goalkeeper made some superb saves.',
    'The council has written to say the road outside school will be resurfaced in the October half term.',
    'The DfE has published new guidance on mobile phones in schools; we will update our policy over the summer.',
    "Our Year 6 class read 'The Nowhere Emporium' and loved the villain, who was truly nasty.",
    "Swimming is cancelled this week because the pool's boiler has broken. Sorry for the short notice!",
    'Mr Harlow would like to apologise for his terrible singing in assembly 😂',
    'Lunchboxes must not contain nuts, as we have several children with severe allergies.',
    'Thank you for your feedback about the new drop-off system – we are looking at ways to make it quicker.',
    'We know the roadworks have made mornings stressful; thank you for bearing with us.',
    "It's been a messy, muddy, wonderful week at Forest School!",
    'Year 3 were a bit chatty on the coach home, but it was a long and exciting day.',
    'Inspectors from Ofsted will visit on Tuesday and Wednesday. Please complete the Parent View survey.',
    'The minibus firm has asked us to let you know the return coach may be a little late because of traffic.',
    'A reminder that homework should be handed in on Mondays. Thank you to those who already do!',
    'Our staff panto was a complete disaster – we forgot half the lines and the audience loved it!',
    "We are sorry that the trust's online payment system was down this morning; it is now working again.",
    'Parents, please do not park in the bus stop outside school. It puts children at risk.',
    'Tough day for our netball team, who lost every match, but their spirit was amazing.',
    'Do you have any spare wellies at home? Forest School could really use them!',
    'Well done to our Year 4 team – beaten by a very strong Ashby Lane side, but they never gave up.',
    'If you have a complaint, please follow our complaints policy, which is on the website.',
  ],
};

const BATCH_2: Batch = {
  name: 'batch 2',
  flag: [
    [
      'Big thanks to Northgate Coaches for turning up 50 minutes late and then blaming us. Really top-notch.',
      'Big thanks to Northgate Coaches for turning up 50 minutes late and then blaming us. Really top-notch.',
    ],
    [
      "Oh good, another 'urgent' data request from the local authority with a 24-hour deadline. Just what we needed in SATs week.",
      "Oh good, another 'urgent' data request from the local authority with a 24-hour deadline",
    ],
    [
      "St Bede's won the tournament, if you count fielding three Year 7s as winning.",
      'if you count fielding three Year 7s as winning',
    ],
    [
      "The police promised to come and talk to Year 6 about road safety. We're still waiting. Four months later.",
      "We're still waiting. Four months later.",
    ],
    [
      "Westfield's head teacher might want to spend less time on Twitter and more time on her own school.",
      "Westfield's head teacher might want to spend less time on Twitter and more time on her own school",
    ],
    [
      "Parents of Year 1: the amount of sugar in some of your children's lunchboxes is shocking.",
      "the amount of sugar in some of your children's lunchboxes is shocking",
    ],
    [
      "Whoever is in charge of the county's school transport couldn't run a bath.",
      "Whoever is in charge of the county's school transport couldn't run a bath",
    ],
    [
      "Kestrel Builders Ltd have 'nearly finished' our hall for the fifth week running.",
      "Kestrel Builders Ltd have 'nearly finished' our hall for the fifth week running",
    ],
    ["Our Year 6 leavers' photographer lost half the photos. Professional, eh?", 'Professional, eh?'],
    [
      "The exam board have marked our writing moderation like they'd never seen a ten-year-old's work.",
      "like they'd never seen a ten-year-old's work",
    ],
    [
      'Some people on this page need to get their facts straight before they start posting.',
      'Some people on this page need to get their facts straight before they start posting',
    ],
    [
      'Year 4, you were so noisy in the library that other visitors complained. I was mortified.',
      'you were so noisy in the library that other visitors complained. I was mortified',
    ],
    [
      'Three phone calls and two emails later, still no sign of the engineer BrightHeat promised us.',
      'still no sign of the engineer BrightHeat promised us',
    ],
    [
      'Thanks, Ofsted, for the glowing feedback you gave us in person and then left out of the report.',
      'Thanks, Ofsted, for the glowing feedback you gave us in person and then left out of the report',
    ],
    [
      "Half the opposition's parents spent the match swearing at their own children. Charming.",
      "Half the opposition's parents spent the match swearing at their own children. Charming.",
    ],
    [
      'The new uniform supplier is a total rip-off – £18 for a polo shirt.',
      'The new uniform supplier is a total rip-off',
    ],
    [
      'We asked the council for gritting. We got a leaflet. Says it all really.',
      'We got a leaflet. Says it all really.',
    ],
    [
      'The members of staff who leave the staffroom kitchen in that state know who they are.',
      'The members of staff who leave the staffroom kitchen in that state know who they are',
    ],
    [
      "Quick tip for the dads arguing at the side of the pitch: it's an under-9s friendly, not the Champions League.",
      "it's an under-9s friendly, not the Champions League",
    ],
    [
      'Our lollipop man has done more for road safety than the highways department has managed in ten years.',
      'than the highways department has managed in ten years',
    ],
  ],
  pass: [
    'Northgate Coaches will collect Year 5 from the front of school. Please wave them off!',
    'The local authority has asked all schools to complete a short survey about school transport.',
    "We lost 3-1 to St Bede's in a hard-fought final. Congratulations to them – they were the better side.",
    'PC Morgan visited Year 6 today to talk about staying safe online.',
    "Westfield Primary's choir joined ours for a wonderful joint concert tonight.",
    'Please avoid sugary drinks in lunchboxes; water or milk is best.',
    'School transport applications for September close on 31 March.',
    'Work on the new hall has been delayed by the wet weather; we now expect it to finish after half term.',
    "The Year 6 leavers' photos have arrived – please check them and let the office know of any problems.",
    'Our writing moderation went well, and we are proud of every Year 6 pupil.',
    'We have seen some worries on social media about the new lunch menu – please come and talk to us.',
    'Year 4 – the library trip is on Thursday. Please bring a book bag and your best library voices!',
    'Our heating is broken again, so please send children in a warm jumper until the engineer has been.',
    "Ofsted's report is now published and we were judged Good in every area.",
    'A gentle reminder that our matches are friendly fixtures – please keep touchline comments positive.',
    'The uniform shop has changed supplier; prices are on the website.',
    'Gritting update: the council has added our road to its priority gritting routes.',
    'Staff, please remember to wash up your mugs in the staffroom – thank you!',
    'It was freezing at the under-9s match, but our players warmed up with a great win!',
    'Mrs Ali, our lollipop lady, has been helping children cross safely for 20 years. Thank you!',
    "Don't panic if you haven't heard about Year 3 swimming yet – letters go out on Monday.",
  ],
};

const BATCH_3: Batch = {
  name: 'batch 3',
  flag: [
    [
      "With the greatest respect, Sandra, if you'd turned up to the meeting you'd know the answer.",
      "if you'd turned up to the meeting you'd know the answer",
    ],
    [
      "Reception families – I've lost count of the children arriving without a coat. It's February, people.",
      "I've lost count of the children arriving without a coat. It's February, people.",
    ],
    [
      'Some Year 6s seem to think the new tablets are for YouTube rather than learning. They are not.',
      'Some Year 6s seem to think the new tablets are for YouTube rather than learning',
    ],
    [
      "Thank you to the trust for the 'wellbeing' email reminding us to rest – sent at 11pm on a Sunday.",
      "Thank you to the trust for the 'wellbeing' email reminding us to rest – sent at 11pm on a Sunday",
    ],
    [
      'Beech class, your spelling results were dire. Practise at home, please!',
      'your spelling results were dire',
    ],
    [
      'Can the person who keeps taking the big trowels from the garden shed please grow up and return them.',
      'please grow up',
    ],
    [
      'Our old ICT provider left us with laptops that take ten minutes to switch on. Glad to see the back of them.',
      'Glad to see the back of them',
    ],
    [
      "Parking\nA small number of drivers are still blocking Elm Road at pick-up. We've given up asking nicely.",
      "We've given up asking nicely",
    ],
    [
      'The cleaners clearly skipped Year 3 again last night – crumbs everywhere.',
      'The cleaners clearly skipped Year 3 again last night',
    ],
    [
      'Sports report: we drew 2-2 with Lowfield, whose manager spent most of the second half arguing with a nine-year-old linesman.',
      'whose manager spent most of the second half arguing with a nine-year-old linesman',
    ],
    [
      "Dear Year 2 parents, it really isn't that hard to put a name in a jumper.",
      "it really isn't that hard to put a name in a jumper",
    ],
    [
      'Interesting that Brampton Academy found money for a new sign but not for a crossing patrol.',
      'Interesting that Brampton Academy found money for a new sign but not for a crossing patrol',
    ],
    [
      'Apparently filling in a two-line permission slip is now beyond a third of Owl class.',
      'Apparently filling in a two-line permission slip is now beyond a third of Owl class',
    ],
    ["The MP's office sent us a form letter. Two pages, zero answers.", 'Two pages, zero answers.'],
    [
      "Mrs Kaye's class were by far the worst listeners in assembly – again.",
      "Mrs Kaye's class were by far the worst listeners in assembly",
    ],
    [
      'Every year we ask for volunteers, and every year the same five parents do everything while everyone else looks the other way.',
      'while everyone else looks the other way',
    ],
    [
      "The supply agency sent us a teacher who didn't know what phonics was. Brilliant, thanks.",
      "The supply agency sent us a teacher who didn't know what phonics was. Brilliant, thanks.",
    ],
    [
      "To the adult who called one of our Year 6 footballers 'useless' from the sideline: grow up.",
      'grow up',
    ],
    [
      'The new trust CEO visited for twenty minutes, took a photo and left. Inspiring stuff.',
      'The new trust CEO visited for twenty minutes, took a photo and left. Inspiring stuff.',
    ],
    [
      'Pine class, your classroom looks like a bomb has hit it. Tidy up before home time.',
      'your classroom looks like a bomb has hit it',
    ],
  ],
  pass: [
    "Hi Sandra, the meeting slides are on the website – let me know if you'd like a copy posted home.",
    'Reception families – the weather is turning cold, so please send a named coat every day.',
    'Year 6 will each get a tablet for learning from Monday. Please read the attached acceptable use agreement together.',
    'Beech class – spelling test on Friday. Practise at home for ten minutes a night!',
    'Our old laptops have been donated to a charity that refurbishes them for families.',
    "Parking\nPlease don't block Elm Road at pick-up – residents need access to their driveways.",
    'Sports report: we drew 2-2 with Lowfield in a thrilling game. Their striker was brilliant!',
    'Our MP visited Year 6 to answer questions about Parliament.',
    'Thank you to the five parents who run our library rota – you are stars!',
    'A huge welcome to our new supply teacher, Mr Dean, who is covering Year 3 this week.',
    'We have had a lot of questions about the new trust, so there will be a Q&A evening next month.',
    'Year 2 had a wild, noisy, brilliant time at the farm park!',
    'Please remember to name all jumpers, coats and water bottles – thank you!',
    "Oops! Our website has been down all morning. Apologies – it's fixed now.",
    "Our Year 5 performance of 'The Bad Beginning' was full of dastardly villains 😈",
    'Our cleaning team have been working hard over the holidays – the school is sparkling!',
    'Sadly the trip to the castle is cancelled because the coach firm has no drivers available. Refunds will be made this week.',
    "Mr Kaye is hopeless at keeping secrets – he's already told Year 4 what the prize is! 🤫",
    "To the family who found and handed in Mrs Lee's purse: thank you so much!",
    'Please could you remind your child that scooters must be walked across the playground.',
    "We're still waiting for the new crossing lights, and will keep pressing the council on your behalf.",
  ],
};

// Written after the scorer was tuned on batches 1–3 and scored once, untouched, as a check on how
// it does on wording it was not tuned on (figures in the test file's header); then kept as tests.
const BATCH_4: Batch = {
  name: 'batch 4 (validation)',
  flag: [
    [
      "Gentle reminder to the grown-ups who think the disabled bay is 'just for two minutes': it isn't.",
      "the grown-ups who think the disabled bay is 'just for two minutes'",
    ],
    [
      'The new phonics scheme the trust forced on us is, to put it politely, not our favourite.',
      'The new phonics scheme the trust forced on us is, to put it politely, not our favourite.',
    ],
    ['Year 3, I have never seen so much litter left in one hall. Shameful.', 'Shameful.'],
    [
      "Our 'partners' at the leisure centre have cancelled swimming for the third week in a row.",
      "Our 'partners' at the leisure centre have cancelled swimming for the third week in a row.",
    ],
    [
      'Not naming names, but certain families need to read the uniform policy again. Slowly.',
      'certain families need to read the uniform policy again. Slowly.',
    ],
    [
      'Hats off to the council – it only took them a year to fix one streetlight.',
      'it only took them a year to fix one streetlight',
    ],
    [
      "Brightside Primary's idea of sportsmanship is kicking our keeper. Stay classy.",
      "Brightside Primary's idea of sportsmanship is kicking our keeper. Stay classy.",
    ],
    [
      'The supply teacher we had on Monday spent the day on her phone. Money well spent, agency.',
      'The supply teacher we had on Monday spent the day on her phone. Money well spent, agency.',
    ],
    [
      'Some of Year 6 appear to believe homework is a myth.',
      'Some of Year 6 appear to believe homework is a myth.',
    ],
    [
      'Why does the DfE insist on announcing everything at 9pm on a Friday? Rhetorical question.',
      'Why does the DfE insist on announcing everything at 9pm on a Friday?',
    ],
    [
      'Parents of Willow class: your children are not the only ones in the school, whatever you might think.',
      'your children are not the only ones in the school, whatever you might think',
    ],
    [
      'Dear Ofsted, maybe spend a full day with us next time before writing three pages about our reading.',
      'maybe spend a full day with us next time before writing three pages about our reading',
    ],
    [
      'Well, the caterers managed to serve cold chips again. Standards.',
      'Well, the caterers managed to serve cold chips again. Standards.',
    ],
    [
      "The photographer spent more time chatting than photographing. We won't be booking him again.",
      'The photographer spent more time chatting than photographing.',
    ],
    [
      "Nothing says 'we value schools' like cutting our budget for the fourth year running.",
      "Nothing says 'we value schools' like cutting our budget for the fourth year running.",
    ],
    [
      "The Highways team have been 'looking into' our crossing since 2021.",
      "The Highways team have been 'looking into' our crossing since 2021.",
    ],
    [
      'A few dads on the touchline behaved worse than the under-8s they were supposed to be supporting.',
      'A few dads on the touchline behaved worse than the under-8s they were supposed to be supporting.',
    ],
    [
      "Our IT support company must think 'urgent' means 'sometime next month'.",
      "Our IT support company must think 'urgent' means 'sometime next month'.",
    ],
    [
      "I'm told the trust's new logo cost more than our whole art budget. Priorities!",
      "I'm told the trust's new logo cost more than our whole art budget. Priorities!",
    ],
    [
      "If you can't be bothered to fill in the form, don't complain when your child misses the trip.",
      "If you can't be bothered to fill in the form, don't complain when your child misses the trip.",
    ],
  ],
  pass: [
    'The disabled bay is for blue badge holders only – thank you for keeping it free.',
    'We have started a new phonics scheme this term; there is a parent workshop on Thursday.',
    'Year 3 did a brilliant litter pick in the hall after the disco!',
    'Swimming is cancelled this week as the leisure centre pool is closed for repairs.',
    'Please check the uniform policy on the website before buying new jumpers.',
    'The council has fixed the streetlight outside the school gate – thank you!',
    "We lost 4-1 to Brightside Primary, but Jamie's goal was a stunner.",
    'Our supply teacher, Mrs Obi, will be with Year 4 until Friday.',
    'Year 6 homework is due on Wednesdays. Please ask if anything is unclear.',
    'The DfE has announced new dates for the multiplication check.',
    'Willow class have been learning about sharing and taking turns.',
    'Ofsted visited for two days this week; we will share the report once it is published.',
    'The caterers are trialling a new salad bar – let us know what you think!',
    'Our photographer will be in on Tuesday for class photos.',
    'Our budget has been cut this year, so we are looking at ways to save on energy.',
    'The Highways team will be repainting the school markings over Easter.',
    'The under-8s had a tough morning against a much bigger side, but they kept smiling.',
    'Our IT support company will be updating the laptops over half term.',
    "The trust has a new logo – you'll see it on letters from September.",
    "If you can't make the trip meeting, the slides will be emailed to you.",
    'We were absolutely rubbish at the staff quiz, but it was for a good cause 😂',
    'Apparently our Reception children think Mrs Lee is 100 years old!',
    'Frankly, we could not be prouder of Year 6 this week.',
    'The Year 5 boy who was hurt at lunchtime is fine and back in class.',
  ],
};

// Written after batch 4 had been folded into the tuning and scored once, untouched, as a second
// check on unseen wording (figures in the test file's header); then kept as tests.
const BATCH_5: Batch = {
  name: 'batch 5 (validation)',
  flag: [
    [
      "Lovely afternoon at the cross-country. Less lovely: the St Cuthbert's parent who spent the entire race telling our runners to 'get out of the way'.",
      "the St Cuthbert's parent who spent the entire race telling our runners to 'get out of the way'",
    ],
    [
      "Just had our fourth 'final' invoice from Meadow Catering this month. Do they even check these before sending them?",
      "Just had our fourth 'final' invoice from Meadow Catering this month. Do they even check these before sending them?",
    ],
    [
      "Reminder to the minority who keep parking across the Elm Close driveways: your convenience is not more important than our neighbours' access.",
      "your convenience is not more important than our neighbours' access",
    ],
    [
      "We finally heard back from the local authority about the SEN transport – a two-line email saying they're 'reviewing capacity'. Marvellous.",
      "a two-line email saying they're 'reviewing capacity'. Marvellous.",
    ],
    [
      'Year 4, the state of the library after your visit was nothing short of disgraceful.',
      'the state of the library after your visit was nothing short of disgraceful',
    ],
    [
      "Hugely grateful to the 90% of families who read the trip letter. The other 10%: it's on the app, the website and the noticeboard.",
      "The other 10%: it's on the app, the website and the noticeboard.",
    ],
    [
      "Honestly can't believe the exam board lost an entire class's moderation samples. Again.",
      "can't believe the exam board lost an entire class's moderation samples. Again.",
    ],
    [
      "Some of the comments on yesterday's post were frankly childish. If you have a concern, pick up the phone.",
      "Some of the comments on yesterday's post were frankly childish.",
    ],
    [
      'Kingsmead Academy were gracious winners, unlike their supporters, who booed our goalkeeper every time she touched the ball.',
      'unlike their supporters, who booed our goalkeeper every time she touched the ball',
    ],
    [
      'Year 2 – twenty minutes to line up after lunch. Twenty. Minutes.',
      'twenty minutes to line up after lunch. Twenty. Minutes.',
    ],
    [
      "Anyone else's school still waiting for the DfE's 'imminent' guidance on RSE? Asking for a friend.",
      "still waiting for the DfE's 'imminent' guidance on RSE? Asking for a friend.",
    ],
    [
      'The previous leadership team clearly never thought to check the roof. We are now paying for it.',
      'The previous leadership team clearly never thought to check the roof.',
    ],
    [
      'To whoever nicked the planters from outside Reception: hope they look nice in your garden.',
      'hope they look nice in your garden',
    ],
    [
      'Apparently our ten-minute slot at the county music festival was double-booked. Organisation at its finest.',
      'Organisation at its finest.',
    ],
    [
      'Year 6 parents: a packed lunch means food, not a bag of sweets and an energy drink. Come on.',
      'a packed lunch means food, not a bag of sweets and an energy drink. Come on.',
    ],
    [
      'The roadworks company has now dug up the same stretch outside our gate three times in a year. Does anyone plan anything?',
      'Does anyone plan anything?',
    ],
    [
      "Big shout-out to Mr Finch for stepping in as ref – the one the league sent didn't bother turning up.",
      "the one the league sent didn't bother turning up",
    ],
    [
      "If the trust spent half as much on classrooms as it does on consultants, we'd have working radiators.",
      'If the trust spent half as much on classrooms as it does on consultants',
    ],
    [
      "Greenhill Juniors' head has announced they're 'the best school in the county'. Bold claim for a school that's just been put in special measures.",
      "Bold claim for a school that's just been put in special measures.",
    ],
    [
      "Dear parent who reversed into Mrs Kaur's car and drove off: we have your number plate.",
      "Dear parent who reversed into Mrs Kaur's car and drove off: we have your number plate.",
    ],
  ],
  pass: [
    "Lovely afternoon at the cross-country – thank you to St Cuthbert's for hosting!",
    "Meadow Catering have updated their menu for the summer term; it's on the website.",
    'Please don’t park across the Elm Close driveways – our neighbours need access. Thank you!',
    "We've heard from the local authority about SEN transport and will contact affected families this week.",
    'Year 4 – thank you for tidying the library so beautifully after your visit!',
    "Thank you to all the families who returned the trip letter. If you haven't yet, it's on the app.",
    'Unfortunately the exam board has asked us to resend some moderation samples, so Year 6 results may be a little later.',
    "We've read the comments on yesterday's post and we'll hold a Q&A on Thursday to answer questions.",
    'Kingsmead Academy were gracious winners – well played to both teams.',
    "Year 2 are practising lining up quickly after lunch – they're getting faster every day!",
    "The DfE's new RSE guidance is expected later this year; we'll update our policy when it arrives.",
    'Our roof repairs start next week. Please use the side gate while the scaffolding is up.',
    'Some planters have gone missing from outside Reception. If you have any information, please let the office know.',
    'Our ten-minute slot at the county music festival has moved to 2pm – see the app for details.',
    'Year 6 parents: please send a healthy packed lunch on trip day. Thank you!',
    'The roadworks outside our gate should be finished by Friday. Please allow extra time.',
    "Big thank you to Mr Finch for refereeing today's match at short notice!",
    'The trust has funded new radiators for three classrooms – thank you!',
    'Greenhill Juniors have invited our choir to their summer concert – how exciting!',
    "A parent's car was damaged in the car park this morning. If you saw anything, please contact the office.",
    "Frankly, we're still buzzing about Year 5's performance last night! 🎭",
    'Our football team were beaten 6-0 today. A tough lesson, but heads were held high.',
  ],
};

// Written last and scored once, untouched, for a final figure on unseen wording (in the test
// file's header); then kept as tests.
const BATCH_6: Batch = {
  name: 'batch 6 (final validation)',
  flag: [
    [
      "Special mention to the Year 5 parent who told a lunchtime supervisor to 'do her job properly'. Charming.",
      "Special mention to the Year 5 parent who told a lunchtime supervisor to 'do her job properly'. Charming.",
    ],
    [
      'Our new boiler was installed by Warmfast on Monday. It broke on Tuesday. Top work, lads.',
      'It broke on Tuesday. Top work, lads.',
    ],
    [
      'The way some drivers speed past the school at home time is nothing short of reckless.',
      'The way some drivers speed past the school at home time is nothing short of reckless',
    ],
    [
      "We're told the council 'values its schools'. You'd never know it from the state of our playground.",
      "You'd never know it from the state of our playground.",
    ],
    [
      "Holly class, I'm disappointed in how many of you 'forgot' your reading books again this week.",
      "I'm disappointed in how many of you 'forgot' your reading books again this week",
    ],
    [
      "Sorry, but if you can't manage to name a jumper, please don't complain when it goes missing.",
      "if you can't manage to name a jumper, please don't complain when it goes missing",
    ],
    [
      'A few parents seem to believe that rules about dogs on the field apply to everyone except them.',
      'A few parents seem to believe that rules about dogs on the field apply to everyone except them.',
    ],
    [
      "Thanks to the trust's IT team, staff have now been locked out of their emails for three days. Great start to term.",
      "Thanks to the trust's IT team, staff have now been locked out of their emails for three days. Great start to term.",
    ],
    [
      "Mapleton Primary's sports day 'fun run' looked more like a military exercise. Each to their own, I suppose.",
      "Mapleton Primary's sports day 'fun run' looked more like a military exercise. Each to their own, I suppose.",
    ],
    [
      'Our Year 3s behaved beautifully on the trip, which is more than can be said for the group from another school who screamed all the way round the museum.',
      'which is more than can be said for the group from another school who screamed all the way round the museum',
    ],
    ['The ref blew for full time four minutes early while we were attacking. Funny, that.', 'Funny, that.'],
    [
      'Some of you need reminding that the staff car park is for staff. The clue is in the name.',
      'The clue is in the name.',
    ],
    [
      "Ofsted's new report card is a masterpiece of saying nothing in a great many words.",
      "Ofsted's new report card is a masterpiece of saying nothing in a great many words.",
    ],
    [
      "Parents who let their children run riot in the library while they chat: it isn't a soft play centre.",
      "Parents who let their children run riot in the library while they chat: it isn't a soft play centre.",
    ],
    [
      "The bus company have cancelled our swimming transport again with an hour's notice. Unreal.",
      "The bus company have cancelled our swimming transport again with an hour's notice. Unreal.",
    ],
    [
      "We didn't expect much from the new uniform supplier, and somehow they still managed to disappoint.",
      "We didn't expect much from the new uniform supplier, and somehow they still managed to disappoint.",
    ],
    [
      'Year 6, your SATs practice papers were sloppy, rushed and frankly not your best. We expect more.',
      'sloppy, rushed and frankly not your best',
    ],
    ['To the person who keeps emptying the lost property box onto the floor: grow up.', 'grow up'],
    [
      "The highways department's idea of 'urgent repairs' is apparently six months.",
      "The highways department's idea of 'urgent repairs' is apparently six months.",
    ],
    [
      'Lots of shouting from the touchline today, most of it from adults who should know better.',
      'most of it from adults who should know better',
    ],
  ],
  pass: [
    'Our new boiler was installed on Monday – toasty classrooms at last!',
    'Please drive slowly near the school at home time; there are lots of little ones about.',
    "The council has announced funding for new playground equipment – we've applied!",
    'Holly class – reading books go home on Mondays and come back on Fridays.',
    'Please name all jumpers so they can be returned if they go missing.',
    "A reminder that dogs aren't allowed on the school field, even on a lead. Thank you for your help.",
    "The trust's IT team are upgrading our email system over half term.",
    'Good luck to Mapleton Primary, who host the district sports day next week!',
    'Our Year 3s behaved beautifully on the museum trip – the staff there said so too.',
    'The referee blew early for full time, but it was a great game and we drew 1-1.',
    'The staff car park is for staff only – please use the drop-off bays on Elm Road.',
    "Ofsted has published a new report card format; we'll explain it at the next coffee morning.",
    'The library is a quiet space – please help us keep it that way at pick-up.',
    'The bus company has had to cancel swimming transport today; lessons will be rescheduled.',
    'Our new uniform supplier opens an online shop on 1 July.',
    'Year 6, your SATs practice papers showed real progress – keep it up!',
    'Please leave the lost property box tidy so everyone can find their things.',
    'The highways department will repair the pothole outside school next week.',
    'What a noisy, cheerful touchline today – thank you for supporting the team!',
    'Sadly our trip to the zoo is cancelled because of the train strike. Refunds will follow.',
    'We know the new parking rules are frustrating, and we appreciate your patience.',
    "Year 1 were very giggly in assembly this morning – it was Mr Hill's silly hat!",
    'A reminder that PE kits should be in school every day. Thank you!',
    'The Year 4 boy who was hurt in the playground is absolutely fine now.',
    'Our staff were exhausted but delighted after the Christmas fair – what a team!',
    'We lost 7-0 today. Yes, seven. But the smiles never stopped!',
    "Honestly, the children were so brilliant today that I'm lost for words.",
    "Please can parents check the weather and send a coat – it's going to be chilly.",
    'Apparently Reception think the nativity donkey should get a speaking part! 🫏',
    "Our Ofsted inspection has been moved to next term at the inspectors' request.",
  ],
};

export const BATCHES: readonly Batch[] = [BATCH_1, BATCH_2, BATCH_3, BATCH_4, BATCH_5, BATCH_6];
