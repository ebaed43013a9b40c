import { describe, expect, it } from 'vitest';
import { newStaffAuditDoc, newStaffDoc, newVisitDoc, ticketUpdate } from './documents';

describe('newVisitDoc', () => {
  it('opens the visit waiting, with the patient’s name copied and the ticket left null for the function', () => {
    expect(
      newVisitDoc({ id: 'p1', fullName: 'Ana Gomez' }, { reason: 'Cough', priority: 'urgent' }, 'desk', 't0'),
    ).toEqual({
      patientId: 'p1',
      patientName: 'Ana Gomez',
      reason: 'Cough',
      priority: 'urgent',
      status: 'waiting',
      ticket: null,
      createdAt: 't0',
      createdBy: 'desk',
    });
  });
});

describe('ticketUpdate', () => {
  it('gives the formatted ticket, its number and the day it belongs to', () => {
    expect(ticketUpdate(7, '2026-11-26')).toEqual({ ticket: 'A-007', ticketNumber: 7, dayKey: '2026-11-26' });
  });
});

describe('documents built from other records', () => {
  const stored = {
    displayName: 'Ana',
    email: 'ana@clinic.test',
    role: 'admin',
    active: true,
    claimsUpdatedAt: 'old',
  } as const;

  it('keep only their own fields', () => {
    expect(newStaffDoc(stored, 'new')).toEqual({ ...stored, claimsUpdatedAt: 'new' });
    expect(
      newStaffAuditDoc(
        { action: 'deactivated', by: 'a1', member: 'm1', before: stored, after: { ...stored, active: false } },
        'now',
      ),
    ).toEqual({
      action: 'deactivated',
      by: 'a1',
      member: 'm1',
      before: { role: 'admin', active: true },
      after: { role: 'admin', active: false },
      at: 'now',
    });
  });
});
