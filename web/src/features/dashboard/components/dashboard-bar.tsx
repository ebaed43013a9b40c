import { RefreshIcon } from '@/components/ui/icons';
import { useI18n } from '@/lib/i18n';
import type { Connection } from '@/lib/connection';
import type { useAlertSwitches } from '../hooks/use-alert-switches';
import { AlertSwitches } from './alert-switches';
import { ConnectionPill } from './connection-pill';

export interface DashboardBarProps {
  connection: Connection;
  lastSyncAt: Date | null;
  unsynced: number;
  refreshing: boolean;
  onRefresh: () => void;
  switches: ReturnType<typeof useAlertSwitches>;
}

/** The connection pill on one side; Refresh and the alert switches on the other. */
export function DashboardBar({ connection, lastSyncAt, unsynced, refreshing, onRefresh, switches }: DashboardBarProps) {
  const { t } = useI18n();
  return (
    <div className="dashboard-bar">
      <div className="dashboard-bar__status">
        <ConnectionPill connection={connection} lastSyncAt={lastSyncAt} unsynced={unsynced} />
      </div>
      <div className="dashboard-bar__actions">
        <button className="button" type="button" onClick={onRefresh} disabled={refreshing}>
          <RefreshIcon /> {refreshing ? t('dashboard.refreshing') : t('dashboard.refresh')}
        </button>
        <AlertSwitches switches={switches} />
      </div>
    </div>
  );
}
