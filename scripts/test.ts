/**
 * `npm test`: lint and typecheck, builds, then every suite (run-suites.ts): unit, web components,
 * rules, functions integration and browser end-to-end inside one `firebase emulators:exec`
 * (Firestore + Auth + Functions), then the restart suite, which runs the emulators itself. Prints
 * a count per suite and fails on any failure, skip or empty suite.
 */
import { buildFunctions, buildWebForEmulators, prepareOrExit, step, stepUnderEmulatorLock } from './lib/harness';

const env = await prepareOrExit();

// SUITES=rules,functions (see run-suites.ts) is for development; it skips lint and typecheck.
const subset = process.env.SUITES?.split(',');
if (!subset) {
  await step('lint (eslint + prettier)', 'npm', ['run', 'lint']);
  await step('typecheck', 'npm', ['run', 'typecheck']);
}
await buildFunctions();
if (!subset || subset.includes('e2e') || subset.includes('restart')) {
  await buildWebForEmulators();
}
await stepUnderEmulatorLock('emulator suites', ['npx', 'tsx', 'scripts/run-suites.ts'], env);
