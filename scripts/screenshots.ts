/**
 * `npm run screenshots`: saves every screen to docs/screenshots/ (front-desk PC 1366×850 and
 * tablet 820×1180), with a realistic morning of visits.
 *
 * It runs like the browser tests, not against `npm start`: builds the functions and the web app
 * (emulator mode), then, holding the same machine-wide emulator lock as `npm test`, starts the
 * emulators with `emulators:exec` around tests/e2e/screenshots.spec.ts (SCREENSHOTS=1) — a fresh
 * seeded database every time, so the pictures do not depend on what someone clicked before.
 */
import { ensureChromium } from './lib/chromium';
import { FIREBASE_BIN, PROJECT_ID, assertPortsFree, prepareEmulators } from './lib/emulators';
import { run } from './lib/processes';
import { ROOT } from './lib/root';

const LOCK = '/tmp/clinicflow-emulators.lock';

async function step(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  console.log(`\n▶ ${name}`);
  const code = await run(cmd, args, { cwd: ROOT, env });
  if (code !== 0) {
    console.error(`\n✖ ${name} failed (exit ${code}).`);
    process.exit(code);
  }
}

try {
  if (process.argv.includes('--holding-lock')) {
    await assertPortsFree();
    await step(
      'screenshots (emulators + headless Chromium)',
      FIREBASE_BIN,
      [
        'emulators:exec',
        '--only',
        'auth,firestore,functions',
        '--project',
        PROJECT_ID,
        'npx playwright test -c tests/e2e/playwright.config.ts',
      ],
      { ...process.env, SCREENSHOTS: '1' },
    );
    console.log('\nScreenshots saved to docs/screenshots/');
  } else {
    const env = await prepareEmulators();
    env.CHROMIUM_PATH = ensureChromium();
    await step('build functions', 'npm', ['run', 'build', '-w', 'functions'], env);
    await step(
      'build web (emulator mode)',
      'npm',
      ['run', 'build', '-w', 'web', '--', '--mode', 'emulator', '--logLevel', 'warn'],
      env,
    );
    await step(
      'wait for the emulator ports',
      'flock',
      ['-w', '1800', LOCK, 'npx', 'tsx', 'scripts/screenshots.ts', '--holding-lock'],
      env,
    );
  }
} catch (err) {
  console.error(`\n✖ ${(err as Error).message}\n`);
  process.exit(1);
}
