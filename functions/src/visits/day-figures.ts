import type { DayStatsDoc, DoctorDayFigures, Priority, VisitStatus } from '@clinicflow/shared/model';

/**
 * The day's figures as pure arithmetic: each visit adds one to its status's counter when it
 * arrives and moves one counter to another on each status change. The triggers apply these
 * deltas in whatever order their events land, so the counters are right once both have run
 * even when a cancel overtakes the ticket.
 */

type Counter = 'waiting' | 'called' | 'inReview' | 'done' | 'cancelled' | 'noShow';

const COUNTER_OF: Record<VisitStatus, Counter> = {
  waiting: 'waiting',
  called: 'called',
  in_review: 'inReview',
  done: 'done',
  cancelled: 'cancelled',
  no_show: 'noShow',
};

function bump(stats: DayStatsDoc, status: VisitStatus, by: 1 | -1): DayStatsDoc {
  const counter = COUNTER_OF[status];
  return { ...stats, [counter]: stats[counter] + by };
}

export interface Arrival {
  status: VisitStatus;
  priority: Priority;
  /** The clinic-local hour it came in, "00"–"23". */
  hour: string;
}

/** A new visit takes ticket `ticketNumber`, joins its status's counter and is counted by priority and hour. */
export function withArrival(stats: DayStatsDoc, arrival: Arrival, ticketNumber: number): DayStatsDoc {
  const counted = bump(stats, arrival.status, 1);
  return {
    ...counted,
    lastTicket: ticketNumber,
    arrivalsByPriority: {
      ...counted.arrivalsByPriority,
      [arrival.priority]: counted.arrivalsByPriority[arrival.priority] + 1,
    },
    arrivalsByHour: { ...counted.arrivalsByHour, [arrival.hour]: (counted.arrivalsByHour[arrival.hour] ?? 0) + 1 },
  };
}

export interface FigureChange {
  from: VisitStatus;
  to: VisitStatus;
  /** Arrival to claim, for a claim from the waiting list (a call or a review) whose times are known; else null. */
  waitMs: number | null;
  /**
   * For an in_review → done change: the doctor who held the claim, and their time with the
   * patient (claim to completion; null when the day close, not the doctor, ended it).
   */
  seen: { doctor: string; withPatientMs: number | null } | null;
}

function withSeen(stats: DayStatsDoc, seen: NonNullable<FigureChange['seen']>): DayStatsDoc {
  const before = stats.doctors[seen.doctor] ?? { seen: 0, timed: 0, withPatientMs: 0 };
  const timed = seen.withPatientMs !== null;
  const after: DoctorDayFigures = {
    seen: before.seen + 1,
    timed: before.timed + (timed ? 1 : 0),
    withPatientMs: before.withPatientMs + (seen.withPatientMs ?? 0),
  };
  return { ...stats, doctors: { ...stats.doctors, [seen.doctor]: after } };
}

/** `change` of visit `visitId` (the key of its wait sample). */
export function withStatusChange(stats: DayStatsDoc, change: FigureChange, visitId: string): DayStatsDoc {
  let moved = bump(bump(stats, change.from, -1), change.to, 1);
  if (change.seen) moved = withSeen(moved, change.seen);
  if (change.waitMs === null) return moved;
  return {
    ...moved,
    totalWaitMs: moved.totalWaitMs + change.waitMs,
    claimedCount: moved.claimedCount + 1,
    waits: { ...moved.waits, [visitId]: change.waitMs },
  };
}
