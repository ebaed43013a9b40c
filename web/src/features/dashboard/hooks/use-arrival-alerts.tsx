import { useEffect, useReducer, useState } from 'react';
import toast from 'react-hot-toast';
import type { NotificationDoc, VisitDoc, WithId } from '@clinicflow/shared/model';
import { BellIcon } from '@/components/ui/icons';
import { PRIORITY_LABELS } from '@/config/labels';
import { useNotificationArrivals } from '@/features/notifications/api/notifications';
import type { Live } from '@/lib/live-query';
import { useI18n } from '@/lib/i18n';
import { NO_ARRIVALS, arrivalsReducer, isNews, type Arrival } from '../arrivals';
import type { useAlertSwitches } from './use-alert-switches';

const BEEPS = { emergency: 3, urgent: 2, normal: 1 } as const;

function toArrival(n: WithId<NotificationDoc>): Arrival {
  return { visitId: n.visitId, ticket: n.ticket, priority: n.priority, arrivedAtMs: n.createdAt.toMillis() };
}

/**
 * Each visit announced after the page opened (the function's notification, whether its trigger
 * or the ticket sweeper wrote it): a toast, a banner, the beeps and, in a hidden tab, a system
 * notification. Banners leave by themselves when their visit leaves the waiting list.
 */
export function useArrivalAlerts(options: {
  clinicId: string;
  attempt: number;
  visits: Live<VisitDoc>[];
  switches: ReturnType<typeof useAlertSwitches>;
  onError: (error: { code: string }) => void;
}) {
  const { clinicId, attempt, visits, switches } = options;
  const { t, clock } = useI18n();
  const [openedAt] = useState(() => Date.now());
  const [state, dispatch] = useReducer(arrivalsReducer, NO_ARRIVALS);
  useEffect(() => dispatch({ type: 'listed', visits }), [visits]);

  const status = useNotificationArrivals(
    clinicId,
    openedAt,
    attempt,
    (fresh) => {
      // A raised priority is a toast, a beep and a system notification: the visit's card has
      // already moved up the list, and its arrival banner (if still up) was about the same visit.
      const raises = fresh.filter((n) => n.kind === 'raised' && state.waiting.has(n.visitId));
      for (const n of raises) {
        const text = t('arrivals.raised', { ticket: n.ticket, priority: t(PRIORITY_LABELS[n.priority]) });
        toast(text, { icon: <BellIcon />, id: `raised-${n.id}` });
        switches.notify(text, t('arrivals.raisedAt', { time: clock(new Date(n.createdAt.toMillis())) }), n.id);
      }
      const arrivals = fresh
        .filter((n) => n.kind === undefined)
        .map(toArrival)
        .filter((a) => isNews(state, a.visitId));
      if (arrivals.length > 0) dispatch({ type: 'arrived', arrivals });
      for (const a of arrivals) {
        const text = t('arrivals.toast', { ticket: a.ticket, priority: t(PRIORITY_LABELS[a.priority]) });
        toast(text, { icon: <BellIcon />, id: `arrival-${a.visitId}` });
        switches.notify(text, t('card.arrivedAt', { time: clock(new Date(a.arrivedAtMs)) }), a.visitId);
      }
      const loudest = [...raises, ...arrivals].map((n) => BEEPS[n.priority]);
      if (loudest.length > 0) switches.beep(Math.max(...loudest));
    },
    options.onError,
  );

  return {
    banners: state.banners,
    status,
    dismiss: (visitId: string) => dispatch({ type: 'dismiss', visitId }),
    dismissAll: () => dispatch({ type: 'dismissAll' }),
  };
}
