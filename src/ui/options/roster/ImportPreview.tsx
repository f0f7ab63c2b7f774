// The first pupils as SafeToPost read them, so the admin can check names and consent before importing.

import type { Pupil } from '../../../engine/types';

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

export function ImportPreview({ pupils, total }: { pupils: Pupil[]; total: number }) {
  return (
    <table class="data-table">
      <caption>
        The first {pupils.length} of {total.toLocaleString('en-GB')} pupils, as they will be saved
      </caption>
      <thead>
        <tr>
          <th scope="col">First name</th>
          <th scope="col">Preferred name</th>
          <th scope="col">Surname</th>
          <th scope="col">Year</th>
          <th scope="col">Class</th>
          <th scope="col">Named</th>
          <th scope="col">Photo</th>
          <th scope="col">Video</th>
          <th scope="col">Do not publish</th>
        </tr>
      </thead>
      <tbody>
        {pupils.map((p, i) => (
          <tr key={i}>
            <td>{p.firstName}</td>
            <td>{p.preferredName}</td>
            <td>{p.lastName}</td>
            <td>{p.yearGroup}</td>
            <td>{p.className}</td>
            <td>{yesNo(p.nameConsent)}</td>
            <td>{yesNo(p.photoConsent)}</td>
            <td>{yesNo(p.videoConsent)}</td>
            <td>{p.doNotPublish ? 'Yes' : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
