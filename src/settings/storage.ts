// Settings and roster in extension storage. `storage.local` only: the roster is personal data and
// must never sync to a Google or Mozilla account.
//
// Safety: every value is validated before it is written, and each save is one `set` call (atomic
// in Chrome and Firefox), so a failed write (e.g. storage full) changes nothing. The settings are
// written twice in that one call — `settings` and `settings.lastGood` — so if `settings` is later
// found damaged (a bad write elsewhere, a downgrade), the last good copy is used and the admin is
// told; nothing is lost silently.

import { browser } from 'wxt/browser';
import type { Pupil } from '../engine/types';
import { applyManagedPolicy, readManagedPolicy, type ManagedPolicy } from './managed';
import { parseRoster, parseSettings } from './read-settings';
import { defaultSettings, type Settings } from './schema';

export interface StoredState {
  /** The settings in force: the admin's own with any IT policy (managed storage) on top. */
  settings: Settings;
  pupils: Pupil[];
  /** Problems found in what was stored (shown to the admin); the last good values are used. */
  problems: string[];
}

/** Where the pupil list came from (for the options page). */
export interface RosterMeta {
  /** ISO time of the last import. */
  importedAt: string;
  fileName: string;
  /** ISO time of the last edit on the options page, if any. */
  editedAt?: string;
}

/** Everything the options page needs: the admin's own settings and what IT has pushed. */
export interface AdminState extends StoredState {
  /** The admin's own settings, before IT policy. Edits apply to these. */
  local: Settings;
  managed: ManagedPolicy;
  rosterMeta: RosterMeta | null;
}

export const SETTINGS_KEY = 'settings';
export const LAST_GOOD_SETTINGS_KEY = 'settings.lastGood';
export const ROSTER_KEY = 'roster';
export const ROSTER_META_KEY = 'roster.meta';

interface LastGood {
  savedAt: string;
  settings: unknown;
}

/** A save that did not happen. `message` is written for the admin; the old values are still in place. */
export class StorageWriteError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'StorageWriteError';
  }
}

function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota|QUOTA_BYTES|NS_ERROR_DOM_QUOTA|too large/i.test(text);
}

/** Turn a storage failure into words for the admin. */
export function describeWriteError(error: unknown, what: string): StorageWriteError {
  if (error instanceof StorageWriteError) return error;
  if (isQuotaError(error)) {
    return new StorageWriteError(
      `The ${what} could not be saved: the browser's storage for SafeToPost is full. Nothing was changed. ` +
        'Shorten the audit log (Audit log › keep entries for fewer days) or remove unused pupil data, then try again.',
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new StorageWriteError(`The ${what} could not be saved (${reason}). Nothing was changed.`);
}

async function write(items: Record<string, unknown>, what: string): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (e) {
    throw describeWriteError(e, what);
  }
}

function readLocalSettings(stored: Record<string, unknown>, problems: string[]): Settings {
  const primary = stored[SETTINGS_KEY];
  if (primary === undefined) return defaultSettings();
  const parsed = parseSettings(primary);
  if (parsed.ok) return parsed.settings;
  const reason = parsed.errors.slice(0, 3).join('; ');
  const backup = stored[LAST_GOOD_SETTINGS_KEY] as LastGood | undefined;
  const fromBackup = backup && typeof backup === 'object' ? parseSettings(backup.settings) : null;
  if (fromBackup?.ok) {
    const when = new Date(backup!.savedAt);
    const at = Number.isNaN(when.getTime()) ? 'earlier' : `on ${when.toLocaleString('en-GB')}`;
    problems.push(
      `The saved settings are damaged (${reason}). SafeToPost is using the last good copy, saved ${at}. ` +
        'Check the settings and save any change to repair them.',
    );
    return fromBackup.settings;
  }
  problems.push(
    `The saved settings are damaged (${reason}) and there is no good copy, so SafeToPost's defaults are in use. ` +
      'Check every tab and save, or import a settings file.',
  );
  return defaultSettings();
}

function readRoster(stored: Record<string, unknown>, problems: string[]): Pupil[] {
  const raw = stored[ROSTER_KEY];
  if (raw === undefined) return [];
  const parsed = parseRoster(raw);
  if (parsed.ok) return parsed.pupils;
  problems.push(
    `The saved pupil list is damaged (${parsed.errors.slice(0, 2).join('; ')}), so names are not being checked ` +
      'against it. Import the pupil list again.',
  );
  return [];
}

function readRosterMeta(stored: Record<string, unknown>): RosterMeta | null {
  const m = stored[ROSTER_META_KEY] as Partial<RosterMeta> | undefined;
  if (!m || typeof m.importedAt !== 'string' || typeof m.fileName !== 'string') return null;
  return {
    importedAt: m.importedAt,
    fileName: m.fileName,
    ...(typeof m.editedAt === 'string' ? { editedAt: m.editedAt } : {}),
  };
}

/** The settings in force, without the roster (cheap: for the popup, the audit log, the review page). */
export async function loadEffectiveSettings(): Promise<{ settings: Settings; problems: string[] }> {
  const { settings, problems } = await loadAdminSettings();
  return { settings, problems };
}

/** The admin's own settings, IT policy and the settings in force (no roster). */
export async function loadAdminSettings(): Promise<
  Pick<AdminState, 'local' | 'settings' | 'managed' | 'problems'>
> {
  const [stored, managed] = await Promise.all([
    browser.storage.local.get([SETTINGS_KEY, LAST_GOOD_SETTINGS_KEY]),
    readManagedPolicy(),
  ]);
  const problems: string[] = [];
  const local = readLocalSettings(stored, problems);
  return {
    local,
    settings: applyManagedPolicy(local, managed),
    managed,
    problems: [...problems, ...managed.problems],
  };
}

/** The pupil list and where it came from. */
export async function loadRosterState(): Promise<Pick<AdminState, 'pupils' | 'rosterMeta' | 'problems'>> {
  const stored = await browser.storage.local.get([ROSTER_KEY, ROSTER_META_KEY]);
  const problems: string[] = [];
  const pupils = readRoster(stored, problems);
  return { pupils, rosterMeta: readRosterMeta(stored), problems };
}

export async function loadAdminState(): Promise<AdminState> {
  const [settings, roster] = await Promise.all([loadAdminSettings(), loadRosterState()]);
  return { ...settings, ...roster, problems: [...settings.problems, ...roster.problems] };
}

export async function loadState(): Promise<StoredState> {
  const { settings, pupils, problems } = await loadAdminState();
  return { settings, pupils, problems };
}

function validSettings(settings: Settings): Settings {
  const parsed = parseSettings(settings);
  if (!parsed.ok) {
    throw new StorageWriteError('These settings are not valid, so they were not saved.', parsed.errors);
  }
  return parsed.settings;
}

function validRoster(pupils: Pupil[]): Pupil[] {
  const parsed = parseRoster(pupils);
  if (!parsed.ok) {
    throw new StorageWriteError('This pupil list is not valid, so it was not saved.', parsed.errors);
  }
  return parsed.pupils;
}

/** Save the admin's own settings (not the IT policy on top). Throws StorageWriteError; nothing changes then. */
export async function saveSettings(settings: Settings): Promise<void> {
  const valid = validSettings(settings);
  const lastGood: LastGood = { savedAt: new Date().toISOString(), settings: valid };
  await write({ [SETTINGS_KEY]: valid, [LAST_GOOD_SETTINGS_KEY]: lastGood }, 'settings');
}

/** Replaces the whole roster in one write: an import either lands whole or not at all. */
export async function saveRoster(pupils: Pupil[], meta?: RosterMeta): Promise<void> {
  const valid = validRoster(pupils);
  const items: Record<string, unknown> = { [ROSTER_KEY]: valid };
  if (meta) items[ROSTER_META_KEY] = meta;
  await write(items, 'pupil list');
}

/** Settings and (optionally) roster from a settings file, in one write. */
export async function saveSettingsAndRoster(
  settings: Settings,
  pupils: Pupil[] | null,
  meta?: RosterMeta,
): Promise<void> {
  const valid = validSettings(settings);
  const items: Record<string, unknown> = {
    [SETTINGS_KEY]: valid,
    [LAST_GOOD_SETTINGS_KEY]: { savedAt: new Date().toISOString(), settings: valid } satisfies LastGood,
  };
  if (pupils) {
    items[ROSTER_KEY] = validRoster(pupils);
    if (meta) items[ROSTER_META_KEY] = meta;
  }
  await write(items, pupils ? 'settings and pupil list' : 'settings');
}

export async function clearRoster(): Promise<void> {
  try {
    await browser.storage.local.remove([ROSTER_KEY, ROSTER_META_KEY]);
  } catch (e) {
    throw describeWriteError(e, 'pupil list removal');
  }
}

export interface StateChange {
  settings: boolean;
  roster: boolean;
  /** IT changed the managed policy. */
  managed: boolean;
}

/**
 * Calls back whenever settings, roster or IT policy change (from any extension page). The argument
 * says which; callers that need only some can skip the rest. Returns an unsubscribe.
 */
export function onStateChanged(callback: (change: StateChange) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'managed') {
      callback({ settings: true, roster: false, managed: true });
      return;
    }
    if (area !== 'local') return;
    const settings = SETTINGS_KEY in changes;
    const roster = ROSTER_KEY in changes || ROSTER_META_KEY in changes;
    if (settings || roster) callback({ settings, roster, managed: false });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
