/**
 * `npm run screenshots` (with `npm start` running): signs in as each demo role in headless
 * Chromium and saves a screenshot of every screen to docs/screenshots/, desk PC and tablet sizes.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './lib/chromium';
import { DEMO_PASSWORD } from './lib/demo-data';
import { ROOT } from './lib/root';

const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:5173';
const OUT = join(ROOT, 'docs', 'screenshots');
const VIEWPORTS = { desk: { width: 1366, height: 850 }, tablet: { width: 820, height: 1180 } } as const;

async function signedIn(browser: Browser, email: string, viewport: keyof typeof VIEWPORTS): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORTS[viewport] });
  await page.goto(BASE);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
  await page.waitForLoadState('networkidle');
  return page;
}

const browser = await chromium.launch({ executablePath: ensureChromium() });
mkdirSync(OUT, { recursive: true });
try {
  const signIn = await browser.newPage({ viewport: VIEWPORTS.desk });
  await signIn.goto(BASE);
  await signIn.getByRole('heading', { name: 'Sign in' }).waitFor();
  await signIn.screenshot({ path: join(OUT, 'sign-in.png') });

  const shots: [string, string, keyof typeof VIEWPORTS][] = [
    ['reception', 'reception@sunrise.demo', 'desk'],
    ['dashboard', 'dr.lee@sunrise.demo', 'tablet'],
    ['admin', 'admin@sunrise.demo', 'desk'],
    ['no-role', 'norole@demo.test', 'desk'],
  ];
  for (const [name, email, viewport] of shots) {
    const page = await signedIn(browser, email, viewport);
    await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
    await page.close();
  }
  console.log(`Screenshots saved to ${OUT}`);
} finally {
  await browser.close();
}
