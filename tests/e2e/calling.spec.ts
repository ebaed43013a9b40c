import { expect, test, type Page } from '@playwright/test';
import { startOfClinicDay, type ClinicDayClock } from '@clinicflow/shared/clinic-time';
import { paths } from '@clinicflow/shared/paths';
import { adminDb, seedWaitingVisit } from './admin-db';
import { assignedTicket, openAs, queueRow, visitCard } from './helpers';

// The demo doctors start on duty (scripts/lib/demo-data.ts): Lee in Consulta 1, Okafor in Consulta 2.
const LEE = 'sunrise-dr-lee';
const OKAFOR = 'sunrise-dr-okafor';

const mine = (page: Page) => page.getByRole('region', { name: /Your patients/ });
const others = (page: Page) => page.getByRole('region', { name: /With other doctors/ });

async function storedVisit(visitId: string) {
  return (
    await adminDb()
      .doc(`${paths.visits('sunrise')}/${visitId}`)
      .get()
  ).data();
}

test('two doctors pressing "Call next" together each get a different patient, first in the queue', async ({
  browser,
}) => {
  // Arrived just after the clinic day began (the dashboards list only the clinic day's visits),
  // before anything else the suite leaves waiting: these two are next in line.
  const clock = (await adminDb().doc(paths.clinic('sunrise')).get()).data() as ClinicDayClock;
  const sinceDayStart = (Date.now() - startOfClinicDay(new Date(), clock).getTime()) / 60_000;
  const first = await seedWaitingVisit('sunrise', 'Irma First', 'emergency', sinceDayStart - 0.2);
  const second = await seedWaitingVisit('sunrise', 'Ivo Second', 'emergency', sinceDayStart - 0.1);
  const lee = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  const okafor = await openAs(browser, 'dr.okafor@sunrise.demo', 'tablet');
  for (const page of [lee.page, okafor.page]) {
    await expect(visitCard(page, second.name).getByRole('button', { name: 'Call in' })).toBeEnabled();
    await expect(page.getByRole('button', { name: 'Call next' })).toBeEnabled();
  }

  await Promise.all([
    lee.page.getByRole('button', { name: 'Call next' }).click(),
    okafor.page.getByRole('button', { name: 'Call next' }).click(),
  ]);

  // Both called, by different doctors (the dashboards may hold other tests' patients too).
  const statuses = async (): Promise<unknown[]> => [
    (await storedVisit(first.visitId))?.status as unknown,
    (await storedVisit(second.visitId))?.status as unknown,
  ];
  await expect.poll(statuses).toEqual(['called', 'called']);
  const visits = [await storedVisit(first.visitId), await storedVisit(second.visitId)];
  const holders = visits.map((v) => v?.claimedBy as unknown);
  expect(new Set(holders)).toEqual(new Set([LEE, OKAFOR]));
  for (const v of visits) expect(v?.room).toBe(v?.claimedBy === LEE ? 'Consulta 1' : 'Consulta 2');
  const [leeHolds, okaforHolds] = holders[0] === LEE ? [first, second] : [second, first];
  await expect(mine(lee.page).locator('article.visit-card', { hasText: leeHolds.name })).toBeVisible();
  await expect(mine(lee.page).locator('article.visit-card', { hasText: okaforHolds.name })).toHaveCount(0);
  await expect(mine(okafor.page).locator('article.visit-card', { hasText: okaforHolds.name })).toBeVisible();
  await expect(mine(okafor.page).locator('article.visit-card', { hasText: leeHolds.name })).toHaveCount(0);

  await expect(visitCard(lee.page, leeHolds.name)).toContainText('Called to Consulta 1 by you');
  await expect(visitCard(okafor.page, leeHolds.name)).toContainText('Called to Consulta 1 by Dr. Daniel Lee');
  await lee.context.close();
  await okafor.context.close();
});

test('a no-show, by the doctor or by the desk, can be undone at once and the patient is called again', async ({
  browser,
}) => {
  const { name, visitId } = await seedWaitingVisit('sunrise', 'Nico Absent', 'normal', 5);
  const lee = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  const desk = await openAs(browser, 'reception@sunrise.demo');

  await visitCard(lee.page, name).getByRole('button', { name: 'Call in' }).click();
  const card = mine(lee.page).locator('article.visit-card', { hasText: name });
  await expect(card).toContainText('Called to Consulta 1 by you');
  const ticket = await assignedTicket(card);
  await expect(queueRow(desk.page, name)).toContainText('Called to Consulta 1 by Dr. Daniel Lee');

  // The doctor's no-show, undone from its toast.
  await card.getByRole('button', { name: 'No-show' }).click();
  await expect(visitCard(lee.page, name)).toHaveCount(0);
  await expect(queueRow(desk.page, name)).toContainText('No-show');
  const toast = lee.page.getByRole('status').filter({ hasText: `${ticket} marked as a no-show.` });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(card.getByRole('button', { name: 'Start review' })).toBeVisible();
  await expect(queueRow(desk.page, name)).toContainText('Called');
  expect(await storedVisit(visitId)).toMatchObject({ status: 'called', claimedBy: LEE, statusChangedBy: LEE });

  // The desk's no-show, undone from its own toast.
  await queueRow(desk.page, name)
    .getByRole('button', { name: `Mark ${name} as a no-show` })
    .click();
  await expect(visitCard(lee.page, name)).toHaveCount(0);
  await desk.page
    .getByRole('status')
    .filter({ hasText: `${name} marked as a no-show.` })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(card).toContainText('Called to Consulta 1 by you');
  expect(await storedVisit(visitId)).toMatchObject({ status: 'called', statusChangedBy: 'sunrise-reception' });
  await lee.context.close();
  await desk.context.close();
});

test('a doctor transfers a patient to a colleague on duty, who finds it under "Your patients" with an alert', async ({
  browser,
}) => {
  const { name, visitId } = await seedWaitingVisit('sunrise', 'Tess Transfer', 'urgent', 4);
  const lee = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  const okafor = await openAs(browser, 'dr.okafor@sunrise.demo', 'tablet');
  await expect(visitCard(okafor.page, name)).toBeVisible();

  await visitCard(lee.page, name).getByRole('button', { name: 'Start review' }).click();
  const card = mine(lee.page).locator('article.visit-card', { hasText: name });
  const ticket = await assignedTicket(card);
  await card.getByRole('button', { name: 'Transfer' }).click();
  const dialog = lee.page.getByRole('dialog', { name: `Transfer ${ticket} to` });
  await dialog.getByRole('radio', { name: 'Dr. Ngozi Okafor, Consulta 2' }).check();
  await dialog.getByRole('button', { name: 'Transfer' }).click();

  await expect(mine(okafor.page).locator('article.visit-card', { hasText: name })).toContainText('In review with you');
  await expect(
    okafor.page.getByRole('status').filter({ hasText: `${ticket} was handed to you by Dr. Daniel Lee.` }),
  ).toBeVisible();
  await expect(others(lee.page).locator('article.visit-card', { hasText: name })).toContainText(
    'In review with Dr. Ngozi Okafor',
  );
  expect(await storedVisit(visitId)).toMatchObject({ status: 'in_review', claimedBy: OKAFOR, room: 'Consulta 2' });
  await lee.context.close();
  await okafor.context.close();
});
