import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { patientSearch } from '@clinicflow/shared/search';
import toast from 'react-hot-toast';
import { Field } from '@/components/ui/field';
import { usePatientSearch } from '@/features/patients/api/patients';
import { friendlyFirestoreError } from '@/lib/errors';
import { useDebounced } from '@/lib/use-debounced';
import { useOnline } from '@/lib/use-online';
import { searchResults } from '../patient-match';
import { patientFacts } from '../visit-draft';
import type { SearchSlotProps } from './new-visit-form';

const DEBOUNCE_MS = 250;

/** Search-as-you-type by any name (accents and case aside) or the phone number, with or without its country code. */
export function PatientSearch({ clinicId, onSelect, onRegisterNew, error }: SearchSlotProps & { clinicId: string }) {
  const [typed, setTyped] = useState('');
  const term = useDebounced(typed, DEBOUNCE_MS);
  const online = useOnline();
  const ids = useId();
  const wanted = useMemo(() => patientSearch(term), [term]);
  const search = usePatientSearch(clinicId, wanted, (err) =>
    toast.error(`Patient search stopped working. ${friendlyFirestoreError(err)}`, { id: 'patient-search' }),
  );
  const { results, cut } = wanted ? searchResults(search.docs, wanted) : { results: [], cut: false };
  const settled = term === typed && search.status !== 'loading';
  const hasTerm = typed.trim().length > 0;
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const resultButtons = () => [...(listRef.current?.querySelectorAll('button') ?? [])];

  // Enter pressed while the search is still catching up with the typing (a fast typist, a busy
  // computer) picks the best match once it has: it is neither lost nor applied to stale results.
  const enterPending = useRef(false);
  const best = results[0];
  const pick = useEffectEvent((patient: typeof best) => {
    if (patient) onSelect(patient);
  });
  useEffect(() => {
    if (!enterPending.current || !settled) return;
    enterPending.current = false;
    pick(best);
  }, [settled, best]);

  /** Enter picks the best match (never submits the form); the arrows walk the results. */
  function onSearchKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (settled && best) onSelect(best);
      else if (!settled) enterPending.current = true;
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      resultButtons()[0]?.focus();
    }
  }

  function onResultKey(e: KeyboardEvent<HTMLUListElement>) {
    const buttons = resultButtons();
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = at + (e.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) inputRef.current?.focus();
      else buttons[Math.min(next, buttons.length - 1)]?.focus();
    } else if (e.key === 'Escape') {
      inputRef.current?.focus();
    }
  }

  return (
    <div className="patient-search">
      <Field label="Find patient by name or phone" error={error}>
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            type="search"
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              enterPending.current = false;
            }}
            onKeyDown={onSearchKey}
            placeholder="e.g. Garcia, or +34 612"
            autoComplete="off"
            autoFocus
            aria-controls={`${ids}-results`}
          />
        )}
      </Field>
      <p id={`${ids}-search-status`} className="patient-search__status muted" role="status">
        {!hasTerm
          ? 'Type at least one letter of a name, or three digits of a phone number.'
          : !settled
            ? 'Searching…'
            : search.status === 'error'
              ? 'Search is not available right now.'
              : results.length === 0
                ? `No patient found for “${term.trim()}”.`
                : cut
                  ? `Showing the first ${results.length} matches: keep typing to narrow them down.`
                  : `${results.length} ${results.length === 1 ? 'patient' : 'patients'} found${!online || search.fromCache ? ' on this computer (offline)' : ''}.`}
      </p>
      {/* The arrows and Escape of the result buttons inside, handled once here. */}
      <ul
        className="patient-results"
        id={`${ids}-results`}
        aria-label="Matching patients"
        ref={listRef}
        onKeyDown={onResultKey}
      >
        {hasTerm &&
          results.map((p) => (
            <li key={p.id}>
              <button className="patient-result" type="button" onClick={() => onSelect(p)}>
                <span className="patient-result__name">{p.fullName}</span>
                <span className="patient-result__meta">{patientFacts(p)}</span>
              </button>
            </li>
          ))}
      </ul>
      <button className="button button--block button--dashed" type="button" onClick={() => onRegisterNew(typed)}>
        + Register a new patient{hasTerm && settled && results.length === 0 ? ` “${typed.trim()}”` : ''}
      </button>
    </div>
  );
}
