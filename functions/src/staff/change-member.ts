import type { StaffDoc, StaffRecord } from '@clinicflow/shared/model';
import { auth, db } from '../db';
import { logs } from '../logs';
import { assertKeepsAnAdmin } from './last-admin';
import { refuse } from './refusals';
import type { AdminCaller } from './staff-callable';
import { updateStaffRecord } from './staff-record';

/**
 * Changes an existing member of the caller's clinic: `next` gives their new record from the
 * stored one (or throws a refusal), and the change is refused when it would leave the clinic
 * without an active admin. A uid that is not on this clinic's staff is simply not found, so an
 * admin learns nothing about other clinics. The change is audited, and reaches the Auth account
 * only when this clinic owns it (updateStaffRecord).
 */
export async function changeMember(
  caller: AdminCaller,
  uid: string,
  next: (current: StaffDoc) => StaffRecord,
): Promise<StaffRecord> {
  const firestore = db();
  const record = await updateStaffRecord(
    auth(),
    firestore,
    caller.clinicId,
    uid,
    async (tx, current) => {
      if (!current) throw refuse.notOnStaff();
      const changed = next(current);
      await assertKeepsAnAdmin(tx, firestore, caller.clinicId, uid, current, changed);
      return changed;
    },
    { actor: caller.uid },
  );
  logs.staffWritten(caller.clinicId, uid, record.role, record.active);
  return record;
}
