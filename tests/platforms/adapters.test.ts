// Each site adapter against small snippets of its composer DOM (platforms.md): composers found with
// the right context and keys, post controls, attachments with alt text.
import { afterEach, describe, expect, test } from 'vitest';
import { adapterForHost, classdojo, facebook, instagram, x } from '../../src/platforms';
import { readEditorText } from '../../src/platforms/editor-text';

function mount(html: string): void {
  document.body.innerHTML = html;
}

afterEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/');
});

const lexical = (label: string, text = 'Hello') =>
  `<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}"><p><span data-lexical-text="true">${text}</span></p></div>`;

describe('adapterForHost', () => {
  test.each([
    ['www.facebook.com', 'facebook'],
    ['www.instagram.com', 'instagram'],
    ['x.com', 'x'],
    ['teach.classdojo.com', 'classdojo'],
  ])('%s → %s', (host, site) => expect(adapterForHost(host)?.site).toBe(site));

  test('other hosts have no adapter', () => {
    expect(adapterForHost('example.org')).toBeNull();
    expect(adapterForHost('facebook.com.evil.example')).toBeNull();
  });
});

describe('facebook', () => {
  const page = `
    <div role="dialog"><form>
      ${lexical("What's on your mind?", 'Trip day')}
      <div role="list"><div role="listitem"><img src="blob:https://www.facebook.com/1">
        <textarea aria-label="Alt text">Children at the farm</textarea></div></div>
      <input type="file" accept="image/*">
      <div role="button" aria-label="Tag people"></div>
      <div role="button" aria-label="Post">Post</div>
    </form></div>
    <div role="article"><form>
      ${lexical('Write a comment…')}
      <div role="button" aria-label="Comment"></div>
    </form></div>
    <div role="article"><form>${lexical('Write a reply…')}</form></div>`;

  test('finds the post dialog, comment and reply boxes', () => {
    mount(page);
    const found = facebook.findComposers(document);
    expect(found.map((c) => [c.context, c.kind, c.submitKeys])).toEqual([
      ['post', 'lexical', []],
      ['comment', 'lexical', ['enter']],
      ['reply', 'lexical', ['enter']],
    ]);
    expect(found.map((c) => facebook.findPostControls(c).map((b) => b.getAttribute('aria-label')))).toEqual([
      ['Post'],
      ['Comment'],
      [],
    ]);
  });

  test('reads the photo and its alt text', () => {
    mount(page);
    const [post, comment] = facebook.findComposers(document);
    expect(facebook.readAttachments(post!)).toEqual([{ type: 'image', alt: 'Children at the farm' }]);
    expect(facebook.readAttachments(comment!)).toEqual([]);
  });
});

describe('instagram', () => {
  test('caption box in the create dialog, with Share and alt-text rows', () => {
    mount(`
      <div role="dialog">
        <div role="button">Back</div><div role="button" hidden>Next</div><div role="button">Share</div>
        <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Write a caption..."></div>
        <div><video src="blob:https://www.instagram.com/2"></video><input placeholder="Write alt text..." value="Relay race"></div>
      </div>`);
    const [caption] = instagram.findComposers(document);
    expect(caption).toMatchObject({ context: 'post', kind: 'lexical', submitKeys: [] });
    expect(instagram.findPostControls(caption!).map((b) => b.textContent)).toEqual(['Share']);
    expect(instagram.readAttachments(caption!)).toEqual([{ type: 'video', alt: 'Relay race' }]);
  });

  test('comment textarea posts with its Post button or Enter', () => {
    mount(`<form><textarea aria-label="Add a comment…"></textarea><div role="button">Post</div></form>`);
    const [comment] = instagram.findComposers(document);
    expect(comment).toMatchObject({ context: 'comment', kind: 'textarea', submitKeys: ['enter'] });
    expect(instagram.findPostControls(comment!)).toHaveLength(1);
  });

  test('files chosen before the caption box exists belong to the dialog', () => {
    mount(`<div role="dialog" id="d"><form><input type="file"></form></div>`);
    expect(instagram.attachmentAnchor(document.querySelector('input')!)?.id).toBe('d');
  });
});

describe('x', () => {
  const composer = (button: string) => `
    <div class="composer">
      <div data-testid="tweetTextarea_0_label"><div class="DraftEditor-root"><div class="public-DraftEditor-content"
        contenteditable="true" role="textbox" data-testid="tweetTextarea_0"><div data-contents="true">
        <div data-block="true"><div><span><span data-text="true">Hi</span></span></div></div></div></div></div></div>
      <div data-testid="attachments"><div role="group"><img src="blob:https://x.com/3" alt="Image">
        <input aria-label="Add description" value="Pupils at the museum"></div></div>
      <div data-testid="toolBar"><input type="file" data-testid="fileInput"></div>
      <button data-testid="${button}">Post</button>
    </div>`;

  test('home box: Draft.js, Ctrl/Cmd+Enter, inline button, alt text', () => {
    mount(`<div data-testid="primaryColumn">${composer('tweetButtonInline')}</div>`);
    const [home] = x.findComposers(document);
    expect(home).toMatchObject({ context: 'post', kind: 'draft', submitKeys: ['mod-enter'] });
    expect(x.findPostControls(home!).map((b) => b.dataset.testid)).toEqual(['tweetButtonInline']);
    expect(x.readAttachments(home!)).toEqual([{ type: 'image', alt: 'Pupils at the museum' }]);
    expect(readEditorText(home!.editor, home!.kind).text).toBe('Hi');
  });

  test('a reply on a status page, and the modal is a post', () => {
    history.replaceState(null, '', '/OakfieldPrimary/status/1790000000000000001');
    mount(
      `<main>${composer('tweetButtonInline')}</main><div id="layers"><div role="dialog">${composer('tweetButton')}</div></div>`,
    );
    expect(x.findComposers(document).map((c) => c.context)).toEqual(['reply', 'post']);
  });

  test('mobile web textarea', () => {
    mount(
      `<div><textarea data-testid="tweetTextarea_0"></textarea><button data-testid="tweetButton"></button></div>`,
    );
    expect(x.findComposers(document)).toMatchObject([{ kind: 'textarea', context: 'post' }]);
  });
});

describe('classdojo', () => {
  test('story and message composers by their data-name hooks', () => {
    mount(`
      <section data-name="storyComposer"><textarea data-name="storyComposerTextarea"></textarea>
        <input type="file" data-name="storyComposerFileInput">
        <ul data-name="storyComposerAttachments"><li><img src="blob:x"><span>class_trip.jpg</span></li></ul>
        <button data-name="storyComposerPostButton">Post</button></section>
      <section data-name="messageThread"><ul data-name="messageComposerAttachments"><li><video src="blob:y"></video></li></ul>
        <div data-name="messageComposer"><textarea data-name="messageComposerTextarea"></textarea>
        <button data-name="messageComposerSendButton">Send</button></div></section>`);
    const [story, message] = classdojo.findComposers(document);
    expect(story).toMatchObject({ context: 'post', kind: 'textarea', submitKeys: [] });
    expect(message).toMatchObject({ context: 'message', kind: 'textarea', submitKeys: ['enter'] });
    expect(classdojo.findPostControls(story!).map((b) => b.textContent)).toEqual(['Post']);
    expect(classdojo.findPostControls(message!).map((b) => b.textContent)).toEqual(['Send']);
    expect(classdojo.readAttachments(story!)).toEqual([{ type: 'image', alt: '' }]);
    expect(classdojo.readAttachments(message!)).toEqual([{ type: 'video', alt: '' }]);
    const input = document.querySelector('input[type=file]')!;
    expect(classdojo.attachmentAnchor(input)?.getAttribute('data-name')).toBe('storyComposer');
  });
});
