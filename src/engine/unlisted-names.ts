// Children who are not on the roster (new starters, pupils of other schools) named in full.
//
// Cheap token tests pick candidate spans (two or three capitalised words, the first a given name);
// compromise's lexicon and tagger judge only those spans; adult context (a title, "author", "our MP"),
// the allowlist and a list of public figures rule out adults.

import nlp from 'compromise';
import { EXTRA_GIVEN_NAMES } from '../../rules/data/given-names';
import {
  ADULT_ROLES_WORDS,
  CHILD_CUES_WORDS,
  COUNT_WORDS,
  ORG_NOUNS_AFTER_WORDS,
  PLACE_PREPOSITIONS_WORDS,
  NEVER_A_SURNAME_WORDS,
  ROLE_NOUNS_WORDS,
} from '../../rules/data/unlisted-name-words';
import { isCommonWord, isEverydayWordName, isLexiconGivenName, lexiconTags } from './common-words';
import {
  isTitle,
  nameAtoms,
  organisationNames,
  PLACE_OR_ORG,
  PUBLIC_FIGURE_NAMES,
  wordsOf,
  type RosterIndex,
  type Word,
} from './roster';
import type { FieldView } from './rule';

export interface UnlistedName {
  start: number;
  end: number;
  given: { start: number; end: number };
}

const tagsOf = lexiconTags;
const SURNAME_OK_TAGS = new Set(['LastName', 'FirstName', 'MaleName', 'FemaleName', 'Person']);

const EXTRA_GIVEN = new Set(EXTRA_GIVEN_NAMES.map((n) => n.toLowerCase()));

// Words near a name that make the person an adult or a public figure.
const ADULT_ROLES = new Set<string>(ADULT_ROLES_WORDS);
// Place and organisation words no one has as a surname: "Albert Road", "Christmas Fayre", "Alder Hey Hospital".
const NEVER_A_SURNAME = new Set<string>(NEVER_A_SURNAME_WORDS);
// Award titles look like names: "our Marvellous Mathematician", "Star Reader".
const ROLE_NOUNS = new Set<string>(ROLE_NOUNS_WORDS);
// "CoastLine", "PlayZone": a brand, not a child (Mc/Mac/O' and De/La/Le names keep their capitals).
const BRAND_CASE = /^(?!Mc|Mac|O'|O’|De|Di|Da|La|Le|Van|Von)[A-Z][a-z]+[A-Z]/;
const SURNAME_PARTICLES = new Set([
  'da',
  'de',
  'del',
  'della',
  'der',
  'di',
  'do',
  'dos',
  'du',
  'van',
  'von',
  'le',
  'la',
  'ter',
  'ten',
  'bin',
  'binti',
  'al',
  'el',
]);
const BY_WORDS = new Set(['by', 'written', 'illustrated', 'wrote', 'starring']);

/** Whether a word can stand as a surname: capitalised and not an everyday word by compromise's lexicon. */
function surnameLike(w: Word | undefined): boolean {
  if (!w || w.tok.kind !== 'word' || !w.tok.capitalised || w.tok.text.length < 2) return false;
  if (/\d/.test(w.tok.text)) return false; // "KS2", "Y6": not a surname
  const tags = tagsOf(w.tok.lower);
  if (tags.length === 0) return true;
  return tags.some((t) => SURNAME_OK_TAGS.has(t));
}

function givenLike(index: RosterIndex, w: Word): 'known' | 'unknown' | false {
  if (w.tok.kind !== 'word' || !w.tok.capitalised || w.tok.text.length < 2) return false;
  if (isTitle(w)) return false;
  // An everyday word ("Summer Disco", "Will Power") starts a full name only when it is a roster name
  // followed by that pupil's surname, which the roster pass has already found.
  if (isCommonWord(w.tok.lower)) return false;
  if (index.givenByAtom.has(w.tok.lower) || EXTRA_GIVEN.has(w.tok.lower)) return 'known';
  if (isLexiconGivenName(w.tok.lower)) return 'known';
  if (tagsOf(w.tok.lower).length === 0) return 'unknown';
  return false;
}

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

function adultContext(words: Word[], i: number, end: number): boolean {
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

function childContext(words: Word[], i: number, end: number): boolean {
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

const PLACE_PREPOSITIONS = new Set<string>(PLACE_PREPOSITIONS_WORDS);
const ORG_NOUNS_AFTER = new Set<string>(ORG_NOUNS_AFTER_WORDS);
const NUMBER_WORDS = new Set<string>(COUNT_WORDS);
const OPPONENT_BEFORE =
  /(?:\b(?:v|vs|versus|against|beat|beating)\.?|\d+ ?[-–] ?\d+ (?:to|against|by|with|v|vs))\s+$/i;

function opponent(plain: string, start: number): boolean {
  return OPPONENT_BEFORE.test(plain.slice(Math.max(0, start - 24), start));
}

/**
 * An everyday word parents choose as a name ("Poppy", "Mercy") starts a full name when the next word is
 * the surname of a child already named in full in the post: "Oskar Brandvold … his sister Poppy Brandvold".
 */
function everydayNamed(words: Word[], i: number, surnames: ReadonlySet<string>): 'known' | false {
  const w = words[i]!;
  const next = words[i + 1];
  if (!w.tok.capitalised || !isEverydayWordName(w.tok.lower) || !next || !/^ $/.test(next.join)) return false;
  return next.tok.capitalised && surnames.has(next.tok.lower) ? 'known' : false;
}

interface FieldScan {
  words: Word[];
  /** Children not on the roster named in full in the field. */
  names: UnlistedName[];
  /** Full names (as `nameKey`s) the field says are adults ("local author Jo Bell"): adults in the alt text too. */
  adults: Set<string>;
}

const memo = new WeakMap<FieldView, FieldScan>();

/** A full name as written in [start, end) of a field, the same however it is spaced or hyphenated. */
const nameKey = (field: FieldView, start: number, end: number): string =>
  field.text.folded.slice(start, end).replace(/[\s'’-]+/g, ' ');

/** Children not on the roster named in full in one field (see `unlistedInPost` for a whole post). */
function scanField(index: RosterIndex, field: FieldView): FieldScan {
  const cached = memo.get(field);
  if (cached) return cached;
  const out: UnlistedName[] = [];
  const adults = new Set<string>();
  const words = wordsOf(field);
  if (field.kind !== 'filename') {
    const organisations = organisationNames(words);
    // Surnames of children named in full so far: a brother or sister may follow. Taken from the roster,
    // so "Ashworth, Tilly" and "Tilly\nAshworth" give "ashworth" as "Tilly Ashworth" does.
    const surnames = new Set(
      field.mentions
        .filter((m) => m.kind !== 'given')
        .flatMap((m) => m.pupils.map((p) => nameAtoms(index.pupils[p]!.lastName)[0] ?? '')),
    );
    const taken = (w: Word): boolean =>
      field.mentions.some((m) => w.tok.start < m.end && m.start < w.tok.end);
    for (let i = 0; i + 1 < words.length; i++) {
      const first = words[i]!;
      const kind = givenLike(index, first) || everydayNamed(words, i, surnames);
      if (!kind || taken(first)) continue;
      const prev = words[i - 1];
      // The second half of a hyphenated given name: judged with its first half ("Mary-Jo Fenwick" after
      // "Miss"), or, when the first half is an everyday word ("Rose-Ann"), the name starts there.
      const halfOf = prev?.tok.capitalised && first.join === '-' ? i - 1 : i;
      if (halfOf < i && givenLike(index, prev!)) continue;
      // "the Village Pantry", "The Willow Room": a thing or a place, not a child.
      if (prev?.tok.lower === 'the' && /^ $/.test(first.join)) continue;
      // "six Willy Wonkas", "two Harry Potters": costumes, not children.
      if (prev && /^ $/.test(first.join) && (prev.tok.kind === 'number' || NUMBER_WORDS.has(prev.tok.lower)))
        continue;
      // Inside a longer proper noun ("Houses of Parliament", "St Mary's") or a title-cased heading.
      if (
        prev &&
        prev.tok.capitalised &&
        /^ $/.test(first.join) &&
        !isTitle(prev) &&
        i > 0 &&
        !/[.!?:\n]/.test(first.join)
      ) {
        if (givenLike(index, prev) || surnameLike(prev)) continue;
      }
      if (prev && /^(?:st|saint|ste)$/.test(prev.tok.lower) && prev.tok.capitalised) continue; // "St Vincent de Paul"
      // A hyphenated given name: "Amelia-Rose".
      let g = i;
      while (words[g + 1] && words[g + 1]!.join === '-' && words[g + 1]!.tok.capitalised) g++;
      let end = g + 1;
      if (!words[end]) continue;
      // A surname with lower-case particles after a known given name: "Rosa da Costa", "Lucas van der Berg".
      let particles = false;
      if (kind === 'known') {
        let k = end;
        while (k < end + 2 && SURNAME_PARTICLES.has(words[k]?.tok.lower ?? '') && !words[k]!.tok.capitalised)
          k++;
        const surname = words[k];
        particles =
          k > end && !!surname?.tok.capitalised && words.slice(end, k + 1).every((w) => /^ $/.test(w.join));
        if (particles) end = k;
      }
      if (!/^ $/.test(words[end]!.join) || !(particles || surnameLike(words[end])) || taken(words[end]!))
        continue;
      // A middle name: "Kian James Murray".
      if (
        words[end + 1] &&
        /^ $/.test(words[end + 1]!.join) &&
        surnameLike(words[end + 1]) &&
        givenLike(index, words[end]!) === 'known'
      )
        end++;
      // A double-barrelled surname: "Coleridge-Taylor", "Clarke-Bennett".
      while (words[end + 1]?.join === '-' && words[end + 1]!.tok.capitalised) end++;
      const last = words[end]!;
      if (last.tok.lower === first.tok.lower) continue; // "Twinkle Twinkle", "Bye Bye": a song, not a child
      const afterWord = words[end + 1];
      if (afterWord && /^ $/.test(afterWord.join) && afterWord.tok.capitalised) continue; // "Jack Frost Day", a title
      const atoms = words
        .slice(i, end + 1)
        .map((w) => w.tok.lower)
        .join(' ');
      if (index.allowlist.has(atoms) || PUBLIC_FIGURE_NAMES.has(atoms) || organisations.has(atoms)) continue;
      if (
        index.allowlist.has(`${first.tok.lower} ${last.tok.lower}`) ||
        PUBLIC_FIGURE_NAMES.has(`${first.tok.lower} ${last.tok.lower}`)
      )
        continue;
      if (adultContext(words, halfOf, end + 1)) {
        adults.add(nameKey(field, words[halfOf]!.tok.start, last.tok.end));
        continue;
      }
      if ((kind === 'unknown' ? PLACE_OR_ORG : NEVER_A_SURNAME).has(last.tok.lower)) continue;
      // "the first Ashby Green pupil", "a warm Ashby Green welcome", "represent Ashby Green": a school.
      if (afterWord && /^ $/.test(afterWord.join) && ORG_NOUNS_AFTER.has(afterWord.tok.lower)) continue;
      if (prev && /^ $/.test(first.join) && /^represent(?:s|ed|ing)?$/.test(prev.tok.lower)) continue;
      // "Ashby Green", "Ashby Green": a given name before a place word is a place more often than a child,
      // unless the sentence is about a child ("welcome to Amy Green in Year 2").
      if (kind === 'known' && PLACE_OR_ORG.has(last.tok.lower)) {
        if (!childContext(words, i, end + 1)) continue;
        // "at Bethany Chapel", "from Ashby Green": somewhere, not someone.
        if (prev && /^ $/.test(first.join) && PLACE_PREPOSITIONS.has(prev.tok.lower)) continue;
      }
      if (kind === 'unknown' && BRAND_CASE.test(first.tok.text)) continue;
      // Neither word a known given name, after a capitalised word mid-sentence: "the Royal British Legion".
      if (
        kind === 'unknown' &&
        i > 1 &&
        prev?.tok.capitalised &&
        !isTitle(prev) &&
        !/[.!?:,\n]/.test(first.join + prev.join)
      )
        continue;
      if (ROLE_NOUNS.has(last.tok.lower)) continue;
      // A title in quotes: 'Bugsy Malone', "Matilda Wormwood".
      if (
        /['"]\s*$/.test(first.join) &&
        /^\s*['"]/.test(field.text.plain.slice(last.tok.end, last.tok.end + 2))
      )
        continue;
      // "Lost 3-1 to Fernley Cross", "netball v Fernley Cross": an opposing team.
      if (kind === 'unknown' && opponent(field.text.plain, first.tok.start)) continue;
      if (kind === 'unknown' && !childContext(words, i, end + 1)) {
        // Neither word is a known given name: let compromise judge the span with its neighbours.
        const from = words[Math.max(0, i - 2)]!.tok.start;
        const to = words[Math.min(words.length - 1, end + 2)]!.tok.end;
        const span = field.text.plain.slice(from, to);
        const people = nlp(span).people().out('array') as string[];
        const firstWord = first.tok.text;
        const lastWord = words[end]!.tok.text;
        if (!people.some((p) => p.includes(firstWord) && p.includes(lastWord))) continue;
      }
      surnames.add(last.tok.lower);
      const lead = words[halfOf]!;
      out.push({
        start: lead.tok.start,
        end: last.tok.end,
        given: { start: lead.tok.start, end: words[g]!.tok.end },
      });
      i = end;
    }
  }
  const result = { words, names: out, adults };
  memo.set(field, result);
  return result;
}

export interface PostUnlistedName extends UnlistedName {
  /** Only the given name, after the child was named in full elsewhere in the post. */
  givenOnly?: boolean;
}

const postMemo = new WeakMap<readonly FieldView[], Map<string, PostUnlistedName[]>>();

/**
 * Children not on the roster named in a post, by field: their full names, less names the post gives to
 * adults in another field, and — once a child is named in full ("Please welcome Oyin Adebanjo") — their
 * given name alone elsewhere in the post ("Oyin loves football", "welcome_oyin.jpg").
 */
export function unlistedInPost(
  index: RosterIndex,
  fields: readonly FieldView[],
): Map<string, PostUnlistedName[]> {
  const cached = postMemo.get(fields);
  if (cached) return cached;
  const scans = fields.map((f) => scanField(index, f));
  const adults = new Set(scans.flatMap((s) => [...s.adults]));
  const givens = new Set<string>();
  const byField = new Map<string, PostUnlistedName[]>();
  fields.forEach((f, k) => {
    const names = scans[k]!.names.filter((n) => !adults.has(nameKey(f, n.start, n.end)));
    for (const n of names) givens.add(f.text.folded.slice(n.given.start, n.given.end));
    byField.set(f.id, names);
  });
  if (givens.size) {
    fields.forEach((f, k) => {
      const names = byField.get(f.id)!;
      const taken = (start: number, end: number): boolean =>
        [...names, ...f.mentions].some((m) => start < m.end && m.start < end);
      const extra: PostUnlistedName[] = [];
      const words = scans[k]!.words;
      for (const [j, w] of words.entries()) {
        if (!givens.has(w.tok.lower) || taken(w.tok.start, w.tok.end)) continue;
        if (f.kind !== 'filename' && (!w.tok.capitalised || isTitle(words[j - 1]))) continue;
        // Part of a longer name ("Ashby Green" again, as a team this time): judged as a full name.
        const next = words[j + 1];
        if (f.kind !== 'filename' && next && /^ $/.test(next.join) && next.tok.capitalised) continue;
        extra.push({
          start: w.tok.start,
          end: w.tok.end,
          given: { start: w.tok.start, end: w.tok.end },
          givenOnly: true,
        });
      }
      if (extra.length)
        byField.set(
          f.id,
          [...names, ...extra].sort((a, b) => a.start - b.start),
        );
    });
  }
  postMemo.set(fields, byField);
  return byField;
}
