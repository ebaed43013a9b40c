/**
 * The staff mirror: the admin's live list, and each member's own record (to notice a role
 * change). Changes go through the callables, never straight to Firestore.
 */
import { collection, doc, onSnapshot, type FirestoreError } from 'firebase/firestore';
import type { StaffDoc } from '@clinicflow/shared/model';
import { toQuery } from '@clinicflow/shared/firestore-query';
import { paths } from '@clinicflow/shared/paths';
import { queries } from '@clinicflow/shared/queries';
import { db, withId } from '@/lib/firestore';
import { useLiveQuery, type LiveQueryState } from '@/lib/live-query';

const converter = withId<StaffDoc>();

/** The clinic's staff, live; `clinicId` null: no listener (a screen the admin shares with other roles). */
export function useStaffList(
  clinicId: string | null,
  onError: (error: FirestoreError) => void,
): LiveQueryState<StaffDoc> {
  return useLiveQuery(
    clinicId === null ? null : toQuery(db, queries.staffList(clinicId)).withConverter(converter),
    onError,
  );
}

/**
 * Calls `onClaimsChanged` whenever the member's claimsUpdatedAt moves after the first reading.
 * Errors are expected here (a new role or clinic may no longer read this record) and end the watch.
 */
export function watchOwnClaimsStamp(clinicId: string, uid: string, onClaimsChanged: () => void): () => void {
  let seen: number | null = null;
  return onSnapshot(
    doc(collection(db, paths.staff(clinicId)), uid).withConverter(converter),
    (snapshot) => {
      const stamp = snapshot.data()?.claimsUpdatedAt.toMillis() ?? 0;
      if (seen !== null && stamp !== seen) onClaimsChanged();
      seen = stamp;
    },
    (error: FirestoreError) => console.info('Stopped watching own staff record:', error.code),
  );
}
