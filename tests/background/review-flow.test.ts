// The background's side of a post, with fakeBrowser: checks return spans only; a flagged post opens
// a session; the review page's choices are checked (locked rules, reasons), logged redacted, and
// relayed to the tab; tips mode logs what would have been blocked; badge and tab status.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAuditLog } from '../../src/audit/log';
import { handlePageMessage } from '../../src/background/page-messages';
import { handleReviewMessage } from '../../src/background/review-messages';
import { startBackground } from '../../src/background/service';
import type { CheckReply, PrePostReply } from '../../src/compose/protocol';
import type { Draft } from '../../src/engine/types';
import { parseRosterCsv } from '../../src/settings/roster-csv';
import { defaultSettings, type Settings } from '../../src/settings/schema';

const ROSTER = `first_name,last_name,preferred_name,year_group,class,photo_consent,name_consent,video_consent,do_not_publish
Amelia,Thornbury,,Year 4,Class 4,yes,yes,yes,no
Jasper,Quenby,,Year 4,Class 4,yes,no,yes,no`;
const TEXT = 'Well done Amelia Thornbury and Jasper! Assembly at 2.30pm.';
const draft: Draft = { platform: 'facebook', context: 'post', text: TEXT, media: [] };
const fromTab = { tab: { id: 5 } as never, frameId: 0 };
const fromReview = () => ({
  ...fromTab,
  id: browser.runtime.id,
  url: browser.runtime.getURL('/review.html') + '#x',
});

async function start(change: (s: Settings) => void = () => {}) {
  const settings = defaultSettings();
  change(settings);
  await browser.storage.local.set({ settings, roster: parseRosterCsv(ROSTER).pupils });
  const parts = startBackground();
  await parts.engine.ready;
  await parts.ready;
  await handlePageMessage(parts, { type: 'get-page-state', site: 'facebook' }, fromTab);
  return parts;
}

function tabReceives(answer: unknown = undefined) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => answer) as never);
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('background', () => {
  it('answers checks with spans and rule ids only (never consent findings), and counts them for the popup', async () => {
    const parts = await start();
    const reply = (await handlePageMessage(
      parts,
      { type: 'check', composerId: 'c1', draft },
      fromTab,
    )) as CheckReply;
    // The missing-consent finding holds the post but is not underlined: a page script could read that.
    expect(reply.spans.map((s) => s.rule).sort()).toEqual(['event-timing', 'pupil-full-name']);
    expect(reply.holds).toBe(true);
    expect(Object.keys(reply.spans[0]!).sort()).toEqual(['end', 'field', 'rule', 'severity', 'start']);
    expect(JSON.stringify(reply)).not.toMatch(/consent to|Quenby|Thornbury/);
    expect(parts.tabs.get(5)).toEqual({
      state: 'checking',
      findingsByRule: { 'event-timing': 1, 'missing-consent': 1, 'pupil-full-name': 1 },
    });
  });

  it('a clean post goes; a flagged one opens a review session with the full findings', async () => {
    const parts = await start();
    const clean = { ...draft, text: 'Thank you for coming!' };
    expect(
      await handlePageMessage(parts, { type: 'pre-post', composerId: 'c1', draft: clean }, fromTab),
    ).toEqual({
      decision: 'post',
    });
    const held = (await handlePageMessage(
      parts,
      { type: 'pre-post', composerId: 'c1', draft },
      fromTab,
    )) as PrePostReply;
    expect(held.decision).toBe('review');
    const sessionId = held.decision === 'review' ? held.sessionId : '';
    const reply = await handleReviewMessage(parts, { type: 'review-get', sessionId }, fromReview());
    expect(reply.data?.findings.map((f) => f.rule)).toEqual([
      'pupil-full-name',
      'missing-consent',
      'event-timing',
    ]);
    expect(reply.data?.findings[1]?.message).toContain('Jasper');
    // Only the review page of that tab may see it.
    const other = await handleReviewMessage(
      parts,
      { type: 'review-get', sessionId },
      { ...fromReview(), tab: { id: 9 } as never },
    );
    expect(other).toMatchObject({ ok: false, data: null });
    const page = await handleReviewMessage(
      parts,
      { type: 'review-get', sessionId },
      { ...fromTab, url: 'https://www.facebook.com/' },
    );
    expect(page).toMatchObject({ ok: false, data: null });
  });

  it('post anyway needs a reason, is logged redacted, and replays the post', async () => {
    const parts = await start();
    const held = (await handlePageMessage(parts, { type: 'pre-post', composerId: 'c1', draft }, fromTab)) as {
      sessionId: string;
    };
    const send = tabReceives();
    const act = (reason: string, note = '') =>
      handleReviewMessage(
        parts,
        { type: 'review-action', sessionId: held.sessionId, action: { kind: 'post-anyway', reason, note } },
        fromReview(),
      );
    expect(await act('')).toMatchObject({ ok: false, error: 'Please give a reason for posting anyway.' });
    expect(await act('Other')).toMatchObject({ ok: false });
    expect(send).not.toHaveBeenCalled();
    expect(await act('My headteacher or DSL approved this post', 'Mrs Khan')).toEqual({
      ok: true,
      data: null,
    });
    expect(send).toHaveBeenCalledWith(
      5,
      { type: 'review-command', sessionId: held.sessionId, command: { kind: 'post' } },
      { frameId: 0 },
    );
    const [entry] = await readAuditLog();
    expect(entry).toMatchObject({
      site: 'facebook',
      kind: 'override',
      ruleIds: ['pupil-full-name', 'missing-consent', 'event-timing'],
      reason: 'My headteacher or DSL approved this post: Mrs Khan',
      snippet: 'A***** T******** · J***** · a* 2*****',
    });
  });

  it('a locked block rule cannot be posted past, even after "not a problem"', async () => {
    const parts = await start((s) => (s.rules['missing-consent']!.overrideAllowed = false));
    const held = (await handlePageMessage(parts, { type: 'pre-post', composerId: 'c1', draft }, fromTab)) as {
      sessionId: string;
    };
    const act = (action: object) =>
      handleReviewMessage(
        parts,
        { type: 'review-action', sessionId: held.sessionId, action } as never,
        fromReview(),
      );
    const got = await handleReviewMessage(
      parts,
      { type: 'review-get', sessionId: held.sessionId },
      fromReview(),
    );
    const consent = got.data!.findings.find((f) => f.rule === 'missing-consent')!;
    expect(consent.overrideAllowed).toBe(false);
    const reported = await act({ kind: 'not-a-problem', key: consent.key, note: '' });
    expect(reported.data?.findings.find((f) => f.rule === 'missing-consent')?.dismissed).toBe(false);
    expect(reported.data?.notice).toMatch(/does not allow posting past this rule/);
    expect(await act({ kind: 'post-anyway', reason: 'Other', note: 'x' })).toMatchObject({ ok: false });
    const log = await readAuditLog();
    expect(log.map((e) => [e.kind, e.ruleIds, e.snippet])).toEqual([
      ['false-positive', ['missing-consent'], 'J*****'],
    ]);
  });

  it('apply fixes types them in the tab, re-checks what the editor holds, and posts when clean', async () => {
    const parts = await start();
    const text = 'Well done Amelia Thornbury! Assembly at 2.30pm.';
    const held = (await handlePageMessage(
      parts,
      { type: 'pre-post', composerId: 'c1', draft: { ...draft, text } },
      fromTab,
    )) as {
      sessionId: string;
    };
    const fixed = 'Well done Amelia! Assembly in the afternoon.';
    const send = tabReceives({ ok: true, draft: { ...draft, text: fixed } });
    const got = await handleReviewMessage(
      parts,
      { type: 'review-get', sessionId: held.sessionId },
      fromReview(),
    );
    const keys = got.data!.findings.map((f) => f.key);
    const reply = await handleReviewMessage(
      parts,
      { type: 'review-action', sessionId: held.sessionId, action: { kind: 'fix', keys, thenPost: true } },
      fromReview(),
    );
    expect(reply).toEqual({ ok: true, data: null });
    const [first, second] = send.mock.calls.map(
      (c) => c[1] as { command: { kind: string; edits?: unknown } },
    );
    expect(first!.command).toEqual({
      kind: 'apply-fixes',
      baseText: text,
      edits: [
        { start: 10, end: 26, replacement: 'Amelia' },
        { start: 37, end: 46, replacement: 'in the afternoon' },
      ],
    });
    expect(second!.command).toEqual({ kind: 'post' });
  });

  it('tips mode never holds, and logs what would have been blocked', async () => {
    const parts = await start((s) => (s.mode = 'tips'));
    expect(await handlePageMessage(parts, { type: 'pre-post', composerId: 'c1', draft }, fromTab)).toEqual({
      decision: 'post',
    });
    const [entry] = await readAuditLog();
    expect(entry).toMatchObject({
      kind: 'tips-would-block',
      ruleIds: ['pupil-full-name', 'missing-consent'],
    });
    expect(entry!.snippet).not.toMatch(/Amelia|Jasper/);
  });

  it('shows ! when a post box is not recognised and II when paused', async () => {
    const parts = await start();
    tabReceives();
    await handlePageMessage(
      parts,
      { type: 'report-status', state: 'not-checking', reason: 'no post button' },
      fromTab,
    );
    expect(parts.tabs.get(5).state).toBe('not-checking');
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('!'));
    await browser.storage.local.set({ pausedUntil: Date.now() + 60_000 });
    await vi.waitFor(async () => expect(await browser.action.getBadgeText({ tabId: 5 })).toBe('II'));
    expect(parts.tabs.get(5).state).toBe('paused');
    expect(parts.tabs.get(99)).toEqual({ state: 'unsupported', findingsByRule: {} });
  });
});
