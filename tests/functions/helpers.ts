/**
 * Helpers for the functions suite: clinics of a test's own (so its figures and ticket numbers
 * start from zero whatever else ran), staff made through writeStaffRecord like the callables
 * do, visits written the way the reception screen writes them, and callables called through
 * the web SDK as the browser calls them.
 */
import { getAuth } from 'firebase-admin/auth';
import type { FirebaseApp } from 'firebase/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { collection, doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, httpsCallable, type HttpsCallable } from 'firebase/functions';
import type { CALLABLES } from '@clinicflow/shared/callables';
import { newVisitDoc } from '@clinicflow/shared/documents';
import type { ClinicDoc, PatientDoc, Priority, Role, StaffDoc, VisitDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { patientNameKey, patientSearchKeys } from '@clinicflow/shared/search';
import { REGION } from '../../functions/src/config';
import { writeStaffRecord } from '../../functions/src/staff/staff-record';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data';
import { EMULATOR_PORTS } from '../../scripts/lib/emulators';
import { adminApp } from '../../scripts/lib/seed';
import { eventually, type Client } from '../helpers/clients';

export const adminDb = (projectId?: string): Firestore => getFirestore(adminApp(projectId));
export const adminAuth = () => getAuth(adminApp());

/** The seed's first patient id, given to every test clinic's patient too. */
export const PATIENT_ID = 'demo-patient-1';

/** A clinic doc and one patient, written with the admin SDK. */
export async function createClinic(clinicId: string, timezone: string, db = adminDb()): Promise<void> {
  const clinic: ClinicDoc = { name: `Test clinic ${clinicId}`, timezone };
  await db.doc(paths.clinic(clinicId)).set(clinic);
  const fullName = 'Test Patient';
  const phone = '+1 555 0100';
  const patient: PatientDoc<Date> = {
    fullName,
    phone,
    dateOfBirth: '1980-01-01',
    searchKeys: patientSearchKeys(fullName, phone),
    nameKey: patientNameKey(fullName),
    createdAt: new Date(),
    createdBy: 'test',
  };
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
  connectFunctionsEmulator(functions, '127.0.0.1', EMULATOR_PORTS.functions);
  return httpsCallable<I, O>(functions, name);
}
