import { useState, type SyntheticEvent } from 'react';
import toast from 'react-hot-toast';
import { DEFAULT_DAY_END } from '@clinicflow/shared/clinic-time';
import { dayEndsAtSchema } from '@clinicflow/shared/validation';
import { Field } from '@/components/ui/field';
import { setClinicDayEnd } from '@/features/clinic/api/clinic';
import { friendlyFirestoreError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n';

/**
 * When the clinic day ends: tickets start again from A-001, the desk's queue and the dashboards
 * turn to the new day, and what was left open is closed. Checked with the shared schema before it
 * is sent (the rules check the same); shown as saved only when the server took it.
 */
export function DayEndSetting({ clinicId, dayEndsAt }: { clinicId: string; dayEndsAt: string | undefined }) {
  const { t, invalid } = useI18n();
  const saved = dayEndsAt ?? DEFAULT_DAY_END;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const value = draft ?? saved;

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const parsed = dayEndsAtSchema.safeParse(value);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    try {
      await setClinicDayEnd(clinicId, parsed.data);
      setDraft(null);
      toast.success(t('admin.dayEnd.saved', { time: parsed.data }));
    } catch (err) {
      toast.error(t('admin.dayEnd.failed', { reason: t(friendlyFirestoreError(err)) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="day-end" onSubmit={(e) => void onSubmit(e)} noValidate>
      <Field label={t('admin.dayEnd.label')} hint={t('admin.dayEnd.hint')} error={invalid(error)}>
        {(control) => (
          <input
            {...control}
            type="time"
            min="00:00"
            max="11:59"
            value={value}
            disabled={busy}
            onChange={(e) => {
              setDraft(e.target.value);
              setError(undefined);
            }}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={busy || value === saved}>
        {t('admin.dayEnd.save')}
      </button>
    </form>
  );
}
