// One button that removes every pupil and their consent from this browser, after a confirmation.

import { useEffect, useRef, useState } from 'preact/hooks';
import { plural } from './roster-summary';

interface ClearPupilDataProps {
  count: number;
  onClear(): Promise<boolean>;
}

export function ClearPupilData({ count, onClear }: ClearPupilDataProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function clear() {
    setBusy(true);
    const ok = await onClear();
    setBusy(false);
    if (ok) setConfirming(false);
  }

  return (
    <section class="card danger-zone" aria-labelledby="clear-pupils-heading">
      <h3 id="clear-pupils-heading">Remove all pupil data</h3>
      {!confirming ? (
        <>
          <p class="hint">
            Removes every pupil and their consent from this browser, for example when SafeToPost is no longer
            used here.
          </p>
          <button
            ref={openButton}
            type="button"
            class="danger"
            disabled={count === 0}
            onClick={() => setConfirming(true)}
          >
            Remove all pupil data…
          </button>
        </>
      ) : (
        <div role="group" aria-labelledby="clear-pupils-question">
          <p id="clear-pupils-question">
            <strong>Remove all {plural(count, 'pupil')} and their consent from this browser?</strong> Names
            will not be checked against the list until you import it again. This cannot be undone.
          </p>
          <div class="button-row">
            <button ref={confirmButton} type="button" class="danger" disabled={busy} onClick={clear}>
              Yes, remove all pupil data
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                setConfirming(false);
                setTimeout(() => openButton.current?.focus(), 0);
              }}
            >
              Keep the pupil data
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
