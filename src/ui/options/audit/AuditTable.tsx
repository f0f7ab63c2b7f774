// The audit entries that match the filters, newest first, a page at a time.

import { useState } from 'preact/hooks';
import type { AuditEntry } from '../../../audit/log';
import { AUDIT_KIND_LABELS } from '../../../audit/report';
import { ruleTitle } from '../../shared/rule-titles';
import { siteName } from '../../shared/site-names';

const PAGE_SIZE = 50;

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const [page, setPage] = useState(0);
  const newestFirst = entries.slice().reverse();
  const pages = Math.max(1, Math.ceil(newestFirst.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = newestFirst.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  if (entries.length === 0) return <p class="empty">No entries match.</p>;
  return (
    <>
      <table class="data-table audit-table">
        <caption class="visually-hidden">Audit entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Site</th>
            <th scope="col">What happened</th>
            <th scope="col">Rules</th>
            <th scope="col">Reason</th>
            <th scope="col">Flagged (names hidden)</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e, i) => (
            <tr key={`${e.at}-${i}`}>
              <td>
                <time dateTime={e.at}>
                  {new Date(e.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
              </td>
              <td>{siteName(e.site)}</td>
              <td>{AUDIT_KIND_LABELS[e.kind]}</td>
              <td>{e.ruleIds.map(ruleTitle).join(', ')}</td>
              <td>{e.reason || '–'}</td>
              <td>{e.snippet || '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav class="pager" aria-label="Audit log pages">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Newer entries
          </button>
          <span>
            Page {current + 1} of {pages}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Older entries
          </button>
        </nav>
      )}
    </>
  );
}
