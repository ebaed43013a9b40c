import type { Visit } from '@clinicflow/shared/model';
import type { MessageKey } from '@/lib/i18n';

/** Why a doctor may not take a visit: a catalog key, and the ticket (or patient) it names. */
export interface ClaimRefusal {
  key: MessageKey;
  label: string;
}

/**
 * Why a doctor may not start reviewing a visit; null when they may. Doctors cannot read each
 * other's staff records, so another doctor is named only as such.
 */
export function claimRefusal(visit: Visit | undefined, uid: string): ClaimRefusal | null {
  if (!visit) return { key: 'claim.gone', label: '' };
  const label = visit.ticket ?? visit.patientName;
  switch (visit.status) {
    case 'waiting':
      return null;
    case 'called':
    case 'in_review':
      return { key: visit.claimedBy === uid ? 'claim.alreadyYours' : 'claim.taken', label };
    case 'done':
      return { key: 'claim.done', label };
    case 'cancelled':
      return { key: 'claim.cancelled', label };
    case 'no_show':
      return { key: 'claim.noShow', label };
  }
}
