import type { Visit } from '@clinicflow/shared/model';
import { TRANSITIONS, type TransitionAction } from '@clinicflow/shared/transitions';

import type { MessageKey } from '@/lib/i18n';

export const ACTION_LABELS: Record<TransitionAction, MessageKey> = {
  call: 'action.call',
  claim: 'action.claim',
  recall: 'action.recall',
  transfer: 'action.transfer',
  start: 'action.start',
  noShow: 'action.noShow',
  complete: 'action.complete',
  return: 'action.return',
  cancel: 'action.cancel',
  undoComplete: 'action.undo',
  undoNoShow: 'action.undo',
};

/** The card's moves that hand the visit on or back, kept apart from the one that finishes it. */
export const SECONDARY_ACTIONS: ReadonlySet<TransitionAction> = new Set(['recall', 'transfer', 'return']);

/**
 * The buttons a doctor sees on a visit: exactly what the status machine (and so the rules)
 * allows, less the undos (offered in a toast just after the move they undo).
 */
export function doctorActions(visit: Pick<Visit, 'status' | 'claimedBy'>, uid: string): TransitionAction[] {
  const holdsClaim = visit.claimedBy === uid;
  return TRANSITIONS.filter(
    (t) => t.role === 'checkerDoctor' && !t.undo && t.from === visit.status && (!t.ownClaimOnly || holdsClaim),
  ).map((t) => t.action);
}
