import type { StaffAuditDoc } from '@clinicflow/shared/model';
import { Loading } from '@/components/ui/loading';
import type { LiveQueryState } from '@/lib/live-query';
import { friendlyFirestoreError } from '@/lib/errors';
import { formatWhen } from '@/lib/time';
import { describeStaffChange } from '../staff-change-text';

interface StaffChangesProps {
  changes: LiveQueryState<StaffAuditDoc>;
  nameOf: (uid: string) => string | undefined;
  viewerUid: string;
  now: Date;
}

/** The latest staff changes, newest first: who changed whom, what, and when. */
export function StaffChanges({ changes, nameOf, viewerUid, now }: StaffChangesProps) {
  if (changes.status === 'loading') return <Loading label="Loading staff changes…" compact />;
  if (changes.status === 'error' && changes.docs.length === 0) {
    return (
      <p className="notice notice--error" role="alert">
        Staff changes could not be loaded. {changes.error ? friendlyFirestoreError(changes.error) : ''}
      </p>
    );
  }
  if (changes.docs.length === 0) return <p className="muted">No staff changes yet.</p>;
  return (
    <ol className="staff-changes">
      {changes.docs.map((entry) => {
        const at = new Date(entry.at.toMillis());
        return (
          <li key={entry.id} className="staff-changes__entry">
            <time dateTime={at.toISOString()}>{formatWhen(at, now)}</time>
            <span>{describeStaffChange(entry, nameOf, viewerUid)}</span>
          </li>
        );
      })}
    </ol>
  );
}
