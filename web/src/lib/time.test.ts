import { describe, expect, it } from 'vitest';
import { formatClock, formatDateOfBirth, formatWait, formatWhen } from './time';

describe('formatWait', () => {
  it('reads in whole minutes, hours past the hour', () => {
    expect(formatWait(42_000)).toBe('<1 min');
    expect(formatWait(12 * 60_000 + 59_000)).toBe('12 min');
    expect(formatWait(75 * 60_000)).toBe('1 h 15 min');
    expect(formatWait(121 * 60_000)).toBe('2 h 01 min');
  });

  it('never shows a negative wait when clocks disagree a little', () => {
    expect(formatWait(-5_000)).toBe('<1 min');
  });
});

describe('formatDateOfBirth', () => {
  it('keeps the calendar date whatever the time zone', () => {
    expect(formatDateOfBirth('1984-03-12')).toMatch(/12/);
    expect(formatDateOfBirth('1984-03-12')).toMatch(/1984/);
  });

  it('shows what was stored when it is not a date', () => {
    expect(formatDateOfBirth('unknown')).toBe('unknown');
  });
});

describe('formatWhen', () => {
  const now = new Date(2026, 10, 26, 15, 0);

  it('shows only the clock for today, and the day too for earlier days', () => {
    const today = new Date(2026, 10, 26, 9, 5);
    expect(formatWhen(today, now)).toBe(formatClock(today));
    const earlier = new Date(2026, 10, 20, 9, 5);
    expect(formatWhen(earlier, now)).not.toBe(formatClock(earlier));
    expect(formatWhen(earlier, now)).toContain('20');
  });
});
