import type { Visit } from '@clinicflow/shared/model';

/**
 * Why a doctor may not start reviewing a visit, in plain words; null when they may. Doctors
 * cannot read each other's staff records, so another doctor is named only as such.
 */
export function claimRefusal(visit: Visit | undefined, uid: string): string | null {
  if (!visit) return 'This visit no longer exists.';
  const label = visit.ticket ?? `The visit for ${visit.patientName}`;
  switch (visit.status) {
    case 'waiting':
      return null;
    case 'in_review':
      return visit.claimedBy === uid ? `You are already reviewing ${label}.` : `Another doctor already took ${label}.`;
    case 'done':
      return `${label} has already been seen.`;
    case 'cancelled':
      return `${label} was cancelled by the front desk.`;
    case 'no_show':
      return `${label} was marked as a no-show.`;
  }
}
