import type { Auth } from 'firebase-admin/auth';
import { FieldValue, type Firestore, type Transaction } from 'firebase-admin/firestore';
import type { Role, StaffClaims, StaffDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';

export interface StaffRecord {
  displayName: string;
  email: string;
  role: Role;
  active: boolean;
}

/**
 * Decides a member's next record from the stored one, inside the transaction that writes it;
 * throws to refuse. Reads it makes through `tx` (the clinic's other admins, say) are checked
 * again at commit, so two admins cannot each demote the other and leave the clinic with none.
 */
export type StaffDecision = (tx: Transaction, current: StaffDoc | undefined) => Promise<StaffRecord> | StaffRecord;

/** An inactive member keeps no claims at all: the rules see them as a stranger. */
export function staffClaims(clinicId: string, record: StaffRecord): StaffClaims | null {
  return record.active ? { role: record.role, clinicId } : null;
}

export function recordOf(doc: StaffDoc): StaffRecord {
  return { displayName: doc.displayName, email: doc.email, role: doc.role, active: doc.active };
}

/**
 * Claims, account state and their Firestore mirror change together, here only: the callables,
 * the seed and the grant-admin CLI all come through this. The mirror's record is decided and
 * written in a transaction; then the account is enabled or disabled (and a deactivated
 * member's refresh tokens revoked), the claims set, and only then does `claimsUpdatedAt` move,
 * so a signed-in client that refreshes its token on that signal gets the new claims. Re-running
 * after a failure part-way finishes the job: every step writes a state, none adds to one.
 */
export async function updateStaffRecord(
  auth: Auth,
  db: Firestore,
  clinicId: string,
  uid: string,
  decide: StaffDecision,
): Promise<StaffRecord> {
  const ref = db.doc(`${paths.staff(clinicId)}/${uid}`);
  const record = await db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const current = snap.exists ? (snap.data() as StaffDoc) : undefined;
    const next = await decide(tx, current);
    tx.set(ref, { ...next, claimsUpdatedAt: current?.claimsUpdatedAt ?? FieldValue.serverTimestamp() });
    return next;
  });
  await auth.updateUser(uid, { disabled: !record.active });
  await auth.setCustomUserClaims(uid, staffClaims(clinicId, record));
  if (!record.active) await auth.revokeRefreshTokens(uid);
  await ref.update({ claimsUpdatedAt: FieldValue.serverTimestamp() });
  return record;
}

/** Writes a record as given, whatever is stored: for the seed and for bootstrapping an admin. */
export function writeStaffRecord(
  auth: Auth,
  db: Firestore,
  clinicId: string,
  uid: string,
  record: StaffRecord,
): Promise<StaffRecord> {
  return updateStaffRecord(auth, db, clinicId, uid, () => record);
}
