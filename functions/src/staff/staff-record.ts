import type { Auth } from 'firebase-admin/auth';
import { FieldValue, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { newAccountDoc, newStaffDoc } from '@clinicflow/shared/documents';
import type { AccountDoc, StaffDoc, StaffRecord } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { applyAccount } from './apply-account';
import { staffAuditEntry } from './staff-audit';

/**
 * Decides a member's next record from the stored one and the account's registry entry, inside the
 * transaction that writes it; throws to refuse. Reads it makes through `tx` (the clinic's other
 * admins, say) are checked again at commit, so two admins cannot each demote the other and leave
 * the clinic with none.
 */
export type StaffDecision = (
  tx: Transaction,
  current: StaffDoc | undefined,
  account: AccountDoc | undefined,
) => Promise<StaffRecord> | StaffRecord;

export interface StaffUpdateOptions {
  /** The acting admin's uid: the change is audited in the clinic's staffAudit. Admin tooling passes none. */
  actor?: string;
  /**
   * This change makes the clinic the account's owner: addStaff, once `admission` allowed it, and
   * admin tooling. Any other change reaches the Auth account only when the clinic already owns it.
   */
  takeOwnership?: boolean;
}

/** A member's record in one clinic and the account's registry entry, read together, in `tx` when given. */
export async function readMembership(
  db: Firestore,
  clinicId: string,
  uid: string,
  tx?: Transaction,
): Promise<{ current: StaffDoc | undefined; account: AccountDoc | undefined }> {
  const read = (path: string) => (tx ? tx.get(db.doc(path)) : db.doc(path).get());
  const [record, account] = await Promise.all([read(`${paths.staff(clinicId)}/${uid}`), read(paths.account(uid))]);
  return { current: record.data() as StaffDoc | undefined, account: account.data() as AccountDoc | undefined };
}

export function recordOf(doc: StaffDoc): StaffRecord {
  return { displayName: doc.displayName, email: doc.email, role: doc.role, active: doc.active };
}

/**
 * Staff records, the account registry and the Auth account change together, here only: the
 * callables, the seed and the grant-admin CLI all come through this. One transaction decides and
 * writes the clinic's record, its audit entry and, when the clinic owns the account, the
 * registry's next version. Only the owner's change then reaches Auth (applyAccount): a clinic
 * holding a former member's record changes that record and nothing else. Re-running after a
 * failure part-way finishes the job: every step writes a state, none adds to one.
 */
export async function updateStaffRecord(
  auth: Auth,
  db: Firestore,
  clinicId: string,
  uid: string,
  decide: StaffDecision,
  options: StaffUpdateOptions = {},
): Promise<StaffRecord> {
  const recordRef = db.doc(`${paths.staff(clinicId)}/${uid}`);
  const accountRef = db.doc(paths.account(uid));
  const { record, owned } = await db.runTransaction(async (tx) => {
    const { current, account } = await readMembership(db, clinicId, uid, tx);
    const next = await decide(tx, current, account);
    const owns = options.takeOwnership === true || account?.clinicId === clinicId;

    tx.set(recordRef, newStaffDoc(next, current?.claimsUpdatedAt ?? FieldValue.serverTimestamp()));
    if (owns) tx.set(accountRef, newAccountDoc(clinicId, (account?.version ?? 0) + 1, FieldValue.serverTimestamp()));
    const audit = options.actor && staffAuditEntry(options.actor, uid, current, next, FieldValue.serverTimestamp());
    if (audit) tx.create(db.collection(paths.staffAudit(clinicId)).doc(), audit);
    return { record: next, owned: owns };
  });
  if (owned) await applyAccount(auth, db, uid);
  return record;
}

/** Writes a record as given and takes the account for the clinic: for the seed and for bootstrapping an admin. */
export function writeStaffRecord(
  auth: Auth,
  db: Firestore,
  clinicId: string,
  uid: string,
  record: StaffRecord,
): Promise<StaffRecord> {
  return updateStaffRecord(auth, db, clinicId, uid, () => record, { takeOwnership: true });
}
