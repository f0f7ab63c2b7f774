// "Post anyway": a reason from a short list (required where the admin says so) and optional words.
// Not offered at all when a locked block rule is among the problems.
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  reasons: readonly string[];
  reasonRequired: boolean;
  busy: boolean;
  onSubmit(reason: string, note: string): void;
  onCancel(): void;
}

export function PostAnywayForm({ reasons, reasonRequired, busy, onSubmit, onCancel }: Props) {
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const noteRequired = reasonRequired && reason === 'Other';
  const fieldset = useRef<HTMLFieldSetElement>(null);
  useEffect(() => fieldset.current?.querySelector('input')?.focus(), []);

  const submit = (e: Event): void => {
    e.preventDefault();
    if (reasonRequired && !reason) return setProblem('Choose a reason for posting anyway.');
    if (noteRequired && !note.trim()) return setProblem('Say why in a few words.');
    setProblem('');
    onSubmit(reason, note);
  };

  return (
    <form class="post-anyway" onSubmit={submit} noValidate>
      <fieldset ref={fieldset}>
        <legend>
          Why are you posting anyway?
          {reasonRequired ? ' (required: this goes in the school’s log)' : ' (optional)'}
        </legend>
        {reasons.map((r) => (
          <label key={r} class="reason">
            <input
              type="radio"
              name="reason"
              value={r}
              checked={reason === r}
              onChange={() => setReason(r)}
            />
            {r}
          </label>
        ))}
      </fieldset>
      <label class="note">
        {noteRequired ? 'Tell us more (required)' : 'Anything to add (optional)'}
        <textarea
          rows={2}
          value={note}
          maxLength={500}
          onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
        />
      </label>
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="danger" disabled={busy}>
          Post anyway
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
