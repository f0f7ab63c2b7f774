// One adapter per site, behind this interface. Every CSS selector for a site lives in its adapter;
// src/compose/ only ever talks to these shapes.
import type { PostContext } from '../engine/types';
import type { SiteId } from '../compose/protocol';

/** How the editor keeps its text: decides how we read it and how a fix is typed into it. */
export type EditorKind = 'lexical' | 'draft' | 'textarea' | 'contenteditable';

/** Keys that post from inside the editor: Enter alone (comment boxes) or Ctrl/Cmd+Enter (X). */
export type SubmitKey = 'enter' | 'mod-enter';

export interface Composer {
  /** The contenteditable root or the textarea the user types into. */
  editor: HTMLElement;
  kind: EditorKind;
  context: PostContext;
  /** The smallest element holding the editor and its post controls (and usually its attachments). */
  scope: Element;
  submitKeys: readonly SubmitKey[];
}

/** An attached photo or video as the composer previews it. */
export interface AttachmentPreview {
  type: 'image' | 'video';
  /** The alt text the user gave (empty when the site has none or it was left empty). */
  alt: string;
  /** The file name when the site shows it; usually it does not. */
  name?: string;
}

export interface SiteAdapter {
  site: SiteId;
  /** Every composer in the document, in document order. */
  findComposers(doc: Document): Composer[];
  /** The controls that post this composer; looked up each time, since sites re-render them. */
  findPostControls(composer: Composer): HTMLElement[];
  /** Photos and videos the composer currently shows, in order. */
  readAttachments(composer: Composer): AttachmentPreview[];
  /**
   * Where a file chosen in `input` (or pasted or dropped on it) belongs when no composer contains it
   * yet, e.g. Instagram's dialog, where the file is chosen before the caption box exists.
   */
  attachmentAnchor(input: Element): Element | null;
}
