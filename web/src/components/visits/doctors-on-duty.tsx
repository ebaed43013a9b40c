import type { DutyDoc, WithId } from '@clinicflow/shared/model';
import { useI18n } from '@/lib/i18n';

/** The doctors on duty or paused, each with their room; `empty` when there are none. */
export function DoctorsOnDuty({ doctors, empty }: { doctors: readonly WithId<DutyDoc>[]; empty: string }) {
  const { t } = useI18n();
  const present = doctors.filter((d) => d.state !== 'off');
  if (present.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="colleagues" aria-label={t('duty.colleagues')}>
      {present.map((d) => (
        <li key={d.id} className={`colleagues__item colleagues__item--${d.state}`}>
          {t('duty.colleague', { name: d.displayName, room: d.room ?? '', state: d.state })}
        </li>
      ))}
    </ul>
  );
}
