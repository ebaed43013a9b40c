import { useEffect, useState } from 'react';
import { useConnection } from '@/lib/use-connection';
import { useBoard } from '../api/board';

/** After a listener stops (a refused or failed listen), how long before the screen listens again. */
export const RETRY_MS = 5_000;

/**
 * The board, live, and what the connection mark makes of it. Nobody stands at a wall screen to
 * press Refresh: a listener that stopped is started again after RETRY_MS, for as long as it takes.
 */
export function useDisplayFeed(clinicId: string) {
  const [attempt, setAttempt] = useState(0);
  const board = useBoard(clinicId, attempt, (error) => console.info('Board listener stopped:', error.code));
  const failed = board.status === 'error';

  useEffect(() => {
    if (!failed) return;
    const timer = setTimeout(() => setAttempt((n) => n + 1), RETRY_MS);
    return () => clearTimeout(timer);
  }, [failed, attempt]);

  const { connection } = useConnection({
    status: board.status === 'missing' ? 'ready' : board.status,
    fromCache: board.fromCache,
    serverSnapshotAt: board.lastServerSyncAt?.getTime() ?? null,
  });
  return { ...board, connection };
}
