// Looks at the extension from the outside, the way its own pages do: seeds the roster and settings
// through the service worker, asks the background for a tab's status like the popup does, reads the
// audit log and badge, and finds the review dialog's frame. Nothing is exposed to the site's page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import type { AuditEntry } from '../../src/audit/log';
import type { TabStatus } from '../../src/compose/protocol';
import type { Pupil } from '../../src/engine/types';
import { parseRosterCsv } from '../../src/settings/roster-csv';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import type { FixtureSite } from '../fixtures/sites/build';
import type { browser } from 'wxt/browser';

// The functions below run inside the extension (service worker, popup page), where `chrome` exists.
declare const chrome: typeof browser;

const here = path.dirname(fileURLToPath(import.meta.url));

/** The invented pupils the e2e tests use (tests/e2e/fixtures/roster.csv). */
export function e2eRoster(): Pupil[] {
  const parsed = parseRosterCsv(readFileSync(path.join(here, 'fixtures', 'roster.csv'), 'utf8'));
  if (parsed.errors.length > 0) throw new Error(`roster.csv: ${JSON.stringify(parsed.errors)}`);
  return parsed.pupils;
}

/** Every name in the roster, for the "nothing leaks into the page" scan. */
export function rosterNames(pupils: readonly Pupil[]): string[] {
  return [...new Set(pupils.flatMap((p) => [p.firstName, p.lastName, p.preferredName]).filter(Boolean))];
}

export class ExtensionProbe {
  private constructor(
    readonly worker: Worker,
    readonly page: Page,
  ) {}

  /** Opens an extension page (the popup) to talk to the background as the popup would. */
  static async open(context: BrowserContext, extensionId: string): Promise<ExtensionProbe> {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ??
      (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    return new ExtensionProbe(worker, page);
  }

  async seed(pupils: readonly Pupil[], change: (s: Settings) => void = () => {}): Promise<void> {
    const settings = defaultSettings();
    change(settings);
    await this.worker.evaluate(
      async ({ roster, settings }) => {
        await chrome.storage.local.remove(['audit', 'pausedUntil']);
        await chrome.storage.local.set({ roster, settings });
      },
      { roster: pupils, settings },
    );
  }

  /** What the options page shows as the roster's source, as an import through it records. */
  async setRosterMeta(fileName: string): Promise<void> {
    const meta = { importedAt: new Date().toISOString(), fileName };
    await this.worker.evaluate((meta) => chrome.storage.local.set({ 'roster.meta': meta }), meta);
  }

  async setSettings(change: (s: Settings) => void): Promise<void> {
    const settings = defaultSettings();
    change(settings);
    await this.worker.evaluate((settings) => chrome.storage.local.set({ settings }), settings);
  }

  async setPausedUntil(until: number | null): Promise<void> {
    await this.worker.evaluate(
      (until) =>
        until === null
          ? chrome.storage.local.remove('pausedUntil')
          : chrome.storage.local.set({ pausedUntil: until }),
      until,
    );
  }

  async auditLog(): Promise<AuditEntry[]> {
    return this.worker.evaluate(
      async () => ((await chrome.storage.local.get('audit')).audit as AuditEntry[]) ?? [],
    );
  }

  /** The id of the newest tab the background knows to be showing `site`. */
  async tabId(site: FixtureSite): Promise<number> {
    const ids = await this.page.evaluate(async (site) => {
      const stored = (await chrome.storage.session.get('tabStatus')).tabStatus as Record<
        string,
        { site: string }
      >;
      return Object.entries(stored ?? {})
        .filter(([, rec]) => rec.site === site)
        .map(([id]) => Number(id));
    }, site);
    if (ids.length === 0) throw new Error(`the background knows no ${site} tab`);
    return Math.max(...ids);
  }

  /** `{type: 'get-tab-status'}` exactly as the popup sends it. */
  async tabStatus(site: FixtureSite): Promise<TabStatus> {
    const tabId = await this.tabId(site);
    return this.page.evaluate(
      (tabId) => chrome.runtime.sendMessage({ type: 'get-tab-status', tabId }),
      tabId,
    );
  }

  /**
   * popup.html as the toolbar button would show it over `site`'s tab: that tab is made active and the
   * popup opens in a background tab beside it, so the popup's "active tab in this window" is the site.
   */
  async openPopupFor(site: FixtureSite): Promise<Page> {
    const tabId = await this.tabId(site);
    const url = new URL('popup.html', this.page.url()).href;
    const opened = this.page.context().waitForEvent('page');
    await this.worker.evaluate(
      async ({ tabId, url }) => {
        const tab = await chrome.tabs.update(tabId, { active: true });
        await chrome.tabs.create({ url, active: false, windowId: tab!.windowId, index: tab!.index + 1 });
      },
      { tabId, url },
    );
    const popup = await opened;
    await popup.waitForURL(url);
    return popup;
  }

  async badge(site: FixtureSite): Promise<string> {
    const tabId = await this.tabId(site);
    return this.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
  }

  /** Polls the tab status until `ok` holds (as-you-type checks are debounced and idle-scheduled). */
  async waitForStatus(
    site: FixtureSite,
    ok: (s: TabStatus) => boolean,
    timeout = 10_000,
  ): Promise<TabStatus> {
    const until = Date.now() + timeout;
    let last: TabStatus | null = null;
    while (Date.now() < until) {
      last = await this.tabStatus(site).catch(() => null);
      if (last && ok(last)) return last;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`tab status never matched; last: ${JSON.stringify(last)}`);
  }
}

/** The review dialog's frame (an extension page framed inside our closed shadow root). */
export async function waitForReviewFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    const frame = page.frames().find((f) => f.url().includes('/review.html'));
    if (frame && !frame.isDetached()) {
      const ready = await frame
        .locator('[role="dialog"] h1')
        .isVisible()
        .catch(() => false);
      if (ready) return frame;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the review dialog did not open');
}

export async function waitForReviewClosed(page: Page, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (!page.frames().some((f) => f.url().includes('/review.html') && !f.isDetached())) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the review dialog did not close');
}
