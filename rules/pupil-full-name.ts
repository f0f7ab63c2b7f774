import { unlistedInPost } from '../src/engine/unlisted-names';
import { originalSlice } from '../src/engine/normalise';
import { formatMessage, type Rule } from '../src/engine/rule';
import { SCHOOLS } from './policies/seeds';

// A pupil named in full: first (legal or preferred) name with surname, in any order or case, with a
// middle name, an initial or a line break. Roster pupils, and children not on the roster.
const rule: Rule = {
  id: 'pupil-full-name',
  title: "Pupil's full name",
  description: 'Finds pupils named with their surname. Posts may use a first name only.',
  defaultSeverity: 'block',
  policy: [
    {
      ...SCHOOLS.southEnd,
      section: "Staff Posting on School's social media sites",
      quote: 'If mentioning a pupil name, only use first name',
    },
    {
      ...SCHOOLS.westKirby,
      section: 'Appendix: consent form',
      quote:
        'Using images of my child on the school website and on the school Twitter feed (children are never named)',
    },
  ],
  messages: {
    roster: 'This is a pupil’s full name. Use their first name only.',
    initial: 'A surname with an initial still identifies a pupil. Use their first name only.',
    unlisted: 'This looks like a child’s full name. Use their first name only.',
    fix: 'Use “{given}” only',
  },
  examples: {
    flag: [
      { text: 'Well done to Tilly Ashworth for her poem!', spans: ['Tilly Ashworth'] },
      { text: "Tilly Ashworth's poem won a prize.", spans: ['Tilly Ashworth'] },
      { text: 'Gold award: Ashworth, Tilly', spans: ['Ashworth, Tilly'] },
      { text: 'Star writer: TILLY ASHWORTH', spans: ['TILLY ASHWORTH'] },
      { text: 'Great effort from tilly ashworth today', spans: ['tilly ashworth'] },
      { text: 'Congratulations Tilly May Ashworth!', spans: ['Tilly May Ashworth'] },
      { text: 'Top reader: T. Ashworth', spans: ['T. Ashworth'] },
      { text: 'Quiz winners: Ashworth T. and friends', spans: ['Ashworth T'] },
      { text: 'Well done Tilly\nAshworth!', spans: ['Tilly\nAshworth'] },
      { text: 'Well done Kofi Owusu-Ansah for the hat-trick', spans: ['Kofi Owusu-Ansah'] },
      { text: 'Bravo Kofi Owusu Ansah', spans: ['Kofi Owusu Ansah'] },
      { text: 'Thank you Ruairí O’Donnell for tidying up', spans: ['Ruairí O’Donnell'] },
      { text: 'Thank you Ruairi ODonnell', spans: ['Ruairi ODonnell'] },
      { text: 'Zuzanna Wójcik read her poem', spans: ['Zuzanna Wójcik'] },
      { text: 'Zuzanna Wojcik read her poem', spans: ['Zuzanna Wojcik'] },
      { text: 'Please welcome Callum Wetherall, who joins Year 4 today.', spans: ['Callum Wetherall'] },
      { text: 'Well done Joy da Costa!', spans: ['Joy da Costa'] },
      { text: 'Front row: T. Ashworth and J. da Costa', spans: ['T. Ashworth', 'J. da Costa'] },
      { text: 'Please welcome Ella-Mae Pritchard, who joins Year 1.', spans: ['Ella-Mae Pritchard'] },
      { text: 'Welcome to Oakfield, Zebedee Quarrington!', spans: ['Zebedee Quarrington'] },
      {
        text: 'Well done to former pupil Callum Wetherall, now at the high school.',
        spans: ['Callum Wetherall'],
      },
      { text: 'Please welcome Lucas van der Berg, who joins Year 2.', spans: ['Lucas van der Berg'] },
      {
        text: 'Welcome to Oskar Brandvold and his sister Poppy Brandvold, who join Oak!',
        spans: ['Oskar Brandvold', 'Poppy Brandvold'],
      },
      { text: 'Welcome, Rose-Ann Kettleby, to Year 3!', spans: ['Rose-Ann Kettleby'] },
      {
        text: 'New in Oak: Ashworth, Tilly, and her little sister Verity Ashworth.',
        spans: ['Ashworth, Tilly', 'Verity Ashworth'],
      },
      { text: 'Well done Tilly\nAshworth and Mercy Ashworth!', spans: ['Tilly\nAshworth', 'Mercy Ashworth'] },
      {
        text: 'In the alt text',
        media: [{ type: 'image', filename: 'a.jpg', alt: 'Tilly Ashworth with her cup' }],
      },
    ],
    pass: [
      'Well done to Tilly for her poem!',
      'Well done to Tilly A. for her poem!',
      'Thank you to the Ashworth family for the books.',
      'Thank you Mrs Ashworth for reading with us.',
      'Mr Kofi Ansah will run the football club.',
      'Our author visit with Julia Donaldson was magical.',
      'Our Year 4 topic: the nursing of Mary Seacole and Florence Nightingale.',
      'Thank you to our local MP, Helen Carter, for visiting.',
      'A big thank you to the author Tom Fletcher, who visited.',
      'Happy Friday from Year 3!',
      'Best wishes,\nJoanna Pritchard\nHeadteacher',
      '@Dana Hollis thank you, we have passed this on.',
      'Our Year 1 trip to the Wyre Valley Railway is on Friday.',
      'Provisional KS1 results are in!',
      'Our cake sale raised £80 for the St Francis de Sales food bank.',
      'Thank you to Pembury Café for the cakes.',
      'Thank you to Nana Pat for the knitted hats.',
      'Our Year 6 trip to Alton Towers is booked!',
      'This week we are reading a picture book by Sarah and Tom Ferris.',
      'Year 5 painted seascapes in the style of Zarina Holt.',
      'Thanks to Miss Mary-Jo Fenwick for running the trip.',
      'Tins for the Village Pantry are very welcome.',
      'Year 3 had at least six Willy Wonkas on World Book Day!',
      'Our netball team lost 3-1 to Fernley Cross in the final.',
      'Merry Christmas,\nJo Barraclough x',
      'Thank you to our treasurer Sam Lowry for counting every coin.',
      'Year 3 learnt a Bob Marley song for the assembly.',
      'A warm Ashby Green welcome to all our new families!',
      'Year 1 sang Twinkle Twinkle for the grandparents.',
      'Thanks to quizmaster Sam Trevail for a brilliant night!',
      'Our carol concert will be held at Bethany Chapel this year.',
      'Ofsted says we are still Good.\n\nGareth Pellow\nExecutive Headteacher, Vale Federation',
      { text: 'Certificates', media: [{ type: 'image', filename: 'tilly_ashworth.jpg', alt: '' }] },
    ],
  },
  check(ctx) {
    for (const field of ctx.fields) {
      if (field.kind === 'filename') continue; // a name in a file name is name-with-image's business
      for (const m of field.mentions) {
        if (m.kind === 'given') continue;
        const messageId = m.kind === 'initial-surname' || m.kind === 'surname-initial' ? 'initial' : 'roster';
        const only = m.pupils.length === 1 ? ctx.pupil(m.pupils[0]!) : undefined;
        // The given name as it was typed, or the roster's when only an initial was typed.
        const given = m.given
          ? originalSlice(field.text, m.given.start, m.given.end)
          : only && (only.preferredName || only.firstName);
        ctx.report({
          field: field.id,
          start: m.start,
          end: m.end,
          messageId,
          ...(only ? { pupil: m.pupils[0]! } : {}),
          ...(given
            ? { fix: { label: formatMessage(rule.messages.fix!, { given }), replacement: given } }
            : {}),
        });
      }
      for (const u of unlistedInPost(ctx.roster, ctx.fields).get(field.id) ?? []) {
        if (u.givenOnly) continue;
        const given = originalSlice(field.text, u.given.start, u.given.end);
        ctx.report({
          field: field.id,
          start: u.start,
          end: u.end,
          messageId: 'unlisted',
          fix: { label: formatMessage(rule.messages.fix!, { given }), replacement: given },
        });
      }
    }
  },
};

export default rule;
