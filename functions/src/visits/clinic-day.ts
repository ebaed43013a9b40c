import type { Firestore, Timestamp, Transaction } from 'firebase-admin/firestore';
import { clinicDayOf, clinicHourOf, type ClinicDayClock } from '@clinicflow/shared/clinic-time';
import { paths } from '@clinicflow/shared/paths';
import { isValidTimeZone } from '@clinicflow/shared/tickets';

/** A clinic document's day clock; null when its timezone is not an IANA zone (no day can be named then). */
export function clinicClock(data: Record<string, unknown> | undefined): ClinicDayClock | null {
  const timezone = data?.timezone;
  if (typeof timezone !== 'string' || !isValidTimeZone(timezone)) return null;
  const dayEndsAt = data?.dayEndsAt;
  return typeof dayEndsAt === 'string' ? { timezone, dayEndsAt } : { timezone };
}

/**
 * The clinic day a visit belongs to and the clinic-local hour it arrived, read inside the
 * caller's transaction; null when the clinic doc is missing or its timezone is not an IANA zone.
 */
export async function clinicDayOfVisit(
  tx: Transaction,
  db: Firestore,
  clinicId: string,
  createdAt: Timestamp,
): Promise<{ day: string; hour: string } | null> {
  const clock = clinicClock((await tx.get(db.doc(paths.clinic(clinicId)))).data());
  if (!clock) return null;
  return { day: clinicDayOf(createdAt.toDate(), clock), hour: clinicHourOf(createdAt.toDate(), clock.timezone) };
}

export const dayRef = (db: Firestore, clinicId: string, day: string) => db.doc(`${paths.days(clinicId)}/${day}`);
