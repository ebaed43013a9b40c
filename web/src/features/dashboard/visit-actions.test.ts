import { describe, expect, it } from 'vitest';
import { doctorActions } from './visit-actions';

describe('doctorActions', () => {
  it('offers "start review" on a waiting visit', () => {
    expect(doctorActions({ status: 'waiting', claimedBy: null }, 'dr-a')).toEqual(['claim']);
  });

  it('offers complete and return only to the doctor holding the claim', () => {
    expect(doctorActions({ status: 'in_review', claimedBy: 'dr-a' }, 'dr-a')).toEqual(['complete', 'return']);
    expect(doctorActions({ status: 'in_review', claimedBy: 'dr-a' }, 'dr-b')).toEqual([]);
  });

  it('offers nothing on a finished visit', () => {
    expect(doctorActions({ status: 'done', claimedBy: 'dr-a' }, 'dr-a')).toEqual([]);
    expect(doctorActions({ status: 'cancelled' }, 'dr-a')).toEqual([]);
  });
});
