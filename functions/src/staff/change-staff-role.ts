import type { ChangeStaffRoleResult } from '@clinicflow/shared/callables';
import { changeRoleInputSchema } from '@clinicflow/shared/validation';
import { changeMember } from './change-member';
import { refuse } from './refusals';
import { staffCallable } from './staff-callable';
import { recordOf } from './staff-record';

/** Gives an active member of the caller's clinic another role; the last admin keeps theirs. */
export const changeStaffRole = staffCallable(
  'changeStaffRole',
  changeRoleInputSchema,
  async (caller, input): Promise<ChangeStaffRoleResult> => {
    const record = await changeMember(caller, input.uid, (current) => {
      if (!current.active) throw refuse.deactivated();
      return { ...recordOf(current), role: input.role };
    });
    return { uid: input.uid, role: record.role };
  },
);
