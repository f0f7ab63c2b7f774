// Which adapter handles a page, by host name. Only the four supported sites have one.
import type { SiteAdapter } from './types';
import { classdojo } from './classdojo';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { x } from './x';

export function adapterForHost(hostname: string): SiteAdapter | null {
  const host = hostname.toLowerCase();
  if (host === 'www.facebook.com' || host === 'web.facebook.com') return facebook;
  if (host === 'www.instagram.com') return instagram;
  if (host === 'x.com' || host === 'twitter.com' || host === 'mobile.x.com') return x;
  if (host === 'classdojo.com' || host.endsWith('.classdojo.com')) return classdojo;
  return null;
}

export { facebook, instagram, x, classdojo };
export type { SiteAdapter, Composer, AttachmentPreview, EditorKind, SubmitKey } from './types';
