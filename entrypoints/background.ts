// The background service worker: the only place the engine runs with the roster.
// Content scripts send drafts here and get back spans and rule ids, never consent facts.
import { ALL_RULES } from '../rules';
import { check, createConfig, emptySettings, type EngineConfig } from '../src/engine/check';
import type { Draft } from '../src/engine/types';

export default defineBackground(() => {
  let config: EngineConfig = createConfig(ALL_RULES, [], emptySettings());

  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type?: string; draft?: Draft };
    if (m?.type === 'check' && m.draft) {
      const findings = check(m.draft, config);
      return Promise.resolve(findings.map(({ rule, severity, field, start, end }) => ({ rule, severity, field, start, end })));
    }
    return undefined;
  });

  // Replaced when the admin imports a roster (issue: options page).
  void (async () => {
    const stored = await browser.storage.local.get('pupils');
    if (Array.isArray(stored.pupils)) config = createConfig(ALL_RULES, stored.pupils, emptySettings());
  })();
});
