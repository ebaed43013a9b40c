import { afterEach, describe, expect, it } from 'vitest';
import { forgetMember, lastMember, rememberMember, rememberTimezone, setTrustedDevice } from './trusted-device';

const DOCTOR = { uid: 'dr-lee', role: 'checkerDoctor', clinicId: 'sunrise' } as const;

afterEach(() => {
  localStorage.clear();
});

describe('what a trusted device remembers of its last member', () => {
  it('remembers nothing on a device not marked trusted', () => {
    rememberMember(DOCTOR);
    expect(lastMember()).toBeNull();
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('keeps the role, the clinic and its time zone, and nothing personal', () => {
    setTrustedDevice(true);
    rememberMember(DOCTOR);
    rememberTimezone('sunrise', 'Europe/Madrid');
    expect(lastMember('dr-lee')).toEqual({ ...DOCTOR, timezone: 'Europe/Madrid' });
    expect(JSON.parse(localStorage.getItem('clinicflow.lastMember') ?? '')).toEqual({
      ...DOCTOR,
      timezone: 'Europe/Madrid',
    });
  });

  it('stands in only for the same account', () => {
    setTrustedDevice(true);
    rememberMember(DOCTOR);
    expect(lastMember('someone-else')).toBeNull();
  });

  it("drops the time zone when the member moves to another clinic, and ignores another clinic's", () => {
    setTrustedDevice(true);
    rememberMember(DOCTOR);
    rememberTimezone('sunrise', 'Europe/Madrid');
    rememberTimezone('harbor', 'America/New_York');
    expect(lastMember()?.timezone).toBe('Europe/Madrid');
    rememberMember({ ...DOCTOR, clinicId: 'harbor' });
    expect(lastMember()).toEqual({ ...DOCTOR, clinicId: 'harbor' });
  });

  it('reads a tampered or malformed entry as nothing remembered', () => {
    for (const raw of ['{', 'null', '"x"', JSON.stringify({ uid: 'u', role: 'owner', clinicId: 'sunrise' })]) {
      localStorage.setItem('clinicflow.lastMember', raw);
      expect(lastMember(), raw).toBeNull();
    }
  });

  it('forgets the member when asked (the sign-in route does)', () => {
    setTrustedDevice(true);
    rememberMember(DOCTOR);
    forgetMember();
    expect(lastMember()).toBeNull();
  });
});
