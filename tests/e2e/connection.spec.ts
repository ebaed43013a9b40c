/**
 * The server cut off while the page stays online, both ways (see server-cut.ts): the pill turns
 * yellow within 10 s and green within 5 s of the server coming back, "Last synced" stops moving
 * while it is away, and a claim pressed as it goes ends with a message within 10 s. These are
 * correctness bounds; the times themselves are measured by `BENCH_ONLY=connection npm run bench`.
 */
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { paths } from '@clinicflow/shared/paths';
import { adminDb, seedWaitingVisit } from './admin-db';
import { VIEWPORTS, queueRow, signIn, visitCard } from './helpers';
import { freezeFirestore, routeFirestoreThrough, startFirestoreProxy } from './server-cut';

const YELLOW_WITHIN_MS = 10_000;
const GREEN_WITHIN_MS = 5_000;
const CLAIM_ENDS_WITHIN_MS = 10_000;

/** Time left of a bound that started at `since`. */
const left = (since: number, bound: number) => ({ timeout: Math.max(1, bound - (Date.now() - since)) });

async function doctorPage(context: BrowserContext): Promise<{ page: Page; pill: Locator; synced: Locator }> {
  const page = await context.newPage();
  await signIn(page, 'dr.lee@sunrise.demo');
  const pill = page.locator('.connection');
  await expect(pill).toHaveAttribute('data-tone', 'live');
  return { page, pill, synced: page.getByTestId('last-synced') };
}

async function visitStatus(visitId: string): Promise<unknown> {
  return (
    await adminDb()
      .doc(`${paths.visits('sunrise')}/${visitId}`)
      .get()
  ).get('status');
}

/** Everything both cuts must show, between `cut()` and `restore()`. */
async function cutAndRestore(
  context: BrowserContext,
  label: string,
  cut: () => Promise<void> | void,
  restore: () => Promise<void> | void,
) {
  const { name, visitId } = await seedWaitingVisit('sunrise', label, 'urgent', 2);
  const { page, pill, synced } = await doctorPage(context);
  const start = visitCard(page, name).getByRole('button', { name: 'Start review' });
  await expect(start).toBeEnabled();
  const ticket = (await visitCard(page, name).locator('.visit-card__ticket').textContent()) ?? '';

  await cut();
  const cutAt = Date.now();
  // Pressed at once, before the page can know: the claim must still end, with a message.
  await start.click();
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`review of ${ticket}`) })).toBeVisible(
    left(cutAt, CLAIM_ENDS_WITHIN_MS),
  );
  await expect(pill).toHaveAttribute('data-tone', 'unreachable', left(cutAt, YELLOW_WITHIN_MS));
  await expect(pill).toContainText('Server not answering — showing saved data');

  // Nothing heard, nothing synced: the time stays put while the clock moves on.
  const frozenAt = await synced.textContent();
  await page.waitForTimeout(2_500);
  await expect(synced).toHaveText(frozenAt ?? '');
  // Start review waits for the server, and says why.
  await expect(start).toBeDisabled();
  await expect(start).toHaveAccessibleDescription(/The server is not answering\. Starting a review needs the server/);

  await restore();
  const backAt = Date.now();
  await expect(pill).toHaveAttribute('data-tone', 'live', left(backAt, GREEN_WITHIN_MS));
  await expect(synced).not.toHaveText(frozenAt ?? '');
  await expect(start).toBeEnabled();
  // The claim that ended with a message did not go through behind the doctor's back.
  expect(await visitStatus(visitId)).toBe('waiting');
  await expect(visitCard(page, name)).toContainText('Start review');
}

test('refused connections: yellow in 10 s, a claim answered in 10 s, green within 5 s of the server returning', async ({
  browser,
}) => {
  const proxy = await startFirestoreProxy();
  const context = await browser.newContext({ viewport: VIEWPORTS.tablet });
  try {
    await routeFirestoreThrough(context, proxy);
    await cutAndRestore(
      context,
      'Rhea Refused',
      () => proxy.refuse(),
      () => proxy.restore(),
    );
  } finally {
    await context.close();
    await proxy.close();
  }
});

test('silently lost packets: yellow in 10 s, a claim answered in 10 s, green within 5 s of the server returning', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.tablet });
  let resume = () => {};
  try {
    await cutAndRestore(
      context,
      'Sam Silent',
      () => {
        resume = freezeFirestore();
      },
      () => resume(),
    );
  } finally {
    resume();
    await context.close();
  }
});

test('the desk queues a cancel while the server refuses, shows it waiting to sync, and sends it once back', async ({
  browser,
}) => {
  const { name, visitId } = await seedWaitingVisit('sunrise', 'Cora Queued', 'normal', 3);
  const proxy = await startFirestoreProxy();
  const context = await browser.newContext({ viewport: VIEWPORTS.desk });
  try {
    await routeFirestoreThrough(context, proxy);
    const page = await context.newPage();
    await signIn(page, 'reception@sunrise.demo');
    await expect(queueRow(page, name)).toContainText('Waiting');

    await proxy.refuse();
    await expect(page.getByText(/^The server is not answering\. New visits and cancellations are kept/)).toBeVisible();
    await queueRow(page, name)
      .getByRole('button', { name: `Cancel the visit of ${name}` })
      .click();
    await page
      .getByRole('dialog', { name: 'Cancel this visit?' })
      .getByRole('button', { name: 'Cancel visit' })
      .click();
    await expect(queueRow(page, name)).toContainText('Cancelled');
    await expect(queueRow(page, name)).toContainText('Waiting to sync');
    expect(await visitStatus(visitId)).toBe('waiting');

    await proxy.restore();
    await expect(queueRow(page, name)).not.toContainText('Waiting to sync', { timeout: 15_000 });
    await expect.poll(() => visitStatus(visitId)).toBe('cancelled');
  } finally {
    await context.close();
    await proxy.close();
  }
});
