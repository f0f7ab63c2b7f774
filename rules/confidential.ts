import type { FieldView, Rule, RuleContext } from '../src/engine/rule';
import MODEL_JSON from './data/confidential-model.json';
import { SCHOOLS } from './policies/seeds';
import { findRemarks } from './shared/confidential-scan';
import { findTerm, splitSentences } from './shared/remarks';
import type { SentenceModel } from './shared/sentence-model';
import { confidentialExtras, joinRemarks, modelVerdicts } from './shared/wording-model';

const MODEL: SentenceModel = MODEL_JSON;

// Private information about people (safeguarding, health, SEN, exclusions, behaviour, family, staff HR)
// and about the school (unpublished inspection outcomes and test results, budgets and contracts, plans
// and other news marked not public, door codes). The detectors are in ./shared/confidential-scan.ts.

function checkField(ctx: RuleContext, field: FieldView, customTerms: string[]): void {
  const { plain, folded } = field.text;
  if (!plain.trim()) return;
  const sentences = splitSentences(plain);
  const hand = findRemarks(field, sentences);
  const extras = confidentialExtras(field, sentences, hand);
  const verdicts = modelVerdicts(MODEL, field, sentences, extras, hand);
  const flagged = verdicts.flagged.map((sentence) => ({ sentence, kind: 'general' }));
  for (const r of joinRemarks(sentences, verdicts.kept, flagged)) {
    ctx.report({ field: field.id, start: r.start, end: r.end, messageId: r.kind });
  }
  for (const term of customTerms) {
    for (const m of findTerm(folded, term)) {
      ctx.report({
        field: field.id,
        start: m.start,
        end: m.end,
        messageId: 'customTerm',
        data: { term: plain.slice(m.start, m.end) },
      });
    }
  }
}

const rule: Rule = {
  id: 'confidential',
  title: 'Confidential information',
  description:
    'Finds private information in a post: safeguarding, health, SEN, exclusions, a child’s behaviour or family, staff HR matters, inspection outcomes and test results before they are published, budgets, contracts and bids, door codes, and anything marked not public.',
  defaultSeverity: 'block',
  policy: [
    {
      ...SCHOOLS.southEnd,
      section: "Staff Posting on School's social media sites",
      quote: "Don't publish confidential or commercially sensitive material.",
    },
    {
      ...SCHOOLS.southEnd,
      section: "Staff Posting on School's social media sites",
      quote:
        'Staff should not post information regarding pupils that is detailed enough for someone with an alternative motive to build a picture of the pupil',
    },
    {
      ...SCHOOLS.southEnd,
      section: 'Legal Framework',
      quote:
        'Disclosure of confidential information on social media is likely to be a breach of a number of laws and professional codes of conduct',
    },
    {
      ...SCHOOLS.wirksworth,
      section: '5. Our Social Media Rules, iv. Protect privacy and respect confidentiality',
      quote: 'Do not breach confidentiality – do not share anything private about anyone else',
    },
    {
      ...SCHOOLS.coton,
      section: '5. Our Social Media Rules, iii. Be sensitive',
      quote:
        'Do not reveal any sensitive information about the school or about any plans that are not yet public.',
    },
    {
      ...SCHOOLS.aceDerbyshire,
      section: '3. Recognised Trust Channels',
      quote: 'However, we do not include personal data of any type in these posts.',
    },
  ],
  messages: {
    safeguarding:
      'This mentions a safeguarding or child protection matter. Never post about these: remove it and talk to your safeguarding lead.',
    medical:
      'This shares health details about someone who can be identified. Remove it: medical information is private.',
    sen: 'This shares a child’s special educational needs. Remove it: SEN details are private.',
    exclusion:
      'This shares a pupil’s exclusion, suspension or other sanction. Remove it: sanctions are shared only with the family.',
    behaviour:
      'This describes a behaviour incident involving a child who could be identified. Remove it and deal with it privately.',
    family: 'This shares private family circumstances of someone who could be identified. Remove it.',
    staff:
      'This shares a staff employment matter (HR, discipline, sickness or jobs). Remove it: these are confidential.',
    inspection:
      'This shares an inspection result before the report is published. Wait for the official report.',
    results:
      'This shares test or assessment results before they are published. Wait until they are official.',
    commercial:
      'This shares financial, contract or planning details that are not public. Remove it until it is officially announced.',
    internal: 'This is marked as not for the public. Do not post it.',
    secret: 'This gives away a code or password. Remove it.',
    customTerm: '“{term}” is on your school’s confidential list. Remove it before posting.',
    general:
      'This reads like private information about a person or the school. Check it is already public and identifies no one; if not, remove it.',
  },
  examples: {
    flag: [
      {
        text: 'Please remember that Ottilie has a severe kiwi allergy, so no fruit salad at the party.',
        spans: ['Ottilie has a severe kiwi allergy'],
      },
      { text: 'Tilly has a peanut allergy – please check snacks.', spans: ['Tilly has a peanut allergy'] },
      {
        text: 'Rafferty has been diagnosed with dyslexia and now has a reading tutor.',
        spans: ['Rafferty has been diagnosed with dyslexia'],
      },
      {
        text: 'Mr Danby remains suspended while the governors look into the complaint.',
        spans: ['Mr Danby remains suspended'],
      },
      {
        text: 'After the lunchtime incident, a Year 4 girl is excluded until Thursday.',
        spans: ['excluded until Thursday'],
      },
      {
        text: "Bartek's mum and dad are getting divorced, so he might be a bit upset.",
        spans: ["Bartek's mum and dad are getting divorced"],
      },
      {
        text: 'We have a child protection conference this afternoon about a Year 2 family.',
        spans: ['child protection conference'],
      },
      {
        text: 'Ofsted phoned to say we are Outstanding, but the report is embargoed until March!',
        spans: ['we are Outstanding'],
      },
      { text: 'The door code for the staffroom is 8810.', spans: ['code for the staffroom is 8810'] },
      {
        text: 'Keep this to yourselves for now: we are merging with Fernhill Infants in September.',
        spans: ['merging with Fernhill Infants'],
      },
      {
        text: 'We are cutting two lunchtime supervisor posts to balance a £15,000 deficit.',
        spans: ['deficit'],
      },
      {
        text: 'Our class party!',
        media: [{ type: 'image', filename: 'party.jpg', alt: 'Ottilie, who has epilepsy, dancing' }],
      },
      {
        text: 'Wilf is off on Friday for his grommet operation, so he will miss the trip.',
        spans: ['Wilf is off on Friday for his grommet operation'],
      },
      {
        text: 'Mrs Garside is away while a complaint about her is looked into.',
        spans: ['Mrs Garside is away while a complaint about her is looked into'],
      },
      {
        text: 'Provisional phonics results: 84% passed the screening check – not published yet!',
        spans: ['84% passed the screening check'],
      },
      {
        text: 'Dariusz, sadly, was sent home after hitting another child.',
        spans: ['Dariusz, sadly, was sent home after hitting another child'],
      },
      {
        text: 'We went with Brightside Builders for the roof because their quote was £9,000 cheaper than the other two.',
        spans: ['their quote was £9,000 cheaper than the other two'],
      },
    ],
    pass: [
      'Our school is nut-free, so do check lunchboxes.',
      'Reminder: we are nut-free. Marmalade, chocolate spread and nut butters will be sent home.',
      'Several children in Hazel class have allergies, so please avoid sending in sweets.',
      'Our SEND Information Report has been updated on the website.',
      'We were judged Good by Ofsted last year, and the full inspection report is on our website.',
      'Year 3 learned about Florence Nightingale and her field hospital in Scutari.',
      'If your child has asthma, please make sure their inhaler is in school.',
      'Head lice have been spotted in Year 1 – please check your child tonight.',
      'Mrs Moss holds a drop-in for families of children with additional needs.',
      'The DfE has published its new attendance guidance.',
      'Tilly scored a brilliant goal in the netball final!',
      'Swimming lessons are suspended while the pool is repaired.',
      'Our KS2 results are in the national performance tables on the DfE website.',
      'Pupil premium is extra funding for children who have had free school meals; see our strategy online.',
      'The Year 5 trip costs £12, and the coach company was booked through the council.',
    ],
  },
  check(ctx) {
    const terms = ctx.settings.confidentialTerms ?? [];
    for (const field of ctx.fields) {
      if (field.kind === 'filename') continue;
      checkField(ctx, field, terms);
    }
  },
};

export default rule;
