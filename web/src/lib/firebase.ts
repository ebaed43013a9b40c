/**
 * Starts the Firebase app and Auth. The only module that knows the emulator hosts and ports.
 * Firestore and Functions live in their own modules so the sign-in route never loads them.
 */
import { initializeApp } from 'firebase/app';
import {
  browserLocalPersistence,
  connectAuthEmulator,
  inMemoryPersistence,
  indexedDBLocalPersistence,
  initializeAuth,
  setPersistence,
} from 'firebase/auth';
import { isTrustedDevice } from './trusted-device';

export const useEmulators = import.meta.env.VITE_USE_EMULATORS === 'true';

/** From firebase.json, through vite.config.ts: the one place the emulators' ports are written. */
export const EMULATOR_HOSTS = __FIREBASE_EMULATORS__;

/** Where the connection probe asks whether Firestore answers: the host the SDK itself talks to (CSP connect-src has it). */
export const FIRESTORE_PROBE_URL = useEmulators
  ? `http://${EMULATOR_HOSTS.firestore.host}:${EMULATOR_HOSTS.firestore.port}/`
  : 'https://firestore.googleapis.com/';

export const app = initializeApp({
  apiKey: import.meta.env.VITE_FIREBASE_API_KEY ?? 'demo-api-key',
  authDomain: import.meta.env.VITE_FIREBASE_AUTH_DOMAIN,
  projectId: import.meta.env.VITE_FIREBASE_PROJECT_ID ?? 'demo-clinicflow',
  appId: import.meta.env.VITE_FIREBASE_APP_ID,
});

// initializeAuth without a popup/redirect resolver: email sign-in only, and ~20 kB less than getAuth.
// Only a trusted computer keeps the session on disk; anywhere else it lives in this page alone, so
// a reload, a closed tab or a restored browser session finds nobody signed in.
export const auth = initializeAuth(app, {
  persistence: isTrustedDevice() ? [indexedDBLocalPersistence, browserLocalPersistence] : inMemoryPersistence,
});
if (useEmulators) connectAuthEmulator(auth, EMULATOR_HOSTS.auth, { disableWarnings: true });

/** Before signing in: where the session is kept follows this sign-in's trusted-computer choice. */
export function keepSessionOnThisDevice(trusted: boolean): Promise<void> {
  return setPersistence(auth, trusted ? indexedDBLocalPersistence : inMemoryPersistence);
}
