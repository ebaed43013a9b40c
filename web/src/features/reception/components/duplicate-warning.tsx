import { useI18n } from '@/lib/i18n';
import { patientFacts, type PatientSummary } from '../visit-draft';
import { InQueueNote, type InQueue } from './in-queue-note';

export interface DuplicateWarningProps {
  patients: PatientSummary[];
  onUse: (patient: PatientSummary) => void;
  onRegisterAnyway: () => void;
  inQueue?: InQueue | undefined;
}

/** Patients already on file with the new patient's name and date of birth: use one, or register anyway. */
export function DuplicateWarning({ patients, onUse, onRegisterAnyway, inQueue }: DuplicateWarningProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="duplicate" role="alert">
      <p className="duplicate__title">{t('duplicate.title')}</p>
      <p>{t('duplicate.body', { count: patients.length })}</p>
      <ul className="duplicate__list">
        {patients.map((p) => {
          const queued = inQueue?.(p.id);
          return (
            <li key={p.id}>
              <span>
                <strong>{p.fullName}</strong>
                <span className="muted"> · {patientFacts(p, i18n)}</span>
                {queued && <InQueueNote row={queued} />}
              </span>
              <button className="button button--small button--primary" type="button" onClick={() => onUse(p)}>
                {t('duplicate.use')}
              </button>
            </li>
          );
        })}
      </ul>
      <button className="button button--small" type="button" onClick={onRegisterAnyway}>
        {t('duplicate.registerAnyway')}
      </button>
    </div>
  );
}
