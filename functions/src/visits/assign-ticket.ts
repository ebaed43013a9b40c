import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import type { ClinicDoc, DayStatsDoc, NotificationDoc, VisitDoc } from '@clinicflow/shared/model';
import { PRIORITIES } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { dayKey, formatTicket } from '@clinicflow/shared/tickets';
import { logs } from '../logs';

export type AssignResult =
  | { kind: 'assigned'; ticket: string; dayKey: string }
  | { kind: 'already-assigned' | 'visit-gone' | 'clinic-missing' | 'invalid' };

const EMPTY_DAY: DayStatsDoc = {
  lastTicket: 0,
  waiting: 0,
  inReview: 0,
  done: 0,
  cancelled: 0,
  totalWaitMs: 0,
  claimedCount: 0,
};

/**
 * Gives a new visit the clinic's next ticket for its day, writes the doctors' notification and
 * bumps the day's counters, all in one transaction. Triggers are at-least-once, so the visit's
 * own ticket field is the idempotency key: a visit that has one is left alone, and the
 * notification's id is the visit id, so even a race could not write two.
 */
export async function assignTicket(db: Firestore, clinicId: string, visitId: string): Promise<AssignResult> {
  const visitRef = db.doc(`${paths.visits(clinicId)}/${visitId}`);
  const clinicRef = db.doc(paths.clinic(clinicId));

  const result = await db.runTransaction(async (tx): Promise<AssignResult> => {
    const [visitSnap, clinicSnap] = await Promise.all([tx.get(visitRef), tx.get(clinicRef)]);
    if (!visitSnap.exists) return { kind: 'visit-gone' };
    const visit = visitSnap.data() as Partial<VisitDoc<Timestamp>>;
    if (visit.ticket) return { kind: 'already-assigned' };
    if (!clinicSnap.exists) return { kind: 'clinic-missing' };
    if (!visit.priority || !PRIORITIES.includes(visit.priority) || !(visit.createdAt instanceof Timestamp)) {
      return { kind: 'invalid' };
    }

    const clinic = clinicSnap.data() as ClinicDoc;
    const day = dayKey(visit.createdAt.toDate(), clinic.timezone);
    const dayRef = db.doc(`${paths.days(clinicId)}/${day}`);
    const daySnap = await tx.get(dayRef);
    const stats = { ...EMPTY_DAY, ...(daySnap.data() as Partial<DayStatsDoc> | undefined) };
    const ticketNumber = stats.lastTicket + 1;
    const ticket = formatTicket(ticketNumber);

    tx.update(visitRef, { ticket, ticketNumber, dayKey: day });
    const notification: NotificationDoc<FieldValue> = {
      visitId,
      ticket,
      priority: visit.priority,
      createdAt: FieldValue.serverTimestamp(),
    };
    tx.create(db.doc(`${paths.notifications(clinicId)}/${visitId}`), notification);
    const waitingDelta = visit.status === 'waiting' ? 1 : 0;
    tx.set(dayRef, { ...stats, lastTicket: ticketNumber, waiting: stats.waiting + waitingDelta });
    return { kind: 'assigned', ticket, dayKey: day };
  });

  if (result.kind === 'assigned') logs.ticketAssigned(clinicId, visitId, result.ticket);
  else if (result.kind === 'already-assigned') logs.ticketAlreadyAssigned(clinicId, visitId);
  else if (result.kind === 'visit-gone') logs.visitGone(clinicId, visitId);
  else if (result.kind === 'clinic-missing') logs.clinicMissing(clinicId, visitId);
  else logs.invalidVisit(clinicId, visitId, 'priority or createdAt missing or malformed');
  return result;
}
