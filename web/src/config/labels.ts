/** The words every screen shows for the shared model's roles, priorities and statuses. */
import type { Priority, Role, VisitStatus } from '@clinicflow/shared/model';

export const ROLE_LABELS: Record<Role, string> = {
  receptionist: 'Receptionist',
  checkerDoctor: 'Checker doctor',
  admin: 'Clinic admin',
};

export const PRIORITY_LABELS: Record<Priority, string> = {
  emergency: 'Emergency',
  urgent: 'Urgent',
  normal: 'Normal',
};

export const STATUS_LABELS: Record<VisitStatus, string> = {
  waiting: 'Waiting',
  in_review: 'In review',
  done: 'Done',
  cancelled: 'Cancelled',
  no_show: 'No-show',
};

/** Until the function assigns it (about a second), a visit has no ticket yet. */
export function ticketLabel(ticket: string | null | undefined): string {
  return ticket ?? '…';
}
