import { describe, expect, it } from 'vitest';
import { accountClaims } from './apply-account';

describe('accountClaims', () => {
  it('gives an active member of the owning clinic their role and that clinic, and nothing else', () => {
    expect(accountClaims('sunrise', { role: 'receptionist', active: true })).toEqual({
      role: 'receptionist',
      clinicId: 'sunrise',
    });
  });

  it('gives no claims to an inactive member, a missing record or an account owned by none', () => {
    expect(accountClaims('sunrise', { role: 'admin', active: false })).toBeNull();
    expect(accountClaims('sunrise', undefined)).toBeNull();
    expect(accountClaims(null, { role: 'admin', active: true })).toBeNull();
  });
});
