// How to drive each fixture site's composers in the e2e run: open the main composer with a photo,
// post it, read its text back; and a second composer for a clean post.
import type { Locator, Page } from 'playwright-core';
import type { FixtureSite } from '../fixtures/sites/build';
import { classTripPhoto } from './sample-media';

export interface SiteDriver {
  site: FixtureSite;
  path: string;
  /** What window.__posted records as the main composer's name. */
  composer: string;
  /** Opens the main composer with a photo attached and returns its editor, focused. */
  openWithPhoto(page: Page): Promise<Locator>;
  postButton(page: Page): Locator;
  /** The editor's text as the user sees it. */
  readEditor(editor: Locator): Promise<string>;
  /** A second composer for a clean post, focused; `submit` posts it the way people do there. */
  clean: { composer: string; open(page: Page): Promise<Locator>; submit(page: Page): Promise<void> };
}

const innerText = (editor: Locator): Promise<string> => editor.innerText().then((t) => t.replace(/\n+$/, ''));

export const SITES: SiteDriver[] = [
  {
    site: 'facebook',
    path: '/',
    composer: 'post',
    async openWithPhoto(page) {
      await page.click(
        '[role="region"][aria-label="Create a post"] [role="button"]:has-text("What\'s on your mind")',
      );
      const dialog = page.locator('[role="dialog"]');
      await dialog.locator('input[type="file"]').setInputFiles(classTripPhoto());
      await dialog.locator('[role="listitem"]', { hasText: 'class_trip.jpg' }).waitFor();
      const editor = dialog.locator('[data-lexical-editor="true"]');
      await editor.click();
      return editor;
    },
    postButton: (page) => page.locator('[role="dialog"] [aria-label="Post"][role="button"]'),
    readEditor: innerText,
    clean: {
      composer: 'comment',
      async open(page) {
        const editor = page.locator('[aria-label="Write a comment…"][data-lexical-editor="true"]');
        await editor.click();
        return editor;
      },
      submit: (page) => page.keyboard.press('Enter'),
    },
  },
  {
    site: 'instagram',
    path: '/',
    composer: 'post',
    async openWithPhoto(page) {
      await page.click('svg[aria-label="New post"]');
      const dialog = page.locator('[role="dialog"]');
      await dialog.locator('input[type="file"]').setInputFiles(classTripPhoto());
      await dialog.locator('[role="button"]', { hasText: 'Next' }).click();
      await dialog.locator('[role="heading"]', { hasText: 'Edit' }).waitFor();
      await dialog.locator('[role="button"]', { hasText: 'Next' }).click();
      const editor = dialog.locator('[aria-label="Write a caption..."][data-lexical-editor="true"]');
      await editor.click();
      return editor;
    },
    postButton: (page) => page.locator('[role="dialog"] [role="button"]', { hasText: 'Share' }),
    readEditor: innerText,
    clean: {
      composer: 'comment',
      async open(page) {
        // The create dialog stays open after sharing ("Post shared"); close it first.
        const close = page.locator('svg[aria-label="Close"]');
        if (await close.isVisible()) await close.click();
        const editor = page.locator('textarea[aria-label="Add a comment…"]');
        await editor.click();
        return editor;
      },
      submit: (page) => page.keyboard.press('Enter'),
    },
  },
  {
    site: 'x',
    path: '/home',
    composer: 'post',
    async openWithPhoto(page) {
      const home = page.locator('[data-testid="primaryColumn"]');
      await home.locator('input[data-testid="fileInput"]').setInputFiles(classTripPhoto());
      await home
        .locator('[data-testid="attachments"] [role="group"]', { hasText: 'class_trip.jpg' })
        .waitFor();
      const editor = home.locator('[data-testid="tweetTextarea_0"]');
      await editor.click();
      return editor;
    },
    postButton: (page) =>
      page.locator('[data-testid="primaryColumn"] button[data-testid="tweetButtonInline"]'),
    readEditor: innerText,
    clean: {
      composer: 'post',
      async open(page) {
        await page.click('[data-testid="SideNav_NewTweet_Button"]');
        const editor = page.locator('#layers [role="dialog"] [data-testid="tweetTextarea_0"]');
        await editor.click();
        return editor;
      },
      submit: (page) => page.keyboard.press('Control+Enter'),
    },
  },
  {
    site: 'classdojo',
    path: '/',
    composer: 'story',
    async openWithPhoto(page) {
      await page.waitForURL(/#\/classes\/\w+\/story$/);
      await page
        .locator('input[type="file"][data-name="storyComposerFileInput"]')
        .setInputFiles(classTripPhoto());
      await page
        .locator('[data-name="storyComposerAttachments"] li', { hasText: 'class_trip.jpg' })
        .waitFor();
      const editor = page.locator('textarea[data-name="storyComposerTextarea"]');
      await editor.click();
      return editor;
    },
    postButton: (page) => page.locator('button[data-name="storyComposerPostButton"]'),
    readEditor: (editor) => editor.inputValue(),
    clean: {
      composer: 'message',
      async open(page) {
        await page.click('a[href="#/messages"]');
        const editor = page.locator('textarea[data-name="messageComposerTextarea"]');
        await editor.click();
        return editor;
      },
      submit: (page) => page.keyboard.press('Enter'),
    },
  },
];
