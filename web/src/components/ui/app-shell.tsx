import type { ReactNode } from 'react';
import { ROLE_LABELS } from '@/config/labels';
import { signOut } from '@/lib/auth';
import { useSession } from '@/lib/session';
import { hasUnsyncedWrites } from '@/lib/teardown';
import { useConfirm } from './confirm-dialog';

/** Top bar (brand, screen, who is signed in where, sign out) around every signed-in screen. */
export function AppShell({
  title,
  clinicName,
  children,
}: {
  title: string;
  clinicName?: string | undefined;
  children: ReactNode;
}) {
  const session = useSession();
  const [dialog, confirm] = useConfirm();

  async function onSignOut() {
    const unsynced = await hasUnsyncedWrites();
    if (
      unsynced &&
      !(await confirm({
        title: 'Some changes have not reached the server',
        body: 'This computer is offline or still sending. Signing out now deletes those changes from this computer. Wait until the connection is back to keep them.',
        confirmLabel: 'Sign out and discard',
        cancelLabel: 'Stay signed in',
        danger: true,
      }))
    ) {
      return;
    }
    await signOut();
  }

  const claims = session.status === 'signedIn' ? session.claims : null;
  const where = claims ? [ROLE_LABELS[claims.role], clinicName ?? claims.clinicId].join(' · ') : null;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            +
          </span>
          <span className="brand__name">ClinicFlow</span>
        </div>
        <div className="topbar__title">{title}</div>
        {session.status === 'signedIn' && (
          <div className="topbar__user">
            <div className="topbar__who">
              <span className="topbar__name">{session.displayName}</span>
              {where && <span className="topbar__role">{where}</span>}
            </div>
            <button className="button button--ghost topbar__signout" type="button" onClick={() => void onSignOut()}>
              Sign out
            </button>
          </div>
        )}
      </header>
      <main className="shell__main" id="main" tabIndex={-1}>
        {children}
      </main>
      {dialog}
    </div>
  );
}
