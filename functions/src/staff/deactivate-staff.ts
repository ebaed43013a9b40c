import type { DeactivateStaffResult } from '@clinicflow/shared/callables';
import { deactivateStaffInputSchema } from '@clinicflow/shared/validation';
import { db } from '../db';
import { logs } from '../logs';
import { changeMember } from './change-member';
import { endShift } from './end-shift';
import { returnClaimedVisits } from './return-claims';
import { staffCallable } from './staff-callable';
import { recordOf } from './staff-record';

/**
 * Takes a member off the clinic: record inactive and, when the clinic owns the account, account
 * disabled, refresh tokens revoked, claims cleared; then the visits they held (called or in
 * review) go back to the queue and their shift ends. Deactivating someone already inactive re-applies all of that, so a retry after a
 * part-way failure completes it. The last admin cannot be deactivated.
 */
export const deactivateStaff = staffCallable(
  'deactivateStaff',
  deactivateStaffInputSchema,
  async (caller, input): Promise<DeactivateStaffResult> => {
    await changeMember(caller, input.uid, (current) => ({ ...recordOf(current), active: false }));
    const returned = await returnClaimedVisits(db(), caller.clinicId, input.uid, caller.uid);
    if (returned > 0) logs.claimsReturned(caller.clinicId, input.uid, returned);
    await endShift(db(), caller.clinicId, input.uid);
    return { uid: input.uid, active: false };
  },
);
