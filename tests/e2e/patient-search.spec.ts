import { expect, test } from '@playwright/test';
import { seedPastVisit } from './admin-db';
import { openAs, queueRow, registerPatientVisit, unique } from './helpers';

/**
 * The desk finds patients on file however their name and number are typed: without accents or
 * capitals, with hyphens for spaces, and a phone without its country code or with 00 for +.
 */
test('the front desk finds Lucía by "lucia" and by her phone without the country code', async ({ browser }) => {
  const desk = await openAs(browser, 'reception@sunrise.demo');
  const fullName = unique('Lucía Fernández-Gómez');
  const tag = fullName.split(' ').at(-1) ?? '';
  const national = `6${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  await registerPatientVisit(
    desk.page,
    {
      fullName,
      phone: `+34 ${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`,
      dateOfBirth: '1979-06-21',
    },
    { reason: unique('Check-up'), priority: 'Normal' },
  );

  const form = desk.page.getByRole('form', { name: 'New visit' });
  const search = form.getByLabel('Find patient by name or phone');
  const result = form.getByRole('button', { name: new RegExp(fullName) });
  for (const typed of [
    `lucia ${tag}`,
    `LUCIA FERNANDEZ gomez ${tag}`,
    `fernandez-gomez ${tag}`,
    national,
    `0034 ${national}`,
  ]) {
    await search.fill(typed);
    await expect(result, `"${typed}" finds ${fullName}`).toBeVisible();
  }
  await search.fill(`lucia smith ${tag}`);
  await expect(form.getByRole('status').filter({ hasText: 'No patient found' })).toBeVisible();
  await desk.context.close();
});

test('registering "María García-López" born the day Maria Garcia Lopez was warns of the patient on file', async ({
  browser,
}) => {
  const desk = await openAs(browser, 'reception@sunrise.demo');
  const form = desk.page.getByRole('form', { name: 'New visit' });
  await form.getByRole('button', { name: /Register a new patient/ }).click();
  await form.getByLabel('Full name').fill('María García-López');
  await form.getByLabel('Phone').fill('+34 612 000 111');
  await form.getByLabel('Date of birth').fill('1984-03-12');
  await form.getByLabel('Reason for the visit').fill(unique('Back pain'));
  await form.getByRole('button', { name: 'Register and open visit' }).click();
  await expect(form.getByText('Already registered?')).toBeVisible();
  await expect(form.getByRole('listitem').filter({ hasText: 'Maria Garcia Lopez' })).toBeVisible();
  await desk.context.close();
});

test('a returning patient is registered by keyboard alone', async ({ browser }) => {
  // A patient on file with no open visit today (a seeded patient may be in the queue from another test).
  const fullName = unique('Keyla Board');
  const tag = fullName.split(' ').at(-1) ?? '';
  await seedPastVisit('sunrise', {
    patient: { fullName, phone: '+34 655 010 203', dateOfBirth: '1958-04-02' },
    reason: 'Check-up',
    priority: 'normal',
    minutesAgo: 60 * 24 * 3,
    status: 'cancelled',
  });
  const desk = await openAs(browser, 'reception@sunrise.demo');
  const { keyboard } = desk.page;
  await expect(desk.page.getByLabel('Find patient by name or phone')).toBeFocused();
  const reason = unique('Cough');
  // Keys pressed besides the reason's own letters: counted for the README.
  let keys = 0;
  const type = async (text: string) => {
    await keyboard.type(text);
    keys += text.length;
  };
  const press = async (key: string) => {
    await keyboard.press(key);
    keys += 1;
  };

  await type(tag);
  const form = desk.page.getByRole('form', { name: 'New visit' });
  await expect(form.getByRole('button', { name: new RegExp(fullName) })).toBeVisible();
  await press('Enter');
  await expect(desk.page.getByLabel('Reason for the visit')).toBeFocused();
  await keyboard.type(reason);
  await press('Tab');
  await press('ArrowUp');
  await press('Enter');

  const row = desk.page.locator('tr.queue-row', { hasText: reason });
  await expect(row).toContainText(fullName);
  await expect(row).toContainText('Urgent');
  // The search (one word of the name) and four keys: Enter, Tab, ↑ to Urgent, Enter.
  expect(keys).toBe(tag.length + 4);
  await desk.context.close();
});

test('a patient already in today’s queue says so in the search, and a second visit needs a deliberate yes', async ({
  browser,
}) => {
  const desk = await openAs(browser, 'reception@sunrise.demo');
  const fullName = unique('Quique Twice');
  const tag = fullName.split(' ').at(-1) ?? '';
  await registerPatientVisit(
    desk.page,
    { fullName, phone: '+34 644 555 666', dateOfBirth: '1966-09-09' },
    { reason: unique('Back pain'), priority: 'Normal' },
  );
  await expect(queueRow(desk.page, fullName)).toContainText(/A-\d{3}/);

  const form = desk.page.getByRole('form', { name: 'New visit' });
  await form.getByLabel('Find patient by name or phone').fill(`quique ${tag}`);
  const result = form.getByRole('button', { name: new RegExp(fullName) });
  await expect(result).toContainText(/In today’s queue: A-\d{3}, waiting since \d{2}:\d{2}\./);
  await result.click();
  await form.getByLabel('Reason for the visit').fill(unique('Second complaint'));
  await form.getByRole('button', { name: 'Open visit' }).click();

  const dialog = desk.page.getByRole('dialog', { name: 'Already in today’s queue' });
  await dialog.getByRole('button', { name: 'Don’t open it' }).click();
  await expect(queueRow(desk.page, fullName)).toHaveCount(1);
  await form.getByRole('button', { name: 'Open visit' }).click();
  await dialog.getByRole('button', { name: 'Open a second visit' }).click();
  await expect(queueRow(desk.page, fullName)).toHaveCount(2);
  await desk.context.close();
});
