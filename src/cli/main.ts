// `npm run --silent check -- --roster FILE.csv --posts FILE.jsonl [--config FILE.json]`
//
// Prints one findings line per post (the contract in ../shared/eval/README.md). Bad input gets one clear
// line on stderr naming the file and line, and exit code 2: never a stack trace, never a partial result.

import { readFileSync } from 'node:fs';
import { ALL_RULES } from '../../rules';
import { check, createConfig, emptySettings } from '../engine/check';
import type { EngineSettings } from '../engine/types';
import { parseRosterCsv } from '../settings/roster-csv';
import { toEngineSettings } from '../settings/schema';
import { importSettings } from '../settings/settings-file';
import { InputError } from './errors';
import { parsePostsJsonl } from './posts';

interface Args {
  roster: string;
  posts: string;
  config?: string;
}

const USAGE = 'usage: npm run --silent check -- --roster FILE.csv --posts FILE.jsonl [--config FILE.json]';

export function parseArgs(argv: string[]): Args {
  const out: Partial<Args> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    if (flag !== '--roster' && flag !== '--posts' && flag !== '--config')
      throw new InputError(`unknown argument ${flag}; ${USAGE}`);
    if (value === undefined || value.startsWith('--')) throw new InputError(`${flag} needs a file; ${USAGE}`);
    out[flag.slice(2) as keyof Args] = value;
    i++;
  }
  if (!out.roster || !out.posts) throw new InputError(USAGE);
  return out as Args;
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    throw new InputError(`${file}: ${why}`);
  }
}

function loadSettings(file: string | undefined): EngineSettings {
  if (!file) return emptySettings();
  const result = importSettings(readBytes(file).toString('utf8'));
  if (!result.ok)
    throw new InputError(
      `${file}: ${result.errors[0]}${result.errors.length > 1 ? ` (and ${result.errors.length - 1} more problems)` : ''}`,
    );
  return toEngineSettings(result.settings);
}

export function run(argv: string[]): string {
  const args = parseArgs(argv);
  const rosterBytes = readBytes(args.roster);
  const roster = parseRosterCsv(
    new Uint8Array(rosterBytes.buffer, rosterBytes.byteOffset, rosterBytes.byteLength),
  );
  const unknown = roster.columns.filter((c) => c.field === null && c.header !== '');
  if (roster.errors.length) {
    const more = roster.errors.length > 1 ? ` (and ${roster.errors.length - 1} more problems)` : '';
    const first = roster.errors[0]!;
    throw new InputError(`${args.roster}${first.line > 0 ? `:${first.line}` : ''}: ${first.message}${more}`);
  }
  if (unknown.length) {
    throw new InputError(
      `${args.roster}:1: unknown column ${unknown.map((c) => `"${c.header}"`).join(', ')}`,
    );
  }
  const settings = loadSettings(args.config);
  const posts = parsePostsJsonl(readBytes(args.posts), args.posts);
  const config = createConfig(ALL_RULES, roster.pupils, settings);
  const lines: string[] = [];
  for (const { draft } of posts) {
    const findings = check(draft, config).map(({ pupil: _pupil, ...f }) => f);
    lines.push(JSON.stringify({ id: draft.id, findings }));
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function main(): void {
  try {
    process.stdout.write(run(process.argv.slice(2)));
  } catch (e) {
    const message =
      e instanceof InputError ? e.message : `internal error: ${(e as Error).message ?? String(e)}`;
    process.stderr.write(`check: ${message}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] && /cli[\\/]main\.[tj]s$/.test(process.argv[1])) main();
