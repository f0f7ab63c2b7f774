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
//
// This file is the parser's entry point (parseRosterCsv, its options and result) and the row-by-row
// loop. The pieces it uses: roster-columns.ts (the fields and the header names we recognise),
// roster-decode.ts (bytes → text), roster-header.ts (finding the header row, mapping its columns),
// roster-pupil.ts (one row → one Pupil, consent values and how consent columns combine). Writing our
// own format is roster-export.ts.

import Papa from 'papaparse';
import type { Pupil } from '../engine/types';
import type { RosterColumn, RosterField } from './roster-columns';
import { decode, junkReason, toBytes } from './roster-decode';
import {
  chooseHeader,
  headerWarnings,
  isBlankRow,
  resolveMapping,
  unusableHeaderMessage,
  type Row,
} from './roster-header';
import { consentWarnings, indexColumns, readPupil } from './roster-pupil';

export type RosterInput = string | Uint8Array | ArrayBuffer;

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
const SAMPLE_ROWS = 5;

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

/**
 * The input as text (a BOM stripped), or the result that ends the import: an empty file, one that is
 * not text, or binary junk. Warns when the bytes were not UTF-8 or the names look converted twice.
 */
function readText(input: RosterInput, warnings: string[]): string | RosterParseResult {
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
  return text;
}

/**
 * Parse a roster export. Never throws: every problem is in `errors` (line 0 = the whole file) or
 * `warnings`. Rows with errors are left out of `pupils`.
 */
export function parseRosterCsv(input: RosterInput, options: ParseRosterOptions = {}): RosterParseResult {
  const warnings: string[] = [];
  const maxRows = options.maxRows ?? MAX_ROSTER_ROWS;

  const text = readText(input, warnings);
  if (typeof text !== 'string') return text;

  const mapping = resolveMapping(options.mapping, warnings);
  const header = chooseHeader(text, mapping);
  if (!header) return fatal('The file has no header row.', 1);

  // ── the full parse, row by row, tracking where each row starts ──
  const lines = new LineCounter(text);
  const width = header.cells.length;
  const fields = header.fields;
  const columnIndex = indexColumns(fields);
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
      const pupil = readPupil(row, line, columnIndex, addError);
      if (pupil) pupils.push(pupil);
    },
  });

  const columns: RosterColumn[] = header.cells.map((c, i) => ({
    header: c.trim(),
    field: fields[i] ?? null,
  }));

  if (!header.ok) {
    return { ...fatal(unusableHeaderMessage(header), headerLine, columns, warnings), sampleRows };
  }
  if (tooMany) {
    return fatal(
      `The file has more than ${maxRows.toLocaleString('en-GB')} rows; a school roster is smaller. Is this the right file?`,
      0,
      columns,
      warnings,
    );
  }

  headerWarnings(header, headerLine, columns, mapping, emptyHeaderWithData, warnings);
  consentWarnings(header.cells, columnIndex, warnings);
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
