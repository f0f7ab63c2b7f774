import nlp from 'compromise';
import { EVERYDAY_WORD_NAMES } from '../../rules/data/everyday-word-names';

const EVERYDAY = new Set(EVERYDAY_WORD_NAMES);
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName', 'Honorific']);

type Lexicon = Record<string, string | string[]>;
let lexicon: Lexicon | undefined;

/** compromise's tags for a lower-case word ([] when it does not know the word). */
export function lexiconTags(lower: string): string[] {
  lexicon ??= (nlp.world() as unknown as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
  const t = lexicon[lower];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const GIVEN_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);

/** Whether compromise knows a (lower-case, folded) word as a given name and not as an everyday word. */
export function isLexiconGivenName(lower: string): boolean {
  return !isCommonWord(lower) && lexiconTags(lower).some((t) => GIVEN_NAME_TAGS.has(t));
}

/** Whether a (lower-case) word is on our list of everyday words parents choose as names ("hope", "poppy"). */
export function isEverydayWordName(lower: string): boolean {
  return EVERYDAY.has(lower);
}

/**
 * Whether a (lower-case, folded) given name is also an everyday English word: our list of words parents
 * choose as names ("hope", "river"), or a word compromise knows only as something other than a name
 * ("honey", "patience", "gift").
 */
export function isCommonWord(lower: string): boolean {
  if (EVERYDAY.has(lower)) return true;
  const tags = lexiconTags(lower);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}
