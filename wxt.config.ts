import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The four sites staff post to. The review page is web-accessible to these hosts only.
export const SUPPORTED_HOSTS = [
  'https://www.facebook.com/*',
  'https://www.instagram.com/*',
  'https://x.com/*',
  'https://*.classdojo.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'SafeToPost',
    description: "Checks school social-media drafts against the school's policy before they are posted.",
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'safetopost@example.org',
        // Local only: the extension collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  zip: {
    excludeSources: ['tests/**', '**/*.pem', '**/*.log', 'artifacts/**'],
  },
});
