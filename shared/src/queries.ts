import type { Role } from './model';
import { OPEN_STATUSES } from './model';
import { paths } from './paths';

/**
 * Every Firestore query the app makes, as SDK-free descriptions. The web turns them into real
 * queries; the rules tests run each one as each role that uses it (rules are not filters) and
 * check that each has its composite index in firestore.indexes.json. Each carries the bound the
 * rules demand: a patient query a limit of at most LIMITS.patientQueryMax, a visit list open
 * statuses or a recent start.
 */
export type FilterOp = '==' | 'in' | '>=' | '>' | '<=' | '<' | 'array-contains';
export interface QueryFilter {
  field: string;
  op: FilterOp;
  value: unknown;
}
export interface QuerySpec {
  collectionGroup: string;
  collection: string;
  /** Every clinic's `collectionGroup` at once (only the functions' admin SDK runs these). */
  scope?: 'collectionGroup';
  where: QueryFilter[];
  orderBy: { field: string; direction: 'asc' | 'desc' }[];
  limit?: number;
}

/** The rules allow 20: enough to pick from, and the desk says when there were more (keep typing). */
export const PATIENT_SEARCH_LIMIT = 20;
const STAFF_CHANGES_LIMIT = 20;

export const queries = {
  /**
   * Reception: today's visits (clinic-local midnight onwards), oldest first. The rules refuse a
   * visit list reaching back more than LIMITS.visitListHours, so `since` must be recent.
   */
  todayQueue: (clinicId: string, since: Date): QuerySpec => ({
    collectionGroup: 'visits',
    collection: paths.visits(clinicId),
    where: [{ field: 'createdAt', op: '>=', value: since }],
    orderBy: [{ field: 'createdAt', direction: 'asc' }],
  }),
  /** Doctor dashboard: everything waiting or in review, oldest first (priority sorts on screen). */
  openVisits: (clinicId: string): QuerySpec => ({
    collectionGroup: 'visits',
    collection: paths.visits(clinicId),
    where: [{ field: 'status', op: 'in', value: [...OPEN_STATUSES] }],
    orderBy: [{ field: 'createdAt', direction: 'asc' }],
  }),
  /** Doctor dashboard: arrivals announced after the page opened. */
  notificationsSince: (clinicId: string, since: Date): QuerySpec => ({
    collectionGroup: 'notifications',
    collection: paths.notifications(clinicId),
    where: [{ field: 'createdAt', op: '>', value: since }],
    orderBy: [{ field: 'createdAt', direction: 'asc' }],
  }),
  /** Reception: search-as-you-type by one key of what was typed (patientSearch(typed).key). */
  patientSearch: (clinicId: string, term: string): QuerySpec => ({
    collectionGroup: 'patients',
    collection: paths.patients(clinicId),
    where: [{ field: 'searchKeys', op: 'array-contains', value: term }],
    orderBy: [{ field: 'fullName', direction: 'asc' }],
    limit: PATIENT_SEARCH_LIMIT,
  }),
  /** Reception: same name and date of birth already registered? */
  duplicatePatients: (clinicId: string, nameKey: string, dateOfBirth: string): QuerySpec => ({
    collectionGroup: 'patients',
    collection: paths.patients(clinicId),
    where: [
      { field: 'nameKey', op: '==', value: nameKey },
      { field: 'dateOfBirth', op: '==', value: dateOfBirth },
    ],
    orderBy: [],
    limit: 5,
  }),
  /** Desk and dashboards: every doctor's shift (a clinic has a handful of doctors). */
  dutyList: (clinicId: string): QuerySpec => ({
    collectionGroup: 'duty',
    collection: paths.duty(clinicId),
    where: [],
    orderBy: [],
  }),
  /** Admin: the clinic's staff, by name. */
  staffList: (clinicId: string): QuerySpec => ({
    collectionGroup: 'staff',
    collection: paths.staff(clinicId),
    where: [],
    orderBy: [{ field: 'displayName', direction: 'asc' }],
  }),
  /** Admin: the latest staff changes, newest first. */
  staffChanges: (clinicId: string): QuerySpec => ({
    collectionGroup: 'staffAudit',
    collection: paths.staffAudit(clinicId),
    where: [],
    orderBy: [{ field: 'at', direction: 'desc' }],
    limit: STAFF_CHANGES_LIMIT,
  }),
} as const;

export type QueryName = keyof typeof queries;

/** Which roles run which query: the rules tests prove each of these passes, and others fail. */
export const QUERY_ROLES: Record<QueryName, readonly Role[]> = {
  todayQueue: ['receptionist'],
  openVisits: ['checkerDoctor'],
  notificationsSince: ['checkerDoctor'],
  patientSearch: ['receptionist'],
  duplicatePatients: ['receptionist'],
  dutyList: ['receptionist', 'checkerDoctor'],
  staffList: ['admin'],
  staffChanges: ['admin'],
};

const SWEEP_BATCH = 100;
/** The most visits one day's export holds: far more than a small clinic sees in a day. */
export const EXPORT_MAX = 2000;
/** Visits the day close takes per read; it reads again until none is left. */
export const DAY_CLOSE_BATCH = 200;
/** More visits than one patient has in any realistic span; the rename reads no further. */
const PATIENT_VISITS_MAX = 500;

/**
 * Queries only the functions run, with the admin SDK and across every clinic. They are here so
 * the rules suite checks their indexes, and proves that no client can run them.
 */
export const serverQueries = {
  /** The ticket sweeper: visits opened before `openedBefore` and still without a ticket, oldest first. */
  unticketedVisits: (openedBefore: Date): QuerySpec => ({
    collectionGroup: 'visits',
    collection: 'visits',
    scope: 'collectionGroup',
    where: [
      { field: 'ticket', op: '==', value: null },
      { field: 'createdAt', op: '<=', value: openedBefore },
    ],
    orderBy: [{ field: 'createdAt', direction: 'asc' }],
    limit: SWEEP_BATCH,
  }),
  /** The day close: a clinic's visits still open that arrived before its current day began, oldest first. */
  openVisitsBefore: (clinicId: string, dayStart: Date): QuerySpec => ({
    collectionGroup: 'visits',
    collection: paths.visits(clinicId),
    where: [
      { field: 'status', op: 'in', value: [...OPEN_STATUSES] },
      { field: 'createdAt', op: '<', value: dayStart },
    ],
    orderBy: [{ field: 'createdAt', direction: 'asc' }],
    limit: DAY_CLOSE_BATCH,
  }),
  /** The day export: one clinic day's visits (by their ticket's day), at most EXPORT_MAX. */
  dayVisits: (clinicId: string, day: string): QuerySpec => ({
    collectionGroup: 'visits',
    collection: paths.visits(clinicId),
    where: [{ field: 'dayKey', op: '==', value: day }],
    orderBy: [],
    limit: EXPORT_MAX + 1,
  }),
  /** A corrected name: the patient's visits, whose copies of it the function renews (newest first). */
  patientVisits: (clinicId: string, patientId: string): QuerySpec => ({
    collectionGroup: 'visits',
    collection: paths.visits(clinicId),
    where: [{ field: 'patientId', op: '==', value: patientId }],
    orderBy: [],
    limit: PATIENT_VISITS_MAX,
  }),
} as const;

export type ServerQueryName = keyof typeof serverQueries;
