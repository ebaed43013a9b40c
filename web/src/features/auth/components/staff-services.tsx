import { useEffect, type ReactNode } from 'react';
import { Loading } from '@/components/ui/loading';
import { RoleToaster } from '@/components/ui/toaster';
import { useClinicSettings } from '@/features/clinic/api/clinic';
import { watchOwnClaimsStamp } from '@/features/staff/api/staff';
import { refreshClaims } from '@/lib/auth';
import { useClinicLanguage } from '@/lib/i18n';
import { useStaffSession } from '@/lib/session';

/**
 * What every staff screen runs besides the screen itself, loaded with the role's chunk (the
 * sign-in route needs neither): the toaster, the claims watch, and the clinic's language and
 * time zone. When an admin changes this member's role, the staff record's claimsUpdatedAt
 * moves; a fresh token then carries the new role and the router moves them to its screen, no
 * sign-out needed. The screen waits for the clinic's settings, so no time is ever shown in the
 * browser's zone instead of the clinic's.
 */
export default function StaffServices({ children }: { children: ReactNode }) {
  const { uid, claims } = useStaffSession();
  const { clinicId } = claims;
  const clinic = useClinicSettings(clinicId);
  useClinicLanguage(clinic.doc);
  useEffect(() => watchOwnClaimsStamp(clinicId, uid, () => void refreshClaims()), [clinicId, uid]);
  return (
    <>
      <RoleToaster role={claims.role} />
      {clinic.status === 'loading' ? <Loading /> : children}
    </>
  );
}
