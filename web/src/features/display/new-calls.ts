import type { BoardCall } from '@clinicflow/shared/board';

/** A call as one event: the same ticket recalled later is a new call. */
export const callKey = (call: BoardCall) => `${call.ticket}@${call.at.toMillis()}`;

/**
 * The calls on `next` board that `seen` did not have: each one chimes and is highlighted. The
 * first board a screen gets (seen null) brings none: a display switched on, or back after a drop,
 * does not ring for calls already made.
 */
export function newCalls(seen: ReadonlySet<string> | null, next: readonly BoardCall[]): BoardCall[] {
  if (seen === null) return [];
  return next.filter((call) => !seen.has(callKey(call)));
}
