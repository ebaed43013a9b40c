import { REFUSALS, type Refusal } from '@clinicflow/shared/callables';
import { errorCode } from '@/lib/errors';
import type { MessageKey } from '@/lib/i18n';

const REFUSAL_MESSAGES: Record<Refusal, MessageKey> = {
  unauthenticated: 'refusal.unauthenticated',
  notAdmin: 'refusal.notAdmin',
  invalidInput: 'refusal.invalidInput',
  notOnStaff: 'refusal.notOnStaff',
  cannotAdd: 'refusal.cannotAdd',
  alreadyOnStaff: 'refusal.alreadyOnStaff',
  deactivated: 'refusal.deactivated',
  lastAdmin: 'refusal.lastAdmin',
};

/** When the answer carries no reason (a proxy, an older function, the SDK itself): one per code. */
const FALLBACKS: Record<string, MessageKey> = {
  'already-exists': 'callable.alreadyExists',
  'permission-denied': 'callable.permissionDenied',
  unauthenticated: 'firestoreError.unauthenticated',
  'not-found': 'callable.notFound',
  'failed-precondition': 'callable.failedPrecondition',
  unavailable: 'callable.unavailable',
  internal: 'callable.internal',
};

function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'string' && (REFUSALS as readonly string[]).includes(value);
}

/**
 * What a staff callable's refusal means, in catalog keys: the reason it named in its details
 * (RefusalDetails), else a plain one per code; and each refused field's validation code, for a
 * message beside the field. The server's own (English) message is never shown.
 */
export function callableError(err: unknown): { message: MessageKey; fields: Record<string, string> } {
  const details = (err as { details?: unknown } | null)?.details;
  const { reason, fields } = (details && typeof details === 'object' ? details : {}) as {
    reason?: unknown;
    fields?: unknown;
  };
  const fieldCodes: Record<string, string> = {};
  if (fields && typeof fields === 'object') {
    for (const [key, value] of Object.entries(fields)) if (typeof value === 'string') fieldCodes[key] = value;
  }
  const message = isRefusal(reason) ? REFUSAL_MESSAGES[reason] : (FALLBACKS[errorCode(err)] ?? 'callable.unknown');
  return { message, fields: fieldCodes };
}
