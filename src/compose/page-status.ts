// Fail visibly: tells the background (badge + popup) when this page has something we cannot check,
// a composer with no recognisable post control, or a text box in focus that no adapter claims.
import type { SiteAdapter } from '../platforms/types';
import type { ComposerRegistry } from './composer-registry';

export type ReportStatus = (state: 'checking' | 'not-checking', reason: string) => void;

const EDITABLE =
  'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

export class PageStatus {
  private unclaimedFocus: Element | null = null;
  private lastSent = '';

  constructor(
    private readonly doc: Document,
    private readonly adapter: SiteAdapter,
    private readonly registry: ComposerRegistry,
    private readonly report: ReportStatus,
    signal: AbortSignal,
  ) {
    doc.addEventListener('focusin', (e) => this.onFocus(e.target), { capture: true, passive: true, signal });
  }

  /** Recomputes and reports the page's state when it changed. */
  update(): void {
    const reason = this.problem();
    const state = reason ? 'not-checking' : 'checking';
    const key = `${state}|${reason}`;
    if (key === this.lastSent) return;
    this.lastSent = key;
    this.report(state, reason);
  }

  /** Forces the next update to be sent (e.g. after the background restarted). */
  resend(): void {
    this.lastSent = '';
    this.update();
  }

  private onFocus(target: EventTarget | null): void {
    // Let the registry see the newly focused editor first (its focusin listener scans).
    this.registry.scan();
    const editable = target instanceof Element ? target.closest(EDITABLE) : null;
    const claimed = !editable || this.registry.byEditor(editable) || this.registry.owning(editable);
    this.unclaimedFocus = claimed ? null : editable;
    this.update();
  }

  private problem(): string {
    if (this.unclaimedFocus?.isConnected) return 'A text box on this page is not one SafeToPost recognises.';
    for (const live of this.registry.all()) {
      const { composer } = live;
      const hasControl = this.adapter.findPostControls(composer).length > 0;
      // Comment boxes that post on Enter may have no button at all; anything else needs one.
      if (!hasControl && !composer.submitKeys.includes('enter')) {
        return 'A post box was found but not its post button.';
      }
    }
    return '';
  }
}
