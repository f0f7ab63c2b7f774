// A sentence scorer for disparaging remarks: evidence (judging words, sarcasm and put-down devices,
// scare quotes, public grievances) is weighed with who the sentence is about and how the writer leans
// on it (stance adverbs, eye-rolls), then softened by praise, politeness and fiction. A sentence that
// reaches THRESHOLD is a remark. Word lists and patterns are data: rules/data/disparaging-cues.ts.

import type { FieldView } from '../../src/engine/rule';
import {
  BAD_NEWS,
  SPORT,
  EXASPERATED_TAIL,
  PLAYFUL,
  CUE_LISTS,
  CUES,
  FICTION,
  IRONIC_ALONE,
  IRONIC_TAIL,
  ONE_CHILD,
  POLITE,
  WEARY_TAIL,
  type Cue,
} from '../data/disparaging-cues';
import { LISTS, type DisparagingKind, type TargetKind } from '../data/disparaging-terms';
import {
  attributed,
  bySentence,
  echoes,
  judgingWords,
  namedFirst,
  opens,
  praised,
  praiseIn,
  QUOTE_RE,
  scareQuotes,
  WORD_WEIGHT,
  wordCounts,
} from './remark-evidence';
import { findTargets, type Target } from './remark-targets';
import { PhraseIndex, wordsOf } from './phrase-index';
import { sentenceIndexAt, type Sentence, type Span } from './remarks';

export interface ScoredRemark extends Span {
  kind: DisparagingKind;
  score: number;
  /** What went into the score, for tests and tuning. */
  parts?: Record<string, number>;
}

export const THRESHOLD = 3;

const IRONY_EMOJI =
  /[\u{1F644}\u{1F643}\u{1F612}\u{1F926}\u{1F937}\u{1F624}\u{1F620}\u{1F621}\u{1F92C}\u{1F611}]/u;
const IRONY_EMOJI_ALL = new RegExp(IRONY_EMOJI.source, 'gu');

const LISTS_ALL = { ...LISTS, ...CUE_LISTS };
/** The scorer's cues as phrase-index items, for a rule that scans its own patterns in the same pass. */
export const CUE_ITEMS: readonly { type: 'cue'; cue: Cue; pattern: string }[] = CUES.map((cue) => ({
  type: 'cue',
  cue,
  pattern: cue.pattern,
}));
export const CUE_LISTS_ALL = LISTS_ALL;
let ownIndex: PhraseIndex<(typeof CUE_ITEMS)[number]> | undefined;

export interface CueMatch extends Span {
  item: { cue: Cue };
}
const IRONIC_TAIL_RE = new RegExp(
  IRONIC_TAIL.source.replace('{ironicPraise}', CUE_LISTS.ironicPraise.join('|')),
  IRONIC_TAIL.flags,
);
const THINGS =
  /\b(?:food|menu|meals|dinners|lunches|service|response|communication|organi[sz]ation|planning|admin|refereeing|officiating|umpiring)$/;
/** A verdict with no verb, "Absolute cowboys." "Utterly useless, …": the judging word is the whole point. */
const VERDICT =
  /^(?:absolute(?:ly)?|utter(?:ly)?|total(?:ly)?|complete(?:ly)?|sheer)\s+([a-z'-]+)\s*(?:[,.!?…]|$)/;
const SHORT = 5;
/** A tail may be a little longer: "The clue is in the name." */
const TAIL = 6;

interface Evidence {
  /** Judging words, devices, quotes, grievances and tails: what a remark needs at least one of. */
  evidence: number;
}

interface Who {
  weight: number;
  list: Target[];
}

/** The sentences of a field that read as a disparaging remark. */
export function scoreRemarks(
  field: FieldView,
  sentences: Sentence[],
  cues?: readonly CueMatch[],
): ScoredRemark[] {
  return scoreSentences(field, sentences, cues).filter((r) => r.score >= THRESHOLD);
}

/** Scores every sentence of a field that holds any evidence (for tuning: see `parts`). */
export function scoreSentences(
  field: FieldView,
  sentences: Sentence[],
  /** The cues' matches when the caller scanned for them already (see CUE_ITEMS). */
  cues?: readonly CueMatch[],
): ScoredRemark[] {
  const { plain, folded } = field.text;
  if (!sentences.length) return [];
  // Cheap passes over the whole text first: cues, judging words, quotation marks.
  ownIndex ??= new PhraseIndex(CUE_ITEMS, LISTS_ALL);
  const cueHits = bySentence(
    (cues ?? ownIndex.scan(folded, sentences)).map((h) => ({ start: h.start, cue: h.item.cue })),
    sentences,
  );
  const quoteSentences = new Set<number>();
  const spoken: [number, number][] = []; // quotations put to someone: "'a dreadful day' as Sam said"
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(plain); m; m = QUOTE_RE.exec(plain)) {
    if (!opens(plain, m.index)) QUOTE_RE.lastIndex = m.index + 1;
    else if (attributed(plain, m.index + m[0].length)) spoken.push([m.index, m.index + m[0].length]);
    else quoteSentences.add(sentenceIndexAt(sentences, m.index));
  }
  const wordHits: { start: number; word: string; weight: number }[] = [];
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
  const words = bySentence(wordHits, sentences);
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
    if (sum + lean >= THRESHOLD - 1) cand.add(i);
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
  if (!cand.size) return [];
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
  for (const i of [...cand]) if (reach(i) < THRESHOLD) cand.delete(i);
  if (!cand.size) return [];
  // A short sentence carries on the one before it, so score that one too.
  for (const i of [...cand]) if (i > 0 && wc[i]! <= TAIL) cand.add(i - 1);
  const sorted = [...cand].sort((a, b) => a - b);

  const scope = new Set<number>();
  for (const i of sorted) for (let k = Math.max(0, i - (wc[i]! <= TAIL ? 2 : 1)); k <= i; k++) scope.add(k);
  const targetList = findTargets(
    field,
    sentences,
    [...scope].sort((a, b) => a - b),
    true,
  );
  const targetsBySentence = bySentence(targetList, sentences);
  const targetsOf = (i: number): Target[] => targetsBySentence.get(i) ?? [];
  // Each target read once: ours ("our Year 6s") and grown-up (not pupils, pronouns, or what a body
  // serves: "the food", "the menu").
  const owns = new Map<Target, boolean>();
  const grownUps = new Map<Target, boolean>();
  for (const t of targetList) {
    owns.set(
      t,
      (t.kind === 'pupils' || t.kind === 'staff') &&
        /\b(?:our|my)\s+(?:\S+\s+)?$/.test(folded.slice(Math.max(0, t.start - 16), t.start)),
    );
    grownUps.set(
      t,
      t.kind !== 'pupils' && t.kind !== 'pronoun' && !THINGS.test(folded.slice(t.start, t.end)),
    );
  }
  const own = (t: Target): boolean => owns.get(t) ?? false;
  const grownUp = (t: Target): boolean => grownUps.get(t) ?? false;
  const weightOf = (t: Target): number => (t.kind === 'pronoun' || own(t) ? 0.5 : 1);

  /** Who sentence i is about: its own targets, or those of the sentence(s) before it in the paragraph. */
  const about = (i: number): Who => {
    const s = sentences[i]!;
    const here = targetsOf(i);
    if (here.some((t) => t.kind !== 'pronoun'))
      return { weight: Math.max(...here.map(weightOf)), list: here };
    for (let back = 1; back <= (wc[i]! <= TAIL ? 2 : 1); back++) {
      const p = sentences[i - back];
      if (!p || p.paragraph !== s.paragraph) break;
      const there = targetsOf(i - back).filter((t) => t.kind !== 'pronoun');
      if (there.length)
        return { weight: Math.max(...there.map(weightOf)) * (back === 1 ? 0.75 : 0.5), list: there };
    }
    return { weight: here.length ? 0.5 : 0, list: here };
  };

  const praiseMemo = new Map<number, number[]>();
  const praiseOf = (i: number): number[] => {
    let p = praiseMemo.get(i);
    if (!p) praiseMemo.set(i, (p = praiseIn(folded, sentences[i]!)));
    return p;
  };
  const evidenceOf = new Map<number, Evidence>();
  const out: ScoredRemark[] = [];
  for (const i of sorted) {
    const s = sentences[i]!;
    const text = folded.slice(s.start, s.end);
    const short = wc[i]! <= SHORT;
    const quoteAt = quoteSentences.has(i) ? scareQuotes(plain, folded, s) : [];
    const quoted = quoteAt.length > 0;
    const at: number[] = [...quoteAt]; // where the evidence is: praise softens only in those clauses
    const found = about(i);
    // Scare quotes mock somebody's words, so they stand for a target of their own.
    const who = quoted && found.weight < 0.5 ? { ...found, weight: 0.5 } : found;
    const adult = who.list.some(grownUp);
    const irony = ironySentences.has(i);
    let aboutChild: boolean | undefined;
    const child = (): boolean =>
      (aboutChild ??=
        ONE_CHILD.test(text) ||
        field.mentions.some((m) => m.start < s.end && m.end > s.start) ||
        namedFirst(field, s));
    let repeated = false;
    let stance = 0;
    let grievance = 0;
    let device = 0;
    let ironic = quoted; // praise around scare quotes is the sarcasm: "Congratulations on your 'fair play' award"
    let sarcasm = quoted;
    const counted = new Map<Cue, number>();
    for (const { cue, start: cueAt } of cueHits.get(i) ?? []) {
      // The same cue counts at most twice in a sentence ("two emails later, still no reply").
      const times = counted.get(cue) ?? 0;
      if (times >= 2 || (cue.role === 'stance' && times >= 1)) continue;
      if (cue.unless?.test(text)) continue;
      if (cue.needs === 'target' && !who.weight) continue;
      if (cue.needs === 'adult' && !adult) continue;
      if (cue.needs === 'body' && !who.list.some((t) => t.kind === 'organisation' && grownUp(t))) continue;
      if (cue.repeat) repeated = true;
      if (cue.conduct && child()) continue;
      counted.set(cue, times + 1);
      if (cue.role !== 'stance') at.push(cueAt);
      if (cue.role === 'stance') stance += cue.weight;
      else if (cue.role === 'grievance') grievance += cue.weight;
      else {
        device += cue.weight;
        sarcasm = true;
      }
      if (cue.ironic) ironic = true;
    }
    // Bad news about a grown-up or a body, again: "Yet again the caterers forgot the puddings."
    if (repeated && adult && BAD_NEWS.test(text) && !SPORT.test(text)) grievance += 1;
    stance = Math.min(stance, 1.5);
    grievance = Math.min(grievance, 3);
    device = Math.min(device, 4);
    const quotes = quoted ? 1.5 : 0;
    const judged = FICTION.test(text)
      ? 0
      : judgingWords(
          at,
          folded,
          s,
          words.get(i) ?? [],
          targetsOf(i),
          adult,
          short && who.weight > 0,
          child,
          PLAYFUL.test(plain.slice(s.start, s.end)),
        );
    // "Absolute cowboys." said of the people of this sentence or the ones before.
    const verdict = who.weight > 0 && !FICTION.test(text) ? VERDICT.exec(bare(i)) : null;
    const verdictWeight = verdict ? (WORD_WEIGHT.get(verdict[1]!.replace(/'s?$/, '')) ?? 0) : 0;
    const verdictBoost = verdictWeight && !child() ? 1.5 + (judged ? 0 : verdictWeight / 2) : 0;
    // A flat short tail after a let-down: "Classy." "Professional, eh?" "Again."
    let tail = 0;
    const prev = sentences[i - 1];
    const sameParagraph = !!prev && prev.paragraph === s.paragraph;
    if (sameParagraph && wc[i]! <= TAIL && who.weight) {
      const b = bare(i);
      const flat = !plain.slice(s.start, s.end).includes('!') || irony;
      const letDown =
        (evidenceOf.get(i - 1)?.evidence ?? 0) > 0 ||
        // "…parked on the zig-zags again. We all saw. Genius.": the let-down two sentences back.
        (wc[i - 1]! <= TAIL &&
          sentences[i - 2]?.paragraph === s.paragraph &&
          (evidenceOf.get(i - 2)?.evidence ?? 0) > 0) ||
        (BAD_NEWS.test(folded.slice(prev.start, prev.end)) &&
          !SPORT.test(folded.slice(prev.start, prev.end)) &&
          about(i - 1).list.some(grownUp));
      const warm = praised(plain, prev, praiseOf(i - 1), adult, [prev.start, prev.end]);
      if (flat && IRONIC_TAIL_RE.test(b) && (letDown || irony || IRONIC_ALONE.test(b))) {
        tail = 2.5;
        ironic = sarcasm = true;
      } else if (WEARY_TAIL.test(b) && (letDown || irony)) {
        // "Typical." after a complaint already made is a sigh at them; after mere bad news, less so.
        tail = (evidenceOf.get(i - 1)?.evidence ?? 0) > 0 ? 2.5 : 2;
        sarcasm = true;
      } else if (flat && !warm && (EXASPERATED_TAIL.test(b) || echoes(folded, sentences, i, wc))) {
        // "Come on." "Twenty. Minutes.": exasperation at the people of the sentence before.
        tail = 2.5;
        ironic = sarcasm = true;
      }
      if (tail) at.push(s.start);
    }
    let evidence = judged + verdictBoost + grievance + device + quotes + tail;
    evidenceOf.set(i, { evidence });
    if (evidence <= 0) continue;
    // A short follow-up carries on the sentence before it: "We're still waiting. Four months later."
    const carried = !tail && sameParagraph && short ? (evidenceOf.get(i - 1)?.evidence ?? 0) : 0;
    evidence += carried;
    let score = evidence + stance + (irony ? 1 : 0) + who.weight;
    const praise = praised(plain, s, praiseOf(i), adult, at);
    if (praise && !ironic && !irony) score -= 2;
    const polite = POLITE.test(text) && device < 2.5;
    if (polite) score -= 1.5;
    out.push({
      start: (tail || carried) && prev ? prev.start : s.start,
      end: s.end,
      score,
      kind: kindOf(who.list, sarcasm),
      parts: {
        words: judged + verdictBoost,
        grievance,
        device,
        quotes,
        tail,
        carried,
        stance,
        irony: irony ? 1 : 0,
        who: who.weight,
        praise: praise ? 1 : 0,
        polite: polite ? 1 : 0,
      },
    });
  }
  return out;
}

function kindOf(list: Target[], sarcasm: boolean): DisparagingKind {
  if (sarcasm) return 'sarcasm';
  const t = list.find((x) => x.kind !== 'pronoun');
  return t ? (t.kind as TargetKind) : 'general';
}
