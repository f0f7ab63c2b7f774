// A held post under review: the draft, its findings, which tab and frame hold it. Kept in
// storage.session too (extension pages only; not content scripts), so a worker that is stopped while
// the user reads the dialog picks the session up again.
import { browser } from 'wxt/browser';
import type { SiteId } from '../compose/protocol';
import type { Draft, Finding } from '../engine/types';

export interface ReviewSession {
  id: string;
  tabId: number;
  frameId: number;
  site: SiteId;
  composerId: string;
  draft: Draft;
  /** warn and block findings of the latest check of `draft`. */
  findings: Finding[];
  /** Keys of findings reported as "not a problem" (and overridable). */
  dismissed: string[];
  notice: string;
}

const PREFIX = 'review:';

export class ReviewSessions {
  private readonly sessions = new Map<string, ReviewSession>();

  async create(fields: Omit<ReviewSession, 'id' | 'dismissed' | 'notice'>): Promise<ReviewSession> {
    // Close any older session for the same tab: one dialog per tab.
    for (const s of this.sessions.values()) if (s.tabId === fields.tabId) await this.remove(s.id);
    const session: ReviewSession = { ...fields, id: crypto.randomUUID(), dismissed: [], notice: '' };
    await this.save(session);
    return session;
  }

  async get(id: string): Promise<ReviewSession | null> {
    const known = this.sessions.get(id);
    if (known) return known;
    const stored = (await browser.storage.session?.get(PREFIX + id))?.[PREFIX + id] as
      ReviewSession | undefined;
    if (stored) this.sessions.set(id, stored);
    return stored ?? null;
  }

  async save(session: ReviewSession): Promise<void> {
    this.sessions.set(session.id, session);
    await browser.storage.session?.set({ [PREFIX + session.id]: session });
  }

  async remove(id: string): Promise<void> {
    this.sessions.delete(id);
    await browser.storage.session?.remove(PREFIX + id);
  }
}
