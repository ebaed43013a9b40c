import type { ChangeStaffRoleResult } from '@clinicflow/shared/callables';
import { changeRoleInputSchema } from '@clinicflow/shared/validation';
import { auth, db } from '../db';
import { logs } from '../logs';
import { assertKeepsAnAdmin } from './last-admin';
import { refuse } from './refusals';
import { staffCallable } from './staff-callable';
import { recordOf, updateStaffRecord } from './staff-record';

/** Gives an active member of the caller's clinic another role; the last admin keeps theirs. */
export const changeStaffRole = staffCallable(
  'changeStaffRole',
  changeRoleInputSchema,
  async (caller, input): Promise<ChangeStaffRoleResult> => {
    const firestore = db();
    const record = await updateStaffRecord(auth(), firestore, caller.clinicId, input.uid, async (tx, current) => {
      if (!current) throw refuse.notOnStaff();
      if (!current.active) throw refuse.deactivated();
      const next = { ...recordOf(current), role: input.role };
      await assertKeepsAnAdmin(tx, firestore, caller.clinicId, input.uid, current, next);
      return next;
    });
    logs.staffWritten(caller.clinicId, input.uid, record.role, record.active);
    return { uid: input.uid, role: record.role };
  },
);
