/** The clinic's staff-change audit trail (written by the staff callables), live for the admin. */
import type { FirestoreError } from 'firebase/firestore';
import type { StaffAuditDoc } from '@clinicflow/shared/model';
import { toQuery } from '@clinicflow/shared/firestore-query';
import { queries } from '@clinicflow/shared/queries';
import { db, withId } from '@/lib/firestore';
import { useLiveQuery, type LiveQueryState } from '@/lib/live-query';

const converter = withId<StaffAuditDoc>();

/** The latest staff changes, newest first. */
export function useStaffChanges(
  clinicId: string,
  onError: (error: FirestoreError) => void,
): LiveQueryState<StaffAuditDoc> {
  return useLiveQuery(toQuery(db, queries.staffChanges(clinicId)).withConverter(converter), onError);
}
