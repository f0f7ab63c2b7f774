// The Firefox build in Debian's Firefox ESR (apt-get install firefox-esr), driven over WebDriver BiDi by
// puppeteer-core: the extension installed as Firefox installs it, then on each site a post typed into
// one of its composers, the time underlined, the post held for the review dialog, the fix chosen and the
// post sent by keyboard alone. Then what a school does with it: the admin imports the pupil list on the
// options page, and a teacher posts a photo naming a pupil who has no photo consent, takes the fix and
// posts anyway with a reason, by keyboard; the admin finds that in the audit log. Playwright drives
// Chromium only (its Firefox is a patched build that cannot be installed here), so this spec uses
// puppeteer-core.
//
// BiDi in Firefox cannot reach the extension's own documents (see firefox-devtools.ts): the options page
// is worked and the review dialog read through Firefox's remote debugging protocol instead, as
// about:debugging does. What the teacher does on the site is still real keyboard and mouse input.
//
// Firefox has no per-host port mapping, so the fixture server listens on 443 and every host name
// resolves to this machine (network.dns.forceResolve): nothing can leave it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { browser as WebExtensionApi } from 'wxt/browser';
import { RULES_BY_ID } from '../../rules';
import { HIGHLIGHT_NAME } from '../../src/compose/highlighter';
import type { PostedItem } from '../fixtures/sites/shared/posting';
import { buildFixtureSites, type FixtureSite } from '../fixtures/sites/build';
import { e2eRoster, rosterNames } from './extension-probe';
import { DEVTOOLS_PREFS, FirefoxDevTools, type DevToolsDocument } from './firefox-devtools';
import { siteUrl, startFixtureServer, type FixtureServer } from './harness';
import { CONSENT_WORDS, leakedNames, pageReadableText } from './page-scan';
import { samplePng } from './sample-media';
import { REPO_ROOT } from './session';

// In the extension's pages, where Firefox offers the WebExtension API as `chrome` too (`browser`, here,
// is puppeteer's).
declare const chrome: typeof WebExtensionApi;

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = path.join(REPO_ROOT, '.output', 'firefox-mv3');
const shots = path.join(REPO_ROOT, 'artifacts', 'screenshots', 'firefox');

const ADDON_ID = 'safetopost@example.org';

const TYPED = 'Year 4 disco on Friday, doors open at 6.30pm in the hall!';
const FIXED = 'Year 4 disco on Friday, doors open in the evening in the hall!';

// The e2e pupil list, imported as a school would import its MIS export. Niamh has no photo consent.
const ROSTER_CSV = path.join(REPO_ROOT, 'tests', 'e2e', 'fixtures', 'roster.csv');
const PHOTO = 'class_trip.jpg';
const NAMED = 'Well done Niamh Castellane for reading in assembly!';
const NAMED_FIXED = 'Well done Niamh for reading in assembly!';
const TYPED_NAMES = ['Niamh', 'Castellane'];
const REASON = 'Parents or carers have agreed to this post';
const title = (rule: string) => RULES_BY_ID.get(rule)!.title;

let server: FixtureServer | undefined;
let browser: Browser | undefined;
let devtools: FirefoxDevTools | undefined;
/** This run's own folder: the devtools socket and the photo the teacher attaches. */
let scratch: string | undefined;
/** The options page, once the admin test has opened it; the teacher test relies on its import. */
let options: DevToolsDocument | undefined;

before(async () => {
  assert.ok(existsSync(FIREFOX), `No Firefox at ${FIREFOX}: apt-get install firefox-esr`);
  assert.ok(existsSync(path.join(EXTENSION, 'manifest.json')), `No Firefox build at ${EXTENSION}`);
  await mkdir(shots, { recursive: true });
  scratch = await mkdtemp(path.join(os.tmpdir(), 'safetopost-firefox-'));
  await writeFile(path.join(scratch, PHOTO), samplePng());
  await buildFixtureSites();
  server = await startFixtureServer({ port: 443 });
  const socket = path.join(scratch, 'devtools.sock');
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: process.env.E2E_HEADED !== '1',
    acceptInsecureCerts: true,
    args: ['--start-debugger-server', socket],
    extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1', ...DEVTOOLS_PREFS },
  });
  devtools = await FirefoxDevTools.connect(socket);
});

after(async () => {
  devtools?.close();
  await browser?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });
const posted = (page: Page) => page.evaluate(() => window.__posted as PostedItem[]);

/** Waits until `check` holds, polling; fails with `what` after `ms`. */
async function until(what: string, check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The review dialog that `post` opens, once it is drawn and has the keyboard: a control in the dialog
 * focused, and the frame focused in the page (the content script focuses it when it loads). Keys sent
 * before then would go to the site.
 */
async function reviewOpenedBy(post: () => Promise<unknown>): Promise<DevToolsDocument> {
  const review = await devtools!.opened('review.html', post);
  await review.until('the review dialog, with the focus in it', () =>
    Boolean(
      document.querySelector('[role="dialog"] h1') &&
      document.activeElement?.closest('[role="dialog"]') &&
      document.hasFocus(),
    ),
  );
  return review;
}

/** The text of the review dialog's focused control, and where it is among the dialog's controls. */
const focusedIn = (review: DevToolsDocument) =>
  review.call(() => {
    const controls = [...document.querySelectorAll('[role="dialog"] :is(button, input, textarea, summary)')];
    const active = document.activeElement;
    return { label: active?.textContent?.trim() ?? '', index: active ? controls.indexOf(active) : -1 };
  });

/**
 * Presses Tab, as a keyboard user does, until the review dialog's focus is on the button `label`. After
 * each press it waits for the focus to move (two buttons can share a label, so by position too).
 */
async function tabTo(page: Page, review: DevToolsDocument, label: string): Promise<void> {
  for (let presses = 0; presses < 20; presses++) {
    const was = await focusedIn(review);
    if (was.label === label) return;
    await page.keyboard.press('Tab');
    await until(`the focus to move off “${was.label}”`, async () => {
      const now = await focusedIn(review);
      return now.index !== was.index || now.label !== was.label;
    });
  }
  assert.fail(`Tab never reached “${label}”`);
}

/** What a script in the site's page sees under SafeToPost's underline (the CSS highlight registry). */
const underlined = (page: Page) =>
  page.evaluate(
    (name) => [...(CSS.highlights.get(name) ?? [])].map((range) => String(range)),
    HIGHLIGHT_NAME,
  );

async function assertNothingLeaks(page: Page, when: string): Promise<void> {
  const text = await pageReadableText(page);
  assert.deepEqual(
    leakedNames(text, rosterNames(e2eRoster()), TYPED_NAMES),
    [],
    `roster names in the page ${when}`,
  );
  assert.doesNotMatch(text, CONSENT_WORDS, `consent words in the page ${when}`);
}

interface FirefoxSite {
  site: FixtureSite;
  path: string;
  /** Opens a composer and returns its editor's selector. */
  open(page: Page): Promise<string>;
  /** Sends the post the way people do there. */
  submit(page: Page): Promise<void>;
  composer: string;
}

// One composer of each kind: Lexical (Facebook), a textarea (Instagram comments, ClassDojo) and X's
// Draft.js-style editor.
const SITES_IN_FIREFOX: FirefoxSite[] = [
  {
    site: 'facebook',
    path: '/',
    composer: 'post',
    async open(page) {
      await page.locator('[role="region"][aria-label="Create a post"] [role="button"]').click();
      return '[role="dialog"] [data-lexical-editor="true"]';
    },
    submit: (page) => page.locator('[role="dialog"] [aria-label="Post"][role="button"]').click(),
  },
  {
    site: 'instagram',
    path: '/',
    composer: 'comment',
    open: async () => 'textarea[aria-label="Add a comment…"]',
    submit: (page) => page.keyboard.press('Enter'),
  },
  {
    site: 'x',
    path: '/home',
    composer: 'post',
    open: async () => '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
    submit: (page) =>
      page.locator('[data-testid="primaryColumn"] button[data-testid="tweetButtonInline"]').click(),
  },
  {
    site: 'classdojo',
    path: '/',
    composer: 'story',
    open: async () => 'textarea[data-name="storyComposerTextarea"]',
    submit: (page) => page.locator('button[data-name="storyComposerPostButton"]').click(),
  },
];

test('firefox: the extension installs', async () => {
  assert.equal(await browser!.installExtension(EXTENSION), ADDON_ID);
  // Its pages are watched from now on. Firefox keeps the background page of an extension under the
  // devtools awake (unwatched, it is put to sleep after about 30 idle seconds), so the admin test below
  // finds it there to open the options page, however long the tests before it take.
  await devtools!.watchExtension(ADDON_ID);
});

for (const s of SITES_IN_FIREFOX) {
  test(`firefox ${s.site}: underline, review, fix and post by keyboard`, { timeout: 60_000 }, async () => {
    const page = await browser!.newPage();
    try {
      await page.goto(siteUrl(s.site, s.path));
      // Before the review dialog can open, so its frame is seen arriving.
      await devtools!.watchTab(page.url());
      const selector = await s.open(page);
      const editor = await page.waitForSelector(selector);
      const text = () =>
        page.$eval(selector, (e) =>
          (e instanceof HTMLTextAreaElement ? e.value : (e as HTMLElement).innerText).trim(),
        );
      await editor!.click();
      await page.keyboard.type(TYPED);
      // The underline is drawn in the content script's own layer, outside the editor: the editor's text
      // is untouched while the checker reads it.
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(await text(), TYPED);
      await shot(page, `${s.site}-1-underline`);

      // The review dialog is an extension page in a closed shadow root: the site sees no frame of it.
      const review = await reviewOpenedBy(() => s.submit(page));
      assert.equal(await page.evaluate(() => document.querySelectorAll('iframe').length), 0);
      assert.deepEqual(await posted(page), [], 'the post is held for review');
      await shot(page, `${s.site}-2-review`);

      // The fix is the focused first button: Enter applies it. The dialog then checks the fixed text
      // again and moves the focus to "Post now", and Enter posts.
      assert.equal((await focusedIn(review)).label, 'Say “in the evening” instead');
      await page.keyboard.press('Enter');
      await until('the fix in the editor', async () => (await text()) === FIXED);
      await review.until('the focus on “Post now”', () => document.activeElement?.textContent === 'Post now');
      await shot(page, `${s.site}-3-fixed`);
      await page.keyboard.press('Enter');
      await until('the post', async () => (await posted(page)).length === 1);
      const [item] = await posted(page);
      assert.equal(item!.composer, s.composer);
      assert.equal(item!.text, FIXED);
    } finally {
      await page.close();
    }
  });
}

test('firefox admin: import the pupil list on the options page', { timeout: 60_000 }, async () => {
  // The extension opens its own options page, as its popup's "Open settings" button does: BiDi may not
  // navigate a tab to a moz-extension:// address, and has no toolbar to click.
  const background = await devtools!.document('_generated_background_page.html');
  const page = await devtools!.opened('options.html', () =>
    background.call(() => chrome.runtime.openOptionsPage()),
  );
  try {
    await page.until('the Pupils tab, with no list saved', () =>
      document.body.innerText.includes('No pupil list is saved.'),
    );
    // The file goes in through the page's own file input, labelled as the admin sees it, the way
    // Playwright's setInputFiles does it in the Chromium specs: the input's files set, then `input` and
    // `change`. Firefox's file picker is a native dialog no automation here can answer.
    const csv = await readFile(ROSTER_CSV, 'utf8');
    await page.call(
      ({ name, text }) => {
        const label = [...document.querySelectorAll('label')].find(
          (l) => l.textContent?.trim() === 'Choose the pupil list (CSV file)',
        );
        const input = label?.control;
        if (!(input instanceof HTMLInputElement) || input.type !== 'file') throw new Error('no file input');
        const chosen = new DataTransfer();
        chosen.items.add(new File([text], name, { type: 'text/csv' }));
        input.files = chosen.files;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      { name: 'roster.csv', text: csv },
    );
    await page.until('the preview', () =>
      [...document.querySelectorAll('h4')].some(
        (h) => h.textContent === 'roster.csv: 6 pupils ready to import',
      ),
    );
    const niamh = await page.call(() =>
      [...document.querySelectorAll('table tbody tr')]
        .map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))
        .find((cells) => cells[0] === 'Niamh'),
    );
    assert.deepEqual(niamh, ['Niamh', '', 'Castellane', 'Year 2', 'Class 2', 'Yes', 'No', 'No', '–']);
    await page.screenshot(path.join(shots, 'admin-1-preview.png'));

    // A DOM click: the page's own button and handler, but not a trusted mouse event (none can reach it).
    await page.call(() => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent === 'Import 6 pupils',
      );
      if (!button || button.disabled || !button.checkVisibility())
        throw new Error('no Import button to press');
      button.click();
    });
    await page.until('the import', () =>
      [...document.querySelectorAll('.success-box h4')].some(
        (h) => h.textContent === 'Imported 6 pupils from roster.csv',
      ),
    );
    assert.match(
      await page.call(() => document.querySelector('.success-box')?.textContent ?? ''),
      /2 without photo consent, 2 without consent to be named, 3 without video consent, 1 marked do not publish/,
    );
    await page.screenshot(path.join(shots, 'admin-2-imported.png'));
    options = page;
  } catch (error) {
    await page.screenshot(path.join(shots, 'admin-failure.png')).catch(() => {});
    throw error;
  }
});

test(
  'firefox teacher on facebook: a pupil named in full with a photo, fixed and posted anyway by keyboard',
  { timeout: 60_000 },
  async () => {
    assert.ok(options, 'the admin test above imports the pupil list');
    const editorSelector = '[role="dialog"] [data-lexical-editor="true"]';
    const page = await browser!.newPage();
    try {
      await page.goto(siteUrl('facebook', '/'));
      // Before the review dialog can open, so its frame is seen arriving.
      await devtools!.watchTab(page.url());
      await page.locator('[role="region"][aria-label="Create a post"] [role="button"]').click();
      const photo = await page.waitForSelector('[role="dialog"] input[type="file"]');
      await photo!.uploadFile(path.join(scratch!, PHOTO));
      await until('the photo in the composer', () =>
        page.$$eval(
          '[role="dialog"] [role="listitem"]',
          (items, name) => items.some((i) => i.textContent?.includes(name)),
          PHOTO,
        ),
      );
      const editor = await page.waitForSelector(editorSelector);
      const text = () => page.$eval(editorSelector, (e) => (e as HTMLElement).innerText.trim());
      await editor!.click();
      await page.keyboard.type(NAMED);
      // Facebook's editor is underlined with a CSS highlight: the page's DOM is left alone, and what the
      // page can see of it is the span the teacher typed, never why it is marked.
      await until('the name underlined', async () => (await underlined(page)).includes('Niamh Castellane'));
      assert.equal(await text(), NAMED);
      await assertNothingLeaks(page, 'while typing');
      await shot(page, 'teacher-facebook-1-underline');

      const review = await reviewOpenedBy(() =>
        page.locator('[role="dialog"] [aria-label="Post"][role="button"]').click(),
      );
      const findings = () =>
        review.call(() =>
          [...document.querySelectorAll('.finding')].map((f) => ({
            title: f.querySelector('h2')?.textContent,
            message: f.querySelector('.message')?.textContent,
          })),
        );
      const held = await findings();
      assert.deepEqual(
        held.map((f) => f.title).sort(),
        [title('pupil-full-name'), title('name-with-image'), title('missing-consent')].sort(),
      );
      // The consent fact comes from the imported list, and stays in the extension's frame.
      assert.match(
        held.find((f) => f.title === title('missing-consent'))!.message ?? '',
        /no photo consent for Niamh/,
      );
      assert.deepEqual(await posted(page), [], 'the post is held for review');
      assert.equal(await page.evaluate(() => document.querySelectorAll('iframe').length), 0);
      await assertNothingLeaks(page, 'with the review dialog open');
      await shot(page, 'teacher-facebook-2-review');

      // The focus starts on the first finding's first button (the missing consent, which has no fix):
      // Tab on to the full name's fix, and Enter takes it.
      assert.equal((await focusedIn(review)).label, 'This is not a problem');
      await tabTo(page, review, 'Use “Niamh” only');
      await page.keyboard.press('Enter');
      await until('the fix in the editor', async () => (await text()) === NAMED_FIXED);
      await review.until('the dialog to check the fixed post again', () =>
        Boolean(
          document.querySelector('.notice')?.textContent === 'Fixed. Please check what is left.' &&
          document.activeElement?.closest('[role="dialog"]'),
        ),
      );
      assert.deepEqual(
        (await findings()).map((f) => f.title).sort(),
        [title('name-with-image'), title('missing-consent')].sort(),
      );
      await shot(page, 'teacher-facebook-3-fixed');

      // What the fix cannot change (a named pupil without photo consent, in a post with a photo) needs a
      // reason to post anyway: Tab to "Post anyway…", Space on the first reason, Tab to "Post anyway".
      await tabTo(page, review, 'Post anyway…');
      await page.keyboard.press('Enter');
      await review.until('the reasons, the first one focused', () =>
        Boolean(document.activeElement?.matches('input[type="radio"][name="reason"]')),
      );
      await page.keyboard.press(' '); // Space (puppeteer's BiDi keyboard knows it by its character)
      await review.until(
        'the reason chosen',
        (reason) =>
          Boolean(document.querySelector<HTMLInputElement>('input[name="reason"]:checked')?.value === reason),
        REASON,
      );
      await shot(page, 'teacher-facebook-4-reason');
      await tabTo(page, review, 'Post anyway');
      await page.keyboard.press('Enter');
      await until('the post', async () => (await posted(page)).length > 0);
      await new Promise((r) => setTimeout(r, 300)); // a second, duplicate post would land by now
      const [item, ...more] = await posted(page);
      assert.deepEqual(more, [], 'posted exactly once');
      assert.equal(item!.composer, 'post');
      assert.equal(item!.text, NAMED_FIXED);
      assert.deepEqual(
        item!.media.map((m) => m.name),
        [PHOTO],
      );
      await assertNothingLeaks(page, 'after posting');
      await shot(page, 'teacher-facebook-5-posted');

      // The admin finds it in the audit log: the rules passed over and the teacher's reason.
      await options.call(() => document.getElementById('tab-audit')!.click());
      await options.until('the audit log', () =>
        [...document.querySelectorAll('[role="status"]')].some(
          (s) => s.textContent === '1 of 1 entries shown',
        ),
      );
      const cells = await options.call(() =>
        [...document.querySelectorAll('.audit-table tbody tr td')].map((cell) => cell.textContent ?? ''),
      );
      assert.equal(cells[1], 'Facebook');
      assert.equal(cells[2], 'Posted anyway');
      assert.ok(cells[3]!.includes(title('missing-consent')), `rules cell: ${cells[3]}`);
      assert.equal(cells[4], REASON);
      assert.equal(cells[5], 'N****', 'the name hidden in the log');
      await options.screenshot(path.join(shots, 'admin-3-audit.png'));
    } catch (error) {
      await shot(page, 'teacher-facebook-failure').catch(() => {});
      throw error;
    } finally {
      await page.close();
    }
  },
);
