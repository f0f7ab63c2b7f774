// A roster file's bytes → text. UTF-8 (a BOM is stripped), UTF-16 with a BOM (Excel's "Unicode text"),
// else Windows-1252 (Excel's "CSV" on a UK Windows PC). Workbooks, old .xls files, PDFs and binary
// junk are refused with a message that says what the file is and how to save it as CSV.

export type RosterEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

type Decoded = { text: string; encoding: RosterEncoding; fatal?: undefined } | { fatal: string };

/** A Uint8Array over the same bytes (no copy), whether given an ArrayBuffer or a view. */
export function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  if (Object.prototype.toString.call(input) === '[object ArrayBuffer]') {
    return new Uint8Array(input as ArrayBuffer);
  }
  const view = input as Uint8Array;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

const NOT_CSV_SIGNATURES: [number[], string][] = [
  [
    [0x50, 0x4b, 0x03, 0x04],
    'This is an Excel workbook or zip file, not CSV. In Excel choose File › Save As › "CSV UTF-8".',
  ],
  [
    [0xd0, 0xcf, 0x11, 0xe0],
    'This is an old Excel (.xls) file, not CSV. In Excel choose File › Save As › "CSV UTF-8".',
  ],
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'This is a PDF, not a CSV file. Export the roster from your MIS as CSV.'],
];

/**
 * Decode a roster file's bytes: UTF-8 (BOM stripped), UTF-16 with a BOM, else Windows-1252. Throws an
 * Error with a human-readable message for files that are not text.
 */
export function decodeRosterBytes(input: Uint8Array | ArrayBuffer): {
  text: string;
  encoding: RosterEncoding;
} {
  const d = decode(toBytes(input));
  if (d.fatal !== undefined) throw new Error(d.fatal);
  let text = d.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, encoding: d.encoding };
}

/** Bytes → text and the encoding it was read in, or `fatal`: why the file is refused. */
export function decode(bytes: Uint8Array): Decoded {
  for (const [sig, message] of NOT_CSV_SIGNATURES) if (startsWith(bytes, sig)) return { fatal: message };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding: RosterEncoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      return { fatal: 'The file says it is UTF-16 but is not valid UTF-16. Save it as "CSV UTF-8".' };
    }
  }
  if (bytes.indexOf(0) !== -1) {
    return {
      fatal:
        'This is not a text CSV file (it contains NUL bytes). If it was saved as "Unicode text", save it as "CSV UTF-8" instead.',
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// 0x80–0x9F in Windows-1252 (WHATWG table; the five unassigned bytes map to C1 controls).
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/**
 * Windows-1252 by table: Node's TextDecoder('windows-1252') decodes 0x80–0x9F as Latin-1
 * (so "€" and curly quotes would turn into control characters), browsers' does not.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    const codes = new Array<number>(end - start);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Binary junk check on decoded text: NUL, or more than 2% control/replacement characters. */
export function junkReason(text: string): string | null {
  if (text.includes('\u0000')) {
    return 'This is not a text CSV file (it contains NUL characters).';
  }
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  // eslint-disable-next-line no-control-regex
  const bad = sample.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g)?.length ?? 0;
  if (bad >= 4 && bad > sample.length * 0.02) {
    return 'This does not look like a CSV file: most of it is not text.';
  }
  return null;
}
