/**
 * Runs inside the emulators (see scripts/bench-notify-latency.ts): a receptionist registers
 * visits one after another while a checker doctor listens with the dashboard's queries; the
 * figure is from the visit write call to its notification reaching the doctor's onSnapshot
 * listener — client write, rules, the trigger's transaction and the listener's delivery, end
 * to end. The measuring loop is the shared one of `npm run bench` (scripts/bench/live.ts) with
 * one dashboard and more visits, so the two benchmarks measure the same thing the same way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../lib/root';
import { appLatency } from './live';
import { summarize, type Summary } from './stats';

// Checked by scripts/bench-notify-latency.ts, which always passes it.
const VISITS = Number(process.argv[2]);
const OUT = join(ROOT, 'bench', 'results', 'notify-latency.json');

console.log(`Measuring ${VISITS} visits, one after another, with one listening doctor…`);
const run = await appLatency(1, VISITS);
const result = {
  benchmark: 'write → notification at a listening doctor (emulators)',
  measuredAt: new Date().toISOString(),
  visits: VISITS,
  machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown' },
  notificationMs: summarize(run.notifyMs),
  visibleInQueueMs: summarize(run.visibleMs),
  notificationSamplesMs: run.notifyMs.map((ms) => Math.round(ms * 10) / 10),
};
mkdirSync(join(OUT, '..'), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(result, null, 2)}\n`);

const row = (name: string, s: Summary) =>
  `${name.padEnd(26)}${[s.p50, s.p95, s.p99, s.max].map((ms) => ms.toFixed(1).padStart(8)).join('')}`;
console.log(`\n${''.padEnd(26)}${['p50', 'p95', 'p99', 'max'].map((h) => h.padStart(8)).join('')}   ms, n=${VISITS}`);
console.log(row('write → notification', result.notificationMs));
console.log(row('write → visible in queue', result.visibleInQueueMs));
console.log(`\nSaved to ${OUT}`);
process.exit(0);
