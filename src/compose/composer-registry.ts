// Keeps the set of live composers on the page: found by the site's adapter on load, after SPA
// navigation and whenever the DOM changes (one MutationObserver, scans coalesced and idle-scheduled).
// Each composer gets an AbortController, so one that leaves the page leaves nothing behind.
import type { Draft } from '../engine/types';
import { readEditorText, type EditorText } from '../platforms/editor-text';
import type { Composer, SiteAdapter } from '../platforms/types';
import {
  addCaptured,
  capturedFiles,
  mergeMedia,
  newAttachmentState,
  type AttachmentState,
  type CapturedFile,
} from './attachments';
import type { Span } from './protocol';
import { whenIdle } from './scheduling';

export interface LiveComposer {
  id: string;
  composer: Composer;
  controller: AbortController;
  attachments: AttachmentState;
  /** The last draft checked and what came back. */
  lastCheck: { signature: string; spans: Span[]; holds: boolean; configVersion: number } | null;
  /** Media signature at the last scan, to notice a photo added or removed without typing. */
  mediaSignature: string;
}

export interface DraftSnapshot {
  draft: Draft;
  editorText: EditorText;
  /** Text and media in one string: equal signatures mean the same check result. */
  signature: string;
}

export interface RegistryHooks {
  added(live: LiveComposer): void;
  removed(live: LiveComposer): void;
  /** Attachments changed without the text changing. */
  mediaChanged(live: LiveComposer): void;
}

let nextComposerId = 1;

export class ComposerRegistry {
  private readonly live = new Map<HTMLElement, LiveComposer>();
  private pending: Array<{ anchor: Element; files: CapturedFile[] }> = [];
  private scanQueued = false;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly doc: Document,
    private readonly signal: AbortSignal,
    private readonly hooks: RegistryHooks,
  ) {
    const observer = new MutationObserver((records) => {
      // Typing inside an editor we already know changes nothing we track: skip the scan.
      if (records.some((r) => !this.insideKnownEditor(r.target))) this.queueScan();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => {
      observer.disconnect();
      for (const live of this.live.values()) live.controller.abort();
      this.live.clear();
    });
    const onFiles = (target: EventTarget | null, files: FileList | null | undefined): void => {
      if (target instanceof Element) this.captureFiles(target, capturedFiles(files));
    };
    const opts = { capture: true, passive: true, signal };
    doc.addEventListener(
      'change',
      (e) => {
        if (e.target instanceof HTMLInputElement && e.target.type === 'file')
          onFiles(e.target, e.target.files);
      },
      opts,
    );
    doc.addEventListener('paste', (e) => onFiles(e.target, e.clipboardData?.files), opts);
    doc.addEventListener('drop', (e) => onFiles(e.target, e.dataTransfer?.files), opts);
    doc.addEventListener('focusin', () => this.scan(), opts);
  }

  all(): LiveComposer[] {
    return [...this.live.values()];
  }

  /** The composer whose editor is, or contains, `node`. */
  byEditor(node: Node | null): LiveComposer | undefined {
    for (const live of this.live.values()) if (node && live.composer.editor.contains(node)) return live;
    return undefined;
  }

  /** The innermost composer whose scope contains `node`. */
  owning(node: Node): LiveComposer | undefined {
    let best: LiveComposer | undefined;
    for (const live of this.live.values()) {
      if (live.composer.scope.contains(node) && (!best || best.composer.scope.contains(live.composer.scope)))
        best = live;
    }
    return best;
  }

  queueScan(): void {
    if (this.scanQueued || this.signal.aborted) return;
    this.scanQueued = true;
    whenIdle(
      this.doc,
      () => {
        this.scanQueued = false;
        this.scan();
      },
      200,
    );
  }

  scan(): void {
    if (this.signal.aborted) return;
    const found = this.adapter.findComposers(this.doc);
    const seen = new Set<HTMLElement>();
    for (const composer of found) {
      seen.add(composer.editor);
      const known = this.live.get(composer.editor);
      if (known) {
        known.composer = composer; // scope and context can change as the site re-renders
        const signature = this.mediaSignature(known);
        if (signature !== known.mediaSignature) {
          known.mediaSignature = signature;
          this.hooks.mediaChanged(known);
        }
        continue;
      }
      const live: LiveComposer = {
        id: `c${nextComposerId++}`,
        composer,
        controller: new AbortController(),
        attachments: newAttachmentState(),
        lastCheck: null,
        mediaSignature: '',
      };
      this.claimPending(live);
      live.mediaSignature = this.mediaSignature(live);
      this.live.set(composer.editor, live);
      this.hooks.added(live);
    }
    for (const [editor, live] of this.live) {
      if (seen.has(editor)) continue;
      this.live.delete(editor);
      live.controller.abort();
      this.hooks.removed(live);
    }
  }

  readDraft(live: LiveComposer): DraftSnapshot {
    const { composer } = live;
    const editorText = readEditorText(composer.editor, composer.kind);
    const media = mergeMedia(live.attachments, this.adapter.readAttachments(composer));
    const draft: Draft = {
      platform: this.adapter.site,
      context: composer.context,
      text: editorText.text,
      media,
    };
    return { draft, editorText, signature: JSON.stringify([draft.context, draft.text, draft.media]) };
  }

  private mediaSignature(live: LiveComposer): string {
    return JSON.stringify(mergeMedia(live.attachments, this.adapter.readAttachments(live.composer)));
  }

  private insideKnownEditor(node: Node): boolean {
    return this.byEditor(node) !== undefined;
  }

  private captureFiles(target: Element, files: CapturedFile[]): void {
    if (files.length === 0) return;
    this.scan();
    const owner = this.owning(target);
    if (owner) {
      addCaptured(owner.attachments, files);
      return;
    }
    // No composer yet (Instagram picks files before the caption box exists): park them.
    const anchor = this.adapter.attachmentAnchor(target);
    if (anchor) this.pending.push({ anchor, files });
  }

  private claimPending(live: LiveComposer): void {
    const scope = live.composer.scope;
    this.pending = this.pending.filter(({ anchor, files }) => {
      if (!anchor.isConnected) return false;
      if (!anchor.contains(scope) && !scope.contains(anchor)) return true;
      addCaptured(live.attachments, files);
      return false;
    });
  }
}
