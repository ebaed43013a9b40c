/**
 * The installable app's service worker (built by vite-plugin-pwa from web/pwa.config.ts),
 * registered through workbox-window. A new version installs in the background and then waits:
 * this page keeps running the version it started with until the person chooses "Reload"
 * (components/ui/update-prompt), and never reloads on its own.
 *
 * - Registered a few seconds after the page has loaded, so that the first visit's precache (every
 *   route's chunks) does not compete with the start-up's own requests on a slow line.
 * - Checked for a new version every hour, and when the screen comes back into view after ten
 *   minutes: a tablet keeps the app open all day.
 * - A version that is waiting when the app opens (the person chose "Later" yesterday) is offered
 *   again; one that another tab has already let in is offered too, as a plain reload.
 */
import { useSyncExternalStore } from 'react';

const SETTLE_MS = 5_000;
const CHECK_EVERY_MS = 60 * 60_000;
const CHECK_WHEN_SHOWN_AFTER_MS = 10 * 60_000;

let waiting = false;
let apply: () => void = () => window.location.reload();
const listeners = new Set<() => void>();

function announce(): void {
  waiting = true;
  for (const listener of listeners) listener();
}

async function register(): Promise<void> {
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/' });
  let reloadAsked = false;
  wb.addEventListener('waiting', announce);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloadAsked) window.location.reload();
  });
  const registration = await wb.register({ immediate: true });
  apply = () => {
    if (registration?.waiting) {
      // The new version takes over, then this page reloads into it (controllerchange above).
      reloadAsked = true;
      wb.messageSkipWaiting();
    } else {
      window.location.reload();
    }
  };

  let checkedAt = Date.now();
  const check = () => {
    checkedAt = Date.now();
    wb.update().catch(() => undefined);
  };
  setInterval(check, CHECK_EVERY_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && Date.now() - checkedAt > CHECK_WHEN_SHOWN_AFTER_MS) check();
  });
}

/** Production builds only: the dev server serves no worker. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const later = () =>
    setTimeout(() => {
      register().catch((err: unknown) => console.warn('Service worker not registered', err));
    }, SETTLE_MS);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

/** True once a new version is waiting for "Reload". */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => waiting,
  );
}

/** Lets the waiting version in and reloads this page into it. */
export function applyUpdate(): void {
  apply();
}
