import { ROLE_LABELS } from '@/app/role-routes';
import { useStaffSession } from '@/features/auth/session-context';

/** Who is signed in, in which role and clinic: the placeholder body of each role's screen. */
export function WhoAmI() {
  const { displayName, email, claims } = useStaffSession();
  return (
    <section className="card" aria-label="Signed in">
      <dl className="facts">
        <dt>Signed in as</dt>
        <dd data-testid="whoami-name">
          {displayName} ({email})
        </dd>
        <dt>Role</dt>
        <dd data-testid="whoami-role">{ROLE_LABELS[claims.role]}</dd>
        <dt>Clinic</dt>
        <dd data-testid="whoami-clinic">{claims.clinicId}</dd>
      </dl>
    </section>
  );
}
