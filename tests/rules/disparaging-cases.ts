// Hand-written cases for the `disparaging` rule (rules/disparaging.ts), kept from its first versions.
// Each flag row: the post and the remark a policy officer would mark (a finding must overlap it).

// Each row: the post and the remark a policy officer would mark.
export const FLAG: [string, string][] = [
  // pupils
  ["Honestly, Year 3's behaviour at the museum was shocking.", 'behaviour at the museum was shocking'],
  ['Not one child in Year 5 could be bothered to hand in their reading record.', 'could be bothered'],
  ["Mr Dawson's Year 2 lot were an embarrassment at the concert.", 'an embarrassment'],
  ["Oak class, your effort in today's test was frankly pathetic.", 'frankly pathetic'],
  ['Year 6 – some of the rudest children I have ever taken on a trip.', 'rudest children'],
  ['I’m sorry, but the behaviour of some Year 4 pupils on the bus was disgraceful.', 'was disgraceful'],
  ["Miss Lane's class were running riot in the hall – not good enough.", 'running riot'],
  ['Year 6, you were the loudest, rudest group we have taken to the theatre.', 'rudest group'],
  // parents
  ['Whoever keeps leaving their dog mess by the gate, you are disgusting.', 'you are disgusting'],
  ["Some families still can't seem to grasp that the gates open at 8:45.", "still can't seem to grasp"],
  [
    "To the few parents who insist on parking on the pavement: it's not rocket science.",
    'few parents who insist',
  ],
  ['Honestly some of you need to learn how to read a calendar.', 'need to learn how to read'],
  ['Some parents’ driving outside school this morning was frankly dangerous and selfish.', 'selfish'],
  ['Parents who let their children climb on the fence: do you have no common sense?', 'no common sense'],
  [
    "Absolutely disgusted by the litter left on the field by the football club's parents.",
    'Absolutely disgusted',
  ],
  ['Thanks a bunch to whoever took the Year 1 football home and never brought it back.', 'Thanks a bunch'],
  ['Special thanks to the parent who shouted at Mrs Ellis this morning.', 'the parent who shouted'],
  [
    'Dear families – for the hundredth time, the school office is NOT a lost property service.',
    'for the hundredth time',
  ],
  [
    'If some of you spent as much time reading letters as you do moaning on Facebook, we would all be happier.',
    'moaning on Facebook',
  ],
  ['The parents on the touchline were an absolute embarrassment.', 'an absolute embarrassment'],
  // sarcasm
  ['Well done to the bright spark who thought the disabled bay was a drop-off zone.', 'bright spark'],
  [
    'Shout out to the county council for ignoring our emails for six months.',
    'Shout out to the county council for ignoring',
  ],
  ['Yet again the caterers sent the wrong order. You couldn’t make it up.', 'You couldn’t make it up'],
  [
    'Why the council thinks closing the only crossing near a school is a good idea is beyond me.',
    'is beyond me',
  ],
  ['The traffic warden who ticketed our minibus clearly has nothing better to do.', 'nothing better to do'],
  ['Thank you, Ofsted, for another visit that told us nothing we didn’t already know. 🙄', 'Ofsted'],
  [
    'Clearly nobody at the trust has ever set foot in a primary classroom.',
    'set foot in a primary classroom',
  ],
  ['The so-called experts at the local authority have made another mess of admissions.', 'so-called experts'],
  // staff, other schools, public bodies
  ['The bus company let us down yet again – absolutely useless.', 'absolutely useless'],
  ["Greenfield Academy's coach was a disgrace on the touchline today.", 'a disgrace'],
  ['The referee today was clearly blind – three handballs he didn’t see!', 'clearly blind'],
  ['We are still waiting for the council to fix the heating. Absolutely shambolic.', 'Absolutely shambolic'],
  ['Once again, Hazelwood Primary failed to turn up for the fixture.', 'failed to turn up'],
  ["Staff at St Anne's clearly don't teach their pupils any manners.", "clearly don't teach"],
  ['The new DfE guidance is yet another waste of everyone’s time.', 'waste of everyone’s time'],
  ["I've never seen such a badly organised event as Ashby Juniors' sports day.", 'badly organised'],
  ['Hillside Primary’s staff were so unhelpful during the transition day.', 'unhelpful'],
  ["The council's response to our letter was frankly insulting.", 'insulting'],
  ['We won’t be using Sparkle Cleaning again after the shoddy job they did over half term.', 'shoddy job'],
  ['Brambles Nursery next door couldn’t organise a picnic.', 'couldn’t organise a picnic'],
  ['Meanwhile County Hall still hasn’t replied to a single email.', 'still hasn’t replied'],
];

// More wording, checked before the rule was tuned on it (then kept as regression cases).
export const FLAG_MORE: [string, string][] = [
  ['Honestly, this school is a joke.', 'this school is a joke'],
  ['Mrs Kaye never answers emails and nothing changes.', 'Mrs Kaye never answers emails'],
  ["We were told twice (but who's counting) that the bus was booked.", "but who's counting"],
  [
    'Rang twice about the uniform order. Honestly, the school office is a joke.',
    'the school office is a joke',
  ],
  ['Mrs Kaye obviously has her favourites in that class.', 'Mrs Kaye obviously has her favourites'],
  [
    'Some parents obviously think the bus lane is a car park.',
    'Some parents obviously think the bus lane is a car park',
  ],
  ["Year 4's homework this week was frankly lazy – I expect far better.", 'frankly lazy'],
  [
    'Thanks to the trust for sending the budget forms on a Friday night. Really thoughtful. 🙄',
    'Really thoughtful',
  ],
  ["Ashgrove's players spent more time arguing with the ref than playing. Embarrassing.", 'Embarrassing'],
  [
    'To the dad who reversed into our fence and drove off: we have CCTV.',
    'To the dad who reversed into our fence and drove off',
  ],
  ['Our cleaning contractors have been absolutely hopeless this term.', 'absolutely hopeless'],
  [
    'Some of you clearly treat the school office as a lost property service.',
    'Some of you clearly treat the school office as a lost property service',
  ],
  ['The local paper got our story completely wrong, as usual.', 'got our story completely wrong, as usual'],
  ["Honestly, Year 6 were a total disgrace at the leavers' disco.", 'a total disgrace'],
  [
    'If the DfE spent one day in a real classroom they might understand.',
    'If the DfE spent one day in a real classroom they might understand',
  ],
  ['Our new caterers are a massive improvement on the last lot, who were dreadful.', 'who were dreadful'],
  [
    'Once again, a handful of parents have ignored the one-way system.',
    'a handful of parents have ignored the one-way system',
  ],
  [
    "Parents of Robins class: the state of your children's book bags is frankly a disgrace.",
    'is frankly a disgrace',
  ],
  [
    'Congratulations to Bramley Park, who won by cheating their way through the second half.',
    'cheating their way through the second half',
  ],
  ['To whoever has been letting their dog foul the field: shame on you.', 'shame on you'],
  [
    "Some of you seem to think the rules on parking don't apply to you.",
    "Some of you seem to think the rules on parking don't apply to you",
  ],
  [
    "Once again Year 3 forgot their PE kits – this really isn't hard, people!",
    "this really isn't hard, people",
  ],
  ["The quality of the new lunch menu from Chef's Choice is dire.", 'is dire'],
  [
    "Lovely to see Mr Grant's class finally learning to walk in a straight line. Only took them two terms!",
    'Only took them two terms!',
  ],
  [
    "Maybe if the council spent less on fancy signs and more on our roads, we wouldn't have this problem.",
    'Maybe if the council spent less on fancy signs',
  ],
  [
    'Not impressed with the state the coach company left our minibus in.',
    'Not impressed with the state the coach company left our minibus in',
  ],
  ["Hillview's fans were abusive and aggressive all match.", "Hillview's fans were abusive and aggressive"],
  [
    "We've given up asking the highways department to fix the crossing – they simply don't care.",
    "they simply don't care",
  ],
  ['Honestly, the organisation at the county sports day was a complete joke.', 'was a complete joke'],
  ['Year 2 spent the whole assembly talking – I was ashamed of them.', 'I was ashamed of them'],
  [
    'Apologies to families for the lack of hot dinners today – the catering firm let us down once again.',
    'the catering firm let us down once again',
  ],
  ['Those who parked on the zig-zags this morning: you know who you are.', 'you know who you are'],
  ['Another fixture, another no-show from Millbrook. Typical.', 'another no-show from Millbrook'],
  [
    'Half of Oak class turned up without a coat again. Do you not check the weather?',
    'Do you not check the weather?',
  ],
  [
    "I'm not sure what the trust actually does other than send us more paperwork.",
    'what the trust actually does other than send us more paperwork',
  ],
  [
    'Can the parent who left their engine running outside Reception for twenty minutes please have some consideration?!',
    'please have some consideration',
  ],
  [
    "Once again, the council's bin men have knocked over our recycling. Brilliant work as usual.",
    'Brilliant work as usual',
  ],
  [
    "No surprise that Redwood Academy couldn't field a full team again.",
    "No surprise that Redwood Academy couldn't field a full team again",
  ],
  [
    "Judging by the lost property pile, some of you clearly don't label anything.",
    "some of you clearly don't label anything",
  ],
  ["Some people just don't know how to park. 🤦‍♀️", "Some people just don't know how to park"],
  [
    'The photographer we booked for school photos was an absolute shambles from start to finish.',
    'was an absolute shambles',
  ],
  [
    'Dear Year 5 – I have never been so embarrassed by a class in my whole career.',
    'I have never been so embarrassed by a class',
  ],
  ['Lovely of the DfE to announce the changes on the last day of term. Really helpful. 🙄', 'Really helpful'],
  [
    'Apparently reading the newsletter is too much to ask for some families.',
    'reading the newsletter is too much to ask',
  ],
  [
    'The supply teacher on Tuesday clearly had no control over the class.',
    'clearly had no control over the class',
  ],
  ['Year 1 were so badly behaved at the farm that the farmer asked us to leave.', 'so badly behaved'],
  [
    "The trust's new policy is ridiculous and nobody asked the staff who actually work here.",
    "The trust's new policy is ridiculous",
  ],
  [
    'Honestly, the parents at the Millfield match were a disgrace to the sport.',
    'the parents at the Millfield match were a disgrace',
  ],
  [
    "I don't know what the ref was watching today, but it wasn't our game!",
    "I don't know what the ref was watching today",
  ],
  [
    "To the parents who think it's OK to swear at the lollipop lady – it isn't.",
    "To the parents who think it's OK to swear at the lollipop lady",
  ],
  [
    'Why is it always the same families who are late every single day?',
    'always the same families who are late every single day',
  ],
  [
    "Had a great time at the tournament, shame the organisers couldn't run it on time.",
    "shame the organisers couldn't run it on time",
  ],
  [
    "I'm sorry to say the behaviour of our Year 6s at the theatre was the worst I've seen in twenty years of teaching.",
    "was the worst I've seen",
  ],
  [
    "Year 3 parents, please stop sending in crisps for snack. We've asked nicely three times now.",
    "We've asked nicely three times now",
  ],
  ['The new playground contractor has been a total disaster from day one.', 'has been a total disaster'],
  [
    "Dear parents, if your child can't be bothered to read at home, don't expect them to make progress.",
    "if your child can't be bothered to read at home",
  ],
  [
    "Sorry for the delay in replying – the office has been swamped with questions that were answered in Friday's letter.",
    "questions that were answered in Friday's letter",
  ],
  [
    "The sports coaching company sent a coach who clearly didn't want to be there.",
    "clearly didn't want to be there",
  ],
  [
    'Really disappointed with the attitude of some Year 5 pupils during Remembrance assembly.',
    'disappointed with the attitude of some Year 5 pupils',
  ],
  [
    'It would be nice if the local authority actually answered their phones.',
    'It would be nice if the local authority actually answered their phones',
  ],
  [
    'Some parents at pick-up have been incredibly rude to our office staff this week.',
    'incredibly rude to our office staff',
  ],
  ["St Luke's haven't replied to a single email about the fixture. Very professional.", 'Very professional'],
  ['Rubbish refereeing today cost us the match.', 'Rubbish refereeing'],
  [
    'Well done to whoever decided that a fire drill during a downpour was a good idea.',
    'whoever decided that a fire drill during a downpour was a good idea',
  ],
  [
    'Some parents seem incapable of reading a simple letter.',
    'Some parents seem incapable of reading a simple letter',
  ],
  ["Oakley Primary's coach spent the whole match screaming at the referee – embarrassing.", 'embarrassing'],
  [
    'Year 6, your behaviour in assembly today was a disgrace.',
    'your behaviour in assembly today was a disgrace',
  ],
  ['The council have once again failed to grit the school road. Thanks a lot.', 'Thanks a lot'],
  [
    'Not sure why we bother sending letters home when half of you never read them.',
    'half of you never read them',
  ],
  // Put-downs without a harsh word: a service we are not, a promise mocked, an old head wanted back.
  ['Lunch money is due on Monday. We are not a cash machine.', 'We are not a cash machine.'],
  ["The council said the crossing would be done 'by the summer' – which summer?", 'which summer?'],
  ['Honestly, Year 4 is a madhouse this week.', 'Year 4 is a madhouse this week.'],
  ['New head, new rules, no consultation. Bring back Mrs Okoye.', 'Bring back Mrs Okoye.'],
  [
    'We have answered this twice already. Please read the letter before commenting.',
    'We have answered this twice already. Please read the letter before commenting.',
  ],
  ['Some pupils tidied their trays today. I have known tidier skips.', 'I have known tidier skips.'],
  [
    'The fans from Ashcombe Juniors fell far short of the standards we expect at a school match.',
    'fell far short of the standards we expect',
  ],
  [
    "The referees at the tournament couldn't spot a foul to save their lives.",
    "The referees at the tournament couldn't spot a foul to save their lives.",
  ],
  [
    'Crisps and fizzy drinks again in some lunchboxes – perhaps read the packed lunch policy this time?',
    'perhaps read the packed lunch policy this time?',
  ],
  [
    'The gritters came at last (unlike January, when the council forgot we existed).',
    'the council forgot we existed',
  ],
  [
    'Why should one family get a free place when the rest of us pay £12 a session?',
    'Why should one family get a free place when the rest of us pay £12 a session?',
  ],
  ['The coach firm sent a minibus for 40 children. Says it all, really.', 'Says it all, really.'],
  ['The new head is all spin and no substance.', 'all spin'],
  ['Their after-school provision is, frankly, non-existent.', 'non-existent'],
  [
    "Officials who've never taught a Year 2 class telling us how to teach reading is priceless.",
    "Officials who've never taught",
  ],
  ['That lot next door are nothing but trouble.', 'nothing but trouble'],
  [
    'The inspectors had no idea about our pupils. Jobsworths, the lot of them.',
    'Jobsworths, the lot of them.',
  ],
  [
    'Another fight at the gate. No wonder their lad is the way he is.',
    'No wonder their lad is the way he is.',
  ],
  [
    'Assembly today was like talking to a class with the attention span of a gnat.',
    'the attention span of a gnat',
  ],
  [
    'The contractors left glass on the playground overnight. Amateurs.',
    'The contractors left glass on the playground overnight. Amateurs.',
  ],
];

export const PASS: string[] = [
  "Please park considerately and don't block our neighbours' driveways.",
  'Reminder: the school gates close at 8:50 – please be on time.',
  "It was a tough match and we lost 4-1, but I'm so proud of how the team kept going.",
  "Year 2 have been reading 'Horrid Henry' and writing their own naughty characters.",
  'The council has confirmed the road closure will go ahead in August.',
  "Ofsted have updated their inspection framework; we'll share what this means for us.",
  "Wasn't the weather awful for sports day? Thank you for coming anyway!",
  'The Worst Witch was our class book this term – the children loved it.',
  'We had a terrible journey back because of the traffic, but everyone stayed cheerful.',
  'The children were so excited they were practically bouncing off the walls!',
  'Please don’t send sweets in lunchboxes – we are a healthy school.',
  'Muddy, messy and brilliant – Forest School at its best!',
  'A gentle reminder that dogs are not allowed on the school site.',
  'Thank you to the parent who handed in a purse at the office this morning.',
  'Reception made disgusting potions with mud and leaves – yuck!',
  'Our Year 6 team were the worst hit by the flu bug this week.',
  "Mr Ahmed's class were a bit noisy but had a brilliant time at the zoo.",
  'We are disappointed to announce the summer fair has been cancelled because of the weather.',
  "Sadly the St Peter's team had to pull out of the tournament – we hope to play them soon.",
  "The DfE's new reading framework arrived this week; staff are reviewing it.",
  'Some parents have asked about the trip deposit – it is due on Friday.',
  'Some of you may have seen the new crossing patrol – please say hello to Jean!',
  'If you have any concerns about the new homework policy, please speak to your class teacher.',
  'Our chicks hatched today – it was absolute chaos in the best possible way!',
  'Year 1 made a glorious mess with paint today!',
  'Thank you for the nightmare-free drop-off this week – parking has been much better!',
  'The inspector was friendly and put everyone at ease.',
  'Referee Dave did a great job keeping the game fair.',
  'Parents are reminded that the car park is for staff only.',
  'The caterers have introduced a new vegetarian menu from Monday.',
  "Year 4 read 'The Terrible Thing That Happened to Barnaby Brocket' this term.",
  'Not a single child forgot their PE kit this week – amazing!',
  'Nobody gave up on the cross-country, even in the rain.',
  'Please can all parents make sure children are collected by 3:20.',
  'Rainy days are the worst, but our indoor PE was brilliant fun!',
  'Thank you for your patience while the builders finish the new classroom.',
  "We understand some families are finding the new pick-up arrangements difficult, and we're listening.",
  'Our worst fears were not realised – the sun came out for the fair!',
  "Apparently it's going to snow tomorrow – we will post updates here if the school has to close.",
  'Year 5 were brilliant ambassadors at the county music festival.',
  "The council's new recycling scheme starts on Monday, so please put cardboard in the blue bin.",
  'Please read the letter carefully and return the slip by Friday.',
  'The pantomime villain was truly horrible and the children booed loudly!',
  'Some of our Year 6 children were nervous about SATs, but they all did brilliantly.',
  'Hats off to our amazing kitchen team, who served 300 Christmas dinners today!',
  'The children were horrified by the dragon in our story!',
  'Children must be collected on time: the office closes at 4pm.',
];

export const PASS_MORE: string[] = [
  'This school is a wonderful place to learn.',
  'Please ring the school office if you need help with the uniform order.',
  'Every child has their favourites on the library shelves.',
  'The Gruffalo was absolutely terrifying – the children loved it!',
  'Congratulations to Fernhill Primary, who beat us fair and square!',
  "Our Year 6 production of 'Oliver!' featured a wonderfully rude Artful Dodger.",
  "Mr Lee's jokes are so terrible that they're brilliant 😂",
  'The weather was appalling but the children were troopers!',
  "Sorry, the website has been useless this week – it's now fixed.",
  'Our pirates were a disgraceful bunch of scallywags in the play!',
  'Year 2 wrote about the lazy, greedy giant in the story.',
  'We were rubbish at the staff v pupils netball match 😂',
  "Thank you to Greenfield Primary for a brilliant match – the result didn't go our way but it was great fun.",
];

// Tempting neutral posts tried against the clause scorer while it was built (each once misread by an
// early version, or close to a cue): praise, playful teasing, sport, factual bad news, polite asks.
export const PASS_TEMPTING: string[] = [
  'Year 6 spent the whole morning building dens in the woods!',
  'Mrs Patel spent the entire weekend painting the hall – thank you!',
  "Can't believe the children raised £500 for the food bank!",
  "We've sent home the new PE tops – hope they fit well!",
  'The Year 6 football team lost on penalties to Hillview. Great effort.',
  'Year 2 invented a machine that sorts socks. Genius.',
  'Come on, Year 6! Good luck in your SATs.',
  'Unlike the weather, our spirits were high at sports day!',
  'Nothing says Christmas like a nativity play!',
  'Year 6 have done it again – county champions!',
  'Did you ever wonder why leaves change colour? Year 3 found out today.',
  'Thank you again to everyone who came to the fair.',
  "We're still waiting for the results of the art competition – fingers crossed!",
  'The heating failed again this morning, so please send a jumper.',
  'Another week, another brilliant assembly from Year 4!',
  'Honestly, the children were amazing on the trip.',
  'Apparently the inspectors loved our reading corner!',
  'Our caretaker has fixed the gate again – what a star!',
  'Clearly labelled water bottles, please!',
  "Parents, please don't complain to staff at the gate; email the office and we'll reply within two days.",
  'Frankly, the children were superb.',
  'We had a brilliant time at the farm – the goats were a bit rude though!',
  "The coach company cancelled with an hour's notice, so the trip is postponed. Apologies to all.",
  'Mr Brown is rubbish at keeping secrets! 😂',
  'Our Year 5s are the worst at tidying up – but the best at making us laugh! 😂',
  "Sorry, but the trip is full – we'll run it again next term.",
  'Year 4 – your spellings were fantastic this week. Again!',
  'Some parents have asked whether the disco is still on. It is!',
  'The trust sent us a survey. We filled it in.',
  'The children were horrified by the dragon in our story!',
  'Muddy, messy and brilliant – Forest School at its best!',
  'Finn in Year 6 is currently in isolation after swearing at a teacher.',
  'The girl in Year 3 who keeps biting has been put on a reduced timetable until after Easter.',
  "We're still waiting for the new crossing lights, and will keep pressing the council on your behalf.",
  "Mr Adams' class are the worst at keeping secrets – they told everyone about the surprise party!",
  'Year 1 are off on a zoo trip next week and the hall was a sea of colour for World Book Day.',
  'We are not a uniform-only shop: the PTA also sells second-hand coats.',
  'Which summer clubs would your child like? Fill in the form by Friday.',
  'Enjoy your half term, everyone!',
  'The last families were still dancing at 9pm, which says it all!',
  "Our superstar readers – heroes, the lot of them! It's all fun and games in Year 1 this week.",
  'Mr Kay is still recovering from Saturday’s fun run, but he finished!',
  'The chance of the trip being cancelled is non-existent – see you at the coach!',
  'Thanks to the farm, who have once again given us a pumpkin for every child.',
  'The bakery will bring pasties for the picnic, so nobody needs to bring lunch!',
  // A flat one-word tail after praise is praise (after a complaint it would be sarcasm).
  "Amir's speech at the memorial service moved the whole church to tears. Remarkable.",
  'Every family sent in a tin for the harvest boxes. Community at its best.',
  'Nell swam 50 lengths for the hospice and raised £600. Incredible.',
  'Year 2 sang the whole carol concert from memory. Superb.',
  'The choir won the county shield for the third year running. Outstanding.',
  'Thirty grandparents came to read with Reception today. Wonderful.',
  "Layla's painting has been chosen for the town hall. Proud doesn't cover it!",
  'Our Year 6 team beat the high school staff at rounders. Legends.',
  'Ben finished the fun run in the pouring rain with a huge smile. Brilliant.',
  'The PTA raised enough for a new playground trail. Thank you, truly.',
];

// Everyday forms of the same remarks (half missed by the scorer when written, then taught), and a
// neutral twin of each on the same topic. Flag rows: the remark is the whole post.
export const FLAG_TYPICAL: [string, string][] = [
  [
    "Some parents still think the bus stop is a drop-off zone. It isn't.",
    "Some parents still think the bus stop is a drop-off zone. It isn't.",
  ],
  [
    'To the families who keep sending fizzy drinks in lunchboxes: we can see them.',
    'To the families who keep sending fizzy drinks in lunchboxes: we can see them.',
  ],
  [
    'Year 5, your behaviour in music today was unacceptable and frankly rude to our visitor.',
    'Year 5, your behaviour in music today was unacceptable and frankly rude to our visitor.',
  ],
  [
    'Once again, the council has failed to empty our bins. Third week running.',
    'Once again, the council has failed to empty our bins. Third week running.',
  ],
  [
    'Thanks, DfE, for another last-minute change to the assessment arrangements 🙄',
    'Thanks, DfE, for another last-minute change to the assessment arrangements 🙄',
  ],
  [
    'Pine Lodge Primary might want to teach their players the offside rule before next season.',
    'Pine Lodge Primary might want to teach their players the offside rule before next season.',
  ],
  [
    'The builders have promised the hall will be ready "next week" for the past two months.',
    'The builders have promised the hall will be ready "next week" for the past two months.',
  ],
  [
    'The previous head spent the budget on iPads nobody uses.',
    'The previous head spent the budget on iPads nobody uses.',
  ],
  [
    "Lots of you clearly didn't read the letter about non-uniform day.",
    "Lots of you clearly didn't read the letter about non-uniform day.",
  ],
  [
    "Why do some parents think the rules on dogs don't apply to them?",
    "Why do some parents think the rules on dogs don't apply to them?",
  ],
  [
    'Honestly, Oak class, the noise in the corridor today was ridiculous.',
    'Honestly, Oak class, the noise in the corridor today was ridiculous.',
  ],
  [
    'Our supply agency sent three different teachers in three days. Brilliant planning.',
    'Our supply agency sent three different teachers in three days. Brilliant planning.',
  ],
  [
    'The county transport team have lost our booking again. Of course they have.',
    'The county transport team have lost our booking again. Of course they have.',
  ],
  [
    'Hats off to the parent who decided the disabled bay was the perfect spot for a chat.',
    'Hats off to the parent who decided the disabled bay was the perfect spot for a chat.',
  ],
  [
    'The standard of some of the homework handed in this week was poor.',
    'The standard of some of the homework handed in this week was poor.',
  ],
  [
    'Ofsted\'s "deep dive" lasted twenty minutes. Very deep.',
    'Ofsted\'s "deep dive" lasted twenty minutes. Very deep.',
  ],
  [
    'We are still waiting for the trust to reply to our email from September.',
    'We are still waiting for the trust to reply to our email from September.',
  ],
  [
    'The photographer turned up an hour late and left early. Not impressed.',
    'The photographer turned up an hour late and left early. Not impressed.',
  ],
  [
    'A small number of you are ignoring the one-way system at drop-off every single day.',
    'A small number of you are ignoring the one-way system at drop-off every single day.',
  ],
  [
    "Shame the referee couldn't see the foul that everyone else saw.",
    "Shame the referee couldn't see the foul that everyone else saw.",
  ],
  [
    'Yet again the catering company forgot the vegetarian option.',
    'Yet again the catering company forgot the vegetarian option.',
  ],
  [
    "Apparently it's too much to ask for the heating to work in January, according to our landlord.",
    "Apparently it's too much to ask for the heating to work in January, according to our landlord.",
  ],
  [
    'Year 3 were so badly behaved in the library that the librarian asked us to leave.',
    'Year 3 were so badly behaved in the library that the librarian asked us to leave.',
  ],
  [
    "Parents who let their children scream in the corridor while they chat: please don't.",
    "Parents who let their children scream in the corridor while they chat: please don't.",
  ],
  [
    "The council's idea of gritting is one bag of salt at the top of the hill.",
    "The council's idea of gritting is one bag of salt at the top of the hill.",
  ],
  [
    'The new IT company clearly has no idea what a primary school needs.',
    'The new IT company clearly has no idea what a primary school needs.',
  ],
  [
    "I've lost count of how many times we've asked for the broken fence to be fixed.",
    "I've lost count of how many times we've asked for the broken fence to be fixed.",
  ],
  [
    "Well done to St Mark's, who needed three adults shouting from the touchline to beat our Year 4s.",
    "Well done to St Mark's, who needed three adults shouting from the touchline to beat our Year 4s.",
  ],
  [
    "The trust's new marking policy was written by people who haven't taught in years.",
    "The trust's new marking policy was written by people who haven't taught in years.",
  ],
  [
    'Certain families seem to believe the school gate opens whenever they arrive.',
    'Certain families seem to believe the school gate opens whenever they arrive.',
  ],
  // Tuning round d/e (invented wording): mock wisdom, ironic generosity, verdicts with no verb,
  // "unlike …, we actually", a shrug at the point of it, a priority that is not one.
  ['The academy trust, in its infinite wisdom, has moved sports day to a Monday.', 'infinite wisdom'],
  [
    'Thanks to the four families who sent in tins. Very kind of the rest of you.',
    'Very kind of the rest of you',
  ],
  ['Kingsway Roofing said two weeks. It is now October. Absolute cowboys.', 'Absolute cowboys'],
  [
    'The agency sent a cover teacher who read a magazine all morning. Utterly useless, never again.',
    'Utterly useless',
  ],
  ['Great cake sale! Unlike Oakfield Primary, our bakers actually made their own cakes.', 'actually made'],
  ['To the families who could not be bothered to reply - the children noticed.', 'could not be bothered'],
  ['We have written to the council again, for all the good it will do.', 'for all the good it will do'],
  ['Road safety is clearly not a priority for the highways department.', 'not a priority'],
  ['Parents, it is a reading log, not a dissertation.', 'not a dissertation'],
  [
    'Inspectors spent a day with us and still managed to see nothing of what matters.',
    'managed to see nothing',
  ],
  ['Parent partnership my foot.', 'partnership my foot'],
  [
    'Riverside Coaches Ltd turned up forty minutes late. Did not bother to ring ahead, did not apologise. Typical.',
    'Typical.',
  ],
  [
    'News from the build: Apex Building Group said half term. Still no roof. Total shambles.',
    'Total shambles',
  ],
  ['To the dad who rang six times before lunch: we got it the first time.', 'we got it the first time'],
  ['Lovely assembly from Year 4 - a few of them even managed to stay awake.', 'even managed'],
  ['Shame their coach can never be bothered to turn up on time.', 'Shame their coach'],
];

export const PASS_TYPICAL: string[] = [
  "Please don't use the bus stop as a drop-off – it's for buses only. Thank you!",
  "A reminder that fizzy drinks aren't allowed in lunchboxes; water is best.",
  'Year 5, thank you for being so polite to our visitor in music today.',
  'The council bin collection has moved to Thursdays this term.',
  "The DfE has changed the assessment arrangements; we'll write to Year 2 parents next week.",
  'Pine Lodge Primary beat us 3-1 in a great game. Well played!',
  'The builders expect the hall to be ready next week – fingers crossed!',
  'Our previous head, Mrs Lane, visited today and loved the new library.',
  "If you missed the letter about non-uniform day, it's on the app.",
  'Please keep dogs on a lead outside the school gates.',
  "Oak class, the corridor was a bit noisy today – let's try to walk quietly tomorrow.",
  'Our supply agency has found us a brilliant maths teacher for the summer term.',
  'The county transport team have confirmed the new bus times.',
  'Thank you to the parent who moved their car from the disabled bay so quickly this morning.',
  'Homework this week is a reading log and ten minutes of times tables.',
  "Ofsted's deep dive into reading went well – thank you, staff!",
  "We're waiting to hear back from the trust about the new roof and will update you soon.",
  'The photographer will be here at 9am on Tuesday for class photos.',
  'Please remember the one-way system at drop-off – it keeps everyone safe.',
  'The referee had a busy game today – thank you for volunteering, Mr Shah!',
  'The catering company have added a new vegetarian option from Monday.',
  'Our heating is being serviced over half term.',
  'Year 3 had a wonderful time at the library today.',
  'Parents, please help children walk calmly in the corridor at pick-up.',
  'The council is gritting the school road this evening ahead of the frost.',
  'The new IT company is setting up laptops for Year 6 this week.',
  "We've asked the council to look at the broken fence and will keep you posted.",
  "Well done to St Mark's on their win – our Year 4s can't wait for the rematch!",
  "The trust's new marking policy starts in September; staff training is next week.",
  'Some families have asked about gate times – the gate opens at 8.40.',
  // Tuning round d/e (invented wording): words in a quotation put to a child, plain verdicts of praise.
  "Year 2 are writing about the Plague - 'a horrible, nasty time' as Rory put it!",
  'Absolutely brilliant effort from everyone at the swimming gala!',
  'Unlike last year, we actually had sunshine for sports day!',
  'Please could parents who have not yet replied send the slip back by Friday.',
  'Our priority this term is reading for pleasure.',
  'We got it right first time - the new timetable starts on Monday.',
];
