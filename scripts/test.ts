/**
 * `npm test`: lint and typecheck, builds, then every suite inside one `firebase emulators:exec`
 * (Firestore + Auth + Functions): unit, web components, rules, functions integration and
 * browser end-to-end. Prints a count per suite and fails on any failure, skip or empty suite.
 */
import { ensureChromium } from './lib/chromium';
import { prepareEmulators } from './lib/emulators';
import { run } from './lib/processes';
import { ROOT } from './lib/root';

async function step(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  console.log(`\n▶ ${name}`);
  const code = await run(cmd, args, { cwd: ROOT, env });
  if (code !== 0) {
    console.error(`\n✖ ${name} failed (exit ${code}).`);
    process.exit(code);
  }
}

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
// Another checkout's tests on this machine would hold the same ports: wait our turn rather than collide.
await step(
  'emulator suites',
  'flock',
  ['-w', '1800', '/tmp/clinicflow-emulators.lock', 'npx', 'tsx', 'scripts/emulator-suites.ts'],
  env,
);
