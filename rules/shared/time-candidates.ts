// Which time-like atoms of a text read as a time of day (rules/event-timing.ts, step one): neighbouring
// atoms joined by "-", "to", "until" or "between … and" become one range, and a lone atom counts when
// its kind or its lead says it is a time ("at 6", "doors 6.30", "half past two"). Whether it is the
// time of an event pupils attend is judged afterwards (time-exclusions.ts).

import { followerFine, wordAfter, wordBefore, type Atom } from './clock-times';
import {
  BARE_PREPS,
  COUNT_BEFORE,
  DAY_BEFORE_RE,
  EVENT_RE,
  HALF_LEAD_RE,
  NOON_NOUNS,
  SCORE_CONTEXT_RE,
  TIME_LEAD_RE,
  prepBefore,
} from './time-context';

export interface Candidate {
  /** The time or range as written. */
  timeStart: number;
  timeEnd: number;
  first: Atom;
  last: Atom;
  range: boolean;
}

export interface Span {
  start: number;
  end: number;
}

/** The clause around [start, end), as found by the caller (bounded, so long posts stay linear). */
export type ClauseOf = (start: number, end: number) => Span;

const solid = (a: Atom): boolean => a.kind !== 'bare';
const strong = (a: Atom): boolean => a.kind === 'clock' || a.kind === 'meridiem' || a.kind === 'spoken';
/** "3 to 4 children", "£5-10": a count or a price, not a time. */
const countBefore = (f: string, a: Atom): boolean =>
  COUNT_BEFORE.has(wordBefore(f, a.start).word) || f[a.start - 1] === '£';

/** Whether atoms a and b, with `conn` between them, are one time range. */
function isRange(f: string, a: Atom, b: Atom, conn: string, clause: ClauseOf): boolean {
  const prevWord = wordBefore(f, a.start).word;
  const between = prevWord === 'between';
  if (conn === 'and' && !between) return false;
  if (solid(a) && solid(b)) return strong(a) || strong(b) || conn !== '-';
  if (solid(a) && b.kind === 'bare') return (b.digits || conn !== '-') && followerFine(f, b.end);
  if (a.kind === 'bare' && solid(b)) return !countBefore(f, a) && (a.digits || conn !== '-');
  // Two bare numbers.
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
  return (
    !countBefore(f, a) &&
    followerFine(f, b.end) &&
    (untilish || dayDash || (fromTo && EVENT_RE.test(f.slice(c.start, c.end))))
  );
}

/** Whether a lone atom reads as a time of day. */
function isSingleTime(f: string, a: Atom, clause: ClauseOf): boolean {
  const prep = prepBefore(f, a.start);
  switch (a.kind) {
    case 'clock': {
      // "Half time 10:12", "Results: 1st 9.45": a score, unless a preposition makes it a time.
      const c = clause(a.start, a.end);
      return prep.kind !== 'none' || !SCORE_CONTEXT_RE.test(f.slice(c.start, c.end));
    }
    case 'meridiem':
    case 'spoken':
      return true;
    case 'noon':
      return prep.kind !== 'none' && prep.word !== 'between' && !NOON_NOUNS.has(wordAfter(f, a.end));
    case 'half':
    case 'minuteTo':
      return (
        (prep.kind !== 'none' || HALF_LEAD_RE.test(f.slice(Math.max(0, a.start - 24), a.start))) &&
        followerFine(f, a.end)
      );
    case 'bare': {
      if (!followerFine(f, a.end)) return false;
      const c = clause(a.start, a.end);
      if (prep.kind !== 'none' && BARE_PREPS.has(prep.word)) return EVENT_RE.test(f.slice(c.start, c.end));
      return TIME_LEAD_RE.test(f.slice(Math.max(c.start, a.start - 24), a.start));
    }
  }
  return false;
}

/** The times and ranges among the atoms of the folded text `f`, in order. */
export function findCandidates(f: string, atoms: readonly Atom[], clause: ClauseOf): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    if (b) {
      const rawConn = /^\s*(-|to|until|till|til|'til|and|&)\s*$/.exec(f.slice(a.end, b.start))?.[1];
      const conn = rawConn === '&' ? 'and' : rawConn;
      if (conn && isRange(f, a, b, conn, clause)) {
        candidates.push({ timeStart: a.start, timeEnd: b.end, first: a, last: b, range: true });
        i++;
        continue;
      }
    }
    if (isSingleTime(f, a, clause))
      candidates.push({ timeStart: a.start, timeEnd: a.end, first: a, last: a, range: false });
  }
  return candidates;
}
