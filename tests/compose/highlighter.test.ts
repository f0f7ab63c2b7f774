// Underlines: CSS Custom Highlight API where the browser has it (one neutral highlight for all
// findings), boxes in the closed-shadow-root overlay where it does not.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HIGHLIGHT_NAME, Highlighter } from '../../src/compose/highlighter';
import { createOverlay } from '../../src/compose/overlay';

function rangeOver(text: string): Range {
  document.body.innerHTML = `<div contenteditable="true"><p>${text}</p></div>`;
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!.firstChild!);
  return range;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('highlighter', () => {
  test('uses one neutral CSS highlight for every composer and clears it', () => {
    const registry = new Map<string, { ranges: Range[] }>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal('Highlight', FakeHighlight);
    const controller = new AbortController();
    const highlighter = new Highlighter(document, createOverlay(document), controller.signal, true);
    const a = rangeOver('Amelia Thornbury');
    highlighter.set('c1', { kind: 'ranges', ranges: [a] });
    highlighter.set('c2', { kind: 'ranges', ranges: [a.cloneRange()] });
    expect([...registry.keys()]).toEqual([HIGHLIGHT_NAME]);
    expect(registry.get(HIGHLIGHT_NAME)!.ranges).toHaveLength(2);
    highlighter.clear('c1');
    highlighter.clear('c2');
    expect(registry.size).toBe(0);
    controller.abort();
    vi.unstubAllGlobals();
  });

  test('without the API, draws boxes in the overlay, and removes them when aborted', () => {
    const overlay = createOverlay(document);
    const controller = new AbortController();
    const highlighter = new Highlighter(document, overlay, controller.signal, false);
    const range = rangeOver('at 2.30pm');
    vi.spyOn(range, 'getClientRects').mockReturnValue([
      new DOMRect(10, 20, 60, 18),
    ] as unknown as DOMRectList);
    highlighter.set('c1', { kind: 'ranges', ranges: [range] });
    const boxes = overlay.layer().querySelectorAll('.box');
    expect(boxes).toHaveLength(1);
    expect((boxes[0] as HTMLElement).style.left).toBe('10px');
    // The host is in the page, but its content is in a closed shadow root the page cannot open.
    const host = document.documentElement.lastElementChild as HTMLElement;
    expect(host.shadowRoot).toBeNull();
    expect(host.textContent).toBe('');
    controller.abort();
    expect(overlay.layer().querySelectorAll('.box')).toHaveLength(0);
  });
});
