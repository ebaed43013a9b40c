import { lazy, Suspense, type ComponentType } from 'react';
import { Toaster } from 'react-hot-toast';
import { Redirect, Route, Switch } from 'wouter';
import type { Role } from '@clinicflow/shared/model';
import { NoRolePage } from '@/features/auth/components/no-role-page';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { SessionProvider, useSession } from '@/features/auth/session-context';
import { ROLE_HOME } from './role-routes';

// Each role's screens are their own chunk: the sign-in route never downloads Firestore.
const ReceptionPage = lazy(() => import('@/features/reception/reception-page'));
const DashboardPage = lazy(() => import('@/features/dashboard/dashboard-page'));
const AdminPage = lazy(() => import('@/features/admin/admin-page'));

const ROUTES: { path: string; role: Role; Page: ComponentType }[] = [
  { path: ROLE_HOME.receptionist, role: 'receptionist', Page: ReceptionPage },
  { path: ROLE_HOME.checkerDoctor, role: 'checkerDoctor', Page: DashboardPage },
  { path: ROLE_HOME.admin, role: 'admin', Page: AdminPage },
];

function Loading() {
  return (
    <div className="loading" role="status" aria-live="polite">
      Loading…
    </div>
  );
}

function Routes() {
  const session = useSession();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signedOut') return <SignInPage />;
  if (!session.claims) return <NoRolePage email={session.email} />;
  const { role } = session.claims;
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        {/* A route of another role sends the user home: their token, not the URL, decides. */}
        {ROUTES.map(({ path, role: routeRole, Page }) => (
          <Route key={path} path={path}>
            {role === routeRole ? <Page /> : <Redirect to={ROLE_HOME[role]} replace />}
          </Route>
        ))}
        <Route>
          <Redirect to={ROLE_HOME[role]} replace />
        </Route>
      </Switch>
    </Suspense>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Routes />
      <Toaster position="top-right" toastOptions={{ duration: 6000 }} />
    </SessionProvider>
  );
}
