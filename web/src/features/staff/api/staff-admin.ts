/** The admin's staff changes, through the callables (the only code that sets claims). */
import { httpsCallable } from 'firebase/functions';
import type { AddStaffInput, ChangeRoleInput, DeactivateStaffInput } from '@clinicflow/shared/validation';
import { functions } from '@/lib/functions';

export interface AddStaffResult {
  uid: string;
  passwordSetupLink: string;
}

export const addStaff = httpsCallable<AddStaffInput, AddStaffResult>(functions, 'addStaff');
export const changeStaffRole = httpsCallable<ChangeRoleInput>(functions, 'changeStaffRole');
export const deactivateStaff = httpsCallable<DeactivateStaffInput>(functions, 'deactivateStaff');
