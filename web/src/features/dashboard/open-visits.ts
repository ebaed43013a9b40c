import type { VisitDoc } from '@clinicflow/shared/model';
import { sortQueue } from '@clinicflow/shared/queue';

type OpenVisit = Pick<VisitDoc, 'priority' | 'status' | 'claimedBy' | 'createdAt'>;

export interface OpenVisitGroups<T extends OpenVisit> {
  /** Called or in review by this doctor. */
  mine: T[];
  waiting: T[];
  /** Called or in review by other doctors. */
  others: T[];
  /** The waiting visit that arrived first; null when nobody waits. */
  longest: T | null;
}

/**
 * The dashboard's sections, each in queue order (priority, then arrival): the open visits of the
 * clinic day that began at `dayStartMs` (null while the clinic's clock is unknown: all of them),
 * the same set the desk's queue shows. One left open from an earlier day waits for the day close.
 */
export function groupOpenVisits<T extends OpenVisit>(
  visits: readonly T[],
  uid: string,
  dayStartMs: number | null,
): OpenVisitGroups<T> {
  const sorted = sortQueue(dayStartMs === null ? visits : visits.filter((v) => v.createdAt.toMillis() >= dayStartMs));
  const waiting = sorted.filter((v) => v.status === 'waiting');
  const claimed = sorted.filter((v) => v.status === 'called' || v.status === 'in_review');
  return {
    mine: claimed.filter((v) => v.claimedBy === uid),
    waiting,
    others: claimed.filter((v) => v.claimedBy !== uid),
    longest: waiting.reduce<T | null>(
      (a, v) => (a === null || v.createdAt.toMillis() < a.createdAt.toMillis() ? v : a),
      null,
    ),
  };
}
