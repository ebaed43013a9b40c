import { describe, expect, it } from 'vitest';
import { staffAction, staffAuditEntry } from './staff-audit';

const receptionist = { role: 'receptionist', active: true } as const;
const doctor = { role: 'checkerDoctor', active: true } as const;
const gone = { role: 'checkerDoctor', active: false } as const;

describe('staffAction', () => {
  it('names each change by what it did to the standing', () => {
    expect(staffAction(undefined, receptionist)).toBe('added');
    expect(staffAction(gone, receptionist)).toBe('readded');
    expect(staffAction(doctor, gone)).toBe('deactivated');
    expect(staffAction(receptionist, doctor)).toBe('roleChanged');
  });

  it('is null when neither the role nor being active changed', () => {
    expect(staffAction(gone, gone)).toBeNull();
    expect(staffAction(doctor, doctor)).toBeNull();
  });
});

describe('staffAuditEntry', () => {
  it('keeps only role and active from each side, whatever else the records hold', () => {
    const before = { ...receptionist, displayName: 'Ana', email: 'ana@clinic.test' };
    expect(staffAuditEntry('admin-1', 'member-1', before, doctor, 'now')).toEqual({
      action: 'roleChanged',
      by: 'admin-1',
      member: 'member-1',
      before: receptionist,
      after: doctor,
      at: 'now',
    });
  });

  it('writes nothing for a change that changed nothing', () => {
    expect(staffAuditEntry('admin-1', 'member-1', gone, gone, 'now')).toBeNull();
  });
});
