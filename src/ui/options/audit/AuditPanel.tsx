// The "Audit log" tab: every override and report, filters, CSV export, retention, and clearing.

import { useState } from 'preact/hooks';
import { clearAuditLog } from '../../../audit/log';
import { auditToCsv, filterAuditEntries, type AuditFilter } from '../../../audit/report';
import { isLocked } from '../../../settings/managed';
import { SITES, type AdminLock } from '../../../settings/schema';
import { dateStamp, downloadText } from '../../shared/download';
import { LockedNote } from '../../shared/LockedNote';
import { PinForm } from '../../shared/PinForm';
import { ruleTitle } from '../../shared/rule-titles';
import type { AdminStateApi } from '../useAdminState';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { useAuditLog } from './useAuditLog';

export function AuditPanel({ admin }: { admin: AdminStateApi }) {
  const { settings, managed, local } = admin.state!;
  const { log, error, reload } = useAuditLog();
  const [filter, setFilter] = useState<AuditFilter>({});
  const entries = log?.entries ?? [];
  const shown = filterAuditEntries(entries, filter);
  const sites = [...new Set([...SITES, ...entries.map((e) => e.site)])];
  const ruleIds = [...new Set([...Object.keys(settings.rules), ...entries.flatMap((e) => e.ruleIds)])];

  function exportCsv() {
    downloadText(
      `safetopost-audit-${dateStamp()}.csv`,
      auditToCsv(shown, ruleTitle),
      'text/csv;charset=utf-8',
    );
    admin.setNotice({
      kind: 'saved',
      text: `Downloaded ${shown.length} ${shown.length === 1 ? 'entry' : 'entries'} as CSV.`,
    });
  }

  return (
    <div class="panel">
      <h2>Audit log</h2>
      <p class="hint">
        Every time someone posts anyway, reports a check as wrong, or (in tips only mode) posts something that
        would have been held. Names in the flagged words are hidden.
      </p>
      {error && <p class="error-box">{error}</p>}
      {log?.dropped && (
        <p class="note">
          {log.dropped.count.toLocaleString('en-GB')} older entries were removed since{' '}
          {new Date(log.dropped.since).toLocaleDateString('en-GB')} because the log reached its size limit or
          could not be read.
        </p>
      )}
      {log && log.unreadable > 0 && (
        <p class="note">{log.unreadable} stored entries could not be read and are not shown.</p>
      )}
      <AuditFilters filter={filter} sites={sites} ruleIds={ruleIds} onChange={setFilter} />
      <div class="toolbar">
        <p role="status">
          {log === null
            ? 'Loading…'
            : `${shown.length.toLocaleString('en-GB')} of ${entries.length.toLocaleString('en-GB')} entries shown`}
        </p>
        <button type="button" disabled={shown.length === 0} onClick={exportCsv}>
          Download as CSV
        </button>
      </div>
      <AuditTable entries={shown} />
      <RetentionSetting
        days={settings.auditRetentionDays}
        locked={isLocked(managed, 'auditRetentionDays')}
        onSave={(days) =>
          admin.updateSettings(
            (s) => ({ ...s, auditRetentionDays: days }),
            `Audit entries are now kept for ${days} days.`,
          )
        }
      />
      <ClearAuditLog
        count={entries.length}
        lock={local.lock}
        onClear={async () => {
          const ok = await admin.save(clearAuditLog, 'The audit log was cleared.');
          await reload();
          return ok;
        }}
      />
    </div>
  );
}

function RetentionSetting({
  days,
  locked,
  onSave,
}: {
  days: number;
  locked: boolean;
  onSave(days: number): Promise<boolean>;
}) {
  const [value, setValue] = useState(String(days));
  const [error, setError] = useState<string | null>(null);
  function save(event: Event) {
    event.preventDefault();
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 3650) {
      setError('Enter a whole number of days from 1 to 3650.');
      return;
    }
    setError(null);
    void onSave(n);
  }
  return (
    <form class="card" onSubmit={save} noValidate aria-labelledby="retention-heading">
      <h3 id="retention-heading">How long to keep entries</h3>
      <label class="block-label" for="retention-days">
        Keep entries for this many days
      </label>
      <input
        id="retention-days"
        type="number"
        min={1}
        max={3650}
        value={value}
        disabled={locked}
        aria-describedby={`retention-help${locked ? ' retention-locked' : ''}`}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <button type="submit" disabled={locked}>
        Save
      </button>
      {locked && <LockedNote id="retention-locked" />}
      <p id="retention-help" class="hint">
        Older entries are deleted automatically. Now: {days} days.
      </p>
      <p class="error-text" role="alert">
        {error ?? ''}
      </p>
    </form>
  );
}

interface ClearAuditLogProps {
  count: number;
  lock: AdminLock | null;
  onClear(): Promise<boolean>;
}

function ClearAuditLog({ count, lock, onClear }: ClearAuditLogProps) {
  const [asking, setAsking] = useState(false);
  return (
    <section class="card danger-zone" aria-labelledby="clear-audit-heading">
      <h3 id="clear-audit-heading">Clear the audit log</h3>
      {!asking ? (
        <button type="button" class="danger" disabled={count === 0} onClick={() => setAsking(true)}>
          Clear the audit log…
        </button>
      ) : lock ? (
        <>
          <p>
            Enter the admin PIN to delete all {count.toLocaleString('en-GB')} entries. This cannot be undone.
          </p>
          <PinForm
            lock={lock}
            submitLabel="Clear the audit log"
            autoFocus
            onSuccess={async () => {
              if (await onClear()) setAsking(false);
            }}
            onCancel={() => setAsking(false)}
          />
        </>
      ) : (
        <div role="group" aria-labelledby="clear-audit-question">
          <p id="clear-audit-question">
            Delete all {count.toLocaleString('en-GB')} entries? This cannot be undone. Set an admin PIN
            (Settings file and PIN tab) so only you can do this.
          </p>
          <div class="button-row">
            <button
              type="button"
              class="danger"
              autoFocus
              onClick={async () => {
                if (await onClear()) setAsking(false);
              }}
            >
              Yes, clear the audit log
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
