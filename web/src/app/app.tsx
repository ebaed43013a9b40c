import { Suspense, type ComponentType, type ReactNode } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import type { Role } from '@clinicflow/shared/model';
import { Loading } from '@/components/ui/loading';
import { NoRolePage } from '@/features/auth/components/no-role-page';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { LanguageProvider } from '@/lib/i18n';
import { UpdatePrompt } from '@/components/ui/update-prompt';
import { SessionProvider, useSession } from '@/lib/session';
import { REPORT_PATH } from '@/config/routes';
import { REPORT_ROLES, ROLE_HOME } from './role-routes';
import { REPORT_SCREEN, ROLE_SCREENS, STAFF_SERVICES } from './role-screens';

const StaffServices = STAFF_SERVICES.Screen;

const ROUTES: { path: string; roles: readonly Role[]; Page: ComponentType }[] = [
  { path: ROLE_HOME.receptionist, roles: ['receptionist'], Page: ROLE_SCREENS.receptionist.Screen },
  { path: ROLE_HOME.checkerDoctor, roles: ['checkerDoctor'], Page: ROLE_SCREENS.checkerDoctor.Screen },
  { path: ROLE_HOME.admin, roles: ['admin'], Page: ROLE_SCREENS.admin.Screen },
  { path: REPORT_PATH, roles: REPORT_ROLES, Page: REPORT_SCREEN.Screen },
  { path: ROLE_HOME.display, roles: ['display'], Page: ROLE_SCREENS.display.Screen },
];

/** The waiting-room display reads its board alone (not the clinic, which the staff services read). */
function DisplayServices({ children }: { children: ReactNode }) {
  return children;
}

function Routes() {
  const session = useSession();
  if (session.status === 'loading') return <Loading />;
  if (session.status === 'signedOut') return <SignInPage />;
  if (!session.claims) return <NoRolePage email={session.email} />;
  const { role } = session.claims;
  const Services = role === 'display' ? DisplayServices : StaffServices;
  return (
    <Suspense fallback={<Loading />}>
      <Services>
        <Switch>
          {/* A route of another role sends the user home: their token, not the URL, decides. */}
          {ROUTES.map(({ path, roles, Page }) => (
            <Route key={path} path={path}>
              {roles.includes(role) ? <Page /> : <Redirect to={ROLE_HOME[role]} replace />}
            </Route>
          ))}
          <Route>
            <Redirect to={ROLE_HOME[role]} replace />
          </Route>
        </Switch>
      </Services>
    </Suspense>
  );
}

export function App() {
  return (
    <LanguageProvider>
      <SessionProvider>
        <UpdatePrompt />
        <Routes />
      </SessionProvider>
    </LanguageProvider>
  );
}
