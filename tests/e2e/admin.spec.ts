// The admin's path end to end in Debian's Chromium: import an MIS-style pupil list through the options
// page (choose → preview → Import), post on Facebook naming a pupil without photo consent with a photo
// → the review dialog lists the missing consent; post anyway with a reason → posted once; the audit
// log tab lists the entry and its CSV download holds it.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { RULES_BY_ID } from '../../rules';
import type { PostedItem } from '../fixtures/sites/shared/posting';
import { ExtensionProbe, waitForReviewClosed, waitForReviewFrame } from './extension-probe';
import { siteUrl, type LaunchedBrowser } from './harness';
import { SITES } from './sites';
import { letGo } from './let-go';
import { openSpecBrowser, REPO_ROOT, type SpecBrowser } from './spec-browser';

const repoRoot = REPO_ROOT;
const shots = path.join(repoRoot, 'artifacts', 'screenshots', 'admin');

// Invented pupils, with the column names a SIMS export uses; Esme has no photo consent.
const ROSTER_FILE = 'year5-export.csv';
const ROSTER_CSV = [
  'UPN,Legal Forename,Legal Surname,Preferred Forename,Reg Group,Year,Photo Consent,Name Consent,Video Consent',
  'A123456789012,Tobias,Wrenfield,,5W,Year 5,Yes,Yes,Yes',
  'B123456789012,Esme,Quarrington,,5W,Year 5,No,Yes,Yes',
  'C123456789012,Priya,Hallowell,,5W,Year 5,Yes,Yes,No',
].join('\r\n');
const DRAFT = 'Esme at the science fair!';
const REASON = 'My headteacher or DSL approved this post';
const MISSING_CONSENT = RULES_BY_ID.get('missing-consent')!.title;
const facebook = SITES.find((s) => s.site === 'facebook')!;

let spec: SpecBrowser | undefined;
let launched: LaunchedBrowser | undefined;
let probe: ExtensionProbe;

before(async () => {
  // The probe only reads the tab status as the popup does: the roster comes from the options page below.
  spec = await openSpecBrowser(shots);
  ({ launched, probe } = spec);
});

after(async () => {
  await spec?.close();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

test(
  'admin: import pupils, post anyway past missing consent, audit log and CSV',
  { timeout: 40_000 },
  async () => {
    const context = launched!.context;
    const options = await context.newPage();
    options.on('pageerror', (e) => console.error('[options page error]', e));
    let site: Page | undefined;
    let current = options;
    try {
      // (1) The pupil list, imported as the admin would.
      await options.goto(`chrome-extension://${launched!.extensionId}/options.html`);
      await options.getByRole('tab', { name: 'Pupils' }).click();
      await options.getByText('No pupil list is saved.').waitFor();
      await options.getByLabel('Choose the pupil list (CSV file)').setInputFiles({
        name: ROSTER_FILE,
        mimeType: 'text/csv',
        buffer: Buffer.from(ROSTER_CSV, 'utf8'),
      });
      await options.getByRole('heading', { name: `${ROSTER_FILE}: 3 pupils ready to import` }).waitFor();
      const preview = options.locator('table', { hasText: 'as they will be saved' });
      const esmeRow = preview.getByRole('row', { name: /Esme/ });
      assert.deepEqual(await esmeRow.locator('td').allTextContents(), [
        'Esme',
        '',
        'Quarrington',
        'Year 5',
        '5W',
        'Yes',
        'No',
        'Yes',
        '–',
      ]);
      await shot(options, '1-preview');
      await options.getByRole('button', { name: 'Import 3 pupils' }).click();
      const success = options.locator('.success-box');
      await success.getByRole('heading', { name: `Imported 3 pupils from ${ROSTER_FILE}` }).waitFor();
      assert.match(
        (await success.textContent()) ?? '',
        /1 without photo consent, 0 without consent to be named, 1 without video consent/,
      );
      await shot(options, '2-imported');

      // (2) Facebook: a post naming Esme with a photo.
      site = await context.newPage();
      current = site;
      site.on('pageerror', (e) => console.error('[facebook page error]', e));
      await site.goto(siteUrl('facebook', facebook.path));
      await facebook.openWithPhoto(site);
      await site.keyboard.type(DRAFT);
      await probe.waitForStatus('facebook', (s) => (s.findingsByRule['missing-consent'] ?? 0) > 0);
      await facebook.postButton(site).click();
      const frame = await waitForReviewFrame(site);
      const finding = frame.locator('.finding', { has: frame.locator('h2', { hasText: MISSING_CONSENT }) });
      await finding.waitFor();
      assert.match((await finding.textContent()) ?? '', /no photo consent for Esme/);
      assert.deepEqual(await site.evaluate(() => window.__posted), [], 'the post is held');
      await shot(site, '3-review');

      await frame.getByRole('button', { name: 'Post anyway…' }).click();
      await frame.getByRole('radio', { name: REASON }).check();
      await letGo(() => frame.getByRole('button', { name: 'Post anyway', exact: true }).click());
      await waitForReviewClosed(site);
      await site.waitForFunction(() => window.__posted.length === 1);
      await site.waitForTimeout(300); // a second, duplicate post would land by now
      const posted: PostedItem[] = await site.evaluate(() => window.__posted);
      assert.equal(posted.length, 1, 'posted exactly once');
      assert.equal(posted[0]!.text, DRAFT);
      assert.deepEqual(
        posted[0]!.media.map((m) => m.name),
        ['class_trip.jpg'],
      );
      await shot(site, '4-posted');

      // (3) The audit log tab and its CSV.
      current = options;
      await options.bringToFront();
      await options.getByRole('tab', { name: 'Audit log' }).click();
      await options.getByRole('status').filter({ hasText: '1 of 1 entries shown' }).waitFor();
      const row = options.locator('.audit-table tbody tr');
      assert.equal(await row.count(), 1);
      const cells = await row.locator('td').allTextContents();
      assert.equal(cells[1], 'Facebook');
      assert.equal(cells[2], 'Posted anyway');
      assert.ok(cells[3]!.includes(MISSING_CONSENT), `rules cell: ${cells[3]}`);
      assert.equal(cells[4], REASON);
      await shot(options, '5-audit');

      const downloading = options.waitForEvent('download');
      await options.getByRole('button', { name: 'Download as CSV' }).click();
      const download = await downloading;
      assert.match(download.suggestedFilename(), /^safetopost-audit-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
      const lines = csv.trim().split('\r\n');
      assert.equal(lines.length, 2, `header and one entry: ${csv}`);
      assert.match(lines[0]!, /"Site","What happened","Rule ids","Rules","Reason"/);
      for (const expected of ['"facebook"', '"Posted anyway"', 'missing-consent', MISSING_CONSENT, REASON])
        assert.ok(lines[1]!.includes(expected), `${expected} in ${lines[1]}`);
    } catch (error) {
      await shot(current, 'failure').catch(() => {});
      throw error;
    } finally {
      await site?.close();
      await options.close();
    }
  },
);
