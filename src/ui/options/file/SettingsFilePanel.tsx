// Download the settings as a file and load them from one (another computer, a colleague, a backup).

import { useRef, useState } from 'preact/hooks';
import type { Pupil } from '../../../engine/types';
import { profileById } from '../../../settings/profiles';
import type { Settings } from '../../../settings/schema';
import { exportSettings, importSettings } from '../../../settings/settings-file';
import { saveSettingsAndRoster } from '../../../settings/storage';
import { dateStamp, downloadText, readFileBytes } from '../../shared/download';
import { ruleTitle } from '../../shared/rule-titles';
import { SITE_NAMES } from '../../shared/site-names';
import { SEVERITY_LABELS } from '../rules/RuleCard';
import type { AdminStateApi } from '../useAdminState';
import { plural } from '../roster/roster-summary';

type Loaded =
  | { ok: true; fileName: string; settings: Settings; pupils: Pupil[] | null }
  | { ok: false; fileName: string; errors: string[] };

/** What applying `next` would change, in words. */
function describeChanges(current: Settings, next: Settings): string[] {
  const out: string[] = [];
  const profile = (id: string | null) => (id ? (profileById(id)?.name ?? id) : 'none');
  if (current.policyProfile !== next.policyProfile)
    out.push(`Policy profile: ${profile(next.policyProfile)}`);
  if (current.mode !== next.mode) out.push(`Mode: ${next.mode === 'tips' ? 'tips only' : 'check and hold'}`);
  const sites = Object.entries(next.sites)
    .filter(([, on]) => on)
    .map(([s]) => SITE_NAMES[s as keyof typeof SITE_NAMES]);
  if (JSON.stringify(current.sites) !== JSON.stringify(next.sites)) {
    out.push(`Sites checked: ${sites.length > 0 ? sites.join(', ') : 'none'}`);
  }
  for (const [id, rule] of Object.entries(next.rules)) {
    const before = current.rules[id];
    if (JSON.stringify(before) === JSON.stringify(rule)) continue;
    out.push(
      `“${ruleTitle(id)}”: ${rule.enabled ? SEVERITY_LABELS[rule.severity].toLowerCase() : 'off'}${
        rule.enabled
          ? `, post anyway ${rule.overrideAllowed ? (rule.reasonRequired ? 'with a reason' : 'allowed') : 'not allowed'}`
          : ''
      }`,
    );
  }
  const lists = [
    ['name never to flag', 'names never to flag', 'allowlist'],
    ['confidential term', 'confidential terms', 'confidentialTerms'],
    ['banned phrase', 'banned phrases', 'bannedPhrases'],
  ] as const;
  for (const [one, many, key] of lists) {
    if (JSON.stringify(current[key]) !== JSON.stringify(next[key]))
      out.push(plural(next[key].length, one, many));
  }
  if (current.auditRetentionDays !== next.auditRetentionDays) {
    out.push(`Audit entries kept for ${next.auditRetentionDays} days`);
  }
  return out;
}

export function SettingsFilePanel({ admin }: { admin: AdminStateApi }) {
  const { local, pupils } = admin.state!;
  const [withRoster, setWithRoster] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [replaceRoster, setReplaceRoster] = useState(true);
  const fileInput = useRef<HTMLInputElement>(null);

  function download() {
    const text = exportSettings(local, { includeRoster: withRoster, pupils });
    const name = `safetopost-settings${withRoster ? '-with-pupils' : ''}-${dateStamp()}.json`;
    downloadText(name, text, 'application/json');
    admin.setNotice({ kind: 'saved', text: `Downloaded ${name}.` });
  }

  async function choose(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    let text = '';
    try {
      text = new TextDecoder('utf-8').decode(await readFileBytes(file));
    } catch {
      setLoaded({ ok: false, fileName: file.name, errors: ['The file could not be read.'] });
      return;
    }
    const result = importSettings(text);
    setLoaded(
      result.ok
        ? { ...result, fileName: file.name }
        : { ok: false, fileName: file.name, errors: result.errors },
    );
    setReplaceRoster(true);
  }

  function reset() {
    setLoaded(null);
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  }

  async function apply() {
    if (!loaded?.ok) return;
    // The PIN stays as it is here: a file never removes or replaces it.
    const settings = { ...loaded.settings, lock: local.lock };
    const roster = loaded.pupils && replaceRoster ? loaded.pupils : null;
    const meta = roster ? { importedAt: new Date().toISOString(), fileName: loaded.fileName } : undefined;
    const ok = await admin.save(
      () => saveSettingsAndRoster(settings, roster, meta),
      `Settings loaded from ${loaded.fileName}${roster ? `, with ${plural(roster.length, 'pupil')}` : ''}.`,
    );
    if (ok) reset();
  }

  return (
    <>
      <section class="card" aria-labelledby="export-heading">
        <h3 id="export-heading">Download the settings</h3>
        <p class="hint">
          A file with the rules, word lists, sites and mode, to keep as a backup or to load on another
          computer.
        </p>
        <div class="control">
          <label>
            <input
              type="checkbox"
              checked={withRoster}
              onChange={(e) => setWithRoster(e.currentTarget.checked)}
            />{' '}
            Include the pupil list ({plural(pupils.length, 'pupil')})
          </label>
        </div>
        {withRoster && (
          <p class="note">
            The file will hold pupils’ names and consent. Keep it as safely as your MIS export.
          </p>
        )}
        <div class="button-row">
          <button type="button" class="primary" onClick={download}>
            Download settings file
          </button>
        </div>
      </section>
      <section class="card" aria-labelledby="import-heading">
        <h3 id="import-heading">Load settings from a file</h3>
        <label class="block-label" for="settings-file">
          Choose a settings file (.json)
        </label>
        <input
          ref={fileInput}
          id="settings-file"
          type="file"
          accept=".json,application/json"
          onChange={choose}
        />
        {loaded && !loaded.ok && (
          <div class="problems" role="alert">
            <h4>{loaded.fileName} cannot be used. Nothing was changed.</h4>
            <ul class="error-list">
              {loaded.errors.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </div>
        )}
        {loaded?.ok && (
          <div class="review" aria-live="polite">
            <h4>{loaded.fileName} is ready to load</h4>
            {describeChanges(local, loaded.settings).length === 0 ? (
              <p>These settings are the same as yours.</p>
            ) : (
              <>
                <p>It will change:</p>
                <ul>
                  {describeChanges(local, loaded.settings).map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </>
            )}
            {loaded.pupils && (
              <label>
                <input
                  type="checkbox"
                  checked={replaceRoster}
                  onChange={(e) => setReplaceRoster(e.currentTarget.checked)}
                />{' '}
                Also replace the pupil list with the {plural(loaded.pupils.length, 'pupil')} in this file
              </label>
            )}
            <p class="hint">Your admin PIN and anything set by your IT team stay as they are.</p>
            <div class="button-row">
              <button type="button" class="primary" onClick={apply}>
                Load these settings
              </button>
              <button type="button" onClick={reset}>
                Cancel
              </button>
            </div>
          </div>
        )}
      </section>
    </>
  );
}
