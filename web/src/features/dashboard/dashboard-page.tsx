import { useState } from 'react';
import toast from 'react-hot-toast';
import type { VisitDoc } from '@clinicflow/shared/model';
import { AppShell } from '@/components/ui/app-shell';
import { Loading } from '@/components/ui/loading';
import { ticketLabel } from '@/config/labels';
import { useClinic, useClinicDayClock } from '@/features/clinic/api/clinic';
import { setOwnDuty, useDoctors, type OwnDuty } from '@/features/duty/api/duty';
import { friendlyFirestoreError } from '@/lib/errors';
import { useI18n } from '@/lib/i18n';
import type { Live } from '@/lib/live-query';
import { useStaffSession } from '@/lib/session';
import { useClinicDay } from '@/lib/use-clinic-day';
import { useNow } from '@/lib/use-now';
import { ArrivalBanners } from './components/arrival-banners';
import { DashboardBar } from './components/dashboard-bar';
import { ListStopped, ServerActionsBlocked } from './components/dashboard-notices';
import { DUTY_NEEDED_ID, DutyPanel, onDutyColleagues } from './components/duty-panel';
import { QueueSummary } from './components/queue-summary';
import { TransferDialog } from './components/transfer-dialog';
import { VisitLists } from './components/visit-lists';
import { useAlertSwitches } from './hooks/use-alert-switches';
import { useDashboardFeed } from './hooks/use-dashboard-feed';
import { useHandoverAlerts } from './hooks/use-handover-alerts';
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
  const { duty, names } = useDoctors(clinicId, (err) =>
    toast.error(t('duty.stopped', { reason: t(friendlyFirestoreError(err)) }), { id: 'duty-error' }),
  );
  const own = duty.docs.find((d) => d.id === uid) ?? null;
  const colleagues = duty.docs.filter((d) => d.id !== uid);
  const room = own?.state === 'on_duty' ? own.room : null;
  const actions = useVisitActions({ clinicId, uid, room, blocked });
  const clinicDay = useClinicDay(useClinicDayClock(clinicId, clinic), now);
  const groups = groupOpenVisits(visits.docs, uid, clinicDay?.startMs ?? null);
  const claimed = [...groups.mine, ...groups.others];
  useHandoverAlerts(groups.mine, visits.status === 'ready', uid, names, switches);
  const [transferring, setTransferring] = useState<Live<VisitDoc> | null>(null);
  const [savingDuty, setSavingDuty] = useState(false);
  const onRefresh = () => void refresh();

  function onDuty(next: OwnDuty) {
    setSavingDuty(true);
    setOwnDuty(clinicId, uid, next)
      .catch((err: unknown) => toast.error(t('duty.failed', { reason: t(friendlyFirestoreError(err)) })))
      .finally(() => setSavingDuty(false));
  }

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
      {/* The shift and the rooms are facts from the server: none is claimed before they are here. */}
      {duty.status === 'loading' || !clinic ? (
        <Loading label={t('duty.loading')} compact />
      ) : (
        <DutyPanel
          own={own}
          rooms={clinic.rooms ?? []}
          colleagues={colleagues}
          saving={savingDuty}
          onDuty={onDuty}
          onCallNext={groups.waiting.length > 0 ? () => actions.next(groups.waiting) : null}
          callingNext={actions.busyId === 'call-next'}
          serverBlockedBy={blocked ? BLOCKED_NOTICE_ID : null}
        />
      )}
      <ArrivalBanners banners={arrivals.banners} onDismiss={arrivals.dismiss} onDismissAll={arrivals.dismissAll} />
      {connection.tone === 'error' && <ListStopped error={visits.error} onRefresh={onRefresh} />}
      {visits.status !== 'loading' && (
        <QueueSummary
          waiting={groups.waiting.length}
          called={claimed.filter((v) => v.status === 'called').length}
          inReview={claimed.filter((v) => v.status === 'in_review').length}
          longestWaitMs={groups.longest && now - groups.longest.createdAt.toMillis()}
        />
      )}
      {visits.status === 'loading' ? (
        <Loading label={t('dashboard.loading')} compact />
      ) : (
        <VisitLists
          fromCache={visits.fromCache}
          groups={groups}
          uid={uid}
          now={now}
          names={names}
          newIds={new Set(arrivals.banners.map((b) => b.visitId))}
          busyId={actions.busyId}
          claimBlockedBy={blocked ? BLOCKED_NOTICE_ID : null}
          callBlockedBy={room ? null : DUTY_NEEDED_ID}
          onAction={(visit, action) => (action === 'transfer' ? setTransferring(visit) : actions.run(visit, action))}
        />
      )}
      {transferring && (
        <TransferDialog
          ticket={ticketLabel(transferring.ticket)}
          colleagues={onDutyColleagues(colleagues)}
          onClose={() => setTransferring(null)}
          onTransfer={(colleague) => {
            actions.transfer(transferring, colleague);
            setTransferring(null);
          }}
        />
      )}
    </AppShell>
  );
}
