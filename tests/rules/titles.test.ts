import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules';
import { RULE_TITLES } from '../../rules/titles';

describe('rules/titles.ts', () => {
  it('names every rule with its own title, and nothing else', () => {
    expect(RULE_TITLES).toEqual(Object.fromEntries(ALL_RULES.map((r) => [r.id, r.title])));
  });
});
