// Neutral underlines under flagged spans, and a neutral hint on hover. The same look for every rule
// and severity: a page script can read CSS.highlights, so nothing drawn says why a span is flagged.
// CSS Custom Highlight API where it exists (the editor's DOM is never touched); otherwise boxes in
// the closed-shadow-root overlay. Textareas always use boxes (their text is not in the DOM).
import { make, type Overlay } from './overlay';
import { textareaSpanRects } from './textarea-mirror';

export const HIGHLIGHT_NAME = 'safetopost-check';
export const HINT_TEXT = 'Check this before posting';

export type Marks =
  | { kind: 'ranges'; ranges: Range[] }
  | { kind: 'textarea'; field: HTMLTextAreaElement; spans: Array<readonly [number, number]> };

export function supportsCustomHighlights(view: Window): boolean {
  const css = (view as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return (
    !!css &&
    typeof css.highlights === 'object' &&
    typeof (view as { Highlight?: unknown }).Highlight === 'function'
  );
}

type HighlightCtor = new (...ranges: Range[]) => object;
interface HighlightRegistry {
  set(name: string, highlight: object): void;
  delete(name: string): void;
}

export class Highlighter {
  private readonly marks = new Map<string, Marks>();
  private readonly boxes: HTMLElement[] = [];
  private boxRects: DOMRect[] = [];
  private hint: HTMLElement | null = null;
  private repaintFrame = 0;
  private hoverFrame = 0;
  private readonly useCssHighlights: boolean;

  constructor(
    private readonly doc: Document,
    private readonly overlay: Overlay,
    signal: AbortSignal,
    useCssHighlights = supportsCustomHighlights(doc.defaultView!),
  ) {
    this.useCssHighlights = useCssHighlights;
    const view = doc.defaultView!;
    const repaint = (): void => this.scheduleRepaint();
    view.addEventListener('scroll', repaint, { capture: true, passive: true, signal });
    view.addEventListener('resize', repaint, { passive: true, signal });
    doc.addEventListener('input', repaint, { capture: true, passive: true, signal });
    doc.addEventListener('mousemove', (e) => this.scheduleHover(e.clientX, e.clientY), {
      capture: true,
      passive: true,
      signal,
    });
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  set(composerId: string, marks: Marks): void {
    this.marks.set(composerId, marks);
    this.repaint();
  }

  clear(composerId: string): void {
    if (this.marks.delete(composerId)) this.repaint();
  }

  /** How many spans are drawn (for tests and the tab status). */
  get size(): number {
    let n = 0;
    for (const m of this.marks.values()) n += m.kind === 'ranges' ? m.ranges.length : m.spans.length;
    return n;
  }

  private scheduleRepaint(): void {
    if (this.repaintFrame || this.boxes.length === 0) return;
    this.repaintFrame = this.doc.defaultView!.requestAnimationFrame(() => {
      this.repaintFrame = 0;
      this.repaint();
    });
  }

  private repaint(): void {
    const ranges: Range[] = [];
    const rects: DOMRect[] = [];
    for (const m of this.marks.values()) {
      if (m.kind === 'ranges') {
        if (this.useCssHighlights) ranges.push(...m.ranges);
        else for (const r of m.ranges) rects.push(...Array.from(r.getClientRects()));
      } else if (m.field.isConnected) {
        rects.push(...textareaSpanRects(m.field, m.spans, this.overlay.layer()));
      }
    }
    if (this.useCssHighlights) this.paintHighlights(ranges);
    this.paintBoxes(rects);
  }

  private paintHighlights(ranges: Range[]): void {
    const view = this.doc.defaultView as unknown as {
      CSS: { highlights: HighlightRegistry };
      Highlight: HighlightCtor;
    };
    if (ranges.length === 0) view.CSS.highlights.delete(HIGHLIGHT_NAME);
    else view.CSS.highlights.set(HIGHLIGHT_NAME, new view.Highlight(...ranges));
  }

  private paintBoxes(rects: DOMRect[]): void {
    this.boxRects = rects;
    if (rects.length === 0 && this.boxes.length === 0) return;
    const layer = this.overlay.layer();
    while (this.boxes.length > rects.length) this.boxes.pop()!.remove();
    rects.forEach((r, i) => {
      let box = this.boxes[i];
      if (!box) {
        box = make(this.doc, 'div', 'box');
        layer.append(box);
        this.boxes.push(box);
      }
      Object.assign(box.style, {
        left: `${r.left}px`,
        top: `${r.top}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
    });
  }

  private currentRects(): DOMRect[] {
    const rects = [...this.boxRects];
    if (this.useCssHighlights) {
      for (const m of this.marks.values()) {
        if (m.kind === 'ranges') for (const r of m.ranges) rects.push(...Array.from(r.getClientRects()));
      }
    }
    return rects;
  }

  private scheduleHover(x: number, y: number): void {
    if (this.hoverFrame || (this.marks.size === 0 && !this.hint)) return;
    this.hoverFrame = this.doc.defaultView!.requestAnimationFrame(() => {
      this.hoverFrame = 0;
      const over = this.currentRects().some(
        (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 2 && y <= r.bottom + 2,
      );
      this.showHint(over ? { x, y } : null);
    });
  }

  private showHint(at: { x: number; y: number } | null): void {
    if (!at) {
      if (this.hint) this.hint.hidden = true;
      return;
    }
    if (!this.hint) {
      this.hint = make(this.doc, 'div', 'hint', HINT_TEXT);
      this.hint.setAttribute('role', 'tooltip');
      this.overlay.layer().append(this.hint);
    }
    this.hint.hidden = false;
    Object.assign(this.hint.style, { left: `${at.x + 12}px`, top: `${at.y + 18}px` });
  }

  private destroy(): void {
    this.marks.clear();
    if (this.useCssHighlights) this.paintHighlights([]);
    this.paintBoxes([]);
    this.hint?.remove();
    this.hint = null;
  }
}
