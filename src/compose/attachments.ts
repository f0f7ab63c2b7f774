// File names of attached photos and videos. Sites rarely show a file's name, and many clear their
// <input type=file> in its own change handler, so names are caught in the capture phase as files
// arrive (file input, paste, drop) and matched to what the composer previews.
import type { MediaItem } from '../engine/types';
import type { AttachmentPreview } from '../platforms/types';

export interface CapturedFile {
  name: string;
  type: 'image' | 'video';
}

/** What a composer remembers about its attachments between reads. */
export interface AttachmentState {
  captured: CapturedFile[];
  /** The composer has shown a preview since files were last captured. */
  sawPreviews: boolean;
}

export function newAttachmentState(): AttachmentState {
  return { captured: [], sawPreviews: false };
}

/** Photos and videos only: the engine's media rules are about pictures of children. */
export function capturedFiles(files: FileList | readonly File[] | null | undefined): CapturedFile[] {
  return Array.from(files ?? []).flatMap((f): CapturedFile[] => {
    const kind = f.type.split('/')[0];
    if (kind === 'image' || kind === 'video') return [{ name: f.name, type: kind }];
    if (/\.(jpe?g|png|gif|webp|heic|heif|avif)$/i.test(f.name)) return [{ name: f.name, type: 'image' }];
    if (/\.(mp4|mov|m4v|mkv|webm)$/i.test(f.name)) return [{ name: f.name, type: 'video' }];
    return [];
  });
}

export function addCaptured(state: AttachmentState, files: readonly CapturedFile[]): void {
  if (files.length === 0) return;
  if (state.sawPreviews) {
    // Files arrive after an earlier set was previewed: keep the earlier ones only while shown.
    state.sawPreviews = false;
  }
  state.captured.push(...files);
}

/**
 * The draft's media: the composer's previews are the truth for how many and which kind (and alt text);
 * captured names fill in the file names, matched by name where the site shows one, else by order.
 * With no recognisable preview, captured files count until a preview has been seen and gone (posted
 * or removed).
 */
export function mergeMedia(state: AttachmentState, previews: readonly AttachmentPreview[]): MediaItem[] {
  if (previews.length === 0) {
    if (state.sawPreviews) {
      state.captured = [];
      state.sawPreviews = false;
    }
    return state.captured.map((f) => ({ type: f.type, filename: f.name, alt: '' }));
  }
  state.sawPreviews = true;
  const unused = [...state.captured];
  const items = previews.map((p): MediaItem => {
    const byName = p.name ? unused.findIndex((f) => f.name === p.name) : -1;
    const match = byName >= 0 ? unused.splice(byName, 1)[0] : p.name ? undefined : unused.shift();
    return { type: p.type, filename: p.name ?? match?.name ?? '', alt: p.alt };
  });
  return items;
}
