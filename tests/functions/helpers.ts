/**
 * Helpers for the functions suite: clinics of a test's own (so its figures and ticket numbers
 * start from zero whatever else ran), staff made through writeStaffRecord like the callables
 * do, visits opened and moved the way the screens do it (the shared builders), and callables
 * called through the web SDK as the browser calls them.
 */
import { afterAll, expect } from 'vitest';
import { getAuth } from 'firebase-admin/auth';
import type { FirebaseApp } from 'firebase/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { collection, doc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import {
  FunctionsError,
  connectFunctionsEmulator,
  getFunctions,
  httpsCallable,
  type HttpsCallable,
} from 'firebase/functions';
import type {
  AddStaffResult,
  CALLABLES,
  ChangeStaffRoleResult,
  DeactivateStaffResult,
} from '@clinicflow/shared/callables';
import { newClinicDoc, newPatientDoc, newVisitDoc } from '@clinicflow/shared/documents';
import type { Priority, Role, StaffDoc, VisitDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { transitionUpdate, type TransitionMove } from '@clinicflow/shared/transitions';
import type { AddStaffInput, ChangeRoleInput, DeactivateStaffInput } from '@clinicflow/shared/validation';
import { REGION } from '../../functions/src/config';
import { writeStaffRecord } from '../../functions/src/staff/staff-record';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data';
import { EMULATORS } from '../../scripts/lib/addresses';
import { adminApp } from '../../scripts/lib/seed';
import { eventually, signInAs, type Client } from '../helpers/clients';

/** A sign-in refused for its password: the emulator names it; production, with email-enumeration protection, does not. */
export const WRONG_PASSWORD = { code: expect.stringMatching(/^auth\/(wrong-password|invalid-credential)$/) as unknown };

export const adminDb = (projectId?: string): Firestore => getFirestore(adminApp(projectId));
export const adminAuth = () => getAuth(adminApp());

/** The seed's first patient id, given to every test clinic's patient too. */
export const PATIENT_ID = 'demo-patient-1';

/** The patient every test clinic has, under PATIENT_ID. */
export const TEST_PATIENT = { id: PATIENT_ID, fullName: 'Test Patient' } as const;

/** A clinic doc and one patient, written with the admin SDK. */
export async function createClinic(clinicId: string, timezone: string, db = adminDb()): Promise<void> {
  await db.doc(paths.clinic(clinicId)).set(newClinicDoc(`Test clinic ${clinicId}`, timezone));
  const patient = newPatientDoc(
    { fullName: TEST_PATIENT.fullName, phone: '+1 555 0100', dateOfBirth: '1980-01-01' },
    'test',
    new Date(),
  );
  await db.doc(`${paths.patients(clinicId)}/${PATIENT_ID}`).set(patient);
}

/** A staff member of `clinicId` who can sign in with DEMO_PASSWORD; returns their email and uid. */
export async function createStaff(clinicId: string, role: Role, name: string): Promise<{ email: string; uid: string }> {
  const email = `${name}@${clinicId}.test`;
  const user = await adminAuth().createUser({ email, password: DEMO_PASSWORD, displayName: name });
  await writeStaffRecord(adminAuth(), adminDb(), clinicId, user.uid, { displayName: name, email, role, active: true });
  return { email, uid: user.uid };
}

/** A member's staff mirror doc, or undefined when there is none. */
export async function staffMirror(clinicId: string, uid: string): Promise<StaffDoc | undefined> {
  return (
    await adminDb()
      .doc(`${paths.staff(clinicId)}/${uid}`)
      .get()
  ).data() as StaffDoc | undefined;
}

/**
 * A visit as the reception screen writes it (the shared builder): the patient's name copied from
 * their record (the rules check it), status waiting, server time, ticket null.
 */
export async function registerVisit(client: Client, clinicId: string, priority: Priority = 'normal'): Promise<string> {
  const patient = await adminDb()
    .doc(`${paths.patients(clinicId)}/${PATIENT_ID}`)
    .get();
  const ref = doc(collection(client.db, paths.visits(clinicId)));
  const visit = newVisitDoc(
    { id: PATIENT_ID, fullName: String(patient.get('fullName')) },
    { reason: 'Persistent cough', priority },
    client.uid,
    serverTimestamp(),
  );
  await setDoc(ref, visit);
  return ref.id;
}

/** A status change as the screens make it, by whoever `client` is signed in as. */
export function changeVisit(client: Client, clinicId: string, visitId: string, action: TransitionMove) {
  return updateDoc(
    doc(client.db, `${paths.visits(clinicId)}/${visitId}`),
    transitionUpdate(action, client.uid, serverTimestamp()),
  );
}

export type StoredVisit = VisitDoc & { id: string };

/** Waits until every visit has its ticket; returns them in the order asked. */
export async function ticketedVisits(clinicId: string, visitIds: string[], timeoutMs = 30_000): Promise<StoredVisit[]> {
  const db = adminDb();
  const refs = visitIds.map((id) => db.doc(`${paths.visits(clinicId)}/${id}`));
  return eventually(
    `tickets on ${visitIds.length} visit(s) of ${clinicId}`,
    async () => {
      const snaps = await db.getAll(...refs);
      if (snaps.some((s) => typeof s.get('ticket') !== 'string')) return undefined;
      return snaps.map((s) => ({ ...(s.data() as VisitDoc), id: s.id }));
    },
    timeoutMs,
  );
}

type CallableName = (typeof CALLABLES)[keyof typeof CALLABLES];

/** A staff callable as the web app calls it, with whoever is signed in to `app` (or no one). */
export function callableFor<I, O>(app: FirebaseApp, name: CallableName): HttpsCallable<I, O> {
  const functions = getFunctions(app, REGION);
  connectFunctionsEmulator(functions, EMULATORS.functions.host, EMULATORS.functions.port);
  return httpsCallable<I, O>(functions, name);
}

/** The three staff callables, called by whoever is signed in to `app`. */
export function staffApi(app: FirebaseApp) {
  return {
    addStaff: callableFor<AddStaffInput, AddStaffResult>(app, 'addStaff'),
    changeStaffRole: callableFor<ChangeRoleInput, ChangeStaffRoleResult>(app, 'changeStaffRole'),
    deactivateStaff: callableFor<DeactivateStaffInput, DeactivateStaffResult>(app, 'deactivateStaff'),
  };
}

/** The refusal a callable answered with, as the web app sees it. */
export async function refusal(call: Promise<unknown>): Promise<{ code: string; message: string; details: unknown }> {
  try {
    await call;
  } catch (err) {
    if (!(err instanceof FunctionsError)) throw err;
    // The web SDK appends the HTTP status to the server's message: "… [403]".
    return { code: err.code, message: err.message.replace(/ \[\d{3}\]$/, ''), details: err.details };
  }
  throw new Error('the call succeeded; a refusal was expected');
}

/**
 * Everything about an Auth account that a takeover would change: its password, sessions, state
 * and claims. Two equal readings mean the account was left alone in between.
 */
export async function accountState(uid: string) {
  const user = await adminAuth().getUser(uid);
  return {
    email: user.email,
    displayName: user.displayName,
    disabled: user.disabled,
    passwordHash: user.passwordHash,
    passwordSalt: user.passwordSalt,
    tokensValidAfterTime: user.tokensValidAfterTime,
    // The Auth emulator reports cleared claims as {}, production as undefined.
    customClaims: user.customClaims ?? {},
  };
}

/**
 * Signs members in for one test file and closes every client when the file is done (each is a
 * Firebase app of its own, holding emulator connections open until closed).
 */
export function signedInClients(): (email: string, password?: string) => Promise<Client> {
  const clients: Client[] = [];
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
  });
  return async (email, password = DEMO_PASSWORD) => {
    const client = await signInAs(email, password);
    clients.push(client);
    return client;
  };
}
