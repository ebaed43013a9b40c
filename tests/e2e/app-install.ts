/**
 * The installable app in the browser tests: waiting for its service worker, deploying a "new
 * version" of it, and what a trusted tablet keeps of a session overnight.
 */
import { expect, type Page } from '@playwright/test';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/root';

const SERVICE_WORKER = join(ROOT, 'web', 'dist', 'sw.js');

/** Waits until the app's worker is active (its precache complete), then reloads until it controls the page. */
export async function serviceWorkerInControl(page: Page): Promise<void> {
  // Registered a few seconds after load (lib/service-worker.ts), so allow for that.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? null), {
      timeout: 30_000,
    })
    .toBe('activated');
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * Puts a changed sw.js where the preview server serves it (a new deploy, as far as the browser
 * can tell) and asks the page's registration to look for it. Returns the undo, for `finally`.
 */
export async function deployNewVersion(page: Page): Promise<() => void> {
  const original = readFileSync(SERVICE_WORKER, 'utf8');
  appendFileSync(SERVICE_WORKER, `\n// a newer deploy, ${new Date().toISOString()}\n`);
  const restore = () => writeFileSync(SERVICE_WORKER, original);
  try {
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
  } catch (err) {
    restore();
    throw err;
  }
  return restore;
}

/**
 * Makes the ID token this trusted browser keeps for its session an expired one, as it is when a
 * tablet is opened in the morning (tokens last an hour). Done from a page of the app's origin that
 * runs none of its code, so Auth cannot refresh it meanwhile.
 */
export async function expireStoredIdToken(page: Page): Promise<void> {
  await page.goto('/favicon.svg');
  const expired = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('firebaseLocalStorageDb');
        open.onerror = () => reject(new Error('no Auth database'));
        open.onsuccess = () => {
          const store = open.result
            .transaction('firebaseLocalStorage', 'readwrite')
            .objectStore('firebaseLocalStorage');
          const all = store.getAll();
          all.onsuccess = () => {
            let count = 0;
            for (const entry of all.result as { fbase_key: string; value: Record<string, unknown> }[]) {
              const tokens = entry.value.stsTokenManager as { expirationTime: number } | undefined;
              if (!entry.fbase_key.startsWith('firebase:authUser:') || !tokens) continue;
              tokens.expirationTime = Date.now() - 60 * 60_000;
              store.put(entry);
              count++;
            }
            store.transaction.oncomplete = () => resolve(count);
          };
        };
      }),
  );
  expect(expired, 'a stored session to expire').toBe(1);
}
