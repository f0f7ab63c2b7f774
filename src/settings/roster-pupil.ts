// One data row of a roster → one Pupil: reading the cells (names, year group, yes/no consent words,
// "do not publish" marks) and combining several consent columns into the Pupil's photo, name and
// video consent, with the warnings that tell the admin how they were combined. The reasons for the
// combination are in the header comment of roster-csv.ts.

import type { Pupil } from '../engine/types';
import { CONSENT_FIELDS, ROSTER_FIELD_LABELS, type RosterField } from './roster-columns';
import type { Row } from './roster-header';
import { normaliseName } from './text';

// ─── values ─────────────────────────────────────────────────────────────────────────────────────

/** "R", "Rec", "YR" → "Reception"; "1", "Y1", "Yr 1", "NC Year 1" → "Year 1"; anything else as written. */
export function normaliseYearGroup(value: string): string {
  const v = normaliseName(value);
  if (/^(?:r|rec|reception|y\s*r|year\s*r)$/i.test(v)) return 'Reception';
  const m = /^(?:nc\s*)?(?:y|yr|year)?\s*(\d{1,2})$/i.exec(v);
  if (m) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 14) return `Year ${n}`;
  }
  return v;
}

const YES = new Set(
  [
    'yes',
    'y',
    'true',
    't',
    '1',
    '✓',
    '✔',
    '☑',
    '✅',
    'granted',
    'consent granted',
    'given',
    'consent given',
    'consented',
    'agreed',
    'agree',
    'allowed',
    'permitted',
    'ok',
  ].map((s) => s.normalize('NFC')),
);
const NO = new Set(
  [
    'no',
    'n',
    'false',
    'f',
    '0',
    'x',
    '✗',
    '✘',
    '☒',
    '❌',
    'refused',
    'consent refused',
    'withdrawn',
    'consent withdrawn',
    'not given',
    'consent not given',
    'declined',
    'denied',
    'not allowed',
    'none',
    // Recorded statuses that are not a yes: treated as no consent, not as an error.
    'not asked',
    'not known',
    'unknown',
    'pending',
    'awaiting',
    'not recorded',
    'n/a',
  ].map((s) => s.normalize('NFC')),
);
/** Marks that, in a "do not publish" column, mean the pupil IS flagged. */
const DNP_MARKS = new Set(['x', '✗', '✘', '☒', '❌', '✓', '✔', '☑', '✅', '*']);

function consentKey(raw: string): string {
  return normaliseName(raw)
    .toLowerCase()
    .replace(/[.!]+$/, '');
}

/**
 * Read a consent cell: true (consent), false (no consent), or undefined (not recognisable).
 * An empty cell is no consent.
 */
export function parseConsentValue(raw: string): boolean | undefined {
  const v = consentKey(raw);
  if (v === '') return false;
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return undefined;
}

/** Read a "do not publish" cell: true (do not publish), false, or undefined. Empty → false. */
export function parseDoNotPublishValue(raw: string): boolean | undefined {
  const v = consentKey(raw);
  if (v === '') return false;
  if (DNP_MARKS.has(v)) return true;
  if (v === 'yes' || v === 'y' || v === 'true' || v === 't' || v === '1' || v === 'dnp') return true;
  if (v === 'no' || v === 'n' || v === 'false' || v === 'f' || v === '0') return false;
  return undefined;
}

// ─── one row ────────────────────────────────────────────────────────────────────────────────────

/** Strip the apostrophe rosterToCsv puts in front of a cell that would read as a spreadsheet formula. */
function unescapeFormula(value: string): string {
  return /^'['=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function shown(value: string): string {
  const v = normaliseName(value);
  return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}

function list(names: string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** Where each field's column is in the header row (-1 when the file has none), worked out once. */
export function indexColumns(fields: readonly (RosterField | null)[]) {
  const col = (f: RosterField): number => fields.indexOf(f);
  const idx = {
    first: col('firstName'),
    preferred: col('preferredName'),
    last: col('lastName'),
    preferredLast: col('preferredLastName'),
    year: col('yearGroup'),
    cls: col('className'),
  };
  const consentCols = CONSENT_FIELDS.map((f) => ({ field: f, index: col(f) })).filter((c) => c.index !== -1);
  const dnpCol = col('doNotPublish');
  const social = col('socialMediaConsent');
  const photoLike = (['photoConsent', 'websiteConsent', 'pressConsent'] as const).filter(
    (f) => col(f) !== -1,
  );
  const nameCol = col('nameConsent');
  const videoCol = col('videoConsent');
  return { col, idx, consentCols, dnpCol, social, photoLike, nameCol, videoCol };
}

export type ColumnIndex = ReturnType<typeof indexColumns>;

/**
 * Read one data row (already checked to have the header's width). Each problem goes to `addError`
 * and the row gives null; otherwise the Pupil, consent columns combined.
 */
export function readPupil(
  row: Row,
  line: number,
  columns: ColumnIndex,
  addError: (line: number, message: string) => void,
): Pupil | null {
  const { idx, consentCols, dnpCol, social, photoLike, nameCol, videoCol } = columns;
  const cell = (i: number): string => (i === -1 ? '' : unescapeFormula(row[i] ?? ''));
  let ok = true;
  const firstName = normaliseName(cell(idx.first));
  let lastName = normaliseName(cell(idx.last));
  if (!lastName) lastName = normaliseName(cell(idx.preferredLast));
  if (!firstName) {
    addError(line, 'missing first name');
    ok = false;
  }
  if (!lastName) {
    addError(line, 'missing last name');
    ok = false;
  }
  const values: Partial<Record<RosterField, boolean>> = {};
  for (const c of consentCols) {
    const raw = row[c.index] ?? '';
    const v = parseConsentValue(raw);
    if (v === undefined) {
      addError(line, `${ROSTER_FIELD_LABELS[c.field]} '${shown(raw)}' is not yes or no`);
      ok = false;
    } else values[c.field] = v;
  }
  let doNotPublish = false;
  if (dnpCol !== -1) {
    const raw = row[dnpCol] ?? '';
    const v = parseDoNotPublishValue(raw);
    if (v === undefined) {
      addError(line, `do not publish '${shown(raw)}' is not yes or no`);
      ok = false;
    } else doNotPublish = v;
  }
  if (!ok) return null;
  const socialOk = social === -1 ? true : values.socialMediaConsent === true;
  const photoConsent =
    social !== -1 ? socialOk : photoLike.length > 0 && photoLike.every((f) => values[f] === true);
  const nameConsent =
    nameCol === -1 && social === -1 ? false : (nameCol === -1 || values.nameConsent === true) && socialOk;
  const videoConsent =
    videoCol === -1 && social === -1 ? false : (videoCol === -1 || values.videoConsent === true) && socialOk;
  return {
    firstName,
    lastName,
    preferredName: normaliseName(cell(idx.preferred)),
    yearGroup: normaliseYearGroup(cell(idx.year)),
    className: normaliseName(cell(idx.cls)),
    photoConsent,
    nameConsent,
    videoConsent,
    doNotPublish,
  };
}

/**
 * Pushes onto `warnings` how the consent columns were combined (social media over photo, website
 * and press) and which kinds of consent the file has no column for.
 */
export function consentWarnings(cells: readonly string[], columns: ColumnIndex, warnings: string[]): void {
  const { col, social, photoLike, nameCol, videoCol } = columns;
  const headerOf = (f: RosterField) => `'${cells[col(f)]!.trim()}'`;
  if (social !== -1) {
    if (photoLike.length > 0) {
      warnings.push(
        `Photo consent is taken from ${headerOf('socialMediaConsent')}; ${list(photoLike.map((f) => cells[col(f)]!.trim()))} ${photoLike.length === 1 ? 'is' : 'are'} not used for photos.`,
      );
    }
    warnings.push(
      `A 'no' in ${headerOf('socialMediaConsent')} also counts as no consent to be named or filmed on social media.`,
    );
  } else if (photoLike.length > 1) {
    warnings.push(
      `Photo consent combines ${list(photoLike.map((f) => cells[col(f)]!.trim()))}: a pupil counts as consenting only if every one says yes.`,
    );
  }
  if (social === -1 && photoLike.length === 0) {
    warnings.push('No photo-consent column: every pupil is treated as having no photo consent.');
  }
  if (social === -1 && nameCol === -1) {
    warnings.push('No name-consent column: every pupil is treated as having no consent to be named.');
  }
  if (social === -1 && videoCol === -1) {
    warnings.push('No video-consent column: every pupil is treated as having no video consent.');
  }
}
