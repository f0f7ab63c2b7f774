// The messages between the content script, the background worker and the review page.
// Types only (erased at build time): what crosses to the content script carries spans and rule ids,
// never messages, names or consent facts; those go only to the review page (extension origin).
import type { Draft, FieldId, Severity } from '../engine/types';

export type SiteId = 'facebook' | 'instagram' | 'x' | 'classdojo';

/** A flagged span as the page may know it: where, which rule, how serious. */
export interface Span {
  rule: string;
  severity: Severity;
  field: FieldId;
  start: number;
  end: number;
}

/** What the content script needs to know to behave; nothing personal. */
export interface PageState {
  siteEnabled: boolean;
  mode: 'enforce' | 'tips';
  /** Epoch ms; checking and holding stop while Date.now() is before it. */
  pausedUntil: number;
  /** Bumped whenever settings or roster change, so cached "clean" results expire. */
  configVersion: number;
}

export type TabState = 'checking' | 'not-checking' | 'unsupported' | 'paused';

export interface TabStatus {
  state: TabState;
  findingsByRule: Record<string, number>;
}

// ─── content script → background ───────────────────────────────────────────────────────────────

export type ContentRequest =
  | { type: 'get-page-state'; site: SiteId }
  | { type: 'check'; composerId: string; draft: Draft }
  | { type: 'composer-gone'; composerId: string }
  | { type: 'report-status'; state: 'checking' | 'not-checking'; reason: string }
  | { type: 'pre-post'; composerId: string; draft: Draft }
  | { type: 'tips-post'; draft: Draft }
  | { type: 'review-closed'; sessionId: string };

export interface CheckReply {
  /** What to underline. Consent findings are left out: an underline a page script can see must not
   * tell it which pupils lack consent. */
  spans: Span[];
  /** Whether anything (including what is not underlined) would hold the post for review. */
  holds: boolean;
  /** The state the check ran under; newer than the page's when settings changed meanwhile. */
  state: PageState;
}

export type PrePostReply = { decision: 'post' } | { decision: 'review'; sessionId: string };

// ─── background → content script ───────────────────────────────────────────────────────────────

/** One replacement in the post text; offsets are into `baseText`. */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

export type ReviewCommand =
  { kind: 'edit' } | { kind: 'post' } | { kind: 'apply-fixes'; baseText: string; edits: TextEdit[] };

export type BackgroundPush =
  | { type: 'page-state'; state: PageState }
  | { type: 'review-command'; sessionId: string; command: ReviewCommand };

/** The content script's answer to apply-fixes: the draft as it now reads. */
export type ApplyFixesReply = { ok: true; draft: Draft } | { ok: false; reason: string; draft: Draft };

// ─── review page ↔ background ──────────────────────────────────────────────────────────────────

export interface Citation {
  school: string;
  section: string;
  quote: string;
}

export interface ReviewFinding {
  /** Stable across re-checks: rule, field and the flagged words. */
  key: string;
  rule: string;
  ruleTitle: string;
  severity: Severity;
  field: FieldId;
  /** The flagged words with a little context, shown in the dialog (extension origin only). */
  before: string;
  flagged: string;
  after: string;
  message: string;
  fix?: { label: string; replacement: string };
  citations: Citation[];
  overrideAllowed: boolean;
  reasonRequired: boolean;
  /** Reported as "not a problem" (and the rule may be overridden). */
  dismissed: boolean;
}

export interface ReviewData {
  sessionId: string;
  site: SiteId;
  findings: ReviewFinding[];
  /** The reasons a user may pick when posting anyway. */
  reasons: readonly string[];
  /** A line to announce, e.g. after fixes were applied. */
  notice: string;
}

export type ReviewAction =
  | { kind: 'edit' }
  | { kind: 'fix'; keys: string[]; thenPost: boolean }
  | { kind: 'not-a-problem'; key: string; note: string }
  | { kind: 'post-anyway'; reason: string; note: string }
  | { kind: 'post' };

export type ReviewRequest =
  | { type: 'review-get'; sessionId: string }
  | { type: 'review-action'; sessionId: string; action: ReviewAction }
  /** The session is gone (worker restarted, post changed): close the dialog, back to the post. */
  | { type: 'review-abandon'; sessionId: string };

export type ReviewReply =
  { ok: true; data: ReviewData | null } | { ok: false; error: string; data: ReviewData | null };

export const OVERRIDE_REASONS = [
  'Parents or carers have agreed to this post',
  'The name is not a pupil’s',
  'The event is public and already advertised',
  'My headteacher or DSL approved this post',
  'Other',
] as const;
