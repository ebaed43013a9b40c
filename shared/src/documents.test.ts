import { describe, expect, it } from 'vitest';
import {
  changedFields,
  newCorrectionDoc,
  newStaffAuditDoc,
  newStaffDoc,
  newVisitDoc,
  patientCorrection,
  ticketUpdate,
  visitCorrection,
} from './documents';
import { PATIENT_CORRECTABLE } from './model';

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

  it('marks the visit of a patient whose details are missing, and only then', () => {
    const input = { reason: 'Collapsed', priority: 'emergency' } as const;
    const walkIn = newVisitDoc({ id: 'p2', fullName: 'Walk In', detailsMissing: true }, input, 'desk', 't0');
    expect(walkIn.patientDetailsMissing).toBe(true);
    const complete = newVisitDoc({ id: 'p1', fullName: 'Ana', detailsMissing: false }, input, 'desk', 't0');
    expect(complete).not.toHaveProperty('patientDetailsMissing');
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

describe('corrections', () => {
  it('rebuild a corrected patient’s derived fields and stamp who and when', () => {
    expect(
      patientCorrection(
        { fullName: 'Lucía Fernández', phone: '+34 622 480 915', dateOfBirth: '1979-06-21' },
        'desk',
        't1',
      ),
    ).toMatchObject({
      fullName: 'Lucía Fernández',
      nameKey: 'lucia fernandez',
      searchKeys: expect.arrayContaining(['lucia', 'fernandez', '622480915']) as unknown,
      updatedBy: 'desk',
      updatedAt: 't1',
    });
    expect(visitCorrection({ reason: 'Chest pain', priority: 'emergency' }, 'desk', 't2')).toEqual({
      reason: 'Chest pain',
      priority: 'emergency',
      correctedBy: 'desk',
      correctedAt: 't2',
    });
  });

  it('audit only the fields that changed, as they were and as they are', () => {
    const before = { fullName: 'Lucia', phone: '600 111 222', dateOfBirth: '1979-06-21', nameKey: 'lucia' };
    const after = { ...before, fullName: 'Lucía', nameKey: 'lucia' };
    const changed = changedFields(PATIENT_CORRECTABLE, before, after);
    expect(changed).toEqual(['fullName']);
    expect(newCorrectionDoc({ kind: 'patient', id: 'p1' }, changed, before, after, { by: 'desk', at: 't3' })).toEqual({
      kind: 'patient',
      targetId: 'p1',
      by: 'desk',
      at: 't3',
      before: { fullName: 'Lucia' },
      after: { fullName: 'Lucía' },
    });
    expect(changedFields(PATIENT_CORRECTABLE, before, { ...before, searchKeys: ['x'] })).toEqual([]);
  });
});
