import { useId, useState } from 'react';
import toast from 'react-hot-toast';
import { Field } from '@/components/ui/field';
import { usePatientSearch } from '@/features/patients/api/patients';
import { friendlyFirestoreError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n';
import { useDebounced } from '@/lib/use-debounced';
import { useOnline } from '@/lib/use-online';
import { matchesEveryWord } from '../patient-match';
import { patientFacts } from '../visit-draft';
import type { SearchSlotProps } from './new-visit-form';

const DEBOUNCE_MS = 250;

/** Search-as-you-type by any name or the start of the phone number. */
export function PatientSearch({ clinicId, onSelect, onRegisterNew, error }: SearchSlotProps & { clinicId: string }) {
  const i18n = useI18n();
  const { t, invalid } = i18n;
  const [typed, setTyped] = useState('');
  const term = useDebounced(typed, DEBOUNCE_MS);
  const online = useOnline();
  const ids = useId();
  const search = usePatientSearch(clinicId, term, (err) =>
    toast.error(t('search.stopped', { reason: t(friendlyFirestoreError(err)) }), { id: 'patient-search' }),
  );
  const results = search.docs.filter((p) => matchesEveryWord(p, term));
  const settled = term === typed && search.status !== 'loading';
  const hasTerm = typed.trim().length > 0;

  return (
    <div className="patient-search">
      <Field label={t('search.label')} error={invalid(error)}>
        {(control) => (
          <input
            {...control}
            type="search"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
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
                : !online || search.fromCache
                  ? t('search.foundOffline', { count: results.length })
                  : t('search.found', { count: results.length })}
      </p>
      <ul className="patient-results" id={`${ids}-results`} aria-label={t('search.results')}>
        {hasTerm &&
          results.map((p) => (
            <li key={p.id}>
              <button className="patient-result" type="button" onClick={() => onSelect(p)}>
                <span className="patient-result__name">{p.fullName}</span>
                <span className="patient-result__meta">{patientFacts(p, i18n)}</span>
              </button>
            </li>
          ))}
      </ul>
      <button className="button button--block button--dashed" type="button" onClick={() => onRegisterNew(typed)}>
        {hasTerm && settled && results.length === 0
          ? t('search.registerNamed', { term: typed.trim() })
          : t('search.register')}
      </button>
    </div>
  );
}
