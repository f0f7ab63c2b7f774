import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, originalSlice, toOriginalSpan } from '../../src/engine/normalise';

describe('normalise', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['Zoe\u0308', 'zoe'],
    ['O’Brien', "o'brien"],
    ['Ava\u200bSmith', 'avasmith'],
    ['Ava\u00a0Smith', 'ava smith'],
    ['Ａｖａ', 'ava'],
    ['Łucja', 'lucja'],
    ['Wiśniewski', 'wisniewski'],
    ['Clarke\u00adBennett', 'clarkebennett'],
    ['9.30–11', '9.30-11'],
    ['ﬁn', 'fin'],
  ])('folds %j to %j', (input, folded) => {
    expect(normalise(input).folded).toBe(folded);
  });

  it('maps a folded span back to the text exactly as typed', () => {
    const t = normalise('Well done Zoe\u0308 O’Brien!');
    const at = t.folded.indexOf("zoe o'brien");
    expect(originalSlice(t, at, at + "zoe o'brien".length)).toBe('Zoe\u0308 O’Brien');
  });

  it('keeps a dropped invisible character inside the span it sits in', () => {
    const t = normalise('x Ava\u200b Smith y');
    const at = t.folded.indexOf('ava smith');
    expect(originalSlice(t, at, at + 9)).toBe('Ava\u200b Smith');
  });

  it('keeps emoji (surrogate pairs) whole', () => {
    const t = normalise('🎉 Ava');
    const at = t.folded.indexOf('ava');
    expect(toOriginalSpan(t, at, at + 3)).toEqual({ start: 3, end: 6 });
  });

  it('plain and folded have the same length and every offset lies inside the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const t = normalise(s);
        expect(t.folded.length).toBe(t.plain.length);
        expect(t.startOf.length).toBe(t.plain.length);
        for (let i = 0; i < t.plain.length; i++) {
          expect(t.startOf[i]).toBeGreaterThanOrEqual(0);
          expect(t.endOf[i]).toBeLessThanOrEqual(s.length);
          expect(t.startOf[i]).toBeLessThan(t.endOf[i]!);
          if (i > 0) expect(t.startOf[i]).toBeGreaterThanOrEqual(t.startOf[i - 1]!);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never splits a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(), fc.nat(), (s, a, b) => {
        const t = normalise(s);
        if (!t.plain.length) return;
        const start = a % t.plain.length;
        const end = start + 1 + (b % (t.plain.length - start));
        const span = toOriginalSpan(t, start, end);
        const isLow = (i: number): boolean =>
          i > 0 && i < s.length && /[\udc00-\udfff]/.test(s[i]!) && /[\ud800-\udbff]/.test(s[i - 1]!);
        expect(isLow(span.start)).toBe(false);
        expect(isLow(span.end)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
