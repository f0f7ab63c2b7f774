// Reading plain text out of Lexical and Draft.js DOM, and mapping offsets back to DOM ranges.
import { describe, expect, test } from 'vitest';
import { readEditorText, rangeForSpan } from '../../src/platforms/editor-text';

function editor(html: string, attrs = 'data-lexical-editor="true"'): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" ${attrs}>${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

const span = (t: string) => `<span data-lexical-text="true">${t}</span>`;

describe('Lexical', () => {
  test('paragraphs join with a line break; placeholder <br>s are dropped', () => {
    const root = editor(
      `<p>${span('Trip')}</p><p><br></p><p>${span('Amelia ')}<strong>${span('Thornbury')}</strong></p>`,
    );
    expect(readEditorText(root).text).toBe('Trip\n\nAmelia Thornbury');
  });

  test('a line break inside a paragraph counts; the managed trailing one does not', () => {
    const root = editor(`<p>${span('a')}<br>${span('b')}<br><br data-lexical-managed-linebreak="true"></p>`);
    expect(readEditorText(root).text).toBe('a\nb\n');
  });

  test('a list does not add blank lines', () => {
    const root = editor(`<p>${span('Kit:')}</p><ul><li>${span('hat')}</li><li>${span('coat')}</li></ul>`);
    expect(readEditorText(root).text).toBe('Kit:\nhat\ncoat');
  });

  test('a span maps back to the DOM range over exactly those characters', () => {
    const root = editor(
      `<p>${span('Well done ')}<b>${span('Amelia')}</b>${span(' Thornbury!')}</p><p>${span('Next line')}</p>`,
    );
    const text = readEditorText(root);
    const start = text.text.indexOf('Amelia');
    const end = text.text.indexOf('!');
    expect(rangeForSpan(text, start, end)?.toString()).toBe('Amelia Thornbury');
    const next = text.text.indexOf('Next');
    expect(rangeForSpan(text, next, next + 4)?.toString()).toBe('Next');
    expect(rangeForSpan(text, 3, 3)).toBeNull();
  });
});

describe('Draft.js', () => {
  test('blocks join with a line break; an empty block is an empty line', () => {
    const block = (t: string) =>
      `<div data-block="true"><div><span><span data-text="true">${t}</span></span></div></div>`;
    const empty = `<div data-block="true"><div><span><br data-text="true"></span></div></div>`;
    const root = editor(
      `<div data-contents="true">${block('Year 5 trip')}${empty}${block('#STEM')}</div>`,
      'class="public-DraftEditor-content"',
    );
    expect(readEditorText(root).text).toBe('Year 5 trip\n\n#STEM');
  });
});

test('a textarea reads its value', () => {
  document.body.innerHTML = '<textarea></textarea>';
  const field = document.querySelector('textarea')!;
  field.value = 'Line one\nLine two';
  expect(readEditorText(field)).toEqual({ text: 'Line one\nLine two', pieces: [] });
});
