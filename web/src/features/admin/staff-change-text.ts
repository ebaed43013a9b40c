import type { StaffAuditDoc } from '@clinicflow/shared/model';
import { ROLE_IN_SENTENCE } from '@/config/labels';
import type { Translate } from '@/lib/i18n';

/**
 * One staff change as a sentence, with people's names: "You changed Jo Martin's role from
 * receptionist to checker doctor." `nameOf` gives a member's display name (undefined when
 * unknown). Who did it and to whom are ICU selects in the catalog (you / a name / nobody known),
 * as each language words them differently.
 */
export function describeStaffChange(
  entry: Pick<StaffAuditDoc, 'action' | 'by' | 'member' | 'before' | 'after'>,
  nameOf: (uid: string) => string | undefined,
  viewerUid: string,
  t: Translate,
): string {
  const byName = nameOf(entry.by);
  const memberName = nameOf(entry.member);
  const values = {
    by: entry.by === viewerUid ? 'you' : byName ? 'named' : 'unknown',
    byName: byName ?? '',
    member: entry.member === viewerUid ? 'you' : memberName ? 'named' : 'unknown',
    memberName: memberName ?? '',
    role: t(ROLE_IN_SENTENCE[entry.after.role]),
    before: t(ROLE_IN_SENTENCE[entry.before?.role ?? entry.after.role]),
  };
  switch (entry.action) {
    case 'added':
      return t('staffChange.added', values);
    case 'readded':
      return t('staffChange.readded', values);
    case 'deactivated':
      return t('staffChange.deactivated', values);
    case 'roleChanged':
      return t('staffChange.roleChanged', values);
  }
}
