import type { StaffAuditDoc } from '@clinicflow/shared/model';
import { ROLE_LABELS } from '@/config/labels';

const role = (r: StaffAuditDoc['after']['role']) => ROLE_LABELS[r].toLowerCase();

/**
 * One staff change as a sentence, with people's names: "You changed Jo Martin's role from
 * receptionist to checker doctor." `nameOf` gives a member's display name (undefined when unknown).
 */
export function describeStaffChange(
  entry: Pick<StaffAuditDoc, 'action' | 'by' | 'member' | 'before' | 'after'>,
  nameOf: (uid: string) => string | undefined,
  viewerUid: string,
): string {
  const who = entry.by === viewerUid ? 'You' : (nameOf(entry.by) ?? 'An admin');
  const whom = entry.member === viewerUid ? 'you' : (nameOf(entry.member) ?? 'someone');
  switch (entry.action) {
    case 'added':
      return `${who} added ${whom} as ${role(entry.after.role)}.`;
    case 'readded':
      return `${who} added ${whom} back as ${role(entry.after.role)}.`;
    case 'deactivated':
      return `${who} deactivated ${whom}.`;
    case 'roleChanged':
      return `${who} changed ${whom === 'you' ? 'your' : `${whom}’s`} role from ${role(entry.before?.role ?? entry.after.role)} to ${role(entry.after.role)}.`;
  }
}
