import toast from 'react-hot-toast';
import { useOpenVisits } from '@/features/visits/api/visits';
import { friendlyFirestoreError } from '@/lib/errors';
import { translate as t, type MessageKey } from '@/lib/i18n';
import type { useAlertSwitches } from './use-alert-switches';
import { useArrivalAlerts } from './use-arrival-alerts';
import { useConnection } from '@/lib/use-connection';

/** A listener that stopped says so in a toast, one per listener. */
function listenerStopped(what: MessageKey) {
  return (err: { code: string }) =>
    toast.error(t(what, { reason: t(friendlyFirestoreError(err)) }), { id: `listener-${what}` });
}

/**
 * What the dashboard listens to: the open visits, the arrivals with their alerts, and what the
 * connection pill makes of both. A new `attempt` (Refresh) listens again.
 */
export function useDashboardFeed(clinicId: string, attempt: number, switches: ReturnType<typeof useAlertSwitches>) {
  const visits = useOpenVisits(clinicId, attempt, listenerStopped('dashboard.visitsStopped'));
  const arrivals = useArrivalAlerts({
    clinicId,
    attempt,
    visits: visits.docs,
    switches,
    onError: listenerStopped('dashboard.alertsStopped'),
  });
  const connection = useConnection({
    status: visits.status === 'error' || arrivals.status === 'error' ? 'error' : visits.status,
    fromCache: visits.fromCache,
    serverSnapshotAt: visits.lastServerSyncAt?.getTime() ?? null,
  });
  return { visits, arrivals, ...connection };
}
