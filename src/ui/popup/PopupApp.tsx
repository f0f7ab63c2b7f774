// The toolbar popup: is this tab checked, how many problems are in the draft (by rule, no names),
// pause for an hour (PIN when locked), open the settings.

import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PAUSED_UNTIL_KEY, pauseChecking, readPausedUntil, resumeChecking } from '../../settings/pause';
import type { Settings } from '../../settings/schema';
import { loadEffectiveSettings } from '../../settings/storage';
import { PinForm } from '../shared/PinForm';
import { ruleTitle } from '../shared/rule-titles';
import { fetchTabStatus, type TabStatus } from './tab-status';

interface PopupData {
  status: TabStatus | null;
  pausedUntil: number | null;
  settings: Settings | null;
}

const STATE_TEXT = {
  checking: { title: 'Checking this page', body: 'Posts you write here are checked before they go out.' },
  'not-checking': {
    title: 'Not checking this post box',
    body: 'SafeToPost could not find the post box on this page, so what you type here is not checked. Check your post yourself.',
  },
  unsupported: {
    title: 'Not a supported site',
    body: 'SafeToPost checks posts on Facebook, Instagram, X and ClassDojo. Nothing on this page is checked.',
  },
  unknown: {
    title: 'Cannot tell whether this page is checked',
    body: 'SafeToPost did not answer. Treat posts on this page as not checked, and try reloading the page.',
  },
} as const;

function timeText(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

export function PopupApp() {
  const [data, setData] = useState<PopupData | null>(null);
  const [askPin, setAskPin] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [status, pausedUntil, settings] = await Promise.all([
      fetchTabStatus(),
      readPausedUntil().catch(() => null),
      loadEffectiveSettings()
        .then((r) => r.settings)
        .catch(() => null),
    ]);
    setData({ status, pausedUntil, settings });
  }, []);

  useEffect(() => {
    void load();
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (PAUSED_UNTIL_KEY in changes || 'settings' in changes)) void load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [load]);

  async function pause() {
    try {
      await pauseChecking();
      setAskPin(false);
      setError(null);
      await load();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  async function resume() {
    await resumeChecking();
    await load();
  }

  if (!data) {
    return (
      <main class="popup">
        <h1>SafeToPost</h1>
        <p role="status">Looking at this tab…</p>
      </main>
    );
  }

  const paused = data.pausedUntil !== null || data.status?.state === 'paused';
  const lock = data.settings?.lock ?? null;

  return (
    <main class="popup">
      <h1>SafeToPost</h1>
      {paused ? (
        <section class="status paused" aria-labelledby="status-heading">
          <h2 id="status-heading">
            {data.pausedUntil ? `Paused until ${timeText(data.pausedUntil)}` : 'Paused'}
          </h2>
          <p>Nothing is checked on any site until then.</p>
          <button type="button" class="primary" onClick={resume}>
            Resume checking now
          </button>
        </section>
      ) : (
        <StatusSection status={data.status} tipsOnly={data.settings?.mode === 'tips'} />
      )}
      {!paused &&
        (askPin && lock ? (
          <section aria-labelledby="pause-heading">
            <h2 id="pause-heading">Pause checking for an hour</h2>
            <PinForm
              lock={lock}
              submitLabel="Pause for an hour"
              autoFocus
              onSuccess={pause}
              onCancel={() => setAskPin(false)}
            />
          </section>
        ) : (
          <button type="button" onClick={() => (lock ? setAskPin(true) : void pause())}>
            Pause checking for an hour
          </button>
        ))}
      {error && (
        <p class="error-box" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
        Open settings
      </button>
    </main>
  );
}

function StatusSection({ status, tipsOnly }: { status: TabStatus | null; tipsOnly: boolean }) {
  const key = status === null || status.state === 'paused' ? 'unknown' : status.state;
  const text = STATE_TEXT[key];
  const findings = Object.entries(status?.findingsByRule ?? {}).filter(([, n]) => n > 0);
  const total = findings.reduce((sum, [, n]) => sum + n, 0);
  return (
    <section class={`status ${key}`} aria-labelledby="status-heading">
      <h2 id="status-heading">{text.title}</h2>
      <p>{text.body}</p>
      {key === 'checking' && (
        <>
          {tipsOnly && <p class="hint">Tips only: problems are underlined, posts are never held.</p>}
          <h3>This draft</h3>
          {total === 0 ? (
            <p>No problems found so far.</p>
          ) : (
            <ul class="findings" aria-label={`${total} ${total === 1 ? 'thing' : 'things'} to check`}>
              {findings.map(([rule, n]) => (
                <li key={rule}>
                  <span>{ruleTitle(rule)}</span> <strong>{n}</strong>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
