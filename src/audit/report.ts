// Filtering the audit log and exporting it as CSV for the headteacher. Pure functions.

import Papa from 'papaparse';
import type { AuditEntry } from './log';

export interface AuditFilter {
  /** yyyy-mm-dd, inclusive, in local time. */
  from?: string;
  to?: string;
  site?: string;
  ruleId?: string;
  kind?: AuditEntry['kind'];
}

function dayStart(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1).getTime();
}

export function filterAuditEntries(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  const from = filter.from ? dayStart(filter.from) : -Infinity;
  const to = filter.to ? dayStart(filter.to) + 24 * 60 * 60 * 1000 : Infinity;
  return entries.filter((e) => {
    const t = Date.parse(e.at);
    if (t < from || t >= to) return false;
    if (filter.site && e.site !== filter.site) return false;
    if (filter.ruleId && !e.ruleIds.includes(filter.ruleId)) return false;
    if (filter.kind && e.kind !== filter.kind) return false;
    return true;
  });
}

export const AUDIT_KIND_LABELS: Record<AuditEntry['kind'], string> = {
  override: 'Posted anyway',
  'false-positive': 'Reported as not a problem',
  'tips-would-block': 'Tips only: would have held the post',
};

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, tab, return, also after leading spaces or
 * as full-width forms) gets a leading apostrophe, so opening the export never runs anything.
 */
export function neutraliseFormula(value: string): string {
  return /^[\s\u3000]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? `'${value}` : value;
}

/** UTF-8 with a byte-order mark (so Excel reads accents), CRLF lines, every cell formula-safe. */
export function auditToCsv(
  entries: readonly AuditEntry[],
  ruleTitle: (id: string) => string = (id) => id,
): string {
  const rows = entries.map((e) =>
    [
      e.at,
      e.site,
      AUDIT_KIND_LABELS[e.kind],
      e.ruleIds.join(' '),
      e.ruleIds.map(ruleTitle).join('; '),
      e.reason,
      e.snippet,
    ].map(neutraliseFormula),
  );
  const csv = Papa.unparse(
    { fields: ['Time (UTC)', 'Site', 'What happened', 'Rule ids', 'Rules', 'Reason', 'Snippet'], data: rows },
    { newline: '\r\n', quotes: true, escapeFormulae: false },
  );
  return `\uFEFF${csv}\r\n`;
}
