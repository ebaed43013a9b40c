import { expect, test } from '@playwright/test';
import { addDays, clinicDayOf, clinicDayStart } from '@clinicflow/shared/clinic-time';
import { paths } from '@clinicflow/shared/paths';
import { adminDb } from './admin-db';
import { VIEWPORTS, queueRow, registerPatientVisit, signIn, unique, visitCard } from './helpers';

/**
 * Across the clinic's day end, the front desk and the doctor's dashboard turn to the new day at
 * the same instant: each browser's clock (Playwright's) jumps to a second before the end, both
 * still list the visit, then to the end itself, and neither does. Only the browsers' clocks move;
 * the server's are real.
 */
test('the desk and the dashboard drop the ended day’s open visits at the same moment', async ({ browser }) => {
  const clinic = (await adminDb().doc(paths.clinic('sunrise')).get()).data() as {
    timezone: string;
    dayEndsAt?: string;
  };
  const now = Date.now();
  const dayEnd = clinicDayStart(addDays(clinicDayOf(new Date(now), clinic), 1), clinic).getTime();

  /** Signed in on a page whose clock Playwright holds (installed before the app's first script). */
  const openWithClock = async (email: string, viewport: keyof typeof VIEWPORTS) => {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
    const page = await context.newPage();
    await page.clock.install({ time: now });
    await signIn(page, email);
    return { context, page };
  };
  const desk = await openWithClock('reception@sunrise.demo', 'desk');
  const doctor = await openWithClock('dr.lee@sunrise.demo', 'tablet');

  const name = unique('Late Patient');
  await registerPatientVisit(
    desk.page,
    { fullName: name, phone: '+34 600 999 000', dateOfBirth: '1970-01-01' },
    { reason: unique('Evening cough'), priority: 'Normal' },
  );
  // On the server (ticketed), not only kept on the desk's computer: an unsent visit stays listed
  // whatever the day until it is sent.
  await expect(queueRow(desk.page, name).locator('.queue-row__ticket')).toHaveText(/^A-\d{3,}$/);
  await expect(visitCard(doctor.page, name)).toBeVisible();

  // A second before the day ends: still there on both.
  const untilJustBefore = dayEnd - 1_000 - Date.now();
  await Promise.all([desk.page.clock.fastForward(untilJustBefore), doctor.page.clock.fastForward(untilJustBefore)]);
  await expect(queueRow(desk.page, name)).toBeVisible();
  await expect(visitCard(doctor.page, name)).toBeVisible();

  // The day ends: gone from both.
  await Promise.all([desk.page.clock.fastForward(2_000), doctor.page.clock.fastForward(2_000)]);
  await expect(queueRow(desk.page, name)).toHaveCount(0);
  await expect(visitCard(doctor.page, name)).toHaveCount(0);
  await desk.context.close();
  await doctor.context.close();
});
