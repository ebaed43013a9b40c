/**
 * Real web-SDK clients signed in against the Auth emulator, one Firebase app each, as the
 * browser would be. Tests and benchmarks use these; nothing here mocks Firebase.
 */
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword, type Auth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data';
import { PROJECT_ID, emulatorEnv } from '../../scripts/lib/emulators';

export interface Client {
  app: FirebaseApp;
  auth: Auth;
  db: Firestore;
  uid: string;
  close(): Promise<void>;
}

let counter = 0;

export async function signInAs(email: string, password = DEMO_PASSWORD, projectId = PROJECT_ID): Promise<Client> {
  const { firestoreHost, authHost } = emulatorEnv();
  const app = initializeApp({ projectId, apiKey: 'demo-api-key' }, `client-${++counter}-${email}`);
  const auth = getAuth(app);
  connectAuthEmulator(auth, `http://${authHost}`, { disableWarnings: true });
  const db = getFirestore(app);
  const [host, port] = firestoreHost.split(':');
  connectFirestoreEmulator(db, host ?? '127.0.0.1', Number(port));
  const cred = await signInWithEmailAndPassword(auth, email, password);
  return { app, auth, db, uid: cred.user.uid, close: () => deleteApp(app) };
}

/** Polls until `check` returns a value; fails with `what` after the timeout. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
