import { describe, expect, it } from 'vitest';
import { staffClaims } from './staff-record';

describe('staffClaims', () => {
  const record = { displayName: 'Ana Ruiz', email: 'ana@clinic.test', role: 'receptionist', active: true } as const;

  it('gives an active member their role and clinic, and nothing else', () => {
    expect(staffClaims('sunrise', record)).toEqual({ role: 'receptionist', clinicId: 'sunrise' });
  });

  it('gives an inactive member no claims at all', () => {
    expect(staffClaims('sunrise', { ...record, active: false })).toBeNull();
  });
});
