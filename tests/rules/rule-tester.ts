// Runs a rule's own `flag` and `pass` examples, like ESLint's RuleTester: the examples are the spec.
import { check, createConfig, emptySettings } from '../../src/engine/check';
import type { Rule, RuleExample } from '../../src/engine/rule';
import type { Draft, Finding } from '../../src/engine/types';
import { parseRosterCsv } from '../../src/settings/roster-csv';
import { EXAMPLE_ROSTER_CSV } from './example-roster';

const HEADER = EXAMPLE_ROSTER_CSV.split('\n')[0]!;

export function exampleDraft(example: RuleExample): Draft {
  const e = typeof example === 'string' ? { text: example } : example;
  return { platform: 'facebook', context: 'post', text: e.text, media: e.media ?? [] };
}

export function runExample(rule: Rule, example: RuleExample): { findings: Finding[]; draft: Draft } {
  const csv =
    typeof example === 'object' && example.roster ? `${HEADER}\n${example.roster}\n` : EXAMPLE_ROSTER_CSV;
  const parsed = parseRosterCsv(csv);
  if (parsed.errors.length)
    throw new Error(`example roster: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const config = createConfig([rule], parsed.pupils, emptySettings());
  const draft = exampleDraft(example);
  return { findings: check(draft, config).filter((f) => f.rule === rule.id), draft };
}

/** The text a finding points at, in its field. */
export function findingText(draft: Draft, f: Finding): string {
  if (f.field === 'text') return draft.text.slice(f.start, f.end);
  const [, index, part] = f.field.split('/');
  const m = draft.media[Number(index)]!;
  return (part === 'alt' ? m.alt : m.filename).slice(f.start, f.end);
}
