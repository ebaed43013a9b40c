/**
 * The doctors' new-visit notifications (written by the onVisitCreated function). Each one is
 * delivered once per page, even when a refresh re-subscribes and the listener replays them.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { onSnapshot, type FirestoreError } from 'firebase/firestore';
import type { NotificationDoc, WithId } from '@clinicflow/shared/model';
import { toQuery } from '@clinicflow/shared/firestore-query';
import { queries } from '@clinicflow/shared/queries';
import { db, withId } from '@/lib/firestore';

const converter = withId<NotificationDoc>();

export type ListenerStatus = 'loading' | 'ready' | 'error';

/**
 * Calls `onArrivals` with the notifications written after `sinceMs` (when the dashboard opened)
 * that this page has not announced yet. A new `attempt` re-subscribes.
 */
export function useNotificationArrivals(
  clinicId: string,
  sinceMs: number,
  attempt: number,
  onArrivals: (notifications: WithId<NotificationDoc>[]) => void,
  onError: (error: FirestoreError) => void,
): ListenerStatus {
  const [status, setStatus] = useState<{ attempt: number; value: ListenerStatus }>({ attempt, value: 'loading' });
  if (status.attempt !== attempt) setStatus({ attempt, value: 'loading' });
  const announced = useRef(new Set<string>());
  const deliver = useEffectEvent(onArrivals);
  const reportError = useEffectEvent(onError);

  useEffect(() => {
    const query = toQuery(db, queries.notificationsSince(clinicId, new Date(sinceMs))).withConverter(converter);
    return onSnapshot(
      query,
      (snapshot) => {
        setStatus({ attempt, value: 'ready' });
        const fresh = snapshot.docs.map((d) => d.data()).filter((n) => !announced.current.has(n.id));
        for (const n of fresh) announced.current.add(n.id);
        if (fresh.length > 0) deliver(fresh);
      },
      (error) => {
        setStatus({ attempt, value: 'error' });
        reportError(error);
      },
    );
  }, [clinicId, sinceMs, attempt]);

  return status.value;
}
