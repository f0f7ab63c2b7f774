// Small DOM helpers the adapters share. No site selectors here.
import type { AttachmentPreview } from './types';

export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}

/** The visible text of a control, trimmed (for buttons the sites label only by their text). */
export function controlText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The nearest ancestor (or the element itself) that contains a match for `selector`. */
export function closestContaining(el: Element, selector: string, stopAt?: Element | null): Element | null {
  for (let node: Element | null = el; node && node !== stopAt; node = node.parentElement) {
    if (node.querySelector(selector)) return node;
  }
  return null;
}

/** An image or video preview; `alt` comes from the site's alt-text field, not the <img alt>. */
export function previewOf(media: Element, alt = '', name?: string): AttachmentPreview {
  const preview: AttachmentPreview = { type: media.tagName === 'VIDEO' ? 'video' : 'image', alt };
  if (name) preview.name = name;
  return preview;
}

/** The value of a text field, or '' when there is none. */
export function fieldValue(field: Element | null | undefined): string {
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value.trim() : '';
}

export function isEditable(el: Element): boolean {
  return el instanceof HTMLTextAreaElement || (el instanceof HTMLElement && el.isContentEditable);
}
