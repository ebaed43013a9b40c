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

export interface AddStaffResult {
  uid: string;
  /** A one-time link for the new member to choose a password; the admin passes it on. */
  passwordSetupLink: string;
}

export interface ChangeStaffRoleResult {
  uid: string;
  role: Role;
}

export interface DeactivateStaffResult {
  uid: string;
  active: false;
}

/** `details` of an invalid-argument refusal: each bad field's first message (see fieldErrors). */
export type InvalidArgumentDetails = Record<string, string>;
