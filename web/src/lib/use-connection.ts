import { useState } from 'react';
import { useServerReach } from '@/lib/server-reach';
import { useOnline } from '@/lib/use-online';
import { deriveConnection, heardSinceReturn, lastSynced, serverActionBlock, type ConnectionInput } from './connection';

/**
 * The pill's state, "Last synced" and the reason server actions are blocked, for the listeners'
 * combined state. "Last synced" moves with each probe the server answers while the pill is
 * green, and with each snapshot from the server; never with the clock alone.
 */
export function useConnection(
  listeners: Pick<ConnectionInput, 'status' | 'fromCache'> & { serverSnapshotAt: number | null },
) {
  const online = useOnline();
  const { reachable, lastHeardAt, backAt } = useServerReach();
  const connection = deriveConnection({
    online,
    reachable,
    status: listeners.status,
    fromCache: listeners.fromCache || !heardSinceReturn(listeners.serverSnapshotAt, backAt),
  });
  const [heardWhileLiveAt, setHeardWhileLiveAt] = useState<number | null>(null);
  if (connection.tone === 'live' && lastHeardAt !== null && lastHeardAt !== heardWhileLiveAt) {
    setHeardWhileLiveAt(lastHeardAt);
  }
  return {
    connection,
    lastSyncAt: lastSynced(listeners.serverSnapshotAt, heardWhileLiveAt),
    blocked: serverActionBlock(connection),
  };
}
