// The wording rules' sentence model: what it reads (features), how it scores, how its sentences join
// the hand-found remarks, and that the shipped weights hold wording only, never a name.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../src/engine/check';
import { isCommonWord } from '../../src/engine/common-words';
import type { FieldView } from '../../src/engine/rule';
import { buildRosterIndex } from '../../src/engine/roster';
import { parseRosterCsv } from '../../src/settings/roster-csv';
import { splitSentences } from '../../rules/shared/remarks';
import {
  fieldFeatures,
  probability,
  sentenceFeatures,
  stem,
  type SentenceModel,
} from '../../rules/shared/sentence-model';
import { flaggedSentences, joinRemarks, modelVerdicts } from '../../rules/shared/wording-model';
import { EXAMPLE_ROSTER_CSV } from './example-roster';

/** The post text's FieldView, as the engine builds it for a rule (with the example roster). */
const ROSTER = buildRosterIndex(parseRosterCsv(EXAMPLE_ROSTER_CSV).pupils);
function fieldOf(text: string): FieldView {
  return fieldsOf({ platform: 'facebook', context: 'post', text, media: [] }, ROSTER)[0]!;
}

function featuresOf(text: string, extra: string[] = []): Set<string> {
  const field = fieldOf(text);
  return sentenceFeatures(field, splitSentences(field.text.plain), 0, extra);
}

describe('sentence features', () => {
  it('stems words so that forms of one word meet', () => {
    expect(stem('moaning')).toBe('moan');
    expect(stem('moaned')).toBe('moan');
    expect(stem('moans')).toBe('moan');
    expect(stem('clearly')).toBe('clear');
    expect(stem("parents'")).toBe('parent');
    expect(stem('class')).toBe('class');
  });

  it('never learns a name: roster pupils, other capitalised words and numbers become placeholders', () => {
    const f = featuresOf('Well done Tilly and Mr Grimshaw for the 3 goals!');
    expect(f.has('w:<pupil>')).toBe(true);
    expect(f.has('w:<Name>')).toBe(true);
    expect(f.has('w:<n>')).toBe(true);
    expect([...f].some((x) => /tilly|grimshaw/i.test(x))).toBe(false);
    expect(f.has('w:well')).toBe(true); // the first word of a sentence is a word, not a name
  });

  it('reads punctuation, shape and a sentiment lexicon', () => {
    const f = featuresOf('Why is the gate STILL broken?? 🙄');
    expect(f.has('p:?')).toBe(true);
    expect(f.has('p:!!')).toBe(true);
    expect(f.has('p:CAPS')).toBe(true);
    expect(f.has('p:eyeroll')).toBe(true);
    expect(f.has('v:neg1')).toBe(true);
    expect(f.has('len:mid')).toBe(true);
  });

  it('joins the caller’s detectors with tone: a target said with a negative word', () => {
    const f = featuresOf('The coach firm was useless.', ['target:organisation']);
    expect(f.has('target:organisation')).toBe(true);
    expect(f.has('about&v:neg1')).toBe(true);
    expect(featuresOf('The coach firm was useless.').has('about&v:neg1')).toBe(false);
  });

  it('gives a short sentence the tone of its neighbours in the paragraph', () => {
    const field = fieldOf('Still no word from the builders about the roof. Lovely.\n\nNew paragraph.');
    const sentences = splitSentences(field.text.plain);
    const features = fieldFeatures(field, sentences, [['score>=1'], [], []]);
    expect(features[1]).toContain('short&prev:score>=1');
    expect(features[2]).not.toContain('prev:score>=1'); // a blank line ends the paragraph
  });
});

describe('probability', () => {
  const model: SentenceModel = {
    rule: 'x',
    bias: -2,
    threshold: 0.5,
    veto: 0.05,
    weights: { 'w:useless': 3 },
  };
  it('is the logistic of bias plus the weights of the features present', () => {
    expect(probability(model, [])).toBeCloseTo(1 / (1 + Math.exp(2)));
    expect(probability(model, ['w:useless', 'w:unknown'])).toBeCloseTo(1 / (1 + Math.exp(-1)));
  });
});

describe('joinRemarks', () => {
  const text = 'One. Two. Three. Four.\n\nFive.';
  const sentences = splitSentences(text);
  const at = (i: number): { start: number; end: number } => ({
    start: sentences[i]!.start,
    end: sentences[i]!.end,
  });
  it('joins a model sentence to the hand remark next to it, keeping the hand remark’s kind', () => {
    const joined = joinRemarks(
      sentences,
      [{ ...at(1), kind: 'parents' }],
      [{ sentence: 2, kind: 'general' }],
    );
    expect(joined).toEqual([{ start: at(1).start, end: at(2).end, kind: 'parents' }]);
  });
  it('joins neighbouring model sentences, but not across a paragraph or a gap', () => {
    const joined = joinRemarks(
      sentences,
      [],
      [0, 1, 3, 4].map((sentence) => ({ sentence, kind: 'general' })),
    );
    expect(joined.map((r) => text.slice(r.start, r.end))).toEqual(['One. Two.', 'Four.', 'Five.']);
  });
  it('leaves hand remarks as the hand rules made them', () => {
    const hand = [
      { ...at(0), kind: 'a' },
      { ...at(1), kind: 'b' },
    ];
    expect(joinRemarks(sentences, hand, [])).toEqual(hand);
  });
});

describe('modelVerdicts', () => {
  const text = 'The builders have let us down again. Lovely. Well done Year 3!';
  const field = fieldOf(text);
  const sentences = splitSentences(field.text.plain);
  const extras = sentences.map((_, i) => (i === 0 ? ['hand:hit'] : []));
  const hand = [{ start: sentences[0]!.start, end: sentences[0]!.end, kind: 'contractors' }];
  const model = (weights: Record<string, number>, bias = 0): SentenceModel => ({
    rule: 'x',
    bias,
    threshold: 0.6,
    veto: 0.05,
    weights,
  });
  it('flags the sentences the hand rules missed at the threshold, never a hand-found one twice', () => {
    const { flagged, kept } = modelVerdicts(model({ 'w:love': 5 }), field, sentences, extras, hand);
    expect(flagged).toEqual([1]);
    expect(kept).toEqual(hand);
  });
  it('drops a hand-found remark whose sentence the model reads as plainly harmless', () => {
    const { flagged, kept } = modelVerdicts(model({}, -6), field, sentences, extras, hand);
    expect(flagged).toEqual([]);
    expect(kept).toEqual([]);
  });
  it('keeps it when the odds are merely low, above the veto', () => {
    expect(modelVerdicts(model({}, -2), field, sentences, extras, hand).kept).toEqual(hand);
  });
});

describe('flaggedSentences', () => {
  // Six sentences in two paragraphs; odds chosen by hand.
  const text = 'One. Two. Three.\n\nFour. Five. Six.';
  const sentences = splitSentences(text);
  const model: SentenceModel = { rule: 'x', bias: 0, threshold: 0.65, veto: 0, join: 0.3, weights: {} };
  const all = (): boolean => true;
  it('flags at the threshold, and from the join odds next to a flagged sentence, repeatedly', () => {
    expect(flaggedSentences(model, sentences, [0.1, 0.4, 0.7, 0.35, 0.4, 0.9], all, new Set())).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });
  it('never joins across a paragraph', () => {
    expect(flaggedSentences(model, sentences, [0.1, 0.1, 0.7, 0.5, 0.1, 0.1], all, new Set())).toEqual([2]);
  });
  it('joins a sentence next to a hand-found remark, but never flags the hand-found one itself', () => {
    expect(
      flaggedSentences(model, sentences, [0.9, 0.4, 0.1, 0.1, 0.1, 0.1], (i) => i !== 0, new Set([0])),
    ).toEqual([1]);
  });
  it('without join odds, flags at the threshold only', () => {
    const plain = { ...model, join: undefined };
    expect(flaggedSentences(plain, sentences, [0.1, 0.4, 0.7, 0.35, 0.2, 0.9], all, new Set())).toEqual([
      2, 5,
    ]);
  });
});

describe('the shipped models', () => {
  const fixtures = join(__dirname, '../fixtures/corpus');
  const corpora = readdirSync(fixtures)
    .map((c) => join(fixtures, c))
    .filter((dir) => existsSync(join(dir, 'roster.csv')));
  // A name that the posts also use as a lower-case word ("foster care", "a little"), or as the stem of
  // one ("rigged"), is a word too.
  const lowerWords = new Set<string>();
  for (const dir of corpora)
    for (const m of readFileSync(join(dir, 'posts.jsonl'), 'utf8').matchAll(/(?<![\p{L}])[a-z][a-z'-]+/gu))
      lowerWords.add(m[0]).add(stem(m[0]));
  const names = new Set<string>();
  for (const dir of corpora)
    for (const p of parseRosterCsv(readFileSync(join(dir, 'roster.csv'))).pupils)
      for (const n of [p.firstName, p.lastName, p.preferredName]) {
        const lower = n.toLowerCase();
        if (lower.length > 3 && !isCommonWord(lower) && !lowerWords.has(lower)) names.add(lower);
      }

  it.each(['disparaging', 'confidential'])('%s: weights are wording, no corpus pupil’s name', (rule) => {
    const model = JSON.parse(
      readFileSync(join(__dirname, `../../rules/data/${rule}-model.json`), 'utf8'),
    ) as SentenceModel;
    expect(model.rule).toBe(rule);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
    for (const feature of Object.keys(model.weights)) {
      const words = feature.replace(/^[a-z&:>=0-9!?.…#]*:/, '').split('_');
      expect(words.length).toBeLessThanOrEqual(2);
      for (const w of words) expect(names.has(w), `${feature} names a pupil`).toBe(false);
    }
  });
});

describe('the shipped models are the ones the training script makes', () => {
  // A change to the features, the hand rules or the corpora changes the models: run `npm run train`.
  it.each(['disparaging', 'confidential'] as const)(
    '%s',
    async (rule) => {
      const { trainModel } = await import('../../scripts/train-models');
      const shipped = JSON.parse(
        readFileSync(join(__dirname, `../../rules/data/${rule}-model.json`), 'utf8'),
      ) as SentenceModel;
      expect(trainModel(rule)).toEqual(shipped);
    },
    120_000,
  );
});
