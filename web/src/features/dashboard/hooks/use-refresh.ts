import { useState } from 'react';
import toast from 'react-hot-toast';
import { fetchOpenVisitsFromServer } from '@/features/visits/api/visits';
import { friendlyFirestoreError } from '@/lib/errors';
import { checkServerNow } from '@/lib/server-reach';

/** Worded by friendlyFirestoreError like the SDK's own "unavailable". */
class ServerSilent extends Error {
  readonly code = 'unavailable';
}

/**
 * Refresh: listen again (a new `attempt`) and read the open visits from the server itself, which
 * proves the connection or says it is down; it asks the probe first, so a silent server is
 * reported at once instead of after the read's deadline.
 */
export function useRefresh(clinicId: string) {
  const [attempt, setAttempt] = useState(0);
  const [refreshing, setRefreshing] = useState(false);

  async function refresh() {
    setRefreshing(true);
    setAttempt((a) => a + 1);
    try {
      if (!(await checkServerNow())) throw new ServerSilent('The server did not answer the probe.');
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

  return { attempt, refreshing, refresh };
}
