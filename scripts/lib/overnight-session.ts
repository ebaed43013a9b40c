import type { BrowserContext } from '@playwright/test';

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
/** Playwright's types leave out the IndexedDB snapshot that `storageState({ indexedDB: true })` adds. */
type SavedOrigin = StorageState['origins'][number] & { indexedDB?: { name: string }[] };

/**
 * What a trusted tablet keeps overnight of a signed-in profile, for a fresh browser context: the
 * session (Auth's IndexedDB database) and local storage (the device's settings and its remembered
 * member), without Firestore's cache, so the next start must ask the server for every document.
 */
export async function overnightSession(context: BrowserContext): Promise<StorageState> {
  const state = await context.storageState({ indexedDB: true });
  return {
    ...state,
    origins: state.origins.map((o: SavedOrigin) => ({
      ...o,
      indexedDB: (o.indexedDB ?? []).filter((db) => db.name === 'firebaseLocalStorageDb'),
    })),
  };
}
