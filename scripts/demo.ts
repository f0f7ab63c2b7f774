// `npm run demo`: builds SafeToPost and the four local fixture sites, serves them under their real host
// names (https://www.facebook.com/ etc., resolved to 127.0.0.1 inside this browser only), and opens
// Chromium with the extension loaded and a roster of invented pupils already imported
// (tests/e2e/fixtures/roster.csv, seeded through the service worker as the e2e tests do).
// With a display: one tab per site and the settings page; try the drafts printed below, until you close
// the window or press Ctrl+C. Without one (or with --headless): a scripted tour that writes numbered
// screenshots to artifacts/demo/ and exits.
// Flags: --no-build (reuse .output/chrome-mv3, or $E2E_EXTENSION), --headless, --port <n>, --verbose.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FIXTURE_SITES, type FixtureSite } from '../tests/fixtures/sites/build';
import { e2eRoster } from '../tests/e2e/extension-probe';
import { siteUrl } from '../tests/e2e/harness';
import { classTripPhoto } from '../tests/e2e/sample-media';
import { buildExtension, REPO_ROOT, startSession, withDeadline, type Session } from '../tests/e2e/session';
import { SITES } from '../tests/e2e/sites';
import { runTour, TOUR } from './demo-tour';

const demoDir = path.join(REPO_ROOT, 'artifacts', 'demo');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;
const headless = args.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
/** The headless tour normally takes about 30 s; past this something is stuck. */
const TOUR_DEADLINE_MS = 75_000;
const ROSTER_FILE = 'roster.csv';

const NAMES: Record<FixtureSite, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  classdojo: 'ClassDojo',
};

function instructions(photo: string, session: Session): string {
  const lines = [
    '',
    `SafeToPost is loaded, with the ${e2eRoster().length} invented pupils of tests/e2e/fixtures/roster.csv imported`,
    '(see them and their consent in the “SafeToPost settings” tab).',
    '',
    `Try it. On each site attach a photo (${path.relative(process.cwd(), photo)} will do), type the draft,`,
    'see the underlines, then press Post (Share on Instagram):',
  ];
  for (const stop of TOUR) {
    lines.push(`  ${NAMES[stop.site].padEnd(10)} ${stop.howToOpen}`, `  ${''.padEnd(10)} ${stop.draft}`);
  }
  lines.push(
    '',
    'The review dialog lists what to check against the policy, each with its fix. Apply the fixes, then',
    'Post anyway (your reason goes into the Audit log, in settings) or Edit post. A clean draft posts',
    'with no dialog at all.',
    '',
    `Settings: ${session.extensionUrl('options.html')}`,
    'Close the browser window or press Ctrl+C to stop.',
    '',
  );
  return lines.join('\n');
}

async function browse(session: Session): Promise<void> {
  const { context } = session.browser;
  const photo = path.join(demoDir, 'class_trip.jpg');
  await writeFile(photo, classTripPhoto().buffer);
  // The probe's extension tab becomes the settings page, on the Pupils tab.
  await session.probe.page.goto(session.extensionUrl('options.html#pupils'));
  for (const page of context.pages()) if (page !== session.probe.page) await page.close();
  const tabs = [];
  for (const site of FIXTURE_SITES) {
    const page = await context.newPage();
    await page.goto(siteUrl(site, SITES.find((d) => d.site === site)!.path));
    tabs.push(page);
  }
  await tabs[0]!.bringToFront();
  console.log(instructions(photo, session));
  await new Promise<void>((resolve) => context.once('close', () => resolve()));
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!args.includes('--no-build')) buildExtension();
  let close: (() => Promise<void>) | undefined;
  const stop = (code: number): void => {
    void (close?.() ?? Promise.resolve()).finally(() => process.exit(code));
  };
  process.once('SIGINT', () => stop(130));
  process.once('SIGTERM', () => stop(143));
  try {
    const session = await startSession(
      {
        headless,
        port,
        verbose: args.includes('--verbose'),
        pupils: e2eRoster(),
        rosterFileName: ROSTER_FILE,
      },
      (c) => (close = c),
    );
    console.log(
      `SafeToPost ${session.browser.extensionId} loaded in Chromium, ${e2eRoster().length} pupils imported; ` +
        `fixture sites on 127.0.0.1:${session.server.port}`,
    );
    if (!headless) return await browse(session);
    session.browser.context.setDefaultTimeout(15_000);
    console.log('Headless tour: screenshots in artifacts/demo/');
    const shots = await withDeadline(runTour(session, demoDir), TOUR_DEADLINE_MS, 'the demo tour');
    console.log(`${shots.length} screenshots; done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await close?.();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message.includes('EADDRINUSE') ? `Port ${port} is in use: try --port <n>` : error);
    process.exit(1);
  },
);
