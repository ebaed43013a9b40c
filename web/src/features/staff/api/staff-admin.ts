/** The admin's staff changes, through the callables (the only code that sets claims). */
import { httpsCallable } from 'firebase/functions';
import {
  CALLABLES,
  type AddStaffResult,
  type ChangeStaffRoleResult,
  type DeactivateStaffResult,
} from '@clinicflow/shared/callables';
import type { AddStaffInput, ChangeRoleInput, DeactivateStaffInput } from '@clinicflow/shared/validation';
import { functions } from '@/lib/functions';

export const addStaff = httpsCallable<AddStaffInput, AddStaffResult>(functions, CALLABLES.addStaff);
export const changeStaffRole = httpsCallable<ChangeRoleInput, ChangeStaffRoleResult>(
  functions,
  CALLABLES.changeStaffRole,
);
export const deactivateStaff = httpsCallable<DeactivateStaffInput, DeactivateStaffResult>(
  functions,
  CALLABLES.deactivateStaff,
);
