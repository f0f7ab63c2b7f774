// Finding roster pupils named in a field: in full, reversed ("Ashworth, Tilly"), by initials, or by the
// given name alone.
//
// Runs on every check, field by field, against the index roster.ts builds once per settings change:
// one pass over the words, each looked up by its first atom, so nothing here walks the whole roster.

import { isTitle, organisationNames, wordsOf, type Word } from './field-words';
import { readsAsGivenName } from './given-name-context';
import { nameAtoms, type NameForm, type RosterIndex } from './roster';
import type { FieldView } from './rule';
import type { Token } from './tokens';
import type { Pupil } from './types';

/**
 * How a pupil was named:
 * - `given`: first or preferred name alone ("Tilly")
 * - `full`: given name, optional middle name(s), surname ("Tilly Ashworth", "Tilly May Ashworth", "TILLY ASHWORTH")
 * - `reversed`: surname then given name ("Ashworth, Tilly", "ASHWORTH Tilly")
 * - `initial-surname`: "A. Smith";  `surname-initial`: "Smith A.", "Smith, A."
 */
export type MentionKind = 'given' | 'full' | 'reversed' | 'initial-surname' | 'surname-initial';

export interface NameMention {
  kind: MentionKind;
  /** Offsets into the field's normalised text: the name as written, without a trailing "'s". */
  start: number;
  end: number;
  /** Roster pupils this could be (several when a given name is shared). Indices into `pupils`. */
  pupils: number[];
  /** Where the given name sits inside the mention, for the "first name only" fix (absent for initials). */
  given?: { start: number; end: number };
}

const TIGHT_JOIN = /^[ '-]?$/; // inside one name: "Ella-Mae", "O'Brien", "Mc Donald"
const NAME_GAP = /^[ \t]*\n?[ \t]*$/; // between given name and surname: a space or a line break
const REVERSED_GAP = /^ *, *$|^ +$/;
const INITIAL_GAP = /^\. *$|^ +$/;

/** Length in words of `atoms` matched at words[i], or 0. */
function matchAtoms(words: Word[], i: number, atoms: string[]): number {
  for (let k = 0; k < atoms.length; k++) {
    const w = words[i + k];
    if (!w || w.tok.lower !== atoms[k]) return 0;
    if (k > 0 && !TIGHT_JOIN.test(w.join)) return 0;
  }
  return atoms.length;
}

function formsAt(map: Map<string, NameForm[]>, words: Word[], i: number): { form: NameForm; len: number }[] {
  const w = words[i];
  if (!w) return [];
  const out: { form: NameForm; len: number }[] = [];
  for (const form of map.get(w.tok.lower) ?? []) {
    const len = matchAtoms(words, i, form.atoms);
    if (len) out.push({ form, len });
  }
  return out;
}

function isInitial(w: Word | undefined): boolean {
  return !!w && w.tok.kind === 'word' && w.tok.text.length === 1 && w.tok.capitalised;
}

/** A surname written only in lower case in otherwise cased text is probably a word, not a name. */
function caseAgrees(given: Token, surname: Token): boolean {
  if (given.capitalised && surname.capitalised) return true;
  if (!given.capitalised && !surname.capitalised) return true; // "tilly ashworth": typed in lower case
  return false;
}

/** The given name of a mention as matched (folded), e.g. "summer" in "Summer Okoro". */
export function givenNameOf(field: FieldView, m: NameMention): string | undefined {
  return m.given && field.text.folded.slice(m.given.start, m.given.end);
}

/**
 * Finds roster pupils named in a field. Full names (in any order, with middle names, initials or a line
 * break) win over the given name alone; a given name alone is reported only when it reads as a name.
 */
export function findMentions(
  index: RosterIndex,
  field: FieldView,
  words: Word[] = wordsOf(field),
  namedElsewhere: ReadonlySet<string> = NONE,
): NameMention[] {
  const mentions: NameMention[] = [];
  const isFilename = field.kind === 'filename';
  // A pupil named in full ("Summer Okoro") is the Summer of the sentences after it.
  const named = new Set(namedElsewhere);
  const organisations = organisationNames(words);
  let i = 0;
  while (i < words.length) {
    const m = matchAt(index, words, i, isFilename, named, organisations);
    if (m) {
      mentions.push(m.mention);
      const given = m.mention.kind === 'full' && givenNameOf(field, m.mention);
      if (given) named.add(given);
      i = m.next;
    } else i++;
  }
  return mentions;
}

function matchAt(
  index: RosterIndex,
  words: Word[],
  i: number,
  isFilename: boolean,
  namedElsewhere: ReadonlySet<string>,
  organisations: ReadonlySet<string>,
): { mention: NameMention; next: number } | null {
  const w = words[i]!;
  if (isTitle(words[i - 1]) && !isFilename) return null; // "Mrs Smith", "Mr Daniel Shah": adults
  const givens = formsAt(index.givenByAtom, words, i);

  // Given name [middle names] surname — or given name + initial of the surname ("Tilly A." is allowed).
  for (const { form, len } of givens) {
    const pupil = index.pupils[form.pupil]!;
    const surnameAtoms = nameAtoms(pupil.lastName);
    for (let middle = 0; middle <= 2; middle++) {
      const s = i + len + middle;
      const sw = words[s];
      if (!sw) break;
      if (middle > 0) {
        const mw = words[s - 1]!;
        if (!mw.tok.capitalised || !/^ +$/.test(mw.join) || mw.tok.text.length < 2) break;
      }
      if (!NAME_GAP.test(sw.join) && !(isFilename && /^[ _.-]$/.test(sw.join))) break;
      const slen = matchForm(surnameAtoms, words, s);
      // The surname's last word carries its case: "da Costa", "van der Berg".
      if (slen && (isFilename || caseAgrees(w.tok, words[s + slen - 1]!.tok))) {
        const pupils = samePupils(index, words, i, len, s, slen);
        const last = words[s + slen - 1]!;
        return {
          mention: {
            kind: 'full',
            start: w.tok.start,
            end: last.tok.end,
            pupils,
            given: { start: w.tok.start, end: words[i + len - 1]!.tok.end },
          },
          next: s + slen,
        };
      }
    }
  }

  // Surname first: "Ashworth, Tilly", "ASHWORTH Tilly", "Ashworth T.", "Ashworth, T."
  for (const { form, len } of formsAt(index.surnameByAtom, words, i)) {
    const after = words[i + len];
    if (!after || !REVERSED_GAP.test(after.join)) continue;
    const pupil = index.pupils[form.pupil]!;
    const bareSpace = !after.join.includes(',');
    const givenLen = Math.max(
      matchForm(nameAtoms(pupil.firstName), words, i + len),
      pupil.preferredName ? matchForm(nameAtoms(pupil.preferredName), words, i + len) : 0,
    );
    // Without a comma, only when the surname is set apart in capitals ("WALKER Billy", "O'NEILL Ava") or
    // is nobody's given name ("Birch Callum" on a team sheet; not "Thomas Grace", two children).
    const surnameWord = words[i + len - 1]!.tok;
    const setApart = surnameWord.allCaps && !words[i + len]!.tok.allCaps;
    const afterGiven = words[i + len + givenLen];
    const plainSurname =
      surnameWord.capitalised &&
      words[i + len]!.tok.capitalised &&
      !isTitle(words[i - 1]) &&
      !formsAt(index.givenByAtom, words, i).length &&
      !(afterGiven && /^ $/.test(afterGiven.join) && afterGiven.tok.capitalised) &&
      !organisations.has(`${surnameWord.lower} ${words[i + len]!.tok.lower}`);
    if (givenLen && (!bareSpace || setApart || plainSurname || isFilename)) {
      const last = words[i + len + givenLen - 1]!;
      return {
        mention: {
          kind: 'reversed',
          start: w.tok.start,
          end: last.tok.end,
          pupils: [form.pupil],
          given: { start: after.tok.start, end: last.tok.end },
        },
        next: i + len + givenLen,
      };
    }
    if (isInitial(after) && initialMatches(after, pupil) && !isFilename) {
      return {
        mention: { kind: 'surname-initial', start: w.tok.start, end: after.tok.end, pupils: [form.pupil] },
        next: i + len + 1,
      };
    }
  }

  // Initial then surname: "A. Smith", "A Smith"
  if (isInitial(w) && !isFilename) {
    const s = i + 1;
    const sw = words[s];
    if (sw && INITIAL_GAP.test(sw.join)) {
      // The surname's last word carries its case: "R. da Silva".
      const pupils = formsAt(index.surnameByAtom, words, s).filter(
        ({ form, len }) =>
          initialMatches(w, index.pupils[form.pupil]!) && words[s + len - 1]!.tok.capitalised,
      );
      if (pupils.length) {
        const len = pupils[0]!.len;
        return {
          mention: {
            kind: 'initial-surname',
            start: w.tok.start,
            end: words[s + len - 1]!.tok.end,
            pupils: [...new Set(pupils.map((p) => p.form.pupil))],
          },
          next: s + len,
        };
      }
    }
  }

  // The given name alone.
  if (givens.length) {
    const len = Math.max(...givens.map((g) => g.len));
    const pupils = [...new Set(givens.filter((g) => g.len === len).map((g) => g.form.pupil))];
    const last = words[i + len - 1]!;
    if (readsAsGivenName(index, words, i, len, isFilename, namedElsewhere)) {
      return {
        mention: {
          kind: 'given',
          start: w.tok.start,
          end: last.tok.end,
          pupils,
          given: { start: w.tok.start, end: last.tok.end },
        },
        next: i + len,
      };
    }
  }
  return null;
}

const NONE: ReadonlySet<string> = new Set();

function matchForm(atoms: string[], words: Word[], i: number): number {
  if (!atoms.length) return 0;
  const direct = matchAtoms(words, i, atoms);
  if (direct) return direct;
  return atoms.length > 1 ? matchAtoms(words, i, [atoms.join('')]) : 0;
}

function initialMatches(initial: Word, pupil: Pupil): boolean {
  const letter = initial.tok.lower;
  return [pupil.firstName, pupil.preferredName].some((n) => n && nameAtoms(n)[0]?.[0] === letter);
}

/** The pupils whose given name at i and surname at s both match (one, unless two pupils share both). */
function samePupils(
  index: RosterIndex,
  words: Word[],
  i: number,
  len: number,
  s: number,
  slen: number,
): number[] {
  const givenPupils = new Set(
    formsAt(index.givenByAtom, words, i)
      .filter((g) => g.len === len)
      .map((g) => g.form.pupil),
  );
  const out: number[] = [];
  for (const p of givenPupils)
    if (matchForm(nameAtoms(index.pupils[p]!.lastName), words, s) === slen) out.push(p);
  return out;
}
