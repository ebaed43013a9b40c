import { formatClock } from '@/lib/time';
import type { Connection } from '../connection';

/** Green when the list is live from the server, yellow while connecting or offline, red when stopped. */
export function ConnectionPill({ connection, lastSyncAt }: { connection: Connection; lastSyncAt: Date | null }) {
  return (
    <div className="connection" role="status" data-tone={connection.tone}>
      <span className={`pill pill--${connection.tone}`}>
        <span className="pill__dot" aria-hidden="true" />
        {connection.label}
      </span>
      <span className="connection__sync">
        {lastSyncAt ? `Last synced ${formatClock(lastSyncAt, true)}` : 'Not synced yet'}
      </span>
    </div>
  );
}
