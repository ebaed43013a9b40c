import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '@clinicflow/shared/paths';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data';
import { PROJECT_ID } from '../../scripts/lib/emulators';
import { ROOT } from '../../scripts/lib/root';
import { signInAs } from '../helpers/clients';
import { WRONG_PASSWORD, adminAuth, adminDb, createStaff, staffMirror } from './helpers';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI as `npm run grant-admin` would, with this suite's emulator variables unless told
 * otherwise. A test machine has no Google Cloud metadata server: without this, the Admin SDK's
 * credential lookup may probe for one and print a warning to stderr (whether it does depends on
 * timing and on what the network answers), which is not the script's output under test.
 */
function grantAdmin(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'grant-admin.ts'), ...args], {
    cwd: ROOT,
    env: { METADATA_SERVER_DETECTION: 'none', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const project = ['--project', PROJECT_ID];

describe('grant-admin', () => {
  it('creates a missing clinic and user and makes them its admin, with a password-setup link', async () => {
    const run = await grantAdmin([
      ...project,
      ...['--clinic', 'lakeside', '--email', 'founder@lakeside.test', '--name', 'Lena Founder'],
      ...['--timezone', 'America/Chicago', '--clinic-name', 'Lakeside Clinic'],
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/oobCode=/);

    expect((await adminDb().doc(paths.clinic('lakeside')).get()).data()).toEqual({
      name: 'Lakeside Clinic',
      timezone: 'America/Chicago',
      language: 'en',
      dayEndsAt: '04:00',
    });
    const user = await adminAuth().getUserByEmail('founder@lakeside.test');
    expect(user.customClaims).toEqual({ role: 'admin', clinicId: 'lakeside' });
    expect(await staffMirror('lakeside', user.uid)).toMatchObject({
      displayName: 'Lena Founder',
      email: 'founder@lakeside.test',
      role: 'admin',
      active: true,
    });
    expect((await adminDb().doc(paths.account(user.uid)).get()).data()).toMatchObject({ clinicId: 'lakeside' });
  });

  it('can run again for the same person without changing anything but the token stamp', async () => {
    const run = await grantAdmin([...project, '--clinic', 'lakeside', '--email', 'founder@lakeside.test']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Clinic lakeside exists: "Lakeside Clinic", America/Chicago.');
    const user = await adminAuth().getUserByEmail('founder@lakeside.test');
    expect(user.customClaims).toEqual({ role: 'admin', clinicId: 'lakeside' });
    expect((await staffMirror('lakeside', user.uid))?.displayName).toBe('Lena Founder');
  });

  it('needs a timezone to create a clinic, and creates nothing without one', async () => {
    const run = await grantAdmin([...project, '--clinic', 'no-zone', '--email', 'who@no-zone.test']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Clinic no-zone does not exist yet. Pass --timezone');
    expect((await adminDb().doc(paths.clinic('no-zone')).get()).exists).toBe(false);
    await expect(adminAuth().getUserByEmail('who@no-zone.test')).rejects.toMatchObject({ code: 'auth/user-not-found' });
  });

  it('refuses someone on another clinic’s staff', async () => {
    const member = await createStaff('sunrise', 'receptionist', 'desk-two');
    const run = await grantAdmin([...project, '--clinic', 'lakeside', '--email', member.email]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is on the staff of clinic sunrise');
    expect((await adminAuth().getUser(member.uid)).customClaims).toEqual({ role: 'receptionist', clinicId: 'sunrise' });
  });

  it('takes an account ClinicFlow never made only after resetting its password and ending its sessions', async () => {
    const squatter = await adminAuth().createUser({ email: 'early@lakeside.test', password: DEMO_PASSWORD });
    const run = await grantAdmin([...project, '--clinic', 'lakeside', '--email', 'early@lakeside.test']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('its password was reset and its sessions ended');
    expect((await adminAuth().getUser(squatter.uid)).customClaims).toEqual({ role: 'admin', clinicId: 'lakeside' });
    await expect(signInAs('early@lakeside.test', DEMO_PASSWORD)).rejects.toMatchObject(WRONG_PASSWORD);
  });

  it('asks before writing to a real project, and without a terminal refuses unless given --yes', async () => {
    const production = { ...process.env, FIRESTORE_EMULATOR_HOST: '', FIREBASE_AUTH_EMULATOR_HOST: '' };
    const run = await grantAdmin(
      ['--project', 'clinicflow-real-1', '--clinic', 'lakeside', '--email', 'x@lakeside.test'],
      production,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('would write to the real project "clinicflow-real-1"');
    expect(run.stderr).toContain('Pass --yes.');
    expect(run.stdout).toBe('');
  });

  it('prints what is wrong with the command line, then the usage', async () => {
    const run = await grantAdmin([...project, '--clinic', 'lakeside', '--timezone', 'Nowhere/Town']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('✖ --email is required.');
    expect(run.stderr).toContain('✖ --timezone: "Nowhere/Town" is not an IANA time zone');
    expect(run.stderr).toContain('Usage: npm run grant-admin');
  });

  it('refuses a demo project when the emulator variables are not set', async () => {
    const production = { ...process.env, FIRESTORE_EMULATOR_HOST: '', FIREBASE_AUTH_EMULATOR_HOST: '' };
    const run = await grantAdmin([...project, '--clinic', 'lakeside', '--email', 'x@lakeside.test'], production);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is a demo project, which exists only on the emulators');
  });
});
