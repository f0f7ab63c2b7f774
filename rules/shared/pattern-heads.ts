// Which words a phrase pattern (the language of rules/shared/remarks.ts) can start with, read from
// its source: "(?:thanks|cheers) for nothing" starts with "thanks" or "cheers". For PhraseIndex.

import type { WordLists } from './remarks';

/** Splits a pattern at its top-level "|". */
export function alternativesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let cur = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      cur += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

type Piece =
  | { kind: 'char'; c: string; optional: boolean }
  | { kind: 'group'; alts: string[]; min: number; repeat: boolean }
  | { kind: 'skip' }
  | { kind: 'break' }
  | { kind: 'space' }
  | { kind: 'unknown' };

const QUANT = /^(?:\?|\*|\+|\{(\d*)(?:,(\d*))?\})/;

/** The end of the group opening at `i` (the index of its ")"). */
function closing(source: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (let k = i; k < source.length; k++) {
    const c = source[k]!;
    if (c === '\\') {
      k++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k;
  }
  return source.length - 1;
}

/** The first piece of `source` and what follows it. */
function firstPiece(source: string, lists: WordLists): { piece: Piece; rest: string } {
  const quant = (from: number): { min: number; repeat: boolean; end: number } => {
    const q = QUANT.exec(source.slice(from));
    if (!q) return { min: 1, repeat: false, end: from };
    const s = q[0];
    const min = s === '?' || s === '*' ? 0 : s === '+' ? 1 : Number(q[1] || 0);
    const repeat = s === '*' || s === '+' || (s.startsWith('{') && (q[2] === '' || Number(q[2] ?? q[1]) > 1));
    return { min, repeat, end: from + s.length };
  };
  const c = source[0]!;
  if (c === '(') {
    const end = closing(source, 0);
    const inner = source.slice(1, end);
    if (/^\?<?[=!]/.test(inner)) return { piece: { kind: 'skip' }, rest: source.slice(end + 1) };
    const q = quant(end + 1);
    const body = inner.startsWith('?:') ? inner.slice(2) : inner;
    return {
      piece: { kind: 'group', alts: alternativesOf(body), min: q.min, repeat: q.repeat },
      rest: source.slice(q.end),
    };
  }
  if (c === '{') {
    const m = /^\{([a-zA-Z]\w*)\}/.exec(source);
    const list = m && lists[m[1]!];
    if (m && list) {
      const q = quant(m[0].length);
      return {
        piece: { kind: 'group', alts: [...list], min: q.min, repeat: q.repeat },
        rest: source.slice(q.end),
      };
    }
  }
  if (c === '~') return { piece: { kind: 'break' }, rest: '' };
  // An optional space: the word may end here or run on ("shout ?out").
  if (c === ' ')
    return source[1] === '?'
      ? { piece: { kind: 'space' }, rest: source.slice(2) }
      : { piece: { kind: 'break' }, rest: '' };
  if (c === '[') {
    const end = source.indexOf(']', 1);
    const body = source.slice(1, end);
    const q = quant(end + 1);
    // A class of plain letters is a choice of letters; one with any other mark ends the word.
    if (/^[a-z0-9]+$/.test(body) && !q.repeat)
      return {
        piece: { kind: 'group', alts: [...body], min: q.min, repeat: false },
        rest: source.slice(q.end),
      };
    if (!/[a-z0-9\\^]/.test(body)) return { piece: { kind: 'break' }, rest: '' };
    return { piece: { kind: 'unknown' }, rest: '' };
  }
  if (c === '\\') {
    const e = source[1];
    if (e === 's') return { piece: { kind: 'break' }, rest: '' };
    return { piece: { kind: 'unknown' }, rest: '' };
  }
  if (/[a-z0-9'-]/.test(c)) {
    const q = quant(1);
    if (q.repeat) return { piece: { kind: 'unknown' }, rest: '' };
    return { piece: { kind: 'char', c, optional: q.min === 0 }, rest: source.slice(q.end) };
  }
  if (/[.,!?:;]/.test(c)) return { piece: { kind: 'break' }, rest: '' };
  return { piece: { kind: 'unknown' }, rest: '' };
}

const MAX_HEADS = 400;

/**
 * The words an alternative can start with (as the text's words read: letters, digits, ' and -), a
 * trailing "*" marking a prefix; null when it cannot be told.
 */
export function headsOf(
  source: string,
  lists: WordLists,
  prefix = '',
  out = new Set<string>(),
): Set<string> | null {
  if (out.size > MAX_HEADS) return null;
  if (!source) {
    if (prefix) out.add(prefix);
    return prefix ? out : null;
  }
  const { piece, rest } = firstPiece(source, lists);
  switch (piece.kind) {
    case 'skip':
      return headsOf(rest, lists, prefix, out);
    case 'break':
      if (!prefix) return null;
      out.add(prefix);
      return out;
    case 'space':
      if (!prefix) return null;
      out.add(prefix);
      return headsOf(rest, lists, prefix, out);
    case 'unknown':
      if (prefix.length < 3) return null;
      out.add(prefix + '*');
      return out;
    case 'char':
      if (piece.optional && !headsOf(rest, lists, prefix, out)) return null;
      return headsOf(rest, lists, prefix + piece.c, out);
    case 'group': {
      if (piece.min === 0 && !headsOf(rest, lists, prefix, out)) return null;
      for (const alt of piece.alts) {
        // A repeated group may run on inside the word: only its first round is known.
        const tail = piece.repeat && !/ $/.test(alt) ? '\\S' : rest;
        if (!headsOf(alt + tail, lists, prefix, out)) return null;
      }
      return out;
    }
  }
}
