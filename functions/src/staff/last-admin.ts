import type { Firestore, Transaction } from 'firebase-admin/firestore';
import type { StaffRecord } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { refuse } from './refusals';

type Standing = Pick<StaffRecord, 'role' | 'active'>;

const isActiveAdmin = (s: Standing) => s.active && s.role === 'admin';

/** Whether a change takes away someone's admin rights: only then can it leave a clinic with none. */
export const losesAdmin = (current: Standing, next: Standing): boolean =>
  isActiveAdmin(current) && !isActiveAdmin(next);

/**
 * Refuses a change that would leave the clinic without an active admin. The admins are read
 * through the transaction, so a concurrent demotion of the other one makes this one retry.
 */
export async function assertKeepsAnAdmin(
  tx: Transaction,
  db: Firestore,
  clinicId: string,
  uid: string,
  current: Standing,
  next: Standing,
): Promise<void> {
  if (!losesAdmin(current, next)) return;
  const admins = await tx.get(
    db.collection(paths.staff(clinicId)).where('role', '==', 'admin').where('active', '==', true),
  );
  if (admins.docs.every((doc) => doc.id === uid)) throw refuse.lastAdmin();
}
