import { patientFacts, type PatientSummary } from '../visit-draft';

export interface DuplicateWarningProps {
  patients: PatientSummary[];
  onUse: (patient: PatientSummary) => void;
  onRegisterAnyway: () => void;
}

/** Patients already on file with the new patient's name and date of birth: use one, or register anyway. */
export function DuplicateWarning({ patients, onUse, onRegisterAnyway }: DuplicateWarningProps) {
  return (
    <div className="duplicate" role="alert">
      <p className="duplicate__title">Already registered?</p>
      <p>
        {patients.length === 1 ? 'A patient' : `${patients.length} patients`} with this name and date of birth{' '}
        {patients.length === 1 ? 'is' : 'are'} already on file.
      </p>
      <ul className="duplicate__list">
        {patients.map((p) => (
          <li key={p.id}>
            <span>
              <strong>{p.fullName}</strong>
              <span className="muted"> · {patientFacts(p)}</span>
            </span>
            <button className="button button--small button--primary" type="button" onClick={() => onUse(p)}>
              Use existing
            </button>
          </li>
        ))}
      </ul>
      <button className="button button--small" type="button" onClick={onRegisterAnyway}>
        Register anyway
      </button>
    </div>
  );
}
