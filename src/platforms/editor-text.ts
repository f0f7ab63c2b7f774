// Plain text out of the editors the sites use (Lexical, Draft.js, textarea), with a map from text
// offsets back to DOM positions so spans can be underlined and fixes typed in the right place.
// Editor-family markers only (as Harper's editorUtils does); site selectors live in the adapters.
import type { EditorKind } from './types';

/** A text node and the offset in the plain text where its data starts. */
export interface TextPiece {
  node: Text;
  start: number;
}

export interface EditorText {
  text: string;
  /** Empty for a textarea (its text is not in the DOM tree). */
  pieces: TextPiece[];
}

const LEXICAL_ROOT = '[data-lexical-editor="true"]';
const DRAFT_ROOT = '.public-DraftEditor-content, [data-contents="true"]';
const DRAFT_BLOCK = '[data-block="true"]';
const RICH_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre';

export function editorKindOf(editor: HTMLElement): EditorKind {
  if (editor instanceof HTMLTextAreaElement) return 'textarea';
  if (editor.matches(LEXICAL_ROOT)) return 'lexical';
  if (editor.matches(DRAFT_ROOT) || editor.querySelector(DRAFT_BLOCK)) return 'draft';
  return 'contenteditable';
}

function blockSelector(kind: EditorKind): string {
  if (kind === 'draft') return DRAFT_BLOCK;
  if (kind === 'lexical') return RICH_BLOCKS;
  return `${RICH_BLOCKS}, div`;
}

/** Nodes the user cannot see as text: hidden helpers, Lexical's decorator caret anchors. */
function isIgnored(el: Element): boolean {
  return (
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('data-lexical-decorator-boundary') ||
    el.tagName === 'STYLE' ||
    el.tagName === 'SCRIPT'
  );
}

/** Editors keep a <br> at the end of a block so empty and break-ending lines have height. */
function isPlaceholderBreak(br: Element, block: Element | null): boolean {
  if (br.hasAttribute('data-lexical-managed-linebreak')) return true;
  let node: Node | null = br;
  while (node && node !== block) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (
        next.nodeType === Node.TEXT_NODE ? (next as Text).data !== '' : next.nodeType === Node.ELEMENT_NODE
      ) {
        return false;
      }
    }
    node = node.parentNode;
  }
  return true;
}

/** Reads the editor's plain text: blocks joined by '\n', <br> as '\n', placeholder breaks dropped. */
export function readEditorText(editor: HTMLElement, kind: EditorKind = editorKindOf(editor)): EditorText {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    return { text: editor.value, pieces: [] };
  }
  const blocks = blockSelector(kind);
  const pieces: TextPiece[] = [];
  let text = '';
  let leafBlocks = 0;

  const walk = (parent: Node, block: Element | null): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        // Whitespace between blocks is markup formatting, not text the user typed.
        if (data === '' || (block === null && kind !== 'contenteditable' && data.trim() === '')) continue;
        pieces.push({ node: child as Text, start: text.length });
        text += data;
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const el = child as Element;
      if (isIgnored(el)) continue;
      if (el.tagName === 'BR') {
        if (!isPlaceholderBreak(el, block)) text += '\n';
        continue;
      }
      // Only innermost blocks start a line, so a list's items do not get a blank line before them.
      if (el.matches(blocks) && !el.querySelector(blocks)) {
        if (leafBlocks++ > 0) text += '\n';
        walk(el, el);
      } else {
        walk(el, block);
      }
    }
  };
  walk(editor, null);
  return { text, pieces };
}

function pieceLength(p: TextPiece): number {
  return p.node.data.length;
}

/** The DOM position of a text offset: inside a node when it can be, else at a node's edge. */
function positionAt(pieces: TextPiece[], offset: number, preferStart: boolean): [Text, number] | null {
  for (const p of pieces) {
    const len = pieceLength(p);
    const inside = preferStart
      ? offset >= p.start && offset < p.start + len
      : offset > p.start && offset <= p.start + len;
    if (inside) return [p.node, offset - p.start];
  }
  // The offset is on a line break between blocks: use the nearest edge.
  if (preferStart) {
    const next = pieces.find((p) => p.start >= offset);
    if (next) return [next.node, 0];
  }
  const before = [...pieces].reverse().find((p) => p.start + pieceLength(p) <= offset);
  return before ? [before.node, pieceLength(before)] : null;
}

/** A DOM Range over [start, end) of the plain text, or null when the text changed under us. */
export function rangeForSpan(editorText: EditorText, start: number, end: number): Range | null {
  const { pieces } = editorText;
  if (pieces.length === 0 || start >= end) return null;
  const from = positionAt(pieces, start, true);
  const to = positionAt(pieces, end, false);
  if (!from || !to) return null;
  const range = from[0].ownerDocument.createRange();
  try {
    range.setStart(from[0], from[1]);
    range.setEnd(to[0], to[1]);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}
