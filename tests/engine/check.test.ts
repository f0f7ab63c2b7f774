import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../rules';
import { check, createConfig, emptySettings } from '../../src/engine/check';
import type { Draft } from '../../src/engine/types';
import { parseRosterCsv } from '../../src/settings/roster-csv';
import { EXAMPLE_ROSTER_CSV } from '../rules/example-roster';

const config = createConfig(ALL_RULES, parseRosterCsv(EXAMPLE_ROSTER_CSV).pupils, emptySettings());
const draft = (text: string, media: Draft['media'] = []): Draft => ({
  platform: 'facebook',
  context: 'post',
  text,
  media,
});

describe('check', () => {
  it('returns findings with every field of the findings format, spans pointing into the text as typed', () => {
    const text = 'Well done to Tilly Ashworth! Disco tonight from 6.30pm.';
    const findings = check(draft(text, [{ type: 'image', filename: 'tilly.jpg', alt: '' }]), config);
    const full = findings.find((f) => f.rule === 'pupil-full-name')!;
    expect(full).toMatchObject({ severity: 'block', field: 'text' });
    expect(text.slice(full.start, full.end)).toBe('Tilly Ashworth');
    expect(full.message).toMatch(/first name/);
    expect(full.fix).toEqual({ label: expect.any(String), replacement: 'Tilly' });
    expect(findings.some((f) => f.rule === 'name-with-image' && f.field === 'media/0/filename')).toBe(true);
  });

  it('honours the admin’s rule settings', () => {
    const settings = {
      ...emptySettings(),
      rules: { 'pupil-full-name': { enabled: false, severity: 'block' as const } },
    };
    const quiet = createConfig(ALL_RULES, parseRosterCsv(EXAMPLE_ROSTER_CSV).pupils, settings);
    expect(
      check(draft('Well done Tilly Ashworth'), quiet).filter((f) => f.rule === 'pupil-full-name'),
    ).toEqual([]);
  });

  it('orders findings by field and position', () => {
    const findings = check(draft('Tilly Ashworth and Kofi Owusu-Ansah'), config);
    const starts = findings.filter((f) => f.field === 'text').map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('finds the same names in NFC and NFD text, spans covering the same characters', () => {
    const text = 'Thanks Ruairí O’Donnell and Zuzanna Wójcik!';
    const spans = (t: string): string[] =>
      check(draft(t), config)
        .filter((f) => f.rule === 'pupil-full-name')
        .map((f) => t.slice(f.start, f.end).normalize('NFC'));
    expect(spans(text.normalize('NFD'))).toEqual(spans(text.normalize('NFC')));
    expect(spans(text.normalize('NFD'))).toEqual(['Ruairí O’Donnell', 'Zuzanna Wójcik']);
  });

  it('property: spans lie inside their field and NFC/NFD forms flag the same characters', () => {
    const piece = fc.constantFrom(
      'Tilly Ashworth',
      'Ruairí O’Donnell',
      'Zuzanna Wójcik',
      ' at 6.30pm ',
      ' Hope ',
      ' école ',
      '\u200b',
      '\u00a0',
      '🎉',
      ', ',
      '\n',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const got = (t: string): string[] =>
          check(draft(t, [{ type: 'image', filename: 'x.jpg', alt: t }]), config).map((f) => {
            const src = f.field === 'text' || f.field === 'media/0/alt' ? t : 'x.jpg';
            expect(f.start).toBeGreaterThanOrEqual(0);
            expect(f.end).toBeLessThanOrEqual(src.length);
            expect(f.start).toBeLessThanOrEqual(f.end);
            return `${f.rule}:${f.field}:${src.slice(f.start, f.end).normalize('NFC')}`;
          });
        expect(got(text.normalize('NFD'))).toEqual(got(text.normalize('NFC')));
      }),
      { numRuns: 150 },
    );
  });

  it('property: 50,000 characters of random Unicode never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 50_000, maxLength: 50_000 }), (text) => {
        for (const f of check(
          draft(text, [{ type: 'video', filename: text.slice(0, 200), alt: text.slice(0, 500) }]),
          config,
        )) {
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 5 },
    );
  });

  it('checks a post of every kind of odd character without losing offsets', () => {
    const text = '\ufeffＴｉｌｌｙ　Ａｓｈｗｏｒｔｈ\u200d won';
    const f = check(draft(text), config).find((x) => x.rule === 'pupil-full-name')!;
    expect(text.slice(f.start, f.end)).toBe('Ｔｉｌｌｙ　Ａｓｈｗｏｒｔｈ');
  });
});
