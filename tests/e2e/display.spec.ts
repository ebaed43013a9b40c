/**
 * The waiting-room display: a display account signed in once on a trusted TV. A visit called to a
 * room shows as ticket → room within a second, and no patient's name, complaint or priority is
 * anywhere in the page or in the documents it received; a dropped network comes back by itself.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { paths } from '@clinicflow/shared/paths';
import { adminDb, boardWhen, callVisit, createStaffMember, seedWaitingVisit } from './admin-db';
import { TV, say, signInDisplay, unique } from './helpers';

/** The display follows its clinic's language whatever the device chose: Sunrise speaks Spanish. */
const t = say('es');

async function ticketOf(visitId: string): Promise<string> {
  return (
    await adminDb()
      .doc(`${paths.visits('sunrise')}/${visitId}`)
      .get()
  ).get('ticket') as string;
}

/**
 * Waits until the board lists `tickets` as waiting. (The screen itself shows the lowest 24
 * numbers, and the shared demo clinic has more waiting than that by the time these tests run.)
 */
const onBoard = (tickets: string[]) =>
  boardWhen('sunrise', `${tickets.join(', ')} waiting`, (b) => tickets.every((t) => b.waiting.includes(t)));

type Watched = Window & { callSeenAt?: Promise<number> };

/**
 * Starts watching the page for a call row showing `ticket` and `room`, before the write; the
 * function returned gives the page's Date.now() when it appeared.
 */
async function watchForCall(page: Page, ticket: string, room: string): Promise<() => Promise<number>> {
  await page.evaluate(
    ([ticket, room]) => {
      (window as Watched).callSeenAt = new Promise<number>((resolve) => {
        const shown = () =>
          Array.from(document.querySelectorAll<HTMLElement>('[data-testid="board-call"]')).some((row) => {
            const text = row.innerText;
            return text.includes(ticket) && text.includes(room);
          });
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          resolve(Date.now());
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      });
    },
    [ticket, room] as const,
  );
  return () => page.evaluate(() => (window as Watched).callSeenAt ?? Promise.reject(new Error('not watching')));
}

/** Everything the page's Firestore cache holds (trusted device: IndexedDB), as text. */
function storedDocuments(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const dump: unknown[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(new Error(`cannot open ${name}`));
      });
      for (let i = 0; i < db.objectStoreNames.length; i++) {
        const store = db.objectStoreNames.item(i) ?? '';
        const all = db.transaction(store).objectStore(store).getAll();
        dump.push(await new Promise((resolve) => (all.onsuccess = () => resolve(all.result))));
      }
      db.close();
    }
    return JSON.stringify(dump);
  });
}

test('a call shows ticket → room within 1 s, with no patient name, reason or priority in the page or its documents', async ({
  browser,
}) => {
  const member = await createStaffMember('sunrise', 'display');
  const patients = await Promise.all([
    seedWaitingVisit('sunrise', 'Display patient one', 'emergency'),
    seedWaitingVisit('sunrise', 'Display patient two', 'urgent'),
    seedWaitingVisit('sunrise', 'Display patient three'),
  ]);
  const context = await browser.newContext({ viewport: TV });
  const page = await context.newPage();
  await signInDisplay(page, member.email, 'es');
  const tickets = await Promise.all(patients.map((p) => ticketOf(p.visitId)));
  await onBoard(tickets);
  await expect(page.getByTestId('board-connection')).toHaveAttribute('data-tone', 'live');

  const delays: number[] = [];
  for (const [i, { visitId }] of patients.entries()) {
    const room = unique(`Consulta ${i + 1}`);
    const shownAt = await watchForCall(page, tickets[i] ?? '', room);
    const writtenAt = Date.now();
    await callVisit('sunrise', visitId, room);
    delays.push((await shownAt()) - writtenAt);
    const row = page.getByTestId('board-call').filter({ hasText: room });
    await expect(row).toContainText(tickets[i] ?? '');
    // Highlighted as a new call, and said to screen readers.
    await expect(row).toHaveClass(/board-call--new/);
    await expect(page.getByTestId('board-announce')).toContainText(room);
  }
  console.log(`display: call → ticket and room on screen in ${delays.join(', ')} ms`);
  for (const delay of delays) expect(delay).toBeLessThan(1_000);

  const html = await page.content();
  const documents = await storedDocuments(page);
  // The cache does hold the board the screen shows: the search below looks where the data is.
  expect(documents).toContain(tickets[0]);
  for (const { name, visitId } of patients) {
    const reason = (
      await adminDb()
        .doc(`${paths.visits('sunrise')}/${visitId}`)
        .get()
    ).get('reason') as string;
    for (const secret of [name, reason, visitId]) {
      expect(html).not.toContain(secret);
      expect(documents).not.toContain(secret);
    }
  }
  for (const word of ['emergency', 'urgent', 'priority', 'patientName', 'reason']) {
    expect(documents).not.toContain(word);
  }
  for (const key of ['priority.emergency', 'priority.urgent', 'priority.normal'] as const) {
    for (const language of ['en', 'es'] as const) {
      expect(await page.locator('body').innerText()).not.toContain(say(language)(key));
    }
  }
  await context.close();
});

test('after a network drop the display comes back by itself with the calls made meanwhile', async ({ browser }) => {
  const member = await createStaffMember('sunrise', 'display');
  const { visitId } = await seedWaitingVisit('sunrise', 'Display drop patient');
  const context = await browser.newContext({ viewport: TV });
  const page = await context.newPage();
  await signInDisplay(page, member.email, 'es');
  const ticket = await ticketOf(visitId);
  await onBoard([ticket]);
  await expect(page.getByTestId('board-connection')).toHaveAttribute('data-tone', 'live');

  await context.setOffline(true);
  await expect(page.getByTestId('board-connection')).toHaveAttribute('data-tone', 'offline');
  await expect(page.getByTestId('board-connection')).toHaveText(t('connection.offline'));
  const room = unique('Consulta');
  await callVisit('sunrise', visitId, room);
  await page.waitForTimeout(1_000);
  await expect(page.getByTestId('board-call').filter({ hasText: room })).toHaveCount(0);

  await context.setOffline(false);
  await expect(page.getByTestId('board-call').filter({ hasText: room })).toContainText(ticket, { timeout: 20_000 });
  await expect(page.getByTestId('board-connection')).toHaveAttribute('data-tone', 'live');
  await context.close();
});

test('the display is routed to its screen, kept off the staff screens, and passes axe', async ({ browser }) => {
  const member = await createStaffMember('sunrise', 'display');
  const { visitId } = await seedWaitingVisit('sunrise', 'Display axe patient');
  await callVisit('sunrise', visitId, unique('Consulta'));
  const context = await browser.newContext({ viewport: TV });
  const page = await context.newPage();
  await signInDisplay(page, member.email, 'es');
  await expect(page.getByTestId('board-call').first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  for (const path of ['/reception', '/dashboard', '/admin']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/display$/);
    await expect(page.getByRole('heading', { name: t('display.title') })).toBeVisible();
  }
  await context.close();
});
