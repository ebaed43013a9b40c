import { expect, test } from '@playwright/test';
import { createStaffMember, seedWaitingVisit } from './admin-db';
import { openAs, signIn, visitCard } from './helpers';

// Typing another screen's address loads the app afresh: only a trusted computer keeps the session across that.
test('a receptionist cannot open the dashboard or the admin screens', async ({ browser }) => {
  const { page, context } = await openAs(browser, 'reception@sunrise.demo', 'desk', { trusted: true });
  for (const path of ['/dashboard', '/admin']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/reception$/);
    await expect(page.getByRole('heading', { name: 'New visit' })).toBeVisible();
  }
  await context.close();
});

test('a doctor cannot open the front desk or the admin screens', async ({ browser }) => {
  const { page, context } = await openAs(browser, 'dr.okafor@sunrise.demo', 'desk', { trusted: true });
  for (const path of ['/reception', '/admin']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/dashboard$/);
  }
  await context.close();
});

test('a doctor of another clinic sees that clinic’s visits and none of this one’s', async ({ browser }) => {
  const { name: sunrise } = await seedWaitingVisit('sunrise', 'Sunny Patient', 'emergency', 1);
  const { name: harbor } = await seedWaitingVisit('harbor', 'Harbor Patient', 'normal', 1);
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

  // Deactivated: the clinic's screens go (to the no-role page, or to sign-in where the account
  // is also disabled and its session revoked).
  await member.setRole(null);
  await expect(page.getByRole('heading', { name: /Your account has no clinic role yet|Sign in/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Open visits' })).toHaveCount(0);
});
