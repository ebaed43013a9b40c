/**
 * Alerts that behave: Sound that survives a reload, the Background alerts switch, banners that
 * fold and leave, toasts beside the buttons rather than on them, and Start review that says why
 * it waits offline.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seedWaitingVisit } from './admin-db';
import { VIEWPORTS, openAs, queueRow, registerPatientVisit, signIn, unique, visitCard } from './helpers';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The toasts these tests make: arrivals on the dashboard, saved visits at the desk. */
const toastsOf = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^(New visit A-\d+ · |Visit opened for )/ });

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of every element `locator` matches that shows in the viewport. */
async function boxesInView(page: Page, locator: Locator): Promise<Box[]> {
  const view = page.viewportSize() ?? { width: 0, height: 0 };
  const boxes = await Promise.all((await locator.all()).map((l) => l.boundingBox()));
  return boxes.filter(
    (b): b is Box => b !== null && b.width > 0 && b.y < view.height && b.y + b.height > 0 && b.x < view.width,
  );
}

/**
 * No toast lies on any button, and at least one toast shares its height on screen with a
 * button: proof the lane kept them apart, not a screen too empty to collide.
 */
async function expectToastsBesideButtons(page: Page, buttons: Locator) {
  // The whole toast, icon and padding included: the message's parent. Toasts slide in from the
  // screen's edge: wait until two are in view before measuring (a loaded machine animates late).
  const toastBoxes = () => boxesInView(page, toastsOf(page).locator('..'));
  await expect.poll(async () => (await toastBoxes()).length).toBeGreaterThanOrEqual(2);
  const toasts = await toastBoxes();
  const targets = await boxesInView(page, buttons);
  for (const toast of toasts) {
    for (const button of targets) expect(overlaps(toast, button), JSON.stringify({ toast, button })).toBe(false);
  }
  const sameRow = toasts.some((t) => targets.some((b) => t.y < b.y + b.height && b.y < t.y + t.height));
  expect(sameRow).toBe(true);
}

const beeps = (page: Page) => page.evaluate(() => (window as unknown as { beeps: number }).beeps);

/** The ticket on the visit's card, once the function's ticket has reached the page. */
async function ticketOf(page: Page, name: string): Promise<string> {
  const ticket = visitCard(page, name).locator('.visit-card__ticket');
  await expect(ticket).toHaveText(/^A-\d+$/);
  return (await ticket.textContent()) ?? '';
}

test('Sound, left on, beeps from the first arrival after a reload; in a fresh tab it asks for one tap first', async ({
  browser,
}) => {
  // The doctor's own tablet, trusted: its session and its Sound choice survive a reload.
  const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet', { trusted: true });
  // Count the tones the page makes (each beep is one oscillator), from every page load on.
  await doctor.context.addInitScript(() => {
    const w = window as unknown as { beeps: number };
    w.beeps = 0;
    const create = Reflect.get<AudioContext, 'createOscillator'>(AudioContext.prototype, 'createOscillator');
    AudioContext.prototype.createOscillator = function createCounted(this: AudioContext) {
      w.beeps++;
      return create.call(this);
    };
  });
  await doctor.page.reload();
  const sound = doctor.page.getByRole('button', { name: 'Sound' });
  await sound.click();
  await expect(sound).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => beeps(doctor.page)).toBe(1);

  // A reload: the browser still counts the tap on Sound, so the first arrival beeps at once.
  await doctor.page.reload();
  await expect(sound).toHaveAttribute('aria-pressed', 'true');
  const first = await seedWaitingVisit('sunrise', 'Beth Beep', 'emergency', 0);
  await expect(visitCard(doctor.page, first.name)).toBeVisible();
  await expect.poll(() => beeps(doctor.page)).toBe(3);
  await doctor.page.close();

  // A fresh tab the next morning: nobody has touched it, so the browser holds the sound back.
  // (Headless Chromium never does, whatever --autoplay-policy says: this tab's audio starts
  // suspended as a desktop browser's would; resuming it on a tap is left to the real browser.)
  const page = await doctor.context.newPage();
  await page.addInitScript(() => {
    const Real = window.AudioContext;
    window.AudioContext = class HeldBack extends Real {
      constructor(options?: AudioContextOptions) {
        super(options);
        void this.suspend();
      }
    };
  });
  await page.goto('/dashboard');
  const soundAgain = page.getByRole('button', { name: 'Sound' });
  await expect(soundAgain).toHaveAttribute('aria-pressed', 'true');
  const hint = page.getByText('Sound is on: tap anywhere on the page once so the browser lets it play.');
  await expect(hint).toBeVisible();
  await expect(soundAgain).toHaveAccessibleDescription(/tap anywhere/);
  await page.getByRole('heading', { name: 'Open visits' }).click();
  await expect(hint).toBeHidden();
  expect(await beeps(page)).toBe(0);
  const second = await seedWaitingVisit('sunrise', 'Carl Chime', 'urgent', 0);
  await expect(visitCard(page, second.name)).toBeVisible();
  await expect.poll(() => beeps(page)).toBe(2);
  await doctor.context.close();
});

test('with Background alerts off, an arrival in a hidden tab makes no system notification', async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.tablet });
  await context.grantPermissions(['notifications']);
  // Count the system notifications the page makes, and let the test say when the tab is hidden.
  await context.addInitScript(() => {
    const w = window as unknown as { notified: string[]; tabHidden: boolean };
    w.notified = [];
    w.tabHidden = false;
    const Real = window.Notification;
    class Counted extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        w.notified.push(title);
      }
    }
    Object.defineProperty(window, 'Notification', { value: Counted, configurable: true, writable: true });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => w.tabHidden });
  });
  const page = await context.newPage();
  await signIn(page, 'dr.lee@sunrise.demo', { trusted: true });
  await expect(page.locator('.connection')).toHaveAttribute('data-tone', 'live');
  const notified = () => page.evaluate(() => (window as unknown as { notified: string[] }).notified);
  const hide = () => page.evaluate(() => Object.assign(window, { tabHidden: true }));

  const backgroundAlerts = page.getByRole('button', { name: 'Background alerts' });
  await backgroundAlerts.click();
  await expect(backgroundAlerts).toHaveAttribute('aria-pressed', 'true');
  await hide();
  const first = await seedWaitingVisit('sunrise', 'Nia Notified', 'urgent', 0);
  const firstTicket = await ticketOf(page, first.name);
  await expect.poll(notified).toEqual([`New visit ${firstTicket} · Urgent`]);

  await backgroundAlerts.click();
  await expect(backgroundAlerts).toHaveAttribute('aria-pressed', 'false');
  await hide();
  const second = await seedWaitingVisit('sunrise', 'Quinn Quiet', 'urgent', 0);
  const secondTicket = await ticketOf(page, second.name);
  await expect(page.getByTestId('arrival-banner').filter({ hasText: secondTicket })).toHaveCount(1);
  await page.waitForTimeout(1_000);
  expect(await notified()).toEqual([`New visit ${firstTicket} · Urgent`]);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Background alerts' })).toHaveAttribute('aria-pressed', 'false');
  await context.close();
});

test('beyond two, banners fold into "+N more"; a banner leaves when its visit is taken or cancelled', async ({
  browser,
}) => {
  const lee = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  await expect(lee.page.locator('.connection')).toHaveAttribute('data-tone', 'live');
  const visits = [];
  for (const label of ['Ada One', 'Ben Two', 'Cy Three', 'Di Four', 'Ed Five']) {
    visits.push(await seedWaitingVisit('sunrise', label, 'normal', 0));
  }
  const banners = lee.page.getByTestId('arrival-banner');
  const last = visits.at(-1);
  const fourth = visits.at(-2);
  if (!last || !fourth) throw new Error('no visits');
  await expect(banners.first()).toContainText(await ticketOf(lee.page, last.name));
  await expect(banners).toHaveCount(2);
  const more = lee.page.getByRole('button', { name: '+3 more' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  // Two banners and one row of buttons, not five banners pushing the list down the tablet.
  const folded = await lee.page.getByRole('region', { name: 'New arrivals' }).boundingBox();
  expect(folded?.height).toBeLessThan(190);
  await more.click();
  await expect(banners).toHaveCount(5);

  // Another doctor takes the newest: its banner goes from Dr Lee's screen by itself.
  const lastTicket = await ticketOf(lee.page, last.name);
  const okafor = await openAs(browser, 'dr.okafor@sunrise.demo', 'tablet');
  await visitCard(okafor.page, last.name).getByRole('button', { name: 'Start review' }).click();
  await expect(banners.filter({ hasText: lastTicket })).toHaveCount(0);
  await expect(banners).toHaveCount(4);

  // The desk cancels another: its banner goes too.
  const fourthTicket = await ticketOf(lee.page, fourth.name);
  const desk = await openAs(browser, 'reception@sunrise.demo');
  await queueRow(desk.page, fourth.name)
    .getByRole('button', { name: `Cancel the visit of ${fourth.name}` })
    .click();
  await desk.page
    .getByRole('dialog', { name: 'Cancel this visit?' })
    .getByRole('button', { name: 'Cancel visit' })
    .click();
  await expect(banners.filter({ hasText: fourthTicket })).toHaveCount(0);
  await expect(banners).toHaveCount(3);
  await Promise.all([lee.context.close(), okafor.context.close(), desk.context.close()]);
});

test('offline, Start review is disabled and the dashboard says why; back online it is enabled again', async ({
  browser,
}) => {
  const { name } = await seedWaitingVisit('sunrise', 'Otto Offline', 'normal', 4);
  const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  const start = visitCard(doctor.page, name).getByRole('button', { name: 'Start review' });
  await expect(start).toBeEnabled();
  await doctor.context.setOffline(true);
  await expect(start).toBeDisabled();
  await expect(start).toHaveAccessibleDescription(/^You are offline\. Starting a review needs the server/);
  await doctor.context.setOffline(false);
  await expect(start).toBeEnabled({ timeout: 15_000 });
  await doctor.context.close();
});

for (const size of ['tablet', 'desk'] as const) {
  test(`on the ${size} dashboard, arrival toasts sit beside the cards' buttons, never on them`, async ({ browser }) => {
    test.setTimeout(90_000);
    // Enough waiting cards to fill the screen down to where the toasts appear.
    for (let i = 0; i < 8; i++) await seedWaitingVisit('sunrise', `Toast Filler ${i}`, 'normal', 60 - i);
    const doctor = await openAs(browser, 'dr.lee@sunrise.demo', size);
    await expect(doctor.page.locator('.connection')).toHaveAttribute('data-tone', 'live');
    await Promise.all(['Tia Toast', 'Uma Toast', 'Val Toast'].map((l) => seedWaitingVisit('sunrise', l, 'urgent', 0)));
    await expect.poll(() => toastsOf(doctor.page).count()).toBeGreaterThanOrEqual(2);
    await expectToastsBesideButtons(doctor.page, doctor.page.getByRole('button'));
    await doctor.context.close();
  });
}

test("at the desk, toasts sit over the queue's names, never on a row's Cancel or the form", async ({ browser }) => {
  const desk = await openAs(browser, 'reception@sunrise.demo', 'desk');
  for (const label of ['Wes Desk', 'Xia Desk', 'Yan Desk']) {
    await registerPatientVisit(
      desk.page,
      { fullName: unique(label), phone: '+34 600 321 321', dateOfBirth: '1970-03-03' },
      { reason: unique('Check-up'), priority: 'Normal' },
    );
  }
  await expect.poll(() => toastsOf(desk.page).count()).toBeGreaterThanOrEqual(2);
  await expectToastsBesideButtons(desk.page, desk.page.getByRole('button'));
  await desk.context.close();
});
