// Who a remark may be about, for the `disparaging` rule and its clause scorer: the rule's target
// words (rules/data/disparaging-terms.ts), capitalised names of teams, schools and firms, and pronouns.

import type { FieldView } from '../../src/engine/rule';
import { EXTRA_TARGETS, CUE_LISTS } from '../data/disparaging-cues';
import { LISTS, PRONOUN_TARGET, TARGETS, type TargetKind } from '../data/disparaging-terms';
import { NOT_NAMES } from './people';
import { compilePattern, findAll, type Sentence, type Span } from './remarks';

export interface Target extends Span {
  kind: TargetKind | 'pronoun';
  /** Found only by its capital letters ("Bramley Park"), not by a word list. */
  proper?: boolean;
}

const TARGET_RES = (Object.keys(TARGETS) as TargetKind[]).map((kind) => ({
  kind,
  re: compilePattern(TARGETS[kind], LISTS),
}));
const PRONOUN_RE = compilePattern(PRONOUN_TARGET, LISTS);
const EXTRA_RES = (Object.keys(EXTRA_TARGETS) as TargetKind[]).map((kind) => ({
  kind,
  re: compilePattern(EXTRA_TARGETS[kind], { ...LISTS, ...CUE_LISTS }),
}));

// The last word of a firm's, a school's or a body's name: such a name counts even at a sentence's
// start ("Hillside Academy Trust have decided …"), where any capitalised word could open.
const BODY_END =
  /^(?:academy|trust|council|construction|builders|building|contractors|catering|caterers|staffing|services|ltd|limited|plc|group|partnership|college|federation|agency|agencies|direct|solutions|buses|coaches|travel|transport|foods|roofing|recruitment|supplies|education|borough|authority|echo|gazette|herald|times|news|post|fc)$/;

/** Capitalised names inside a sentence ("Bramley Park", "Hillview's fans"): a team, school or firm. */
function properNouns(field: FieldView, broad: boolean): Target[] {
  const out: Target[] = [];
  const toks = field.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    if (
      broad &&
      t.kind === 'word' &&
      t.capitalised &&
      !t.allCaps &&
      (!prev || /[.!?:\n]/.test(prev.text + t.gapBefore))
    ) {
      // At a sentence's start: only a run of two or more capitalised words ending on a body's word.
      let j = i;
      while (toks[j + 1]?.kind === 'word' && toks[j + 1]!.capitalised && toks[j + 1]!.gapBefore === ' ') j++;
      if (j > i && BODY_END.test(toks[j]!.lower)) {
        out.push({ start: t.start, end: toks[j]!.end, kind: 'organisation', proper: true });
        i = j;
        continue;
      }
    }
    if (!prev) continue;
    if (
      t.kind !== 'word' ||
      !t.capitalised ||
      t.allCaps ||
      NOT_NAMES.has(t.lower) ||
      (prev.kind !== 'word' && !(broad && /^[,\-(@&/]$/.test(prev.text))) ||
      /\n/.test(t.gapBefore)
    )
      continue;
    if (prev.capitalised && !NOT_NAMES.has(prev.lower)) continue; // inside a run already taken
    let j = i;
    while (toks[j + 1]?.kind === 'word' && toks[j + 1]!.capitalised && toks[j + 1]!.gapBefore === ' ') j++;
    out.push({ start: t.start, end: toks[j]!.end, kind: 'organisation', proper: true });
    i = j;
  }
  return out;
}

interface Found {
  proper?: Target[];
  properBroad?: Target[];
  /** By sentence start: the rule's target words and pronouns, and the extra words. */
  core: Map<number, Target[]>;
  extra: Map<number, Target[]>;
}

// The rule and its scorer look for targets in the same sentences of the same field: find them once.
const found = new WeakMap<FieldView, Found>();

/**
 * Targets in the given sentences (indices). `broad` (the clause scorer) also takes a name after a
 * comma or dash ("Thanks, Apex Roofing") and the extra target words of rules/data/disparaging-cues.ts.
 */
export function findTargets(
  field: FieldView,
  sentences: readonly Sentence[],
  scope: number[],
  broad = false,
): Target[] {
  const { folded } = field.text;
  let f = found.get(field);
  if (!f) {
    f = { core: new Map(), extra: new Map() };
    found.set(field, f);
  }
  const proper = broad
    ? (f.properBroad ??= properNouns(field, true))
    : (f.proper ??= properNouns(field, false));
  const out: Target[] = [...proper];
  for (const i of scope) {
    const s = sentences[i]!;
    let core = f.core.get(s.start);
    if (!core) {
      core = [];
      const slice = folded.slice(s.start, s.end);
      for (const { kind, re } of TARGET_RES)
        for (const m of findAll(re, slice))
          core.push({ start: s.start + m.start, end: s.start + m.end, kind });
      for (const m of findAll(PRONOUN_RE, slice))
        core.push({ start: s.start + m.start, end: s.start + m.end, kind: 'pronoun' });
      f.core.set(s.start, core);
    }
    out.push(...core);
    if (!broad) continue;
    let extra = f.extra.get(s.start);
    if (!extra) {
      extra = [];
      const slice = folded.slice(s.start, s.end);
      for (const { kind, re } of EXTRA_RES)
        for (const m of findAll(re, slice))
          extra.push({ start: s.start + m.start, end: s.start + m.end, kind });
      f.extra.set(s.start, extra);
    }
    out.push(...extra);
  }
  return out.sort((a, b) => a.start - b.start);
}
