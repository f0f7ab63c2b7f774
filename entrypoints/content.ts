// Content script on the four sites: thin. The page-side logic is in src/compose, the site-specific
// selectors in src/platforms. It never imports the engine, the rules or the roster.
import '../src/compose/highlight.css';
import { startSafeToPost } from '../src/compose/start';
import { adapterForHost } from '../src/platforms';
import { SITE_MATCHES } from '../src/platforms/hosts';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (adapter) startSafeToPost(adapter, document, ctx.signal);
  },
});
