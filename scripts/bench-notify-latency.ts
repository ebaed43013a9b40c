/**
 * `npm run bench:notify [-- --visits 200]`: how long a new visit takes to reach a listening
 * checker doctor as a notification, on the emulators. Builds the functions and runs
 * scripts/bench/notify-latency-run.ts inside the emulators like `npm test` does (queued behind any
 * other emulator run on this machine). Prints p50/p95/p99/max and writes
 * bench/results/notify-latency.json.
 */
import { parseArgs } from 'node:util';
import { buildFunctions, prepareOrExit, stepWithEmulators } from './lib/harness';

let visits: string;
try {
  ({
    values: { visits },
  } = parseArgs({ args: process.argv.slice(2), options: { visits: { type: 'string', default: '200' } } }));
  if (!/^\d{1,5}$/.test(visits) || Number(visits) < 1)
    throw new Error(`--visits must be a whole number, got "${visits}".`);
} catch (err) {
  console.error(`✖ ${(err as Error).message}\nUsage: npm run bench:notify -- [--visits 200]`);
  process.exit(2);
}

const env = await prepareOrExit({ browser: false });
await buildFunctions();
// `visits` is digits only (checked above), so it is safe inside emulators:exec's command string.
await stepWithEmulators('write → notification benchmark', `npx tsx scripts/bench/notify-latency-run.ts ${visits}`, env);
