/**
 * Documents as each writer makes them, all from the shared builders (@clinicflow/shared/documents
 * and transitions): the new documents and status changes a client writes, exactly as the web
 * does, the stored documents the functions leave behind, and the world every table starts from.
 */
import { serverTimestamp, Timestamp, type DocumentData, type FieldValue } from 'firebase/firestore';
import {
  dutyDoc,
  EMPTY_DAY,
  newAccountDoc,
  newAuditDoc,
  newClinicDoc,
  newCorrectionDoc,
  newNotificationDoc,
  newPatientDoc,
  newStaffAuditDoc,
  newStaffDoc,
  newVisitDoc,
  patientCorrection,
  ticketUpdate,
  visitCorrection,
} from '@clinicflow/shared/documents';
import type { DutyDoc, PatientDoc, VisitDoc, VisitStatus } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { BOARD_ID, boardDocSchema, boardVisitOf, buildBoard } from '@clinicflow/shared/board';
import { transitionUpdate, type TransitionMove, type TransitionUpdate } from '@clinicflow/shared/transitions';
import type { CompletePatientInput, PatientInput, VisitInput } from '@clinicflow/shared/validation';
import {
  ACTORS,
  ADMIN_A,
  CLINIC_A,
  CLINIC_B,
  DEMOTED_DOCTOR_A,
  DOCTOR_A,
  OFF_DOCTOR_A,
  OTHER_DOCTOR_A,
  PAUSED_DOCTOR_A,
  RECEPTIONIST_A,
  type Actor,
} from './actors';
import { seed } from './harness';

export const SEEDED_AT = Timestamp.fromDate(new Date('2026-11-26T08:00:00Z'));
export const SEEDED_DAY = '2026-11-26';

export interface PatientRef {
  clinicId: string;
  id: string;
  fullName: string;
}

export const PATIENT_A: PatientRef & { input: CompletePatientInput } = {
  clinicId: CLINIC_A,
  id: 'patient-a',
  fullName: 'Ana Gomez',
  input: { fullName: 'Ana Gomez', phone: '+34 600 123 456', dateOfBirth: '1984-03-09' },
};
/** An emergency walk-in registered by name alone (phone and date of birth not given yet). */
export const WALK_IN: PatientInput = { fullName: 'Unknown Walk-in', phone: null, dateOfBirth: null };

export const PATIENT_B: PatientRef & { input: CompletePatientInput } = {
  clinicId: CLINIC_B,
  id: 'patient-b',
  fullName: 'Ben Hart',
  input: { fullName: 'Ben Hart', phone: '(212) 555-0100', dateOfBirth: '1990-12-01' },
};

export const SEEDED_NOTIFICATION = `${paths.notifications(CLINIC_A)}/visit-seeded`;
export const SEEDED_AUDIT = `${paths.audit(CLINIC_A)}/entry-seeded`;
export const SEEDED_CORRECTION = `${paths.corrections(CLINIC_A)}/entry-seeded`;
export const SEEDED_STAFF_AUDIT = `${paths.staffAudit(CLINIC_A)}/entry-seeded`;
/** The registry entry of clinic A's admin: even they may not read it. */
export const SEEDED_ACCOUNT = paths.account(ADMIN_A.uid);
export const SEEDED_DAY_PATH = `${paths.days(CLINIC_A)}/${SEEDED_DAY}`;
export const SEEDED_BOARD = `${paths.board(CLINIC_A)}/${BOARD_ID}`;
export const SEEDED_BOARD_B = `${paths.board(CLINIC_B)}/${BOARD_ID}`;
/** A collection the rules never name. */
export const UNLISTED_COLLECTION = `${paths.clinic(CLINIC_A)}/exports`;
export const SEEDED_UNLISTED = `${UNLISTED_COLLECTION}/seeded`;

export function clinicDoc(name: string) {
  return newClinicDoc(name, 'Europe/Madrid');
}

/** Clinic A's rooms as seeded; every change of them a test makes keeps these two. */
export const ROOM_1 = 'Room 1';
export const ROOM_2 = 'Room 2';
export const ROOMS_A = [ROOM_1, ROOM_2];

export const dutyPath = (uid: string) => `${paths.duty(CLINIC_A)}/${uid}`;

/** `actor` on duty in `room`, as the doctor's own write would leave it. */
export function onDuty(actor: Actor, room: string): DutyDoc<Timestamp> {
  return dutyDoc({ state: 'on_duty', room }, staffDoc(actor).displayName, SEEDED_AT);
}

/**
 * The shifts the visit moves rely on: clinic A's checker doctors on duty (DOCTOR_A in room 1, the
 * other in room 2), and the demoted doctor too, so only their record refuses them.
 */
export function dutyWorld(): Record<string, DocumentData> {
  return {
    [dutyPath(DOCTOR_A.uid)]: onDuty(DOCTOR_A, ROOM_1),
    [dutyPath(OTHER_DOCTOR_A.uid)]: onDuty(OTHER_DOCTOR_A, ROOM_2),
    [dutyPath(DEMOTED_DOCTOR_A.uid)]: onDuty(DEMOTED_DOCTOR_A, ROOM_1),
    [dutyPath(PAUSED_DOCTOR_A.uid)]: dutyDoc({ state: 'paused', room: ROOM_2 }, PAUSED_DOCTOR_A.label, SEEDED_AT),
  };
}

/** The room each doctor calls to in dutyWorld (the rules check the caller's own). */
export function roomOf(actor: Actor): string {
  return actor === OTHER_DOCTOR_A ? ROOM_2 : ROOM_1;
}

/** The actor's staff record as the functions write it (a stand-in role for actors without one). */
export function staffDoc(actor: Actor) {
  const { role, active } = actor.record ?? { role: 'receptionist', active: true };
  return newStaffDoc({ displayName: actor.label, email: `${actor.uid}@clinic.test`, role, active }, SEEDED_AT);
}

/** A patient as the reception desk registers one (serverTimestamp: the rules want request.time). */
export function newPatient(input: PatientInput, createdBy: string): PatientDoc<FieldValue> {
  return newPatientDoc(input, createdBy, serverTimestamp());
}

/** A patient as stored once clinic A's receptionist registered them: for seeding past the rules. */
export function storedPatient(input: PatientInput): PatientDoc<Timestamp> {
  return newPatientDoc(input, RECEPTIONIST_A.uid, SEEDED_AT);
}

export const ROUTINE_VISIT: VisitInput = { reason: 'Persistent cough for a week', priority: 'normal' };

/** A visit as the reception desk opens one: waiting, ticket null. */
export function newVisit(
  patient: PatientRef & { detailsMissing?: boolean },
  createdBy: string,
  input: VisitInput = ROUTINE_VISIT,
): VisitDoc<FieldValue> {
  return newVisitDoc(patient, input, createdBy, serverTimestamp());
}

/** The update a client sends to make `move` (serverTimestamp: the rules want request.time). */
export function transitionBy(move: TransitionMove, uid: string): TransitionUpdate<FieldValue> {
  return transitionUpdate(move, uid, serverTimestamp());
}

/** Who made the visit's last status change and when, where a test needs other than the holder at SEEDED_AT. */
export interface LastChange {
  by?: Actor;
  at?: Timestamp;
}

/**
 * A visit as it sits in the database in `status`: opened by the desk, ticket A-007 from the
 * function, then the status changes that lead there: called (to room 1) or in review (claimed
 * straight from the list), done or marked absent, it is `holder`'s claim. `last` restamps the
 * last change (a no-show by the desk, an undo window still open).
 */
export function storedVisit(status: VisitStatus, holder: Actor = DOCTOR_A, last: LastChange = {}): VisitDoc<Timestamp> {
  const opened = {
    ...newVisitDoc(PATIENT_A, ROUTINE_VISIT, RECEPTIONIST_A.uid, SEEDED_AT),
    ...ticketUpdate(7, SEEDED_DAY),
  };
  const restamp = (visit: VisitDoc<Timestamp>): VisitDoc<Timestamp> => ({
    ...visit,
    statusChangedBy: last.by?.uid ?? visit.statusChangedBy,
    statusChangedAt: last.at ?? visit.statusChangedAt,
  });
  const called = { ...opened, ...transitionUpdate({ action: 'call', room: ROOM_1 }, holder.uid, SEEDED_AT) };
  const claimed = { ...opened, ...transitionUpdate('claim', holder.uid, SEEDED_AT) };
  switch (status) {
    case 'waiting':
      return opened;
    case 'called':
      return called;
    case 'in_review':
      return claimed;
    case 'done':
      return restamp({ ...claimed, ...transitionUpdate('complete', holder.uid, SEEDED_AT) });
    case 'cancelled':
      return { ...opened, ...transitionUpdate('cancel', RECEPTIONIST_A.uid, SEEDED_AT) };
    case 'no_show':
      return restamp({ ...called, ...transitionUpdate('noShow', holder.uid, SEEDED_AT) });
  }
}

export function notificationDoc(visitId: string) {
  return newNotificationDoc({ visitId, ticket: 'A-007', priority: 'urgent' }, SEEDED_AT, SEEDED_AT);
}

export function auditDoc(visitId: string) {
  return newAuditDoc(visitId, { from: 'waiting', to: 'in_review', by: DOCTOR_A.uid }, SEEDED_AT);
}

/** A correction of patient A's phone by clinic A's receptionist. */
export function correctionDoc() {
  return newCorrectionDoc(
    { kind: 'patient', id: PATIENT_A.id },
    ['phone'],
    { phone: PATIENT_A.input.phone },
    { phone: '+34 600 999 999' },
    { by: RECEPTIONIST_A.uid, at: SEEDED_AT },
  );
}

/** The correction the desk sends for patient A, with `changes` to the details (serverTimestamp: the rules want request.time). */
export function patientCorrectionBy(uid: string, changes: Partial<PatientInput> = {}) {
  return patientCorrection({ ...PATIENT_A.input, ...changes }, uid, serverTimestamp());
}

/** The correction the desk sends for a waiting visit. */
export function visitCorrectionBy(
  uid: string,
  input: VisitInput = { reason: 'Chest pain since this morning', priority: 'emergency' },
) {
  return visitCorrection(input, uid, serverTimestamp());
}

export function staffAuditDoc() {
  const before = { role: 'receptionist', active: true } as const;
  return newStaffAuditDoc(
    {
      action: 'roleChanged',
      by: ADMIN_A.uid,
      member: RECEPTIONIST_A.uid,
      before,
      after: { ...before, role: 'checkerDoctor' },
    },
    SEEDED_AT,
  );
}

/** Clinic A's seeded day: seven tickets given, the last still waiting. */
export function dayDoc() {
  return { ...EMPTY_DAY, lastTicket: 7, waiting: 1 };
}

/** A waiting-room board as the keeper writes it: one ticket waiting, one called to a room. */
export function boardDoc() {
  const called = { ...storedVisit('called'), ticket: 'A-006', ticketNumber: 6 };
  const open = [storedVisit('waiting'), called].map((visit) => boardVisitOf({ ...visit })).filter((v) => v !== null);
  const board = buildBoard(
    { open, calledToday: open, dayKey: SEEDED_DAY, timezone: 'Europe/Madrid', language: 'en', readAt: SEEDED_AT },
    (ms) => Timestamp.fromMillis(ms),
  );
  return boardDocSchema.parse(board);
}

/** Clinic A's admin's registry entry. */
export function accountDoc() {
  return newAccountDoc(CLINIC_A, 1, SEEDED_AT);
}

/** Both clinics, every actor's staff record, one patient each and the function-written documents of A. */
export async function seedWorld(): Promise<void> {
  const docs: Record<string, DocumentData> = {
    [paths.clinic(CLINIC_A)]: { ...clinicDoc('Clinic A'), rooms: ROOMS_A },
    [paths.clinic(CLINIC_B)]: clinicDoc('Clinic B'),
    [`${paths.patients(CLINIC_A)}/${PATIENT_A.id}`]: storedPatient(PATIENT_A.input),
    [`${paths.patients(CLINIC_B)}/${PATIENT_B.id}`]: storedPatient(PATIENT_B.input),
    [SEEDED_NOTIFICATION]: notificationDoc('visit-seeded'),
    [SEEDED_AUDIT]: auditDoc('visit-seeded'),
    [SEEDED_CORRECTION]: correctionDoc(),
    [SEEDED_STAFF_AUDIT]: staffAuditDoc(),
    [SEEDED_ACCOUNT]: accountDoc(),
    [SEEDED_DAY_PATH]: dayDoc(),
    [SEEDED_BOARD]: boardDoc(),
    [SEEDED_BOARD_B]: boardDoc(),
    [SEEDED_UNLISTED]: { note: 'written by admin tooling' },
    ...dutyWorld(),
  };
  for (const actor of [...ACTORS, OTHER_DOCTOR_A, PAUSED_DOCTOR_A, OFF_DOCTOR_A]) {
    if (actor.record) docs[`${paths.staff(actor.record.clinicId)}/${actor.uid}`] = staffDoc(actor);
  }
  await seed(docs);
}

/** In a change set: take the field out of the document instead of setting it. */
export const REMOVE = Symbol('remove the field');
export type Changes = Readonly<Record<string, unknown>>;

/** `base` with `changes` applied: a value replaces or adds the field, REMOVE drops it. */
export function withChanges(base: DocumentData, changes: Changes): DocumentData {
  return Object.fromEntries(Object.entries({ ...base, ...changes }).filter(([, value]) => value !== REMOVE));
}
