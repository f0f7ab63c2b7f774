// Whether a time is NOT that of an event pupils attend (rules/event-timing.ts, step two): an event for
// adults, a past event, a tide or a television programme, a service's opening hours, a race result,
// ticket sales, website maintenance or a deadline. Every marker is found once per text and looked up
// by position (binary search), so judging all of a post's times stays linear.

import type { Candidate, Span } from './time-candidates';
import {
  ADULTS_ALL,
  ADULT_EVENT_ALL,
  ARRIVAL_RE,
  BROADCAST_ALL,
  CLOCK_LESSON_ALL,
  DEADLINE_BACK_RE,
  DEADLINE_DAY_RE,
  DEADLINE_OBJECT_RE,
  DEADLINE_WORD_RE,
  DUE_RE,
  HYPOTHETICAL_ALL,
  LIVE_ALL,
  Marks,
  NEWLINE,
  NON_EVENT_CLOCK_ALL,
  NON_EVENT_GAP_RE,
  OFFICE_NOUN_ALL,
  OFFICE_VERB_ALL,
  PUPIL_ALL,
  PUPIL_COMMITTEE_BEFORE_RE,
  PUZZLE_ALL,
  QUESTION_ALL,
  QUESTION_MARK,
  RACE_RESULT_BEFORE_RE,
  REASON_RE,
  SALE_NOUN_RE,
  SALE_VERB_RE,
  STAFFED_ALL,
  TECH_NOUN_RE,
  TECH_VERB_RE,
  TIMETABLE_ALL,
  WELCOME_ALL,
  isPast,
  paragraphOf,
  type Prep,
} from './time-context';

/** A candidate time with what it is judged by: the preposition before it and its sentence. */
export interface Judged {
  cand: Candidate;
  prep: Prep;
  /** Where the reported span starts: the preposition ("at 6pm"), else the time. */
  spanStart: number;
  sent: Span;
}

export class TimeExclusions {
  private readonly adults: Marks;
  private readonly pupils: Marks;
  private readonly adultEvents: Marks;
  private readonly welcome: Marks;
  private readonly officeNouns: Marks;
  private readonly officeVerbs: Marks;
  private readonly staffed: Marks;
  private readonly clocks: Marks;
  private readonly broadcasts: Marks;
  private readonly live: Marks;
  private readonly timetables: Marks;
  private readonly puzzles: Marks;
  private readonly lessons: Marks;
  private readonly hypotheticals: Marks;
  private readonly questions: Marks;
  private readonly questionMarks: Marks;
  private readonly newlines: Marks;
  private readonly paragraphs = new Map<number, Span>();
  /** Starts of "Adults only!"-like sentences with no time of their own and no pupils, in order. */
  private readonly standaloneAdults: number[] = [];

  /**
   * @param f the folded text
   * @param sentence the sentence around [start, end)
   * @param judged every candidate of the text (an "Adults only" sentence without a time governs them)
   */
  constructor(
    private readonly f: string,
    sentence: (start: number, end: number) => Span,
    judged: readonly Judged[],
  ) {
    const adults = (this.adults = new Marks(ADULTS_ALL, f, (m) => {
      // "£3 (adults), £1 (children)" is a price list, not who may come.
      return m[0][0] !== '(' || !/[\d£]\s*$|\dp\s*$/.test(f.slice(Math.max(0, m.index - 8), m.index));
    }));
    // "no children", "closed to pupils" are about adults; pupils named inside them do not count.
    this.pupils = new Marks(PUPIL_ALL, f, (m) => {
      // "the Children's Centre reception": the name of a place, not pupils who will be there.
      if (/^\W{0,2}s?\s+centre\b/.test(f.slice(m.index + m[0].length, m.index + m[0].length + 10)))
        return false;
      const a = adults.last(0, m.index + m[0].length);
      return a < 0 || adults.ends[a]! < m.index + m[0].length || adults.starts[a]! > m.index;
    });
    this.adultEvents = new Marks(ADULT_EVENT_ALL, f, (m) => {
      // "Eco Committee", "School Council", "pupil governors" are children.
      if (!/committee|council|governor/.test(m[0])) return true;
      return !PUPIL_COMMITTEE_BEFORE_RE.test(f.slice(Math.max(0, m.index - 24), m.index));
    });
    this.welcome = new Marks(WELCOME_ALL, f);
    this.officeNouns = new Marks(OFFICE_NOUN_ALL, f);
    this.officeVerbs = new Marks(OFFICE_VERB_ALL, f);
    this.staffed = new Marks(STAFFED_ALL, f);
    this.clocks = new Marks(NON_EVENT_CLOCK_ALL, f);
    this.broadcasts = new Marks(BROADCAST_ALL, f);
    this.live = new Marks(LIVE_ALL, f);
    this.timetables = new Marks(TIMETABLE_ALL, f);
    this.puzzles = new Marks(PUZZLE_ALL, f);
    this.lessons = new Marks(CLOCK_LESSON_ALL, f);
    this.hypotheticals = new Marks(HYPOTHETICAL_ALL, f);
    this.questions = new Marks(QUESTION_ALL, f);
    this.questionMarks = new Marks(QUESTION_MARK, f);
    this.newlines = new Marks(NEWLINE, f);

    // "Adults only – grab a babysitter!" in a sentence of its own governs its paragraph.
    const timedSentences = new Set(judged.map((j) => j.sent.start));
    for (let i = 0; i < adults.starts.length; i++) {
      const st = sentence(adults.starts[i]!, adults.ends[i]!);
      if (!timedSentences.has(st.start) && !this.pupils.any(st.start, st.end))
        this.standaloneAdults.push(adults.starts[i]!);
    }
  }

  /** Whether the time is not that of an event pupils attend; `c` is its clause. */
  excludes({ cand, prep, spanStart, sent }: Judged, c: Span): boolean {
    const f = this.f;
    const clauseText = f.slice(c.start, c.end);
    const before = f.slice(c.start, spanStart);
    return (
      // An event without pupils: adults only, a staff meeting, a governors' meeting.
      this.adultsOnly(spanStart, cand.timeEnd, sent) ||
      // A past event: "finished at 8pm", "got back at 5.15pm".
      isPast(f, c, spanStart, cand.timeEnd) ||
      // Tides, sunsets, television, timetables and puzzles.
      this.notAnEvent(cand, spanStart, sent, c) ||
      this.serviceHours(cand, spanStart, sent, c) ||
      // "Hamza (3rd, 7:42)": a finishing time in a race result.
      RACE_RESULT_BEFORE_RE.test(f.slice(Math.max(0, spanStart - 12), spanStart)) ||
      // Ticket sales and bookings opening; websites down for maintenance.
      (SALE_NOUN_RE.test(before) && SALE_VERB_RE.test(before)) ||
      (TECH_NOUN_RE.test(clauseText) && TECH_VERB_RE.test(clauseText)) ||
      deadline(cand, prep, clauseText, before)
    );
  }

  /**
   * An event without pupils. A marker before the time in its sentence governs it unless pupils come in
   * between ("staff meeting on Tuesday, so pick-up is at 2.30"); a marker after the time governs it when
   * nothing about pupils comes before and it is not given as a reason ("closes at 1.30 for staff training").
   */
  private adultsOnly(spanStart: number, timeEnd: number, sent: Span): boolean {
    const { pupils } = this;
    const kinds = this.welcome.any(sent.start, sent.end) ? [this.adults] : [this.adults, this.adultEvents];
    const pupilsBefore = pupils.any(sent.start, spanStart);
    for (const marks of kinds) {
      const b = marks.last(sent.start, spanStart);
      if (b >= 0 && !pupils.any(marks.ends[b]!, spanStart)) return true;
      const a = marks.first(timeEnd, sent.end);
      if (a >= 0 && !pupilsBefore && marks.starts[a]! - timeEnd <= 80) {
        const gap = this.f.slice(timeEnd, marks.starts[a]!);
        if (!REASON_RE.test(gap) && !pupils.any(timeEnd, marks.starts[a]!)) return true;
      }
    }
    if (!pupilsBefore && this.standaloneAdults.length > 0) {
      const para = this.paragraphOf(spanStart, timeEnd);
      if (this.anyStandaloneAdults(para.start, para.end)) return true;
    }
    return false;
  }

  /**
   * Not an event at all: tide, sunrise or sunset times, the clocks changing, a programme on television,
   * a bus timetable, a maths puzzle or a lesson on telling the time.
   */
  private notAnEvent(cand: Candidate, spanStart: number, sent: Span, c: Span): boolean {
    const { f, clocks } = this;
    const k = clocks.last(sent.start, cand.timeStart);
    if (k >= 0 && cand.timeStart - clocks.ends[k]! <= 80) {
      if (NON_EVENT_GAP_RE.test(f.slice(clocks.ends[k]!, cand.timeStart))) return true;
    }
    if (this.broadcasts.any(c.start, c.end) && !this.live.any(c.start, c.end)) return true;
    if (this.timetables.any(c.start, c.end) || this.lessons.any(c.start, c.end)) return true;
    // "Maths challenge: if a train leaves at 9.40 …, what time does it arrive?"
    if (
      this.puzzles.any(sent.start, spanStart) &&
      this.questionMarks.any(cand.timeEnd, this.paragraphOf(spanStart, cand.timeEnd).end)
    ) {
      return true;
    }
    return (
      f[sent.end] === '?' &&
      this.hypotheticals.any(sent.start, spanStart) &&
      this.questions.any(sent.start, sent.end)
    );
  }

  /** Opening hours of the office, phone line, shop or library, or whatever is "staffed" or "manned". */
  private serviceHours(cand: Candidate, spanStart: number, sent: Span, c: Span): boolean {
    const { officeNouns, officeVerbs, pupils } = this;
    // A service noun before the time in its clause, no pupils in that clause, and an opening verb
    // earlier in the sentence ("the desk is manned from 7.45, with phones answered from 8.10").
    const n = officeNouns.last(c.start, spanStart);
    if (n >= 0 && !pupils.any(c.start, spanStart)) {
      if (officeVerbs.any(sent.start, spanStart)) return true;
      // "Uniform shop: Wednesdays 3.15–3.45pm" – a heading and its hours.
      const gap = this.f.slice(officeNouns.ends[n]!, cand.timeStart);
      if (gap.length <= 40 && /^\s*[:-]/.test(gap) && NON_EVENT_GAP_RE.test(gap)) return true;
    }
    // "the shop, which opens 8am–3pm on weekdays and until noon on Saturdays": the service named in an
    // earlier clause, its opening verb between it and the time.
    const ns = officeNouns.last(sent.start, spanStart);
    if (ns >= 0 && officeVerbs.any(officeNouns.ends[ns]!, spanStart) && !pupils.any(sent.start, spanStart))
      return true;
    // "Reception is staffed 8.15–4": whatever is staffed or manned is a service.
    const st = this.staffed.last(c.start, spanStart);
    return st >= 0 && !pupils.any(this.staffed.ends[st]!, spanStart);
  }

  /** The paragraph around [start, end), worked out once per line it starts on. */
  private paragraphOf(start: number, end: number): Span {
    const nl = this.newlines.last(0, start);
    const line = nl >= 0 ? this.newlines.ends[nl]! : 0;
    let para = this.paragraphs.get(line);
    if (!para) this.paragraphs.set(line, (para = paragraphOf(this.f, start, end)));
    return para;
  }

  private anyStandaloneAdults(lo: number, hi: number): boolean {
    const starts = this.standaloneAdults;
    let a = 0;
    let b = starts.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (starts[mid]! < lo) a = mid + 1;
      else b = mid;
    }
    return a < starts.length && starts[a]! < hi;
  }
}

/** Deadlines: "forms returned by 3pm"; but "please arrive by 8.30" is where pupils will be. */
function deadline(cand: Candidate, prep: Prep, clauseText: string, before: string): boolean {
  const hasObject = DEADLINE_OBJECT_RE.test(clauseText);
  const arrival = ARRIVAL_RE.test(clauseText.replace(DEADLINE_BACK_RE, ' '));
  const byDeadline = prep.kind === 'deadline' || DEADLINE_DAY_RE.test(before);
  if (byDeadline && (hasObject || !arrival)) return true;
  if (hasObject && DUE_RE.test(clauseText)) return true;
  if (prep.kind === 'until' && !cand.range && hasObject) return true;
  return DEADLINE_WORD_RE.test(clauseText);
}
