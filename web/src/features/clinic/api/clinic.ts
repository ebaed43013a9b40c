import { useEffect, useMemo } from 'react';
import toast from 'react-hot-toast';
import { doc } from 'firebase/firestore';
import type { ClinicDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { db, withId } from '@/lib/firestore';
import { friendlyFirestoreError } from '@/lib/errors';
import { useLiveDoc } from '@/lib/live-query';
import { lastMember, rememberTimezone } from '@/lib/trusted-device';

const converter = withId<ClinicDoc>();

export function clinicRef(clinicId: string) {
  return doc(db, paths.clinic(clinicId)).withConverter(converter);
}

/** The clinic's name and time zone; null while loading. */
export function useClinic(clinicId: string): ClinicDoc | null {
  const { doc: clinic } = useLiveDoc(clinicRef(clinicId), (err) =>
    toast.error(`Could not load the clinic's details. ${friendlyFirestoreError(err)}`, { id: 'clinic-error' }),
  );
  const timezone = clinic?.timezone;
  useEffect(() => {
    if (timezone) rememberTimezone(clinicId, timezone);
  }, [clinicId, timezone]);
  return clinic;
}

/**
 * The clinic's time zone: from its document, or before that arrives, the one a trusted device
 * remembers, so the day's queries need not wait for the clinic document (a round trip on a cold
 * start). Null when neither is known yet.
 */
export function useClinicTimezone(clinicId: string, clinic: ClinicDoc | null): string | null {
  const remembered = useMemo(() => {
    const member = lastMember();
    return member?.clinicId === clinicId ? (member.timezone ?? null) : null;
  }, [clinicId]);
  return clinic?.timezone ?? remembered;
}
