import { lazy, Suspense, type ComponentType } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import type { Role } from '@clinicflow/shared/model';
import { Loading } from '@/components/ui/loading';
import { NoRolePage } from '@/features/auth/components/no-role-page';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { SessionProvider, useSession } from '@/features/auth/session-context';
import { UpdatePrompt } from '@/components/ui/update-prompt';
import { ROLE_HOME } from './role-routes';

// Each role's screens are their own chunk: the sign-in route never downloads Firestore (nor the toaster).
const ReceptionPage = lazy(() => import('@/features/reception/reception-page'));
const DashboardPage = lazy(() => import('@/features/dashboard/dashboard-page'));
const AdminPage = lazy(() => import('@/features/admin/admin-page'));
const StaffServices = lazy(() => import('@/features/auth/components/staff-services'));

const ROUTES: { path: string; role: Role; Page: ComponentType }[] = [
  { path: ROLE_HOME.receptionist, role: 'receptionist', Page: ReceptionPage },
  { path: ROLE_HOME.checkerDoctor, role: 'checkerDoctor', Page: DashboardPage },
  { path: ROLE_HOME.admin, role: 'admin', Page: AdminPage },
];

function Routes() {
  const session = useSession();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signedOut') return <SignInPage />;
  if (!session.claims) return <NoRolePage email={session.email} />;
  const { role } = session.claims;
  return (
    <Suspense fallback={<Loading />}>
      <StaffServices />
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
      <UpdatePrompt />
      <Routes />
    </SessionProvider>
  );
}
