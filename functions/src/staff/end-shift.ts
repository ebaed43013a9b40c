import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { paths } from '@clinicflow/shared/paths';

/**
 * Ends the member's shift, if they have one, so colleagues stop seeing them on duty (the rules
 * already refuse a transfer to a member no longer active). Safe to run again.
 */
export async function endShift(db: Firestore, clinicId: string, memberUid: string): Promise<void> {
  const ref = db.doc(`${paths.duty(clinicId)}/${memberUid}`);
  await db.runTransaction(async (tx) => {
    const shift = await tx.get(ref);
    if (shift.exists && shift.get('state') !== 'off') {
      tx.update(ref, { state: 'off', room: null, since: FieldValue.serverTimestamp() });
    }
  });
}
