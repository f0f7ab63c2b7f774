// The audit log for the options page, kept up to date as staff add entries from other tabs.

import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AUDIT_KEY, readAuditState, type AuditLogState } from '../../../audit/log';

export function useAuditLog(): { log: AuditLogState | null; error: string | null; reload(): Promise<void> } {
  const [log, setLog] = useState<AuditLogState | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setLog(await readAuditState());
      setError(null);
    } catch (e) {
      setError(`The audit log could not be read: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, []);

  useEffect(() => {
    void reload();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (AUDIT_KEY in changes || 'settings' in changes)) void reload();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [reload]);

  return { log, error, reload };
}
