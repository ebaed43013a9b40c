/**
 * Runs inside `firebase emulators:exec` (see scripts/bench-notify-latency.ts): a receptionist
 * registers visits one after another while a checker doctor listens to the clinic's new-visit
 * notifications with the dashboard's query. Latency is from the visit write call to the
 * notification reaching the doctor's onSnapshot listener: the client write, the rules, the
 * trigger's transaction and the listener's delivery, end to end.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  Timestamp,
  collection,
  doc,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  where,
} from 'firebase/firestore';
import { paths } from '@clinicflow/shared/paths';
import { signInAs } from '../../tests/helpers/clients';
import { summarize } from '../lib/latency-stats';
import { ROOT } from '../lib/root';
import { clearEmulators, seedDemo } from '../lib/seed';

// Checked by scripts/bench-notify-latency.ts, which passes both.
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { visits: { type: 'string', default: '200' }, warmup: { type: 'string', default: '5' } },
});
const VISITS = Number(values.visits);
const WARMUP = Number(values.warmup);
const TIMEOUT_MS = 15_000;
const CLINIC = 'sunrise';
const OUT = join(ROOT, 'bench', 'results', 'notify-latency.json');

await clearEmulators();
await seedDemo();
const reception = await signInAs('reception@sunrise.demo');
const doctor = await signInAs('dr.lee@sunrise.demo');

/** visit id → resolves with the time its notification reached the doctor. */
const waiting = new Map<string, (at: number) => void>();
const since = Timestamp.now();
const unsubscribe = onSnapshot(
  query(collection(doctor.db, paths.notifications(CLINIC)), where('createdAt', '>', since), orderBy('createdAt')),
  (snap) => {
    const at = performance.now();
    for (const change of snap.docChanges()) {
      if (change.type === 'added') waiting.get(change.doc.id)?.(at);
    }
  },
  (err) => {
    console.error(`✖ The doctor's listener failed: ${err.message}`);
    process.exit(1);
  },
);

/** One visit, written and awaited to its notification: [write acknowledged, notification seen] in ms. */
async function oneVisit(): Promise<[number, number]> {
  const ref = doc(collection(reception.db, paths.visits(CLINIC)));
  const seen = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no notification for a visit within ${TIMEOUT_MS} ms`)),
      TIMEOUT_MS,
    );
    waiting.set(ref.id, (at) => {
      clearTimeout(timer);
      resolve(at);
    });
  });
  const start = performance.now();
  await setDoc(ref, {
    patientId: 'demo-patient-2',
    patientName: 'John Smith',
    reason: 'Benchmark visit',
    priority: 'normal',
    status: 'waiting',
    createdAt: serverTimestamp(),
    createdBy: reception.uid,
  });
  const acked = performance.now();
  const notified = await seen;
  waiting.delete(ref.id);
  return [acked - start, notified - start];
}

console.log(`Warming up with ${WARMUP} visits (the first trigger run loads the functions)…`);
for (let i = 0; i < WARMUP; i++) await oneVisit();

console.log(`Measuring ${VISITS} visits, one after another…`);
const acks: number[] = [];
const latencies: number[] = [];
for (let i = 0; i < VISITS; i++) {
  const [ack, latency] = await oneVisit();
  acks.push(ack);
  latencies.push(latency);
  if ((i + 1) % 50 === 0) console.log(`  ${i + 1}/${VISITS}`);
}
unsubscribe();
await Promise.all([reception.close(), doctor.close()]);

const result = {
  benchmark: 'write → notification latency (emulators)',
  measuredAt: new Date().toISOString(),
  visits: VISITS,
  warmupVisits: WARMUP,
  machine: { node: process.version, cpus: availableParallelism(), cpuModel: cpus()[0]?.model ?? 'unknown' },
  notificationLatencyMs: summarize(latencies),
  writeAckMs: summarize(acks),
  samplesMs: latencies.map((ms) => Math.round(ms * 10) / 10),
};
mkdirSync(join(OUT, '..'), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);

const row = (name: string, s: ReturnType<typeof summarize>) =>
  `${name.padEnd(24)} ${[s.p50, s.p95, s.p99, s.max].map((ms) => ms.toFixed(1).padStart(8)).join('')}`;
console.log(`\n${''.padEnd(24)}${['p50', 'p95', 'p99', 'max'].map((h) => h.padStart(8)).join('')}   (ms, n=${VISITS})`);
console.log(row('write → notification', result.notificationLatencyMs));
console.log(row('write acknowledged', result.writeAckMs));
console.log(`\nSaved to ${OUT}`);
process.exit(0);
