import { useId, useState } from 'react';
import toast from 'react-hot-toast';
import { Field } from '@/components/ui/field';
import { usePatientSearch } from '@/features/patients/api/patients';
import { friendlyFirestoreError } from '@/lib/errors';
import { useDebounced } from '@/lib/use-debounced';
import { useOnline } from '@/lib/use-online';
import { matchesEveryWord } from '../patient-match';
import { patientFacts } from '../visit-draft';
import type { SearchSlotProps } from './new-visit-form';

const DEBOUNCE_MS = 250;

/** Search-as-you-type by any name or the start of the phone number. */
export function PatientSearch({ clinicId, onSelect, onRegisterNew, error }: SearchSlotProps & { clinicId: string }) {
  const [typed, setTyped] = useState('');
  const term = useDebounced(typed, DEBOUNCE_MS);
  const online = useOnline();
  const ids = useId();
  const search = usePatientSearch(clinicId, term, (err) =>
    toast.error(`Patient search stopped working. ${friendlyFirestoreError(err)}`, { id: 'patient-search' }),
  );
  const results = search.docs.filter((p) => matchesEveryWord(p, term));
  const settled = term === typed && search.status !== 'loading';
  const hasTerm = typed.trim().length > 0;

  return (
    <div className="patient-search">
      <Field label="Find patient by name or phone" error={error}>
        {(control) => (
          <input
            {...control}
            type="search"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
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
                : `${results.length} ${results.length === 1 ? 'patient' : 'patients'} found${!online || search.fromCache ? ' on this computer (offline)' : ''}.`}
      </p>
      <ul className="patient-results" id={`${ids}-results`} aria-label="Matching patients">
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
