import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules';
import { findingText, runExample } from './rule-tester';

const SEEDS = join(__dirname, '../../../shared/seeds');
const flat = (s: string): string => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

describe.each(ALL_RULES.map((r) => [r.id, r] as const))('rule %s', (_id, rule) => {
  it('describes itself: title, description, messages, at least one policy citation and examples', () => {
    expect(rule.title).toBeTruthy();
    expect(rule.description).toBeTruthy();
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    expect(rule.policy.length).toBeGreaterThan(0);
    expect(rule.examples.flag.length).toBeGreaterThanOrEqual(5);
    expect(rule.examples.pass.length).toBeGreaterThanOrEqual(4);
  });

  it.each(rule.policy.map((c) => [c.seed, c]))('quotes %s word for word', (_seed, citation) => {
    const seed = readFileSync(join(SEEDS, `${citation.seed}.txt`), 'utf8');
    expect(flat(seed)).toContain(flat(citation.quote));
    expect(flat(seed)).toContain(citation.school.split(' ')[0]);
  });

  it.each(rule.examples.flag.map((e) => [typeof e === 'string' ? e : e.text, e]))(
    'flags %j',
    (_t, example) => {
      const { findings, draft } = runExample(rule, example);
      expect(findings.length).toBeGreaterThan(0);
      if (typeof example === 'object' && example.spans) {
        const found = findings.map((f) => findingText(draft, f));
        for (const span of example.spans)
          expect(found.some((f) => f.includes(span) || span.includes(f))).toBe(true);
      }
      for (const f of findings) expect(f.message).not.toMatch(/\{\w+\}/);
    },
  );

  it.each(rule.examples.pass.map((e) => [typeof e === 'string' ? e : e.text, e]))(
    'passes %j',
    (_t, example) => {
      expect(
        runExample(rule, example).findings.map((f) => findingText(runExample(rule, example).draft, f)),
      ).toEqual([]);
    },
  );
});
