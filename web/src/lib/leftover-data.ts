/**
 * Nobody is signed in on the sign-in route, so no clinic data may stay on this computer: Firestore's
 * IndexedDB cache (patient names included) and its multi-tab bookkeeping in localStorage, left by a
 * session that ended without signing out (a closed browser, a revoked account, a computer no longer
 * marked trusted), and what a trusted device remembered of its last member. Plain browser APIs: the
 * sign-in route loads no Firestore.
 */
import { forgetMember } from './trusted-device';

const FIRESTORE_DATABASE = /^firestore\//;
const FIRESTORE_STORAGE_KEY = /^firestore_/;

export async function forgetLeftoverClinicData(): Promise<string[]> {
  const removed: string[] = [];
  forgetMember();
  try {
    for (const key of Object.keys(localStorage)) {
      if (FIRESTORE_STORAGE_KEY.test(key)) localStorage.removeItem(key);
    }
  } catch {
    // Storage blocked: there is nothing in it either.
  }
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return removed;
  for (const { name } of await indexedDB.databases()) {
    if (!name || !FIRESTORE_DATABASE.test(name)) continue;
    // Not awaited to the end: a delete waits for open connections, and none belongs to this page.
    indexedDB.deleteDatabase(name);
    removed.push(name);
  }
  return removed;
}
