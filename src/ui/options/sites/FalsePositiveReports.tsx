// Staff reports of "this is not a problem": the admin adds the flagged words to the allowlist in one click.

import type { AuditEntry } from '../../../audit/log';
import { ruleTitle } from '../../shared/rule-titles';
import { siteName } from '../../shared/site-names';

interface FalsePositiveReportsProps {
  entries: AuditEntry[];
  allowlist: string[];
  allowlistLocked: boolean;
  onAllow(term: string): void;
}

const MAX_SHOWN = 50;

export function FalsePositiveReports({
  entries,
  allowlist,
  allowlistLocked,
  onAllow,
}: FalsePositiveReportsProps) {
  const reports = entries.filter((e) => e.kind === 'false-positive').reverse();
  const allowed = new Set(allowlist.map((t) => t.toLocaleLowerCase('en-GB')));
  return (
    <section class="card" aria-labelledby="fp-heading">
      <h3 id="fp-heading">Reported as “not a problem”</h3>
      <p class="hint">
        When staff say a check was wrong (for example a teacher’s name taken for a pupil’s), it appears here.
        Add the name or phrase to “Names never to flag” so it is not flagged again.
      </p>
      {reports.length === 0 ? (
        <p class="empty">No reports yet.</p>
      ) : (
        <ul class="report-list">
          {reports.slice(0, MAX_SHOWN).map((e, i) => {
            const when = new Date(e.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
            const terms = e.flagged && e.flagged.length > 0 ? e.flagged : [];
            return (
              <li key={`${e.at}-${i}`}>
                <p>
                  <strong>{when}</strong> on {siteName(e.site)}: {e.ruleIds.map(ruleTitle).join(', ')}
                  {e.reason && <> — “{e.reason}”</>}
                </p>
                {terms.length === 0 ? (
                  <p class="hint">
                    The report did not include the words flagged ({e.snippet || 'no snippet'}).
                  </p>
                ) : (
                  <ul class="inline-list">
                    {terms.map((term) =>
                      allowed.has(term.toLocaleLowerCase('en-GB')) ? (
                        <li key={term}>“{term}” is on the list of names never to flag</li>
                      ) : (
                        <li key={term}>
                          <button type="button" disabled={allowlistLocked} onClick={() => onAllow(term)}>
                            Never flag “{term}”
                          </button>
                        </li>
                      ),
                    )}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {reports.length > MAX_SHOWN && (
        <p class="hint">Showing the latest {MAX_SHOWN}. The audit log has them all.</p>
      )}
    </section>
  );
}
