/**
 * A visit whose trigger never ran (background triggers switched off on the emulator hub while it
 * is saved) is ticketed by the sweeper, and the doctor is alerted for it like for any arrival.
 * The sweep is the one `npm start` runs and the scheduled ticketSweeper calls, run as it would
 * once the grace period has passed.
 */
import { expect, test } from '@playwright/test';
import { paths } from '@clinicflow/shared/paths';
import { TICKET_GRACE_MS } from '../../functions/src/config';
import { EMULATORS, origin } from '../../scripts/lib/addresses';
import { sweepTicketsNow } from '../../scripts/lib/ticket-sweep';
import { adminDb } from './admin-db';
import { openAs, queueRow, registerPatientVisit, unique, visitCard } from './helpers';

async function backgroundTriggers(on: boolean): Promise<void> {
  const action = on ? 'enableBackgroundTriggers' : 'disableBackgroundTriggers';
  const res = await fetch(`${origin(EMULATORS.hub)}/functions/${action}`, { method: 'PUT' });
  if (!res.ok) throw new Error(`${action} failed: ${res.status} ${await res.text()}`);
}

test('a visit whose trigger was missed gets its ticket from the sweeper, and the doctor is alerted as for any arrival', async ({
  browser,
}) => {
  const doctor = await openAs(browser, 'dr.lee@sunrise.demo', 'tablet');
  await expect(doctor.page.locator('.connection')).toHaveAttribute('data-tone', 'live');
  const desk = await openAs(browser, 'reception@sunrise.demo');
  const name = unique('Mira Missed');
  const reason = unique('Sore throat');

  await backgroundTriggers(false);
  try {
    await registerPatientVisit(
      desk.page,
      { fullName: name, phone: '+34 600 909 909', dateOfBirth: '1986-06-06' },
      { reason, priority: 'Urgent' },
    );
    await expect(queueRow(desk.page, name)).not.toContainText('Saving…');
  } finally {
    await backgroundTriggers(true);
  }
  const card = visitCard(doctor.page, name);
  await expect(card.locator('.visit-card__ticket')).toHaveText('…');
  const saved = await adminDb().collection(paths.visits('sunrise')).where('reason', '==', reason).get();
  expect(saved.docs.map((d) => d.get('ticket') as unknown)).toEqual([null]);
  await expect(doctor.page.getByTestId('arrival-banner')).toHaveCount(0);

  const swept = await sweepTicketsNow(new Date(Date.now() + TICKET_GRACE_MS));
  expect(swept.assigned).toBe(1);

  const ticket = card.locator('.visit-card__ticket');
  await expect(ticket).toHaveText(/^A-\d{3,}$/);
  const number = (await ticket.textContent()) ?? '';
  await expect(doctor.page.getByTestId('arrival-banner').filter({ hasText: number })).toContainText('Urgent');
  await expect(doctor.page.getByRole('status').filter({ hasText: `New visit ${number} · Urgent` })).toBeVisible();
  await expect(queueRow(desk.page, name)).toContainText(number);
  await Promise.all([doctor.context.close(), desk.context.close()]);
});
