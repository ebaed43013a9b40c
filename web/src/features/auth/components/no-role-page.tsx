import { useState } from 'react';
import { AppShell } from '@/components/ui/app-shell';
import { LockIcon } from '@/components/ui/icons';
import { refreshClaims } from '@/lib/auth';

export function NoRolePage({ email }: { email: string }) {
  const [checking, setChecking] = useState(false);
  const [checkedOnce, setCheckedOnce] = useState(false);

  async function checkAgain() {
    setChecking(true);
    try {
      await refreshClaims();
    } finally {
      setChecking(false);
      setCheckedOnce(true);
    }
  }

  return (
    <AppShell title="No access yet">
      <section className="card empty-state">
        <div className="empty-state__icon">
          <LockIcon />
        </div>
        <h1>Your account has no clinic role yet</h1>
        <p>
          You are signed in as <strong>{email}</strong>, but no clinic has given this account a role, so there is
          nothing to show.
        </p>
        <p className="muted">Ask your clinic admin to add you as receptionist, checker doctor or admin.</p>
        <button className="button" type="button" onClick={() => void checkAgain()} disabled={checking}>
          {checking ? 'Checking…' : 'My admin added me: check again'}
        </button>
        <p className="muted" role="status">
          {checkedOnce && !checking ? 'Still no role on this account.' : ''}
        </p>
      </section>
    </AppShell>
  );
}
