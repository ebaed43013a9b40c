import { newStaffAuditDoc } from '@clinicflow/shared/documents';
import type { StaffAction, StaffAuditDoc, StaffStanding } from '@clinicflow/shared/model';

/** What a change did to a member's standing; null when it changed neither role nor active. */
export function staffAction(before: StaffStanding | undefined, after: StaffStanding): StaffAction | null {
  if (!before) return 'added';
  if (!before.active && after.active) return 'readded';
  if (before.active && !after.active) return 'deactivated';
  if (before.active && before.role !== after.role) return 'roleChanged';
  return null;
}

/**
 * The audit entry for an admin's staff change, or null when nothing changed (a repeated
 * deactivation, say): the trail records changes, not requests.
 */
export function staffAuditEntry<T>(
  by: string,
  member: string,
  before: StaffStanding | undefined,
  after: StaffStanding,
  at: T,
): StaffAuditDoc<T> | null {
  const action = staffAction(before, after);
  if (!action) return null;
  return newStaffAuditDoc({ action, by, member, before: before ?? null, after }, at);
}
