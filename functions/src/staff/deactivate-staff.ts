import type { DeactivateStaffResult } from '@clinicflow/shared/callables';
import { deactivateStaffInputSchema } from '@clinicflow/shared/validation';
import { changeMember } from './change-member';
import { staffCallable } from './staff-callable';
import { recordOf } from './staff-record';

/**
 * Takes a member off the clinic: account disabled, refresh tokens revoked, claims cleared, mirror
 * inactive. Deactivating someone already inactive re-applies all of that, so a retry after a
 * part-way failure completes it. The last admin cannot be deactivated.
 */
export const deactivateStaff = staffCallable(
  'deactivateStaff',
  deactivateStaffInputSchema,
  async (caller, input): Promise<DeactivateStaffResult> => {
    await changeMember(caller, input.uid, (current) => ({ ...recordOf(current), active: false }));
    return { uid: input.uid, active: false };
  },
);
