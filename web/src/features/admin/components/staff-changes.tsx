import type { StaffAuditDoc } from '@clinicflow/shared/model';
import { Loading } from '@/components/ui/loading';
import type { LiveQueryState } from '@/lib/live-query';
import { friendlyFirestoreError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n';
import { describeStaffChange } from '../staff-change-text';

interface StaffChangesProps {
  changes: LiveQueryState<StaffAuditDoc>;
  nameOf: (uid: string) => string | undefined;
  viewerUid: string;
  now: Date;
}

/** The latest staff changes, newest first: who changed whom, what, and when. */
export function StaffChanges({ changes, nameOf, viewerUid, now }: StaffChangesProps) {
  const { t, when } = useI18n();
  if (changes.status === 'loading') return <Loading label={t('admin.changes.loading')} compact />;
  if (changes.status === 'error' && changes.docs.length === 0) {
    return (
      <p className="notice notice--error" role="alert">
        {t('admin.changes.failed')} {changes.error ? t(friendlyFirestoreError(changes.error)) : ''}
      </p>
    );
  }
  if (changes.docs.length === 0) return <p className="muted">{t('admin.changes.none')}</p>;
  return (
    <ol className="staff-changes">
      {changes.docs.map((entry) => {
        const at = new Date(entry.at.toMillis());
        return (
          <li key={entry.id} className="staff-changes__entry">
            <time dateTime={at.toISOString()}>{when(at, now)}</time>
            <span>{describeStaffChange(entry, nameOf, viewerUid, t)}</span>
          </li>
        );
      })}
    </ol>
  );
}
