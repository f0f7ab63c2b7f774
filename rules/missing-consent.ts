import type { Rule } from '../src/engine/rule';
import type { Pupil } from '../src/engine/types';
import { SCHOOLS } from './policies/seeds';

type Missing = 'doNotPublish' | 'noName' | 'noPhoto' | 'noVideo';

/** The consent this use of a pupil's name needs and the roster does not record, most serious first. */
function missingConsent(p: Pupil, hasImage: boolean, hasVideo: boolean): Missing | null {
  if (p.doNotPublish) return 'doNotPublish';
  if (!p.nameConsent) return 'noName';
  if (hasImage && !p.photoConsent) return 'noPhoto';
  if (hasVideo && !p.videoConsent) return 'noVideo';
  return null;
}

// A roster pupil named, or identifiable in media, without the consent the roster records for that use.
// These messages carry consent facts: they are shown only in extension pages, never in the site's page.
const rule: Rule = {
  id: 'missing-consent',
  title: 'No consent recorded',
  description:
    'Checks every pupil named in the post against the consent list: name, photo, video, do not publish.',
  defaultSeverity: 'block',
  policy: [
    {
      ...SCHOOLS.coton,
      section: '3. Recognised School Channels',
      quote:
        'Written permission of parents and carers will be sought for posts involving names/images of children.',
    },
    {
      ...SCHOOLS.wirksworth,
      section: 'iv. Protect privacy and respect confidentiality',
      quote:
        'ensure that you have secured the appropriate consent before sharing images on the official social media channel',
    },
    {
      ...SCHOOLS.southEnd,
      section: 'Use of images',
      quote: 'must not be on any school list of children whose images must not be published',
    },
  ],
  messages: {
    doNotPublish:
      '{name} must not appear in any school post (do not publish). Remove the name and any picture of them.',
    noName: 'There is no consent to publish {name}’s name. Remove the name.',
    noPhoto: 'There is no photo consent for {name}. Remove the photo or the name.',
    noVideo: 'There is no video consent for {name}. Remove the video or the name.',
    ambiguous: 'One of the pupils called {name} has no consent for this. Check who it is before posting.',
  },
  examples: {
    flag: [
      { text: 'Happy birthday Ezra!', roster: 'Ezra,Quint,,Year 1,Oak,yes,no,yes,no', spans: ['Ezra'] },
      {
        text: 'Ezra with his model',
        roster: 'Ezra,Quint,,Year 1,Oak,no,yes,yes,no',
        media: [{ type: 'image', filename: 'IMG_1.jpg', alt: '' }],
        spans: ['Ezra'],
      },
      {
        text: 'Ezra singing',
        roster: 'Ezra,Quint,,Year 1,Oak,yes,yes,no,no',
        media: [{ type: 'video', filename: 'song.mp4', alt: '' }],
        spans: ['Ezra'],
      },
      { text: 'Well done Ezra', roster: 'Ezra,Quint,,Year 1,Oak,yes,yes,yes,yes', spans: ['Ezra'] },
      {
        text: 'Beach school',
        roster: 'Ezra,Quint,,Year 1,Oak,no,yes,yes,no',
        media: [{ type: 'image', filename: 'beach_ezra.jpg', alt: '' }],
      },
    ],
    pass: [
      { text: 'Well done Ezra', roster: 'Ezra,Quint,,Year 1,Oak,no,yes,no,no' },
      {
        text: 'Ezra with his model',
        roster: 'Ezra,Quint,,Year 1,Oak,yes,yes,no,no',
        media: [{ type: 'image', filename: 'IMG_1.jpg', alt: '' }],
      },
      { text: 'Well done Zara', roster: 'Ezra,Quint,,Year 1,Oak,yes,no,yes,no' },
      { text: 'Thank you Mrs Quint', roster: 'Ezra,Quint,,Year 1,Oak,yes,no,yes,yes' },
    ],
  },
  check(ctx) {
    for (const field of ctx.fields) {
      for (const m of field.mentions) {
        const missing = m.pupils
          .map((p) => ({ p, why: missingConsent(ctx.pupil(p), ctx.hasImage, ctx.hasVideo) }))
          .filter((x) => x.why);
        if (!missing.length) continue;
        const name = field.text.original.slice(field.text.startOf[m.start], field.text.endOf[m.end - 1]);
        const sure = m.pupils.length === 1;
        ctx.report({
          field: field.id,
          start: m.start,
          end: m.end,
          messageId: sure ? missing[0]!.why! : 'ambiguous',
          data: { name },
          ...(sure ? { pupil: m.pupils[0]! } : {}),
        });
      }
    }
  },
};

export default rule;
