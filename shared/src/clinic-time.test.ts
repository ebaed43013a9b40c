import { describe, expect, it } from 'vitest';
import { startOfClinicDay } from './clinic-time';

describe('startOfClinicDay', () => {
  it('finds midnight in Madrid in winter (UTC+1) and summer (UTC+2)', () => {
    expect(startOfClinicDay(new Date('2026-01-15T10:00:00Z'), 'Europe/Madrid').toISOString()).toBe(
      '2026-01-14T23:00:00.000Z',
    );
    expect(startOfClinicDay(new Date('2026-07-15T10:00:00Z'), 'Europe/Madrid').toISOString()).toBe(
      '2026-07-14T22:00:00.000Z',
    );
  });

  it('uses the clinic day, not the UTC day, late in the evening in New York', () => {
    expect(startOfClinicDay(new Date('2026-11-27T03:30:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-11-26T05:00:00.000Z',
    );
  });

  it('gets the day right when the clocks changed overnight', () => {
    // Madrid moved from UTC+1 to UTC+2 at 02:00 on 2026-03-29: midnight was still UTC+1.
    expect(startOfClinicDay(new Date('2026-03-29T12:00:00Z'), 'Europe/Madrid').toISOString()).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    // New York moved back from UTC-4 to UTC-5 at 02:00 on 2026-11-01: midnight was still UTC-4.
    expect(startOfClinicDay(new Date('2026-11-01T18:00:00Z'), 'America/New_York').toISOString()).toBe(
      '2026-11-01T04:00:00.000Z',
    );
  });

  it('returns the instant itself when it is exactly midnight', () => {
    const midnight = new Date('2026-01-14T23:00:00Z');
    expect(startOfClinicDay(midnight, 'Europe/Madrid').getTime()).toBe(midnight.getTime());
  });
});
