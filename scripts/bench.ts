/**
 * `npm run bench` (not part of `npm test`): starts the emulators like the tests do and measures
 * live-update latency, fan-out, burst load, read cost and bundle size. See BENCHMARKS.md.
 */
import { buildFunctions, buildWebForEmulators, prepareOrExit, stepWithEmulators } from './lib/harness';

const env = await prepareOrExit();
await buildFunctions();
await buildWebForEmulators();
await stepWithEmulators('benchmarks', 'npx tsx scripts/bench/run.ts', env);
