// Hand-written cases for the `confidential` rule (tests/rules/confidential.test.ts runs them; the
// sentence model's training script reads them as one more labelled set). Invented: no corpus names.
import type { Pupil } from '../../src/engine/types';

// A small roster: the rule must also work for children who are not on it.
const pupil = (firstName: string, lastName: string): Pupil => ({
  firstName,
  lastName,
  preferredName: '',
  yearGroup: 'Year 3',
  className: 'Kestrel',
  photoConsent: true,
  nameConsent: true,
  videoConsent: true,
  doNotPublish: false,
});
export const ROSTER = [pupil('Ruby', 'Okonjo'), pupil('Tomasz', 'Nowak'), pupil('Aisha', 'Begum')];

// Each row: the post and the remark a policy officer would mark.
export const FLAG: [string, string][] = [
  // health and special needs of someone identifiable
  [
    'Please be aware that Ruby in Kestrel class is allergic to sesame, so no sesame snacks at the party.',
    'Ruby in Kestrel class is allergic to sesame',
  ],
  [
    'Reminder for Year 1 families: Tomasz carries an adrenaline pen because of his peanut allergy.',
    'his peanut allergy',
  ],
  [
    'Harvey will be off for a few weeks while he recovers from his operation.',
    'he recovers from his operation',
  ],
  [
    'Thank you for your patience with Aisha, who was diagnosed with ADHD over the summer.',
    'diagnosed with ADHD',
  ],
  ["Leon's new inhaler is in the classroom medical box.", "Leon's new inhaler"],
  [
    'Zainab now has a statement of special educational needs and a full-time helper.',
    'statement of special educational needs',
  ],
  ['Parents of Lucas in Hazel class: he has chickenpox, so watch out for spots!', 'he has chickenpox'],
  ['Evie has been self-harming and we are working with her parents.', 'Evie has been self-harming'],
  [
    'Can everyone in Willow class please remember that Poppy is tube-fed and must not be given any food.',
    'Poppy is tube-fed',
  ],
  ['Please keep Leo away from the sandpit – his eczema is flaring up again.', 'his eczema is flaring up'],
  // staff employment matters
  ['Our Year 3 teacher, Mr Okoye, is signed off with stress until half term.', 'signed off with stress'],
  ['Mrs Dunmore will not be returning after the disciplinary hearing last week.', 'disciplinary hearing'],
  [
    'Following an allegation against a member of our PE staff, he has been suspended while we investigate.',
    'he has been suspended',
  ],
  ['Mr Carter has been dismissed following the investigation.', 'Mr Carter has been dismissed'],
  ['A member of the office team is currently under investigation for missing money.', 'under investigation'],
  ['Ms Reid has handed in her notice after her grievance was rejected.', 'her grievance was rejected'],
  [
    'The staff redundancy consultation begins on Monday – please do not discuss this with parents.',
    'redundancy consultation',
  ],
  // exclusions and behaviour
  [
    "The Year 6 girl involved in Tuesday's fight has been given a fixed-term exclusion.",
    'fixed-term exclusion',
  ],
  ['Two boys from Year 4 were sent home for fighting on the field.', 'sent home for fighting'],
  ['One of our Year 2 boys has been permanently excluded.', 'permanently excluded'],
  [
    'Callum punched a classmate during PE and has been kept in at break all week.',
    'Callum punched a classmate',
  ],
  [
    'Dylan spat at a lunchtime supervisor today and has been sent home.',
    'Dylan spat at a lunchtime supervisor',
  ],
  [
    'Our behaviour team have put Kacper on a behaviour plan after repeated incidents.',
    'Kacper on a behaviour plan',
  ],
  // family matters
  [
    "We're sorry to say Isla's grandad passed away on Sunday, so please be gentle with her.",
    "Isla's grandad passed away",
  ],
  ['Mason and his sister are now living with a foster family nearby.', 'foster family'],
  ['Jayden’s mum has asked us to share that his dad was arrested at the weekend.', 'his dad was arrested'],
  [
    'Please do not let Amira go home with anyone except her aunt – there is a court order in place.',
    'court order',
  ],
  ["Noor's attendance has dropped to 81% this term.", "Noor's attendance has dropped to 81%"],
  ['Sophia’s mum and dad are separating, so she may be a little quiet.', 'mum and dad are separating'],
  ['Kai in Year 4 receives pupil premium funding.', 'pupil premium'],
  ["Sam's older brother is in a young offenders' institution.", 'young offenders'],
  ['Welcome to our newest pupil, who joins us under a special guardianship order.', 'special guardianship'],
  // safeguarding
  ['Social care are now involved with one of our Reception families.', 'Social care are now involved'],
  ["We have made a referral to children's services about a pupil in Year 2.", "children's services"],
  [
    'A parent made a disclosure to our DSL this morning, and the police are now involved.',
    'made a disclosure',
  ],
  ['The LADO has been contacted about an allegation.', 'LADO'],
  // inspection results before the report
  [
    "Ofsted came in last week and we have been told informally that we are Good – please don't share until the report comes out.",
    'we are Good',
  ],
  [
    "The inspectors said we'd be judged Outstanding, but we can't announce it officially until June.",
    "The inspectors said we'd be judged Outstanding",
  ],
  ['Unofficially, the inspection team told us we have moved up to Good!', 'told us we have moved up to Good'],
  // money, contracts, plans
  [
    "We're in talks with Greenway Catering Ltd about taking over school dinners – nothing signed yet!",
    'in talks with Greenway Catering Ltd',
  ],
  ['Governors have been told the school will have a £30k shortfall next year.', '£30k shortfall'],
  ['Because of the budget deficit we will be cutting three TA posts in September.', 'budget deficit'],
  // internal-only and secrets
  ['The gate code is changing to 2580 from Monday.', 'gate code is changing to 2580'],
  ['Staff wifi password: Sunflower!2024', 'password: Sunflower!2024'],
  [
    "Just between ourselves, Mrs Patel is leaving at Christmas – she hasn't told her class yet.",
    'Mrs Patel is leaving at Christmas',
  ],
  [
    'This is strictly confidential: the Year 5 teacher is moving schools in September.',
    'the Year 5 teacher is moving schools',
  ],
  [
    "Please don't share this outside the PTA yet, but we're planning to close the nursery next year.",
    'close the nursery next year',
  ],
  [
    "We've been asked to keep it quiet for now, but the new headteacher will be Mr Singh from Ashby Juniors.",
    'the new headteacher will be Mr Singh',
  ],
  [
    'The new head starts in April.\nThis has not been announced yet, so keep it to yourselves.',
    'The new head starts in April.',
  ],
];

// More wording, checked before the rule was tuned on it (then kept as regression cases).
export const FLAG_MORE: [string, string][] = [
  ['Tomasz had a wet accident at lunchtime, so he is in spare clothes.', 'Tomasz had a wet accident'],
  ['Ellis has been off this week because of a family matter at home.', 'a family matter'],
  [
    'Robins class – please be aware that Ezra is severely allergic to sesame and has an EpiPen in the office.',
    'Ezra is severely allergic to sesame',
  ],
  [
    'Our deputy head, Mrs Walsh, is currently facing a disciplinary investigation, so Mr Khan will lead assemblies.',
    'facing a disciplinary investigation',
  ],
  [
    "Following a concern raised by his teacher, we have referred Caleb to children's social care.",
    "referred Caleb to children's social care",
  ],
  [
    'We learned today that the Year 6 girl who left in March has been permanently excluded from her new school.',
    'has been permanently excluded',
  ],
  [
    "Milo's mum is in a women's refuge, so please do not give out any information about him.",
    "Milo's mum is in a women's refuge",
  ],
  [
    "The inspectors have told us we'll be moving up to Good, but it's under wraps until the report is out.",
    "The inspectors have told us we'll be moving up to Good",
  ],
  [
    "The trust is planning to cut our office staff hours by a third, but that's not been announced yet.",
    'cut our office staff hours',
  ],
  [
    'Harper is on the child protection register, so she must only be collected by her grandmother.',
    'on the child protection register',
  ],
  ['Please note Idris has autism and finds loud noises very distressing.', 'Idris has autism'],
  ["We're expecting a £12k overspend on supply cover this year.", '£12k overspend'],
  [
    'Jude kicked a lunchtime supervisor today and will be working in the inclusion room tomorrow.',
    'Jude kicked a lunchtime supervisor',
  ],
  [
    "Eva's parents are in the middle of a custody battle, so please only share photos with her mum.",
    'custody battle',
  ],
  [
    "Hi Mrs Khan, just to update you – Daniel's dad has been released from prison and may try to collect him. Please do not let this happen.",
    "Daniel's dad has been released from prison",
  ],
  [
    'Chestnut class, please be mindful that Olivia has a severe egg allergy when sending in cakes for her birthday.',
    'Olivia has a severe egg allergy',
  ],
  [
    "We're thinking of Ben and his family at this sad time after the death of his mum.",
    'the death of his mum',
  ],
  [
    'Following concerns raised by a member of staff, we have made a safeguarding referral for one of our Year 1 children.',
    'safeguarding referral',
  ],
  [
    'Our caretaker, Mr Price, has been off with depression since Easter, so please bear with us.',
    'off with depression',
  ],
  [
    'Mrs Hughes (Year 2) is currently suspended, and Miss Ward will teach the class until further notice.',
    'is currently suspended',
  ],
  [
    'Year 5 parents: a boy in the class has been diagnosed with leukaemia and will be in hospital for a while.',
    'a boy in the class has been diagnosed with leukaemia',
  ],
  [
    'Tyler will be working with his 1:1 teaching assistant in a small room from now on.',
    'his 1:1 teaching assistant',
  ],
  [
    "Following last week's assault on a lunchtime supervisor, the pupil concerned will not return to school.",
    'assault on a lunchtime supervisor',
  ],
  [
    "Our Ofsted outcome is in – and it's Good! We can't officially share it until the report is published next week, so mum's the word!",
    "Our Ofsted outcome is in – and it's Good!",
  ],
  [
    'Governors agreed last night to reduce TA hours across the school from January; staff will be told on Monday.',
    'reduce TA hours across the school',
  ],
  [
    "Our proposed merger with Hollybank Infants is still being discussed with the diocese, so please don't mention it to anyone yet.",
    'proposed merger with Hollybank Infants',
  ],
  ['The combination for the bike shed padlock is 4719.', 'The combination for the bike shed padlock is 4719'],
  [
    'Evan in Year 3 has been missing a lot of school – his attendance is just 72% this year.',
    'his attendance is just 72%',
  ],
  [
    'Poor Grace has been struggling since her parents split up – please be kind to her, everyone.',
    'her parents split up',
  ],
  [
    'Can I remind Kingfisher families that Noah must not be given any dairy – he is anaphylactic.',
    'he is anaphylactic',
  ],
  [
    'Jess has been moved onto the SEN register after her assessment.',
    'Jess has been moved onto the SEN register',
  ],
  ['Two of our teachers are currently subject to capability procedures.', 'capability procedures'],
  ['Finn in Year 6 is currently in isolation after swearing at a teacher.', 'swearing at a teacher'],
  [
    'We have been asked by the police not to comment on the incident involving a Year 4 family.',
    'the incident involving a Year 4 family',
  ],
  [
    'Dear parents,\n\nA quick update before half term.\n\nInspection\nAs you know, Ofsted visited on Tuesday and Wednesday. The inspectors told us informally that we have kept our Good grade, but we are not allowed to say anything officially until the report is published.\n\nBuilding\nThe new roof will be fitted in the holidays.\n\nThanks,\nMr Cole',
    'The inspectors told us informally that we have kept our Good grade',
  ],
  [
    'Hi all, a quick note for Swallows class: Max has type 2 diabetes and will check his blood sugar before lunch. Thanks for your understanding!',
    'Max has type 2 diabetes',
  ],
  [
    'Welcome back Riya! She has been off for three weeks with pneumonia and we are so glad she is better.',
    'She has been off for three weeks with pneumonia',
  ],
  [
    'Our new starter in Year 4 has come to us through the adoption service, so please help him feel at home.',
    'has come to us through the adoption service',
  ],
  [
    "Just so you know, Leah's mum is terminally ill and Leah may be upset at times.",
    "Leah's mum is terminally ill",
  ],
  ['Please be patient with Oliver on the trip – he has ADHD and struggles with waiting.', 'he has ADHD'],
  [
    'Mr Brennan is currently on leave while an investigation into a complaint takes place.',
    'an investigation into a complaint',
  ],
  [
    'The Year 6 boy who was caught stealing from the tuck shop has been dealt with.',
    'caught stealing from the tuck shop',
  ],
  [
    'Following a serious incident on Friday, a Year 3 pupil has been suspended for five days.',
    'a Year 3 pupil has been suspended for five days',
  ],
  [
    "Hi Sarah, yes – Ethan's parents have applied for an EHCP and we're supporting them with it.",
    "Ethan's parents have applied for an EHCP",
  ],
  [
    'A big welcome to Mia, who is living with her grandparents under a kinship care arrangement.',
    'kinship care',
  ],
  ["Staff please note: the new alarm code is 6612, don't write it down!", 'the new alarm code is 6612'],
  [
    'We are waiting to hear whether our bid to become an academy has been approved – please keep this between ourselves for now.',
    'our bid to become an academy',
  ],
  [
    "Ofsted left today. Between you and me, it's looking like Outstanding – but nothing is official until the report comes out!",
    "it's looking like Outstanding",
  ],
  [
    "Thank you for your support. As some of you know, Mrs Ahmed's husband died last week, and she will be off for a while.",
    "Mrs Ahmed's husband died last week",
  ],
  [
    'After the budget meeting, we will sadly lose our school counsellor in September, but this has not been shared with staff yet.',
    'we will sadly lose our school counsellor',
  ],
  [
    'The police are investigating an incident at the home of one of our Year 2 families.',
    'The police are investigating an incident at the home',
  ],
  ['Please pray for Harry, who starts chemotherapy on Monday.', 'who starts chemotherapy on Monday'],
  [
    'Louis has been given a managed move to Greenbank Primary after repeated incidents.',
    'Louis has been given a managed move',
  ],
  [
    'Quick message to Hedgehogs parents: Arlo has been prescribed antibiotics and will need a dose at lunchtime.',
    'Arlo has been prescribed antibiotics',
  ],
  [
    "We're holding Layla's place open while she is in the children's hospital for her heart surgery.",
    "she is in the children's hospital for her heart surgery",
  ],
  [
    'Please could staff note that the boy in Year 2 whose father was deported may need extra support.',
    'whose father was deported',
  ],
  [
    'Some of you may have heard that Mr Fisher was arrested at the weekend. He will not be in school.',
    'Mr Fisher was arrested at the weekend',
  ],
  [
    "Reuben's behaviour has been really challenging lately, and he has had three red cards this week.",
    'he has had three red cards this week',
  ],
  [
    'The governors have voted to make the deputy head role redundant from August.',
    'make the deputy head role redundant',
  ],
  [
    "We can now reveal our new kitchen contractor – but the price is still being negotiated, so please don't spread it around.",
    'the price is still being negotiated',
  ],
  [
    'The key safe code for the after-school club is 1357.',
    'The key safe code for the after-school club is 1357',
  ],
  [
    'Georgia has been excluded from the residential because of her behaviour on the last trip.',
    'Georgia has been excluded from the residential',
  ],
  [
    'Thank you for all the kind messages for Mrs Lamb, who is recovering from a mastectomy.',
    'recovering from a mastectomy',
  ],
  [
    'Luca in Year 1 has a new hearing aid – please remind your children not to touch it.',
    'Luca in Year 1 has a new hearing aid',
  ],
  ['We have been placed in a budget recovery plan by the local authority.', 'budget recovery plan'],
  [
    'Mrs Okoro has been absent due to stress for six weeks; we hope she returns soon.',
    'absent due to stress',
  ],
  [
    "Theo's dad has asked us to let you know that Theo's mum no longer has parental responsibility.",
    'no longer has parental responsibility',
  ],
  ['Mrs Dobson is unwell today, so Year 3 will be taught by Mr Reid.', 'Mrs Dobson is unwell today'],
  [
    "Kiera's dad is in hospital after a car accident, so she may be quieter than usual this week.",
    "Kiera's dad is in hospital",
  ],
  [
    'Reminder to Owls class: Jonah is on medication that makes him sleepy in the afternoons.',
    'Jonah is on medication',
  ],
  [
    'Staff only – the safe combination has changed to 3-9-2-7.',
    'the safe combination has changed to 3-9-2-7',
  ],
  [
    "We've been told by the diocese that our head will be leaving – please keep this within the staff team.",
    'our head will be leaving',
  ],
  [
    'A pupil in Year 5 brought a knife into school today; the police have been informed.',
    'brought a knife into school',
  ],
  [
    'Freya has been referred to the educational psychologist.',
    'Freya has been referred to the educational psychologist',
  ],
  [
    'The log-in for the Year 4 trip gallery is Otter#2026.',
    'The log-in for the Year 4 trip gallery is Otter#2026.',
  ],
  [
    'We are negotiating with the builders over £12,000 of extra costs, so please let this go no further.',
    'negotiating with the builders over £12,000 of extra costs',
  ],
  ['The Mensah family have had a hard winter since their mum lost her job.', 'their mum lost her job'],
  [
    "Mr Haldane's hours are being cut to three days a week after Christmas.",
    "Mr Haldane's hours are being cut",
  ],
  ['The police were round at the Hendersons’ again last night.', 'police were round at the Hendersons’'],
  [
    'Could you put Tomasz on the speech and language list? His sounds are still unclear.',
    'Tomasz on the speech and language list',
  ],
  [
    "We are in talks to take over the nursery next door, so I'd be grateful if this went no further.",
    'this went no further',
  ],
  [
    'Unofficially, the inspectors were very positive and I think we will keep our Good grade.',
    'we will keep our Good grade',
  ],
];

export const PASS: string[] = [
  'Our school is a peanut-free zone: please check lunchboxes carefully.',
  'Some children in Year 3 have food allergies, so we ask that no cakes are sent in for birthdays.',
  'If your child needs medicine during the school day, please fill in a form at the office.',
  "Asthma inhalers must be labelled with your child's name and kept in school.",
  'This week is Autism Acceptance Week – Year 5 have been learning about neurodiversity.',
  'Our Designated Safeguarding Lead is Mrs Adeyemi; if you ever have a safeguarding concern, please contact her.',
  'All staff completed their annual child protection training today.',
  'Families who receive Universal Credit may be eligible for free school meals – apply online.',
  'We were delighted to be graded Good in every area at our inspection in March; the full report is on our website.',
  'The DfE has announced extra funding for school buildings.',
  'Mrs Green is on maternity leave from Friday – congratulations!',
  'Mr Bhatt will be covering Owl class while Miss Jones is on a course.',
  'Attendance this week: Owls 97%, Hawks 95.5% – well done everyone!',
  'Our attendance target this year is 96%.',
  'We are recruiting! A teaching assistant post is available from September – apply via the council website.',
  'Our budget for new books this year is £1,500 – thank you to everyone who donated.',
  'Harry hit the ball right out of the playground in rounders!',
  'Lily kicked off the match for us and Freddie scored the winner.',
  'Police officers visited Year 1 to show them the patrol car and talk about stranger danger.',
  'In history, Year 5 learned how Victorian children were sent to prison for stealing bread.',
  'Our SENCo, Mrs Ali, runs drop-in sessions for parents every Thursday.',
  'Please return the medical consent forms by Friday.',
  'We are excited to share that we have signed a new three-year catering contract with Fresh Fork!',
  'The school will close early at 1pm on Friday for the staff training day.',
  'Our Year 6s visited the magistrates’ court as part of their citizenship topic.',
  'The children raised money for Diabetes UK by running laps of the field.',
  'Head lice are going around Reception again – please check your child’s hair tonight.',
  'The gate will be locked at 9am; please use the office entrance after that.',
  'Our Ofsted inspection is tomorrow and Thursday – wish us luck!',
  'Free school meals registrations help the school get extra funding – please sign up if eligible.',
  "Jamie's grandad came in to talk about his time in the navy.",
  'The children loved making Mother’s Day cards for their mums and grandmas.',
  'Ellie was so brave at the dentist and told the class all about it!',
  'Welcome back to Miss Tan, who has returned from maternity leave.',
  'All pupils will have a hearing and vision screening with the school nurse next week.',
  'Leo broke the school record for the 100m!',
  'Year 4 are investigating which materials are waterproof.',
  'The dress code for the leavers’ disco is 1970s glam!',
  'Please share this post with anyone who might like to join our PTA!',
  'Please don’t share photos of other children on social media.',
  'The match between us and Greenside finished 2-2.',
  'Our car park is for staff and blue badge holders only.',
  'Swimming lessons are suspended this week while the pool is repaired.',
  'No child will be excluded from the Christmas party for non-payment.',
  'Florence Nightingale died in 1910, after a long life of nursing.',
  'Year 2 have been learning about how doctors and nurses help us in hospital.',
];

export const PASS_MORE: string[] = [
  // Results once published are public.
  'Our published KS2 results are now in the performance tables: 78% reached the expected standard.',
  'Now the figures are out officially, we can share that 81% of Year 6 met the expected standard in reading.',
  'The DfE has published our phonics results: 92% of Year 1 passed the screening check.',
  'As published on our website, 68% of pupils reached greater depth in maths this summer.',
  'Family matters: our new parenting course starts in May.',
  'Sam stole the show as the wolf!',
  "Shh, don't tell the children – Santa is coming on Friday!",
  'Between us, we raised £500 for the hospice!',
  'Congratulations to Maya, whose attendance was 100% this year!',
  'Thank you to Dr Patel from the local surgery for visiting Year 1.',
  "Jake's mum is a nurse and brought in some medicines to show us.",
  'Year 6 negotiated prices for their stalls at the enterprise fair.',
  'Freddie was sent to Mrs Smith for a sticker!',
  "Harriet's family adopted a puppy over the holidays!",
  'Maya felt excluded at playtime, so we talked about kindness.',
  "Mr Adams' class are the worst at keeping secrets – they told everyone about the surprise party!",
];
