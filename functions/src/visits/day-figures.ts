import { EMPTY_DAY } from '@clinicflow/shared/documents';
import type { DayStatsDoc, VisitStatus } from '@clinicflow/shared/model';

/**
 * The day's figures as pure arithmetic: each visit adds one to its status's counter when it
 * arrives and moves one counter to another on each status change. The triggers apply these
 * deltas in whatever order their events land, so the counters are right once both have run
 * even when a cancel overtakes the ticket.
 */

type Counter = 'waiting' | 'inReview' | 'done' | 'cancelled';

/** no_show has no counter of its own: a visit marked so simply leaves the one it was in. */
const COUNTER_OF: Record<VisitStatus, Counter | null> = {
  waiting: 'waiting',
  // Called to a room: claimed by the calling doctor, counted with those in review.
  called: 'inReview',
  in_review: 'inReview',
  done: 'done',
  cancelled: 'cancelled',
  no_show: null,
};

/** A stored day doc with every figure present; missing or non-numeric ones count as zero. */
export function dayStats(data: Record<string, unknown> | undefined): DayStatsDoc {
  const stats = { ...EMPTY_DAY };
  for (const key of Object.keys(EMPTY_DAY) as (keyof DayStatsDoc)[]) {
    const value = data?.[key];
    if (typeof value === 'number' && Number.isFinite(value)) stats[key] = value;
  }
  return stats;
}

function bump(stats: DayStatsDoc, status: VisitStatus, by: 1 | -1): DayStatsDoc {
  const counter = COUNTER_OF[status];
  return counter ? { ...stats, [counter]: stats[counter] + by } : stats;
}

/** A new visit takes ticket `ticketNumber` and joins its status's counter. */
export function withArrival(stats: DayStatsDoc, status: VisitStatus, ticketNumber: number): DayStatsDoc {
  return { ...bump(stats, status, 1), lastTicket: ticketNumber };
}

export interface FigureChange {
  from: VisitStatus;
  to: VisitStatus;
  /** Arrival to claim, for a waiting → in_review change whose times are known; else null. */
  waitMs: number | null;
}

export function withStatusChange(stats: DayStatsDoc, change: FigureChange): DayStatsDoc {
  const moved = bump(bump(stats, change.from, -1), change.to, 1);
  if (change.waitMs === null) return moved;
  return { ...moved, totalWaitMs: moved.totalWaitMs + change.waitMs, claimedCount: moved.claimedCount + 1 };
}
