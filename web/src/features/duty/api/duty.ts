/**
 * Doctors' shifts (clinics/{c}/duty/{uid}): every doctor's, live, for the desk and the
 * dashboards; and the doctor's own, which only they write.
 */
import { doc, getDoc, serverTimestamp, setDoc, type FirestoreError } from 'firebase/firestore';
import { dutyDoc } from '@clinicflow/shared/documents';
import type { DutyDoc } from '@clinicflow/shared/model';
import { toQuery } from '@clinicflow/shared/firestore-query';
import { paths } from '@clinicflow/shared/paths';
import { queries } from '@clinicflow/shared/queries';
import { db, withId } from '@/lib/firestore';
import { useLiveQuery, type LiveQueryState } from '@/lib/live-query';

const converter = withId<DutyDoc>();

export function useDutyList(clinicId: string, onError: (error: FirestoreError) => void): LiveQueryState<DutyDoc> {
  return useLiveQuery(toQuery(db, queries.dutyList(clinicId)).withConverter(converter), onError);
}

export type OwnDuty = { state: 'on_duty' | 'paused'; room: string } | { state: 'off' };

/**
 * The doctor's own shift, under the name on their staff record (the rules compare it; the
 * member's own record is theirs to read). Settles when the server answers.
 */
export async function setOwnDuty(clinicId: string, uid: string, duty: OwnDuty): Promise<void> {
  const record = await getDoc(doc(db, paths.staff(clinicId), uid));
  const displayName = record.get('displayName') as unknown;
  if (typeof displayName !== 'string') throw new Error('No staff record to take the name from');
  await setDoc(doc(db, paths.duty(clinicId), uid), dutyDoc(duty, displayName, serverTimestamp()));
}

/** Every doctor's shift, live, with each doctor's name by uid (claimed visits show who and where). */
export function useDoctors(clinicId: string, onError: (error: FirestoreError) => void) {
  const duty = useDutyList(clinicId, onError);
  const names = new Map(duty.docs.map((d) => [d.id, d.displayName]));
  return { duty, names };
}
