// Answers the content scripts: checks (spans and rule ids only), post-time decisions, status.
// Nothing personal goes back: no messages, no names, no consent facts.
import type { Browser } from 'wxt/browser';
import { appendAuditEntry } from '../audit/log';
import type { CheckReply, ContentRequest, PageState, PrePostReply, SiteId, Span } from '../compose/protocol';
import type { Draft, Finding } from '../engine/types';
import type { EngineHost } from './engine-host';
import { redactedSnippet } from './redact';
import type { ReviewSessions } from './review-sessions';
import type { TabStatusStore } from './tab-status';

export interface BackgroundParts {
  engine: EngineHost;
  tabs: TabStatusStore;
  sessions: ReviewSessions;
  pageState(site: SiteId): PageState;
}

type Sender = Browser.runtime.MessageSender;

const SITES: readonly string[] = ['facebook', 'instagram', 'x', 'classdojo'];

export function isHolding(f: Finding): boolean {
  return f.severity === 'block' || f.severity === 'warn';
}

function toSpan({ rule, severity, field, start, end }: Finding): Span {
  return { rule, severity, field, start, end };
}

// Rules whose findings come from consent facts: shown only in the review dialog, never underlined.
const CONSENT_RULES: ReadonlySet<string> = new Set(['missing-consent']);

/** The spans the page may see: everything but consent findings. */
export function pageSpans(findings: readonly Finding[]): Span[] {
  return findings.filter((f) => !CONSENT_RULES.has(f.rule)).map(toSpan);
}

function siteOf(draft: Draft | undefined): SiteId | null {
  return draft && SITES.includes(draft.platform) ? (draft.platform as SiteId) : null;
}

/** Handles a message from a content script; undefined when it is not one. */
export function handlePageMessage(
  parts: BackgroundParts,
  message: ContentRequest,
  sender: Sender,
): Promise<unknown> | undefined {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return undefined;
  const frameId = sender.frameId ?? 0;
  switch (message.type) {
    case 'get-page-state':
      if (!SITES.includes(message.site)) return undefined;
      return parts.engine.ready.then(() => {
        parts.tabs.pageStarted(tabId, message.site);
        return parts.pageState(message.site);
      });
    case 'report-status': {
      const site = parts.tabs.knownTabs().find(([id]) => id === tabId)?.[1];
      if (site) parts.tabs.report(tabId, site, message.state, message.reason);
      return Promise.resolve();
    }
    case 'composer-gone':
      parts.tabs.composerGone(tabId, message.composerId);
      return Promise.resolve();
    case 'check':
      return check(parts, tabId, message.composerId, message.draft);
    case 'pre-post':
      return prePost(parts, tabId, frameId, message.composerId, message.draft);
    case 'tips-post':
      return tipsPost(parts, message.draft);
    case 'review-closed':
      return parts.sessions.remove(message.sessionId);
    default:
      return undefined;
  }
}

async function check(
  parts: BackgroundParts,
  tabId: number,
  composerId: string,
  draft: Draft,
): Promise<CheckReply | null> {
  const site = siteOf(draft);
  if (!site) return null;
  const findings = await parts.engine.check(draft);
  parts.tabs.setCounts(
    tabId,
    site,
    composerId,
    findings.map((f) => f.rule),
  );
  return { spans: pageSpans(findings), holds: findings.some(isHolding), state: parts.pageState(site) };
}

async function prePost(
  parts: BackgroundParts,
  tabId: number,
  frameId: number,
  composerId: string,
  draft: Draft,
): Promise<PrePostReply> {
  const site = siteOf(draft);
  if (!site) return { decision: 'post' };
  const state = parts.pageState(site);
  if (!state.siteEnabled || Date.now() < state.pausedUntil) return { decision: 'post' };
  if (state.mode === 'tips') {
    await tipsPost(parts, draft);
    return { decision: 'post' };
  }
  const findings = (await parts.engine.check(draft)).filter(isHolding);
  if (findings.length === 0) return { decision: 'post' };
  const session = await parts.sessions.create({ tabId, frameId, site, composerId, draft, findings });
  return { decision: 'review', sessionId: session.id };
}

/** Tips mode never holds a post; what would have been blocked is logged for the headteacher. */
async function tipsPost(parts: BackgroundParts, draft: Draft): Promise<void> {
  const site = siteOf(draft);
  if (!site) return;
  const blocked = (await parts.engine.check(draft)).filter((f) => f.severity === 'block');
  if (blocked.length === 0) return;
  await appendAuditEntry({
    at: new Date().toISOString(),
    site,
    kind: 'tips-would-block',
    ruleIds: [...new Set(blocked.map((f) => f.rule))],
    reason: '',
    snippet: redactedSnippet(draft, blocked),
  });
}
