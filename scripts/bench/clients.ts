/** Benchmark actors: raw unauthenticated clients for the emulator floor, and real staff clients. */
import { deleteApp, initializeApp } from 'firebase/app';
import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore as getAdminFirestore } from 'firebase-admin/firestore';
import type { Role } from '@clinicflow/shared/model';
import { writeStaffRecord } from '../../functions/src/staff/staff-record';
import { signInAs, type Client } from '../../tests/helpers/clients';
import { DEMO_PASSWORD } from '../lib/demo-data';
import { emulatorEnv } from '../lib/emulators';
import { adminApp } from '../lib/seed';

export const RAW_PROJECT_ID = 'demo-clinicflow-raw';

/** The floor: no rules to evaluate (an open rule set), no function, no auth. */
export async function openRawProject(): Promise<void> {
  const { firestoreHost } = emulatorEnv();
  const content =
    "rules_version = '2'; service cloud.firestore { match /databases/{db}/documents { match /{d=**} { allow read, write: if true; } } }";
  const res = await fetch(`http://${firestoreHost}/emulator/v1/projects/${RAW_PROJECT_ID}:securityRules`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ rules: { files: [{ name: 'open.rules', content }] } }),
  });
  if (!res.ok) throw new Error(`could not load open rules for the raw project: ${res.status} ${await res.text()}`);
  await fetch(`http://${firestoreHost}/emulator/v1/projects/${RAW_PROJECT_ID}/databases/(default)/documents`, {
    method: 'DELETE',
  });
}

let rawCount = 0;
export function rawClient(): { db: Firestore; close(): Promise<void> } {
  const { firestoreHost } = emulatorEnv();
  const app = initializeApp({ projectId: RAW_PROJECT_ID, apiKey: 'demo-api-key' }, `raw-${++rawCount}`);
  const db = getFirestore(app);
  const [host, port] = firestoreHost.split(':');
  connectFirestoreEmulator(db, host ?? '127.0.0.1', Number(port));
  return { db, close: () => deleteApp(app) };
}

/** Creates `count` extra staff members of a role in a clinic and signs each in as its own client. */
export async function staffClients(clinicId: string, role: Role, count: number, prefix: string): Promise<Client[]> {
  const app = adminApp();
  const auth = getAuth(app);
  const db = getAdminFirestore(app);
  const emails = await Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const uid = `${prefix}-${i + 1}`;
      const email = `${uid}@${clinicId}.bench`;
      await auth.createUser({ uid, email, password: DEMO_PASSWORD, displayName: `Bench ${uid}` });
      await writeStaffRecord(auth, db, clinicId, uid, { displayName: `Bench ${uid}`, email, role, active: true });
      return email;
    }),
  );
  return Promise.all(emails.map((email) => signInAs(email)));
}
