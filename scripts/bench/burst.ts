/**
 * Burst: 10 receptionists create 300 visits as fast as they can while dashboards listen. Proves
 * every dashboard saw every visit, tickets are unique and gap-free, no notification is lost or
 * doubled; and counts a dashboard's first-load reads with 100 visits in the day.
 */
import { collection, doc, getDocsFromServer, onSnapshot, serverTimestamp, setDoc } from 'firebase/firestore';
import { getFirestore } from 'firebase-admin/firestore';
import { newVisitDoc } from '@clinicflow/shared/documents';
import { paths } from '@clinicflow/shared/paths';
import { queries } from '@clinicflow/shared/queries';
import { toQuery } from '@clinicflow/shared/firestore-query';
import { signInAs, eventually, type Client } from '../../tests/helpers/clients';
import { adminApp, clearEmulators, seedDemo } from '../lib/seed';
import { openRawProject, rawClient, staffClients } from './clients';

const CLINIC = 'sunrise';

export interface BurstResult {
  receptionists: number;
  dashboards: number;
  visits: number;
  writesAckedMs: number;
  allTicketedMs: number;
  /** Until every dashboard had every visit and every notification. */
  allSeenMs: number;
  writesPerSecond: number;
  ticketsPerSecond: number;
  dashboardsThatSawAll: number;
  notificationsPerDashboard: { min: number; max: number };
  ticketsUnique: boolean;
  ticketsGapFree: boolean;
  notificationDocs: number;
  notificationsDuplicated: number;
  lost: number;
  listenerErrors: string[];
}

function newVisit(client: Client, i: number) {
  return newVisitDoc(
    { id: 'demo-patient-1', fullName: 'Maria Garcia Lopez' },
    { reason: `Burst visit ${i}`, priority: (['emergency', 'urgent', 'normal'] as const)[i % 3] ?? 'normal' },
    client.uid,
    serverTimestamp(),
  );
}

export async function burst(receptionistCount = 10, dashboardCount = 10, visits = 300): Promise<BurstResult> {
  await clearEmulators();
  await seedDemo();
  const receptionists = await staffClients(CLINIC, 'receptionist', receptionistCount, 'bench-rx');
  const doctors = await staffClients(CLINIC, 'checkerDoctor', dashboardCount, 'bench-burst-dr');
  const since = new Date();
  const seenVisits = doctors.map(() => new Set<string>());
  const seenNotifications = doctors.map(() => new Map<string, number>());
  const listenerErrors: string[] = [];
  const onError = (err: Error) => listenerErrors.push(err.message);
  const stops = doctors.flatMap((d, i) => [
    onSnapshot(
      toQuery(d.db, queries.openVisits(CLINIC)),
      (s) => s.docs.forEach((v) => seenVisits[i]?.add(v.id)),
      onError,
    ),
    onSnapshot(
      toQuery(d.db, queries.notificationsSince(CLINIC, since)),
      (s) =>
        s.docChanges().forEach((c) => {
          if (c.type !== 'added') return;
          const id = String(c.doc.get('visitId'));
          const seen = seenNotifications[i];
          seen?.set(id, (seen.get(id) ?? 0) + 1);
        }),
      onError,
    ),
  ]);

  const ids: string[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: visits }, (_, i) => {
      const client = receptionists[i % receptionistCount];
      if (!client) throw new Error('no receptionist');
      const ref = doc(collection(client.db, paths.visits(CLINIC)));
      ids.push(ref.id);
      return setDoc(ref, newVisit(client, i));
    }),
  );
  const writesAckedMs = performance.now() - start;

  const db = getFirestore(adminApp());
  const ticketed = await eventually(
    'every burst visit to have its ticket',
    async () => {
      const snap = await db.collection(paths.visits(CLINIC)).where('ticketNumber', '>', 0).get();
      return snap.size >= visits ? snap : undefined;
    },
    120_000,
  );
  const allTicketedMs = performance.now() - start;
  await eventually(
    'every dashboard to see every visit and notification',
    () =>
      Promise.resolve(
        seenNotifications.every((m) => m.size >= visits) && seenVisits.every((v) => v.size >= visits)
          ? true
          : undefined,
      ),
    600_000,
  ).catch(() => undefined);
  const allSeenMs = performance.now() - start;

  const numbers = ticketed.docs.map((d) => Number(d.get('ticketNumber'))).sort((a, b) => a - b);
  const notificationDocs = (await db.collection(paths.notifications(CLINIC)).get()).docs;
  const notifiedVisitIds = new Set(notificationDocs.map((d) => String(d.get('visitId'))));
  stops.forEach((stop) => stop());
  // A fresh server read as the last word on what the listeners might have missed.
  const [firstDoctor] = doctors;
  if (!firstDoctor) throw new Error('burst needs at least one dashboard');
  const serverCount = (await getDocsFromServer(toQuery(firstDoctor.db, queries.openVisits(CLINIC)))).size;
  await Promise.all([...receptionists, ...doctors].map((c) => c.close()));

  const perDashboard = seenNotifications.map((m) => [...m.values()].reduce((t, c) => t + c, 0));
  return {
    receptionists: receptionistCount,
    dashboards: dashboardCount,
    visits,
    writesAckedMs: Math.round(writesAckedMs),
    allTicketedMs: Math.round(allTicketedMs),
    allSeenMs: Math.round(allSeenMs),
    writesPerSecond: Math.round((visits / writesAckedMs) * 1000),
    ticketsPerSecond: Math.round((visits / allTicketedMs) * 1000),
    dashboardsThatSawAll: seenVisits.filter(
      (s, i) => ids.every((id) => s.has(id)) && seenNotifications[i]?.size === visits,
    ).length,
    notificationsPerDashboard: { min: Math.min(...perDashboard), max: Math.max(...perDashboard) },
    ticketsUnique: new Set(numbers).size === numbers.length,
    ticketsGapFree: numbers.length === visits && numbers.every((n, i) => n === i + 1),
    notificationDocs: notificationDocs.length,
    notificationsDuplicated: notificationDocs.length - notifiedVisitIds.size,
    listenerErrors,
    lost: visits - Math.min(serverCount, ids.filter((id) => notifiedVisitIds.has(id)).length),
  };
}

/** Reads a fresh dashboard's first load costs: the documents its two listeners receive. */
export async function firstLoadReads(
  visitsInDay = 100,
): Promise<{ visits: number; list: number; notifications: number }> {
  await clearEmulators();
  await seedDemo();
  const receptionist = await signInAs('reception@sunrise.demo');
  await Promise.all(
    Array.from({ length: visitsInDay }, (_, i) =>
      setDoc(doc(collection(receptionist.db, paths.visits(CLINIC))), newVisit(receptionist, i)),
    ),
  );
  const doctor = await signInAs('dr.lee@sunrise.demo');
  const firstServerSnapshot = (q: ReturnType<typeof toQuery>) =>
    new Promise<number>((resolve, reject) => {
      const stop = onSnapshot(
        q,
        { includeMetadataChanges: true },
        (s) => {
          if (s.metadata.fromCache) return;
          stop();
          resolve(s.docChanges().length);
        },
        reject,
      );
    });
  const [list, notifications] = await Promise.all([
    firstServerSnapshot(toQuery(doctor.db, queries.openVisits(CLINIC))),
    firstServerSnapshot(toQuery(doctor.db, queries.notificationsSince(CLINIC, new Date()))),
  ]);
  await Promise.all([receptionist.close(), doctor.close()]);
  return { visits: visitsInDay, list, notifications };
}

/**
 * The floor for the burst: the same writers and listeners on an open collection, no rules, no
 * function; each visit's "notification" is written by the writer itself right after the visit.
 */
export async function rawBurst(
  writerCount = 10,
  dashboardCount = 10,
  visits = 300,
): Promise<{ writesAckedMs: number; allSeenMs: number }> {
  await openRawProject();
  const writers = Array.from({ length: writerCount }, () => rawClient());
  const readers = Array.from({ length: dashboardCount }, () => rawClient());
  const since = new Date();
  const seen = readers.map(() => ({ visits: new Set<string>(), notes: new Set<string>() }));
  const stops = readers.flatMap((r, i) => [
    onSnapshot(toQuery(r.db, { ...queries.openVisits(CLINIC), collection: 'raw-visits' }), (s) =>
      s.docs.forEach((d) => seen[i]?.visits.add(d.id)),
    ),
    onSnapshot(toQuery(r.db, { ...queries.notificationsSince(CLINIC, since), collection: 'raw-notes' }), (s) =>
      s.docs.forEach((d) => seen[i]?.notes.add(d.id)),
    ),
  ]);
  const start = performance.now();
  await Promise.all(
    Array.from({ length: visits }, async (_, i) => {
      const writer = writers[i % writerCount];
      if (!writer) throw new Error('no writer');
      const ref = doc(collection(writer.db, 'raw-visits'));
      await setDoc(ref, { status: 'waiting', createdAt: serverTimestamp(), reason: `Burst visit ${i}` });
      await setDoc(doc(writer.db, `raw-notes/${ref.id}`), { visitId: ref.id, createdAt: serverTimestamp() });
    }),
  );
  const writesAckedMs = performance.now() - start;
  await eventually(
    'every raw reader to see every doc',
    () => Promise.resolve(seen.every((s) => s.visits.size >= visits && s.notes.size >= visits) ? true : undefined),
    600_000,
  );
  const allSeenMs = performance.now() - start;
  stops.forEach((stop) => stop());
  await Promise.all([...writers, ...readers].map((c) => c.close()));
  return { writesAckedMs: Math.round(writesAckedMs), allSeenMs: Math.round(allSeenMs) };
}
