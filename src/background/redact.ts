// What the audit log may keep of a draft: the flagged words only, each masked to its first letter
// ("Amelia Smith" → "A***** S****"). Never the draft text.
import type { Draft, Finding } from '../engine/types';

const MAX_SNIPPET = 300;

export function maskWords(text: string): string {
  // A time like "2.30pm" is one word, so none of its digits show.
  return text.replace(
    /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|[.:](?=\p{N}))*/gu,
    (word) => word[0] + '*'.repeat(word.length - 1),
  );
}

/** The text a finding points into: the post text, or a media file name or alt text. */
export function fieldText(draft: Draft, field: string): string {
  if (field === 'text') return draft.text;
  const m = /^media\/(\d+)\/(filename|alt)$/.exec(field);
  const item = m ? draft.media[Number(m[1])] : undefined;
  if (!item || !m) return '';
  return m[2] === 'filename' ? item.filename : item.alt;
}

export function redactedSnippet(draft: Draft, findings: readonly Finding[]): string {
  const parts = [...new Set(findings.map((f) => maskWords(fieldText(draft, f.field).slice(f.start, f.end))))];
  const snippet = parts.filter((p) => p !== '').join(' · ');
  return snippet.length > MAX_SNIPPET ? `${snippet.slice(0, MAX_SNIPPET - 1)}…` : snippet;
}
