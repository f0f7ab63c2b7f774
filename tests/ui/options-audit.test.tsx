import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUDIT_KEY, readAuditLog, type AuditEntry } from '../../src/audit/log';
import { createLock } from '../../src/settings/lock';
import { defaultSettings } from '../../src/settings/schema';
import { loadAdminState, saveSettings } from '../../src/settings/storage';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { blobText, catchDownloads, expectNoAxeViolations } from './helpers';

// Recent dates, so the default retention (365 days) keeps them whatever day the tests run.
const daysAgo = (n: number) => new Date(Date.now() - n * 24 * 60 * 60 * 1000).toISOString();
const ymd = (iso: string) => iso.slice(0, 10);

const ENTRIES: AuditEntry[] = [
  {
    at: daysAgo(20),
    site: 'facebook',
    kind: 'override',
    ruleIds: ['pupil-full-name'],
    reason: 'Parent asked us to',
    snippet: 'Well done A*** S****',
  },
  {
    at: daysAgo(10),
    site: 'x',
    kind: 'override',
    ruleIds: ['event-timing'],
    reason: '=HYPERLINK("http://evil")',
    snippet: 'disco at 6.30pm',
  },
  {
    at: daysAgo(5),
    site: 'classdojo',
    kind: 'false-positive',
    ruleIds: ['pupil-full-name'],
    reason: 'She is our head teacher',
    snippet: 'M** H**** C*****',
    flagged: ['Mrs Helen Carter'],
  },
  {
    at: daysAgo(2),
    site: 'x',
    kind: 'tips-would-block',
    ruleIds: ['confidential'],
    reason: '',
    snippet: 'gate code ****',
  },
];

async function openTab(name: string) {
  render(<OptionsApp />);
  fireEvent.click(await screen.findByRole('tab', { name }));
}

beforeEach(async () => {
  fakeBrowser.reset();
  location.hash = '';
  await fakeBrowser.storage.local.set({ [AUDIT_KEY]: ENTRIES });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('options page: audit log', () => {
  it('filters by date, site and rule, and exports what is shown as safe CSV', async () => {
    const downloads = catchDownloads();
    await openTab('Audit log');
    await screen.findByText('4 of 4 entries shown');
    await expectNoAxeViolations(document.body);

    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'x' } });
    await screen.findByText('2 of 4 entries shown');
    fireEvent.change(screen.getByLabelText('Rule'), { target: { value: 'event-timing' } });
    await screen.findByText('1 of 4 entries shown');
    const table = screen.getByRole('table', { name: 'Audit entries, newest first' });
    expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Exact time of an event');

    fireEvent.click(screen.getByRole('button', { name: 'Show all' }));
    fireEvent.input(screen.getByLabelText('From'), { target: { value: ymd(daysAgo(12)) } });
    fireEvent.input(screen.getByLabelText('To'), { target: { value: ymd(daysAgo(4)) } });
    await screen.findByText('2 of 4 entries shown');

    fireEvent.click(screen.getByRole('button', { name: 'Download as CSV' }));
    expect(downloads.files[0]!.name).toMatch(/^safetopost-audit-\d{4}-\d\d-\d\d\.csv$/);
    const csv = (await blobText(downloads.files[0]!.blob)).replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r[1])).toEqual(['Site', 'x', 'classdojo']);
    expect(rows[1]![5]).toBe(`'=HYPERLINK("http://evil")`);
    await screen.findByText('Downloaded 2 entries as CSV.');
  });

  it('keeps entries for the number of days the admin sets', async () => {
    await openTab('Audit log');
    const days = screen.getByLabelText('Keep entries for this many days');
    fireEvent.input(days, { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Audit entries are now kept for 7 days.');
    await screen.findByText('2 of 2 entries shown');
    expect(await readAuditLog()).toHaveLength(2);
  });

  it('clears the log only with the admin PIN when one is set', async () => {
    await saveSettings({ ...defaultSettings(), lock: await createLock('4721', 100_000) });
    render(<OptionsApp />);
    fireEvent.input(await screen.findByLabelText('Admin PIN'), { target: { value: '4721' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    fireEvent.click(await screen.findByRole('tab', { name: 'Audit log' }));
    await screen.findByText('4 of 4 entries shown');
    fireEvent.click(screen.getByRole('button', { name: 'Clear the audit log…' }));
    const form = screen.getByRole('button', { name: 'Clear the audit log' }).closest('form')!;
    fireEvent.input(within(form).getByLabelText('Admin PIN'), { target: { value: '0000' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Clear the audit log' }));
    await within(form).findByText('That PIN is not right. Try again.');
    expect(await readAuditLog()).toHaveLength(4);
    fireEvent.input(within(form).getByLabelText('Admin PIN'), { target: { value: '4721' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Clear the audit log' }));
    await screen.findByText('The audit log was cleared.');
    expect(await readAuditLog()).toEqual([]);
  });
});

describe('options page: sites and rollout', () => {
  it('turns sites and tips-only mode on and off', async () => {
    await openTab('Sites and rollout');
    fireEvent.click(screen.getByLabelText('X (Twitter)'));
    await screen.findByText('X (Twitter) will not be checked.');
    fireEvent.click(screen.getByLabelText('Tips only'));
    await screen.findByText('Mode: tips only.');
    const { local } = await loadAdminState();
    expect(local.sites).toEqual({ facebook: true, instagram: true, x: false, classdojo: true });
    expect(local.mode).toBe('tips');
    await expectNoAxeViolations(document.body);
  });

  it('adds a name from a false-positive report to the allowlist in one click', async () => {
    await openTab('Sites and rollout');
    const report = (await screen.findByText(/She is our head teacher/)).closest('li')!;
    fireEvent.click(within(report).getByRole('button', { name: 'Never flag “Mrs Helen Carter”' }));
    await screen.findByText('“Mrs Helen Carter” will not be flagged again.');
    await waitFor(() =>
      expect(
        within(report).getByText('“Mrs Helen Carter” is on the list of names never to flag'),
      ).toBeTruthy(),
    );
    expect((await loadAdminState()).local.allowlist).toEqual(['Mrs Helen Carter']);
  });
});
