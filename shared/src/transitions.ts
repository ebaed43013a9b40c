import type { OpenStatus, Role, VisitDoc, VisitStatus } from './model';

/**
 * The visit status machine. firestore.rules enforces it; the rules tests walk every
 * (role, from, to) against this table; the web shows only the buttons it allows.
 */
export interface Transition {
  role: Role;
  from: VisitStatus;
  to: VisitStatus;
  /** Only the doctor holding the claim may make it. */
  ownClaimOnly: boolean;
  action: TransitionAction;
}

export type TransitionAction = 'cancel' | 'claim' | 'complete' | 'return';

export const TRANSITIONS: readonly Transition[] = [
  { role: 'receptionist', from: 'waiting', to: 'cancelled', ownClaimOnly: false, action: 'cancel' },
  { role: 'checkerDoctor', from: 'waiting', to: 'in_review', ownClaimOnly: false, action: 'claim' },
  { role: 'checkerDoctor', from: 'in_review', to: 'done', ownClaimOnly: true, action: 'complete' },
  { role: 'checkerDoctor', from: 'in_review', to: 'waiting', ownClaimOnly: true, action: 'return' },
];

export function findTransition(role: Role, from: VisitStatus, to: VisitStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.role === role && t.from === from && t.to === to);
}

/** The table's transition for `action`. */
export function transitionFor(action: TransitionAction): Transition {
  const transition = TRANSITIONS.find((t) => t.action === action);
  if (!transition) throw new Error(`No transition in the table does ${action}`);
  return transition;
}

/** What a status change writes onto a visit: its new status, who and when, and the action's own fields. */
export type TransitionUpdate<T> = Pick<VisitDoc<T>, 'status' | 'statusChangedBy' | 'statusChangedAt'> &
  Partial<Pick<VisitDoc<T>, 'claimedBy' | 'claimedAt' | 'completedAt'>>;

/** Each action's fields besides the status and its stamp. */
function actionFields<T>(
  action: TransitionAction,
  by: string,
  at: T,
): Partial<Pick<VisitDoc<T>, 'claimedBy' | 'claimedAt' | 'completedAt'>> {
  switch (action) {
    case 'cancel':
      return {};
    case 'claim':
      return { claimedBy: by, claimedAt: at };
    case 'complete':
      return { completedAt: at };
    case 'return':
      return { claimedBy: null, claimedAt: null };
  }
}

/**
 * The update that makes `action`, by `by` at `at` (each SDK's server timestamp; the rules want
 * request.time): the web sends exactly this, the rules tests prove the rules against it, and a
 * deactivation's clean-up writes the doctor's own "return". Changing the set of fields here is
 * changing the rules' contract: firestore.rules checks each action's exact field set.
 */
export function transitionUpdate<T>(action: TransitionAction, by: string, at: T): TransitionUpdate<T> {
  return {
    status: transitionFor(action).to,
    statusChangedBy: by,
    statusChangedAt: at,
    ...actionFields(action, by, at),
  };
}

/** Who the day close's changes are by: the audit's `by` and the visit's statusChangedBy. */
export const DAY_CLOSE_BY = 'dayClose';

/**
 * Where the day close moves a visit still open when its clinic day ended: nobody called a waiting
 * patient (not seen), a visit in review was seen. Keyed by every open status, so a new one cannot
 * be added without saying where the day close puts it.
 */
export const DAY_CLOSE_MOVES: Record<OpenStatus, VisitStatus> = {
  waiting: 'no_show',
  in_review: 'done',
};

/** The day close's update of a visit left open in status `from`, stamped at `at` and marked as closed at day end. */
export function dayCloseUpdate<T>(
  from: OpenStatus,
  at: T,
): Pick<VisitDoc<T>, 'status' | 'statusChangedBy' | 'statusChangedAt' | 'closedAtDayEnd'> {
  return { status: DAY_CLOSE_MOVES[from], statusChangedBy: DAY_CLOSE_BY, statusChangedAt: at, closedAtDayEnd: true };
}
