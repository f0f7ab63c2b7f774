import { describe, expect, it } from 'vitest';
import { check, createConfig, emptySettings } from '../../src/engine/check';
import { normalise } from '../../src/engine/normalise';
import type { Rule } from '../../src/engine/rule';
import type { EngineSettings, Finding, MediaItem } from '../../src/engine/types';
import rule from '../../rules/confidential';
import {
  BATCH_1,
  BATCH_2,
  BATCH_3,
  BATCH_4,
  BATCH_5,
  BATCH_6,
  BATCH_7,
  BATCH_8,
  BATCH_9,
  NAMED_BUT_NOT_PRIVATE,
} from './confidential-batches';
import { FLAG, FLAG_MORE, PASS, PASS_MORE, ROSTER } from './confidential-cases';
import { NEUTRAL_POSTS } from './neutral-posts';

function run(
  target: Rule,
  text: string,
  settings: Partial<EngineSettings> = {},
  media: MediaItem[] = [],
): Finding[] {
  const config = createConfig([target], ROSTER, { ...emptySettings(), ...settings });
  return check({ platform: 'facebook', context: 'post', text, media }, config);
}

function expectFlagged(text: string, remark?: string): void {
  const found = run(rule, text).filter((f) => f.field === 'text');
  expect(found.length, `no finding in: ${text}`).toBeGreaterThan(0);
  if (remark) {
    const at = text.indexOf(remark);
    expect(at, `remark not in text: ${remark}`).toBeGreaterThanOrEqual(0);
    const hit = found.some((f) => f.start < at + remark.length && at < f.end);
    expect(
      hit,
      `finding misses "${remark}": ${found.map((f) => text.slice(f.start, f.end)).join(' | ')}`,
    ).toBe(true);
    for (const f of found) {
      expect(f.start < at + remark.length && at < f.end, `extra finding: ${text.slice(f.start, f.end)}`).toBe(
        true,
      );
    }
  }
}

function expectPassed(text: string): void {
  const found = run(rule, text);
  expect(
    found.map((f) => text.slice(f.start, f.end)),
    text,
  ).toEqual([]);
}

describe('confidential', () => {
  it.each([...FLAG, ...FLAG_MORE])('flags: %s', (text, remark) => expectFlagged(text, remark));
  it.each([...PASS, ...PASS_MORE, ...NEUTRAL_POSTS].map((t) => [t]))('passes: %s', (text) =>
    expectPassed(text),
  );

  // Fresh wording per category, kept as flag/pass tables (see confidential-batches.ts for their history).
  describe.each([
    ['batch 1', BATCH_1],
    ['batch 2', BATCH_2],
    ['batch 3', BATCH_3],
    ['batch 4', BATCH_4],
    ['batch 5', BATCH_5],
    ['batch 6', BATCH_6],
    ['batch 7', BATCH_7],
    ['batch 8', BATCH_8],
    ['batch 9', BATCH_9],
  ] as const)('%s', (_name, batch) => {
    it.each(batch.flag)('flags: %s', (text, remark) => expectFlagged(text, remark));
    it.each(batch.pass.map((t) => [t]))('passes: %s', (text) => expectPassed(text));
  });
  it.each(NAMED_BUT_NOT_PRIVATE.map((t) => [t]))('passes a named but harmless post: %s', (text) =>
    expectPassed(text),
  );

  it('does not report a "staff only" marker apart from the news it is attached to', () => {
    const text =
      'STAFF ONLY: not to be passed on. Our nursery class will close in July, and governors want Years 1 and 2 taught as one class.';
    const found = run(rule, text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toContain('nursery class will close');
  });

  it('does not read a funding explanation as a family matter', () => {
    expectPassed(
      'Free school meals: if you think your family might be eligible, please speak to Mrs Oduya in confidence.',
    );
  });

  it('reports each of the school’s confidential terms, any case or accent', () => {
    const text = 'Deliveries: use the Rear Gate. Visitors must not use the rear gate.';
    const found = run(rule, text, { confidentialTerms: ['rear gate'] }).filter((f) =>
      f.message.includes('confidential list'),
    );
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Rear Gate', 'rear gate']);
    const accented = 'Meeting with Zoë’s family';
    const [f] = run(rule, accented, { confidentialTerms: ["zoe's family"] });
    expect(accented.slice(f!.start, f!.end)).toBe('Zoë’s family');
  });

  it('checks alt text as well as the post', () => {
    const media: MediaItem[] = [
      { type: 'image', filename: 'IMG_1.jpg', alt: 'Ruby, who has diabetes, on the climbing frame' },
    ];
    const found = run(rule, 'Fun on the climbing frame!', {}, media);
    expect(found.map((f) => f.field)).toEqual(['media/0/alt']);
  });

  it('gives one finding per remark, the size of a clause', () => {
    const text =
      'What a week! Year 2 loved the farm visit.\n\nStaffing\nMr Osei is signed off with stress, so Mrs Tan will teach Hedgehogs. Thank you for your understanding.';
    const found = run(rule, text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('Mr Osei is signed off with stress');
  });

  it('treats a roster pupil as identifiable even when the name is also a word', () => {
    const found = run(rule, 'Reminder: Tomasz has epilepsy and may need his medication at lunch.');
    expect(found).toHaveLength(1);
  });

  it('keeps offsets in the text as typed', () => {
    const text = 'Hi – Zoë’s dad is in prison, so please be gentle with her.';
    const [f] = run(rule, text);
    expect(text.slice(f!.start, f!.end)).toContain('Zoë’s dad is in prison');
    expect(normalise(text).plain.length).toBe(text.length);
  });

  // Speed is measured by `npm run bench`, never by a timed test.
  it('checks an 8,000-character post, every span inside it', () => {
    const para = [...FLAG.map(([t]) => t), ...PASS].join(' ');
    const text = para.repeat(Math.ceil(8000 / para.length)).slice(0, 8000);
    const found = run(rule, text);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.end).toBeLessThanOrEqual(text.length);
  });
});
