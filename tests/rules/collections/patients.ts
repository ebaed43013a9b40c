import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  limit,
  query,
  setDoc,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import { LIMITS } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import type { PatientInput } from '@clinicflow/shared/validation';
import { CLINIC_A, CLINIC_B, NOBODY, QUEUE_READERS_A, RECEPTIONIST_A, RECEPTIONIST_B } from '../actors';
import type { NamedCase } from '../cases';
import {
  newPatient,
  PATIENT_A,
  PATIENT_B,
  REMOVE,
  SEEDED_AT,
  storedPatient,
  withChanges,
  type Changes,
} from '../fixtures';
import type { MatrixTable } from '../matrix';

const patientPath = (id: string, clinicId = CLINIC_A) => `${paths.patients(clinicId)}/${id}`;

/**
 * clinics/{clinicId}/patients: the only personal data. The clinic's receptionists and checker
 * doctors read a patient; only receptionists list them, LIMITS.patientQueryMax at a time (the
 * unbounded lists are in bounded-reads.ts); receptionists register patients; nobody changes or
 * deletes one.
 */
export const patientsMatrix: MatrixTable = {
  collection: 'patients',
  rows: [
    {
      op: 'get',
      what: "read a patient's record",
      allowed: QUEUE_READERS_A,
      attempt: ({ db }) => getDoc(doc(db, patientPath(PATIENT_A.id))),
    },
    {
      op: 'list',
      what: `list clinic A's patients, ${LIMITS.patientQueryMax} at most`,
      allowed: [RECEPTIONIST_A],
      attempt: ({ db }) => getDocs(query(collection(db, paths.patients(CLINIC_A)), limit(LIMITS.patientQueryMax))),
    },
    {
      op: 'create',
      what: 'register a patient',
      allowed: [RECEPTIONIST_A],
      attempt: ({ db, docId, actor }) => setDoc(doc(db, patientPath(docId)), newPatient(PATIENT_A.input, actor.uid)),
    },
    {
      op: 'update',
      what: "change a patient's phone",
      allowed: NOBODY,
      seed: (docId) => ({ [patientPath(docId)]: storedPatient(PATIENT_A.input) }),
      attempt: ({ db, docId }) => updateDoc(doc(db, patientPath(docId)), { phone: '+34 600 999 999' }),
    },
    {
      op: 'delete',
      what: 'delete a patient',
      allowed: NOBODY,
      seed: (docId) => ({ [patientPath(docId)]: storedPatient(PATIENT_A.input) }),
      attempt: ({ db, docId }) => deleteDoc(doc(db, patientPath(docId))),
    },
  ],
};

let registrations = 0;
/** Registers a valid patient from `input` with `changes` applied, under a fresh id. */
function register(changes: Changes, input: PatientInput = PATIENT_A.input, clinicId = CLINIC_A) {
  const id = `patient-field-${++registrations}`;
  return (db: Firestore) =>
    setDoc(doc(db, patientPath(id, clinicId)), withChanges(newPatient(input, RECEPTIONIST_A.uid), changes));
}
const named = (fullName: string): PatientInput => ({ ...PATIENT_A.input, fullName });

/** One field wrong at a time, and the names the rules' ASCII-only lower() must not refuse. */
export const patientFieldCases: readonly NamedCase[] = [
  ...[
    ['has accents and capitals', 'MARÍA JOSÉ NÚÑEZ'],
    ['lower-cases longer than it is (İ)', 'İLKER ÖZ'],
    ['is written in Greek capitals', 'ΟΔΥΣΣΕΑΣ ΠΑΠΑΔΟΠΟΥΛΟΣ'],
    ['has two spaces between its words', 'Ana  Gomez'],
  ].map(([what, fullName]): NamedCase => ({
    name: `a receptionist can register a patient whose name ${what}`,
    actor: RECEPTIONIST_A,
    allowed: true,
    attempt: register({}, named(fullName ?? '')),
  })),
  ...(
    [
      ['whose nameKey is not the normalized name', { nameKey: 'someone else' }],
      ['whose nameKey keeps the capitals', { nameKey: 'Ana Gomez' }],
      ['whose nameKey keeps a double space', { fullName: 'Ana  Gomez', nameKey: 'ana  gomez' }],
      ['with a createdAt from the client clock', { createdAt: SEEDED_AT }],
      ["in another receptionist's name", { createdBy: RECEPTIONIST_B.uid }],
      ['with letters in the phone number', { phone: '+34 CALL ME NOW' }],
      ['with a thirteenth month in the date of birth', { dateOfBirth: '1984-13-09' }],
      ['with a date of birth written day first', { dateOfBirth: '09/03/1984' }],
      ['with a field the model does not have', { notes: 'allergic to penicillin' }],
      ['without search keys', { searchKeys: REMOVE }],
      ['with search keys that are not a list', { searchKeys: 'ana' }],
      ['with an empty search key', { searchKeys: ['ana', ''] }],
      ['with a search key that has a space in it', { searchKeys: ['ana gomez'] }],
      ['with a number among its search keys', { searchKeys: ['ana', 600] }],
      ['with a map among its search keys', { searchKeys: ['ana', { key: 'x' }] }],
    ] as const
  ).map(([what, changes]): NamedCase => ({
    name: `a receptionist cannot register a patient ${what}`,
    actor: RECEPTIONIST_A,
    allowed: false,
    attempt: register(changes),
  })),
  {
    name: 'a receptionist can register a patient whose search keys are the longest patientSearchKeys makes from a name outside the basic plane',
    actor: RECEPTIONIST_A,
    allowed: true,
    // 20 × 𠮷 is 40 UTF-16 units, the most search.ts puts in one key.
    attempt: register({}, named(`${'𠮷'.repeat(25)} Li`)),
  },
  {
    name: 'a receptionist of clinic A cannot register a patient in clinic B',
    actor: RECEPTIONIST_A,
    allowed: false,
    attempt: register({}, PATIENT_B.input, CLINIC_B),
  },
  {
    name: 'a receptionist of clinic B can register a patient in clinic B',
    actor: RECEPTIONIST_B,
    allowed: true,
    attempt: register({ createdBy: RECEPTIONIST_B.uid }, PATIENT_B.input, CLINIC_B),
  },
];
