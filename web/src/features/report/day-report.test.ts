import { describe, expect, it } from 'vitest';
import { EMPTY_DAY } from '@clinicflow/shared/documents';
import { median } from '@clinicflow/shared/median';
import { dayReport, percentile } from './day-report';

describe('percentile and median', () => {
  const waits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('takes the 90th percentile by nearest rank: a wait that really happened', () => {
    expect(percentile(waits, 90)).toBe(9);
    expect(percentile([4], 90)).toBe(4);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
  });

  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median(waits)).toBe(5.5);
    expect(median([1, 3, 8])).toBe(3);
  });
});

describe('dayReport', () => {
  const stats = {
    ...EMPTY_DAY,
    lastTicket: 6,
    waiting: 1,
    inReview: 1,
    done: 2,
    cancelled: 1,
    noShow: 1,
    arrivalsByPriority: { emergency: 1, urgent: 2, normal: 3 },
    arrivalsByHour: { '03': 1, '09': 3, '10': 2 },
    waits: { a: 600_000, b: 60_000, c: 240_000 },
    doctors: {
      'dr-2': { seen: 1, timed: 0, withPatientMs: 0 },
      'dr-1': { seen: 2, timed: 2, withPatientMs: 1_200_000 },
    },
  };

  it('gives counts by status and priority, exact waits and each doctor’s average time', () => {
    const report = dayReport(stats, 4);
    expect(report.arrivals).toBe(6);
    expect(report.byStatus).toEqual({ waiting: 1, called: 0, in_review: 1, done: 2, cancelled: 1, no_show: 1 });
    expect(report.byPriority).toEqual({ emergency: 1, urgent: 2, normal: 3 });
    expect(report.wait).toEqual({ count: 3, averageMs: 300_000, medianMs: 240_000, p90Ms: 600_000 });
    expect(report.doctors).toEqual([
      { uid: 'dr-1', seen: 2, averageWithPatientMs: 600_000 },
      { uid: 'dr-2', seen: 1, averageWithPatientMs: null },
    ]);
  });

  it('lays the hours out from the day end round to the hour before it', () => {
    const hours = dayReport(stats, 4).hours;
    expect(hours).toHaveLength(24);
    expect(hours[0]).toEqual({ hour: '04', arrivals: 0 });
    expect(hours[5]).toEqual({ hour: '09', arrivals: 3 });
    expect(hours[23]).toEqual({ hour: '03', arrivals: 1 });
  });

  it('has no wait figures on a day nobody was claimed', () => {
    expect(dayReport(EMPTY_DAY, 4).wait).toEqual({ count: 0, averageMs: null, medianMs: null, p90Ms: null });
  });
});
