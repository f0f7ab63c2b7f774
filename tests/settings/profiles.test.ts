import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_BY_ID } from '../../rules';
import { SCHOOLS } from '../../rules/policies/seeds';
import { POLICY_PROFILES, applyProfile, citationsFor, profileRules } from '../../src/settings/profiles';
import { parseSettings } from '../../src/settings/read-settings';
import { RULE_IDS, defaultSettings } from '../../src/settings/schema';

const SEEDS = join(__dirname, '../../../shared/seeds');
// Whitespace-normalised, with the policies' markdown bold (**will**) dropped.
const flat = (s: string): string => s.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
const seedText = (seed: string) => flat(readFileSync(join(SEEDS, `${seed}.txt`), 'utf8'));

const citations = POLICY_PROFILES.flatMap((p) =>
  Object.entries(p.citations).flatMap(([rule, list]) => list!.map((c) => [p.id, rule, c] as const)),
);

describe('policy profiles', () => {
  it('there is one profile per seed policy, each with citations for every rule it presets', () => {
    expect(new Set(POLICY_PROFILES.map((p) => p.citations['missing-consent']![0]!.seed))).toEqual(
      new Set(Object.values(SCHOOLS).map((s) => s.seed)),
    );
    for (const p of POLICY_PROFILES) {
      for (const id of Object.keys(p.rules)) expect(RULE_IDS as readonly string[]).toContain(id);
      for (const id of Object.keys(p.citations)) expect(RULE_IDS as readonly string[]).toContain(id);
      expect(parseSettings(applyProfile(defaultSettings(), p.id)).ok).toBe(true);
    }
  });

  it.each(citations)('%s / %s quotes its seed word for word', (_profile, _rule, c) => {
    const text = seedText(c.seed);
    expect(text).toContain(flat(c.quote));
    expect(text).toContain(
      flat(c.section)
        .replace(/^[ivx]+\. |^\d+\. /, '')
        .split(' ')[0]!,
    );
    expect(Object.values(SCHOOLS).some((s) => s.seed === c.seed && s.school === c.school)).toBe(true);
  });

  it('citationsFor gives the profile’s clauses first, else the rule’s own', () => {
    const plain = defaultSettings();
    expect(citationsFor('name-with-image', plain)).toEqual(RULES_BY_ID.get('name-with-image')!.policy);
    const ace = applyProfile(plain, 'ace-derbyshire-trust');
    expect(citationsFor('pupil-full-name', ace)[0]!.quote).toBe(
      'However, we do not include personal data of any type in these posts.',
    );
    // West Kirby cites nothing of its own on event timing: the rule's own clause is shown.
    const westKirby = applyProfile(plain, 'west-kirby-primary');
    expect(citationsFor('event-timing', westKirby)).toEqual(RULES_BY_ID.get('event-timing')!.policy);
    expect(citationsFor('no-such-rule', westKirby)).toEqual([]);
  });

  it('applying a profile presets the rules and keeps the admin’s own lists, sites and mode', () => {
    const mine = { ...defaultSettings(), allowlist: ['Mrs Carter'], mode: 'tips' as const };
    const southEnd = applyProfile(mine, 'south-end-junior');
    expect(southEnd.policyProfile).toBe('south-end-junior');
    expect(southEnd.rules['name-with-image']).toEqual({
      enabled: true,
      severity: 'block',
      overrideAllowed: true,
      reasonRequired: true,
    });
    expect(southEnd.rules['missing-consent']!.overrideAllowed).toBe(false);
    expect(southEnd.allowlist).toEqual(['Mrs Carter']);
    expect(southEnd.mode).toBe('tips');
    expect(southEnd.rules).toEqual(profileRules(POLICY_PROFILES.find((p) => p.id === 'south-end-junior')!));
    expect(applyProfile(southEnd, null)).toEqual({ ...mine, policyProfile: null });
  });
});
