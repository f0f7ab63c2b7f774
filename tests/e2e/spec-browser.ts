// The set-up every e2e spec shares: the built extension (E2E_EXTENSION or .output/chrome-mv3), the
// fixture sites served on a free port, Chromium with the extension, and a probe of its worker.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { buildFixtureSites } from '../fixtures/sites/build';
import { ExtensionProbe } from './extension-probe';
import { launchBrowser, startFixtureServer, type FixtureServer, type LaunchedBrowser } from './harness';

import { EXTENSION_PATH } from './session';

export { REPO_ROOT } from './session';

export interface SpecBrowser {
  server: FixtureServer;
  launched: LaunchedBrowser;
  probe: ExtensionProbe;
  close(): Promise<void>;
}

/** Starts everything a spec needs; `shots` is created for its screenshots. */
export async function openSpecBrowser(shots: string): Promise<SpecBrowser> {
  if (!existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_PATH}`);
  }
  await mkdir(shots, { recursive: true });
  await buildFixtureSites();
  const server = await startFixtureServer({ port: 0 });
  let launched: LaunchedBrowser | undefined;
  try {
    launched = await launchBrowser({
      extensionPath: EXTENSION_PATH,
      headless: process.env.E2E_HEADED !== '1',
      port: server.port,
    });
    launched.context.setDefaultTimeout(10_000);
    const probe = await ExtensionProbe.open(launched.context, launched.extensionId);
    const browser = launched;
    return {
      server,
      launched: browser,
      probe,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (e) {
    await launched?.close();
    await server.close();
    throw e;
  }
}
