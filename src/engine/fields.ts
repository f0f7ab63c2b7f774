// Builds the matchable views of a draft: the post text, then each attachment's file name and alt text.

import { normalise } from './normalise';
import type { FieldView } from './rule';
import { tokenize, type Token } from './tokens';
import type { Draft } from './types';

/** Beyond this many characters a field is cut: no real post is this long, and the check must stay fast. */
export const MAX_FIELD_LENGTH = 100_000;

// "TillyAshworth_cert" → "Tilly", "Ashworth", "cert": camel case in file names separates words.
const CAMEL_SPLIT = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;

function splitFilenameTokens(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' || !CAMEL_SPLIT.test(t.text)) {
      out.push(t);
      continue;
    }
    let offset = t.start;
    let first = true;
    for (const part of t.text.split(CAMEL_SPLIT)) {
      const lower = part.toLowerCase();
      const capitalised = part[0] !== lower[0];
      out.push({
        kind: /^\p{N}+$/u.test(part) ? 'number' : 'word',
        start: offset,
        end: offset + part.length,
        text: part,
        lower,
        capitalised,
        allCaps: capitalised && part.length > 1 && part === part.toUpperCase(),
        gapBefore: first ? t.gapBefore : '',
      });
      offset += part.length;
      first = false;
    }
  }
  return out;
}

export function buildFields(draft: Draft): FieldView[] {
  const fields: FieldView[] = [];
  const add = (id: FieldView['id'], kind: FieldView['kind'], value: string, mediaIndex?: number): void => {
    const text = normalise(value.length > MAX_FIELD_LENGTH ? value.slice(0, MAX_FIELD_LENGTH) : value);
    let tokens = tokenize(text);
    if (kind === 'filename') tokens = splitFilenameTokens(tokens);
    fields.push({
      id,
      kind,
      text,
      tokens,
      mentions: [],
      ...(mediaIndex === undefined ? {} : { mediaIndex }),
    });
  };
  add('text', 'text', draft.text ?? '');
  draft.media.forEach((m, i) => {
    // The extension is not part of the name: "IMG_2041.jpg" → "IMG_2041".
    add(`media/${i}/filename`, 'filename', (m.filename ?? '').replace(/\.[a-z0-9]{1,5}$/i, ''), i);
    add(`media/${i}/alt`, 'alt', m.alt ?? '', i);
  });
  return fields;
}
