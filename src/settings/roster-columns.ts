// The roster's column vocabulary: the Pupil fields a column can feed, how each is named in messages,
// and how a header cell from our own format, SIMS, Arbor or Bromcom is recognised as one of them.
// Kept apart from the parser so adding an MIS's header spelling touches only this table.

/** The columns that say whether something of a pupil may be published, in the order they combine. */
export const CONSENT_FIELDS = [
  'photoConsent',
  'socialMediaConsent',
  'websiteConsent',
  'pressConsent',
  'nameConsent',
  'videoConsent',
] as const;

/** The Pupil fields a column can feed, plus the consent sources that are combined into them. */
export type RosterField =
  | 'firstName'
  | 'preferredName'
  | 'lastName'
  | 'preferredLastName'
  | 'yearGroup'
  | 'className'
  | (typeof CONSENT_FIELDS)[number]
  | 'doNotPublish';

export const ROSTER_FIELDS: readonly RosterField[] = [
  'firstName',
  'preferredName',
  'lastName',
  'preferredLastName',
  'yearGroup',
  'className',
  ...CONSENT_FIELDS,
  'doNotPublish',
];

/** How each field is named in messages. */
export const ROSTER_FIELD_LABELS: Readonly<Record<RosterField, string>> = {
  firstName: 'first name',
  preferredName: 'preferred name',
  lastName: 'last name',
  preferredLastName: 'preferred surname',
  yearGroup: 'year group',
  className: 'class',
  photoConsent: 'photo consent',
  socialMediaConsent: 'social media consent',
  websiteConsent: 'website consent',
  pressConsent: 'press consent',
  nameConsent: 'name consent',
  videoConsent: 'video consent',
  doNotPublish: 'do not publish',
};

export interface RosterColumn {
  /** The header cell as written in the file (trimmed). */
  header: string;
  /** The field it feeds, or null when the column is ignored (unknown, duplicate or not needed). */
  field: RosterField | null;
}

// ─── header recognition ─────────────────────────────────────────────────────────────────────────

/** Case-, space-, punctuation- and accent-insensitive key: "Legal Forename" → "legalforename". */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const HEADER_ALIASES: Record<RosterField, string[]> = {
  firstName: [
    'first_name',
    'First Name',
    'Forename',
    'Forenames',
    'Legal Forename',
    'Legal First Name',
    'Given Name',
    'Given Names',
    'Pupil Forename',
    'Pupil First Name',
    'Student Forename',
    'Student First Name',
    'Child Forename',
    'Child First Name',
  ],
  preferredName: [
    'preferred_name',
    'Preferred Name',
    'Preferred Forename',
    'Preferred First Name',
    'Known As',
    'Chosen Name',
    'Chosen Forename',
  ],
  lastName: [
    'last_name',
    'Last Name',
    'Surname',
    'Legal Surname',
    'Legal Last Name',
    'Family Name',
    'Pupil Surname',
    'Pupil Last Name',
    'Student Surname',
    'Student Last Name',
    'Child Surname',
    'Child Last Name',
  ],
  preferredLastName: ['Preferred Surname', 'Preferred Last Name', 'preferred_last_name'],
  yearGroup: ['year_group', 'Year', 'Year Group', 'NC Year', 'Curriculum Year', 'Yr', 'Year Taught In'],
  className: [
    'class',
    'Class',
    'Class Name',
    'Reg Group',
    'Registration Group',
    'Reg',
    'Form',
    'Form Group',
    'Tutor Group',
  ],
  photoConsent: [
    'photo_consent',
    'Photo Consent',
    'Photos',
    'Photo',
    'Photographs',
    'Photograph Consent',
    'Photography',
    'Photography Consent',
    'Image Consent',
    'Images',
    'Media Consent',
  ],
  socialMediaConsent: ['Social Media Consent', 'Social Media', 'social_media_consent', 'Social Media Photos'],
  websiteConsent: ['Website Consent', 'Website', 'website_consent', 'Website Photos'],
  pressConsent: ['Press Consent', 'Press', 'press_consent', 'Newspaper', 'Newspaper Consent', 'Local Press'],
  nameConsent: ['name_consent', 'Name Consent', 'Publish Name', 'Publish Names', 'Names'],
  videoConsent: ['video_consent', 'Video Consent', 'Video', 'Videos', 'Filming', 'Filming Consent'],
  doNotPublish: ['do_not_publish', 'Do Not Publish', 'DNP', 'No Publicity'],
};

/** Every alias, by headerKey → the field it names. */
export const HEADER_TABLE = new Map<string, RosterField>();
for (const field of ROSTER_FIELDS) {
  for (const alias of HEADER_ALIASES[field]) HEADER_TABLE.set(headerKey(alias), field);
}

/** MIS columns we know and deliberately do not keep (data minimisation). */
export const NOT_NEEDED = new Set(
  [
    'UPN',
    'ULN',
    'Admission Number',
    'Adno',
    'Admission No',
    'ID',
    'Pupil ID',
    'Student ID',
    'MIS ID',
    'Date of Birth',
    'DOB',
    'Gender',
    'Sex',
    'Ethnicity',
    'SEN',
    'SEN Status',
    'FSM',
    'EAL',
    'Pupil Premium',
    'House',
    'Address',
    'Postcode',
    'Email',
    'Middle Name',
    'Middle Names',
    'Full Name',
    'Name',
  ].map(headerKey),
);

/** Headers that hold a whole name: we say so instead of just "no first-name column". */
export const FULL_NAME_KEYS = new Set(
  ['Name', 'Full Name', 'Pupil Name', 'Student Name', 'Child Name', 'Pupil', 'Student'].map(headerKey),
);

/** Recognise one header cell (our format, SIMS, Arbor, Bromcom and close variants). */
export function recogniseHeader(header: string): RosterField | null {
  const key = headerKey(header);
  if (!key) return null;
  const exact = HEADER_TABLE.get(key);
  if (exact) return exact;
  // "Consent - Social Media", "Photo permission (website)", "Filming consent 2024"…
  if (!/consent|permission|photo|image|picture|video|film|publicity/.test(key)) return null;
  if (/^no|^donot|refus|withh/.test(key)) return /publicity|publish/.test(key) ? 'doNotPublish' : null;
  if (/social/.test(key)) return 'socialMediaConsent';
  if (/video|film/.test(key)) return 'videoConsent';
  if (/website|web/.test(key)) return 'websiteConsent';
  if (/press|newspaper/.test(key)) return 'pressConsent';
  if (/name/.test(key)) return 'nameConsent';
  if (/photo|image|picture/.test(key)) return 'photoConsent';
  return null;
}
