import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type ViewportSize,
} from '@playwright/test';
import { seedWaitingVisit } from './admin-db';
import { expireStoredIdToken, serviceWorkerInControl } from './app-install';
import { overnightSession } from '../../scripts/lib/overnight-session';
import { VIEWPORTS, queueRow, signIn, visitCard } from './helpers';

/** Closes every tab of the profile, as a tablet put away for the night does. */
async function closeAll(context: BrowserContext): Promise<void> {
  for (const open of context.pages()) await open.close();
}

/**
 * A fresh tab, no network: opening the app's address. The network is cut before the tab opens;
 * Chromium then forgets, at the navigation, to tell the new document it is offline
 * (navigator.onLine reads true, though every request fails), so the same cut is announced to the
 * page again once it has loaded, as a tablet's own "offline" would have been from the start.
 */
async function openOffline(
  context: BrowserContext,
  path: string,
): Promise<{ page: Page; backOnline: () => Promise<void> }> {
  await context.setOffline(true);
  const page = await context.newPage();
  await page.goto(path);
  const cdp = await context.newCDPSession(page);
  const network = (offline: boolean) =>
    cdp.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await network(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  const backOnline = async () => {
    await context.setOffline(false);
    await network(false);
  };
  return { page, backOnline };
}

test('a trusted tablet opened with no network shows the dashboard, offline, with the last list from its cache', async ({
  browser,
}) => {
  const visit = await seedWaitingVisit('sunrise', 'Olga Offline-Start');
  const context = await browser.newContext({ viewport: VIEWPORTS.tablet });
  const page = await context.newPage();
  await signIn(page, 'dr.lee@sunrise.demo', { trusted: true });
  await serviceWorkerInControl(page);
  await expect(visitCard(page, visit.name)).toBeVisible();
  await expect(page.locator('.connection')).toHaveAttribute('data-tone', 'live');
  await closeAll(context);

  const { page: offline, backOnline } = await openOffline(context, '/dashboard');
  await expect(offline.getByRole('banner')).toContainText('Checker doctor · Sunrise Family Clinic');
  await expect(offline.locator('.connection')).toHaveAttribute('data-tone', 'offline');
  await expect(offline.locator('.connection')).toContainText('Offline — showing saved data');
  await expect(visitCard(offline, visit.name)).toBeVisible();
  await expect(offline.locator('[data-list-source]')).toHaveAttribute('data-list-source', 'cache');
  // Start review needs the server: it says so instead of trying.
  await expect(visitCard(offline, visit.name).getByRole('button', { name: 'Start review' })).toBeDisabled();

  // The network back: the same tab goes live by itself.
  await backOnline();
  await expect(offline.locator('.connection')).toHaveAttribute('data-tone', 'live', { timeout: 30_000 });
  await context.close();
});

test('the front desk opens offline too the morning after, its ID token long expired', async ({ browser }) => {
  const visit = await seedWaitingVisit('sunrise', 'Eddie Expired-Token');
  const context = await browser.newContext({ viewport: VIEWPORTS.desk });
  const page = await context.newPage();
  await signIn(page, 'reception@sunrise.demo', { trusted: true });
  await serviceWorkerInControl(page);
  await expect(queueRow(page, visit.name)).toBeVisible();
  await expireStoredIdToken(page);
  await closeAll(context);

  const { page: offline, backOnline } = await openOffline(context, '/reception');
  await expect(offline.getByRole('banner')).toContainText('Receptionist · Sunrise Family Clinic');
  await expect(offline.getByText(/^Offline\. New visits and cancellations are kept on this computer/)).toBeVisible();
  await expect(queueRow(offline, visit.name)).toBeVisible();
  await expect(offline.locator('[data-list-source]')).toHaveAttribute('data-list-source', 'cache');

  // Back online, the token is refreshed and the queue is the server's again.
  await backOnline();
  await expect(offline.locator('[data-list-source]')).toHaveAttribute('data-list-source', 'server', {
    timeout: 30_000,
  });
  await context.close();
});

/**
 * A trusted device signed in as `email` yesterday, opened at `path` this morning with its session
 * and settings but no Firestore cache, while Firestore answers nothing at all (so the clinic
 * document cannot arrive). `release` lets Firestore answer again.
 */
async function morningWithoutFirestore(
  browser: Browser,
  {
    email,
    path,
    viewport,
    listed,
  }: { email: string; path: string; viewport: ViewportSize; listed: (page: Page) => Locator },
): Promise<{ page: Page; context: BrowserContext; release: () => Promise<void> }> {
  const first = await browser.newContext({ viewport });
  const page = await first.newPage();
  await signIn(page, email, { trusted: true });
  await expect(listed(page)).toBeVisible();
  // What the device keeps of the clinic: the settings the screens are drawn in, nothing else.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('clinicflow.lastMember'))).toContain('"clinic"');
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('clinicflow.lastMember'))) ?? '')).toMatchObject({
    clinic: { timezone: 'Europe/Madrid', language: 'es' },
  });
  const storageState = await overnightSession(first);
  await first.close();
  const context = await browser.newContext({ viewport, serviceWorkers: 'block', storageState });
  const firestore = (url: URL) => url.pathname.includes('google.firestore.v1.Firestore');
  await context.route(firestore, () => undefined);
  const morning = await context.newPage();
  await morning.goto(path);
  return { page: morning, context, release: () => context.unroute(firestore) };
}

test('a trusted tablet opens its screen on the clinic settings it remembers, without waiting for the clinic document', async ({
  browser,
}) => {
  const visit = await seedWaitingVisit('sunrise', 'Rita Remembered-Settings');
  const listed = (page: Page) => visitCard(page, visit.name);
  const {
    page: tablet,
    context,
    release,
  } = await morningWithoutFirestore(browser, {
    email: 'dr.lee@sunrise.demo',
    path: '/dashboard',
    viewport: VIEWPORTS.tablet,
    listed,
  });
  // Well before the SDK would give up on the server (10 s) and answer from its empty cache.
  await expect(tablet.getByRole('banner')).toContainText('Doctor dashboard', { timeout: 5_000 });
  await expect(tablet.getByRole('banner')).toContainText('Checker doctor · Sunrise Family Clinic');
  await expect(tablet.locator('.connection')).toHaveAttribute('data-tone', 'connecting');
  await expect(tablet.getByText('Loading open visits…')).toBeVisible();
  // Nothing the server has not said: no "no rooms", no "off duty", no counts of zero.
  await expect(tablet.getByText('Loading your shift and the rooms…')).toBeVisible();
  await expect(tablet.getByText(/no rooms yet|Off duty|No other doctor|0 waiting/)).toHaveCount(0);

  await release();
  await tablet.reload();
  await expect(listed(tablet)).toBeVisible();
  await expect(tablet.locator('[data-list-source]')).toHaveAttribute('data-list-source', 'server');
  await context.close();
});

test('the front desk opened the same way says nothing the server has not: no counts, no doctors on duty', async ({
  browser,
}) => {
  const visit = await seedWaitingVisit('sunrise', 'Desmond Desk-Morning');
  const listed = (page: Page) => queueRow(page, visit.name);
  const {
    page: desk,
    context,
    release,
  } = await morningWithoutFirestore(browser, {
    email: 'reception@sunrise.demo',
    path: '/reception',
    viewport: VIEWPORTS.desk,
    listed,
  });
  await expect(desk.getByRole('banner')).toContainText('Receptionist · Sunrise Family Clinic', { timeout: 5_000 });
  await expect(desk.getByText('Loading today’s queue…')).toBeVisible();
  await expect(desk.getByText(/0 waiting|doctor is on duty/)).toHaveCount(0);

  await release();
  await desk.reload();
  await expect(listed(desk)).toBeVisible();
  await expect(desk.getByText(/\d+ waiting/)).toBeVisible();
  await context.close();
});
