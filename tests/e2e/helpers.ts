import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import type { Language } from '@clinicflow/shared/model';
import { WEB_SERVERS, origin } from '../../scripts/lib/addresses';
import { catalogText, type CatalogText } from '../../scripts/lib/catalog-text';
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
  /** The language chosen on this device (English unless said): the screens' words come from its catalog. */
  language?: Language;
}

const SAY = { en: catalogText('en'), es: catalogText('es') } as const satisfies Record<Language, CatalogText>;

/** The words of a language's catalog, to find what its screens show: `say('es')('signIn.title')`. */
export const say = (language: Language = 'en'): CatalogText => SAY[language];

/** A browser's storage with `language` chosen on the device (the switch at the top of every screen). */
export function deviceLanguage(language: Language) {
  return {
    cookies: [],
    origins: [
      { origin: origin(WEB_SERVERS.preview), localStorage: [{ name: 'clinicflow.language', value: language }] },
    ],
  };
}

export async function signIn(page: Page, email: string, options: SignInOptions = {}): Promise<void> {
  const t = say(options.language);
  await page.goto('/');
  await page.getByLabel(t('signIn.email')).fill(email);
  await page.getByLabel(t('signIn.password')).fill(options.password ?? DEMO_PASSWORD);
  await page.getByRole('checkbox', { name: t('signIn.trusted') }).setChecked(options.trusted ?? false);
  await page.getByRole('button', { name: t('signIn.submit') }).click();
  await expect(page.getByRole('button', { name: t('shell.signOut') })).toBeVisible();
}

/** The waiting room's TV: 1920×1080. */
export const TV = { width: 1920, height: 1080 } as const;

/**
 * Sign-in as the admin does it once on the waiting room's TV: trusted, so it stays signed in. The
 * sign-in page speaks the device's language (`options.language`); the display, its clinic's.
 */
export async function signInDisplay(page: Page, email: string, clinicLanguage: Language, language: Language = 'en') {
  const t = say(language);
  await page.goto('/');
  await page.getByLabel(t('signIn.email')).fill(email);
  await page.getByLabel(t('signIn.password')).fill(DEMO_PASSWORD);
  await page.getByRole('checkbox', { name: t('signIn.trusted') }).setChecked(true);
  await page.getByRole('button', { name: t('signIn.submit') }).click();
  await expect(page.getByRole('heading', { name: say(clinicLanguage)('display.title') })).toBeVisible();
  await expect(page).toHaveURL(/\/display$/);
}

/** A fresh browser context (its own storage: another person at another computer), signed in. */
export async function openAs(
  browser: Browser,
  email: string,
  viewport: keyof typeof VIEWPORTS = 'desk',
  options: SignInOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    ...(options.language && { storageState: deviceLanguage(options.language) }),
  });
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
  language: Language = 'en',
): Promise<void> {
  const t = say(language);
  const form = page.getByRole('form', { name: t('reception.newVisit') });
  await form.getByRole('button', { name: t('search.register') }).click();
  await form.getByLabel(t('field.fullName')).fill(patient.fullName);
  await form.getByLabel(t('field.phone')).fill(patient.phone);
  await form.getByLabel(t('field.dateOfBirth')).fill(patient.dateOfBirth);
  await form.getByLabel(t('field.reason')).fill(visit.reason);
  const priority = ({ Emergency: 'priority.emergency', Urgent: 'priority.urgent', Normal: 'priority.normal' } as const)[
    visit.priority
  ];
  await form.getByRole('radio', { name: new RegExp(t(priority)) }).check();
  await form.getByRole('button', { name: t('reception.registerAndOpen') }).click();
  // The form empties for the next patient once the visit is accepted (on the server or queued locally).
  await expect(form.getByLabel(t('search.label'))).toBeVisible();
}

/** The doctor dashboard's card for a visit, found by its (unique) patient name. */
export function visitCard(page: Page, patientName: string) {
  return page.locator('article.visit-card', { hasText: patientName });
}

/** A dashboard card's ticket number, once the function has assigned it ("A-007"). */
export async function assignedTicket(card: Locator): Promise<string> {
  const ticket = card.locator('.visit-card__ticket');
  await expect(ticket).toHaveText(/^A-\d{3,}$/);
  return (await ticket.textContent()) ?? '';
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
