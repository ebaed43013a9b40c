import type { Role, VisitStatus } from './model';

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
  action: 'cancel' | 'claim' | 'complete' | 'return';
}

export const TRANSITIONS: readonly Transition[] = [
  { role: 'receptionist', from: 'waiting', to: 'cancelled', ownClaimOnly: false, action: 'cancel' },
  { role: 'checkerDoctor', from: 'waiting', to: 'in_review', ownClaimOnly: false, action: 'claim' },
  { role: 'checkerDoctor', from: 'in_review', to: 'done', ownClaimOnly: true, action: 'complete' },
  { role: 'checkerDoctor', from: 'in_review', to: 'waiting', ownClaimOnly: true, action: 'return' },
];

export function findTransition(role: Role, from: VisitStatus, to: VisitStatus): Transition | undefined {
  return TRANSITIONS.find((t) => t.role === role && t.from === from && t.to === to);
}

/**
 * The update that hands a claimed visit back to the queue (in_review → waiting), by `by` at `now`
 * (each SDK's server timestamp): the doctor's "return" and a deactivation's clean-up write the same.
 */
export function returnToQueue<T>(by: string, now: T) {
  return { status: 'waiting', claimedBy: null, claimedAt: null, statusChangedBy: by, statusChangedAt: now } as const;
}
