/**
 * A ticket in hand: the desk's confirmation names the ticket as soon as the function assigns it
 * (offline: once back online), the new row stands out, and Print ticket gives a paper ticket that
 * fits one page of a 58 mm or 80 mm receipt roll and of A4, with nothing personal on it.
 */
import { expect, test, type Page } from '@playwright/test';
import { VIEWPORTS, openAs, queueRow, registerPatientVisit, say, signIn, unique } from './helpers';

const t = say('en');
const panelOf = (page: Page) => page.locator('.ticket-confirmation');

/** Pages in a PDF Chromium made: one /Type /Page object per page (/Pages is the tree's root). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

test('after saving, the desk shows the assigned ticket, highlights the row, and prints one clean page', async ({
  browser,
}, testInfo) => {
  const context = await browser.newContext({ viewport: VIEWPORTS.desk });
  // The print dialog cannot be driven headless: count the calls instead of opening it.
  await context.addInitScript(() => {
    window.print = () => {
      const counted = window as unknown as { printed?: number };
      counted.printed = (counted.printed ?? 0) + 1;
    };
  });
  const desk = { context, page: await context.newPage() };
  await signIn(desk.page, 'reception@sunrise.demo');
  const name = unique('Ticket Patient');
  await registerPatientVisit(
    desk.page,
    { fullName: name, phone: '+34 600 909 101', dateOfBirth: '1975-01-20' },
    { reason: unique('Sore throat'), priority: 'Normal' },
  );

  const panel = panelOf(desk.page);
  await expect(panel).toContainText(/Your ticket\s*A-\d{3}/);
  const row = queueRow(desk.page, name);
  const ticket = (await row.locator('.queue-row__ticket').textContent()) ?? '';
  expect(ticket).toMatch(/^A-\d{3}$/);
  await expect(panel.locator('.ticket-confirmation__number')).toHaveText(ticket);
  await expect(panel).toContainText(new RegExp(`${name} · (Next in line|\\d+(st|nd|rd|th) in line)`));
  await expect(row).toHaveClass(/queue-row--new/);

  await panel.getByRole('button', { name: t('ticket.print') }).click();
  expect(await desk.page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBe(1);

  // The printer's view: only the ticket, and never the patient's name or reason.
  const paper = desk.page.locator('.print-ticket');
  await expect(paper).toBeHidden();
  await desk.page.emulateMedia({ media: 'print' });
  await expect(paper).toBeVisible();
  await expect(desk.page.getByRole('form', { name: t('reception.newVisit') })).toBeHidden();
  await expect(paper).toContainText('Sunrise Family Clinic');
  await expect(paper).toContainText(ticket);
  expect(await paper.innerText()).not.toContain(name.split(' ')[0]);
  await desk.page.setViewportSize({ width: 302, height: 520 });
  await testInfo.attach('print-preview-80mm', {
    body: await desk.page.screenshot(),
    contentType: 'image/png',
  });
  // The ticket is narrower than the roll: nothing is cut at the edge.
  const box = await paper.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 302).toBe(true);

  for (const paperSize of [
    { width: '58mm', height: '150mm' },
    { width: '80mm', height: '150mm' },
    { format: 'A4' as const },
  ]) {
    const pdf = await desk.page.pdf({ ...paperSize, printBackground: true });
    expect(pageCount(pdf), `pages on ${JSON.stringify(paperSize)}`).toBe(1);
  }
  await desk.context.close();
});

test('offline, the ticket comes once the desk is back online', async ({ browser }) => {
  const desk = await openAs(browser, 'reception@sunrise.demo');
  await desk.context.setOffline(true);
  const name = unique('Offline Ticket');
  await registerPatientVisit(
    desk.page,
    { fullName: name, phone: '+34 600 909 102', dateOfBirth: '1982-11-02' },
    { reason: unique('Back pain'), priority: 'Urgent' },
  );
  const panel = panelOf(desk.page);
  await expect(panel).toHaveText(new RegExp(`^Visit for ${name} kept on this computer\\. Ticket when back online\\.`));
  await expect(panel.getByRole('button', { name: t('ticket.print') })).toHaveCount(0);
  await desk.context.setOffline(false);
  await expect(panel).toContainText(/Your ticket\s*A-\d{3}/, { timeout: 20_000 });
  await expect(queueRow(desk.page, name)).toHaveClass(/queue-row--new/);
  await desk.context.close();
});
