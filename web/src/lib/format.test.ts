import { describe, expect, it } from 'vitest';
import { createFormatter } from './format';

// 2026-11-26 23:30 UTC is 00:30 on the 27th in Madrid: the clinic's new day, whatever the browser's zone.
const AFTER_MADRID_MIDNIGHT = new Date(Date.UTC(2026, 10, 26, 23, 30));
const BEFORE_MADRID_MIDNIGHT = new Date(Date.UTC(2026, 10, 26, 22, 50));

describe('createFormatter', () => {
  it('shows times in the clinic’s zone on a 24-hour clock, in both languages', () => {
    expect(createFormatter('es', 'Europe/Madrid').clock(AFTER_MADRID_MIDNIGHT)).toBe('00:30');
    expect(createFormatter('en', 'Europe/Madrid').clock(AFTER_MADRID_MIDNIGHT)).toBe('00:30');
    expect(createFormatter('es', 'Europe/Madrid').clock(BEFORE_MADRID_MIDNIGHT, true)).toBe('23:50:00');
    expect(createFormatter('en', 'America/New_York').clock(AFTER_MADRID_MIDNIGHT)).toBe('18:30');
  });

  it('counts "today" from the clinic’s midnight, not the browser’s', () => {
    const madrid = createFormatter('es', 'Europe/Madrid');
    const now = new Date(Date.UTC(2026, 10, 27, 8, 0));
    expect(madrid.when(AFTER_MADRID_MIDNIGHT, now)).toBe('00:30');
    expect(madrid.when(BEFORE_MADRID_MIDNIGHT, now)).toBe('26 nov, 23:50');
    expect(createFormatter('en', 'Europe/Madrid').when(BEFORE_MADRID_MIDNIGHT, now)).toBe('26 Nov, 23:50');
  });

  it('keeps a calendar date as stored whatever the zone, in the screen’s language', () => {
    expect(createFormatter('es', 'Pacific/Kiritimati').calendarDate('1984-03-12')).toBe('12 mar 1984');
    expect(createFormatter('en', 'Pacific/Pago_Pago').calendarDate('1984-03-12')).toBe('12 Mar 1984');
    expect(createFormatter('en', 'Europe/Madrid').calendarDate('unknown')).toBe('unknown');
  });

  it('formats numbers and lists the way each language writes them', () => {
    expect(createFormatter('en', 'Europe/Madrid').number(12345)).toBe('12,345');
    expect(createFormatter('es', 'Europe/Madrid').number(12345)).toBe('12.345');
    expect(createFormatter('en', 'Europe/Madrid').list(['A-001', 'A-002', 'A-003'])).toBe('A-001, A-002 and A-003');
    expect(createFormatter('es', 'Europe/Madrid').list(['A-001', 'A-002', 'A-003'])).toBe('A-001, A-002 y A-003');
  });

  it('gives the clinic’s today for a date input’s max', () => {
    expect(createFormatter('es', 'Europe/Madrid').todayKey()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
