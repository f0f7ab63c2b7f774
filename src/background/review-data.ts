// Turns a session's findings into what the review page shows: plain words, the rule's title and
// policy clauses, the fix, and whether the admin lets the user post past it.
import { RULES_BY_ID } from '../../rules';
import { OVERRIDE_REASONS, type ReviewData, type ReviewFinding } from '../compose/protocol';
import type { Finding } from '../engine/types';
import { defaultRuleConfig, type Settings } from '../settings/schema';
import { fieldText } from './redact';
import type { ReviewSession } from './review-sessions';

const CONTEXT_CHARS = 40;
const SEVERITY_ORDER = { block: 0, warn: 1, info: 2 } as const;

export function findingKey(session: Pick<ReviewSession, 'draft'>, f: Finding): string {
  const flagged = fieldText(session.draft, f.field).slice(f.start, f.end).toLocaleLowerCase('en-GB');
  return `${f.rule}|${f.field}|${flagged}`;
}

export function ruleConfig(settings: Settings, ruleId: string) {
  return settings.rules[ruleId] ?? defaultRuleConfig(ruleId);
}

function excerpt(
  text: string,
  start: number,
  end: number,
): Pick<ReviewFinding, 'before' | 'flagged' | 'after'> {
  let before = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
  let after = text.slice(end, end + CONTEXT_CHARS);
  if (start > CONTEXT_CHARS) before = `…${before.replace(/^\S*\s/, '')}`;
  if (end + CONTEXT_CHARS < text.length) after = `${after.replace(/\s\S*$/, '')}…`;
  return { before, flagged: text.slice(start, end), after };
}

export function toReviewFinding(session: ReviewSession, f: Finding, settings: Settings): ReviewFinding {
  const rule = RULES_BY_ID.get(f.rule);
  const config = ruleConfig(settings, f.rule);
  const key = findingKey(session, f);
  const finding: ReviewFinding = {
    key,
    rule: f.rule,
    ruleTitle: rule?.title ?? f.rule,
    severity: f.severity,
    field: f.field,
    ...excerpt(fieldText(session.draft, f.field), f.start, f.end),
    message: f.message,
    citations: (rule?.policy ?? []).map(({ school, section, quote }) => ({ school, section, quote })),
    // A locked block rule cannot be posted past; warnings always can.
    overrideAllowed: f.severity !== 'block' || config.overrideAllowed,
    reasonRequired: config.reasonRequired,
    dismissed: session.dismissed.includes(key),
  };
  // Fixes are typed into the post text; file names and alt text are for the user to change.
  if (f.fix && f.field === 'text') finding.fix = { ...f.fix };
  return finding;
}

export function toReviewData(session: ReviewSession, settings: Settings): ReviewData {
  return {
    sessionId: session.id,
    site: session.site,
    // What must change first, then what to check; each in the order it appears in the post.
    findings: [...session.findings]
      .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
      .map((f) => toReviewFinding(session, f, settings)),
    reasons: OVERRIDE_REASONS,
    notice: session.notice,
  };
}

/** Findings still standing: not dismissed as "not a problem". */
export function openFindings(session: ReviewSession): Finding[] {
  return session.findings.filter((f) => !session.dismissed.includes(findingKey(session, f)));
}
