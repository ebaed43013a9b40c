import type { Auth } from 'firebase-admin/auth';
import { FieldValue, type DocumentReference, type Firestore } from 'firebase-admin/firestore';
import type { AccountDoc, StaffClaims, StaffDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { ACCOUNT_APPLY_ROUNDS } from '../config';
import { logs } from '../logs';

/** An account's Auth state, from its owner's staff record: an inactive member keeps no claims at all. */
export function accountClaims(owner: string | null, record: Pick<StaffDoc, 'role' | 'active'> | undefined) {
  return owner !== null && record?.active ? ({ role: record.role, clinicId: owner } satisfies StaffClaims) : null;
}

const hasCode = (err: unknown, code: string) => (err as { code?: unknown } | null)?.code === code;

async function readAccount(ref: DocumentReference): Promise<AccountDoc | undefined> {
  return (await ref.get()).data() as AccountDoc | undefined;
}

/**
 * Makes the Auth account (disabled, claims, sessions) match its owner's latest staff record.
 *
 * Auth has no transactions, so two changes that each commit their record and then write Auth can
 * land their Auth writes in either order. Every change moves the registry's version in the
 * transaction that writes the record; here the registry is read first, then the record, the state
 * applied, and the version read again. If it moved, a newer record exists whose writer may have
 * applied it before this round's writes: apply again. The round that finds the version still is
 * the last writer any caller makes after the newest commit, so the account ends as that record
 * says, whatever order the racing calls run in.
 *
 * Then the record's claimsUpdatedAt moves, so the member's client fetches a token with the new claims.
 */
export async function applyAccount(auth: Auth, db: Firestore, uid: string): Promise<void> {
  const accountRef = db.doc(paths.account(uid));
  let account = await readAccount(accountRef);
  for (let round = 1; account; round++) {
    const recordRef = account.clinicId === null ? null : db.doc(`${paths.staff(account.clinicId)}/${uid}`);
    const record = recordRef ? ((await recordRef.get()).data() as StaffDoc | undefined) : undefined;
    const claims = accountClaims(account.clinicId, record);
    try {
      await auth.updateUser(uid, { disabled: claims === null });
      await auth.setCustomUserClaims(uid, claims);
      if (!claims) await auth.revokeRefreshTokens(uid);
    } catch (err) {
      // Deleted in the console, or its creation is still under way: there is nothing to apply to.
      if (!hasCode(err, 'auth/user-not-found')) throw err;
      logs.accountMissing(uid);
      return;
    }
    const latest = await readAccount(accountRef);
    if (latest?.version === account.version && latest.clinicId === account.clinicId) {
      if (recordRef && record) await recordRef.update({ claimsUpdatedAt: FieldValue.serverTimestamp() });
      logs.accountApplied(uid, account.version, round);
      return;
    }
    if (round >= ACCOUNT_APPLY_ROUNDS) throw new Error(`account ${uid} kept changing while its state was applied`);
    account = latest;
  }
}
