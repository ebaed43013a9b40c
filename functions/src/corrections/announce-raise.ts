import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { newNotificationDoc } from '@clinicflow/shared/documents';
import { NOTIFICATION_TTL_MS, PRIORITIES, type Priority } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { PRIORITY_RANK } from '@clinicflow/shared/queue';
import { auditEntryId } from '../visits/status-change';

const isPriority = (value: unknown): value is Priority => (PRIORITIES as readonly unknown[]).includes(value);

/**
 * A waiting visit whose priority the desk raised is news for the doctors (their lists re-order by
 * themselves): a 'raised' notification, ticket and priority only. Its id comes from the event, so
 * a redelivered event writes the same notification again rather than a second one. A lowered
 * priority, or a visit without its ticket yet (its arrival notice carries the new priority), is not.
 */
export async function announceRaise(
  db: Firestore,
  event: { clinicId: string; visitId: string; eventId: string; before: unknown; after: unknown },
): Promise<boolean> {
  const before = event.before as Record<string, unknown> | undefined;
  const after = event.after as Record<string, unknown> | undefined;
  if (!before || !after || after.status !== 'waiting' || typeof after.ticket !== 'string') return false;
  if (!isPriority(before.priority) || !isPriority(after.priority)) return false;
  if (PRIORITY_RANK[after.priority] >= PRIORITY_RANK[before.priority]) return false;
  const notification = newNotificationDoc<FieldValue | Timestamp>(
    { visitId: event.visitId, ticket: after.ticket, priority: after.priority },
    FieldValue.serverTimestamp(),
    Timestamp.fromMillis(Date.now() + NOTIFICATION_TTL_MS),
    'raised',
  );
  const id = `${event.visitId}-raised-${auditEntryId(event.eventId).slice(0, 12)}`;
  await db.doc(`${paths.notifications(event.clinicId)}/${id}`).set(notification);
  return true;
}
