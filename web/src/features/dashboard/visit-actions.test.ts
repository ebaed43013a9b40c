import { describe, expect, it } from 'vitest';
import { doctorActions } from './visit-actions';

describe('doctorActions', () => {
  it('offers "call in" and "start review" on a waiting visit', () => {
    expect(doctorActions({ status: 'waiting', claimedBy: null }, 'dr-a')).toEqual(['call', 'claim']);
  });

  it('offers recall, transfer, start, no-show and return on a patient the doctor called, and nothing to others', () => {
    expect(doctorActions({ status: 'called', claimedBy: 'dr-a' }, 'dr-a')).toEqual([
      'recall',
      'transfer',
      'start',
      'noShow',
      'return',
    ]);
    expect(doctorActions({ status: 'called', claimedBy: 'dr-a' }, 'dr-b')).toEqual([]);
  });

  it('offers transfer, return and complete only to the doctor holding the claim', () => {
    expect(doctorActions({ status: 'in_review', claimedBy: 'dr-a' }, 'dr-a')).toEqual([
      'transfer',
      'return',
      'complete',
    ]);
    expect(doctorActions({ status: 'in_review', claimedBy: 'dr-a' }, 'dr-b')).toEqual([]);
  });

  it('offers nothing on a finished visit: the undos live in their toast', () => {
    expect(doctorActions({ status: 'done', claimedBy: 'dr-a' }, 'dr-a')).toEqual([]);
    expect(doctorActions({ status: 'no_show', claimedBy: 'dr-a' }, 'dr-a')).toEqual([]);
    expect(doctorActions({ status: 'cancelled' }, 'dr-a')).toEqual([]);
  });
});
