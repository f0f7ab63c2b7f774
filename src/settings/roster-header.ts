// Finding the header row of a roster file and mapping its columns to fields: which delimiter, which
// of the first lines is the header (report titles above it are skipped), the admin's own mapping
// over recognition, and the words that explain the outcome to the admin (unusable header, columns
// left out). The row-by-row parse that follows is parseRosterCsv in roster-csv.ts.

import Papa from 'papaparse';
import {
  FULL_NAME_KEYS,
  HEADER_TABLE,
  headerKey,
  NOT_NEEDED,
  recogniseHeader,
  ROSTER_FIELD_LABELS,
  ROSTER_FIELDS,
  type RosterColumn,
  type RosterField,
} from './roster-columns';

/** Up to ten lines of preamble (a report title, filters, a print date) and then the header. */
const HEADER_SEARCH_ROWS = 11;
const DELIMITERS = [',', ';', '\t'] as const;

export type Row = string[];

/** A candidate header row under one delimiter; `ok` when it has a first-name and a last-name column. */
export interface HeaderChoice {
  delimiter: string;
  /** Index among the non-blank rows of the preview. */
  rowIndex: number;
  cells: Row;
  fields: (RosterField | null)[];
  notes: string[];
  score: number;
  ok: boolean;
}

export function isBlankRow(row: Row): boolean {
  for (const cell of row) if (cell.trim() !== '') return false;
  return true;
}

/**
 * The admin's mapping as two lookups, by exact header text and by headerKey. A value that is not a
 * roster field is dropped with a warning.
 */
export function resolveMapping(
  mapping: Readonly<Record<string, RosterField | null>> | undefined,
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

/**
 * The field each cell of a candidate header row feeds: the admin's mapping first, then recognition.
 * A field already taken keeps its column; `notes` says which column was ignored.
 */
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

/**
 * The header row: under each delimiter, the first of the first HEADER_SEARCH_ROWS non-blank rows that
 * is `ok` (else the first row); then the best over the delimiters (ok, most fields mapped, most cells).
 */
export function chooseHeader(text: string, mapping: ReturnType<typeof resolveMapping>): HeaderChoice | null {
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

/** Why a header row that is not `ok` cannot be used: it holds whole names, or lacks a name column. */
export function unusableHeaderMessage(header: HeaderChoice): string {
  const fields = header.fields;
  const keys = header.cells.map((c) => headerKey(c));
  const whole = header.cells.find((c) => FULL_NAME_KEYS.has(headerKey(c)));
  if (whole && !keys.some((k) => HEADER_TABLE.get(k) === 'firstName')) {
    return `The column '${whole.trim()}' holds whole names; export first name (Forename) and surname as separate columns.`;
  }
  if (header.score === 0)
    return `No header row was found in the first ${HEADER_SEARCH_ROWS} lines: the file needs a row naming its columns, with a first name (e.g. First Name, Forename) and a surname (e.g. Last Name, Surname).`;
  const missing: string[] = [];
  if (!fields.includes('firstName'))
    missing.push('no first-name column (e.g. First Name, Forename, first_name)');
  if (!fields.includes('lastName') && !fields.includes('preferredLastName')) {
    missing.push('no last-name column (e.g. Last Name, Surname, last_name)');
  }
  return `The header row has ${missing.join(' and ')}.`;
}

/**
 * Pushes onto `warnings` what became of the header and its columns, in this order: lines skipped
 * above it, clashes between columns, columns not imported, columns with data but no header.
 */
export function headerWarnings(
  header: HeaderChoice,
  headerLine: number,
  columns: readonly RosterColumn[],
  mapping: ReturnType<typeof resolveMapping>,
  emptyHeaderWithData: ReadonlySet<number>,
  warnings: string[],
): void {
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
}
