// The `confidential` rule's detectors (kept apart from its metadata for size): phrase patterns about an
// identifiable person, inspection outcomes and test results told before they are out, and "keep this to
// yourselves" markers. One finding per remark: matches in one sentence become one clause-sized span.

import type { FieldView } from '../../src/engine/rule';
import { GENERIC_CONTEXT, INSPECTION, INTERNAL_MARKERS, RESULTS } from '../data/confidential-cues';
import { PATTERNS } from '../data/confidential-patterns';
import {
  CARE_WORDS,
  LISTS,
  type ConfidentialKind,
  type ConfidentialPattern,
} from '../data/confidential-terms';
import { identityIn, nameAt, staffIn } from './people';
import { clauseAt, compilePattern, findAll, sentenceIndexAt, type Sentence, type Span } from './remarks';

interface Compiled extends ConfidentialPattern {
  re: RegExp;
  alsoRe?: RegExp;
  unlessRe?: RegExp;
}
const COMPILED: Compiled[] = PATTERNS.map((p) => ({
  ...p,
  re: compilePattern(p.pattern, LISTS),
  alsoRe: p.also ? new RegExp(p.also) : undefined,
  unlessRe: p.unless ? new RegExp(`\\b(?:${p.unless})\\b`) : undefined,
}));
/** "Keep this to yourselves" and other markers of news not yet public (global: use with findAll). */
export const MARKER = compilePattern(INTERNAL_MARKERS.join('|'), LISTS);
const TOPIC_AFTER = new RegExp(compilePattern(`^\\s*(?:{topicWord})`, LISTS).source); // not global: .test() keeps no state
// "his speech therapy session" is about him, not a topic: a possessive just before keeps the match.
const POSSESSIVE_BEFORE = /(?:\b(?:his|her|their)|'s)\s+(?:[a-z]+\s+)?$/;
/** Advice or procedure rather than a case (global: use with findAll). */
export const GENERIC = compilePattern(GENERIC_CONTEXT, LISTS);
const CONDITIONAL =
  /\b(?:if (?:your|a|any|the|their) (?:child|son|daughter|pupil)|(?:any|every) (?:child|pupil|parent|carer|family)|(?:children|pupils) (?:with|who))\b/;
// Explaining who may claim a benefit is not saying who does.
const ELIGIBILITY =
  /\b(?:eligib\w*|qualif\w*|apply|applying|applications?|claim\w*|register(?:ing)? for|sign(?:ing)? up|strategy|grant|allocation|if you)\b/;
// Raising money for a hospice or a charity is not anyone's health record.
const FUNDRAISING =
  /\b(?:rais(?:e|ed|es|ing) (?:money|funds|£|awareness)|sponsored|fundrais\w*|donat\w*|charity)\b/;
// A lesson about a condition is not anyone's health record: "taught Year 2 how to bandage a sprained ankle".
const TEACHING =
  /\b(?:how to|(?:taught|teach(?:es|ing)?|learn(?:ed|t|ing)?) (?:[\w']+ ){0,3}(?:how|about)|first aid (?:course|training|lesson|session))\b/;
// Bargaining at the enterprise fair is not a contract.
const PRETEND = /\b(?:enterprise|market stall|role[- ]?play|tuck shop|pretend|dragons'? den)\b/;
const NEGATED = /\b(?:no|not|never|nobody|no one|none)\s+(?:[\w']+\s+){0,3}$/;
const INSPECT = {
  who: compilePattern(INSPECTION.who, LISTS),
  outcome: compilePattern(INSPECTION.outcome, LISTS),
  unpublished: compilePattern(INSPECTION.unpublished, LISTS),
};
const RESULT = {
  figure: compilePattern(RESULTS.figure, LISTS),
  measure: compilePattern(RESULTS.measure, LISTS),
  fresh: compilePattern(RESULTS.fresh, LISTS),
};
// A secret that is a treat: "Shh, don't tell the children – Santa is coming!".
const PLAYFUL = /\b(?:santa|surprise|birthday|elf|elves|tooth fairy|easter bunny)\b/;
// A hushing emoji is playful too, unless the secret is about a member of staff ("she's only told SLT 🤫").
const PLAYFUL_EMOJI = /\u{1F92B}|\u{1F609}|\u{1F910}/u;
// Someone described by a condition, named elsewhere in the sentence: "well done Ali, a little one with autism".
const DESCRIBED_BY =
  /\b(?:a|one|our) (?:little |young |brave |wee )?(?:one|boy|girl|lad|lass|child|youngster|man|lady) (?:with|who has) (?:[\w']+ ){0,3}$/;
// A family by its surname: "the Okafor family".
const SURNAME_FAMILY =
  /\b[Tt]he \p{Lu}[\p{Ll}'’-]+(?:[- ]\p{Lu}[\p{Ll}'’-]+)? (?:family|families|household|twins|brothers|sisters)\b/u;
// Words that carry no news of their own in a marker sentence ("This isn’t public, so keep it quiet").
const FILLER = new Set(
  'this it that is was are be so please and but the a for now yet until we you your our us i to of with as just still any'.split(
    ' ',
  ),
);

interface Hit extends Span {
  kind: ConfidentialKind;
}

export interface Remark extends Span {
  kind: ConfidentialKind;
  sentence: number;
}

/** A condition written as part of a capitalised name: "Epilepsy Action", "the Asthma Society". */
function namesSomething(plain: string, m: Span): boolean {
  return (
    /^\p{Lu}/u.test(plain.slice(m.start, m.end)) &&
    /^ \p{Lu}\p{Ll}/u.test(plain.slice(m.end, m.end + 3)) &&
    !/^ I\b/.test(plain.slice(m.end, m.end + 3))
  );
}

/** A condition in a title-cased run of words is a title or a name: "Horrid Henry's Nits". */
function inTitle(plain: string, m: Span): boolean {
  return (
    /^\p{Lu}\p{Ll}/u.test(plain.slice(m.start, m.end)) &&
    /\p{Lu}[\p{L}]*(?:['’]s)? $/u.test(plain.slice(Math.max(0, m.start - 30), m.start))
  );
}

/** Where a clause's subject starts: before a bracketed aside that splits them ("Ellis (Robins) has …"). */
function subjectStart(folded: string, sentence: Sentence, clause: Span): number {
  const before = folded.slice(sentence.start, clause.start).trimEnd();
  const open = before.lastIndexOf('(');
  const subject = before.slice(0, Math.max(0, open)).trimEnd().length;
  if (!before.endsWith(')') || subject < 1) return clause.start;
  return clauseAt(sentence, sentence.start + subject - 1).start;
}

// Patterns in groups, each group also as one combined regex: a pass of the combined regex over the text
// finds the sentences where a member may match, and only there are the members run, sentence by sentence.
// (Many regexes over a long text cost more than their sum; one regex over 20 KB is not optimised.)
const EDGE = '(?<![A-Za-z0-9])';
const GROUP_SIZE = 8000;
const GROUPS: { any: RegExp; items: Compiled[] }[] = [];
{
  let group: Compiled[] = [];
  let size = 0;
  const flush = (): void => {
    const bodies = group.map((i) => i.re.source.slice(EDGE.length));
    if (group.length) GROUPS.push({ any: new RegExp(`${EDGE}(?:${bodies.join('|')})`, 'g'), items: group });
    group = [];
    size = 0;
  };
  for (const item of COMPILED) {
    if (size + item.re.source.length > GROUP_SIZE) flush();
    group.push(item);
    size += item.re.source.length;
  }
  flush();
}

/** Every match of every pattern, each inside one sentence. */
function scan(text: string, sentences: Sentence[]): (Span & { item: Compiled })[] {
  const out: (Span & { item: Compiled })[] = [];
  for (const { any, items } of GROUPS) {
    const within = new Set<number>();
    for (const m of findAll(any, text)) {
      const b = sentenceIndexAt(sentences, m.end - 1);
      for (let i = sentenceIndexAt(sentences, m.start); i <= b; i++) within.add(i);
    }
    for (const i of within) {
      const s = sentences[i]!;
      const slice = text.slice(s.start, s.end);
      for (const item of items)
        for (const m of findAll(item.re, slice))
          out.push({ start: s.start + m.start, end: s.start + m.end, item });
    }
  }
  return out;
}

/** Phrase-pattern hits, each checked against who it is about and the sentence around it. */
function patternHits(field: FieldView, sentences: Sentence[]): Hit[] {
  const { folded } = field.text;
  const hits: Hit[] = [];
  // Sentence-wide tests, once per sentence however many matches it holds.
  const memo = new Map<RegExp, Map<number, RegExpExecArray | null>>();
  const inSentence = (re: RegExp, i: number): RegExpExecArray | null => {
    let byRe = memo.get(re);
    if (!byRe) memo.set(re, (byRe = new Map()));
    if (!byRe.has(i)) {
      re.lastIndex = 0;
      byRe.set(i, re.exec(folded.slice(sentences[i]!.start, sentences[i]!.end)));
    }
    return byRe.get(i)!;
  };
  for (const { item: p, ...m } of scan(folded, sentences)) {
    const si = sentenceIndexAt(sentences, m.start);
    const sentence = sentences[si]!;
    const clause = clauseAt(sentence, m.start);
    const test = (re: RegExp): boolean => inSentence(re, si) !== null;
    if (namesSomething(field.text.plain, m) || inTitle(field.text.plain, m)) continue;
    if (
      TOPIC_AFTER.test(folded.slice(m.end, m.end + 24)) &&
      !POSSESSIVE_BEFORE.test(folded.slice(Math.max(0, m.start - 24), m.start))
    )
      continue;
    if (p.kind === 'safeguarding' && !p.needs && test(GENERIC)) continue;
    if (p.kind === 'commercial' && test(PRETEND)) continue;
    if (p.unlessRe && test(p.unlessRe)) continue;
    const also = p.alsoRe ? inSentence(p.alsoRe, si) : null;
    if (p.alsoRe && !also) continue;
    let kind = p.kind;
    let subject = clause.start;
    if (p.needs) {
      // A sanction or family matter may name the child in the clause before: "… Amira – there is a court order".
      subject = subjectStart(folded, sentence, clause);
      const described =
        (kind === 'medical' || kind === 'sen') && DESCRIBED_BY.test(folded.slice(clause.start, m.start))
          ? identityIn(field, sentence.start, Math.max(sentence.end, m.end), m)
          : null;
      const who =
        identityIn(field, subject, Math.max(clause.end, m.end), m) ??
        (p.needs === 'person' ? identityIn(field, sentence.start, Math.max(sentence.end, m.end), m) : null) ??
        (described && !described.staff ? described : null) ??
        (SURNAME_FAMILY.test(
          field.text.plain.slice(
            p.needs === 'person' ? sentence.start : subject,
            Math.max(p.needs === 'person' ? sentence.end : clause.end, m.end),
          ),
        )
          ? { level: 'named' as const, staff: false }
          : null);
      if (!who || (p.needs === 'named' && who.level !== 'named')) continue;
      if (p.pupil && (who.staff || test(ELIGIBILITY))) continue;
      if (p.adult && !staffIn(field, sentence.start, sentence.end)) continue;
      if (p.beforeName && !nameAt(field, m.end)) continue;
      if (kind === 'staff' && test(GENERIC)) continue;
      if (kind === 'sen' && who.staff) continue;
      const before = folded.slice(clause.start, m.start);
      if (p.needs === 'named' && CONDITIONAL.test(folded.slice(clause.start, clause.end))) continue;
      if (kind === 'medical' && (test(FUNDRAISING) || test(TEACHING))) continue;
      if ((kind === 'exclusion' || kind === 'behaviour') && /\b(?:felt|feel|feels|feeling)\s+$/.test(before))
        continue;
      if ((kind === 'exclusion' || kind === 'behaviour') && NEGATED.test(before)) continue;
      if ((kind === 'exclusion' || kind === 'behaviour') && who.staff) kind = 'staff';
      if (kind === 'medical' && who.staff && CARE_WORDS.test(folded.slice(m.start, m.end))) continue;
    }
    hits.push({ start: m.start, end: m.end, kind });
    if (subject < clause.start) hits.push({ start: subject, end: subject + 1, kind });
    // The remark runs on to what the pattern needed with it ("… at £72k").
    if (also) hits.push({ start: sentence.start + also.index, end: sentence.start + also.index + 1, kind });
  }
  return hits;
}

/** Sentences of the same paragraph next to sentence `i` (and `i` itself). */
function near(sentences: Sentence[], i: number): Sentence[] {
  const s = sentences[i]!;
  return [sentences[i - 1], s, sentences[i + 1]].filter(
    (x): x is Sentence => !!x && x.paragraph === s.paragraph,
  );
}

/**
 * An inspection outcome told before the report is out: who, outcome and "not out yet" close together.
 * Test results likewise: a percentage and a results word, with "provisional" or "not published" nearby.
 */
function earlyNewsHits(folded: string, sentences: Sentence[], marked: Set<number>): Hit[] {
  const hits: Hit[] = [];
  // Each cue once over the whole text, then looked up by sentence (most posts have no outcome or figure).
  const bySentence = (re: RegExp): Map<number, Span[]> => {
    const out = new Map<number, Span[]>();
    for (const m of findAll(re, folded)) {
      const i = sentenceIndexAt(sentences, m.start);
      const list = out.get(i);
      if (list) list.push(m);
      else out.set(i, [m]);
    }
    return out;
  };
  const cached = new Map<RegExp, Map<number, Span[]>>();
  const inSentence = (re: RegExp, i: number): boolean => {
    if (!cached.has(re)) cached.set(re, bySentence(re));
    return cached.get(re)!.has(i);
  };
  const around = (i: number): number[] => near(sentences, i).map((x) => sentences.indexOf(x));
  for (const [i, outcomes] of bySentence(INSPECT.outcome)) {
    const close = around(i);
    const notOut = (k: number): boolean => inSentence(INSPECT.unpublished, k) || marked.has(k);
    if (close.some((k) => inSentence(INSPECT.who, k)) && close.some(notOut))
      for (const o of outcomes) hits.push({ ...o, kind: 'inspection' });
  }
  for (const [i, figures] of bySentence(RESULT.figure)) {
    if (!inSentence(RESULT.measure, i)) continue;
    if (around(i).some((k) => inSentence(RESULT.fresh, k) || marked.has(k)))
      for (const f of figures) hits.push({ ...f, kind: 'results' });
  }
  return hits;
}

/** The confidential remarks of a field: one per matter, clause- or sentence-sized. */
export function findRemarks(field: FieldView, sentences: Sentence[]): Remark[] {
  const markers = findAll(MARKER, field.text.folded);
  const marked = new Set(markers.map((m) => sentenceIndexAt(sentences, m.start)));
  const hits = patternHits(field, sentences).concat(earlyNewsHits(field.text.folded, sentences, marked));
  const remarks = remarksOf(sentences, hits);
  return remarks.concat(markerRemarks(field, sentences, remarks, markers));
}

/** One remark per sentence: from the first clause with a hit to the last. */
function remarksOf(sentences: Sentence[], hits: Hit[]): Remark[] {
  const bySentence = new Map<number, Hit[]>();
  for (const h of hits) {
    const i = sentenceIndexAt(sentences, h.start);
    const list = bySentence.get(i);
    if (list) list.push(h);
    else bySentence.set(i, [h]);
  }
  const remarks: Remark[] = [];
  for (const [i, list] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const s = sentences[i]!;
    list.sort((a, b) => a.start - b.start);
    const start = Math.min(clauseAt(s, list[0]!.start).start, list[0]!.start);
    const end = list.reduce((e, h) => Math.max(e, clauseAt(s, h.start).end, h.end), 0);
    remarks.push({ start, end, kind: list[0]!.kind, sentence: i });
  }
  // A remark running on into the next sentence on the same matter is still one remark.
  return remarks.filter((r, k) => {
    const prev = remarks[k - 1];
    if (
      prev &&
      prev.sentence === r.sentence - 1 &&
      prev.kind === r.kind &&
      sentences[r.sentence]!.paragraph === sentences[prev.sentence]!.paragraph
    ) {
      prev.end = r.end;
      prev.sentence = r.sentence;
      return false;
    }
    return true;
  });
}

/**
 * "Keep this to yourselves": flags the news it refers to, unless that is flagged already (a marker next
 * to flagged news is part of that remark, not one of its own). A marker sentence with no news of its own
 * points back at the sentence before, or, when it opens its paragraph ("Staff only –"), at the one after.
 */
function markerRemarks(field: FieldView, sentences: Sentence[], taken: Remark[], markers: Span[]): Remark[] {
  const { folded } = field.text;
  const out: Remark[] = [];
  const flagged = (i: number): boolean =>
    [...taken, ...out].some((r) => {
      const a = sentenceIndexAt(sentences, r.start);
      const b = sentenceIndexAt(sentences, r.end - 1);
      return i >= a - 1 && i <= b + 2 && sentences[a]!.paragraph === sentences[i]!.paragraph;
    });
  const seen = new Set<number>();
  for (const m of markers) {
    const i = sentenceIndexAt(sentences, m.start);
    const s = sentences[i]!;
    const prev = sentences[i - 1]?.paragraph === s.paragraph ? sentences[i - 1] : undefined;
    const next = sentences[i + 1]?.paragraph === s.paragraph ? sentences[i + 1] : undefined;
    const around = folded.slice((prev ?? s).start, (next ?? s).end);
    const playful =
      PLAYFUL.test(around) ||
      (PLAYFUL_EMOJI.test(around) && !staffIn(field, (prev ?? s).start, (next ?? s).end));
    if (seen.has(i) || flagged(i) || playful) continue;
    seen.add(i);
    const own = markers.filter((x) => x.start >= s.start && x.end <= s.end);
    let rest = folded.slice(s.start, s.end);
    for (const x of [...own].reverse())
      rest = rest.slice(0, x.start - s.start) + ' ' + rest.slice(x.end - s.start);
    const content = (rest.match(/[\p{L}\p{N}']+/gu) ?? []).filter((w) => !FILLER.has(w));
    const opens = own.length > 0 && own[0]!.start - s.start < 3;
    const target = content.length >= 3 ? s : ((opens || !prev ? next : prev) ?? prev ?? s);
    out.push({ start: target.start, end: target.end, kind: 'internal', sentence: sentences.indexOf(target) });
  }
  return out;
}
