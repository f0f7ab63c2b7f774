// The review dialog: an extension page (review.html) in an iframe over the whole site, inside the
// overlay's closed shadow root. It talks to the background only; nothing passes through the page.
import { browser } from 'wxt/browser';
import { make, type Overlay } from './overlay';

export class ReviewFrame {
  private container: HTMLElement | null = null;
  private frame: HTMLIFrameElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly overlay: Overlay,
  ) {}

  get isOpen(): boolean {
    return this.container !== null;
  }

  open(sessionId: string): void {
    this.close();
    const container = make(this.doc, 'div', 'review');
    const frame = make(this.doc, 'iframe', '');
    frame.title = 'SafeToPost: check this post';
    frame.src = `${browser.runtime.getURL('/review.html')}#${encodeURIComponent(sessionId)}`;
    frame.addEventListener('load', () => frame.focus(), { once: true });
    container.append(frame);
    this.overlay.layer().append(container);
    this.container = container;
    this.frame = frame;
  }

  focus(): void {
    this.frame?.focus();
  }

  close(): void {
    this.container?.remove();
    this.container = null;
    this.frame = null;
  }
}
