// Clock times in text: one linear pass finds time-like atoms ("9.30", "6pm", "half past two", "noon",
// a bare "5") with their hour and minute, for the event-timing rule (rules/event-timing.ts), which
// joins them into ranges and judges each against its clause, sentence and paragraph.

import * as W from '../data/event-timing-words';

export type AtomKind =
  | 'clock' // 9.30, 18:30
  | 'meridiem' // 6pm, 6.30 p.m., 12 noon
  | 'spoken' // half past two, quarter to four, 3 o'clock, 4ish
  | 'noon' // noon, midday (needs a preposition)
  | 'half' // half six (needs a preposition)
  | 'minuteTo' // twenty to two (needs a preposition)
  | 'bare'; // 5, five (needs a preposition and an event, or a range)

export interface Atom {
  start: number;
  end: number;
  kind: AtomKind;
  /** The hour as written (0–23). */
  hour: number;
  minute: number;
  meridiem?: 'am' | 'pm';
  digits: boolean;
}

const TIME_NOUNS = new Set(W.TIME_NOUNS);
const UNIT_WORDS = new Set(W.UNIT_WORDS);
const NOT_TIME_BEFORE = new Set(W.NOT_TIME_BEFORE);
const FINE_FOLLOWERS = new Set(W.FINE_FOLLOWERS);
const DATE_BEFORE = new Set(W.DATE_BEFORE);
const BIBLE_BOOKS = new Set(W.BIBLE_BOOKS);

/** Every match of a global regex, in order. */
export function eachMatch(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
}

const CLOCK_PREPS = new Set([
  'at',
  'from',
  'until',
  'till',
  'til',
  "'til",
  'by',
  'around',
  'about',
  'between',
]);

// ---------------------------------------------------------------------------------------------------
// Atoms.

const NUMBER_HEAD = /^(\d{1,4})(?:([.:])(\d{2})(?!\d))?/;
const SUFFIX =
  /^( ?)(a\.m\.|p\.m\.|a\.m|p\.m|am|pm|hrs|hr|h|-?ish|o' ?clock|oclock|o clock|noon|midday)(?![a-z0-9])/;

const HW = Object.keys(W.HOUR_WORDS).join('|');
const H = `(?:${HW}|1[0-2]|0?[1-9])`;
const SPOKEN_MINUTES =
  'five|ten|fifteen|twenty|twenty[- ]five|thirty|thirty[- ]five|forty|forty[- ]five|fifty|fifty[- ]five';
const WORD_TIME = new RegExp(
  "(?<![a-z0-9'])(?:" +
    `(?<mw>a quarter|quarter|half|twenty[- ]five|twenty|ten|five) (?<dir>past|to) (?<ph>${H})` +
    `|half (?<hh>${H})` +
    `|(?<sh>${HW}) (?:o' ?|oh )?(?<sm>${SPOKEN_MINUTES})` +
    `|(?<oh>${HW})(?: ?-?ish| ?o' ?clock| ?oclock| o clock)` +
    '|(?<tn>twelve ?(?:noon|midday))' +
    '|(?<nw>noon|midday|midnight)' +
    `|(?<bw>${HW})` +
    ')(?![a-z0-9])',
  'g',
);
const SPOKEN_MINUTE_VALUES: Readonly<Record<string, number>> = {
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty five': 25,
  thirty: 30,
  'thirty five': 35,
  forty: 40,
  'forty five': 45,
  fifty: 50,
  'fifty five': 55,
};

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[a-z0-9_]/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

export function hourValue(s: string): number {
  return W.HOUR_WORDS[s] ?? Number.parseInt(s, 10);
}

/** The word just before `pos` (letters, digits, apostrophes, hyphens), skipping spaces. */
export function wordBefore(f: string, pos: number): { word: string; start: number } {
  let i = pos;
  while (i > 0 && (f[i - 1] === ' ' || f[i - 1] === '\t')) i--;
  const end = i;
  while (i > 0 && /[a-z0-9'£-]/.test(f[i - 1]!)) i--;
  return { word: f.slice(i, end), start: i };
}

/** The word just after `pos`, skipping spaces ('' at punctuation or the end). */
export function wordAfter(f: string, pos: number): string {
  let i = pos;
  while (i < f.length && (f[i] === ' ' || f[i] === '\t')) i++;
  const m = /^[a-z][a-z']*/.exec(f.slice(i, i + 24));
  return m ? m[0] : '';
}

/** What follows reads like the end of a time phrase, not a noun: "at 5, …", "at 5 on Friday". */
export function followerFine(f: string, pos: number): boolean {
  let i = pos;
  while (i < f.length && (f[i] === ' ' || f[i] === '\t')) i++;
  if (i >= f.length) return true;
  const c = f[i]!;
  if (/[a-z]/.test(c)) {
    const w = wordAfter(f, i);
    // "9am till 12 each day": a routine, not a price.
    if (w === 'each') return TIME_NOUNS.has(wordAfter(f, i + w.length));
    return FINE_FOLLOWERS.has(w);
  }
  if (isDigit(c)) return false;
  if ('-/:.,'.includes(c)) {
    let j = i + 1;
    while (j < f.length && f[j] === ' ') j++;
    // "at 2-2", "5/6", "4.5": another number follows, so this is a score or a measure.
    if (isDigit(f[j]) && (c !== '-' || j === i + 1 || /\d/.test(f[j + 1] ?? ''))) return false;
    if (c === '-' && isDigit(f[j])) return false;
  }
  if (c === '%') return false;
  return true;
}

function digitAtom(f: string, i: number): Atom | null {
  const prev = f[i - 1];
  if (isWordChar(prev)) return null;
  if (prev !== undefined && '£$€#@+'.includes(prev)) return null;
  if (prev !== undefined && './:,'.includes(prev) && isDigit(f[i - 2])) return null;
  if (prev === ' ' && '£$€'.includes(f[i - 2] ?? '')) return null;
  const head = NUMBER_HEAD.exec(f.slice(i, i + 8));
  if (!head) return null;
  const num = head[1]!;
  const sep = head[2];
  let end = i + head[0].length;
  const suf = SUFFIX.exec(f.slice(end, end + 12));
  let suffix = suf ? suf[2]! : '';
  if (suf) end += suf[0].length;
  // What comes right after must not glue the number to something else.
  const next = f[end];
  if (isWordChar(next)) return null;
  if (next !== undefined && './:,'.includes(next) && isDigit(f[end + 1])) return null;
  if (next === '%' || (next === ' ' && f[end + 1] === '%')) return null;

  let hour: number;
  let minute = 0;
  let kind: AtomKind;
  let meridiem: 'am' | 'pm' | undefined;
  if (suffix.startsWith('a')) meridiem = 'am';
  else if (suffix.startsWith('p')) meridiem = 'pm';
  if (sep) {
    if (num.length > 2) return null;
    hour = Number.parseInt(num, 10);
    minute = Number.parseInt(head[3]!, 10);
    if (minute > 59 || hour > 23) return null;
  } else if (num.length <= 2) {
    hour = Number.parseInt(num, 10);
  } else {
    // "930am", "1830hrs"
    if (!meridiem && !suffix.startsWith('h')) return null;
    const v = Number.parseInt(num, 10);
    hour = Math.floor(v / 100);
    minute = v % 100;
    if (minute > 59 || hour > 23) return null;
  }
  if (suffix.startsWith('h')) {
    // "18:30hrs", "0830h" are 24-hour times; "2 hrs" is a duration.
    if (!(num.length >= 3 || (sep && (hour >= 13 || num.startsWith('0'))))) return null;
    kind = 'clock';
    suffix = '';
  } else if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    kind = 'meridiem';
  } else if (suffix === 'noon' || suffix === 'midday') {
    if (hour !== 12 || minute !== 0) return null;
    kind = 'meridiem';
    meridiem = 'pm';
  } else if (suffix) {
    // ish, o'clock
    if (hour < 1 || hour > 12 || (suffix.includes('clock') && sep)) return null;
    kind = 'spoken';
  } else if (sep) {
    kind = 'clock';
  } else {
    if (hour < 1 || hour > 12) return null;
    kind = 'bare';
  }

  if (kind !== 'meridiem') {
    const before = wordBefore(f, i).word;
    if (NOT_TIME_BEFORE.has(before)) return null;
    if (sep && BIBLE_BOOKS.has(before)) return null;
    if (sep === ':' && /\bratio\b/.test(f.slice(Math.max(0, i - 60), i))) return null;
    const unit = wordAfter(f, end);
    if (
      UNIT_WORDS.has(unit) &&
      !(
        (unit === 'each' || unit === 'per') &&
        TIME_NOUNS.has(wordAfter(f, f.indexOf(unit, end) + unit.length))
      )
    ) {
      return null;
    }
    // "Friday 12.06" and "ends 20.07" are dates: times are written to the five minutes.
    if (sep === '.' && minute >= 1 && minute <= 12 && !CLOCK_PREPS.has(before)) {
      if (DATE_BEFORE.has(before) || minute % 5 !== 0 || hour > 12) return null;
    }
  }
  return { start: i, end, kind, hour, minute, ...(meridiem ? { meridiem } : {}), digits: true };
}

function wordAtom(m: RegExpExecArray): Atom | null {
  const start = m.index;
  const end = start + m[0].length;
  const g = m.groups ?? {};
  if (g.mw && g.dir && g.ph) {
    const mins = W.MINUTE_WORDS[g.mw.replace('-', ' ')] ?? 0;
    const h = hourValue(g.ph);
    if (g.dir === 'past') return { start, end, kind: 'spoken', hour: h, minute: mins, digits: false };
    if (g.mw === 'half') return null;
    const kind: AtomKind = mins === 15 ? 'spoken' : 'minuteTo';
    return { start, end, kind, hour: h === 1 ? 12 : h - 1, minute: 60 - mins, digits: false };
  }
  if (g.hh) return { start, end, kind: 'half', hour: hourValue(g.hh), minute: 30, digits: false };
  if (g.sh && g.sm) {
    // "six thirty": needs a preposition, like "half six".
    const minute = SPOKEN_MINUTE_VALUES[g.sm.replace('-', ' ')] ?? 0;
    return { start, end, kind: 'half', hour: hourValue(g.sh), minute, digits: false };
  }
  if (g.oh) return { start, end, kind: 'spoken', hour: hourValue(g.oh), minute: 0, digits: false };
  if (g.tn) return { start, end, kind: 'meridiem', hour: 12, minute: 0, meridiem: 'pm', digits: false };
  if (g.nw) return { start, end, kind: 'noon', hour: g.nw === 'midnight' ? 0 : 12, minute: 0, digits: false };
  if (g.bw) return { start, end, kind: 'bare', hour: hourValue(g.bw), minute: 0, digits: false };
  return null;
}

export function findAtoms(f: string): Atom[] {
  const atoms: Atom[] = [];
  let skipUntil = -1;
  for (const m of f.matchAll(/\d+/g)) {
    if (m.index < skipUntil) continue;
    const atom = digitAtom(f, m.index);
    if (atom) {
      atoms.push(atom);
      skipUntil = atom.end;
    }
  }
  eachMatch(WORD_TIME, f, (m) => {
    const atom = wordAtom(m);
    if (atom) atoms.push(atom);
  });
  atoms.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Atom[] = [];
  let lastEnd = -1;
  for (const a of atoms) {
    if (a.start < lastEnd) continue;
    out.push(a);
    lastEnd = a.end;
  }
  return out;
}

/**
 * Minutes after midnight as a parent would read it. Without am/pm, the clause decides ("each morning",
 * "tonight"); failing that, 1–7 is afternoon and 8–11 morning.
 */
export function minutesOf(a: Atom, partner: Atom | undefined, hint: 'am' | 'pm' | undefined): number {
  if (a.kind === 'noon') return a.hour * 60;
  let h = a.hour;
  let mer = a.meridiem;
  // "2-3pm" is afternoon, "11-1pm" starts in the morning, "9-11am" is morning.
  if (!mer && partner?.meridiem && h <= 12) {
    mer = partner.meridiem === 'am' || h % 12 > partner.hour % 12 ? 'am' : 'pm';
  }
  if (!mer && h >= 1 && h <= 11) mer = hint;
  if (mer === 'am') h = h % 12;
  else if (mer === 'pm') h = (h % 12) + 12;
  else if (h >= 1 && h <= 7) h += 12;
  return h * 60 + a.minute;
}
