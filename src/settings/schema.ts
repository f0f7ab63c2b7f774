// The admin's settings document: its types, defaults and zod schemas. Reading a stored or imported
// document is read-settings.ts; the settings file an admin exports and imports is settings-file.ts.
// Pure TypeScript, no browser APIs (CLI, options page and background worker alike).

import { z } from 'zod';
import type { EngineSettings, Pupil, Severity } from '../engine/types';
import { normaliseName } from './text';

// zod compiles fast paths with Function(); web-ext lint flags that and extension CSPs forbid it.
z.config({ jitless: true });

export const SETTINGS_VERSION = 1;

export const RULE_IDS = [
  'pupil-full-name',
  'name-with-image',
  'event-timing',
  'confidential',
  'disparaging',
  'missing-consent',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['block', 'warn', 'info'] as const satisfies readonly Severity[];
export const SITES = ['facebook', 'instagram', 'x', 'classdojo'] as const;
export type Site = (typeof SITES)[number];
export const MODES = ['enforce', 'tips'] as const;
export type Mode = (typeof MODES)[number];

export interface RuleConfig {
  enabled: boolean;
  severity: Severity;
  /** The user may "post anyway" past this rule. */
  overrideAllowed: boolean;
  /** Posting anyway needs a written reason (kept in the audit log). */
  reasonRequired: boolean;
}

export interface AdminLock {
  /** PBKDF2 (or similar) hash of the PIN; the lock module decides the encoding. */
  pinHash: string;
  salt: string;
  iterations: number;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  rules: Record<string, RuleConfig>;
  allowlist: string[];
  confidentialTerms: string[];
  bannedPhrases: string[];
  sites: Record<Site, boolean>;
  /** `enforce`: hold the post and review; `tips`: underline only, never hold a post. */
  mode: Mode;
  policyProfile: string | null;
  auditRetentionDays: number;
  lock: AdminLock | null;
}

/**
 * Defaults: block rules may be overridden but need a reason in the audit log; warn rules need none.
 * Rule ids beyond the six (rules added later) default to enabled, warn, overridable, no reason.
 */
export const DEFAULT_RULES: Readonly<Record<RuleId, Readonly<RuleConfig>>> = {
  'pupil-full-name': { enabled: true, severity: 'block', overrideAllowed: true, reasonRequired: true },
  'name-with-image': { enabled: true, severity: 'warn', overrideAllowed: true, reasonRequired: false },
  'event-timing': { enabled: true, severity: 'warn', overrideAllowed: true, reasonRequired: false },
  confidential: { enabled: true, severity: 'block', overrideAllowed: true, reasonRequired: true },
  disparaging: { enabled: true, severity: 'warn', overrideAllowed: true, reasonRequired: false },
  'missing-consent': { enabled: true, severity: 'block', overrideAllowed: true, reasonRequired: true },
};
const DEFAULT_OTHER_RULE: Readonly<RuleConfig> = {
  enabled: true,
  severity: 'warn',
  overrideAllowed: true,
  reasonRequired: false,
};
export const DEFAULT_AUDIT_RETENTION_DAYS = 365;
export const MAX_TERMS = 5000;
export const MAX_TERM_LENGTH = 200;
export const MAX_PUPILS = 20_000;

export function defaultRuleConfig(ruleId: string): RuleConfig {
  return { ...((DEFAULT_RULES as Record<string, RuleConfig>)[ruleId] ?? DEFAULT_OTHER_RULE) };
}

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    rules: Object.fromEntries(RULE_IDS.map((id) => [id, defaultRuleConfig(id)])),
    allowlist: [],
    confidentialTerms: [],
    bannedPhrases: [],
    sites: { facebook: true, instagram: true, x: true, classdojo: true },
    mode: 'enforce',
    policyProfile: null,
    auditRetentionDays: DEFAULT_AUDIT_RETENTION_DAYS,
    lock: null,
  };
}

// ─── schemas ────────────────────────────────────────────────────────────────────────────────────

export const SeveritySchema = z.enum(SEVERITIES);

const RULE_ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

/** A rule's settings as stored; missing fields take that rule's defaults. */
const RuleConfigInputSchema = z.strictObject({
  enabled: z.boolean().optional(),
  severity: SeveritySchema.optional(),
  overrideAllowed: z.boolean().optional(),
  reasonRequired: z.boolean().optional(),
});

const RulesSchema = z
  .record(
    z.string().regex(RULE_ID_PATTERN, { error: 'is not a rule id (lower case letters, digits and hyphens)' }),
    RuleConfigInputSchema,
  )
  .prefault({})
  .transform((rules): Record<string, RuleConfig> => {
    const out: Record<string, RuleConfig> = {};
    for (const id of RULE_IDS) out[id] = defaultRuleConfig(id);
    for (const [id, partial] of Object.entries(rules)) {
      const base = out[id] ?? defaultRuleConfig(id);
      out[id] = {
        enabled: partial.enabled ?? base.enabled,
        severity: partial.severity ?? base.severity,
        overrideAllowed: partial.overrideAllowed ?? base.overrideAllowed,
        reasonRequired: partial.reasonRequired ?? base.reasonRequired,
      };
    }
    return out;
  });

/** Trimmed, whitespace collapsed, NFC; empties dropped; case-insensitive duplicates dropped. */
export function normaliseTerms(terms: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const term of terms) {
    const t = normaliseName(term);
    const key = t.toLocaleLowerCase('en-GB');
    if (t === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

const TermListSchema = z
  .array(z.string().max(MAX_TERM_LENGTH))
  .max(MAX_TERMS)
  .prefault([])
  .transform((terms) => normaliseTerms(terms));

const SitesSchema = z
  .strictObject({
    facebook: z.boolean().default(true),
    instagram: z.boolean().default(true),
    x: z.boolean().default(true),
    classdojo: z.boolean().default(true),
  })
  .prefault({});

export const AdminLockSchema = z.strictObject(
  {
    pinHash: z.string().min(1).max(1024),
    salt: z.string().min(1).max(1024),
    // Bounded so an imported document cannot make PIN checks hang the worker.
    iterations: z.number().int().min(1000).max(10_000_000),
  },
  {
    error: (iss) =>
      iss.code === 'invalid_type' ? 'must be { pinHash, salt, iterations } or null' : undefined,
  },
);

export const SettingsSchema = z.strictObject({
  version: z.literal(SETTINGS_VERSION),
  rules: RulesSchema,
  allowlist: TermListSchema,
  confidentialTerms: TermListSchema,
  bannedPhrases: TermListSchema,
  sites: SitesSchema,
  mode: z.enum(MODES).default('enforce'),
  // An empty name means "no profile".
  policyProfile: z
    .string()
    .trim()
    .max(100)
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v)),
  auditRetentionDays: z.number().int().min(1).max(3650).default(DEFAULT_AUDIT_RETENTION_DAYS),
  lock: AdminLockSchema.nullable().default(null),
});

const NameSchema = z
  .string()
  .max(100)
  .transform((s) => normaliseName(s))
  .pipe(z.string().min(1, { error: 'must not be empty' }));
const OptionalTextSchema = z
  .string()
  .max(100)
  .default('')
  .transform((s) => normaliseName(s));

/** One roster pupil (as stored and as exported in a settings file). Consent defaults to none. */
export const PupilSchema = z.strictObject({
  firstName: NameSchema,
  lastName: NameSchema,
  preferredName: OptionalTextSchema,
  yearGroup: OptionalTextSchema,
  className: OptionalTextSchema,
  photoConsent: z.boolean().default(false),
  nameConsent: z.boolean().default(false),
  videoConsent: z.boolean().default(false),
  doNotPublish: z.boolean().default(false),
});
export const RosterSchema = z.array(PupilSchema).max(MAX_PUPILS);

// Compile-time checks that the schemas produce the hand-written types.
type Equals<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _settingsMatch: Equals<z.output<typeof SettingsSchema>, Settings> = true;
const _pupilMatch: Equals<z.output<typeof PupilSchema>, Pupil> = true;
void _settingsMatch;
void _pupilMatch;

/** What the engine needs from the settings. */
export function toEngineSettings(settings: Settings): EngineSettings {
  return {
    rules: Object.fromEntries(
      Object.entries(settings.rules).map(([id, r]) => [id, { enabled: r.enabled, severity: r.severity }]),
    ),
    allowlist: [...settings.allowlist],
    confidentialTerms: [...settings.confidentialTerms],
    bannedPhrases: [...settings.bannedPhrases],
  };
}
