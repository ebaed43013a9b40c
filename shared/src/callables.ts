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

/** `details` of an invalid-argument refusal: each bad field's first message (see fieldErrors). */
export type InvalidArgumentDetails = Record<string, string>;
