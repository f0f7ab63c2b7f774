// The review dialog: every problem found in the post, each with its fix first; then the choices:
// apply the fixes, edit the post (Esc), post anyway with a reason, or post once all is resolved.
// Keyboard-only operable: focus starts inside, Tab is trapped, Esc returns to the post.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ReviewAction, ReviewData } from '../../compose/protocol';
import { FindingCard } from './FindingCard';
import { PostAnywayForm } from './PostAnywayForm';
import { focusableIn, useFocusTrap } from './use-focus-trap';

export interface ReviewDialogProps {
  data: ReviewData;
  busy: boolean;
  error: string;
  onAction(action: ReviewAction): void;
}

export function ReviewDialog({ data, busy, error, onAction }: ReviewDialogProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const [postingAnyway, setPostingAnyway] = useState(false);
  const edit = useCallback(() => onAction({ kind: 'edit' }), [onAction]);
  useFocusTrap(dialog, edit);

  const open = data.findings.filter((f) => !f.dismissed);
  const fixable = open.filter((f) => f.fix);
  const locked = open.filter((f) => !f.overrideAllowed);
  const reasonRequired = open.some((f) => f.reasonRequired);
  const count = open.length;

  // Focus starts on the first choice, and comes back into the dialog when an update removed the
  // focused button (e.g. the fix just applied).
  useEffect(() => {
    const root = dialog.current;
    if (root && !root.contains(root.ownerDocument.activeElement)) focusableIn(root)[0]?.focus();
  }, [data, postingAnyway]);

  return (
    <div
      class="dialog"
      role="dialog"
      aria-modal="true"
      aria-labelledby="review-title"
      aria-describedby="review-summary"
      ref={dialog}
    >
      <h1 id="review-title">Check this post before it goes out</h1>
      <p id="review-summary">
        {count === 0
          ? 'Everything found has been dealt with.'
          : `SafeToPost found ${count === 1 ? 'one thing' : `${count} things`} to check against your school’s social media policy.`}
      </p>
      <p class="notice" role="status">
        {data.notice}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <ol class="findings">
        {data.findings.map((f, i) => (
          <FindingCard
            key={f.key}
            finding={f}
            index={i}
            busy={busy}
            onFix={(key) => onAction({ kind: 'fix', keys: [key], thenPost: false })}
            onNotAProblem={(key) => onAction({ kind: 'not-a-problem', key, note: '' })}
          />
        ))}
      </ol>
      {postingAnyway ? (
        <PostAnywayForm
          reasons={data.reasons}
          reasonRequired={reasonRequired}
          busy={busy}
          onSubmit={(reason, note) => onAction({ kind: 'post-anyway', reason, note })}
          onCancel={() => setPostingAnyway(false)}
        />
      ) : (
        <div class="choices">
          {count === 0 ? (
            <button type="button" class="primary" disabled={busy} onClick={() => onAction({ kind: 'post' })}>
              Post now
            </button>
          ) : (
            fixable.length > 0 && (
              <button
                type="button"
                class="primary"
                disabled={busy}
                // Posts straight after only when the fixes deal with everything listed.
                onClick={() =>
                  onAction({
                    kind: 'fix',
                    keys: fixable.map((f) => f.key),
                    thenPost: fixable.length === count,
                  })
                }
              >
                {fixable.length === count ? 'Apply fixes and post' : 'Apply fixes'}
              </button>
            )
          )}
          <button type="button" disabled={busy} onClick={edit}>
            Edit post
          </button>
          {count > 0 && (
            <button
              type="button"
              disabled={busy || locked.length > 0}
              aria-describedby={locked.length > 0 ? 'locked-note' : undefined}
              onClick={() => setPostingAnyway(true)}
            >
              Post anyway…
            </button>
          )}
        </div>
      )}
      {locked.length > 0 && (
        <p id="locked-note" class="locked">
          Your school does not allow posting past {locked.map((f) => `“${f.ruleTitle}”`).join(', ')}. Change
          the post first.
        </p>
      )}
    </div>
  );
}
