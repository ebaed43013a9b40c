/** The dashboard's connection pill, derived from the browser's online state and snapshot metadata. */
export type ConnectionTone = 'live' | 'connecting' | 'offline' | 'error';

export interface ConnectionInput {
  /** navigator.onLine, kept current by online/offline events. */
  online: boolean;
  /** The listeners' state: any error wins. */
  status: 'loading' | 'ready' | 'error';
  /** The latest snapshot came from the local cache, not the server. */
  fromCache: boolean;
}

export interface Connection {
  tone: ConnectionTone;
  label: string;
}

export function deriveConnection({ online, status, fromCache }: ConnectionInput): Connection {
  if (status === 'error') return { tone: 'error', label: 'Live updates stopped' };
  if (!online) return { tone: 'offline', label: 'Offline — showing saved data' };
  if (status === 'loading' || fromCache) return { tone: 'connecting', label: 'Connecting…' };
  return { tone: 'live', label: 'Live' };
}
