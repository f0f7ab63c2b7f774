// Reading a stored or imported settings document: bring it up to the current version one migration at
// a time, then validate it and fill defaults. Never throws: a bad document gives lines an admin reads.

import type { Pupil, Severity } from '../engine/types';
import { RosterSchema, SETTINGS_VERSION, SettingsSchema, SITES, type Settings } from './schema';
import { errorMap, formatIssues } from './schema-messages';

/**
 * Version 0: the prototype's settings, stored without a `version` field.
 *
 *     { rules?: string[]               // ids of DISABLED rules; the rest on at default severity
 *       severities?: Record<id, Severity>
 *       allowlist?: string[]
 *       confidentialWords?: string[]  // renamed confidentialTerms in v1
 *       bannedPhrases?: string[]
 *       enforce?: boolean             // false = tips mode
 *       sites?: string[]              // the sites to check; absent = all
 *       auditRetentionDays?: number }
 */
export interface SettingsV0 {
  rules?: string[];
  severities?: Record<string, Severity>;
  allowlist?: string[];
  confidentialWords?: string[];
  bannedPhrases?: string[];
  enforce?: boolean;
  sites?: string[];
  auditRetentionDays?: number;
}

class MigrationError extends Error {
  constructor(readonly errors: string[]) {
    super(errors.join('; '));
  }
}

type Doc = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

const V0_HINT =
  ' (this document has no "version", so it was read as version 0; add "version": 1 for the current format)';

function migrateV0toV1(doc: Doc): Doc {
  const errors: string[] = [];
  const { rules, severities, confidentialWords, enforce, sites, ...rest } = doc;
  const out: Doc = { ...rest, version: 1 };
  const ruleConfigs: Record<string, Record<string, unknown>> = {};
  if (rules !== undefined) {
    if (!isStringList(rules)) errors.push(`rules: must be a list of disabled rule ids${V0_HINT}`);
    else for (const id of rules) ruleConfigs[id] = { enabled: false };
  }
  if (severities !== undefined) {
    if (!isPlainObject(severities))
      errors.push(`severities: must be an object of rule id → severity${V0_HINT}`);
    else
      for (const [id, severity] of Object.entries(severities))
        ruleConfigs[id] = { ...ruleConfigs[id], severity };
  }
  if (rules !== undefined || severities !== undefined) out.rules = ruleConfigs;
  if (confidentialWords !== undefined) out.confidentialTerms = confidentialWords;
  if (enforce !== undefined) {
    if (typeof enforce !== 'boolean') errors.push(`enforce: must be true or false${V0_HINT}`);
    else out.mode = enforce ? 'enforce' : 'tips';
  }
  if (sites !== undefined) {
    if (!isStringList(sites)) errors.push(`sites: must be a list of site names${V0_HINT}`);
    else {
      const unknown = sites.filter((s) => !(SITES as readonly string[]).includes(s));
      if (unknown.length > 0) errors.push(`sites: unknown site ${unknown.map((s) => `'${s}'`).join(', ')}`);
      out.sites = Object.fromEntries(SITES.map((s) => [s, sites.includes(s)]));
    }
  }
  if (errors.length > 0) throw new MigrationError(errors);
  return out;
}

/** SETTINGS_MIGRATIONS[n] upgrades a version-n document to version n+1. */
export const SETTINGS_MIGRATIONS: ReadonlyArray<(doc: Doc) => Doc> = [migrateV0toV1];

export type MigrateResult =
  { ok: true; doc: Record<string, unknown>; from: number } | { ok: false; errors: string[] };

/**
 * Bring a stored or imported document up to SETTINGS_VERSION, one step at a time. A document with
 * no `version` is version 0. The result still needs parseSettings' validation.
 */
export function migrateSettings(raw: unknown): MigrateResult {
  if (!isPlainObject(raw)) return { ok: false, errors: ['settings: must be an object'] };
  const version = raw.version ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, errors: ['version: must be a whole number'] };
  }
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      errors: [
        `version: this settings document is version ${version}, but this SafeToPost only understands up to version ${SETTINGS_VERSION}; update SafeToPost and try again`,
      ],
    };
  }
  let doc: Doc = { ...raw };
  for (let v = version; v < SETTINGS_VERSION; v++) {
    try {
      doc = SETTINGS_MIGRATIONS[v]!(doc);
    } catch (e) {
      if (e instanceof MigrationError) return { ok: false, errors: e.errors };
      throw e;
    }
  }
  return { ok: true, doc, from: version };
}

export type ParseSettingsResult = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Migrate, validate and fill defaults. Never throws. */
export function parseSettings(raw: unknown): ParseSettingsResult {
  const migrated = migrateSettings(raw);
  if (!migrated.ok) return migrated;
  const result = SettingsSchema.safeParse(migrated.doc, { error: errorMap });
  if (!result.success) return { ok: false, errors: formatIssues(result.error.issues) };
  return { ok: true, settings: result.data };
}

/** Validate a roster (e.g. from storage or an imported settings file). */
export function parseRoster(
  raw: unknown,
  root = 'roster',
): { ok: true; pupils: Pupil[] } | { ok: false; errors: string[] } {
  const result = RosterSchema.safeParse(raw, { error: errorMap });
  if (!result.success) return { ok: false, errors: formatIssues(result.error.issues, '', root) };
  return { ok: true, pupils: result.data };
}
