// check(draft, config) → findings. Pure: no browser APIs, no storage, no network.

import { buildFields } from './fields';
import { findMentions, givenNameOf } from './name-mentions';
import { toOriginalSpan } from './normalise';
import { buildRosterIndex, type RosterIndex } from './roster';
import { formatMessage, type FieldView, type Report, type Rule, type RuleContext } from './rule';
import type { Draft, EngineSettings, Finding, Pupil, RuleSetting } from './types';

export interface EngineConfig {
  rules: readonly Rule[];
  roster: RosterIndex;
  settings: EngineSettings;
}

export function emptySettings(): EngineSettings {
  return { rules: {}, allowlist: [], confidentialTerms: [], bannedPhrases: [] };
}

/** Builds a config once per settings change: the roster index is the costly part. */
export function createConfig(
  rules: readonly Rule[],
  pupils: Pupil[],
  settings: EngineSettings = emptySettings(),
): EngineConfig {
  return { rules, roster: buildRosterIndex(pupils, settings.allowlist), settings };
}

function ruleSetting(rule: Rule, settings: EngineSettings): RuleSetting {
  return settings.rules[rule.id] ?? { enabled: true, severity: rule.defaultSeverity };
}

/** A draft's fields as every rule sees them: normalised, tokenised, with the roster pupils named. */
export function fieldsOf(draft: Draft, roster: RosterIndex): FieldView[] {
  const fields = buildFields(draft);
  // File names last: "talent_show_sunny.mp4" names a pupil when the post itself names Sunny.
  const namedInPost = new Set<string>();
  for (const f of fields) {
    if (f.kind === 'filename') continue;
    f.mentions = findMentions(roster, f);
    for (const m of f.mentions) {
      const given = givenNameOf(f, m);
      if (given) namedInPost.add(given);
    }
  }
  for (const f of fields)
    if (f.kind === 'filename') f.mentions = findMentions(roster, f, undefined, namedInPost);
  return fields;
}

export function check(draft: Draft, config: EngineConfig): Finding[] {
  const fields = fieldsOf(draft, config.roster);
  const media = draft.media;
  const findings: Finding[] = [];
  for (const rule of config.rules) {
    const setting = ruleSetting(rule, config.settings);
    if (!setting.enabled) continue;
    const ctx: RuleContext = {
      draft,
      fields,
      text: fields[0]!,
      roster: config.roster,
      settings: config.settings,
      media,
      hasMedia: media.length > 0,
      hasImage: media.some((m) => m.type === 'image'),
      hasVideo: media.some((m) => m.type === 'video'),
      pupil: (i) => config.roster.pupils[i]!,
      report: (r: Report) => {
        const field = fields.find((f) => f.id === r.field);
        if (!field) return;
        const span = toOriginalSpan(field.text, r.start, r.end);
        const template = rule.messages[r.messageId] ?? r.messageId;
        findings.push({
          rule: rule.id,
          severity: setting.severity,
          field: r.field,
          start: span.start,
          end: span.end,
          message: formatMessage(template, r.data),
          ...(r.pupil === undefined ? {} : { pupil: r.pupil }),
          ...(r.fix ? { fix: r.fix } : {}),
        });
      },
    };
    rule.check(ctx);
  }
  return mergeFindings(
    findings,
    fields.map((f) => f.id),
  );
}

/** Drops exact duplicates and orders findings by field, then position, then rule. */
export function mergeFindings(findings: Finding[], fieldOrder: string[]): Finding[] {
  const seen = new Set<string>();
  const out = findings.filter((f) => {
    const key = `${f.rule}|${f.field}|${f.start}|${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const order = new Map(fieldOrder.map((id, i) => [id, i]));
  return out.sort(
    (a, b) =>
      (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0) ||
      a.start - b.start ||
      a.rule.localeCompare(b.rule),
  );
}
