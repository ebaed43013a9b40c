import { useI18n } from '@/lib/i18n';
import type { Connection } from '@/lib/connection';

/**
 * Green only when the list is the server's, now; yellow while connecting, offline or while the
 * server does not answer; red when a listener stopped. "Last synced" is when the server was
 * last heard, and changes queued on this device are counted until it has them.
 */
export function ConnectionPill({
  connection,
  lastSyncAt,
  unsynced = 0,
}: {
  connection: Connection;
  lastSyncAt: Date | null;
  unsynced?: number;
}) {
  const { t, clock } = useI18n();
  return (
    <div className="connection" role="status" data-tone={connection.tone}>
      <span className={`pill pill--${connection.tone}`}>
        <span className="pill__dot" aria-hidden="true" />
        {t(connection.label)}
      </span>
      <span className="connection__sync" data-testid="last-synced">
        {lastSyncAt ? t('connection.lastSynced', { time: clock(lastSyncAt, true) }) : t('connection.notSynced')}
      </span>
      {unsynced > 0 && connection.tone !== 'live' && (
        <span className="sync sync--pending">{t('connection.unsynced', { count: unsynced })}</span>
      )}
    </div>
  );
}
