/**
 * A live screen's connection state (the dashboard's pill, the waiting-room display's mark), from
 * the browser's online state, whether the Firestore server
 * answers its probe (lib/server-reach), and the listeners' snapshot metadata. Green means all
 * three say the list is the server's, now.
 */
import type { MessageKey } from '@/lib/i18n';

export type ConnectionTone = 'live' | 'connecting' | 'offline' | 'unreachable' | 'error';

export interface ConnectionInput {
  /** navigator.onLine, kept current by online/offline events. */
  online: boolean;
  /** The Firestore server answered its last probe; null before the first. */
  reachable: boolean | null;
  /** The listeners' state: any error wins. */
  status: 'loading' | 'ready' | 'error';
  /** The latest snapshot came from the local cache, not the server. */
  fromCache: boolean;
}

export interface Connection {
  tone: ConnectionTone;
  label: MessageKey;
}

export function deriveConnection({ online, reachable, status, fromCache }: ConnectionInput): Connection {
  if (status === 'error') return { tone: 'error', label: 'connection.error' };
  if (!online) return { tone: 'offline', label: 'connection.offline' };
  // The SDK can believe a silent connection is fine for minutes: the probe overrules it.
  if (reachable === false) return { tone: 'unreachable', label: 'connection.unreachable' };
  if (status === 'loading' || fromCache) return { tone: 'connecting', label: 'connection.connecting' };
  return { tone: 'live', label: 'connection.live' };
}

/** Why an action that needs the server's answer cannot be taken now, or null when it can. */
export function serverActionBlock({ tone }: Connection): MessageKey | null {
  if (tone === 'offline') return 'blocked.offline';
  if (tone === 'unreachable') return 'blocked.unreachable';
  return null;
}

/**
 * "Last synced": the latest moment the list is known to have matched the server — a snapshot
 * from the server, or the server answering a probe while the listeners were live. Never the
 * clock: a list that stopped hearing from the server keeps the time it last did.
 */
export function lastSynced(serverSnapshotAt: number | null, heardWhileLiveAt: number | null): Date | null {
  const latest = Math.max(serverSnapshotAt ?? -Infinity, heardWhileLiveAt ?? -Infinity);
  return Number.isFinite(latest) ? new Date(latest) : null;
}

/**
 * The list is not the server's yet when the server has just come back: its streams restarted
 * then, and only a snapshot from after that moment shows they work again.
 */
export function heardSinceReturn(serverSnapshotAt: number | null, serverBackAt: number | null): boolean {
  return serverBackAt === null || (serverSnapshotAt !== null && serverSnapshotAt >= serverBackAt);
}
