import toast from 'react-hot-toast';
import { doc } from 'firebase/firestore';
import type { ClinicDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { db, withId } from '@/lib/firestore';
import { friendlyFirestoreError } from '@/lib/errors';
import { useLiveDoc } from '@/lib/live-query';

const converter = withId<ClinicDoc>();

export function clinicRef(clinicId: string) {
  return doc(db, paths.clinic(clinicId)).withConverter(converter);
}

/** The clinic's name and time zone; null while loading. */
export function useClinic(clinicId: string): ClinicDoc | null {
  const { doc: clinic } = useLiveDoc(clinicRef(clinicId), (err) =>
    toast.error(`Could not load the clinic's details. ${friendlyFirestoreError(err)}`, { id: 'clinic-error' }),
  );
  return clinic;
}
