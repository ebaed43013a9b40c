import { collection, deleteDoc, doc, getDoc, getDocs, serverTimestamp, setDoc, Timestamp } from 'firebase/firestore';
import { dutyDoc } from '@clinicflow/shared/documents';
import { paths } from '@clinicflow/shared/paths';
import { CLINIC_A, DOCTOR_A, NOBODY, OTHER_DOCTOR_A, RECEPTIONIST_A, STAFF_A, type Actor } from '../actors';
import type { NamedCase } from '../cases';
import { dutyPath, REMOVE, ROOM_1, ROOM_2, staffDoc, withChanges, type Changes } from '../fixtures';
import type { MatrixTable } from '../matrix';

/** The shift `actor` writes for themselves in clinic A, in their own name. */
function ownShift(actor: Actor, state: 'on_duty' | 'paused' = 'on_duty', room = ROOM_1) {
  return dutyDoc({ state, room }, staffDoc(actor).displayName, serverTimestamp());
}

/**
 * clinics/{clinicId}/duty/{uid}: the clinic's staff read every doctor's shift (the desk and the
 * colleagues see who is where); a checker doctor writes their own alone, in one of the clinic's
 * rooms and under the name on their staff record; nobody deletes one.
 */
export const dutyMatrix: MatrixTable = {
  collection: 'duty',
  rows: [
    {
      op: 'get',
      what: "read a doctor's shift in clinic A",
      allowed: STAFF_A,
      attempt: ({ db }) => getDoc(doc(db, dutyPath(OTHER_DOCTOR_A.uid))),
    },
    {
      op: 'list',
      what: "list clinic A's doctors on duty",
      allowed: STAFF_A,
      attempt: ({ db }) => getDocs(collection(db, paths.duty(CLINIC_A))),
    },
    {
      op: 'create',
      what: 'start their own shift in room 1 of clinic A',
      allowed: [DOCTOR_A],
      attempt: ({ db, actor }) => setDoc(doc(db, dutyPath(actor.uid)), ownShift(actor)),
    },
    {
      op: 'update',
      what: 'pause their own shift in clinic A',
      allowed: [DOCTOR_A],
      attempt: ({ db, actor }) => setDoc(doc(db, dutyPath(actor.uid)), ownShift(actor, 'paused')),
    },
    {
      op: 'update',
      what: "change another doctor's shift in clinic A",
      allowed: NOBODY,
      attempt: ({ db, actor }) => setDoc(doc(db, dutyPath(OTHER_DOCTOR_A.uid)), ownShift(actor, 'paused', ROOM_2)),
    },
    {
      op: 'delete',
      what: 'delete a shift in clinic A',
      allowed: NOBODY,
      attempt: ({ db }) => deleteDoc(doc(db, dutyPath(OTHER_DOCTOR_A.uid))),
    },
  ],
};

/** DOCTOR_A writes their own shift (on duty in room 1) with `changes`. */
function shiftCase(what: string, allowed: boolean, changes: Changes, actor: Actor = DOCTOR_A): NamedCase {
  return {
    name: `${actor.label} ${allowed ? 'can' : 'cannot'} ${what}`,
    actor,
    allowed,
    attempt: (db) => setDoc(doc(db, dutyPath(actor.uid)), withChanges(ownShift(actor), changes)),
  };
}

export const dutyFieldCases: readonly NamedCase[] = [
  shiftCase('end their shift (off, no room)', true, { state: 'off', room: null }),
  shiftCase('go off duty and keep a room', false, { state: 'off' }),
  shiftCase('be on duty in no room', false, { room: null }),
  shiftCase('be on duty in a room the clinic does not have', false, { room: 'Room 9' }),
  shiftCase('be in a state ClinicFlow does not know', false, { state: 'at_lunch' }),
  shiftCase('be on duty under a name other than their staff record’s', false, { displayName: 'Dr. Someone Else' }),
  shiftCase('start a shift with a time from the client clock', false, {
    since: Timestamp.fromMillis(Date.parse('2026-11-26T09:00:00Z')),
  }),
  shiftCase('start a shift without a time', false, { since: REMOVE }),
  shiftCase('add a field the model does not have to their shift', false, { note: 'back at 3' }),
  shiftCase('start a shift as a receptionist', false, {}, RECEPTIONIST_A),
  // Back on duty in room 1, as the visit cases after this expect.
  shiftCase('go back on duty in room 1', true, {}),
];
