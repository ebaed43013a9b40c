/**
 * Where each lazily loaded screen's module comes from, and which have arrived. No React here:
 * early-start.ts, a page entry of its own, loads this before React and Firebase have even been
 * fetched, and the router (role-screens.tsx) reads what it loaded.
 */
const LOADERS = {
  receptionist: () => import('@/features/reception/reception-page'),
  checkerDoctor: () => import('@/features/dashboard/dashboard-page'),
  admin: () => import('@/features/admin/admin-page'),
  display: () => import('@/features/display/display-page'),
  report: () => import('@/features/report/report-page'),
  staffServices: () => import('@/features/auth/components/staff-services'),
} as const;

export type ScreenKey = keyof typeof LOADERS;
type ScreenModule<K extends ScreenKey> = Awaited<ReturnType<(typeof LOADERS)[K]>>;

const pending = new Map<ScreenKey, Promise<unknown>>();
const arrived = new Map<ScreenKey, unknown>();

/** Fetches and runs a screen's module once, however many ask. A failure is forgotten, so the next ask retries. */
export function loadScreen<K extends ScreenKey>(key: K): Promise<ScreenModule<K>> {
  let promise = pending.get(key) as Promise<ScreenModule<K>> | undefined;
  if (!promise) {
    promise = (LOADERS[key]() as Promise<ScreenModule<K>>).then(
      (module) => {
        arrived.set(key, module);
        return module;
      },
      (err: unknown) => {
        pending.delete(key);
        throw err;
      },
    );
    pending.set(key, promise);
  }
  return promise;
}

/** The screen's module if it has already arrived, else null. */
export function arrivedScreen<K extends ScreenKey>(key: K): ScreenModule<K> | null {
  return (arrived.get(key) as ScreenModule<K> | undefined) ?? null;
}
