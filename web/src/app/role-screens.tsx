import { lazy, useState, type ComponentType } from 'react';
import type { Role } from '@clinicflow/shared/model';

interface Screen {
  /** Fetches and runs the screen's chunk; the router renders it without waiting once it has. */
  preload: () => Promise<unknown>;
  Screen: ComponentType;
}

/**
 * A lazily loaded screen that renders at once when its module is already here (fetched early,
 * see early-start.ts). React.lazy alone suspends on its first render even then, and React holds
 * a suspended boundary's content back for up to 300 ms after its fallback showed.
 */
function lazyScreen(load: () => Promise<{ default: ComponentType }>): Screen {
  let loaded: ComponentType | null = null;
  const preload = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(preload);
  function Screen() {
    // Chosen once per mount, so a module arriving later never swaps the component under it.
    const [Component] = useState<ComponentType>(() => loaded ?? Lazy);
    return <Component />;
  }
  return { preload, Screen };
}

/** Each role's screen is its own chunk: the sign-in route never downloads Firestore. */
export const ROLE_SCREENS: Record<Role, Screen> = {
  receptionist: lazyScreen(() => import('@/features/reception/reception-page')),
  checkerDoctor: lazyScreen(() => import('@/features/dashboard/dashboard-page')),
  admin: lazyScreen(() => import('@/features/admin/admin-page')),
};

/** What every staff screen runs besides the screen itself (toaster, role-change watch). */
export const STAFF_SERVICES = lazyScreen(() => import('@/features/auth/components/staff-services'));
