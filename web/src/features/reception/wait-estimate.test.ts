import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW as NOW, queueRowFixture as row } from './queue-row-fixture';
import { USUAL_MINUTES_PER_PATIENT, estimateWait } from './wait-estimate';

const min = 60_000;
const waiting = (id: string) => row({ id, status: 'waiting' });
const done = (id: string, by: string, claimedAgoMin: number, tookMin: number) =>
  row({
    id,
    status: 'done',
    claimedBy: by,
    claimedAtMs: NOW - claimedAgoMin * min,
    completedAtMs: NOW - claimedAgoMin * min + tookMin * min,
  });

describe('estimateWait', () => {
  it('puts the first waiting visit next, with no wait', () => {
    expect(estimateWait('a', { open: [waiting('a'), waiting('b')], finished: [] }, NOW)).toMatchObject({
      place: 1,
      ahead: 0,
      minutes: 0,
    });
  });

  it('uses the usual pace and one doctor before the day has a pace of its own', () => {
    const estimate = estimateWait('c', { open: [waiting('a'), waiting('b'), waiting('c')], finished: [] }, NOW);
    expect(estimate).toEqual({
      place: 3,
      ahead: 2,
      minutesPerPatient: USUAL_MINUTES_PER_PATIENT,
      todaysPace: false,
      doctors: 1,
      minutes: 20,
    });
  });

  it('counts only waiting visits ahead: a patient with a doctor is not in line', () => {
    const open = [row({ id: 'x', status: 'in_review', claimedBy: 'dr1', claimedAtMs: NOW - 5 * min }), waiting('a')];
    expect(estimateWait('a', { open, finished: [] }, NOW)?.place).toBe(1);
  });

  it("takes today's median consultation and divides by the doctors seeing patients in the last hour", () => {
    const finished = [
      done('d1', 'dr1', 50, 6),
      done('d2', 'dr2', 40, 30),
      done('d3', 'dr1', 30, 8),
      done('d4', 'dr3', 200, 8),
    ];
    const open = ['a', 'b', 'c', 'd'].map(waiting);
    // Median of 6, 8, 8, 30 = 8 min; dr1 and dr2 took patients within the hour, dr3 did not.
    expect(estimateWait('d', { open, finished }, NOW)).toMatchObject({
      ahead: 3,
      minutesPerPatient: 8,
      todaysPace: true,
      doctors: 2,
      // 3 × 8 ÷ 2 = 12, rounded up to 15.
      minutes: 15,
    });
  });

  it('has no estimate for a visit that is not waiting', () => {
    expect(estimateWait('gone', { open: [waiting('a')], finished: [] }, NOW)).toBeNull();
  });
});
