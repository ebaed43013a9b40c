/**
 * LIMITS (shared/src/model.ts) against the rules, at each boundary: exactly the limit is
 * accepted and one past it refused. A new limit must say here how the rules enforce it.
 */
import { describe, it } from 'vitest';
import { collection, doc, getDocs, limit, query, setDoc, updateDoc, where, type Firestore } from 'firebase/firestore';
import { LIMITS } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { ADMIN_A, CLINIC_A, RECEPTIONIST_A, type Actor } from './actors';
import {
  newPatient,
  newVisit,
  PATIENT_A,
  ROOMS_A,
  ROUTINE_VISIT,
  storedPatient,
  withChanges,
  type Changes,
} from './fixtures';
import { caseCounts, clientFor, expectOutcome, seed } from './harness';

type Attempt = (db: Firestore) => Promise<unknown>;
interface LimitCheck {
  field: string;
  bound: 'min' | 'max';
  write: (size: number) => Attempt;
  /** Who writes; the receptionist unless said. */
  actor?: Actor;
}

let writes = 0;
const freshId = (what: string) => `limit-${what}-${++writes}`;

function registerPatient(changes: Changes): Attempt {
  return (db) =>
    setDoc(
      doc(db, `${paths.patients(CLINIC_A)}/${freshId('patient')}`),
      withChanges(newPatient(PATIENT_A.input, RECEPTIONIST_A.uid), changes),
    );
}

/**
 * Opens a visit for a patient seeded past the rules with this id and name, so the visit's own
 * fields are the only thing at the boundary.
 */
function openVisit(patient: { id: string; fullName: string }, reason = ROUTINE_VISIT.reason): Attempt {
  return async (db) => {
    await seed({
      [`${paths.patients(CLINIC_A)}/${patient.id}`]: storedPatient({ ...PATIENT_A.input, fullName: patient.fullName }),
    });
    const visit = newVisit({ clinicId: CLINIC_A, ...patient }, RECEPTIONIST_A.uid, { ...ROUTINE_VISIT, reason });
    return setDoc(doc(db, `${paths.visits(CLINIC_A)}/${freshId('visit')}`), visit);
  };
}

const searchKeys = (n: number, key: (i: number) => string) => Array.from({ length: n }, (_, i) => key(i));

/** The patient search as the desk runs it, asking for `n` results. */
const patientQuery: LimitCheck['write'] = (n) => (db) =>
  getDocs(query(collection(db, paths.patients(CLINIC_A)), where('searchKeys', 'array-contains', 'ana'), limit(n)));

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * Visits created since `n` hours before now, less a minute: the rules compare with request.time,
 * which is a little later than this clock when the query arrives.
 */
const recentVisits: LimitCheck['write'] = (n) => (db) =>
  getDocs(
    query(collection(db, paths.visits(CLINIC_A)), where('createdAt', '>=', new Date(Date.now() - n * HOUR + MINUTE))),
  );
const fullName: LimitCheck['write'] = (n) => registerPatient({ fullName: 'a'.repeat(n), nameKey: 'a'.repeat(n) });
const patientName: LimitCheck['write'] = (n) => openVisit({ id: freshId('patient'), fullName: 'a'.repeat(n) });
const reason: LimitCheck['write'] = (n) => openVisit(PATIENT_A, 'r'.repeat(n));

/** Clinic A's rooms set by its admin, keeping the seeded ones the visit cases call to. */
const setRooms =
  (rooms: string[]): Attempt =>
  (db) =>
    updateDoc(doc(db, paths.clinic(CLINIC_A)), { rooms });
const extraRooms = (n: number) => Array.from({ length: n }, (_, i) => `Extra ${i + 1}`);

const CHECKS: Record<keyof typeof LIMITS, readonly LimitCheck[] | string> = {
  idMax: [
    {
      field: "a visit's patientId",
      bound: 'max',
      write: (n) => openVisit({ id: 'p'.repeat(n), fullName: 'Ana Gomez' }),
    },
  ],
  nameMin: [
    { field: "a patient's fullName", bound: 'min', write: fullName },
    { field: "a visit's patientName", bound: 'min', write: patientName },
  ],
  nameMax: [
    { field: "a patient's fullName", bound: 'max', write: fullName },
    { field: "a visit's patientName", bound: 'max', write: patientName },
  ],
  nameKeyMax: [
    {
      field: "a non-ASCII patient's nameKey",
      bound: 'max',
      write: (n) => registerPatient({ fullName: 'Ñandú Pérez', nameKey: 'ñ'.repeat(n) }),
    },
  ],
  phoneMin: [{ field: "a patient's phone", bound: 'min', write: (n) => registerPatient({ phone: '1'.repeat(n) }) }],
  phoneMax: [{ field: "a patient's phone", bound: 'max', write: (n) => registerPatient({ phone: '1'.repeat(n) }) }],
  reasonMin: [{ field: "a visit's reason", bound: 'min', write: reason }],
  reasonMax: [{ field: "a visit's reason", bound: 'max', write: reason }],
  searchKeysMin: [
    {
      field: "a patient's searchKeys",
      bound: 'min',
      write: (n) => registerPatient({ searchKeys: searchKeys(n, (i) => `k${i}`) }),
    },
  ],
  searchKeysMax: [
    {
      field: "a patient's searchKeys",
      bound: 'max',
      write: (n) => registerPatient({ searchKeys: searchKeys(n, (i) => `k${i}`) }),
    },
  ],
  searchKeyMax: [
    {
      field: 'a search key, the last of a full list,',
      bound: 'max',
      write: (n) =>
        registerPatient({
          searchKeys: [...searchKeys(LIMITS.searchKeysMax - 1, () => 'k'.repeat(LIMITS.searchKeyMax)), 'k'.repeat(n)],
        }),
    },
    {
      field: 'a search key of accented letters, the first of two,',
      bound: 'max',
      write: (n) => registerPatient({ searchKeys: ['ñ'.repeat(n), 'ana'] }),
    },
  ],
  patientQueryMax: [{ field: "the patient search's limit", bound: 'max', write: patientQuery }],
  visitListHours: [{ field: 'a visit list reaching back, in hours less a minute,', bound: 'max', write: recentVisits }],
  roomsMax: [
    {
      field: "clinic A's room list",
      bound: 'max',
      actor: ADMIN_A,
      write: (n) => setRooms([...ROOMS_A, ...extraRooms(n - ROOMS_A.length)]),
    },
  ],
  roomNameMax: [
    { field: 'a room name', bound: 'max', actor: ADMIN_A, write: (n) => setRooms([...ROOMS_A, 'r'.repeat(n)]) },
  ],
  undoWindowMs: 'request.time is not ours to set: undo at once and 11 s later (visit field cases)',
  clinicNameMax: 'clients never write a clinic (the clinics matrix)',
  emailMax: 'clients never write a staff record (the staff matrix)',
};

export function describeLimits(): void {
  describe('LIMITS agree with the rules at every boundary', () => {
    for (const [key, checks] of Object.entries(CHECKS) as [keyof typeof LIMITS, readonly LimitCheck[] | string][]) {
      if (typeof checks === 'string') continue;
      const limit = LIMITS[key];
      for (const { field, bound, write, actor = RECEPTIONIST_A } of checks) {
        const past = bound === 'max' ? limit + 1 : limit - 1;
        it(`${field} of exactly ${limit} (LIMITS.${key}) is accepted`, async () => {
          caseCounts.limits++;
          await expectOutcome(true, write(limit)(clientFor(actor)));
        });
        it(`${field} of ${past}, one ${bound === 'max' ? 'past' : 'short of'} LIMITS.${key}, is refused`, async () => {
          caseCounts.limits++;
          await expectOutcome(false, write(past)(clientFor(actor)));
        });
      }
    }
  });
}
