import { describe, expect, it } from 'vitest';
import { EMPTY_DAY } from '@clinicflow/shared/documents';
import type { VisitStatus } from '@clinicflow/shared/model';
import { dayStats } from '@clinicflow/shared/day-stats';
import { withArrival, withStatusChange, type FigureChange } from './day-figures';

const change = (from: VisitStatus, to: VisitStatus, more: Partial<FigureChange> = {}): FigureChange => ({
  from,
  to,
  waitMs: null,
  seen: null,
  ...more,
});

describe('dayStats', () => {
  it('fills missing and non-numeric figures with zero and keeps the rest', () => {
    expect(dayStats(undefined)).toEqual(EMPTY_DAY);
    expect(dayStats({ lastTicket: 7, waiting: 'many', done: Number.NaN, extra: 1 })).toEqual({
      ...EMPTY_DAY,
      lastTicket: 7,
    });
  });

  it('keeps the stored maps, dropping what is not a number', () => {
    const stored = {
      arrivalsByPriority: { urgent: 2, normal: 'x' },
      arrivalsByHour: { '09': 3, '10': null },
      waits: { v1: 60_000 },
      doctors: { 'dr-1': { seen: 2, timed: 1, withPatientMs: 300_000 }, 'dr-2': 'broken' },
    };
    expect(dayStats(stored)).toEqual({
      ...EMPTY_DAY,
      arrivalsByPriority: { emergency: 0, urgent: 2, normal: 0 },
      arrivalsByHour: { '09': 3 },
      waits: { v1: 60_000 },
      doctors: {
        'dr-1': { seen: 2, timed: 1, withPatientMs: 300_000 },
        'dr-2': { seen: 0, timed: 0, withPatientMs: 0 },
      },
    });
  });
});

describe('withArrival', () => {
  it('counts the visit under its status, priority and hour, and records its ticket number', () => {
    const before = { ...EMPTY_DAY, lastTicket: 4, waiting: 2, arrivalsByHour: { '09': 2 } };
    expect(withArrival(before, { status: 'waiting', priority: 'urgent', hour: '09' }, 5)).toEqual({
      ...EMPTY_DAY,
      lastTicket: 5,
      waiting: 3,
      arrivalsByPriority: { emergency: 0, urgent: 1, normal: 0 },
      arrivalsByHour: { '09': 3 },
    });
  });
});

describe('withStatusChange', () => {
  const start = { ...EMPTY_DAY, lastTicket: 3, waiting: 2, inReview: 1 };

  it('moves a claimed visit from waiting to in review and keeps its wait, by visit id', () => {
    expect(withStatusChange(start, change('waiting', 'in_review', { waitMs: 90_000 }), 'v1')).toEqual({
      ...start,
      waiting: 1,
      inReview: 2,
      totalWaitMs: 90_000,
      claimedCount: 1,
      waits: { v1: 90_000 },
    });
  });

  it('keeps one wait sample per visit: a claim after a return replaces the first', () => {
    const first = withStatusChange(start, change('waiting', 'in_review', { waitMs: 60_000 }), 'v1');
    const returned = withStatusChange(first, change('in_review', 'waiting'), 'v1');
    const again = withStatusChange(returned, change('waiting', 'in_review', { waitMs: 240_000 }), 'v1');
    expect(again.waits).toEqual({ v1: 240_000 });
  });

  it('moves completions, returns, cancellations and no-shows between counters without touching waits', () => {
    const cases: [VisitStatus, VisitStatus, Partial<typeof start>][] = [
      ['in_review', 'done', { inReview: 0, done: 1 }],
      ['in_review', 'waiting', { inReview: 0, waiting: 3 }],
      ['waiting', 'cancelled', { waiting: 1, cancelled: 1 }],
      ['waiting', 'no_show', { waiting: 1, noShow: 1 }],
    ];
    for (const [from, to, moved] of cases) {
      expect(withStatusChange(start, change(from, to), 'v1')).toEqual({ ...start, ...moved });
    }
  });

  it('counts a doctor’s patient seen, and their time with the patient only when they completed it', () => {
    const completed = withStatusChange(
      start,
      change('in_review', 'done', { seen: { doctor: 'dr-1', withPatientMs: 600_000 } }),
      'v1',
    );
    const closedAtDayEnd = withStatusChange(
      { ...completed, inReview: 1 },
      change('in_review', 'done', { seen: { doctor: 'dr-1', withPatientMs: null } }),
      'v2',
    );
    expect(closedAtDayEnd.doctors).toEqual({ 'dr-1': { seen: 2, timed: 1, withPatientMs: 600_000 } });
  });

  it('counts called visits apart, from the call through the start of the review or a no-show', () => {
    const called = withStatusChange(start, change('waiting', 'called', { waitMs: 60_000 }), 'v9');
    expect(called).toEqual({
      ...start,
      waiting: 1,
      called: 1,
      totalWaitMs: 60_000,
      claimedCount: 1,
      waits: { v9: 60_000 },
    });
    expect(withStatusChange(called, change('called', 'in_review'), 'v9')).toEqual({
      ...called,
      called: 0,
      inReview: 2,
    });
    expect(withStatusChange(called, change('called', 'no_show'), 'v9')).toEqual({ ...called, called: 0, noShow: 1 });
    // A recall or a transfer is audited but moves no figure.
    expect(withStatusChange(called, change('called', 'called'), 'v9')).toEqual(called);
  });

  it('reaches the same figures whichever order a cancel and its arrival are applied in', () => {
    const cancel = change('waiting', 'cancelled');
    const arrival = { status: 'waiting', priority: 'normal', hour: '08' } as const;
    const arrivalFirst = withStatusChange(withArrival(EMPTY_DAY, arrival, 1), cancel, 'v1');
    const cancelFirst = withArrival(withStatusChange(EMPTY_DAY, cancel, 'v1'), arrival, 1);
    expect(cancelFirst).toEqual(arrivalFirst);
    expect(arrivalFirst).toMatchObject({ lastTicket: 1, waiting: 0, cancelled: 1 });
  });
});
