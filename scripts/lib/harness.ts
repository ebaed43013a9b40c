/**
 * The one harness every entry point goes through (`npm start` aside, which keeps its emulators
 * running): steps that stop the pipeline on failure, the machine-wide emulator lock, the builds,
 * and `firebase emulators:exec` around a command. Also a command of its own, run under the lock:
 * `tsx scripts/lib/harness.ts exec "<command>"`.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium';
import { FIREBASE_BIN, PrerequisiteError, assertPortsFree, emulatorsCommand, prepareEmulators } from './emulators';
import { run } from './processes';
import { ROOT } from './root';

const HARNESS = fileURLToPath(import.meta.url);

/** Runs one step of a pipeline; a failing step ends the process with its exit code. */
export async function step(
  name: string,
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  console.log(`\n▶ ${name}`);
  const code = await run(cmd, args, { cwd: ROOT, env });
  if (code !== 0) {
    console.error(`\n✖ ${name} failed (exit ${code}).`);
    process.exit(code);
  }
}

/**
 * Runs `command` under the machine-wide emulator lock: another checkout's tests or benchmarks on
 * this machine would hold the same ports, so runs queue instead of colliding.
 */
export async function stepUnderEmulatorLock(name: string, command: string[], env: NodeJS.ProcessEnv): Promise<void> {
  await step(name, 'flock', ['-w', '1800', '/tmp/clinicflow-emulators.lock', ...command], env);
}

/**
 * Runs the shell command `inner` inside one `firebase emulators:exec` of every emulator
 * firebase.json sets up; resolves with its exit code. Call it under the lock: it checks first
 * that no other run holds the ports.
 */
export async function execWithEmulators(inner: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  await assertPortsFree();
  return run(FIREBASE_BIN, emulatorsCommand('exec', { args: [inner] }), { cwd: ROOT, env });
}

/** Runs `inner` inside one `firebase emulators:exec`, under the lock (this module's own command). */
export async function stepWithEmulators(name: string, inner: string, env: NodeJS.ProcessEnv): Promise<void> {
  await stepUnderEmulatorLock(name, ['npx', 'tsx', HARNESS, 'exec', inner], env);
}

/** Java, the Firestore jar and Chromium, or a clear message and exit: every entry point starts here. */
export async function prepareOrExit({ browser = true } = {}): Promise<NodeJS.ProcessEnv> {
  try {
    const env = await prepareEmulators();
    if (browser) env.CHROMIUM_PATH = ensureChromium();
    return env;
  } catch (err) {
    console.error(`\n✖ ${(err as Error).message}\n`);
    process.exit(1);
  }
}

export const buildFunctions = () => step('build functions', 'npm', ['run', 'build', '-w', 'functions']);

/** The production bundle wired to the emulators, which the browser tests, screenshots and bench load. */
export const buildWebForEmulators = () =>
  step('build web (emulator mode)', 'npm', [
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

// `tsx scripts/lib/harness.ts exec "<command>"`: what stepWithEmulators runs once it holds the lock.
if (process.argv[1] && resolve(process.argv[1]) === HARNESS) {
  const [verb, inner] = process.argv.slice(2);
  if (verb !== 'exec' || !inner) {
    console.error('usage: tsx scripts/lib/harness.ts exec "<command>"');
    process.exit(2);
  }
  try {
    process.exit(await execWithEmulators(inner));
  } catch (err) {
    if (!(err instanceof PrerequisiteError)) throw err;
    console.error(`\n✖ ${err.message}\n`);
    process.exit(1);
  }
}
