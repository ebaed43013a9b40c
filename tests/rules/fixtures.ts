import { newPatientDoc, newVisitDoc } from '@clinicflow/shared/documents';
/**
 * Documents as each writer makes them: the new documents a client writes (built with the shared
 * search helpers, exactly as the web does), the stored documents the functions leave behind, and
 * the world every table starts from.
 */
import { serverTimestamp, Timestamp, type DocumentData, type FieldValue } from 'firebase/firestore';
import type {
  AuditDoc,
  ClinicDoc,
  DayStatsDoc,
  NotificationDoc,
  PatientDoc,
  StaffAuditDoc,
  StaffDoc,
  VisitDoc,
  VisitStatus,
} from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { TRANSITIONS, type Transition } from '@clinicflow/shared/transitions';
import type { PatientInput, VisitInput } from '@clinicflow/shared/validation';
import { ACTORS, ADMIN_A, CLINIC_A, CLINIC_B, DOCTOR_A, OTHER_DOCTOR_A, RECEPTIONIST_A, type Actor } from './actors';
import { seed } from './harness';

export const SEEDED_AT = Timestamp.fromDate(new Date('2026-11-26T08:00:00Z'));
export const SEEDED_DAY = '2026-11-26';

export interface PatientRef {
  clinicId: string;
  id: string;
  fullName: string;
}

export const PATIENT_A: PatientRef & { input: PatientInput } = {
  clinicId: CLINIC_A,
  id: 'patient-a',
  fullName: 'Ana Gomez',
  input: { fullName: 'Ana Gomez', phone: '+34 600 123 456', dateOfBirth: '1984-03-09' },
};
export const PATIENT_B: PatientRef & { input: PatientInput } = {
  clinicId: CLINIC_B,
  id: 'patient-b',
  fullName: 'Ben Hart',
  input: { fullName: 'Ben Hart', phone: '(212) 555-0100', dateOfBirth: '1990-12-01' },
};

export const SEEDED_NOTIFICATION = `${paths.notifications(CLINIC_A)}/visit-seeded`;
export const SEEDED_AUDIT = `${paths.audit(CLINIC_A)}/entry-seeded`;
export const SEEDED_STAFF_AUDIT = `${paths.staffAudit(CLINIC_A)}/entry-seeded`;
/** The registry entry of clinic A's admin: even they may not read it. */
export const SEEDED_ACCOUNT = paths.account(ADMIN_A.uid);
export const SEEDED_DAY_PATH = `${paths.days(CLINIC_A)}/${SEEDED_DAY}`;
/** A collection the rules never name. */
export const UNLISTED_COLLECTION = `${paths.clinic(CLINIC_A)}/exports`;
export const SEEDED_UNLISTED = `${UNLISTED_COLLECTION}/seeded`;

export function clinicDoc(name: string): ClinicDoc {
  return { name, timezone: 'Europe/Madrid' };
}

/** The actor's staff record as the functions write it (a stand-in role for actors without one). */
export function staffDoc(actor: Actor): StaffDoc<Timestamp> {
  const { role, active } = actor.record ?? { role: 'receptionist', active: true };
  return { displayName: actor.label, email: `${actor.uid}@clinic.test`, role, active, claimsUpdatedAt: SEEDED_AT };
}

/** A patient as the reception desk registers one (serverTimestamp: the rules want request.time). */
export function newPatient(input: PatientInput, createdBy: string): PatientDoc<FieldValue> {
  return newPatientDoc(input, createdBy, serverTimestamp());
}

function storedPatient(input: PatientInput): PatientDoc<Timestamp> {
  return { ...newPatient(input, RECEPTIONIST_A.uid), createdAt: SEEDED_AT };
}

export const ROUTINE_VISIT: VisitInput = { reason: 'Persistent cough for a week', priority: 'normal' };

/** A visit as the reception desk opens one: waiting, ticket null. */
export function newVisit(
  patient: PatientRef,
  createdBy: string,
  input: VisitInput = ROUTINE_VISIT,
): VisitDoc<FieldValue> {
  return newVisitDoc(patient, input, createdBy, serverTimestamp());
}

/**
 * A visit as it sits in the database in `status`, after the function gave it a ticket and the
 * earlier steps happened; in review and done it is `holder`'s claim.
 */
export function storedVisit(status: VisitStatus, holder: Actor = DOCTOR_A): VisitDoc<Timestamp> {
  const base: VisitDoc<Timestamp> = {
    patientId: PATIENT_A.id,
    patientName: PATIENT_A.fullName,
    reason: ROUTINE_VISIT.reason,
    priority: ROUTINE_VISIT.priority,
    status,
    createdAt: SEEDED_AT,
    createdBy: RECEPTIONIST_A.uid,
    ticket: 'A-007',
    ticketNumber: 7,
    dayKey: SEEDED_DAY,
  };
  const claimed = {
    claimedBy: holder.uid,
    claimedAt: SEEDED_AT,
    statusChangedBy: holder.uid,
    statusChangedAt: SEEDED_AT,
  };
  if (status === 'in_review') return { ...base, ...claimed };
  if (status === 'done') return { ...base, ...claimed, completedAt: SEEDED_AT };
  if (status === 'cancelled') return { ...base, statusChangedBy: RECEPTIONIST_A.uid, statusChangedAt: SEEDED_AT };
  return base;
}

/** The shared table's transition for `action`. */
export function transitionFor(action: Transition['action']): Transition {
  const transition = TRANSITIONS.find((t) => t.action === action);
  if (!transition) throw new Error(`No transition in the shared table does ${action}`);
  return transition;
}

/** The update a client sends to make `transition`: status, its stamps and the action's own fields. */
export function transitionUpdate(transition: Pick<Transition, 'to' | 'action'>, uid: string): DocumentData {
  const stamped = { status: transition.to, statusChangedBy: uid, statusChangedAt: serverTimestamp() };
  switch (transition.action) {
    case 'claim':
      return { ...stamped, claimedBy: uid, claimedAt: serverTimestamp() };
    case 'complete':
      return { ...stamped, completedAt: serverTimestamp() };
    case 'return':
      return { ...stamped, claimedBy: null, claimedAt: null };
    case 'cancel':
      return stamped;
  }
}

export function notificationDoc(visitId: string): NotificationDoc<Timestamp> {
  return { visitId, ticket: 'A-007', priority: 'urgent', createdAt: SEEDED_AT, expiresAt: SEEDED_AT };
}

export function auditDoc(visitId: string): AuditDoc<Timestamp> {
  return { visitId, from: 'waiting', to: 'in_review', by: DOCTOR_A.uid, at: SEEDED_AT };
}

export function staffAuditDoc(): StaffAuditDoc<Timestamp> {
  const before = { role: 'receptionist', active: true } as const;
  return {
    action: 'roleChanged',
    by: ADMIN_A.uid,
    member: RECEPTIONIST_A.uid,
    before,
    after: { ...before, role: 'checkerDoctor' },
    at: SEEDED_AT,
  };
}

export function dayDoc(): DayStatsDoc {
  return { lastTicket: 7, waiting: 1, inReview: 0, done: 0, cancelled: 0, totalWaitMs: 0, claimedCount: 0 };
}

/** Both clinics, every actor's staff record, one patient each and the function-written documents of A. */
export async function seedWorld(): Promise<void> {
  const docs: Record<string, DocumentData> = {
    [paths.clinic(CLINIC_A)]: clinicDoc('Clinic A'),
    [paths.clinic(CLINIC_B)]: clinicDoc('Clinic B'),
    [`${paths.patients(CLINIC_A)}/${PATIENT_A.id}`]: storedPatient(PATIENT_A.input),
    [`${paths.patients(CLINIC_B)}/${PATIENT_B.id}`]: storedPatient(PATIENT_B.input),
    [SEEDED_NOTIFICATION]: notificationDoc('visit-seeded'),
    [SEEDED_AUDIT]: auditDoc('visit-seeded'),
    [SEEDED_STAFF_AUDIT]: staffAuditDoc(),
    [SEEDED_ACCOUNT]: { clinicId: CLINIC_A, version: 1, updatedAt: SEEDED_AT },
    [SEEDED_DAY_PATH]: dayDoc(),
    [SEEDED_UNLISTED]: { note: 'written by admin tooling' },
  };
  for (const actor of [...ACTORS, OTHER_DOCTOR_A]) {
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
