// A list of words or names the admin adds to and removes from, one at a time.

import { useId, useRef, useState } from 'preact/hooks';
import { MAX_TERM_LENGTH } from '../../../settings/schema';
import { normaliseName } from '../../../settings/text';
import { LockedNote } from '../../shared/LockedNote';

interface TermListEditorProps {
  title: string;
  help: string;
  /** Label for the text box: "Name to add". */
  inputLabel: string;
  placeholder?: string;
  terms: string[];
  locked: boolean;
  onChange(terms: string[], message: string): Promise<boolean>;
}

export function TermListEditor({
  title,
  help,
  inputLabel,
  placeholder,
  terms,
  locked,
  onChange,
}: TermListEditorProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function add(event: Event) {
    event.preventDefault();
    const term = normaliseName(draft);
    if (term === '') {
      setError('Type something to add.');
      return;
    }
    if (term.length > MAX_TERM_LENGTH) {
      setError(`That is too long (at most ${MAX_TERM_LENGTH} characters).`);
      return;
    }
    const key = term.toLocaleLowerCase('en-GB');
    if (terms.some((t) => t.toLocaleLowerCase('en-GB') === key)) {
      setError(`“${term}” is already on the list.`);
      return;
    }
    setError(null);
    if (await onChange([...terms, term], `Added “${term}” to ${title.toLowerCase()}.`)) setDraft('');
    input.current?.focus();
  }

  function remove(term: string, index: number) {
    void onChange(
      terms.filter((t) => t !== term),
      `Removed “${term}” from ${title.toLowerCase()}.`,
    );
    // Keep keyboard users in the list: focus the next remove button, or the text box.
    setTimeout(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>(`[data-list="${id}"] button`);
      (buttons[Math.min(index, buttons.length - 1)] ?? input.current)?.focus();
    }, 0);
  }

  return (
    <section class="card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      <p class="hint">{help}</p>
      {locked ? (
        <LockedNote />
      ) : (
        <form class="add-term" onSubmit={add} noValidate>
          <label for={`${id}-input`}>{inputLabel}</label>
          <input
            ref={input}
            id={`${id}-input`}
            type="text"
            value={draft}
            placeholder={placeholder}
            maxLength={MAX_TERM_LENGTH}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`${id}-error`}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit">Add</button>
          <p id={`${id}-error`} class="error-text" role="alert">
            {error ?? ''}
          </p>
        </form>
      )}
      {terms.length === 0 ? (
        <p class="empty">Nothing on this list yet.</p>
      ) : (
        <ul class="term-list" data-list={id} aria-label={title}>
          {terms.map((term, i) => (
            <li key={term}>
              <span>{term}</span>
              {!locked && (
                <button type="button" class="link-button" onClick={() => remove(term, i)}>
                  Remove<span class="visually-hidden"> “{term}”</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
