/**
 * Is the Firestore server answering? navigator.onLine only knows the local network, and the SDK
 * takes 20–40 s to admit that a refused server is gone and far longer for a silent one (a dead
 * uplink loses packets without a word). A probe knows within seconds: an HTTP HEAD to the
 * Firestore host (no-cors: only whether an answer came, never what it says), every UP_EVERY_MS
 * while it answers and every DOWN_EVERY_MS while it does not, each given up after
 * PROBE_TIMEOUT_MS. It reads no document, so Firestore bills nothing for it.
 *
 * When the server answers again after a silence, the `onServerBack` handlers run before it is
 * reported reachable: Firestore reconnects at once instead of waiting out its retry backoff
 * (which grows to a minute).
 */
import { useSyncExternalStore } from 'react';
import { FIRESTORE_PROBE_URL } from './firebase';

export const UP_EVERY_MS = 5_000;
export const DOWN_EVERY_MS = 1_000;
export const PROBE_TIMEOUT_MS = 3_000;

export interface ServerReach {
  /** null until the first probe has answered or given up. */
  reachable: boolean | null;
  /** When the server last answered (epoch ms). */
  lastHeardAt: number | null;
  /**
   * When it last answered after a silence (epoch ms): data a listener got before then is not
   * proof of a live stream, since the streams are restarted at that moment.
   */
  backAt: number | null;
}

export interface ReachMonitor {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => ServerReach;
  /** Probes now (or joins the probe in flight); resolves with whether the server answered. */
  check: () => Promise<boolean>;
  onServerBack: (handler: () => Promise<void>) => void;
}

export function createReachMonitor(deps: { probe: () => Promise<boolean>; isOnline: () => boolean }): ReachMonitor {
  let state: ServerReach = { reachable: null, lastHeardAt: null, backAt: null };
  const listeners = new Set<() => void>();
  const backHandlers = new Set<() => Promise<void>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<boolean> | null = null;

  const publish = (next: ServerReach) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const schedule = () => {
    clearTimeout(timer);
    if (listeners.size > 0) timer = setTimeout(() => void check(), state.reachable ? UP_EVERY_MS : DOWN_EVERY_MS);
  };

  async function probeOnce(): Promise<boolean> {
    // Offline the answer is known without asking, and asking would only fail.
    const answered = deps.isOnline() && (await deps.probe());
    const now = Date.now();
    const back = answered && state.reachable === false;
    if (back) {
      for (const handler of backHandlers) await handler().catch(() => undefined);
    }
    const next: ServerReach = {
      reachable: answered,
      lastHeardAt: answered ? now : state.lastHeardAt,
      backAt: back ? now : state.backAt,
    };
    if (next.reachable !== state.reachable || next.lastHeardAt !== state.lastHeardAt) publish(next);
    return answered;
  }

  function check(): Promise<boolean> {
    clearTimeout(timer);
    inFlight ??= probeOnce().finally(() => {
      inFlight = null;
      schedule();
    });
    return inFlight;
  }

  const checkSoon = () => void check();
  const checkWhenShown = () => {
    if (document.visibilityState === 'visible') void check();
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      if (listeners.size === 1) {
        window.addEventListener('online', checkSoon);
        window.addEventListener('offline', checkSoon);
        document.addEventListener('visibilitychange', checkWhenShown);
        void check();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        clearTimeout(timer);
        window.removeEventListener('online', checkSoon);
        window.removeEventListener('offline', checkSoon);
        document.removeEventListener('visibilitychange', checkWhenShown);
      };
    },
    getSnapshot: () => state,
    check,
    onServerBack: (handler) => {
      backHandlers.add(handler);
    },
  };
}

/** One HEAD to the Firestore host: any answer at all (even a 404) means the server is there. */
export async function probeServer(url: string, timeoutMs: number): Promise<boolean> {
  try {
    await fetch(url, {
      method: 'HEAD',
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}

const monitor = createReachMonitor({
  probe: () => probeServer(FIRESTORE_PROBE_URL, PROBE_TIMEOUT_MS),
  isOnline: () => navigator.onLine,
});

/** Whether the Firestore server answers, kept current while any screen watches it. */
export function useServerReach(): ServerReach {
  return useSyncExternalStore(monitor.subscribe, monitor.getSnapshot, monitor.getSnapshot);
}

export const checkServerNow = () => monitor.check();
export const onServerBack = (handler: () => Promise<void>) => monitor.onServerBack(handler);
