import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seedWaitingVisit } from './admin-db';
import { openAs, queueRow, registerPatientVisit, signIn, unique } from './helpers';

/** Serious and critical WCAG 2.1 A/AA violations only, listed so a failure says what and where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.beforeAll(async () => {
  await seedWaitingVisit('sunrise', 'Axe Emergency', 'emergency', 12);
  await seedWaitingVisit('sunrise', 'Axe Urgent', 'urgent', 20);
  await seedWaitingVisit('sunrise', 'Axe Normal', 'normal', 45);
});

test('the sign-in page, also with an error, has no serious accessibility violation', async ({ page }) => {
  await page.goto('/');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Email').fill('reception@sunrise.demo');
  await page.getByLabel('Password').fill('wrong-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the front desk, its validation messages, duplicate warning and confirm dialog pass axe', async ({ browser }) => {
  const { page, context } = await openAs(browser, 'reception@sunrise.demo');
  await expect(page.locator('tr.queue-row').first()).toBeVisible();
  await page.getByLabel('Find patient by name or phone').fill('smi');
  await expect(page.getByRole('button', { name: /John Smith/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const form = page.getByRole('form', { name: 'New visit' });
  await form.getByRole('button', { name: /Register a new patient/ }).click();
  await form.getByRole('button', { name: 'Register and open visit' }).click();
  await expect(form.getByText('Enter the reason for the visit.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await form.getByLabel('Full name').fill('John Smith');
  await form.getByLabel('Phone').fill('+34 611 222 333');
  await form.getByLabel('Date of birth').fill('1990-07-01');
  await form.getByLabel('Reason for the visit').fill('Headache');
  await form.getByRole('button', { name: 'Register and open visit' }).click();
  await expect(form.getByText('Already registered?')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const name = unique('Dialog Patient');
  await form.getByRole('button', { name: 'Back to search' }).click();
  await registerPatientVisit(
    page,
    { fullName: name, phone: '+34 600 123 123', dateOfBirth: '2000-02-02' },
    { reason: unique('Check'), priority: 'Normal' },
  );
  await queueRow(page, name)
    .getByRole('button', { name: /Cancel the visit/ })
    .click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test('the doctor dashboard with arrival banners, live and offline, passes axe', async ({ browser }) => {
  const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  await expect(doctor.page.locator('.connection')).toHaveAttribute('data-tone', 'live');
  const desk = await openAs(browser, 'reception@sunrise.demo');
  await registerPatientVisit(
    desk.page,
    { fullName: unique('Banner Patient'), phone: '+34 600 321 321', dateOfBirth: '1999-09-09' },
    { reason: unique('Banner check'), priority: 'Emergency' },
  );
  await expect(doctor.page.getByTestId('arrival-banner').first()).toContainText(/A-\d{3}/);
  expect(await seriousViolations(doctor.page)).toEqual([]);

  await doctor.context.setOffline(true);
  await expect(doctor.page.locator('.connection')).toHaveAttribute('data-tone', 'offline');
  expect(await seriousViolations(doctor.page)).toEqual([]);
  await doctor.context.close();
  await desk.context.close();
});

test('the staff admin screen, its day-end setting, the day report and the no-role page pass axe', async ({
  browser,
  page,
}) => {
  const admin = await openAs(browser, 'admin@sunrise.demo');
  await expect(admin.page.getByText('Dr. Ngozi Okafor')).toBeVisible();
  await admin.page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(admin.page.getByText('Enter a valid email address.')).toBeVisible();
  expect(await seriousViolations(admin.page)).toEqual([]);

  // The day-end setting refusing an afternoon time, and the day report.
  await admin.page.getByLabel('The clinic day ends at').fill('13:00');
  await admin.page.getByRole('button', { name: 'Save' }).click();
  await expect(admin.page.getByText('Choose a time from 00:00 to 11:59.')).toBeVisible();
  expect(await seriousViolations(admin.page)).toEqual([]);
  await admin.page.getByRole('link', { name: 'Day report' }).click();
  await expect(admin.page.getByRole('img', { name: /Arrivals per hour/ })).toBeVisible();
  expect(await seriousViolations(admin.page)).toEqual([]);
  await admin.context.close();

  await signIn(page, 'norole@demo.test');
  await expect(page.getByRole('heading', { name: 'Your account has no clinic role yet' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
