import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Pupil } from '../../src/engine/types';
import { PAUSED_UNTIL_KEY, pauseChecking, readPausedUntil, resumeChecking } from '../../src/settings/pause';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import {
  LAST_GOOD_SETTINGS_KEY,
  ROSTER_KEY,
  SETTINGS_KEY,
  StorageWriteError,
  clearRoster,
  loadAdminState,
  loadState,
  onStateChanged,
  saveRoster,
  saveSettings,
  saveSettingsAndRoster,
} from '../../src/settings/storage';

const ava: Pupil = {
  firstName: 'Ava',
  lastName: 'Smith',
  preferredName: '',
  yearGroup: 'Year 1',
  className: 'Oak',
  photoConsent: true,
  nameConsent: true,
  videoConsent: false,
  doNotPublish: false,
};

function tipsSettings(): Settings {
  return { ...defaultSettings(), mode: 'tips', allowlist: ['Mrs Helen Carter'] };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('settings storage', () => {
  it('starts from the defaults and round-trips settings and roster through storage.local only', async () => {
    expect(await loadState()).toEqual({ settings: defaultSettings(), pupils: [], problems: [] });
    await saveSettings(tipsSettings());
    await saveRoster([ava], { importedAt: '2025-09-01T08:00:00.000Z', fileName: 'sims.csv' });
    const state = await loadAdminState();
    expect(state.settings).toEqual(tipsSettings());
    expect(state.pupils).toEqual([ava]);
    expect(state.rosterMeta).toEqual({ importedAt: '2025-09-01T08:00:00.000Z', fileName: 'sims.csv' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    // The last good copy is written in the same call.
    const stored = await fakeBrowser.storage.local.get(null);
    expect((stored[LAST_GOOD_SETTINGS_KEY] as { settings: Settings }).settings).toEqual(tipsSettings());
  });

  it('falls back to the last good settings when the stored copy is damaged, and says so', async () => {
    await saveSettings(tipsSettings());
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, mode: 'loud' } });
    const state = await loadState();
    expect(state.settings).toEqual(tipsSettings());
    expect(state.problems).toHaveLength(1);
    expect(state.problems[0]).toMatch(
      /saved settings are damaged \(mode: must be enforce or tips\).*last good copy/,
    );
  });

  it('uses the defaults with a clear message when both copies are damaged', async () => {
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: 'garbage',
      [LAST_GOOD_SETTINGS_KEY]: { settings: 7 },
    });
    const state = await loadState();
    expect(state.settings).toEqual(defaultSettings());
    expect(state.problems[0]).toMatch(/no good copy.*defaults are in use/);
  });

  it('reports a damaged roster instead of silently using an empty one', async () => {
    await fakeBrowser.storage.local.set({ [ROSTER_KEY]: [{ firstName: 'Ava' }] });
    const state = await loadState();
    expect(state.pupils).toEqual([]);
    expect(state.problems[0]).toMatch(/pupil list is damaged.*Import the pupil list again/);
  });

  it('a quota error gives a clear message and keeps the last good settings and roster', async () => {
    await saveSettings(tipsSettings());
    await saveRoster([ava]);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('Resource::kQuotaBytes quota exceeded'),
    );
    const error = await saveSettings({ ...tipsSettings(), mode: 'enforce' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect((error as Error).message).toMatch(/storage for SafeToPost is full\. Nothing was changed/);
    await expect(saveRoster([ava, { ...ava, firstName: 'Ben' }])).rejects.toThrow(
      /pupil list could not be saved/,
    );
    vi.restoreAllMocks();
    const state = await loadState();
    expect(state.settings.mode).toBe('tips');
    expect(state.pupils).toEqual([ava]);
  });

  it('refuses invalid settings or pupils before writing anything', async () => {
    const bad = { ...defaultSettings(), auditRetentionDays: -3 };
    const error = await saveSettings(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect((error as StorageWriteError).details).toEqual(['auditRetentionDays: must be at least 1']);
    await expect(saveRoster([{ ...ava, lastName: '' }])).rejects.toThrow(/not valid/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('saves settings and roster from a settings file in one write', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await saveSettingsAndRoster(tipsSettings(), [ava], {
      importedAt: '2025-09-01T00:00:00.000Z',
      fileName: 'x.json',
    });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0] as object).sort()).toEqual(
      ['roster', 'roster.meta', 'settings', 'settings.lastGood'].sort(),
    );
  });

  it('clears all pupil data with one call', async () => {
    await saveRoster([ava], { importedAt: '2025-09-01T00:00:00.000Z', fileName: 'a.csv' });
    await clearRoster();
    const state = await loadAdminState();
    expect(state.pupils).toEqual([]);
    expect(state.rosterMeta).toBeNull();
  });

  it('tells subscribers what changed, including IT policy, until they unsubscribe', async () => {
    const changes: unknown[] = [];
    const stop = onStateChanged((c) => changes.push(c));
    await saveSettings(tipsSettings());
    await saveRoster([ava]);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await fakeBrowser.storage.managed.set({ mode: 'enforce' });
    stop();
    await saveSettings(defaultSettings());
    expect(changes).toEqual([
      { settings: true, roster: false, managed: false },
      { settings: false, roster: true, managed: false },
      { settings: true, roster: false, managed: true },
    ]);
  });

  it('puts IT policy from managed storage on top of the local settings', async () => {
    await saveSettings(tipsSettings());
    await fakeBrowser.storage.managed.set({
      mode: 'enforce',
      rules: { 'event-timing': { severity: 'block' } },
    });
    const state = await loadAdminState();
    expect(state.local.mode).toBe('tips');
    expect(state.settings.mode).toBe('enforce');
    expect(state.settings.rules['event-timing']!.severity).toBe('block');
    expect([...state.managed.locked].sort()).toEqual(['mode', 'rules.event-timing.severity']);
  });

  it('treats a managed storage that throws (Firefox without policy) as no policy', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    const state = await loadAdminState();
    expect(state.problems).toEqual([]);
    expect(state.managed.locked.size).toBe(0);
  });
});

describe('pause', () => {
  it('writes pausedUntil and reads it back until it passes', async () => {
    const until = await pauseChecking(60 * 60 * 1000, 1_000_000);
    expect(until).toBe(1_000_000 + 3_600_000);
    expect((await fakeBrowser.storage.local.get(PAUSED_UNTIL_KEY))[PAUSED_UNTIL_KEY]).toBe(until);
    expect(await readPausedUntil(1_000_000)).toBe(until);
    expect(await readPausedUntil(until + 1)).toBeNull();
    await resumeChecking();
    expect(await readPausedUntil(1_000_000)).toBeNull();
  });
});
