import { expect, test } from '@playwright/test';
import { assignedTicket, openAs, queueRow, registerPatientVisit, unique, visitCard } from './helpers';

test('a patient whose name was mistyped is corrected at the desk, and the queue shows the new name', async ({
  browser,
}) => {
  const desk = await openAs(browser, 'reception@sunrise.demo');
  const typo = unique('Lucia Fernandes');
  const corrected = typo.replace('Lucia Fernandes', 'Lucía Fernández');
  await registerPatientVisit(
    desk.page,
    { fullName: typo, phone: '+34 622 480 915', dateOfBirth: '1979-06-21' },
    { reason: unique('Fever'), priority: 'Normal' },
  );
  await expect(queueRow(desk.page, typo)).toContainText(/A-\d{3}/);

  await queueRow(desk.page, typo)
    .getByRole('button', { name: `Change the visit of ${typo}` })
    .click();
  const dialog = desk.page.getByRole('dialog', { name: /Correct A-\d{3}/ });
  await expect(dialog.getByLabel('Full name')).toHaveValue(typo);
  await dialog.getByLabel('Full name').fill('');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByText(/Enter the full name|at least/)).toBeVisible();
  await dialog.getByLabel('Full name').fill(corrected);
  await dialog.getByRole('button', { name: 'Save changes' }).click();

  await expect(desk.page.getByRole('status').filter({ hasText: `Changes to ${corrected} saved.` })).toBeVisible();
  await expect(queueRow(desk.page, corrected)).toBeVisible();
  await expect(queueRow(desk.page, typo).filter({ hasNotText: corrected })).toHaveCount(0);
  await desk.context.close();
});

test('a visit the desk raises to emergency moves up an open dashboard at once, announced', async ({ browser }) => {
  const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  await expect(doctor.page.getByText('Live', { exact: true })).toBeVisible();
  const desk = await openAs(browser, 'reception@sunrise.demo');
  const first = unique('Olga First');
  const later = unique('Pablo Later');
  for (const fullName of [first, later]) {
    await registerPatientVisit(
      desk.page,
      { fullName, phone: '+34 633 100 200', dateOfBirth: '1970-01-01' },
      { reason: unique('Dizziness'), priority: 'Normal' },
    );
  }
  const laterCard = visitCard(doctor.page, later);
  const ticket = await assignedTicket(laterCard);
  const cards = doctor.page.locator('article.visit-card');
  const position = async (name: string) => (await cards.allTextContents()).findIndex((text) => text.includes(name));
  expect(await position(later)).toBeGreaterThan(await position(first));

  await queueRow(desk.page, later)
    .getByRole('button', { name: `Change the visit of ${later}` })
    .click();
  const dialog = desk.page.getByRole('dialog', { name: `Correct ${ticket}` });
  await dialog.getByRole('radio', { name: /Emergency/ }).check();
  await dialog.getByRole('button', { name: 'Save changes' }).click();

  await expect(doctor.page.getByRole('status').filter({ hasText: `${ticket} is now Emergency` })).toBeVisible();
  await expect(laterCard).toContainText('Emergency');
  expect(await position(later)).toBeLessThan(await position(first));
  await doctor.context.close();
  await desk.context.close();
});
