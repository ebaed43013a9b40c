/**
 * Cutting the Firestore server off from a page that stays online, both ways a clinic loses it:
 *
 * - refused: a TCP proxy of ours sits between the page and the emulator (the page's requests
 *   to the emulator are routed to it) and stops listening, resetting every open connection;
 * - silent: the emulator's own java process is frozen with SIGSTOP, every connection left open
 *   and unanswered, as packets lost on a dead uplink are. SIGCONT brings it back.
 *
 * A frozen emulator would hang every later test: resume() runs in the test's finally, and a
 * process exit resumes it too.
 */
import type { BrowserContext } from '@playwright/test';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { createServer, type Server, type Socket, connect } from 'node:net';
import { EMULATORS, origin } from '../../scripts/lib/addresses';

const FIRESTORE = EMULATORS.firestore;
export const FIRESTORE_ORIGIN = origin(FIRESTORE);

/** The pid listening on `port` on this machine, from /proc (no lsof or ss needed). */
export function pidListeningOn(port: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is HEX_IP:HEX_PORT; st 0A is LISTEN; the inode is column 10.
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A' && cols[9]) inodes.add(cols[9]);
    }
  }
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match?.[1] && inodes.has(match[1])) return Number(pid);
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  throw new Error(`No process is listening on port ${port}: are the emulators running?`);
}

/** Freezes the Firestore emulator; the returned resume() (safe to call twice) thaws it. */
export function freezeFirestore(): () => void {
  const pid = pidListeningOn(FIRESTORE.port);
  const resume = () => {
    process.off('exit', resume);
    try {
      process.kill(pid, 'SIGCONT');
    } catch {
      // Already gone.
    }
  };
  process.on('exit', resume);
  process.kill(pid, 'SIGSTOP');
  return resume;
}

export interface FirestoreProxy {
  port: number;
  /** Stops listening and resets every connection: the server refuses, as a stopped one does. */
  refuse(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** A TCP proxy to the Firestore emulator, on a free port. */
export async function startFirestoreProxy(): Promise<FirestoreProxy> {
  const sockets = new Set<Socket>();
  let server: Server;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = createServer((client) => {
        const upstream = connect(FIRESTORE.port, FIRESTORE.host);
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      server.once('error', reject);
      server.listen(port, FIRESTORE.host, () => {
        const address = server.address();
        if (address && typeof address === 'object') port = address.port;
        resolve();
      });
    });
  const refuse = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.resetAndDestroy();
    });
  await listen();
  return { port, refuse, restore: listen, close: refuse };
}

/** Sends the context's requests for the Firestore emulator through `proxy` instead. */
export async function routeFirestoreThrough(context: BrowserContext, proxy: FirestoreProxy): Promise<void> {
  await context.route(`${FIRESTORE_ORIGIN}/**`, (route) =>
    route.continue({
      url: route
        .request()
        .url()
        .replace(FIRESTORE_ORIGIN, origin({ host: FIRESTORE.host, port: proxy.port })),
    }),
  );
}
