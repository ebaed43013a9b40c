/**
 * `npm run bench` (not part of `npm test`): starts the emulators like the tests do and measures
 * live-update latency, fan-out, burst load, read cost and bundle size. See BENCHMARKS.md.
 */
import { ensureChromium } from './lib/chromium';
import { prepareEmulators } from './lib/emulators';
import { step, stepWithEmulators } from './lib/harness';

let env: NodeJS.ProcessEnv;
try {
  env = await prepareEmulators();
  env.CHROMIUM_PATH = ensureChromium();
} catch (err) {
  console.error(`\n✖ ${(err as Error).message}\n`);
  process.exit(1);
}
await step('build functions', 'npm', ['run', 'build', '-w', 'functions']);
await step('build web (emulator mode)', 'npm', [
  'run',
  'build',
  '-w',
  'web',
  '--',
  '--mode',
  'emulator',
  '--logLevel',
  'warn',
]);
await stepWithEmulators('benchmarks', 'npx tsx scripts/bench/run.ts', env);
