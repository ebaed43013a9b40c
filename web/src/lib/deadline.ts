/**
 * A bound on waiting for the server. The SDK waits for a silent server as long as its socket
 * lives (a transaction or a server read against a dead uplink hangs for minutes); every action a
 * person waits on ends by SERVER_ANSWER_MS instead, with a plain message.
 */
export const SERVER_ANSWER_MS = 8_000;

/** `code` as the SDKs' errors carry it, so friendlyFirestoreError words it like theirs. */
export class DeadlineError extends Error {
  readonly code = 'deadline-exceeded';
  constructor() {
    super('The server did not answer in time.');
  }
}

/**
 * `work`, or a DeadlineError after `ms`. Work that still succeeds after the deadline is reported
 * to `onLate`: the caller told someone it failed and now has to say it did not.
 */
export function withDeadline<T>(work: Promise<T>, ms: number, onLate?: (value: T) => void): Promise<T> {
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new DeadlineError());
    }, ms);
  });
  work.then(
    (value) => {
      if (timedOut) onLate?.(value);
    },
    () => {
      // After the deadline a failure changes nothing the caller has not already said.
    },
  );
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
