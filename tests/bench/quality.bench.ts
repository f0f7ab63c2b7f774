// `npm run bench:quality [-- --corpus DIR ...]`: detection quality of our rules against what the peers
// a school could reach for instead would find on the same posts, scored by ../shared/eval/score.mjs.
//
// Peers: compromise `people()` as a name finder (full names; any name with media; roster names lacking
// consent), compromise `#Time` and chrono-node as time finders. Peers have no notion of confidential or
// disparaging remarks, so those rules are compared with finding nothing.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { run } from '../../src/cli/main';
import { nameAtoms } from '../../src/engine/roster';
import type { Draft, Pupil } from '../../src/engine/types';
import { parseRosterCsv } from '../../src/settings/roster-csv';
import { RULE_IDS } from '../../src/settings/schema';
import { HELD_OUT_CORPORA, WORDING_CORPORA } from '../fixtures/corpus/held-out';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCORER = join(ROOT, '../shared/eval/score.mjs');
const RULES = RULE_IDS;

interface Span {
  rule: string;
  field: string;
  start: number;
  end: number;
}

/** Offsets of `needle` in `text`, searching from `from`. */
function locate(text: string, needle: string, from: number): number {
  return text.indexOf(needle.trim().replace(/[.,;:!?)]+$/, ''), from);
}

function peopleFindings(post: Draft, pupils: Pupil[]): Span[] {
  const out: Span[] = [];
  const byName = new Map<string, Pupil[]>();
  for (const p of pupils) {
    for (const n of [p.firstName, p.preferredName, `${p.firstName} ${p.lastName}`]) {
      if (!n) continue;
      const key = nameAtoms(n).join(' ');
      byName.set(key, [...(byName.get(key) ?? []), p]);
    }
  }
  const media = post.media ?? [];
  const hasImage = media.some((m) => m.type === 'image');
  const hasVideo = media.some((m) => m.type === 'video');
  let from = 0;
  for (const person of nlp(post.text).people().out('array') as string[]) {
    const at = locate(post.text, person, from);
    if (at < 0) continue;
    const clean = person.trim().replace(/[.,;:!?)]+$/, '');
    const end = at + clean.length;
    from = end;
    if (clean.includes(' ')) out.push({ rule: 'pupil-full-name', field: 'text', start: at, end });
    if (media.length) out.push({ rule: 'name-with-image', field: 'text', start: at, end });
    const matches = byName.get(nameAtoms(clean).join(' ')) ?? byName.get(nameAtoms(clean)[0] ?? '') ?? [];
    const lacking = matches.some(
      (p) =>
        p.doNotPublish || !p.nameConsent || (hasImage && !p.photoConsent) || (hasVideo && !p.videoConsent),
    );
    if (lacking) out.push({ rule: 'missing-consent', field: 'text', start: at, end });
  }
  return out;
}

function compromiseTimes(post: Draft): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (const t of nlp(post.text).match('#Time+').out('array') as string[]) {
    const at = locate(post.text, t, from);
    if (at < 0) continue;
    from = at + t.length;
    out.push({ rule: 'event-timing', field: 'text', start: at, end: at + t.trim().length });
  }
  return out;
}

function chronoTimes(post: Draft): Span[] {
  return chrono.en.GB.parse(post.text)
    .filter((r) => r.start.isCertain('hour'))
    .map((r) => ({ rule: 'event-timing', field: 'text', start: r.index, end: r.index + r.text.length }));
}

interface RuleScore {
  tp: number;
  fn: number;
  fp: number;
  precision: number;
  recall: number;
}

function score(corpus: string, findingsJsonl: string): Record<string, RuleScore> {
  const file = join(mkdtempSync(join(tmpdir(), 'safetopost-quality-')), 'findings.jsonl');
  writeFileSync(file, findingsJsonl);
  const out = JSON.parse(
    execFileSync(process.execPath, [SCORER, '--corpus', corpus, '--findings', file, '--json'], {
      encoding: 'utf8',
    }),
  );
  return Object.fromEntries((out.rules as (RuleScore & { rule: string })[]).map((r) => [r.rule, r]));
}

function main(): void {
  const args = process.argv.slice(2);
  const corpora = args.includes('--corpus')
    ? args.flatMap((a, i) => (args[i - 1] === '--corpus' ? [a] : []))
    : [
        join(ROOT, '../shared/corpus/brookfield'),
        ...HELD_OUT_CORPORA.map((c) => join(ROOT, 'tests/fixtures/corpus', c)),
      ];
  const pct = (x: number | undefined): string =>
    x === undefined ? '   -  ' : (100 * x).toFixed(1).padStart(6);
  for (const corpus of corpora) {
    const posts = readFileSync(join(corpus, 'posts.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Draft & { id: string });
    const pupils = parseRosterCsv(readFileSync(join(corpus, 'roster.csv'))).pupils;
    const asJsonl = (make: (p: Draft) => Span[]): string =>
      posts
        .map((p) =>
          JSON.stringify({
            id: p.id,
            findings: make(p).map((f) => ({ ...f, severity: 'warn', message: '' })),
          }),
        )
        .join('\n') + '\n';
    const ours = score(
      corpus,
      run(['--roster', join(corpus, 'roster.csv'), '--posts', join(corpus, 'posts.jsonl')]),
    );
    const people = score(
      corpus,
      asJsonl((p) => peopleFindings(p, pupils)),
    );
    const times = score(corpus, asJsonl(compromiseTimes));
    const chronoScore = score(corpus, asJsonl(chronoTimes));
    console.log(`\n${corpus}`);
    console.log(
      'rule               ours P/R          compromise people() P/R   compromise #Time P/R   chrono-node P/R',
    );
    for (const rule of RULES) {
      const o = ours[rule]!;
      const isTime = rule === 'event-timing';
      const p = isTime ? undefined : people[rule];
      const t = isTime ? times[rule] : undefined;
      const c = isTime ? chronoScore[rule] : undefined;
      console.log(
        `${rule.padEnd(17)} ${pct(o.precision)} ${pct(o.recall)}      ${pct(p?.precision)} ${pct(p?.recall)}            ${pct(t?.precision)} ${pct(t?.recall)}        ${pct(c?.precision)} ${pct(c?.recall)}`,
      );
    }
  }
  if (!args.includes('--corpus')) wordingPooled();
}

/** The 24 unseen wording corpora, labelled for confidential and disparaging only: pooled. */
function wordingPooled(): void {
  const pooled = new Map<string, { tp: number; fn: number; fp: number }>();
  for (const name of WORDING_CORPORA) {
    const corpus = join(ROOT, 'tests/fixtures/corpus', name);
    const ours = score(
      corpus,
      run(['--roster', join(corpus, 'roster.csv'), '--posts', join(corpus, 'posts.jsonl')]),
    );
    for (const rule of ['confidential', 'disparaging']) {
      const p = pooled.get(rule) ?? { tp: 0, fn: 0, fp: 0 };
      const r = ours[rule]!;
      pooled.set(rule, { tp: p.tp + r.tp, fn: p.fn + r.fn, fp: p.fp + r.fp });
    }
  }
  console.log(`\nunseen wording corpora (${WORDING_CORPORA.length} sets, pooled; peers find nothing here)`);
  for (const [rule, { tp, fn, fp }] of pooled)
    console.log(
      `${rule.padEnd(17)} P ${((100 * tp) / (tp + fp)).toFixed(1)}  R ${((100 * tp) / (tp + fn)).toFixed(1)}  (${tp} found, ${fn} missed, ${fp} false alarms)`,
    );
}

main();
