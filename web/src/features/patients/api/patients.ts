import { newPatientDoc, patientCorrection } from '@clinicflow/shared/documents';
/**
 * The patients collection: search-as-you-type, the duplicate check, and the new-patient write
 * that goes into the same batch as its first visit.
 */
import {
  collection,
  doc,
  getDoc,
  getDocs,
  getDocsFromCache,
  serverTimestamp,
  type FirestoreError,
  type WriteBatch,
} from 'firebase/firestore';
import type { PatientDoc, WithId } from '@clinicflow/shared/model';
import { toQuery } from '@clinicflow/shared/firestore-query';
import { paths } from '@clinicflow/shared/paths';
import { queries } from '@clinicflow/shared/queries';
import { patientNameKey, type PatientSearch } from '@clinicflow/shared/search';
import type { PatientInput } from '@clinicflow/shared/validation';
import { SERVER_ANSWER_MS, withDeadline } from '@/lib/deadline';
import { db, withId } from '@/lib/firestore';
import { useLiveQuery, type LiveQueryState } from '@/lib/live-query';

export type Patient = WithId<PatientDoc>;

const converter = withId<PatientDoc>();
/** Past this, a duplicate check gives way rather than hold up the front desk. */
const DUPLICATE_CHECK_TIMEOUT_MS = 4000;

/**
 * Live results for a search (from what was typed, already debounced by the caller). Firestore
 * matches its one key; the caller narrows by every typed word (matchesPatientSearch).
 */
export function usePatientSearch(
  clinicId: string,
  search: PatientSearch | null,
  onError: (error: FirestoreError) => void,
): LiveQueryState<PatientDoc> {
  const query = search ? toQuery(db, queries.patientSearch(clinicId, search.key)).withConverter(converter) : null;
  return useLiveQuery(query, onError);
}

/**
 * Patients already registered with this name and date of birth. Null when it could not be
 * checked (offline, or the server too slow): registering then goes ahead without the warning.
 */
export async function findDuplicatePatients(clinicId: string, input: PatientInput): Promise<Patient[] | null> {
  // A walk-in without a date of birth cannot be compared (a name alone is too common to warn on).
  if (input.dateOfBirth === null) return [];
  const query = toQuery(
    db,
    queries.duplicatePatients(clinicId, patientNameKey(input.fullName), input.dateOfBirth),
  ).withConverter(converter);
  try {
    if (!navigator.onLine) {
      const cached = await getDocsFromCache(query);
      return cached.empty ? null : cached.docs.map((d) => d.data());
    }
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), DUPLICATE_CHECK_TIMEOUT_MS));
    const snapshot = await Promise.race([getDocs(query), timeout]);
    return snapshot ? snapshot.docs.map((d) => d.data()) : null;
  } catch {
    return null;
  }
}

/** A patient's record as the server has it (the correction dialog starts from it), within SERVER_ANSWER_MS. */
export async function fetchPatient(clinicId: string, patientId: string): Promise<Patient | null> {
  const snapshot = await withDeadline(
    getDoc(doc(db, paths.patients(clinicId), patientId).withConverter(converter)),
    SERVER_ANSWER_MS,
  );
  return snapshot.data() ?? null;
}

/** Adds a correction of the patient's details to `batch`: the whole record as the rules check it, stamped. */
export function addPatientCorrection(
  batch: WriteBatch,
  clinicId: string,
  patientId: string,
  uid: string,
  input: PatientInput,
): void {
  batch.update(doc(db, paths.patients(clinicId), patientId), patientCorrection(input, uid, serverTimestamp()));
}

/** Adds the new patient to `batch` and returns their id. The stored fields are exactly what the rules expect. */
export function addNewPatient(batch: WriteBatch, clinicId: string, uid: string, input: PatientInput): string {
  const ref = doc(collection(db, paths.patients(clinicId)));
  batch.set(ref, newPatientDoc(input, uid, serverTimestamp()));
  return ref.id;
}
