import type { DayStatsDoc, Priority, VisitStatus } from '@clinicflow/shared/model';
import { PRIORITIES } from '@clinicflow/shared/model';
import { median } from '@clinicflow/shared/median';

/** What the day report shows, worked out from the figures the functions keep (days/{dayKey}). */
export interface DayReport {
  arrivals: number;
  byStatus: Record<VisitStatus, number>;
  byPriority: Record<Priority, number>;
  /** Arrival to claim; null figures when nobody was claimed. */
  wait: { count: number; averageMs: number | null; medianMs: number | null; p90Ms: number | null };
  doctors: { uid: string; seen: number; averageWithPatientMs: number | null }[];
  /** Arrivals per clinic-local hour, from the hour the day ends round to the hour before it. */
  hours: { hour: string; arrivals: number }[];
}

/**
 * The p-th percentile by nearest rank (the smallest sample with at least p% of the samples at
 * or below it): always one of the waits that really happened. `sorted` ascending, not empty.
 */
export function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? 0;
}

const hourLabel = (h: number) => String(h).padStart(2, '0');

export function dayReport(stats: DayStatsDoc, dayEndHour: number): DayReport {
  const waits = Object.values(stats.waits).sort((a, b) => a - b);
  const total = waits.reduce((sum, w) => sum + w, 0);
  const byStatus: Record<VisitStatus, number> = {
    waiting: stats.waiting,
    called: stats.called,
    in_review: stats.inReview,
    done: stats.done,
    cancelled: stats.cancelled,
    no_show: stats.noShow,
  };
  return {
    arrivals: PRIORITIES.reduce((sum, p) => sum + stats.arrivalsByPriority[p], 0),
    byStatus,
    byPriority: { ...stats.arrivalsByPriority },
    wait: {
      count: waits.length,
      averageMs: waits.length ? total / waits.length : null,
      medianMs: waits.length ? median(waits) : null,
      p90Ms: waits.length ? percentile(waits, 90) : null,
    },
    doctors: Object.entries(stats.doctors)
      .map(([uid, d]) => ({ uid, seen: d.seen, averageWithPatientMs: d.timed ? d.withPatientMs / d.timed : null }))
      .sort((a, b) => b.seen - a.seen || a.uid.localeCompare(b.uid)),
    hours: Array.from({ length: 24 }, (_, i) => {
      const hour = hourLabel((dayEndHour + i) % 24);
      return { hour, arrivals: stats.arrivalsByHour[hour] ?? 0 };
    }),
  };
}
