import {
  collection,
  deleteDoc,
  deleteField,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  Timestamp,
  updateDoc,
  where,
  writeBatch,
  type Firestore,
} from 'firebase/firestore';
import { OPEN_STATUSES, type VisitStatus } from '@clinicflow/shared/model';
import { transitionFor, transitionUpdate, type TransitionAction } from '@clinicflow/shared/transitions';
import { paths } from '@clinicflow/shared/paths';
import { detailsMissing, type PatientInput, type VisitInput } from '@clinicflow/shared/validation';
import {
  CLINIC_A,
  DOCTOR_A,
  NOBODY,
  OTHER_DOCTOR_A,
  QUEUE_READERS_A,
  RECEPTIONIST_A,
  RECEPTIONIST_B,
  type Actor,
} from '../actors';
import type { NamedCase } from '../cases';
import {
  newPatient,
  newVisit,
  PATIENT_A,
  PATIENT_B,
  REMOVE,
  SEEDED_AT,
  storedPatient,
  storedVisit,
  transitionBy,
  visitCorrectionBy,
  withChanges,
  type Changes,
  WALK_IN,
} from '../fixtures';
import type { MatrixRow, MatrixTable } from '../matrix';

export const visitPath = (id: string) => `${paths.visits(CLINIC_A)}/${id}`;

/** A row making one transition of the shared table on a seeded visit (the actor's own claim, if claimed). */
function transitionRow(action: TransitionAction, what: string, allowed: readonly Actor[]): MatrixRow {
  return {
    op: 'update',
    what,
    allowed,
    seed: (docId, actor) => ({ [visitPath(docId)]: storedVisit(transitionFor(action).from, actor) }),
    attempt: ({ db, docId, actor }) => updateDoc(doc(db, visitPath(docId)), transitionBy(action, actor.uid)),
  };
}

/**
 * clinics/{clinicId}/visits: the clinic's receptionists and checker doctors read the queue (a list
 * is bounded: open visits, or recent ones; the unbounded lists are in bounded-reads.ts);
 * receptionists open visits (waiting, no ticket) and cancel waiting ones; checker doctors claim
 * waiting visits and complete or return their own claims; nobody deletes a visit.
 */
export const visitsMatrix: MatrixTable = {
  collection: 'visits',
  rows: [
    {
      op: 'get',
      what: 'read a visit',
      allowed: QUEUE_READERS_A,
      seed: (docId) => ({ [visitPath(docId)]: storedVisit('waiting') }),
      attempt: ({ db, docId }) => getDoc(doc(db, visitPath(docId))),
    },
    {
      op: 'list',
      what: "list clinic A's open visits",
      allowed: QUEUE_READERS_A,
      attempt: ({ db }) =>
        getDocs(query(collection(db, paths.visits(CLINIC_A)), where('status', 'in', [...OPEN_STATUSES]))),
    },
    {
      op: 'create',
      what: 'open a visit',
      allowed: [RECEPTIONIST_A],
      attempt: ({ db, docId, actor }) => setDoc(doc(db, visitPath(docId)), newVisit(PATIENT_A, actor.uid)),
    },
    transitionRow('cancel', 'cancel a waiting visit', [RECEPTIONIST_A]),
    {
      op: 'update',
      what: "correct a waiting visit's reason and priority",
      allowed: [RECEPTIONIST_A],
      seed: (docId) => ({ [visitPath(docId)]: storedVisit('waiting') }),
      attempt: ({ db, docId, actor }) => updateDoc(doc(db, visitPath(docId)), visitCorrectionBy(actor.uid)),
    },
    transitionRow('claim', 'claim a waiting visit', [DOCTOR_A]),
    transitionRow('complete', 'complete a visit they claimed', [DOCTOR_A]),
    transitionRow('return', 'return a visit they claimed to the queue', [DOCTOR_A]),
    {
      op: 'delete',
      what: 'delete a visit',
      allowed: NOBODY,
      seed: (docId) => ({ [visitPath(docId)]: storedVisit('waiting') }),
      attempt: ({ db, docId }) => deleteDoc(doc(db, visitPath(docId))),
    },
  ],
};

let fieldCases = 0;
const freshId = () => `visit-field-${++fieldCases}`;

/** The receptionist opens a valid visit for patient A with `changes` applied. */
/** One batch, as the desk sends it: a new patient and their first visit (marked if details are missing). */
function registerWithVisitCase(name: string, id: string, input: PatientInput, visit?: VisitInput): NamedCase {
  return {
    name,
    actor: RECEPTIONIST_A,
    allowed: true,
    attempt: (db: Firestore) => {
      const batch = writeBatch(db);
      const patient = { clinicId: CLINIC_A, id, fullName: input.fullName, detailsMissing: detailsMissing(input) };
      batch.set(doc(db, `${paths.patients(CLINIC_A)}/${id}`), newPatient(input, RECEPTIONIST_A.uid));
      batch.set(doc(db, visitPath(freshId())), newVisit(patient, RECEPTIONIST_A.uid, visit));
      return batch.commit();
    },
  };
}

function openCase(what: string, changes: Changes, allowed = false): NamedCase {
  return {
    name: `a receptionist ${allowed ? 'can' : 'cannot'} open a visit ${what}`,
    actor: RECEPTIONIST_A,
    allowed,
    attempt: (db) =>
      setDoc(doc(db, visitPath(freshId())), withChanges(newVisit(PATIENT_A, RECEPTIONIST_A.uid), changes)),
  };
}

/**
 * A visit for a patient who does exist, stored (past the rules) under an id with `what` in it:
 * the id's characters are the only thing wrong.
 */
function oddPatientIdCase(what: string, id: string): NamedCase {
  const patient = { clinicId: CLINIC_A, id, fullName: PATIENT_A.fullName };
  return {
    ...openCase(`for a patient whose id has ${what}`, { patientId: id }),
    seed: { [`${paths.patients(CLINIC_A)}/${id}`]: storedPatient(PATIENT_A.input) },
    attempt: (db) => setDoc(doc(db, visitPath(freshId())), newVisit(patient, RECEPTIONIST_A.uid)),
  };
}

/**
 * The update for `action` with `changes`, sent by whoever the shared table lets make it (for a
 * doctor, the one holding the claim) on a seeded visit in the transition's `from` status.
 */
function updateCase(name: string, action: TransitionAction, changes: Changes): NamedCase {
  const transition = transitionFor(action);
  const actor = transition.role === 'receptionist' ? RECEPTIONIST_A : DOCTOR_A;
  const id = freshId();
  return {
    name,
    actor,
    allowed: false,
    seed: { [visitPath(id)]: storedVisit(transition.from) },
    attempt: (db) => updateDoc(doc(db, visitPath(id)), withChanges(transitionBy(action, actor.uid), changes)),
  };
}

const clientClock = Timestamp.fromMillis(Date.parse('2026-11-26T09:00:00Z'));

/** `actor` corrects a seeded visit in `status`, with `changes` applied to what is sent. */
function correctionCase(
  name: string,
  allowed: boolean,
  changes: Changes = {},
  { actor = RECEPTIONIST_A, status = 'waiting' }: { actor?: Actor; status?: VisitStatus } = {},
): NamedCase {
  const id = freshId();
  return {
    name,
    actor,
    allowed,
    seed: { [visitPath(id)]: storedVisit(status) },
    attempt: (db) => updateDoc(doc(db, visitPath(id)), withChanges(visitCorrectionBy(actor.uid), changes)),
  };
}

/** One field wrong at a time, each where a real client could slip it in. */
export const visitFieldCases: readonly NamedCase[] = [
  openCase('with a ticket', { ticket: 'A-001' }),
  openCase('with a ticket number', { ticketNumber: 1 }),
  openCase('with a day key', { dayKey: '2026-11-26' }),
  openCase('already in review', { status: 'in_review' }),
  openCase('already claimed by a doctor', { claimedBy: DOCTOR_A.uid }),
  openCase("in another receptionist's name", { createdBy: RECEPTIONIST_B.uid }),
  openCase('with a createdAt from the client clock', { createdAt: clientClock }),
  openCase('for a patient who does not exist', { patientId: 'no-such-patient' }),
  openCase('whose patientId climbs out of the patients collection', { patientId: '../visits/visit-seeded' }),
  openCase('whose patientId is a number', { patientId: 42 }),
  oddPatientIdCase('a space', 'Ana Gomez 1984'),
  oddPatientIdCase('an accented letter', 'patiént-a'),
  oddPatientIdCase('a dot', 'patient.a'),
  openCase("for clinic B's patient", { patientId: PATIENT_B.id, patientName: PATIENT_B.fullName }),
  openCase("under a name other than the patient's record", { patientName: 'Someone Else' }),
  openCase('with a priority the model does not have', { priority: 'whenever' }),
  openCase('saying the details are complete in so many words (absent means complete)', {
    patientDetailsMissing: false,
  }),
  openCase('with details-missing that is not a boolean', { patientDetailsMissing: 'yes' }),
  openCase('without a reason', { reason: '' }),
  registerWithVisitCase(
    'a receptionist can register a patient and open their visit in one batch',
    'patient-registered-with-visit',
    { fullName: 'Lucía Fernández', phone: '600 111 222', dateOfBirth: '2001-07-15' },
  ),
  registerWithVisitCase(
    'a receptionist can register an emergency walk-in by name alone and open their visit, marked incomplete',
    'patient-walk-in-with-visit',
    WALK_IN,
    { reason: 'Collapsed in the street', priority: 'emergency' },
  ),
  updateCase('a receptionist cannot set a ticket when cancelling', 'cancel', {
    ticket: 'A-001',
  }),
  updateCase('a receptionist cannot change the reason when cancelling', 'cancel', {
    reason: 'Changed my mind',
  }),
  updateCase('a receptionist cannot cancel without stamping who and when', 'cancel', {
    statusChangedBy: REMOVE,
    statusChangedAt: REMOVE,
  }),
  updateCase("a receptionist cannot cancel in someone else's name", 'cancel', {
    statusChangedBy: RECEPTIONIST_B.uid,
  }),
  updateCase("a doctor cannot claim a visit in another doctor's name", 'claim', {
    claimedBy: OTHER_DOCTOR_A.uid,
  }),
  updateCase('a doctor cannot claim with a claimedAt from the client clock', 'claim', {
    claimedAt: clientClock,
  }),
  updateCase('a doctor cannot claim with a statusChangedAt from the client clock', 'claim', {
    statusChangedAt: clientClock,
  }),
  updateCase('a doctor cannot change the patient name during a claim', 'claim', {
    patientName: 'Someone Else',
  }),
  updateCase('a doctor cannot raise the priority during a claim', 'claim', {
    priority: 'emergency',
  }),
  updateCase('a doctor cannot remove the ticket during a claim', 'claim', {
    ticket: deleteField(),
  }),
  updateCase('a doctor cannot add a field the model does not have during a claim', 'claim', {
    notes: 'seen in corridor',
  }),
  updateCase('a doctor cannot complete a visit without completedAt', 'complete', {
    completedAt: REMOVE,
  }),
  updateCase('a doctor cannot complete a visit with a completedAt from the client clock', 'complete', {
    completedAt: clientClock,
  }),
  updateCase('a doctor cannot return a visit and keep the claim', 'return', {
    claimedBy: REMOVE,
    claimedAt: REMOVE,
  }),
  updateCase('a doctor cannot return a visit by deleting the claim instead of clearing it', 'return', {
    claimedBy: deleteField(),
    claimedAt: deleteField(),
  }),
  (() => {
    const id = freshId();
    return {
      name: 'a doctor can claim a visit that an earlier claim returned to the queue',
      actor: DOCTOR_A,
      allowed: true,
      seed: {
        [visitPath(id)]: { ...storedVisit('in_review'), ...transitionUpdate('return', DOCTOR_A.uid, SEEDED_AT) },
      },
      attempt: (db: Firestore) => updateDoc(doc(db, visitPath(id)), transitionBy('claim', DOCTOR_A.uid)),
    };
  })(),
  correctionCase('a receptionist can raise a waiting visit to emergency alone', true, { reason: REMOVE }),
  correctionCase('a receptionist cannot correct a visit a doctor is reviewing', false, {}, { status: 'in_review' }),
  correctionCase('a receptionist cannot correct a visit once it is done', false, {}, { status: 'done' }),
  correctionCase("a doctor cannot correct a waiting visit's priority", false, {}, { actor: DOCTOR_A }),
  correctionCase('a receptionist cannot change the status in a correction', false, { status: 'cancelled' }),
  correctionCase("a receptionist cannot change the patient's name on a visit", false, { patientName: 'Someone Else' }),
  correctionCase('a receptionist cannot correct a visit without stamping who and when', false, {
    correctedBy: REMOVE,
    correctedAt: REMOVE,
  }),
  correctionCase("a receptionist cannot correct a visit in another receptionist's name", false, {
    correctedBy: RECEPTIONIST_B.uid,
  }),
  correctionCase('a receptionist cannot correct a visit with a correctedAt from the client clock', false, {
    correctedAt: clientClock,
  }),
  correctionCase('a receptionist cannot correct a visit to a priority the model does not have', false, {
    priority: 'whenever',
  }),
  correctionCase('a receptionist cannot correct a visit to an empty reason', false, { reason: '' }),
  correctionCase('a receptionist cannot correct a visit to a reason over 500 characters', false, {
    reason: 'x'.repeat(501),
  }),
  {
    name: 'a doctor cannot claim a visit that does not exist by merging into it',
    actor: DOCTOR_A,
    allowed: false,
    attempt: (db: Firestore) =>
      setDoc(doc(db, visitPath(freshId())), transitionBy('claim', DOCTOR_A.uid), { merge: true }),
  },
];
