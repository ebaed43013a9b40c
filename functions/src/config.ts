import { DEFAULT_FUNCTIONS_REGION } from '@clinicflow/shared/callables';

/** Deploy-time settings, read once. */
export const REGION = process.env.FUNCTIONS_REGION ?? DEFAULT_FUNCTIONS_REGION;

/**
 * Attempts for the transactions on a clinic's day doc, which every arrival and status change
 * of that day reads and writes. The SDK default of 5 is too few for a burst: on the Firestore
 * emulator, 50 contending ticket transactions lost 26 of their number with 5 attempts (ABORTED:
 * transaction lock timeout), and 20 contenders already need up to 4. The backoff between
 * attempts (1 s, growing ×1.5) makes 10 about a minute, the function's timeout; past that the
 * trigger's retry redelivers the event.
 */
export const DAY_TRANSACTION_ATTEMPTS = 10;

/**
 * App Check is enforced on every callable in production: only the real web app (reCAPTCHA
 * Enterprise) may call them. The emulators have no App Check, so it stays off there.
 */
export function appCheckEnforced(env: NodeJS.ProcessEnv): boolean {
  return env.FUNCTIONS_EMULATOR !== 'true';
}
export const APP_CHECK_ENFORCED = appCheckEnforced(process.env);

/**
 * Rounds of applying an account's state before giving up: each round ends by re-reading the
 * registry, and only a change landing during that very round starts another.
 */
export const ACCOUNT_APPLY_ROUNDS = 10;

/**
 * How long a new visit is left to its onVisitCreated trigger before the ticket sweeper gives it
 * a ticket instead. The trigger lands in 1–2 s (a cold start adds a few); 30 s keeps the sweeper
 * out of its way, and the visit's own ticket field keeps the two from ever both assigning one.
 */
export const TICKET_GRACE_MS = 30_000;
