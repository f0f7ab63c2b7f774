// Shared by the wording rules (confidential, disparaging): sentence and clause spans, and phrase
// patterns written as data ("{list}" slots, "~N" word gaps) compiled once into linear-time regexes.

import { normalise } from '../../src/engine/normalise';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Sentences in one paragraph share a number; a blank line starts a new one. */
  paragraph: number;
  clauses: Span[];
}

// Words after which a full stop does not end the sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'st',
  'eg',
  'e.g',
  'ie',
  'i.e',
  'etc',
  'no',
  'approx',
  'vs',
]);
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Splits text into sentences (with their clauses). Offsets are into the text given. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number, nextParagraph: boolean): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) {
      const prev = out[out.length - 1];
      // Emoji, hashtags and stray marks after a full stop belong to the sentence before them.
      if (prev && prev.paragraph === paragraph && !HAS_WORD.test(text.slice(s, e).replace(/#\S+/g, ''))) {
        prev.end = e;
      } else {
        out.push({ start: s, end: e, paragraph, clauses: [] });
      }
    }
    if (nextParagraph) paragraph++;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      const blank = /^\n[ \t]*\n/.test(text.slice(i, i + 40));
      push(i, blank);
      start = i + 1;
    } else if (ch === '•' || ch === '·') {
      push(i, false);
      start = i + 1;
    } else if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < n && /[.!?"')\]]/.test(text[j]!)) j++;
      if (j < n && !/\s/.test(text[j]!)) continue; // "3.15", "e.g.", "www.site.uk"
      if (ch === '.') {
        const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 8), i));
        if (before && ABBREVIATIONS.has(before[1]!.toLowerCase())) continue;
        if (before && before[1]!.length === 1 && /\p{Lu}/u.test(before[1]!)) continue; // "A. Smith"
      }
      push(j, false);
      start = j;
      i = j - 1;
    }
  }
  push(n, false);
  for (const s of out) s.clauses = splitClauses(text, s);
  return out;
}

// Clause breaks inside a sentence: semicolons, colons, spaced dashes, brackets, and the conjunctions
// that start a new statement.
const CLAUSE_BREAK =
  /;|:(?=\s)|\s-+\s|[()]|,\s+(?:but|so|which|as|although|though|while|whereas|because)\s|\s(?:but|although|whereas)\s/giu;

function splitClauses(text: string, s: Span): Span[] {
  const body = text.slice(s.start, s.end);
  const clauses: Span[] = [];
  let from = 0;
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    addClause(body, from, m.index, s.start, clauses);
    from = m.index + m[0].length;
  }
  addClause(body, from, body.length, s.start, clauses);
  return clauses.length ? clauses : [{ start: s.start, end: s.end }];
}

function addClause(body: string, from: number, to: number, offset: number, out: Span[]): void {
  let a = from;
  let b = to;
  while (a < b && /[\s,]/.test(body[a]!)) a++;
  while (b > a && /[\s,]/.test(body[b - 1]!)) b--;
  if (b > a && HAS_WORD.test(body.slice(a, b))) out.push({ start: offset + a, end: offset + b });
}

/** The index of the sentence containing `pos` (or the last one starting before it). */
export function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The clause of `sentence` holding `pos` (or the next one when `pos` falls on a break). */
export function clauseAt(sentence: Sentence, pos: number): Span {
  for (const c of sentence.clauses) if (pos < c.end) return c;
  return sentence.clauses[sentence.clauses.length - 1] ?? sentence;
}

// ---- Patterns as data --------------------------------------------------------------------------

export type WordLists = Readonly<Record<string, readonly string[]>>;

const GAP = '(?:[^\\s.!?;:]+\\s+){0,N}';

/**
 * Compiles a phrase pattern written for the folded (lower-case) text:
 * - `{name}` is any entry of the word list `name` (entries are regex fragments without capture groups);
 * - `~N` is a gap of up to N whole words inside one sentence;
 * - a space is any run of white space (" ?": optional); the whole pattern must start and end on word edges.
 */
export function compilePattern(source: string, lists: WordLists): RegExp {
  const body = source
    .replace(/\{([a-zA-Z]\w*)\}/g, (_, name: string) => {
      const list = lists[name];
      if (!list) throw new Error(`pattern ${source}: no word list "${name}"`);
      return `(?:${[...list].sort((a, b) => b.length - a.length).join('|')})`;
    })
    .replace(/ ?~(\d) ?/g, (_, n: string) => `\\s+${GAP.replace('N', n)}`)
    .replace(/ \?/g, '\\s*')
    .replace(/ /g, '\\s+');
  // Folded text is ASCII for every letter a pattern names, so ASCII word edges and no `u` flag: twice as fast.
  return new RegExp(`(?<![A-Za-z0-9])(?:${body})(?![A-Za-z0-9])`, 'g');
}

/** Every match of a compiled pattern, as spans. */
export function findAll(re: RegExp, text: string): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Finds an admin's own term (folded) in folded text, on word edges where the term has them. */
export function findTerm(folded: string, term: string): Span[] {
  const t = normalise(term).folded.trim();
  if (!t) return [];
  const escaped = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const lead = /^[\p{L}\p{N}]/u.test(t) ? '(?<![\\p{L}\\p{N}])' : '';
  const tail = /[\p{L}\p{N}]$/u.test(t) ? '(?![\\p{L}\\p{N}])' : '';
  return findAll(new RegExp(`${lead}${escaped}${tail}`, 'gu'), folded);
}

/** True when [start, end) sits inside quotation marks within its sentence: a title or a quote. */
export function insideQuotes(text: string, sentence: Span, start: number, end: number): boolean {
  const before = text.slice(sentence.start, start);
  const after = text.slice(end, sentence.end);
  const doubles = (before.match(/"/g) ?? []).length;
  if (doubles % 2 === 1 && after.includes('"')) return true;
  // Single quotes: an opening ' after a space or start, not an apostrophe inside a word.
  const open = before.match(/(?:^|[\s(])'/g)?.length ?? 0;
  const close = before.match(/'(?=[\s,.!?;:)]|$)/g)?.length ?? 0;
  return open > close && /'(?=[\s,.!?;:)]|$)/.test(after);
}

const EDGE = '(?<![A-Za-z0-9])';

/**
 * Runs many compiled patterns over a text, but each only over the sentences where one of them can
 * match: a single combined pass finds those sentences first (most sentences of a long post have none).
 */
export class PatternScanner<T> {
  private readonly any: RegExp;

  constructor(private readonly items: readonly (T & { re: RegExp })[]) {
    const bodies = items.map((i) =>
      i.re.source.startsWith(EDGE) ? i.re.source.slice(EDGE.length) : i.re.source,
    );
    this.any = new RegExp(`${EDGE}(?:${bodies.join('|')})`, 'g');
  }

  /** Sentences (indices) where some pattern may match. */
  candidates(text: string, sentences: readonly Sentence[]): number[] {
    const found = new Set<number>();
    for (const m of findAll(this.any, text)) {
      const a = sentenceIndexAt(sentences, m.start);
      const b = sentenceIndexAt(sentences, m.end - 1);
      for (let i = a; i <= b; i++) found.add(i);
    }
    return [...found].sort((x, y) => x - y);
  }

  /** Every match of every pattern, with the pattern's own data. */
  scan(
    text: string,
    sentences: readonly Sentence[],
    within = this.candidates(text, sentences),
  ): (Span & { item: T & { re: RegExp } })[] {
    const out: (Span & { item: T & { re: RegExp } })[] = [];
    for (const i of within) {
      const s = sentences[i]!;
      const slice = text.slice(s.start, s.end);
      for (const item of this.items) {
        for (const m of findAll(item.re, slice))
          out.push({ start: s.start + m.start, end: s.start + m.end, item });
      }
    }
    return out;
  }
}
