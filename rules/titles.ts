// Each rule's title, for screens that name rules but never run them (the popup, the audit log):
// importing the rules themselves would load the engine, compromise's lexicon and the sentence models.
// tests/rules/titles.test.ts keeps this list equal to the rules' own titles.
export const RULE_TITLES: Readonly<Record<string, string>> = {
  'missing-consent': 'No consent recorded',
  'pupil-full-name': "Pupil's full name",
  'name-with-image': 'Pupil named with a photo or video',
  confidential: 'Confidential information',
  'event-timing': 'Exact time of an event',
  disparaging: 'Negative or sarcastic remark',
};
