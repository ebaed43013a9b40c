import { EMPTY_DAY } from './documents';
import { PRIORITIES, type DayStatsDoc, type DoctorDayFigures, type Priority } from './model';

/**
 * Reads a stored days/{dayKey} document: the functions before they change it, the day report
 * when it shows it. Whatever is missing or not a number counts as zero.
 */

const COUNTERS = [
  'lastTicket',
  'waiting',
  'inReview',
  'done',
  'cancelled',
  'noShow',
  'totalWaitMs',
  'claimedCount',
] as const;

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A stored map of numbers; anything else in it is dropped. */
function numbers(value: unknown): Record<string, number> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => isCount(entry[1])));
}

function doctorFigures(value: unknown): Record<string, DoctorDayFigures> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).map(([uid, figures]) => {
      const n = numbers(figures);
      return [uid, { seen: n.seen ?? 0, timed: n.timed ?? 0, withPatientMs: n.withPatientMs ?? 0 }];
    }),
  );
}

/** A stored day doc with every figure present. */
export function dayStats(data: Record<string, unknown> | undefined): DayStatsDoc {
  const stats: DayStatsDoc = { ...EMPTY_DAY };
  for (const key of COUNTERS) {
    const value = data?.[key];
    if (isCount(value)) stats[key] = value;
  }
  const byPriority = numbers(data?.arrivalsByPriority);
  stats.arrivalsByPriority = Object.fromEntries(PRIORITIES.map((p) => [p, byPriority[p] ?? 0])) as Record<
    Priority,
    number
  >;
  stats.arrivalsByHour = numbers(data?.arrivalsByHour);
  stats.waits = numbers(data?.waits);
  stats.doctors = doctorFigures(data?.doctors);
  return stats;
}
