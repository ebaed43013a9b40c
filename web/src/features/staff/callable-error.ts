import { errorCode } from '@/lib/errors';

const FALLBACKS: Record<string, string> = {
  'already-exists': 'Someone with this email is already on the staff.',
  'permission-denied': 'Only a clinic admin can change staff.',
  unauthenticated: 'Your session has expired. Sign in again.',
  'not-found': 'That staff member no longer exists.',
  'failed-precondition': 'This change is not allowed.',
  unavailable: 'The server cannot be reached. Check the connection and try again.',
  internal: 'The server could not finish this. Try again; if it keeps failing, tell your IT contact.',
};

/**
 * The callable's own message when it sent one (HttpsError messages are written for people),
 * otherwise a plain one per code. Field messages come from `details` when the input was refused.
 */
export function callableError(err: unknown): { message: string; fields: Record<string, string> } {
  const code = errorCode(err);
  const { message, details } = err as { message?: unknown; details?: unknown };
  const serverMessage = typeof message === 'string' && message && message.toLowerCase() !== code ? message : null;
  const fields: Record<string, string> = {};
  const fieldSource = (details as { fieldErrors?: unknown } | null)?.fieldErrors ?? details;
  if (fieldSource && typeof fieldSource === 'object') {
    for (const [key, value] of Object.entries(fieldSource)) if (typeof value === 'string') fields[key] = value;
  }
  if (code === 'internal' || !serverMessage)
    return { message: FALLBACKS[code] ?? 'Something went wrong. Try again.', fields };
  return { message: serverMessage, fields };
}
