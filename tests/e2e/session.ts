// The e2e set-up in one call, for `npm run demo` and `npm run bench:browser`: build the extension
// (wxt build), build the fixture sites into a folder of this run's own, serve them, launch Chromium
// with the extension and seed the roster through the service worker. `close()` undoes all of it and
// is safe to call twice, or after a failed start.
import { spawnSync, type StdioOptions } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pupil } from '../../src/engine/types';
import type { Settings } from '../../src/settings/schema';
import { buildFixtureSites } from '../fixtures/sites/build';
import { ExtensionProbe } from './extension-probe';
import {
  launchBrowser,
  startFixtureServer,
  type FixtureServer,
  type LaunchedBrowser,
  type LaunchOptions,
} from './harness';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where `wxt build` puts the Chrome build; E2E_EXTENSION points elsewhere, as for the specs. */
export const EXTENSION_PATH = process.env.E2E_EXTENSION ?? path.join(REPO_ROOT, '.output', 'chrome-mv3');

/** `wxt build`, its output on our stdout (or stderr, when stdout is for results). Throws when it fails. */
export function buildExtension(output: 'stdout' | 'stderr' = 'stdout'): void {
  const wxt = path.join(REPO_ROOT, 'node_modules', 'wxt', 'bin', 'wxt.mjs');
  const stdio: StdioOptions = output === 'stdout' ? 'inherit' : ['ignore', 2, 2];
  const result = spawnSync(process.execPath, [wxt, 'build'], { cwd: REPO_ROOT, stdio });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status})`);
}

export interface SessionOptions {
  headless: boolean;
  /** 0 picks a free port. */
  port?: number;
  /** Log each request the fixture server answers. */
  verbose?: boolean;
  /** Imported into storage.local before any site is opened (with default settings). */
  pupils: readonly Pupil[];
  /** The file name the options page says the roster came from. */
  rosterFileName?: string;
  settings?: (s: Settings) => void;
  viewport?: LaunchOptions['viewport'];
}

export interface Session {
  server: FixtureServer;
  browser: LaunchedBrowser;
  /** Talks to the background through an extension page (popup.html, in its own tab). */
  probe: ExtensionProbe;
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

/** Starts everything; on failure closes what did start and rethrows. `onStarted` sees the closer early. */
export async function startSession(
  options: SessionOptions,
  onStarted: (close: () => Promise<void>) => void = () => {},
): Promise<Session> {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json')))
    throw new Error(`No built extension at ${EXTENSION_PATH}: run \`npm run build\``);
  let sitesDir: string | undefined;
  let server: FixtureServer | undefined;
  let browser: LaunchedBrowser | undefined;
  let closing: Promise<void> | undefined;
  // Playwright ends the process itself on Ctrl+C once the browser is closed: the folder goes then.
  const removeSitesOnExit = (): void => {
    if (sitesDir) rmSync(sitesDir, { recursive: true, force: true });
  };
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      await browser?.close().catch(() => {});
      await server?.close().catch(() => {});
      if (sitesDir) await rm(sitesDir, { recursive: true, force: true });
      process.off('exit', removeSitesOnExit);
    })());
  onStarted(close);
  try {
    // A folder of our own, so a concurrent `npm run test:e2e` rebuilding artifacts/ cannot pull the
    // files from under this server, nor this run from under it.
    sitesDir = await mkdtemp(path.join(os.tmpdir(), 'safetopost-sites-'));
    process.once('exit', removeSitesOnExit);
    await buildFixtureSites(sitesDir);
    server = await startFixtureServer({ root: sitesDir, port: options.port ?? 0, verbose: options.verbose });
    browser = await launchBrowser({
      extensionPath: EXTENSION_PATH,
      headless: options.headless,
      port: server.port,
      viewport: options.viewport,
    });
    const probe = await ExtensionProbe.open(browser.context, browser.extensionId);
    await probe.seed(options.pupils, options.settings);
    if (options.rosterFileName) await probe.setRosterMeta(options.rosterFileName);
    const extensionId = browser.extensionId;
    return {
      server,
      browser,
      probe,
      extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** `work`, or a rejection naming `what` if it has not settled within `ms` (the caller then cleans up). */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
