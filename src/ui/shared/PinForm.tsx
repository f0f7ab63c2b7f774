// Asks for the admin PIN: unlocking the options page, pausing checks, clearing the audit log.

import { useId, useRef, useState } from 'preact/hooks';
import { PinAttempts, verifyPin } from '../../settings/lock';
import type { AdminLock } from '../../settings/schema';

interface PinFormProps {
  lock: AdminLock;
  /** What the PIN is for, as a button label: "Unlock", "Pause for an hour". */
  submitLabel: string;
  onSuccess(): void;
  onCancel?: () => void;
  /** Shared between forms on one page so the wait after wrong tries cannot be dodged. */
  attempts?: PinAttempts;
  autoFocus?: boolean;
}

const pageAttempts = new PinAttempts();

export function PinForm({
  lock,
  submitLabel,
  onSuccess,
  onCancel,
  attempts = pageAttempts,
  autoFocus,
}: PinFormProps) {
  const id = useId();
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const wait = attempts.waitMs();
    if (wait > 0) {
      setError(`Too many wrong PINs. Wait ${Math.ceil(wait / 1000)} seconds, then try again.`);
      return;
    }
    if (pin === '') {
      setError('Enter the admin PIN.');
      input.current?.focus();
      return;
    }
    setChecking(true);
    const ok = await verifyPin(pin, lock);
    setChecking(false);
    if (ok) {
      attempts.recordSuccess();
      setError(null);
      onSuccess();
      return;
    }
    attempts.recordFailure();
    setPin('');
    const blocked = attempts.waitMs();
    setError(
      blocked > 0
        ? `That PIN is not right. Too many wrong PINs: wait ${Math.ceil(blocked / 1000)} seconds.`
        : 'That PIN is not right. Try again.',
    );
    input.current?.focus();
  }

  return (
    <form class="pin-form" onSubmit={submit} noValidate>
      <label for={`${id}-pin`}>Admin PIN</label>
      <input
        ref={input}
        id={`${id}-pin`}
        type="password"
        inputMode="numeric"
        autoComplete="current-password"
        maxLength={12}
        value={pin}
        autoFocus={autoFocus}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => setPin(e.currentTarget.value)}
      />
      <div class="button-row">
        <button type="submit" class="primary" disabled={checking}>
          {checking ? 'Checking…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      <p id={`${id}-error`} class="error-text" role="alert">
        {error ?? ''}
      </p>
    </form>
  );
}
