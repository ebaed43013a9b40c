/**
 * Every document ClinicFlow writes, built in one place: the web, the functions, the seed, the
 * benchmarks and every test suite call these, so no document's shape is spelled twice. Status
 * changes of a visit are built by `transitionUpdate` in transitions.ts.
 *
 * Builders that stamp a time are generic over it: the web passes serverTimestamp(), the admin SDK
 * FieldValue.serverTimestamp() or a Timestamp, the rules tests whichever the case needs.
 */
import type {
  AccountDoc,
  AuditDoc,
  ClinicDoc,
  DayStatsDoc,
  NotificationDoc,
  PatientDoc,
  Priority,
  StaffAction,
  StaffAuditDoc,
  StaffDoc,
  StaffRecord,
  StaffStanding,
  VisitDoc,
  VisitStatus,
} from './model';
import { patientNameKey, patientSearchKeys } from './search';
import { formatTicket } from './tickets';
import type { PatientInput, VisitInput } from './validation';

// ── Written by clients (the rules check every field) ────────────────────────────────────────

/** What a patient is found by (search) and compared by (duplicates), derived from the name and phone. */
export function patientIndexFields(patient: {
  fullName: string;
  phone: string;
}): Pick<PatientDoc, 'searchKeys' | 'nameKey'> {
  return { searchKeys: patientSearchKeys(patient.fullName, patient.phone), nameKey: patientNameKey(patient.fullName) };
}

/**
 * The patient document a client writes, derived fields included. The web writes exactly this and
 * the rules tests write exactly this, so the rules are proven against what the desk sends.
 * `createdAt` is the SDK's serverTimestamp(): the rules require request.time.
 */
export function newPatientDoc<T>(input: PatientInput, createdBy: string, createdAt: T): PatientDoc<T> {
  return {
    fullName: input.fullName,
    phone: input.phone,
    dateOfBirth: input.dateOfBirth,
    ...patientIndexFields(input),
    createdAt,
    createdBy,
  };
}

/**
 * The visit document the desk writes when it opens a visit: waiting, with `ticket: null` for the
 * function (or the sweeper, which queries that null) to fill. `patient` is the record it names;
 * the rules check that the name is copied exactly.
 */
export function newVisitDoc<T>(
  patient: { id: string; fullName: string },
  input: VisitInput,
  createdBy: string,
  createdAt: T,
): VisitDoc<T> {
  return {
    patientId: patient.id,
    patientName: patient.fullName,
    reason: input.reason,
    priority: input.priority,
    status: 'waiting',
    ticket: null,
    createdAt,
    createdBy,
  };
}

// ── Written by functions and admin tooling only ──────────────────────────────────────────────

/** clinics/{clinicId}: admin tooling creates it; `timezone` is where the clinic's day starts. */
export function newClinicDoc(name: string, timezone: string): ClinicDoc {
  return { name, timezone };
}

/** What onVisitCreated writes onto a new visit: its ticket for the clinic-local day `dayKey`. */
export function ticketUpdate(ticketNumber: number, dayKey: string) {
  return { ticket: formatTicket(ticketNumber), ticketNumber, dayKey } satisfies Partial<VisitDoc>;
}

/**
 * The doctors' news of a new visit (its id is the visit's): ticket, priority and time only, never
 * the patient's name or complaint. The TTL policy deletes it at `expiresAt`.
 */
export function newNotificationDoc<T>(
  visit: { visitId: string; ticket: string; priority: Priority },
  createdAt: T,
  expiresAt: T,
): NotificationDoc<T> {
  return { visitId: visit.visitId, ticket: visit.ticket, priority: visit.priority, createdAt, expiresAt };
}

/** The audit entry of one status change of a visit. */
export function newAuditDoc<T>(
  visitId: string,
  change: { from: VisitStatus; to: VisitStatus; by: string },
  at: T,
): AuditDoc<T> {
  return { visitId, from: change.from, to: change.to, by: change.by, at };
}

/** A day before its first arrival: every counter of days/{dayKey} at zero. */
export const EMPTY_DAY: DayStatsDoc = {
  lastTicket: 0,
  waiting: 0,
  inReview: 0,
  done: 0,
  cancelled: 0,
  totalWaitMs: 0,
  claimedCount: 0,
};

/** A member's staff doc: `record` as decided, and the clock a signed-in client watches for new claims. */
export function newStaffDoc<T>(record: StaffRecord, claimsUpdatedAt: T): StaffDoc<T> {
  return {
    displayName: record.displayName,
    email: record.email,
    role: record.role,
    active: record.active,
    claimsUpdatedAt,
  };
}

const standing = (s: StaffStanding): StaffStanding => ({ role: s.role, active: s.active });

/** The audit entry of an admin's staff change: role and active before and after, nothing else of the records. */
export function newStaffAuditDoc<T>(
  change: { action: StaffAction; by: string; member: string; before: StaffStanding | null; after: StaffStanding },
  at: T,
): StaffAuditDoc<T> {
  return {
    action: change.action,
    by: change.by,
    member: change.member,
    before: change.before ? standing(change.before) : null,
    after: standing(change.after),
    at,
  };
}

/** accounts/{uid}: the clinic that owns the account (null: none), at the registry's `version`. */
export function newAccountDoc<T>(clinicId: string | null, version: number, updatedAt: T): AccountDoc<T> {
  return { clinicId, version, updatedAt };
}
