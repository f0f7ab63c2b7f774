// Types fixes into the editor through its own input path, so Lexical's and Draft.js's state stays
// in step with the DOM and Ctrl+Z undoes them (Harper: execCommand('insertText') / beforeinput;
// writing the DOM directly corrupts those editors). Edits go last to first so offsets stay valid;
// the text is re-read and checked after each one. Nothing outside the editor is touched.
import { readEditorText, rangeForSpan } from '../platforms/editor-text';
import type { Composer } from '../platforms/types';
import type { TextEdit } from './protocol';

export type ApplyResult = { ok: true } | { ok: false; reason: string };

/** `text` with the edits applied (edits must not overlap). */
export function applyToText(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

/**
 * Where two fixes touch the same words (full name → first name, and the first name itself), keeps
 * the one over the longer span; a re-check then offers what is left. Sorted last to first.
 */
export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const kept: TextEdit[] = [];
  for (const e of [...edits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const prev = kept.at(-1);
    if (prev && e.start < prev.end) continue;
    kept.push(e);
  }
  return kept.reverse();
}

export async function applyEdits(
  composer: Composer,
  baseText: string,
  edits: readonly TextEdit[],
): Promise<ApplyResult> {
  const current = readEditorText(composer.editor, composer.kind).text;
  if (current !== baseText) return { ok: false, reason: 'The post changed after it was checked.' };
  let expected = baseText;
  for (const edit of nonOverlapping(edits)) {
    const before = expected;
    expected = applyToText(expected, [edit]);
    const done =
      composer.editor instanceof HTMLTextAreaElement
        ? replaceInTextarea(composer.editor, edit)
        : await replaceInRichEditor(composer, edit);
    const now = readEditorText(composer.editor, composer.kind).text;
    if (!done || now !== expected) {
      // Undo a half-applied edit rather than leave the draft mangled.
      if (now !== before && now !== expected) composer.editor.ownerDocument.execCommand?.('undo');
      return { ok: false, reason: 'A fix could not be typed into the post. Please edit it by hand.' };
    }
  }
  return { ok: true };
}

/**
 * Textarea: execCommand keeps the browser's undo stack and fires a real input event; where it does
 * nothing, setRangeText and an input event (React compares the node's value with the one it last saw,
 * so its onChange still fires).
 */
export function replaceInTextarea(field: HTMLTextAreaElement, edit: TextEdit): boolean {
  const wanted = field.value.slice(0, edit.start) + edit.replacement + field.value.slice(edit.end);
  field.focus();
  field.setSelectionRange(edit.start, edit.end);
  const doc = field.ownerDocument;
  const typed = typeof doc.execCommand === 'function' && execInsert(doc, edit.replacement);
  if (typed && field.value === wanted) return true;
  field.setRangeText(edit.replacement, edit.start, edit.end, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return field.value === wanted;
}

function execInsert(doc: Document, replacement: string): boolean {
  try {
    return replacement === ''
      ? doc.execCommand('delete', false)
      : doc.execCommand('insertText', false, replacement);
  } catch {
    return false;
  }
}

const nextFrame = (view: Window): Promise<void> =>
  new Promise((resolve) => {
    view.requestAnimationFrame(() => setTimeout(resolve, 0));
  });

/** Lexical, Draft.js, plain contenteditable: select the span in the DOM, then type over it. */
async function replaceInRichEditor(composer: Composer, edit: TextEdit): Promise<boolean> {
  const { editor } = composer;
  const doc = editor.ownerDocument;
  const view = doc.defaultView!;
  const range = rangeForSpan(readEditorText(editor, composer.kind), edit.start, edit.end);
  if (!range) return false;
  editor.focus({ preventScroll: true });
  const selection = view.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  // Lexical and Draft.js pick up the DOM selection on selectionchange, which fires asynchronously.
  await nextFrame(view);
  let typed = execInsert(doc, edit.replacement);
  if (!typed) typed = dispatchBeforeInput(editor, range, edit.replacement);
  await nextFrame(view);
  return typed;
}

/** The editor handles beforeinput itself (and cancels it) when execCommand is unavailable. */
function dispatchBeforeInput(editor: HTMLElement, range: Range, data: string): boolean {
  const view = editor.ownerDocument.defaultView!;
  const event = new view.InputEvent('beforeinput', {
    inputType: data === '' ? 'deleteContent' : 'insertReplacementText',
    data,
    bubbles: true,
    cancelable: true,
    composed: true,
    targetRanges: [new view.StaticRange(range)],
  });
  return !editor.dispatchEvent(event);
}
