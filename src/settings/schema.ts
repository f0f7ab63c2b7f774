// The admin's settings document: zod schemas, defaults, migrations, JSON export/import.
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

// ─── error messages ─────────────────────────────────────────────────────────────────────────────

function orList(values: readonly unknown[]): string {
  const items = values.map((v) => String(v));
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

const TYPE_NAMES: Record<string, string> = {
  boolean: 'true or false',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/** zod issue → "must be block, warn or info" (schema-level messages win over this). */
const errorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be ${orList(issue.values)}`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at least ${min} items`;
      return `must be at least ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `must be at most ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at most ${max} items`;
      return `must be at most ${max}`;
    }
    case 'unrecognized_keys':
      return 'unknown setting';
    case 'invalid_key':
      return 'is not a valid key';
    default:
      return undefined;
  }
};

function pathText(path: readonly PropertyKey[], root: string): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out === '' ? root : out.startsWith('[') ? `${root}${out}` : out;
}

function joinPath(prefix: string, path: readonly PropertyKey[], root: string): string {
  const p = pathText(path, '');
  if (!prefix) return p === '' ? root : p.startsWith('[') ? `${root}${p}` : p;
  if (!p) return prefix;
  return p.startsWith('[') ? `${prefix}${p}` : `${prefix}.${p}`;
}

/** Human-readable lines: "rules.event-timing.severity: must be block, warn or info". */
export function formatIssues(issues: readonly z.core.$ZodIssue[], prefix = '', root = 'settings'): string[] {
  const out: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push(`${joinPath(prefix, [...issue.path, key], root)}: unknown setting`);
    } else if (issue.code === 'invalid_key') {
      const key = issue.path.at(-1);
      const where = joinPath(prefix, issue.path.slice(0, -1), root);
      out.push(`${where}: '${String(key)}' ${issue.issues[0]?.message ?? 'is not valid'}`);
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      out.push(...formatIssues(issue.errors[0]!, joinPath(prefix, issue.path, ''), root));
    } else {
      out.push(`${joinPath(prefix, issue.path, root)}: ${issue.message}`);
    }
  }
  return [...new Set(out)];
}

// ─── migrations ─────────────────────────────────────────────────────────────────────────────────

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

function isPlainObject(value: unknown): value is Doc {
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

// ─── export / import as JSON ────────────────────────────────────────────────────────────────────

export const EXPORT_FORMAT = 'safetopost-settings';
const MAX_IMPORT_CHARS = 20_000_000;

export interface ExportOptions {
  /** Include the roster (personal data: the file must then be handled as such). */
  includeRoster?: boolean;
  pupils?: readonly Pupil[];
  /**
   * Include the admin lock's PIN hash. Off by default: a short PIN's hash is easy to reverse, and
   * importing someone else's lock would lock the admin out.
   */
  includeLock?: boolean;
  /** For tests: the export time. */
  now?: Date;
}

/** A settings file: `{ format, exportedAt, settings, roster? }` as pretty-printed JSON. */
export function exportSettings(settings: Settings, options: ExportOptions = {}): string {
  const doc: Record<string, unknown> = {
    format: EXPORT_FORMAT,
    exportedAt: (options.now ?? new Date()).toISOString(),
    settings: options.includeLock ? settings : { ...settings, lock: null },
  };
  if (options.includeRoster) doc.roster = options.pupils ?? [];
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export type ImportSettingsResult =
  { ok: true; settings: Settings; pupils: Pupil[] | null } | { ok: false; errors: string[] };

/**
 * Read a settings file written by exportSettings (or a bare settings document, of any known
 * version). `pupils` is null when the file has no roster. Nothing is applied: the caller swaps
 * settings (and roster) in one go only on ok.
 */
export function importSettings(jsonText: string): ImportSettingsResult {
  if (jsonText.length > MAX_IMPORT_CHARS)
    return { ok: false, errors: ['The file is too large for a settings file.'] };
  const text = jsonText.charCodeAt(0) === 0xfeff ? jsonText.slice(1) : jsonText;
  if (text.trim() === '') return { ok: false, errors: ['The file is empty.'] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [describeJsonError(text, e)] };
  }
  if (!isPlainObject(raw))
    return { ok: false, errors: ['The file is not a SafeToPost settings file (expected an object).'] };

  let settingsRaw: unknown = raw;
  let rosterRaw: unknown = undefined;
  if ('format' in raw) {
    if (raw.format !== EXPORT_FORMAT) {
      return {
        ok: false,
        errors: [`format: must be '${EXPORT_FORMAT}' (this is not a SafeToPost settings file)`],
      };
    }
    const extra = Object.keys(raw).filter((k) => !['format', 'exportedAt', 'settings', 'roster'].includes(k));
    if (extra.length > 0) return { ok: false, errors: extra.map((k) => `${k}: unknown field`) };
    if (!('settings' in raw)) return { ok: false, errors: ['settings: is required'] };
    settingsRaw = raw.settings;
    rosterRaw = raw.roster;
  }
  const errors: string[] = [];
  const parsed = parseSettings(settingsRaw);
  if (!parsed.ok) {
    const prefix = settingsRaw === raw ? '' : 'settings.';
    errors.push(...parsed.errors.map((e) => (e.startsWith('settings:') ? e : `${prefix}${e}`)));
  }
  let pupils: Pupil[] | null = null;
  if (rosterRaw !== undefined) {
    const roster = parseRoster(rosterRaw);
    if (roster.ok) pupils = roster.pupils;
    else errors.push(...roster.errors);
  }
  if (!parsed.ok || errors.length > 0) return { ok: false, errors };
  return { ok: true, settings: parsed.settings, pupils };
}

// ─── JSON syntax errors with a position ─────────────────────────────────────────────────────────

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Find the first syntax error's offset (JSON.parse's message has none in some engines). */
export function locateJsonError(text: string): { offset: number; reason: string } | null {
  let i = 0;
  const n = text.length;
  const fail = (reason: string, at = i): never => {
    throw new JsonSyntaxError(at, reason);
  };
  const describe = (at: number) => (at >= n ? 'the end of the file' : `'${text[at]}'`);
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) fail('a string is never closed (missing ")');
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail('a line break or control character inside a string (use \\n)');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('a bad \\u escape in a string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('a bad escape (\\) in a string');
      } else i++;
    }
  };
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const value = (depth: number): void => {
    if (depth > 500) fail('the document is nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') {
          fail(`expected a property name in double quotes but found ${describe(i)}`);
        }
        string();
        ws();
        if (text[i] !== ':') fail(`expected ':' after a property name but found ${describe(i)}`);
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === '}') fail("a comma before '}' (trailing commas are not allowed)");
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected ',' or '}' after a property value but found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          ws();
          if (text[i] === ']') fail("a comma before ']' (trailing commas are not allowed)");
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected ',' or ']' after a list item but found ${describe(i)}`);
      }
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m || m[0] === '-') fail('a malformed number');
      i += m![0].length;
      return;
    }
    for (const lit of ['true', 'false', 'null']) {
      if (text.startsWith(lit, i)) {
        i += lit.length;
        return;
      }
    }
    fail(i >= n ? 'the file ends where a value was expected' : `expected a value but found ${describe(i)}`);
  };
  try {
    value(0);
    ws();
    if (i < n) fail(`unexpected ${describe(i)} after the end of the document`);
    return null;
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { offset: e.offset, reason: e.reason };
    return null;
  }
}

/** 1-based line and column (in UTF-16 units) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function describeJsonError(text: string, error: unknown): string {
  const found = locateJsonError(text);
  if (found) {
    const { line, column } = lineColumn(text, found.offset);
    return `Not valid JSON at line ${line}, column ${column} (position ${found.offset}): ${found.reason}.`;
  }
  return `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
}
