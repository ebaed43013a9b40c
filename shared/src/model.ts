/**
 * ClinicFlow's data model: the one definition of every document's stored shape, its enums and
 * its size limits. Rules tests, functions and web all import from here; firestore.rules mirrors
 * LIMITS by hand, and the rules tests prove the two agree.
 */

export const ROLES = ['admin', 'receptionist', 'checkerDoctor', 'display'] as const;
export type Role = (typeof ROLES)[number];

export const PRIORITIES = ['emergency', 'urgent', 'normal'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const VISIT_STATUSES = ['waiting', 'called', 'in_review', 'done', 'cancelled', 'no_show'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Statuses a doctor's dashboard shows: the visits still being worked on. */
export const OPEN_STATUSES = ['waiting', 'called', 'in_review'] as const satisfies readonly VisitStatus[];
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/** The languages ClinicFlow speaks: a clinic's default and each device's choice are one of these. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LIMITS = {
  idMax: 128,
  nameMin: 2,
  nameMax: 100,
  /** patientNameKey can be longer than the name it comes from: lower-casing turns İ into i̇. */
  nameKeyMax: 200,
  phoneMin: 6,
  phoneMax: 20,
  reasonMin: 1,
  reasonMax: 500,
  clinicNameMax: 100,
  emailMax: 254,
  searchKeysMin: 1,
  searchKeysMax: 80,
  searchKeyMax: 40,
  /** The most patients one query may ask for (its limit): the desk finds patients, never lists them all. */
  patientQueryMax: 20,
  /** A clinic's rooms: how many, and each name's length. */
  roomsMax: 20,
  roomNameMax: 30,
  /** How long the author of a complete or a no-show may undo it (the rules compare request.time). */
  undoWindowMs: 10_000,
  /** A visit list that is not of open visits covers at most this many hours back from now. */
  visitListHours: 48,
} as const;

/** Both SDKs' Timestamp classes satisfy this, so shared types need neither SDK. */
export interface TimestampLike {
  toMillis(): number;
}

export type WithId<T> = T & { id: string };

/** How long a new-visit notification is kept: the TTL policy on `expiresAt` deletes it after. */
export const NOTIFICATION_TTL_MS = 3 * 24 * 60 * 60 * 1000;

/** Custom claims on every staff member's Auth token. */
export interface StaffClaims {
  role: Role;
  clinicId: string;
}

/** clinics/{clinicId} — made by admin tooling; its admin may change `language` only. */
export interface ClinicDoc {
  name: string;
  /** IANA zone; every screen shows times in it, and the clinic day (clinic-time.ts) is kept in it. */
  timezone: string;
  /**
   * "HH:MM", 00:00–11:59 local: when the clinic day ends, tickets restart and the day close runs.
   * Absent (clinics made before it existed): DEFAULT_DAY_END (04:00). Its admin may change it.
   */
  dayEndsAt?: string;
  /** The screens' language unless a device chose its own; absent (clinics made before it existed): English. */
  language?: Language;
  /** The clinic's consulting rooms, as the admin lists them; absent: none yet. */
  rooms?: string[];
}

export const DUTY_STATES = ['on_duty', 'paused', 'off'] as const;
export type DutyState = (typeof DUTY_STATES)[number];

/**
 * clinics/{clinicId}/duty/{uid} — a checker doctor's shift, written by the doctor alone, read by
 * the clinic's staff (the desk and colleagues see who is where). The name is the one on the
 * doctor's staff record (the rules compare), so colleagues need no staff reads.
 */
export interface DutyDoc<T = TimestampLike> {
  state: DutyState;
  /** One of the clinic's rooms while on duty or paused; null when off. */
  room: string | null;
  displayName: string;
  since: T;
}

/**
 * accounts/{uid} — the account registry: which clinic owns a ClinicFlow account. Written only by
 * functions and admin tooling; clients can neither read nor write it. An account with no entry
 * was not made by ClinicFlow (an old public sign-up, say) and no clinic can take it over.
 */
export interface AccountDoc<T = TimestampLike> {
  /** The one clinic that may change this account; null: made by admin tooling, owned by none. */
  clinicId: string | null;
  /** Moves with every change of the owner's record: Auth state is re-applied until it holds still. */
  version: number;
  updatedAt: T;
}

/** What a staff change decides about a member: their staff doc without its claims clock. */
export interface StaffRecord {
  displayName: string;
  email: string;
  role: Role;
  active: boolean;
}

/** clinics/{clinicId}/staff/{uid} — a mirror of the Auth claims, written by functions only. */
export interface StaffDoc<T = TimestampLike> extends StaffRecord {
  /** Changes with every claims change: a signed-in client refreshes its token when it moves. */
  claimsUpdatedAt: T;
}

/** clinics/{clinicId}/patients/{patientId} — the only place personal data lives. */
export interface PatientDoc<T = TimestampLike> {
  fullName: string;
  /** Null for an emergency walk-in registered without it, until the desk adds it. */
  phone: string | null;
  /** ISO date, YYYY-MM-DD; null like phone. */
  dateOfBirth: string | null;
  /** Prefixes of the folded name words and of the phone's national digits, for search-as-you-type. */
  searchKeys: string[];
  /** The folded name (patientNameKey): with dateOfBirth, how a duplicate registration is spotted. */
  nameKey: string;
  createdAt: T;
  createdBy: string;
  /** The last correction of name, phone or date of birth, if any: who and when. */
  updatedAt?: T;
  updatedBy?: string;
}

/** clinics/{clinicId}/visits/{visitId} */
export interface VisitDoc<T = TimestampLike> {
  patientId: string;
  /** Display name copied at registration so queue screens need no patient reads. */
  patientName: string;
  /**
   * True while the patient's record lacks a phone or date of birth (an emergency walk-in): set by
   * the desk at registration, cleared by a function once the details are added.
   */
  patientDetailsMissing?: boolean;
  reason: string;
  priority: Priority;
  status: VisitStatus;
  createdAt: T;
  createdBy: string;
  /**
   * Assigned by the onVisitCreated function (or the ticket sweeper), never by a client. The desk
   * writes null, not nothing: Firestore cannot query a missing field, and the sweeper finds the
   * visits a trigger missed by `ticket == null`.
   */
  ticket?: string | null;
  ticketNumber?: number;
  /** The clinic-local day the ticket belongs to, YYYY-MM-DD. */
  dayKey?: string;
  claimedBy?: string | null;
  claimedAt?: T | null;
  /** The room the patient was called to (its name copied at the call) and when; a recall moves calledAt. */
  room?: string | null;
  calledAt?: T | null;
  /** Set by complete; an undo of the complete clears it. */
  completedAt?: T | null;
  /** Who made the last status change, and when: the audit function reads these. */
  statusChangedBy?: string;
  statusChangedAt?: T;
  /** The desk's last correction of reason or priority while waiting: who and when. */
  correctedBy?: string;
  correctedAt?: T;
  /** Set by the day close on a visit still open when its clinic day ended (statusChangedBy DAY_CLOSE_BY). */
  closedAtDayEnd?: true;
}
export type Visit<T = TimestampLike> = WithId<VisitDoc<T>>;

/** clinics/{clinicId}/notifications/{visitId} — written by functions only; no personal data. */
export interface NotificationDoc<T = TimestampLike> {
  visitId: string;
  ticket: string;
  priority: Priority;
  /** 'raised': the desk raised a waiting visit's priority. Absent: the visit arrived. */
  kind?: 'raised';
  createdAt: T;
  /** The Firestore TTL policy deletes the notification after this (NOTIFICATION_TTL_MS). */
  expiresAt: T;
}

/** clinics/{clinicId}/audit/{id} — one per visit status change, written by functions only. */
export interface AuditDoc<T = TimestampLike> {
  visitId: string;
  from: VisitStatus;
  to: VisitStatus;
  by: string;
  at: T;
}

/** The fields a correction may change, by what they belong to. */
export const PATIENT_CORRECTABLE = ['fullName', 'phone', 'dateOfBirth'] as const;
export const VISIT_CORRECTABLE = ['reason', 'priority'] as const;

/**
 * clinics/{clinicId}/corrections/{id} — one per correction of a patient's details or of a waiting
 * visit's reason or priority, written by functions only, read by the clinic admin. `before` and
 * `after` hold the changed fields only. Holds personal data like the patient record it audits
 * (never in logs or notifications).
 */
export interface CorrectionDoc<T = TimestampLike> {
  kind: 'patient' | 'visit';
  /** The patient's or the visit's id. */
  targetId: string;
  by: string;
  at: T;
  before: Record<string, string>;
  after: Record<string, string>;
}

/** A member's place on the staff, as a staff change moves it. */
export interface StaffStanding {
  role: Role;
  active: boolean;
}

export const STAFF_ACTIONS = ['added', 'readded', 'roleChanged', 'deactivated'] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

/** clinics/{clinicId}/staffAudit/{id} — one per staff change by an admin, written by functions only. */
export interface StaffAuditDoc<T = TimestampLike> {
  action: StaffAction;
  /** The acting admin's uid. */
  by: string;
  /** The member's uid. */
  member: string;
  /** null: the member was new to this clinic. */
  before: StaffStanding | null;
  after: StaffStanding;
  at: T;
}

/** One doctor's figures for a day. */
export interface DoctorDayFigures {
  /** Visits of theirs that ended done (by them, or in review when the day closed). */
  seen: number;
  /** Of those, the ones they completed themselves, whose time with the patient is known… */
  timed: number;
  /** …and that time summed (claim to completion), so the average stays exact. */
  withPatientMs: number;
}

/**
 * clinics/{clinicId}/days/{dayKey} — the clinic day's ticket counter and figures, functions only.
 * Every change is made in the transaction that also writes its idempotency mark (the visit's
 * ticket for an arrival, the audit entry for a status change), so a retried event counts once.
 */
export interface DayStatsDoc {
  lastTicket: number;
  waiting: number;
  called: number;
  inReview: number;
  done: number;
  cancelled: number;
  /** Not seen: waiting when the day closed (or marked so). */
  noShow: number;
  /** Sum and count of waits from arrival to claim, so the average stays exact. */
  totalWaitMs: number;
  claimedCount: number;
  /** Arrivals by the priority they came in with. */
  arrivalsByPriority: Record<Priority, number>;
  /** Arrivals by the clinic-local hour they came in, "00"–"23". */
  arrivalsByHour: Record<string, number>;
  /**
   * Each claimed visit's wait from arrival to its latest claim, in ms, by visit id: the report's
   * median and 90th percentile come from these exact samples, and a replay rewrites its own key.
   */
  waits: Record<string, number>;
  /** By doctor uid. */
  doctors: Record<string, DoctorDayFigures>;
}
