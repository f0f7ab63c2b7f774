// Shown beside a setting that IT has set through enterprise policy.

export const LOCKED_TEXT = 'Set by your IT team';

export function LockedNote({ id }: { id?: string }) {
  return (
    <span id={id} class="locked-note">
      <span aria-hidden="true">🔒 </span>
      {LOCKED_TEXT}
    </span>
  );
}
