import type { Role } from './model';

/**
 * The staff-management callables: names, region and result shapes, shared by the functions that
 * export them and the web that calls them. Their inputs are the zod schemas in validation.ts.
 */
export const CALLABLES = {
  addStaff: 'addStaff',
  changeStaffRole: 'changeStaffRole',
  deactivateStaff: 'deactivateStaff',
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
