/** The catalog keys every screen uses for the shared model's roles, priorities and statuses. */
import type { Priority, Role, VisitStatus } from '@clinicflow/shared/model';
import type { MessageKey } from '@/lib/i18n';

export const ROLE_LABELS: Record<Role, MessageKey> = {
  receptionist: 'role.receptionist',
  checkerDoctor: 'role.checkerDoctor',
  admin: 'role.admin',
  display: 'role.display',
};

/** A role inside a sentence ("added as receptionist"), where a language may write it differently. */
export const ROLE_IN_SENTENCE: Record<Role, MessageKey> = {
  receptionist: 'roleInSentence.receptionist',
  checkerDoctor: 'roleInSentence.checkerDoctor',
  admin: 'roleInSentence.admin',
  display: 'roleInSentence.display',
};

export const PRIORITY_LABELS: Record<Priority, MessageKey> = {
  emergency: 'priority.emergency',
  urgent: 'priority.urgent',
  normal: 'priority.normal',
};

export const STATUS_LABELS: Record<VisitStatus, MessageKey> = {
  waiting: 'status.waiting',
  called: 'status.called',
  in_review: 'status.in_review',
  done: 'status.done',
  cancelled: 'status.cancelled',
  no_show: 'status.no_show',
};

/** Until the function assigns it (about a second), a visit has no ticket yet. */
export function ticketLabel(ticket: string | null | undefined): string {
  return ticket ?? '…';
}
