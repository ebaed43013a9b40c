import type { Firestore } from 'firebase-admin/firestore';
import { serverQueries } from '@clinicflow/shared/queries';
import { adminQuery } from '../admin-query';
import { TICKET_GRACE_MS } from '../config';
import { logs } from '../logs';
import { assignTicket, type AssignResult } from './assign-ticket';

export interface SweepResult {
  /** Visits found still without a ticket past the grace period. */
  found: number;
  /** Of those, the ones this sweep ticketed (the rest a trigger got to first, or were invalid). */
  assigned: number;
}

/**
 * Catches the visits whose onVisitCreated never ran (written while the function was not deployed
 * or not loaded, an event lost after its retries): every visit the desk opens carries
 * `ticket: null`, so `ticket == null` past the grace period finds exactly those, one index read
 * when there are none. Each goes through assignTicket, whose transaction re-reads the visit's
 * ticket: a trigger that lands late, or a second sweep, finds it and changes nothing.
 *
 * Oldest first, one at a time, so tickets follow arrival order as the trigger's would.
 */
export async function sweepUnticketedVisits(db: Firestore, now = new Date()): Promise<SweepResult> {
  const cutoff = new Date(now.getTime() - TICKET_GRACE_MS);
  const snapshot = await adminQuery(db, serverQueries.unticketedVisits(cutoff)).get();
  let assigned = 0;
  for (const visit of snapshot.docs) {
    const clinicId = visit.ref.parent.parent?.id;
    if (!clinicId) continue;
    // Every visit is opened as waiting (the rules allow nothing else), and each later status
    // change has already moved the day's counters from there: the arrival is counted as waiting.
    const result: AssignResult = await assignTicket(db, clinicId, visit.id, { ...visit.data(), status: 'waiting' });
    if (result.kind === 'assigned') assigned++;
  }
  if (snapshot.size > 0) logs.sweepFinished(snapshot.size, assigned);
  return { found: snapshot.size, assigned };
}
