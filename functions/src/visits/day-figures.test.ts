import { describe, expect, it } from 'vitest';
import { EMPTY_DAY } from '@clinicflow/shared/documents';
import type { VisitStatus } from '@clinicflow/shared/model';
import { dayStats, withArrival, withStatusChange } from './day-figures';

describe('dayStats', () => {
  it('fills missing and non-numeric figures with zero and keeps the rest', () => {
    expect(dayStats(undefined)).toEqual(EMPTY_DAY);
    expect(dayStats({ lastTicket: 7, waiting: 'many', done: Number.NaN, extra: 1 })).toEqual({
      ...EMPTY_DAY,
      lastTicket: 7,
    });
  });
});

describe('withArrival', () => {
  it('counts the visit under its status and records its ticket number', () => {
    expect(withArrival({ ...EMPTY_DAY, lastTicket: 4, waiting: 2 }, 'waiting', 5)).toEqual({
      ...EMPTY_DAY,
      lastTicket: 5,
      waiting: 3,
    });
  });
});

describe('withStatusChange', () => {
  const start = { ...EMPTY_DAY, lastTicket: 3, waiting: 2, inReview: 1 };

  it('moves a claimed visit from waiting to in review and adds its wait', () => {
    expect(withStatusChange(start, { from: 'waiting', to: 'in_review', waitMs: 90_000 })).toEqual({
      ...start,
      waiting: 1,
      inReview: 2,
      totalWaitMs: 90_000,
      claimedCount: 1,
    });
  });

  it('moves completions, returns and cancellations between counters without touching waits', () => {
    const cases: [VisitStatus, VisitStatus, Partial<typeof start>][] = [
      ['in_review', 'done', { inReview: 0, done: 1 }],
      ['in_review', 'waiting', { inReview: 0, waiting: 3 }],
      ['waiting', 'cancelled', { waiting: 1, cancelled: 1 }],
    ];
    for (const [from, to, moved] of cases) {
      expect(withStatusChange(start, { from, to, waitMs: null })).toEqual({ ...start, ...moved });
    }
  });

  it('lets a visit marked no-show leave its counter without joining one', () => {
    expect(withStatusChange(start, { from: 'waiting', to: 'no_show', waitMs: null })).toEqual({ ...start, waiting: 1 });
  });

  it('counts called visits apart, from the call through the start of the review or a no-show', () => {
    const called = withStatusChange(start, { from: 'waiting', to: 'called', waitMs: 60_000 });
    expect(called).toEqual({ ...start, waiting: 1, called: 1, totalWaitMs: 60_000, claimedCount: 1 });
    expect(withStatusChange(called, { from: 'called', to: 'in_review', waitMs: null })).toEqual({
      ...called,
      called: 0,
      inReview: 2,
    });
    expect(withStatusChange(called, { from: 'called', to: 'no_show', waitMs: null })).toEqual({ ...called, called: 0 });
    // A recall or a transfer is audited but moves no figure.
    expect(withStatusChange(called, { from: 'called', to: 'called', waitMs: null })).toEqual(called);
  });

  it('reaches the same figures whichever order a cancel and its arrival are applied in', () => {
    const cancel = { from: 'waiting', to: 'cancelled', waitMs: null } as const;
    const arrivalFirst = withStatusChange(withArrival(EMPTY_DAY, 'waiting', 1), cancel);
    const cancelFirst = withArrival(withStatusChange(EMPTY_DAY, cancel), 'waiting', 1);
    expect(cancelFirst).toEqual(arrivalFirst);
    expect(arrivalFirst).toEqual({ ...EMPTY_DAY, lastTicket: 1, cancelled: 1 });
  });
});
