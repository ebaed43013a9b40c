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

/** The SDK appends the HTTP status to every message ("… [409]"). */
const HTTP_STATUS_SUFFIX = /\s*\[\d{3}\]$/;
/** What the SDK says when the server sent no message of its own. */
const SDK_DEFAULT = /^(Backend error status|Unknown backend error status):/;

/**
 * The callable's own message when it sent one (its HttpsError messages are written for people),
 * otherwise a plain one per code. Field messages come from `details` (InvalidArgumentDetails)
 * when the input was refused.
 */
export function callableError(err: unknown): { message: string; fields: Record<string, string> } {
  const code = errorCode(err);
  const { message, details } = err as { message?: unknown; details?: unknown };
  const text = typeof message === 'string' ? message.replace(HTTP_STATUS_SUFFIX, '') : '';
  const fromServer = text && text.toLowerCase() !== code && !SDK_DEFAULT.test(text) ? text : null;
  const fields: Record<string, string> = {};
  if (details && typeof details === 'object') {
    for (const [key, value] of Object.entries(details)) if (typeof value === 'string') fields[key] = value;
  }
  if (code === 'internal' || !fromServer)
    return { message: FALLBACKS[code] ?? 'Something went wrong. Try again.', fields };
  return { message: fromServer, fields };
}
