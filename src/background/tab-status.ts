// What each tab's page is doing, for the toolbar badge and the popup ({type:'get-tab-status'}).
// Counts per rule only: no names, no text. Kept in storage.session so a restarted worker remembers.
import { browser } from 'wxt/browser';
import type { SiteId, TabStatus } from '../compose/protocol';

interface TabRecord {
  site: SiteId;
  reported: 'checking' | 'not-checking';
  reason: string;
  /** composer id → rule id → findings in that composer's latest check. */
  counts: Record<string, Record<string, number>>;
}

export interface TabContext {
  isPaused(): boolean;
  isSiteEnabled(site: SiteId): boolean;
}

const STORAGE_KEY = 'tabStatus';
const AMBER = '#9a6700';
const GREY = '#57606a';

export class TabStatusStore {
  private tabs = new Map<number, TabRecord>();
  readonly loaded: Promise<void>;

  constructor(private readonly context: TabContext) {
    this.loaded = this.load();
    browser.tabs?.onRemoved?.addListener((tabId) => this.forget(tabId));
  }

  knownTabs(): Array<[number, SiteId]> {
    return [...this.tabs].map(([id, rec]) => [id, rec.site]);
  }

  /** A content script started (or restarted after navigation) in this tab. */
  pageStarted(tabId: number, site: SiteId): void {
    this.tabs.set(tabId, { site, reported: 'checking', reason: '', counts: {} });
    this.changed(tabId);
  }

  report(tabId: number, site: SiteId, state: 'checking' | 'not-checking', reason: string): void {
    const rec = this.tabs.get(tabId) ?? { site, reported: state, reason, counts: {} };
    rec.reported = state;
    rec.reason = reason;
    this.tabs.set(tabId, rec);
    this.changed(tabId);
  }

  setCounts(tabId: number, site: SiteId, composerId: string, rules: readonly string[]): void {
    const rec = this.tabs.get(tabId) ?? { site, reported: 'checking' as const, reason: '', counts: {} };
    const counts: Record<string, number> = {};
    for (const rule of rules) counts[rule] = (counts[rule] ?? 0) + 1;
    rec.counts[composerId] = counts;
    this.tabs.set(tabId, rec);
    this.changed(tabId);
  }

  composerGone(tabId: number, composerId: string): void {
    const rec = this.tabs.get(tabId);
    if (rec && composerId in rec.counts) {
      delete rec.counts[composerId];
      this.changed(tabId);
    }
  }

  get(tabId: number): TabStatus {
    const rec = this.tabs.get(tabId);
    if (!rec) return { state: 'unsupported', findingsByRule: {} };
    const findingsByRule: Record<string, number> = {};
    for (const counts of Object.values(rec.counts)) {
      for (const [rule, n] of Object.entries(counts)) findingsByRule[rule] = (findingsByRule[rule] ?? 0) + n;
    }
    if (this.context.isPaused()) return { state: 'paused', findingsByRule };
    if (!this.context.isSiteEnabled(rec.site)) return { state: 'not-checking', findingsByRule: {} };
    return { state: rec.reported, findingsByRule };
  }

  /** Why the tab is not checking, in words (for logs and the popup's details). */
  reason(tabId: number): string {
    return this.tabs.get(tabId)?.reason ?? '';
  }

  refreshAllBadges(): void {
    for (const tabId of this.tabs.keys()) void this.updateBadge(tabId);
  }

  private forget(tabId: number): void {
    if (this.tabs.delete(tabId)) void this.save();
  }

  private changed(tabId: number): void {
    void this.updateBadge(tabId);
    void this.save();
  }

  private async updateBadge(tabId: number): Promise<void> {
    const action = browser.action;
    if (!action?.setBadgeText) return;
    const { state } = this.get(tabId);
    const text = state === 'paused' ? 'II' : state === 'not-checking' ? '!' : '';
    try {
      await action.setBadgeText({ tabId, text });
      if (text) await action.setBadgeBackgroundColor({ tabId, color: state === 'paused' ? GREY : AMBER });
    } catch {
      this.tabs.delete(tabId); // the tab is gone
    }
  }

  private async load(): Promise<void> {
    const area = browser.storage.session;
    if (!area) return;
    const stored = (await area.get(STORAGE_KEY))[STORAGE_KEY] as Record<string, TabRecord> | undefined;
    for (const [id, rec] of Object.entries(stored ?? {}))
      if (!this.tabs.has(Number(id))) this.tabs.set(Number(id), rec);
  }

  private async save(): Promise<void> {
    await browser.storage.session?.set({ [STORAGE_KEY]: Object.fromEntries(this.tabs) });
  }
}
