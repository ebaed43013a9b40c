import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { patientSearch } from '@clinicflow/shared/search';
import toast from 'react-hot-toast';
import { Field } from '@/components/ui/field';
import { usePatientSearch } from '@/features/patients/api/patients';
import { friendlyFirestoreError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n';
import { useDebounced } from '@/lib/use-debounced';
import { useOnline } from '@/lib/use-online';
import { searchResults } from '../patient-match';
import { patientFacts } from '../visit-draft';
import { InQueueNote, type InQueue } from './in-queue-note';
import type { SearchSlotProps } from './new-visit-form';

const DEBOUNCE_MS = 250;

/** Search-as-you-type by any name (accents and case aside) or the phone number, with or without its country code. */
export function PatientSearch({
  clinicId,
  inQueue,
  onSelect,
  onRegisterNew,
  error,
}: SearchSlotProps & { clinicId: string; inQueue: InQueue }) {
  const i18n = useI18n();
  const { t, invalid } = i18n;
  const [typed, setTyped] = useState('');
  const term = useDebounced(typed, DEBOUNCE_MS);
  const online = useOnline();
  const ids = useId();
  const wanted = useMemo(() => patientSearch(term), [term]);
  const search = usePatientSearch(clinicId, wanted, (err) =>
    toast.error(t('search.stopped', { reason: t(friendlyFirestoreError(err)) }), { id: 'patient-search' }),
  );
  const { results, cut } = wanted ? searchResults(search.docs, wanted) : { results: [], cut: false };
  const settled = term === typed && search.status !== 'loading';
  const hasTerm = typed.trim().length > 0;
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Enter pressed while the search is still catching up with the typing: pick once it has.
  const pickPending = useRef(false);
  const best = results[0];

  useEffect(() => {
    if (!pickPending.current || !settled) return;
    pickPending.current = false;
    if (best) onSelect(best);
  }, [settled, best, onSelect]);

  const resultButtons = () => [...(listRef.current?.querySelectorAll('button') ?? [])];

  /** Enter picks the best match (never submits the form); the arrows walk the results. */
  function onSearchKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Enter') {
      e.preventDefault();
      if (settled && best) onSelect(best);
      else if (!settled) pickPending.current = true;
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
      <Field label={t('search.label')} error={invalid(error)}>
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            type="search"
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              pickPending.current = false;
            }}
            onKeyDown={onSearchKey}
            placeholder={t('search.placeholder')}
            autoComplete="off"
            autoFocus
            aria-controls={`${ids}-results`}
          />
        )}
      </Field>
      <p id={`${ids}-search-status`} className="patient-search__status muted" role="status">
        {!hasTerm
          ? t('search.start')
          : !settled
            ? t('search.searching')
            : search.status === 'error'
              ? t('search.unavailable')
              : results.length === 0
                ? t('search.none', { term: term.trim() })
                : cut
                  ? t('search.cut', { count: results.length })
                  : !online || search.fromCache
                    ? t('search.foundOffline', { count: results.length })
                    : t('search.found', { count: results.length })}
      </p>
      {/* The arrows and Escape of the result buttons inside, handled once here. */}
      <ul
        className="patient-results"
        id={`${ids}-results`}
        aria-label={t('search.results')}
        ref={listRef}
        onKeyDown={onResultKey}
      >
        {hasTerm &&
          results.map((p) => {
            const queued = inQueue(p.id);
            return (
              <li key={p.id}>
                <button className="patient-result" type="button" onClick={() => onSelect(p)}>
                  <span className="patient-result__name">{p.fullName}</span>
                  <span className="patient-result__meta">{patientFacts(p, i18n)}</span>
                  {queued && <InQueueNote row={queued} />}
                </button>
              </li>
            );
          })}
      </ul>
      <button className="button button--block button--dashed" type="button" onClick={() => onRegisterNew(typed)}>
        {hasTerm && settled && results.length === 0
          ? t('search.registerNamed', { term: typed.trim() })
          : t('search.register')}
      </button>
    </div>
  );
}
