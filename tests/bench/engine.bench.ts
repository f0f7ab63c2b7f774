// `npm run bench [-- --json]`: the engine's check() against its peers on the same posts, in one process.
//
// Posts come from the public corpus (about 300 characters) and concatenations of it (about 2,000 and
// 8,000). Rosters of invented pupils are drawn from compromise's name lexicon with a fixed seed.
// Figures are medians and 99th percentiles of warm runs, and ratios ours / theirs.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import { ALL_RULES } from '../../rules';
import { check, createConfig, emptySettings } from '../../src/engine/check';
import { buildRosterIndex } from '../../src/engine/roster';
import { parseRosterCsv } from '../../src/settings/roster-csv';
import { rosterToCsv } from '../../src/settings/roster-export';
import type { Draft, Pupil } from '../../src/engine/types';

const json = process.argv.includes('--json');
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/brookfield/posts.jsonl', import.meta.url));

function seeded(seed: number): () => number {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

export function inventedRoster(size: number, seed = 7): Pupil[] {
  const lexicon = (
    nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[]> } } }
  ).model.one.lexicon;
  const given: string[] = [];
  const family: string[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (/^[a-z]+$/.test(word) && tags.some((t) => t === 'FemaleName' || t === 'MaleName')) given.push(word);
    if (/^[a-z]+$/.test(word) && tags.includes('LastName')) family.push(word);
  }
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  const rand = seeded(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rand() * list.length)]!;
  return Array.from({ length: size }, (_, i) => ({
    firstName: cap(pick(given)),
    lastName: cap(pick(family)) + (i % 17 === 0 ? `-${cap(pick(family))}` : ''),
    preferredName: i % 11 === 0 ? cap(pick(given)) : '',
    yearGroup: `Year ${1 + (i % 6)}`,
    className: pick(['Oak', 'Ash', 'Elm', 'Birch', 'Maple', 'Cedar']),
    photoConsent: rand() > 0.15,
    nameConsent: rand() > 0.1,
    videoConsent: rand() > 0.15,
    doNotPublish: rand() > 0.98,
  }));
}

// A real garbage collection before and after, so heap figures measure what is kept, not garbage.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapKeptBy(make: () => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  void kept;
  return Math.max(0, after - before);
}

function stats(samples: number[]): { median: number; p99: number } {
  const s = [...samples].sort((a, b) => a - b);
  return {
    median: s[Math.floor(s.length / 2)]!,
    p99: s[Math.min(s.length - 1, Math.floor(s.length * 0.99))]!,
  };
}

function time(fn: () => unknown, runs: number): { median: number; p99: number } {
  for (let i = 0; i < Math.min(20, runs); i++) fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

function postsOfLength(all: Draft[], target: number, count: number): Draft[] {
  const out: Draft[] = [];
  for (let k = 0; k < count; k++) {
    let text = '';
    let media: Draft['media'] = [];
    for (let i = k; text.length < target; i++) {
      const p = all[i % all.length]!;
      text += (text ? '\n\n' : '') + p.text;
      if (!media.length) media = p.media;
    }
    out.push({ platform: 'facebook', context: 'post', text: text.slice(0, target + 200), media });
  }
  return out;
}

function main(): void {
  const all = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Draft);
  const short = all.filter((p) => p.text.length >= 200 && p.text.length <= 400);
  const sets: Record<string, Draft[]> = {
    '~300 chars': short,
    '~2,000 chars': postsOfLength(all, 2000, 20),
    '~8,000 chars': postsOfLength(all, 8000, 10),
  };
  const results: Record<string, unknown>[] = [];
  const out = (row: Record<string, unknown>): void => {
    results.push(row);
  };

  for (const size of [30, 500, 2000, 10000]) {
    const pupils = inventedRoster(size);
    const build = time(() => buildRosterIndex(pupils), size >= 10000 ? 10 : 30);
    const heap = heapKeptBy(() => buildRosterIndex(pupils));
    out({
      what: 'roster index build',
      pupils: size,
      median_ms: build.median,
      p99_ms: build.p99,
      heap_mb: heap / 1e6,
    });
    const config = createConfig(ALL_RULES, pupils, emptySettings());
    for (const [label, posts] of Object.entries(sets)) {
      if (size !== 2000 && label !== '~300 chars') continue;
      let i = 0;
      const runs = label === '~300 chars' ? 2000 : label === '~2,000 chars' ? 300 : 100;
      const ours = time(() => check(posts[i++ % posts.length]!, config), runs);
      out({ what: 'check()', pupils: size, posts: label, median_ms: ours.median, p99_ms: ours.p99 });
      if (size === 2000) {
        i = 0;
        const people = time(
          () =>
            nlp(posts[i++ % posts.length]!.text)
              .people()
              .out('array'),
          Math.min(runs, 300),
        );
        i = 0;
        const times = time(
          () =>
            nlp(posts[i++ % posts.length]!.text)
              .match('#Time')
              .out('array'),
          Math.min(runs, 300),
        );
        i = 0;
        const chronoParse = time(
          () => chrono.en.GB.parse(posts[i++ % posts.length]!.text),
          Math.min(runs, 300),
        );
        out({
          what: 'compromise people()',
          posts: label,
          median_ms: people.median,
          p99_ms: people.p99,
          ratio_ours_theirs: ours.median / people.median,
        });
        out({
          what: 'compromise #Time',
          posts: label,
          median_ms: times.median,
          p99_ms: times.p99,
          ratio_ours_theirs: ours.median / times.median,
        });
        out({
          what: 'chrono-node parse',
          posts: label,
          median_ms: chronoParse.median,
          p99_ms: chronoParse.p99,
          ratio_ours_theirs: ours.median / chronoParse.median,
        });
      }
    }
  }

  // The MIS import: parsing a 10,000-row CSV (the options page adds reading and saving to this).
  const csv = new TextEncoder().encode(rosterToCsv(inventedRoster(10000)));
  const parse = time(() => parseRosterCsv(csv), 10);
  out({ what: 'roster CSV parse', pupils: 10000, median_ms: parse.median, p99_ms: parse.p99 });

  if (json) {
    console.log(JSON.stringify({ node: process.version, results }));
    return;
  }
  const fmt = (n: unknown): string =>
    typeof n === 'number' ? (n < 10 ? n.toFixed(3) : n.toFixed(1)) : String(n ?? '');
  console.log(`SafeToPost engine bench — Node ${process.version}, ${new Date().toISOString()}`);
  console.log(
    'what                   pupils  posts          median ms   p99 ms   ratio ours/theirs  heap MB',
  );
  for (const r of results) {
    console.log(
      `${String(r.what).padEnd(22)} ${String(r.pupils ?? '').padStart(6)}  ${String(r.posts ?? '').padEnd(13)} ${fmt(r.median_ms).padStart(10)} ${fmt(r.p99_ms).padStart(8)}   ${fmt(r.ratio_ours_theirs).padStart(10)}        ${r.heap_mb === undefined ? '' : fmt(r.heap_mb)}`,
    );
  }
}

main();
