import { lazy, useState, type ComponentType, type ReactNode } from 'react';
import type { Role } from '@clinicflow/shared/model';
import { arrivedScreen, loadScreen, type ScreenKey } from './screen-modules';

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
function lazyScreen<P extends object = object>(key: ScreenKey): Screen<P> {
  const preload = () => loadScreen(key) as Promise<{ default: ComponentType<P> }>;
  const Lazy = lazy(preload);
  function Screen(props: P) {
    // Chosen once per mount, so a module arriving later never swaps the component under it.
    const [Component] = useState<ComponentType<P>>(
      () => (arrivedScreen(key) as { default: ComponentType<P> } | null)?.default ?? Lazy,
    );
    return <Component {...props} />;
  }
  return { preload, Screen };
}

/** Each role's screen is its own chunk: the sign-in route never downloads Firestore. */
export const ROLE_SCREENS: Record<Role, Screen> = {
  receptionist: lazyScreen('receptionist'),
  checkerDoctor: lazyScreen('checkerDoctor'),
  admin: lazyScreen('admin'),
  display: lazyScreen('display'),
};

/** The day report: the admin's and the front desk's (read-only), its own chunk. */
export const REPORT_SCREEN = lazyScreen('report');

/** What every staff screen runs besides the screen itself (toaster, role-change watch). */
export const STAFF_SERVICES = lazyScreen<{ children: ReactNode }>('staffServices');
