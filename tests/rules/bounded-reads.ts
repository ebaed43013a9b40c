/**
 * Bounded reads: no query may return the clinic's whole patient list or visit history. Patients
 * are listed by the front desk only, LIMITS.patientQueryMax at a time; a visit list must be of
 * open visits or of the last LIMITS.visitListHours hours. Rules are not filters: each query here
 * is refused for what it could return, whatever is stored. (The boundaries themselves are in
 * limits.ts; the app's own queries pass in queries.ts.)
 */
import {
  collection,
  collectionGroup,
  getDocs,
  limit,
  orderBy,
  query,
  where,
  type Firestore,
  type QueryConstraint,
} from 'firebase/firestore';
import { LIMITS, OPEN_STATUSES } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { CLINIC_A, DOCTOR_A, RECEPTIONIST_A, type Actor } from './actors';
import type { NamedCase } from './cases';
import { PATIENT_A } from './fixtures';

const HOUR = 3_600_000;

function listCase(
  actor: Actor,
  allowed: boolean,
  what: string,
  collectionPath: string,
  ...constraints: QueryConstraint[]
): NamedCase {
  return {
    name: `${actor.label} ${allowed ? 'can' : 'cannot'} ${what}`,
    actor,
    allowed,
    attempt: (db: Firestore) => getDocs(query(collection(db, collectionPath), ...constraints)),
  };
}

const patients = paths.patients(CLINIC_A);
const visits = paths.visits(CLINIC_A);

export const boundedReadCases: readonly NamedCase[] = [
  listCase(RECEPTIONIST_A, false, 'list every patient of the clinic (no limit)', patients),
  listCase(
    RECEPTIONIST_A,
    false,
    'search patients without a limit',
    patients,
    where('searchKeys', 'array-contains', 'ana'),
  ),
  listCase(
    RECEPTIONIST_A,
    false,
    `list patients ${LIMITS.patientQueryMax + 1} at a time`,
    patients,
    limit(LIMITS.patientQueryMax + 1),
  ),
  listCase(DOCTOR_A, false, 'list patients, even one at a time', patients, limit(1)),
  listCase(
    DOCTOR_A,
    false,
    'search patients by name',
    patients,
    where('searchKeys', 'array-contains', 'ana'),
    limit(8),
  ),
  {
    name: `${RECEPTIONIST_A.label} cannot list the patients of every clinic (collection group), even with a limit`,
    actor: RECEPTIONIST_A,
    allowed: false,
    attempt: (db: Firestore) => getDocs(query(collectionGroup(db, 'patients'), limit(1))),
  },
  ...[RECEPTIONIST_A, DOCTOR_A].flatMap((actor) => [
    listCase(actor, false, 'list every visit the clinic ever had', visits),
    listCase(actor, false, 'page through every visit ever by a limit alone', visits, orderBy('createdAt'), limit(10)),
    listCase(actor, false, "list a patient's whole visit history", visits, where('patientId', '==', PATIENT_A.id)),
    listCase(actor, false, 'list every finished visit', visits, where('status', '==', 'done')),
    listCase(
      actor,
      false,
      'list open and finished visits together',
      visits,
      where('status', 'in', [...OPEN_STATUSES, 'done']),
    ),
    listCase(
      actor,
      false,
      `list visits since ${LIMITS.visitListHours + 24} hours ago`,
      visits,
      where('createdAt', '>=', new Date(Date.now() - (LIMITS.visitListHours + 24) * HOUR)),
    ),
    listCase(actor, true, 'list the waiting visits alone', visits, where('status', '==', 'waiting')),
    listCase(
      actor,
      true,
      'list the visits of the last hour, newest first',
      visits,
      where('createdAt', '>=', new Date(Date.now() - HOUR)),
      orderBy('createdAt', 'desc'),
    ),
  ]),
];
