import { expect, test } from '@playwright/test';
import { paths } from '@clinicflow/shared/paths';
import { adminDb, seedWaitingVisit } from './admin-db';
import { assignedTicket, openAs, queueRow, registerPatientVisit, unique, visitCard } from './helpers';

test('a visit opened at the front desk appears on the open dashboard at once, with toast and banner', async ({
  browser,
}) => {
  const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  await expect(doctor.page.getByText('Live', { exact: true })).toBeVisible();
  // A reload would lose this mark: it proves the visit arrives on the page as it was.
  await doctor.page.evaluate(() => Object.assign(window, { e2eNoReload: true }));
  const desk = await openAs(browser, 'reception@sunrise.demo');

  const name = unique('Nadia Live');
  await registerPatientVisit(
    desk.page,
    { fullName: name, phone: '+34 600 700 800', dateOfBirth: '1991-02-14' },
    { reason: unique('Migraine'), priority: 'Urgent' },
  );

  const card = visitCard(doctor.page, name);
  await expect(card).toBeVisible();
  const number = await assignedTicket(card);

  const banner = doctor.page.getByTestId('arrival-banner').filter({ hasText: number });
  await expect(banner).toContainText('Urgent');
  await expect(banner).toContainText(/arrived \d{1,2}:\d{2}/);
  await expect(doctor.page.getByRole('status').filter({ hasText: `New visit ${number} · Urgent` })).toBeVisible();
  await expect(queueRow(desk.page, name)).toContainText(number);
  expect(await doctor.page.evaluate(() => 'e2eNoReload' in window)).toBe(true);

  await banner.getByRole('button', { name: `Dismiss ${number}` }).click();
  await expect(banner).toHaveCount(0);
  await doctor.context.close();
  await desk.context.close();
});

test('when one doctor starts a review, the other doctor sees it taken at once', async ({ browser }) => {
  const { name } = await seedWaitingVisit('sunrise', 'Ravi Claimed', 'normal', 3);
  const lee = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  const okafor = await openAs(browser, 'dr.okafor@sunrise.demo', 'tablet');
  const okaforCard = visitCard(okafor.page, name);
  await expect(okaforCard.getByRole('button', { name: 'Start review' })).toBeVisible();

  await visitCard(lee.page, name).getByRole('button', { name: 'Start review' }).click();
  await expect(lee.page.getByRole('region', { name: /Your patients/ }).getByText(name)).toBeVisible();
  await expect(okaforCard).toContainText('In review with Dr. Daniel Lee');
  await expect(okaforCard.getByRole('button')).toHaveCount(0);

  // The holder finishes: the visit leaves both dashboards.
  await visitCard(lee.page, name).getByRole('button', { name: 'Complete' }).click();
  await expect(visitCard(lee.page, name)).toHaveCount(0);
  await expect(okaforCard).toHaveCount(0);
  await lee.context.close();
  await okafor.context.close();
});

test('of two doctors pressing "Start review" together, the later one is told plainly that another doctor was first', async ({
  browser,
}) => {
  const { name, visitId } = await seedWaitingVisit('sunrise', 'Rita Race', 'normal', 3);
  const lee = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  const okafor = await openAs(browser, 'dr.okafor@sunrise.demo', 'tablet');
  const okaforCard = visitCard(okafor.page, name);
  await expect(okaforCard.getByRole('button', { name: 'Start review' })).toBeVisible();
  const number = (await okaforCard.locator('.visit-card__ticket').textContent()) ?? '';

  // Dr Okafor presses first and her transaction has read the visit as waiting, but its commit
  // is held on the wire until Dr Lee's claim has gone through: the closest possible race.
  let commitHeld!: () => void;
  const okaforCommitting = new Promise<void>((resolve) => (commitHeld = resolve));
  let releaseCommit!: () => void;
  const leeClaimed = new Promise<void>((resolve) => (releaseCommit = resolve));
  await okafor.page.route(/documents:commit/, async (route) => {
    commitHeld();
    await leeClaimed;
    await route.continue();
  });
  await okaforCard.getByRole('button', { name: 'Start review' }).click();
  await okaforCommitting;

  await visitCard(lee.page, name).getByRole('button', { name: 'Start review' }).click();
  await expect(visitCard(lee.page, name).getByRole('button', { name: 'Complete' })).toBeVisible();
  releaseCommit();

  await expect(okafor.page.getByText(`Another doctor already took ${number}.`)).toBeVisible();
  await expect(okaforCard).toContainText('In review with Dr. Daniel Lee');
  const stored = (
    await adminDb()
      .doc(`${paths.visits('sunrise')}/${visitId}`)
      .get()
  ).data();
  expect(stored).toMatchObject({ status: 'in_review', claimedBy: 'sunrise-dr-lee' });
  await lee.context.close();
  await okafor.context.close();
});

test('returning a visit to the queue puts it back for every doctor', async ({ browser }) => {
  const { name } = await seedWaitingVisit('sunrise', 'Greta Return', 'urgent', 2);
  const lee = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  const okafor = await openAs(browser, 'dr.okafor@sunrise.demo', 'tablet');
  await visitCard(lee.page, name).getByRole('button', { name: 'Start review' }).click();
  await expect(visitCard(okafor.page, name)).toContainText('In review with Dr. Daniel Lee');

  await visitCard(lee.page, name).getByRole('button', { name: 'Return to queue' }).click();
  await expect(visitCard(okafor.page, name).getByRole('button', { name: 'Start review' })).toBeVisible();
  await expect(visitCard(lee.page, name).getByRole('button', { name: 'Start review' })).toBeVisible();
  await lee.context.close();
  await okafor.context.close();
});

test('the front desk cancels a waiting visit after confirming, and the doctors stop seeing it', async ({ browser }) => {
  const { name } = await seedWaitingVisit('sunrise', 'Carla Cancel', 'normal', 1);
  const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  const desk = await openAs(browser, 'reception@sunrise.demo');
  await expect(visitCard(doctor.page, name)).toBeVisible();

  await queueRow(desk.page, name)
    .getByRole('button', { name: `Cancel the visit of ${name}` })
    .click();
  const dialog = desk.page.getByRole('dialog', { name: 'Cancel this visit?' });
  await dialog.getByRole('button', { name: 'Keep visit' }).click();
  await expect(queueRow(desk.page, name)).toContainText('Waiting');

  await queueRow(desk.page, name)
    .getByRole('button', { name: `Cancel the visit of ${name}` })
    .click();
  await dialog.getByRole('button', { name: 'Cancel visit' }).click();
  await expect(queueRow(desk.page, name)).toContainText('Cancelled');
  await expect(visitCard(doctor.page, name)).toHaveCount(0);
  await doctor.context.close();
  await desk.context.close();
});

test('the front desk finds a registered patient as it types and opens a visit for them', async ({ browser }) => {
  const desk = await openAs(browser, 'reception@sunrise.demo');
  const form = desk.page.getByRole('form', { name: 'New visit' });
  await form.getByLabel('Find patient by name or phone').fill('pedro alv');
  await form.getByRole('button', { name: /Pedro Alvarez/ }).click();
  const reason = unique('Knee pain');
  await form.getByLabel('Reason for the visit').fill(reason);
  await form.getByRole('button', { name: 'Open visit' }).click();
  await expect(desk.page.locator('tr.queue-row', { hasText: reason })).toContainText(/A-\d{3}/);
  await desk.context.close();
});
