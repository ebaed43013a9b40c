import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data';
import { signIn } from './helpers';

test('the sign-in page renders with the trusted-computer choice', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Email')).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /trusted clinic computer/ })).not.toBeChecked();
});

test('a demo receptionist signs in and lands on the front desk of their clinic', async ({ page }) => {
  await signIn(page, 'reception@sunrise.demo');
  await expect(page).toHaveURL(/\/reception$/);
  await expect(page.getByRole('banner')).toContainText('Receptionist · Sunrise Family Clinic');
  await expect(page.getByRole('heading', { name: 'Today’s queue' })).toBeVisible();
});

test('a user without a role is told so and sees no clinic data', async ({ page }) => {
  await signIn(page, 'norole@demo.test');
  await expect(page.getByRole('heading', { name: 'Your account has no clinic role yet' })).toBeVisible();
  await page.getByRole('button', { name: /check again/ }).click();
  await expect(page.getByText('Still no role on this account.')).toBeVisible();
});

test('signing out returns to the sign-in page and forgets the trusted computer’s cache', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Email').fill('dr.lee@sunrise.demo');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('checkbox', { name: /trusted clinic computer/ }).check();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Live', { exact: true })).toBeVisible();
  const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
  expect((await databases()).some((name) => name.startsWith('firestore/'))).toBe(true);

  // Sign-out reloads the page once the cache is wiped: wait for that before looking again.
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect.poll(async () => (await databases()).filter((name) => name.startsWith('firestore/'))).toEqual([]);
  // The choice itself is remembered for this computer.
  await expect(page.getByRole('checkbox', { name: /trusted clinic computer/ })).toBeChecked();
});
