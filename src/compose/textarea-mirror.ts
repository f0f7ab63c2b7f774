// Where characters of a textarea are on screen: a hidden copy with the same box and font, laid over
// it, with the spans wrapped. A textarea's text is not in the DOM, so neither ranges nor the
// Custom Highlight API can reach it.
import { make } from './overlay';

const COPIED_STYLES = [
  'boxSizing',
  'width',
  'height',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'letterSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'wordSpacing',
  'tabSize',
  'direction',
] as const;

/** Client rects of each [start, end) span of the field's value, clipped to the field's box. */
export function textareaSpanRects(
  field: HTMLTextAreaElement,
  spans: ReadonlyArray<readonly [number, number]>,
  layer: HTMLElement,
): DOMRect[] {
  const doc = field.ownerDocument;
  const view = doc.defaultView;
  if (!view || spans.length === 0) return [];
  const box = field.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return [];
  const style = view.getComputedStyle(field);
  const mirror = make(doc, 'div', 'mirror');
  for (const prop of COPIED_STYLES) mirror.style[prop] = style[prop];
  mirror.style.top = `${box.top}px`;
  mirror.style.left = `${box.left}px`;
  const value = field.value;
  const marks: HTMLElement[] = [];
  let at = 0;
  for (const [start, end] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > value.length || start >= end) continue;
    mirror.append(value.slice(at, start));
    const mark = make(doc, 'span', '', value.slice(start, end));
    marks.push(mark);
    mirror.append(mark);
    at = end;
  }
  mirror.append(value.slice(at) + '\u200b');
  layer.append(mirror);
  // The copy is not scrolled: shift its rects by the field's own scroll.
  const rects: DOMRect[] = [];
  for (const mark of marks) {
    for (const r of Array.from(mark.getClientRects())) {
      const top = r.top - field.scrollTop;
      const left = r.left - field.scrollLeft;
      if (top + r.height < box.top || top > box.bottom || left > box.right || left + r.width < box.left)
        continue;
      rects.push(new DOMRect(left, top, r.width, r.height));
    }
  }
  mirror.remove();
  return rects;
}
