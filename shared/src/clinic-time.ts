import { dayKey } from './tickets';

/** How far the zone's wall clock is ahead of UTC at an instant, in ms (whole seconds). */
function zoneOffsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wallClockAsUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wallClockAsUtc - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant the clinic's calendar day began: "today's queue" starts here, not at the
 * browser's midnight, so a desk PC with a wrong time zone still shows the clinic's day.
 */
export function startOfClinicDay(at: Date, timeZone: string): Date {
  const [year = 0, month = 1, day = 1] = dayKey(at, timeZone).split('-').map(Number);
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  // The offset at local midnight may differ from the one at UTC midnight (a DST change in
  // between), so correct once more with the offset at the first guess.
  const firstGuess = midnightAsUtc - zoneOffsetMs(new Date(midnightAsUtc), timeZone);
  return new Date(midnightAsUtc - zoneOffsetMs(new Date(firstGuess), timeZone));
}
