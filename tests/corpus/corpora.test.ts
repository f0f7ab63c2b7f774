// The labelled corpora, scored by the shared scorer. A ratchet: no rule may fall below what it reaches
// today. Raise the floors when a rule improves; never tune to a corpus's names or sentences.
// brookfield is the public corpus; heldout-a/b/c were written separately (heldout-c was kept out of
// tuning and measures generalisation, as does heldout-i for the wording rules). The wording rules'
// sentence models trade a little precision on the corpora the hand rules were tuned on for recall on
// writing they have not seen: their floors were reset when the models came in, and again when they
// were retrained on 79 sets (heldout-c disparaging lost two remarks; leave-one-out and heldout-k, in the
// README, are the figures that judge the models).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { WORDING_CORPORA } from '../fixtures/corpus/held-out';

const ROOT = join(__dirname, '../..');
const SCORER = join(ROOT, '../shared/eval/score.mjs');

type Floors = Record<string, [precision: number, recall: number]>;
const CORPORA: Record<string, { dir: string; floors: Floors }> = {
  brookfield: {
    dir: join(ROOT, '../shared/corpus/brookfield'),
    floors: {
      'pupil-full-name': [1, 1],
      'name-with-image': [1, 1],
      'event-timing': [1, 1],
      confidential: [1, 1],
      disparaging: [1, 1],
      'missing-consent': [1, 1],
    },
  },
  'heldout-a': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-a'),
    floors: {
      'pupil-full-name': [0.92, 1],
      'name-with-image': [1, 0.97],
      'event-timing': [1, 1],
      confidential: [0.93, 1],
      disparaging: [1, 1],
      'missing-consent': [1, 1],
    },
  },
  'heldout-b': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-b'),
    floors: {
      'pupil-full-name': [1, 1],
      'name-with-image': [1, 1],
      'event-timing': [1, 1],
      confidential: [1, 1],
      disparaging: [1, 1],
      'missing-consent': [1, 1],
    },
  },
  'heldout-c': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-c'),
    floors: {
      'pupil-full-name': [0.96, 1],
      'name-with-image': [0.94, 0.97],
      'event-timing': [0.91, 0.95],
      confidential: [0.94, 1],
      disparaging: [0.91, 0.78],
      'missing-consent': [1, 0.95],
    },
  },
  // Tuning corpora labelled only for confidential and disparaging.
  'tuning-d': {
    dir: join(ROOT, 'tests/fixtures/corpus/tuning-d'),
    floors: { confidential: [1, 1], disparaging: [0.93, 0.9] },
  },
  'tuning-e': {
    dir: join(ROOT, 'tests/fixtures/corpus/tuning-e'),
    floors: { confidential: [1, 1], disparaging: [0.97, 0.95] },
  },
  // Written for this purpose and never tuned or trained on: how the wording rules generalise.
  'heldout-i': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-i'),
    floors: { confidential: [0.96, 0.93], disparaging: [0.9, 0.88] },
  },
  // Written as a final-measurement set, scored once untouched, then read to fix how names are found.
  'heldout-j': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-j'),
    floors: {
      'pupil-full-name': [1, 0.97],
      'name-with-image': [1, 0.96],
      'event-timing': [1, 0.97],
      confidential: [0.82, 1],
      disparaging: [0.91, 1],
      'missing-consent': [1, 1],
    },
  },
  // Written as final-measurement sets; each was scored once untouched (README § Detection quality) and
  // its errors then read, so they are now ratchets like the others.
  'heldout-k': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-k'),
    floors: {
      'pupil-full-name': [1, 0.97],
      'name-with-image': [1, 0.95],
      'event-timing': [0.9, 0.96],
      confidential: [1, 0.94],
      disparaging: [0.81, 0.94],
      'missing-consent': [1, 1],
    },
  },
  'heldout-l': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-l'),
    floors: {
      'pupil-full-name': [0.93, 1],
      'name-with-image': [0.91, 0.97],
      'event-timing': [0.87, 1],
      confidential: [0.9, 0.9],
      disparaging: [0.8, 0.84],
      'missing-consent': [0.95, 1],
    },
  },
  // Scored once at f23309e and never read: keep it so (its floors are that score).
  'heldout-m': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-m'),
    floors: {
      'pupil-full-name': [0.96, 0.98],
      'name-with-image': [0.97, 0.97],
      'event-timing': [0.91, 1],
      confidential: [0.95, 1],
      disparaging: [0.9, 0.85],
      'missing-consent': [1, 1],
    },
  },
  // Scored once at d37d008, then its disparaging misses were read.
  'heldout-n': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-n'),
    floors: {
      'pupil-full-name': [0.92, 0.94],
      'name-with-image': [0.93, 0.93],
      'event-timing': [0.94, 0.97],
      confidential: [0.94, 0.94],
      disparaging: [0.85, 0.85],
      'missing-consent': [1, 0.94],
    },
  },
  // Scored once at d51962c and never read: keep it so (its floors are that score).
  'heldout-o': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-o'),
    floors: {
      'pupil-full-name': [1, 1],
      'name-with-image': [0.95, 0.91],
      'event-timing': [0.97, 0.97],
      confidential: [1, 0.88],
      disparaging: [0.86, 0.9],
      'missing-consent': [1, 1],
    },
  },
  // Scored once at 3138a69 (macro F1: heldout-p 91.8, heldout-r 86.8), then read and fixed (names,
  // office hours, passwords, sarcastic and exasperated remarks).
  'heldout-p': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-p'),
    floors: {
      'pupil-full-name': [1, 0.97],
      'name-with-image': [0.93, 0.95],
      'event-timing': [0.93, 1],
      confidential: [0.9, 0.95],
      disparaging: [0.85, 1],
      'missing-consent': [1, 1],
    },
  },
  'heldout-r': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-r'),
    floors: {
      'pupil-full-name': [0.94, 1],
      'name-with-image': [0.95, 0.97],
      'event-timing': [1, 1],
      confidential: [0.9, 0.95],
      disparaging: [0.84, 0.91],
      'missing-consent': [0.94, 1],
    },
  },
  // Scored once at 7434c47 (macro F1: heldout-s 88.8, heldout-t 92.8; disparaging on s 64.3/78.3), then
  // read and fixed (schools and places named like people, siblings, signatures, "vs" lists, humour).
  'heldout-s': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-s'),
    floors: {
      'pupil-full-name': [1, 1],
      'name-with-image': [1, 1],
      'event-timing': [1, 0.96],
      confidential: [0.85, 0.89],
      disparaging: [0.75, 0.95],
      'missing-consent': [1, 1],
    },
  },
  'heldout-t': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-t'),
    floors: {
      'pupil-full-name': [0.95, 1],
      'name-with-image': [1, 0.97],
      'event-timing': [0.94, 0.96],
      confidential: [0.85, 0.94],
      disparaging: [0.94, 0.94],
      'missing-consent': [1, 1],
    },
  },
  // Scored once at c1a2050 (macro F1 91.2; confidential 65.2/83.3, disparaging 90.0/75.0), then read and
  // fixed (published results, police at a family's home, "all spin", "nothing but trouble", jokes about
  // "recovering from Saturday").
  'heldout-v': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-v'),
    floors: {
      'pupil-full-name': [0.95, 1],
      'name-with-image': [0.95, 1],
      'event-timing': [0.97, 0.97],
      confidential: [0.8, 0.88],
      disparaging: [0.92, 0.95],
      'missing-consent': [1, 1],
    },
  },
  // Never read: the final measure of this version, scored at 37b546f (q also at 3138a69 and 7434c47, u
  // at 7434c47, w and x at c1a2050 — the same figures give or take one false alarm). Floors are that score,
  // raised for q and w when disparaging remarks began to take in the sentences beside them (join odds).
  'heldout-q': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-q'),
    floors: {
      'pupil-full-name': [0.85, 1],
      'name-with-image': [0.91, 0.91],
      'event-timing': [0.9, 0.96],
      confidential: [0.94, 0.94],
      disparaging: [0.85, 0.89],
      'missing-consent': [1, 1],
    },
  },
  'heldout-u': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-u'),
    floors: {
      'pupil-full-name': [0.95, 0.97],
      'name-with-image': [0.93, 0.93],
      'event-timing': [0.96, 0.96],
      confidential: [0.86, 1],
      disparaging: [0.89, 0.89],
      'missing-consent': [1, 0.94],
    },
  },
  'heldout-w': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-w'),
    floors: {
      'pupil-full-name': [0.95, 0.97],
      'name-with-image': [0.9, 0.9],
      'event-timing': [0.97, 0.97],
      confidential: [0.88, 0.84],
      disparaging: [0.86, 0.95],
      'missing-consent': [0.94, 1],
    },
  },
  'heldout-x': {
    dir: join(ROOT, 'tests/fixtures/corpus/heldout-x'),
    floors: {
      'pupil-full-name': [0.9, 1],
      'name-with-image': [0.93, 0.95],
      'event-timing': [0.91, 1],
      confidential: [0.95, 1],
      disparaging: [0.94, 0.76],
      'missing-consent': [1, 0.94],
    },
  },
  // Tuning corpora for one family of rules: times (f) and pupils' names (g). A rule with no labels
  // there must find nothing (precision 1 with no findings).
  'tuning-f': {
    dir: join(ROOT, 'tests/fixtures/corpus/tuning-f'),
    floors: { 'event-timing': [0.93, 0.96], 'pupil-full-name': [1, 1] },
  },
  'tuning-g': {
    dir: join(ROOT, 'tests/fixtures/corpus/tuning-g'),
    floors: { 'pupil-full-name': [1, 0.98], 'name-with-image': [0.97, 1], 'missing-consent': [0.95, 0.97] },
  },
};

interface Score {
  rule: string;
  tp: number;
  fn: number;
  fp: number;
  precision: number;
  recall: number;
}

function scoreCorpus(corpus: string): Score[] {
  const findings = run(['--roster', join(corpus, 'roster.csv'), '--posts', join(corpus, 'posts.jsonl')]);
  const out = join(mkdtempSync(join(tmpdir(), 'safetopost-corpus-')), 'findings.jsonl');
  writeFileSync(out, findings);
  const json = execFileSync(process.execPath, [SCORER, '--corpus', corpus, '--findings', out, '--json'], {
    encoding: 'utf8',
  });
  return (JSON.parse(json) as { rules: Score[] }).rules;
}

describe.runIf(existsSync(SCORER))('labelled corpora', () => {
  describe.each(Object.entries(CORPORA))('%s', (_name, { dir, floors }) => {
    const scores = scoreCorpus(dir);
    it.each(Object.entries(floors))('%s stays at or above its floor', (rule, [precision, recall]) => {
      const s = scores.find((x) => x.rule === rule)!;
      expect(s.precision).toBeGreaterThanOrEqual(precision);
      expect(s.recall).toBeGreaterThanOrEqual(recall);
    });
  });
});

// The 24 unseen wording corpora (held-out.ts), pooled: 2,280 remarks and everyday posts are a steadier
// measure than any one set. Floors are their first untouched score (265b6e9 and the list-of-things fix: confidential 95.0/92.9,
// disparaging 89.9/72.2 over 933 remarks); disparaging raised when remarks began to take in the
// sentences beside them (join odds 0.3: 91.1/74.6).
const WORDING_FLOORS: Floors = {
  confidential: [0.94, 0.92],
  disparaging: [0.91, 0.74],
};

describe.runIf(existsSync(SCORER))('unseen wording corpora, pooled', () => {
  const pooled = new Map<string, { tp: number; fn: number; fp: number }>();
  for (const c of WORDING_CORPORA)
    for (const s of scoreCorpus(join(ROOT, 'tests/fixtures/corpus', c))) {
      const p = pooled.get(s.rule) ?? { tp: 0, fn: 0, fp: 0 };
      pooled.set(s.rule, { tp: p.tp + s.tp, fn: p.fn + s.fn, fp: p.fp + s.fp });
    }
  it.each(Object.entries(WORDING_FLOORS))('%s stays at or above its floor', (rule, [precision, recall]) => {
    const { tp, fn, fp } = pooled.get(rule)!;
    expect(tp / (tp + fp)).toBeGreaterThanOrEqual(precision);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(recall);
  });
});
