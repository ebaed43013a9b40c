import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { PRIORITIES, type Priority } from '@clinicflow/shared/model';
import type { PatientInput } from '@clinicflow/shared/validation';
import type { OpenVisitRequest } from '@/features/visits/api/visits';
import { PRIORITY_LABELS } from '@/features/visits/labels';
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

  const fieldProps = (field: keyof VisitDraft) => ({
    id: `${ids}-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby': errors[field] ? `${ids}-${field}-error` : undefined,
  });
  const fieldError = (field: string) =>
    errors[field] ? (
      <p id={`${ids}-${field}-error`} className="field__error">
        {errors[field]}
      </p>
    ) : null;

  const today = new Date().toISOString().slice(0, 10);
  return (
    <form className="new-visit" onSubmit={onSubmit} noValidate aria-label="New visit">
      <fieldset className="step">
        <legend className="step__title">
          <span className="step__number" aria-hidden="true">
            1
          </span>
          Patient
        </legend>
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
              <div className="muted">
                {[
                  choice.patient.dateOfBirth && `Born ${formatDateOfBirth(choice.patient.dateOfBirth)}`,
                  choice.patient.phone,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
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
            <div className="field">
              <label htmlFor={`${ids}-fullName`}>Full name</label>
              <input
                {...fieldProps('fullName')}
                value={draft.fullName}
                onChange={(e) => set('fullName', e.target.value)}
                autoComplete="off"
                autoFocus
              />
              {fieldError('fullName')}
            </div>
            <div className="field-row">
              <div className="field">
                <label htmlFor={`${ids}-phone`}>Phone</label>
                <input
                  {...fieldProps('phone')}
                  type="tel"
                  value={draft.phone}
                  onChange={(e) => set('phone', e.target.value)}
                  autoComplete="off"
                />
                {fieldError('phone')}
              </div>
              <div className="field">
                <label htmlFor={`${ids}-dateOfBirth`}>Date of birth</label>
                <input
                  {...fieldProps('dateOfBirth')}
                  type="date"
                  max={today}
                  value={draft.dateOfBirth}
                  onChange={(e) => set('dateOfBirth', e.target.value)}
                />
                {fieldError('dateOfBirth')}
              </div>
            </div>
          </div>
        )}
      </fieldset>

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
                  <span className="muted">
                    {' '}
                    · {[p.dateOfBirth && formatDateOfBirth(p.dateOfBirth), p.phone].filter(Boolean).join(' · ')}
                  </span>
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

      <fieldset className="step">
        <legend className="step__title">
          <span className="step__number" aria-hidden="true">
            2
          </span>
          Visit
        </legend>
        <div className="field">
          <label htmlFor={`${ids}-reason`}>Reason for the visit</label>
          <textarea
            {...fieldProps('reason')}
            rows={2}
            value={draft.reason}
            onChange={(e) => set('reason', e.target.value)}
          />
          {fieldError('reason')}
        </div>
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
          {fieldError('priority')}
        </div>
      </fieldset>

      <button className="button button--primary button--block button--large" type="submit" disabled={checking}>
        {checking ? 'Checking for duplicates…' : choice.kind === 'new' ? 'Register and open visit' : 'Open visit'}
      </button>
    </form>
  );
}
