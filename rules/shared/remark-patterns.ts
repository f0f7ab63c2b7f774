// The `disparaging` rule's own patterns (rules/data/disparaging-terms.ts): a judgement word said of a
// target in its clause, set phrases of sarcasm and blame, eye-rolls after a remark about a group. The
// clause scorer (./remark-score.ts) adds what these miss; its cues are found in the same pass.

import type { FieldView } from '../../src/engine/rule';
import {
  ANGRY_EMOJI,
  FIXED,
  INHERENT,
  IRONIC,
  IRONY_CUE,
  LET_DOWN_CUE,
  UNSURPRISED,
  JUDGEMENTS,
  LINK_WORDS,
  LISTS,
  PRAISE,
  type DisparagingKind,
  type Judgement,
} from '../data/disparaging-terms';
import { looksLikeNoun } from './people';
import { AT_SKILL, PLAYFUL } from '../data/disparaging-cues';
import { CUE_ITEMS, CUE_LISTS_ALL, type CueMatch } from './remark-candidates';
import { scoreSentences, THRESHOLD, type ScoredRemark } from './remark-score';
import { findTargets, type Target } from './remark-targets';
import { PhraseIndex } from './phrase-index';
import {
  clauseAt,
  compilePattern,
  findAll,
  insideQuotes,
  sentenceIndexAt,
  type Sentence,
  type Span,
} from './remarks';

const IRONY_CUE_RE = new RegExp(IRONY_CUE, 'u');
const FIRST_PERSON = /\b(?:i|i'm|i am|i've|we|we're|we are|we've|me|us|myself|ourselves)\b/;
const SELF_SUBJECT = /^\W*(?:we|i)(?:'re|'m|'ve)?\s+(?:\S+\s+){0,3}$/;
const POLICY_TONE =
  /\b(?:tolerat\w*|never acceptable|not acceptable|please (?:do not|don't) be|code of conduct|we ask (?:that|all)|treat \w+ with respect)\b/;
const ANGRY_RE = new RegExp(ANGRY_EMOJI, 'u');
const PRAISE_RE = compilePattern(PRAISE, LISTS);
const NEGATION = /(?:\b(?:not|never|no|hardly|far from|wasn'?t|weren'?t|isn'?t|aren'?t)|n't)\s+(?:\S+\s+)?$/;
const WORD = /[\p{L}\p{N}'@]+/gu;
const OPINION =
  /\b(?:thought|think|thinks|found|find|finds|said|say|says|felt|feel|reckon\w*|decided|voted|described|called)\b/;
// "had a nightmare first half", "having a disaster of a morning": an experience, not a verdict.
const EXPERIENCED = /\b(?:had|have|has|having)\s+(?!been\b)(?:an?\s+)?(?:\w+\s+)?$/;
// "The Year 3 play was about a grumpy troll who was rude": the remark is about a character.
const STORY =
  /\b(?:about|story|stories|book|character|characters|play|film|poem|villain|troll|giant|witch|monster|dragon)\b/;
const DEBATE = /\b(?:whether|debat\w*|argu(?:e|es|ing|ments?)|for and against|pros and cons)\b/;

export interface Hit extends Span {
  kind: DisparagingKind;
}

/** A capitalised run of words ("The Worst Witch") or a quotation is a title, not a remark. */
function inTitle(field: FieldView, s: Sentence, start: number, end: number): boolean {
  const { plain } = field.text;
  if (insideQuotes(plain, s, start, end)) return true;
  const word = plain.slice(start, end);
  if (!/^\p{Lu}\p{Ll}/u.test(word) || start === s.start) return false;
  const before = /(\p{Lu}\p{Ll}*)\s+$/u.exec(plain.slice(Math.max(s.start, start - 30), start));
  const after = /^\s+\p{Lu}\p{Ll}/u.test(plain.slice(end, end + 4));
  return !!before || after;
}

function wordsBetween(text: string, from: number, to: number): string[] {
  return text.slice(from, to).match(WORD) ?? [];
}

interface Place {
  clause: Span;
  /** The sentence, and the one before it in the same paragraph, for elliptical remarks ("Absolutely useless."). */
  sentence: Span;
  previous?: Span;
}

const ONWARD = /^\s+(?:at|of|from|by|with|about|as|over at|down at|up at)\s/;

/** "Reception's pumpkin soup looked disgusting": about the children's soup, not the children. */
function possessionJudged(folded: string, targets: Target[], from: number, to: number): boolean {
  const m = /^'s?\s+([a-z]+)/.exec(folded.slice(from, to));
  if (!m) return false;
  const at = from + m[0].length - m[1]!.length;
  return looksLikeNoun(m[1]!) && !targets.some((t) => t.start <= at && t.end > at);
}

/** The target a judgement at [start, end) is said of, or null. */
function targetOf(
  folded: string,
  place: Place,
  start: number,
  end: number,
  targets: Target[],
  j: Judgement,
): Target | null {
  const { clause } = place;
  const within = (from: number, to: number): Target[] =>
    targets.filter((t) => t.start >= from && t.end <= to && (t.end <= start || t.start >= end));
  const inClause = within(clause.start, clause.end);
  const nextWords = wordsBetween(folded, end, clause.end);
  const words = (a: number, b: number): number => wordsBetween(folded, a, b).length;
  // A feeling pointing on: "disgusted by the parents on the touchline".
  const onward = inClause.find((t) => t.start >= end && words(end, t.start) <= (j.onwardOnly ? 12 : 5));
  if (j.onwardOnly) return onward && ONWARD.test(folded.slice(end, end + 12)) ? onward : null;
  // Attributive: "the useless catering company", "pointless DfE initiative".
  const after = inClause.find((t) => t.start >= end && words(end, t.start) === 0);
  // …but not a character: "a wonderfully rude Artful Dodger", "a disgraceful bunch of pirates in our play".
  const character =
    STORY.test(folded.slice(clause.start, clause.end)) ||
    (after?.proper && !targets.some((t) => !t.proper && t.start === after.start));
  if (after && !j.predicativeOnly) return character ? null : after;
  // A judgement right before another noun is about that noun ("terrible weather"), unless the noun
  // is someone's work: "the shoddy job they did", "a badly organised event at Ashby Juniors".
  const describesOther =
    nextWords.length > 0 && !LINK_WORDS.has(nextWords[0]!) && looksLikeNoun(nextWords[0]!) && !after;
  if (describesOther) {
    if (j.strength !== 'strong') return null;
    const nounEnd = end + folded.slice(end).indexOf(nextWords[0]!) + nextWords[0]!.length;
    const doer = inClause.find((t) => t.start >= nounEnd && words(nounEnd, t.start) <= 2);
    return doer ?? null;
  }
  // Predicative: "the visitors were the rudest", "Year 2 were a total nightmare" — but not when the
  // target is the one judging ("the children thought the cave was disgusting").
  const before = inClause.filter(
    (t) =>
      t.end <= start &&
      words(t.end, start) <= 12 &&
      !OPINION.test(folded.slice(t.end, start)) &&
      !STORY.test(folded.slice(t.end, start)) &&
      !(t.kind === 'pupils' && possessionJudged(folded, targets, t.end, start)) &&
      (j.strength === 'strong' || t.kind !== 'pronoun'),
  );
  if (before.length) return before[before.length - 1]!;
  // A noun judgement pointing on: "the shambles at Hillcrest Primary".
  if (onward && words(end, onward.start) <= 3 && ONWARD.test(folded.slice(end, end + 12))) return onward;
  // Elliptical: "– absolutely useless.", "Absolutely shambolic." after the sentence naming the target.
  if (words(clause.start, clause.end) <= 4) {
    const earlier = within(place.sentence.start, start).concat(
      words(place.sentence.start, place.sentence.end) <= 4 && place.previous
        ? within(place.previous.start, place.previous.end)
        : [],
    );
    const named = earlier.filter((t) => t.kind !== 'pronoun').sort((a, b) => a.start - b.start);
    if (named.length) return named[named.length - 1]!;
  }
  return null;
}

type Item =
  | { type: 'fixed'; kind: DisparagingKind }
  | { type: 'ironic' }
  | { type: 'unsurprised' }
  | { type: 'inherent' }
  | { type: 'judgement'; j: Judgement };

// The rule's own patterns and the clause scorer's cues, found in one pass over the words.
const SCANNER = new PhraseIndex<Item | (typeof CUE_ITEMS)[number]>(
  [
    ...FIXED.map((f) => ({ type: 'fixed' as const, kind: f.kind, pattern: f.pattern })),
    { type: 'ironic', pattern: IRONIC },
    { type: 'unsurprised', pattern: UNSURPRISED },
    { type: 'inherent', pattern: INHERENT },
    ...JUDGEMENTS.map((j) => ({ type: 'judgement' as const, j, pattern: j.pattern })),
    ...CUE_ITEMS,
  ],
  CUE_LISTS_ALL,
);

function findHits(field: FieldView, sentences: Sentence[], all: ReturnType<typeof SCANNER.scan>): Hit[] {
  const { folded, plain } = field.text;
  const angry = sentences.flatMap((s, i) => (ANGRY_RE.test(plain.slice(s.start, s.end)) ? [i] : []));
  const matches = all.flatMap((m) => (m.item.type === 'cue' ? [] : [{ ...m, item: m.item }]));
  const candidates = [...new Set(matches.map((m) => sentenceIndexAt(sentences, m.start)))];
  if (!candidates.length && !angry.length) return [];
  // Targets are needed only where a remark may be, and in the sentence before it.
  const scope = [...new Set([...candidates, ...angry].flatMap((i) => (i > 0 ? [i - 1, i] : [i])))].sort(
    (a, b) => a - b,
  );
  const targets = findTargets(field, sentences, scope);
  const hits: Hit[] = [];
  const nonPupil = (from: number, to: number): boolean =>
    targets.some((t) => t.kind !== 'pupils' && t.kind !== 'pronoun' && t.start >= from && t.end <= to);
  for (const { item, ...m } of matches) {
    const i = sentenceIndexAt(sentences, m.start);
    const s = sentences[i]!;
    const prev = sentences[i - 1];
    const clause = clauseAt(s, m.start);
    const title = inTitle(field, s, m.start, m.end);
    const negated = NEGATION.test(folded.slice(Math.max(s.start, m.start - 24), m.start));
    if (item.type === 'fixed') {
      if (!title) hits.push({ ...m, kind: item.kind });
    } else if (item.type === 'ironic') {
      const rest = folded.slice(s.start, m.start) + ' ' + folded.slice(m.end, s.end);
      const short = wordsBetween(folded, s.start, s.end).length <= 5;
      const letDown =
        short &&
        prev &&
        prev.paragraph === s.paragraph &&
        LET_DOWN_CUE.test(folded.slice(prev.start, prev.end)) &&
        nonPupil(prev.start, s.end);
      if (IRONY_CUE_RE.test(rest) || letDown) hits.push({ ...m, kind: 'sarcasm' });
    } else if (item.type === 'unsurprised') {
      if (
        nonPupil(clause.start, clause.end) &&
        !findAll(PRAISE_RE, folded.slice(m.start, clause.end)).length
      ) {
        hits.push({ ...m, kind: 'sarcasm' });
      }
    } else if (item.type === 'inherent') {
      const next = wordsBetween(folded, m.end, clause.end)[0];
      if (title || negated || FIRST_PERSON.test(folded.slice(clause.start, m.start))) continue;
      if (POLICY_TONE.test(folded.slice(s.start, s.end))) continue;
      if (next && !LINK_WORDS.has(next) && looksLikeNoun(next)) continue; // "a shambolic start to the game"
      hits.push({ ...m, kind: 'general' });
    } else {
      const { j } = item;
      if (title || negated || DEBATE.test(folded.slice(s.start, s.end))) continue; // "whether homework is pointless"
      const place: Place = {
        clause,
        sentence: s,
        ...(prev && prev.paragraph === s.paragraph ? { previous: prev } : {}),
      };
      const t = targetOf(folded, place, m.start, m.end, targets, j);
      if (!t) continue;
      // "We were absolutely rubbish at the staff quiz": said of ourselves, the target only a place.
      if (t.start >= m.end && !j.onwardOnly && SELF_SUBJECT.test(folded.slice(clause.start, m.start)))
        continue;
      if (t.kind === 'pronoun' && j.strength !== 'strong') continue;
      if (j.only && t.kind !== 'pronoun' && !j.only.includes(t.kind)) continue;
      if (j.strength === 'mild' && EXPERIENCED.test(folded.slice(Math.max(s.start, m.start - 24), m.start)))
        continue;
      // Praise nearby makes it playful: "gloriously chaotic", "Deliciously disgusting!".
      const praiseFrom =
        j.strength === 'mild' || t.start < clause.start ? clause.start : Math.max(clause.start, m.start - 16);
      if (findAll(PRAISE_RE, folded.slice(praiseFrom, clause.end)).length) continue;
      // Ourselves and our own pupils, teased: "Our staff panto was a disaster – the audience loved it!",
      // "Mr Kaye is hopeless at keeping secrets! 🤫".
      // A name after a title ("Mr Kaye") is found as a capitalised name too: the titled adult counts.
      const ownTarget =
        t.kind === 'pupils' ||
        t.kind === 'staff' ||
        (!!t.proper && targets.some((x) => x.kind === 'staff' && x.start <= t.start && x.end >= t.end));
      const sentenceText = folded.slice(s.start, s.end);
      if (
        ownTarget &&
        j.strength === 'mild' &&
        /\b(?:our|my)\s+$/.test(folded.slice(Math.max(0, t.start - 8), t.start)) &&
        findAll(PRAISE_RE, sentenceText).length
      )
        continue;
      if (
        ownTarget &&
        AT_SKILL.test(folded.slice(m.end, m.end + 24)) &&
        PLAYFUL.test(plain.slice(s.start, s.end))
      )
        continue;
      hits.push({
        start: Math.min(t.start, m.start),
        end: Math.max(t.end, m.end),
        kind: t.kind === 'pronoun' ? 'parents' : t.kind,
      });
    }
  }
  // An eye-roll after a remark about a group: "we have nits AGAIN 🙄".
  for (const k of angry) {
    const s = sentences[k]!;
    const prev = sentences[k - 1];
    const from =
      prev && prev.paragraph === s.paragraph && wordsBetween(folded, s.start, s.end).length <= 4
        ? prev.start
        : s.start;
    const t = targets.find((x) => x.kind !== 'pronoun' && x.start >= from && x.end <= s.end);
    if (t) hits.push({ start: t.start, end: Math.max(t.end, s.end - 1), kind: 'sarcasm' });
  }
  return hits;
}

/**
 * Every remark-like hit in a field: the rule's patterns, then the clause scorer's sentences; `scored`
 * is every sentence the scorer weighed, remark or not (the sentence model reads it too).
 */
export function findRemarks(
  field: FieldView,
  sentences: Sentence[],
): { hits: Hit[]; scored: ScoredRemark[]; cues: CueMatch[] } {
  const matches = SCANNER.scan(field.text.folded, sentences);
  const cues = matches.flatMap((m) => (m.item.type === 'cue' ? [{ ...m, item: m.item }] : []));
  const scored = scoreSentences(field, sentences, cues);
  const hits = findHits(field, sentences, matches).concat(scored.filter((r) => r.score >= THRESHOLD));
  return { hits, scored, cues };
}
