import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pupil } from '../../src/engine/types';
import {
  SETTINGS_MIGRATIONS,
  migrateSettings,
  parseRoster,
  parseSettings,
} from '../../src/settings/read-settings';
import {
  DEFAULT_RULES,
  RULE_IDS,
  SETTINGS_VERSION,
  SettingsSchema,
  defaultSettings,
  toEngineSettings,
  type Settings,
} from '../../src/settings/schema';
import {
  exportSettings,
  importSettings,
  lineColumn,
  locateJsonError,
} from '../../src/settings/settings-file';

const pupils: Pupil[] = [
  {
    firstName: 'Zoë',
    lastName: 'Kowalski',
    preferredName: '',
    yearGroup: 'Reception',
    className: 'Hazel',
    photoConsent: false,
    nameConsent: true,
    videoConsent: false,
    doNotPublish: false,
  },
];

function errorsOf(raw: unknown): string[] {
  const r = parseSettings(raw);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('settings schema', () => {
  it('defaults are valid and complete', () => {
    const d = defaultSettings();
    expect(SettingsSchema.safeParse(d).success).toBe(true);
    expect(parseSettings(d)).toEqual({ ok: true, settings: d });
    expect(parseSettings({ version: 1 })).toEqual({ ok: true, settings: d });
    expect(Object.keys(d.rules)).toEqual([...RULE_IDS]);
    expect(RULE_IDS).toEqual([
      'pupil-full-name',
      'name-with-image',
      'event-timing',
      'confidential',
      'disparaging',
      'missing-consent',
    ]);
    expect(Object.fromEntries(RULE_IDS.map((id) => [id, d.rules[id]!.severity]))).toEqual({
      'pupil-full-name': 'block',
      'name-with-image': 'warn',
      'event-timing': 'warn',
      confidential: 'block',
      disparaging: 'warn',
      'missing-consent': 'block',
    });
    expect(d).toMatchObject({
      version: SETTINGS_VERSION,
      mode: 'enforce',
      sites: { facebook: true, instagram: true, x: true, classdojo: true },
      policyProfile: null,
      lock: null,
    });
    // defaultSettings() hands out fresh objects.
    d.rules['event-timing']!.enabled = false;
    expect(defaultSettings().rules['event-timing']!.enabled).toBe(true);
    expect(DEFAULT_RULES['event-timing'].enabled).toBe(true);
  });

  it('fills a partial rule from that rule’s defaults and keeps extra rule ids', () => {
    const r = parseSettings({
      version: 1,
      rules: { confidential: { severity: 'warn' }, tagging: { enabled: false } },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.rules.confidential).toEqual({
      enabled: true,
      severity: 'warn',
      overrideAllowed: true,
      reasonRequired: true,
    });
    expect(r.settings.rules.tagging).toEqual({
      enabled: false,
      severity: 'warn',
      overrideAllowed: true,
      reasonRequired: false,
    });
    expect(r.settings.rules['pupil-full-name']!.severity).toBe('block');
  });

  it('names the path of a bad severity in plain words', () => {
    expect(errorsOf({ version: 1, rules: { 'event-timing': { severity: 'loud' } } })).toEqual([
      'rules.event-timing.severity: must be block, warn or info',
    ]);
  });

  it('reports other shape errors with paths', () => {
    const errors = errorsOf({
      version: 1,
      rules: { 'event-timing': { colour: 'red' }, 'Bad Id': {} },
      allowlist: ['Mrs Brown', 3],
      sites: { x: 'no' },
      mode: 'strict',
      auditRetentionDays: 1.5,
      lock: { pinHash: 'h', salt: 's', iterations: 1e12 },
      allowList: [],
    });
    expect(errors).toEqual([
      'rules.event-timing.colour: unknown setting',
      "rules: 'Bad Id' is not a rule id (lower case letters, digits and hyphens)",
      'allowlist[1]: must be text',
      'sites.x: must be true or false',
      'mode: must be enforce or tips',
      'auditRetentionDays: must be a whole number',
      'lock.iterations: must be at most 10000000',
      'allowList: unknown setting',
    ]);
    expect(errorsOf({ version: 1, lock: 'yes' })).toEqual([
      'lock: must be { pinHash, salt, iterations } or null',
    ]);
    expect(errorsOf({ version: 1, allowlist: 'Mrs Brown' })).toEqual(['allowlist: must be a list']);
    expect(errorsOf('nope')).toEqual(['settings: must be an object']);
  });

  it('normalises term lists', () => {
    const r = parseSettings({
      version: 1,
      confidentialTerms: ['  gate  code 4721 ', 'Gate code 4721', '', 'EHCP'],
    });
    expect(r.ok && r.settings.confidentialTerms).toEqual(['gate code 4721', 'EHCP']);
  });

  it('maps to the engine settings', () => {
    const s: Settings = { ...defaultSettings(), allowlist: ['Helen Carter'], bannedPhrases: ['can’t read'] };
    const e = toEngineSettings(s);
    expect(e.rules['pupil-full-name']).toEqual({ enabled: true, severity: 'block' });
    expect(Object.keys(e.rules)).toEqual([...RULE_IDS]);
    expect(e.allowlist).toEqual(['Helen Carter']);
    expect(e.bannedPhrases).toEqual(['can’t read']);
    expect(e.confidentialTerms).toEqual([]);
    e.allowlist.push('x');
    expect(s.allowlist).toEqual(['Helen Carter']);
  });
});

describe('migrations', () => {
  it('has one step per version', () => {
    expect(SETTINGS_MIGRATIONS).toHaveLength(SETTINGS_VERSION);
  });

  it('upgrades a version 0 document (no version field) to version 1', () => {
    const v0 = {
      rules: ['event-timing', 'disparaging'],
      severities: { 'name-with-image': 'block' },
      allowlist: ['Mrs Brown'],
      confidentialWords: ['gate code'],
      enforce: false,
      sites: ['facebook', 'classdojo'],
    };
    const m = migrateSettings(v0);
    expect(m.ok && m.from).toBe(0);
    const r = parseSettings(v0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.settings.version).toBe(1);
    expect(r.settings.rules['event-timing']).toEqual({ ...DEFAULT_RULES['event-timing'], enabled: false });
    expect(r.settings.rules.disparaging!.enabled).toBe(false);
    expect(r.settings.rules['name-with-image']!.severity).toBe('block');
    expect(r.settings.rules.confidential).toEqual(DEFAULT_RULES.confidential);
    expect(r.settings.confidentialTerms).toEqual(['gate code']);
    expect(r.settings.allowlist).toEqual(['Mrs Brown']);
    expect(r.settings.mode).toBe('tips');
    expect(r.settings.sites).toEqual({ facebook: true, instagram: false, x: false, classdojo: true });
    expect(parseSettings({})).toEqual({ ok: true, settings: defaultSettings() });
    // The input is not modified.
    expect(v0.rules).toEqual(['event-timing', 'disparaging']);
  });

  it('explains a version 0 document it cannot read', () => {
    const errors = errorsOf({ rules: { 'event-timing': { enabled: false } } });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^rules: must be a list of disabled rule ids .*add "version": 1/);
    expect(errorsOf({ sites: ['myspace'] })).toEqual(["sites: unknown site 'myspace'"]);
  });

  it('refuses a newer version with a clear error', () => {
    expect(errorsOf({ version: 2, rules: {} })).toEqual([
      'version: this settings document is version 2, but this SafeToPost only understands up to version 1; update SafeToPost and try again',
    ]);
    expect(errorsOf({ version: '1' })).toEqual(['version: must be a whole number']);
    expect(errorsOf({ version: -1 })).toEqual(['version: must be a whole number']);
  });
});

describe('export / import', () => {
  const settings: Settings = {
    ...defaultSettings(),
    rules: {
      ...defaultSettings().rules,
      'event-timing': { ...DEFAULT_RULES['event-timing'], enabled: false },
    },
    allowlist: ['Helen Carter'],
    confidentialTerms: ['gate code 4721'],
    mode: 'tips',
    policyProfile: 'nspcc-template',
    auditRetentionDays: 90,
    lock: { pinHash: 'aGFzaA==', salt: 'c2FsdA==', iterations: 600000 },
  };

  it('round-trips settings and roster', () => {
    const json = exportSettings(settings, {
      includeRoster: true,
      pupils,
      now: new Date('2025-09-01T08:00:00Z'),
    });
    const doc = JSON.parse(json);
    expect(doc.format).toBe('safetopost-settings');
    expect(doc.exportedAt).toBe('2025-09-01T08:00:00.000Z');
    expect(doc.settings.lock).toBeNull(); // not exported unless asked
    expect(importSettings(json)).toEqual({ ok: true, settings: { ...settings, lock: null }, pupils });

    const withLock = exportSettings(settings, { includeLock: true });
    expect(importSettings(withLock)).toEqual({ ok: true, settings, pupils: null });
  });

  it('property: any valid settings round-trip', () => {
    const severity = fc.constantFrom('block' as const, 'warn' as const, 'info' as const);
    const rule = fc.record({
      enabled: fc.boolean(),
      severity,
      overrideAllowed: fc.boolean(),
      reasonRequired: fc.boolean(),
    });
    const term = fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((s) => /^\S(.*\S)?$/.test(s) && !/\s\s/.test(s));
    const arb = fc.record({
      rules: fc.record(Object.fromEntries(RULE_IDS.map((id) => [id, rule]))),
      allowlist: fc.uniqueArray(term, { selector: (s) => s.toLowerCase(), maxLength: 5 }),
      mode: fc.constantFrom('enforce' as const, 'tips' as const),
      auditRetentionDays: fc.integer({ min: 1, max: 3650 }),
    });
    fc.assert(
      fc.property(arb, (partial) => {
        const input = { ...defaultSettings(), ...partial };
        const parsed = parseSettings(input);
        if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
        const back = importSettings(exportSettings(parsed.settings));
        expect(back).toEqual({ ok: true, settings: parsed.settings, pupils: null });
      }),
    );
  });

  it('accepts a bare (and an old) settings document', () => {
    expect(importSettings(JSON.stringify({ version: 1, mode: 'tips' }))).toMatchObject({
      ok: true,
      settings: { mode: 'tips' },
      pupils: null,
    });
    expect(importSettings('\uFEFF{"enforce": false}')).toMatchObject({
      ok: true,
      settings: { mode: 'tips' },
    });
  });

  it('reports malformed JSON with its position', () => {
    expect(importSettings('{\n  "version": 1,\n  "mode": \n}')).toEqual({
      ok: false,
      errors: ["Not valid JSON at line 4, column 1 (position 29): expected a value but found '}'."],
    });
    const trailing = importSettings('{"version": 1, "allowlist": ["a",]}');
    expect(!trailing.ok && trailing.errors[0]).toMatch(/line 1, column 34 .*trailing commas/);
    const cut = importSettings('{"version": 1');
    expect(!cut.ok && cut.errors[0]).toMatch(/line 1, column 14 .*found the end of the file/);
    expect(importSettings('')).toEqual({ ok: false, errors: ['The file is empty.'] });
    const commented = importSettings('{"version": 1, // the current format\n "mode": "tips"}');
    expect(!commented.ok && commented.errors[0]).toMatch(/line 1, column 16 .*JSON has no comments/);
    const broken = importSettings('{"version": 1, "allowlist": ["St\nMary\'s"]}');
    expect(!broken.ok && broken.errors[0]).toMatch(/line 1, column 30 .*line break inside it/);
    expect(importSettings("{'version': 1}")).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/double quotes/)],
    });
  });

  it('reports wrong shapes', () => {
    expect(importSettings('[]')).toEqual({
      ok: false,
      errors: ['The file is not a SafeToPost settings file (expected an object).'],
    });
    expect(importSettings('{"format": "other-app"}')).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^format: must be 'safetopost-settings'/)],
    });
    const bad = importSettings(
      JSON.stringify({
        format: 'safetopost-settings',
        settings: { version: 1, rules: { confidential: { severity: 'high' } } },
        roster: [{ firstName: 'Ava', lastName: '', photoConsent: 'yes' }],
      }),
    );
    expect(bad).toEqual({
      ok: false,
      errors: [
        'settings.rules.confidential.severity: must be block, warn or info',
        'roster[0].lastName: must not be empty',
        'roster[0].photoConsent: must be true or false',
      ],
    });
    expect(importSettings('{"format": "safetopost-settings"}')).toEqual({
      ok: false,
      errors: ['settings: is required'],
    });
  });

  it('validates and normalises a roster', () => {
    const r = parseRoster([{ firstName: ' Zoe\u0308 ', lastName: 'Kowalski' }]);
    expect(r).toEqual({
      ok: true,
      pupils: [
        {
          firstName: 'Zoë',
          lastName: 'Kowalski',
          preferredName: '',
          yearGroup: '',
          className: '',
          photoConsent: false,
          nameConsent: false,
          videoConsent: false,
          doNotPublish: false,
        },
      ],
    });
  });
});

describe('locateJsonError', () => {
  it('agrees with JSON.parse on what is valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string({ maxLength: 30 })), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(locateJsonError(text) === null).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });

  it('converts offsets to lines and columns', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
