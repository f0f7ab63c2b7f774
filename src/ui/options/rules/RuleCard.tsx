// One rule's settings: on/off, how serious, whether staff may post anyway and must say why.

import { useId } from 'preact/hooks';
import type { PolicyCitation } from '../../../engine/rule';
import type { Severity } from '../../../engine/types';
import type { RuleConfig } from '../../../settings/schema';
import { LockedNote } from '../../shared/LockedNote';

export const SEVERITY_LABELS: Record<Severity, string> = {
  block: 'Hold the post (block)',
  warn: 'Ask before posting (warn)',
  info: 'Underline only (info)',
};

interface RuleCardProps {
  ruleId: string;
  title: string;
  description: string;
  config: RuleConfig;
  citations: PolicyCitation[];
  isLocked(key: keyof RuleConfig): boolean;
  onChange(patch: Partial<RuleConfig>): void;
}

export function RuleCard({
  ruleId,
  title,
  description,
  config,
  citations,
  isLocked,
  onChange,
}: RuleCardProps) {
  const id = useId();
  const lockedNote = (key: keyof RuleConfig) =>
    isLocked(key) ? <LockedNote id={`${id}-${key}-locked`} /> : null;
  const describedBy = (key: keyof RuleConfig) => (isLocked(key) ? `${id}-${key}-locked` : undefined);

  return (
    <fieldset class="card rule-card" data-rule={ruleId}>
      <legend>{title}</legend>
      <p class="hint">{description}</p>
      <div class="rule-controls">
        <div class="control">
          <label>
            <input
              type="checkbox"
              checked={config.enabled}
              disabled={isLocked('enabled')}
              aria-describedby={describedBy('enabled')}
              onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
            />{' '}
            Check posts for this
          </label>
          {lockedNote('enabled')}
        </div>
        <div class="control">
          <label for={`${id}-severity`}>When found</label>
          <select
            id={`${id}-severity`}
            value={config.severity}
            disabled={isLocked('severity') || !config.enabled}
            aria-describedby={describedBy('severity')}
            onChange={(e) => onChange({ severity: e.currentTarget.value as Severity })}
          >
            {(Object.keys(SEVERITY_LABELS) as Severity[]).map((s) => (
              <option key={s} value={s}>
                {SEVERITY_LABELS[s]}
              </option>
            ))}
          </select>
          {lockedNote('severity')}
        </div>
        <div class="control">
          <label>
            <input
              type="checkbox"
              checked={config.overrideAllowed}
              disabled={isLocked('overrideAllowed') || !config.enabled}
              aria-describedby={describedBy('overrideAllowed')}
              onChange={(e) => onChange({ overrideAllowed: e.currentTarget.checked })}
            />{' '}
            Staff may “post anyway”
          </label>
          {lockedNote('overrideAllowed')}
        </div>
        <div class="control">
          <label>
            <input
              type="checkbox"
              checked={config.reasonRequired}
              disabled={isLocked('reasonRequired') || !config.enabled || !config.overrideAllowed}
              aria-describedby={describedBy('reasonRequired')}
              onChange={(e) => onChange({ reasonRequired: e.currentTarget.checked })}
            />{' '}
            They must give a reason (kept in the audit log)
          </label>
          {lockedNote('reasonRequired')}
        </div>
      </div>
      {citations.length > 0 && (
        <details class="citations">
          <summary>What the policy says</summary>
          {citations.map((c, i) => (
            <figure key={i}>
              <blockquote>{c.quote}</blockquote>
              <figcaption>
                {c.school}, {c.section}
              </figcaption>
            </figure>
          ))}
        </details>
      )}
    </fieldset>
  );
}
