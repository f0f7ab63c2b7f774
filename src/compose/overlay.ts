// One host element over the page with a CLOSED shadow root: underline boxes (fallback), the hover
// hint, the "checking…" pill and the review iframe live inside it, out of the page scripts' reach.
// Added lazily, under <html> rather than <body> so SPA re-renders of the body leave it alone.

const OVERLAY_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647; }
.box { position: fixed; border-bottom: 2px dotted #9a6700; pointer-events: none; }
.hint, .pill { position: fixed; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: #24292f; color: #fff; border-radius: 6px; padding: 6px 10px; box-shadow: 0 2px 8px rgb(0 0 0 / 30%); }
.hint { pointer-events: none; max-width: 260px; }
.pill { pointer-events: auto; display: flex; gap: 8px; align-items: center; }
.pill button { font: inherit; border: 1px solid #fff; background: transparent; color: #fff; border-radius: 4px;
  padding: 2px 8px; cursor: pointer; }
.pill button:focus-visible { outline: 3px solid #ffd33d; outline-offset: 1px; }
.mirror { position: fixed; visibility: hidden; overflow: hidden; white-space: pre-wrap; overflow-wrap: break-word; }
.review { position: fixed; inset: 0; pointer-events: auto; }
.review iframe { width: 100%; height: 100%; border: 0; display: block; color-scheme: light; background: transparent; }
[hidden] { display: none !important; }
`;

export interface Overlay {
  /** The fixed, full-viewport layer to draw into (inside the closed shadow root). */
  layer(): HTMLElement;
  destroy(): void;
}

export function createOverlay(doc: Document): Overlay {
  let host: HTMLElement | null = null;
  let layer: HTMLElement | null = null;

  const ensure = (): HTMLElement => {
    if (host && layer) {
      if (!host.isConnected) doc.documentElement.append(host);
      return layer;
    }
    host = doc.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    adoptStyles(doc, root);
    layer = doc.createElement('div');
    layer.className = 'layer';
    root.append(layer);
    doc.documentElement.append(host);
    return layer;
  };

  return {
    layer: ensure,
    destroy() {
      host?.remove();
      host = null;
      layer = null;
    },
  };
}

/** A constructed stylesheet: CSSOM is not subject to the page's style-src CSP, a <style> tag is. */
function adoptStyles(doc: Document, root: ShadowRoot): void {
  const View = doc.defaultView;
  if (View && 'adoptedStyleSheets' in root && typeof View.CSSStyleSheet === 'function') {
    try {
      const sheet = new View.CSSStyleSheet();
      sheet.replaceSync(OVERLAY_CSS);
      root.adoptedStyleSheets = [sheet];
      return;
    } catch {
      // fall through to a <style> element
    }
  }
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  root.append(style);
}

export function make<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  if (text) el.textContent = text;
  return el;
}
