/**
 * Dates, times, numbers and lists through Intl, in the screen's language and always in the
 * clinic's time zone (never the browser's: a desk PC set to UTC still shows Madrid's times).
 * Pure, so tested without a clock or a browser zone; lib/i18n.tsx hands screens one for the
 * current language and clinic.
 */
import type { Language } from '@clinicflow/shared/model';
import { dayKey } from '@clinicflow/shared/tickets';

/** The Intl locale for each language: 24-hour clock and day-first dates (a clinic's convention in both). */
export const INTL_LOCALE: Record<Language, string> = { en: 'en-GB', es: 'es-ES' };

export interface Formatter {
  /** 14:05, or 14:05:09. */
  clock: (at: Date, withSeconds?: boolean) => string;
  /** The clock alone on the clinic's today, the day too before it. */
  when: (at: Date, now: Date) => string;
  /** A calendar date stored as YYYY-MM-DD ("12 Mar 1984", "12 mar 1984"), never shifted by a zone; as stored when not a date. */
  calendarDate: (isoDate: string) => string;
  /** 1234 → "1,234" / "1234". */
  number: (value: number) => string;
  /** ["a", "b", "c"] → "a, b and c" / "a, b y c". */
  list: (items: readonly string[]) => string;
  /** Minutes as two digits ("05"), for "1 h 05 min". */
  twoDigits: (value: number) => string;
  /** Today's date in the clinic, YYYY-MM-DD (a date input's `max`). */
  todayKey: () => string;
}

export function createFormatter(language: Language, timeZone: string | undefined): Formatter {
  const locale = INTL_LOCALE[language];
  const zone = timeZone ? { timeZone } : {};
  const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', ...zone });
  const clockWithSeconds = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    ...zone,
  });
  const dayAndClock = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    ...zone,
  });
  const calendar = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const numbers = new Intl.NumberFormat(locale);
  const pair = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const lists = new Intl.ListFormat(locale, { type: 'conjunction' });
  const zoneForDays = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  return {
    clock: (at, withSeconds = false) => (withSeconds ? clockWithSeconds : clock).format(at),
    when: (at, now) =>
      dayKey(at, zoneForDays) === dayKey(now, zoneForDays) ? clock.format(at) : dayAndClock.format(at),
    calendarDate: (isoDate) => {
      const date = new Date(`${isoDate}T00:00:00Z`);
      return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && !Number.isNaN(date.getTime()) ? calendar.format(date) : isoDate;
    },
    number: (value) => numbers.format(value),
    list: (items) => lists.format(items),
    twoDigits: (value) => pair.format(value),
    todayKey: () => dayKey(new Date(), zoneForDays),
  };
}
