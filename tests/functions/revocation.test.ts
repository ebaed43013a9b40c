/**
 * Revocation that bites: a member deactivated or demoted by their admin keeps a valid ID token
 * (with the old claims) for up to an hour. The rules also read the member's staff record, so that
 * token is refused for patients, visits and notifications as soon as the record has changed; these
 * tests hold such a token (never refreshed), measure how long refusal takes, and print it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  onSnapshot,
  serverTimestamp,
  setDoc,
  type FirestoreError,
} from 'firebase/firestore';
import { startOfClinicDay } from '@clinicflow/shared/clinic-time';
import type { ChangeStaffRoleResult, DeactivateStaffResult } from '@clinicflow/shared/callables';
import { newPatientDoc } from '@clinicflow/shared/documents';
import { toQuery } from '@clinicflow/shared/firestore-query';
import { paths } from '@clinicflow/shared/paths';
import { queries } from '@clinicflow/shared/queries';
import type { ChangeRoleInput, DeactivateStaffInput } from '@clinicflow/shared/validation';
import type { Client } from '../helpers/clients';
import {
  callableFor,
  changeVisit,
  createClinic,
  createStaff,
  PATIENT_ID,
  registerVisit,
  signedInClients,
  ticketedVisits,
} from './helpers';

const clinicId = 'revocation';
const TIMEZONE = 'Europe/Madrid';
/** The bound: access ends within a minute of deactivation or demotion. */
const WITHIN_MS = 60_000;
/** Room past WITHIN_MS for the set-up, so a miss fails with its own message, not a timeout. */
const TEST_TIMEOUT_MS = WITHIN_MS + 60_000;

const signIn = signedInClients();

let admin: Client;
let desk: Client;
beforeAll(async () => {
  await createClinic(clinicId, TIMEZONE);
  admin = await signIn((await createStaff(clinicId, 'admin', 'chief')).email);
  desk = await signIn((await createStaff(clinicId, 'receptionist', 'desk')).email);
});

const deactivateStaff = () => callableFor<DeactivateStaffInput, DeactivateStaffResult>(admin.app, 'deactivateStaff');
const changeStaffRole = () => callableFor<ChangeRoleInput, ChangeStaffRoleResult>(admin.app, 'changeStaffRole');

type Attempts = Record<string, () => Promise<unknown>>;

const visitDoc = (client: Client, visitId: string) => doc(client.db, `${paths.visits(clinicId)}/${visitId}`);

/** What the front desk does with patients and visits; `waitingVisit` makes a visit it may cancel. */
function deskAttempts(client: Client, waitingVisit: () => Promise<string>) {
  return {
    'read a patient': () => getDoc(doc(client.db, `${paths.patients(clinicId)}/${PATIENT_ID}`)),
    'search patients': () => getDocs(toQuery(client.db, queries.patientSearch(clinicId, 'test'))),
    "list today's visits": () =>
      getDocs(toQuery(client.db, queries.todayQueue(clinicId, startOfClinicDay(new Date(), { timezone: TIMEZONE })))),
    'register a patient': () =>
      setDoc(
        doc(collection(client.db, paths.patients(clinicId))),
        newPatientDoc(
          { fullName: 'Nadia Roux', phone: '+33 6 12 34 56 78', dateOfBirth: '1991-05-04' },
          client.uid,
          serverTimestamp(),
        ),
      ),
    'open a visit': () => registerVisit(client, clinicId),
    'cancel a waiting visit': async () => changeVisit(client, clinicId, await waitingVisit(), 'cancel'),
  } satisfies Attempts;
}

/** What a checker doctor does; `waitingVisit` makes a visit (with its notification) to read and claim. */
function doctorAttempts(client: Client, waitingVisit: () => Promise<string>) {
  return {
    'read a patient': () => getDoc(doc(client.db, `${paths.patients(clinicId)}/${PATIENT_ID}`)),
    'list the open visits': () => getDocs(toQuery(client.db, queries.openVisits(clinicId))),
    'read a visit': async () => getDoc(visitDoc(client, await waitingVisit())),
    'list the notifications': () =>
      getDocs(toQuery(client.db, queries.notificationsSince(clinicId, new Date(Date.now() - 3_600_000)))),
    'read a notification': async () =>
      getDoc(doc(client.db, `${paths.notifications(clinicId)}/${await waitingVisit()}`)),
    'claim a visit': async () => changeVisit(client, clinicId, await waitingVisit(), 'claim'),
  } satisfies Attempts;
}

/** A waiting visit opened by the desk, once its ticket (and so its notification) is written. */
async function ticketedWaitingVisit(): Promise<string> {
  const id = await registerVisit(desk, clinicId);
  await ticketedVisits(clinicId, [id]);
  return id;
}

function isPermissionDenied(error: unknown): boolean {
  return (error as FirestoreError | undefined)?.code === 'permission-denied';
}

/**
 * Repeats `attempt` until the rules refuse it, up to WITHIN_MS after `since`: the time to refusal,
 * or a failure naming the attempt still allowed.
 */
async function msUntilRefused(what: string, attempt: () => Promise<unknown>, since: number): Promise<number> {
  for (;;) {
    try {
      await attempt();
    } catch (error) {
      if (isPermissionDenied(error)) return Math.round(performance.now() - since);
      throw error;
    }
    if (performance.now() - since > WITHIN_MS) throw new Error(`"${what}" was still allowed after ${WITHIN_MS} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Every attempt succeeds now: proves the refusals below come from the change, not the set-up. */
async function expectAllAllowed(attempts: Attempts): Promise<void> {
  for (const [what, attempt] of Object.entries(attempts)) {
    try {
      await attempt();
    } catch (error) {
      throw new Error(`"${what}" was refused: ${String(error)}`);
    }
  }
}

/** Each attempt's time to refusal after `since`; all must be refused within the bound. */
async function expectAllRefused(attempts: Attempts, since: number): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  for (const [what, attempt] of Object.entries(attempts)) times[what] = await msUntilRefused(what, attempt, since);
  for (const ms of Object.values(times)) expect(ms).toBeLessThan(WITHIN_MS);
  return times;
}

/** The ID token the client holds, without asking Auth for a new one. */
async function heldToken(client: Client): Promise<{ token: string; role: unknown; clinicId: unknown }> {
  const user = client.auth.currentUser;
  if (!user) throw new Error('the client is signed out');
  const result = await user.getIdTokenResult();
  return { token: result.token, role: result.claims.role, clinicId: result.claims.clinicId };
}

describe('a deactivated receptionist, still holding a valid ID token', () => {
  it(
    'is refused for patients and visits as soon as the admin deactivates them, and their open listener is cut',
    async () => {
      const leaver = await createStaff(clinicId, 'receptionist', 'leaver');
      const client = await signIn(leaver.email);
      const attempts = deskAttempts(client, () => registerVisit(desk, clinicId));
      await expectAllAllowed(attempts);
      const before = await heldToken(client);

      // The queue screen's live list, open across the deactivation on the member's other computer (on
      // this client it would answer the polled queries below from its own cache).
      const otherComputer = await signIn(leaver.email);
      const delivered = new Set<string>();
      let stop = () => {};
      const listenerFailed = new Promise<{ error: FirestoreError; at: number }>((resolve) => {
        stop = onSnapshot(
          toQuery(otherComputer.db, queries.todayQueue(clinicId, startOfClinicDay(new Date(), { timezone: TIMEZONE }))),
          (snap) => snap.docChanges().forEach((c) => delivered.add(c.doc.id)),
          (error) => resolve({ error, at: performance.now() }),
        );
      });

      const start = performance.now();
      await deactivateStaff()({ uid: leaver.uid });
      const callMs = Math.round(performance.now() - start);
      const times = await expectAllRefused(attempts, start);

      // Same token, same claims: nothing was refreshed, the rules refused it on the staff record alone.
      expect(await heldToken(client)).toEqual(before);
      expect(before).toMatchObject({ role: 'receptionist', clinicId });

      // The open listener is refused at its next change (the visits the desk opened above, or this
      // one), and delivers nothing that arrived after the deactivation.
      const arrival = await registerVisit(desk, clinicId);
      const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), WITHIN_MS));
      const cut = await Promise.race([listenerFailed, timeout]);
      stop();
      expect(cut?.error.code).toBe('permission-denied');
      expect(delivered.has(arrival)).toBe(false);
      const cutMs = Math.round((cut?.at ?? Number.NaN) - start);
      expect(cutMs).toBeLessThan(WITHIN_MS);

      console.log(
        `deactivation: callable ${callMs} ms; refused (ms from the call's start): ${JSON.stringify(times)}; ` +
          `open listener cut at ${cutMs} ms`,
      );
    },
    TEST_TIMEOUT_MS,
  );
});

describe('a checker doctor demoted to receptionist, token not refreshed', () => {
  it(
    'is refused for patients, visits and notifications at once, and works as a receptionist after refreshing',
    async () => {
      const demoted = await createStaff(clinicId, 'checkerDoctor', 'demoted');
      const client = await signIn(demoted.email);
      const attempts = doctorAttempts(client, ticketedWaitingVisit);
      await expectAllAllowed(attempts);
      const before = await heldToken(client);

      const start = performance.now();
      await changeStaffRole()({ uid: demoted.uid, role: 'receptionist' });
      const times = await expectAllRefused(attempts, start);
      expect(await heldToken(client)).toEqual(before);
      expect(before).toMatchObject({ role: 'checkerDoctor', clinicId });

      // Refused too are the new role's reads while the token says the old one; a fresh token opens them.
      const asReceptionist = deskAttempts(client, () => registerVisit(client, clinicId));
      await expect(asReceptionist["list today's visits"]()).rejects.toMatchObject({ code: 'permission-denied' });
      await client.auth.currentUser?.getIdToken(true);
      expect((await heldToken(client)).role).toBe('receptionist');
      await expectAllAllowed(asReceptionist);
      await expect(attempts['list the notifications']()).rejects.toMatchObject({ code: 'permission-denied' });

      console.log(`demotion: refused (ms from the call's start): ${JSON.stringify(times)}`);
    },
    TEST_TIMEOUT_MS,
  );
});
