import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, toOriginalSpan } from '../../src/engine/normalise';
import {
  formatMessage,
  type FieldView,
  type Report,
  type RuleContext,
  type RuleExample,
} from '../../src/engine/rule';
import { tokenize } from '../../src/engine/tokens';
import rule from '../../rules/event-timing';

interface Hit {
  text: string;
  start: number;
  end: number;
  report: Report;
}

/** Runs the rule on post text the way the engine does; spans are mapped back to the text as typed. */
function run(text: string): Hit[] {
  const nt = normalise(text);
  const field: FieldView = { id: 'text', kind: 'text', text: nt, tokens: tokenize(nt), mentions: [] };
  const reports: Report[] = [];
  const ctx = {
    draft: { platform: 'facebook', context: 'post', text, media: [] },
    fields: [field],
    text: field,
    roster: { pupils: [] },
    settings: { rules: {}, allowlist: [], confidentialTerms: [], bannedPhrases: [] },
    media: [],
    hasMedia: false,
    hasImage: false,
    hasVideo: false,
    pupil: () => {
      throw new Error('no roster');
    },
    report: (r: Report) => reports.push(r),
  } as unknown as RuleContext;
  rule.check(ctx);
  return reports.map((r) => {
    const span = toOriginalSpan(nt, r.start, r.end);
    return { text: text.slice(span.start, span.end), start: span.start, end: span.end, report: r };
  });
}

/** Applies every fix, last first, to the text as typed. */
function applyFixes(text: string): string {
  const hits = run(text).sort((a, b) => b.start - a.start);
  let out = text;
  for (const h of hits) out = out.slice(0, h.start) + (h.report.fix?.replacement ?? '') + out.slice(h.end);
  return out;
}

/** Every expected span is overlapped by a finding, and every finding overlaps an expected span. */
function expectFlags(text: string, spans: string[]): void {
  const hits = run(text);
  const wanted = spans.map((s) => {
    const at = text.indexOf(s);
    expect(at, `"${s}" is not in the text`).toBeGreaterThanOrEqual(0);
    return { start: at, end: at + s.length, s };
  });
  for (const w of wanted) {
    const found = hits.some((h) => h.start < w.end && w.start < h.end);
    expect(found, `"${w.s}" not flagged in: ${text}\nfound: ${JSON.stringify(hits.map((h) => h.text))}`).toBe(
      true,
    );
  }
  for (const h of hits) {
    const expected = wanted.some((w) => h.start < w.end && w.start < h.end);
    expect(expected, `unexpected "${h.text}" in: ${text}`).toBe(true);
  }
}

function exampleText(e: RuleExample): string {
  return typeof e === 'string' ? e : e.text;
}

describe('event-timing: metadata', () => {
  it('has the rule shape', () => {
    expect(rule.id).toBe('event-timing');
    expect(rule.defaultSeverity).toBe('warn');
    expect(rule.title.length).toBeGreaterThan(0);
    expect(rule.description.length).toBeGreaterThan(0);
    expect(rule.examples.flag.length).toBeGreaterThanOrEqual(10);
    expect(rule.examples.pass.length).toBeGreaterThanOrEqual(10);
    for (const id of ['time', 'range', 'routine']) expect(rule.messages[id]).toContain('{time}');
  });

  it('fills every message template', () => {
    for (const template of Object.values(rule.messages)) {
      expect(formatMessage(template, { time: '6pm' })).not.toMatch(/\{\w+\}/);
    }
  });

  const seeds = resolve(process.cwd(), '../shared/seeds');
  it.skipIf(!existsSync(seeds))('quotes the policies word for word', () => {
    expect(rule.policy.length).toBeGreaterThan(0);
    const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
    for (const p of rule.policy) {
      const file = resolve(seeds, `${p.seed}.txt`);
      const seed = squash(readFileSync(file, 'utf8'));
      expect(seed, p.quote).toContain(squash(p.quote));
      expect(seed).toContain(p.school);
      expect(seed).toContain(p.section);
    }
  });
});

describe('event-timing: examples', () => {
  for (const e of rule.examples.flag) {
    it(`flags: ${exampleText(e)}`, () => {
      if (typeof e !== 'string' && e.spans) expectFlags(e.text, e.spans);
      else expect(run(exampleText(e)).length).toBeGreaterThan(0);
    });
  }
  for (const e of rule.examples.pass) {
    it(`passes: ${exampleText(e)}`, () => {
      expect(run(exampleText(e)).map((h) => h.text)).toEqual([]);
    });
  }
});

// Invented posts; each form from the labelling conventions at least once.
const FLAG: [string, string[]][] = [
  // digits with am/pm, 24-hour clock, dot and colon
  ['Our Nativity is on Tuesday at 2.15pm in the hall.', ['2.15pm']],
  ['Year 3 swimming gala, 1:30 pm at Riverside Leisure Centre.', ['1:30 pm']],
  ['The Remembrance parade sets off at 10:50 from the church gate.', ['10:50']],
  ['Coach home leaves the museum at 15:10.', ['15:10']],
  ['Meet at the front gate at 6:45AM for the ski trip.', ['6:45AM']],
  ['The choir will be singing at the station from 4.30 p.m. on Saturday.', ['4.30 p.m.']],
  ['Sports day starts at 9.15 am on the top field.', ['9.15 am']],
  ['Remember the gates close at 8.55am sharp.', ['8.55am']],
  ['Watch our choir sing live on local radio at 8.10 this Friday!', ['8.10']],
  ['Carol concert in the church 6PM Thursday – everyone welcome.', ['6PM']],
  ['Christmas lunch for Years 1 and 2 is served at 11.45 on Wednesday.', ['11.45']],
  // ranges: one span each
  ['Drama club performance 3.30-4.15 in the studio.', ['3.30-4.15']],
  ['Drop in and see the Year 1 art exhibition between 2 and 3pm.', ['2 and 3pm']],
  ['Forest school this week: 1pm till 3, wellies please.', ['1pm till 3']],
  ['Easter egg hunt 10am–11.30am on Saturday on the field.', ['10am–11.30am']],
  ['Reception stay-and-play is from 9 to 10 on Wednesday.', ['9 to 10']],
  ['The leavers’ disco runs 7pm – 9pm in the hall.', ['7pm – 9pm']],
  ['Carols round the tree, 6.30-7.30, Friday.', ['6.30-7.30']],
  ['Brass band concert: Wednesday 4–5pm, all welcome.', ['4–5pm']],
  ['Book fair open to pupils from 3.15 until 4 every day this week.', ['3.15 until 4']],
  ['Year 5 will be at the library from 10 until 11.30 on Monday.', ['10 until 11.30']],
  ['Sponsored bounce in the hall, 9-11am.', ['9-11am']],
  // spoken times
  ['Maypole dancing on the green at half two on Friday.', ['half two']],
  ['Pick-up from the theatre trip will be at ten to six.', ['ten to six']],
  ['Sports relief mile: Key Stage 2 run at quarter past one.', ['quarter past one']],
  ['We’ll be back at around half five.', ['half five']],
  ['Easter service: we walk down to church at twenty-five past nine.', ['twenty-five past nine']],
  ['The school play is at 7 o’clock on Thursday and Friday.', ['7 o’clock']],
  ['Parents are invited to the hall at three o’clock for the prize-giving.', ['three o’clock']],
  ['Grandparents’ tea party starts at a quarter to three in the dining room.', ['a quarter to three']],
  // noon and midday
  ['The carol service starts at midday at St Peter’s church.', ['midday']],
  ['Sponsored walk: we set off at 09:30 and finish around 12 noon.', ['09:30', '12 noon']],
  ['Picnic on the field from noon until 2pm, weather permitting.', ['noon until 2pm']],
  // bare hours with an event context
  ['Y6 football v Linden Park, kick-off 4 on Thursday.', ['4']],
  ['Doors open at 5 for the Harvest supper.', ['5']],
  ['Year 4 are performing at the Town Hall at 10 on Friday.', ['10']],
  ['The bus will drop the team back at school about 4 o’clock.', ['4 o’clock']],
  ['Our cross-country team race at 11ish on Saturday.', ['11ish']],
  ['Children will be back from the farm around 4ish.', ['4ish']],
  ['We leave for the residential at 7 tomorrow, so please be at school by 6.45.', ['7', '6.45']],
  ['The talent show starts at seven on Friday.', ['seven']],
  // routines: breakfast club, collection, gates, early finish
  ['Breakfast club runs from 8am every weekday in the hall.', ['8am']],
  ['Collection from after-school club is at 5.30.', ['5.30']],
  ['Children will be dismissed at 1.30 on the last day of term.', ['1.30']],
  ['School finishes at 2pm on Friday 17 July.', ['2pm']],
  ['Please note collection on Thursday is at 3.15 from the side gate.', ['3.15']],
  ['Doors 5.30, curtain up 6pm.', ['5.30', '6pm']],
  ['Children need to be in school by 8.40 on Monday for the coach.', ['8.40']],
  // other ways of writing it
  ['DOORS OPEN 6PM!!! 🎉', ['6PM']],
  ['The bake sale is between 3.30 & 4.30 on the playground.', ['3.30', '4.30']],
  ['Swimming gala 18.00-20.00 at the leisure centre.', ['18.00-20.00']],
  ['Training 1800hrs on the astro pitch.', ['1800hrs']],
  ['Pick-up is 10.30ish.', ['10.30ish']],
  ['See you at six thirty for the sleepover!', ['six thirty']],
  ['Don’t forget – summer fair tomorrow 11-3!', ['11-3']],
  ['Our school choir sing @ 2pm in the market square.', ['2pm']],
  ['Sports Day 🏅 KS1 9:30, KS2 1:30', ['9:30', '1:30']],
  ['Reception’s first full day: drop-off 8.45, collection 3.', ['8.45', '3']],
  ['Children should be on the playground by quarter to nine.', ['quarter to nine']],
  ['Swimming tomorrow: coach departs 12.50, returns 3.10.', ['12.50', '3.10']],
  ['The school bus now leaves at 3.25 instead of 3.20.', ['3.25', '3.20']],
  ['The coach is due back at 4pm.', ['4pm']],
  // current tense next to a past clause
  ['Last week’s disco was a hit; the next one is on 3 May at 6pm.', ['6pm']],
  ['The match was postponed and will now be played on Friday at 4.15.', ['4.15']],
  ['Last year’s fair was brilliant, so this year we’re opening the gates at 11!', ['11']],
  ['We were so proud of the choir – they sing again on Sunday at 3pm at the abbey.', ['3pm']],
  ['Thanks to everyone who came to the first rehearsal. The next one is Tuesday 3.30–4.30.', ['3.30–4.30']],
  [
    'Following the success of last term’s club, Lego club restarts on Thursday, 3.15 till 4.15.',
    ['3.15 till 4.15'],
  ],
  ['After a wet week, sports day has been moved to Friday at 1.30.', ['1.30']],
  ['Please can parents wait by the gate at 3:10 as we will be back late from the trip.', ['3:10']], // flag: events, trips, clubs, routines, approximate and spoken times
  ['Swimming gala at Riverside Pool on Wednesday – the coach leaves school at 12.40.', ['12.40']],
  ["Christingle service in St John's church on Sunday at 4pm – all children welcome to take part.", ['4pm']],
  ['Sports day heats for KS2 will run from 1.15 on Monday.', ['1.15']],
  ["Parents are invited to Year 4's class assembly on Thursday at 9.05.", ['9.05']],
  ['Trip to the Science Museum: we depart at 8.15 and return around 5.30pm.', ['8.15', '5.30pm']],
  ['Chess club meets on Tuesdays, 12.30 to 1pm in Room 3.', ['12.30 to 1pm']],
  ['Eid party for the whole school in the hall on Friday afternoon, 1.30–3.', ['1.30–3']],
  ['The school play, Matilda, is at 6pm on Wednesday and Thursday.', ['6pm']],
  ['Pick-up will be 3.05 on Friday because of the staff meeting.', ['3.05']],
  ["Year 6 Leavers' Disco – doors 6pm, finishes 8pm.", ['6pm', '8pm']],
  ["Girls' football v St Mark's tomorrow, kick off 4:30 at home.", ['4:30']],
  [
    "We set off at half ten and we'll be back for about quarter past three.",
    ['half ten', 'quarter past three'],
  ],
  ["Teddy bears' picnic, from 1 till half 2 on the back field.", ['1 till half 2']],
  ['Forest school campfire on Friday, starts 7ish, bring a torch!', ['7ish']],
  ['Year 5 Bikeability runs 9am till 12 each day next week.', ['9am till 12']],
  ["Year 6 will be at the bowling alley from 11 to 2 as a leavers' treat.", ['11 to 2']],
  ['The Year 2 nativity starts at 10am and finishes by 11.15.', ['10am', '11.15']],
  ['Cross-country at Hinton Park this Saturday, first race 10am, registration from 9.15.', ['10am', '9.15']],
  ["Parents' assembly for Reception is on Friday at twenty to three.", ['twenty to three']],
  ['Swimming gala heats start 9.30 sharp – swimmers to be poolside by 9.10.', ['9.30', '9.10']],
  ['Carol singing at the station from half 4 till half 5 on Thursday.', ['half 4 till half 5']],
  ['Drop-off for the Year 4 sleepover is 6pm Friday; collection 9am Saturday.', ['6pm', '9am']],
  ["Christingle at St Mary's, Sunday 4.30pm – children collect their candles at 4.15.", ['4.30pm', '4.15']],
  ['Year 6 are back from PGL on Friday, roughly 5ish depending on traffic.', ['5ish']],
  ['The sponsored bounce runs from ten until twelve on Saturday morning.', ['twelve']],
  [
    "Residential: drop your child at the coach by 8am on Monday; we're home Wednesday around teatime.",
    ['8am'],
  ],
  ['Nursery children go home at noon on Friday.', ['noon']],
  ['Year 3 swimmers, the minibus will drop you back at 3.25.', ['3.25']],
  // flag: an adult marker, opening hours or a sunset nearby does not hide the pupils' time
  ['School closes at 1.30pm on Friday for staff training.', ['1.30pm']],
  ['Early finish on Friday at 2pm due to INSET.', ['2pm']],
  ['Because of the staff meeting, pick-up is at 2.30 on Tuesday.', ['2.30']],
  ['Parent workshop on Tuesday: children will perform a song at 2.30pm.', ['2.30pm']],
  ['Eco Committee meeting at 12.30 on Tuesday in the library.', ['12.30']],
  ['Our governors will be at the disco at 6pm to help with the tuck shop.', ['6pm']],
  ['Tickets £5 (adults), £2 (children) – the show starts at 7pm.', ['7pm']],
  ['Family fun run at 10am – parents and children welcome, committee members will be on the gate.', ['10am']],
  ['Family quiz night, Friday 7pm – children welcome, committee running the bar.', ['7pm']],
  ['The office will be closed on Friday afternoon as children finish at 1.30pm.', ['1.30pm']],
  ['Our school choir perform at the shop opening in town on Saturday at 6pm.', ['6pm']],
  ["Governors' visit to Year 5 followed by the class assembly at 11am.", ['11am']],
  ['Staff meeting Wednesday so there are no after-school clubs; pick-up is 3.15 as normal.', ['3.15']],
  ['Sunrise walk on the beach at 6am for our Year 6 campers.', ['6am']],
  ['The sun sets at 4pm, so the lantern parade starts at 4.30pm.', ['4.30pm']],
  ['High tide is at 11.42am, so the beach walk will be at 9am instead.', ['9am']],
  ['Listen to our choir live on BBC Radio Kent at 8.10 on Friday.', ['8.10']],
  ['If your child is in the choir, can they be at church by 9.30 on Sunday?', ['9.30']],
  ['If it rains, sports day will move to Friday at 1.30.', ['1.30']],
  ['Bat walk for Year 5 families: meet at dusk, 8.30pm, by the pond.', ['8.30pm']],
  ['Year 6 will travel by public transport, leaving school at 9.15.', ['9.15']],
  ['The Sports Day timetable is on the website: KS1 races start at 9.30.', ['9.30']],
  ['Sunset picnic on the field for Year 6 leavers, 5pm.', ['5pm']],
  ['Easter sunrise service on the hill at 6am \u2013 the choir will sing.', ['6am']],
  ['Governors, staff and children will plant the tree at 2pm.', ['2pm']],
  // flag: a past clause or a thank-you nearby does not make an upcoming time past
  ['Thank you in advance to everyone helping at the fair from 12 till 3.', ['12 till 3']],
  ['Thank you to the families who volunteered – the fair runs 12 till 3 on Saturday.', ['12 till 3']],
  ['Children who missed the photos last week can have them taken at 9am on Monday.', ['9am']],
  ['Thank you for arriving promptly at 8.45 every morning.', ['8.45']],
  ["It was so lovely to see you all last week! This week's stay and play is Thursday at 10.30.", ['10.30']],
];

const PASS: string[] = [
  // dates and days alone
  'Sports Day is on Wednesday 24 June.',
  'The Harvest festival is on Friday 9 October in the church.',
  'Term dates: 12.06.2026 to 17.07.2026.',
  'Photos from 14/06 are now on the website.',
  'Lost property will be cleared on Friday 17.07.',
  'Non-uniform day Friday 12.06 – £1 donation.',
  // durations
  'The walk takes about two hours.',
  'Gymnastics club runs for an hour after school.',
  'Swimming lessons last 45 minutes.',
  // year groups, ages, counts
  'Key Stage 2 (Years 3-6) will have a cake sale.',
  'Suitable for children aged 7-11.',
  'Each group has 5 to 6 children.',
  'We will read chapters 3 to 5 this week.',
  'Ten to twelve children will go in each group.',
  'A quarter of pupils walk to school.',
  'At one point we had ten children on the stage.',
  'Half of the class went to the museum; the other half stayed.',
  'One day we will all be at the seaside.',
  'The Year 5 and 6 tag rugby team came 3rd out of 12.',
  // scores
  'We beat Linden Park 5-2 on Saturday!',
  'Half-time score: 2:1 to us.',
  'Netball final score 14 - 9.',
  'Ashgrove 3 – 1 Linden Park, what a game.',
  'Score at half time was 10:12 but we fought back.',
  'Results: Ash 9.45, Oak 9.30 in the beam final.',
  // prices, measures, percentages, ratios, verses, versions, phone numbers
  'School dinners cost £2.45 a day from September.',
  'Ice lollies 50p, cakes £1.20.',
  'Year 6 ran 1.5 miles in 12.30 minutes.',
  'We collected 120.5kg of clothes for the appeal.',
  'Cross-country: 2.5km; relay 4x25m.',
  'Our attendance this week was 97.25%.',
  'Staff to pupil ratio on the trip is 1:8, and 1:10 for Year 6.',
  'Our verse of the week is Luke 10:27.',
  'Psalm 23 and John 3.16 were read in assembly.',
  'Please update the app to version 4.12 before Friday.',
  'Call the office on 01632 555 019 or 07700 900123.',
  // past events
  'The disco ended at 8.15pm and the children had a ball.',
  'Yesterday the coach arrived back at 4.50pm.',
  'The concert last night started at 6 and finished at 7.30.',
  'Flu vaccinations for Year 1 took place at 10am today.',
  'It was a lovely assembly at 9am – thank you for coming!',
  'The show wrapped up at 8.20 after three encores.',
  'Thank you to everyone who came to the fair; we packed away at 4pm with £900 raised.',
  // office, phone and shop hours
  'Uniform shop open Thursdays 3pm to 4pm.',
  'Phone lines open at 8.30am for absence calls.',
  'The school office will be closed at 1pm on Friday.',
  'Our office is open from 8am until 4.30pm.',
  // ticket sales and bookings
  'Tickets go on sale at 9am on Monday via ParentPay.',
  'Online booking for clubs closes at midnight on Sunday.',
  'Parents’ evening appointments: the booking system opens at 6pm tonight.',
  // deadlines
  'Dinner money must be paid by 10am on Monday.',
  'Please hand in your costume slips before 3pm Friday.',
  'Reply slips are due back by 12 noon on Wednesday.',
  'The deadline for competition entries is 3pm on Friday.',
  'Sign up by 5pm if your child would like a place.',
  // events without pupils
  'PTA wine and wisdom evening, 7.30pm, adults only.',
  'Open evening for new parents at 6pm – parents only, please.',
  'Staff meeting on Tuesday at 3.45 in the library.',
  'Quiz night on Friday from 7pm.\nTeams of six, £5 each. Adults only – grab a babysitter!',
  'Governors’ meeting Thursday 6pm in the library.',
  'Staff training: Tuesday 3.30pm.',
  'Coffee morning for Reception parents, Tuesday 9am in the hall.',
  'The website will be down from 6pm to 8pm for maintenance.',
  // more past events, scores and deadlines
  'We had a lovely time at the disco last night, which finished at 8pm.',
  'Year 3 visited the castle and got back at 4.',
  'Pupils sang beautifully at the care home at 11am.',
  'Our football team played brilliantly; kick-off was at 10.',
  'Earlier today at 11am, Year 2 released their butterflies.',
  'The children enjoyed every minute of the party, which started at 2pm.',
  'Last Friday’s match kicked off at 3.30 and we won 4-1.',
  'We got home at 6pm after an amazing day in London.',
  'Year 2 performed their play at 2pm yesterday to a packed hall.',
  'We arrived at the museum at 10am and were greeted by a Roman soldier!',
  'By 3pm we had raised over £500!',
  'This morning at 9.15 the whole school gathered for a minute’s silence.',
  'Y6 won 24:12 against Hilltop in the netball.',
  'Please return the form by Friday 3pm.',
  'Please remember homework is due by 9am Monday.',
  'Parents’ evening booking: log in after 6pm tonight.',
  'Registration for holiday club opens at 10am Monday.',
  // not times at all
  'Book Week 3-7 March; spring term 6 Jan – 13 Feb.',
  'Class assembly dates: Oak 3.3, Ash 10.3.',
  'Read pages 10-12 tonight.',
  'Please bring 2-3 empty jam jars.',
  'Bible reading: Matthew 5:14-16.',
  'Year 5 times tables: 7 x 8 = 56.',
  'At 7 years old, children can join the cubs.',
  'We need 10 to 12 volunteers for the fair.',
  'Midday supervisors will wear yellow vests from Monday.',
  'Well done to Oak class for 100% attendance.',
  'Our new Year 3 teacher starts in September.',
  'Class 2 have 30 pupils and 2 teaching assistants.',
  'Room 101 is now the art room.', // pass: events without pupils
  'Committee meeting (adults) – Tuesday 17 June, 7pm at The Fleece.',
  'PTA AGM on Thursday at 7pm in the staff room – all parents welcome.',
  'Governors will meet at 6.30pm on Wednesday to discuss the budget.',
  'A workshop for parents on phonics, Tuesday 2.45pm in the library.',
  'Parent workshop: helping your child with phonics, Tuesday 2.45pm.',
  'Friday 7pm – PTA AGM in the hall.',
  "7pm: Governors' meeting in the staff room.",
  "Tues: Governors' finance committee, 6.30pm.",
  'The staff wellbeing session is on Friday at 3.30pm in the staff room.',
  'Twilight training for all staff, 3.45–5.30 on Thursday.',
  'Meeting for new Reception parents on Wednesday at 6pm in the hall.',
  'Sunrise Yoga for staff, Wednesday 7am (adults only).',
  'Adults only, no children please! Quiz night Friday 7.30pm.',
  'Staff INSET: school closed to pupils on Monday; the staff day runs 8.30–3.30.',
  // pass: office, phone, shop, library and rail opening hours
  'A reminder that the school office is staffed from 8am until 4.30pm, and the phone line from 8.30.',
  'Reception is staffed 8.15–4 each day, and the helpline from 9.',
  'Hi Marcus – the second-hand uniform rail lives in the library and is staffed Weds 3–4pm. Thanks!',
  'The lost property rail is in the hall and is open Fridays 3–3.30pm.',
  'The uniform exchange is open every Wednesday 2.30–3.30pm in the foyer.',
  'The school office is open 8.15 till 4, and the phone line until 3.30.',
  'The office is open 8–4 daily; the phone line is answered from 8.30.',
  'Uniform shop: Wednesdays 3.15–3.45pm.',
  'Call the helpline on 0800 111 222, open 9am to 5pm.',
  'The school car park is out of use 8am–6pm on Saturday while the contractors work.',
  'Fire alarm test every Wednesday at 10am – no need to worry!',
  // pass: past events and thank-yous
  "Thank you to all the families who squeezed into classrooms from 8.45 to 9.15 for Friday's reading morning – what a buzz! 📚",
  'Thank you all for squeezing into classrooms from 8.45 to 9.15 on Friday!',
  'A huge thank you to the parents who helped at breakfast club from 7.45 every morning last term.',
  "Well done to everyone who ran in the rain at 10am on Saturday's fun run.",
  'Thank you to the dads who turned up at 8am to dig the new vegetable beds!',
  'Pupils who went to the farm left at 9am and returned at 3pm.',
  // pass: puzzles, lessons, tides, sunsets, clocks, broadcasts and timetables
  'Maths challenge of the week: if high tide is at 11.42 and low tide comes 6 hours 12 minutes later, when is low tide? Answers to Mr Shute!',
  'Brain teaser for Year 5: if the film starts at 6.45pm and lasts 1 hour 50 minutes, when does it end?',
  'Puzzle of the week: the bus left at 8.50 and arrived at 9.35. How long did the journey take?',
  'Can you work out what time the school day ends if it starts at 8.45 and lasts 6 hours 20 minutes?',
  'Year 3 have been learning to tell the time: they can now read 3:45 and quarter past 7 on an analogue clock.',
  "Tide times this week: high water 06:12 and 18:40. Please remember the beach is out of bounds before and after school unless you're with a grown-up 🌊",
  'Half-term tide times: low water 10:40, high water 16:55.',
  'Sunset is around 4.10pm this week, so please make sure children have lights on their bikes.',
  'Sunrise: 6.43am. Sunset: 7.51pm.',
  'The clocks go back at 2am on Sunday – enjoy the extra hour in bed!',
  'Our Year 6 film is on BBC Look North tonight at 6.30pm – do tune in!',
  'Watch our video of the nativity on YouTube from 6pm tonight.',
  'The number 42 bus timetable has changed: buses now leave the High Street at 7.52 and 8.22.',
  'Sunrise on the summer solstice is at 4.43am!',
  'Please note the car park gates are locked at 6pm by the caretaker.',
  'The road will be closed from 9am to 5pm on Saturday for resurfacing.',
  "Our PTA's online auction closes at 9pm on Sunday.",
  'Tickets for the disco go on sale at 9am on Monday.',
  'Coats can be bought from the shop, which opens 8am–3pm on weekdays and until noon on Saturdays.',
  'Yes, the office can take payments for trips, Monday to Friday 8.15am–1pm.',
  'Fell race results: Ahmed, Zain (2nd, 14:05) and Kowalski, Eva (6th, 15:12).',
  "The Children's Centre reception is open 8am–5pm; the midwife phone line runs on Fridays from 10am to 1pm.",
];

describe('event-timing: flags exact times of events pupils attend', () => {
  for (const [text, spans] of FLAG) {
    it(text, () => expectFlags(text, spans));
  }
});

describe('event-timing: leaves other numbers alone', () => {
  for (const text of PASS) {
    it(text, () => expect(run(text).map((h) => h.text)).toEqual([]));
  }
});

describe('event-timing: spans, messages and fixes', () => {
  it('reports a range as one span, with its preposition', () => {
    const hits = run('Our class party is on Friday from 1.30 until 3, so please send snacks.');
    expect(hits.map((h) => h.text)).toEqual(['from 1.30 until 3']);
    expect(hits[0]!.report.messageId).toBe('range');
    expect(hits[0]!.report.data).toEqual({ time: '1.30 until 3' });
  });

  it('uses the routine message for collection times', () => {
    const [hit] = run('Pick-up on Thursday is at 3.15 from the field gate.');
    expect(hit!.report.messageId).toBe('routine');
  });

  it('maps offsets back through curly quotes, NBSP and dashes', () => {
    const text = 'The Leavers’ Service starts at\u00a02.30pm\u00a0– parents’ seats 1.15–2pm.';
    const hits = run(text);
    expect(hits.map((h) => h.text)).toEqual(['at\u00a02.30pm', '1.15–2pm']);
  });

  it('replaces the time with a vague phrase that still reads well', () => {
    expect(applyFixes('The Nativity is on Thursday at 2pm in the hall.')).toBe(
      'The Nativity is on Thursday in the afternoon in the hall.',
    );
    expect(applyFixes('Disco tonight: doors open at 6.30pm!')).toBe(
      'Disco tonight: doors open in the evening!',
    );
    expect(applyFixes('KS1 races 9.30–11.00 on the field.')).toBe('KS1 races in the morning on the field.');
    expect(applyFixes('At 10am the coach leaves for the museum.')).toBe(
      'In the morning the coach leaves for the museum.',
    );
    expect(applyFixes('The coach leaves at 8.45, so please arrive by 8.30.')).toBe(
      'The coach leaves in the morning, so please arrive in good time.',
    );
    expect(applyFixes('The Leavers’ Assembly will start at noon on Friday.')).toBe(
      'The Leavers’ Assembly will start in the middle of the day on Friday.',
    );
    expect(applyFixes('Fun day 10am-3pm on the field.')).toBe('Fun day during the day on the field.');
    expect(applyFixes('After-school club now runs until 5.30pm.')).toBe(
      'After-school club now runs until the evening.',
    );
    expect(applyFixes('Film club runs until 4.30 on Tuesdays.')).toBe(
      'Film club runs until late afternoon on Tuesdays.',
    );
    expect(applyFixes('The match is on Thursday, kick-off 3.45.')).toBe(
      'The match is on Thursday, kick-off in the afternoon.',
    );
  });

  it('gives every finding a fix and a filled message', () => {
    for (const [text] of FLAG) {
      for (const h of run(text)) {
        expect(h.report.fix?.replacement).toMatch(/^[A-Za-z -]+$/);
        expect(formatMessage(rule.messages[h.report.messageId]!, h.report.data)).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('finds each time in a newsletter, only once', () => {
    const text = [
      'WEEKLY NEWS',
      '',
      'Thank you to everyone who came to the Year 2 assembly – it finished at 9.40am.',
      '• Friday – Summer Disco. Reception to Year 2 doors open at 6pm, Years 3 to 6 at 7pm. Tickets £2.50.',
      'Forms must be returned by 3pm on Wednesday. The office is open 8.30am–4pm.',
    ].join('\n');
    expect(run(text).map((h) => h.text)).toEqual(['at 6pm', 'at 7pm']);
  });
});

describe('event-timing: adults, opening hours and non-events in a newsletter', () => {
  it('judges each bullet and sentence on its own markers', () => {
    const text = [
      'HOLLYBROOK NEWS – Week 6',
      '',
      'Coming up',
      '• Mon – Staff INSET day, school closed to pupils.',
      '• Tue – School reopens, gates open 8.40.',
      '• Wed – PTA committee meeting, 7pm in the staff room (adults only).',
      '• Thu – Year 3 trip to the aquarium. Coach leaves 9.00, back for 3.15.',
      '• Fri – Family disco 5.30–7pm, children must be accompanied.',
      '',
      'Office',
      'The office is open 8–4 daily; the phone line is answered from 8.30.',
      'Uniform shop: Wednesdays 3.15–3.45pm.',
      '',
      'Thank you',
      'Thanks to the parents who helped at Friday’s cake sale from 3.20 – we raised £312!',
      'Sunset is 4.12pm on Friday, so bring a torch to the lantern walk at 4.30.',
    ].join('\n');
    expect(run(text).map((h) => h.text)).toEqual(['8.40', '9.00', 'for 3.15', '5.30–7pm', 'at 4.30']);
  });

  it('lets a standalone "adults only" govern its paragraph but not a pupils’ time in it', () => {
    expect(
      run('Quiz night on Friday from 7pm.\nAdults only, no children please!').map((h) => h.text),
    ).toEqual([]);
    expect(
      run('Children’s disco on Friday from 5pm.\nAdults only, no children please!').map((h) => h.text),
    ).toEqual(['from 5pm']);
  });
});

describe('event-timing: robustness', () => {
  it('never throws and reports ordered, in-bounds, non-overlapping spans', () => {
    const pieces = [
      'at ',
      '6',
      '6.30',
      'pm',
      ' ',
      '-',
      '–',
      'until ',
      'half ',
      'past ',
      'two',
      'noon',
      '£',
      ':',
      '.',
      '\n',
      'finished ',
      'doors open ',
      'by ',
      'forms ',
      'Year ',
      'o’clock',
      'ish',
      '12',
      '3:16',
      '\u00a0',
      '\u200b',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.string(), (parts, noise) => {
        const text = parts.join('') + noise;
        const hits = run(text);
        let lastEnd = 0;
        for (const h of hits) {
          expect(h.start).toBeGreaterThanOrEqual(lastEnd);
          expect(h.end).toBeGreaterThan(h.start);
          expect(h.end).toBeLessThanOrEqual(text.length);
          lastEnd = h.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('checks a long post in a few milliseconds', () => {
    const para =
      'Sports Day is on Wednesday 1 July. KS1 races 9.30–11.00, KS2 races 1.15pm–3pm. Tickets £2.50, ' +
      'score 3-1, ages 7-11, the office is open 8.30am to 4pm and the disco finished at 8pm. Doors open at 5. ';
    const text = para.repeat(Math.ceil(8000 / para.length)).slice(0, 8000);
    const nt = normalise(text);
    const field: FieldView = { id: 'text', kind: 'text', text: nt, tokens: tokenize(nt), mentions: [] };
    let reports = 0;
    const ctx = { text: field, fields: [field], report: () => reports++ } as unknown as RuleContext;
    // Speed is measured by `npm run bench`, never by a timed test.
    rule.check(ctx);
    expect(reports).toBeGreaterThan(0);
  });

  it('does not backtrack on pathological input', () => {
    const text = '1'.repeat(20000) + ' at ' + '9.'.repeat(5000) + 'half '.repeat(3000) + 'a'.repeat(20000);
    // A regex that backtracked here would run past the test timeout; no wall-clock assertion.
    expect(Array.isArray(run(text))).toBe(true);
  });
});
