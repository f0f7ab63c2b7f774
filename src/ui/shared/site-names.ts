// The four sites as people call them.

import type { Site } from '../../settings/schema';

export const SITE_NAMES: Record<Site, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X (Twitter)',
  classdojo: 'ClassDojo',
};

export function siteName(id: string): string {
  return (SITE_NAMES as Record<string, string>)[id] ?? id;
}
