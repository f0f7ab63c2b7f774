import type { Rule, RuleContext } from '../src/engine/rule';
import * as W from './data/event-timing-words';
import {
  eachMatch,
  findAtoms,
  followerFine,
  minutesOf,
  wordAfter,
  wordBefore,
  type Atom,
} from './shared/clock-times';
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

// ---------------------------------------------------------------------------------------------------
// Word lists compiled once.

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Any of the phrases as whole words; spaces match any run of spaces. */
function phrases(list: readonly string[], flags = ''): RegExp {
  const alts = [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![a-z0-9])(?:${alts.join('|')})(?![a-z0-9])`, flags);
}

const EVENT_RE = phrases(W.EVENT_WORDS);
const PAST_ALL = phrases(W.PAST_WORDS, 'g');
const PRESENT_ALL = phrases([...W.PRESENT_WORDS, "we'll", "you'll", "they'll", "it'll", "i'll"], 'g');
const OFFICE_NOUN_ALL = phrases(W.OFFICE_NOUNS, 'g');
const RACE_RESULT_BEFORE_RE = /\(\s*(?:=?\d{1,3}(?:st|nd|rd|th)|pb|time)\s*[,:;–-]?\s*$/;
const OFFICE_VERB_ALL = phrases(W.OFFICE_VERBS, 'g');
const STAFFED_ALL = phrases(W.STAFFED_WORDS, 'g');
const SALE_NOUN_RE = phrases(W.SALE_NOUNS);
const TECH_NOUN_RE = phrases(W.TECH_NOUNS);
const TECH_VERB_RE = phrases(W.TECH_VERBS);
const SALE_VERB_RE = phrases(W.SALE_VERBS);
const DEADLINE_OBJECT_RE = phrases(W.DEADLINE_OBJECTS);
const ARRIVAL_RE = phrases(W.ARRIVAL_WORDS);
const GOOD_TIME_RE = phrases(W.GOOD_TIME_WORDS);
const DEADLINE_BACK_RE = new RegExp(`\\b(?:${W.DEADLINE_LEADS.join('|')})\\s+back\\b`, 'g');
const DEADLINE_WORD_RE = phrases(['deadline', 'closing date', 'latest date']);
const DUE_RE = /(?<![a-z])due(?![a-z])/;
const DAY = '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|(?:wednes|satur)day';
/** "by Friday 3pm", "before next Monday, 9am": a deadline preposition with a day in between. */
const DEADLINE_DAY_RE = new RegExp(
  `(?<![a-z])(?:by|before|no later than)\\s+(?:(?:this|next)\\s+)?(?:${DAY})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s+[a-z]{3,9})?)?[\\s,]*(?:at\\s+)?$`,
);
const DAY_BEFORE_RE = new RegExp(`(?<![a-z])(?:${DAY}|today|tomorrow|tonight)[\\s,:]*$`);
const MORNING_RE = phrases(W.MORNING_WORDS);
const EVENING_RE = phrases(W.EVENING_WORDS);
const ADULTS_ALL = phrases(W.ADULTS_ONLY, 'g');
const ADULT_EVENT_ALL = new RegExp(
  `${phrases(W.ADULT_EVENTS).source}|(?<![a-z0-9])(?:${W.ADULT_EVENT_NOUNS.map(escapeRe).join('|')})\\s+for\\s+(?:[a-z0-9']+\\s+){0,2}?(?:${W.ADULT_AUDIENCES.join('|')})(?![a-z0-9])`,
  'g',
);
const PUPIL_COMMITTEE_BEFORE_RE = new RegExp(
  `(?:^|[^a-z0-9'])(?:${W.PUPIL_COMMITTEES.map(escapeRe).join('|')})\\s+$`,
);
const WELCOME_ALL = phrases(W.CHILDREN_WELCOME, 'g');
const PUPIL_ALL = phrases(W.PUPIL_WORDS, 'g');
const NON_EVENT_CLOCK_ALL = phrases(W.NON_EVENT_CLOCKS, 'g');
const NON_EVENT_GAP_RE = new RegExp(
  `^(?:[\\s,:;/&()+.-]|\\d|(?:${[...W.NON_EVENT_FILLERS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?![a-z]))*$`,
);
const BROADCAST_ALL = phrases(W.BROADCAST_WORDS, 'g');
const LIVE_ALL = phrases(W.LIVE_WORDS, 'g');
const TIMETABLE_ALL = phrases(W.TIMETABLE_WORDS, 'g');
const PUZZLE_ALL = new RegExp(
  `(?<![a-z0-9])(?:${[...W.PUZZLE_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ /g, '\\s+'))
    .join('|')})`,
  'g',
);
const CLOCK_LESSON_ALL = phrases(W.CLOCK_LESSON_WORDS, 'g');
const HYPOTHETICAL_ALL = phrases(W.HYPOTHETICAL_WORDS, 'g');
const QUESTION_ALL = phrases(W.QUESTION_WORDS, 'g');
const QUESTION_MARK = /\?/g;
const THANKS_FOR_RE =
  /(?<![a-z])(?:thank\s+you|thanks|thank-you)(?:\s+(?:all|so\s+much|very\s+much|everyone|again|to\s+everyone|to\s+all))*\s+for\s+(?:[a-z]+ing|all\s+[a-z]+ing)(?![a-z])/g;
const NEWLINE = /\n/g;
const CLAUSE_REACH = 240;
/** Words between an adult event and a time after it that make the event a reason, not the event. */
const REASON_RE = /(?<![a-z])(?:because|due to|owing to|for|as|so|after|following|while|during)(?![a-z])/;
const ROUTINE_RE = phrases(W.ROUTINE_WORDS);
const TIME_LEAD_RE = new RegExp(`(?<![a-z0-9])(?:${W.TIME_LEADS.map(escapeRe).join('|')})\\s*:?\\s*$`);
const HALF_LEAD_RE = new RegExp(`(?<![a-z0-9'])(?:${W.HALF_LEADS.map(escapeRe).join('|')})\\s*:?\\s*$`);

const COUNT_BEFORE = new Set(W.COUNT_BEFORE);
const NOT_PAST = new Set(W.NOT_PAST_PARTICIPLES);
const IRREGULAR_PAST = new Set(W.IRREGULAR_PAST);
const NOON_NOUNS = new Set(W.NOON_NOUNS);
const SUBJECT_ED_RE = new RegExp(
  `(?<![a-z0-9])(?:${W.SUBJECTS.join('|')})(?:\\s+\\d{1,2})?\\s+([a-z]{3,}ed|${W.IRREGULAR_PAST_AFTER_SUBJECT.join('|')})(?![a-z0-9])`,
  'g',
);
const SCORE_CONTEXT_RE = phrases(W.SCORE_CONTEXT);
const AUXILIARIES = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'am',
  'will',
  'to',
  'should',
  'must',
  'can',
  'may',
  'get',
  'gets',
  'getting',
  "we'll",
  "you'll",
  "they'll",
  "it'll",
  'shall',
  'would',
  'could',
]);
const PARTICLES = new Set(['back', 'home', 'off', 'out', 'up', 'away', 'in', 'there', 'here', 'down']);

// ---------------------------------------------------------------------------------------------------
// Clauses.

const CLAUSE_BREAK =
  /[!?\n;()•|]|\.(?=\s|$)|\s-\s|,\s(?=(?:but|so|and|although|though|whereas|while|which|who|where)\b)|\s(?=but\s)/g;

interface Breaks {
  starts: number[];
  ends: number[];
}

function clauseBreaks(f: string): Breaks {
  const starts: number[] = [];
  const ends: number[] = [];
  eachMatch(CLAUSE_BREAK, f, (m) => {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  });
  return { starts, ends };
}

/** The clause around [start, end): from the last break ending at or before start to the next break. */
function clauseOf(b: Breaks, len: number, start: number, end: number): { start: number; end: number } {
  let lo = 0;
  let hi = b.ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b.ends[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  const cs = lo > 0 ? b.ends[lo - 1]! : 0;
  lo = 0;
  hi = b.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (b.starts[mid]! < end) lo = mid + 1;
    else hi = mid;
  }
  const ce = lo < b.starts.length ? b.starts[lo]! : len;
  return { start: Math.min(cs, start), end: Math.max(ce, end) };
}

/**
 * Sentence breaks, found on the case-kept text: ! ? a line break, a bullet, or a full stop before a
 * capital, a symbol or the end ("approx. 15:45" and "a.m. on Friday" do not end a sentence).
 */
const SENTENCE_BREAK = /[!?\n•|]|\.(?=\s+(?![a-z0-9])|\s*$)/g;

function sentenceBreaks(plain: string): Breaks {
  const starts: number[] = [];
  const ends: number[] = [];
  eachMatch(SENTENCE_BREAK, plain, (m) => {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  });
  return { starts, ends };
}

// ---------------------------------------------------------------------------------------------------
// Prepositions before the time.

const PREP_RE =
  /(?:^|[^a-z0-9'])((?:(?:at|from|until|till|by)\s+)?(?:at|from|around|about|approximately|approx\.?|roughly|circa|by|before|after|until|till|til|'til|between|for|no later than|not later than|not before))\s*$/;

type PrepKind = 'at' | 'deadline' | 'until' | 'between' | 'none';

interface Prep {
  start: number;
  kind: PrepKind;
  word: string;
}

function prepBefore(f: string, pos: number): Prep {
  const from = Math.max(0, pos - 32);
  const m = PREP_RE.exec(f.slice(from, pos));
  if (!m) return { start: pos, kind: 'none', word: '' };
  // "starting at 6pm": only "at" joins the span, so the fix reads "starting in the evening".
  const phrase = m[1]!;
  const offset = m.index + m[0].indexOf(phrase);
  const last = phrase.split(/\s+/).pop()!;
  const word = phrase.startsWith('no later') || phrase.startsWith('not later') ? 'by' : last;
  let kind: PrepKind = 'at';
  if (word === 'by' || word === 'before') kind = 'deadline';
  else if (word === 'until' || word === 'till' || word === 'til' || word === "'til") kind = 'until';
  else if (word === 'between') kind = 'between';
  return { start: from + offset, kind, word };
}

/** A timed preposition that lets a bare hour read as a time ("at 5", "around 4", "until 8"). */
const BARE_PREPS = new Set([
  'at',
  'around',
  'about',
  'approximately',
  'approx',
  'approx.',
  'roughly',
  'from',
  'after',
  'before',
  'by',
  'until',
  'till',
  'til',
  "'til",
  'circa',
]);

// ---------------------------------------------------------------------------------------------------
// Judging a candidate.

/** Every match of a global regex (without matchAll, which copies the regex on each call). */
/** Positions of every match of a global regex, for range look-ups by binary search. */
class Marks {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  constructor(re: RegExp, text: string, accept?: (m: RegExpExecArray) => boolean) {
    eachMatch(re, text, (m) => {
      if (m[0].length === 0) re.lastIndex++;
      else if (!accept || accept(m)) {
        this.starts.push(m.index);
        this.ends.push(m.index + m[0].length);
      }
    });
  }

  /** Index of the first mark starting at or after pos. */
  private firstFrom(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Index of the first mark that starts at or after lo and ends by hi, or -1. */
  first(lo: number, hi: number): number {
    const i = this.firstFrom(lo);
    return i < this.starts.length && this.ends[i]! <= hi ? i : -1;
  }

  /** Index of the last mark that starts at or after lo and ends by hi, or -1. */
  last(lo: number, hi: number): number {
    // Marks never overlap (one regex, left to right), so ends are ordered like starts.
    let i = this.firstFrom(hi) - 1;
    while (i >= 0 && this.ends[i]! > hi) i--;
    return i >= 0 && this.starts[i]! >= lo ? i : -1;
  }

  /** Whether a mark lies wholly within [lo, hi). */
  any(lo: number, hi: number): boolean {
    return this.first(lo, hi) >= 0;
  }
}

/**
 * Whether the time belongs to a past event. The tense marker nearest before the time in its clause
 * decides ("the disco was postponed and will now be at 6pm" is upcoming); failing that, the nearest
 * after it ("at 9am the whole school gathered").
 */
function isPast(
  f: string,
  clause: { start: number; end: number },
  spanStart: number,
  spanEnd: number,
): boolean {
  // The verb right before the time: "the show wrapped up at 8", "the coach left at 4".
  let { word, start } = wordBefore(f, spanStart);
  if (PARTICLES.has(word)) ({ word, start } = wordBefore(f, start));
  if (start >= clause.start) {
    const looksPast =
      (word.endsWith('ed') && word.length > 4 && !NOT_PAST.has(word)) || IRREGULAR_PAST.has(word);
    if (looksPast && !AUXILIARIES.has(wordBefore(f, start).word)) return true;
  }
  const text = f.slice(clause.start, clause.end);
  const from = spanStart - clause.start;
  const to = spanEnd - clause.start;
  let before = -1;
  let beforePast = false;
  let after = Infinity;
  let afterPast = false;
  const consider = (at: number, past: boolean): void => {
    if (at < from && at > before) {
      before = at;
      beforePast = past;
    } else if (at >= to && at < after) {
      after = at;
      afterPast = past;
    }
  };
  // "was played" is past; "will be played", "to be performed" are not.
  eachMatch(PAST_ALL, text, (m) => {
    // "last term's club" describes a thing, not when this happens.
    if (text[m.index + m[0].length] === "'") return;
    if (!AUXILIARIES.has(wordBefore(text, m.index).word)) consider(m.index, true);
  });
  let present = false;
  eachMatch(PRESENT_ALL, text, (m) => {
    present = true;
    consider(m.index, false);
  });
  // A subject then a past verb: "we gathered", "Year 2 released", "the choir performed".
  eachMatch(SUBJECT_ED_RE, text, (m) => {
    if (!NOT_PAST.has(m[1]!)) consider(m.index + m[0].length - m[1]!.length, true);
  });
  // "Thank you all for squeezing in": thanks for something done, unless the clause looks ahead
  // ("thank you in advance", "thanks for arriving promptly every morning").
  if (!present) eachMatch(THANKS_FOR_RE, text, (m) => consider(m.index, true));
  return before >= 0 ? beforePast : after < Infinity && afterPast;
}

const BULLET = /^\s*(?:[•*·▪‣◦-]|\d{1,2}[.)]\s)/;

/** The paragraph around a span: lines up to a blank line; a bulleted line stands alone. */
function paragraphOf(f: string, start: number, end: number): { start: number; end: number } {
  let ps = f.lastIndexOf('\n', start - 1) + 1;
  let pe = f.indexOf('\n', end);
  if (pe < 0) pe = f.length;
  if (BULLET.test(f.slice(ps, pe))) return { start: ps, end: pe };
  while (ps > 0) {
    const prevStart = f.lastIndexOf('\n', ps - 2) + 1;
    const line = f.slice(prevStart, ps - 1);
    if (line.trim() === '' || BULLET.test(line)) break;
    ps = prevStart;
  }
  while (pe < f.length) {
    let nextEnd = f.indexOf('\n', pe + 1);
    if (nextEnd < 0) nextEnd = f.length;
    const line = f.slice(pe + 1, nextEnd);
    if (line.trim() === '' || BULLET.test(line)) break;
    pe = nextEnd;
  }
  return { start: ps, end: pe };
}

function periodPhrase(
  startMin: number,
  endMin: number | undefined,
  prep: PrepKind,
  arrival: boolean,
): string {
  if (prep === 'deadline' && arrival) return 'in good time';
  if (prep === 'until') {
    if (startMin < 12 * 60) return 'until late morning';
    if (startMin < 15 * 60) return 'until early afternoon';
    if (startMin < 17 * 60) return 'until late afternoon';
    return 'until the evening';
  }
  if (endMin !== undefined && startMin < 12 * 60 && endMin > 13 * 60) return 'during the day';
  if (startMin < 12 * 60) return 'in the morning';
  if (startMin < 13 * 60 && (endMin === undefined || endMin <= 14 * 60)) return 'in the middle of the day';
  if (startMin < 17 * 60) return 'in the afternoon';
  return 'in the evening';
}

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
