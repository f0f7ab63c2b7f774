// Every pupil and their consent, searchable, filterable and paged (fast with 10,000 pupils).
// Ticking a box saves that pupil's consent straight away.

import { useMemo, useState } from 'preact/hooks';
import type { Pupil } from '../../../engine/types';
import { pupilName } from './roster-summary';

export type ConsentField = 'nameConsent' | 'photoConsent' | 'videoConsent' | 'doNotPublish';

const FILTERS = {
  all: { label: 'All pupils', test: () => true },
  'no-photo': { label: 'No photo consent', test: (p: Pupil) => !p.photoConsent },
  'no-name': { label: 'No consent to be named', test: (p: Pupil) => !p.nameConsent },
  'no-video': { label: 'No video consent', test: (p: Pupil) => !p.videoConsent },
  'do-not-publish': { label: 'Do not publish', test: (p: Pupil) => p.doNotPublish },
} as const;
type FilterId = keyof typeof FILTERS;

const COLUMNS: { field: ConsentField; label: string; spoken: string }[] = [
  { field: 'nameConsent', label: 'Named', spoken: 'Consent to be named' },
  { field: 'photoConsent', label: 'Photo', spoken: 'Photo consent' },
  { field: 'videoConsent', label: 'Video', spoken: 'Video consent' },
  { field: 'doNotPublish', label: 'Do not publish', spoken: 'Do not publish' },
];

export const PAGE_SIZE = 25;

interface PupilTableProps {
  pupils: readonly Pupil[];
  onChange(index: number, field: ConsentField, value: boolean): void;
}

function searchText(p: Pupil): string {
  return `${p.firstName} ${p.preferredName} ${p.lastName} ${p.yearGroup} ${p.className}`.toLocaleLowerCase(
    'en-GB',
  );
}

export function PupilTable({ pupils, onChange }: PupilTableProps) {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<FilterId>('all');
  const [page, setPage] = useState(0);

  const haystack = useMemo(() => pupils.map(searchText), [pupils]);
  const matches = useMemo(() => {
    const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
    const test = FILTERS[filter].test;
    const out: number[] = [];
    for (let i = 0; i < pupils.length; i++) {
      if (!test(pupils[i]!)) continue;
      if (words.every((w) => haystack[i]!.includes(w))) out.push(i);
    }
    return out;
  }, [pupils, haystack, query, filter]);

  const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = matches.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const first = matches.length === 0 ? 0 : current * PAGE_SIZE + 1;
  const last = current * PAGE_SIZE + shown.length;

  return (
    <div class="pupil-table">
      <div class="filters">
        <label>
          Search by name, year or class
          <input
            type="search"
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              setPage(0);
            }}
          />
        </label>
        <label>
          Show
          <select
            value={filter}
            onChange={(e) => {
              setFilter(e.currentTarget.value as FilterId);
              setPage(0);
            }}
          >
            {Object.entries(FILTERS).map(([id, f]) => (
              <option key={id} value={id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" class="status-line">
        {matches.length === 0
          ? 'No pupils match.'
          : `Showing ${first.toLocaleString('en-GB')}–${last.toLocaleString('en-GB')} of ${matches.length.toLocaleString('en-GB')} ${matches.length === 1 ? 'pupil' : 'pupils'}`}
      </p>
      {shown.length > 0 && (
        <table class="data-table">
          <caption class="visually-hidden">
            Pupils and their consent. Tick or untick a box to change it.
          </caption>
          <thead>
            <tr>
              <th scope="col">Pupil</th>
              <th scope="col">Year</th>
              <th scope="col">Class</th>
              {COLUMNS.map((c) => (
                <th key={c.field} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((index) => {
              const p = pupils[index]!;
              const name = pupilName(p);
              return (
                <tr key={index}>
                  <th scope="row">{name}</th>
                  <td>{p.yearGroup}</td>
                  <td>{p.className}</td>
                  {COLUMNS.map((c) => (
                    <td key={c.field} class="check-cell">
                      <input
                        type="checkbox"
                        checked={p[c.field]}
                        aria-label={`${c.spoken}: ${name}`}
                        onChange={(e) => onChange(index, c.field, e.currentTarget.checked)}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav class="pager" aria-label="Pupil list pages">
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous page
          </button>
          <span>
            Page {current + 1} of {pages.toLocaleString('en-GB')}
          </span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            Next page
          </button>
        </nav>
      )}
    </div>
  );
}
