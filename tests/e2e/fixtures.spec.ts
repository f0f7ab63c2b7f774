// The four fixture sites in real Chromium with the built extension loaded: each composer takes typed
// text and a photo, posts, and records exactly that; nothing leaves the machine.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { buildFixtureSites, type FixtureSite } from '../fixtures/sites/build';
import type { PostedItem } from '../fixtures/sites/shared/posting';
import {
  FIXTURE_HOSTS,
  launchBrowser,
  requestsLeavingMachine,
  siteUrl,
  startFixtureServer,
  type FixtureServer,
  type LaunchedBrowser,
} from './harness';
import { classTripPhoto } from './sample-media';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const extensionPath = process.env.E2E_EXTENSION ?? path.join(repoRoot, '.output', 'chrome-mv3');
const screenshotDir = path.join(repoRoot, 'artifacts', 'screenshots', 'fixtures');
const TEST_TIMEOUT = 30_000;

let server: FixtureServer | undefined;
let browser: LaunchedBrowser | undefined;

before(async () => {
  if (!existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run \`npx wxt build\` first`);
  }
  // Fresh each run, so a failure screenshot left in it always belongs to this run.
  await rm(screenshotDir, { recursive: true, force: true });
  await mkdir(screenshotDir, { recursive: true });
  await buildFixtureSites();
  // A free port rather than 8443, so a running `npm run demo` does not collide with the tests.
  server = await startFixtureServer({ port: 0, verbose: process.env.E2E_VERBOSE === '1' });
  browser = await launchBrowser({
    extensionPath,
    headless: process.env.E2E_HEADED !== '1',
    port: server.port,
  });
  browser.context.setDefaultTimeout(10_000);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a site in a new tab, runs the steps, screenshots on failure, and closes the tab. */
async function onSite(
  site: FixtureSite,
  pathAndHash: string,
  steps: (page: Page) => Promise<void>,
): Promise<void> {
  if (!browser) throw new Error('browser did not start');
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error.stack ?? error)));
  try {
    await page.goto(siteUrl(site, pathAndHash));
    await steps(page);
    assert.deepEqual(pageErrors, [], 'the fixture page threw');
  } catch (error) {
    await page.screenshot({ path: path.join(screenshotDir, `${site}-failure.png`) }).catch(() => {});
    throw error;
  } finally {
    await page.close();
  }
}

function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}

function posted(page: Page): Promise<PostedItem[]> {
  return page.evaluate(() => window.__posted);
}

const photo = { name: 'class_trip.jpg', type: 'image/jpeg' };

describe('fixture sites in Chromium with the extension loaded', { timeout: 90_000 }, () => {
  test('facebook: Create post dialog and the comment box (Lexical)', { timeout: TEST_TIMEOUT }, async () => {
    await onSite('facebook', '/', async (page) => {
      await page.click(
        '[role="region"][aria-label="Create a post"] [role="button"]:has-text("What\'s on your mind")',
      );
      const dialog = page.locator('[role="dialog"]');
      await dialog.locator('[data-lexical-editor="true"][role="textbox"]').click();
      const text = 'Lovely trip to Oakfield Farm today!\nThank you to all our parent helpers.';
      await page.keyboard.type(text);
      await dialog.locator('input[type="file"]').setInputFiles(classTripPhoto());
      await dialog.locator('[role="listitem"]', { hasText: 'class_trip.jpg' }).waitFor();
      await dialog.locator('textarea[aria-label="Alt text"]').fill('Children feeding the goats');
      await screenshot(page, 'facebook-draft');
      await dialog.locator('[aria-label="Post"][role="button"]').click();
      await page.locator('[role="feed"] [data-fixture="posted"]').waitFor();
      assert.equal(await dialog.count(), 0, 'the dialog closes after posting');
      assert.deepEqual(await posted(page), [
        { composer: 'post', text, media: [{ ...photo, alt: 'Children feeding the goats' }] },
      ]);

      await page.click('[aria-label="Write a comment…"][data-lexical-editor="true"]');
      await page.keyboard.type('Well done everyone!');
      await page.keyboard.press('Enter');
      await page.locator('[aria-label^="Comment by"][data-fixture="posted"]').waitFor();
      assert.deepEqual((await posted(page))[1], {
        composer: 'comment',
        text: 'Well done everyone!',
        media: [],
      });
      assert.equal(
        await page.locator('[aria-label="Write a comment…"]').textContent(),
        '',
        'comment box cleared',
      );
      await screenshot(page, 'facebook-posted');
    });
  });

  test(
    'instagram: new-post flow with caption and alt text (Lexical), comment on Enter',
    { timeout: TEST_TIMEOUT },
    async () => {
      await onSite('instagram', '/', async (page) => {
        await page.click('svg[aria-label="New post"]');
        const dialog = page.locator('[role="dialog"]');
        await dialog.locator('input[type="file"]').setInputFiles(classTripPhoto());
        await dialog.locator('[role="button"]', { hasText: 'Next' }).click(); // Crop → Edit
        await dialog.locator('[role="heading"]', { hasText: 'Edit' }).waitFor();
        await dialog.locator('[role="button"]', { hasText: 'Next' }).click(); // Edit → caption
        const caption = dialog.locator('[aria-label="Write a caption..."][data-lexical-editor="true"]');
        await caption.click();
        const text = 'Sports day fun in the sunshine!\nWell done, Year 3.';
        await page.keyboard.type(text);
        await dialog.locator('[role="button"]', { hasText: 'Accessibility' }).click();
        await dialog.locator('input[placeholder="Write alt text..."]').fill('Relay race on the school field');
        await screenshot(page, 'instagram-draft');
        await dialog.locator('[role="button"]', { hasText: 'Share' }).click();
        await dialog.locator('[role="heading"]', { hasText: 'Post shared' }).waitFor();
        assert.deepEqual(await posted(page), [
          { composer: 'post', text, media: [{ ...photo, alt: 'Relay race on the school field' }] },
        ]);
        await page.click('svg[aria-label="Close"]');
        await page.locator('article[data-fixture="posted"]').waitFor();

        await page.click('textarea[aria-label="Add a comment…"]');
        await page.keyboard.type('Thank you for coming!');
        await page.keyboard.press('Enter');
        await page.locator('.ig-comment[data-fixture="posted"]').waitFor();
        assert.deepEqual((await posted(page))[1], {
          composer: 'comment',
          text: 'Thank you for coming!',
          media: [],
        });
        await screenshot(page, 'instagram-posted');
      });
    },
  );

  test(
    'x: home box, compose modal and reply with Ctrl+Enter (Draft.js)',
    { timeout: TEST_TIMEOUT },
    async () => {
      await onSite('x', '/home', async (page) => {
        const home = page.locator('[data-testid="primaryColumn"]');
        await home.locator('.public-DraftEditor-content[data-testid="tweetTextarea_0"]').click();
        const text = 'Year 5 loved the Science Museum today!\n#STEM #SchoolTrip';
        await page.keyboard.type(text);
        await home.locator('input[data-testid="fileInput"]').setInputFiles(classTripPhoto());
        await home
          .locator('[data-testid="attachments"] [role="group"]', { hasText: 'class_trip.jpg' })
          .waitFor();
        await home.locator('input[aria-label="Add description"]').fill('Pupils at the museum');
        await screenshot(page, 'x-draft');
        await home.locator('button[data-testid="tweetButtonInline"]').click();
        await home.locator('article[data-fixture="posted"]').waitFor();
        assert.deepEqual(await posted(page), [
          { composer: 'post', text, media: [{ ...photo, alt: 'Pupils at the museum' }] },
        ]);
        assert.equal(
          await home.locator('[data-testid="tweetTextarea_0"]').textContent(),
          '',
          'the composer clears after posting',
        );

        await page.click('[data-testid="SideNav_NewTweet_Button"]');
        const modal = page.locator('#layers [role="dialog"][aria-labelledby="modal-header"]');
        await modal.locator('[data-testid="tweetTextarea_0"]').click();
        await page.keyboard.type('Parents evening is on Thursday.');
        await screenshot(page, 'x-modal');
        await modal.locator('button[data-testid="tweetButton"]').click();
        await modal.waitFor({ state: 'detached' });
        assert.equal(new URL(page.url()).pathname, '/home');
        assert.deepEqual((await posted(page))[1], {
          composer: 'post',
          text: 'Parents evening is on Thursday.',
          media: [],
        });
        await screenshot(page, 'x-posted');
      });

      await onSite('x', '/OakfieldPrimary/status/1790000000000000001', async (page) => {
        await page.click('[data-testid="tweetTextarea_0"]');
        await page.keyboard.type('Thank you for the kind words!');
        await page.keyboard.press('Control+Enter');
        await page.locator('article[data-fixture="posted"]').waitFor();
        await screenshot(page, 'x-reply');
        assert.deepEqual(await posted(page), [
          { composer: 'reply', text: 'Thank you for the kind words!', media: [] },
        ]);
      });
    },
  );

  test(
    'classdojo: Class Story post and a message sent with Enter (React textareas)',
    { timeout: TEST_TIMEOUT },
    async () => {
      await onSite('classdojo', '/', async (page) => {
        await page.waitForURL(/#\/classes\/\w+\/story$/);
        await page.click('textarea[data-name="storyComposerTextarea"]');
        const text = 'We made bread in class today!\nRecipe cards are coming home in book bags.';
        await page.keyboard.type(text);
        await page
          .locator('input[type="file"][data-name="storyComposerFileInput"]')
          .setInputFiles(classTripPhoto());
        await page
          .locator('[data-name="storyComposerAttachments"] li', { hasText: 'class_trip.jpg' })
          .waitFor();
        await screenshot(page, 'classdojo-draft');
        await page.click('button[data-name="storyComposerPostButton"]');
        await page.locator('[data-name="storyPost"][data-fixture="posted"]').waitFor();
        assert.deepEqual(await posted(page), [{ composer: 'story', text, media: [{ ...photo, alt: '' }] }]);
        assert.equal(await page.inputValue('textarea[data-name="storyComposerTextarea"]'), '');

        await page.click('a[href="#/messages"]');
        await page.click('textarea[data-name="messageComposerTextarea"]');
        await page.keyboard.type('Reminder: PE kits tomorrow please.');
        await page.keyboard.press('Enter');
        await page.locator('[data-name="message"][data-fixture="posted"]').waitFor();
        assert.deepEqual((await posted(page))[1], {
          composer: 'message',
          text: 'Reminder: PE kits tomorrow please.',
          media: [],
        });
        await screenshot(page, 'classdojo-posted');
      });
    },
  );

  test('no request leaves the machine', () => {
    assert.ok(browser && server);
    assert.ok(browser.requests.length > 0, 'the browser made requests');
    assert.deepEqual(requestsLeavingMachine(browser.requests), []);
    const served = new Set(server.requests.map((r) => r.host));
    assert.deepEqual(
      [...served].filter((host) => !FIXTURE_HOSTS.includes(host)),
      [],
    );
    assert.deepEqual(
      server.requests.filter((r) => r.status !== 200),
      [],
      'every request to the fixture server was answered',
    );
  });
});
