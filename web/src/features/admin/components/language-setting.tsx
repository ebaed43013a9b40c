import { useState } from 'react';
import toast from 'react-hot-toast';
import { LANGUAGES, type Language } from '@clinicflow/shared/model';
import { setClinicLanguage } from '@/features/clinic/api/clinic';
import { friendlyFirestoreError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n';
import { isLanguage } from '@/lib/language';

/**
 * The clinic's default language: every screen of the clinic speaks it unless that device chose
 * its own. Saved to the clinic document (the rules let its admin change this field alone); the
 * choice shows as saved only when the server took it.
 */
export function LanguageSetting({ clinicId, language }: { clinicId: string; language: Language }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);

  async function onChange(next: Language) {
    setBusy(true);
    try {
      await setClinicLanguage(clinicId, next);
      toast.success(t('admin.language.saved', { language: t(`language.${next}`) }));
    } catch (err) {
      toast.error(t('admin.language.failed', { reason: t(friendlyFirestoreError(err)) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field">
      <label htmlFor="clinic-language">{t('admin.language.label')}</label>
      <select
        id="clinic-language"
        value={language}
        disabled={busy}
        aria-describedby="clinic-language-hint"
        onChange={(e) => {
          if (isLanguage(e.target.value)) void onChange(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
      <p id="clinic-language-hint" className="muted">
        {t('admin.language.hint')}
      </p>
    </div>
  );
}
