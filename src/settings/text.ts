// Small text helpers shared by the roster parser and the settings schema. No dependencies.

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;

/** Trim, collapse internal whitespace, drop invisible (zero-width, soft hyphen) and control characters, NFC. */
export function normaliseName(value: string): string {
  return value.replace(INVISIBLE, '').replace(/\s+/g, ' ').replace(CONTROL, '').trim().normalize('NFC');
}
