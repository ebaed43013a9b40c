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
  CorrectionDoc,
  ClinicDoc,
  Language,
  DayStatsDoc,
  DutyDoc,
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
import { DEFAULT_DAY_END } from './clinic-time';
import { patientNameKey, patientSearchKeys } from './search';
import { formatTicket } from './tickets';
import type { PatientInput, VisitInput } from './validation';

// ── Written by clients (the rules check every field) ────────────────────────────────────────

/**
 * Whether a patient's record still lacks details the desk asks of everyone (a walk-in's). Here,
 * not beside the schemas, so the screens that only read visits (the dashboard) load no zod.
 */
export const detailsMissing = (patient: { phone?: string | null; dateOfBirth?: string | null }): boolean =>
  !patient.phone || !patient.dateOfBirth;

/** What a patient is found by (search) and compared by (duplicates), derived from the name and phone. */
export function patientIndexFields(patient: {
  fullName: string;
  phone: string | null;
}): Pick<PatientDoc, 'searchKeys' | 'nameKey'> {
  return {
    searchKeys: patientSearchKeys(patient.fullName, patient.phone ?? ''),
    nameKey: patientNameKey(patient.fullName),
  };
}

/**
 * The patient document a client writes, derived fields included. The web writes exactly this and
 * the rules tests write exactly this, so the rules are proven against what the desk sends.
 * `createdAt` is the SDK's serverTimestamp(): the rules require request.time.
 */
export function newPatientDoc<T>(input: PatientInput, createdBy: string, createdAt: T): PatientDoc<T> {
  return { ...patientDetails(input), createdAt, createdBy };
}

/** A patient's details as stored: what was typed and what is derived from it. */
function patientDetails(
  input: PatientInput,
): Pick<PatientDoc, 'fullName' | 'phone' | 'dateOfBirth' | 'searchKeys' | 'nameKey'> {
  return {
    fullName: input.fullName,
    phone: input.phone,
    dateOfBirth: input.dateOfBirth,
    ...patientIndexFields(input),
  };
}

/**
 * The desk's correction of a patient's name, phone or date of birth: the details with their
 * derived fields, who and when. The rules check the corrected record whole, as on registration.
 */
export function patientCorrection<T>(
  input: PatientInput,
  updatedBy: string,
  updatedAt: T,
): Pick<PatientDoc<T>, 'fullName' | 'phone' | 'dateOfBirth' | 'searchKeys' | 'nameKey' | 'updatedAt' | 'updatedBy'> {
  return { ...patientDetails(input), updatedAt, updatedBy };
}

/** The desk's correction of a waiting visit's reason or priority, who and when. */
export function visitCorrection<T>(
  input: VisitInput,
  correctedBy: string,
  correctedAt: T,
): Pick<VisitDoc<T>, 'reason' | 'priority' | 'correctedBy' | 'correctedAt'> {
  return { reason: input.reason, priority: input.priority, correctedBy, correctedAt };
}

/**
 * The visit document the desk writes when it opens a visit: waiting, with `ticket: null` for the
 * function (or the sweeper, which queries that null) to fill. `patient` is the record it names;
 * the rules check that the name is copied exactly.
 */
export function newVisitDoc<T>(
  patient: { id: string; fullName: string; detailsMissing?: boolean },
  input: VisitInput,
  createdBy: string,
  createdAt: T,
): VisitDoc<T> {
  return {
    patientId: patient.id,
    patientName: patient.fullName,
    // Only when true: a complete patient's visit has exactly the fields it always had.
    ...(patient.detailsMissing ? { patientDetailsMissing: true } : {}),
    reason: input.reason,
    priority: input.priority,
    status: 'waiting',
    ticket: null,
    createdAt,
    createdBy,
  };
}

/**
 * A doctor's duty as they set it: on duty or paused in one of the clinic's rooms, or off (no
 * room). `displayName` is the name on their staff record (the rules compare), `since` the
 * SDK's serverTimestamp().
 */
export function dutyDoc<T>(
  duty: { state: 'on_duty' | 'paused'; room: string } | { state: 'off' },
  displayName: string,
  since: T,
): DutyDoc<T> {
  return { state: duty.state, room: duty.state === 'off' ? null : duty.room, displayName, since };
}

/** The admin's room list, as stored: trimmed names (roomsSchema checks them first). */
export function roomsUpdate(rooms: readonly string[]): Pick<ClinicDoc, 'rooms'> {
  return { rooms: rooms.map((room) => room.trim()) };
}

// ── Written by functions and admin tooling only ──────────────────────────────────────────────

/** clinics/{clinicId}: admin tooling creates it; its day is kept in `timezone` and ends at `dayEndsAt`. */
export function newClinicDoc(
  name: string,
  timezone: string,
  language: Language = 'en',
  dayEndsAt: string = DEFAULT_DAY_END,
): ClinicDoc {
  return { name, timezone, language, dayEndsAt };
}

/** What onVisitCreated writes onto a new visit: its ticket for the clinic-local day `dayKey`. */
export function ticketUpdate(ticketNumber: number, dayKey: string) {
  return { ticket: formatTicket(ticketNumber), ticketNumber, dayKey } satisfies Partial<VisitDoc>;
}

/**
 * The doctors' news of a new visit (its id is the visit's), or of a waiting visit whose priority
 * the desk raised (`kind: 'raised'`): ticket, priority and time only, never the patient's name or
 * complaint. The TTL policy deletes it at `expiresAt`.
 */
export function newNotificationDoc<T>(
  visit: { visitId: string; ticket: string; priority: Priority },
  createdAt: T,
  expiresAt: T,
  kind?: 'raised',
): NotificationDoc<T> {
  return {
    visitId: visit.visitId,
    ticket: visit.ticket,
    priority: visit.priority,
    ...(kind ? { kind } : {}),
    createdAt,
    expiresAt,
  };
}

/** The audit entry of one status change of a visit. */
export function newAuditDoc<T>(
  visitId: string,
  change: { from: VisitStatus; to: VisitStatus; by: string },
  at: T,
): AuditDoc<T> {
  return { visitId, from: change.from, to: change.to, by: change.by, at };
}

/** Which of `fields` differ between two versions of a document. */
export function changedFields(
  fields: readonly string[],
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  return fields.filter((field) => before[field] !== after[field]);
}

/** The audit entry of a correction: the `changed` fields (all text) as they were and as they are. */
export function newCorrectionDoc<T>(
  target: { kind: CorrectionDoc['kind']; id: string },
  changed: readonly string[],
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  stamp: { by: string; at: T },
): CorrectionDoc<T> {
  const pick = (doc: Record<string, unknown>) =>
    Object.fromEntries(changed.map((field) => [field, typeof doc[field] === 'string' ? doc[field] : '']));
  return {
    kind: target.kind,
    targetId: target.id,
    by: stamp.by,
    at: stamp.at,
    before: pick(before),
    after: pick(after),
  };
}

/** A day before its first arrival: every counter of days/{dayKey} at zero. */
export const EMPTY_DAY: DayStatsDoc = {
  lastTicket: 0,
  waiting: 0,
  called: 0,
  inReview: 0,
  done: 0,
  cancelled: 0,
  noShow: 0,
  totalWaitMs: 0,
  claimedCount: 0,
  arrivalsByPriority: { emergency: 0, urgent: 0, normal: 0 },
  arrivalsByHour: {},
  waits: {},
  doctors: {},
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
