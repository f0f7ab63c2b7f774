import type { Rule, RuleContext } from '../src/engine/rule';
import { findAtoms, followerFine, minutesOf, wordAfter, wordBefore, type Atom } from './shared/clock-times';
import { SCHOOLS } from './policies/seeds';

// Exact clock times of events or routines where pupils will be ("doors open 6pm", "pick-up at 3.15",
// "from 9.30 until 11", "half past two"). A stranger who reads the post knows where children will be
// and when. Dates alone, durations, scores, prices, past events, office hours and form deadlines pass.
//
// How: one linear pass finds time-like atoms (rules/shared/clock-times.ts: digit times, spoken times, bare hours), neighbouring
// atoms joined by "-", "to", "until" become one range, bare numbers need a time preposition and an
// event word nearby, and each candidate is then judged on its clause (past tense, ticket sales,
// deadlines, broadcasts), its sentence (adults only, opening hours, tide and sunset times, maths
// puzzles, bus timetables) and its paragraph (an "Adults only!" of its own). Marker positions are
// found once per text and looked up by binary search, so the pass stays linear.

interface Candidate {
  /** The time or range as written. */
  timeStart: number;
  timeEnd: number;
  first: Atom;
  last: Atom;
  range: boolean;
}

import {
  EVENT_RE,
  OFFICE_NOUN_ALL,
  RACE_RESULT_BEFORE_RE,
  OFFICE_VERB_ALL,
  STAFFED_ALL,
  SALE_NOUN_RE,
  TECH_NOUN_RE,
  TECH_VERB_RE,
  SALE_VERB_RE,
  DEADLINE_OBJECT_RE,
  ARRIVAL_RE,
  GOOD_TIME_RE,
  DEADLINE_BACK_RE,
  DEADLINE_WORD_RE,
  DUE_RE,
  DEADLINE_DAY_RE,
  DAY_BEFORE_RE,
  MORNING_RE,
  EVENING_RE,
  ADULTS_ALL,
  ADULT_EVENT_ALL,
  PUPIL_COMMITTEE_BEFORE_RE,
  WELCOME_ALL,
  PUPIL_ALL,
  NON_EVENT_CLOCK_ALL,
  NON_EVENT_GAP_RE,
  BROADCAST_ALL,
  LIVE_ALL,
  TIMETABLE_ALL,
  PUZZLE_ALL,
  CLOCK_LESSON_ALL,
  HYPOTHETICAL_ALL,
  QUESTION_ALL,
  QUESTION_MARK,
  NEWLINE,
  CLAUSE_REACH,
  REASON_RE,
  ROUTINE_RE,
  TIME_LEAD_RE,
  HALF_LEAD_RE,
  COUNT_BEFORE,
  NOON_NOUNS,
  SCORE_CONTEXT_RE,
  clauseBreaks,
  clauseOf,
  sentenceBreaks,
  prepBefore,
  BARE_PREPS,
  Marks,
  isPast,
  paragraphOf,
  periodPhrase,
} from './shared/time-context';

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

  // Ranges: two atoms joined by "-", "to", "until", "till" or "between … and".
  const candidates: Candidate[] = [];
  const solid = (a: Atom): boolean => a.kind !== 'bare';
  const strong = (a: Atom): boolean => a.kind === 'clock' || a.kind === 'meridiem' || a.kind === 'spoken';
  const countBefore = (a: Atom): boolean => {
    const w = wordBefore(f, a.start);
    return COUNT_BEFORE.has(w.word) || f[a.start - 1] === '£';
  };
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    if (b) {
      const gap = f.slice(a.end, b.start);
      const rawConn = /^\s*(-|to|until|till|til|'til|and|&)\s*$/.exec(gap)?.[1];
      const conn = rawConn === '&' ? 'and' : rawConn;
      if (conn) {
        const prevWord = wordBefore(f, a.start).word;
        const between = prevWord === 'between';
        let ok = false;
        if (conn === 'and' && !between) ok = false;
        else if (solid(a) && solid(b)) ok = strong(a) || strong(b) || conn !== '-';
        else if (solid(a) && b.kind === 'bare') ok = (b.digits || conn !== '-') && followerFine(f, b.end);
        else if (a.kind === 'bare' && solid(b)) ok = !countBefore(a) && (a.digits || conn !== '-');
        else if (a.kind === 'bare' && b.kind === 'bare') {
          const untilish = conn === 'until' || conn === 'till' || conn === 'til' || conn === "'til";
          const fromTo = (conn === 'to' && prevWord === 'from') || (conn === 'and' && between);
          const c = clause(a.start, b.end);
          // "Saturday 10-12", "tomorrow 11-3": a day right before makes a bare pair a time range.
          const dayDash =
            conn === '-' &&
            a.digits &&
            b.digits &&
            a.hour !== b.hour &&
            DAY_BEFORE_RE.test(f.slice(Math.max(0, a.start - 24), a.start)) &&
            !SCORE_CONTEXT_RE.test(f.slice(c.start, c.end));
          ok =
            !countBefore(a) &&
            followerFine(f, b.end) &&
            (untilish || dayDash || (fromTo && EVENT_RE.test(f.slice(c.start, c.end))));
        }
        if (ok) {
          candidates.push({ timeStart: a.start, timeEnd: b.end, first: a, last: b, range: true });
          i++;
          continue;
        }
      }
    }
    // A single time.
    let ok = false;
    const prep = prepBefore(f, a.start);
    switch (a.kind) {
      case 'clock': {
        // "Half time 10:12", "Results: 1st 9.45": a score, unless a preposition makes it a time.
        const c = clause(a.start, a.end);
        ok = prep.kind !== 'none' || !SCORE_CONTEXT_RE.test(f.slice(c.start, c.end));
        break;
      }
      case 'meridiem':
        ok = true;
        break;
      case 'spoken':
        ok = true;
        break;
      case 'noon':
        ok = prep.kind !== 'none' && prep.word !== 'between' && !NOON_NOUNS.has(wordAfter(f, a.end));
        break;
      case 'half':
      case 'minuteTo':
        ok =
          (prep.kind !== 'none' || HALF_LEAD_RE.test(f.slice(Math.max(0, a.start - 24), a.start))) &&
          followerFine(f, a.end);
        break;
      case 'bare': {
        if (!followerFine(f, a.end)) break;
        const c = clause(a.start, a.end);
        if (prep.kind !== 'none' && BARE_PREPS.has(prep.word)) {
          ok = EVENT_RE.test(f.slice(c.start, c.end));
        } else {
          ok = TIME_LEAD_RE.test(f.slice(Math.max(c.start, a.start - 24), a.start));
        }
        break;
      }
    }
    if (ok) candidates.push({ timeStart: a.start, timeEnd: a.end, first: a, last: a, range: false });
  }

  // Markers, found once; each candidate looks them up by position.
  const sentences = sentenceBreaks(plain);
  const sentence = (s: number, e: number): { start: number; end: number } =>
    clauseOf(sentences, f.length, s, e);
  const adults = new Marks(ADULTS_ALL, f, (m) => {
    // "£3 (adults), £1 (children)" is a price list, not who may come.
    return m[0][0] !== '(' || !/[\d£]\s*$|\dp\s*$/.test(f.slice(Math.max(0, m.index - 8), m.index));
  });
  // "no children", "closed to pupils" are about adults; pupils named inside them do not count.
  const pupils = new Marks(PUPIL_ALL, f, (m) => {
    // "the Children's Centre reception": the name of a place, not pupils who will be there.
    if (/^\W{0,2}s?\s+centre\b/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 10)))
      return false;
    const a = adults.last(0, m.index + m[0].length);
    return a < 0 || adults.ends[a]! < m.index + m[0].length || adults.starts[a]! > m.index;
  });
  const adultEvents = new Marks(ADULT_EVENT_ALL, f, (m) => {
    // "Eco Committee", "School Council", "pupil governors" are children.
    if (!/committee|council|governor/.test(m[0])) return true;
    return !PUPIL_COMMITTEE_BEFORE_RE.test(f.slice(Math.max(0, m.index - 24), m.index));
  });
  const welcome = new Marks(WELCOME_ALL, f);
  const officeNouns = new Marks(OFFICE_NOUN_ALL, f);
  const officeVerbs = new Marks(OFFICE_VERB_ALL, f);
  const staffed = new Marks(STAFFED_ALL, f);
  const clocks = new Marks(NON_EVENT_CLOCK_ALL, f);
  const broadcasts = new Marks(BROADCAST_ALL, f);
  const live = new Marks(LIVE_ALL, f);
  const timetables = new Marks(TIMETABLE_ALL, f);
  const puzzles = new Marks(PUZZLE_ALL, f);
  const lessons = new Marks(CLOCK_LESSON_ALL, f);
  const hypotheticals = new Marks(HYPOTHETICAL_ALL, f);
  const questions = new Marks(QUESTION_ALL, f);
  const questionMarks = new Marks(QUESTION_MARK, f);

  const paraCache = new Map<number, { start: number; end: number }>();
  const newlines = new Marks(NEWLINE, f);
  const paraOf = (start: number, end: number): { start: number; end: number } => {
    const nl = newlines.last(0, start);
    const line = nl >= 0 ? newlines.ends[nl]! : 0;
    let para = paraCache.get(line);
    if (!para) paraCache.set(line, (para = paragraphOf(f, start, end)));
    return para;
  };

  const judged = candidates.map((cand) => {
    const prep = prepBefore(f, cand.timeStart);
    const spanStart = prep.kind === 'none' ? cand.timeStart : prep.start;
    return { cand, prep, spanStart, sent: sentence(spanStart, cand.timeEnd) };
  });

  // "Adults only – grab a babysitter!" in a sentence of its own governs its paragraph.
  const timedSentences = new Set(judged.map((j) => j.sent.start));
  const standaloneAdults: number[] = [];
  for (let i = 0; i < adults.starts.length; i++) {
    const st = sentence(adults.starts[i]!, adults.ends[i]!);
    if (!timedSentences.has(st.start) && !pupils.any(st.start, st.end))
      standaloneAdults.push(adults.starts[i]!);
  }
  const anyStandalone = (lo: number, hi: number): boolean => {
    let a = 0;
    let b = standaloneAdults.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (standaloneAdults[mid]! < lo) a = mid + 1;
      else b = mid;
    }
    return a < standaloneAdults.length && standaloneAdults[a]! < hi;
  };

  /**
   * An event without pupils. A marker before the time in its sentence governs it unless pupils come in
   * between ("staff meeting on Tuesday, so pick-up is at 2.30"); a marker after the time governs it when
   * nothing about pupils comes before and it is not given as a reason ("closes at 1.30 for staff training").
   */
  const adultsOnly = (spanStart: number, timeEnd: number, sent: { start: number; end: number }): boolean => {
    const kinds = welcome.any(sent.start, sent.end) ? [adults] : [adults, adultEvents];
    const pupilsBefore = pupils.any(sent.start, spanStart);
    for (const marks of kinds) {
      const b = marks.last(sent.start, spanStart);
      if (b >= 0 && !pupils.any(marks.ends[b]!, spanStart)) return true;
      const a = marks.first(timeEnd, sent.end);
      if (a >= 0 && !pupilsBefore && marks.starts[a]! - timeEnd <= 80) {
        const gap = f.slice(timeEnd, marks.starts[a]!);
        if (!REASON_RE.test(gap) && !pupils.any(timeEnd, marks.starts[a]!)) return true;
      }
    }
    if (!pupilsBefore && standaloneAdults.length > 0) {
      const para = paraOf(spanStart, timeEnd);
      if (anyStandalone(para.start, para.end)) return true;
    }
    return false;
  };

  /**
   * Not an event at all: tide, sunrise or sunset times, the clocks changing, a programme on television,
   * a bus timetable, a maths puzzle or a lesson on telling the time.
   */
  const notAnEvent = (
    cand: Candidate,
    spanStart: number,
    sent: { start: number; end: number },
    c: { start: number; end: number },
  ): boolean => {
    const k = clocks.last(sent.start, cand.timeStart);
    if (k >= 0 && cand.timeStart - clocks.ends[k]! <= 80) {
      if (NON_EVENT_GAP_RE.test(f.slice(clocks.ends[k]!, cand.timeStart))) return true;
    }
    if (broadcasts.any(c.start, c.end) && !live.any(c.start, c.end)) return true;
    if (timetables.any(c.start, c.end) || lessons.any(c.start, c.end)) return true;
    // "Maths challenge: if a train leaves at 9.40 …, what time does it arrive?"
    if (
      puzzles.any(sent.start, spanStart) &&
      questionMarks.any(cand.timeEnd, paraOf(spanStart, cand.timeEnd).end)
    ) {
      return true;
    }
    if (
      f[sent.end] === '?' &&
      hypotheticals.any(sent.start, spanStart) &&
      questions.any(sent.start, sent.end)
    ) {
      return true;
    }
    return false;
  };

  for (const { cand, prep, spanStart, sent } of judged) {
    const c = clause(spanStart, cand.timeEnd);
    const clauseText = f.slice(c.start, c.end);

    // An event without pupils: adults only, a staff meeting, a governors' meeting.
    if (adultsOnly(spanStart, cand.timeEnd, sent)) continue;

    // A past event: "finished at 8pm", "got back at 5.15pm".
    if (isPast(f, c, spanStart, cand.timeEnd)) continue;

    // Tides, sunsets, television, timetables and puzzles.
    if (notAnEvent(cand, spanStart, sent, c)) continue;

    // Opening hours of the office, phone line, shop or library: a service noun before the time in its
    // clause, no pupils in that clause, and an opening verb earlier in the sentence ("the desk is
    // manned from 7.45, with phones answered from 8.10").
    const n = officeNouns.last(c.start, spanStart);
    if (n >= 0 && !pupils.any(c.start, spanStart)) {
      if (officeVerbs.any(sent.start, spanStart)) continue;
      // "Uniform shop: Wednesdays 3.15–3.45pm" – a heading and its hours.
      const gap = f.slice(officeNouns.ends[n]!, cand.timeStart);
      if (gap.length <= 40 && /^\s*[:-]/.test(gap) && NON_EVENT_GAP_RE.test(gap)) continue;
    }
    // "the shop, which opens 8am–3pm on weekdays and until noon on Saturdays": the service named in an earlier
    // clause, its opening verb between it and the time.
    const ns = officeNouns.last(sent.start, spanStart);
    if (ns >= 0 && officeVerbs.any(officeNouns.ends[ns]!, spanStart) && !pupils.any(sent.start, spanStart))
      continue;
    // "Hamza (3rd, 7:42)": a finishing time in a race result.
    if (RACE_RESULT_BEFORE_RE.test(f.slice(Math.max(0, spanStart - 12), spanStart))) continue;
    // "Reception is staffed 8.15–4": whatever is staffed or manned is a service.
    const st = staffed.last(c.start, spanStart);
    if (st >= 0 && !pupils.any(staffed.ends[st]!, spanStart)) continue;

    // Ticket sales and bookings opening; websites down for maintenance.
    const before = f.slice(c.start, spanStart);
    if (SALE_NOUN_RE.test(before) && SALE_VERB_RE.test(before)) continue;
    if (TECH_NOUN_RE.test(clauseText) && TECH_VERB_RE.test(clauseText)) continue;

    // Deadlines: "forms returned by 3pm"; but "please arrive by 8.30" is where pupils will be.
    const hasObject = DEADLINE_OBJECT_RE.test(clauseText);
    const arrival = ARRIVAL_RE.test(clauseText.replace(DEADLINE_BACK_RE, ' '));
    const deadline = prep.kind === 'deadline' || DEADLINE_DAY_RE.test(before);
    if (deadline && (hasObject || !arrival)) continue;
    if (hasObject && DUE_RE.test(clauseText)) continue;
    if (prep.kind === 'until' && !cand.range && hasObject) continue;
    if (DEADLINE_WORD_RE.test(clauseText)) continue;

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
