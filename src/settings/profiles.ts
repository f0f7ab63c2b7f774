// Policy profiles: one per school policy in ../shared/seeds. A profile presets the rules (on/off,
// severity, override, reason) to what that policy asks, and supplies the clauses the review dialog
// quotes. Every quote is the policy's own words (tests/settings/profiles.test.ts checks them).

import { RULES_BY_ID } from '../../rules';
import { SCHOOLS } from '../../rules/policies/seeds';
import type { PolicyCitation } from '../engine/rule';
import { defaultRuleConfig, RULE_IDS, type RuleConfig, type RuleId, type Settings } from './schema';

export interface PolicyProfile {
  id: string;
  /** How the admin sees it in the list. */
  name: string;
  /** One or two plain sentences: what the policy asks of posts, and so what the profile sets. */
  summary: string;
  /** Differences from SafeToPost's defaults; rules not named keep their defaults. */
  rules: Partial<Record<RuleId, Partial<RuleConfig>>>;
  /** The clauses shown for each rule, most relevant first. */
  citations: Partial<Record<RuleId, PolicyCitation[]>>;
}

const { wirksworth, southEnd, westKirby, aceDerbyshire, coton } = SCHOOLS;

// The Derbyshire (Education Data Hub) template shared by Wirksworth, ACE and Coton.
const DERBYSHIRE_BE_SENSITIVE =
  'Do not post anything that could be considered; discriminatory, gossip, lies, offensive or threatening comments, comments/images that deliberately, negligently, or recklessly mock, tease, humiliate or harass an individual';
const DERBYSHIRE_CONFIDENTIALITY =
  'Do not breach confidentiality – do not share anything private about anyone else';
const DERBYSHIRE_IMAGES_CONSENT =
  'ensure that you have secured the appropriate consent before sharing images on the official social media channel';

export const POLICY_PROFILES: readonly PolicyProfile[] = [
  {
    id: 'wirksworth-junior',
    name: 'Wirksworth Junior School (Derbyshire template, 2025)',
    summary:
      'Names and pictures may be posted where parents gave consent on admission. Nothing private, sensitive or unkind.',
    rules: {
      'pupil-full-name': { severity: 'warn', reasonRequired: true },
      'name-with-image': { severity: 'warn' },
    },
    citations: {
      'missing-consent': [
        {
          ...wirksworth,
          section: '3. Recognised Wirksworth Junior School Channels',
          quote:
            'We seek consent, upon admission, from parents / carers (pupils where age appropriate) to include personal data in the form of pictures, names, quotes, displays etc.',
        },
        {
          ...wirksworth,
          section: 'iv. Protect privacy and respect confidentiality',
          quote: DERBYSHIRE_IMAGES_CONSENT,
        },
      ],
      'pupil-full-name': [
        {
          ...wirksworth,
          section: '2. Scope and Responsibilities',
          quote:
            'personal information and pictures will not be posted without appropriate consent and oversight.',
        },
      ],
      'name-with-image': [
        {
          ...wirksworth,
          section: 'iv. Protect privacy and respect confidentiality',
          quote: DERBYSHIRE_IMAGES_CONSENT,
        },
      ],
      confidential: [
        {
          ...wirksworth,
          section: 'iii. Be sensitive',
          quote:
            'Do not reveal any sensitive information about the Wirksworth Junior School or about any plans that are not yet public.',
        },
        {
          ...wirksworth,
          section: 'iv. Protect privacy and respect confidentiality',
          quote: DERBYSHIRE_CONFIDENTIALITY,
        },
      ],
      disparaging: [{ ...wirksworth, section: 'iii. Be sensitive', quote: DERBYSHIRE_BE_SENSITIVE }],
      'event-timing': [
        {
          ...wirksworth,
          section: 'iii. Be sensitive',
          quote: 'Ensure all posts are in line with the Safeguarding Policy.',
        },
      ],
    },
  },
  {
    id: 'south-end-junior',
    name: 'South End Junior School (2022)',
    summary:
      'First names only, never a pupil’s name with their picture, no exact times of events, and nothing about children on the do-not-publish list.',
    rules: {
      'pupil-full-name': { severity: 'block', overrideAllowed: true, reasonRequired: true },
      'name-with-image': { severity: 'block', overrideAllowed: true, reasonRequired: true },
      'event-timing': { severity: 'warn' },
      'missing-consent': { severity: 'block', overrideAllowed: false },
    },
    citations: {
      'pupil-full-name': [
        {
          ...southEnd,
          section: "Staff Posting on School's social media sites",
          quote: 'If mentioning a pupil name, only use first name',
        },
      ],
      'name-with-image': [
        {
          ...southEnd,
          section: "Staff Posting on School's social media sites",
          quote: 'never post any pupil name with an image that contains them',
        },
        {
          ...southEnd,
          section: 'Use of images',
          quote: 'NB no pupil names must ever be posted with the image.',
        },
      ],
      'event-timing': [
        {
          ...southEnd,
          section: "Staff Posting on School's social media sites",
          quote: 'Avoid posting exact timings of events where parents/carers are already aware of these.',
        },
      ],
      'missing-consent': [
        {
          ...southEnd,
          section: 'Use of images',
          quote:
            'Permission to use any photos or video recordings has been given by parent/carer (images of pupils) or staff member (images of staff members).',
        },
        {
          ...southEnd,
          section: 'Use of images',
          quote: 'must not be on any school list of children whose images must not be published',
        },
      ],
      confidential: [
        {
          ...southEnd,
          section: "Staff Posting on School's social media sites",
          quote: "Don't publish confidential or commercially sensitive material.",
        },
      ],
      disparaging: [
        {
          ...southEnd,
          section: "Staff Posting on School's social media sites",
          quote: "Don't use social media to air grievances or negativity.",
        },
        {
          ...southEnd,
          section: 'Behaviour on the sites',
          quote:
            "Staff must not use the school's social media to infringe on the rights and privacy of others or make ill-considered comments or judgments about staff",
        },
      ],
    },
  },
  {
    id: 'west-kirby-primary',
    name: 'West Kirby Primary School (2023)',
    summary:
      'Children are never named alongside their images on the school’s X feed or website, and only with parents’ permission for images.',
    rules: {
      'pupil-full-name': { severity: 'block', overrideAllowed: true, reasonRequired: true },
      'name-with-image': { severity: 'block', overrideAllowed: false },
      'event-timing': { severity: 'info' },
    },
    citations: {
      'pupil-full-name': [
        {
          ...westKirby,
          section: 'Appendix 1',
          quote:
            'Using images of my child on the school website and on the school Twitter feed (children are never named)',
        },
      ],
      'name-with-image': [
        {
          ...westKirby,
          section: 'Appendix 1',
          quote:
            'Using images of my child on the school website and on the school Twitter feed (children are never named)',
        },
        {
          ...westKirby,
          section: 'Appendix 1',
          quote:
            'Using videos of my child on the school website and on the school Twitter feed (children are never named)',
        },
      ],
      'missing-consent': [
        {
          ...westKirby,
          section: 'A. The use of social networking sites by pupils within school',
          quote:
            "Parents will give permission for children to access these sites in school as well as permission for images of their child / child's work to be included on the site",
        },
      ],
      confidential: [
        {
          ...westKirby,
          section: 'Digital Awareness and Social Media Conduct',
          quote:
            'Posting, liking, re-tweeting or sharing confidential information, e.g. regarding a complaint outcome.',
        },
      ],
      disparaging: [
        {
          ...westKirby,
          section:
            'D. Dealing with incidents of online bullying/inappropriate use of social networking sites',
          quote: 'Expose (an individual) to hatred, ridicule or contempt',
        },
        {
          ...westKirby,
          section: 'B. Use of social networking by staff in a personal capacity',
          quote:
            'Staff must not post comments about the school, pupils, parents or colleagues including members of the Governing Body.',
        },
      ],
    },
  },
  {
    id: 'ace-derbyshire-trust',
    name: 'ACE Derbyshire Trust (Derbyshire template, 2025)',
    summary:
      'The trust’s posts include no personal data of any type, so a post that names a pupil is held and “post anyway” is switched off.',
    rules: {
      'pupil-full-name': { severity: 'block', overrideAllowed: false },
      'name-with-image': { severity: 'block', overrideAllowed: false },
      'missing-consent': { severity: 'block', overrideAllowed: false },
    },
    citations: {
      'pupil-full-name': [
        {
          ...aceDerbyshire,
          section: '3. Recognised Trust Channels',
          quote: 'However, we do not include personal data of any type in these posts.',
        },
      ],
      'name-with-image': [
        {
          ...aceDerbyshire,
          section: '3. Recognised Trust Channels',
          quote: 'However, we do not include personal data of any type in these posts.',
        },
      ],
      'missing-consent': [
        {
          ...aceDerbyshire,
          section: '3. Recognised Trust Channels',
          quote: 'However, we do not include personal data of any type in these posts.',
        },
        {
          ...aceDerbyshire,
          section: 'iv. Protect privacy and respect confidentiality',
          quote: DERBYSHIRE_IMAGES_CONSENT,
        },
      ],
      confidential: [
        {
          ...aceDerbyshire,
          section: 'iii. Be sensitive',
          quote:
            'Do not reveal any sensitive information about the trust or about any plans that are not yet public.',
        },
        {
          ...aceDerbyshire,
          section: 'iv. Protect privacy and respect confidentiality',
          quote: DERBYSHIRE_CONFIDENTIALITY,
        },
      ],
      disparaging: [{ ...aceDerbyshire, section: 'iii. Be sensitive', quote: DERBYSHIRE_BE_SENSITIVE }],
      'event-timing': [
        {
          ...aceDerbyshire,
          section: 'iii. Be sensitive',
          quote: 'Ensure all posts are in line with the Safeguarding Policy.',
        },
      ],
    },
  },
  {
    id: 'coton-in-the-elms-primary',
    name: 'Coton-in-the-Elms Primary School (Derbyshire template, 2024)',
    summary:
      'Names and images of children only with parents’ written permission. Nothing private, sensitive or unkind.',
    rules: {
      'name-with-image': { severity: 'warn', reasonRequired: true },
    },
    citations: {
      'missing-consent': [
        {
          ...coton,
          section: '3. Recognised School Channels',
          quote:
            'Written permission of parents and carers will be sought for posts involving names/images of children.',
        },
        {
          ...coton,
          section: '2. Scope and Responsibilities',
          quote:
            'personal information and pictures should not be posted without appropriate consent and oversight.',
        },
      ],
      'pupil-full-name': [
        {
          ...coton,
          section: '2. Scope and Responsibilities',
          quote:
            'personal information and pictures should not be posted without appropriate consent and oversight.',
        },
      ],
      'name-with-image': [
        {
          ...coton,
          section: '3. Recognised School Channels',
          quote:
            'Written permission of parents and carers will be sought for posts involving names/images of children.',
        },
      ],
      confidential: [
        {
          ...coton,
          section: 'iii. Be sensitive',
          quote:
            'Do not reveal any sensitive information about the school or about any plans that are not yet public.',
        },
        {
          ...coton,
          section: 'iv. Protect privacy and respect confidentiality',
          quote: DERBYSHIRE_CONFIDENTIALITY,
        },
      ],
      disparaging: [{ ...coton, section: 'iii. Be sensitive', quote: DERBYSHIRE_BE_SENSITIVE }],
      'event-timing': [
        {
          ...coton,
          section: 'iii. Be sensitive',
          quote: 'Ensure all posts are in line with the Safeguarding Children Policy.',
        },
      ],
    },
  },
];

export function profileById(id: string | null | undefined): PolicyProfile | undefined {
  return id ? POLICY_PROFILES.find((p) => p.id === id) : undefined;
}

/** The rule settings a profile asks for (SafeToPost's defaults where it says nothing). */
export function profileRules(profile: PolicyProfile): Settings['rules'] {
  return Object.fromEntries(
    RULE_IDS.map((id) => [id, { ...defaultRuleConfig(id), ...profile.rules[id] }]),
  ) as Settings['rules'];
}

/**
 * Choose a profile: its rule settings replace the current ones (rules it does not know keep
 * theirs). Word lists, sites and mode are the admin's and stay. `null` returns to the defaults.
 */
export function applyProfile(settings: Settings, profileId: string | null): Settings {
  const profile = profileById(profileId);
  if (!profile) {
    const rules = { ...settings.rules };
    for (const id of RULE_IDS) rules[id] = defaultRuleConfig(id);
    return { ...settings, rules, policyProfile: null };
  }
  return { ...settings, rules: { ...settings.rules, ...profileRules(profile) }, policyProfile: profile.id };
}

/** The clauses the review dialog shows for a rule: the profile's first, else the rule's own. */
export function citationsFor(ruleId: string, settings: Settings): PolicyCitation[] {
  const fromProfile = profileById(settings.policyProfile)?.citations[ruleId as RuleId];
  if (fromProfile && fromProfile.length > 0) return fromProfile;
  return RULES_BY_ID.get(ruleId)?.policy ?? [];
}
