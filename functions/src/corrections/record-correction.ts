import { GrpcStatus, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { changedFields, newCorrectionDoc } from '@clinicflow/shared/documents';
import type { CorrectionDoc } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { auditEntryId } from '../visits/status-change';

export interface CorrectionEvent {
  clinicId: string;
  /** The patient's or the visit's id. */
  targetId: string;
  /** The event's id: the same on every redelivery, so the entry's id and the idempotency key. */
  eventId: string;
  eventTime: Date;
  before: Record<string, unknown> | undefined;
  after: Record<string, unknown> | undefined;
}

export type CorrectionResult = 'recorded' | 'replayed' | 'unchanged';

/**
 * Writes the audit entry of a correction, if the event changed any of `fields`: before and after
 * of those fields, by whom (the `byField` stamp the rules made the client write) and when. Created
 * under an id from the event id, so a redelivered event finds its entry and writes nothing.
 */
export async function recordCorrection(
  db: Firestore,
  event: CorrectionEvent,
  target: { kind: CorrectionDoc['kind']; fields: readonly string[]; byField: string; atField: string },
): Promise<CorrectionResult> {
  const { before, after } = event;
  if (!before || !after) return 'unchanged';
  const changed = changedFields(target.fields, before, after);
  if (changed.length === 0) return 'unchanged';
  const by = after[target.byField];
  const at = after[target.atField];
  const entry = newCorrectionDoc({ kind: target.kind, id: event.targetId }, changed, before, after, {
    by: typeof by === 'string' ? by : 'unknown',
    at: at instanceof Timestamp ? at : Timestamp.fromDate(event.eventTime),
  });
  try {
    await db.doc(`${paths.corrections(event.clinicId)}/${auditEntryId(event.eventId)}`).create(entry);
    return 'recorded';
  } catch (err) {
    if ((err as { code?: unknown }).code === GrpcStatus.ALREADY_EXISTS) return 'replayed';
    throw err;
  }
}
