import { FieldValue, Timestamp, type DocumentReference, type Firestore } from 'firebase-admin/firestore';
import { startOfClinicDay } from '@clinicflow/shared/clinic-time';
import { OPEN_STATUSES, type OpenStatus } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { DAY_CLOSE_BATCH, serverQueries } from '@clinicflow/shared/queries';
import { dayCloseUpdate } from '@clinicflow/shared/transitions';
import { adminQuery } from '../admin-query';
import { logs } from '../logs';
import { clinicClock } from '../visits/clinic-day';

export interface DayCloseResult {
  /** Clinics looked at. */
  clinics: number;
  /** Visits this run closed, in every clinic. */
  closed: number;
}

const isOpenStatus = (status: unknown): status is OpenStatus => OPEN_STATUSES.some((s) => s === status);

/**
 * Closes one visit if it is still open and from before `dayStart`, in a transaction that
 * re-reads it: a doctor's change landing between the query and the write wins, and a second
 * run (or an overlapping one) finds nothing left to do. The status change goes through the
 * usual audit path: onVisitUpdated audits it and moves the day's figures.
 */
async function closeVisit(db: Firestore, visit: DocumentReference, dayStart: Date): Promise<boolean> {
  return db.runTransaction(async (tx) => {
    const current = await tx.get(visit);
    const status: unknown = current.get('status');
    const createdAt: unknown = current.get('createdAt');
    if (!isOpenStatus(status) || !(createdAt instanceof Timestamp)) return false;
    if (createdAt.toMillis() >= dayStart.getTime()) return false;
    tx.update(visit, dayCloseUpdate(status, FieldValue.serverTimestamp()));
    return true;
  });
}

/** One clinic: every visit still open from a clinic day that has ended, oldest first, in batches. */
async function closeClinic(db: Firestore, clinicId: string, dayStart: Date): Promise<number> {
  let closed = 0;
  for (;;) {
    const batch = await adminQuery(db, serverQueries.openVisitsBefore(clinicId, dayStart)).get();
    let closedNow = 0;
    for (const visit of batch.docs) if (await closeVisit(db, visit.ref, dayStart)) closedNow++;
    closed += closedNow;
    // A short batch was the last; a full one that closed nothing would only be read again.
    if (batch.size < DAY_CLOSE_BATCH || closedNow === 0) return closed;
  }
}

/**
 * The day close: for each clinic, the visits still open (waiting, in review) that arrived before
 * the clinic day holding `now` began are closed as DAY_CLOSE_MOVES says. Each clinic's day ends at
 * its own time in its own zone, so one run every few minutes serves every clinic; `now` is a
 * parameter so tests can run it at any moment. Safe to run again or concurrently.
 */
export async function closeEndedDays(db: Firestore, now: Date): Promise<DayCloseResult> {
  const clinics = await db.collection(paths.clinics).get();
  let closed = 0;
  for (const clinic of clinics.docs) {
    const clock = clinicClock(clinic.data());
    if (!clock) {
      logs.dayCloseSkipped(clinic.id);
      continue;
    }
    const dayStart = startOfClinicDay(now, clock);
    const closedHere = await closeClinic(db, clinic.id, dayStart);
    if (closedHere > 0) logs.dayClosed(clinic.id, dayStart.toISOString(), closedHere);
    closed += closedHere;
  }
  return { clinics: clinics.size, closed };
}
