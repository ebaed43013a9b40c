/**
 * In headless Chromium against the emulator-mode production build: the receptionist's Save click
 * → the row on an open doctor dashboard in another browser context. (JavaScript per route is
 * web/scripts/bundle-report.ts's, which run.ts calls.)
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { WEB_SERVERS, origin } from '../lib/addresses';
import { DEMO_PASSWORD } from '../lib/demo-data';
import { spawnGroup, stopGroup, waitForHttp } from '../lib/processes';
import { ROOT } from '../lib/root';
import { clearEmulators, seedDemo } from '../lib/seed';

const BASE = origin(WEB_SERVERS.preview);
const SAVE = 'Register and open visit';

export async function signedIn(
  browser: Browser,
  email: string,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<{ context: BrowserContext; page: Page }> {
  // The device speaks English, as the labels below do (the demo clinic's own language is Spanish).
  const english = { origin: BASE, localStorage: [{ name: 'clinicflow.language', value: 'en' }] };
  const context = await browser.newContext({
    viewport: { width: 1366, height: 850 },
    storageState: { cookies: [], origins: [english] },
  });
  await prepare?.(context);
  const page = await context.newPage();
  await page.goto(BASE);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  // Live listeners keep a request open, so the network never idles: give the lazy chunks and first snapshots time.
  await page.waitForTimeout(2000);
  return { context, page };
}

export interface BrowserResult {
  saveToRowMs: number[];
}

/**
 * Runs `measure` with the built app served by vite preview and Debian's Chromium, on a freshly
 * seeded demo; stops both however it ends.
 */
export async function withAppInBrowser<T>(measure: (browser: Browser) => Promise<T>): Promise<T> {
  await clearEmulators();
  await seedDemo();
  const preview = spawnGroup('npx', ['vite', 'preview', '--strictPort'], { cwd: `${ROOT}/web`, stdio: 'ignore' });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await waitForHttp(BASE, 60_000);
    return await measure(browser);
  } finally {
    await browser.close();
    await stopGroup(preview, 5_000);
  }
}

export function browserBench(visits = 30): Promise<BrowserResult> {
  return withAppInBrowser(async (browser) => {
    const doctor = await signedIn(browser, 'dr.lee@sunrise.demo');
    const desk = await signedIn(browser, 'reception@sunrise.demo');
    await desk.page.evaluate((label) => {
      document.addEventListener(
        'click',
        (e) => {
          const button = (e.target as Element).closest('button');
          if (button?.textContent.includes(label))
            Object.assign(window, { saveClickedAt: performance.timeOrigin + performance.now() });
        },
        true,
      );
    }, SAVE);

    const saveToRowMs: number[] = [];
    const form = desk.page.getByRole('form', { name: 'New visit' });
    for (let i = 0; i < visits + 2; i++) {
      const name = `Bench Patient ${i} ${Date.now().toString(36)}`;
      // A source string, not a function: tsx would inject its __name helper, unknown in the page.
      const seen = doctor.page.evaluate<number>(`new Promise((resolve) => {
        const wanted = ${JSON.stringify(name)};
        const found = () => Array.from(document.querySelectorAll('article.visit-card')).some((el) => el.textContent.includes(wanted));
        const observer = new MutationObserver(() => {
          if (found()) {
            observer.disconnect();
            resolve(performance.timeOrigin + performance.now());
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      })`);
      // Awaited below; if the form steps throw first, this keeps the rejection from crashing the
      // process before `finally` has stopped the preview server.
      seen.catch(() => undefined);
      await form.getByRole('button', { name: /Register a new patient/ }).click();
      await form.getByLabel('Full name').fill(name);
      await form.getByLabel('Phone').fill(`+34 600 ${String(100000 + i)}`);
      await form.getByLabel('Date of birth').fill('1980-01-01');
      await form.getByLabel('Reason for the visit').fill('Benchmark check-up');
      await form.getByRole('button', { name: SAVE }).click();
      const shownAt = await seen;
      const clickedAt = await desk.page.evaluate(() => (window as unknown as { saveClickedAt: number }).saveClickedAt);
      await form.getByLabel('Find patient by name or phone').waitFor();
      if (i >= 2) saveToRowMs.push(shownAt - clickedAt);
    }
    await doctor.context.close();
    await desk.context.close();
    return { saveToRowMs };
  });
}
