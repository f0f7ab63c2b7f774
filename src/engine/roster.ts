// Roster index: every way a pupil's name can be written, matched token by token in linear time.
//
// Built once per settings change. Names are stored as "atoms" (runs of letters, folded and lower-cased),
// so "Clarke-Bennett", "Clarke Bennett", "ClarkeBennett" and "clarke_bennett" all meet the same entry,
// and "O'Sullivan" meets "O’Sullivan", "OSullivan" and "O Sullivan". Finding the names in a field is
// name-mentions.ts; the words of a field and the tests on them are field-words.ts.

import { PUBLIC_FIGURES } from '../../rules/data/public-figures';
import type { Pupil } from './types';

export interface NameForm {
  atoms: string[];
  pupil: number;
}

export interface RosterIndex {
  pupils: Pupil[];
  /** Given-name forms (first and preferred) keyed by their first atom. */
  givenByAtom: Map<string, NameForm[]>;
  /** Surname forms keyed by their first atom. */
  surnameByAtom: Map<string, NameForm[]>;
  /** Class names ("Oak"): a given name followed by "class" is a class, not a child. */
  classNames: Set<string>;
  /** Names never to treat as pupils (staff, governors, public figures), as atom strings. */
  allowlist: Set<string>;
}

/** Splits a name into folded lower-case atoms: "Zoë O’Brien-Hughes" → ["zoe","o","brien","hughes"]. */
export function nameAtoms(name: string): string[] {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[\u00ad\u200b-\u200f\u2060\ufeff]/g, '')
      .toLowerCase()
      .replace(/ł/g, 'l')
      .replace(/ø/g, 'o')
      .replace(/đ/g, 'd')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Well-known people (authors, historical figures, characters) as atom strings: "julia donaldson". */
export const PUBLIC_FIGURE_NAMES: ReadonlySet<string> = new Set(
  PUBLIC_FIGURES.map((n) => nameAtoms(n).join(' ')),
);

function addForm(map: Map<string, NameForm[]>, atoms: string[], pupil: number): void {
  if (atoms.length === 0) return;
  const forms: string[][] = [atoms];
  // "Ella-Mae" is also written "Ellamae"; "O'Brien" as "OBrien".
  if (atoms.length > 1) forms.push([atoms.join('')]);
  for (const f of forms) {
    const key = f[0]!;
    const list = map.get(key) ?? [];
    if (!list.some((e) => e.pupil === pupil && e.atoms.join(' ') === f.join(' ')))
      list.push({ atoms: f, pupil });
    map.set(key, list);
  }
}

export function buildRosterIndex(pupils: Pupil[], allowlist: string[] = []): RosterIndex {
  const givenByAtom = new Map<string, NameForm[]>();
  const surnameByAtom = new Map<string, NameForm[]>();
  const classNames = new Set<string>();
  pupils.forEach((p, i) => {
    addForm(givenByAtom, nameAtoms(p.firstName), i);
    if (p.preferredName) addForm(givenByAtom, nameAtoms(p.preferredName), i);
    addForm(surnameByAtom, nameAtoms(p.lastName), i);
    for (const a of nameAtoms(p.className)) classNames.add(a);
  });
  return {
    pupils,
    givenByAtom,
    surnameByAtom,
    classNames,
    allowlist: new Set(allowlist.map((n) => nameAtoms(n).join(' ')).filter(Boolean)),
  };
}
