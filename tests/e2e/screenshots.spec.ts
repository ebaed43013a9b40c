/**
 * `npm run screenshots` only (SCREENSHOTS=1): lays out a realistic morning at Sunrise Family
 * Clinic (Madrid), then saves every screen to docs/screenshots/ at front-desk PC and tablet sizes,
 * in English (`name.png`) and in Spanish (`name-es.png`), each from a freshly seeded clinic.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { join } from 'node:path';
import type { Language } from '@clinicflow/shared/model';
import { ROOT } from '../../scripts/lib/root';
import { clearEmulators, seedDemo } from '../../scripts/lib/seed';
import { paths } from '@clinicflow/shared/paths';
import { adminDb, boardWhen, callVisit, seedPastVisit, type PastVisit } from './admin-db';
import { deployNewVersion, serviceWorkerInControl } from './app-install';
import {
  TV,
  VIEWPORTS,
  deviceLanguage,
  openAs,
  queueRow,
  registerPatientVisit,
  say,
  signIn,
  signInDisplay,
} from './helpers';
import { routeFirestoreThrough, startFirestoreProxy } from './server-cut';

const OUT = join(ROOT, 'docs', 'screenshots');
/** The whole page, or (viewport) exactly what the screen shows, toasts in their corner; "-es" after a Spanish one's name. */
const shooter =
  (language: Language) =>
  (page: Page, name: string, area: 'page' | 'viewport' = 'page') =>
    page.screenshot({
      path: join(OUT, `${name}${language === 'en' ? '' : `-${language}`}.png`),
      fullPage: area === 'page',
    });

/** What the desk typed, in the clinic's language. */
type Words = Record<Language, string>;

const MORNING: (Omit<PastVisit, 'reason'> & { reason: Words })[] = [
  {
    patient: { fullName: 'Tomás Ruiz', phone: '+34 622 410 998', dateOfBirth: '1971-09-14' },
    reason: { en: 'Repeat prescription for asthma inhaler', es: 'Receta del inhalador para el asma' },
    priority: 'normal',
    minutesAgo: 95,
    status: 'done',
    claimedBy: 'sunrise-dr-lee',
    claimedMinutesAgo: 80,
  },
  {
    patient: { fullName: 'Elena Navarro', phone: '+34 633 871 204', dateOfBirth: '1995-02-03' },
    reason: { en: 'Flu vaccination', es: 'Vacuna de la gripe' },
    priority: 'normal',
    minutesAgo: 88,
    status: 'cancelled',
  },
  {
    patient: { fullName: 'Carmen Garrido', phone: '+34 612 345 679', dateOfBirth: '1984-03-21' },
    reason: { en: 'Follow-up on blood pressure medication', es: 'Control de la medicación para la tensión' },
    priority: 'normal',
    minutesAgo: 48,
  },
  {
    patient: { fullName: 'John Carter', phone: '+34 611 908 112', dateOfBirth: '1988-12-30' },
    reason: { en: 'High fever since last night, 39.4 °C', es: 'Fiebre alta desde anoche, 39,4 °C' },
    priority: 'urgent',
    minutesAgo: 34,
  },
  {
    patient: { fullName: 'Kwame Mensah', phone: '+34 644 120 387', dateOfBirth: '1979-06-08' },
    reason: {
      en: 'Deep cut on the left hand, bleeding controlled',
      es: 'Corte profundo en la mano izquierda, sangrado controlado',
    },
    priority: 'urgent',
    minutesAgo: 26,
    status: 'in_review',
    claimedBy: 'sunrise-dr-lee',
    claimedMinutesAgo: 6,
  },
  {
    patient: { fullName: 'Lucía Fernández', phone: '+34 655 302 771', dateOfBirth: '2009-04-17' },
    reason: { en: 'Sprained ankle playing football', es: 'Esguince de tobillo jugando al fútbol' },
    priority: 'normal',
    minutesAgo: 21,
    status: 'in_review',
    claimedBy: 'sunrise-dr-okafor',
    claimedMinutesAgo: 9,
  },
  {
    patient: { fullName: 'Aisha Rahman', phone: '+34 699 100 201', dateOfBirth: '2015-11-02' },
    reason: { en: 'Ear pain and trouble sleeping', es: 'Dolor de oído y problemas para dormir' },
    priority: 'urgent',
    minutesAgo: 12,
  },
  {
    patient: { fullName: 'Pablo Moreno', phone: '+34 655 987 600', dateOfBirth: '1950-01-30' },
    reason: { en: 'Chest tightness and shortness of breath', es: 'Opresión en el pecho y falta de aire' },
    priority: 'emergency',
    minutesAgo: 7,
  },
  {
    patient: { fullName: 'Omar Haddad', phone: '+34 677 554 019', dateOfBirth: '1966-10-25' },
    reason: { en: 'Persistent cough for two weeks', es: 'Tos persistente desde hace dos semanas' },
    priority: 'normal',
    minutesAgo: 4,
  },
];

test.beforeEach(async () => {
  await clearEmulators();
  await seedDemo();
});

test('captures every screen in English with a realistic morning of visits', async ({ browser }) => {
  test.setTimeout(240_000);
  await captureEveryScreen(browser, 'en');
});

test('captures every screen in Spanish, the Madrid clinic’s language', async ({ browser }) => {
  test.setTimeout(240_000);
  await captureEveryScreen(browser, 'es');
});

async function captureEveryScreen(browser: Browser, language: Language) {
  const t = say(language);
  const shot = shooter(language);
  const inLanguage = { language };
  const morning: string[] = [];
  for (const visit of MORNING)
    morning.push(await seedPastVisit('sunrise', { ...visit, reason: visit.reason[language] }));

  const signInPage = await browser.newPage({ viewport: VIEWPORTS.desk, storageState: deviceLanguage(language) });
  await signInPage.goto('/');
  await expect(signInPage.getByRole('heading', { name: t('signIn.title') })).toBeVisible();
  await expect(signInPage.getByRole('button', { name: t('signIn.forgot') })).toBeVisible();
  await shot(signInPage, 'sign-in');
  await signInPage.setViewportSize(VIEWPORTS.tablet);
  await shot(signInPage, 'sign-in-tablet', 'viewport');
  await signInPage.setViewportSize(VIEWPORTS.desk);
  await signInPage.getByLabel(t('signIn.email')).fill('rosa.reception@sunrise.demo');
  await signInPage.getByRole('button', { name: t('signIn.forgot') }).click();
  await signInPage.getByRole('button', { name: t('forgot.submit') }).click();
  await expect(signInPage.getByRole('status')).toContainText('rosa.reception@sunrise.demo');
  await shot(signInPage, 'forgot-password');
  await signInPage.close();

  // The doctor's tablet is open before the new arrivals, so they come in as toasts and banners.
  const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet', inLanguage);
  await expect(doctor.page.getByText(t('connection.live'), { exact: true })).toBeVisible();

  const desk = await openAs(browser, 'reception@sunrise.demo', 'desk', inLanguage);
  await expect(desk.page.getByText('Omar Haddad')).toBeVisible();
  const arrivals: {
    patient: Parameters<typeof registerPatientVisit>[1];
    reason: Words;
    priority: 'Emergency' | 'Urgent' | 'Normal';
  }[] = [
    {
      patient: { fullName: 'Sofia Marin', phone: '+34 600 123 456', dateOfBirth: '1992-08-19' },
      reason: { en: 'Severe allergic reaction, swollen lips', es: 'Reacción alérgica grave, labios hinchados' },
      priority: 'Emergency',
    },
    {
      patient: { fullName: 'Daniel Ortega', phone: '+34 600 654 321', dateOfBirth: '1983-05-11' },
      reason: { en: 'Lower back pain after lifting', es: 'Dolor lumbar tras levantar peso' },
      priority: 'Normal',
    },
    {
      patient: { fullName: 'Irene Castillo', phone: '+34 600 777 888', dateOfBirth: '1958-12-02' },
      reason: { en: 'Dizziness when standing up', es: 'Mareo al ponerse de pie' },
      priority: 'Urgent',
    },
  ];
  for (const { patient, reason, priority } of arrivals) {
    await registerPatientVisit(desk.page, patient, { reason: reason[language], priority }, language);
  }
  await registerWalkIn(desk.page, language);

  // Four arrivals: two banners and "+2 more", the toasts in their lane beside the buttons.
  await expect(doctor.page.getByTestId('arrival-banner')).toHaveCount(2);
  await expect(doctor.page.getByRole('button', { name: t('arrivals.more', { count: 2 }) })).toBeVisible();
  await expect(doctor.page.getByTestId('arrival-banner').first()).toContainText(/A-\d{3}/);
  await shot(doctor.page, 'dashboard', 'viewport');
  await doctor.page.setViewportSize(VIEWPORTS.desk);
  await shot(doctor.page, 'dashboard-desk', 'viewport');
  await doctor.page.setViewportSize(VIEWPORTS.tablet);
  await doctor.page.getByRole('button', { name: t('arrivals.dismissAll', { count: 4 }) }).click();
  // Dr. Lee is on duty in Consulta 1 (the seed) and calls the next patient: the card, the doctor's
  // shift and the colleagues on duty, on the tablet and on a desk PC.
  await doctor.page.getByRole('button', { name: t('call.next') }).click();
  await expect(doctor.page.locator('article.visit-card--called')).toBeVisible();
  await shot(doctor.page, 'dashboard-calling', 'viewport');
  await doctor.page.setViewportSize(VIEWPORTS.desk);
  await shot(doctor.page, 'dashboard-calling-desk', 'viewport');
  await doctor.page.setViewportSize(VIEWPORTS.tablet);
  // The patient comes in: off the display's "please go in" list, still among its last calls.
  await doctor.page
    .locator('article.visit-card--called')
    .getByRole('button', { name: t('action.start') })
    .click();
  await expect(doctor.page.locator('article.visit-card--called')).toHaveCount(0);
  await doctor.context.setOffline(true);
  await expect(doctor.page.getByText(t('connection.offline'))).toBeVisible();
  await shot(doctor.page, 'dashboard-offline', 'viewport');
  await doctor.context.close();

  // The server stops answering under an open dashboard while the browser stays online.
  const proxy = await startFirestoreProxy();
  const silent = await browser.newContext({ viewport: VIEWPORTS.tablet, storageState: deviceLanguage(language) });
  await routeFirestoreThrough(silent, proxy);
  const silentPage = await silent.newPage();
  await signIn(silentPage, 'dr.okafor@sunrise.demo', inLanguage);
  await expect(silentPage.getByText(t('connection.live'), { exact: true })).toBeVisible();
  await proxy.refuse();
  await expect(silentPage.getByText(t('connection.unreachable'))).toBeVisible();
  await shot(silentPage, 'dashboard-unreachable', 'viewport');
  await silent.close();
  await proxy.close();

  // Connecting: the server answers, but the list's first snapshot has not come yet.
  const connecting = await browser.newContext({ viewport: VIEWPORTS.tablet, storageState: deviceLanguage(language) });
  const connectingPage = await connecting.newPage();
  // Trusted: the session must survive the reload below.
  await signIn(connectingPage, 'dr.okafor@sunrise.demo', { ...inLanguage, trusted: true });
  await connecting.route('**/google.firestore.v1.Firestore/Listen/**', () => undefined);
  await connectingPage.reload();
  await expect(connectingPage.getByText(t('connection.connecting'))).toBeVisible();
  await shot(connectingPage, 'dashboard-connecting', 'viewport');
  await connecting.close();

  await expect(queueRow(desk.page, 'Daniel Ortega')).toContainText(/A-\d{3}/);
  await desk.page.getByLabel(t('search.label')).fill('gar');
  await expect(desk.page.getByRole('button', { name: /Maria Garcia Lopez/ }).first()).toBeVisible();
  await shot(desk.page, 'reception');

  // The last arrival's paper ticket as an 80 mm receipt printer draws it (302 px is 80 mm).
  await expect(desk.page.locator('.ticket-confirmation')).toContainText(/A-\d{3}/);
  await desk.page.emulateMedia({ media: 'print' });
  await desk.page.setViewportSize({ width: 302, height: 420 });
  await shot(desk.page, 'ticket-print-80mm', 'viewport');
  await desk.page.emulateMedia({ media: 'screen' });
  await desk.page.setViewportSize(VIEWPORTS.desk);

  // Correcting a waiting visit: the patient's details and the visit's reason and priority.
  await queueRow(desk.page, 'Daniel Ortega')
    .getByRole('button', { name: t('queue.changeOf', { name: 'Daniel Ortega' }) })
    .click();
  const correct = desk.page.getByRole('dialog');
  await expect(correct.getByLabel(t('field.fullName'))).toHaveValue('Daniel Ortega');
  await shot(desk.page, 'reception-correct', 'viewport');
  await correct.getByRole('button', { name: t('correct.keep') }).click();

  await desk.page.getByLabel(t('search.label')).fill('');
  await registerDuplicate(desk.page, language);
  await shot(desk.page, 'reception-duplicate');
  await desk.page.setViewportSize(VIEWPORTS.tablet);
  await shot(desk.page, 'reception-tablet');
  await desk.context.close();

  const admin = await openAs(browser, 'admin@sunrise.demo', 'desk', inLanguage);
  await expect(admin.page.getByText('Dr. Ngozi Okafor')).toBeVisible();
  await admin.page.getByLabel(t('field.fullName')).fill('Jo Martin');
  await admin.page.getByLabel(t('signIn.email')).fill('jo.martin@sunrise.demo');
  await admin.page.getByRole('button', { name: t('admin.add.title') }).click();
  // The setup email reported sent (the words differ by language; the state is the same).
  await expect(admin.page.locator('.created--sent')).toContainText('jo.martin@sunrise.demo');
  const changes = admin.page.getByRole('region', { name: t('admin.changes.title') });
  const receptionist = t('roleInSentence.receptionist');
  const doctorRole = t('roleInSentence.checkerDoctor');
  const byYou = { by: 'you', byName: '', member: 'named', memberName: 'Jo Martin' };
  await expect(changes).toContainText(t('staffChange.added', { ...byYou, role: receptionist }));
  await admin.page
    .getByRole('combobox', { name: t('admin.roleOf', { name: 'Jo Martin' }) })
    .selectOption('checkerDoctor');
  await admin.page
    .getByRole('dialog')
    .getByRole('button', { name: t('admin.changeRole.confirm') })
    .click();
  await expect(changes).toContainText(
    t('staffChange.roleChanged', { ...byYou, before: receptionist, role: doctorRole }),
  );
  // Pictures without the toasts: both have gone once the last one has.
  await expect(admin.page.getByText(t('admin.changeRole.done', { name: 'Jo Martin', role: doctorRole }))).toBeHidden({
    timeout: 15_000,
  });
  await shot(admin.page, 'admin');
  await admin.page.setViewportSize(VIEWPORTS.tablet);
  await shot(admin.page, 'admin-tablet');
  await admin.page.setViewportSize(VIEWPORTS.desk);
  await admin.page.getByRole('link', { name: t('report.title') }).click();
  await expect(admin.page.getByRole('img', { name: new RegExp(t('report.chart.title')) })).toBeVisible();
  await expect(admin.page.getByText(t('report.wait.basis', { count: 0 }))).toBeHidden();
  await shot(admin.page, 'report');
  await admin.page.setViewportSize(VIEWPORTS.tablet);
  await shot(admin.page, 'report-tablet');
  await admin.context.close();

  const noRole = await browser.newPage({ viewport: VIEWPORTS.desk, storageState: deviceLanguage(language) });
  await signIn(noRole, 'norole@demo.test', inLanguage);
  await shot(noRole, 'no-role');
  await noRole.close();

  await captureDisplay(browser, language, morning);
}

/**
 * The waiting room's TV at 1920×1080: this morning's calls, and one made as the picture is taken
 * (highlighted). A shared screen speaks its clinic's language, so the clinic is set to the one
 * being captured.
 */
async function captureDisplay(browser: Browser, language: Language, morning: string[]) {
  const [, , carmen, john, kwame, lucia] = morning;
  if (!carmen || !john || !kwame || !lucia) throw new Error('the morning has fewer visits than the display needs');
  const room = (n: number) => `${language === 'es' ? 'Consulta' : 'Room'} ${n}`;
  await adminDb().doc(paths.clinic('sunrise')).update({ language });
  await callVisit('sunrise', lucia, room(3), 9);
  await callVisit('sunrise', kwame, room(1), 6);
  await callVisit('sunrise', carmen, room(2), 1);
  // On the board before the TV opens: only the call made with the TV on is new to it.
  // (Dr. Lee's call from the dashboard above is a fourth.)
  await boardWhen('sunrise', 'four calls', (b) => b.recentCalls.length === 4 && b.language === language);
  const tv = await browser.newPage({ viewport: TV, storageState: deviceLanguage(language) });
  await signInDisplay(tv, 'display@sunrise.demo', language, language);
  await expect(tv.getByTestId('board-call')).toHaveCount(1);
  await callVisit('sunrise', john, room(4));
  await expect(tv.locator('.board-call--new')).toContainText(room(4));
  await expect(tv.getByTestId('board-connection')).toHaveAttribute('data-tone', 'live');
  await shooter(language)(tv, 'display', 'viewport');
  await tv.close();
}

/** An emergency walk-in, by name and reason alone: the queue shows "Details missing". */
async function registerWalkIn(page: Page, language: Language) {
  const t = say(language);
  const form = page.getByRole('form', { name: t('reception.newVisit') });
  await form.getByRole('button', { name: t('search.register') }).click();
  await form.getByLabel(t('field.fullName')).fill('Rafael Soto');
  await form
    .getByLabel(t('field.reason'))
    .fill(language === 'es' ? 'Caída en la calle, herida en la cabeza' : 'Fell in the street, head wound');
  await form.getByRole('radio', { name: new RegExp(t('priority.emergency')) }).check();
  await form.getByRole('button', { name: t('reception.registerAndOpen') }).click();
  await expect(queueRow(page, 'Rafael Soto')).toContainText(t('queue.detailsMissing'));
}

async function registerDuplicate(page: Page, language: Language) {
  const t = say(language);
  const form = page.getByRole('form', { name: t('reception.newVisit') });
  await form.getByRole('button', { name: t('search.register') }).click();
  await form.getByLabel(t('field.fullName')).fill('John Smith');
  await form.getByLabel(t('field.phone')).fill('+34 611 222 334');
  await form.getByLabel(t('field.dateOfBirth')).fill('1990-07-01');
  await form
    .getByLabel(t('field.reason'))
    .fill(language === 'es' ? 'Dolor de cabeza y mareo' : 'Headache and dizziness');
  await form.getByRole('radio', { name: new RegExp(t('priority.urgent')) }).check();
  await form.getByRole('button', { name: t('reception.registerAndOpen') }).click();
  await expect(form.getByText(t('duplicate.title'))).toBeVisible();
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
    await shooter('en')(page, 'update-offer', 'viewport');
  } finally {
    restore();
    await context.close();
  }
});
