import { describe, expect, it } from 'vitest';
import { losesAdmin } from './last-admin';

const admin = { role: 'admin', active: true } as const;

describe('losesAdmin', () => {
  it('is true when an active admin is demoted or deactivated', () => {
    expect(losesAdmin(admin, { role: 'receptionist', active: true })).toBe(true);
    expect(losesAdmin(admin, { role: 'admin', active: false })).toBe(true);
  });

  it('is false when an admin stays one, or the member was no active admin to begin with', () => {
    expect(losesAdmin(admin, admin)).toBe(false);
    expect(losesAdmin({ role: 'checkerDoctor', active: true }, { role: 'receptionist', active: false })).toBe(false);
    expect(losesAdmin({ role: 'admin', active: false }, { role: 'receptionist', active: false })).toBe(false);
  });
});
