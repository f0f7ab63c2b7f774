import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { EXAMPLE_ROSTER_CSV } from '../rules/example-roster';

let dir: string;
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const post = (id: string, text: string, media: unknown[] = []): string =>
  JSON.stringify({ id, platform: 'facebook', context: 'post', text, media });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'safetopost-cli-'));
});

function errorOf(argv: string[]): string {
  try {
    run(argv);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the CLI to refuse this input');
}

describe('check CLI', () => {
  it('prints one findings line per post in the eval format', () => {
    const roster = file('roster.csv', EXAMPLE_ROSTER_CSV);
    const posts = file(
      'posts.jsonl',
      [post('p1', 'Well done Tilly Ashworth!'), post('p2', 'Lovely day.')].join('\n'),
    );
    const lines = run(['--roster', roster, '--posts', posts])
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual({
      id: 'p1',
      findings: [
        expect.objectContaining({
          rule: 'pupil-full-name',
          severity: 'block',
          field: 'text',
          start: 10,
          end: 24,
          message: expect.any(String),
        }),
      ],
    });
    expect(lines[1]).toEqual({ id: 'p2', findings: [] });
  });

  it('applies a settings file', () => {
    const roster = file('roster.csv', EXAMPLE_ROSTER_CSV);
    const posts = file('posts.jsonl', post('p1', 'Well done Tilly Ashworth!'));
    const config = file(
      'config.json',
      JSON.stringify({ version: 1, rules: { 'pupil-full-name': { enabled: false } } }),
    );
    const out = JSON.parse(run(['--roster', roster, '--posts', posts, '--config', config]));
    expect(out.findings.filter((f: { rule: string }) => f.rule === 'pupil-full-name')).toEqual([]);
  });

  it.each<[string, () => string[], RegExp]>([
    [
      'a missing file',
      () => ['--roster', join(dir, 'nope.csv'), '--posts', file('p.jsonl', '')],
      /nope\.csv: no such file/,
    ],
    ['a folder', () => ['--roster', dir, '--posts', file('p.jsonl', '')], /is a folder/],
    ['a missing argument', () => ['--roster', file('r.csv', EXAMPLE_ROSTER_CSV)], /usage/],
    ['an unknown argument', () => ['--rooster', 'x'], /unknown argument --rooster/],
    [
      'a malformed CSV row',
      () => [
        '--roster',
        file('bad.csv', `${EXAMPLE_ROSTER_CSV}Amy,Lee,,Year 1,Oak,maybe,yes,yes,no\n`),
        '--posts',
        file('p.jsonl', ''),
      ],
      // The bad row comes after the example roster's header and pupils.
      new RegExp(`bad\\.csv:${EXAMPLE_ROSTER_CSV.trim().split('\n').length + 1}: .*maybe`),
    ],
    [
      'an unknown column',
      () => [
        '--roster',
        file('col.csv', 'first_name,last_name,shoe_size\nAmy,Lee,5\n'),
        '--posts',
        file('p.jsonl', ''),
      ],
      /col\.csv:1: unknown column "shoe_size"/,
    ],
    [
      'a bad JSON line',
      () => [
        '--roster',
        file('r.csv', EXAMPLE_ROSTER_CSV),
        '--posts',
        file('bad.jsonl', `${post('p1', 'ok')}\n{"id": "p2", "text": \n`),
      ],
      /bad\.jsonl:2: not valid JSON/,
    ],
    [
      'a post of the wrong shape',
      () => [
        '--roster',
        file('r.csv', EXAMPLE_ROSTER_CSV),
        '--posts',
        file('shape.jsonl', '{"id":"p1","platform":"myspace","text":"hi"}'),
      ],
      /shape\.jsonl:1: platform/,
    ],
    [
      'a post of 100,000 characters',
      () => [
        '--roster',
        file('r.csv', EXAMPLE_ROSTER_CSV),
        '--posts',
        file('long.jsonl', post('p1', 'a'.repeat(100_000))),
      ],
      /long\.jsonl:1: text: longer than 63,206 characters/,
    ],
    [
      'binary junk as posts',
      () => [
        '--roster',
        file('r.csv', EXAMPLE_ROSTER_CSV),
        '--posts',
        file('junk.jsonl', Buffer.from([0, 159, 146, 150, 0, 1, 2, 255])),
      ],
      /junk\.jsonl: not/,
    ],
    [
      'binary junk as a roster',
      () => [
        '--roster',
        file('junk.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 255, 254])),
        '--posts',
        file('p.jsonl', ''),
      ],
      /junk\.csv/,
    ],
    [
      'a malformed settings file',
      () => [
        '--roster',
        file('r.csv', EXAMPLE_ROSTER_CSV),
        '--posts',
        file('p.jsonl', ''),
        '--config',
        file('c.json', '{"version": 1,'),
      ],
      /c\.json: /,
    ],
  ])('refuses %s with one clear line naming the file', (_name, argv, message) => {
    const error = errorOf(argv());
    expect(error).toMatch(message);
    expect(error).not.toContain('\n');
  });

  it('checks a 50,000-character post', () => {
    const text = 'Well done Tilly Ashworth! '.repeat(1924).slice(0, 50_000);
    const out = JSON.parse(
      run(['--roster', file('r.csv', EXAMPLE_ROSTER_CSV), '--posts', file('big.jsonl', post('big', text))]),
    );
    expect(out.findings.length).toBeGreaterThan(1000);
  });

  it('as a process: exit code 2, one line on stderr, nothing on stdout, no stack trace', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', '--roster', join(dir, 'missing.csv'), '--posts', 'x'],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it('as a process: exit code 0 and JSONL on stdout', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/main.ts',
        '--roster',
        file('r.csv', EXAMPLE_ROSTER_CSV),
        '--posts',
        file('ok.jsonl', post('p1', 'Hi')),
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(out)).toEqual({ id: 'p1', findings: [] });
  });
});
