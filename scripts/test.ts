/**
 * `npm test`: lint and typecheck, builds, then every suite inside one `firebase emulators:exec`
 * (Firestore + Auth + Functions): unit, web components, rules, functions integration and
 * browser end-to-end. Prints a count per suite and fails on any failure, skip or empty suite.
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

// SUITES=rules,functions (see run-suites.ts) is for development; it skips lint and typecheck.
const subset = process.env.SUITES?.split(',');
if (!subset) {
  await step('lint (eslint + prettier)', 'npm', ['run', 'lint']);
  await step('typecheck', 'npm', ['run', 'typecheck']);
}
await step('build functions', 'npm', ['run', 'build', '-w', 'functions']);
if (!subset || subset.includes('e2e')) {
  const viteArgs = ['--mode', 'emulator', '--logLevel', 'warn'];
  await step('build web (emulator mode)', 'npm', ['run', 'build', '-w', 'web', '--', ...viteArgs]);
}
await stepWithEmulators('emulator suites', 'npx tsx scripts/run-suites.ts', env);
