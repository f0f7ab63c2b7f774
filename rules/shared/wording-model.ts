// What the hand-written detectors of the wording rules say about each sentence, as features for the
// sentence model (./sentence-model.ts), and the step that turns the model's odds into remarks.

import type { FieldView } from '../../src/engine/rule';
import { CARE_WORDS } from '../data/confidential-terms';
import { GENERIC, MARKER } from './confidential-scan';
import { identityIn, staffIn } from './people';
import type { CueMatch } from './remark-candidates';
import type { ScoredRemark } from './remark-score';
import { findTargets } from './remark-targets';
import { sentenceIndexAt, type Sentence, type Span } from './remarks';
import { featureName, fieldFeatures, probability, type SentenceModel } from './sentence-model';

export interface KindedSpan extends Span {
  kind: string;
}

const PUBLISHED =
  /\b(?:(?:has|have|had) been|was|were|now|are|is) (?:officially )?(?:published|public|released)\b|\bpublished (?:[\w-]+ ){0,4}(?:results|figures|data|report|scores)|performance tables/;
const NOT_YET_PUBLISHED =
  /\b(?:not|until|till|before|once|when|unpublished|yet to be|awaiting)\b[^.]{0,30}\bpublished/;
const SAID_PUBLISHED = 'published';
const SCORE_STEPS = [1, 2, 3].map((at) => ({ at, feature: `score>=${at}` }));
// The confidential rule's own patterns, without the global flag, so .test() keeps no state.
const MARKER_ONCE = new RegExp(MARKER.source);
const GENERIC_ONCE = new RegExp(GENERIC.source);

/** Which sentences each hand-found remark touches, with the remark's kind. */
function handBySentence(sentences: readonly Sentence[], hand: readonly KindedSpan[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of hand) {
    const a = sentenceIndexAt(sentences, r.start);
    const b = sentenceIndexAt(sentences, Math.max(r.start, r.end - 1));
    for (let i = a; i <= b; i++) if (!out.has(i)) out.set(i, r.kind);
  }
  return out;
}

/** Per sentence: the hand detectors' verdict and the clause scorer's evidence for `disparaging`. */
export function disparagingExtras(
  field: FieldView,
  sentences: readonly Sentence[],
  hand: readonly KindedSpan[],
  scoredSentences: readonly ScoredRemark[],
  cues: readonly CueMatch[],
): string[][] {
  const cueRoles = new Map<number, Set<string>>();
  for (const c of cues) {
    const i = sentenceIndexAt(sentences, c.start);
    const set = cueRoles.get(i) ?? new Set<string>();
    set.add(featureName('cue:', (c.item as { cue: { role: string } }).cue.role));
    cueRoles.set(i, set);
  }
  const byHand = handBySentence(sentences, hand);
  const targetKinds = new Map<number, Set<string>>();
  const all = sentences.map((_, i) => i);
  for (const t of findTargets(field, sentences, all, true)) {
    const i = sentenceIndexAt(sentences, t.start);
    const set = targetKinds.get(i) ?? new Set<string>();
    set.add(t.kind);
    targetKinds.set(i, set);
  }
  const scored = new Map<number, { score: number; parts: Record<string, number> }>();
  for (const r of scoredSentences) {
    const i = sentenceIndexAt(sentences, Math.max(r.start, r.end - 1));
    scored.set(i, { score: r.score, parts: r.parts ?? {} });
  }
  return sentences.map((_, i) => {
    const out: string[] = [];
    const kind = byHand.get(i);
    if (kind) out.push('hand:hit', featureName('hand:', kind));
    const sc = scored.get(i);
    if (sc) {
      for (const t of SCORE_STEPS) if (sc.score >= t.at) out.push(t.feature);
      for (const [k, v] of Object.entries(sc.parts)) if (v > 0) out.push(featureName('part:', k));
    }
    for (const kind of targetKinds.get(i) ?? []) out.push(featureName('target:', kind));
    out.push(...(cueRoles.get(i) ?? []));
    return out;
  });
}

/** Per sentence: the hand detectors' verdict and what the sentence is about, for `confidential`. */
export function confidentialExtras(
  field: FieldView,
  sentences: readonly Sentence[],
  hand: readonly KindedSpan[],
): string[][] {
  const byHand = handBySentence(sentences, hand);
  const { folded } = field.text;
  return sentences.map((s, i) => {
    const out: string[] = [];
    const kind = byHand.get(i);
    if (kind) out.push('hand:hit', featureName('hand:', kind));
    const text = folded.slice(s.start, s.end);
    const who = identityIn(field, s.start, s.end);
    if (who) out.push(featureName('who:', who.staff ? `${who.level}:staff` : who.level));
    if (staffIn(field, s.start, s.end)) out.push('who:staff');
    if (MARKER_ONCE.test(text)) out.push('marker');
    if (GENERIC_ONCE.test(text)) out.push('generic');
    if (CARE_WORDS.test(text)) out.push('care');
    // "Now the results have been published": public, unlike "before the report is published".
    if (PUBLISHED.test(text) && !NOT_YET_PUBLISHED.test(text)) out.push(SAID_PUBLISHED);
    return out;
  });
}

/** Hand-found remarks the model may not overrule: a code or password written out is a secret however
 * ordinary its sentence reads ("The password for the blog is …"). */
export const NEVER_DOUBTED: ReadonlySet<string> = new Set(['secret']);

/**
 * Whether the model may flag a sentence with these detector verdicts: not one a hand detector found
 * already, nor one that says itself that what it tells is published ("now the results are published").
 */
export function modelMayFlag(extras: readonly string[]): boolean {
  return !extras.includes('hand:hit') && !extras.includes(SAID_PUBLISHED);
}

/**
 * What the model says of a field's sentences: those it flags that no hand-found remark covers, and the
 * hand-found remarks it doubts — their sentences read to the model as plainly harmless (odds under
 * `model.veto`), the hand patterns' false alarms on everyday posts.
 */
export function modelVerdicts<T extends KindedSpan>(
  model: SentenceModel,
  field: FieldView,
  sentences: readonly Sentence[],
  extras: readonly string[][],
  hand: readonly T[],
): { flagged: number[]; kept: T[] } {
  const features = fieldFeatures(field, sentences, extras);
  const odds = sentences.map((_, i) => probability(model, features[i]!));
  // The sentences a hand-found remark covers.
  const covered = (h: KindedSpan): number[] => {
    const out: number[] = [];
    const last = sentenceIndexAt(sentences, Math.max(h.start, h.end - 1));
    for (let i = sentenceIndexAt(sentences, h.start); i <= last; i++) out.push(i);
    return out;
  };
  const doubted = (h: KindedSpan): boolean =>
    !NEVER_DOUBTED.has(h.kind) && covered(h).some((i) => odds[i]! < model.veto);
  const kept = hand.filter((h) => !doubted(h));
  const handSentences = new Set(kept.flatMap(covered));
  return {
    flagged: flaggedSentences(model, sentences, odds, (i) => modelMayFlag(extras[i]!), handSentences),
    kept,
  };
}

/**
 * The sentences the model flags: those at its threshold, then, from its lower `join` odds, those next
 * to a flagged or hand-found sentence of the same paragraph (repeatedly, so a run of them joins).
 */
export function flaggedSentences(
  model: SentenceModel,
  sentences: readonly Sentence[],
  odds: readonly number[],
  mayFlag: (i: number) => boolean,
  handSentences: ReadonlySet<number>,
): number[] {
  const on = new Set<number>();
  odds.forEach((o, i) => {
    if (mayFlag(i) && o >= model.threshold) on.add(i);
  });
  const join = model.join ?? model.threshold;
  if (join < model.threshold) {
    const marked = (i: number): boolean => on.has(i) || handSentences.has(i);
    const joins = (i: number, n: number): boolean =>
      !marked(i) &&
      odds[i]! >= join &&
      mayFlag(i) &&
      marked(n) &&
      sentences[n]!.paragraph === sentences[i]!.paragraph;
    // One sweep each way carries a run of such sentences from the remark at either end of it.
    for (let i = 1; i < odds.length; i++) if (joins(i, i - 1)) on.add(i);
    for (let i = odds.length - 2; i >= 0; i--) if (joins(i, i + 1)) on.add(i);
  }
  return [...on].sort((a, b) => a - b);
}

/**
 * The remarks to report: the hand-found ones, and the model's sentences joined to a neighbouring
 * remark or sentence of the same paragraph, so a complaint told over three sentences is one remark.
 */
export function joinRemarks(
  sentences: readonly Sentence[],
  hand: readonly KindedSpan[],
  flagged: readonly { sentence: number; kind: string }[],
): KindedSpan[] {
  type Item = KindedSpan & { first: number; last: number; model: boolean };
  const items: Item[] = [
    ...hand.map((h) => ({
      ...h,
      first: sentenceIndexAt(sentences, h.start),
      last: sentenceIndexAt(sentences, Math.max(h.start, h.end - 1)),
      model: false,
    })),
    ...flagged.map((f) => ({
      start: sentences[f.sentence]!.start,
      end: sentences[f.sentence]!.end,
      kind: f.kind,
      first: f.sentence,
      last: f.sentence,
      model: true,
    })),
  ].sort((a, b) => a.start - b.start);
  const out: Item[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (
      prev &&
      (prev.model || item.model) &&
      item.first <= prev.last + 1 &&
      sentences[item.first]!.paragraph === sentences[prev.last]!.paragraph
    ) {
      prev.end = Math.max(prev.end, item.end);
      prev.last = Math.max(prev.last, item.last);
      if (prev.model && !item.model) prev.kind = item.kind;
      prev.model &&= item.model;
      continue;
    }
    out.push({ ...item });
  }
  return out.map(({ start, end, kind }) => ({ start, end, kind }));
}
