import { describe, expect, it } from 'vitest';
import { confirmationStep, parseGrantAdminArgs, targetProblem } from './grant-admin-args';

const base = ['--project', 'clinicflow-prod', '--clinic', 'sunrise', '--email', 'ana@clinic.org'];

describe('parseGrantAdminArgs', () => {
  it('reads the required flags and the optional ones, trimming names', () => {
    expect(
      parseGrantAdminArgs([...base, '--name', ' Ana Ruiz ', '--timezone', 'Europe/Madrid', '--clinic-name', 'Sunrise']),
    ).toEqual({
      ok: true,
      options: {
        projectId: 'clinicflow-prod',
        clinicId: 'sunrise',
        email: 'ana@clinic.org',
        displayName: 'Ana Ruiz',
        timezone: 'Europe/Madrid',
        clinicName: 'Sunrise',
        yes: false,
      },
    });
    expect(parseGrantAdminArgs([...base, '--yes'])).toMatchObject({ ok: true, options: { yes: true } });
  });

  it('lists every missing flag at once', () => {
    expect(parseGrantAdminArgs([])).toEqual({
      ok: false,
      errors: ['--project is required.', '--clinic is required.', '--email is required.'],
    });
  });

  it('refuses a bad project id, clinic id, email, name and timezone, each with its own message', () => {
    const parsed = parseGrantAdminArgs([
      ...['--project', 'My Project', '--clinic', 'a/b', '--email', 'nope'],
      ...['--name', 'A', '--timezone', 'Mars/Olympus', '--clinic-name', 'X'],
    ]);
    expect(parsed).toEqual({
      ok: false,
      errors: [
        '--project: "My Project" is not a Firebase project id.',
        '--clinic: use letters, digits, - and _ only (at most 128).',
        '--email: Enter a valid email address.',
        '--name: Name needs at least 2 characters.',
        '--clinic-name: Clinic name needs at least 2 characters.',
        '--timezone: "Mars/Olympus" is not an IANA time zone (e.g. Europe/Madrid, America/New_York).',
      ],
    });
  });

  it('refuses unknown flags and flags without a value', () => {
    expect(parseGrantAdminArgs([...base, '--role', 'owner'])).toMatchObject({ ok: false });
    expect(parseGrantAdminArgs(['--project'])).toMatchObject({ ok: false });
  });
});

describe('targetProblem', () => {
  const emulators = { FIRESTORE_EMULATOR_HOST: '127.0.0.1:8080', FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099' };

  it('lets a real project run without emulators and a demo project run on them', () => {
    expect(targetProblem('clinicflow-prod', {})).toBeNull();
    expect(targetProblem('demo-clinicflow', emulators)).toBeNull();
  });

  it('refuses a demo project without the emulators', () => {
    expect(targetProblem('demo-clinicflow', { FIRESTORE_EMULATOR_HOST: '127.0.0.1:8080' })).toMatch(
      /demo project, which exists only on the emulators/,
    );
  });

  it('refuses a real project while an emulator variable would divert the writes', () => {
    expect(targetProblem('clinicflow-prod', { FIREBASE_AUTH_EMULATOR_HOST: '127.0.0.1:9099' })).toMatch(
      /^FIREBASE_AUTH_EMULATOR_HOST set, so this would write to the emulators, not to project "clinicflow-prod"/,
    );
  });
});

describe('confirmationStep', () => {
  it('asks before writing to a real project, and refuses to when there is no terminal to ask in', () => {
    expect(confirmationStep('clinicflow-prod', false, true)).toBe('ask');
    expect(confirmationStep('clinicflow-prod', false, false)).toBe('refuse');
  });

  it('needs no question for a demo project, nor once --yes was given', () => {
    expect(confirmationStep('demo-clinicflow', false, false)).toBe('none');
    expect(confirmationStep('clinicflow-prod', true, false)).toBe('none');
  });
});
