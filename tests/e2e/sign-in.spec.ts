import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data';
import { resetEmailCount } from '../helpers/oob-codes';
import { createStaffMember } from './admin-db';
import { setPasswordFromEmail, signIn, unique } from './helpers';

const signInHeading = (page: Page) => page.getByRole('heading', { name: 'Sign in' });
const firestoreDatabases = (page: Page) =>
  page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name ?? '').filter((name) => name.startsWith('firestore/')),
  );

test('“Forgot password?” emails a reset link; the member chooses a new password and signs in with it', async ({
  page,
}) => {
  const member = await createStaffMember('sunrise', 'receptionist');
  const earlierEmails = await resetEmailCount(member.email);
  await page.goto('/');
  await page.getByLabel('Email').fill(member.email);
  await page.getByRole('button', { name: 'Forgot password?' }).click();
  await page.getByRole('button', { name: 'Email me a reset link' }).click();
  await expect(page.getByRole('status')).toContainText(
    `If ${member.email} has a ClinicFlow account, a password-reset email is on its way.`,
  );

  await setPasswordFromEmail(page, member.email, 'a-brand-new-one', earlierEmails);
  await page.getByLabel('Email').fill(member.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Email or password is wrong.');
  await signIn(page, member.email, { password: 'a-brand-new-one' });
  await expect(page).toHaveURL(/\/reception$/);
});

test('an untrusted computer keeps no session: neither a reload nor the next person finds anyone signed in', async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'reception@sunrise.demo');
  await expect(page).toHaveURL(/\/reception$/);
  await expect(page.getByRole('heading', { name: 'Today’s queue' })).toBeVisible();

  // The browser closed and opened again by the next person: all its storage, and nothing else.
  const leftBehind = await context.storageState({ indexedDB: true });
  const next = await browser.newContext({ storageState: leftBehind });
  const nextPage = await next.newPage();
  await nextPage.goto('/reception');
  await expect(signInHeading(nextPage)).toBeVisible();
  expect(await firestoreDatabases(nextPage)).toEqual([]);
  await next.close();

  await page.reload();
  await expect(signInHeading(page)).toBeVisible();
  await context.close();
});

test('a trusted computer keeps its session across a reload and a browser restart', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'dr.okafor@sunrise.demo', { trusted: true });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Open visits' })).toBeVisible();

  const restarted = await browser.newContext({ storageState: await context.storageState({ indexedDB: true }) });
  const again = await restarted.newPage();
  await again.goto('/');
  await expect(again.getByRole('heading', { name: 'Open visits' })).toBeVisible();
  await restarted.close();
  await context.close();
});

test('the sign-in page deletes the Firestore data a session left on the computer', async ({ page }) => {
  await page.goto('/');
  await expect(signInHeading(page)).toBeVisible();
  // What a session that ended without signing out leaves: Firestore's cache and its tab bookkeeping.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        localStorage.setItem('firestore_clients_[DEFAULT]_demo-clinicflow_left', '{}');
        const open = indexedDB.open('firestore/[DEFAULT]/demo-clinicflow/main');
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error ?? new Error('could not open'));
      }),
  );
  expect(await firestoreDatabases(page)).toEqual(['firestore/[DEFAULT]/demo-clinicflow/main']);

  await page.reload();
  await expect(signInHeading(page)).toBeVisible();
  await expect.poll(() => firestoreDatabases(page)).toEqual([]);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('firestore_')))).toEqual([]);
});

test('every screen runs under production’s Content Security Policy without a violation', async ({ browser }) => {
  const violations: string[] = [];
  for (const email of ['reception@sunrise.demo', 'dr.lee@sunrise.demo', 'admin@sunrise.demo']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${email}: ${message.text()}`);
    });
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await signIn(page, email);
    if (email.startsWith('admin')) {
      // A toast and the password-setup email: the styles and requests a staff change brings.
      const form = page.getByRole('form', { name: 'Add staff member' });
      const name = unique('Csp Check');
      await form.getByLabel('Full name').fill(name);
      await form.getByLabel('Email').fill(`${name.split(' ').pop() ?? 'x'}@sunrise.demo`);
      await form.getByRole('button', { name: 'Add staff member' }).click();
      await expect(form.getByRole('status')).toContainText('Password-setup email sent');
      await expect(page.getByText(`${name} was added as receptionist.`)).toBeVisible();
    }
    await context.close();
  }
  expect(violations).toEqual([]);
});
