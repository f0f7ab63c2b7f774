// Runs many phrase patterns (the language of rules/shared/remarks.ts) over a text in one pass over its
// words. Each top-level alternative of each pattern is filed under the words it can start with
// ("(?:thanks|cheers) for nothing" under "thanks" and "cheers"), so at each word of the text only the
// few alternatives that can start there are tried, together, as one sticky regex that reports each
// alternative's match. Alternatives whose first word cannot be told run as one ordinary regex instead.

import { alternativesOf, headsOf } from './pattern-heads';
import { compilePattern, sentenceIndexAt, type Sentence, type Span, type WordLists } from './remarks';

interface Alternative<T> {
  item: T;
  re: RegExp;
}

/** A word of folded text: letters, digits, apostrophes and hyphens (a handle's "@" may lead). */
export interface Word {
  start: number;
  end: number;
  text: string;
}

function wordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || code === 45;
}

let cacheText: string | undefined;
let cacheWords: Word[] = [];

/** The words of a folded text, found once and shared by every index that scans the same text. */
export function wordsOf(text: string): Word[] {
  if (text === cacheText) return cacheWords;
  const out: Word[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!wordChar(code) && code !== 64) continue;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    if ((prev >= 97 && prev <= 122) || (prev >= 65 && prev <= 90) || (prev >= 48 && prev <= 57)) continue;
    let j = i + 1;
    while (j < text.length && wordChar(text.charCodeAt(j))) j++;
    out.push({ start: i, end: j, text: text.slice(i, j) });
    i = j - 1;
  }
  cacheText = text;
  cacheWords = out;
  return out;
}

/** The alternatives filed under one word, tried together: each in a lookahead that captures its match. */
interface Bundle<T> {
  /** Does any of them match here? (No match array to build: most words fail.) */
  any: RegExp;
  re: RegExp;
  items: T[];
}

function bundle<T>(alts: Alternative<T>[]): Bundle<T> {
  const source = alts.map((a) => `(?:(?=(${a.re.source}))|)`).join('');
  return {
    any: new RegExp(alts.map((a) => a.re.source).join('|'), 'y'),
    re: new RegExp(source, 'y'),
    items: alts.map((a) => a.item),
  };
}

export class PhraseIndex<T> {
  private readonly byWord = new Map<string, Bundle<T>>();
  private readonly byPrefix = new Map<string, Bundle<T>>();
  private readonly prefixLengths: number[];
  private readonly rest: RegExp | null;
  private readonly restItems: { item: T; re: RegExp }[] = [];

  constructor(items: readonly (T & { pattern: string })[], lists: WordLists) {
    const leftovers: string[] = [];
    const words = new Map<string, Alternative<T>[]>();
    const prefixes = new Map<string, Alternative<T>[]>();
    for (const item of items) {
      for (const alt of alternativesOf(item.pattern)) {
        const re = compilePattern(alt, lists);
        const heads = headsOf(alt, lists);
        // Bundled alternatives report their matches through capture groups, so they may have none.
        if (!heads || /\((?!\?)/.test(re.source.replace(/\\./g, ''))) {
          leftovers.push(alt);
          this.restItems.push({ item, re });
          continue;
        }
        const entry = { item, re };
        for (const h of heads) {
          const prefix = h.endsWith('*');
          const map = prefix ? prefixes : words;
          const key = prefix ? h.slice(0, -1) : h;
          const list = map.get(key);
          if (!list) map.set(key, [entry]);
          else if (!list.includes(entry)) list.push(entry);
        }
      }
    }
    for (const [k, list] of words) this.byWord.set(k, bundle(list));
    for (const [k, list] of prefixes) this.byPrefix.set(k, bundle(list));
    this.prefixLengths = [...new Set([...prefixes.keys()].map((k) => k.length))].sort((a, b) => a - b);
    this.rest = leftovers.length ? compilePattern(leftovers.join('|'), lists) : null;
  }

  /**
   * Matches of every pattern, each within one sentence: per pattern, leftmost first and not
   * overlapping (as a global regex of the whole pattern would find them), with the pattern's data.
   */
  scan(text: string, sentences: readonly Sentence[]): (Span & { item: T })[] {
    const found: (Span & { item: T })[] = [];
    if (!sentences.length) return found;
    let s = 0;
    for (const w of wordsOf(text)) {
      while (s < sentences.length - 1 && sentences[s]!.end <= w.start) s++;
      const limit = sentences[s]!.end;
      this.tryWord(w.text, w.start, text, limit, found);
      // A quoted word opens after its quotation mark too: "'urgent'".
      if (w.text.startsWith("'") && w.text.length > 1)
        this.tryWord(w.text.slice(1), w.start + 1, text, limit, found);
    }
    if (this.rest) {
      this.rest.lastIndex = 0;
      for (let m = this.rest.exec(text); m; m = this.rest.exec(text)) {
        const k = sentenceIndexAt(sentences, m.index);
        const from = sentences[k]!.start;
        const slice = text.slice(from, sentences[k]!.end);
        for (const { item, re } of this.restItems) {
          re.lastIndex = m.index - from;
          const hit = re.exec(slice);
          if (hit && hit.index === m.index - from)
            found.push({ start: m.index, end: m.index + hit[0].length, item });
        }
        this.rest.lastIndex = m.index + 1;
      }
    }
    found.sort((a, b) => a.start - b.start);
    const ends = new Map<T, number>();
    return found.filter((h) => {
      if ((ends.get(h.item) ?? -1) > h.start) return false;
      ends.set(h.item, Math.max(h.end, h.start + 1));
      return true;
    });
  }

  /** Tries the word at `at`, then its shorter readings at an apostrophe or hyphen ("children's"). */
  private tryWord(
    whole: string,
    at: number,
    text: string,
    limit: number,
    found: (Span & { item: T })[],
  ): void {
    let tried: Set<T> | undefined;
    let word = whole;
    for (;;) {
      tried = this.tryBundle(this.byWord.get(word), text, at, limit, found, tried);
      for (const n of this.prefixLengths) {
        if (n > word.length) break;
        tried = this.tryBundle(this.byPrefix.get(word.slice(0, n)), text, at, limit, found, tried);
      }
      const cut = Math.max(word.lastIndexOf("'"), word.lastIndexOf('-'));
      if (cut <= 0) break;
      word = word.slice(0, cut);
    }
  }

  /** The first alternative of each pattern (in pattern order) that matches at `at`. */
  private tryBundle(
    b: Bundle<T> | undefined,
    text: string,
    at: number,
    limit: number,
    out: (Span & { item: T })[],
    tried: Set<T> | undefined,
  ): Set<T> | undefined {
    if (!b) return tried;
    b.any.lastIndex = at;
    if (!b.any.test(text)) return tried;
    b.re.lastIndex = at;
    const m = b.re.exec(text);
    if (!m) return tried;
    for (let k = 0; k < b.items.length; k++) {
      const hit = m[k + 1];
      const item = b.items[k]!;
      if (!hit || tried?.has(item) || at + hit.length > limit) continue;
      out.push({ start: at, end: at + hit.length, item });
      (tried ??= new Set()).add(item);
    }
    return tried;
  }
}
