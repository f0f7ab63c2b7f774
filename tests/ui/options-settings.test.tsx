import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Pupil } from '../../src/engine/types';
import { createLock } from '../../src/settings/lock';
import { defaultSettings } from '../../src/settings/schema';
import { loadAdminState, saveRoster, saveSettings } from '../../src/settings/storage';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { blobText, catchDownloads, expectNoAxeViolations, textFile } from './helpers';

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

async function openTab(name: string) {
  render(<OptionsApp />);
  fireEvent.click(await screen.findByRole('tab', { name }));
}

function ruleCard(title: string): HTMLElement {
  return screen.getByRole('group', { name: title });
}

beforeEach(() => {
  fakeBrowser.reset();
  location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('options page: rules', () => {
  it('saves a severity change and shows it', async () => {
    await openTab('Rules');
    const card = ruleCard('Exact time of an event');
    const severity = within(card).getByLabelText('When found') as HTMLSelectElement;
    expect(severity.value).toBe('warn');
    fireEvent.change(severity, { target: { value: 'block' } });
    await screen.findByText('“Exact time of an event” now: hold the post (block).');
    expect((await loadAdminState()).local.rules['event-timing']!.severity).toBe('block');
    fireEvent.click(within(card).getByLabelText('Staff may “post anyway”'));
    await waitFor(async () =>
      expect((await loadAdminState()).local.rules['event-timing']!.overrideAllowed).toBe(false),
    );
    expect((within(card).getByLabelText(/They must give a reason/) as HTMLInputElement).disabled).toBe(true);
    await expectNoAxeViolations(document.body);
  });

  it('presets the rules from a policy profile and quotes its clauses', async () => {
    await openTab('Rules');
    fireEvent.change(screen.getByLabelText('Policy profile'), { target: { value: 'south-end-junior' } });
    expect(screen.getByText(/First names only, never a pupil’s name with their picture/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Use this profile' }));
    await screen.findByText('Rules set from the South End Junior School (2022) policy.');
    const card = ruleCard('Pupil named with a photo or video');
    expect((within(card).getByLabelText('When found') as HTMLSelectElement).value).toBe('block');
    expect(within(card).getByText('NB no pupil names must ever be posted with the image.')).toBeTruthy();
    expect((await loadAdminState()).local.policyProfile).toBe('south-end-junior');
  });

  it('shows settings pushed by IT as locked and keeps them', async () => {
    await fakeBrowser.storage.managed.set({
      rules: { confidential: { severity: 'block', enabled: true } },
      mode: 'enforce',
    });
    await saveSettings({ ...defaultSettings(), mode: 'tips' });
    await openTab('Rules');
    expect(screen.getByText(/Some settings are set by your IT team/)).toBeTruthy();
    const card = ruleCard('Confidential information');
    const severity = within(card).getByLabelText('When found') as HTMLSelectElement;
    expect(severity.disabled).toBe(true);
    expect(severity.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(severity.getAttribute('aria-describedby')!)!.textContent).toContain(
      'Set by your IT team',
    );
    // What is not pushed stays the admin's.
    expect((within(card).getByLabelText('Staff may “post anyway”') as HTMLInputElement).disabled).toBe(false);
    fireEvent.click(screen.getByRole('tab', { name: 'Sites and rollout' }));
    const enforce = screen.getByLabelText('Check and hold') as HTMLInputElement;
    expect(enforce.checked).toBe(true);
    expect(enforce.disabled).toBe(true);
    await expectNoAxeViolations(document.body);
  });
});

describe('options page: keyboard', () => {
  it('moves between tabs with the arrow keys, Home and End', async () => {
    render(<OptionsApp />);
    const pupils = await screen.findByRole('tab', { name: 'Pupils' });
    pupils.focus();
    fireEvent.keyDown(pupils, { key: 'ArrowRight' });
    const rules = screen.getByRole('tab', { name: 'Rules' });
    expect(rules.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(rules);
    expect(screen.getByRole('tabpanel', { name: 'Rules' })).toBeTruthy();
    fireEvent.keyDown(rules, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Settings file and PIN' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(pupils);
    expect(pupils.tabIndex).toBe(0);
    expect(rules.tabIndex).toBe(-1);
  });
});

describe('options page: names and words', () => {
  it('adds and removes allowlist names and confidential terms', async () => {
    await openTab('Names and words');
    const name = screen.getByLabelText('Name to add');
    fireEvent.input(name, { target: { value: '  Mrs  Helen Carter ' } });
    fireEvent.click(within(name.closest('form')!).getByRole('button', { name: 'Add' }));
    await screen.findByText('Added “Mrs Helen Carter” to names never to flag.');
    fireEvent.input(name, { target: { value: 'mrs helen carter' } });
    fireEvent.submit(name.closest('form')!);
    await screen.findByText('“mrs helen carter” is already on the list.');
    const term = screen.getByLabelText('Term to add');
    fireEvent.input(term, { target: { value: 'gate code 4721' } });
    fireEvent.submit(term.closest('form')!);
    await screen.findByText('Added “gate code 4721” to confidential terms.');
    expect((await loadAdminState()).local.allowlist).toEqual(['Mrs Helen Carter']);
    await expectNoAxeViolations(document.body);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “gate code 4721”' }));
    await screen.findByText('Removed “gate code 4721” from confidential terms.');
    expect((await loadAdminState()).local.confidentialTerms).toEqual([]);
  });
});

describe('options page: settings file', () => {
  it('exports settings and imports them again (roster only when asked)', async () => {
    const downloads = catchDownloads();
    await saveSettings({
      ...defaultSettings(),
      mode: 'tips',
      allowlist: ['Mrs Carter'],
      policyProfile: 'west-kirby-primary',
    });
    await saveRoster([ava]);
    await openTab('Settings file and PIN');
    fireEvent.click(screen.getByRole('button', { name: 'Download settings file' }));
    fireEvent.click(screen.getByLabelText(/Include the pupil list/));
    expect(screen.getByText(/The file will hold pupils’ names and consent/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download settings file' }));
    expect(downloads.files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^safetopost-settings-\d{4}-\d\d-\d\d\.json$/),
      expect.stringMatching(/^safetopost-settings-with-pupils-\d{4}-\d\d-\d\d\.json$/),
    ]);
    const plain = JSON.parse(await blobText(downloads.files[0]!.blob));
    expect(plain.roster).toBeUndefined();
    const withPupils = await blobText(downloads.files[1]!.blob);
    expect(JSON.parse(withPupils).roster).toEqual([ava]);

    // Start again elsewhere, and load the file.
    await fakeBrowser.storage.local.clear();
    await screen.findByText(/0 pupils/);
    fireEvent.change(screen.getByLabelText('Choose a settings file (.json)'), {
      target: { files: [textFile('backup.json', withPupils, 'application/json')] },
    });
    await screen.findByRole('heading', { name: 'backup.json is ready to load' });
    expect(screen.getByText('Mode: tips only')).toBeTruthy();
    expect(screen.getByText('1 name never to flag')).toBeTruthy();
    expect(
      (screen.getByLabelText(/Also replace the pupil list with the 1 pupil/) as HTMLInputElement).checked,
    ).toBe(true);
    await expectNoAxeViolations(document.body);
    fireEvent.click(screen.getByRole('button', { name: 'Load these settings' }));
    await screen.findByText('Settings loaded from backup.json, with 1 pupil.');
    const state = await loadAdminState();
    expect(state.local).toMatchObject({
      mode: 'tips',
      allowlist: ['Mrs Carter'],
      policyProfile: 'west-kirby-primary',
    });
    expect(state.pupils).toEqual([ava]);
  });

  it('shows why a settings file cannot be used and changes nothing', async () => {
    await saveSettings({ ...defaultSettings(), mode: 'tips' });
    const before = await fakeBrowser.storage.local.get(null);
    await openTab('Settings file and PIN');
    fireEvent.change(screen.getByLabelText('Choose a settings file (.json)'), {
      target: { files: [textFile('broken.json', '{"version": 1, "mode": "loud"}', 'application/json')] },
    });
    await screen.findByRole('heading', { name: 'broken.json cannot be used. Nothing was changed.' });
    expect(screen.getByText('mode: must be enforce or tips')).toBeTruthy();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe('options page: admin PIN', () => {
  it('asks for the PIN, refuses a wrong one and opens with the right one', async () => {
    await saveSettings({ ...defaultSettings(), lock: await createLock('4721', 100_000) });
    render(<OptionsApp />);
    await screen.findByRole('heading', { name: 'These settings are locked' });
    expect(screen.queryByRole('tab')).toBeNull();
    await expectNoAxeViolations(document.body);
    const pin = screen.getByLabelText('Admin PIN');
    fireEvent.input(pin, { target: { value: '1111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText('That PIN is not right. Try again.')).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(pin.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(pin, { target: { value: '4721' } });
    fireEvent.click(screen.getByRole('button', { name: 'Unlock' }));
    await screen.findByRole('tab', { name: 'Pupils' });
  });

  it('sets a PIN without locking the admin out of the open page', async () => {
    await openTab('Settings file and PIN');
    fireEvent.input(screen.getByLabelText('PIN'), { target: { value: '4721' } });
    fireEvent.input(screen.getByLabelText('Type it again'), { target: { value: '4712' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set the PIN' }));
    await screen.findByText('The two PINs are not the same.');
    fireEvent.input(screen.getByLabelText('Type it again'), { target: { value: '4721' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set the PIN' }));
    await screen.findByText('The admin PIN is set.', {}, { timeout: 5000 });
    expect(screen.getByRole('tab', { name: 'Pupils' })).toBeTruthy();
    const { local } = await loadAdminState();
    expect(local.lock?.iterations).toBeGreaterThanOrEqual(100_000);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('4721');
  });
});
