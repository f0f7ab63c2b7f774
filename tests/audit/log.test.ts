import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  AUDIT_KEY,
  MAX_AUDIT_ENTRIES,
  appendAuditEntry,
  clearAuditLog,
  readAuditLog,
  readAuditState,
  type AuditEntry,
} from '../../src/audit/log';
import { auditToCsv, filterAuditEntries, neutraliseFormula } from '../../src/audit/report';
import { StorageWriteError, saveSettings } from '../../src/settings/storage';
import { defaultSettings } from '../../src/settings/schema';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2025-10-01T12:00:00Z');

function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    at: '2025-09-30T09:15:00.000Z',
    site: 'facebook',
    kind: 'override',
    ruleIds: ['pupil-full-name'],
    reason: 'Parent asked us to',
    snippet: 'Well done A*** S****',
    ...overrides,
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('audit log', () => {
  it('appends entries and reads them back oldest first', async () => {
    await appendAuditEntry(entry({ at: '2025-09-30T10:00:00.000Z' }), NOW);
    await appendAuditEntry(entry({ at: '2025-09-29T10:00:00.000Z', site: 'x' }), NOW);
    const log = await readAuditState(NOW);
    expect(log.entries.map((e) => e.site)).toEqual(['x', 'facebook']);
    expect(log.unreadable).toBe(0);
  });

  it('keeps two quick appends from the same page', async () => {
    await Promise.all([
      appendAuditEntry(entry({ site: 'x' }), NOW),
      appendAuditEntry(entry({ site: 'instagram' }), NOW),
    ]);
    expect((await readAuditState(NOW)).entries).toHaveLength(2);
  });

  it('prunes entries older than the retention period on write and on read', async () => {
    await saveSettings({ ...defaultSettings(), auditRetentionDays: 30 });
    await fakeBrowser.storage.local.set({
      [AUDIT_KEY]: [
        entry({ at: new Date(NOW - 40 * DAY).toISOString() }),
        entry({ at: new Date(NOW - 5 * DAY).toISOString() }),
      ],
    });
    expect((await readAuditState(NOW)).entries).toHaveLength(1);
    // The prune was saved.
    expect(((await fakeBrowser.storage.local.get(AUDIT_KEY))[AUDIT_KEY] as unknown[]).length).toBe(1);
    await fakeBrowser.storage.local.set({
      [AUDIT_KEY]: [entry({ at: new Date(NOW - 31 * DAY).toISOString() })],
    });
    await appendAuditEntry(entry({ at: new Date(NOW).toISOString() }), NOW);
    expect((await fakeBrowser.storage.local.get(AUDIT_KEY))[AUDIT_KEY]).toHaveLength(1);
  });

  it('counts, rather than silently loses, entries dropped by the size limit', async () => {
    const many = Array.from({ length: MAX_AUDIT_ENTRIES }, (_, i) =>
      entry({ at: new Date(NOW - i * 1000).toISOString() }),
    );
    await fakeBrowser.storage.local.set({ [AUDIT_KEY]: many });
    await appendAuditEntry(entry({ at: new Date(NOW).toISOString() }), NOW);
    const log = await readAuditState(NOW);
    expect(log.entries).toHaveLength(MAX_AUDIT_ENTRIES);
    expect(log.dropped).toEqual({ count: 1, since: new Date(NOW).toISOString() });
  });

  it('shows how many stored entries could not be read', async () => {
    await fakeBrowser.storage.local.set({ [AUDIT_KEY]: [entry(), { at: 'yesterday' }] });
    const log = await readAuditState(NOW);
    expect(log.entries).toHaveLength(1);
    expect(log.unreadable).toBe(1);
  });

  it('keeps the flagged words only on false-positive reports', async () => {
    await appendAuditEntry(entry({ flagged: ['Ava Smith'] }), NOW);
    await appendAuditEntry(entry({ kind: 'false-positive', flagged: ['Mrs Carter'] }), NOW);
    const [override, report] = (await readAuditState(NOW)).entries;
    expect(override!.flagged).toBeUndefined();
    expect(report!.flagged).toEqual(['Mrs Carter']);
  });

  it('a failed write says so, with the storage problem in plain words', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const error = await appendAuditEntry(entry(), NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect((error as Error).message).toMatch(
      /audit entry could not be saved: the browser's storage .* is full/,
    );
  });

  it('clears everything', async () => {
    await appendAuditEntry(entry(), NOW);
    await clearAuditLog();
    expect(await readAuditLog()).toEqual([]);
  });
});

describe('audit report', () => {
  const entries = [
    entry({ at: '2025-09-01T08:00:00.000Z', site: 'facebook', ruleIds: ['pupil-full-name'] }),
    entry({ at: '2025-09-15T08:00:00.000Z', site: 'x', ruleIds: ['event-timing', 'confidential'] }),
    entry({
      at: '2025-09-20T08:00:00.000Z',
      site: 'x',
      kind: 'false-positive',
      ruleIds: ['pupil-full-name'],
    }),
  ];

  it('filters by date, site, rule and kind', () => {
    expect(filterAuditEntries(entries, { from: '2025-09-10' })).toHaveLength(2);
    expect(filterAuditEntries(entries, { to: '2025-09-15' })).toHaveLength(2);
    expect(filterAuditEntries(entries, { site: 'x', ruleId: 'confidential' })).toEqual([entries[1]]);
    expect(filterAuditEntries(entries, { kind: 'false-positive' })).toEqual([entries[2]]);
  });

  it('exports CSV that a spreadsheet cannot run as formulas', () => {
    const evil = entry({ reason: '=HYPERLINK("http://evil","x")', snippet: '+SUM(A1)', site: '@x' });
    const csv = auditToCsv([evil, entry({ reason: ' -2+3' })], (id) => `Title of ${id}`);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows[0]).toEqual([
      'Time (UTC)',
      'Site',
      'What happened',
      'Rule ids',
      'Rules',
      'Reason',
      'Snippet',
    ]);
    expect(rows[1]).toEqual([
      '2025-09-30T09:15:00.000Z',
      "'@x",
      'Posted anyway',
      'pupil-full-name',
      'Title of pupil-full-name',
      `'=HYPERLINK("http://evil","x")`,
      "'+SUM(A1)",
    ]);
    expect(rows[2]![5]).toBe("' -2+3");
    expect(neutraliseFormula('Plain words')).toBe('Plain words');
    expect(neutraliseFormula('\uFF1D1+1')).toBe("'\uFF1D1+1");
  });
});
