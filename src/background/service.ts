// The background worker's wiring: engine, tab status and badge, review sessions, pause, and the one
// message listener that routes to the page and review handlers. Listeners are added synchronously
// (an MV3 worker must register them on its first turn).
import { browser } from 'wxt/browser';
import type { ContentRequest, PageState, ReviewRequest, SiteId, TabStatus } from '../compose/protocol';
import { EngineHost } from './engine-host';
import { handlePageMessage, type BackgroundParts } from './page-messages';
import { handleReviewMessage } from './review-messages';
import { ReviewSessions } from './review-sessions';
import { TabStatusStore } from './tab-status';

export const PAUSED_UNTIL_KEY = 'pausedUntil';

const PAGE_MESSAGE_TYPES = new Set<string>([
  'get-page-state',
  'check',
  'composer-gone',
  'report-status',
  'pre-post',
  'tips-post',
  'review-closed',
] satisfies ContentRequest['type'][]);

export function startBackground(): BackgroundParts & { ready: Promise<unknown> } {
  let pausedUntil = 0;
  const engine = new EngineHost(() => broadcast());
  const tabs = new TabStatusStore({
    isPaused: () => Date.now() < pausedUntil,
    isSiteEnabled: (site) => engine.settings.sites[site] ?? true,
  });
  const sessions = new ReviewSessions();
  const pageState = (site: SiteId): PageState => ({
    siteEnabled: engine.settings.sites[site] ?? true,
    mode: engine.settings.mode,
    pausedUntil,
    configVersion: engine.version,
  });
  const parts: BackgroundParts = { engine, tabs, sessions, pageState };

  /** Tells every page we know of about new settings or a pause, and redraws badges. */
  const broadcast = (): void => {
    tabs.refreshAllBadges();
    for (const [tabId, site] of tabs.knownTabs()) {
      const push = { type: 'page-state', state: pageState(site) };
      // The tab may be gone or its content script not loaded yet: it asks again when it starts.
      Promise.resolve()
        .then(() => browser.tabs.sendMessage(tabId, push))
        .catch(() => {});
    }
  };

  const pauseLoaded = browser.storage.local.get(PAUSED_UNTIL_KEY).then((stored) => {
    pausedUntil = Number(stored[PAUSED_UNTIL_KEY]) || 0;
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(PAUSED_UNTIL_KEY in changes)) return;
    pausedUntil = Number(changes[PAUSED_UNTIL_KEY]?.newValue) || 0;
    broadcast();
  });
  const ready = Promise.all([pauseLoaded, tabs.loaded]);

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as { type?: string; tabId?: number };
    if (m?.type === 'get-tab-status') {
      return ready.then((): TabStatus => tabs.get(Number(m.tabId)));
    }
    if (m?.type === 'review-get' || m?.type === 'review-action' || m?.type === 'review-abandon') {
      return ready.then(() => handleReviewMessage(parts, message as ReviewRequest, sender));
    }
    if (typeof m?.type === 'string' && PAGE_MESSAGE_TYPES.has(m.type)) {
      return ready.then(() => handlePageMessage(parts, message as ContentRequest, sender));
    }
    return undefined; // not ours: leave it to other listeners (options page, popup)
  });
  return { ...parts, ready };
}
