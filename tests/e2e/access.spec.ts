import { expect, test } from '@playwright/test';
import { createStaffMember, seedPastVisit } from './admin-db';
import { openAs, signIn, unique, visitCard } from './helpers';

test('a receptionist cannot open the dashboard or the admin screens', async ({ browser }) => {
  const { page, context } = await openAs(browser, 'reception@sunrise.demo');
  for (const path of ['/dashboard', '/admin']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/reception$/);
    await expect(page.getByRole('heading', { name: 'New visit' })).toBeVisible();
  }
  await context.close();
});

test('a doctor cannot open the front desk or the admin screens', async ({ browser }) => {
  const { page, context } = await openAs(browser, 'dr.okafor@sunrise.demo');
  for (const path of ['/reception', '/admin']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/dashboard$/);
  }
  await context.close();
});

test('a doctor of another clinic sees that clinic’s visits and none of this one’s', async ({ browser }) => {
  const sunrise = unique('Sunny Patient');
  const harbor = unique('Harbor Patient');
  await seedPastVisit('sunrise', {
    patient: { fullName: sunrise, phone: '+34 600 000 111', dateOfBirth: '1990-01-01' },
    reason: unique('Sunrise only'),
    priority: 'emergency',
    minutesAgo: 1,
  });
  await seedPastVisit('harbor', {
    patient: { fullName: harbor, phone: '+1 212 555 0100', dateOfBirth: '1990-01-01' },
    reason: unique('Harbor only'),
    priority: 'normal',
    minutesAgo: 1,
  });
  const hart = await openAs(browser, 'dr.hart@harbor.demo', 'tablet');
  await expect(hart.page.getByRole('banner')).toContainText('Harbor Health Center');
  await expect(visitCard(hart.page, harbor)).toBeVisible();
  await expect(hart.page.locator('.connection')).toHaveAttribute('data-tone', 'live');
  await expect(visitCard(hart.page, sunrise)).toHaveCount(0);
  await expect(hart.page.locator('article.visit-card')).toHaveCount(1);
  await hart.context.close();
});

test('a member whose role changes is moved to the new screen without signing out', async ({ page }) => {
  const member = await createStaffMember('sunrise', 'receptionist');
  await signIn(page, member.email);
  await expect(page).toHaveURL(/\/reception$/);

  await member.setRole('checkerDoctor');
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { name: 'Open visits' })).toBeVisible();

  await member.setRole(null);
  await expect(page.getByRole('heading', { name: 'Your account has no clinic role yet' })).toBeVisible();
});
