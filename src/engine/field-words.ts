// The words of a field, and the tests on them that every name finder shares.
//
// Roster matching (name-mentions.ts), the given-name context and unlisted names all walk the same list
// of words with what joins each to the one before, and all need to know a title ("Mrs", "Dr") from a
// name and a place ("Ashby Green Primary") from a person, so those live here rather than in one of them.

import { CAPITALISED_TITLE_WORDS, TITLE_WORDS } from '../../rules/data/titles';
import { PLACE_OR_ORG_WORDS } from '../../rules/data/unlisted-name-words';
import type { FieldView } from './rule';
import type { Token } from './tokens';

/** A word token with what separates it from the previous word ("", " ", "'", ", ", "\n"). */
export interface Word {
  tok: Token;
  join: string;
  /** Index of the token in the field's token list. */
  index: number;
}

export function wordsOf(field: FieldView): Word[] {
  const words: Word[] = [];
  const plain = field.text.plain;
  let prevEnd = 0;
  field.tokens.forEach((tok, index) => {
    if (tok.kind === 'punct') return;
    words.push({ tok, join: plain.slice(prevEnd, tok.start), index });
    prevEnd = tok.end;
  });
  return words;
}

const TITLES = new Set<string>(TITLE_WORDS);

const CAPITALISED_TITLES = new Set<string>(CAPITALISED_TITLE_WORDS);

export function isTitle(w: Word | undefined): boolean {
  if (!w || !TITLES.has(w.tok.lower)) return false;
  return w.tok.capitalised || !CAPITALISED_TITLES.has(w.tok.lower);
}

/** A last word that makes two capitalised words a place or an organisation ("Penrose Woods", "Highfield Academy"). */
export const PLACE_OR_ORG: ReadonlySet<string> = new Set(PLACE_OR_ORG_WORDS);

/**
 * Pairs of capitalised words that name a place or organisation somewhere in the field ("Ashby Green"
 * of "Ashby Green Primary"): the same pair alone later in the post is that place, not a person.
 */
export function organisationNames(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (let k = 0; k + 2 < words.length; k++) {
    const [a, b, c] = [words[k]!, words[k + 1]!, words[k + 2]!];
    if (!PLACE_OR_ORG.has(c.tok.lower) || !c.tok.capitalised || !/^ $/.test(c.join)) continue;
    if (a.tok.capitalised && b.tok.capitalised && /^ $/.test(b.join))
      out.add(`${a.tok.lower} ${b.tok.lower}`);
  }
  return out;
}
