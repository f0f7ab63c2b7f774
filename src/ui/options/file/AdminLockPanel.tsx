// Set, change or remove the admin PIN.

import { useState } from 'preact/hooks';
import { createLock, pinProblem, PIN_RULE } from '../../../settings/lock';
import type { AdminStateApi } from '../useAdminState';

interface AdminLockPanelProps {
  admin: AdminStateApi;
  /** The PIN was just set here: keep this page open without asking for it. */
  onLockSet(): void;
}

export function AdminLockPanel({ admin, onLockSet }: AdminLockPanelProps) {
  const { local } = admin.state!;
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);

  async function setNewPin(event: Event) {
    event.preventDefault();
    const problem = pinProblem(pin);
    if (problem) return setError(problem);
    if (pin !== repeat) return setError('The two PINs are not the same.');
    setError(null);
    setBusy(true);
    const lock = await createLock(pin);
    onLockSet();
    const ok = await admin.updateSettings(
      (s) => ({ ...s, lock }),
      local.lock ? 'The admin PIN was changed.' : 'The admin PIN is set.',
    );
    setBusy(false);
    if (ok) {
      setPin('');
      setRepeat('');
    }
  }

  async function removePin() {
    await admin.updateSettings((s) => ({ ...s, lock: null }), 'The admin PIN was removed.');
    setConfirmRemove(false);
  }

  return (
    <section class="card" aria-labelledby="pin-heading">
      <h3 id="pin-heading">Admin PIN</h3>
      <p>
        {local.lock
          ? 'A PIN is set. It is needed to open these settings, to pause checking and to clear the audit log.'
          : 'No PIN is set: anyone using this browser can change these settings or pause checking.'}
      </p>
      <form onSubmit={setNewPin} noValidate>
        <div class="control">
          <label for="new-pin">{local.lock ? 'New PIN' : 'PIN'}</label>
          <input
            id="new-pin"
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={12}
            value={pin}
            aria-describedby="pin-rule pin-error"
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => setPin(e.currentTarget.value)}
          />
        </div>
        <div class="control">
          <label for="repeat-pin">Type it again</label>
          <input
            id="repeat-pin"
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={12}
            value={repeat}
            aria-describedby="pin-error"
            onInput={(e) => setRepeat(e.currentTarget.value)}
          />
        </div>
        <p id="pin-rule" class="hint">
          {PIN_RULE} Only a secure fingerprint of it is kept, so keep a note of it somewhere safe.
        </p>
        <p id="pin-error" class="error-text" role="alert">
          {error ?? ''}
        </p>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Saving…' : local.lock ? 'Change the PIN' : 'Set the PIN'}
        </button>
      </form>
      {local.lock &&
        (confirmRemove ? (
          <div role="group" aria-labelledby="remove-pin-question" class="button-row">
            <p id="remove-pin-question">
              Remove the PIN? Anyone using this browser could then change the settings.
            </p>
            <button type="button" class="danger" autoFocus onClick={removePin}>
              Yes, remove the PIN
            </button>
            <button type="button" onClick={() => setConfirmRemove(false)}>
              Keep the PIN
            </button>
          </div>
        ) : (
          <button type="button" class="link-button" onClick={() => setConfirmRemove(true)}>
            Remove the PIN…
          </button>
        ))}
    </section>
  );
}
