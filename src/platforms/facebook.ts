// Facebook (www.facebook.com): Lexical editors for the "Create post" dialog and comment/reply boxes
// (platforms.md §1.2). Anchored on the editor and its form/dialog, never on Facebook's atomic classes.
// aria-labels are localised: these are the English ones.
import { editorKindOf } from './editor-text';
import { fieldValue, previewOf, queryAll } from './dom';
import type { Composer, SiteAdapter } from './types';

const EDITOR = '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
const POST_BUTTON = '[role="button"][aria-label="Post"]';
const COMMENT_BUTTON = '[role="button"][aria-label="Comment"], [role="button"][aria-label="Reply"]';
const MEDIA = 'img[src^="blob:"], video[src^="blob:"]';
const ALT_FIELD = 'textarea[aria-label="Alt text"], input[aria-label="Alt text"]';

function describe(editor: HTMLElement): Composer {
  // A comment box sits in its own form; the post composer is a form inside a dialog.
  const scope = editor.closest('form') ?? editor.closest('[role="dialog"]') ?? editor.parentElement ?? editor;
  const isPost = scope.querySelector(POST_BUTTON) !== null;
  const label = editor.getAttribute('aria-label') ?? '';
  return {
    editor,
    kind: editorKindOf(editor),
    context: isPost ? 'post' : /reply/i.test(label) ? 'reply' : 'comment',
    scope,
    // "Press Enter to post": comment and reply boxes submit on Enter.
    submitKeys: isPost ? [] : ['enter'],
  };
}

export const facebook: SiteAdapter = {
  site: 'facebook',
  findComposers: (doc) => queryAll(doc, EDITOR).map(describe),
  findPostControls: (composer) =>
    queryAll(composer.scope, composer.context === 'post' ? POST_BUTTON : COMMENT_BUTTON),
  readAttachments: (composer) =>
    queryAll(composer.scope, MEDIA).map((media) =>
      previewOf(media, fieldValue(media.closest('[role="listitem"]')?.querySelector(ALT_FIELD))),
    ),
  attachmentAnchor: (input) => input.closest('form, [role="dialog"]'),
};
