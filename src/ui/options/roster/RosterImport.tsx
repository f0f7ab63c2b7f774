// Import the pupil list from the school's MIS export: choose, check columns, preview, import.
// Atomic: nothing is saved until the admin presses Import, and a file with any bad row cannot be
// imported at all (the saved list stays as it was).

import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Pupil } from '../../../engine/types';
import type { RosterField } from '../../../settings/roster-columns';
import { parseRosterCsv, type RosterParseResult } from '../../../settings/roster-csv';
import type { RosterMeta } from '../../../settings/storage';
import { readFileBytes } from '../../shared/download';
import { ColumnMapping } from './ColumnMapping';
import { ImportPreview } from './ImportPreview';
import { RowErrorList, WarningList } from './ImportProblems';
import { consentBreakdown, countConsent, plural, type ConsentCounts } from './roster-summary';

interface RosterImportProps {
  /** How many pupils are saved now (the import replaces them). */
  currentCount: number;
  onImport(pupils: Pupil[], meta: RosterMeta): Promise<boolean>;
}

type Phase =
  | { step: 'choose' }
  | { step: 'reading'; fileName: string }
  | {
      step: 'review';
      fileName: string;
      bytes: ArrayBuffer;
      mapping: Record<string, RosterField | null>;
      result: RosterParseResult;
    }
  | { step: 'done'; fileName: string; counts: ConsentCounts };

const PREVIEW_ROWS = 10;

/** Let the browser paint "Reading…" before the parse takes the thread (≈100 ms for 10,000 rows). */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function RosterImport({ currentCount, onImport }: RosterImportProps) {
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (phase.step === 'review' || phase.step === 'done') outcome.current?.focus();
  }, [phase.step]);

  async function choose(event: Event) {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setPhase({ step: 'reading', fileName: file.name });
    await nextFrame();
    let bytes: ArrayBuffer;
    try {
      bytes = await readFileBytes(file);
    } catch {
      bytes = new ArrayBuffer(0);
    }
    const result = parseRosterCsv(bytes);
    setPhase({ step: 'review', fileName: file.name, bytes, mapping: {}, result });
  }

  async function remap(header: string, field: RosterField | null) {
    if (phase.step !== 'review') return;
    const mapping = { ...phase.mapping, [header]: field };
    setBusy(true);
    await nextFrame();
    const result = parseRosterCsv(phase.bytes, { mapping });
    setBusy(false);
    setPhase({ ...phase, mapping, result });
  }

  function cancel() {
    setPhase({ step: 'choose' });
    if (fileInput.current) fileInput.current.value = '';
    fileInput.current?.focus();
  }

  async function importPupils() {
    if (phase.step !== 'review' || phase.result.errors.length > 0) return;
    setBusy(true);
    const pupils = phase.result.pupils;
    const ok = await onImport(pupils, { importedAt: new Date().toISOString(), fileName: phase.fileName });
    setBusy(false);
    if (!ok) return;
    if (fileInput.current) fileInput.current.value = '';
    setPhase({
      step: 'done',
      fileName: phase.fileName,
      counts: countConsent(pupils),
    });
  }

  return (
    <section class="card" aria-labelledby="roster-import-heading">
      <h3 id="roster-import-heading">Import the pupil list</h3>
      <p class="hint">
        Export a CSV file from your MIS (SIMS, Arbor or Bromcom) with each pupil’s first name, surname and
        consent columns. SafeToPost recognises the usual column names; you can change how any column is used
        before importing. The new list replaces the one saved now.
      </p>
      <label class="block-label" for="roster-file">
        Choose the pupil list (CSV file)
      </label>
      <input
        ref={fileInput}
        id="roster-file"
        type="file"
        accept=".csv,.txt,text/csv"
        disabled={phase.step === 'reading' || busy}
        onChange={choose}
      />

      <div role="status" class="status-line">
        {phase.step === 'reading' ? `Reading ${phase.fileName}…` : busy ? 'Working…' : ''}
      </div>

      {phase.step === 'done' && (
        <div class="success-box">
          <h4 ref={outcome} tabIndex={-1}>
            Imported {plural(phase.counts.total, 'pupil')} from {phase.fileName}
          </h4>
          <p>{consentBreakdown(phase.counts)}.</p>
          <p class="hint">Checks use the new list straight away.</p>
        </div>
      )}

      {phase.step === 'review' && (
        <ReviewImport
          phase={phase}
          currentCount={currentCount}
          busy={busy}
          headingRef={outcome}
          onMap={remap}
          onImport={importPupils}
          onCancel={cancel}
        />
      )}
    </section>
  );
}

interface ReviewImportProps {
  phase: Extract<Phase, { step: 'review' }>;
  currentCount: number;
  busy: boolean;
  headingRef: RefObject<HTMLHeadingElement>;
  onMap(header: string, field: RosterField | null): void;
  onImport(): void;
  onCancel(): void;
}

function ReviewImport({
  phase,
  currentCount,
  busy,
  headingRef,
  onMap,
  onImport,
  onCancel,
}: ReviewImportProps) {
  const { result, fileName } = phase;
  const ok = result.errors.length === 0;
  const counts = countConsent(result.pupils);
  return (
    <div class="review">
      <h4 ref={headingRef} tabIndex={-1}>
        {ok
          ? `${fileName}: ${plural(counts.total, 'pupil')} ready to import`
          : `${fileName} cannot be imported yet`}
      </h4>
      {ok && <p>{consentBreakdown(counts)}.</p>}
      {!ok && <RowErrorList errors={result.errors} canMap={result.columns.length > 0} />}
      <WarningList warnings={result.warnings} />
      {result.columns.length > 0 && (
        <ColumnMapping columns={result.columns} sampleRows={result.sampleRows ?? []} onMap={onMap} />
      )}
      {result.pupils.length > 0 && (
        <ImportPreview pupils={result.pupils.slice(0, PREVIEW_ROWS)} total={result.pupils.length} />
      )}
      <div class="button-row">
        <button type="button" class="primary" disabled={!ok || busy} onClick={onImport}>
          Import {plural(counts.total, 'pupil')}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
      {ok && currentCount > 0 && (
        <p class="hint">This replaces the {plural(currentCount, 'pupil')} saved now.</p>
      )}
    </div>
  );
}
