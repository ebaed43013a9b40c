import { LIMITS, type OpenStatus, type Role, type VisitDoc, type VisitStatus } from './model';

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
  /**
   * An undo: only whoever made the visit's last status change, within LIMITS.undoWindowMs of it
   * (the rules compare request.time with statusChangedAt).
   */
  undo: boolean;
  action: TransitionAction;
}

export type TransitionAction =
  | 'cancel'
  | 'call'
  | 'claim'
  | 'recall'
  | 'transfer'
  | 'start'
  | 'noShow'
  | 'return'
  | 'complete'
  | 'undoComplete'
  | 'undoNoShow';

const desk = (from: VisitStatus, to: VisitStatus, action: TransitionAction, undo = false): Transition => ({
  role: 'receptionist',
  from,
  to,
  ownClaimOnly: false,
  undo,
  action,
});
const doctor = (from: VisitStatus, to: VisitStatus, action: TransitionAction, ownClaimOnly = true): Transition => ({
  role: 'checkerDoctor',
  from,
  to,
  ownClaimOnly,
  undo: action === 'undoComplete' || action === 'undoNoShow',
  action,
});

/**
 * A call claims the visit for the calling doctor (in the room they are on duty in); "claim"
 * starts a review straight from the waiting list, for a patient already in the room. A transfer
 * hands the claim to an on-duty colleague and keeps the status; a recall moves calledAt.
 */
export const TRANSITIONS: readonly Transition[] = [
  desk('waiting', 'cancelled', 'cancel'),
  doctor('waiting', 'called', 'call', false),
  doctor('waiting', 'in_review', 'claim', false),
  doctor('called', 'called', 'recall'),
  doctor('called', 'called', 'transfer'),
  doctor('in_review', 'in_review', 'transfer'),
  doctor('called', 'in_review', 'start'),
  doctor('called', 'no_show', 'noShow'),
  desk('called', 'no_show', 'noShow'),
  doctor('called', 'waiting', 'return'),
  doctor('in_review', 'waiting', 'return'),
  doctor('in_review', 'done', 'complete'),
  doctor('done', 'in_review', 'undoComplete'),
  doctor('no_show', 'called', 'undoNoShow'),
  desk('no_show', 'called', 'undoNoShow', true),
];

/** The action each undo reverses. */
export const UNDO_OF = { complete: 'undoComplete', noShow: 'undoNoShow' } as const satisfies Partial<
  Record<TransitionAction, TransitionAction>
>;

export function findTransition(role: Role, from: VisitStatus, to: VisitStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.role === role && t.from === from && t.to === to);
}

/** The table's (first) transition for `action`. */
export function transitionFor(action: TransitionAction): Transition {
  const transition = TRANSITIONS.find((t) => t.action === action);
  if (!transition) throw new Error(`No transition in the table does ${action}`);
  return transition;
}

/** Whether an undo made at `nowMs` is still inside the window of the change stamped `changedAtMs`. */
export function withinUndoWindow(changedAtMs: number, nowMs: number): boolean {
  return nowMs - changedAtMs < LIMITS.undoWindowMs;
}

/** A move: an action, with the room it calls to or the colleague it hands the visit to where it needs one. */
export type TransitionMove =
  | Exclude<TransitionAction, 'call' | 'transfer'>
  | { action: 'call'; room: string }
  | { action: 'transfer'; to: string; room: string };

type ActionField = 'claimedBy' | 'claimedAt' | 'room' | 'calledAt' | 'completedAt';

/**
 * What a status change writes onto a visit: who and when, its new status (a transfer keeps
 * whichever it had), and the action's own fields.
 */
export type TransitionUpdate<T> = Pick<VisitDoc<T>, 'statusChangedBy' | 'statusChangedAt'> &
  Partial<Pick<VisitDoc<T>, 'status' | ActionField>>;

function actionOf(move: TransitionMove): TransitionAction {
  return typeof move === 'string' ? move : move.action;
}

/** Each action's fields besides the status and its stamp. */
function actionFields<T>(move: TransitionMove, by: string, at: T): Partial<Pick<VisitDoc<T>, ActionField>> {
  if (typeof move !== 'string') {
    return move.action === 'call'
      ? { claimedBy: by, claimedAt: at, room: move.room, calledAt: at }
      : { claimedBy: move.to, room: move.room };
  }
  switch (move) {
    case 'cancel':
    case 'start':
    case 'noShow':
    case 'undoNoShow':
      return {};
    case 'claim':
      return { claimedBy: by, claimedAt: at };
    case 'recall':
      return { calledAt: at };
    case 'complete':
      return { completedAt: at };
    case 'undoComplete':
      return { completedAt: null };
    case 'return':
      return { claimedBy: null, claimedAt: null, room: null, calledAt: null };
  }
}

/**
 * The update that makes `move`, by `by` at `at` (each SDK's server timestamp; the rules want
 * request.time): the web sends exactly this, the rules tests prove the rules against it, and a
 * deactivation's clean-up writes the doctor's own "return". Changing the set of fields here is
 * changing the rules' contract: firestore.rules checks each action's exact field set.
 */
export function transitionUpdate<T>(move: TransitionMove, by: string, at: T): TransitionUpdate<T> {
  const action = actionOf(move);
  return {
    ...(action === 'transfer' ? {} : { status: transitionFor(action).to }),
    statusChangedBy: by,
    statusChangedAt: at,
    ...actionFields(move, by, at),
  };
}

/** Who the day close's changes are by: the audit's `by` and the visit's statusChangedBy. */
export const DAY_CLOSE_BY = 'dayClose';

/**
 * Where the day close moves a visit still open when its clinic day ended: nobody called a waiting
 * patient (not seen), a called one did not come in, a visit in review was seen. Keyed by every open status, so a new one cannot
 * be added without saying where the day close puts it.
 */
export const DAY_CLOSE_MOVES: Record<OpenStatus, VisitStatus> = {
  waiting: 'no_show',
  // Called and never came in: a no-show too.
  called: 'no_show',
  in_review: 'done',
};

/** The day close's update of a visit left open in status `from`, stamped at `at` and marked as closed at day end. */
export function dayCloseUpdate<T>(
  from: OpenStatus,
  at: T,
): Pick<VisitDoc<T>, 'status' | 'statusChangedBy' | 'statusChangedAt' | 'closedAtDayEnd'> {
  return { status: DAY_CLOSE_MOVES[from], statusChangedBy: DAY_CLOSE_BY, statusChangedAt: at, closedAtDayEnd: true };
}
