import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { paths } from '@clinicflow/shared/paths';
import { transitionUpdate } from '@clinicflow/shared/transitions';

const HELD: readonly string[] = ['called', 'in_review'];

/**
 * Hands every visit the member holds (called or in review) back to the queue, stamped as the acting admin's
 * change, so the status-change trigger audits it and moves the day's figures like a doctor's own
 * "return". Each visit in its own transaction: one that was completed or returned meanwhile is
 * left as it is. Safe to run again.
 */
export async function returnClaimedVisits(db: Firestore, clinicId: string, memberUid: string, by: string) {
  const claimed = await db
    .collection(paths.visits(clinicId))
    .where('status', 'in', HELD)
    .where('claimedBy', '==', memberUid)
    .get();
  let returned = 0;
  for (const visit of claimed.docs) {
    const done = await db.runTransaction(async (tx) => {
      const fresh = await tx.get(visit.ref);
      if (!HELD.includes(fresh.get('status') as string) || fresh.get('claimedBy') !== memberUid) return false;
      tx.update(visit.ref, transitionUpdate('return', by, FieldValue.serverTimestamp()));
      return true;
    });
    if (done) returned++;
  }
  return returned;
}
