import type { Firestore, Timestamp, Transaction } from 'firebase-admin/firestore';
import { paths } from '@clinicflow/shared/paths';
import { dayKey, isValidTimeZone } from '@clinicflow/shared/tickets';

/**
 * The clinic-local day a visit belongs to, read inside the caller's transaction; null when the
 * clinic doc is missing or its timezone is not an IANA zone (no day can be named then).
 */
export async function clinicDayOf(
  tx: Transaction,
  db: Firestore,
  clinicId: string,
  createdAt: Timestamp,
): Promise<string | null> {
  const clinic = await tx.get(db.doc(paths.clinic(clinicId)));
  const timezone: unknown = clinic.get('timezone');
  if (typeof timezone !== 'string' || !isValidTimeZone(timezone)) return null;
  return dayKey(createdAt.toDate(), timezone);
}

export const dayRef = (db: Firestore, clinicId: string, day: string) => db.doc(`${paths.days(clinicId)}/${day}`);
