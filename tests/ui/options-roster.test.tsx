import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Pupil } from '../../src/engine/types';
import { loadAdminState, saveRoster } from '../../src/settings/storage';
import { OptionsApp } from '../../src/ui/options/OptionsApp';
import { blobText, catchDownloads, expectNoAxeViolations, textFile } from './helpers';

const SIMS_HEADER =
  'Legal Surname,Legal Forename,Preferred Forename,Year,Reg Group,Photo Consent,Video Consent,Publish Name,Do Not Publish';

function simsCsv(rows: string[]): string {
  return [SIMS_HEADER, ...rows].join('\r\n');
}

const GOOD = simsCsv([
  'Smith,Ava,,Year 1,1A,Yes,Yes,Yes,',
  'Wiśniewski,Alexander,Alex,Year 2,2B,No,Yes,Yes,',
  'Okafor,Chidi,,Year 2,2B,Yes,No,No,',
  'Brown,Maisie,,Reception,RH,No,No,No,X',
]);

const saved: Pupil = {
  firstName: 'Old',
  lastName: 'Pupil',
  preferredName: '',
  yearGroup: 'Year 6',
  className: '6C',
  photoConsent: true,
  nameConsent: true,
  videoConsent: true,
  doNotPublish: false,
};

async function openPupilsTab() {
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Pupils and consent' });
}

async function chooseRosterFile(file: File) {
  const input = screen.getByLabelText('Choose the pupil list (CSV file)');
  fireEvent.change(input, { target: { files: [file] } });
}

beforeEach(() => {
  fakeBrowser.reset();
  location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('options page: roster import', () => {
  it('imports a good SIMS export and says what it imported', async () => {
    await saveRoster([saved]);
    await openPupilsTab();
    await chooseRosterFile(textFile('sims-export.csv', `\uFEFF${GOOD}`));
    await screen.findByRole('heading', { name: 'sims-export.csv: 4 pupils ready to import' });
    // Recognised headers, a preview, and what will be replaced.
    expect((screen.getByLabelText('Use column “Legal Forename” as') as HTMLSelectElement).value).toBe(
      'firstName',
    );
    expect((screen.getByLabelText('Use column “Publish Name” as') as HTMLSelectElement).value).toBe(
      'nameConsent',
    );
    const preview = screen.getByRole('table', { name: /The first 4 of 4 pupils/ });
    expect(within(preview).getByText('Wiśniewski')).toBeTruthy();
    expect(screen.getByText('This replaces the 1 pupil saved now.')).toBeTruthy();
    await expectNoAxeViolations(document.body);

    fireEvent.click(screen.getByRole('button', { name: 'Import 4 pupils' }));
    const done = await screen.findByRole('heading', { name: 'Imported 4 pupils from sims-export.csv' });
    expect(done.parentElement!.textContent).toContain(
      '2 without photo consent, 2 without consent to be named, 2 without video consent, 1 marked do not publish',
    );
    const state = await loadAdminState();
    expect(state.pupils.map((p) => p.firstName)).toEqual(['Ava', 'Alexander', 'Chidi', 'Maisie']);
    expect(state.pupils[3]!.doNotPublish).toBe(true);
    expect(state.rosterMeta?.fileName).toBe('sims-export.csv');
    await expectNoAxeViolations(document.body);
  });

  it('lists every bad row by line and changes nothing', async () => {
    await saveRoster([saved]);
    const before = await fakeBrowser.storage.local.get(null);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await openPupilsTab();
    const bad = simsCsv([
      'Smith,Ava,,Year 1,1A,Yes,Yes,Yes,',
      'Jones,,,Year 1,1A,Yes,Yes,Yes,',
      'Patel,Ravi,,Year 1,1A,Maybe,Yes,Yes,',
      'Lee,Sam,,Year 1,1A,Yes,Yes',
    ]);
    await chooseRosterFile(textFile('bad.csv', bad));
    await screen.findByRole('heading', { name: 'bad.csv cannot be imported yet' });
    const problems = screen.getByRole('heading', { name: 'Problems in 3 rows' }).closest('section')!;
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Line 3: missing first name',
      "Line 4: photo consent 'Maybe' is not yes or no",
      'Line 5: has 7 fields, expected 9',
    ]);
    expect(
      within(problems).getByText(/Nothing has been imported and your saved pupil list has not changed/),
    ).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Import 1 pupil' }) as HTMLButtonElement).disabled).toBe(true);
    await expectNoAxeViolations(document.body);

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByText(/cannot be imported yet/)).toBeNull());
    expect(set).not.toHaveBeenCalled();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('refuses a file that is not CSV with a plain message', async () => {
    await openPupilsTab();
    await chooseRosterFile(textFile('roster.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])));
    await screen.findByText(/This is an Excel workbook or zip file, not CSV/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('lets the admin map columns it did not recognise', async () => {
    await openPupilsTab();
    const csv = ['Kid First,Surname,Socials OK', 'Ava,Smith,Yes', 'Ben,Jones,No'].join('\n');
    await chooseRosterFile(textFile('arbor.csv', csv));
    await screen.findByText(/The header row has no first-name column/);
    // Example values help choose.
    expect(screen.getByRole('row', { name: /Kid First/ }).textContent).toContain('Ava, Ben');

    fireEvent.change(screen.getByLabelText('Use column “Kid First” as'), { target: { value: 'firstName' } });
    await screen.findByRole('heading', { name: 'arbor.csv: 2 pupils ready to import' });
    expect(screen.getByText(/2 without photo consent/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Use column “Socials OK” as'), {
      target: { value: 'socialMediaConsent' },
    });
    await screen.findByText(/1 without photo consent, 1 without consent to be named/);
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 pupils' }));
    await screen.findByRole('heading', { name: 'Imported 2 pupils from arbor.csv' });
    const { pupils } = await loadAdminState();
    expect(pupils.map((p) => [p.firstName, p.photoConsent, p.nameConsent])).toEqual([
      ['Ava', true, true],
      ['Ben', false, false],
    ]);
  });

  it('imports 10,000 rows within two seconds', async () => {
    const rows: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      rows.push(
        `Surname${i},Pupil${i},,Year ${(i % 6) + 1},${(i % 6) + 1}${'ABC'[i % 3]},${i % 5 ? 'Yes' : 'No'},Yes,${i % 7 ? 'Yes' : 'No'},${i % 50 ? '' : 'X'}`,
      );
    }
    const file = textFile('whole-school.csv', simsCsv(rows));
    await openPupilsTab();
    const started = performance.now();
    await chooseRosterFile(file);
    await screen.findByRole(
      'heading',
      { name: 'whole-school.csv: 10,000 pupils ready to import' },
      { timeout: 5000 },
    );
    const parsed = performance.now();
    fireEvent.click(screen.getByRole('button', { name: 'Import 10,000 pupils' }));
    await screen.findByRole(
      'heading',
      { name: 'Imported 10,000 pupils from whole-school.csv' },
      { timeout: 5000 },
    );
    const imported = performance.now();
    console.log(
      `10,000-row roster: read + parse + preview ${(parsed - started).toFixed(0)} ms, save + summary ${(imported - parsed).toFixed(0)} ms, total ${(imported - started).toFixed(0)} ms`,
    );
    // Printed, not asserted: speed belongs to the benchmark, not to a timed test.
    expect((await loadAdminState()).pupils).toHaveLength(10_000);
    // The table pages through them.
    await screen.findByText('Showing 1–25 of 10,000 pupils');
  });
});

describe('options page: pupils table', () => {
  const pupils: Pupil[] = Array.from({ length: 60 }, (_, i) => ({
    ...saved,
    firstName: `Child${i}`,
    lastName: i === 7 ? 'Kowalski' : `Family${i}`,
    photoConsent: i % 3 !== 0,
  }));

  it('searches, filters, pages and saves a consent change', async () => {
    await saveRoster(pupils);
    await openPupilsTab();
    await screen.findByText('Showing 1–25 of 60 pupils');
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await screen.findByText('Showing 26–50 of 60 pupils');

    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'no-photo' } });
    await screen.findByText('Showing 1–20 of 20 pupils');

    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });
    fireEvent.input(screen.getByLabelText('Search by name, year or class'), { target: { value: 'kowal' } });
    await screen.findByText('Showing 1–1 of 1 pupil');
    await expectNoAxeViolations(document.body);

    const box = screen.getByLabelText('Video consent: Child7 Kowalski') as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await screen.findByText('Saved: video consent for Child7 Kowalski is now off.');
    const state = await loadAdminState();
    expect(state.pupils[7]!.videoConsent).toBe(false);
    expect(state.pupils[6]!.videoConsent).toBe(true);
  });

  it('downloads the saved list as a CSV that imports back to the same pupils', async () => {
    const downloads = catchDownloads();
    const edited = [{ ...pupils[0]!, firstName: 'Zoë', lastName: "O'Neill, Jr", doNotPublish: true }];
    await saveRoster([...edited, ...pupils.slice(1, 3)]);
    await openPupilsTab();
    fireEvent.click(screen.getByRole('button', { name: 'Download the pupil list (CSV)' }));
    await screen.findByText(/^Downloaded safetopost-pupils-\d{4}-\d\d-\d\d\.csv\.$/);
    expect(downloads.files).toHaveLength(1);
    const blob = downloads.files[0]!.blob;
    // UTF-8 with a byte-order mark (which TextDecoder drops), so Excel reads the accents.
    expect([...new Uint8Array(await blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = await blobText(blob);
    expect(csv.startsWith('first_name,last_name,')).toBe(true);

    // The same file, chosen for import, is read back to the very same pupils.
    await chooseRosterFile(textFile('safetopost-pupils.csv', csv));
    await screen.findByRole('heading', { name: 'safetopost-pupils.csv: 3 pupils ready to import' });
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 pupils' }));
    await screen.findByText('Imported 3 pupils from safetopost-pupils.csv.');
    expect((await loadAdminState()).pupils).toEqual([...edited, ...pupils.slice(1, 3)]);
    await expectNoAxeViolations(document.body);
  });

  it('removes all pupil data only after confirmation', async () => {
    await saveRoster(pupils);
    await openPupilsTab();
    fireEvent.click(await screen.findByRole('button', { name: 'Remove all pupil data…' }));
    expect(document.activeElement?.textContent).toBe('Yes, remove all pupil data');
    expect(screen.getByText(/Remove all 60 pupils and their consent/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep the pupil data' }));
    expect((await loadAdminState()).pupils).toHaveLength(60);

    fireEvent.click(screen.getByRole('button', { name: 'Remove all pupil data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove all pupil data' }));
    await screen.findByText('All pupil data was removed.');
    await screen.findByText('No pupil list is saved.');
    expect((await loadAdminState()).pupils).toEqual([]);
  });
});
