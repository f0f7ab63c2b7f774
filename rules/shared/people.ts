// Is someone identifiable in a stretch of text? A roster pupil, a name read from its shape ("Kai has…",
// "Kai's"), he/she, a titled adult ("Mr Lewis"), or a description ("the Year 5 boy", "a family in Year 2").

import { lexiconTags } from '../../src/engine/common-words';
import type { FieldView } from '../../src/engine/rule';
import type { Token } from '../../src/engine/tokens';
import { LISTS } from '../data/confidential-terms';
import { compilePattern, findAll, type Span } from './remarks';

export interface Identity {
  /** `named`: a name, pronoun, titled adult or definite description; `person`: also "a pupil in Year 3". */
  level: 'named' | 'person';
  /** The person is an adult at work (a title, "a member of staff"). */
  staff: boolean;
}

const TITLES = new Set(['mr', 'mrs', 'miss', 'ms', 'mx', 'dr', 'sir', 'madam', 'mme']);
const PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'hers', 'himself', 'herself']);

// Capitalised words that are not people: sentence openers, school words, months and days, bodies.
export const NOT_NAMES = new Set(
  (
    'a an the this that these those it its our your my their we i you they he she there here who what when where which why how ' +
    'if as at in on of to for from by with and but or so yet also just all any each every some many lots most few both ' +
    'please thank thanks dear hi hello hey yes no ok okay sorry sadly unfortunately fortunately hopefully finally firstly also ' +
    'well today tomorrow yesterday tonight tonight this next last after before following during since until while once ' +
    'everyone everybody someone somebody anyone anybody nobody none nothing something anything another other ' +
    'reminder remember note notice update news important urgent private confidential staff parents families police social ' +
    'year years reception nursery class classes school schools primary academy trust council team group club house ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december spring summer autumn winter term christmas easter diwali eid halloween ' +
    'ofsted dfe senco sendco send sen ehcp camhs pta pe re ks1 ks2 eyfs sats nhs gp dsl la mat ta tas hlta ' +
    'mr mrs miss ms dr head headteacher governors governor children pupils pupil child boy girl boys girls ' +
    'type epipen epipens god jesus english maths science art music history geography computing phonics reading ' +
    'congratulations welcome well done great huge big massive amazing brilliant fantastic happy good very'
  ).split(' '),
);

// A capitalised word followed by one of these is an organisation or a place, not a child.
const ORG_AFTER = new Set(
  'class primary school academy council trust college university hospital library centre center club team house church road street lane ltd park uk festival day week fair fete assembly service concert party disco trip award awards cup trophy challenge competition appeal month bank'.split(
    ' ',
  ),
);

const DESCRIBED_NAMED = compilePattern(
  'the (?:(?:{yearGroup}|new|young|little|older|younger) )?(?:boy|girl|pupil|child|student|lad|youngster)(?!s)|(?:a|an|one|another) (?:(?:{yearGroup}|new|young|little|older|younger) )?(?:boy|girl|lad)(?!s)|the (?:(?:{yearGroup}) )?(?:twins|siblings)|(?:one|two) of (?:the|our) (?:(?:{yearGroup}) )?(?:boys|girls)|our (?:(?:{yearGroup}|new) )?(?:boy|girl|pupil|child)(?!s)|the (?:class teacher|headteacher|head teacher|deputy head(?:teacher)?|caretaker|senco|school cook|office manager)|(?:our|the) (?:{yearGroup}|new) (?:class )?teacher(?!s)|our (?:new |executive |assistant )?(?:head|head of school|deputy)(?! lice)(?![\\w-])|the head of school|our (?:new |school )?(?:caretaker|site manager|cook|school cook|headteacher|head teacher|deputy head(?:teacher)?|senco|office manager|business manager|receptionist|bursar)(?!s)|our (?:new|newest|latest) (?:pupil|starter|boy|girl|arrival|addition)',
  LISTS,
);
const DESCRIBED_PERSON = compilePattern(
  '(?:a|one|another) (?:mum|dad|mother|father|parent|carer|grandparent|step-?(?:mum|dad))(?!s)|(?:a|an|one|two|three|another|one of (?:our|the)|two of (?:our|the)|some of (?:our|the)) (?:(?:{yearGroup}|new|young|little|older|younger|local) )?(?:boys?|girls?|pupils?|child|children|students?|learners?|youngsters?|siblings?|twins|family|families|household|members? of (?:our |the )?(?:\\w+ )?(?:staff|team)|staff members?|teachers?|teaching assistants?|tas?|colleagues?|supply teacher|lunchtime supervisor|midday supervisor|employee|governor)|(?:{yearGroup}) (?:boys?|girls?|pupils?|child|students?|family)',
  LISTS,
);
const STAFF_WORDS =
  /member|staff|teacher|assistant|\bta\b|\btas\b|colleague|supervisor|employee|governor|head|caretaker|senco|cook|manager/;
const GENERIC_PAIR =
  /\b(?:he or she|she or he|his or her|her or his|him or her|he\/she|his\/her|him\/her|s\/he)\b/;

/** Tokens of the field starting inside [from, to). */
function tokensIn(field: FieldView, from: number, to: number): { tokens: Token[]; first: number } {
  const all = field.tokens;
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < all.length && all[end]!.start < to) end++;
  return { tokens: all.slice(lo, end), first: lo };
}

// Before a capitalised word, these make it a place, not a person.
const PLACE_BEFORE = new Set(['in', 'round', 'around', 'near', 'across', 'through', 'throughout', 'outside']);

/** compromise's tags for a lower-case word: the engine's one lookup. */
export const tagsOf = lexiconTags;
const NAME_TAGS = /Name|Person/;
const NOT_NAME_TAGS =
  /Plural|Gerund|Adjective|Adverb|Preposition|Conjunction|Determiner|Pronoun|Expression|QuestionWord|Modal|City|Country|Region|Place|WeekDay|Month|Uncountable|Holiday/;
const NOUN_TAGS = /Noun|Singular|Plural|Uncountable|Adjective|Gerund/;
const VERB_TAGS = /Verb|Tense|Copula|Modal|Auxiliary|Infinitive|Participle/;
// Verbs compromise files as nouns, seen right after a name: "Frank hit…", "Mia cut…".
const VERBS_LIKE_NOUNS = new Set(
  'hit bit cut hurt put set let spat fell broke lost won left must can could will would may might should went came ran got said told threw cried kicks hits bites pushes'.split(
    ' ',
  ),
);

/** Whether a lower-case word reads as a noun (compromise's lexicon; unknown words ending in -s count). */
export function looksLikeNoun(word: string): boolean {
  if (VERBS_LIKE_NOUNS.has(word)) return false;
  const tags = tagsOf(word).join(' ');
  if (tags)
    return (
      NOUN_TAGS.test(tags) &&
      !VERB_TAGS.test(tags) &&
      !/Preposition|Conjunction|Determiner|Adverb|Pronoun/.test(tags)
    );
  return !/ly$/.test(word);
}

/** A word a name may stand before; a lower-case noun after a capitalised word makes it a modifier ("Asthma inhalers"). */
function nounAfter(next: Token | undefined): boolean {
  if (!next || next.kind !== 'word' || next.capitalised || VERBS_LIKE_NOUNS.has(next.lower)) return false;
  const tags = tagsOf(next.lower).join(' ');
  if (tags) return NOUN_TAGS.test(tags) && !VERB_TAGS.test(tags);
  return next.lower.length > 3 && /[^s']s$/.test(next.lower); // "inhalers", "lessons"
}

/** Could this word be a given name at all (not "Universal", "Following", "Sadly", "Police")? */
function nameShaped(t: Token): boolean {
  if (t.kind !== 'word' || !t.capitalised || t.allCaps || t.text.length < 2 || NOT_NAMES.has(t.lower))
    return false;
  const tags = tagsOf(t.lower).join(' ');
  if (NAME_TAGS.test(tags)) return true;
  if (NOT_NAME_TAGS.test(tags)) return false;
  return !/ly$/.test(t.lower);
}

/**
 * A sentence that opens with a list of things: "Marmalade, chocolate spread and nut butters will be sent
 * home". The first word is capitalised only because it opens the sentence; a list of children goes on
 * with names ("Kai, Mia and Leo"), and an aside ("Kai, sadly, …", "Kai, who …") does not read as a noun.
 */
function listOfThings(field: FieldView, i: number): boolean {
  const t = field.tokens[i]!;
  const prev = field.tokens[i - 1];
  if (prev && !/\n/.test(t.gapBefore) && !/^[.!?:]$/.test(prev.text)) return false;
  if (NAME_TAGS.test(tagsOf(t.lower).join(' '))) return false;
  const comma = field.tokens[i + 1];
  const item = field.tokens[i + 2];
  if (comma?.text !== ',' || item?.kind !== 'word' || item.capitalised || !looksLikeNoun(item.lower))
    return false;
  for (let k = i + 3; k < field.tokens.length; k++) {
    const w = field.tokens[k]!;
    if (/^[.!?]$/.test(w.text) || /\n/.test(w.gapBefore)) return false;
    if (w.lower === 'and' || w.lower === 'or') return true;
  }
  return false;
}

/** A capitalised word that reads as someone's name in its place: "Kai has…", "…that Maya's…". */
function readsAsName(field: FieldView, i: number): boolean {
  const t = field.tokens[i]!;
  if (!nameShaped(t)) return false;
  const prev = field.tokens[i - 1];
  if (prev && TITLES.has(prev.lower)) return false; // the titled adult is found on its own
  if (prev && PLACE_BEFORE.has(prev.lower)) return false; // "going round Kettlewell", "in Bramford"
  const next = field.tokens[i + 1];
  if (next && next.kind === 'word' && ORG_AFTER.has(next.lower)) return false;
  if (nounAfter(next)) return false;
  if (listOfThings(field, i)) return false;
  // A run of capitalised words: a given name and a surname ("Kian Murray"), not "Oak Class" or "Universal Credit".
  const next2 = field.tokens[i + 2];
  if (next?.capitalised && next.kind === 'word' && !/\n/.test(next.gapBefore)) {
    if (next2 && ORG_AFTER.has(next2.lower)) return false;
    if (ORG_AFTER.has(next.lower) || !nameShaped(next)) return false;
  }
  if (
    prev?.kind === 'word' &&
    prev.capitalised &&
    !NOT_NAMES.has(prev.lower) &&
    !/[\n.!?:]/.test(t.gapBefore)
  ) {
    return nameShaped(prev) && !TITLES.has(field.tokens[i - 2]?.lower ?? '');
  }
  return true;
}

/** Who, if anyone, is identifiable in [from, to) of a field; `skip` is the matched phrase itself. */
export function identityIn(field: FieldView, from: number, to: number, skip?: Span): Identity | null {
  let best: Identity | null = null;
  const better = (id: Identity): void => {
    if (!best || (best.level === 'person' && id.level === 'named')) best = id;
  };
  for (const m of field.mentions) if (m.start < to && m.end > from) better({ level: 'named', staff: false });
  const plainSlice = field.text.folded.slice(from, to);
  const { tokens, first } = tokensIn(field, from, to);
  const generic = GENERIC_PAIR.test(plainSlice);
  tokens.forEach((t, k) => {
    const i = first + k;
    if (skip && t.start >= skip.start && t.end <= skip.end) return;
    if (PRONOUNS.has(t.lower) && !generic) better({ level: 'named', staff: false });
    else if (TITLES.has(t.lower) && field.tokens[i + 1]?.capitalised) better({ level: 'named', staff: true });
    else if (readsAsName(field, i)) better({ level: 'named', staff: false });
  });
  if (best && (best as Identity).level === 'named') return best;
  for (const d of findAll(DESCRIBED_NAMED, plainSlice)) {
    const staff = STAFF_WORDS.test(plainSlice.slice(d.start, d.end));
    return { level: 'named', staff };
  }
  for (const d of findAll(DESCRIBED_PERSON, plainSlice)) {
    const staff = STAFF_WORDS.test(plainSlice.slice(d.start, d.end));
    better({ level: 'person', staff });
    break;
  }
  return best;
}

/** Whether an adult at work is named or described in [from, to): "Mrs Hurst", "a member of staff". */
export function staffIn(field: FieldView, from: number, to: number): boolean {
  const { tokens, first } = tokensIn(field, from, to);
  if (tokens.some((t, k) => TITLES.has(t.lower) && field.tokens[first + k + 1]?.capitalised)) return true;
  const slice = field.text.folded.slice(from, to);
  return [DESCRIBED_NAMED, DESCRIBED_PERSON].some((re) =>
    findAll(re, slice).some((d) => STAFF_WORDS.test(slice.slice(d.start, d.end))),
  );
}

/** Whether the first word at or after `pos` is someone's name: "punched Ollie", not "punched the air". */
export function nameAt(field: FieldView, pos: number): boolean {
  const { tokens, first } = tokensIn(field, pos, pos + 40);
  const i = tokens[0]?.kind === 'word' ? first : -1;
  if (i < 0) return false;
  if (/^['’]s\b/.test(field.text.plain.slice(field.tokens[i]!.end, field.tokens[i]!.end + 3))) return false;
  return (
    field.mentions.some((m) => m.start <= field.tokens[i]!.start && m.end > field.tokens[i]!.start) ||
    readsAsName(field, i) ||
    (TITLES.has(field.tokens[i]!.lower) && !!field.tokens[i + 1]?.capitalised)
  );
}
