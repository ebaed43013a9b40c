import { useEffect, useState } from 'react';
import { addDays, clinicDayOf, clinicDayStart, type ClinicDayClock } from '@clinicflow/shared/clinic-time';

export interface ClinicDayNow {
  /** The clinic day, YYYY-MM-DD. */
  day: string;
  /** When it began: the screens list only open visits that arrived since. */
  startMs: number;
}

/**
 * The clinic day at `now` (the screen's own tick), moving on at the very moment the day ends, not
 * at the next tick: the desk and the dashboards change day together. Null while the clock is unknown.
 */
export function useClinicDay(clock: ClinicDayClock | null, now: number): ClinicDayNow | null {
  const [wokeAt, setWokeAt] = useState(0);
  const at = new Date(Math.max(now, wokeAt));
  const day = clock ? clinicDayOf(at, clock) : null;
  const startMs = clock && day ? clinicDayStart(day, clock).getTime() : null;
  const nextStartMs = clock && day ? clinicDayStart(addDays(day, 1), clock).getTime() : null;

  useEffect(() => {
    if (nextStartMs === null) return;
    const timer = setTimeout(() => setWokeAt(Date.now()), Math.max(0, nextStartMs - Date.now()) + 1);
    return () => clearTimeout(timer);
  }, [nextStartMs]);

  return day && startMs !== null ? { day, startMs } : null;
}
