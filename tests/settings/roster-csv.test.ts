import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Pupil } from '../../src/engine/types';
import { recogniseHeader } from '../../src/settings/roster-columns';
import { formatRowError, parseRosterCsv } from '../../src/settings/roster-csv';
import { decodeRosterBytes, decodeWindows1252 } from '../../src/settings/roster-decode';
import { rosterToCsv } from '../../src/settings/roster-export';
import {
  normaliseYearGroup,
  parseConsentValue,
  parseDoNotPublishValue,
} from '../../src/settings/roster-pupil';
import { normaliseName } from '../../src/settings/text';

const OUR_HEADER =
  'first_name,last_name,preferred_name,year_group,class,photo_consent,name_consent,video_consent,do_not_publish';
const CORPUS_ROSTER = '/work/shared/corpus/brookfield/roster.csv';

function pupil(overrides: Partial<Pupil> = {}): Pupil {
  return {
    firstName: 'Ava',
    lastName: 'Smith',
    preferredName: '',
    yearGroup: 'Year 1',
    className: 'Oak',
    photoConsent: true,
    nameConsent: true,
    videoConsent: true,
    doNotPublish: false,
    ...overrides,
  };
}

/** windows-1252 bytes of a Latin-1-range string. */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

describe('parseRosterCsv: our format', () => {
  it('parses a good file', () => {
    const csv = [
      OUR_HEADER,
      'Ava,Smith,,Reception,Hazel,yes,yes,yes,no',
      'Alexander,Wiśniewski,Alex,Year 1,Rowan,no,yes,no,no',
      'Maja,Wójcik,,Year 3,Birch,no,no,no,yes',
      '',
    ].join('\n');
    const r = parseRosterCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.columns.map((c) => c.field)).toEqual([
      'firstName',
      'lastName',
      'preferredName',
      'yearGroup',
      'className',
      'photoConsent',
      'nameConsent',
      'videoConsent',
      'doNotPublish',
    ]);
    expect(r.pupils).toEqual([
      pupil({ yearGroup: 'Reception', className: 'Hazel' }),
      pupil({
        firstName: 'Alexander',
        lastName: 'Wiśniewski',
        preferredName: 'Alex',
        className: 'Rowan',
        photoConsent: false,
        videoConsent: false,
      }),
      pupil({
        firstName: 'Maja',
        lastName: 'Wójcik',
        yearGroup: 'Year 3',
        className: 'Birch',
        photoConsent: false,
        nameConsent: false,
        videoConsent: false,
        doNotPublish: true,
      }),
    ]);
  });

  it('parses the Brookfield corpus roster to 120 pupils with the right consents', () => {
    const bytes = new Uint8Array(readFileSync(CORPUS_ROSTER));
    const r = parseRosterCsv(bytes);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.pupils).toHaveLength(120);
    // Independent reading of the same file (it has no quoted fields).
    const rows = readFileSync(CORPUS_ROSTER, 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(','));
    rows.forEach((row, i) => {
      const p = r.pupils[i]!;
      expect(p.firstName).toBe(row[0]!.normalize('NFC'));
      expect(p.lastName).toBe(row[1]!.normalize('NFC'));
      expect(p.preferredName).toBe(row[2]);
      expect(p.yearGroup).toBe(row[3]);
      expect(p.className).toBe(row[4]);
      expect(p.photoConsent).toBe(row[5] === 'yes');
      expect(p.nameConsent).toBe(row[6] === 'yes');
      expect(p.videoConsent).toBe(row[7] === 'yes');
      expect(p.doNotPublish).toBe(row[8] === 'yes');
    });
    expect(r.pupils.filter((p) => !p.photoConsent)).toHaveLength(18);
    expect(r.pupils.filter((p) => !p.nameConsent)).toHaveLength(13);
    expect(r.pupils.filter((p) => !p.videoConsent)).toHaveLength(19);
    expect(r.pupils.filter((p) => p.doNotPublish)).toHaveLength(4);
    const zoe = r.pupils.find((p) => p.lastName === 'Kowalski')!;
    expect(zoe).toMatchObject({
      firstName: 'Zoë',
      photoConsent: false,
      nameConsent: true,
      videoConsent: false,
    });
  });
});

describe('parseRosterCsv: MIS headers', () => {
  it('reads a SIMS-like export', () => {
    const csv = [
      'Legal Surname,Legal Forename,Preferred Forename,Year,Reg Group,Photographs,Publish Name,Filming,DNP,UPN',
      'Smith,Ava,,R,RH,Y,Y,N,,A123',
      'Jones,Noah,Noddy,1,1R,N,Y,Y,x,A124',
    ].join('\r\n');
    const r = parseRosterCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.columns.map((c) => c.field)).toEqual([
      'lastName',
      'firstName',
      'preferredName',
      'yearGroup',
      'className',
      'photoConsent',
      'nameConsent',
      'videoConsent',
      'doNotPublish',
      null,
    ]);
    expect(r.warnings).toEqual(["Column 'UPN' is not needed and was not imported."]);
    expect(r.pupils).toEqual([
      pupil({ yearGroup: 'Reception', className: 'RH', videoConsent: false }),
      pupil({
        firstName: 'Noah',
        lastName: 'Jones',
        preferredName: 'Noddy',
        className: '1R',
        photoConsent: false,
        doNotPublish: true,
      }),
    ]);
  });

  it('reads an Arbor-like export; social media consent wins for photos and caps name and video', () => {
    const csv = [
      'First Name,Last Name,Preferred First Name,Year Group,Registration Group,Website Consent,Social Media Consent,Press Consent,Name Consent,Video Consent',
      'Ava,Smith,,Year 2,2S,Consent Given,Consent Given,Consent Refused,Consent Given,Consent Given',
      'Noah,Jones,,Year 2,2S,Consent Given,Consent Refused,Consent Given,Consent Given,Consent Given',
      'Lily,Brown,,Year 2,2S,Consent Refused,Granted,Withdrawn,,✓',
    ].join('\n');
    const r = parseRosterCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.pupils.map((p) => [p.photoConsent, p.nameConsent, p.videoConsent])).toEqual([
      [true, true, true],
      [false, false, false],
      [true, false, true], // empty name consent = no consent
    ]);
    expect(r.warnings.join('\n')).toMatch(/Photo consent is taken from 'Social Media Consent'/);
  });

  it('without a social media column, photo consent is the most restrictive photo-like column', () => {
    const csv = [
      'Forename,Surname,Photo Consent,Website Consent,Press Consent,Name Consent,Video',
      'Ava,Smith,yes,yes,yes,yes,yes',
      'Noah,Jones,yes,yes,no,yes,yes',
    ].join('\n');
    const r = parseRosterCsv(csv);
    expect(r.pupils.map((p) => p.photoConsent)).toEqual([true, false]);
    expect(r.warnings.join('\n')).toMatch(/combines 'Photo Consent', 'Website Consent' and 'Press Consent'/);
  });

  it('reads a Bromcom-like export with Known As, Tutor Group and NC Year', () => {
    const csv = [
      'Surname,Forename,Known As,NC Year,Tutor Group,Photo Consent,Name Consent,Video Consent,No Publicity',
      'Smith,Ava,,Y4,4B,TRUE,TRUE,FALSE,FALSE',
    ].join('\n');
    const r = parseRosterCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.pupils).toEqual([pupil({ yearGroup: 'Year 4', className: '4B', videoConsent: false })]);
  });

  it('recognises headers case-, space- and punctuation-insensitively', () => {
    expect(recogniseHeader('FIRST-NAME')).toBe('firstName');
    expect(recogniseHeader(' legal  forename ')).toBe('firstName');
    expect(recogniseHeader('Given name')).toBe('firstName');
    expect(recogniseHeader('Chosen Name')).toBe('preferredName');
    expect(recogniseHeader('Family_Name')).toBe('lastName');
    expect(recogniseHeader('Preferred Surname')).toBe('preferredLastName');
    expect(recogniseHeader('Tutor Group')).toBe('className');
    expect(recogniseHeader('Consent - Social Media')).toBe('socialMediaConsent');
    expect(recogniseHeader('Photo permission (website)')).toBe('websiteConsent');
    expect(recogniseHeader('Do Not Publish')).toBe('doNotPublish');
    expect(recogniseHeader('Do not photograph')).toBeNull();
    expect(recogniseHeader('Trips consent')).toBeNull();
    expect(recogniseHeader('Shoe size')).toBeNull();
  });

  it('uses Preferred Surname only as a fallback for the surname', () => {
    const csv = ['Forename,Legal Surname,Preferred Surname', 'Ava,Smith,Jones', 'Noah,,Brown'].join('\n');
    const r = parseRosterCsv(csv);
    expect(r.pupils.map((p) => p.lastName)).toEqual(['Smith', 'Brown']);
    const only = parseRosterCsv('Forename,Preferred Surname\nAva,Jones\n');
    expect(only.errors).toEqual([]);
    expect(only.pupils[0]!.lastName).toBe('Jones');
  });

  it('applies an explicit mapping, which wins over recognition', () => {
    const csv = ['Child,Family,Pics OK,Year,Notes', 'Ava,Smith,yes,2,hello'].join('\n');
    expect(parseRosterCsv(csv).errors[0]!.message).toMatch(/no first-name column/);
    const r = parseRosterCsv(csv, {
      mapping: { Child: 'firstName', family: 'lastName', 'Pics OK': 'photoConsent', Year: null, Notes: null },
    });
    expect(r.errors).toEqual([]);
    expect(r.pupils[0]).toMatchObject({
      firstName: 'Ava',
      lastName: 'Smith',
      photoConsent: true,
      yearGroup: '',
    });
    expect(r.columns.map((c) => c.field)).toEqual(['firstName', 'lastName', 'photoConsent', null, null]);
    expect(r.warnings.some((w) => w.includes("'Notes'"))).toBe(false);
  });

  it('skips a report title above the header', () => {
    const csv = [
      'Student List - printed 01/09/2025,,',
      ',,',
      'Forename,Surname,Photo Consent',
      'Ava,Smith,Y',
    ].join('\n');
    const r = parseRosterCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.pupils).toHaveLength(1);
    expect(r.warnings.join('\n')).toMatch(/above the header \(line 3\) were skipped/);
  });

  it('skips up to ten lines of preamble, and says so when the header is further down', () => {
    const preamble = (n: number) =>
      Array.from({ length: n }, (_, i) => `Report line ${i + 1},,`).concat([
        'Forename,Surname,Photo Consent',
        'Ava,Smith,Y',
      ]);
    const ten = parseRosterCsv(preamble(10).join('\n'));
    expect(ten.errors).toEqual([]);
    expect(ten.pupils).toHaveLength(1);
    const eleven = parseRosterCsv(preamble(11).join('\n'));
    expect(eleven.pupils).toHaveLength(0);
    expect(eleven.errors).toEqual([
      { line: 1, message: expect.stringMatching(/^No header row was found in the first 11 lines/) },
    ]);
  });
});

describe('parseRosterCsv: encodings and delimiters', () => {
  it('strips a UTF-8 BOM (bytes and string)', () => {
    const text = `\uFEFF${OUR_HEADER}\nZoë,Kowalski,,Reception,Hazel,no,yes,no,no\n`;
    const fromBytes = parseRosterCsv(new TextEncoder().encode(text));
    expect(fromBytes.errors).toEqual([]);
    expect(fromBytes.columns[0]!.header).toBe('first_name');
    expect(fromBytes.pupils[0]!.firstName).toBe('Zoë');
    const fromString = parseRosterCsv(text);
    expect(fromString.columns[0]!).toEqual({ header: 'first_name', field: 'firstName' });
    expect(parseRosterCsv(new TextEncoder().encode(text).buffer as ArrayBuffer).pupils).toHaveLength(1);
  });

  it('reads semicolon- and tab-separated files', () => {
    const semi = 'Forename;Surname;Photo Consent\r\nAva;Smith;Y\r\n"Anne, Marie";Jones;N\r\n';
    const r = parseRosterCsv(semi);
    expect(r.errors).toEqual([]);
    expect(r.pupils.map((p) => [p.firstName, p.photoConsent])).toEqual([
      ['Ava', true],
      ['Anne, Marie', false],
    ]);
    const tab = 'Forename\tSurname\tPhoto Consent\nAva\tSmith, Jr\tY\n';
    expect(parseRosterCsv(tab).pupils[0]!.lastName).toBe('Smith, Jr');
  });

  it('keeps quoted commas and quotes in names', () => {
    const csv = `${OUR_HEADER}\nSeán,"O'Neill, Jr",,Year 5,Ash,yes,yes,yes,no\n"Mary ""May""",Brown,,Year 5,Ash,yes,yes,yes,no\n`;
    const r = parseRosterCsv(csv);
    expect(r.errors).toEqual([]);
    expect(r.pupils.map((p) => `${p.firstName} | ${p.lastName}`)).toEqual([
      "Seán | O'Neill, Jr",
      'Mary "May" | Brown',
    ]);
  });

  it('falls back to windows-1252 for bytes that are not UTF-8', () => {
    const bytes = cp1252(
      `${OUR_HEADER}\r\nZoë,Kowalski,,Reception,Hazel,no,yes,no,no\r\nSiobhán,Murphy,,Year 1,Rowan,yes,yes,yes,no\r\n`,
    );
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const r = parseRosterCsv(bytes);
    expect(r.errors).toEqual([]);
    expect(r.pupils.map((p) => p.firstName)).toEqual(['Zoë', 'Siobhán']);
    expect(r.warnings.join('\n')).toMatch(/Windows-1252/);
    // 0x80–0x9F are Windows-1252 characters, not C1 controls (Node's own TextDecoder gets this wrong).
    expect(decodeRosterBytes(Uint8Array.from([0x8a, 0x61, 0x92, 0x80, 0x81])).text).toBe('Ša’€\u0081');
    expect(decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i)).length).toBe(256);
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const text = 'Forename\tSurname\r\nZoë\tKowalski\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(parseRosterCsv(bytes).pupils[0]).toMatchObject({ firstName: 'Zoë', lastName: 'Kowalski' });
  });

  it('NFC-normalises, trims and collapses whitespace in names', () => {
    const csv = `${OUR_HEADER}\n"  Zoe\u0308 ","Mac\u00A0 \tLeod\u200B",  ,  year 2 ,  Oak  ,yes,yes,yes,no\n`;
    const p = parseRosterCsv(csv).pupils[0]!;
    expect(p.firstName).toBe('Zoë');
    expect(p.firstName.length).toBe(3);
    expect(p.lastName).toBe('Mac Leod');
    expect(p.preferredName).toBe('');
    expect(p.yearGroup).toBe('Year 2');
    expect(p.className).toBe('Oak');
    expect(normaliseName(' a \u00AD b ')).toBe('a b');
  });
});

describe('parseRosterCsv: bad rows and files', () => {
  it('reports bad rows by line with a reason and leaves them out', () => {
    const csv = [
      OUR_HEADER, // 1
      'Ava,Smith,,Year 1,Oak,yes,yes,yes,no', // 2
      'Noah,,,Year 1,Oak,yes,yes,yes,no', // 3
      ',Jones,,Year 1,Oak,yes,yes,yes,no', // 4
      'Lily,Brown,,Year 1,Oak,maybe,yes,yes,no', // 5
      'Tom,Green,,Year 1,Oak,yes', // 6
      'Tom,Green,,Year 1,Oak,yes,yes,yes,no,extra', // 7
      '', // 8
      'Mia,Hall,,Year 1,Oak,yes,yes,yes,perhaps', // 9
      'Ben,Lee,,Year 1,Oak,yes,yes,yes,no,,', // 10: trailing empty fields are fine
    ].join('\n');
    const r = parseRosterCsv(csv);
    expect(r.errors).toEqual([
      { line: 3, message: 'missing last name' },
      { line: 4, message: 'missing first name' },
      { line: 5, message: "photo consent 'maybe' is not yes or no" },
      { line: 6, message: 'has 6 fields, expected 9' },
      { line: 7, message: 'has 10 fields, expected 9 (is there an unquoted comma or semicolon in a name?)' },
      { line: 9, message: "do not publish 'perhaps' is not yes or no" },
    ]);
    expect(r.pupils.map((p) => p.firstName)).toEqual(['Ava', 'Ben']);
    expect(formatRowError(r.errors[2]!)).toBe("line 5: photo consent 'maybe' is not yes or no");
    expect(formatRowError({ line: 0, message: 'The file is empty.' })).toBe('The file is empty.');
  });

  it('counts lines inside quoted multi-line fields (LF and CRLF)', () => {
    for (const nl of ['\n', '\r\n']) {
      const csv = [
        OUR_HEADER, // 1
        'Ava,Smith,,Year 1,"Oak', // 2
        'upper",yes,yes,yes,no', // 3
        '"Noah', // 4
        '',
        'x",Jones,,Year 1,Oak,sometimes,yes,yes,no', // 4–6
        'Lily,,,Year 1,Oak,yes,yes,yes,no', // 7
      ].join(nl);
      const r = parseRosterCsv(csv);
      expect(r.errors).toEqual([
        { line: 4, message: "photo consent 'sometimes' is not yes or no" },
        { line: 7, message: 'missing last name' },
      ]);
      expect(r.pupils[0]!.className).toBe('Oak upper');
    }
  });

  it('reports an unterminated quote at the line where it starts', () => {
    const csv = `${OUR_HEADER}\nAva,Smith,,Year 1,Oak,yes,yes,yes,no\n"Noah,Jones,,Year 1,Oak,yes,yes,yes,no\nLily,Brown,,Year 1,Oak,yes,yes,yes,no\n`;
    const r = parseRosterCsv(csv);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(3);
    expect(r.errors[0]!.message).toMatch(/quoted field is never closed/);
  });

  it('reports an unknown column with field null and a warning', () => {
    const r = parseRosterCsv(`${OUR_HEADER},shoe_size\nAva,Smith,,Year 1,Oak,yes,yes,yes,no,3\n`);
    expect(r.errors).toEqual([]);
    expect(r.columns.at(-1)).toEqual({ header: 'shoe_size', field: null });
    expect(r.warnings).toEqual([
      "Column 'shoe_size' was not recognised and was ignored; map it if it matters.",
    ]);
  });

  it('warns about duplicate columns and missing consent columns (no consent assumed)', () => {
    const r = parseRosterCsv('Forename,Legal Forename,Surname\nAva,Ava,Smith\n');
    expect(r.columns.map((c) => c.field)).toEqual(['firstName', null, 'lastName']);
    const w = r.warnings.join('\n');
    expect(w).toMatch(/'Legal Forename' also looks like first name/);
    expect(w).toMatch(/No photo-consent column/);
    expect(w).toMatch(/No name-consent column/);
    expect(w).toMatch(/No video-consent column/);
    expect(r.pupils[0]).toMatchObject({
      photoConsent: false,
      nameConsent: false,
      videoConsent: false,
      doNotPublish: false,
    });
  });

  it('refuses an empty file', () => {
    for (const input of ['', '  \n\n', new Uint8Array(0), new TextEncoder().encode('\uFEFF')]) {
      const r = parseRosterCsv(input);
      expect(r.pupils).toEqual([]);
      expect(r.errors).toEqual([{ line: 0, message: 'The file is empty.' }]);
    }
    const headerOnly = parseRosterCsv(`${OUR_HEADER}\n`);
    expect(headerOnly.errors).toEqual([{ line: 0, message: 'The file has a header row but no pupils.' }]);
  });

  it('refuses a file with no first or last name column', () => {
    const r = parseRosterCsv('Surname,Year\nSmith,1\n');
    expect(r.pupils).toEqual([]);
    expect(r.errors).toEqual([
      {
        line: 1,
        message: 'The header row has no first-name column (e.g. First Name, Forename, first_name).',
      },
    ]);
    expect(r.columns).toEqual([
      { header: 'Surname', field: 'lastName' },
      { header: 'Year', field: 'yearGroup' },
    ]);
    const whole = parseRosterCsv('Pupil Name,Year\n"Smith, Ava",1\n');
    expect(whole.errors[0]!.message).toMatch(/'Pupil Name' holds whole names/);
  });

  it('refuses binary junk', () => {
    const junk = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < junk.length; i++) junk[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
    const r = parseRosterCsv(junk);
    expect(r.pupils).toEqual([]);
    expect(r.errors[0]!.line).toBe(0);
    expect(r.errors[0]!.message).toMatch(/not a text CSV/);
    const noNul = junk.map((b) => b || 1);
    expect(parseRosterCsv(noNul).errors[0]!.message).toMatch(/not (a text CSV|text)/);
    expect(parseRosterCsv('first_name,last_name\u0000\u0001').errors[0]!.message).toMatch(/NUL/);
    const xlsx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(parseRosterCsv(xlsx).errors[0]!.message).toMatch(/Excel workbook/);
  });

  it('refuses more than 20,000 rows', () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => `P${i},Smith,,Year 1,Oak,yes,yes,yes,no`);
    const r = parseRosterCsv(`${OUR_HEADER}\n${rows.join('\n')}`);
    expect(r.pupils).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(0);
    expect(r.errors[0]!.message).toMatch(/more than 20,000 rows/);
    expect(parseRosterCsv(`${OUR_HEADER}\n${rows.slice(1).join('\n')}`).pupils).toHaveLength(20_000);
  });
});

describe('values', () => {
  it('reads consent values; empty means no consent', () => {
    for (const v of ['yes', 'Y', 'TRUE', '1', '✓', '✔', '☑', 'granted', 'Consent Given', ' yes. ']) {
      expect(parseConsentValue(v), v).toBe(true);
    }
    for (const v of [
      'no',
      'n',
      'False',
      '0',
      'x',
      'X',
      '✗',
      '✘',
      'refused',
      'withdrawn',
      'Consent refused',
      '',
    ]) {
      expect(parseConsentValue(v), v).toBe(false);
    }
    expect(parseConsentValue('maybe')).toBeUndefined();
    expect(parseDoNotPublishValue('')).toBe(false);
    expect(parseDoNotPublishValue('x')).toBe(true);
    expect(parseDoNotPublishValue('Yes')).toBe(true);
    expect(parseDoNotPublishValue('no')).toBe(false);
    expect(parseDoNotPublishValue('granted')).toBeUndefined();
  });

  it('normalises year groups idempotently', () => {
    expect(normaliseYearGroup('R')).toBe('Reception');
    expect(normaliseYearGroup('YR')).toBe('Reception');
    expect(normaliseYearGroup('3')).toBe('Year 3');
    expect(normaliseYearGroup('Yr 6')).toBe('Year 6');
    expect(normaliseYearGroup('N2')).toBe('N2');
    fc.assert(
      fc.property(fc.string(), (s) => normaliseYearGroup(normaliseYearGroup(s)) === normaliseYearGroup(s)),
    );
  });
});

describe('rosterToCsv', () => {
  it('writes our format, quoted where needed, escaping formula-like cells', () => {
    const csv = rosterToCsv([pupil({ lastName: "O'Neill, Jr" }), pupil({ firstName: '=HYPERLINK("x")' })]);
    expect(csv.split('\r\n')).toEqual([
      OUR_HEADER,
      `Ava,"O'Neill, Jr",,Year 1,Oak,yes,yes,yes,no`,
      `"'=HYPERLINK(""x"")",Smith,,Year 1,Oak,yes,yes,yes,no`,
    ]);
    expect(parseRosterCsv(csv).pupils[1]!.firstName).toBe('=HYPERLINK("x")');
  });

  it('round-trips the corpus roster', () => {
    const first = parseRosterCsv(new Uint8Array(readFileSync(CORPUS_ROSTER)));
    expect(parseRosterCsv(rosterToCsv(first.pupils)).pupils).toEqual(first.pupils);
  });

  const text = fc.string({ unit: 'grapheme', maxLength: 12 });
  const nameArb = text.map(normaliseName).filter((s) => s !== '');
  const pupilArb: fc.Arbitrary<Pupil> = fc.record({
    firstName: fc.oneof(nameArb, fc.constantFrom('Zoë', "O'Neill, Jr", 'Anne-Marie', '"Bo"', '=1+1', "'-x")),
    lastName: fc.oneof(nameArb, fc.constantFrom('Smith; Jones', 'Mac\nLeod'.replace('\n', ' '), 'Siobhán')),
    preferredName: fc.oneof(fc.constant(''), text.map(normaliseName)),
    yearGroup: fc.oneof(fc.constantFrom('Reception', 'Year 1', 'Year 6', ''), text.map(normaliseYearGroup)),
    className: text.map(normaliseName),
    photoConsent: fc.boolean(),
    nameConsent: fc.boolean(),
    videoConsent: fc.boolean(),
    doNotPublish: fc.boolean(),
  });

  it('property: random tables round-trip through rosterToCsv → parseRosterCsv', () => {
    fc.assert(
      fc.property(fc.array(pupilArb, { minLength: 1, maxLength: 30 }), (pupils) => {
        const csv = rosterToCsv(pupils);
        const r = parseRosterCsv(csv);
        expect(r.errors).toEqual([]);
        expect(r.pupils).toEqual(pupils);
        // …and as UTF-8 bytes with a BOM, as a download would be.
        const bytes = new TextEncoder().encode(`\uFEFF${csv}`);
        expect(parseRosterCsv(bytes).pupils).toEqual(pupils);
      }),
      { numRuns: 300 },
    );
  });

  it('property: parseRosterCsv never throws on arbitrary text or bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 })), (input) => {
        const r = parseRosterCsv(input);
        expect(Array.isArray(r.pupils)).toBe(true);
        if (r.pupils.length === 0) expect(r.errors.length + r.warnings.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a whole school', () => {
  it('parses 10,000 rows', () => {
    const base = parseRosterCsv(new Uint8Array(readFileSync(CORPUS_ROSTER))).pupils;
    const pupils = Array.from({ length: 10_000 }, (_, i) => ({
      ...base[i % base.length]!,
      firstName: `Pupil${i}`,
    }));
    const bytes = new TextEncoder().encode(rosterToCsv(pupils));
    // Its speed is measured by `npm run bench`, never by a timed test.
    const r = parseRosterCsv(bytes);
    expect(r.pupils).toHaveLength(10_000);
    expect(r.errors).toEqual([]);
  });
});
