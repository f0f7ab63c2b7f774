// Who each sentence the disparaging clause scorer (./remark-score.ts) weighs is about, and how much
// that weighs: a target in full, our own pupils or staff ("our Year 6s") and pronouns by half, and when
// a sentence names nobody, the people of the sentence before (or two before, after a short one) at
// three quarters (or half). Grown-ups and bodies are told apart from pupils and from what a body
// serves ("the food"), as some cues are said only of them.

import type { FieldView } from '../../src/engine/rule';
import { TAIL } from './remark-candidates';
import { bySentence } from './remark-evidence';
import { findTargets, type Target } from './remark-targets';
import type { Sentence } from './remarks';

const THINGS =
  /\b(?:food|menu|meals|dinners|lunches|service|response|communication|organi[sz]ation|planning|admin|refereeing|officiating|umpiring)$/;

export interface Who {
  weight: number;
  list: Target[];
}

/**
 * The targets of the sentences to score and of the one before each (two before a short one, which may
 * be about them), which of them are grown-ups, and who each sentence is about.
 */
export function whoSentencesAreAbout(
  field: FieldView,
  sentences: Sentence[],
  toScore: readonly number[],
  wc: readonly number[],
): {
  targetsOf: (i: number) => Target[];
  grownUp: (t: Target) => boolean;
  about: (i: number) => Who;
} {
  const { folded } = field.text;
  const scope = new Set<number>();
  for (const i of toScore) for (let k = Math.max(0, i - (wc[i]! <= TAIL ? 2 : 1)); k <= i; k++) scope.add(k);
  const targetList = findTargets(
    field,
    sentences,
    [...scope].sort((a, b) => a - b),
    true,
  );
  const targetsBySentence = bySentence(targetList, sentences);
  const targetsOf = (i: number): Target[] => targetsBySentence.get(i) ?? [];
  // Each target read once: ours ("our Year 6s") and grown-up (not pupils, pronouns, or what a body
  // serves: "the food", "the menu").
  const owns = new Map<Target, boolean>();
  const grownUps = new Map<Target, boolean>();
  for (const t of targetList) {
    owns.set(
      t,
      (t.kind === 'pupils' || t.kind === 'staff') &&
        /\b(?:our|my)\s+(?:\S+\s+)?$/.test(folded.slice(Math.max(0, t.start - 16), t.start)),
    );
    grownUps.set(
      t,
      t.kind !== 'pupils' && t.kind !== 'pronoun' && !THINGS.test(folded.slice(t.start, t.end)),
    );
  }
  const own = (t: Target): boolean => owns.get(t) ?? false;
  const grownUp = (t: Target): boolean => grownUps.get(t) ?? false;
  const weightOf = (t: Target): number => (t.kind === 'pronoun' || own(t) ? 0.5 : 1);

  /** Who sentence i is about: its own targets, or those of the sentence(s) before it in the paragraph. */
  const about = (i: number): Who => {
    const s = sentences[i]!;
    const here = targetsOf(i);
    if (here.some((t) => t.kind !== 'pronoun'))
      return { weight: Math.max(...here.map(weightOf)), list: here };
    for (let back = 1; back <= (wc[i]! <= TAIL ? 2 : 1); back++) {
      const p = sentences[i - back];
      if (!p || p.paragraph !== s.paragraph) break;
      const there = targetsOf(i - back).filter((t) => t.kind !== 'pronoun');
      if (there.length)
        return { weight: Math.max(...there.map(weightOf)) * (back === 1 ? 0.75 : 0.5), list: there };
    }
    return { weight: here.length ? 0.5 : 0, list: here };
  };
  return { targetsOf, grownUp, about };
}
