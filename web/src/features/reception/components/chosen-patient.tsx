import { patientFacts, type PatientSummary } from '../visit-draft';

/** The registered patient the visit is for, and a way back to the search. */
export function ChosenPatient({ patient, onChange }: { patient: PatientSummary; onChange: () => void }) {
  return (
    <div className="chosen-patient">
      <div>
        <div className="chosen-patient__name">{patient.fullName}</div>
        <div className="muted">{patientFacts(patient)}</div>
      </div>
      <button className="button button--small" type="button" onClick={onChange}>
        Change
      </button>
    </div>
  );
}
