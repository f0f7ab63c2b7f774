// SafeToPost's other paths in real Chromium: a locked rule driven by keyboard only (focus trapped,
// Esc = edit, "not a problem" logged), tips mode, pause, an editor no adapter knows ("!" badge), the
// main-thread cost of typing a 2,000-character post, and no request leaving the machine.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import type { FixtureSite } from '../fixtures/sites/build';
import { profileContentScript } from './cpu-profile';
import { ExtensionProbe, e2eRoster, waitForReviewClosed, waitForReviewFrame } from './extension-probe';
import { requestsLeavingMachine, siteUrl, type FixtureServer, type LaunchedBrowser } from './harness';
import { SITES } from './sites';
import { letGo } from './let-go';
import { openSpecBrowser, REPO_ROOT, type SpecBrowser } from './spec-browser';

const repoRoot = REPO_ROOT;
const shots = path.join(repoRoot, 'artifacts', 'screenshots', 'safetopost');
const pupils = e2eRoster();

let spec: SpecBrowser | undefined;
let server: FixtureServer | undefined;
let launched: LaunchedBrowser | undefined;
let probe: ExtensionProbe;
const timings: string[] = [];

before(async () => {
  spec = await openSpecBrowser(shots);
  ({ server, launched, probe } = spec);
});

after(async () => {
  if (timings.length) console.log(`\n${timings.join('\n')}\n`);
  await spec?.close();
});

async function openSite(site: FixtureSite, pathAndHash = '/'): Promise<Page> {
  const page = await launched!.context.newPage();
  await page.goto(siteUrl(site, pathAndHash));
  return page;
}

const postedCount = (page: Page): Promise<number> => page.evaluate(() => window.__posted.length);
const focusInFrame = (frame: Frame): Promise<string | null> =>
  frame.evaluate(() => (document.hasFocus() ? (document.activeElement?.textContent ?? '') : null));

describe('SafeToPost controls', { timeout: 180_000 }, () => {
  test('a locked rule, by keyboard only: focus trapped, "not a problem" logged, Esc returns to the post', async () => {
    await probe.seed(pupils, (s) => (s.rules['missing-consent']!.overrideAllowed = false));
    const page = await openSite('facebook');
    const editor = await SITES[0]!.clean.open(page);
    await page.keyboard.type('Well done Jasper on your reading award.');
    await probe.waitForStatus('facebook', (s) => (s.findingsByRule['missing-consent'] ?? 0) > 0);
    await page.keyboard.press('Enter');
    const frame = await waitForReviewFrame(page);
    await page.waitForTimeout(100); // the frame takes focus on load
    assert.equal(await focusInFrame(frame), 'This is not a problem', 'focus starts on the first choice');
    assert.equal(await frame.getByRole('button', { name: 'Post anyway…' }).isDisabled(), true);
    await frame.getByText('Your school does not allow posting past “No consent recorded”').waitFor();
    const stops: Array<string | null> = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
      stops.push(await focusInFrame(frame));
    }
    assert.ok(
      stops.every((s) => s !== null),
      `focus stays in the dialog: ${JSON.stringify(stops)}`,
    );
    await page.screenshot({ path: path.join(shots, 'facebook-locked-keyboard.png') });

    while ((await focusInFrame(frame)) !== 'This is not a problem') await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await frame.getByText('Thank you, your report is in the log.', { exact: false }).waitFor();
    const entry = (await probe.auditLog()).at(-1)!;
    assert.deepEqual(
      [entry.kind, entry.ruleIds, entry.snippet],
      ['false-positive', ['missing-consent'], 'J*****'],
    );
    assert.equal(
      await frame.getByRole('button', { name: 'Post anyway…' }).isDisabled(),
      true,
      'still locked',
    );

    await letGo(() => page.keyboard.press('Escape'));
    await waitForReviewClosed(page);
    assert.equal(await postedCount(page), 0, 'nothing was posted');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'Write a comment…',
    );
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Well done to all our readers this week.');
    await page.waitForTimeout(400);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__posted.length === 1);
    assert.equal(await editor.textContent(), '');
    await page.close();
  });

  for (const site of ['x', 'classdojo'] as const) {
    test(`${site}: a fix goes through the editor's own input path, so Ctrl+Z undoes it`, async () => {
      await probe.seed(pupils);
      const driver = SITES.find((d) => d.site === site)!;
      const page = await openSite(site, driver.path);
      const editor = await driver.openWithPhoto(page);
      const draft = 'Well done Amelia Thornbury!';
      await page.keyboard.type(draft);
      await probe.waitForStatus(site, (s) => (s.findingsByRule['pupil-full-name'] ?? 0) > 0);
      await driver.postButton(page).click();
      const frame = await waitForReviewFrame(page);
      await frame.getByRole('button', { name: 'Use “Amelia” only' }).click();
      await frame.getByText('Fixed. Please check what is left.').waitFor();
      assert.equal(await driver.readEditor(editor), 'Well done Amelia!');
      await letGo(() => page.keyboard.press('Escape'));
      await waitForReviewClosed(page);
      await page.keyboard.press('Control+Z');
      await page.waitForFunction(
        ([sel, want]) => {
          const el = document.querySelector(sel!) as HTMLElement | HTMLTextAreaElement | null;
          return el && ('value' in el ? el.value : el.innerText).trim() === want;
        },
        [
          site === 'x'
            ? '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]'
            : 'textarea[data-name="storyComposerTextarea"]',
          draft,
        ],
      );
      assert.equal(await postedCount(page), 0);
      await page.close();
    });
  }

  test('tips mode never holds a post and logs what would have been blocked', async () => {
    await probe.seed(pupils, (s) => (s.mode = 'tips'));
    const page = await openSite('classdojo');
    const messages = SITES[3]!.clean;
    await messages.open(page); // reached by SPA (hash) navigation
    await page.keyboard.type('Amelia Thornbury was brilliant today.');
    await probe.waitForStatus('classdojo', (s) => (s.findingsByRule['pupil-full-name'] ?? 0) > 0);
    await messages.submit(page);
    await page.waitForFunction(() => window.__posted.length === 1);
    assert.equal(
      page.frames().some((f) => f.url().includes('/review.html')),
      false,
    );
    await new Promise((r) => setTimeout(r, 300));
    const entry = (await probe.auditLog()).at(-1)!;
    assert.equal(entry.kind, 'tips-would-block');
    assert.equal(entry.site, 'classdojo');
    assert.ok(entry.ruleIds.includes('pupil-full-name'));
    assert.equal(entry.snippet, 'A***** T********');
    await page.close();
  });

  test('paused: badge II, nothing held; resumed: checking again', async () => {
    await probe.seed(pupils);
    const page = await openSite('x', '/home');
    await SITES[2]!.clean.open(page);
    await probe.setPausedUntil(Date.now() + 60 * 60 * 1000);
    await probe.waitForStatus('x', (s) => s.state === 'paused');
    assert.equal(await probe.badge('x'), 'II');
    await page.keyboard.type('Amelia Thornbury at 2.30pm today.');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => window.__posted.length === 1);
    assert.equal(
      page.frames().some((f) => f.url().includes('/review.html')),
      false,
    );
    await probe.setPausedUntil(null);
    await probe.waitForStatus('x', (s) => s.state === 'checking');
    assert.equal(await probe.badge('x'), '');
    await page.close();
  });

  test('an editor no adapter recognises shows "!" and "not checking"', async () => {
    await probe.seed(pupils);
    const page = await openSite('instagram');
    await probe.waitForStatus('instagram', (s) => s.state === 'checking');
    // Like Instagram's DM box, which no adapter claims (Harper #3563).
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.contentEditable = 'true';
      box.setAttribute('aria-label', 'Message');
      document.querySelector('main')!.prepend(box);
      box.focus();
    });
    await probe.waitForStatus('instagram', (s) => s.state === 'not-checking');
    assert.equal(await probe.badge('instagram'), '!');
    await page.click('textarea[aria-label="Add a comment…"]');
    await probe.waitForStatus('instagram', (s) => s.state === 'checking');
    await page.close();
  });

  test('typing a 2,000-character post: longest main-thread task, and the hold for an unchecked clean post', async () => {
    await probe.seed(pupils);
    const page = await openSite('facebook');
    await page.click(
      '[role="region"][aria-label="Create a post"] [role="button"]:has-text("What\'s on your mind")',
    );
    await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => w.__longTasks.push(e.duration)),
      ).observe({
        type: 'longtask',
        buffered: false,
      });
    });
    const sentence = 'Amelia Thornbury and Jasper came to the summer fair at 2.30pm on Friday. ';
    const text = sentence.repeat(Math.ceil(2000 / sentence.length)).slice(0, 2000);
    const cost = await profileContentScript(launched!.context, page, async () => {
      // In bursts with pauses, as people type, so as-you-type checks run on the growing draft.
      for (let i = 0; i < text.length; i += 100) {
        await page.keyboard.type(text.slice(i, i + 100));
        await page.waitForTimeout(200);
      }
      await probe.waitForStatus('facebook', (s) => (s.findingsByRule['pupil-full-name'] ?? 0) >= 20);
    });
    const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    timings.push(
      `[timing] facebook: typing 2,000 characters key by key: content script ${cost.totalMs.toFixed(0)} ms CPU in all, ` +
        `longest content-script run ${cost.longestMs.toFixed(1)} ms (mostly ${cost.longestTop}); page long tasks (>50 ms, anyone's): ${tasks.length}` +
        (tasks.length ? `, longest ${Math.round(Math.max(...tasks))} ms` : ''),
    );
    // Printed, not asserted: timings belong to `npm run bench:browser`, not to a pass/fail test.
    assert.ok(cost.longestMs >= 0, 'the CPU profile was read');
    await page.screenshot({ path: path.join(shots, 'facebook-2000-chars.png') });

    // A clean post typed and posted at once (no as-you-type result yet): held for the re-check.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('See you all at the summer fair!');
    const started = Date.now();
    await page.locator('[role="dialog"] [aria-label="Post"][role="button"]').click();
    await page.waitForFunction(() => window.__posted.length === 1);
    timings.push(
      `[timing] facebook: clean post clicked before its check came back, click to posted ${Date.now() - started} ms`,
    );
    await page.close();
  });

  test('no request leaves the machine', () => {
    assert.ok(launched && server);
    assert.deepEqual(requestsLeavingMachine(launched.requests), []);
    assert.ok(
      launched.requests.some((u) => u.startsWith('chrome-extension://')),
      'the review page loaded',
    );
  });
});
