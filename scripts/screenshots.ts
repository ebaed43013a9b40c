/**
 * `npm run screenshots`: saves every screen to docs/screenshots/ (front-desk PC 1366×850 and
 * tablet 820×1180), with a realistic morning of visits.
 *
 * It runs like the browser tests, not against `npm start`: builds the functions and the web app
 * (emulator mode), then starts the emulators (under the same machine-wide lock as `npm test`)
 * around tests/e2e/screenshots.spec.ts with SCREENSHOTS=1 — a freshly seeded database every
 * time, so the pictures never depend on what someone clicked before.
 */
import { buildFunctions, buildWebForEmulators, prepareOrExit, stepWithEmulators } from './lib/harness';

const env = await prepareOrExit();
await buildFunctions();
await buildWebForEmulators();
await stepWithEmulators('screenshots', 'npx playwright test -c tests/e2e/playwright.config.ts', {
  ...env,
  SCREENSHOTS: '1',
});
console.log('\nScreenshots saved to docs/screenshots/');
