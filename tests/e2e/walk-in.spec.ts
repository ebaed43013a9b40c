/**
 * An emergency walk-in: registered by name and reason alone (anyone else still needs phone and
 * date of birth), shown as incomplete until the desk adds the details with Change.
 */
import { expect, test } from '@playwright/test';
import { openAs, queueRow, say, unique } from './helpers';

const t = say('en');

test('an emergency walk-in is registered by name alone, flagged, and completed later', async ({ browser }) => {
  const desk = await openAs(browser, 'reception@sunrise.demo');
  const form = desk.page.getByRole('form', { name: t('reception.newVisit') });
  const name = unique('Walk In');
  await form.getByRole('button', { name: t('search.register') }).click();
  await form.getByLabel(t('field.fullName')).fill(name);
  await form.getByLabel(t('field.reason')).fill(unique('Collapsed in the street'));

  // Not an emergency: phone and date of birth are still asked for, next to their fields.
  await form.getByRole('button', { name: t('reception.registerAndOpen') }).click();
  await expect(form.getByLabel(t('field.phone'))).toHaveAccessibleDescription(/phone/i);
  await expect(queueRow(desk.page, name)).toHaveCount(0);

  await form.getByRole('radio', { name: new RegExp(t('priority.emergency')) }).check();
  await expect(form.getByLabel(t('field.phone'))).toHaveAccessibleDescription(t('field.optionalForEmergency'));
  await form.getByRole('button', { name: t('reception.registerAndOpen') }).click();

  const row = queueRow(desk.page, name);
  await expect(row).toContainText(/A-\d{3}/);
  await expect(row).toContainText(t('queue.detailsMissing'));

  await row.getByRole('button', { name: t('queue.changeOf', { name }) }).click();
  const dialog = desk.page.getByRole('dialog');
  await expect(dialog.getByLabel(t('field.phone'))).toHaveValue('');
  await dialog.getByLabel(t('field.phone')).fill('+34 699 100 200');
  await dialog.getByLabel(t('field.dateOfBirth')).fill('1958-04-30');
  await dialog.getByRole('button', { name: t('correct.save') }).click();

  // The function clears the flag on the visit once the record is complete.
  await expect(row).not.toContainText(t('queue.detailsMissing'), { timeout: 15_000 });
  await desk.context.close();
});
