import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { newAuditDoc } from '@clinicflow/shared/documents';
import { paths } from '@clinicflow/shared/paths';
import { DAY_TRANSACTION_ATTEMPTS } from '../config';
import { logs } from '../logs';
import { clinicDayOfVisit, dayRef } from './clinic-day';
import { dayStats } from '@clinicflow/shared/day-stats';
import { withStatusChange } from './day-figures';
import { auditEntryId, readStatusChange } from './status-change';

export interface VisitUpdate {
  clinicId: string;
  visitId: string;
  /** The event's id: the same on every redelivery of one change, so it is the idempotency key. */
  eventId: string;
  /** When the change happened, per the event; stands in for a missing statusChangedAt. */
  eventTime: Date;
  before: unknown;
  after: unknown;
}

export type RecordResult =
  | { kind: 'recorded'; auditId: string; dayKey: string }
  | { kind: 'unchanged' | 'replayed' | 'invalid' | 'clinic-missing' };

/**
 * Writes the audit entry of a status change and moves the day's figures, in one transaction
 * that creates the entry first: a redelivered event finds its entry and changes nothing.
 */
export async function recordStatusChange(db: Firestore, update: VisitUpdate): Promise<RecordResult> {
  const { clinicId, visitId } = update;
  const reading = readStatusChange(update.before, update.after);
  if (reading.kind === 'unchanged') return reading;
  if (reading.kind === 'invalid') {
    logs.invalidStatusChange(clinicId, visitId, reading.problem);
    return reading;
  }
  const { change } = reading;
  const auditId = auditEntryId(update.eventId);
  const auditRef = db.doc(`${paths.audit(clinicId)}/${auditId}`);

  const result = await db.runTransaction(
    async (tx): Promise<RecordResult> => {
      if ((await tx.get(auditRef)).exists) return { kind: 'replayed' };
      // A change that overtook the ticket has no dayKey yet; the ticket will land on this same day.
      const day = change.dayKey ?? (await clinicDayOfVisit(tx, db, clinicId, change.createdAt))?.day;
      if (!day) return { kind: 'clinic-missing' };
      const stats = dayStats((await tx.get(dayRef(db, clinicId, day))).data());

      tx.create(auditRef, newAuditDoc(visitId, change, change.at ?? Timestamp.fromDate(update.eventTime)));
      tx.set(dayRef(db, clinicId, day), withStatusChange(stats, change, visitId));
      return { kind: 'recorded', auditId, dayKey: day };
    },
    { maxAttempts: DAY_TRANSACTION_ATTEMPTS },
  );

  if (result.kind === 'recorded') logs.statusChangeRecorded(clinicId, visitId, change.from, change.to, result.auditId);
  else if (result.kind === 'replayed') logs.statusChangeReplayed(clinicId, visitId, auditId);
  else if (result.kind === 'clinic-missing') logs.clinicMissing(clinicId, visitId);
  return result;
}
