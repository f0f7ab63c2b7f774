// Pupils → our own roster CSV format (the ROSTER_CSV_HEADERS columns, as in the eval corpus), which
// parseRosterCsv reads back to the same pupils. A cell a spreadsheet would run as a formula gets a
// leading apostrophe. The tests and benchmarks use it to make roster files.

import Papa from 'papaparse';
import type { Pupil } from '../engine/types';

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
