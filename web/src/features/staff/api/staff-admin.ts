/** The admin's staff changes, through the callables (the only code that sets claims). */
import type { AddStaffInput, ChangeRoleInput, DeactivateStaffInput } from '@clinicflow/shared/validation';
import { callable } from '@/lib/functions';

export interface AddStaffResult {
  uid: string;
  passwordSetupLink: string;
}

export const addStaff = callable<AddStaffInput, AddStaffResult>('addStaff');
export const changeStaffRole = callable<ChangeRoleInput, unknown>('changeStaffRole');
export const deactivateStaff = callable<DeactivateStaffInput, unknown>('deactivateStaff');
