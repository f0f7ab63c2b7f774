// One problem in the post: what it is in plain words, where, the policy clause it breaks, and the
// fix first among its buttons.
import type { ReviewFinding } from '../../compose/protocol';

interface Props {
  finding: ReviewFinding;
  index: number;
  busy: boolean;
  onFix(key: string): void;
  onNotAProblem(key: string): void;
}

const SEVERITY_LABEL = { block: 'Must change', warn: 'Check', info: 'Tip' } as const;

function whereLabel(field: string): string {
  if (field.endsWith('/filename')) return 'In a file name';
  if (field.endsWith('/alt')) return 'In the alt text';
  return 'In the post';
}

export function FindingCard({ finding, index, busy, onFix, onNotAProblem }: Props) {
  const titleId = `finding-${index}-title`;
  const [first, ...more] = finding.citations;
  return (
    <li class={`finding finding-${finding.severity}`} aria-labelledby={titleId}>
      <div class="finding-head">
        <h2 id={titleId}>{finding.ruleTitle}</h2>
        <span class="severity">{SEVERITY_LABEL[finding.severity]}</span>
      </div>
      <p class="excerpt">
        <span class="where">{whereLabel(finding.field)}: </span>
        {finding.before}
        <mark>{finding.flagged}</mark>
        {finding.after}
      </p>
      <p class="message">{finding.message}</p>
      {finding.dismissed ? (
        <p class="dismissed">You reported this as not a problem.</p>
      ) : (
        <div class="finding-actions">
          {finding.fix && (
            <button type="button" class="primary" disabled={busy} onClick={() => onFix(finding.key)}>
              {finding.fix.label}
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => onNotAProblem(finding.key)}>
            This is not a problem
          </button>
        </div>
      )}
      {first && (
        <figure class="policy">
          <figcaption>
            Your policy says ({first.school}, {first.section}):
          </figcaption>
          <blockquote>“{first.quote}”</blockquote>
        </figure>
      )}
      {more.length > 0 && (
        <details class="more-policy">
          <summary>More policy clauses ({more.length})</summary>
          {more.map((c) => (
            <figure class="policy" key={`${c.school}|${c.section}`}>
              <figcaption>
                {c.school}, {c.section}:
              </figcaption>
              <blockquote>“{c.quote}”</blockquote>
            </figure>
          ))}
        </details>
      )}
    </li>
  );
}
