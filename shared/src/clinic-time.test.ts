import { describe, expect, it } from 'vitest';
import { addDays, clinicDayOf, clinicDayStart, startOfClinicDay } from './clinic-time';

const madrid = { timezone: 'Europe/Madrid' };
const newYork = { timezone: 'America/New_York' };
const atMidnight = (timezone: string) => ({ timezone, dayEndsAt: '00:00' });
const iso = (d: Date) => d.toISOString();

describe('clinicDayOf', () => {
  it('keeps the small hours with the evening before, until the day ends at 04:00 (the default)', () => {
    // Madrid in winter is UTC+1: 03:59 local on the 28th is still the 27th's clinic day.
    expect(clinicDayOf(new Date('2026-11-28T02:59:59Z'), madrid)).toBe('2026-11-27');
    expect(clinicDayOf(new Date('2026-11-28T03:00:00Z'), madrid)).toBe('2026-11-28');
  });

  it('follows the time the clinic chose', () => {
    const clock = { timezone: 'Europe/Madrid', dayEndsAt: '06:30' };
    expect(clinicDayOf(new Date('2026-11-28T05:29:59Z'), clock)).toBe('2026-11-27');
    expect(clinicDayOf(new Date('2026-11-28T05:30:00Z'), clock)).toBe('2026-11-28');
  });

  it('falls back to 04:00 for a malformed day end', () => {
    expect(clinicDayOf(new Date('2026-11-28T02:00:00Z'), { timezone: 'Europe/Madrid', dayEndsAt: '25:00' })).toBe(
      '2026-11-27',
    );
  });

  it('never goes back to a day it left, even when the clocks repeat the day-end hour', () => {
    // New York goes back from 02:00 EDT to 01:00 EST on 2026-11-01, so 01:30 comes twice.
    const clock = { timezone: 'America/New_York', dayEndsAt: '01:30' };
    const start = clinicDayStart('2026-11-01', clock);
    expect(iso(start)).toBe('2026-11-01T05:30:00.000Z'); // the first 01:30 (EDT)
    for (let t = start.getTime(); t < start.getTime() + 3 * 3_600_000; t += 15 * 60_000) {
      expect(clinicDayOf(new Date(t), clock)).toBe('2026-11-01');
    }
    expect(clinicDayOf(new Date(start.getTime() - 1), clock)).toBe('2026-10-31');
  });

  it('starts the day when the clocks jump over the day-end time', () => {
    // Madrid skips 02:00–03:00 on 2026-03-29: a day ending at 02:30 ends at the jump (01:00 UTC).
    const clock = { timezone: 'Europe/Madrid', dayEndsAt: '02:30' };
    expect(iso(clinicDayStart('2026-03-29', clock))).toBe('2026-03-29T01:00:00.000Z');
    expect(clinicDayOf(new Date('2026-03-29T00:59:59Z'), clock)).toBe('2026-03-28');
    expect(clinicDayOf(new Date('2026-03-29T01:00:00Z'), clock)).toBe('2026-03-29');
  });

  it('names every moment of a year by consecutive days whose starts rise (three zones)', () => {
    for (const clock of [madrid, newYork, { timezone: 'Australia/Lord_Howe', dayEndsAt: '02:00' }]) {
      let previous = clinicDayOf(new Date('2026-01-01T00:00:00Z'), clock);
      for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 3_600_000) {
        const day = clinicDayOf(new Date(t), clock);
        if (day !== previous) {
          expect(day).toBe(addDays(previous, 1));
          expect(clinicDayStart(day, clock).getTime()).toBeLessThanOrEqual(t);
          previous = day;
        }
      }
    }
  });
});

describe('startOfClinicDay', () => {
  it('finds 04:00 in Madrid in winter (UTC+1) and summer (UTC+2)', () => {
    expect(iso(startOfClinicDay(new Date('2026-01-15T10:00:00Z'), madrid))).toBe('2026-01-15T03:00:00.000Z');
    expect(iso(startOfClinicDay(new Date('2026-07-15T10:00:00Z'), madrid))).toBe('2026-07-15T02:00:00.000Z');
  });

  it('uses the clinic day, not the UTC day, late in the evening in New York', () => {
    expect(iso(startOfClinicDay(new Date('2026-11-27T03:30:00Z'), newYork))).toBe('2026-11-26T09:00:00.000Z');
  });

  it('gets the day right on the nights the clocks change', () => {
    // Madrid moved from UTC+1 to UTC+2 at 02:00 on 2026-03-29: 04:00 that morning was UTC+2.
    expect(iso(startOfClinicDay(new Date('2026-03-29T12:00:00Z'), madrid))).toBe('2026-03-29T02:00:00.000Z');
    // …and midnight that night was still UTC+1.
    expect(iso(startOfClinicDay(new Date('2026-03-29T12:00:00Z'), atMidnight('Europe/Madrid')))).toBe(
      '2026-03-28T23:00:00.000Z',
    );
    // New York moved back from UTC-4 to UTC-5 at 02:00 on 2026-11-01: 04:00 was already UTC-5.
    expect(iso(startOfClinicDay(new Date('2026-11-01T18:00:00Z'), newYork))).toBe('2026-11-01T09:00:00.000Z');
    expect(iso(startOfClinicDay(new Date('2026-11-01T18:00:00Z'), atMidnight('America/New_York')))).toBe(
      '2026-11-01T04:00:00.000Z',
    );
  });

  it('returns the instant itself when the day ends exactly then', () => {
    const dayEnd = new Date('2026-01-15T03:00:00Z');
    expect(startOfClinicDay(dayEnd, madrid).getTime()).toBe(dayEnd.getTime());
  });
});
