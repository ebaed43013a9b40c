import type { Visit } from '@clinicflow/shared/model';
import { TRANSITIONS, type Transition } from '@clinicflow/shared/transitions';

export const ACTION_LABELS: Record<Transition['action'], string> = {
  claim: 'Start review',
  complete: 'Complete',
  return: 'Return to queue',
  cancel: 'Cancel',
};

/** The buttons a doctor sees on a visit: exactly what the status machine (and so the rules) allows. */
export function doctorActions(visit: Pick<Visit, 'status' | 'claimedBy'>, uid: string): Transition['action'][] {
  const holdsClaim = visit.claimedBy === uid;
  return TRANSITIONS.filter(
    (t) => t.role === 'checkerDoctor' && t.from === visit.status && (!t.ownClaimOnly || holdsClaim),
  ).map((t) => t.action);
}
