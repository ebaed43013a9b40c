import { LANGUAGES } from '@clinicflow/shared/model';
import { useI18n } from '@/lib/i18n';
import { isLanguage } from '@/lib/language';

/** The screen's language, chosen for this device (it wins over the clinic's default); each named in itself. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <select
      className={`select--compact language-switch${className ? ` ${className}` : ''}`}
      aria-label={t('language.label')}
      value={language}
      onChange={(e) => {
        if (isLanguage(e.target.value)) setLanguage(e.target.value);
      }}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {t(`language.${l}`)}
        </option>
      ))}
    </select>
  );
}
