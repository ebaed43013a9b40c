/**
 * `npm run bench:notify [-- --visits 200 --warmup 5]`: how long a new visit takes to reach a
 * listening checker doctor as a notification, on the emulators. Builds the functions, then runs
 * scripts/bench/notify-latency-run.ts inside one `firebase emulators:exec` (Firestore, Auth,
 * Functions), queued behind any other emulator run on this machine like `npm test`. Prints
 * p50/p95/p99/max and writes bench/results/notify-latency.json.
 */
import { parseArgs } from 'node:util';
import { FIREBASE_BIN, PROJECT_ID, prepareEmulators } from './lib/emulators';
import { run } from './lib/processes';
import { ROOT } from './lib/root';

let counts: Record<'visits' | 'warmup', string>;
try {
  ({ values: counts } = parseArgs({
    args: process.argv.slice(2),
    options: { visits: { type: 'string', default: '200' }, warmup: { type: 'string', default: '5' } },
  }));
  for (const [name, value] of Object.entries(counts)) {
    if (!/^\d{1,5}$/.test(value)) throw new Error(`--${name} must be a whole number, got "${value}".`);
  }
} catch (err) {
  console.error(`✖ ${(err as Error).message}\nUsage: npm run bench:notify -- [--visits 200] [--warmup 5]`);
  process.exit(2);
}

let env: NodeJS.ProcessEnv;
try {
  env = await prepareEmulators();
} catch (err) {
  console.error(`\n✖ ${(err as Error).message}\n`);
  process.exit(1);
}
const built = await run('npm', ['run', 'build', '-w', 'functions'], { cwd: ROOT });
if (built !== 0) process.exit(built);

// Checked to be digits above, so they are safe inside emulators:exec's one command string.
const inner = `npx tsx scripts/bench/notify-latency-run.ts --visits ${counts.visits} --warmup ${counts.warmup}`;
const code = await run(
  'flock',
  [
    ...['-w', '1800', '/tmp/clinicflow-emulators.lock'],
    ...[FIREBASE_BIN, 'emulators:exec', '--only', 'auth,firestore,functions', '--project', PROJECT_ID, inner],
  ],
  { cwd: ROOT, env },
);
process.exit(code);
