import { useCallback, useState } from 'react';
import { openVisit, type OpenVisitRequest } from '@/features/visits/api/visits';
import { friendlyFirestoreError } from '@/lib/errors';
import type { OutboxEntry } from '../queue-rows';

/**
 * Saves visits without waiting for the server: offline the batch's promise only settles on
 * reconnect, and the desk must go on to the next patient. Each entry remembers what was sent
 * so a refused write can go back into the form instead of being lost.
 */
export function useOutbox(clinicId: string, uid: string) {
  const [entries, setEntries] = useState<OutboxEntry[]>([]);

  const save = useCallback(
    (request: OpenVisitRequest, onSent?: () => void) => {
      const { visitId, committed } = openVisit(clinicId, uid, request);
      const update = (change: Partial<OutboxEntry>) =>
        setEntries((list) => list.map((e) => (e.visitId === visitId ? { ...e, ...change } : e)));
      setEntries((list) => [...list, { visitId, request, savedAtMs: Date.now(), state: 'sending' }]);
      committed.then(
        () => {
          update({ state: 'sent' });
          onSent?.();
        },
        (err: unknown) => update({ state: 'failed', error: friendlyFirestoreError(err) }),
      );
      return visitId;
    },
    [clinicId, uid],
  );

  const discard = useCallback((visitId: string) => setEntries((list) => list.filter((e) => e.visitId !== visitId)), []);

  return { entries, save, discard };
}
