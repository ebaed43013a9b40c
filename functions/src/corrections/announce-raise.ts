import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';
import { newNotificationDoc } from '@clinicflow/shared/documents';
import { NOTIFICATION_TTL_MS } from '@clinicflow/shared/model';
import { paths } from '@clinicflow/shared/paths';
import { PRIORITY_RANK } from '@clinicflow/shared/queue';
import { auditEntryId } from '../visits/status-change';
import { parseArrivingVisit } from '../visits/visit-shape';

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
  const before = parseArrivingVisit(event.before);
  const after = parseArrivingVisit(event.after);
  const ticket = (event.after as { ticket?: unknown } | undefined)?.ticket;
  if (!before.ok || !after.ok || after.value.status !== 'waiting' || typeof ticket !== 'string') return false;
  const priority = after.value.priority;
  if (PRIORITY_RANK[priority] >= PRIORITY_RANK[before.value.priority]) return false;
  const notification = newNotificationDoc<FieldValue | Timestamp>(
    { visitId: event.visitId, ticket, priority },
    FieldValue.serverTimestamp(),
    Timestamp.fromMillis(Date.now() + NOTIFICATION_TTL_MS),
    'raised',
  );
  const id = `${event.visitId}-raised-${auditEntryId(event.eventId).slice(0, 12)}`;
  await db.doc(`${paths.notifications(event.clinicId)}/${id}`).set(notification);
  return true;
}
