// The override log the headteacher relies on: every "post anyway" and "not a problem" report.
// No draft text beyond redacted spans is kept. storage.local only.
//
// Entries older than the admin's retention period are pruned whenever the log is written or read.
// The log is also capped (MAX_AUDIT_ENTRIES); entries dropped for the cap are counted and the
// audit page says so, so nothing disappears without a word.

import { browser } from 'wxt/browser';
import { z } from 'zod';
import { describeWriteError, loadEffectiveSettings } from '../settings/storage';

export interface AuditEntry {
  /** ISO time of the decision. */
  at: string;
  site: string;
  kind: 'override' | 'false-positive' | 'tips-would-block';
  ruleIds: string[];
  /** The reason picked from the list, plus any text the user wrote. */
  reason: string;
  /** The flagged spans with names and details masked ("A*** S****"). */
  snippet: string;
  /**
   * Only for kind 'false-positive': the flagged words exactly as written ("Mrs Helen Carter"), so
   * the admin can add them to the allowlist in one click. The user has said they are not a pupil.
   */
  flagged?: string[];
}

export const AUDIT_KEY = 'audit';
const AUDIT_DROPPED_KEY = 'audit.dropped';
export const MAX_AUDIT_ENTRIES = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;

export const AUDIT_KINDS = ['override', 'false-positive', 'tips-would-block'] as const;

const EntrySchema = z.object({
  at: z.string().refine((s) => !Number.isNaN(Date.parse(s))),
  site: z.string().max(100),
  kind: z.enum(AUDIT_KINDS),
  ruleIds: z.array(z.string().max(64)).max(50),
  reason: z.string().max(2000),
  snippet: z.string().max(2000),
  flagged: z.array(z.string().max(200)).max(20).optional(),
});

/** Entries dropped to stay under MAX_AUDIT_ENTRIES, and since when. */
export interface AuditDropped {
  count: number;
  since: string;
}

export interface AuditLogState {
  /** Oldest first. */
  entries: AuditEntry[];
  /** Stored entries that could not be read (kept out of the list, counted here). */
  unreadable: number;
  dropped: AuditDropped | null;
}

function trimEntry(entry: AuditEntry): AuditEntry {
  const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  const out: AuditEntry = {
    at: entry.at,
    site: clip(String(entry.site), 100),
    kind: entry.kind,
    ruleIds: entry.ruleIds.slice(0, 50).map((r) => clip(String(r), 64)),
    reason: clip(String(entry.reason ?? ''), 2000),
    snippet: clip(String(entry.snippet ?? ''), 2000),
  };
  if (entry.kind === 'false-positive' && entry.flagged && entry.flagged.length > 0) {
    out.flagged = entry.flagged.slice(0, 20).map((f) => clip(String(f), 200));
  }
  return out;
}

function splitValid(raw: unknown): { valid: AuditEntry[]; unreadable: number } {
  if (!Array.isArray(raw)) return { valid: [], unreadable: raw === undefined ? 0 : 1 };
  const valid: AuditEntry[] = [];
  let unreadable = 0;
  for (const item of raw) {
    const parsed = EntrySchema.safeParse(item);
    if (parsed.success) valid.push(parsed.data as AuditEntry);
    else unreadable++;
  }
  return { valid, unreadable };
}

/** Entries within the retention period (the cut-off is `days` before `now`). */
export function withinRetention(entries: AuditEntry[], days: number, now = Date.now()): AuditEntry[] {
  const cutoff = now - days * DAY_MS;
  return entries.filter((e) => Date.parse(e.at) >= cutoff);
}

async function retentionDays(): Promise<number> {
  try {
    return (await loadEffectiveSettings()).settings.auditRetentionDays;
  } catch {
    return 365;
  }
}

// One write at a time in this page or worker, so two quick appends never lose each other.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Add one entry. Expired entries are pruned in the same write. Throws StorageWriteError (with a
 * message for the user) if the log cannot be saved; the caller must say so, not carry on silently.
 */
export function appendAuditEntry(entry: AuditEntry, now = Date.now()): Promise<void> {
  return serialised(async () => {
    const parsed = EntrySchema.safeParse(trimEntry(entry));
    if (!parsed.success) throw describeWriteError(new Error('the entry is not complete'), 'audit entry');
    const [stored, days] = await Promise.all([
      browser.storage.local.get([AUDIT_KEY, AUDIT_DROPPED_KEY]),
      retentionDays(),
    ]);
    const { valid, unreadable } = splitValid(stored[AUDIT_KEY]);
    // Keep unreadable entries out, but never write over them without counting them as dropped.
    let log = withinRetention(valid, days, now);
    log.push(parsed.data as AuditEntry);
    const items: Record<string, unknown> = {};
    let dropped = unreadable;
    if (log.length > MAX_AUDIT_ENTRIES) {
      dropped += log.length - MAX_AUDIT_ENTRIES;
      log = log.slice(log.length - MAX_AUDIT_ENTRIES);
    }
    if (dropped > 0) {
      const previous = stored[AUDIT_DROPPED_KEY] as AuditDropped | undefined;
      items[AUDIT_DROPPED_KEY] = {
        count: (previous?.count ?? 0) + dropped,
        since: previous?.since ?? new Date(now).toISOString(),
      } satisfies AuditDropped;
    }
    items[AUDIT_KEY] = log;
    try {
      await browser.storage.local.set(items);
    } catch (e) {
      throw describeWriteError(e, 'audit entry');
    }
  });
}

/** The log, oldest first, with expired entries pruned (and the pruning saved). */
export async function readAuditState(now = Date.now()): Promise<AuditLogState> {
  return serialised(async () => {
    const [stored, days] = await Promise.all([
      browser.storage.local.get([AUDIT_KEY, AUDIT_DROPPED_KEY]),
      retentionDays(),
    ]);
    const { valid, unreadable } = splitValid(stored[AUDIT_KEY]);
    const kept = withinRetention(valid, days, now);
    if (kept.length < valid.length && unreadable === 0) {
      // Pruning by retention is what the admin asked for; a failed prune is retried next time.
      await browser.storage.local.set({ [AUDIT_KEY]: kept }).catch(() => undefined);
    }
    kept.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const d = stored[AUDIT_DROPPED_KEY] as AuditDropped | undefined;
    const dropped = d && typeof d.count === 'number' && typeof d.since === 'string' ? d : null;
    return { entries: kept, unreadable, dropped };
  });
}

export async function readAuditLog(): Promise<AuditEntry[]> {
  return (await readAuditState()).entries;
}

/** Empty the log (the caller checks the admin PIN first). */
export function clearAuditLog(): Promise<void> {
  return serialised(async () => {
    try {
      await browser.storage.local.remove([AUDIT_KEY, AUDIT_DROPPED_KEY]);
    } catch (e) {
      throw describeWriteError(e, 'audit log');
    }
  });
}
