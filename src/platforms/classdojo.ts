// ClassDojo teacher app (teach.classdojo.com): React textareas for Class Story and Messages.
// No public code touches these composers (platforms.md §2): the data-name hooks follow ClassDojo's
// convention (`<composer>Textarea`, `<composer>PostButton`/`SendButton`, `<composer>Attachments`).
import { previewOf, queryAll } from './dom';
import type { Composer, SiteAdapter } from './types';

const EDITOR = 'textarea[data-name$="ComposerTextarea"]';
const MEDIA = 'img, video';

/** "storyComposerTextarea" → "storyComposer": the prefix every control of that composer shares. */
function prefixOf(composer: Composer): string {
  return (composer.editor.getAttribute('data-name') ?? '').replace(/Textarea$/, '');
}

function describe(editor: HTMLElement): Composer {
  const prefix = (editor.getAttribute('data-name') ?? '').replace(/Textarea$/, '');
  const scope = editor.closest(`[data-name="${prefix}"]`) ?? editor.parentElement ?? editor;
  const isMessage = /^message/i.test(prefix);
  return {
    editor,
    kind: 'textarea',
    context: isMessage ? 'message' : 'post',
    scope,
    // Messages send on Enter (Shift+Enter breaks the line); a story posts only by its button.
    submitKeys: isMessage ? ['enter'] : [],
  };
}

export const classdojo: SiteAdapter = {
  site: 'classdojo',
  findComposers: (doc) => queryAll(doc, EDITOR).map(describe),
  findPostControls(composer) {
    const prefix = prefixOf(composer);
    const doc = composer.editor.ownerDocument;
    return queryAll(doc, `[data-name="${prefix}PostButton"], [data-name="${prefix}SendButton"]`);
  },
  readAttachments(composer) {
    const list = composer.editor.ownerDocument.querySelector(
      `[data-name="${prefixOf(composer)}Attachments"]`,
    );
    return list ? queryAll(list, MEDIA).map((media) => previewOf(media)) : [];
  },
  attachmentAnchor: (input) => {
    const name = input.getAttribute('data-name') ?? '';
    return name.endsWith('FileInput')
      ? input.ownerDocument.querySelector(`[data-name="${name.replace(/FileInput$/, '')}"]`)
      : null;
  },
};
