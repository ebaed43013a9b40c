/**
 * Plain-language messages (catalog keys) for SDK errors (Firestore, Functions), read from their
 * `code` so this file imports no SDK. Each screen adds what the user can do next.
 */
import type { MessageKey } from './i18n';

const FIRESTORE_MESSAGES: Record<string, MessageKey> = {
  'permission-denied': 'firestoreError.permissionDenied',
  unavailable: 'firestoreError.unavailable',
  'deadline-exceeded': 'firestoreError.deadlineExceeded',
  'failed-precondition': 'firestoreError.failedPrecondition',
  unauthenticated: 'firestoreError.unauthenticated',
  'resource-exhausted': 'firestoreError.resourceExhausted',
  aborted: 'firestoreError.aborted',
};

export function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code.replace(/^(firestore|functions)\//, '') : '';
}

export function friendlyFirestoreError(err: unknown): MessageKey {
  return FIRESTORE_MESSAGES[errorCode(err)] ?? 'firestoreError.unknown';
}
