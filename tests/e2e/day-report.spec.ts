import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { clinicDayOf } from '@clinicflow/shared/clinic-time';
import { dayStats } from '@clinicflow/shared/day-stats';
import { paths } from '@clinicflow/shared/paths';
import { adminDb } from './admin-db';
import { openAs, queueRow, registerPatientVisit, unique } from './helpers';

const CLINIC = 'sunrise';

/** Today's arrivals at the demo clinic as the functions counted them. */
async function arrivalsToday(): Promise<number> {
  const clinic = (await adminDb().doc(paths.clinic(CLINIC)).get()).data() as { timezone: string; dayEndsAt?: string };
  const day = clinicDayOf(new Date(), clinic);
  const stats = dayStats(
    (
      await adminDb()
        .doc(`${paths.days(CLINIC)}/${day}`)
        .get()
    ).data(),
  );
  return stats.arrivalsByPriority.emergency + stats.arrivalsByPriority.urgent + stats.arrivalsByPriority.normal;
}

test('the desk reads the day report; the admin downloads the day’s CSV, with names only when ticked', async ({
  browser,
}) => {
  const desk = await openAs(browser, 'reception@sunrise.demo');
  const name = unique('Report Patient');
  await registerPatientVisit(
    desk.page,
    { fullName: name, phone: '+34 600 111 222', dateOfBirth: '1990-05-05' },
    { reason: unique('Report reason'), priority: 'Urgent' },
  );
  const ticketCell = queueRow(desk.page, name).locator('.queue-row__ticket');
  await expect(ticketCell).toHaveText(/^A-\d{3,}$/);
  const ticket = (await ticketCell.textContent()) ?? '';

  // The front desk: the figures, read-only (no export).
  await desk.page.getByRole('link', { name: 'Day report' }).click();
  await expect(desk.page).toHaveURL(/\/report$/);
  const summary = desk.page.getByRole('region', { name: /Clinic day of/ });
  await expect(summary.getByText('Visits')).toBeVisible();
  await expect(summary.locator('dd').first()).toHaveText(String(await arrivalsToday()));
  await expect(desk.page.getByRole('img', { name: /Arrivals per hour/ })).toBeVisible();
  await expect(desk.page.getByRole('button', { name: 'Download CSV' })).toHaveCount(0);
  await desk.context.close();

  // The admin: the same figures, and the export.
  const admin = await openAs(browser, 'admin@sunrise.demo');
  await admin.page.getByRole('link', { name: 'Day report' }).click();
  await expect(
    admin.page
      .getByRole('region', { name: /Clinic day of/ })
      .locator('dd')
      .first(),
  ).toHaveText(String(await arrivalsToday()));
  const exportSection = admin.page.getByRole('region', { name: 'Export the day’s visits' });

  const download = async () => {
    const [file] = await Promise.all([
      admin.page.waitForEvent('download'),
      exportSection.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const text = await readFile(await file.path(), 'utf8');
    return { name: file.suggestedFilename(), text };
  };

  const anonymous = await download();
  expect(anonymous.name).toMatch(/^clinicflow-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(anonymous.text.startsWith('\uFEFF')).toBe(true);
  expect(anonymous.text).not.toContain(name);

  await exportSection.getByRole('checkbox', { name: 'Include the patients’ names' }).check();
  const named = await download();
  const rows = Papa.parse<string[]>(named.text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true }).data;
  expect(rows[0]?.[0]).toBe('Ticket');
  expect(rows[0]?.at(-1)).toBe('Patient');
  const row = rows.find((r) => r.at(-1) === name);
  expect(row?.[0]).toBe(ticket);
  expect(row?.[6]).toBe('Urgent');
  expect(row?.[7]).toBe('Waiting');
  await admin.context.close();
});

test('a doctor sent to the day report lands on their dashboard', async ({ browser }) => {
  const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  // In-app navigation (a reload would sign an untrusted session out): the route decides by the token.
  await doctor.page.evaluate(() => history.pushState(null, '', '/report'));
  await expect(doctor.page).toHaveURL(/\/dashboard$/);
  await doctor.context.close();
});

test('the admin moves the end of the clinic day; it shows as saved only once the server took it', async ({
  browser,
}) => {
  const admin = await openAs(browser, 'admin@sunrise.demo');
  const field = admin.page.getByLabel('The clinic day ends at');
  await expect(field).toHaveValue('04:00');
  await field.fill('04:15');
  await admin.page.getByRole('button', { name: 'Save' }).click();
  await expect(admin.page.getByText('The clinic day now ends at 04:15.')).toBeVisible();
  expect((await adminDb().doc(paths.clinic(CLINIC)).get()).get('dayEndsAt')).toBe('04:15');

  // Back as it was, for the other tests' clinic day.
  await field.fill('04:00');
  await admin.page.getByRole('button', { name: 'Save' }).click();
  await expect(admin.page.getByText('The clinic day now ends at 04:00.')).toBeVisible();
  expect((await adminDb().doc(paths.clinic(CLINIC)).get()).get('dayEndsAt')).toBe('04:00');
  await admin.context.close();
});
