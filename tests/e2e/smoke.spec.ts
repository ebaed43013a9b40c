import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

test('the sign-in page renders', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByLabel('Email')).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
});

test('a demo receptionist signs in and lands on the front desk', async ({ page }) => {
  await signIn(page, 'reception@sunrise.demo');
  await expect(page).toHaveURL(/\/reception$/);
  await expect(page.getByTestId('whoami-role')).toHaveText('Receptionist');
  await expect(page.getByTestId('whoami-clinic')).toHaveText('sunrise');
});

test('a user without a role is told so and sees no clinic data', async ({ page }) => {
  await signIn(page, 'norole@demo.test');
  await expect(page.getByRole('heading', { name: 'Your account has no clinic role yet' })).toBeVisible();
});
