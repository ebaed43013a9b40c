import { AppShell } from '@/components/ui/app-shell';

export function NoRolePage({ email }: { email: string }) {
  return (
    <AppShell title="No access yet">
      <section className="card empty-state">
        <h1>Your account has no clinic role yet</h1>
        <p>
          You are signed in as <strong>{email}</strong>, but no clinic has given this account a role, so there is
          nothing to show.
        </p>
        <p className="muted">Ask your clinic admin to add you as receptionist, checker doctor or admin.</p>
      </section>
    </AppShell>
  );
}
