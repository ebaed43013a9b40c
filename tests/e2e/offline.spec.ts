import { expect, test } from '@playwright/test';
import { countVisits } from './admin-db';
import { openAs, queueRow, registerPatientVisit, unique, visitCard } from './helpers';

// Reconnecting waits for the SDK's own retry; give it more than the default 10 s.
const RECONNECT = { timeout: 30_000 };

test('the doctor’s dashboard turns yellow offline and catches up, green, after reconnecting', async ({ browser }) => {
  const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  const status = doctor.page.locator('.connection');
  await expect(status).toHaveAttribute('data-tone', 'live');
  await expect(status).toContainText('Live');

  await doctor.context.setOffline(true);
  await expect(status).toHaveAttribute('data-tone', 'offline');
  await expect(status).toContainText('Offline — showing saved data');

  const desk = await openAs(browser, 'reception@sunrise.demo');
  const name = unique('Oscar Offline');
  await registerPatientVisit(
    desk.page,
    { fullName: name, phone: '+34 600 444 555', dateOfBirth: '1982-11-11' },
    { reason: unique('Sore throat'), priority: 'Normal' },
  );
  await expect(queueRow(desk.page, name)).toContainText(/A-\d{3}/);
  await expect(visitCard(doctor.page, name)).toHaveCount(0);

  await doctor.context.setOffline(false);
  await expect(visitCard(doctor.page, name)).toBeVisible(RECONNECT);
  await expect(status).toHaveAttribute('data-tone', 'live', RECONNECT);
  await expect(status).toContainText('Live');
  await doctor.context.close();
  await desk.context.close();
});

test('two visits saved at the front desk while offline arrive exactly once after reconnecting', async ({ browser }) => {
  const desk = await openAs(browser, 'reception@sunrise.demo');
  await expect(desk.page.getByRole('heading', { name: 'Today’s queue' })).toBeVisible();
  await desk.context.setOffline(true);
  await expect(desk.page.getByText(/^Offline\. New visits and cancellations are kept on this computer/)).toBeVisible();

  const visits = [
    { name: unique('Iris Offline'), reason: unique('Fever'), priority: 'Urgent' as const },
    { name: unique('Hugo Offline'), reason: unique('Cut finger'), priority: 'Normal' as const },
  ];
  for (const v of visits) {
    await registerPatientVisit(
      desk.page,
      { fullName: v.name, phone: '+34 600 555 666', dateOfBirth: '1979-04-04' },
      { reason: v.reason, priority: v.priority },
    );
    await expect(queueRow(desk.page, v.name)).toContainText('Waiting to sync');
  }
  for (const v of visits) expect(await countVisits('sunrise', v.reason)).toBe(0);

  await desk.context.setOffline(false);
  for (const v of visits) {
    await expect(queueRow(desk.page, v.name)).toContainText(/A-\d{3}/, RECONNECT);
    await expect(queueRow(desk.page, v.name)).not.toContainText('Waiting to sync');
    await expect(queueRow(desk.page, v.name)).toHaveCount(1);
    expect(await countVisits('sunrise', v.reason)).toBe(1);
  }
  await desk.context.close();
});
