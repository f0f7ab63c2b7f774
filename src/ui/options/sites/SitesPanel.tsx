// The "Sites and rollout" tab: which sites are checked, enforce or tips only, and staff reports.

import { isLocked } from '../../../settings/managed';
import { SITES, type Mode } from '../../../settings/schema';
import { LockedNote } from '../../shared/LockedNote';
import { SITE_NAMES } from '../../shared/site-names';
import { useAuditLog } from '../audit/useAuditLog';
import type { AdminStateApi } from '../useAdminState';
import { FalsePositiveReports } from './FalsePositiveReports';

const MODE_TEXT: Record<Mode, { label: string; help: string }> = {
  enforce: {
    label: 'Check and hold',
    help: 'Posts that break a “hold” rule wait for review before they go out.',
  },
  tips: {
    label: 'Tips only',
    help: 'Problems are underlined but no post is ever held. Good for the first weeks, while staff get used to it.',
  },
};

export function SitesPanel({ admin }: { admin: AdminStateApi }) {
  const { settings, managed } = admin.state!;
  const { log } = useAuditLog();
  const modeLocked = isLocked(managed, 'mode');

  return (
    <div class="panel">
      <h2>Sites and rollout</h2>
      <fieldset class="card">
        <legend>Check posts on</legend>
        {SITES.map((site) => {
          const locked = isLocked(managed, `sites.${site}`);
          return (
            <div class="control" key={site}>
              <label>
                <input
                  type="checkbox"
                  checked={settings.sites[site]}
                  disabled={locked}
                  aria-describedby={locked ? `site-${site}-locked` : undefined}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    void admin.updateSettings(
                      (local) => ({ ...local, sites: { ...local.sites, [site]: on } }),
                      `${SITE_NAMES[site]} ${on ? 'will be checked' : 'will not be checked'}.`,
                    );
                  }}
                />{' '}
                {SITE_NAMES[site]}
              </label>
              {locked && <LockedNote id={`site-${site}-locked`} />}
            </div>
          );
        })}
      </fieldset>
      <fieldset class="card" aria-describedby={modeLocked ? 'mode-locked' : undefined}>
        <legend>How SafeToPost acts</legend>
        {(Object.keys(MODE_TEXT) as Mode[]).map((mode) => (
          <div class="control" key={mode}>
            <label>
              <input
                type="radio"
                name="mode"
                value={mode}
                checked={settings.mode === mode}
                disabled={modeLocked}
                aria-describedby={`mode-${mode}-help`}
                onChange={() =>
                  void admin.updateSettings(
                    (local) => ({ ...local, mode }),
                    `Mode: ${MODE_TEXT[mode].label.toLowerCase()}.`,
                  )
                }
              />{' '}
              {MODE_TEXT[mode].label}
            </label>
            <p id={`mode-${mode}-help`} class="hint">
              {MODE_TEXT[mode].help}
            </p>
          </div>
        ))}
        {modeLocked && <LockedNote id="mode-locked" />}
      </fieldset>
      <FalsePositiveReports
        entries={log?.entries ?? []}
        allowlist={settings.allowlist}
        allowlistLocked={isLocked(managed, 'allowlist')}
        onAllow={(term) =>
          void admin.updateSettings(
            (local) => ({ ...local, allowlist: [...local.allowlist, term] }),
            `“${term}” will not be flagged again.`,
          )
        }
      />
    </div>
  );
}
