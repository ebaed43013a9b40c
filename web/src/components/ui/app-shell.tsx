import type { ReactNode } from 'react';
import { useSession } from '@/features/auth/session-context';
import { signOut } from '@/features/auth/api/session';
import { ROLE_LABELS } from '@/app/role-routes';

/** Header (brand, who is signed in, sign out) around every signed-in screen. */
export function AppShell({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const session = useSession();
  return (
    <div className="shell">
      <header className="topbar">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            +
          </span>
          ClinicFlow
        </div>
        <div className="topbar__title">{title}</div>
        <div className="topbar__actions">{actions}</div>
        {session.status === 'signedIn' && (
          <div className="topbar__user">
            <span className="topbar__name">{session.displayName}</span>
            {session.claims && (
              <span className="topbar__role">
                {ROLE_LABELS[session.claims.role]} · {session.claims.clinicId}
              </span>
            )}
            <button className="button button--ghost" type="button" onClick={() => void signOut()}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main className="shell__main" id="main">
        {children}
      </main>
    </div>
  );
}
