// The headless tour of `npm run demo`: on each fixture site, type a risky draft key by key with a
// photo attached, post, apply the fixes, deal with what is left and post; then the options page and
// the popup. Driven with the e2e helpers (tests/e2e/sites.ts, extension-probe.ts); every step
// leaves a numbered screenshot in artifacts/demo/.
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { TabStatus } from '../src/compose/protocol';
import type { FixtureSite } from '../tests/fixtures/sites/build';
import { waitForReviewClosed, waitForReviewFrame } from '../tests/e2e/extension-probe';
import { siteUrl } from '../tests/e2e/harness';
import type { Session } from '../tests/e2e/session';
import { SITES } from '../tests/e2e/sites';

export interface TourStop {
  site: FixtureSite;
  /** Where the site's composer is, and what to click to open it (for the printed instructions). */
  howToOpen: string;
  /** Typed into the composer, with the demo photo attached. Names are from tests/e2e/fixtures/roster.csv. */
  draft: string;
  /**
   * What is done about the findings the fixes leave (those with no fix): post anyway with a reason
   * from the dialog's list, or go back to the post and rewrite it. None: the fixes deal with all.
   */
  then?: { postAnyway: string } | { rewrite: string };
}

export const TOUR: readonly TourStop[] = [
  {
    site: 'facebook',
    howToOpen: 'click “Photo/video”, then the photo icon in “Add to your post”',
    draft: 'Well done Amelia Thornbury for reading in assembly! Disco at 6.30pm on Friday.',
    then: { postAnyway: 'Parents or carers have agreed to this post' },
  },
  {
    site: 'instagram',
    howToOpen: 'click “Create”, then “Select from computer”, then “Next” twice',
    // Niamh has no photo consent and Jasper no consent to be named (the roster says so).
    draft: 'Sports day winners: Niamh Castellane and Jasper!',
    then: { rewrite: 'Sports day winners: well done to every runner in Year 2!' },
  },
  {
    site: 'x',
    howToOpen: 'click the photo icon under “What’s happening?”',
    draft: 'Year 5 are off to the Science Museum tomorrow, leaving school at 8.15am. #SchoolTrip',
  },
  {
    site: 'classdojo',
    howToOpen: 'click “Photo / Video” under “Post to Class Story”',
    draft:
      'Raff was excluded today after the fight in the playground. Class 4 assembly is at 9.15am on Friday.',
    then: { rewrite: 'Class 4 assembly is on Friday morning. We hope to see you there!' },
  },
];

/** Milliseconds between keys: quick typing, slow enough for as-you-type checks to run in pauses. */
const KEY_DELAY_MS = 15;
/** The as-you-type check is debounced (150 ms) and idle-scheduled; this lets it land and paint. */
const SETTLE_MS = 400;

const findingCount = (s: TabStatus): number => Object.values(s.findingsByRule).reduce((a, b) => a + b, 0);

export async function runTour(session: Session, outDir: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  for (const old of await readdir(outDir)) {
    if (/^\d\d-.*\.png$/.test(old)) await rm(path.join(outDir, old));
  }
  const { context } = session.browser;
  const { probe } = session;
  const written: string[] = [];
  /** A page (or, with `element`, one element of it) to artifacts/demo/NN-name.png. */
  const shoot = async (page: Page, name: string, how: { fullPage?: boolean; element?: Locator } = {}) => {
    const file = path.join(outDir, `${String(written.length + 1).padStart(2, '0')}-${name}.png`);
    if (how.element) await how.element.screenshot({ path: file });
    else await page.screenshot({ path: file, fullPage: how.fullPage ?? false });
    written.push(file);
    console.log(`  ${path.relative(process.cwd(), file)}`);
  };

  for (const stop of TOUR) {
    const driver = SITES.find((d) => d.site === stop.site)!;
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[${stop.site} page error]`, e));
    try {
      await page.goto(siteUrl(stop.site, driver.path));
      await driver.openWithPhoto(page);
      await page.keyboard.type(stop.draft, { delay: KEY_DELAY_MS });
      await probe.waitForStatus(stop.site, (s) => findingCount(s) > 0);
      await page.waitForTimeout(SETTLE_MS);
      await hoverLastUnderline(page);
      await shoot(page, `${stop.site}-underlines`);

      if (stop.site === 'facebook') {
        // What the toolbar button shows over this tab: counts by rule, never names.
        const popup = await probe.openPopupFor('facebook');
        await popup.locator('.status h3').waitFor();
        await shoot(popup, 'popup', { element: popup.locator('main.popup') });
        await popup.close();
        await page.bringToFront();
      }

      const before = await postedCount(page);
      await driver.postButton(page).click();
      const frame = await waitForReviewFrame(page);
      // The review is an out-of-process frame: wait for it to paint its dialog, or the screenshot can
      // catch the frame's previous picture ("Checking…").
      await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.waitForTimeout(100);
      await shoot(page, `${stop.site}-review`);
      if (await scrolledIntoView(frame.locator('.choices'))) await shoot(page, `${stop.site}-review-choices`);

      const apply = frame.getByRole('button', { name: /^Apply fixes/ });
      if ((await apply.count()) > 0) {
        const andPost = (await apply.textContent()) === 'Apply fixes and post';
        if (andPost) {
          await clickClosingReview(page, apply);
          await waitForPosted(page, before);
          await shoot(page, `${stop.site}-fixed-and-posted`);
          continue;
        }
        await apply.click();
        await frame.getByText('Fixed. Please check what is left.').waitFor();
        await shoot(page, `${stop.site}-fixed`);
      }

      if (!stop.then) throw new Error(`${stop.site}: the fixes left findings the tour does not expect`);
      if ('postAnyway' in stop.then) {
        await frame.getByRole('button', { name: 'Post anyway…' }).click();
        await frame.getByRole('radio', { name: stop.then.postAnyway }).check();
        await shoot(page, `${stop.site}-post-anyway`);
        await clickClosingReview(page, frame.getByRole('button', { name: 'Post anyway', exact: true }));
      } else {
        await clickClosingReview(page, frame.getByRole('button', { name: 'Edit post' }));
        await page.waitForTimeout(SETTLE_MS);
        await page.mouse.move(0, 0);
        await shoot(page, `${stop.site}-back-to-edit`);
        await page.keyboard.press('Control+A');
        await page.keyboard.type(stop.then.rewrite, { delay: KEY_DELAY_MS });
        await probe.waitForStatus(stop.site, (s) => s.state === 'checking' && findingCount(s) === 0);
        await page.waitForTimeout(SETTLE_MS);
        await driver.postButton(page).click();
        await page.waitForTimeout(200);
        if (page.frames().some((f) => f.url().includes('/review.html'))) {
          await shoot(page, `${stop.site}-unexpected-review`);
          throw new Error(`${stop.site}: the rewritten post was still held`);
        }
      }
      await waitForPosted(page, before);
      await page.mouse.move(0, 0);
      // Instagram keeps its dialog open on "Post shared"; close it to show the post in the feed.
      const close = page.locator('svg[aria-label="Close"]');
      if (stop.site === 'instagram' && (await close.isVisible())) await close.click();
      await shoot(page, `${stop.site}-posted`);
    } catch (error) {
      await shoot(page, `${stop.site}-failure`).catch(() => {});
      throw error;
    } finally {
      await page.close();
    }
  }

  // The admin's side: the imported pupils with their consent, and the log of the post made anyway.
  const options = await context.newPage();
  try {
    await options.goto(session.extensionUrl('options.html#pupils'));
    await options.locator('table tbody tr').first().waitFor();
    await shoot(options, 'options-pupils', { fullPage: true });
    await options.goto(session.extensionUrl('options.html#audit'));
    await options.locator('[role="tabpanel"] h2').first().waitFor();
    await options.waitForTimeout(200);
    await shoot(options, 'options-audit-log', { fullPage: true });
  } finally {
    await options.close();
  }
  return written;
}

/** Scrolls `target` into view if it was not; true if that scrolled (so it was out of sight). */
async function scrolledIntoView(target: Locator): Promise<boolean> {
  const hidden = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > innerHeight || r.top < 0;
  });
  if (hidden) await target.scrollIntoViewIfNeeded();
  return hidden;
}

/**
 * Clicks a button that closes the review dialog, and waits for it to close. Input that CDP sends to a
 * frame which is removed while handling it is sometimes never acknowledged, so the click's own promise
 * may never settle: it is not waited for.
 */
async function clickClosingReview(page: Page, button: Locator): Promise<void> {
  await button.waitFor();
  void button.click().catch(() => {});
  await waitForReviewClosed(page);
}

const postedCount = (page: Page): Promise<number> => page.evaluate(() => window.__posted.length);

async function waitForPosted(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => window.__posted.length > n, before);
  await page.waitForTimeout(300); // the feed re-renders; the extension clears its marks
}

/**
 * Rests the mouse on the last underlined span, to show the hint (which opens below it, so it hides no
 * other underline). Uses CSS.highlights, which the page shares with the extension; textareas are
 * underlined with boxes in a closed shadow root instead, so there the mouse just moves away.
 */
async function hoverLastUnderline(page: Page): Promise<void> {
  const point = await page.evaluate(() => {
    let last: DOMRect | undefined;
    for (const [, highlight] of CSS.highlights) {
      for (const range of highlight) last = [...(range as Range).getClientRects()].at(-1) ?? last;
    }
    return last ? { x: last.left + last.width / 2, y: last.top + last.height / 2 } : null;
  });
  await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
  if (point) await page.waitForTimeout(150);
}
