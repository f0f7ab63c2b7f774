// The four sites staff post to: where the content script runs and the review page may be framed.
export const SITE_MATCHES: string[] = [
  'https://www.facebook.com/*',
  'https://www.instagram.com/*',
  'https://x.com/*',
  'https://*.classdojo.com/*',
];
