// Children who are not on the roster (new starters, pupils of other schools) named in full.
//
// Cheap token tests pick candidate spans (two or three capitalised words, the first a given name);
// compromise's lexicon and tagger judge only those spans; adult context (a title, "author", "our MP"),
// the allowlist and a list of public figures rule out adults. This file finds the spans; the tests of
// the words around them are in unlisted-name-context.ts.

import { EXTRA_GIVEN_NAMES } from '../../rules/data/given-names';
import { COUNT_WORDS } from '../../rules/data/unlisted-name-words';
import { isCommonWord, isLexiconGivenName, lexiconTags } from './common-words';
import { isTitle, organisationNames, wordsOf, type Word } from './field-words';
import { nameAtoms, type RosterIndex } from './roster';
import type { FieldView } from './rule';
import {
  adultContext,
  everydayNamed,
  notAChild,
  notAPersonName,
  type GivenKind,
} from './unlisted-name-context';

export interface UnlistedName {
  start: number;
  end: number;
  given: { start: number; end: number };
}

const tagsOf = lexiconTags;
const SURNAME_OK_TAGS = new Set(['LastName', 'FirstName', 'MaleName', 'FemaleName', 'Person']);

const EXTRA_GIVEN = new Set(EXTRA_GIVEN_NAMES.map((n) => n.toLowerCase()));

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

/** Whether a word can stand as a surname: capitalised and not an everyday word by compromise's lexicon. */
function surnameLike(w: Word | undefined): boolean {
  if (!w || w.tok.kind !== 'word' || !w.tok.capitalised || w.tok.text.length < 2) return false;
  if (/\d/.test(w.tok.text)) return false; // "KS2", "Y6": not a surname
  const tags = tagsOf(w.tok.lower);
  if (tags.length === 0) return true;
  return tags.some((t) => SURNAME_OK_TAGS.has(t));
}

/** Whether a word can start a full name: 'known' (roster, extra or lexicon name) or 'unknown' (untagged). */
function givenLike(index: RosterIndex, w: Word): GivenKind | false {
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

const NUMBER_WORDS = new Set<string>(COUNT_WORDS);

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
  const result: FieldScan = { words: wordsOf(field), names: [], adults: new Set<string>() };
  if (field.kind !== 'filename') scanWords(index, field, result);
  memo.set(field, result);
  return result;
}

/** Walks the field's words once: each word that may start a given name is tried as a full name. */
function scanWords(index: RosterIndex, field: FieldView, scan: FieldScan): void {
  const { words, names: out, adults } = scan;
  const organisations = organisationNames(words);
  const surnames = namedSurnames(index, field);
  const taken = (w: Word): boolean => field.mentions.some((m) => w.tok.start < m.end && m.start < w.tok.end);
  for (let i = 0; i + 1 < words.length; i++) {
    const first = words[i]!;
    const kind = givenLike(index, first) || everydayNamed(words, i, surnames);
    if (!kind || taken(first)) continue;
    const prev = words[i - 1];
    // The second half of a hyphenated given name: judged with its first half ("Mary-Jo Fenwick" after
    // "Miss"), or, when the first half is an everyday word ("Rose-Ann"), the name starts there.
    const halfOf = prev?.tok.capitalised && first.join === '-' ? i - 1 : i;
    if (halfOf < i && givenLike(index, prev!)) continue;
    if (notANameStart(index, words, i)) continue;
    // A hyphenated given name: "Amelia-Rose".
    let g = i;
    while (words[g + 1] && words[g + 1]!.join === '-' && words[g + 1]!.tok.capitalised) g++;
    const end = surnameEnd(index, words, g + 1, kind, taken);
    if (end < 0) continue;
    const last = words[end]!;
    if (notAPersonName(index, words, i, end, organisations)) continue;
    if (adultContext(words, halfOf, end + 1)) {
      adults.add(nameKey(field, words[halfOf]!.tok.start, last.tok.end));
      continue;
    }
    if (notAChild(field, words, i, end, kind)) continue;
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

/** Surnames of pupils the roster pass found in full in the field: for `everydayNamed`. */
function namedSurnames(index: RosterIndex, field: FieldView): Set<string> {
  // Surnames of children named in full so far: a brother or sister may follow. Taken from the roster,
  // so "Ashworth, Tilly" and "Tilly\nAshworth" give "ashworth" as "Tilly Ashworth" does.
  return new Set(
    field.mentions
      .filter((m) => m.kind !== 'given')
      .flatMap((m) => m.pupils.map((p) => nameAtoms(index.pupils[p]!.lastName)[0] ?? '')),
  );
}

/** Whether the word before `words[i]` makes it part of a thing, a costume or a proper noun, not a name. */
function notANameStart(index: RosterIndex, words: Word[], i: number): boolean {
  const first = words[i]!;
  const prev = words[i - 1];
  // "the Village Pantry", "The Willow Room": a thing or a place, not a child.
  if (prev?.tok.lower === 'the' && /^ $/.test(first.join)) return true;
  // "six Willy Wonkas", "two Harry Potters": costumes, not children.
  if (prev && /^ $/.test(first.join) && (prev.tok.kind === 'number' || NUMBER_WORDS.has(prev.tok.lower)))
    return true;
  // Inside a longer proper noun ("Houses of Parliament", "St Mary's") or a title-cased heading.
  if (
    prev &&
    prev.tok.capitalised &&
    /^ $/.test(first.join) &&
    !isTitle(prev) &&
    i > 0 &&
    !/[.!?:\n]/.test(first.join)
  ) {
    if (givenLike(index, prev) || surnameLike(prev)) return true;
  }
  if (prev && /^(?:st|saint|ste)$/.test(prev.tok.lower) && prev.tok.capitalised) return true; // "St Vincent de Paul"
  return false;
}

/**
 * The index of the last word of the surname that follows a given name ending before `words[start]`, or -1
 * when no free surname follows: the span is then not a full name.
 */
function surnameEnd(
  index: RosterIndex,
  words: Word[],
  start: number,
  kind: GivenKind,
  taken: (w: Word) => boolean,
): number {
  let end = start;
  if (!words[end]) return -1;
  // A surname with lower-case particles after a known given name: "Rosa da Costa", "Lucas van der Berg".
  let particles = false;
  if (kind === 'known') {
    let k = end;
    while (k < end + 2 && SURNAME_PARTICLES.has(words[k]?.tok.lower ?? '') && !words[k]!.tok.capitalised) k++;
    const surname = words[k];
    particles =
      k > end && !!surname?.tok.capitalised && words.slice(end, k + 1).every((w) => /^ $/.test(w.join));
    if (particles) end = k;
  }
  if (!/^ $/.test(words[end]!.join) || !(particles || surnameLike(words[end])) || taken(words[end]!))
    return -1;
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
  return end;
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
