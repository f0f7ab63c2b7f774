// SafeToPost end to end in Debian's Chromium, on the four fixture sites: type a draft naming a pupil in
// full, with a photo and an event time → underlines; post → the review dialog lists the findings;
// apply fixes → the editor and the posted text are fixed; post anyway with a reason → posted once and
// logged; a clean draft → posted with no dialog. Nothing personal reaches the page; nothing leaves.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { RULES_BY_ID } from '../../rules';
import type { PostedItem } from '../fixtures/sites/shared/posting';
import {
  ExtensionProbe,
  e2eRoster,
  rosterNames,
  waitForReviewClosed,
  waitForReviewFrame,
} from './extension-probe';
import { requestsLeavingMachine, siteUrl, type FixtureServer, type LaunchedBrowser } from './harness';
import { CONSENT_WORDS, leakedNames, pageReadableText } from './page-scan';
import { SITES, type SiteDriver } from './sites';
import { letGo } from './let-go';
import { openSpecBrowser, REPO_ROOT, type SpecBrowser } from './spec-browser';

const repoRoot = REPO_ROOT;
const shots = path.join(repoRoot, 'artifacts', 'screenshots', 'safetopost');
const axeSource = readFileSync(path.join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export const FLAGGED =
  'What a day! Amelia Thornbury won the spelling bee. Come to the celebration assembly at 2.30pm on Friday.';
export const FIXED =
  'What a day! Amelia won the spelling bee. Come to the celebration assembly in the afternoon on Friday.';
const CLEAN = 'Thank you to everyone who came to the harvest festival!';
const TYPED_NAMES = ['Amelia', 'Thornbury'];
const pupils = e2eRoster();
const names = rosterNames(pupils);

let spec: SpecBrowser | undefined;
let server: FixtureServer | undefined;
let launched: LaunchedBrowser | undefined;
let probe: ExtensionProbe;
const timings: string[] = [];

before(async () => {
  spec = await openSpecBrowser(shots);
  ({ server, launched, probe } = spec);
  await probe.seed(pupils);
});

after(async () => {
  if (timings.length) console.log(`\n${timings.join('\n')}\n`);
  await spec?.close();
});

async function openSite(driver: SiteDriver, pathAndHash = driver.path): Promise<Page> {
  const page = await launched!.context.newPage();
  page.on('pageerror', (e) => console.error(`[${driver.site} page error]`, e));
  await page.goto(siteUrl(driver.site, pathAndHash));
  return page;
}

const posted = (page: Page): Promise<PostedItem[]> => page.evaluate(() => window.__posted);
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });

async function assertNothingLeaks(page: Page, when: string): Promise<void> {
  const text = await pageReadableText(page);
  assert.deepEqual(leakedNames(text, names, TYPED_NAMES), [], `roster names in the page ${when}`);
  assert.doesNotMatch(text, CONSENT_WORDS, `consent words in the page ${when}`);
}

async function axeViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  const result = await frame.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>;
        };
      }
    ).axe;
    return axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] });
  });
  return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
}

describe('SafeToPost on the four sites', { timeout: 240_000 }, () => {
  for (const driver of SITES) {
    test(
      `${driver.site}: underlines, review, fixes, post anyway, clean post`,
      { timeout: 60_000 },
      async () => {
        const page = await openSite(driver);
        try {
          const editor = await driver.openWithPhoto(page);
          await page.keyboard.type(FLAGGED);
          const status = await probe.waitForStatus(
            driver.site,
            (s) =>
              (s.findingsByRule['pupil-full-name'] ?? 0) > 0 && (s.findingsByRule['event-timing'] ?? 0) > 0,
          );
          assert.equal(status.state, 'checking');
          assert.equal(await probe.badge(driver.site), '');
          await page.mouse.move(0, 0);
          await shot(page, `${driver.site}-1-underlines`);
          await assertNothingLeaks(page, 'while typing');

          let started = Date.now();
          await driver.postButton(page).click();
          const frame = await waitForReviewFrame(page);
          timings.push(`[timing] ${driver.site}: click to review dialog ${Date.now() - started} ms`);
          const titles = await frame.locator('.finding h2').allTextContents();
          for (const rule of ['pupil-full-name', 'name-with-image', 'event-timing']) {
            assert.ok(
              titles.includes(RULES_BY_ID.get(rule)!.title),
              `${rule} listed in ${JSON.stringify(titles)}`,
            );
          }
          const fullName = frame.locator('.finding', { hasText: RULES_BY_ID.get('pupil-full-name')!.title });
          assert.equal(
            await fullName.locator('button').first().textContent(),
            'Use “Amelia” only',
            'the fix comes first',
          );
          assert.match((await fullName.locator('.policy blockquote').first().textContent()) ?? '', /\w{10,}/);
          assert.deepEqual(await axeViolations(frame), [], 'axe-core finds no accessibility problems');
          assert.deepEqual(await posted(page), [], 'the post is held');
          await shot(page, `${driver.site}-2-review`);
          await assertNothingLeaks(page, 'with the review dialog open');

          await frame.getByRole('button', { name: 'Apply fixes' }).click();
          await frame.getByText('Fixed. Please check what is left.').waitFor();
          assert.equal(await driver.readEditor(editor), FIXED, 'the editor holds the fixed text');
          assert.deepEqual(await frame.locator('.finding h2').allTextContents(), [
            RULES_BY_ID.get('name-with-image')!.title,
          ]);
          await shot(page, `${driver.site}-3-fixed`);

          await frame.getByRole('button', { name: 'Post anyway…' }).click();
          await frame.getByRole('radio', { name: 'Parents or carers have agreed to this post' }).check();
          await letGo(() => frame.getByRole('button', { name: 'Post anyway', exact: true }).click());
          await waitForReviewClosed(page);
          await page.waitForFunction(() => window.__posted.length === 1);
          await page.waitForTimeout(300);
          const [item, ...rest] = await posted(page);
          assert.deepEqual(rest, [], 'posted exactly once');
          assert.equal(item!.composer, driver.composer);
          assert.equal(item!.text, FIXED);
          assert.deepEqual(
            item!.media.map((m) => m.name),
            ['class_trip.jpg'],
          );
          const entry = (await probe.auditLog()).at(-1)!;
          assert.equal(entry.kind, 'override');
          assert.equal(entry.site, driver.site);
          assert.deepEqual(entry.ruleIds, ['name-with-image']);
          assert.equal(entry.reason, 'Parents or carers have agreed to this post');
          assert.equal(entry.snippet, 'A*****');
          await shot(page, `${driver.site}-4-posted`);

          await driver.clean.open(page);
          await page.keyboard.type(CLEAN);
          await probe.waitForStatus(driver.site, (s) => s.state === 'checking');
          await page.waitForTimeout(400); // let the as-you-type check of the clean draft land
          started = Date.now();
          await driver.clean.submit(page);
          await page.waitForFunction(() => window.__posted.length === 2);
          timings.push(
            `[timing] ${driver.site}: clean ${driver.clean.composer}, key to posted ${Date.now() - started} ms`,
          );
          assert.equal(
            page.frames().some((f) => f.url().includes('/review.html')),
            false,
            'no dialog for a clean post',
          );
          assert.deepEqual((await posted(page))[1], {
            composer: driver.clean.composer,
            text: CLEAN,
            media: [],
          });
          await assertNothingLeaks(page, 'after posting');
        } catch (error) {
          await shot(page, `${driver.site}-failure`).catch(() => {});
          throw error;
        } finally {
          await page.close();
        }
      },
    );
  }

  test('no request leaves the machine', () => {
    assert.ok(launched && server);
    assert.deepEqual(requestsLeavingMachine(launched.requests), []);
    assert.ok(
      launched.requests.some((u) => u.includes('/review.html')),
      'the review page was loaded',
    );
  });
});
