/** Ticket numbering: pure, so it is unit-tested without emulators. */

const TICKET_PREFIX = 'A';

/** 7 → "A-007"; past 999 the number simply grows ("A-1000"). */
export function formatTicket(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`ticket number must be a positive integer, got ${n}`);
  return `${TICKET_PREFIX}-${String(n).padStart(3, '0')}`;
}

/** The clinic-local calendar day of an instant, as YYYY-MM-DD: the key tickets restart on. */
export function dayKey(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
