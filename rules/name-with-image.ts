import { unlistedInPost } from '../src/engine/unlisted-names';
import type { Rule } from '../src/engine/rule';
import { SCHOOLS } from './policies/seeds';

// Any pupil name — a first name is enough — in a post that carries a photo or video, in the text, the
// alt text or the file name (file names are not published, but they say who is in the picture).
const rule: Rule = {
  id: 'name-with-image',
  title: 'Pupil named with a photo or video',
  description: 'Finds pupil names in posts that carry a photo or video, including alt text and file names.',
  defaultSeverity: 'warn',
  policy: [
    {
      ...SCHOOLS.southEnd,
      section: "Staff Posting on School's social media sites",
      quote: 'never post any pupil name with an image that contains them',
    },
    {
      ...SCHOOLS.southEnd,
      section: 'Use of images',
      quote: 'no pupil names must ever be posted with the image',
    },
  ],
  messages: {
    text: 'A pupil is named in a post with a photo or video. Remove the name or the picture.',
    alt: 'The picture’s description names a pupil. Describe the scene without names.',
    filename: 'The file name names a pupil. Rename the file before you attach it.',
  },
  examples: {
    flag: [
      {
        text: 'Well done Tilly!',
        media: [{ type: 'image', filename: 'IMG_1.jpg', alt: '' }],
        spans: ['Tilly'],
      },
      {
        text: 'Kofi and Tilly baking',
        media: [{ type: 'video', filename: 'bake.mp4', alt: '' }],
        spans: ['Kofi', 'Tilly'],
      },
      { text: 'Baking day', media: [{ type: 'image', filename: 'tilly_baking.jpg', alt: '' }] },
      { text: 'Baking day', media: [{ type: 'image', filename: 'TillyAshworth.jpg', alt: '' }] },
      { text: 'Baking day', media: [{ type: 'image', filename: 'IMG_1.jpg', alt: 'Tilly holding a cake' }] },
      {
        text: 'Stars: Year 1: Will; Year 2: Hope',
        media: [{ type: 'image', filename: 'stars.jpg', alt: '' }],
        spans: ['Will', 'Hope'],
      },
      {
        // A new starter named in full, then by first name: both are the child.
        text: 'Please welcome Oyin Adebanjo to Oak! Oyin loves drawing sharks.',
        media: [{ type: 'image', filename: 'welcome.jpg', alt: '' }],
        spans: ['Oyin Adebanjo', 'Oyin'],
      },
      {
        text: 'Here is Ruairí with his model',
        media: [{ type: 'image', filename: 'm.jpg', alt: '' }],
        spans: ['Ruairí'],
      },
      {
        text: 'Here is Ruairi with his model',
        media: [{ type: 'image', filename: 'm.jpg', alt: '' }],
        spans: ['Ruairi'],
      },
      { text: 'Bake off winners', media: [{ type: 'image', filename: 'bake_off_will_hope.jpg', alt: '' }] },
      {
        text: 'Hope and Summer on the podium',
        media: [{ type: 'image', filename: 'podium.jpg', alt: '' }],
        spans: ['Hope', 'Summer'],
      },
      {
        text: 'Will in Willow has built a bird box.',
        media: [{ type: 'image', filename: 'IMG_2.jpg', alt: '' }],
        spans: ['Will'],
      },
      {
        text: 'Well done Summer Okoro! Summer is our new school councillor.',
        media: [{ type: 'image', filename: 'IMG_4.jpg', alt: '' }],
        spans: ['Summer Okoro', 'Summer'],
      },
      {
        text: 'Carols in the hall',
        media: [{ type: 'video', filename: 'IMG_5.mp4', alt: 'Hope and friends singing' }],
      },
      {
        text: 'What a race, and Hope and Summer shared the trophy!',
        media: [{ type: 'image', filename: 'race.jpg', alt: '' }],
        spans: ['Hope', 'Summer'],
      },
      {
        text: 'Joy was so proud of her certificate.',
        media: [{ type: 'image', filename: 'IMG_3.jpg', alt: '' }],
        spans: ['Joy'],
      },
      {
        text: 'Hope’s juggling stole the show!',
        media: [{ type: 'video', filename: 'talent_show_hope.mp4', alt: '' }],
        spans: ['Hope', 'hope'],
      },
    ],
    pass: [
      'Well done Tilly!',
      {
        text: 'Well done Year 2!',
        media: [{ type: 'image', filename: 'IMG_1.jpg', alt: 'Children on the field' }],
      },
      { text: 'Thank you Mrs Ashworth!', media: [{ type: 'image', filename: 'IMG_1.jpg', alt: '' }] },
      { text: 'Will you help us?', media: [{ type: 'image', filename: 'IMG_1.jpg', alt: '' }] },
      { text: 'Our value this term is Hope.', media: [{ type: 'image', filename: 'IMG_1.jpg', alt: '' }] },
      {
        text: 'The Summer Fair is coming!',
        media: [{ type: 'image', filename: 'summer_fair_poster.jpg', alt: '' }],
      },
      { text: 'Willow class made pizzas', media: [{ type: 'image', filename: 'IMG_1.jpg', alt: '' }] },
      { text: 'Hope is in the air this spring!', media: [{ type: 'image', filename: 'IMG_1.jpg', alt: '' }] },
      {
        text: 'Thank you to Rev. Michael Hope for the leavers’ service.',
        media: [{ type: 'image', filename: 'IMG_1.jpg', alt: '' }],
      },
      {
        text: 'Weather poems:\nSummer clouds rolling over the hills',
        media: [{ type: 'image', filename: 'IMG_1.jpg', alt: '' }],
      },
      {
        text: 'Thanks to Will & Sons for lending us a digger!',
        media: [{ type: 'image', filename: 'IMG_1.jpg', alt: '' }],
      },
      { text: 'Summer is here', media: [{ type: 'image', filename: 'summer_fun.jpg', alt: '' }] },
    ],
  },
  check(ctx) {
    if (!ctx.hasMedia) return;
    for (const field of ctx.fields) {
      for (const m of field.mentions) {
        ctx.report({
          field: field.id,
          start: m.start,
          end: m.end,
          messageId: field.kind,
          ...(m.pupils.length === 1 ? { pupil: m.pupils[0]! } : {}),
        });
      }
      for (const u of unlistedInPost(ctx.roster, ctx.fields).get(field.id) ?? []) {
        ctx.report({ field: field.id, start: u.start, end: u.end, messageId: field.kind });
      }
    }
  },
};

export default rule;
