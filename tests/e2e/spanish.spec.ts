import { expect, test, type Browser } from '@playwright/test';
import { DEMO_PASSWORD } from '../../scripts/lib/demo-data';
import { VIEWPORTS, assignedTicket, queueRow, unique, visitCard } from './helpers';

/**
 * The main flows in Spanish: the seeded Madrid clinic's default language, on browsers that speak
 * English and run on UTC (a desk PC set to the wrong zone). Every time on screen must be Madrid's.
 */
async function openInSpanish(
  browser: Browser,
  email: string,
  viewport: keyof typeof VIEWPORTS,
  { trusted = false }: { trusted?: boolean } = {},
) {
  const context = await browser.newContext({
    viewport: VIEWPORTS[viewport],
    // No language chosen on this device: the clinic's default decides once signed in.
    storageState: { cookies: [], origins: [] },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  await page.goto('/');
  // Before sign-in nobody knows the clinic: the browser's language.
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('checkbox', { name: /trusted clinic computer/ }).setChecked(trusted);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Cerrar sesión' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  return { context, page };
}

/** Madrid's clock (HH:MM) for each minute from `from` to now: what the screen may show for a moment in between. */
function madridMinutes(from: number): string[] {
  const clock = new Intl.DateTimeFormat('es-ES', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Madrid' });
  const minutes: string[] = [];
  for (let at = from - 60_000; at <= Date.now() + 60_000; at += 30_000) minutes.push(clock.format(at));
  return [...new Set(minutes)];
}

test('en español: recepción abre una visita, el médico la ve al momento, la revisa y la completa, con horas de Madrid', async ({
  browser,
}) => {
  const doctor = await openInSpanish(browser, 'dr.lee@sunrise.demo', 'tablet');
  await expect(doctor.page.getByText('En directo', { exact: true })).toBeVisible();
  await expect(doctor.page.getByRole('heading', { name: 'Visitas abiertas' })).toBeVisible();
  const desk = await openInSpanish(browser, 'reception@sunrise.demo', 'desk');

  const name = unique('Lucía Directo');
  const form = desk.page.getByRole('form', { name: 'Visita nueva' });
  const started = Date.now();
  await form.getByRole('button', { name: /Registrar un paciente nuevo/ }).click();
  await form.getByLabel('Nombre completo').fill(name);
  await form.getByLabel('Teléfono').fill('+34 600 700 801');
  await form.getByLabel('Fecha de nacimiento').fill('1991-02-14');
  // The date picked, in words, in the screen's language.
  await expect(form.getByText('14 feb 1991')).toBeVisible();
  await form.getByLabel('Motivo de la visita').fill(unique('Migraña'));
  await form.getByRole('radio', { name: /Urgente/ }).check();
  await form.getByRole('button', { name: 'Registrar y abrir visita' }).click();
  await expect(form.getByLabel('Buscar paciente por nombre o teléfono')).toBeVisible();

  const card = visitCard(doctor.page, name);
  await expect(card).toBeVisible();
  const number = await assignedTicket(card);
  const banner = doctor.page.getByTestId('arrival-banner').filter({ hasText: number });
  await expect(banner).toContainText('Urgente');
  await expect(doctor.page.getByRole('status').filter({ hasText: `Visita nueva ${number} · Urgente` })).toBeVisible();

  // Madrid's time, though the browser runs on UTC (Madrid is always 1 or 2 hours ahead of it).
  const arrived = (await card.getByText(/^Llegó a las \d{2}:\d{2}$/).textContent()) ?? '';
  const shown = arrived.replace('Llegó a las ', '');
  expect(madridMinutes(started)).toContain(shown);
  const utc = new Intl.DateTimeFormat('es-ES', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
  expect(shown).not.toBe(utc.format(Date.now()));
  await expect(queueRow(desk.page, name)).toContainText(number);
  await expect(queueRow(desk.page, name)).toContainText(`llegó a las ${shown}`);
  await expect(queueRow(desk.page, name)).toContainText('En espera');

  await card.getByRole('button', { name: 'Empezar revisión' }).click();
  await expect(doctor.page.getByRole('region', { name: /Tus pacientes/ }).getByText(name)).toBeVisible();
  await expect(queueRow(desk.page, name)).toContainText('En revisión');
  await visitCard(doctor.page, name).getByRole('button', { name: 'Completar' }).click();
  await expect(visitCard(doctor.page, name)).toHaveCount(0);
  await expect(queueRow(desk.page, name)).toContainText('Atendida');
  await doctor.context.close();
  await desk.context.close();
});

test('en español: el administrador ve el personal, y el idioma elegido en un equipo gana al de la clínica', async ({
  browser,
}) => {
  // Trusted: the session outlives the reload below (an untrusted one would end there).
  const admin = await openInSpanish(browser, 'admin@sunrise.demo', 'desk', { trusted: true });
  await expect(admin.page.getByRole('heading', { name: 'Personal', exact: true })).toBeVisible();
  await expect(admin.page.getByRole('heading', { name: 'Cambios recientes en el personal' })).toBeVisible();
  await expect(admin.page.getByLabel('Idioma por defecto de todas las pantallas')).toHaveValue('es');

  // This computer's own choice, from the switch at the top: English, kept across a reload.
  await admin.page.getByRole('combobox', { name: 'Idioma', exact: true }).selectOption('en');
  await expect(admin.page.getByRole('heading', { name: 'Staff', exact: true })).toBeVisible();
  await admin.page.reload();
  await expect(admin.page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(admin.page.getByLabel('Default language of every screen')).toHaveValue('es');
  await admin.context.close();
});

test('the sign-in page speaks the language chosen on it, before anyone signs in', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
  await expect(page.getByLabel('Contraseña')).toBeVisible();
  await page.getByRole('button', { name: '¿Has olvidado la contraseña?' }).click();
  await expect(page.getByRole('heading', { name: 'Restablece tu contraseña' })).toBeVisible();
  await context.close();
});
