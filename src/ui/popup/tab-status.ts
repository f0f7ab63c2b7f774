// Ask the background what it is doing on the active tab (counts only: no names cross this boundary).

import { browser } from 'wxt/browser';

export const TAB_STATES = ['checking', 'not-checking', 'unsupported', 'paused'] as const;
export type TabState = (typeof TAB_STATES)[number];

export interface TabStatus {
  state: TabState;
  findingsByRule: Record<string, number>;
}

function isTabStatus(value: unknown): value is TabStatus {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (!(TAB_STATES as readonly unknown[]).includes(v.state)) return false;
  const f = v.findingsByRule;
  if (typeof f !== 'object' || f === null) return false;
  return Object.values(f).every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0);
}

/** The active tab's status, or null when the background did not answer sensibly (never assume "checking"). */
export async function fetchTabStatus(): Promise<TabStatus | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const answer: unknown = await browser.runtime.sendMessage({ type: 'get-tab-status', tabId: tab.id });
    return isTabStatus(answer) ? answer : null;
  } catch {
    return null;
  }
}
