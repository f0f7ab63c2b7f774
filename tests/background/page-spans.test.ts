import { describe, expect, it } from 'vitest';
import { pageSpans } from '../../src/background/page-messages';
import type { Finding } from '../../src/engine/types';

const finding = (rule: string, start: number, end: number): Finding => ({
  rule,
  severity: 'block',
  field: 'text',
  start,
  end,
  message: 'There is no consent to publish Tilly’s name.',
  pupil: 3,
});

describe('what the page may see of a check', () => {
  it('never underlines a consent finding, so a page script cannot learn who lacks consent', () => {
    const spans = pageSpans([finding('missing-consent', 15, 20), finding('pupil-full-name', 0, 14)]);
    expect(spans).toEqual([{ rule: 'pupil-full-name', severity: 'block', field: 'text', start: 0, end: 14 }]);
  });

  it('carries no message, name or pupil index', () => {
    for (const span of pageSpans([finding('pupil-full-name', 0, 14)])) {
      expect(Object.keys(span).sort()).toEqual(['end', 'field', 'rule', 'severity', 'start']);
    }
  });
});
