import { useReducer, useState } from 'react';
import toast from 'react-hot-toast';
import type { NotificationDoc, VisitDoc, WithId } from '@clinicflow/shared/model';
import { sortQueue } from '@clinicflow/shared/queue';
import type { Transition } from '@clinicflow/shared/transitions';
import { AppShell } from '@/components/ui/app-shell';
import { BellIcon, BellOffIcon, RefreshIcon, ScreenIcon } from '@/components/ui/icons';
import { Loading } from '@/components/ui/loading';
import { useStaffSession } from '@/features/auth/session-context';
import { useClinic } from '@/features/clinic/api/clinic';
import { useNotificationArrivals } from '@/features/notifications/api/notifications';
import {
  ClaimRefusedError,
  claimVisit,
  completeVisit,
  fetchOpenVisitsFromServer,
  returnVisit,
  useOpenVisits,
} from '@/features/visits/api/visits';
import { PRIORITY_LABELS } from '@/features/visits/labels';
import { beep, unlockAudio } from '@/lib/beep';
import { friendlyFirestoreError } from '@/lib/errors';
import type { Live } from '@/lib/live-query';
import { notifyIfHidden, requestSystemNotifications, systemNotificationsSupported } from '@/lib/system-notification';
import { formatClock, formatWait } from '@/lib/time';
import { useNow } from '@/lib/use-now';
import { useOnline } from '@/lib/use-online';
import { useStoredFlag } from '@/lib/use-stored-flag';
import { arrivalsReducer, type Arrival } from './arrivals';
import { ArrivalBanners } from './components/arrival-banners';
import { ConnectionPill } from './components/connection-pill';
import { VisitCard } from './components/visit-card';
import { deriveConnection } from './connection';

const TICK_MS = 5_000;
const BEEPS = { emergency: 3, urgent: 2, normal: 1 } as const;

function toArrival(n: WithId<NotificationDoc>): Arrival {
  return { visitId: n.visitId, ticket: n.ticket, priority: n.priority, arrivedAtMs: n.createdAt.toMillis() };
}

function VisitSection({
  title,
  visits,
  empty,
  ...card
}: {
  title: string;
  visits: Live<VisitDoc>[];
  empty?: string;
  uid: string;
  now: number;
  newIds: Set<string>;
  busyId: string | null;
  onAction: (visit: Live<VisitDoc>, action: Transition['action']) => void;
}) {
  if (visits.length === 0 && !empty) return null;
  const headingId = `section-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="visit-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="visit-section__title">
        {title} <span className="count">{visits.length}</span>
      </h2>
      {visits.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <div className="visit-list">
          {visits.map((v) => (
            <VisitCard
              key={v.id}
              visit={v}
              uid={card.uid}
              now={card.now}
              isNew={card.newIds.has(v.id)}
              busy={card.busyId === v.id}
              onAction={card.onAction}
            />
          ))}
        </div>
      )}
    </section>
  );
}

export default function DashboardPage() {
  const { uid, claims } = useStaffSession();
  const { clinicId } = claims;
  const clinic = useClinic(clinicId);
  const [openedAt] = useState(() => Date.now());
  const [attempt, setAttempt] = useState(0);
  const [refreshing, setRefreshing] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [banners, dispatch] = useReducer(arrivalsReducer, []);
  const [sound, setSound] = useStoredFlag('clinicflow.sound');
  const [desktopAlerts, setDesktopAlerts] = useStoredFlag('clinicflow.desktopAlerts');
  const now = useNow(TICK_MS);
  const online = useOnline();

  const onListenerError = (what: string) => (err: { code: string }) =>
    toast.error(`${what} stopped updating. ${friendlyFirestoreError(err)} Press Refresh to try again.`, {
      id: `listener-${what}`,
    });
  const visits = useOpenVisits(clinicId, attempt, onListenerError('The list of visits'));
  const notificationsStatus = useNotificationArrivals(
    clinicId,
    openedAt,
    attempt,
    (fresh) => {
      const arrivals = fresh.map(toArrival);
      dispatch({ type: 'arrived', arrivals });
      for (const a of arrivals) {
        const text = `New visit ${a.ticket} · ${PRIORITY_LABELS[a.priority]}`;
        toast(text, { icon: <BellIcon />, id: `arrival-${a.visitId}` });
        notifyIfHidden(text, `Arrived ${formatClock(new Date(a.arrivedAtMs))}`, a.visitId);
      }
      const mostUrgent = Math.max(...arrivals.map((a) => BEEPS[a.priority]));
      if (sound) beep(mostUrgent);
    },
    onListenerError('New-visit alerts'),
  );

  const connection = deriveConnection({
    online,
    status: visits.status === 'error' || notificationsStatus === 'error' ? 'error' : visits.status,
    fromCache: visits.fromCache,
  });
  // While live the list is in sync now, changes or not; once the connection drops, the time
  // shown stays at the last moment it was known to be in sync.
  const [liveAt, setLiveAt] = useState<number | null>(null);
  if (connection.tone === 'live' && liveAt !== now) setLiveAt(now);
  const serverAt = visits.lastServerSyncAt?.getTime() ?? null;
  const lastSyncAt = serverAt === null ? null : new Date(Math.max(serverAt, liveAt ?? 0));

  async function refresh() {
    setRefreshing(true);
    setAttempt((a) => a + 1);
    try {
      const count = await fetchOpenVisitsFromServer(clinicId);
      toast.success(`Up to date: ${count} open ${count === 1 ? 'visit' : 'visits'} on the server.`, { id: 'refresh' });
    } catch (err) {
      toast.error(`Could not reach the server. ${friendlyFirestoreError(err)} The list shows saved data.`, {
        id: 'refresh',
      });
    } finally {
      setRefreshing(false);
    }
  }

  async function onAction(visit: Live<VisitDoc>, action: Transition['action']) {
    const label = visit.ticket ?? visit.patientName;
    const failed = (err: unknown) => toast.error(`${label}: ${friendlyFirestoreError(err)}`);
    if (action === 'complete') void completeVisit(clinicId, visit.id, uid).catch(failed);
    if (action === 'return') void returnVisit(clinicId, visit.id, uid).catch(failed);
    if (action !== 'claim') return;
    if (!online) {
      toast.error('You are offline. Starting a review needs the server, so that no two doctors take the same patient.');
      return;
    }
    setBusyId(visit.id);
    try {
      await claimVisit(clinicId, visit.id, uid);
      toast.success(`You are reviewing ${label}.`, { id: `claim-${visit.id}` });
    } catch (err) {
      toast.error(
        err instanceof ClaimRefusedError ? err.message : `Could not start the review. ${friendlyFirestoreError(err)}`,
        {
          id: `claim-${visit.id}`,
        },
      );
    } finally {
      setBusyId(null);
    }
  }

  async function toggleSound() {
    if (!sound) {
      await unlockAudio();
      beep(1);
    }
    setSound(!sound);
  }

  async function toggleDesktopAlerts() {
    if (desktopAlerts) {
      setDesktopAlerts(false);
      return;
    }
    const granted = await requestSystemNotifications();
    if (!granted) toast.error('The browser blocked notifications for this site. Allow them in its site settings.');
    setDesktopAlerts(granted);
  }

  const sorted = sortQueue(visits.docs);
  const mine = sorted.filter((v) => v.status === 'in_review' && v.claimedBy === uid);
  const waiting = sorted.filter((v) => v.status === 'waiting');
  const others = sorted.filter((v) => v.status === 'in_review' && v.claimedBy !== uid);
  const longest = waiting.reduce<Live<VisitDoc> | null>(
    (a, v) => (a === null || v.createdAt.toMillis() < a.createdAt.toMillis() ? v : a),
    null,
  );
  const newIds = new Set(banners.map((b) => b.visitId));
  const cardProps = {
    uid,
    now,
    newIds,
    busyId,
    onAction: (v: Live<VisitDoc>, a: Transition['action']) => void onAction(v, a),
  };

  return (
    <AppShell title="Doctor dashboard" clinicName={clinic?.name}>
      <div className="dashboard-bar">
        <div className="dashboard-bar__status">
          <ConnectionPill connection={connection} lastSyncAt={lastSyncAt} />
        </div>
        <div className="dashboard-bar__actions">
          <button className="button" type="button" onClick={() => void refresh()} disabled={refreshing}>
            <RefreshIcon /> {refreshing ? 'Refreshing…' : 'Refresh'}
          </button>
          <button className="button" type="button" aria-pressed={sound} onClick={() => void toggleSound()}>
            {sound ? <BellIcon /> : <BellOffIcon />} Sound
          </button>
          {systemNotificationsSupported() && (
            <button
              className="button"
              type="button"
              aria-pressed={desktopAlerts}
              onClick={() => void toggleDesktopAlerts()}
            >
              <ScreenIcon /> Background alerts
            </button>
          )}
        </div>
      </div>

      <ArrivalBanners
        banners={banners}
        onDismiss={(visitId) => dispatch({ type: 'dismiss', visitId })}
        onDismissAll={() => dispatch({ type: 'dismissAll' })}
      />

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
        <div className="dashboard-lists">
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
