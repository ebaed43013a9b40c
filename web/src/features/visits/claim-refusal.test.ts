import { describe, expect, it } from 'vitest';
import type { Visit } from '@clinicflow/shared/model';
import { claimRefusal } from './claim-refusal';

const visit = (over: Partial<Visit>): Visit => ({
  id: 'v1',
  patientId: 'p1',
  patientName: 'Maria Garcia',
  reason: 'Cough',
  priority: 'normal',
  status: 'waiting',
  createdAt: { toMillis: () => 0 },
  createdBy: 'desk',
  ticket: 'A-007',
  ...over,
});

describe('claimRefusal', () => {
  it('lets a doctor take a waiting visit', () => {
    expect(claimRefusal(visit({}), 'dr-a')).toBeNull();
  });

  it('says plainly that another doctor was first', () => {
    expect(claimRefusal(visit({ status: 'in_review', claimedBy: 'dr-b' }), 'dr-a')).toBe(
      'Another doctor already took A-007.',
    );
  });

  it('tells the holder they already have it', () => {
    expect(claimRefusal(visit({ status: 'in_review', claimedBy: 'dr-a' }), 'dr-a')).toBe(
      'You are already reviewing A-007.',
    );
  });

  it('explains finished, cancelled and vanished visits', () => {
    expect(claimRefusal(visit({ status: 'done' }), 'dr-a')).toBe('A-007 has already been seen.');
    expect(claimRefusal(visit({ status: 'cancelled' }), 'dr-a')).toBe('A-007 was cancelled by the front desk.');
    expect(claimRefusal(undefined, 'dr-a')).toBe('This visit no longer exists.');
  });

  it('names the patient while the ticket is not assigned yet', () => {
    expect(claimRefusal(visit({ ticket: undefined, status: 'done' }), 'dr-a')).toBe(
      'The visit for Maria Garcia has already been seen.',
    );
  });
});
