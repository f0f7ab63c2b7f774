// Every row the file could not give us, by line number, and the warnings worth a look.

import { formatRowError, type RowError } from '../../../settings/roster-csv';

export function RowErrorList({ errors, canMap }: { errors: RowError[]; canMap: boolean }) {
  const rows = errors.filter((e) => e.line > 0).length;
  return (
    <section class="problems" aria-labelledby="roster-errors-heading">
      <h4 id="roster-errors-heading">
        {rows > 0
          ? `Problems in ${rows.toLocaleString('en-GB')} ${rows === 1 ? 'row' : 'rows'}`
          : 'The file cannot be used'}
      </h4>
      <p>
        Nothing has been imported and your saved pupil list has not changed. Correct these in your MIS or
        spreadsheet, export the file again and choose it here.
        {canMap && ' If a column was not recognised, choose what it holds under “Use it as” below.'}
      </p>
      <ul class="error-list">
        {errors.map((e, i) => (
          <li key={i}>{capitalise(formatRowError(e))}</li>
        ))}
      </ul>
    </section>
  );
}

export function WarningList({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return null;
  return (
    <section class="warnings" aria-labelledby="roster-warnings-heading">
      <h4 id="roster-warnings-heading">Please check</h4>
      <ul>
        {warnings.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
