import type { Auth, UserRecord } from 'firebase-admin/auth';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import type { AddStaffResult } from '@clinicflow/shared/callables';
import { newAccountDoc } from '@clinicflow/shared/documents';
import { paths } from '@clinicflow/shared/paths';
import { addStaffInputSchema, type AddStaffInput } from '@clinicflow/shared/validation';
import { auth, db } from '../db';
import { logs } from '../logs';
import { admission } from './admission';
import { newAccountId, unguessablePassword } from './credentials';
import { refuse } from './refusals';
import { staffCallable, type AdminCaller } from './staff-callable';
import { readMembership, updateStaffRecord, type StaffDecision } from './staff-record';

const hasCode = (err: unknown, code: string) => (err as { code?: unknown } | null)?.code === code;

async function userByEmail(authService: Auth, email: string): Promise<UserRecord | null> {
  try {
    return await authService.getUserByEmail(email);
  } catch (err) {
    if (hasCode(err, 'auth/user-not-found')) return null;
    throw err;
  }
}

/**
 * A new account for the email, owned by the clinic, or null when the email turned out to have one
 * (another add made it a moment ago). The registry entry is written before the Auth user, so an
 * account ClinicFlow made always has its owner on record, even if this call dies half-way: the
 * clinic's next try finds an account it owns and finishes the add. It starts disabled, with a
 * password nobody knows.
 */
async function createAccount(
  authService: Auth,
  firestore: Firestore,
  clinicId: string,
  input: AddStaffInput,
): Promise<UserRecord | null> {
  const uid = newAccountId();
  const accountRef = firestore.doc(paths.account(uid));
  await accountRef.create(newAccountDoc(clinicId, 0, FieldValue.serverTimestamp()));
  try {
    return await authService.createUser({
      uid,
      email: input.email,
      displayName: input.displayName,
      password: unguessablePassword(),
      disabled: true,
    });
  } catch (err) {
    await accountRef.delete();
    if (hasCode(err, 'auth/email-already-exists')) return null;
    throw err;
  }
}

/**
 * Before an existing account is enabled again: checked against the registry first (a refused add
 * changes nothing), then a new unguessable password and every session revoked, so neither an old
 * password nor a session from the last time carries over into the new role.
 */
async function resetForReadmission(
  authService: Auth,
  firestore: Firestore,
  clinicId: string,
  uid: string,
): Promise<void> {
  const { current, account } = await readMembership(firestore, clinicId, uid);
  const verdict = admission(clinicId, account, current);
  if (verdict === 'already-on-staff') throw refuse.alreadyOnStaff();
  if (verdict === 'refused') {
    logs.addRefused(clinicId, uid, account?.clinicId);
    throw refuse.cannotAdd();
  }
  await authService.updateUser(uid, { password: unguessablePassword() });
  await authService.revokeRefreshTokens(uid);
}

/** The account an add is for: a new one for an unknown email, or an existing one made ready to admit. */
async function accountToAdd(
  authService: Auth,
  firestore: Firestore,
  clinicId: string,
  input: AddStaffInput,
): Promise<UserRecord> {
  const existing = await userByEmail(authService, input.email);
  const created = existing ? null : await createAccount(authService, firestore, clinicId, input);
  if (created) return created;
  const user = existing ?? (await authService.getUserByEmail(input.email));
  await resetForReadmission(authService, firestore, clinicId, user.uid);
  return user;
}

/** The record an add writes, checked again inside the transaction: the registry may have moved since. */
function admitted(caller: AdminCaller, input: AddStaffInput, email: string): StaffDecision {
  return (_tx, current, account) => {
    const verdict = admission(caller.clinicId, account, current);
    if (verdict === 'already-on-staff') throw refuse.alreadyOnStaff();
    if (verdict === 'refused') throw refuse.cannotAdd();
    return { displayName: input.displayName, email, role: input.role, active: true };
  };
}

/**
 * Adds a member to the caller's clinic: a new account for an unknown email, or the clinic's own
 * former member back. Any other existing account is refused with one message. No password
 * travels back: the admin's browser asks Firebase to email the member a reset link.
 */
export const addStaff = staffCallable(
  'addStaff',
  addStaffInputSchema,
  async (caller, input): Promise<AddStaffResult> => {
    const authService = auth();
    const firestore = db();
    const user = await accountToAdd(authService, firestore, caller.clinicId, input);
    const email = user.email ?? input.email;
    const record = await updateStaffRecord(
      authService,
      firestore,
      caller.clinicId,
      user.uid,
      admitted(caller, input, email),
      {
        actor: caller.uid,
        takeOwnership: true,
      },
    );
    logs.staffWritten(caller.clinicId, user.uid, record.role, record.active);
    return { uid: user.uid };
  },
);
