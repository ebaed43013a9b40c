import { persistentLocalCache, persistentMultipleTabManager, type FirestoreLocalCache } from 'firebase/firestore';

/** Only a device marked trusted loads this: IndexedDB cache shared by all of its tabs. */
export function persistentCache(): FirestoreLocalCache {
  return persistentLocalCache({ tabManager: persistentMultipleTabManager() });
}
