import { AppShell } from '@/components/ui/app-shell';
import { Loading } from '@/components/ui/loading';
import { useClinic, useClinicDayClock } from '@/features/clinic/api/clinic';
import { useI18n } from '@/lib/i18n';
import { useStaffSession } from '@/lib/session';
import { useClinicDay } from '@/lib/use-clinic-day';
import { useNow } from '@/lib/use-now';
import { ArrivalBanners } from './components/arrival-banners';
import { DashboardBar } from './components/dashboard-bar';
import { ListStopped, ServerActionsBlocked } from './components/dashboard-notices';
import { QueueSummary } from './components/queue-summary';
import { VisitLists } from './components/visit-lists';
import { useAlertSwitches } from './hooks/use-alert-switches';
import { useDashboardFeed } from './hooks/use-dashboard-feed';
import { useRefresh } from './hooks/use-refresh';
import { useVisitActions } from './hooks/use-visit-actions';
import { groupOpenVisits } from './open-visits';
import './dashboard.css';

const TICK_MS = 5_000;
const BLOCKED_NOTICE_ID = 'server-actions-blocked';

export default function DashboardPage() {
  const { uid, claims } = useStaffSession();
  const { clinicId } = claims;
  const clinic = useClinic(clinicId);
  const { t } = useI18n();
  const now = useNow(TICK_MS);
  const { attempt, refreshing, refresh } = useRefresh(clinicId);
  const switches = useAlertSwitches();
  const { visits, arrivals, connection, lastSyncAt, blocked } = useDashboardFeed(clinicId, attempt, switches);
  const actions = useVisitActions(clinicId, uid, blocked);
  const clinicDay = useClinicDay(useClinicDayClock(clinicId, clinic), now);
  const groups = groupOpenVisits(visits.docs, uid, clinicDay?.startMs ?? null);
  const onRefresh = () => void refresh();

  return (
    <AppShell title={t('dashboard.title')} clinicName={clinic?.name}>
      <DashboardBar
        connection={connection}
        lastSyncAt={lastSyncAt}
        unsynced={actions.unsynced}
        refreshing={refreshing}
        onRefresh={onRefresh}
        switches={switches}
      />
      {blocked && <ServerActionsBlocked id={BLOCKED_NOTICE_ID} reason={blocked} />}
      <ArrivalBanners banners={arrivals.banners} onDismiss={arrivals.dismiss} onDismissAll={arrivals.dismissAll} />
      {connection.tone === 'error' && <ListStopped error={visits.error} onRefresh={onRefresh} />}
      <QueueSummary
        waiting={groups.waiting.length}
        inReview={groups.mine.length + groups.others.length}
        longestWaitMs={groups.longest && now - groups.longest.createdAt.toMillis()}
      />
      {visits.status === 'loading' ? (
        <Loading label={t('dashboard.loading')} compact />
      ) : (
        <VisitLists
          fromCache={visits.fromCache}
          groups={groups}
          uid={uid}
          now={now}
          newIds={new Set(arrivals.banners.map((b) => b.visitId))}
          busyId={actions.busyId}
          claimBlockedBy={blocked ? BLOCKED_NOTICE_ID : null}
          onAction={actions.run}
        />
      )}
    </AppShell>
  );
}
