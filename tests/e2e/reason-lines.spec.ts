import { expect, test } from '@playwright/test';
import { openAs, queueRow, registerPatientVisit, unique, visitCard } from './helpers';

test('a reason typed on two lines keeps its line break at the desk and on the doctor’s card', async ({ browser }) => {
  const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  const desk = await openAs(browser, 'reception@sunrise.demo');
  const name = unique('Lines Patient');
  const [first, second] = [unique('Cough'), 'since Monday'];
  await registerPatientVisit(
    desk.page,
    { fullName: name, phone: '+34 600 321 654', dateOfBirth: '1980-05-05' },
    { reason: `${first}\n${second}`, priority: 'Normal' },
  );
  // innerText follows the CSS: collapsed white space would read "Cough … since Monday" on one line.
  await expect(queueRow(desk.page, name).locator('.queue-row__reason')).toHaveJSProperty(
    'innerText',
    `${first}\n${second}`,
  );
  await expect(visitCard(doctor.page, name).locator('.visit-card__reason')).toHaveJSProperty(
    'innerText',
    `${first}\n${second}`,
  );
  await doctor.context.close();
  await desk.context.close();
});
