// Counting consent in a pupil list and saying it in plain words.

import type { Pupil } from '../../../engine/types';
import type { RosterField } from '../../../settings/roster-columns';

export interface ConsentCounts {
  total: number;
  noName: number;
  noPhoto: number;
  noVideo: number;
  doNotPublish: number;
}

export function countConsent(pupils: readonly Pupil[]): ConsentCounts {
  const c: ConsentCounts = { total: pupils.length, noName: 0, noPhoto: 0, noVideo: 0, doNotPublish: 0 };
  for (const p of pupils) {
    if (!p.nameConsent) c.noName++;
    if (!p.photoConsent) c.noPhoto++;
    if (!p.videoConsent) c.noVideo++;
    if (p.doNotPublish) c.doNotPublish++;
  }
  return c;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "41 without photo consent, 12 without consent to be named, … 3 marked do not publish". */
export function consentBreakdown(c: ConsentCounts): string {
  return [
    `${c.noPhoto.toLocaleString('en-GB')} without photo consent`,
    `${c.noName.toLocaleString('en-GB')} without consent to be named`,
    `${c.noVideo.toLocaleString('en-GB')} without video consent`,
    `${c.doNotPublish.toLocaleString('en-GB')} marked do not publish`,
  ].join(', ');
}

/** What each column of a roster file can be used as, in the admin's words. */
export const FIELD_CHOICES: { group: string; options: { field: RosterField; label: string }[] }[] = [
  {
    group: 'Pupil details',
    options: [
      { field: 'firstName', label: 'First name' },
      { field: 'preferredName', label: 'Preferred first name' },
      { field: 'lastName', label: 'Surname' },
      { field: 'preferredLastName', label: 'Preferred surname' },
      { field: 'yearGroup', label: 'Year group' },
      { field: 'className', label: 'Class or form' },
    ],
  },
  {
    group: 'Consent (what the parent agreed to)',
    options: [
      { field: 'nameConsent', label: 'Consent to be named' },
      { field: 'photoConsent', label: 'Photo consent' },
      { field: 'videoConsent', label: 'Video consent' },
      { field: 'socialMediaConsent', label: 'Social media consent (photos, names and video)' },
      { field: 'websiteConsent', label: 'Website photo consent' },
      { field: 'pressConsent', label: 'Press photo consent' },
      { field: 'doNotPublish', label: 'Do not publish (a mark means never publish)' },
    ],
  },
];

export function fieldLabel(field: RosterField | null): string {
  if (field === null) return 'Not imported';
  for (const g of FIELD_CHOICES) for (const o of g.options) if (o.field === field) return o.label;
  return field;
}

export function pupilName(p: Pupil): string {
  return p.preferredName && p.preferredName !== p.firstName
    ? `${p.firstName} (${p.preferredName}) ${p.lastName}`
    : `${p.firstName} ${p.lastName}`;
}
