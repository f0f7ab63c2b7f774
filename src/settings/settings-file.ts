// The settings file an admin exports and imports: `{ format, exportedAt, settings, roster? }` as JSON.
// A file that is not valid JSON is reported with its line and column, so the admin can mend it.

import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Pupil } from '../engine/types';
import { isPlainObject, parseRoster, parseSettings } from './read-settings';
import type { Settings } from './schema';

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

// What went wrong, in words, for each of jsonc-parser's error codes (by name: its enum is const).
const JSON_PROBLEMS: Record<string, string> = {
  InvalidSymbol: 'expected a value but found {found}',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'expected a property name in double quotes but found {found}',
  ValueExpected: 'expected a value but found {found}',
  ColonExpected: "expected ':' after a property name but found {found}",
  CommaExpected: "expected ',' between items but found {found}",
  CloseBraceExpected: "expected ',' or '}' after a property value but found {found}",
  CloseBracketExpected: "expected ',' or ']' after a list item but found {found}",
  EndOfFileExpected: 'unexpected {found} after the end of the document',
  InvalidCommentToken: 'a comment (JSON has no comments)',
  UnexpectedEndOfComment: 'a comment that is never closed (JSON has no comments)',
  UnexpectedEndOfString: 'a string is never closed, or has a line break inside it (use \\n)',
  UnexpectedEndOfNumber: 'a malformed number',
  InvalidUnicode: 'a bad \\u escape in a string',
  InvalidEscapeCharacter: 'a bad escape (\\) in a string',
  InvalidCharacter: 'a control character inside a string',
};

/** The first syntax error in `text`, with its offset; null when JSON.parse would accept it. */
export function locateJsonError(text: string): { offset: number; reason: string } | null {
  const errors: ParseError[] = [];
  try {
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    return null; // nested too deeply for the parser: the caller falls back to the engine's message
  }
  const first = errors[0];
  if (!first) return null;
  const at = first.offset;
  const found = at >= text.length ? 'the end of the file' : `'${text[at]}'`;
  const before = text.slice(0, at).trimEnd();
  if (/[\]}]/.test(text[at] ?? '') && before.endsWith(','))
    return { offset: at, reason: `a comma before '${text[at]}' (trailing commas are not allowed)` };
  if (text[at] === "'") return { offset: at, reason: 'text in single quotes (JSON needs double quotes)' };
  const problem = JSON_PROBLEMS[printParseErrorCode(first.error)] ?? 'not valid here';
  return { offset: at, reason: problem.replace('{found}', found) };
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
