import { describe, expect, it } from 'vitest';
import { dayKey, formatTicket, isValidTimeZone } from './tickets';

describe('formatTicket', () => {
  it('pads to three digits', () => {
    expect(formatTicket(7)).toBe('A-007');
    expect(formatTicket(123)).toBe('A-123');
  });
  it('grows past 999 instead of wrapping', () => {
    expect(formatTicket(1000)).toBe('A-1000');
  });
  it('refuses zero, negatives and fractions', () => {
    expect(() => formatTicket(0)).toThrow(RangeError);
    expect(() => formatTicket(-1)).toThrow(RangeError);
    expect(() => formatTicket(1.5)).toThrow(RangeError);
  });
});

describe('dayKey', () => {
  it('uses the clinic timezone, not UTC', () => {
    const lateEveningInNewYork = new Date('2026-11-27T03:30:00Z');
    expect(dayKey(lateEveningInNewYork, 'America/New_York')).toBe('2026-11-26');
    expect(dayKey(lateEveningInNewYork, 'UTC')).toBe('2026-11-27');
  });
  it('rolls over at local midnight', () => {
    expect(dayKey(new Date('2026-11-26T22:59:59Z'), 'Europe/Madrid')).toBe('2026-11-26');
    expect(dayKey(new Date('2026-11-26T23:00:00Z'), 'Europe/Madrid')).toBe('2026-11-27');
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA zones and refuses nonsense', () => {
    expect(isValidTimeZone('Europe/Madrid')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
