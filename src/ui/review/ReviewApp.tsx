// The review page's state: loads the session's findings from the background and sends the user's
// choices back. When the background says the session is over, the content script removes the frame.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReviewAction, ReviewData, ReviewReply } from '../../compose/protocol';
import type { ReviewClient } from './review-client';
import { ReviewDialog } from './ReviewDialog';

export function ReviewApp({ client }: { client: ReviewClient }) {
  const [data, setData] = useState<ReviewData | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const apply = useCallback((reply: ReviewReply) => {
    if (reply.data) setData(reply.data);
    setError(reply.ok ? '' : reply.error);
  }, []);

  useEffect(() => {
    void client.get().then(apply);
  }, [client, apply]);

  const onAction = useCallback(
    async (action: ReviewAction) => {
      setBusy(true);
      const reply = await client.act(action);
      setBusy(false);
      if (reply.ok && reply.data === null) setDone(true);
      else apply(reply);
    },
    [client, apply],
  );

  if (done) return <p class="loading">Done.</p>;
  if (!data) {
    return error ? (
      <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="review-error">
        <h1 id="review-error">SafeToPost</h1>
        <p role="alert">{error}</p>
        <button
          type="button"
          class="primary"
          autoFocus
          onClick={() => void client.abandon().then(() => setDone(true))}
        >
          Back to the post
        </button>
      </div>
    ) : (
      <p class="loading" role="status">
        Checking…
      </p>
    );
  }
  return <ReviewDialog data={data} busy={busy} error={error} onAction={(a) => void onAction(a)} />;
}
