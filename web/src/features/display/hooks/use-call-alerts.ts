import { useEffect, useRef, useState } from 'react';
import type { BoardCall } from '@clinicflow/shared/board';
import { chime } from '@/lib/beep';
import { callKey, newCalls } from '../new-calls';

/** How long a new call stays highlighted. */
export const HIGHLIGHT_MS = 12_000;

/**
 * Chimes once for each board that brings new calls and highlights them for HIGHLIGHT_MS.
 * `calls` is every call the board shows (called and recent); null until the board is in.
 */
export function useCallAlerts(calls: readonly BoardCall[] | null): ReadonlySet<string> {
  const seen = useRef<Set<string> | null>(null);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(new Set());
  const key = calls?.map(callKey).join(',') ?? null;

  useEffect(() => {
    if (calls === null) return;
    const fresh = newCalls(seen.current, calls);
    seen.current = new Set([...(seen.current ?? []), ...calls.map(callKey)]);
    if (fresh.length === 0) return;
    chime();
    const keys = fresh.map(callKey);
    setHighlighted((prev) => new Set([...prev, ...keys]));
    const timer = setTimeout(() => {
      setHighlighted((prev) => new Set([...prev].filter((k) => !keys.includes(k))));
    }, HIGHLIGHT_MS);
    return () => clearTimeout(timer);
    // The calls are compared by their keys: a board with the same calls is no new call.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return highlighted;
}
