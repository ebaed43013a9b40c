import { ensureChromium } from './chromium';
import { prepareEmulators } from './emulators';
import { run } from './processes';
import { ROOT } from './root';

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

/** Runs `inner` inside one `firebase emulators:exec`, under the lock. */
export async function stepWithEmulators(name: string, inner: string, env: NodeJS.ProcessEnv): Promise<void> {
  await stepUnderEmulatorLock(name, ['npx', 'tsx', 'scripts/emulators-exec.ts', inner], env);
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
