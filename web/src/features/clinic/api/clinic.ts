import { useMemo } from 'react';
import toast from 'react-hot-toast';
import { doc, updateDoc } from 'firebase/firestore';
import type { ClinicDayClock } from '@clinicflow/shared/clinic-time';
import type { ClinicDoc, Language } from '@clinicflow/shared/model';
import { roomsUpdate } from '@clinicflow/shared/documents';
import { paths } from '@clinicflow/shared/paths';
import { db, withId } from '@/lib/firestore';
import { friendlyFirestoreError } from '@/lib/errors';
import { translate as t } from '@/lib/i18n';
import { useLiveDoc, type LiveDocState } from '@/lib/live-query';
import { rememberedClinic } from '@/lib/trusted-device';

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

/** The clinic's name, settings and rooms; null while loading. */
export function useClinic(clinicId: string): ClinicDoc | null {
  return useClinicSettings(clinicId).doc;
}

/** The admin's list of the clinic's rooms (roomsSchema checked first). Settles when the server answers. */
export function setClinicRooms(clinicId: string, rooms: readonly string[]): Promise<void> {
  return updateDoc(clinicRef(clinicId), roomsUpdate(rooms));
}

/** The admin's setting: the clinic's default language (a device's own choice still wins there). */
export function setClinicLanguage(clinicId: string, language: Language): Promise<void> {
  return updateDoc(clinicRef(clinicId), { language });
}

/** The admin's setting: when the clinic day ends ("HH:MM", checked by the rules like dayEndsAtSchema). */
export function setClinicDayEnd(clinicId: string, dayEndsAt: string): Promise<void> {
  return updateDoc(clinicRef(clinicId), { dayEndsAt });
}

/**
 * What names the clinic's day: from its document, or before that arrives, the settings a trusted
 * device remembers (lib/trusted-device), so the day's queries need not wait for the clinic
 * document (a round trip on every start). Null when neither is known yet.
 */
export function useClinicDayClock(clinicId: string, clinic: ClinicDoc | null): ClinicDayClock | null {
  const remembered = useMemo(() => rememberedClinic(clinicId), [clinicId]);
  const settings = clinic ?? remembered;
  if (!settings) return null;
  return { timezone: settings.timezone, ...(settings.dayEndsAt ? { dayEndsAt: settings.dayEndsAt } : {}) };
}
