// Work that can wait for the page to be idle, so typing never waits for us.

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
};

/** Runs `task` when the page is idle, or after `timeout` ms at the latest. */
export function whenIdle(doc: Document, task: () => void, timeout = 300): void {
  const view = doc.defaultView as IdleWindow | null;
  if (view?.requestIdleCallback) view.requestIdleCallback(task, { timeout });
  else setTimeout(task, 1);
}

/** Calls `task` once input has paused for `delay` ms, then when the page is idle. */
export function debounceIdle(
  doc: Document,
  task: () => void,
  delay: number,
  signal: AbortSignal,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  return () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!signal.aborted) whenIdle(doc, () => signal.aborted || task());
    }, delay);
  };
}
