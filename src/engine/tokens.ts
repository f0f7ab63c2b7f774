// Splits folded text into words, numbers and single punctuation marks, keeping offsets.

import type { NormalisedText } from './normalise';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** Offsets into the normalised text (`plain`/`folded`), end exclusive. */
  start: number;
  end: number;
  /** As written, folded but case kept ("OBrien", "Zoe"). */
  text: string;
  /** Lower case, for lookups. */
  lower: string;
  /** First letter is a capital. */
  capitalised: boolean;
  /** Every letter is a capital and there are at least two. */
  allCaps: boolean;
  /** The characters between the previous token and this one ('' when they touch). */
  gapBefore: string;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
const DIGIT = /^\p{N}+$/u;

export function tokenize(text: NormalisedText): Token[] {
  const { plain, folded } = text;
  const tokens: Token[] = [];
  let last = 0;
  for (const m of plain.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = m[0];
    const lower = folded.slice(start, end);
    const isWord = /[\p{L}\p{N}]/u.test(word);
    const kind: TokenKind = !isWord ? 'punct' : DIGIT.test(word) ? 'number' : 'word';
    const capitalised = kind === 'word' && word[0] !== lower[0];
    tokens.push({
      kind,
      start,
      end,
      text: word,
      lower,
      capitalised,
      allCaps: capitalised && word.length > 1 && word === word.toUpperCase() && word !== lower,
      gapBefore: plain.slice(last, start),
    });
    last = end;
  }
  return tokens;
}
