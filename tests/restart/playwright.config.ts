import { defineConfig } from '@playwright/test';
import baseConfig from '../e2e/playwright.config';

/**
 * The restart suite: the test starts, stops and restarts the emulators itself, exactly as
 * `npm start` does (scripts/lib/emulators.ts), so it runs outside `emulators:exec`, with the same
 * browser and the same built app as the browser tests.
 */
export default defineConfig({
  ...baseConfig,
  testDir: '.',
  testMatch: '*.spec.ts',
  testIgnore: [],
  globalSetup: undefined,
  outputDir: '../../.test-output/restart-artifacts',
  timeout: 180_000,
  reporter: [['list'], ['json', { outputFile: '../../.test-output/restart.json' }]],
});
