import { createHash } from 'node:crypto';
import { Timestamp } from 'firebase-admin/firestore';
import type { VisitStatus } from '@clinicflow/shared/model';
import type { FigureChange } from './day-figures';
import { parseChangedVisit, type ChangedVisit } from './visit-shape';

export interface StatusChange extends FigureChange {
  /** Who made the change; "unknown" when the writer left no stamp (admin tooling). */
  by: string;
  /** When the writer says it happened; null leaves the choice to the caller (the event time). */
  at: Timestamp | null;
  createdAt: Timestamp;
  /** The day the visit's ticket belongs to, once it has one. */
  dayKey: string | undefined;
}

export type StatusChangeReading =
  { kind: 'unchanged' } | { kind: 'invalid'; problem: string } | { kind: 'changed'; change: StatusChange };

const fieldOf = (data: unknown, field: string): unknown =>
  typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[field] : undefined;

/** Timestamps compare by value: each event brings new instances. */
function sameStamp(a: unknown, b: unknown): boolean {
  return a instanceof Timestamp && b instanceof Timestamp ? a.isEqual(b) : a === b;
}

/**
 * Reads a visit update as a status change: a new status, or a move that keeps it but is stamped
 * anew (a recall, a transfer). Other updates (the ticket write, a correction) are "unchanged"
 * before any validation, so they never log a problem.
 */
export function readStatusChange(before: unknown, after: unknown): StatusChangeReading {
  if (
    fieldOf(before, 'status') === fieldOf(after, 'status') &&
    sameStamp(fieldOf(before, 'statusChangedAt'), fieldOf(after, 'statusChangedAt'))
  )
    return { kind: 'unchanged' };
  const from = parseChangedVisit(before);
  if (!from.ok) return { kind: 'invalid', problem: `before: ${from.problem}` };
  const to = parseChangedVisit(after);
  if (!to.ok) return { kind: 'invalid', problem: `after: ${to.problem}` };
  const visit = to.value;
  return {
    kind: 'changed',
    change: {
      from: from.value.status,
      to: visit.status,
      waitMs: claimWaitMs(from.value.status, visit.status, visit.createdAt, visit.claimedAt),
      seen: seenBy(from.value, visit),
      by: visit.statusChangedBy ?? 'unknown',
      at: visit.statusChangedAt ?? null,
      createdAt: visit.createdAt,
      dayKey: visit.dayKey ?? from.value.dayKey,
    },
  };
}

function claimWaitMs(
  from: VisitStatus,
  to: VisitStatus,
  createdAt: Timestamp,
  claimedAt: Timestamp | null | undefined,
): number | null {
  if (from !== 'waiting' || (to !== 'in_review' && to !== 'called') || !claimedAt) return null;
  // Both are server times, so a negative wait can only come from a hand-edited document.
  return Math.max(0, claimedAt.toMillis() - createdAt.toMillis());
}

/** An in_review → done change as a doctor's patient seen, with the time spent when the doctor completed it. */
function seenBy(before: ChangedVisit, after: ChangedVisit): FigureChange['seen'] {
  const doctor = after.claimedBy ?? before.claimedBy;
  if (before.status !== 'in_review' || after.status !== 'done' || !doctor) return null;
  const claimedAt = after.claimedAt ?? before.claimedAt;
  const completedAt = after.closedAtDayEnd ? undefined : after.completedAt;
  return {
    doctor,
    withPatientMs: claimedAt && completedAt ? Math.max(0, completedAt.toMillis() - claimedAt.toMillis()) : null,
  };
}

/**
 * The audit entry's id: a hash of the event id, so a redelivered event finds the entry it
 * wrote the first time, and the id reveals nothing about the visit or the patient.
 */
export function auditEntryId(eventId: string): string {
  return createHash('sha256').update(eventId).digest('hex').slice(0, 40);
}
