// Enterprise policy: settings that IT pushes through managed storage (public/managed_schema.json).
// A pushed value overrides the admin's own and shows as locked on the options page.

import { browser } from 'wxt/browser';
import { z } from 'zod';
import {
  MAX_TERM_LENGTH,
  MAX_TERMS,
  MODES,
  SEVERITIES,
  SITES,
  defaultRuleConfig,
  normaliseTerms,
  type RuleConfig,
  type Settings,
} from './schema';

const RULE_KEYS = ['enabled', 'severity', 'overrideAllowed', 'reasonRequired'] as const;
const TERM_LISTS = ['allowlist', 'confidentialTerms', 'bannedPhrases'] as const;

/** What IT pushed, already checked; absent fields are the admin's to set. */
export interface ManagedOverrides {
  rules?: Record<string, Partial<RuleConfig>>;
  allowlist?: string[];
  confidentialTerms?: string[];
  bannedPhrases?: string[];
  sites?: Partial<Settings['sites']>;
  mode?: Settings['mode'];
  policyProfile?: string | null;
  auditRetentionDays?: number;
}

export interface ManagedPolicy {
  overrides: ManagedOverrides;
  /** Paths the admin cannot change: "mode", "allowlist", "sites.x", "rules.confidential.severity". */
  locked: ReadonlySet<string>;
  /** Pushed values that were not understood (shown to the admin; the value is ignored). */
  problems: string[];
}

export const NO_MANAGED_POLICY: ManagedPolicy = { overrides: {}, locked: new Set(), problems: [] };

const RuleSchema = z.object({
  enabled: z.boolean().optional(),
  severity: z.enum(SEVERITIES).optional(),
  overrideAllowed: z.boolean().optional(),
  reasonRequired: z.boolean().optional(),
});
const FIELD_SCHEMAS = {
  rules: z.record(z.string().regex(/^[a-z][a-z0-9-]{0,63}$/), RuleSchema),
  allowlist: z.array(z.string().max(MAX_TERM_LENGTH)).max(MAX_TERMS),
  confidentialTerms: z.array(z.string().max(MAX_TERM_LENGTH)).max(MAX_TERMS),
  bannedPhrases: z.array(z.string().max(MAX_TERM_LENGTH)).max(MAX_TERMS),
  sites: z.object(Object.fromEntries(SITES.map((s) => [s, z.boolean().optional()]))),
  mode: z.enum(MODES),
  policyProfile: z.string().trim().max(100),
  auditRetentionDays: z.number().int().min(1).max(3650),
} as const;

/** Check a managed-storage document field by field: a bad field is reported and ignored, the rest apply. */
export function parseManagedPolicy(raw: unknown): ManagedPolicy {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return NO_MANAGED_POLICY;
  const doc = raw as Record<string, unknown>;
  const overrides: ManagedOverrides = {};
  const locked = new Set<string>();
  const problems: string[] = [];
  for (const [key, value] of Object.entries(doc)) {
    if (value === undefined || value === null) continue;
    if (!(key in FIELD_SCHEMAS)) {
      problems.push(`IT policy '${key}' is not a SafeToPost setting and was ignored.`);
      continue;
    }
    const parsed = FIELD_SCHEMAS[key as keyof typeof FIELD_SCHEMAS].safeParse(value);
    if (!parsed.success) {
      problems.push(`IT policy '${key}' has a value SafeToPost cannot use, so it was ignored.`);
      continue;
    }
    const data = parsed.data;
    if (key === 'rules') {
      const rules = data as Record<string, Partial<RuleConfig>>;
      overrides.rules = {};
      for (const [id, partial] of Object.entries(rules)) {
        const kept: Partial<RuleConfig> = {};
        for (const k of RULE_KEYS) {
          if (partial[k] === undefined) continue;
          (kept as Record<string, unknown>)[k] = partial[k];
          locked.add(`rules.${id}.${k}`);
        }
        overrides.rules[id] = kept;
      }
    } else if (key === 'sites') {
      const sites = data as Partial<Settings['sites']>;
      overrides.sites = {};
      for (const s of SITES) {
        if (sites[s] === undefined) continue;
        overrides.sites[s] = sites[s];
        locked.add(`sites.${s}`);
      }
    } else if ((TERM_LISTS as readonly string[]).includes(key)) {
      overrides[key as (typeof TERM_LISTS)[number]] = normaliseTerms(data as string[]);
      locked.add(key);
    } else if (key === 'policyProfile') {
      overrides.policyProfile = (data as string) === '' ? null : (data as string);
      locked.add(key);
    } else {
      (overrides as Record<string, unknown>)[key] = data;
      locked.add(key);
    }
  }
  return { overrides, locked, problems };
}

/** The settings in force: the admin's own with IT's pushed values on top. */
export function applyManagedPolicy(local: Settings, policy: ManagedPolicy): Settings {
  const o = policy.overrides;
  const rules: Settings['rules'] = { ...local.rules };
  for (const [id, partial] of Object.entries(o.rules ?? {})) {
    rules[id] = { ...(rules[id] ?? defaultRuleConfig(id)), ...partial };
  }
  return {
    ...local,
    rules,
    allowlist: o.allowlist ?? local.allowlist,
    confidentialTerms: o.confidentialTerms ?? local.confidentialTerms,
    bannedPhrases: o.bannedPhrases ?? local.bannedPhrases,
    sites: { ...local.sites, ...o.sites },
    mode: o.mode ?? local.mode,
    policyProfile: o.policyProfile !== undefined ? o.policyProfile : local.policyProfile,
    auditRetentionDays: o.auditRetentionDays ?? local.auditRetentionDays,
  };
}

export function isLocked(policy: ManagedPolicy, path: string): boolean {
  return policy.locked.has(path);
}

/**
 * Read managed storage. Firefox without an enterprise policy, browsers without the schema, and
 * test doubles may throw or answer nothing: that means "no policy", never a failure to start.
 */
export async function readManagedPolicy(): Promise<ManagedPolicy> {
  let raw: unknown;
  try {
    const area = browser.storage?.managed;
    if (!area) return NO_MANAGED_POLICY;
    raw = await area.get(null);
  } catch {
    return NO_MANAGED_POLICY;
  }
  return parseManagedPolicy(raw);
}
