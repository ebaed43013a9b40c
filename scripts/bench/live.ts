/**
 * Write → visible and write → notification, with N listening dashboards, and the raw emulator
 * floor with the same client count and query shape on an open collection.
 */
import { collection, doc, onSnapshot, serverTimestamp, setDoc, type Firestore, type Query } from 'firebase/firestore';
import { paths } from '@clinicflow/shared/paths';
import { queries } from '@clinicflow/shared/queries';
import { toQuery } from '@clinicflow/shared/firestore-query';
import { newVisitDoc } from '@clinicflow/shared/documents';
import { signInAs } from '../../tests/helpers/clients';
import { clearEmulators, seedDemo } from '../lib/seed';
import { openRawProject, rawClient, staffClients } from './clients';

const CLINIC = 'sunrise';
const WARM_UP = 3;

export interface LiveResult {
  n: number;
  visits: number;
  visibleMs: number[];
  notifyMs: number[];
  /** Document changes each dashboard's listeners received per new visit. */
  readsPerVisit: { list: number; notifications: number };
}

/** A listener that records when each id first shows up, keyed by `idOf`, and counts every change. */
class Watch {
  readonly seen = new Map<string, number>();
  changes = 0;
  private readonly ready: Promise<void>;
  readonly stop: () => void;

  constructor(q: Query, idOf: (id: string, data: Record<string, unknown>) => string) {
    let markReady = () => {};
    this.ready = new Promise((r) => (markReady = r));
    this.stop = onSnapshot(
      q,
      (snap) => {
        const now = performance.now();
        if (!snap.metadata.fromCache) markReady();
        for (const change of snap.docChanges()) {
          this.changes++;
          const key = idOf(change.doc.id, change.doc.data());
          if (!this.seen.has(key)) this.seen.set(key, now);
        }
      },
      (err) => {
        throw err;
      },
    );
  }

  whenReady(): Promise<void> {
    return this.ready;
  }
}

async function waitFor(what: string, done: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`benchmark timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

function visitData(createdBy: string): Record<string, unknown> {
  return {
    ...newVisitDoc(
      { id: 'demo-patient-1', fullName: 'Maria Garcia Lopez' },
      { reason: 'Benchmark visit', priority: 'normal' },
      createdBy,
      serverTimestamp(),
    ),
  };
}

/** Writes visits one at a time; each waits until every watcher has seen it. */
async function drive(
  db: Firestore,
  collectionPath: string,
  data: () => Record<string, unknown>,
  visits: number,
  watchers: { list: Watch[]; notifications: Watch[] },
): Promise<{ visibleMs: number[]; notifyMs: number[] }> {
  const visibleMs: number[] = [];
  const notifyMs: number[] = [];
  for (let i = 0; i < WARM_UP + visits; i++) {
    const ref = doc(collection(db, collectionPath));
    const start = performance.now();
    const write = setDoc(ref, data());
    await waitFor(`visit ${ref.id} on every dashboard`, () => watchers.list.every((w) => w.seen.has(ref.id)));
    await waitFor(`notification ${ref.id} on every dashboard`, () =>
      watchers.notifications.every((w) => w.seen.has(ref.id)),
    );
    await write;
    if (i < WARM_UP) continue;
    for (const w of watchers.list) visibleMs.push((w.seen.get(ref.id) ?? Number.NaN) - start);
    for (const w of watchers.notifications) notifyMs.push((w.seen.get(ref.id) ?? Number.NaN) - start);
  }
  return { visibleMs, notifyMs };
}

export async function rawBaseline(n: number, visits: number): Promise<LiveResult> {
  await openRawProject();
  const writer = rawClient();
  const readers = Array.from({ length: n }, () => rawClient());
  const q = (db: Firestore) => toQuery(db, { ...queries.openVisits(CLINIC), collection: 'raw-visits' });
  const list = readers.map((r) => new Watch(q(r.db), (id) => id));
  await Promise.all(list.map((w) => w.whenReady()));
  const result = await drive(writer.db, 'raw-visits', () => visitData('raw'), visits, {
    list,
    notifications: [],
  });
  list.forEach((w) => w.stop());
  await Promise.all([writer, ...readers].map((c) => c.close()));
  return { n, visits, ...result, readsPerVisit: { list: Number.NaN, notifications: Number.NaN } };
}

export async function appLatency(n: number, visits: number): Promise<LiveResult> {
  await clearEmulators();
  await seedDemo();
  const receptionist = await signInAs('reception@sunrise.demo');
  const doctors = await staffClients(CLINIC, 'checkerDoctor', n, `bench-dr-${n}`);
  const since = new Date();
  const list = doctors.map((d) => new Watch(toQuery(d.db, queries.openVisits(CLINIC)), (id) => id));
  const notifications = doctors.map(
    (d) => new Watch(toQuery(d.db, queries.notificationsSince(CLINIC, since)), (_id, data) => String(data.visitId)),
  );
  await Promise.all([...list, ...notifications].map((w) => w.whenReady()));

  const result = await drive(receptionist.db, paths.visits(CLINIC), () => visitData(receptionist.uid), visits, {
    list,
    notifications,
  });
  // Count changes over the measured visits only: let the last ticket writes arrive, then divide.
  await new Promise((r) => setTimeout(r, 1500));
  const perDashboard = (ws: Watch[]) => ws.reduce((t, w) => t + w.changes, 0) / ws.length / (WARM_UP + visits);
  const readsPerVisit = { list: perDashboard(list), notifications: perDashboard(notifications) };

  [...list, ...notifications].forEach((w) => w.stop());
  await Promise.all([receptionist, ...doctors].map((c) => c.close()));
  return { n, visits, ...result, readsPerVisit };
}
