import { Field } from '@/components/ui/field';
import { useI18n } from '@/lib/i18n';
import type { VisitDraft } from '../visit-draft';

export interface NewPatientFieldsProps {
  draft: Pick<VisitDraft, 'fullName' | 'phone' | 'dateOfBirth'>;
  errors: Record<string, string>;
  onEdit: (field: 'fullName' | 'phone' | 'dateOfBirth', value: string) => void;
  /** Phone and date of birth may stay empty: an emergency walk-in's, to be added later. */
  optionalDetails?: boolean;
  /** Registering: the way back to the search (a correction of a patient on file has none). */
  onBack?: () => void;
}

/** Name, phone and date of birth of a patient being registered with their first visit, or corrected. */
export function NewPatientFields({ draft, errors, onEdit, optionalDetails = false, onBack }: NewPatientFieldsProps) {
  const { t, invalid, calendarDate, todayKey } = useI18n();
  // The date is picked in the browser's own calendar, whose format this page cannot choose: the
  // hint names no format, and once a date is in it says that date in words, in the screen's language.
  const optional = optionalDetails ? t('field.optionalForEmergency') : undefined;
  const dateHint = draft.dateOfBirth ? calendarDate(draft.dateOfBirth) : (optional ?? t('field.dateOfBirthHint'));
  return (
    <div className="new-patient">
      {onBack && (
        <div className="new-patient__header">
          <span className="tag">{t('patient.new')}</span>
          <button className="button button--link" type="button" onClick={onBack}>
            {t('patient.backToSearch')}
          </button>
        </div>
      )}
      <Field label={t('field.fullName')} error={invalid(errors.fullName)}>
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
        <Field label={t('field.phone')} hint={optional} error={invalid(errors.phone)}>
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
        <Field label={t('field.dateOfBirth')} hint={dateHint} error={invalid(errors.dateOfBirth)}>
          {(control) => (
            <input
              {...control}
              type="date"
              max={todayKey()}
              value={draft.dateOfBirth}
              onChange={(e) => onEdit('dateOfBirth', e.target.value)}
            />
          )}
        </Field>
      </div>
    </div>
  );
}
