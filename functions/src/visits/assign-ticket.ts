import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { NOTIFICATION_TTL_MS, type NotificationDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { formatTicket } from '@clinicflow/shared/tickets';
import { DAY_TRANSACTION_ATTEMPTS } from '../config';
import { logs } from '../logs';
import { clinicDayOf, dayRef } from './clinic-day';
import { dayStats, withArrival } from './day-figures';
import { parseArrivingVisit } from './visit-shape';

export type AssignResult =
  | { kind: 'assigned'; ticket: string; dayKey: string; notified: boolean }
  | { kind: 'already-assigned' | 'visit-gone' | 'clinic-missing' | 'invalid' };

/**
 * Gives a new visit the clinic's next ticket for its day, writes the doctors' notification and
 * counts the arrival, all in one transaction. Triggers are at-least-once and the ticket sweeper
 * calls this too, so the visit's own ticket field is the idempotency key: a visit that has one is
 * left alone, whoever brought it here. The notification's id is the visit id, so not even a race
 * could write two.
 *
 * `created` is the visit as the create event saw it: the arrival is counted under that status
 * even if a cancel has already landed, because the update trigger moves it from there.
 */
export async function assignTicket(
  db: Firestore,
  clinicId: string,
  visitId: string,
  created: unknown,
): Promise<AssignResult> {
  const parsed = parseArrivingVisit(created);
  if (!parsed.ok) {
    logs.invalidVisit(clinicId, visitId, parsed.problem);
    return { kind: 'invalid' };
  }
  const visit = parsed.value;
  const visitRef = db.doc(`${paths.visits(clinicId)}/${visitId}`);

  const result = await db.runTransaction(
    async (tx): Promise<AssignResult> => {
      const current = await tx.get(visitRef);
      if (!current.exists) return { kind: 'visit-gone' };
      // The desk writes ticket: null; only the function (or the sweeper, through here) writes a string.
      if (typeof current.get('ticket') === 'string') return { kind: 'already-assigned' };
      const day = await clinicDayOf(tx, db, clinicId, visit.createdAt);
      if (!day) return { kind: 'clinic-missing' };
      const stats = dayStats((await tx.get(dayRef(db, clinicId, day))).data());

      const ticketNumber = stats.lastTicket + 1;
      const ticket = formatTicket(ticketNumber);
      tx.update(visitRef, { ticket, ticketNumber, dayKey: day });
      tx.set(dayRef(db, clinicId, day), withArrival(stats, visit.status, ticketNumber));
      // A visit cancelled before its ticket came is no news for the doctors.
      const notified = current.get('status') === 'waiting';
      if (notified) {
        const notification: NotificationDoc<FieldValue | Timestamp> = {
          visitId,
          ticket,
          priority: visit.priority,
          createdAt: FieldValue.serverTimestamp(),
          expiresAt: Timestamp.fromMillis(Date.now() + NOTIFICATION_TTL_MS),
        };
        // set, not create: a visit re-created under an old id replaces its stale notification.
        tx.set(db.doc(`${paths.notifications(clinicId)}/${visitId}`), notification);
      }
      return { kind: 'assigned', ticket, dayKey: day, notified };
    },
    { maxAttempts: DAY_TRANSACTION_ATTEMPTS },
  );

  if (result.kind === 'assigned') logs.ticketAssigned(clinicId, visitId, result.ticket, result.notified);
  else if (result.kind === 'already-assigned') logs.ticketAlreadyAssigned(clinicId, visitId);
  else if (result.kind === 'visit-gone') logs.visitGone(clinicId, visitId);
  else logs.clinicMissing(clinicId, visitId);
  return result;
}
