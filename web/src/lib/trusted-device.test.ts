import { afterEach, describe, expect, it } from 'vitest';
import {
  forgetMember,
  lastMember,
  rememberClinic,
  rememberMember,
  rememberedClinic,
  setTrustedDevice,
} from './trusted-device';

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

  it("keeps the role, the clinic and its screens' settings, and nothing personal", () => {
    setTrustedDevice(true);
    rememberMember(DOCTOR);
    const clinic = { name: 'Sunrise', timezone: 'Europe/Madrid', dayEndsAt: '05:30', language: 'es' } as const;
    rememberClinic('sunrise', clinic);
    expect(lastMember('dr-lee')).toEqual({ ...DOCTOR, clinic });
    expect(rememberedClinic('sunrise')).toEqual(clinic);
    expect(JSON.parse(localStorage.getItem('clinicflow.lastMember') ?? '')).toEqual({ ...DOCTOR, clinic });
  });

  it('follows a change of the clinic settings, and leaves out what the clinic does not set', () => {
    setTrustedDevice(true);
    rememberMember(DOCTOR);
    rememberClinic('sunrise', { timezone: 'Europe/Madrid', dayEndsAt: '05:30', language: 'es' });
    rememberClinic('sunrise', { timezone: 'Europe/Madrid' });
    expect(rememberedClinic('sunrise')).toEqual({ timezone: 'Europe/Madrid' });
  });

  it('drops settings it would not use: a malformed day end, an unknown language, an overlong name', () => {
    setTrustedDevice(true);
    const clinic = { name: 'x'.repeat(101), timezone: 'Europe/Madrid', dayEndsAt: '25:00', language: 'fr' };
    localStorage.setItem('clinicflow.lastMember', JSON.stringify({ ...DOCTOR, clinic }));
    expect(rememberedClinic('sunrise')).toEqual({ timezone: 'Europe/Madrid' });
    localStorage.setItem('clinicflow.lastMember', JSON.stringify({ ...DOCTOR, clinic: { dayEndsAt: '05:00' } }));
    expect(lastMember()).toEqual(DOCTOR);
  });

  it('stands in only for the same account', () => {
    setTrustedDevice(true);
    rememberMember(DOCTOR);
    expect(lastMember('someone-else')).toBeNull();
  });

  it("drops the settings when the member moves to another clinic, and ignores another clinic's", () => {
    setTrustedDevice(true);
    rememberMember(DOCTOR);
    rememberClinic('sunrise', { timezone: 'Europe/Madrid' });
    rememberClinic('harbor', { timezone: 'America/New_York' });
    expect(rememberedClinic('sunrise')).toEqual({ timezone: 'Europe/Madrid' });
    expect(rememberedClinic('harbor')).toBeNull();
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
