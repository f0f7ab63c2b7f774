// The review page's line to the background, keyed by the session id in the page's URL hash.
import { browser } from 'wxt/browser';
import type { ReviewAction, ReviewReply, ReviewRequest } from '../../compose/protocol';

export interface ReviewClient {
  get(): Promise<ReviewReply>;
  act(action: ReviewAction): Promise<ReviewReply>;
  /** Close the dialog when the session cannot be loaded; the post stays as it was. */
  abandon(): Promise<ReviewReply>;
}

const UNREACHABLE: ReviewReply = {
  ok: false,
  error: 'SafeToPost could not be reached. Close this and press Post again.',
  data: null,
};

export function createReviewClient(sessionId: string): ReviewClient {
  const send = async (request: ReviewRequest): Promise<ReviewReply> => {
    try {
      return ((await browser.runtime.sendMessage(request)) as ReviewReply | undefined) ?? UNREACHABLE;
    } catch {
      return UNREACHABLE;
    }
  };
  return {
    get: () => send({ type: 'review-get', sessionId }),
    act: (action) => send({ type: 'review-action', sessionId, action }),
    abandon: () => send({ type: 'review-abandon', sessionId }),
  };
}

export function sessionIdFromHash(hash: string): string {
  return decodeURIComponent(hash.replace(/^#/, ''));
}
