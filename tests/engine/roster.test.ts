import { describe, expect, it } from 'vitest';
import { buildFields } from '../../src/engine/fields';
import { findMentions, type NameMention } from '../../src/engine/name-mentions';
import { buildRosterIndex } from '../../src/engine/roster';
import type { Pupil } from '../../src/engine/types';

const pupil = (firstName: string, lastName: string, preferredName = '', className = 'Oak'): Pupil => ({
  firstName,
  lastName,
  preferredName,
  yearGroup: 'Year 3',
  className,
  photoConsent: true,
  nameConsent: true,
  videoConsent: true,
  doNotPublish: false,
});

const pupils = [
  pupil('Tilly', 'Ashworth'),
  pupil('Kofi', 'Owusu-Ansah'),
  pupil('Ruairí', "O'Donnell"),
  pupil('Bartholomew', 'Quill', 'Barty'),
  pupil('Mary-Jane', 'Van der Berg'),
  pupil('Tilly', 'Okafor'),
  pupil('Hope', 'Ndiaye'),
  pupil('Will', 'Hartley'),
  pupil('Summer', 'Okoro'),
  pupil('Hazel', 'Brandt', '', 'Hazel'),
];
const index = buildRosterIndex(pupils, ['Kofi Annan']);

function mentions(text: string, alt?: string): (Pick<NameMention, 'kind' | 'pupils'> & { text: string })[] {
  const draft = {
    platform: 'facebook' as const,
    context: 'post' as const,
    text,
    media: alt === undefined ? [] : [{ type: 'image' as const, filename: 'x.jpg', alt }],
  };
  const field = buildFields(draft)[alt === undefined ? 0 : 2]!;
  const src = alt ?? text;
  return findMentions(index, field).map((m) => ({
    kind: m.kind,
    pupils: m.pupils,
    text: src.slice(field.text.startOf[m.start], field.text.endOf[m.end - 1]),
  }));
}

describe('roster index', () => {
  it.each([
    ['Well done Tilly Ashworth!', 'full', 'Tilly Ashworth'],
    ["Tilly Ashworth's poem", 'full', 'Tilly Ashworth'],
    ['TILLY ASHWORTH won', 'full', 'TILLY ASHWORTH'],
    ['tilly ashworth won', 'full', 'tilly ashworth'],
    ['Tilly May Ashworth won', 'full', 'Tilly May Ashworth'],
    ['Well done Tilly\nAshworth', 'full', 'Tilly\nAshworth'],
    ['Winner: Ashworth, Tilly', 'reversed', 'Ashworth, Tilly'],
    ['Winner: ASHWORTH Tilly', 'reversed', 'ASHWORTH Tilly'],
    ["Reps: O'DONNELL Ruairí (Oak)", 'reversed', "O'DONNELL Ruairí"],
    ['Team sheet: Hartley Will (captain)', 'reversed', 'Hartley Will'],
    ['Winner: T. Ashworth', 'initial-surname', 'T. Ashworth'],
    ['Winner: Ashworth T.', 'surname-initial', 'Ashworth T'],
    ['Go Kofi Owusu-Ansah!', 'full', 'Kofi Owusu-Ansah'],
    ['Go Kofi Owusu Ansah!', 'full', 'Kofi Owusu Ansah'],
    ['Go Kofi OwusuAnsah!', 'full', 'Kofi OwusuAnsah'],
    ['Thanks Ruairí O’Donnell', 'full', 'Ruairí O’Donnell'],
    ['Thanks Ruairi ODonnell', 'full', 'Ruairi ODonnell'],
    ['Thanks Rua\u200birí O\u00a0Donnell', 'full', 'Rua\u200birí O\u00a0Donnell'],
    ['Barty Quill scored', 'full', 'Barty Quill'],
    ['Bartholomew Quill scored', 'full', 'Bartholomew Quill'],
    ['Mary-Jane Van der Berg sang', 'full', 'Mary-Jane Van der Berg'],
    ['Mary Jane Van der Berg sang', 'full', 'Mary Jane Van der Berg'],
  ])('finds %j as a %s name', (text, kind, span) => {
    const found = mentions(text);
    expect(found).toContainEqual(expect.objectContaining({ kind, text: span }));
    expect(found.filter((m) => m.kind !== 'given')).toHaveLength(1);
  });

  it('tells apart two pupils who share a first name once the surname is given', () => {
    expect(mentions('Tilly Okafor')).toEqual([{ kind: 'full', pupils: [5], text: 'Tilly Okafor' }]);
    expect(mentions('Well done Tilly')).toEqual([{ kind: 'given', pupils: [0, 5], text: 'Tilly' }]);
  });

  it.each([
    'Thank you Mrs Ashworth',
    'Mr Tilly Ashworth runs the club',
    'the Ashworth family',
    'Tilly A. did well', // first name and an initial is allowed
    'Well done to Ashworth Tilly Primary School', // a school, not a pupil written surname first
    'Thanks Summer Will', // two pupils' given names, not a surname and a given name
  ])('finds no full name in %j', (text) => {
    expect(mentions(text).filter((m) => m.kind !== 'given')).toEqual([]);
  });

  it.each([
    ['Our value this term is Hope.', []],
    ['Will you help us?', []],
    ['The Summer Fair is on Saturday', []],
    ['Hazel class made pizzas', []],
    ['Well done Will and Summer!', ['Will', 'Summer']],
    ['Hope found the golden egg', ['Hope']],
    ['Year 1: Hope; Year 2: Will', ['Hope', 'Will']],
    ['Lessons on Faith and Hope', []],
    ['Barty and Hope baked', ['Barty', 'Hope']],
    ['Mr Barty is here', []],
    ['Congratulations Hope! Brilliant swimming.', ['Hope']],
    ['Will as the innkeeper was superb', ['Will']],
    ['Year 6 are back from Hope after a windy week', []],
    ['Coach Will ran the session', []],
    ['his little sister Hope joins Oak', ['Hope']],
  ])('reads everyday-word names in context: %j', (text, names) => {
    expect(mentions(text).map((m) => m.text)).toEqual(names);
  });

  it('finds names in alt text', () => {
    expect(mentions('Photo', 'Tilly holding her medal').map((m) => m.text)).toEqual(['Tilly']);
  });

  it('finds names in file names, camel case and underscores alike', () => {
    const draft = {
      platform: 'facebook' as const,
      context: 'post' as const,
      text: '',
      media: [
        { type: 'image' as const, filename: 'tilly_ashworth_cert.jpg', alt: '' },
        { type: 'image' as const, filename: 'KofiOwusuAnsah.png', alt: '' },
        { type: 'image' as const, filename: 'summer_fair_poster.png', alt: '' },
      ],
    };
    const fields = buildFields(draft);
    expect(findMentions(index, fields[1]!).map((m) => m.kind)).toEqual(['full']);
    expect(findMentions(index, fields[3]!).map((m) => m.kind)).toEqual(['full']);
    expect(findMentions(index, fields[5]!)).toEqual([]);
  });

  it('matches in time linear in the text: 200 names in a long post', () => {
    const text = Array.from({ length: 200 }, (_, i) =>
      i % 2 ? 'Tilly Ashworth and' : 'the cat sat on the mat',
    ).join(' ');
    expect(mentions(text).length).toBe(100);
  });
});
