// `npm run demo`: builds SafeToPost and the four local fixture sites, serves them under their real host
// names (https://www.facebook.com/ etc., resolved to 127.0.0.1:8443 inside the browser only) and opens
// Chromium with the extension loaded. With a display: one tab per site, browse until you close the
// window or press Ctrl+C. Without one: a short headless tour that writes screenshots to artifacts/demo/.
// Flags: --no-build (reuse .output/chrome-mv3), --headless (tour even with a display), --port <n>.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { buildFixtureSites, FIXTURE_SITES, type FixtureSite } from '../tests/fixtures/sites/build';
import {
  DEFAULT_FIXTURE_PORT,
  launchBrowser,
  siteUrl,
  startFixtureServer,
  type FixtureServer,
  type LaunchedBrowser,
} from '../tests/e2e/harness';
import { classTripPhoto } from '../tests/e2e/sample-media';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extensionPath = path.join(repoRoot, '.output', 'chrome-mv3');
const demoDir = path.join(repoRoot, 'artifacts', 'demo');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : DEFAULT_FIXTURE_PORT;
const headless = args.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

/** The drafts the tour types: the kind of slip SafeToPost exists to catch. */
const TOUR_DRAFTS: Record<FixtureSite, string> = {
  facebook:
    'Well done Amelia Hart for reading in assembly!\nThe coach back from the farm arrives at 6.30pm tonight.',
  instagram: 'Sports day winners: Oliver Smith and Priya Patel!',
  x: 'Year 5 are off to the Science Museum tomorrow, leaving school at 8.15am. #SchoolTrip',
  classdojo: 'Jacob had a tough day today, please talk to him at home about his behaviour.',
};

/** Opens the site's main composer (attaching the tour photo where the flow needs it first) and focuses it. */
async function openComposer(page: Page, site: FixtureSite): Promise<void> {
  switch (site) {
    case 'facebook':
      await page.click(
        '[role="region"][aria-label="Create a post"] [role="button"]:has-text("What\'s on your mind")',
      );
      await page.click('[role="dialog"] [data-lexical-editor="true"]');
      return;
    case 'instagram': {
      await page.click('svg[aria-label="New post"]');
      const dialog = page.locator('[role="dialog"]');
      await dialog.locator('input[type="file"]').setInputFiles(classTripPhoto());
      await dialog.locator('[role="button"]', { hasText: 'Next' }).click();
      await dialog.locator('[role="heading"]', { hasText: 'Edit' }).waitFor();
      await dialog.locator('[role="button"]', { hasText: 'Next' }).click();
      await dialog.locator('[aria-label="Write a caption..."]').click();
      return;
    }
    case 'x':
      await page.click('[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]');
      return;
    case 'classdojo':
      await page.click('textarea[data-name="storyComposerTextarea"]');
      return;
  }
}

async function tour(context: BrowserContext): Promise<void> {
  await mkdir(demoDir, { recursive: true });
  for (const [index, site] of FIXTURE_SITES.entries()) {
    const page = await context.newPage();
    try {
      await page.goto(siteUrl(site));
      await openComposer(page, site);
      await page.keyboard.type(TOUR_DRAFTS[site]);
      const file = path.join(demoDir, `${String(index + 1).padStart(2, '0')}-${site}.png`);
      await page.screenshot({ path: file });
      console.log(`  ${site}: ${path.relative(process.cwd(), file)}`);
    } finally {
      await page.close();
    }
  }
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) {
    const wxt = path.join(repoRoot, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
    const result = spawnSync(process.execPath, [wxt, 'build'], { cwd: repoRoot, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('wxt build failed');
  }
  await buildFixtureSites();

  let server: FixtureServer | undefined;
  let browser: LaunchedBrowser | undefined;
  const cleanUp = async (): Promise<void> => {
    await browser?.close();
    await server?.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().then(() => process.exit(130)));
  }
  try {
    server = await startFixtureServer({ port, verbose: !headless });
    browser = await launchBrowser({ extensionPath, headless, port: server.port });
    console.log(`SafeToPost ${browser.extensionId} loaded; fixture sites on 127.0.0.1:${server.port}`);
    if (headless) {
      console.log('No display: headless tour, screenshots in artifacts/demo/');
      browser.context.setDefaultTimeout(15_000);
      await tour(browser.context);
      return;
    }
    const [blank] = browser.context.pages();
    for (const site of FIXTURE_SITES) await (await browser.context.newPage()).goto(siteUrl(site));
    await blank?.close();
    console.log('Browse the four sites; close the browser window or press Ctrl+C to stop.');
    const context = browser.context;
    await new Promise<void>((resolve) => context.once('close', () => resolve()));
  } finally {
    await cleanUp();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(message.includes('EADDRINUSE') ? `Port ${port} is in use: try --port <n>` : error);
  process.exit(1);
});
