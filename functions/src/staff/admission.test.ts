import { describe, expect, it } from 'vitest';
import { admission } from './admission';

const active = { active: true };
const former = { active: false };

describe('admission', () => {
  it('admits an account the clinic owns that is not active on its staff: a former member, or one being created', () => {
    expect(admission('sunrise', { clinicId: 'sunrise' }, former)).toBe('admit');
    expect(admission('sunrise', { clinicId: 'sunrise' }, undefined)).toBe('admit');
  });

  it('admits an account owned by none only when it was this clinic’s member before', () => {
    expect(admission('sunrise', { clinicId: null }, former)).toBe('admit');
    expect(admission('sunrise', { clinicId: null }, undefined)).toBe('refused');
    expect(admission('sunrise', { clinicId: null }, active)).toBe('refused');
  });

  it('says when the account is already an active member of this clinic', () => {
    expect(admission('sunrise', { clinicId: 'sunrise' }, active)).toBe('already-on-staff');
  });

  it('refuses another clinic’s account, even with a record left here, and any account not in the registry', () => {
    expect(admission('sunrise', { clinicId: 'harbor' }, undefined)).toBe('refused');
    expect(admission('sunrise', { clinicId: 'harbor' }, former)).toBe('refused');
    expect(admission('sunrise', { clinicId: 'harbor' }, active)).toBe('refused');
    expect(admission('sunrise', undefined, undefined)).toBe('refused');
    expect(admission('sunrise', undefined, former)).toBe('refused');
  });
});
