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
    expect(claimRefusal(visit({ status: 'in_review', claimedBy: 'dr-b' }), 'dr-a')).toEqual({
      key: 'claim.taken',
      label: 'A-007',
    });
  });

  it('tells the holder they already have it', () => {
    expect(claimRefusal(visit({ status: 'in_review', claimedBy: 'dr-a' }), 'dr-a')).toEqual({
      key: 'claim.alreadyYours',
      label: 'A-007',
    });
  });

  it('explains finished, cancelled and vanished visits', () => {
    expect(claimRefusal(visit({ status: 'done' }), 'dr-a')).toEqual({ key: 'claim.done', label: 'A-007' });
    expect(claimRefusal(visit({ status: 'cancelled' }), 'dr-a')).toEqual({ key: 'claim.cancelled', label: 'A-007' });
    expect(claimRefusal(visit({ status: 'no_show' }), 'dr-a')).toEqual({ key: 'claim.noShow', label: 'A-007' });
    expect(claimRefusal(undefined, 'dr-a')).toEqual({ key: 'claim.gone', label: '' });
  });

  it('names the patient while the ticket is not assigned yet', () => {
    expect(claimRefusal(visit({ ticket: undefined, status: 'done' }), 'dr-a')).toEqual({
      key: 'claim.done',
      label: 'Maria Garcia',
    });
  });
});
