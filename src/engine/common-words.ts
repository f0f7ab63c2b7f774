import { EVERYDAY_WORD_NAMES } from '../../rules/data/everyday-word-names';

const EVERYDAY = new Set(EVERYDAY_WORD_NAMES);

/** Whether a (lower-case, folded) given name is also an everyday English word. */
export function isCommonWord(lower: string): boolean {
  return EVERYDAY.has(lower);
}
