import { beforeAll, describe, expect, it } from 'vitest';
import { deleteApp, initializeApp } from 'firebase/app';
import { confirmPasswordReset, connectAuthEmulator, getAuth, sendPasswordResetEmail } from 'firebase/auth';
import { collection, doc, getDocs, onSnapshot } from 'firebase/firestore';
import type { StaffDoc, TimestampLike } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import type { AddStaffInput, ChangeRoleInput } from '@clinicflow/shared/validation';
import { PROJECT_ID, emulatorEnv } from '../../scripts/lib/emulators';
import { signInAs, type Client } from '../helpers/clients';
import { passwordResetEmail } from '../helpers/oob-codes';
import {
  adminAuth,
  adminDb,
  signedInClients,
  createClinic,
  createStaff,
  refusal,
  staffApi,
  staffMirror,
} from './helpers';

const clinicId = 'staffing';
const rivalId = 'rival';
const signIn = signedInClients();

const mirror = (uid: string, clinic = clinicId) => staffMirror(clinic, uid);

let admin: Client;
let api: ReturnType<typeof staffApi>;
let adminUid: string;

beforeAll(async () => {
  await Promise.all([createClinic(clinicId, 'Europe/Madrid'), createClinic(rivalId, 'Europe/Madrid')]);
  const boss = await createStaff(clinicId, 'admin', 'boss');
  adminUid = boss.uid;
  admin = await signIn(boss.email);
  api = staffApi(admin.app);
});

describe('staff callables refuse', () => {
  it('a caller who is not signed in', async () => {
    const app = initializeApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key' }, 'signed-out');
    try {
      const answer = await refusal(
        staffApi(app).addStaff({ email: 'x@y.test', displayName: 'X Y', role: 'receptionist' }),
      );
      expect(answer).toMatchObject({ code: 'functions/unauthenticated', message: 'Sign in to manage staff.' });
    } finally {
      await deleteApp(app);
    }
  });

  it('a receptionist, a doctor and a user with no role: only admins manage staff', async () => {
    const callers = await Promise.all([
      createStaff(clinicId, 'receptionist', 'front').then((s) => signIn(s.email)),
      createStaff(clinicId, 'checkerDoctor', 'doc').then((s) => signIn(s.email)),
      signIn('norole@demo.test'),
    ]);
    for (const caller of callers) {
      const answer = await refusal(staffApi(caller.app).changeStaffRole({ uid: caller.uid, role: 'admin' }));
      expect(answer).toMatchObject({
        code: 'functions/permission-denied',
        message: 'Only an active admin of this clinic can manage its staff.',
      });
    }
  });

  it('bad input, with a validation code for each field in the details', async () => {
    const answer = await refusal(
      api.addStaff({ email: 'not-an-email', displayName: 'A', role: 'boss' } as unknown as AddStaffInput),
    );
    expect(answer.code).toBe('functions/invalid-argument');
    expect(answer.details).toEqual({
      reason: 'invalidInput',
      fields: { email: 'email.invalid', displayName: 'name.tooShort', role: 'role.invalid' },
    });
    expect(answer.message).toContain('email: email.invalid');
    const missing = await refusal(api.changeStaffRole({ role: 'admin' } as unknown as ChangeRoleInput));
    expect(missing).toMatchObject({
      code: 'functions/invalid-argument',
      details: { reason: 'invalidInput', fields: { uid: 'uid.required' } },
    });
  });

  it('changing or deactivating a member of another clinic, as if there were no such member', async () => {
    const outsider = await createStaff(rivalId, 'receptionist', 'outsider');
    for (const call of [
      () => api.changeStaffRole({ uid: outsider.uid, role: 'admin' }),
      () => api.deactivateStaff({ uid: outsider.uid }),
      () => api.deactivateStaff({ uid: 'no-such-uid' }),
    ]) {
      expect(await refusal(call())).toMatchObject({
        code: 'functions/not-found',
        message: 'There is no staff member with that id in your clinic.',
      });
    }
    expect(await mirror(outsider.uid, rivalId)).toMatchObject({ role: 'receptionist', active: true });
    expect((await adminAuth().getUser(outsider.uid)).customClaims).toEqual({ role: 'receptionist', clinicId: rivalId });
  });

  it('adding someone who is already on the clinic’s staff', async () => {
    const member = await createStaff(clinicId, 'receptionist', 'already');
    const answer = await refusal(api.addStaff({ email: member.email, displayName: 'Al Ready', role: 'admin' }));
    expect(answer).toMatchObject({ code: 'functions/already-exists' });
    expect(await mirror(member.uid)).toMatchObject({ role: 'receptionist', displayName: 'already' });
  });

  it('demoting or deactivating the clinic’s last admin, even by themselves', async () => {
    const demote = await refusal(api.changeStaffRole({ uid: adminUid, role: 'receptionist' }));
    const deactivate = await refusal(api.deactivateStaff({ uid: adminUid }));
    for (const answer of [demote, deactivate]) {
      expect(answer).toMatchObject({
        code: 'functions/failed-precondition',
        message: 'That is the clinic’s last admin: make someone else an admin first.',
      });
    }
    expect(await mirror(adminUid)).toMatchObject({ role: 'admin', active: true });
    expect((await adminAuth().getUser(adminUid)).disabled).toBe(false);
  });

  it('a role change for a deactivated member', async () => {
    const gone = await createStaff(clinicId, 'receptionist', 'gone');
    await api.deactivateStaff({ uid: gone.uid });
    const answer = await refusal(api.changeStaffRole({ uid: gone.uid, role: 'checkerDoctor' }));
    expect(answer).toMatchObject({ code: 'functions/failed-precondition' });
    expect(await mirror(gone.uid)).toMatchObject({ role: 'receptionist', active: false });
  });

  it('an admin who was demoted, though their token still says admin', async () => {
    const second = await createStaff(clinicId, 'admin', 'second');
    const secondClient = await signIn(second.email);
    await api.changeStaffRole({ uid: second.uid, role: 'receptionist' });
    const stillClaimsAdmin = await secondClient.auth.currentUser?.getIdTokenResult();
    expect(stillClaimsAdmin?.claims.role).toBe('admin');

    const answer = await refusal(
      staffApi(secondClient.app).addStaff({ email: 'sneaky@staffing.test', displayName: 'Sneaky', role: 'admin' }),
    );
    expect(answer.code).toBe('functions/permission-denied');
    await expect(adminAuth().getUserByEmail('sneaky@staffing.test')).rejects.toMatchObject({
      code: 'auth/user-not-found',
    });
  });
});

describe('staff callables, done by the clinic admin', () => {
  it('add a new person: Auth user, claims and mirror; the admin’s browser sends the password-setup email', async () => {
    const email = 'new.nurse@staffing.test';
    const result = await api.addStaff({ email, displayName: 'Nia Nurse', role: 'receptionist' });
    // No link comes back: only the member's inbox ever holds one.
    expect(Object.keys(result.data)).toEqual(['uid']);
    const { uid } = result.data;

    const user = await adminAuth().getUser(uid);
    expect(user).toMatchObject({ email, displayName: 'Nia Nurse', disabled: false });
    expect(user.customClaims).toEqual({ role: 'receptionist', clinicId });
    expect(await mirror(uid)).toMatchObject({ displayName: 'Nia Nurse', email, role: 'receptionist', active: true });

    // As the admin screen does next: Firebase's own reset email, sent from the admin's browser.
    await sendPasswordResetEmail(admin.auth, email);
    const { oobCode } = await passwordResetEmail(email);
    const app = initializeApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key' }, 'password-setup');
    try {
      const auth = getAuth(app);
      connectAuthEmulator(auth, `http://${emulatorEnv().authHost}`, { disableWarnings: true });
      await confirmPasswordReset(auth, oobCode, 'a-good-new-password');
    } finally {
      await deleteApp(app);
    }
    const newcomer = await signIn(email, 'a-good-new-password');
    expect((await newcomer.auth.currentUser?.getIdTokenResult())?.claims).toMatchObject({
      role: 'receptionist',
      clinicId,
    });
  });

  it('add back a former member: same account, enabled again, new role', async () => {
    const former = await createStaff(clinicId, 'receptionist', 'former');
    await api.deactivateStaff({ uid: former.uid });
    const result = await api.addStaff({ email: former.email, displayName: 'Fay Former', role: 'checkerDoctor' });
    expect(result.data.uid).toBe(former.uid);
    expect(await mirror(former.uid)).toMatchObject({ displayName: 'Fay Former', role: 'checkerDoctor', active: true });
    const user = await adminAuth().getUser(former.uid);
    expect(user.disabled).toBe(false);
    expect(user.customClaims).toEqual({ role: 'checkerDoctor', clinicId });
  });

  it('change a role: claims and mirror together, with claimsUpdatedAt moved', async () => {
    const member = await createStaff(clinicId, 'receptionist', 'mover');
    const before = (await mirror(member.uid))?.claimsUpdatedAt.toMillis() ?? 0;
    const result = await api.changeStaffRole({ uid: member.uid, role: 'checkerDoctor' });
    expect(result.data).toEqual({ uid: member.uid, role: 'checkerDoctor' });
    expect((await adminAuth().getUser(member.uid)).customClaims).toEqual({ role: 'checkerDoctor', clinicId });
    const after = await mirror(member.uid);
    expect(after).toMatchObject({ role: 'checkerDoctor', active: true });
    expect(after?.claimsUpdatedAt.toMillis()).toBeGreaterThan(before);
  });

  it('demote one of two admins', async () => {
    const other = await createStaff(clinicId, 'admin', 'coadmin');
    await api.changeStaffRole({ uid: other.uid, role: 'checkerDoctor' });
    expect(await mirror(other.uid)).toMatchObject({ role: 'checkerDoctor' });
  });

  it('deactivate: account disabled, tokens revoked, claims cleared, mirror inactive', async () => {
    const leaver = await createStaff(clinicId, 'checkerDoctor', 'leaver');
    const leaverClient = await signIn(leaver.email);
    const result = await api.deactivateStaff({ uid: leaver.uid });
    expect(result.data).toEqual({ uid: leaver.uid, active: false });

    const user = await adminAuth().getUser(leaver.uid);
    expect(user.disabled).toBe(true);
    // The Auth emulator reports cleared claims as {}, production as undefined.
    expect(user.customClaims ?? {}).toEqual({});
    expect(Date.parse(user.tokensValidAfterTime ?? '')).toBeGreaterThan(0);
    expect(await mirror(leaver.uid)).toMatchObject({ active: false });
    // Their signed-in client can no longer get a fresh token.
    await expect(leaverClient.auth.currentUser?.getIdToken(true)).rejects.toMatchObject({
      code: expect.stringMatching(/^auth\/(user-disabled|user-token-expired)$/) as unknown,
    });
    await expect(signInAs(leaver.email)).rejects.toMatchObject({ code: 'auth/user-disabled' });
  });

  it('let exactly one of two admins demote the other when both try at once', async () => {
    const pair = await Promise.all([createStaff('duo', 'admin', 'left'), createStaff('duo', 'admin', 'right')]);
    const [left, right] = await Promise.all(pair.map((p) => signIn(p.email)));
    if (!left || !right) throw new Error('sign-in failed');
    const outcomes = await Promise.allSettled([
      staffApi(left.app).changeStaffRole({ uid: right.uid, role: 'receptionist' }),
      staffApi(right.app).changeStaffRole({ uid: left.uid, role: 'receptionist' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const admins = await adminDb().collection(paths.staff('duo')).where('role', '==', 'admin').get();
    expect(admins.size).toBe(1);
  });
});

describe('a role change', () => {
  it('reaches the signed-in member’s next request without signing out', async () => {
    const member = await createStaff(clinicId, 'receptionist', 'switcher');
    const client = await signIn(member.email);
    const notifications = () => getDocs(collection(client.db, paths.notifications(clinicId)));
    await expect(notifications()).rejects.toMatchObject({ code: 'permission-denied' });

    // As the web app does: watch the own staff doc and refresh the token when claimsUpdatedAt moves.
    const seen: TimestampLike[] = [];
    const refreshed = new Promise<void>((resolve, reject) => {
      const stop = onSnapshot(
        doc(client.db, `${paths.staff(clinicId)}/${member.uid}`),
        (snap) => {
          const stamp = (snap.data() as StaffDoc | undefined)?.claimsUpdatedAt;
          if (stamp) seen.push(stamp);
          if (seen.length > 1 && stamp && stamp.toMillis() > (seen[0]?.toMillis() ?? 0)) {
            stop();
            client.auth.currentUser?.getIdToken(true).then(() => resolve(), reject);
          }
        },
        reject,
      );
    });
    await api.changeStaffRole({ uid: member.uid, role: 'checkerDoctor' });
    await refreshed;

    // The clinic has no visits, so no notifications; what matters is that the read is allowed.
    expect((await notifications()).size).toBe(0);
    const token = await client.auth.currentUser?.getIdTokenResult();
    expect(token?.claims).toMatchObject({ role: 'checkerDoctor', clinicId });
  });
});
