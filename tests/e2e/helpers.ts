import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data';
import { passwordResetEmail } from '../helpers/oob-codes';

export const VIEWPORTS = {
  desk: { width: 1366, height: 850 },
  tablet: { width: 820, height: 1180 },
} as const;

export interface SignInOptions {
  password?: string;
  /** Tick "This is a trusted clinic computer": the session then survives reloads and typed URLs. */
  trusted?: boolean;
}

export async function signIn(page: Page, email: string, options: SignInOptions = {}): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole('checkbox', { name: /trusted clinic computer/ }).setChecked(options.trusted ?? false);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** A fresh browser context (its own storage: another person at another computer), signed in. */
export async function openAs(
  browser: Browser,
  email: string,
  viewport: keyof typeof VIEWPORTS = 'desk',
  options: SignInOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
  const page = await context.newPage();
  await signIn(page, email, options);
  return { context, page };
}

/** A name and reason no other test uses, so tests sharing the seeded clinic never see each other's rows. */
export function unique(label: string): string {
  return `${label} ${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Registers a new patient with a first visit at the front desk (the page must be on /reception). */
export async function registerPatientVisit(
  page: Page,
  patient: { fullName: string; phone: string; dateOfBirth: string },
  visit: { reason: string; priority: 'Emergency' | 'Urgent' | 'Normal' },
): Promise<void> {
  const form = page.getByRole('form', { name: 'New visit' });
  await form.getByRole('button', { name: /Register a new patient/ }).click();
  await form.getByLabel('Full name').fill(patient.fullName);
  await form.getByLabel('Phone').fill(patient.phone);
  await form.getByLabel('Date of birth').fill(patient.dateOfBirth);
  await form.getByLabel('Reason for the visit').fill(visit.reason);
  await form.getByRole('radio', { name: new RegExp(visit.priority) }).check();
  await form.getByRole('button', { name: 'Register and open visit' }).click();
  // The form empties for the next patient once the visit is accepted (on the server or queued locally).
  await expect(form.getByLabel('Find patient by name or phone')).toBeVisible();
}

/** The doctor dashboard's card for a visit, found by its (unique) patient name. */
export function visitCard(page: Page, patientName: string) {
  return page.locator('article.visit-card', { hasText: patientName });
}

/** The front desk's queue row for a visit, found by its (unique) patient name. */
export function queueRow(page: Page, patientName: string) {
  return page.locator('tr.queue-row', { hasText: patientName });
}

/**
 * What the member does with Firebase's password-reset email: opens its link and chooses a
 * password. The Auth emulator's stand-in for Firebase's hosted page takes the password in the
 * link itself, then sends the browser back to the app (the email's continue URL).
 */
export async function setPasswordFromEmail(page: Page, email: string, newPassword: string, seenBefore = 0) {
  const { oobLink } = await passwordResetEmail(email, seenBefore);
  await page.goto(`${oobLink}&newPassword=${encodeURIComponent(newPassword)}`);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}
