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
  ['Please can parents wait by the gate at 3:10 as we will be back late from the trip.', ['3:10']],
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
  'Room 101 is now the art room.',
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
    for (let i = 0; i < 10; i++) rule.check(ctx);
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      rule.check(ctx);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(reports).toBeGreaterThan(0);
    expect(times[4]).toBeLessThan(10);
  });

  it('does not backtrack on pathological input', () => {
    const text = '1'.repeat(20000) + ' at ' + '9.'.repeat(5000) + 'half '.repeat(3000) + 'a'.repeat(20000);
    const t0 = performance.now();
    run(text);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
