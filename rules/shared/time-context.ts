// What event-timing judges a time by: its clause, sentence and paragraph, the preposition before it,
// whether its verb is past, and the word lists those tests read, compiled once. The rule itself
// (rules/event-timing.ts) reads them through time-candidates.ts and time-exclusions.ts.

import * as W from '../data/event-timing-words';
import { eachMatch, wordBefore } from './clock-times';

// ---------------------------------------------------------------------------------------------------
// Word lists compiled once.

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Any of the phrases as whole words; spaces match any run of spaces. */
export function phrases(list: readonly string[], flags = ''): RegExp {
  const alts = [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ /g, '\\s+'));
  return new RegExp(`(?<![a-z0-9])(?:${alts.join('|')})(?![a-z0-9])`, flags);
}

export const EVENT_RE = phrases(W.EVENT_WORDS);
export const PAST_ALL = phrases(W.PAST_WORDS, 'g');
export const PRESENT_ALL = phrases([...W.PRESENT_WORDS, "we'll", "you'll", "they'll", "it'll", "i'll"], 'g');
export const OFFICE_NOUN_ALL = phrases(W.OFFICE_NOUNS, 'g');
export const RACE_RESULT_BEFORE_RE = /\(\s*(?:=?\d{1,3}(?:st|nd|rd|th)|pb|time)\s*[,:;–-]?\s*$/;
export const OFFICE_VERB_ALL = phrases(W.OFFICE_VERBS, 'g');
export const STAFFED_ALL = phrases(W.STAFFED_WORDS, 'g');
export const SALE_NOUN_RE = phrases(W.SALE_NOUNS);
export const TECH_NOUN_RE = phrases(W.TECH_NOUNS);
export const TECH_VERB_RE = phrases(W.TECH_VERBS);
export const SALE_VERB_RE = phrases(W.SALE_VERBS);
export const DEADLINE_OBJECT_RE = phrases(W.DEADLINE_OBJECTS);
export const ARRIVAL_RE = phrases(W.ARRIVAL_WORDS);
export const GOOD_TIME_RE = phrases(W.GOOD_TIME_WORDS);
export const DEADLINE_BACK_RE = new RegExp(`\\b(?:${W.DEADLINE_LEADS.join('|')})\\s+back\\b`, 'g');
export const DEADLINE_WORD_RE = phrases(['deadline', 'closing date', 'latest date']);
export const DUE_RE = /(?<![a-z])due(?![a-z])/;
export const DAY = '(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?|(?:wednes|satur)day';
/** "by Friday 3pm", "before next Monday, 9am": a deadline preposition with a day in between. */
export const DEADLINE_DAY_RE = new RegExp(
  `(?<![a-z])(?:by|before|no later than)\\s+(?:(?:this|next)\\s+)?(?:${DAY})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s+[a-z]{3,9})?)?[\\s,]*(?:at\\s+)?$`,
);
export const DAY_BEFORE_RE = new RegExp(`(?<![a-z])(?:${DAY}|today|tomorrow|tonight)[\\s,:]*$`);
export const MORNING_RE = phrases(W.MORNING_WORDS);
export const EVENING_RE = phrases(W.EVENING_WORDS);
export const ADULTS_ALL = phrases(W.ADULTS_ONLY, 'g');
export const ADULT_EVENT_ALL = new RegExp(
  `${phrases(W.ADULT_EVENTS).source}|(?<![a-z0-9])(?:${W.ADULT_EVENT_NOUNS.map(escapeRe).join('|')})\\s+for\\s+(?:[a-z0-9']+\\s+){0,2}?(?:${W.ADULT_AUDIENCES.join('|')})(?![a-z0-9])`,
  'g',
);
export const PUPIL_COMMITTEE_BEFORE_RE = new RegExp(
  `(?:^|[^a-z0-9'])(?:${W.PUPIL_COMMITTEES.map(escapeRe).join('|')})\\s+$`,
);
export const WELCOME_ALL = phrases(W.CHILDREN_WELCOME, 'g');
export const PUPIL_ALL = phrases(W.PUPIL_WORDS, 'g');
export const NON_EVENT_CLOCK_ALL = phrases(W.NON_EVENT_CLOCKS, 'g');
export const NON_EVENT_GAP_RE = new RegExp(
  `^(?:[\\s,:;/&()+.-]|\\d|(?:${[...W.NON_EVENT_FILLERS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?![a-z]))*$`,
);
export const BROADCAST_ALL = phrases(W.BROADCAST_WORDS, 'g');
export const LIVE_ALL = phrases(W.LIVE_WORDS, 'g');
export const TIMETABLE_ALL = phrases(W.TIMETABLE_WORDS, 'g');
export const PUZZLE_ALL = new RegExp(
  `(?<![a-z0-9])(?:${[...W.PUZZLE_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRe(p).replace(/ /g, '\\s+'))
    .join('|')})`,
  'g',
);
export const CLOCK_LESSON_ALL = phrases(W.CLOCK_LESSON_WORDS, 'g');
export const HYPOTHETICAL_ALL = phrases(W.HYPOTHETICAL_WORDS, 'g');
export const QUESTION_ALL = phrases(W.QUESTION_WORDS, 'g');
export const QUESTION_MARK = /\?/g;
export const THANKS_FOR_RE =
  /(?<![a-z])(?:thank\s+you|thanks|thank-you)(?:\s+(?:all|so\s+much|very\s+much|everyone|again|to\s+everyone|to\s+all))*\s+for\s+(?:[a-z]+ing|all\s+[a-z]+ing)(?![a-z])/g;
export const NEWLINE = /\n/g;
export const CLAUSE_REACH = 240;
/** Words between an adult event and a time after it that make the event a reason, not the event. */
export const REASON_RE =
  /(?<![a-z])(?:because|due to|owing to|for|as|so|after|following|while|during)(?![a-z])/;
export const ROUTINE_RE = phrases(W.ROUTINE_WORDS);
export const TIME_LEAD_RE = new RegExp(`(?<![a-z0-9])(?:${W.TIME_LEADS.map(escapeRe).join('|')})\\s*:?\\s*$`);
export const HALF_LEAD_RE = new RegExp(
  `(?<![a-z0-9'])(?:${W.HALF_LEADS.map(escapeRe).join('|')})\\s*:?\\s*$`,
);

export const COUNT_BEFORE = new Set(W.COUNT_BEFORE);
export const NOT_PAST = new Set(W.NOT_PAST_PARTICIPLES);
export const IRREGULAR_PAST = new Set(W.IRREGULAR_PAST);
export const NOON_NOUNS = new Set(W.NOON_NOUNS);
export const SUBJECT_ED_RE = new RegExp(
  `(?<![a-z0-9])(?:${W.SUBJECTS.join('|')})(?:\\s+\\d{1,2})?\\s+([a-z]{3,}ed|${W.IRREGULAR_PAST_AFTER_SUBJECT.join('|')})(?![a-z0-9])`,
  'g',
);
export const SCORE_CONTEXT_RE = phrases(W.SCORE_CONTEXT);
export const AUXILIARIES = new Set([
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
export const PARTICLES = new Set(['back', 'home', 'off', 'out', 'up', 'away', 'in', 'there', 'here', 'down']);

// ---------------------------------------------------------------------------------------------------
// Clauses.

export const CLAUSE_BREAK =
  /[!?\n;()•|]|\.(?=\s|$)|\s-\s|,\s(?=(?:but|so|and|although|though|whereas|while|which|who|where)\b)|\s(?=but\s)/g;

export interface Breaks {
  starts: number[];
  ends: number[];
}

/** Where every match of a global regex starts and ends, in order. */
function breaksOf(re: RegExp, text: string): Breaks {
  const starts: number[] = [];
  const ends: number[] = [];
  eachMatch(re, text, (m) => {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  });
  return { starts, ends };
}

export const clauseBreaks = (f: string): Breaks => breaksOf(CLAUSE_BREAK, f);

/** The clause around [start, end): from the last break ending at or before start to the next break. */
export function clauseOf(b: Breaks, len: number, start: number, end: number): { start: number; end: number } {
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
export const SENTENCE_BREAK = /[!?\n•|]|\.(?=\s+(?![a-z0-9])|\s*$)/g;

export const sentenceBreaks = (plain: string): Breaks => breaksOf(SENTENCE_BREAK, plain);

// ---------------------------------------------------------------------------------------------------
// Prepositions before the time.

export const PREP_RE =
  /(?:^|[^a-z0-9'])((?:(?:at|from|until|till|by)\s+)?(?:at|from|around|about|approximately|approx\.?|roughly|circa|by|before|after|until|till|til|'til|between|for|no later than|not later than|not before))\s*$/;

export type PrepKind = 'at' | 'deadline' | 'until' | 'between' | 'none';

export interface Prep {
  start: number;
  kind: PrepKind;
  word: string;
}

export function prepBefore(f: string, pos: number): Prep {
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
export const BARE_PREPS = new Set([
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

/** Positions of every match of a global regex, for range look-ups by binary search. */
export class Marks {
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
export function isPast(
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

export const BULLET = /^\s*(?:[•*·▪‣◦-]|\d{1,2}[.)]\s)/;

/** The paragraph around a span: lines up to a blank line; a bulleted line stands alone. */
export function paragraphOf(f: string, start: number, end: number): { start: number; end: number } {
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

export function periodPhrase(
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
