// How much main-thread time the content script takes: a V8 CPU profile of the page (the content
// script's isolated world runs on the same thread), samples attributed to content.js by call stack.
import type { BrowserContext, Page } from 'playwright-core';

const SAMPLING_US = 100;

export interface ScriptCost {
  /** CPU time in content.js (and what it called), in ms. */
  totalMs: number;
  /** The longest uninterrupted run of content.js samples, in ms: our longest task. */
  longestMs: number;
  /** The function most often on top of the stack during that run (for diagnosis). */
  longestTop: string;
}

export async function profileContentScript(
  context: BrowserContext,
  page: Page,
  work: () => Promise<void>,
): Promise<ScriptCost> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();

  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  const nameOf = new Map(
    profile.nodes.map((n) => [
      n.id,
      `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber}`,
    ]),
  );
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let known = ours.get(id);
    if (known === undefined) {
      const parent = parentOf.get(id);
      known =
        (urlOf.get(id) ?? '').includes('/content-scripts/content.js') ||
        (parent !== undefined && isOurs(parent));
      ours.set(id, known);
    }
    return known;
  };
  let totalMs = 0;
  let run = 0;
  let runTops = new Map<string, number>();
  let longestMs = 0;
  let longestTops = runTops;
  const endRun = (): void => {
    if (run > longestMs) [longestMs, longestTops] = [run, runTops];
    run = 0;
    runTops = new Map();
  };
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    // A sample lasts until the next one. Gaps far longer than the interval mean the whole process
    // was descheduled (a busy machine), not that our code ran: count at most 1 ms per sample.
    const ms = Math.min((deltas[i + 1] ?? SAMPLING_US) / 1000, 1);
    if (!isOurs(id)) return endRun();
    totalMs += ms;
    run += ms;
    const top = nameOf.get(id) ?? '?';
    runTops.set(top, (runTops.get(top) ?? 0) + ms);
  });
  endRun();
  const longestTop = [...longestTops].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  return { totalMs, longestMs, longestTop };
}
