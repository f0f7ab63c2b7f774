// Roster import: a school MIS export (SIMS, Arbor, Bromcom or our own format) → Pupil[].
// Pure TypeScript, no browser APIs: used by the CLI (Node), the options page and the background.
//
// Decisions, so the admin screen and the CLI can explain them:
// - Bytes are UTF-8 (a BOM is stripped); if they are not valid UTF-8 they are read as
//   Windows-1252 (Excel's "CSV" on a UK Windows PC) and a warning says so. UTF-16 with a BOM
//   (Excel's "Unicode text") is read too. NUL bytes or mostly-control-character text is refused.
// - The delimiter (comma, semicolon or tab) is the one under which the header row is recognised
//   best; papaparse does the splitting and quoting. Up to 10 lines of preamble above the header
//   (report titles) are skipped with a warning.
// - Consent: an empty cell, or a missing column, means NO consent (the safer reading). Only
//   "do not publish" reads the other way: empty means the pupil is not flagged, while a mark
//   ("x", "✓") in that column means they are (again the safer reading).
// - Several photo-like columns: a social-media consent column wins for photos (every post we check
//   is on social media), and it also caps name and video consent (a child whose parents refused
//   social media is not named or filmed there either); where the file has no separate name or
//   video column, it stands for those too. Without one, photo consent is the most restrictive of
//   the photo, website and press columns: yes only if every one says yes.
// - A row with any error (wrong number of fields, missing first or last name, a consent value we
//   cannot read) is left out of `pupils` and reported in `errors` with its line in the file. The
//   caller imports atomically: if `errors` is not empty, nothing should change.

import Papa from 'papaparse';
import type { Pupil } from '../engine/types';
import { normaliseName } from './text';

export { normaliseName };

/** The Pupil fields a column can feed, plus the consent sources that are combined into them. */
export type RosterField =
  | 'firstName'
  | 'preferredName'
  | 'lastName'
  | 'preferredLastName'
  | 'yearGroup'
  | 'className'
  | 'photoConsent'
  | 'socialMediaConsent'
  | 'websiteConsent'
  | 'pressConsent'
  | 'nameConsent'
  | 'videoConsent'
  | 'doNotPublish';

export const ROSTER_FIELDS: readonly RosterField[] = [
  'firstName',
  'preferredName',
  'lastName',
  'preferredLastName',
  'yearGroup',
  'className',
  'photoConsent',
  'socialMediaConsent',
  'websiteConsent',
  'pressConsent',
  'nameConsent',
  'videoConsent',
  'doNotPublish',
];

/** How each field is named in messages. */
export const ROSTER_FIELD_LABELS: Readonly<Record<RosterField, string>> = {
  firstName: 'first name',
  preferredName: 'preferred name',
  lastName: 'last name',
  preferredLastName: 'preferred surname',
  yearGroup: 'year group',
  className: 'class',
  photoConsent: 'photo consent',
  socialMediaConsent: 'social media consent',
  websiteConsent: 'website consent',
  pressConsent: 'press consent',
  nameConsent: 'name consent',
  videoConsent: 'video consent',
  doNotPublish: 'do not publish',
};

export interface RosterColumn {
  /** The header cell as written in the file (trimmed). */
  header: string;
  /** The field it feeds, or null when the column is ignored (unknown, duplicate or not needed). */
  field: RosterField | null;
}

export interface RowError {
  /** 1-based line in the file where the row starts (the header is line 1); 0 for the whole file. */
  line: number;
  message: string;
}

export interface RosterParseResult {
  pupils: Pupil[];
  columns: RosterColumn[];
  errors: RowError[];
  warnings: string[];
  /** The first few data rows as raw cells, so a column-mapping screen can show example values. */
  sampleRows?: string[][];
}

export interface ParseRosterOptions {
  /**
   * The admin's own column mapping, by header text (matched exactly, then case-, space- and
   * punctuation-insensitively). A field maps the column; null ignores it. Wins over recognition.
   */
  mapping?: Readonly<Record<string, RosterField | null>>;
  /** Refuse files with more data rows than this. Default 20,000. */
  maxRows?: number;
}

export const MAX_ROSTER_ROWS = 20_000;
const MAX_REPORTED_ERRORS = 500;
const HEADER_SEARCH_ROWS = 10;
const SAMPLE_ROWS = 5;
const DELIMITERS = [',', ';', '\t'] as const;

/** Our own format's header, as written by rosterToCsv (and the eval corpus). */
export const ROSTER_CSV_HEADERS = [
  'first_name',
  'last_name',
  'preferred_name',
  'year_group',
  'class',
  'photo_consent',
  'name_consent',
  'video_consent',
  'do_not_publish',
] as const;

// ─── header recognition ─────────────────────────────────────────────────────────────────────────

/** Case-, space-, punctuation- and accent-insensitive key: "Legal Forename" → "legalforename". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const HEADER_ALIASES: Record<RosterField, string[]> = {
  firstName: [
    'first_name',
    'First Name',
    'Forename',
    'Forenames',
    'Legal Forename',
    'Legal First Name',
    'Given Name',
    'Given Names',
    'Pupil Forename',
    'Pupil First Name',
    'Student Forename',
    'Student First Name',
    'Child Forename',
    'Child First Name',
  ],
  preferredName: [
    'preferred_name',
    'Preferred Name',
    'Preferred Forename',
    'Preferred First Name',
    'Known As',
    'Chosen Name',
    'Chosen Forename',
  ],
  lastName: [
    'last_name',
    'Last Name',
    'Surname',
    'Legal Surname',
    'Legal Last Name',
    'Family Name',
    'Pupil Surname',
    'Pupil Last Name',
    'Student Surname',
    'Student Last Name',
    'Child Surname',
    'Child Last Name',
  ],
  preferredLastName: ['Preferred Surname', 'Preferred Last Name', 'preferred_last_name'],
  yearGroup: ['year_group', 'Year', 'Year Group', 'NC Year', 'Curriculum Year', 'Yr', 'Year Taught In'],
  className: [
    'class',
    'Class',
    'Class Name',
    'Reg Group',
    'Registration Group',
    'Reg',
    'Form',
    'Form Group',
    'Tutor Group',
  ],
  photoConsent: [
    'photo_consent',
    'Photo Consent',
    'Photos',
    'Photo',
    'Photographs',
    'Photograph Consent',
    'Photography',
    'Photography Consent',
    'Image Consent',
    'Images',
    'Media Consent',
  ],
  socialMediaConsent: ['Social Media Consent', 'Social Media', 'social_media_consent', 'Social Media Photos'],
  websiteConsent: ['Website Consent', 'Website', 'website_consent', 'Website Photos'],
  pressConsent: ['Press Consent', 'Press', 'press_consent', 'Newspaper', 'Newspaper Consent', 'Local Press'],
  nameConsent: ['name_consent', 'Name Consent', 'Publish Name', 'Publish Names', 'Names'],
  videoConsent: ['video_consent', 'Video Consent', 'Video', 'Videos', 'Filming', 'Filming Consent'],
  doNotPublish: ['do_not_publish', 'Do Not Publish', 'DNP', 'No Publicity'],
};

const HEADER_TABLE = new Map<string, RosterField>();
for (const field of ROSTER_FIELDS) {
  for (const alias of HEADER_ALIASES[field]) HEADER_TABLE.set(headerKey(alias), field);
}

/** MIS columns we know and deliberately do not keep (data minimisation). */
const NOT_NEEDED = new Set(
  [
    'UPN',
    'ULN',
    'Admission Number',
    'Adno',
    'Admission No',
    'ID',
    'Pupil ID',
    'Student ID',
    'MIS ID',
    'Date of Birth',
    'DOB',
    'Gender',
    'Sex',
    'Ethnicity',
    'SEN',
    'SEN Status',
    'FSM',
    'EAL',
    'Pupil Premium',
    'House',
    'Address',
    'Postcode',
    'Email',
    'Middle Name',
    'Middle Names',
    'Full Name',
    'Name',
  ].map(headerKey),
);

/** Headers that hold a whole name: we say so instead of just "no first-name column". */
const FULL_NAME_KEYS = new Set(
  ['Name', 'Full Name', 'Pupil Name', 'Student Name', 'Child Name', 'Pupil', 'Student'].map(headerKey),
);

/** Recognise one header cell (our format, SIMS, Arbor, Bromcom and close variants). */
export function recogniseHeader(header: string): RosterField | null {
  const key = headerKey(header);
  if (!key) return null;
  const exact = HEADER_TABLE.get(key);
  if (exact) return exact;
  // "Consent - Social Media", "Photo permission (website)", "Filming consent 2024"…
  if (!/consent|permission|photo|image|picture|video|film|publicity/.test(key)) return null;
  if (/^no|^donot|refus|withh/.test(key)) return /publicity|publish/.test(key) ? 'doNotPublish' : null;
  if (/social/.test(key)) return 'socialMediaConsent';
  if (/video|film/.test(key)) return 'videoConsent';
  if (/website|web/.test(key)) return 'websiteConsent';
  if (/press|newspaper/.test(key)) return 'pressConsent';
  if (/name/.test(key)) return 'nameConsent';
  if (/photo|image|picture/.test(key)) return 'photoConsent';
  return null;
}

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

// ─── bytes → text ───────────────────────────────────────────────────────────────────────────────

export type RosterInput = string | Uint8Array | ArrayBuffer;

export type RosterEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

type Decoded = { text: string; encoding: RosterEncoding; fatal?: undefined } | { fatal: string };

function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  if (Object.prototype.toString.call(input) === '[object ArrayBuffer]') {
    return new Uint8Array(input as ArrayBuffer);
  }
  const view = input as Uint8Array;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

const NOT_CSV_SIGNATURES: [number[], string][] = [
  [
    [0x50, 0x4b, 0x03, 0x04],
    'This is an Excel workbook or zip file, not CSV. In Excel choose File › Save As › "CSV UTF-8".',
  ],
  [
    [0xd0, 0xcf, 0x11, 0xe0],
    'This is an old Excel (.xls) file, not CSV. In Excel choose File › Save As › "CSV UTF-8".',
  ],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'This is a PDF, not a CSV file. Export the roster from your MIS as CSV.'],
];

/** Decode a roster file's bytes: UTF-8 (BOM stripped), UTF-16 with a BOM, else Windows-1252. */
/** Throws an Error with a human-readable message for files that are not text. */
export function decodeRosterBytes(input: Uint8Array | ArrayBuffer): {
  text: string;
  encoding: RosterEncoding;
} {
  const d = decode(toBytes(input));
  if (d.fatal !== undefined) throw new Error(d.fatal);
  let text = d.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding: d.encoding };
}

function decode(bytes: Uint8Array): Decoded {
  for (const [sig, message] of NOT_CSV_SIGNATURES) if (startsWith(bytes, sig)) return { fatal: message };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding: RosterEncoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      return { fatal: 'The file says it is UTF-16 but is not valid UTF-16. Save it as "CSV UTF-8".' };
    }
  }
  if (bytes.indexOf(0) !== -1) {
    return {
      fatal:
        'This is not a text CSV file (it contains NUL bytes). If it was saved as "Unicode text", save it as "CSV UTF-8" instead.',
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// 0x80–0x9F in Windows-1252 (WHATWG table; the five unassigned bytes map to C1 controls).
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Windows-1252 by table: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1
 * (so "€" and curly quotes would turn into control characters), browsers' does not.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Binary junk check on decoded text: NUL, or more than 2% control/replacement characters. */
function junkReason(text: string): string | null {
  if (text.includes('\u0000')) {
    return 'This is not a text CSV file (it contains NUL characters).';
  }
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  // eslint-disable-next-line no-control-regex
  const bad = sample.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  if (bad >= 4 && bad > sample.length * 0.02) {
    return 'This does not look like a CSV file: most of it is not text.';
  }
  return null;
}

// ─── parsing ────────────────────────────────────────────────────────────────────────────────────

type Row = string[];

interface HeaderChoice {
  delimiter: string;
  /** Index among the non-blank rows of the preview. */
  rowIndex: number;
  cells: Row;
  fields: (RosterField | null)[];
  notes: string[];
  score: number;
  ok: boolean;
}

function isBlankRow(row: Row): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

function resolveMapping(
  mapping: ParseRosterOptions['mapping'],
  warnings: string[],
): { exact: Map<string, RosterField | null>; loose: Map<string, RosterField | null> } {
  const exact = new Map<string, RosterField | null>();
  const loose = new Map<string, RosterField | null>();
  for (const [column, field] of Object.entries(mapping ?? {})) {
    if (field !== null && !ROSTER_FIELDS.includes(field)) {
      warnings.push(`Mapping for column '${column}': '${String(field)}' is not a roster field; ignored.`);
      continue;
    }
    exact.set(column.trim(), field);
    loose.set(headerKey(column), field);
  }
  return { exact, loose };
}

function mapHeader(
  cells: Row,
  mapping: ReturnType<typeof resolveMapping>,
): { fields: (RosterField | null)[]; notes: string[] } {
  const fields: (RosterField | null)[] = cells.map(() => null);
  const notes: string[] = [];
  const taken = new Map<RosterField, number>();
  const overridden = new Set<number>();
  // The admin's mapping first, so it wins over recognition.
  cells.forEach((cell, i) => {
    const header = cell.trim();
    const hit = mapping.exact.has(header)
      ? mapping.exact.get(header)
      : mapping.loose.has(headerKey(header))
        ? mapping.loose.get(headerKey(header))
        : undefined;
    if (hit === undefined) return;
    overridden.add(i);
    if (hit === null) return;
    if (taken.has(hit)) {
      notes.push(
        `Columns '${cells[taken.get(hit)!]!.trim()}' and '${header}' are both mapped to ${ROSTER_FIELD_LABELS[hit]}; using the first.`,
      );
      return;
    }
    taken.set(hit, i);
    fields[i] = hit;
  });
  cells.forEach((cell, i) => {
    if (overridden.has(i)) return;
    const header = cell.trim();
    const field = recogniseHeader(header);
    if (field === null) return;
    if (taken.has(field)) {
      notes.push(
        `Column '${header}' also looks like ${ROSTER_FIELD_LABELS[field]}; using '${cells[taken.get(field)!]!.trim()}' and ignoring it.`,
      );
      return;
    }
    taken.set(field, i);
    fields[i] = field;
  });
  return { fields, notes };
}

function chooseHeader(text: string, mapping: ReturnType<typeof resolveMapping>): HeaderChoice | null {
  let best: HeaderChoice | null = null;
  for (const delimiter of DELIMITERS) {
    const preview = Papa.parse<Row>(text, {
      delimiter,
      preview: HEADER_SEARCH_ROWS * 3,
      skipEmptyLines: 'greedy',
    }).data.slice(0, HEADER_SEARCH_ROWS);
    let first: HeaderChoice | null = null;
    for (let i = 0; i < preview.length; i++) {
      const cells = preview[i]!;
      const { fields, notes } = mapHeader(cells, mapping);
      const has = (f: RosterField) => fields.includes(f);
      const ok = has('firstName') && (has('lastName') || has('preferredLastName'));
      const score = fields.filter((f) => f !== null).length;
      const choice: HeaderChoice = { delimiter, rowIndex: i, cells, fields, notes, score, ok };
      if (ok) {
        first = choice;
        break;
      }
      if (i === 0) first = choice;
    }
    if (!first) continue;
    const better =
      !best ||
      (first.ok && !best.ok) ||
      (first.ok === best.ok && first.score > best.score) ||
      (first.ok === best.ok && first.score === best.score && first.cells.length > best.cells.length);
    if (better) best = first;
  }
  return best;
}

function fatal(
  message: string,
  line = 0,
  columns: RosterColumn[] = [],
  warnings: string[] = [],
): RosterParseResult {
  return { pupils: [], columns, errors: [{ line, message }], warnings };
}

/** Counts line breaks (\r\n, \n or \r) incrementally, so each row's start line costs O(its length). */
class LineCounter {
  private pos = 0;
  private line = 1;
  constructor(private readonly text: string) {}
  lineAt(offset: number): number {
    const t = this.text;
    for (let i = this.pos; i < offset; i++) {
      const c = t.charCodeAt(i);
      if (c === 10) this.line++;
      else if (c === 13 && t.charCodeAt(i + 1) !== 10) this.line++;
    }
    if (offset > this.pos) this.pos = offset;
    return this.line;
  }
}

function list(names: string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/** Strip the apostrophe rosterToCsv puts in front of a cell that would read as a spreadsheet formula. */
function unescapeFormula(value: string): string {
  return /^'['=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function shown(value: string): string {
  const v = normaliseName(value);
  return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}

/**
 * Parse a roster export. Never throws: every problem is in `errors` (line 0 = the whole file) or
 * `warnings`. Rows with errors are left out of `pupils`.
 */
export function parseRosterCsv(input: RosterInput, options: ParseRosterOptions = {}): RosterParseResult {
  const warnings: string[] = [];
  const maxRows = options.maxRows ?? MAX_ROSTER_ROWS;

  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    const bytes = toBytes(input);
    if (bytes.length === 0) return fatal('The file is empty.');
    const d = decode(bytes);
    if (d.fatal !== undefined) return fatal(d.fatal);
    text = d.text;
    if (d.encoding === 'windows-1252') {
      warnings.push(
        'The file is not UTF-8; it was read as Windows-1252 (Excel "CSV"). Check accented names in the preview.',
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fatal('The file is empty.');
  const junk = junkReason(text);
  if (junk) return fatal(junk);
  if (/Ã[\u0080-\u00BF]|â€/.test(text.slice(0, 65_536))) {
    warnings.push(
      "Some names look garbled (e.g. 'Ã«' for 'ë'): the file may have been converted twice. Check the preview.",
    );
  }

  const mapping = resolveMapping(options.mapping, warnings);
  const header = chooseHeader(text, mapping);
  if (!header) return fatal('The file has no header row.', 1);

  // ── the full parse, row by row, tracking where each row starts ──
  const lines = new LineCounter(text);
  const width = header.cells.length;
  const fields = header.fields;
  const col = (f: RosterField): number => fields.indexOf(f);
  const idx = {
    first: col('firstName'),
    preferred: col('preferredName'),
    last: col('lastName'),
    preferredLast: col('preferredLastName'),
    year: col('yearGroup'),
    cls: col('className'),
  };
  const consentCols = (
    [
      'photoConsent',
      'socialMediaConsent',
      'websiteConsent',
      'pressConsent',
      'nameConsent',
      'videoConsent',
    ] as const
  )
    .map((f) => ({ field: f, index: col(f) }))
    .filter((c) => c.index !== -1);
  const dnpCol = col('doNotPublish');
  const social = col('socialMediaConsent');
  const photoLike = (['photoConsent', 'websiteConsent', 'pressConsent'] as const).filter(
    (f) => col(f) !== -1,
  );
  const nameCol = col('nameConsent');
  const videoCol = col('videoConsent');
  const emptyHeaderCols = header.cells.map((c, i) => (c.trim() === '' ? i : -1)).filter((i) => i !== -1);
  const emptyHeaderWithData = new Set<number>();

  const pupils: Pupil[] = [];
  const errors: RowError[] = [];
  const sampleRows: string[][] = [];
  let errorCount = 0;
  const addError = (line: number, message: string) => {
    errorCount++;
    if (errors.length < MAX_REPORTED_ERRORS) errors.push({ line, message });
  };

  let nonBlank = -1; // index among non-blank rows; the header is header.rowIndex
  let headerLine = 1;
  let dataRows = 0;
  let tooMany = false;
  let rowStart = 0;

  Papa.parse<Row>(text, {
    delimiter: header.delimiter,
    skipEmptyLines: false,
    step(result, parser) {
      const row = result.data;
      const start = rowStart;
      rowStart = result.meta.cursor;
      if (isBlankRow(row) && result.errors.length === 0) return;
      nonBlank++;
      const line = lines.lineAt(start);
      if (nonBlank < header.rowIndex) return;
      if (nonBlank === header.rowIndex) {
        headerLine = line;
        return;
      }
      dataRows++;
      if (sampleRows.length < SAMPLE_ROWS) sampleRows.push(row.slice());
      // Without a usable header only example values are wanted (for the column-mapping screen).
      if (!header.ok) {
        if (sampleRows.length >= SAMPLE_ROWS) parser.abort();
        return;
      }
      if (dataRows > maxRows) {
        tooMany = true;
        parser.abort();
        return;
      }
      if (result.errors.length > 0) {
        const e = result.errors[0]!;
        addError(
          line,
          e.code === 'MissingQuotes'
            ? 'a quoted field is never closed (a missing " ?); the rest of the file is part of it'
            : e.message,
        );
        return;
      }
      for (const i of emptyHeaderCols) if ((row[i] ?? '').trim() !== '') emptyHeaderWithData.add(i);
      if (row.length !== width) {
        const extraBlank = row.length > width && isBlankRow(row.slice(width));
        if (!extraBlank) {
          addError(
            line,
            `has ${row.length} fields, expected ${width}` +
              (row.length > width ? ' (is there an unquoted comma or semicolon in a name?)' : ''),
          );
          return;
        }
      }
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
      if (!ok) return;
      const socialOk = social === -1 ? true : values.socialMediaConsent === true;
      const photoConsent =
        social !== -1 ? socialOk : photoLike.length > 0 && photoLike.every((f) => values[f] === true);
      const nameConsent =
        nameCol === -1 && social === -1 ? false : (nameCol === -1 || values.nameConsent === true) && socialOk;
      const videoConsent =
        videoCol === -1 && social === -1
          ? false
          : (videoCol === -1 || values.videoConsent === true) && socialOk;
      pupils.push({
        firstName,
        lastName,
        preferredName: normaliseName(cell(idx.preferred)),
        yearGroup: normaliseYearGroup(cell(idx.year)),
        className: normaliseName(cell(idx.cls)),
        photoConsent,
        nameConsent,
        videoConsent,
        doNotPublish,
      });
    },
  });

  const columns: RosterColumn[] = header.cells.map((c, i) => ({
    header: c.trim(),
    field: fields[i] ?? null,
  }));

  if (!header.ok) {
    const keys = header.cells.map((c) => headerKey(c));
    const whole = header.cells.find((c) => FULL_NAME_KEYS.has(headerKey(c)));
    if (whole && !keys.some((k) => HEADER_TABLE.get(k) === 'firstName')) {
      return {
        ...fatal(
          `The column '${whole.trim()}' holds whole names; export first name (Forename) and surname as separate columns.`,
          headerLine,
          columns,
          warnings,
        ),
        sampleRows,
      };
    }
    const missing: string[] = [];
    if (!fields.includes('firstName'))
      missing.push('no first-name column (e.g. First Name, Forename, first_name)');
    if (!fields.includes('lastName') && !fields.includes('preferredLastName')) {
      missing.push('no last-name column (e.g. Last Name, Surname, last_name)');
    }
    return {
      ...fatal(`The header row has ${missing.join(' and ')}.`, headerLine, columns, warnings),
      sampleRows,
    };
  }
  if (tooMany) {
    return fatal(
      `The file has more than ${maxRows.toLocaleString('en-GB')} rows; a school roster is smaller. Is this the right file?`,
      0,
      columns,
      warnings,
    );
  }

  if (header.rowIndex > 0) {
    warnings.push(
      `The ${header.rowIndex === 1 ? 'line' : 'lines'} above the header (line ${headerLine}) were skipped.`,
    );
  }
  warnings.push(...header.notes);
  for (const c of columns) {
    if (c.field !== null || c.header === '') continue;
    if (mapping.exact.get(c.header) === null || mapping.loose.get(headerKey(c.header)) === null) continue;
    if (header.notes.some((n) => n.includes(`'${c.header}'`))) continue;
    warnings.push(
      NOT_NEEDED.has(headerKey(c.header))
        ? `Column '${c.header}' is not needed and was not imported.`
        : `Column '${c.header}' was not recognised and was ignored; map it if it matters.`,
    );
  }
  if (emptyHeaderWithData.size > 0) {
    warnings.push(
      `${emptyHeaderWithData.size === 1 ? 'A column' : `${emptyHeaderWithData.size} columns`} with data but no header ${emptyHeaderWithData.size === 1 ? 'was' : 'were'} ignored.`,
    );
  }
  const headerOf = (f: RosterField) => `'${header.cells[col(f)]!.trim()}'`;
  if (social !== -1) {
    if (photoLike.length > 0) {
      warnings.push(
        `Photo consent is taken from ${headerOf('socialMediaConsent')}; ${list(photoLike.map((f) => header.cells[col(f)]!.trim()))} ${photoLike.length === 1 ? 'is' : 'are'} not used for photos.`,
      );
    }
    warnings.push(
      `A 'no' in ${headerOf('socialMediaConsent')} also counts as no consent to be named or filmed on social media.`,
    );
  } else if (photoLike.length > 1) {
    warnings.push(
      `Photo consent combines ${list(photoLike.map((f) => header.cells[col(f)]!.trim()))}: a pupil counts as consenting only if every one says yes.`,
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
  if (dataRows === 0) {
    errors.push({ line: 0, message: 'The file has a header row but no pupils.' });
  }
  if (errorCount > errors.length) {
    errors.push({ line: 0, message: `…and ${errorCount - errors.length} more problems.` });
  }
  return { pupils, columns, errors, warnings, sampleRows };
}

/** "line 14: photo consent 'maybe' is not yes or no" (line 0: the message alone). */
export function formatRowError(error: RowError): string {
  return error.line > 0 ? `line ${error.line}: ${error.message}` : error.message;
}

// ─── export ─────────────────────────────────────────────────────────────────────────────────────

/** A cell that Excel would run as a formula gets a leading apostrophe (parseRosterCsv strips it). */
function escapeFormula(value: string): string {
  return /^['=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Our own roster format (the ROSTER_CSV_HEADERS columns, yes/no), RFC 4180 quoting, CRLF lines. */
export function rosterToCsv(pupils: readonly Pupil[]): string {
  const yn = (b: boolean) => (b ? 'yes' : 'no');
  return Papa.unparse(
    {
      fields: [...ROSTER_CSV_HEADERS],
      data: pupils.map((p) => [
        escapeFormula(p.firstName),
        escapeFormula(p.lastName),
        escapeFormula(p.preferredName),
        escapeFormula(p.yearGroup),
        escapeFormula(p.className),
        yn(p.photoConsent),
        yn(p.nameConsent),
        yn(p.videoConsent),
        yn(p.doNotPublish),
      ]),
    },
    { newline: '\r\n', escapeFormulae: false },
  );
}
