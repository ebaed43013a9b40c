import type { Priority, TimestampLike } from './model';

/**
 * How the open queue is ordered and when a wait becomes too long: one place, used by the doctor's
 * dashboard and the front desk alike, so both show the same order and the same colours.
 */

/** Minutes of waiting after which the timer turns amber, then red. */
export const WAIT_THRESHOLDS_MIN: Record<Priority, { amber: number; red: number }> = {
  emergency: { amber: 5, red: 10 },
  urgent: { amber: 15, red: 30 },
  normal: { amber: 30, red: 60 },
};

export type WaitLevel = 'ok' | 'amber' | 'red';

export function waitLevel(priority: Priority, waitedMs: number): WaitLevel {
  const { amber, red } = WAIT_THRESHOLDS_MIN[priority];
  const minutes = waitedMs / 60_000;
  if (minutes >= red) return 'red';
  if (minutes >= amber) return 'amber';
  return 'ok';
}

export const PRIORITY_RANK: Record<Priority, number> = { emergency: 0, urgent: 1, normal: 2 };

interface Queued {
  priority: Priority;
  createdAt?: TimestampLike | null;
}

/** A visit whose arrival time is not known yet (a pending server timestamp) sorts last. */
function arrivalMs(visit: Queued): number {
  return visit.createdAt ? visit.createdAt.toMillis() : Number.POSITIVE_INFINITY;
}

/** Emergency before urgent before normal; within a priority, who came first. */
export function compareQueue(a: Queued, b: Queued): number {
  return PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || arrivalMs(a) - arrivalMs(b);
}

export function sortQueue<T extends Queued>(visits: readonly T[]): T[] {
  return [...visits].sort(compareQueue);
}

/**
 * "Call next": the first waiting visit in queue order that is not in `tried` (those another
 * doctor took first while this one's call was on its way); null when none is left.
 */
export function nextToCall<T extends Queued & { id: string; status: string }>(
  visits: readonly T[],
  tried: ReadonlySet<string> = new Set(),
): T | null {
  return sortQueue(visits.filter((v) => v.status === 'waiting' && !tried.has(v.id)))[0] ?? null;
}
