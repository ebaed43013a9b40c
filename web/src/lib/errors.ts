/**
 * Plain-language messages for SDK errors (Firestore, Functions), read from their `code` so this
 * file imports no SDK. Each screen adds what the user can do next.
 */
const FIRESTORE_MESSAGES: Record<string, string> = {
  'permission-denied':
    'Your account is not allowed to see or change this. If your role changed, sign out and in again.',
  unavailable: 'The server cannot be reached right now.',
  'deadline-exceeded': 'The server took too long to answer.',
  'failed-precondition': 'The server is not ready for this request yet (a missing index). Tell your clinic admin.',
  unauthenticated: 'Your session has expired. Sign in again.',
  'resource-exhausted': 'The server is busy. Try again in a minute.',
  aborted: 'Someone else changed this at the same moment. Try again.',
};

export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code.replace(/^(firestore|functions)\//, '') : '';
}

export function friendlyFirestoreError(err: unknown): string {
  return FIRESTORE_MESSAGES[errorCode(err)] ?? 'Something went wrong talking to the server.';
}
