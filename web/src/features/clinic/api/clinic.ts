import toast from 'react-hot-toast';
import { doc, updateDoc } from 'firebase/firestore';
import type { ClinicDoc, Language } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { db, withId } from '@/lib/firestore';
import { friendlyFirestoreError } from '@/lib/errors';
import { translate as t } from '@/lib/i18n';
import { useLiveDoc, type LiveDocState } from '@/lib/live-query';

const converter = withId<ClinicDoc>();

export function clinicRef(clinicId: string) {
  return doc(db, paths.clinic(clinicId)).withConverter(converter);
}

function reportClinicError(err: unknown) {
  toast.error(t('clinic.loadFailed', { reason: t(friendlyFirestoreError(err)) }), { id: 'clinic-error' });
}

/** The clinic's name, time zone and language, live. */
export function useClinicSettings(clinicId: string): LiveDocState<ClinicDoc> {
  return useLiveDoc(clinicRef(clinicId), reportClinicError);
}

/** The clinic's name, time zone and language; null while loading. */
export function useClinic(clinicId: string): ClinicDoc | null {
  return useClinicSettings(clinicId).doc;
}

/** The admin's setting: the clinic's default language (a device's own choice still wins there). */
export function setClinicLanguage(clinicId: string, language: Language): Promise<void> {
  return updateDoc(clinicRef(clinicId), { language });
}
