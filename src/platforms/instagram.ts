// Instagram (www.instagram.com): the "Create new post" dialog's caption box (Lexical, contenteditable
// fallback) and a feed post's comment textarea (platforms.md §1.3). Share and Post are role=button
// elements known only by their text.
import { editorKindOf } from './editor-text';
import { controlText, fieldValue, previewOf, queryAll } from './dom';
import type { Composer, SiteAdapter } from './types';

const CAPTION = '[role="dialog"] [contenteditable="true"][role="textbox"]';
const COMMENT = 'textarea[aria-label^="Add a comment"]';
const BUTTON = '[role="button"], button';
const ALT_FIELD =
  'input[placeholder^="Write alt text"], input[aria-label="Alt text"], textarea[aria-label="Alt text"]';
const MEDIA = 'img[src^="blob:"], video[src^="blob:"]';

function buttonsNamed(scope: Element, names: readonly string[]): HTMLElement[] {
  return queryAll(scope, BUTTON).filter((b) => names.includes(controlText(b)) && !b.hidden);
}

function caption(editor: HTMLElement): Composer {
  const scope = editor.closest('[role="dialog"]') ?? editor;
  return { editor, kind: editorKindOf(editor), context: 'post', scope, submitKeys: [] };
}

function comment(editor: HTMLElement): Composer {
  const scope = editor.closest('form') ?? editor.parentElement ?? editor;
  return { editor, kind: 'textarea', context: 'comment', scope, submitKeys: ['enter'] };
}

export const instagram: SiteAdapter = {
  site: 'instagram',
  findComposers: (doc) => [...queryAll(doc, CAPTION).map(caption), ...queryAll(doc, COMMENT).map(comment)],
  findPostControls: (composer) =>
    buttonsNamed(composer.scope, composer.context === 'post' ? ['Share'] : ['Post']),
  readAttachments(composer) {
    if (composer.context !== 'post') return [];
    // Each alt-text row shows its own thumbnail: one row per attached file, in order.
    const rows = queryAll(composer.scope, ALT_FIELD)
      .map((field) => ({ field, media: field.parentElement?.querySelector(MEDIA) }))
      .filter((row) => row.media);
    if (rows.length > 0) return rows.map((row) => previewOf(row.media!, fieldValue(row.field)));
    return queryAll(composer.scope, MEDIA).map((media) => previewOf(media));
  },
  attachmentAnchor: (input) => input.closest('[role="dialog"]') ?? input.closest('form'),
};
