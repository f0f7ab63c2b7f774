// X (x.com): Draft.js composers on desktop, a textarea on mobile web; the home box, the
// /compose/post modal and the reply box (platforms.md §1.1). Buttons by data-testid, never by label.
import { editorKindOf } from './editor-text';
import { closestContaining, fieldValue, previewOf, queryAll } from './dom';
import type { Composer, SiteAdapter } from './types';

const EDITOR =
  '[contenteditable="true"][data-testid^="tweetTextarea_"], textarea[data-testid^="tweetTextarea"]';
const POST_BUTTON = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
const ATTACHMENT = '[data-testid="attachments"] [role="group"]';
const ALT_FIELD = 'input[aria-label="Add description"], textarea[aria-label="Add description"]';

function describe(editor: HTMLElement): Composer {
  const scope = closestContaining(editor, POST_BUTTON) ?? editor.parentElement ?? editor;
  const inDialog = editor.closest('[role="dialog"]') !== null;
  const isReply = !inDialog && /^\/\w+\/status\/\d+/.test(editor.ownerDocument.location?.pathname ?? '');
  return {
    editor,
    kind: editorKindOf(editor),
    context: isReply ? 'reply' : 'post',
    scope,
    submitKeys: ['mod-enter'],
  };
}

export const x: SiteAdapter = {
  site: 'x',
  findComposers: (doc) => queryAll(doc, EDITOR).map(describe),
  findPostControls: (composer) => queryAll(composer.scope, POST_BUTTON),
  readAttachments: (composer) =>
    queryAll(composer.scope, ATTACHMENT).flatMap((group) => {
      const media = group.querySelector('img, video');
      return media ? [previewOf(media, fieldValue(group.querySelector(ALT_FIELD)))] : [];
    }),
  attachmentAnchor: (input) => input.closest('[role="dialog"]'),
};
