// The Firefox build in Debian's Firefox ESR (apt-get install firefox-esr), driven over WebDriver BiDi by
// puppeteer-core: the extension installed as Firefox installs it, then on each site a post typed into
// one of its composers, the time underlined, the post held for the review dialog, the fix chosen and the
// post sent by keyboard alone. Playwright drives Chromium only (its Firefox is a patched build that cannot be
// installed here), so this spec uses puppeteer-core.
//
// Firefox has no per-host port mapping, so the fixture server listens on 443 and every host name
// resolves to this machine (network.dns.forceResolve): nothing can leave it.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { PostedItem } from '../fixtures/sites/shared/posting';
import { buildFixtureSites, type FixtureSite } from '../fixtures/sites/build';
import { siteUrl, startFixtureServer, type FixtureServer } from './harness';
import { REPO_ROOT } from './session';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = path.join(REPO_ROOT, '.output', 'firefox-mv3');
const shots = path.join(REPO_ROOT, 'artifacts', 'screenshots', 'firefox');

const TYPED = 'Year 4 disco on Friday, doors open at 6.30pm in the hall!';
const FIXED = 'Year 4 disco on Friday, doors open in the evening in the hall!';

let server: FixtureServer | undefined;
let browser: Browser | undefined;

before(async () => {
  assert.ok(existsSync(FIREFOX), `No Firefox at ${FIREFOX}: apt-get install firefox-esr`);
  assert.ok(existsSync(path.join(EXTENSION, 'manifest.json')), `No Firefox build at ${EXTENSION}`);
  await mkdir(shots, { recursive: true });
  await buildFixtureSites();
  server = await startFixtureServer({ port: 443 });
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: process.env.E2E_HEADED !== '1',
    acceptInsecureCerts: true,
    extraPrefsFirefox: { 'network.dns.forceResolve': '127.0.0.1' },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
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
  assert.equal(await browser!.installExtension(EXTENSION), 'safetopost@example.org');
});

for (const s of SITES_IN_FIREFOX) {
  test(`firefox ${s.site}: underline, review, fix and post by keyboard`, { timeout: 60_000 }, async () => {
    const page = await browser!.newPage();
    try {
      await page.goto(siteUrl(s.site, s.path));
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

      await s.submit(page);
      // The review dialog is an extension page in a closed shadow root: the site sees no frame of it.
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(await page.evaluate(() => document.querySelectorAll('iframe').length), 0);
      assert.deepEqual(await posted(page), [], 'the post is held for review');
      await shot(page, `${s.site}-2-review`);

      // The fix is the focused first button: Enter applies it, and Enter again posts.
      await page.keyboard.press('Enter');
      await until('the fix in the editor', async () => (await text()) === FIXED);
      // The dialog then checks the fixed text again and moves the focus to "Post now". Its frame is out of
      // the automation's reach in Firefox, so give it a moment rather than watch it.
      await new Promise((r) => setTimeout(r, 1500));
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
