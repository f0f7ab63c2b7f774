// The options page's state: the admin's settings, IT policy, pupils; saves with clear messages.

import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Pupil } from '../../engine/types';
import { applyManagedPolicy } from '../../settings/managed';
import type { Settings } from '../../settings/schema';
import {
  StorageWriteError,
  loadAdminSettings,
  loadRosterState,
  onStateChanged,
  saveRoster,
  saveSettings,
  type AdminState,
  type RosterMeta,
} from '../../settings/storage';

export interface Notice {
  kind: 'saved' | 'error';
  text: string;
  details?: string[];
}

export interface AdminStateApi {
  state: AdminState | null;
  loadError: string | null;
  notice: Notice | null;
  /** Apply a change to the admin's own settings and save it. Resolves false (and shows why) on failure. */
  updateSettings(change: (local: Settings) => Settings, savedText?: string): Promise<boolean>;
  /** Save a new pupil list (one write). */
  updateRoster(pupils: Pupil[], meta: RosterMeta | null, savedText?: string): Promise<boolean>;
  /** Run another storage write (clear, settings file) with the same messages; the page reloads after. */
  save(write: () => Promise<void>, savedText: string): Promise<boolean>;
  setNotice(notice: Notice | null): void;
}

export function errorNotice(e: unknown): Notice {
  if (e instanceof StorageWriteError) return { kind: 'error', text: e.message, details: e.details };
  return { kind: 'error', text: `Something went wrong: ${e instanceof Error ? e.message : String(e)}` };
}

type SettingsPart = Awaited<ReturnType<typeof loadAdminSettings>>;
type RosterPart = Awaited<ReturnType<typeof loadRosterState>>;

function combine(s: SettingsPart, r: RosterPart): AdminState {
  return { ...s, ...r, problems: [...s.problems, ...r.problems] };
}

export function useAdminState(): AdminStateApi {
  const [state, setState] = useState<AdminState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const parts = useRef<{ settings: SettingsPart; roster: RosterPart } | null>(null);
  // Loads and saves run one after another, so a reload never shows a state older than a save.
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const enqueue = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(task, task);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const publish = useCallback((settings: SettingsPart, roster: RosterPart) => {
    parts.current = { settings, roster };
    setState(combine(settings, roster));
  }, []);

  const reload = useCallback(
    (which: { settings: boolean; roster: boolean }) =>
      enqueue(async () => {
        try {
          const current = parts.current;
          const settings = which.settings || !current ? await loadAdminSettings() : current.settings;
          const roster = which.roster || !current ? await loadRosterState() : current.roster;
          publish(settings, roster);
          setLoadError(null);
        } catch (e) {
          setLoadError(
            `SafeToPost could not read its settings: ${e instanceof Error ? e.message : String(e)}`,
          );
        }
      }),
    [enqueue, publish],
  );

  useEffect(() => {
    void reload({ settings: true, roster: true });
    return onStateChanged((change) => void reload(change ?? { settings: true, roster: true }));
  }, [reload]);

  const updateSettings = useCallback(
    (change: (local: Settings) => Settings, savedText = 'Saved.') =>
      enqueue(async () => {
        const current = parts.current;
        if (!current) return false;
        const local = change(current.settings.local);
        const settings = {
          ...current.settings,
          local,
          settings: applyManagedPolicy(local, current.settings.managed),
        };
        publish(settings, current.roster);
        try {
          await saveSettings(local);
          setNotice({ kind: 'saved', text: savedText });
          return true;
        } catch (e) {
          publish(current.settings, current.roster);
          setNotice(errorNotice(e));
          return false;
        }
      }),
    [enqueue, publish],
  );

  const updateRoster = useCallback(
    (pupils: Pupil[], meta: RosterMeta | null, savedText = 'Saved.') =>
      enqueue(async () => {
        const current = parts.current;
        if (!current) return false;
        publish(current.settings, { pupils, rosterMeta: meta ?? current.roster.rosterMeta, problems: [] });
        try {
          await saveRoster(pupils, meta ?? undefined);
          setNotice({ kind: 'saved', text: savedText });
          return true;
        } catch (e) {
          publish(current.settings, current.roster);
          setNotice(errorNotice(e));
          return false;
        }
      }),
    [enqueue, publish],
  );

  const save = useCallback(
    (write: () => Promise<void>, savedText: string) =>
      enqueue(async () => {
        try {
          await write();
          setNotice({ kind: 'saved', text: savedText });
          return true;
        } catch (e) {
          setNotice(errorNotice(e));
          return false;
        }
      }),
    [enqueue],
  );

  return { state, loadError, notice, updateSettings, updateRoster, save, setNotice };
}
