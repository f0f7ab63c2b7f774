// Pausing checks for a while (from the popup). The background reads 'pausedUntil' (epoch ms).

import { browser } from 'wxt/browser';
import { describeWriteError } from './storage';

export const PAUSED_UNTIL_KEY = 'pausedUntil';
export const PAUSE_MS = 60 * 60 * 1000;

/** When checking resumes (epoch ms), or null when it is not paused. */
export async function readPausedUntil(now = Date.now()): Promise<number | null> {
  const stored = await browser.storage.local.get(PAUSED_UNTIL_KEY);
  const until = stored[PAUSED_UNTIL_KEY];
  return typeof until === 'number' && Number.isFinite(until) && until > now ? until : null;
}

export async function pauseChecking(durationMs = PAUSE_MS, now = Date.now()): Promise<number> {
  const until = now + durationMs;
  try {
    await browser.storage.local.set({ [PAUSED_UNTIL_KEY]: until });
  } catch (e) {
    throw describeWriteError(e, 'pause');
  }
  return until;
}

export async function resumeChecking(): Promise<void> {
  await browser.storage.local.remove(PAUSED_UNTIL_KEY);
}
