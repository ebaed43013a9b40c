/**
 * Firestore for the signed-in screens (never the sign-in route). Memory cache by default; the
 * persistent IndexedDB cache only on a device marked trusted, loaded as its own chunk.
 * On sign-out the instance is terminated and, when persistent, its cache wiped.
 */
import {
  clearIndexedDbPersistence,
  connectFirestoreEmulator,
  disableNetwork,
  enableNetwork,
  initializeFirestore,
  memoryLocalCache,
  terminate,
  waitForPendingWrites,
  type DocumentData,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
  type SnapshotOptions,
} from 'firebase/firestore';
import type { WithId } from '@clinicflow/shared/model';
import { startAppCheck } from './app-check';
import { EMULATOR_HOSTS, app, useEmulators } from './firebase';
import { onServerBack } from './server-reach';
import { onTeardown, setUnsyncedCheck } from './teardown';
import { isTrustedDevice } from './trusted-device';

const UNSYNCED_PROBE_MS = 300;

async function openFirestore(): Promise<Firestore> {
  await startAppCheck();
  const persistent = isTrustedDevice();
  const localCache = persistent ? (await import('./firestore-persistent-cache')).persistentCache() : memoryLocalCache();
  const firestore = initializeFirestore(app, { localCache });
  if (useEmulators) connectFirestoreEmulator(firestore, EMULATOR_HOSTS.firestore.host, EMULATOR_HOSTS.firestore.port);

  onTeardown(async () => {
    await terminate(firestore);
    if (persistent) await clearIndexedDbPersistence(firestore);
  });
  // waitForPendingWrites resolves once the server has every local write; still pending after a
  // moment means there is something to lose.
  setUnsyncedCheck(() =>
    Promise.race([
      waitForPendingWrites(firestore).then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), UNSYNCED_PROBE_MS)),
    ]),
  );
  // The server answers again after a silence: reconnect the streams now. Left alone, the SDK
  // waits out its retry backoff (up to a minute), or keeps a stream a dead uplink left hanging.
  onServerBack(async () => {
    await disableNetwork(firestore);
    await enableNetwork(firestore);
  });
  return firestore;
}

export const db: Firestore = await openFirestore();

/** The one converter: every read document comes back as WithId<T>, server times estimated while pending. */
export function withId<T extends DocumentData>(): FirestoreDataConverter<WithId<T>, T> {
  return {
    toFirestore: (value) => {
      const data: DocumentData = { ...value };
      delete data.id;
      return data as T;
    },
    fromFirestore: (snapshot: QueryDocumentSnapshot<T>, options?: SnapshotOptions) => ({
      ...snapshot.data({ serverTimestamps: 'estimate', ...options }),
      id: snapshot.id,
    }),
  };
}
