import { Field } from '@/components/ui/field';
import type { VisitDraft } from '../visit-draft';

export interface NewPatientFieldsProps {
  draft: VisitDraft;
  errors: Record<string, string>;
  onEdit: (field: keyof VisitDraft, value: string) => void;
  onBack: () => void;
}

/** Name, phone and date of birth of a patient being registered with their first visit. */
export function NewPatientFields({ draft, errors, onEdit, onBack }: NewPatientFieldsProps) {
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="new-patient">
      <div className="new-patient__header">
        <span className="tag">New patient</span>
        <button className="button button--link" type="button" onClick={onBack}>
          Back to search
        </button>
      </div>
      <Field label="Full name" error={errors.fullName}>
        {(control) => (
          <input
            {...control}
            value={draft.fullName}
            onChange={(e) => onEdit('fullName', e.target.value)}
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
              onChange={(e) => onEdit('phone', e.target.value)}
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
              onChange={(e) => onEdit('dateOfBirth', e.target.value)}
            />
          )}
        </Field>
      </div>
    </div>
  );
}
