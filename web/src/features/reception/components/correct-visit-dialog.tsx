import { useEffect, useId, useRef, useState, type SyntheticEvent } from 'react';
import { Field } from '@/components/ui/field';
import { useI18n } from '@/lib/i18n';
import { checkCorrection, type CorrectionDraft } from '../correction';
import { NewPatientFields } from './new-patient-fields';
import { PriorityPicker } from './priority-picker';

export interface CorrectVisitDialogProps {
  ticket: string;
  original: CorrectionDraft;
  onSave: (change: Exclude<ReturnType<typeof checkCorrection>, { ok: false }>) => Promise<void>;
  onClose: () => void;
}

/**
 * Corrects a waiting visit and its patient on the native <dialog>: the patient's name, phone and
 * date of birth, the visit's reason and priority. Checked like a registration; what was typed
 * stays until it is saved.
 */
export function CorrectVisitDialog({ ticket, original, onSave, onClose }: CorrectVisitDialogProps) {
  const { t, invalid } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [draft, setDraft] = useState(original);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const edit = (field: keyof CorrectionDraft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => key !== field)));
  };

  async function submit(e: SyntheticEvent) {
    e.preventDefault();
    const check = checkCorrection(draft, original);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setSaving(true);
    try {
      await onSave(check);
    } finally {
      setSaving(false);
    }
  }

  return (
    <dialog
      ref={ref}
      className="dialog dialog--form"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={titleId}>{t('correct.title', { ticket })}</h2>
        <fieldset className="dialog__section">
          <legend>{t('correct.patient')}</legend>
          <NewPatientFields draft={draft} errors={errors} onEdit={edit} />
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
          <button className="button button--primary" type="submit" disabled={saving}>
            {saving ? t('correct.saving') : t('correct.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
