import { lazy, useState, type ComponentType, type ReactNode } from 'react';
import type { Role } from '@clinicflow/shared/model';

interface Screen<P extends object = object> {
  /** Fetches and runs the screen's chunk; the router renders it without waiting once it has. */
  preload: () => Promise<unknown>;
  Screen: ComponentType<P>;
}

/**
 * A lazily loaded screen that renders at once when its module is already here (fetched early,
 * see early-start.ts). React.lazy alone suspends on its first render even then, and React holds
 * a suspended boundary's content back for up to 300 ms after its fallback showed.
 */
function lazyScreen<P extends object = object>(load: () => Promise<{ default: ComponentType<P> }>): Screen<P> {
  let loaded: ComponentType<P> | null = null;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload);
  function Screen(props: P) {
    // Chosen once per mount, so a module arriving later never swaps the component under it.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return { preload, Screen };
}

/** Each role's screen is its own chunk: the sign-in route never downloads Firestore. */
export const ROLE_SCREENS: Record<Role, Screen> = {
  receptionist: lazyScreen(() => import('@/features/reception/reception-page')),
  checkerDoctor: lazyScreen(() => import('@/features/dashboard/dashboard-page')),
  admin: lazyScreen(() => import('@/features/admin/admin-page')),
  display: lazyScreen(() => import('@/features/display/display-page')),
};

/** The day report: the admin's and the front desk's (read-only), its own chunk. */
export const REPORT_SCREEN = lazyScreen(() => import('@/features/report/report-page'));

/** What every staff screen runs besides the screen itself (toaster, role-change watch). */
export const STAFF_SERVICES = lazyScreen<{ children: ReactNode }>(
  () => import('@/features/auth/components/staff-services'),
);
