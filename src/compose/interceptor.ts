// Catches the post action in the capture phase on window (before the site's own listeners, React's
// root included): clicks on a composer's post controls, Enter or Ctrl/Cmd+Enter in its editor.
// A draft already checked clean with the current settings goes straight through as the user's own
// event. Otherwise the post is held while the background re-checks the final draft: a clean result
// replays the action once (guarded, so we do not catch our own replay); findings open the review.
// Hold time: a "Checking…" note appears after 300 ms; we never fail open silently: if the check
// cannot be done the note says so and the user chooses.
import type { SiteAdapter } from '../platforms/types';
import type { ComposerRegistry, LiveComposer } from './composer-registry';
import type { PageState, PrePostReply, ReviewCommand } from './protocol';
import type { ReviewFrame } from './review-frame';
import type { StatusPill } from './status-pill';

export const CHECKING_NOTE_DELAY_MS = 300;
const CHECK_TIMEOUT_MS = 10_000;

export type HeldAction = { kind: 'click'; control: HTMLElement } | { kind: 'key'; init: KeyboardEventInit };

export interface InterceptorDeps {
  doc: Document;
  adapter: SiteAdapter;
  registry: ComposerRegistry;
  pill: StatusPill;
  review: ReviewFrame;
  pageState(): PageState | null;
  prePost(live: LiveComposer): Promise<PrePostReply>;
  tipsPost(live: LiveComposer): void;
  reviewClosed(sessionId: string): void;
  signal: AbortSignal;
}

interface Held {
  live: LiveComposer;
  action: HeldAction;
  sessionId: string | null;
}

export function isBlocking(severity: string): boolean {
  return severity === 'block' || severity === 'warn';
}

function isDisabled(control: Element): boolean {
  return control.getAttribute('aria-disabled') === 'true' || (control as HTMLButtonElement).disabled === true;
}

export class Interceptor {
  private replaying = false;
  private held: Held | null = null;

  constructor(private readonly deps: InterceptorDeps) {
    const view = deps.doc.defaultView!;
    const opts = { capture: true, signal: deps.signal };
    view.addEventListener('click', (e) => this.onClick(e), opts);
    view.addEventListener('keydown', (e) => this.onKeydown(e), opts);
    deps.signal.addEventListener('abort', () => this.deps.review.close(), { once: true });
  }

  /** Whether a post is being held (checking or in review). */
  get isHolding(): boolean {
    return this.held !== null;
  }

  private onClick(e: MouseEvent): void {
    if (this.replaying || !(e.target instanceof Element)) return;
    for (const live of this.deps.registry.all()) {
      const control = this.deps.adapter
        .findPostControls(live.composer)
        .find((c) => c.contains(e.target as Node));
      if (control && !isDisabled(control)) return this.onPostAttempt(e, live, { kind: 'click', control });
    }
  }

  private onKeydown(e: KeyboardEvent): void {
    if (this.replaying || e.key !== 'Enter' || e.isComposing) return;
    const live = this.deps.registry.byEditor(e.target as Node);
    if (!live) return;
    const mod = e.ctrlKey || e.metaKey;
    const keys = live.composer.submitKeys;
    const posts =
      (keys.includes('enter') && !mod && !e.shiftKey && !e.altKey) || (keys.includes('mod-enter') && mod);
    if (!posts) return;
    const { key, code, ctrlKey, metaKey, shiftKey, altKey } = e;
    this.onPostAttempt(e, live, { kind: 'key', init: { key, code, ctrlKey, metaKey, shiftKey, altKey } });
  }

  private onPostAttempt(e: Event, live: LiveComposer, action: HeldAction): void {
    if (this.held) return stop(e); // one post at a time; repeats while held are swallowed
    // State not known yet (the worker is still starting): hold and let the background decide.
    const state = this.deps.pageState();
    if (state && (!state.siteEnabled || Date.now() < state.pausedUntil)) return;
    const snap = this.deps.registry.readDraft(live);
    if (snap.draft.text.trim() === '' && snap.draft.media.length === 0) return;
    if (state?.mode === 'tips') return this.deps.tipsPost(live); // never hold in tips mode
    const last = live.lastCheck;
    const knownClean =
      !!state &&
      last?.signature === snap.signature &&
      last.configVersion === state.configVersion &&
      !last.holds;
    if (knownClean) return; // the user's own event posts, with no delay at all
    stop(e);
    void this.hold(live, action);
  }

  private async hold(live: LiveComposer, action: HeldAction): Promise<void> {
    const held: Held = { live, action, sessionId: null };
    this.held = held;
    const anchor = action.kind === 'click' ? action.control : live.composer.editor;
    const note = setTimeout(() => this.deps.pill.showChecking(anchor), CHECKING_NOTE_DELAY_MS);
    let reply: PrePostReply;
    try {
      reply = await withTimeout(this.deps.prePost(live), CHECK_TIMEOUT_MS);
    } catch {
      clearTimeout(note);
      this.deps.pill.showFailure(anchor, {
        onPost: () => this.finish(held, 'post'),
        onEdit: () => this.finish(held, 'edit'),
      });
      return;
    }
    clearTimeout(note);
    this.deps.pill.hide();
    if (this.held !== held) return;
    if (reply.decision === 'post') return this.finish(held, 'post');
    held.sessionId = reply.sessionId;
    this.deps.review.open(reply.sessionId);
  }

  /** The composer whose post the review session `sessionId` holds. */
  heldComposer(sessionId: string): LiveComposer | null {
    return this.held?.sessionId === sessionId ? this.held.live : null;
  }

  /** The composer left the page (SPA navigation) while its post was held: drop the hold. */
  forget(live: LiveComposer): void {
    if (this.held?.live !== live) return;
    if (this.held.sessionId) this.deps.reviewClosed(this.held.sessionId);
    this.held = null;
    this.deps.review.close();
    this.deps.pill.hide();
  }

  /** A command from the review dialog (via the background) for the held post. */
  async onReviewCommand(sessionId: string, command: ReviewCommand): Promise<void> {
    const held = this.held;
    if (!held || held.sessionId !== sessionId) return;
    if (command.kind === 'post' || command.kind === 'edit') {
      this.deps.review.close();
      this.deps.reviewClosed(sessionId);
      // Let the site's state catch up with fixes just typed in before its post handler reads it.
      await nextFrame(this.deps.doc);
      this.finish(held, command.kind);
    }
  }

  private finish(held: Held, outcome: 'post' | 'edit'): void {
    if (this.held !== held) return;
    this.held = null;
    this.deps.pill.hide();
    if (outcome === 'post') this.replay(held);
    else held.live.composer.editor.focus();
  }

  /** Performs the held action once; the guard lets it past our own listeners. */
  private replay({ live, action }: Held): void {
    const controls = this.deps.adapter.findPostControls(live.composer).filter((c) => !isDisabled(c));
    const control = action.kind === 'click' && action.control.isConnected ? action.control : controls[0];
    this.replaying = true;
    try {
      if (control) control.click();
      else if (action.kind === 'key') {
        const view = this.deps.doc.defaultView!;
        live.composer.editor.dispatchEvent(
          new view.KeyboardEvent('keydown', { ...action.init, bubbles: true, cancelable: true }),
        );
      }
    } finally {
      this.replaying = false;
    }
  }
}

function stop(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

function nextFrame(doc: Document): Promise<void> {
  return new Promise((resolve) => doc.defaultView!.requestAnimationFrame(() => resolve()));
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out')), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}
