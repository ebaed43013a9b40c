/** Display formats for times and waits. Pure, so tested without a clock. */

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const clockWithSeconds = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function formatClock(at: Date, withSeconds = false): string {
  return (withSeconds ? clockWithSeconds : clock).format(at);
}

/** 42 s → "<1 min", 12 min → "12 min", 75 min → "1 h 15 min". */
export function formatWait(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return '<1 min';
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/** "1984-03-12" → "12 Mar 1984", read as a calendar date (no time zone shift). */
export function formatDateOfBirth(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

const dayAndClock = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** When something happened: the clock alone today, the day too before today. */
export function formatWhen(at: Date, now: Date): string {
  return at.toDateString() === now.toDateString() ? formatClock(at) : dayAndClock.format(at);
}
