import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyManagedPolicy, isLocked, parseManagedPolicy } from '../../src/settings/managed';
import { POLICY_PROFILES } from '../../src/settings/profiles';
import { defaultSettings, RULE_IDS, type Settings } from '../../src/settings/schema';

const schema = JSON.parse(readFileSync(join(__dirname, '../../public/managed_schema.json'), 'utf8'));

describe('managed (enterprise) policy', () => {
  it('applies pushed values over local ones and locks exactly those', () => {
    const policy = parseManagedPolicy({
      mode: 'tips',
      sites: { x: false },
      rules: { confidential: { severity: 'warn', overrideAllowed: false } },
      allowlist: ['  Mrs  Carter ', 'mrs carter'],
      auditRetentionDays: 30,
    });
    expect(policy.problems).toEqual([]);
    const local: Settings = { ...defaultSettings(), allowlist: ['Mr Local'], mode: 'enforce' };
    const effective = applyManagedPolicy(local, policy);
    expect(effective.mode).toBe('tips');
    expect(effective.sites).toEqual({ facebook: true, instagram: true, x: false, classdojo: true });
    expect(effective.rules.confidential).toEqual({
      enabled: true,
      severity: 'warn',
      overrideAllowed: false,
      reasonRequired: true,
    });
    expect(effective.allowlist).toEqual(['Mrs Carter']);
    expect(effective.auditRetentionDays).toBe(30);
    expect(isLocked(policy, 'sites.x')).toBe(true);
    expect(isLocked(policy, 'sites.facebook')).toBe(false);
    expect(isLocked(policy, 'rules.confidential.severity')).toBe(true);
    expect(isLocked(policy, 'rules.confidential.enabled')).toBe(false);
    expect(local.mode).toBe('enforce');
  });

  it('ignores, and reports, values it cannot use without dropping the rest', () => {
    const policy = parseManagedPolicy({ mode: 'strict', colour: 'red', bannedPhrases: ['x'] });
    expect(policy.problems).toEqual([
      "IT policy 'mode' has a value SafeToPost cannot use, so it was ignored.",
      "IT policy 'colour' is not a SafeToPost setting and was ignored.",
    ]);
    expect([...policy.locked]).toEqual(['bannedPhrases']);
    expect(parseManagedPolicy(undefined).locked.size).toBe(0);
  });

  it('public/managed_schema.json follows Chrome’s rules and matches what the extension reads', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    const walk = (node: Record<string, unknown>, path: string): void => {
      const hasRef = '$ref' in node;
      expect(hasRef || typeof node.type === 'string', `${path} needs exactly one type`).toBe(true);
      for (const [k, child] of Object.entries(
        (node.properties as Record<string, Record<string, unknown>>) ?? {},
      ))
        walk(child, `${path}.${k}`);
      if (node.additionalProperties) walk(node.additionalProperties as Record<string, unknown>, `${path}.*`);
      if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
    };
    walk(schema, 'schema');
    // A document using every property of the schema is understood in full.
    const sample = {
      rules: Object.fromEntries(
        RULE_IDS.map((id) => [
          id,
          { enabled: true, severity: 'block', overrideAllowed: false, reasonRequired: true },
        ]),
      ),
      allowlist: ['Mrs Carter'],
      confidentialTerms: ['gate code'],
      bannedPhrases: ['naughty table'],
      sites: { facebook: true, instagram: false, x: true, classdojo: true },
      mode: 'tips',
      policyProfile: POLICY_PROFILES[0]!.id,
      auditRetentionDays: 90,
    };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(sample).sort());
    expect(parseManagedPolicy(sample).problems).toEqual([]);
    expect(schema.properties.mode.enum).toEqual(['enforce', 'tips']);
  });
});
