import type { Priority, Role, VisitStatus } from './model';

/**
 * The staff-management callables: names, region and result shapes, shared by the functions that
 * export them and the web that calls them. Their inputs are the zod schemas in validation.ts.
 */
export const CALLABLES = {
  addStaff: 'addStaff',
  changeStaffRole: 'changeStaffRole',
  deactivateStaff: 'deactivateStaff',
  exportDayVisits: 'exportDayVisits',
} as const;

/** Where the functions run unless FUNCTIONS_REGION overrides it at deploy time. */
export const DEFAULT_FUNCTIONS_REGION = 'europe-west1';

/** The member's uid. No password link: the admin's browser asks Firebase to email the member one. */
export interface AddStaffResult {
  uid: string;
}

export interface ChangeStaffRoleResult {
  uid: string;
  role: Role;
}

export interface DeactivateStaffResult {
  uid: string;
  active: false;
}

/**
 * One visit of a day's export: what the CSV holds and nothing more (no reason, no phone; the
 * patient's name only when the admin asked for it). Times in ms since the epoch.
 */
export interface ExportedVisit {
  ticket: string | null;
  arrivedAt: number;
  claimedAt: number | null;
  completedAt: number | null;
  priority: Priority;
  status: VisitStatus;
  closedAtDayEnd: boolean;
  /** The doctor who claimed it last: their name on the staff, or null. */
  doctor: string | null;
  patientName?: string;
}

/** The day's visits by ticket; `truncated` when the day had more than the export takes. */
export interface ExportDayVisitsResult {
  visits: ExportedVisit[];
  truncated: boolean;
}

/**
 * Every way a staff callable says no. The callable's HttpsError carries one of these in its
 * `details` (`RefusalDetails`), and the web says it in the screen's language; the error's own
 * message is English, for logs and developers.
 */
export const REFUSALS = [
  'unauthenticated',
  'notAdmin',
  'invalidInput',
  'notOnStaff',
  'cannotAdd',
  'alreadyOnStaff',
  'deactivated',
  'lastAdmin',
] as const;
export type Refusal = (typeof REFUSALS)[number];

/** `details` of a refusal: its reason and, for invalid input, each bad field's first validation code (see fieldErrors). */
export interface RefusalDetails {
  reason: Refusal;
  fields?: Record<string, string>;
}
