import { formatClock } from '@/lib/time';
import type { Connection } from '../connection';

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
  return (
    <div className="connection" role="status" data-tone={connection.tone}>
      <span className={`pill pill--${connection.tone}`}>
        <span className="pill__dot" aria-hidden="true" />
        {connection.label}
      </span>
      <span className="connection__sync" data-testid="last-synced">
        {lastSyncAt ? `Last synced ${formatClock(lastSyncAt, true)}` : 'Not synced yet'}
      </span>
      {unsynced > 0 && connection.tone !== 'live' && (
        <span className="sync sync--pending">
          {unsynced === 1 ? '1 change' : `${unsynced} changes`} waiting to sync
        </span>
      )}
    </div>
  );
}
