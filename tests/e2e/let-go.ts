/**
 * Runs an action that closes the review dialog's frame (its last click, or Escape), without waiting
 * on Playwright after `ms`: it can wait forever on a frame the action itself removed. The action has
 * taken effect by then; the caller goes on to wait for its visible result (dialog closed, posted).
 */
export async function letGo(action: () => Promise<unknown>, ms = 3000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    action().catch(() => undefined),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}
