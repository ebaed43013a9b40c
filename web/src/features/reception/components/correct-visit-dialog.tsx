import { useId, useState, type SyntheticEvent } from 'react';
import { Field } from '@/components/ui/field';
import { Modal } from '@/components/ui/modal';
import { useI18n } from '@/lib/i18n';
import { checkCorrection, type CorrectionDraft } from '../correction';
import { NewPatientFields } from './new-patient-fields';
import { PriorityPicker } from './priority-picker';

export interface CorrectVisitDialogProps {
  ticket: string;
  original: CorrectionDraft;
  onSave: (change: Exclude<ReturnType<typeof checkCorrection>, { ok: false }>) => void;
  onClose: () => void;
}

/**
 * Corrects a waiting visit and its patient on the native <dialog>: the patient's name, phone and
 * date of birth, the visit's reason and priority. Checked like a registration; what was typed
 * stays until it is saved.
 */
export function CorrectVisitDialog({ ticket, original, onSave, onClose }: CorrectVisitDialogProps) {
  const { t, invalid } = useI18n();
  const titleId = useId();
  const [draft, setDraft] = useState(original);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const edit = (field: keyof CorrectionDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== field)));
  };

  function submit(e: SyntheticEvent) {
    e.preventDefault();
    const check = checkCorrection(draft, original);
    if (check.ok) onSave(check);
    else setErrors(check.errors);
  }

  return (
    <Modal className="dialog dialog--form" labelledBy={titleId} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id={titleId}>{t('correct.title', { ticket })}</h2>
        <fieldset className="dialog__section">
          <legend>{t('correct.patient')}</legend>
          <NewPatientFields
            draft={draft}
            errors={errors}
            onEdit={edit}
            optionalDetails={!original.phone || !original.dateOfBirth}
          />
        </fieldset>
        <fieldset className="dialog__section">
          <legend>{t('correct.visit')}</legend>
          <Field label={t('field.reason')} error={invalid(errors.reason)}>
            {(control) => (
              <textarea {...control} rows={2} value={draft.reason} onChange={(e) => edit('reason', e.target.value)} />
            )}
          </Field>
          <PriorityPicker
            value={draft.priority}
            error={invalid(errors.priority)}
            onChange={(p) => edit('priority', p)}
          />
        </fieldset>
        <div className="dialog__actions">
          <button className="button" type="button" onClick={onClose}>
            {t('correct.keep')}
          </button>
          <button className="button button--primary" type="submit">
            {t('correct.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
