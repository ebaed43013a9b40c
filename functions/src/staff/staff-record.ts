import type { Auth } from 'firebase-admin/auth';
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import type { Role, StaffClaims, StaffDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';

export interface StaffRecord {
  displayName: string;
  email: string;
  role: Role;
  active: boolean;
}

/**
 * Claims and their Firestore mirror change together, here only: the callables, the seed and the
 * grant-admin CLI all come through this. An inactive member keeps no claims at all, so the
 * rules see them as a stranger even before their revoked token expires.
 */
export async function writeStaffRecord(
  auth: Auth,
  db: Firestore,
  clinicId: string,
  uid: string,
  record: StaffRecord,
): Promise<void> {
  const claims: StaffClaims | null = record.active ? { role: record.role, clinicId } : null;
  await auth.setCustomUserClaims(uid, claims);
  const doc: StaffDoc<FieldValue> = { ...record, claimsUpdatedAt: FieldValue.serverTimestamp() };
  await db.doc(`${paths.staff(clinicId)}/${uid}`).set(doc);
}
