// Text normalisation with an offset map.
//
// Rules match against a folded copy of the text (compatibility forms, accents, invisible characters,
// curly quotes and case all folded away) but must report spans in the text exactly as typed. Every
// folded character remembers the original code point it came from, so any folded span maps back.

export interface NormalisedText {
  /** The text exactly as typed. */
  readonly original: string;
  /** Folded for matching, case kept: "Zoë O’Brien" → "Zoe O'Brien". */
  readonly plain: string;
  /** `plain` lower-cased, character for character (same length, same offsets). */
  readonly folded: string;
  /** Original offset where the code point behind folded[i] starts. */
  readonly startOf: Int32Array<ArrayBufferLike>;
  /** Original offset just after the code point(s) behind folded[i], including dropped marks. */
  readonly endOf: Int32Array<ArrayBufferLike>;
}

// Characters that carry no visible text: zero-width space/joiners, word joiner, BOM, soft hyphen,
// bidi marks and variation selectors. Dropped so "Ava\u200bSmith" reads as "AvaSmith".
// eslint-disable-next-line no-misleading-character-class -- variation selectors are listed on purpose, to drop them
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f]/;
const COMBINING = /\p{M}/u;
const SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

// Letters NFKD leaves whole but readers treat as their base letter.
const LETTER_FOLDS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ı: 'i',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
};
// Apostrophes, quotes and dashes in their typographic forms.
const PUNCT_FOLDS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u02bc': "'",
  '\u02b9': "'",
  '\u2032': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\ufe63': '-',
  '\uff0d': '-',
};

const foldCache = new Map<number, string>();

/** The case-kept folded form of one code point ('' when it is invisible or a combining mark). */
function foldCodePoint(cp: number, ch: string): string {
  if (cp < 0x80) return ch;
  const cached = foldCache.get(cp);
  if (cached !== undefined) return cached;
  let out: string;
  if (INVISIBLE.test(ch) || COMBINING.test(ch)) out = '';
  else if (SPACE.test(ch)) out = ' ';
  else if (ch === '\u2028' || ch === '\u2029') out = '\n';
  else if (PUNCT_FOLDS[ch] !== undefined) out = PUNCT_FOLDS[ch];
  else if (LETTER_FOLDS[ch] !== undefined) out = LETTER_FOLDS[ch];
  else {
    out = '';
    // NFKD splits accents off and maps full-width and other compatibility forms to plain letters.
    for (const part of ch.normalize('NFKD')) {
      if (COMBINING.test(part) || INVISIBLE.test(part)) continue;
      out += PUNCT_FOLDS[part] ?? LETTER_FOLDS[part] ?? part;
    }
  }
  if (foldCache.size < 5000) foldCache.set(cp, out);
  return out;
}

/** Lower-cases without changing length, so `plain` and `folded` share offsets. */
function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

export function normalise(original: string): NormalisedText {
  const n = original.length;
  const startOf = new Int32Array(n + 8);
  const endOf = new Int32Array(n + 8);
  let starts: Int32Array<ArrayBufferLike> = startOf;
  let ends: Int32Array<ArrayBufferLike> = endOf;
  let plain = '';
  let len = 0;
  const push = (s: string, from: number, to: number): void => {
    for (let k = 0; k < s.length; k++) {
      if (len >= starts.length) {
        const grow = (a: Int32Array): Int32Array => {
          const b = new Int32Array(a.length * 2);
          b.set(a);
          return b;
        };
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[len] = from;
      ends[len] = to;
      len++;
    }
    plain += s;
  };
  let i = 0;
  let asciiRunStart = -1;
  while (i < n) {
    const cp = original.codePointAt(i)!;
    // Fast path: copy runs of ASCII in one go.
    if (cp < 0x80 && cp !== 0x60) {
      if (asciiRunStart < 0) asciiRunStart = i;
      i++;
      continue;
    }
    if (asciiRunStart >= 0) {
      flushAscii(asciiRunStart, i);
      asciiRunStart = -1;
    }
    const width = cp > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    const folded = foldCodePoint(cp, ch);
    if (folded === '') {
      // A dropped combining mark belongs to the letter before it: widen that letter's span.
      if (len > 0 && COMBINING.test(ch) && ends[len - 1] === i) ends[len - 1] = i + width;
    } else {
      push(folded, i, i + width);
    }
    i += width;
  }
  if (asciiRunStart >= 0) flushAscii(asciiRunStart, n);

  function flushAscii(from: number, to: number): void {
    const run = original.slice(from, to);
    if (len + run.length > starts.length) {
      const size = Math.max(starts.length * 2, len + run.length + 8);
      const s2 = new Int32Array(size);
      const e2 = new Int32Array(size);
      s2.set(starts);
      e2.set(ends);
      starts = s2;
      ends = e2;
    }
    for (let k = 0; k < run.length; k++) {
      starts[len + k] = from + k;
      ends[len + k] = from + k + 1;
    }
    len += run.length;
    plain += run;
  }

  return {
    original,
    plain,
    folded: lowerSameLength(plain),
    startOf: starts.subarray(0, len),
    endOf: ends.subarray(0, len),
  };
}

/** Maps a span of the folded text back to the original text. */
export function toOriginalSpan(
  t: NormalisedText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (end <= start || start >= t.plain.length) {
    const at = start < t.plain.length ? t.startOf[start]! : t.original.length;
    return { start: at, end: at };
  }
  return { start: t.startOf[start]!, end: t.endOf[Math.min(end, t.plain.length) - 1]! };
}

/** The original text behind a span of the folded text. */
export function originalSlice(t: NormalisedText, start: number, end: number): string {
  const span = toOriginalSpan(t, start, end);
  return t.original.slice(span.start, span.end);
}
