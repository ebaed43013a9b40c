import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Loading } from '@/components/ui/loading';
import { RoleToaster } from '@/components/ui/toaster';
import { useClinicSettings } from '@/features/clinic/api/clinic';
import { watchOwnClaimsStamp } from '@/features/staff/api/staff';
import { refreshClaims } from '@/lib/auth';
import { useClinicLanguage } from '@/lib/i18n';
import { useStaffSession } from '@/lib/session';
import { rememberClinic, rememberedClinic } from '@/lib/trusted-device';

/**
 * What every staff screen runs besides the screen itself, loaded with the role's chunk (the
 * sign-in route needs neither): the toaster, the claims watch, and the clinic's language and
 * time zone. When an admin changes this member's role, the staff record's claimsUpdatedAt
 * moves; a fresh token then carries the new role and the router moves them to its screen, no
 * sign-out needed. The screen waits until the clinic's zone and language are applied, so no time
 * is ever shown in the browser's zone instead of the clinic's: from the clinic document or, on a
 * trusted device, from the settings it remembers of it, which spares every start that round trip
 * before the screen's own queries leave (BENCHMARKS.md, start-up).
 */
export default function StaffServices({ children }: { children: ReactNode }) {
  const { uid, claims } = useStaffSession();
  const { clinicId } = claims;
  const clinic = useClinicSettings(clinicId);
  const remembered = useMemo(() => rememberedClinic(clinicId), [clinicId]);
  const applied = useClinicLanguage(clinic.doc ?? remembered);
  const { name, timezone, dayEndsAt, language } = clinic.doc ?? {};
  useEffect(() => {
    if (timezone) rememberClinic(clinicId, { name, timezone, dayEndsAt, language });
  }, [clinicId, name, timezone, dayEndsAt, language]);
  useEffect(() => watchOwnClaimsStamp(clinicId, uid, () => void refreshClaims()), [clinicId, uid]);
  // Once shown, the screen stays: the document arriving with other settings than remembered
  // re-renders it in them rather than unmounting it.
  const [shown, setShown] = useState(false);
  if (!shown && (applied || clinic.status !== 'loading')) setShown(true);
  return (
    <>
      <RoleToaster role={claims.role} />
      {shown ? children : <Loading />}
    </>
  );
}
