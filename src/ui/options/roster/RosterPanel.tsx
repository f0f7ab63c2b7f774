// The "Pupils" tab: what is saved now (and a CSV of it to edit in a spreadsheet and import again), the
// import, the per-pupil table and the remove-all button.

import type { Pupil } from '../../../engine/types';
import { rosterToCsv } from '../../../settings/roster-export';
import { clearRoster, type RosterMeta } from '../../../settings/storage';
import { dateStamp, downloadText } from '../../shared/download';
import type { AdminStateApi } from '../useAdminState';
import { ClearPupilData } from './ClearPupilData';
import { PupilTable, type ConsentField } from './PupilTable';
import { RosterImport } from './RosterImport';
import { consentBreakdown, countConsent, plural, pupilName } from './roster-summary';

const FIELD_WORDS: Record<ConsentField, string> = {
  nameConsent: 'consent to be named',
  photoConsent: 'photo consent',
  videoConsent: 'video consent',
  doNotPublish: 'do not publish',
};

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function RosterPanel({ admin }: { admin: AdminStateApi }) {
  const { pupils, rosterMeta } = admin.state!;

  function importPupils(next: Pupil[], meta: RosterMeta) {
    return admin.updateRoster(next, meta, `Imported ${plural(next.length, 'pupil')} from ${meta.fileName}.`);
  }

  function downloadCsv() {
    const name = `safetopost-pupils-${dateStamp()}.csv`;
    // A byte-order mark, so Excel opens accented names (Zoë, Wiśniewski) as UTF-8.
    downloadText(name, `\uFEFF${rosterToCsv(pupils)}`, 'text/csv');
    admin.setNotice({ kind: 'saved', text: `Downloaded ${name}.` });
  }

  function changeConsent(index: number, field: ConsentField, value: boolean) {
    const pupil = pupils[index];
    if (!pupil) return;
    const next = pupils.slice();
    next[index] = { ...pupil, [field]: value };
    const meta = rosterMeta
      ? { ...rosterMeta, editedAt: new Date().toISOString() }
      : {
          importedAt: new Date().toISOString(),
          fileName: 'edited on this page',
          editedAt: new Date().toISOString(),
        };
    void admin.updateRoster(
      next,
      meta,
      `Saved: ${FIELD_WORDS[field]} for ${pupilName(pupil)} is now ${value ? 'on' : 'off'}.`,
    );
  }

  return (
    <div class="panel">
      <h2>Pupils and consent</h2>
      <section class="card" aria-labelledby="roster-now-heading">
        <h3 id="roster-now-heading">Saved now</h3>
        {pupils.length === 0 ? (
          <p>
            <strong>No pupil list is saved.</strong> SafeToPost cannot check names or consent until you import
            one.
          </p>
        ) : (
          <>
            <p>
              <strong>{plural(pupils.length, 'pupil')}</strong>
              {rosterMeta && `, imported ${formatDate(rosterMeta.importedAt)} from ${rosterMeta.fileName}`}
              {rosterMeta?.editedAt && `, last changed here ${formatDate(rosterMeta.editedAt)}`}.
            </p>
            <p>{consentBreakdown(countConsent(pupils))}.</p>
            <p class="hint" id="pupil-csv-hint">
              To change many pupils at once, download the list, edit it in a spreadsheet and import it again.
              The file holds pupils’ names and consent: keep it as safely as your MIS exports, and delete it
              when you are done.
            </p>
            <button type="button" aria-describedby="pupil-csv-hint" onClick={downloadCsv}>
              Download the pupil list (CSV)
            </button>
          </>
        )}
      </section>
      <RosterImport currentCount={pupils.length} onImport={importPupils} />
      {pupils.length > 0 && (
        <section class="card" aria-labelledby="pupil-table-heading">
          <h3 id="pupil-table-heading">Pupils</h3>
          <PupilTable pupils={pupils} onChange={changeConsent} />
        </section>
      )}
      <ClearPupilData
        count={pupils.length}
        onClear={() => admin.save(clearRoster, 'All pupil data was removed.')}
      />
    </div>
  );
}
