import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  deleteField,
  limit,
  query,
  serverTimestamp,
  setDoc,
  Timestamp,
  updateDoc,
  type Firestore,
} from 'firebase/firestore';
import { LIMITS } from '@clinicflow/shared/model';
import { patientCorrection } from '@clinicflow/shared/documents';
import { paths } from '@clinicflow/shared/paths';
import type { PatientInput } from '@clinicflow/shared/validation';
import {
  CLINIC_A,
  CLINIC_B,
  DOCTOR_A,
  NOBODY,
  QUEUE_READERS_A,
  RECEPTIONIST_A,
  RECEPTIONIST_B,
  type Actor,
} from '../actors';
import type { NamedCase } from '../cases';
import {
  newPatient,
  PATIENT_A,
  patientCorrectionBy,
  PATIENT_B,
  REMOVE,
  SEEDED_AT,
  storedPatient,
  WALK_IN,
  withChanges,
  type Changes,
} from '../fixtures';
import type { MatrixTable } from '../matrix';

const patientPath = (id: string, clinicId = CLINIC_A) => `${paths.patients(clinicId)}/${id}`;

/**
 * clinics/{clinicId}/patients: the only personal data. The clinic's receptionists and checker
 * doctors read a patient; only receptionists list them, LIMITS.patientQueryMax at a time (the
 * unbounded lists are in bounded-reads.ts); receptionists register patients and correct their
 * details (the whole record checked as on registration, stamped); nobody deletes one.
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
      op: 'create',
      what: 'register an emergency walk-in by name alone',
      allowed: [RECEPTIONIST_A],
      attempt: ({ db, docId, actor }) => setDoc(doc(db, patientPath(docId)), newPatient(WALK_IN, actor.uid)),
    },
    {
      op: 'update',
      what: "add a walk-in's phone and date of birth",
      allowed: [RECEPTIONIST_A],
      seed: (docId) => ({ [patientPath(docId)]: storedPatient(WALK_IN) }),
      attempt: ({ db, docId, actor }) =>
        updateDoc(
          doc(db, patientPath(docId)),
          patientCorrection(
            { fullName: WALK_IN.fullName, phone: '+34 600 555 010', dateOfBirth: '1961-02-14' },
            actor.uid,
            serverTimestamp(),
          ),
        ),
    },
    {
      op: 'update',
      what: "correct a patient's name, phone and date of birth",
      allowed: [RECEPTIONIST_A],
      seed: (docId) => ({ [patientPath(docId)]: storedPatient(PATIENT_A.input) }),
      attempt: ({ db, docId, actor }) =>
        updateDoc(
          doc(db, patientPath(docId)),
          patientCorrectionBy(actor.uid, {
            fullName: 'Ana Gómez Ruiz',
            phone: '+34 600 999 999',
            dateOfBirth: '1984-03-19',
          }),
        ),
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
      ['with a phone that is a number, not text', { phone: 600123456 }],
      ['with an empty phone (not given is null)', { phone: '' }],
      ['with a date of birth that is a boolean', { dateOfBirth: false }],
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

let corrections = 0;
const clientClock = Timestamp.fromMillis(Date.parse('2026-11-26T09:00:00Z'));

/** `actor` corrects a freshly seeded patient A with `details`, then `changes` applied to what is sent. */
function correctCase(
  name: string,
  allowed: boolean,
  details: Partial<PatientInput>,
  changes: Changes = {},
  actor: Actor = RECEPTIONIST_A,
): NamedCase {
  const path = patientPath(`patient-correction-${++corrections}`);
  return {
    name,
    actor,
    allowed,
    seed: { [path]: storedPatient(PATIENT_A.input) },
    attempt: (db) => updateDoc(doc(db, path), withChanges(patientCorrectionBy(actor.uid, details), changes)),
  };
}

/** Corrections of a patient's details: the record is checked whole, as on registration, and stamped. */
export const patientCorrectionCases: readonly NamedCase[] = [
  correctCase("a receptionist can correct a patient's name to one with accents", true, { fullName: 'Ána Gómez' }),
  correctCase("a receptionist can correct a patient's phone alone", true, { phone: '+34 611 000 111' }),
  correctCase('a doctor cannot correct a patient', false, { phone: '+34 611 000 111' }, {}, DOCTOR_A),
  correctCase(
    'a receptionist cannot correct a patient without stamping who and when',
    false,
    { phone: '+34 611 000 112' },
    {
      updatedAt: REMOVE,
      updatedBy: REMOVE,
    },
  ),
  correctCase(
    "a receptionist cannot correct a patient in another receptionist's name",
    false,
    { phone: '+34 611 000 113' },
    {
      updatedBy: RECEPTIONIST_B.uid,
    },
  ),
  correctCase(
    'a receptionist cannot correct a patient with an updatedAt from the client clock',
    false,
    {},
    {
      updatedAt: clientClock,
    },
  ),
  correctCase('a receptionist cannot change when a patient was registered', false, {}, { createdAt: clientClock }),
  correctCase('a receptionist cannot change who registered a patient', false, {}, { createdBy: RECEPTIONIST_B.uid }),
  correctCase(
    'a receptionist cannot correct a name and keep the old name key',
    false,
    { fullName: 'Anna Gomez' },
    {
      nameKey: 'ana gomez',
    },
  ),
  correctCase('a receptionist cannot correct a phone to letters', false, { phone: '+34 CALL ME NOW' }),
  correctCase('a receptionist cannot correct a date of birth to a thirteenth month', false, {
    dateOfBirth: '1984-13-09',
  }),
  correctCase('a receptionist cannot remove the search keys in a correction', false, {}, { searchKeys: deleteField() }),
  correctCase(
    'a receptionist cannot add a field the model does not have in a correction',
    false,
    {},
    {
      notes: 'allergic to penicillin',
    },
  ),
];
