import { useEffect } from 'react';
import { RoleToaster } from '@/components/ui/toaster';
import { watchOwnClaimsStamp } from '@/features/staff/api/staff';
import { refreshClaims } from '@/lib/auth';
import { useStaffSession } from '@/lib/session';

/**
 * What every staff screen runs besides the screen itself, loaded with the role's chunk (the
 * sign-in route needs neither): the toaster, and the claims watch. When an admin changes this
 * member's role, the staff record's claimsUpdatedAt moves; a fresh token then carries the new
 * role and the router moves them to its screen, no sign-out needed.
 */
export default function StaffServices() {
  const { uid, claims } = useStaffSession();
  const { clinicId } = claims;
  useEffect(() => watchOwnClaimsStamp(clinicId, uid, () => void refreshClaims()), [clinicId, uid]);
  return <RoleToaster role={claims.role} />;
}
