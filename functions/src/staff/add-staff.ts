import type { Auth, UserRecord } from 'firebase-admin/auth';
import type { AddStaffResult } from '@clinicflow/shared/callables';
import { parseStaffClaims } from '@clinicflow/shared/claims';
import { addStaffInputSchema, type AddStaffInput } from '@clinicflow/shared/validation';
import { auth, db } from '../db';
import { logs } from '../logs';
import { refuse } from './refusals';
import { staffCallable } from './staff-callable';
import { updateStaffRecord } from './staff-record';

const hasCode = (err: unknown, code: string) => (err as { code?: unknown } | null)?.code === code;

/** The Auth user with this email, created (without a password) when there is none. */
async function findOrCreateUser(authService: Auth, input: AddStaffInput): Promise<UserRecord> {
  try {
    return await authService.getUserByEmail(input.email);
  } catch (err) {
    if (!hasCode(err, 'auth/user-not-found')) throw err;
  }
  try {
    return await authService.createUser({ email: input.email, displayName: input.displayName });
  } catch (err) {
    // Another admin's request created it a moment ago: carry on with that user.
    if (!hasCode(err, 'auth/email-already-exists')) throw err;
    return authService.getUserByEmail(input.email);
  }
}

/**
 * Adds a member to the caller's clinic: a new Auth user, or an existing one who belongs to no
 * clinic (a former member comes back this way). Someone on another clinic's staff is refused.
 */
export const addStaff = staffCallable(
  'addStaff',
  addStaffInputSchema,
  async (caller, input): Promise<AddStaffResult> => {
    const authService = auth();
    const user = await findOrCreateUser(authService, input);
    const claims = parseStaffClaims(user.customClaims ?? {});
    if (claims && claims.clinicId !== caller.clinicId) throw refuse.otherClinic();
    const email = user.email ?? input.email;
    const record = await updateStaffRecord(authService, db(), caller.clinicId, user.uid, (_tx, current) => {
      if (current?.active) throw refuse.alreadyOnStaff();
      return { displayName: input.displayName, email, role: input.role, active: true };
    });
    const passwordSetupLink = await authService.generatePasswordResetLink(email);
    logs.staffWritten(caller.clinicId, user.uid, record.role, record.active);
    return { uid: user.uid, passwordSetupLink };
  },
);
