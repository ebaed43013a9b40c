/**
 * Issue 9's takeover holes, each tried as an attacker would: adopting someone else's account,
 * a squatted sign-up, a former clinic acting on a current member, racing changes, and what a
 * deactivation leaves behind. Everything runs through the real callables and the web SDK.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteApp, initializeApp } from 'firebase/app';
import {
  connectAuthEmulator,
  createUserWithEmailAndPassword,
  getAuth,
  signInWithEmailAndPassword,
} from 'firebase/auth';
import { collection, getDocs } from 'firebase/firestore';
import type { AuditDoc, Role, StaffRecord, VisitDoc } from '@clinicflow/shared/model';
import { dutyDoc, roomsUpdate } from '@clinicflow/shared/documents';
import { Timestamp } from 'firebase-admin/firestore';
import { paths } from '@clinicflow/shared/paths';
import { initializeApp as initializeAdminApp } from 'firebase-admin/app';
import { getAuth as getAdminAuth } from 'firebase-admin/auth';
import { recordOf, updateStaffRecord, writeStaffRecord } from '../../functions/src/staff/staff-record';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data';
import { PROJECT_ID, emulatorEnv } from '../../scripts/lib/emulators';
import { eventually, signInAs, type Client } from '../helpers/clients';
import { jitterProxy } from '../helpers/jitter-proxy';
import {
  WRONG_PASSWORD,
  accountState,
  adminAuth,
  adminDb,
  changeVisit,
  signedInClients,
  createClinic,
  createStaff,
  refusal,
  registerVisit,
  staffApi,
  staffMirror,
  ticketedVisits,
} from './helpers';

const clinicId = 'owners';
const otherId = 'elsewhere';
/** The one answer to every add that would reach an account this clinic does not own. */
const CANNOT_ADD = {
  code: 'functions/permission-denied',
  message: 'That email address can’t be added to this clinic. Ask the person for a different address.',
};

const signIn = signedInClients();

let adminUid: string;
let adminClient: Client;
let api: ReturnType<typeof staffApi>;
let otherApi: ReturnType<typeof staffApi>;

beforeAll(async () => {
  await Promise.all([createClinic(clinicId, 'Europe/Madrid'), createClinic(otherId, 'America/New_York')]);
  const [boss, otherBoss] = await Promise.all([
    createStaff(clinicId, 'admin', 'boss'),
    createStaff(otherId, 'admin', 'boss'),
  ]);
  adminUid = boss.uid;
  adminClient = await signIn(boss.email);
  api = staffApi(adminClient.app);
  otherApi = staffApi((await signIn(otherBoss.email)).app);
});

/** A web-SDK app signed in as nobody: a stranger holding the public web config. */
async function withStranger<T>(run: (auth: ReturnType<typeof getAuth>) => Promise<T>): Promise<T> {
  const app = initializeApp({ projectId: PROJECT_ID, apiKey: 'demo-api-key' }, `stranger-${Date.now()}`);
  try {
    const auth = getAuth(app);
    connectAuthEmulator(auth, `http://${emulatorEnv().authHost}`, { disableWarnings: true });
    return await run(auth);
  } finally {
    await deleteApp(app);
  }
}

describe('adding staff never takes over an account', () => {
  it('refuses another clinic’s member, its former member and an account of unknown origin, in one message, changing nothing', async () => {
    const current = await createStaff(otherId, 'checkerDoctor', 'current');
    const former = await createStaff(otherId, 'receptionist', 'former');
    await otherApi.deactivateStaff({ uid: former.uid });
    // A public sign-up from before sign-up was closed: nobody in ClinicFlow made this account.
    const squatter = await adminAuth().createUser({ email: 'squatted@owners.test', password: 'squatter-password' });
    const targets = [
      { email: current.email, uid: current.uid },
      { email: former.email, uid: former.uid },
      { email: 'squatted@owners.test', uid: squatter.uid },
    ];

    for (const target of targets) {
      const before = await accountState(target.uid);
      const answer = await refusal(api.addStaff({ email: target.email, displayName: 'Taken Over', role: 'admin' }));
      expect(answer, target.email).toEqual({ ...CANNOT_ADD, details: { reason: 'cannotAdd' } });
      expect(await accountState(target.uid), target.email).toEqual(before);
      expect(await staffMirror(clinicId, target.uid), target.email).toBeUndefined();
    }
    // The squatter still signs in with their own password, to an account with no role.
    const squatterClient = await signIn('squatted@owners.test', 'squatter-password');
    expect((await squatterClient.auth.currentUser?.getIdTokenResult())?.claims.role).toBeUndefined();
  });

  it('lets nobody sign up alone: a squatted email stays free and the squatter’s password never works', async () => {
    const email = 'early.bird@owners.test';
    await withStranger(async (auth) => {
      // The emulator wraps the blocking function's refusal in auth/internal-error; production names it.
      await expect(createUserWithEmailAndPassword(auth, email, 'squatter-password')).rejects.toMatchObject({
        code: expect.stringMatching(/^auth\/(internal-error|admin-restricted-operation)$/) as unknown,
      });
    });
    await expect(adminAuth().getUserByEmail(email)).rejects.toMatchObject({ code: 'auth/user-not-found' });

    const { data } = await api.addStaff({ email, displayName: 'Early Bird', role: 'receptionist' });
    expect((await adminAuth().getUser(data.uid)).customClaims).toEqual({ role: 'receptionist', clinicId });
    await withStranger(async (auth) => {
      await expect(signInWithEmailAndPassword(auth, email, 'squatter-password')).rejects.toMatchObject(WRONG_PASSWORD);
    });
  });

  it('re-adds the clinic’s own former member with an unguessable new password and their old sessions revoked', async () => {
    const returner = await createStaff(clinicId, 'receptionist', 'returner');
    const oldSession = await signIn(returner.email);
    const oldToken = (await oldSession.auth.currentUser?.getIdToken()) ?? '';
    await api.deactivateStaff({ uid: returner.uid });
    const before = await accountState(returner.uid);
    // Revocation times have whole seconds: let the re-add's fall in a later one than the deactivation's.
    await new Promise((r) => setTimeout(r, 1100));
    const readdedFrom = Math.floor(Date.now() / 1000) * 1000;

    const { data } = await api.addStaff({ email: returner.email, displayName: 'Ray Returner', role: 'checkerDoctor' });
    expect(data.uid).toBe(returner.uid);
    const after = await accountState(returner.uid);
    expect(after).toMatchObject({ disabled: false, customClaims: { role: 'checkerDoctor', clinicId } });
    expect(after.passwordHash).not.toBe(before.passwordHash);
    await expect(signInAs(returner.email, DEMO_PASSWORD)).rejects.toMatchObject(WRONG_PASSWORD);
    expect(Date.parse(after.tokensValidAfterTime ?? '')).toBeGreaterThanOrEqual(readdedFrom);
    await expect(adminAuth().verifyIdToken(oldToken, true)).rejects.toMatchObject({ code: 'auth/id-token-revoked' });
  });
});

describe('only the owning clinic changes an account', () => {
  it('a former clinic deactivating or re-roling its former member leaves their new clinic’s only admin alone', async () => {
    const newHome = 'new-home';
    await createClinic(newHome, 'Europe/Madrid');
    const mover = await createStaff(clinicId, 'checkerDoctor', 'mover');
    await api.deactivateStaff({ uid: mover.uid });
    // Admin tooling makes them the first and only admin of another clinic.
    await writeStaffRecord(adminAuth(), adminDb(), newHome, mover.uid, {
      displayName: 'Mo Mover',
      email: mover.email,
      role: 'admin',
      active: true,
    });
    const moved = await accountState(mover.uid);
    expect(moved).toMatchObject({ disabled: false, customClaims: { role: 'admin', clinicId: newHome } });

    await api.deactivateStaff({ uid: mover.uid });
    expect(await refusal(api.changeStaffRole({ uid: mover.uid, role: 'receptionist' }))).toMatchObject({
      code: 'functions/failed-precondition',
    });

    expect(await accountState(mover.uid)).toEqual(moved);
    expect(await staffMirror(newHome, mover.uid)).toMatchObject({ role: 'admin', active: true });
    const client = await signIn(mover.email);
    expect((await client.auth.currentUser?.getIdTokenResult(true))?.claims).toMatchObject({
      role: 'admin',
      clinicId: newHome,
    });
  });

  it('a former clinic whose record was left active changes only that record, never the account', async () => {
    const newHome = 'second-home';
    await createClinic(newHome, 'Europe/Madrid');
    const stale = await createStaff(clinicId, 'receptionist', 'stale');
    await writeStaffRecord(adminAuth(), adminDb(), newHome, stale.uid, {
      displayName: 'Stu Stale',
      email: stale.email,
      role: 'admin',
      active: true,
    });
    const moved = await accountState(stale.uid);

    await api.changeStaffRole({ uid: stale.uid, role: 'checkerDoctor' });
    expect(await staffMirror(clinicId, stale.uid)).toMatchObject({ role: 'checkerDoctor', active: true });
    await api.deactivateStaff({ uid: stale.uid });
    expect(await staffMirror(clinicId, stale.uid)).toMatchObject({ active: false });

    expect(await accountState(stale.uid)).toEqual(moved);
  });
});

const rotate = <T>(items: T[], by: number): T[] => items.map((_, k) => items[(k + by) % items.length] as T);

/** Each member whose Auth account (disabled, claims) does not say what their staff record says. */
async function mismatchesOf(members: { email: string; uid: string }[]): Promise<string[]> {
  const found: string[] = [];
  for (const m of members) {
    const record = await staffMirror(clinicId, m.uid);
    const account = await accountState(m.uid);
    const expected = { disabled: !record?.active, customClaims: record?.active ? { role: record.role, clinicId } : {} };
    const actual = { disabled: account.disabled, customClaims: account.customClaims };
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      found.push(`${m.email}: record says ${JSON.stringify(expected)}, account ${JSON.stringify(actual)}`);
    }
  }
  return found;
}

describe('racing changes converge', () => {
  it('role changes racing deactivations and re-adds leave every account matching its final staff record', async () => {
    const ROUNDS = 2;
    const MEMBERS = 4;
    const mismatches: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const members = await Promise.all(
        Array.from({ length: MEMBERS }, (_, i) => createStaff(clinicId, 'receptionist', `racer-${round}-${i}`)),
      );
      // Every member gets a role change, a deactivation, another role change and a re-add at once.
      await Promise.allSettled(
        members.flatMap((m, i) => {
          const calls = [
            () => api.changeStaffRole({ uid: m.uid, role: 'checkerDoctor' }),
            () => api.deactivateStaff({ uid: m.uid }),
            () => api.changeStaffRole({ uid: m.uid, role: 'admin' }),
            () => api.addStaff({ email: m.email, displayName: `Racer ${i}`, role: 'receptionist' }),
          ];
          // Rotate the order the calls leave in, so each member sees a different interleaving.
          return rotate(calls, i + round).map((call) => call());
        }),
      );
      mismatches.push(...(await mismatchesOf(members)));
    }
    expect(mismatches).toEqual([]);
  });

  it('even when every Auth write is held up at random, as an uneven network would', async () => {
    const proxy = await jitterProxy(emulatorEnv().authHost, 1000);
    // The admin SDK fixes an app's Auth host at its first request: this app's goes through the proxy.
    const emulated = process.env.FIREBASE_AUTH_EMULATOR_HOST;
    process.env.FIREBASE_AUTH_EMULATOR_HOST = proxy.host;
    const slowAuth = getAdminAuth(initializeAdminApp({ projectId: PROJECT_ID }, 'jittery'));
    await slowAuth.listUsers(1).finally(() => (process.env.FIREBASE_AUTH_EMULATOR_HOST = emulated));
    try {
      const members = await Promise.all(
        Array.from({ length: 12 }, (_, i) => createStaff(clinicId, 'receptionist', `jitter-${i}`)),
      );
      const change = (uid: string, edit: Partial<StaffRecord>) =>
        updateStaffRecord(slowAuth, adminDb(), clinicId, uid, (_tx, current) => {
          if (!current) throw new Error('no record');
          return { ...recordOf(current), ...edit };
        });
      await Promise.allSettled(
        members.flatMap((m, i) => {
          const calls = [
            () => change(m.uid, { role: 'checkerDoctor' }),
            () => change(m.uid, { active: false }),
            () => change(m.uid, { role: 'admin' }),
          ];
          return rotate(calls, i).map((call) => call());
        }),
      );
      expect(await mismatchesOf(members)).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});

describe('deactivating a doctor', () => {
  it('returns the visits they had claimed or called to the queue, audited as the admin’s change', async () => {
    const member = async (role: Role, name: string) => signIn((await createStaff(clinicId, role, name)).email);
    const [desk, leaving, staying] = await Promise.all([
      member('receptionist', 'desk'),
      member('checkerDoctor', 'leaving'),
      member('checkerDoctor', 'staying'),
    ]);
    const [mine, called, theirs] = await Promise.all([
      registerVisit(desk, clinicId),
      registerVisit(desk, clinicId),
      registerVisit(desk, clinicId),
    ]);
    await ticketedVisits(clinicId, [mine, called, theirs]);
    // The leaving doctor's shift in the clinic's one room, as admin tooling would set it up.
    await adminDb()
      .doc(paths.clinic(clinicId))
      .update(roomsUpdate(['Room 1']));
    await adminDb()
      .doc(`${paths.duty(clinicId)}/${leaving.uid}`)
      .set(dutyDoc({ state: 'on_duty', room: 'Room 1' }, 'leaving', Timestamp.now()));
    await changeVisit(leaving, clinicId, mine, 'claim');
    await changeVisit(leaving, clinicId, called, { action: 'call', room: 'Room 1' });
    await changeVisit(staying, clinicId, theirs, 'claim');

    await api.deactivateStaff({ uid: leaving.uid });

    const visit = async (id: string) =>
      (
        await adminDb()
          .doc(`${paths.visits(clinicId)}/${id}`)
          .get()
      ).data() as VisitDoc;
    expect(await visit(mine)).toMatchObject({
      status: 'waiting',
      claimedBy: null,
      claimedAt: null,
      statusChangedBy: adminUid,
    });
    expect(await visit(called)).toMatchObject({
      status: 'waiting',
      claimedBy: null,
      room: null,
      calledAt: null,
      statusChangedBy: adminUid,
    });
    expect(await visit(theirs)).toMatchObject({ status: 'in_review', claimedBy: staying.uid });
    // Their shift ended: colleagues no longer see them on duty.
    const shift = await adminDb()
      .doc(`${paths.duty(clinicId)}/${leaving.uid}`)
      .get();
    expect(shift.data()).toMatchObject({ state: 'off', room: null });
    const entry = await eventually('the audit entry of the returned visit', async () => {
      const snap = await adminDb().collection(paths.audit(clinicId)).where('visitId', '==', mine).get();
      return snap.docs.map((d) => d.data() as AuditDoc).find((e) => e.to === 'waiting');
    });
    expect(entry).toMatchObject({ from: 'in_review', to: 'waiting', by: adminUid });
  });
});

describe('staff changes', () => {
  it('each leave an audit entry naming the admin, the member and what changed, which the admin reads', async () => {
    const email = 'audited@owners.test';
    const { data } = await api.addStaff({ email, displayName: 'Audi Ted', role: 'receptionist' });
    await api.changeStaffRole({ uid: data.uid, role: 'checkerDoctor' });
    await api.deactivateStaff({ uid: data.uid });
    await api.addStaff({ email, displayName: 'Audi Ted', role: 'admin' });

    const snap = await getDocs(collection(adminClient.db, `${paths.clinic(clinicId)}/staffAudit`));
    const trail = snap.docs
      .map((d) => d.data() as { member: string; at: { toMillis(): number } } & Record<string, unknown>)
      .filter((e) => e.member === data.uid)
      .sort((a, b) => a.at.toMillis() - b.at.toMillis())
      .map(({ at, ...rest }) => ({ ...rest, atIsTime: typeof at.toMillis() === 'number' }));
    const step = (action: string, before: unknown, after: unknown) => ({
      action,
      by: adminUid,
      member: data.uid,
      before,
      after,
      atIsTime: true,
    });
    expect(trail).toEqual([
      step('added', null, { role: 'receptionist', active: true }),
      step('roleChanged', { role: 'receptionist', active: true }, { role: 'checkerDoctor', active: true }),
      step('deactivated', { role: 'checkerDoctor', active: true }, { role: 'checkerDoctor', active: false }),
      step('readded', { role: 'checkerDoctor', active: false }, { role: 'admin', active: true }),
    ]);
    // A deactivation repeated (a retry after a part-way failure) changes nothing, so records nothing.
    await api.deactivateStaff({ uid: data.uid });
    await api.deactivateStaff({ uid: data.uid });
    const again = await getDocs(collection(adminClient.db, `${paths.clinic(clinicId)}/staffAudit`));
    expect(again.docs.filter((d) => d.get('member') === data.uid)).toHaveLength(5);
  });
});
