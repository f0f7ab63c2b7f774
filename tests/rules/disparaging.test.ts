import { describe, expect, it } from 'vitest';
import { check, createConfig, emptySettings } from '../../src/engine/check';
import type { EngineSettings, Finding } from '../../src/engine/types';
import rule from '../../rules/disparaging';

function run(text: string, settings: Partial<EngineSettings> = {}): Finding[] {
  const config = createConfig([rule], [], { ...emptySettings(), ...settings });
  return check({ platform: 'facebook', context: 'post', text, media: [] }, config);
}

function expectFlagged(text: string, remark: string): void {
  const found = run(text);
  expect(found.length, `no finding in: ${text}`).toBeGreaterThan(0);
  const at = text.indexOf(remark);
  expect(at, `remark not in text: ${remark}`).toBeGreaterThanOrEqual(0);
  for (const f of found) {
    expect(
      f.start < at + remark.length && at < f.end,
      `finding misses "${remark}": ${text.slice(f.start, f.end)}`,
    ).toBe(true);
  }
}

function expectPassed(text: string): void {
  expect(
    run(text).map((f) => text.slice(f.start, f.end)),
    text,
  ).toEqual([]);
}

// Each row: the post and the remark a policy officer would mark.
const FLAG: [string, string][] = [
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
const FLAG_MORE: [string, string][] = [
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
];

const PASS: string[] = [
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

const PASS_MORE: string[] = [
  'The Year 4 trip letter is now on the app – please return the slip by Friday.',
  'Thank you to everyone who donated to our Children in Need appeal!',
  'Our new SENCo, Mr Obi, will introduce himself at the coffee morning on Tuesday.',
  'Year 1 have been learning about hospitals and had a visit from a paramedic today.',
  'Please keep your child at home if they have a temperature or a new cough.',
  'Our safeguarding policy has been updated and is available on the website.',
  'Well done to Eliza, who swam her first 25 metres without armbands!',
  "Reception enjoyed their teddy bears' picnic in the sunshine today.",
  "Don't forget that school photos are on Thursday – brush that hair!",
  'The Year 5 residential payment plan is now open on ParentPay.',
  'Applications for September Reception places close on 15 January.',
  'Our football team travelled to Ashgrove today and won 3-1 – well done, team!',
  'Year 3 were brilliant at the farm – the farmer said they were the best group all year!',
  'Please remember the one-way system at drop-off – thank you to the many families who use it.',
  "We're sorry the app crashed this morning; the provider is working on a fix.",
  "Reception's pumpkin soup looked disgusting but tasted amazing!",
  'The DfE has confirmed that SATs will take place in the week of 11 May.',
  'Our opponents were really strong today and deserved their win.',
  'Unfortunately the coach company had a breakdown, so we were an hour late back.',
  "The children loved reading 'Revolting Rhymes' and writing their own disgusting poems!",
  'Please talk to your child about being kind online.',
  'A reminder that parking in the staff car park is not permitted.',
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
  'Our wonderful Year 5 children have been learning about the work of social workers and nurses in our community.',
  'Please remember to hand in any medication your child needs on the residential trip.',
  'Thank you to Mr Lewis for organising our brilliant charity walk for Epilepsy Action!',
  'The school budget for 2025-26 has been published on our website.',
  'Please note: the office will be closed for staff training on Friday.',
  'We are so proud of Amelia, who has been chosen for the county netball squad!',
  'A reminder that children with asthma should bring their inhalers on the trip.',
  "Oscar's grandma came in to teach us how to make Diwali sweets!",
  'Welcome to our new Chair of Governors, Mrs Fielding.',
  'Our Ofsted report (rated Good) is now on our website.',
  'Mr Ellis is leaving us at Easter to take up a headship in Derby – we will miss him!',
  "Please ensure your child's EpiPen is in date before the trip.",
  'The children learned how the police keep us safe when PC Amir visited.',
  'Sophie scored the winning goal against Bramley – she was unstoppable!',
  "We're looking for volunteers to help with our Year 2 reading programme – all volunteers need a DBS check.",
  'Dear families,\n\nWhat a term! Year 4 loved their trip to the castle and Year 1 have been busy planting beans.\n\nStaffing\nWe say goodbye to Mrs Lowe, who retires after 20 years, and welcome Mr Osei to Hedgehogs.\n\nHealth\nWe have had a few cases of chickenpox in Reception. Please keep children off until all spots have crusted over.\n\nMoney matters\nThe PTA raised £900 at the disco – thank you! Dinner money is now £2.60 a day.\n\nHave a restful break,\nMrs Hart',
  'The children were absolutely shattered after the sponsored walk – well done everyone!',
  'Sadly the council has had to close the library for repairs; it should reopen in May.',
  "Mrs Fox's terrible puns made Year 4 groan all afternoon 😂",
  'Our netball team lost a close game to Hillview, but showed brilliant sportsmanship.',
  "It's a nightmare finding parking at pick-up, so please consider walking to school.",
  'Please could parents remind children not to bring toys into school.',
  'The Ofsted framework is changing, and we will explain what it means at the next coffee morning.',
  "The scariest part of our Halloween disco was Mr Patel's costume!",
  "'Horrible Histories' author Terry visited Year 5 today!",
  'Thank you to the council for resurfacing the playground over the holidays.',
  'Some parents have kindly offered to help with the summer fair – thank you!',
  'We know the new one-way system has been frustrating, and we appreciate your patience.',
  'Year 3 found the maths challenge really tricky, but they never gave up.',
  "Our Reception children are still learning to share, and that's completely normal.",
  'Congratulations to the brilliant team who organised our Christmas fair!',
  "Please don't let children play on the climbing frame before school – it is not supervised.",
  'The rain made the sports day a bit of a mess, but the children had a brilliant time.',
  'Referees are volunteers too – please be respectful on the touchline.',
  'Our bus was late back from the trip because of roadworks on the M6.',
  'Year 6 are writing balanced arguments about whether homework is useful or pointless.',
  'WEEKLY ROUND-UP\n\nSport\nOur Year 5/6 footballers drew 1-1 with Millbrook in a really tense game. Their goalkeeper was outstanding!\n\nLunches\nThe new menu starts Monday – fish on Fridays as usual.\n\nParking\nPlease remember that the staff car park is not a drop-off point. Thank you to everyone who walks.\n\nHave a good weekend!',
  'Ofsted inspectors visited us this week. We will share the report with you as soon as it is published.',
  'Our Year 3 class have been studying the Great Fire of London and how people lost their homes.',
  'Please remember that any medicines brought into school must be handed to the office in their original packaging.',
  'We are delighted to announce that our new headteacher will be Mrs Carr, who joins us in September!',
  "This week's PSHE lessons focus on families – every family is different and special.",
  'Could parents please return the free school meals application forms to the office by Friday?',
  'Our school nurse will be holding a drop-in session on healthy eating on Thursday.',
  'The new gate times are 8:40 to 8:55 – please do not arrive before the gate opens.',
  'Our Year 6 pupils visited the local police station to learn about the justice system.',
  'Year 5 loved their Victorian day – the strict teacher even sent some of them to stand in the corner!',
  'Thank you to the NHS staff who came to talk to Year 2 about keeping healthy.',
  'Jack and Ellie were brilliant in the choir at the care home – the residents loved them.',
  "We have just signed up to the county's new School Mental Health Support Team, who will run workshops for parents.",
  "Please check your child's hair regularly for head lice, and treat if needed.",
  'Year 4 have written diaries imagining they were evacuees separated from their parents during the war.',
  'Alfie is off to Disneyland for a week – we hope he has a magical time!',
  'Mr Shaw is now our Deputy Designated Safeguarding Lead, alongside Mrs Oduya.',
  "Well done to our Year 6 girls' football team, who won the county cup after a tough final!",
  'A huge thank you to the parents who helped at the cake sale – you were amazing!',
  "We know mornings can be tricky; please try to arrive by 8:50 so children don't miss the start of lessons.",
  'Sadly we lost our semi-final on penalties – gutted, but so proud of the team!',
  "Year 5 performed 'The Terrible Tudors' assembly to a packed hall this morning.",
  'The council has sent out a survey about the new bus routes – please have your say.',
  'Please remember that dogs must be kept on a lead at the school gates.',
  'Our Year 2 class turned the classroom into a crazy, messy science lab today – so much fun!',
  "The referee for today's match was our very own Mr Jones – thank you for giving up your Saturday!",
  "We're aware the heating failed this morning; an engineer is on the way and children are wearing coats.",
  "Please label your child's uniform – we have lots of unnamed jumpers in lost property.",
  "The new DfE attendance guidance comes into force in August; we'll send a letter explaining the changes.",
  'The children made their own monster stories – some of the monsters were truly horrible and disgusting!',
  "Not everyone can make parents' evening, so we are offering phone calls as well.",
  'It has been a tough week for everyone with the snow, so thank you for your patience.',
  'Our Year 6s were shocked to learn how much plastic ends up in the ocean.',
  'Thank you to the local police for their brilliant road safety talk today.',
  'Our allergy-friendly bake sale raised £120 for Anaphylaxis UK!',
  'Year 5 are learning about the digestive system – ask them what the stomach does!',
  'Please let us know if your child has any allergies before the cooking workshop.',
  'Reminder: the school will be closed on Monday for an INSET day.',
  'Our new Year 4 teacher, Miss Kaur, joins us after half term.',
  "We're proud to have been awarded the Inclusion Quality Mark this term.",
  "The Year 6 leavers' hoodies have arrived – they look fantastic!",
  'The builders are making great progress on the new hall extension.',
  'Our school values are kindness, respect and resilience.',
  'Year 3 visited the fire station and had a go at holding the hose!',
  "The children have been practising their lines for the nativity – we can't wait!",
  'A reminder that our SEND coffee morning is on Wednesday in the library.',
  'Children who are unwell should stay at home until they are better.',
  'We are very proud of Hannah, who read her poem in assembly despite being nervous.',
  'Well done to Oscar in Year 2 for his fabulous dinosaur model!',
  "Jasmine's dad is a firefighter and came in to talk to Reception today.",
  "The Year 5 and 6 boys' football team trained hard in the rain tonight.",
  'A massive thank you to Mrs Edwards, who is retiring after 25 years as our school cook.',
  'We have been shortlisted for a national reading award!',
  'Our prospectus for September 2026 is now available online.',
  "Please don't forget your wellies for Forest School tomorrow!",
  'Year 6, you were absolutely incredible in the show tonight!',
  'Sadly the DfE has cut the sports premium this year, so some clubs may have to charge.',
  'We are disappointed that the trip was cancelled, but safety comes first.',
  'Please remember to be kind online – think before you post.',
  'Our caretaker, Mr Dale, worked all weekend to fix the broken boiler. What a hero!',
  "The children thought the giant's cave was disgusting and smelly – perfect for our story!",
  'The traffic outside school is terrible at the moment because of the roadworks – please allow extra time.',
  'The new reading scheme is challenging, but the children are rising to it brilliantly.',
  'Our football team had a nightmare first half but fought back to draw 2-2!',
  "The referee's decision was final and we accepted it with good grace.",
  'Year 4 have been perfecting their front crawl stroke at the leisure centre.',
  'Our coach broke down on the way back from the zoo, so we were an hour late – thank you for your patience!',
  'For once the sun shone on sports day! ☀️',
  'Reception did a brilliant litter pick and collected three bags of rubbish from the park.',
  'Meet Biscuit, our new therapy dog, who will be visiting classes on Fridays.',
  'Mrs Lee, our school counsellor, offers drop-in sessions for any child who wants to talk.',
  'Children who are unwell should stay at home until 48 hours after their last bout of sickness.',
  'Jake picked up a yellow card in a tough but fair match against Oakley.',
  "The children clearly didn't want to go home after such a fun day!",
  "Shame the weather didn't hold out for the fair, but we still raised £640!",
  "We've said many times how proud we are of our wonderful PTA.",
  'Our Year 6s are learning about the history of medicine, from the Black Death to vaccines.',
  'The school nurse will be in on Tuesday to give flu vaccinations to Years R to 6.',
  "Year 2 read 'The Day the Crayons Quit' and wrote angry letters from the crayons!",
  'Please remember that inhalers and EpiPens must go on every school trip.',
  'Ms Carter has been appointed as our new Special Educational Needs Coordinator.',
  'We are working with the council to improve the crossing outside school.',
  'A huge thank you to the police community support officers who helped at the fun run.',
  'Year 5 wrote reports about the terrible conditions in Victorian workhouses.',
  'Our Harvest donations went to the local food bank – thank you for your generosity!',
  'The Year 3 play was about a grumpy troll who was rude to everyone in the village.',
  'Our new lunchtime supervisors have been brilliant with the younger children.',
  'It was chaos at the disco – 150 children dancing to the Macarena! 🕺',
  'The local authority has confirmed our new Reception places for September.',
  'Please could families remember to bring reusable bottles on the trip.',
  "Our Year 6 residential was cancelled last year, so we are thrilled it's going ahead this time!",
  'Arlo told us all about his new baby sister in news time today!',
  'The children were so disappointed when the rain stopped play, but they bounced back quickly.',
  'Year 1 are learning about how to stay healthy – eating fruit, exercising and sleeping well.',
  'Please let us know if your child will be absent by calling the office before 9am.',
  'We had a lovely visit from Dr Shah, a local GP, who talked about germs and handwashing.',
  'Our attendance for the autumn term was 96.4% – thank you, families!',
  'Mr Green has been promoted to Assistant Headteacher – congratulations!',
  'The boiler is being repaired this week, so please send children in an extra jumper.',
  'Year 2 have been learning about people who help us: doctors, nurses, firefighters and social workers.',
  'The Year 4 team were unlucky to lose 2-1 after a dodgy last-minute goal!',
  'Our Christmas jumper day raised £340 for Save the Children.',
  'Thank you to the parents who came to our maths workshop – we hope it was useful!',
  "Reminder: please don't let children ride bikes or scooters across the playground.",
  'The new library shelves are here – the children are thrilled!',
];

describe('disparaging', () => {
  it.each([...FLAG, ...FLAG_MORE])('flags: %s', (text, remark) => expectFlagged(text, remark));
  it.each([...PASS, ...PASS_MORE].map((t) => [t]))('passes: %s', (text) => expectPassed(text));

  // Known gap: playful teasing reads like criticism.
  it.fails('passes playful teasing of a class', () =>
    expectPassed(
      "Mr Adams' class are the worst at keeping secrets – they told everyone about the surprise party!",
    ),
  );

  it('reports each of the school’s banned phrases, any case or accent', () => {
    const text = 'Please stop the Whinging at the gate – whinging helps nobody.';
    const found = run(text, { bannedPhrases: ['whinging'] }).filter((f) =>
      f.message.includes('list of phrases'),
    );
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Whinging', 'whinging']);
  });

  it('gives one finding per remark, the size of a clause', () => {
    const text =
      'Lovely sunny day for sports day! Well done to every runner.\n\nSadly the catering company was useless again and we had no lunch until 2pm. Thank you for your patience.';
    const found = run(text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(
      'Sadly the catering company was useless again and we had no lunch until 2pm.',
    );
  });

  it('maps spans back through curly apostrophes and accents', () => {
    const text = 'Some parents clearly can’t réad the signs.';
    const [f] = run(text);
    expect(text.slice(f!.start, f!.end)).toContain('can’t réad');
  });

  it('checks an 8,000-character post quickly', () => {
    const para = [...FLAG.map(([t]) => t), ...PASS].join(' ');
    const text = para.repeat(Math.ceil(8000 / para.length)).slice(0, 8000);
    run(text);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) run(text);
    expect((performance.now() - t0) / 10).toBeLessThan(50);
  });
});
