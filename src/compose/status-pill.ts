// The small note shown by a held post button: "Checking…" when the check takes more than ~300 ms,
// and a visible failure (with the user's choice) if the background cannot be reached.
import { make, type Overlay } from './overlay';

export interface FailureChoices {
  onPost(): void;
  onEdit(): void;
}

export class StatusPill {
  private pill: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly overlay: Overlay,
  ) {}

  showChecking(near: Element): void {
    const pill = this.place(near);
    pill.replaceChildren('Checking…');
  }

  showFailure(near: Element, choices: FailureChoices): void {
    const pill = this.place(near);
    const post = make(this.doc, 'button', '', 'Post anyway');
    const edit = make(this.doc, 'button', '', 'Keep editing');
    post.addEventListener('click', () => {
      this.hide();
      choices.onPost();
    });
    edit.addEventListener('click', () => {
      this.hide();
      choices.onEdit();
    });
    pill.replaceChildren(make(this.doc, 'span', '', 'SafeToPost could not check this post.'), post, edit);
    edit.focus();
  }

  hide(): void {
    this.pill?.remove();
    this.pill = null;
  }

  private place(near: Element): HTMLElement {
    if (!this.pill) {
      this.pill = make(this.doc, 'div', 'pill');
      this.pill.setAttribute('role', 'status');
      this.overlay.layer().append(this.pill);
    }
    const r = near.getBoundingClientRect();
    const top = Math.max(8, r.top - 44);
    const right = Math.max(8, this.doc.documentElement.clientWidth - r.right);
    Object.assign(this.pill.style, { top: `${top}px`, right: `${right}px` });
    return this.pill;
  }
}
