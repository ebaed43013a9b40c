import type { Visit } from '@clinicflow/shared/model';
import { TRANSITIONS, type Transition } from '@clinicflow/shared/transitions';

import type { MessageKey } from '@/lib/i18n';

export const ACTION_LABELS: Record<Transition['action'], MessageKey> = {
  claim: 'action.claim',
  complete: 'action.complete',
  return: 'action.return',
  cancel: 'action.cancel',
};

/** The buttons a doctor sees on a visit: exactly what the status machine (and so the rules) allows. */
export function doctorActions(visit: Pick<Visit, 'status' | 'claimedBy'>, uid: string): Transition['action'][] {
  const holdsClaim = visit.claimedBy === uid;
  return TRANSITIONS.filter(
    (t) => t.role === 'checkerDoctor' && t.from === visit.status && (!t.ownClaimOnly || holdsClaim),
  ).map((t) => t.action);
}
