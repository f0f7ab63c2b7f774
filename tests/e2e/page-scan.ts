// What a script in the site's page could read: the whole DOM, open shadow roots, attributes, form
// values and same-origin iframes, plus the CSS highlight registry. Used to prove that no roster name
// the user did not type, and no consent fact, ever reaches the page.

// A string, not a function: tsx would wrap named inner functions in a `__name` helper the page lacks.
const SCAN_PAGE = `(() => {
  const out = [document.title];
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) { out.push(node.data); continue; }
      if (!(node instanceof Element)) continue;
      for (const attr of Array.from(node.attributes)) out.push(attr.name + '=' + attr.value);
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) out.push(node.value);
      if (node.shadowRoot) visit(node.shadowRoot); // open roots only: closed ones are out of reach
      if (node instanceof HTMLIFrameElement) {
        try { if (node.contentDocument) visit(node.contentDocument); } catch { /* cross-origin */ }
      }
    }
  };
  visit(document);
  for (const [name, highlight] of CSS.highlights ?? []) {
    out.push('highlight:' + name);
    for (const range of highlight) out.push(range.toString());
  }
  return out.join('\\n');
})()`;

/** A Playwright page (the Chromium specs) or a puppeteer one (firefox.spec.ts). */
interface ScriptablePage {
  evaluate(script: string): Promise<unknown>;
}

export async function pageReadableText(page: ScriptablePage): Promise<string> {
  return String(await page.evaluate(SCAN_PAGE));
}

/** Roster names found in `text` (whole words, any case) that are not among `allowed`. */
export function leakedNames(text: string, names: readonly string[], allowed: readonly string[]): string[] {
  const ok = new Set(allowed.map((n) => n.toLowerCase()));
  return names.filter((n) => !ok.has(n.toLowerCase()) && new RegExp(`\\b${n}\\b`, 'i').test(text));
}

export const CONSENT_WORDS = /consent|do[- ]not[- ]publish|donotpublish|no photo|no video|permission/i;
