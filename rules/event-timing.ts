import type { Rule, RuleContext } from '../src/engine/rule';
import { findAtoms, minutesOf } from './shared/clock-times';
import { findCandidates } from './shared/time-candidates';
import {
  CLAUSE_REACH,
  EVENING_RE,
  GOOD_TIME_RE,
  MORNING_RE,
  ROUTINE_RE,
  clauseBreaks,
  clauseOf,
  periodPhrase,
  prepBefore,
  sentenceBreaks,
} from './shared/time-context';
import { TimeExclusions, type Judged } from './shared/time-exclusions';
import { SCHOOLS } from './policies/seeds';

// Exact clock times of events or routines where pupils will be ("doors open 6pm", "pick-up at 3.15",
// "from 9.30 until 11", "half past two"). A stranger who reads the post knows where children will be
// and when. Dates alone, durations, scores, prices, past events, office hours and form deadlines pass.
//
// How, in three steps, each linear in the length of the post:
// 1. rules/shared/clock-times.ts finds time-like atoms: digit times, spoken times, bare hours;
// 2. rules/shared/time-candidates.ts keeps those that read as a time of day, joining neighbours
//    ("-", "to", "until") into ranges; a bare number needs a time preposition and an event word nearby;
// 3. rules/shared/time-exclusions.ts drops a time its context says is not a pupils' event: its clause
//    (past tense, ticket sales, deadlines, broadcasts), its sentence (adults only, opening hours, tides
//    and sunsets, maths puzzles, bus timetables) or its paragraph (an "Adults only!" of its own).
// What is left is reported, with a fix that says the part of the day instead ("in the evening").

function check(ctx: RuleContext): void {
  const { plain, folded: f } = ctx.text.text;
  const atoms = findAtoms(f);
  if (atoms.length === 0) return;
  const breaks = clauseBreaks(f);
  // A clause is judged on at most CLAUSE_REACH characters either side of the time, so a post without
  // punctuation still costs linear time.
  const clause = (s: number, e: number): { start: number; end: number } => {
    const c = clauseOf(breaks, f.length, s, e);
    return { start: Math.max(c.start, s - CLAUSE_REACH), end: Math.min(c.end, e + CLAUSE_REACH) };
  };
  const sentences = sentenceBreaks(plain);
  const sentence = (s: number, e: number) => clauseOf(sentences, f.length, s, e);
  const judged: Judged[] = findCandidates(f, atoms, clause).map((cand) => {
    const prep = prepBefore(f, cand.timeStart);
    const spanStart = prep.kind === 'none' ? cand.timeStart : prep.start;
    return { cand, prep, spanStart, sent: sentence(spanStart, cand.timeEnd) };
  });
  const exclusions = new TimeExclusions(f, sentence, judged);

  for (const j of judged) {
    const { cand, prep, spanStart } = j;
    const c = clause(spanStart, cand.timeEnd);
    if (exclusions.excludes(j, c)) continue;
    const clauseText = f.slice(c.start, c.end);
    const hint = MORNING_RE.test(clauseText) ? 'am' : EVENING_RE.test(clauseText) ? 'pm' : undefined;
    const startMin = minutesOf(cand.first, cand.range ? cand.last : undefined, hint);
    const endMin = cand.range ? minutesOf(cand.last, undefined, hint) : undefined;
    let replacement = periodPhrase(startMin, endMin, prep.kind, GOOD_TIME_RE.test(clauseText));
    if (/[A-Z]/.test(plain[spanStart] ?? '')) {
      replacement = replacement[0]!.toUpperCase() + replacement.slice(1);
    }
    const time = plain.slice(cand.timeStart, cand.timeEnd);
    const messageId = ROUTINE_RE.test(clauseText) ? 'routine' : cand.range ? 'range' : 'time';
    ctx.report({
      field: 'text',
      start: spanStart,
      end: cand.timeEnd,
      messageId,
      data: { time },
      fix: { label: `Say “${replacement}” instead`, replacement },
    });
  }
}

const rule: Rule = {
  id: 'event-timing',
  title: 'Exact time of an event',
  description:
    'Finds exact times of events and routines where pupils will be, such as “doors open at 6pm” or “pick-up at 3.15”. Strangers could use them to know where children will be.',
  defaultSeverity: 'warn',
  policy: [
    {
      ...SCHOOLS.southEnd,
      section: "Staff Posting on School's social media sites",
      quote:
        'Avoid posting exact timings of events where parents/carers are already aware of these. For example - Parents already have details of school disco, reminder posted on Facebook - the reminder should be about the disco day only and should not repeat the times.',
    },
    {
      ...SCHOOLS.southEnd,
      section: "Staff Posting on School's social media sites",
      quote:
        'Staff should not post information regarding pupils that is detailed enough for someone with an alternative motive to build a picture of the pupil',
    },
  ],
  messages: {
    time: 'This gives the exact time pupils will be at an event ({time}). Strangers could use it to know where children will be.',
    range:
      'This gives the exact times pupils will be at an event ({time}). Strangers could use it to know where children will be and for how long.',
    routine:
      'This gives the exact time children arrive, leave or are collected ({time}). Strangers could use it to know when children will be coming and going.',
  },
  examples: {
    flag: [
      { text: 'The Harvest concert starts at 6.30pm in the church.', spans: ['6.30pm'] },
      { text: 'Reminder: the Year 2 trip leaves at 9:15 tomorrow.', spans: ['9:15'] },
      { text: 'Film night on Friday, 17:45 in the hall.', spans: ['17:45'] },
      { text: 'Our carol singers will be at the market from 11 until 1 on Saturday.', spans: ['11 until 1'] },
      { text: 'Netball tournament: kick-off 4.10 at Ashgrove Park.', spans: ['4.10'] },
      {
        text: 'The carol service begins at 2pm, and the children walk down Mill Lane with their teachers.',
        spans: ['2pm'],
      },
      { text: 'Pick-up from the swimming gala is at twenty past four.', spans: ['twenty past four'] },
      { text: 'The choir sing at the care home at half eleven on Tuesday.', spans: ['half eleven'] },
      { text: 'Family picnic on the field, 12–2pm. Bring a rug!', spans: ['12–2pm'] },
      { text: 'Our breakfast club opens its doors at 7.45am on weekdays.', spans: ['7.45am'] },
      { text: 'Children will be back from the zoo around 5ish.', spans: ['5ish'] },
      { text: 'Doors open at 6 for the talent show.', spans: ['6'] },
      {
        text: 'Easter service at St Mary’s: we walk down at quarter past nine.',
        spans: ['quarter past nine'],
      },
      { text: 'Please arrive by 8.20 so the coach can leave promptly.', spans: ['8.20'] },
      { text: 'Early finish on Friday: pick-up at 1.30 because of staff training.', spans: ['1.30'] },
    ],
    pass: [
      'Helpers: please arrive at 2.15pm to help us set up.',
      'The community pantry is open on Tuesdays, 10am–1pm.',
      'Parking bays near school are enforced from 8am to 6pm.',
      'The Harvest concert is on Friday 9 October.',
      'Our Year 4 team won 3-1 against Ashgrove.',
      'Tickets are £3.50 each from the office.',
      'The trip lasted two hours and everyone loved it.',
      'The concert finished at 8pm and we were home by 9.',
      'The office is open 8am to 4.30pm, Monday to Friday.',
      'Please return consent forms by 3pm on Thursday.',
      'Bookings for parents’ evening open at 7pm tonight.',
      'Our reading ratio is 1:5 adults to children this term.',
      'Suitable for ages 5-11. Year 6 sang John 3:16 beautifully.',
      'Quiz night at 7.30pm – adults only, so book a babysitter!',
      'We ran 2.5km and swam 4x25m. Attendance is 96.4%.',
      'Governors meet at 6.30pm on Tuesday to agree the budget.',
      'Thank you to the grandparents who joined us from 2 to 3 for the tea party!',
      'High water is at 06:40 and sunset at 8.52pm this week.',
      'Puzzle: if the film starts at 6.45pm and lasts 100 minutes, when does it end?',
    ],
  },
  check,
};

export default rule;
