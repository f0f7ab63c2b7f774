// Wires the page side together for one site: composers → as-you-type checks → underlines, and the
// post interceptor → review dialog. Everything hangs off `signal`: aborting it removes every listener.
import { browser } from 'wxt/browser';
import { rangeForSpan, type EditorText } from '../platforms/editor-text';
import type { SiteAdapter } from '../platforms/types';
import { applyEdits } from './apply-fixes';
import { ComposerRegistry, type LiveComposer } from './composer-registry';
import { Highlighter } from './highlighter';
import { Interceptor } from './interceptor';
import { createOverlay } from './overlay';
import { PageStatus } from './page-status';
import type {
  ApplyFixesReply,
  BackgroundPush,
  CheckReply,
  ContentRequest,
  PageState,
  PrePostReply,
  Span,
} from './protocol';
import { ReviewFrame } from './review-frame';
import { debounceIdle } from './scheduling';
import { StatusPill } from './status-pill';

export const CHECK_DEBOUNCE_MS = 150;

function send<R = void>(message: ContentRequest): Promise<R> {
  return browser.runtime.sendMessage(message) as Promise<R>;
}

export function startSafeToPost(adapter: SiteAdapter, doc: Document, signal: AbortSignal): void {
  let pageState: PageState | null = null;
  const overlay = createOverlay(doc);
  signal.addEventListener('abort', () => overlay.destroy(), { once: true });
  const highlighter = new Highlighter(doc, overlay, signal);
  const active = (): boolean => !!pageState && pageState.siteEnabled && Date.now() >= pageState.pausedUntil;

  const draw = (live: LiveComposer, editorText: EditorText, spans: readonly Span[]): void => {
    const inText = spans.filter((s) => s.field === 'text');
    if (inText.length === 0) return highlighter.clear(live.id);
    const { editor } = live.composer;
    if (editor instanceof HTMLTextAreaElement) {
      highlighter.set(live.id, {
        kind: 'textarea',
        field: editor,
        spans: inText.map((s) => [s.start, s.end] as const),
      });
    } else {
      const ranges = inText
        .map((s) => rangeForSpan(editorText, s.start, s.end))
        .filter((r): r is Range => r !== null);
      highlighter.set(live.id, { kind: 'ranges', ranges });
    }
  };

  const check = async (live: LiveComposer): Promise<void> => {
    if (!active() || live.controller.signal.aborted) return highlighter.clear(live.id);
    const snap = registry.readDraft(live);
    const version = pageState!.configVersion;
    if (live.lastCheck?.signature === snap.signature && live.lastCheck.configVersion === version) {
      return draw(live, snap.editorText, live.lastCheck.spans);
    }
    let reply: CheckReply;
    try {
      reply = await send<CheckReply>({ type: 'check', composerId: live.id, draft: snap.draft });
    } catch {
      return; // the worker is restarting; the next input checks again
    }
    if (live.controller.signal.aborted || !reply) return;
    const now = registry.readDraft(live);
    if (now.signature !== snap.signature) return; // typed meanwhile: that input scheduled a new check
    live.lastCheck = {
      signature: snap.signature,
      spans: reply.spans,
      holds: reply.holds,
      configVersion: reply.state.configVersion,
    };
    draw(live, now.editorText, reply.spans);
    if (!sameState(pageState, reply.state)) applyState(reply.state);
  };

  const checkers = new Map<LiveComposer, () => void>();
  const registry: ComposerRegistry = new ComposerRegistry(adapter, doc, signal, {
    added(live) {
      const schedule = debounceIdle(doc, () => void check(live), CHECK_DEBOUNCE_MS, live.controller.signal);
      live.composer.editor.addEventListener('input', schedule, { signal: live.controller.signal });
      checkers.set(live, schedule);
      schedule();
      status.update();
    },
    removed(live) {
      checkers.delete(live);
      highlighter.clear(live.id);
      interceptor.forget(live);
      void send({ type: 'composer-gone', composerId: live.id }).catch(() => {});
      status.update();
    },
    mediaChanged: (live) => checkers.get(live)?.(),
  });

  const status = new PageStatus(
    doc,
    adapter,
    registry,
    (state, reason) => {
      void send({ type: 'report-status', state, reason }).catch(() => {});
    },
    signal,
  );

  const pill = new StatusPill(doc, overlay);
  const review = new ReviewFrame(doc, overlay);
  const interceptor = new Interceptor({
    doc,
    adapter,
    registry,
    pill,
    review,
    signal,
    pageState: () => pageState,
    prePost: (live) =>
      send<PrePostReply>({ type: 'pre-post', composerId: live.id, draft: registry.readDraft(live).draft }),
    tipsPost: (live) =>
      void send({ type: 'tips-post', draft: registry.readDraft(live).draft }).catch(() => {}),
    reviewClosed: (sessionId) => void send({ type: 'review-closed', sessionId }).catch(() => {}),
  });

  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(pauseTimer), { once: true });
  const applyState = (state: PageState): void => {
    pageState = state;
    clearTimeout(pauseTimer);
    const pausedFor = state.pausedUntil - Date.now();
    // Resume by ourselves when the pause ends (timers cap at ~24 days).
    if (pausedFor > 0 && pausedFor < 2 ** 31)
      pauseTimer = setTimeout(() => applyState(state), pausedFor + 50);
    for (const live of registry.all()) {
      if (active()) checkers.get(live)?.();
      else highlighter.clear(live.id);
    }
  };

  const onPush = (message: unknown): Promise<ApplyFixesReply> | undefined => {
    const push = message as BackgroundPush;
    if (push?.type === 'page-state') applyState(push.state);
    if (push?.type !== 'review-command') return undefined;
    const { command, sessionId } = push;
    if (command.kind !== 'apply-fixes') {
      void interceptor.onReviewCommand(sessionId, command);
      return undefined;
    }
    const live = interceptor.heldComposer(sessionId);
    if (!live)
      return Promise.resolve({
        ok: false,
        reason: 'The post is no longer open.',
        draft: emptyDraft(adapter),
      });
    return applyEdits(live.composer, command.baseText, command.edits).then((result) => {
      review.focus();
      const draft = registry.readDraft(live).draft;
      return result.ok ? { ok: true, draft } : { ok: false, reason: result.reason, draft };
    });
  };
  browser.runtime.onMessage.addListener(onPush);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onPush), { once: true });

  void send<PageState>({ type: 'get-page-state', site: adapter.site }).then(
    (state) => {
      applyState(state);
      registry.scan();
      status.resend();
    },
    () => status.resend(),
  );
  // Re-check when the user comes back to a tab whose pause may have ended meanwhile.
  doc.addEventListener(
    'visibilitychange',
    () => doc.visibilityState === 'visible' && pageState && applyState(pageState),
    {
      signal,
    },
  );
  registry.scan();
}

function sameState(a: PageState | null, b: PageState): boolean {
  return (
    !!a &&
    a.configVersion === b.configVersion &&
    a.mode === b.mode &&
    a.pausedUntil === b.pausedUntil &&
    a.siteEnabled === b.siteEnabled
  );
}

function emptyDraft(adapter: SiteAdapter) {
  return { platform: adapter.site, context: 'post' as const, text: '', media: [] };
}
