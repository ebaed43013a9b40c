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
import { transitionFor, transitionUpdate, type TransitionMove } from '@clinicflow/shared/transitions';
import { paths } from '@clinicflow/shared/paths';
import { detailsMissing } from '@clinicflow/shared/documents';
import type { PatientInput, VisitInput } from '@clinicflow/shared/validation';
import {
  CLINIC_A,
  DOCTOR_A,
  NOBODY,
  OFF_DOCTOR_A,
  OTHER_DOCTOR_A,
  PAUSED_DOCTOR_A,
  QUEUE_READERS_A,
  RECEPTIONIST_A,
  RECEPTIONIST_B,
  type Actor,
} from '../actors';
import type { NamedCase } from '../cases';
import {
  dutyPath,
  dutyWorld,
  newPatient,
  newVisit,
  onDuty,
  ROOM_1,
  ROOM_2,
  type LastChange,
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
import { seed } from '../harness';
import type { MatrixRow, MatrixTable } from '../matrix';

export const visitPath = (id: string) => `${paths.visits(CLINIC_A)}/${id}`;

/**
 * A row making one transition of the shared table on a seeded visit in `from` (the actor's own
 * claim, if claimed), with clinic A's doctors on duty.
 */
function transitionRow(
  move: TransitionMove,
  what: string,
  allowed: readonly Actor[],
  from = transitionFor(typeof move === 'string' ? move : move.action).from,
): MatrixRow {
  return {
    op: 'update',
    what,
    allowed,
    seed: (docId, actor) => ({ ...dutyWorld(), [visitPath(docId)]: storedVisit(from, actor) }),
    attempt: ({ db, docId, actor }) => updateDoc(doc(db, visitPath(docId)), transitionBy(move, actor.uid)),
  };
}

const TO_OTHER_DOCTOR = { action: 'transfer', to: OTHER_DOCTOR_A.uid, room: ROOM_2 } as const;

/**
 * clinics/{clinicId}/visits: the clinic's receptionists and checker doctors read the queue (a list
 * is bounded: open visits, or recent ones; the unbounded lists are in bounded-reads.ts);
 * receptionists open visits (waiting, no ticket), cancel waiting ones and mark called ones
 * absent; checker doctors on duty call waiting visits to their room or claim them, and recall,
 * start, mark absent, transfer, complete or return their own claims; nobody deletes a visit.
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
    transitionRow({ action: 'call', room: ROOM_1 }, 'call a waiting visit to room 1', [DOCTOR_A]),
    transitionRow('claim', 'claim a waiting visit', [DOCTOR_A]),
    transitionRow('recall', 'call again a patient they called', [DOCTOR_A]),
    transitionRow('start', 'start reviewing a patient they called', [DOCTOR_A]),
    transitionRow('noShow', 'mark a called patient absent', [RECEPTIONIST_A, DOCTOR_A]),
    transitionRow(TO_OTHER_DOCTOR, 'hand a patient they called to a colleague on duty', [DOCTOR_A], 'called'),
    transitionRow(TO_OTHER_DOCTOR, 'hand a patient in review to a colleague on duty', [DOCTOR_A], 'in_review'),
    transitionRow('complete', 'complete a visit they claimed', [DOCTOR_A]),
    transitionRow('return', 'return a visit they claimed to the queue', [DOCTOR_A]),
    transitionRow('return', 'return a patient they called to the queue', [DOCTOR_A], 'called'),
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
function updateCase(name: string, move: TransitionMove, changes: Changes): NamedCase {
  const transition = transitionFor(typeof move === 'string' ? move : move.action);
  const actor = transition.role === 'receptionist' ? RECEPTIONIST_A : DOCTOR_A;
  const id = freshId();
  return {
    name,
    actor,
    allowed: false,
    seed: { [visitPath(id)]: storedVisit(transition.from) },
    attempt: (db) => updateDoc(doc(db, visitPath(id)), withChanges(transitionBy(move, actor.uid), changes)),
  };
}

interface MoveCase {
  name: string;
  actor: Actor;
  allowed: boolean;
  /** The seeded visit's status; its holder is DOCTOR_A. */
  from: VisitStatus;
  move: TransitionMove;
  changes?: Changes;
  /** Who made the visit's last change and how many ms ago, seeded just before the attempt (an undo's window). */
  last?: { by: Actor; agoMs: number };
}

/** `actor` makes `move` on a visit seeded in `from` (clinic A's doctors on duty, as dutyWorld). */
function moveCase({ name, actor, allowed, from, move, changes = {}, last }: MoveCase): NamedCase {
  const id = freshId();
  const stamp = (): LastChange => (last ? { by: last.by, at: Timestamp.fromMillis(Date.now() - last.agoMs) } : {});
  return {
    name,
    actor,
    allowed,
    seed: dutyWorld(),
    attempt: async (db) => {
      await seed({ [visitPath(id)]: storedVisit(from, DOCTOR_A, stamp()) });
      return updateDoc(doc(db, visitPath(id)), withChanges(transitionBy(move, actor.uid), changes));
    },
  };
}

const CALL_ROOM_1 = { action: 'call', room: ROOM_1 } as const;
const UNDO_WINDOW_PASSED_MS = 11_000;

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
  moveCase({
    name: 'a doctor cannot call a patient to a room other than the one they are on duty in',
    actor: DOCTOR_A,
    allowed: false,
    from: 'waiting',
    move: { action: 'call', room: ROOM_2 },
  }),
  moveCase({
    name: 'a doctor whose shift is paused cannot call a patient',
    actor: PAUSED_DOCTOR_A,
    allowed: false,
    from: 'waiting',
    move: { action: 'call', room: ROOM_2 },
  }),
  moveCase({
    name: 'a doctor who has not started a shift cannot call a patient',
    actor: OFF_DOCTOR_A,
    allowed: false,
    from: 'waiting',
    move: CALL_ROOM_1,
  }),
  moveCase({
    name: "a doctor cannot call a patient in another doctor's name",
    actor: DOCTOR_A,
    allowed: false,
    from: 'waiting',
    move: CALL_ROOM_1,
    changes: { claimedBy: OTHER_DOCTOR_A.uid },
  }),
  moveCase({
    name: 'a doctor cannot call a patient with a calledAt from the client clock',
    actor: DOCTOR_A,
    allowed: false,
    from: 'waiting',
    move: CALL_ROOM_1,
    changes: { calledAt: clientClock },
  }),
  moveCase({
    name: 'a doctor cannot call a patient with a claimedAt from the client clock',
    actor: DOCTOR_A,
    allowed: false,
    from: 'waiting',
    move: CALL_ROOM_1,
    changes: { claimedAt: clientClock },
  }),
  moveCase({
    name: 'a doctor cannot call a patient without stamping who and when',
    actor: DOCTOR_A,
    allowed: false,
    from: 'waiting',
    move: CALL_ROOM_1,
    changes: { statusChangedAt: clientClock },
  }),
  moveCase({
    name: 'a doctor cannot call a patient and change the priority',
    actor: DOCTOR_A,
    allowed: false,
    from: 'waiting',
    move: CALL_ROOM_1,
    changes: { priority: 'emergency' },
  }),
  moveCase({
    name: 'a doctor cannot recall a patient with a calledAt from the client clock',
    actor: DOCTOR_A,
    allowed: false,
    from: 'called',
    move: 'recall',
    changes: { calledAt: clientClock },
  }),
  moveCase({
    name: 'a doctor cannot move the patient to another room by a recall',
    actor: DOCTOR_A,
    allowed: false,
    from: 'called',
    move: 'recall',
    changes: { room: ROOM_2 },
  }),
  moveCase({
    name: 'a doctor cannot start a review of a called patient and clear the call',
    actor: DOCTOR_A,
    allowed: false,
    from: 'called',
    move: 'start',
    changes: { calledAt: null },
  }),
  moveCase({
    name: 'a receptionist cannot mark a patient absent and clear the claim',
    actor: RECEPTIONIST_A,
    allowed: false,
    from: 'called',
    move: 'noShow',
    changes: { claimedBy: null },
  }),
  moveCase({
    name: 'a doctor cannot return a called patient and keep the room',
    actor: DOCTOR_A,
    allowed: false,
    from: 'called',
    move: 'return',
    changes: { room: REMOVE },
  }),
  moveCase({
    name: 'a doctor cannot return a called patient and keep the call time',
    actor: DOCTOR_A,
    allowed: false,
    from: 'called',
    move: 'return',
    changes: { calledAt: REMOVE },
  }),
  moveCase({
    name: 'a doctor cannot hand a patient to a colleague under a room other than the colleague’s',
    actor: DOCTOR_A,
    allowed: false,
    from: 'in_review',
    move: { ...TO_OTHER_DOCTOR, room: ROOM_1 },
  }),
  moveCase({
    name: 'a doctor cannot hand a patient to a colleague whose shift is paused',
    actor: DOCTOR_A,
    allowed: false,
    from: 'in_review',
    move: { action: 'transfer', to: PAUSED_DOCTOR_A.uid, room: ROOM_2 },
  }),
  moveCase({
    name: 'a doctor cannot hand a patient to a colleague who has not started a shift',
    actor: DOCTOR_A,
    allowed: false,
    from: 'called',
    move: { action: 'transfer', to: OFF_DOCTOR_A.uid, room: ROOM_1 },
  }),
  {
    ...moveCase({
      name: 'a doctor cannot hand a patient to a receptionist, even one with a duty document',
      actor: DOCTOR_A,
      allowed: false,
      from: 'in_review',
      move: { action: 'transfer', to: RECEPTIONIST_A.uid, room: ROOM_1 },
    }),
    seed: { ...dutyWorld(), [dutyPath(RECEPTIONIST_A.uid)]: onDuty(RECEPTIONIST_A, ROOM_1) },
  },
  moveCase({
    name: 'a doctor cannot hand a patient to themselves',
    actor: DOCTOR_A,
    allowed: false,
    from: 'in_review',
    move: { action: 'transfer', to: DOCTOR_A.uid, room: ROOM_1 },
  }),
  moveCase({
    name: 'a doctor cannot hand a patient over and change the status in one write',
    actor: DOCTOR_A,
    allowed: false,
    from: 'called',
    move: TO_OTHER_DOCTOR,
    changes: { status: 'in_review' },
  }),
  moveCase({
    name: 'a doctor cannot hand a patient over and move the claim time',
    actor: DOCTOR_A,
    allowed: false,
    from: 'in_review',
    move: TO_OTHER_DOCTOR,
    changes: { claimedAt: clientClock },
  }),
  moveCase({
    name: 'a doctor can undo their own complete within 10 seconds',
    actor: DOCTOR_A,
    allowed: true,
    from: 'done',
    move: 'undoComplete',
    last: { by: DOCTOR_A, agoMs: 0 },
  }),
  moveCase({
    name: 'a doctor cannot undo their own complete 11 seconds later',
    actor: DOCTOR_A,
    allowed: false,
    from: 'done',
    move: 'undoComplete',
    last: { by: DOCTOR_A, agoMs: UNDO_WINDOW_PASSED_MS },
  }),
  moveCase({
    name: 'a doctor cannot undo a complete and keep the completion time',
    actor: DOCTOR_A,
    allowed: false,
    from: 'done',
    move: 'undoComplete',
    changes: { completedAt: REMOVE },
    last: { by: DOCTOR_A, agoMs: 0 },
  }),
  moveCase({
    name: 'a receptionist can undo their own no-show within 10 seconds',
    actor: RECEPTIONIST_A,
    allowed: true,
    from: 'no_show',
    move: 'undoNoShow',
    last: { by: RECEPTIONIST_A, agoMs: 0 },
  }),
  moveCase({
    name: 'a receptionist cannot undo their own no-show 11 seconds later',
    actor: RECEPTIONIST_A,
    allowed: false,
    from: 'no_show',
    move: 'undoNoShow',
    last: { by: RECEPTIONIST_A, agoMs: UNDO_WINDOW_PASSED_MS },
  }),
  moveCase({
    name: "a receptionist cannot undo the doctor's no-show",
    actor: RECEPTIONIST_A,
    allowed: false,
    from: 'no_show',
    move: 'undoNoShow',
    last: { by: DOCTOR_A, agoMs: 0 },
  }),
  moveCase({
    name: "a doctor cannot undo the desk's no-show of their patient",
    actor: DOCTOR_A,
    allowed: false,
    from: 'no_show',
    move: 'undoNoShow',
    last: { by: RECEPTIONIST_A, agoMs: 0 },
  }),
  moveCase({
    name: 'a doctor cannot undo a no-show and move the patient to another room',
    actor: DOCTOR_A,
    allowed: false,
    from: 'no_show',
    move: 'undoNoShow',
    changes: { room: ROOM_2 },
    last: { by: DOCTOR_A, agoMs: 0 },
  }),
];
