// Every rule the engine runs, in the order the review dialog lists them.
import type { Rule } from '../src/engine/rule';
import confidential from './confidential';
import disparaging from './disparaging';
import eventTiming from './event-timing';
import missingConsent from './missing-consent';
import nameWithImage from './name-with-image';
import pupilFullName from './pupil-full-name';

export const ALL_RULES: readonly Rule[] = [
  missingConsent,
  pupilFullName,
  nameWithImage,
  confidential,
  eventTiming,
  disparaging,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.id, r]));
