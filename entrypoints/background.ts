// The background service worker: the only place the engine runs with the roster. Thin: the logic
// is in src/background. Content scripts get spans and rule ids back, never consent facts.
import { startBackground } from '../src/background/service';

export default defineBackground(() => {
  startBackground();
});
