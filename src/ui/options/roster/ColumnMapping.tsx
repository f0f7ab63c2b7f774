// One select per column of the chosen file: what SafeToPost should use it as.

import type { RosterColumn, RosterField } from '../../../settings/roster-columns';
import { FIELD_CHOICES } from './roster-summary';

interface ColumnMappingProps {
  columns: RosterColumn[];
  sampleRows: string[][];
  onMap(header: string, field: RosterField | null): void;
}

function examples(sampleRows: string[][], index: number): string {
  const values = sampleRows.map((row) => (row[index] ?? '').trim()).filter((v) => v !== '');
  const shown = [...new Set(values)].slice(0, 3).map((v) => (v.length > 24 ? `${v.slice(0, 24)}…` : v));
  return shown.length > 0 ? shown.join(', ') : '(empty)';
}

export function ColumnMapping({ columns, sampleRows, onMap }: ColumnMappingProps) {
  return (
    <table class="data-table mapping-table">
      <caption>
        Columns in the file. Change “Use it as” if a column was not recognised or was recognised wrongly.
      </caption>
      <thead>
        <tr>
          <th scope="col">Column</th>
          <th scope="col">Example values</th>
          <th scope="col">Use it as</th>
        </tr>
      </thead>
      <tbody>
        {columns.map((column, i) => {
          const name = column.header === '' ? `Column ${i + 1} (no heading)` : column.header;
          return (
            <tr key={`${i}-${column.header}`}>
              <th scope="row">{name}</th>
              <td>{examples(sampleRows, i)}</td>
              <td>
                <select
                  aria-label={`Use column “${name}” as`}
                  value={column.field ?? ''}
                  disabled={column.header === ''}
                  onChange={(e) =>
                    onMap(column.header, (e.currentTarget.value || null) as RosterField | null)
                  }
                >
                  <option value="">Not imported</option>
                  {FIELD_CHOICES.map((g) => (
                    <optgroup key={g.group} label={g.group}>
                      {g.options.map((o) => (
                        <option key={o.field} value={o.field}>
                          {o.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
