import { defineConfig } from '@playwright/test';
import { WEB_SERVERS, origin } from '../../scripts/lib/addresses';
import { chromiumPath } from '../../scripts/lib/chromium';

/**
 * Browser end-to-end tests in Debian's headless Chromium (never a downloaded browser) against
 * the production build wired to the emulators (`vite build --mode emulator`), served by preview.
 */
// `npm run screenshots` sets SCREENSHOTS=1: then only the screenshot spec runs, and npm test never runs it.
const screenshots = process.env.SCREENSHOTS === '1';

export default defineConfig({
  testDir: '.',
  testMatch: screenshots ? 'screenshots.spec.ts' : '*.spec.ts',
  testIgnore: screenshots ? [] : ['screenshots.spec.ts'],
  outputDir: '../../.test-output/e2e-artifacts',
  forbidOnly: true,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '../../.test-output/e2e.json' }]],
  globalSetup: './global-setup.ts',
  use: {
    baseURL: origin(WEB_SERVERS.preview),
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    video: 'off',
    launchOptions: {
      executablePath: chromiumPath(),
      // The machine's network is closed: background services would only fail to connect.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: 'npx vite preview --strictPort',
    cwd: '../../web',
    url: origin(WEB_SERVERS.preview),
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
