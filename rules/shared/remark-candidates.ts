// The disparaging clause scorer's first, cheap pass over a whole field (the scoring itself is
// ./remark-score.ts): where its cues, judging words, quotation marks, eye-roll emoji and short tails
// fall, and which sentences could reach the threshold at all. Only those are searched for targets and
// weighed, as finding targets is the costly part. The cues are compiled here too, for rules that scan
// for them in their own pass (./remark-patterns.ts).

import type { FieldView } from '../../src/engine/rule';
import {
  EXASPERATED_TAIL,
  CUE_LISTS,
  CUES,
  IRONIC_TAIL,
  WEARY_TAIL,
  type Cue,
} from '../data/disparaging-cues';
import { LISTS } from '../data/disparaging-terms';
import { attributed, bySentence, echoes, opens, QUOTE_RE, WORD_WEIGHT, wordCounts } from './remark-evidence';
import { wordsOf } from './phrase-index';
import { sentenceIndexAt, type Sentence, type Span } from './remarks';

const IRONY_EMOJI =
  /[\u{1F644}\u{1F643}\u{1F612}\u{1F926}\u{1F937}\u{1F624}\u{1F620}\u{1F621}\u{1F92C}\u{1F611}]/u;
const IRONY_EMOJI_ALL = new RegExp(IRONY_EMOJI.source, 'gu');

/** The word lists the cue patterns name, with the shared ones. */
export const CUE_LISTS_ALL = { ...LISTS, ...CUE_LISTS };
/** The scorer's cues as phrase-index items, for a rule that scans its own patterns in the same pass. */
export const CUE_ITEMS: readonly { type: 'cue'; cue: Cue; pattern: string }[] = CUES.map((cue) => ({
  type: 'cue',
  cue,
  pattern: cue.pattern,
}));

export interface CueMatch extends Span {
  item: { cue: Cue };
}
export const IRONIC_TAIL_RE = new RegExp(
  IRONIC_TAIL.source.replace('{ironicPraise}', CUE_LISTS.ironicPraise.join('|')),
  IRONIC_TAIL.flags,
);
export const SHORT = 5;
/** A tail may be a little longer: "The clue is in the name." */
export const TAIL = 6;

export interface CueHit {
  start: number;
  cue: Cue;
}

export interface WordHit {
  start: number;
  word: string;
  weight: number;
}

/** What the first pass found, by sentence index, for the scorer to weigh. */
export interface Candidates {
  /** The sentences worth scoring, in order: those that could reach the threshold, and the sentence
   * before each short one (which carries on from it). */
  toScore: number[];
  cueHits: Map<number, CueHit[]>;
  /** Judging words, outside quotations put to someone. */
  words: Map<number, WordHit[]>;
  /** Sentences with quotation marks that may be scare quotes. */
  quoteSentences: Set<number>;
  /** Sentences with an eye-roll emoji. */
  ironySentences: Set<number>;
  /** How many words each sentence has. */
  wc: number[];
  /** Sentence i folded, without emoji and most punctuation (memoised). */
  bare: (i: number) => string;
}

/**
 * The sentences of a field that could score `threshold` or more, with what was found on the way;
 * undefined when none could.
 */
export function findCandidates(
  field: FieldView,
  sentences: Sentence[],
  /** The cues' matches: the caller scans for them with its own patterns, in one pass (see CUE_ITEMS). */
  cues: readonly CueMatch[],
  threshold: number,
): Candidates | undefined {
  const { plain, folded } = field.text;
  if (!sentences.length) return undefined;
  // Cheap passes over the whole text first: cues, judging words, quotation marks.
  const cueHits = bySentence(
    cues.map((h) => ({ start: h.start, cue: h.item.cue })),
    sentences,
  );
  const { quoteSentences, spoken } = findQuotes(plain, sentences);
  const words = bySentence(judgingWordHits(folded, spoken), sentences);
  const wc = wordCounts(field, sentences);
  const bares = new Map<number, string>();
  const bare = (i: number): string => {
    let b = bares.get(i);
    if (b === undefined) {
      b = folded
        .slice(sentences[i]!.start, sentences[i]!.end)
        .replace(/[^\p{L}\p{N}\s.?,'…-]+/gu, '')
        .trim();
      bares.set(i, b);
    }
    return b;
  };
  const ironySentences = new Set<number>();
  for (const m of plain.matchAll(IRONY_EMOJI_ALL)) ironySentences.add(sentenceIndexAt(sentences, m.index));

  const cand = new Set<number>(quoteSentences);
  for (const [i, hits] of cueHits) if (hits.some((h) => h.cue.role !== 'stance')) cand.add(i);
  // Judging words alone reach the threshold only when strong, or leant on by a stance or an eye-roll.
  for (const [i, hits] of words) {
    const sum = hits.reduce((n, h) => n + h.weight, 0);
    const lean = (cueHits.get(i)?.length ? 1.5 : 0) + (ironySentences.has(i) ? 1 : 0);
    if (sum + lean >= threshold - 1) cand.add(i);
  }
  const tails = new Set<number>();
  sentences.forEach((_, i) => {
    if (i === 0 || wc[i]! > TAIL) return;
    const b = bare(i);
    if (
      IRONIC_TAIL_RE.test(b) ||
      WEARY_TAIL.test(b) ||
      EXASPERATED_TAIL.test(b) ||
      echoes(folded, sentences, i, wc)
    )
      tails.add(i);
  });
  for (const i of tails) cand.add(i);
  if (!cand.size) return undefined;
  // The most a sentence could score (every cue's needs met, a full target, no softening): sentences
  // that cannot reach the threshold are not looked at again, nor searched for targets.
  const best = new Map<number, number>();
  const bestEvidence = (i: number): number => {
    let e = Math.min(
      3,
      (words.get(i) ?? []).reduce((n, h) => n + h.weight, 0),
    );
    let grievance = 0;
    let device = 0;
    for (const { cue } of cueHits.get(i) ?? []) {
      if (cue.role === 'grievance') grievance += cue.weight;
      else if (cue.role === 'device') device += cue.weight;
    }
    e +=
      Math.min(3, grievance + 1) +
      Math.min(4, device) +
      (quoteSentences.has(i) ? 1.5 : 0) +
      (tails.has(i) ? 2.5 : 0);
    return e;
  };
  const reach = (i: number): number => {
    let r = best.get(i);
    if (r === undefined) {
      const stance = Math.min(
        1.5,
        (cueHits.get(i) ?? []).reduce((n, h) => n + (h.cue.role === 'stance' ? h.cue.weight : 0), 0),
      );
      const carry = i > 0 && wc[i]! <= SHORT ? bestEvidence(i - 1) : 0;
      r = bestEvidence(i) + carry + stance + (ironySentences.has(i) ? 1 : 0) + 1;
      best.set(i, r);
    }
    return r;
  };
  for (const i of [...cand]) if (reach(i) < threshold) cand.delete(i);
  if (!cand.size) return undefined;
  // A short sentence carries on the one before it, so score that one too.
  for (const i of [...cand]) if (i > 0 && wc[i]! <= TAIL) cand.add(i - 1);
  return {
    toScore: [...cand].sort((a, b) => a - b),
    cueHits,
    words,
    quoteSentences,
    ironySentences,
    wc,
    bare,
  };
}

/** Sentences with quotation marks that open as quotes, and the quotations put to someone. */
function findQuotes(
  plain: string,
  sentences: Sentence[],
): { quoteSentences: Set<number>; spoken: [number, number][] } {
  const quoteSentences = new Set<number>();
  const spoken: [number, number][] = []; // quotations put to someone: "'a dreadful day' as Sam said"
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(plain); m; m = QUOTE_RE.exec(plain)) {
    if (!opens(plain, m.index)) QUOTE_RE.lastIndex = m.index + 1;
    else if (attributed(plain, m.index + m[0].length)) spoken.push([m.index, m.index + m[0].length]);
    else quoteSentences.add(sentenceIndexAt(sentences, m.index));
  }
  return { quoteSentences, spoken };
}

/** Every judging word of the text (a possessive read as its noun), but those in `spoken` quotations. */
function judgingWordHits(folded: string, spoken: readonly [number, number][]): WordHit[] {
  const wordHits: WordHit[] = [];
  for (const w of wordsOf(folded)) {
    if (spoken.some(([a, b]) => w.start >= a && w.start < b)) continue;
    const word = w.text.endsWith("'s")
      ? w.text.slice(0, -2)
      : w.text.endsWith("'")
        ? w.text.slice(0, -1)
        : w.text;
    const weight = WORD_WEIGHT.get(word);
    if (weight) wordHits.push({ start: w.start, word, weight });
  }
  return wordHits;
}
