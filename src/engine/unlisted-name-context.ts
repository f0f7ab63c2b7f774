// The tests that judge a possible full name by the words around it (src/engine/unlisted-names.ts finds
// the spans). An adult: a title, a role ("author", "our MP"), a sign-off or a byline. A child: a school
// word in the same sentence. Neither: a song, a title, an allowed name, a public figure, a place, a
// school, a brand, an award or an opposing team; and, when no word is a known given name, compromise's
// tagger has the last word.

import nlp from 'compromise';
import {
  ADULT_ROLES_WORDS,
  CHILD_CUES_WORDS,
  NEVER_A_SURNAME_WORDS,
  ORG_NOUNS_AFTER_WORDS,
  PLACE_PREPOSITIONS_WORDS,
  ROLE_NOUNS_WORDS,
} from '../../rules/data/unlisted-name-words';
import { isEverydayWordName } from './common-words';
import { isTitle, PLACE_OR_ORG, type Word } from './field-words';
import { PUBLIC_FIGURE_NAMES, type RosterIndex } from './roster';
import type { FieldView } from './rule';

/** How a word came to be taken for a given name: 'known' (a roster, extra or lexicon name) or 'unknown'. */
export type GivenKind = 'known' | 'unknown';

// Words near a name that make the person an adult or a public figure.
const ADULT_ROLES = new Set<string>(ADULT_ROLES_WORDS);
const BY_WORDS = new Set(['by', 'written', 'illustrated', 'wrote', 'starring']);

// A name alone on its line after a sign-off ("Best wishes,") or above a role ("Headteacher") signs the post.
function signature(words: Word[], i: number, end: number): boolean {
  // "Jo Barraclough x": kisses after a name still end the line.
  if (words[end] && /^x+$/.test(words[end]!.tok.lower) && /^ $/.test(words[end]!.join)) end++;
  const lineAfter = words[end];
  const endsLine = !lineAfter || /\n/.test(lineAfter.join);
  if (!endsLine || !/\n/.test(words[i]!.join)) return false;
  if (/,[ \t]*\n/.test(words[i]!.join)) return true;
  // "Gareth Pellow\nExecutive Headteacher, …": a role among the first words of the next line.
  for (let k = end; k < Math.min(words.length, end + 3); k++) {
    if (k > end && /\n/.test(words[k]!.join)) break;
    if (ADULT_ROLES.has(words[k]!.tok.lower)) return true;
  }
  return false;
}

const isAdultRole = (w: Word): boolean => ADULT_ROLES.has(w.tok.lower);

/** Whether the words around `words[i..end)` say the person is an adult. */
export function adultContext(words: Word[], i: number, end: number): boolean {
  if (isTitle(words[i - 1])) return true;
  // "@Kerry Lamb": a commenter tagged in a reply; "Nana Pat", "PCSO Turner": the role is the first word.
  if (/@$/.test(words[i]!.join) || isAdultRole(words[i]!)) return true;
  if (signature(words, i, end)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const w = words[k]!;
    if (/[.!?\n]/.test(words[k + 1]!.join)) break;
    // "former pupil Olivia Grant": the role word describes a child.
    if (isAdultRole(w) && !isChildCue(words[k + 1]!)) return true;
    if (k === i - 1 && BY_WORDS.has(w.tok.lower)) return true;
    // "by Sarah and Tom Ferris", "in the style of Zarina Holt".
    if (
      BY_WORDS.has(w.tok.lower) &&
      words.slice(k + 1, i).every((x) => x.tok.capitalised || x.tok.lower === 'and')
    )
      return true;
    if (k === i - 1 && w.tok.lower === 'of' && words[k - 1]?.tok.lower === 'style') return true;
  }
  // "Sam Trevail (our harbour skipper)", "Jo Bell, chair of governors".
  for (let k = end; k < Math.min(words.length, end + 5); k++) {
    const w = words[k]!;
    if (/[.!?\n]/.test(w.join)) break;
    if (isAdultRole(w)) return true;
  }
  return false;
}

// Words in the same sentence that say the person is a child at school.
const CHILD_CUES = new Set<string>(CHILD_CUES_WORDS);
const isChildCue = (w: Word): boolean => CHILD_CUES.has(w.tok.lower) && !w.join.endsWith('-'); // not "world-class"

/** Whether the sentence around `words[i..end)` says the person is a child at school. */
export function childContext(words: Word[], i: number, end: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
    if (/[.!?\n]/.test(words[k + 1]!.join)) break;
    if (isChildCue(words[k]!)) return true;
  }
  for (let k = end; k < Math.min(words.length, end + 8); k++) {
    if (/[.!?\n]/.test(words[k]!.join)) break;
    if (isChildCue(words[k]!)) return true;
  }
  return false;
}

const OPPONENT_BEFORE =
  /(?:\b(?:v|vs|versus|against|beat|beating)\.?|\d+ ?[-–] ?\d+ (?:to|against|by|with|v|vs))\s+$/i;

/** Whether the text just before `start` names an opposing team: "netball v", "lost 3-1 to". */
export function opponent(plain: string, start: number): boolean {
  return OPPONENT_BEFORE.test(plain.slice(Math.max(0, start - 24), start));
}

/**
 * An everyday word parents choose as a name ("Poppy", "Mercy") starts a full name when the next word is
 * the surname of a child already named in full in the post: "Oskar Brandvold … his sister Poppy Brandvold".
 */
export function everydayNamed(words: Word[], i: number, surnames: ReadonlySet<string>): GivenKind | false {
  const w = words[i]!;
  const next = words[i + 1];
  if (!w.tok.capitalised || !isEverydayWordName(w.tok.lower) || !next || !/^ $/.test(next.join)) return false;
  return next.tok.capitalised && surnames.has(next.tok.lower) ? 'known' : false;
}

// Place and organisation words no one has as a surname: "Albert Road", "Christmas Fayre", "Alder Hey Hospital".
const NEVER_A_SURNAME = new Set<string>(NEVER_A_SURNAME_WORDS);
// Award titles look like names: "our Marvellous Mathematician", "Star Reader".
const ROLE_NOUNS = new Set<string>(ROLE_NOUNS_WORDS);
// "CoastLine", "PlayZone": a brand, not a child (Mc/Mac/O' and De/La/Le names keep their capitals).
const BRAND_CASE = /^(?!Mc|Mac|O'|O’|De|Di|Da|La|Le|Van|Von)[A-Z][a-z]+[A-Z]/;
const PLACE_PREPOSITIONS = new Set<string>(PLACE_PREPOSITIONS_WORDS);
const ORG_NOUNS_AFTER = new Set<string>(ORG_NOUNS_AFTER_WORDS);

/** Whether `words[i..end]` is a song, a title, an allowed name, a public figure or an organisation. */
export function notAPersonName(
  index: RosterIndex,
  words: Word[],
  i: number,
  end: number,
  organisations: ReadonlySet<string>,
): boolean {
  const first = words[i]!;
  const last = words[end]!;
  if (last.tok.lower === first.tok.lower) return true; // "Twinkle Twinkle", "Bye Bye": a song, not a child
  const afterWord = words[end + 1];
  if (afterWord && /^ $/.test(afterWord.join) && afterWord.tok.capitalised) return true; // "Jack Frost Day", a title
  const atoms = words
    .slice(i, end + 1)
    .map((w) => w.tok.lower)
    .join(' ');
  if (index.allowlist.has(atoms) || PUBLIC_FIGURE_NAMES.has(atoms) || organisations.has(atoms)) return true;
  return (
    index.allowlist.has(`${first.tok.lower} ${last.tok.lower}`) ||
    PUBLIC_FIGURE_NAMES.has(`${first.tok.lower} ${last.tok.lower}`)
  );
}

/** Whether a name that is not an adult's is still not a child: a place, school, brand, award or team. */
export function notAChild(field: FieldView, words: Word[], i: number, end: number, kind: GivenKind): boolean {
  const first = words[i]!;
  const prev = words[i - 1];
  const last = words[end]!;
  const afterWord = words[end + 1];
  if ((kind === 'unknown' ? PLACE_OR_ORG : NEVER_A_SURNAME).has(last.tok.lower)) return true;
  // "the first Ashby Green pupil", "a warm Ashby Green welcome", "represent Ashby Green": a school.
  if (afterWord && /^ $/.test(afterWord.join) && ORG_NOUNS_AFTER.has(afterWord.tok.lower)) return true;
  if (prev && /^ $/.test(first.join) && /^represent(?:s|ed|ing)?$/.test(prev.tok.lower)) return true;
  // "Ashby Green", "Harley Park": a given name before a place word is a place more often than a child,
  // unless the sentence is about a child ("welcome to Amy Green in Year 2").
  if (kind === 'known' && PLACE_OR_ORG.has(last.tok.lower)) {
    if (!childContext(words, i, end + 1)) return true;
    // "at Bethany Chapel", "from Ashby Green": somewhere, not someone.
    if (prev && /^ $/.test(first.join) && PLACE_PREPOSITIONS.has(prev.tok.lower)) return true;
  }
  if (kind === 'unknown' && BRAND_CASE.test(first.tok.text)) return true;
  // Neither word a known given name, after a capitalised word mid-sentence: "the Royal British Legion".
  if (
    kind === 'unknown' &&
    i > 1 &&
    prev?.tok.capitalised &&
    !isTitle(prev) &&
    !/[.!?:,\n]/.test(first.join + prev.join)
  )
    return true;
  if (ROLE_NOUNS.has(last.tok.lower)) return true;
  // A title in quotes: 'Bugsy Malone', "Matilda Wormwood".
  if (/['"]\s*$/.test(first.join) && /^\s*['"]/.test(field.text.plain.slice(last.tok.end, last.tok.end + 2)))
    return true;
  // "Lost 3-1 to Fernley Cross", "netball v Fernley Cross": an opposing team.
  if (kind === 'unknown' && opponent(field.text.plain, first.tok.start)) return true;
  // Neither word is a known given name: let compromise judge the span with its neighbours.
  return (
    kind === 'unknown' && !childContext(words, i, end + 1) && !compromiseSeesPerson(field, words, i, end)
  );
}

/** Whether compromise reads `words[i..end]`, with two words either side, as a person: costly, so last. */
function compromiseSeesPerson(field: FieldView, words: Word[], i: number, end: number): boolean {
  const from = words[Math.max(0, i - 2)]!.tok.start;
  const to = words[Math.min(words.length - 1, end + 2)]!.tok.end;
  const span = field.text.plain.slice(from, to);
  const people = nlp(span).people().out('array') as string[];
  const firstWord = words[i]!.tok.text;
  const lastWord = words[end]!.tok.text;
  return people.some((p) => p.includes(firstWord) && p.includes(lastWord));
}
