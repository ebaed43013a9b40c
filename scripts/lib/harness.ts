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
 * Runs `inner` inside the emulators. Another checkout's tests or benchmarks on this machine would
 * hold the same ports, so runs queue on a machine-wide lock instead of colliding.
 */
export async function stepWithEmulators(name: string, inner: string, env: NodeJS.ProcessEnv): Promise<void> {
  await step(
    name,
    'flock',
    ['-w', '1800', '/tmp/clinicflow-emulators.lock', 'npx', 'tsx', 'scripts/emulators-exec.ts', inner],
    env,
  );
}
