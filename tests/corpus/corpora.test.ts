// The public corpus, scored by the shared scorer. A ratchet: no rule may fall below what it reaches
// today. Raise the floors when a rule improves; never tune to this corpus's names or sentences.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';

const SHARED = join(__dirname, '../../../shared');
const FLOORS: Record<string, { precision: number; recall: number }> = {
  'pupil-full-name': { precision: 1, recall: 1 },
  'name-with-image': { precision: 1, recall: 1 },
  'event-timing': { precision: 0.9, recall: 0.9 },
  confidential: { precision: 0.85, recall: 0.9 },
  disparaging: { precision: 0.85, recall: 0.9 },
  'missing-consent': { precision: 1, recall: 1 },
};

interface Score {
  rule: string;
  precision: number;
  recall: number;
}

export function scoreCorpus(corpus: string): Score[] {
  const findings = run(['--roster', join(corpus, 'roster.csv'), '--posts', join(corpus, 'posts.jsonl')]);
  const out = join(mkdtempSync(join(tmpdir(), 'safetopost-corpus-')), 'findings.jsonl');
  writeFileSync(out, findings);
  const json = execFileSync(
    process.execPath,
    [join(SHARED, 'eval/score.mjs'), '--corpus', corpus, '--findings', out, '--json'],
    { encoding: 'utf8' },
  );
  return (JSON.parse(json) as { rules: Score[] }).rules;
}

describe.runIf(existsSync(join(SHARED, 'corpus/brookfield')))('brookfield corpus', () => {
  const scores = scoreCorpus(join(SHARED, 'corpus/brookfield'));
  it.each(Object.entries(FLOORS))('%s stays at or above its floor', (rule, floor) => {
    const s = scores.find((x) => x.rule === rule)!;
    expect(s.precision).toBeGreaterThanOrEqual(floor.precision);
    expect(s.recall).toBeGreaterThanOrEqual(floor.recall);
  });
});
