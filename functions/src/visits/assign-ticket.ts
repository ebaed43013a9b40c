import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { newNotificationDoc, ticketUpdate } from '@clinicflow/shared/documents';
import { NOTIFICATION_TTL_MS } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { DAY_TRANSACTION_ATTEMPTS } from '../config';
import { logs } from '../logs';
import { clinicDayOfVisit, dayRef } from './clinic-day';
import { dayStats } from '@clinicflow/shared/day-stats';
import { withArrival } from './day-figures';
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
      const arrival = await clinicDayOfVisit(tx, db, clinicId, visit.createdAt);
      if (!arrival) return { kind: 'clinic-missing' };
      const { day, hour } = arrival;
      const stats = dayStats((await tx.get(dayRef(db, clinicId, day))).data());

      const ticketed = ticketUpdate(stats.lastTicket + 1, day);
      tx.update(visitRef, ticketed);
      tx.set(
        dayRef(db, clinicId, day),
        withArrival(stats, { status: visit.status, priority: visit.priority, hour }, ticketed.ticketNumber),
      );
      // A visit cancelled before its ticket came is no news for the doctors.
      const notified = current.get('status') === 'waiting';
      if (notified) {
        const notification = newNotificationDoc<FieldValue | Timestamp>(
          { visitId, ticket: ticketed.ticket, priority: visit.priority },
          FieldValue.serverTimestamp(),
          Timestamp.fromMillis(Date.now() + NOTIFICATION_TTL_MS),
        );
        // set, not create: a visit re-created under an old id replaces its stale notification.
        tx.set(db.doc(`${paths.notifications(clinicId)}/${visitId}`), notification);
      }
      return { kind: 'assigned', ticket: ticketed.ticket, dayKey: day, notified };
    },
    { maxAttempts: DAY_TRANSACTION_ATTEMPTS },
  );

  if (result.kind === 'assigned') logs.ticketAssigned(clinicId, visitId, result.ticket, result.notified);
  else if (result.kind === 'already-assigned') logs.ticketAlreadyAssigned(clinicId, visitId);
  else if (result.kind === 'visit-gone') logs.visitGone(clinicId, visitId);
  else logs.clinicMissing(clinicId, visitId);
  return result;
}
