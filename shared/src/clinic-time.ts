import { dayKey } from './tickets';

/**
 * The clinic day: the span from one day end to the next, in the clinic's own time zone. A clinic
 * day is named by the calendar date it starts on, so with the day ending at 04:00 a visit at
 * 01:30 on the 28th belongs to the 27th, and an evening shift is never cut in two. Tickets' day,
 * the desk's queue, the dashboards, the day close and the day report all take it from here.
 */

/** When a clinic's day ends unless its admin chose another time: a quiet hour, after any evening shift. */
export const DEFAULT_DAY_END = '04:00';

/**
 * "HH:MM" from 00:00 to 11:59: the end of a clinic day is in the small hours or the morning, so
 * the day is named by the date on which most of it falls. firestore.rules checks the same pattern.
 */
export const DAY_END_PATTERN = /^(0[0-9]|1[01]):[0-5][0-9]$/;

/** What names a moment's clinic day; a ClinicDoc is one. */
export interface ClinicDayClock {
  timezone: string;
  /** Absent (clinics made before it existed) or malformed: DEFAULT_DAY_END. */
  dayEndsAt?: string;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

const wallFormats = new Map<string, Intl.DateTimeFormat>();

function wallFormat(timeZone: string): Intl.DateTimeFormat {
  let format = wallFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallFormats.set(timeZone, format);
  }
  return format;
}

/** The zone's wall clock at an instant, read as if it were UTC (whole seconds). */
function wallClockAsUtc(at: number, timeZone: string): number {
  const parts = wallFormat(timeZone).formatToParts(new Date(at));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
const zoneOffsetMs = (at: number, timeZone: string) => wallClockAsUtc(at, timeZone) - Math.floor(at / 1000) * 1000;

/** Minutes after local midnight at which the clinic day ends (DEFAULT_DAY_END when absent or malformed). */
export function dayEndMinutes(dayEndsAt: string | undefined): number {
  const text = dayEndsAt !== undefined && DAY_END_PATTERN.test(dayEndsAt) ? dayEndsAt : DEFAULT_DAY_END;
  const [hours = 0, minutes = 0] = text.split(':').map(Number);
  return hours * 60 + minutes;
}

/** "2026-03-29" moved by `days` calendar days. */
export function addDays(day: string, days: number): string {
  const [year, month, date] = ymd(day);
  return new Date(Date.UTC(year, month, date + days)).toISOString().slice(0, 10);
}

/** "2026-03-29" as Date.UTC's year, month index and date. */
function ymd(day: string): [number, number, number] {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return [year, month - 1, date];
}

/**
 * The instant clinic day `day` begins: the first moment the clinic's wall clock reads `day` at its
 * day-end time or later. On a night the clocks go back and that time comes twice, the first; on
 * a night they skip it, the moment they jump.
 */
export function clinicDayStart(day: string, clock: ClinicDayClock): Date {
  const wall = Date.UTC(...ymd(day)) + dayEndMinutes(clock.dayEndsAt) * MINUTE_MS;
  const offsets = new Set([-36, 0, 36].map((h) => zoneOffsetMs(wall + h * HOUR_MS, clock.timezone)));
  const exact = [...offsets].map((o) => wall - o).filter((t) => wallClockAsUtc(t, clock.timezone) === wall);
  if (exact.length > 0) return new Date(Math.min(...exact));
  // Skipped by the clocks: the jump lies between the two offsets' readings; find it to the millisecond.
  let before = wall - Math.max(...offsets);
  let after = wall - Math.min(...offsets);
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (wallClockAsUtc(middle, clock.timezone) >= wall) after = middle;
    else before = middle;
  }
  return new Date(after);
}

/** The clinic day a moment belongs to, YYYY-MM-DD: the one function every part of ClinicFlow names days by. */
export function clinicDayOf(at: Date, clock: ClinicDayClock): string {
  const calendarDay = dayKey(at, clock.timezone);
  const wall = wallClockAsUtc(at.getTime(), clock.timezone);
  const minutesIntoDay = Math.floor((wall - Date.UTC(...ymd(calendarDay))) / MINUTE_MS);
  const guess = minutesIntoDay < dayEndMinutes(clock.dayEndsAt) ? addDays(calendarDay, -1) : calendarDay;
  // The wall clock alone is wrong only inside an hour the clocks repeat: the starts decide.
  if (at.getTime() < clinicDayStart(guess, clock).getTime()) return addDays(guess, -1);
  if (at.getTime() >= clinicDayStart(addDays(guess, 1), clock).getTime()) return addDays(guess, 1);
  return guess;
}

/** The instant the clinic day holding `at` began: the desk's "today's queue" starts here. */
export function startOfClinicDay(at: Date, clock: ClinicDayClock): Date {
  return clinicDayStart(clinicDayOf(at, clock), clock);
}

/** The clinic-local hour of a moment, "00"–"23": the report's arrivals chart counts by it. */
export function clinicHourOf(at: Date, timeZone: string): string {
  return String(new Date(wallClockAsUtc(at.getTime(), timeZone)).getUTCHours()).padStart(2, '0');
}
