/**
 * `npm run screenshots` only (SCREENSHOTS=1): lays out a realistic morning at Sunrise Family
 * Clinic, then saves every screen to docs/screenshots/ at front-desk PC and tablet sizes.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/root';
import { seedPastVisit, type PastVisit } from './admin-db';
import { deployNewVersion, serviceWorkerInControl } from './app-install';
import { VIEWPORTS, openAs, queueRow, registerPatientVisit, signIn } from './helpers';
import { routeFirestoreThrough, startFirestoreProxy } from './server-cut';

const OUT = join(ROOT, 'docs', 'screenshots');
/** The whole page, or (viewport) exactly what the screen shows, toasts in their corner. */
const shot = (page: Page, name: string, area: 'page' | 'viewport' = 'page') =>
  page.screenshot({ path: join(OUT, `${name}.png`), fullPage: area === 'page' });

const MORNING: PastVisit[] = [
  {
    patient: { fullName: 'Tomás Ruiz', phone: '+34 622 410 998', dateOfBirth: '1971-09-14' },
    reason: 'Repeat prescription for asthma inhaler',
    priority: 'normal',
    minutesAgo: 95,
    status: 'done',
    claimedBy: 'sunrise-dr-lee',
    claimedMinutesAgo: 80,
  },
  {
    patient: { fullName: 'Elena Navarro', phone: '+34 633 871 204', dateOfBirth: '1995-02-03' },
    reason: 'Flu vaccination',
    priority: 'normal',
    minutesAgo: 88,
    status: 'cancelled',
  },
  {
    patient: { fullName: 'Carmen Garrido', phone: '+34 612 345 679', dateOfBirth: '1984-03-21' },
    reason: 'Follow-up on blood pressure medication',
    priority: 'normal',
    minutesAgo: 48,
  },
  {
    patient: { fullName: 'John Carter', phone: '+34 611 908 112', dateOfBirth: '1988-12-30' },
    reason: 'High fever since last night, 39.4 °C',
    priority: 'urgent',
    minutesAgo: 34,
  },
  {
    patient: { fullName: 'Kwame Mensah', phone: '+34 644 120 387', dateOfBirth: '1979-06-08' },
    reason: 'Deep cut on the left hand, bleeding controlled',
    priority: 'urgent',
    minutesAgo: 26,
    status: 'in_review',
    claimedBy: 'sunrise-dr-lee',
    claimedMinutesAgo: 6,
  },
  {
    patient: { fullName: 'Lucía Fernández', phone: '+34 655 302 771', dateOfBirth: '2009-04-17' },
    reason: 'Sprained ankle playing football',
    priority: 'normal',
    minutesAgo: 21,
    status: 'in_review',
    claimedBy: 'sunrise-dr-okafor',
    claimedMinutesAgo: 9,
  },
  {
    patient: { fullName: 'Aisha Rahman', phone: '+34 699 100 201', dateOfBirth: '2015-11-02' },
    reason: 'Ear pain and trouble sleeping',
    priority: 'urgent',
    minutesAgo: 12,
  },
  {
    patient: { fullName: 'Pablo Moreno', phone: '+34 655 987 600', dateOfBirth: '1950-01-30' },
    reason: 'Chest tightness and shortness of breath',
    priority: 'emergency',
    minutesAgo: 7,
  },
  {
    patient: { fullName: 'Omar Haddad', phone: '+34 677 554 019', dateOfBirth: '1966-10-25' },
    reason: 'Persistent cough for two weeks',
    priority: 'normal',
    minutesAgo: 4,
  },
];

test('captures every screen with a realistic morning of visits', async ({ browser }) => {
  test.setTimeout(240_000);
  for (const visit of MORNING) await seedPastVisit('sunrise', visit);

  const signInPage = await browser.newPage({ viewport: VIEWPORTS.desk });
  await signInPage.goto('/');
  await expect(signInPage.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(signInPage.getByRole('button', { name: 'Forgot password?' })).toBeVisible();
  await shot(signInPage, 'sign-in');
  await signInPage.setViewportSize(VIEWPORTS.tablet);
  await shot(signInPage, 'sign-in-tablet', 'viewport');
  await signInPage.setViewportSize(VIEWPORTS.desk);
  await signInPage.getByLabel('Email').fill('rosa.reception@sunrise.demo');
  await signInPage.getByRole('button', { name: 'Forgot password?' }).click();
  await signInPage.getByRole('button', { name: 'Email me a reset link' }).click();
  await expect(signInPage.getByRole('status')).toContainText('a password-reset email is on its way');
  await shot(signInPage, 'forgot-password');
  await signInPage.close();

  // The doctor's tablet is open before the new arrivals, so they come in as toasts and banners.
  const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  await expect(doctor.page.getByText('Live', { exact: true })).toBeVisible();

  const desk = await openAs(browser, 'reception@sunrise.demo', 'desk');
  await expect(desk.page.getByText('Omar Haddad')).toBeVisible();
  await registerPatientVisit(
    desk.page,
    { fullName: 'Sofia Marin', phone: '+34 600 123 456', dateOfBirth: '1992-08-19' },
    { reason: 'Severe allergic reaction, swollen lips', priority: 'Emergency' },
  );
  await registerPatientVisit(
    desk.page,
    { fullName: 'Daniel Ortega', phone: '+34 600 654 321', dateOfBirth: '1983-05-11' },
    { reason: 'Lower back pain after lifting', priority: 'Normal' },
  );
  await registerPatientVisit(
    desk.page,
    { fullName: 'Irene Castillo', phone: '+34 600 777 888', dateOfBirth: '1958-12-02' },
    { reason: 'Dizziness when standing up', priority: 'Urgent' },
  );

  // Three arrivals: two banners and "+1 more", the toasts in their lane beside the buttons.
  await expect(doctor.page.getByTestId('arrival-banner')).toHaveCount(2);
  await expect(doctor.page.getByRole('button', { name: '+1 more' })).toBeVisible();
  await expect(doctor.page.getByTestId('arrival-banner').first()).toContainText(/A-\d{3}/);
  await shot(doctor.page, 'dashboard', 'viewport');
  await doctor.page.setViewportSize(VIEWPORTS.desk);
  await shot(doctor.page, 'dashboard-desk', 'viewport');
  await doctor.page.setViewportSize(VIEWPORTS.tablet);
  await doctor.page.getByRole('button', { name: /Dismiss all/ }).click();
  await doctor.context.setOffline(true);
  await expect(doctor.page.getByText('Offline — showing saved data')).toBeVisible();
  await shot(doctor.page, 'dashboard-offline', 'viewport');
  await doctor.context.close();

  // The server stops answering under an open dashboard while the browser stays online.
  const proxy = await startFirestoreProxy();
  const silent = await browser.newContext({ viewport: VIEWPORTS.tablet });
  await routeFirestoreThrough(silent, proxy);
  const silentPage = await silent.newPage();
  await signIn(silentPage, 'dr.okafor@sunrise.demo');
  await expect(silentPage.getByText('Live', { exact: true })).toBeVisible();
  await proxy.refuse();
  await expect(silentPage.getByText('Server not answering — showing saved data')).toBeVisible();
  await shot(silentPage, 'dashboard-unreachable', 'viewport');
  await silent.close();
  await proxy.close();

  // Connecting: the server answers, but the list's first snapshot has not come yet.
  const connecting = await browser.newContext({ viewport: VIEWPORTS.tablet });
  const connectingPage = await connecting.newPage();
  // Trusted: the session must survive the reload below.
  await signIn(connectingPage, 'dr.okafor@sunrise.demo', { trusted: true });
  await connecting.route('**/google.firestore.v1.Firestore/Listen/**', () => undefined);
  await connectingPage.reload();
  await expect(connectingPage.getByText('Connecting…')).toBeVisible();
  await shot(connectingPage, 'dashboard-connecting', 'viewport');
  await connecting.close();

  await expect(queueRow(desk.page, 'Daniel Ortega')).toContainText(/A-\d{3}/);
  await desk.page.getByLabel('Find patient by name or phone').fill('gar');
  await expect(desk.page.getByRole('button', { name: /Maria Garcia Lopez.*1984/ }).first()).toBeVisible();
  await shot(desk.page, 'reception');

  await desk.page.getByLabel('Find patient by name or phone').fill('');
  await registerDuplicate(desk.page);
  await shot(desk.page, 'reception-duplicate');
  await desk.page.setViewportSize(VIEWPORTS.tablet);
  await shot(desk.page, 'reception-tablet');
  await desk.context.close();

  const admin = await openAs(browser, 'admin@sunrise.demo', 'desk');
  await expect(admin.page.getByText('Dr. Ngozi Okafor')).toBeVisible();
  await admin.page.getByLabel('Full name').fill('Jo Martin');
  await admin.page.getByLabel('Email').fill('jo.martin@sunrise.demo');
  await admin.page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(admin.page.getByText('Password-setup email sent to jo.martin@sunrise.demo.')).toBeVisible();
  const changes = admin.page.getByRole('region', { name: 'Recent staff changes' });
  await expect(changes).toContainText('You added Jo Martin as receptionist.');
  await admin.page.getByRole('combobox', { name: 'Role of Jo Martin' }).selectOption('checkerDoctor');
  await admin.page.getByRole('dialog').getByRole('button', { name: 'Change role' }).click();
  await expect(changes).toContainText('You changed Jo Martin’s role from receptionist to checker doctor.');
  // Pictures without the toasts: both have gone once the last one has.
  await expect(admin.page.getByText('Jo Martin is now checker doctor.')).toBeHidden({ timeout: 15_000 });
  await shot(admin.page, 'admin');
  await admin.page.setViewportSize(VIEWPORTS.tablet);
  await shot(admin.page, 'admin-tablet');
  await admin.context.close();

  const noRole = await browser.newPage({ viewport: VIEWPORTS.desk });
  await signIn(noRole, 'norole@demo.test');
  await shot(noRole, 'no-role');
});

async function registerDuplicate(page: Page) {
  const form = page.getByRole('form', { name: 'New visit' });
  await form.getByRole('button', { name: /Register a new patient/ }).click();
  await form.getByLabel('Full name').fill('John Smith');
  await form.getByLabel('Phone').fill('+34 611 222 334');
  await form.getByLabel('Date of birth').fill('1990-07-01');
  await form.getByLabel('Reason for the visit').fill('Headache and dizziness');
  await form.getByRole('radio', { name: /Urgent/ }).check();
  await form.getByRole('button', { name: 'Register and open visit' }).click();
  await expect(form.getByText('Already registered?')).toBeVisible();
}

test('captures the new-version offer on the doctor’s tablet', async ({ browser }) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.tablet });
  const page = await context.newPage();
  await signIn(page, 'dr.lee@sunrise.demo', { trusted: true });
  await serviceWorkerInControl(page);
  await expect(page.locator('.connection')).toHaveAttribute('data-tone', 'live');
  const restore = await deployNewVersion(page);
  try {
    await expect(page.getByText('A new version of ClinicFlow is ready.')).toBeVisible({ timeout: 30_000 });
    await shot(page, 'update-offer', 'viewport');
  } finally {
    restore();
    await context.close();
  }
});
