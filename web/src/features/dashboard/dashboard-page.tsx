import toast from 'react-hot-toast';
import type { VisitDoc } from '@clinicflow/shared/model';
import { sortQueue } from '@clinicflow/shared/queue';
import { AppShell } from '@/components/ui/app-shell';
import { RefreshIcon } from '@/components/ui/icons';
import { Loading } from '@/components/ui/loading';
import { useStaffSession } from '@/features/auth/session-context';
import { useClinic } from '@/features/clinic/api/clinic';
import { useOpenVisits } from '@/features/visits/api/visits';
import { friendlyFirestoreError } from '@/lib/errors';
import type { Live } from '@/lib/live-query';
import { formatWait } from '@/lib/time';
import { useNow } from '@/lib/use-now';
import { AlertSwitches } from './components/alert-switches';
import { ArrivalBanners } from './components/arrival-banners';
import { ConnectionPill } from './components/connection-pill';
import { VisitSection } from './components/visit-section';
import { useAlertSwitches } from './use-alert-switches';
import { useArrivalAlerts } from './use-arrival-alerts';
import { useConnection } from './use-connection';
import { useRefresh } from './use-refresh';
import { CLAIM_NEEDS_SERVER, useVisitActions } from './use-visit-actions';

const TICK_MS = 5_000;
const BLOCKED_NOTICE_ID = 'server-actions-blocked';

export default function DashboardPage() {
  const { uid, claims } = useStaffSession();
  const { clinicId } = claims;
  const clinic = useClinic(clinicId);
  const now = useNow(TICK_MS);
  const { attempt, refreshing, refresh } = useRefresh(clinicId);
  const switches = useAlertSwitches();

  const onListenerError = (what: string) => (err: { code: string }) =>
    toast.error(`${what} stopped updating. ${friendlyFirestoreError(err)} Press Refresh to try again.`, {
      id: `listener-${what}`,
    });
  const visits = useOpenVisits(clinicId, attempt, onListenerError('The list of visits'));
  const arrivals = useArrivalAlerts({
    clinicId,
    attempt,
    visits: visits.docs,
    switches,
    onError: onListenerError('New-visit alerts'),
  });
  const { connection, lastSyncAt, blocked } = useConnection({
    status: visits.status === 'error' || arrivals.status === 'error' ? 'error' : visits.status,
    fromCache: visits.fromCache,
    serverSnapshotAt: visits.lastServerSyncAt?.getTime() ?? null,
  });
  const actions = useVisitActions(clinicId, uid, blocked);

  const sorted = sortQueue(visits.docs);
  const mine = sorted.filter((v) => v.status === 'in_review' && v.claimedBy === uid);
  const waiting = sorted.filter((v) => v.status === 'waiting');
  const others = sorted.filter((v) => v.status === 'in_review' && v.claimedBy !== uid);
  const longest = waiting.reduce<Live<VisitDoc> | null>(
    (a, v) => (a === null || v.createdAt.toMillis() < a.createdAt.toMillis() ? v : a),
    null,
  );
  const cardProps = {
    uid,
    now,
    newIds: new Set(arrivals.banners.map((b) => b.visitId)),
    busyId: actions.busyId,
    claimBlockedBy: blocked ? BLOCKED_NOTICE_ID : null,
    onAction: actions.run,
  };

  return (
    <AppShell title="Doctor dashboard" clinicName={clinic?.name}>
      <div className="dashboard-bar">
        <div className="dashboard-bar__status">
          <ConnectionPill connection={connection} lastSyncAt={lastSyncAt} unsynced={actions.unsynced} />
        </div>
        <div className="dashboard-bar__actions">
          <button className="button" type="button" onClick={() => void refresh()} disabled={refreshing}>
            <RefreshIcon /> {refreshing ? 'Refreshing…' : 'Refresh'}
          </button>
          <AlertSwitches switches={switches} />
        </div>
      </div>

      {blocked && (
        <p className="notice notice--warn" id={BLOCKED_NOTICE_ID}>
          {blocked} {CLAIM_NEEDS_SERVER} Complete and Return to queue are kept on this device and sent when it answers.
        </p>
      )}

      <ArrivalBanners banners={arrivals.banners} onDismiss={arrivals.dismiss} onDismissAll={arrivals.dismissAll} />

      {connection.tone === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>The list stopped updating.</strong> {visits.error ? friendlyFirestoreError(visits.error) : ''} What
            you see may be out of date.
          </p>
          <button className="button button--small" type="button" onClick={() => void refresh()}>
            Refresh
          </button>
        </div>
      )}

      <div className="dashboard-summary" aria-label="Queue summary">
        <h1 className="dashboard-summary__title">Open visits</h1>
        <p className="counts">
          <span>
            <strong>{waiting.length}</strong> waiting
          </span>
          <span>
            <strong>{mine.length + others.length}</strong> in review
          </span>
          {longest && (
            <span>
              longest wait <strong>{formatWait(now - longest.createdAt.toMillis())}</strong>
            </span>
          )}
        </p>
      </div>

      {visits.status === 'loading' ? (
        <Loading label="Loading open visits…" compact />
      ) : (
        // data-list-source: whether the list drawn is the server's or the local cache's (the start-up bench waits on it).
        <div className="dashboard-lists" data-list-source={visits.fromCache ? 'cache' : 'server'}>
          <VisitSection title="Your patients" visits={mine} {...cardProps} />
          <VisitSection
            title="Waiting"
            visits={waiting}
            empty="Nobody is waiting. New visits appear here the moment the front desk opens them."
            {...cardProps}
          />
          <VisitSection title="With other doctors" visits={others} {...cardProps} />
        </div>
      )}
    </AppShell>
  );
}
