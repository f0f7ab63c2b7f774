// Answers the review page (an extension page framed over the site): the full findings for its
// session, and the user's choices, relayed to the tab that holds the post. Only the review page of
// that same tab may act on a session.
import { browser, type Browser } from 'wxt/browser';
import { appendAuditEntry, type AuditEntry } from '../audit/log';
import type {
  ApplyFixesReply,
  ReviewAction,
  ReviewCommand,
  ReviewReply,
  ReviewRequest,
  TextEdit,
} from '../compose/protocol';
import type { BackgroundParts } from './page-messages';
import { isHolding } from './page-messages';
import { redactedSnippet } from './redact';
import { findingKey, openFindings, ruleConfig, toReviewData } from './review-data';
import type { ReviewSession } from './review-sessions';

type Sender = Browser.runtime.MessageSender;

function fromReviewPage(sender: Sender): boolean {
  return (
    sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/review.html'))
  );
}

export async function handleReviewMessage(
  parts: BackgroundParts,
  message: ReviewRequest,
  sender: Sender,
): Promise<ReviewReply> {
  if (message.type === 'review-abandon') {
    const tabId = sender.tab?.id;
    if (!fromReviewPage(sender) || tabId === undefined)
      return { ok: false, error: 'Not allowed.', data: null };
    await parts.sessions.remove(message.sessionId);
    const cmd = { type: 'review-command', sessionId: message.sessionId, command: { kind: 'edit' } };
    await browser.tabs.sendMessage(tabId, cmd, { frameId: 0 }).catch(() => {});
    return { ok: true, data: null };
  }
  const session = await parts.sessions.get(message.sessionId);
  if (!session || !fromReviewPage(sender) || sender.tab?.id !== session.tabId) {
    return { ok: false, error: 'This check has ended. Close this and press Post again.', data: null };
  }
  if (message.type === 'review-get') return { ok: true, data: toReviewData(session, parts.engine.settings) };
  return act(parts, session, message.action);
}

function command(session: ReviewSession, cmd: ReviewCommand): Promise<unknown> {
  return browser.tabs.sendMessage(
    session.tabId,
    { type: 'review-command', sessionId: session.id, command: cmd },
    { frameId: session.frameId },
  );
}

async function finish(
  parts: BackgroundParts,
  session: ReviewSession,
  cmd: ReviewCommand,
): Promise<ReviewReply> {
  await parts.sessions.remove(session.id);
  await command(session, cmd).catch(() => {});
  return { ok: true, data: null };
}

function audit(
  session: ReviewSession,
  entry: Pick<AuditEntry, 'kind' | 'ruleIds' | 'reason'>,
  findings = session.findings,
) {
  return appendAuditEntry({
    at: new Date().toISOString(),
    site: session.site,
    snippet: redactedSnippet(session.draft, findings),
    ...entry,
  });
}

async function act(
  parts: BackgroundParts,
  session: ReviewSession,
  action: ReviewAction,
): Promise<ReviewReply> {
  const settings = parts.engine.settings;
  const reply = (error?: string): ReviewReply => {
    const data = toReviewData(session, settings);
    return error ? { ok: false, error, data } : { ok: true, data };
  };
  switch (action.kind) {
    case 'edit':
      return finish(parts, session, { kind: 'edit' });

    case 'post':
      if (openFindings(session).length > 0) return reply('Some problems are still open.');
      return finish(parts, session, { kind: 'post' });

    case 'not-a-problem': {
      const finding = session.findings.find((f) => findingKey(session, f) === action.key);
      if (!finding) return reply('That problem is no longer in the post.');
      const note = action.note.trim();
      await audit(session, { kind: 'false-positive', ruleIds: [finding.rule], reason: note }, [finding]);
      const locked = finding.severity === 'block' && !ruleConfig(settings, finding.rule).overrideAllowed;
      if (!locked) session.dismissed.push(action.key);
      session.notice = locked
        ? 'Thank you, your report is in the log. Your school does not allow posting past this rule, so it still needs changing.'
        : 'Thank you, your report is in the log.';
      await parts.sessions.save(session);
      return reply();
    }

    case 'post-anyway': {
      const open = openFindings(session);
      const locked = open.filter(
        (f) => f.severity === 'block' && !ruleConfig(settings, f.rule).overrideAllowed,
      );
      if (locked.length > 0) return reply('Your school does not allow posting past some of these problems.');
      const needsReason = open.some((f) => ruleConfig(settings, f.rule).reasonRequired);
      const reason = action.reason.trim();
      const note = action.note.trim();
      if (needsReason && (!reason || (reason === 'Other' && !note)))
        return reply('Please give a reason for posting anyway.');
      const words = reason === 'Other' ? note : [reason, note].filter(Boolean).join(': ');
      await audit(
        session,
        { kind: 'override', ruleIds: [...new Set(open.map((f) => f.rule))], reason: words },
        open,
      );
      return finish(parts, session, { kind: 'post' });
    }

    case 'fix':
      return applyFixes(parts, session, action.keys, action.thenPost);
  }
}

async function applyFixes(parts: BackgroundParts, session: ReviewSession, keys: string[], thenPost: boolean) {
  const settings = parts.engine.settings;
  const edits: TextEdit[] = session.findings
    .filter((f) => f.field === 'text' && f.fix && keys.includes(findingKey(session, f)))
    .map((f) => ({ start: f.start, end: f.end, replacement: f.fix!.replacement }));
  if (edits.length === 0)
    return {
      ok: false,
      error: 'There is nothing to fix automatically.',
      data: toReviewData(session, settings),
    } as ReviewReply;
  let result: ApplyFixesReply | undefined;
  try {
    result = (await command(session, {
      kind: 'apply-fixes',
      baseText: session.draft.text,
      edits,
    })) as ApplyFixesReply;
  } catch {
    result = undefined;
  }
  if (!result)
    return {
      ok: false,
      error: 'The post could not be reached. Close this and try again.',
      data: toReviewData(session, settings),
    } as ReviewReply;
  // Re-check what the editor now holds: that, not our arithmetic, is what would be posted.
  session.draft = result.draft;
  session.findings = (await parts.engine.check(result.draft)).filter(isHolding);
  session.dismissed = session.dismissed.filter((key) =>
    session.findings.some((f) => findingKey(session, f) === key),
  );
  if (result.ok && thenPost && openFindings(session).length === 0)
    return finish(parts, session, { kind: 'post' });
  session.notice = result.ok
    ? openFindings(session).length === 0
      ? 'Fixed. Nothing else needs checking: you can post now.'
      : 'Fixed. Please check what is left.'
    : result.reason;
  await parts.sessions.save(session);
  const data = toReviewData(session, settings);
  return result.ok
    ? ({ ok: true, data } as ReviewReply)
    : ({ ok: false, error: result.reason, data } as ReviewReply);
}
