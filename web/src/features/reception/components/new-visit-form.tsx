import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { Field } from '@/components/ui/field';
import { PRIORITIES, type Priority } from '@clinicflow/shared/model';
import type { PatientInput } from '@clinicflow/shared/validation';
import { PRIORITY_LABELS } from '@/config/labels';
import type { OpenVisitRequest } from '@/features/visits/api/visits';
import { formatDateOfBirth } from '@/lib/time';
import {
  EMPTY_DRAFT,
  checkVisitDraft,
  draftFromSearch,
  type PatientChoice,
  type PatientSummary,
  type VisitDraft,
} from '../visit-draft';

export interface SearchSlotProps {
  onSelect: (patient: PatientSummary) => void;
  onRegisterNew: (term: string) => void;
  error: string | undefined;
}

export interface NewVisitFormProps {
  /** The patient search box (it talks to Firestore, so the page provides it). */
  renderSearch: (props: SearchSlotProps) => ReactNode;
  findDuplicates: (input: PatientInput) => Promise<PatientSummary[] | null>;
  /** Called once the input is valid; the page clears the form by remounting it. */
  onSave: (request: OpenVisitRequest) => void;
  initial?: { choice: PatientChoice; draft: VisitDraft } | undefined;
}

const PRIORITY_HINTS: Record<Priority, string> = {
  emergency: 'Seen first',
  urgent: 'Soon',
  normal: 'In turn',
};

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <fieldset className="step">
      <legend className="step__title">
        <span className="step__number" aria-hidden="true">
          {number}
        </span>
        {title}
      </legend>
      {children}
    </fieldset>
  );
}

/** "Born 12 Mar 1984 · +34 612 345 678", with whatever is known. */
function patientFacts(p: PatientSummary): string {
  return [p.dateOfBirth && `Born ${formatDateOfBirth(p.dateOfBirth)}`, p.phone].filter(Boolean).join(' · ');
}

function without(errors: Record<string, string>, ...fields: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !fields.includes(key)));
}

/**
 * Find or register the patient and open their visit, in one step. Messages appear next to
 * each field; what was typed stays until the visit is saved.
 */
export function NewVisitForm({ renderSearch, findDuplicates, onSave, initial }: NewVisitFormProps) {
  const [choice, setChoice] = useState<PatientChoice>(initial?.choice ?? { kind: 'none' });
  const [draft, setDraft] = useState<VisitDraft>(initial?.draft ?? EMPTY_DRAFT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [duplicates, setDuplicates] = useState<PatientSummary[] | null>(null);
  const [checking, setChecking] = useState(false);
  const ids = useId();

  const set = (field: keyof VisitDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => without(e, field));
    if (field === 'fullName' || field === 'dateOfBirth') setDuplicates(null);
  };

  const choose = (next: PatientChoice) => {
    setChoice(next);
    setDuplicates(null);
    setErrors((e) => without(e, 'patient', 'fullName', 'phone', 'dateOfBirth'));
  };

  async function submit(allowDuplicate: boolean) {
    const check = checkVisitDraft(choice, draft);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    const { patient } = check.request;
    if (patient.kind === 'new' && !allowDuplicate) {
      setChecking(true);
      const found = await findDuplicates(patient.input);
      setChecking(false);
      if (found && found.length > 0) {
        setDuplicates(found);
        return;
      }
    }
    onSave(check.request);
  }

  function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    void submit(false);
  }

  const today = new Date().toISOString().slice(0, 10);
  return (
    <form className="new-visit" onSubmit={onSubmit} noValidate aria-label="New visit">
      <Step number={1} title="Patient">
        {choice.kind === 'none' &&
          renderSearch({
            onSelect: (patient) => choose({ kind: 'existing', patient }),
            onRegisterNew: (term) => {
              setDraft((d) => ({ ...d, ...draftFromSearch(term) }));
              choose({ kind: 'new' });
            },
            error: errors.patient,
          })}
        {choice.kind === 'existing' && (
          <div className="chosen-patient">
            <div>
              <div className="chosen-patient__name">{choice.patient.fullName}</div>
              <div className="muted">{patientFacts(choice.patient)}</div>
            </div>
            <button className="button button--small" type="button" onClick={() => choose({ kind: 'none' })}>
              Change
            </button>
          </div>
        )}
        {choice.kind === 'new' && (
          <div className="new-patient">
            <div className="new-patient__header">
              <span className="tag">New patient</span>
              <button className="button button--link" type="button" onClick={() => choose({ kind: 'none' })}>
                Back to search
              </button>
            </div>
            <Field label="Full name" error={errors.fullName}>
              {(control) => (
                <input
                  {...control}
                  value={draft.fullName}
                  onChange={(e) => set('fullName', e.target.value)}
                  autoComplete="off"
                  autoFocus
                />
              )}
            </Field>
            <div className="field-row">
              <Field label="Phone" error={errors.phone}>
                {(control) => (
                  <input
                    {...control}
                    type="tel"
                    value={draft.phone}
                    onChange={(e) => set('phone', e.target.value)}
                    autoComplete="off"
                  />
                )}
              </Field>
              <Field label="Date of birth" error={errors.dateOfBirth}>
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    max={today}
                    value={draft.dateOfBirth}
                    onChange={(e) => set('dateOfBirth', e.target.value)}
                  />
                )}
              </Field>
            </div>
          </div>
        )}
      </Step>

      {duplicates && duplicates.length > 0 && (
        <div className="duplicate" role="alert">
          <p className="duplicate__title">Already registered?</p>
          <p>
            {duplicates.length === 1 ? 'A patient' : `${duplicates.length} patients`} with this name and date of birth{' '}
            {duplicates.length === 1 ? 'is' : 'are'} already on file.
          </p>
          <ul className="duplicate__list">
            {duplicates.map((p) => (
              <li key={p.id}>
                <span>
                  <strong>{p.fullName}</strong>
                  <span className="muted"> · {patientFacts(p)}</span>
                </span>
                <button
                  className="button button--small button--primary"
                  type="button"
                  onClick={() => choose({ kind: 'existing', patient: p })}
                >
                  Use existing
                </button>
              </li>
            ))}
          </ul>
          <button className="button button--small" type="button" onClick={() => void submit(true)}>
            Register anyway
          </button>
        </div>
      )}

      <Step number={2} title="Visit">
        <Field label="Reason for the visit" error={errors.reason}>
          {(control) => (
            <textarea {...control} rows={2} value={draft.reason} onChange={(e) => set('reason', e.target.value)} />
          )}
        </Field>
        <div
          className="priority-picker"
          role="radiogroup"
          aria-labelledby={`${ids}-priority-label`}
          aria-describedby={errors.priority ? `${ids}-priority-error` : undefined}
        >
          <span id={`${ids}-priority-label`} className="priority-picker__label">
            Priority
          </span>
          <div className="priority-picker__options">
            {PRIORITIES.map((p) => (
              <label key={p} className={`priority-option priority-option--${p}`}>
                <input
                  type="radio"
                  name={`${ids}-priority`}
                  value={p}
                  checked={draft.priority === p}
                  onChange={() => set('priority', p)}
                />
                <span className="priority-option__name">{PRIORITY_LABELS[p]}</span>
                <span className="priority-option__hint">{PRIORITY_HINTS[p]}</span>
              </label>
            ))}
          </div>
          {errors.priority && (
            <p id={`${ids}-priority-error`} className="field__error">
              {errors.priority}
            </p>
          )}
        </div>
      </Step>

      <button className="button button--primary button--block button--large" type="submit" disabled={checking}>
        {checking ? 'Checking for duplicates…' : choice.kind === 'new' ? 'Register and open visit' : 'Open visit'}
      </button>
    </form>
  );
}
