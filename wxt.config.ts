import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SITE_MATCHES } from './src/platforms/hosts';

// The four sites staff post to. The review page is web-accessible to these hosts only.
export const SUPPORTED_HOSTS = SITE_MATCHES;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'SafeToPost',
    description: "Checks school social-media drafts against the school's policy before they are posted.",
    permissions: ['storage'],
    // The toolbar badge ('!' when a post box is not recognised, 'II' when paused).
    action: { default_title: 'SafeToPost' },
    // The review dialog is framed over the four sites only, never anywhere else.
    web_accessible_resources: [{ resources: ['review.html'], matches: SITE_MATCHES }],
    // Enterprise policy: IT can push (and so lock) settings; see public/managed_schema.json.
    // Chrome and Edge only: the hook below drops it for Firefox, which reads policy another way.
    storage: { managed_schema: 'managed_schema.json' },
    browser_specific_settings: {
      gecko: {
        id: 'safetopost@example.org',
        // Local only: the extension collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // Firefox takes managed storage from enterprise policies.json, and warns about this Chrome key.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') delete (manifest as { storage?: unknown }).storage;
    },
  },
  zip: {
    excludeSources: ['tests/**', '**/*.pem', '**/*.log', 'artifacts/**'],
  },
});
