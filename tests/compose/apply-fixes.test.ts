// Fixes typed into a textarea the way a React site needs (setRangeText + input event), last to first,
// checked after; and the offset arithmetic and media merging they rely on.
import { describe, expect, test, vi } from 'vitest';
import { applyEdits, applyToText, nonOverlapping, replaceInTextarea } from '../../src/compose/apply-fixes';
import { mergeMedia, newAttachmentState, addCaptured } from '../../src/compose/attachments';
import type { Composer } from '../../src/platforms/types';

function textarea(value: string): HTMLTextAreaElement {
  document.body.innerHTML = '<textarea></textarea>';
  const field = document.querySelector('textarea')!;
  field.value = value;
  return field;
}

function composerFor(field: HTMLTextAreaElement): Composer {
  return { editor: field, kind: 'textarea', context: 'post', scope: document.body, submitKeys: [] };
}

const DRAFT = 'Amelia Thornbury won. Assembly at 2.30pm on Friday.';
const edits = [
  { start: 0, end: 16, replacement: 'Amelia' },
  { start: 31, end: 40, replacement: 'in the afternoon' },
];

describe('textarea fixes', () => {
  test('replaces the span and fires one input event per fix, so React sees the change', () => {
    const field = textarea('Well done Amelia Thornbury!');
    const onInput = vi.fn();
    field.addEventListener('input', onInput);
    expect(replaceInTextarea(field, { start: 10, end: 26, replacement: 'Amelia' })).toBe(true);
    expect(field.value).toBe('Well done Amelia!');
    expect(onInput).toHaveBeenCalledTimes(1);
    expect(onInput.mock.calls[0]![0].bubbles).toBe(true);
  });

  test('applies several fixes last to first and verifies the result', async () => {
    const field = textarea(DRAFT);
    const result = await applyEdits(composerFor(field), DRAFT, edits);
    expect(result).toEqual({ ok: true });
    expect(field.value).toBe('Amelia won. Assembly in the afternoon on Friday.');
  });

  test('refuses when the post changed since it was checked, and leaves it alone', async () => {
    const field = textarea(`${DRAFT} More`);
    const result = await applyEdits(composerFor(field), DRAFT, edits);
    expect(result.ok).toBe(false);
    expect(field.value).toBe(`${DRAFT} More`);
  });

  test('an empty replacement removes the words', () => {
    const field = textarea('Ask Mrs Smith');
    replaceInTextarea(field, { start: 3, end: 13, replacement: '' });
    expect(field.value).toBe('Ask');
  });
});

describe('offsets', () => {
  test('applyToText matches what the editor should hold', () => {
    expect(applyToText(DRAFT, edits)).toBe('Amelia won. Assembly in the afternoon on Friday.');
  });

  test('overlapping fixes keep the first and go last to first', () => {
    const kept = nonOverlapping([
      { start: 0, end: 16, replacement: 'Amelia' },
      { start: 0, end: 6, replacement: '' },
      { start: 20, end: 25, replacement: 'x' },
    ]);
    expect(kept.map((e) => e.start)).toEqual([20, 0]);
    expect(kept[1]!.replacement).toBe('Amelia');
  });
});

describe('attachments', () => {
  test('captured file names fill the previews in order; previews give type and alt', () => {
    const state = newAttachmentState();
    addCaptured(state, [
      { name: 'IMG_1.jpg', type: 'image' },
      { name: 'amelia.mp4', type: 'video' },
    ]);
    expect(
      mergeMedia(state, [
        { type: 'image', alt: 'Goats' },
        { type: 'video', alt: '' },
      ]),
    ).toEqual([
      { type: 'image', filename: 'IMG_1.jpg', alt: 'Goats' },
      { type: 'video', filename: 'amelia.mp4', alt: '' },
    ]);
  });

  test('once previews have gone (posted or removed), the captured names go too', () => {
    const state = newAttachmentState();
    addCaptured(state, [{ name: 'IMG_1.jpg', type: 'image' }]);
    expect(mergeMedia(state, [])).toHaveLength(1); // no recognisable preview yet: count the file
    mergeMedia(state, [{ type: 'image', alt: '' }]);
    expect(mergeMedia(state, [])).toEqual([]);
  });
});
