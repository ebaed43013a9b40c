import type { DeactivateStaffResult } from '@clinicflow/shared/callables';
import { deactivateStaffInputSchema } from '@clinicflow/shared/validation';
import { auth, db } from '../db';
import { logs } from '../logs';
import { assertKeepsAnAdmin } from './last-admin';
import { refuse } from './refusals';
import { staffCallable } from './staff-callable';
import { recordOf, updateStaffRecord } from './staff-record';

/**
 * Takes a member off the clinic: account disabled, refresh tokens revoked, claims cleared, mirror
 * inactive. Deactivating someone already inactive re-applies all of that, so a retry after a
 * part-way failure completes it. The last admin cannot be deactivated.
 */
export const deactivateStaff = staffCallable(
  'deactivateStaff',
  deactivateStaffInputSchema,
  async (caller, input): Promise<DeactivateStaffResult> => {
    const firestore = db();
    const record = await updateStaffRecord(auth(), firestore, caller.clinicId, input.uid, async (tx, current) => {
      if (!current) throw refuse.notOnStaff();
      const next = { ...recordOf(current), active: false };
      await assertKeepsAnAdmin(tx, firestore, caller.clinicId, input.uid, current, next);
      return next;
    });
    logs.staffWritten(caller.clinicId, input.uid, record.role, record.active);
    return { uid: input.uid, active: false };
  },
);
