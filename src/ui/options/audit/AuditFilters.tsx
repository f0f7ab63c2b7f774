// Narrow the audit log by date, site, rule and what happened.

import type { AuditEntry } from '../../../audit/log';
import { AUDIT_KIND_LABELS, type AuditFilter } from '../../../audit/report';
import { ruleTitle } from '../../shared/rule-titles';
import { siteName } from '../../shared/site-names';

interface AuditFiltersProps {
  filter: AuditFilter;
  sites: string[];
  ruleIds: string[];
  onChange(filter: AuditFilter): void;
}

export function AuditFilters({ filter, sites, ruleIds, onChange }: AuditFiltersProps) {
  const set = (patch: Partial<AuditFilter>) => onChange({ ...filter, ...patch });
  return (
    <fieldset class="filters">
      <legend>Show entries</legend>
      <label>
        From
        <input
          type="date"
          value={filter.from ?? ''}
          onInput={(e) => set({ from: e.currentTarget.value || undefined })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={filter.to ?? ''}
          onInput={(e) => set({ to: e.currentTarget.value || undefined })}
        />
      </label>
      <label>
        Site
        <select value={filter.site ?? ''} onChange={(e) => set({ site: e.currentTarget.value || undefined })}>
          <option value="">All sites</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {siteName(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Rule
        <select
          value={filter.ruleId ?? ''}
          onChange={(e) => set({ ruleId: e.currentTarget.value || undefined })}
        >
          <option value="">All rules</option>
          {ruleIds.map((id) => (
            <option key={id} value={id}>
              {ruleTitle(id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        What happened
        <select
          value={filter.kind ?? ''}
          onChange={(e) =>
            set({ kind: (e.currentTarget.value || undefined) as AuditEntry['kind'] | undefined })
          }
        >
          <option value="">Everything</option>
          {(Object.keys(AUDIT_KIND_LABELS) as AuditEntry['kind'][]).map((k) => (
            <option key={k} value={k}>
              {AUDIT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => onChange({})}>
        Show all
      </button>
    </fieldset>
  );
}
