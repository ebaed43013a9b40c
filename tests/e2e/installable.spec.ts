import { expect, test, type Page, type Response } from '@playwright/test';
import { FIREBASE_JSON, WEB_SERVERS, origin } from '../../scripts/lib/addresses';
import { emulatorOrigins } from '../../scripts/lib/hosting-headers';
import { deployNewVersion, serviceWorkerInControl } from './app-install';
import { VIEWPORTS, signIn } from './helpers';

const EMULATORS = emulatorOrigins(FIREBASE_JSON);

/** Width and height written in a PNG's header. */
function pngSize(body: Buffer): string {
  expect(body.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`;
}

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

test('the app is installable: a valid manifest with real icons, which Chromium accepts', async ({
  playwright,
  launchOptions,
  baseURL,
}, testInfo) => {
  // Chromium never offers to install from an incognito profile, which every test context is: this one gets a real profile.
  const profile = testInfo.outputPath('profile');
  const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const served = await page.request.get(href ?? '');
  expect(served.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await served.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
  expect(manifest).toMatchObject({
    name: 'ClinicFlow',
    short_name: 'ClinicFlow',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: await page.locator('meta[name="theme-color"]').getAttribute('content'),
  });
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);

  // Every icon is served, is a PNG, and is the size the manifest says.
  for (const icon of manifest.icons) {
    const image = await page.request.get(icon.src);
    expect(image.ok(), icon.src).toBe(true);
    expect(icon.type).toBe('image/png');
    expect(pngSize(await image.body()), icon.src).toBe(icon.sizes);
  }
  const purposes = manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`);
  expect(purposes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));

  // Chromium's own verdict on the manifest (what its install prompt checks).
  const cdp = await page.context().newCDPSession(page);
  const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] };
  expect(errors).toEqual([]);
  // Asked once its service worker controls the page, as Chromium asks before it offers to install.
  await serviceWorkerInControl(page);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[];
  };
  expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
  await context.close();
});

test('its service worker is served fresh, controls the page after a reload, and never answers for Firestore, Auth or Functions', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.tablet });
  const page = await context.newPage();
  const sw = await page.request.get('/sw.js');
  expect(sw.headers()['cache-control']).toBe('no-cache');

  await page.goto('/');
  await serviceWorkerInControl(page);

  const responses: Response[] = [];
  page.on('response', (r) => responses.push(r));
  await signIn(page, 'dr.lee@sunrise.demo', { trusted: true });
  await expect(page.locator('.connection')).toHaveAttribute('data-tone', 'live');
  await page.reload();
  await expect(page.locator('.connection')).toHaveAttribute('data-tone', 'live');

  const toEmulators = responses.filter((r) => EMULATORS.some((origin) => r.url().startsWith(origin)));
  // Auth (sign-in, the session check after the reload) and Firestore (the listeners) were asked…
  for (const origin of EMULATORS.slice(0, 2)) {
    expect(
      toEmulators.some((r) => r.url().startsWith(origin)),
      origin,
    ).toBe(true);
  }
  // …and every answer came from them, none from the worker.
  expect(toEmulators.filter((r) => r.fromServiceWorker()).map((r) => r.url())).toEqual([]);
  // The app's own files did come from the worker after the reload.
  const appScripts = responses.filter((r) => r.url().includes('/assets/') && r.url().endsWith('.js'));
  expect(appScripts.some((r) => r.fromServiceWorker())).toBe(true);

  // Nothing but the app's own files is in its caches.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  expect(cached.length).toBeGreaterThan(0);
  expect(cached.filter((url) => !url.startsWith(`${origin(WEB_SERVERS.preview)}/`))).toEqual([]);
  await context.close();
});

const updateOffer = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'A new version of ClinicFlow is ready.' });

test('a new version waits: offered only once nobody is typing, and the page reloads only when asked', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.desk });
  const page = await context.newPage();
  await signIn(page, 'reception@sunrise.demo', { trusted: true });
  await serviceWorkerInControl(page);
  await expect(page.getByRole('heading', { name: 'Today’s queue' })).toBeVisible();
  // Gone after any reload: proves the page was never reloaded behind the receptionist's back.
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));

  // Mid-task: a patient's name half typed into the new-visit form.
  const search = page.getByLabel('Find patient by name or phone');
  await search.fill('Maria Gar');
  const restore = await deployNewVersion(page);
  try {
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null), {
        timeout: 20_000,
      })
      .toBe(true);
    // Longer than the quiet moment the offer waits for: still not offered while the name is there.
    await page.waitForTimeout(5_000);
    await expect(updateOffer(page)).toBeHidden();

    // The form is emptied and left: the offer appears.
    await search.fill('');
    await page.getByRole('heading', { name: 'Today’s queue' }).click();
    await expect(updateOffer(page)).toBeVisible({ timeout: 10_000 });
    await expect(updateOffer(page).getByRole('button', { name: 'Reload now' })).toBeVisible();
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);

    // "Later" puts it away; typing again would keep it away too.
    await updateOffer(page).getByRole('button', { name: 'Later' }).click();
    await expect(updateOffer(page)).toBeHidden();
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);

    // Opened again (the next start), the waiting version is offered again; Reload lets it in.
    await page.reload();
    await expect(updateOffer(page)).toBeVisible({ timeout: 20_000 });
    const reloaded = page.waitForEvent('load');
    await updateOffer(page).getByRole('button', { name: 'Reload now' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { name: 'Today’s queue' })).toBeVisible();
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return {
        waiting: r?.waiting !== null,
        active: r?.active?.state,
        controlled: navigator.serviceWorker.controller !== null,
      };
    });
    expect(registration).toEqual({ waiting: false, active: 'activated', controlled: true });
    await expect(updateOffer(page)).toBeHidden();
  } finally {
    restore();
    await context.close();
  }
});
